; Runaway recursion and out-of-bounds memory are reported as errors (exit 1), never a crash.
; RUN: not pyir run %s --entry forever 1
; CHECK: run-stack-errors.ll:15:8: error: stack overflow
; CHECK-NOT: internal error
; The interpreter checks every access against its segment; the JIT does not check accesses, but a
; fault in its code (here: far outside the stack) is caught and reported at the same instruction.
; RUN: not pyir run --interp %s --entry oob
; CHECK: run-stack-errors.ll:22:8: error: out-of-bounds
; CHECK-NOT: internal error
; RUN: not pyir run --jit %s --entry oob
; CHECK: run-stack-errors.ll:22:8: error: invalid memory access
; CHECK-NOT: internal error
define i32 @forever(i32 %n) {
  %m = add i32 %n, 1
  %r = call i32 @forever(i32 %m)
  ret i32 %r
}

define i32 @oob() {
  %a = alloca [4 x i32]
  %p = getelementptr [4 x i32], ptr %a, i64 0, i64 100000000
  %v = load i32, ptr %p
  ret i32 %v
}
