; Pointers: arguments are null or an address; results print as null or lower-case hex.
; RUN: pyir run %s --entry echo 0x1234
; CHECK: 0x1234
; RUN: pyir run %s --entry echo 4096
; CHECK-NEXT: 0x1000
; RUN: pyir run %s --entry echo null
; CHECK-NEXT: null
; RUN: pyir run %s --entry is_null null
; CHECK-NEXT: true
; RUN: pyir run %s --entry is_null 0x10
; CHECK-NEXT: false
; RUN: not pyir run %s --entry echo -1
; CHECK-NEXT: pyir: error: argument 1 of @echo: cannot read '-1' as ptr
define ptr @echo(ptr %p) {
  ret ptr %p
}

define i1 @is_null(ptr %p) {
  %r = icmp eq ptr %p, null
  ret i1 %r
}
