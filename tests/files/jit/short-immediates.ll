; An immediate from -128 to 127 takes the sign-extended 8-bit form of add, and, cmp, imul, ...:
; `83 /7 ib` for cmp is 3 bytes where `81 /7 id` is 6. Wider immediates keep the 32-bit form, and
; a 32-bit operation's immediate counts as 32 bits (0xFFFFFFFF is -1).
; RUN: pyir run -O0 %s --entry f -- 7
; RUN: pyir run --interp %s --entry f -- 7
; CHECK: 1688
; CHECK-NEXT: 1688
; RUN: pyir run -O0 %s --entry f -- -1
; RUN: pyir run --interp %s --entry f -- -1
; CHECK: 890
; CHECK-NEXT: 890
; RUN: pyir run -O0 %s --entry sign -- -5
; RUN: pyir run --interp %s --entry sign -- -5
; CHECK: -1
; CHECK-NEXT: -1
; RUN: pyir run -O0 %s --entry sign -- 0
; RUN: pyir run --interp %s --entry sign -- 0
; CHECK: 0
; CHECK-NEXT: 0
; RUN: pyir asm -O0 %s
; CHECK: 6bc764                   imul    eax,edi,0x64
; CHECK: 83e0f0                   and     eax,0xFFFFFFF0
; CHECK: 81ffc8000000             cmp     edi,0xC8
; CHECK: 83ffff                   cmp     edi,0xFFFFFFFF
; A signed compare with zero is a test of the register with itself (the flags of cmp x, 0).
; RUN: pyir asm -O0 %s --fn sign
; CHECK: test    edi,edi
; CHECK-NOT: cmp
; CHECK: ret

; ((x * 100) & -16) + (x == 200 ? 1 : 0) + (x == -1 ? 2 : 0) + 1000, as an unsigned 32-bit value.
define i64 @f(i32 %x) {
  %m = mul i32 %x, 100
  %a = and i32 %m, -16
  %is200 = icmp eq i32 %x, 200
  %b200 = zext i1 %is200 to i32
  %isneg = icmp eq i32 %x, -1
  %bneg = select i1 %isneg, i32 2, i32 0
  %s1 = add i32 %a, %b200
  %s2 = add i32 %s1, %bneg
  %s3 = add i32 %s2, 1000
  %r = zext i32 %s3 to i64
  ret i64 %r
}

; -1, 0 or 1 by the sign of x.
define i32 @sign(i32 %x) {
  %neg = icmp slt i32 %x, 0
  %pos = icmp sgt i32 %x, 0
  %p = zext i1 %pos to i32
  %r = select i1 %neg, i32 -1, i32 %p
  ret i32 %r
}
