; A loop whose back edge needs a move (the phi %lo gets %lo.next, which lives in another register
; since %lo is still read after %lo.next is computed): the move goes before the loop's branch,
; after its compare (a move leaves the flags alone), because the exit does not need that register.
; The back edge then has no block of its own, and the loop closes with one conditional jump back
; to its header instead of a jump over the move and a jump back.
; RUN: pyir run -O0 %s --entry search -- 1000 377
; RUN: pyir run --interp %s --entry search -- 1000 377
; CHECK: 377
; CHECK-NEXT: 377
; RUN: pyir run -O0 %s --entry search -- 1000 0
; RUN: pyir run --interp %s --entry search -- 1000 0
; CHECK: 0
; CHECK-NEXT: 0
; RUN: pyir asm -O0 %s
; The select feeding the phi takes its false value's register (its copy vanishes), the register
; hint it keeps when the phi's register is taken.
; CHECK: ; %lo.next = select i1 %ge, i64 %lo, i64 %mid1
; CHECK-NEXT: cmp
; CHECK-NEXT: cmovge
; CHECK: ; br i1 %more, label %loop, label %exit
; CHECK-NEXT: cmp
; CHECK-NEXT: ; %lo = phi i64 [ 0, %entry ], [ %lo.next, %loop ]
; CHECK-NEXT: mov
; CHECK-NEXT: ; br i1 %more, label %loop, label %exit
; CHECK-NEXT: jl
; CHECK-NOT: jmp
; CHECK: ret

; Binary search for the first i in [0, n) with i * i >= key * key (key when key < n).
define i64 @search(i64 %n, i64 %key) {
entry:
  %k2 = mul i64 %key, %key
  br label %loop

loop:
  %lo = phi i64 [ 0, %entry ], [ %lo.next, %loop ]
  %hi = phi i64 [ %n, %entry ], [ %hi.next, %loop ]
  %sum = add i64 %lo, %hi
  %mid = lshr i64 %sum, 1
  %sq = mul i64 %mid, %mid
  %mid1 = add i64 %mid, 1
  %ge = icmp sge i64 %sq, %k2
  %lo.next = select i1 %ge, i64 %lo, i64 %mid1
  %hi.next = select i1 %ge, i64 %mid, i64 %hi
  %more = icmp slt i64 %lo.next, %hi.next
  br i1 %more, label %loop, label %exit

exit:
  ret i64 %lo.next
}
