; ModuleID = 'base64.c'
source_filename = "base64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i8 3, align 1
@reverse = internal unnamed_addr global [256 x i8] zeroinitializer, align 16
@alphabet = internal unnamed_addr constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [80 x i8], align 16
  %2 = alloca [80 x i8], align 16
  %3 = alloca [120 x i8], align 16
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) @reverse, i8 -1, i64 256, i1 false), !tbaa !4
  br label %6

4:                                                ; preds = %6
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %1) #3
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %2) #3
  call void @llvm.lifetime.start.p0(i64 120, ptr nonnull %3) #3
  %5 = load i8, ptr @g_seed, align 1, !tbaa !4
  br label %33

6:                                                ; preds = %6, %0
  %7 = phi i64 [ 0, %0 ], [ %31, %6 ]
  %8 = trunc i64 %7 to i8
  %9 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %7
  %10 = load i8, ptr %9, align 4, !tbaa !4
  %11 = zext i8 %10 to i64
  %12 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %11
  store i8 %8, ptr %12, align 1, !tbaa !4
  %13 = or i64 %7, 1
  %14 = trunc i64 %13 to i8
  %15 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %13
  %16 = load i8, ptr %15, align 1, !tbaa !4
  %17 = zext i8 %16 to i64
  %18 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %17
  store i8 %14, ptr %18, align 1, !tbaa !4
  %19 = or i64 %7, 2
  %20 = trunc i64 %19 to i8
  %21 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %19
  %22 = load i8, ptr %21, align 2, !tbaa !4
  %23 = zext i8 %22 to i64
  %24 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %23
  store i8 %20, ptr %24, align 1, !tbaa !4
  %25 = or i64 %7, 3
  %26 = trunc i64 %25 to i8
  %27 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %25
  %28 = load i8, ptr %27, align 1, !tbaa !4
  %29 = zext i8 %28 to i64
  %30 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %29
  store i8 %26, ptr %30, align 1, !tbaa !4
  %31 = add nuw nsw i64 %7, 4
  %32 = icmp eq i64 %31, 64
  br i1 %32, label %4, label %6, !llvm.loop !7

33:                                               ; preds = %4, %365
  %34 = phi i64 [ 0, %4 ], [ %367, %365 ]
  %35 = phi i64 [ 0, %4 ], [ %366, %365 ]
  %36 = phi i8 [ %5, %4 ], [ %115, %365 ]
  %37 = icmp eq i64 %34, 0
  br i1 %37, label %114, label %38

38:                                               ; preds = %33
  %39 = and i64 %34, 3
  %40 = icmp ult i64 %34, 4
  br i1 %40, label %44, label %41

41:                                               ; preds = %38
  %42 = and i64 %34, 9223372036854775804
  br label %291

43:                                               ; preds = %365
  call void @llvm.lifetime.end.p0(i64 120, ptr nonnull %3) #3
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %2) #3
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %1) #3
  ret i64 %366

44:                                               ; preds = %291, %38
  %45 = phi i8 [ undef, %38 ], [ %308, %291 ]
  %46 = phi i64 [ 0, %38 ], [ %310, %291 ]
  %47 = phi i8 [ %36, %38 ], [ %308, %291 ]
  %48 = icmp eq i64 %39, 0
  br i1 %48, label %59, label %49

49:                                               ; preds = %44, %49
  %50 = phi i64 [ %56, %49 ], [ %46, %44 ]
  %51 = phi i8 [ %54, %49 ], [ %47, %44 ]
  %52 = phi i64 [ %57, %49 ], [ 0, %44 ]
  %53 = mul i8 %51, 29
  %54 = add i8 %53, 71
  %55 = getelementptr inbounds [80 x i8], ptr %1, i64 0, i64 %50
  store i8 %54, ptr %55, align 1, !tbaa !4
  %56 = add nuw nsw i64 %50, 1
  %57 = add i64 %52, 1
  %58 = icmp eq i64 %57, %39
  br i1 %58, label %59, label %49, !llvm.loop !9

59:                                               ; preds = %49, %44
  %60 = phi i8 [ %45, %44 ], [ %54, %49 ]
  %61 = icmp ugt i64 %34, 2
  br i1 %61, label %62, label %114

62:                                               ; preds = %59, %62
  %63 = phi i64 [ %106, %62 ], [ 0, %59 ]
  %64 = phi i64 [ %104, %62 ], [ 0, %59 ]
  %65 = phi i64 [ %107, %62 ], [ 2, %59 ]
  %66 = getelementptr inbounds i8, ptr %1, i64 %63
  %67 = load i8, ptr %66, align 1, !tbaa !4
  %68 = zext i8 %67 to i32
  %69 = shl nuw nsw i32 %68, 16
  %70 = add nuw nsw i64 %63, 1
  %71 = getelementptr inbounds i8, ptr %1, i64 %70
  %72 = load i8, ptr %71, align 1, !tbaa !4
  %73 = zext i8 %72 to i32
  %74 = shl nuw nsw i32 %73, 8
  %75 = or i32 %74, %69
  %76 = getelementptr inbounds i8, ptr %1, i64 %65
  %77 = load i8, ptr %76, align 1, !tbaa !4
  %78 = zext i8 %77 to i32
  %79 = or i32 %74, %78
  %80 = lshr i32 %68, 2
  %81 = zext i32 %80 to i64
  %82 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %81
  %83 = load i8, ptr %82, align 1, !tbaa !4
  %84 = or i64 %64, 1
  %85 = getelementptr inbounds i8, ptr %3, i64 %64
  store i8 %83, ptr %85, align 4, !tbaa !4
  %86 = lshr i32 %75, 12
  %87 = and i32 %86, 63
  %88 = zext i32 %87 to i64
  %89 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %88
  %90 = load i8, ptr %89, align 1, !tbaa !4
  %91 = or i64 %64, 2
  %92 = getelementptr inbounds i8, ptr %3, i64 %84
  store i8 %90, ptr %92, align 1, !tbaa !4
  %93 = lshr i32 %79, 6
  %94 = and i32 %93, 63
  %95 = zext i32 %94 to i64
  %96 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %95
  %97 = load i8, ptr %96, align 1, !tbaa !4
  %98 = or i64 %64, 3
  %99 = getelementptr inbounds i8, ptr %3, i64 %91
  store i8 %97, ptr %99, align 2, !tbaa !4
  %100 = and i32 %78, 63
  %101 = zext i32 %100 to i64
  %102 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %101
  %103 = load i8, ptr %102, align 1, !tbaa !4
  %104 = add nuw nsw i64 %64, 4
  %105 = getelementptr inbounds i8, ptr %3, i64 %98
  store i8 %103, ptr %105, align 1, !tbaa !4
  %106 = add nuw nsw i64 %63, 3
  %107 = add nuw nsw i64 %65, 3
  %108 = add nuw i64 %63, 5
  %109 = and i64 %108, 4294967295
  %110 = icmp ult i64 %109, %34
  br i1 %110, label %62, label %111, !llvm.loop !11

111:                                              ; preds = %62
  %112 = trunc i64 %106 to i32
  %113 = trunc i64 %104 to i32
  br label %114

114:                                              ; preds = %33, %111, %59
  %115 = phi i8 [ %60, %59 ], [ %60, %111 ], [ %36, %33 ]
  %116 = phi i32 [ 0, %59 ], [ %112, %111 ], [ 0, %33 ]
  %117 = phi i32 [ 0, %59 ], [ %113, %111 ], [ 0, %33 ]
  %118 = trunc i64 %34 to i32
  %119 = sub nsw i32 %118, %116
  switch i32 %119, label %180 [
    i32 1, label %120
    i32 2, label %139
  ]

120:                                              ; preds = %114
  %121 = zext i32 %116 to i64
  %122 = getelementptr inbounds i8, ptr %1, i64 %121
  %123 = load i8, ptr %122, align 1, !tbaa !4
  %124 = zext i8 %123 to i32
  %125 = shl nuw nsw i32 %124, 4
  %126 = lshr i32 %124, 2
  %127 = zext i32 %126 to i64
  %128 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %127
  %129 = load i8, ptr %128, align 1, !tbaa !4
  %130 = or i32 %117, 1
  %131 = zext i32 %117 to i64
  %132 = getelementptr inbounds i8, ptr %3, i64 %131
  store i8 %129, ptr %132, align 1, !tbaa !4
  %133 = and i32 %125, 48
  %134 = zext i32 %133 to i64
  %135 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %134
  %136 = load i8, ptr %135, align 16, !tbaa !4
  %137 = zext i32 %130 to i64
  %138 = getelementptr inbounds i8, ptr %3, i64 %137
  store i8 %136, ptr %138, align 1, !tbaa !4
  br label %171

139:                                              ; preds = %114
  %140 = zext i32 %116 to i64
  %141 = getelementptr inbounds i8, ptr %1, i64 %140
  %142 = load i8, ptr %141, align 1, !tbaa !4
  %143 = zext i8 %142 to i32
  %144 = shl nuw nsw i32 %143, 16
  %145 = add nuw nsw i32 %116, 1
  %146 = zext i32 %145 to i64
  %147 = getelementptr inbounds i8, ptr %1, i64 %146
  %148 = load i8, ptr %147, align 1, !tbaa !4
  %149 = zext i8 %148 to i32
  %150 = shl nuw nsw i32 %149, 8
  %151 = or i32 %150, %144
  %152 = lshr i32 %143, 2
  %153 = zext i32 %152 to i64
  %154 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %153
  %155 = load i8, ptr %154, align 1, !tbaa !4
  %156 = or i32 %117, 1
  %157 = zext i32 %117 to i64
  %158 = getelementptr inbounds i8, ptr %3, i64 %157
  store i8 %155, ptr %158, align 1, !tbaa !4
  %159 = lshr i32 %151, 12
  %160 = and i32 %159, 63
  %161 = zext i32 %160 to i64
  %162 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %161
  %163 = load i8, ptr %162, align 1, !tbaa !4
  %164 = zext i32 %156 to i64
  %165 = getelementptr inbounds i8, ptr %3, i64 %164
  store i8 %163, ptr %165, align 1, !tbaa !4
  %166 = shl nuw nsw i32 %149, 2
  %167 = and i32 %166, 60
  %168 = zext i32 %167 to i64
  %169 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %168
  %170 = load i8, ptr %169, align 4, !tbaa !4
  br label %171

171:                                              ; preds = %139, %120
  %172 = phi i8 [ %170, %139 ], [ 61, %120 ]
  %173 = or i32 %117, 2
  %174 = or i32 %117, 3
  %175 = zext i32 %173 to i64
  %176 = getelementptr inbounds i8, ptr %3, i64 %175
  store i8 %172, ptr %176, align 1, !tbaa !4
  %177 = add nuw nsw i32 %117, 4
  %178 = zext i32 %174 to i64
  %179 = getelementptr inbounds i8, ptr %3, i64 %178
  store i8 61, ptr %179, align 1, !tbaa !4
  br label %180

180:                                              ; preds = %114, %171
  %181 = phi i32 [ %117, %114 ], [ %177, %171 ]
  %182 = icmp sgt i32 %181, 3
  br i1 %182, label %183, label %276

183:                                              ; preds = %180, %270
  %184 = phi i64 [ %272, %270 ], [ 0, %180 ]
  %185 = phi i32 [ %271, %270 ], [ 0, %180 ]
  %186 = getelementptr inbounds i8, ptr %3, i64 %184
  %187 = load i8, ptr %186, align 4, !tbaa !4
  %188 = icmp eq i8 %187, 61
  br i1 %188, label %195, label %189

189:                                              ; preds = %183
  %190 = zext i8 %187 to i64
  %191 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %190
  %192 = load i8, ptr %191, align 1, !tbaa !4
  %193 = icmp sgt i8 %192, -1
  %194 = zext i8 %192 to i32
  br i1 %193, label %195, label %276

195:                                              ; preds = %189, %183
  %196 = phi i32 [ %194, %189 ], [ 0, %183 ]
  %197 = phi i32 [ 0, %189 ], [ 1, %183 ]
  %198 = or i64 %184, 1
  %199 = getelementptr inbounds i8, ptr %3, i64 %198
  %200 = load i8, ptr %199, align 1, !tbaa !4
  %201 = icmp eq i8 %200, 61
  br i1 %201, label %210, label %202

202:                                              ; preds = %195
  %203 = zext i8 %200 to i64
  %204 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %203
  %205 = load i8, ptr %204, align 1, !tbaa !4
  %206 = icmp sgt i8 %205, -1
  %207 = zext i8 %205 to i32
  %208 = shl nuw nsw i32 %196, 6
  %209 = or i32 %208, %207
  br i1 %206, label %213, label %276

210:                                              ; preds = %195
  %211 = add nuw nsw i32 %197, 1
  %212 = shl nuw nsw i32 %196, 6
  br label %213

213:                                              ; preds = %210, %202
  %214 = phi i32 [ %212, %210 ], [ %209, %202 ]
  %215 = phi i32 [ %211, %210 ], [ %197, %202 ]
  %216 = or i64 %184, 2
  %217 = getelementptr inbounds i8, ptr %3, i64 %216
  %218 = load i8, ptr %217, align 2, !tbaa !4
  %219 = icmp eq i8 %218, 61
  br i1 %219, label %228, label %220

220:                                              ; preds = %213
  %221 = zext i8 %218 to i64
  %222 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %221
  %223 = load i8, ptr %222, align 1, !tbaa !4
  %224 = icmp sgt i8 %223, -1
  %225 = zext i8 %223 to i32
  %226 = shl nuw nsw i32 %214, 6
  %227 = or i32 %226, %225
  br i1 %224, label %231, label %276

228:                                              ; preds = %213
  %229 = add nuw nsw i32 %215, 1
  %230 = shl nuw nsw i32 %214, 6
  br label %231

231:                                              ; preds = %228, %220
  %232 = phi i32 [ %230, %228 ], [ %227, %220 ]
  %233 = phi i32 [ %229, %228 ], [ %215, %220 ]
  %234 = or i64 %184, 3
  %235 = getelementptr inbounds i8, ptr %3, i64 %234
  %236 = load i8, ptr %235, align 1, !tbaa !4
  %237 = icmp eq i8 %236, 61
  br i1 %237, label %246, label %238

238:                                              ; preds = %231
  %239 = zext i8 %236 to i64
  %240 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %239
  %241 = load i8, ptr %240, align 1, !tbaa !4
  %242 = icmp sgt i8 %241, -1
  %243 = zext i8 %241 to i32
  %244 = shl nuw nsw i32 %232, 6
  %245 = or i32 %244, %243
  br i1 %242, label %249, label %276

246:                                              ; preds = %231
  %247 = add nuw nsw i32 %233, 1
  %248 = shl nuw nsw i32 %232, 6
  br label %249

249:                                              ; preds = %246, %238
  %250 = phi i32 [ %248, %246 ], [ %245, %238 ]
  %251 = phi i32 [ %247, %246 ], [ %233, %238 ]
  %252 = lshr i32 %250, 16
  %253 = trunc i32 %252 to i8
  %254 = add nsw i32 %185, 1
  %255 = sext i32 %185 to i64
  %256 = getelementptr inbounds i8, ptr %2, i64 %255
  store i8 %253, ptr %256, align 1, !tbaa !4
  %257 = icmp ult i32 %251, 2
  br i1 %257, label %258, label %270

258:                                              ; preds = %249
  %259 = lshr i32 %250, 8
  %260 = trunc i32 %259 to i8
  %261 = add nsw i32 %185, 2
  %262 = sext i32 %254 to i64
  %263 = getelementptr inbounds i8, ptr %2, i64 %262
  store i8 %260, ptr %263, align 1, !tbaa !4
  %264 = icmp eq i32 %251, 1
  br i1 %264, label %270, label %265

265:                                              ; preds = %258
  %266 = trunc i32 %250 to i8
  %267 = add nsw i32 %185, 3
  %268 = sext i32 %261 to i64
  %269 = getelementptr inbounds i8, ptr %2, i64 %268
  store i8 %266, ptr %269, align 1, !tbaa !4
  br label %270

270:                                              ; preds = %265, %258, %249
  %271 = phi i32 [ %261, %258 ], [ %267, %265 ], [ %254, %249 ]
  %272 = add nuw nsw i64 %184, 4
  %273 = trunc i64 %272 to i32
  %274 = or i32 %273, 3
  %275 = icmp slt i32 %274, %181
  br i1 %275, label %183, label %276, !llvm.loop !12

276:                                              ; preds = %189, %202, %220, %238, %270, %180
  %277 = phi i32 [ 0, %180 ], [ -1, %238 ], [ -1, %220 ], [ -1, %202 ], [ -1, %189 ], [ %271, %270 ]
  %278 = mul i64 %35, 31
  %279 = sext i32 %181 to i64
  %280 = mul nsw i64 %279, 1000
  %281 = add i64 %280, %278
  %282 = sext i32 %277 to i64
  %283 = add i64 %281, %282
  %284 = icmp sgt i32 %181, 0
  br i1 %284, label %285, label %330

285:                                              ; preds = %276
  %286 = zext i32 %181 to i64
  %287 = and i64 %286, 3
  %288 = icmp ult i32 %181, 4
  br i1 %288, label %313, label %289

289:                                              ; preds = %285
  %290 = and i64 %286, 4294967292
  br label %335

291:                                              ; preds = %291, %41
  %292 = phi i64 [ 0, %41 ], [ %310, %291 ]
  %293 = phi i8 [ %36, %41 ], [ %308, %291 ]
  %294 = phi i64 [ 0, %41 ], [ %311, %291 ]
  %295 = mul i8 %293, 29
  %296 = add i8 %295, 71
  %297 = getelementptr inbounds [80 x i8], ptr %1, i64 0, i64 %292
  store i8 %296, ptr %297, align 4, !tbaa !4
  %298 = or i64 %292, 1
  %299 = mul i8 %296, 29
  %300 = add i8 %299, 71
  %301 = getelementptr inbounds [80 x i8], ptr %1, i64 0, i64 %298
  store i8 %300, ptr %301, align 1, !tbaa !4
  %302 = or i64 %292, 2
  %303 = mul i8 %300, 29
  %304 = add i8 %303, 71
  %305 = getelementptr inbounds [80 x i8], ptr %1, i64 0, i64 %302
  store i8 %304, ptr %305, align 2, !tbaa !4
  %306 = or i64 %292, 3
  %307 = mul i8 %304, 29
  %308 = add i8 %307, 71
  %309 = getelementptr inbounds [80 x i8], ptr %1, i64 0, i64 %306
  store i8 %308, ptr %309, align 1, !tbaa !4
  %310 = add nuw nsw i64 %292, 4
  %311 = add i64 %294, 4
  %312 = icmp eq i64 %311, %42
  br i1 %312, label %44, label %291, !llvm.loop !13

313:                                              ; preds = %335, %285
  %314 = phi i64 [ undef, %285 ], [ %361, %335 ]
  %315 = phi i64 [ 0, %285 ], [ %362, %335 ]
  %316 = phi i64 [ %283, %285 ], [ %361, %335 ]
  %317 = icmp eq i64 %287, 0
  br i1 %317, label %330, label %318

318:                                              ; preds = %313, %318
  %319 = phi i64 [ %327, %318 ], [ %315, %313 ]
  %320 = phi i64 [ %326, %318 ], [ %316, %313 ]
  %321 = phi i64 [ %328, %318 ], [ 0, %313 ]
  %322 = mul i64 %320, 131
  %323 = getelementptr inbounds [120 x i8], ptr %3, i64 0, i64 %319
  %324 = load i8, ptr %323, align 1, !tbaa !4
  %325 = zext i8 %324 to i64
  %326 = add i64 %322, %325
  %327 = add nuw nsw i64 %319, 1
  %328 = add i64 %321, 1
  %329 = icmp eq i64 %328, %287
  br i1 %329, label %330, label %318, !llvm.loop !14

330:                                              ; preds = %313, %318, %276
  %331 = phi i64 [ %283, %276 ], [ %314, %313 ], [ %326, %318 ]
  %332 = icmp sgt i32 %277, 0
  %333 = icmp ne i64 %34, 0
  %334 = select i1 %332, i1 %333, i1 false
  br i1 %334, label %369, label %365

335:                                              ; preds = %335, %289
  %336 = phi i64 [ 0, %289 ], [ %362, %335 ]
  %337 = phi i64 [ %283, %289 ], [ %361, %335 ]
  %338 = phi i64 [ 0, %289 ], [ %363, %335 ]
  %339 = mul i64 %337, 131
  %340 = getelementptr inbounds [120 x i8], ptr %3, i64 0, i64 %336
  %341 = load i8, ptr %340, align 4, !tbaa !4
  %342 = zext i8 %341 to i64
  %343 = add i64 %339, %342
  %344 = or i64 %336, 1
  %345 = mul i64 %343, 131
  %346 = getelementptr inbounds [120 x i8], ptr %3, i64 0, i64 %344
  %347 = load i8, ptr %346, align 1, !tbaa !4
  %348 = zext i8 %347 to i64
  %349 = add i64 %345, %348
  %350 = or i64 %336, 2
  %351 = mul i64 %349, 131
  %352 = getelementptr inbounds [120 x i8], ptr %3, i64 0, i64 %350
  %353 = load i8, ptr %352, align 2, !tbaa !4
  %354 = zext i8 %353 to i64
  %355 = add i64 %351, %354
  %356 = or i64 %336, 3
  %357 = mul i64 %355, 131
  %358 = getelementptr inbounds [120 x i8], ptr %3, i64 0, i64 %356
  %359 = load i8, ptr %358, align 1, !tbaa !4
  %360 = zext i8 %359 to i64
  %361 = add i64 %357, %360
  %362 = add nuw nsw i64 %336, 4
  %363 = add i64 %338, 4
  %364 = icmp eq i64 %363, %290
  br i1 %364, label %313, label %335, !llvm.loop !15

365:                                              ; preds = %369, %330
  %366 = phi i64 [ %331, %330 ], [ %378, %369 ]
  %367 = add nuw nsw i64 %34, 1
  %368 = icmp eq i64 %367, 81
  br i1 %368, label %43, label %33, !llvm.loop !16

369:                                              ; preds = %330, %369
  %370 = phi i64 [ %379, %369 ], [ 0, %330 ]
  %371 = phi i64 [ %378, %369 ], [ %331, %330 ]
  %372 = getelementptr inbounds [80 x i8], ptr %2, i64 0, i64 %370
  %373 = load i8, ptr %372, align 1, !tbaa !4
  %374 = getelementptr inbounds [80 x i8], ptr %1, i64 0, i64 %370
  %375 = load i8, ptr %374, align 1, !tbaa !4
  %376 = icmp eq i8 %373, %375
  %377 = add i64 %371, 1000000
  %378 = select i1 %376, i64 %371, i64 %377
  %379 = add nuw nsw i64 %370, 1
  %380 = icmp slt i64 %379, %282
  %381 = icmp ult i64 %379, %34
  %382 = select i1 %380, i1 %381, i1 false
  br i1 %382, label %369, label %365, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !8}
!12 = distinct !{!12, !8}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !8}
!16 = distinct !{!16, !8}
!17 = distinct !{!17, !8}
