; instcombine's rewrites into cheaper instructions: booleans compared after widening, inverted
; compares, bool selects, cast chains, powers of two, constant chains, shifted shifts (including
; amounts that add up to the width or more, which the interpreter takes modulo the width one shift at
; a time), and equality compares of x + C. Signed division by a power of two stays.
; RUN: pyir opt --passes=instcombine,dce %s
; CHECK: define i1 @bool_roundtrip(i32 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: %n = icmp sge i32 %a, %b
; CHECK-NEXT: ret i1 %n
; CHECK: define i32 @pow2(i32 %x)
; CHECK: shl i32 %x, 3
; CHECK: lshr i32 %x, 4
; CHECK: and i32 %x, 15
; CHECK: sdiv i32 %x, 4
; CHECK: define i32 @chains(i32 %x)
; CHECK: add i32 %x, 7
; CHECK-NOT: add i32 %a
; CHECK: define i32 @shifts(i32 %x)
; CHECK: shl i32 %x, 30
; CHECK: ashr i32 %x, 31
; CHECK: define i64 @casts(i8 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %s = zext i8 %x to i64
; CHECK-NEXT: ret i64 %s
; CHECK: define i1 @eq_offset(i32 %x)
; CHECK: icmp eq i32 %x, 5
; RUN: pyir run -O2 %s --entry bool_roundtrip 3 4
; CHECK: false
; RUN: pyir run -O2 %s --entry bool_roundtrip 4 4
; CHECK: true
; RUN: pyir run -O2 %s --entry pow2 -37
; CHECK: 268435159
; RUN: pyir run %s --entry pow2 -37
; CHECK: 268435159
; RUN: pyir run -O2 %s --entry chains 2147483647
; CHECK: -2147483642
; RUN: pyir run -O2 %s --entry shifts -5
; CHECK: -1073741825
; RUN: pyir run %s --entry shifts -5
; CHECK: -1073741825
; RUN: pyir run -O2 %s --entry casts -1
; CHECK: 255
; RUN: pyir run -O2 %s --entry eq_offset 5
; CHECK: true

define i1 @bool_roundtrip(i32 %a, i32 %b) {
entry:
  %c = icmp slt i32 %a, %b
  %z = zext i1 %c to i32
  %nz = icmp ne i32 %z, 0
  %n = xor i1 %nz, true
  %s = select i1 %n, i1 true, i1 false
  %w = zext i1 %s to i8
  %t = trunc i8 %w to i1
  ret i1 %t
}

define i32 @pow2(i32 %x) {
entry:
  %m = mul i32 %x, 8
  %d = udiv i32 %x, 16
  %r = urem i32 %x, 16
  %s = sdiv i32 %x, 4
  %a = add i32 %m, %d
  %b = add i32 %a, %r
  %c = add i32 %b, %s
  ret i32 %c
}

define i32 @chains(i32 %x) {
entry:
  %a = add nsw i32 %x, 10
  %b = sub nsw i32 %a, 3
  ret i32 %b
}

; (x << 20) << 10 is x << 30; (x << 20) << 20 is 0 (not x << 40 = x << 8); ashr saturates at 31.
define i32 @shifts(i32 %x) {
entry:
  %a = shl i32 %x, 20
  %b = shl i32 %a, 10
  %c = shl i32 %a, 20
  %d = ashr i32 %x, 20
  %e = ashr i32 %d, 20
  %f = lshr i32 %x, 16
  %g = lshr i32 %f, 16
  %r1 = add i32 %b, %c
  %r2 = add i32 %r1, %e
  %r3 = add i32 %r2, %g
  ret i32 %r3
}

define i64 @casts(i8 %x) {
entry:
  %a = zext i8 %x to i16
  %b = zext i16 %a to i32
  %s = sext i32 %b to i64
  ret i64 %s
}

define i1 @eq_offset(i32 %x) {
entry:
  %a = add i32 %x, 10
  %c = icmp eq i32 %a, 15
  ret i1 %c
}
