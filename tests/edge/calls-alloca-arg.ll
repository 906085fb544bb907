; Minimal case: a stack slot (alloca) passed as a plain pointer argument to a call, and the callee
; writing through it. (Found by the edge tests: the JIT once failed to compile this with "value %p
; used before it was selected".)
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_alloca_arg
; CHECK: 7
define i32 @ignore_ptr(ptr %p) {
  ret i32 7
}
define i32 @t_alloca_arg() {
  %p = alloca i32
  %r = call i32 @ignore_ptr(ptr %p)
  ret i32 %r
}

; RUN: pyir run %s --entry t_alloca_arg_written
; CHECK: -5
define void @write_neg5(ptr %p) {
  store i32 -5, ptr %p
  ret void
}
define i32 @t_alloca_arg_written() {
  %p = alloca i32
  store i32 0, ptr %p
  call void @write_neg5(ptr %p)
  %v = load i32, ptr %p
  ret i32 %v
}
