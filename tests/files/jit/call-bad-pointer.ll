; A call through a null or non-code function pointer is an error at the call, never a crash: the
; fault happens when the processor fetches the target, outside any JIT code, and the fault handler
; finds the call from the return address on the stack.
; RUN: not pyir run --jit %s --entry null_call
; CHECK: call-bad-pointer.ll:16:8: error: invalid memory access
; CHECK-NOT: internal error
; RUN: not pyir run --jit %s --entry data_call
; CHECK: call-bad-pointer.ll:22:8: error: invalid memory access
; CHECK-NOT: internal error
; RUN: pyir run --jit %s --entry still_works 20
; CHECK: 21
@table = global [4 x i64] zeroinitializer

define i32 @null_call() {
  %f = inttoptr i64 0 to ptr
  %r = call i32 %f(i32 1)
  ret i32 %r
}

define i32 @data_call() {
  %f = getelementptr i8, ptr @table, i64 8
  %r = call i32 %f(i32 1)
  ret i32 %r
}

define i32 @still_works(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}
