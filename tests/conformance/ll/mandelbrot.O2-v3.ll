; ModuleID = 'mandelbrot.c'
source_filename = "mandelbrot.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_max_iter = dso_local local_unnamed_addr global i32 50, align 4

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_max_iter, align 4, !tbaa !4
  %2 = icmp sgt i32 %1, 0
  br label %3

3:                                                ; preds = %0, %12
  %4 = phi i64 [ 0, %0 ], [ %73, %12 ]
  %5 = phi i32 [ 0, %0 ], [ %13, %12 ]
  %6 = sitofp i32 %5 to double
  %7 = fmul double %6, 2.400000e+00
  %8 = fdiv double %7, 4.800000e+01
  %9 = fadd double %8, -1.200000e+00
  %10 = fptrunc double %9 to float
  br label %15

11:                                               ; preds = %12
  ret i64 %73

12:                                               ; preds = %61
  %13 = add nuw nsw i32 %5, 1
  %14 = icmp eq i32 %13, 48
  br i1 %14, label %11, label %3, !llvm.loop !8

15:                                               ; preds = %3, %61
  %16 = phi i64 [ %4, %3 ], [ %73, %61 ]
  %17 = phi i32 [ 0, %3 ], [ %74, %61 ]
  %18 = sitofp i32 %17 to double
  %19 = fmul double %18, 2.600000e+00
  %20 = fmul double %19, 1.562500e-02
  %21 = fadd double %20, -2.000000e+00
  br i1 %2, label %25, label %22

22:                                               ; preds = %15
  %23 = fptrunc double %21 to float
  %24 = fmul float %23, 7.500000e-01
  br label %61

25:                                               ; preds = %15, %33
  %26 = phi double [ %35, %33 ], [ 0.000000e+00, %15 ]
  %27 = phi i32 [ %39, %33 ], [ 0, %15 ]
  %28 = phi double [ %38, %33 ], [ 0.000000e+00, %15 ]
  %29 = fmul double %26, %26
  %30 = fmul double %28, %28
  %31 = fadd double %29, %30
  %32 = fcmp ugt double %31, 4.000000e+00
  br i1 %32, label %41, label %33

33:                                               ; preds = %25
  %34 = fsub double %29, %30
  %35 = fadd double %21, %34
  %36 = fmul double %26, 2.000000e+00
  %37 = fmul double %36, %28
  %38 = fadd double %9, %37
  %39 = add nuw nsw i32 %27, 1
  %40 = icmp eq i32 %39, %1
  br i1 %40, label %41, label %25, !llvm.loop !10

41:                                               ; preds = %33, %25
  %42 = phi i32 [ %1, %33 ], [ %27, %25 ]
  %43 = fptrunc double %21 to float
  %44 = fmul float %43, 7.500000e-01
  br label %45

45:                                               ; preds = %41, %53
  %46 = phi float [ %58, %53 ], [ %44, %41 ]
  %47 = phi float [ %56, %53 ], [ %10, %41 ]
  %48 = phi i32 [ %59, %53 ], [ 0, %41 ]
  %49 = fmul float %46, %46
  %50 = fmul float %47, %47
  %51 = fadd float %49, %50
  %52 = fcmp ogt float %51, 4.000000e+00
  br i1 %52, label %61, label %53

53:                                               ; preds = %45
  %54 = fmul float %46, 2.000000e+00
  %55 = fmul float %47, %54
  %56 = fadd float %55, 0x3FC3F7CEE0000000
  %57 = fsub float %49, %50
  %58 = fadd float %57, 0xBFE99999A0000000
  %59 = add nuw nsw i32 %48, 1
  %60 = icmp eq i32 %59, %1
  br i1 %60, label %61, label %45, !llvm.loop !11

61:                                               ; preds = %45, %53, %22
  %62 = phi i32 [ 0, %22 ], [ %42, %53 ], [ %42, %45 ]
  %63 = phi i32 [ 0, %22 ], [ %48, %45 ], [ %1, %53 ]
  %64 = phi float [ %24, %22 ], [ %46, %45 ], [ %58, %53 ]
  %65 = bitcast float %64 to i32
  %66 = mul i64 %16, 33
  %67 = sext i32 %62 to i64
  %68 = add i64 %66, %67
  %69 = sext i32 %63 to i64
  %70 = shl nsw i64 %69, 7
  %71 = xor i64 %70, %68
  %72 = zext i32 %65 to i64
  %73 = add i64 %71, %72
  %74 = add nuw nsw i32 %17, 1
  %75 = icmp eq i32 %74, 64
  br i1 %75, label %12, label %15, !llvm.loop !12
}

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }

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
!11 = distinct !{!11, !9}
!12 = distinct !{!12, !9}
