; A value written with the wrong number is reported as such, even when the number it should have
; was used as a label before (the numbering error comes first).
; RUN: not pyir verify %s
; CHECK: parse-numbering-order.ll:12:3: error: instruction expected to be numbered '%4'
; CHECK-NOT: internal error
define i32 @f(i32 %0) {
1:
  br label %2

2:
  %3 = phi i32 [ 0, %1 ], [ %0, %4 ]
  %5 = add i32 %0, 1
  ret i32 %5
}
