; --exit-code exits with main's result (like lli) and prints nothing; void prints nothing.
; RUN: not pyir run --exit-code %s
; CHECK-NOT: 3
; RUN: pyir run --exit-code %s --entry zero
; RUN: pyir run %s --entry one
; CHECK: 1
; RUN: pyir run %s --entry nothing
; RUN: pyir run %s --entry one
; CHECK-NEXT: 1
; RUN: pyir run %s
; CHECK-NEXT: 3
; Only the low 8 bits reach the exit status, as for a real process: 256 exits 0.
; RUN: pyir run --exit-code %s --entry big
; RUN: not pyir run --exit-code %s --entry half
; CHECK-NEXT: pyir: error: --exit-code needs an integer result, but @half returns float
define i32 @main() {
  ret i32 3
}

define i32 @zero() {
  ret i32 0
}

define i32 @one() {
  ret i32 1
}

define void @nothing() {
  ret void
}

define i32 @big() {
  ret i32 256
}

define float @half() {
  ret float 0.5
}
