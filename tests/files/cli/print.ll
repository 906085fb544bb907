; `pyir print` writes the canonical text: two-space indentation, one blank line between functions.
; RUN: pyir print %s
; CHECK: define i32 @sum(i32 %a, i32 %b) {
; CHECK-NEXT:   %r = add nsw i32 %a, %b
; CHECK-NEXT:   ret i32 %r
; CHECK-NEXT: }
; CHECK-EMPTY:
; CHECK-NEXT: define i32 @main() {
; CHECK-NEXT:   %1 = call i32 @sum(i32 1, i32 2)
define i32 @sum(i32 %a,i32 %b) {
    %r = add nsw i32 %a,   %b
    ret i32 %r
}
define i32 @main() {
  %1 = call i32 @sum(i32 1, i32 2)
  ret i32 %1
}
