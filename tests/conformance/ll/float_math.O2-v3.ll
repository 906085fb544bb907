; ModuleID = 'float_math.c'
source_filename = "float_math.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_start = dso_local local_unnamed_addr global double -3.300000e+00, align 8

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load double, ptr @g_start, align 8, !tbaa !4
  br label %5

2:                                                ; preds = %96
  %3 = mul i64 %117, 10000
  %4 = add i64 %3, %188
  ret i64 %4

5:                                                ; preds = %0, %96
  %6 = phi double [ %1, %0 ], [ %190, %96 ]
  %7 = phi i64 [ 0, %0 ], [ %117, %96 ]
  %8 = phi i32 [ 0, %0 ], [ %189, %96 ]
  %9 = phi i64 [ 0, %0 ], [ %188, %96 ]
  %10 = fptrunc double %6 to float
  %11 = mul i64 %7, 31
  %12 = fmul double %6, 1.000000e+02
  %13 = tail call double @llvm.floor.f64(double %12)
  %14 = fmul double %6, 1.000000e+01
  %15 = tail call double @llvm.ceil.f64(double %14)
  %16 = fmul double %15, 1.000000e+03
  %17 = fadd double %13, %16
  %18 = fptosi double %17 to i64
  %19 = add i64 %11, %18
  %20 = mul i64 %19, 31
  %21 = fmul float %10, 1.000000e+02
  %22 = tail call float @llvm.floor.f32(float %21)
  %23 = fmul float %10, 3.000000e+00
  %24 = tail call float @llvm.ceil.f32(float %23)
  %25 = fsub float %22, %24
  %26 = fptosi float %25 to i64
  %27 = add i64 %20, %26
  %28 = mul i64 %27, 31
  %29 = tail call double @llvm.fabs.f64(double %6)
  %30 = fmul double %29, 1.000000e+06
  %31 = fptosi double %30 to i64
  %32 = tail call float @llvm.fabs.f32(float %10)
  %33 = fmul float %32, 1.000000e+03
  %34 = fptosi float %33 to i64
  %35 = add i64 %34, %31
  %36 = add i64 %35, %28
  %37 = mul i64 %36, 31
  %38 = fmul double %6, 7.000000e+00
  %39 = frem double %38, 1.300000e+00
  %40 = fmul double %39, 1.000000e+09
  %41 = fptosi double %40 to i64
  %42 = add i64 %37, %41
  %43 = mul i64 %42, 31
  %44 = frem float %10, 0x3FE6666660000000
  %45 = fmul float %44, 1.000000e+06
  %46 = fptosi float %45 to i64
  %47 = add i64 %43, %46
  %48 = mul i64 %47, 31
  %49 = tail call double @llvm.minnum.f64(double %6, double 5.000000e-01)
  %50 = tail call double @llvm.maxnum.f64(double %6, double -5.000000e-01)
  %51 = fadd double %49, %50
  %52 = fmul double %51, 1.000000e+09
  %53 = fptosi double %52 to i64
  %54 = add i64 %48, %53
  %55 = mul i64 %54, 31
  %56 = tail call float @llvm.minnum.f32(float %10, float 1.000000e+00)
  %57 = tail call float @llvm.maxnum.f32(float %10, float -1.000000e+00)
  %58 = fsub float %56, %57
  %59 = fmul float %58, 1.000000e+06
  %60 = fptosi float %59 to i64
  %61 = add i64 %55, %60
  %62 = mul i64 %61, 31
  %63 = fmul double %6, 1.000000e+05
  %64 = fptosi double %63 to i32
  %65 = zext i32 %64 to i64
  %66 = fmul double %29, 5.000000e+01
  %67 = fptoui double %66 to i32
  %68 = and i32 %67, 255
  %69 = zext i32 %68 to i64
  %70 = fpext float %10 to double
  %71 = fadd double %29, 1.000000e-01
  %72 = tail call double @llvm.pow.f64(double %71, double 1.700000e+00)
  %73 = fmul double %72, 1.000000e+04
  %74 = fadd double %73, 5.000000e-01
  %75 = tail call double @llvm.floor.f64(double %74)
  %76 = fptosi double %75 to i64
  %77 = tail call double @tanh(double noundef %6) #4
  %78 = fmul double %77, 1.000000e+04
  %79 = fadd double %78, 5.000000e-01
  %80 = tail call double @llvm.floor.f64(double %79)
  %81 = fptosi double %80 to i64
  %82 = add nuw nsw i64 %69, %65
  %83 = add i64 %82, %76
  %84 = add i64 %83, %62
  %85 = add i64 %84, %81
  %86 = tail call double @llvm.cos.f64(double %6)
  %87 = tail call double @llvm.fabs.f64(double %86)
  %88 = fcmp ogt double %87, 1.000000e-01
  br i1 %88, label %89, label %96

89:                                               ; preds = %5
  %90 = tail call double @tan(double noundef %6) #4
  %91 = fmul double %90, 1.000000e+04
  %92 = fadd double %91, 5.000000e-01
  %93 = tail call double @llvm.floor.f64(double %92)
  %94 = fptosi double %93 to i64
  %95 = add i64 %85, %94
  br label %96

96:                                               ; preds = %89, %5
  %97 = phi i64 [ %95, %89 ], [ %85, %5 ]
  %98 = fadd double %29, 1.000000e-03
  %99 = tail call double @llvm.log.f64(double %98)
  %100 = fmul double %99, 1.000000e+04
  %101 = fadd double %100, 5.000000e-01
  %102 = tail call double @llvm.floor.f64(double %101)
  %103 = fptosi double %102 to i64
  %104 = tail call double @llvm.exp.f64(double %6)
  %105 = fmul double %104, 1.000000e+04
  %106 = fadd double %105, 5.000000e-01
  %107 = tail call double @llvm.floor.f64(double %106)
  %108 = fptosi double %107 to i64
  %109 = tail call double @llvm.sin.f64(double %6)
  %110 = fmul double %109, %86
  %111 = fmul double %110, 1.000000e+04
  %112 = fadd double %111, 5.000000e-01
  %113 = tail call double @llvm.floor.f64(double %112)
  %114 = fptosi double %113 to i64
  %115 = add i64 %114, %108
  %116 = add i64 %115, %103
  %117 = add i64 %116, %97
  %118 = fadd float %32, 5.000000e-01
  %119 = tail call float @llvm.pow.f32(float %118, float 0xBFD3333340000000)
  %120 = tail call double @llvm.fabs.f64(double %70)
  %121 = fadd double %120, 5.000000e-01
  %122 = tail call double @llvm.pow.f64(double %121, double -3.000000e-01)
  %123 = fmul float %10, 5.000000e-01
  %124 = tail call float @tanhf(float noundef %123) #4
  %125 = fmul double %70, 5.000000e-01
  %126 = tail call double @tanh(double noundef %125) #4
  %127 = fmul float %10, 0x3FD3333340000000
  %128 = tail call float @tanf(float noundef %127) #4
  %129 = fpext float %127 to double
  %130 = tail call double @tan(double noundef %129) #4
  %131 = fmul float %10, %10
  %132 = fadd float %131, 1.000000e+00
  %133 = tail call float @llvm.log.f32(float %132)
  %134 = fpext float %132 to double
  %135 = tail call double @llvm.log.f64(double %134)
  %136 = insertelement <2 x double> poison, double %135, i64 0
  %137 = insertelement <2 x double> %136, double %130, i64 1
  %138 = tail call <2 x double> @llvm.fabs.v2f64(<2 x double> %137)
  %139 = fneg float %10
  %140 = tail call float @llvm.exp.f32(float %139)
  %141 = fneg double %70
  %142 = tail call double @llvm.exp.f64(double %141)
  %143 = tail call float @llvm.sin.f32(float %10)
  %144 = tail call float @llvm.cos.f32(float %10)
  %145 = fadd float %143, %144
  %146 = tail call double @llvm.sin.f64(double %70)
  %147 = tail call double @llvm.cos.f64(double %70)
  %148 = fadd double %146, %147
  %149 = tail call double @llvm.fabs.f64(double %148)
  %150 = insertelement <4 x float> poison, float %145, i64 0
  %151 = insertelement <4 x float> %150, float %140, i64 1
  %152 = insertelement <4 x float> %151, float %133, i64 2
  %153 = insertelement <4 x float> %152, float %128, i64 3
  %154 = fpext <4 x float> %153 to <4 x double>
  %155 = insertelement <4 x double> poison, double %148, i64 0
  %156 = insertelement <4 x double> %155, double %142, i64 1
  %157 = insertelement <4 x double> %156, double %135, i64 2
  %158 = insertelement <4 x double> %157, double %130, i64 3
  %159 = fsub <4 x double> %154, %158
  %160 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %159)
  %161 = insertelement <4 x double> poison, double %149, i64 0
  %162 = insertelement <4 x double> %161, double %142, i64 1
  %163 = shufflevector <2 x double> %138, <2 x double> poison, <4 x i32> <i32 0, i32 1, i32 undef, i32 undef>
  %164 = shufflevector <4 x double> %162, <4 x double> %163, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %165 = tail call <4 x double> @llvm.maxnum.v4f64(<4 x double> %164, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %166 = fmul <4 x double> %165, <double 1.000000e-05, double 1.000000e-05, double 1.000000e-05, double 1.000000e-05>
  %167 = fcmp ole <4 x double> %160, %166
  %168 = bitcast <4 x i1> %167 to i4
  %169 = tail call i4 @llvm.ctpop.i4(i4 %168), !range !8
  %170 = zext i4 %169 to i64
  %171 = insertelement <2 x float> poison, float %119, i64 0
  %172 = insertelement <2 x float> %171, float %124, i64 1
  %173 = fpext <2 x float> %172 to <2 x double>
  %174 = insertelement <2 x double> poison, double %122, i64 0
  %175 = insertelement <2 x double> %174, double %126, i64 1
  %176 = fsub <2 x double> %173, %175
  %177 = tail call <2 x double> @llvm.fabs.v2f64(<2 x double> %176)
  %178 = tail call <2 x double> @llvm.fabs.v2f64(<2 x double> %175)
  %179 = tail call <2 x double> @llvm.maxnum.v2f64(<2 x double> %178, <2 x double> <double 1.000000e+00, double 1.000000e+00>)
  %180 = fmul <2 x double> %179, <double 1.000000e-05, double 1.000000e-05>
  %181 = fcmp ole <2 x double> %177, %180
  %182 = zext <2 x i1> %181 to <2 x i64>
  %183 = insertelement <2 x i64> poison, i64 %170, i64 0
  %184 = insertelement <2 x i64> %183, i64 %9, i64 1
  %185 = add <2 x i64> %184, %182
  %186 = shufflevector <2 x i64> %185, <2 x i64> poison, <2 x i32> <i32 1, i32 undef>
  %187 = add <2 x i64> %185, %186
  %188 = extractelement <2 x i64> %187, i64 0
  %189 = add nuw nsw i32 %8, 1
  %190 = fadd double %6, 1.100000e-02
  %191 = icmp eq i32 %189, 600
  br i1 %191, label %2, label %5, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.ceil.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.pow.f64(double, double) #1

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare double @tanh(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #1

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare double @tan(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.pow.f32(float, float) #1

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare float @tanhf(float noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare float @tanf(float noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.cos.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fabs.v4f64(<4 x double>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.maxnum.v4f64(<4 x double>, <4 x double>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fabs.v2f64(<2 x double>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.maxnum.v2f64(<2 x double>, <2 x double>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i4 @llvm.ctpop.i4(i4) #3

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"double", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{i4 0, i4 5}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
