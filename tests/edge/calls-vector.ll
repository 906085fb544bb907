; Calls passing and returning vectors by value.
; Expected values from lli-16, reviewed by hand.

; Vectors by value.
define <4 x float> @vscale(<4 x float> %v, float %k) {
  %i = insertelement <4 x float> poison, float %k, i32 0
  %b = shufflevector <4 x float> %i, <4 x float> poison, <4 x i32> zeroinitializer
  %r = fmul <4 x float> %v, %b
  ret <4 x float> %r
}
; RUN: pyir run %s --entry t_vector_by_value
; CHECK: <float -1.5, float 3.0, float -0.75, float -0.0>
define <4 x float> @t_vector_by_value() {
  %r = call <4 x float> @vscale(<4 x float> <float 1.0, float -2.0, float 0.5, float 0.0>, float -1.5)
  ret <4 x float> %r
}

