; A scalar float select with +0.0 on one side is an and of the condition's mask with the other side
; (vandps for select(c, x, 0.0), vandnps for select(c, 0.0, x)): no zero register and no blend.
; -0.0 is not all zero bits, so a select with -0.0 stays a blend and keeps its sign.
; RUN: pyir run -O0 %s --entry pick -- 2.5 1.0
; RUN: pyir run --interp %s --entry pick -- 2.5 1.0
; CHECK: 10.5
; CHECK-NEXT: 10.5
; RUN: pyir run -O0 %s --entry pick -- -2.5 1.0
; RUN: pyir run --interp %s --entry pick -- -2.5 1.0
; CHECK: 0.0
; CHECK-NEXT: 0.0
; RUN: pyir run -O0 %s --entry negzero -- -1.0 true
; RUN: pyir run --interp %s --entry negzero -- -1.0 true
; CHECK: -0.0
; CHECK-NEXT: -0.0
; RUN: pyir run -O0 %s --entry flagged -- 3.0 false
; RUN: pyir run --interp %s --entry flagged -- 3.0 false
; CHECK: 0.0
; CHECK-NEXT: 0.0
; RUN: pyir run -O0 %s --entry flagged -- 3.0 true
; RUN: pyir run --interp %s --entry flagged -- 3.0 true
; CHECK: 3.0
; CHECK-NEXT: 3.0
; RUN: pyir asm -O0 %s --fn pick
; CHECK: vandps
; CHECK: vandnps
; CHECK-NOT: vblendv
; CHECK: ret
; RUN: pyir asm -O0 %s --fn negzero
; CHECK: vblendv

; x > 0 ? 4x : 0, plus (y == 1 ? 0 : y) + (x > 0 ? 0.5 : 0).
define double @pick(double %x, double %y) {
  %pos = fcmp ogt double %x, 0.0
  %x4 = fmul double %x, 4.0
  %a = select i1 %pos, double %x4, double 0.0
  %one = fcmp oeq double %y, 1.0
  %b = select i1 %one, double 0.0, double %y
  %h = select i1 %pos, double 0.5, double 0.0
  %s = fadd double %a, %b
  %r = fadd double %s, %h
  ret double %r
}

; c ? -0.0 : x
define double @negzero(double %x, i1 %c) {
  %r = select i1 %c, double -0.0, double %x
  ret double %r
}

; c ? x : 0.0, on an i1 argument (the mask comes from a general register).
define float @flagged(float %x, i1 %c) {
  %r = select i1 %c, float %x, float 0.0
  ret float %r
}
