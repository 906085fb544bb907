; inline: small callees are copied into their callers (names get ".i", the rest of the caller's
; block moves to "<callee>.exit", several returns meet in a phi); internal functions that lose
; their last call are deleted; the callee's allocas move to the caller's entry block (and are zeroed
; at each "call" inside a loop); a byval argument becomes an alloca filled by a memcpy where the
; call was (@byval_caller: the callee writes its own copy, the caller's memory keeps its value).
; Not inlined: recursive callees, noinline, a byval argument that is not certainly valid memory (a
; pointer parameter: the copy could fault), over 4 KiB, or whose parameter escapes, escaping allocas, callees
; over the size threshold. A trap in inlined code is still reported at the
; callee's line.
; RUN: pyir opt --passes=inline %s
; CHECK-NOT: define internal i32 @sq
; CHECK: define i32 @absdiff(i32 %a, i32 %b)
; CHECK: define i32 @loop_caller(i32 %n)
; CHECK: loop:
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %i1, %absdiff.exit ]
; CHECK: br label %entry.i
; CHECK: entry.i:
; CHECK-NEXT: %m.i = mul i32 %i, %i
; CHECK-NEXT: br label %sq.exit
; CHECK: t.i:
; CHECK-NEXT: %d1.i = sub i32 %m.i, %n
; CHECK: absdiff.exit:
; CHECK-NEXT: %w = phi i32 [ %d1.i, %t.i ], [ %d2.i, %f.i ]
; CHECK-NEXT: %s1 = add i32 %s, %w
; CHECK-NOT: call
; CHECK: exit:
; CHECK: define i32 @array_caller(i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: %buf.i = alloca [4 x i32], align 16
; CHECK: store [4 x i32] zeroinitializer, ptr %buf.i, align 16
; CHECK-NOT: call
; CHECK: exit:
; CHECK: define i32 @negatives(i32 %n, ptr %p)
; CHECK-NEXT: entry:
; CHECK-NEXT: %r1 = call i32 @selfrec(i32 %n)
; CHECK-NEXT: %r2 = call i32 @even(i32 %n)
; CHECK-NEXT: %r3 = call i32 @never(i32 %n)
; CHECK-NEXT: %r5 = call i32 @byval(ptr byval(i32) %p)
; CHECK-NEXT: %r6 = call ptr @escapes(i32 %n)
; CHECK-NEXT: %r7 = call i32 @big(i32 %n)
; CHECK: define i32 @byval_caller(i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: %p.i = alloca i32, align 4
; CHECK-NEXT: %s = alloca i32
; CHECK-NEXT: store i32 %n, ptr %s
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr %p.i, ptr %s, i64 4, i1 false)
; CHECK-NEXT: br label %entry.i
; CHECK: define i32 @byval_escape_caller(i32 %n)
; CHECK: call i32 @byval_escapes(ptr byval(i32) %s)
; CHECK: define i32 @byval_huge_caller()
; CHECK: call i32 @byval_huge(ptr byval([1100 x i32]) %s)
; CHECK: define i32 @local_caller(i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: %slot.i = alloca i32
; CHECK-NOT: store i32 0
; CHECK: store i32 %i, ptr %slot.i
; CHECK-NEXT: %got.i = call i32 @reads(ptr %slot.i)
; CHECK: define i32 @rec_caller(i32 %n)
; CHECK: call i32 @with_local(i32 %n)
; CHECK: define i32 @clang_o0(i32 %n)
; CHECK-NOT: call
; CHECK: ret i32
; RUN: pyir run -O2 %s --entry loop_caller 5
; CHECK: 25
; RUN: pyir run -O2 %s --entry array_caller 3
; CHECK: 3
; RUN: pyir run -O2 %s --entry local_caller 4
; CHECK: 6
; RUN: pyir run -O2 %s --entry byval_caller 5
; RUN: pyir run -O0 %s --entry byval_caller 5
; CHECK: 55
; CHECK-NEXT: 55
; RUN: not pyir run --interp -O2 %s --entry use_dead 5
; CHECK: error: load of 4 bytes at offset 0 of a dead alloca
; RUN: not pyir run -O2 %s --entry traps 7
; CHECK: inline.ll:384:8: error: division by zero

define internal i32 @sq(i32 %x) {
entry:
  %m = mul i32 %x, %x
  ret i32 %m
}

define i32 @absdiff(i32 %a, i32 %b) {
entry:
  %c = icmp sgt i32 %a, %b
  br i1 %c, label %t, label %f
t:
  %d1 = sub i32 %a, %b
  ret i32 %d1
f:
  %d2 = sub i32 %b, %a
  ret i32 %d2
}

; sum over i < n of |i*i - n|
define i32 @loop_caller(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %v = call i32 @sq(i32 %i)
  %w = call i32 @absdiff(i32 %v, i32 %n)
  %s1 = add i32 %s, %w
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %s1
}

; Reads buf[k] before writing buf[1]: fresh (zeroed) memory on every call.
define i32 @with_array(i32 %k) {
entry:
  %buf = alloca [4 x i32], align 16
  %p = getelementptr [4 x i32], ptr %buf, i64 0, i32 %k
  %old = load i32, ptr %p
  %q = getelementptr [4 x i32], ptr %buf, i64 0, i64 1
  store i32 7, ptr %q
  ret i32 %old
}

; Counts the calls that saw 0 in buf[1]: all of them (n), as without inlining.
define i32 @array_caller(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %old = call i32 @with_array(i32 1)
  %z = icmp eq i32 %old, 0
  %zi = zext i1 %z to i32
  %s1 = add i32 %s, %zi
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %s1
}

define i32 @selfrec(i32 %n) {
entry:
  %c = icmp eq i32 %n, 0
  br i1 %c, label %done, label %more
done:
  ret i32 0
more:
  %m = sub i32 %n, 1
  %r = call i32 @selfrec(i32 %m)
  %r1 = add i32 %r, 2
  ret i32 %r1
}

define i32 @even(i32 %n) {
entry:
  %c = icmp eq i32 %n, 0
  br i1 %c, label %done, label %more
done:
  ret i32 1
more:
  %m = sub i32 %n, 1
  %r = call i32 @odd(i32 %m)
  ret i32 %r
}

define i32 @odd(i32 %n) {
entry:
  %c = icmp eq i32 %n, 0
  br i1 %c, label %done, label %more
done:
  ret i32 0
more:
  %m = sub i32 %n, 1
  %r = call i32 @even(i32 %m)
  ret i32 %r
}

define i32 @never(i32 %n) noinline {
entry:
  ret i32 %n
}

define i32 @byval(ptr byval(i32) %p) {
entry:
  %v = load i32, ptr %p
  ret i32 %v
}

; Returns the address of its own alloca: using it after the return is an error ("dead alloca").
define ptr @escapes(i32 %n) {
entry:
  %a = alloca i32
  store i32 %n, ptr %a
  ret ptr %a
}

define i32 @big(i32 %n) {
entry:
  %a1 = mul i32 %n, 3
  %a2 = xor i32 %a1, 5
  %a3 = mul i32 %a2, 7
  %a4 = xor i32 %a3, 9
  %a5 = mul i32 %a4, 11
  %a6 = xor i32 %a5, 13
  %a7 = mul i32 %a6, 15
  %a8 = xor i32 %a7, 17
  %a9 = mul i32 %a8, 19
  %a10 = xor i32 %a9, 21
  %b1 = mul i32 %a10, 3
  %b2 = xor i32 %b1, 5
  %b3 = mul i32 %b2, 7
  %b4 = xor i32 %b3, 9
  %b5 = mul i32 %b4, 11
  %b6 = xor i32 %b5, 13
  %b7 = mul i32 %b6, 15
  %b8 = xor i32 %b7, 17
  %b9 = mul i32 %b8, 19
  %b10 = xor i32 %b9, 21
  %c1 = mul i32 %b10, 3
  %c2 = xor i32 %c1, 5
  %c3 = mul i32 %c2, 7
  %c4 = xor i32 %c3, 9
  %c5 = mul i32 %c4, 11
  %c6 = xor i32 %c5, 13
  %c7 = mul i32 %c6, 15
  %c8 = xor i32 %c7, 17
  %c9 = mul i32 %c8, 19
  %c10 = xor i32 %c9, 21
  %d1 = mul i32 %c10, 3
  %d2 = xor i32 %d1, 5
  %d3 = mul i32 %d2, 7
  %d4 = xor i32 %d3, 9
  %d5 = mul i32 %d4, 11
  %d6 = xor i32 %d5, 13
  %d7 = mul i32 %d6, 15
  %d8 = xor i32 %d7, 17
  %d9 = mul i32 %d8, 19
  %d10 = xor i32 %d9, 21
  %e1 = mul i32 %d10, 3
  %e2 = xor i32 %e1, 5
  %e3 = mul i32 %e2, 7
  %e4 = xor i32 %e3, 9
  %e5 = mul i32 %e4, 11
  %e6 = xor i32 %e5, 13
  %e7 = mul i32 %e6, 15
  %e8 = xor i32 %e7, 17
  %e9 = mul i32 %e8, 19
  %e10 = xor i32 %e9, 21
  ret i32 %e10
}

define i32 @negatives(i32 %n, ptr %p) {
entry:
  %r1 = call i32 @selfrec(i32 %n)
  %r2 = call i32 @even(i32 %n)
  %r3 = call i32 @never(i32 %n)
  %r5 = call i32 @byval(ptr byval(i32) %p)
  %r6 = call ptr @escapes(i32 %n)
  %r7 = call i32 @big(i32 %n)
  ret i32 %r1
}

; Writes its own copy of the argument.
define internal i32 @byval_mod(ptr byval(i32) %p) {
entry:
  %v = load i32, ptr %p
  %w = mul i32 %v, 10
  store i32 %w, ptr %p
  %x = load i32, ptr %p
  ret i32 %x
}

define i32 @byval_caller(i32 %n) {
entry:
  %s = alloca i32
  store i32 %n, ptr %s
  %r = call i32 @byval_mod(ptr byval(i32) %s)
  %v = load i32, ptr %s
  %sum = add i32 %r, %v
  ret i32 %sum
}

@kept = global ptr null

; Keeps the address of its copy: the copy must stay the call's.
define internal i32 @byval_escapes(ptr byval(i32) %p) {
entry:
  store ptr %p, ptr @kept
  %v = load i32, ptr %p
  ret i32 %v
}

define i32 @byval_escape_caller(i32 %n) {
entry:
  %s = alloca i32
  store i32 %n, ptr %s
  %r = call i32 @byval_escapes(ptr byval(i32) %s)
  ret i32 %r
}

; A copy of over 4 KiB would stay in the caller's frame: not inlined.
define internal i32 @byval_huge(ptr byval([1100 x i32]) %p) {
entry:
  %v = load i32, ptr %p
  ret i32 %v
}

define i32 @byval_huge_caller() {
entry:
  %s = alloca [1100 x i32]
  %r = call i32 @byval_huge(ptr byval([1100 x i32]) %s)
  ret i32 %r
}

define i32 @use_dead(i32 %n) {
entry:
  %p = call ptr @escapes(i32 %n)
  %v = load i32, ptr %p
  ret i32 %v
}

; Only reads through its parameter: passing an alloca to it does not let the alloca escape.
define i32 @reads(ptr %p) noinline {
entry:
  %v = load i32, ptr %p
  ret i32 %v
}

define i32 @with_local(i32 %x) {
entry:
  %slot = alloca i32
  store i32 %x, ptr %slot
  %got = call i32 @reads(ptr %slot)
  ret i32 %got
}

; Sum of i for i < n, each through @with_local's alloca (overwritten first: no zeroing store).
define i32 @local_caller(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %v = call i32 @with_local(i32 %i)
  %s1 = add i32 %s, %v
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %s1
}

; Recursive: each of its frames would keep @with_local's alloca, so that call stays.
define i32 @rec_caller(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %done, label %more
done:
  ret i32 0
more:
  %v = call i32 @with_local(i32 %n)
  %m = sub i32 %n, 1
  %r = call i32 @rec_caller(i32 %m)
  %s = add i32 %r, %v
  ret i32 %s
}

; clang -O0 marks every function "noinline optnone": that is not a request, so it is inlined.
define i32 @o0_leaf(i32 %x) #0 {
entry:
  %r = add i32 %x, 1
  ret i32 %r
}

define i32 @clang_o0(i32 %n) #0 {
entry:
  %r = call i32 @o0_leaf(i32 %n)
  ret i32 %r
}

define internal i32 @divide(i32 %a, i32 %b) {
entry:
  %q = sdiv i32 %a, %b
  ret i32 %q
}

define i32 @traps(i32 %n) {
entry:
  %z = sub i32 %n, %n
  %r = call i32 @divide(i32 %n, i32 %z)
  ret i32 %r
}

attributes #0 = { noinline nounwind optnone }
