; Aggregates holding vectors.
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_struct_with_vector
; CHECK: { <2 x i32> <i32 11, i32 22>, i1 true }
define { <2 x i32>, i1 } @t_struct_with_vector() {
  %v = add <2 x i32> <i32 1, i32 2>, <i32 10, i32 20>
  %a = insertvalue { <2 x i32>, i1 } undef, <2 x i32> %v, 0
  %b = insertvalue { <2 x i32>, i1 } %a, i1 true, 1
  ret { <2 x i32>, i1 } %b
}
