; llvm.stacksave / llvm.stackrestore around allocas of a run-time size (C variable-length arrays):
; a restore frees what was allocated since its save, so a loop of large allocas runs in constant
; stack space (1000 x 320 KB here: far beyond the interpreter's 256 MB stack limit and the JIT's
; stack if nothing were freed); nested saves free only the inner allocas; a saved pointer can be
; restored more than once.
; Expected values from lli-16, reviewed by hand.

declare ptr @llvm.stacksave()
declare void @llvm.stackrestore(ptr)

; RUN: pyir run %s --entry t_vla_loop 40000
; CHECK: 502500
define i64 @t_vla_loop(i32 %n) {
entry:
  %wide = sext i32 %n to i64
  %last = add i64 %wide, -1
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %sp = call ptr @llvm.stacksave()
  %buf = alloca i64, i64 %wide, align 16
  store i64 %i, ptr %buf
  %end = getelementptr i64, ptr %buf, i64 %last
  store i64 3, ptr %end
  %a = load i64, ptr %buf
  %b = load i64, ptr %end
  %s = add i64 %a, %b
  %acc.next = add i64 %acc, %s
  call void @llvm.stackrestore(ptr %sp)
  %i.next = add i64 %i, 1
  %done = icmp eq i64 %i.next, 1000
  br i1 %done, label %exit, label %loop
exit:
  ret i64 %acc.next
}

; RUN: pyir run %s --entry t_nested 5
; CHECK: 5106
define i64 @t_nested(i32 %n) {
entry:
  %outer.sp = call ptr @llvm.stacksave()
  %outer = alloca i32, i32 %n
  store i32 111, ptr %outer
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %inner.sp = call ptr @llvm.stacksave()
  %inner = alloca i32, i32 %n
  store i32 %i, ptr %inner
  %x = load i32, ptr %inner
  %y = load i32, ptr %outer
  %xy = mul i32 %x, %y
  %w = sext i32 %xy to i64
  %acc.next = add i64 %acc, %w
  call void @llvm.stackrestore(ptr %inner.sp)
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, 10
  br i1 %done, label %exit, label %loop
exit:
  %z = load i32, ptr %outer
  call void @llvm.stackrestore(ptr %outer.sp)
  %zw = sext i32 %z to i64
  %r = add i64 %acc.next, %zw
  ret i64 %r
}

; One save, restored on every iteration (and once more after the loop).
; RUN: pyir run %s --entry t_restore_twice 3
; CHECK: 34
define i32 @t_restore_twice(i32 %n) {
entry:
  %sp = call ptr @llvm.stacksave()
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  %buf = alloca i32, i32 %n
  %k = add i32 %i, 7
  store i32 %k, ptr %buf
  %v = load i32, ptr %buf
  %acc.next = add i32 %acc, %v
  call void @llvm.stackrestore(ptr %sp)
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, 4
  br i1 %done, label %exit, label %loop
exit:
  call void @llvm.stackrestore(ptr %sp)
  ret i32 %acc.next
}
