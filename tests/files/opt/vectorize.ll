; vectorize: counted loops over arrays get a <VF x T> loop (256-bit vectors) in front of the scalar
; loop, guarded by the trip count, the IV's no-wrap range and a run-time overlap check; reductions
; of integers (add, mul, and, or, xor, min, max) and of floats with `reassoc` become vector
; accumulators. Refused: float reductions without reassoc, volatile accesses, libm calls, IVs that
; step by -1, other recurrences, a constant trip count under two vector iterations (@small_constant:
; 6 iterations of i64, VF 4; @constant_16, 16 of i32 with VF 8, is vectorized). The run lines compare with values computed outside PyIR (Python):
; trip counts 0, 1, 7, 8, 9, 1000, arrays that overlap by one element in both directions; a read past
; the end of an alloca still faults in the interpreter.
; RUN: pyir opt --passes=vectorize %s
; CHECK: define void @saxpy(float %a, ptr %x, ptr %y, i32 %n)
; CHECK: %vec.disjoint = or i1
; CHECK: vec.body:
; CHECK: load <8 x float>, ptr
; CHECK: fmul <8 x float> %vec.splat
; CHECK: store <8 x float>
; CHECK: vec.middle:
; CHECK: define i32 @isum(ptr %a, i32 %n)
; CHECK-NOT: vec.disjoint
; CHECK: add nsw <8 x i32>
; CHECK: call i32 @llvm.vector.reduce.add.v8i32
; CHECK: define i32 @imax(ptr %a, i32 %n)
; CHECK: select <8 x i1>
; CHECK: call i32 @llvm.vector.reduce.smax.v8i32
; CHECK: define float @fdot(ptr %x, ptr %y, i32 %n)
; CHECK-NOT: <8 x float>
; CHECK: define float @fdot_reassoc(ptr %x, ptr %y, i32 %n)
; CHECK: fadd reassoc <8 x float>
; CHECK: call reassoc float @llvm.vector.reduce.fadd.v8f32(float 0.0
; CHECK: define void @vsqrt(ptr %x, i64 %n)
; CHECK: call <4 x double> @llvm.sqrt.v4f64
; CHECK: define void @triple_rotated(ptr %a, i64 %n)
; CHECK: mul <4 x i64>
; CHECK: define void @zext_ule(ptr %a, i32 %n)
; CHECK: %vec.finite = icmp ne i32 %n, -1
; CHECK: %vec.nuw = icmp uge i32
; CHECK: define void @negatives(ptr %a, ptr %v, i32 %n)
; CHECK-NOT: vec.body
; CHECK: define i64 @drive(i32 %n)
; CHECK: define void @small_constant(ptr %a)
; CHECK-NOT: vec.body
; CHECK: define void @constant_16(ptr %a)
; CHECK: vec.body:
; CHECK: mul <8 x i32>
; RUN: pyir opt -O2 %s
; CHECK: define void @saxpy(float %a, ptr %x, ptr %y, i32 %n)
; CHECK: fmul <8 x float>
; CHECK: define float @fdot(ptr %x, ptr %y, i32 %n)
; CHECK-NOT: <8 x float>
; CHECK: define float @fdot_reassoc(ptr %x, ptr %y, i32 %n)
; CHECK: define i64 @rotated(i64 %n)
; RUN: pyir run -O2 %s --entry drive 0
; RUN: pyir run -O2 %s --entry drive 1
; RUN: pyir run -O2 %s --entry drive 7
; RUN: pyir run -O2 %s --entry drive 8
; RUN: pyir run -O2 %s --entry drive 9
; RUN: pyir run -O2 %s --entry drive 1000
; CHECK: -2147483648
; CHECK-NEXT: 104857700
; CHECK-NEXT: 1130365136
; CHECK-NEXT: 1367343330
; CHECK-NEXT: 1623195892
; CHECK-NEXT: 9532604434082
; RUN: pyir run -O2 %s --entry drivef 0
; RUN: pyir run -O2 %s --entry drivef 9
; RUN: pyir run -O2 %s --entry drivef 1000
; CHECK-NEXT: 0
; CHECK-NEXT: 1102413824
; CHECK-NEXT: 1270921264
; RUN: pyir run -O2 %s --entry overlap 1
; RUN: pyir run -O2 %s --entry overlap 0
; CHECK-NEXT: 2098028
; CHECK-NEXT: 4428
; RUN: pyir run -O2 %s --entry rotated 1
; RUN: pyir run -O2 %s --entry rotated 13
; CHECK-NEXT: 8529337814692152288
; CHECK-NEXT: 2276059915114960446
; RUN: not pyir run -O0 --interp %s --entry oob
; RUN: not pyir run -O2 --interp %s --entry oob
; CHECK: error: out-of-bounds load of 4 bytes at offset 40 of a 40-byte alloca
; CHECK: error: out-of-bounds load of 32 bytes at offset 32 of a 40-byte alloca

declare double @llvm.sqrt.f64(double)
declare float @sinf(float)

define void @saxpy(float %a, ptr %x, ptr %y, i32 %n) {
entry:
  br label %cond
cond:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = sext i32 %i to i64
  %px = getelementptr inbounds float, ptr %x, i64 %ix
  %vx = load float, ptr %px, align 4
  %m = fmul float %a, %vx
  %iy = sext i32 %i to i64
  %py = getelementptr inbounds float, ptr %y, i64 %iy
  %vy = load float, ptr %py, align 4
  %s = fadd float %m, %vy
  store float %s, ptr %py, align 4
  %i.next = add nsw i32 %i, 1
  br label %cond
done:
  ret void
}

define i32 @isum(ptr %a, i32 %n) {
entry:
  br label %cond
cond:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = sext i32 %i to i64
  %p = getelementptr inbounds i32, ptr %a, i64 %ix
  %v = load i32, ptr %p, align 4
  %s.next = add nsw i32 %s, %v
  %i.next = add nsw i32 %i, 1
  br label %cond
done:
  ret i32 %s
}

define i32 @imax(ptr %a, i32 %n) {
entry:
  br label %cond
cond:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %m = phi i32 [ -2147483648, %entry ], [ %m.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %p = getelementptr inbounds i32, ptr %a, i32 %i
  %v = load i32, ptr %p, align 4
  %gt = icmp sgt i32 %v, %m
  %m.next = select i1 %gt, i32 %v, i32 %m
  %i.next = add nsw i32 %i, 1
  br label %cond
done:
  ret i32 %m
}

define float @fdot(ptr %x, ptr %y, i32 %n) {
entry:
  br label %cond
cond:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi float [ 0.0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = sext i32 %i to i64
  %px = getelementptr inbounds float, ptr %x, i64 %ix
  %vx = load float, ptr %px, align 4
  %py = getelementptr inbounds float, ptr %y, i64 %ix
  %vy = load float, ptr %py, align 4
  %m = fmul float %vx, %vy
  %s.next = fadd float %s, %m
  %i.next = add nsw i32 %i, 1
  br label %cond
done:
  ret float %s
}

define float @fdot_reassoc(ptr %x, ptr %y, i32 %n) {
entry:
  br label %cond
cond:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi float [ 0.0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = sext i32 %i to i64
  %px = getelementptr inbounds float, ptr %x, i64 %ix
  %vx = load float, ptr %px, align 4
  %py = getelementptr inbounds float, ptr %y, i64 %ix
  %vy = load float, ptr %py, align 4
  %m = fmul float %vx, %vy
  %s.next = fadd reassoc float %s, %m
  %i.next = add nsw i32 %i, 1
  br label %cond
done:
  ret float %s
}

; i64 IV, a pure built-in, the exit test written as "exit when i == n".
define void @vsqrt(ptr %x, i64 %n) {
entry:
  br label %cond
cond:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  %c = icmp eq i64 %i, %n
  br i1 %c, label %done, label %body
body:
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p, align 8
  %r = call double @llvm.sqrt.f64(double %v)
  store double %r, ptr %p, align 8
  %i.next = add i64 %i, 1
  br label %cond
done:
  ret void
}

; A rotated (do-while) loop: the test is in the latch and reads i + 1.
define void @triple_rotated(ptr %a, i64 %n) {
entry:
  %any = icmp sgt i64 %n, 0
  br i1 %any, label %loop, label %done
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %p = getelementptr inbounds [4 x i64], ptr %a, i64 0, i64 %i
  %v = load i64, ptr %p, align 8
  %t = mul i64 %v, 3
  %t1 = add i64 %t, %i
  store i64 %t1, ptr %p, align 8
  %i.next = add nuw nsw i64 %i, 1
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %done
done:
  ret void
}

; i <= n with an unsigned bound and a zext index: guarded against n = UINT_MAX and wrap.
define void @zext_ule(ptr %a, i32 %n) {
entry:
  br label %cond
cond:
  %i = phi i32 [ 1, %entry ], [ %i.next, %body ]
  %c = icmp ule i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = zext i32 %i to i64
  %p = getelementptr inbounds i32, ptr %a, i64 %ix
  %f = sitofp i32 %i to float
  %h = fmul float %f, 5.0e-1
  %k = fptosi float %h to i32
  store i32 %k, ptr %p, align 4
  %i.next = add i32 %i, 1
  br label %cond
done:
  ret void
}

; None of these loops may be vectorized.
define void @negatives(ptr %a, ptr %v, i32 %n) {
entry:
  br label %down
down:                                     ; steps by -1
  %i = phi i32 [ %n, %entry ], [ %i.next, %down.body ]
  %c = icmp sgt i32 %i, 0
  br i1 %c, label %down.body, label %vol
down.body:
  %p = getelementptr inbounds i32, ptr %a, i32 %i
  store i32 0, ptr %p, align 4
  %i.next = add i32 %i, -1
  br label %down
vol:                                      ; volatile load
  %j = phi i32 [ 0, %down ], [ %j.next, %vol.body ]
  %c2 = icmp slt i32 %j, %n
  br i1 %c2, label %vol.body, label %libm
vol.body:
  %pv = getelementptr inbounds i32, ptr %a, i32 %j
  %x = load volatile i32, ptr %pv, align 4
  store i32 %x, ptr %pv, align 4
  %j.next = add i32 %j, 1
  br label %vol
libm:                                     ; a libm call
  %k = phi i32 [ 0, %vol ], [ %k.next, %libm.body ]
  %c3 = icmp slt i32 %k, %n
  br i1 %c3, label %libm.body, label %rec
libm.body:
  %pf = getelementptr inbounds float, ptr %v, i32 %k
  %f = load float, ptr %pf, align 4
  %sf = call float @sinf(float %f)
  store float %sf, ptr %pf, align 4
  %k.next = add i32 %k, 1
  br label %libm
rec:                                      ; a recurrence (prefix sum through a phi)
  %l = phi i32 [ 0, %libm ], [ %l.next, %rec.body ]
  %prev = phi i32 [ 0, %libm ], [ %w, %rec.body ]
  %c4 = icmp slt i32 %l, %n
  br i1 %c4, label %rec.body, label %div
rec.body:
  %pr = getelementptr inbounds i32, ptr %a, i32 %l
  %w0 = load i32, ptr %pr, align 4
  %w = add i32 %w0, %prev
  store i32 %w, ptr %pr, align 4
  %l.next = add i32 %l, 1
  br label %rec
div:                                      ; a division that may trap
  %d = phi i32 [ 0, %rec ], [ %d.next, %div.body ]
  %c5 = icmp slt i32 %d, %n
  br i1 %c5, label %div.body, label %done
div.body:
  %pd = getelementptr inbounds i32, ptr %a, i32 %d
  %w1 = load i32, ptr %pd, align 4
  %q = sdiv i32 100, %w1
  store i32 %q, ptr %pd, align 4
  %d.next = add i32 %d, 1
  br label %div
done:
  ret void
}

; A[k] = 7k - 300, B[k] = 1000 - 3k, B = 3A + B on the first n, then
; (sum of B[0..n) * 2^20 + max of B[0..n)) computed by the kernels above.
define i64 @drive(i32 %n) {
entry:
  %A = alloca [1000 x i32], align 16
  %B = alloca [1000 x i32], align 16
  br label %fill
fill:
  %k = phi i32 [ 0, %entry ], [ %k.next, %fill.body ]
  %fc = icmp slt i32 %k, 1000
  br i1 %fc, label %fill.body, label %run
fill.body:
  %kx = sext i32 %k to i64
  %pa = getelementptr inbounds [1000 x i32], ptr %A, i64 0, i64 %kx
  %pb = getelementptr inbounds [1000 x i32], ptr %B, i64 0, i64 %kx
  %a7 = mul i32 %k, 7
  %av = sub i32 %a7, 300
  store i32 %av, ptr %pa, align 4
  %b3 = mul i32 %k, 3
  %bv = sub i32 1000, %b3
  store i32 %bv, ptr %pb, align 4
  %k.next = add i32 %k, 1
  br label %fill
run:
  br label %ax
ax:
  %i = phi i32 [ 0, %run ], [ %i.next, %ax.body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %ax.body, label %sums
ax.body:
  %ix = sext i32 %i to i64
  %p1 = getelementptr inbounds i32, ptr %A, i64 %ix
  %v1 = load i32, ptr %p1, align 4
  %t = mul i32 %v1, 3
  %p2 = getelementptr inbounds i32, ptr %B, i64 %ix
  %v2 = load i32, ptr %p2, align 4
  %u = add i32 %t, %v2
  store i32 %u, ptr %p2, align 4
  %i.next = add i32 %i, 1
  br label %ax
sums:
  %s = call i32 @isum(ptr %B, i32 %n)
  %m = call i32 @imax(ptr %B, i32 %n)
  %s64 = sext i32 %s to i64
  %hi = shl i64 %s64, 20
  %m64 = sext i32 %m to i64
  %r = add i64 %hi, %m64
  ret i64 %r
}

; x[k] = k/4 - 3, y[k] = 1.5; saxpy(1.25) on the first n, then the plain (ordered) dot product of
; x and y, returned as its bits.
define i32 @drivef(i32 %n) {
entry:
  %X = alloca [1000 x float], align 16
  %Y = alloca [1000 x float], align 16
  br label %fill
fill:
  %k = phi i32 [ 0, %entry ], [ %k.next, %fill.body ]
  %fc = icmp slt i32 %k, 1000
  br i1 %fc, label %fill.body, label %run
fill.body:
  %kx = sext i32 %k to i64
  %px = getelementptr inbounds [1000 x float], ptr %X, i64 0, i64 %kx
  %py = getelementptr inbounds [1000 x float], ptr %Y, i64 0, i64 %kx
  %kf = sitofp i32 %k to float
  %q = fmul float %kf, 2.5e-1
  %xv = fsub float %q, 3.0
  store float %xv, ptr %px, align 4
  store float 1.5, ptr %py, align 4
  %k.next = add i32 %k, 1
  br label %fill
run:
  call void @saxpy(float 1.25, ptr %X, ptr %Y, i32 %n)
  %d = call float @fdot(ptr %X, ptr %Y, i32 %n)
  %bits = bitcast float %d to i32
  ret i32 %bits
}

; dst[i] = 2 * src[i] + 1 for 16 elements of a[k] = k (20 elements), with dst = a + 1, src = a
; (%fwd = 1: each iteration reads what the previous one wrote) or dst = a, src = a + 1;
; returns the sum of a[k] * (k + 1).
define i32 @overlap(i1 %fwd) {
entry:
  %a = alloca [20 x i32], align 16
  br label %fill
fill:
  %k = phi i64 [ 0, %entry ], [ %k.next, %fill.body ]
  %fc = icmp ult i64 %k, 20
  br i1 %fc, label %fill.body, label %run
fill.body:
  %pk = getelementptr inbounds i32, ptr %a, i64 %k
  %kv = trunc i64 %k to i32
  store i32 %kv, ptr %pk, align 4
  %k.next = add i64 %k, 1
  br label %fill
run:
  %a1 = getelementptr inbounds i32, ptr %a, i64 1
  %dst = select i1 %fwd, ptr %a1, ptr %a
  %src = select i1 %fwd, ptr %a, ptr %a1
  br label %loop
loop:
  %i = phi i32 [ 0, %run ], [ %i.next, %body ]
  %c = icmp slt i32 %i, 16
  br i1 %c, label %body, label %sum
body:
  %ix = sext i32 %i to i64
  %ps = getelementptr inbounds i32, ptr %src, i64 %ix
  %v = load i32, ptr %ps, align 4
  %v2 = shl i32 %v, 1
  %v3 = or i32 %v2, 1
  %pd = getelementptr inbounds i32, ptr %dst, i64 %ix
  store i32 %v3, ptr %pd, align 4
  %i.next = add i32 %i, 1
  br label %loop
sum:
  %j = phi i64 [ 0, %loop ], [ %j.next, %sum.body ]
  %acc = phi i32 [ 0, %loop ], [ %acc.next, %sum.body ]
  %sc = icmp ult i64 %j, 20
  br i1 %sc, label %sum.body, label %done
sum.body:
  %pj = getelementptr inbounds i32, ptr %a, i64 %j
  %vj = load i32, ptr %pj, align 4
  %j1 = add i64 %j, 1
  %w = trunc i64 %j1 to i32
  %prod = mul i32 %vj, %w
  %acc.next = add i32 %acc, %prod
  %j.next = add i64 %j, 1
  br label %sum
done:
  ret i32 %acc
}

; a[k] = k*k for 64 elements, the rotated loop on the first n (at least one), then a checksum of a.
define i64 @rotated(i64 %n) {
entry:
  %a = alloca [64 x i64], align 16
  br label %fill
fill:
  %k = phi i64 [ 0, %entry ], [ %k.next, %fill ]
  %pk = getelementptr inbounds i64, ptr %a, i64 %k
  %kk = mul i64 %k, %k
  store i64 %kk, ptr %pk, align 8
  %k.next = add i64 %k, 1
  %more = icmp ult i64 %k.next, 64
  br i1 %more, label %fill, label %run
run:
  call void @triple_rotated(ptr %a, i64 %n)
  br label %sum
sum:
  %j = phi i64 [ 0, %run ], [ %j.next, %sum ]
  %acc = phi i64 [ 0, %run ], [ %acc.next, %sum ]
  %pj = getelementptr inbounds i64, ptr %a, i64 %j
  %vj = load i64, ptr %pj, align 8
  %h = mul i64 %acc, 31
  %acc.next = add i64 %h, %vj
  %j.next = add i64 %j, 1
  %more2 = icmp ult i64 %j.next, 64
  br i1 %more2, label %sum, label %done
done:
  ret i64 %acc.next
}

; Summing 20 elements of a 10-element array faults before and after vectorizing (after: at the
; vector load that reaches past the end).
define i32 @oob() {
entry:
  %a = alloca [10 x i32], align 16
  %s = call i32 @isum(ptr %a, i32 20)
  ret i32 %s
}

define void @small_constant(ptr %a) {
entry:
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  %c = icmp slt i64 %i, 6
  br i1 %c, label %body, label %exit
body:
  %p = getelementptr inbounds i64, ptr %a, i64 %i
  %v = load i64, ptr %p, align 8
  %m = mul i64 %v, 3
  store i64 %m, ptr %p, align 8
  %i.next = add i64 %i, 1
  br label %head
exit:
  ret void
}

define void @constant_16(ptr %a) {
entry:
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  %c = icmp slt i64 %i, 16
  br i1 %c, label %body, label %exit
body:
  %p = getelementptr inbounds i32, ptr %a, i64 %i
  %v = load i32, ptr %p, align 4
  %m = mul i32 %v, 3
  store i32 %m, ptr %p, align 4
  %i.next = add i64 %i, 1
  br label %head
exit:
  ret void
}
