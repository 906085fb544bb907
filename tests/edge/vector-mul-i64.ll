; mul on vectors of 64-bit lanes (the JIT builds each lane's product modulo 2^64 from 32-bit
; halves, AVX2 having no 64-bit lane multiply): carries between the halves, negative lanes, the
; extremes, by zero and one, in one xmm, one ymm and two ymm registers. Expected values from lli-16.

; RUN: pyir run %s --entry t_mul2
; CHECK: <i64 -1, i64 1>
define <2 x i64> @t_mul2() {
  %r = mul <2 x i64> <i64 4294967297, i64 -1>, <i64 4294967295, i64 -1>
  ret <2 x i64> %r
}

; RUN: pyir run %s --entry t_mul4
; CHECK: <i64 -9223372036854775808, i64 -346971251534834359, i64 2962962965961, i64 9223372030926249001>
define <4 x i64> @t_mul4() {
  %r = mul <4 x i64> <i64 -9223372036854775808, i64 123456789123, i64 -987654321987, i64 3037000499>, <i64 -1, i64 987654321987, i64 -3, i64 3037000499>
  ret <4 x i64> %r
}

; RUN: pyir run %s --entry t_mul8
; CHECK: <i64 0, i64 -7, i64 2, i64 1, i64 4294967297, i64 4294967297, i64 0, i64 4294967295>
define <8 x i64> @t_mul8() {
  %r = mul <8 x i64> <i64 0, i64 1, i64 -2, i64 9223372036854775807, i64 6700417, i64 641, i64 -4294967296, i64 65537>, <i64 -5, i64 -7, i64 9223372036854775807, i64 9223372036854775807, i64 641, i64 6700417, i64 -4294967296, i64 65535>
  ret <8 x i64> %r
}

; RUN: pyir run %s --entry t_mul_args 3000000019 -4000000007
; CHECK: -4682103798563679020
define i64 @t_mul_args(i64 %a, i64 %b) {
  %va = insertelement <2 x i64> <i64 poison, i64 12345678901>, i64 %a, i32 0
  %vb = insertelement <2 x i64> <i64 poison, i64 -98765432109>, i64 %b, i32 0
  %p = mul <2 x i64> %va, %vb
  %x = extractelement <2 x i64> %p, i32 0
  %y = extractelement <2 x i64> %p, i32 1
  %s = xor i64 %x, %y
  ret i64 %s
}
