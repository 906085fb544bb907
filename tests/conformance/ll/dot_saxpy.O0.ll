; ModuleID = 'dot_saxpy.c'
source_filename = "dot_saxpy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_alpha = dso_local global float 1.250000e+00, align 4
@xs = internal global [1024 x float] zeroinitializer, align 16
@ys = internal global [1024 x float] zeroinitializer, align 16
@xd = internal global [1024 x double] zeroinitializer, align 16
@yd = internal global [1024 x double] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  store i32 1, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %7

7:                                                ; preds = %43, %0
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %8, 1024
  br i1 %9, label %10, label %46

10:                                               ; preds = %7
  %11 = load i32, ptr %1, align 4
  %12 = mul i32 %11, 1664525
  %13 = add i32 %12, 1013904223
  store i32 %13, ptr %1, align 4
  %14 = load i32, ptr %1, align 4
  %15 = lshr i32 %14, 8
  %16 = uitofp i32 %15 to float
  %17 = fdiv float %16, 0x4170000000000000
  %18 = fsub float %17, 5.000000e-01
  %19 = load i32, ptr %2, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [1024 x float], ptr @xs, i64 0, i64 %20
  store float %18, ptr %21, align 4
  %22 = load i32, ptr %2, align 4
  %23 = srem i32 %22, 17
  %24 = sitofp i32 %23 to float
  %25 = fmul float %24, 1.250000e-01
  %26 = fsub float %25, 1.000000e+00
  %27 = load i32, ptr %2, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [1024 x float], ptr @ys, i64 0, i64 %28
  store float %26, ptr %29, align 4
  %30 = load i32, ptr %1, align 4
  %31 = sitofp i32 %30 to double
  %32 = fdiv double %31, 0x41E0000000000000
  %33 = load i32, ptr %2, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [1024 x double], ptr @xd, i64 0, i64 %34
  store double %32, ptr %35, align 8
  %36 = load i32, ptr %2, align 4
  %37 = add nsw i32 %36, 1
  %38 = sitofp i32 %37 to double
  %39 = fdiv double 1.000000e+00, %38
  %40 = load i32, ptr %2, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [1024 x double], ptr @yd, i64 0, i64 %41
  store double %39, ptr %42, align 8
  br label %43

43:                                               ; preds = %10
  %44 = load i32, ptr %2, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %2, align 4
  br label %7, !llvm.loop !5

46:                                               ; preds = %7
  store i64 0, ptr %3, align 8
  %47 = load float, ptr @g_alpha, align 4
  store float %47, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %48

48:                                               ; preds = %81, %46
  %49 = load i32, ptr %5, align 4
  %50 = icmp slt i32 %49, 10
  br i1 %50, label %51, label %84

51:                                               ; preds = %48
  %52 = load float, ptr %4, align 4
  call void @saxpy(float noundef %52, ptr noundef @xs, ptr noundef @ys, i32 noundef 1024)
  %53 = call float @sdot(ptr noundef @xs, ptr noundef @ys, i32 noundef 1024)
  store float %53, ptr %6, align 4
  %54 = load i64, ptr %3, align 8
  %55 = mul i64 %54, 31
  %56 = load float, ptr %6, align 4
  %57 = call i32 @bits_f(float noundef %56)
  %58 = zext i32 %57 to i64
  %59 = add i64 %55, %58
  store i64 %59, ptr %3, align 8
  %60 = load float, ptr %4, align 4
  %61 = fpext float %60 to double
  %62 = fmul double %61, 5.000000e-01
  call void @daxpy(double noundef %62, ptr noundef @xd, ptr noundef @yd, i32 noundef 1024)
  %63 = load i64, ptr %3, align 8
  %64 = mul i64 %63, 31
  %65 = call double @ddot(ptr noundef @xd, ptr noundef @yd, i32 noundef 1024)
  %66 = call i64 @bits_d(double noundef %65)
  %67 = add i64 %64, %66
  store i64 %67, ptr %3, align 8
  %68 = call double @ddot(ptr noundef @yd, ptr noundef @yd, i32 noundef 1024)
  %69 = call double @llvm.sqrt.f64(double %68)
  %70 = call i64 @bits_d(double noundef %69)
  %71 = call float @sdot(ptr noundef @ys, ptr noundef @ys, i32 noundef 1024)
  %72 = call float @llvm.sqrt.f32(float %71)
  %73 = call i32 @bits_f(float noundef %72)
  %74 = zext i32 %73 to i64
  %75 = add i64 %70, %74
  %76 = load i64, ptr %3, align 8
  %77 = xor i64 %76, %75
  store i64 %77, ptr %3, align 8
  %78 = load float, ptr %4, align 4
  %79 = fneg float %78
  %80 = fmul float %79, 7.500000e-01
  store float %80, ptr %4, align 4
  br label %81

81:                                               ; preds = %51
  %82 = load i32, ptr %5, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %5, align 4
  br label %48, !llvm.loop !7

84:                                               ; preds = %48
  %85 = call double @kahan_sum(ptr noundef @yd, i32 noundef 1024)
  %86 = call i64 @bits_d(double noundef %85)
  %87 = load i64, ptr %3, align 8
  %88 = add i64 %87, %86
  store i64 %88, ptr %3, align 8
  %89 = load i64, ptr %3, align 8
  ret i64 %89
}

; Function Attrs: noinline nounwind optnone
define internal void @saxpy(float noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca float, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store float %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %32, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %35

14:                                               ; preds = %10
  %15 = load float, ptr %5, align 4
  %16 = load ptr, ptr %6, align 8
  %17 = load i32, ptr %9, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds float, ptr %16, i64 %18
  %20 = load float, ptr %19, align 4
  %21 = fmul float %15, %20
  %22 = load ptr, ptr %7, align 8
  %23 = load i32, ptr %9, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds float, ptr %22, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = fadd float %21, %26
  %28 = load ptr, ptr %7, align 8
  %29 = load i32, ptr %9, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds float, ptr %28, i64 %30
  store float %27, ptr %31, align 4
  br label %32

32:                                               ; preds = %14
  %33 = load i32, ptr %9, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %9, align 4
  br label %10, !llvm.loop !8

35:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal float @sdot(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store float 0.000000e+00, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %27, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %30

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds float, ptr %14, i64 %16
  %18 = load float, ptr %17, align 4
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %8, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds float, ptr %19, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = fmul float %18, %23
  %25 = load float, ptr %7, align 4
  %26 = fadd float %25, %24
  store float %26, ptr %7, align 4
  br label %27

27:                                               ; preds = %13
  %28 = load i32, ptr %8, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %8, align 4
  br label %9, !llvm.loop !9

30:                                               ; preds = %9
  %31 = load float, ptr %7, align 4
  ret float %31
}

; Function Attrs: noinline nounwind optnone
define internal i32 @bits_f(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca i32, align 4
  store float %0, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %2, i64 4, i1 false)
  %4 = load i32, ptr %3, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define internal void @daxpy(double noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca double, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store double %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %28, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %31

14:                                               ; preds = %10
  %15 = load double, ptr %5, align 8
  %16 = load ptr, ptr %6, align 8
  %17 = load i32, ptr %9, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds double, ptr %16, i64 %18
  %20 = load double, ptr %19, align 8
  %21 = fmul double %15, %20
  %22 = load ptr, ptr %7, align 8
  %23 = load i32, ptr %9, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = fadd double %26, %21
  store double %27, ptr %25, align 8
  br label %28

28:                                               ; preds = %14
  %29 = load i32, ptr %9, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %9, align 4
  br label %10, !llvm.loop !10

31:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i64 @bits_d(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca i64, align 8
  store double %0, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %2, i64 8, i1 false)
  %4 = load i64, ptr %3, align 8
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone
define internal double @ddot(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %27, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %30

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds double, ptr %14, i64 %16
  %18 = load double, ptr %17, align 8
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %8, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = fmul double %18, %23
  %25 = load double, ptr %7, align 8
  %26 = fadd double %25, %24
  store double %26, ptr %7, align 8
  br label %27

27:                                               ; preds = %13
  %28 = load i32, ptr %8, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %8, align 4
  br label %9, !llvm.loop !11

30:                                               ; preds = %9
  %31 = load double, ptr %7, align 8
  ret double %31
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: noinline nounwind optnone
define internal double @kahan_sum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store double 0.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %10

10:                                               ; preds = %31, %2
  %11 = load i32, ptr %7, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %34

14:                                               ; preds = %10
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %7, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds double, ptr %15, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = load double, ptr %6, align 8
  %21 = fsub double %19, %20
  store double %21, ptr %8, align 8
  %22 = load double, ptr %5, align 8
  %23 = load double, ptr %8, align 8
  %24 = fadd double %22, %23
  store double %24, ptr %9, align 8
  %25 = load double, ptr %9, align 8
  %26 = load double, ptr %5, align 8
  %27 = fsub double %25, %26
  %28 = load double, ptr %8, align 8
  %29 = fsub double %27, %28
  store double %29, ptr %6, align 8
  %30 = load double, ptr %9, align 8
  store double %30, ptr %5, align 8
  br label %31

31:                                               ; preds = %14
  %32 = load i32, ptr %7, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %7, align 4
  br label %10, !llvm.loop !12

34:                                               ; preds = %10
  %35 = load double, ptr %5, align 8
  ret double %35
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
