; ModuleID = 'float_math.c'
source_filename = "float_math.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_start = dso_local global double -3.300000e+00, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca double, align 8
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca float, align 4
  %5 = load double, ptr @g_start, align 8
  store double %5, ptr %1, align 8
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %6

6:                                                ; preds = %181, %0
  %7 = load i32, ptr %3, align 4
  %8 = icmp slt i32 %7, 600
  br i1 %8, label %9, label %186

9:                                                ; preds = %6
  %10 = load double, ptr %1, align 8
  %11 = fptrunc double %10 to float
  store float %11, ptr %4, align 4
  %12 = load i64, ptr %2, align 8
  %13 = mul i64 %12, 31
  %14 = load double, ptr %1, align 8
  %15 = fmul double %14, 1.000000e+02
  %16 = call double @llvm.floor.f64(double %15)
  %17 = load double, ptr %1, align 8
  %18 = fmul double %17, 1.000000e+01
  %19 = call double @llvm.ceil.f64(double %18)
  %20 = fmul double %19, 1.000000e+03
  %21 = fadd double %16, %20
  %22 = fptosi double %21 to i64
  %23 = add i64 %13, %22
  store i64 %23, ptr %2, align 8
  %24 = load i64, ptr %2, align 8
  %25 = mul i64 %24, 31
  %26 = load float, ptr %4, align 4
  %27 = fmul float %26, 1.000000e+02
  %28 = call float @llvm.floor.f32(float %27)
  %29 = load float, ptr %4, align 4
  %30 = fmul float %29, 3.000000e+00
  %31 = call float @llvm.ceil.f32(float %30)
  %32 = fsub float %28, %31
  %33 = fptosi float %32 to i64
  %34 = add i64 %25, %33
  store i64 %34, ptr %2, align 8
  %35 = load i64, ptr %2, align 8
  %36 = mul i64 %35, 31
  %37 = load double, ptr %1, align 8
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = fmul double %38, 1.000000e+06
  %40 = fptosi double %39 to i64
  %41 = add i64 %36, %40
  %42 = load float, ptr %4, align 4
  %43 = call float @llvm.fabs.f32(float %42)
  %44 = fmul float %43, 1.000000e+03
  %45 = fptosi float %44 to i64
  %46 = add i64 %41, %45
  store i64 %46, ptr %2, align 8
  %47 = load i64, ptr %2, align 8
  %48 = mul i64 %47, 31
  %49 = load double, ptr %1, align 8
  %50 = fmul double %49, 7.000000e+00
  %51 = frem double %50, 1.300000e+00
  %52 = fmul double %51, 1.000000e+09
  %53 = fptosi double %52 to i64
  %54 = add i64 %48, %53
  store i64 %54, ptr %2, align 8
  %55 = load i64, ptr %2, align 8
  %56 = mul i64 %55, 31
  %57 = load float, ptr %4, align 4
  %58 = frem float %57, 0x3FE6666660000000
  %59 = fmul float %58, 1.000000e+06
  %60 = fptosi float %59 to i64
  %61 = add i64 %56, %60
  store i64 %61, ptr %2, align 8
  %62 = load i64, ptr %2, align 8
  %63 = mul i64 %62, 31
  %64 = load double, ptr %1, align 8
  %65 = call double @llvm.minnum.f64(double %64, double 5.000000e-01)
  %66 = load double, ptr %1, align 8
  %67 = call double @llvm.maxnum.f64(double %66, double -5.000000e-01)
  %68 = fadd double %65, %67
  %69 = fmul double %68, 1.000000e+09
  %70 = fptosi double %69 to i64
  %71 = add i64 %63, %70
  store i64 %71, ptr %2, align 8
  %72 = load i64, ptr %2, align 8
  %73 = mul i64 %72, 31
  %74 = load float, ptr %4, align 4
  %75 = call float @llvm.minnum.f32(float %74, float 1.000000e+00)
  %76 = load float, ptr %4, align 4
  %77 = call float @llvm.maxnum.f32(float %76, float -1.000000e+00)
  %78 = fsub float %75, %77
  %79 = fmul float %78, 1.000000e+06
  %80 = fptosi float %79 to i64
  %81 = add i64 %73, %80
  store i64 %81, ptr %2, align 8
  %82 = load i64, ptr %2, align 8
  %83 = mul i64 %82, 31
  %84 = load double, ptr %1, align 8
  %85 = fmul double %84, 1.000000e+05
  %86 = fptosi double %85 to i32
  %87 = zext i32 %86 to i64
  %88 = add i64 %83, %87
  %89 = load double, ptr %1, align 8
  %90 = call double @llvm.fabs.f64(double %89)
  %91 = fmul double %90, 5.000000e+01
  %92 = fptoui double %91 to i32
  %93 = trunc i32 %92 to i8
  %94 = zext i8 %93 to i64
  %95 = add i64 %88, %94
  store i64 %95, ptr %2, align 8
  %96 = load double, ptr %1, align 8
  %97 = call double @llvm.fabs.f64(double %96)
  %98 = fadd double %97, 1.000000e-01
  %99 = call double @llvm.pow.f64(double %98, double 1.700000e+00)
  %100 = call i64 @q4(double noundef %99)
  %101 = load float, ptr %4, align 4
  %102 = call float @llvm.fabs.f32(float %101)
  %103 = fadd float %102, 5.000000e-01
  %104 = call float @llvm.pow.f32(float %103, float 0xBFD3333340000000)
  %105 = fpext float %104 to double
  %106 = call i64 @q4(double noundef %105)
  %107 = add i64 %100, %106
  %108 = load i64, ptr %2, align 8
  %109 = add i64 %108, %107
  store i64 %109, ptr %2, align 8
  %110 = load double, ptr %1, align 8
  %111 = call double @tanh(double noundef %110) #3
  %112 = call i64 @q4(double noundef %111)
  %113 = load float, ptr %4, align 4
  %114 = fmul float %113, 5.000000e-01
  %115 = call float @tanhf(float noundef %114) #3
  %116 = fpext float %115 to double
  %117 = call i64 @q4(double noundef %116)
  %118 = add i64 %112, %117
  %119 = load i64, ptr %2, align 8
  %120 = add i64 %119, %118
  store i64 %120, ptr %2, align 8
  %121 = load double, ptr %1, align 8
  %122 = call double @llvm.cos.f64(double %121)
  %123 = call double @llvm.fabs.f64(double %122)
  %124 = fcmp ogt double %123, 1.000000e-01
  br i1 %124, label %125, label %131

125:                                              ; preds = %9
  %126 = load double, ptr %1, align 8
  %127 = call double @tan(double noundef %126) #3
  %128 = call i64 @q4(double noundef %127)
  %129 = load i64, ptr %2, align 8
  %130 = add i64 %129, %128
  store i64 %130, ptr %2, align 8
  br label %131

131:                                              ; preds = %125, %9
  %132 = load float, ptr %4, align 4
  %133 = fmul float %132, 0x3FD3333340000000
  %134 = call float @tanf(float noundef %133) #3
  %135 = fpext float %134 to double
  %136 = call i64 @q4(double noundef %135)
  %137 = load i64, ptr %2, align 8
  %138 = add i64 %137, %136
  store i64 %138, ptr %2, align 8
  %139 = load double, ptr %1, align 8
  %140 = call double @llvm.fabs.f64(double %139)
  %141 = fadd double %140, 1.000000e-03
  %142 = call double @llvm.log.f64(double %141)
  %143 = call i64 @q4(double noundef %142)
  %144 = load float, ptr %4, align 4
  %145 = load float, ptr %4, align 4
  %146 = fmul float %144, %145
  %147 = fadd float %146, 1.000000e+00
  %148 = call float @llvm.log.f32(float %147)
  %149 = fpext float %148 to double
  %150 = call i64 @q4(double noundef %149)
  %151 = add i64 %143, %150
  %152 = load i64, ptr %2, align 8
  %153 = add i64 %152, %151
  store i64 %153, ptr %2, align 8
  %154 = load double, ptr %1, align 8
  %155 = call double @llvm.exp.f64(double %154)
  %156 = call i64 @q4(double noundef %155)
  %157 = load float, ptr %4, align 4
  %158 = fneg float %157
  %159 = call float @llvm.exp.f32(float %158)
  %160 = fpext float %159 to double
  %161 = call i64 @q4(double noundef %160)
  %162 = add i64 %156, %161
  %163 = load i64, ptr %2, align 8
  %164 = add i64 %163, %162
  store i64 %164, ptr %2, align 8
  %165 = load double, ptr %1, align 8
  %166 = call double @llvm.sin.f64(double %165)
  %167 = load double, ptr %1, align 8
  %168 = call double @llvm.cos.f64(double %167)
  %169 = fmul double %166, %168
  %170 = call i64 @q4(double noundef %169)
  %171 = load float, ptr %4, align 4
  %172 = call float @llvm.sin.f32(float %171)
  %173 = load float, ptr %4, align 4
  %174 = call float @llvm.cos.f32(float %173)
  %175 = fadd float %172, %174
  %176 = fpext float %175 to double
  %177 = call i64 @q4(double noundef %176)
  %178 = add i64 %170, %177
  %179 = load i64, ptr %2, align 8
  %180 = add i64 %179, %178
  store i64 %180, ptr %2, align 8
  br label %181

181:                                              ; preds = %131
  %182 = load i32, ptr %3, align 4
  %183 = add nsw i32 %182, 1
  store i32 %183, ptr %3, align 4
  %184 = load double, ptr %1, align 8
  %185 = fadd double %184, 1.100000e-02
  store double %185, ptr %1, align 8
  br label %6, !llvm.loop !5

186:                                              ; preds = %6
  %187 = load i64, ptr %2, align 8
  ret i64 %187
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.ceil.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: noinline nounwind optnone
define internal i64 @q4(double noundef %0) #0 {
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
declare double @llvm.pow.f64(double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.pow.f32(float, float) #1

; Function Attrs: nounwind willreturn memory(none)
declare double @tanh(double noundef) #2

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #1

; Function Attrs: nounwind willreturn memory(none)
declare double @tan(double noundef) #2

; Function Attrs: nounwind willreturn memory(none)
declare float @tanf(float noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.cos.f32(float) #1

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
