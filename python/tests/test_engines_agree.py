"""Both call paths and both engines agree: every function of one module is called through the JIT
(fast path where ctypes can express the signature, pyir_call otherwise) and through the
interpreter (always pyir_call, LLVM memory layout), and the results must be equal and right."""
import numpy as np
import pytest

import pyir

MODULE = """
define <8 x i1> @mask(<8 x i32> %v) {
  %r = icmp sgt <8 x i32> %v, zeroinitializer
  ret <8 x i1> %r
}
define i8 @count(<8 x i1> %m) {
  %z = zext <8 x i1> %m to <8 x i8>
  %r = call i8 @llvm.vector.reduce.add.v8i8(<8 x i8> %z)
  ret i8 %r
}
declare i8 @llvm.vector.reduce.add.v8i8(<8 x i8>)
define [2 x i32] @arr(i32 %a, [2 x i32] %p) {
  %x = extractvalue [2 x i32] %p, 0
  %y = add i32 %x, %a
  %r = insertvalue [2 x i32] %p, i32 %y, 1
  ret [2 x i32] %r
}
define { i8, { double, i16 } } @nested({ i8, { double, i16 } } %s, i8 %k) {
  %a = extractvalue { i8, { double, i16 } } %s, 0
  %b = add i8 %a, %k
  %r = insertvalue { i8, { double, i16 } } %s, i8 %b, 0
  ret { i8, { double, i16 } } %r
}
define <{ i8, i32 }> @packed(<{ i8, i32 }> %s) {
  %x = extractvalue <{ i8, i32 }> %s, 1
  %y = mul i32 %x, 2
  %r = insertvalue <{ i8, i32 }> %s, i32 %y, 1
  ret <{ i8, i32 }> %r
}
define { i64, double } @pair(i64 %a, double %b) {
  %r0 = insertvalue { i64, double } undef, i64 %a, 0
  %r1 = insertvalue { i64, double } %r0, double %b, 1
  ret { i64, double } %r1
}
define { double, i64 } @swap({ i64, double } %p) {
  %a = extractvalue { i64, double } %p, 0
  %b = extractvalue { i64, double } %p, 1
  %r0 = insertvalue { double, i64 } undef, double %b, 0
  %r1 = insertvalue { double, i64 } %r0, i64 %a, 1
  ret { double, i64 } %r1
}
define { ptr } @wrap(ptr %p) {
  %r = insertvalue { ptr } undef, ptr %p, 0
  ret { ptr } %r
}
define <16 x float> @wide(<16 x float> %a, <16 x float> %b) {
  %r = fadd <16 x float> %a, %b
  ret <16 x float> %r
}
define i1 @stack_args(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f, i32 %g, i32 %h, double %x1, double %x2, double %x3, double %x4, double %x5, double %x6, double %x7, double %x8, double %x9, double %x10) {
  %s1 = add i32 %a, %h
  %t = fptosi double %x10 to i32
  %r = icmp eq i32 %s1, %t
  ret i1 %r
}
define { float, float } @cswap({ float, float } %z) {
  %re = extractvalue { float, float } %z, 0
  %im = extractvalue { float, float } %z, 1
  %r0 = insertvalue { float, float } undef, float %im, 0
  %r1 = insertvalue { float, float } %r0, float %re, 1
  ret { float, float } %r1
}
define <2 x double> @vd(<2 x double> %v, double %s) {
  %e = extractelement <2 x double> %v, i32 1
  %m = fmul double %e, %s
  %r = insertelement <2 x double> %v, double %m, i32 1
  ret <2 x double> %r
}
define double @sum_nested({ i8, { double, i16 } } %s, [2 x float] %a, { float, float } %z) {
  %i = extractvalue { i8, { double, i16 } } %s, 0
  %d = extractvalue { i8, { double, i16 } } %s, 1, 0
  %w = extractvalue { i8, { double, i16 } } %s, 1, 1
  %if = sitofp i8 %i to double
  %wf = sitofp i16 %w to double
  %a1 = extractvalue [2 x float] %a, 1
  %a1d = fpext float %a1 to double
  %zi = extractvalue { float, float } %z, 1
  %zid = fpext float %zi to double
  %t1 = fadd double %if, %d
  %t2 = fadd double %t1, %wf
  %t3 = fadd double %t2, %a1d
  %t4 = fadd double %t3, %zid
  ret double %t4
}
"""

CASES = [
    ("sum_nested", ((-3, (0.5, 1000)), [0.0, 0.25], (9.0, 0.125)), -3 + 0.5 + 1000 + 0.25 + 0.125),
    ("mask", ([1, -1, 2, 0, 5, -5, 1, 1],), [True, False, True, False, True, False, True, True]),
    ("count", ([1, 1, 0, 1, 0, 0, 0, 1],), 4),
    ("arr", (10, (1, 2)), (1, 11)),
    ("nested", ((1, (2.5, 3)), 4), (5, (2.5, 3))),
    ("packed", ((7, 21),), (7, 42)),
    ("pair", (3, 0.5), (3, 0.5)),
    ("swap", ((3, 0.5),), (0.5, 3)),
    ("wrap", (1234,), (1234,)),
    ("wide", (np.arange(16), np.ones(16)), list(np.arange(1, 17, dtype=np.float32))),
    ("stack_args", (1, 0, 0, 0, 0, 0, 0, 2) + (0.0,) * 9 + (3.0,), True),
    ("cswap", ((1.0, 2.0),), (2.0, 1.0)),
    ("vd", ([1.0, 2.0], 4.0), [1.0, 8.0]),
]


@pytest.fixture(scope="module")
def modules():
    return {"jit": pyir.compile(MODULE, engine="jit"), "interpreter": pyir.compile(MODULE, engine="interpreter")}


@pytest.mark.parametrize("engine", ["jit", "interpreter"])
@pytest.mark.parametrize("name, args, expected", CASES, ids=[c[0] for c in CASES])
def test_engines_agree(modules, engine, name, args, expected):
    m = modules[engine]
    assert m.engine == engine
    got = getattr(m, name)(*args)
    if isinstance(got, np.ndarray):
        got = got.tolist()
    assert got == expected


def test_fast_path_choice(modules):
    fast = {n: pyir.get_kernel_metadata(getattr(modules["jit"], n))["fast_path"] for n, _, _ in CASES}
    assert {n for n, f in fast.items() if f} == {"pair", "swap", "wrap", "stack_args", "sum_nested"}
