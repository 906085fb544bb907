; ModuleID = 'mergesort.c'
source_filename = "mergesort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i64 -7046029254386353131, align 8
@keys = internal unnamed_addr global [2048 x i64] zeroinitializer, align 16
@keys2 = internal unnamed_addr global [2048 x i64] zeroinitializer, align 16
@scratch = internal unnamed_addr global [2048 x i64] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i64, ptr @g_seed, align 8, !tbaa !4
  br label %97

2:                                                ; preds = %97
  tail call fastcc void @merge_sort(i32 noundef 0, i32 noundef 2048)
  br label %3

3:                                                ; preds = %12, %2
  %4 = phi i32 [ 1, %2 ], [ %6, %12 ]
  %5 = sub nuw nsw i32 2043, %4
  %6 = shl nuw nsw i32 %4, 1
  %7 = zext i32 %4 to i64
  %8 = zext i32 %6 to i64
  %9 = zext i32 %5 to i64
  %10 = add nsw i64 %9, -1
  %11 = udiv i64 %10, %8
  br label %14

12:                                               ; preds = %89
  %13 = icmp ult i32 %4, 1022
  br i1 %13, label %3, label %127, !llvm.loop !8

14:                                               ; preds = %89, %3
  %15 = phi i64 [ 0, %3 ], [ %24, %89 ]
  %16 = phi i64 [ %7, %3 ], [ %95, %89 ]
  %17 = phi i64 [ 0, %3 ], [ %94, %89 ]
  %18 = trunc i64 %17 to i32
  %19 = add i32 %18, 1
  %20 = mul i32 %19, %6
  %21 = tail call i32 @llvm.smin.i32(i32 %20, i32 2043)
  %22 = sext i32 %21 to i64
  %23 = mul nuw nsw i64 %17, %8
  %24 = add nuw nsw i64 %15, %8
  %25 = trunc i64 %24 to i32
  %26 = tail call i32 @llvm.smin.i32(i32 %25, i32 2043)
  %27 = add nuw nsw i64 %15, %7
  %28 = sext i32 %26 to i64
  %29 = icmp slt i64 %27, %28
  %30 = trunc i64 %15 to i32
  %31 = trunc i64 %27 to i32
  br i1 %29, label %54, label %32

32:                                               ; preds = %14
  %33 = shl i64 %15, 32
  %34 = ashr exact i64 %33, 32
  br label %37

35:                                               ; preds = %54
  %36 = trunc i64 %71 to i32
  br label %37

37:                                               ; preds = %35, %32
  %38 = phi i64 [ %34, %32 ], [ %73, %35 ]
  %39 = phi i32 [ %31, %32 ], [ %69, %35 ]
  %40 = phi i32 [ %30, %32 ], [ %36, %35 ]
  %41 = icmp slt i64 %38, %27
  br i1 %41, label %42, label %77

42:                                               ; preds = %37
  %43 = sext i32 %40 to i64
  %44 = shl nsw i64 %43, 3
  %45 = getelementptr i8, ptr @scratch, i64 %44
  %46 = shl nsw i64 %38, 3
  %47 = getelementptr i8, ptr @keys2, i64 %46
  %48 = add nuw nsw i64 %23, %7
  %49 = sub i64 %48, %38
  %50 = shl i64 %49, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %45, ptr align 8 %47, i64 %50, i1 false), !tbaa !4
  %51 = sub i64 %16, %38
  %52 = trunc i64 %51 to i32
  %53 = add i32 %40, %52
  br label %77

54:                                               ; preds = %14, %54
  %55 = phi i64 [ %71, %54 ], [ %15, %14 ]
  %56 = phi i32 [ %69, %54 ], [ %31, %14 ]
  %57 = phi i32 [ %66, %54 ], [ %30, %14 ]
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i64, ptr @keys2, i64 %58
  %60 = load i64, ptr %59, align 8, !tbaa !4
  %61 = sext i32 %56 to i64
  %62 = getelementptr inbounds i64, ptr @keys2, i64 %61
  %63 = load i64, ptr %62, align 8, !tbaa !4
  %64 = icmp sle i64 %60, %63
  %65 = zext i1 %64 to i32
  %66 = add nsw i32 %57, %65
  %67 = xor i1 %64, true
  %68 = zext i1 %67 to i32
  %69 = add nsw i32 %56, %68
  %70 = tail call i64 @llvm.smin.i64(i64 %60, i64 %63)
  %71 = add i64 %55, 1
  %72 = getelementptr inbounds i64, ptr @scratch, i64 %55
  store i64 %70, ptr %72, align 8, !tbaa !4
  %73 = sext i32 %66 to i64
  %74 = icmp sgt i64 %27, %73
  %75 = icmp slt i32 %69, %26
  %76 = select i1 %74, i1 %75, i1 false
  br i1 %76, label %54, label %35, !llvm.loop !10

77:                                               ; preds = %42, %37
  %78 = phi i32 [ %40, %37 ], [ %53, %42 ]
  %79 = icmp slt i32 %39, %26
  br i1 %79, label %80, label %89

80:                                               ; preds = %77
  %81 = sext i32 %78 to i64
  %82 = sext i32 %39 to i64
  %83 = shl nsw i64 %81, 3
  %84 = getelementptr i8, ptr @scratch, i64 %83
  %85 = shl nsw i64 %82, 3
  %86 = getelementptr i8, ptr @keys2, i64 %85
  %87 = sub nsw i64 %22, %82
  %88 = shl nsw i64 %87, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %84, ptr align 8 %86, i64 %88, i1 false), !tbaa !4
  br label %89

89:                                               ; preds = %80, %77
  %90 = getelementptr inbounds i64, ptr @keys2, i64 %15
  %91 = getelementptr inbounds i64, ptr @scratch, i64 %15
  %92 = sub nsw i64 %28, %15
  %93 = shl nsw i64 %92, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %90, ptr nonnull align 16 %91, i64 %93, i1 false)
  %94 = add nuw nsw i64 %17, 1
  %95 = add nuw nsw i64 %16, %8
  %96 = icmp eq i64 %17, %11
  br i1 %96, label %12, label %14, !llvm.loop !11

97:                                               ; preds = %97, %0
  %98 = phi i64 [ 0, %0 ], [ %125, %97 ]
  %99 = phi i64 [ %1, %0 ], [ %118, %97 ]
  %100 = shl i64 %99, 13
  %101 = xor i64 %100, %99
  %102 = lshr i64 %101, 7
  %103 = xor i64 %102, %101
  %104 = shl i64 %103, 17
  %105 = xor i64 %104, %103
  %106 = lshr i64 %103, 1
  %107 = and i64 %106, 1
  %108 = getelementptr inbounds [2048 x i64], ptr @keys, i64 0, i64 %98
  store i64 %107, ptr %108, align 16, !tbaa !4
  %109 = urem i64 %105, 5000
  %110 = add nsw i64 %109, -2500
  %111 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %98
  store i64 %110, ptr %111, align 16, !tbaa !4
  %112 = or i64 %98, 1
  %113 = shl i64 %105, 13
  %114 = xor i64 %113, %105
  %115 = lshr i64 %114, 7
  %116 = xor i64 %115, %114
  %117 = shl i64 %116, 17
  %118 = xor i64 %117, %116
  %119 = lshr i64 %116, 1
  %120 = and i64 %119, 1
  %121 = getelementptr inbounds [2048 x i64], ptr @keys, i64 0, i64 %112
  store i64 %120, ptr %121, align 8, !tbaa !4
  %122 = urem i64 %118, 5000
  %123 = add nsw i64 %122, -2500
  %124 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %112
  store i64 %123, ptr %124, align 8, !tbaa !4
  %125 = add nuw nsw i64 %98, 2
  %126 = icmp eq i64 %125, 2048
  br i1 %126, label %2, label %97, !llvm.loop !12

127:                                              ; preds = %12, %127
  %128 = phi i64 [ %169, %127 ], [ 0, %12 ]
  %129 = phi i64 [ %168, %127 ], [ 0, %12 ]
  %130 = mul i64 %129, 6364136223846793005
  %131 = getelementptr inbounds [2048 x i64], ptr @keys, i64 0, i64 %128
  %132 = load i64, ptr %131, align 16, !tbaa !4
  %133 = add i64 %132, %130
  %134 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %128
  %135 = load i64, ptr %134, align 16, !tbaa !4
  %136 = lshr i64 %133, 29
  %137 = add i64 %136, %135
  %138 = xor i64 %137, %133
  %139 = or i64 %128, 1
  %140 = mul i64 %138, 6364136223846793005
  %141 = getelementptr inbounds [2048 x i64], ptr @keys, i64 0, i64 %139
  %142 = load i64, ptr %141, align 8, !tbaa !4
  %143 = add i64 %142, %140
  %144 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %139
  %145 = load i64, ptr %144, align 8, !tbaa !4
  %146 = lshr i64 %143, 29
  %147 = add i64 %146, %145
  %148 = xor i64 %147, %143
  %149 = or i64 %128, 2
  %150 = mul i64 %148, 6364136223846793005
  %151 = getelementptr inbounds [2048 x i64], ptr @keys, i64 0, i64 %149
  %152 = load i64, ptr %151, align 16, !tbaa !4
  %153 = add i64 %152, %150
  %154 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %149
  %155 = load i64, ptr %154, align 16, !tbaa !4
  %156 = lshr i64 %153, 29
  %157 = add i64 %156, %155
  %158 = xor i64 %157, %153
  %159 = or i64 %128, 3
  %160 = mul i64 %158, 6364136223846793005
  %161 = getelementptr inbounds [2048 x i64], ptr @keys, i64 0, i64 %159
  %162 = load i64, ptr %161, align 8, !tbaa !4
  %163 = add i64 %162, %160
  %164 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %159
  %165 = load i64, ptr %164, align 8, !tbaa !4
  %166 = lshr i64 %163, 29
  %167 = add i64 %166, %165
  %168 = xor i64 %167, %163
  %169 = add nuw nsw i64 %128, 4
  %170 = icmp eq i64 %169, 2048
  br i1 %170, label %171, label %127, !llvm.loop !13

171:                                              ; preds = %127
  %172 = load i64, ptr @keys2, align 16, !tbaa !4
  %173 = insertelement <4 x i64> poison, i64 %172, i64 3
  %174 = insertelement <4 x i64> <i64 poison, i64 0, i64 0, i64 0>, i64 %168, i64 0
  br label %175

175:                                              ; preds = %175, %171
  %176 = phi i64 [ 0, %171 ], [ %207, %175 ]
  %177 = phi <4 x i64> [ %173, %171 ], [ %190, %175 ]
  %178 = phi <4 x i64> [ %174, %171 ], [ %203, %175 ]
  %179 = phi <4 x i64> [ zeroinitializer, %171 ], [ %204, %175 ]
  %180 = phi <4 x i64> [ zeroinitializer, %171 ], [ %205, %175 ]
  %181 = phi <4 x i64> [ zeroinitializer, %171 ], [ %206, %175 ]
  %182 = or i64 %176, 1
  %183 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %182
  %184 = load <4 x i64>, ptr %183, align 8, !tbaa !4
  %185 = getelementptr inbounds i64, ptr %183, i64 4
  %186 = load <4 x i64>, ptr %185, align 8, !tbaa !4
  %187 = getelementptr inbounds i64, ptr %183, i64 8
  %188 = load <4 x i64>, ptr %187, align 8, !tbaa !4
  %189 = getelementptr inbounds i64, ptr %183, i64 12
  %190 = load <4 x i64>, ptr %189, align 8, !tbaa !4
  %191 = shufflevector <4 x i64> %177, <4 x i64> %184, <4 x i32> <i32 3, i32 4, i32 5, i32 6>
  %192 = shufflevector <4 x i64> %184, <4 x i64> %186, <4 x i32> <i32 3, i32 4, i32 5, i32 6>
  %193 = shufflevector <4 x i64> %186, <4 x i64> %188, <4 x i32> <i32 3, i32 4, i32 5, i32 6>
  %194 = shufflevector <4 x i64> %188, <4 x i64> %190, <4 x i32> <i32 3, i32 4, i32 5, i32 6>
  %195 = icmp sgt <4 x i64> %191, %184
  %196 = icmp sgt <4 x i64> %192, %186
  %197 = icmp sgt <4 x i64> %193, %188
  %198 = icmp sgt <4 x i64> %194, %190
  %199 = zext <4 x i1> %195 to <4 x i64>
  %200 = zext <4 x i1> %196 to <4 x i64>
  %201 = zext <4 x i1> %197 to <4 x i64>
  %202 = zext <4 x i1> %198 to <4 x i64>
  %203 = add <4 x i64> %178, %199
  %204 = add <4 x i64> %179, %200
  %205 = add <4 x i64> %180, %201
  %206 = add <4 x i64> %181, %202
  %207 = add nuw i64 %176, 16
  %208 = icmp eq i64 %207, 2032
  br i1 %208, label %209, label %175, !llvm.loop !14

209:                                              ; preds = %175
  %210 = extractelement <4 x i64> %190, i64 3
  %211 = add <4 x i64> %204, %203
  %212 = add <4 x i64> %205, %211
  %213 = add <4 x i64> %206, %212
  %214 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %213)
  %215 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2033), align 8, !tbaa !4
  %216 = icmp sgt i64 %210, %215
  %217 = zext i1 %216 to i64
  %218 = add i64 %214, %217
  %219 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2034), align 16, !tbaa !4
  %220 = icmp sgt i64 %215, %219
  %221 = zext i1 %220 to i64
  %222 = add i64 %218, %221
  %223 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2035), align 8, !tbaa !4
  %224 = icmp sgt i64 %219, %223
  %225 = zext i1 %224 to i64
  %226 = add i64 %222, %225
  %227 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2036), align 16, !tbaa !4
  %228 = icmp sgt i64 %223, %227
  %229 = zext i1 %228 to i64
  %230 = add i64 %226, %229
  %231 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2037), align 8, !tbaa !4
  %232 = icmp sgt i64 %227, %231
  %233 = zext i1 %232 to i64
  %234 = add i64 %230, %233
  %235 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2038), align 16, !tbaa !4
  %236 = icmp sgt i64 %231, %235
  %237 = zext i1 %236 to i64
  %238 = add i64 %234, %237
  %239 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2039), align 8, !tbaa !4
  %240 = icmp sgt i64 %235, %239
  %241 = zext i1 %240 to i64
  %242 = add i64 %238, %241
  %243 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2040), align 16, !tbaa !4
  %244 = icmp sgt i64 %239, %243
  %245 = zext i1 %244 to i64
  %246 = add i64 %242, %245
  %247 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2041), align 8, !tbaa !4
  %248 = icmp sgt i64 %243, %247
  %249 = zext i1 %248 to i64
  %250 = add i64 %246, %249
  %251 = load i64, ptr getelementptr inbounds ([2048 x i64], ptr @keys2, i64 0, i64 2042), align 16, !tbaa !4
  %252 = icmp sgt i64 %247, %251
  %253 = zext i1 %252 to i64
  %254 = add i64 %250, %253
  ret i64 %254
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define internal fastcc void @merge_sort(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  %3 = sub nsw i32 %1, %0
  %4 = icmp slt i32 %3, 2
  br i1 %4, label %71, label %5

5:                                                ; preds = %2
  %6 = lshr i32 %3, 1
  %7 = add nsw i32 %6, %0
  tail call fastcc void @merge_sort(i32 noundef %0, i32 noundef %7)
  tail call fastcc void @merge_sort(i32 noundef %7, i32 noundef %1)
  %8 = icmp slt i32 %7, %1
  br i1 %8, label %9, label %13

9:                                                ; preds = %5
  %10 = sext i32 %0 to i64
  br label %30

11:                                               ; preds = %30
  %12 = trunc i64 %47 to i32
  br label %13

13:                                               ; preds = %11, %5
  %14 = phi i32 [ %0, %5 ], [ %42, %11 ]
  %15 = phi i32 [ %7, %5 ], [ %45, %11 ]
  %16 = phi i32 [ %0, %5 ], [ %12, %11 ]
  %17 = icmp slt i32 %14, %7
  br i1 %17, label %18, label %52

18:                                               ; preds = %13
  %19 = sext i32 %16 to i64
  %20 = sext i32 %14 to i64
  %21 = sext i32 %7 to i64
  %22 = shl nsw i64 %19, 3
  %23 = getelementptr i8, ptr @scratch, i64 %22
  %24 = shl nsw i64 %20, 3
  %25 = getelementptr i8, ptr @keys, i64 %24
  %26 = sub nsw i64 %21, %20
  %27 = shl nsw i64 %26, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %23, ptr align 8 %25, i64 %27, i1 false), !tbaa !4
  %28 = add i32 %16, %7
  %29 = sub i32 %28, %14
  br label %52

30:                                               ; preds = %30, %9
  %31 = phi i64 [ %10, %9 ], [ %47, %30 ]
  %32 = phi i32 [ %7, %9 ], [ %45, %30 ]
  %33 = phi i32 [ %0, %9 ], [ %42, %30 ]
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i64, ptr @keys, i64 %34
  %36 = load i64, ptr %35, align 8, !tbaa !4
  %37 = sext i32 %32 to i64
  %38 = getelementptr inbounds i64, ptr @keys, i64 %37
  %39 = load i64, ptr %38, align 8, !tbaa !4
  %40 = icmp sle i64 %36, %39
  %41 = zext i1 %40 to i32
  %42 = add nsw i32 %33, %41
  %43 = xor i1 %40, true
  %44 = zext i1 %43 to i32
  %45 = add nsw i32 %32, %44
  %46 = tail call i64 @llvm.smin.i64(i64 %36, i64 %39)
  %47 = add i64 %31, 1
  %48 = getelementptr inbounds i64, ptr @scratch, i64 %31
  store i64 %46, ptr %48, align 8, !tbaa !4
  %49 = icmp slt i32 %42, %7
  %50 = icmp slt i32 %45, %1
  %51 = select i1 %49, i1 %50, i1 false
  br i1 %51, label %30, label %11, !llvm.loop !10

52:                                               ; preds = %18, %13
  %53 = phi i32 [ %16, %13 ], [ %29, %18 ]
  %54 = icmp slt i32 %15, %1
  br i1 %54, label %55, label %65

55:                                               ; preds = %52
  %56 = sext i32 %53 to i64
  %57 = sext i32 %15 to i64
  %58 = sext i32 %1 to i64
  %59 = shl nsw i64 %56, 3
  %60 = getelementptr i8, ptr @scratch, i64 %59
  %61 = shl nsw i64 %57, 3
  %62 = getelementptr i8, ptr @keys, i64 %61
  %63 = sub nsw i64 %58, %57
  %64 = shl nsw i64 %63, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %60, ptr align 8 %62, i64 %64, i1 false), !tbaa !4
  br label %65

65:                                               ; preds = %55, %52
  %66 = sext i32 %0 to i64
  %67 = getelementptr inbounds i64, ptr @keys, i64 %66
  %68 = getelementptr inbounds i64, ptr @scratch, i64 %66
  %69 = sext i32 %3 to i64
  %70 = shl nsw i64 %69, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %67, ptr nonnull align 8 %68, i64 %70, i1 false)
  br label %71

71:                                               ; preds = %2, %65
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #4

attributes #0 = { nofree nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(none) }

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
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9, !15, !16}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
