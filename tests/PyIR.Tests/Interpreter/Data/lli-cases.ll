declare half @llvm.sqrt.f16(half)
declare float @llvm.minnum.f32(float, float)
declare double @llvm.maximum.f64(double, double)
declare float @llvm.powi.f32.i32(float, i32)
declare double @llvm.powi.f64.i32(double, i32)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare i16 @llvm.bitreverse.i16(i16)
declare i64 @llvm.bswap.i64(i64)
declare { i16, i1 } @llvm.smul.with.overflow.i16(i16, i16)
declare i32 @llvm.ssub.sat.i32(i32, i32)
declare i8 @llvm.uadd.sat.i8(i8, i8)
declare double @llvm.round.f64(double)
declare float @llvm.rint.f32(float)
declare double @llvm.copysign.f64(double, double)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare float @llvm.vector.reduce.fmul.v4f32(float, <4 x float>)
declare i8 @llvm.vector.reduce.umax.v8i8(<8 x i8>)
declare double @exp(double)
declare float @logf(float)
declare double @atan2(double, double)
declare float @cbrtf(float)

define i64 @t_half() {
  %h = fptrunc double 2.7182818 to half
  %s = call half @llvm.sqrt.f16(half %h)
  %m = fmul half %s, %h
  %b = bitcast half %m to i16
  %r = zext i16 %b to i64
  ret i64 %r
}
define i64 @t_minnum() {
  %a = call float @llvm.minnum.f32(float 0x7FF8000000000000, float 0x4008000000000000)
  %b = call double @llvm.maximum.f64(double -0.0, double 0.0)
  %ai = bitcast float %a to i32
  %bi = bitcast double %b to i64
  %az = zext i32 %ai to i64
  %r = xor i64 %az, %bi
  ret i64 %r
}
define i64 @t_powi() {
  %a = call float @llvm.powi.f32.i32(float 0x3FF19999A0000000, i32 13)
  %b = call double @llvm.powi.f64.i32(double 0.9, i32 -7)
  %ai = bitcast float %a to i32
  %bi = bitcast double %b to i64
  %az = zext i32 %ai to i64
  %r = xor i64 %az, %bi
  ret i64 %r
}
define i64 @t_bits() {
  %a = call i32 @llvm.fshl.i32(i32 305419896, i32 2596069104, i32 37)
  %b = call i16 @llvm.bitreverse.i16(i16 4660)
  %c = call i64 @llvm.bswap.i64(i64 81985529216486895)
  %az = zext i32 %a to i64
  %bz = zext i16 %b to i64
  %x = xor i64 %az, %c
  %r = add i64 %x, %bz
  ret i64 %r
}
define i64 @t_ovf() {
  %o = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 300, i16 -200)
  %v = extractvalue { i16, i1 } %o, 0
  %f = extractvalue { i16, i1 } %o, 1
  %s = call i32 @llvm.ssub.sat.i32(i32 -2147483000, i32 1000)
  %u = call i8 @llvm.uadd.sat.i8(i8 200, i8 100)
  %vz = sext i16 %v to i64
  %fz = zext i1 %f to i64
  %sz = sext i32 %s to i64
  %uz = zext i8 %u to i64
  %a = add i64 %vz, %fz
  %b = mul i64 %sz, 3
  %c = add i64 %a, %b
  %r = add i64 %c, %uz
  ret i64 %r
}
define i64 @t_round() {
  %a = call double @llvm.round.f64(double -2.5)
  %b = call float @llvm.rint.f32(float 0x4004000000000000)
  %c = call double @llvm.copysign.f64(double 3.0, double -0.0)
  %bd = fpext float %b to double
  %s = fadd double %a, %bd
  %t = fmul double %s, %c
  %r = bitcast double %t to i64
  ret i64 %r
}
define i64 @t_vec() {
  %f = call <4 x float> @llvm.fma.v4f32(<4 x float> <float 0x3FF19999A0000000, float 0x40019999A0000000, float 0x400A666660000000, float 0x40119999A0000000>, <4 x float> <float 0x4016000000000000, float 0x401A666660000000, float 0x401ECCCCC0000000, float 0x40219999A0000000>, <4 x float> <float 0xC018333340000000, float 0x3FF0000000000000, float 0x4000000000000000, float 0x4008000000000000>)
  %p = call float @llvm.vector.reduce.fmul.v4f32(float 0x3FF8000000000000, <4 x float> %f)
  %m = call i8 @llvm.vector.reduce.umax.v8i8(<8 x i8> <i8 1, i8 200, i8 3, i8 4, i8 255, i8 6, i8 7, i8 8>)
  %pi = bitcast float %p to i32
  %pz = zext i32 %pi to i64
  %mz = zext i8 %m to i64
  %r = shl i64 %pz, 8
  %r2 = or i64 %r, %mz
  ret i64 %r2
}
define i64 @t_libm() {
  %a = call double @exp(double 1.2345)
  %b = call float @logf(float 0x401E000000000000)
  %c = call double @atan2(double -1.0, double -3.0)
  %d = call float @cbrtf(float 0x403B800000000000)
  %ai = bitcast double %a to i64
  %bi = bitcast float %b to i32
  %ci = bitcast double %c to i64
  %di = bitcast float %d to i32
  %bz = zext i32 %bi to i64
  %dz = zext i32 %di to i64
  %x = xor i64 %ai, %bz
  %y = xor i64 %x, %ci
  %z = mul i64 %dz, 1000003
  %r = xor i64 %y, %z
  ret i64 %r
}
define i64 @t_conv() {
  %a = uitofp i64 18446744073709551615 to float
  %b = sitofp i64 -9223372036854775807 to float
  %c = uitofp i32 4294967295 to half
  %d = fptoui float 0x41E65A0BC0000000 to i32
  %e = fptosi double -12345.99 to i16
  %ai = bitcast float %a to i32
  %bi = bitcast float %b to i32
  %ci = bitcast half %c to i16
  %az = zext i32 %ai to i64
  %bz = zext i32 %bi to i64
  %cz = zext i16 %ci to i64
  %dz = zext i32 %d to i64
  %ez = sext i16 %e to i64
  %s1 = add i64 %az, %bz
  %s2 = add i64 %s1, %cz
  %s3 = add i64 %s2, %dz
  %s4 = add i64 %s3, %ez
  ret i64 %s4
}
define i64 @t_vecmem() {
  %p = alloca <8 x i1>
  %m = icmp sgt <8 x i32> <i32 1, i32 -1, i32 5, i32 0, i32 7, i32 -8, i32 9, i32 10>, zeroinitializer
  store <8 x i1> %m, ptr %p
  %b = load i8, ptr %p
  %q = alloca <3 x i16>
  store <3 x i16> <i16 1, i16 2, i16 3>, ptr %q
  %w = load i48, ptr %q
  %bz = zext i8 %b to i64
  %wz = zext i48 %w to i64
  %r = xor i64 %bz, %wz
  ret i64 %r
}

%packed = type <{ i8, i32, i16 }>
%mixed = type { i1, <3 x i8>, [2 x i24], double, <2 x float> }
@pk = global %packed <{ i8 1, i32 305419896, i16 -2 }>
@mx = global %mixed { i1 true, <3 x i8> <i8 1, i8 2, i8 3>, [2 x i24] [i24 -1, i24 1193046], double 2.5, <2 x float> <float 1.0, float -2.0> }
@arr = global [4 x i16] [i16 1, i16 2, i16 3, i16 4]
@p2 = global ptr getelementptr inbounds ([4 x i16], ptr @arr, i64 0, i64 2)

define i64 @t_packed() {
  %q = getelementptr inbounds %packed, ptr @pk, i64 0, i32 2
  %v = load i16, ptr %q
  %w0 = load i48, ptr @pk
  %w = zext i48 %w0 to i64
  %vz = sext i16 %v to i64
  %r = add i64 %w, %vz
  ret i64 %r
}
define i64 @t_mixed() {
  %h = load i64, ptr @mx
  %p = getelementptr i8, ptr @mx, i64 8
  %m = load i64, ptr %p
  %s = load %mixed, ptr @mx
  %f = extractvalue %mixed %s, 4
  %e = extractelement <2 x float> %f, i32 1
  %d = extractvalue %mixed %s, 3
  %ed = fpext float %e to double
  %dd = fmul double %d, %ed
  %di = fptosi double %dd to i64
  %x = xor i64 %h, %m
  %r = add i64 %x, %di
  ret i64 %r
}
define i64 @t_sizes() {
  %a = getelementptr %mixed, ptr null, i64 1
  %ai = ptrtoint ptr %a to i64
  %b = getelementptr %packed, ptr null, i64 3
  %bi = ptrtoint ptr %b to i64
  %c = getelementptr <3 x i8>, ptr null, i64 1
  %ci = ptrtoint ptr %c to i64
  %m1 = mul i64 %ai, 10000
  %m2 = mul i64 %bi, 100
  %s = add i64 %m1, %m2
  %r = add i64 %s, %ci
  ret i64 %r
}
define i64 @t_cexpr() {
  %p = load ptr, ptr @p2
  %v = load i16, ptr %p
  %q = getelementptr i16, ptr %p, i64 -1
  %w = load i16, ptr %q
  %vz = zext i16 %v to i64
  %wz = zext i16 %w to i64
  %r = mul i64 %vz, %wz
  ret i64 %r
}
define i64 @t_halfcmp() {
  %a = fptrunc double 0.1 to half
  %b = fptrunc float 0x3FB99999A0000000 to half
  %c = fcmp oeq half %a, %b
  %d = fptosi half %a to i8
  %e = fpext half %a to double
  %f = fmul double %e, 1.0e6
  %g = fptosi double %f to i64
  %cz = zext i1 %c to i64
  %dz = sext i8 %d to i64
  %s = add i64 %g, %cz
  %r = add i64 %s, %dz
  ret i64 %r
}
define i64 @t_frem() {
  %a = frem float 7.5, -2.0
  %b = frem double -0.0, 3.0
  %c = frem double 1.0e300, 3.0
  %ai = bitcast float %a to i32
  %bi = bitcast double %b to i64
  %ci = bitcast double %c to i64
  %az = zext i32 %ai to i64
  %x = xor i64 %az, %bi
  %r = xor i64 %x, %ci
  ret i64 %r
}
define i64 @t_odd() {
  %a = sitofp i33 -4294967296 to double
  %b = uitofp i33 -1 to float
  %c = trunc i64 81985529216486895 to i33
  %d = ashr i33 %c, 5
  %e = sext i33 %d to i64
  %ai = bitcast double %a to i64
  %bi = bitcast float %b to i32
  %bz = zext i32 %bi to i64
  %x = add i64 %ai, %bz
  %r = xor i64 %x, %e
  ret i64 %r
}
define i64 @t_bool_arr() {
  %p = alloca [4 x i1]
  store [4 x i1] [i1 true, i1 false, i1 true, i1 true], ptr %p
  %w = load i32, ptr %p
  %v = load <4 x i1>, ptr %p
  %vi = bitcast <4 x i1> %v to i4
  %wz = zext i32 %w to i64
  %vz = zext i4 %vi to i64
  %r = shl i64 %wz, 4
  %r2 = or i64 %r, %vz
  ret i64 %r2
}
