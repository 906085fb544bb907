; Bitcasts between vectors and scalars of the same size (<2 x i32> <-> i64, <4 x i8> -> i32,
; i32 -> <2 x i16>, double -> <2 x float>): valid LLVM, lanes in little-endian order.
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_bitcast_v2i32_i64
; CHECK: 8589934593
define i64 @t_bitcast_v2i32_i64() {
  %r = bitcast <2 x i32> <i32 1, i32 2> to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_bitcast_i64_v2i32
; CHECK: <i32 0, i32 -1>
define <2 x i32> @t_bitcast_i64_v2i32() {
  %r = bitcast i64 -4294967296 to <2 x i32>
  ret <2 x i32> %r
}
; RUN: pyir run %s --entry t_bitcast_v4i8_i32
; CHECK: -2147286527
define i32 @t_bitcast_v4i8_i32() {
  %r = bitcast <4 x i8> <i8 1, i8 2, i8 3, i8 -128> to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_bitcast_i32_v2i16
; CHECK: <i16 0, i16 -1>
define <2 x i16> @t_bitcast_i32_v2i16() {
  %r = bitcast i32 -65536 to <2 x i16>
  ret <2 x i16> %r
}
; RUN: pyir run %s --entry t_bitcast_double_v2f32
; CHECK: <float 0.0, float 1.875>
define <2 x float> @t_bitcast_double_v2f32() {
  %r = bitcast double 1.0 to <2 x float>
  ret <2 x float> %r
}
