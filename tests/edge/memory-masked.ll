; Masked memory intrinsics: llvm.masked.load/store (one address, lane i at i x lane size) and
; llvm.masked.gather/scatter (a vector of addresses). Only lanes whose mask bit is set touch memory;
; masked-off lanes of a load take the pass-through value. Covers the JIT's vpmaskmov forms (32/64-bit
; lanes in xmm and ymm, zero and non-zero pass-through, masks from compares and constants) and its
; lane-by-lane form (8/16-bit lanes, vectors over 256 bits, half, gathers and scatters), and masked-off
; lanes past the end of an object (the interpreter must not report them).
; Expected values from lli-16, reviewed by hand.

@a32 = global [12 x i32] [i32 1, i32 -2, i32 3, i32 -4, i32 5, i32 -6, i32 7, i32 -8, i32 9, i32 -10, i32 11, i32 -12]
@a64 = global [6 x i64] [i64 10, i64 -20, i64 30, i64 -40, i64 50, i64 -60]
@ad = global [6 x double] [double 1.5, double -2.5, double 3.5, double -4.5, double 5.5, double -6.5]
@af = global [4 x float] [float 0.5, float -1.0, float 2.5, float -3.0]
@a8 = global [20 x i8] c"\01\FE\03\FC\05\FA\07\F8\09\F6\0B\F4\0D\F2\0F\F0\11\EE\13\EC"
@a16 = global [10 x i16] [i16 100, i16 -200, i16 300, i16 -400, i16 500, i16 -600, i16 700, i16 -800, i16 900, i16 -1000]
@ah = global [4 x half] [half 0xH3C00, half 0xHC000, half 0xH4200, half 0xHC400]
@a32x16 = global [16 x i32] [i32 1, i32 -2, i32 3, i32 -4, i32 5, i32 -6, i32 7, i32 -8, i32 9, i32 -10, i32 11, i32 -12, i32 13, i32 -14, i32 15, i32 -16]
@tail = global [3 x i32] [i32 7, i32 8, i32 9]

declare <8 x i32> @llvm.masked.load.v8i32.p0(ptr, i32, <8 x i1>, <8 x i32>)
declare <4 x i32> @llvm.masked.load.v4i32.p0(ptr, i32, <4 x i1>, <4 x i32>)
declare <4 x i64> @llvm.masked.load.v4i64.p0(ptr, i32, <4 x i1>, <4 x i64>)
declare <2 x i64> @llvm.masked.load.v2i64.p0(ptr, i32, <2 x i1>, <2 x i64>)
declare <4 x double> @llvm.masked.load.v4f64.p0(ptr, i32, <4 x i1>, <4 x double>)
declare <4 x float> @llvm.masked.load.v4f32.p0(ptr, i32, <4 x i1>, <4 x float>)
declare <16 x i8> @llvm.masked.load.v16i8.p0(ptr, i32, <16 x i1>, <16 x i8>)
declare <8 x i16> @llvm.masked.load.v8i16.p0(ptr, i32, <8 x i1>, <8 x i16>)
declare <16 x i32> @llvm.masked.load.v16i32.p0(ptr, i32, <16 x i1>, <16 x i32>)
declare <4 x half> @llvm.masked.load.v4f16.p0(ptr, i32, <4 x i1>, <4 x half>)
declare void @llvm.masked.store.v8i32.p0(<8 x i32>, ptr, i32, <8 x i1>)
declare void @llvm.masked.store.v4i64.p0(<4 x i64>, ptr, i32, <4 x i1>)
declare void @llvm.masked.store.v2f64.p0(<2 x double>, ptr, i32, <2 x i1>)
declare void @llvm.masked.store.v16i8.p0(<16 x i8>, ptr, i32, <16 x i1>)
declare void @llvm.masked.store.v16i32.p0(<16 x i32>, ptr, i32, <16 x i1>)
declare <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr>, i32, <4 x i1>, <4 x i32>)
declare <4 x double> @llvm.masked.gather.v4f64.v4p0(<4 x ptr>, i32, <4 x i1>, <4 x double>)
declare void @llvm.masked.scatter.v4i64.v4p0(<4 x i64>, <4 x ptr>, i32, <4 x i1>)

; RUN: pyir run %s --entry t_load_v8i32_zero
; CHECK: <i32 5, i32 0, i32 7, i32 0, i32 9, i32 0, i32 11, i32 0>
define <8 x i32> @t_load_v8i32_zero() {
  %v = load <8 x i32>, ptr @a32
  %m = icmp sgt <8 x i32> %v, zeroinitializer
  %p = getelementptr i32, ptr @a32, i64 4
  %l = call <8 x i32> @llvm.masked.load.v8i32.p0(ptr %p, i32 4, <8 x i1> %m, <8 x i32> zeroinitializer)
  ret <8 x i32> %l
}

; RUN: pyir run %s --entry t_load_v8i32_passthru
; CHECK: <i32 100, i32 -2, i32 102, i32 -4, i32 104, i32 -6, i32 106, i32 -8>
define <8 x i32> @t_load_v8i32_passthru() {
  %v = load <8 x i32>, ptr @a32
  %m = icmp slt <8 x i32> %v, zeroinitializer
  %l = call <8 x i32> @llvm.masked.load.v8i32.p0(ptr @a32, i32 4, <8 x i1> %m, <8 x i32> <i32 100, i32 101, i32 102, i32 103, i32 104, i32 105, i32 106, i32 107>)
  ret <8 x i32> %l
}

; RUN: pyir run %s --entry t_load_v4i32_arg "<i1 true, i1 false, i1 false, i1 true>"
; CHECK: <i32 3, i32 -1, i32 -1, i32 -6>
define <4 x i32> @t_load_v4i32_arg(<4 x i1> %m) {
  %p = getelementptr i32, ptr @a32, i64 2
  %l = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %p, i32 4, <4 x i1> %m, <4 x i32> <i32 -1, i32 -1, i32 -1, i32 -1>)
  ret <4 x i32> %l
}

; RUN: pyir run %s --entry t_load_v4i64
; CHECK: <i64 1, i64 30, i64 -40, i64 4>
define <4 x i64> @t_load_v4i64() {
  %p = getelementptr i64, ptr @a64, i64 1
  %l = call <4 x i64> @llvm.masked.load.v4i64.p0(ptr %p, i32 8, <4 x i1> <i1 false, i1 true, i1 true, i1 false>, <4 x i64> <i64 1, i64 2, i64 3, i64 4>)
  ret <4 x i64> %l
}

; RUN: pyir run %s --entry t_load_v2i64_none
; CHECK: <i64 5, i64 6>
define <2 x i64> @t_load_v2i64_none() {
  %l = call <2 x i64> @llvm.masked.load.v2i64.p0(ptr null, i32 8, <2 x i1> zeroinitializer, <2 x i64> <i64 5, i64 6>)
  ret <2 x i64> %l
}

; RUN: pyir run %s --entry t_load_v4f64
; CHECK: <double 1.5, double 9.0, double 3.5, double 9.0>
define <4 x double> @t_load_v4f64() {
  %v = load <4 x double>, ptr @ad
  %m = fcmp ogt <4 x double> %v, zeroinitializer
  %l = call <4 x double> @llvm.masked.load.v4f64.p0(ptr @ad, i32 8, <4 x i1> %m, <4 x double> <double 9.0, double 9.0, double 9.0, double 9.0>)
  ret <4 x double> %l
}

; RUN: pyir run %s --entry t_load_v4f32_undef_passthru
; CHECK: -2.5
define float @t_load_v4f32_undef_passthru() {
  %l = call <4 x float> @llvm.masked.load.v4f32.p0(ptr @af, i32 4, <4 x i1> <i1 true, i1 true, i1 false, i1 true>, <4 x float> undef)
  %x = extractelement <4 x float> %l, i32 0
  %y = extractelement <4 x float> %l, i32 3
  %r = fadd float %x, %y
  ret float %r
}

; RUN: pyir run %s --entry t_load_v16i8
; CHECK: <i8 5, i8 1, i8 7, i8 3, i8 9, i8 5, i8 11, i8 7, i8 13, i8 9, i8 15, i8 11, i8 17, i8 13, i8 19, i8 15>
define <16 x i8> @t_load_v16i8() {
  %v = load <16 x i8>, ptr @a8
  %m = icmp sgt <16 x i8> %v, zeroinitializer
  %p = getelementptr i8, ptr @a8, i64 4
  %l = call <16 x i8> @llvm.masked.load.v16i8.p0(ptr %p, i32 1, <16 x i1> %m, <16 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15>)
  ret <16 x i8> %l
}

; RUN: pyir run %s --entry t_load_v8i16
; CHECK: <i16 0, i16 -400, i16 0, i16 -600, i16 0, i16 -800, i16 0, i16 -1000>
define <8 x i16> @t_load_v8i16() {
  %v = load <8 x i16>, ptr @a16
  %m = icmp slt <8 x i16> %v, zeroinitializer
  %p = getelementptr i16, ptr @a16, i64 2
  %l = call <8 x i16> @llvm.masked.load.v8i16.p0(ptr %p, i32 2, <8 x i1> %m, <8 x i16> zeroinitializer)
  ret <8 x i16> %l
}

; RUN: pyir run %s --entry t_load_v16i32
; CHECK: <i32 -7, i32 -2, i32 3, i32 -4, i32 -7, i32 -6, i32 7, i32 -8, i32 -7, i32 -10, i32 11, i32 -12, i32 -7, i32 -14, i32 15, i32 -16>
define <16 x i32> @t_load_v16i32() {
  %v = load <16 x i32>, ptr @a32x16, align 4
  %m = icmp ne <16 x i32> %v, <i32 1, i32 1, i32 1, i32 1, i32 5, i32 5, i32 5, i32 5, i32 9, i32 9, i32 9, i32 9, i32 13, i32 13, i32 13, i32 13>
  %l = call <16 x i32> @llvm.masked.load.v16i32.p0(ptr @a32x16, i32 4, <16 x i1> %m, <16 x i32> <i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7>)
  ret <16 x i32> %l
}

; RUN: pyir run %s --entry t_load_v4f16
; CHECK: <half 0.0, half -2.0, half 3.0, half inf>
define <4 x half> @t_load_v4f16() {
  %l = call <4 x half> @llvm.masked.load.v4f16.p0(ptr @ah, i32 2, <4 x i1> <i1 false, i1 true, i1 true, i1 false>, <4 x half> <half 0xH0000, half 0xH0000, half 0xH0000, half 0xH7C00>)
  ret <4 x half> %l
}

; The last five lanes lie past the end of @tail: they are masked off, so nothing faults.
; RUN: pyir run %s --entry t_load_past_end
; CHECK: <i32 7, i32 8, i32 9, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1>
define <8 x i32> @t_load_past_end() {
  %l = call <8 x i32> @llvm.masked.load.v8i32.p0(ptr @tail, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x i32> <i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1>)
  ret <8 x i32> %l
}

; RUN: pyir run %s --entry t_store_past_end
; CHECK: 10220
define i32 @t_store_past_end() {
  %buf = alloca [3 x i32]
  store [3 x i32] [i32 1, i32 2, i32 3], ptr %buf
  %q = getelementptr i32, ptr %buf, i64 1
  call void @llvm.masked.store.v8i32.p0(<8 x i32> <i32 10, i32 20, i32 30, i32 40, i32 50, i32 60, i32 70, i32 80>, ptr %q, i32 4, <8 x i1> <i1 false, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %a = load i32, ptr %buf
  %b = getelementptr i32, ptr %buf, i64 1
  %bv = load i32, ptr %b
  %c = getelementptr i32, ptr %buf, i64 2
  %cv = load i32, ptr %c
  %s1 = mul i32 %a, 10000
  %s2 = mul i32 %bv, 100
  %s3 = add i32 %s1, %s2
  %s = add i32 %s3, %cv
  ret i32 %s
}

; RUN: pyir run %s --entry t_store_v8i32
; CHECK: -13532
define i64 @t_store_v8i32() {
  %buf = alloca [8 x i32], align 32
  store <8 x i32> <i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8>, ptr %buf
  %v = load <8 x i32>, ptr @a32
  %m = icmp slt <8 x i32> %v, zeroinitializer
  call void @llvm.masked.store.v8i32.p0(<8 x i32> %v, ptr %buf, i32 4, <8 x i1> %m)
  %r = load <8 x i32>, ptr %buf
  %w = mul <8 x i32> %r, <i32 1, i32 3, i32 9, i32 27, i32 81, i32 243, i32 729, i32 2187>
  %s = call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %w)
  %x = sext i32 %s to i64
  ret i64 %x
}

; RUN: pyir run %s --entry t_store_v4i64
; CHECK: <i64 100, i64 -2, i64 300, i64 -4>
define <4 x i64> @t_store_v4i64() {
  %buf = alloca <4 x i64>
  store <4 x i64> <i64 -1, i64 -2, i64 -3, i64 -4>, ptr %buf
  %m = icmp sgt <4 x i64> <i64 5, i64 0, i64 7, i64 0>, zeroinitializer
  call void @llvm.masked.store.v4i64.p0(<4 x i64> <i64 100, i64 200, i64 300, i64 400>, ptr %buf, i32 8, <4 x i1> %m)
  %r = load <4 x i64>, ptr %buf
  ret <4 x i64> %r
}

; RUN: pyir run %s --entry t_store_v2f64
; CHECK: <double 1.0, double inf>
define <2 x double> @t_store_v2f64() {
  %buf = alloca <2 x double>
  store <2 x double> <double 1.0, double 2.0>, ptr %buf
  call void @llvm.masked.store.v2f64.p0(<2 x double> <double -0.0, double 0x7FF0000000000000>, ptr %buf, i32 8, <2 x i1> <i1 false, i1 true>)
  %r = load <2 x double>, ptr %buf
  ret <2 x double> %r
}

; RUN: pyir run %s --entry t_store_v16i8
; CHECK: <i8 0, i8 0, i8 0, i8 0, i8 5, i8 0, i8 7, i8 0, i8 9, i8 0, i8 11, i8 0, i8 13, i8 0, i8 15, i8 0>
define <16 x i8> @t_store_v16i8() {
  %buf = alloca <16 x i8>
  store <16 x i8> zeroinitializer, ptr %buf
  %v = load <16 x i8>, ptr @a8
  %m = icmp sgt <16 x i8> %v, <i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4, i8 4>
  call void @llvm.masked.store.v16i8.p0(<16 x i8> %v, ptr %buf, i32 1, <16 x i1> %m)
  %r = load <16 x i8>, ptr %buf
  ret <16 x i8> %r
}

; RUN: pyir run %s --entry t_store_v16i32
; CHECK: <i32 0, i32 0, i32 3, i32 0, i32 5, i32 0, i32 7, i32 0, i32 9, i32 0, i32 11, i32 0, i32 13, i32 0, i32 15, i32 0>
define <16 x i32> @t_store_v16i32() {
  %buf = alloca <16 x i32>, align 4
  store <16 x i32> zeroinitializer, ptr %buf, align 4
  %v = load <16 x i32>, ptr @a32x16, align 4
  %m = icmp sgt <16 x i32> %v, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  call void @llvm.masked.store.v16i32.p0(<16 x i32> %v, ptr %buf, i32 4, <16 x i1> %m)
  %r = load <16 x i32>, ptr %buf, align 4
  ret <16 x i32> %r
}

; RUN: pyir run %s --entry t_gather_v4i32
; CHECK: <i32 -12, i32 1, i32 42, i32 -4>
define <4 x i32> @t_gather_v4i32() {
  %ps = getelementptr i32, ptr @a32, <4 x i64> <i64 11, i64 0, i64 5, i64 3>
  %l = call <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr> %ps, i32 4, <4 x i1> <i1 true, i1 true, i1 false, i1 true>, <4 x i32> <i32 42, i32 42, i32 42, i32 42>)
  ret <4 x i32> %l
}

; A masked-off lane holds a null pointer: it is not read.
; RUN: pyir run %s --entry t_gather_v4f64_null
; CHECK: <double -6.5, double 0.0, double 3.5, double 1.5>
define <4 x double> @t_gather_v4f64_null() {
  %p2 = getelementptr double, ptr @ad, i64 2
  %p5 = getelementptr double, ptr @ad, i64 5
  %v0 = insertelement <4 x ptr> undef, ptr %p5, i32 0
  %v1 = insertelement <4 x ptr> %v0, ptr null, i32 1
  %v2 = insertelement <4 x ptr> %v1, ptr %p2, i32 2
  %v3 = insertelement <4 x ptr> %v2, ptr @ad, i32 3
  %l = call <4 x double> @llvm.masked.gather.v4f64.v4p0(<4 x ptr> %v3, i32 8, <4 x i1> <i1 true, i1 false, i1 true, i1 true>, <4 x double> zeroinitializer)
  ret <4 x double> %l
}

; RUN: pyir run %s --entry t_scatter_v4i64
; CHECK: <i64 44, i64 22, i64 0, i64 0, i64 0, i64 11>
define <6 x i64> @t_scatter_v4i64() {
  %buf = alloca <6 x i64>
  store <6 x i64> zeroinitializer, ptr %buf
  %ps = getelementptr i64, ptr %buf, <4 x i64> <i64 5, i64 1, i64 3, i64 0>
  call void @llvm.masked.scatter.v4i64.v4p0(<4 x i64> <i64 11, i64 22, i64 33, i64 44>, <4 x ptr> %ps, i32 8, <4 x i1> <i1 true, i1 true, i1 false, i1 true>)
  %r = load <6 x i64>, ptr %buf
  ret <6 x i64> %r
}

declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>)
