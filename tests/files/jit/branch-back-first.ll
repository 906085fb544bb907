; A loop's branch whose two targets are both away from it (the header is behind, the exit is placed
; after another block): the conditional jump goes back to the header and the unconditional one to
; the exit, so each iteration runs one jump (`jb loop; jmp done`, not `jae done; jmp loop`).
; RUN: pyir run -O0 %s --entry count -- 5
; RUN: pyir run --interp %s --entry count -- 5
; CHECK: 5
; CHECK-NEXT: 5
; RUN: pyir run -O0 %s --entry count -- 0
; RUN: pyir run --interp %s --entry count -- 0
; CHECK: -1
; CHECK-NEXT: -1
; RUN: pyir asm -O0 %s
; CHECK: ; br i1 %c, label %done, label %loop
; CHECK-NEXT: cmp
; CHECK-NEXT: jb
; CHECK-NEXT: jmp

define i64 @count(i64 %n) {
entry:
  %z = icmp eq i64 %n, 0
  br i1 %z, label %zero, label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %i.next = add i64 %i, 1
  %c = icmp uge i64 %i.next, %n
  br i1 %c, label %done, label %loop

zero:
  br label %done

done:
  %r = phi i64 [ %i.next, %loop ], [ -1, %zero ]
  ret i64 %r
}
