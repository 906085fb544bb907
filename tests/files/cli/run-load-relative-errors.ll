; llvm.load.relative in the interpreter at an offset that is not the start of an entry of a
; relative table: the 4 bytes read straddle two address differences, whose value in a process
; depends on where the objects lie, so the interpreter reports it (positioned) instead of inventing a
; pointer. An offset that starts an entry reads the difference (memory-load-relative.ll).
; RUN: not pyir run --interp %s --entry misaligned 2
; CHECK: run-load-relative-errors.ll:17:8: error: llvm.load.relative reads @table at byte offset 2, which is not the start of an entry
; CHECK-NOT: internal error
@s0 = private unnamed_addr constant [4 x i8] c"Jan\00"
@s1 = private unnamed_addr constant [4 x i8] c"Feb\00"
@table = private unnamed_addr constant [2 x i32] [
  i32 trunc (i64 sub (i64 ptrtoint (ptr @s0 to i64), i64 ptrtoint (ptr @table to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr @s1 to i64), i64 ptrtoint (ptr @table to i64)) to i32)]

declare ptr @llvm.load.relative.i64(ptr, i64)

define i8 @misaligned(i64 %off) {
  %p = call ptr @llvm.load.relative.i64(ptr @table, i64 %off)
  %c = load i8, ptr %p
  ret i8 %c
}
