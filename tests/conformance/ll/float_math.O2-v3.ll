; ModuleID = 'float_math.c'
source_filename = "float_math.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_start = dso_local local_unnamed_addr global double -3.300000e+00, align 8

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load double, ptr @g_start, align 8, !tbaa !4
  br label %3

2:                                                ; preds = %108
  ret i64 %163

3:                                                ; preds = %0, %108
  %4 = phi double [ %1, %0 ], [ %165, %108 ]
  %5 = phi i32 [ 0, %0 ], [ %164, %108 ]
  %6 = phi i64 [ 0, %0 ], [ %163, %108 ]
  %7 = fptrunc double %4 to float
  %8 = mul i64 %6, 31
  %9 = fmul double %4, 1.000000e+02
  %10 = tail call double @llvm.floor.f64(double %9)
  %11 = fmul double %4, 1.000000e+01
  %12 = tail call double @llvm.ceil.f64(double %11)
  %13 = fmul double %12, 1.000000e+03
  %14 = fadd double %10, %13
  %15 = fptosi double %14 to i64
  %16 = add i64 %8, %15
  %17 = mul i64 %16, 31
  %18 = fmul float %7, 1.000000e+02
  %19 = tail call float @llvm.floor.f32(float %18)
  %20 = fmul float %7, 3.000000e+00
  %21 = tail call float @llvm.ceil.f32(float %20)
  %22 = fsub float %19, %21
  %23 = fptosi float %22 to i64
  %24 = add i64 %17, %23
  %25 = mul i64 %24, 31
  %26 = tail call double @llvm.fabs.f64(double %4)
  %27 = fmul double %26, 1.000000e+06
  %28 = fptosi double %27 to i64
  %29 = tail call float @llvm.fabs.f32(float %7)
  %30 = fmul float %29, 1.000000e+03
  %31 = fptosi float %30 to i64
  %32 = add i64 %31, %28
  %33 = add i64 %32, %25
  %34 = mul i64 %33, 31
  %35 = fmul double %4, 7.000000e+00
  %36 = frem double %35, 1.300000e+00
  %37 = fmul double %36, 1.000000e+09
  %38 = fptosi double %37 to i64
  %39 = add i64 %34, %38
  %40 = mul i64 %39, 31
  %41 = frem float %7, 0x3FE6666660000000
  %42 = fmul float %41, 1.000000e+06
  %43 = fptosi float %42 to i64
  %44 = add i64 %40, %43
  %45 = mul i64 %44, 31
  %46 = tail call double @llvm.minnum.f64(double %4, double 5.000000e-01)
  %47 = tail call double @llvm.maxnum.f64(double %4, double -5.000000e-01)
  %48 = fadd double %46, %47
  %49 = fmul double %48, 1.000000e+09
  %50 = fptosi double %49 to i64
  %51 = add i64 %45, %50
  %52 = mul i64 %51, 31
  %53 = tail call float @llvm.minnum.f32(float %7, float 1.000000e+00)
  %54 = tail call float @llvm.maxnum.f32(float %7, float -1.000000e+00)
  %55 = fsub float %53, %54
  %56 = fmul float %55, 1.000000e+06
  %57 = fptosi float %56 to i64
  %58 = add i64 %52, %57
  %59 = mul i64 %58, 31
  %60 = fmul double %4, 1.000000e+05
  %61 = fptosi double %60 to i32
  %62 = zext i32 %61 to i64
  %63 = fmul double %26, 5.000000e+01
  %64 = fptoui double %63 to i32
  %65 = and i32 %64, 255
  %66 = zext i32 %65 to i64
  %67 = fadd double %26, 1.000000e-01
  %68 = tail call double @llvm.pow.f64(double %67, double 1.700000e+00)
  %69 = fmul double %68, 1.000000e+04
  %70 = fadd double %69, 5.000000e-01
  %71 = tail call double @llvm.floor.f64(double %70)
  %72 = fptosi double %71 to i64
  %73 = fadd float %29, 5.000000e-01
  %74 = tail call float @llvm.pow.f32(float %73, float 0xBFD3333340000000)
  %75 = fpext float %74 to double
  %76 = fmul double %75, 1.000000e+04
  %77 = fadd double %76, 5.000000e-01
  %78 = tail call double @llvm.floor.f64(double %77)
  %79 = fptosi double %78 to i64
  %80 = tail call double @tanh(double noundef %4) #3
  %81 = fmul double %80, 1.000000e+04
  %82 = fadd double %81, 5.000000e-01
  %83 = tail call double @llvm.floor.f64(double %82)
  %84 = fptosi double %83 to i64
  %85 = fmul float %7, 5.000000e-01
  %86 = tail call float @tanhf(float noundef %85) #3
  %87 = fpext float %86 to double
  %88 = fmul double %87, 1.000000e+04
  %89 = fadd double %88, 5.000000e-01
  %90 = tail call double @llvm.floor.f64(double %89)
  %91 = fptosi double %90 to i64
  %92 = add nuw nsw i64 %66, %62
  %93 = add i64 %92, %72
  %94 = add i64 %93, %79
  %95 = add i64 %94, %59
  %96 = add i64 %95, %84
  %97 = add i64 %96, %91
  %98 = tail call double @llvm.cos.f64(double %4)
  %99 = tail call double @llvm.fabs.f64(double %98)
  %100 = fcmp ogt double %99, 1.000000e-01
  br i1 %100, label %101, label %108

101:                                              ; preds = %3
  %102 = tail call double @tan(double noundef %4) #3
  %103 = fmul double %102, 1.000000e+04
  %104 = fadd double %103, 5.000000e-01
  %105 = tail call double @llvm.floor.f64(double %104)
  %106 = fptosi double %105 to i64
  %107 = add i64 %97, %106
  br label %108

108:                                              ; preds = %101, %3
  %109 = phi i64 [ %107, %101 ], [ %97, %3 ]
  %110 = fmul float %7, 0x3FD3333340000000
  %111 = tail call float @tanf(float noundef %110) #3
  %112 = fpext float %111 to double
  %113 = fmul double %112, 1.000000e+04
  %114 = fadd double %113, 5.000000e-01
  %115 = tail call double @llvm.floor.f64(double %114)
  %116 = fptosi double %115 to i64
  %117 = fadd double %26, 1.000000e-03
  %118 = tail call double @llvm.log.f64(double %117)
  %119 = fmul double %118, 1.000000e+04
  %120 = fadd double %119, 5.000000e-01
  %121 = tail call double @llvm.floor.f64(double %120)
  %122 = fptosi double %121 to i64
  %123 = fmul float %7, %7
  %124 = fadd float %123, 1.000000e+00
  %125 = tail call float @llvm.log.f32(float %124)
  %126 = fpext float %125 to double
  %127 = fmul double %126, 1.000000e+04
  %128 = fadd double %127, 5.000000e-01
  %129 = tail call double @llvm.floor.f64(double %128)
  %130 = fptosi double %129 to i64
  %131 = tail call double @llvm.exp.f64(double %4)
  %132 = fmul double %131, 1.000000e+04
  %133 = fadd double %132, 5.000000e-01
  %134 = tail call double @llvm.floor.f64(double %133)
  %135 = fptosi double %134 to i64
  %136 = fneg float %7
  %137 = tail call float @llvm.exp.f32(float %136)
  %138 = fpext float %137 to double
  %139 = fmul double %138, 1.000000e+04
  %140 = fadd double %139, 5.000000e-01
  %141 = tail call double @llvm.floor.f64(double %140)
  %142 = fptosi double %141 to i64
  %143 = tail call double @llvm.sin.f64(double %4)
  %144 = fmul double %143, %98
  %145 = fmul double %144, 1.000000e+04
  %146 = fadd double %145, 5.000000e-01
  %147 = tail call double @llvm.floor.f64(double %146)
  %148 = fptosi double %147 to i64
  %149 = tail call float @llvm.sin.f32(float %7)
  %150 = tail call float @llvm.cos.f32(float %7)
  %151 = fadd float %149, %150
  %152 = fpext float %151 to double
  %153 = fmul double %152, 1.000000e+04
  %154 = fadd double %153, 5.000000e-01
  %155 = tail call double @llvm.floor.f64(double %154)
  %156 = fptosi double %155 to i64
  %157 = add i64 %148, %135
  %158 = add i64 %157, %142
  %159 = add i64 %158, %122
  %160 = add i64 %159, %156
  %161 = add i64 %160, %130
  %162 = add i64 %161, %109
  %163 = add i64 %162, %116
  %164 = add nuw nsw i32 %5, 1
  %165 = fadd double %4, 1.100000e-02
  %166 = icmp eq i32 %164, 600
  br i1 %166, label %2, label %3, !llvm.loop !8
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

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.pow.f32(float, float) #1

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare double @tanh(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare float @tanhf(float noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #1

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare double @tan(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare float @tanf(float noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.cos.f32(float) #1

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #3 = { nounwind willreturn memory(none) }

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
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
