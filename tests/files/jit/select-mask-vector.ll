; A float compare used by a scalar float select and by a vector select (scalar condition): the
; scalar select's vector mask (lane 0 only) must not be reused for the vector select, which needs
; the condition in every lane. Found by the JIT-after--O2 differential property (seed 721154600,
; size 43): lanes 1-7 of the vector select kept the false value.
; RUN: pyir run -O0 %s --entry pick -- 4.0 1.0
; RUN: pyir run --interp %s --entry pick -- 4.0 1.0
; CHECK: 2.0
; CHECK-NEXT: 2.0
; RUN: pyir run -O0 %s --entry pick -- 1.0 4.0
; RUN: pyir run --interp %s --entry pick -- 1.0 4.0
; CHECK: 200.0
; CHECK-NEXT: 200.0

define float @pick(double %a, double %b) {
entry:
  %c = fcmp oge double %a, %b
  %s = select i1 %c, float 1.0, float 10.0
  %v = select i1 %c, <8 x float> <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>, <8 x float> <float 10.0, float 10.0, float 10.0, float 10.0, float 10.0, float 10.0, float 10.0, float 10.0>
  %l1 = extractelement <8 x float> %v, i32 1
  %l7 = extractelement <8 x float> %v, i32 7
  %t = fadd float %l1, %l7
  %r = fmul float %s, %t
  ret float %r
}
