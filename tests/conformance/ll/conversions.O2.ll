; ModuleID = 'conversions.c'
source_filename = "conversions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i64 -81985529216486896, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i64, ptr @g_seed, align 8, !tbaa !4
  br label %3

2:                                                ; preds = %3
  ret i64 %108

3:                                                ; preds = %0, %3
  %4 = phi i64 [ %1, %0 ], [ %8, %3 ]
  %5 = phi i64 [ 0, %0 ], [ %108, %3 ]
  %6 = phi i32 [ 0, %0 ], [ %109, %3 ]
  %7 = mul i64 %4, 6364136223846793005
  %8 = add i64 %7, 1442695040888963407
  %9 = mul i64 %5, 31
  %10 = uitofp i64 %8 to double
  %11 = bitcast double %10 to i64
  %12 = add i64 %9, %11
  %13 = sitofp i64 %8 to double
  %14 = bitcast double %13 to i64
  %15 = add i64 %12, %14
  %16 = mul i64 %15, 31
  %17 = uitofp i64 %8 to float
  %18 = bitcast float %17 to i32
  %19 = zext i32 %18 to i64
  %20 = sitofp i64 %8 to float
  %21 = bitcast float %20 to i32
  %22 = zext i32 %21 to i64
  %23 = add nuw nsw i64 %22, %19
  %24 = add i64 %23, %16
  %25 = mul i64 %24, 31
  %26 = trunc i64 %8 to i32
  %27 = uitofp i32 %26 to double
  %28 = bitcast double %27 to i64
  %29 = sitofp i32 %26 to float
  %30 = bitcast float %29 to i32
  %31 = zext i32 %30 to i64
  %32 = add i64 %31, %28
  %33 = add i64 %32, %25
  %34 = mul i64 %33, 31
  %35 = trunc i64 %8 to i16
  %36 = uitofp i16 %35 to float
  %37 = bitcast float %36 to i32
  %38 = zext i32 %37 to i64
  %39 = sitofp i16 %35 to float
  %40 = bitcast float %39 to i32
  %41 = zext i32 %40 to i64
  %42 = add nuw nsw i64 %41, %38
  %43 = add i64 %42, %34
  %44 = mul i64 %43, 31
  %45 = trunc i64 %8 to i8
  %46 = uitofp i8 %45 to double
  %47 = bitcast double %46 to i64
  %48 = sitofp i8 %45 to double
  %49 = bitcast double %48 to i64
  %50 = add i64 %49, %47
  %51 = add i64 %50, %44
  %52 = fdiv double %13, 3.000000e+00
  %53 = mul i64 %51, 31
  %54 = fptosi double %52 to i64
  %55 = add i64 %53, %54
  %56 = lshr i64 %8, 1
  %57 = uitofp i64 %56 to double
  %58 = fmul double %57, 1.500000e+00
  %59 = mul i64 %55, 31
  %60 = fptoui double %58 to i64
  %61 = add i64 %59, %60
  %62 = fdiv float %29, 7.000000e+00
  %63 = mul i64 %61, 31
  %64 = fptosi float %62 to i32
  %65 = sext i32 %64 to i64
  %66 = fmul float %62, 0x3EF0000000000000
  %67 = fptosi float %66 to i16
  %68 = sext i16 %67 to i64
  %69 = add nsw i64 %68, %65
  %70 = add i64 %69, %63
  %71 = mul i64 %70, 31
  %72 = lshr i32 %26, 1
  %73 = uitofp i32 %72 to float
  %74 = fptoui float %73 to i32
  %75 = zext i32 %74 to i64
  %76 = lshr i64 %8, 24
  %77 = and i64 %76, 255
  %78 = add nuw nsw i64 %77, %75
  %79 = add i64 %78, %71
  %80 = mul i64 %79, 31
  %81 = fmul double %48, 0x3FEFAE147AE147AE
  %82 = fptosi double %81 to i8
  %83 = sext i8 %82 to i64
  %84 = add i64 %80, %83
  %85 = fptrunc double %52 to float
  %86 = fpext float %85 to double
  %87 = mul i64 %84, 31
  %88 = bitcast float %85 to i32
  %89 = zext i32 %88 to i64
  %90 = bitcast double %86 to i64
  %91 = fmul double %52, 1.000000e-30
  %92 = fptrunc double %91 to float
  %93 = fpext float %92 to double
  %94 = bitcast double %93 to i64
  %95 = add i64 %90, %89
  %96 = add i64 %95, %94
  %97 = add i64 %96, %87
  %98 = mul i64 %97, 31
  %99 = fmul double %58, 1.000000e-300
  %100 = fptrunc double %99 to float
  %101 = bitcast float %100 to i32
  %102 = zext i32 %101 to i64
  %103 = fmul double %52, 1.000000e-10
  %104 = fptrunc double %103 to float
  %105 = bitcast float %104 to i32
  %106 = zext i32 %105 to i64
  %107 = add nuw nsw i64 %102, %106
  %108 = add i64 %107, %98
  %109 = add nuw nsw i32 %6, 1
  %110 = icmp eq i32 %109, 3000
  br i1 %110, label %2, label %3, !llvm.loop !8
}

attributes #0 = { nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"long", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
