; sccp folds both branches into the loop latch (%i stays 0, so %c is true and %d false): the latch
; loses its last predecessor, and its phi its last entry. Such a phi is replaced by poison and
; removed (the dead block itself is simplifycfg's): `opt --passes=sccp` used to print a phi with no
; entry and stop with an internal error (found by MutatedProgramProperties, on nbody).
; RUN: pyir run %s --entry f 5
; CHECK: 5
; RUN: pyir opt --passes=sccp %s
; CHECK: latch:
; CHECK-NOT: phi
; CHECK: %i.next = add i32 poison, 1
define i32 @f(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %c = icmp ult i32 %i, 4
  br i1 %c, label %body, label %latch
body:
  %d = icmp eq i32 %i, 7
  br i1 %d, label %latch, label %out
out:
  %r = add i32 %i, %n
  ret i32 %r
latch:
  %p = phi i32 [ %i, %head ], [ %n, %body ]
  %i.next = add i32 %p, 1
  br label %head
}
