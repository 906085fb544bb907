; A branch on a compare that a select also uses (GVN leaves this: a loop's exit test shared with the
; body) compares again right before the jump instead of testing the stored boolean, when the
; compared values are used in the branch's block anyway; here it compares the incremented counter
; with 401 (i == 400 is i + 1 == 401), so the old counter need not live to the end of the body.
; RUN: pyir asm -O0 %s
; CHECK: ; br i1 %last, label %exit, label %loop
; CHECK-NEXT: 0x191
; CHECK-NEXT: jne
; RUN: pyir run -O0 %s --entry pick 5
; RUN: pyir run --interp %s --entry pick 5
; CHECK: 79805
; CHECK-NEXT: 79805

define i64 @pick(i64 %k) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 1, %entry ], [ %i.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %last = icmp eq i64 %i, 400
  %x = select i1 %last, i64 %k, i64 %i
  %acc.next = add i64 %acc, %x
  %i.next = add i64 %i, 1
  br i1 %last, label %exit, label %loop

exit:
  ret i64 %acc.next
}
