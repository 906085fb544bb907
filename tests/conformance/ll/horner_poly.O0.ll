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
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = load double, ptr @g_step, align 8
  store double %12, ptr %1, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.checksum.sin_coeffs, i64 32, i1 false)
  store i64 0, ptr %3, align 8
  store i32 -200, ptr %4, align 4
  br label %13

13:                                               ; preds = %71, %0
  %14 = load i32, ptr %4, align 4
  %15 = icmp sle i32 %14, 200
  br i1 %15, label %16, label %74

16:                                               ; preds = %13
  %17 = load i32, ptr %4, align 4
  %18 = sitofp i32 %17 to double
  %19 = load double, ptr %1, align 8
  %20 = fmul double %18, %19
  store double %20, ptr %5, align 8
  %21 = load double, ptr %5, align 8
  %22 = call double @horner(ptr noundef @exp_coeffs, i32 noundef 10, double noundef %21)
  store double %22, ptr %6, align 8
  %23 = load double, ptr %5, align 8
  %24 = call double @estrin8(ptr noundef @exp_coeffs, double noundef %23)
  store double %24, ptr %7, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %6, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %7, i64 8, i1 false)
  %25 = load i64, ptr %3, align 8
  %26 = mul i64 %25, 31
  %27 = load i64, ptr %8, align 8
  %28 = add i64 %26, %27
  %29 = load i64, ptr %9, align 8
  %30 = mul i64 %29, 3
  %31 = add i64 %28, %30
  store i64 %31, ptr %3, align 8
  %32 = load double, ptr %5, align 8
  %33 = call double @llvm.exp.f64(double %32)
  %34 = load double, ptr %6, align 8
  %35 = fsub double %33, %34
  %36 = call i64 @quantize(double noundef %35)
  %37 = load i64, ptr %3, align 8
  %38 = add i64 %37, %36
  store i64 %38, ptr %3, align 8
  %39 = load double, ptr %5, align 8
  %40 = fptrunc double %39 to float
  %41 = call float @llvm.exp.f32(float %40)
  %42 = fmul float %41, 1.000000e+01
  %43 = fpext float %42 to double
  %44 = call i64 @quantize(double noundef %43)
  %45 = load i64, ptr %3, align 8
  %46 = add i64 %45, %44
  store i64 %46, ptr %3, align 8
  %47 = getelementptr inbounds [8 x float], ptr %2, i64 0, i64 0
  %48 = load double, ptr %5, align 8
  %49 = fptrunc double %48 to float
  %50 = call float @horner_f(ptr noundef %47, i32 noundef 8, float noundef %49)
  store float %50, ptr %10, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %11, ptr align 4 %10, i64 4, i1 false)
  %51 = load i32, ptr %11, align 4
  %52 = zext i32 %51 to i64
  %53 = load i64, ptr %3, align 8
  %54 = xor i64 %53, %52
  store i64 %54, ptr %3, align 8
  %55 = load double, ptr %5, align 8
  %56 = fptrunc double %55 to float
  %57 = call float @llvm.sin.f32(float %56)
  %58 = load float, ptr %10, align 4
  %59 = fsub float %57, %58
  %60 = fmul float %59, 1.000000e+03
  %61 = fpext float %60 to double
  %62 = call i64 @quantize(double noundef %61)
  %63 = load i64, ptr %3, align 8
  %64 = add i64 %63, %62
  store i64 %64, ptr %3, align 8
  %65 = load double, ptr %5, align 8
  %66 = call double @llvm.cos.f64(double %65)
  %67 = fmul double %66, 7.000000e+00
  %68 = call i64 @quantize(double noundef %67)
  %69 = load i64, ptr %3, align 8
  %70 = add i64 %69, %68
  store i64 %70, ptr %3, align 8
  br label %71

71:                                               ; preds = %16
  %72 = load i32, ptr %4, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %4, align 4
  br label %13, !llvm.loop !5

74:                                               ; preds = %13
  %75 = load i64, ptr %3, align 8
  ret i64 %75
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
declare double @llvm.cos.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

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
