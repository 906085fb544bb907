"""`pyir.numpy_kernel`: maps a scalar kernel over NumPy arrays with broadcasting, in native code.

For a kernel `@k(T0, ..., Tn-1) -> R` PyIR generates an IR function

    define void @__pyir_map(i64 %n, ptr %p0, i64 %s0, ..., ptr %out, i64 %sout)

that loops i = 0..n-1, loads each argument at p_k + i*s_k (strides in bytes), calls @k and stores
the result at out + i*sout; it is compiled in one module with the kernel's text. A call drives it
over `np.nditer(..., flags=["external_loop", "buffered", ...])`: one native call per inner 1-D chunk
(contiguous inputs that need no cast give a single chunk). The iterator does broadcasting, the
`same_kind` casts and writing into `out=`.

Only policy="vectorized" is implemented; "parallel", "async" and "sandboxed" raise
NotImplementedError for now.
"""
import re

from . import _lib
from ._errors import TrapError
from ._call import make_callable
from ._function import kernel_info
from ._irtext import merge_modules
from ._module import compile_text
from ._types import ComplexType, FloatType, IntType

_POLICIES = ("vectorized", "parallel", "async", "sandboxed")
_PLAIN_NAME = re.compile(r"^[-a-zA-Z$._][-a-zA-Z$._0-9]*$")


def _np():
    import numpy
    return numpy


def _elementwise_type(t):
    return (isinstance(t, IntType) and t.bits in (1, 8, 16, 32, 64)) or isinstance(t, FloatType) \
        or isinstance(t, ComplexType)


def _map_ir(kernel_name, param_types, ret_type):
    callee = f"@{kernel_name}" if _PLAIN_NAME.match(kernel_name) else f'@"{kernel_name}"'
    n = len(param_types)
    header = ", ".join([f"ptr %p{k}, i64 %s{k}" for k in range(n)] + ["ptr %out, i64 %sout"])
    lines = [f"define void @__pyir_map(i64 %n, {header}) {{",
             "entry:",
             "  %empty = icmp sle i64 %n, 0",
             "  br i1 %empty, label %done, label %loop",
             "loop:",
             "  %i = phi i64 [ 0, %entry ], [ %next, %loop ]"]
    args = []
    for k, t in enumerate(param_types):
        lines += [f"  %o{k} = mul i64 %i, %s{k}",
                  f"  %a{k} = getelementptr i8, ptr %p{k}, i64 %o{k}"]
        if isinstance(t, IntType) and t.bits == 1:
            lines += [f"  %b{k} = load i8, ptr %a{k}, align 1",
                      f"  %x{k} = icmp ne i8 %b{k}, 0"]
        else:
            lines.append(f"  %x{k} = load {t.llvm}, ptr %a{k}, align 1")
        args.append(f"{t.llvm} %x{k}")
    lines += [f"  %r = call {ret_type.llvm} {callee}({', '.join(args)})",
              "  %oo = mul i64 %i, %sout",
              "  %ao = getelementptr i8, ptr %out, i64 %oo"]
    if isinstance(ret_type, IntType) and ret_type.bits == 1:
        lines += ["  %rb = zext i1 %r to i8", "  store i8 %rb, ptr %ao, align 1"]
    else:
        lines.append(f"  store {ret_type.llvm} %r, ptr %ao, align 1")
    lines += ["  %next = add i64 %i, 1",
              "  %more = icmp slt i64 %next, %n",
              "  br i1 %more, label %loop, label %done",
              "done:",
              "  ret void",
              "}"]
    return "\n".join(lines) + "\n"


class NumpyKernel:
    """A scalar kernel mapped over arrays: `k(*arrays_or_scalars, out=None)`.

    Broadcasts its inputs (NumPy rules), casts them to the kernel's parameter dtypes when NumPy's
    `same_kind` rule allows it (else TypeError naming the argument), and writes the result into a
    new array or into `out` (which must have the broadcast shape). Scalar inputs only -> a NumPy
    scalar."""

    def __init__(self, f, policy="vectorized", num_threads=None):
        info = kernel_info(f)
        if policy not in _POLICIES:
            raise ValueError(f"pyir.numpy_kernel: unknown policy {policy!r}; choose one of {', '.join(map(repr, _POLICIES))}")
        if policy != "vectorized":
            raise NotImplementedError(f"pyir.numpy_kernel: policy {policy!r} is not implemented yet; "
                                      f"policy='vectorized' is (one thread, native loop)")
        if num_threads is not None and (not isinstance(num_threads, int) or isinstance(num_threads, bool) or num_threads < 1):
            raise ValueError(f"num_threads must be a positive int or None, got {num_threads!r}")
        for pname, t in zip(info.param_names, info.param_types):
            if not _elementwise_type(t):
                raise TypeError(f"pyir.numpy_kernel({info.name}): parameter '{pname}' has type {t.llvm}; "
                                f"elementwise kernels take integer, floating-point or complex scalars")
        if not _elementwise_type(info.return_type):
            raise TypeError(f"pyir.numpy_kernel({info.name}): the kernel returns {info.return_type.llvm}; "
                            f"elementwise kernels return one integer, floating-point or complex scalar")
        self.kernel = f
        self.policy = policy
        self.num_threads = num_threads
        self.__name__ = info.name
        self.__doc__ = getattr(f, "__doc__", None)
        self._info = info
        text = merge_modules([info.native.text(), _map_ir(info.ir_name, info.param_types, info.return_type)])
        opts = info.options or {}
        self.map_text = text
        self.map_module = compile_text(text, f"<pyir.numpy_kernel {info.name}>", opts.get("opt_level", 2),
                                       opts.get("fast_math", False), opts.get("engine", "auto"))
        rec = self.map_module.lookup("__pyir_map")
        if rec is None:
            raise _lib.last_error(4)
        self._map = make_callable(self.map_module, rec, py_name=f"numpy_kernel({info.name})")
        # The interpreter bounds-checks memory and cannot read NumPy's buffers.
        self._native_loop = bool(rec.address)
        np = _np()
        self._in_dtypes = [t.dtype for t in info.param_types]
        self._out_dtype = info.return_type.dtype
        self._nparams = len(info.param_types)
        self._np = np

    @property
    def __pyir__(self):
        return self._info

    def __repr__(self):
        return f"<pyir.numpy_kernel {self.__name__} policy={self.policy!r}>"

    def __call__(self, *args, out=None):
        np = self._np
        info = self._info
        if len(args) != self._nparams:
            raise TypeError(f"numpy_kernel({info.name}) takes {self._nparams} argument"
                            f"{'s' if self._nparams != 1 else ''} ({', '.join(info.param_names)}), got {len(args)}")
        ops = []
        for pname, want, a in zip(info.param_names, self._in_dtypes, args):
            try:
                arr = a if isinstance(a, np.ndarray) else np.asarray(a)
            except Exception as e:
                raise TypeError(f"numpy_kernel({info.name}): argument '{pname}' is not array-like: {e}") from None
            if arr.dtype != want and not np.can_cast(arr.dtype, want, casting="same_kind"):
                raise TypeError(f"numpy_kernel({info.name}): argument '{pname}' has dtype {arr.dtype}, which does not "
                                f"convert to the kernel's {want} under NumPy's same_kind rule")
            ops.append(arr)
        if out is not None:
            if not isinstance(out, np.ndarray):
                raise TypeError(f"numpy_kernel({info.name}): out must be a NumPy array, got {type(out).__name__}")
            if not out.flags.writeable:
                raise ValueError(f"numpy_kernel({info.name}): out is read-only")
            if out.dtype != self._out_dtype and not np.can_cast(self._out_dtype, out.dtype, casting="same_kind"):
                raise TypeError(f"numpy_kernel({info.name}): out has dtype {out.dtype}, which the kernel's result "
                                f"{self._out_dtype} does not convert to under NumPy's same_kind rule")
        try:
            it = np.nditer(ops + [out],
                           flags=["external_loop", "buffered", "grow_inner", "zerosize_ok"],
                           op_flags=[["readonly"]] * len(ops) + [["writeonly", "allocate", "no_broadcast"]],
                           op_dtypes=self._in_dtypes + [self._out_dtype], casting="same_kind")
        except ValueError as e:
            shapes = ", ".join(f"{p}{o.shape}" for p, o in zip(info.param_names, ops))
            extra = f", out{out.shape}" if out is not None else ""
            raise ValueError(f"numpy_kernel({info.name}): the shapes do not broadcast ({shapes}{extra}): {e}") from None
        call = self._map
        try:
            with it:
                if self._native_loop:
                    for chunk in it:
                        n = chunk[0].shape[0]
                        flat = [n]
                        for c in chunk:
                            flat.append(c.__array_interface__["data"][0])
                            flat.append(c.strides[0] if c.ndim else 0)
                        call(*flat)
                else:
                    # The interpreter cannot read host memory: call the kernel element by element.
                    kernel = info.sync
                    for chunk in it:
                        res = chunk[-1]
                        for j in range(res.shape[0]):
                            res[j] = kernel(*[c[j].item() for c in chunk[:-1]])
                result = it.operands[-1]
        except TrapError as e:
            raise self._locate_trap(e) from None
        if out is not None:
            return out
        if result.ndim == 0:
            return result[()]
        return result


    def _locate_trap(self, err):
        """A trap inside the kernel is reported at the kernel's line in its Python file when the
        IR line of the trap appears there (the module text given to libpyir is generated)."""
        info = self._info
        lines = self.map_text.split("\n")
        if err.ir_file == self.map_module.file and 0 < err.ir_line <= len(lines):
            raw = lines[err.ir_line - 1]
            ir_line = raw.strip()
            within = max(err.ir_column - 1 - (len(raw) - len(raw.lstrip())), 0)
            if info.body and info.source_file and ir_line:
                for i, src in enumerate(info.body.split("\n"), start=1):
                    if src.strip().split(";")[0].strip() == ir_line:
                        col = src.index(ir_line) + 1 + within
                        message = str(err).replace(f"{err.ir_file}:{err.ir_line}:{err.ir_column}",
                                                   f"{info.source_file}:{i}:{col}")
                        return TrapError(message, info.source_file, i, col)
        return err


def numpy_kernel(f, policy="vectorized", num_threads=None):
    """Maps the scalar kernel `f` over NumPy arrays (see NumpyKernel). policy: "vectorized" (the
    only one implemented; "parallel", "async" and "sandboxed" raise NotImplementedError)."""
    return NumpyKernel(f, policy=policy, num_threads=num_threads)
