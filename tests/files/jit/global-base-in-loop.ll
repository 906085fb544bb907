; Indexed accesses to a global in a loop (x86 has no RIP-relative address with an index register):
; the global's address is put in a register once, at the end of the entry block, not with a
; `lea r, [rip + table]` in every block of the loop that indexes it.
; RUN: pyir run -O0 %s --entry clip -- 8 3
; RUN: pyir run --interp %s --entry clip -- 8 3
; CHECK: 18
; CHECK-NEXT: 18
; RUN: pyir run -O0 %s --entry clip -- 8 100
; RUN: pyir run --interp %s --entry clip -- 8 100
; CHECK: 36
; CHECK-NEXT: 36
; RUN: pyir asm -O0 %s --fn clip
; CHECK: ja
; CHECK: ,[0x
; CHECK: ; %i = phi i64 [ 0, %entry ], [ %i.next, %latch ]
; CHECK: ; %v = load i32, ptr %p, align 4
; CHECK-NOT: ,[0x
; CHECK: ; store i32 %limit32, ptr %q, align 4
; CHECK-NOT: ,[0x
; CHECK: ; ret i64 %sum

@table = global [8 x i32] [i32 1, i32 7, i32 2, i32 9, i32 3, i32 8, i32 0, i32 6]

; Clips table[0..n) to limit in place (and puts the table back); returns the sum of the clipped values.
define i64 @clip(i64 %n, i64 %limit) {
entry:
  %limit32 = trunc i64 %limit to i32
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %latch ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %latch ]
  %p = getelementptr inbounds [8 x i32], ptr @table, i64 0, i64 %i
  %v = load i32, ptr %p, align 4
  %big = icmp sgt i32 %v, %limit32
  br i1 %big, label %clip, label %latch

clip:
  %q = getelementptr inbounds [8 x i32], ptr @table, i64 0, i64 %i
  store i32 %limit32, ptr %q, align 4
  br label %latch

latch:
  %w = phi i32 [ %limit32, %clip ], [ %v, %loop ]
  %w64 = sext i32 %w to i64
  %acc.next = add i64 %acc, %w64
  %i.next = add i64 %i, 1
  %more = icmp ult i64 %i.next, %n
  br i1 %more, label %loop, label %exit

exit:
  %r = call i64 @restore(i64 %n)
  %sum = add i64 %acc.next, %r
  ret i64 %sum
}

; Puts the table back as it was (so every run starts from it), returning 0.
define i64 @restore(i64 %n) {
  store [8 x i32] [i32 1, i32 7, i32 2, i32 9, i32 3, i32 8, i32 0, i32 6], ptr @table, align 4
  ret i64 0
}
