"""pyir.compile(text): whole modules, functions as attributes and items."""
import numpy as np
import pytest

import pyir

MODULE = """
@counter = global i64 0

define i32 @add(i32 %a, i32 %b) {
  %r = add i32 %a, %b
  ret i32 %r
}

define double @hypot2(double %x, double %y) {
  %x2 = fmul double %x, %x
  %y2 = fmul double %y, %y
  %s = fadd double %x2, %y2
  ret double %s
}

define i64 @bump() {
  %v = load i64, ptr @counter
  %w = add i64 %v, 1
  store i64 %w, ptr @counter
  ret i64 %w
}

define <4 x i32> @iota4(i32 %start) {
  %v0 = insertelement <4 x i32> undef, i32 %start, i32 0
  %s1 = add i32 %start, 1
  %v1 = insertelement <4 x i32> %v0, i32 %s1, i32 1
  %s2 = add i32 %start, 2
  %v2 = insertelement <4 x i32> %v1, i32 %s2, i32 2
  %s3 = add i32 %start, 3
  %v3 = insertelement <4 x i32> %v2, i32 %s3, i32 3
  ret <4 x i32> %v3
}

define { i32, i32 } @divmod(i32 %a, i32 %b) {
  %q = sdiv i32 %a, %b
  %m = srem i32 %a, %b
  %r0 = insertvalue { i32, i32 } undef, i32 %q, 0
  %r1 = insertvalue { i32, i32 } %r0, i32 %m, 1
  ret { i32, i32 } %r1
}

define i32 @add3(i32 %a, i32 %b, i32 %c) {
  %ab = call i32 @add(i32 %a, i32 %b)
  %r = call i32 @add(i32 %ab, i32 %c)
  ret i32 %r
}

declare double @llvm.sqrt.f64(double)
"""


@pytest.fixture(scope="module")
def mod():
    return pyir.compile(MODULE)


def test_functions_as_attributes(mod):
    assert mod.add(2, 3) == 5
    assert mod.hypot2(3.0, 4.0) == 25.0
    assert mod["add"](1, 1) == 2 and mod["@add"] is mod.add
    assert mod.add3(1, 2, 3) == 6


def test_function_list_and_text(mod):
    assert set(mod.functions) == {"add", "hypot2", "bump", "iota4", "divmod", "add3"}
    assert "llvm.sqrt.f64" not in mod.functions
    assert "define i32 @add(i32 %a, i32 %b)" in str(mod)
    assert "add" in dir(mod) and "add" in mod


def test_values_of_every_kind(mod):
    v = mod.iota4(10)
    assert isinstance(v, np.ndarray) and v.dtype == np.int32 and v.tolist() == [10, 11, 12, 13]
    assert mod.divmod(17, 5) == (3, 2)
    assert mod.divmod(-17, 5) == (-3, -2)


def test_globals_keep_state(mod):
    first = mod.bump()
    assert mod.bump() == first + 1


def test_parameter_names_come_from_the_text(mod):
    assert mod.add(a=4, b=5) == 9
    with pytest.raises(TypeError):
        mod.add(1)


def test_unknown_function(mod):
    with pytest.raises(AttributeError, match="no function @nope .*functions: .*add"):
        mod.nope
    with pytest.raises(KeyError, match="no function @nope"):
        mod["nope"]
    with pytest.raises(KeyError, match="llvm.sqrt.f64"):
        mod["llvm.sqrt.f64"]


def test_interpreter_engine_module():
    m = pyir.compile(MODULE, engine="interpreter")
    assert m.engine == "interpreter"
    assert m.add(2, 3) == 5 and m.divmod(17, 5) == (3, 2) and m.iota4(0).tolist() == [0, 1, 2, 3]


def test_filename_in_errors():
    with pytest.raises(pyir.IRSyntaxError) as ei:
        pyir.compile("define i32 @f() {\n  ret i32 %nothing\n}\n", filename="kernels.ll")
    assert ei.value.filename == "kernels.ll"
    assert ei.value.lineno == 2
    assert ei.value.text.strip() == "ret i32 %nothing"


def test_named_struct_types():
    m = pyir.compile("""%pair = type { i32, i32 }
define %pair @swap(%pair %p) {
  %a = extractvalue %pair %p, 0
  %b = extractvalue %pair %p, 1
  %r0 = insertvalue %pair undef, i32 %b, 0
  %r1 = insertvalue %pair %r0, i32 %a, 1
  ret %pair %r1
}
""")
    assert m.swap((1, -2)) == (-2, 1)
    assert pyir.get_kernel_metadata(m.swap)["return_type"] == pyir.struct([pyir.int32, pyir.int32])
