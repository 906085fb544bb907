; The seed README's add_complex leaves out the inserted element's type, so '%b' is read as a type
; name; the error says so at '%b' instead of "expected a constant" at the comma after it.
; RUN: not pyir verify %s
; CHECK: parse-missing-type.ll:8:44: error: '%b' is read as a type here, but no such type is defined: is the type missing before the value '%b'?
; CHECK-NOT: expected a constant
define { float, float } @add_complex({ float, float } %a, { float, float } %b) {
  %sum = fadd float 1.0, 2.0
  %result = insertvalue {float, float} %a, %b, 0
  ret { float, float } %result
}
