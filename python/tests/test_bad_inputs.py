"""Bad input of every kind gets the documented exception with a clear message, and the process
survives: malformed and ill-typed IR, wrong argument types and counts, wrong dtypes and shapes,
unknown function names, trapping kernels (run in a subprocess where a crash would kill pytest),
bad decorator use, and a missing native library."""
import ctypes

import numpy as np
import pytest

import pyir


@pyir.function
def add(a: pyir.int32, b: pyir.int32) -> pyir.int32:
    r: int
    pyir.inline("%r = add i32 %a, %b")
    return r


@pyir.function
def vadd(a: pyir.vec4f, b: pyir.vec4f) -> pyir.vec4f:
    r: pyir.vec4f
    pyir.inline("%r = fadd <4 x float> %a, %b")
    return r


@pyir.function
def scale(z: pyir.complex128, s: pyir.float64) -> pyir.complex128:
    r: complex
    pyir.inline("""
        %re = extractvalue { double, double } %z, 0
        %r = insertvalue { double, double } %z, double %s, 0
    """)
    return r


# Malformed and ill-typed IR ----------------------------------------------------------------------
@pytest.mark.parametrize("text, exc, line", [
    ("define i32 @f( {\n  ret i32 0\n}\n", pyir.IRSyntaxError, 2),
    ("define i32 @f() {\n  %x = add i32 1\n  ret i32 %x\n}\n", pyir.IRSyntaxError, 3),
    ("define i32 @f() {\n  ret float 0.0\n}\n", pyir.IRSyntaxError, 2),
    ("define i32 @f(i32 %a) {\n  %x = fadd i32 %a, %a\n  ret i32 %x\n}\n", pyir.IRSyntaxError, 2),
    ("define i32 @f() {\n  %x = call i32 @missing()\n  ret i32 %x\n}\n", pyir.IRSyntaxError, 2),
    ("garbage", pyir.IRSyntaxError, 1),
    ("define i32 @f() {\n  ret i32 0\n", pyir.IRSyntaxError, None),
    ("define i32 @f() {\nentry:\n  %x = add i32 1, 2\n}\n", pyir.IRSyntaxError, 4),
    # found by the verifier: IRTypeError, an IRSyntaxError subclass
    ("define i32 @f(i1 %c) {\nentry:\n  br i1 %c, label %a, label %b\na:\n  %x = add i32 1, 2\n"
     "  br label %b\nb:\n  ret i32 %x\n}\n", pyir.IRTypeError, 8),
    ("define i32 @f() {\nentry:\n  br label %b\nb:\n  %p = phi i32 [ 1, %entry ], [ 2, %entry ]\n"
     "  ret i32 %p\n}\n", pyir.IRTypeError, 5),
])
def test_malformed_modules(text, exc, line):
    with pytest.raises(exc) as ei:
        pyir.compile(text)
    err = ei.value
    assert isinstance(err, SyntaxError)
    assert err.msg and "error:" not in err.msg and "^" not in err.msg
    assert err.filename == "<pyir.compile>"
    if line is not None:
        assert err.lineno == line


def test_nul_and_non_text():
    with pytest.raises(pyir.IRSyntaxError, match="NUL"):
        pyir.compile("define void @f() {\n\x00}\n")
    with pytest.raises(TypeError, match="as a str"):
        pyir.compile(b"define void @f() { ret void }")


def test_seed_add_complex_is_rejected():
    # The seed README's add_complex inserts %b (a {float, float}) into %a with no element type:
    # LLVM's grammar reads '%b' as the element type, so libpyir reports it where the value is missing.
    with pytest.raises(pyir.IRSyntaxError) as ei:
        @pyir.function
        def add_complex(a: pyir.complex64, b: pyir.complex64) -> pyir.complex64:
            result: pyir.complex64
            pyir.inline("""
                %result = insertvalue {float, float} %a, %b, 0
            """)
            return result
    assert ei.value.filename == __file__
    assert "insertvalue" in ei.value.text
    assert ei.value.text.index("insertvalue") < ei.value.offset


# Wrong arguments ---------------------------------------------------------------------------------
@pytest.mark.parametrize("args, exc, msg", [
    ((1,), TypeError, "missing 1 required positional argument: 'b'"),
    ((1, 2, 3), TypeError, "takes 2 positional arguments but 3 were given"),
    (("1", 2), TypeError, "argument 'a' of add\\(\\) must be an int for i32, got str"),
    ((1, 2.5), TypeError, "argument 'b' of add\\(\\) must be an int for i32, got float"),
    ((None, 2), TypeError, "argument 'a' of add\\(\\) must be an int for i32, got NoneType"),
    ((2 ** 40, 1), OverflowError, "argument 'a' of add\\(\\): 1099511627776 does not fit in i32"),
    (([1], 2), TypeError, "argument 'a' of add\\(\\) must be an int"),
])
def test_wrong_scalar_arguments(args, exc, msg):
    with pytest.raises(exc, match=msg):
        add(*args)
    assert add(1, 2) == 3


def test_wrong_keyword():
    with pytest.raises(TypeError, match="unexpected keyword argument 'c'"):
        add(1, c=2)


@pytest.mark.parametrize("args, msg", [
    (([1, 2, 3], [1, 2, 3, 4]), "argument 'a' of vadd\\(\\) must have shape \\(4,\\)"),
    (([1, 2, 3, 4], "abcd"), "argument 'b' of vadd\\(\\) must be a sequence or array"),
    (([1, 2, 3, 4], [1j, 2, 3, 4]), "argument 'b' of vadd\\(\\): cannot convert elements of dtype complex128"),
    ((np.ones((2, 2)), [0, 0, 0, 0]), "must have shape \\(4,\\) for <4 x float>, got shape \\(2, 2\\)"),
])
def test_wrong_vector_arguments(args, msg):
    with pytest.raises(TypeError, match=msg):
        vadd(*args)


def test_wrong_aggregate_arguments():
    with pytest.raises(TypeError, match="argument 'z' of scale\\(\\) must be a complex number"):
        scale("1+2j", 1.0)
    with pytest.raises(TypeError, match="argument 's' of scale\\(\\) must be a float"):
        scale(1j, "x")
    assert scale(1 + 1j, 5.0) == 5 + 1j


def test_wrong_pointer_arguments():
    @pyir.function
    def load(p: pyir.ptr) -> pyir.int32:
        r: int
        pyir.inline("%r = load i32, ptr %p")
        return r

    with pytest.raises(TypeError, match="argument 'p' of load\\(\\) must be a pointer"):
        load(1.5)
    with pytest.raises(OverflowError, match="argument 'p' of load\\(\\): address -1 is out of range"):
        load(-1)
    assert load(np.array([41], np.int32)) == 41


# Decorator misuse ----------------------------------------------------------------------------------
def test_missing_annotations():
    with pytest.raises(TypeError, match="parameter 'b' needs a type annotation"):
        @pyir.function
        def f(a: int, b) -> int:
            r: int
            pyir.inline("%r = add i32 %a, %b")
            return r


def test_bad_annotation():
    with pytest.raises(TypeError, match="parameter 'a': .* is not a PyIR type"):
        @pyir.function
        def f(a: list) -> int:
            r: int
            pyir.inline("%r = add i32 1, 1")
            return r


def test_return_without_annotation_and_annotation_without_return():
    with pytest.raises(TypeError, match="returns 'r' but has no return annotation"):
        @pyir.function
        def f(a: int):
            r: int
            pyir.inline("%r = add i32 %a, 1")
            return r
    with pytest.raises(TypeError, match="no 'return NAME'"):
        @pyir.function
        def g(a: int) -> int:
            pyir.inline("%r = add i32 %a, 1")


def test_varargs_rejected():
    with pytest.raises(TypeError, match="only plain positional parameters"):
        @pyir.function
        def f(*a: int) -> int:
            r: int
            pyir.inline("%r = add i32 1, 1")
            return r


def test_decorating_a_non_function():
    with pytest.raises(TypeError, match="decorates a Python function"):
        pyir.function(42)
    with pytest.raises(ValueError, match="name must be"):
        pyir.function(name="@bad")


def test_snippet_with_unknown_type_in_params():
    with pytest.raises(ValueError, match="cannot read LLVM type text"):
        pyir.vector("flaot", 4)


# Unknown names -------------------------------------------------------------------------------------
def test_unknown_function_names():
    m = pyir.compile("define void @only() {\n  ret void\n}\n")
    with pytest.raises(AttributeError, match="no function @other"):
        m.other()
    with pytest.raises(KeyError):
        m["other"]
    with pytest.raises(TypeError):
        m[3]


# NumPy kernels -------------------------------------------------------------------------------------
def test_numpy_kernel_bad_inputs():
    @pyir.function
    def twice(x: pyir.int32) -> pyir.int32:
        r: int
        pyir.inline("%r = mul i32 %x, 2")
        return r

    k = pyir.numpy_kernel(twice)
    with pytest.raises(TypeError, match="argument 'x' has dtype float64"):
        k(np.ones(3))
    with pytest.raises(TypeError, match="argument 'x' has dtype object|argument 'x' is not array-like"):
        k(np.array([object()]))
    with pytest.raises(TypeError, match="out must be a NumPy array"):
        k(np.ones(3, np.int32), out=[0, 0, 0])
    with pytest.raises(ValueError, match="do not broadcast"):
        k(np.ones(3, np.int32), out=np.zeros(4, np.int32))
    ro = np.zeros(3, np.int32)
    ro.flags.writeable = False
    with pytest.raises(ValueError, match="read-only"):
        k(np.ones(3, np.int32), out=ro)
    with pytest.raises(ValueError, match="num_threads"):
        pyir.numpy_kernel(twice, num_threads=0)
    assert k(np.array([1, 2], np.int32)).tolist() == [2, 4]


# Traps: in a subprocess, so that a crash would show as a failed test instead of killing pytest -----
TRAPS = r'''
import numpy as np, pyir

@pyir.function
def div(a: int, b: int) -> int:
    r: int
    pyir.inline("%r = sdiv i32 %a, %b")
    return r

@pyir.function
def unreach(a: int) -> int:
    r: int
    pyir.inline("""
        %r = add i32 %a, 1
        %c = icmp eq i32 %a, 13
        br i1 %c, label %bad, label %ok
    bad:
        unreachable
    ok:
    """)
    return r

@pyir.function
def deref(p: pyir.ptr) -> pyir.int64:
    r: int
    pyir.inline("%r = load i64, ptr %p")
    return r

@pyir.function
def forever(n: pyir.int64) -> pyir.int64:
    r: int
    pyir.inline("""
        %m = add i64 %n, 1
        %r = call i64 @forever(i64 %m)
    """)
    return r

@pyir.function(engine="interpreter")
def idiv(a: int, b: int) -> int:
    r: int
    pyir.inline("%r = sdiv i32 %a, %b")
    return r

cases = [("div", lambda: div(1, 0)), ("unreachable", lambda: unreach(13)),
         ("null", lambda: deref(0)), ("wild", lambda: deref(0x7ff0deadbeef0000 & 0xFFFFFFFFFFF0)),
         ("noncanonical", lambda: deref(0x8000000000000000)), ("stack", lambda: forever(0)),
         ("interp-div", lambda: idiv(1, 0)),
         ("numpy-div", lambda: pyir.numpy_kernel(div)(np.ones(4, np.int32), np.zeros(4, np.int32)))]
for name, fn in cases:
    try:
        fn()
        print(name, "NO-TRAP")
    except pyir.TrapError as e:
        print(name, "TrapError", str(e).replace("\n", " ")[:200])
print("after", div(9, 3), unreach(1))
'''


def test_trapping_kernels_do_not_kill_the_process(py):
    proc = py(TRAPS)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = dict(l.split(" ", 1) for l in proc.stdout.splitlines())
    for name in ("div", "unreachable", "null", "wild", "noncanonical", "stack", "interp-div", "numpy-div"):
        assert lines[name].startswith("TrapError"), (name, lines[name])
    assert "division by zero" in lines["div"].lower()
    assert "unreachable" in lines["unreachable"].lower()
    assert "memory" in lines["null"].lower()
    assert "stack" in lines["stack"].lower()
    assert lines["after"] == "3 2"


def test_trap_error_is_a_runtime_error():
    assert issubclass(pyir.TrapError, RuntimeError)
    assert issubclass(pyir.IRSyntaxError, SyntaxError)
    assert issubclass(pyir.IRTypeError, pyir.IRSyntaxError)
    assert issubclass(pyir.LibraryNotFoundError, ImportError)


# The library ---------------------------------------------------------------------------------------
def test_missing_library_is_a_clear_error(py):
    proc = py("""
        import pyir
        print(pyir.vec4f.llvm)            # types work without the library
        try:
            pyir.compile("define void @f() {\\n  ret void\\n}\\n")
        except ImportError as e:
            print(type(e).__name__, e)
    """, env={"PYIR_LIBRARY": "/nonexistent/libpyir.so"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[0] == "<4 x float>"
    assert out[1].startswith("LibraryNotFoundError pyir: the native library libpyir.so was not found at /nonexistent/libpyir.so")
    assert "PYIR_LIBRARY" in out[1]


def test_not_a_library(py, tmp_path):
    bogus = tmp_path / "libpyir.so"
    bogus.write_bytes(b"not an ELF file")
    proc = py("""
        import pyir
        try:
            pyir.compile("")
        except ImportError as e:
            print(type(e).__name__, e)
    """, env={"PYIR_LIBRARY": str(bogus)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"LibraryNotFoundError pyir: the native library {bogus} could not be loaded")


def test_the_library_is_loaded():
    from pyir import _lib
    assert isinstance(_lib.lib(), ctypes.CDLL)
    assert pyir.version() == "0.4.0"
    feats = pyir.cpu_features()
    if feats & 256:   # the JIT can run here: kernels use it by default
        assert feats & 0b111 == 0b111  # it needs AVX2, FMA and BMI2
        assert pyir.get_kernel_metadata(add)["engine"] == "jit"
    else:
        assert pyir.get_kernel_metadata(add)["engine"] == "interpreter"


def test_nul_in_a_snippet():
    with pytest.raises(pyir.IRSyntaxError, match="NUL") as ei:
        @pyir.function
        def nul(a: int) -> int:
            r: int
            pyir.inline("%r = add i32 %a, 1\x00garbage")
            return r
    assert ei.value.filename == __file__
    with pytest.raises(ValueError, match="name must be"):
        pyir.function(name="a\x00b")
