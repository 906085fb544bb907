; An error while the program runs is reported at the failing instruction, with the source line,
; and exits 1.
; RUN: not pyir run %s
; CHECK: runtime-error.ll:10:8: error: division by zero
; CHECK-NEXT: %r = sdiv i32 %a, 0
; CHECK-NEXT: ^
; CHECK-NOT: internal error
define i32 @main() {
  %a = add i32 1, 2
  %r = sdiv i32 %a, 0
  ret i32 %r
}
