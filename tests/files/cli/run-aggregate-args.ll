; Vectors and structs as arguments and results, in LLVM constant syntax.
; RUN: pyir run %s --entry vadd "<i32 1, i32 -2, i32 3, i32 4>" "<1, 1, 1, 1>"
; CHECK: <i32 2, i32 -1, i32 4, i32 5>
; RUN: pyir run %s --entry vmul "<float 0.5, float 2.0>"
; CHECK-NEXT: <float 0.25, float 4.0>
; RUN: pyir run %s --entry cmp "<i32 1, i32 5>" "<i32 2, i32 5>"
; CHECK-NEXT: <i1 true, i1 false>
; RUN: pyir run %s --entry pair 7 1.5
; CHECK-NEXT: { i32 7, float 1.5 }
; RUN: pyir run %s --entry swap "{ i32 1, float 2.5 }"
; CHECK-NEXT: { float 2.5, i32 1 }
; RUN: pyir run %s --entry arr
; CHECK-NEXT: [i8 1, i8 -1]
define <4 x i32> @vadd(<4 x i32> %a, <4 x i32> %b) {
  %r = add <4 x i32> %a, %b
  ret <4 x i32> %r
}

define <2 x float> @vmul(<2 x float> %a) {
  %r = fmul <2 x float> %a, %a
  ret <2 x float> %r
}

define <2 x i1> @cmp(<2 x i32> %a, <2 x i32> %b) {
  %r = icmp slt <2 x i32> %a, %b
  ret <2 x i1> %r
}

define { i32, float } @pair(i32 %a, float %b) {
  %p = insertvalue { i32, float } poison, i32 %a, 0
  %q = insertvalue { i32, float } %p, float %b, 1
  ret { i32, float } %q
}

define { float, i32 } @swap({ i32, float } %s) {
  %a = extractvalue { i32, float } %s, 0
  %b = extractvalue { i32, float } %s, 1
  %p = insertvalue { float, i32 } poison, float %b, 0
  %q = insertvalue { float, i32 } %p, i32 %a, 1
  ret { float, i32 } %q
}

define [2 x i8] @arr() {
  ret [2 x i8] [i8 1, i8 255]
}
