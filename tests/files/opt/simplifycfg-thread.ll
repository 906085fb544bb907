; simplifycfg threads a branch on a phi of i1 constants (clang -O0's `a && b` and `a || b`): a
; predecessor whose entry is a constant branches straight to the target the constant picks, and the
; target's phis take for it what they took from the phi's block. Kept: a phi that is used by more
; than the branch, and a predecessor that already branches to the target with another value for the
; target's phis.
; RUN: pyir run -O0 %s --entry and_then 5 3
; RUN: pyir run %s --entry and_then 5 3
; RUN: pyir run %s --entry and_then -5 3
; RUN: pyir run %s --entry and_then 5 -3
; RUN: pyir run -O0 %s --entry or_else 0 0
; RUN: pyir run %s --entry or_else 0 0
; RUN: pyir run %s --entry or_else 2 0
; RUN: pyir run %s --entry or_else 0 2
; RUN: pyir run %s --entry or_else 0 -1
; RUN: pyir run %s --entry used_twice 1 1
; RUN: pyir run %s --entry conflict 1 1
; RUN: pyir run %s --entry conflict 0 1
; CHECK: 1
; CHECK-NEXT: 1
; CHECK-NEXT: 0
; CHECK-NEXT: 0
; CHECK-NEXT: 20
; CHECK-NEXT: 20
; CHECK-NEXT: 11
; CHECK-NEXT: 11
; CHECK-NEXT: 30
; CHECK-NEXT: 3
; CHECK-NEXT: 7
; CHECK-NEXT: 9
; RUN: pyir opt --passes=simplifycfg %s
; CHECK: define i32 @and_then(i32 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: %ca = icmp sgt i32 %a, 0
; CHECK-NEXT: br i1 %ca, label %rhs, label %no
; CHECK: rhs:
; CHECK-NEXT: store i32 %b, ptr @last
; CHECK-NEXT: %cb = icmp sgt i32 %b, 0
; CHECK-NEXT: br i1 %cb, label %yes, label %no
; CHECK-NOT: phi i1
; CHECK: define i32 @or_else(i32 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: %ca = icmp ne i32 %a, 0
; CHECK-NEXT: br i1 %ca, label %join, label %rhs
; CHECK: end:
; CHECK-NEXT: br i1 %cb, label %join, label %other
; CHECK: join:
; CHECK-NEXT: %r = phi i32 [ 11, %end ], [ 30, %rhs ], [ 11, %entry ]
; CHECK: define i32 @used_twice(i1 %x, i1 %y)
; CHECK: %t = phi i1 [ false, %entry ], [ %y, %rhs ]
; CHECK: define i32 @conflict(i1 %x, i1 %y)
; CHECK: %t = phi i1 [ false, %pre ], [ %y, %rhs ]

; (the right-hand sides store, so if-conversion leaves them alone)
@last = global i32 0

define i32 @and_then(i32 %a, i32 %b) {
entry:
  %ca = icmp sgt i32 %a, 0
  br i1 %ca, label %rhs, label %end
rhs:
  store i32 %b, ptr @last
  %cb = icmp sgt i32 %b, 0
  br label %end
end:
  %t = phi i1 [ false, %entry ], [ %cb, %rhs ]
  br i1 %t, label %yes, label %no
yes:
  ret i32 1
no:
  ret i32 0
}

; the target has a phi, and another predecessor already (rhs, with its own value)
define i32 @or_else(i32 %a, i32 %b) {
entry:
  %ca = icmp ne i32 %a, 0
  br i1 %ca, label %end, label %rhs
rhs:
  store i32 %b, ptr @last
  %cb = icmp ne i32 %b, 0
  %neg = icmp slt i32 %b, 0
  br i1 %neg, label %join, label %end
end:
  %t = phi i1 [ true, %entry ], [ %cb, %rhs ]
  br i1 %t, label %join, label %other
join:
  %r = phi i32 [ 11, %end ], [ 30, %rhs ]
  ret i32 %r
other:
  ret i32 20
}

; the phi is also used by an instruction after the branch: kept
define i32 @used_twice(i1 %x, i1 %y) {
entry:
  br i1 %x, label %rhs, label %end
rhs:
  store i32 1, ptr @last
  br label %end
end:
  %t = phi i1 [ false, %entry ], [ %y, %rhs ]
  br i1 %t, label %yes, label %no
yes:
  %z = zext i1 %t to i32
  %r = add i32 %z, 2
  ret i32 %r
no:
  ret i32 5
}

; entry already branches to the target %no with another value for its phi: kept
define i32 @conflict(i1 %x, i1 %y) {
entry:
  br i1 %x, label %rhs, label %pre
pre:
  br i1 %y, label %end, label %no
rhs:
  store i32 1, ptr @last
  br label %end
end:
  %t = phi i1 [ false, %pre ], [ %y, %rhs ]
  br i1 %t, label %yes, label %no
yes:
  ret i32 7
no:
  %v = phi i32 [ 8, %pre ], [ 9, %end ]
  ret i32 %v
}
