; ModuleID = 'insertion_sort.c'
source_filename = "insertion_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i16 4242, align 2
@a3 = internal unnamed_addr global [600 x i16] zeroinitializer, align 16
@a2 = internal unnamed_addr global [600 x i16] zeroinitializer, align 16
@a1 = internal unnamed_addr global [600 x i16] zeroinitializer, align 16
@shell_sort.gaps = internal unnamed_addr constant [8 x i32] [i32 701, i32 301, i32 132, i32 57, i32 23, i32 10, i32 4, i32 1], align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i16, ptr @g_seed, align 2, !tbaa !4
  br label %230

2:                                                ; preds = %230, %44
  %3 = phi i64 [ %50, %44 ], [ 1, %230 ]
  %4 = phi i64 [ %45, %44 ], [ 0, %230 ]
  %5 = getelementptr inbounds i16, ptr @a1, i64 %3
  %6 = load i16, ptr %5, align 2, !tbaa !4
  %7 = add i64 %4, %3
  br label %8

8:                                                ; preds = %17, %2
  %9 = phi i64 [ %3, %2 ], [ %11, %17 ]
  %10 = phi i64 [ %4, %2 ], [ %12, %17 ]
  %11 = add nsw i64 %9, -1
  %12 = add i64 %10, 1
  %13 = and i64 %11, 4294967295
  %14 = getelementptr inbounds i16, ptr @a1, i64 %13
  %15 = load i16, ptr %14, align 2, !tbaa !4
  %16 = icmp sgt i16 %15, %6
  br i1 %16, label %17, label %20

17:                                               ; preds = %8
  %18 = getelementptr inbounds i16, ptr @a1, i64 %9
  store i16 %15, ptr %18, align 2, !tbaa !4
  %19 = icmp eq i64 %12, %7
  br i1 %19, label %20, label %8, !llvm.loop !8

20:                                               ; preds = %17, %8
  %21 = phi i64 [ %7, %17 ], [ %12, %8 ]
  %22 = phi i64 [ 0, %17 ], [ %9, %8 ]
  %23 = shl i64 %22, 32
  %24 = ashr exact i64 %23, 32
  %25 = getelementptr inbounds i16, ptr @a1, i64 %24
  store i16 %6, ptr %25, align 2, !tbaa !4
  %26 = add nuw nsw i64 %3, 1
  %27 = icmp eq i64 %26, 600
  br i1 %27, label %51, label %28, !llvm.loop !10

28:                                               ; preds = %20
  %29 = getelementptr inbounds i16, ptr @a1, i64 %26
  %30 = load i16, ptr %29, align 2, !tbaa !4
  %31 = add i64 %21, %26
  br label %32

32:                                               ; preds = %41, %28
  %33 = phi i64 [ %26, %28 ], [ %35, %41 ]
  %34 = phi i64 [ %21, %28 ], [ %36, %41 ]
  %35 = add nsw i64 %33, -1
  %36 = add i64 %34, 1
  %37 = and i64 %35, 4294967295
  %38 = getelementptr inbounds i16, ptr @a1, i64 %37
  %39 = load i16, ptr %38, align 2, !tbaa !4
  %40 = icmp sgt i16 %39, %30
  br i1 %40, label %41, label %44

41:                                               ; preds = %32
  %42 = getelementptr inbounds i16, ptr @a1, i64 %33
  store i16 %39, ptr %42, align 2, !tbaa !4
  %43 = icmp eq i64 %36, %31
  br i1 %43, label %44, label %32, !llvm.loop !8

44:                                               ; preds = %41, %32
  %45 = phi i64 [ %31, %41 ], [ %36, %32 ]
  %46 = phi i64 [ 0, %41 ], [ %33, %32 ]
  %47 = shl i64 %46, 32
  %48 = ashr exact i64 %47, 32
  %49 = getelementptr inbounds i16, ptr @a1, i64 %48
  store i16 %30, ptr %49, align 2, !tbaa !4
  %50 = add nuw nsw i64 %3, 2
  br label %2

51:                                               ; preds = %20, %93
  %52 = phi i64 [ %97, %93 ], [ 0, %20 ]
  %53 = phi i64 [ %95, %93 ], [ 1, %20 ]
  %54 = phi i64 [ %84, %93 ], [ %21, %20 ]
  %55 = getelementptr inbounds i16, ptr @a2, i64 %53
  %56 = load i16, ptr %55, align 2, !tbaa !4
  %57 = trunc i64 %53 to i32
  br label %78

58:                                               ; preds = %78
  %59 = sext i32 %90 to i64
  %60 = icmp sgt i64 %53, %59
  br i1 %60, label %61, label %93

61:                                               ; preds = %58
  %62 = sub i64 %53, %59
  %63 = sub i64 %52, %59
  %64 = and i64 %62, 7
  %65 = icmp eq i64 %64, 0
  br i1 %65, label %75, label %66

66:                                               ; preds = %61, %66
  %67 = phi i64 [ %69, %66 ], [ %53, %61 ]
  %68 = phi i64 [ %73, %66 ], [ 0, %61 ]
  %69 = add nsw i64 %67, -1
  %70 = getelementptr inbounds i16, ptr @a2, i64 %69
  %71 = load i16, ptr %70, align 2, !tbaa !4
  %72 = getelementptr inbounds i16, ptr @a2, i64 %67
  store i16 %71, ptr %72, align 2, !tbaa !4
  %73 = add i64 %68, 1
  %74 = icmp eq i64 %73, %64
  br i1 %74, label %75, label %66, !llvm.loop !11

75:                                               ; preds = %66, %61
  %76 = phi i64 [ %53, %61 ], [ %69, %66 ]
  %77 = icmp ult i64 %63, 7
  br i1 %77, label %93, label %98

78:                                               ; preds = %78, %51
  %79 = phi i32 [ %57, %51 ], [ %91, %78 ]
  %80 = phi i32 [ 0, %51 ], [ %90, %78 ]
  %81 = phi i64 [ %54, %51 ], [ %84, %78 ]
  %82 = add nsw i32 %80, %79
  %83 = ashr i32 %82, 1
  %84 = add i64 %81, 1
  %85 = sext i32 %83 to i64
  %86 = getelementptr inbounds i16, ptr @a2, i64 %85
  %87 = load i16, ptr %86, align 2, !tbaa !4
  %88 = icmp sgt i16 %87, %56
  %89 = add nsw i32 %83, 1
  %90 = select i1 %88, i32 %80, i32 %89
  %91 = select i1 %88, i32 %83, i32 %79
  %92 = icmp slt i32 %90, %91
  br i1 %92, label %78, label %58, !llvm.loop !13

93:                                               ; preds = %75, %98, %58
  %94 = getelementptr inbounds i16, ptr @a2, i64 %59
  store i16 %56, ptr %94, align 2, !tbaa !4
  %95 = add nuw nsw i64 %53, 1
  %96 = icmp eq i64 %95, 600
  %97 = add i64 %52, 1
  br i1 %96, label %133, label %51, !llvm.loop !14

98:                                               ; preds = %75, %98
  %99 = phi i64 [ %128, %98 ], [ %76, %75 ]
  %100 = add nsw i64 %99, -1
  %101 = getelementptr inbounds i16, ptr @a2, i64 %100
  %102 = load i16, ptr %101, align 2, !tbaa !4
  %103 = getelementptr inbounds i16, ptr @a2, i64 %99
  store i16 %102, ptr %103, align 2, !tbaa !4
  %104 = add nsw i64 %99, -2
  %105 = getelementptr inbounds i16, ptr @a2, i64 %104
  %106 = load i16, ptr %105, align 2, !tbaa !4
  %107 = getelementptr inbounds i16, ptr @a2, i64 %100
  store i16 %106, ptr %107, align 2, !tbaa !4
  %108 = add nsw i64 %99, -3
  %109 = getelementptr inbounds i16, ptr @a2, i64 %108
  %110 = load i16, ptr %109, align 2, !tbaa !4
  %111 = getelementptr inbounds i16, ptr @a2, i64 %104
  store i16 %110, ptr %111, align 2, !tbaa !4
  %112 = add nsw i64 %99, -4
  %113 = getelementptr inbounds i16, ptr @a2, i64 %112
  %114 = load i16, ptr %113, align 2, !tbaa !4
  %115 = getelementptr inbounds i16, ptr @a2, i64 %108
  store i16 %114, ptr %115, align 2, !tbaa !4
  %116 = add nsw i64 %99, -5
  %117 = getelementptr inbounds i16, ptr @a2, i64 %116
  %118 = load i16, ptr %117, align 2, !tbaa !4
  %119 = getelementptr inbounds i16, ptr @a2, i64 %112
  store i16 %118, ptr %119, align 2, !tbaa !4
  %120 = add nsw i64 %99, -6
  %121 = getelementptr inbounds i16, ptr @a2, i64 %120
  %122 = load i16, ptr %121, align 2, !tbaa !4
  %123 = getelementptr inbounds i16, ptr @a2, i64 %116
  store i16 %122, ptr %123, align 2, !tbaa !4
  %124 = add nsw i64 %99, -7
  %125 = getelementptr inbounds i16, ptr @a2, i64 %124
  %126 = load i16, ptr %125, align 2, !tbaa !4
  %127 = getelementptr inbounds i16, ptr @a2, i64 %120
  store i16 %126, ptr %127, align 2, !tbaa !4
  %128 = add nsw i64 %99, -8
  %129 = getelementptr inbounds i16, ptr @a2, i64 %128
  %130 = load i16, ptr %129, align 2, !tbaa !4
  %131 = getelementptr inbounds i16, ptr @a2, i64 %124
  store i16 %130, ptr %131, align 2, !tbaa !4
  %132 = icmp sgt i64 %128, %59
  br i1 %132, label %98, label %93, !llvm.loop !15

133:                                              ; preds = %93, %172
  %134 = phi i64 [ %174, %172 ], [ 0, %93 ]
  %135 = phi i64 [ %173, %172 ], [ %84, %93 ]
  %136 = getelementptr inbounds [8 x i32], ptr @shell_sort.gaps, i64 0, i64 %134
  %137 = load i32, ptr %136, align 4, !tbaa !16
  %138 = icmp eq i64 %134, 0
  br i1 %138, label %172, label %139

139:                                              ; preds = %133
  %140 = sext i32 %137 to i64
  %141 = tail call i32 @llvm.smax.i32(i32 %137, i32 599)
  %142 = add nuw i32 %141, 1
  %143 = add nuw i32 %141, 1
  %144 = sub i32 %143, %137
  %145 = and i32 %144, 1
  %146 = icmp eq i32 %145, 0
  br i1 %146, label %168, label %147

147:                                              ; preds = %139
  %148 = getelementptr inbounds i16, ptr @a3, i64 %140
  %149 = load i16, ptr %148, align 2, !tbaa !4
  br label %150

150:                                              ; preds = %159, %147
  %151 = phi i32 [ %154, %159 ], [ %137, %147 ]
  %152 = phi i64 [ %153, %159 ], [ %135, %147 ]
  %153 = add i64 %152, 1
  %154 = sub nsw i32 %151, %137
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds i16, ptr @a3, i64 %155
  %157 = load i16, ptr %156, align 2, !tbaa !4
  %158 = icmp sgt i16 %157, %149
  br i1 %158, label %159, label %163

159:                                              ; preds = %150
  %160 = sext i32 %151 to i64
  %161 = getelementptr inbounds i16, ptr @a3, i64 %160
  store i16 %157, ptr %161, align 2, !tbaa !4
  %162 = icmp slt i32 %154, %137
  br i1 %162, label %163, label %150, !llvm.loop !18

163:                                              ; preds = %150, %159
  %164 = phi i32 [ %151, %150 ], [ %154, %159 ]
  %165 = sext i32 %164 to i64
  %166 = getelementptr inbounds i16, ptr @a3, i64 %165
  store i16 %149, ptr %166, align 2, !tbaa !4
  %167 = add nsw i64 %140, 1
  br label %168

168:                                              ; preds = %139, %163
  %169 = phi i64 [ undef, %139 ], [ %153, %163 ]
  %170 = phi i64 [ %140, %139 ], [ %167, %163 ]
  %171 = phi i64 [ %135, %139 ], [ %153, %163 ]
  br label %176

172:                                              ; preds = %221, %133
  %173 = phi i64 [ %135, %133 ], [ %222, %221 ]
  %174 = add nuw nsw i64 %134, 1
  %175 = icmp eq i64 %174, 8
  br i1 %175, label %259, label %133, !llvm.loop !19

176:                                              ; preds = %221, %168
  %177 = phi i64 [ %170, %168 ], [ %227, %221 ]
  %178 = phi i64 [ %171, %168 ], [ %222, %221 ]
  %179 = phi i64 [ %171, %168 ], [ %223, %221 ]
  %180 = getelementptr inbounds i16, ptr @a3, i64 %177
  %181 = load i16, ptr %180, align 2, !tbaa !4
  %182 = icmp slt i64 %177, %140
  %183 = trunc i64 %177 to i32
  br i1 %182, label %197, label %184

184:                                              ; preds = %176, %193
  %185 = phi i32 [ %188, %193 ], [ %183, %176 ]
  %186 = phi i64 [ %187, %193 ], [ %179, %176 ]
  %187 = add i64 %186, 1
  %188 = sub nsw i32 %185, %137
  %189 = sext i32 %188 to i64
  %190 = getelementptr inbounds i16, ptr @a3, i64 %189
  %191 = load i16, ptr %190, align 2, !tbaa !4
  %192 = icmp sgt i16 %191, %181
  br i1 %192, label %193, label %197

193:                                              ; preds = %184
  %194 = sext i32 %185 to i64
  %195 = getelementptr inbounds i16, ptr @a3, i64 %194
  store i16 %191, ptr %195, align 2, !tbaa !4
  %196 = icmp slt i32 %188, %137
  br i1 %196, label %197, label %184, !llvm.loop !18

197:                                              ; preds = %184, %193, %176
  %198 = phi i64 [ %178, %176 ], [ %187, %193 ], [ %187, %184 ]
  %199 = phi i64 [ %179, %176 ], [ %187, %193 ], [ %187, %184 ]
  %200 = phi i32 [ %183, %176 ], [ %185, %184 ], [ %188, %193 ]
  %201 = sext i32 %200 to i64
  %202 = getelementptr inbounds i16, ptr @a3, i64 %201
  store i16 %181, ptr %202, align 2, !tbaa !4
  %203 = add nsw i64 %177, 1
  %204 = getelementptr inbounds i16, ptr @a3, i64 %203
  %205 = load i16, ptr %204, align 2, !tbaa !4
  %206 = icmp slt i64 %203, %140
  %207 = trunc i64 %203 to i32
  br i1 %206, label %221, label %208

208:                                              ; preds = %197, %217
  %209 = phi i32 [ %212, %217 ], [ %207, %197 ]
  %210 = phi i64 [ %211, %217 ], [ %199, %197 ]
  %211 = add i64 %210, 1
  %212 = sub nsw i32 %209, %137
  %213 = sext i32 %212 to i64
  %214 = getelementptr inbounds i16, ptr @a3, i64 %213
  %215 = load i16, ptr %214, align 2, !tbaa !4
  %216 = icmp sgt i16 %215, %205
  br i1 %216, label %217, label %221

217:                                              ; preds = %208
  %218 = sext i32 %209 to i64
  %219 = getelementptr inbounds i16, ptr @a3, i64 %218
  store i16 %215, ptr %219, align 2, !tbaa !4
  %220 = icmp slt i32 %212, %137
  br i1 %220, label %221, label %208, !llvm.loop !18

221:                                              ; preds = %208, %217, %197
  %222 = phi i64 [ %198, %197 ], [ %211, %217 ], [ %211, %208 ]
  %223 = phi i64 [ %199, %197 ], [ %211, %217 ], [ %211, %208 ]
  %224 = phi i32 [ %207, %197 ], [ %209, %208 ], [ %212, %217 ]
  %225 = sext i32 %224 to i64
  %226 = getelementptr inbounds i16, ptr @a3, i64 %225
  store i16 %205, ptr %226, align 2, !tbaa !4
  %227 = add nsw i64 %177, 2
  %228 = trunc i64 %227 to i32
  %229 = icmp eq i32 %142, %228
  br i1 %229, label %172, label %176, !llvm.loop !20

230:                                              ; preds = %230, %0
  %231 = phi i64 [ 0, %0 ], [ %256, %230 ]
  %232 = phi i16 [ %1, %0 ], [ %252, %230 ]
  %233 = mul i16 %232, 25173
  %234 = add i16 %233, 13849
  %235 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %231
  store i16 %234, ptr %235, align 8, !tbaa !4
  %236 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %231
  store i16 %234, ptr %236, align 8, !tbaa !4
  %237 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %231
  store i16 %234, ptr %237, align 8, !tbaa !4
  %238 = or i64 %231, 1
  %239 = mul i16 %234, 25173
  %240 = add i16 %239, 13849
  %241 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %238
  store i16 %240, ptr %241, align 2, !tbaa !4
  %242 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %238
  store i16 %240, ptr %242, align 2, !tbaa !4
  %243 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %238
  store i16 %240, ptr %243, align 2, !tbaa !4
  %244 = or i64 %231, 2
  %245 = mul i16 %240, 25173
  %246 = add i16 %245, 13849
  %247 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %244
  store i16 %246, ptr %247, align 4, !tbaa !4
  %248 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %244
  store i16 %246, ptr %248, align 4, !tbaa !4
  %249 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %244
  store i16 %246, ptr %249, align 4, !tbaa !4
  %250 = or i64 %231, 3
  %251 = mul i16 %246, 25173
  %252 = add i16 %251, 13849
  %253 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %250
  store i16 %252, ptr %253, align 2, !tbaa !4
  %254 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %250
  store i16 %252, ptr %254, align 2, !tbaa !4
  %255 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %250
  store i16 %252, ptr %255, align 2, !tbaa !4
  %256 = add nuw nsw i64 %231, 4
  %257 = icmp eq i64 %256, 600
  br i1 %257, label %2, label %230, !llvm.loop !21

258:                                              ; preds = %294
  ret i64 %296

259:                                              ; preds = %172, %294
  %260 = phi i64 [ %297, %294 ], [ 0, %172 ]
  %261 = phi i64 [ %296, %294 ], [ %173, %172 ]
  %262 = mul nsw i64 %261, 33
  %263 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %260
  %264 = load i16, ptr %263, align 4, !tbaa !4
  %265 = sext i16 %264 to i64
  %266 = add nsw i64 %262, %265
  %267 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %260
  %268 = load i16, ptr %267, align 4, !tbaa !4
  %269 = icmp eq i16 %264, %268
  br i1 %269, label %270, label %274

270:                                              ; preds = %259
  %271 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %260
  %272 = load i16, ptr %271, align 4, !tbaa !4
  %273 = icmp eq i16 %264, %272
  br i1 %273, label %276, label %274

274:                                              ; preds = %270, %259
  %275 = add nsw i64 %266, 1000000007
  br label %276

276:                                              ; preds = %274, %270
  %277 = phi i64 [ %275, %274 ], [ %266, %270 ]
  %278 = srem i64 %277, 1000000000039
  %279 = or i64 %260, 1
  %280 = mul nsw i64 %278, 33
  %281 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %279
  %282 = load i16, ptr %281, align 2, !tbaa !4
  %283 = sext i16 %282 to i64
  %284 = add nsw i64 %280, %283
  %285 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %279
  %286 = load i16, ptr %285, align 2, !tbaa !4
  %287 = icmp eq i16 %282, %286
  br i1 %287, label %288, label %292

288:                                              ; preds = %276
  %289 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %279
  %290 = load i16, ptr %289, align 2, !tbaa !4
  %291 = icmp eq i16 %282, %290
  br i1 %291, label %294, label %292

292:                                              ; preds = %288, %276
  %293 = add nsw i64 %284, 1000000007
  br label %294

294:                                              ; preds = %292, %288
  %295 = phi i64 [ %293, %292 ], [ %284, %288 ]
  %296 = srem i64 %295, 1000000000039
  %297 = add nuw nsw i64 %260, 2
  %298 = icmp eq i64 %297, 600
  br i1 %298, label %258, label %259, !llvm.loop !22
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"short", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = !{!17, !17, i64 0}
!17 = !{!"int", !6, i64 0}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9}
