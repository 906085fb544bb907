"""PyIR for Python: LLVM IR kernels written inline, compiled to native code by libpyir.

Public API (see README.md, section "Python", and /work/shared/API.md):
types (int1/bool, int8..int64, float16/32/64, complex64/128, void, ptr, vector/struct/array and the
vecNx aliases), @function / inline (the snippet dialect), compile (whole modules), numpy_kernel,
get_kernel_metadata / get_kernel_ir_objects / print_ir / disassemble, and the exceptions.
The native library is loaded on first use ($PYIR_LIBRARY or pyir/_native/libpyir.so).
"""
from ._errors import (ArgumentError, InternalError, IRSyntaxError, IRTypeError, LibraryNotFoundError,
                      PyIRError, TrapError, UnsupportedError)
from ._types import (Type, IntType, FloatType, VoidType, PtrType, VectorType, StructType, ComplexType,
                     ArrayType, int1, int8, int16, int32, int64, float16, float32, float64, complex64,
                     complex128, void, ptr, vector, struct, array, vec2f, vec4f, vec8f, vec16f, vec2d,
                     vec4d, vec8d, vec4i, vec8i, vec16i, from_annotation, parse_type)
from ._function import function, inline
from ._module import compile, CompiledModule
from ._numpy import numpy_kernel, NumpyKernel
from ._introspect import IRModule, IRFunction, get_kernel_metadata, get_kernel_ir_objects, print_ir, disassemble
from ._lib import library_path

globals()["bool"] = int1  # pyir.bool is an alias of pyir.int1 (set last: the builtin is used above)

__version__ = "0.4.0"


def version():
    """The native library's version string ("0.4.0")."""
    from ._lib import lib
    return lib().pyir_version().decode()


def cpu_features():
    """The native library's CPU feature bits: 1 AVX2, 2 FMA, 4 BMI2, 8 AVX-512F, 256 the JIT runs."""
    from ._lib import lib
    return int(lib().pyir_cpu_features())
