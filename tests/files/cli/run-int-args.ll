; Integer arguments are read by parameter type: decimal or 0x hex, negative allowed, modulo 2^N;
; results print as signed decimal, i1 as true/false.
; RUN: pyir run %s --entry add32 2 3
; CHECK: 5
; RUN: pyir run %s --entry add32 -7 0x10
; CHECK-NEXT: 9
; RUN: pyir run %s --entry add32 4294967295 0
; CHECK-NEXT: -1
; RUN: pyir run %s --entry add8 200 100
; CHECK-NEXT: 44
; RUN: pyir run %s --entry add64 9223372036854775807 1
; CHECK-NEXT: -9223372036854775808
; RUN: pyir run %s --entry not1 true
; CHECK-NEXT: false
; RUN: pyir run %s --entry not1 0
; CHECK-NEXT: true
; RUN: pyir run %s --entry ult 1 -1
; CHECK-NEXT: true
define i32 @add32(i32 %a, i32 %b) {
  %r = add i32 %a, %b
  ret i32 %r
}

define i8 @add8(i8 %a, i8 %b) {
  %r = add i8 %a, %b
  ret i8 %r
}

define i64 @add64(i64 %a, i64 %b) {
  %r = add i64 %a, %b
  ret i64 %r
}

define i1 @not1(i1 %a) {
  %r = xor i1 %a, true
  ret i1 %r
}

define i1 @ult(i16 %a, i16 %b) {
  %r = icmp ult i16 %a, %b
  ret i1 %r
}
