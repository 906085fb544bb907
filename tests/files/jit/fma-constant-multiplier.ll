; fma(x, C, c) with a constant multiplier C (not a NaN) loads C into the result register and
; multiplies by x there, instead of copying x (which lives on, as r in a polynomial's fma(r, C1, C2)
; terms) and loading C into a register of its own. The NaN that comes out is still x's when x and c
; are both NaNs (x comes before c in the instruction either way); a NaN multiplier is not moved.
; RUN: pyir asm -O0 %s --fn poly
; CHECK: ; %p01 = call double @llvm.fma.f64(double %r, double -0.25, double 0x3FD5555555555555)
; CHECK-NEXT: vmovsd
; CHECK-NEXT: vfmadd213sd
; CHECK-NOT: vmovaps
; CHECK: ; %p23 = call
; RUN: pyir run -O0 %s --entry poly -- 0.5
; RUN: pyir run --interp %s --entry poly -- 0.5
; CHECK: 0.2375
; CHECK-NEXT: 0.2375
; RUN: pyir run -O0 %s --entry nans -- 9221120237041090561 -2251799813685247
; RUN: pyir run --interp %s --entry nans -- 9221120237041090561 -2251799813685247
; CHECK: 9221120237041090561
; CHECK-NEXT: 9221120237041090561
; RUN: pyir run -O0 %s --entry nanmul -- 4607182418800017408 -2251799813685247
; RUN: pyir run --interp %s --entry nanmul -- 4607182418800017408 -2251799813685247
; CHECK: 9221120237041090565
; CHECK-NEXT: 9221120237041090565

declare double @llvm.fma.f64(double, double, double)

; (1/3 - r/4) + r^2 (1/5 - r/6): r is used by both terms and by r*r.
define double @poly(double %r) {
  %p01 = call double @llvm.fma.f64(double %r, double -2.500000e-01, double 0x3FD5555555555555)
  %p23 = call double @llvm.fma.f64(double %r, double 0xBFC5555555555555, double 2.000000e-01)
  %r2 = fmul double %r, %r
  %p = call double @llvm.fma.f64(double %p23, double %r2, double %p01)
  ret double %p
}

; x and c both NaNs (different payloads): the result is x's NaN.
define i64 @nans(i64 %xb, i64 %cb) {
  %x = bitcast i64 %xb to double
  %c = bitcast i64 %cb to double
  %r = call double @llvm.fma.f64(double %x, double 3.0, double %c)
  %rb = bitcast double %r to i64
  ret i64 %rb
}

; A NaN constant multiplier stays where it is (its NaN comes out, not c's).
define i64 @nanmul(i64 %xb, i64 %cb) {
  %x = bitcast i64 %xb to double
  %c = bitcast i64 %cb to double
  %r = call double @llvm.fma.f64(double %x, double 0x7FF8000000000005, double %c)
  %rb = bitcast double %r to i64
  ret i64 %rb
}
