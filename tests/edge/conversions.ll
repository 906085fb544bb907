; Conversion boundaries: fptosi/fptoui just inside the limits (outside is poison in LLVM and is not
; tested), sitofp/uitofp of extreme and rounding values, fptrunc rounding (ties to even, overflow,
; underflow), fpext, trunc/zext/sext at odd widths, bitcasts between floats, integers and vectors.
; Expected values were produced by lli-16 (tests/tools/lli_oracle.py --fill) and reviewed by hand.

; RUN: pyir run %s --entry t_fptosi_i32_max
; CHECK: 2147483647
define i32 @t_fptosi_i32_max() {
  %r = fptosi double 2147483647.0 to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptosi_i32_min
; CHECK: -2147483648
define i32 @t_fptosi_i32_min() {
  %r = fptosi double -2147483648.0 to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptosi_i32_max_frac
; CHECK: 2147483647
define i32 @t_fptosi_i32_max_frac() {
  %r = fptosi double 0x41DFFFFFFFF9999A to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptosi_i32_min_frac
; CHECK: -2147483648
define i32 @t_fptosi_i32_min_frac() {
  %r = fptosi double 0xC1E00000001CCCCD to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptoui_i32_max_frac
; CHECK: -1
define i32 @t_fptoui_i32_max_frac() {
  %r = fptoui double 0x41EFFFFFFFF00000 to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptoui_i32_2p31
; CHECK: -2147483648
define i32 @t_fptoui_i32_2p31() {
  %r = fptoui double 2147483648.0 to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptosi_float_i32_near_max
; CHECK: 2147483520
define i32 @t_fptosi_float_i32_near_max() {
  %r = fptosi float 0x41DFFFFFE0000000 to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptoui_float_i32_near_max
; CHECK: -256
define i32 @t_fptoui_float_i32_near_max() {
  %r = fptoui float 0x41EFFFFFE0000000 to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptosi_i64_near_max
; CHECK: 9223372036854774784
define i64 @t_fptosi_i64_near_max() {
  %r = fptosi double 0x43DFFFFFFFFFFFFF to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_fptosi_i64_min
; CHECK: -9223372036854775808
define i64 @t_fptosi_i64_min() {
  %r = fptosi double -9.223372036854775808e18 to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_fptoui_i64_near_max
; CHECK: -2048
define i64 @t_fptoui_i64_near_max() {
  %r = fptoui double 0x43EFFFFFFFFFFFFF to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_fptoui_i64_2p63
; CHECK: -9223372036854775808
define i64 @t_fptoui_i64_2p63() {
  %r = fptoui double 9.223372036854775808e18 to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_fptoui_i64_2p63_float
; CHECK: -9223372036854775808
define i64 @t_fptoui_i64_2p63_float() {
  %r = fptoui float 0x43E0000000000000 to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_fptosi_neg_frac
; CHECK: 0
define i32 @t_fptosi_neg_frac() {
  %r = fptosi double 0xBFECCCCCCCCCCCCD to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptosi_neg_2_5
; CHECK: -2
define i32 @t_fptosi_neg_2_5() {
  %r = fptosi double -2.5 to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_fptosi_i8_max
; CHECK: 127
define i8 @t_fptosi_i8_max() {
  %r = fptosi double 0x405FFF5C28F5C28F to i8
  ret i8 %r
}
; RUN: pyir run %s --entry t_fptosi_i8_min
; CHECK: -128
define i8 @t_fptosi_i8_min() {
  %r = fptosi double 0xC060100000000000 to i8
  ret i8 %r
}
; RUN: pyir run %s --entry t_fptoui_i8_max
; CHECK: -1
define i8 @t_fptoui_i8_max() {
  %r = fptoui float 255.75 to i8
  ret i8 %r
}
; RUN: pyir run %s --entry t_fptosi_i1
; CHECK: true
define i1 @t_fptosi_i1() {
  %r = fptosi double -1.0 to i1
  ret i1 %r
}
; RUN: pyir run %s --entry t_fptoui_i1
; CHECK: true
define i1 @t_fptoui_i1() {
  %r = fptoui double 1.0 to i1
  ret i1 %r
}
; RUN: pyir run %s --entry t_fptosi_i33_max
; CHECK: 4294967295
define i33 @t_fptosi_i33_max() {
  %r = fptosi double 0x41EFFFFFFFF00000 to i33
  ret i33 %r
}
; RUN: pyir run %s --entry t_fptosi_i33_min
; CHECK: -4294967296
define i33 @t_fptosi_i33_min() {
  %r = fptosi double 0xC1F00000000E6666 to i33
  ret i33 %r
}
; RUN: pyir run %s --entry t_fptoui_i33_max
; CHECK: -1
define i33 @t_fptoui_i33_max() {
  %r = fptoui double 0x41FFFFFFFFF80000 to i33
  ret i33 %r
}
; RUN: pyir run %s --entry t_fptosi_i16_arg 32767.9
; CHECK: 32767
define i16 @t_fptosi_i16_arg(double %x) {
  %r = fptosi double %x to i16
  ret i16 %r
}
; RUN: pyir run %s --entry t_fptosi_i16_arg -32768.9
; CHECK: -32768
; RUN: pyir run %s --entry t_sitofp_i64_max_d
; CHECK: 9.223372036854776e+18
define double @t_sitofp_i64_max_d() {
  %r = sitofp i64 9223372036854775807 to double
  ret double %r
}
; RUN: pyir run %s --entry t_sitofp_i64_min_d
; CHECK: -9.223372036854776e+18
define double @t_sitofp_i64_min_d() {
  %r = sitofp i64 -9223372036854775808 to double
  ret double %r
}
; RUN: pyir run %s --entry t_sitofp_i64_max_f
; CHECK: 9.223372e+18
define float @t_sitofp_i64_max_f() {
  %r = sitofp i64 9223372036854775807 to float
  ret float %r
}
; RUN: pyir run %s --entry t_uitofp_i64_allones_d
; CHECK: 1.8446744073709552e+19
define double @t_uitofp_i64_allones_d() {
  %r = uitofp i64 -1 to double
  ret double %r
}
; RUN: pyir run %s --entry t_uitofp_i64_allones_f
; CHECK: 1.8446744e+19
define float @t_uitofp_i64_allones_f() {
  %r = uitofp i64 -1 to float
  ret float %r
}
; RUN: pyir run %s --entry t_uitofp_i64_2p63_plus1
; CHECK: 9.223372036854776e+18
define double @t_uitofp_i64_2p63_plus1() {
  %r = uitofp i64 -9223372036854775807 to double
  ret double %r
}
; RUN: pyir run %s --entry t_uitofp_i64_round_odd
; CHECK: 9.223372036854778e+18
define double @t_uitofp_i64_round_odd() {
  ; 2^63 + 2^10 + 1: just above the halfway point between 2^63 and 2^63 + 2^11, rounds up
  %r = uitofp i64 -9223372036854774783 to double
  ret double %r
}
; RUN: pyir run %s --entry t_uitofp_i64_tie_down
; CHECK: 9.223372036854776e+18
define double @t_uitofp_i64_tie_down() {
  ; 2^63 + 2^10: exactly halfway between 2^63 and 2^63 + 2^11, ties to even (down to 2^63)
  %r = uitofp i64 -9223372036854774784 to double
  ret double %r
}
; RUN: pyir run %s --entry t_uitofp_i64_tie_up
; CHECK: 9.22337203685478e+18
define double @t_uitofp_i64_tie_up() {
  ; 2^63 + 3*2^10: halfway between 2^63 + 2^11 and 2^63 + 2^12, ties to even (up)
  %r = uitofp i64 -9223372036854772736 to double
  ret double %r
}
; RUN: pyir run %s --entry t_sitofp_i64_tie_f
; CHECK: 1099511600000.0
define float @t_sitofp_i64_tie_f() {
  ; 2^40 + 2^16: halfway between 2^40 and 2^40 + 2^17 in float, ties to even (down)
  %r = sitofp i64 1099511693312 to float
  ret float %r
}
; RUN: pyir run %s --entry t_sitofp_2p53_plus1
; CHECK: 9007199254740992.0
define double @t_sitofp_2p53_plus1() {
  %r = sitofp i64 9007199254740993 to double
  ret double %r
}
; RUN: pyir run %s --entry t_sitofp_2p53_plus3
; CHECK: 9007199254740996.0
define double @t_sitofp_2p53_plus3() {
  %r = sitofp i64 9007199254740995 to double
  ret double %r
}
; RUN: pyir run %s --entry t_sitofp_f_2p24_plus1
; CHECK: 16777216.0
define float @t_sitofp_f_2p24_plus1() {
  %r = sitofp i32 16777217 to float
  ret float %r
}
; RUN: pyir run %s --entry t_sitofp_f_2p24_plus3
; CHECK: 16777220.0
define float @t_sitofp_f_2p24_plus3() {
  %r = sitofp i32 16777219 to float
  ret float %r
}
; RUN: pyir run %s --entry t_sitofp_f_neg
; CHECK: -16777220.0
define float @t_sitofp_f_neg() {
  %r = sitofp i32 -16777219 to float
  ret float %r
}
; RUN: pyir run %s --entry t_uitofp_i32_allones
; CHECK: 4294967300.0
define float @t_uitofp_i32_allones() {
  %r = uitofp i32 -1 to float
  ret float %r
}
; RUN: pyir run %s --entry t_uitofp_i32_allones_d
; CHECK: 4294967295.0
define double @t_uitofp_i32_allones_d() {
  %r = uitofp i32 -1 to double
  ret double %r
}
; RUN: pyir run %s --entry t_uitofp_i8
; CHECK: 255.0
define float @t_uitofp_i8() {
  %r = uitofp i8 -1 to float
  ret float %r
}
; RUN: pyir run %s --entry t_sitofp_i8
; CHECK: -128.0
define float @t_sitofp_i8() {
  %r = sitofp i8 -128 to float
  ret float %r
}
; RUN: pyir run %s --entry t_sitofp_i1
; CHECK: -1.0
define double @t_sitofp_i1() {
  %r = sitofp i1 true to double
  ret double %r
}
; RUN: pyir run %s --entry t_uitofp_i1
; CHECK: 1.0
define double @t_uitofp_i1() {
  %r = uitofp i1 true to double
  ret double %r
}
; RUN: pyir run %s --entry t_sitofp_i33_min
; CHECK: -4294967296.0
define double @t_sitofp_i33_min() {
  %r = sitofp i33 -4294967296 to double
  ret double %r
}
; RUN: pyir run %s --entry t_uitofp_i33_allones
; CHECK: 8589934591.0
define double @t_uitofp_i33_allones() {
  %r = uitofp i33 -1 to double
  ret double %r
}
; RUN: pyir run %s --entry t_sitofp_i7
; CHECK: -64.0
define float @t_sitofp_i7() {
  %r = sitofp i7 -64 to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_tenth
; CHECK: 0.1
define float @t_fptrunc_tenth() {
  %r = fptrunc double 0x3FB999999999999A to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_tie_down
; CHECK: 1.0
define float @t_fptrunc_tie_down() {
  ; 1 + 2^-24 is halfway between 1 and 1 + 2^-23: ties to even gives 1
  %r = fptrunc double 0x3FF0000010000000 to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_tie_up
; CHECK: 1.0000002
define float @t_fptrunc_tie_up() {
  ; 1 + 3*2^-24 is halfway between 1 + 2^-23 and 1 + 2^-22: ties to even gives 1 + 2^-22
  %r = fptrunc double 0x3FF0000030000000 to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_overflow
; CHECK: inf
define float @t_fptrunc_overflow() {
  %r = fptrunc double 0x48078287F49C4A1D to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_neg_overflow
; CHECK: -inf
define float @t_fptrunc_neg_overflow() {
  %r = fptrunc double -1.0e300 to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_underflow
; CHECK: 0.0
define float @t_fptrunc_underflow() {
  %r = fptrunc double 0x366244CE242C5561 to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_denormal
; CHECK: 1e-45
define float @t_fptrunc_denormal() {
  %r = fptrunc double 0x369FF868BF4D956A to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_negzero
; CHECK: -0.0
define float @t_fptrunc_negzero() {
  %r = fptrunc double -0.0 to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_nan
; CHECK: nan
define float @t_fptrunc_nan() {
  %r = fptrunc double 0x7FF8000000000000 to float
  ret float %r
}
; RUN: pyir run %s --entry t_fptrunc_float_max
; CHECK: 3.4028235e+38
define float @t_fptrunc_float_max() {
  %r = fptrunc double 0x47EFFFFFE0000000 to float
  ret float %r
}
; RUN: pyir run %s --entry t_fpext_tenth
; CHECK: 0.10000000149011612
define double @t_fpext_tenth() {
  %r = fpext float 0x3FB99999A0000000 to double
  ret double %r
}
; RUN: pyir run %s --entry t_fpext_max
; CHECK: 3.4028234663852886e+38
define double @t_fpext_max() {
  %r = fpext float 0x47EFFFFFE0000000 to double
  ret double %r
}
; RUN: pyir run %s --entry t_fpext_denormal
; CHECK: 1.401298464324817e-45
define double @t_fpext_denormal() {
  %r = fpext float 0x36A0000000000000 to double
  ret double %r
}
; RUN: pyir run %s --entry t_fpext_neginf
; CHECK: -inf
define double @t_fpext_neginf() {
  %r = fpext float 0xFFF0000000000000 to double
  ret double %r
}
; RUN: pyir run %s --entry t_trunc_i64_i8
; CHECK: -1
define i8 @t_trunc_i64_i8() {
  %r = trunc i64 511 to i8
  ret i8 %r
}
; RUN: pyir run %s --entry t_trunc_i33_i1
; CHECK: true
define i1 @t_trunc_i33_i1() {
  %r = trunc i33 -4294967295 to i1
  ret i1 %r
}
; RUN: pyir run %s --entry t_trunc_i64_i31
; CHECK: -1073741824
define i31 @t_trunc_i64_i31() {
  %r = trunc i64 3221225472 to i31
  ret i31 %r
}
; RUN: pyir run %s --entry t_trunc_i64_i33
; CHECK: -1
define i33 @t_trunc_i64_i33() {
  %r = trunc i64 -1 to i33
  ret i33 %r
}
; RUN: pyir run %s --entry t_trunc_i16_i7
; CHECK: -64
define i7 @t_trunc_i16_i7() {
  %r = trunc i16 192 to i7
  ret i7 %r
}
; RUN: pyir run %s --entry t_zext_i7_i33
; CHECK: 127
define i33 @t_zext_i7_i33() {
  %r = zext i7 -1 to i33
  ret i33 %r
}
; RUN: pyir run %s --entry t_sext_i7_i33
; CHECK: -64
define i33 @t_sext_i7_i33() {
  %r = sext i7 -64 to i33
  ret i33 %r
}
; RUN: pyir run %s --entry t_sext_i1_i64
; CHECK: -1
define i64 @t_sext_i1_i64() {
  %r = sext i1 true to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_zext_i1_i8
; CHECK: 1
define i8 @t_zext_i1_i8() {
  %r = zext i1 true to i8
  ret i8 %r
}
; RUN: pyir run %s --entry t_sext_i31_i64
; CHECK: -1073741824
define i64 @t_sext_i31_i64() {
  %r = sext i31 -1073741824 to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_zext_i33_i64
; CHECK: 8589934591
define i64 @t_zext_i33_i64() {
  %r = zext i33 -1 to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_sext_i33_i63
; CHECK: -4294967296
define i63 @t_sext_i33_i63() {
  %r = sext i33 -4294967296 to i63
  ret i63 %r
}
; RUN: pyir run %s --entry t_zext_i63_i64
; CHECK: 9223372036854775807
define i64 @t_zext_i63_i64() {
  %r = zext i63 -1 to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_sext_i2_i15
; CHECK: -2
define i15 @t_sext_i2_i15() {
  %r = sext i2 -2 to i15
  ret i15 %r
}
; RUN: pyir run %s --entry t_bitcast_negzero_i32
; CHECK: -2147483648
define i32 @t_bitcast_negzero_i32() {
  %r = bitcast float -0.0 to i32
  ret i32 %r
}
; RUN: pyir run %s --entry t_bitcast_i32_inf
; CHECK: inf
define float @t_bitcast_i32_inf() {
  %r = bitcast i32 2139095040 to float
  ret float %r
}
; RUN: pyir run %s --entry t_bitcast_i32_denorm_min
; CHECK: 1e-45
define float @t_bitcast_i32_denorm_min() {
  %r = bitcast i32 1 to float
  ret float %r
}
; RUN: pyir run %s --entry t_bitcast_double_i64
; CHECK: 4607182418800017408
define i64 @t_bitcast_double_i64() {
  %r = bitcast double 1.0 to i64
  ret i64 %r
}
; RUN: pyir run %s --entry t_bitcast_i64_nan
; CHECK: nan
define double @t_bitcast_i64_nan() {
  %r = bitcast i64 -1 to double
  ret double %r
}
; RUN: pyir run %s --entry t_bitcast_i64_double
; CHECK: -1.0
define double @t_bitcast_i64_double() {
  %r = bitcast i64 -4616189618054758400 to double
  ret double %r
}
; RUN: pyir run %s --entry t_bitcast_roundtrip 0.1
; CHECK: 0.10000001
define float @t_bitcast_roundtrip(float %x) {
  %i = bitcast float %x to i32
  %j = add i32 %i, 1
  %r = bitcast i32 %j to float
  ret float %r
}
