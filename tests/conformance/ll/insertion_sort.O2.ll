; ModuleID = 'insertion_sort.c'
source_filename = "insertion_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i16 4242, align 2
@a3 = internal unnamed_addr global [600 x i16] zeroinitializer, align 16
@a2 = internal unnamed_addr global [600 x i16] zeroinitializer, align 16
@a1 = internal unnamed_addr global [600 x i16] zeroinitializer, align 16
@shell_sort.gaps = internal unnamed_addr constant [8 x i32] [i32 701, i32 301, i32 132, i32 57, i32 23, i32 10, i32 4, i32 1], align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i16, ptr @g_seed, align 2, !tbaa !4
  br label %138

2:                                                ; preds = %138, %20
  %3 = phi i64 [ %26, %20 ], [ 1, %138 ]
  %4 = phi i64 [ %21, %20 ], [ 0, %138 ]
  %5 = getelementptr inbounds i16, ptr @a1, i64 %3
  %6 = load i16, ptr %5, align 2, !tbaa !4
  %7 = add i64 %4, %3
  br label %8

8:                                                ; preds = %17, %2
  %9 = phi i64 [ %3, %2 ], [ %11, %17 ]
  %10 = phi i64 [ %4, %2 ], [ %12, %17 ]
  %11 = add nsw i64 %9, -1
  %12 = add i64 %10, 1
  %13 = and i64 %11, 4294967295
  %14 = getelementptr inbounds i16, ptr @a1, i64 %13
  %15 = load i16, ptr %14, align 2, !tbaa !4
  %16 = icmp sgt i16 %15, %6
  br i1 %16, label %17, label %20

17:                                               ; preds = %8
  %18 = getelementptr inbounds i16, ptr @a1, i64 %9
  store i16 %15, ptr %18, align 2, !tbaa !4
  %19 = icmp eq i64 %12, %7
  br i1 %19, label %20, label %8, !llvm.loop !8

20:                                               ; preds = %17, %8
  %21 = phi i64 [ %7, %17 ], [ %12, %8 ]
  %22 = phi i64 [ 0, %17 ], [ %9, %8 ]
  %23 = shl i64 %22, 32
  %24 = ashr exact i64 %23, 32
  %25 = getelementptr inbounds i16, ptr @a1, i64 %24
  store i16 %6, ptr %25, align 2, !tbaa !4
  %26 = add nuw nsw i64 %3, 1
  %27 = icmp eq i64 %26, 600
  br i1 %27, label %28, label %2, !llvm.loop !10

28:                                               ; preds = %20, %70
  %29 = phi i64 [ %74, %70 ], [ 0, %20 ]
  %30 = phi i64 [ %72, %70 ], [ 1, %20 ]
  %31 = phi i64 [ %61, %70 ], [ %21, %20 ]
  %32 = getelementptr inbounds i16, ptr @a2, i64 %30
  %33 = load i16, ptr %32, align 2, !tbaa !4
  %34 = trunc i64 %30 to i32
  br label %55

35:                                               ; preds = %55
  %36 = sext i32 %67 to i64
  %37 = icmp sgt i64 %30, %36
  br i1 %37, label %38, label %70

38:                                               ; preds = %35
  %39 = sub i64 %30, %36
  %40 = sub i64 %29, %36
  %41 = and i64 %39, 3
  %42 = icmp eq i64 %41, 0
  br i1 %42, label %52, label %43

43:                                               ; preds = %38, %43
  %44 = phi i64 [ %46, %43 ], [ %30, %38 ]
  %45 = phi i64 [ %50, %43 ], [ 0, %38 ]
  %46 = add nsw i64 %44, -1
  %47 = getelementptr inbounds i16, ptr @a2, i64 %46
  %48 = load i16, ptr %47, align 2, !tbaa !4
  %49 = getelementptr inbounds i16, ptr @a2, i64 %44
  store i16 %48, ptr %49, align 2, !tbaa !4
  %50 = add i64 %45, 1
  %51 = icmp eq i64 %50, %41
  br i1 %51, label %52, label %43, !llvm.loop !11

52:                                               ; preds = %43, %38
  %53 = phi i64 [ %30, %38 ], [ %46, %43 ]
  %54 = icmp ult i64 %40, 3
  br i1 %54, label %70, label %75

55:                                               ; preds = %55, %28
  %56 = phi i32 [ %34, %28 ], [ %68, %55 ]
  %57 = phi i32 [ 0, %28 ], [ %67, %55 ]
  %58 = phi i64 [ %31, %28 ], [ %61, %55 ]
  %59 = add nsw i32 %57, %56
  %60 = ashr i32 %59, 1
  %61 = add i64 %58, 1
  %62 = sext i32 %60 to i64
  %63 = getelementptr inbounds i16, ptr @a2, i64 %62
  %64 = load i16, ptr %63, align 2, !tbaa !4
  %65 = icmp sgt i16 %64, %33
  %66 = add nsw i32 %60, 1
  %67 = select i1 %65, i32 %57, i32 %66
  %68 = select i1 %65, i32 %60, i32 %56
  %69 = icmp slt i32 %67, %68
  br i1 %69, label %55, label %35, !llvm.loop !13

70:                                               ; preds = %52, %75, %35
  %71 = getelementptr inbounds i16, ptr @a2, i64 %36
  store i16 %33, ptr %71, align 2, !tbaa !4
  %72 = add nuw nsw i64 %30, 1
  %73 = icmp eq i64 %72, 600
  %74 = add i64 %29, 1
  br i1 %73, label %94, label %28, !llvm.loop !14

75:                                               ; preds = %52, %75
  %76 = phi i64 [ %89, %75 ], [ %53, %52 ]
  %77 = add nsw i64 %76, -1
  %78 = getelementptr inbounds i16, ptr @a2, i64 %77
  %79 = load i16, ptr %78, align 2, !tbaa !4
  %80 = getelementptr inbounds i16, ptr @a2, i64 %76
  store i16 %79, ptr %80, align 2, !tbaa !4
  %81 = add nsw i64 %76, -2
  %82 = getelementptr inbounds i16, ptr @a2, i64 %81
  %83 = load i16, ptr %82, align 2, !tbaa !4
  %84 = getelementptr inbounds i16, ptr @a2, i64 %77
  store i16 %83, ptr %84, align 2, !tbaa !4
  %85 = add nsw i64 %76, -3
  %86 = getelementptr inbounds i16, ptr @a2, i64 %85
  %87 = load i16, ptr %86, align 2, !tbaa !4
  %88 = getelementptr inbounds i16, ptr @a2, i64 %81
  store i16 %87, ptr %88, align 2, !tbaa !4
  %89 = add nsw i64 %76, -4
  %90 = getelementptr inbounds i16, ptr @a2, i64 %89
  %91 = load i16, ptr %90, align 2, !tbaa !4
  %92 = getelementptr inbounds i16, ptr @a2, i64 %85
  store i16 %91, ptr %92, align 2, !tbaa !4
  %93 = icmp sgt i64 %89, %36
  br i1 %93, label %75, label %70, !llvm.loop !15

94:                                               ; preds = %70, %104
  %95 = phi i64 [ %106, %104 ], [ 0, %70 ]
  %96 = phi i64 [ %105, %104 ], [ %61, %70 ]
  %97 = getelementptr inbounds [8 x i32], ptr @shell_sort.gaps, i64 0, i64 %95
  %98 = load i32, ptr %97, align 4, !tbaa !16
  %99 = icmp eq i64 %95, 0
  br i1 %99, label %104, label %100

100:                                              ; preds = %94
  %101 = sext i32 %98 to i64
  %102 = tail call i32 @llvm.smax.i32(i32 %98, i32 599)
  %103 = add nuw i32 %102, 1
  br label %108

104:                                              ; preds = %129, %94
  %105 = phi i64 [ %96, %94 ], [ %130, %129 ]
  %106 = add nuw nsw i64 %95, 1
  %107 = icmp eq i64 %106, 8
  br i1 %107, label %155, label %94, !llvm.loop !18

108:                                              ; preds = %129, %100
  %109 = phi i64 [ %101, %100 ], [ %135, %129 ]
  %110 = phi i64 [ %96, %100 ], [ %130, %129 ]
  %111 = phi i64 [ %96, %100 ], [ %131, %129 ]
  %112 = getelementptr inbounds i16, ptr @a3, i64 %109
  %113 = load i16, ptr %112, align 2, !tbaa !4
  %114 = icmp slt i64 %109, %101
  %115 = trunc i64 %109 to i32
  br i1 %114, label %129, label %116

116:                                              ; preds = %108, %125
  %117 = phi i32 [ %120, %125 ], [ %115, %108 ]
  %118 = phi i64 [ %119, %125 ], [ %111, %108 ]
  %119 = add i64 %118, 1
  %120 = sub nsw i32 %117, %98
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds i16, ptr @a3, i64 %121
  %123 = load i16, ptr %122, align 2, !tbaa !4
  %124 = icmp sgt i16 %123, %113
  br i1 %124, label %125, label %129

125:                                              ; preds = %116
  %126 = sext i32 %117 to i64
  %127 = getelementptr inbounds i16, ptr @a3, i64 %126
  store i16 %123, ptr %127, align 2, !tbaa !4
  %128 = icmp slt i32 %120, %98
  br i1 %128, label %129, label %116, !llvm.loop !19

129:                                              ; preds = %116, %125, %108
  %130 = phi i64 [ %110, %108 ], [ %119, %125 ], [ %119, %116 ]
  %131 = phi i64 [ %111, %108 ], [ %119, %125 ], [ %119, %116 ]
  %132 = phi i32 [ %115, %108 ], [ %117, %116 ], [ %120, %125 ]
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds i16, ptr @a3, i64 %133
  store i16 %113, ptr %134, align 2, !tbaa !4
  %135 = add nsw i64 %109, 1
  %136 = trunc i64 %135 to i32
  %137 = icmp eq i32 %103, %136
  br i1 %137, label %104, label %108, !llvm.loop !20

138:                                              ; preds = %138, %0
  %139 = phi i64 [ 0, %0 ], [ %152, %138 ]
  %140 = phi i16 [ %1, %0 ], [ %148, %138 ]
  %141 = mul i16 %140, 25173
  %142 = add i16 %141, 13849
  %143 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %139
  store i16 %142, ptr %143, align 4, !tbaa !4
  %144 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %139
  store i16 %142, ptr %144, align 4, !tbaa !4
  %145 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %139
  store i16 %142, ptr %145, align 4, !tbaa !4
  %146 = or i64 %139, 1
  %147 = mul i16 %142, 25173
  %148 = add i16 %147, 13849
  %149 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %146
  store i16 %148, ptr %149, align 2, !tbaa !4
  %150 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %146
  store i16 %148, ptr %150, align 2, !tbaa !4
  %151 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %146
  store i16 %148, ptr %151, align 2, !tbaa !4
  %152 = add nuw nsw i64 %139, 2
  %153 = icmp eq i64 %152, 600
  br i1 %153, label %2, label %138, !llvm.loop !21

154:                                              ; preds = %172
  ret i64 %174

155:                                              ; preds = %104, %172
  %156 = phi i64 [ %175, %172 ], [ 0, %104 ]
  %157 = phi i64 [ %174, %172 ], [ %105, %104 ]
  %158 = mul nsw i64 %157, 33
  %159 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %156
  %160 = load i16, ptr %159, align 2, !tbaa !4
  %161 = sext i16 %160 to i64
  %162 = add nsw i64 %158, %161
  %163 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %156
  %164 = load i16, ptr %163, align 2, !tbaa !4
  %165 = icmp eq i16 %160, %164
  br i1 %165, label %166, label %170

166:                                              ; preds = %155
  %167 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %156
  %168 = load i16, ptr %167, align 2, !tbaa !4
  %169 = icmp eq i16 %160, %168
  br i1 %169, label %172, label %170

170:                                              ; preds = %166, %155
  %171 = add nsw i64 %162, 1000000007
  br label %172

172:                                              ; preds = %170, %166
  %173 = phi i64 [ %171, %170 ], [ %162, %166 ]
  %174 = srem i64 %173, 1000000000039
  %175 = add nuw nsw i64 %156, 1
  %176 = icmp eq i64 %175, 600
  br i1 %176, label %154, label %155, !llvm.loop !22
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"short", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = !{!17, !17, i64 0}
!17 = !{!"int", !6, i64 0}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9}
