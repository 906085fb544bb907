"""How @pyir.function lays a snippet out (line k of the body = line k of the .py file, first lines
indented to their column) and reads the returned name; and the module-text helpers used for
linking. Needs no native library: it checks the text handed to pyir_compile_snippet."""
import inspect
import linecache

import pytest

import pyir
from pyir._function import _read_snippet
from pyir._irtext import define_param_names, merge_modules, referenced_functions, split_entities


def _two_snippets(a, b):
    x: float
    pyir.inline("""
        %x = fadd float %a, %b
    """)
    pyir.inline("%x = fmul float %x, %x")
    return x


def test_body_lines_are_file_lines():
    sn = _read_snippet(_two_snippets)
    lines = sn.body.split("\n")
    first = inspect.getsourcelines(_two_snippets)[1]
    src = linecache.getlines(__file__)
    for i, line in enumerate(lines, start=1):
        if line.strip():
            # every non-blank body line sits at the file line it came from, same column
            assert line.strip() in src[i - 1]
            assert src[i - 1].index(line.strip()) == line.index(line.strip())
    assert sn.return_name == "x"
    assert sn.filename == __file__
    assert sum(1 for l in lines if l.strip()) == 2
    assert lines[first + 2].strip() == "%x = fadd float %a, %b"
    assert sn.texts[1] == "%x = fmul float %x, %x"


def _void_snippet(p):
    pyir.inline("store i32 0, ptr %p")


def _escaped(a):
    r: int
    pyir.inline("%r = add i32 %a, 1\n%r = add i32 %r, 2")
    return r


def test_void_and_escaped_newlines():
    assert _read_snippet(_void_snippet).return_name is None
    sn = _read_snippet(_escaped)
    body = [l.strip() for l in sn.body.split("\n") if l.strip()]
    assert body == ["%r = add i32 %a, 1", "%r = add i32 %r, 2"]


def _not_literal(a):
    text = "%r = add i32 %a, 1"
    pyir.inline(text)
    return a


def _returns_expression(a):
    pyir.inline("%r = add i32 %a, 1")
    return a + 1


def _no_ir(a):
    return a


@pytest.mark.parametrize("fn, msg", [
    (_not_literal, "pyir.inline takes one string literal"),
    (_returns_expression, "return must name the snippet value"),
    (_no_ir, "the body has no pyir.inline"),
])
def test_snippet_shape_errors(fn, msg):
    with pytest.raises(pyir.IRSyntaxError, match=msg) as ei:
        _read_snippet(fn)
    assert ei.value.filename == __file__
    assert linecache.getline(__file__, ei.value.lineno).strip() == ei.value.text.strip()


def test_no_source():
    ns = {}
    exec("def f(a):\n    return a\n", ns)
    with pytest.raises(TypeError, match="needs the source"):
        _read_snippet(ns["f"])


MOD_A = """; ModuleID = 'a'
source_filename = "a"

@g = global i32 7

define float @relu(float %x) {
entry:
  %c = fcmp ogt float %x, 0.0
  %r = select i1 %c, float %x, float 0.0
  ret float %r
}

declare float @other(float)
"""

MOD_B = """source_filename = "b"

define float @other(float %y) {
  ret float %y
}

define float @relu(float %x) {
  ret float %x
}
"""


def test_split_and_merge():
    kinds = [(k, key) for k, key, _ in split_entities(MOD_A)]
    assert kinds == [("other", 'source_filename = "a"'), ("global", "@g"), ("define", "relu"), ("declare", "other")]
    merged = merge_modules([MOD_A, MOD_B])
    assert merged.count("define float @relu") == 1
    assert "define float @other(float %y)" in merged and "declare float @other" not in merged
    assert merged.count("source_filename") == 1
    assert merged.count("@g = global") == 1


def test_references_and_param_names():
    assert referenced_functions("%r = call float @relu(float %x)\n%s = call float @llvm.exp.f32(float %r)") == \
        ["relu", "llvm.exp.f32"]
    assert define_param_names(MOD_A, "relu") == ["x"]
    assert define_param_names("define { i32, i32 } @f({ i32, i32 } %p, <4 x float> %v, i32) {\n}\n", "f") == ["p", "v", None]
