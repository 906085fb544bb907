; ModuleID = 'dot_saxpy.c'
source_filename = "dot_saxpy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_alpha = dso_local local_unnamed_addr global float 1.250000e+00, align 4
@xs = internal unnamed_addr global [1024 x float] zeroinitializer, align 16
@ys = internal unnamed_addr global [1024 x float] zeroinitializer, align 16
@xd = internal unnamed_addr global [1024 x double] zeroinitializer, align 16
@yd = internal unnamed_addr global [1024 x double] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  br label %3

1:                                                ; preds = %3
  %2 = load float, ptr @g_alpha, align 4, !tbaa !4
  br label %28

3:                                                ; preds = %0, %3
  %4 = phi i64 [ 0, %0 ], [ %22, %3 ]
  %5 = phi i32 [ 1, %0 ], [ %7, %3 ]
  %6 = mul i32 %5, 1664525
  %7 = add i32 %6, 1013904223
  %8 = lshr i32 %7, 8
  %9 = uitofp i32 %8 to float
  %10 = fmul float %9, 0x3E70000000000000
  %11 = fadd float %10, -5.000000e-01
  %12 = getelementptr inbounds [1024 x float], ptr @xs, i64 0, i64 %4
  store float %11, ptr %12, align 4, !tbaa !4
  %13 = trunc i64 %4 to i16
  %14 = urem i16 %13, 17
  %15 = uitofp i16 %14 to float
  %16 = fmul float %15, 1.250000e-01
  %17 = fadd float %16, -1.000000e+00
  %18 = getelementptr inbounds [1024 x float], ptr @ys, i64 0, i64 %4
  store float %17, ptr %18, align 4, !tbaa !4
  %19 = sitofp i32 %7 to double
  %20 = fmul double %19, 0x3E00000000000000
  %21 = getelementptr inbounds [1024 x double], ptr @xd, i64 0, i64 %4
  store double %20, ptr %21, align 8, !tbaa !8
  %22 = add nuw nsw i64 %4, 1
  %23 = trunc i64 %22 to i32
  %24 = sitofp i32 %23 to double
  %25 = fdiv double 1.000000e+00, %24
  %26 = getelementptr inbounds [1024 x double], ptr @yd, i64 0, i64 %4
  store double %25, ptr %26, align 8, !tbaa !8
  %27 = icmp eq i64 %22, 1024
  br i1 %27, label %1, label %3, !llvm.loop !10

28:                                               ; preds = %355, %1
  %29 = phi i32 [ 0, %1 ], [ %364, %355 ]
  %30 = phi float [ %2, %1 ], [ %363, %355 ]
  %31 = phi i64 [ 0, %1 ], [ %362, %355 ]
  %32 = insertelement <8 x float> poison, float %30, i64 0
  %33 = shufflevector <8 x float> %32, <8 x float> poison, <8 x i32> zeroinitializer
  %34 = insertelement <8 x float> poison, float %30, i64 0
  %35 = shufflevector <8 x float> %34, <8 x float> poison, <8 x i32> zeroinitializer
  %36 = insertelement <8 x float> poison, float %30, i64 0
  %37 = shufflevector <8 x float> %36, <8 x float> poison, <8 x i32> zeroinitializer
  %38 = insertelement <8 x float> poison, float %30, i64 0
  %39 = shufflevector <8 x float> %38, <8 x float> poison, <8 x i32> zeroinitializer
  br label %40

40:                                               ; preds = %40, %28
  %41 = phi i64 [ 0, %28 ], [ %91, %40 ]
  %42 = getelementptr inbounds float, ptr @xs, i64 %41
  %43 = load <8 x float>, ptr %42, align 16, !tbaa !4
  %44 = getelementptr inbounds float, ptr %42, i64 8
  %45 = load <8 x float>, ptr %44, align 16, !tbaa !4
  %46 = getelementptr inbounds float, ptr %42, i64 16
  %47 = load <8 x float>, ptr %46, align 16, !tbaa !4
  %48 = getelementptr inbounds float, ptr %42, i64 24
  %49 = load <8 x float>, ptr %48, align 16, !tbaa !4
  %50 = fmul <8 x float> %33, %43
  %51 = fmul <8 x float> %35, %45
  %52 = fmul <8 x float> %37, %47
  %53 = fmul <8 x float> %39, %49
  %54 = getelementptr inbounds float, ptr @ys, i64 %41
  %55 = load <8 x float>, ptr %54, align 16, !tbaa !4
  %56 = getelementptr inbounds float, ptr %54, i64 8
  %57 = load <8 x float>, ptr %56, align 16, !tbaa !4
  %58 = getelementptr inbounds float, ptr %54, i64 16
  %59 = load <8 x float>, ptr %58, align 16, !tbaa !4
  %60 = getelementptr inbounds float, ptr %54, i64 24
  %61 = load <8 x float>, ptr %60, align 16, !tbaa !4
  %62 = fadd <8 x float> %50, %55
  %63 = fadd <8 x float> %51, %57
  %64 = fadd <8 x float> %52, %59
  %65 = fadd <8 x float> %53, %61
  store <8 x float> %62, ptr %54, align 16, !tbaa !4
  store <8 x float> %63, ptr %56, align 16, !tbaa !4
  store <8 x float> %64, ptr %58, align 16, !tbaa !4
  store <8 x float> %65, ptr %60, align 16, !tbaa !4
  %66 = or i64 %41, 32
  %67 = getelementptr inbounds float, ptr @xs, i64 %66
  %68 = load <8 x float>, ptr %67, align 16, !tbaa !4
  %69 = getelementptr inbounds float, ptr %67, i64 8
  %70 = load <8 x float>, ptr %69, align 16, !tbaa !4
  %71 = getelementptr inbounds float, ptr %67, i64 16
  %72 = load <8 x float>, ptr %71, align 16, !tbaa !4
  %73 = getelementptr inbounds float, ptr %67, i64 24
  %74 = load <8 x float>, ptr %73, align 16, !tbaa !4
  %75 = fmul <8 x float> %33, %68
  %76 = fmul <8 x float> %35, %70
  %77 = fmul <8 x float> %37, %72
  %78 = fmul <8 x float> %39, %74
  %79 = getelementptr inbounds float, ptr @ys, i64 %66
  %80 = load <8 x float>, ptr %79, align 16, !tbaa !4
  %81 = getelementptr inbounds float, ptr %79, i64 8
  %82 = load <8 x float>, ptr %81, align 16, !tbaa !4
  %83 = getelementptr inbounds float, ptr %79, i64 16
  %84 = load <8 x float>, ptr %83, align 16, !tbaa !4
  %85 = getelementptr inbounds float, ptr %79, i64 24
  %86 = load <8 x float>, ptr %85, align 16, !tbaa !4
  %87 = fadd <8 x float> %75, %80
  %88 = fadd <8 x float> %76, %82
  %89 = fadd <8 x float> %77, %84
  %90 = fadd <8 x float> %78, %86
  store <8 x float> %87, ptr %79, align 16, !tbaa !4
  store <8 x float> %88, ptr %81, align 16, !tbaa !4
  store <8 x float> %89, ptr %83, align 16, !tbaa !4
  store <8 x float> %90, ptr %85, align 16, !tbaa !4
  %91 = add nuw nsw i64 %41, 64
  %92 = icmp eq i64 %91, 1024
  br i1 %92, label %129, label %40, !llvm.loop !12

93:                                               ; preds = %355, %93
  %94 = phi i64 [ %124, %93 ], [ 0, %355 ]
  %95 = phi double [ %121, %93 ], [ 0.000000e+00, %355 ]
  %96 = phi double [ %123, %93 ], [ 0.000000e+00, %355 ]
  %97 = getelementptr inbounds double, ptr @yd, i64 %94
  %98 = load double, ptr %97, align 16, !tbaa !8
  %99 = fsub double %98, %96
  %100 = fadd double %95, %99
  %101 = fsub double %100, %95
  %102 = fsub double %101, %99
  %103 = or i64 %94, 1
  %104 = getelementptr inbounds double, ptr @yd, i64 %103
  %105 = load double, ptr %104, align 8, !tbaa !8
  %106 = fsub double %105, %102
  %107 = fadd double %100, %106
  %108 = fsub double %107, %100
  %109 = fsub double %108, %106
  %110 = or i64 %94, 2
  %111 = getelementptr inbounds double, ptr @yd, i64 %110
  %112 = load double, ptr %111, align 16, !tbaa !8
  %113 = fsub double %112, %109
  %114 = fadd double %107, %113
  %115 = fsub double %114, %107
  %116 = fsub double %115, %113
  %117 = or i64 %94, 3
  %118 = getelementptr inbounds double, ptr @yd, i64 %117
  %119 = load double, ptr %118, align 8, !tbaa !8
  %120 = fsub double %119, %116
  %121 = fadd double %114, %120
  %122 = fsub double %121, %114
  %123 = fsub double %122, %120
  %124 = add nuw nsw i64 %94, 4
  %125 = icmp eq i64 %124, 1024
  br i1 %125, label %126, label %93, !llvm.loop !15

126:                                              ; preds = %93
  %127 = bitcast double %121 to i64
  %128 = add i64 %362, %127
  ret i64 %128

129:                                              ; preds = %40, %129
  %130 = phi i64 [ %159, %129 ], [ 0, %40 ]
  %131 = phi float [ %158, %129 ], [ 0.000000e+00, %40 ]
  %132 = getelementptr inbounds float, ptr @xs, i64 %130
  %133 = load float, ptr %132, align 16, !tbaa !4
  %134 = getelementptr inbounds float, ptr @ys, i64 %130
  %135 = load float, ptr %134, align 16, !tbaa !4
  %136 = fmul float %133, %135
  %137 = fadd float %131, %136
  %138 = or i64 %130, 1
  %139 = getelementptr inbounds float, ptr @xs, i64 %138
  %140 = load float, ptr %139, align 4, !tbaa !4
  %141 = getelementptr inbounds float, ptr @ys, i64 %138
  %142 = load float, ptr %141, align 4, !tbaa !4
  %143 = fmul float %140, %142
  %144 = fadd float %137, %143
  %145 = or i64 %130, 2
  %146 = getelementptr inbounds float, ptr @xs, i64 %145
  %147 = load float, ptr %146, align 8, !tbaa !4
  %148 = getelementptr inbounds float, ptr @ys, i64 %145
  %149 = load float, ptr %148, align 8, !tbaa !4
  %150 = fmul float %147, %149
  %151 = fadd float %144, %150
  %152 = or i64 %130, 3
  %153 = getelementptr inbounds float, ptr @xs, i64 %152
  %154 = load float, ptr %153, align 4, !tbaa !4
  %155 = getelementptr inbounds float, ptr @ys, i64 %152
  %156 = load float, ptr %155, align 4, !tbaa !4
  %157 = fmul float %154, %156
  %158 = fadd float %151, %157
  %159 = add nuw nsw i64 %130, 4
  %160 = icmp eq i64 %159, 1024
  br i1 %160, label %161, label %129, !llvm.loop !16

161:                                              ; preds = %129
  %162 = bitcast float %158 to i32
  %163 = zext i32 %162 to i64
  %164 = fpext float %30 to double
  %165 = fmul double %164, 5.000000e-01
  %166 = insertelement <4 x double> poison, double %165, i64 0
  %167 = shufflevector <4 x double> %166, <4 x double> poison, <4 x i32> zeroinitializer
  %168 = insertelement <4 x double> poison, double %165, i64 0
  %169 = shufflevector <4 x double> %168, <4 x double> poison, <4 x i32> zeroinitializer
  %170 = insertelement <4 x double> poison, double %165, i64 0
  %171 = shufflevector <4 x double> %170, <4 x double> poison, <4 x i32> zeroinitializer
  %172 = insertelement <4 x double> poison, double %165, i64 0
  %173 = shufflevector <4 x double> %172, <4 x double> poison, <4 x i32> zeroinitializer
  br label %174

174:                                              ; preds = %174, %161
  %175 = phi i64 [ 0, %161 ], [ %225, %174 ]
  %176 = getelementptr inbounds double, ptr @xd, i64 %175
  %177 = load <4 x double>, ptr %176, align 16, !tbaa !8
  %178 = getelementptr inbounds double, ptr %176, i64 4
  %179 = load <4 x double>, ptr %178, align 16, !tbaa !8
  %180 = getelementptr inbounds double, ptr %176, i64 8
  %181 = load <4 x double>, ptr %180, align 16, !tbaa !8
  %182 = getelementptr inbounds double, ptr %176, i64 12
  %183 = load <4 x double>, ptr %182, align 16, !tbaa !8
  %184 = fmul <4 x double> %167, %177
  %185 = fmul <4 x double> %169, %179
  %186 = fmul <4 x double> %171, %181
  %187 = fmul <4 x double> %173, %183
  %188 = getelementptr inbounds double, ptr @yd, i64 %175
  %189 = load <4 x double>, ptr %188, align 16, !tbaa !8
  %190 = getelementptr inbounds double, ptr %188, i64 4
  %191 = load <4 x double>, ptr %190, align 16, !tbaa !8
  %192 = getelementptr inbounds double, ptr %188, i64 8
  %193 = load <4 x double>, ptr %192, align 16, !tbaa !8
  %194 = getelementptr inbounds double, ptr %188, i64 12
  %195 = load <4 x double>, ptr %194, align 16, !tbaa !8
  %196 = fadd <4 x double> %189, %184
  %197 = fadd <4 x double> %191, %185
  %198 = fadd <4 x double> %193, %186
  %199 = fadd <4 x double> %195, %187
  store <4 x double> %196, ptr %188, align 16, !tbaa !8
  store <4 x double> %197, ptr %190, align 16, !tbaa !8
  store <4 x double> %198, ptr %192, align 16, !tbaa !8
  store <4 x double> %199, ptr %194, align 16, !tbaa !8
  %200 = or i64 %175, 16
  %201 = getelementptr inbounds double, ptr @xd, i64 %200
  %202 = load <4 x double>, ptr %201, align 16, !tbaa !8
  %203 = getelementptr inbounds double, ptr %201, i64 4
  %204 = load <4 x double>, ptr %203, align 16, !tbaa !8
  %205 = getelementptr inbounds double, ptr %201, i64 8
  %206 = load <4 x double>, ptr %205, align 16, !tbaa !8
  %207 = getelementptr inbounds double, ptr %201, i64 12
  %208 = load <4 x double>, ptr %207, align 16, !tbaa !8
  %209 = fmul <4 x double> %167, %202
  %210 = fmul <4 x double> %169, %204
  %211 = fmul <4 x double> %171, %206
  %212 = fmul <4 x double> %173, %208
  %213 = getelementptr inbounds double, ptr @yd, i64 %200
  %214 = load <4 x double>, ptr %213, align 16, !tbaa !8
  %215 = getelementptr inbounds double, ptr %213, i64 4
  %216 = load <4 x double>, ptr %215, align 16, !tbaa !8
  %217 = getelementptr inbounds double, ptr %213, i64 8
  %218 = load <4 x double>, ptr %217, align 16, !tbaa !8
  %219 = getelementptr inbounds double, ptr %213, i64 12
  %220 = load <4 x double>, ptr %219, align 16, !tbaa !8
  %221 = fadd <4 x double> %214, %209
  %222 = fadd <4 x double> %216, %210
  %223 = fadd <4 x double> %218, %211
  %224 = fadd <4 x double> %220, %212
  store <4 x double> %221, ptr %213, align 16, !tbaa !8
  store <4 x double> %222, ptr %215, align 16, !tbaa !8
  store <4 x double> %223, ptr %217, align 16, !tbaa !8
  store <4 x double> %224, ptr %219, align 16, !tbaa !8
  %225 = add nuw nsw i64 %175, 32
  %226 = icmp eq i64 %225, 1024
  br i1 %226, label %227, label %174, !llvm.loop !17

227:                                              ; preds = %174
  %228 = mul i64 %31, 31
  %229 = add i64 %228, %163
  br label %230

230:                                              ; preds = %230, %227
  %231 = phi i64 [ 0, %227 ], [ %260, %230 ]
  %232 = phi double [ 0.000000e+00, %227 ], [ %259, %230 ]
  %233 = getelementptr inbounds double, ptr @xd, i64 %231
  %234 = load double, ptr %233, align 16, !tbaa !8
  %235 = getelementptr inbounds double, ptr @yd, i64 %231
  %236 = load double, ptr %235, align 16, !tbaa !8
  %237 = fmul double %234, %236
  %238 = fadd double %232, %237
  %239 = or i64 %231, 1
  %240 = getelementptr inbounds double, ptr @xd, i64 %239
  %241 = load double, ptr %240, align 8, !tbaa !8
  %242 = getelementptr inbounds double, ptr @yd, i64 %239
  %243 = load double, ptr %242, align 8, !tbaa !8
  %244 = fmul double %241, %243
  %245 = fadd double %238, %244
  %246 = or i64 %231, 2
  %247 = getelementptr inbounds double, ptr @xd, i64 %246
  %248 = load double, ptr %247, align 16, !tbaa !8
  %249 = getelementptr inbounds double, ptr @yd, i64 %246
  %250 = load double, ptr %249, align 16, !tbaa !8
  %251 = fmul double %248, %250
  %252 = fadd double %245, %251
  %253 = or i64 %231, 3
  %254 = getelementptr inbounds double, ptr @xd, i64 %253
  %255 = load double, ptr %254, align 8, !tbaa !8
  %256 = getelementptr inbounds double, ptr @yd, i64 %253
  %257 = load double, ptr %256, align 8, !tbaa !8
  %258 = fmul double %255, %257
  %259 = fadd double %252, %258
  %260 = add nuw nsw i64 %231, 4
  %261 = icmp eq i64 %260, 1024
  br i1 %261, label %262, label %230, !llvm.loop !18

262:                                              ; preds = %230
  %263 = bitcast double %259 to i64
  br label %264

264:                                              ; preds = %264, %262
  %265 = phi i64 [ 0, %262 ], [ %306, %264 ]
  %266 = phi double [ 0.000000e+00, %262 ], [ %305, %264 ]
  %267 = getelementptr inbounds double, ptr @yd, i64 %265
  %268 = load double, ptr %267, align 16, !tbaa !8
  %269 = fmul double %268, %268
  %270 = fadd double %266, %269
  %271 = or i64 %265, 1
  %272 = getelementptr inbounds double, ptr @yd, i64 %271
  %273 = load double, ptr %272, align 8, !tbaa !8
  %274 = fmul double %273, %273
  %275 = fadd double %270, %274
  %276 = or i64 %265, 2
  %277 = getelementptr inbounds double, ptr @yd, i64 %276
  %278 = load double, ptr %277, align 16, !tbaa !8
  %279 = fmul double %278, %278
  %280 = fadd double %275, %279
  %281 = or i64 %265, 3
  %282 = getelementptr inbounds double, ptr @yd, i64 %281
  %283 = load double, ptr %282, align 8, !tbaa !8
  %284 = fmul double %283, %283
  %285 = fadd double %280, %284
  %286 = or i64 %265, 4
  %287 = getelementptr inbounds double, ptr @yd, i64 %286
  %288 = load double, ptr %287, align 16, !tbaa !8
  %289 = fmul double %288, %288
  %290 = fadd double %285, %289
  %291 = or i64 %265, 5
  %292 = getelementptr inbounds double, ptr @yd, i64 %291
  %293 = load double, ptr %292, align 8, !tbaa !8
  %294 = fmul double %293, %293
  %295 = fadd double %290, %294
  %296 = or i64 %265, 6
  %297 = getelementptr inbounds double, ptr @yd, i64 %296
  %298 = load double, ptr %297, align 16, !tbaa !8
  %299 = fmul double %298, %298
  %300 = fadd double %295, %299
  %301 = or i64 %265, 7
  %302 = getelementptr inbounds double, ptr @yd, i64 %301
  %303 = load double, ptr %302, align 8, !tbaa !8
  %304 = fmul double %303, %303
  %305 = fadd double %300, %304
  %306 = add nuw nsw i64 %265, 8
  %307 = icmp eq i64 %306, 1024
  br i1 %307, label %308, label %264, !llvm.loop !18

308:                                              ; preds = %264
  %309 = mul i64 %229, 31
  %310 = tail call double @llvm.sqrt.f64(double %305)
  br label %311

311:                                              ; preds = %311, %308
  %312 = phi i64 [ 0, %308 ], [ %353, %311 ]
  %313 = phi float [ 0.000000e+00, %308 ], [ %352, %311 ]
  %314 = getelementptr inbounds float, ptr @ys, i64 %312
  %315 = load float, ptr %314, align 16, !tbaa !4
  %316 = fmul float %315, %315
  %317 = fadd float %313, %316
  %318 = or i64 %312, 1
  %319 = getelementptr inbounds float, ptr @ys, i64 %318
  %320 = load float, ptr %319, align 4, !tbaa !4
  %321 = fmul float %320, %320
  %322 = fadd float %317, %321
  %323 = or i64 %312, 2
  %324 = getelementptr inbounds float, ptr @ys, i64 %323
  %325 = load float, ptr %324, align 8, !tbaa !4
  %326 = fmul float %325, %325
  %327 = fadd float %322, %326
  %328 = or i64 %312, 3
  %329 = getelementptr inbounds float, ptr @ys, i64 %328
  %330 = load float, ptr %329, align 4, !tbaa !4
  %331 = fmul float %330, %330
  %332 = fadd float %327, %331
  %333 = or i64 %312, 4
  %334 = getelementptr inbounds float, ptr @ys, i64 %333
  %335 = load float, ptr %334, align 16, !tbaa !4
  %336 = fmul float %335, %335
  %337 = fadd float %332, %336
  %338 = or i64 %312, 5
  %339 = getelementptr inbounds float, ptr @ys, i64 %338
  %340 = load float, ptr %339, align 4, !tbaa !4
  %341 = fmul float %340, %340
  %342 = fadd float %337, %341
  %343 = or i64 %312, 6
  %344 = getelementptr inbounds float, ptr @ys, i64 %343
  %345 = load float, ptr %344, align 8, !tbaa !4
  %346 = fmul float %345, %345
  %347 = fadd float %342, %346
  %348 = or i64 %312, 7
  %349 = getelementptr inbounds float, ptr @ys, i64 %348
  %350 = load float, ptr %349, align 4, !tbaa !4
  %351 = fmul float %350, %350
  %352 = fadd float %347, %351
  %353 = add nuw nsw i64 %312, 8
  %354 = icmp eq i64 %353, 1024
  br i1 %354, label %355, label %311, !llvm.loop !16

355:                                              ; preds = %311
  %356 = add i64 %309, %263
  %357 = bitcast double %310 to i64
  %358 = tail call float @llvm.sqrt.f32(float %352)
  %359 = bitcast float %358 to i32
  %360 = zext i32 %359 to i64
  %361 = add i64 %360, %357
  %362 = xor i64 %361, %356
  %363 = fmul float %30, -7.500000e-01
  %364 = add nuw nsw i32 %29, 1
  %365 = icmp eq i32 %364, 10
  br i1 %365, label %93, label %28, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"float", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"double", !6, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11, !13, !14}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !11}
!16 = distinct !{!16, !11}
!17 = distinct !{!17, !11, !13, !14}
!18 = distinct !{!18, !11}
!19 = distinct !{!19, !11}
