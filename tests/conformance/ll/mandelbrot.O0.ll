; ModuleID = 'mandelbrot.c'
source_filename = "mandelbrot.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_max_iter = dso_local global i32 50, align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = load i32, ptr @g_max_iter, align 4
  store i32 %11, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %12

12:                                               ; preds = %59, %0
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %13, 48
  br i1 %14, label %15, label %62

15:                                               ; preds = %12
  store i32 0, ptr %4, align 4
  br label %16

16:                                               ; preds = %55, %15
  %17 = load i32, ptr %4, align 4
  %18 = icmp slt i32 %17, 64
  br i1 %18, label %19, label %58

19:                                               ; preds = %16
  %20 = load i32, ptr %4, align 4
  %21 = sitofp i32 %20 to double
  %22 = fmul double 2.600000e+00, %21
  %23 = fdiv double %22, 6.400000e+01
  %24 = fadd double -2.000000e+00, %23
  store double %24, ptr %5, align 8
  %25 = load i32, ptr %3, align 4
  %26 = sitofp i32 %25 to double
  %27 = fmul double 2.400000e+00, %26
  %28 = fdiv double %27, 4.800000e+01
  %29 = fadd double -1.200000e+00, %28
  store double %29, ptr %6, align 8
  %30 = load double, ptr %5, align 8
  %31 = load double, ptr %6, align 8
  %32 = load i32, ptr %1, align 4
  %33 = call i32 @mandel_d(double noundef %30, double noundef %31, i32 noundef %32)
  store i32 %33, ptr %7, align 4
  %34 = load double, ptr %5, align 8
  %35 = fptrunc double %34 to float
  %36 = fmul float %35, 7.500000e-01
  %37 = load double, ptr %6, align 8
  %38 = fptrunc double %37 to float
  %39 = load i32, ptr %1, align 4
  %40 = call i32 @julia_f(float noundef %36, float noundef %38, float noundef 0xBFE99999A0000000, float noundef 0x3FC3F7CEE0000000, i32 noundef %39, ptr noundef %8)
  store i32 %40, ptr %9, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %10, ptr align 4 %8, i64 4, i1 false)
  %41 = load i64, ptr %2, align 8
  %42 = mul i64 %41, 33
  %43 = load i32, ptr %7, align 4
  %44 = sext i32 %43 to i64
  %45 = add i64 %42, %44
  store i64 %45, ptr %2, align 8
  %46 = load i32, ptr %9, align 4
  %47 = sext i32 %46 to i64
  %48 = shl i64 %47, 7
  %49 = load i64, ptr %2, align 8
  %50 = xor i64 %49, %48
  store i64 %50, ptr %2, align 8
  %51 = load i32, ptr %10, align 4
  %52 = zext i32 %51 to i64
  %53 = load i64, ptr %2, align 8
  %54 = add i64 %53, %52
  store i64 %54, ptr %2, align 8
  br label %55

55:                                               ; preds = %19
  %56 = load i32, ptr %4, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %4, align 4
  br label %16, !llvm.loop !5

58:                                               ; preds = %16
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %3, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %3, align 4
  br label %12, !llvm.loop !7

62:                                               ; preds = %12
  %63 = load i64, ptr %2, align 8
  ret i64 %63
}

; Function Attrs: noinline nounwind optnone
define internal i32 @mandel_d(double noundef %0, double noundef %1, i32 noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store double 0.000000e+00, ptr %7, align 8
  store double 0.000000e+00, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %11

11:                                               ; preds = %26, %3
  %12 = load i32, ptr %9, align 4
  %13 = load i32, ptr %6, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %24

15:                                               ; preds = %11
  %16 = load double, ptr %7, align 8
  %17 = load double, ptr %7, align 8
  %18 = fmul double %16, %17
  %19 = load double, ptr %8, align 8
  %20 = load double, ptr %8, align 8
  %21 = fmul double %19, %20
  %22 = fadd double %18, %21
  %23 = fcmp ole double %22, 4.000000e+00
  br label %24

24:                                               ; preds = %15, %11
  %25 = phi i1 [ false, %11 ], [ %23, %15 ]
  br i1 %25, label %26, label %45

26:                                               ; preds = %24
  %27 = load double, ptr %7, align 8
  %28 = load double, ptr %7, align 8
  %29 = fmul double %27, %28
  %30 = load double, ptr %8, align 8
  %31 = load double, ptr %8, align 8
  %32 = fmul double %30, %31
  %33 = fsub double %29, %32
  %34 = load double, ptr %4, align 8
  %35 = fadd double %33, %34
  store double %35, ptr %10, align 8
  %36 = load double, ptr %7, align 8
  %37 = fmul double 2.000000e+00, %36
  %38 = load double, ptr %8, align 8
  %39 = fmul double %37, %38
  %40 = load double, ptr %5, align 8
  %41 = fadd double %39, %40
  store double %41, ptr %8, align 8
  %42 = load double, ptr %10, align 8
  store double %42, ptr %7, align 8
  %43 = load i32, ptr %9, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %9, align 4
  br label %11, !llvm.loop !8

45:                                               ; preds = %24
  %46 = load i32, ptr %9, align 4
  ret i32 %46
}

; Function Attrs: noinline nounwind optnone
define internal i32 @julia_f(float noundef %0, float noundef %1, float noundef %2, float noundef %3, i32 noundef %4, ptr noundef %5) #0 {
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca float, align 4
  %15 = alloca float, align 4
  store float %0, ptr %7, align 4
  store float %1, ptr %8, align 4
  store float %2, ptr %9, align 4
  store float %3, ptr %10, align 4
  store i32 %4, ptr %11, align 4
  store ptr %5, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %16

16:                                               ; preds = %44, %6
  %17 = load i32, ptr %13, align 4
  %18 = load i32, ptr %11, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %47

20:                                               ; preds = %16
  %21 = load float, ptr %7, align 4
  %22 = load float, ptr %7, align 4
  %23 = fmul float %21, %22
  store float %23, ptr %14, align 4
  %24 = load float, ptr %8, align 4
  %25 = load float, ptr %8, align 4
  %26 = fmul float %24, %25
  store float %26, ptr %15, align 4
  %27 = load float, ptr %14, align 4
  %28 = load float, ptr %15, align 4
  %29 = fadd float %27, %28
  %30 = fcmp ogt float %29, 4.000000e+00
  br i1 %30, label %31, label %32

31:                                               ; preds = %20
  br label %47

32:                                               ; preds = %20
  %33 = load float, ptr %7, align 4
  %34 = fmul float 2.000000e+00, %33
  %35 = load float, ptr %8, align 4
  %36 = fmul float %34, %35
  %37 = load float, ptr %10, align 4
  %38 = fadd float %36, %37
  store float %38, ptr %8, align 4
  %39 = load float, ptr %14, align 4
  %40 = load float, ptr %15, align 4
  %41 = fsub float %39, %40
  %42 = load float, ptr %9, align 4
  %43 = fadd float %41, %42
  store float %43, ptr %7, align 4
  br label %44

44:                                               ; preds = %32
  %45 = load i32, ptr %13, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %13, align 4
  br label %16, !llvm.loop !9

47:                                               ; preds = %31, %16
  %48 = load float, ptr %7, align 4
  %49 = load ptr, ptr %12, align 8
  store float %48, ptr %49, align 4
  %50 = load i32, ptr %13, align 4
  ret i32 %50
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
