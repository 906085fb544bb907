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
  store <4 x double> <double 0.000000e+00, double -0.000000e+00, double 1.000000e+00, double -1.500000e+00>, ptr %1, align 16, !tbaa !4
  %7 = getelementptr inbounds double, ptr %1, i64 4
  store double %2, ptr %7, align 16, !tbaa !4
  %8 = getelementptr inbounds double, ptr %1, i64 5
  store double %3, ptr %8, align 8, !tbaa !4
  %9 = getelementptr inbounds double, ptr %1, i64 6
  store double %4, ptr %9, align 16, !tbaa !4
  %10 = getelementptr inbounds double, ptr %1, i64 7
  store double %5, ptr %10, align 8, !tbaa !4
  %11 = getelementptr inbounds double, ptr %1, i64 8
  store <4 x double> <double 4.940660e-324, double 0x10000000000000, double 1.000000e-01, double 3.000000e+00>, ptr %11, align 16, !tbaa !4
  br label %12

12:                                               ; preds = %0, %61
  %13 = phi i64 [ 0, %0 ], [ %62, %61 ]
  %14 = phi i64 [ 0, %0 ], [ %116, %61 ]
  %15 = getelementptr inbounds [12 x double], ptr %1, i64 0, i64 %13
  %16 = load double, ptr %15, align 8, !tbaa !4
  %17 = fcmp uno double %16, 0.000000e+00
  %18 = zext i1 %17 to i64
  %19 = tail call double @llvm.fabs.f64(double %16)
  %20 = bitcast double %19 to i64
  %21 = bitcast double %16 to i64
  %22 = lshr i64 %21, 63
  %23 = tail call double @llvm.sqrt.f64(double %19)
  %24 = bitcast double %23 to i64
  %25 = add i64 %22, %20
  %26 = add i64 %25, %24
  br label %64

27:                                               ; preds = %61
  %28 = fmul float %6, 0x3F50000000000000
  %29 = fmul float %6, 0x47D2CED320000000
  %30 = fmul float %29, 0x47EC363CC0000000
  %31 = fmul float %30, 2.000000e+00
  %32 = mul i64 %116, 31
  %33 = bitcast float %28 to i32
  %34 = zext i32 %33 to i64
  %35 = bitcast float %31 to i32
  %36 = zext i32 %35 to i64
  %37 = fmul float %28, -5.000000e-01
  %38 = bitcast float %37 to i32
  %39 = zext i32 %38 to i64
  %40 = add nuw nsw i64 %39, %34
  %41 = add nuw nsw i64 %40, %36
  %42 = add i64 %41, %32
  %43 = mul i64 %42, 961
  %44 = fptrunc double %5 to float
  %45 = fcmp uno float %44, 0.000000e+00
  %46 = uitofp i1 %45 to double
  %47 = bitcast double %46 to i64
  %48 = fptrunc double %3 to float
  %49 = bitcast float %48 to i32
  %50 = zext i32 %49 to i64
  %51 = add nuw nsw i64 %50, 110675938577
  %52 = add i64 %51, %47
  %53 = add i64 %52, %43
  %54 = mul i64 %53, 31
  %55 = tail call double @llvm.floor.f64(double %5)
  %56 = fcmp uno double %55, 0.000000e+00
  %57 = uitofp i1 %56 to double
  %58 = bitcast double %57 to i64
  %59 = add i64 %58, 4607182418800017408
  %60 = add i64 %59, %54
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %1) #3
  ret i64 %60

61:                                               ; preds = %64
  %62 = add nuw nsw i64 %13, 1
  %63 = icmp eq i64 %62, 12
  br i1 %63, label %27, label %12, !llvm.loop !10

64:                                               ; preds = %12, %64
  %65 = phi i64 [ 0, %12 ], [ %117, %64 ]
  %66 = phi i64 [ %14, %12 ], [ %116, %64 ]
  %67 = getelementptr inbounds [12 x double], ptr %1, i64 0, i64 %65
  %68 = load double, ptr %67, align 8, !tbaa !4
  %69 = mul i64 %66, 3
  %70 = fcmp olt double %16, %68
  %71 = zext i1 %70 to i64
  %72 = add i64 %69, %71
  %73 = fcmp ole double %16, %68
  %74 = select i1 %73, i64 2, i64 0
  %75 = add i64 %72, %74
  %76 = fcmp oeq double %16, %68
  %77 = select i1 %76, i64 4, i64 0
  %78 = add i64 %75, %77
  %79 = fcmp une double %16, %68
  %80 = select i1 %79, i64 8, i64 0
  %81 = add i64 %78, %80
  %82 = fcmp ogt double %16, %68
  %83 = select i1 %82, i64 16, i64 0
  %84 = add i64 %81, %83
  %85 = fcmp oge double %16, %68
  %86 = select i1 %85, i64 32, i64 0
  %87 = add i64 %84, %86
  %88 = mul i64 %87, 5
  %89 = fcmp ord double %16, %68
  %90 = select i1 %89, i64 0, i64 2
  %91 = or i64 %90, %18
  %92 = add i64 %91, %88
  %93 = fadd double %16, %68
  %94 = bitcast double %93 to i64
  %95 = fmul double %16, %68
  %96 = bitcast double %95 to i64
  %97 = mul i64 %96, 3
  %98 = add i64 %97, %94
  %99 = fsub double %16, %68
  %100 = bitcast double %99 to i64
  %101 = mul i64 %100, 7
  %102 = add i64 %98, %101
  %103 = xor i64 %92, %102
  %104 = fcmp une double %68, 0.000000e+00
  %105 = fdiv double %16, %68
  %106 = bitcast double %105 to i64
  %107 = select i1 %104, i64 %106, i64 0
  %108 = tail call double @llvm.minnum.f64(double %16, double %68)
  %109 = bitcast double %108 to i64
  %110 = tail call double @llvm.maxnum.f64(double %16, double %68)
  %111 = bitcast double %110 to i64
  %112 = mul i64 %111, 5
  %113 = add i64 %26, %109
  %114 = add i64 %113, %112
  %115 = add i64 %114, %107
  %116 = add i64 %115, %103
  %117 = add nuw nsw i64 %65, 1
  %118 = icmp eq i64 %117, 12
  br i1 %118, label %61, label %64, !llvm.loop !12
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

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
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
