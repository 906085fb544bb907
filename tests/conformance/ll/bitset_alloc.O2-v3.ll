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

6:                                                ; preds = %0, %407
  %7 = phi i32 [ %3, %0 ], [ %18, %407 ]
  %8 = phi i64 [ 0, %0 ], [ %408, %407 ]
  %9 = phi i32 [ 0, %0 ], [ %146, %407 ]
  %10 = phi i32 [ 0, %0 ], [ %409, %407 ]
  %11 = phi i32 [ %4, %0 ], [ %230, %407 ]
  %12 = phi i32 [ %5, %0 ], [ %246, %407 ]
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
  br i1 %22, label %113, label %23

23:                                               ; preds = %6
  %24 = lshr i32 %18, 8
  %25 = urem i32 %24, 40
  %26 = add nuw nsw i32 %25, 1
  br label %27

27:                                               ; preds = %96, %23
  %28 = phi i64 [ 0, %23 ], [ %98, %96 ]
  %29 = phi i32 [ 0, %23 ], [ %97, %96 ]
  %30 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %28
  %31 = load i64, ptr %30, align 8, !tbaa !8
  %32 = icmp eq i64 %31, -1
  br i1 %32, label %96, label %33

33:                                               ; preds = %27, %92
  %34 = phi i64 [ %94, %92 ], [ 0, %27 ]
  %35 = phi i32 [ %93, %92 ], [ %29, %27 ]
  %36 = shl nuw i64 1, %34
  %37 = and i64 %36, %31
  %38 = icmp eq i64 %37, 0
  br i1 %38, label %39, label %68

39:                                               ; preds = %33
  %40 = add nsw i32 %35, 1
  %41 = icmp eq i32 %35, %25
  br i1 %41, label %48, label %68

42:                                               ; preds = %89
  %43 = or i64 %34, 3
  br label %48

44:                                               ; preds = %81
  %45 = or i64 %34, 2
  br label %48

46:                                               ; preds = %73
  %47 = or i64 %34, 1
  br label %48

48:                                               ; preds = %39, %46, %44, %42
  %49 = phi i64 [ %43, %42 ], [ %45, %44 ], [ %47, %46 ], [ %34, %39 ]
  %50 = trunc i64 %28 to i32
  %51 = trunc i64 %49 to i32
  %52 = shl nsw i32 %50, 6
  %53 = add nuw nsw i32 %52, %51
  %54 = sub nsw i32 %53, %26
  %55 = add nsw i32 %54, 1
  br label %56

56:                                               ; preds = %56, %48
  %57 = phi i32 [ %66, %56 ], [ %55, %48 ]
  %58 = srem i32 %57, 64
  %59 = zext i32 %58 to i64
  %60 = shl nuw i64 1, %59
  %61 = sdiv i32 %57, 64
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %62
  %64 = load i64, ptr %63, align 8, !tbaa !8
  %65 = or i64 %60, %64
  store i64 %65, ptr %63, align 8, !tbaa !8
  %66 = add nsw i32 %57, 1
  %67 = icmp slt i32 %57, %53
  br i1 %67, label %56, label %103, !llvm.loop !10

68:                                               ; preds = %39, %33
  %69 = phi i32 [ %40, %39 ], [ 0, %33 ]
  %70 = shl i64 2, %34
  %71 = and i64 %70, %31
  %72 = icmp eq i64 %71, 0
  br i1 %72, label %73, label %76

73:                                               ; preds = %68
  %74 = add nsw i32 %69, 1
  %75 = icmp eq i32 %69, %25
  br i1 %75, label %46, label %76

76:                                               ; preds = %73, %68
  %77 = phi i32 [ %74, %73 ], [ 0, %68 ]
  %78 = shl i64 4, %34
  %79 = and i64 %78, %31
  %80 = icmp eq i64 %79, 0
  br i1 %80, label %81, label %84

81:                                               ; preds = %76
  %82 = add nsw i32 %77, 1
  %83 = icmp eq i32 %77, %25
  br i1 %83, label %44, label %84

84:                                               ; preds = %81, %76
  %85 = phi i32 [ %82, %81 ], [ 0, %76 ]
  %86 = shl i64 8, %34
  %87 = and i64 %86, %31
  %88 = icmp eq i64 %87, 0
  br i1 %88, label %89, label %92

89:                                               ; preds = %84
  %90 = add nsw i32 %85, 1
  %91 = icmp eq i32 %85, %25
  br i1 %91, label %42, label %92

92:                                               ; preds = %89, %84
  %93 = phi i32 [ %90, %89 ], [ 0, %84 ]
  %94 = add nuw nsw i64 %34, 4
  %95 = icmp eq i64 %94, 64
  br i1 %95, label %96, label %33, !llvm.loop !12

96:                                               ; preds = %92, %27
  %97 = phi i32 [ 0, %27 ], [ %93, %92 ]
  %98 = add nuw nsw i64 %28, 1
  %99 = icmp eq i64 %98, 16
  br i1 %99, label %100, label %27, !llvm.loop !13

100:                                              ; preds = %96
  %101 = mul i64 %8, 31
  %102 = add i64 %101, -1
  br label %145

103:                                              ; preds = %56
  %104 = mul i64 %8, 31
  %105 = sext i32 %55 to i64
  %106 = add i64 %104, %105
  %107 = icmp sgt i32 %54, -2
  br i1 %107, label %108, label %145

108:                                              ; preds = %103
  %109 = sext i32 %9 to i64
  %110 = getelementptr inbounds [32 x i32], ptr %1, i64 0, i64 %109
  store i32 %55, ptr %110, align 4, !tbaa !4
  %111 = getelementptr inbounds [32 x i32], ptr %2, i64 0, i64 %109
  store i32 %26, ptr %111, align 4, !tbaa !4
  %112 = add nsw i32 %9, 1
  br label %145

113:                                              ; preds = %6
  %114 = icmp sgt i32 %9, 0
  br i1 %114, label %115, label %145

115:                                              ; preds = %113
  %116 = lshr i32 %18, 4
  %117 = urem i32 %116, %9
  %118 = zext i32 %117 to i64
  %119 = getelementptr inbounds [32 x i32], ptr %1, i64 0, i64 %118
  %120 = load i32, ptr %119, align 4, !tbaa !4
  %121 = getelementptr inbounds [32 x i32], ptr %2, i64 0, i64 %118
  %122 = load i32, ptr %121, align 4, !tbaa !4
  %123 = add nsw i32 %122, %120
  %124 = icmp sgt i32 %122, 0
  br i1 %124, label %125, label %138

125:                                              ; preds = %115, %125
  %126 = phi i32 [ %136, %125 ], [ %120, %115 ]
  %127 = srem i32 %126, 64
  %128 = zext i32 %127 to i64
  %129 = shl nuw i64 1, %128
  %130 = xor i64 %129, -1
  %131 = sdiv i32 %126, 64
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %132
  %134 = load i64, ptr %133, align 8, !tbaa !8
  %135 = and i64 %134, %130
  store i64 %135, ptr %133, align 8, !tbaa !8
  %136 = add nsw i32 %126, 1
  %137 = icmp slt i32 %136, %123
  br i1 %137, label %125, label %138, !llvm.loop !14

138:                                              ; preds = %125, %115
  %139 = add nsw i32 %9, -1
  %140 = zext i32 %139 to i64
  %141 = getelementptr inbounds [32 x i32], ptr %1, i64 0, i64 %140
  %142 = load i32, ptr %141, align 4, !tbaa !4
  store i32 %142, ptr %119, align 4, !tbaa !4
  %143 = getelementptr inbounds [32 x i32], ptr %2, i64 0, i64 %140
  %144 = load i32, ptr %143, align 4, !tbaa !4
  store i32 %144, ptr %121, align 4, !tbaa !4
  br label %145

145:                                              ; preds = %100, %103, %108, %113, %138
  %146 = phi i32 [ %139, %138 ], [ %9, %113 ], [ %112, %108 ], [ %9, %103 ], [ %9, %100 ]
  %147 = phi i64 [ %8, %138 ], [ %8, %113 ], [ %106, %108 ], [ %106, %103 ], [ %102, %100 ]
  %148 = load i64, ptr @bitmap, align 16, !tbaa !8
  %149 = icmp eq i64 %148, -1
  br i1 %149, label %156, label %150

150:                                              ; preds = %198, %195, %192, %189, %186, %183, %180, %177, %174, %171, %168, %165, %162, %159, %156, %145
  %151 = phi i64 [ 0, %145 ], [ 64, %156 ], [ 128, %159 ], [ 192, %162 ], [ 256, %165 ], [ 320, %168 ], [ 384, %171 ], [ 448, %174 ], [ 512, %177 ], [ 576, %180 ], [ 640, %183 ], [ 704, %186 ], [ 768, %189 ], [ 832, %192 ], [ 896, %195 ], [ 960, %198 ]
  %152 = phi i64 [ %148, %145 ], [ %157, %156 ], [ %160, %159 ], [ %163, %162 ], [ %166, %165 ], [ %169, %168 ], [ %172, %171 ], [ %175, %174 ], [ %178, %177 ], [ %181, %180 ], [ %184, %183 ], [ %187, %186 ], [ %190, %189 ], [ %193, %192 ], [ %196, %195 ], [ %199, %198 ]
  %153 = xor i64 %152, -1
  %154 = tail call i64 @llvm.cttz.i64(i64 %153, i1 true), !range !15
  %155 = or i64 %154, %151
  br label %201

156:                                              ; preds = %145
  %157 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 1), align 8, !tbaa !8
  %158 = icmp eq i64 %157, -1
  br i1 %158, label %159, label %150

159:                                              ; preds = %156
  %160 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 2), align 16, !tbaa !8
  %161 = icmp eq i64 %160, -1
  br i1 %161, label %162, label %150

162:                                              ; preds = %159
  %163 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 3), align 8, !tbaa !8
  %164 = icmp eq i64 %163, -1
  br i1 %164, label %165, label %150

165:                                              ; preds = %162
  %166 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 4), align 16, !tbaa !8
  %167 = icmp eq i64 %166, -1
  br i1 %167, label %168, label %150

168:                                              ; preds = %165
  %169 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 5), align 8, !tbaa !8
  %170 = icmp eq i64 %169, -1
  br i1 %170, label %171, label %150

171:                                              ; preds = %168
  %172 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 6), align 16, !tbaa !8
  %173 = icmp eq i64 %172, -1
  br i1 %173, label %174, label %150

174:                                              ; preds = %171
  %175 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 7), align 8, !tbaa !8
  %176 = icmp eq i64 %175, -1
  br i1 %176, label %177, label %150

177:                                              ; preds = %174
  %178 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 8), align 16, !tbaa !8
  %179 = icmp eq i64 %178, -1
  br i1 %179, label %180, label %150

180:                                              ; preds = %177
  %181 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 9), align 8, !tbaa !8
  %182 = icmp eq i64 %181, -1
  br i1 %182, label %183, label %150

183:                                              ; preds = %180
  %184 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 10), align 16, !tbaa !8
  %185 = icmp eq i64 %184, -1
  br i1 %185, label %186, label %150

186:                                              ; preds = %183
  %187 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 11), align 8, !tbaa !8
  %188 = icmp eq i64 %187, -1
  br i1 %188, label %189, label %150

189:                                              ; preds = %186
  %190 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 12), align 16, !tbaa !8
  %191 = icmp eq i64 %190, -1
  br i1 %191, label %192, label %150

192:                                              ; preds = %189
  %193 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 13), align 8, !tbaa !8
  %194 = icmp eq i64 %193, -1
  br i1 %194, label %195, label %150

195:                                              ; preds = %192
  %196 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 14), align 16, !tbaa !8
  %197 = icmp eq i64 %196, -1
  br i1 %197, label %198, label %150

198:                                              ; preds = %195
  %199 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 15), align 8, !tbaa !8
  %200 = icmp eq i64 %199, -1
  br i1 %200, label %201, label %150

201:                                              ; preds = %150, %198
  %202 = phi i64 [ %155, %150 ], [ -1, %198 ]
  %203 = add i64 %202, %147
  %204 = sub i32 %11, %12
  %205 = icmp eq i32 %204, 64
  br i1 %205, label %206, label %221

206:                                              ; preds = %201
  %207 = icmp eq i32 %11, %12
  br i1 %207, label %214, label %208

208:                                              ; preds = %206
  %209 = add i32 %12, 1
  store i32 %209, ptr @ring_head, align 4, !tbaa !4
  %210 = and i32 %12, 63
  %211 = zext i32 %210 to i64
  %212 = getelementptr inbounds [64 x i32], ptr @ring, i64 0, i64 %211
  %213 = load i32, ptr %212, align 4, !tbaa !4
  br label %214

214:                                              ; preds = %206, %208
  %215 = phi i32 [ %11, %206 ], [ %209, %208 ]
  %216 = phi i32 [ 0, %206 ], [ %213, %208 ]
  %217 = zext i32 %216 to i64
  %218 = xor i64 %203, %217
  %219 = sub i32 %11, %215
  %220 = icmp eq i32 %219, 64
  br i1 %220, label %228, label %221

221:                                              ; preds = %214, %201
  %222 = phi i32 [ %12, %201 ], [ %215, %214 ]
  %223 = phi i64 [ %203, %201 ], [ %218, %214 ]
  %224 = add i32 %11, 1
  store i32 %224, ptr @ring_tail, align 4, !tbaa !4
  %225 = and i32 %11, 63
  %226 = zext i32 %225 to i64
  %227 = getelementptr inbounds [64 x i32], ptr @ring, i64 0, i64 %226
  store i32 %18, ptr %227, align 4, !tbaa !4
  br label %228

228:                                              ; preds = %221, %214
  %229 = phi i32 [ %215, %214 ], [ %222, %221 ]
  %230 = phi i32 [ %11, %214 ], [ %224, %221 ]
  %231 = phi i64 [ %218, %214 ], [ %223, %221 ]
  %232 = urem i32 %10, 3
  %233 = icmp ne i32 %232, 0
  %234 = icmp eq i32 %230, %229
  %235 = select i1 %233, i1 true, i1 %234
  br i1 %235, label %245, label %236

236:                                              ; preds = %228
  %237 = add i32 %229, 1
  store i32 %237, ptr @ring_head, align 4, !tbaa !4
  %238 = and i32 %229, 63
  %239 = zext i32 %238 to i64
  %240 = getelementptr inbounds [64 x i32], ptr @ring, i64 0, i64 %239
  %241 = load i32, ptr %240, align 4, !tbaa !4
  %242 = lshr i32 %241, 3
  %243 = zext i32 %242 to i64
  %244 = add i64 %231, %243
  br label %245

245:                                              ; preds = %236, %228
  %246 = phi i32 [ %229, %228 ], [ %237, %236 ]
  %247 = phi i64 [ %231, %228 ], [ %244, %236 ]
  %248 = lshr i32 %18, 20
  %249 = trunc i32 %248 to i16
  %250 = urem i16 %249, 400
  %251 = add nuw nsw i16 %250, 2
  %252 = zext i16 %251 to i32
  %253 = and i32 %18, 256
  %254 = icmp eq i32 %253, 0
  %255 = mul i32 %252, 2146121005
  %256 = lshr i32 %255, 15
  %257 = xor i32 %256, %255
  br i1 %254, label %308, label %258

258:                                              ; preds = %245, %293
  %259 = phi i32 [ %295, %293 ], [ %257, %245 ]
  %260 = phi i32 [ %294, %293 ], [ 0, %245 ]
  %261 = phi i32 [ %291, %293 ], [ 256, %245 ]
  %262 = and i32 %259, 255
  %263 = zext i32 %262 to i64
  %264 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %263
  %265 = load i32, ptr %264, align 4, !tbaa !4
  %266 = icmp eq i32 %265, %252
  br i1 %266, label %302, label %267

267:                                              ; preds = %258
  %268 = icmp eq i32 %265, 1
  %269 = icmp eq i32 %261, 256
  %270 = select i1 %268, i1 %269, i1 false
  %271 = select i1 %270, i32 %262, i32 %261
  %272 = icmp eq i32 %265, 0
  br i1 %272, label %273, label %280

273:                                              ; preds = %287, %267
  %274 = phi i32 [ %271, %267 ], [ %291, %287 ]
  %275 = phi i32 [ %262, %267 ], [ %282, %287 ]
  %276 = icmp eq i32 %274, 256
  %277 = select i1 %276, i32 %275, i32 %274
  %278 = zext i32 %277 to i64
  %279 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %278
  store i32 %252, ptr %279, align 4, !tbaa !4
  br label %305

280:                                              ; preds = %267
  %281 = add i32 %259, 1
  %282 = and i32 %281, 255
  %283 = zext i32 %282 to i64
  %284 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %283
  %285 = load i32, ptr %284, align 4, !tbaa !4
  %286 = icmp eq i32 %285, %252
  br i1 %286, label %302, label %287

287:                                              ; preds = %280
  %288 = icmp eq i32 %285, 1
  %289 = icmp eq i32 %271, 256
  %290 = select i1 %288, i1 %289, i1 false
  %291 = select i1 %290, i32 %282, i32 %271
  %292 = icmp eq i32 %285, 0
  br i1 %292, label %273, label %293

293:                                              ; preds = %287
  %294 = add nuw nsw i32 %260, 2
  %295 = add nuw nsw i32 %282, 1
  %296 = icmp eq i32 %294, 256
  br i1 %296, label %297, label %258, !llvm.loop !16

297:                                              ; preds = %293
  %298 = icmp eq i32 %291, 256
  br i1 %298, label %351, label %299

299:                                              ; preds = %297
  %300 = zext i32 %291 to i64
  %301 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %300
  store i32 %252, ptr %301, align 4, !tbaa !4
  br label %305

302:                                              ; preds = %280, %258
  %303 = phi i32 [ %262, %258 ], [ %282, %280 ]
  %304 = zext i32 %303 to i64
  br label %305

305:                                              ; preds = %302, %299, %273
  %306 = phi i64 [ %278, %273 ], [ %300, %299 ], [ %304, %302 ]
  %307 = getelementptr inbounds [256 x i32], ptr @vals, i64 0, i64 %306
  store i32 %18, ptr %307, align 4, !tbaa !4
  br label %351

308:                                              ; preds = %245, %347
  %309 = phi i32 [ %349, %347 ], [ %257, %245 ]
  %310 = phi i32 [ %348, %347 ], [ 0, %245 ]
  %311 = and i32 %309, 255
  %312 = zext i32 %311 to i64
  %313 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %312
  %314 = load i32, ptr %313, align 4, !tbaa !4
  %315 = icmp eq i32 %314, 0
  br i1 %315, label %351, label %316

316:                                              ; preds = %308
  %317 = icmp eq i32 %314, %252
  br i1 %317, label %318, label %320

318:                                              ; preds = %345, %336, %327, %316
  %319 = phi ptr [ %313, %316 ], [ %324, %327 ], [ %333, %336 ], [ %342, %345 ]
  store i32 1, ptr %319, align 4, !tbaa !4
  br label %351

320:                                              ; preds = %316
  %321 = add i32 %309, 1
  %322 = and i32 %321, 255
  %323 = zext i32 %322 to i64
  %324 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %323
  %325 = load i32, ptr %324, align 4, !tbaa !4
  %326 = icmp eq i32 %325, 0
  br i1 %326, label %351, label %327

327:                                              ; preds = %320
  %328 = icmp eq i32 %325, %252
  br i1 %328, label %318, label %329

329:                                              ; preds = %327
  %330 = add i32 %309, 2
  %331 = and i32 %330, 255
  %332 = zext i32 %331 to i64
  %333 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %332
  %334 = load i32, ptr %333, align 4, !tbaa !4
  %335 = icmp eq i32 %334, 0
  br i1 %335, label %351, label %336

336:                                              ; preds = %329
  %337 = icmp eq i32 %334, %252
  br i1 %337, label %318, label %338

338:                                              ; preds = %336
  %339 = add i32 %309, 3
  %340 = and i32 %339, 255
  %341 = zext i32 %340 to i64
  %342 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %341
  %343 = load i32, ptr %342, align 4, !tbaa !4
  %344 = icmp eq i32 %343, 0
  br i1 %344, label %351, label %345

345:                                              ; preds = %338
  %346 = icmp eq i32 %343, %252
  br i1 %346, label %318, label %347

347:                                              ; preds = %345
  %348 = add nuw nsw i32 %310, 4
  %349 = add nuw nsw i32 %340, 1
  %350 = icmp eq i32 %348, 256
  br i1 %350, label %351, label %308, !llvm.loop !17

351:                                              ; preds = %308, %320, %329, %338, %347, %318, %305, %297
  %352 = lshr i32 %18, 11
  %353 = urem i32 %352, 400
  %354 = add nuw nsw i32 %353, 2
  %355 = mul i32 %354, 2146121005
  %356 = lshr i32 %355, 15
  %357 = xor i32 %356, %355
  br label %358

358:                                              ; preds = %395, %351
  %359 = phi i32 [ %357, %351 ], [ %397, %395 ]
  %360 = phi i32 [ 0, %351 ], [ %396, %395 ]
  %361 = and i32 %359, 255
  %362 = zext i32 %361 to i64
  %363 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %362
  %364 = load i32, ptr %363, align 4, !tbaa !4
  %365 = icmp eq i32 %364, 0
  br i1 %365, label %407, label %366

366:                                              ; preds = %358
  %367 = icmp eq i32 %364, %354
  br i1 %367, label %399, label %368

368:                                              ; preds = %366
  %369 = add i32 %359, 1
  %370 = and i32 %369, 255
  %371 = zext i32 %370 to i64
  %372 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %371
  %373 = load i32, ptr %372, align 4, !tbaa !4
  %374 = icmp eq i32 %373, 0
  br i1 %374, label %407, label %375

375:                                              ; preds = %368
  %376 = icmp eq i32 %373, %354
  br i1 %376, label %399, label %377

377:                                              ; preds = %375
  %378 = add i32 %359, 2
  %379 = and i32 %378, 255
  %380 = zext i32 %379 to i64
  %381 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %380
  %382 = load i32, ptr %381, align 4, !tbaa !4
  %383 = icmp eq i32 %382, 0
  br i1 %383, label %407, label %384

384:                                              ; preds = %377
  %385 = icmp eq i32 %382, %354
  br i1 %385, label %399, label %386

386:                                              ; preds = %384
  %387 = add i32 %359, 3
  %388 = and i32 %387, 255
  %389 = zext i32 %388 to i64
  %390 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %389
  %391 = load i32, ptr %390, align 4, !tbaa !4
  %392 = icmp eq i32 %391, 0
  br i1 %392, label %407, label %393

393:                                              ; preds = %386
  %394 = icmp eq i32 %391, %354
  br i1 %394, label %399, label %395

395:                                              ; preds = %393
  %396 = add nuw nsw i32 %360, 4
  %397 = add nuw nsw i32 %388, 1
  %398 = icmp eq i32 %396, 256
  br i1 %398, label %407, label %358, !llvm.loop !18

399:                                              ; preds = %393, %384, %375, %366
  %400 = phi i32 [ %361, %366 ], [ %370, %375 ], [ %379, %384 ], [ %388, %393 ]
  %401 = zext i32 %400 to i64
  %402 = getelementptr inbounds [256 x i32], ptr @vals, i64 0, i64 %401
  %403 = load i32, ptr %402, align 4, !tbaa !4
  %404 = mul i64 %247, 3
  %405 = zext i32 %403 to i64
  %406 = add i64 %404, %405
  br label %407

407:                                              ; preds = %358, %368, %377, %386, %395, %399
  %408 = phi i64 [ %406, %399 ], [ %247, %395 ], [ %247, %386 ], [ %247, %377 ], [ %247, %368 ], [ %247, %358 ]
  %409 = add nuw nsw i32 %10, 1
  %410 = icmp eq i32 %409, 1500
  br i1 %410, label %411, label %6, !llvm.loop !19

411:                                              ; preds = %407
  %412 = mul i64 %408, 1000003
  %413 = add i64 %148, %412
  %414 = mul i64 %413, 1000003
  %415 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 1), align 8, !tbaa !8
  %416 = add i64 %415, %414
  %417 = mul i64 %416, 1000003
  %418 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 2), align 16, !tbaa !8
  %419 = add i64 %418, %417
  %420 = mul i64 %419, 1000003
  %421 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 3), align 8, !tbaa !8
  %422 = add i64 %421, %420
  %423 = mul i64 %422, 1000003
  %424 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 4), align 16, !tbaa !8
  %425 = add i64 %424, %423
  %426 = mul i64 %425, 1000003
  %427 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 5), align 8, !tbaa !8
  %428 = add i64 %427, %426
  %429 = mul i64 %428, 1000003
  %430 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 6), align 16, !tbaa !8
  %431 = add i64 %430, %429
  %432 = mul i64 %431, 1000003
  %433 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 7), align 8, !tbaa !8
  %434 = add i64 %433, %432
  %435 = mul i64 %434, 1000003
  %436 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 8), align 16, !tbaa !8
  %437 = add i64 %436, %435
  %438 = mul i64 %437, 1000003
  %439 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 9), align 8, !tbaa !8
  %440 = add i64 %439, %438
  %441 = mul i64 %440, 1000003
  %442 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 10), align 16, !tbaa !8
  %443 = add i64 %442, %441
  %444 = mul i64 %443, 1000003
  %445 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 11), align 8, !tbaa !8
  %446 = add i64 %445, %444
  %447 = mul i64 %446, 1000003
  %448 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 12), align 16, !tbaa !8
  %449 = add i64 %448, %447
  %450 = mul i64 %449, 1000003
  %451 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 13), align 8, !tbaa !8
  %452 = add i64 %451, %450
  %453 = mul i64 %452, 1000003
  %454 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 14), align 16, !tbaa !8
  %455 = add i64 %454, %453
  %456 = mul i64 %455, 1000003
  %457 = load i64, ptr getelementptr inbounds ([16 x i64], ptr @bitmap, i64 0, i64 15), align 8, !tbaa !8
  %458 = add i64 %457, %456
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %1) #4
  ret i64 %458
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #3

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
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
