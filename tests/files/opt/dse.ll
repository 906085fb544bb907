; dse: a store overwritten later in its block by a store of the same size to the same address, with
; nothing in between that may read it (or, unless the memory is certainly inside a local alloca, trap
; or call), is deleted; so are stores and memsets certainly inside an alloca nothing reads.
; Negative cases: a load that may read the bytes, a call, a division that may trap between stores
; to memory others can see, an overwrite of another size, volatile stores, stores through variable or
; out-of-bounds indices into an unread alloca (they may fault), allocas that are read or escape.
; RUN: pyir opt --passes=dse %s
; CHECK: define void @overwrite(ptr %p, i32 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: store i32 %b, ptr %p
; CHECK-NEXT: %x = add i32 %a, 1
; CHECK-NEXT: store i32 %x, ptr @g
; CHECK-NEXT: store i32 %a, ptr @h
; CHECK-NEXT: %l = load i32, ptr @h
; CHECK-NEXT: store i32 %l, ptr @h
; CHECK-NEXT: store i16 1, ptr %p
; CHECK-NEXT: store i32 %b, ptr %p
; CHECK-NEXT: store i32 %a, ptr @g
; CHECK-NEXT: call void @effect()
; CHECK-NEXT: store i32 %b, ptr @g
; CHECK-NEXT: store volatile i32 %a, ptr @h
; CHECK-NEXT: store i32 %b, ptr @h
; CHECK: define void @may_trap_between(ptr %p, ptr %q, i32 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: store i32 %a, ptr %p
; CHECK-NEXT: %d = udiv i32 %a, %b
; CHECK-NEXT: store i32 %a, ptr %p
; CHECK-NEXT: %l = load i32, ptr %q
; CHECK-NEXT: store i32 %l, ptr %p
; CHECK: define i32 @local(i32 %a, i32 %b)
; CHECK: %y = alloca [2 x i32]
; CHECK-NEXT: %d = udiv i32 %a, %b
; CHECK-NEXT: store i32 %d, ptr %x
; CHECK-NEXT: %l = load i32, ptr %x
; CHECK-NEXT: %y1 = getelementptr [2 x i32], ptr %y, i64 0, i64 1
; CHECK-NEXT: store i32 %a, ptr %y1
; CHECK-NEXT: call void @use(ptr %y)
; CHECK-NEXT: store i32 %b, ptr %y1
; CHECK: define void @write_only(i64 %i, i32 %a)
; CHECK-NOT: memset
; CHECK: %e2 = getelementptr [4 x i32], ptr %arr, i64 0, i64 2
; CHECK-NEXT: %ei = getelementptr [4 x i32], ptr %arr, i64 0, i64 %i
; CHECK-NEXT: store i32 %a, ptr %ei
; CHECK-NEXT: %e9 = getelementptr [4 x i32], ptr %arr, i64 0, i64 9
; CHECK-NEXT: store i32 %a, ptr %e9
; CHECK-NEXT: store volatile i32 %a, ptr %v
; CHECK: define void @read_later(i32 %a)
; CHECK: store i32 %a, ptr %x
; CHECK-NEXT: %l = load i32, ptr %x
; RUN: not pyir run --interp -O2 %s --entry oob
; CHECK: error: out-of-bounds store of 4 bytes at offset 36 of a 16-byte alloca
; RUN: pyir run -O2 %s --entry sum
; CHECK: 12

@g = global i32 0
@h = global i32 0
declare void @effect()
declare void @use(ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define void @overwrite(ptr %p, i32 %a, i32 %b) {
entry:
  store i32 %a, ptr %p
  store i32 %b, ptr %p
  store i32 %a, ptr @g
  %x = add i32 %a, 1
  store i32 %x, ptr @g
  store i32 %a, ptr @h
  %l = load i32, ptr @h
  store i32 %l, ptr @h
  store i16 1, ptr %p
  store i32 %b, ptr %p
  store i32 %a, ptr @g
  call void @effect()
  store i32 %b, ptr @g
  store volatile i32 %a, ptr @h
  store i32 %b, ptr @h
  ret void
}

define void @may_trap_between(ptr %p, ptr %q, i32 %a, i32 %b) {
entry:
  store i32 %a, ptr %p
  %d = udiv i32 %a, %b
  store i32 %d, ptr %p
  store i32 %a, ptr %p
  %l = load i32, ptr %q
  store i32 %l, ptr %p
  ret void
}

define i32 @local(i32 %a, i32 %b) {
entry:
  %x = alloca i32
  %y = alloca [2 x i32]
  store i32 %a, ptr %x
  %d = udiv i32 %a, %b
  store i32 %d, ptr %x
  %l = load i32, ptr %x
  %y1 = getelementptr [2 x i32], ptr %y, i64 0, i64 1
  store i32 %a, ptr %y1
  call void @use(ptr %y)
  store i32 %b, ptr %y1
  call void @use(ptr %y)
  ret i32 %l
}

define void @write_only(i64 %i, i32 %a) {
entry:
  %x = alloca i32
  %arr = alloca [4 x i32]
  %v = alloca i32
  store i32 %a, ptr %x
  call void @llvm.memset.p0.i64(ptr %arr, i8 0, i64 16, i1 false)
  %e2 = getelementptr [4 x i32], ptr %arr, i64 0, i64 2
  store i32 %a, ptr %e2
  %ei = getelementptr [4 x i32], ptr %arr, i64 0, i64 %i
  store i32 %a, ptr %ei
  %e9 = getelementptr [4 x i32], ptr %arr, i64 0, i64 9
  store i32 %a, ptr %e9
  store volatile i32 %a, ptr %v
  ret void
}

define void @read_later(i32 %a) {
entry:
  %x = alloca i32
  store i32 %a, ptr %x
  %l = load i32, ptr %x
  call void @use(ptr %x)
  ret void
}

define void @oob() {
entry:
  call void @write_only(i64 1, i32 5)
  ret void
}

define i32 @sum() {
entry:
  %arr = alloca [3 x i32]
  %e0 = getelementptr [3 x i32], ptr %arr, i64 0, i64 0
  %e1 = getelementptr [3 x i32], ptr %arr, i64 0, i64 1
  store i32 100, ptr %e0
  store i32 5, ptr %e0
  store i32 7, ptr %e1
  %a = load i32, ptr %e0
  %b = load i32, ptr %e1
  %s = add i32 %a, %b
  ret i32 %s
}
