; ModuleID = 'graph_paths.c'
source_filename = "graph_paths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i32 4711, align 4
@edge_from = internal global [800 x i32] zeroinitializer, align 16
@edge_to = internal global [800 x i32] zeroinitializer, align 16
@edge_w = internal global [800 x i32] zeroinitializer, align 16
@adj_start = internal global [201 x i32] zeroinitializer, align 16
@adj_to = internal global [800 x i32] zeroinitializer, align 16
@adj_w = internal global [800 x i32] zeroinitializer, align 16
@dist = internal global [200 x i32] zeroinitializer, align 16
@queue = internal global [200 x i32] zeroinitializer, align 16
@done = internal global [200 x i8] zeroinitializer, align 16
@fw = internal global [24 x [24 x i32]] zeroinitializer, align 16
@parent = internal global [200 x i32] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [200 x i32], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca i32, align 4
  %28 = alloca i32, align 4
  %29 = alloca i32, align 4
  %30 = alloca i32, align 4
  %31 = alloca i32, align 4
  %32 = alloca i32, align 4
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  %36 = alloca i32, align 4
  %37 = alloca i32, align 4
  %38 = alloca i32, align 4
  %39 = load i32, ptr @g_seed, align 4
  store i32 %39, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %40

40:                                               ; preds = %69, %0
  %41 = load i32, ptr %2, align 4
  %42 = icmp slt i32 %41, 800
  br i1 %42, label %43, label %72

43:                                               ; preds = %40
  %44 = load i32, ptr %1, align 4
  %45 = mul i32 %44, 1103515245
  %46 = add i32 %45, 12345
  store i32 %46, ptr %1, align 4
  %47 = load i32, ptr %1, align 4
  %48 = lshr i32 %47, 8
  %49 = urem i32 %48, 200
  %50 = load i32, ptr %2, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %51
  store i32 %49, ptr %52, align 4
  %53 = load i32, ptr %1, align 4
  %54 = mul i32 %53, 1103515245
  %55 = add i32 %54, 12345
  store i32 %55, ptr %1, align 4
  %56 = load i32, ptr %1, align 4
  %57 = lshr i32 %56, 8
  %58 = urem i32 %57, 200
  %59 = load i32, ptr %2, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %60
  store i32 %58, ptr %61, align 4
  %62 = load i32, ptr %1, align 4
  %63 = lshr i32 %62, 4
  %64 = urem i32 %63, 100
  %65 = add nsw i32 %64, 1
  %66 = load i32, ptr %2, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %67
  store i32 %65, ptr %68, align 4
  br label %69

69:                                               ; preds = %43
  %70 = load i32, ptr %2, align 4
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %2, align 4
  br label %40, !llvm.loop !5

72:                                               ; preds = %40
  store i32 0, ptr %3, align 4
  br label %73

73:                                               ; preds = %80, %72
  %74 = load i32, ptr %3, align 4
  %75 = icmp sle i32 %74, 200
  br i1 %75, label %76, label %83

76:                                               ; preds = %73
  %77 = load i32, ptr %3, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %78
  store i32 0, ptr %79, align 4
  br label %80

80:                                               ; preds = %76
  %81 = load i32, ptr %3, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %3, align 4
  br label %73, !llvm.loop !7

83:                                               ; preds = %73
  store i32 0, ptr %4, align 4
  br label %84

84:                                               ; preds = %97, %83
  %85 = load i32, ptr %4, align 4
  %86 = icmp slt i32 %85, 800
  br i1 %86, label %87, label %100

87:                                               ; preds = %84
  %88 = load i32, ptr %4, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %89
  %91 = load i32, ptr %90, align 4
  %92 = add nsw i32 %91, 1
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %93
  %95 = load i32, ptr %94, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %94, align 4
  br label %97

97:                                               ; preds = %87
  %98 = load i32, ptr %4, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %4, align 4
  br label %84, !llvm.loop !8

100:                                              ; preds = %84
  store i32 0, ptr %5, align 4
  br label %101

101:                                              ; preds = %115, %100
  %102 = load i32, ptr %5, align 4
  %103 = icmp slt i32 %102, 200
  br i1 %103, label %104, label %118

104:                                              ; preds = %101
  %105 = load i32, ptr %5, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %106
  %108 = load i32, ptr %107, align 4
  %109 = load i32, ptr %5, align 4
  %110 = add nsw i32 %109, 1
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %111
  %113 = load i32, ptr %112, align 4
  %114 = add nsw i32 %113, %108
  store i32 %114, ptr %112, align 4
  br label %115

115:                                              ; preds = %104
  %116 = load i32, ptr %5, align 4
  %117 = add nsw i32 %116, 1
  store i32 %117, ptr %5, align 4
  br label %101, !llvm.loop !9

118:                                              ; preds = %101
  store i32 0, ptr %7, align 4
  br label %119

119:                                              ; preds = %130, %118
  %120 = load i32, ptr %7, align 4
  %121 = icmp slt i32 %120, 200
  br i1 %121, label %122, label %133

122:                                              ; preds = %119
  %123 = load i32, ptr %7, align 4
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %124
  %126 = load i32, ptr %125, align 4
  %127 = load i32, ptr %7, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [200 x i32], ptr %6, i64 0, i64 %128
  store i32 %126, ptr %129, align 4
  br label %130

130:                                              ; preds = %122
  %131 = load i32, ptr %7, align 4
  %132 = add nsw i32 %131, 1
  store i32 %132, ptr %7, align 4
  br label %119, !llvm.loop !10

133:                                              ; preds = %119
  store i32 0, ptr %8, align 4
  br label %134

134:                                              ; preds = %160, %133
  %135 = load i32, ptr %8, align 4
  %136 = icmp slt i32 %135, 800
  br i1 %136, label %137, label %163

137:                                              ; preds = %134
  %138 = load i32, ptr %8, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %139
  %141 = load i32, ptr %140, align 4
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [200 x i32], ptr %6, i64 0, i64 %142
  %144 = load i32, ptr %143, align 4
  %145 = add nsw i32 %144, 1
  store i32 %145, ptr %143, align 4
  store i32 %144, ptr %9, align 4
  %146 = load i32, ptr %8, align 4
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %147
  %149 = load i32, ptr %148, align 4
  %150 = load i32, ptr %9, align 4
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %151
  store i32 %149, ptr %152, align 4
  %153 = load i32, ptr %8, align 4
  %154 = sext i32 %153 to i64
  %155 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %154
  %156 = load i32, ptr %155, align 4
  %157 = load i32, ptr %9, align 4
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [800 x i32], ptr @adj_w, i64 0, i64 %158
  store i32 %156, ptr %159, align 4
  br label %160

160:                                              ; preds = %137
  %161 = load i32, ptr %8, align 4
  %162 = add nsw i32 %161, 1
  store i32 %162, ptr %8, align 4
  br label %134, !llvm.loop !11

163:                                              ; preds = %134
  store i64 0, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %164

164:                                              ; preds = %171, %163
  %165 = load i32, ptr %11, align 4
  %166 = icmp slt i32 %165, 200
  br i1 %166, label %167, label %174

167:                                              ; preds = %164
  %168 = load i32, ptr %11, align 4
  %169 = sext i32 %168 to i64
  %170 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %169
  store i32 -1, ptr %170, align 4
  br label %171

171:                                              ; preds = %167
  %172 = load i32, ptr %11, align 4
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %11, align 4
  br label %164, !llvm.loop !12

174:                                              ; preds = %164
  store i32 0, ptr %12, align 4
  store i32 0, ptr %13, align 4
  store i32 0, ptr @dist, align 16
  %175 = load i32, ptr %13, align 4
  %176 = add nsw i32 %175, 1
  store i32 %176, ptr %13, align 4
  %177 = sext i32 %175 to i64
  %178 = getelementptr inbounds [200 x i32], ptr @queue, i64 0, i64 %177
  store i32 0, ptr %178, align 4
  br label %179

179:                                              ; preds = %234, %174
  %180 = load i32, ptr %12, align 4
  %181 = load i32, ptr %13, align 4
  %182 = icmp slt i32 %180, %181
  br i1 %182, label %183, label %235

183:                                              ; preds = %179
  %184 = load i32, ptr %12, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %12, align 4
  %186 = sext i32 %184 to i64
  %187 = getelementptr inbounds [200 x i32], ptr @queue, i64 0, i64 %186
  %188 = load i32, ptr %187, align 4
  store i32 %188, ptr %14, align 4
  %189 = load i32, ptr %14, align 4
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %190
  %192 = load i32, ptr %191, align 4
  store i32 %192, ptr %15, align 4
  br label %193

193:                                              ; preds = %231, %183
  %194 = load i32, ptr %15, align 4
  %195 = load i32, ptr %14, align 4
  %196 = add nsw i32 %195, 1
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %197
  %199 = load i32, ptr %198, align 4
  %200 = icmp slt i32 %194, %199
  br i1 %200, label %201, label %234

201:                                              ; preds = %193
  %202 = load i32, ptr %15, align 4
  %203 = sext i32 %202 to i64
  %204 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %203
  %205 = load i32, ptr %204, align 4
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %206
  %208 = load i32, ptr %207, align 4
  %209 = icmp slt i32 %208, 0
  br i1 %209, label %210, label %230

210:                                              ; preds = %201
  %211 = load i32, ptr %14, align 4
  %212 = sext i32 %211 to i64
  %213 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %212
  %214 = load i32, ptr %213, align 4
  %215 = add nsw i32 %214, 1
  %216 = load i32, ptr %15, align 4
  %217 = sext i32 %216 to i64
  %218 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %217
  %219 = load i32, ptr %218, align 4
  %220 = sext i32 %219 to i64
  %221 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %220
  store i32 %215, ptr %221, align 4
  %222 = load i32, ptr %15, align 4
  %223 = sext i32 %222 to i64
  %224 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %223
  %225 = load i32, ptr %224, align 4
  %226 = load i32, ptr %13, align 4
  %227 = add nsw i32 %226, 1
  store i32 %227, ptr %13, align 4
  %228 = sext i32 %226 to i64
  %229 = getelementptr inbounds [200 x i32], ptr @queue, i64 0, i64 %228
  store i32 %225, ptr %229, align 4
  br label %230

230:                                              ; preds = %210, %201
  br label %231

231:                                              ; preds = %230
  %232 = load i32, ptr %15, align 4
  %233 = add nsw i32 %232, 1
  store i32 %233, ptr %15, align 4
  br label %193, !llvm.loop !13

234:                                              ; preds = %193
  br label %179, !llvm.loop !14

235:                                              ; preds = %179
  store i32 0, ptr %16, align 4
  br label %236

236:                                              ; preds = %248, %235
  %237 = load i32, ptr %16, align 4
  %238 = icmp slt i32 %237, 200
  br i1 %238, label %239, label %251

239:                                              ; preds = %236
  %240 = load i64, ptr %10, align 8
  %241 = mul i64 %240, 31
  %242 = load i32, ptr %16, align 4
  %243 = sext i32 %242 to i64
  %244 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %243
  %245 = load i32, ptr %244, align 4
  %246 = sext i32 %245 to i64
  %247 = add i64 %241, %246
  store i64 %247, ptr %10, align 8
  br label %248

248:                                              ; preds = %239
  %249 = load i32, ptr %16, align 4
  %250 = add nsw i32 %249, 1
  store i32 %250, ptr %16, align 4
  br label %236, !llvm.loop !15

251:                                              ; preds = %236
  store i32 0, ptr %17, align 4
  br label %252

252:                                              ; preds = %262, %251
  %253 = load i32, ptr %17, align 4
  %254 = icmp slt i32 %253, 200
  br i1 %254, label %255, label %265

255:                                              ; preds = %252
  %256 = load i32, ptr %17, align 4
  %257 = sext i32 %256 to i64
  %258 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %257
  store i32 2147483647, ptr %258, align 4
  %259 = load i32, ptr %17, align 4
  %260 = sext i32 %259 to i64
  %261 = getelementptr inbounds [200 x i8], ptr @done, i64 0, i64 %260
  store i8 0, ptr %261, align 1
  br label %262

262:                                              ; preds = %255
  %263 = load i32, ptr %17, align 4
  %264 = add nsw i32 %263, 1
  store i32 %264, ptr %17, align 4
  br label %252, !llvm.loop !16

265:                                              ; preds = %252
  store i32 0, ptr @dist, align 16
  br label %266

266:                                              ; preds = %350, %265
  store i32 -1, ptr %18, align 4
  store i32 0, ptr %19, align 4
  br label %267

267:                                              ; preds = %298, %266
  %268 = load i32, ptr %19, align 4
  %269 = icmp slt i32 %268, 200
  br i1 %269, label %270, label %301

270:                                              ; preds = %267
  %271 = load i32, ptr %19, align 4
  %272 = sext i32 %271 to i64
  %273 = getelementptr inbounds [200 x i8], ptr @done, i64 0, i64 %272
  %274 = load i8, ptr %273, align 1
  %275 = icmp ne i8 %274, 0
  br i1 %275, label %297, label %276

276:                                              ; preds = %270
  %277 = load i32, ptr %19, align 4
  %278 = sext i32 %277 to i64
  %279 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %278
  %280 = load i32, ptr %279, align 4
  %281 = icmp ne i32 %280, 2147483647
  br i1 %281, label %282, label %297

282:                                              ; preds = %276
  %283 = load i32, ptr %18, align 4
  %284 = icmp slt i32 %283, 0
  br i1 %284, label %295, label %285

285:                                              ; preds = %282
  %286 = load i32, ptr %19, align 4
  %287 = sext i32 %286 to i64
  %288 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %287
  %289 = load i32, ptr %288, align 4
  %290 = load i32, ptr %18, align 4
  %291 = sext i32 %290 to i64
  %292 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %291
  %293 = load i32, ptr %292, align 4
  %294 = icmp slt i32 %289, %293
  br i1 %294, label %295, label %297

295:                                              ; preds = %285, %282
  %296 = load i32, ptr %19, align 4
  store i32 %296, ptr %18, align 4
  br label %297

297:                                              ; preds = %295, %285, %276, %270
  br label %298

298:                                              ; preds = %297
  %299 = load i32, ptr %19, align 4
  %300 = add nsw i32 %299, 1
  store i32 %300, ptr %19, align 4
  br label %267, !llvm.loop !17

301:                                              ; preds = %267
  %302 = load i32, ptr %18, align 4
  %303 = icmp slt i32 %302, 0
  br i1 %303, label %304, label %305

304:                                              ; preds = %301
  br label %351

305:                                              ; preds = %301
  %306 = load i32, ptr %18, align 4
  %307 = sext i32 %306 to i64
  %308 = getelementptr inbounds [200 x i8], ptr @done, i64 0, i64 %307
  store i8 1, ptr %308, align 1
  %309 = load i32, ptr %18, align 4
  %310 = sext i32 %309 to i64
  %311 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %310
  %312 = load i32, ptr %311, align 4
  store i32 %312, ptr %20, align 4
  br label %313

313:                                              ; preds = %347, %305
  %314 = load i32, ptr %20, align 4
  %315 = load i32, ptr %18, align 4
  %316 = add nsw i32 %315, 1
  %317 = sext i32 %316 to i64
  %318 = getelementptr inbounds [201 x i32], ptr @adj_start, i64 0, i64 %317
  %319 = load i32, ptr %318, align 4
  %320 = icmp slt i32 %314, %319
  br i1 %320, label %321, label %350

321:                                              ; preds = %313
  %322 = load i32, ptr %20, align 4
  %323 = sext i32 %322 to i64
  %324 = getelementptr inbounds [800 x i32], ptr @adj_to, i64 0, i64 %323
  %325 = load i32, ptr %324, align 4
  store i32 %325, ptr %21, align 4
  %326 = load i32, ptr %18, align 4
  %327 = sext i32 %326 to i64
  %328 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %327
  %329 = load i32, ptr %328, align 4
  %330 = load i32, ptr %20, align 4
  %331 = sext i32 %330 to i64
  %332 = getelementptr inbounds [800 x i32], ptr @adj_w, i64 0, i64 %331
  %333 = load i32, ptr %332, align 4
  %334 = add nsw i32 %329, %333
  store i32 %334, ptr %22, align 4
  %335 = load i32, ptr %22, align 4
  %336 = load i32, ptr %21, align 4
  %337 = sext i32 %336 to i64
  %338 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %337
  %339 = load i32, ptr %338, align 4
  %340 = icmp slt i32 %335, %339
  br i1 %340, label %341, label %346

341:                                              ; preds = %321
  %342 = load i32, ptr %22, align 4
  %343 = load i32, ptr %21, align 4
  %344 = sext i32 %343 to i64
  %345 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %344
  store i32 %342, ptr %345, align 4
  br label %346

346:                                              ; preds = %341, %321
  br label %347

347:                                              ; preds = %346
  %348 = load i32, ptr %20, align 4
  %349 = add nsw i32 %348, 1
  store i32 %349, ptr %20, align 4
  br label %313, !llvm.loop !18

350:                                              ; preds = %313
  br label %266

351:                                              ; preds = %304
  store i32 0, ptr %23, align 4
  br label %352

352:                                              ; preds = %364, %351
  %353 = load i32, ptr %23, align 4
  %354 = icmp slt i32 %353, 200
  br i1 %354, label %355, label %367

355:                                              ; preds = %352
  %356 = load i64, ptr %10, align 8
  %357 = mul i64 %356, 31
  %358 = load i32, ptr %23, align 4
  %359 = sext i32 %358 to i64
  %360 = getelementptr inbounds [200 x i32], ptr @dist, i64 0, i64 %359
  %361 = load i32, ptr %360, align 4
  %362 = zext i32 %361 to i64
  %363 = add i64 %357, %362
  store i64 %363, ptr %10, align 8
  br label %364

364:                                              ; preds = %355
  %365 = load i32, ptr %23, align 4
  %366 = add nsw i32 %365, 1
  store i32 %366, ptr %23, align 4
  br label %352, !llvm.loop !19

367:                                              ; preds = %352
  store i32 0, ptr %24, align 4
  br label %368

368:                                              ; preds = %391, %367
  %369 = load i32, ptr %24, align 4
  %370 = icmp slt i32 %369, 24
  br i1 %370, label %371, label %394

371:                                              ; preds = %368
  store i32 0, ptr %25, align 4
  br label %372

372:                                              ; preds = %387, %371
  %373 = load i32, ptr %25, align 4
  %374 = icmp slt i32 %373, 24
  br i1 %374, label %375, label %390

375:                                              ; preds = %372
  %376 = load i32, ptr %24, align 4
  %377 = load i32, ptr %25, align 4
  %378 = icmp eq i32 %376, %377
  %379 = zext i1 %378 to i64
  %380 = select i1 %378, i32 0, i32 1000000
  %381 = load i32, ptr %24, align 4
  %382 = sext i32 %381 to i64
  %383 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %382
  %384 = load i32, ptr %25, align 4
  %385 = sext i32 %384 to i64
  %386 = getelementptr inbounds [24 x i32], ptr %383, i64 0, i64 %385
  store i32 %380, ptr %386, align 4
  br label %387

387:                                              ; preds = %375
  %388 = load i32, ptr %25, align 4
  %389 = add nsw i32 %388, 1
  store i32 %389, ptr %25, align 4
  br label %372, !llvm.loop !20

390:                                              ; preds = %372
  br label %391

391:                                              ; preds = %390
  %392 = load i32, ptr %24, align 4
  %393 = add nsw i32 %392, 1
  store i32 %393, ptr %24, align 4
  br label %368, !llvm.loop !21

394:                                              ; preds = %368
  store i32 0, ptr %26, align 4
  br label %395

395:                                              ; preds = %447, %394
  %396 = load i32, ptr %26, align 4
  %397 = icmp slt i32 %396, 800
  br i1 %397, label %398, label %450

398:                                              ; preds = %395
  %399 = load i32, ptr %26, align 4
  %400 = sext i32 %399 to i64
  %401 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %400
  %402 = load i32, ptr %401, align 4
  %403 = icmp slt i32 %402, 24
  br i1 %403, label %404, label %446

404:                                              ; preds = %398
  %405 = load i32, ptr %26, align 4
  %406 = sext i32 %405 to i64
  %407 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %406
  %408 = load i32, ptr %407, align 4
  %409 = icmp slt i32 %408, 24
  br i1 %409, label %410, label %446

410:                                              ; preds = %404
  %411 = load i32, ptr %26, align 4
  %412 = sext i32 %411 to i64
  %413 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %412
  %414 = load i32, ptr %413, align 4
  %415 = load i32, ptr %26, align 4
  %416 = sext i32 %415 to i64
  %417 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %416
  %418 = load i32, ptr %417, align 4
  %419 = sext i32 %418 to i64
  %420 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %419
  %421 = load i32, ptr %26, align 4
  %422 = sext i32 %421 to i64
  %423 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %422
  %424 = load i32, ptr %423, align 4
  %425 = sext i32 %424 to i64
  %426 = getelementptr inbounds [24 x i32], ptr %420, i64 0, i64 %425
  %427 = load i32, ptr %426, align 4
  %428 = icmp slt i32 %414, %427
  br i1 %428, label %429, label %446

429:                                              ; preds = %410
  %430 = load i32, ptr %26, align 4
  %431 = sext i32 %430 to i64
  %432 = getelementptr inbounds [800 x i32], ptr @edge_w, i64 0, i64 %431
  %433 = load i32, ptr %432, align 4
  %434 = load i32, ptr %26, align 4
  %435 = sext i32 %434 to i64
  %436 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %435
  %437 = load i32, ptr %436, align 4
  %438 = sext i32 %437 to i64
  %439 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %438
  %440 = load i32, ptr %26, align 4
  %441 = sext i32 %440 to i64
  %442 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %441
  %443 = load i32, ptr %442, align 4
  %444 = sext i32 %443 to i64
  %445 = getelementptr inbounds [24 x i32], ptr %439, i64 0, i64 %444
  store i32 %433, ptr %445, align 4
  br label %446

446:                                              ; preds = %429, %410, %404, %398
  br label %447

447:                                              ; preds = %446
  %448 = load i32, ptr %26, align 4
  %449 = add nsw i32 %448, 1
  store i32 %449, ptr %26, align 4
  br label %395, !llvm.loop !22

450:                                              ; preds = %395
  store i32 0, ptr %27, align 4
  br label %451

451:                                              ; preds = %513, %450
  %452 = load i32, ptr %27, align 4
  %453 = icmp slt i32 %452, 24
  br i1 %453, label %454, label %516

454:                                              ; preds = %451
  store i32 0, ptr %28, align 4
  br label %455

455:                                              ; preds = %509, %454
  %456 = load i32, ptr %28, align 4
  %457 = icmp slt i32 %456, 24
  br i1 %457, label %458, label %512

458:                                              ; preds = %455
  store i32 0, ptr %29, align 4
  br label %459

459:                                              ; preds = %505, %458
  %460 = load i32, ptr %29, align 4
  %461 = icmp slt i32 %460, 24
  br i1 %461, label %462, label %508

462:                                              ; preds = %459
  %463 = load i32, ptr %28, align 4
  %464 = sext i32 %463 to i64
  %465 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %464
  %466 = load i32, ptr %27, align 4
  %467 = sext i32 %466 to i64
  %468 = getelementptr inbounds [24 x i32], ptr %465, i64 0, i64 %467
  %469 = load i32, ptr %468, align 4
  %470 = load i32, ptr %27, align 4
  %471 = sext i32 %470 to i64
  %472 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %471
  %473 = load i32, ptr %29, align 4
  %474 = sext i32 %473 to i64
  %475 = getelementptr inbounds [24 x i32], ptr %472, i64 0, i64 %474
  %476 = load i32, ptr %475, align 4
  %477 = add nsw i32 %469, %476
  store i32 %477, ptr %30, align 4
  %478 = load i32, ptr %30, align 4
  %479 = load i32, ptr %28, align 4
  %480 = sext i32 %479 to i64
  %481 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %480
  %482 = load i32, ptr %29, align 4
  %483 = sext i32 %482 to i64
  %484 = getelementptr inbounds [24 x i32], ptr %481, i64 0, i64 %483
  %485 = load i32, ptr %484, align 4
  %486 = icmp slt i32 %478, %485
  br i1 %486, label %487, label %489

487:                                              ; preds = %462
  %488 = load i32, ptr %30, align 4
  br label %497

489:                                              ; preds = %462
  %490 = load i32, ptr %28, align 4
  %491 = sext i32 %490 to i64
  %492 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %491
  %493 = load i32, ptr %29, align 4
  %494 = sext i32 %493 to i64
  %495 = getelementptr inbounds [24 x i32], ptr %492, i64 0, i64 %494
  %496 = load i32, ptr %495, align 4
  br label %497

497:                                              ; preds = %489, %487
  %498 = phi i32 [ %488, %487 ], [ %496, %489 ]
  %499 = load i32, ptr %28, align 4
  %500 = sext i32 %499 to i64
  %501 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %500
  %502 = load i32, ptr %29, align 4
  %503 = sext i32 %502 to i64
  %504 = getelementptr inbounds [24 x i32], ptr %501, i64 0, i64 %503
  store i32 %498, ptr %504, align 4
  br label %505

505:                                              ; preds = %497
  %506 = load i32, ptr %29, align 4
  %507 = add nsw i32 %506, 1
  store i32 %507, ptr %29, align 4
  br label %459, !llvm.loop !23

508:                                              ; preds = %459
  br label %509

509:                                              ; preds = %508
  %510 = load i32, ptr %28, align 4
  %511 = add nsw i32 %510, 1
  store i32 %511, ptr %28, align 4
  br label %455, !llvm.loop !24

512:                                              ; preds = %455
  br label %513

513:                                              ; preds = %512
  %514 = load i32, ptr %27, align 4
  %515 = add nsw i32 %514, 1
  store i32 %515, ptr %27, align 4
  br label %451, !llvm.loop !25

516:                                              ; preds = %451
  store i32 0, ptr %31, align 4
  br label %517

517:                                              ; preds = %540, %516
  %518 = load i32, ptr %31, align 4
  %519 = icmp slt i32 %518, 24
  br i1 %519, label %520, label %543

520:                                              ; preds = %517
  store i32 0, ptr %32, align 4
  br label %521

521:                                              ; preds = %536, %520
  %522 = load i32, ptr %32, align 4
  %523 = icmp slt i32 %522, 24
  br i1 %523, label %524, label %539

524:                                              ; preds = %521
  %525 = load i64, ptr %10, align 8
  %526 = mul i64 %525, 7
  %527 = load i32, ptr %31, align 4
  %528 = sext i32 %527 to i64
  %529 = getelementptr inbounds [24 x [24 x i32]], ptr @fw, i64 0, i64 %528
  %530 = load i32, ptr %32, align 4
  %531 = sext i32 %530 to i64
  %532 = getelementptr inbounds [24 x i32], ptr %529, i64 0, i64 %531
  %533 = load i32, ptr %532, align 4
  %534 = zext i32 %533 to i64
  %535 = add i64 %526, %534
  store i64 %535, ptr %10, align 8
  br label %536

536:                                              ; preds = %524
  %537 = load i32, ptr %32, align 4
  %538 = add nsw i32 %537, 1
  store i32 %538, ptr %32, align 4
  br label %521, !llvm.loop !26

539:                                              ; preds = %521
  br label %540

540:                                              ; preds = %539
  %541 = load i32, ptr %31, align 4
  %542 = add nsw i32 %541, 1
  store i32 %542, ptr %31, align 4
  br label %517, !llvm.loop !27

543:                                              ; preds = %517
  store i32 0, ptr %33, align 4
  br label %544

544:                                              ; preds = %552, %543
  %545 = load i32, ptr %33, align 4
  %546 = icmp slt i32 %545, 200
  br i1 %546, label %547, label %555

547:                                              ; preds = %544
  %548 = load i32, ptr %33, align 4
  %549 = load i32, ptr %33, align 4
  %550 = sext i32 %549 to i64
  %551 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %550
  store i32 %548, ptr %551, align 4
  br label %552

552:                                              ; preds = %547
  %553 = load i32, ptr %33, align 4
  %554 = add nsw i32 %553, 1
  store i32 %554, ptr %33, align 4
  br label %544, !llvm.loop !28

555:                                              ; preds = %544
  store i32 0, ptr %34, align 4
  br label %556

556:                                              ; preds = %579, %555
  %557 = load i32, ptr %34, align 4
  %558 = icmp slt i32 %557, 150
  br i1 %558, label %559, label %582

559:                                              ; preds = %556
  %560 = load i32, ptr %34, align 4
  %561 = sext i32 %560 to i64
  %562 = getelementptr inbounds [800 x i32], ptr @edge_from, i64 0, i64 %561
  %563 = load i32, ptr %562, align 4
  %564 = call i32 @find(i32 noundef %563)
  store i32 %564, ptr %35, align 4
  %565 = load i32, ptr %34, align 4
  %566 = sext i32 %565 to i64
  %567 = getelementptr inbounds [800 x i32], ptr @edge_to, i64 0, i64 %566
  %568 = load i32, ptr %567, align 4
  %569 = call i32 @find(i32 noundef %568)
  store i32 %569, ptr %36, align 4
  %570 = load i32, ptr %35, align 4
  %571 = load i32, ptr %36, align 4
  %572 = icmp ne i32 %570, %571
  br i1 %572, label %573, label %578

573:                                              ; preds = %559
  %574 = load i32, ptr %36, align 4
  %575 = load i32, ptr %35, align 4
  %576 = sext i32 %575 to i64
  %577 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %576
  store i32 %574, ptr %577, align 4
  br label %578

578:                                              ; preds = %573, %559
  br label %579

579:                                              ; preds = %578
  %580 = load i32, ptr %34, align 4
  %581 = add nsw i32 %580, 1
  store i32 %581, ptr %34, align 4
  br label %556, !llvm.loop !29

582:                                              ; preds = %556
  store i32 0, ptr %37, align 4
  store i32 0, ptr %38, align 4
  br label %583

583:                                              ; preds = %594, %582
  %584 = load i32, ptr %38, align 4
  %585 = icmp slt i32 %584, 200
  br i1 %585, label %586, label %597

586:                                              ; preds = %583
  %587 = load i32, ptr %38, align 4
  %588 = call i32 @find(i32 noundef %587)
  %589 = load i32, ptr %38, align 4
  %590 = icmp eq i32 %588, %589
  %591 = zext i1 %590 to i32
  %592 = load i32, ptr %37, align 4
  %593 = add nsw i32 %592, %591
  store i32 %593, ptr %37, align 4
  br label %594

594:                                              ; preds = %586
  %595 = load i32, ptr %38, align 4
  %596 = add nsw i32 %595, 1
  store i32 %596, ptr %38, align 4
  br label %583, !llvm.loop !30

597:                                              ; preds = %583
  %598 = load i64, ptr %10, align 8
  %599 = mul i64 %598, 1000
  %600 = load i32, ptr %37, align 4
  %601 = sext i32 %600 to i64
  %602 = add i64 %599, %601
  ret i64 %602
}

; Function Attrs: noinline nounwind optnone
define internal i32 @find(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  br label %3

3:                                                ; preds = %10, %1
  %4 = load i32, ptr %2, align 4
  %5 = sext i32 %4 to i64
  %6 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %5
  %7 = load i32, ptr %6, align 4
  %8 = load i32, ptr %2, align 4
  %9 = icmp ne i32 %7, %8
  br i1 %9, label %10, label %25

10:                                               ; preds = %3
  %11 = load i32, ptr %2, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = load i32, ptr %2, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %19
  store i32 %17, ptr %20, align 4
  %21 = load i32, ptr %2, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [200 x i32], ptr @parent, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4
  store i32 %24, ptr %2, align 4
  br label %3, !llvm.loop !31

25:                                               ; preds = %3
  %26 = load i32, ptr %2, align 4
  ret i32 %26
}

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
!17 = distinct !{!17, !6}
!18 = distinct !{!18, !6}
!19 = distinct !{!19, !6}
!20 = distinct !{!20, !6}
!21 = distinct !{!21, !6}
!22 = distinct !{!22, !6}
!23 = distinct !{!23, !6}
!24 = distinct !{!24, !6}
!25 = distinct !{!25, !6}
!26 = distinct !{!26, !6}
!27 = distinct !{!27, !6}
!28 = distinct !{!28, !6}
!29 = distinct !{!29, !6}
!30 = distinct !{!30, !6}
!31 = distinct !{!31, !6}
