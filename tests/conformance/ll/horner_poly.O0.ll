; ModuleID = 'horner_poly.c'
source_filename = "horner_poly.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_step = dso_local global double 1.000000e-02, align 8
@__const.checksum.sin_coeffs = private unnamed_addr constant [8 x float] [float 0.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0xBFC5555560000000, float 0.000000e+00, float 0x3F81111120000000, float 0.000000e+00, float 0xBF2A01A020000000], align 16
@exp_coeffs = internal constant [10 x double] [double 1.000000e+00, double 1.000000e+00, double 5.000000e-01, double 0x3FC5555555555555, double 0x3FA5555555555555, double 0x3F81111111111111, double 0x3F56C16C16C16C17, double 0x3F2A01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EC71DE3A556C734], align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca double, align 8
  %2 = alloca [8 x float], align 16
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca float, align 4
  %12 = alloca i32, align 4
  %13 = load double, ptr @g_step, align 8
  store double %13, ptr %1, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.checksum.sin_coeffs, i64 32, i1 false)
  store i64 0, ptr %3, align 8
  store i64 0, ptr %4, align 8
  store i32 -200, ptr %5, align 4
  br label %14

14:                                               ; preds = %85, %0
  %15 = load i32, ptr %5, align 4
  %16 = icmp sle i32 %15, 200
  br i1 %16, label %17, label %88

17:                                               ; preds = %14
  %18 = load i32, ptr %5, align 4
  %19 = sitofp i32 %18 to double
  %20 = load double, ptr %1, align 8
  %21 = fmul double %19, %20
  store double %21, ptr %6, align 8
  %22 = load double, ptr %6, align 8
  %23 = call double @horner(ptr noundef @exp_coeffs, i32 noundef 10, double noundef %22)
  store double %23, ptr %7, align 8
  %24 = load double, ptr %6, align 8
  %25 = call double @estrin8(ptr noundef @exp_coeffs, double noundef %24)
  store double %25, ptr %8, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %7, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %8, i64 8, i1 false)
  %26 = load i64, ptr %3, align 8
  %27 = mul i64 %26, 31
  %28 = load i64, ptr %9, align 8
  %29 = add i64 %27, %28
  %30 = load i64, ptr %10, align 8
  %31 = mul i64 %30, 3
  %32 = add i64 %29, %31
  store i64 %32, ptr %3, align 8
  %33 = load double, ptr %6, align 8
  %34 = call double @llvm.exp.f64(double %33)
  %35 = load double, ptr %7, align 8
  %36 = fsub double %34, %35
  %37 = call i64 @quantize(double noundef %36)
  %38 = load i64, ptr %3, align 8
  %39 = add i64 %38, %37
  store i64 %39, ptr %3, align 8
  %40 = load double, ptr %6, align 8
  %41 = fptrunc double %40 to float
  %42 = call float @llvm.exp.f32(float %41)
  %43 = load double, ptr %6, align 8
  %44 = fptrunc double %43 to float
  %45 = fpext float %44 to double
  %46 = call double @llvm.exp.f64(double %45)
  %47 = call i32 @near_f(float noundef %42, double noundef %46)
  %48 = sext i32 %47 to i64
  %49 = load i64, ptr %4, align 8
  %50 = add i64 %49, %48
  store i64 %50, ptr %4, align 8
  %51 = getelementptr inbounds [8 x float], ptr %2, i64 0, i64 0
  %52 = load double, ptr %6, align 8
  %53 = fptrunc double %52 to float
  %54 = call float @horner_f(ptr noundef %51, i32 noundef 8, float noundef %53)
  store float %54, ptr %11, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 4 %11, i64 4, i1 false)
  %55 = load i32, ptr %12, align 4
  %56 = zext i32 %55 to i64
  %57 = load i64, ptr %3, align 8
  %58 = xor i64 %57, %56
  store i64 %58, ptr %3, align 8
  %59 = load double, ptr %6, align 8
  %60 = fptrunc double %59 to float
  %61 = call float @llvm.sin.f32(float %60)
  %62 = load double, ptr %6, align 8
  %63 = fptrunc double %62 to float
  %64 = fpext float %63 to double
  %65 = call double @llvm.sin.f64(double %64)
  %66 = call i32 @near_f(float noundef %61, double noundef %65)
  %67 = sext i32 %66 to i64
  %68 = load i64, ptr %4, align 8
  %69 = add i64 %68, %67
  store i64 %69, ptr %4, align 8
  %70 = load float, ptr %11, align 4
  %71 = load double, ptr %6, align 8
  %72 = fptrunc double %71 to float
  %73 = fpext float %72 to double
  %74 = call double @llvm.sin.f64(double %73)
  %75 = call i32 @near_f(float noundef %70, double noundef %74)
  %76 = sext i32 %75 to i64
  %77 = load i64, ptr %4, align 8
  %78 = add i64 %77, %76
  store i64 %78, ptr %4, align 8
  %79 = load double, ptr %6, align 8
  %80 = call double @llvm.cos.f64(double %79)
  %81 = fmul double %80, 7.000000e+00
  %82 = call i64 @quantize(double noundef %81)
  %83 = load i64, ptr %3, align 8
  %84 = add i64 %83, %82
  store i64 %84, ptr %3, align 8
  br label %85

85:                                               ; preds = %17
  %86 = load i32, ptr %5, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %5, align 4
  br label %14, !llvm.loop !5

88:                                               ; preds = %14
  %89 = load i64, ptr %3, align 8
  %90 = mul i64 %89, 1000
  %91 = load i64, ptr %4, align 8
  %92 = add i64 %90, %91
  ret i64 %92
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal double @horner(ptr noundef %0, i32 noundef %1, double noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store double %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %5, align 4
  %11 = sub nsw i32 %10, 1
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds double, ptr %9, i64 %12
  %14 = load double, ptr %13, align 8
  store double %14, ptr %7, align 8
  %15 = load i32, ptr %5, align 4
  %16 = sub nsw i32 %15, 2
  store i32 %16, ptr %8, align 4
  br label %17

17:                                               ; preds = %30, %3
  %18 = load i32, ptr %8, align 4
  %19 = icmp sge i32 %18, 0
  br i1 %19, label %20, label %33

20:                                               ; preds = %17
  %21 = load double, ptr %7, align 8
  %22 = load double, ptr %6, align 8
  %23 = fmul double %21, %22
  %24 = load ptr, ptr %4, align 8
  %25 = load i32, ptr %8, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %24, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = fadd double %23, %28
  store double %29, ptr %7, align 8
  br label %30

30:                                               ; preds = %20
  %31 = load i32, ptr %8, align 4
  %32 = add nsw i32 %31, -1
  store i32 %32, ptr %8, align 4
  br label %17, !llvm.loop !7

33:                                               ; preds = %17
  %34 = load double, ptr %7, align 8
  ret double %34
}

; Function Attrs: noinline nounwind optnone
define internal double @estrin8(ptr noundef %0, double noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %11 = load double, ptr %4, align 8
  %12 = load double, ptr %4, align 8
  %13 = fmul double %11, %12
  store double %13, ptr %5, align 8
  %14 = load double, ptr %5, align 8
  %15 = load double, ptr %5, align 8
  %16 = fmul double %14, %15
  store double %16, ptr %6, align 8
  %17 = load ptr, ptr %3, align 8
  %18 = getelementptr inbounds double, ptr %17, i64 0
  %19 = load double, ptr %18, align 8
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr inbounds double, ptr %20, i64 1
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %4, align 8
  %24 = fmul double %22, %23
  %25 = fadd double %19, %24
  store double %25, ptr %7, align 8
  %26 = load ptr, ptr %3, align 8
  %27 = getelementptr inbounds double, ptr %26, i64 2
  %28 = load double, ptr %27, align 8
  %29 = load ptr, ptr %3, align 8
  %30 = getelementptr inbounds double, ptr %29, i64 3
  %31 = load double, ptr %30, align 8
  %32 = load double, ptr %4, align 8
  %33 = fmul double %31, %32
  %34 = fadd double %28, %33
  store double %34, ptr %8, align 8
  %35 = load ptr, ptr %3, align 8
  %36 = getelementptr inbounds double, ptr %35, i64 4
  %37 = load double, ptr %36, align 8
  %38 = load ptr, ptr %3, align 8
  %39 = getelementptr inbounds double, ptr %38, i64 5
  %40 = load double, ptr %39, align 8
  %41 = load double, ptr %4, align 8
  %42 = fmul double %40, %41
  %43 = fadd double %37, %42
  store double %43, ptr %9, align 8
  %44 = load ptr, ptr %3, align 8
  %45 = getelementptr inbounds double, ptr %44, i64 6
  %46 = load double, ptr %45, align 8
  %47 = load ptr, ptr %3, align 8
  %48 = getelementptr inbounds double, ptr %47, i64 7
  %49 = load double, ptr %48, align 8
  %50 = load double, ptr %4, align 8
  %51 = fmul double %49, %50
  %52 = fadd double %46, %51
  store double %52, ptr %10, align 8
  %53 = load double, ptr %7, align 8
  %54 = load double, ptr %8, align 8
  %55 = load double, ptr %5, align 8
  %56 = fmul double %54, %55
  %57 = fadd double %53, %56
  %58 = load double, ptr %9, align 8
  %59 = load double, ptr %10, align 8
  %60 = load double, ptr %5, align 8
  %61 = fmul double %59, %60
  %62 = fadd double %58, %61
  %63 = load double, ptr %6, align 8
  %64 = fmul double %62, %63
  %65 = fadd double %57, %64
  ret double %65
}

; Function Attrs: noinline nounwind optnone
define internal i64 @quantize(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fmul double %3, 1.000000e+04
  %5 = fadd double %4, 5.000000e-01
  %6 = call double @llvm.floor.f64(double %5)
  %7 = fptosi double %6 to i64
  ret i64 %7
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @near_f(float noundef %0, double noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca double, align 8
  store float %0, ptr %3, align 4
  store double %1, ptr %4, align 8
  %5 = load float, ptr %3, align 4
  %6 = fpext float %5 to double
  %7 = load double, ptr %4, align 8
  %8 = fsub double %6, %7
  %9 = call double @llvm.fabs.f64(double %8)
  %10 = load double, ptr %4, align 8
  %11 = call double @llvm.fabs.f64(double %10)
  %12 = call double @llvm.maxnum.f64(double 1.000000e+00, double %11)
  %13 = fmul double 1.000000e-05, %12
  %14 = fcmp ole double %9, %13
  %15 = zext i1 %14 to i32
  ret i32 %15
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #2

; Function Attrs: noinline nounwind optnone
define internal float @horner_f(ptr noundef %0, i32 noundef %1, float noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store float %2, ptr %6, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %5, align 4
  %11 = sub nsw i32 %10, 1
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds float, ptr %9, i64 %12
  %14 = load float, ptr %13, align 4
  store float %14, ptr %7, align 4
  %15 = load i32, ptr %5, align 4
  %16 = sub nsw i32 %15, 2
  store i32 %16, ptr %8, align 4
  br label %17

17:                                               ; preds = %30, %3
  %18 = load i32, ptr %8, align 4
  %19 = icmp sge i32 %18, 0
  br i1 %19, label %20, label %33

20:                                               ; preds = %17
  %21 = load float, ptr %7, align 4
  %22 = load float, ptr %6, align 4
  %23 = fmul float %21, %22
  %24 = load ptr, ptr %4, align 8
  %25 = load i32, ptr %8, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds float, ptr %24, i64 %26
  %28 = load float, ptr %27, align 4
  %29 = fadd float %23, %28
  store float %29, ptr %7, align 4
  br label %30

30:                                               ; preds = %20
  %31 = load i32, ptr %8, align 4
  %32 = add nsw i32 %31, -1
  store i32 %32, ptr %8, align 4
  br label %17, !llvm.loop !8

33:                                               ; preds = %17
  %34 = load float, ptr %7, align 4
  ret float %34
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
