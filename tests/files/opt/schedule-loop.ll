; schedule in a block that branches back to itself: an argument (or a value from another block) is
; live at the block's end anyway, because the back edge runs the block's uses of it again, so it does
; not count against sinking. Each address `getelementptr %base, (or %iv, K)` then sinks to its load,
; where otherwise the eight addresses would all be live at once. In @straight, the same block without
; the back edge, the addresses stay where they are (sinking an instruction with two variable
; operands could keep more values live).
; RUN: pyir opt --passes=schedule %s
; CHECK: define i64 @looped(ptr %base, i64 %n)
; CHECK: %o0 = or i64 %iv, 0
; CHECK-NEXT: %p0 = getelementptr inbounds i8, ptr %base, i64 %o0
; CHECK-NEXT: %l0 = load i8, ptr %p0
; CHECK-NEXT: %z0 = zext i8 %l0 to i64
; CHECK-NEXT: %s0 = add i64 %acc, %z0
; CHECK-NEXT: %o1 = or i64 %iv, 1
; CHECK-NEXT: %p1 = getelementptr inbounds i8, ptr %base, i64 %o1
; CHECK-NEXT: %l1 = load i8, ptr %p1
; CHECK: define i64 @straight(ptr %base, i64 %n)
; CHECK: %p0 = getelementptr inbounds i8, ptr %base, i64 %o0
; CHECK-NEXT: %o1 = or i64 %iv, 1
; CHECK-NEXT: %p1 = getelementptr inbounds i8, ptr %base, i64 %o1
; RUN: pyir run -O2 %s --entry main
; RUN: pyir run --interp %s --entry main
; CHECK: 7392582
; CHECK-NEXT: 7392582

@bytes = global [64 x i8] c"The quick brown fox jumps over the lazy dog, twice over: again!!"

define i64 @main() {
entry:
  %a = call i64 @looped(ptr @bytes, i64 64)
  %b = call i64 @straight(ptr @bytes, i64 64)
  %r = add i64 %a, %b
  ret i64 %r
}

define i64 @looped(ptr %base, i64 %n) {
entry:
  br label %loop
loop:
  %iv = phi i64 [ 0, %entry ], [ %iv.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %o0 = or i64 %iv, 0
  %p0 = getelementptr inbounds i8, ptr %base, i64 %o0
  %o1 = or i64 %iv, 1
  %p1 = getelementptr inbounds i8, ptr %base, i64 %o1
  %o2 = or i64 %iv, 2
  %p2 = getelementptr inbounds i8, ptr %base, i64 %o2
  %o3 = or i64 %iv, 3
  %p3 = getelementptr inbounds i8, ptr %base, i64 %o3
  %o4 = or i64 %iv, 4
  %p4 = getelementptr inbounds i8, ptr %base, i64 %o4
  %o5 = or i64 %iv, 5
  %p5 = getelementptr inbounds i8, ptr %base, i64 %o5
  %o6 = or i64 %iv, 6
  %p6 = getelementptr inbounds i8, ptr %base, i64 %o6
  %o7 = or i64 %iv, 7
  %p7 = getelementptr inbounds i8, ptr %base, i64 %o7
  %l0 = load i8, ptr %p0
  %z0 = zext i8 %l0 to i64
  %l1 = load i8, ptr %p1
  %z1 = zext i8 %l1 to i64
  %l2 = load i8, ptr %p2
  %z2 = zext i8 %l2 to i64
  %l3 = load i8, ptr %p3
  %z3 = zext i8 %l3 to i64
  %l4 = load i8, ptr %p4
  %z4 = zext i8 %l4 to i64
  %l5 = load i8, ptr %p5
  %z5 = zext i8 %l5 to i64
  %l6 = load i8, ptr %p6
  %z6 = zext i8 %l6 to i64
  %l7 = load i8, ptr %p7
  %z7 = zext i8 %l7 to i64
  %s0 = add i64 %acc, %z0
  %s1 = add i64 %s0, %z1
  %s2 = add i64 %s1, %z2
  %s3 = add i64 %s2, %z3
  %s4 = add i64 %s3, %z4
  %s5 = add i64 %s4, %z5
  %s6 = add i64 %s5, %z6
  %s7 = add i64 %s6, %z7
  %acc.next = mul i64 %s7, 3
  %iv.next = add i64 %iv, 8
  %c = icmp ult i64 %iv.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i64 %acc.next
}

define i64 @straight(ptr %base, i64 %n) {
entry:
  br label %loop
loop:
  %iv = phi i64 [ 0, %entry ]
  %acc = phi i64 [ 0, %entry ]
  %o0 = or i64 %iv, 0
  %p0 = getelementptr inbounds i8, ptr %base, i64 %o0
  %o1 = or i64 %iv, 1
  %p1 = getelementptr inbounds i8, ptr %base, i64 %o1
  %o2 = or i64 %iv, 2
  %p2 = getelementptr inbounds i8, ptr %base, i64 %o2
  %o3 = or i64 %iv, 3
  %p3 = getelementptr inbounds i8, ptr %base, i64 %o3
  %o4 = or i64 %iv, 4
  %p4 = getelementptr inbounds i8, ptr %base, i64 %o4
  %o5 = or i64 %iv, 5
  %p5 = getelementptr inbounds i8, ptr %base, i64 %o5
  %o6 = or i64 %iv, 6
  %p6 = getelementptr inbounds i8, ptr %base, i64 %o6
  %o7 = or i64 %iv, 7
  %p7 = getelementptr inbounds i8, ptr %base, i64 %o7
  %l0 = load i8, ptr %p0
  %z0 = zext i8 %l0 to i64
  %l1 = load i8, ptr %p1
  %z1 = zext i8 %l1 to i64
  %l2 = load i8, ptr %p2
  %z2 = zext i8 %l2 to i64
  %l3 = load i8, ptr %p3
  %z3 = zext i8 %l3 to i64
  %l4 = load i8, ptr %p4
  %z4 = zext i8 %l4 to i64
  %l5 = load i8, ptr %p5
  %z5 = zext i8 %l5 to i64
  %l6 = load i8, ptr %p6
  %z6 = zext i8 %l6 to i64
  %l7 = load i8, ptr %p7
  %z7 = zext i8 %l7 to i64
  %s0 = add i64 %acc, %z0
  %s1 = add i64 %s0, %z1
  %s2 = add i64 %s1, %z2
  %s3 = add i64 %s2, %z3
  %s4 = add i64 %s3, %z4
  %s5 = add i64 %s4, %z5
  %s6 = add i64 %s5, %z6
  %s7 = add i64 %s6, %z7
  %acc.next = mul i64 %s7, 3
  %iv.next = add i64 %iv, 8
  %c = icmp ult i64 %iv.next, %n
  br i1 %c, label %exit, label %exit
exit:
  ret i64 %acc.next
}
