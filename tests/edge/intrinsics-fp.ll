; Floating-point intrinsics: minnum/maxnum/minimum/maximum with NaN and signed zeros, copysign,
; fabs, floor/ceil/trunc/round/roundeven/rint/nearbyint at .5 ties and on negative values, fma
; (where fusing changes the result), fmuladd (on inputs where fused and unfused agree, since LLVM
; lets it choose), sqrt, powi (on exactly representable results), vector reductions.
; minnum/maxnum of +0 and -0 may return either zero in LLVM, so only "== 0" is checked for them.
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_minnum_d_0
; CHECK: 1.0
define double @t_minnum_d_0() {
  %r = call double @llvm.minnum.f64(double 0x7FF8000000000000, double 1.0)
  ret double %r
}

; RUN: pyir run %s --entry t_minnum_d_1
; CHECK: 1.0
define double @t_minnum_d_1() {
  %r = call double @llvm.minnum.f64(double 1.0, double 0x7FF8000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_minnum_d_2
; CHECK: nan
define double @t_minnum_d_2() {
  %r = call double @llvm.minnum.f64(double 0x7FF8000000000000, double 0x7FF8000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_minnum_d_3
; CHECK: -2.0
define double @t_minnum_d_3() {
  %r = call double @llvm.minnum.f64(double -2.0, double 3.0)
  ret double %r
}

; RUN: pyir run %s --entry t_minnum_d_4
; CHECK: -inf
define double @t_minnum_d_4() {
  %r = call double @llvm.minnum.f64(double 0xFFF0000000000000, double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_minnum_d_5_iszero
; CHECK: true
define i1 @t_minnum_d_5_iszero() {
  %m = call double @llvm.minnum.f64(double -0.0, double 0.0)
  %r = fcmp oeq double %m, 0.0
  ret i1 %r
}

; RUN: pyir run %s --entry t_minnum_d_6_iszero
; CHECK: true
define i1 @t_minnum_d_6_iszero() {
  %m = call double @llvm.minnum.f64(double 0.0, double -0.0)
  %r = fcmp oeq double %m, 0.0
  ret i1 %r
}

; RUN: pyir run %s --entry t_maxnum_d_0
; CHECK: 1.0
define double @t_maxnum_d_0() {
  %r = call double @llvm.maxnum.f64(double 0x7FF8000000000000, double 1.0)
  ret double %r
}

; RUN: pyir run %s --entry t_maxnum_d_1
; CHECK: 1.0
define double @t_maxnum_d_1() {
  %r = call double @llvm.maxnum.f64(double 1.0, double 0x7FF8000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_maxnum_d_2
; CHECK: nan
define double @t_maxnum_d_2() {
  %r = call double @llvm.maxnum.f64(double 0x7FF8000000000000, double 0x7FF8000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_maxnum_d_3
; CHECK: 3.0
define double @t_maxnum_d_3() {
  %r = call double @llvm.maxnum.f64(double -2.0, double 3.0)
  ret double %r
}

; RUN: pyir run %s --entry t_maxnum_d_4
; CHECK: inf
define double @t_maxnum_d_4() {
  %r = call double @llvm.maxnum.f64(double 0xFFF0000000000000, double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_maxnum_d_5_iszero
; CHECK: true
define i1 @t_maxnum_d_5_iszero() {
  %m = call double @llvm.maxnum.f64(double -0.0, double 0.0)
  %r = fcmp oeq double %m, 0.0
  ret i1 %r
}

; RUN: pyir run %s --entry t_maxnum_d_6_iszero
; CHECK: true
define i1 @t_maxnum_d_6_iszero() {
  %m = call double @llvm.maxnum.f64(double 0.0, double -0.0)
  %r = fcmp oeq double %m, 0.0
  ret i1 %r
}

; RUN: pyir run %s --entry t_minimum_d_0
; CHECK: nan
define double @t_minimum_d_0() {
  %r = call double @llvm.minimum.f64(double 0x7FF8000000000000, double 1.0)
  ret double %r
}

; RUN: pyir run %s --entry t_minimum_d_1
; CHECK: nan
define double @t_minimum_d_1() {
  %r = call double @llvm.minimum.f64(double 1.0, double 0x7FF8000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_minimum_d_2
; CHECK: nan
define double @t_minimum_d_2() {
  %r = call double @llvm.minimum.f64(double 0x7FF8000000000000, double 0x7FF8000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_minimum_d_3
; CHECK: -2.0
define double @t_minimum_d_3() {
  %r = call double @llvm.minimum.f64(double -2.0, double 3.0)
  ret double %r
}

; RUN: pyir run %s --entry t_minimum_d_4
; CHECK: -inf
define double @t_minimum_d_4() {
  %r = call double @llvm.minimum.f64(double 0xFFF0000000000000, double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_minimum_d_5
; CHECK: -0.0
define double @t_minimum_d_5() {
  %r = call double @llvm.minimum.f64(double -0.0, double 0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_minimum_d_6
; CHECK: -0.0
define double @t_minimum_d_6() {
  %r = call double @llvm.minimum.f64(double 0.0, double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_maximum_d_0
; CHECK: nan
define double @t_maximum_d_0() {
  %r = call double @llvm.maximum.f64(double 0x7FF8000000000000, double 1.0)
  ret double %r
}

; RUN: pyir run %s --entry t_maximum_d_1
; CHECK: nan
define double @t_maximum_d_1() {
  %r = call double @llvm.maximum.f64(double 1.0, double 0x7FF8000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_maximum_d_2
; CHECK: nan
define double @t_maximum_d_2() {
  %r = call double @llvm.maximum.f64(double 0x7FF8000000000000, double 0x7FF8000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_maximum_d_3
; CHECK: 3.0
define double @t_maximum_d_3() {
  %r = call double @llvm.maximum.f64(double -2.0, double 3.0)
  ret double %r
}

; RUN: pyir run %s --entry t_maximum_d_4
; CHECK: inf
define double @t_maximum_d_4() {
  %r = call double @llvm.maximum.f64(double 0xFFF0000000000000, double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_maximum_d_5
; CHECK: 0.0
define double @t_maximum_d_5() {
  %r = call double @llvm.maximum.f64(double -0.0, double 0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_maximum_d_6
; CHECK: 0.0
define double @t_maximum_d_6() {
  %r = call double @llvm.maximum.f64(double 0.0, double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_copysign_d_0
; CHECK: -1.5
define double @t_copysign_d_0() {
  %r = call double @llvm.copysign.f64(double 1.5, double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_copysign_d_1
; CHECK: 1.5
define double @t_copysign_d_1() {
  %r = call double @llvm.copysign.f64(double -1.5, double 0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_copysign_d_2
; CHECK: -0.0
define double @t_copysign_d_2() {
  %r = call double @llvm.copysign.f64(double 0.0, double -1.0)
  ret double %r
}

; RUN: pyir run %s --entry t_copysign_d_3
; CHECK: nan
define double @t_copysign_d_3() {
  %r = call double @llvm.copysign.f64(double 0x7FF8000000000000, double -1.0)
  ret double %r
}

; RUN: pyir run %s --entry t_copysign_d_4
; CHECK: -inf
define double @t_copysign_d_4() {
  %r = call double @llvm.copysign.f64(double 0x7FF0000000000000, double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_fabs_d_0
; CHECK: 0.0
define double @t_fabs_d_0() {
  %r = call double @llvm.fabs.f64(double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_fabs_d_1
; CHECK: 2.5
define double @t_fabs_d_1() {
  %r = call double @llvm.fabs.f64(double -2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_fabs_d_2
; CHECK: inf
define double @t_fabs_d_2() {
  %r = call double @llvm.fabs.f64(double 0xFFF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_0
; CHECK: 2.0
define double @t_floor_d_0() {
  %r = call double @llvm.floor.f64(double 2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_1
; CHECK: -3.0
define double @t_floor_d_1() {
  %r = call double @llvm.floor.f64(double -2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_2
; CHECK: 0.0
define double @t_floor_d_2() {
  %r = call double @llvm.floor.f64(double 0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_3
; CHECK: -1.0
define double @t_floor_d_3() {
  %r = call double @llvm.floor.f64(double -0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_4
; CHECK: 1.0
define double @t_floor_d_4() {
  %r = call double @llvm.floor.f64(double 1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_5
; CHECK: -2.0
define double @t_floor_d_5() {
  %r = call double @llvm.floor.f64(double -1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_6
; CHECK: 3.0
define double @t_floor_d_6() {
  %r = call double @llvm.floor.f64(double 3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_7
; CHECK: -4.0
define double @t_floor_d_7() {
  %r = call double @llvm.floor.f64(double -3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_8
; CHECK: -0.0
define double @t_floor_d_8() {
  %r = call double @llvm.floor.f64(double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_9
; CHECK: inf
define double @t_floor_d_9() {
  %r = call double @llvm.floor.f64(double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_d_10
; CHECK: 4503599627370495.0
define double @t_floor_d_10() {
  %r = call double @llvm.floor.f64(double 4503599627370495.5)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_0
; CHECK: 3.0
define double @t_ceil_d_0() {
  %r = call double @llvm.ceil.f64(double 2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_1
; CHECK: -2.0
define double @t_ceil_d_1() {
  %r = call double @llvm.ceil.f64(double -2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_2
; CHECK: 1.0
define double @t_ceil_d_2() {
  %r = call double @llvm.ceil.f64(double 0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_3
; CHECK: -0.0
define double @t_ceil_d_3() {
  %r = call double @llvm.ceil.f64(double -0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_4
; CHECK: 2.0
define double @t_ceil_d_4() {
  %r = call double @llvm.ceil.f64(double 1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_5
; CHECK: -1.0
define double @t_ceil_d_5() {
  %r = call double @llvm.ceil.f64(double -1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_6
; CHECK: 4.0
define double @t_ceil_d_6() {
  %r = call double @llvm.ceil.f64(double 3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_7
; CHECK: -3.0
define double @t_ceil_d_7() {
  %r = call double @llvm.ceil.f64(double -3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_8
; CHECK: -0.0
define double @t_ceil_d_8() {
  %r = call double @llvm.ceil.f64(double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_9
; CHECK: inf
define double @t_ceil_d_9() {
  %r = call double @llvm.ceil.f64(double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_ceil_d_10
; CHECK: 4503599627370496.0
define double @t_ceil_d_10() {
  %r = call double @llvm.ceil.f64(double 4503599627370495.5)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_0
; CHECK: 2.0
define double @t_trunc_d_0() {
  %r = call double @llvm.trunc.f64(double 2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_1
; CHECK: -2.0
define double @t_trunc_d_1() {
  %r = call double @llvm.trunc.f64(double -2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_2
; CHECK: 0.0
define double @t_trunc_d_2() {
  %r = call double @llvm.trunc.f64(double 0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_3
; CHECK: -0.0
define double @t_trunc_d_3() {
  %r = call double @llvm.trunc.f64(double -0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_4
; CHECK: 1.0
define double @t_trunc_d_4() {
  %r = call double @llvm.trunc.f64(double 1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_5
; CHECK: -1.0
define double @t_trunc_d_5() {
  %r = call double @llvm.trunc.f64(double -1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_6
; CHECK: 3.0
define double @t_trunc_d_6() {
  %r = call double @llvm.trunc.f64(double 3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_7
; CHECK: -3.0
define double @t_trunc_d_7() {
  %r = call double @llvm.trunc.f64(double -3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_8
; CHECK: -0.0
define double @t_trunc_d_8() {
  %r = call double @llvm.trunc.f64(double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_9
; CHECK: inf
define double @t_trunc_d_9() {
  %r = call double @llvm.trunc.f64(double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_trunc_d_10
; CHECK: 4503599627370495.0
define double @t_trunc_d_10() {
  %r = call double @llvm.trunc.f64(double 4503599627370495.5)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_0
; CHECK: 3.0
define double @t_round_d_0() {
  %r = call double @llvm.round.f64(double 2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_1
; CHECK: -3.0
define double @t_round_d_1() {
  %r = call double @llvm.round.f64(double -2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_2
; CHECK: 1.0
define double @t_round_d_2() {
  %r = call double @llvm.round.f64(double 0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_3
; CHECK: -1.0
define double @t_round_d_3() {
  %r = call double @llvm.round.f64(double -0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_4
; CHECK: 2.0
define double @t_round_d_4() {
  %r = call double @llvm.round.f64(double 1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_5
; CHECK: -2.0
define double @t_round_d_5() {
  %r = call double @llvm.round.f64(double -1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_6
; CHECK: 4.0
define double @t_round_d_6() {
  %r = call double @llvm.round.f64(double 3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_7
; CHECK: -4.0
define double @t_round_d_7() {
  %r = call double @llvm.round.f64(double -3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_8
; CHECK: -0.0
define double @t_round_d_8() {
  %r = call double @llvm.round.f64(double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_9
; CHECK: inf
define double @t_round_d_9() {
  %r = call double @llvm.round.f64(double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_round_d_10
; CHECK: 4503599627370496.0
define double @t_round_d_10() {
  %r = call double @llvm.round.f64(double 4503599627370495.5)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_0
; CHECK: 2.0
define double @t_roundeven_d_0() {
  %r = call double @llvm.roundeven.f64(double 2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_1
; CHECK: -2.0
define double @t_roundeven_d_1() {
  %r = call double @llvm.roundeven.f64(double -2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_2
; CHECK: 0.0
define double @t_roundeven_d_2() {
  %r = call double @llvm.roundeven.f64(double 0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_3
; CHECK: -0.0
define double @t_roundeven_d_3() {
  %r = call double @llvm.roundeven.f64(double -0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_4
; CHECK: 2.0
define double @t_roundeven_d_4() {
  %r = call double @llvm.roundeven.f64(double 1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_5
; CHECK: -2.0
define double @t_roundeven_d_5() {
  %r = call double @llvm.roundeven.f64(double -1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_6
; CHECK: 4.0
define double @t_roundeven_d_6() {
  %r = call double @llvm.roundeven.f64(double 3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_7
; CHECK: -4.0
define double @t_roundeven_d_7() {
  %r = call double @llvm.roundeven.f64(double -3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_8
; CHECK: -0.0
define double @t_roundeven_d_8() {
  %r = call double @llvm.roundeven.f64(double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_9
; CHECK: inf
define double @t_roundeven_d_9() {
  %r = call double @llvm.roundeven.f64(double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_roundeven_d_10
; CHECK: 4503599627370496.0
define double @t_roundeven_d_10() {
  %r = call double @llvm.roundeven.f64(double 4503599627370495.5)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_0
; CHECK: 2.0
define double @t_rint_d_0() {
  %r = call double @llvm.rint.f64(double 2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_1
; CHECK: -2.0
define double @t_rint_d_1() {
  %r = call double @llvm.rint.f64(double -2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_2
; CHECK: 0.0
define double @t_rint_d_2() {
  %r = call double @llvm.rint.f64(double 0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_3
; CHECK: -0.0
define double @t_rint_d_3() {
  %r = call double @llvm.rint.f64(double -0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_4
; CHECK: 2.0
define double @t_rint_d_4() {
  %r = call double @llvm.rint.f64(double 1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_5
; CHECK: -2.0
define double @t_rint_d_5() {
  %r = call double @llvm.rint.f64(double -1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_6
; CHECK: 4.0
define double @t_rint_d_6() {
  %r = call double @llvm.rint.f64(double 3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_7
; CHECK: -4.0
define double @t_rint_d_7() {
  %r = call double @llvm.rint.f64(double -3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_8
; CHECK: -0.0
define double @t_rint_d_8() {
  %r = call double @llvm.rint.f64(double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_9
; CHECK: inf
define double @t_rint_d_9() {
  %r = call double @llvm.rint.f64(double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_rint_d_10
; CHECK: 4503599627370496.0
define double @t_rint_d_10() {
  %r = call double @llvm.rint.f64(double 4503599627370495.5)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_0
; CHECK: 2.0
define double @t_nearbyint_d_0() {
  %r = call double @llvm.nearbyint.f64(double 2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_1
; CHECK: -2.0
define double @t_nearbyint_d_1() {
  %r = call double @llvm.nearbyint.f64(double -2.5)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_2
; CHECK: 0.0
define double @t_nearbyint_d_2() {
  %r = call double @llvm.nearbyint.f64(double 0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_3
; CHECK: -0.0
define double @t_nearbyint_d_3() {
  %r = call double @llvm.nearbyint.f64(double -0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_4
; CHECK: 2.0
define double @t_nearbyint_d_4() {
  %r = call double @llvm.nearbyint.f64(double 1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_5
; CHECK: -2.0
define double @t_nearbyint_d_5() {
  %r = call double @llvm.nearbyint.f64(double -1.5)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_6
; CHECK: 4.0
define double @t_nearbyint_d_6() {
  %r = call double @llvm.nearbyint.f64(double 3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_7
; CHECK: -4.0
define double @t_nearbyint_d_7() {
  %r = call double @llvm.nearbyint.f64(double -3.7)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_8
; CHECK: -0.0
define double @t_nearbyint_d_8() {
  %r = call double @llvm.nearbyint.f64(double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_9
; CHECK: inf
define double @t_nearbyint_d_9() {
  %r = call double @llvm.nearbyint.f64(double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_nearbyint_d_10
; CHECK: 4503599627370496.0
define double @t_nearbyint_d_10() {
  %r = call double @llvm.nearbyint.f64(double 4503599627370495.5)
  ret double %r
}

; RUN: pyir run %s --entry t_sqrt_d_0
; CHECK: 1.4142135623730951
define double @t_sqrt_d_0() {
  %r = call double @llvm.sqrt.f64(double 2.0)
  ret double %r
}

; RUN: pyir run %s --entry t_sqrt_d_1
; CHECK: nan
define double @t_sqrt_d_1() {
  %r = call double @llvm.sqrt.f64(double -1.0)
  ret double %r
}

; RUN: pyir run %s --entry t_sqrt_d_2
; CHECK: -0.0
define double @t_sqrt_d_2() {
  %r = call double @llvm.sqrt.f64(double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_sqrt_d_3
; CHECK: inf
define double @t_sqrt_d_3() {
  %r = call double @llvm.sqrt.f64(double 0x7FF0000000000000)
  ret double %r
}

; RUN: pyir run %s --entry t_sqrt_d_4
; CHECK: 0.5
define double @t_sqrt_d_4() {
  %r = call double @llvm.sqrt.f64(double 0.25)
  ret double %r
}

; RUN: pyir run %s --entry t_sqrt_d_5
; CHECK: 1e-150
define double @t_sqrt_d_5() {
  %r = call double @llvm.sqrt.f64(double 1.0e-300)
  ret double %r
}

; RUN: pyir run %s --entry t_powi_d_0
; CHECK: 0.25
define double @t_powi_d_0() {
  %r = call double @llvm.powi.f64.i32(double 2.0, i32 -2)
  ret double %r
}

; RUN: pyir run %s --entry t_powi_d_1
; CHECK: 1024.0
define double @t_powi_d_1() {
  %r = call double @llvm.powi.f64.i32(double 2.0, i32 10)
  ret double %r
}

; RUN: pyir run %s --entry t_powi_d_2
; CHECK: -27.0
define double @t_powi_d_2() {
  %r = call double @llvm.powi.f64.i32(double -3.0, i32 3)
  ret double %r
}

; RUN: pyir run %s --entry t_powi_d_3
; CHECK: inf
define double @t_powi_d_3() {
  %r = call double @llvm.powi.f64.i32(double 0.0, i32 -1)
  ret double %r
}

; RUN: pyir run %s --entry t_powi_d_4
; CHECK: -inf
define double @t_powi_d_4() {
  %r = call double @llvm.powi.f64.i32(double -0.0, i32 -1)
  ret double %r
}

; RUN: pyir run %s --entry t_powi_d_5
; CHECK: 1.0
define double @t_powi_d_5() {
  %r = call double @llvm.powi.f64.i32(double 7.5, i32 0)
  ret double %r
}

; RUN: pyir run %s --entry t_powi_d_6
; CHECK: 1.0
define double @t_powi_d_6() {
  %r = call double @llvm.powi.f64.i32(double 0x7FF8000000000000, i32 0)
  ret double %r
}

; RUN: pyir run %s --entry t_powi_d_7
; CHECK: 8.0
define double @t_powi_d_7() {
  %r = call double @llvm.powi.f64.i32(double 0.5, i32 -3)
  ret double %r
}

; RUN: pyir run %s --entry t_minnum_f_0
; CHECK: 1.0
define float @t_minnum_f_0() {
  %r = call float @llvm.minnum.f32(float 0x7FF8000000000000, float 1.0)
  ret float %r
}

; RUN: pyir run %s --entry t_minnum_f_1
; CHECK: 1.0
define float @t_minnum_f_1() {
  %r = call float @llvm.minnum.f32(float 1.0, float 0x7FF8000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_minnum_f_2
; CHECK: nan
define float @t_minnum_f_2() {
  %r = call float @llvm.minnum.f32(float 0x7FF8000000000000, float 0x7FF8000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_minnum_f_3
; CHECK: -2.0
define float @t_minnum_f_3() {
  %r = call float @llvm.minnum.f32(float -2.0, float 3.0)
  ret float %r
}

; RUN: pyir run %s --entry t_minnum_f_4
; CHECK: -inf
define float @t_minnum_f_4() {
  %r = call float @llvm.minnum.f32(float 0xFFF0000000000000, float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_minnum_f_5_iszero
; CHECK: true
define i1 @t_minnum_f_5_iszero() {
  %m = call float @llvm.minnum.f32(float -0.0, float 0.0)
  %r = fcmp oeq float %m, 0.0
  ret i1 %r
}

; RUN: pyir run %s --entry t_minnum_f_6_iszero
; CHECK: true
define i1 @t_minnum_f_6_iszero() {
  %m = call float @llvm.minnum.f32(float 0.0, float -0.0)
  %r = fcmp oeq float %m, 0.0
  ret i1 %r
}

; RUN: pyir run %s --entry t_maxnum_f_0
; CHECK: 1.0
define float @t_maxnum_f_0() {
  %r = call float @llvm.maxnum.f32(float 0x7FF8000000000000, float 1.0)
  ret float %r
}

; RUN: pyir run %s --entry t_maxnum_f_1
; CHECK: 1.0
define float @t_maxnum_f_1() {
  %r = call float @llvm.maxnum.f32(float 1.0, float 0x7FF8000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_maxnum_f_2
; CHECK: nan
define float @t_maxnum_f_2() {
  %r = call float @llvm.maxnum.f32(float 0x7FF8000000000000, float 0x7FF8000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_maxnum_f_3
; CHECK: 3.0
define float @t_maxnum_f_3() {
  %r = call float @llvm.maxnum.f32(float -2.0, float 3.0)
  ret float %r
}

; RUN: pyir run %s --entry t_maxnum_f_4
; CHECK: inf
define float @t_maxnum_f_4() {
  %r = call float @llvm.maxnum.f32(float 0xFFF0000000000000, float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_maxnum_f_5_iszero
; CHECK: true
define i1 @t_maxnum_f_5_iszero() {
  %m = call float @llvm.maxnum.f32(float -0.0, float 0.0)
  %r = fcmp oeq float %m, 0.0
  ret i1 %r
}

; RUN: pyir run %s --entry t_maxnum_f_6_iszero
; CHECK: true
define i1 @t_maxnum_f_6_iszero() {
  %m = call float @llvm.maxnum.f32(float 0.0, float -0.0)
  %r = fcmp oeq float %m, 0.0
  ret i1 %r
}

; RUN: pyir run %s --entry t_minimum_f_0
; CHECK: nan
define float @t_minimum_f_0() {
  %r = call float @llvm.minimum.f32(float 0x7FF8000000000000, float 1.0)
  ret float %r
}

; RUN: pyir run %s --entry t_minimum_f_1
; CHECK: nan
define float @t_minimum_f_1() {
  %r = call float @llvm.minimum.f32(float 1.0, float 0x7FF8000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_minimum_f_2
; CHECK: nan
define float @t_minimum_f_2() {
  %r = call float @llvm.minimum.f32(float 0x7FF8000000000000, float 0x7FF8000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_minimum_f_3
; CHECK: -2.0
define float @t_minimum_f_3() {
  %r = call float @llvm.minimum.f32(float -2.0, float 3.0)
  ret float %r
}

; RUN: pyir run %s --entry t_minimum_f_4
; CHECK: -inf
define float @t_minimum_f_4() {
  %r = call float @llvm.minimum.f32(float 0xFFF0000000000000, float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_minimum_f_5
; CHECK: -0.0
define float @t_minimum_f_5() {
  %r = call float @llvm.minimum.f32(float -0.0, float 0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_minimum_f_6
; CHECK: -0.0
define float @t_minimum_f_6() {
  %r = call float @llvm.minimum.f32(float 0.0, float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_maximum_f_0
; CHECK: nan
define float @t_maximum_f_0() {
  %r = call float @llvm.maximum.f32(float 0x7FF8000000000000, float 1.0)
  ret float %r
}

; RUN: pyir run %s --entry t_maximum_f_1
; CHECK: nan
define float @t_maximum_f_1() {
  %r = call float @llvm.maximum.f32(float 1.0, float 0x7FF8000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_maximum_f_2
; CHECK: nan
define float @t_maximum_f_2() {
  %r = call float @llvm.maximum.f32(float 0x7FF8000000000000, float 0x7FF8000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_maximum_f_3
; CHECK: 3.0
define float @t_maximum_f_3() {
  %r = call float @llvm.maximum.f32(float -2.0, float 3.0)
  ret float %r
}

; RUN: pyir run %s --entry t_maximum_f_4
; CHECK: inf
define float @t_maximum_f_4() {
  %r = call float @llvm.maximum.f32(float 0xFFF0000000000000, float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_maximum_f_5
; CHECK: 0.0
define float @t_maximum_f_5() {
  %r = call float @llvm.maximum.f32(float -0.0, float 0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_maximum_f_6
; CHECK: 0.0
define float @t_maximum_f_6() {
  %r = call float @llvm.maximum.f32(float 0.0, float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_copysign_f_0
; CHECK: -1.5
define float @t_copysign_f_0() {
  %r = call float @llvm.copysign.f32(float 1.5, float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_copysign_f_1
; CHECK: 1.5
define float @t_copysign_f_1() {
  %r = call float @llvm.copysign.f32(float -1.5, float 0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_copysign_f_2
; CHECK: -0.0
define float @t_copysign_f_2() {
  %r = call float @llvm.copysign.f32(float 0.0, float -1.0)
  ret float %r
}

; RUN: pyir run %s --entry t_copysign_f_3
; CHECK: nan
define float @t_copysign_f_3() {
  %r = call float @llvm.copysign.f32(float 0x7FF8000000000000, float -1.0)
  ret float %r
}

; RUN: pyir run %s --entry t_copysign_f_4
; CHECK: -inf
define float @t_copysign_f_4() {
  %r = call float @llvm.copysign.f32(float 0x7FF0000000000000, float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_fabs_f_0
; CHECK: 0.0
define float @t_fabs_f_0() {
  %r = call float @llvm.fabs.f32(float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_fabs_f_1
; CHECK: 2.5
define float @t_fabs_f_1() {
  %r = call float @llvm.fabs.f32(float -2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_fabs_f_2
; CHECK: inf
define float @t_fabs_f_2() {
  %r = call float @llvm.fabs.f32(float 0xFFF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_0
; CHECK: 2.0
define float @t_floor_f_0() {
  %r = call float @llvm.floor.f32(float 2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_1
; CHECK: -3.0
define float @t_floor_f_1() {
  %r = call float @llvm.floor.f32(float -2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_2
; CHECK: 0.0
define float @t_floor_f_2() {
  %r = call float @llvm.floor.f32(float 0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_3
; CHECK: -1.0
define float @t_floor_f_3() {
  %r = call float @llvm.floor.f32(float -0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_4
; CHECK: 1.0
define float @t_floor_f_4() {
  %r = call float @llvm.floor.f32(float 1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_5
; CHECK: -2.0
define float @t_floor_f_5() {
  %r = call float @llvm.floor.f32(float -1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_6
; CHECK: 3.0
define float @t_floor_f_6() {
  %r = call float @llvm.floor.f32(float 0x400D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_7
; CHECK: -4.0
define float @t_floor_f_7() {
  %r = call float @llvm.floor.f32(float 0xC00D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_8
; CHECK: -0.0
define float @t_floor_f_8() {
  %r = call float @llvm.floor.f32(float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_9
; CHECK: inf
define float @t_floor_f_9() {
  %r = call float @llvm.floor.f32(float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_floor_f_10
; CHECK: 8388607.0
define float @t_floor_f_10() {
  %r = call float @llvm.floor.f32(float 8388607.5)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_0
; CHECK: 3.0
define float @t_ceil_f_0() {
  %r = call float @llvm.ceil.f32(float 2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_1
; CHECK: -2.0
define float @t_ceil_f_1() {
  %r = call float @llvm.ceil.f32(float -2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_2
; CHECK: 1.0
define float @t_ceil_f_2() {
  %r = call float @llvm.ceil.f32(float 0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_3
; CHECK: -0.0
define float @t_ceil_f_3() {
  %r = call float @llvm.ceil.f32(float -0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_4
; CHECK: 2.0
define float @t_ceil_f_4() {
  %r = call float @llvm.ceil.f32(float 1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_5
; CHECK: -1.0
define float @t_ceil_f_5() {
  %r = call float @llvm.ceil.f32(float -1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_6
; CHECK: 4.0
define float @t_ceil_f_6() {
  %r = call float @llvm.ceil.f32(float 0x400D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_7
; CHECK: -3.0
define float @t_ceil_f_7() {
  %r = call float @llvm.ceil.f32(float 0xC00D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_8
; CHECK: -0.0
define float @t_ceil_f_8() {
  %r = call float @llvm.ceil.f32(float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_9
; CHECK: inf
define float @t_ceil_f_9() {
  %r = call float @llvm.ceil.f32(float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_ceil_f_10
; CHECK: 8388608.0
define float @t_ceil_f_10() {
  %r = call float @llvm.ceil.f32(float 8388607.5)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_0
; CHECK: 2.0
define float @t_trunc_f_0() {
  %r = call float @llvm.trunc.f32(float 2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_1
; CHECK: -2.0
define float @t_trunc_f_1() {
  %r = call float @llvm.trunc.f32(float -2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_2
; CHECK: 0.0
define float @t_trunc_f_2() {
  %r = call float @llvm.trunc.f32(float 0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_3
; CHECK: -0.0
define float @t_trunc_f_3() {
  %r = call float @llvm.trunc.f32(float -0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_4
; CHECK: 1.0
define float @t_trunc_f_4() {
  %r = call float @llvm.trunc.f32(float 1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_5
; CHECK: -1.0
define float @t_trunc_f_5() {
  %r = call float @llvm.trunc.f32(float -1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_6
; CHECK: 3.0
define float @t_trunc_f_6() {
  %r = call float @llvm.trunc.f32(float 0x400D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_7
; CHECK: -3.0
define float @t_trunc_f_7() {
  %r = call float @llvm.trunc.f32(float 0xC00D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_8
; CHECK: -0.0
define float @t_trunc_f_8() {
  %r = call float @llvm.trunc.f32(float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_9
; CHECK: inf
define float @t_trunc_f_9() {
  %r = call float @llvm.trunc.f32(float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_trunc_f_10
; CHECK: 8388607.0
define float @t_trunc_f_10() {
  %r = call float @llvm.trunc.f32(float 8388607.5)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_0
; CHECK: 3.0
define float @t_round_f_0() {
  %r = call float @llvm.round.f32(float 2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_1
; CHECK: -3.0
define float @t_round_f_1() {
  %r = call float @llvm.round.f32(float -2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_2
; CHECK: 1.0
define float @t_round_f_2() {
  %r = call float @llvm.round.f32(float 0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_3
; CHECK: -1.0
define float @t_round_f_3() {
  %r = call float @llvm.round.f32(float -0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_4
; CHECK: 2.0
define float @t_round_f_4() {
  %r = call float @llvm.round.f32(float 1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_5
; CHECK: -2.0
define float @t_round_f_5() {
  %r = call float @llvm.round.f32(float -1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_6
; CHECK: 4.0
define float @t_round_f_6() {
  %r = call float @llvm.round.f32(float 0x400D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_7
; CHECK: -4.0
define float @t_round_f_7() {
  %r = call float @llvm.round.f32(float 0xC00D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_8
; CHECK: -0.0
define float @t_round_f_8() {
  %r = call float @llvm.round.f32(float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_9
; CHECK: inf
define float @t_round_f_9() {
  %r = call float @llvm.round.f32(float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_round_f_10
; CHECK: 8388608.0
define float @t_round_f_10() {
  %r = call float @llvm.round.f32(float 8388607.5)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_0
; CHECK: 2.0
define float @t_roundeven_f_0() {
  %r = call float @llvm.roundeven.f32(float 2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_1
; CHECK: -2.0
define float @t_roundeven_f_1() {
  %r = call float @llvm.roundeven.f32(float -2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_2
; CHECK: 0.0
define float @t_roundeven_f_2() {
  %r = call float @llvm.roundeven.f32(float 0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_3
; CHECK: -0.0
define float @t_roundeven_f_3() {
  %r = call float @llvm.roundeven.f32(float -0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_4
; CHECK: 2.0
define float @t_roundeven_f_4() {
  %r = call float @llvm.roundeven.f32(float 1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_5
; CHECK: -2.0
define float @t_roundeven_f_5() {
  %r = call float @llvm.roundeven.f32(float -1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_6
; CHECK: 4.0
define float @t_roundeven_f_6() {
  %r = call float @llvm.roundeven.f32(float 0x400D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_7
; CHECK: -4.0
define float @t_roundeven_f_7() {
  %r = call float @llvm.roundeven.f32(float 0xC00D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_8
; CHECK: -0.0
define float @t_roundeven_f_8() {
  %r = call float @llvm.roundeven.f32(float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_9
; CHECK: inf
define float @t_roundeven_f_9() {
  %r = call float @llvm.roundeven.f32(float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_roundeven_f_10
; CHECK: 8388608.0
define float @t_roundeven_f_10() {
  %r = call float @llvm.roundeven.f32(float 8388607.5)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_0
; CHECK: 2.0
define float @t_rint_f_0() {
  %r = call float @llvm.rint.f32(float 2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_1
; CHECK: -2.0
define float @t_rint_f_1() {
  %r = call float @llvm.rint.f32(float -2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_2
; CHECK: 0.0
define float @t_rint_f_2() {
  %r = call float @llvm.rint.f32(float 0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_3
; CHECK: -0.0
define float @t_rint_f_3() {
  %r = call float @llvm.rint.f32(float -0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_4
; CHECK: 2.0
define float @t_rint_f_4() {
  %r = call float @llvm.rint.f32(float 1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_5
; CHECK: -2.0
define float @t_rint_f_5() {
  %r = call float @llvm.rint.f32(float -1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_6
; CHECK: 4.0
define float @t_rint_f_6() {
  %r = call float @llvm.rint.f32(float 0x400D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_7
; CHECK: -4.0
define float @t_rint_f_7() {
  %r = call float @llvm.rint.f32(float 0xC00D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_8
; CHECK: -0.0
define float @t_rint_f_8() {
  %r = call float @llvm.rint.f32(float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_9
; CHECK: inf
define float @t_rint_f_9() {
  %r = call float @llvm.rint.f32(float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_rint_f_10
; CHECK: 8388608.0
define float @t_rint_f_10() {
  %r = call float @llvm.rint.f32(float 8388607.5)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_0
; CHECK: 2.0
define float @t_nearbyint_f_0() {
  %r = call float @llvm.nearbyint.f32(float 2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_1
; CHECK: -2.0
define float @t_nearbyint_f_1() {
  %r = call float @llvm.nearbyint.f32(float -2.5)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_2
; CHECK: 0.0
define float @t_nearbyint_f_2() {
  %r = call float @llvm.nearbyint.f32(float 0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_3
; CHECK: -0.0
define float @t_nearbyint_f_3() {
  %r = call float @llvm.nearbyint.f32(float -0.5)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_4
; CHECK: 2.0
define float @t_nearbyint_f_4() {
  %r = call float @llvm.nearbyint.f32(float 1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_5
; CHECK: -2.0
define float @t_nearbyint_f_5() {
  %r = call float @llvm.nearbyint.f32(float -1.5)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_6
; CHECK: 4.0
define float @t_nearbyint_f_6() {
  %r = call float @llvm.nearbyint.f32(float 0x400D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_7
; CHECK: -4.0
define float @t_nearbyint_f_7() {
  %r = call float @llvm.nearbyint.f32(float 0xC00D9999A0000000)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_8
; CHECK: -0.0
define float @t_nearbyint_f_8() {
  %r = call float @llvm.nearbyint.f32(float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_9
; CHECK: inf
define float @t_nearbyint_f_9() {
  %r = call float @llvm.nearbyint.f32(float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_nearbyint_f_10
; CHECK: 8388608.0
define float @t_nearbyint_f_10() {
  %r = call float @llvm.nearbyint.f32(float 8388607.5)
  ret float %r
}

; RUN: pyir run %s --entry t_sqrt_f_0
; CHECK: 1.4142135
define float @t_sqrt_f_0() {
  %r = call float @llvm.sqrt.f32(float 2.0)
  ret float %r
}

; RUN: pyir run %s --entry t_sqrt_f_1
; CHECK: nan
define float @t_sqrt_f_1() {
  %r = call float @llvm.sqrt.f32(float -1.0)
  ret float %r
}

; RUN: pyir run %s --entry t_sqrt_f_2
; CHECK: -0.0
define float @t_sqrt_f_2() {
  %r = call float @llvm.sqrt.f32(float -0.0)
  ret float %r
}

; RUN: pyir run %s --entry t_sqrt_f_3
; CHECK: inf
define float @t_sqrt_f_3() {
  %r = call float @llvm.sqrt.f32(float 0x7FF0000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_sqrt_f_4
; CHECK: 0.5
define float @t_sqrt_f_4() {
  %r = call float @llvm.sqrt.f32(float 0.25)
  ret float %r
}

; RUN: pyir run %s --entry t_sqrt_f_5
; CHECK: 1.0842022e-19
define float @t_sqrt_f_5() {
  %r = call float @llvm.sqrt.f32(float 0x3810000000000000)
  ret float %r
}

; RUN: pyir run %s --entry t_powi_f_0
; CHECK: 0.25
define float @t_powi_f_0() {
  %r = call float @llvm.powi.f32.i32(float 2.0, i32 -2)
  ret float %r
}

; RUN: pyir run %s --entry t_powi_f_1
; CHECK: 1024.0
define float @t_powi_f_1() {
  %r = call float @llvm.powi.f32.i32(float 2.0, i32 10)
  ret float %r
}

; RUN: pyir run %s --entry t_powi_f_2
; CHECK: -27.0
define float @t_powi_f_2() {
  %r = call float @llvm.powi.f32.i32(float -3.0, i32 3)
  ret float %r
}

; RUN: pyir run %s --entry t_powi_f_3
; CHECK: inf
define float @t_powi_f_3() {
  %r = call float @llvm.powi.f32.i32(float 0.0, i32 -1)
  ret float %r
}

; RUN: pyir run %s --entry t_powi_f_4
; CHECK: -inf
define float @t_powi_f_4() {
  %r = call float @llvm.powi.f32.i32(float -0.0, i32 -1)
  ret float %r
}

; RUN: pyir run %s --entry t_powi_f_5
; CHECK: 1.0
define float @t_powi_f_5() {
  %r = call float @llvm.powi.f32.i32(float 7.5, i32 0)
  ret float %r
}

; RUN: pyir run %s --entry t_powi_f_6
; CHECK: 1.0
define float @t_powi_f_6() {
  %r = call float @llvm.powi.f32.i32(float 0x7FF8000000000000, i32 0)
  ret float %r
}

; RUN: pyir run %s --entry t_powi_f_7
; CHECK: 8.0
define float @t_powi_f_7() {
  %r = call float @llvm.powi.f32.i32(float 0.5, i32 -3)
  ret float %r
}

; RUN: pyir run %s --entry t_fma_d_fused
; CHECK: -4.930380657631324e-32
define double @t_fma_d_fused() {
  %r = call double @llvm.fma.f64(double 0x3FF0000000000001, double 0x3FEFFFFFFFFFFFFE, double -1.0)
  ret double %r
}

; RUN: pyir run %s --entry t_fma_d_inf
; CHECK: nan
define double @t_fma_d_inf() {
  %r = call double @llvm.fma.f64(double 0x7FF0000000000000, double 0.0, double 1.0)
  ret double %r
}

; RUN: pyir run %s --entry t_fma_d_simple
; CHECK: 5.5
define double @t_fma_d_simple() {
  %r = call double @llvm.fma.f64(double 2.0, double 3.0, double -0.5)
  ret double %r
}

; RUN: pyir run %s --entry t_fma_f_fused
; CHECK: -1.4210855e-14
define float @t_fma_f_fused() {
  %r = call float @llvm.fma.f32(float 0x3FF0000020000000, float 0x3FEFFFFFC0000000, float -1.0)
  ret float %r
}

; RUN: pyir run %s --entry t_fma_d_negzero
; CHECK: 0.0
define double @t_fma_d_negzero() {
  %r = call double @llvm.fma.f64(double -0.0, double 1.0, double 0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_fma_d_negzero2
; CHECK: -0.0
define double @t_fma_d_negzero2() {
  %r = call double @llvm.fma.f64(double 0.0, double -1.0, double -0.0)
  ret double %r
}

; RUN: pyir run %s --entry t_fmuladd_d
; CHECK: 6.25
define double @t_fmuladd_d() {
  %r = call double @llvm.fmuladd.f64(double 1.5, double 4.0, double 0.25)
  ret double %r
}

; RUN: pyir run %s --entry t_fmuladd_f
; CHECK: -5.75
define float @t_fmuladd_f() {
  %r = call float @llvm.fmuladd.f32(float -1.5, float 4.0, float 0.25)
  ret float %r
}



























declare <2 x double> @llvm.fma.v2f64(<2 x double>, <2 x double>, <2 x double>)
declare <2 x double> @llvm.minimum.v2f64(<2 x double>, <2 x double>)
declare <4 x float> @llvm.floor.v4f32(<4 x float>)
declare <4 x float> @llvm.sqrt.v4f32(<4 x float>)
declare double @llvm.ceil.f64(double)
declare double @llvm.copysign.f64(double, double)
declare double @llvm.fabs.f64(double)
declare double @llvm.floor.f64(double)
declare double @llvm.fma.f64(double, double, double)
declare double @llvm.fmuladd.f64(double, double, double)
declare double @llvm.maximum.f64(double, double)
declare double @llvm.maxnum.f64(double, double)
declare double @llvm.minimum.f64(double, double)
declare double @llvm.minnum.f64(double, double)
declare double @llvm.nearbyint.f64(double)
declare double @llvm.powi.f64.i32(double, i32)
declare double @llvm.rint.f64(double)
declare double @llvm.round.f64(double)
declare double @llvm.roundeven.f64(double)
declare double @llvm.sqrt.f64(double)
declare double @llvm.trunc.f64(double)
declare double @llvm.vector.reduce.fadd.v4f64(double, <4 x double>)
declare double @llvm.vector.reduce.fmax.v2f64(<2 x double>)
declare double @llvm.vector.reduce.fmax.v4f64(<4 x double>)
declare double @llvm.vector.reduce.fmul.v4f64(double, <4 x double>)
declare float @llvm.ceil.f32(float)
declare float @llvm.copysign.f32(float, float)
declare float @llvm.fabs.f32(float)
declare float @llvm.floor.f32(float)
declare float @llvm.fma.f32(float, float, float)
declare float @llvm.fmuladd.f32(float, float, float)
declare float @llvm.maximum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minimum.f32(float, float)
declare float @llvm.minnum.f32(float, float)
declare float @llvm.nearbyint.f32(float)
declare float @llvm.powi.f32.i32(float, i32)
declare float @llvm.rint.f32(float)
declare float @llvm.round.f32(float)
declare float @llvm.roundeven.f32(float)
declare float @llvm.sqrt.f32(float)
declare float @llvm.trunc.f32(float)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>)
declare float @llvm.vector.reduce.fmin.v4f32(<4 x float>)
declare i1 @llvm.vector.reduce.and.v8i1(<8 x i1>)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.and.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.mul.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.or.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smin.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umin.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>)
declare i8 @llvm.vector.reduce.add.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.smin.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.umax.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.xor.v16i8(<16 x i8>)
