; Mistakes on the command line are clear errors with exit code 1.
; RUN: not pyir run %s --entry missing
; CHECK: pyir: error: no function @missing in the module (it defines @two)
; RUN: not pyir run %s --entry two 1
; CHECK-NEXT: pyir: error: @two(i32, float) takes 2 arguments, but 1 was given
; RUN: not pyir run %s --entry two 1 one
; CHECK-NEXT: pyir: error: argument 2 of @two: cannot read 'one' as float
; RUN: not pyir run %s --entry two 1.5 1
; CHECK-NEXT: pyir: error: argument 1 of @two: cannot read '1.5' as i32
; RUN: not pyir run %s --entry ext
; CHECK-NEXT: pyir: error: @ext is only declared, not defined
; RUN: not pyir run %s
; CHECK-NEXT: no function @main
; RUN: not pyir run %s/does-not-exist.ll
; CHECK-NEXT: pyir: error: cannot read
; CHECK-NOT: internal error
declare i32 @ext(i32)

define i32 @two(i32 %a, float %b) {
  ret i32 %a
}
