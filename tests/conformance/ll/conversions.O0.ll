; ModuleID = 'conversions.c'
source_filename = "conversions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i64 -81985529216486896, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca double, align 8
  %10 = load i64, ptr @g_seed, align 8
  store i64 %10, ptr %1, align 8
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %11

11:                                               ; preds = %170, %0
  %12 = load i32, ptr %3, align 4
  %13 = icmp slt i32 %12, 3000
  br i1 %13, label %14, label %173

14:                                               ; preds = %11
  %15 = load i64, ptr %1, align 8
  %16 = mul i64 %15, 6364136223846793005
  %17 = add i64 %16, 1442695040888963407
  store i64 %17, ptr %1, align 8
  %18 = load i64, ptr %1, align 8
  store i64 %18, ptr %4, align 8
  %19 = load i64, ptr %2, align 8
  %20 = mul i64 %19, 31
  %21 = load i64, ptr %1, align 8
  %22 = uitofp i64 %21 to double
  %23 = call i64 @bits_d(double noundef %22)
  %24 = add i64 %20, %23
  %25 = load i64, ptr %4, align 8
  %26 = sitofp i64 %25 to double
  %27 = call i64 @bits_d(double noundef %26)
  %28 = add i64 %24, %27
  store i64 %28, ptr %2, align 8
  %29 = load i64, ptr %2, align 8
  %30 = mul i64 %29, 31
  %31 = load i64, ptr %1, align 8
  %32 = uitofp i64 %31 to float
  %33 = call i32 @bits_f(float noundef %32)
  %34 = zext i32 %33 to i64
  %35 = add i64 %30, %34
  %36 = load i64, ptr %4, align 8
  %37 = sitofp i64 %36 to float
  %38 = call i32 @bits_f(float noundef %37)
  %39 = zext i32 %38 to i64
  %40 = add i64 %35, %39
  store i64 %40, ptr %2, align 8
  %41 = load i64, ptr %2, align 8
  %42 = mul i64 %41, 31
  %43 = load i64, ptr %1, align 8
  %44 = trunc i64 %43 to i32
  %45 = uitofp i32 %44 to double
  %46 = call i64 @bits_d(double noundef %45)
  %47 = add i64 %42, %46
  %48 = load i64, ptr %1, align 8
  %49 = trunc i64 %48 to i32
  %50 = sitofp i32 %49 to float
  %51 = call i32 @bits_f(float noundef %50)
  %52 = zext i32 %51 to i64
  %53 = add i64 %47, %52
  store i64 %53, ptr %2, align 8
  %54 = load i64, ptr %2, align 8
  %55 = mul i64 %54, 31
  %56 = load i64, ptr %1, align 8
  %57 = trunc i64 %56 to i16
  %58 = uitofp i16 %57 to float
  %59 = call i32 @bits_f(float noundef %58)
  %60 = zext i32 %59 to i64
  %61 = add i64 %55, %60
  %62 = load i64, ptr %1, align 8
  %63 = trunc i64 %62 to i16
  %64 = sitofp i16 %63 to float
  %65 = call i32 @bits_f(float noundef %64)
  %66 = zext i32 %65 to i64
  %67 = add i64 %61, %66
  store i64 %67, ptr %2, align 8
  %68 = load i64, ptr %2, align 8
  %69 = mul i64 %68, 31
  %70 = load i64, ptr %1, align 8
  %71 = trunc i64 %70 to i8
  %72 = uitofp i8 %71 to double
  %73 = call i64 @bits_d(double noundef %72)
  %74 = add i64 %69, %73
  %75 = load i64, ptr %1, align 8
  %76 = trunc i64 %75 to i8
  %77 = sitofp i8 %76 to double
  %78 = call i64 @bits_d(double noundef %77)
  %79 = add i64 %74, %78
  store i64 %79, ptr %2, align 8
  %80 = load i64, ptr %4, align 8
  %81 = sitofp i64 %80 to double
  %82 = fdiv double %81, 3.000000e+00
  store double %82, ptr %5, align 8
  %83 = load i64, ptr %2, align 8
  %84 = mul i64 %83, 31
  %85 = load double, ptr %5, align 8
  %86 = fptosi double %85 to i64
  %87 = add i64 %84, %86
  store i64 %87, ptr %2, align 8
  %88 = load i64, ptr %1, align 8
  %89 = lshr i64 %88, 1
  %90 = uitofp i64 %89 to double
  %91 = fmul double %90, 1.500000e+00
  store double %91, ptr %6, align 8
  %92 = load i64, ptr %2, align 8
  %93 = mul i64 %92, 31
  %94 = load double, ptr %6, align 8
  %95 = fptoui double %94 to i64
  %96 = add i64 %93, %95
  store i64 %96, ptr %2, align 8
  %97 = load i64, ptr %1, align 8
  %98 = trunc i64 %97 to i32
  %99 = sitofp i32 %98 to float
  %100 = fdiv float %99, 7.000000e+00
  store float %100, ptr %7, align 4
  %101 = load i64, ptr %2, align 8
  %102 = mul i64 %101, 31
  %103 = load float, ptr %7, align 4
  %104 = fptosi float %103 to i32
  %105 = sext i32 %104 to i64
  %106 = add i64 %102, %105
  %107 = load float, ptr %7, align 4
  %108 = fdiv float %107, 6.553600e+04
  %109 = fptosi float %108 to i16
  %110 = sext i16 %109 to i64
  %111 = add i64 %106, %110
  store i64 %111, ptr %2, align 8
  %112 = load i64, ptr %2, align 8
  %113 = mul i64 %112, 31
  %114 = load i64, ptr %1, align 8
  %115 = trunc i64 %114 to i32
  %116 = lshr i32 %115, 1
  %117 = uitofp i32 %116 to float
  %118 = fptoui float %117 to i32
  %119 = zext i32 %118 to i64
  %120 = add i64 %113, %119
  %121 = load i64, ptr %1, align 8
  %122 = trunc i64 %121 to i32
  %123 = lshr i32 %122, 24
  %124 = uitofp i32 %123 to float
  %125 = fptoui float %124 to i8
  %126 = zext i8 %125 to i64
  %127 = add i64 %120, %126
  store i64 %127, ptr %2, align 8
  %128 = load i64, ptr %2, align 8
  %129 = mul i64 %128, 31
  %130 = load i64, ptr %1, align 8
  %131 = trunc i64 %130 to i8
  %132 = sitofp i8 %131 to double
  %133 = fmul double %132, 0x3FEFAE147AE147AE
  %134 = fptosi double %133 to i8
  %135 = sext i8 %134 to i64
  %136 = add i64 %129, %135
  store i64 %136, ptr %2, align 8
  %137 = load double, ptr %5, align 8
  %138 = fptrunc double %137 to float
  store float %138, ptr %8, align 4
  %139 = load float, ptr %8, align 4
  %140 = fpext float %139 to double
  store double %140, ptr %9, align 8
  %141 = load i64, ptr %2, align 8
  %142 = mul i64 %141, 31
  %143 = load float, ptr %8, align 4
  %144 = call i32 @bits_f(float noundef %143)
  %145 = zext i32 %144 to i64
  %146 = add i64 %142, %145
  %147 = load double, ptr %9, align 8
  %148 = call i64 @bits_d(double noundef %147)
  %149 = add i64 %146, %148
  %150 = load double, ptr %5, align 8
  %151 = fmul double %150, 1.000000e-30
  %152 = fptrunc double %151 to float
  %153 = fpext float %152 to double
  %154 = call i64 @bits_d(double noundef %153)
  %155 = add i64 %149, %154
  store i64 %155, ptr %2, align 8
  %156 = load i64, ptr %2, align 8
  %157 = mul i64 %156, 31
  %158 = load double, ptr %6, align 8
  %159 = fmul double %158, 1.000000e-300
  %160 = fptrunc double %159 to float
  %161 = call i32 @bits_f(float noundef %160)
  %162 = zext i32 %161 to i64
  %163 = add i64 %157, %162
  %164 = load double, ptr %5, align 8
  %165 = fmul double %164, 1.000000e-10
  %166 = fptrunc double %165 to float
  %167 = call i32 @bits_f(float noundef %166)
  %168 = zext i32 %167 to i64
  %169 = add i64 %163, %168
  store i64 %169, ptr %2, align 8
  br label %170

170:                                              ; preds = %14
  %171 = load i32, ptr %3, align 4
  %172 = add nsw i32 %171, 1
  store i32 %172, ptr %3, align 4
  br label %11, !llvm.loop !5

173:                                              ; preds = %11
  %174 = load i64, ptr %2, align 8
  ret i64 %174
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
define internal i32 @bits_f(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca i32, align 4
  store float %0, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %2, i64 4, i1 false)
  %4 = load i32, ptr %3, align 4
  ret i32 %4
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
