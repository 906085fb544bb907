; A loop exit's phi takes a constant from the latch: the constant is set on the way out (on the
; latch-to-exit edge, in a block of its own), not before the latch's branch, where it would run on
; every iteration and hold a register across the back edge.
; RUN: pyir run -O0 %s --entry find -- 100 49
; RUN: pyir run --interp %s --entry find -- 100 49
; CHECK: 7
; CHECK-NEXT: 7
; RUN: pyir run -O0 %s --entry find -- 100 50
; RUN: pyir run --interp %s --entry find -- 100 50
; CHECK: -1
; CHECK-NEXT: -1
; RUN: pyir asm -O0 %s
; CHECK: ; br i1 %more, label %loop, label %done
; CHECK-NEXT: cmp
; CHECK-NEXT: jb
; CHECK-NEXT: ; %r = phi i64 [ %i, %loop ], [ -1, %latch ]
; CHECK-NEXT: 0xFFFFFFFFFFFFFFFF

; The i in [0, n) with i * i = key, or -1.
define i64 @find(i64 %n, i64 %key) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %latch ]
  %sq = mul i64 %i, %i
  %hit = icmp eq i64 %sq, %key
  br i1 %hit, label %done, label %latch

latch:
  %i.next = add i64 %i, 1
  %more = icmp ult i64 %i.next, %n
  br i1 %more, label %loop, label %done

done:
  %r = phi i64 [ %i, %loop ], [ -1, %latch ]
  ret i64 %r
}
