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
  br label %10

2:                                                ; preds = %10
  tail call fastcc void @quicksort_lomuto(i32 noundef 0, i32 noundef 2999)
  tail call fastcc void @quicksort_hoare(i32 noundef 0, i32 noundef 2999)
  %3 = load i32, ptr @data, align 16, !tbaa !4
  %4 = zext i32 %3 to i64
  %5 = xor i64 %4, 1469598103934665603
  %6 = mul i64 %5, 1099511628211
  %7 = load i32, ptr @data2, align 16, !tbaa !4
  %8 = zext i32 %7 to i64
  %9 = xor i64 %6, %8
  br label %44

10:                                               ; preds = %10, %0
  %11 = phi i64 [ 0, %0 ], [ %39, %10 ]
  %12 = phi i32 [ %1, %0 ], [ %32, %10 ]
  %13 = mul i32 %12, 1664525
  %14 = add i32 %13, 1013904223
  %15 = lshr i32 %14, 8
  %16 = add nsw i32 %15, -8388608
  %17 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %11
  store i32 %16, ptr %17, align 4, !tbaa !4
  %18 = urem i32 %14, 1000
  %19 = add nsw i32 %18, -500
  %20 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %11
  store i32 %19, ptr %20, align 4, !tbaa !4
  %21 = add nuw nsw i64 %11, 1
  %22 = mul i32 %14, 1664525
  %23 = add i32 %22, 1013904223
  %24 = lshr i32 %23, 8
  %25 = add nsw i32 %24, -8388608
  %26 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %21
  store i32 %25, ptr %26, align 4, !tbaa !4
  %27 = urem i32 %23, 1000
  %28 = add nsw i32 %27, -500
  %29 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %21
  store i32 %28, ptr %29, align 4, !tbaa !4
  %30 = add nuw nsw i64 %11, 2
  %31 = mul i32 %23, 1664525
  %32 = add i32 %31, 1013904223
  %33 = lshr i32 %32, 8
  %34 = add nsw i32 %33, -8388608
  %35 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %30
  store i32 %34, ptr %35, align 4, !tbaa !4
  %36 = urem i32 %32, 1000
  %37 = add nsw i32 %36, -500
  %38 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %30
  store i32 %37, ptr %38, align 4, !tbaa !4
  %39 = add nuw nsw i64 %11, 3
  %40 = icmp eq i64 %39, 3000
  br i1 %40, label %2, label %10, !llvm.loop !8

41:                                               ; preds = %63
  %42 = zext i32 %64 to i64
  %43 = add i64 %72, %42
  ret i64 %43

44:                                               ; preds = %89, %2
  %45 = phi i64 [ 1, %2 ], [ %98, %89 ]
  %46 = phi i32 [ 1, %2 ], [ %90, %89 ]
  %47 = phi i64 [ %9, %2 ], [ %97, %89 ]
  %48 = mul i64 %47, 1099511628211
  %49 = add nuw nsw i64 %45, 4294967295
  %50 = and i64 %49, 4294967295
  %51 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4, !tbaa !4
  %53 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %45
  %54 = load i32, ptr %53, align 4, !tbaa !4
  %55 = icmp sgt i32 %52, %54
  br i1 %55, label %62, label %56

56:                                               ; preds = %44
  %57 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %50
  %58 = load i32, ptr %57, align 4, !tbaa !4
  %59 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %45
  %60 = load i32, ptr %59, align 4, !tbaa !4
  %61 = icmp sgt i32 %58, %60
  br i1 %61, label %62, label %63

62:                                               ; preds = %56, %44
  br label %63

63:                                               ; preds = %62, %56
  %64 = phi i32 [ 0, %62 ], [ %46, %56 ]
  %65 = zext i32 %54 to i64
  %66 = xor i64 %48, %65
  %67 = mul i64 %66, 1099511628211
  %68 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %45
  %69 = load i32, ptr %68, align 4, !tbaa !4
  %70 = zext i32 %69 to i64
  %71 = xor i64 %67, %70
  %72 = mul i64 %71, 1099511628211
  %73 = add nuw nsw i64 %45, 1
  %74 = icmp eq i64 %73, 3000
  br i1 %74, label %41, label %75, !llvm.loop !10

75:                                               ; preds = %63
  %76 = and i64 %45, 4294967295
  %77 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %76
  %78 = load i32, ptr %77, align 4, !tbaa !4
  %79 = getelementptr inbounds [3000 x i32], ptr @data, i64 0, i64 %73
  %80 = load i32, ptr %79, align 4, !tbaa !4
  %81 = icmp sgt i32 %78, %80
  br i1 %81, label %88, label %82

82:                                               ; preds = %75
  %83 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %76
  %84 = load i32, ptr %83, align 4, !tbaa !4
  %85 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %73
  %86 = load i32, ptr %85, align 4, !tbaa !4
  %87 = icmp sgt i32 %84, %86
  br i1 %87, label %88, label %89

88:                                               ; preds = %82, %75
  br label %89

89:                                               ; preds = %88, %82
  %90 = phi i32 [ 0, %88 ], [ %64, %82 ]
  %91 = zext i32 %80 to i64
  %92 = xor i64 %72, %91
  %93 = mul i64 %92, 1099511628211
  %94 = getelementptr inbounds [3000 x i32], ptr @data2, i64 0, i64 %73
  %95 = load i32, ptr %94, align 4, !tbaa !4
  %96 = zext i32 %95 to i64
  %97 = xor i64 %93, %96
  %98 = add nuw nsw i64 %45, 2
  br label %44
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define internal fastcc void @quicksort_lomuto(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  %3 = icmp slt i32 %0, %1
  br i1 %3, label %4, label %78

4:                                                ; preds = %2
  %5 = sext i32 %1 to i64
  %6 = getelementptr inbounds i32, ptr @data, i64 %5
  %7 = sub nsw i64 0, %5
  br label %8

8:                                                ; preds = %4, %43
  %9 = phi i32 [ %0, %4 ], [ %50, %43 ]
  %10 = add nsw i32 %9, %1
  %11 = sdiv i32 %10, 2
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds i32, ptr @data, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !4
  %15 = load i32, ptr %6, align 4, !tbaa !4
  store i32 %15, ptr %13, align 4, !tbaa !4
  store i32 %14, ptr %6, align 4, !tbaa !4
  %16 = icmp slt i32 %9, %1
  br i1 %16, label %17, label %43

17:                                               ; preds = %8
  %18 = sext i32 %9 to i64
  %19 = sub nsw i64 %5, %18
  %20 = xor i64 %18, -1
  %21 = and i64 %19, 1
  %22 = icmp eq i64 %21, 0
  br i1 %22, label %35, label %23

23:                                               ; preds = %17
  %24 = getelementptr inbounds i32, ptr @data, i64 %18
  %25 = load i32, ptr %24, align 4, !tbaa !4
  %26 = icmp slt i32 %25, %14
  br i1 %26, label %27, label %32

27:                                               ; preds = %23
  %28 = add nsw i32 %9, 1
  %29 = sext i32 %9 to i64
  %30 = getelementptr inbounds i32, ptr @data, i64 %29
  %31 = load i32, ptr %30, align 4, !tbaa !4
  store i32 %25, ptr %30, align 4, !tbaa !4
  store i32 %31, ptr %24, align 4, !tbaa !4
  br label %32

32:                                               ; preds = %27, %23
  %33 = phi i32 [ %28, %27 ], [ %9, %23 ]
  %34 = add nsw i64 %18, 1
  br label %35

35:                                               ; preds = %32, %17
  %36 = phi i32 [ undef, %17 ], [ %33, %32 ]
  %37 = phi i64 [ %18, %17 ], [ %34, %32 ]
  %38 = phi i32 [ %9, %17 ], [ %33, %32 ]
  %39 = icmp eq i64 %20, %7
  br i1 %39, label %40, label %52

40:                                               ; preds = %74, %35
  %41 = phi i32 [ %36, %35 ], [ %75, %74 ]
  %42 = load i32, ptr %6, align 4, !tbaa !4
  br label %43

43:                                               ; preds = %40, %8
  %44 = phi i32 [ %14, %8 ], [ %42, %40 ]
  %45 = phi i32 [ %9, %8 ], [ %41, %40 ]
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds i32, ptr @data, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !4
  store i32 %44, ptr %47, align 4, !tbaa !4
  store i32 %48, ptr %6, align 4, !tbaa !4
  %49 = add nsw i32 %45, -1
  tail call fastcc void @quicksort_lomuto(i32 noundef %9, i32 noundef %49)
  %50 = add nsw i32 %45, 1
  %51 = icmp slt i32 %50, %1
  br i1 %51, label %8, label %78

52:                                               ; preds = %35, %74
  %53 = phi i64 [ %76, %74 ], [ %37, %35 ]
  %54 = phi i32 [ %75, %74 ], [ %38, %35 ]
  %55 = getelementptr inbounds i32, ptr @data, i64 %53
  %56 = load i32, ptr %55, align 4, !tbaa !4
  %57 = icmp slt i32 %56, %14
  br i1 %57, label %58, label %63

58:                                               ; preds = %52
  %59 = add nsw i32 %54, 1
  %60 = sext i32 %54 to i64
  %61 = getelementptr inbounds i32, ptr @data, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !4
  store i32 %56, ptr %61, align 4, !tbaa !4
  store i32 %62, ptr %55, align 4, !tbaa !4
  br label %63

63:                                               ; preds = %52, %58
  %64 = phi i32 [ %59, %58 ], [ %54, %52 ]
  %65 = add nsw i64 %53, 1
  %66 = getelementptr inbounds i32, ptr @data, i64 %65
  %67 = load i32, ptr %66, align 4, !tbaa !4
  %68 = icmp slt i32 %67, %14
  br i1 %68, label %69, label %74

69:                                               ; preds = %63
  %70 = add nsw i32 %64, 1
  %71 = sext i32 %64 to i64
  %72 = getelementptr inbounds i32, ptr @data, i64 %71
  %73 = load i32, ptr %72, align 4, !tbaa !4
  store i32 %67, ptr %72, align 4, !tbaa !4
  store i32 %73, ptr %66, align 4, !tbaa !4
  br label %74

74:                                               ; preds = %69, %63
  %75 = phi i32 [ %70, %69 ], [ %64, %63 ]
  %76 = add nsw i64 %53, 2
  %77 = icmp eq i64 %76, %5
  br i1 %77, label %40, label %52, !llvm.loop !12

78:                                               ; preds = %43, %2
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

attributes #0 = { nofree nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }

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
