; Malformed IR is reported as file:line:col: error: with the source line and a caret, exit 1,
; by every command.
; RUN: not pyir run %s
; CHECK: parse-error.ll:14:8: error: expected an instruction, found 'frobnicate'
; CHECK-NEXT: %r = frobnicate i32 %a, 1
; CHECK-NEXT:        ^
; RUN: not pyir print %s
; CHECK: parse-error.ll:14:8: error:
; RUN: not pyir verify %s
; CHECK: parse-error.ll:14:8: error:
; CHECK-NOT: internal error
define i32 @main() {
  %a = add i32 1, 2
  %r = frobnicate i32 %a, 1
  ret i32 %r
}
