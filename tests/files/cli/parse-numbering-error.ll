; A numbered value must take the next number, written without leading zeros: %03 where %3 is next
; is reported at the name.
; RUN: not pyir verify %s
; CHECK: parse-numbering-error.ll:9:3: error: instruction expected to be numbered '%3'
; CHECK-NOT: internal error
define i32 @f(i32 %0) {
  %2 = add i32 %0, 1
  %x = add i32 %0, 2
  %03 = add i32 %2, 1
  ret i32 %x
}
