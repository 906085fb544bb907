; instcombine on floating point. Without flags only what gives the same bits for every input: a
; division by a power of two whose reciprocal is a normal number becomes a multiplication (both
; round the same exact value; a NaN comes out the same). The identities and reassociations need the
; fast-math flags that allow them: nnan for x*1.0, x/1.0, x+(-0.0), x-0.0 and x*(-1.0) = -x (only a
; signalling NaN would differ), nnan+nsz for x+0.0 and x-(-0.0), nnan+ninf for x-x = 0.0, arcp for
; x/C = x*(1/C), reassoc+nsz on both instructions for (x+C1)+C2 and (x*C1)*C2.
; RUN: pyir opt --passes=instcombine,dce %s
; CHECK: define double @half(double %x)
; CHECK-NEXT: %h = fmul double %x, 0.5
; CHECK: define float @quarter_neg(float %x)
; CHECK-NEXT: %h = fmul float %x, -4.0
; CHECK: define double @not_exact(double %x)
; CHECK-NEXT: %a = fdiv double %x, 3.0
; CHECK-NEXT: %b = fdiv double %a, 0x7FE0000000000000
; CHECK-NEXT: %c = fdiv double %b, 0x0008000000000000
; CHECK: define double @flags_allow(double %x)
; CHECK-NEXT: ret double %x
; CHECK: define double @flags_missing(double %x)
; CHECK-NEXT: %a = fmul double %x, 1.0
; CHECK-NEXT: %b = fadd nnan double %a, 0.0
; CHECK-NEXT: %c = fsub nnan double %b, %b
; CHECK: define float @negate(float %x)
; CHECK-NEXT: %n = fneg nnan float %x
; CHECK: define double @self_minus(double %x)
; CHECK-NEXT: ret double 0.0
; CHECK: define double @reciprocal(double %x)
; CHECK-NEXT: %d = fmul arcp double %x, 0x3FD5555555555555
; CHECK: define double @reassociate(double %x)
; CHECK-NEXT: %a = fadd reassoc nsz double %x, 1.0
; CHECK-NEXT: %b = fadd reassoc nsz double %x, 3.5
; CHECK-NEXT: %m = fmul reassoc nsz double %b, 3.0
; CHECK-NEXT: %n = fmul reassoc double %m, 2.0
; The exact rule on edge inputs, optimized (JIT) and as written (interpreter): the same values.
; RUN: pyir run -O2 %s --entry half -0.0
; RUN: pyir run --interp %s --entry half -0.0
; RUN: pyir run -O2 %s --entry half 4.9406564584124654e-324
; RUN: pyir run --interp %s --entry half 4.9406564584124654e-324
; RUN: pyir run -O2 %s --entry half 1.7976931348623157e308
; RUN: pyir run --interp %s --entry half 1.7976931348623157e308
; RUN: pyir run -O2 %s --entry half nan
; CHECK: -0.0
; CHECK-NEXT: -0.0
; CHECK-NEXT: 0.0
; CHECK-NEXT: 0.0
; CHECK-NEXT: 8.988465674311579e+307
; CHECK-NEXT: 8.988465674311579e+307
; CHECK-NEXT: nan

define double @half(double %x) {
  %h = fdiv double %x, 2.0
  ret double %h
}

define float @quarter_neg(float %x) {
  %h = fdiv float %x, -0.25
  ret float %h
}

; 3.0 is not a power of two; 2^1023's reciprocal is subnormal; 2^-1023 is subnormal itself.
define double @not_exact(double %x) {
  %a = fdiv double %x, 3.0
  %b = fdiv double %a, 0x7FE0000000000000
  %c = fdiv double %b, 0x0008000000000000
  ret double %c
}

define double @flags_allow(double %x) {
  %a = fmul nnan double %x, 1.0
  %b = fdiv nnan double %a, 1.0
  %c = fadd nnan double %b, -0.0
  %d = fsub nnan double %c, 0.0
  %e = fadd nnan nsz double %d, 0.0
  %f = fsub nnan nsz double %e, -0.0
  ret double %f
}

define double @flags_missing(double %x) {
  %a = fmul double %x, 1.0
  %b = fadd nnan double %a, 0.0
  %c = fsub nnan double %b, %b
  ret double %c
}

define float @negate(float %x) {
  %n = fmul nnan float %x, -1.0
  ret float %n
}

define double @self_minus(double %x) {
  %d = fsub nnan ninf double %x, %x
  ret double %d
}

define double @reciprocal(double %x) {
  %d = fdiv arcp double %x, 3.0
  ret double %d
}

; %b folds (both reassoc nsz); %n does not (it lacks nsz), and %a stays for its other use.
define double @reassociate(double %x) {
  %a = fadd reassoc nsz double %x, 1.0
  %b = fadd reassoc nsz double %a, 2.5
  %m = fmul reassoc nsz double %b, 3.0
  %n = fmul reassoc double %m, 2.0
  %s = fadd double %n, %a
  ret double %s
}
