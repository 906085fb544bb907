; Vectors and structs as arguments and results, written in LLVM constant syntax.
;   ./pyir run examples/vectors.ll --entry scale "<float 1.0, float 2.0, float 3.0, float 4.0>" 0.5
;   ./pyir run examples/vectors.ll --entry minmax 7 -3

define <4 x float> @scale(<4 x float> %v, float %k) {
  %k0 = insertelement <4 x float> poison, float %k, i32 0
  %ks = shufflevector <4 x float> %k0, <4 x float> poison, <4 x i32> zeroinitializer
  %r = fmul <4 x float> %v, %ks
  ret <4 x float> %r
}

define { i32, i32 } @minmax(i32 %a, i32 %b) {
  %lt = icmp slt i32 %a, %b
  %min = select i1 %lt, i32 %a, i32 %b
  %max = select i1 %lt, i32 %b, i32 %a
  %p = insertvalue { i32, i32 } poison, i32 %min, 0
  %q = insertvalue { i32, i32 } %p, i32 %max, 1
  ret { i32, i32 } %q
}
