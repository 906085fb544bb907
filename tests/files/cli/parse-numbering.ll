; Unnamed values, arguments and blocks are numbered in order (%0, %1, ...); a number out of order is
; reported where it is written. Numbers used before their definition (a phi's back edge) resolve.
; RUN: pyir run %s --entry count 5
; CHECK: 10
; RUN: pyir run %s --entry count 0
; CHECK: 0
define i32 @count(i32 %0) {
  br label %2

2:
  %3 = phi i32 [ 0, %1 ], [ %6, %5 ]
  %4 = phi i32 [ 0, %1 ], [ %7, %5 ]
  %c = icmp slt i32 %4, %0
  br i1 %c, label %5, label %8

5:
  %6 = add i32 %3, %4
  %7 = add i32 %4, 1
  br label %2

8:
  ret i32 %3
}
