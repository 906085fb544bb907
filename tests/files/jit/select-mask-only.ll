; Float compares (and and/ors of them) that only float selects use are computed as vector masks
; (vcmpsd, vorps) at each select, with no i1 in a general register (no vucomisd/setcc for them);
; a compare with another kind of user still gets its i1. The math library's branch-free routines
; have this shape (exp: `nan | big | small` picks a stand-in input, then `big`, `small` and `nan`
; each fix the result).
; RUN: pyir asm -O0 %s --fn clamp
; CHECK-NOT: ; %nan = fcmp
; CHECK-NOT: ; %any = or
; CHECK: ; %safe = select i1 %any, double 0.0, double %x
; CHECK: vxorps
; CHECK-NOT: set
; CHECK-NOT: vucomisd
; CHECK: ; ret double %r3
; RUN: pyir asm -O0 %s --fn shared
; CHECK: ; %c = fcmp olt double %x, 0.0
; CHECK: vucomisd
; CHECK: ; %z = zext i1 %c to i32
; RUN: pyir run -O0 %s --entry clamp -- 5.5
; RUN: pyir run --interp %s --entry clamp -- 5.5
; CHECK: 11.0
; CHECK-NEXT: 11.0
; RUN: pyir run -O0 %s --entry clamp -- 1000
; RUN: pyir run --interp %s --entry clamp -- 1000
; CHECK: 1.0
; CHECK-NEXT: 1.0
; RUN: pyir run -O0 %s --entry clamp -- -1000
; RUN: pyir run --interp %s --entry clamp -- -1000
; CHECK: -1.0
; CHECK-NEXT: -1.0
; RUN: pyir run -O0 %s --entry clamp -- nan
; RUN: pyir run --interp %s --entry clamp -- nan
; CHECK: 0.0
; CHECK-NEXT: 0.0
; RUN: pyir run -O0 %s --entry shared -- -2.5
; RUN: pyir run --interp %s --entry shared -- -2.5
; CHECK: 3.5
; CHECK-NEXT: 3.5

define double @clamp(double %x) {
entry:
  %nan = fcmp uno double %x, 0.0
  %big = fcmp ogt double %x, 100.0
  %small = fcmp olt double %x, -100.0
  %out = or i1 %big, %small
  %any = or i1 %nan, %out
  %safe = select i1 %any, double 0.0, double %x
  %d = fmul double %safe, 2.0
  %r1 = select i1 %big, double 1.0, double %d
  %r2 = select i1 %small, double -1.0, double %r1
  %r3 = select i1 %nan, double 0.0, double %r2
  ret double %r3
}

define double @shared(double %x) {
entry:
  %c = fcmp olt double %x, 0.0
  %neg = fneg double %x
  %a = select i1 %c, double %neg, double %x
  %z = zext i1 %c to i32
  %f = sitofp i32 %z to double
  %r = fadd double %a, %f
  ret double %r
}
