; Vector conversions the JIT does with one instruction for all lanes (vcvtdq2pd, vcvtdq2ps,
; vcvtps2pd, vcvtpd2ps, vcvttps2dq, vcvttpd2dq), which must give each lane what the scalar
; conversion gives: rounding to nearest even, exact widening, NaNs quieted with their payload,
; overflow to infinity, underflow to zero and denormals, truncation toward zero. In-range inputs
; only for fptosi (out of range is poison in LLVM). Expected values from lli-16.

; RUN: pyir run %s --entry t_i32_double2
; CHECK: <double -2147483648.0, double -1.0>
define <2 x double> @t_i32_double2() {
  %r = sitofp <2 x i32> <i32 -2147483648, i32 -1> to <2 x double>
  ret <2 x double> %r
}

; RUN: pyir run %s --entry t_i32_double4
; CHECK: <double 2147483647.0, double 0.0, double -7.0, double 123456789.0>
define <4 x double> @t_i32_double4() {
  %r = sitofp <4 x i32> <i32 2147483647, i32 0, i32 -7, i32 123456789> to <4 x double>
  ret <4 x double> %r
}

; RUN: pyir run %s --entry t_i32_float4
; CHECK: <float 16777216.0, float -16777220.0, float 2147483600.0, float -2147483600.0>
define <4 x float> @t_i32_float4() {
  %r = sitofp <4 x i32> <i32 16777217, i32 -16777219, i32 2147483647, i32 -2147483648> to <4 x float>
  ret <4 x float> %r
}

; RUN: pyir run %s --entry t_i32_float8
; CHECK: <float 16777220.0, float 33554436.0, float -33554436.0, float 1.0, float -1.0, float 0.0, float 1000000000.0, float -99.0>
define <8 x float> @t_i32_float8() {
  %r = sitofp <8 x i32> <i32 16777219, i32 33554435, i32 -33554437, i32 1, i32 -1, i32 0, i32 1000000007, i32 -99> to <8 x float>
  ret <8 x float> %r
}

; RUN: pyir run %s --entry t_fpext2
; CHECK: <double 0.10000000149011612, double -inf>
define <2 x double> @t_fpext2() {
  %r = fpext <2 x float> <float 0x3FB99999A0000000, float 0xFFF0000000000000> to <2 x double>
  ret <2 x double> %r
}

; RUN: pyir run %s --entry t_fpext4
; CHECK: <double nan, double -0.0, double 3.4028234663852886e+38, double 1.401298464324817e-45>
define <4 x double> @t_fpext4() {
  %r = fpext <4 x float> <float 0x7FF8000020000000, float -0.0, float 0x47EFFFFFE0000000, float 0x36A0000000000000> to <4 x double>
  ret <4 x double> %r
}

; RUN: pyir run %s --entry t_fptrunc2
; CHECK: <float 0.1, float inf>
define <2 x float> @t_fptrunc2() {
  %r = fptrunc <2 x double> <double 0.1, double 1.0e300> to <2 x float>
  ret <2 x float> %r
}

; RUN: pyir run %s --entry t_fptrunc4
; CHECK: <float -0.0, float nan, float 0.0, float inf>
define <4 x float> @t_fptrunc4() {
  %r = fptrunc <4 x double> <double -0.0, double 0x7FF8000000000123, double 1.0e-50, double 0x47EFFFFFF0000000> to <4 x float>
  ret <4 x float> %r
}

; RUN: pyir run %s --entry t_f_i32_4
; CHECK: <i32 -1, i32 2, i32 -2147483648, i32 2147483392>
define <4 x i32> @t_f_i32_4() {
  %r = fptosi <4 x float> <float -1.5, float 2.5, float -2147483648.0, float 0x41DFFFFFC0000000> to <4 x i32>
  ret <4 x i32> %r
}

; RUN: pyir run %s --entry t_f_i32_8
; CHECK: <i32 0, i32 0, i32 7, i32 -7, i32 16777216, i32 0, i32 0, i32 123>
define <8 x i32> @t_f_i32_8() {
  %r = fptosi <8 x float> <float 0.75, float -0.75, float 7.0, float -7.5, float 16777216.0, float -0.0, float 0x3E45798EE0000000, float 123.5> to <8 x i32>
  ret <8 x i32> %r
}

; RUN: pyir run %s --entry t_d_i32_2
; CHECK: <i32 2147483647, i32 -2147483648>
define <2 x i32> @t_d_i32_2() {
  %r = fptosi <2 x double> <double 2147483647.9, double -2147483648.9> to <2 x i32>
  ret <2 x i32> %r
}

; RUN: pyir run %s --entry t_d_i32_4
; CHECK: <i32 0, i32 0, i32 1000000007, i32 -3>
define <4 x i32> @t_d_i32_4() {
  %r = fptosi <4 x double> <double -0.5, double 1.0e-300, double 1000000007.75, double -3.0> to <4 x i32>
  ret <4 x i32> %r
}
