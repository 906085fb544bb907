"""The exceptions PyIR raises, and the translation of a libpyir status code into one of them.

- IRSyntaxError (a SyntaxError): IR that does not parse; `filename`/`lineno`/`offset` point at the
  snippet's line in the Python file (or into the text given to pyir.compile).
- IRTypeError (an IRSyntaxError): IR that parses but is ill-typed or malformed (the verifier).
- TrapError (a RuntimeError): the program stopped (division by zero, unreachable, invalid memory
  access, stack overflow); the process goes on.
- UnsupportedError (a NotImplementedError): the request needs something this host/build lacks.
- LibraryNotFoundError (an ImportError): libpyir.so is missing or cannot be loaded.
- PyIRError: base class of all of them (and of InternalError and ArgumentError).
"""
import linecache

PYIR_OK = 0
PYIR_E_SYNTAX = 1
PYIR_E_TYPE = 2
PYIR_E_TRAP = 3
PYIR_E_ARGUMENT = 4
PYIR_E_UNSUPPORTED = 5
PYIR_E_INTERNAL = 6


class PyIRError(Exception):
    """Base class of every error PyIR raises itself."""


class IRSyntaxError(PyIRError, SyntaxError):
    """Malformed IR. Positions: `filename`, `lineno` (1-based), `offset` (1-based column)."""


class IRTypeError(IRSyntaxError):
    """IR that parses but does not verify (types do not match, undefined values, ...)."""


class TrapError(PyIRError, RuntimeError):
    """A kernel stopped at run time. `ir_file`, `ir_line`, `ir_column` locate the IR instruction
    when the library knows it (0 / "" otherwise)."""

    def __init__(self, message, ir_file="", ir_line=0, ir_column=0):
        super().__init__(message)
        self.message = _bare_message(message, ir_file, ir_line, ir_column)  # without the position
        self.ir_file = ir_file
        self.ir_line = ir_line
        self.ir_column = ir_column


class ArgumentError(PyIRError, ValueError):
    """The library rejected an argument (unknown function name, bad options, ...)."""


class UnsupportedError(PyIRError, NotImplementedError):
    """The request needs something this host or build does not have."""


class InternalError(PyIRError, RuntimeError):
    """A bug in PyIR; the message says what."""


class LibraryNotFoundError(PyIRError, ImportError):
    """libpyir.so is missing or cannot be loaded."""


def _bare_message(message, file, line, column):
    """Drops what SyntaxError shows by itself: a leading "file:line:col: error: " and a trailing
    source line with a caret under it."""
    for prefix in (f"{file}:{line}:{column}: error: ", f"{file}:{line}: error: "):
        if file and message.startswith(prefix):
            message = message[len(prefix):]
            break
    lines = message.split("\n")
    if len(lines) >= 3 and lines[-1].strip() == "^":
        lines = lines[:-2]
    return "\n".join(lines)


def make_error(code, message, file="", line=0, column=0, source_text=None):
    """The exception for a non-zero status. For syntax/type errors, `source_text` (the text that
    was compiled) or the file itself supplies the offending line."""
    if code in (PYIR_E_SYNTAX, PYIR_E_TYPE):
        cls = IRSyntaxError if code == PYIR_E_SYNTAX else IRTypeError
        message = _bare_message(message, file, line, column)
        text = None
        if line > 0:
            if source_text is not None:
                lines = source_text.split("\n")
                if line <= len(lines):
                    text = lines[line - 1]
            elif file:
                text = linecache.getline(file, line) or None
        if text is not None:
            text = text.rstrip("\n")
        return cls(message, (file or None, line or None, column or None, text))
    if code == PYIR_E_TRAP:
        if line and f"{line}:{column}" not in message:
            message += f" (at {file or '<ir>'}:{line}:{column})"
        return TrapError(message, file, line, column)
    if code == PYIR_E_ARGUMENT:
        return ArgumentError(message)
    if code == PYIR_E_UNSUPPORTED:
        return UnsupportedError(message)
    if code == PYIR_E_INTERNAL:
        return InternalError(message)
    return InternalError(f"libpyir returned unknown status {code}: {message}")
