; ModuleID = 'float_math.c'
source_filename = "float_math.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_start = dso_local global double -3.300000e+00, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca double, align 8
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca double, align 8
  %7 = load double, ptr @g_start, align 8
  store double %7, ptr %1, align 8
  store i64 0, ptr %2, align 8
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %212, %0
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 600
  br i1 %10, label %11, label %217

11:                                               ; preds = %8
  %12 = load double, ptr %1, align 8
  %13 = fptrunc double %12 to float
  store float %13, ptr %5, align 4
  %14 = load i64, ptr %2, align 8
  %15 = mul i64 %14, 31
  %16 = load double, ptr %1, align 8
  %17 = fmul double %16, 1.000000e+02
  %18 = call double @llvm.floor.f64(double %17)
  %19 = load double, ptr %1, align 8
  %20 = fmul double %19, 1.000000e+01
  %21 = call double @llvm.ceil.f64(double %20)
  %22 = fmul double %21, 1.000000e+03
  %23 = fadd double %18, %22
  %24 = fptosi double %23 to i64
  %25 = add i64 %15, %24
  store i64 %25, ptr %2, align 8
  %26 = load i64, ptr %2, align 8
  %27 = mul i64 %26, 31
  %28 = load float, ptr %5, align 4
  %29 = fmul float %28, 1.000000e+02
  %30 = call float @llvm.floor.f32(float %29)
  %31 = load float, ptr %5, align 4
  %32 = fmul float %31, 3.000000e+00
  %33 = call float @llvm.ceil.f32(float %32)
  %34 = fsub float %30, %33
  %35 = fptosi float %34 to i64
  %36 = add i64 %27, %35
  store i64 %36, ptr %2, align 8
  %37 = load i64, ptr %2, align 8
  %38 = mul i64 %37, 31
  %39 = load double, ptr %1, align 8
  %40 = call double @llvm.fabs.f64(double %39)
  %41 = fmul double %40, 1.000000e+06
  %42 = fptosi double %41 to i64
  %43 = add i64 %38, %42
  %44 = load float, ptr %5, align 4
  %45 = call float @llvm.fabs.f32(float %44)
  %46 = fmul float %45, 1.000000e+03
  %47 = fptosi float %46 to i64
  %48 = add i64 %43, %47
  store i64 %48, ptr %2, align 8
  %49 = load i64, ptr %2, align 8
  %50 = mul i64 %49, 31
  %51 = load double, ptr %1, align 8
  %52 = fmul double %51, 7.000000e+00
  %53 = frem double %52, 1.300000e+00
  %54 = fmul double %53, 1.000000e+09
  %55 = fptosi double %54 to i64
  %56 = add i64 %50, %55
  store i64 %56, ptr %2, align 8
  %57 = load i64, ptr %2, align 8
  %58 = mul i64 %57, 31
  %59 = load float, ptr %5, align 4
  %60 = frem float %59, 0x3FE6666660000000
  %61 = fmul float %60, 1.000000e+06
  %62 = fptosi float %61 to i64
  %63 = add i64 %58, %62
  store i64 %63, ptr %2, align 8
  %64 = load i64, ptr %2, align 8
  %65 = mul i64 %64, 31
  %66 = load double, ptr %1, align 8
  %67 = call double @llvm.minnum.f64(double %66, double 5.000000e-01)
  %68 = load double, ptr %1, align 8
  %69 = call double @llvm.maxnum.f64(double %68, double -5.000000e-01)
  %70 = fadd double %67, %69
  %71 = fmul double %70, 1.000000e+09
  %72 = fptosi double %71 to i64
  %73 = add i64 %65, %72
  store i64 %73, ptr %2, align 8
  %74 = load i64, ptr %2, align 8
  %75 = mul i64 %74, 31
  %76 = load float, ptr %5, align 4
  %77 = call float @llvm.minnum.f32(float %76, float 1.000000e+00)
  %78 = load float, ptr %5, align 4
  %79 = call float @llvm.maxnum.f32(float %78, float -1.000000e+00)
  %80 = fsub float %77, %79
  %81 = fmul float %80, 1.000000e+06
  %82 = fptosi float %81 to i64
  %83 = add i64 %75, %82
  store i64 %83, ptr %2, align 8
  %84 = load i64, ptr %2, align 8
  %85 = mul i64 %84, 31
  %86 = load double, ptr %1, align 8
  %87 = fmul double %86, 1.000000e+05
  %88 = fptosi double %87 to i32
  %89 = zext i32 %88 to i64
  %90 = add i64 %85, %89
  %91 = load double, ptr %1, align 8
  %92 = call double @llvm.fabs.f64(double %91)
  %93 = fmul double %92, 5.000000e+01
  %94 = fptoui double %93 to i32
  %95 = trunc i32 %94 to i8
  %96 = zext i8 %95 to i64
  %97 = add i64 %90, %96
  store i64 %97, ptr %2, align 8
  %98 = load float, ptr %5, align 4
  %99 = fpext float %98 to double
  store double %99, ptr %6, align 8
  %100 = load double, ptr %1, align 8
  %101 = call double @llvm.fabs.f64(double %100)
  %102 = fadd double %101, 1.000000e-01
  %103 = call double @llvm.pow.f64(double %102, double 1.700000e+00)
  %104 = call i64 @q4(double noundef %103)
  %105 = load double, ptr %1, align 8
  %106 = call double @tanh(double noundef %105) #3
  %107 = call i64 @q4(double noundef %106)
  %108 = add i64 %104, %107
  %109 = load i64, ptr %2, align 8
  %110 = add i64 %109, %108
  store i64 %110, ptr %2, align 8
  %111 = load double, ptr %1, align 8
  %112 = call double @llvm.cos.f64(double %111)
  %113 = call double @llvm.fabs.f64(double %112)
  %114 = fcmp ogt double %113, 1.000000e-01
  br i1 %114, label %115, label %121

115:                                              ; preds = %11
  %116 = load double, ptr %1, align 8
  %117 = call double @tan(double noundef %116) #3
  %118 = call i64 @q4(double noundef %117)
  %119 = load i64, ptr %2, align 8
  %120 = add i64 %119, %118
  store i64 %120, ptr %2, align 8
  br label %121

121:                                              ; preds = %115, %11
  %122 = load double, ptr %1, align 8
  %123 = call double @llvm.fabs.f64(double %122)
  %124 = fadd double %123, 1.000000e-03
  %125 = call double @llvm.log.f64(double %124)
  %126 = call i64 @q4(double noundef %125)
  %127 = load double, ptr %1, align 8
  %128 = call double @llvm.exp.f64(double %127)
  %129 = call i64 @q4(double noundef %128)
  %130 = add i64 %126, %129
  %131 = load double, ptr %1, align 8
  %132 = call double @llvm.sin.f64(double %131)
  %133 = load double, ptr %1, align 8
  %134 = call double @llvm.cos.f64(double %133)
  %135 = fmul double %132, %134
  %136 = call i64 @q4(double noundef %135)
  %137 = add i64 %130, %136
  %138 = load i64, ptr %2, align 8
  %139 = add i64 %138, %137
  store i64 %139, ptr %2, align 8
  %140 = load float, ptr %5, align 4
  %141 = call float @llvm.fabs.f32(float %140)
  %142 = fadd float %141, 5.000000e-01
  %143 = call float @llvm.pow.f32(float %142, float 0xBFD3333340000000)
  %144 = load double, ptr %6, align 8
  %145 = call double @llvm.fabs.f64(double %144)
  %146 = fadd double %145, 5.000000e-01
  %147 = call double @llvm.pow.f64(double %146, double -3.000000e-01)
  %148 = call i32 @near_f(float noundef %143, double noundef %147)
  %149 = sext i32 %148 to i64
  %150 = load i64, ptr %3, align 8
  %151 = add i64 %150, %149
  store i64 %151, ptr %3, align 8
  %152 = load float, ptr %5, align 4
  %153 = fmul float %152, 5.000000e-01
  %154 = call float @tanhf(float noundef %153) #3
  %155 = load double, ptr %6, align 8
  %156 = fmul double %155, 5.000000e-01
  %157 = call double @tanh(double noundef %156) #3
  %158 = call i32 @near_f(float noundef %154, double noundef %157)
  %159 = sext i32 %158 to i64
  %160 = load i64, ptr %3, align 8
  %161 = add i64 %160, %159
  store i64 %161, ptr %3, align 8
  %162 = load float, ptr %5, align 4
  %163 = fmul float %162, 0x3FD3333340000000
  %164 = call float @tanf(float noundef %163) #3
  %165 = load float, ptr %5, align 4
  %166 = fmul float %165, 0x3FD3333340000000
  %167 = fpext float %166 to double
  %168 = call double @tan(double noundef %167) #3
  %169 = call i32 @near_f(float noundef %164, double noundef %168)
  %170 = sext i32 %169 to i64
  %171 = load i64, ptr %3, align 8
  %172 = add i64 %171, %170
  store i64 %172, ptr %3, align 8
  %173 = load float, ptr %5, align 4
  %174 = load float, ptr %5, align 4
  %175 = fmul float %173, %174
  %176 = fadd float %175, 1.000000e+00
  %177 = call float @llvm.log.f32(float %176)
  %178 = load float, ptr %5, align 4
  %179 = load float, ptr %5, align 4
  %180 = fmul float %178, %179
  %181 = fadd float %180, 1.000000e+00
  %182 = fpext float %181 to double
  %183 = call double @llvm.log.f64(double %182)
  %184 = call i32 @near_f(float noundef %177, double noundef %183)
  %185 = sext i32 %184 to i64
  %186 = load i64, ptr %3, align 8
  %187 = add i64 %186, %185
  store i64 %187, ptr %3, align 8
  %188 = load float, ptr %5, align 4
  %189 = fneg float %188
  %190 = call float @llvm.exp.f32(float %189)
  %191 = load double, ptr %6, align 8
  %192 = fneg double %191
  %193 = call double @llvm.exp.f64(double %192)
  %194 = call i32 @near_f(float noundef %190, double noundef %193)
  %195 = sext i32 %194 to i64
  %196 = load i64, ptr %3, align 8
  %197 = add i64 %196, %195
  store i64 %197, ptr %3, align 8
  %198 = load float, ptr %5, align 4
  %199 = call float @llvm.sin.f32(float %198)
  %200 = load float, ptr %5, align 4
  %201 = call float @llvm.cos.f32(float %200)
  %202 = fadd float %199, %201
  %203 = load double, ptr %6, align 8
  %204 = call double @llvm.sin.f64(double %203)
  %205 = load double, ptr %6, align 8
  %206 = call double @llvm.cos.f64(double %205)
  %207 = fadd double %204, %206
  %208 = call i32 @near_f(float noundef %202, double noundef %207)
  %209 = sext i32 %208 to i64
  %210 = load i64, ptr %3, align 8
  %211 = add i64 %210, %209
  store i64 %211, ptr %3, align 8
  br label %212

212:                                              ; preds = %121
  %213 = load i32, ptr %4, align 4
  %214 = add nsw i32 %213, 1
  store i32 %214, ptr %4, align 4
  %215 = load double, ptr %1, align 8
  %216 = fadd double %215, 1.100000e-02
  store double %216, ptr %1, align 8
  br label %8, !llvm.loop !5

217:                                              ; preds = %8
  %218 = load i64, ptr %2, align 8
  %219 = mul i64 %218, 10000
  %220 = load i64, ptr %3, align 8
  %221 = add i64 %219, %220
  ret i64 %221
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

; Function Attrs: nounwind willreturn memory(none)
declare double @tanh(double noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #1

; Function Attrs: nounwind willreturn memory(none)
declare double @tan(double noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #1

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
declare float @llvm.pow.f32(float, float) #1

; Function Attrs: nounwind willreturn memory(none)
declare float @tanhf(float noundef) #2

; Function Attrs: nounwind willreturn memory(none)
declare float @tanf(float noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

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
