; ModuleID = 'bitset_alloc.c'
source_filename = "bitset_alloc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 1234567, align 4
@bitmap = internal unnamed_addr global [16 x i64] zeroinitializer, align 16
@ring_tail = internal unnamed_addr global i32 0, align 4
@ring_head = internal unnamed_addr global i32 0, align 4
@ring = internal unnamed_addr global [64 x i32] zeroinitializer, align 16
@keys = internal unnamed_addr global [256 x i32] zeroinitializer, align 16
@vals = internal unnamed_addr global [256 x i32] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [32 x i32], align 16
  %2 = alloca [32 x i32], align 16
  %3 = load i32, ptr @g_seed, align 4, !tbaa !4
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %1) #4
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(128) @bitmap, i8 0, i64 128, i1 false)
  %4 = load i32, ptr @ring_tail, align 4, !tbaa !4
  %5 = load i32, ptr @ring_head, align 4, !tbaa !4
  br label %6

6:                                                ; preds = %0, %351
  %7 = phi i32 [ %3, %0 ], [ %18, %351 ]
  %8 = phi i64 [ 0, %0 ], [ %352, %351 ]
  %9 = phi i32 [ 0, %0 ], [ %126, %351 ]
  %10 = phi i32 [ 0, %0 ], [ %353, %351 ]
  %11 = phi i32 [ %4, %0 ], [ %210, %351 ]
  %12 = phi i32 [ %5, %0 ], [ %226, %351 ]
  %13 = shl i32 %7, 13
  %14 = xor i32 %13, %7
  %15 = lshr i32 %14, 17
  %16 = xor i32 %15, %14
  %17 = shl i32 %16, 5
  %18 = xor i32 %17, %16
  %19 = icmp sgt i32 %9, 31
  %20 = and i32 %16, 3
  %21 = icmp eq i32 %20, 0
  %22 = select i1 %19, i1 true, i1 %21
  br i1 %22, label %93, label %23

23:                                               ; preds = %6
  %24 = lshr i32 %18, 8
  %25 = urem i32 %24, 40
  %26 = add nuw nsw i32 %25, 1
  br label %27

27:                                               ; preds = %76, %23
  %28 = phi i64 [ 0, %23 ], [ %78, %76 ]
  %29 = phi i32 [ 0, %23 ], [ %77, %76 ]
  %30 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %28
  %31 = load i64, ptr %30, align 8, !tbaa !8
  %32 = icmp eq i64 %31, -1
  br i1 %32, label %76, label %33

33:                                               ; preds = %27, %72
  %34 = phi i64 [ %74, %72 ], [ 0, %27 ]
  %35 = phi i32 [ %73, %72 ], [ %29, %27 ]
  %36 = shl nuw i64 1, %34
  %37 = and i64 %36, %31
  %38 = icmp eq i64 %37, 0
  br i1 %38, label %39, label %64

39:                                               ; preds = %33
  %40 = add nsw i32 %35, 1
  %41 = icmp eq i32 %35, %25
  br i1 %41, label %44, label %64

42:                                               ; preds = %69
  %43 = or i64 %34, 1
  br label %44

44:                                               ; preds = %39, %42
  %45 = phi i64 [ %43, %42 ], [ %34, %39 ]
  %46 = trunc i64 %28 to i32
  %47 = trunc i64 %45 to i32
  %48 = shl nsw i32 %46, 6
  %49 = add nuw nsw i32 %48, %47
  %50 = sub nsw i32 %49, %26
  %51 = add nsw i32 %50, 1
  br label %52

52:                                               ; preds = %52, %44
  %53 = phi i32 [ %62, %52 ], [ %51, %44 ]
  %54 = srem i32 %53, 64
  %55 = zext i32 %54 to i64
  %56 = shl nuw i64 1, %55
  %57 = sdiv i32 %53, 64
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %58
  %60 = load i64, ptr %59, align 8, !tbaa !8
  %61 = or i64 %56, %60
  store i64 %61, ptr %59, align 8, !tbaa !8
  %62 = add nsw i32 %53, 1
  %63 = icmp slt i32 %53, %49
  br i1 %63, label %52, label %83, !llvm.loop !10

64:                                               ; preds = %39, %33
  %65 = phi i32 [ %40, %39 ], [ 0, %33 ]
  %66 = shl i64 2, %34
  %67 = and i64 %66, %31
  %68 = icmp eq i64 %67, 0
  br i1 %68, label %69, label %72

69:                                               ; preds = %64
  %70 = add nsw i32 %65, 1
  %71 = icmp eq i32 %65, %25
  br i1 %71, label %42, label %72

72:                                               ; preds = %69, %64
  %73 = phi i32 [ %70, %69 ], [ 0, %64 ]
  %74 = add nuw nsw i64 %34, 2
  %75 = icmp eq i64 %74, 64
  br i1 %75, label %76, label %33, !llvm.loop !12

76:                                               ; preds = %72, %27
  %77 = phi i32 [ 0, %27 ], [ %73, %72 ]
  %78 = add nuw nsw i64 %28, 1
  %79 = icmp eq i64 %78, 16
  br i1 %79, label %80, label %27, !llvm.loop !13

80:                                               ; preds = %76
  %81 = mul i64 %8, 31
  %82 = add i64 %81, -1
  br label %125

83:                                               ; preds = %52
  %84 = mul i64 %8, 31
  %85 = sext i32 %51 to i64
  %86 = add i64 %84, %85
  %87 = icmp sgt i32 %50, -2
  br i1 %87, label %88, label %125

88:                                               ; preds = %83
  %89 = sext i32 %9 to i64
  %90 = getelementptr inbounds [32 x i32], ptr %1, i64 0, i64 %89
  store i32 %51, ptr %90, align 4, !tbaa !4
  %91 = getelementptr inbounds [32 x i32], ptr %2, i64 0, i64 %89
  store i32 %26, ptr %91, align 4, !tbaa !4
  %92 = add nsw i32 %9, 1
  br label %125

93:                                               ; preds = %6
  %94 = icmp sgt i32 %9, 0
  br i1 %94, label %95, label %125

95:                                               ; preds = %93
  %96 = lshr i32 %18, 4
  %97 = urem i32 %96, %9
  %98 = zext i32 %97 to i64
  %99 = getelementptr inbounds [32 x i32], ptr %1, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4, !tbaa !4
  %101 = getelementptr inbounds [32 x i32], ptr %2, i64 0, i64 %98
  %102 = load i32, ptr %101, align 4, !tbaa !4
  %103 = add nsw i32 %102, %100
  %104 = icmp sgt i32 %102, 0
  br i1 %104, label %105, label %118

105:                                              ; preds = %95, %105
  %106 = phi i32 [ %116, %105 ], [ %100, %95 ]
  %107 = srem i32 %106, 64
  %108 = zext i32 %107 to i64
  %109 = shl nuw i64 1, %108
  %110 = xor i64 %109, -1
  %111 = sdiv i32 %106, 64
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %112
  %114 = load i64, ptr %113, align 8, !tbaa !8
  %115 = and i64 %114, %110
  store i64 %115, ptr %113, align 8, !tbaa !8
  %116 = add nsw i32 %106, 1
  %117 = icmp slt i32 %116, %103
  br i1 %117, label %105, label %118, !llvm.loop !14

118:                                              ; preds = %105, %95
  %119 = add nsw i32 %9, -1
  %120 = zext i32 %119 to i64
  %121 = getelementptr inbounds [32 x i32], ptr %1, i64 0, i64 %120
  %122 = load i32, ptr %121, align 4, !tbaa !4
  store i32 %122, ptr %99, align 4, !tbaa !4
  %123 = getelementptr inbounds [32 x i32], ptr %2, i64 0, i64 %120
  %124 = load i32, ptr %123, align 4, !tbaa !4
  store i32 %124, ptr %101, align 4, !tbaa !4
  br label %125

125:                                              ; preds = %80, %83, %88, %93, %118
  %126 = phi i32 [ %119, %118 ], [ %9, %93 ], [ %92, %88 ], [ %9, %83 ], [ %9, %80 ]
  %127 = phi i64 [ %8, %118 ], [ %8, %93 ], [ %86, %88 ], [ %86, %83 ], [ %82, %80 ]
  %128 = load i64, ptr @bitmap, align 16, !tbaa !8
  %129 = icmp eq i64 %128, -1
  br i1 %129, label %136, label %130

130:                                              ; preds = %178, %175, %172, %169, %166, %163, %160, %157, %154, %151, %148, %145, %142, %139, %136, %125
  %131 = phi i64 [ 0, %125 ], [ 64, %136 ], [ 128, %139 ], [ 192, %142 ], [ 256, %145 ], [ 320, %148 ], [ 384, %151 ], [ 448, %154 ], [ 512, %157 ], [ 576, %160 ], [ 640, %163 ], [ 704, %166 ], [ 768, %169 ], [ 832, %172 ], [ 896, %175 ], [ 960, %178 ]
  %132 = phi i64 [ %128, %125 ], [ %137, %136 ], [ %140, %139 ], [ %143, %142 ], [ %146, %145 ], [ %149, %148 ], [ %152, %151 ], [ %155, %154 ], [ %158, %157 ], [ %161, %160 ], [ %164, %163 ], [ %167, %166 ], [ %170, %169 ], [ %173, %172 ], [ %176, %175 ], [ %179, %178 ]
  %133 = xor i64 %132, -1
  %134 = tail call i64 @llvm.cttz.i64(i64 %133, i1 true), !range !15
  %135 = or i64 %134, %131
  br label %181

136:                                              ; preds = %125
  %137 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 1), align 8, !tbaa !8
  %138 = icmp eq i64 %137, -1
  br i1 %138, label %139, label %130

139:                                              ; preds = %136
  %140 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 2), align 16, !tbaa !8
  %141 = icmp eq i64 %140, -1
  br i1 %141, label %142, label %130

142:                                              ; preds = %139
  %143 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 3), align 8, !tbaa !8
  %144 = icmp eq i64 %143, -1
  br i1 %144, label %145, label %130

145:                                              ; preds = %142
  %146 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 4), align 16, !tbaa !8
  %147 = icmp eq i64 %146, -1
  br i1 %147, label %148, label %130

148:                                              ; preds = %145
  %149 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 5), align 8, !tbaa !8
  %150 = icmp eq i64 %149, -1
  br i1 %150, label %151, label %130

151:                                              ; preds = %148
  %152 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 6), align 16, !tbaa !8
  %153 = icmp eq i64 %152, -1
  br i1 %153, label %154, label %130

154:                                              ; preds = %151
  %155 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 7), align 8, !tbaa !8
  %156 = icmp eq i64 %155, -1
  br i1 %156, label %157, label %130

157:                                              ; preds = %154
  %158 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 8), align 16, !tbaa !8
  %159 = icmp eq i64 %158, -1
  br i1 %159, label %160, label %130

160:                                              ; preds = %157
  %161 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 9), align 8, !tbaa !8
  %162 = icmp eq i64 %161, -1
  br i1 %162, label %163, label %130

163:                                              ; preds = %160
  %164 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 10), align 16, !tbaa !8
  %165 = icmp eq i64 %164, -1
  br i1 %165, label %166, label %130

166:                                              ; preds = %163
  %167 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 11), align 8, !tbaa !8
  %168 = icmp eq i64 %167, -1
  br i1 %168, label %169, label %130

169:                                              ; preds = %166
  %170 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 12), align 16, !tbaa !8
  %171 = icmp eq i64 %170, -1
  br i1 %171, label %172, label %130

172:                                              ; preds = %169
  %173 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 13), align 8, !tbaa !8
  %174 = icmp eq i64 %173, -1
  br i1 %174, label %175, label %130

175:                                              ; preds = %172
  %176 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 14), align 16, !tbaa !8
  %177 = icmp eq i64 %176, -1
  br i1 %177, label %178, label %130

178:                                              ; preds = %175
  %179 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 15), align 8, !tbaa !8
  %180 = icmp eq i64 %179, -1
  br i1 %180, label %181, label %130

181:                                              ; preds = %130, %178
  %182 = phi i64 [ %135, %130 ], [ -1, %178 ]
  %183 = add i64 %182, %127
  %184 = sub i32 %11, %12
  %185 = icmp eq i32 %184, 64
  br i1 %185, label %186, label %201

186:                                              ; preds = %181
  %187 = icmp eq i32 %11, %12
  br i1 %187, label %194, label %188

188:                                              ; preds = %186
  %189 = add i32 %12, 1
  store i32 %189, ptr @ring_head, align 4, !tbaa !4
  %190 = and i32 %12, 63
  %191 = zext i32 %190 to i64
  %192 = getelementptr inbounds [64 x i32], ptr @ring, i64 0, i64 %191
  %193 = load i32, ptr %192, align 4, !tbaa !4
  br label %194

194:                                              ; preds = %186, %188
  %195 = phi i32 [ %11, %186 ], [ %189, %188 ]
  %196 = phi i32 [ 0, %186 ], [ %193, %188 ]
  %197 = zext i32 %196 to i64
  %198 = xor i64 %183, %197
  %199 = sub i32 %11, %195
  %200 = icmp eq i32 %199, 64
  br i1 %200, label %208, label %201

201:                                              ; preds = %194, %181
  %202 = phi i32 [ %12, %181 ], [ %195, %194 ]
  %203 = phi i64 [ %183, %181 ], [ %198, %194 ]
  %204 = add i32 %11, 1
  store i32 %204, ptr @ring_tail, align 4, !tbaa !4
  %205 = and i32 %11, 63
  %206 = zext i32 %205 to i64
  %207 = getelementptr inbounds [64 x i32], ptr @ring, i64 0, i64 %206
  store i32 %18, ptr %207, align 4, !tbaa !4
  br label %208

208:                                              ; preds = %201, %194
  %209 = phi i32 [ %195, %194 ], [ %202, %201 ]
  %210 = phi i32 [ %11, %194 ], [ %204, %201 ]
  %211 = phi i64 [ %198, %194 ], [ %203, %201 ]
  %212 = urem i32 %10, 3
  %213 = icmp ne i32 %212, 0
  %214 = icmp eq i32 %210, %209
  %215 = select i1 %213, i1 true, i1 %214
  br i1 %215, label %225, label %216

216:                                              ; preds = %208
  %217 = add i32 %209, 1
  store i32 %217, ptr @ring_head, align 4, !tbaa !4
  %218 = and i32 %209, 63
  %219 = zext i32 %218 to i64
  %220 = getelementptr inbounds [64 x i32], ptr @ring, i64 0, i64 %219
  %221 = load i32, ptr %220, align 4, !tbaa !4
  %222 = lshr i32 %221, 3
  %223 = zext i32 %222 to i64
  %224 = add i64 %211, %223
  br label %225

225:                                              ; preds = %216, %208
  %226 = phi i32 [ %209, %208 ], [ %217, %216 ]
  %227 = phi i64 [ %211, %208 ], [ %224, %216 ]
  %228 = lshr i32 %18, 20
  %229 = trunc i32 %228 to i16
  %230 = urem i16 %229, 400
  %231 = add nuw nsw i16 %230, 2
  %232 = zext i16 %231 to i32
  %233 = and i32 %18, 256
  %234 = icmp eq i32 %233, 0
  %235 = mul i32 %232, 2146121005
  %236 = lshr i32 %235, 15
  %237 = xor i32 %236, %235
  br i1 %234, label %288, label %238

238:                                              ; preds = %225, %273
  %239 = phi i32 [ %275, %273 ], [ %237, %225 ]
  %240 = phi i32 [ %274, %273 ], [ 0, %225 ]
  %241 = phi i32 [ %271, %273 ], [ 256, %225 ]
  %242 = and i32 %239, 255
  %243 = zext i32 %242 to i64
  %244 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %243
  %245 = load i32, ptr %244, align 4, !tbaa !4
  %246 = icmp eq i32 %245, %232
  br i1 %246, label %282, label %247

247:                                              ; preds = %238
  %248 = icmp eq i32 %245, 1
  %249 = icmp eq i32 %241, 256
  %250 = select i1 %248, i1 %249, i1 false
  %251 = select i1 %250, i32 %242, i32 %241
  %252 = icmp eq i32 %245, 0
  br i1 %252, label %253, label %260

253:                                              ; preds = %267, %247
  %254 = phi i32 [ %251, %247 ], [ %271, %267 ]
  %255 = phi i32 [ %242, %247 ], [ %262, %267 ]
  %256 = icmp eq i32 %254, 256
  %257 = select i1 %256, i32 %255, i32 %254
  %258 = zext i32 %257 to i64
  %259 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %258
  store i32 %232, ptr %259, align 4, !tbaa !4
  br label %285

260:                                              ; preds = %247
  %261 = add i32 %239, 1
  %262 = and i32 %261, 255
  %263 = zext i32 %262 to i64
  %264 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %263
  %265 = load i32, ptr %264, align 4, !tbaa !4
  %266 = icmp eq i32 %265, %232
  br i1 %266, label %282, label %267

267:                                              ; preds = %260
  %268 = icmp eq i32 %265, 1
  %269 = icmp eq i32 %251, 256
  %270 = select i1 %268, i1 %269, i1 false
  %271 = select i1 %270, i32 %262, i32 %251
  %272 = icmp eq i32 %265, 0
  br i1 %272, label %253, label %273

273:                                              ; preds = %267
  %274 = add nuw nsw i32 %240, 2
  %275 = add nuw nsw i32 %262, 1
  %276 = icmp eq i32 %274, 256
  br i1 %276, label %277, label %238, !llvm.loop !16

277:                                              ; preds = %273
  %278 = icmp eq i32 %271, 256
  br i1 %278, label %313, label %279

279:                                              ; preds = %277
  %280 = zext i32 %271 to i64
  %281 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %280
  store i32 %232, ptr %281, align 4, !tbaa !4
  br label %285

282:                                              ; preds = %260, %238
  %283 = phi i32 [ %242, %238 ], [ %262, %260 ]
  %284 = zext i32 %283 to i64
  br label %285

285:                                              ; preds = %282, %279, %253
  %286 = phi i64 [ %258, %253 ], [ %280, %279 ], [ %284, %282 ]
  %287 = getelementptr inbounds [256 x i32], ptr @vals, i64 0, i64 %286
  store i32 %18, ptr %287, align 4, !tbaa !4
  br label %313

288:                                              ; preds = %225, %309
  %289 = phi i32 [ %311, %309 ], [ %237, %225 ]
  %290 = phi i32 [ %310, %309 ], [ 0, %225 ]
  %291 = and i32 %289, 255
  %292 = zext i32 %291 to i64
  %293 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %292
  %294 = load i32, ptr %293, align 4, !tbaa !4
  %295 = icmp eq i32 %294, 0
  br i1 %295, label %313, label %296

296:                                              ; preds = %288
  %297 = icmp eq i32 %294, %232
  br i1 %297, label %298, label %300

298:                                              ; preds = %307, %296
  %299 = phi ptr [ %293, %296 ], [ %304, %307 ]
  store i32 1, ptr %299, align 4, !tbaa !4
  br label %313

300:                                              ; preds = %296
  %301 = add i32 %289, 1
  %302 = and i32 %301, 255
  %303 = zext i32 %302 to i64
  %304 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %303
  %305 = load i32, ptr %304, align 4, !tbaa !4
  %306 = icmp eq i32 %305, 0
  br i1 %306, label %313, label %307

307:                                              ; preds = %300
  %308 = icmp eq i32 %305, %232
  br i1 %308, label %298, label %309

309:                                              ; preds = %307
  %310 = add nuw nsw i32 %290, 2
  %311 = add nuw nsw i32 %302, 1
  %312 = icmp eq i32 %310, 256
  br i1 %312, label %313, label %288, !llvm.loop !17

313:                                              ; preds = %288, %300, %309, %298, %285, %277
  %314 = lshr i32 %18, 11
  %315 = urem i32 %314, 400
  %316 = add nuw nsw i32 %315, 2
  %317 = mul i32 %316, 2146121005
  %318 = lshr i32 %317, 15
  %319 = xor i32 %318, %317
  br label %320

320:                                              ; preds = %339, %313
  %321 = phi i32 [ %319, %313 ], [ %341, %339 ]
  %322 = phi i32 [ 0, %313 ], [ %340, %339 ]
  %323 = and i32 %321, 255
  %324 = zext i32 %323 to i64
  %325 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %324
  %326 = load i32, ptr %325, align 4, !tbaa !4
  %327 = icmp eq i32 %326, 0
  br i1 %327, label %351, label %328

328:                                              ; preds = %320
  %329 = icmp eq i32 %326, %316
  br i1 %329, label %343, label %330

330:                                              ; preds = %328
  %331 = add i32 %321, 1
  %332 = and i32 %331, 255
  %333 = zext i32 %332 to i64
  %334 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %333
  %335 = load i32, ptr %334, align 4, !tbaa !4
  %336 = icmp eq i32 %335, 0
  br i1 %336, label %351, label %337

337:                                              ; preds = %330
  %338 = icmp eq i32 %335, %316
  br i1 %338, label %343, label %339

339:                                              ; preds = %337
  %340 = add nuw nsw i32 %322, 2
  %341 = add nuw nsw i32 %332, 1
  %342 = icmp eq i32 %340, 256
  br i1 %342, label %351, label %320, !llvm.loop !18

343:                                              ; preds = %337, %328
  %344 = phi i32 [ %323, %328 ], [ %332, %337 ]
  %345 = zext i32 %344 to i64
  %346 = getelementptr inbounds [256 x i32], ptr @vals, i64 0, i64 %345
  %347 = load i32, ptr %346, align 4, !tbaa !4
  %348 = mul i64 %227, 3
  %349 = zext i32 %347 to i64
  %350 = add i64 %348, %349
  br label %351

351:                                              ; preds = %320, %330, %339, %343
  %352 = phi i64 [ %350, %343 ], [ %227, %339 ], [ %227, %330 ], [ %227, %320 ]
  %353 = add nuw nsw i32 %10, 1
  %354 = icmp eq i32 %353, 1500
  br i1 %354, label %355, label %6, !llvm.loop !19

355:                                              ; preds = %351
  %356 = mul i64 %352, 1000003
  %357 = add i64 %128, %356
  %358 = mul i64 %357, 1000003
  %359 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 1), align 8, !tbaa !8
  %360 = add i64 %359, %358
  %361 = mul i64 %360, 1000003
  %362 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 2), align 16, !tbaa !8
  %363 = add i64 %362, %361
  %364 = mul i64 %363, 1000003
  %365 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 3), align 8, !tbaa !8
  %366 = add i64 %365, %364
  %367 = mul i64 %366, 1000003
  %368 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 4), align 16, !tbaa !8
  %369 = add i64 %368, %367
  %370 = mul i64 %369, 1000003
  %371 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 5), align 8, !tbaa !8
  %372 = add i64 %371, %370
  %373 = mul i64 %372, 1000003
  %374 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 6), align 16, !tbaa !8
  %375 = add i64 %374, %373
  %376 = mul i64 %375, 1000003
  %377 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 7), align 8, !tbaa !8
  %378 = add i64 %377, %376
  %379 = mul i64 %378, 1000003
  %380 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 8), align 16, !tbaa !8
  %381 = add i64 %380, %379
  %382 = mul i64 %381, 1000003
  %383 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 9), align 8, !tbaa !8
  %384 = add i64 %383, %382
  %385 = mul i64 %384, 1000003
  %386 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 10), align 16, !tbaa !8
  %387 = add i64 %386, %385
  %388 = mul i64 %387, 1000003
  %389 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 11), align 8, !tbaa !8
  %390 = add i64 %389, %388
  %391 = mul i64 %390, 1000003
  %392 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 12), align 16, !tbaa !8
  %393 = add i64 %392, %391
  %394 = mul i64 %393, 1000003
  %395 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 13), align 8, !tbaa !8
  %396 = add i64 %395, %394
  %397 = mul i64 %396, 1000003
  %398 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 14), align 16, !tbaa !8
  %399 = add i64 %398, %397
  %400 = mul i64 %399, 1000003
  %401 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 15), align 8, !tbaa !8
  %402 = add i64 %401, %400
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %1) #4
  ret i64 %402
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #3

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
!8 = !{!9, !9, i64 0}
!9 = !{!"long", !6, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11}
!15 = !{i64 0, i64 65}
!16 = distinct !{!16, !11}
!17 = distinct !{!17, !11}
!18 = distinct !{!18, !11}
!19 = distinct !{!19, !11}
