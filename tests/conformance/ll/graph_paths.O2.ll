; ModuleID = 'graph_paths.c'
source_filename = "graph_paths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 4711, align 4
@edge_from = internal unnamed_addr global [800 x i32] zeroinitializer, align 16
@edge_to = internal unnamed_addr global [800 x i32] zeroinitializer, align 16
@edge_w = internal unnamed_addr global [800 x i32] zeroinitializer, align 16
@adj_start = internal unnamed_addr global [201 x i32] zeroinitializer, align 16
@adj_to = internal unnamed_addr global [800 x i32] zeroinitializer, align 16
@adj_w = internal unnamed_addr global [800 x i32] zeroinitializer, align 16
@dist = internal unnamed_addr global [200 x i32] zeroinitializer, align 16
@queue = internal unnamed_addr global [200 x i32] zeroinitializer, align 16
@done = internal unnamed_addr global [200 x i8] zeroinitializer, align 16
@fw = internal unnamed_addr global [24 x [24 x i32]] zeroinitializer, align 16
@parent = internal unnamed_addr global [200 x i32] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: write, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [200 x i32], align 16
  %2 = load i32, ptr @g_seed, align 4, !tbaa !4
  br label %3

3:                                                ; preds = %0, %3
  %4 = phi i64 [ 0, %0 ], [ %20, %3 ]
  %5 = phi i32 [ %2, %0 ], [ %12, %3 ]
  %6 = mul i32 %5, 1103515245
  %7 = add i32 %6, 12345
  %8 = lshr i32 %7, 8
  %9 = urem i32 %8, 200
  %10 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %4
  store i32 %9, ptr %10, align 4, !tbaa !4
  %11 = mul i32 %7, 1103515245
  %12 = add i32 %11, 12345
  %13 = lshr i32 %12, 8
  %14 = urem i32 %13, 200
  %15 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %4
  store i32 %14, ptr %15, align 4, !tbaa !4
  %16 = lshr i32 %12, 4
  %17 = urem i32 %16, 100
  %18 = add nuw nsw i32 %17, 1
  %19 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %4
  store i32 %18, ptr %19, align 4, !tbaa !4
  %20 = add nuw nsw i64 %4, 1
  %21 = icmp eq i64 %20, 800
  br i1 %21, label %22, label %3, !llvm.loop !8

22:                                               ; preds = %3
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(804) @adj_start, i8 0, i64 804, i1 false), !tbaa !4
  br label %23

23:                                               ; preds = %23, %22
  %24 = phi i64 [ 0, %22 ], [ %40, %23 ]
  %25 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %24
  %26 = load i32, ptr %25, align 8, !tbaa !4
  %27 = add nsw i32 %26, 1
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %29, align 4, !tbaa !4
  %32 = or i64 %24, 1
  %33 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !4
  %35 = add nsw i32 %34, 1
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %37, align 4, !tbaa !4
  %40 = add nuw nsw i64 %24, 2
  %41 = icmp eq i64 %40, 800
  br i1 %41, label %42, label %23, !llvm.loop !10

42:                                               ; preds = %23
  %43 = load i32, ptr @adj_start, align 16, !tbaa !4
  br label %45

44:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %1) #5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(800) %1, ptr noundef nonnull align 16 dereferenceable(800) @adj_start, i64 800, i1 false), !tbaa !4
  br label %65

45:                                               ; preds = %45, %42
  %46 = phi i32 [ %43, %42 ], [ %63, %45 ]
  %47 = phi i64 [ 0, %42 ], [ %60, %45 ]
  %48 = or i64 %47, 1
  %49 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !4
  %51 = add nsw i32 %50, %46
  store i32 %51, ptr %49, align 4, !tbaa !4
  %52 = or i64 %47, 2
  %53 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %52
  %54 = load i32, ptr %53, align 8, !tbaa !4
  %55 = add nsw i32 %54, %51
  store i32 %55, ptr %53, align 8, !tbaa !4
  %56 = or i64 %47, 3
  %57 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !4
  %59 = add nsw i32 %58, %55
  store i32 %59, ptr %57, align 4, !tbaa !4
  %60 = add nuw nsw i64 %47, 4
  %61 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %60
  %62 = load i32, ptr %61, align 16, !tbaa !4
  %63 = add nsw i32 %62, %59
  store i32 %63, ptr %61, align 16, !tbaa !4
  %64 = icmp eq i64 %60, 200
  br i1 %64, label %44, label %45, !llvm.loop !11

65:                                               ; preds = %44, %65
  %66 = phi i64 [ 0, %44 ], [ %80, %65 ]
  %67 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %69
  %71 = load i32, ptr %70, align 4, !tbaa !4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %70, align 4, !tbaa !4
  %73 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %66
  %74 = load i32, ptr %73, align 4, !tbaa !4
  %75 = sext i32 %71 to i64
  %76 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %75
  store i32 %74, ptr %76, align 4, !tbaa !4
  %77 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %66
  %78 = load i32, ptr %77, align 4, !tbaa !4
  %79 = getelementptr inbounds [800 x i32], ptr @adj_w, i64 0, i64 %75
  store i32 %78, ptr %79, align 4, !tbaa !4
  %80 = add nuw nsw i64 %66, 1
  %81 = icmp eq i64 %80, 800
  br i1 %81, label %82, label %65, !llvm.loop !12

82:                                               ; preds = %65
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(800) @dist, i8 -1, i64 800, i1 false), !tbaa !4
  store i32 0, ptr @dist, align 16, !tbaa !4
  store i32 0, ptr @queue, align 16, !tbaa !4
  br label %87

83:                                               ; preds = %120, %87
  %84 = phi i32 [ %89, %87 ], [ %121, %120 ]
  %85 = sext i32 %84 to i64
  %86 = icmp slt i64 %90, %85
  br i1 %86, label %87, label %125, !llvm.loop !13

87:                                               ; preds = %82, %83
  %88 = phi i64 [ 0, %82 ], [ %90, %83 ]
  %89 = phi i32 [ 1, %82 ], [ %84, %83 ]
  %90 = add nuw nsw i64 %88, 1
  %91 = getelementptr inbounds [200 x i32], ptr @queue, i64 0, i64 %88
  %92 = load i32, ptr %91, align 4, !tbaa !4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !4
  %96 = add nsw i32 %92, 1
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %97
  %99 = load i32, ptr %98, align 4, !tbaa !4
  %100 = icmp slt i32 %95, %99
  br i1 %100, label %101, label %83

101:                                              ; preds = %87
  %102 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %93
  %103 = sext i32 %95 to i64
  %104 = sext i32 %99 to i64
  br label %105

105:                                              ; preds = %101, %120
  %106 = phi i64 [ %103, %101 ], [ %122, %120 ]
  %107 = phi i32 [ %89, %101 ], [ %121, %120 ]
  %108 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %106
  %109 = load i32, ptr %108, align 4, !tbaa !4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %110
  %112 = load i32, ptr %111, align 4, !tbaa !4
  %113 = icmp slt i32 %112, 0
  br i1 %113, label %114, label %120

114:                                              ; preds = %105
  %115 = load i32, ptr %102, align 4, !tbaa !4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %111, align 4, !tbaa !4
  %117 = add nsw i32 %107, 1
  %118 = sext i32 %107 to i64
  %119 = getelementptr inbounds [200 x i32], ptr @queue, i64 0, i64 %118
  store i32 %109, ptr %119, align 4, !tbaa !4
  br label %120

120:                                              ; preds = %105, %114
  %121 = phi i32 [ %117, %114 ], [ %107, %105 ]
  %122 = add nsw i64 %106, 1
  %123 = icmp eq i64 %122, %104
  br i1 %123, label %83, label %105, !llvm.loop !14

124:                                              ; preds = %125
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(200) @done, i8 0, i64 200, i1 false), !tbaa !15
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr @dist, align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 4), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 8), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 12), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 16), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 20), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 24), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 28), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 32), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 36), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 40), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 44), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 48), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 52), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 56), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 60), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 64), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 68), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 72), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 76), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 80), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 84), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 88), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 92), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 96), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 100), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 104), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 108), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 112), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 116), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 120), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 124), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 128), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 132), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 136), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 140), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 144), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 148), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 152), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 156), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 160), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 164), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 168), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 172), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 176), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 180), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 184), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 188), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 192), align 16, !tbaa !4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 196), align 16, !tbaa !4
  store i32 0, ptr @dist, align 16, !tbaa !4
  br label %161

125:                                              ; preds = %83, %125
  %126 = phi i64 [ %157, %125 ], [ 0, %83 ]
  %127 = phi i64 [ %156, %125 ], [ 0, %83 ]
  %128 = mul i64 %127, 31
  %129 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %126
  %130 = load i32, ptr %129, align 4, !tbaa !4
  %131 = sext i32 %130 to i64
  %132 = add i64 %128, %131
  %133 = add nuw nsw i64 %126, 1
  %134 = mul i64 %132, 31
  %135 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %133
  %136 = load i32, ptr %135, align 4, !tbaa !4
  %137 = sext i32 %136 to i64
  %138 = add i64 %134, %137
  %139 = add nuw nsw i64 %126, 2
  %140 = mul i64 %138, 31
  %141 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %139
  %142 = load i32, ptr %141, align 4, !tbaa !4
  %143 = sext i32 %142 to i64
  %144 = add i64 %140, %143
  %145 = add nuw nsw i64 %126, 3
  %146 = mul i64 %144, 31
  %147 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %145
  %148 = load i32, ptr %147, align 4, !tbaa !4
  %149 = sext i32 %148 to i64
  %150 = add i64 %146, %149
  %151 = add nuw nsw i64 %126, 4
  %152 = mul i64 %150, 31
  %153 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %151
  %154 = load i32, ptr %153, align 4, !tbaa !4
  %155 = sext i32 %154 to i64
  %156 = add i64 %152, %155
  %157 = add nuw nsw i64 %126, 5
  %158 = icmp eq i64 %157, 200
  br i1 %158, label %124, label %125, !llvm.loop !16

159:                                              ; preds = %180
  %160 = icmp sgt i32 %181, -1
  br i1 %160, label %187, label %217

161:                                              ; preds = %184, %124
  %162 = phi i64 [ 0, %124 ], [ %185, %184 ]
  %163 = phi i32 [ -1, %124 ], [ %186, %184 ]
  %164 = getelementptr inbounds [200 x i8], ptr @done, i64 0, i64 %162
  %165 = load i8, ptr %164, align 1, !tbaa !15
  %166 = icmp eq i8 %165, 0
  br i1 %166, label %167, label %180

167:                                              ; preds = %161
  %168 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %162
  %169 = load i32, ptr %168, align 4, !tbaa !4
  %170 = icmp eq i32 %169, 2147483647
  br i1 %170, label %180, label %171

171:                                              ; preds = %167
  %172 = icmp slt i32 %163, 0
  br i1 %172, label %178, label %173

173:                                              ; preds = %171
  %174 = zext i32 %163 to i64
  %175 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %174
  %176 = load i32, ptr %175, align 4, !tbaa !4
  %177 = icmp slt i32 %169, %176
  br i1 %177, label %178, label %180

178:                                              ; preds = %173, %171
  %179 = trunc i64 %162 to i32
  br label %180

180:                                              ; preds = %161, %167, %173, %178
  %181 = phi i32 [ %163, %161 ], [ %179, %178 ], [ %163, %173 ], [ %163, %167 ]
  %182 = add nuw nsw i64 %162, 1
  %183 = icmp eq i64 %182, 200
  br i1 %183, label %159, label %184

184:                                              ; preds = %214, %180, %187
  %185 = phi i64 [ %182, %180 ], [ 0, %187 ], [ 0, %214 ]
  %186 = phi i32 [ %181, %180 ], [ -1, %187 ], [ -1, %214 ]
  br label %161, !llvm.loop !17

187:                                              ; preds = %159
  %188 = zext i32 %181 to i64
  %189 = getelementptr inbounds [200 x i8], ptr @done, i64 0, i64 %188
  store i8 1, ptr %189, align 1, !tbaa !15
  %190 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %188
  %191 = load i32, ptr %190, align 4, !tbaa !4
  %192 = add nuw nsw i32 %181, 1
  %193 = zext i32 %192 to i64
  %194 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %193
  %195 = load i32, ptr %194, align 4, !tbaa !4
  %196 = icmp slt i32 %191, %195
  br i1 %196, label %197, label %184

197:                                              ; preds = %187
  %198 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %188
  %199 = sext i32 %191 to i64
  %200 = sext i32 %195 to i64
  br label %201

201:                                              ; preds = %197, %214
  %202 = phi i64 [ %199, %197 ], [ %215, %214 ]
  %203 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %202
  %204 = load i32, ptr %203, align 4, !tbaa !4
  %205 = load i32, ptr %198, align 4, !tbaa !4
  %206 = getelementptr inbounds [800 x i32], ptr @adj_w, i64 0, i64 %202
  %207 = load i32, ptr %206, align 4, !tbaa !4
  %208 = add nsw i32 %207, %205
  %209 = sext i32 %204 to i64
  %210 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %209
  %211 = load i32, ptr %210, align 4, !tbaa !4
  %212 = icmp slt i32 %208, %211
  br i1 %212, label %213, label %214

213:                                              ; preds = %201
  store i32 %208, ptr %210, align 4, !tbaa !4
  br label %214

214:                                              ; preds = %213, %201
  %215 = add nsw i64 %202, 1
  %216 = icmp eq i64 %215, %200
  br i1 %216, label %184, label %201, !llvm.loop !18

217:                                              ; preds = %159, %217
  %218 = phi i64 [ %249, %217 ], [ 0, %159 ]
  %219 = phi i64 [ %248, %217 ], [ %156, %159 ]
  %220 = mul i64 %219, 31
  %221 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %218
  %222 = load i32, ptr %221, align 4, !tbaa !4
  %223 = zext i32 %222 to i64
  %224 = add i64 %220, %223
  %225 = add nuw nsw i64 %218, 1
  %226 = mul i64 %224, 31
  %227 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %225
  %228 = load i32, ptr %227, align 4, !tbaa !4
  %229 = zext i32 %228 to i64
  %230 = add i64 %226, %229
  %231 = add nuw nsw i64 %218, 2
  %232 = mul i64 %230, 31
  %233 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %231
  %234 = load i32, ptr %233, align 4, !tbaa !4
  %235 = zext i32 %234 to i64
  %236 = add i64 %232, %235
  %237 = add nuw nsw i64 %218, 3
  %238 = mul i64 %236, 31
  %239 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %237
  %240 = load i32, ptr %239, align 4, !tbaa !4
  %241 = zext i32 %240 to i64
  %242 = add i64 %238, %241
  %243 = add nuw nsw i64 %218, 4
  %244 = mul i64 %242, 31
  %245 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %243
  %246 = load i32, ptr %245, align 4, !tbaa !4
  %247 = zext i32 %246 to i64
  %248 = add i64 %244, %247
  %249 = add nuw nsw i64 %218, 5
  %250 = icmp eq i64 %249, 200
  br i1 %250, label %251, label %217, !llvm.loop !19

251:                                              ; preds = %217, %251
  %252 = phi i64 [ %325, %251 ], [ 0, %217 ]
  %253 = icmp eq i64 %252, 0
  %254 = select i1 %253, i32 0, i32 1000000
  %255 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 0
  store i32 %254, ptr %255, align 16, !tbaa !4
  %256 = icmp eq i64 %252, 1
  %257 = select i1 %256, i32 0, i32 1000000
  %258 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 1
  store i32 %257, ptr %258, align 4, !tbaa !4
  %259 = icmp eq i64 %252, 2
  %260 = select i1 %259, i32 0, i32 1000000
  %261 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 2
  store i32 %260, ptr %261, align 8, !tbaa !4
  %262 = icmp eq i64 %252, 3
  %263 = select i1 %262, i32 0, i32 1000000
  %264 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 3
  store i32 %263, ptr %264, align 4, !tbaa !4
  %265 = icmp eq i64 %252, 4
  %266 = select i1 %265, i32 0, i32 1000000
  %267 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 4
  store i32 %266, ptr %267, align 16, !tbaa !4
  %268 = icmp eq i64 %252, 5
  %269 = select i1 %268, i32 0, i32 1000000
  %270 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 5
  store i32 %269, ptr %270, align 4, !tbaa !4
  %271 = icmp eq i64 %252, 6
  %272 = select i1 %271, i32 0, i32 1000000
  %273 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 6
  store i32 %272, ptr %273, align 8, !tbaa !4
  %274 = icmp eq i64 %252, 7
  %275 = select i1 %274, i32 0, i32 1000000
  %276 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 7
  store i32 %275, ptr %276, align 4, !tbaa !4
  %277 = icmp eq i64 %252, 8
  %278 = select i1 %277, i32 0, i32 1000000
  %279 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 8
  store i32 %278, ptr %279, align 16, !tbaa !4
  %280 = icmp eq i64 %252, 9
  %281 = select i1 %280, i32 0, i32 1000000
  %282 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 9
  store i32 %281, ptr %282, align 4, !tbaa !4
  %283 = icmp eq i64 %252, 10
  %284 = select i1 %283, i32 0, i32 1000000
  %285 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 10
  store i32 %284, ptr %285, align 8, !tbaa !4
  %286 = icmp eq i64 %252, 11
  %287 = select i1 %286, i32 0, i32 1000000
  %288 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 11
  store i32 %287, ptr %288, align 4, !tbaa !4
  %289 = icmp eq i64 %252, 12
  %290 = select i1 %289, i32 0, i32 1000000
  %291 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 12
  store i32 %290, ptr %291, align 16, !tbaa !4
  %292 = icmp eq i64 %252, 13
  %293 = select i1 %292, i32 0, i32 1000000
  %294 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 13
  store i32 %293, ptr %294, align 4, !tbaa !4
  %295 = icmp eq i64 %252, 14
  %296 = select i1 %295, i32 0, i32 1000000
  %297 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 14
  store i32 %296, ptr %297, align 8, !tbaa !4
  %298 = icmp eq i64 %252, 15
  %299 = select i1 %298, i32 0, i32 1000000
  %300 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 15
  store i32 %299, ptr %300, align 4, !tbaa !4
  %301 = icmp eq i64 %252, 16
  %302 = select i1 %301, i32 0, i32 1000000
  %303 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 16
  store i32 %302, ptr %303, align 16, !tbaa !4
  %304 = icmp eq i64 %252, 17
  %305 = select i1 %304, i32 0, i32 1000000
  %306 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 17
  store i32 %305, ptr %306, align 4, !tbaa !4
  %307 = icmp eq i64 %252, 18
  %308 = select i1 %307, i32 0, i32 1000000
  %309 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 18
  store i32 %308, ptr %309, align 8, !tbaa !4
  %310 = icmp eq i64 %252, 19
  %311 = select i1 %310, i32 0, i32 1000000
  %312 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 19
  store i32 %311, ptr %312, align 4, !tbaa !4
  %313 = icmp eq i64 %252, 20
  %314 = select i1 %313, i32 0, i32 1000000
  %315 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 20
  store i32 %314, ptr %315, align 16, !tbaa !4
  %316 = icmp eq i64 %252, 21
  %317 = select i1 %316, i32 0, i32 1000000
  %318 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 21
  store i32 %317, ptr %318, align 4, !tbaa !4
  %319 = icmp eq i64 %252, 22
  %320 = select i1 %319, i32 0, i32 1000000
  %321 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 22
  store i32 %320, ptr %321, align 8, !tbaa !4
  %322 = icmp eq i64 %252, 23
  %323 = select i1 %322, i32 0, i32 1000000
  %324 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %252, i64 23
  store i32 %323, ptr %324, align 4, !tbaa !4
  %325 = add nuw nsw i64 %252, 1
  %326 = icmp eq i64 %325, 24
  br i1 %326, label %327, label %251, !llvm.loop !20

327:                                              ; preds = %251, %345
  %328 = phi i64 [ %346, %345 ], [ 0, %251 ]
  %329 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %328
  %330 = load i32, ptr %329, align 4, !tbaa !4
  %331 = icmp slt i32 %330, 24
  br i1 %331, label %332, label %345

332:                                              ; preds = %327
  %333 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %328
  %334 = load i32, ptr %333, align 4, !tbaa !4
  %335 = icmp slt i32 %334, 24
  br i1 %335, label %336, label %345

336:                                              ; preds = %332
  %337 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %328
  %338 = load i32, ptr %337, align 4, !tbaa !4
  %339 = sext i32 %330 to i64
  %340 = sext i32 %334 to i64
  %341 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %339, i64 %340
  %342 = load i32, ptr %341, align 4, !tbaa !4
  %343 = icmp slt i32 %338, %342
  br i1 %343, label %344, label %345

344:                                              ; preds = %336
  store i32 %338, ptr %341, align 4, !tbaa !4
  br label %345

345:                                              ; preds = %327, %332, %336, %344
  %346 = add nuw nsw i64 %328, 1
  %347 = icmp eq i64 %346, 800
  br i1 %347, label %348, label %327, !llvm.loop !21

348:                                              ; preds = %345, %429
  %349 = phi i64 [ %430, %429 ], [ 0, %345 ]
  %350 = shl nuw nsw i64 %349, 2
  %351 = add nuw i64 %350, 4
  %352 = mul nuw nsw i64 %349, 96
  %353 = getelementptr i8, ptr @fw, i64 %352
  %354 = add nuw i64 %352, 96
  %355 = getelementptr i8, ptr @fw, i64 %354
  %356 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %349, i64 0
  %357 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %349, i64 4
  %358 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %349, i64 8
  %359 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %349, i64 12
  %360 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %349, i64 16
  %361 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %349, i64 20
  br label %362

362:                                              ; preds = %348, %432
  %363 = phi i64 [ 0, %348 ], [ %433, %432 ]
  %364 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %363, i64 %349
  %365 = mul nuw nsw i64 %363, 96
  %366 = add i64 %351, %365
  %367 = getelementptr i8, ptr @fw, i64 %366
  %368 = add nuw i64 %350, %365
  %369 = getelementptr i8, ptr @fw, i64 %368
  %370 = add nuw i64 %365, 96
  %371 = getelementptr i8, ptr @fw, i64 %370
  %372 = getelementptr i8, ptr @fw, i64 %365
  %373 = icmp ult ptr %372, %367
  %374 = icmp ult ptr %369, %371
  %375 = and i1 %373, %374
  %376 = icmp ult ptr %372, %355
  %377 = icmp ult ptr %353, %371
  %378 = and i1 %376, %377
  %379 = or i1 %375, %378
  br i1 %379, label %435, label %380

380:                                              ; preds = %362
  %381 = load i32, ptr %364, align 4, !tbaa !4, !alias.scope !22
  %382 = insertelement <4 x i32> poison, i32 %381, i64 0
  %383 = shufflevector <4 x i32> %382, <4 x i32> poison, <4 x i32> zeroinitializer
  %384 = load <4 x i32>, ptr %356, align 16, !tbaa !4, !alias.scope !25
  %385 = add nsw <4 x i32> %384, %383
  %386 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %363, i64 0
  %387 = load <4 x i32>, ptr %386, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %388 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %385, <4 x i32> %387)
  store <4 x i32> %388, ptr %386, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %389 = load i32, ptr %364, align 4, !tbaa !4, !alias.scope !22
  %390 = insertelement <4 x i32> poison, i32 %389, i64 0
  %391 = shufflevector <4 x i32> %390, <4 x i32> poison, <4 x i32> zeroinitializer
  %392 = load <4 x i32>, ptr %357, align 16, !tbaa !4, !alias.scope !25
  %393 = add nsw <4 x i32> %392, %391
  %394 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %363, i64 4
  %395 = load <4 x i32>, ptr %394, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %396 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %393, <4 x i32> %395)
  store <4 x i32> %396, ptr %394, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %397 = load i32, ptr %364, align 4, !tbaa !4, !alias.scope !22
  %398 = insertelement <4 x i32> poison, i32 %397, i64 0
  %399 = shufflevector <4 x i32> %398, <4 x i32> poison, <4 x i32> zeroinitializer
  %400 = load <4 x i32>, ptr %358, align 16, !tbaa !4, !alias.scope !25
  %401 = add nsw <4 x i32> %400, %399
  %402 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %363, i64 8
  %403 = load <4 x i32>, ptr %402, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %404 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %401, <4 x i32> %403)
  store <4 x i32> %404, ptr %402, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %405 = load i32, ptr %364, align 4, !tbaa !4, !alias.scope !22
  %406 = insertelement <4 x i32> poison, i32 %405, i64 0
  %407 = shufflevector <4 x i32> %406, <4 x i32> poison, <4 x i32> zeroinitializer
  %408 = load <4 x i32>, ptr %359, align 16, !tbaa !4, !alias.scope !25
  %409 = add nsw <4 x i32> %408, %407
  %410 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %363, i64 12
  %411 = load <4 x i32>, ptr %410, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %412 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %409, <4 x i32> %411)
  store <4 x i32> %412, ptr %410, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %413 = load i32, ptr %364, align 4, !tbaa !4, !alias.scope !22
  %414 = insertelement <4 x i32> poison, i32 %413, i64 0
  %415 = shufflevector <4 x i32> %414, <4 x i32> poison, <4 x i32> zeroinitializer
  %416 = load <4 x i32>, ptr %360, align 16, !tbaa !4, !alias.scope !25
  %417 = add nsw <4 x i32> %416, %415
  %418 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %363, i64 16
  %419 = load <4 x i32>, ptr %418, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %420 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %417, <4 x i32> %419)
  store <4 x i32> %420, ptr %418, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %421 = load i32, ptr %364, align 4, !tbaa !4, !alias.scope !22
  %422 = insertelement <4 x i32> poison, i32 %421, i64 0
  %423 = shufflevector <4 x i32> %422, <4 x i32> poison, <4 x i32> zeroinitializer
  %424 = load <4 x i32>, ptr %361, align 16, !tbaa !4, !alias.scope !25
  %425 = add nsw <4 x i32> %424, %423
  %426 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %363, i64 20
  %427 = load <4 x i32>, ptr %426, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %428 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %425, <4 x i32> %427)
  store <4 x i32> %428, ptr %426, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  br label %432

429:                                              ; preds = %432
  %430 = add nuw nsw i64 %349, 1
  %431 = icmp eq i64 %430, 24
  br i1 %431, label %454, label %348, !llvm.loop !30

432:                                              ; preds = %435, %380
  %433 = add nuw nsw i64 %363, 1
  %434 = icmp eq i64 %433, 24
  br i1 %434, label %429, label %362, !llvm.loop !31

435:                                              ; preds = %362, %435
  %436 = phi i64 [ %452, %435 ], [ 0, %362 ]
  %437 = load i32, ptr %364, align 4, !tbaa !4
  %438 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %349, i64 %436
  %439 = load i32, ptr %438, align 8, !tbaa !4
  %440 = add nsw i32 %439, %437
  %441 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %363, i64 %436
  %442 = load i32, ptr %441, align 8, !tbaa !4
  %443 = tail call i32 @llvm.smin.i32(i32 %440, i32 %442)
  store i32 %443, ptr %441, align 8, !tbaa !4
  %444 = or i64 %436, 1
  %445 = load i32, ptr %364, align 4, !tbaa !4
  %446 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %349, i64 %444
  %447 = load i32, ptr %446, align 4, !tbaa !4
  %448 = add nsw i32 %447, %445
  %449 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %363, i64 %444
  %450 = load i32, ptr %449, align 4, !tbaa !4
  %451 = tail call i32 @llvm.smin.i32(i32 %448, i32 %450)
  store i32 %451, ptr %449, align 4, !tbaa !4
  %452 = add nuw nsw i64 %436, 2
  %453 = icmp eq i64 %452, 24
  br i1 %453, label %432, label %435, !llvm.loop !32

454:                                              ; preds = %429, %454
  %455 = phi i64 [ %577, %454 ], [ 0, %429 ]
  %456 = phi i64 [ %576, %454 ], [ %248, %429 ]
  %457 = mul i64 %456, 7
  %458 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 0
  %459 = load i32, ptr %458, align 16, !tbaa !4
  %460 = zext i32 %459 to i64
  %461 = add i64 %457, %460
  %462 = mul i64 %461, 7
  %463 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 1
  %464 = load i32, ptr %463, align 4, !tbaa !4
  %465 = zext i32 %464 to i64
  %466 = add i64 %462, %465
  %467 = mul i64 %466, 7
  %468 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 2
  %469 = load i32, ptr %468, align 8, !tbaa !4
  %470 = zext i32 %469 to i64
  %471 = add i64 %467, %470
  %472 = mul i64 %471, 7
  %473 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 3
  %474 = load i32, ptr %473, align 4, !tbaa !4
  %475 = zext i32 %474 to i64
  %476 = add i64 %472, %475
  %477 = mul i64 %476, 7
  %478 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 4
  %479 = load i32, ptr %478, align 16, !tbaa !4
  %480 = zext i32 %479 to i64
  %481 = add i64 %477, %480
  %482 = mul i64 %481, 7
  %483 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 5
  %484 = load i32, ptr %483, align 4, !tbaa !4
  %485 = zext i32 %484 to i64
  %486 = add i64 %482, %485
  %487 = mul i64 %486, 7
  %488 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 6
  %489 = load i32, ptr %488, align 8, !tbaa !4
  %490 = zext i32 %489 to i64
  %491 = add i64 %487, %490
  %492 = mul i64 %491, 7
  %493 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 7
  %494 = load i32, ptr %493, align 4, !tbaa !4
  %495 = zext i32 %494 to i64
  %496 = add i64 %492, %495
  %497 = mul i64 %496, 7
  %498 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 8
  %499 = load i32, ptr %498, align 16, !tbaa !4
  %500 = zext i32 %499 to i64
  %501 = add i64 %497, %500
  %502 = mul i64 %501, 7
  %503 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 9
  %504 = load i32, ptr %503, align 4, !tbaa !4
  %505 = zext i32 %504 to i64
  %506 = add i64 %502, %505
  %507 = mul i64 %506, 7
  %508 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 10
  %509 = load i32, ptr %508, align 8, !tbaa !4
  %510 = zext i32 %509 to i64
  %511 = add i64 %507, %510
  %512 = mul i64 %511, 7
  %513 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 11
  %514 = load i32, ptr %513, align 4, !tbaa !4
  %515 = zext i32 %514 to i64
  %516 = add i64 %512, %515
  %517 = mul i64 %516, 7
  %518 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 12
  %519 = load i32, ptr %518, align 16, !tbaa !4
  %520 = zext i32 %519 to i64
  %521 = add i64 %517, %520
  %522 = mul i64 %521, 7
  %523 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 13
  %524 = load i32, ptr %523, align 4, !tbaa !4
  %525 = zext i32 %524 to i64
  %526 = add i64 %522, %525
  %527 = mul i64 %526, 7
  %528 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 14
  %529 = load i32, ptr %528, align 8, !tbaa !4
  %530 = zext i32 %529 to i64
  %531 = add i64 %527, %530
  %532 = mul i64 %531, 7
  %533 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 15
  %534 = load i32, ptr %533, align 4, !tbaa !4
  %535 = zext i32 %534 to i64
  %536 = add i64 %532, %535
  %537 = mul i64 %536, 7
  %538 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 16
  %539 = load i32, ptr %538, align 16, !tbaa !4
  %540 = zext i32 %539 to i64
  %541 = add i64 %537, %540
  %542 = mul i64 %541, 7
  %543 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 17
  %544 = load i32, ptr %543, align 4, !tbaa !4
  %545 = zext i32 %544 to i64
  %546 = add i64 %542, %545
  %547 = mul i64 %546, 7
  %548 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 18
  %549 = load i32, ptr %548, align 8, !tbaa !4
  %550 = zext i32 %549 to i64
  %551 = add i64 %547, %550
  %552 = mul i64 %551, 7
  %553 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 19
  %554 = load i32, ptr %553, align 4, !tbaa !4
  %555 = zext i32 %554 to i64
  %556 = add i64 %552, %555
  %557 = mul i64 %556, 7
  %558 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 20
  %559 = load i32, ptr %558, align 16, !tbaa !4
  %560 = zext i32 %559 to i64
  %561 = add i64 %557, %560
  %562 = mul i64 %561, 7
  %563 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 21
  %564 = load i32, ptr %563, align 4, !tbaa !4
  %565 = zext i32 %564 to i64
  %566 = add i64 %562, %565
  %567 = mul i64 %566, 7
  %568 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 22
  %569 = load i32, ptr %568, align 8, !tbaa !4
  %570 = zext i32 %569 to i64
  %571 = add i64 %567, %570
  %572 = mul i64 %571, 7
  %573 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %455, i64 23
  %574 = load i32, ptr %573, align 4, !tbaa !4
  %575 = zext i32 %574 to i64
  %576 = add i64 %572, %575
  %577 = add nuw nsw i64 %455, 1
  %578 = icmp eq i64 %577, 24
  br i1 %578, label %579, label %454, !llvm.loop !34

579:                                              ; preds = %454, %587
  %580 = phi i64 [ %592, %587 ], [ 0, %454 ]
  %581 = phi <4 x i32> [ %593, %587 ], [ <i32 0, i32 1, i32 2, i32 3>, %454 ]
  %582 = add <4 x i32> %581, <i32 4, i32 4, i32 4, i32 4>
  %583 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %580
  store <4 x i32> %581, ptr %583, align 16, !tbaa !4
  %584 = getelementptr inbounds i32, ptr %583, i64 4
  store <4 x i32> %582, ptr %584, align 16, !tbaa !4
  %585 = or i64 %580, 8
  %586 = icmp eq i64 %585, 200
  br i1 %586, label %594, label %587, !llvm.loop !35

587:                                              ; preds = %579
  %588 = add <4 x i32> %581, <i32 8, i32 8, i32 8, i32 8>
  %589 = add <4 x i32> %581, <i32 12, i32 12, i32 12, i32 12>
  %590 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %585
  store <4 x i32> %588, ptr %590, align 16, !tbaa !4
  %591 = getelementptr inbounds i32, ptr %590, i64 4
  store <4 x i32> %589, ptr %591, align 16, !tbaa !4
  %592 = add nuw nsw i64 %580, 16
  %593 = add <4 x i32> %581, <i32 16, i32 16, i32 16, i32 16>
  br label %579

594:                                              ; preds = %579, %636
  %595 = phi i64 [ %637, %636 ], [ 0, %579 ]
  %596 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %595
  %597 = load i32, ptr %596, align 4, !tbaa !4
  %598 = sext i32 %597 to i64
  %599 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %598
  %600 = load i32, ptr %599, align 4, !tbaa !4
  %601 = icmp eq i32 %600, %597
  br i1 %601, label %612, label %602

602:                                              ; preds = %594, %602
  %603 = phi i32 [ %610, %602 ], [ %600, %594 ]
  %604 = phi ptr [ %609, %602 ], [ %599, %594 ]
  %605 = sext i32 %603 to i64
  %606 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %605
  %607 = load i32, ptr %606, align 4, !tbaa !4
  store i32 %607, ptr %604, align 4, !tbaa !4
  %608 = sext i32 %607 to i64
  %609 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %608
  %610 = load i32, ptr %609, align 4, !tbaa !4
  %611 = icmp eq i32 %610, %607
  br i1 %611, label %612, label %602, !llvm.loop !37

612:                                              ; preds = %602, %594
  %613 = phi i32 [ %597, %594 ], [ %607, %602 ]
  %614 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %595
  %615 = load i32, ptr %614, align 4, !tbaa !4
  %616 = sext i32 %615 to i64
  %617 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %616
  %618 = load i32, ptr %617, align 4, !tbaa !4
  %619 = icmp eq i32 %618, %615
  br i1 %619, label %630, label %620

620:                                              ; preds = %612, %620
  %621 = phi i32 [ %628, %620 ], [ %618, %612 ]
  %622 = phi ptr [ %627, %620 ], [ %617, %612 ]
  %623 = sext i32 %621 to i64
  %624 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %623
  %625 = load i32, ptr %624, align 4, !tbaa !4
  store i32 %625, ptr %622, align 4, !tbaa !4
  %626 = sext i32 %625 to i64
  %627 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %626
  %628 = load i32, ptr %627, align 4, !tbaa !4
  %629 = icmp eq i32 %628, %625
  br i1 %629, label %630, label %620, !llvm.loop !37

630:                                              ; preds = %620, %612
  %631 = phi i32 [ %615, %612 ], [ %625, %620 ]
  %632 = icmp eq i32 %613, %631
  br i1 %632, label %636, label %633

633:                                              ; preds = %630
  %634 = sext i32 %613 to i64
  %635 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %634
  store i32 %631, ptr %635, align 4, !tbaa !4
  br label %636

636:                                              ; preds = %633, %630
  %637 = add nuw nsw i64 %595, 1
  %638 = icmp eq i64 %637, 150
  br i1 %638, label %643, label %594, !llvm.loop !38

639:                                              ; preds = %661
  %640 = mul i64 %576, 1000
  %641 = zext i32 %666 to i64
  %642 = add i64 %640, %641
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #5
  ret i64 %642

643:                                              ; preds = %636, %661
  %644 = phi i64 [ %667, %661 ], [ 0, %636 ]
  %645 = phi i32 [ %666, %661 ], [ 0, %636 ]
  %646 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %644
  %647 = load i32, ptr %646, align 4, !tbaa !4
  %648 = zext i32 %647 to i64
  %649 = icmp eq i64 %644, %648
  %650 = trunc i64 %644 to i32
  br i1 %649, label %661, label %651

651:                                              ; preds = %643, %651
  %652 = phi i32 [ %659, %651 ], [ %647, %643 ]
  %653 = phi ptr [ %658, %651 ], [ %646, %643 ]
  %654 = sext i32 %652 to i64
  %655 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %654
  %656 = load i32, ptr %655, align 4, !tbaa !4
  store i32 %656, ptr %653, align 4, !tbaa !4
  %657 = sext i32 %656 to i64
  %658 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %657
  %659 = load i32, ptr %658, align 4, !tbaa !4
  %660 = icmp eq i32 %659, %656
  br i1 %660, label %661, label %651, !llvm.loop !37

661:                                              ; preds = %651, %643
  %662 = phi i32 [ %650, %643 ], [ %656, %651 ]
  %663 = zext i32 %662 to i64
  %664 = icmp eq i64 %644, %663
  %665 = zext i1 %664 to i32
  %666 = add nuw nsw i32 %645, %665
  %667 = add nuw nsw i64 %644, 1
  %668 = icmp eq i64 %667, 200
  br i1 %668, label %639, label %643, !llvm.loop !39
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smin.v4i32(<4 x i32>, <4 x i32>) #2

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: write, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }

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
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = !{!6, !6, i64 0}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
!22 = !{!23}
!23 = distinct !{!23, !24}
!24 = distinct !{!24, !"LVerDomain"}
!25 = !{!26}
!26 = distinct !{!26, !24}
!27 = !{!28}
!28 = distinct !{!28, !24}
!29 = !{!23, !26}
!30 = distinct !{!30, !9}
!31 = distinct !{!31, !9}
!32 = distinct !{!32, !9, !33}
!33 = !{!"llvm.loop.isvectorized", i32 1}
!34 = distinct !{!34, !9}
!35 = distinct !{!35, !9, !33, !36}
!36 = !{!"llvm.loop.unroll.runtime.disable"}
!37 = distinct !{!37, !9}
!38 = distinct !{!38, !9}
!39 = distinct !{!39, !9}
