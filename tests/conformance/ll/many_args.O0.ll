; ModuleID = 'many_args.c'
source_filename = "many_args.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Quad = type { i32, i32, i32, i32 }

@g_seed = dso_local global i32 5, align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @ints10(i64 noundef %0, i32 noundef %1, i16 noundef signext %2, i8 noundef signext %3, i64 noundef %4, i32 noundef %5, i16 noundef zeroext %6, i8 noundef zeroext %7, i64 noundef %8, i32 noundef %9) #0 {
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i16, align 2
  %14 = alloca i8, align 1
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  %17 = alloca i16, align 2
  %18 = alloca i8, align 1
  %19 = alloca i64, align 8
  %20 = alloca i32, align 4
  store i64 %0, ptr %11, align 8
  store i32 %1, ptr %12, align 4
  store i16 %2, ptr %13, align 2
  store i8 %3, ptr %14, align 1
  store i64 %4, ptr %15, align 8
  store i32 %5, ptr %16, align 4
  store i16 %6, ptr %17, align 2
  store i8 %7, ptr %18, align 1
  store i64 %8, ptr %19, align 8
  store i32 %9, ptr %20, align 4
  %21 = load i64, ptr %11, align 8
  %22 = mul nsw i64 %21, 3
  %23 = load i32, ptr %12, align 4
  %24 = mul nsw i32 %23, 5
  %25 = sext i32 %24 to i64
  %26 = add nsw i64 %22, %25
  %27 = load i16, ptr %13, align 2
  %28 = sext i16 %27 to i32
  %29 = mul nsw i32 %28, 7
  %30 = sext i32 %29 to i64
  %31 = sub nsw i64 %26, %30
  %32 = load i8, ptr %14, align 1
  %33 = sext i8 %32 to i32
  %34 = mul nsw i32 %33, 11
  %35 = sext i32 %34 to i64
  %36 = add nsw i64 %31, %35
  %37 = load i64, ptr %15, align 8
  %38 = urem i64 %37, 1000
  %39 = mul nsw i64 %38, 13
  %40 = add nsw i64 %36, %39
  %41 = load i32, ptr %16, align 4
  %42 = zext i32 %41 to i64
  %43 = mul nsw i64 %42, 17
  %44 = add nsw i64 %40, %43
  %45 = load i16, ptr %17, align 2
  %46 = zext i16 %45 to i32
  %47 = mul nsw i32 %46, 19
  %48 = sext i32 %47 to i64
  %49 = sub nsw i64 %44, %48
  %50 = load i8, ptr %18, align 1
  %51 = zext i8 %50 to i32
  %52 = mul nsw i32 %51, 23
  %53 = sext i32 %52 to i64
  %54 = add nsw i64 %49, %53
  %55 = load i64, ptr %19, align 8
  %56 = mul nsw i64 %55, 29
  %57 = sub nsw i64 %54, %56
  %58 = load i32, ptr %20, align 4
  %59 = mul nsw i32 %58, 31
  %60 = sext i32 %59 to i64
  %61 = add nsw i64 %57, %60
  ret i64 %61
}

; Function Attrs: noinline nounwind optnone
define dso_local double @doubles12(double noundef %0, double noundef %1, double noundef %2, double noundef %3, double noundef %4, double noundef %5, double noundef %6, double noundef %7, double noundef %8, double noundef %9, double noundef %10, double noundef %11) #0 {
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  %18 = alloca double, align 8
  %19 = alloca double, align 8
  %20 = alloca double, align 8
  %21 = alloca double, align 8
  %22 = alloca double, align 8
  %23 = alloca double, align 8
  %24 = alloca double, align 8
  store double %0, ptr %13, align 8
  store double %1, ptr %14, align 8
  store double %2, ptr %15, align 8
  store double %3, ptr %16, align 8
  store double %4, ptr %17, align 8
  store double %5, ptr %18, align 8
  store double %6, ptr %19, align 8
  store double %7, ptr %20, align 8
  store double %8, ptr %21, align 8
  store double %9, ptr %22, align 8
  store double %10, ptr %23, align 8
  store double %11, ptr %24, align 8
  %25 = load double, ptr %13, align 8
  %26 = load double, ptr %14, align 8
  %27 = fsub double %25, %26
  %28 = load double, ptr %15, align 8
  %29 = fmul double %27, %28
  %30 = load double, ptr %16, align 8
  %31 = fadd double %29, %30
  %32 = load double, ptr %17, align 8
  %33 = load double, ptr %18, align 8
  %34 = fmul double %32, %33
  %35 = fsub double %31, %34
  %36 = load double, ptr %19, align 8
  %37 = fadd double %35, %36
  %38 = load double, ptr %20, align 8
  %39 = fmul double %37, %38
  %40 = load double, ptr %21, align 8
  %41 = fsub double %39, %40
  %42 = load double, ptr %22, align 8
  %43 = load double, ptr %23, align 8
  %44 = fmul double %42, %43
  %45 = fadd double %41, %44
  %46 = load double, ptr %24, align 8
  %47 = fsub double %45, %46
  ret double %47
}

; Function Attrs: noinline nounwind optnone
define dso_local float @mixed(i32 noundef %0, float noundef %1, i32 noundef %2, double noundef %3, i32 noundef %4, float noundef %5, i32 noundef %6, double noundef %7, i32 noundef %8, float noundef %9, i32 noundef %10, double noundef %11, i32 noundef %12, float noundef %13, i32 noundef %14, double noundef %15, i32 noundef %16, float noundef %17, i32 noundef %18, double noundef %19) #0 {
  %21 = alloca i32, align 4
  %22 = alloca float, align 4
  %23 = alloca i32, align 4
  %24 = alloca double, align 8
  %25 = alloca i32, align 4
  %26 = alloca float, align 4
  %27 = alloca i32, align 4
  %28 = alloca double, align 8
  %29 = alloca i32, align 4
  %30 = alloca float, align 4
  %31 = alloca i32, align 4
  %32 = alloca double, align 8
  %33 = alloca i32, align 4
  %34 = alloca float, align 4
  %35 = alloca i32, align 4
  %36 = alloca double, align 8
  %37 = alloca i32, align 4
  %38 = alloca float, align 4
  %39 = alloca i32, align 4
  %40 = alloca double, align 8
  store i32 %0, ptr %21, align 4
  store float %1, ptr %22, align 4
  store i32 %2, ptr %23, align 4
  store double %3, ptr %24, align 8
  store i32 %4, ptr %25, align 4
  store float %5, ptr %26, align 4
  store i32 %6, ptr %27, align 4
  store double %7, ptr %28, align 8
  store i32 %8, ptr %29, align 4
  store float %9, ptr %30, align 4
  store i32 %10, ptr %31, align 4
  store double %11, ptr %32, align 8
  store i32 %12, ptr %33, align 4
  store float %13, ptr %34, align 4
  store i32 %14, ptr %35, align 4
  store double %15, ptr %36, align 8
  store i32 %16, ptr %37, align 4
  store float %17, ptr %38, align 4
  store i32 %18, ptr %39, align 4
  store double %19, ptr %40, align 8
  %41 = load i32, ptr %21, align 4
  %42 = load i32, ptr %23, align 4
  %43 = add nsw i32 %41, %42
  %44 = load i32, ptr %25, align 4
  %45 = add nsw i32 %43, %44
  %46 = load i32, ptr %27, align 4
  %47 = add nsw i32 %45, %46
  %48 = load i32, ptr %29, align 4
  %49 = add nsw i32 %47, %48
  %50 = load i32, ptr %31, align 4
  %51 = add nsw i32 %49, %50
  %52 = load i32, ptr %33, align 4
  %53 = add nsw i32 %51, %52
  %54 = load i32, ptr %35, align 4
  %55 = add nsw i32 %53, %54
  %56 = load i32, ptr %37, align 4
  %57 = add nsw i32 %55, %56
  %58 = load i32, ptr %39, align 4
  %59 = add nsw i32 %57, %58
  %60 = sitofp i32 %59 to float
  %61 = load float, ptr %22, align 4
  %62 = fmul float %60, %61
  %63 = load float, ptr %26, align 4
  %64 = load float, ptr %30, align 4
  %65 = fmul float %63, %64
  %66 = fadd float %62, %65
  %67 = load float, ptr %34, align 4
  %68 = load float, ptr %38, align 4
  %69 = fmul float %67, %68
  %70 = fsub float %66, %69
  %71 = load double, ptr %24, align 8
  %72 = load double, ptr %28, align 8
  %73 = fmul double %71, %72
  %74 = load double, ptr %32, align 8
  %75 = load double, ptr %36, align 8
  %76 = fmul double %74, %75
  %77 = fsub double %73, %76
  %78 = load double, ptr %40, align 8
  %79 = fadd double %77, %78
  %80 = fptrunc double %79 to float
  %81 = fadd float %70, %80
  ret float %81
}

; Function Attrs: noinline nounwind optnone
define dso_local i64 @after_regs(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i64 noundef %5, ptr noundef byval(%struct.Quad) align 8 %6, i64 noundef %7) #0 {
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  store i64 %0, ptr %9, align 8
  store i64 %1, ptr %10, align 8
  store i64 %2, ptr %11, align 8
  store i64 %3, ptr %12, align 8
  store i64 %4, ptr %13, align 8
  store i64 %5, ptr %14, align 8
  store i64 %7, ptr %15, align 8
  %16 = load i64, ptr %9, align 8
  %17 = load i64, ptr %10, align 8
  %18 = sub nsw i64 %16, %17
  %19 = load i64, ptr %11, align 8
  %20 = load i64, ptr %12, align 8
  %21 = sub nsw i64 %19, %20
  %22 = mul nsw i64 %18, %21
  %23 = load i64, ptr %13, align 8
  %24 = load i64, ptr %14, align 8
  %25 = xor i64 %23, %24
  %26 = add nsw i64 %22, %25
  %27 = getelementptr inbounds %struct.Quad, ptr %6, i32 0, i32 0
  %28 = load i32, ptr %27, align 8
  %29 = mul nsw i32 %28, 2
  %30 = sext i32 %29 to i64
  %31 = add nsw i64 %26, %30
  %32 = getelementptr inbounds %struct.Quad, ptr %6, i32 0, i32 1
  %33 = load i32, ptr %32, align 4
  %34 = mul nsw i32 %33, 3
  %35 = sext i32 %34 to i64
  %36 = add nsw i64 %31, %35
  %37 = getelementptr inbounds %struct.Quad, ptr %6, i32 0, i32 2
  %38 = load i32, ptr %37, align 8
  %39 = mul nsw i32 %38, 5
  %40 = sext i32 %39 to i64
  %41 = add nsw i64 %36, %40
  %42 = getelementptr inbounds %struct.Quad, ptr %6, i32 0, i32 3
  %43 = load i32, ptr %42, align 4
  %44 = mul nsw i32 %43, 7
  %45 = sext i32 %44 to i64
  %46 = add nsw i64 %41, %45
  %47 = load i64, ptr %15, align 8
  %48 = add nsw i64 %46, %47
  ret i64 %48
}

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca float, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca %struct.Quad, align 8
  store i64 0, ptr %1, align 8
  %10 = load i32, ptr @g_seed, align 4
  store i32 %10, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %11

11:                                               ; preds = %84, %0
  %12 = load i32, ptr %3, align 4
  %13 = icmp slt i32 %12, 200
  br i1 %13, label %14, label %87

14:                                               ; preds = %11
  %15 = load i32, ptr %2, align 4
  %16 = load i32, ptr %3, align 4
  %17 = add nsw i32 %15, %16
  store i32 %17, ptr %4, align 4
  %18 = load i64, ptr %1, align 8
  %19 = mul i64 %18, 31
  %20 = load i32, ptr %4, align 4
  %21 = sext i32 %20 to i64
  %22 = mul nsw i64 %21, 1000
  %23 = load i32, ptr %4, align 4
  %24 = sub nsw i32 0, %23
  %25 = load i32, ptr %4, align 4
  %26 = mul nsw i32 %25, 3
  %27 = trunc i32 %26 to i16
  %28 = load i32, ptr %4, align 4
  %29 = sub nsw i32 %28, 100
  %30 = trunc i32 %29 to i8
  %31 = load i32, ptr %4, align 4
  %32 = sext i32 %31 to i64
  %33 = mul i64 %32, 7
  %34 = load i32, ptr %4, align 4
  %35 = shl i32 %34, 3
  %36 = load i32, ptr %4, align 4
  %37 = mul nsw i32 %36, 11
  %38 = trunc i32 %37 to i16
  %39 = load i32, ptr %4, align 4
  %40 = add nsw i32 %39, 200
  %41 = trunc i32 %40 to i8
  %42 = load i32, ptr %4, align 4
  %43 = sub nsw i32 0, %42
  %44 = sext i32 %43 to i64
  %45 = mul nsw i64 %44, 100000
  %46 = load i32, ptr %4, align 4
  %47 = call i64 @ints10(i64 noundef %22, i32 noundef %24, i16 noundef signext %27, i8 noundef signext %30, i64 noundef %33, i32 noundef %35, i16 noundef zeroext %38, i8 noundef zeroext %41, i64 noundef %45, i32 noundef %46)
  %48 = add i64 %19, %47
  store i64 %48, ptr %1, align 8
  %49 = load i32, ptr %4, align 4
  %50 = sitofp i32 %49 to double
  %51 = load i32, ptr %4, align 4
  %52 = sitofp i32 %51 to double
  %53 = fmul double -2.000000e+00, %52
  %54 = load i32, ptr %4, align 4
  %55 = sitofp i32 %54 to double
  %56 = fmul double %55, 1.250000e-01
  %57 = load i32, ptr %4, align 4
  %58 = sitofp i32 %57 to double
  %59 = call double @doubles12(double noundef %50, double noundef 5.000000e-01, double noundef 1.500000e+00, double noundef %53, double noundef 2.500000e-01, double noundef 3.000000e+00, double noundef %56, double noundef -1.000000e+00, double noundef 7.000000e+00, double noundef 5.000000e-01, double noundef %58, double noundef 1.000000e+03)
  store double %59, ptr %5, align 8
  %60 = load i32, ptr %4, align 4
  %61 = load i32, ptr %4, align 4
  %62 = sitofp i32 %61 to double
  %63 = call float @mixed(i32 noundef %60, float noundef 5.000000e-01, i32 noundef 2, double noundef 1.250000e+00, i32 noundef 3, float noundef -7.500000e-01, i32 noundef 4, double noundef 2.000000e+00, i32 noundef 5, float noundef 1.500000e+00, i32 noundef 6, double noundef %62, i32 noundef 7, float noundef 2.500000e-01, i32 noundef 8, double noundef 5.000000e-01, i32 noundef 9, float noundef 4.000000e+00, i32 noundef 10, double noundef -3.000000e+00)
  store float %63, ptr %6, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %5, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %6, i64 4, i1 false)
  %64 = load i64, ptr %7, align 8
  %65 = load i32, ptr %8, align 4
  %66 = zext i32 %65 to i64
  %67 = add i64 %64, %66
  %68 = load i64, ptr %1, align 8
  %69 = xor i64 %68, %67
  store i64 %69, ptr %1, align 8
  %70 = getelementptr inbounds %struct.Quad, ptr %9, i32 0, i32 0
  %71 = load i32, ptr %4, align 4
  store i32 %71, ptr %70, align 4
  %72 = getelementptr inbounds %struct.Quad, ptr %9, i32 0, i32 1
  %73 = load i32, ptr %4, align 4
  %74 = sub nsw i32 0, %73
  store i32 %74, ptr %72, align 4
  %75 = getelementptr inbounds %struct.Quad, ptr %9, i32 0, i32 2
  %76 = load i32, ptr %4, align 4
  %77 = mul nsw i32 %76, 2
  store i32 %77, ptr %75, align 4
  %78 = getelementptr inbounds %struct.Quad, ptr %9, i32 0, i32 3
  store i32 3, ptr %78, align 4
  %79 = load i32, ptr %4, align 4
  %80 = sext i32 %79 to i64
  %81 = call i64 @after_regs(i64 noundef 1, i64 noundef 2, i64 noundef 3, i64 noundef 4, i64 noundef 5, i64 noundef 6, ptr noundef byval(%struct.Quad) align 8 %9, i64 noundef %80)
  %82 = load i64, ptr %1, align 8
  %83 = add i64 %82, %81
  store i64 %83, ptr %1, align 8
  br label %84

84:                                               ; preds = %14
  %85 = load i32, ptr %3, align 4
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %3, align 4
  br label %11, !llvm.loop !5

87:                                               ; preds = %11
  %88 = load i64, ptr %1, align 8
  ret i64 %88
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
