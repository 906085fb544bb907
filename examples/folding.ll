; Constant folding and floating-point combining (docs/optimizer.md: constfold, instcombine).
;   ./pyir opt -O2 examples/folding.ll
; @lanes: vector arithmetic and built-in calls on constants become their values, computed exactly
; as the interpreter computes them. @average: a division by 2.0 is a multiplication by 0.5 (the
; same bits for every input); the reassoc+nsz additions fold their constants into one.

declare i32 @llvm.ctpop.i32(i32)
declare double @llvm.sqrt.f64(double)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)

define i32 @lanes() {
  %v = mul <4 x i32> <i32 1, i32 2, i32 3, i32 4>, <i32 10, i32 10, i32 10, i32 10>
  %s = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %v)
  %p = call i32 @llvm.ctpop.i32(i32 %s)
  ret i32 %p
}

define double @average(double %a, double %b) {
  %sum = fadd double %a, %b
  %half = fdiv double %sum, 2.0
  %r = call double @llvm.sqrt.f64(double 16.0)
  %x = fadd reassoc nsz double %half, 1.0
  %y = fadd reassoc nsz double %x, %r
  %z = fadd reassoc nsz double %y, 0.5
  ret double %z
}
