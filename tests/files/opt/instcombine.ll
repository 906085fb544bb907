; instcombine: integer identities become the simpler value; constants of commutative operators
; move to the right. Floating-point look-alikes stay (x + 0.0 is not x when x is -0.0, and x * 1.0
; changes a signalling NaN's bits), and so does a signed division by 1 in i1 (1 is -1 there).
; RUN: pyir opt --passes=instcombine,dce %s
; CHECK: define i32 @identities(i32 %x, i32 %y)
; CHECK-NEXT: entry:
; CHECK-NEXT: %r = add i32 %x, %y
; CHECK-NEXT: ret i32 %r
; CHECK: define i1 @compare_self(i32 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i1 true
; CHECK: define i32 @commute(i32 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = add i32 %x, 5
; CHECK: define double @float_stays(double %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = fadd double %x, 0.0
; CHECK-NEXT: %m = fmul double %a, 1.0
; CHECK: define i1 @sdiv_i1(i1 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %d = sdiv i1 %x, true
; CHECK: define i32 @select_same(i1 %c, i32 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 %x
; CHECK: define i32 @unused_srem_by_minus_one()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 0
; RUN: pyir run -O2 %s --entry identities 3 4
; CHECK: 7
; RUN: pyir run -O2 %s --entry float_stays -0.0
; CHECK: 0.0

define i32 @identities(i32 %x, i32 %y) {
entry:
  %a = add i32 %x, 0
  %b = mul i32 %a, 1
  %c = or i32 %b, %b
  %d = and i32 %c, -1
  %e = shl i32 %d, 0
  %f = sub i32 %y, %y
  %g = xor i32 %e, %f
  %h = udiv i32 %g, 1
  %k = mul i32 %y, 0
  %l = or i32 %k, %y
  %r = add i32 %h, %l
  ret i32 %r
}

define i1 @compare_self(i32 %x) {
entry:
  %c = icmp sle i32 %x, %x
  ret i1 %c
}

define i32 @commute(i32 %x) {
entry:
  %a = add i32 5, %x
  ret i32 %a
}

define double @float_stays(double %x) {
entry:
  %a = fadd double %x, 0.0
  %m = fmul double %a, 1.0
  ret double %m
}

define i1 @sdiv_i1(i1 %x) {
entry:
  %d = sdiv i1 %x, true
  ret i1 %d
}

define i32 @select_same(i1 %c, i32 %x) {
entry:
  %s = select i1 %c, i32 %x, i32 %x
  ret i32 %s
}

; Regression (generated program, seed 375053183): a folded srem by -1 of a constant had no users
; but was not deleted (srem by -1 may trap in general), so instcombine folded it forever.
define i32 @unused_srem_by_minus_one() {
entry:
  %v = srem i32 1073741823, -1
  ret i32 0
}
