"""A compiled libpyir module (owner of a `pyir_module*`), and `pyir.compile(text)`.

`NativeModule` frees its handle when garbage-collected; every callable made from it keeps it alive.
`CompiledModule` is what `pyir.compile` returns: its functions are attributes (and items).
"""
import ctypes
import re

from . import _lib
from ._errors import IRSyntaxError, PYIR_OK

_NAMED_TYPE = re.compile(r'^\s*(%[-\w$.]+|%"[^"]*")\s*=\s*type\s+(.*?)\s*(;.*)?$', re.M)


class FunctionRecord:
    """pyir_function_info, copied into Python objects."""

    __slots__ = ("name", "signature", "address", "status", "is_declaration")

    def __init__(self, info):
        self.name = info.name.decode("utf-8")
        self.signature = info.signature.decode("utf-8")
        self.address = info.address or 0
        self.status = info.status or 0
        self.is_declaration = bool(info.is_declaration)

    def __repr__(self):
        return f"FunctionRecord({self.name!r}, {self.signature!r}, jit={bool(self.address)})"


class ThunkRecord:
    """pyir_thunk_info, copied into Python objects: the entry thunk's address, buffer sizes, and
    its cells as (value, offset, source, size, kind, lanes) tuples (value -1: the result)."""

    __slots__ = ("thunk", "args_bytes", "results_bytes", "result_in_memory", "arg_cells", "result_cells")

    def __init__(self, info):
        self.thunk = info.thunk or 0
        self.args_bytes = info.args_bytes
        self.results_bytes = info.results_bytes
        self.result_in_memory = bool(info.result_in_memory)

        def cells(ptr, n):
            return [(c.value, c.offset, c.source, c.size, c.kind, c.lanes) for c in (ptr[i] for i in range(n))]

        self.arg_cells = cells(info.arg_cells, info.arg_cell_count)
        self.result_cells = cells(info.result_cells, info.result_cell_count)

    def __repr__(self):
        return f"ThunkRecord(0x{self.thunk:x}, args={self.arg_cells}, results={self.result_cells})"


class NativeModule:
    """Owns one pyir_module*. `source` is the text it was compiled from (for error lines)."""

    def __init__(self, handle, file=None):
        self.handle = handle
        self.file = file
        self._L = _lib.lib()
        self._text = None
        self._named = None

    def __del__(self):
        h, self.handle = getattr(self, "handle", None), None
        if h:
            try:
                self._L.pyir_module_free(h)
            except Exception:
                pass

    @property
    def engine(self):
        return (self._L.pyir_engine(self.handle) or b"").decode()

    def functions(self):
        n = self._L.pyir_function_count(self.handle)
        if n < 0:
            _lib.check(n if n > 0 else 4)
        out = []
        for i in range(n):
            info = _lib.FunctionInfo()
            _lib.check(self._L.pyir_function_at(self.handle, i, ctypes.byref(info)))
            out.append(FunctionRecord(info))
        return out

    def lookup(self, name):
        """The function named `name` (without '@'), or None."""
        info = _lib.FunctionInfo()
        rc = self._L.pyir_lookup(self.handle, _lib.encode(name), ctypes.byref(info))
        if rc != PYIR_OK:
            return None
        return FunctionRecord(info)

    def thunk(self, name):
        """The entry thunk of function `name` (ThunkRecord), or None in the interpreter."""
        info = _lib.ThunkInfo()
        info.size = ctypes.sizeof(_lib.ThunkInfo)
        _lib.check(self._L.pyir_thunk(self.handle, _lib.encode(name), ctypes.byref(info)))
        return ThunkRecord(info) if info.thunk else None

    def text(self, optimized=False):
        out = ctypes.c_void_p()
        _lib.check(self._L.pyir_print_ir(self.handle, 1 if optimized else 0, ctypes.byref(out)))
        s = _lib.take_string(out.value)
        if not optimized:
            self._text = s
        return s

    def disassemble(self, function=None):
        out = ctypes.c_void_p()
        _lib.check(self._L.pyir_disassemble(self.handle, _lib.encode(function), ctypes.byref(out)))
        return _lib.take_string(out.value)

    def named_types(self):
        """'%name' -> body text of the module's named struct types (to read signatures)."""
        if self._named is None:
            text = self._text if self._text is not None else self.text()
            self._named = {m.group(1): m.group(2) for m in _NAMED_TYPE.finditer(text)
                           if m.group(2).strip() != "opaque"}
        return dict(self._named)


def compile_text(text, file=None, opt_level=2, fast_math=False, engine="auto"):
    """Compiles a whole module -> NativeModule. Errors: IRSyntaxError/IRTypeError positioned in `text`."""
    if not isinstance(text, str):
        raise TypeError(f"pyir.compile takes the module text as a str, got {type(text).__name__}")
    if "\x00" in text:
        raise _nul_error(text, file)
    L = _lib.lib()
    opts = _lib.make_options(opt_level, fast_math, engine)
    handle = ctypes.c_void_p()
    rc = L.pyir_compile(_lib.encode(text), _lib.encode(file), ctypes.byref(opts), ctypes.byref(handle))
    if rc != PYIR_OK:
        raise _lib.last_error(rc, source_text=text)
    return NativeModule(handle.value, file)


def _nul_error(text, file):
    """C strings end at NUL: text holding one is rejected here, at its position."""
    before = text[:text.index("\x00")]
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    return IRSyntaxError("the IR text contains a NUL character", (file, line, col, text.split("\n")[line - 1]))


class CompiledModule:
    """What pyir.compile returns: each defined function is an attribute (`m.add(2, 3)`) and an item
    (`m["add"]`); `m.functions` lists their names; str(m) is the module's LLVM text."""

    def __init__(self, native, opt_level, fast_math):
        self._native = native
        self._options = {"opt_level": opt_level, "fast_math": fast_math}
        self._records = {r.name: r for r in native.functions()}
        self._callables = {}

    @property
    def functions(self):
        return [n for n, r in self._records.items() if not r.is_declaration]

    @property
    def engine(self):
        return self._native.engine

    def __getitem__(self, name):
        if not isinstance(name, str):
            raise TypeError(f"function names are str, got {type(name).__name__}")
        name = name[1:] if name.startswith("@") else name
        fn = self._callables.get(name)
        if fn is not None:
            return fn
        rec = self._records.get(name)
        if rec is None or rec.is_declaration:
            known = ", ".join(self.functions) or "none"
            raise KeyError(f"the module has no function @{name} (functions: {known})")
        from ._call import make_callable
        from ._irtext import define_param_names
        fn = make_callable(self._native, rec, py_name=name, options=self._options,
                           param_names=define_param_names(self._native.text(), name))
        self._callables[name] = fn
        return fn

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError as e:
            raise AttributeError(e.args[0]) from None

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(self.functions))

    def __contains__(self, name):
        return name in self.functions

    def __str__(self):
        return self._native.text()

    def __repr__(self):
        return f"<pyir.CompiledModule functions={self.functions} engine={self.engine!r}>"

    def print_ir(self, optimized=False):
        return self._native.text(optimized)

    def disassemble(self, function=None):
        return self._native.disassemble(function)


def compile(text, *, filename=None, opt_level=2, fast_math=False, engine="auto"):
    """Compiles a whole LLVM IR module; returns a CompiledModule whose attributes are its functions.

    `filename` names the text in error messages (default "<pyir.compile>"). `engine` is "auto"
    (the JIT when it can, else the interpreter), "jit" or "interpreter"."""
    native = compile_text(text, filename or "<pyir.compile>", opt_level, fast_math, engine)
    return CompiledModule(native, opt_level, fast_math)


__all__ = ["NativeModule", "CompiledModule", "compile", "compile_text"]
