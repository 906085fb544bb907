; schedule in an unreachable block, where an instruction may use itself or a later instruction
; (the verifier accepts that only there): nothing is moved above what it uses, nothing crashes.
; (An earlier version read another pass's Scratch numbers here and crashed with an internal error.)
; RUN: pyir opt --passes=schedule %s
; CHECK: dead:
; CHECK-NEXT: %self = add i32 %self, 1
; CHECK: %later = zext i8 7 to i32
; CHECK-NEXT: %fwd = add i32 %later, 1
; CHECK-NEXT: %use = mul i32 %fwd, 3
; CHECK-NEXT: %u = add i32 %use, %self
; CHECK-NEXT: ret i32 %u
; RUN: pyir run %s --entry f 5
; CHECK: 5

define i32 @f(i32 %a) {
entry:
  ret i32 %a
dead:
  %self = add i32 %self, 1
  %fwd = add i32 %later, 1
  %use = mul i32 %fwd, 3
  %t0 = add i32 %a, 0
  %t1 = add i32 %a, 1
  %t2 = add i32 %a, 2
  %t3 = add i32 %a, 3
  %t4 = add i32 %a, 4
  %t5 = add i32 %a, 5
  %t6 = add i32 %a, 6
  %t7 = add i32 %a, 7
  %t8 = add i32 %a, 8
  %t9 = add i32 %a, 9
  %t10 = add i32 %a, 10
  %t11 = add i32 %a, 11
  %t12 = add i32 %a, 12
  %t13 = add i32 %a, 13
  %t14 = add i32 %a, 14
  %t15 = add i32 %a, 15
  %t16 = add i32 %a, 16
  %t17 = add i32 %a, 17
  %t18 = add i32 %a, 18
  %t19 = add i32 %a, 19
  %t20 = add i32 %a, 20
  %t21 = add i32 %a, 21
  %t22 = add i32 %a, 22
  %t23 = add i32 %a, 23
  %t24 = add i32 %a, 24
  %t25 = add i32 %a, 25
  %t26 = add i32 %a, 26
  %t27 = add i32 %a, 27
  %t28 = add i32 %a, 28
  %t29 = add i32 %a, 29
  %later = zext i8 7 to i32
  %u = add i32 %use, %self
  ret i32 %u
}
