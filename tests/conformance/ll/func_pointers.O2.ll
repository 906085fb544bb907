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
  %4 = phi i64 [ 0, %0 ], [ %17, %3 ]
  %5 = phi i32 [ %2, %0 ], [ %13, %3 ]
  %6 = mul i32 %5, 1103515245
  %7 = add i32 %6, 12345
  %8 = lshr i32 %7, 12
  %9 = add nsw i32 %8, -524288
  %10 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %4
  store i32 %9, ptr %10, align 8, !tbaa !4
  %11 = or i64 %4, 1
  %12 = mul i32 %7, 1103515245
  %13 = add i32 %12, 12345
  %14 = lshr i32 %13, 12
  %15 = add nsw i32 %14, -524288
  %16 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %11
  store i32 %15, ptr %16, align 4, !tbaa !4
  %17 = add nuw nsw i64 %4, 2
  %18 = icmp eq i64 %17, 200
  br i1 %18, label %19, label %3, !llvm.loop !8

19:                                               ; preds = %3, %19
  %20 = phi i64 [ %40, %19 ], [ 0, %3 ]
  %21 = phi <2 x i64> [ %38, %19 ], [ zeroinitializer, %3 ]
  %22 = phi <2 x i64> [ %39, %19 ], [ zeroinitializer, %3 ]
  %23 = getelementptr inbounds i32, ptr %1, i64 %20
  %24 = load <2 x i32>, ptr %23, align 16, !tbaa !4
  %25 = getelementptr inbounds i32, ptr %23, i64 2
  %26 = load <2 x i32>, ptr %25, align 8, !tbaa !4
  %27 = sext <2 x i32> %24 to <2 x i64>
  %28 = sext <2 x i32> %26 to <2 x i64>
  %29 = add <2 x i64> %21, %27
  %30 = add <2 x i64> %22, %28
  %31 = or i64 %20, 4
  %32 = getelementptr inbounds i32, ptr %1, i64 %31
  %33 = load <2 x i32>, ptr %32, align 16, !tbaa !4
  %34 = getelementptr inbounds i32, ptr %32, i64 2
  %35 = load <2 x i32>, ptr %34, align 8, !tbaa !4
  %36 = sext <2 x i32> %33 to <2 x i64>
  %37 = sext <2 x i32> %35 to <2 x i64>
  %38 = add <2 x i64> %29, %36
  %39 = add <2 x i64> %30, %37
  %40 = add nuw nsw i64 %20, 8
  %41 = icmp eq i64 %40, 200
  br i1 %41, label %42, label %19, !llvm.loop !10

42:                                               ; preds = %19
  %43 = add <2 x i64> %39, %38
  %44 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %43)
  br label %45

45:                                               ; preds = %45, %42
  %46 = phi i64 [ 0, %42 ], [ %66, %45 ]
  %47 = phi <2 x i64> [ <i64 1, i64 0>, %42 ], [ %63, %45 ]
  %48 = phi <2 x i64> [ zeroinitializer, %42 ], [ %65, %45 ]
  %49 = getelementptr inbounds i32, ptr %1, i64 %46
  %50 = load <2 x i32>, ptr %49, align 16, !tbaa !4
  %51 = getelementptr inbounds i32, ptr %49, i64 2
  %52 = load <2 x i32>, ptr %51, align 8, !tbaa !4
  %53 = sext <2 x i32> %50 to <2 x i64>
  %54 = sext <2 x i32> %52 to <2 x i64>
  %55 = or i64 %46, 4
  %56 = getelementptr inbounds i32, ptr %1, i64 %55
  %57 = load <2 x i32>, ptr %56, align 16, !tbaa !4
  %58 = getelementptr inbounds i32, ptr %56, i64 2
  %59 = load <2 x i32>, ptr %58, align 8, !tbaa !4
  %60 = sext <2 x i32> %57 to <2 x i64>
  %61 = sext <2 x i32> %59 to <2 x i64>
  %62 = add nsw <2 x i64> %53, %60
  %63 = sub <2 x i64> %47, %62
  %64 = add nsw <2 x i64> %54, %61
  %65 = sub <2 x i64> %48, %64
  %66 = add nuw nsw i64 %46, 8
  %67 = icmp eq i64 %66, 200
  br i1 %67, label %68, label %45, !llvm.loop !13

68:                                               ; preds = %45
  %69 = add <2 x i64> %65, %63
  %70 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %69)
  br label %71

71:                                               ; preds = %71, %68
  %72 = phi i64 [ 0, %68 ], [ %85, %71 ]
  %73 = phi i64 [ 2, %68 ], [ %84, %71 ]
  %74 = getelementptr inbounds i32, ptr %1, i64 %72
  %75 = load i32, ptr %74, align 8, !tbaa !4
  %76 = sext i32 %75 to i64
  %77 = mul nsw i64 %73, %76
  %78 = urem i64 %77, 1000000007
  %79 = or i64 %72, 1
  %80 = getelementptr inbounds i32, ptr %1, i64 %79
  %81 = load i32, ptr %80, align 4, !tbaa !4
  %82 = sext i32 %81 to i64
  %83 = mul nsw i64 %78, %82
  %84 = urem i64 %83, 1000000007
  %85 = add nuw nsw i64 %72, 2
  %86 = icmp eq i64 %85, 200
  br i1 %86, label %87, label %71, !llvm.loop !14

87:                                               ; preds = %71
  %88 = mul i64 %44, 1000003
  %89 = add i64 %70, %88
  br label %90

90:                                               ; preds = %90, %87
  %91 = phi i64 [ 0, %87 ], [ %111, %90 ]
  %92 = phi <2 x i64> [ <i64 3, i64 0>, %87 ], [ %109, %90 ]
  %93 = phi <2 x i64> [ zeroinitializer, %87 ], [ %110, %90 ]
  %94 = getelementptr inbounds i32, ptr %1, i64 %91
  %95 = load <2 x i32>, ptr %94, align 16, !tbaa !4
  %96 = getelementptr inbounds i32, ptr %94, i64 2
  %97 = load <2 x i32>, ptr %96, align 8, !tbaa !4
  %98 = sext <2 x i32> %95 to <2 x i64>
  %99 = sext <2 x i32> %97 to <2 x i64>
  %100 = xor <2 x i64> %92, %98
  %101 = xor <2 x i64> %93, %99
  %102 = or i64 %91, 4
  %103 = getelementptr inbounds i32, ptr %1, i64 %102
  %104 = load <2 x i32>, ptr %103, align 16, !tbaa !4
  %105 = getelementptr inbounds i32, ptr %103, i64 2
  %106 = load <2 x i32>, ptr %105, align 8, !tbaa !4
  %107 = sext <2 x i32> %104 to <2 x i64>
  %108 = sext <2 x i32> %106 to <2 x i64>
  %109 = xor <2 x i64> %100, %107
  %110 = xor <2 x i64> %101, %108
  %111 = add nuw nsw i64 %91, 8
  %112 = icmp eq i64 %111, 200
  br i1 %112, label %113, label %90, !llvm.loop !15

113:                                              ; preds = %90
  %114 = xor <2 x i64> %110, %109
  %115 = tail call i64 @llvm.vector.reduce.xor.v2i64(<2 x i64> %114)
  %116 = mul i64 %89, 1000003
  %117 = add i64 %84, %116
  br label %118

118:                                              ; preds = %118, %113
  %119 = phi i64 [ 0, %113 ], [ %145, %118 ]
  %120 = phi i64 [ 4, %113 ], [ %144, %118 ]
  %121 = getelementptr inbounds i32, ptr %1, i64 %119
  %122 = load i32, ptr %121, align 4, !tbaa !4
  %123 = sext i32 %122 to i64
  %124 = tail call i64 @llvm.smax.i64(i64 %120, i64 %123)
  %125 = add nuw nsw i64 %119, 1
  %126 = getelementptr inbounds i32, ptr %1, i64 %125
  %127 = load i32, ptr %126, align 4, !tbaa !4
  %128 = sext i32 %127 to i64
  %129 = tail call i64 @llvm.smax.i64(i64 %124, i64 %128)
  %130 = add nuw nsw i64 %119, 2
  %131 = getelementptr inbounds i32, ptr %1, i64 %130
  %132 = load i32, ptr %131, align 4, !tbaa !4
  %133 = sext i32 %132 to i64
  %134 = tail call i64 @llvm.smax.i64(i64 %129, i64 %133)
  %135 = add nuw nsw i64 %119, 3
  %136 = getelementptr inbounds i32, ptr %1, i64 %135
  %137 = load i32, ptr %136, align 4, !tbaa !4
  %138 = sext i32 %137 to i64
  %139 = tail call i64 @llvm.smax.i64(i64 %134, i64 %138)
  %140 = add nuw nsw i64 %119, 4
  %141 = getelementptr inbounds i32, ptr %1, i64 %140
  %142 = load i32, ptr %141, align 4, !tbaa !4
  %143 = sext i32 %142 to i64
  %144 = tail call i64 @llvm.smax.i64(i64 %139, i64 %143)
  %145 = add nuw nsw i64 %119, 5
  %146 = icmp eq i64 %145, 200
  br i1 %146, label %147, label %118, !llvm.loop !14

147:                                              ; preds = %118
  %148 = mul i64 %117, 1000003
  %149 = add i64 %115, %148
  br label %150

150:                                              ; preds = %150, %147
  %151 = phi i64 [ 0, %147 ], [ %177, %150 ]
  %152 = phi i64 [ 5, %147 ], [ %176, %150 ]
  %153 = getelementptr inbounds i32, ptr %1, i64 %151
  %154 = load i32, ptr %153, align 4, !tbaa !4
  %155 = sext i32 %154 to i64
  %156 = tail call i64 @llvm.smin.i64(i64 %152, i64 %155)
  %157 = add nuw nsw i64 %151, 1
  %158 = getelementptr inbounds i32, ptr %1, i64 %157
  %159 = load i32, ptr %158, align 4, !tbaa !4
  %160 = sext i32 %159 to i64
  %161 = tail call i64 @llvm.smin.i64(i64 %156, i64 %160)
  %162 = add nuw nsw i64 %151, 2
  %163 = getelementptr inbounds i32, ptr %1, i64 %162
  %164 = load i32, ptr %163, align 4, !tbaa !4
  %165 = sext i32 %164 to i64
  %166 = tail call i64 @llvm.smin.i64(i64 %161, i64 %165)
  %167 = add nuw nsw i64 %151, 3
  %168 = getelementptr inbounds i32, ptr %1, i64 %167
  %169 = load i32, ptr %168, align 4, !tbaa !4
  %170 = sext i32 %169 to i64
  %171 = tail call i64 @llvm.smin.i64(i64 %166, i64 %170)
  %172 = add nuw nsw i64 %151, 4
  %173 = getelementptr inbounds i32, ptr %1, i64 %172
  %174 = load i32, ptr %173, align 4, !tbaa !4
  %175 = sext i32 %174 to i64
  %176 = tail call i64 @llvm.smin.i64(i64 %171, i64 %175)
  %177 = add nuw nsw i64 %151, 5
  %178 = icmp eq i64 %177, 200
  br i1 %178, label %179, label %150, !llvm.loop !14

179:                                              ; preds = %150
  %180 = mul i64 %149, 1000003
  %181 = add i64 %144, %180
  %182 = mul i64 %181, 1000003
  %183 = add i64 %176, %182
  br label %184

184:                                              ; preds = %179, %184
  %185 = phi i32 [ %207, %184 ], [ 0, %179 ]
  %186 = phi i64 [ %206, %184 ], [ %183, %179 ]
  %187 = trunc i32 %185 to i16
  %188 = urem i16 %187, 200
  %189 = zext i16 %188 to i64
  %190 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %189
  %191 = load i32, ptr %190, align 4, !tbaa !4
  %192 = add nsw i32 %191, %185
  %193 = urem i32 %192, 6
  %194 = zext i32 %193 to i64
  %195 = getelementptr inbounds [6 x ptr], ptr @table, i64 0, i64 %194
  %196 = load ptr, ptr %195, align 8, !tbaa !16
  %197 = mul i64 %186, 7
  %198 = srem i64 %186, 100000
  %199 = mul i16 %187, 13
  %200 = urem i16 %199, 200
  %201 = zext i16 %200 to i64
  %202 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %201
  %203 = load i32, ptr %202, align 4, !tbaa !4
  %204 = sext i32 %203 to i64
  %205 = tail call i64 %196(i64 noundef %198, i64 noundef %204) #8
  %206 = add i64 %205, %197
  %207 = add nuw nsw i32 %185, 1
  %208 = icmp eq i32 %207, 600
  br i1 %208, label %209, label %184, !llvm.loop !18

209:                                              ; preds = %184
  %210 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 7
  %211 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 14
  %212 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 21
  %213 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 28
  %214 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 35
  %215 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 42
  %216 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 49
  %217 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 56
  %218 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 63
  %219 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 70
  %220 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 77
  %221 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 84
  %222 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 91
  %223 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 98
  %224 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 105
  %225 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 112
  %226 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 119
  %227 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 126
  %228 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 133
  %229 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 140
  %230 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 147
  %231 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 154
  %232 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 161
  %233 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 168
  %234 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 175
  %235 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 182
  %236 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 189
  %237 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 196
  br label %241

238:                                              ; preds = %259
  %239 = mul i64 %375, 137858491849
  %240 = add i64 %239, 2295956693742
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #8
  ret i64 %240

241:                                              ; preds = %209, %259
  %242 = phi i64 [ 0, %209 ], [ %376, %259 ]
  %243 = phi i64 [ %206, %209 ], [ %375, %259 ]
  %244 = getelementptr inbounds [3 x ptr], ptr @checksum.cmps, i64 0, i64 %242
  %245 = load ptr, ptr %244, align 8, !tbaa !16
  br label %246

246:                                              ; preds = %256, %241
  %247 = phi i64 [ 1, %241 ], [ %257, %256 ]
  br label %248

248:                                              ; preds = %378, %246
  %249 = phi i64 [ %247, %246 ], [ %250, %378 ]
  %250 = add nsw i64 %249, -1
  %251 = and i64 %250, 4294967295
  %252 = getelementptr inbounds i32, ptr %1, i64 %251
  %253 = getelementptr inbounds i32, ptr %1, i64 %249
  %254 = call i32 %245(ptr noundef nonnull %252, ptr noundef nonnull %253) #8
  %255 = icmp sgt i32 %254, 0
  br i1 %255, label %378, label %256

256:                                              ; preds = %378, %248
  %257 = add nuw nsw i64 %247, 1
  %258 = icmp eq i64 %257, 200
  br i1 %258, label %259, label %246, !llvm.loop !19

259:                                              ; preds = %256
  %260 = mul i64 %243, 31
  %261 = load i32, ptr %1, align 16, !tbaa !4
  %262 = zext i32 %261 to i64
  %263 = add i64 %260, %262
  %264 = mul i64 %263, 31
  %265 = load i32, ptr %210, align 4, !tbaa !4
  %266 = zext i32 %265 to i64
  %267 = add i64 %264, %266
  %268 = mul i64 %267, 31
  %269 = load i32, ptr %211, align 8, !tbaa !4
  %270 = zext i32 %269 to i64
  %271 = add i64 %268, %270
  %272 = mul i64 %271, 31
  %273 = load i32, ptr %212, align 4, !tbaa !4
  %274 = zext i32 %273 to i64
  %275 = add i64 %272, %274
  %276 = mul i64 %275, 31
  %277 = load i32, ptr %213, align 16, !tbaa !4
  %278 = zext i32 %277 to i64
  %279 = add i64 %276, %278
  %280 = mul i64 %279, 31
  %281 = load i32, ptr %214, align 4, !tbaa !4
  %282 = zext i32 %281 to i64
  %283 = add i64 %280, %282
  %284 = mul i64 %283, 31
  %285 = load i32, ptr %215, align 8, !tbaa !4
  %286 = zext i32 %285 to i64
  %287 = add i64 %284, %286
  %288 = mul i64 %287, 31
  %289 = load i32, ptr %216, align 4, !tbaa !4
  %290 = zext i32 %289 to i64
  %291 = add i64 %288, %290
  %292 = mul i64 %291, 31
  %293 = load i32, ptr %217, align 16, !tbaa !4
  %294 = zext i32 %293 to i64
  %295 = add i64 %292, %294
  %296 = mul i64 %295, 31
  %297 = load i32, ptr %218, align 4, !tbaa !4
  %298 = zext i32 %297 to i64
  %299 = add i64 %296, %298
  %300 = mul i64 %299, 31
  %301 = load i32, ptr %219, align 8, !tbaa !4
  %302 = zext i32 %301 to i64
  %303 = add i64 %300, %302
  %304 = mul i64 %303, 31
  %305 = load i32, ptr %220, align 4, !tbaa !4
  %306 = zext i32 %305 to i64
  %307 = add i64 %304, %306
  %308 = mul i64 %307, 31
  %309 = load i32, ptr %221, align 16, !tbaa !4
  %310 = zext i32 %309 to i64
  %311 = add i64 %308, %310
  %312 = mul i64 %311, 31
  %313 = load i32, ptr %222, align 4, !tbaa !4
  %314 = zext i32 %313 to i64
  %315 = add i64 %312, %314
  %316 = mul i64 %315, 31
  %317 = load i32, ptr %223, align 8, !tbaa !4
  %318 = zext i32 %317 to i64
  %319 = add i64 %316, %318
  %320 = mul i64 %319, 31
  %321 = load i32, ptr %224, align 4, !tbaa !4
  %322 = zext i32 %321 to i64
  %323 = add i64 %320, %322
  %324 = mul i64 %323, 31
  %325 = load i32, ptr %225, align 16, !tbaa !4
  %326 = zext i32 %325 to i64
  %327 = add i64 %324, %326
  %328 = mul i64 %327, 31
  %329 = load i32, ptr %226, align 4, !tbaa !4
  %330 = zext i32 %329 to i64
  %331 = add i64 %328, %330
  %332 = mul i64 %331, 31
  %333 = load i32, ptr %227, align 8, !tbaa !4
  %334 = zext i32 %333 to i64
  %335 = add i64 %332, %334
  %336 = mul i64 %335, 31
  %337 = load i32, ptr %228, align 4, !tbaa !4
  %338 = zext i32 %337 to i64
  %339 = add i64 %336, %338
  %340 = mul i64 %339, 31
  %341 = load i32, ptr %229, align 16, !tbaa !4
  %342 = zext i32 %341 to i64
  %343 = add i64 %340, %342
  %344 = mul i64 %343, 31
  %345 = load i32, ptr %230, align 4, !tbaa !4
  %346 = zext i32 %345 to i64
  %347 = add i64 %344, %346
  %348 = mul i64 %347, 31
  %349 = load i32, ptr %231, align 8, !tbaa !4
  %350 = zext i32 %349 to i64
  %351 = add i64 %348, %350
  %352 = mul i64 %351, 31
  %353 = load i32, ptr %232, align 4, !tbaa !4
  %354 = zext i32 %353 to i64
  %355 = add i64 %352, %354
  %356 = mul i64 %355, 31
  %357 = load i32, ptr %233, align 16, !tbaa !4
  %358 = zext i32 %357 to i64
  %359 = add i64 %356, %358
  %360 = mul i64 %359, 31
  %361 = load i32, ptr %234, align 4, !tbaa !4
  %362 = zext i32 %361 to i64
  %363 = add i64 %360, %362
  %364 = mul i64 %363, 31
  %365 = load i32, ptr %235, align 8, !tbaa !4
  %366 = zext i32 %365 to i64
  %367 = add i64 %364, %366
  %368 = mul i64 %367, 31
  %369 = load i32, ptr %236, align 4, !tbaa !4
  %370 = zext i32 %369 to i64
  %371 = add i64 %368, %370
  %372 = mul i64 %371, 31
  %373 = load i32, ptr %237, align 16, !tbaa !4
  %374 = zext i32 %373 to i64
  %375 = add i64 %372, %374
  %376 = add nuw nsw i64 %242, 1
  %377 = icmp eq i64 %376, 3
  br i1 %377, label %238, label %241, !llvm.loop !20

378:                                              ; preds = %248
  %379 = load i32, ptr %253, align 4, !tbaa !4
  %380 = load i32, ptr %252, align 4, !tbaa !4
  store i32 %380, ptr %253, align 4, !tbaa !4
  store i32 %379, ptr %252, align 4, !tbaa !4
  %381 = icmp sgt i64 %249, 1
  br i1 %381, label %248, label %256, !llvm.loop !21
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
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.xor.v2i64(<2 x i64>) #7

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!16 = !{!17, !17, i64 0}
!17 = !{!"any pointer", !6, i64 0}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
