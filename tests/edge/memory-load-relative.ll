; llvm.load.relative(p, off) is p + the sign-extended i32 at p + off. clang builds relative lookup
; tables (a switch returning string literals) as a constant global of
; `trunc (sub (ptrtoint @target, ptrtoint @table))`: each entry is the distance from the table to a
; target, and the call gives the target's address. Also: an offset that is a run-time value, a
; target plus a constant, and a table of plain numbers (an offset back into the table itself).
; Expected values from lli-16, reviewed by hand.

@s0 = private unnamed_addr constant [4 x i8] c"Jan\00"
@s1 = private unnamed_addr constant [4 x i8] c"Feb\00"
@s2 = private unnamed_addr constant [8 x i8] c"MarApr\00\00"
@table = private unnamed_addr constant [3 x i32] [
  i32 trunc (i64 sub (i64 ptrtoint (ptr @s0 to i64), i64 ptrtoint (ptr @table to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr @s1 to i64), i64 ptrtoint (ptr @table to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr getelementptr (i8, ptr @s2, i64 3) to i64), i64 ptrtoint (ptr @table to i64)) to i32)]
@numbers = constant [4 x i32] [i32 8, i32 -4, i32 77, i32 99]

declare ptr @llvm.load.relative.i64(ptr, i64)

; RUN: pyir run %s --entry t_first_char 1
; CHECK: 70
define i8 @t_first_char(i64 %i) {
  %off = shl i64 %i, 2
  %p = call ptr @llvm.load.relative.i64(ptr @table, i64 %off)
  %c = load i8, ptr %p
  ret i8 %c
}

; RUN: pyir run %s --entry t_word 2
; CHECK: 7499841
define i32 @t_word(i64 %i) {
  %off = shl i64 %i, 2
  %p = call ptr @llvm.load.relative.i64(ptr @table, i64 %off)
  %w = load i32, ptr %p
  ret i32 %w
}

; RUN: pyir run %s --entry t_sum_bytes
; CHECK: 322
define i32 @t_sum_bytes() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  %off = mul i64 %i, 4
  %p = call ptr @llvm.load.relative.i64(ptr @table, i64 %off)
  %q = getelementptr i8, ptr %p, i64 2
  %c = load i8, ptr %q
  %cw = zext i8 %c to i32
  %acc.next = add i32 %acc, %cw
  %i.next = add i64 %i, 1
  %done = icmp eq i64 %i.next, 3
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %acc.next
}

; @numbers + 8 is @numbers[2]; from @numbers[1] (offset 4), -4 goes back to @numbers[0].
; RUN: pyir run %s --entry t_plain_numbers
; CHECK: 616
define i32 @t_plain_numbers() {
  %a = call ptr @llvm.load.relative.i64(ptr @numbers, i64 0)
  %x = load i32, ptr %a
  %b = getelementptr i8, ptr @numbers, i64 4
  %c = call ptr @llvm.load.relative.i64(ptr %b, i64 0)
  %y = load i32, ptr %c
  %r = mul i32 %x, %y
  ret i32 %r
}
