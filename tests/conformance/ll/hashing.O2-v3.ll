; ModuleID = 'hashing.c'
source_filename = "hashing.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local global [86 x i8] c"The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs.\00", align 16

; Function Attrs: nofree nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) @g_text) #3
  br label %2

2:                                                ; preds = %0, %370
  %3 = phi i64 [ 0, %0 ], [ %385, %370 ]
  %4 = phi i64 [ 0, %0 ], [ %384, %370 ]
  %5 = lshr i64 %3, 2
  %6 = add nsw i64 %5, -1
  %7 = icmp eq i64 %3, 0
  br i1 %7, label %227, label %8

8:                                                ; preds = %2
  %9 = and i64 %3, 7
  %10 = icmp ult i64 %3, 8
  br i1 %10, label %67, label %11

11:                                               ; preds = %8
  %12 = and i64 %3, -8
  br label %13

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 0, %11 ], [ %64, %13 ]
  %15 = phi i32 [ -2128831035, %11 ], [ %63, %13 ]
  %16 = phi i64 [ 0, %11 ], [ %65, %13 ]
  %17 = getelementptr inbounds i8, ptr @g_text, i64 %14
  %18 = load i8, ptr %17, align 8, !tbaa !4
  %19 = zext i8 %18 to i32
  %20 = xor i32 %15, %19
  %21 = mul i32 %20, 16777619
  %22 = or i64 %14, 1
  %23 = getelementptr inbounds i8, ptr @g_text, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !4
  %25 = zext i8 %24 to i32
  %26 = xor i32 %21, %25
  %27 = mul i32 %26, 16777619
  %28 = or i64 %14, 2
  %29 = getelementptr inbounds i8, ptr @g_text, i64 %28
  %30 = load i8, ptr %29, align 2, !tbaa !4
  %31 = zext i8 %30 to i32
  %32 = xor i32 %27, %31
  %33 = mul i32 %32, 16777619
  %34 = or i64 %14, 3
  %35 = getelementptr inbounds i8, ptr @g_text, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !4
  %37 = zext i8 %36 to i32
  %38 = xor i32 %33, %37
  %39 = mul i32 %38, 16777619
  %40 = or i64 %14, 4
  %41 = getelementptr inbounds i8, ptr @g_text, i64 %40
  %42 = load i8, ptr %41, align 4, !tbaa !4
  %43 = zext i8 %42 to i32
  %44 = xor i32 %39, %43
  %45 = mul i32 %44, 16777619
  %46 = or i64 %14, 5
  %47 = getelementptr inbounds i8, ptr @g_text, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !4
  %49 = zext i8 %48 to i32
  %50 = xor i32 %45, %49
  %51 = mul i32 %50, 16777619
  %52 = or i64 %14, 6
  %53 = getelementptr inbounds i8, ptr @g_text, i64 %52
  %54 = load i8, ptr %53, align 2, !tbaa !4
  %55 = zext i8 %54 to i32
  %56 = xor i32 %51, %55
  %57 = mul i32 %56, 16777619
  %58 = or i64 %14, 7
  %59 = getelementptr inbounds i8, ptr @g_text, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !4
  %61 = zext i8 %60 to i32
  %62 = xor i32 %57, %61
  %63 = mul i32 %62, 16777619
  %64 = add nuw i64 %14, 8
  %65 = add i64 %16, 8
  %66 = icmp eq i64 %65, %12
  br i1 %66, label %67, label %13, !llvm.loop !7

67:                                               ; preds = %13, %8
  %68 = phi i32 [ undef, %8 ], [ %63, %13 ]
  %69 = phi i64 [ 0, %8 ], [ %64, %13 ]
  %70 = phi i32 [ -2128831035, %8 ], [ %63, %13 ]
  %71 = icmp eq i64 %9, 0
  br i1 %71, label %84, label %72

72:                                               ; preds = %67, %72
  %73 = phi i64 [ %81, %72 ], [ %69, %67 ]
  %74 = phi i32 [ %80, %72 ], [ %70, %67 ]
  %75 = phi i64 [ %82, %72 ], [ 0, %67 ]
  %76 = getelementptr inbounds i8, ptr @g_text, i64 %73
  %77 = load i8, ptr %76, align 1, !tbaa !4
  %78 = zext i8 %77 to i32
  %79 = xor i32 %74, %78
  %80 = mul i32 %79, 16777619
  %81 = add nuw i64 %73, 1
  %82 = add i64 %75, 1
  %83 = icmp eq i64 %82, %9
  br i1 %83, label %84, label %72, !llvm.loop !9

84:                                               ; preds = %72, %67
  %85 = phi i32 [ %68, %67 ], [ %80, %72 ]
  %86 = zext i32 %85 to i64
  %87 = xor i64 %4, %86
  %88 = mul i64 %87, 31
  %89 = and i64 %3, 7
  %90 = icmp ult i64 %3, 8
  br i1 %90, label %147, label %91

91:                                               ; preds = %84
  %92 = and i64 %3, -8
  br label %93

93:                                               ; preds = %93, %91
  %94 = phi i64 [ 0, %91 ], [ %144, %93 ]
  %95 = phi i64 [ -3750763034362895579, %91 ], [ %143, %93 ]
  %96 = phi i64 [ 0, %91 ], [ %145, %93 ]
  %97 = getelementptr inbounds i8, ptr @g_text, i64 %94
  %98 = load i8, ptr %97, align 8, !tbaa !4
  %99 = zext i8 %98 to i64
  %100 = xor i64 %95, %99
  %101 = mul i64 %100, 1099511628211
  %102 = or i64 %94, 1
  %103 = getelementptr inbounds i8, ptr @g_text, i64 %102
  %104 = load i8, ptr %103, align 1, !tbaa !4
  %105 = zext i8 %104 to i64
  %106 = xor i64 %101, %105
  %107 = mul i64 %106, 1099511628211
  %108 = or i64 %94, 2
  %109 = getelementptr inbounds i8, ptr @g_text, i64 %108
  %110 = load i8, ptr %109, align 2, !tbaa !4
  %111 = zext i8 %110 to i64
  %112 = xor i64 %107, %111
  %113 = mul i64 %112, 1099511628211
  %114 = or i64 %94, 3
  %115 = getelementptr inbounds i8, ptr @g_text, i64 %114
  %116 = load i8, ptr %115, align 1, !tbaa !4
  %117 = zext i8 %116 to i64
  %118 = xor i64 %113, %117
  %119 = mul i64 %118, 1099511628211
  %120 = or i64 %94, 4
  %121 = getelementptr inbounds i8, ptr @g_text, i64 %120
  %122 = load i8, ptr %121, align 4, !tbaa !4
  %123 = zext i8 %122 to i64
  %124 = xor i64 %119, %123
  %125 = mul i64 %124, 1099511628211
  %126 = or i64 %94, 5
  %127 = getelementptr inbounds i8, ptr @g_text, i64 %126
  %128 = load i8, ptr %127, align 1, !tbaa !4
  %129 = zext i8 %128 to i64
  %130 = xor i64 %125, %129
  %131 = mul i64 %130, 1099511628211
  %132 = or i64 %94, 6
  %133 = getelementptr inbounds i8, ptr @g_text, i64 %132
  %134 = load i8, ptr %133, align 2, !tbaa !4
  %135 = zext i8 %134 to i64
  %136 = xor i64 %131, %135
  %137 = mul i64 %136, 1099511628211
  %138 = or i64 %94, 7
  %139 = getelementptr inbounds i8, ptr @g_text, i64 %138
  %140 = load i8, ptr %139, align 1, !tbaa !4
  %141 = zext i8 %140 to i64
  %142 = xor i64 %137, %141
  %143 = mul i64 %142, 1099511628211
  %144 = add nuw i64 %94, 8
  %145 = add i64 %96, 8
  %146 = icmp eq i64 %145, %92
  br i1 %146, label %147, label %93, !llvm.loop !11

147:                                              ; preds = %93, %84
  %148 = phi i64 [ undef, %84 ], [ %143, %93 ]
  %149 = phi i64 [ 0, %84 ], [ %144, %93 ]
  %150 = phi i64 [ -3750763034362895579, %84 ], [ %143, %93 ]
  %151 = icmp eq i64 %89, 0
  br i1 %151, label %164, label %152

152:                                              ; preds = %147, %152
  %153 = phi i64 [ %161, %152 ], [ %149, %147 ]
  %154 = phi i64 [ %160, %152 ], [ %150, %147 ]
  %155 = phi i64 [ %162, %152 ], [ 0, %147 ]
  %156 = getelementptr inbounds i8, ptr @g_text, i64 %153
  %157 = load i8, ptr %156, align 1, !tbaa !4
  %158 = zext i8 %157 to i64
  %159 = xor i64 %154, %158
  %160 = mul i64 %159, 1099511628211
  %161 = add nuw i64 %153, 1
  %162 = add i64 %155, 1
  %163 = icmp eq i64 %162, %89
  br i1 %163, label %164, label %152, !llvm.loop !12

164:                                              ; preds = %152, %147
  %165 = phi i64 [ %148, %147 ], [ %160, %152 ]
  %166 = add i64 %165, %88
  %167 = sub i64 %1, %3
  %168 = getelementptr inbounds i8, ptr @g_text, i64 %167
  %169 = and i64 %3, 7
  %170 = icmp ult i64 %3, 8
  br i1 %170, label %231, label %171

171:                                              ; preds = %164
  %172 = and i64 %3, -8
  br label %173

173:                                              ; preds = %173, %171
  %174 = phi i64 [ 0, %171 ], [ %224, %173 ]
  %175 = phi i32 [ 5381, %171 ], [ %223, %173 ]
  %176 = phi i64 [ 0, %171 ], [ %225, %173 ]
  %177 = mul i32 %175, 33
  %178 = getelementptr inbounds i8, ptr %168, i64 %174
  %179 = load i8, ptr %178, align 1, !tbaa !4
  %180 = zext i8 %179 to i32
  %181 = add i32 %177, %180
  %182 = or i64 %174, 1
  %183 = mul i32 %181, 33
  %184 = getelementptr inbounds i8, ptr %168, i64 %182
  %185 = load i8, ptr %184, align 1, !tbaa !4
  %186 = zext i8 %185 to i32
  %187 = add i32 %183, %186
  %188 = or i64 %174, 2
  %189 = mul i32 %187, 33
  %190 = getelementptr inbounds i8, ptr %168, i64 %188
  %191 = load i8, ptr %190, align 1, !tbaa !4
  %192 = zext i8 %191 to i32
  %193 = add i32 %189, %192
  %194 = or i64 %174, 3
  %195 = mul i32 %193, 33
  %196 = getelementptr inbounds i8, ptr %168, i64 %194
  %197 = load i8, ptr %196, align 1, !tbaa !4
  %198 = zext i8 %197 to i32
  %199 = add i32 %195, %198
  %200 = or i64 %174, 4
  %201 = mul i32 %199, 33
  %202 = getelementptr inbounds i8, ptr %168, i64 %200
  %203 = load i8, ptr %202, align 1, !tbaa !4
  %204 = zext i8 %203 to i32
  %205 = add i32 %201, %204
  %206 = or i64 %174, 5
  %207 = mul i32 %205, 33
  %208 = getelementptr inbounds i8, ptr %168, i64 %206
  %209 = load i8, ptr %208, align 1, !tbaa !4
  %210 = zext i8 %209 to i32
  %211 = add i32 %207, %210
  %212 = or i64 %174, 6
  %213 = mul i32 %211, 33
  %214 = getelementptr inbounds i8, ptr %168, i64 %212
  %215 = load i8, ptr %214, align 1, !tbaa !4
  %216 = zext i8 %215 to i32
  %217 = add i32 %213, %216
  %218 = or i64 %174, 7
  %219 = mul i32 %217, 33
  %220 = getelementptr inbounds i8, ptr %168, i64 %218
  %221 = load i8, ptr %220, align 1, !tbaa !4
  %222 = zext i8 %221 to i32
  %223 = add i32 %219, %222
  %224 = add nuw i64 %174, 8
  %225 = add i64 %176, 8
  %226 = icmp eq i64 %225, %172
  br i1 %226, label %231, label %173, !llvm.loop !13

227:                                              ; preds = %2
  %228 = xor i64 %4, 2166136261
  %229 = mul i64 %228, 31
  %230 = add i64 %229, -3750763034362890198
  br label %370

231:                                              ; preds = %173, %164
  %232 = phi i32 [ undef, %164 ], [ %223, %173 ]
  %233 = phi i64 [ 0, %164 ], [ %224, %173 ]
  %234 = phi i32 [ 5381, %164 ], [ %223, %173 ]
  %235 = icmp eq i64 %169, 0
  br i1 %235, label %248, label %236

236:                                              ; preds = %231, %236
  %237 = phi i64 [ %245, %236 ], [ %233, %231 ]
  %238 = phi i32 [ %244, %236 ], [ %234, %231 ]
  %239 = phi i64 [ %246, %236 ], [ 0, %231 ]
  %240 = mul i32 %238, 33
  %241 = getelementptr inbounds i8, ptr %168, i64 %237
  %242 = load i8, ptr %241, align 1, !tbaa !4
  %243 = zext i8 %242 to i32
  %244 = add i32 %240, %243
  %245 = add nuw i64 %237, 1
  %246 = add i64 %239, 1
  %247 = icmp eq i64 %246, %169
  br i1 %247, label %248, label %236, !llvm.loop !14

248:                                              ; preds = %236, %231
  %249 = phi i32 [ %232, %231 ], [ %244, %236 ]
  %250 = zext i32 %249 to i64
  %251 = add i64 %166, %250
  %252 = trunc i64 %3 to i32
  %253 = mul i32 %252, -1756908916
  %254 = icmp ult i64 %3, 4
  br i1 %254, label %284, label %255

255:                                              ; preds = %248
  %256 = and i64 %5, 3
  %257 = icmp ult i64 %6, 3
  br i1 %257, label %260, label %258

258:                                              ; preds = %255
  %259 = and i64 %5, 4611686018427387900
  br label %289

260:                                              ; preds = %289, %255
  %261 = phi i32 [ undef, %255 ], [ %343, %289 ]
  %262 = phi i32 [ %253, %255 ], [ %343, %289 ]
  %263 = phi i64 [ 0, %255 ], [ %344, %289 ]
  %264 = icmp eq i64 %256, 0
  br i1 %264, label %284, label %265

265:                                              ; preds = %260, %265
  %266 = phi i32 [ %280, %265 ], [ %262, %260 ]
  %267 = phi i64 [ %281, %265 ], [ %263, %260 ]
  %268 = phi i64 [ %282, %265 ], [ 0, %260 ]
  %269 = shl i64 %267, 2
  %270 = getelementptr inbounds i8, ptr @g_text, i64 %269
  %271 = load i32, ptr %270, align 4
  %272 = mul i32 %271, -862048943
  %273 = mul i32 %271, 380141568
  %274 = lshr i32 %272, 17
  %275 = or i32 %274, %273
  %276 = mul i32 %275, 461845907
  %277 = xor i32 %276, %266
  %278 = tail call i32 @llvm.fshl.i32(i32 %277, i32 %277, i32 13)
  %279 = mul i32 %278, 5
  %280 = add i32 %279, -430675100
  %281 = add nuw nsw i64 %267, 1
  %282 = add i64 %268, 1
  %283 = icmp eq i64 %282, %256
  br i1 %283, label %284, label %265, !llvm.loop !15

284:                                              ; preds = %260, %265, %248
  %285 = phi i32 [ %253, %248 ], [ %261, %260 ], [ %280, %265 ]
  %286 = and i64 %3, -4
  %287 = getelementptr inbounds i8, ptr @g_text, i64 %286
  %288 = and i64 %3, 3
  switch i64 %288, label %370 [
    i64 3, label %347
    i64 2, label %352
    i64 1, label %359
  ]

289:                                              ; preds = %289, %258
  %290 = phi i32 [ %253, %258 ], [ %343, %289 ]
  %291 = phi i64 [ 0, %258 ], [ %344, %289 ]
  %292 = phi i64 [ 0, %258 ], [ %345, %289 ]
  %293 = shl i64 %291, 2
  %294 = getelementptr inbounds i8, ptr @g_text, i64 %293
  %295 = load i32, ptr %294, align 16
  %296 = mul i32 %295, -862048943
  %297 = mul i32 %295, 380141568
  %298 = lshr i32 %296, 17
  %299 = or i32 %298, %297
  %300 = mul i32 %299, 461845907
  %301 = xor i32 %300, %290
  %302 = tail call i32 @llvm.fshl.i32(i32 %301, i32 %301, i32 13)
  %303 = mul i32 %302, 5
  %304 = add i32 %303, -430675100
  %305 = shl i64 %291, 2
  %306 = or i64 %305, 4
  %307 = getelementptr inbounds i8, ptr @g_text, i64 %306
  %308 = load i32, ptr %307, align 4
  %309 = mul i32 %308, -862048943
  %310 = mul i32 %308, 380141568
  %311 = lshr i32 %309, 17
  %312 = or i32 %311, %310
  %313 = mul i32 %312, 461845907
  %314 = xor i32 %313, %304
  %315 = tail call i32 @llvm.fshl.i32(i32 %314, i32 %314, i32 13)
  %316 = mul i32 %315, 5
  %317 = add i32 %316, -430675100
  %318 = shl i64 %291, 2
  %319 = or i64 %318, 8
  %320 = getelementptr inbounds i8, ptr @g_text, i64 %319
  %321 = load i32, ptr %320, align 8
  %322 = mul i32 %321, -862048943
  %323 = mul i32 %321, 380141568
  %324 = lshr i32 %322, 17
  %325 = or i32 %324, %323
  %326 = mul i32 %325, 461845907
  %327 = xor i32 %326, %317
  %328 = tail call i32 @llvm.fshl.i32(i32 %327, i32 %327, i32 13)
  %329 = mul i32 %328, 5
  %330 = add i32 %329, -430675100
  %331 = shl i64 %291, 2
  %332 = or i64 %331, 12
  %333 = getelementptr inbounds i8, ptr @g_text, i64 %332
  %334 = load i32, ptr %333, align 4
  %335 = mul i32 %334, -862048943
  %336 = mul i32 %334, 380141568
  %337 = lshr i32 %335, 17
  %338 = or i32 %337, %336
  %339 = mul i32 %338, 461845907
  %340 = xor i32 %339, %330
  %341 = tail call i32 @llvm.fshl.i32(i32 %340, i32 %340, i32 13)
  %342 = mul i32 %341, 5
  %343 = add i32 %342, -430675100
  %344 = add nuw nsw i64 %291, 4
  %345 = add i64 %292, 4
  %346 = icmp eq i64 %345, %259
  br i1 %346, label %260, label %289, !llvm.loop !16

347:                                              ; preds = %284
  %348 = getelementptr inbounds i8, ptr %287, i64 2
  %349 = load i8, ptr %348, align 2, !tbaa !4
  %350 = zext i8 %349 to i32
  %351 = shl nuw nsw i32 %350, 16
  br label %352

352:                                              ; preds = %347, %284
  %353 = phi i32 [ 0, %284 ], [ %351, %347 ]
  %354 = getelementptr inbounds i8, ptr %287, i64 1
  %355 = load i8, ptr %354, align 1, !tbaa !4
  %356 = zext i8 %355 to i32
  %357 = shl nuw nsw i32 %356, 8
  %358 = or i32 %357, %353
  br label %359

359:                                              ; preds = %352, %284
  %360 = phi i32 [ 0, %284 ], [ %358, %352 ]
  %361 = load i8, ptr %287, align 4, !tbaa !4
  %362 = zext i8 %361 to i32
  %363 = xor i32 %360, %362
  %364 = mul i32 %363, -862048943
  %365 = mul i32 %363, 380141568
  %366 = lshr i32 %364, 17
  %367 = or i32 %366, %365
  %368 = mul i32 %367, 461845907
  %369 = xor i32 %368, %285
  br label %370

370:                                              ; preds = %227, %284, %359
  %371 = phi i64 [ %251, %284 ], [ %251, %359 ], [ %230, %227 ]
  %372 = phi i32 [ %252, %284 ], [ %252, %359 ], [ 0, %227 ]
  %373 = phi i32 [ %285, %284 ], [ %369, %359 ], [ 0, %227 ]
  %374 = xor i32 %373, %372
  %375 = lshr i32 %374, 16
  %376 = xor i32 %375, %374
  %377 = mul i32 %376, -2048144789
  %378 = lshr i32 %377, 13
  %379 = xor i32 %378, %377
  %380 = mul i32 %379, -1028477387
  %381 = lshr i32 %380, 16
  %382 = xor i32 %381, %380
  %383 = zext i32 %382 to i64
  %384 = xor i64 %371, %383
  %385 = add nuw i64 %3, 1
  %386 = icmp eq i64 %1, %3
  br i1 %386, label %388, label %2, !llvm.loop !17

387:                                              ; preds = %388
  ret i64 %429

388:                                              ; preds = %370, %388
  %389 = phi i64 [ %430, %388 ], [ 0, %370 ]
  %390 = phi i64 [ %429, %388 ], [ %384, %370 ]
  %391 = xor i64 %389, %390
  %392 = lshr i64 %391, 33
  %393 = xor i64 %392, %391
  %394 = mul i64 %393, -49064778989728563
  %395 = lshr i64 %394, 33
  %396 = xor i64 %395, %394
  %397 = mul i64 %396, -4265267296055464877
  %398 = lshr i64 %397, 33
  %399 = or i64 %389, 1
  %400 = xor i64 %398, %399
  %401 = xor i64 %400, %397
  %402 = lshr i64 %401, 33
  %403 = xor i64 %402, %401
  %404 = mul i64 %403, -49064778989728563
  %405 = lshr i64 %404, 33
  %406 = xor i64 %405, %404
  %407 = mul i64 %406, -4265267296055464877
  %408 = lshr i64 %407, 33
  %409 = or i64 %389, 2
  %410 = xor i64 %408, %409
  %411 = xor i64 %410, %407
  %412 = lshr i64 %411, 33
  %413 = xor i64 %412, %411
  %414 = mul i64 %413, -49064778989728563
  %415 = lshr i64 %414, 33
  %416 = xor i64 %415, %414
  %417 = mul i64 %416, -4265267296055464877
  %418 = lshr i64 %417, 33
  %419 = or i64 %389, 3
  %420 = xor i64 %418, %419
  %421 = xor i64 %420, %417
  %422 = lshr i64 %421, 33
  %423 = xor i64 %422, %421
  %424 = mul i64 %423, -49064778989728563
  %425 = lshr i64 %424, 33
  %426 = xor i64 %425, %424
  %427 = mul i64 %426, -4265267296055464877
  %428 = lshr i64 %427, 33
  %429 = xor i64 %428, %427
  %430 = add nuw nsw i64 %389, 4
  %431 = icmp eq i64 %430, 2000
  br i1 %431, label %387, label %388, !llvm.loop !18
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #2

attributes #0 = { nofree nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind willreturn memory(read) }

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
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !8}
!17 = distinct !{!17, !8}
!18 = distinct !{!18, !8}
