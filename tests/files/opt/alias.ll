; Alias analysis, seen through gvn: which stores a load may look past. Distinct allocas, globals,
; an alloca against an argument, a non-escaping alloca against loaded pointers and call results,
; constant offsets from one base (disjoint: no alias; partially overlapping: may alias), selects of
; allocas, memset/memcpy/strlen by their arguments. Negative cases: an escaped alloca against a
; loaded pointer or a call result, an inttoptr pointer against anything, a select that may be the
; alloca, a partial overlap, memcpy into the alloca.
; RUN: pyir opt --passes=gvn %s
; CHECK: define i32 @objects(ptr %p, ptr %pp)
; CHECK: store i32 6, ptr %q
; CHECK-NEXT: %la2 = load i32, ptr %a
; CHECK-NEXT: %r1 = add i32 1, 4
; CHECK-NEXT: %r2 = add i32 %r1, 2
; CHECK-NEXT: %r3 = add i32 %r2, %la2
; CHECK: define i64 @offsets(ptr %p)
; CHECK: store i8 9, ptr %p2
; CHECK-NEXT: %l0 = load i64, ptr %p
; CHECK-NEXT: %z = zext i32 1 to i64
; CHECK: define i32 @selects(i1 %c, ptr %p)
; CHECK: store i32 3, ptr %t
; CHECK-NEXT: %l2 = load i32, ptr %x
; CHECK-NEXT: %r = add i32 1, %l2
; CHECK: define i32 @int_pointers(i64 %addr)
; CHECK: store i32 2, ptr %p
; CHECK-NEXT: %l = load i32, ptr %x
; CHECK-NEXT: ret i32 %l
; CHECK: define i32 @stored_address(ptr %pp)
; CHECK: store i32 2, ptr %q
; CHECK-NEXT: %l = load i32, ptr %x
; CHECK-NEXT: ret i32 %l
; CHECK: define i32 @builtins(ptr %src)
; CHECK: %n = call i64 @strlen(ptr %src)
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr %x, ptr %src, i64 4, i1 false)
; CHECK-NEXT: %lx2 = load i32, ptr %x
; CHECK-NEXT: %r = add i32 1, %lx2
; RUN: pyir run -O2 %s --entry offsets_run
; CHECK: 589832

@g = global i32 0
@h = global [4 x i32] zeroinitializer
declare void @use(ptr)
declare ptr @get()
declare i64 @strlen(ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

define i32 @objects(ptr %p, ptr %pp) {
entry:
  %a = alloca i32
  %b = alloca i32
  call void @use(ptr %a)
  store i32 1, ptr %a
  store i32 2, ptr %b
  store i32 3, ptr %p
  store i32 4, ptr @g
  %h1 = getelementptr [4 x i32], ptr @h, i64 0, i64 1
  store i32 5, ptr %h1
  %la = load i32, ptr %a
  %lg = load i32, ptr @g
  %q = load ptr, ptr %pp
  store i32 6, ptr %q
  %lb = load i32, ptr %b
  %la2 = load i32, ptr %a
  %r1 = add i32 %la, %lg
  %r2 = add i32 %r1, %lb
  %r3 = add i32 %r2, %la2
  ret i32 %r3
}

define i64 @offsets(ptr %p) {
entry:
  %p4 = getelementptr i8, ptr %p, i64 4
  %p8 = getelementptr i32, ptr %p, i64 2
  store i32 1, ptr %p4
  store i32 2, ptr %p8
  %l4 = load i32, ptr %p4
  store i64 7, ptr %p
  %p2 = getelementptr i8, ptr %p, i64 2
  store i8 9, ptr %p2
  %l0 = load i64, ptr %p
  %z = zext i32 %l4 to i64
  %r = add i64 %z, %l0
  ret i64 %r
}

define i32 @selects(i1 %c, ptr %p) {
entry:
  %a = alloca i32
  %b = alloca i32
  %x = alloca i32
  store i32 1, ptr %x
  %s = select i1 %c, ptr %a, ptr %b
  store i32 2, ptr %s
  %l1 = load i32, ptr %x
  %t = select i1 %c, ptr %x, ptr %p
  store i32 3, ptr %t
  %l2 = load i32, ptr %x
  %r = add i32 %l1, %l2
  ret i32 %r
}

define i32 @int_pointers(i64 %addr) {
entry:
  %x = alloca i32
  store i32 1, ptr %x
  %p = inttoptr i64 %addr to ptr
  store i32 2, ptr %p
  %l = load i32, ptr %x
  ret i32 %l
}

define i32 @stored_address(ptr %pp) {
entry:
  %x = alloca i32
  store ptr %x, ptr %pp
  store i32 1, ptr %x
  %q = call ptr @get()
  store i32 2, ptr %q
  %l = load i32, ptr %x
  ret i32 %l
}

define i32 @builtins(ptr %src) {
entry:
  %x = alloca i32
  %y = alloca i32
  store i32 1, ptr %x
  store i32 2, ptr %y
  call void @llvm.memset.p0.i64(ptr %y, i8 0, i64 4, i1 false)
  %n = call i64 @strlen(ptr %src)
  %lx = load i32, ptr %x
  call void @llvm.memcpy.p0.p0.i64(ptr %x, ptr %src, i64 4, i1 false)
  %lx2 = load i32, ptr %x
  %r = add i32 %lx, %lx2
  ret i32 %r
}

define i64 @offsets_run() {
entry:
  %m = alloca [2 x i64]
  %r = call i64 @offsets(ptr %m)
  ret i64 %r
}
