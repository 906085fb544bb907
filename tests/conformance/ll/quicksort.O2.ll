; ModuleID = 'quicksort.c'
source_filename = "quicksort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 12345, align 4
@data = internal unnamed_addr global [3000 x i32] zeroinitializer, align 16
@data2 = internal unnamed_addr global [3000 x i32] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_seed, align 4, !tbaa !4
  br label %11

2:                                                ; preds = %11
  tail call fastcc void @quicksort_lomuto(i32 noundef 0, i32 noundef 2999)
  tail call fastcc void @quicksort_hoare(i32 noundef 0, i32 noundef 2999)
  %3 = load i32, ptr @data, align 16, !tbaa !4
  %4 = zext i32 %3 to i64
  %5 = xor i64 %4, 1469598103934665603
  %6 = mul i64 %5, 1099511628211
  %7 = load i32, ptr @data2, align 16, !tbaa !4
  %8 = zext i32 %7 to i64
  %9 = xor i64 %6, %8
  %10 = mul i64 %9, 1099511628211
  br label %27

11:                                               ; preds = %0, %11
  %12 = phi i64 [ 0, %0 ], [ %22, %11 ]
  %13 = phi i32 [ %1, %0 ], [ %15, %11 ]
  %14 = mul i32 %13, 1664525
  %15 = add i32 %14, 1013904223
  %16 = lshr i32 %15, 8
  %17 = add nsw i32 %16, -8388608
  %18 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %12
  store i32 %17, ptr %18, align 4, !tbaa !4
  %19 = urem i32 %15, 1000
  %20 = add nsw i32 %19, -500
  %21 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %12
  store i32 %20, ptr %21, align 4, !tbaa !4
  %22 = add nuw nsw i64 %12, 1
  %23 = icmp eq i64 %22, 3000
  br i1 %23, label %2, label %11, !llvm.loop !8

24:                                               ; preds = %45
  %25 = zext i32 %46 to i64
  %26 = add i64 %54, %25
  ret i64 %26

27:                                               ; preds = %45, %2
  %28 = phi i64 [ 1, %2 ], [ %55, %45 ]
  %29 = phi i32 [ 1, %2 ], [ %46, %45 ]
  %30 = phi i64 [ %10, %2 ], [ %54, %45 ]
  %31 = add nuw i64 %28, 4294967295
  %32 = and i64 %31, 4294967295
  %33 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !4
  %35 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %28
  %36 = load i32, ptr %35, align 4, !tbaa !4
  %37 = icmp sgt i32 %34, %36
  br i1 %37, label %44, label %38

38:                                               ; preds = %27
  %39 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %32
  %40 = load i32, ptr %39, align 4, !tbaa !4
  %41 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %28
  %42 = load i32, ptr %41, align 4, !tbaa !4
  %43 = icmp sgt i32 %40, %42
  br i1 %43, label %44, label %45

44:                                               ; preds = %38, %27
  br label %45

45:                                               ; preds = %44, %38
  %46 = phi i32 [ 0, %44 ], [ %29, %38 ]
  %47 = zext i32 %36 to i64
  %48 = xor i64 %30, %47
  %49 = mul i64 %48, 1099511628211
  %50 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %28
  %51 = load i32, ptr %50, align 4, !tbaa !4
  %52 = zext i32 %51 to i64
  %53 = xor i64 %49, %52
  %54 = mul i64 %53, 1099511628211
  %55 = add nuw nsw i64 %28, 1
  %56 = icmp eq i64 %55, 3000
  br i1 %56, label %24, label %27, !llvm.loop !10
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define internal fastcc void @quicksort_lomuto(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  %3 = icmp slt i32 %0, %1
  br i1 %3, label %4, label %44

4:                                                ; preds = %2
  %5 = sext i32 %1 to i64
  %6 = getelementptr inbounds i32, ptr @data, i64 %5
  br label %7

7:                                                ; preds = %4, %20
  %8 = phi i32 [ %0, %4 ], [ %27, %20 ]
  %9 = add nsw i32 %8, %1
  %10 = sdiv i32 %9, 2
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds i32, ptr @data, i64 %11
  %13 = load i32, ptr %12, align 4, !tbaa !4
  %14 = load i32, ptr %6, align 4, !tbaa !4
  store i32 %14, ptr %12, align 4, !tbaa !4
  store i32 %13, ptr %6, align 4, !tbaa !4
  %15 = icmp slt i32 %8, %1
  br i1 %15, label %16, label %20

16:                                               ; preds = %7
  %17 = sext i32 %8 to i64
  br label %29

18:                                               ; preds = %40
  %19 = load i32, ptr %6, align 4, !tbaa !4
  br label %20

20:                                               ; preds = %18, %7
  %21 = phi i32 [ %13, %7 ], [ %19, %18 ]
  %22 = phi i32 [ %8, %7 ], [ %41, %18 ]
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i32, ptr @data, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !4
  store i32 %21, ptr %24, align 4, !tbaa !4
  store i32 %25, ptr %6, align 4, !tbaa !4
  %26 = add nsw i32 %22, -1
  tail call fastcc void @quicksort_lomuto(i32 noundef %8, i32 noundef %26)
  %27 = add nsw i32 %22, 1
  %28 = icmp slt i32 %27, %1
  br i1 %28, label %7, label %44

29:                                               ; preds = %16, %40
  %30 = phi i64 [ %17, %16 ], [ %42, %40 ]
  %31 = phi i32 [ %8, %16 ], [ %41, %40 ]
  %32 = getelementptr inbounds i32, ptr @data, i64 %30
  %33 = load i32, ptr %32, align 4, !tbaa !4
  %34 = icmp slt i32 %33, %13
  br i1 %34, label %35, label %40

35:                                               ; preds = %29
  %36 = add nsw i32 %31, 1
  %37 = sext i32 %31 to i64
  %38 = getelementptr inbounds i32, ptr @data, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !4
  store i32 %33, ptr %38, align 4, !tbaa !4
  store i32 %39, ptr %32, align 4, !tbaa !4
  br label %40

40:                                               ; preds = %29, %35
  %41 = phi i32 [ %36, %35 ], [ %31, %29 ]
  %42 = add nsw i64 %30, 1
  %43 = icmp eq i64 %42, %5
  br i1 %43, label %18, label %29, !llvm.loop !12

44:                                               ; preds = %20, %2
  ret void
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define internal fastcc void @quicksort_hoare(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  %3 = icmp sgt i32 %1, %0
  br i1 %3, label %4, label %50

4:                                                ; preds = %2, %46
  %5 = phi i32 [ %48, %46 ], [ %0, %2 ]
  %6 = phi i32 [ %47, %46 ], [ %1, %2 ]
  %7 = sub nsw i32 %6, %5
  %8 = sdiv i32 %7, 2
  %9 = add nsw i32 %8, %5
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i32, ptr @data2, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !4
  %13 = add nsw i32 %5, -1
  %14 = add nsw i32 %6, 1
  br label %15

15:                                               ; preds = %37, %4
  %16 = phi i32 [ %13, %4 ], [ %34, %37 ]
  %17 = phi i32 [ %14, %4 ], [ %35, %37 ]
  %18 = sext i32 %16 to i64
  br label %19

19:                                               ; preds = %19, %15
  %20 = phi i64 [ %21, %19 ], [ %18, %15 ]
  %21 = add nsw i64 %20, 1
  %22 = getelementptr inbounds i32, ptr @data2, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !4
  %24 = icmp slt i32 %23, %12
  br i1 %24, label %19, label %25, !llvm.loop !13

25:                                               ; preds = %19
  %26 = sext i32 %17 to i64
  br label %27

27:                                               ; preds = %25, %27
  %28 = phi i64 [ %26, %25 ], [ %29, %27 ]
  %29 = add i64 %28, -1
  %30 = getelementptr inbounds i32, ptr @data2, i64 %29
  %31 = load i32, ptr %30, align 4, !tbaa !4
  %32 = icmp sgt i32 %31, %12
  br i1 %32, label %27, label %33, !llvm.loop !14

33:                                               ; preds = %27
  %34 = trunc i64 %21 to i32
  %35 = trunc i64 %29 to i32
  %36 = icmp slt i32 %34, %35
  br i1 %36, label %37, label %38

37:                                               ; preds = %33
  store i32 %31, ptr %22, align 4, !tbaa !4
  store i32 %23, ptr %30, align 4, !tbaa !4
  br label %15

38:                                               ; preds = %33
  %39 = trunc i64 %28 to i32
  %40 = trunc i64 %29 to i32
  %41 = sub nsw i32 %40, %5
  %42 = sub nsw i32 %6, %40
  %43 = icmp slt i32 %41, %42
  br i1 %43, label %44, label %45

44:                                               ; preds = %38
  tail call fastcc void @quicksort_hoare(i32 noundef %5, i32 noundef %40)
  br label %46

45:                                               ; preds = %38
  tail call fastcc void @quicksort_hoare(i32 noundef %39, i32 noundef %6)
  br label %46

46:                                               ; preds = %45, %44
  %47 = phi i32 [ %6, %44 ], [ %40, %45 ]
  %48 = phi i32 [ %39, %44 ], [ %5, %45 ]
  %49 = icmp sgt i32 %47, %48
  br i1 %49, label %4, label %50, !llvm.loop !15

50:                                               ; preds = %46, %2
  ret void
}

attributes #0 = { nofree nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!10 = distinct !{!10, !9, !11}
!11 = !{!"llvm.loop.peeled.count", i32 1}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
