; ModuleID = 'integration.c'
source_filename = "integration.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_intervals = dso_local global i32 400, align 4
@checksum.fns = internal constant [5 x ptr] [ptr @f_sin, ptr @f_gauss, ptr @f_log, ptr @f_atan_deriv, ptr @f_tanh], align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = load i32, ptr @g_intervals, align 4
  store i32 %4, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %29, %0
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 5
  br i1 %7, label %8, label %32

8:                                                ; preds = %5
  %9 = load i64, ptr %2, align 8
  %10 = mul i64 %9, 1000003
  %11 = load i32, ptr %3, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [5 x ptr], ptr @checksum.fns, i64 0, i64 %12
  %14 = load ptr, ptr %13, align 8
  %15 = load i32, ptr %1, align 4
  %16 = call double @trapezoid(ptr noundef %14, double noundef 0.000000e+00, double noundef 2.000000e+00, i32 noundef %15)
  %17 = call i64 @q(double noundef %16)
  %18 = add i64 %10, %17
  store i64 %18, ptr %2, align 8
  %19 = load i64, ptr %2, align 8
  %20 = mul i64 %19, 1000003
  %21 = load i32, ptr %3, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [5 x ptr], ptr @checksum.fns, i64 0, i64 %22
  %24 = load ptr, ptr %23, align 8
  %25 = load i32, ptr %1, align 4
  %26 = call double @simpson(ptr noundef %24, double noundef 0.000000e+00, double noundef 2.000000e+00, i32 noundef %25)
  %27 = call i64 @q(double noundef %26)
  %28 = add i64 %20, %27
  store i64 %28, ptr %2, align 8
  br label %29

29:                                               ; preds = %8
  %30 = load i32, ptr %3, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %3, align 4
  br label %5, !llvm.loop !5

32:                                               ; preds = %5
  %33 = load i64, ptr %2, align 8
  %34 = mul i64 %33, 31
  %35 = load i32, ptr %1, align 4
  %36 = call double @simpson(ptr noundef @f_atan_deriv, double noundef 0.000000e+00, double noundef 1.000000e+00, i32 noundef %35)
  %37 = fmul double 4.000000e+00, %36
  %38 = call i64 @q(double noundef %37)
  %39 = add i64 %34, %38
  store i64 %39, ptr %2, align 8
  %40 = load i64, ptr %2, align 8
  %41 = mul i64 %40, 31
  %42 = load i32, ptr %1, align 4
  %43 = call float @midpoint_f(float noundef 0.000000e+00, float noundef 3.000000e+00, i32 noundef %42)
  %44 = fpext float %43 to double
  %45 = fmul double %44, 1.000000e+02
  %46 = fadd double %45, 5.000000e-01
  %47 = call double @llvm.floor.f64(double %46)
  %48 = fptosi double %47 to i64
  %49 = add i64 %41, %48
  store i64 %49, ptr %2, align 8
  %50 = load i64, ptr %2, align 8
  %51 = mul i64 %50, 31
  %52 = call double @llvm.pow.f64(double 2.000000e+00, double 5.000000e-01)
  %53 = call double @llvm.pow.f64(double 1.000000e+01, double -1.500000e+00)
  %54 = fadd double %52, %53
  %55 = call double @llvm.pow.f64(double 1.500000e+00, double 7.250000e+00)
  %56 = fadd double %54, %55
  %57 = call i64 @q(double noundef %56)
  %58 = add i64 %51, %57
  store i64 %58, ptr %2, align 8
  %59 = load i64, ptr %2, align 8
  ret i64 %59
}

; Function Attrs: noinline nounwind optnone
define internal double @f_sin(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @llvm.sin.f64(double %3)
  ret double %4
}

; Function Attrs: noinline nounwind optnone
define internal double @f_gauss(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fneg double %3
  %5 = load double, ptr %2, align 8
  %6 = fmul double %4, %5
  %7 = call double @llvm.exp.f64(double %6)
  ret double %7
}

; Function Attrs: noinline nounwind optnone
define internal double @f_log(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fadd double 1.000000e+00, %3
  %5 = call double @llvm.log.f64(double %4)
  ret double %5
}

; Function Attrs: noinline nounwind optnone
define internal double @f_atan_deriv(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = load double, ptr %2, align 8
  %5 = fmul double %3, %4
  %6 = fadd double 1.000000e+00, %5
  %7 = fdiv double 1.000000e+00, %6
  ret double %7
}

; Function Attrs: noinline nounwind optnone
define internal double @f_tanh(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @tanh(double noundef %3) #3
  %5 = load double, ptr %2, align 8
  %6 = call double @llvm.cos.f64(double %5)
  %7 = fmul double %4, %6
  ret double %7
}

; Function Attrs: noinline nounwind optnone
define internal i64 @q(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fmul double %3, 1.000000e+04
  %5 = fadd double %4, 5.000000e-01
  %6 = call double @llvm.floor.f64(double %5)
  %7 = fptosi double %6 to i64
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone
define internal double @trapezoid(ptr noundef %0, double noundef %1, double noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store double %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  %12 = load double, ptr %7, align 8
  %13 = load double, ptr %6, align 8
  %14 = fsub double %12, %13
  %15 = load i32, ptr %8, align 4
  %16 = sitofp i32 %15 to double
  %17 = fdiv double %14, %16
  store double %17, ptr %9, align 8
  %18 = load ptr, ptr %5, align 8
  %19 = load double, ptr %6, align 8
  %20 = call double %18(double noundef %19)
  %21 = load ptr, ptr %5, align 8
  %22 = load double, ptr %7, align 8
  %23 = call double %21(double noundef %22)
  %24 = fadd double %20, %23
  %25 = fmul double 5.000000e-01, %24
  store double %25, ptr %10, align 8
  store i32 1, ptr %11, align 4
  br label %26

26:                                               ; preds = %41, %4
  %27 = load i32, ptr %11, align 4
  %28 = load i32, ptr %8, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %44

30:                                               ; preds = %26
  %31 = load ptr, ptr %5, align 8
  %32 = load double, ptr %6, align 8
  %33 = load i32, ptr %11, align 4
  %34 = sitofp i32 %33 to double
  %35 = load double, ptr %9, align 8
  %36 = fmul double %34, %35
  %37 = fadd double %32, %36
  %38 = call double %31(double noundef %37)
  %39 = load double, ptr %10, align 8
  %40 = fadd double %39, %38
  store double %40, ptr %10, align 8
  br label %41

41:                                               ; preds = %30
  %42 = load i32, ptr %11, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %11, align 4
  br label %26, !llvm.loop !7

44:                                               ; preds = %26
  %45 = load double, ptr %10, align 8
  %46 = load double, ptr %9, align 8
  %47 = fmul double %45, %46
  ret double %47
}

; Function Attrs: noinline nounwind optnone
define internal double @simpson(ptr noundef %0, double noundef %1, double noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store double %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  %12 = load double, ptr %7, align 8
  %13 = load double, ptr %6, align 8
  %14 = fsub double %12, %13
  %15 = load i32, ptr %8, align 4
  %16 = sitofp i32 %15 to double
  %17 = fdiv double %14, %16
  store double %17, ptr %9, align 8
  %18 = load ptr, ptr %5, align 8
  %19 = load double, ptr %6, align 8
  %20 = call double %18(double noundef %19)
  %21 = load ptr, ptr %5, align 8
  %22 = load double, ptr %7, align 8
  %23 = call double %21(double noundef %22)
  %24 = fadd double %20, %23
  store double %24, ptr %10, align 8
  store i32 1, ptr %11, align 4
  br label %25

25:                                               ; preds = %46, %4
  %26 = load i32, ptr %11, align 4
  %27 = load i32, ptr %8, align 4
  %28 = icmp slt i32 %26, %27
  br i1 %28, label %29, label %49

29:                                               ; preds = %25
  %30 = load ptr, ptr %5, align 8
  %31 = load double, ptr %6, align 8
  %32 = load i32, ptr %11, align 4
  %33 = sitofp i32 %32 to double
  %34 = load double, ptr %9, align 8
  %35 = fmul double %33, %34
  %36 = fadd double %31, %35
  %37 = call double %30(double noundef %36)
  %38 = load i32, ptr %11, align 4
  %39 = srem i32 %38, 2
  %40 = icmp ne i32 %39, 0
  %41 = zext i1 %40 to i64
  %42 = select i1 %40, double 4.000000e+00, double 2.000000e+00
  %43 = fmul double %37, %42
  %44 = load double, ptr %10, align 8
  %45 = fadd double %44, %43
  store double %45, ptr %10, align 8
  br label %46

46:                                               ; preds = %29
  %47 = load i32, ptr %11, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %11, align 4
  br label %25, !llvm.loop !8

49:                                               ; preds = %25
  %50 = load double, ptr %10, align 8
  %51 = load double, ptr %9, align 8
  %52 = fmul double %50, %51
  %53 = fdiv double %52, 3.000000e+00
  ret double %53
}

; Function Attrs: noinline nounwind optnone
define internal float @midpoint_f(float noundef %0, float noundef %1, i32 noundef %2) #0 {
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  store float %0, ptr %4, align 4
  store float %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %11 = load float, ptr %5, align 4
  %12 = load float, ptr %4, align 4
  %13 = fsub float %11, %12
  %14 = load i32, ptr %6, align 4
  %15 = sitofp i32 %14 to float
  %16 = fdiv float %13, %15
  store float %16, ptr %7, align 4
  store float 0.000000e+00, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %17

17:                                               ; preds = %45, %3
  %18 = load i32, ptr %9, align 4
  %19 = load i32, ptr %6, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %48

21:                                               ; preds = %17
  %22 = load float, ptr %4, align 4
  %23 = load i32, ptr %9, align 4
  %24 = sitofp i32 %23 to float
  %25 = fadd float %24, 5.000000e-01
  %26 = load float, ptr %7, align 4
  %27 = fmul float %25, %26
  %28 = fadd float %22, %27
  store float %28, ptr %10, align 4
  %29 = load float, ptr %10, align 4
  %30 = fneg float %29
  %31 = call float @llvm.exp.f32(float %30)
  %32 = load float, ptr %10, align 4
  %33 = fmul float 3.000000e+00, %32
  %34 = call float @llvm.sin.f32(float %33)
  %35 = fmul float %31, %34
  %36 = load float, ptr %10, align 4
  %37 = fadd float 1.000000e+00, %36
  %38 = call float @llvm.log.f32(float %37)
  %39 = fadd float %35, %38
  %40 = load float, ptr %10, align 4
  %41 = call float @llvm.sqrt.f32(float %40)
  %42 = fsub float %39, %41
  %43 = load float, ptr %8, align 4
  %44 = fadd float %43, %42
  store float %44, ptr %8, align 4
  br label %45

45:                                               ; preds = %21
  %46 = load i32, ptr %9, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %9, align 4
  br label %17, !llvm.loop !9

48:                                               ; preds = %17
  %49 = load float, ptr %8, align 4
  %50 = load float, ptr %7, align 4
  %51 = fmul float %49, %50
  ret float %51
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.pow.f64(double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #1

; Function Attrs: nounwind willreturn memory(none)
declare double @tanh(double noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(none) }

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
!9 = distinct !{!9, !6}
