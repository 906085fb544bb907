; uitofp on vectors of 64-bit lanes (the JIT converts each lane as its scalar uitofp does, values
; at and above 2^63 included), to double and to float, with the rounding cases around 2^53 and 2^24.
; Expected values from lli-16.

; RUN: pyir run %s --entry t_u64_double
; CHECK: <double 1.8446744073709552e+19, double 9007199254740992.0>
define <2 x double> @t_u64_double() {
  %r = uitofp <2 x i64> <i64 -1, i64 9007199254740993> to <2 x double>
  ret <2 x double> %r
}

; RUN: pyir run %s --entry t_u64_double_high
; CHECK: <double 9.223372036854776e+18, double 9.223372036854778e+18, double 0.0, double 1.0>
define <4 x double> @t_u64_double_high() {
  %r = uitofp <4 x i64> <i64 -9223372036854775808, i64 -9223372036854774783, i64 0, i64 1> to <4 x double>
  ret <4 x double> %r
}

; RUN: pyir run %s --entry t_u64_float
; CHECK: <float 1.8446744e+19, float 16777216.0, float 9.223372e+18, float 12345.0>
define <4 x float> @t_u64_float() {
  %r = uitofp <4 x i64> <i64 -1, i64 16777217, i64 -9223372036854775807, i64 12345> to <4 x float>
  ret <4 x float> %r
}

; RUN: pyir run %s --entry t_u64_float_ties
; CHECK: <float 16777220.0, float 1.8446744e+19>
define <2 x float> @t_u64_float_ties() {
  %r = uitofp <2 x i64> <i64 16777219, i64 -549755813887> to <2 x float>
  ret <2 x float> %r
}
