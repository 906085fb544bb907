; ModuleID = 'func_pointers.c'
source_filename = "func_pointers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 31337, align 4
@table = internal unnamed_addr constant [6 x ptr] [ptr @op_add, ptr @op_sub, ptr @op_mul, ptr @op_xor, ptr @op_max, ptr @op_min], align 16
@checksum.cmps = internal unnamed_addr constant [3 x ptr] [ptr @cmp_asc, ptr @cmp_desc, ptr @cmp_abs], align 16

; Function Attrs: nounwind
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [200 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %1) #8
  %2 = load i32, ptr @g_seed, align 4, !tbaa !4
  br label %3

3:                                                ; preds = %3, %0
  %4 = phi i64 [ 0, %0 ], [ %35, %3 ]
  %5 = phi i32 [ %2, %0 ], [ %31, %3 ]
  %6 = mul i32 %5, 1103515245
  %7 = add i32 %6, 12345
  %8 = lshr i32 %7, 12
  %9 = add nsw i32 %8, -524288
  %10 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %4
  store i32 %9, ptr %10, align 4, !tbaa !4
  %11 = add nuw nsw i64 %4, 1
  %12 = mul i32 %7, 1103515245
  %13 = add i32 %12, 12345
  %14 = lshr i32 %13, 12
  %15 = add nsw i32 %14, -524288
  %16 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %11
  store i32 %15, ptr %16, align 4, !tbaa !4
  %17 = add nuw nsw i64 %4, 2
  %18 = mul i32 %13, 1103515245
  %19 = add i32 %18, 12345
  %20 = lshr i32 %19, 12
  %21 = add nsw i32 %20, -524288
  %22 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %17
  store i32 %21, ptr %22, align 4, !tbaa !4
  %23 = add nuw nsw i64 %4, 3
  %24 = mul i32 %19, 1103515245
  %25 = add i32 %24, 12345
  %26 = lshr i32 %25, 12
  %27 = add nsw i32 %26, -524288
  %28 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %23
  store i32 %27, ptr %28, align 4, !tbaa !4
  %29 = add nuw nsw i64 %4, 4
  %30 = mul i32 %25, 1103515245
  %31 = add i32 %30, 12345
  %32 = lshr i32 %31, 12
  %33 = add nsw i32 %32, -524288
  %34 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %29
  store i32 %33, ptr %34, align 4, !tbaa !4
  %35 = add nuw nsw i64 %4, 5
  %36 = icmp eq i64 %35, 200
  br i1 %36, label %37, label %3, !llvm.loop !8

37:                                               ; preds = %3, %37
  %38 = phi i64 [ %93, %37 ], [ 0, %3 ]
  %39 = phi <4 x i64> [ %89, %37 ], [ zeroinitializer, %3 ]
  %40 = phi <4 x i64> [ %90, %37 ], [ zeroinitializer, %3 ]
  %41 = phi <4 x i64> [ %91, %37 ], [ zeroinitializer, %3 ]
  %42 = phi <4 x i64> [ %92, %37 ], [ zeroinitializer, %3 ]
  %43 = getelementptr inbounds i32, ptr %1, i64 %38
  %44 = load <4 x i32>, ptr %43, align 16, !tbaa !4
  %45 = getelementptr inbounds i32, ptr %43, i64 4
  %46 = load <4 x i32>, ptr %45, align 16, !tbaa !4
  %47 = getelementptr inbounds i32, ptr %43, i64 8
  %48 = load <4 x i32>, ptr %47, align 16, !tbaa !4
  %49 = getelementptr inbounds i32, ptr %43, i64 12
  %50 = load <4 x i32>, ptr %49, align 16, !tbaa !4
  %51 = sext <4 x i32> %44 to <4 x i64>
  %52 = sext <4 x i32> %46 to <4 x i64>
  %53 = sext <4 x i32> %48 to <4 x i64>
  %54 = sext <4 x i32> %50 to <4 x i64>
  %55 = add <4 x i64> %39, %51
  %56 = add <4 x i64> %40, %52
  %57 = add <4 x i64> %41, %53
  %58 = add <4 x i64> %42, %54
  %59 = add nuw nsw i64 %38, 16
  %60 = getelementptr inbounds i32, ptr %1, i64 %59
  %61 = load <4 x i32>, ptr %60, align 16, !tbaa !4
  %62 = getelementptr inbounds i32, ptr %60, i64 4
  %63 = load <4 x i32>, ptr %62, align 16, !tbaa !4
  %64 = getelementptr inbounds i32, ptr %60, i64 8
  %65 = load <4 x i32>, ptr %64, align 16, !tbaa !4
  %66 = getelementptr inbounds i32, ptr %60, i64 12
  %67 = load <4 x i32>, ptr %66, align 16, !tbaa !4
  %68 = sext <4 x i32> %61 to <4 x i64>
  %69 = sext <4 x i32> %63 to <4 x i64>
  %70 = sext <4 x i32> %65 to <4 x i64>
  %71 = sext <4 x i32> %67 to <4 x i64>
  %72 = add <4 x i64> %55, %68
  %73 = add <4 x i64> %56, %69
  %74 = add <4 x i64> %57, %70
  %75 = add <4 x i64> %58, %71
  %76 = add nuw nsw i64 %38, 32
  %77 = getelementptr inbounds i32, ptr %1, i64 %76
  %78 = load <4 x i32>, ptr %77, align 16, !tbaa !4
  %79 = getelementptr inbounds i32, ptr %77, i64 4
  %80 = load <4 x i32>, ptr %79, align 16, !tbaa !4
  %81 = getelementptr inbounds i32, ptr %77, i64 8
  %82 = load <4 x i32>, ptr %81, align 16, !tbaa !4
  %83 = getelementptr inbounds i32, ptr %77, i64 12
  %84 = load <4 x i32>, ptr %83, align 16, !tbaa !4
  %85 = sext <4 x i32> %78 to <4 x i64>
  %86 = sext <4 x i32> %80 to <4 x i64>
  %87 = sext <4 x i32> %82 to <4 x i64>
  %88 = sext <4 x i32> %84 to <4 x i64>
  %89 = add <4 x i64> %72, %85
  %90 = add <4 x i64> %73, %86
  %91 = add <4 x i64> %74, %87
  %92 = add <4 x i64> %75, %88
  %93 = add nuw nsw i64 %38, 48
  %94 = icmp eq i64 %93, 192
  br i1 %94, label %95, label %37, !llvm.loop !10

95:                                               ; preds = %37
  %96 = add <4 x i64> %90, %89
  %97 = add <4 x i64> %91, %96
  %98 = add <4 x i64> %92, %97
  %99 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %98)
  %100 = getelementptr inbounds i32, ptr %1, i64 192
  %101 = load i32, ptr %100, align 16, !tbaa !4
  %102 = sext i32 %101 to i64
  %103 = add nsw i64 %99, %102
  %104 = getelementptr inbounds i32, ptr %1, i64 193
  %105 = load i32, ptr %104, align 4, !tbaa !4
  %106 = sext i32 %105 to i64
  %107 = add nsw i64 %103, %106
  %108 = getelementptr inbounds i32, ptr %1, i64 194
  %109 = load i32, ptr %108, align 8, !tbaa !4
  %110 = sext i32 %109 to i64
  %111 = add nsw i64 %107, %110
  %112 = getelementptr inbounds i32, ptr %1, i64 195
  %113 = load i32, ptr %112, align 4, !tbaa !4
  %114 = sext i32 %113 to i64
  %115 = add nsw i64 %111, %114
  %116 = getelementptr inbounds i32, ptr %1, i64 196
  %117 = load i32, ptr %116, align 16, !tbaa !4
  %118 = sext i32 %117 to i64
  %119 = add nsw i64 %115, %118
  %120 = getelementptr inbounds i32, ptr %1, i64 197
  %121 = load i32, ptr %120, align 4, !tbaa !4
  %122 = sext i32 %121 to i64
  %123 = add nsw i64 %119, %122
  %124 = getelementptr inbounds i32, ptr %1, i64 198
  %125 = load i32, ptr %124, align 8, !tbaa !4
  %126 = sext i32 %125 to i64
  %127 = add nsw i64 %123, %126
  %128 = getelementptr inbounds i32, ptr %1, i64 199
  %129 = load i32, ptr %128, align 4, !tbaa !4
  %130 = sext i32 %129 to i64
  %131 = add nsw i64 %127, %130
  br label %132

132:                                              ; preds = %132, %95
  %133 = phi i64 [ 0, %95 ], [ %188, %132 ]
  %134 = phi <4 x i64> [ <i64 1, i64 0, i64 0, i64 0>, %95 ], [ %181, %132 ]
  %135 = phi <4 x i64> [ zeroinitializer, %95 ], [ %183, %132 ]
  %136 = phi <4 x i64> [ zeroinitializer, %95 ], [ %185, %132 ]
  %137 = phi <4 x i64> [ zeroinitializer, %95 ], [ %187, %132 ]
  %138 = getelementptr inbounds i32, ptr %1, i64 %133
  %139 = load <4 x i32>, ptr %138, align 16, !tbaa !4
  %140 = getelementptr inbounds i32, ptr %138, i64 4
  %141 = load <4 x i32>, ptr %140, align 16, !tbaa !4
  %142 = getelementptr inbounds i32, ptr %138, i64 8
  %143 = load <4 x i32>, ptr %142, align 16, !tbaa !4
  %144 = getelementptr inbounds i32, ptr %138, i64 12
  %145 = load <4 x i32>, ptr %144, align 16, !tbaa !4
  %146 = sext <4 x i32> %139 to <4 x i64>
  %147 = sext <4 x i32> %141 to <4 x i64>
  %148 = sext <4 x i32> %143 to <4 x i64>
  %149 = sext <4 x i32> %145 to <4 x i64>
  %150 = add nuw nsw i64 %133, 16
  %151 = getelementptr inbounds i32, ptr %1, i64 %150
  %152 = load <4 x i32>, ptr %151, align 16, !tbaa !4
  %153 = getelementptr inbounds i32, ptr %151, i64 4
  %154 = load <4 x i32>, ptr %153, align 16, !tbaa !4
  %155 = getelementptr inbounds i32, ptr %151, i64 8
  %156 = load <4 x i32>, ptr %155, align 16, !tbaa !4
  %157 = getelementptr inbounds i32, ptr %151, i64 12
  %158 = load <4 x i32>, ptr %157, align 16, !tbaa !4
  %159 = sext <4 x i32> %152 to <4 x i64>
  %160 = sext <4 x i32> %154 to <4 x i64>
  %161 = sext <4 x i32> %156 to <4 x i64>
  %162 = sext <4 x i32> %158 to <4 x i64>
  %163 = add nsw <4 x i64> %146, %159
  %164 = add nsw <4 x i64> %147, %160
  %165 = add nsw <4 x i64> %148, %161
  %166 = add nsw <4 x i64> %149, %162
  %167 = add nuw nsw i64 %133, 32
  %168 = getelementptr inbounds i32, ptr %1, i64 %167
  %169 = load <4 x i32>, ptr %168, align 16, !tbaa !4
  %170 = getelementptr inbounds i32, ptr %168, i64 4
  %171 = load <4 x i32>, ptr %170, align 16, !tbaa !4
  %172 = getelementptr inbounds i32, ptr %168, i64 8
  %173 = load <4 x i32>, ptr %172, align 16, !tbaa !4
  %174 = getelementptr inbounds i32, ptr %168, i64 12
  %175 = load <4 x i32>, ptr %174, align 16, !tbaa !4
  %176 = sext <4 x i32> %169 to <4 x i64>
  %177 = sext <4 x i32> %171 to <4 x i64>
  %178 = sext <4 x i32> %173 to <4 x i64>
  %179 = sext <4 x i32> %175 to <4 x i64>
  %180 = add nsw <4 x i64> %163, %176
  %181 = sub <4 x i64> %134, %180
  %182 = add nsw <4 x i64> %164, %177
  %183 = sub <4 x i64> %135, %182
  %184 = add nsw <4 x i64> %165, %178
  %185 = sub <4 x i64> %136, %184
  %186 = add nsw <4 x i64> %166, %179
  %187 = sub <4 x i64> %137, %186
  %188 = add nuw nsw i64 %133, 48
  %189 = icmp eq i64 %188, 192
  br i1 %189, label %190, label %132, !llvm.loop !13

190:                                              ; preds = %132
  %191 = add <4 x i64> %183, %181
  %192 = add <4 x i64> %185, %191
  %193 = add <4 x i64> %187, %192
  %194 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %193)
  %195 = getelementptr inbounds i32, ptr %1, i64 192
  %196 = load i32, ptr %195, align 16, !tbaa !4
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds i32, ptr %1, i64 193
  %199 = load i32, ptr %198, align 4, !tbaa !4
  %200 = sext i32 %199 to i64
  %201 = add nsw i64 %197, %200
  %202 = getelementptr inbounds i32, ptr %1, i64 194
  %203 = load i32, ptr %202, align 8, !tbaa !4
  %204 = sext i32 %203 to i64
  %205 = add nsw i64 %201, %204
  %206 = getelementptr inbounds i32, ptr %1, i64 195
  %207 = load i32, ptr %206, align 4, !tbaa !4
  %208 = sext i32 %207 to i64
  %209 = add nsw i64 %205, %208
  %210 = getelementptr inbounds i32, ptr %1, i64 196
  %211 = load i32, ptr %210, align 16, !tbaa !4
  %212 = sext i32 %211 to i64
  %213 = add nsw i64 %209, %212
  %214 = getelementptr inbounds i32, ptr %1, i64 197
  %215 = load i32, ptr %214, align 4, !tbaa !4
  %216 = sext i32 %215 to i64
  %217 = add nsw i64 %213, %216
  %218 = getelementptr inbounds i32, ptr %1, i64 198
  %219 = load i32, ptr %218, align 8, !tbaa !4
  %220 = sext i32 %219 to i64
  %221 = add nsw i64 %217, %220
  %222 = getelementptr inbounds i32, ptr %1, i64 199
  %223 = load i32, ptr %222, align 4, !tbaa !4
  %224 = sext i32 %223 to i64
  %225 = add i64 %221, %224
  %226 = sub i64 %194, %225
  br label %227

227:                                              ; preds = %227, %190
  %228 = phi i64 [ 0, %190 ], [ %259, %227 ]
  %229 = phi i64 [ 2, %190 ], [ %258, %227 ]
  %230 = getelementptr inbounds i32, ptr %1, i64 %228
  %231 = load i32, ptr %230, align 4, !tbaa !4
  %232 = sext i32 %231 to i64
  %233 = mul nsw i64 %229, %232
  %234 = urem i64 %233, 1000000007
  %235 = add nuw nsw i64 %228, 1
  %236 = getelementptr inbounds i32, ptr %1, i64 %235
  %237 = load i32, ptr %236, align 4, !tbaa !4
  %238 = sext i32 %237 to i64
  %239 = mul nsw i64 %234, %238
  %240 = urem i64 %239, 1000000007
  %241 = add nuw nsw i64 %228, 2
  %242 = getelementptr inbounds i32, ptr %1, i64 %241
  %243 = load i32, ptr %242, align 4, !tbaa !4
  %244 = sext i32 %243 to i64
  %245 = mul nsw i64 %240, %244
  %246 = urem i64 %245, 1000000007
  %247 = add nuw nsw i64 %228, 3
  %248 = getelementptr inbounds i32, ptr %1, i64 %247
  %249 = load i32, ptr %248, align 4, !tbaa !4
  %250 = sext i32 %249 to i64
  %251 = mul nsw i64 %246, %250
  %252 = urem i64 %251, 1000000007
  %253 = add nuw nsw i64 %228, 4
  %254 = getelementptr inbounds i32, ptr %1, i64 %253
  %255 = load i32, ptr %254, align 4, !tbaa !4
  %256 = sext i32 %255 to i64
  %257 = mul nsw i64 %252, %256
  %258 = urem i64 %257, 1000000007
  %259 = add nuw nsw i64 %228, 5
  %260 = icmp eq i64 %259, 200
  br i1 %260, label %261, label %227, !llvm.loop !14

261:                                              ; preds = %227
  %262 = mul i64 %131, 1000003
  %263 = add i64 %226, %262
  br label %264

264:                                              ; preds = %264, %261
  %265 = phi i64 [ 0, %261 ], [ %320, %264 ]
  %266 = phi <4 x i64> [ <i64 3, i64 0, i64 0, i64 0>, %261 ], [ %316, %264 ]
  %267 = phi <4 x i64> [ zeroinitializer, %261 ], [ %317, %264 ]
  %268 = phi <4 x i64> [ zeroinitializer, %261 ], [ %318, %264 ]
  %269 = phi <4 x i64> [ zeroinitializer, %261 ], [ %319, %264 ]
  %270 = getelementptr inbounds i32, ptr %1, i64 %265
  %271 = load <4 x i32>, ptr %270, align 16, !tbaa !4
  %272 = getelementptr inbounds i32, ptr %270, i64 4
  %273 = load <4 x i32>, ptr %272, align 16, !tbaa !4
  %274 = getelementptr inbounds i32, ptr %270, i64 8
  %275 = load <4 x i32>, ptr %274, align 16, !tbaa !4
  %276 = getelementptr inbounds i32, ptr %270, i64 12
  %277 = load <4 x i32>, ptr %276, align 16, !tbaa !4
  %278 = sext <4 x i32> %271 to <4 x i64>
  %279 = sext <4 x i32> %273 to <4 x i64>
  %280 = sext <4 x i32> %275 to <4 x i64>
  %281 = sext <4 x i32> %277 to <4 x i64>
  %282 = xor <4 x i64> %266, %278
  %283 = xor <4 x i64> %267, %279
  %284 = xor <4 x i64> %268, %280
  %285 = xor <4 x i64> %269, %281
  %286 = add nuw nsw i64 %265, 16
  %287 = getelementptr inbounds i32, ptr %1, i64 %286
  %288 = load <4 x i32>, ptr %287, align 16, !tbaa !4
  %289 = getelementptr inbounds i32, ptr %287, i64 4
  %290 = load <4 x i32>, ptr %289, align 16, !tbaa !4
  %291 = getelementptr inbounds i32, ptr %287, i64 8
  %292 = load <4 x i32>, ptr %291, align 16, !tbaa !4
  %293 = getelementptr inbounds i32, ptr %287, i64 12
  %294 = load <4 x i32>, ptr %293, align 16, !tbaa !4
  %295 = sext <4 x i32> %288 to <4 x i64>
  %296 = sext <4 x i32> %290 to <4 x i64>
  %297 = sext <4 x i32> %292 to <4 x i64>
  %298 = sext <4 x i32> %294 to <4 x i64>
  %299 = xor <4 x i64> %282, %295
  %300 = xor <4 x i64> %283, %296
  %301 = xor <4 x i64> %284, %297
  %302 = xor <4 x i64> %285, %298
  %303 = add nuw nsw i64 %265, 32
  %304 = getelementptr inbounds i32, ptr %1, i64 %303
  %305 = load <4 x i32>, ptr %304, align 16, !tbaa !4
  %306 = getelementptr inbounds i32, ptr %304, i64 4
  %307 = load <4 x i32>, ptr %306, align 16, !tbaa !4
  %308 = getelementptr inbounds i32, ptr %304, i64 8
  %309 = load <4 x i32>, ptr %308, align 16, !tbaa !4
  %310 = getelementptr inbounds i32, ptr %304, i64 12
  %311 = load <4 x i32>, ptr %310, align 16, !tbaa !4
  %312 = sext <4 x i32> %305 to <4 x i64>
  %313 = sext <4 x i32> %307 to <4 x i64>
  %314 = sext <4 x i32> %309 to <4 x i64>
  %315 = sext <4 x i32> %311 to <4 x i64>
  %316 = xor <4 x i64> %299, %312
  %317 = xor <4 x i64> %300, %313
  %318 = xor <4 x i64> %301, %314
  %319 = xor <4 x i64> %302, %315
  %320 = add nuw nsw i64 %265, 48
  %321 = icmp eq i64 %320, 192
  br i1 %321, label %322, label %264, !llvm.loop !15

322:                                              ; preds = %264
  %323 = xor <4 x i64> %317, %316
  %324 = xor <4 x i64> %318, %323
  %325 = xor <4 x i64> %319, %324
  %326 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %325)
  %327 = getelementptr inbounds i32, ptr %1, i64 192
  %328 = load i32, ptr %327, align 16, !tbaa !4
  %329 = sext i32 %328 to i64
  %330 = xor i64 %326, %329
  %331 = getelementptr inbounds i32, ptr %1, i64 193
  %332 = load i32, ptr %331, align 4, !tbaa !4
  %333 = sext i32 %332 to i64
  %334 = xor i64 %330, %333
  %335 = getelementptr inbounds i32, ptr %1, i64 194
  %336 = load i32, ptr %335, align 8, !tbaa !4
  %337 = sext i32 %336 to i64
  %338 = xor i64 %334, %337
  %339 = getelementptr inbounds i32, ptr %1, i64 195
  %340 = load i32, ptr %339, align 4, !tbaa !4
  %341 = sext i32 %340 to i64
  %342 = xor i64 %338, %341
  %343 = getelementptr inbounds i32, ptr %1, i64 196
  %344 = load i32, ptr %343, align 16, !tbaa !4
  %345 = sext i32 %344 to i64
  %346 = xor i64 %342, %345
  %347 = getelementptr inbounds i32, ptr %1, i64 197
  %348 = load i32, ptr %347, align 4, !tbaa !4
  %349 = sext i32 %348 to i64
  %350 = xor i64 %346, %349
  %351 = getelementptr inbounds i32, ptr %1, i64 198
  %352 = load i32, ptr %351, align 8, !tbaa !4
  %353 = sext i32 %352 to i64
  %354 = xor i64 %350, %353
  %355 = getelementptr inbounds i32, ptr %1, i64 199
  %356 = load i32, ptr %355, align 4, !tbaa !4
  %357 = sext i32 %356 to i64
  %358 = xor i64 %354, %357
  %359 = mul i64 %263, 1000003
  %360 = add i64 %258, %359
  br label %361

361:                                              ; preds = %361, %322
  %362 = phi i64 [ 0, %322 ], [ %400, %361 ]
  %363 = phi <4 x i64> [ <i64 4, i64 4, i64 4, i64 4>, %322 ], [ %396, %361 ]
  %364 = phi <4 x i64> [ <i64 4, i64 4, i64 4, i64 4>, %322 ], [ %397, %361 ]
  %365 = phi <4 x i64> [ <i64 4, i64 4, i64 4, i64 4>, %322 ], [ %398, %361 ]
  %366 = phi <4 x i64> [ <i64 4, i64 4, i64 4, i64 4>, %322 ], [ %399, %361 ]
  %367 = getelementptr inbounds i32, ptr %1, i64 %362
  %368 = load <4 x i32>, ptr %367, align 16, !tbaa !4
  %369 = getelementptr inbounds i32, ptr %367, i64 4
  %370 = load <4 x i32>, ptr %369, align 16, !tbaa !4
  %371 = getelementptr inbounds i32, ptr %367, i64 8
  %372 = load <4 x i32>, ptr %371, align 16, !tbaa !4
  %373 = getelementptr inbounds i32, ptr %367, i64 12
  %374 = load <4 x i32>, ptr %373, align 16, !tbaa !4
  %375 = sext <4 x i32> %368 to <4 x i64>
  %376 = sext <4 x i32> %370 to <4 x i64>
  %377 = sext <4 x i32> %372 to <4 x i64>
  %378 = sext <4 x i32> %374 to <4 x i64>
  %379 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %363, <4 x i64> %375)
  %380 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %364, <4 x i64> %376)
  %381 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %365, <4 x i64> %377)
  %382 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %366, <4 x i64> %378)
  %383 = or i64 %362, 16
  %384 = getelementptr inbounds i32, ptr %1, i64 %383
  %385 = load <4 x i32>, ptr %384, align 16, !tbaa !4
  %386 = getelementptr inbounds i32, ptr %384, i64 4
  %387 = load <4 x i32>, ptr %386, align 16, !tbaa !4
  %388 = getelementptr inbounds i32, ptr %384, i64 8
  %389 = load <4 x i32>, ptr %388, align 16, !tbaa !4
  %390 = getelementptr inbounds i32, ptr %384, i64 12
  %391 = load <4 x i32>, ptr %390, align 16, !tbaa !4
  %392 = sext <4 x i32> %385 to <4 x i64>
  %393 = sext <4 x i32> %387 to <4 x i64>
  %394 = sext <4 x i32> %389 to <4 x i64>
  %395 = sext <4 x i32> %391 to <4 x i64>
  %396 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %379, <4 x i64> %392)
  %397 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %380, <4 x i64> %393)
  %398 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %381, <4 x i64> %394)
  %399 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %382, <4 x i64> %395)
  %400 = add nuw nsw i64 %362, 32
  %401 = icmp eq i64 %400, 192
  br i1 %401, label %402, label %361, !llvm.loop !16

402:                                              ; preds = %361
  %403 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %396, <4 x i64> %397)
  %404 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %403, <4 x i64> %398)
  %405 = tail call <4 x i64> @llvm.smax.v4i64(<4 x i64> %404, <4 x i64> %399)
  %406 = tail call i64 @llvm.vector.reduce.smax.v4i64(<4 x i64> %405)
  %407 = getelementptr inbounds i32, ptr %1, i64 192
  %408 = load i32, ptr %407, align 16, !tbaa !4
  %409 = sext i32 %408 to i64
  %410 = tail call i64 @llvm.smax.i64(i64 %406, i64 %409)
  %411 = getelementptr inbounds i32, ptr %1, i64 193
  %412 = load i32, ptr %411, align 4, !tbaa !4
  %413 = sext i32 %412 to i64
  %414 = tail call i64 @llvm.smax.i64(i64 %410, i64 %413)
  %415 = getelementptr inbounds i32, ptr %1, i64 194
  %416 = load i32, ptr %415, align 8, !tbaa !4
  %417 = sext i32 %416 to i64
  %418 = tail call i64 @llvm.smax.i64(i64 %414, i64 %417)
  %419 = getelementptr inbounds i32, ptr %1, i64 195
  %420 = load i32, ptr %419, align 4, !tbaa !4
  %421 = sext i32 %420 to i64
  %422 = tail call i64 @llvm.smax.i64(i64 %418, i64 %421)
  %423 = getelementptr inbounds i32, ptr %1, i64 196
  %424 = load i32, ptr %423, align 16, !tbaa !4
  %425 = sext i32 %424 to i64
  %426 = tail call i64 @llvm.smax.i64(i64 %422, i64 %425)
  %427 = getelementptr inbounds i32, ptr %1, i64 197
  %428 = load i32, ptr %427, align 4, !tbaa !4
  %429 = sext i32 %428 to i64
  %430 = tail call i64 @llvm.smax.i64(i64 %426, i64 %429)
  %431 = getelementptr inbounds i32, ptr %1, i64 198
  %432 = load i32, ptr %431, align 8, !tbaa !4
  %433 = sext i32 %432 to i64
  %434 = tail call i64 @llvm.smax.i64(i64 %430, i64 %433)
  %435 = getelementptr inbounds i32, ptr %1, i64 199
  %436 = load i32, ptr %435, align 4, !tbaa !4
  %437 = sext i32 %436 to i64
  %438 = tail call i64 @llvm.smax.i64(i64 %434, i64 %437)
  %439 = mul i64 %360, 1000003
  %440 = add i64 %358, %439
  br label %441

441:                                              ; preds = %441, %402
  %442 = phi i64 [ 0, %402 ], [ %480, %441 ]
  %443 = phi <4 x i64> [ <i64 5, i64 5, i64 5, i64 5>, %402 ], [ %476, %441 ]
  %444 = phi <4 x i64> [ <i64 5, i64 5, i64 5, i64 5>, %402 ], [ %477, %441 ]
  %445 = phi <4 x i64> [ <i64 5, i64 5, i64 5, i64 5>, %402 ], [ %478, %441 ]
  %446 = phi <4 x i64> [ <i64 5, i64 5, i64 5, i64 5>, %402 ], [ %479, %441 ]
  %447 = getelementptr inbounds i32, ptr %1, i64 %442
  %448 = load <4 x i32>, ptr %447, align 16, !tbaa !4
  %449 = getelementptr inbounds i32, ptr %447, i64 4
  %450 = load <4 x i32>, ptr %449, align 16, !tbaa !4
  %451 = getelementptr inbounds i32, ptr %447, i64 8
  %452 = load <4 x i32>, ptr %451, align 16, !tbaa !4
  %453 = getelementptr inbounds i32, ptr %447, i64 12
  %454 = load <4 x i32>, ptr %453, align 16, !tbaa !4
  %455 = sext <4 x i32> %448 to <4 x i64>
  %456 = sext <4 x i32> %450 to <4 x i64>
  %457 = sext <4 x i32> %452 to <4 x i64>
  %458 = sext <4 x i32> %454 to <4 x i64>
  %459 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %443, <4 x i64> %455)
  %460 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %444, <4 x i64> %456)
  %461 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %445, <4 x i64> %457)
  %462 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %446, <4 x i64> %458)
  %463 = or i64 %442, 16
  %464 = getelementptr inbounds i32, ptr %1, i64 %463
  %465 = load <4 x i32>, ptr %464, align 16, !tbaa !4
  %466 = getelementptr inbounds i32, ptr %464, i64 4
  %467 = load <4 x i32>, ptr %466, align 16, !tbaa !4
  %468 = getelementptr inbounds i32, ptr %464, i64 8
  %469 = load <4 x i32>, ptr %468, align 16, !tbaa !4
  %470 = getelementptr inbounds i32, ptr %464, i64 12
  %471 = load <4 x i32>, ptr %470, align 16, !tbaa !4
  %472 = sext <4 x i32> %465 to <4 x i64>
  %473 = sext <4 x i32> %467 to <4 x i64>
  %474 = sext <4 x i32> %469 to <4 x i64>
  %475 = sext <4 x i32> %471 to <4 x i64>
  %476 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %459, <4 x i64> %472)
  %477 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %460, <4 x i64> %473)
  %478 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %461, <4 x i64> %474)
  %479 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %462, <4 x i64> %475)
  %480 = add nuw nsw i64 %442, 32
  %481 = icmp eq i64 %480, 192
  br i1 %481, label %482, label %441, !llvm.loop !17

482:                                              ; preds = %441
  %483 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %476, <4 x i64> %477)
  %484 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %483, <4 x i64> %478)
  %485 = tail call <4 x i64> @llvm.smin.v4i64(<4 x i64> %484, <4 x i64> %479)
  %486 = tail call i64 @llvm.vector.reduce.smin.v4i64(<4 x i64> %485)
  %487 = getelementptr inbounds i32, ptr %1, i64 192
  %488 = load i32, ptr %487, align 16, !tbaa !4
  %489 = sext i32 %488 to i64
  %490 = tail call i64 @llvm.smin.i64(i64 %486, i64 %489)
  %491 = getelementptr inbounds i32, ptr %1, i64 193
  %492 = load i32, ptr %491, align 4, !tbaa !4
  %493 = sext i32 %492 to i64
  %494 = tail call i64 @llvm.smin.i64(i64 %490, i64 %493)
  %495 = getelementptr inbounds i32, ptr %1, i64 194
  %496 = load i32, ptr %495, align 8, !tbaa !4
  %497 = sext i32 %496 to i64
  %498 = tail call i64 @llvm.smin.i64(i64 %494, i64 %497)
  %499 = getelementptr inbounds i32, ptr %1, i64 195
  %500 = load i32, ptr %499, align 4, !tbaa !4
  %501 = sext i32 %500 to i64
  %502 = tail call i64 @llvm.smin.i64(i64 %498, i64 %501)
  %503 = getelementptr inbounds i32, ptr %1, i64 196
  %504 = load i32, ptr %503, align 16, !tbaa !4
  %505 = sext i32 %504 to i64
  %506 = tail call i64 @llvm.smin.i64(i64 %502, i64 %505)
  %507 = getelementptr inbounds i32, ptr %1, i64 197
  %508 = load i32, ptr %507, align 4, !tbaa !4
  %509 = sext i32 %508 to i64
  %510 = tail call i64 @llvm.smin.i64(i64 %506, i64 %509)
  %511 = getelementptr inbounds i32, ptr %1, i64 198
  %512 = load i32, ptr %511, align 8, !tbaa !4
  %513 = sext i32 %512 to i64
  %514 = tail call i64 @llvm.smin.i64(i64 %510, i64 %513)
  %515 = getelementptr inbounds i32, ptr %1, i64 199
  %516 = load i32, ptr %515, align 4, !tbaa !4
  %517 = sext i32 %516 to i64
  %518 = tail call i64 @llvm.smin.i64(i64 %514, i64 %517)
  %519 = mul i64 %440, 1000003
  %520 = add i64 %438, %519
  %521 = mul i64 %520, 1000003
  %522 = add i64 %518, %521
  br label %523

523:                                              ; preds = %482, %523
  %524 = phi i32 [ %546, %523 ], [ 0, %482 ]
  %525 = phi i64 [ %545, %523 ], [ %522, %482 ]
  %526 = trunc i32 %524 to i16
  %527 = urem i16 %526, 200
  %528 = zext i16 %527 to i64
  %529 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %528
  %530 = load i32, ptr %529, align 4, !tbaa !4
  %531 = add nsw i32 %530, %524
  %532 = urem i32 %531, 6
  %533 = zext i32 %532 to i64
  %534 = getelementptr inbounds [6 x ptr], ptr @table, i64 0, i64 %533
  %535 = load ptr, ptr %534, align 8, !tbaa !18
  %536 = mul i64 %525, 7
  %537 = srem i64 %525, 100000
  %538 = mul i16 %526, 13
  %539 = urem i16 %538, 200
  %540 = zext i16 %539 to i64
  %541 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %540
  %542 = load i32, ptr %541, align 4, !tbaa !4
  %543 = sext i32 %542 to i64
  %544 = tail call i64 %535(i64 noundef %537, i64 noundef %543) #8
  %545 = add i64 %544, %536
  %546 = add nuw nsw i32 %524, 1
  %547 = icmp eq i32 %546, 600
  br i1 %547, label %548, label %523, !llvm.loop !20

548:                                              ; preds = %523
  %549 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 7
  %550 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 14
  %551 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 21
  %552 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 28
  %553 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 35
  %554 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 42
  %555 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 49
  %556 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 56
  %557 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 63
  %558 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 70
  %559 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 77
  %560 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 84
  %561 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 91
  %562 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 98
  %563 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 105
  %564 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 112
  %565 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 119
  %566 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 126
  %567 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 133
  %568 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 140
  %569 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 147
  %570 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 154
  %571 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 161
  %572 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 168
  %573 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 175
  %574 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 182
  %575 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 189
  %576 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 196
  br label %580

577:                                              ; preds = %598
  %578 = mul i64 %714, 137858491849
  %579 = add i64 %578, 2295956693742
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #8
  ret i64 %579

580:                                              ; preds = %548, %598
  %581 = phi i64 [ 0, %548 ], [ %715, %598 ]
  %582 = phi i64 [ %545, %548 ], [ %714, %598 ]
  %583 = getelementptr inbounds [3 x ptr], ptr @checksum.cmps, i64 0, i64 %581
  %584 = load ptr, ptr %583, align 8, !tbaa !18
  br label %585

585:                                              ; preds = %595, %580
  %586 = phi i64 [ 1, %580 ], [ %596, %595 ]
  br label %587

587:                                              ; preds = %717, %585
  %588 = phi i64 [ %586, %585 ], [ %589, %717 ]
  %589 = add nsw i64 %588, -1
  %590 = and i64 %589, 4294967295
  %591 = getelementptr inbounds i32, ptr %1, i64 %590
  %592 = getelementptr inbounds i32, ptr %1, i64 %588
  %593 = call i32 %584(ptr noundef nonnull %591, ptr noundef nonnull %592) #8
  %594 = icmp sgt i32 %593, 0
  br i1 %594, label %717, label %595

595:                                              ; preds = %717, %587
  %596 = add nuw nsw i64 %586, 1
  %597 = icmp eq i64 %596, 200
  br i1 %597, label %598, label %585, !llvm.loop !21

598:                                              ; preds = %595
  %599 = mul i64 %582, 31
  %600 = load i32, ptr %1, align 16, !tbaa !4
  %601 = zext i32 %600 to i64
  %602 = add i64 %599, %601
  %603 = mul i64 %602, 31
  %604 = load i32, ptr %549, align 4, !tbaa !4
  %605 = zext i32 %604 to i64
  %606 = add i64 %603, %605
  %607 = mul i64 %606, 31
  %608 = load i32, ptr %550, align 8, !tbaa !4
  %609 = zext i32 %608 to i64
  %610 = add i64 %607, %609
  %611 = mul i64 %610, 31
  %612 = load i32, ptr %551, align 4, !tbaa !4
  %613 = zext i32 %612 to i64
  %614 = add i64 %611, %613
  %615 = mul i64 %614, 31
  %616 = load i32, ptr %552, align 16, !tbaa !4
  %617 = zext i32 %616 to i64
  %618 = add i64 %615, %617
  %619 = mul i64 %618, 31
  %620 = load i32, ptr %553, align 4, !tbaa !4
  %621 = zext i32 %620 to i64
  %622 = add i64 %619, %621
  %623 = mul i64 %622, 31
  %624 = load i32, ptr %554, align 8, !tbaa !4
  %625 = zext i32 %624 to i64
  %626 = add i64 %623, %625
  %627 = mul i64 %626, 31
  %628 = load i32, ptr %555, align 4, !tbaa !4
  %629 = zext i32 %628 to i64
  %630 = add i64 %627, %629
  %631 = mul i64 %630, 31
  %632 = load i32, ptr %556, align 16, !tbaa !4
  %633 = zext i32 %632 to i64
  %634 = add i64 %631, %633
  %635 = mul i64 %634, 31
  %636 = load i32, ptr %557, align 4, !tbaa !4
  %637 = zext i32 %636 to i64
  %638 = add i64 %635, %637
  %639 = mul i64 %638, 31
  %640 = load i32, ptr %558, align 8, !tbaa !4
  %641 = zext i32 %640 to i64
  %642 = add i64 %639, %641
  %643 = mul i64 %642, 31
  %644 = load i32, ptr %559, align 4, !tbaa !4
  %645 = zext i32 %644 to i64
  %646 = add i64 %643, %645
  %647 = mul i64 %646, 31
  %648 = load i32, ptr %560, align 16, !tbaa !4
  %649 = zext i32 %648 to i64
  %650 = add i64 %647, %649
  %651 = mul i64 %650, 31
  %652 = load i32, ptr %561, align 4, !tbaa !4
  %653 = zext i32 %652 to i64
  %654 = add i64 %651, %653
  %655 = mul i64 %654, 31
  %656 = load i32, ptr %562, align 8, !tbaa !4
  %657 = zext i32 %656 to i64
  %658 = add i64 %655, %657
  %659 = mul i64 %658, 31
  %660 = load i32, ptr %563, align 4, !tbaa !4
  %661 = zext i32 %660 to i64
  %662 = add i64 %659, %661
  %663 = mul i64 %662, 31
  %664 = load i32, ptr %564, align 16, !tbaa !4
  %665 = zext i32 %664 to i64
  %666 = add i64 %663, %665
  %667 = mul i64 %666, 31
  %668 = load i32, ptr %565, align 4, !tbaa !4
  %669 = zext i32 %668 to i64
  %670 = add i64 %667, %669
  %671 = mul i64 %670, 31
  %672 = load i32, ptr %566, align 8, !tbaa !4
  %673 = zext i32 %672 to i64
  %674 = add i64 %671, %673
  %675 = mul i64 %674, 31
  %676 = load i32, ptr %567, align 4, !tbaa !4
  %677 = zext i32 %676 to i64
  %678 = add i64 %675, %677
  %679 = mul i64 %678, 31
  %680 = load i32, ptr %568, align 16, !tbaa !4
  %681 = zext i32 %680 to i64
  %682 = add i64 %679, %681
  %683 = mul i64 %682, 31
  %684 = load i32, ptr %569, align 4, !tbaa !4
  %685 = zext i32 %684 to i64
  %686 = add i64 %683, %685
  %687 = mul i64 %686, 31
  %688 = load i32, ptr %570, align 8, !tbaa !4
  %689 = zext i32 %688 to i64
  %690 = add i64 %687, %689
  %691 = mul i64 %690, 31
  %692 = load i32, ptr %571, align 4, !tbaa !4
  %693 = zext i32 %692 to i64
  %694 = add i64 %691, %693
  %695 = mul i64 %694, 31
  %696 = load i32, ptr %572, align 16, !tbaa !4
  %697 = zext i32 %696 to i64
  %698 = add i64 %695, %697
  %699 = mul i64 %698, 31
  %700 = load i32, ptr %573, align 4, !tbaa !4
  %701 = zext i32 %700 to i64
  %702 = add i64 %699, %701
  %703 = mul i64 %702, 31
  %704 = load i32, ptr %574, align 8, !tbaa !4
  %705 = zext i32 %704 to i64
  %706 = add i64 %703, %705
  %707 = mul i64 %706, 31
  %708 = load i32, ptr %575, align 4, !tbaa !4
  %709 = zext i32 %708 to i64
  %710 = add i64 %707, %709
  %711 = mul i64 %710, 31
  %712 = load i32, ptr %576, align 16, !tbaa !4
  %713 = zext i32 %712 to i64
  %714 = add i64 %711, %713
  %715 = add nuw nsw i64 %581, 1
  %716 = icmp eq i64 %715, 3
  br i1 %716, label %577, label %580, !llvm.loop !22

717:                                              ; preds = %587
  %718 = load i32, ptr %592, align 4, !tbaa !4
  %719 = load i32, ptr %591, align 4, !tbaa !4
  store i32 %719, ptr %592, align 4, !tbaa !4
  store i32 %718, ptr %591, align 4, !tbaa !4
  %720 = icmp sgt i64 %588, 1
  br i1 %720, label %587, label %595, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define internal i32 @cmp_asc(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #2 {
  %3 = load i32, ptr %0, align 4, !tbaa !4
  %4 = load i32, ptr %1, align 4, !tbaa !4
  %5 = icmp sgt i32 %3, %4
  %6 = zext i1 %5 to i32
  %7 = icmp slt i32 %3, %4
  %8 = sext i1 %7 to i32
  %9 = add nsw i32 %8, %6
  ret i32 %9
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define internal i32 @cmp_desc(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #2 {
  %3 = load i32, ptr %1, align 4, !tbaa !4
  %4 = load i32, ptr %0, align 4, !tbaa !4
  %5 = icmp sgt i32 %3, %4
  %6 = zext i1 %5 to i32
  %7 = icmp slt i32 %3, %4
  %8 = sext i1 %7 to i32
  %9 = add nsw i32 %8, %6
  ret i32 %9
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(argmem: read)
define internal i32 @cmp_abs(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = load i32, ptr %0, align 4, !tbaa !4
  %4 = load i32, ptr %1, align 4, !tbaa !4
  %5 = tail call i32 @llvm.abs.i32(i32 %3, i1 true)
  %6 = tail call i32 @llvm.abs.i32(i32 %4, i1 true)
  %7 = icmp ugt i32 %5, %6
  %8 = zext i1 %7 to i32
  %9 = icmp ult i32 %5, %6
  %10 = sext i1 %9 to i32
  %11 = add nsw i32 %10, %8
  ret i32 %11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal i64 @op_add(i64 noundef %0, i64 noundef %1) #4 {
  %3 = add nsw i64 %1, %0
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal i64 @op_sub(i64 noundef %0, i64 noundef %1) #4 {
  %3 = sub nsw i64 %0, %1
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal i64 @op_mul(i64 noundef %0, i64 noundef %1) #4 {
  %3 = mul i64 %1, %0
  %4 = urem i64 %3, 1000000007
  ret i64 %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal i64 @op_xor(i64 noundef %0, i64 noundef %1) #4 {
  %3 = xor i64 %1, %0
  ret i64 %3
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal i64 @op_max(i64 noundef %0, i64 noundef %1) #5 {
  %3 = tail call i64 @llvm.smax.i64(i64 %0, i64 %1)
  ret i64 %3
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal i64 @op_min(i64 noundef %0, i64 noundef %1) #5 {
  %3 = tail call i64 @llvm.smin.i64(i64 %0, i64 %1)
  ret i64 %3
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.xor.v4i64(<4 x i64>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i64> @llvm.smax.v4i64(<4 x i64>, <4 x i64>) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.smax.v4i64(<4 x i64>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i64> @llvm.smin.v4i64(<4 x i64>, <4 x i64>) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.smin.v4i64(<4 x i64>) #7

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #3 = { mustprogress nofree nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #5 = { mustprogress nofree nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #8 = { nounwind }

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
!10 = distinct !{!10, !9, !11, !12}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !9, !11, !12}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9, !11, !12}
!16 = distinct !{!16, !9, !11, !12}
!17 = distinct !{!17, !9, !11, !12}
!18 = !{!19, !19, i64 0}
!19 = !{!"any pointer", !6, i64 0}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9}
!23 = distinct !{!23, !9}
