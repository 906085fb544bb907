"""The type objects: LLVM spelling, ctypes type, NumPy dtype, memory layout, annotation mapping,
value conversion and reading LLVM type text. Needs no native library."""
import ctypes

import numpy as np
import pytest

import pyir
from pyir._types import parse_function_type


@pytest.mark.parametrize("t, llvm, ctype, dtype", [
    (pyir.int1, "i1", ctypes.c_bool, np.bool_),
    (pyir.int8, "i8", ctypes.c_int8, np.int8),
    (pyir.int16, "i16", ctypes.c_int16, np.int16),
    (pyir.int32, "i32", ctypes.c_int32, np.int32),
    (pyir.int64, "i64", ctypes.c_int64, np.int64),
    (pyir.float16, "half", ctypes.c_uint16, np.float16),
    (pyir.float32, "float", ctypes.c_float, np.float32),
    (pyir.float64, "double", ctypes.c_double, np.float64),
    (pyir.complex64, "{ float, float }", None, np.complex64),
    (pyir.complex128, "{ double, double }", None, np.complex128),
    (pyir.ptr, "ptr", ctypes.c_void_p, np.uintp),
])
def test_scalar_types(t, llvm, ctype, dtype):
    assert t.llvm == llvm
    assert str(t) == llvm
    if ctype is not None:
        assert t.ctype is ctype
    assert t.dtype == np.dtype(dtype)


def test_bool_alias_and_void():
    assert pyir.bool is pyir.int1
    assert pyir.void.llvm == "void"
    assert pyir.void.dtype is None
    assert isinstance(True, bool)  # the builtin is untouched


def test_complex_ctype_layout():
    c = pyir.complex64.ctype
    assert ctypes.sizeof(c) == 8 and [f[1] for f in c._fields_] == [ctypes.c_float, ctypes.c_float]
    assert ctypes.sizeof(pyir.complex128.ctype) == 16


@pytest.mark.parametrize("alias, elem, n", [
    ("vec2f", pyir.float32, 2), ("vec4f", pyir.float32, 4), ("vec8f", pyir.float32, 8),
    ("vec16f", pyir.float32, 16), ("vec2d", pyir.float64, 2), ("vec4d", pyir.float64, 4),
    ("vec8d", pyir.float64, 8), ("vec4i", pyir.int32, 4), ("vec8i", pyir.int32, 8), ("vec16i", pyir.int32, 16),
])
def test_vector_aliases(alias, elem, n):
    t = getattr(pyir, alias)
    assert t == pyir.vector(elem, n)
    assert t.llvm == f"<{n} x {elem.llvm}>"
    assert t.dtype == np.dtype((elem.dtype, (n,)))
    assert ctypes.sizeof(t.ctype) == n * elem.store_size
    assert repr(t) == f"pyir.{alias}"


def test_struct_and_array():
    s = pyir.struct([pyir.float32, pyir.float32])
    assert s.llvm == "{ float, float }"
    assert s == pyir.complex64  # same LLVM type
    s2 = pyir.struct([pyir.int8, pyir.float64, pyir.int16])
    assert s2.offsets == (0, 8, 16) and s2.size == 24 and s2.alignment == 8
    assert ctypes.sizeof(s2.ctype) == 24
    assert s2.dtype.itemsize == 24 and s2.dtype.fields["f1"][1] == 8
    packed = pyir.struct([pyir.int8, pyir.int32], packed=True)
    assert packed.llvm == "<{ i8, i32 }>" and packed.size == 5 and ctypes.sizeof(packed.ctype) == 5
    a = pyir.array(pyir.int16, 3)
    assert a.llvm == "[3 x i16]" and a.size == 6 and a.dtype == np.dtype((np.int16, (3,)))
    assert ctypes.sizeof(a.ctype) == 6
    assert repr(s) == "pyir.struct([pyir.float32, pyir.float32])"
    with pytest.raises(TypeError):
        pyir.struct(pyir.float32)


def test_vector_layout_like_llvm():
    assert pyir.vector(pyir.float32, 3).store_size == 12
    assert pyir.vector(pyir.float32, 3).size == 16
    assert pyir.vector(pyir.int1, 8).store_size == 1
    assert pyir.vector(pyir.int1, 9).store_size == 2
    assert pyir.vec8f.alignment == 32


@pytest.mark.parametrize("ann, t", [(int, pyir.int32), (float, pyir.float32), (bool, pyir.int1),
                                    (complex, pyir.complex128), (None, pyir.void), (pyir.vec4f, pyir.vec4f),
                                    ("<2 x double>", pyir.vec2d)])
def test_annotations(ann, t):
    assert pyir.from_annotation(ann) == t


def test_bad_annotation():
    with pytest.raises(TypeError, match="not a PyIR type"):
        pyir.from_annotation(list)
    with pytest.raises(ValueError, match="cannot read LLVM type text"):
        pyir.from_annotation("<4 x flot>")


def test_parse_types():
    assert pyir.parse_type("{ <4 x float>, [2 x i8], ptr }") == pyir.struct([pyir.vec4f, pyir.array(pyir.int8, 2), pyir.ptr])
    assert pyir.parse_type("<{ i8, i32 }>").packed
    assert pyir.parse_type("i24").llvm == "i24"
    assert pyir.parse_type("%pair", {"%pair": "{ i32, i32 }"}).llvm == "{ i32, i32 }"
    ret, params, va = parse_function_type("{ float, float } (<4 x float>, ptr, i1)")
    assert ret == pyir.complex64 and params == [pyir.vec4f, pyir.ptr, pyir.int1] and not va
    assert parse_function_type("i32 (ptr, ...)")[2] is True
    assert parse_function_type("void ()") == (pyir.void, [], False)
    with pytest.raises(ValueError):
        pyir.parse_type("{ i32")


@pytest.mark.parametrize("t, value, back", [
    (pyir.int32, -5, -5), (pyir.int32, 4294967295, -1), (pyir.int8, 200, -56), (pyir.int1, True, True),
    (pyir.int64, -(2 ** 63), -(2 ** 63)), (pyir.float32, 0.5, 0.5), (pyir.float64, 0.1, 0.1),
    (pyir.float16, 1.5, 1.5), (pyir.complex64, 1 + 2j, 1 + 2j), (pyir.ptr, 4096, 4096),
    (pyir.struct([pyir.int8, pyir.float64]), (3, 2.5), (3, 2.5)),
    (pyir.array(pyir.int16, 3), [1, -2, 3], (1, -2, 3)),
    (pyir.parse_type("i24"), -3, -3),
])
def test_memory_round_trip(t, value, back):
    buf = ctypes.create_string_buffer(t.size)
    t.pack_into(buf, 0, t.convert(value, "x"))
    assert t.unpack_from(buf, 0) == back


def test_memory_layout_matches_ctypes_and_numpy():
    s = pyir.struct([pyir.int8, pyir.float64, pyir.int16])
    buf = ctypes.create_string_buffer(s.size)
    s.pack_into(buf, 0, s.convert((1, 2.5, -3), "x"))
    c = s.ctype.from_buffer_copy(buf.raw)
    assert (c.f0, c.f1, c.f2) == (1, 2.5, -3)
    rec = np.frombuffer(buf.raw, dtype=s.dtype)[0]
    assert (rec["f0"], rec["f1"], rec["f2"]) == (1, 2.5, -3)


def test_vector_values():
    t = pyir.vec4f
    buf = ctypes.create_string_buffer(t.size)
    t.pack_into(buf, 0, t.convert([1, 2, 3, 4.5], "v"))
    out = t.unpack_from(buf, 0)
    assert isinstance(out, np.ndarray) and out.dtype == np.float32 and out.tolist() == [1, 2, 3, 4.5]
    assert np.frombuffer(buf.raw, np.float32).tolist() == [1, 2, 3, 4.5]
    m = pyir.vector(pyir.int1, 4)
    mb = ctypes.create_string_buffer(m.size)
    m.pack_into(mb, 0, m.convert([True, False, True, True], "m"))
    assert mb.raw == bytes([0b1101])
    assert m.unpack_from(mb, 0).tolist() == [True, False, True, True]


@pytest.mark.parametrize("t, value, exc, msg", [
    (pyir.int32, "3", TypeError, "argument 'a' of f\\(\\) must be an int for i32, got str"),
    (pyir.int32, 1.5, TypeError, "must be an int for i32, got float"),
    (pyir.int32, 2 ** 32, OverflowError, "does not fit in i32"),
    (pyir.int8, -129, OverflowError, "does not fit in i8"),
    (pyir.float32, "x", TypeError, "must be a float for float, got str"),
    (pyir.float32, 1j, TypeError, "must be a float for float, got complex"),
    (pyir.complex64, "1j", TypeError, "must be a complex number"),
    (pyir.vec4f, [1, 2, 3], TypeError, "must have shape \\(4,\\) for <4 x float>, got shape \\(3,\\)"),
    (pyir.vec4i, [1.5, 2, 3, 4], TypeError, "cannot convert elements of dtype float64 to i32"),
    (pyir.vec4f, 3.0, TypeError, "must be a sequence or array of 4 values"),
    (pyir.struct([pyir.int32, pyir.int32]), (1,), TypeError, "must have 2 values for \\{ i32, i32 \\}, got 1"),
    (pyir.struct([pyir.int32, pyir.int32]), (1, "a"), TypeError, "argument 'a' of f\\(\\)\\[1\\] must be an int"),
    (pyir.ptr, 1.0, TypeError, "must be a pointer"),
])
def test_conversion_errors(t, value, exc, msg):
    with pytest.raises(exc, match=msg):
        t.convert(value, "argument 'a' of f()")


def test_numpy_scalars_convert():
    assert pyir.int32.convert(np.int64(7), "a") == 7
    assert pyir.float32.convert(np.float32(0.5), "a") == 0.5
    assert pyir.complex128.convert(np.complex64(1 + 1j), "a") == (1.0, 1.0)
    arr = np.zeros(4)
    assert pyir.ptr.convert(arr, "p") == arr.__array_interface__["data"][0]
    assert pyir.ptr.convert(None, "p") == 0
