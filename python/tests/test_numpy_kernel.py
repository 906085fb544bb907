"""pyir.numpy_kernel: broadcasting, Python scalars, out=, strided inputs, casts and dtype errors,
checked against NumPy computing the same thing."""
import numpy as np
import pytest

import pyir


@pyir.function
def muladd(a: pyir.float32, b: pyir.float32, c: pyir.float32) -> pyir.float32:
    tmp: float
    result: float
    pyir.inline("""
        %tmp = fmul float %a, %b
        %result = fadd float %tmp, %c
    """)
    return result


@pyir.function
def iabsdiff(a: pyir.int64, b: pyir.int64) -> pyir.int64:
    r: int
    pyir.inline("""
        %d = sub i64 %a, %b
        %neg = sub i64 0, %d
        %lt = icmp slt i64 %d, 0
        %r = select i1 %lt, i64 %neg, i64 %d
    """)
    return r


@pyir.function
def both_positive(a: pyir.float64, b: pyir.float64) -> bool:
    r: bool
    pyir.inline("""
        %pa = fcmp ogt double %a, 0.0
        %pb = fcmp ogt double %b, 0.0
        %r = and i1 %pa, %pb
    """)
    return r


@pyir.function
def cscale(z: pyir.complex128, s: pyir.float64) -> pyir.complex128:
    r: complex
    pyir.inline("""
        %re = extractvalue { double, double } %z, 0
        %im = extractvalue { double, double } %z, 1
        %re2 = fmul double %re, %s
        %im2 = fmul double %im, %s
        %r = insertvalue { double, double } undef, double %re2, 0
        %r = insertvalue { double, double } %r, double %im2, 1
    """)
    return r


@pyir.function
def idiv(a: pyir.int32, b: pyir.int32) -> pyir.int32:
    r: int
    pyir.inline("%r = sdiv i32 %a, %b")
    return r


muladd_np = pyir.numpy_kernel(muladd)


def _ref(a, b, c):
    return (np.float32(a) * np.float32(b) + np.float32(c)).astype(np.float32)


def test_seed_example():
    x = np.arange(5, dtype=np.float32)
    y = np.ones(5, dtype=np.float32)
    z = np.full(5, 2.0, dtype=np.float32)
    out = muladd_np(x, y, z)
    assert out.dtype == np.float32 and out.tolist() == [2.0, 3.0, 4.0, 5.0, 6.0]


def test_large_contiguous_matches_numpy():
    rng = np.random.default_rng(1)
    x, y, z = (rng.standard_normal(100_003).astype(np.float32) for _ in range(3))
    np.testing.assert_array_equal(muladd_np(x, y, z), _ref(x, y, z))


def test_broadcasting_and_scalars():
    a = np.arange(12, dtype=np.float32).reshape(3, 4)
    b = np.array([1, 2, 3, 4], np.float32)
    c = np.float32(0.5)
    out = muladd_np(a, b, c)
    assert out.shape == (3, 4)
    np.testing.assert_array_equal(out, _ref(a, b, c))
    col = np.array([[1], [2], [3]], np.float32)
    np.testing.assert_array_equal(muladd_np(col, b, 1.0), _ref(col, b, 1.0))
    assert muladd_np(a, 2, 1).tolist() == (a * 2 + 1).tolist()


def test_all_scalars_give_a_scalar():
    r = muladd_np(2.0, 3.0, 1.0)
    assert np.ndim(r) == 0 and r == 7.0


def test_out_parameter():
    a = np.arange(6, dtype=np.float32)
    out = np.empty(6, np.float32)
    res = muladd_np(a, a, a, out=out)
    assert res is out
    np.testing.assert_array_equal(out, _ref(a, a, a))
    out64 = np.zeros(6, np.float64)            # float32 -> float64 is a safe cast
    muladd_np(a, 1, 0, out=out64)
    assert out64.tolist() == a.tolist()
    view = np.zeros((2, 6), np.float32)
    muladd_np(a, 2, 0, out=view[1])            # writes into a view
    assert view[0].tolist() == [0] * 6 and view[1].tolist() == (a * 2).tolist()


def test_in_place():
    a = np.arange(4, dtype=np.float32)
    muladd_np(a, a, 1, out=a)
    assert a.tolist() == [1, 2, 5, 10]


def test_non_contiguous_inputs():
    base = np.arange(40, dtype=np.float32).reshape(5, 8)
    a = base[:, ::3]          # strided
    b = base.T[:3, :]         # transposed -> shape (3, 5)
    np.testing.assert_array_equal(muladd_np(a, a, a), _ref(a, a, a))
    np.testing.assert_array_equal(muladd_np(b, 2, b), _ref(b, 2, b))
    rev = np.arange(10, dtype=np.float32)[::-1]
    np.testing.assert_array_equal(muladd_np(rev, 1, 0), rev)


def test_same_kind_casts():
    a64 = np.linspace(0, 1, 7)                 # float64 into float32 parameters: same_kind
    np.testing.assert_array_equal(muladd_np(a64, 2, 0), _ref(a64, 2, 0))
    ints = np.arange(5)                        # int64 -> float32: allowed
    assert muladd_np(ints, 1, 0).tolist() == [0, 1, 2, 3, 4]
    assert iabsdiff(np.int8(3), 5) == 2
    k = pyir.numpy_kernel(iabsdiff)
    assert k(np.array([1, 5, -3], np.int16), 2).tolist() == [1, 3, 5]
    assert k(np.array([True, False]), 1).tolist() == [0, 1]


def test_dtype_errors_name_the_argument():
    k = pyir.numpy_kernel(iabsdiff)
    with pytest.raises(TypeError, match="argument 'b' has dtype float64"):
        k(np.arange(3), np.ones(3))
    with pytest.raises(TypeError, match="argument 'a' has dtype complex128"):
        muladd_np(np.ones(3, complex), 1, 1)
    with pytest.raises(TypeError, match="argument 'a' has dtype <U1"):
        muladd_np(np.array(["a"]), 1, 1)
    with pytest.raises(TypeError, match="out has dtype int32"):
        muladd_np(np.ones(3, np.float32), 1, 1, out=np.zeros(3, np.int32))


def test_shape_errors():
    with pytest.raises(ValueError, match="do not broadcast"):
        muladd_np(np.ones(3), np.ones(4), 1)
    with pytest.raises(ValueError, match="do not broadcast"):
        muladd_np(np.ones((2, 3)), 1, 1, out=np.zeros(3, np.float32))
    with pytest.raises(TypeError, match="takes 3 arguments"):
        muladd_np(np.ones(3), 1)


def test_empty_arrays():
    out = muladd_np(np.ones((0, 3), np.float32), 1, 1)
    assert out.shape == (0, 3) and out.dtype == np.float32


def test_bool_and_complex_kernels():
    k = pyir.numpy_kernel(both_positive)
    out = k(np.array([1.0, -1.0, 2.0]), np.array([[1.0], [-2.0]]))
    assert out.dtype == np.bool_ and out.tolist() == [[True, False, True], [False, False, False]]
    c = pyir.numpy_kernel(cscale)
    z = np.array([1 + 2j, -3j, 0.5], np.complex128)
    np.testing.assert_array_equal(c(z, 2.0), z * 2.0)
    np.testing.assert_array_equal(c(z[::-1], np.array([1.0, 2.0, 3.0])), z[::-1] * np.array([1.0, 2.0, 3.0]))


def test_trap_in_kernel():
    k = pyir.numpy_kernel(idiv)
    assert k(np.array([6, 9], np.int32), 3).tolist() == [2, 3]
    with pytest.raises(pyir.TrapError, match="(?i)division by zero"):
        k(np.array([1, 2, 3], np.int32), np.array([1, 0, 1], np.int32))
    assert k(np.array([8], np.int32), 2).tolist() == [4]


def test_other_policies_not_implemented():
    for policy in ("parallel", "async", "sandboxed"):
        with pytest.raises(NotImplementedError, match=f"policy '{policy}' is not implemented"):
            pyir.numpy_kernel(muladd, policy=policy)
    with pytest.raises(ValueError, match="unknown policy"):
        pyir.numpy_kernel(muladd, policy="gpu")


def test_non_elementwise_kernels_rejected():
    @pyir.function
    def vk(v: pyir.vec4f) -> pyir.float32:
        r: float
        pyir.inline("%r = extractelement <4 x float> %v, i32 0")
        return r

    with pytest.raises(TypeError, match="parameter 'v' has type <4 x float>"):
        pyir.numpy_kernel(vk)
    with pytest.raises(TypeError, match="not a PyIR kernel"):
        pyir.numpy_kernel(lambda x: x)


def test_the_loop_is_native():
    text = muladd_np.map_text
    assert "define void @__pyir_map(i64 %n" in text and "call float @muladd(" in text
    md = pyir.get_kernel_metadata(muladd_np)
    assert md["is_numpy_kernel"] and md["policy"] == "vectorized"


def test_trap_points_at_the_kernel_line():
    k = pyir.numpy_kernel(idiv)
    with pytest.raises(pyir.TrapError) as ei:
        k(np.ones(2, np.int32), 0)
    err = ei.value
    assert err.ir_file == __file__
    import linecache
    assert "sdiv i32 %a, %b" in linecache.getline(__file__, err.ir_line)
    assert linecache.getline(__file__, err.ir_line)[err.ir_column - 1:].startswith("sdiv")
    assert str(err).startswith(f"{__file__}:{err.ir_line}:{err.ir_column}:")


def test_interpreter_kernels_map_element_by_element():
    @pyir.function(engine="interpreter")
    def halve(a: pyir.int32) -> pyir.int32:
        r: int
        pyir.inline("%r = sdiv i32 %a, 2")
        return r

    k = pyir.numpy_kernel(halve)
    assert pyir.get_kernel_metadata(k)["engine"] == "interpreter"
    a = np.arange(12, dtype=np.int32).reshape(3, 4)[:, ::2]
    np.testing.assert_array_equal(k(a), a // 2)
    out = np.zeros((3, 2), np.int64)
    k(a, out=out)
    np.testing.assert_array_equal(out, a // 2)
