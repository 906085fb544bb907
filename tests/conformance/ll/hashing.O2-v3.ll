; ModuleID = 'hashing.c'
source_filename = "hashing.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local local_unnamed_addr global [86 x i8] c"The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs.\00", align 16

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %369
  %2 = phi i64 [ 0, %0 ], [ %384, %369 ]
  %3 = phi i64 [ 0, %0 ], [ %383, %369 ]
  %4 = lshr i64 %2, 2
  %5 = add nsw i64 %4, -1
  %6 = icmp eq i64 %2, 0
  br i1 %6, label %226, label %7

7:                                                ; preds = %1
  %8 = and i64 %2, 7
  %9 = icmp ult i64 %2, 8
  br i1 %9, label %66, label %10

10:                                               ; preds = %7
  %11 = and i64 %2, 9223372036854775800
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ 0, %10 ], [ %63, %12 ]
  %14 = phi i32 [ -2128831035, %10 ], [ %62, %12 ]
  %15 = phi i64 [ 0, %10 ], [ %64, %12 ]
  %16 = getelementptr inbounds i8, ptr @g_text, i64 %13
  %17 = load i8, ptr %16, align 8, !tbaa !4
  %18 = zext i8 %17 to i32
  %19 = xor i32 %14, %18
  %20 = mul i32 %19, 16777619
  %21 = or i64 %13, 1
  %22 = getelementptr inbounds i8, ptr @g_text, i64 %21
  %23 = load i8, ptr %22, align 1, !tbaa !4
  %24 = zext i8 %23 to i32
  %25 = xor i32 %20, %24
  %26 = mul i32 %25, 16777619
  %27 = or i64 %13, 2
  %28 = getelementptr inbounds i8, ptr @g_text, i64 %27
  %29 = load i8, ptr %28, align 2, !tbaa !4
  %30 = zext i8 %29 to i32
  %31 = xor i32 %26, %30
  %32 = mul i32 %31, 16777619
  %33 = or i64 %13, 3
  %34 = getelementptr inbounds i8, ptr @g_text, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !4
  %36 = zext i8 %35 to i32
  %37 = xor i32 %32, %36
  %38 = mul i32 %37, 16777619
  %39 = or i64 %13, 4
  %40 = getelementptr inbounds i8, ptr @g_text, i64 %39
  %41 = load i8, ptr %40, align 4, !tbaa !4
  %42 = zext i8 %41 to i32
  %43 = xor i32 %38, %42
  %44 = mul i32 %43, 16777619
  %45 = or i64 %13, 5
  %46 = getelementptr inbounds i8, ptr @g_text, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !4
  %48 = zext i8 %47 to i32
  %49 = xor i32 %44, %48
  %50 = mul i32 %49, 16777619
  %51 = or i64 %13, 6
  %52 = getelementptr inbounds i8, ptr @g_text, i64 %51
  %53 = load i8, ptr %52, align 2, !tbaa !4
  %54 = zext i8 %53 to i32
  %55 = xor i32 %50, %54
  %56 = mul i32 %55, 16777619
  %57 = or i64 %13, 7
  %58 = getelementptr inbounds i8, ptr @g_text, i64 %57
  %59 = load i8, ptr %58, align 1, !tbaa !4
  %60 = zext i8 %59 to i32
  %61 = xor i32 %56, %60
  %62 = mul i32 %61, 16777619
  %63 = add nuw nsw i64 %13, 8
  %64 = add i64 %15, 8
  %65 = icmp eq i64 %64, %11
  br i1 %65, label %66, label %12, !llvm.loop !7

66:                                               ; preds = %12, %7
  %67 = phi i32 [ undef, %7 ], [ %62, %12 ]
  %68 = phi i64 [ 0, %7 ], [ %63, %12 ]
  %69 = phi i32 [ -2128831035, %7 ], [ %62, %12 ]
  %70 = icmp eq i64 %8, 0
  br i1 %70, label %83, label %71

71:                                               ; preds = %66, %71
  %72 = phi i64 [ %80, %71 ], [ %68, %66 ]
  %73 = phi i32 [ %79, %71 ], [ %69, %66 ]
  %74 = phi i64 [ %81, %71 ], [ 0, %66 ]
  %75 = getelementptr inbounds i8, ptr @g_text, i64 %72
  %76 = load i8, ptr %75, align 1, !tbaa !4
  %77 = zext i8 %76 to i32
  %78 = xor i32 %73, %77
  %79 = mul i32 %78, 16777619
  %80 = add nuw nsw i64 %72, 1
  %81 = add i64 %74, 1
  %82 = icmp eq i64 %81, %8
  br i1 %82, label %83, label %71, !llvm.loop !9

83:                                               ; preds = %71, %66
  %84 = phi i32 [ %67, %66 ], [ %79, %71 ]
  %85 = zext i32 %84 to i64
  %86 = xor i64 %3, %85
  %87 = mul i64 %86, 31
  %88 = and i64 %2, 7
  %89 = icmp ult i64 %2, 8
  br i1 %89, label %146, label %90

90:                                               ; preds = %83
  %91 = and i64 %2, 9223372036854775800
  br label %92

92:                                               ; preds = %92, %90
  %93 = phi i64 [ 0, %90 ], [ %143, %92 ]
  %94 = phi i64 [ -3750763034362895579, %90 ], [ %142, %92 ]
  %95 = phi i64 [ 0, %90 ], [ %144, %92 ]
  %96 = getelementptr inbounds i8, ptr @g_text, i64 %93
  %97 = load i8, ptr %96, align 8, !tbaa !4
  %98 = zext i8 %97 to i64
  %99 = xor i64 %94, %98
  %100 = mul i64 %99, 1099511628211
  %101 = or i64 %93, 1
  %102 = getelementptr inbounds i8, ptr @g_text, i64 %101
  %103 = load i8, ptr %102, align 1, !tbaa !4
  %104 = zext i8 %103 to i64
  %105 = xor i64 %100, %104
  %106 = mul i64 %105, 1099511628211
  %107 = or i64 %93, 2
  %108 = getelementptr inbounds i8, ptr @g_text, i64 %107
  %109 = load i8, ptr %108, align 2, !tbaa !4
  %110 = zext i8 %109 to i64
  %111 = xor i64 %106, %110
  %112 = mul i64 %111, 1099511628211
  %113 = or i64 %93, 3
  %114 = getelementptr inbounds i8, ptr @g_text, i64 %113
  %115 = load i8, ptr %114, align 1, !tbaa !4
  %116 = zext i8 %115 to i64
  %117 = xor i64 %112, %116
  %118 = mul i64 %117, 1099511628211
  %119 = or i64 %93, 4
  %120 = getelementptr inbounds i8, ptr @g_text, i64 %119
  %121 = load i8, ptr %120, align 4, !tbaa !4
  %122 = zext i8 %121 to i64
  %123 = xor i64 %118, %122
  %124 = mul i64 %123, 1099511628211
  %125 = or i64 %93, 5
  %126 = getelementptr inbounds i8, ptr @g_text, i64 %125
  %127 = load i8, ptr %126, align 1, !tbaa !4
  %128 = zext i8 %127 to i64
  %129 = xor i64 %124, %128
  %130 = mul i64 %129, 1099511628211
  %131 = or i64 %93, 6
  %132 = getelementptr inbounds i8, ptr @g_text, i64 %131
  %133 = load i8, ptr %132, align 2, !tbaa !4
  %134 = zext i8 %133 to i64
  %135 = xor i64 %130, %134
  %136 = mul i64 %135, 1099511628211
  %137 = or i64 %93, 7
  %138 = getelementptr inbounds i8, ptr @g_text, i64 %137
  %139 = load i8, ptr %138, align 1, !tbaa !4
  %140 = zext i8 %139 to i64
  %141 = xor i64 %136, %140
  %142 = mul i64 %141, 1099511628211
  %143 = add nuw nsw i64 %93, 8
  %144 = add i64 %95, 8
  %145 = icmp eq i64 %144, %91
  br i1 %145, label %146, label %92, !llvm.loop !11

146:                                              ; preds = %92, %83
  %147 = phi i64 [ undef, %83 ], [ %142, %92 ]
  %148 = phi i64 [ 0, %83 ], [ %143, %92 ]
  %149 = phi i64 [ -3750763034362895579, %83 ], [ %142, %92 ]
  %150 = icmp eq i64 %88, 0
  br i1 %150, label %163, label %151

151:                                              ; preds = %146, %151
  %152 = phi i64 [ %160, %151 ], [ %148, %146 ]
  %153 = phi i64 [ %159, %151 ], [ %149, %146 ]
  %154 = phi i64 [ %161, %151 ], [ 0, %146 ]
  %155 = getelementptr inbounds i8, ptr @g_text, i64 %152
  %156 = load i8, ptr %155, align 1, !tbaa !4
  %157 = zext i8 %156 to i64
  %158 = xor i64 %153, %157
  %159 = mul i64 %158, 1099511628211
  %160 = add nuw nsw i64 %152, 1
  %161 = add i64 %154, 1
  %162 = icmp eq i64 %161, %88
  br i1 %162, label %163, label %151, !llvm.loop !12

163:                                              ; preds = %151, %146
  %164 = phi i64 [ %147, %146 ], [ %159, %151 ]
  %165 = add i64 %164, %87
  %166 = sub nuw nsw i64 85, %2
  %167 = getelementptr inbounds i8, ptr @g_text, i64 %166
  %168 = and i64 %2, 7
  %169 = icmp ult i64 %2, 8
  br i1 %169, label %230, label %170

170:                                              ; preds = %163
  %171 = and i64 %2, 9223372036854775800
  br label %172

172:                                              ; preds = %172, %170
  %173 = phi i64 [ 0, %170 ], [ %223, %172 ]
  %174 = phi i32 [ 5381, %170 ], [ %222, %172 ]
  %175 = phi i64 [ 0, %170 ], [ %224, %172 ]
  %176 = mul i32 %174, 33
  %177 = getelementptr inbounds i8, ptr %167, i64 %173
  %178 = load i8, ptr %177, align 1, !tbaa !4
  %179 = zext i8 %178 to i32
  %180 = add i32 %176, %179
  %181 = or i64 %173, 1
  %182 = mul i32 %180, 33
  %183 = getelementptr inbounds i8, ptr %167, i64 %181
  %184 = load i8, ptr %183, align 1, !tbaa !4
  %185 = zext i8 %184 to i32
  %186 = add i32 %182, %185
  %187 = or i64 %173, 2
  %188 = mul i32 %186, 33
  %189 = getelementptr inbounds i8, ptr %167, i64 %187
  %190 = load i8, ptr %189, align 1, !tbaa !4
  %191 = zext i8 %190 to i32
  %192 = add i32 %188, %191
  %193 = or i64 %173, 3
  %194 = mul i32 %192, 33
  %195 = getelementptr inbounds i8, ptr %167, i64 %193
  %196 = load i8, ptr %195, align 1, !tbaa !4
  %197 = zext i8 %196 to i32
  %198 = add i32 %194, %197
  %199 = or i64 %173, 4
  %200 = mul i32 %198, 33
  %201 = getelementptr inbounds i8, ptr %167, i64 %199
  %202 = load i8, ptr %201, align 1, !tbaa !4
  %203 = zext i8 %202 to i32
  %204 = add i32 %200, %203
  %205 = or i64 %173, 5
  %206 = mul i32 %204, 33
  %207 = getelementptr inbounds i8, ptr %167, i64 %205
  %208 = load i8, ptr %207, align 1, !tbaa !4
  %209 = zext i8 %208 to i32
  %210 = add i32 %206, %209
  %211 = or i64 %173, 6
  %212 = mul i32 %210, 33
  %213 = getelementptr inbounds i8, ptr %167, i64 %211
  %214 = load i8, ptr %213, align 1, !tbaa !4
  %215 = zext i8 %214 to i32
  %216 = add i32 %212, %215
  %217 = or i64 %173, 7
  %218 = mul i32 %216, 33
  %219 = getelementptr inbounds i8, ptr %167, i64 %217
  %220 = load i8, ptr %219, align 1, !tbaa !4
  %221 = zext i8 %220 to i32
  %222 = add i32 %218, %221
  %223 = add nuw nsw i64 %173, 8
  %224 = add i64 %175, 8
  %225 = icmp eq i64 %224, %171
  br i1 %225, label %230, label %172, !llvm.loop !13

226:                                              ; preds = %1
  %227 = xor i64 %3, 2166136261
  %228 = mul i64 %227, 31
  %229 = add i64 %228, -3750763034362890198
  br label %369

230:                                              ; preds = %172, %163
  %231 = phi i32 [ undef, %163 ], [ %222, %172 ]
  %232 = phi i64 [ 0, %163 ], [ %223, %172 ]
  %233 = phi i32 [ 5381, %163 ], [ %222, %172 ]
  %234 = icmp eq i64 %168, 0
  br i1 %234, label %247, label %235

235:                                              ; preds = %230, %235
  %236 = phi i64 [ %244, %235 ], [ %232, %230 ]
  %237 = phi i32 [ %243, %235 ], [ %233, %230 ]
  %238 = phi i64 [ %245, %235 ], [ 0, %230 ]
  %239 = mul i32 %237, 33
  %240 = getelementptr inbounds i8, ptr %167, i64 %236
  %241 = load i8, ptr %240, align 1, !tbaa !4
  %242 = zext i8 %241 to i32
  %243 = add i32 %239, %242
  %244 = add nuw nsw i64 %236, 1
  %245 = add i64 %238, 1
  %246 = icmp eq i64 %245, %168
  br i1 %246, label %247, label %235, !llvm.loop !14

247:                                              ; preds = %235, %230
  %248 = phi i32 [ %231, %230 ], [ %243, %235 ]
  %249 = zext i32 %248 to i64
  %250 = add i64 %165, %249
  %251 = trunc i64 %2 to i32
  %252 = mul i32 %251, -1756908916
  %253 = icmp ult i64 %2, 4
  br i1 %253, label %283, label %254

254:                                              ; preds = %247
  %255 = and i64 %4, 3
  %256 = icmp ult i64 %5, 3
  br i1 %256, label %259, label %257

257:                                              ; preds = %254
  %258 = and i64 %4, 2305843009213693948
  br label %288

259:                                              ; preds = %288, %254
  %260 = phi i32 [ undef, %254 ], [ %342, %288 ]
  %261 = phi i32 [ %252, %254 ], [ %342, %288 ]
  %262 = phi i64 [ 0, %254 ], [ %343, %288 ]
  %263 = icmp eq i64 %255, 0
  br i1 %263, label %283, label %264

264:                                              ; preds = %259, %264
  %265 = phi i32 [ %279, %264 ], [ %261, %259 ]
  %266 = phi i64 [ %280, %264 ], [ %262, %259 ]
  %267 = phi i64 [ %281, %264 ], [ 0, %259 ]
  %268 = shl i64 %266, 2
  %269 = getelementptr inbounds i8, ptr @g_text, i64 %268
  %270 = load i32, ptr %269, align 4
  %271 = mul i32 %270, -862048943
  %272 = mul i32 %270, 380141568
  %273 = lshr i32 %271, 17
  %274 = or i32 %273, %272
  %275 = mul i32 %274, 461845907
  %276 = xor i32 %275, %265
  %277 = tail call i32 @llvm.fshl.i32(i32 %276, i32 %276, i32 13)
  %278 = mul i32 %277, 5
  %279 = add i32 %278, -430675100
  %280 = add nuw nsw i64 %266, 1
  %281 = add i64 %267, 1
  %282 = icmp eq i64 %281, %255
  br i1 %282, label %283, label %264, !llvm.loop !15

283:                                              ; preds = %259, %264, %247
  %284 = phi i32 [ %252, %247 ], [ %260, %259 ], [ %279, %264 ]
  %285 = and i64 %2, 124
  %286 = getelementptr inbounds i8, ptr @g_text, i64 %285
  %287 = and i64 %2, 3
  switch i64 %287, label %369 [
    i64 3, label %346
    i64 2, label %351
    i64 1, label %358
  ]

288:                                              ; preds = %288, %257
  %289 = phi i32 [ %252, %257 ], [ %342, %288 ]
  %290 = phi i64 [ 0, %257 ], [ %343, %288 ]
  %291 = phi i64 [ 0, %257 ], [ %344, %288 ]
  %292 = shl i64 %290, 2
  %293 = getelementptr inbounds i8, ptr @g_text, i64 %292
  %294 = load i32, ptr %293, align 16
  %295 = mul i32 %294, -862048943
  %296 = mul i32 %294, 380141568
  %297 = lshr i32 %295, 17
  %298 = or i32 %297, %296
  %299 = mul i32 %298, 461845907
  %300 = xor i32 %299, %289
  %301 = tail call i32 @llvm.fshl.i32(i32 %300, i32 %300, i32 13)
  %302 = mul i32 %301, 5
  %303 = add i32 %302, -430675100
  %304 = shl i64 %290, 2
  %305 = or i64 %304, 4
  %306 = getelementptr inbounds i8, ptr @g_text, i64 %305
  %307 = load i32, ptr %306, align 4
  %308 = mul i32 %307, -862048943
  %309 = mul i32 %307, 380141568
  %310 = lshr i32 %308, 17
  %311 = or i32 %310, %309
  %312 = mul i32 %311, 461845907
  %313 = xor i32 %312, %303
  %314 = tail call i32 @llvm.fshl.i32(i32 %313, i32 %313, i32 13)
  %315 = mul i32 %314, 5
  %316 = add i32 %315, -430675100
  %317 = shl i64 %290, 2
  %318 = or i64 %317, 8
  %319 = getelementptr inbounds i8, ptr @g_text, i64 %318
  %320 = load i32, ptr %319, align 8
  %321 = mul i32 %320, -862048943
  %322 = mul i32 %320, 380141568
  %323 = lshr i32 %321, 17
  %324 = or i32 %323, %322
  %325 = mul i32 %324, 461845907
  %326 = xor i32 %325, %316
  %327 = tail call i32 @llvm.fshl.i32(i32 %326, i32 %326, i32 13)
  %328 = mul i32 %327, 5
  %329 = add i32 %328, -430675100
  %330 = shl i64 %290, 2
  %331 = or i64 %330, 12
  %332 = getelementptr inbounds i8, ptr @g_text, i64 %331
  %333 = load i32, ptr %332, align 4
  %334 = mul i32 %333, -862048943
  %335 = mul i32 %333, 380141568
  %336 = lshr i32 %334, 17
  %337 = or i32 %336, %335
  %338 = mul i32 %337, 461845907
  %339 = xor i32 %338, %329
  %340 = tail call i32 @llvm.fshl.i32(i32 %339, i32 %339, i32 13)
  %341 = mul i32 %340, 5
  %342 = add i32 %341, -430675100
  %343 = add nuw nsw i64 %290, 4
  %344 = add i64 %291, 4
  %345 = icmp eq i64 %344, %258
  br i1 %345, label %259, label %288, !llvm.loop !16

346:                                              ; preds = %283
  %347 = getelementptr inbounds i8, ptr %286, i64 2
  %348 = load i8, ptr %347, align 2, !tbaa !4
  %349 = zext i8 %348 to i32
  %350 = shl nuw nsw i32 %349, 16
  br label %351

351:                                              ; preds = %346, %283
  %352 = phi i32 [ 0, %283 ], [ %350, %346 ]
  %353 = getelementptr inbounds i8, ptr %286, i64 1
  %354 = load i8, ptr %353, align 1, !tbaa !4
  %355 = zext i8 %354 to i32
  %356 = shl nuw nsw i32 %355, 8
  %357 = or i32 %356, %352
  br label %358

358:                                              ; preds = %351, %283
  %359 = phi i32 [ 0, %283 ], [ %357, %351 ]
  %360 = load i8, ptr %286, align 4, !tbaa !4
  %361 = zext i8 %360 to i32
  %362 = xor i32 %359, %361
  %363 = mul i32 %362, -862048943
  %364 = mul i32 %362, 380141568
  %365 = lshr i32 %363, 17
  %366 = or i32 %365, %364
  %367 = mul i32 %366, 461845907
  %368 = xor i32 %367, %284
  br label %369

369:                                              ; preds = %226, %283, %358
  %370 = phi i64 [ %250, %283 ], [ %250, %358 ], [ %229, %226 ]
  %371 = phi i32 [ %251, %283 ], [ %251, %358 ], [ 0, %226 ]
  %372 = phi i32 [ %284, %283 ], [ %368, %358 ], [ 0, %226 ]
  %373 = xor i32 %372, %371
  %374 = lshr i32 %373, 16
  %375 = xor i32 %374, %373
  %376 = mul i32 %375, -2048144789
  %377 = lshr i32 %376, 13
  %378 = xor i32 %377, %376
  %379 = mul i32 %378, -1028477387
  %380 = lshr i32 %379, 16
  %381 = xor i32 %380, %379
  %382 = zext i32 %381 to i64
  %383 = xor i64 %370, %382
  %384 = add nuw nsw i64 %2, 1
  %385 = icmp eq i64 %384, 86
  br i1 %385, label %387, label %1, !llvm.loop !17

386:                                              ; preds = %387
  ret i64 %428

387:                                              ; preds = %369, %387
  %388 = phi i64 [ %429, %387 ], [ 0, %369 ]
  %389 = phi i64 [ %428, %387 ], [ %383, %369 ]
  %390 = xor i64 %388, %389
  %391 = lshr i64 %390, 33
  %392 = xor i64 %391, %390
  %393 = mul i64 %392, -49064778989728563
  %394 = lshr i64 %393, 33
  %395 = xor i64 %394, %393
  %396 = mul i64 %395, -4265267296055464877
  %397 = lshr i64 %396, 33
  %398 = or i64 %388, 1
  %399 = xor i64 %397, %398
  %400 = xor i64 %399, %396
  %401 = lshr i64 %400, 33
  %402 = xor i64 %401, %400
  %403 = mul i64 %402, -49064778989728563
  %404 = lshr i64 %403, 33
  %405 = xor i64 %404, %403
  %406 = mul i64 %405, -4265267296055464877
  %407 = lshr i64 %406, 33
  %408 = or i64 %388, 2
  %409 = xor i64 %407, %408
  %410 = xor i64 %409, %406
  %411 = lshr i64 %410, 33
  %412 = xor i64 %411, %410
  %413 = mul i64 %412, -49064778989728563
  %414 = lshr i64 %413, 33
  %415 = xor i64 %414, %413
  %416 = mul i64 %415, -4265267296055464877
  %417 = lshr i64 %416, 33
  %418 = or i64 %388, 3
  %419 = xor i64 %417, %418
  %420 = xor i64 %419, %416
  %421 = lshr i64 %420, 33
  %422 = xor i64 %421, %420
  %423 = mul i64 %422, -49064778989728563
  %424 = lshr i64 %423, 33
  %425 = xor i64 %424, %423
  %426 = mul i64 %425, -4265267296055464877
  %427 = lshr i64 %426, 33
  %428 = xor i64 %427, %426
  %429 = add nuw nsw i64 %388, 4
  %430 = icmp eq i64 %429, 2000
  br i1 %430, label %386, label %387, !llvm.loop !18
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
