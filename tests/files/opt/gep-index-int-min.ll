; A getelementptr whose constant index is the most negative i64: alias analysis took its absolute
; value and the optimizer crashed with an OverflowException (found by MutatedProgramProperties).
; Times the 32-byte array size, the index wraps to offset 0, so the program is well defined.
; RUN: pyir run %s --entry f 5
; CHECK: 12
; RUN: pyir opt -O2 %s
; CHECK: define i32 @f
define i32 @f(i32 %x) {
  %a = alloca [8 x i32], align 16
  %p = getelementptr inbounds [8 x i32], ptr %a, i64 0, i64 1
  store i32 7, ptr %p, align 4
  %q = getelementptr inbounds [8 x i32], ptr %a, i64 -9223372036854775808, i64 1
  store i32 %x, ptr %q, align 4
  %v = load i32, ptr %p, align 4
  %r = add i32 %v, 7
  ret i32 %r
}
