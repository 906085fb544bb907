; ModuleID = 'ieee_specials.c'
source_filename = "ieee_specials.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_big = dso_local local_unnamed_addr global double 1.000000e+308, align 8
@g_tiny = dso_local local_unnamed_addr global float 0x380B38FB80000000, align 4

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [12 x double], align 16
  %2 = load double, ptr @g_big, align 8, !tbaa !4
  %3 = fmul double %2, 1.000000e+01
  %4 = fneg double %3
  %5 = fsub double %3, %3
  %6 = load float, ptr @g_tiny, align 4, !tbaa !8
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %1) #3
  store <2 x double> <double 0.000000e+00, double -0.000000e+00>, ptr %1, align 16, !tbaa !4
  %7 = getelementptr inbounds double, ptr %1, i64 2
  store <2 x double> <double 1.000000e+00, double -1.500000e+00>, ptr %7, align 16, !tbaa !4
  %8 = getelementptr inbounds double, ptr %1, i64 4
  store double %2, ptr %8, align 16, !tbaa !4
  %9 = getelementptr inbounds double, ptr %1, i64 5
  store double %3, ptr %9, align 8, !tbaa !4
  %10 = getelementptr inbounds double, ptr %1, i64 6
  store double %4, ptr %10, align 16, !tbaa !4
  %11 = getelementptr inbounds double, ptr %1, i64 7
  store double %5, ptr %11, align 8, !tbaa !4
  %12 = getelementptr inbounds double, ptr %1, i64 8
  store <2 x double> <double 4.940660e-324, double 0x10000000000000>, ptr %12, align 16, !tbaa !4
  %13 = getelementptr inbounds double, ptr %1, i64 10
  store <2 x double> <double 1.000000e-01, double 3.000000e+00>, ptr %13, align 16, !tbaa !4
  br label %14

14:                                               ; preds = %0, %63
  %15 = phi i64 [ 0, %0 ], [ %64, %63 ]
  %16 = phi i64 [ 0, %0 ], [ %118, %63 ]
  %17 = getelementptr inbounds [12 x double], ptr %1, i64 0, i64 %15
  %18 = load double, ptr %17, align 8, !tbaa !4
  %19 = fcmp uno double %18, 0.000000e+00
  %20 = zext i1 %19 to i64
  %21 = tail call double @llvm.fabs.f64(double %18)
  %22 = bitcast double %21 to i64
  %23 = bitcast double %18 to i64
  %24 = lshr i64 %23, 63
  %25 = tail call double @llvm.sqrt.f64(double %21)
  %26 = bitcast double %25 to i64
  %27 = add i64 %24, %22
  %28 = add i64 %27, %26
  br label %66

29:                                               ; preds = %63
  %30 = fmul float %6, 0x3F50000000000000
  %31 = fmul float %6, 0x47D2CED320000000
  %32 = fmul float %31, 0x47EC363CC0000000
  %33 = fmul float %32, 2.000000e+00
  %34 = mul i64 %118, 31
  %35 = bitcast float %30 to i32
  %36 = zext i32 %35 to i64
  %37 = bitcast float %33 to i32
  %38 = zext i32 %37 to i64
  %39 = fmul float %30, -5.000000e-01
  %40 = bitcast float %39 to i32
  %41 = zext i32 %40 to i64
  %42 = add nuw nsw i64 %41, %36
  %43 = add nuw nsw i64 %42, %38
  %44 = add i64 %43, %34
  %45 = mul i64 %44, 961
  %46 = fptrunc double %5 to float
  %47 = fcmp uno float %46, 0.000000e+00
  %48 = uitofp i1 %47 to double
  %49 = bitcast double %48 to i64
  %50 = fptrunc double %3 to float
  %51 = bitcast float %50 to i32
  %52 = zext i32 %51 to i64
  %53 = add nuw nsw i64 %52, 110675938577
  %54 = add i64 %53, %49
  %55 = add i64 %54, %45
  %56 = mul i64 %55, 31
  %57 = tail call double @llvm.floor.f64(double %5)
  %58 = fcmp uno double %57, 0.000000e+00
  %59 = uitofp i1 %58 to double
  %60 = bitcast double %59 to i64
  %61 = add i64 %60, 4607182418800017408
  %62 = add i64 %61, %56
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %1) #3
  ret i64 %62

63:                                               ; preds = %66
  %64 = add nuw nsw i64 %15, 1
  %65 = icmp eq i64 %64, 12
  br i1 %65, label %29, label %14, !llvm.loop !10

66:                                               ; preds = %14, %66
  %67 = phi i64 [ 0, %14 ], [ %119, %66 ]
  %68 = phi i64 [ %16, %14 ], [ %118, %66 ]
  %69 = getelementptr inbounds [12 x double], ptr %1, i64 0, i64 %67
  %70 = load double, ptr %69, align 8, !tbaa !4
  %71 = mul i64 %68, 3
  %72 = fcmp olt double %18, %70
  %73 = zext i1 %72 to i64
  %74 = add i64 %71, %73
  %75 = fcmp ole double %18, %70
  %76 = select i1 %75, i64 2, i64 0
  %77 = add i64 %74, %76
  %78 = fcmp oeq double %18, %70
  %79 = select i1 %78, i64 4, i64 0
  %80 = add i64 %77, %79
  %81 = fcmp une double %18, %70
  %82 = select i1 %81, i64 8, i64 0
  %83 = add i64 %80, %82
  %84 = fcmp ogt double %18, %70
  %85 = select i1 %84, i64 16, i64 0
  %86 = add i64 %83, %85
  %87 = fcmp oge double %18, %70
  %88 = select i1 %87, i64 32, i64 0
  %89 = add i64 %86, %88
  %90 = mul i64 %89, 5
  %91 = fcmp ord double %18, %70
  %92 = select i1 %91, i64 0, i64 2
  %93 = or i64 %92, %20
  %94 = add i64 %93, %90
  %95 = fadd double %18, %70
  %96 = bitcast double %95 to i64
  %97 = fmul double %18, %70
  %98 = bitcast double %97 to i64
  %99 = mul i64 %98, 3
  %100 = add i64 %99, %96
  %101 = fsub double %18, %70
  %102 = bitcast double %101 to i64
  %103 = mul i64 %102, 7
  %104 = add i64 %100, %103
  %105 = xor i64 %94, %104
  %106 = fcmp une double %70, 0.000000e+00
  %107 = fdiv double %18, %70
  %108 = bitcast double %107 to i64
  %109 = select i1 %106, i64 %108, i64 0
  %110 = tail call double @llvm.minnum.f64(double %18, double %70)
  %111 = bitcast double %110 to i64
  %112 = tail call double @llvm.maxnum.f64(double %18, double %70)
  %113 = bitcast double %112 to i64
  %114 = mul i64 %113, 5
  %115 = add i64 %28, %111
  %116 = add i64 %115, %114
  %117 = add i64 %116, %109
  %118 = add i64 %117, %105
  %119 = add nuw nsw i64 %67, 1
  %120 = icmp eq i64 %119, 12
  br i1 %120, label %63, label %66, !llvm.loop !12
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

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
!8 = !{!9, !9, i64 0}
!9 = !{!"float", !6, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
