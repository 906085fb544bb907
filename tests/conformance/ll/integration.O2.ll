; ModuleID = 'integration.c'
source_filename = "integration.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_intervals = dso_local local_unnamed_addr global i32 400, align 4
@checksum.fns = internal unnamed_addr constant [5 x ptr] [ptr @f_sin, ptr @f_gauss, ptr @f_log, ptr @f_atan_deriv, ptr @f_tanh], align 16

; Function Attrs: nounwind
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_intervals, align 4, !tbaa !4
  %2 = sitofp i32 %1 to double
  %3 = fdiv double 2.000000e+00, %2
  %4 = icmp sgt i32 %1, 1
  br label %69

5:                                                ; preds = %115
  %6 = fdiv double 1.000000e+00, %2
  br i1 %4, label %7, label %23

7:                                                ; preds = %5, %7
  %8 = phi i32 [ %21, %7 ], [ 1, %5 ]
  %9 = phi double [ %20, %7 ], [ 1.500000e+00, %5 ]
  %10 = sitofp i32 %8 to double
  %11 = fmul double %6, %10
  %12 = fadd double %11, 0.000000e+00
  %13 = fmul double %12, %12
  %14 = fadd double %13, 1.000000e+00
  %15 = fdiv double 1.000000e+00, %14
  %16 = and i32 %8, 1
  %17 = icmp eq i32 %16, 0
  %18 = select i1 %17, double 2.000000e+00, double 4.000000e+00
  %19 = fmul double %18, %15
  %20 = fadd double %9, %19
  %21 = add nuw nsw i32 %8, 1
  %22 = icmp eq i32 %21, %1
  br i1 %22, label %23, label %7, !llvm.loop !8

23:                                               ; preds = %7, %5
  %24 = phi double [ 1.500000e+00, %5 ], [ %20, %7 ]
  %25 = sitofp i32 %1 to float
  %26 = fdiv float 3.000000e+00, %25
  %27 = icmp sgt i32 %1, 0
  br i1 %27, label %28, label %48

28:                                               ; preds = %23, %28
  %29 = phi float [ %45, %28 ], [ 0.000000e+00, %23 ]
  %30 = phi i32 [ %46, %28 ], [ 0, %23 ]
  %31 = sitofp i32 %30 to float
  %32 = fadd float %31, 5.000000e-01
  %33 = fmul float %26, %32
  %34 = fadd float %33, 0.000000e+00
  %35 = fneg float %34
  %36 = tail call float @llvm.exp.f32(float %35)
  %37 = fmul float %34, 3.000000e+00
  %38 = tail call float @llvm.sin.f32(float %37)
  %39 = fmul float %36, %38
  %40 = fadd float %34, 1.000000e+00
  %41 = tail call float @llvm.log.f32(float %40)
  %42 = fadd float %41, %39
  %43 = tail call float @llvm.sqrt.f32(float %34)
  %44 = fsub float %42, %43
  %45 = fadd float %29, %44
  %46 = add nuw nsw i32 %30, 1
  %47 = icmp eq i32 %46, %1
  br i1 %47, label %48, label %28, !llvm.loop !10

48:                                               ; preds = %28, %23
  %49 = phi float [ 0.000000e+00, %23 ], [ %45, %28 ]
  %50 = mul i64 %123, 31
  %51 = fmul double %6, %24
  %52 = fdiv double %51, 3.000000e+00
  %53 = fmul double %52, 4.000000e+00
  %54 = fmul double %53, 1.000000e+04
  %55 = fadd double %54, 5.000000e-01
  %56 = tail call double @llvm.floor.f64(double %55)
  %57 = fptosi double %56 to i64
  %58 = add i64 %50, %57
  %59 = mul i64 %58, 31
  %60 = fmul float %26, %49
  %61 = fpext float %60 to double
  %62 = fmul double %61, 1.000000e+02
  %63 = fadd double %62, 5.000000e-01
  %64 = tail call double @llvm.floor.f64(double %63)
  %65 = fptosi double %64 to i64
  %66 = add i64 %59, %65
  %67 = mul i64 %66, 31
  %68 = add i64 %67, 203545
  ret i64 %68

69:                                               ; preds = %0, %115
  %70 = phi i64 [ 0, %0 ], [ %124, %115 ]
  %71 = phi i64 [ 0, %0 ], [ %123, %115 ]
  %72 = mul i64 %71, 1000003
  %73 = getelementptr inbounds [5 x ptr], ptr @checksum.fns, i64 0, i64 %70
  %74 = load ptr, ptr %73, align 8, !tbaa !11
  %75 = tail call double %74(double noundef 0.000000e+00) #5
  %76 = tail call double %74(double noundef 2.000000e+00) #5
  %77 = fadd double %75, %76
  %78 = fmul double %77, 5.000000e-01
  br i1 %4, label %79, label %89

79:                                               ; preds = %69, %79
  %80 = phi i32 [ %87, %79 ], [ 1, %69 ]
  %81 = phi double [ %86, %79 ], [ %78, %69 ]
  %82 = sitofp i32 %80 to double
  %83 = fmul double %3, %82
  %84 = fadd double %83, 0.000000e+00
  %85 = tail call double %74(double noundef %84) #5
  %86 = fadd double %81, %85
  %87 = add nuw nsw i32 %80, 1
  %88 = icmp eq i32 %87, %1
  br i1 %88, label %89, label %79, !llvm.loop !13

89:                                               ; preds = %79, %69
  %90 = phi double [ %78, %69 ], [ %86, %79 ]
  %91 = fmul double %3, %90
  %92 = fmul double %91, 1.000000e+04
  %93 = fadd double %92, 5.000000e-01
  %94 = tail call double @llvm.floor.f64(double %93)
  %95 = fptosi double %94 to i64
  %96 = add i64 %72, %95
  %97 = mul i64 %96, 1000003
  %98 = tail call double %74(double noundef 0.000000e+00) #5
  %99 = tail call double %74(double noundef 2.000000e+00) #5
  %100 = fadd double %98, %99
  br i1 %4, label %101, label %115

101:                                              ; preds = %89, %101
  %102 = phi i32 [ %113, %101 ], [ 1, %89 ]
  %103 = phi double [ %112, %101 ], [ %100, %89 ]
  %104 = sitofp i32 %102 to double
  %105 = fmul double %3, %104
  %106 = fadd double %105, 0.000000e+00
  %107 = tail call double %74(double noundef %106) #5
  %108 = and i32 %102, 1
  %109 = icmp eq i32 %108, 0
  %110 = select i1 %109, double 2.000000e+00, double 4.000000e+00
  %111 = fmul double %107, %110
  %112 = fadd double %103, %111
  %113 = add nuw nsw i32 %102, 1
  %114 = icmp eq i32 %113, %1
  br i1 %114, label %115, label %101, !llvm.loop !8

115:                                              ; preds = %101, %89
  %116 = phi double [ %100, %89 ], [ %112, %101 ]
  %117 = fmul double %3, %116
  %118 = fdiv double %117, 3.000000e+00
  %119 = fmul double %118, 1.000000e+04
  %120 = fadd double %119, 5.000000e-01
  %121 = tail call double @llvm.floor.f64(double %120)
  %122 = fptosi double %121 to i64
  %123 = add i64 %97, %122
  %124 = add nuw nsw i64 %70, 1
  %125 = icmp eq i64 %124, 5
  br i1 %125, label %5, label %69, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal double @f_sin(double noundef %0) #1 {
  %2 = tail call double @llvm.sin.f64(double %0)
  ret double %2
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal double @f_gauss(double noundef %0) #1 {
  %2 = fneg double %0
  %3 = fmul double %2, %0
  %4 = tail call double @llvm.exp.f64(double %3)
  ret double %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal double @f_log(double noundef %0) #1 {
  %2 = fadd double %0, 1.000000e+00
  %3 = tail call double @llvm.log.f64(double %2)
  ret double %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal double @f_atan_deriv(double noundef %0) #2 {
  %2 = fmul double %0, %0
  %3 = fadd double %2, 1.000000e+00
  %4 = fdiv double 1.000000e+00, %3
  ret double %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal double @f_tanh(double noundef %0) #1 {
  %2 = tail call double @tanh(double noundef %0) #6
  %3 = tail call double @llvm.cos.f64(double %0)
  %4 = fmul double %3, %2
  ret double %4
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #3

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare double @tanh(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #3

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !6, i64 0}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
