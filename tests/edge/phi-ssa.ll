; Classic SSA-destruction problems: the swap problem (phis that read each other's values in a
; loop) and the lost-copy problem (a phi's value used after the loop it is redefined in), with
; several loop counts, plus phis that feed phis and a phi cycle of three.
; Expected values from lli-16, reviewed by hand.

; Swap problem: a and b swap every iteration; returns a*1000+b.
; RUN: pyir run %s --entry t_swap 0
; CHECK: 1002
; RUN: pyir run %s --entry t_swap 1
; CHECK: 1002
; RUN: pyir run %s --entry t_swap 2
; CHECK: 2001
; RUN: pyir run %s --entry t_swap 7
; CHECK: 1002
define i32 @t_swap(i32 %n) {
entry:
  br label %loop
loop:
  %a = phi i32 [ 1, %entry ], [ %b, %loop ]
  %b = phi i32 [ 2, %entry ], [ %a, %loop ]
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  %s = mul i32 %a, 1000
  %r = add i32 %s, %b
  ret i32 %r
}

; Rotation of three values.
; RUN: pyir run %s --entry t_rotate3 4
; CHECK: 123
; RUN: pyir run %s --entry t_rotate3 5
; CHECK: 231
define i32 @t_rotate3(i32 %n) {
entry:
  br label %loop
loop:
  %a = phi i32 [ 1, %entry ], [ %b, %loop ]
  %b = phi i32 [ 2, %entry ], [ %c, %loop ]
  %c = phi i32 [ 3, %entry ], [ %a, %loop ]
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %k = icmp slt i32 %i1, %n
  br i1 %k, label %loop, label %exit
exit:
  %a100 = mul i32 %a, 100
  %b10 = mul i32 %b, 10
  %t = add i32 %a100, %b10
  %r = add i32 %t, %c
  ret i32 %r
}

; Lost-copy problem: %x is used after the loop, where the phi has been overwritten by %x1.
; RUN: pyir run %s --entry t_lost_copy 1
; CHECK: 1
; RUN: pyir run %s --entry t_lost_copy 5
; CHECK: 4
; RUN: pyir run %s --entry t_lost_copy 10
; CHECK: 9
define i32 @t_lost_copy(i32 %n) {
entry:
  br label %loop
loop:
  %x = phi i32 [ 1, %entry ], [ %x1, %loop ]
  %x1 = add i32 %x, 1
  %c = icmp slt i32 %x1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %x
}

; Fibonacci with both phis reading each other, i64, large count (wraps).
; RUN: pyir run %s --entry t_fib 10
; CHECK: 55
; RUN: pyir run %s --entry t_fib 90
; CHECK: 2880067194370816120
; RUN: pyir run %s --entry t_fib 100
; CHECK: 3736710778780434371
define i64 @t_fib(i32 %n) {
entry:
  br label %loop
loop:
  %a = phi i64 [ 0, %entry ], [ %b, %loop ]
  %b = phi i64 [ 1, %entry ], [ %s, %loop ]
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = add i64 %a, %b
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i64 %b
}

; Swap of floats and a phi used in two successor blocks.
; RUN: pyir run %s --entry t_swap_float 3
; CHECK: 2.5
define float @t_swap_float(i32 %n) {
entry:
  br label %loop
loop:
  %a = phi float [ 1.5, %entry ], [ %b, %loop ]
  %b = phi float [ 0.25, %entry ], [ %a2, %loop ]
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %a2 = fmul float %a, 2.0
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  %r = fsub float %a, %b
  ret float %r
}

; Phi of phis across a diamond inside a loop; critical edges from the loop latch.
; RUN: pyir run %s --entry t_diamond 10
; CHECK: 95
define i32 @t_diamond(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %join ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %join ]
  %odd = and i32 %i, 1
  %isodd = icmp ne i32 %odd, 0
  br i1 %isodd, label %then, label %join
then:
  %t = mul i32 %i, 3
  br label %join
join:
  %v = phi i32 [ %t, %then ], [ %i, %head ]
  %acc1 = add i32 %acc, %v
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %acc1
}

; Nested loops where the inner loop's result phi feeds the outer phi.
; RUN: pyir run %s --entry t_nested 6
; CHECK: 85
define i32 @t_nested(i32 %n) {
entry:
  br label %outer
outer:
  %i = phi i32 [ 0, %entry ], [ %i1, %outer.latch ]
  %s = phi i32 [ 0, %entry ], [ %s.inner, %outer.latch ]
  br label %inner
inner:
  %j = phi i32 [ 0, %outer ], [ %j1, %inner ]
  %si = phi i32 [ %s, %outer ], [ %si1, %inner ]
  %p = mul i32 %i, %j
  %si1 = add i32 %si, %p
  %j1 = add i32 %j, 1
  %cj = icmp slt i32 %j1, %i
  br i1 %cj, label %inner, label %outer.latch
outer.latch:
  %s.inner = phi i32 [ %si1, %inner ]
  %i1 = add i32 %i, 1
  %ci = icmp slt i32 %i1, %n
  br i1 %ci, label %outer, label %exit
exit:
  ret i32 %s.inner
}

; A phi with the same predecessor listed through a conditional branch to the same block.
; RUN: pyir run %s --entry t_same_target true
; CHECK: 42
; RUN: pyir run %s --entry t_same_target false
; CHECK: 42
define i32 @t_same_target(i1 %c) {
entry:
  br i1 %c, label %next, label %next
next:
  %p = phi i32 [ 42, %entry ], [ 42, %entry ]
  ret i32 %p
}

; Collatz steps: a loop with a data-dependent branch inside.
; RUN: pyir run %s --entry t_collatz 27
; CHECK: 111
define i32 @t_collatz(i64 %n) {
entry:
  br label %loop
loop:
  %x = phi i64 [ %n, %entry ], [ %x1, %step ]
  %k = phi i32 [ 0, %entry ], [ %k1, %step ]
  %done = icmp eq i64 %x, 1
  br i1 %done, label %exit, label %body
body:
  %b = and i64 %x, 1
  %even = icmp eq i64 %b, 0
  %h = lshr i64 %x, 1
  %t3 = mul i64 %x, 3
  %t31 = add i64 %t3, 1
  %x1 = select i1 %even, i64 %h, i64 %t31
  br label %step
step:
  %k1 = add i32 %k, 1
  br label %loop
exit:
  ret i32 %k
}
