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
@dist = internal unnamed_addr global [200 x i32] zeroinitializer, align 32
@queue = internal unnamed_addr global [200 x i32] zeroinitializer, align 16
@done = internal unnamed_addr global [200 x i8] zeroinitializer, align 16
@fw = internal unnamed_addr global [24 x [24 x i32]] zeroinitializer, align 16
@parent = internal unnamed_addr global [200 x i32] zeroinitializer, align 32

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
  %24 = phi i64 [ 0, %22 ], [ %56, %23 ]
  %25 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %24
  %26 = load i32, ptr %25, align 16, !tbaa !4
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
  %40 = or i64 %24, 2
  %41 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %40
  %42 = load i32, ptr %41, align 8, !tbaa !4
  %43 = add nsw i32 %42, 1
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %45, align 4, !tbaa !4
  %48 = or i64 %24, 3
  %49 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !4
  %51 = add nsw i32 %50, 1
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %53, align 4, !tbaa !4
  %56 = add nuw nsw i64 %24, 4
  %57 = icmp eq i64 %56, 800
  br i1 %57, label %58, label %23, !llvm.loop !10

58:                                               ; preds = %23
  %59 = load i32, ptr @adj_start, align 16, !tbaa !4
  br label %61

60:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %1) #5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(800) %1, ptr noundef nonnull align 16 dereferenceable(800) @adj_start, i64 800, i1 false), !tbaa !4
  br label %97

61:                                               ; preds = %61, %58
  %62 = phi i32 [ %59, %58 ], [ %95, %61 ]
  %63 = phi i64 [ 0, %58 ], [ %92, %61 ]
  %64 = or i64 %63, 1
  %65 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !4
  %67 = add nsw i32 %66, %62
  store i32 %67, ptr %65, align 4, !tbaa !4
  %68 = or i64 %63, 2
  %69 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %68
  %70 = load i32, ptr %69, align 8, !tbaa !4
  %71 = add nsw i32 %70, %67
  store i32 %71, ptr %69, align 8, !tbaa !4
  %72 = or i64 %63, 3
  %73 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !4
  %75 = add nsw i32 %74, %71
  store i32 %75, ptr %73, align 4, !tbaa !4
  %76 = or i64 %63, 4
  %77 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %76
  %78 = load i32, ptr %77, align 16, !tbaa !4
  %79 = add nsw i32 %78, %75
  store i32 %79, ptr %77, align 16, !tbaa !4
  %80 = or i64 %63, 5
  %81 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %80
  %82 = load i32, ptr %81, align 4, !tbaa !4
  %83 = add nsw i32 %82, %79
  store i32 %83, ptr %81, align 4, !tbaa !4
  %84 = or i64 %63, 6
  %85 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %84
  %86 = load i32, ptr %85, align 8, !tbaa !4
  %87 = add nsw i32 %86, %83
  store i32 %87, ptr %85, align 8, !tbaa !4
  %88 = or i64 %63, 7
  %89 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %88
  %90 = load i32, ptr %89, align 4, !tbaa !4
  %91 = add nsw i32 %90, %87
  store i32 %91, ptr %89, align 4, !tbaa !4
  %92 = add nuw nsw i64 %63, 8
  %93 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %92
  %94 = load i32, ptr %93, align 16, !tbaa !4
  %95 = add nsw i32 %94, %91
  store i32 %95, ptr %93, align 16, !tbaa !4
  %96 = icmp eq i64 %92, 200
  br i1 %96, label %60, label %61, !llvm.loop !11

97:                                               ; preds = %97, %60
  %98 = phi i64 [ 0, %60 ], [ %126, %97 ]
  %99 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %98
  %100 = load i32, ptr %99, align 8, !tbaa !4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %101
  %103 = load i32, ptr %102, align 4, !tbaa !4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %102, align 4, !tbaa !4
  %105 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %98
  %106 = load i32, ptr %105, align 8, !tbaa !4
  %107 = sext i32 %103 to i64
  %108 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %107
  store i32 %106, ptr %108, align 4, !tbaa !4
  %109 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %98
  %110 = load i32, ptr %109, align 8, !tbaa !4
  %111 = getelementptr inbounds [800 x i32], ptr @adj_w, i64 0, i64 %107
  store i32 %110, ptr %111, align 4, !tbaa !4
  %112 = or i64 %98, 1
  %113 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %112
  %114 = load i32, ptr %113, align 4, !tbaa !4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %115
  %117 = load i32, ptr %116, align 4, !tbaa !4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %116, align 4, !tbaa !4
  %119 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %112
  %120 = load i32, ptr %119, align 4, !tbaa !4
  %121 = sext i32 %117 to i64
  %122 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %121
  store i32 %120, ptr %122, align 4, !tbaa !4
  %123 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %112
  %124 = load i32, ptr %123, align 4, !tbaa !4
  %125 = getelementptr inbounds [800 x i32], ptr @adj_w, i64 0, i64 %121
  store i32 %124, ptr %125, align 4, !tbaa !4
  %126 = add nuw nsw i64 %98, 2
  %127 = icmp eq i64 %126, 800
  br i1 %127, label %128, label %97, !llvm.loop !12

128:                                              ; preds = %97
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 32 dereferenceable(800) @dist, i8 -1, i64 800, i1 false), !tbaa !4
  store i32 0, ptr @dist, align 32, !tbaa !4
  store i32 0, ptr @queue, align 16, !tbaa !4
  br label %133

129:                                              ; preds = %171, %207, %133
  %130 = phi i32 [ %135, %133 ], [ %172, %171 ], [ %208, %207 ]
  %131 = sext i32 %130 to i64
  %132 = icmp slt i64 %136, %131
  br i1 %132, label %133, label %212, !llvm.loop !13

133:                                              ; preds = %128, %129
  %134 = phi i64 [ 0, %128 ], [ %136, %129 ]
  %135 = phi i32 [ 1, %128 ], [ %130, %129 ]
  %136 = add nuw nsw i64 %134, 1
  %137 = getelementptr inbounds [200 x i32], ptr @queue, i64 0, i64 %134
  %138 = load i32, ptr %137, align 4, !tbaa !4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %139
  %141 = load i32, ptr %140, align 4, !tbaa !4
  %142 = add nsw i32 %138, 1
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %143
  %145 = load i32, ptr %144, align 4, !tbaa !4
  %146 = icmp slt i32 %141, %145
  br i1 %146, label %147, label %129

147:                                              ; preds = %133
  %148 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %139
  %149 = sext i32 %141 to i64
  %150 = sext i32 %145 to i64
  %151 = sub nsw i64 %150, %149
  %152 = xor i64 %149, -1
  %153 = and i64 %151, 1
  %154 = icmp eq i64 %153, 0
  br i1 %154, label %171, label %155

155:                                              ; preds = %147
  %156 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %149
  %157 = load i32, ptr %156, align 4, !tbaa !4
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %158
  %160 = load i32, ptr %159, align 4, !tbaa !4
  %161 = icmp slt i32 %160, 0
  br i1 %161, label %162, label %168

162:                                              ; preds = %155
  %163 = load i32, ptr %148, align 4, !tbaa !4
  %164 = add nsw i32 %163, 1
  store i32 %164, ptr %159, align 4, !tbaa !4
  %165 = add nsw i32 %135, 1
  %166 = sext i32 %135 to i64
  %167 = getelementptr inbounds [200 x i32], ptr @queue, i64 0, i64 %166
  store i32 %157, ptr %167, align 4, !tbaa !4
  br label %168

168:                                              ; preds = %162, %155
  %169 = phi i32 [ %165, %162 ], [ %135, %155 ]
  %170 = add nsw i64 %149, 1
  br label %171

171:                                              ; preds = %168, %147
  %172 = phi i32 [ undef, %147 ], [ %169, %168 ]
  %173 = phi i64 [ %149, %147 ], [ %170, %168 ]
  %174 = phi i32 [ %135, %147 ], [ %169, %168 ]
  %175 = sub nsw i64 0, %150
  %176 = icmp eq i64 %152, %175
  br i1 %176, label %129, label %177

177:                                              ; preds = %171, %207
  %178 = phi i64 [ %209, %207 ], [ %173, %171 ]
  %179 = phi i32 [ %208, %207 ], [ %174, %171 ]
  %180 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %178
  %181 = load i32, ptr %180, align 4, !tbaa !4
  %182 = sext i32 %181 to i64
  %183 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %182
  %184 = load i32, ptr %183, align 4, !tbaa !4
  %185 = icmp slt i32 %184, 0
  br i1 %185, label %186, label %192

186:                                              ; preds = %177
  %187 = load i32, ptr %148, align 4, !tbaa !4
  %188 = add nsw i32 %187, 1
  store i32 %188, ptr %183, align 4, !tbaa !4
  %189 = add nsw i32 %179, 1
  %190 = sext i32 %179 to i64
  %191 = getelementptr inbounds [200 x i32], ptr @queue, i64 0, i64 %190
  store i32 %181, ptr %191, align 4, !tbaa !4
  br label %192

192:                                              ; preds = %177, %186
  %193 = phi i32 [ %189, %186 ], [ %179, %177 ]
  %194 = add nsw i64 %178, 1
  %195 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %194
  %196 = load i32, ptr %195, align 4, !tbaa !4
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %197
  %199 = load i32, ptr %198, align 4, !tbaa !4
  %200 = icmp slt i32 %199, 0
  br i1 %200, label %201, label %207

201:                                              ; preds = %192
  %202 = load i32, ptr %148, align 4, !tbaa !4
  %203 = add nsw i32 %202, 1
  store i32 %203, ptr %198, align 4, !tbaa !4
  %204 = add nsw i32 %193, 1
  %205 = sext i32 %193 to i64
  %206 = getelementptr inbounds [200 x i32], ptr @queue, i64 0, i64 %205
  store i32 %196, ptr %206, align 4, !tbaa !4
  br label %207

207:                                              ; preds = %201, %192
  %208 = phi i32 [ %204, %201 ], [ %193, %192 ]
  %209 = add nsw i64 %178, 2
  %210 = icmp eq i64 %209, %150
  br i1 %210, label %129, label %177, !llvm.loop !14

211:                                              ; preds = %212
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(200) @done, i8 0, i64 200, i1 false), !tbaa !15
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr @dist, align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 8), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 16), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 24), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 32), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 40), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 48), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 56), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 64), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 72), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 80), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 88), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 96), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 104), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 112), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 120), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 128), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 136), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 144), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 152), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 160), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 168), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 176), align 32, !tbaa !4
  store <8 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 184), align 32, !tbaa !4
  store i32 2147483647, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 192), align 32, !tbaa !4
  store i32 2147483647, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 193), align 4, !tbaa !4
  store i32 2147483647, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 194), align 8, !tbaa !4
  store i32 2147483647, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 195), align 4, !tbaa !4
  store i32 2147483647, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 196), align 16, !tbaa !4
  store i32 2147483647, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 197), align 4, !tbaa !4
  store i32 2147483647, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 198), align 8, !tbaa !4
  store i32 2147483647, ptr getelementptr inbounds ([200 x i32], ptr @dist, i64 0, i64 199), align 4, !tbaa !4
  store i32 0, ptr @dist, align 32, !tbaa !4
  br label %266

212:                                              ; preds = %129, %212
  %213 = phi i64 [ %262, %212 ], [ 0, %129 ]
  %214 = phi i64 [ %261, %212 ], [ 0, %129 ]
  %215 = mul i64 %214, 31
  %216 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %213
  %217 = load i32, ptr %216, align 32, !tbaa !4
  %218 = sext i32 %217 to i64
  %219 = add i64 %215, %218
  %220 = or i64 %213, 1
  %221 = mul i64 %219, 31
  %222 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %220
  %223 = load i32, ptr %222, align 4, !tbaa !4
  %224 = sext i32 %223 to i64
  %225 = add i64 %221, %224
  %226 = or i64 %213, 2
  %227 = mul i64 %225, 31
  %228 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %226
  %229 = load i32, ptr %228, align 8, !tbaa !4
  %230 = sext i32 %229 to i64
  %231 = add i64 %227, %230
  %232 = or i64 %213, 3
  %233 = mul i64 %231, 31
  %234 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %232
  %235 = load i32, ptr %234, align 4, !tbaa !4
  %236 = sext i32 %235 to i64
  %237 = add i64 %233, %236
  %238 = or i64 %213, 4
  %239 = mul i64 %237, 31
  %240 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %238
  %241 = load i32, ptr %240, align 16, !tbaa !4
  %242 = sext i32 %241 to i64
  %243 = add i64 %239, %242
  %244 = or i64 %213, 5
  %245 = mul i64 %243, 31
  %246 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %244
  %247 = load i32, ptr %246, align 4, !tbaa !4
  %248 = sext i32 %247 to i64
  %249 = add i64 %245, %248
  %250 = or i64 %213, 6
  %251 = mul i64 %249, 31
  %252 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %250
  %253 = load i32, ptr %252, align 8, !tbaa !4
  %254 = sext i32 %253 to i64
  %255 = add i64 %251, %254
  %256 = or i64 %213, 7
  %257 = mul i64 %255, 31
  %258 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %256
  %259 = load i32, ptr %258, align 4, !tbaa !4
  %260 = sext i32 %259 to i64
  %261 = add i64 %257, %260
  %262 = add nuw nsw i64 %213, 8
  %263 = icmp eq i64 %262, 200
  br i1 %263, label %211, label %212, !llvm.loop !16

264:                                              ; preds = %285
  %265 = icmp sgt i32 %286, -1
  br i1 %265, label %292, label %357

266:                                              ; preds = %289, %211
  %267 = phi i64 [ 0, %211 ], [ %290, %289 ]
  %268 = phi i32 [ -1, %211 ], [ %291, %289 ]
  %269 = getelementptr inbounds [200 x i8], ptr @done, i64 0, i64 %267
  %270 = load i8, ptr %269, align 1, !tbaa !15
  %271 = icmp eq i8 %270, 0
  br i1 %271, label %272, label %285

272:                                              ; preds = %266
  %273 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %267
  %274 = load i32, ptr %273, align 4, !tbaa !4
  %275 = icmp eq i32 %274, 2147483647
  br i1 %275, label %285, label %276

276:                                              ; preds = %272
  %277 = icmp slt i32 %268, 0
  br i1 %277, label %283, label %278

278:                                              ; preds = %276
  %279 = zext i32 %268 to i64
  %280 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %279
  %281 = load i32, ptr %280, align 4, !tbaa !4
  %282 = icmp slt i32 %274, %281
  br i1 %282, label %283, label %285

283:                                              ; preds = %278, %276
  %284 = trunc i64 %267 to i32
  br label %285

285:                                              ; preds = %266, %272, %278, %283
  %286 = phi i32 [ %268, %266 ], [ %284, %283 ], [ %268, %278 ], [ %268, %272 ]
  %287 = add nuw nsw i64 %267, 1
  %288 = icmp eq i64 %287, 200
  br i1 %288, label %264, label %289

289:                                              ; preds = %324, %354, %285, %292
  %290 = phi i64 [ %287, %285 ], [ 0, %292 ], [ 0, %354 ], [ 0, %324 ]
  %291 = phi i32 [ %286, %285 ], [ -1, %292 ], [ -1, %354 ], [ -1, %324 ]
  br label %266, !llvm.loop !17

292:                                              ; preds = %264
  %293 = zext i32 %286 to i64
  %294 = getelementptr inbounds [200 x i8], ptr @done, i64 0, i64 %293
  store i8 1, ptr %294, align 1, !tbaa !15
  %295 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %293
  %296 = load i32, ptr %295, align 4, !tbaa !4
  %297 = add nuw nsw i32 %286, 1
  %298 = zext i32 %297 to i64
  %299 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %298
  %300 = load i32, ptr %299, align 4, !tbaa !4
  %301 = icmp slt i32 %296, %300
  br i1 %301, label %302, label %289

302:                                              ; preds = %292
  %303 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %293
  %304 = sext i32 %296 to i64
  %305 = sext i32 %300 to i64
  %306 = sub nsw i64 %305, %304
  %307 = xor i64 %304, -1
  %308 = and i64 %306, 1
  %309 = icmp eq i64 %308, 0
  br i1 %309, label %324, label %310

310:                                              ; preds = %302
  %311 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %304
  %312 = load i32, ptr %311, align 4, !tbaa !4
  %313 = load i32, ptr %303, align 4, !tbaa !4
  %314 = getelementptr inbounds [800 x i32], ptr @adj_w, i64 0, i64 %304
  %315 = load i32, ptr %314, align 4, !tbaa !4
  %316 = add nsw i32 %315, %313
  %317 = sext i32 %312 to i64
  %318 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %317
  %319 = load i32, ptr %318, align 4, !tbaa !4
  %320 = icmp slt i32 %316, %319
  br i1 %320, label %321, label %322

321:                                              ; preds = %310
  store i32 %316, ptr %318, align 4, !tbaa !4
  br label %322

322:                                              ; preds = %321, %310
  %323 = add nsw i64 %304, 1
  br label %324

324:                                              ; preds = %322, %302
  %325 = phi i64 [ %304, %302 ], [ %323, %322 ]
  %326 = sub nsw i64 0, %305
  %327 = icmp eq i64 %307, %326
  br i1 %327, label %289, label %328

328:                                              ; preds = %324, %354
  %329 = phi i64 [ %355, %354 ], [ %325, %324 ]
  %330 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %329
  %331 = load i32, ptr %330, align 4, !tbaa !4
  %332 = load i32, ptr %303, align 4, !tbaa !4
  %333 = getelementptr inbounds [800 x i32], ptr @adj_w, i64 0, i64 %329
  %334 = load i32, ptr %333, align 4, !tbaa !4
  %335 = add nsw i32 %334, %332
  %336 = sext i32 %331 to i64
  %337 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %336
  %338 = load i32, ptr %337, align 4, !tbaa !4
  %339 = icmp slt i32 %335, %338
  br i1 %339, label %340, label %341

340:                                              ; preds = %328
  store i32 %335, ptr %337, align 4, !tbaa !4
  br label %341

341:                                              ; preds = %340, %328
  %342 = add nsw i64 %329, 1
  %343 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %342
  %344 = load i32, ptr %343, align 4, !tbaa !4
  %345 = load i32, ptr %303, align 4, !tbaa !4
  %346 = getelementptr inbounds [800 x i32], ptr @adj_w, i64 0, i64 %342
  %347 = load i32, ptr %346, align 4, !tbaa !4
  %348 = add nsw i32 %347, %345
  %349 = sext i32 %344 to i64
  %350 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %349
  %351 = load i32, ptr %350, align 4, !tbaa !4
  %352 = icmp slt i32 %348, %351
  br i1 %352, label %353, label %354

353:                                              ; preds = %341
  store i32 %348, ptr %350, align 4, !tbaa !4
  br label %354

354:                                              ; preds = %353, %341
  %355 = add nsw i64 %329, 2
  %356 = icmp eq i64 %355, %305
  br i1 %356, label %289, label %328, !llvm.loop !18

357:                                              ; preds = %264, %357
  %358 = phi i64 [ %407, %357 ], [ 0, %264 ]
  %359 = phi i64 [ %406, %357 ], [ %261, %264 ]
  %360 = mul i64 %359, 31
  %361 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %358
  %362 = load i32, ptr %361, align 32, !tbaa !4
  %363 = zext i32 %362 to i64
  %364 = add i64 %360, %363
  %365 = or i64 %358, 1
  %366 = mul i64 %364, 31
  %367 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %365
  %368 = load i32, ptr %367, align 4, !tbaa !4
  %369 = zext i32 %368 to i64
  %370 = add i64 %366, %369
  %371 = or i64 %358, 2
  %372 = mul i64 %370, 31
  %373 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %371
  %374 = load i32, ptr %373, align 8, !tbaa !4
  %375 = zext i32 %374 to i64
  %376 = add i64 %372, %375
  %377 = or i64 %358, 3
  %378 = mul i64 %376, 31
  %379 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %377
  %380 = load i32, ptr %379, align 4, !tbaa !4
  %381 = zext i32 %380 to i64
  %382 = add i64 %378, %381
  %383 = or i64 %358, 4
  %384 = mul i64 %382, 31
  %385 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %383
  %386 = load i32, ptr %385, align 16, !tbaa !4
  %387 = zext i32 %386 to i64
  %388 = add i64 %384, %387
  %389 = or i64 %358, 5
  %390 = mul i64 %388, 31
  %391 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %389
  %392 = load i32, ptr %391, align 4, !tbaa !4
  %393 = zext i32 %392 to i64
  %394 = add i64 %390, %393
  %395 = or i64 %358, 6
  %396 = mul i64 %394, 31
  %397 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %395
  %398 = load i32, ptr %397, align 8, !tbaa !4
  %399 = zext i32 %398 to i64
  %400 = add i64 %396, %399
  %401 = or i64 %358, 7
  %402 = mul i64 %400, 31
  %403 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %401
  %404 = load i32, ptr %403, align 4, !tbaa !4
  %405 = zext i32 %404 to i64
  %406 = add i64 %402, %405
  %407 = add nuw nsw i64 %358, 8
  %408 = icmp eq i64 %407, 200
  br i1 %408, label %409, label %357, !llvm.loop !19

409:                                              ; preds = %357, %409
  %410 = phi i64 [ %434, %409 ], [ 0, %357 ]
  %411 = insertelement <8 x i64> poison, i64 %410, i64 0
  %412 = shufflevector <8 x i64> %411, <8 x i64> poison, <8 x i32> zeroinitializer
  %413 = icmp eq <8 x i64> %412, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %414 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %410, i64 0
  %415 = select <8 x i1> %413, <8 x i32> zeroinitializer, <8 x i32> <i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000>
  store <8 x i32> %415, ptr %414, align 16, !tbaa !4
  %416 = icmp eq <8 x i64> %412, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %417 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %410, i64 8
  %418 = select <8 x i1> %416, <8 x i32> zeroinitializer, <8 x i32> <i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000>
  store <8 x i32> %418, ptr %417, align 16, !tbaa !4
  %419 = icmp eq <8 x i64> %412, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %420 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %410, i64 16
  %421 = select <8 x i1> %419, <8 x i32> zeroinitializer, <8 x i32> <i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000>
  store <8 x i32> %421, ptr %420, align 16, !tbaa !4
  %422 = or i64 %410, 1
  %423 = insertelement <8 x i64> poison, i64 %422, i64 0
  %424 = shufflevector <8 x i64> %423, <8 x i64> poison, <8 x i32> zeroinitializer
  %425 = icmp eq <8 x i64> %424, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %426 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %422, i64 0
  %427 = select <8 x i1> %425, <8 x i32> zeroinitializer, <8 x i32> <i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000>
  store <8 x i32> %427, ptr %426, align 16, !tbaa !4
  %428 = icmp eq <8 x i64> %424, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %429 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %422, i64 8
  %430 = select <8 x i1> %428, <8 x i32> zeroinitializer, <8 x i32> <i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000>
  store <8 x i32> %430, ptr %429, align 16, !tbaa !4
  %431 = icmp eq <8 x i64> %424, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %432 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %422, i64 16
  %433 = select <8 x i1> %431, <8 x i32> zeroinitializer, <8 x i32> <i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000, i32 1000000>
  store <8 x i32> %433, ptr %432, align 16, !tbaa !4
  %434 = add nuw nsw i64 %410, 2
  %435 = icmp eq i64 %434, 24
  br i1 %435, label %436, label %409, !llvm.loop !20

436:                                              ; preds = %409, %472
  %437 = phi i64 [ %473, %472 ], [ 0, %409 ]
  %438 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %437
  %439 = load i32, ptr %438, align 8, !tbaa !4
  %440 = icmp slt i32 %439, 24
  br i1 %440, label %441, label %454

441:                                              ; preds = %436
  %442 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %437
  %443 = load i32, ptr %442, align 8, !tbaa !4
  %444 = icmp slt i32 %443, 24
  br i1 %444, label %445, label %454

445:                                              ; preds = %441
  %446 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %437
  %447 = load i32, ptr %446, align 8, !tbaa !4
  %448 = sext i32 %439 to i64
  %449 = sext i32 %443 to i64
  %450 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %448, i64 %449
  %451 = load i32, ptr %450, align 4, !tbaa !4
  %452 = icmp slt i32 %447, %451
  br i1 %452, label %453, label %454

453:                                              ; preds = %445
  store i32 %447, ptr %450, align 4, !tbaa !4
  br label %454

454:                                              ; preds = %436, %441, %445, %453
  %455 = or i64 %437, 1
  %456 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %455
  %457 = load i32, ptr %456, align 4, !tbaa !4
  %458 = icmp slt i32 %457, 24
  br i1 %458, label %459, label %472

459:                                              ; preds = %454
  %460 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %455
  %461 = load i32, ptr %460, align 4, !tbaa !4
  %462 = icmp slt i32 %461, 24
  br i1 %462, label %463, label %472

463:                                              ; preds = %459
  %464 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %455
  %465 = load i32, ptr %464, align 4, !tbaa !4
  %466 = sext i32 %457 to i64
  %467 = sext i32 %461 to i64
  %468 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %466, i64 %467
  %469 = load i32, ptr %468, align 4, !tbaa !4
  %470 = icmp slt i32 %465, %469
  br i1 %470, label %471, label %472

471:                                              ; preds = %463
  store i32 %465, ptr %468, align 4, !tbaa !4
  br label %472

472:                                              ; preds = %471, %463, %459, %454
  %473 = add nuw nsw i64 %437, 2
  %474 = icmp eq i64 %473, 800
  br i1 %474, label %475, label %436, !llvm.loop !21

475:                                              ; preds = %472, %529
  %476 = phi i64 [ %530, %529 ], [ 0, %472 ]
  %477 = shl nuw nsw i64 %476, 2
  %478 = add nuw i64 %477, 4
  %479 = mul nuw nsw i64 %476, 96
  %480 = getelementptr i8, ptr @fw, i64 %479
  %481 = add nuw i64 %479, 96
  %482 = getelementptr i8, ptr @fw, i64 %481
  %483 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %476, i64 0
  %484 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %476, i64 8
  %485 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %476, i64 16
  br label %486

486:                                              ; preds = %475, %532
  %487 = phi i64 [ 0, %475 ], [ %533, %532 ]
  %488 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %487, i64 %476
  %489 = mul nuw nsw i64 %487, 96
  %490 = add i64 %478, %489
  %491 = getelementptr i8, ptr @fw, i64 %490
  %492 = add nuw i64 %477, %489
  %493 = getelementptr i8, ptr @fw, i64 %492
  %494 = add nuw i64 %489, 96
  %495 = getelementptr i8, ptr @fw, i64 %494
  %496 = getelementptr i8, ptr @fw, i64 %489
  %497 = icmp ult ptr %496, %491
  %498 = icmp ult ptr %493, %495
  %499 = and i1 %497, %498
  %500 = icmp ult ptr %496, %482
  %501 = icmp ult ptr %480, %495
  %502 = and i1 %500, %501
  %503 = or i1 %499, %502
  br i1 %503, label %535, label %504

504:                                              ; preds = %486
  %505 = load i32, ptr %488, align 4, !tbaa !4, !alias.scope !22
  %506 = insertelement <8 x i32> poison, i32 %505, i64 0
  %507 = shufflevector <8 x i32> %506, <8 x i32> poison, <8 x i32> zeroinitializer
  %508 = load <8 x i32>, ptr %483, align 16, !tbaa !4, !alias.scope !25
  %509 = add nsw <8 x i32> %508, %507
  %510 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %487, i64 0
  %511 = load <8 x i32>, ptr %510, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %512 = tail call <8 x i32> @llvm.smin.v8i32(<8 x i32> %509, <8 x i32> %511)
  store <8 x i32> %512, ptr %510, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %513 = load i32, ptr %488, align 4, !tbaa !4, !alias.scope !22
  %514 = insertelement <8 x i32> poison, i32 %513, i64 0
  %515 = shufflevector <8 x i32> %514, <8 x i32> poison, <8 x i32> zeroinitializer
  %516 = load <8 x i32>, ptr %484, align 16, !tbaa !4, !alias.scope !25
  %517 = add nsw <8 x i32> %516, %515
  %518 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %487, i64 8
  %519 = load <8 x i32>, ptr %518, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %520 = tail call <8 x i32> @llvm.smin.v8i32(<8 x i32> %517, <8 x i32> %519)
  store <8 x i32> %520, ptr %518, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %521 = load i32, ptr %488, align 4, !tbaa !4, !alias.scope !22
  %522 = insertelement <8 x i32> poison, i32 %521, i64 0
  %523 = shufflevector <8 x i32> %522, <8 x i32> poison, <8 x i32> zeroinitializer
  %524 = load <8 x i32>, ptr %485, align 16, !tbaa !4, !alias.scope !25
  %525 = add nsw <8 x i32> %524, %523
  %526 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %487, i64 16
  %527 = load <8 x i32>, ptr %526, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  %528 = tail call <8 x i32> @llvm.smin.v8i32(<8 x i32> %525, <8 x i32> %527)
  store <8 x i32> %528, ptr %526, align 16, !tbaa !4, !alias.scope !27, !noalias !29
  br label %532

529:                                              ; preds = %532
  %530 = add nuw nsw i64 %476, 1
  %531 = icmp eq i64 %530, 24
  br i1 %531, label %570, label %475, !llvm.loop !30

532:                                              ; preds = %535, %504
  %533 = add nuw nsw i64 %487, 1
  %534 = icmp eq i64 %533, 24
  br i1 %534, label %529, label %486, !llvm.loop !31

535:                                              ; preds = %486, %535
  %536 = phi i64 [ %568, %535 ], [ 0, %486 ]
  %537 = load i32, ptr %488, align 4, !tbaa !4
  %538 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %476, i64 %536
  %539 = load i32, ptr %538, align 16, !tbaa !4
  %540 = add nsw i32 %539, %537
  %541 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %487, i64 %536
  %542 = load i32, ptr %541, align 16, !tbaa !4
  %543 = tail call i32 @llvm.smin.i32(i32 %540, i32 %542)
  store i32 %543, ptr %541, align 16, !tbaa !4
  %544 = or i64 %536, 1
  %545 = load i32, ptr %488, align 4, !tbaa !4
  %546 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %476, i64 %544
  %547 = load i32, ptr %546, align 4, !tbaa !4
  %548 = add nsw i32 %547, %545
  %549 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %487, i64 %544
  %550 = load i32, ptr %549, align 4, !tbaa !4
  %551 = tail call i32 @llvm.smin.i32(i32 %548, i32 %550)
  store i32 %551, ptr %549, align 4, !tbaa !4
  %552 = or i64 %536, 2
  %553 = load i32, ptr %488, align 4, !tbaa !4
  %554 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %476, i64 %552
  %555 = load i32, ptr %554, align 8, !tbaa !4
  %556 = add nsw i32 %555, %553
  %557 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %487, i64 %552
  %558 = load i32, ptr %557, align 8, !tbaa !4
  %559 = tail call i32 @llvm.smin.i32(i32 %556, i32 %558)
  store i32 %559, ptr %557, align 8, !tbaa !4
  %560 = or i64 %536, 3
  %561 = load i32, ptr %488, align 4, !tbaa !4
  %562 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %476, i64 %560
  %563 = load i32, ptr %562, align 4, !tbaa !4
  %564 = add nsw i32 %563, %561
  %565 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %487, i64 %560
  %566 = load i32, ptr %565, align 4, !tbaa !4
  %567 = tail call i32 @llvm.smin.i32(i32 %564, i32 %566)
  store i32 %567, ptr %565, align 4, !tbaa !4
  %568 = add nuw nsw i64 %536, 4
  %569 = icmp eq i64 %568, 24
  br i1 %569, label %532, label %535, !llvm.loop !32

570:                                              ; preds = %529, %570
  %571 = phi i64 [ %693, %570 ], [ 0, %529 ]
  %572 = phi i64 [ %692, %570 ], [ %406, %529 ]
  %573 = mul i64 %572, 7
  %574 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 0
  %575 = load i32, ptr %574, align 16, !tbaa !4
  %576 = zext i32 %575 to i64
  %577 = add i64 %573, %576
  %578 = mul i64 %577, 7
  %579 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 1
  %580 = load i32, ptr %579, align 4, !tbaa !4
  %581 = zext i32 %580 to i64
  %582 = add i64 %578, %581
  %583 = mul i64 %582, 7
  %584 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 2
  %585 = load i32, ptr %584, align 8, !tbaa !4
  %586 = zext i32 %585 to i64
  %587 = add i64 %583, %586
  %588 = mul i64 %587, 7
  %589 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 3
  %590 = load i32, ptr %589, align 4, !tbaa !4
  %591 = zext i32 %590 to i64
  %592 = add i64 %588, %591
  %593 = mul i64 %592, 7
  %594 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 4
  %595 = load i32, ptr %594, align 16, !tbaa !4
  %596 = zext i32 %595 to i64
  %597 = add i64 %593, %596
  %598 = mul i64 %597, 7
  %599 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 5
  %600 = load i32, ptr %599, align 4, !tbaa !4
  %601 = zext i32 %600 to i64
  %602 = add i64 %598, %601
  %603 = mul i64 %602, 7
  %604 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 6
  %605 = load i32, ptr %604, align 8, !tbaa !4
  %606 = zext i32 %605 to i64
  %607 = add i64 %603, %606
  %608 = mul i64 %607, 7
  %609 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 7
  %610 = load i32, ptr %609, align 4, !tbaa !4
  %611 = zext i32 %610 to i64
  %612 = add i64 %608, %611
  %613 = mul i64 %612, 7
  %614 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 8
  %615 = load i32, ptr %614, align 16, !tbaa !4
  %616 = zext i32 %615 to i64
  %617 = add i64 %613, %616
  %618 = mul i64 %617, 7
  %619 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 9
  %620 = load i32, ptr %619, align 4, !tbaa !4
  %621 = zext i32 %620 to i64
  %622 = add i64 %618, %621
  %623 = mul i64 %622, 7
  %624 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 10
  %625 = load i32, ptr %624, align 8, !tbaa !4
  %626 = zext i32 %625 to i64
  %627 = add i64 %623, %626
  %628 = mul i64 %627, 7
  %629 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 11
  %630 = load i32, ptr %629, align 4, !tbaa !4
  %631 = zext i32 %630 to i64
  %632 = add i64 %628, %631
  %633 = mul i64 %632, 7
  %634 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 12
  %635 = load i32, ptr %634, align 16, !tbaa !4
  %636 = zext i32 %635 to i64
  %637 = add i64 %633, %636
  %638 = mul i64 %637, 7
  %639 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 13
  %640 = load i32, ptr %639, align 4, !tbaa !4
  %641 = zext i32 %640 to i64
  %642 = add i64 %638, %641
  %643 = mul i64 %642, 7
  %644 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 14
  %645 = load i32, ptr %644, align 8, !tbaa !4
  %646 = zext i32 %645 to i64
  %647 = add i64 %643, %646
  %648 = mul i64 %647, 7
  %649 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 15
  %650 = load i32, ptr %649, align 4, !tbaa !4
  %651 = zext i32 %650 to i64
  %652 = add i64 %648, %651
  %653 = mul i64 %652, 7
  %654 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 16
  %655 = load i32, ptr %654, align 16, !tbaa !4
  %656 = zext i32 %655 to i64
  %657 = add i64 %653, %656
  %658 = mul i64 %657, 7
  %659 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 17
  %660 = load i32, ptr %659, align 4, !tbaa !4
  %661 = zext i32 %660 to i64
  %662 = add i64 %658, %661
  %663 = mul i64 %662, 7
  %664 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 18
  %665 = load i32, ptr %664, align 8, !tbaa !4
  %666 = zext i32 %665 to i64
  %667 = add i64 %663, %666
  %668 = mul i64 %667, 7
  %669 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 19
  %670 = load i32, ptr %669, align 4, !tbaa !4
  %671 = zext i32 %670 to i64
  %672 = add i64 %668, %671
  %673 = mul i64 %672, 7
  %674 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 20
  %675 = load i32, ptr %674, align 16, !tbaa !4
  %676 = zext i32 %675 to i64
  %677 = add i64 %673, %676
  %678 = mul i64 %677, 7
  %679 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 21
  %680 = load i32, ptr %679, align 4, !tbaa !4
  %681 = zext i32 %680 to i64
  %682 = add i64 %678, %681
  %683 = mul i64 %682, 7
  %684 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 22
  %685 = load i32, ptr %684, align 8, !tbaa !4
  %686 = zext i32 %685 to i64
  %687 = add i64 %683, %686
  %688 = mul i64 %687, 7
  %689 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %571, i64 23
  %690 = load i32, ptr %689, align 4, !tbaa !4
  %691 = zext i32 %690 to i64
  %692 = add i64 %688, %691
  %693 = add nuw nsw i64 %571, 1
  %694 = icmp eq i64 %693, 24
  br i1 %694, label %695, label %570, !llvm.loop !34

695:                                              ; preds = %570
  store <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, ptr @parent, align 32, !tbaa !4
  store <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 8), align 32, !tbaa !4
  store <8 x i32> <i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 16), align 32, !tbaa !4
  store <8 x i32> <i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 24), align 32, !tbaa !4
  store <8 x i32> <i32 32, i32 33, i32 34, i32 35, i32 36, i32 37, i32 38, i32 39>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 32), align 32, !tbaa !4
  store <8 x i32> <i32 40, i32 41, i32 42, i32 43, i32 44, i32 45, i32 46, i32 47>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 40), align 32, !tbaa !4
  store <8 x i32> <i32 48, i32 49, i32 50, i32 51, i32 52, i32 53, i32 54, i32 55>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 48), align 32, !tbaa !4
  store <8 x i32> <i32 56, i32 57, i32 58, i32 59, i32 60, i32 61, i32 62, i32 63>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 56), align 32, !tbaa !4
  store <8 x i32> <i32 64, i32 65, i32 66, i32 67, i32 68, i32 69, i32 70, i32 71>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 64), align 32, !tbaa !4
  store <8 x i32> <i32 72, i32 73, i32 74, i32 75, i32 76, i32 77, i32 78, i32 79>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 72), align 32, !tbaa !4
  store <8 x i32> <i32 80, i32 81, i32 82, i32 83, i32 84, i32 85, i32 86, i32 87>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 80), align 32, !tbaa !4
  store <8 x i32> <i32 88, i32 89, i32 90, i32 91, i32 92, i32 93, i32 94, i32 95>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 88), align 32, !tbaa !4
  store <8 x i32> <i32 96, i32 97, i32 98, i32 99, i32 100, i32 101, i32 102, i32 103>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 96), align 32, !tbaa !4
  store <8 x i32> <i32 104, i32 105, i32 106, i32 107, i32 108, i32 109, i32 110, i32 111>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 104), align 32, !tbaa !4
  store <8 x i32> <i32 112, i32 113, i32 114, i32 115, i32 116, i32 117, i32 118, i32 119>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 112), align 32, !tbaa !4
  store <8 x i32> <i32 120, i32 121, i32 122, i32 123, i32 124, i32 125, i32 126, i32 127>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 120), align 32, !tbaa !4
  store <8 x i32> <i32 128, i32 129, i32 130, i32 131, i32 132, i32 133, i32 134, i32 135>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 128), align 32, !tbaa !4
  store <8 x i32> <i32 136, i32 137, i32 138, i32 139, i32 140, i32 141, i32 142, i32 143>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 136), align 32, !tbaa !4
  store <8 x i32> <i32 144, i32 145, i32 146, i32 147, i32 148, i32 149, i32 150, i32 151>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 144), align 32, !tbaa !4
  store <8 x i32> <i32 152, i32 153, i32 154, i32 155, i32 156, i32 157, i32 158, i32 159>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 152), align 32, !tbaa !4
  store <8 x i32> <i32 160, i32 161, i32 162, i32 163, i32 164, i32 165, i32 166, i32 167>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 160), align 32, !tbaa !4
  store <8 x i32> <i32 168, i32 169, i32 170, i32 171, i32 172, i32 173, i32 174, i32 175>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 168), align 32, !tbaa !4
  store <8 x i32> <i32 176, i32 177, i32 178, i32 179, i32 180, i32 181, i32 182, i32 183>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 176), align 32, !tbaa !4
  store <8 x i32> <i32 184, i32 185, i32 186, i32 187, i32 188, i32 189, i32 190, i32 191>, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 184), align 32, !tbaa !4
  store i32 192, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 192), align 32, !tbaa !4
  store i32 193, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 193), align 4, !tbaa !4
  store i32 194, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 194), align 8, !tbaa !4
  store i32 195, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 195), align 4, !tbaa !4
  store i32 196, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 196), align 16, !tbaa !4
  store i32 197, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 197), align 4, !tbaa !4
  store i32 198, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 198), align 8, !tbaa !4
  store i32 199, ptr getelementptr inbounds ([200 x i32], ptr @parent, i64 0, i64 199), align 4, !tbaa !4
  br label %696

696:                                              ; preds = %695, %738
  %697 = phi i64 [ %739, %738 ], [ 0, %695 ]
  %698 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %697
  %699 = load i32, ptr %698, align 4, !tbaa !4
  %700 = sext i32 %699 to i64
  %701 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %700
  %702 = load i32, ptr %701, align 4, !tbaa !4
  %703 = icmp eq i32 %702, %699
  br i1 %703, label %714, label %704

704:                                              ; preds = %696, %704
  %705 = phi i32 [ %712, %704 ], [ %702, %696 ]
  %706 = phi ptr [ %711, %704 ], [ %701, %696 ]
  %707 = sext i32 %705 to i64
  %708 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %707
  %709 = load i32, ptr %708, align 4, !tbaa !4
  store i32 %709, ptr %706, align 4, !tbaa !4
  %710 = sext i32 %709 to i64
  %711 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %710
  %712 = load i32, ptr %711, align 4, !tbaa !4
  %713 = icmp eq i32 %712, %709
  br i1 %713, label %714, label %704, !llvm.loop !35

714:                                              ; preds = %704, %696
  %715 = phi i32 [ %699, %696 ], [ %709, %704 ]
  %716 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %697
  %717 = load i32, ptr %716, align 4, !tbaa !4
  %718 = sext i32 %717 to i64
  %719 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %718
  %720 = load i32, ptr %719, align 4, !tbaa !4
  %721 = icmp eq i32 %720, %717
  br i1 %721, label %732, label %722

722:                                              ; preds = %714, %722
  %723 = phi i32 [ %730, %722 ], [ %720, %714 ]
  %724 = phi ptr [ %729, %722 ], [ %719, %714 ]
  %725 = sext i32 %723 to i64
  %726 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %725
  %727 = load i32, ptr %726, align 4, !tbaa !4
  store i32 %727, ptr %724, align 4, !tbaa !4
  %728 = sext i32 %727 to i64
  %729 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %728
  %730 = load i32, ptr %729, align 4, !tbaa !4
  %731 = icmp eq i32 %730, %727
  br i1 %731, label %732, label %722, !llvm.loop !35

732:                                              ; preds = %722, %714
  %733 = phi i32 [ %717, %714 ], [ %727, %722 ]
  %734 = icmp eq i32 %715, %733
  br i1 %734, label %738, label %735

735:                                              ; preds = %732
  %736 = sext i32 %715 to i64
  %737 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %736
  store i32 %733, ptr %737, align 4, !tbaa !4
  br label %738

738:                                              ; preds = %735, %732
  %739 = add nuw nsw i64 %697, 1
  %740 = icmp eq i64 %739, 150
  br i1 %740, label %745, label %696, !llvm.loop !36

741:                                              ; preds = %785
  %742 = mul i64 %692, 1000
  %743 = zext i32 %790 to i64
  %744 = add i64 %742, %743
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #5
  ret i64 %744

745:                                              ; preds = %738, %785
  %746 = phi i64 [ %791, %785 ], [ 0, %738 ]
  %747 = phi i32 [ %790, %785 ], [ 0, %738 ]
  %748 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %746
  %749 = load i32, ptr %748, align 8, !tbaa !4
  %750 = zext i32 %749 to i64
  %751 = icmp eq i64 %746, %750
  %752 = trunc i64 %746 to i32
  br i1 %751, label %763, label %753

753:                                              ; preds = %745, %753
  %754 = phi i32 [ %761, %753 ], [ %749, %745 ]
  %755 = phi ptr [ %760, %753 ], [ %748, %745 ]
  %756 = sext i32 %754 to i64
  %757 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %756
  %758 = load i32, ptr %757, align 4, !tbaa !4
  store i32 %758, ptr %755, align 4, !tbaa !4
  %759 = sext i32 %758 to i64
  %760 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %759
  %761 = load i32, ptr %760, align 4, !tbaa !4
  %762 = icmp eq i32 %761, %758
  br i1 %762, label %763, label %753, !llvm.loop !35

763:                                              ; preds = %753, %745
  %764 = phi i32 [ %752, %745 ], [ %758, %753 ]
  %765 = zext i32 %764 to i64
  %766 = icmp eq i64 %746, %765
  %767 = zext i1 %766 to i32
  %768 = add nuw nsw i32 %747, %767
  %769 = or i64 %746, 1
  %770 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %769
  %771 = load i32, ptr %770, align 4, !tbaa !4
  %772 = zext i32 %771 to i64
  %773 = icmp eq i64 %769, %772
  %774 = trunc i64 %769 to i32
  br i1 %773, label %785, label %775

775:                                              ; preds = %763, %775
  %776 = phi i32 [ %783, %775 ], [ %771, %763 ]
  %777 = phi ptr [ %782, %775 ], [ %770, %763 ]
  %778 = sext i32 %776 to i64
  %779 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %778
  %780 = load i32, ptr %779, align 4, !tbaa !4
  store i32 %780, ptr %777, align 4, !tbaa !4
  %781 = sext i32 %780 to i64
  %782 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %781
  %783 = load i32, ptr %782, align 4, !tbaa !4
  %784 = icmp eq i32 %783, %780
  br i1 %784, label %785, label %775, !llvm.loop !35

785:                                              ; preds = %775, %763
  %786 = phi i32 [ %774, %763 ], [ %780, %775 ]
  %787 = zext i32 %786 to i64
  %788 = icmp eq i64 %769, %787
  %789 = zext i1 %788 to i32
  %790 = add nuw nsw i32 %768, %789
  %791 = add nuw nsw i64 %746, 2
  %792 = icmp eq i64 %791, 200
  br i1 %792, label %741, label %745, !llvm.loop !37
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
declare <8 x i32> @llvm.smin.v8i32(<8 x i32>, <8 x i32>) #2

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: write, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
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
!35 = distinct !{!35, !9}
!36 = distinct !{!36, !9}
!37 = distinct !{!37, !9}
