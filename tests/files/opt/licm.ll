; licm: loop-invariant instructions that cannot trap move to the preheader (here the entry block);
; a division only when its constant divisor rules out the trap; loads only when nothing in the loop
; writes memory and the load runs on the path every entry into the loop takes. A division by a
; possibly-zero value stays in the loop, so a loop that runs zero times does not trap.
; zero iterations: no division by zero; the results are the same with and without -O2
; RUN: pyir run %s --entry hoist 0 5 0
; RUN: pyir run -O2 %s --entry hoist 0 5 0
; RUN: pyir run -O2 %s --entry hoist 3 5 2
; RUN: pyir run %s --entry hoist 3 5 2
; RUN: pyir run -O2 %s --entry load_after_division_zero_trip
; RUN: pyir run -O2 %s --entry nested 4 3
; RUN: pyir run %s --entry nested 4 3
; CHECK: 0
; CHECK-NEXT: 0
; CHECK-NEXT: 15
; CHECK-NEXT: 15
; CHECK-NEXT: 0
; CHECK-NEXT: 144
; CHECK-NEXT: 144
; RUN: not pyir run -O2 %s --entry hoist 1 5 0
; CHECK: error: division by zero
; RUN: pyir opt --passes=licm %s
; CHECK: define i32 @hoist(i32 %n, i32 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: %x = mul i32 %a, %b
; CHECK-NEXT: %e = udiv i32 %a, 7
; CHECK-NEXT: %fa = sitofp i32 %a to double
; CHECK-NEXT: %sq = call double @llvm.sqrt.f64(double %fa)
; CHECK-NEXT: %sqi = fptosi double %sq to i32
; CHECK-NEXT: %t = add i32 %x, %e
; CHECK-NEXT: br label %head
; CHECK: body:
; CHECK-NEXT: %d = sdiv i32 %a, %b
; CHECK-NEXT: %m = sdiv i32 %a, -1
; CHECK: define i32 @load_hoisted(ptr %p, i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: %v = load i32, ptr %p
; CHECK-NEXT: br label %head
; load past a store: stays
; CHECK: define i32 @load_past_store(ptr %p, ptr %q, i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %head
; CHECK: %v = load i32, ptr %p
; volatile: stays
; CHECK: define i32 @volatile_load(ptr %p, i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %head
; CHECK: %v = load volatile i32, ptr %p
; a load that runs only on some iterations (or none) stays; so does one after a possible trap
; CHECK: define i32 @conditional_load(ptr %p, i32 %n, i1 %c)
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %head
; CHECK: maybe:
; CHECK-NEXT: %v = load i32, ptr %p
; CHECK: define i32 @load_after_division(ptr %p, i32 %n, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %head
; CHECK: %d = udiv i32 %n, %b
; CHECK-NEXT: %v = load i32, ptr %p
; nested loops: the inner loop's invariant moves out of both loops
; CHECK: define i32 @nested(i32 %n, i32 %a)
; CHECK-NEXT: entry:
; CHECK-NEXT: %k = mul i32 %a, %a
; CHECK-NEXT: br label %outer
declare double @llvm.sqrt.f64(double)

define i32 @hoist(i32 %n, i32 %a, i32 %b) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %exit
body:
  %x = mul i32 %a, %b
  %d = sdiv i32 %a, %b
  %m = sdiv i32 %a, -1
  %e = udiv i32 %a, 7
  %fa = sitofp i32 %a to double
  %sq = call double @llvm.sqrt.f64(double %fa)
  %sqi = fptosi double %sq to i32
  %t = add i32 %x, %e
  %u = add i32 %t, %d
  %w = add i32 %u, %m
  %w2 = sub i32 %w, %sqi
  %s.next = add i32 %s, %w2
  %i.next = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}

define i32 @load_hoisted(ptr %p, i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %head ]
  %v = load i32, ptr %p
  %s.next = add i32 %s, %v
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %s.next
}

define i32 @load_past_store(ptr %p, ptr %q, i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head ]
  %v = load i32, ptr %p
  %v1 = add i32 %v, 1
  store i32 %v1, ptr %q
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %v
}

define i32 @volatile_load(ptr %p, i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head ]
  %v = load volatile i32, ptr %p
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %v
}

define i32 @conditional_load(ptr %p, i32 %n, i1 %c) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %latch ]
  br i1 %c, label %maybe, label %latch
maybe:
  %v = load i32, ptr %p
  br label %latch
latch:
  %a = phi i32 [ %v, %maybe ], [ 0, %head ]
  %s.next = add i32 %s, %a
  %i.next = add i32 %i, 1
  %more = icmp slt i32 %i.next, %n
  br i1 %more, label %head, label %exit
exit:
  ret i32 %s.next
}

define i32 @load_after_division(ptr %p, i32 %n, i32 %b) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head ]
  %d = udiv i32 %n, %b
  %v = load i32, ptr %p
  %w = add i32 %v, %d
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %w
}

; the loop never runs its body: the division by %z (0) is not executed and must not be hoisted
define i32 @load_after_division_zero_trip() {
entry:
  %z = add i32 0, 0
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %c = icmp slt i32 %i, %z
  br i1 %c, label %body, label %exit
body:
  %d = udiv i32 7, %z
  %i.next = add i32 %i, %d
  br label %head
exit:
  ret i32 %i
}

define i32 @nested(i32 %n, i32 %a) {
entry:
  br label %outer
outer:
  %i = phi i32 [ 0, %entry ], [ %i.next, %outer.latch ]
  %s = phi i32 [ 0, %entry ], [ %s.inner, %outer.latch ]
  br label %inner
inner:
  %j = phi i32 [ 0, %outer ], [ %j.next, %inner ]
  %t = phi i32 [ %s, %outer ], [ %t.next, %inner ]
  %k = mul i32 %a, %a
  %t.next = add i32 %t, %k
  %j.next = add i32 %j, 1
  %more = icmp slt i32 %j.next, %n
  br i1 %more, label %inner, label %outer.latch
outer.latch:
  %s.inner = phi i32 [ %t.next, %inner ]
  %i.next = add i32 %i, 1
  %again = icmp slt i32 %i.next, %n
  br i1 %again, label %outer, label %exit
exit:
  ret i32 %s.inner
}
