; constfold: instructions on constants become constants, computed with the interpreter's own
; arithmetic (NaN bits, float rounding, fptosi of out-of-range values as x86 gives them, shift
; amounts modulo the width), so optimized and unoptimized programs print the same.
; RUN: pyir opt --passes=constfold %s
; CHECK: define i64 @ints()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i64 -6
; CHECK: define float @floats()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret float 0x3FD5555560000000
; CHECK: define i32 @conversions()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 -2147483648
; CHECK: define i1 @nan_compare()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i1 true
; RUN: pyir run -O0 %s --entry ints
; RUN: pyir run -O0 %s --entry floats
; RUN: pyir run -O0 %s --entry conversions
; CHECK: -6
; CHECK-NEXT: 0.33333334
; CHECK-NEXT: -2147483648

define i64 @ints() {
entry:
  %a = add i64 3, 4
  %b = shl i64 %a, 65
  %c = sub i64 %a, %b
  %d = trunc i64 %c to i8
  %e = sext i8 %d to i64
  %f = srem i64 %e, 100
  %g = udiv i64 %f, 1
  %h = add i64 %g, 1
  ret i64 %h
}

define float @floats() {
entry:
  %a = fdiv float 1.0, 3.0
  ret float %a
}

define i32 @conversions() {
entry:
  %a = fptosi double 1.0e20 to i32
  ret i32 %a
}

define i1 @nan_compare() {
entry:
  %n = fdiv double 0.0, 0.0
  %c = fcmp uno double %n, %n
  ret i1 %c
}
