; dce: unused instructions without effects go, including a dead cycle of phis (a counter nobody
; reads); stores, calls, volatile loads, divisions that may trap and loads through pointers that
; may be bad stay.
; RUN: pyir opt --passes=dce %s
; CHECK: define i32 @dead(i32 %a, ptr %p)
; CHECK-NEXT: entry:
; CHECK-NEXT: store i32 %a, ptr %p
; CHECK-NEXT: %v = load volatile i32, ptr %p
; CHECK-NEXT: %t = udiv i32 %a, %v
; CHECK-NEXT: %plain = load i32, ptr %p
; CHECK-NEXT: call void @effect()
; CHECK-NEXT: br label %loop
; CHECK: loop:
; CHECK-NEXT: %i = phi i32
; CHECK-NOT: %dead
; CHECK: exit:
; CHECK-NEXT: ret i32 %a
; RUN: not pyir run -O2 %s --entry traps
; CHECK: error: division by zero

declare void @effect()

define i32 @dead(i32 %a, ptr %p) {
entry:
  %unused = add i32 %a, 1
  %sq = call double @llvm.sqrt.f64(double 2.0)
  store i32 %a, ptr %p
  %v = load volatile i32, ptr %p
  %t = udiv i32 %a, %v
  %safe = udiv i32 %a, 7
  %plain = load i32, ptr %p
  call void @effect()
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %dead = phi i32 [ 0, %entry ], [ %dead.next, %loop ]
  %dead.next = add i32 %dead, 3
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, 10
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %a
}

define i32 @traps() {
entry:
  %x = alloca i32
  %z = load i32, ptr %x
  %d = udiv i32 1, %z
  ret i32 0
}

declare double @llvm.sqrt.f64(double)
