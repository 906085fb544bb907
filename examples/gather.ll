; A gather written stage by stage, as clang's vectorizers write it: eight index computations, eight
; address computations, eight loads, then eight insertelements. `./pyir opt --passes=schedule`
; (the last pass of -O2) puts each lane's computation, load and insertelement together, so the JIT
; needs a few registers instead of eight of each kind at once.
; ./pyir run examples/gather.ll prints 31 (3+1+4+1+5+9+2+6).

@table = global [16 x i32] [i32 3, i32 1, i32 4, i32 1, i32 5, i32 9, i32 2, i32 6, i32 5, i32 3, i32 5, i32 8, i32 9, i32 7, i32 9, i32 3]

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

define i32 @main() {
entry:
  %v = call <8 x i32> @gather(i32 0, i32 17, i32 2, i32 35, i32 4, i32 5, i32 6, i32 7)
  %r = call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %v)
  ret i32 %r
}

declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>)
