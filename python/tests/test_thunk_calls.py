"""Calls through the entry thunk (call_path "thunk"): vectors of every element type and odd
lengths, masks, half, structs, complex, nested structs, results in registers and in memory. Every
function is also run in the interpreter (through pyir_call) and checked against NumPy/Python; bad
arguments raise TypeError/OverflowError, traps raise TrapError and the next call works, and threads
calling at once each get their own answers."""
import threading

import numpy as np
import pytest

import pyir

# (LLVM element, NumPy dtype, lengths)
ELEMENTS = [
    ("i8", np.int8, (7, 16, 32)),
    ("i16", np.int16, (5, 8, 16)),
    ("i32", np.int32, (3, 4, 8, 16)),
    ("i64", np.int64, (2, 3, 4, 8)),
    ("half", np.float16, (4, 8)),
    ("float", np.float32, (2, 3, 4, 5, 8, 16)),
    ("double", np.float64, (2, 3, 4, 8)),
]
MASK_LANES = (2, 3, 4, 5, 8, 16, 32)


def _vector_module():
    out = []
    for el, _, lengths in ELEMENTS:
        op = "fadd" if el in ("half", "float", "double") else "add"
        for n in lengths:
            t = f"<{n} x {el}>"
            out.append(f"define {t} @add_{el}_{n}({t} %a, {t} %b) {{\n  %r = {op} {t} %a, %b\n  ret {t} %r\n}}")
    for n in MASK_LANES:
        m, v = f"<{n} x i1>", f"<{n} x i32>"
        out.append(f"define {m} @mand_{n}({m} %a, {m} %b) {{\n  %r = xor {m} %a, %b\n  ret {m} %r\n}}")
        out.append(f"define {m} @mlt_{n}({v} %a, {v} %b) {{\n  %r = icmp slt {v} %a, %b\n  ret {m} %r\n}}")
        b = f"<{n} x i8>"
        out.append(f"define {b} @msel_{n}({m} %m, {b} %a, {b} %b) {{\n  %r = select {m} %m, {b} %a, {b} %b\n  ret {b} %r\n}}")
    out.append("define <4 x ptr> @pid(<4 x ptr> %p) {\n  ret <4 x ptr> %p\n}")  # the JIT moves pointer vectors only
    return "\n".join(out) + "\n"


STRUCTS = """
define { float, float } @cmul({ float, float } %x, { float, float } %y) {
  %a = extractvalue { float, float } %x, 0
  %b = extractvalue { float, float } %x, 1
  %c = extractvalue { float, float } %y, 0
  %d = extractvalue { float, float } %y, 1
  %ac = fmul float %a, %c
  %bd = fmul float %b, %d
  %ad = fmul float %a, %d
  %bc = fmul float %b, %c
  %re = fsub float %ac, %bd
  %im = fadd float %ad, %bc
  %r0 = insertvalue { float, float } undef, float %re, 0
  %r1 = insertvalue { float, float } %r0, float %im, 1
  ret { float, float } %r1
}
define { <4 x float>, float } @scale({ <4 x float>, float } %s) {
  %v = extractvalue { <4 x float>, float } %s, 0
  %k = extractvalue { <4 x float>, float } %s, 1
  %i = insertelement <4 x float> poison, float %k, i32 0
  %b = shufflevector <4 x float> %i, <4 x float> poison, <4 x i32> zeroinitializer
  %m = fmul <4 x float> %v, %b
  %e = extractelement <4 x float> %m, i32 3
  %r0 = insertvalue { <4 x float>, float } undef, <4 x float> %m, 0
  %r1 = insertvalue { <4 x float>, float } %r0, float %e, 1
  ret { <4 x float>, float } %r1
}
define { double, i32 } @di(double %x, i32 %n) {
  %f = sitofp i32 %n to double
  %s = fadd double %x, %f
  %m = mul i32 %n, 3
  %r0 = insertvalue { double, i32 } undef, double %s, 0
  %r1 = insertvalue { double, i32 } %r0, i32 %m, 1
  ret { double, i32 } %r1
}
define { { i32, float }, double } @nest({ { i32, float }, double } %s, i8 %k) {
  %i = extractvalue { { i32, float }, double } %s, 0, 0
  %kk = sext i8 %k to i32
  %j = add i32 %i, %kk
  %d = extractvalue { { i32, float }, double } %s, 1
  %d2 = fmul double %d, 2.0
  %r0 = insertvalue { { i32, float }, double } %s, i32 %j, 0, 0
  %r1 = insertvalue { { i32, float }, double } %r0, double %d2, 1
  ret { { i32, float }, double } %r1
}
define { i32, i32, i32 } @three(i32 %a) {
  %b = add i32 %a, 1
  %c = add i32 %a, 2
  %r0 = insertvalue { i32, i32, i32 } undef, i32 %a, 0
  %r1 = insertvalue { i32, i32, i32 } %r0, i32 %b, 1
  %r2 = insertvalue { i32, i32, i32 } %r1, i32 %c, 2
  ret { i32, i32, i32 } %r2
}
define [6 x float] @six(<4 x float> %v) {
  %a = extractelement <4 x float> %v, i32 0
  %b = extractelement <4 x float> %v, i32 3
  %r0 = insertvalue [6 x float] zeroinitializer, float %a, 0
  %r1 = insertvalue [6 x float] %r0, float %b, 5
  ret [6 x float] %r1
}
define { <4 x i1>, i8 } @mcount(<4 x i32> %v) {
  %m = icmp sgt <4 x i32> %v, zeroinitializer
  %z = zext <4 x i1> %m to <4 x i8>
  %s = call i8 @llvm.vector.reduce.add.v4i8(<4 x i8> %z)
  %r0 = insertvalue { <4 x i1>, i8 } undef, <4 x i1> %m, 0
  %r1 = insertvalue { <4 x i1>, i8 } %r0, i8 %s, 1
  ret { <4 x i1>, i8 } %r1
}
declare i8 @llvm.vector.reduce.add.v4i8(<4 x i8>)
define half @hmul(half %a, half %b) {
  %r = fmul half %a, %b
  ret half %r
}
define i1 @any(<8 x i1> %m, i1 %also) {
  %z = bitcast <8 x i1> %m to i8
  %nz = icmp ne i8 %z, 0
  %r = or i1 %nz, %also
  ret i1 %r
}
"""

TRAPS = """
define { float, float } @boom({ float, float } %z) {
  %re = extractvalue { float, float } %z, 0
  %neg = fcmp olt float %re, 0.0
  br i1 %neg, label %bad, label %ok
bad:
  unreachable
ok:
  ret { float, float } %z
}
define <4 x float> @forever(<4 x float> %v) {
  %r = call <4 x float> @forever(<4 x float> %v)
  ret <4 x float> %r
}
define <4 x i32> @vdiv(<4 x i32> %a, i32 %d) {
  %e = extractelement <4 x i32> %a, i32 0
  %q = sdiv i32 %e, %d
  %r = insertelement <4 x i32> %a, i32 %q, i32 0
  ret <4 x i32> %r
}
"""


@pytest.fixture(scope="module")
def vec():
    text = _vector_module()
    return pyir.compile(text, engine="jit"), pyir.compile(text, engine="interpreter")


@pytest.fixture(scope="module")
def agg():
    return pyir.compile(STRUCTS, engine="jit"), pyir.compile(STRUCTS, engine="interpreter")


@pytest.fixture(scope="module")
def traps():
    return pyir.compile(TRAPS, engine="jit")


def _path(f):
    return pyir.get_kernel_metadata(f)["call_path"]


def _random(dtype, n, rng):
    if np.dtype(dtype).kind == "f":
        return (rng.standard_normal(n) * 100).astype(dtype)
    info = np.iinfo(dtype)
    return rng.integers(info.min, info.max, size=n, endpoint=True, dtype=dtype)


@pytest.mark.parametrize("el, dtype, n", [(el, dt, n) for el, dt, ns in ELEMENTS for n in ns],
                         ids=[f"{el}x{n}" for el, _, ns in ELEMENTS for n in ns])
def test_vector_add_every_element_type(vec, el, dtype, n):
    jit, interp = vec
    f = getattr(jit, f"add_{el}_{n}")
    assert _path(f) == "thunk"
    rng = np.random.default_rng(n * 31 + len(el))
    for _ in range(5):
        a, b = _random(dtype, n, rng), _random(dtype, n, rng)
        with np.errstate(over="ignore"):
            want = (a + b).astype(dtype)
        got = f(a, b)
        assert got.dtype == np.dtype(dtype) and got.shape == (n,)
        assert got.tobytes() == want.tobytes()
        assert got.tobytes() == getattr(interp, f"add_{el}_{n}")(a, b).tobytes()
        # lists and tuples are converted
        assert f(a.tolist(), tuple(b.tolist())).tobytes() == want.tobytes()


@pytest.mark.parametrize("n", MASK_LANES)
def test_masks(vec, n):
    jit, interp = vec
    rng = np.random.default_rng(n)
    for _ in range(5):
        a, b = rng.integers(0, 2, n).astype(bool), rng.integers(0, 2, n).astype(bool)
        assert _path(getattr(jit, f"mand_{n}")) == "thunk"
        got = getattr(jit, f"mand_{n}")(a, b)
        assert got.dtype == np.bool_ and got.tolist() == (a ^ b).tolist()
        assert getattr(jit, f"mand_{n}")(a.astype(int).tolist(), b).tolist() == (a ^ b).tolist()
        x, y = rng.integers(-5, 5, n, dtype=np.int32), rng.integers(-5, 5, n, dtype=np.int32)
        assert getattr(jit, f"mlt_{n}")(x, y).tolist() == (x < y).tolist() == getattr(interp, f"mlt_{n}")(x, y).tolist()
        x8, y8 = x.astype(np.int8), y.astype(np.int8)
        assert getattr(jit, f"msel_{n}")(a, x8, y8).tolist() == np.where(a, x8, y8).tolist()


def test_pointer_vectors(vec):
    jit, interp = vec
    p = np.array([1, 2**40, 2**64 - 1, 0], dtype=np.uint64)
    assert _path(jit.pid) == "thunk"
    assert jit.pid(p).tolist() == p.tolist() == interp.pid(p).tolist()


def test_wrong_vector_arguments(vec):
    jit, _ = vec
    f = jit.add_float_4
    x = np.ones(4, np.float32)
    for bad in ([1.0, 2.0, 3.0], np.ones(5, np.float32), np.ones((2, 2), np.float32), "abcd", None, 3.0,
                np.ones(4, np.complex64), [1.0, "a", 2.0, 3.0]):
        with pytest.raises(TypeError, match="argument 'a'"):
            f(bad, x)
    with pytest.raises(TypeError, match="argument 'b'"):
        f(x, np.ones(3, np.float32))
    with pytest.raises(TypeError):
        jit.mand_8(np.ones(8, np.float32), np.ones(8, bool))  # floats are not a mask
    with pytest.raises(TypeError):
        f(x)
    # arrays of other dtypes, non-contiguous and big-endian views are converted
    assert f(np.arange(4), x).tolist() == [1.0, 2.0, 3.0, 4.0]
    assert f(np.arange(8, dtype=np.float32)[::2], x).tolist() == [1.0, 3.0, 5.0, 7.0]
    assert f(np.arange(4, dtype=">f4"), x).tolist() == [1.0, 2.0, 3.0, 4.0]


def test_complex_and_structs(agg):
    jit, interp = agg
    assert all(_path(getattr(jit, n)) == "thunk" for n in ("cmul", "scale", "di", "nest", "three", "six", "mcount", "hmul"))
    assert jit.cmul((1.0, 2.0), (3.0, 4.0)) == (-5.0, 10.0) == interp.cmul((1.0, 2.0), (3.0, 4.0))
    assert jit.cmul(1 + 2j, 3 + 4j) == (-5.0, 10.0)
    v, k = jit.scale((np.array([1, 2, 3, 4], np.float32), 0.5))
    assert v.tolist() == [0.5, 1.0, 1.5, 2.0] and k == 2.0
    assert jit.di(0.25, -7) == (-6.75, -21) == interp.di(0.25, -7)
    assert jit.nest(((5, 1.5), 3.0), -2) == ((3, 1.5), 6.0) == interp.nest(((5, 1.5), 3.0), -2)
    assert jit.three(-1) == (-1, 0, 1) == interp.three(-1)
    assert jit.six([1, 2, 3, 4]) == (1.0, 0.0, 0.0, 0.0, 0.0, 4.0) == interp.six([1, 2, 3, 4])
    m, c = jit.mcount(np.array([3, -1, 0, 8], np.int32))
    assert m.tolist() == [True, False, False, True] and c == 2
    assert jit.hmul(1.5, -3.0) == -4.5 == interp.hmul(1.5, -3.0)
    assert jit.hmul(1e10, 1.0) == float("inf") == interp.hmul(1e10, 1.0)  # rounds like a C cast
    assert jit.any(np.zeros(8, bool), False) is False and jit.any([0, 0, 0, 1, 0, 0, 0, 0], False) is True


def test_wrong_struct_arguments(agg):
    jit, _ = agg
    with pytest.raises(TypeError, match="argument 'x'"):
        jit.cmul((1.0,), (1.0, 2.0))
    with pytest.raises(TypeError, match="argument 'y'"):
        jit.cmul((1.0, 2.0), "no")
    with pytest.raises(TypeError):
        jit.nest(((5, "a"), 3.0), 1)
    with pytest.raises(OverflowError):
        jit.nest(((2**32, 1.0), 3.0), 1)
    with pytest.raises(OverflowError):
        jit.nest(((1, 1.0), 3.0), 256)
    with pytest.raises(OverflowError):
        jit.di(1.0, 2**40)
    assert jit.nest(((2**32 - 1, 1.0), 3.0), 255) == ((-2, 1.0), 6.0)  # iN takes [-2**(N-1), 2**N)
    with pytest.raises(TypeError):
        jit.scale((np.ones(3, np.float32), 1.0))


def test_complex64_kernel():
    @pyir.function
    def cmul64(a: pyir.complex64, b: pyir.complex64) -> pyir.complex64:
        r: pyir.complex64
        pyir.inline("""
            %ar = extractvalue {float, float} %a, 0
            %ai = extractvalue {float, float} %a, 1
            %br = extractvalue {float, float} %b, 0
            %bi = extractvalue {float, float} %b, 1
            %t1 = fmul float %ar, %br
            %t2 = fmul float %ai, %bi
            %re = fsub float %t1, %t2
            %t3 = fmul float %ar, %bi
            %t4 = fmul float %ai, %br
            %im = fadd float %t3, %t4
            %r0 = insertvalue {float, float} undef, float %re, 0
            %r = insertvalue {float, float} %r0, float %im, 1
        """)
        return r

    assert _path(cmul64) == "thunk"
    assert cmul64(1 + 2j, 3 + 4j) == (1 + 2j) * (3 + 4j)
    assert cmul64(np.complex64(2j), 2) == 4j
    with pytest.raises(TypeError):
        cmul64("x", 1j)


def test_traps_raise_and_the_next_call_works(traps):
    with pytest.raises(pyir.TrapError, match="unreachable"):
        traps.boom((-1.0, 0.0))
    assert traps.boom((1.0, 2.0)) == (1.0, 2.0)
    with pytest.raises(pyir.TrapError, match="stack overflow"):
        traps.forever(np.ones(4, np.float32))
    with pytest.raises(pyir.TrapError, match="division by zero") as e:
        traps.vdiv(np.array([7, 1, 2, 3], np.int32), 0)
    assert e.value.ir_line > 0
    assert traps.vdiv(np.array([7, 1, 2, 3], np.int32), 2).tolist() == [3, 1, 2, 3]
    assert all(_path(getattr(traps, n)) == "thunk" for n in ("boom", "forever", "vdiv"))


def test_threads_call_at_once(vec, agg):
    jit, _ = vec
    sjit, _ = agg
    errors = []

    def worker(k):
        try:
            rng = np.random.default_rng(k)
            for i in range(300):
                a = rng.standard_normal(8).astype(np.float32)
                b = np.full(8, k, np.float32)
                got = jit.add_float_8(a, b)
                if got.tobytes() != (a + b).tobytes():
                    errors.append((k, i, "vector"))
                z = sjit.cmul((float(k), 1.0), (float(i), 0.0))
                if z != (float(k * i), float(i)):
                    errors.append((k, i, "cmul", z))
                m = jit.mlt_8(np.arange(8, dtype=np.int32), np.full(8, k % 8, np.int32))
                if m.tolist() != [j < k % 8 for j in range(8)]:
                    errors.append((k, i, "mask"))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append((k, repr(e)))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_interpreter_modules_use_pyir_call(agg):
    _, interp = agg
    assert _path(interp.cmul) == "pyir_call"
    assert _path(pyir.compile("define i32 @f(i32 %a) {\n  ret i32 %a\n}\n", engine="jit").f) == "address"


RACE = """
define i64 @step(i64 %x) noinline {
  %r = add i64 %x, 1
  ret i64 %r
}
define i64 @count(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [0, %entry], [%j, %loop]
  %j = call i64 @step(i64 %i)
  %c = icmp slt i64 %j, %n
  br i1 %c, label %loop, label %done
done:
  ret i64 %j
}
define <2 x i64> @vcount(<2 x i64> %v, i64 %n) {
  %c = call i64 @count(i64 %n)
  %r = insertelement <2 x i64> %v, i64 %c, i32 1
  ret <2 x i64> %r
}
define <2 x i64> @forever(<2 x i64> %v) {
  %r = call <2 x i64> @forever(<2 x i64> %v)
  ret <2 x i64> %r
}
"""


def test_threads_each_keep_their_own_stack_limit():
    """Every entry sets the module's stack limit for its thread; threads inside one module at once
    must neither trap on another thread's limit nor miss their own runaway recursion. (Traps are
    raised only on the thunk path here: calls through the address share the module's status cell,
    docs/c-abi.md.)"""
    m = pyir.compile(RACE, engine="jit", opt_level=0)
    assert _path(m.count) == "address" and _path(m.vcount) == "thunk" and _path(m.forever) == "thunk"
    errors, overflows = [], []
    stop = threading.Event()

    def busy(k, address):
        try:
            while not stop.is_set():
                if address and m.count(20000) != 20000:
                    errors.append((k, "wrong count"))
                if m.vcount([k, 0], 5000).tolist() != [k, 5000]:
                    errors.append((k, "wrong vcount"))
        except Exception as e:  # noqa: BLE001 - a spurious stack overflow lands here
            errors.append((k, repr(e)))

    def runaway():
        for _ in range(10):
            try:
                m.forever([1, 2])
                errors.append("runaway recursion returned")
            except pyir.TrapError as e:
                overflows.append("stack overflow" in str(e))

    def run(workers, main):
        stop.clear()
        threads = [threading.Thread(target=w) for w in workers]
        for t in threads:
            t.start()
        main()  # the main thread's stack lies above the others'
        stop.set()
        for t in threads:
            t.join()

    def main_busy():
        for _ in range(200):
            if m.count(2000) != 2000 or m.vcount([9, 9], 100).tolist() != [9, 100]:
                errors.append("main: wrong result")

    run([lambda k=k: busy(k, True) for k in range(3)], main_busy)
    assert errors == []
    run([lambda k=k: busy(k, False) for k in range(2)] + [runaway], runaway)
    assert errors == []
    assert overflows == [True] * 20


def test_parameter_names_do_not_clash_with_the_generated_code():
    m = pyir.compile("define <2 x double> @f(<2 x double> %_amv, { float, float } %_r, i32 %_s) {\n"
                     "  %re = extractvalue { float, float } %_r, 0\n"
                     "  %d = fpext float %re to double\n"
                     "  %k = sitofp i32 %_s to double\n"
                     "  %t = fadd double %d, %k\n"
                     "  %v = insertelement <2 x double> %_amv, double %t, i32 1\n"
                     "  ret <2 x double> %v\n}\n", engine="jit")
    assert _path(m.f) == "thunk"
    assert m.f([1.0, 2.0], (0.5, 0.0), 3).tolist() == [1.0, 3.5]
    assert m.f(_amv=[1.0, 2.0], _r=(1.5, 0.0), _s=1).tolist() == [1.0, 2.5]
    # the same on the address path
    g = pyir.compile("define i32 @g(i32 %_cf, i32 %_st, { i32, i32 } %_v0, i32 %r) {\n"
                     "  %a = extractvalue { i32, i32 } %_v0, 1\n  %s = add i32 %_cf, %_st\n"
                     "  %t = add i32 %s, %a\n  %u = mul i32 %t, %r\n  ret i32 %u\n}\n", engine="jit")
    assert _path(g.g) == "address"
    assert g.g(1, 2, (100, 3), 10) == 60 and g.g(_cf=1, _st=1, _v0=(0, 1), r=2) == 6
