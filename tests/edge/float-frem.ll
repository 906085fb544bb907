; frem (C fmod semantics: the result has the dividend's sign) on double and float, with zeros,
; infinities and a large dividend.
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_frem_d_32
; CHECK: 1.5
define double @t_frem_d_32() {
  %r = frem double 5.5, 2.0
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_32
; CHECK: 1.5
define float @t_frem_f_32() {
  %r = frem float 5.5, 2.0
  ret float %r
}

; RUN: pyir run %s --entry t_frem_d_33
; CHECK: -1.5
define double @t_frem_d_33() {
  %r = frem double -5.5, 2.0
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_33
; CHECK: -1.5
define float @t_frem_f_33() {
  %r = frem float -5.5, 2.0
  ret float %r
}

; RUN: pyir run %s --entry t_frem_d_34
; CHECK: 1.5
define double @t_frem_d_34() {
  %r = frem double 5.5, -2.0
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_34
; CHECK: 1.5
define float @t_frem_f_34() {
  %r = frem float 5.5, -2.0
  ret float %r
}

; RUN: pyir run %s --entry t_frem_d_35
; CHECK: nan
define double @t_frem_d_35() {
  %r = frem double 1.0, 0.0
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_35
; CHECK: nan
define float @t_frem_f_35() {
  %r = frem float 1.0, 0.0
  ret float %r
}

; RUN: pyir run %s --entry t_frem_d_36
; CHECK: nan
define double @t_frem_d_36() {
  %r = frem double 0x7FF0000000000000, 2.0
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_36
; CHECK: nan
define float @t_frem_f_36() {
  %r = frem float 0x7FF0000000000000, 2.0
  ret float %r
}

; RUN: pyir run %s --entry t_frem_d_37
; CHECK: 3.0
define double @t_frem_d_37() {
  %r = frem double 3.0, 0x7FF0000000000000
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_37
; CHECK: 3.0
define float @t_frem_f_37() {
  %r = frem float 3.0, 0x7FF0000000000000
  ret float %r
}

; RUN: pyir run %s --entry t_frem_d_38
; CHECK: -0.0
define double @t_frem_d_38() {
  %r = frem double -0.0, 1.0
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_38
; CHECK: -0.0
define float @t_frem_f_38() {
  %r = frem float -0.0, 1.0
  ret float %r
}

; RUN: pyir run %s --entry t_frem_d_39
; CHECK: 0.0
define double @t_frem_d_39() {
  %r = frem double 6.0, 3.0
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_39
; CHECK: 0.0
define float @t_frem_f_39() {
  %r = frem float 6.0, 3.0
  ret float %r
}

; RUN: pyir run %s --entry t_frem_d_40
; CHECK: -0.0
define double @t_frem_d_40() {
  %r = frem double -6.0, 3.0
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_40
; CHECK: -0.0
define float @t_frem_f_40() {
  %r = frem float -6.0, 3.0
  ret float %r
}

; RUN: pyir run %s --entry t_frem_d_41
; CHECK: 0.09999944488848769
define double @t_frem_d_41() {
  %r = frem double 1.0e10, 0.1
  ret double %r
}

; RUN: pyir run %s --entry t_frem_f_41
; CHECK: 0.08839028
define float @t_frem_f_41() {
  %r = frem float 1.0e10, 0x3FB99999A0000000
  ret float %r
}

; NaN operands at run time (the operands are arguments, so no constant folding): a NaN comes
; back quieted with its sign and payload (x's when both are NaN), inf rem y and x rem 0 give the
; default NaN (sign bit set on x86), as glibc's fmod does. Operands and results as bits.

; double: 0 rem -NaN(1): y's NaN, sign kept
; RUN: pyir run %s --entry t_frem_d_bits 0 -2251799813685247
; CHECK: -2251799813685247

; double: -0 rem +NaN: +NaN (the CI failure: the JIT gave -NaN)
; RUN: pyir run %s --entry t_frem_d_bits -9223372036854775808 9221120237041090560
; CHECK: 9221120237041090560

; double: both NaN: x's
; RUN: pyir run %s --entry t_frem_d_bits 9221120237041090562 -2251799813685247
; CHECK: 9221120237041090562

; double: signalling NaN y: quieted, payload kept
; RUN: pyir run %s --entry t_frem_d_bits 4607182418800017408 9218868437227405313
; CHECK: 9221120237041090561

; double: inf rem 1: the default NaN
; RUN: pyir run %s --entry t_frem_d_bits 9218868437227405312 4607182418800017408
; CHECK: -2251799813685248

; double: 1 rem 0: the default NaN
; RUN: pyir run %s --entry t_frem_d_bits 4607182418800017408 0
; CHECK: -2251799813685248

; double: inf rem -NaN(1): y's NaN
; RUN: pyir run %s --entry t_frem_d_bits 9218868437227405312 -2251799813685247
; CHECK: -2251799813685247
define i64 @t_frem_d_bits(i64 %xb, i64 %yb) {
  %x = bitcast i64 %xb to double
  %y = bitcast i64 %yb to double
  %r = frem double %x, %y
  %b = bitcast double %r to i64
  ret i64 %b
}

; float: 0 rem -NaN(1): y's NaN, sign kept
; RUN: pyir run %s --entry t_frem_f_bits 0 -4194303
; CHECK: -4194303

; float: -0 rem +NaN: +NaN (the CI failure: the JIT gave -NaN)
; RUN: pyir run %s --entry t_frem_f_bits -2147483648 2143289344
; CHECK: 2143289344

; float: both NaN: x's
; RUN: pyir run %s --entry t_frem_f_bits 2143289346 -4194303
; CHECK: 2143289346

; float: signalling NaN y: quieted, payload kept
; RUN: pyir run %s --entry t_frem_f_bits 1065353216 2139095041
; CHECK: 2143289345

; float: inf rem 1: the default NaN
; RUN: pyir run %s --entry t_frem_f_bits 2139095040 1065353216
; CHECK: -4194304

; float: 1 rem 0: the default NaN
; RUN: pyir run %s --entry t_frem_f_bits 1065353216 0
; CHECK: -4194304

; float: inf rem -NaN(1): y's NaN
; RUN: pyir run %s --entry t_frem_f_bits 2139095040 -4194303
; CHECK: -4194303
define i32 @t_frem_f_bits(i32 %xb, i32 %yb) {
  %x = bitcast i32 %xb to float
  %y = bitcast i32 %yb to float
  %r = frem float %x, %y
  %b = bitcast float %r to i32
  ret i32 %b
}
