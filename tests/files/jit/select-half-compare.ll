; A select on a compare of two halves: the compare is not a vcmpss of the registers' low 32 bits
; (a half is 16 bits there, and its upper bits are not a float's): it goes through the half
; compare and the i1. The JIT picked the larger of two halves for `olt` before 2026-12-03
; (min(2, -3) was 2); found reading the float-select mask code.
; RUN: pyir run -O0 %s --entry min -- 2.0 -3.0
; RUN: pyir run --interp %s --entry min -- 2.0 -3.0
; CHECK: -3.0
; CHECK-NEXT: -3.0
; RUN: pyir run -O0 %s --entry min -- -2.0 3.0
; RUN: pyir run --interp %s --entry min -- -2.0 3.0
; CHECK: -2.0
; CHECK-NEXT: -2.0
; RUN: pyir run -O0 %s --entry pick_float -- 0.5 0.25 7.0
; RUN: pyir run --interp %s --entry pick_float -- 0.5 0.25 7.0
; CHECK: 0.0
; CHECK-NEXT: 0.0
; RUN: pyir run -O0 %s --entry pick_float -- 0.25 0.5 7.0
; RUN: pyir run --interp %s --entry pick_float -- 0.25 0.5 7.0
; CHECK: 7.0
; CHECK-NEXT: 7.0

define half @min(half %a, half %b) {
  %c = fcmp olt half %a, %b
  %r = select i1 %c, half %a, half %b
  ret half %r
}

; A float select on a half compare.
define float @pick_float(half %a, half %b, float %x) {
  %c = fcmp ogt half %b, %a
  %r = select i1 %c, float %x, float 0.0
  ret float %r
}
