; gvn: value numbering over the dominator tree (commutative operands, swapped compares, pure
; built-in calls; flags the dropped copy lacked are dropped) and redundant load elimination (a load
; after a load or store of the same type at the same address, with nothing in between that may
; write it). Negative cases: fadd is not commutative here (NaN operand order), a value from a
; sibling branch does not dominate, loads across a possibly-aliasing store, a call, a store of
; another type or a loop stay, volatile loads stay and are never a source.
; RUN: pyir opt --passes=gvn %s
; CHECK: define i32 @cse(i32 %a, i32 %b, double %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %s1 = add i32 %a, %b
; CHECK-NEXT: %c1 = icmp slt i32 %a, %b
; CHECK-NEXT: %z1 = zext i1 %c1 to i32
; CHECK-NEXT: %q1 = call double @llvm.sqrt.f64(double %x)
; CHECK-NEXT: %f1 = fadd double %x, %q1
; CHECK-NEXT: %f2 = fadd double %q1, %x
; CHECK-NEXT: %d1 = sub i32 %a, %b
; CHECK-NEXT: %d2 = sub i32 %b, %a
; CHECK-NEXT: %r1 = add i32 %s1, %z1
; CHECK: define i32 @dom(i32 %a, i1 %c)
; CHECK: then:
; CHECK-NEXT: %t = add i32 %m1, 1
; CHECK: join:
; CHECK-NEXT: %p = phi i32 [ %t, %then ], [ %e, %else ]
; CHECK-NEXT: %e2 = add i32 %a, 1
; CHECK: define i32 @loads(ptr %p, ptr %q, i32 %v)
; CHECK-NEXT: entry:
; CHECK-NEXT: %a = load i32, ptr %p
; CHECK-NEXT: store i32 %v, ptr %q
; CHECK-NEXT: %c = load i32, ptr %p
; CHECK-NEXT: store i32 %v, ptr %p
; CHECK-NEXT: %e = load i16, ptr %p
; CHECK-NEXT: %ee = sext i16 %e to i32
; CHECK-NEXT: call void @effect()
; CHECK-NEXT: %f = load i32, ptr %p
; CHECK-NEXT: %vol = load volatile i32, ptr %p
; CHECK-NEXT: %vol2 = load volatile i32, ptr %p
; CHECK-NEXT: %s1 = add i32 %a, %a
; CHECK-NEXT: %s2 = add i32 %s1, %c
; CHECK-NEXT: %s3 = add i32 %s2, %v
; CHECK: define i32 @locals(ptr %p, i64 %i)
; CHECK: call void @effect()
; CHECK-NEXT: store i32 5, ptr @g
; CHECK-NEXT: %gi = load i32, ptr @h
; CHECK-NEXT: store i32 6, ptr @g
; CHECK-NEXT: %ei = getelementptr [4 x i32], ptr %arr, i64 0, i64 %i
; CHECK-NEXT: store i32 7, ptr %ei
; CHECK-NEXT: %l1b = load i32, ptr %e1
; CHECK-NEXT: %s1 = add i32 1, 2
; CHECK-NEXT: %s2 = add i32 %s1, 3
; CHECK-NEXT: %s3 = add i32 %s2, 1
; CHECK-NEXT: %s4 = add i32 %s3, %gi
; CHECK-NEXT: %s5 = add i32 %s4, %gi
; CHECK: define i32 @escaped(i64 %i)
; CHECK: call void @use(ptr %x)
; CHECK-NEXT: %l = load i32, ptr %x
; CHECK: define i32 @noalias_args(ptr noalias %p, ptr %q)
; CHECK: store i32 3, ptr @g
; CHECK-NEXT: %r = add i32 1, 1
; CHECK: define i32 @diamond(ptr %p, ptr %q, i1 %c)
; CHECK: join:
; CHECK-NEXT: %r = add i32 %a, %a
; CHECK: exit:
; CHECK-NEXT: %d = load i32, ptr %p
; CHECK: define i32 @loop(ptr %p, i32 %n)
; CHECK: head:
; CHECK-NEXT: %i = phi i32
; CHECK-NEXT: %b = load i32, ptr %p
; CHECK: define i32 @divs(i32 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: %d1 = sdiv i32 %a, %b
; CHECK-NEXT: %r = add i32 %d1, %d1
; RUN: pyir run %s --entry loop_run
; RUN: pyir run -O2 %s --entry loop_run
; CHECK: 6
; CHECK-NEXT: 6
; RUN: not pyir run -O2 %s --entry divs 1 0
; CHECK: error: division by zero

declare void @effect()
declare double @llvm.sqrt.f64(double)
@g = global i32 0
@h = global i32 0

define i32 @cse(i32 %a, i32 %b, double %x) {
entry:
  %s1 = add nsw i32 %a, %b
  %s2 = add i32 %b, %a
  %c1 = icmp slt i32 %a, %b
  %c2 = icmp sgt i32 %b, %a
  %z1 = zext i1 %c1 to i32
  %z2 = zext i1 %c2 to i32
  %q1 = call double @llvm.sqrt.f64(double %x)
  %q2 = call double @llvm.sqrt.f64(double %x)
  %f1 = fadd double %x, %q1
  %f2 = fadd double %q2, %x
  %d1 = sub i32 %a, %b
  %d2 = sub i32 %b, %a
  %r1 = add i32 %s2, %z2
  %r2 = add i32 %r1, %d1
  %r3 = add i32 %r2, %d2
  %fi = fptosi double %f2 to i32
  %r4 = add i32 %r3, %fi
  %fj = fptosi double %f1 to i32
  %r5 = add i32 %r4, %fj
  ret i32 %r5
}

define i32 @dom(i32 %a, i1 %c) {
entry:
  %m1 = mul i32 %a, 3
  br i1 %c, label %then, label %else
then:
  %m2 = mul i32 %a, 3
  %t = add i32 %m2, 1
  br label %join
else:
  %e = add i32 %a, 1
  br label %join
join:
  %p = phi i32 [ %t, %then ], [ %e, %else ]
  %e2 = add i32 %a, 1
  %r = add i32 %p, %e2
  ret i32 %r
}

define i32 @loads(ptr %p, ptr %q, i32 %v) {
entry:
  %a = load i32, ptr %p
  %b = load i32, ptr %p
  store i32 %v, ptr %q
  %c = load i32, ptr %p
  store i32 %v, ptr %p
  %d = load i32, ptr %p
  %e = load i16, ptr %p
  %ee = sext i16 %e to i32
  call void @effect()
  %f = load i32, ptr %p
  %vol = load volatile i32, ptr %p
  %vol2 = load volatile i32, ptr %p
  %s1 = add i32 %a, %b
  %s2 = add i32 %s1, %c
  %s3 = add i32 %s2, %d
  %s4 = add i32 %s3, %ee
  %s5 = add i32 %s4, %f
  %s6 = add i32 %s5, %vol
  %s7 = add i32 %s6, %vol2
  ret i32 %s7
}

define i32 @locals(ptr %p, i64 %i) {
entry:
  %arr = alloca [4 x i32]
  %x = alloca i32
  %e0 = getelementptr [4 x i32], ptr %arr, i64 0, i64 0
  %e1 = getelementptr [4 x i32], ptr %arr, i64 0, i64 1
  store i32 1, ptr %e0
  store i32 2, ptr %e1
  store i32 3, ptr %x
  store i32 4, ptr %p
  call void @effect()
  %l0 = load i32, ptr %arr
  %l1 = load i32, ptr %e1
  %lx = load i32, ptr %x
  store i32 5, ptr @g
  %l0b = load i32, ptr %e0
  %gi = load i32, ptr @h
  store i32 6, ptr @g
  %gi2 = load i32, ptr @h
  %ei = getelementptr [4 x i32], ptr %arr, i64 0, i64 %i
  store i32 7, ptr %ei
  %l1b = load i32, ptr %e1
  %s1 = add i32 %l0, %l1
  %s2 = add i32 %s1, %lx
  %s3 = add i32 %s2, %l0b
  %s4 = add i32 %s3, %gi
  %s5 = add i32 %s4, %gi2
  %s6 = add i32 %s5, %l1b
  ret i32 %s6
}

define i32 @escaped(i64 %i) {
entry:
  %x = alloca i32
  store i32 3, ptr %x
  call void @use(ptr %x)
  %l = load i32, ptr %x
  ret i32 %l
}
declare void @use(ptr)

define i32 @noalias_args(ptr noalias %p, ptr %q) {
entry:
  store i32 1, ptr %p
  store i32 2, ptr %q
  %l = load i32, ptr %p
  store i32 3, ptr @g
  %l2 = load i32, ptr %p
  %r = add i32 %l, %l2
  ret i32 %r
}

define i32 @diamond(ptr %p, ptr %q, i1 %c) {
entry:
  %a = load i32, ptr %p
  br i1 %c, label %then, label %join
then:
  %x = alloca i32
  store i32 9, ptr %x
  br label %join
join:
  %b = load i32, ptr %p
  %r = add i32 %a, %b
  br i1 %c, label %then2, label %exit
then2:
  store i32 1, ptr %q
  br label %exit
exit:
  %d = load i32, ptr %p
  %r2 = add i32 %r, %d
  ret i32 %r2
}

define i32 @loop(ptr %p, i32 %n) {
entry:
  %a = load i32, ptr %p
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %head ]
  %b = load i32, ptr %p
  store i32 %i, ptr %p
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %head, label %exit
exit:
  %r = add i32 %a, %b
  ret i32 %r
}

define i32 @divs(i32 %a, i32 %b) {
entry:
  %d1 = sdiv i32 %a, %b
  %d2 = sdiv exact i32 %a, %b
  %r = add i32 %d1, %d2
  ret i32 %r
}

define i32 @loop_run() {
entry:
  %m = alloca i32
  store i32 3, ptr %m
  %r = call i32 @loop(ptr %m, i32 5)
  ret i32 %r
}
