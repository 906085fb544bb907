; Vector conversions: sitofp/fptosi/zext lane-wise, bitcast between vector types.
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_bitcast_v2f32_v2i32
; CHECK: <i32 1065353216, i32 -1073741824>
define <2 x i32> @t_bitcast_v2f32_v2i32() {
  %r = bitcast <2 x float> <float 1.0, float -2.0> to <2 x i32>
  ret <2 x i32> %r
}

; RUN: pyir run %s --entry t_sitofp_vec
; CHECK: <float -1.0, float 0.0, float 16777216.0, float -2147483600.0>
define <4 x float> @t_sitofp_vec() {
  %r = sitofp <4 x i32> <i32 -1, i32 0, i32 16777217, i32 -2147483648> to <4 x float>
  ret <4 x float> %r
}

; RUN: pyir run %s --entry t_fptosi_vec
; CHECK: <i32 -1, i32 2>
define <2 x i32> @t_fptosi_vec() {
  %r = fptosi <2 x double> <double -1.5, double 2.9999> to <2 x i32>
  ret <2 x i32> %r
}

; RUN: pyir run %s --entry t_zext_vec
; CHECK: <i16 255, i16 0, i16 127, i16 128>
define <4 x i16> @t_zext_vec() {
  %r = zext <4 x i8> <i8 -1, i8 0, i8 127, i8 -128> to <4 x i16>
  ret <4 x i16> %r
}
