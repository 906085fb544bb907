; A module that parses but is ill formed: the verifier reports it with a position, exit 1,
; and `run` refuses to run it.
; RUN: not pyir verify %s
; CHECK: verify-error.ll:
; RUN: not pyir run %s
; CHECK: verify-error.ll:
define i32 @main() {
entry:
  br label %next

next:
  %x = add i32 %y, 1
  %y = add i32 %x, 1
  ret i32 %x
}
