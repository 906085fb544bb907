; A getelementptr whose offsets are all zero is its base pointer: the JIT copies the register (the
; copy disappears when both get the same register) instead of emitting `lea r, [base]`.
; RUN: pyir run -O0 %s --entry pick_twice 2
; RUN: pyir run --interp %s --entry pick_twice 2
; CHECK: 34
; CHECK-NEXT: 34
; RUN: pyir asm -O0 %s --fn pick
; CHECK-NOT: %row = getelementptr
; CHECK: ; %a = load i32, ptr %row
; CHECK-NEXT: mov     eax,[rdi]

define i32 @pick(ptr %p, i64 %n) {
entry:
  %row = getelementptr inbounds [4 x i32], ptr %p, i64 0, i64 0
  %a = load i32, ptr %row
  %b = getelementptr inbounds i32, ptr %row, i64 %n
  %c = load i32, ptr %b
  %s = add i32 %a, %c
  ret i32 %s
}

@table = global [4 x i32] [i32 10, i32 20, i32 24, i32 30]

define i32 @pick_twice(i64 %n) {
entry:
  %r = call i32 @pick(ptr @table, i64 %n)
  ret i32 %r
}
