; A chain of insertelements filling a 256-bit vector (clang's build of a vector from 32 loaded bytes)
; keeps the half being built in an xmm register: one vextracti128 and one vinserti128 per half, not
; one of each per lane. Results are the interpreter's (and lli-16's); the chains below also cover
; two chains built in turn, an intermediate read by another instruction, floats and doubles.
; RUN: pyir run %s --entry bytes32
; CHECK: -8620008374919660040
; RUN: pyir run -O0 %s --entry bytes32
; CHECK: -8620008374919660040
; RUN: pyir run %s --entry interleaved
; CHECK: -1993952511477488406
; RUN: pyir run -O0 %s --entry interleaved
; CHECK: -1993952511477488406
; RUN: pyir run %s --entry shared 1234
; CHECK: -6238570146106921122
; RUN: pyir run -O0 %s --entry shared 1234
; CHECK: -6238570146106921122
; RUN: pyir run %s --entry floats 1.5 2.25
; CHECK: 113.296875
; RUN: pyir run -O0 %s --entry floats 1.5 2.25
; CHECK: 113.296875
; RUN: pyir asm %s --fn bytes32
; The low half: lanes 0..15 go into one xmm register, put into the ymm once, after lane 15.
; CHECK: %v0 = insertelement <32 x i8> poison, i8 %b0, i64 0
; CHECK-NOT: vinserti128
; CHECK-NOT: vextracti128
; CHECK: %v15 = insertelement <32 x i8> %v14, i8 %b15, i64 15
; CHECK-NEXT: vpinsrb
; CHECK-NEXT: vinserti128
; The high half: extracted once at lane 16, put back once after lane 31.
; CHECK: %v16 = insertelement <32 x i8> %v15, i8 %b16, i64 16
; CHECK-NEXT: vextracti128
; CHECK-NEXT: vpinsrb
; CHECK-NOT: vinserti128
; CHECK-NOT: vextracti128
; CHECK: %v31 = insertelement <32 x i8> %v30, i8 %b31, i64 31
; CHECK-NEXT: vpinsrb
; CHECK-NEXT: vinserti128

@data = private constant [32 x i8] c"\0B\30\55\7A\9F\C4\E9\0E\33\58\7D\A2\C7\EC\11\36\5B\80\A5\CA\EF\14\39\5E\83\A8\CD\F2\17\3C\61\86"

define i64 @bytes32() {
  %p0 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 3
  %b0 = load i8, ptr %p0
  %v0 = insertelement <32 x i8> poison, i8 %b0, i64 0
  %p1 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 10
  %b1 = load i8, ptr %p1
  %v1 = insertelement <32 x i8> %v0, i8 %b1, i64 1
  %p2 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 17
  %b2 = load i8, ptr %p2
  %v2 = insertelement <32 x i8> %v1, i8 %b2, i64 2
  %p3 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 24
  %b3 = load i8, ptr %p3
  %v3 = insertelement <32 x i8> %v2, i8 %b3, i64 3
  %p4 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 31
  %b4 = load i8, ptr %p4
  %v4 = insertelement <32 x i8> %v3, i8 %b4, i64 4
  %p5 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 6
  %b5 = load i8, ptr %p5
  %v5 = insertelement <32 x i8> %v4, i8 %b5, i64 5
  %p6 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 13
  %b6 = load i8, ptr %p6
  %v6 = insertelement <32 x i8> %v5, i8 %b6, i64 6
  %p7 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 20
  %b7 = load i8, ptr %p7
  %v7 = insertelement <32 x i8> %v6, i8 %b7, i64 7
  %p8 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 27
  %b8 = load i8, ptr %p8
  %v8 = insertelement <32 x i8> %v7, i8 %b8, i64 8
  %p9 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 2
  %b9 = load i8, ptr %p9
  %v9 = insertelement <32 x i8> %v8, i8 %b9, i64 9
  %p10 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 9
  %b10 = load i8, ptr %p10
  %v10 = insertelement <32 x i8> %v9, i8 %b10, i64 10
  %p11 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 16
  %b11 = load i8, ptr %p11
  %v11 = insertelement <32 x i8> %v10, i8 %b11, i64 11
  %p12 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 23
  %b12 = load i8, ptr %p12
  %v12 = insertelement <32 x i8> %v11, i8 %b12, i64 12
  %p13 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 30
  %b13 = load i8, ptr %p13
  %v13 = insertelement <32 x i8> %v12, i8 %b13, i64 13
  %p14 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 5
  %b14 = load i8, ptr %p14
  %v14 = insertelement <32 x i8> %v13, i8 %b14, i64 14
  %p15 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 12
  %b15 = load i8, ptr %p15
  %v15 = insertelement <32 x i8> %v14, i8 %b15, i64 15
  %p16 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 19
  %b16 = load i8, ptr %p16
  %v16 = insertelement <32 x i8> %v15, i8 %b16, i64 16
  %p17 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 26
  %b17 = load i8, ptr %p17
  %v17 = insertelement <32 x i8> %v16, i8 %b17, i64 17
  %p18 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 1
  %b18 = load i8, ptr %p18
  %v18 = insertelement <32 x i8> %v17, i8 %b18, i64 18
  %p19 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 8
  %b19 = load i8, ptr %p19
  %v19 = insertelement <32 x i8> %v18, i8 %b19, i64 19
  %p20 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 15
  %b20 = load i8, ptr %p20
  %v20 = insertelement <32 x i8> %v19, i8 %b20, i64 20
  %p21 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 22
  %b21 = load i8, ptr %p21
  %v21 = insertelement <32 x i8> %v20, i8 %b21, i64 21
  %p22 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 29
  %b22 = load i8, ptr %p22
  %v22 = insertelement <32 x i8> %v21, i8 %b22, i64 22
  %p23 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 4
  %b23 = load i8, ptr %p23
  %v23 = insertelement <32 x i8> %v22, i8 %b23, i64 23
  %p24 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 11
  %b24 = load i8, ptr %p24
  %v24 = insertelement <32 x i8> %v23, i8 %b24, i64 24
  %p25 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 18
  %b25 = load i8, ptr %p25
  %v25 = insertelement <32 x i8> %v24, i8 %b25, i64 25
  %p26 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 25
  %b26 = load i8, ptr %p26
  %v26 = insertelement <32 x i8> %v25, i8 %b26, i64 26
  %p27 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 0
  %b27 = load i8, ptr %p27
  %v27 = insertelement <32 x i8> %v26, i8 %b27, i64 27
  %p28 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 7
  %b28 = load i8, ptr %p28
  %v28 = insertelement <32 x i8> %v27, i8 %b28, i64 28
  %p29 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 14
  %b29 = load i8, ptr %p29
  %v29 = insertelement <32 x i8> %v28, i8 %b29, i64 29
  %p30 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 21
  %b30 = load i8, ptr %p30
  %v30 = insertelement <32 x i8> %v29, i8 %b30, i64 30
  %p31 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 28
  %b31 = load i8, ptr %p31
  %v31 = insertelement <32 x i8> %v30, i8 %b31, i64 31
  %hq = bitcast <32 x i8> %v31 to <4 x i64>
  %he0 = extractelement <4 x i64> %hq, i64 0
  %he1 = extractelement <4 x i64> %hq, i64 1
  %hm1 = mul i64 %he0, 1000003
  %hx1 = xor i64 %hm1, %he1
  %he2 = extractelement <4 x i64> %hq, i64 2
  %hm2 = mul i64 %hx1, 1000003
  %hx2 = xor i64 %hm2, %he2
  %he3 = extractelement <4 x i64> %hq, i64 3
  %hm3 = mul i64 %hx2, 1000003
  %hx3 = xor i64 %hm3, %he3
  ret i64 %hx3
}

define i64 @interleaved() {
  %p0 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 0
  %b0 = load i8, ptr %p0
  %a0 = insertelement <32 x i8> zeroinitializer, i8 %b0, i64 16
  %c0 = insertelement <32 x i8> zeroinitializer, i8 %b0, i64 15
  %p1 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 1
  %b1 = load i8, ptr %p1
  %a1 = insertelement <32 x i8> %a0, i8 %b1, i64 17
  %c1 = insertelement <32 x i8> %c0, i8 %b1, i64 14
  %p2 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 2
  %b2 = load i8, ptr %p2
  %a2 = insertelement <32 x i8> %a1, i8 %b2, i64 18
  %c2 = insertelement <32 x i8> %c1, i8 %b2, i64 13
  %p3 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 3
  %b3 = load i8, ptr %p3
  %a3 = insertelement <32 x i8> %a2, i8 %b3, i64 19
  %c3 = insertelement <32 x i8> %c2, i8 %b3, i64 12
  %p4 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 4
  %b4 = load i8, ptr %p4
  %a4 = insertelement <32 x i8> %a3, i8 %b4, i64 20
  %c4 = insertelement <32 x i8> %c3, i8 %b4, i64 11
  %p5 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 5
  %b5 = load i8, ptr %p5
  %a5 = insertelement <32 x i8> %a4, i8 %b5, i64 21
  %c5 = insertelement <32 x i8> %c4, i8 %b5, i64 10
  %p6 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 6
  %b6 = load i8, ptr %p6
  %a6 = insertelement <32 x i8> %a5, i8 %b6, i64 22
  %c6 = insertelement <32 x i8> %c5, i8 %b6, i64 9
  %p7 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 7
  %b7 = load i8, ptr %p7
  %a7 = insertelement <32 x i8> %a6, i8 %b7, i64 23
  %c7 = insertelement <32 x i8> %c6, i8 %b7, i64 8
  %p8 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 8
  %b8 = load i8, ptr %p8
  %a8 = insertelement <32 x i8> %a7, i8 %b8, i64 24
  %c8 = insertelement <32 x i8> %c7, i8 %b8, i64 7
  %p9 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 9
  %b9 = load i8, ptr %p9
  %a9 = insertelement <32 x i8> %a8, i8 %b9, i64 25
  %c9 = insertelement <32 x i8> %c8, i8 %b9, i64 6
  %p10 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 10
  %b10 = load i8, ptr %p10
  %a10 = insertelement <32 x i8> %a9, i8 %b10, i64 26
  %c10 = insertelement <32 x i8> %c9, i8 %b10, i64 5
  %p11 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 11
  %b11 = load i8, ptr %p11
  %a11 = insertelement <32 x i8> %a10, i8 %b11, i64 27
  %c11 = insertelement <32 x i8> %c10, i8 %b11, i64 4
  %p12 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 12
  %b12 = load i8, ptr %p12
  %a12 = insertelement <32 x i8> %a11, i8 %b12, i64 28
  %c12 = insertelement <32 x i8> %c11, i8 %b12, i64 3
  %p13 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 13
  %b13 = load i8, ptr %p13
  %a13 = insertelement <32 x i8> %a12, i8 %b13, i64 29
  %c13 = insertelement <32 x i8> %c12, i8 %b13, i64 2
  %p14 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 14
  %b14 = load i8, ptr %p14
  %a14 = insertelement <32 x i8> %a13, i8 %b14, i64 30
  %c14 = insertelement <32 x i8> %c13, i8 %b14, i64 1
  %p15 = getelementptr inbounds [32 x i8], ptr @data, i64 0, i64 15
  %b15 = load i8, ptr %p15
  %a15 = insertelement <32 x i8> %a14, i8 %b15, i64 31
  %c15 = insertelement <32 x i8> %c14, i8 %b15, i64 0
  %d0 = insertelement <32 x i8> %a15, i8 100, i64 0
  %d1 = insertelement <32 x i8> %d0, i8 101, i64 1
  %d2 = insertelement <32 x i8> %d1, i8 102, i64 2
  %d3 = insertelement <32 x i8> %d2, i8 103, i64 3
  %hq = bitcast <32 x i8> %d3 to <4 x i64>
  %he0 = extractelement <4 x i64> %hq, i64 0
  %he1 = extractelement <4 x i64> %hq, i64 1
  %hm1 = mul i64 %he0, 1000003
  %hx1 = xor i64 %hm1, %he1
  %he2 = extractelement <4 x i64> %hq, i64 2
  %hm2 = mul i64 %hx1, 1000003
  %hx2 = xor i64 %hm2, %he2
  %he3 = extractelement <4 x i64> %hq, i64 3
  %hm3 = mul i64 %hx2, 1000003
  %hx3 = xor i64 %hm3, %he3
  %gq = bitcast <32 x i8> %c15 to <4 x i64>
  %ge0 = extractelement <4 x i64> %gq, i64 0
  %ge1 = extractelement <4 x i64> %gq, i64 1
  %gm1 = mul i64 %ge0, 1000003
  %gx1 = xor i64 %gm1, %ge1
  %ge2 = extractelement <4 x i64> %gq, i64 2
  %gm2 = mul i64 %gx1, 1000003
  %gx2 = xor i64 %gm2, %ge2
  %ge3 = extractelement <4 x i64> %gq, i64 3
  %gm3 = mul i64 %gx2, 1000003
  %gx3 = xor i64 %gm3, %ge3
  %r = add i64 %hx3, %gx3
  ret i64 %r
}

define i64 @shared(i16 %s) {
  %x0 = mul i16 %s, 1
  %v0 = insertelement <16 x i16> <i16 1, i16 2, i16 3, i16 4, i16 5, i16 6, i16 7, i16 8, i16 9, i16 10, i16 11, i16 12, i16 13, i16 14, i16 15, i16 16>, i16 %x0, i64 8
  %x1 = mul i16 %s, 4
  %v1 = insertelement <16 x i16> %v0, i16 %x1, i64 9
  %x2 = mul i16 %s, 7
  %v2 = insertelement <16 x i16> %v1, i16 %x2, i64 10
  %x3 = mul i16 %s, 10
  %v3 = insertelement <16 x i16> %v2, i16 %x3, i64 11
  %x4 = mul i16 %s, 13
  %v4 = insertelement <16 x i16> %v3, i16 %x4, i64 12
  %x5 = mul i16 %s, 16
  %v5 = insertelement <16 x i16> %v4, i16 %x5, i64 13
  %x6 = mul i16 %s, 19
  %v6 = insertelement <16 x i16> %v5, i16 %x6, i64 14
  %x7 = mul i16 %s, 22
  %v7 = insertelement <16 x i16> %v6, i16 %x7, i64 15
  %mid = extractelement <16 x i16> %v3, i64 11
  %midx = zext i16 %mid to i64
  %hq = bitcast <16 x i16> %v7 to <4 x i64>
  %he0 = extractelement <4 x i64> %hq, i64 0
  %he1 = extractelement <4 x i64> %hq, i64 1
  %hm1 = mul i64 %he0, 1000003
  %hx1 = xor i64 %hm1, %he1
  %he2 = extractelement <4 x i64> %hq, i64 2
  %hm2 = mul i64 %hx1, 1000003
  %hx2 = xor i64 %hm2, %he2
  %he3 = extractelement <4 x i64> %hq, i64 3
  %hm3 = mul i64 %hx2, 1000003
  %hx3 = xor i64 %hm3, %he3
  %r = add i64 %hx3, %midx
  ret i64 %r
}

define double @floats(float %f, double %d) {
  %f0 = fmul float %f, 1.0
  %v0 = insertelement <8 x float> poison, float %f0, i64 0
  %f1 = fmul float %f, 2.0
  %v1 = insertelement <8 x float> %v0, float %f1, i64 1
  %f2 = fmul float %f, 3.0
  %v2 = insertelement <8 x float> %v1, float %f2, i64 2
  %f3 = fmul float %f, 4.0
  %v3 = insertelement <8 x float> %v2, float %f3, i64 3
  %f4 = fmul float %f, 5.0
  %v4 = insertelement <8 x float> %v3, float %f4, i64 4
  %f5 = fmul float %f, 6.0
  %v5 = insertelement <8 x float> %v4, float %f5, i64 5
  %f6 = fmul float %f, 7.0
  %v6 = insertelement <8 x float> %v5, float %f6, i64 6
  %f7 = fmul float %f, 8.0
  %v7 = insertelement <8 x float> %v6, float %f7, i64 7
  %d0 = fadd double %d, 0.5
  %w0 = insertelement <4 x double> poison, double %d0, i64 3
  %d1 = fadd double %d, 1.5
  %w1 = insertelement <4 x double> %w0, double %d1, i64 2
  %d2 = fadd double %d, 2.5
  %w2 = insertelement <4 x double> %w1, double %d2, i64 1
  %d3 = fadd double %d, 3.5
  %w3 = insertelement <4 x double> %w2, double %d3, i64 0
  %s = call float @llvm.vector.reduce.fadd.v8f32(float 0.0, <8 x float> %v7)
  %se = fpext float %s to double
  %w1e = extractelement <4 x double> %w3, i64 0
  %w2e = extractelement <4 x double> %w3, i64 3
  %w3e = extractelement <4 x double> %w3, i64 2
  %m = fmul double %w1e, %w2e
  %m2 = fmul double %m, %w3e
  %r = fadd double %m2, %se
  ret double %r
}
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>)
