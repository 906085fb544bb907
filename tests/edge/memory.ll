; Memory: alloca'd arrays, GEPs with negative and variable indices, loads/stores of odd-width
; integers (i1, i24, i48) and their byte-level layout seen through an i8 view, little-endian
; reinterpretation of stored values, struct layout padding, memcpy/memset intrinsics.
; Expected values from lli-16, reviewed by hand.

; Fill an alloca'd array and read it back with a negative GEP index from its end.
; RUN: pyir run %s --entry t_alloca_array 3
; CHECK: 36
define i32 @t_alloca_array(i64 %k) {
entry:
  %a = alloca [10 x i32]
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %p = getelementptr inbounds [10 x i32], ptr %a, i64 0, i64 %i
  %i32 = trunc i64 %i to i32
  %sq = mul i32 %i32, %i32
  store i32 %sq, ptr %p
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 10
  br i1 %c, label %loop, label %exit
exit:
  %end = getelementptr inbounds [10 x i32], ptr %a, i64 0, i64 9
  %negk = sub i64 0, %k
  %q = getelementptr inbounds i32, ptr %end, i64 %negk
  %v = load i32, ptr %q
  ret i32 %v
}

; Constant negative index.
; RUN: pyir run %s --entry t_negative_const
; CHECK: 222
define i64 @t_negative_const() {
  %a = alloca [4 x i64]
  %p0 = getelementptr inbounds [4 x i64], ptr %a, i64 0, i64 0
  %p3 = getelementptr inbounds [4 x i64], ptr %a, i64 0, i64 3
  store i64 111, ptr %p0
  store i64 333, ptr %p3
  %back = getelementptr inbounds i64, ptr %p3, i64 -3
  %v = load i64, ptr %back
  %back2 = getelementptr inbounds [4 x i64], ptr %p3, i64 0, i64 -3
  %w = load i64, ptr %back2
  %r = add i64 %v, %w
  ret i64 %r
}

; i24 store: exactly 3 bytes written (store size), the 4th byte untouched.
; RUN: pyir run %s --entry t_i24_bytes
; CHECK: -1426063362
define i32 @t_i24_bytes() {
  %buf = alloca [8 x i8]
  call void @llvm.memset.p0.i64(ptr %buf, i8 -86, i64 8, i1 false)
  store i24 -2, ptr %buf
  %v = load i32, ptr %buf
  ret i32 %v
}

; RUN: pyir run %s --entry t_i24_roundtrip
; CHECK: -8388608
define i24 @t_i24_roundtrip() {
  %p = alloca i24
  store i24 -8388608, ptr %p
  %v = load i24, ptr %p
  ret i24 %v
}

; i48 store writes 6 bytes; read them back individually.
; RUN: pyir run %s --entry t_i48_bytes
; CHECK: <i8 -68, i8 -102, i8 120, i8 86, i8 52, i8 18, i8 -1, i8 -1>
define <8 x i8> @t_i48_bytes() {
  %buf = alloca <8 x i8>
  store <8 x i8> <i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1>, ptr %buf
  store i48 20015998343868, ptr %buf
  %v = load <8 x i8>, ptr %buf
  ret <8 x i8> %v
}

; RUN: pyir run %s --entry t_i48_from_bytes
; CHECK: -140715946212863
define i48 @t_i48_from_bytes() {
  %buf = alloca [6 x i8]
  %p0 = getelementptr inbounds [6 x i8], ptr %buf, i64 0, i64 0
  store i8 1, ptr %p0
  %p1 = getelementptr inbounds [6 x i8], ptr %buf, i64 0, i64 1
  store i8 2, ptr %p1
  %p2 = getelementptr inbounds [6 x i8], ptr %buf, i64 0, i64 2
  store i8 3, ptr %p2
  %p3 = getelementptr inbounds [6 x i8], ptr %buf, i64 0, i64 3
  store i8 4, ptr %p3
  %p4 = getelementptr inbounds [6 x i8], ptr %buf, i64 0, i64 4
  store i8 5, ptr %p4
  %p5 = getelementptr inbounds [6 x i8], ptr %buf, i64 0, i64 5
  store i8 -128, ptr %p5
  %v = load i48, ptr %buf
  ret i48 %v
}

; RUN: pyir run %s --entry t_i1_roundtrip
; CHECK: true
define i1 @t_i1_roundtrip() {
  %p = alloca i1
  store i1 true, ptr %p
  %v = load i1, ptr %p
  ret i1 %v
}

; Little-endian: the low byte of an i32 is at the lowest address.
; RUN: pyir run %s --entry t_endian
; CHECK: 86
define i8 @t_endian() {
  %p = alloca i32
  store i32 305419896, ptr %p
  %q = getelementptr inbounds i8, ptr %p, i64 1
  %v = load i8, ptr %q
  ret i8 %v
}

; Store a double, read its high 32 bits.
; RUN: pyir run %s --entry t_double_high_word
; CHECK: -1073741824
define i32 @t_double_high_word() {
  %p = alloca double
  store double -2.0, ptr %p
  %q = getelementptr inbounds i32, ptr %p, i64 1
  %v = load i32, ptr %q
  ret i32 %v
}

; Struct layout: { i8, i32, i8, i64 } has fields at 0, 4, 8, 16.
; RUN: pyir run %s --entry t_struct_layout
; CHECK: 4
define i64 @t_struct_layout() {
  %s = alloca { i8, i32, i8, i64 }
  call void @llvm.memset.p0.i64(ptr %s, i8 0, i64 24, i1 false)
  %f1 = getelementptr inbounds { i8, i32, i8, i64 }, ptr %s, i32 0, i32 1
  store i32 -1, ptr %f1
  %f3 = getelementptr inbounds { i8, i32, i8, i64 }, ptr %s, i32 0, i32 3
  store i64 5, ptr %f3
  %b4 = getelementptr inbounds i8, ptr %s, i64 4
  %w = load i32, ptr %b4
  %b16 = getelementptr inbounds i8, ptr %s, i64 16
  %x = load i64, ptr %b16
  %w64 = sext i32 %w to i64
  %r = add i64 %w64, %x
  ret i64 %r
}

; Packed struct: { i8, i32 } packed has its i32 at byte 1.
; RUN: pyir run %s --entry t_packed_layout
; CHECK: -559038737
define i32 @t_packed_layout() {
  %s = alloca <{ i8, i32 }>
  %f1 = getelementptr inbounds <{ i8, i32 }>, ptr %s, i32 0, i32 1
  store i32 -559038737, ptr %f1
  %b1 = getelementptr inbounds i8, ptr %s, i64 1
  %v = load i32, ptr %b1
  ret i32 %v
}

; GEP over a struct array with a variable index and a vector-typed element.
; RUN: pyir run %s --entry t_vector_in_memory 2
; CHECK: 21.0
define float @t_vector_in_memory(i64 %i) {
  %a = alloca [2 x <4 x float>]
  store <4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>, ptr %a
  %p1 = getelementptr inbounds [2 x <4 x float>], ptr %a, i64 0, i64 1
  store <4 x float> <float 5.0, float 6.0, float 7.0, float 8.0>, ptr %p1
  %e = getelementptr inbounds float, ptr %a, i64 %i
  %e4 = getelementptr inbounds float, ptr %e, i64 4
  %x = load float, ptr %e
  %y = load float, ptr %e4
  %r = fmul float %x, %y
  ret float %r
}

; memcpy with overlap-free ranges, then memmove with overlap.
; RUN: pyir run %s --entry t_memcpy_memmove
; CHECK: <i8 1, i8 2, i8 1, i8 2, i8 3, i8 4, i8 5, i8 8>
define <8 x i8> @t_memcpy_memmove() {
  %src = alloca <8 x i8>
  %dst = alloca <8 x i8>
  store <8 x i8> <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8>, ptr %src
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %src, i64 8, i1 false)
  %d2 = getelementptr inbounds i8, ptr %dst, i64 2
  call void @llvm.memmove.p0.p0.i64(ptr %d2, ptr %dst, i64 5, i1 false)
  %v = load <8 x i8>, ptr %dst
  ret <8 x i8> %v
}

; Pointer difference through ptrtoint.
; RUN: pyir run %s --entry t_ptrdiff
; CHECK: -40
define i64 @t_ptrdiff() {
  %a = alloca [10 x i64]
  %p = getelementptr inbounds [10 x i64], ptr %a, i64 0, i64 7
  %q = getelementptr inbounds [10 x i64], ptr %a, i64 0, i64 2
  %pi = ptrtoint ptr %p to i64
  %qi = ptrtoint ptr %q to i64
  %d = sub i64 %qi, %pi
  ret i64 %d
}

; Aggregate load and store.
; RUN: pyir run %s --entry t_aggregate_mem
; CHECK: { i16 -2, [2 x i8] [i8 3, i8 9] }
define { i16, [2 x i8] } @t_aggregate_mem() {
  %p = alloca { i16, [2 x i8] }
  store { i16, [2 x i8] } { i16 -2, [2 x i8] [i8 3, i8 4] }, ptr %p
  %b = getelementptr inbounds i8, ptr %p, i64 3
  store i8 9, ptr %b
  %v = load { i16, [2 x i8] }, ptr %p
  ret { i16, [2 x i8] } %v
}

; A loop writing through a pointer that walks backwards.
; RUN: pyir run %s --entry t_backward_walk
; CHECK: 34
define i32 @t_backward_walk() {
entry:
  %a = alloca [5 x i32]
  %last = getelementptr inbounds [5 x i32], ptr %a, i64 0, i64 4
  br label %loop
loop:
  %p = phi ptr [ %last, %entry ], [ %p1, %loop ]
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  store i32 %i, ptr %p
  %p1 = getelementptr inbounds i32, ptr %p, i64 -1
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, 5
  br i1 %c, label %loop, label %exit
exit:
  %v = load i32, ptr %a
  %q = getelementptr inbounds [5 x i32], ptr %a, i64 0, i64 1
  %w = load i32, ptr %q
  %w10 = mul i32 %w, 10
  %r = add i32 %v, %w10
  ret i32 %r
}

declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
