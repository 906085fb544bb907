; IEEE arithmetic special cases for fadd/fsub/fmul/fdiv/frem/fneg on double and float:
; infinities, NaN propagation, signed zeros, overflow to infinity, underflow through denormals,
; division by signed zeros, frem with infinities and zeros, and rounding of float (not double)
; intermediate results. Default rounding mode; no fast-math flags.
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_fadd_d_0
; CHECK: nan
define double @t_fadd_d_0() {
  %r = fadd double 0x7FF0000000000000, 0xFFF0000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_fadd_d_1
; CHECK: inf
define double @t_fadd_d_1() {
  %r = fadd double 0x7FF0000000000000, 1.0
  ret double %r
}

; RUN: pyir run %s --entry t_fadd_d_2
; CHECK: -0.0
define double @t_fadd_d_2() {
  %r = fadd double -0.0, -0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fadd_d_3
; CHECK: 0.0
define double @t_fadd_d_3() {
  %r = fadd double -0.0, 0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fadd_d_4
; CHECK: 0.0
define double @t_fadd_d_4() {
  %r = fadd double 1.0, -1.0
  ret double %r
}

; RUN: pyir run %s --entry t_fadd_d_5
; CHECK: inf
define double @t_fadd_d_5() {
  %r = fadd double 0x7FEFFFFFFFFFFFFF, 0x7FEFFFFFFFFFFFFF
  ret double %r
}

; RUN: pyir run %s --entry t_fadd_d_6
; CHECK: nan
define double @t_fadd_d_6() {
  %r = fadd double 0x7FF8000000000000, 0x7FF0000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_fadd_d_7
; CHECK: 1e-323
define double @t_fadd_d_7() {
  %r = fadd double 0x0000000000000001, 0x0000000000000001
  ret double %r
}

; RUN: pyir run %s --entry t_fadd_d_8
; CHECK: 0.30000000000000004
define double @t_fadd_d_8() {
  %r = fadd double 0.1, 0.2
  ret double %r
}

; RUN: pyir run %s --entry t_fsub_d_9
; CHECK: nan
define double @t_fsub_d_9() {
  %r = fsub double 0x7FF0000000000000, 0x7FF0000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_fsub_d_10
; CHECK: 0.0
define double @t_fsub_d_10() {
  %r = fsub double 0.0, 0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fsub_d_11
; CHECK: -0.0
define double @t_fsub_d_11() {
  %r = fsub double -0.0, 0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fsub_d_12
; CHECK: 0.0
define double @t_fsub_d_12() {
  %r = fsub double 0.0, -0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fsub_d_13
; CHECK: 2.225073858507201e-308
define double @t_fsub_d_13() {
  %r = fsub double 0x0010000000000000, 0x0000000000000001
  ret double %r
}

; RUN: pyir run %s --entry t_fmul_d_14
; CHECK: nan
define double @t_fmul_d_14() {
  %r = fmul double 0.0, 0x7FF0000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_fmul_d_15
; CHECK: -0.0
define double @t_fmul_d_15() {
  %r = fmul double -0.0, 5.0
  ret double %r
}

; RUN: pyir run %s --entry t_fmul_d_16
; CHECK: 0.0
define double @t_fmul_d_16() {
  %r = fmul double -2.0, -0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fmul_d_17
; CHECK: inf
define double @t_fmul_d_17() {
  %r = fmul double 0x7FEFFFFFFFFFFFFF, 2.0
  ret double %r
}

; RUN: pyir run %s --entry t_fmul_d_18
; CHECK: 1.1125369292536007e-308
define double @t_fmul_d_18() {
  %r = fmul double 0x0010000000000000, 0.5
  ret double %r
}

; RUN: pyir run %s --entry t_fmul_d_19
; CHECK: 0.0
define double @t_fmul_d_19() {
  %r = fmul double 0x0000000000000001, 0.5
  ret double %r
}

; RUN: pyir run %s --entry t_fmul_d_20
; CHECK: -0.0
define double @t_fmul_d_20() {
  %r = fmul double 0x0000000000000001, -0.5
  ret double %r
}

; RUN: pyir run %s --entry t_fmul_d_21
; CHECK: inf
define double @t_fmul_d_21() {
  %r = fmul double 0xFFF0000000000000, -2.0
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_22
; CHECK: inf
define double @t_fdiv_d_22() {
  %r = fdiv double 1.0, 0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_23
; CHECK: -inf
define double @t_fdiv_d_23() {
  %r = fdiv double 1.0, -0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_24
; CHECK: -inf
define double @t_fdiv_d_24() {
  %r = fdiv double -1.0, 0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_25
; CHECK: nan
define double @t_fdiv_d_25() {
  %r = fdiv double 0.0, 0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_26
; CHECK: nan
define double @t_fdiv_d_26() {
  %r = fdiv double 0x7FF0000000000000, 0x7FF0000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_27
; CHECK: 0.0
define double @t_fdiv_d_27() {
  %r = fdiv double 1.0, 0x7FF0000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_28
; CHECK: -0.0
define double @t_fdiv_d_28() {
  %r = fdiv double -1.0, 0x7FF0000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_29
; CHECK: 0.3333333333333333
define double @t_fdiv_d_29() {
  %r = fdiv double 1.0, 3.0
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_30
; CHECK: 1.1125369292536007e-308
define double @t_fdiv_d_30() {
  %r = fdiv double 2.0, 0x7FEFFFFFFFFFFFFF
  ret double %r
}

; RUN: pyir run %s --entry t_fdiv_d_31
; CHECK: 7.41691286169067e-309
define double @t_fdiv_d_31() {
  %r = fdiv double 0x0010000000000000, 3.0
  ret double %r
}











; RUN: pyir run %s --entry t_fneg_d_0
; CHECK: -0.0
define double @t_fneg_d_0() {
  %r = fneg double 0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fneg_d_1
; CHECK: 0.0
define double @t_fneg_d_1() {
  %r = fneg double -0.0
  ret double %r
}

; RUN: pyir run %s --entry t_fneg_d_2
; CHECK: -inf
define double @t_fneg_d_2() {
  %r = fneg double 0x7FF0000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_fneg_d_3
; CHECK: nan
define double @t_fneg_d_3() {
  %r = fneg double 0x7FF8000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_fneg_d_4
; CHECK: -1.5
define double @t_fneg_d_4() {
  %r = fneg double 1.5
  ret double %r
}

; RUN: pyir run %s --entry t_fneg_d_5
; CHECK: -5e-324
define double @t_fneg_d_5() {
  %r = fneg double 0x0000000000000001
  ret double %r
}

; RUN: pyir run %s --entry t_fadd_f_0
; CHECK: nan
define float @t_fadd_f_0() {
  %r = fadd float 0x7FF0000000000000, 0xFFF0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fadd_f_1
; CHECK: inf
define float @t_fadd_f_1() {
  %r = fadd float 0x7FF0000000000000, 1.0
  ret float %r
}

; RUN: pyir run %s --entry t_fadd_f_2
; CHECK: -0.0
define float @t_fadd_f_2() {
  %r = fadd float -0.0, -0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fadd_f_3
; CHECK: 0.0
define float @t_fadd_f_3() {
  %r = fadd float -0.0, 0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fadd_f_4
; CHECK: 0.0
define float @t_fadd_f_4() {
  %r = fadd float 1.0, -1.0
  ret float %r
}

; RUN: pyir run %s --entry t_fadd_f_5
; CHECK: inf
define float @t_fadd_f_5() {
  %r = fadd float 0x47EFFFFFE0000000, 0x47EFFFFFE0000000
  ret float %r
}

; RUN: pyir run %s --entry t_fadd_f_6
; CHECK: nan
define float @t_fadd_f_6() {
  %r = fadd float 0x7FF8000000000000, 0x7FF0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fadd_f_7
; CHECK: 3e-45
define float @t_fadd_f_7() {
  %r = fadd float 0x36A0000000000000, 0x36A0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fadd_f_8
; CHECK: 0.3
define float @t_fadd_f_8() {
  %r = fadd float 0x3FB99999A0000000, 0x3FC99999A0000000
  ret float %r
}

; RUN: pyir run %s --entry t_fsub_f_9
; CHECK: nan
define float @t_fsub_f_9() {
  %r = fsub float 0x7FF0000000000000, 0x7FF0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fsub_f_10
; CHECK: 0.0
define float @t_fsub_f_10() {
  %r = fsub float 0.0, 0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fsub_f_11
; CHECK: -0.0
define float @t_fsub_f_11() {
  %r = fsub float -0.0, 0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fsub_f_12
; CHECK: 0.0
define float @t_fsub_f_12() {
  %r = fsub float 0.0, -0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fsub_f_13
; CHECK: 1.1754942e-38
define float @t_fsub_f_13() {
  %r = fsub float 0x3810000000000000, 0x36A0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fmul_f_14
; CHECK: nan
define float @t_fmul_f_14() {
  %r = fmul float 0.0, 0x7FF0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fmul_f_15
; CHECK: -0.0
define float @t_fmul_f_15() {
  %r = fmul float -0.0, 5.0
  ret float %r
}

; RUN: pyir run %s --entry t_fmul_f_16
; CHECK: 0.0
define float @t_fmul_f_16() {
  %r = fmul float -2.0, -0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fmul_f_17
; CHECK: inf
define float @t_fmul_f_17() {
  %r = fmul float 0x47EFFFFFE0000000, 2.0
  ret float %r
}

; RUN: pyir run %s --entry t_fmul_f_18
; CHECK: 5.877472e-39
define float @t_fmul_f_18() {
  %r = fmul float 0x3810000000000000, 0.5
  ret float %r
}

; RUN: pyir run %s --entry t_fmul_f_19
; CHECK: 0.0
define float @t_fmul_f_19() {
  %r = fmul float 0x36A0000000000000, 0.5
  ret float %r
}

; RUN: pyir run %s --entry t_fmul_f_20
; CHECK: -0.0
define float @t_fmul_f_20() {
  %r = fmul float 0x36A0000000000000, -0.5
  ret float %r
}

; RUN: pyir run %s --entry t_fmul_f_21
; CHECK: inf
define float @t_fmul_f_21() {
  %r = fmul float 0xFFF0000000000000, -2.0
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_22
; CHECK: inf
define float @t_fdiv_f_22() {
  %r = fdiv float 1.0, 0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_23
; CHECK: -inf
define float @t_fdiv_f_23() {
  %r = fdiv float 1.0, -0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_24
; CHECK: -inf
define float @t_fdiv_f_24() {
  %r = fdiv float -1.0, 0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_25
; CHECK: nan
define float @t_fdiv_f_25() {
  %r = fdiv float 0.0, 0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_26
; CHECK: nan
define float @t_fdiv_f_26() {
  %r = fdiv float 0x7FF0000000000000, 0x7FF0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_27
; CHECK: 0.0
define float @t_fdiv_f_27() {
  %r = fdiv float 1.0, 0x7FF0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_28
; CHECK: -0.0
define float @t_fdiv_f_28() {
  %r = fdiv float -1.0, 0x7FF0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_29
; CHECK: 0.33333334
define float @t_fdiv_f_29() {
  %r = fdiv float 1.0, 3.0
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_30
; CHECK: 5.877472e-39
define float @t_fdiv_f_30() {
  %r = fdiv float 2.0, 0x47EFFFFFE0000000
  ret float %r
}

; RUN: pyir run %s --entry t_fdiv_f_31
; CHECK: 3.918315e-39
define float @t_fdiv_f_31() {
  %r = fdiv float 0x3810000000000000, 3.0
  ret float %r
}











; RUN: pyir run %s --entry t_fneg_f_0
; CHECK: -0.0
define float @t_fneg_f_0() {
  %r = fneg float 0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fneg_f_1
; CHECK: 0.0
define float @t_fneg_f_1() {
  %r = fneg float -0.0
  ret float %r
}

; RUN: pyir run %s --entry t_fneg_f_2
; CHECK: -inf
define float @t_fneg_f_2() {
  %r = fneg float 0x7FF0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fneg_f_3
; CHECK: nan
define float @t_fneg_f_3() {
  %r = fneg float 0x7FF8000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_fneg_f_4
; CHECK: -1.5
define float @t_fneg_f_4() {
  %r = fneg float 1.5
  ret float %r
}

; RUN: pyir run %s --entry t_fneg_f_5
; CHECK: -1e-45
define float @t_fneg_f_5() {
  %r = fneg float 0x36A0000000000000
  ret float %r
}

