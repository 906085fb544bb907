; schedule: within a block of 32 or more instructions, address chains sink to just before their
; load and an insertelement follows its load (a gather written lane by lane, as clang's
; vectorizers write it stage by stage); loads keep their order. In @squares nothing moves: a product
; of two arguments used only at the end stays at the top (sinking an instruction with two operands
; could keep more values live), a division that may trap stays first, and the running sum is already
; in order. The result is the same at -O0 and -O2 (which runs schedule). That a second run changes
; nothing is checked on the whole corpus by ScheduleTests.SecondRunChangesNothing.
; RUN: pyir opt --passes=schedule %s
; CHECK: define <8 x i32> @gather(
; CHECK-NEXT: entry:
; CHECK-NEXT: %x0 = and i32 %a0, 15
; CHECK-NEXT: %z0 = zext i32 %x0 to i64
; CHECK-NEXT: %p0 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z0
; CHECK-NEXT: %l0 = load i32, ptr %p0
; CHECK-NEXT: %v0 = insertelement <8 x i32> poison, i32 %l0, i64 0
; CHECK-NEXT: %x1 = and i32 %a1, 15
; CHECK-NEXT: %z1 = zext i32 %x1 to i64
; CHECK-NEXT: %p1 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z1
; CHECK-NEXT: %l1 = load i32, ptr %p1
; CHECK-NEXT: %v1 = insertelement <8 x i32> %v0, i32 %l1, i64 1
; CHECK-NEXT: %x2 = and i32 %a2, 15
; CHECK-NEXT: %z2 = zext i32 %x2 to i64
; CHECK-NEXT: %p2 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z2
; CHECK-NEXT: %l2 = load i32, ptr %p2
; CHECK-NEXT: %v2 = insertelement <8 x i32> %v1, i32 %l2, i64 2
; CHECK-NEXT: %x3 = and i32 %a3, 15
; CHECK-NEXT: %z3 = zext i32 %x3 to i64
; CHECK-NEXT: %p3 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z3
; CHECK-NEXT: %l3 = load i32, ptr %p3
; CHECK-NEXT: %v3 = insertelement <8 x i32> %v2, i32 %l3, i64 3
; CHECK-NEXT: %x4 = and i32 %a4, 15
; CHECK-NEXT: %z4 = zext i32 %x4 to i64
; CHECK-NEXT: %p4 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z4
; CHECK-NEXT: %l4 = load i32, ptr %p4
; CHECK-NEXT: %v4 = insertelement <8 x i32> %v3, i32 %l4, i64 4
; CHECK-NEXT: %x5 = and i32 %a5, 15
; CHECK-NEXT: %z5 = zext i32 %x5 to i64
; CHECK-NEXT: %p5 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z5
; CHECK-NEXT: %l5 = load i32, ptr %p5
; CHECK-NEXT: %v5 = insertelement <8 x i32> %v4, i32 %l5, i64 5
; CHECK-NEXT: %x6 = and i32 %a6, 15
; CHECK-NEXT: %z6 = zext i32 %x6 to i64
; CHECK-NEXT: %p6 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z6
; CHECK-NEXT: %l6 = load i32, ptr %p6
; CHECK-NEXT: %v6 = insertelement <8 x i32> %v5, i32 %l6, i64 6
; CHECK-NEXT: %x7 = and i32 %a7, 15
; CHECK-NEXT: %z7 = zext i32 %x7 to i64
; CHECK-NEXT: %p7 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z7
; CHECK-NEXT: %l7 = load i32, ptr %p7
; CHECK-NEXT: %v7 = insertelement <8 x i32> %v6, i32 %l7, i64 7
; CHECK-NEXT: ret <8 x i32> %v7
; CHECK: define i64 @squares(ptr %p, i64 %d, i64 %c)
; CHECK-NEXT: entry:
; CHECK-NEXT: %k = mul i64 %d, %c
; CHECK-NEXT: %q = udiv i64 1000, %d
; CHECK-NEXT: %g0 = getelementptr inbounds i64, ptr %p, i64 0
; CHECK-NEXT: %e0 = load i64, ptr %g0
; CHECK-NEXT: %m0 = mul i64 %e0, %e0
; CHECK-NEXT: %s0 = add i64 %m0, %q
; CHECK-NEXT: %g1 = getelementptr inbounds i64, ptr %p, i64 1
; CHECK-NEXT: %e1 = load i64, ptr %g1
; CHECK-NEXT: %m1 = mul i64 %e1, %e1
; CHECK-NEXT: %s1 = add i64 %m1, %s0
; CHECK-NEXT: %g2 = getelementptr inbounds i64, ptr %p, i64 2
; CHECK-NEXT: %e2 = load i64, ptr %g2
; CHECK-NEXT: %m2 = mul i64 %e2, %e2
; CHECK-NEXT: %s2 = add i64 %m2, %s1
; CHECK-NEXT: %g3 = getelementptr inbounds i64, ptr %p, i64 3
; CHECK-NEXT: %e3 = load i64, ptr %g3
; CHECK-NEXT: %m3 = mul i64 %e3, %e3
; CHECK-NEXT: %s3 = add i64 %m3, %s2
; CHECK-NEXT: %g4 = getelementptr inbounds i64, ptr %p, i64 4
; CHECK-NEXT: %e4 = load i64, ptr %g4
; CHECK-NEXT: %m4 = mul i64 %e4, %e4
; CHECK-NEXT: %s4 = add i64 %m4, %s3
; CHECK-NEXT: %g5 = getelementptr inbounds i64, ptr %p, i64 5
; CHECK-NEXT: %e5 = load i64, ptr %g5
; CHECK-NEXT: %m5 = mul i64 %e5, %e5
; CHECK-NEXT: %s5 = add i64 %m5, %s4
; CHECK-NEXT: %g6 = getelementptr inbounds i64, ptr %p, i64 6
; CHECK-NEXT: %e6 = load i64, ptr %g6
; CHECK-NEXT: %m6 = mul i64 %e6, %e6
; CHECK-NEXT: %s6 = add i64 %m6, %s5
; CHECK-NEXT: %g7 = getelementptr inbounds i64, ptr %p, i64 7
; CHECK-NEXT: %e7 = load i64, ptr %g7
; CHECK-NEXT: %m7 = mul i64 %e7, %e7
; CHECK-NEXT: %s7 = add i64 %m7, %s6
; CHECK-NEXT: %r = add i64 %s7, %k
; CHECK-NEXT: ret i64 %r
; RUN: pyir run -O0 %s --entry main
; RUN: pyir run -O2 %s --entry main
; CHECK: 1256
; CHECK-NEXT: 1256

@table = global [16 x i32] [i32 3, i32 1, i32 4, i32 1, i32 5, i32 9, i32 2, i32 6, i32 5, i32 3, i32 5, i32 8, i32 9, i32 7, i32 9, i32 3]
@data = global [8 x i64] [i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8]

define <8 x i32> @gather(i32 %a0, i32 %a1, i32 %a2, i32 %a3, i32 %a4, i32 %a5, i32 %a6, i32 %a7) {
entry:
  %x0 = and i32 %a0, 15
  %x1 = and i32 %a1, 15
  %x2 = and i32 %a2, 15
  %x3 = and i32 %a3, 15
  %x4 = and i32 %a4, 15
  %x5 = and i32 %a5, 15
  %x6 = and i32 %a6, 15
  %x7 = and i32 %a7, 15
  %z0 = zext i32 %x0 to i64
  %z1 = zext i32 %x1 to i64
  %z2 = zext i32 %x2 to i64
  %z3 = zext i32 %x3 to i64
  %z4 = zext i32 %x4 to i64
  %z5 = zext i32 %x5 to i64
  %z6 = zext i32 %x6 to i64
  %z7 = zext i32 %x7 to i64
  %p0 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z0
  %p1 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z1
  %p2 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z2
  %p3 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z3
  %p4 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z4
  %p5 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z5
  %p6 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z6
  %p7 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %z7
  %l0 = load i32, ptr %p0
  %l1 = load i32, ptr %p1
  %l2 = load i32, ptr %p2
  %l3 = load i32, ptr %p3
  %l4 = load i32, ptr %p4
  %l5 = load i32, ptr %p5
  %l6 = load i32, ptr %p6
  %l7 = load i32, ptr %p7
  %v0 = insertelement <8 x i32> poison, i32 %l0, i64 0
  %v1 = insertelement <8 x i32> %v0, i32 %l1, i64 1
  %v2 = insertelement <8 x i32> %v1, i32 %l2, i64 2
  %v3 = insertelement <8 x i32> %v2, i32 %l3, i64 3
  %v4 = insertelement <8 x i32> %v3, i32 %l4, i64 4
  %v5 = insertelement <8 x i32> %v4, i32 %l5, i64 5
  %v6 = insertelement <8 x i32> %v5, i32 %l6, i64 6
  %v7 = insertelement <8 x i32> %v6, i32 %l7, i64 7
  ret <8 x i32> %v7
}

define i64 @squares(ptr %p, i64 %d, i64 %c) {
entry:
  %k = mul i64 %d, %c
  %q = udiv i64 1000, %d
  %g0 = getelementptr inbounds i64, ptr %p, i64 0
  %e0 = load i64, ptr %g0
  %m0 = mul i64 %e0, %e0
  %s0 = add i64 %m0, %q
  %g1 = getelementptr inbounds i64, ptr %p, i64 1
  %e1 = load i64, ptr %g1
  %m1 = mul i64 %e1, %e1
  %s1 = add i64 %m1, %s0
  %g2 = getelementptr inbounds i64, ptr %p, i64 2
  %e2 = load i64, ptr %g2
  %m2 = mul i64 %e2, %e2
  %s2 = add i64 %m2, %s1
  %g3 = getelementptr inbounds i64, ptr %p, i64 3
  %e3 = load i64, ptr %g3
  %m3 = mul i64 %e3, %e3
  %s3 = add i64 %m3, %s2
  %g4 = getelementptr inbounds i64, ptr %p, i64 4
  %e4 = load i64, ptr %g4
  %m4 = mul i64 %e4, %e4
  %s4 = add i64 %m4, %s3
  %g5 = getelementptr inbounds i64, ptr %p, i64 5
  %e5 = load i64, ptr %g5
  %m5 = mul i64 %e5, %e5
  %s5 = add i64 %m5, %s4
  %g6 = getelementptr inbounds i64, ptr %p, i64 6
  %e6 = load i64, ptr %g6
  %m6 = mul i64 %e6, %e6
  %s6 = add i64 %m6, %s5
  %g7 = getelementptr inbounds i64, ptr %p, i64 7
  %e7 = load i64, ptr %g7
  %m7 = mul i64 %e7, %e7
  %s7 = add i64 %m7, %s6
  %r = add i64 %s7, %k
  ret i64 %r
}

define i64 @main() {
entry:
  %v = call <8 x i32> @gather(i32 0, i32 17, i32 2, i32 35, i32 4, i32 5, i32 6, i32 7)
  %r = call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %v)
  %w = zext i32 %r to i64
  %s = call i64 @squares(ptr @data, i64 1, i64 21)
  %t = add i64 %w, %s
  %u = mul i64 %t, 1
  ret i64 %u
}

declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>)
