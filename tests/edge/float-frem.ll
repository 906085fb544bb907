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
