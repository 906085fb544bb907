"""Property tests (Hypothesis): values survive the trip through both call paths bit for bit, integer
arithmetic wraps like LLVM's, float32 arithmetic rounds like NumPy's, and numpy_kernel equals NumPy
on random shapes, broadcasts and strides."""
import math
import struct

import numpy as np
from hypothesis import given, settings, strategies as st
from hypothesis.extra import numpy as hnp

import pyir

IDENTITY = """
define i1 @id_i1(i1 %x) {
  ret i1 %x
}
define i8 @id_i8(i8 %x) {
  ret i8 %x
}
define i16 @id_i16(i16 %x) {
  ret i16 %x
}
define i32 @id_i32(i32 %x) {
  ret i32 %x
}
define i64 @id_i64(i64 %x) {
  ret i64 %x
}
define float @id_float(float %x) {
  ret float %x
}
define double @id_double(double %x) {
  ret double %x
}
define { double, double } @id_c128({ double, double } %x) {
  ret { double, double } %x
}
define <4 x i32> @id_v4i(<4 x i32> %x) {
  ret <4 x i32> %x
}
define i32 @add_i32(i32 %a, i32 %b) {
  %r = add i32 %a, %b
  ret i32 %r
}
define i64 @mul_i64(i64 %a, i64 %b) {
  %r = mul i64 %a, %b
  ret i64 %r
}
define float @fadd(float %a, float %b) {
  %r = fadd float %a, %b
  ret float %r
}
"""

JIT = pyir.compile(IDENTITY, engine="jit")
INTERP = pyir.compile(IDENTITY, engine="interpreter")
MODULES = (JIT, INTERP)


def signed(v, bits):
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def same_float(a, b):
    return (math.isnan(a) and math.isnan(b)) or struct.pack("<d", a) == struct.pack("<d", b)


@settings(max_examples=150, deadline=None)
@given(st.integers(-(2 ** 63), 2 ** 64 - 1))
def test_integers_round_trip(v):
    for m in MODULES:
        for bits in (8, 16, 32, 64):
            if -(2 ** (bits - 1)) <= v < 2 ** bits:
                assert getattr(m, f"id_i{bits}")(v) == signed(v, bits)
        if v in (0, 1):
            assert m.id_i1(v) is bool(v)


@settings(max_examples=150, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_floats_round_trip(x):
    with np.errstate(over="ignore"):
        want32 = float(np.float32(x))          # rounds like a C cast (to inf beyond the range)
    for m in MODULES:
        assert same_float(m.id_double(x), x)
        assert same_float(m.id_float(x), want32)


@settings(max_examples=100, deadline=None)
@given(st.complex_numbers(allow_nan=False), st.lists(st.integers(-(2 ** 31), 2 ** 31 - 1), min_size=4, max_size=4))
def test_aggregates_round_trip(z, lanes):
    for m in MODULES:
        assert m.id_c128(z) == (z.real, z.imag)
        assert m.id_v4i(lanes).tolist() == lanes


@settings(max_examples=150, deadline=None)
@given(st.integers(-(2 ** 31), 2 ** 31 - 1), st.integers(-(2 ** 31), 2 ** 31 - 1),
       st.integers(-(2 ** 63), 2 ** 63 - 1), st.integers(-(2 ** 63), 2 ** 63 - 1))
def test_integer_arithmetic_wraps(a, b, c, d):
    for m in MODULES:
        assert m.add_i32(a, b) == signed(a + b, 32)
        assert m.mul_i64(c, d) == signed(c * d, 64)


@settings(max_examples=150, deadline=None)
@given(st.floats(width=32, allow_nan=False), st.floats(width=32, allow_nan=False))
def test_float32_arithmetic_rounds_like_numpy(a, b):
    with np.errstate(over="ignore", invalid="ignore"):   # inf + -inf is nan, as in IR
        want = float(np.float32(a) + np.float32(b))
    for m in MODULES:
        got = m.fadd(a, b)
        assert same_float(got, want) or (math.isnan(got) and math.isnan(want))


@pyir.function
def affine(a: pyir.float64, b: pyir.float64) -> pyir.float64:
    r: float
    pyir.inline("""
        %t = fmul double %a, 3.0
        %r = fsub double %t, %b
    """)
    return r


AFFINE = pyir.numpy_kernel(affine)
finite = st.floats(-1e6, 1e6, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(hnp.mutually_broadcastable_shapes(num_shapes=2, max_dims=3, max_side=5), st.data())
def test_numpy_kernel_equals_numpy(shapes, data):
    sa, sb = shapes.input_shapes
    a = data.draw(hnp.arrays(np.float64, sa, elements=finite))
    b = data.draw(hnp.arrays(np.float32, sb, elements=st.floats(-1e3, 1e3, width=32)))
    if a.ndim and data.draw(st.booleans()):
        a = a[..., ::-1]                      # negative strides
    if b.ndim >= 2 and data.draw(st.booleans()):
        b = np.swapaxes(b, 0, 1).copy().swapaxes(0, 1)   # same values, Fortran-like strides
    got = AFFINE(a, b)
    want = a * 3.0 - b.astype(np.float64)
    assert np.shape(got) == np.shape(want)
    np.testing.assert_array_equal(got, want)
