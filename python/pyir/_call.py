"""Python callables for compiled functions.

Fast path: when the function runs in the JIT (its `address` is not NULL) and ctypes can express
its signature (i1/i8/i16/i32/i64, float, double, ptr, and structs/arrays of those as arguments,
which the JIT passes field by field; results that are scalars, or structs of one scalar or of two
8-byte scalars, which come back in the same registers as a C struct), the callable is a Python
function generated for that signature: it checks integer ranges, calls the ctypes function pointer
and reads the module's int64 status cell; it calls into the library only after a trap.

Thunk path (the JIT, and vectors, masks, half or aggregates the address cannot take from ctypes):
the callable fills the entry thunk's 32-byte cells on per-thread buffers and calls the thunk's
address through ctypes (`_thunk.py`); still no managed code on the way, ~1 us per call.

Slow path (the interpreter engine, variadic functions, or what the thunk's cells do not fit, such
as vectors of odd integer widths): every argument is converted and written in LLVM's memory layout
and the call goes through `pyir_call`. `KernelInfo.call_path` says which of the three a callable uses.

Either way a wrong argument raises TypeError (or OverflowError for an int that does not fit) naming
the argument, and a trap raises pyir.TrapError.
"""
import ctypes
import keyword
import threading

from . import _lib, _thunk
from ._thunk import _leaf_paths
from ._errors import PYIR_OK
from ._types import (ArrayType, ComplexType, FloatType, IntType, PtrType, StructType, VoidType,
                     _AggregateType, parse_function_type)

_FAST_INT_BITS = (1, 8, 16, 32, 64)


class KernelInfo:
    """What PyIR knows about a callable it made; stored as `callable.__pyir__`."""

    def __init__(self, **kw):
        self.name = kw.get("name")                    # Python name
        self.ir_name = kw.get("ir_name")              # LLVM name, without '@'
        self.native = kw.get("native")                # NativeModule
        self.record = kw.get("record")                # FunctionRecord
        self.param_names = kw.get("param_names", [])
        self.param_types = kw.get("param_types", [])
        self.return_type = kw.get("return_type")
        self.return_name = kw.get("return_name")      # the snippet's returned name (None for void)
        self.is_async = kw.get("is_async", False)
        self.fast_path = kw.get("fast_path", False)   # called through the function's own address
        self.call_path = kw.get("call_path")          # "address", "thunk" or "pyir_call"
        self.options = kw.get("options", {})
        self.source_file = kw.get("source_file")
        self.source_line = kw.get("source_line")
        self.body = kw.get("body")                    # the snippet text (None for pyir.compile)
        self.callees = kw.get("callees", [])          # names of linked @pyir.functions
        self.sync = kw.get("sync")                    # the synchronous callable (async kernels)

    def __repr__(self):
        return f"<KernelInfo @{self.ir_name} {self.record.signature if self.record else ''}>"


def _scalar_fast(t):
    return (isinstance(t, IntType) and t.bits in _FAST_INT_BITS) or \
        (isinstance(t, FloatType) and t.bits in (32, 64)) or isinstance(t, PtrType)


def _arg_fast(t):
    if _scalar_fast(t):
        return True
    if isinstance(t, _AggregateType):
        return all(_arg_fast(m) for m in t.members)
    return False


def _leaves(t):
    return [lt for _, lt in t.leaves()] if isinstance(t, _AggregateType) else [t]


def _ret_fast(t):
    if isinstance(t, VoidType) or _scalar_fast(t):
        return True
    if isinstance(t, _AggregateType):
        leaves = _leaves(t)
        if not all(_scalar_fast(x) for x in leaves):
            return False
        if len(leaves) == 1:
            return True
        # Two 8-byte leaves: a C struct {8 bytes, 8 bytes} comes back in rax/rdx or xmm0/xmm1 in
        # the same order as the JIT returns the two parts.
        return len(leaves) == 2 and all(x.store_size == 8 for x in leaves)
    return False


def _arg_ctype(t):
    if isinstance(t, IntType):
        return ctypes.c_uint8 if t.bits == 1 else t.ctype
    return t.ctype


def _ret_ctype(t):
    if isinstance(t, VoidType):
        return None
    if isinstance(t, IntType) and t.bits == 1:
        return ctypes.c_uint8
    if isinstance(t, _AggregateType):
        leaves = _leaves(t)
        fields = [(f"f{i}", _ret_ctype(x)) for i, x in enumerate(leaves)]
        return type("ret_parts", (ctypes.Structure,), {"_fields_": fields})
    return t.ctype


def _rebuild(t, counter):
    """Python expression rebuilding a (nested) aggregate from the result's leaf fields r.f0, r.f1..."""
    if isinstance(t, ComplexType):
        a, b = _rebuild(t.part, counter), _rebuild(t.part, counter)
        return f"complex({a}, {b})"
    if isinstance(t, _AggregateType):
        parts = [_rebuild(m, counter) for m in t.members]
        return "(" + "".join(p + ", " for p in parts) + ")"
    i = counter[0]
    counter[0] += 1
    if isinstance(t, IntType) and t.bits == 1:
        return f"bool(r.f{i} & 1)"
    if isinstance(t, PtrType):
        return f"(r.f{i} or 0)"
    return f"r.f{i}"


def _python_names(names, count):
    ok = []
    for i in range(count):
        n = names[i] if names and i < len(names) else None
        if not n or not n.isidentifier() or keyword.iskeyword(n) or n.startswith("_pyir") or n in ok:
            n = f"arg{i}"
        ok.append(n)
    return ok


def make_callable(native, rec, py_name=None, options=None, param_names=None, param_types=None,
                  return_type=None, is_async=False, wrapped=None, return_name=None, force_pyir_call=False, **info):
    """A Python callable for function `rec` of `native`, with KernelInfo in `__pyir__`.
    `force_pyir_call` makes it call through pyir_call even when the JIT's address or thunk could
    be used (for benchmarks and tests that compare the paths)."""
    py_name = py_name or rec.name
    named = native.named_types() if "%" in rec.signature else None
    sig_ret, sig_params, vararg = parse_function_type(rec.signature, named)
    if param_types is None:
        param_types, return_type = sig_params, sig_ret
    names = _python_names(param_names, len(param_types))
    fast = bool(rec.address) and not vararg and not force_pyir_call and all(_arg_fast(t) for t in param_types) \
        and _ret_fast(return_type)
    thunk = None if fast or vararg or force_pyir_call or not rec.address else native.thunk(rec.name)
    kinfo = KernelInfo(name=py_name, ir_name=rec.name, native=native, record=rec, param_names=names,
                       param_types=list(param_types), return_type=return_type, is_async=is_async,
                       fast_path=fast, options=options or {}, return_name=return_name, **info)
    whats = [f"argument '{n}' of {py_name}()" for n in names]
    L = _lib.lib()
    handle = native.handle

    def explain(values):
        """Raises the clear error for a rejected argument list (called after a fast-path failure)."""
        for t, v, what in zip(param_types, values, whats):
            try:
                t.convert(v, what)
            except (TypeError, OverflowError, ValueError) as e:
                raise e.with_traceback(None) from None  # hide the ctypes error it replaces

    def trap():
        raise _lib.last_error(L.pyir_trap_error(handle, status.value))

    if vararg:
        def slow(values):
            raise TypeError(f"{py_name}() is variadic ({rec.signature}); PyIR cannot call variadic functions from Python")
    else:
        name_b = rec.name.encode("utf-8")
        void_ret = isinstance(return_type, VoidType)

        # Argument and result buffers are made once per thread and reused: pyir_call runs
        # without the GIL, so threads must not share them.
        per_thread = threading.local()

        def buffers():
            bufs = [ctypes.create_string_buffer(max(t.size, 1)) for t in param_types]
            argv = (ctypes.c_void_p * max(len(bufs), 1))(*[ctypes.addressof(b) for b in bufs])
            res = None if void_ret else ctypes.create_string_buffer(max(return_type.size, 1))
            per_thread.b = (bufs, argv, res)
            return per_thread.b

        def slow(values):
            bufs, argv, res = getattr(per_thread, "b", None) or buffers()
            for t, v, what, buf in zip(param_types, values, whats, bufs):
                t.pack_into(buf, 0, t.convert(v, what))
            rc = L.pyir_call(native.handle, name_b, argv, res)
            if rc != PYIR_OK:
                raise _lib.last_error(rc)
            return None if void_ret else return_type.unpack_from(res, 0)

    env = {"_pyir_slow": slow, "_pyir_explain": explain, "_pyir_status_trap": trap, "_pyir_ArgumentError": ctypes.ArgumentError,
           "_pyir_native": native}
    params = ", ".join(names)
    planned = None
    if thunk is not None:
        def trap_status(s):
            raise _lib.last_error(L.pyir_trap_error(handle, s))
        planned = _thunk.build(thunk, param_types, return_type, names, whats, trap_status)
    kinfo.call_path = "address" if fast else "thunk" if planned is not None else "pyir_call"
    if planned is not None:
        src, thunk_env = planned
        env.update(thunk_env)
    elif fast:
        cf = ctypes.CFUNCTYPE(_ret_ctype(return_type), *[_arg_ctype(x) for t in param_types for x in _leaves(t)])(rec.address)
        status = ctypes.c_int64.from_address(rec.status)
        env.update(_pyir_cf=cf, _pyir_st=status)
        body, leaf_args = [], []
        for i, (n, t) in enumerate(zip(names, param_types)):
            if isinstance(t, IntType):
                body.append(f"if not {t.min} <= {n} <= {t.max}: raise OverflowError")
                leaf_args.append(f"({n} & 1)" if t.bits == 1 else n)
            elif isinstance(t, FloatType):
                leaf_args.append(n)
            elif isinstance(t, PtrType):
                env[f"_pyir_cv{i}"] = (lambda t_, w_: lambda v: t_.convert(v, w_))(t, whats[i])
                leaf_args.append(f"_pyir_cv{i}({n})")
            else:
                env[f"_pyir_cv{i}"] = (lambda t_, w_: lambda v: t_.convert(v, w_))(t, whats[i])
                if isinstance(t, ComplexType):
                    body.append(f"_pyir_v{i} = ({n}.real, {n}.imag) if {n}.__class__ is complex else _pyir_cv{i}({n})")
                else:
                    body.append(f"_pyir_v{i} = _pyir_cv{i}({n})")
                leaf_args.extend(_leaf_paths(t, f"_pyir_v{i}"))
        call = f"_pyir_cf({', '.join(leaf_args)})"
        if isinstance(return_type, VoidType):
            body.append(call)
            ret = "None"
        else:
            body.append(f"r = {call}")
            if isinstance(return_type, IntType) and return_type.bits == 1:
                ret = "bool(r & 1)"
            elif isinstance(return_type, PtrType):
                ret = "r or 0"
            elif isinstance(return_type, _AggregateType):
                ret = _rebuild(return_type, [0])
            else:
                ret = "r"
        src = [f"def _pyir_fn({params}):", "    try:"]
        src += ["        " + line for line in body]
        src += ["    except (TypeError, ValueError, OverflowError, _pyir_ArgumentError):",
                f"        _pyir_explain(({params}{',' if len(names) == 1 else ''}))",
                "        raise",
                "    if _pyir_st.value:",
                "        _pyir_status_trap()",
                f"    return {ret}"]
    else:
        src = [f"def _pyir_fn({params}):",
               f"    return _pyir_slow(({params}{',' if len(names) == 1 else ''}))"]
    code = "\n".join(src)
    exec(compile(code, f"<pyir call of @{rec.name}>", "exec"), env)
    fn = env["_pyir_fn"]
    kinfo.sync = fn
    if is_async:
        env2 = {"_sync": fn}
        exec(compile(f"async def _pyir_afn({params}):\n    return _sync({params})\n",
                     f"<pyir async call of @{rec.name}>", "exec"), env2)
        fn = env2["_pyir_afn"]
    if wrapped is not None:
        for attr in ("__module__", "__qualname__", "__doc__"):
            try:
                setattr(fn, attr, getattr(wrapped, attr))
            except AttributeError:
                pass
        fn.__wrapped__ = wrapped
        fn.__dict__.update({k: v for k, v in getattr(wrapped, "__dict__", {}).items() if k != "__pyir__"})
    else:
        fn.__qualname__ = py_name
    fn.__name__ = py_name
    fn.__pyir__ = kinfo
    return fn
