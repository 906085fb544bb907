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
  br label %75

15:                                               ; preds = %97, %0
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %3)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %3, ptr noundef nonnull align 8 dereferenceable(160) %4, i64 160, i1 false)
  br label %16

16:                                               ; preds = %66, %15
  %17 = phi i64 [ 0, %15 ], [ %71, %66 ]
  %18 = phi i32 [ 0, %15 ], [ %69, %66 ]
  %19 = load i32, ptr %3, align 8, !tbaa !4
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %52

21:                                               ; preds = %16, %45
  %22 = phi i64 [ %43, %45 ], [ 0, %16 ]
  %23 = add nuw nsw i64 %22, 1
  %24 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !4
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %27, label %49, !llvm.loop !8

27:                                               ; preds = %21
  %28 = add nuw nsw i64 %22, 2
  %29 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !4
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %32, label %49, !llvm.loop !8

32:                                               ; preds = %27
  %33 = add nuw nsw i64 %22, 3
  %34 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !4
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %49, !llvm.loop !8

37:                                               ; preds = %32
  %38 = add nuw nsw i64 %22, 4
  %39 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !4
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %49, !llvm.loop !8

42:                                               ; preds = %37
  %43 = add nuw nsw i64 %22, 5
  %44 = icmp eq i64 %43, 40
  br i1 %44, label %72, label %45, !llvm.loop !8

45:                                               ; preds = %42
  %46 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %43
  %47 = load i32, ptr %46, align 4, !tbaa !4
  %48 = icmp eq i32 %47, 0
  br i1 %48, label %21, label %49, !llvm.loop !8

49:                                               ; preds = %45, %37, %32, %27, %21
  %50 = phi i64 [ %22, %21 ], [ %23, %27 ], [ %28, %32 ], [ %33, %37 ], [ %38, %45 ]
  %51 = icmp ugt i64 %50, 38
  br i1 %51, label %72, label %52

52:                                               ; preds = %49, %16
  br label %53

53:                                               ; preds = %52, %53
  %54 = phi i64 [ %64, %53 ], [ 39, %52 ]
  %55 = phi i64 [ %63, %53 ], [ 0, %52 ]
  %56 = shl nuw nsw i64 %55, 32
  %57 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %54
  %58 = load i32, ptr %57, align 4, !tbaa !4
  %59 = zext i32 %58 to i64
  %60 = or i64 %56, %59
  %61 = udiv i64 %60, 10
  %62 = trunc i64 %61 to i32
  store i32 %62, ptr %57, align 4, !tbaa !4
  %63 = urem i64 %60, 10
  %64 = add nsw i64 %54, -1
  %65 = icmp eq i64 %54, 0
  br i1 %65, label %66, label %53, !llvm.loop !10

66:                                               ; preds = %53
  %67 = mul i64 %17, 10
  %68 = add i64 %63, %67
  %69 = add nuw nsw i32 %18, 1
  %70 = lshr i64 %68, 31
  %71 = xor i64 %70, %68
  br label %16, !llvm.loop !11

72:                                               ; preds = %49, %42
  %73 = zext i32 %18 to i64
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %3)
  %74 = getelementptr inbounds i8, ptr %6, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %5, i8 0, i64 160, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %74, i8 0, i64 156, i1 false)
  store i32 1, ptr %6, align 4, !tbaa !4
  br label %100

75:                                               ; preds = %12, %97
  %76 = phi i64 [ 2, %12 ], [ %98, %97 ]
  br label %77

77:                                               ; preds = %77, %75
  %78 = phi i64 [ 0, %75 ], [ %95, %77 ]
  %79 = phi i64 [ 0, %75 ], [ %94, %77 ]
  %80 = getelementptr inbounds [40 x i32], ptr %4, i64 0, i64 %78
  %81 = load i32, ptr %80, align 8, !tbaa !4
  %82 = zext i32 %81 to i64
  %83 = mul nuw i64 %76, %82
  %84 = add i64 %83, %79
  %85 = trunc i64 %84 to i32
  store i32 %85, ptr %80, align 8, !tbaa !4
  %86 = lshr i64 %84, 32
  %87 = or i64 %78, 1
  %88 = getelementptr inbounds [40 x i32], ptr %4, i64 0, i64 %87
  %89 = load i32, ptr %88, align 4, !tbaa !4
  %90 = zext i32 %89 to i64
  %91 = mul nuw i64 %76, %90
  %92 = add i64 %91, %86
  %93 = trunc i64 %92 to i32
  store i32 %93, ptr %88, align 4, !tbaa !4
  %94 = lshr i64 %92, 32
  %95 = add nuw nsw i64 %78, 2
  %96 = icmp eq i64 %95, 40
  br i1 %96, label %97, label %77, !llvm.loop !12

97:                                               ; preds = %77
  %98 = add nuw nsw i64 %76, 1
  %99 = icmp eq i64 %98, %14
  br i1 %99, label %15, label %75, !llvm.loop !13

100:                                              ; preds = %72, %261
  %101 = phi i32 [ 0, %72 ], [ %262, %261 ]
  br label %233

102:                                              ; preds = %261
  %103 = mul i64 %17, 1000
  %104 = add i64 %103, %73
  %105 = mul i64 %104, 31
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %2)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %2, ptr noundef nonnull align 8 dereferenceable(160) %5, i64 160, i1 false)
  br label %106

106:                                              ; preds = %156, %102
  %107 = phi i64 [ 0, %102 ], [ %161, %156 ]
  %108 = phi i32 [ 0, %102 ], [ %159, %156 ]
  %109 = load i32, ptr %2, align 8, !tbaa !4
  %110 = icmp eq i32 %109, 0
  br i1 %110, label %111, label %142

111:                                              ; preds = %106, %135
  %112 = phi i64 [ %133, %135 ], [ 0, %106 ]
  %113 = add nuw nsw i64 %112, 1
  %114 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %113
  %115 = load i32, ptr %114, align 4, !tbaa !4
  %116 = icmp eq i32 %115, 0
  br i1 %116, label %117, label %139, !llvm.loop !8

117:                                              ; preds = %111
  %118 = add nuw nsw i64 %112, 2
  %119 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %118
  %120 = load i32, ptr %119, align 4, !tbaa !4
  %121 = icmp eq i32 %120, 0
  br i1 %121, label %122, label %139, !llvm.loop !8

122:                                              ; preds = %117
  %123 = add nuw nsw i64 %112, 3
  %124 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %123
  %125 = load i32, ptr %124, align 4, !tbaa !4
  %126 = icmp eq i32 %125, 0
  br i1 %126, label %127, label %139, !llvm.loop !8

127:                                              ; preds = %122
  %128 = add nuw nsw i64 %112, 4
  %129 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %128
  %130 = load i32, ptr %129, align 4, !tbaa !4
  %131 = icmp eq i32 %130, 0
  br i1 %131, label %132, label %139, !llvm.loop !8

132:                                              ; preds = %127
  %133 = add nuw nsw i64 %112, 5
  %134 = icmp eq i64 %133, 40
  br i1 %134, label %162, label %135, !llvm.loop !8

135:                                              ; preds = %132
  %136 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %133
  %137 = load i32, ptr %136, align 4, !tbaa !4
  %138 = icmp eq i32 %137, 0
  br i1 %138, label %111, label %139, !llvm.loop !8

139:                                              ; preds = %135, %127, %122, %117, %111
  %140 = phi i64 [ %112, %111 ], [ %113, %117 ], [ %118, %122 ], [ %123, %127 ], [ %128, %135 ]
  %141 = icmp ugt i64 %140, 38
  br i1 %141, label %162, label %142

142:                                              ; preds = %139, %106
  br label %143

143:                                              ; preds = %142, %143
  %144 = phi i64 [ %154, %143 ], [ 39, %142 ]
  %145 = phi i64 [ %153, %143 ], [ 0, %142 ]
  %146 = shl nuw nsw i64 %145, 32
  %147 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %144
  %148 = load i32, ptr %147, align 4, !tbaa !4
  %149 = zext i32 %148 to i64
  %150 = or i64 %146, %149
  %151 = udiv i64 %150, 10
  %152 = trunc i64 %151 to i32
  store i32 %152, ptr %147, align 4, !tbaa !4
  %153 = urem i64 %150, 10
  %154 = add nsw i64 %144, -1
  %155 = icmp eq i64 %144, 0
  br i1 %155, label %156, label %143, !llvm.loop !10

156:                                              ; preds = %143
  %157 = mul i64 %107, 10
  %158 = add i64 %153, %157
  %159 = add nuw nsw i32 %108, 1
  %160 = lshr i64 %158, 31
  %161 = xor i64 %160, %158
  br label %106, !llvm.loop !11

162:                                              ; preds = %139, %132
  %163 = mul i64 %107, 1000
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %2)
  %164 = add i64 %163, %105
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %8) #4
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %1) #4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) %1, i8 0, i64 160, i1 false)
  br label %165

165:                                              ; preds = %226, %162
  %166 = phi i64 [ 40, %162 ], [ %228, %226 ]
  %167 = phi i64 [ 0, %162 ], [ %227, %226 ]
  %168 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %167
  %169 = load i32, ptr %168, align 4, !tbaa !4
  %170 = icmp eq i32 %169, 0
  br i1 %170, label %226, label %171

171:                                              ; preds = %165
  %172 = zext i32 %169 to i64
  %173 = and i64 %166, 1
  %174 = icmp eq i64 %167, 39
  br i1 %174, label %210, label %175

175:                                              ; preds = %171
  %176 = and i64 %166, -2
  br label %177

177:                                              ; preds = %177, %175
  %178 = phi i64 [ 0, %175 ], [ %206, %177 ]
  %179 = phi i64 [ %167, %175 ], [ %207, %177 ]
  %180 = phi i64 [ 0, %175 ], [ %205, %177 ]
  %181 = phi i64 [ 0, %175 ], [ %208, %177 ]
  %182 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %178
  %183 = load i32, ptr %182, align 8, !tbaa !4
  %184 = zext i32 %183 to i64
  %185 = mul nuw i64 %184, %172
  %186 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %179
  %187 = load i32, ptr %186, align 4, !tbaa !4
  %188 = zext i32 %187 to i64
  %189 = add nuw nsw i64 %180, %188
  %190 = add i64 %189, %185
  %191 = trunc i64 %190 to i32
  store i32 %191, ptr %186, align 4, !tbaa !4
  %192 = lshr i64 %190, 32
  %193 = or i64 %178, 1
  %194 = add nuw nsw i64 %179, 1
  %195 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %193
  %196 = load i32, ptr %195, align 4, !tbaa !4
  %197 = zext i32 %196 to i64
  %198 = mul nuw i64 %197, %172
  %199 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %194
  %200 = load i32, ptr %199, align 4, !tbaa !4
  %201 = zext i32 %200 to i64
  %202 = add nuw nsw i64 %192, %201
  %203 = add i64 %202, %198
  %204 = trunc i64 %203 to i32
  store i32 %204, ptr %199, align 4, !tbaa !4
  %205 = lshr i64 %203, 32
  %206 = add nuw nsw i64 %178, 2
  %207 = add nuw nsw i64 %179, 2
  %208 = add i64 %181, 2
  %209 = icmp eq i64 %208, %176
  br i1 %209, label %210, label %177, !llvm.loop !14

210:                                              ; preds = %177, %171
  %211 = phi i64 [ 0, %171 ], [ %206, %177 ]
  %212 = phi i64 [ %167, %171 ], [ %207, %177 ]
  %213 = phi i64 [ 0, %171 ], [ %205, %177 ]
  %214 = icmp eq i64 %173, 0
  br i1 %214, label %226, label %215

215:                                              ; preds = %210
  %216 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %211
  %217 = load i32, ptr %216, align 4, !tbaa !4
  %218 = zext i32 %217 to i64
  %219 = mul nuw i64 %218, %172
  %220 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %212
  %221 = load i32, ptr %220, align 4, !tbaa !4
  %222 = zext i32 %221 to i64
  %223 = add nuw nsw i64 %213, %222
  %224 = add i64 %223, %219
  %225 = trunc i64 %224 to i32
  store i32 %225, ptr %220, align 4, !tbaa !4
  br label %226

226:                                              ; preds = %215, %210, %165
  %227 = add nuw nsw i64 %167, 1
  %228 = add nsw i64 %166, -1
  %229 = icmp eq i64 %227, 40
  br i1 %229, label %230, label %165, !llvm.loop !15

230:                                              ; preds = %226
  %231 = zext i32 %108 to i64
  %232 = add i64 %164, %231
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %8, ptr noundef nonnull align 16 dereferenceable(160) %1, i64 160, i1 false)
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %1) #4
  br label %265

233:                                              ; preds = %233, %100
  %234 = phi i64 [ 0, %100 ], [ %259, %233 ]
  %235 = phi i64 [ 0, %100 ], [ %258, %233 ]
  %236 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %234
  %237 = load i32, ptr %236, align 8, !tbaa !4
  %238 = zext i32 %237 to i64
  %239 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %234
  %240 = load i32, ptr %239, align 4, !tbaa !4
  %241 = zext i32 %240 to i64
  %242 = add nuw nsw i64 %235, %238
  %243 = add nuw nsw i64 %242, %241
  %244 = trunc i64 %243 to i32
  %245 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 %234
  store i32 %244, ptr %245, align 4, !tbaa !4
  %246 = lshr i64 %243, 32
  %247 = or i64 %234, 1
  %248 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %247
  %249 = load i32, ptr %248, align 4, !tbaa !4
  %250 = zext i32 %249 to i64
  %251 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %247
  %252 = load i32, ptr %251, align 4, !tbaa !4
  %253 = zext i32 %252 to i64
  %254 = add nuw nsw i64 %246, %250
  %255 = add nuw nsw i64 %254, %253
  %256 = trunc i64 %255 to i32
  %257 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 %247
  store i32 %256, ptr %257, align 4, !tbaa !4
  %258 = lshr i64 %255, 32
  %259 = add nuw nsw i64 %234, 2
  %260 = icmp eq i64 %259, 40
  br i1 %260, label %261, label %233, !llvm.loop !16

261:                                              ; preds = %233
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(160) %5, ptr noundef nonnull align 4 dereferenceable(160) %6, i64 160, i1 false), !tbaa.struct !17
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(160) %6, ptr noundef nonnull align 4 dereferenceable(160) %7, i64 160, i1 false), !tbaa.struct !17
  %262 = add nuw nsw i32 %101, 1
  %263 = icmp eq i32 %262, 500
  br i1 %263, label %102, label %100, !llvm.loop !19

264:                                              ; preds = %265
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %8) #4
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %7) #4
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %6) #4
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %5) #4
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %4) #4
  ret i64 %296

265:                                              ; preds = %265, %230
  %266 = phi i64 [ 0, %230 ], [ %297, %265 ]
  %267 = phi i64 [ %232, %230 ], [ %296, %265 ]
  %268 = mul i64 %267, 1000003
  %269 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %266
  %270 = load i32, ptr %269, align 4, !tbaa !4
  %271 = zext i32 %270 to i64
  %272 = add i64 %268, %271
  %273 = add nuw nsw i64 %266, 1
  %274 = mul i64 %272, 1000003
  %275 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %273
  %276 = load i32, ptr %275, align 4, !tbaa !4
  %277 = zext i32 %276 to i64
  %278 = add i64 %274, %277
  %279 = add nuw nsw i64 %266, 2
  %280 = mul i64 %278, 1000003
  %281 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %279
  %282 = load i32, ptr %281, align 4, !tbaa !4
  %283 = zext i32 %282 to i64
  %284 = add i64 %280, %283
  %285 = add nuw nsw i64 %266, 3
  %286 = mul i64 %284, 1000003
  %287 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %285
  %288 = load i32, ptr %287, align 4, !tbaa !4
  %289 = zext i32 %288 to i64
  %290 = add i64 %286, %289
  %291 = add nuw nsw i64 %266, 4
  %292 = mul i64 %290, 1000003
  %293 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 %291
  %294 = load i32, ptr %293, align 4, !tbaa !4
  %295 = zext i32 %294 to i64
  %296 = add i64 %292, %295
  %297 = add nuw nsw i64 %266, 5
  %298 = icmp eq i64 %297, 40
  br i1 %298, label %264, label %265, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = !{i64 0, i64 160, !18}
!18 = !{!6, !6, i64 0}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
