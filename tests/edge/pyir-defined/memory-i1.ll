; PyIR-SPECIFIC semantics, not compared with lli-16: LLVM leaves the 7 bits above an i1 that is
; stored to memory unspecified; PyIR writes the i1 as a whole byte holding 0 or 1 (zero-extended),
; as LLVM's x86 backend does in practice.

; RUN: pyir run %s --entry t_i1_byte
; CHECK: 1
define i8 @t_i1_byte() {
  %p = alloca i8
  store i8 -1, ptr %p
  store i1 true, ptr %p
  %v = load i8, ptr %p
  ret i8 %v
}

