; Integer lane casts between widths in one register each (the JIT's byte-shuffle truncation and
; vpmovzx/vpmovsx extensions), including a 256-bit source truncated to 128 bits.
; Expected values from lli-16.

; RUN: pyir run %s --entry t_trunc_v8i32_v8i8
; CHECK: <i8 1, i8 -1, i8 0, i8 -128, i8 127, i8 -2, i8 44, i8 -56>
define <8 x i8> @t_trunc_v8i32_v8i8() {
  %r = trunc <8 x i32> <i32 257, i32 -1, i32 65536, i32 128, i32 -129, i32 254, i32 300, i32 200> to <8 x i8>
  ret <8 x i8> %r
}

; RUN: pyir run %s --entry t_trunc_v16i16_v16i8
; CHECK: <i8 0, i8 1, i8 -1, i8 -128, i8 127, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 -12>
define <16 x i8> @t_trunc_v16i16_v16i8() {
  %r = trunc <16 x i16> <i16 256, i16 257, i16 -1, i16 128, i16 -129, i16 514, i16 3, i16 4, i16 5, i16 6, i16 7, i16 8, i16 9, i16 10, i16 11, i16 -12> to <16 x i8>
  ret <16 x i8> %r
}

; RUN: pyir run %s --entry t_trunc_v4i64_v4i16
; CHECK: <i16 -1, i16 0, i16 22136, i16 -32768>
define <4 x i16> @t_trunc_v4i64_v4i16() {
  %r = trunc <4 x i64> <i64 -1, i64 4294967296, i64 305419896, i64 32768> to <4 x i16>
  ret <4 x i16> %r
}

; RUN: pyir run %s --entry t_trunc_v4i32_v4i1
; CHECK: <i1 true, i1 false, i1 true, i1 false>
define <4 x i1> @t_trunc_v4i32_v4i1() {
  %r = trunc <4 x i32> <i32 3, i32 2, i32 -1, i32 0> to <4 x i1>
  ret <4 x i1> %r
}

; RUN: pyir run %s --entry t_sext_v8i8_v8i32 -3
; CHECK: <i32 -3, i32 -3, i32 -3, i32 -3, i32 -3, i32 -3, i32 -3, i32 127>
define <8 x i32> @t_sext_v8i8_v8i32(i8 %x) {
  %v = insertelement <8 x i8> poison, i8 %x, i32 0
  %s = shufflevector <8 x i8> %v, <8 x i8> poison, <8 x i32> zeroinitializer
  %t = insertelement <8 x i8> %s, i8 127, i32 7
  %r = sext <8 x i8> %t to <8 x i32>
  ret <8 x i32> %r
}

; RUN: pyir run %s --entry t_zext_v16i8_v16i16
; CHECK: <i16 255, i16 128, i16 0, i16 1, i16 2, i16 3, i16 4, i16 5, i16 6, i16 7, i16 8, i16 9, i16 10, i16 11, i16 12, i16 254>
define <16 x i16> @t_zext_v16i8_v16i16() {
  %r = zext <16 x i8> <i8 -1, i8 -128, i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 -2> to <16 x i16>
  ret <16 x i16> %r
}

; RUN: pyir run %s --entry t_sext_v4i16_v4i64
; CHECK: <i64 -1, i64 32767, i64 -32768, i64 0>
define <4 x i64> @t_sext_v4i16_v4i64() {
  %r = sext <4 x i16> <i16 -1, i16 32767, i16 -32768, i16 0> to <4 x i64>
  ret <4 x i64> %r
}

; RUN: pyir run %s --entry t_zext_v2i32_v2i64
; CHECK: <i64 4294967295, i64 2147483648>
define <2 x i64> @t_zext_v2i32_v2i64() {
  %r = zext <2 x i32> <i32 -1, i32 -2147483648> to <2 x i64>
  ret <2 x i64> %r
}
