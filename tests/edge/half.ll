; half (IEEE binary16): arithmetic rounding at half precision, conversion boundaries (65504 is the
; largest finite half; values from 65520 up round to infinity), subnormals, NaN, and printing with
; the shortest digits at half precision.
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_half_add
; CHECK: 1.001
define half @t_half_add() {
  %r = fadd half 1.0, 0xH1400
  ret half %r
}

; RUN: pyir run %s --entry t_half_third
; CHECK: 0.3333
define half @t_half_third() {
  %r = fdiv half 1.0, 3.0
  ret half %r
}

; RUN: pyir run %s --entry t_half_max
; CHECK: 65500.0
define half @t_half_max() {
  %r = fptrunc double 65504.0 to half
  ret half %r
}

; RUN: pyir run %s --entry t_half_round_to_max
; CHECK: 65500.0
define half @t_half_round_to_max() {
  %r = fptrunc double 65519.0 to half
  ret half %r
}

; RUN: pyir run %s --entry t_half_overflow
; CHECK: inf
define half @t_half_overflow() {
  %r = fptrunc double 65520.0 to half
  ret half %r
}

; RUN: pyir run %s --entry t_half_mul_overflow
; CHECK: inf
define half @t_half_mul_overflow() {
  %r = fmul half 0xH7BFF, 2.0
  ret half %r
}

; RUN: pyir run %s --entry t_half_subnormal
; CHECK: 6e-08
define half @t_half_subnormal() {
  %r = fptrunc double 5.9604644775390625e-08 to half
  ret half %r
}

; RUN: pyir run %s --entry t_half_underflow
; CHECK: 0.0
define half @t_half_underflow() {
  %r = fptrunc double 2.0e-08 to half
  ret half %r
}

; RUN: pyir run %s --entry t_half_tie
; CHECK: 2048.0
define half @t_half_tie() {
  ; 2049 is halfway between the halves 2048 and 2050: ties to even gives 2048
  %r = fptrunc float 2049.0 to half
  ret half %r
}

; RUN: pyir run %s --entry t_half_tie_up
; CHECK: 2052.0
define half @t_half_tie_up() {
  ; 2051 is halfway between 2050 and 2052: ties to even gives 2052
  %r = fptrunc float 2051.0 to half
  ret half %r
}

; RUN: pyir run %s --entry t_half_fpext
; CHECK: 0.333251953125
define double @t_half_fpext() {
  %r = fpext half 0xH3555 to double
  ret double %r
}

; RUN: pyir run %s --entry t_half_to_float
; CHECK: 5.9604645e-08
define float @t_half_to_float() {
  %r = fpext half 0xH0001 to float
  ret float %r
}

; RUN: pyir run %s --entry t_half_nan
; CHECK: nan
define half @t_half_nan() {
  %r = fsub half 0xH7C00, 0xH7C00
  ret half %r
}

; RUN: pyir run %s --entry t_half_negzero
; CHECK: -0.0
define half @t_half_negzero() {
  %r = fmul half -1.0, 0.0
  ret half %r
}

; RUN: pyir run %s --entry t_half_fcmp
; CHECK: true
define i1 @t_half_fcmp() {
  %r = fcmp olt half 0xH3C00, 0xH3C01
  ret i1 %r
}

; RUN: pyir run %s --entry t_half_fptosi
; CHECK: -65504
define i32 @t_half_fptosi() {
  %r = fptosi half -65504.0 to i32
  ret i32 %r
}

; RUN: pyir run %s --entry t_half_sitofp
; CHECK: 4096.0
define half @t_half_sitofp() {
  %r = sitofp i32 4097 to half
  ret half %r
}

; RUN: pyir run %s --entry t_half_bitcast
; CHECK: -16384
define i16 @t_half_bitcast() {
  %r = bitcast half -2.0 to i16
  ret i16 %r
}

; RUN: pyir run %s --entry t_half_vector
; CHECK: <half 0.75, half 1000.5>
define <2 x half> @t_half_vector() {
  %r = fadd <2 x half> <half 0.5, half 1000.0>, <half 0.25, half 0.5>
  ret <2 x half> %r
}
