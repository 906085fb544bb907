; A leaf function (no calls, no dynamic alloca) whose frame fits in the 256 bytes that every checked
; frame leaves below itself has no stack check in its prologue; a function that calls has one, and
; so has a leaf with a large frame. Deep recursion through the checked caller still stops with a
; stack-overflow error, not a crash.
; RUN: pyir run -O0 %s --entry sum_to -- 1000
; RUN: pyir run --interp %s --entry sum_to -- 1000
; CHECK: 500500
; CHECK-NEXT: 500500
; RUN: not pyir run -O0 %s --entry sum_to -- 100000000
; CHECK: leaf-stack-check.ll:38:8: error: stack overflow
; CHECK-NOT: internal error
; RUN: pyir asm -O0 %s --fn add_one
; CHECK: mov     rbp,rsp
; CHECK-NOT: r11
; CHECK: ret
; RUN: pyir asm -O0 %s --fn sum_to
; CHECK: mov     rbp,rsp
; CHECK-NEXT: lea     r11,[rsp-
; CHECK-NEXT: cmp     r11,
; RUN: pyir asm -O0 %s --fn big_leaf
; CHECK: mov     rbp,rsp
; CHECK-NEXT: lea     r11,[rsp-
; CHECK-NEXT: cmp     r11,

define i64 @add_one(i64 %x) {
  %r = add i64 %x, 1
  ret i64 %r
}

; 1 + 2 + ... + n, recursively (n + sum_to(n - 1)), counting through the leaf.
define i64 @sum_to(i64 %n) {
entry:
  %zero = icmp eq i64 %n, 0
  br i1 %zero, label %done, label %more

more:
  %m = sub i64 %n, 1
  %s = call i64 @sum_to(i64 %m)
  %one = call i64 @add_one(i64 %s)
  %r = add i64 %one, %m
  ret i64 %r

done:
  ret i64 0
}

; A leaf with 1 KB of locals: its frame does not fit in the reserve, so it checks.
define i64 @big_leaf(i64 %i) {
  %a = alloca [128 x i64]
  %p = getelementptr [128 x i64], ptr %a, i64 0, i64 %i
  store i64 %i, ptr %p
  %v = load i64, ptr %p
  ret i64 %v
}
