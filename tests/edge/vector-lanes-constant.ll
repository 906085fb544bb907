; extractelement / insertelement with constant indices in registers: low and high 128-bit halves of
; ymm vectors, vectors split over two registers, every lane width, float lanes moved to lane 0.
; Expected values from lli-16.

; RUN: pyir run %s --entry t_extract_high_f32 2.5
; CHECK: 10.0
define float @t_extract_high_f32(float %x) {
  %v = insertelement <8 x float> <float 1.0, float 2.0, float 3.0, float 4.0, float 5.0, float 6.0, float 7.0, float 8.0>, float %x, i32 0
  %w = fmul <8 x float> %v, <float 3.0, float 3.0, float 3.0, float 3.0, float 3.0, float 3.0, float 2.5, float 3.0>
  %e = extractelement <8 x float> %w, i32 0
  %f = extractelement <8 x float> %w, i32 6
  %r = fsub float %f, %e
  ret float %r
}

; RUN: pyir run %s --entry t_extract_f64 1.5
; CHECK: 21.5
define double @t_extract_f64(double %x) {
  %v = insertelement <4 x double> <double 1.0, double 2.0, double 3.0, double 4.0>, double %x, i32 3
  %a = extractelement <4 x double> %v, i32 1
  %b = extractelement <4 x double> %v, i32 3
  %c = extractelement <4 x double> %v, i32 2
  %s = fadd double %a, %b
  %t = fmul double %c, 6.0
  %r = fadd double %s, %t
  ret double %r
}

; RUN: pyir run %s --entry t_int_lanes 7
; CHECK: { i8 -7, i16 -300, i32 7, i64 -9000000000 }
define { i8, i16, i32, i64 } @t_int_lanes(i32 %x) {
  %b = trunc i32 %x to i8
  %nb = sub i8 0, %b
  %v8 = insertelement <32 x i8> zeroinitializer, i8 %nb, i32 29
  %e8 = extractelement <32 x i8> %v8, i32 29
  %v16 = insertelement <16 x i16> zeroinitializer, i16 -300, i32 9
  %e16 = extractelement <16 x i16> %v16, i32 9
  %v32 = insertelement <8 x i32> zeroinitializer, i32 %x, i32 5
  %e32 = extractelement <8 x i32> %v32, i32 5
  %v64 = insertelement <4 x i64> zeroinitializer, i64 -9000000000, i32 2
  %e64 = extractelement <4 x i64> %v64, i32 2
  %r0 = insertvalue { i8, i16, i32, i64 } poison, i8 %e8, 0
  %r1 = insertvalue { i8, i16, i32, i64 } %r0, i16 %e16, 1
  %r2 = insertvalue { i8, i16, i32, i64 } %r1, i32 %e32, 2
  %r3 = insertvalue { i8, i16, i32, i64 } %r2, i64 %e64, 3
  ret { i8, i16, i32, i64 } %r3
}

; RUN: pyir run %s --entry t_split_vector 5
; CHECK: <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 50>
define <8 x i64> @t_split_vector(i64 %x) {
  %a = extractelement <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, i32 5
  %m = mul i64 %a, %x
  %p = mul i64 %m, 2
  %v = insertelement <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, i64 %p, i32 7
  ret <8 x i64> %v
}

; RUN: pyir run %s --entry t_insert_float_lanes 9.0
; CHECK: <float 9.0, float 2.0, float 3.0, float 9.0, float 5.0, float 9.0, float 7.0, float 8.0>
define <8 x float> @t_insert_float_lanes(float %x) {
  %a = insertelement <8 x float> <float 1.0, float 2.0, float 3.0, float 4.0, float 5.0, float 6.0, float 7.0, float 8.0>, float %x, i32 0
  %b = insertelement <8 x float> %a, float %x, i32 3
  %c = insertelement <8 x float> %b, float %x, i32 5
  ret <8 x float> %c
}

; RUN: pyir run %s --entry t_insert_double_lanes 9.0
; CHECK: <double 1.0, double 9.0, double 9.0, double 4.0>
define <4 x double> @t_insert_double_lanes(double %x) {
  %a = insertelement <4 x double> <double 1.0, double 2.0, double 3.0, double 4.0>, double %x, i32 1
  %b = insertelement <4 x double> %a, double %x, i32 2
  ret <4 x double> %b
}
