; Vector reductions (integer, ordered fadd/fmul with a start value, fmax/fmin ignoring NaN) and
; vector forms of floor/minimum/fma/sqrt.
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_reduce_add_v4i32
; CHECK: 1
define i32 @t_reduce_add_v4i32() {
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> <i32 -5, i32 7, i32 -2147483648, i32 2147483647>)
  ret i32 %r
}

; RUN: pyir run %s --entry t_reduce_mul_v4i32
; CHECK: -2147483648
define i32 @t_reduce_mul_v4i32() {
  %r = call i32 @llvm.vector.reduce.mul.v4i32(<4 x i32> <i32 -5, i32 7, i32 -2147483648, i32 2147483647>)
  ret i32 %r
}

; RUN: pyir run %s --entry t_reduce_and_v4i32
; CHECK: 0
define i32 @t_reduce_and_v4i32() {
  %r = call i32 @llvm.vector.reduce.and.v4i32(<4 x i32> <i32 -5, i32 7, i32 -2147483648, i32 2147483647>)
  ret i32 %r
}

; RUN: pyir run %s --entry t_reduce_or_v4i32
; CHECK: -1
define i32 @t_reduce_or_v4i32() {
  %r = call i32 @llvm.vector.reduce.or.v4i32(<4 x i32> <i32 -5, i32 7, i32 -2147483648, i32 2147483647>)
  ret i32 %r
}

; RUN: pyir run %s --entry t_reduce_xor_v4i32
; CHECK: 3
define i32 @t_reduce_xor_v4i32() {
  %r = call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> <i32 -5, i32 7, i32 -2147483648, i32 2147483647>)
  ret i32 %r
}

; RUN: pyir run %s --entry t_reduce_smax_v4i32
; CHECK: 2147483647
define i32 @t_reduce_smax_v4i32() {
  %r = call i32 @llvm.vector.reduce.smax.v4i32(<4 x i32> <i32 -5, i32 7, i32 -2147483648, i32 2147483647>)
  ret i32 %r
}

; RUN: pyir run %s --entry t_reduce_smin_v4i32
; CHECK: -2147483648
define i32 @t_reduce_smin_v4i32() {
  %r = call i32 @llvm.vector.reduce.smin.v4i32(<4 x i32> <i32 -5, i32 7, i32 -2147483648, i32 2147483647>)
  ret i32 %r
}

; RUN: pyir run %s --entry t_reduce_umax_v4i32
; CHECK: -5
define i32 @t_reduce_umax_v4i32() {
  %r = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> <i32 -5, i32 7, i32 -2147483648, i32 2147483647>)
  ret i32 %r
}

; RUN: pyir run %s --entry t_reduce_umin_v4i32
; CHECK: 7
define i32 @t_reduce_umin_v4i32() {
  %r = call i32 @llvm.vector.reduce.umin.v4i32(<4 x i32> <i32 -5, i32 7, i32 -2147483648, i32 2147483647>)
  ret i32 %r
}

; RUN: pyir run %s --entry t_reduce_add_v16i8
; CHECK: -8
define i8 @t_reduce_add_v16i8() {
  %r = call i8 @llvm.vector.reduce.add.v16i8(<16 x i8> <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 -128>)
  ret i8 %r
}

; RUN: pyir run %s --entry t_reduce_umax_v16i8
; CHECK: -128
define i8 @t_reduce_umax_v16i8() {
  %r = call i8 @llvm.vector.reduce.umax.v16i8(<16 x i8> <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 -128>)
  ret i8 %r
}

; RUN: pyir run %s --entry t_reduce_smin_v16i8
; CHECK: -128
define i8 @t_reduce_smin_v16i8() {
  %r = call i8 @llvm.vector.reduce.smin.v16i8(<16 x i8> <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 -128>)
  ret i8 %r
}

; RUN: pyir run %s --entry t_reduce_xor_v16i8
; CHECK: -128
define i8 @t_reduce_xor_v16i8() {
  %r = call i8 @llvm.vector.reduce.xor.v16i8(<16 x i8> <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 -128>)
  ret i8 %r
}

; RUN: pyir run %s --entry t_reduce_or_v8i1
; CHECK: true
define i1 @t_reduce_or_v8i1() {
  %r = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> <i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 true, i1 false>)
  ret i1 %r
}

; RUN: pyir run %s --entry t_reduce_and_v8i1
; CHECK: false
define i1 @t_reduce_and_v8i1() {
  %r = call i1 @llvm.vector.reduce.and.v8i1(<8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false>)
  ret i1 %r
}

; RUN: pyir run %s --entry t_reduce_add_v2i64
; CHECK: -9223372036854775807
define i64 @t_reduce_add_v2i64() {
  %r = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> <i64 9223372036854775807, i64 2>)
  ret i64 %r
}

; RUN: pyir run %s --entry t_reduce_fadd_ordered
; CHECK: 1.0
define double @t_reduce_fadd_ordered() {
  %r = call double @llvm.vector.reduce.fadd.v4f64(double 0.0, <4 x double> <double 1.0e16, double 1.0, double -1.0e16, double 1.0>)
  ret double %r
}

; RUN: pyir run %s --entry t_reduce_fadd_start
; CHECK: 0.0
define float @t_reduce_fadd_start() {
  %r = call float @llvm.vector.reduce.fadd.v4f32(float -10.0, <4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>)
  ret float %r
}

; RUN: pyir run %s --entry t_reduce_fmul
; CHECK: -4.5
define double @t_reduce_fmul() {
  %r = call double @llvm.vector.reduce.fmul.v4f64(double 2.0, <4 x double> <double 1.5, double -2.0, double 0.25, double 3.0>)
  ret double %r
}

; RUN: pyir run %s --entry t_reduce_fmax
; CHECK: 2.5
define double @t_reduce_fmax() {
  %r = call double @llvm.vector.reduce.fmax.v4f64(<4 x double> <double 1.0, double 0x7FF8000000000000, double -3.0, double 2.5>)
  ret double %r
}

; RUN: pyir run %s --entry t_reduce_fmin
; CHECK: -3.0
define float @t_reduce_fmin() {
  %r = call float @llvm.vector.reduce.fmin.v4f32(<4 x float> <float 1.0, float 0x7FF8000000000000, float -3.0, float 2.5>)
  ret float %r
}

; RUN: pyir run %s --entry t_reduce_fmax_negative
; CHECK: -1.0
define double @t_reduce_fmax_negative() {
  %r = call double @llvm.vector.reduce.fmax.v2f64(<2 x double> <double -1.0, double -2.0>)
  ret double %r
}

; RUN: pyir run %s --entry t_floor_v4f32
; CHECK: <float -1.0, float 0.0, float -1.0, float 2.0>
define <4 x float> @t_floor_v4f32() {
  %r = call <4 x float> @llvm.floor.v4f32(<4 x float> <float -0.5, float 0.5, float -1.0, float 2.75>)
  ret <4 x float> %r
}

; RUN: pyir run %s --entry t_minimum_v2f64
; CHECK: <double -0.0, double nan>
define <2 x double> @t_minimum_v2f64() {
  %r = call <2 x double> @llvm.minimum.v2f64(<2 x double> <double 0.0, double 0x7FF8000000000000>, <2 x double> <double -0.0, double 1.0>)
  ret <2 x double> %r
}

; RUN: pyir run %s --entry t_fma_v2f64
; CHECK: <double -4.930380657631324e-32, double 7.0>
define <2 x double> @t_fma_v2f64() {
  %r = call <2 x double> @llvm.fma.v2f64(<2 x double> <double 0x3FF0000000000001, double 2.0>, <2 x double> <double 0x3FEFFFFFFFFFFFFE, double 3.0>, <2 x double> <double -1.0, double 1.0>)
  ret <2 x double> %r
}

; RUN: pyir run %s --entry t_sqrt_v4f32
; CHECK: <float 2.0, float 1.4142135, float nan, float inf>
define <4 x float> @t_sqrt_v4f32() {
  %r = call <4 x float> @llvm.sqrt.v4f32(<4 x float> <float 4.0, float 2.0, float -4.0, float 0x7FF0000000000000>)
  ret <4 x float> %r
}

declare <2 x double> @llvm.fma.v2f64(<2 x double>, <2 x double>, <2 x double>)
declare <2 x double> @llvm.minimum.v2f64(<2 x double>, <2 x double>)
declare <4 x float> @llvm.floor.v4f32(<4 x float>)
declare <4 x float> @llvm.sqrt.v4f32(<4 x float>)
declare double @llvm.vector.reduce.fadd.v4f64(double, <4 x double>)
declare double @llvm.vector.reduce.fmax.v2f64(<2 x double>)
declare double @llvm.vector.reduce.fmax.v4f64(<4 x double>)
declare double @llvm.vector.reduce.fmul.v4f64(double, <4 x double>)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>)
declare float @llvm.vector.reduce.fmin.v4f32(<4 x float>)
declare i1 @llvm.vector.reduce.and.v8i1(<8 x i1>)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.and.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.mul.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.or.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smin.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umin.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>)
declare i8 @llvm.vector.reduce.add.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.smin.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.umax.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.xor.v16i8(<16 x i8>)
