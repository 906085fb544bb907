; ModuleID = 'strings.c'
source_filename = "strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local local_unnamed_addr global [87 x i8] c"  -12345 apples, +678 Oranges and 9 pears; level racecar Madam 2147483647 -2147483648 \00", align 16

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [24 x i8], align 16
  %2 = alloca [128 x i8], align 16
  %3 = alloca [32 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #4
  br label %4

4:                                                ; preds = %4, %0
  %5 = phi i32 [ %11, %4 ], [ 0, %0 ]
  %6 = phi i64 [ %10, %4 ], [ 0, %0 ]
  %7 = getelementptr inbounds i8, ptr @g_text, i64 %6
  %8 = load i8, ptr %7, align 1, !tbaa !4
  %9 = icmp eq i8 %8, 0
  %10 = add i64 %6, 1
  %11 = add i32 %5, 1
  br i1 %9, label %12, label %4, !llvm.loop !7

12:                                               ; preds = %4
  %13 = trunc i64 %6 to i32
  %14 = icmp slt i32 %13, 0
  br i1 %14, label %15, label %18

15:                                               ; preds = %12
  %16 = shl i64 %6, 32
  %17 = ashr exact i64 %16, 32
  br label %228

18:                                               ; preds = %12
  %19 = and i64 %10, 4294967295
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %2, ptr nonnull align 16 @g_text, i64 %19, i1 false), !tbaa !4
  %20 = shl i64 %6, 32
  %21 = ashr exact i64 %20, 32
  %22 = icmp ne i32 %13, 0
  br i1 %22, label %26, label %228

23:                                               ; preds = %223
  br i1 %22, label %24, label %228

24:                                               ; preds = %23
  %25 = sext i32 %5 to i64
  br label %326

26:                                               ; preds = %18, %223
  %27 = phi i64 [ %225, %223 ], [ %21, %18 ]
  %28 = phi i32 [ %226, %223 ], [ 0, %18 ]
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %29
  %31 = load i8, ptr %30, align 1, !tbaa !4
  %32 = add i8 %31, -48
  %33 = icmp ult i8 %32, 10
  br i1 %33, label %42, label %34

34:                                               ; preds = %26
  switch i8 %31, label %223 [
    i8 45, label %35
    i8 43, label %35
  ]

35:                                               ; preds = %34, %34
  %36 = add nsw i32 %28, 1
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !4
  %40 = add i8 %39, -48
  %41 = icmp ult i8 %40, 10
  br i1 %41, label %42, label %223

42:                                               ; preds = %35, %26
  switch i8 %31, label %49 [
    i8 45, label %43
    i8 43, label %43
  ]

43:                                               ; preds = %42, %42
  %44 = icmp eq i8 %31, 45
  %45 = zext i1 %44 to i32
  %46 = getelementptr inbounds i8, ptr %30, i64 1
  %47 = load i8, ptr %46, align 1, !tbaa !4
  %48 = add i8 %47, -48
  br label %49

49:                                               ; preds = %43, %42
  %50 = phi i8 [ %48, %43 ], [ %32, %42 ]
  %51 = phi i8 [ %47, %43 ], [ %31, %42 ]
  %52 = phi i32 [ 1, %43 ], [ 0, %42 ]
  %53 = phi i32 [ %45, %43 ], [ 0, %42 ]
  %54 = icmp ult i8 %50, 10
  br i1 %54, label %55, label %73

55:                                               ; preds = %49
  %56 = zext i32 %52 to i64
  br label %57

57:                                               ; preds = %57, %55
  %58 = phi i64 [ %56, %55 ], [ %66, %57 ]
  %59 = phi i8 [ %51, %55 ], [ %68, %57 ]
  %60 = phi i64 [ 0, %55 ], [ %65, %57 ]
  %61 = zext i8 %59 to i64
  %62 = mul nsw i64 %60, 10
  %63 = add nuw nsw i64 %61, 4294967248
  %64 = and i64 %63, 4294967295
  %65 = add nsw i64 %64, %62
  %66 = add nuw nsw i64 %58, 1
  %67 = getelementptr inbounds i8, ptr %30, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !4
  %69 = add i8 %68, -48
  %70 = icmp ult i8 %69, 10
  br i1 %70, label %57, label %71, !llvm.loop !9

71:                                               ; preds = %57
  %72 = trunc i64 %66 to i32
  br label %73

73:                                               ; preds = %49, %71
  %74 = phi i32 [ %52, %49 ], [ %72, %71 ]
  %75 = phi i64 [ 0, %49 ], [ %65, %71 ]
  %76 = sub nsw i64 0, %75
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #4
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #4
  %77 = tail call i64 @llvm.abs.i64(i64 %75, i1 false)
  br label %78

78:                                               ; preds = %78, %73
  %79 = phi i32 [ %89, %78 ], [ 1, %73 ]
  %80 = phi i64 [ %85, %78 ], [ 0, %73 ]
  %81 = phi i64 [ %87, %78 ], [ %77, %73 ]
  %82 = urem i64 %81, 10
  %83 = trunc i64 %82 to i8
  %84 = or i8 %83, 48
  %85 = add nuw i64 %80, 1
  %86 = getelementptr inbounds [24 x i8], ptr %1, i64 0, i64 %80
  store i8 %84, ptr %86, align 1, !tbaa !4
  %87 = udiv i64 %81, 10
  %88 = icmp ult i64 %81, 10
  %89 = add nuw i32 %79, 1
  br i1 %88, label %90, label %78, !llvm.loop !10

90:                                               ; preds = %78
  %91 = icmp eq i32 %53, 0
  %92 = select i1 %91, i64 %75, i64 %76
  %93 = icmp slt i64 %92, 0
  br i1 %93, label %94, label %95

94:                                               ; preds = %90
  store i8 45, ptr %3, align 16, !tbaa !4
  br label %95

95:                                               ; preds = %90, %94
  %96 = phi i32 [ 1, %94 ], [ 0, %90 ]
  %97 = zext i32 %96 to i64
  %98 = sext i32 %79 to i64
  %99 = add i32 %96, %79
  %100 = zext i32 %99 to i64
  %101 = sub nsw i64 %100, %97
  %102 = icmp ult i64 %101, 8
  br i1 %102, label %149, label %103

103:                                              ; preds = %95
  %104 = icmp ult i64 %101, 32
  br i1 %104, label %130, label %105

105:                                              ; preds = %103
  %106 = and i64 %101, -32
  br label %107

107:                                              ; preds = %107, %105
  %108 = phi i64 [ 0, %105 ], [ %121, %107 ]
  %109 = or i64 %108, %97
  %110 = xor i64 %108, -1
  %111 = add i64 %110, %98
  %112 = getelementptr inbounds [24 x i8], ptr %1, i64 0, i64 %111
  %113 = getelementptr inbounds i8, ptr %112, i64 -15
  %114 = load <16 x i8>, ptr %113, align 1, !tbaa !4
  %115 = shufflevector <16 x i8> %114, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %116 = getelementptr inbounds i8, ptr %112, i64 -31
  %117 = load <16 x i8>, ptr %116, align 1, !tbaa !4
  %118 = shufflevector <16 x i8> %117, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %119 = getelementptr inbounds i8, ptr %3, i64 %109
  store <16 x i8> %115, ptr %119, align 1, !tbaa !4
  %120 = getelementptr inbounds i8, ptr %119, i64 16
  store <16 x i8> %118, ptr %120, align 1, !tbaa !4
  %121 = add nuw i64 %108, 32
  %122 = icmp eq i64 %121, %106
  br i1 %122, label %123, label %107, !llvm.loop !11

123:                                              ; preds = %107
  %124 = icmp eq i64 %101, %106
  br i1 %124, label %161, label %125

125:                                              ; preds = %123
  %126 = or i64 %106, %97
  %127 = sub nsw i64 %98, %106
  %128 = and i64 %101, 24
  %129 = icmp eq i64 %128, 0
  br i1 %129, label %149, label %130

130:                                              ; preds = %103, %125
  %131 = phi i64 [ %106, %125 ], [ 0, %103 ]
  %132 = and i64 %101, -8
  %133 = sub nsw i64 %98, %132
  %134 = or i64 %132, %97
  br label %135

135:                                              ; preds = %135, %130
  %136 = phi i64 [ %131, %130 ], [ %145, %135 ]
  %137 = or i64 %136, %97
  %138 = xor i64 %136, -1
  %139 = add i64 %138, %98
  %140 = getelementptr inbounds [24 x i8], ptr %1, i64 0, i64 %139
  %141 = getelementptr inbounds i8, ptr %140, i64 -7
  %142 = load <8 x i8>, ptr %141, align 1, !tbaa !4
  %143 = shufflevector <8 x i8> %142, <8 x i8> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %144 = getelementptr inbounds i8, ptr %3, i64 %137
  store <8 x i8> %143, ptr %144, align 1, !tbaa !4
  %145 = add nuw i64 %136, 8
  %146 = icmp eq i64 %145, %132
  br i1 %146, label %147, label %135, !llvm.loop !14

147:                                              ; preds = %135
  %148 = icmp eq i64 %101, %132
  br i1 %148, label %161, label %149

149:                                              ; preds = %95, %125, %147
  %150 = phi i64 [ %98, %95 ], [ %127, %125 ], [ %133, %147 ]
  %151 = phi i64 [ %97, %95 ], [ %126, %125 ], [ %134, %147 ]
  br label %152

152:                                              ; preds = %149, %152
  %153 = phi i64 [ %155, %152 ], [ %150, %149 ]
  %154 = phi i64 [ %158, %152 ], [ %151, %149 ]
  %155 = add nsw i64 %153, -1
  %156 = getelementptr inbounds [24 x i8], ptr %1, i64 0, i64 %155
  %157 = load i8, ptr %156, align 1, !tbaa !4
  %158 = add nuw nsw i64 %154, 1
  %159 = getelementptr inbounds i8, ptr %3, i64 %154
  store i8 %157, ptr %159, align 1, !tbaa !4
  %160 = icmp eq i64 %158, %100
  br i1 %160, label %161, label %152, !llvm.loop !15

161:                                              ; preds = %152, %147, %123
  %162 = getelementptr inbounds i8, ptr %3, i64 %100
  store i8 0, ptr %162, align 1, !tbaa !4
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #4
  %163 = mul i64 %27, 31
  %164 = add i64 %92, %163
  %165 = sext i32 %99 to i64
  %166 = mul nsw i64 %165, 1000
  %167 = add i64 %164, %166
  %168 = icmp sgt i32 %99, 0
  br i1 %168, label %169, label %191

169:                                              ; preds = %161
  %170 = and i64 %100, 3
  %171 = icmp ult i32 %99, 4
  br i1 %171, label %174, label %172

172:                                              ; preds = %169
  %173 = and i64 %100, 4294967292
  br label %193

174:                                              ; preds = %193, %169
  %175 = phi i64 [ undef, %169 ], [ %219, %193 ]
  %176 = phi i64 [ 0, %169 ], [ %220, %193 ]
  %177 = phi i64 [ %167, %169 ], [ %219, %193 ]
  %178 = icmp eq i64 %170, 0
  br i1 %178, label %191, label %179

179:                                              ; preds = %174, %179
  %180 = phi i64 [ %188, %179 ], [ %176, %174 ]
  %181 = phi i64 [ %187, %179 ], [ %177, %174 ]
  %182 = phi i64 [ %189, %179 ], [ 0, %174 ]
  %183 = mul i64 %181, 7
  %184 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %180
  %185 = load i8, ptr %184, align 1, !tbaa !4
  %186 = zext i8 %185 to i64
  %187 = add i64 %183, %186
  %188 = add nuw nsw i64 %180, 1
  %189 = add i64 %182, 1
  %190 = icmp eq i64 %189, %170
  br i1 %190, label %191, label %179, !llvm.loop !16

191:                                              ; preds = %174, %179, %161
  %192 = phi i64 [ %167, %161 ], [ %175, %174 ], [ %187, %179 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #4
  br label %223

193:                                              ; preds = %193, %172
  %194 = phi i64 [ 0, %172 ], [ %220, %193 ]
  %195 = phi i64 [ %167, %172 ], [ %219, %193 ]
  %196 = phi i64 [ 0, %172 ], [ %221, %193 ]
  %197 = mul i64 %195, 7
  %198 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %194
  %199 = load i8, ptr %198, align 4, !tbaa !4
  %200 = zext i8 %199 to i64
  %201 = add i64 %197, %200
  %202 = or i64 %194, 1
  %203 = mul i64 %201, 7
  %204 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %202
  %205 = load i8, ptr %204, align 1, !tbaa !4
  %206 = zext i8 %205 to i64
  %207 = add i64 %203, %206
  %208 = or i64 %194, 2
  %209 = mul i64 %207, 7
  %210 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %208
  %211 = load i8, ptr %210, align 2, !tbaa !4
  %212 = zext i8 %211 to i64
  %213 = add i64 %209, %212
  %214 = or i64 %194, 3
  %215 = mul i64 %213, 7
  %216 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %214
  %217 = load i8, ptr %216, align 1, !tbaa !4
  %218 = zext i8 %217 to i64
  %219 = add i64 %215, %218
  %220 = add nuw nsw i64 %194, 4
  %221 = add i64 %196, 4
  %222 = icmp eq i64 %221, %173
  br i1 %222, label %174, label %193, !llvm.loop !18

223:                                              ; preds = %35, %34, %191
  %224 = phi i32 [ %74, %191 ], [ 1, %34 ], [ 1, %35 ]
  %225 = phi i64 [ %192, %191 ], [ %27, %34 ], [ %27, %35 ]
  %226 = add nsw i32 %224, %28
  %227 = icmp slt i32 %226, %13
  br i1 %227, label %26, label %23, !llvm.loop !19

228:                                              ; preds = %401, %18, %15, %23
  %229 = phi i64 [ %225, %23 ], [ %17, %15 ], [ %21, %18 ], [ %225, %401 ]
  %230 = phi i1 [ false, %23 ], [ false, %15 ], [ false, %18 ], [ %22, %401 ]
  %231 = phi i32 [ 0, %23 ], [ 0, %15 ], [ 0, %18 ], [ %402, %401 ]
  %232 = phi i32 [ 0, %23 ], [ 0, %15 ], [ 0, %18 ], [ %403, %401 ]
  %233 = mul i64 %229, 131
  %234 = sext i32 %231 to i64
  %235 = mul nsw i64 %234, 17
  %236 = add i64 %235, %233
  %237 = sext i32 %232 to i64
  %238 = add i64 %236, %237
  %239 = mul i64 %238, 131
  %240 = load i8, ptr %2, align 16, !tbaa !4
  %241 = icmp eq i8 %240, 0
  br i1 %241, label %302, label %242

242:                                              ; preds = %228, %270
  %243 = phi i8 [ %272, %270 ], [ %240, %228 ]
  %244 = phi i64 [ %246, %270 ], [ 0, %228 ]
  %245 = icmp eq i8 %243, 112
  %246 = add nuw i64 %244, 1
  br i1 %245, label %247, label %270

247:                                              ; preds = %242
  %248 = getelementptr inbounds i8, ptr %2, i64 %246
  %249 = load i8, ptr %248, align 1, !tbaa !4
  %250 = icmp eq i8 %249, 101
  br i1 %250, label %251, label %270

251:                                              ; preds = %247
  %252 = add nuw nsw i64 %244, 2
  %253 = getelementptr inbounds i8, ptr %2, i64 %252
  %254 = load i8, ptr %253, align 1, !tbaa !4
  %255 = icmp eq i8 %254, 97
  br i1 %255, label %256, label %270

256:                                              ; preds = %251
  %257 = add nuw nsw i64 %244, 3
  %258 = getelementptr inbounds i8, ptr %2, i64 %257
  %259 = load i8, ptr %258, align 1, !tbaa !4
  %260 = icmp eq i8 %259, 114
  br i1 %260, label %261, label %270

261:                                              ; preds = %256
  %262 = add nuw nsw i64 %244, 4
  %263 = getelementptr inbounds i8, ptr %2, i64 %262
  %264 = load i8, ptr %263, align 1, !tbaa !4
  %265 = icmp eq i8 %264, 115
  br i1 %265, label %266, label %270

266:                                              ; preds = %261
  %267 = shl i64 %244, 32
  %268 = ashr exact i64 %267, 32
  %269 = mul nsw i64 %268, 3
  br label %274

270:                                              ; preds = %242, %261, %256, %251, %247
  %271 = getelementptr inbounds i8, ptr %2, i64 %246
  %272 = load i8, ptr %271, align 1, !tbaa !4
  %273 = icmp eq i8 %272, 0
  br i1 %273, label %274, label %242, !llvm.loop !20

274:                                              ; preds = %270, %266
  %275 = phi i64 [ %269, %266 ], [ -3, %270 ]
  br label %276

276:                                              ; preds = %274, %298
  %277 = phi i8 [ %300, %298 ], [ %240, %274 ]
  %278 = phi i64 [ %280, %298 ], [ 0, %274 ]
  %279 = icmp eq i8 %277, 107
  %280 = add nuw i64 %278, 1
  br i1 %279, label %281, label %298

281:                                              ; preds = %276
  %282 = getelementptr inbounds i8, ptr %2, i64 %280
  %283 = load i8, ptr %282, align 1, !tbaa !4
  %284 = icmp eq i8 %283, 105
  br i1 %284, label %285, label %298

285:                                              ; preds = %281
  %286 = add nuw nsw i64 %278, 2
  %287 = getelementptr inbounds i8, ptr %2, i64 %286
  %288 = load i8, ptr %287, align 1, !tbaa !4
  %289 = icmp eq i8 %288, 119
  br i1 %289, label %290, label %298

290:                                              ; preds = %285
  %291 = add nuw nsw i64 %278, 3
  %292 = getelementptr inbounds i8, ptr %2, i64 %291
  %293 = load i8, ptr %292, align 1, !tbaa !4
  %294 = icmp eq i8 %293, 105
  br i1 %294, label %295, label %298

295:                                              ; preds = %290
  %296 = shl i64 %278, 32
  %297 = ashr exact i64 %296, 32
  br label %302

298:                                              ; preds = %276, %290, %285, %281
  %299 = getelementptr inbounds i8, ptr %2, i64 %280
  %300 = load i8, ptr %299, align 1, !tbaa !4
  %301 = icmp eq i8 %300, 0
  br i1 %301, label %302, label %276, !llvm.loop !20

302:                                              ; preds = %298, %228, %295
  %303 = phi i64 [ %275, %295 ], [ -3, %228 ], [ %275, %298 ]
  %304 = phi i64 [ %297, %295 ], [ -1, %228 ], [ -1, %298 ]
  %305 = add i64 %303, %239
  %306 = add i64 %305, %304
  %307 = icmp sgt i32 %13, 1
  %308 = and i64 %6, 4294967295
  %309 = add nsw i64 %308, -1
  %310 = shl i64 %6, 32
  %311 = ashr exact i64 %310, 32
  %312 = tail call i64 @llvm.smax.i64(i64 %311, i64 3)
  %313 = add nsw i64 %312, -1
  %314 = udiv i64 %313, 3
  %315 = add nuw nsw i64 %314, 1
  %316 = icmp ult i64 %313, 48
  %317 = and i64 %315, 15
  %318 = icmp eq i64 %317, 0
  %319 = select i1 %318, i64 16, i64 %317
  %320 = sub nsw i64 %315, %319
  %321 = mul i64 %320, 3
  %322 = and i64 %6, 3
  %323 = icmp ult i64 %309, 3
  %324 = sub nsw i64 %308, %322
  %325 = icmp eq i64 %322, 0
  br label %407

326:                                              ; preds = %24, %401
  %327 = phi i32 [ %404, %401 ], [ 0, %24 ]
  %328 = phi i32 [ %403, %401 ], [ 0, %24 ]
  %329 = phi i32 [ %402, %401 ], [ 0, %24 ]
  %330 = sext i32 %327 to i64
  %331 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %330
  %332 = load i8, ptr %331, align 1, !tbaa !4
  %333 = and i8 %332, -33
  %334 = add i8 %333, -91
  %335 = icmp ult i8 %334, -26
  br i1 %335, label %399, label %336

336:                                              ; preds = %326
  %337 = icmp slt i32 %327, %13
  br i1 %337, label %338, label %350

338:                                              ; preds = %336, %345
  %339 = phi i64 [ %346, %345 ], [ %330, %336 ]
  %340 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %339
  %341 = load i8, ptr %340, align 1, !tbaa !4
  %342 = and i8 %341, -33
  %343 = add i8 %342, -91
  %344 = icmp ult i8 %343, -26
  br i1 %344, label %348, label %345

345:                                              ; preds = %338
  %346 = add nsw i64 %339, 1
  %347 = icmp eq i64 %346, %25
  br i1 %347, label %350, label %338, !llvm.loop !21

348:                                              ; preds = %338
  %349 = trunc i64 %339 to i32
  br label %350

350:                                              ; preds = %345, %348, %336
  %351 = phi i32 [ %327, %336 ], [ %349, %348 ], [ %5, %345 ]
  %352 = add nsw i32 %329, 1
  %353 = sub nsw i32 %351, %327
  %354 = icmp sgt i32 %353, 2
  br i1 %354, label %355, label %401

355:                                              ; preds = %350
  %356 = lshr i32 %353, 1
  %357 = zext i32 %356 to i64
  %358 = add i8 %332, -65
  %359 = icmp ult i8 %358, 26
  %360 = add i8 %332, 32
  %361 = select i1 %359, i8 %360, i8 %332
  %362 = add nsw i32 %353, -1
  %363 = zext i32 %362 to i64
  %364 = getelementptr inbounds i8, ptr %331, i64 %363
  %365 = load i8, ptr %364, align 1, !tbaa !4
  %366 = add i8 %365, -65
  %367 = icmp ult i8 %366, 26
  %368 = add i8 %365, 32
  %369 = select i1 %367, i8 %368, i8 %365
  %370 = icmp eq i8 %361, %369
  br i1 %370, label %371, label %395

371:                                              ; preds = %355, %375
  %372 = phi i64 [ %373, %375 ], [ 0, %355 ]
  %373 = add nuw nsw i64 %372, 1
  %374 = icmp eq i64 %373, %357
  br i1 %374, label %393, label %375, !llvm.loop !22

375:                                              ; preds = %371
  %376 = getelementptr inbounds i8, ptr %331, i64 %373
  %377 = load i8, ptr %376, align 1, !tbaa !4
  %378 = add i8 %377, -65
  %379 = icmp ult i8 %378, 26
  %380 = add i8 %377, 32
  %381 = select i1 %379, i8 %380, i8 %377
  %382 = trunc i64 %373 to i32
  %383 = xor i32 %382, -1
  %384 = add i32 %353, %383
  %385 = sext i32 %384 to i64
  %386 = getelementptr inbounds i8, ptr %331, i64 %385
  %387 = load i8, ptr %386, align 1, !tbaa !4
  %388 = add i8 %387, -65
  %389 = icmp ult i8 %388, 26
  %390 = add i8 %387, 32
  %391 = select i1 %389, i8 %390, i8 %387
  %392 = icmp eq i8 %381, %391
  br i1 %392, label %371, label %393, !llvm.loop !22

393:                                              ; preds = %371, %375
  %394 = icmp uge i64 %373, %357
  br label %395

395:                                              ; preds = %393, %355
  %396 = phi i1 [ false, %355 ], [ %394, %393 ]
  %397 = zext i1 %396 to i32
  %398 = add nsw i32 %328, %397
  br label %401

399:                                              ; preds = %326
  %400 = add nsw i32 %327, 1
  br label %401

401:                                              ; preds = %395, %350, %399
  %402 = phi i32 [ %329, %399 ], [ %352, %395 ], [ %352, %350 ]
  %403 = phi i32 [ %328, %399 ], [ %398, %395 ], [ %328, %350 ]
  %404 = phi i32 [ %400, %399 ], [ %351, %395 ], [ %351, %350 ]
  %405 = icmp slt i32 %404, %13
  br i1 %405, label %326, label %228, !llvm.loop !23

406:                                              ; preds = %542
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #4
  ret i64 %543

407:                                              ; preds = %302, %542
  %408 = phi i32 [ 0, %302 ], [ %544, %542 ]
  %409 = phi i64 [ %306, %302 ], [ %543, %542 ]
  br i1 %307, label %410, label %420

410:                                              ; preds = %407, %410
  %411 = phi i64 [ %417, %410 ], [ 0, %407 ]
  %412 = phi i64 [ %418, %410 ], [ %309, %407 ]
  %413 = getelementptr inbounds i8, ptr %2, i64 %411
  %414 = load i8, ptr %413, align 1, !tbaa !4
  %415 = getelementptr inbounds i8, ptr %2, i64 %412
  %416 = load i8, ptr %415, align 1, !tbaa !4
  store i8 %416, ptr %413, align 1, !tbaa !4
  store i8 %414, ptr %415, align 1, !tbaa !4
  %417 = add nuw nsw i64 %411, 1
  %418 = add nsw i64 %412, -1
  %419 = icmp slt i64 %417, %418
  br i1 %419, label %410, label %420, !llvm.loop !24

420:                                              ; preds = %410, %407
  br i1 %230, label %421, label %542

421:                                              ; preds = %420
  br i1 %316, label %422, label %424

422:                                              ; preds = %424, %421
  %423 = phi i64 [ 0, %421 ], [ %321, %424 ]
  br label %515

424:                                              ; preds = %421, %424
  %425 = phi i64 [ %511, %424 ], [ 0, %421 ]
  %426 = mul i64 %425, 3
  %427 = or i64 %426, 3
  %428 = or i64 %426, 6
  %429 = or i64 %426, 9
  %430 = or i64 %426, 12
  %431 = or i64 %426, 15
  %432 = add i64 %426, 18
  %433 = add i64 %426, 21
  %434 = add i64 %426, 24
  %435 = add i64 %426, 27
  %436 = add i64 %426, 30
  %437 = add i64 %426, 33
  %438 = add i64 %426, 36
  %439 = add i64 %426, 39
  %440 = add i64 %426, 42
  %441 = add i64 %426, 45
  %442 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %426
  %443 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %427
  %444 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %428
  %445 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %429
  %446 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %430
  %447 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %431
  %448 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %432
  %449 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %433
  %450 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %434
  %451 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %435
  %452 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %436
  %453 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %437
  %454 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %438
  %455 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %439
  %456 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %440
  %457 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %441
  %458 = load i8, ptr %442, align 16, !tbaa !4
  %459 = load i8, ptr %443, align 1, !tbaa !4
  %460 = load i8, ptr %444, align 2, !tbaa !4
  %461 = load i8, ptr %445, align 1, !tbaa !4
  %462 = load i8, ptr %446, align 4, !tbaa !4
  %463 = load i8, ptr %447, align 1, !tbaa !4
  %464 = load i8, ptr %448, align 2, !tbaa !4
  %465 = load i8, ptr %449, align 1, !tbaa !4
  %466 = load i8, ptr %450, align 8, !tbaa !4
  %467 = load i8, ptr %451, align 1, !tbaa !4
  %468 = load i8, ptr %452, align 2, !tbaa !4
  %469 = load i8, ptr %453, align 1, !tbaa !4
  %470 = load i8, ptr %454, align 4, !tbaa !4
  %471 = load i8, ptr %455, align 1, !tbaa !4
  %472 = load i8, ptr %456, align 2, !tbaa !4
  %473 = load i8, ptr %457, align 1, !tbaa !4
  %474 = insertelement <16 x i8> poison, i8 %458, i64 0
  %475 = insertelement <16 x i8> %474, i8 %459, i64 1
  %476 = insertelement <16 x i8> %475, i8 %460, i64 2
  %477 = insertelement <16 x i8> %476, i8 %461, i64 3
  %478 = insertelement <16 x i8> %477, i8 %462, i64 4
  %479 = insertelement <16 x i8> %478, i8 %463, i64 5
  %480 = insertelement <16 x i8> %479, i8 %464, i64 6
  %481 = insertelement <16 x i8> %480, i8 %465, i64 7
  %482 = insertelement <16 x i8> %481, i8 %466, i64 8
  %483 = insertelement <16 x i8> %482, i8 %467, i64 9
  %484 = insertelement <16 x i8> %483, i8 %468, i64 10
  %485 = insertelement <16 x i8> %484, i8 %469, i64 11
  %486 = insertelement <16 x i8> %485, i8 %470, i64 12
  %487 = insertelement <16 x i8> %486, i8 %471, i64 13
  %488 = insertelement <16 x i8> %487, i8 %472, i64 14
  %489 = insertelement <16 x i8> %488, i8 %473, i64 15
  %490 = and <16 x i8> %489, <i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33>
  %491 = add <16 x i8> %490, <i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91>
  %492 = icmp ult <16 x i8> %491, <i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26>
  %493 = xor <16 x i8> %489, <i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32>
  %494 = select <16 x i1> %492, <16 x i8> %489, <16 x i8> %493
  %495 = extractelement <16 x i8> %494, i64 0
  store i8 %495, ptr %442, align 16, !tbaa !4
  %496 = extractelement <16 x i8> %494, i64 1
  store i8 %496, ptr %443, align 1, !tbaa !4
  %497 = extractelement <16 x i8> %494, i64 2
  store i8 %497, ptr %444, align 2, !tbaa !4
  %498 = extractelement <16 x i8> %494, i64 3
  store i8 %498, ptr %445, align 1, !tbaa !4
  %499 = extractelement <16 x i8> %494, i64 4
  store i8 %499, ptr %446, align 4, !tbaa !4
  %500 = extractelement <16 x i8> %494, i64 5
  store i8 %500, ptr %447, align 1, !tbaa !4
  %501 = extractelement <16 x i8> %494, i64 6
  store i8 %501, ptr %448, align 2, !tbaa !4
  %502 = extractelement <16 x i8> %494, i64 7
  store i8 %502, ptr %449, align 1, !tbaa !4
  %503 = extractelement <16 x i8> %494, i64 8
  store i8 %503, ptr %450, align 8, !tbaa !4
  %504 = extractelement <16 x i8> %494, i64 9
  store i8 %504, ptr %451, align 1, !tbaa !4
  %505 = extractelement <16 x i8> %494, i64 10
  store i8 %505, ptr %452, align 2, !tbaa !4
  %506 = extractelement <16 x i8> %494, i64 11
  store i8 %506, ptr %453, align 1, !tbaa !4
  %507 = extractelement <16 x i8> %494, i64 12
  store i8 %507, ptr %454, align 4, !tbaa !4
  %508 = extractelement <16 x i8> %494, i64 13
  store i8 %508, ptr %455, align 1, !tbaa !4
  %509 = extractelement <16 x i8> %494, i64 14
  store i8 %509, ptr %456, align 2, !tbaa !4
  %510 = extractelement <16 x i8> %494, i64 15
  store i8 %510, ptr %457, align 1, !tbaa !4
  %511 = add nuw i64 %425, 16
  %512 = icmp eq i64 %511, %320
  br i1 %512, label %422, label %424, !llvm.loop !25

513:                                              ; preds = %515
  br i1 %230, label %514, label %542

514:                                              ; preds = %513
  br i1 %323, label %526, label %546

515:                                              ; preds = %422, %515
  %516 = phi i64 [ %524, %515 ], [ %423, %422 ]
  %517 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %516
  %518 = load i8, ptr %517, align 1, !tbaa !4
  %519 = and i8 %518, -33
  %520 = add i8 %519, -91
  %521 = icmp ult i8 %520, -26
  %522 = xor i8 %518, 32
  %523 = select i1 %521, i8 %518, i8 %522
  store i8 %523, ptr %517, align 1, !tbaa !4
  %524 = add nuw nsw i64 %516, 3
  %525 = icmp slt i64 %524, %311
  br i1 %525, label %515, label %513, !llvm.loop !26

526:                                              ; preds = %546, %514
  %527 = phi i64 [ undef, %514 ], [ %572, %546 ]
  %528 = phi i64 [ 0, %514 ], [ %573, %546 ]
  %529 = phi i64 [ %409, %514 ], [ %572, %546 ]
  br i1 %325, label %542, label %530

530:                                              ; preds = %526, %530
  %531 = phi i64 [ %539, %530 ], [ %528, %526 ]
  %532 = phi i64 [ %538, %530 ], [ %529, %526 ]
  %533 = phi i64 [ %540, %530 ], [ 0, %526 ]
  %534 = mul i64 %532, 33
  %535 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %531
  %536 = load i8, ptr %535, align 1, !tbaa !4
  %537 = zext i8 %536 to i64
  %538 = add i64 %534, %537
  %539 = add nuw nsw i64 %531, 1
  %540 = add i64 %533, 1
  %541 = icmp eq i64 %540, %322
  br i1 %541, label %542, label %530, !llvm.loop !27

542:                                              ; preds = %526, %530, %420, %513
  %543 = phi i64 [ %409, %513 ], [ %409, %420 ], [ %527, %526 ], [ %538, %530 ]
  %544 = add nuw nsw i32 %408, 1
  %545 = icmp eq i32 %544, 50
  br i1 %545, label %406, label %407, !llvm.loop !28

546:                                              ; preds = %514, %546
  %547 = phi i64 [ %573, %546 ], [ 0, %514 ]
  %548 = phi i64 [ %572, %546 ], [ %409, %514 ]
  %549 = phi i64 [ %574, %546 ], [ 0, %514 ]
  %550 = mul i64 %548, 33
  %551 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %547
  %552 = load i8, ptr %551, align 4, !tbaa !4
  %553 = zext i8 %552 to i64
  %554 = add i64 %550, %553
  %555 = or i64 %547, 1
  %556 = mul i64 %554, 33
  %557 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %555
  %558 = load i8, ptr %557, align 1, !tbaa !4
  %559 = zext i8 %558 to i64
  %560 = add i64 %556, %559
  %561 = or i64 %547, 2
  %562 = mul i64 %560, 33
  %563 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %561
  %564 = load i8, ptr %563, align 2, !tbaa !4
  %565 = zext i8 %564 to i64
  %566 = add i64 %562, %565
  %567 = or i64 %547, 3
  %568 = mul i64 %566, 33
  %569 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %567
  %570 = load i8, ptr %569, align 1, !tbaa !4
  %571 = zext i8 %570 to i64
  %572 = add i64 %568, %571
  %573 = add nuw nsw i64 %547, 4
  %574 = add i64 %549, 4
  %575 = icmp eq i64 %574, %324
  br i1 %575, label %526, label %546, !llvm.loop !29
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }

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
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !8}
!11 = distinct !{!11, !8, !12, !13}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = distinct !{!14, !8, !12, !13}
!15 = distinct !{!15, !8, !13, !12}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = distinct !{!18, !8}
!19 = distinct !{!19, !8}
!20 = distinct !{!20, !8}
!21 = distinct !{!21, !8}
!22 = distinct !{!22, !8}
!23 = distinct !{!23, !8}
!24 = distinct !{!24, !8}
!25 = distinct !{!25, !8, !12, !13}
!26 = distinct !{!26, !8, !13, !12}
!27 = distinct !{!27, !17}
!28 = distinct !{!28, !8}
!29 = distinct !{!29, !8}
