; Saturating add and subtract at the machine widths and others: the operation at 32 or 64 bits
; sets the overflow or carry flag and a cmov puts in the saturated value; other widths are moved to
; the top of a register first, so the wide operation's flags are the narrow one's. The hash mixes
; all four operations over pairs near every boundary, and must be the interpreter's (and lli-16's:
; the same two values).
; RUN: pyir run -O0 %s --entry mix -- 0
; RUN: pyir run --interp %s --entry mix -- 0
; CHECK: 4654723855815110171
; CHECK-NEXT: 4654723855815110171
; RUN: pyir run -O0 %s --entry mix -- 1
; RUN: pyir run --interp %s --entry mix -- 1
; CHECK: 4002690898864087219
; CHECK-NEXT: 4002690898864087219
; RUN: pyir asm -O0 %s --fn sadd32
; CHECK: add     e
; CHECK-NEXT: cmovo   e
; RUN: pyir asm -O0 %s --fn usub16
; CHECK: shl     e
; CHECK: sub     e
; CHECK-NEXT: cmovb   e
; CHECK-NEXT: shr     e

define i32 @sadd32(i32 %a, i32 %b) {
  %r = call i32 @llvm.sadd.sat.i32(i32 %a, i32 %b)
  ret i32 %r
}

define i16 @usub16(i16 %a, i16 %b) {
  %r = call i16 @llvm.usub.sat.i16(i16 %a, i16 %b)
  ret i16 %r
}

; The hash over 64 pairs x steps (seeded by %s): a is from an LCG, b is a boundary value of the
; width plus or minus the step, so both saturation directions and the exact results are hit.
define i64 @mix(i64 %s) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %x = phi i64 [ %s, %entry ], [ %x.next, %loop ]
  %h = phi i64 [ 0, %entry ], [ %h.last, %loop ]
  %x.next0 = mul i64 %x, 6364136223846793005
  %x.next = add i64 %x.next0, 1442695040888963407
  %top = lshr i64 %x.next, 17
  %sel = and i64 %i, 3
  %step = lshr i64 %i, 2
  %bnd.is0 = icmp eq i64 %sel, 0
  %bnd.is1 = icmp eq i64 %sel, 1
  %bnd.is2 = icmp eq i64 %sel, 2
  %b.max = sub i64 9223372036854775807, %step
  %b.min = add i64 -9223372036854775808, %step
  %b.zero = sub i64 0, %step
  %b.t0 = select i1 %bnd.is0, i64 %b.max, i64 %top
  %b.t1 = select i1 %bnd.is1, i64 %b.min, i64 %b.t0
  %b = select i1 %bnd.is2, i64 %b.zero, i64 %b.t1

  %a1.s = lshr i64 %x.next, 63
  %a1 = trunc i64 %a1.s to i1
  %b1.s = lshr i64 %b, 63
  %b1.x = trunc i64 %b1.s to i1
  %b1 = add i1 %b1.x, 0
  %sadd1 = call i1 @llvm.sadd.sat.i1(i1 %a1, i1 %b1)
  %sadd1.z = zext i1 %sadd1 to i64
  %h0.m = mul i64 %h, 1099511628211
  %h0 = xor i64 %h0.m, %sadd1.z
  %uadd1 = call i1 @llvm.uadd.sat.i1(i1 %a1, i1 %b1)
  %uadd1.z = zext i1 %uadd1 to i64
  %h1.m = mul i64 %h0, 1099511628211
  %h1 = xor i64 %h1.m, %uadd1.z
  %ssub1 = call i1 @llvm.ssub.sat.i1(i1 %a1, i1 %b1)
  %ssub1.z = zext i1 %ssub1 to i64
  %h2.m = mul i64 %h1, 1099511628211
  %h2 = xor i64 %h2.m, %ssub1.z
  %usub1 = call i1 @llvm.usub.sat.i1(i1 %a1, i1 %b1)
  %usub1.z = zext i1 %usub1 to i64
  %h3.m = mul i64 %h2, 1099511628211
  %h3 = xor i64 %h3.m, %usub1.z
  %sadd1.r = call i1 @llvm.sadd.sat.i1(i1 %b1, i1 %a1)
  %sadd1.r.z = zext i1 %sadd1.r to i64
  %h4.m = mul i64 %h3, 1099511628211
  %h4 = xor i64 %h4.m, %sadd1.r.z
  %uadd1.r = call i1 @llvm.uadd.sat.i1(i1 %b1, i1 %a1)
  %uadd1.r.z = zext i1 %uadd1.r to i64
  %h5.m = mul i64 %h4, 1099511628211
  %h5 = xor i64 %h5.m, %uadd1.r.z
  %ssub1.r = call i1 @llvm.ssub.sat.i1(i1 %b1, i1 %a1)
  %ssub1.r.z = zext i1 %ssub1.r to i64
  %h6.m = mul i64 %h5, 1099511628211
  %h6 = xor i64 %h6.m, %ssub1.r.z
  %usub1.r = call i1 @llvm.usub.sat.i1(i1 %b1, i1 %a1)
  %usub1.r.z = zext i1 %usub1.r to i64
  %h7.m = mul i64 %h6, 1099511628211
  %h7 = xor i64 %h7.m, %usub1.r.z
  %a7.s = lshr i64 %x.next, 57
  %a7 = trunc i64 %a7.s to i7
  %b7.s = lshr i64 %b, 57
  %b7.x = trunc i64 %b7.s to i7
  %b7 = add i7 %b7.x, 1
  %sadd7 = call i7 @llvm.sadd.sat.i7(i7 %a7, i7 %b7)
  %sadd7.z = zext i7 %sadd7 to i64
  %h8.m = mul i64 %h7, 1099511628211
  %h8 = xor i64 %h8.m, %sadd7.z
  %uadd7 = call i7 @llvm.uadd.sat.i7(i7 %a7, i7 %b7)
  %uadd7.z = zext i7 %uadd7 to i64
  %h9.m = mul i64 %h8, 1099511628211
  %h9 = xor i64 %h9.m, %uadd7.z
  %ssub7 = call i7 @llvm.ssub.sat.i7(i7 %a7, i7 %b7)
  %ssub7.z = zext i7 %ssub7 to i64
  %h10.m = mul i64 %h9, 1099511628211
  %h10 = xor i64 %h10.m, %ssub7.z
  %usub7 = call i7 @llvm.usub.sat.i7(i7 %a7, i7 %b7)
  %usub7.z = zext i7 %usub7 to i64
  %h11.m = mul i64 %h10, 1099511628211
  %h11 = xor i64 %h11.m, %usub7.z
  %sadd7.r = call i7 @llvm.sadd.sat.i7(i7 %b7, i7 %a7)
  %sadd7.r.z = zext i7 %sadd7.r to i64
  %h12.m = mul i64 %h11, 1099511628211
  %h12 = xor i64 %h12.m, %sadd7.r.z
  %uadd7.r = call i7 @llvm.uadd.sat.i7(i7 %b7, i7 %a7)
  %uadd7.r.z = zext i7 %uadd7.r to i64
  %h13.m = mul i64 %h12, 1099511628211
  %h13 = xor i64 %h13.m, %uadd7.r.z
  %ssub7.r = call i7 @llvm.ssub.sat.i7(i7 %b7, i7 %a7)
  %ssub7.r.z = zext i7 %ssub7.r to i64
  %h14.m = mul i64 %h13, 1099511628211
  %h14 = xor i64 %h14.m, %ssub7.r.z
  %usub7.r = call i7 @llvm.usub.sat.i7(i7 %b7, i7 %a7)
  %usub7.r.z = zext i7 %usub7.r to i64
  %h15.m = mul i64 %h14, 1099511628211
  %h15 = xor i64 %h15.m, %usub7.r.z
  %a8.s = lshr i64 %x.next, 56
  %a8 = trunc i64 %a8.s to i8
  %b8.s = lshr i64 %b, 56
  %b8.x = trunc i64 %b8.s to i8
  %b8 = add i8 %b8.x, 1
  %sadd8 = call i8 @llvm.sadd.sat.i8(i8 %a8, i8 %b8)
  %sadd8.z = zext i8 %sadd8 to i64
  %h16.m = mul i64 %h15, 1099511628211
  %h16 = xor i64 %h16.m, %sadd8.z
  %uadd8 = call i8 @llvm.uadd.sat.i8(i8 %a8, i8 %b8)
  %uadd8.z = zext i8 %uadd8 to i64
  %h17.m = mul i64 %h16, 1099511628211
  %h17 = xor i64 %h17.m, %uadd8.z
  %ssub8 = call i8 @llvm.ssub.sat.i8(i8 %a8, i8 %b8)
  %ssub8.z = zext i8 %ssub8 to i64
  %h18.m = mul i64 %h17, 1099511628211
  %h18 = xor i64 %h18.m, %ssub8.z
  %usub8 = call i8 @llvm.usub.sat.i8(i8 %a8, i8 %b8)
  %usub8.z = zext i8 %usub8 to i64
  %h19.m = mul i64 %h18, 1099511628211
  %h19 = xor i64 %h19.m, %usub8.z
  %sadd8.r = call i8 @llvm.sadd.sat.i8(i8 %b8, i8 %a8)
  %sadd8.r.z = zext i8 %sadd8.r to i64
  %h20.m = mul i64 %h19, 1099511628211
  %h20 = xor i64 %h20.m, %sadd8.r.z
  %uadd8.r = call i8 @llvm.uadd.sat.i8(i8 %b8, i8 %a8)
  %uadd8.r.z = zext i8 %uadd8.r to i64
  %h21.m = mul i64 %h20, 1099511628211
  %h21 = xor i64 %h21.m, %uadd8.r.z
  %ssub8.r = call i8 @llvm.ssub.sat.i8(i8 %b8, i8 %a8)
  %ssub8.r.z = zext i8 %ssub8.r to i64
  %h22.m = mul i64 %h21, 1099511628211
  %h22 = xor i64 %h22.m, %ssub8.r.z
  %usub8.r = call i8 @llvm.usub.sat.i8(i8 %b8, i8 %a8)
  %usub8.r.z = zext i8 %usub8.r to i64
  %h23.m = mul i64 %h22, 1099511628211
  %h23 = xor i64 %h23.m, %usub8.r.z
  %a16.s = lshr i64 %x.next, 48
  %a16 = trunc i64 %a16.s to i16
  %b16.s = lshr i64 %b, 48
  %b16.x = trunc i64 %b16.s to i16
  %b16 = add i16 %b16.x, 1
  %sadd16 = call i16 @llvm.sadd.sat.i16(i16 %a16, i16 %b16)
  %sadd16.z = zext i16 %sadd16 to i64
  %h24.m = mul i64 %h23, 1099511628211
  %h24 = xor i64 %h24.m, %sadd16.z
  %uadd16 = call i16 @llvm.uadd.sat.i16(i16 %a16, i16 %b16)
  %uadd16.z = zext i16 %uadd16 to i64
  %h25.m = mul i64 %h24, 1099511628211
  %h25 = xor i64 %h25.m, %uadd16.z
  %ssub16 = call i16 @llvm.ssub.sat.i16(i16 %a16, i16 %b16)
  %ssub16.z = zext i16 %ssub16 to i64
  %h26.m = mul i64 %h25, 1099511628211
  %h26 = xor i64 %h26.m, %ssub16.z
  %usub16 = call i16 @llvm.usub.sat.i16(i16 %a16, i16 %b16)
  %usub16.z = zext i16 %usub16 to i64
  %h27.m = mul i64 %h26, 1099511628211
  %h27 = xor i64 %h27.m, %usub16.z
  %sadd16.r = call i16 @llvm.sadd.sat.i16(i16 %b16, i16 %a16)
  %sadd16.r.z = zext i16 %sadd16.r to i64
  %h28.m = mul i64 %h27, 1099511628211
  %h28 = xor i64 %h28.m, %sadd16.r.z
  %uadd16.r = call i16 @llvm.uadd.sat.i16(i16 %b16, i16 %a16)
  %uadd16.r.z = zext i16 %uadd16.r to i64
  %h29.m = mul i64 %h28, 1099511628211
  %h29 = xor i64 %h29.m, %uadd16.r.z
  %ssub16.r = call i16 @llvm.ssub.sat.i16(i16 %b16, i16 %a16)
  %ssub16.r.z = zext i16 %ssub16.r to i64
  %h30.m = mul i64 %h29, 1099511628211
  %h30 = xor i64 %h30.m, %ssub16.r.z
  %usub16.r = call i16 @llvm.usub.sat.i16(i16 %b16, i16 %a16)
  %usub16.r.z = zext i16 %usub16.r to i64
  %h31.m = mul i64 %h30, 1099511628211
  %h31 = xor i64 %h31.m, %usub16.r.z
  %a31.s = lshr i64 %x.next, 33
  %a31 = trunc i64 %a31.s to i31
  %b31.s = lshr i64 %b, 33
  %b31.x = trunc i64 %b31.s to i31
  %b31 = add i31 %b31.x, 1
  %sadd31 = call i31 @llvm.sadd.sat.i31(i31 %a31, i31 %b31)
  %sadd31.z = zext i31 %sadd31 to i64
  %h32.m = mul i64 %h31, 1099511628211
  %h32 = xor i64 %h32.m, %sadd31.z
  %uadd31 = call i31 @llvm.uadd.sat.i31(i31 %a31, i31 %b31)
  %uadd31.z = zext i31 %uadd31 to i64
  %h33.m = mul i64 %h32, 1099511628211
  %h33 = xor i64 %h33.m, %uadd31.z
  %ssub31 = call i31 @llvm.ssub.sat.i31(i31 %a31, i31 %b31)
  %ssub31.z = zext i31 %ssub31 to i64
  %h34.m = mul i64 %h33, 1099511628211
  %h34 = xor i64 %h34.m, %ssub31.z
  %usub31 = call i31 @llvm.usub.sat.i31(i31 %a31, i31 %b31)
  %usub31.z = zext i31 %usub31 to i64
  %h35.m = mul i64 %h34, 1099511628211
  %h35 = xor i64 %h35.m, %usub31.z
  %sadd31.r = call i31 @llvm.sadd.sat.i31(i31 %b31, i31 %a31)
  %sadd31.r.z = zext i31 %sadd31.r to i64
  %h36.m = mul i64 %h35, 1099511628211
  %h36 = xor i64 %h36.m, %sadd31.r.z
  %uadd31.r = call i31 @llvm.uadd.sat.i31(i31 %b31, i31 %a31)
  %uadd31.r.z = zext i31 %uadd31.r to i64
  %h37.m = mul i64 %h36, 1099511628211
  %h37 = xor i64 %h37.m, %uadd31.r.z
  %ssub31.r = call i31 @llvm.ssub.sat.i31(i31 %b31, i31 %a31)
  %ssub31.r.z = zext i31 %ssub31.r to i64
  %h38.m = mul i64 %h37, 1099511628211
  %h38 = xor i64 %h38.m, %ssub31.r.z
  %usub31.r = call i31 @llvm.usub.sat.i31(i31 %b31, i31 %a31)
  %usub31.r.z = zext i31 %usub31.r to i64
  %h39.m = mul i64 %h38, 1099511628211
  %h39 = xor i64 %h39.m, %usub31.r.z
  %a32.s = lshr i64 %x.next, 32
  %a32 = trunc i64 %a32.s to i32
  %b32.s = lshr i64 %b, 32
  %b32.x = trunc i64 %b32.s to i32
  %b32 = add i32 %b32.x, 1
  %sadd32 = call i32 @llvm.sadd.sat.i32(i32 %a32, i32 %b32)
  %sadd32.z = zext i32 %sadd32 to i64
  %h40.m = mul i64 %h39, 1099511628211
  %h40 = xor i64 %h40.m, %sadd32.z
  %uadd32 = call i32 @llvm.uadd.sat.i32(i32 %a32, i32 %b32)
  %uadd32.z = zext i32 %uadd32 to i64
  %h41.m = mul i64 %h40, 1099511628211
  %h41 = xor i64 %h41.m, %uadd32.z
  %ssub32 = call i32 @llvm.ssub.sat.i32(i32 %a32, i32 %b32)
  %ssub32.z = zext i32 %ssub32 to i64
  %h42.m = mul i64 %h41, 1099511628211
  %h42 = xor i64 %h42.m, %ssub32.z
  %usub32 = call i32 @llvm.usub.sat.i32(i32 %a32, i32 %b32)
  %usub32.z = zext i32 %usub32 to i64
  %h43.m = mul i64 %h42, 1099511628211
  %h43 = xor i64 %h43.m, %usub32.z
  %sadd32.r = call i32 @llvm.sadd.sat.i32(i32 %b32, i32 %a32)
  %sadd32.r.z = zext i32 %sadd32.r to i64
  %h44.m = mul i64 %h43, 1099511628211
  %h44 = xor i64 %h44.m, %sadd32.r.z
  %uadd32.r = call i32 @llvm.uadd.sat.i32(i32 %b32, i32 %a32)
  %uadd32.r.z = zext i32 %uadd32.r to i64
  %h45.m = mul i64 %h44, 1099511628211
  %h45 = xor i64 %h45.m, %uadd32.r.z
  %ssub32.r = call i32 @llvm.ssub.sat.i32(i32 %b32, i32 %a32)
  %ssub32.r.z = zext i32 %ssub32.r to i64
  %h46.m = mul i64 %h45, 1099511628211
  %h46 = xor i64 %h46.m, %ssub32.r.z
  %usub32.r = call i32 @llvm.usub.sat.i32(i32 %b32, i32 %a32)
  %usub32.r.z = zext i32 %usub32.r to i64
  %h47.m = mul i64 %h46, 1099511628211
  %h47 = xor i64 %h47.m, %usub32.r.z
  %a33.s = lshr i64 %x.next, 31
  %a33 = trunc i64 %a33.s to i33
  %b33.s = lshr i64 %b, 31
  %b33.x = trunc i64 %b33.s to i33
  %b33 = add i33 %b33.x, 1
  %sadd33 = call i33 @llvm.sadd.sat.i33(i33 %a33, i33 %b33)
  %sadd33.z = zext i33 %sadd33 to i64
  %h48.m = mul i64 %h47, 1099511628211
  %h48 = xor i64 %h48.m, %sadd33.z
  %uadd33 = call i33 @llvm.uadd.sat.i33(i33 %a33, i33 %b33)
  %uadd33.z = zext i33 %uadd33 to i64
  %h49.m = mul i64 %h48, 1099511628211
  %h49 = xor i64 %h49.m, %uadd33.z
  %ssub33 = call i33 @llvm.ssub.sat.i33(i33 %a33, i33 %b33)
  %ssub33.z = zext i33 %ssub33 to i64
  %h50.m = mul i64 %h49, 1099511628211
  %h50 = xor i64 %h50.m, %ssub33.z
  %usub33 = call i33 @llvm.usub.sat.i33(i33 %a33, i33 %b33)
  %usub33.z = zext i33 %usub33 to i64
  %h51.m = mul i64 %h50, 1099511628211
  %h51 = xor i64 %h51.m, %usub33.z
  %sadd33.r = call i33 @llvm.sadd.sat.i33(i33 %b33, i33 %a33)
  %sadd33.r.z = zext i33 %sadd33.r to i64
  %h52.m = mul i64 %h51, 1099511628211
  %h52 = xor i64 %h52.m, %sadd33.r.z
  %uadd33.r = call i33 @llvm.uadd.sat.i33(i33 %b33, i33 %a33)
  %uadd33.r.z = zext i33 %uadd33.r to i64
  %h53.m = mul i64 %h52, 1099511628211
  %h53 = xor i64 %h53.m, %uadd33.r.z
  %ssub33.r = call i33 @llvm.ssub.sat.i33(i33 %b33, i33 %a33)
  %ssub33.r.z = zext i33 %ssub33.r to i64
  %h54.m = mul i64 %h53, 1099511628211
  %h54 = xor i64 %h54.m, %ssub33.r.z
  %usub33.r = call i33 @llvm.usub.sat.i33(i33 %b33, i33 %a33)
  %usub33.r.z = zext i33 %usub33.r to i64
  %h55.m = mul i64 %h54, 1099511628211
  %h55 = xor i64 %h55.m, %usub33.r.z
  %a64.s = lshr i64 %x.next, 0
  %a64 = or i64 %a64.s, 0
  %b64.s = lshr i64 %b, 0
  %b64.x = or i64 %b64.s, 0
  %b64 = add i64 %b64.x, 1
  %sadd64 = call i64 @llvm.sadd.sat.i64(i64 %a64, i64 %b64)
  %sadd64.z = or i64 %sadd64, 0
  %h56.m = mul i64 %h55, 1099511628211
  %h56 = xor i64 %h56.m, %sadd64.z
  %uadd64 = call i64 @llvm.uadd.sat.i64(i64 %a64, i64 %b64)
  %uadd64.z = or i64 %uadd64, 0
  %h57.m = mul i64 %h56, 1099511628211
  %h57 = xor i64 %h57.m, %uadd64.z
  %ssub64 = call i64 @llvm.ssub.sat.i64(i64 %a64, i64 %b64)
  %ssub64.z = or i64 %ssub64, 0
  %h58.m = mul i64 %h57, 1099511628211
  %h58 = xor i64 %h58.m, %ssub64.z
  %usub64 = call i64 @llvm.usub.sat.i64(i64 %a64, i64 %b64)
  %usub64.z = or i64 %usub64, 0
  %h59.m = mul i64 %h58, 1099511628211
  %h59 = xor i64 %h59.m, %usub64.z
  %sadd64.r = call i64 @llvm.sadd.sat.i64(i64 %b64, i64 %a64)
  %sadd64.r.z = or i64 %sadd64.r, 0
  %h60.m = mul i64 %h59, 1099511628211
  %h60 = xor i64 %h60.m, %sadd64.r.z
  %uadd64.r = call i64 @llvm.uadd.sat.i64(i64 %b64, i64 %a64)
  %uadd64.r.z = or i64 %uadd64.r, 0
  %h61.m = mul i64 %h60, 1099511628211
  %h61 = xor i64 %h61.m, %uadd64.r.z
  %ssub64.r = call i64 @llvm.ssub.sat.i64(i64 %b64, i64 %a64)
  %ssub64.r.z = or i64 %ssub64.r, 0
  %h62.m = mul i64 %h61, 1099511628211
  %h62 = xor i64 %h62.m, %ssub64.r.z
  %usub64.r = call i64 @llvm.usub.sat.i64(i64 %b64, i64 %a64)
  %usub64.r.z = or i64 %usub64.r, 0
  %h63.m = mul i64 %h62, 1099511628211
  %h63 = xor i64 %h63.m, %usub64.r.z
  %h.last = add i64 %h63, 0
  %i.next = add i64 %i, 1
  %more = icmp ult i64 %i.next, 256
  br i1 %more, label %loop, label %done

done:
  ret i64 %h.last
}

declare i1 @llvm.sadd.sat.i1(i1, i1)
declare i1 @llvm.uadd.sat.i1(i1, i1)
declare i1 @llvm.ssub.sat.i1(i1, i1)
declare i1 @llvm.usub.sat.i1(i1, i1)
declare i7 @llvm.sadd.sat.i7(i7, i7)
declare i7 @llvm.uadd.sat.i7(i7, i7)
declare i7 @llvm.ssub.sat.i7(i7, i7)
declare i7 @llvm.usub.sat.i7(i7, i7)
declare i8 @llvm.sadd.sat.i8(i8, i8)
declare i8 @llvm.uadd.sat.i8(i8, i8)
declare i8 @llvm.ssub.sat.i8(i8, i8)
declare i8 @llvm.usub.sat.i8(i8, i8)
declare i16 @llvm.sadd.sat.i16(i16, i16)
declare i16 @llvm.uadd.sat.i16(i16, i16)
declare i16 @llvm.ssub.sat.i16(i16, i16)
declare i16 @llvm.usub.sat.i16(i16, i16)
declare i31 @llvm.sadd.sat.i31(i31, i31)
declare i31 @llvm.uadd.sat.i31(i31, i31)
declare i31 @llvm.ssub.sat.i31(i31, i31)
declare i31 @llvm.usub.sat.i31(i31, i31)
declare i32 @llvm.sadd.sat.i32(i32, i32)
declare i32 @llvm.uadd.sat.i32(i32, i32)
declare i32 @llvm.ssub.sat.i32(i32, i32)
declare i32 @llvm.usub.sat.i32(i32, i32)
declare i33 @llvm.sadd.sat.i33(i33, i33)
declare i33 @llvm.uadd.sat.i33(i33, i33)
declare i33 @llvm.ssub.sat.i33(i33, i33)
declare i33 @llvm.usub.sat.i33(i33, i33)
declare i64 @llvm.sadd.sat.i64(i64, i64)
declare i64 @llvm.uadd.sat.i64(i64, i64)
declare i64 @llvm.ssub.sat.i64(i64, i64)
declare i64 @llvm.usub.sat.i64(i64, i64)
