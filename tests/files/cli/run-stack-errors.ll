; Runaway recursion and out-of-bounds memory are reported as errors (exit 1), never a crash.
; RUN: not pyir run %s --entry forever 1
; CHECK: run-stack-errors.ll:21:8: error: stack overflow
; CHECK-NOT: internal error
; The interpreter checks every access against its segment; the JIT does not check accesses, but a
; fault in its code is caught and reported at the instruction (a non-canonical address always
; faults; an address merely far outside the stack might happen to be mapped).
; RUN: not pyir run --interp %s --entry oob
; CHECK: run-stack-errors.ll:28:8: error: out-of-bounds
; CHECK-NOT: internal error
; RUN: not pyir run --jit %s --entry wild
; CHECK: run-stack-errors.ll:34:8: error: invalid memory access
; CHECK-NOT: internal error
; llvm.stackrestore takes only a value llvm.stacksave returned in the same call (LLVM leaves any
; other undefined; the interpreter says so, with the value).
; RUN: not pyir run --interp %s --entry bad_restore
; CHECK: run-stack-errors.ll:41:3: error: llvm.stackrestore of 0x10, which is not a value llvm.stacksave returned in this call of @bad_restore
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

define i32 @wild() {
  %p = inttoptr i64 -2401053092612145152 to ptr
  %v = load i32, ptr %p
  ret i32 %v
}

declare void @llvm.stackrestore(ptr)

define i32 @bad_restore() {
  call void @llvm.stackrestore(ptr inttoptr (i64 16 to ptr))
  ret i32 0
}
