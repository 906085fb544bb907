; Two selects on one compare (a binary search's `lo`/`hi` update, as clang -O2 writes it): the
; compare is not kept as a boolean to test (setcc, then test + cmov per select); the first select
; compares and the second reuses the flags, which the cmovs and copies between leave alone.
; RUN: pyir run -O0 %s --entry step -- 10 3 0 8
; RUN: pyir run --interp %s --entry step -- 10 3 0 8
; CHECK: 4
; CHECK-NEXT: 4
; RUN: pyir run -O0 %s --entry step -- 1 3 0 8
; RUN: pyir run --interp %s --entry step -- 1 3 0 8
; CHECK: 3
; CHECK-NEXT: 3
; A compare used by a select and, in another block, by a branch is still computed as a value.
; RUN: pyir run -O0 %s --entry split -- 5 2
; RUN: pyir run --interp %s --entry split -- 5 2
; CHECK: 105
; CHECK-NEXT: 105
; RUN: pyir run -O0 %s --entry split -- 1 2
; RUN: pyir run --interp %s --entry split -- 1 2
; CHECK: 2
; CHECK-NEXT: 2
; RUN: pyir asm -O0 %s
; CHECK: ; %lo.next = select i1 %gt, i64 %lo, i64 %mid1
; CHECK-NEXT: cmp
; CHECK-NOT: set
; CHECK-NOT: test
; CHECK-NOT: cmp
; CHECK: ; %hi.next = select i1 %gt, i64 %mid, i64 %hi
; CHECK-NOT: cmp
; CHECK: cmovg
; CHECK: ; %d = sub i64 %hi.next, %lo.next

; One step of a binary search for a key x (the value at mid is %v): returns hi - lo after it.
define i64 @step(i64 %v, i64 %x, i64 %lo, i64 %hi) {
  %sum = add i64 %lo, %hi
  %mid = lshr i64 %sum, 1
  %mid1 = add i64 %mid, 1
  %gt = icmp sgt i64 %v, %x
  %lo.next = select i1 %gt, i64 %lo, i64 %mid1
  %hi.next = select i1 %gt, i64 %mid, i64 %hi
  %d = sub i64 %hi.next, %lo.next
  ret i64 %d
}

define i64 @split(i64 %a, i64 %b) {
entry:
  %gt = icmp sgt i64 %a, %b
  %s = select i1 %gt, i64 %a, i64 %b
  br label %next

next:
  br i1 %gt, label %big, label %small

big:
  %r = add i64 %s, 100
  ret i64 %r

small:
  ret i64 %s
}
