; instcombine with known-zero bits (src/Optimizer/Analysis/KnownBits.cs): the masks and shifts that
; packing two fields into an i64 and reading them back leaves (what sroa writes for a small struct
; passed in a register) fold away. A mask that keeps every bit its operand may have goes
; (@and_zext); a mask over an or sees only the side that has bits under it (@and_or_disjoint);
; lshr and trunc read one field out of a packed pair (@high_field, @low_field); (x << s) >> s is a
; mask (@lshr_shl); trunc looks through a mask that keeps its bits (@trunc_and) and a shift that
; leaves none (@trunc_shl). Also a bitcast there and back (@bitcast_pair) and an extractvalue of
; the value an insertvalue put there (@extract_insert).
; Left alone: a mask that drops bits (@and_keeps), a shift of an or whose sides both have bits
; there (@lshr_or_unknown), an extractvalue of part of what an insertvalue inserted
; (@extract_partial).
; RUN: pyir opt --passes=instcombine %s
; CHECK: define i64 @and_zext(i32 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %z = zext i32 %x to i64
; CHECK-NEXT: ret i64 %z
; CHECK: define i64 @and_or_disjoint(i64 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: %zb = zext i32 %b to i64
; CHECK-NEXT: ret i64 %zb
; CHECK: define i32 @high_field(i32 %lo, i32 %hi)
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 %hi
; CHECK: define i32 @low_field(i32 %lo, i32 %hi)
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 %lo
; CHECK: define i64 @lshr_shl(i64 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %r = and i64 %x, 72057594037927935
; CHECK-NEXT: ret i64 %r
; CHECK: define i32 @trunc_and(i64 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %r = trunc i64 %x to i32
; CHECK-NEXT: ret i32 %r
; CHECK: define i32 @trunc_shl(i64 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 0
; CHECK: define float @bitcast_pair(float %f)
; CHECK-NEXT: entry:
; CHECK-NEXT: ret float %f
; CHECK: define i32 @extract_insert(i32 %a, double %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 %a
; CHECK: define i64 @and_keeps(i32 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %z = zext i32 %x to i64
; CHECK-NEXT: %m = and i64 %z, 65535
; CHECK: define i64 @lshr_or_unknown(i64 %a, i64 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: %o = or i64 %a, %b
; CHECK-NEXT: %r = lshr i64 %o, 32
; CHECK: define [2 x i32] @extract_partial({ [2 x i32], i8 } %s, i32 %a)
; CHECK-NEXT: entry:
; CHECK-NEXT: %i = insertvalue { [2 x i32], i8 } %s, i32 %a, 0, 1
; CHECK-NEXT: %e = extractvalue { [2 x i32], i8 } %i, 0
; The folded functions compute what the originals compute.
; RUN: pyir run -O0 %s --entry high_field 5 -7
; RUN: pyir run -O2 %s --entry high_field 5 -7
; CHECK: -7
; CHECK-NEXT: -7
; RUN: pyir run -O0 %s --entry lshr_shl -1
; RUN: pyir run -O2 %s --entry lshr_shl -1
; CHECK: 72057594037927935
; CHECK-NEXT: 72057594037927935
; RUN: pyir run -O0 %s --entry and_or_disjoint -1 -2
; RUN: pyir run -O2 %s --entry and_or_disjoint -1 -2
; CHECK: 4294967294
; CHECK-NEXT: 4294967294

define i64 @and_zext(i32 %x) {
entry:
  %z = zext i32 %x to i64
  %m = and i64 %z, 4294967295
  ret i64 %m
}

define i64 @and_or_disjoint(i64 %a, i32 %b) {
entry:
  %high = and i64 %a, -4294967296
  %zb = zext i32 %b to i64
  %o = or i64 %high, %zb
  %m = and i64 %o, 4294967295
  ret i64 %m
}

define i32 @high_field(i32 %lo, i32 %hi) {
entry:
  %zl = zext i32 %lo to i64
  %zh = zext i32 %hi to i64
  %sh = shl i64 %zh, 32
  %p = or i64 %zl, %sh
  %s = lshr i64 %p, 32
  %r = trunc i64 %s to i32
  ret i32 %r
}

define i32 @low_field(i32 %lo, i32 %hi) {
entry:
  %zl = zext i32 %lo to i64
  %zh = zext i32 %hi to i64
  %sh = shl i64 %zh, 32
  %p = or i64 %zl, %sh
  %r = trunc i64 %p to i32
  ret i32 %r
}

define i64 @lshr_shl(i64 %x) {
entry:
  %s = shl i64 %x, 8
  %r = lshr i64 %s, 8
  ret i64 %r
}

define i32 @trunc_and(i64 %x) {
entry:
  %m = and i64 %x, 8589934591
  %r = trunc i64 %m to i32
  ret i32 %r
}

define i32 @trunc_shl(i64 %x) {
entry:
  %s = shl i64 %x, 32
  %r = trunc i64 %s to i32
  ret i32 %r
}

define float @bitcast_pair(float %f) {
entry:
  %i = bitcast float %f to i32
  %g = bitcast i32 %i to float
  ret float %g
}

define i32 @extract_insert(i32 %a, double %b) {
entry:
  %s0 = insertvalue { i32, double } undef, i32 %a, 0
  %s1 = insertvalue { i32, double } %s0, double %b, 1
  %r = extractvalue { i32, double } %s1, 0
  ret i32 %r
}

define i64 @and_keeps(i32 %x) {
entry:
  %z = zext i32 %x to i64
  %m = and i64 %z, 65535
  ret i64 %m
}

define i64 @lshr_or_unknown(i64 %a, i64 %b) {
entry:
  %o = or i64 %a, %b
  %r = lshr i64 %o, 32
  ret i64 %r
}

define [2 x i32] @extract_partial({ [2 x i32], i8 } %s, i32 %a) {
entry:
  %i = insertvalue { [2 x i32], i8 } %s, i32 %a, 0, 1
  %e = extractvalue { [2 x i32], i8 } %i, 0
  ret [2 x i32] %e
}
