; `and i64 %x, 4294967295` (clang's zext of a trunc to 32 bits) is one 32-bit mov, which clears the
; upper half; the mask does not fit a sign-extended 32-bit immediate, so `and` would first load it
; into a register. Also for a narrower type above 32 bits.
; RUN: pyir asm -O0 %s --fn low
; CHECK: ; %r = and i64 %x, 4294967295
; CHECK-NEXT: mov     eax,edi
; CHECK-NOT: and
; CHECK: ; ret i64 %r
; RUN: pyir run -O0 %s --entry low -- -4294967297
; RUN: pyir run --interp %s --entry low -- -4294967297
; CHECK: 4294967295
; CHECK-NEXT: 4294967295
; RUN: pyir run -O0 %s --entry low40 -- -1
; RUN: pyir run --interp %s --entry low40 -- -1
; CHECK: 4294967295
; CHECK-NEXT: 4294967295

define i64 @low(i64 %x) {
  %r = and i64 %x, 4294967295
  ret i64 %r
}

define i40 @low40(i40 %x) {
  %r = and i40 %x, 4294967295
  ret i40 %r
}
