; A division and a remainder of the same operands in one block share one div (x86 leaves the
; quotient in rax and the remainder in rdx): the later one is taken from the first one's div, in
; either order. Another signedness or other operands divide again. Division by zero and
; INT_MIN / -1 are still reported, at the first of the two.
; RUN: pyir asm -O0 %s --fn divmod
; CHECK: ; %q = sdiv i64 %a, %b
; CHECK: idiv
; CHECK-NOT: idiv
; CHECK-NOT: %r = srem
; CHECK: ; ret i64 %t
; RUN: pyir asm -O0 %s --fn udivmod
; CHECK: ; %r = urem i32 %a, %b
; CHECK: div
; CHECK-NOT: div
; CHECK: ; ret i32 %t
; RUN: pyir asm -O0 %s --fn mixed
; CHECK: ; %q = sdiv i32 %a, %b
; CHECK: idiv
; CHECK: ; %r = urem i32 %a, %b
; CHECK: div
; RUN: pyir run -O0 %s --entry divmod -- -7007 1000
; RUN: pyir run --interp %s --entry divmod -- -7007 1000
; CHECK: -7007
; CHECK-NEXT: -7007
; RUN: pyir run -O0 %s --entry udivmod 4000000000 7
; RUN: pyir run --interp %s --entry udivmod 4000000000 7
; CHECK: 197920635
; CHECK-NEXT: 197920635
; RUN: pyir run -O0 %s --entry mixed -- -7 2
; RUN: pyir run --interp %s --entry mixed -- -7 2
; CHECK: -2
; CHECK-NEXT: -2
; RUN: not pyir run -O0 %s --entry divmod 5 0
; CHECK: div-rem-pair.ll:40:8: error: division by zero
; RUN: not pyir run -O0 %s --entry divmod -- -9223372036854775808 -1
; CHECK: div-rem-pair.ll:40:8: error: signed division overflow

define i64 @divmod(i64 %a, i64 %b) {
entry:
  %q = sdiv i64 %a, %b
  %r = srem i64 %a, %b
  %s = mul i64 %q, 1000
  %t = add i64 %s, %r
  ret i64 %t
}

define i32 @udivmod(i32 %a, i32 %b) {
entry:
  %r = urem i32 %a, %b
  %x = xor i32 %a, 5
  %q = udiv i32 %a, %b
  %s = mul i32 %q, 1000
  %t = add i32 %s, %r
  ret i32 %t
}

define i32 @mixed(i32 %a, i32 %b) {
entry:
  %q = sdiv i32 %a, %b
  %r = urem i32 %a, %b
  %t = add i32 %q, %r
  ret i32 %t
}
