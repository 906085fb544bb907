; Floating-point arguments and results: shortest round-trip digits at the type's precision.
; RUN: pyir run %s --entry addf 0.1 0.2
; CHECK: 0.3
; RUN: pyir run %s --entry addd 0.1 0.2
; CHECK-NEXT: 0.30000000000000004
; RUN: pyir run %s --entry addd 1e16 0
; CHECK-NEXT: 1e+16
; RUN: pyir run %s --entry addd -0.0 -0.0
; CHECK-NEXT: -0.0
; RUN: pyir run %s --entry addf inf -inf
; CHECK-NEXT: nan
; RUN: pyir run %s --entry addd 1e308 1e308
; CHECK-NEXT: inf
; RUN: pyir run %s --entry addf -3.4028235e+38 -3.4028235e+38
; CHECK-NEXT: -inf
; RUN: pyir run %s --entry addd 1.5e-05 0
; CHECK-NEXT: 1.5e-05
; RUN: pyir run %s --entry addh 0.1 0
; CHECK-NEXT: 0.1
; RUN: pyir run %s --entry widen 0.1
; CHECK-NEXT: 0.10000000149011612
define float @addf(float %a, float %b) {
  %r = fadd float %a, %b
  ret float %r
}

define double @addd(double %a, double %b) {
  %r = fadd double %a, %b
  ret double %r
}

define half @addh(half %a, half %b) {
  %r = fadd half %a, %b
  ret half %r
}

define double @widen(float %a) {
  %r = fpext float %a to double
  ret double %r
}
