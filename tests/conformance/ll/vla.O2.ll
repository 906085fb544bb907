; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_rows = dso_local local_unnamed_addr global i32 40, align 4

; Function Attrs: nofree nosync nounwind
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_rows, align 4, !tbaa !4
  %2 = icmp slt i32 %1, 1
  br i1 %2, label %6, label %3

3:                                                ; preds = %0
  %4 = add nuw i32 %1, 1
  %5 = zext i32 %4 to i64
  br label %8

6:                                                ; preds = %30, %0
  %7 = phi i64 [ 0, %0 ], [ %41, %30 ]
  ret i64 %7

8:                                                ; preds = %3, %30
  %9 = phi i64 [ 0, %3 ], [ %44, %30 ]
  %10 = phi i64 [ 1, %3 ], [ %42, %30 ]
  %11 = phi i64 [ 0, %3 ], [ %41, %30 ]
  %12 = tail call ptr @llvm.stacksave()
  %13 = mul nuw nsw i64 %10, %10
  %14 = alloca i32, i64 %13, align 16
  %15 = and i64 %10, 1
  %16 = icmp eq i64 %9, 0
  %17 = and i64 %10, 9223372036854775806
  %18 = icmp eq i64 %15, 0
  br label %19

19:                                               ; preds = %8, %59
  %20 = phi i64 [ 0, %8 ], [ %60, %59 ]
  %21 = trunc i64 %20 to i32
  %22 = mul nsw i32 %21, 31
  %23 = icmp eq i64 %20, 0
  %24 = mul nuw nsw i64 %20, %10
  %25 = getelementptr inbounds i32, ptr %14, i64 %24
  %26 = add nuw i64 %20, 4294967295
  %27 = and i64 %26, 4294967295
  %28 = mul nuw nsw i64 %27, %10
  %29 = getelementptr inbounds i32, ptr %14, i64 %28
  br i1 %16, label %45, label %62

30:                                               ; preds = %59
  %31 = mul i64 %11, 7
  %32 = add nsw i64 %10, -1
  %33 = mul nsw i64 %32, %10
  %34 = getelementptr inbounds i32, ptr %14, i64 %33
  %35 = getelementptr inbounds i32, ptr %34, i64 %32
  %36 = load i32, ptr %35, align 4, !tbaa !4
  %37 = sext i32 %36 to i64
  %38 = add i64 %31, %37
  %39 = trunc i64 %10 to i32
  %40 = tail call fastcc i64 @pascal_row_sum(i32 noundef %39)
  %41 = add i64 %38, %40
  tail call void @llvm.stackrestore(ptr %12)
  %42 = add nuw nsw i64 %10, 1
  %43 = icmp eq i64 %42, %5
  %44 = add i64 %9, 1
  br i1 %43, label %6, label %8, !llvm.loop !8

45:                                               ; preds = %84, %19
  %46 = phi i64 [ 0, %19 ], [ %88, %84 ]
  br i1 %18, label %59, label %47

47:                                               ; preds = %45
  %48 = trunc i64 %46 to i32
  %49 = mul nsw i32 %48, 17
  %50 = add nuw nsw i32 %49, %22
  %51 = urem i32 %50, 23
  br i1 %23, label %55, label %52

52:                                               ; preds = %47
  %53 = getelementptr inbounds i32, ptr %29, i64 %46
  %54 = load i32, ptr %53, align 4, !tbaa !4
  br label %55

55:                                               ; preds = %52, %47
  %56 = phi i32 [ %54, %52 ], [ 0, %47 ]
  %57 = add nsw i32 %56, %51
  %58 = getelementptr inbounds i32, ptr %25, i64 %46
  store i32 %57, ptr %58, align 4, !tbaa !4
  br label %59

59:                                               ; preds = %45, %55
  %60 = add nuw nsw i64 %20, 1
  %61 = icmp eq i64 %60, %10
  br i1 %61, label %30, label %19, !llvm.loop !10

62:                                               ; preds = %19, %84
  %63 = phi i64 [ %88, %84 ], [ 0, %19 ]
  %64 = phi i64 [ %89, %84 ], [ 0, %19 ]
  %65 = trunc i64 %63 to i32
  %66 = mul nsw i32 %65, 17
  %67 = add nuw nsw i32 %66, %22
  %68 = urem i32 %67, 23
  br i1 %23, label %72, label %69

69:                                               ; preds = %62
  %70 = getelementptr inbounds i32, ptr %29, i64 %63
  %71 = load i32, ptr %70, align 4, !tbaa !4
  br label %72

72:                                               ; preds = %62, %69
  %73 = phi i32 [ %71, %69 ], [ 0, %62 ]
  %74 = add nsw i32 %73, %68
  %75 = getelementptr inbounds i32, ptr %25, i64 %63
  store i32 %74, ptr %75, align 4, !tbaa !4
  %76 = or i64 %63, 1
  %77 = trunc i64 %76 to i32
  %78 = mul nsw i32 %77, 17
  %79 = add nuw nsw i32 %78, %22
  %80 = urem i32 %79, 23
  br i1 %23, label %84, label %81

81:                                               ; preds = %72
  %82 = getelementptr inbounds i32, ptr %29, i64 %76
  %83 = load i32, ptr %82, align 4, !tbaa !4
  br label %84

84:                                               ; preds = %81, %72
  %85 = phi i32 [ %83, %81 ], [ 0, %72 ]
  %86 = add nsw i32 %85, %80
  %87 = getelementptr inbounds i32, ptr %25, i64 %76
  store i32 %86, ptr %87, align 4, !tbaa !4
  %88 = add nuw nsw i64 %63, 2
  %89 = add i64 %64, 2
  %90 = icmp eq i64 %89, %17
  br i1 %90, label %45, label %62, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave() #1

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define internal fastcc i64 @pascal_row_sum(i32 noundef %0) unnamed_addr #2 {
  %2 = add i32 %0, 1
  %3 = zext i32 %2 to i64
  %4 = alloca i64, i64 %3, align 16
  store i64 1, ptr %4, align 16, !tbaa !12
  %5 = icmp slt i32 %0, 1
  br i1 %5, label %6, label %14

6:                                                ; preds = %31, %1
  %7 = icmp slt i32 %0, 0
  br i1 %7, label %68, label %8

8:                                                ; preds = %6
  %9 = add nsw i64 %3, -1
  %10 = and i64 %3, 3
  %11 = icmp ult i64 %9, 3
  br i1 %11, label %52, label %12

12:                                               ; preds = %8
  %13 = and i64 %3, 4294967292
  br label %70

14:                                               ; preds = %1, %31
  %15 = phi i64 [ %34, %31 ], [ 0, %1 ]
  %16 = phi i64 [ %32, %31 ], [ 1, %1 ]
  %17 = getelementptr inbounds i64, ptr %4, i64 %16
  store i64 0, ptr %17, align 8, !tbaa !12
  %18 = and i64 %15, 1
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %20, label %28

20:                                               ; preds = %14
  %21 = add nsw i64 %16, -1
  %22 = and i64 %21, 4294967295
  %23 = getelementptr inbounds i64, ptr %4, i64 %22
  %24 = load i64, ptr %23, align 8, !tbaa !12
  %25 = getelementptr inbounds i64, ptr %4, i64 %16
  %26 = load i64, ptr %25, align 8, !tbaa !12
  %27 = add i64 %26, %24
  store i64 %27, ptr %25, align 8, !tbaa !12
  br label %28

28:                                               ; preds = %20, %14
  %29 = phi i64 [ %16, %14 ], [ %21, %20 ]
  %30 = icmp eq i64 %15, 0
  br i1 %30, label %31, label %35

31:                                               ; preds = %35, %28
  %32 = add nuw nsw i64 %16, 1
  %33 = icmp eq i64 %32, %3
  %34 = add i64 %15, 1
  br i1 %33, label %6, label %14, !llvm.loop !14

35:                                               ; preds = %28, %35
  %36 = phi i64 [ %44, %35 ], [ %29, %28 ]
  %37 = add nsw i64 %36, -1
  %38 = and i64 %37, 4294967295
  %39 = getelementptr inbounds i64, ptr %4, i64 %38
  %40 = load i64, ptr %39, align 8, !tbaa !12
  %41 = getelementptr inbounds i64, ptr %4, i64 %36
  %42 = load i64, ptr %41, align 8, !tbaa !12
  %43 = add i64 %42, %40
  store i64 %43, ptr %41, align 8, !tbaa !12
  %44 = add nsw i64 %36, -2
  %45 = and i64 %44, 4294967295
  %46 = getelementptr inbounds i64, ptr %4, i64 %45
  %47 = load i64, ptr %46, align 8, !tbaa !12
  %48 = getelementptr inbounds i64, ptr %4, i64 %37
  %49 = load i64, ptr %48, align 8, !tbaa !12
  %50 = add i64 %49, %47
  store i64 %50, ptr %48, align 8, !tbaa !12
  %51 = icmp sgt i64 %36, 2
  br i1 %51, label %35, label %31, !llvm.loop !15

52:                                               ; preds = %70, %8
  %53 = phi i64 [ undef, %8 ], [ %92, %70 ]
  %54 = phi i64 [ 0, %8 ], [ %93, %70 ]
  %55 = phi i64 [ 0, %8 ], [ %92, %70 ]
  %56 = icmp eq i64 %10, 0
  br i1 %56, label %68, label %57

57:                                               ; preds = %52, %57
  %58 = phi i64 [ %65, %57 ], [ %54, %52 ]
  %59 = phi i64 [ %64, %57 ], [ %55, %52 ]
  %60 = phi i64 [ %66, %57 ], [ 0, %52 ]
  %61 = mul i64 %59, 31
  %62 = getelementptr inbounds i64, ptr %4, i64 %58
  %63 = load i64, ptr %62, align 8, !tbaa !12
  %64 = add i64 %63, %61
  %65 = add nuw nsw i64 %58, 1
  %66 = add i64 %60, 1
  %67 = icmp eq i64 %66, %10
  br i1 %67, label %68, label %57, !llvm.loop !16

68:                                               ; preds = %52, %57, %6
  %69 = phi i64 [ 0, %6 ], [ %53, %52 ], [ %64, %57 ]
  ret i64 %69

70:                                               ; preds = %70, %12
  %71 = phi i64 [ 0, %12 ], [ %93, %70 ]
  %72 = phi i64 [ 0, %12 ], [ %92, %70 ]
  %73 = phi i64 [ 0, %12 ], [ %94, %70 ]
  %74 = mul i64 %72, 31
  %75 = getelementptr inbounds i64, ptr %4, i64 %71
  %76 = load i64, ptr %75, align 16, !tbaa !12
  %77 = add i64 %76, %74
  %78 = or i64 %71, 1
  %79 = mul i64 %77, 31
  %80 = getelementptr inbounds i64, ptr %4, i64 %78
  %81 = load i64, ptr %80, align 8, !tbaa !12
  %82 = add i64 %81, %79
  %83 = or i64 %71, 2
  %84 = mul i64 %82, 31
  %85 = getelementptr inbounds i64, ptr %4, i64 %83
  %86 = load i64, ptr %85, align 16, !tbaa !12
  %87 = add i64 %86, %84
  %88 = or i64 %71, 3
  %89 = mul i64 %87, 31
  %90 = getelementptr inbounds i64, ptr %4, i64 %88
  %91 = load i64, ptr %90, align 8, !tbaa !12
  %92 = add i64 %91, %89
  %93 = add nuw nsw i64 %71, 4
  %94 = add i64 %73, 4
  %95 = icmp eq i64 %94, %13
  br i1 %95, label %52, label %70, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore(ptr) #1

attributes #0 = { nofree nosync nounwind "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #2 = { nofree norecurse nosync nounwind memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !6, i64 0}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = distinct !{!18, !9}
