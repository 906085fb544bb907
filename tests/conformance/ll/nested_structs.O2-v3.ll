; ModuleID = 'nested_structs.c'
source_filename = "nested_structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.World = type { [64 x %struct.Particle], [16 x %struct.Item], i32, i32 }
%struct.Particle = type { %struct.Vec3s, %struct.Vec3s, i8 }
%struct.Vec3s = type { i16, i16, i16 }
%struct.Item = type { [12 x i8], i32, %struct.anon }
%struct.anon = type { i16, i16 }

@g_seed = dso_local local_unnamed_addr global i32 2024, align 4
@world = internal unnamed_addr global %struct.World zeroinitializer, align 4

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_seed, align 4, !tbaa !4
  store i32 64, ptr getelementptr inbounds (%struct.World, ptr @world, i64 0, i32 2), align 4, !tbaa !8
  br label %3

2:                                                ; preds = %3
  store i32 16, ptr getelementptr inbounds (%struct.World, ptr @world, i64 0, i32 3), align 4, !tbaa !10
  br label %42

3:                                                ; preds = %0, %3
  %4 = phi i64 [ 0, %0 ], [ %36, %3 ]
  %5 = phi i32 [ %1, %0 ], [ %7, %3 ]
  %6 = mul i32 %5, 1664525
  %7 = add i32 %6, 1013904223
  %8 = urem i32 %7, 2000
  %9 = trunc i32 %8 to i16
  %10 = add nsw i16 %9, -1000
  %11 = lshr i32 %7, 11
  %12 = urem i32 %11, 2000
  %13 = trunc i32 %12 to i16
  %14 = add nsw i16 %13, -1000
  %15 = lshr i32 %7, 3
  %16 = urem i32 %15, 500
  %17 = trunc i32 %16 to i16
  %18 = lshr i32 %7, 5
  %19 = urem i32 %18, 21
  %20 = trunc i32 %19 to i16
  %21 = add nsw i16 %20, -10
  %22 = lshr i32 %7, 9
  %23 = urem i32 %22, 21
  %24 = trunc i32 %23 to i16
  %25 = add nsw i16 %24, -10
  %26 = lshr i32 %7, 13
  %27 = urem i32 %26, 7
  %28 = trunc i32 %27 to i16
  %29 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %4
  store i16 %10, ptr %29, align 2, !tbaa.struct !11
  %30 = getelementptr inbounds i8, ptr %29, i64 2
  store i16 %14, ptr %30, align 2, !tbaa.struct !15
  %31 = getelementptr inbounds i8, ptr %29, i64 4
  store i16 %17, ptr %31, align 2, !tbaa.struct !16
  %32 = getelementptr inbounds i8, ptr %29, i64 6
  store i16 %21, ptr %32, align 2, !tbaa.struct !17
  %33 = getelementptr inbounds i8, ptr %29, i64 8
  store i16 %25, ptr %33, align 2, !tbaa.struct !18
  %34 = getelementptr inbounds i8, ptr %29, i64 10
  store i16 %28, ptr %34, align 2, !tbaa.struct !19
  %35 = getelementptr inbounds i8, ptr %29, i64 12
  store i8 0, ptr %35, align 2, !tbaa.struct !20
  %36 = add nuw nsw i64 %4, 1
  %37 = icmp eq i64 %36, 64
  br i1 %37, label %2, label %3, !llvm.loop !21

38:                                               ; preds = %42
  %39 = load i32, ptr getelementptr inbounds (%struct.World, ptr @world, i64 0, i32 2), align 4, !tbaa !8
  %40 = icmp sgt i32 %39, 0
  %41 = zext i32 %39 to i64
  br label %100

42:                                               ; preds = %2, %42
  %43 = phi i64 [ 0, %2 ], [ %98, %42 ]
  %44 = trunc i64 %43 to i32
  %45 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %43
  %46 = mul nuw nsw i64 %43, 7
  %47 = trunc i64 %46 to i32
  %48 = trunc i64 %46 to i32
  %49 = insertelement <4 x i32> undef, i32 %48, i64 0
  %50 = shufflevector <4 x i32> %49, <4 x i32> poison, <4 x i32> zeroinitializer
  %51 = add <4 x i32> %50, <i32 3, i32 6, i32 9, i32 12>
  %52 = trunc i64 %46 to i32
  %53 = add i32 %52, 15
  %54 = trunc i64 %46 to i32
  %55 = add i32 %54, 18
  %56 = trunc i64 %46 to i32
  %57 = add i32 %56, 21
  %58 = insertelement <8 x i32> poison, i32 %47, i64 0
  %59 = shufflevector <4 x i32> %51, <4 x i32> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 undef, i32 undef, i32 undef, i32 undef>
  %60 = shufflevector <8 x i32> %58, <8 x i32> %59, <8 x i32> <i32 0, i32 8, i32 9, i32 10, i32 11, i32 undef, i32 undef, i32 undef>
  %61 = insertelement <8 x i32> %60, i32 %53, i64 5
  %62 = insertelement <8 x i32> %61, i32 %55, i64 6
  %63 = insertelement <8 x i32> %62, i32 %57, i64 7
  %64 = urem <8 x i32> %63, <i32 26, i32 26, i32 26, i32 26, i32 26, i32 26, i32 26, i32 26>
  %65 = trunc <8 x i32> %64 to <8 x i8>
  %66 = add nuw nsw <8 x i8> %65, <i8 97, i8 97, i8 97, i8 97, i8 97, i8 97, i8 97, i8 97>
  store <8 x i8> %66, ptr %45, align 4, !tbaa !14
  %67 = trunc i64 %46 to i32
  %68 = add i32 %67, 24
  %69 = urem i32 %68, 26
  %70 = trunc i32 %69 to i8
  %71 = add nuw nsw i8 %70, 97
  %72 = getelementptr inbounds [12 x i8], ptr %45, i64 0, i64 8
  store i8 %71, ptr %72, align 4, !tbaa !14
  %73 = trunc i64 %46 to i32
  %74 = add i32 %73, 27
  %75 = urem i32 %74, 26
  %76 = trunc i32 %75 to i8
  %77 = add nuw nsw i8 %76, 97
  %78 = getelementptr inbounds [12 x i8], ptr %45, i64 0, i64 9
  store i8 %77, ptr %78, align 1, !tbaa !14
  %79 = trunc i64 %46 to i32
  %80 = add i32 %79, 30
  %81 = urem i32 %80, 26
  %82 = trunc i32 %81 to i8
  %83 = add nuw nsw i8 %82, 97
  %84 = getelementptr inbounds [12 x i8], ptr %45, i64 0, i64 10
  store i8 %83, ptr %84, align 2, !tbaa !14
  %85 = getelementptr inbounds [12 x i8], ptr %45, i64 0, i64 11
  store i8 0, ptr %85, align 1, !tbaa !14
  %86 = urem i32 %44, 10
  %87 = add nuw nsw i32 %86, 1
  %88 = zext i32 %87 to i64
  %89 = getelementptr inbounds [12 x i8], ptr %45, i64 0, i64 %88
  store i8 0, ptr %89, align 1, !tbaa !14
  %90 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %43, i32 1
  %91 = trunc i64 %43 to i32
  %92 = mul i32 %91, 3
  store i32 %92, ptr %90, align 4, !tbaa !23
  %93 = trunc i64 %43 to i16
  %94 = mul i16 %93, 100
  %95 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %43, i32 2
  store i16 %94, ptr %95, align 4, !tbaa !26
  %96 = add i16 %94, 99
  %97 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %43, i32 2, i32 1
  store i16 %96, ptr %97, align 2, !tbaa !27
  %98 = add nuw nsw i64 %43, 1
  %99 = icmp eq i64 %98, 16
  br i1 %99, label %38, label %42, !llvm.loop !28

100:                                              ; preds = %38, %146
  %101 = phi i32 [ 0, %38 ], [ %161, %146 ]
  br i1 %40, label %102, label %146

102:                                              ; preds = %100, %141
  %103 = phi i64 [ %144, %141 ], [ 0, %100 ]
  %104 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %103
  %105 = load i16, ptr %104, align 2, !tbaa !29
  %106 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %103, i32 1
  %107 = load i16, ptr %106, align 2, !tbaa !32
  %108 = add i16 %107, %105
  store i16 %108, ptr %104, align 2, !tbaa !29
  %109 = getelementptr inbounds %struct.Vec3s, ptr %104, i64 0, i32 1
  %110 = load i16, ptr %109, align 2, !tbaa !33
  %111 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %103, i32 1, i32 1
  %112 = load i16, ptr %111, align 2, !tbaa !34
  %113 = add i16 %112, %110
  store i16 %113, ptr %109, align 2, !tbaa !33
  %114 = getelementptr inbounds %struct.Vec3s, ptr %104, i64 0, i32 2
  %115 = load i16, ptr %114, align 2, !tbaa !35
  %116 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %103, i32 1, i32 2
  %117 = load i16, ptr %116, align 2, !tbaa !36
  %118 = add i16 %117, %115
  store i16 %118, ptr %114, align 2, !tbaa !35
  %119 = add i16 %108, -1001
  %120 = icmp ult i16 %119, -2001
  br i1 %120, label %121, label %126

121:                                              ; preds = %102
  %122 = sub i16 0, %107
  store i16 %122, ptr %106, align 2, !tbaa !32
  %123 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %103, i32 2
  %124 = load i8, ptr %123, align 2, !tbaa !37
  %125 = or i8 %124, 1
  store i8 %125, ptr %123, align 2, !tbaa !37
  br label %126

126:                                              ; preds = %121, %102
  %127 = add i16 %113, -1001
  %128 = icmp ult i16 %127, -2001
  br i1 %128, label %129, label %134

129:                                              ; preds = %126
  %130 = sub i16 0, %112
  store i16 %130, ptr %111, align 2, !tbaa !34
  %131 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %103, i32 2
  %132 = load i8, ptr %131, align 2, !tbaa !37
  %133 = or i8 %132, 2
  store i8 %133, ptr %131, align 2, !tbaa !37
  br label %134

134:                                              ; preds = %129, %126
  %135 = icmp slt i16 %118, 0
  br i1 %135, label %136, label %141

136:                                              ; preds = %134
  store i16 0, ptr %114, align 2, !tbaa !35
  %137 = sdiv i16 %117, -2
  %138 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %103, i32 2
  %139 = load i8, ptr %138, align 2, !tbaa !37
  %140 = or i8 %139, 4
  store i8 %140, ptr %138, align 2, !tbaa !37
  br label %141

141:                                              ; preds = %136, %134
  %142 = phi i16 [ %137, %136 ], [ %117, %134 ]
  %143 = add i16 %142, -1
  store i16 %143, ptr %116, align 2, !tbaa !36
  %144 = add nuw nsw i64 %103, 1
  %145 = icmp eq i64 %144, %41
  br i1 %145, label %146, label %102, !llvm.loop !38

146:                                              ; preds = %141, %100
  %147 = and i32 %101, 15
  %148 = zext i32 %147 to i64
  %149 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %148
  %150 = getelementptr inbounds i8, ptr %149, i64 12
  %151 = load i32, ptr %150, align 4, !tbaa.struct !39
  %152 = getelementptr inbounds i8, ptr %149, i64 16
  %153 = load i32, ptr %152, align 4
  %154 = add i32 %151, %101
  %155 = mul nuw nsw i32 %101, 5
  %156 = and i32 %155, 15
  %157 = zext i32 %156 to i64
  %158 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %157
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %158, ptr noundef nonnull align 4 dereferenceable(12) %149, i64 12, i1 false)
  %159 = getelementptr inbounds i8, ptr %158, i64 12
  store i32 %154, ptr %159, align 4, !tbaa.struct !39
  %160 = getelementptr inbounds i8, ptr %158, i64 16
  store i32 %153, ptr %160, align 4
  %161 = add nuw nsw i32 %101, 1
  %162 = icmp eq i32 %161, 200
  br i1 %162, label %163, label %100, !llvm.loop !40

163:                                              ; preds = %146, %163
  %164 = phi i64 [ %213, %163 ], [ 0, %146 ]
  %165 = phi i64 [ %212, %163 ], [ 0, %146 ]
  %166 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %164
  %167 = mul i64 %165, 1000003
  %168 = load i16, ptr %166, align 4, !tbaa !29
  %169 = zext i16 %168 to i64
  %170 = getelementptr inbounds %struct.Vec3s, ptr %166, i64 0, i32 1
  %171 = load i16, ptr %170, align 2, !tbaa !33
  %172 = zext i16 %171 to i64
  %173 = shl nuw nsw i64 %172, 16
  %174 = getelementptr inbounds %struct.Vec3s, ptr %166, i64 0, i32 2
  %175 = load i16, ptr %174, align 4, !tbaa !35
  %176 = zext i16 %175 to i64
  %177 = shl nuw nsw i64 %176, 32
  %178 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %164, i32 2
  %179 = load i8, ptr %178, align 4, !tbaa !37
  %180 = zext i8 %179 to i64
  %181 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %164, i32 1, i32 2
  %182 = load i16, ptr %181, align 2, !tbaa !36
  %183 = zext i16 %182 to i64
  %184 = add i64 %167, %169
  %185 = add i64 %184, %173
  %186 = add i64 %185, %177
  %187 = add i64 %186, %180
  %188 = add i64 %187, %183
  %189 = or i64 %164, 1
  %190 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %189
  %191 = mul i64 %188, 1000003
  %192 = load i16, ptr %190, align 2, !tbaa !29
  %193 = zext i16 %192 to i64
  %194 = getelementptr inbounds %struct.Vec3s, ptr %190, i64 0, i32 1
  %195 = load i16, ptr %194, align 4, !tbaa !33
  %196 = zext i16 %195 to i64
  %197 = shl nuw nsw i64 %196, 16
  %198 = getelementptr inbounds %struct.Vec3s, ptr %190, i64 0, i32 2
  %199 = load i16, ptr %198, align 2, !tbaa !35
  %200 = zext i16 %199 to i64
  %201 = shl nuw nsw i64 %200, 32
  %202 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %189, i32 2
  %203 = load i8, ptr %202, align 2, !tbaa !37
  %204 = zext i8 %203 to i64
  %205 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %189, i32 1, i32 2
  %206 = load i16, ptr %205, align 4, !tbaa !36
  %207 = zext i16 %206 to i64
  %208 = add i64 %191, %193
  %209 = add i64 %208, %197
  %210 = add i64 %209, %201
  %211 = add i64 %210, %204
  %212 = add i64 %211, %207
  %213 = add nuw nsw i64 %164, 2
  %214 = icmp eq i64 %213, 64
  br i1 %214, label %216, label %163, !llvm.loop !41

215:                                              ; preds = %307
  ret i64 %318

216:                                              ; preds = %163, %307
  %217 = phi i64 [ %319, %307 ], [ 0, %163 ]
  %218 = phi i64 [ %318, %307 ], [ %212, %163 ]
  %219 = mul i64 %218, 31
  %220 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %217
  %221 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %217, i32 1
  %222 = load i32, ptr %221, align 4, !tbaa !23
  %223 = zext i32 %222 to i64
  %224 = load i8, ptr %220, align 4, !tbaa !14
  %225 = icmp eq i8 %224, 0
  br i1 %225, label %307, label %226

226:                                              ; preds = %216
  %227 = mul nuw nsw i64 %223, 131
  %228 = zext i8 %224 to i64
  %229 = add nuw nsw i64 %227, %228
  %230 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 1
  %231 = load i8, ptr %230, align 1, !tbaa !14
  %232 = icmp eq i8 %231, 0
  br i1 %232, label %307, label %233

233:                                              ; preds = %226
  %234 = mul nuw nsw i64 %229, 131
  %235 = zext i8 %231 to i64
  %236 = add nuw nsw i64 %234, %235
  %237 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 2
  %238 = load i8, ptr %237, align 2, !tbaa !14
  %239 = icmp eq i8 %238, 0
  br i1 %239, label %307, label %240

240:                                              ; preds = %233
  %241 = mul nuw nsw i64 %236, 131
  %242 = zext i8 %238 to i64
  %243 = add nuw nsw i64 %241, %242
  %244 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 3
  %245 = load i8, ptr %244, align 1, !tbaa !14
  %246 = icmp eq i8 %245, 0
  br i1 %246, label %307, label %247

247:                                              ; preds = %240
  %248 = mul nuw nsw i64 %243, 131
  %249 = zext i8 %245 to i64
  %250 = add nuw nsw i64 %248, %249
  %251 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 4
  %252 = load i8, ptr %251, align 4, !tbaa !14
  %253 = icmp eq i8 %252, 0
  br i1 %253, label %307, label %254

254:                                              ; preds = %247
  %255 = mul i64 %250, 131
  %256 = zext i8 %252 to i64
  %257 = add i64 %255, %256
  %258 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 5
  %259 = load i8, ptr %258, align 1, !tbaa !14
  %260 = icmp eq i8 %259, 0
  br i1 %260, label %307, label %261

261:                                              ; preds = %254
  %262 = mul i64 %257, 131
  %263 = zext i8 %259 to i64
  %264 = add i64 %262, %263
  %265 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 6
  %266 = load i8, ptr %265, align 2, !tbaa !14
  %267 = icmp eq i8 %266, 0
  br i1 %267, label %307, label %268

268:                                              ; preds = %261
  %269 = mul i64 %264, 131
  %270 = zext i8 %266 to i64
  %271 = add i64 %269, %270
  %272 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 7
  %273 = load i8, ptr %272, align 1, !tbaa !14
  %274 = icmp eq i8 %273, 0
  br i1 %274, label %307, label %275

275:                                              ; preds = %268
  %276 = mul i64 %271, 131
  %277 = zext i8 %273 to i64
  %278 = add i64 %276, %277
  %279 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 8
  %280 = load i8, ptr %279, align 4, !tbaa !14
  %281 = icmp eq i8 %280, 0
  br i1 %281, label %307, label %282

282:                                              ; preds = %275
  %283 = mul i64 %278, 131
  %284 = zext i8 %280 to i64
  %285 = add i64 %283, %284
  %286 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 9
  %287 = load i8, ptr %286, align 1, !tbaa !14
  %288 = icmp eq i8 %287, 0
  br i1 %288, label %307, label %289

289:                                              ; preds = %282
  %290 = mul i64 %285, 131
  %291 = zext i8 %287 to i64
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 10
  %294 = load i8, ptr %293, align 2, !tbaa !14
  %295 = icmp eq i8 %294, 0
  br i1 %295, label %307, label %296

296:                                              ; preds = %289
  %297 = mul i64 %292, 131
  %298 = zext i8 %294 to i64
  %299 = add i64 %297, %298
  %300 = getelementptr inbounds [12 x i8], ptr %220, i64 0, i64 11
  %301 = load i8, ptr %300, align 1, !tbaa !14
  %302 = icmp eq i8 %301, 0
  br i1 %302, label %307, label %303

303:                                              ; preds = %296
  %304 = mul i64 %299, 131
  %305 = zext i8 %301 to i64
  %306 = add i64 %304, %305
  br label %307

307:                                              ; preds = %216, %226, %233, %240, %247, %254, %261, %268, %275, %282, %289, %296, %303
  %308 = phi i64 [ %223, %216 ], [ %229, %226 ], [ %236, %233 ], [ %243, %240 ], [ %250, %247 ], [ %257, %254 ], [ %264, %261 ], [ %271, %268 ], [ %278, %275 ], [ %285, %282 ], [ %292, %289 ], [ %299, %296 ], [ %306, %303 ]
  %309 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %217, i32 2
  %310 = load i16, ptr %309, align 4, !tbaa !26
  %311 = zext i16 %310 to i64
  %312 = shl nuw nsw i64 %311, 16
  %313 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %217, i32 2, i32 1
  %314 = load i16, ptr %313, align 2, !tbaa !27
  %315 = zext i16 %314 to i64
  %316 = or i64 %312, %315
  %317 = xor i64 %316, %308
  %318 = add i64 %317, %219
  %319 = add nuw nsw i64 %217, 1
  %320 = icmp eq i64 %319, 16
  br i1 %320, label %215, label %216, !llvm.loop !42
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
!8 = !{!9, !5, i64 1216}
!9 = !{!"", !6, i64 0, !6, i64 896, !5, i64 1216, !5, i64 1220}
!10 = !{!9, !5, i64 1220}
!11 = !{i64 0, i64 2, !12, i64 2, i64 2, !12, i64 4, i64 2, !12, i64 6, i64 2, !12, i64 8, i64 2, !12, i64 10, i64 2, !12, i64 12, i64 1, !14}
!12 = !{!13, !13, i64 0}
!13 = !{!"short", !6, i64 0}
!14 = !{!6, !6, i64 0}
!15 = !{i64 0, i64 2, !12, i64 2, i64 2, !12, i64 4, i64 2, !12, i64 6, i64 2, !12, i64 8, i64 2, !12, i64 10, i64 1, !14}
!16 = !{i64 0, i64 2, !12, i64 2, i64 2, !12, i64 4, i64 2, !12, i64 6, i64 2, !12, i64 8, i64 1, !14}
!17 = !{i64 0, i64 2, !12, i64 2, i64 2, !12, i64 4, i64 2, !12, i64 6, i64 1, !14}
!18 = !{i64 0, i64 2, !12, i64 2, i64 2, !12, i64 4, i64 1, !14}
!19 = !{i64 0, i64 2, !12, i64 2, i64 1, !14}
!20 = !{i64 0, i64 1, !14}
!21 = distinct !{!21, !22}
!22 = !{!"llvm.loop.mustprogress"}
!23 = !{!24, !5, i64 12}
!24 = !{!"", !6, i64 0, !5, i64 12, !25, i64 16}
!25 = !{!"", !13, i64 0, !13, i64 2}
!26 = !{!24, !13, i64 16}
!27 = !{!24, !13, i64 18}
!28 = distinct !{!28, !22}
!29 = !{!30, !13, i64 0}
!30 = !{!"", !31, i64 0, !31, i64 6, !6, i64 12}
!31 = !{!"", !13, i64 0, !13, i64 2, !13, i64 4}
!32 = !{!30, !13, i64 6}
!33 = !{!30, !13, i64 2}
!34 = !{!30, !13, i64 8}
!35 = !{!30, !13, i64 4}
!36 = !{!30, !13, i64 10}
!37 = !{!30, !6, i64 12}
!38 = distinct !{!38, !22}
!39 = !{i64 0, i64 4, !4, i64 4, i64 2, !12, i64 6, i64 2, !12}
!40 = distinct !{!40, !22}
!41 = distinct !{!41, !22}
!42 = distinct !{!42, !22}
