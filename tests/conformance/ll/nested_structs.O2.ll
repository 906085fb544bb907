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
  %49 = add i32 %48, 3
  %50 = trunc i64 %46 to i32
  %51 = insertelement <2 x i32> undef, i32 %50, i64 0
  %52 = shufflevector <2 x i32> %51, <2 x i32> poison, <2 x i32> zeroinitializer
  %53 = add <2 x i32> %52, <i32 6, i32 9>
  %54 = trunc i64 %46 to i32
  %55 = insertelement <4 x i32> undef, i32 %54, i64 0
  %56 = shufflevector <4 x i32> %55, <4 x i32> poison, <4 x i32> zeroinitializer
  %57 = add <4 x i32> %56, <i32 12, i32 15, i32 18, i32 21>
  %58 = insertelement <8 x i32> poison, i32 %47, i64 0
  %59 = insertelement <8 x i32> %58, i32 %49, i64 1
  %60 = shufflevector <2 x i32> %53, <2 x i32> poison, <8 x i32> <i32 0, i32 1, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>
  %61 = shufflevector <8 x i32> %59, <8 x i32> %60, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 undef, i32 undef, i32 undef, i32 undef>
  %62 = shufflevector <4 x i32> %57, <4 x i32> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 undef, i32 undef, i32 undef, i32 undef>
  %63 = shufflevector <8 x i32> %61, <8 x i32> %62, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
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
  %164 = phi i64 [ %189, %163 ], [ 0, %146 ]
  %165 = phi i64 [ %188, %163 ], [ 0, %146 ]
  %166 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %164
  %167 = mul i64 %165, 1000003
  %168 = load i16, ptr %166, align 2, !tbaa !29
  %169 = zext i16 %168 to i64
  %170 = getelementptr inbounds %struct.Vec3s, ptr %166, i64 0, i32 1
  %171 = load i16, ptr %170, align 2, !tbaa !33
  %172 = zext i16 %171 to i64
  %173 = shl nuw nsw i64 %172, 16
  %174 = getelementptr inbounds %struct.Vec3s, ptr %166, i64 0, i32 2
  %175 = load i16, ptr %174, align 2, !tbaa !35
  %176 = zext i16 %175 to i64
  %177 = shl nuw nsw i64 %176, 32
  %178 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %164, i32 2
  %179 = load i8, ptr %178, align 2, !tbaa !37
  %180 = zext i8 %179 to i64
  %181 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %164, i32 1, i32 2
  %182 = load i16, ptr %181, align 2, !tbaa !36
  %183 = zext i16 %182 to i64
  %184 = add i64 %167, %169
  %185 = add i64 %184, %173
  %186 = add i64 %185, %177
  %187 = add i64 %186, %180
  %188 = add i64 %187, %183
  %189 = add nuw nsw i64 %164, 1
  %190 = icmp eq i64 %189, 64
  br i1 %190, label %192, label %163, !llvm.loop !41

191:                                              ; preds = %283
  ret i64 %294

192:                                              ; preds = %163, %283
  %193 = phi i64 [ %295, %283 ], [ 0, %163 ]
  %194 = phi i64 [ %294, %283 ], [ %188, %163 ]
  %195 = mul i64 %194, 31
  %196 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %193
  %197 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %193, i32 1
  %198 = load i32, ptr %197, align 4, !tbaa !23
  %199 = zext i32 %198 to i64
  %200 = load i8, ptr %196, align 4, !tbaa !14
  %201 = icmp eq i8 %200, 0
  br i1 %201, label %283, label %202

202:                                              ; preds = %192
  %203 = mul nuw nsw i64 %199, 131
  %204 = zext i8 %200 to i64
  %205 = add nuw nsw i64 %203, %204
  %206 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 1
  %207 = load i8, ptr %206, align 1, !tbaa !14
  %208 = icmp eq i8 %207, 0
  br i1 %208, label %283, label %209

209:                                              ; preds = %202
  %210 = mul nuw nsw i64 %205, 131
  %211 = zext i8 %207 to i64
  %212 = add nuw nsw i64 %210, %211
  %213 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 2
  %214 = load i8, ptr %213, align 2, !tbaa !14
  %215 = icmp eq i8 %214, 0
  br i1 %215, label %283, label %216

216:                                              ; preds = %209
  %217 = mul nuw nsw i64 %212, 131
  %218 = zext i8 %214 to i64
  %219 = add nuw nsw i64 %217, %218
  %220 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 3
  %221 = load i8, ptr %220, align 1, !tbaa !14
  %222 = icmp eq i8 %221, 0
  br i1 %222, label %283, label %223

223:                                              ; preds = %216
  %224 = mul nuw nsw i64 %219, 131
  %225 = zext i8 %221 to i64
  %226 = add nuw nsw i64 %224, %225
  %227 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 4
  %228 = load i8, ptr %227, align 4, !tbaa !14
  %229 = icmp eq i8 %228, 0
  br i1 %229, label %283, label %230

230:                                              ; preds = %223
  %231 = mul i64 %226, 131
  %232 = zext i8 %228 to i64
  %233 = add i64 %231, %232
  %234 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 5
  %235 = load i8, ptr %234, align 1, !tbaa !14
  %236 = icmp eq i8 %235, 0
  br i1 %236, label %283, label %237

237:                                              ; preds = %230
  %238 = mul i64 %233, 131
  %239 = zext i8 %235 to i64
  %240 = add i64 %238, %239
  %241 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 6
  %242 = load i8, ptr %241, align 2, !tbaa !14
  %243 = icmp eq i8 %242, 0
  br i1 %243, label %283, label %244

244:                                              ; preds = %237
  %245 = mul i64 %240, 131
  %246 = zext i8 %242 to i64
  %247 = add i64 %245, %246
  %248 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 7
  %249 = load i8, ptr %248, align 1, !tbaa !14
  %250 = icmp eq i8 %249, 0
  br i1 %250, label %283, label %251

251:                                              ; preds = %244
  %252 = mul i64 %247, 131
  %253 = zext i8 %249 to i64
  %254 = add i64 %252, %253
  %255 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 8
  %256 = load i8, ptr %255, align 4, !tbaa !14
  %257 = icmp eq i8 %256, 0
  br i1 %257, label %283, label %258

258:                                              ; preds = %251
  %259 = mul i64 %254, 131
  %260 = zext i8 %256 to i64
  %261 = add i64 %259, %260
  %262 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 9
  %263 = load i8, ptr %262, align 1, !tbaa !14
  %264 = icmp eq i8 %263, 0
  br i1 %264, label %283, label %265

265:                                              ; preds = %258
  %266 = mul i64 %261, 131
  %267 = zext i8 %263 to i64
  %268 = add i64 %266, %267
  %269 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 10
  %270 = load i8, ptr %269, align 2, !tbaa !14
  %271 = icmp eq i8 %270, 0
  br i1 %271, label %283, label %272

272:                                              ; preds = %265
  %273 = mul i64 %268, 131
  %274 = zext i8 %270 to i64
  %275 = add i64 %273, %274
  %276 = getelementptr inbounds [12 x i8], ptr %196, i64 0, i64 11
  %277 = load i8, ptr %276, align 1, !tbaa !14
  %278 = icmp eq i8 %277, 0
  br i1 %278, label %283, label %279

279:                                              ; preds = %272
  %280 = mul i64 %275, 131
  %281 = zext i8 %277 to i64
  %282 = add i64 %280, %281
  br label %283

283:                                              ; preds = %192, %202, %209, %216, %223, %230, %237, %244, %251, %258, %265, %272, %279
  %284 = phi i64 [ %199, %192 ], [ %205, %202 ], [ %212, %209 ], [ %219, %216 ], [ %226, %223 ], [ %233, %230 ], [ %240, %237 ], [ %247, %244 ], [ %254, %251 ], [ %261, %258 ], [ %268, %265 ], [ %275, %272 ], [ %282, %279 ]
  %285 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %193, i32 2
  %286 = load i16, ptr %285, align 4, !tbaa !26
  %287 = zext i16 %286 to i64
  %288 = shl nuw nsw i64 %287, 16
  %289 = getelementptr inbounds %struct.World, ptr @world, i64 0, i32 1, i64 %193, i32 2, i32 1
  %290 = load i16, ptr %289, align 2, !tbaa !27
  %291 = zext i16 %290 to i64
  %292 = or i64 %288, %291
  %293 = xor i64 %292, %284
  %294 = add i64 %293, %195
  %295 = add nuw nsw i64 %193, 1
  %296 = icmp eq i64 %295, 16
  br i1 %296, label %191, label %192, !llvm.loop !42
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
