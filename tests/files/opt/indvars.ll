; indvars: `mul iv, C` in a loop becomes a new induction variable that adds step*C (no nsw: the
; original's flags do not carry over); uses after a loop with a constant trip count of the counter
; and its increment become constants (also when the counter wraps around, as i8 250 -> 2 does).
; Refused: a step that is not a constant, a multiplication by a non-constant, exit values when the
; trip count is unknown.
; RUN: pyir opt --passes=indvars %s
; CHECK: define i32 @reduce(i32 %n)
; CHECK: head:
; CHECK-NEXT: %m = phi i32 [ 0, %entry ], [ %m.next, %head ]
; CHECK: %m.next = add i32 %m, 36
; CHECK: ret i32 %s.next
; CHECK: define i32 @exit_value()
; CHECK: exit:
; CHECK-NEXT: %r = add i32 12, 15
; CHECK-NEXT: ret i32 %r
; CHECK: define i8 @exit_value_wraps()
; CHECK: exit:
; CHECK-NEXT: ret i8 1
; CHECK: define i32 @not_invariant_step(i32 %n, i32 %k)
; CHECK: %m = mul i32 %i, 5
; CHECK: define i32 @not_constant_factor(i32 %n, i32 %k)
; CHECK: %m = mul i32 %i, %k
; CHECK: define i32 @unknown_trip_count(i32 %n)
; CHECK: exit:
; CHECK-NEXT: ret i32 %i
; RUN: pyir run %s --entry reduce 5
; RUN: pyir run -O2 %s --entry reduce 5
; RUN: pyir run -O2 %s --entry exit_value
; RUN: pyir run -O2 %s --entry exit_value_wraps
; RUN: pyir run %s --entry exit_value_wraps
; CHECK: 36
; CHECK-NEXT: 36
; CHECK-NEXT: 27
; CHECK-NEXT: 1
; CHECK-NEXT: 1

define i32 @reduce(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %head ]
  %m = mul nsw i32 %i, 12
  %s.next = add i32 %s, %m
  %i.next = add nsw i32 %i, 3
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %s.next
}

; header runs for i = 0, 3, 6, 9, 12: the phi leaves as 12, the increment as 15
define i32 @exit_value() {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %c = icmp slt i32 %i, 10
  %i.next = add i32 %i, 3
  br i1 %c, label %body, label %exit
body:
  br label %head
exit:
  %r = add i32 %i, %i.next
  ret i32 %r
}

; i8 counts 250, 251, ..., 255, 0, 1 and leaves when the increment is 2
define i8 @exit_value_wraps() {
entry:
  br label %loop
loop:
  %i = phi i8 [ 250, %entry ], [ %i.next, %loop ]
  %i.next = add i8 %i, 1
  %c = icmp ne i8 %i.next, 2
  br i1 %c, label %loop, label %exit
exit:
  ret i8 %i
}

define i32 @not_invariant_step(i32 %n, i32 %k) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head ]
  %m = mul i32 %i, 5
  %i.next = add i32 %i, %k
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %m
}

define i32 @not_constant_factor(i32 %n, i32 %k) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head ]
  %m = mul i32 %i, %k
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %m
}

define i32 @unknown_trip_count(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head ]
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %i
}
