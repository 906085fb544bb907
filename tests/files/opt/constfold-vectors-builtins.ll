; constfold on vectors and built-in calls: lane-wise arithmetic, compares and casts, element and
; shuffle operations (only the lanes a shuffle picks need be constant), extractvalue of a folded
; with.overflow, and pure built-ins (integer, math library, reductions), all computed with the
; interpreter's own code. What must stay: a lane that divides by zero, an index outside the vector,
; a shuffle mask with an undefined lane, a bitcast of lanes narrower than a byte.
; RUN: pyir opt --passes=constfold %s
; CHECK: define <4 x i32> @lanes()
; CHECK-NEXT: ret <4 x i32> <i32 2, i32 0, i32 -2147483648, i32 1>
; CHECK: define <4 x float> @splat()
; CHECK-NEXT: ret <4 x float> <float 2.5, float 2.5, float 2.5, float 2.5>
; CHECK: define <4 x i1> @compare()
; CHECK-NEXT: ret <4 x i1> <i1 true, i1 false, i1 false, i1 true>
; CHECK: define i32 @builtins()
; CHECK-NEXT: ret i32 -2147483583
; CHECK: define double @math()
; CHECK-NEXT: ret double 1.0
; CHECK: define float @reduce()
; CHECK-NEXT: ret float 10.0
; CHECK: define <4 x i32> @divide_by_zero_lane()
; CHECK-NEXT: %r = sdiv <4 x i32> <i32 8, i32 8, i32 8, i32 8>, <i32 2, i32 1, i32 0, i32 4>
; CHECK: define i32 @outside()
; CHECK-NEXT: %r = extractelement <4 x i32> <i32 1, i32 2, i32 3, i32 4>, i32 4
; CHECK: define <2 x i32> @undefined_lane()
; CHECK-NEXT: %r = shufflevector <4 x i32> <i32 1, i32 2, i32 3, i32 4>, <4 x i32> poison, <2 x i32> <i32 0, i32 poison>
; CHECK: define <4 x i32> @relane()
; CHECK-NEXT: ret <4 x i32> <i32 1, i32 0, i32 2, i32 0>
; CHECK: define i64 @to_scalar()
; CHECK-NEXT: ret i64 4611686019492741120
; CHECK: define i8 @bits()
; CHECK-NEXT: %r = bitcast <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false> to i8
; The same functions, unoptimized, on the interpreter (the folded values above are these).
; RUN: pyir run --interp %s --entry lanes
; RUN: pyir run --interp %s --entry splat
; RUN: pyir run --interp %s --entry compare
; RUN: pyir run --interp %s --entry builtins
; RUN: pyir run --interp %s --entry math
; RUN: pyir run --interp %s --entry reduce
; RUN: pyir run --interp %s --entry relane
; RUN: pyir run --interp %s --entry to_scalar
; CHECK: <i32 2, i32 0, i32 -2147483648, i32 1>
; CHECK-NEXT: <float 2.5, float 2.5, float 2.5, float 2.5>
; CHECK-NEXT: <i1 true, i1 false, i1 false, i1 true>
; CHECK-NEXT: -2147483583
; CHECK-NEXT: 1.0
; CHECK-NEXT: 10.0
; CHECK-NEXT: <i32 1, i32 0, i32 2, i32 0>
; CHECK-NEXT: 4611686019492741120

declare i32 @llvm.ctlz.i32(i32, i1)
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare double @llvm.sqrt.f64(double)
declare double @sin(double)
declare double @llvm.fma.f64(double, double, double)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>)

define <4 x i32> @lanes() {
  %a = add <4 x i32> <i32 1, i32 -1, i32 2147483647, i32 0>, <i32 1, i32 1, i32 1, i32 1>
  %b = shl <4 x i32> %a, <i32 0, i32 3, i32 0, i32 32>
  %c = insertelement <4 x i32> %b, i32 1, i64 3
  ret <4 x i32> %c
}

define <4 x float> @splat() {
  %s = insertelement <4 x float> poison, float 2.5, i64 0
  %r = shufflevector <4 x float> %s, <4 x float> poison, <4 x i32> zeroinitializer
  ret <4 x float> %r
}

define <4 x i1> @compare() {
  %f = sitofp <4 x i32> <i32 1, i32 2, i32 3, i32 -4> to <4 x float>
  %r = fcmp ult <4 x float> %f, <float 1.5, float 0x7FF8000000000000, float 0.0, float 0.0>
  %n = xor <4 x i1> %r, <i1 false, i1 true, i1 false, i1 false>
  ret <4 x i1> %n
}

define i32 @builtins() {
  %z = call i32 @llvm.ctlz.i32(i32 0, i1 false)
  %m = call i32 @llvm.smax.i32(i32 %z, i32 -7)
  %f = call i32 @llvm.fshl.i32(i32 %m, i32 -1, i32 33)
  %o = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 2147483647, i32 %f)
  %v = extractvalue { i32, i1 } %o, 0
  %c = extractvalue { i32, i1 } %o, 1
  %w = zext i1 %c to i32
  %r = add i32 %v, %w
  ret i32 %r
}

define double @math() {
  %s = call double @sin(double 0.0)
  %q = call double @llvm.sqrt.f64(double 4.0)
  %r = call double @llvm.fma.f64(double %q, double 0.5, double %s)
  ret double %r
}

define float @reduce() {
  %r = call float @llvm.vector.reduce.fadd.v4f32(float 0.0, <4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>)
  ret float %r
}

define <4 x i32> @divide_by_zero_lane() {
  %r = sdiv <4 x i32> <i32 8, i32 8, i32 8, i32 8>, <i32 2, i32 1, i32 0, i32 4>
  ret <4 x i32> %r
}

define i32 @outside() {
  %r = extractelement <4 x i32> <i32 1, i32 2, i32 3, i32 4>, i32 4
  ret i32 %r
}

define <2 x i32> @undefined_lane() {
  %r = shufflevector <4 x i32> <i32 1, i32 2, i32 3, i32 4>, <4 x i32> poison, <2 x i32> <i32 0, i32 poison>
  ret <2 x i32> %r
}

define <4 x i32> @relane() {
  %r = bitcast <2 x i64> <i64 1, i64 2> to <4 x i32>
  ret <4 x i32> %r
}

define i64 @to_scalar() {
  %r = bitcast <2 x float> <float 1.0, float 2.0> to i64
  ret i64 %r
}

define i8 @bits() {
  %r = bitcast <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false> to i8
  ret i8 %r
}
