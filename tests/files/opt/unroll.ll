; unroll: innermost loops with a constant trip count of at most 8 and at most 64 instructions after
; unrolling are copied once per iteration; -O3 then folds the counters away. Values used after the
; loop come from the last copy. Refused: 9 iterations, an unknown trip count, two exiting blocks,
; a body too big for its trip count. After unrolling, -O3 folds the counters and runs sroa, so a
; local array indexed by them lives in registers (@local_array).
; RUN: pyir opt -O3 %s
; CHECK: define i32 @local_array(i32 %x)
; CHECK-NOT: alloca
; CHECK: ret i32
; RUN: pyir run -O0 %s --entry local_array 3
; RUN: pyir run -O3 %s --entry local_array 3
; CHECK: 126
; CHECK-NEXT: 126
; RUN: pyir run -O3 %s --entry last_two
; CHECK: 18
; RUN: pyir opt --passes=unroll %s
; CHECK: define i32 @sum4(ptr %p)
; CHECK-NOT: br i1 %c
; CHECK: head.4:
; CHECK-NOT: head.5:
; CHECK: ret i32 %r
; CHECK: define i32 @nine(ptr %p)
; CHECK: br i1 %c, label %body, label %exit
; CHECK-NOT: head.1:
; CHECK: define i32 @unknown(ptr %p, i32 %n)
; CHECK: br i1 %c, label %body, label %exit
; CHECK-NOT: head.1:
; CHECK: define i32 @two_exits(ptr %p)
; CHECK: br i1 %c, label %body, label %exit
; CHECK-NOT: head.1:
; CHECK: define i32 @too_big(ptr %p)
; CHECK-NOT: head.1:
; CHECK: ret i32
; CHECK: define i32 @nested_use(ptr %p, i32 %n)
; CHECK: inner.3:
; CHECK-NOT: inner.4:
; CHECK: outer.latch:
; CHECK-NEXT: %j.next = add i32 %j, 1
; CHECK: done:
; RUN: pyir opt -O3 %s
; CHECK: define i32 @sum4(ptr %p)
; CHECK-NEXT: entry:
; CHECK-NOT: phi
; CHECK-NOT: br
; CHECK: ret i32
; RUN: pyir run %s --entry main
; RUN: pyir run -O3 %s --entry main
; CHECK: 21077758
; CHECK-NEXT: 21077758

define i32 @sum4(ptr %p) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, 4
  br i1 %c, label %body, label %exit
body:
  %g = getelementptr i32, ptr %p, i32 %i
  %v = load i32, ptr %g
  %s.next = add i32 %s, %v
  %i.next = add i32 %i, 1
  br label %head
exit:
  %r = add i32 %s, %i
  ret i32 %r
}

define i32 @nine(ptr %p) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp ult i32 %i, 9
  br i1 %c, label %body, label %exit
body:
  %g = getelementptr i32, ptr %p, i32 %i
  %v = load i32, ptr %g
  %s.next = add i32 %s, %v
  %i.next = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}

define i32 @unknown(ptr %p, i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %exit
body:
  %g = getelementptr i32, ptr %p, i32 %i
  %v = load i32, ptr %g
  %s.next = add i32 %s, %v
  %i.next = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}

; leaves early when an element is negative
define i32 @two_exits(ptr %p) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, 4
  br i1 %c, label %body, label %exit
body:
  %g = getelementptr i32, ptr %p, i32 %i
  %v = load i32, ptr %g
  %neg = icmp slt i32 %v, 0
  %s.next = add i32 %s, %v
  %i.next = add i32 %i, 1
  br i1 %neg, label %exit, label %head
exit:
  %r = phi i32 [ %s, %head ], [ -1, %body ]
  ret i32 %r
}

; 8 iterations of 9 instructions would be 72 instructions
define i32 @too_big(ptr %p) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %head ]
  %g = getelementptr i32, ptr %p, i32 %i
  %v = load i32, ptr %g
  %a = mul i32 %v, %v
  %b = xor i32 %a, %v
  %d = add i32 %b, %i
  %s.next = add i32 %s, %d
  %i.next = add i32 %i, 1
  %c = icmp ult i32 %i.next, 8
  br i1 %c, label %head, label %exit
exit:
  ret i32 %s.next
}

; the inner loop's sum reaches the outer loop's phi through the inner exit (the outer latch)
define i32 @nested_use(ptr %p, i32 %n) {
entry:
  br label %outer
outer:
  %j = phi i32 [ 0, %entry ], [ %j.next, %outer.latch ]
  %t = phi i32 [ 0, %entry ], [ %s, %outer.latch ]
  %more = icmp slt i32 %j, %n
  br i1 %more, label %inner, label %done
inner:
  %i = phi i32 [ 0, %outer ], [ %i.next, %body ]
  %s = phi i32 [ %t, %outer ], [ %s.next, %body ]
  %c = icmp slt i32 %i, 3
  br i1 %c, label %body, label %outer.latch
body:
  %g = getelementptr i32, ptr %p, i32 %i
  %v = load i32, ptr %g
  %s2 = mul i32 %s, 3
  %s.next = add i32 %s2, %v
  %i.next = add i32 %i, 1
  br label %inner
outer.latch:
  %j.next = add i32 %j, 1
  br label %outer
done:
  ret i32 %t
}

; after the loop, %a is the previous %b: both must come from the last copy (27 - 9)
define i32 @last_two() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %a = phi i32 [ 1, %entry ], [ %b, %loop ]
  %b = mul i32 %a, 3
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, 3
  br i1 %c, label %loop, label %exit
exit:
  %r = sub i32 %b, %a
  ret i32 %r
}

@data = global [9 x i32] [i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13]

define i32 @main() {
entry:
  %a = call i32 @sum4(ptr @data)
  %b = call i32 @nine(ptr @data)
  %c = call i32 @unknown(ptr @data, i32 3)
  %d = call i32 @two_exits(ptr @data)
  %e = call i32 @too_big(ptr @data)
  %ab = mul i32 %a, 1000
  %abc = add i32 %ab, %b
  %x = mul i32 %abc, 100
  %y = add i32 %x, %c
  %z = mul i32 %y, 7
  %w = add i32 %z, %d
  %v = add i32 %w, %e
  %f = call i32 @nested_use(ptr @data, i32 3)
  %u = xor i32 %v, %f
  ret i32 %u
}

; A local array written and read in loops of 4: at -O3 the copies index it with constants, and
; sroa then keeps its elements in registers.
define i32 @local_array(i32 %x) {
entry:
  %a = alloca [4 x i32]
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %i1, %fill ]
  %p = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 %i
  %t = trunc i64 %i to i32
  %v = mul i32 %t, %x
  store i32 %v, ptr %p
  %i1 = add i64 %i, 1
  %c = icmp slt i64 %i1, 4
  br i1 %c, label %fill, label %sum
sum:
  %j = phi i64 [ 0, %fill ], [ %j1, %sum ]
  %s = phi i32 [ 0, %fill ], [ %s1, %sum ]
  %q = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 %j
  %w = load i32, ptr %q
  %w2 = mul i32 %w, %w
  %s1 = add i32 %s, %w2
  %j1 = add i64 %j, 1
  %d = icmp slt i64 %j1, 4
  br i1 %d, label %sum, label %exit
exit:
  ret i32 %s1
}
