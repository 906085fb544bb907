; ModuleID = 'horner_poly.c'
source_filename = "horner_poly.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_step = dso_local local_unnamed_addr global double 1.000000e-02, align 8

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load double, ptr @g_step, align 8, !tbaa !4
  br label %5

2:                                                ; preds = %5
  %3 = mul i64 %114, 1000
  %4 = add i64 %3, %107
  ret i64 %4

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %114, %5 ]
  %7 = phi i64 [ 0, %0 ], [ %107, %5 ]
  %8 = phi i32 [ -200, %0 ], [ %115, %5 ]
  %9 = sitofp i32 %8 to double
  %10 = fmul double %1, %9
  %11 = fmul double %10, 0x3EC71DE3A556C734
  %12 = fadd double %11, 0x3EFA01A01A01A01A
  %13 = fmul double %10, %12
  %14 = fadd double %13, 0x3F2A01A01A01A01A
  %15 = fmul double %10, %14
  %16 = fadd double %15, 0x3F56C16C16C16C17
  %17 = fmul double %10, %16
  %18 = fadd double %17, 0x3F81111111111111
  %19 = fmul double %10, %18
  %20 = fadd double %19, 0x3FA5555555555555
  %21 = fmul double %10, %20
  %22 = fadd double %21, 0x3FC5555555555555
  %23 = fmul double %10, %22
  %24 = fadd double %23, 5.000000e-01
  %25 = fmul double %10, %24
  %26 = fadd double %25, 1.000000e+00
  %27 = fmul double %10, %26
  %28 = fadd double %27, 1.000000e+00
  %29 = fmul double %10, %10
  %30 = fmul double %29, %29
  %31 = fmul double %10, 0x3F81111111111111
  %32 = insertelement <2 x double> poison, double %10, i64 0
  %33 = insertelement <2 x double> %32, double %31, i64 1
  %34 = fadd <2 x double> %33, <double 1.000000e+00, double 0x3FA5555555555555>
  %35 = shufflevector <2 x double> %32, <2 x double> poison, <2 x i32> zeroinitializer
  %36 = fmul <2 x double> %35, <double 0x3FC5555555555555, double 0x3F2A01A01A01A01A>
  %37 = fadd <2 x double> %36, <double 5.000000e-01, double 0x3F56C16C16C16C17>
  %38 = insertelement <2 x double> poison, double %29, i64 0
  %39 = shufflevector <2 x double> %38, <2 x double> poison, <2 x i32> zeroinitializer
  %40 = fmul <2 x double> %39, %37
  %41 = fadd <2 x double> %34, %40
  %42 = extractelement <2 x double> %41, i64 1
  %43 = fmul double %30, %42
  %44 = extractelement <2 x double> %41, i64 0
  %45 = fadd double %44, %43
  %46 = bitcast double %28 to i64
  %47 = bitcast double %45 to i64
  %48 = mul i64 %6, 31
  %49 = mul i64 %47, 3
  %50 = tail call double @llvm.exp.f64(double %10)
  %51 = fsub double %50, %28
  %52 = fmul double %51, 1.000000e+04
  %53 = fadd double %52, 5.000000e-01
  %54 = tail call double @llvm.floor.f64(double %53)
  %55 = fptosi double %54 to i64
  %56 = add i64 %49, %48
  %57 = add i64 %56, %46
  %58 = add i64 %57, %55
  %59 = fptrunc double %10 to float
  %60 = tail call float @llvm.exp.f32(float %59)
  %61 = fpext float %59 to double
  %62 = tail call double @llvm.exp.f64(double %61)
  %63 = fmul float %59, 0x3F2A01A020000000
  %64 = fsub float 0.000000e+00, %63
  %65 = fmul float %64, %59
  %66 = fadd float %65, 0x3F81111120000000
  %67 = fmul float %66, %59
  %68 = fadd float %67, 0.000000e+00
  %69 = fmul float %68, %59
  %70 = fadd float %69, 0xBFC5555560000000
  %71 = fmul float %70, %59
  %72 = fadd float %71, 0.000000e+00
  %73 = fmul float %72, %59
  %74 = fadd float %73, 1.000000e+00
  %75 = fmul float %74, %59
  %76 = fadd float %75, 0.000000e+00
  %77 = bitcast float %76 to i32
  %78 = zext i32 %77 to i64
  %79 = xor i64 %58, %78
  %80 = tail call float @llvm.sin.f32(float %59)
  %81 = tail call double @llvm.sin.f64(double %61)
  %82 = tail call double @llvm.fabs.f64(double %81)
  %83 = insertelement <2 x float> poison, float %80, i64 0
  %84 = insertelement <2 x float> %83, float %60, i64 1
  %85 = fpext <2 x float> %84 to <2 x double>
  %86 = insertelement <2 x double> poison, double %81, i64 0
  %87 = insertelement <2 x double> %86, double %62, i64 1
  %88 = fsub <2 x double> %85, %87
  %89 = tail call <2 x double> @llvm.fabs.v2f64(<2 x double> %88)
  %90 = insertelement <2 x double> poison, double %82, i64 0
  %91 = insertelement <2 x double> %90, double %62, i64 1
  %92 = tail call <2 x double> @llvm.maxnum.v2f64(<2 x double> %91, <2 x double> <double 1.000000e+00, double 1.000000e+00>)
  %93 = fmul <2 x double> %92, <double 1.000000e-05, double 1.000000e-05>
  %94 = fcmp ole <2 x double> %89, %93
  %95 = extractelement <2 x i1> %94, i64 1
  %96 = zext i1 %95 to i64
  %97 = add i64 %7, %96
  %98 = extractelement <2 x i1> %94, i64 0
  %99 = zext i1 %98 to i64
  %100 = add i64 %97, %99
  %101 = fpext float %76 to double
  %102 = fsub double %101, %81
  %103 = tail call double @llvm.fabs.f64(double %102)
  %104 = extractelement <2 x double> %93, i64 0
  %105 = fcmp ole double %103, %104
  %106 = zext i1 %105 to i64
  %107 = add i64 %100, %106
  %108 = tail call double @llvm.cos.f64(double %10)
  %109 = fmul double %108, 7.000000e+00
  %110 = fmul double %109, 1.000000e+04
  %111 = fadd double %110, 5.000000e-01
  %112 = tail call double @llvm.floor.f64(double %111)
  %113 = fptosi double %112 to i64
  %114 = add i64 %79, %113
  %115 = add nsw i32 %8, 1
  %116 = icmp eq i32 %115, 201
  br i1 %116, label %2, label %5, !llvm.loop !8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fabs.v2f64(<2 x double>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.maxnum.v2f64(<2 x double>, <2 x double>) #2

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
