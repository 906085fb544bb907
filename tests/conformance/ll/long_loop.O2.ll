; ModuleID = 'long_loop.c'
source_filename = "long_loop.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_iterations = dso_local local_unnamed_addr global i64 1000000, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i64, ptr @g_iterations, align 8, !tbaa !4
  %2 = icmp eq i64 %1, 0
  br i1 %2, label %5, label %7

3:                                                ; preds = %7
  %4 = add i64 %23, %27
  br label %5

5:                                                ; preds = %3, %0
  %6 = phi i64 [ %4, %3 ], [ 0, %0 ]
  ret i64 %6

7:                                                ; preds = %0, %7
  %8 = phi i64 [ %28, %7 ], [ 0, %0 ]
  %9 = phi i64 [ %23, %7 ], [ 0, %0 ]
  %10 = phi i64 [ %27, %7 ], [ 0, %0 ]
  %11 = phi i64 [ %20, %7 ], [ 27, %0 ]
  %12 = and i64 %11, 1
  %13 = icmp eq i64 %12, 0
  %14 = mul i64 %11, 3
  %15 = add i64 %14, 1
  %16 = lshr i64 %11, 1
  %17 = select i1 %13, i64 %16, i64 %15
  %18 = icmp eq i64 %17, 1
  %19 = add i64 %8, 27
  %20 = select i1 %18, i64 %19, i64 %17
  %21 = icmp ugt i64 %20, 1000
  %22 = zext i1 %21 to i64
  %23 = add i64 %9, %22
  %24 = xor i64 %20, %10
  %25 = mul i64 %24, -7046029254386353131
  %26 = lshr i64 %25, 29
  %27 = xor i64 %26, %25
  %28 = add nuw i64 %8, 1
  %29 = icmp eq i64 %28, %1
  br i1 %29, label %3, label %7, !llvm.loop !8
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
