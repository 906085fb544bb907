; A number used as a label (here a phi's incoming block) and then defined as a value is reported at
; the definition.
; RUN: not pyir verify %s
; CHECK: parse-numbering-label-value.ll:12:3: error: '%4' is used as a label but defined as a value
; CHECK-NOT: internal error
define i32 @f(i32 %0) {
1:
  br label %2

2:
  %3 = phi i32 [ 0, %1 ], [ %0, %4 ]
  %4 = add i32 %0, 1
  ret i32 %4
}
