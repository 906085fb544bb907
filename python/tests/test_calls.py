"""Calling @pyir.function kernels: value conversion for every kind of type, both call paths (the
JIT's address through ctypes, and pyir_call for vectors/aggregates and the interpreter), options,
async functions, and traps."""
import asyncio
import inspect
import math

import numpy as np
import pytest

import pyir


@pyir.function
def add(a: pyir.int32, b: pyir.int32) -> pyir.int32:
    result: int
    pyir.inline("""
        %result = add i32 %a, %b
    """)
    return result


@pyir.function
def fadd(a: pyir.float32, b: pyir.float32) -> pyir.float32:
    result: float
    pyir.inline("%result = fadd float %a, %b")
    return result


@pyir.function
def dmul(a: pyir.float64, b: float) -> pyir.float64:
    r: float
    pyir.inline("""
        %bd = fpext float %b to double
        %r = fmul double %a, %bd
    """)
    return r


@pyir.function
def xor1(a: bool, b: bool) -> bool:
    r: bool
    pyir.inline("%r = xor i1 %a, %b")
    return r


@pyir.function
def narrow(a: pyir.int64) -> pyir.int8:
    r: int
    pyir.inline("%r = trunc i64 %a to i8")
    return r


@pyir.function
def cmul(a: complex, b: complex) -> complex:
    r: complex
    pyir.inline("""
        %ar = extractvalue { double, double } %a, 0
        %ai = extractvalue { double, double } %a, 1
        %br = extractvalue { double, double } %b, 0
        %bi = extractvalue { double, double } %b, 1
        %rr1 = fmul double %ar, %br
        %rr2 = fmul double %ai, %bi
        %rr = fsub double %rr1, %rr2
        %ri1 = fmul double %ar, %bi
        %ri2 = fmul double %ai, %br
        %ri = fadd double %ri1, %ri2
        %r = insertvalue { double, double } undef, double %rr, 0
        %r = insertvalue { double, double } %r, double %ri, 1
    """)
    return r


@pyir.function
def conj64(a: pyir.complex64) -> pyir.complex64:
    r: pyir.complex64
    pyir.inline("""
        %im = extractvalue { float, float } %a, 1
        %neg = fneg float %im
        %r = insertvalue { float, float } %a, float %neg, 1
    """)
    return r


@pyir.function
def swap(p: pyir.struct([pyir.int32, pyir.float64])) -> pyir.struct([pyir.float64, pyir.int32]):
    r: pyir.struct([pyir.float64, pyir.int32])
    pyir.inline("""
        %i = extractvalue { i32, double } %p, 0
        %d = extractvalue { i32, double } %p, 1
        %r = insertvalue { double, i32 } undef, double %d, 0
        %r = insertvalue { double, i32 } %r, i32 %i, 1
    """)
    return r


@pyir.function
def vscale(v: pyir.vec4f, s: pyir.float32) -> pyir.vec4f:
    r: pyir.vec4f
    pyir.inline("""
        %s0 = insertelement <4 x float> undef, float %s, i32 0
        %ss = shufflevector <4 x float> %s0, <4 x float> undef, <4 x i32> zeroinitializer
        %r = fmul <4 x float> %v, %ss
    """)
    return r


@pyir.function
def vsum8i(v: pyir.vec8i) -> pyir.int32:
    r: int
    pyir.inline("%r = call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %v)")
    return r


@pyir.function
def sum_f64(p: pyir.ptr, n: pyir.int64) -> pyir.float64:
    total: float
    pyir.inline("""
    entry:
        br label %loop
    loop:
        %i = phi i64 [ 0, %entry ], [ %next, %body ]
        %acc = phi double [ 0.0, %entry ], [ %acc2, %body ]
        %more = icmp slt i64 %i, %n
        br i1 %more, label %body, label %done
    body:
        %addr = getelementptr double, ptr %p, i64 %i
        %x = load double, ptr %addr
        %acc2 = fadd double %acc, %x
        %next = add i64 %i, 1
        br label %loop
    done:
        %total = fadd double %acc, 0.0
    """)
    return total


@pyir.function
def store7(p: pyir.ptr):
    pyir.inline("store i32 7, ptr %p")


@pyir.function
def sdiv(a: int, b: int) -> int:
    r: int
    pyir.inline("%r = sdiv i32 %a, %b")
    return r


def test_ints():
    assert add(2, 3) == 5
    assert add(-7, 3) == -4
    assert add(2 ** 31 - 1, 1) == -(2 ** 31)        # i32 wraps
    assert add(4294967295, 0) == -1                 # unsigned spelling of -1
    assert add(np.int64(4), np.int32(5)) == 9
    assert add(a=1, b=2) == 3
    assert narrow(300) == 44 and narrow(200) == -56


def test_floats():
    assert fadd(1.5, 2.25) == 3.75
    assert fadd(0.1, 0.2) == float(np.float32(0.1) + np.float32(0.2))
    assert fadd(1, 2) == 3.0
    assert math.isnan(fadd(float("nan"), 1.0))
    assert dmul(0.1, 3.0) == 0.1 * 3.0
    assert isinstance(fadd(1.0, 2.0), float)


def test_bools():
    assert xor1(True, False) is True
    assert xor1(True, True) is False
    assert xor1(1, 0) is True


def test_complex():
    assert cmul(1 + 2j, 3 - 1j) == (1 + 2j) * (3 - 1j)
    assert cmul(2, 1j) == 2j
    assert isinstance(cmul(1j, 1j), complex)
    assert conj64(1.5 + 2.5j) == 1.5 - 2.5j
    assert conj64((1.0, 2.0)) == 1 - 2j


def test_structs_are_tuples():
    assert swap((7, 2.5)) == (2.5, 7)
    assert swap([-1, 0.25]) == (0.25, -1)


def test_vectors():
    out = vscale([1, 2, 3, 4], 0.5)
    assert isinstance(out, np.ndarray) and out.dtype == np.float32
    assert out.tolist() == [0.5, 1.0, 1.5, 2.0]
    assert vscale(np.arange(4, dtype=np.float32), 2).tolist() == [0, 2, 4, 6]
    assert vsum8i(range(8)) == 28


def test_pointers():
    a = np.arange(10, dtype=np.float64)
    assert sum_f64(a, len(a)) == 45.0
    assert sum_f64(a[3:], 2) == 7.0
    buf = np.zeros(1, np.int32)
    assert store7(buf) is None
    assert buf[0] == 7


def test_fast_path_is_used_where_ctypes_can():
    info = lambda f: pyir.get_kernel_metadata(f)
    if info(add)["engine"] != "jit":
        pytest.fail("the default engine should be the JIT on this host")
    for f in (add, fadd, dmul, xor1, narrow, cmul, sum_f64, store7):
        assert info(f)["fast_path"], f.__name__
    # vectors and results ctypes cannot receive ({float, float}, {double, i32}) go through pyir_call
    for f in (vscale, conj64, vsum8i, swap):
        assert not info(f)["fast_path"], f.__name__


def test_interpreter_engine_gives_the_same_results():
    @pyir.function(engine="interpreter")
    def iadd(a: pyir.int32, b: pyir.int32) -> pyir.int32:
        r: int
        pyir.inline("%r = add i32 %a, %b")
        return r

    @pyir.function(engine="interpreter")
    def icmul(a: complex, b: complex) -> complex:
        r: complex
        pyir.inline("""
            %ar = extractvalue { double, double } %a, 0
            %ai = extractvalue { double, double } %a, 1
            %br = extractvalue { double, double } %b, 0
            %bi = extractvalue { double, double } %b, 1
            %rr1 = fmul double %ar, %br
            %rr2 = fmul double %ai, %bi
            %rr = fsub double %rr1, %rr2
            %ri1 = fmul double %ar, %bi
            %ri2 = fmul double %ai, %br
            %ri = fadd double %ri1, %ri2
            %r = insertvalue { double, double } undef, double %rr, 0
            %r = insertvalue { double, double } %r, double %ri, 1
        """)
        return r

    md = pyir.get_kernel_metadata(iadd)
    assert md["engine"] == "interpreter" and not md["fast_path"]
    assert iadd(2 ** 31 - 1, 1) == -(2 ** 31)
    assert icmul(1 + 2j, 3 - 1j) == cmul(1 + 2j, 3 - 1j)
    with pytest.raises(TypeError, match="argument 'b' of iadd\\(\\) must be an int"):
        iadd(1, "2")


def test_options():
    @pyir.function(name="custom_name", fast_math=True, opt_level=3)
    def renamed(x: pyir.float32) -> pyir.float32:
        r: float
        pyir.inline("%r = fmul float %x, 2.0")
        return r

    assert renamed(4.0) == 8.0
    md = pyir.get_kernel_metadata(renamed)
    assert md["ir_name"] == "custom_name" and md["name"] == "renamed"
    assert md["opt_level"] == 3 and md["fast_math"] is True

    @pyir.function(opt_level=0)
    def o0(x: int) -> int:
        r: int
        pyir.inline("%r = mul i32 %x, 3")
        return r

    assert o0(5) == 15
    with pytest.raises(ValueError, match="opt_level"):
        pyir.function(opt_level=7)
    with pytest.raises(ValueError, match="engine"):
        pyir.function(engine="gpu")


def test_wrapper_keeps_python_identity():
    assert add.__name__ == "add"
    assert add.__doc__ is None
    assert list(inspect.signature(add).parameters) == ["a", "b"]
    assert add.__module__ == __name__


def test_async_def_returns_awaitable():
    @pyir.function
    async def amul(a: pyir.float64, b: pyir.float64) -> pyir.float64:
        r: float
        pyir.inline("%r = fmul double %a, %b")
        return r

    aw = amul(3.0, 4.0)
    assert inspect.isawaitable(aw)
    assert asyncio.run(aw) == 12.0
    assert pyir.get_kernel_metadata(amul)["is_async"] is True

    async def two():
        return await asyncio.gather(amul(1.0, 2.0), amul(3.0, 3.0))

    assert asyncio.run(two()) == [2.0, 9.0]


def test_trap_raises_and_the_next_call_works():
    with pytest.raises(pyir.TrapError) as ei:
        sdiv(1, 0)
    assert isinstance(ei.value, RuntimeError)
    assert "division by zero" in str(ei.value).lower()
    assert ei.value.message == "division by zero"
    assert ei.value.ir_file == __file__ and ei.value.ir_line > 0
    assert sdiv(7, 2) == 3
    with pytest.raises(pyir.TrapError):
        sdiv(-2 ** 31, -1)
    assert sdiv(-9, 3) == -3


def test_string_annotations(py):
    proc = py('''
        from __future__ import annotations
        import pyir

        @pyir.function
        def mul(a: pyir.float64, b: float) -> pyir.float64:
            r: float
            pyir.inline("""
                %bd = fpext float %b to double
                %r = fmul double %a, %bd
            """)
            return r

        @pyir.function
        def vneg(v: "<2 x i64>") -> "<2 x i64>":
            r: int
            pyir.inline("%r = sub <2 x i64> zeroinitializer, %v")
            return r

        print(mul(1.5, 2.0), vneg([3, -4]).tolist())
    ''')
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "3.0 [-3, 4]"


def test_many_threads_share_a_kernel():
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(4) as ex:
        results = list(ex.map(lambda i: add(i, i), range(2000)))
    assert results == [2 * i for i in range(2000)]
