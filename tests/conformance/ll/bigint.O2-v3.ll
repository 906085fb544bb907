; ModuleID = 'bigint.c'
source_filename = "bigint.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Big = type { [40 x i32] }

@g_n = dso_local local_unnamed_addr global i32 100, align 4

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [40 x i32], align 16
  %2 = alloca %struct.Big, align 8
  %3 = alloca %struct.Big, align 8
  %4 = alloca %struct.Big, align 8
  %5 = alloca %struct.Big, align 8
  %6 = alloca %struct.Big, align 4
  %7 = alloca %struct.Big, align 4
  %8 = alloca %struct.Big, align 4
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %4) #4
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %5) #4
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %6) #4
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %7) #4
  %9 = getelementptr inbounds i8, ptr %4, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %9, i8 0, i64 156, i1 false)
  store i32 1, ptr %4, align 8, !tbaa !4
  %10 = load i32, ptr @g_n, align 4, !tbaa !4
  %11 = icmp ult i32 %10, 2
  br i1 %11, label %15, label %12

12:                                               ; preds = %0
  %13 = add nuw i32 %10, 1
  %14 = zext i32 %13 to i64
  br label %109

15:                                               ; preds = %155, %0
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %3)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %3, ptr noundef nonnull align 8 dereferenceable(160) %4, i64 160, i1 false)
  br label %16

16:                                               ; preds = %100, %15
  %17 = phi i64 [ 0, %15 ], [ %105, %100 ]
  %18 = phi i32 [ 0, %15 ], [ %103, %100 ]
  %19 = load i32, ptr %3, align 8, !tbaa !4
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %77

21:                                               ; preds = %16, %70
  %22 = phi i64 [ %68, %70 ], [ 0, %16 ]
  %23 = or i64 %22, 1
  %24 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !4
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %27, label %74, !llvm.loop !8

27:                                               ; preds = %21
  %28 = add nuw nsw i64 %22, 2
  %29 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %28
  %30 = load i32, ptr %29, align 8, !tbaa !4
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %32, label %74, !llvm.loop !8

32:                                               ; preds = %27
  %33 = add nuw nsw i64 %22, 3
  %34 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !4
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %74, !llvm.loop !8

37:                                               ; preds = %32
  %38 = add nuw nsw i64 %22, 4
  %39 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %38
  %40 = load i32, ptr %39, align 8, !tbaa !4
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %74, !llvm.loop !8

42:                                               ; preds = %37
  %43 = add nuw nsw i64 %22, 5
  %44 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !4
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %47, label %74, !llvm.loop !8

47:                                               ; preds = %42
  %48 = add nuw nsw i64 %22, 6
  %49 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %48
  %50 = load i32, ptr %49, align 8, !tbaa !4
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %52, label %74, !llvm.loop !8

52:                                               ; preds = %47
  %53 = add nuw nsw i64 %22, 7
  %54 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !4
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %74, !llvm.loop !8

57:                                               ; preds = %52
  %58 = add nuw nsw i64 %22, 8
  %59 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %58
  %60 = load i32, ptr %59, align 8, !tbaa !4
  %61 = icmp eq i32 %60, 0
  br i1 %61, label %62, label %74, !llvm.loop !8

62:                                               ; preds = %57
  %63 = add nuw nsw i64 %22, 9
  %64 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %63
  %65 = load i32, ptr %64, align 4, !tbaa !4
  %66 = icmp eq i32 %65, 0
  br i1 %66, label %67, label %74, !llvm.loop !8

67:                                               ; preds = %62
  %68 = add nuw nsw i64 %22, 10
  %69 = icmp eq i64 %68, 40
  br i1 %69, label %106, label %70, !llvm.loop !8

70:                                               ; preds = %67
  %71 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %68
  %72 = load i32, ptr %71, align 8, !tbaa !4
  %73 = icmp eq i32 %72, 0
  br i1 %73, label %21, label %74, !llvm.loop !8

74:                                               ; preds = %70, %62, %57, %52, %47, %42, %37, %32, %27, %21
  %75 = phi i64 [ %22, %21 ], [ %23, %27 ], [ %28, %32 ], [ %33, %37 ], [ %38, %42 ], [ %43, %47 ], [ %48, %52 ], [ %53, %57 ], [ %58, %62 ], [ %63, %70 ]
  %76 = icmp ugt i64 %75, 38
  br i1 %76, label %106, label %77

77:                                               ; preds = %74, %16
  br label %78

78:                                               ; preds = %78, %77
  %79 = phi i64 [ 39, %77 ], [ %98, %78 ]
  %80 = phi i64 [ 0, %77 ], [ %97, %78 ]
  %81 = shl nuw nsw i64 %80, 32
  %82 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %79
  %83 = load i32, ptr %82, align 4, !tbaa !4
  %84 = zext i32 %83 to i64
  %85 = or i64 %81, %84
  %86 = udiv i64 %85, 10
  %87 = trunc i64 %86 to i32
  store i32 %87, ptr %82, align 4, !tbaa !4
  %88 = urem i64 %85, 10
  %89 = add nsw i64 %79, -1
  %90 = shl nuw nsw i64 %88, 32
  %91 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %89
  %92 = load i32, ptr %91, align 4, !tbaa !4
  %93 = zext i32 %92 to i64
  %94 = or i64 %90, %93
  %95 = udiv i64 %94, 10
  %96 = trunc i64 %95 to i32
  store i32 %96, ptr %91, align 4, !tbaa !4
  %97 = urem i64 %94, 10
  %98 = add nsw i64 %79, -2
  %99 = icmp eq i64 %89, 0
  br i1 %99, label %100, label %78, !llvm.loop !10

100:                                              ; preds = %78
  %101 = mul i64 %17, 10
  %102 = add i64 %97, %101
  %103 = add nuw nsw i32 %18, 1
  %104 = lshr i64 %102, 31
  %105 = xor i64 %104, %102
  br label %16, !llvm.loop !11

106:                                              ; preds = %74, %67
  %107 = zext i32 %18 to i64
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %3)
  %108 = getelementptr inbounds i8, ptr %6, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %5, i8 0, i64 160, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %108, i8 0, i64 156, i1 false)
  store i32 1, ptr %6, align 4, !tbaa !4
  br label %158

109:                                              ; preds = %12, %155
  %110 = phi i64 [ 2, %12 ], [ %156, %155 ]
  br label %111

111:                                              ; preds = %111, %109
  %112 = phi i64 [ 0, %109 ], [ %153, %111 ]
  %113 = phi i64 [ 0, %109 ], [ %152, %111 ]
  %114 = getelementptr inbounds [40 x i32], ptr %4, i64 0, i64 %112
  %115 = load i32, ptr %114, align 4, !tbaa !4
  %116 = zext i32 %115 to i64
  %117 = mul nuw i64 %110, %116
  %118 = add i64 %117, %113
  %119 = trunc i64 %118 to i32
  store i32 %119, ptr %114, align 4, !tbaa !4
  %120 = lshr i64 %118, 32
  %121 = add nuw nsw i64 %112, 1
  %122 = getelementptr inbounds [40 x i32], ptr %4, i64 0, i64 %121
  %123 = load i32, ptr %122, align 4, !tbaa !4
  %124 = zext i32 %123 to i64
  %125 = mul nuw i64 %110, %124
  %126 = add i64 %125, %120
  %127 = trunc i64 %126 to i32
  store i32 %127, ptr %122, align 4, !tbaa !4
  %128 = lshr i64 %126, 32
  %129 = add nuw nsw i64 %112, 2
  %130 = getelementptr inbounds [40 x i32], ptr %4, i64 0, i64 %129
  %131 = load i32, ptr %130, align 4, !tbaa !4
  %132 = zext i32 %131 to i64
  %133 = mul nuw i64 %110, %132
  %134 = add i64 %133, %128
  %135 = trunc i64 %134 to i32
  store i32 %135, ptr %130, align 4, !tbaa !4
  %136 = lshr i64 %134, 32
  %137 = add nuw nsw i64 %112, 3
  %138 = getelementptr inbounds [40 x i32], ptr %4, i64 0, i64 %137
  %139 = load i32, ptr %138, align 4, !tbaa !4
  %140 = zext i32 %139 to i64
  %141 = mul nuw i64 %110, %140
  %142 = add i64 %141, %136
  %143 = trunc i64 %142 to i32
  store i32 %143, ptr %138, align 4, !tbaa !4
  %144 = lshr i64 %142, 32
  %145 = add nuw nsw i64 %112, 4
  %146 = getelementptr inbounds [40 x i32], ptr %4, i64 0, i64 %145
  %147 = load i32, ptr %146, align 4, !tbaa !4
  %148 = zext i32 %147 to i64
  %149 = mul nuw i64 %110, %148
  %150 = add i64 %149, %144
  %151 = trunc i64 %150 to i32
  store i32 %151, ptr %146, align 4, !tbaa !4
  %152 = lshr i64 %150, 32
  %153 = add nuw nsw i64 %112, 5
  %154 = icmp eq i64 %153, 40
  br i1 %154, label %155, label %111, !llvm.loop !12

155:                                              ; preds = %111
  %156 = add nuw nsw i64 %110, 1
  %157 = icmp eq i64 %156, %14
  br i1 %157, label %15, label %109, !llvm.loop !13

158:                                              ; preds = %106, %425
  %159 = phi i32 [ 0, %106 ], [ %426, %425 ]
  br label %361

160:                                              ; preds = %425
  %161 = mul i64 %17, 1000
  %162 = add i64 %161, %107
  %163 = mul i64 %162, 31
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %2)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %2, ptr noundef nonnull align 8 dereferenceable(160) %5, i64 160, i1 false)
  br label %164

164:                                              ; preds = %248, %160
  %165 = phi i64 [ 0, %160 ], [ %253, %248 ]
  %166 = phi i32 [ 0, %160 ], [ %251, %248 ]
  %167 = load i32, ptr %2, align 8, !tbaa !4
  %168 = icmp eq i32 %167, 0
  br i1 %168, label %169, label %225

169:                                              ; preds = %164, %218
  %170 = phi i64 [ %216, %218 ], [ 0, %164 ]
  %171 = or i64 %170, 1
  %172 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %171
  %173 = load i32, ptr %172, align 4, !tbaa !4
  %174 = icmp eq i32 %173, 0
  br i1 %174, label %175, label %222, !llvm.loop !8

175:                                              ; preds = %169
  %176 = add nuw nsw i64 %170, 2
  %177 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %176
  %178 = load i32, ptr %177, align 8, !tbaa !4
  %179 = icmp eq i32 %178, 0
  br i1 %179, label %180, label %222, !llvm.loop !8

180:                                              ; preds = %175
  %181 = add nuw nsw i64 %170, 3
  %182 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %181
  %183 = load i32, ptr %182, align 4, !tbaa !4
  %184 = icmp eq i32 %183, 0
  br i1 %184, label %185, label %222, !llvm.loop !8

185:                                              ; preds = %180
  %186 = add nuw nsw i64 %170, 4
  %187 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %186
  %188 = load i32, ptr %187, align 8, !tbaa !4
  %189 = icmp eq i32 %188, 0
  br i1 %189, label %190, label %222, !llvm.loop !8

190:                                              ; preds = %185
  %191 = add nuw nsw i64 %170, 5
  %192 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %191
  %193 = load i32, ptr %192, align 4, !tbaa !4
  %194 = icmp eq i32 %193, 0
  br i1 %194, label %195, label %222, !llvm.loop !8

195:                                              ; preds = %190
  %196 = add nuw nsw i64 %170, 6
  %197 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %196
  %198 = load i32, ptr %197, align 8, !tbaa !4
  %199 = icmp eq i32 %198, 0
  br i1 %199, label %200, label %222, !llvm.loop !8

200:                                              ; preds = %195
  %201 = add nuw nsw i64 %170, 7
  %202 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %201
  %203 = load i32, ptr %202, align 4, !tbaa !4
  %204 = icmp eq i32 %203, 0
  br i1 %204, label %205, label %222, !llvm.loop !8

205:                                              ; preds = %200
  %206 = add nuw nsw i64 %170, 8
  %207 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %206
  %208 = load i32, ptr %207, align 8, !tbaa !4
  %209 = icmp eq i32 %208, 0
  br i1 %209, label %210, label %222, !llvm.loop !8

210:                                              ; preds = %205
  %211 = add nuw nsw i64 %170, 9
  %212 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %211
  %213 = load i32, ptr %212, align 4, !tbaa !4
  %214 = icmp eq i32 %213, 0
  br i1 %214, label %215, label %222, !llvm.loop !8

215:                                              ; preds = %210
  %216 = add nuw nsw i64 %170, 10
  %217 = icmp eq i64 %216, 40
  br i1 %217, label %254, label %218, !llvm.loop !8

218:                                              ; preds = %215
  %219 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %216
  %220 = load i32, ptr %219, align 8, !tbaa !4
  %221 = icmp eq i32 %220, 0
  br i1 %221, label %169, label %222, !llvm.loop !8

222:                                              ; preds = %218, %210, %205, %200, %195, %190, %185, %180, %175, %169
  %223 = phi i64 [ %170, %169 ], [ %171, %175 ], [ %176, %180 ], [ %181, %185 ], [ %186, %190 ], [ %191, %195 ], [ %196, %200 ], [ %201, %205 ], [ %206, %210 ], [ %211, %218 ]
  %224 = icmp ugt i64 %223, 38
  br i1 %224, label %254, label %225

225:                                              ; preds = %222, %164
  br label %226

226:                                              ; preds = %226, %225
  %227 = phi i64 [ 39, %225 ], [ %246, %226 ]
  %228 = phi i64 [ 0, %225 ], [ %245, %226 ]
  %229 = shl nuw nsw i64 %228, 32
  %230 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %227
  %231 = load i32, ptr %230, align 4, !tbaa !4
  %232 = zext i32 %231 to i64
  %233 = or i64 %229, %232
  %234 = udiv i64 %233, 10
  %235 = trunc i64 %234 to i32
  store i32 %235, ptr %230, align 4, !tbaa !4
  %236 = urem i64 %233, 10
  %237 = add nsw i64 %227, -1
  %238 = shl nuw nsw i64 %236, 32
  %239 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %237
  %240 = load i32, ptr %239, align 4, !tbaa !4
  %241 = zext i32 %240 to i64
  %242 = or i64 %238, %241
  %243 = udiv i64 %242, 10
  %244 = trunc i64 %243 to i32
  store i32 %244, ptr %239, align 4, !tbaa !4
  %245 = urem i64 %242, 10
  %246 = add nsw i64 %227, -2
  %247 = icmp eq i64 %237, 0
  br i1 %247, label %248, label %226, !llvm.loop !10

248:                                              ; preds = %226
  %249 = mul i64 %165, 10
  %250 = add i64 %245, %249
  %251 = add nuw nsw i32 %166, 1
  %252 = lshr i64 %250, 31
  %253 = xor i64 %252, %250
  br label %164, !llvm.loop !11

254:                                              ; preds = %222, %215
  %255 = mul i64 %165, 1000
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %2)
  %256 = add i64 %255, %163
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %8) #4
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %1) #4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) %1, i8 0, i64 160, i1 false)
  br label %257

257:                                              ; preds = %354, %254
  %258 = phi i64 [ 40, %254 ], [ %356, %354 ]
  %259 = phi i64 [ 0, %254 ], [ %355, %354 ]
  %260 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %259
  %261 = load i32, ptr %260, align 4, !tbaa !4
  %262 = icmp eq i32 %261, 0
  br i1 %262, label %354, label %263

263:                                              ; preds = %257
  %264 = zext i32 %261 to i64
  %265 = and i64 %258, 3
  %266 = add nsw i64 %259, -37
  %267 = icmp ult i64 %266, 3
  br i1 %267, label %329, label %268

268:                                              ; preds = %263
  %269 = and i64 %258, -4
  br label %270

270:                                              ; preds = %270, %268
  %271 = phi i64 [ 0, %268 ], [ %325, %270 ]
  %272 = phi i64 [ %259, %268 ], [ %326, %270 ]
  %273 = phi i64 [ 0, %268 ], [ %324, %270 ]
  %274 = phi i64 [ 0, %268 ], [ %327, %270 ]
  %275 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %271
  %276 = load i32, ptr %275, align 8, !tbaa !4
  %277 = zext i32 %276 to i64
  %278 = mul nuw i64 %277, %264
  %279 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %272
  %280 = load i32, ptr %279, align 4, !tbaa !4
  %281 = zext i32 %280 to i64
  %282 = add nuw nsw i64 %273, %281
  %283 = add i64 %282, %278
  %284 = trunc i64 %283 to i32
  store i32 %284, ptr %279, align 4, !tbaa !4
  %285 = lshr i64 %283, 32
  %286 = or i64 %271, 1
  %287 = add nuw nsw i64 %272, 1
  %288 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %286
  %289 = load i32, ptr %288, align 4, !tbaa !4
  %290 = zext i32 %289 to i64
  %291 = mul nuw i64 %290, %264
  %292 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %287
  %293 = load i32, ptr %292, align 4, !tbaa !4
  %294 = zext i32 %293 to i64
  %295 = add nuw nsw i64 %285, %294
  %296 = add i64 %295, %291
  %297 = trunc i64 %296 to i32
  store i32 %297, ptr %292, align 4, !tbaa !4
  %298 = lshr i64 %296, 32
  %299 = or i64 %271, 2
  %300 = add nuw nsw i64 %272, 2
  %301 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %299
  %302 = load i32, ptr %301, align 8, !tbaa !4
  %303 = zext i32 %302 to i64
  %304 = mul nuw i64 %303, %264
  %305 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %300
  %306 = load i32, ptr %305, align 4, !tbaa !4
  %307 = zext i32 %306 to i64
  %308 = add nuw nsw i64 %298, %307
  %309 = add i64 %308, %304
  %310 = trunc i64 %309 to i32
  store i32 %310, ptr %305, align 4, !tbaa !4
  %311 = lshr i64 %309, 32
  %312 = or i64 %271, 3
  %313 = add nuw nsw i64 %272, 3
  %314 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %312
  %315 = load i32, ptr %314, align 4, !tbaa !4
  %316 = zext i32 %315 to i64
  %317 = mul nuw i64 %316, %264
  %318 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %313
  %319 = load i32, ptr %318, align 4, !tbaa !4
  %320 = zext i32 %319 to i64
  %321 = add nuw nsw i64 %311, %320
  %322 = add i64 %321, %317
  %323 = trunc i64 %322 to i32
  store i32 %323, ptr %318, align 4, !tbaa !4
  %324 = lshr i64 %322, 32
  %325 = add nuw nsw i64 %271, 4
  %326 = add nuw nsw i64 %272, 4
  %327 = add nuw i64 %274, 4
  %328 = icmp eq i64 %327, %269
  br i1 %328, label %329, label %270, !llvm.loop !14

329:                                              ; preds = %270, %263
  %330 = phi i64 [ 0, %263 ], [ %325, %270 ]
  %331 = phi i64 [ %259, %263 ], [ %326, %270 ]
  %332 = phi i64 [ 0, %263 ], [ %324, %270 ]
  %333 = icmp eq i64 %265, 0
  br i1 %333, label %354, label %334

334:                                              ; preds = %329, %334
  %335 = phi i64 [ %350, %334 ], [ %330, %329 ]
  %336 = phi i64 [ %351, %334 ], [ %331, %329 ]
  %337 = phi i64 [ %349, %334 ], [ %332, %329 ]
  %338 = phi i64 [ %352, %334 ], [ 0, %329 ]
  %339 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %335
  %340 = load i32, ptr %339, align 4, !tbaa !4
  %341 = zext i32 %340 to i64
  %342 = mul nuw i64 %341, %264
  %343 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %336
  %344 = load i32, ptr %343, align 4, !tbaa !4
  %345 = zext i32 %344 to i64
  %346 = add nuw nsw i64 %337, %345
  %347 = add i64 %346, %342
  %348 = trunc i64 %347 to i32
  store i32 %348, ptr %343, align 4, !tbaa !4
  %349 = lshr i64 %347, 32
  %350 = add nuw nsw i64 %335, 1
  %351 = add nuw nsw i64 %336, 1
  %352 = add i64 %338, 1
  %353 = icmp eq i64 %352, %265
  br i1 %353, label %354, label %334, !llvm.loop !15

354:                                              ; preds = %329, %334, %257
  %355 = add nuw nsw i64 %259, 1
  %356 = add nsw i64 %258, -1
  %357 = icmp eq i64 %355, 40
  br i1 %357, label %358, label %257, !llvm.loop !17

358:                                              ; preds = %354
  %359 = zext i32 %166 to i64
  %360 = add i64 %256, %359
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %8, ptr noundef nonnull align 16 dereferenceable(160) %1, i64 160, i1 false)
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %1) #4
  br label %429

361:                                              ; preds = %361, %158
  %362 = phi i64 [ 0, %158 ], [ %423, %361 ]
  %363 = phi i64 [ 0, %158 ], [ %422, %361 ]
  %364 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %362
  %365 = load i32, ptr %364, align 4, !tbaa !4
  %366 = zext i32 %365 to i64
  %367 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %362
  %368 = load i32, ptr %367, align 4, !tbaa !4
  %369 = zext i32 %368 to i64
  %370 = add nuw nsw i64 %363, %366
  %371 = add nuw nsw i64 %370, %369
  %372 = trunc i64 %371 to i32
  %373 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 %362
  store i32 %372, ptr %373, align 4, !tbaa !4
  %374 = lshr i64 %371, 32
  %375 = add nuw nsw i64 %362, 1
  %376 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %375
  %377 = load i32, ptr %376, align 4, !tbaa !4
  %378 = zext i32 %377 to i64
  %379 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %375
  %380 = load i32, ptr %379, align 4, !tbaa !4
  %381 = zext i32 %380 to i64
  %382 = add nuw nsw i64 %374, %378
  %383 = add nuw nsw i64 %382, %381
  %384 = trunc i64 %383 to i32
  %385 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 %375
  store i32 %384, ptr %385, align 4, !tbaa !4
  %386 = lshr i64 %383, 32
  %387 = add nuw nsw i64 %362, 2
  %388 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %387
  %389 = load i32, ptr %388, align 4, !tbaa !4
  %390 = zext i32 %389 to i64
  %391 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %387
  %392 = load i32, ptr %391, align 4, !tbaa !4
  %393 = zext i32 %392 to i64
  %394 = add nuw nsw i64 %386, %390
  %395 = add nuw nsw i64 %394, %393
  %396 = trunc i64 %395 to i32
  %397 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 %387
  store i32 %396, ptr %397, align 4, !tbaa !4
  %398 = lshr i64 %395, 32
  %399 = add nuw nsw i64 %362, 3
  %400 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %399
  %401 = load i32, ptr %400, align 4, !tbaa !4
  %402 = zext i32 %401 to i64
  %403 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %399
  %404 = load i32, ptr %403, align 4, !tbaa !4
  %405 = zext i32 %404 to i64
  %406 = add nuw nsw i64 %398, %402
  %407 = add nuw nsw i64 %406, %405
  %408 = trunc i64 %407 to i32
  %409 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 %399
  store i32 %408, ptr %409, align 4, !tbaa !4
  %410 = lshr i64 %407, 32
  %411 = add nuw nsw i64 %362, 4
  %412 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %411
  %413 = load i32, ptr %412, align 4, !tbaa !4
  %414 = zext i32 %413 to i64
  %415 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %411
  %416 = load i32, ptr %415, align 4, !tbaa !4
  %417 = zext i32 %416 to i64
  %418 = add nuw nsw i64 %410, %414
  %419 = add nuw nsw i64 %418, %417
  %420 = trunc i64 %419 to i32
  %421 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 %411
  store i32 %420, ptr %421, align 4, !tbaa !4
  %422 = lshr i64 %419, 32
  %423 = add nuw nsw i64 %362, 5
  %424 = icmp eq i64 %423, 40
  br i1 %424, label %425, label %361, !llvm.loop !18

425:                                              ; preds = %361
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %5, ptr noundef nonnull align 4 dereferenceable(160) %6, i64 160, i1 false), !tbaa.struct !19
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %6, ptr noundef nonnull align 4 dereferenceable(160) %7, i64 160, i1 false), !tbaa.struct !19
  %426 = add nuw nsw i32 %159, 1
  %427 = icmp eq i32 %426, 500
  br i1 %427, label %160, label %158, !llvm.loop !21

428:                                              ; preds = %429
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %8) #4
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %7) #4
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %6) #4
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %5) #4
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %4) #4
  ret i64 %490

429:                                              ; preds = %429, %358
  %430 = phi i64 [ 0, %358 ], [ %491, %429 ]
  %431 = phi i64 [ %360, %358 ], [ %490, %429 ]
  %432 = mul i64 %431, 1000003
  %433 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %430
  %434 = load i32, ptr %433, align 4, !tbaa !4
  %435 = zext i32 %434 to i64
  %436 = add i64 %432, %435
  %437 = or i64 %430, 1
  %438 = mul i64 %436, 1000003
  %439 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %437
  %440 = load i32, ptr %439, align 4, !tbaa !4
  %441 = zext i32 %440 to i64
  %442 = add i64 %438, %441
  %443 = add nuw nsw i64 %430, 2
  %444 = mul i64 %442, 1000003
  %445 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %443
  %446 = load i32, ptr %445, align 4, !tbaa !4
  %447 = zext i32 %446 to i64
  %448 = add i64 %444, %447
  %449 = add nuw nsw i64 %430, 3
  %450 = mul i64 %448, 1000003
  %451 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %449
  %452 = load i32, ptr %451, align 4, !tbaa !4
  %453 = zext i32 %452 to i64
  %454 = add i64 %450, %453
  %455 = add nuw nsw i64 %430, 4
  %456 = mul i64 %454, 1000003
  %457 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %455
  %458 = load i32, ptr %457, align 4, !tbaa !4
  %459 = zext i32 %458 to i64
  %460 = add i64 %456, %459
  %461 = add nuw nsw i64 %430, 5
  %462 = mul i64 %460, 1000003
  %463 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %461
  %464 = load i32, ptr %463, align 4, !tbaa !4
  %465 = zext i32 %464 to i64
  %466 = add i64 %462, %465
  %467 = add nuw nsw i64 %430, 6
  %468 = mul i64 %466, 1000003
  %469 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %467
  %470 = load i32, ptr %469, align 4, !tbaa !4
  %471 = zext i32 %470 to i64
  %472 = add i64 %468, %471
  %473 = add nuw nsw i64 %430, 7
  %474 = mul i64 %472, 1000003
  %475 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %473
  %476 = load i32, ptr %475, align 4, !tbaa !4
  %477 = zext i32 %476 to i64
  %478 = add i64 %474, %477
  %479 = add nuw nsw i64 %430, 8
  %480 = mul i64 %478, 1000003
  %481 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %479
  %482 = load i32, ptr %481, align 4, !tbaa !4
  %483 = zext i32 %482 to i64
  %484 = add i64 %480, %483
  %485 = add nuw nsw i64 %430, 9
  %486 = mul i64 %484, 1000003
  %487 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %485
  %488 = load i32, ptr %487, align 4, !tbaa !4
  %489 = zext i32 %488 to i64
  %490 = add i64 %486, %489
  %491 = add nuw nsw i64 %430, 10
  %492 = icmp eq i64 %491, 40
  br i1 %492, label %428, label %429, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind }

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
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.unroll.disable"}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = !{i64 0, i64 160, !20}
!20 = !{!6, !6, i64 0}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9}
