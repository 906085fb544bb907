; Sixteen globals indexed in loops: each gets its address in a register once, by a lea in the
; entry block, but there are not registers enough to keep them all. A base that does not keep its
; register is computed again by a lea where it is used (rematerialized), not stored to the stack and
; loaded back: the function has no load from its frame at all.
; RUN: pyir run -O0 %s --entry sum -- 64
; RUN: pyir run --interp %s --entry sum -- 64
; CHECK: 241920
; CHECK-NEXT: 241920
; RUN: pyir asm -O0 %s
; CHECK: lea
; CHECK-NOT: ,[rbp-
; CHECK: ; ret i64 %s16

@g0 = global [64 x i64] zeroinitializer
@g1 = global [64 x i64] zeroinitializer
@g2 = global [64 x i64] zeroinitializer
@g3 = global [64 x i64] zeroinitializer
@g4 = global [64 x i64] zeroinitializer
@g5 = global [64 x i64] zeroinitializer
@g6 = global [64 x i64] zeroinitializer
@g7 = global [64 x i64] zeroinitializer
@g8 = global [64 x i64] zeroinitializer
@g9 = global [64 x i64] zeroinitializer
@g10 = global [64 x i64] zeroinitializer
@g11 = global [64 x i64] zeroinitializer
@g12 = global [64 x i64] zeroinitializer
@g13 = global [64 x i64] zeroinitializer
@g14 = global [64 x i64] zeroinitializer
@g15 = global [64 x i64] zeroinitializer

; Sum over i < n of g0[i] + ... + g15[i] (each g_k[i] filled with k * i first).
define i64 @sum(i64 %n) {
entry:
  br label %fill
fill:
  %j = phi i64 [ 0, %entry ], [ %j.next, %fill ]
  %fp0 = getelementptr [64 x i64], ptr @g0, i64 0, i64 %j
  %fv0 = mul i64 %j, 0
  store i64 %fv0, ptr %fp0
  %fp1 = getelementptr [64 x i64], ptr @g1, i64 0, i64 %j
  %fv1 = mul i64 %j, 1
  store i64 %fv1, ptr %fp1
  %fp2 = getelementptr [64 x i64], ptr @g2, i64 0, i64 %j
  %fv2 = mul i64 %j, 2
  store i64 %fv2, ptr %fp2
  %fp3 = getelementptr [64 x i64], ptr @g3, i64 0, i64 %j
  %fv3 = mul i64 %j, 3
  store i64 %fv3, ptr %fp3
  %fp4 = getelementptr [64 x i64], ptr @g4, i64 0, i64 %j
  %fv4 = mul i64 %j, 4
  store i64 %fv4, ptr %fp4
  %fp5 = getelementptr [64 x i64], ptr @g5, i64 0, i64 %j
  %fv5 = mul i64 %j, 5
  store i64 %fv5, ptr %fp5
  %fp6 = getelementptr [64 x i64], ptr @g6, i64 0, i64 %j
  %fv6 = mul i64 %j, 6
  store i64 %fv6, ptr %fp6
  %fp7 = getelementptr [64 x i64], ptr @g7, i64 0, i64 %j
  %fv7 = mul i64 %j, 7
  store i64 %fv7, ptr %fp7
  %fp8 = getelementptr [64 x i64], ptr @g8, i64 0, i64 %j
  %fv8 = mul i64 %j, 8
  store i64 %fv8, ptr %fp8
  %fp9 = getelementptr [64 x i64], ptr @g9, i64 0, i64 %j
  %fv9 = mul i64 %j, 9
  store i64 %fv9, ptr %fp9
  %fp10 = getelementptr [64 x i64], ptr @g10, i64 0, i64 %j
  %fv10 = mul i64 %j, 10
  store i64 %fv10, ptr %fp10
  %fp11 = getelementptr [64 x i64], ptr @g11, i64 0, i64 %j
  %fv11 = mul i64 %j, 11
  store i64 %fv11, ptr %fp11
  %fp12 = getelementptr [64 x i64], ptr @g12, i64 0, i64 %j
  %fv12 = mul i64 %j, 12
  store i64 %fv12, ptr %fp12
  %fp13 = getelementptr [64 x i64], ptr @g13, i64 0, i64 %j
  %fv13 = mul i64 %j, 13
  store i64 %fv13, ptr %fp13
  %fp14 = getelementptr [64 x i64], ptr @g14, i64 0, i64 %j
  %fv14 = mul i64 %j, 14
  store i64 %fv14, ptr %fp14
  %fp15 = getelementptr [64 x i64], ptr @g15, i64 0, i64 %j
  %fv15 = mul i64 %j, 15
  store i64 %fv15, ptr %fp15
  %j.next = add i64 %j, 1
  %fmore = icmp ult i64 %j.next, 64
  br i1 %fmore, label %fill, label %loop
loop:
  %i = phi i64 [ 0, %fill ], [ %i.next, %loop ]
  %s = phi i64 [ 0, %fill ], [ %s16, %loop ]
  %p0 = getelementptr [64 x i64], ptr @g0, i64 0, i64 %i
  %v0 = load i64, ptr %p0
  %s1 = add i64 %s, %v0
  %p1 = getelementptr [64 x i64], ptr @g1, i64 0, i64 %i
  %v1 = load i64, ptr %p1
  %s2 = add i64 %s1, %v1
  %p2 = getelementptr [64 x i64], ptr @g2, i64 0, i64 %i
  %v2 = load i64, ptr %p2
  %s3 = add i64 %s2, %v2
  %p3 = getelementptr [64 x i64], ptr @g3, i64 0, i64 %i
  %v3 = load i64, ptr %p3
  %s4 = add i64 %s3, %v3
  %p4 = getelementptr [64 x i64], ptr @g4, i64 0, i64 %i
  %v4 = load i64, ptr %p4
  %s5 = add i64 %s4, %v4
  %p5 = getelementptr [64 x i64], ptr @g5, i64 0, i64 %i
  %v5 = load i64, ptr %p5
  %s6 = add i64 %s5, %v5
  %p6 = getelementptr [64 x i64], ptr @g6, i64 0, i64 %i
  %v6 = load i64, ptr %p6
  %s7 = add i64 %s6, %v6
  %p7 = getelementptr [64 x i64], ptr @g7, i64 0, i64 %i
  %v7 = load i64, ptr %p7
  %s8 = add i64 %s7, %v7
  %p8 = getelementptr [64 x i64], ptr @g8, i64 0, i64 %i
  %v8 = load i64, ptr %p8
  %s9 = add i64 %s8, %v8
  %p9 = getelementptr [64 x i64], ptr @g9, i64 0, i64 %i
  %v9 = load i64, ptr %p9
  %s10 = add i64 %s9, %v9
  %p10 = getelementptr [64 x i64], ptr @g10, i64 0, i64 %i
  %v10 = load i64, ptr %p10
  %s11 = add i64 %s10, %v10
  %p11 = getelementptr [64 x i64], ptr @g11, i64 0, i64 %i
  %v11 = load i64, ptr %p11
  %s12 = add i64 %s11, %v11
  %p12 = getelementptr [64 x i64], ptr @g12, i64 0, i64 %i
  %v12 = load i64, ptr %p12
  %s13 = add i64 %s12, %v12
  %p13 = getelementptr [64 x i64], ptr @g13, i64 0, i64 %i
  %v13 = load i64, ptr %p13
  %s14 = add i64 %s13, %v13
  %p14 = getelementptr [64 x i64], ptr @g14, i64 0, i64 %i
  %v14 = load i64, ptr %p14
  %s15 = add i64 %s14, %v14
  %p15 = getelementptr [64 x i64], ptr @g15, i64 0, i64 %i
  %v15 = load i64, ptr %p15
  %s16 = add i64 %s15, %v15
  %i.next = add i64 %i, 1
  %more = icmp ult i64 %i.next, %n
  br i1 %more, label %loop, label %done
done:
  ret i64 %s16
}
