; Vectors: arithmetic, compares and selects on <4 x i32>, <8 x float>, <2 x double>, <16 x i8>;
; extractelement/insertelement with constant and variable lanes; shufflevector with identity,
; reverse, broadcast, interleave, concatenation and undef lanes (read only where defined).
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_add_v4i32
; CHECK: <i32 -2147483648, i32 0, i32 -2147483648, i32 -5>
define <4 x i32> @t_add_v4i32() {
  %r = add <4 x i32> <i32 2147483647, i32 -1, i32 0, i32 5>, <i32 1, i32 1, i32 -2147483648, i32 -10>
  ret <4 x i32> %r
}

; RUN: pyir run %s --entry t_mul_v4i32
; CHECK: <i32 0, i32 9, i32 -49, i32 -2147483648>
define <4 x i32> @t_mul_v4i32() {
  %r = mul <4 x i32> <i32 65536, i32 -3, i32 7, i32 -2147483648>, <i32 65536, i32 -3, i32 -7, i32 -1>
  ret <4 x i32> %r
}

; RUN: pyir run %s --entry t_div_v4i32
; CHECK: <i32 3, i32 -3, i32 -3, i32 3>
define <4 x i32> @t_div_v4i32() {
  %r = sdiv <4 x i32> <i32 7, i32 -7, i32 7, i32 -7>, <i32 2, i32 2, i32 -2, i32 -2>
  ret <4 x i32> %r
}

; RUN: pyir run %s --entry t_shift_v4i32
; CHECK: <i32 -256, i32 -16, i32 1, i32 -1>
define <4 x i32> @t_shift_v4i32() {
  %r = ashr <4 x i32> <i32 -256, i32 -256, i32 256, i32 -1>, <i32 0, i32 4, i32 8, i32 31>
  ret <4 x i32> %r
}

; RUN: pyir run %s --entry t_icmp_v4i32
; CHECK: <i1 true, i1 false, i1 false, i1 true>
define <4 x i1> @t_icmp_v4i32() {
  %r = icmp slt <4 x i32> <i32 -1, i32 0, i32 1, i32 -2147483648>, <i32 0, i32 0, i32 -1, i32 2147483647>
  ret <4 x i1> %r
}

; RUN: pyir run %s --entry t_icmp_unsigned_v4i32
; CHECK: <i1 false, i1 false, i1 true, i1 false>
define <4 x i1> @t_icmp_unsigned_v4i32() {
  %r = icmp ult <4 x i32> <i32 -1, i32 0, i32 1, i32 -2147483648>, <i32 0, i32 0, i32 -1, i32 2147483647>
  ret <4 x i1> %r
}

; RUN: pyir run %s --entry t_select_v4i32
; CHECK: <i32 1, i32 -2, i32 -3, i32 4>
define <4 x i32> @t_select_v4i32() {
  %c = icmp sgt <4 x i32> <i32 3, i32 -3, i32 0, i32 9>, zeroinitializer
  %r = select <4 x i1> %c, <4 x i32> <i32 1, i32 2, i32 3, i32 4>, <4 x i32> <i32 -1, i32 -2, i32 -3, i32 -4>
  ret <4 x i32> %r
}

; A scalar condition selecting between whole vectors.
; RUN: pyir run %s --entry t_select_scalar_cond true
; CHECK: <i32 1, i32 2>
define <2 x i32> @t_select_scalar_cond(i1 %c) {
  %r = select i1 %c, <2 x i32> <i32 1, i32 2>, <2 x i32> <i32 3, i32 4>
  ret <2 x i32> %r
}

; RUN: pyir run %s --entry t_fadd_v8f32
; CHECK: <float 3.0, float 0.3, float -0.0, float inf, float nan, float 0.0, float inf, float 0.001>
define <8 x float> @t_fadd_v8f32() {
  %r = fadd <8 x float> <float 1.0, float 0x3FB99999A0000000, float -0.0, float 0x7FF0000000000000, float 0x7FF0000000000000, float 3.0, float 0x47EFFFFFE0000000, float 0x3F50624DE0000000>, <float 2.0, float 0x3FC99999A0000000, float -0.0, float 1.0, float 0xFFF0000000000000, float -3.0, float 0x47EFFFFFE0000000, float 0.0>
  ret <8 x float> %r
}

; RUN: pyir run %s --entry t_fmul_v8f32
; CHECK: <float 3.0, float -4.0, float -0.0, float nan, float 1.0, float 0.25, float 1.0, float -0.0>
define <8 x float> @t_fmul_v8f32() {
  %r = fmul <8 x float> <float 1.5, float -2.0, float 0.0, float 0x7FF0000000000000, float 3.0, float 0.5, float 0.25, float -1.0>, <float 2.0, float 2.0, float -1.0, float 0.0, float 0x3FD5555560000000, float 0.5, float 4.0, float 0.0>
  ret <8 x float> %r
}

; RUN: pyir run %s --entry t_fcmp_v8f32
; CHECK: <i1 true, i1 false, i1 false, i1 false, i1 true, i1 false, i1 false, i1 true>
define <8 x i1> @t_fcmp_v8f32() {
  %r = fcmp olt <8 x float> <float 1.0, float 2.0, float 0x7FF8000000000000, float -0.0, float 0xFFF0000000000000, float 5.0, float 6.0, float 7.0>, <float 2.0, float 1.0, float 1.0, float 0.0, float 0.0, float 5.0, float 0x7FF8000000000000, float 8.0>
  ret <8 x i1> %r
}

; RUN: pyir run %s --entry t_fcmp_une_v8f32
; CHECK: <i1 true, i1 true, i1 true, i1 false, i1 true, i1 false, i1 true, i1 true>
define <8 x i1> @t_fcmp_une_v8f32() {
  %r = fcmp une <8 x float> <float 1.0, float 2.0, float 0x7FF8000000000000, float -0.0, float 0xFFF0000000000000, float 5.0, float 6.0, float 7.0>, <float 2.0, float 1.0, float 1.0, float 0.0, float 0.0, float 5.0, float 0x7FF8000000000000, float 8.0>
  ret <8 x i1> %r
}

; RUN: pyir run %s --entry t_fdiv_v2f64
; CHECK: <double 0.3333333333333333, double -inf>
define <2 x double> @t_fdiv_v2f64() {
  %r = fdiv <2 x double> <double 1.0, double -1.0>, <double 3.0, double 0.0>
  ret <2 x double> %r
}

; RUN: pyir run %s --entry t_fsub_fneg_v2f64
; CHECK: <double 0.19999999999999998, double -2e+300>
define <2 x double> @t_fsub_fneg_v2f64() {
  %a = fsub <2 x double> <double 0.1, double 1.0e300>, <double 0.3, double -1.0e300>
  %r = fneg <2 x double> %a
  ret <2 x double> %r
}

; RUN: pyir run %s --entry t_select_v2f64
; CHECK: <double 10.0, double -20.0>
define <2 x double> @t_select_v2f64() {
  %c = fcmp ogt <2 x double> <double 1.0, double 0x7FF8000000000000>, zeroinitializer
  %r = select <2 x i1> %c, <2 x double> <double 10.0, double 20.0>, <2 x double> <double -10.0, double -20.0>
  ret <2 x double> %r
}

; RUN: pyir run %s --entry t_add_v16i8
; CHECK: <i8 -1, i8 0, i8 1, i8 2, i8 14, i8 15, i8 16, i8 17, i8 -126, i8 -125, i8 -124, i8 -123, i8 -4, i8 -3, i8 -2, i8 -1>
define <16 x i8> @t_add_v16i8() {
  %r = add <16 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 120, i8 121, i8 122, i8 123, i8 124, i8 125, i8 126, i8 127>, <i8 -1, i8 -1, i8 -1, i8 -1, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 10, i8 -128, i8 -128, i8 -128, i8 -128>
  ret <16 x i8> %r
}

; RUN: pyir run %s --entry t_mul_v16i8
; CHECK: <i8 0, i8 16, i8 32, i8 48, i8 64, i8 80, i8 96, i8 112, i8 -128, i8 -112, i8 -96, i8 -80, i8 -64, i8 -48, i8 -32, i8 -16>
define <16 x i8> @t_mul_v16i8() {
  %r = mul <16 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15>, <i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16, i8 16>
  ret <16 x i8> %r
}

; RUN: pyir run %s --entry t_icmp_v16i8
; CHECK: <i1 false, i1 false, i1 false, i1 false, i1 false, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 true, i1 true, i1 true>
define <16 x i1> @t_icmp_v16i8() {
  %r = icmp ugt <16 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 -8, i8 -7, i8 -6, i8 -5, i8 -4, i8 -3, i8 -2, i8 -1>, <i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 -4, i8 -4, i8 -4, i8 -4, i8 -4, i8 -4, i8 -4, i8 -4>
  ret <16 x i1> %r
}

; RUN: pyir run %s --entry t_extract_const
; CHECK: 40
define i32 @t_extract_const() {
  %r = extractelement <4 x i32> <i32 10, i32 20, i32 30, i32 40>, i32 3
  ret i32 %r
}

; RUN: pyir run %s --entry t_extract_var 2
; CHECK: -3.5
; RUN: pyir run %s --entry t_extract_var 0
; CHECK: 1.5
define float @t_extract_var(i64 %i) {
  %r = extractelement <4 x float> <float 1.5, float 2.5, float -3.5, float 4.5>, i64 %i
  ret float %r
}

; RUN: pyir run %s --entry t_insert_var 1
; CHECK: <i32 1, i32 -99, i32 3, i32 4>
define <4 x i32> @t_insert_var(i32 %i) {
  %r = insertelement <4 x i32> <i32 1, i32 2, i32 3, i32 4>, i32 -99, i32 %i
  ret <4 x i32> %r
}

; Build a vector lane by lane from undef.
; RUN: pyir run %s --entry t_build
; CHECK: <double 1.25, double -0.0>
define <2 x double> @t_build() {
  %a = insertelement <2 x double> undef, double 1.25, i32 0
  %b = insertelement <2 x double> %a, double -0.0, i32 1
  ret <2 x double> %b
}

; RUN: pyir run %s --entry t_shuffle_identity
; CHECK: <i32 1, i32 2, i32 3, i32 4>
define <4 x i32> @t_shuffle_identity() {
  %r = shufflevector <4 x i32> <i32 1, i32 2, i32 3, i32 4>, <4 x i32> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  ret <4 x i32> %r
}

; RUN: pyir run %s --entry t_shuffle_reverse
; CHECK: <float 7.0, float 6.0, float 5.0, float 4.0, float 3.0, float 2.0, float 1.0, float 0.0>
define <8 x float> @t_shuffle_reverse() {
  %r = shufflevector <8 x float> <float 0.0, float 1.0, float 2.0, float 3.0, float 4.0, float 5.0, float 6.0, float 7.0>, <8 x float> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  ret <8 x float> %r
}

; RUN: pyir run %s --entry t_shuffle_broadcast 3.5
; CHECK: <double 3.5, double 3.5, double 3.5, double 3.5>
define <4 x double> @t_shuffle_broadcast(double %x) {
  %v = insertelement <4 x double> poison, double %x, i32 0
  %r = shufflevector <4 x double> %v, <4 x double> poison, <4 x i32> zeroinitializer
  ret <4 x double> %r
}

; RUN: pyir run %s --entry t_shuffle_interleave
; CHECK: <i16 0, i16 10, i16 1, i16 11, i16 2, i16 12, i16 3, i16 13>
define <8 x i16> @t_shuffle_interleave() {
  %r = shufflevector <4 x i16> <i16 0, i16 1, i16 2, i16 3>, <4 x i16> <i16 10, i16 11, i16 12, i16 13>, <8 x i32> <i32 0, i32 4, i32 1, i32 5, i32 2, i32 6, i32 3, i32 7>
  ret <8 x i16> %r
}

; RUN: pyir run %s --entry t_shuffle_concat
; CHECK: <i64 -1, i64 1, i64 9223372036854775807, i64 -9223372036854775808>
define <4 x i64> @t_shuffle_concat() {
  %r = shufflevector <2 x i64> <i64 -1, i64 1>, <2 x i64> <i64 9223372036854775807, i64 -9223372036854775808>, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  ret <4 x i64> %r
}

; Narrowing shuffle (take odd lanes), and a shuffle with an undef lane whose defined lanes are
; extracted and summed (the undef lane is never observed).
; RUN: pyir run %s --entry t_shuffle_odd_lanes
; CHECK: <i32 11, i32 13>
define <2 x i32> @t_shuffle_odd_lanes() {
  %r = shufflevector <4 x i32> <i32 10, i32 11, i32 12, i32 13>, <4 x i32> undef, <2 x i32> <i32 1, i32 3>
  ret <2 x i32> %r
}

; RUN: pyir run %s --entry t_shuffle_undef_lane
; CHECK: 150
define i32 @t_shuffle_undef_lane() {
  %s = shufflevector <4 x i32> <i32 10, i32 20, i32 30, i32 40>, <4 x i32> <i32 50, i32 60, i32 70, i32 80>, <4 x i32> <i32 7, i32 undef, i32 0, i32 5>
  %a = extractelement <4 x i32> %s, i32 0
  %b = extractelement <4 x i32> %s, i32 2
  %c = extractelement <4 x i32> %s, i32 3
  %ab = add i32 %a, %b
  %r = add i32 %ab, %c
  ret i32 %r
}

; Widening shuffle from the second operand only.
; RUN: pyir run %s --entry t_shuffle_widen
; CHECK: <i8 -3, i8 -4, i8 -3, i8 -4, i8 -4, i8 -3, i8 1, i8 2>
define <8 x i8> @t_shuffle_widen() {
  %r = shufflevector <2 x i8> <i8 1, i8 2>, <2 x i8> <i8 -3, i8 -4>, <8 x i32> <i32 2, i32 3, i32 2, i32 3, i32 3, i32 2, i32 0, i32 1>
  ret <8 x i8> %r
}

; Vector phi in a loop: running sum of four lanes.
; RUN: pyir run %s --entry t_vector_loop 5
; CHECK: <i32 10, i32 20, i32 30, i32 -10>
define <4 x i32> @t_vector_loop(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi <4 x i32> [ zeroinitializer, %entry ], [ %acc1, %loop ]
  %iv = insertelement <4 x i32> poison, i32 %i, i32 0
  %b = shufflevector <4 x i32> %iv, <4 x i32> poison, <4 x i32> zeroinitializer
  %m = mul <4 x i32> %b, <i32 1, i32 2, i32 3, i32 -1>
  %acc1 = add <4 x i32> %acc, %m
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret <4 x i32> %acc1
}

; Vector arguments parsed from the command line.
; RUN: pyir run %s --entry t_vec_arg "<i32 1, i32 -2, i32 3, i32 -4>"
; CHECK: <i32 1, i32 4, i32 9, i32 16>
define <4 x i32> @t_vec_arg(<4 x i32> %v) {
  %r = mul <4 x i32> %v, %v
  ret <4 x i32> %r
}

; Odd element widths.
; RUN: pyir run %s --entry t_v3i7
; CHECK: <i7 -64, i7 63, i7 0>
define <3 x i7> @t_v3i7() {
  %r = add <3 x i7> <i7 63, i7 -64, i7 1>, <i7 1, i7 -1, i7 -1>
  ret <3 x i7> %r
}

; RUN: pyir run %s --entry t_v2i1_xor
; CHECK: <i1 false, i1 true, i1 true, i1 false>
define <4 x i1> @t_v2i1_xor() {
  %r = xor <4 x i1> <i1 true, i1 true, i1 false, i1 false>, <i1 true, i1 false, i1 true, i1 false>
  ret <4 x i1> %r
}

; Float remainder keeps the dividend's sign.
; RUN: pyir run %s --entry t_frem_v2f64
; CHECK: <double 1.5, double -1.5>
define <2 x double> @t_frem_v2f64() {
  %r = frem <2 x double> <double 7.5, double -7.5>, <double 2.0, double 2.0>
  ret <2 x double> %r
}
