; Masks <N x i1> in every place they cross a boundary in the JIT, where registers hold one byte per
; lane but memory (and LLVM's value layout) packs one bit per lane: arguments and results, constant
; masks, loads and stores of 1, 2, 3 and 4 bytes, bitcasts to and from integers, logic, shuffles,
; and variable-index element access (out-of-range indices are poison in LLVM: not tested here).
; Expected values from lli-16.

@m4 = global <4 x i1> <i1 true, i1 false, i1 true, i1 true>
@m12 = global <12 x i1> <i1 true, i1 false, i1 false, i1 true, i1 true, i1 false, i1 true, i1 false, i1 false, i1 false, i1 true, i1 true>
@m20 = global <20 x i1> zeroinitializer
@m32 = global <32 x i1> zeroinitializer

; RUN: pyir run %s --entry t_count "<i1 true, i1 false, i1 true, i1 true, i1 false, i1 false, i1 true, i1 true>"
; CHECK: 5
define i32 @t_count(<8 x i1> %m) {
  %z = zext <8 x i1> %m to <8 x i32>
  %s = call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %z)
  ret i32 %s
}

; RUN: pyir run %s --entry t_not "<i1 true, i1 false, i1 true, i1 true>"
; CHECK: <i1 false, i1 true, i1 false, i1 false>
define <4 x i1> @t_not(<4 x i1> %m) {
  %r = xor <4 x i1> %m, <i1 true, i1 true, i1 true, i1 true>
  ret <4 x i1> %r
}

; RUN: pyir run %s --entry t_cmp 5
; CHECK: <i1 true, i1 false, i1 true, i1 false, i1 true, i1 false, i1 true, i1 true>
define <8 x i1> @t_cmp(i32 %x) {
  %v = insertelement <8 x i32> poison, i32 %x, i32 0
  %s = shufflevector <8 x i32> %v, <8 x i32> poison, <8 x i32> zeroinitializer
  %r = icmp sgt <8 x i32> %s, <i32 1, i32 9, i32 -3, i32 5, i32 4, i32 100, i32 0, i32 -7>
  ret <8 x i1> %r
}

; RUN: pyir run %s --entry t_select_constant 10
; CHECK: 31
define i32 @t_select_constant(i32 %x) {
  %v = insertelement <4 x i32> zeroinitializer, i32 %x, i32 0
  %w = shufflevector <4 x i32> %v, <4 x i32> poison, <4 x i32> zeroinitializer
  %s = select <4 x i1> <i1 true, i1 false, i1 true, i1 true>, <4 x i32> %w, <4 x i32> <i32 1, i32 1, i32 1, i32 1>
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %s)
  ret i32 %r
}

; RUN: pyir run %s --entry t_load4
; CHECK: -3
define i4 @t_load4() {
  %m = load <4 x i1>, ptr @m4
  %b = bitcast <4 x i1> %m to i4
  ret i4 %b
}

; RUN: pyir run %s --entry t_load12
; CHECK: -935
define i12 @t_load12() {
  %m = load <12 x i1>, ptr @m12
  %b = bitcast <12 x i1> %m to i12
  ret i12 %b
}

; RUN: pyir run %s --entry t_store20 699050
; CHECK: 699050
define i32 @t_store20(i32 %bits) {
  %t = trunc i32 %bits to i20
  %m = bitcast i20 %t to <20 x i1>
  store <20 x i1> %m, ptr @m20
  %l = load <20 x i1>, ptr @m20
  %b = bitcast <20 x i1> %l to i20
  %z = zext i20 %b to i32
  ret i32 %z
}

; RUN: pyir run %s --entry t_store32 -1412567295
; CHECK: -1412567295
define i32 @t_store32(i32 %bits) {
  %m = bitcast i32 %bits to <32 x i1>
  %n = xor <32 x i1> %m, zeroinitializer
  store <32 x i1> %n, ptr @m32
  %l = load <32 x i1>, ptr @m32
  %b = bitcast <32 x i1> %l to i32
  ret i32 %b
}

; RUN: pyir run %s --entry t_bytes_equal 7
; CHECK: 16843009
define i32 @t_bytes_equal(i8 %x) {
  %v = insertelement <32 x i8> poison, i8 %x, i32 0
  %s = shufflevector <32 x i8> %v, <32 x i8> poison, <32 x i32> zeroinitializer
  %k = shufflevector <32 x i8> <i8 7, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 0, i8 7, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 0, i8 7, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 0, i8 7, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 0>, <32 x i8> poison, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %c = icmp eq <32 x i8> %s, %k
  %b = bitcast <32 x i1> %c to i32
  ret i32 %b
}

; RUN: pyir run %s --entry t_lane 45 3
; CHECK: true
define i1 @t_lane(i16 %bits, i32 %i) {
  %m = bitcast i16 %bits to <16 x i1>
  %e = extractelement <16 x i1> %m, i32 %i
  ret i1 %e
}

; RUN: pyir run %s --entry t_set_lane 9
; CHECK: 521
define i16 @t_set_lane(i32 %i) {
  %m = insertelement <16 x i1> <i1 true, i1 false, i1 false, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, i1 true, i32 %i
  %b = bitcast <16 x i1> %m to i16
  ret i16 %b
}

; RUN: pyir run %s --entry t_mask_logic "<i1 true, i1 true, i1 false, i1 false>" "<i1 true, i1 false, i1 true, i1 false>"
; CHECK: { <4 x i1> <i1 true, i1 false, i1 false, i1 false>, <4 x i1> <i1 true, i1 true, i1 true, i1 false> }
define { <4 x i1>, <4 x i1> } @t_mask_logic(<4 x i1> %a, <4 x i1> %b) {
  %and = and <4 x i1> %a, %b
  %or = or <4 x i1> %a, %b
  %r0 = insertvalue { <4 x i1>, <4 x i1> } poison, <4 x i1> %and, 0
  %r1 = insertvalue { <4 x i1>, <4 x i1> } %r0, <4 x i1> %or, 1
  ret { <4 x i1>, <4 x i1> } %r1
}

; RUN: pyir run %s --entry t_mask_shuffle "<i1 true, i1 false, i1 false, i1 true>"
; CHECK: <i1 true, i1 false, i1 false, i1 true, i1 true, i1 true>
define <6 x i1> @t_mask_shuffle(<4 x i1> %a) {
  %r = shufflevector <4 x i1> %a, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <6 x i32> <i32 3, i32 2, i32 1, i32 0, i32 4, i32 7>
  ret <6 x i1> %r
}

; RUN: pyir run %s --entry t_float_lane 2
; CHECK: 3.5
define float @t_float_lane(i64 %i) {
  %v = insertelement <8 x float> <float 1.0, float 2.0, float 0.0, float 4.0, float 5.0, float 6.0, float 7.0, float 8.0>, float 3.5, i64 %i
  %s = shufflevector <8 x float> %v, <8 x float> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %j = sub i64 7, %i
  %e = extractelement <8 x float> %s, i64 %j
  ret float %e
}

; RUN: pyir run %s --entry t_i64_lane 1
; CHECK: -9
define i64 @t_i64_lane(i8 %i) {
  %e = extractelement <8 x i64> <i64 1, i64 -9, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8>, i8 %i
  ret i64 %e
}

declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
