"""Loads libpyir.so and declares its C ABI (docs/c-abi.md) for ctypes.

The library is found through the PYIR_LIBRARY environment variable when it is set, else at
pyir/_native/libpyir.so beside this file. It is loaded on first use, so `import pyir` works (and
the types can be used) without it; anything that compiles raises LibraryNotFoundError then.
"""
import ctypes
import os
import threading

from ._errors import PYIR_OK, LibraryNotFoundError, make_error

_lock = threading.Lock()
_lib = None


class Options(ctypes.Structure):
    _fields_ = [("size", ctypes.c_int32), ("opt_level", ctypes.c_int32),
                ("fast_math", ctypes.c_int32), ("engine", ctypes.c_int32)]


class FunctionInfo(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("signature", ctypes.c_char_p),
                ("address", ctypes.c_void_p), ("status", ctypes.c_void_p),
                ("is_declaration", ctypes.c_int32)]


class ThunkCell(ctypes.Structure):
    _fields_ = [("value", ctypes.c_int32), ("offset", ctypes.c_int32), ("source", ctypes.c_int32),
                ("size", ctypes.c_int32), ("kind", ctypes.c_int32), ("lanes", ctypes.c_int32)]


class ThunkInfo(ctypes.Structure):
    _fields_ = [("size", ctypes.c_int32), ("cell_bytes", ctypes.c_int32), ("thunk", ctypes.c_void_p),
                ("args_bytes", ctypes.c_int32), ("results_bytes", ctypes.c_int32),
                ("result_in_memory", ctypes.c_int32), ("arg_cell_count", ctypes.c_int32),
                ("arg_cells", ctypes.POINTER(ThunkCell)), ("result_cell_count", ctypes.c_int32),
                ("result_cells", ctypes.POINTER(ThunkCell))]


CELL_BYTES, CELL_MASK = 0, 1

ENGINES = {"auto": 0, "interpreter": 1, "jit": 2}


def make_options(opt_level=2, fast_math=False, engine="auto"):
    if not isinstance(opt_level, int) or isinstance(opt_level, bool) or not 0 <= opt_level <= 3:
        raise ValueError(f"opt_level must be 0, 1, 2 or 3, got {opt_level!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(map(repr, ENGINES))}, got {engine!r}")
    return Options(ctypes.sizeof(Options), opt_level, 1 if fast_math else 0, ENGINES[engine])


def library_path():
    """Where libpyir.so is looked for: $PYIR_LIBRARY, else pyir/_native/libpyir.so."""
    env = os.environ.get("PYIR_LIBRARY")
    if env:
        return env
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "_native", "libpyir.so")


_c = ctypes
_PROTOTYPES = {
    "pyir_version": (_c.c_char_p, []),
    "pyir_cpu_features": (_c.c_uint64, []),
    "pyir_compile": (_c.c_int, [_c.c_char_p, _c.c_char_p, _c.POINTER(Options), _c.POINTER(_c.c_void_p)]),
    "pyir_compile_snippet": (_c.c_int, [_c.c_char_p, _c.c_char_p, _c.c_int32, _c.c_char_p, _c.c_char_p,
                                        _c.c_char_p, _c.c_char_p, _c.c_char_p, _c.POINTER(Options),
                                        _c.POINTER(_c.c_void_p)]),
    "pyir_engine": (_c.c_char_p, [_c.c_void_p]),
    "pyir_function_count": (_c.c_int, [_c.c_void_p]),
    "pyir_function_at": (_c.c_int, [_c.c_void_p, _c.c_int32, _c.POINTER(FunctionInfo)]),
    "pyir_lookup": (_c.c_int, [_c.c_void_p, _c.c_char_p, _c.POINTER(FunctionInfo)]),
    "pyir_thunk": (_c.c_int, [_c.c_void_p, _c.c_char_p, _c.POINTER(ThunkInfo)]),
    "pyir_call": (_c.c_int, [_c.c_void_p, _c.c_char_p, _c.c_void_p, _c.c_void_p]),
    "pyir_trap_error": (_c.c_int, [_c.c_void_p, _c.c_int64]),
    "pyir_print_ir": (_c.c_int, [_c.c_void_p, _c.c_int32, _c.POINTER(_c.c_void_p)]),
    "pyir_disassemble": (_c.c_int, [_c.c_void_p, _c.c_char_p, _c.POINTER(_c.c_void_p)]),
    "pyir_free_string": (None, [_c.c_void_p]),
    "pyir_module_free": (None, [_c.c_void_p]),
    "pyir_last_error": (_c.c_char_p, []),
    "pyir_last_error_file": (_c.c_char_p, []),
    "pyir_last_error_line": (_c.c_int32, []),
    "pyir_last_error_column": (_c.c_int32, []),
}


def lib():
    """The loaded library (loads it on first use)."""
    if _lib is not None:
        return _lib
    with _lock:
        if _lib is None:
            _load()
    return _lib


def _load():
    global _lib
    path = library_path()
    hint = ("build it with the native library's build (it lands in python/pyir/_native/libpyir.so), "
            "or set PYIR_LIBRARY to the path of a built libpyir.so")
    if not os.path.exists(path):
        src = "PYIR_LIBRARY" if os.environ.get("PYIR_LIBRARY") else "the default location"
        raise LibraryNotFoundError(f"pyir: the native library libpyir.so was not found at {path} ({src}); {hint}",
                                   path=path)
    try:
        handle = ctypes.CDLL(path)
    except OSError as e:
        raise LibraryNotFoundError(f"pyir: the native library {path} could not be loaded: {e}; {hint}", path=path) from e
    missing = []
    for name, (restype, argtypes) in _PROTOTYPES.items():
        try:
            fn = getattr(handle, name)
        except AttributeError:
            missing.append(name)
            continue
        fn.restype = restype
        fn.argtypes = argtypes
    if missing:
        raise LibraryNotFoundError(f"pyir: {path} is not a compatible libpyir.so: it lacks {', '.join(missing)}", path=path)
    _lib = handle


def last_error(code, source_text=None, file_override=None):
    """The exception for status `code`, from the calling thread's last error."""
    L = lib()
    message = (L.pyir_last_error() or b"").decode("utf-8", "replace") or f"libpyir failed with status {code}"
    file = (L.pyir_last_error_file() or b"").decode("utf-8", "replace")
    line = L.pyir_last_error_line()
    column = L.pyir_last_error_column()
    return make_error(code, message, file_override or file, line, column, source_text)


def check(code, source_text=None):
    if code != PYIR_OK:
        raise last_error(code, source_text)


def take_string(ptr):
    """A char* returned through char** -> str, freeing it."""
    if not ptr:
        return ""
    try:
        return ctypes.string_at(ptr).decode("utf-8", "replace")
    finally:
        lib().pyir_free_string(ptr)


def encode(s):
    return None if s is None else s.encode("utf-8")
