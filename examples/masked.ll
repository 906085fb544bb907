; Two things clang emits that need care. @clamp_negative is the loop clang -O2 -march=x86-64-v3
; makes of `for (j...) if (src[j] < 0) dst[j] = src[j];`: eight lanes at a time, with the store
; masked by the compare, so lanes whose condition is false never touch memory. @triangle sums a C99
; variable-length array, which clang brackets with llvm.stacksave/llvm.stackrestore.

@src = global [16 x i32] [i32 3, i32 -1, i32 4, i32 -1, i32 5, i32 -9, i32 2, i32 -6,
                          i32 5, i32 -3, i32 5, i32 -8, i32 9, i32 -7, i32 9, i32 -3]
@dst = global [16 x i32] zeroinitializer

declare void @llvm.masked.store.v8i32.p0(<8 x i32>, ptr, i32, <8 x i1>)
declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>)
declare ptr @llvm.stacksave()
declare void @llvm.stackrestore(ptr)

; Copies the negative elements of @src into @dst and returns the sum of @dst.
define i32 @clamp_negative() {
entry:
  br label %loop
loop:
  %j = phi i64 [ 0, %entry ], [ %j.next, %loop ]
  %sum = phi i32 [ 0, %entry ], [ %sum.next, %loop ]
  %s = getelementptr inbounds i32, ptr @src, i64 %j
  %v = load <8 x i32>, ptr %s, align 4
  %neg = icmp slt <8 x i32> %v, zeroinitializer
  %d = getelementptr inbounds i32, ptr @dst, i64 %j
  call void @llvm.masked.store.v8i32.p0(<8 x i32> %v, ptr %d, i32 4, <8 x i1> %neg)
  %w = load <8 x i32>, ptr %d, align 4
  %part = call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %w)
  %sum.next = add i32 %sum, %part
  %j.next = add i64 %j, 8
  %more = icmp ult i64 %j.next, 16
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %sum.next
}

; uint64_t row[n]; row[i] = i + 1; return the sum.
define i64 @triangle(i32 %n) {
entry:
  %saved = call ptr @llvm.stacksave()
  %len = zext i32 %n to i64
  %row = alloca i64, i64 %len, align 16
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %i.next, %fill ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %fill ]
  %p = getelementptr inbounds i64, ptr %row, i64 %i
  %i.next = add i64 %i, 1
  store i64 %i.next, ptr %p, align 8
  %x = load i64, ptr %p, align 8
  %acc.next = add i64 %acc, %x
  %done = icmp eq i64 %i.next, %len
  br i1 %done, label %exit, label %fill
exit:
  call void @llvm.stackrestore(ptr %saved)
  ret i64 %acc.next
}
