; SCCP: a value that is constant only because a branch is never taken (the loop-carried %x stays 1
; since the branch to %never depends on it) is found, and branches on constants become unconditional.
; RUN: pyir opt --passes=sccp %s
; CHECK: define i32 @conditional_constant(i32 %n)
; CHECK: loop:
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
; CHECK-NOT: %x = phi
; CHECK: br label %latch
; CHECK: ret i32 1
; CHECK: define i32 @switch_on_constant()
; CHECK: br label %two
; CHECK: define i32 @no_trap_fold(i32 %a)
; CHECK: %d = sdiv i32 -2147483648, -1
; CHECK: %u = udiv i32 %a, 0
; CHECK: define i32 @undef_is_not_a_constant()
; CHECK: %r = add i32 undef, 1
; CHECK: ret i32 %r
; RUN: pyir run -O2 %s --entry conditional_constant 100
; CHECK: 1
; RUN: not pyir run -O2 %s --entry no_trap_fold 1
; CHECK: error: signed division overflow

define i32 @conditional_constant(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %x = phi i32 [ 1, %entry ], [ %x.next, %latch ]
  %c = icmp eq i32 %x, 1
  br i1 %c, label %same, label %never
same:
  br label %latch
never:
  br label %latch
latch:
  %x.next = phi i32 [ %x, %same ], [ 2, %never ]
  %i.next = add i32 %i, 1
  %done = icmp sge i32 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %x
}

define i32 @switch_on_constant() {
entry:
  %v = add i32 1, 1
  switch i32 %v, label %other [ i32 1, label %one
                                i32 2, label %two ]
one:
  ret i32 10
two:
  ret i32 20
other:
  ret i32 30
}

define i32 @no_trap_fold(i32 %a) {
entry:
  %d = sdiv i32 -2147483648, -1
  %u = udiv i32 %a, 0
  %r = add i32 %d, %u
  ret i32 %r
}

define i32 @undef_is_not_a_constant() {
entry:
  %r = add i32 undef, 1
  ret i32 %r
}
