; ModuleID = 'strings.c'
source_filename = "strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local local_unnamed_addr global [87 x i8] c"  -12345 apples, +678 Oranges and 9 pears; level racecar Madam 2147483647 -2147483648 \00", align 16

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [24 x i8], align 16
  %2 = alloca [128 x i8], align 16
  %3 = alloca [32 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #4
  br label %4

4:                                                ; preds = %4, %0
  %5 = phi i32 [ %11, %4 ], [ 0, %0 ]
  %6 = phi i64 [ %10, %4 ], [ 0, %0 ]
  %7 = getelementptr inbounds i8, ptr @g_text, i64 %6
  %8 = load i8, ptr %7, align 1, !tbaa !4
  %9 = icmp eq i8 %8, 0
  %10 = add i64 %6, 1
  %11 = add i32 %5, 1
  br i1 %9, label %12, label %4, !llvm.loop !7

12:                                               ; preds = %4
  %13 = trunc i64 %6 to i32
  %14 = icmp slt i32 %13, 0
  br i1 %14, label %15, label %18

15:                                               ; preds = %12
  %16 = shl i64 %6, 32
  %17 = ashr exact i64 %16, 32
  br label %260

18:                                               ; preds = %12
  %19 = and i64 %10, 4294967295
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %2, ptr nonnull align 16 @g_text, i64 %19, i1 false), !tbaa !4
  %20 = shl i64 %6, 32
  %21 = ashr exact i64 %20, 32
  %22 = icmp ne i32 %13, 0
  br i1 %22, label %26, label %260

23:                                               ; preds = %255
  br i1 %22, label %24, label %260

24:                                               ; preds = %23
  %25 = sext i32 %5 to i64
  br label %365

26:                                               ; preds = %18, %255
  %27 = phi i64 [ %257, %255 ], [ %21, %18 ]
  %28 = phi i32 [ %258, %255 ], [ 0, %18 ]
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %29
  %31 = load i8, ptr %30, align 1, !tbaa !4
  %32 = add i8 %31, -48
  %33 = icmp ult i8 %32, 10
  br i1 %33, label %42, label %34

34:                                               ; preds = %26
  switch i8 %31, label %255 [
    i8 45, label %35
    i8 43, label %35
  ]

35:                                               ; preds = %34, %34
  %36 = add nsw i32 %28, 1
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !4
  %40 = add i8 %39, -48
  %41 = icmp ult i8 %40, 10
  br i1 %41, label %42, label %255

42:                                               ; preds = %35, %26
  switch i8 %31, label %49 [
    i8 45, label %43
    i8 43, label %43
  ]

43:                                               ; preds = %42, %42
  %44 = icmp eq i8 %31, 45
  %45 = zext i1 %44 to i32
  %46 = getelementptr inbounds i8, ptr %30, i64 1
  %47 = load i8, ptr %46, align 1, !tbaa !4
  %48 = add i8 %47, -48
  br label %49

49:                                               ; preds = %43, %42
  %50 = phi i8 [ %48, %43 ], [ %32, %42 ]
  %51 = phi i8 [ %47, %43 ], [ %31, %42 ]
  %52 = phi i32 [ 1, %43 ], [ 0, %42 ]
  %53 = phi i32 [ %45, %43 ], [ 0, %42 ]
  %54 = icmp ult i8 %50, 10
  br i1 %54, label %55, label %73

55:                                               ; preds = %49
  %56 = zext i32 %52 to i64
  br label %57

57:                                               ; preds = %57, %55
  %58 = phi i64 [ %56, %55 ], [ %66, %57 ]
  %59 = phi i8 [ %51, %55 ], [ %68, %57 ]
  %60 = phi i64 [ 0, %55 ], [ %65, %57 ]
  %61 = zext i8 %59 to i64
  %62 = mul nsw i64 %60, 10
  %63 = add nuw nsw i64 %61, 4294967248
  %64 = and i64 %63, 4294967295
  %65 = add nsw i64 %64, %62
  %66 = add nuw nsw i64 %58, 1
  %67 = getelementptr inbounds i8, ptr %30, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !4
  %69 = add i8 %68, -48
  %70 = icmp ult i8 %69, 10
  br i1 %70, label %57, label %71, !llvm.loop !9

71:                                               ; preds = %57
  %72 = trunc i64 %66 to i32
  br label %73

73:                                               ; preds = %49, %71
  %74 = phi i32 [ %52, %49 ], [ %72, %71 ]
  %75 = phi i64 [ 0, %49 ], [ %65, %71 ]
  %76 = sub nsw i64 0, %75
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #4
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #4
  %77 = tail call i64 @llvm.abs.i64(i64 %75, i1 false)
  br label %78

78:                                               ; preds = %78, %73
  %79 = phi i32 [ %89, %78 ], [ 1, %73 ]
  %80 = phi i64 [ %85, %78 ], [ 0, %73 ]
  %81 = phi i64 [ %87, %78 ], [ %77, %73 ]
  %82 = urem i64 %81, 10
  %83 = trunc i64 %82 to i8
  %84 = or i8 %83, 48
  %85 = add nuw i64 %80, 1
  %86 = getelementptr inbounds [24 x i8], ptr %1, i64 0, i64 %80
  store i8 %84, ptr %86, align 1, !tbaa !4
  %87 = udiv i64 %81, 10
  %88 = icmp ult i64 %81, 10
  %89 = add nuw i32 %79, 1
  br i1 %88, label %90, label %78, !llvm.loop !10

90:                                               ; preds = %78
  %91 = icmp eq i32 %53, 0
  %92 = select i1 %91, i64 %75, i64 %76
  %93 = icmp slt i64 %92, 0
  br i1 %93, label %94, label %95

94:                                               ; preds = %90
  store i8 45, ptr %3, align 16, !tbaa !4
  br label %95

95:                                               ; preds = %90, %94
  %96 = phi i32 [ 1, %94 ], [ 0, %90 ]
  %97 = zext i32 %96 to i64
  %98 = sext i32 %79 to i64
  %99 = add i32 %96, %79
  %100 = zext i32 %99 to i64
  %101 = sub nsw i64 %100, %97
  %102 = icmp ult i64 %101, 16
  br i1 %102, label %157, label %103

103:                                              ; preds = %95
  %104 = icmp ult i64 %101, 128
  br i1 %104, label %138, label %105

105:                                              ; preds = %103
  %106 = and i64 %101, -128
  br label %107

107:                                              ; preds = %107, %105
  %108 = phi i64 [ 0, %105 ], [ %129, %107 ]
  %109 = or i64 %108, %97
  %110 = xor i64 %108, -1
  %111 = add i64 %110, %98
  %112 = getelementptr inbounds [24 x i8], ptr %1, i64 0, i64 %111
  %113 = getelementptr inbounds i8, ptr %112, i64 -31
  %114 = load <32 x i8>, ptr %113, align 1, !tbaa !4
  %115 = shufflevector <32 x i8> %114, <32 x i8> poison, <32 x i32> <i32 31, i32 30, i32 29, i32 28, i32 27, i32 26, i32 25, i32 24, i32 23, i32 22, i32 21, i32 20, i32 19, i32 18, i32 17, i32 16, i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %116 = getelementptr inbounds i8, ptr %112, i64 -63
  %117 = load <32 x i8>, ptr %116, align 1, !tbaa !4
  %118 = shufflevector <32 x i8> %117, <32 x i8> poison, <32 x i32> <i32 31, i32 30, i32 29, i32 28, i32 27, i32 26, i32 25, i32 24, i32 23, i32 22, i32 21, i32 20, i32 19, i32 18, i32 17, i32 16, i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %119 = getelementptr inbounds i8, ptr %112, i64 -95
  %120 = load <32 x i8>, ptr %119, align 1, !tbaa !4
  %121 = shufflevector <32 x i8> %120, <32 x i8> poison, <32 x i32> <i32 31, i32 30, i32 29, i32 28, i32 27, i32 26, i32 25, i32 24, i32 23, i32 22, i32 21, i32 20, i32 19, i32 18, i32 17, i32 16, i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %122 = getelementptr inbounds i8, ptr %112, i64 -127
  %123 = load <32 x i8>, ptr %122, align 1, !tbaa !4
  %124 = shufflevector <32 x i8> %123, <32 x i8> poison, <32 x i32> <i32 31, i32 30, i32 29, i32 28, i32 27, i32 26, i32 25, i32 24, i32 23, i32 22, i32 21, i32 20, i32 19, i32 18, i32 17, i32 16, i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %125 = getelementptr inbounds i8, ptr %3, i64 %109
  store <32 x i8> %115, ptr %125, align 1, !tbaa !4
  %126 = getelementptr inbounds i8, ptr %125, i64 32
  store <32 x i8> %118, ptr %126, align 1, !tbaa !4
  %127 = getelementptr inbounds i8, ptr %125, i64 64
  store <32 x i8> %121, ptr %127, align 1, !tbaa !4
  %128 = getelementptr inbounds i8, ptr %125, i64 96
  store <32 x i8> %124, ptr %128, align 1, !tbaa !4
  %129 = add nuw i64 %108, 128
  %130 = icmp eq i64 %129, %106
  br i1 %130, label %131, label %107, !llvm.loop !11

131:                                              ; preds = %107
  %132 = icmp eq i64 %101, %106
  br i1 %132, label %169, label %133

133:                                              ; preds = %131
  %134 = or i64 %106, %97
  %135 = sub nsw i64 %98, %106
  %136 = and i64 %101, 112
  %137 = icmp eq i64 %136, 0
  br i1 %137, label %157, label %138

138:                                              ; preds = %103, %133
  %139 = phi i64 [ %106, %133 ], [ 0, %103 ]
  %140 = and i64 %101, -16
  %141 = sub nsw i64 %98, %140
  %142 = or i64 %140, %97
  br label %143

143:                                              ; preds = %143, %138
  %144 = phi i64 [ %139, %138 ], [ %153, %143 ]
  %145 = or i64 %144, %97
  %146 = xor i64 %144, -1
  %147 = add i64 %146, %98
  %148 = getelementptr inbounds [24 x i8], ptr %1, i64 0, i64 %147
  %149 = getelementptr inbounds i8, ptr %148, i64 -15
  %150 = load <16 x i8>, ptr %149, align 1, !tbaa !4
  %151 = shufflevector <16 x i8> %150, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %152 = getelementptr inbounds i8, ptr %3, i64 %145
  store <16 x i8> %151, ptr %152, align 1, !tbaa !4
  %153 = add nuw i64 %144, 16
  %154 = icmp eq i64 %153, %140
  br i1 %154, label %155, label %143, !llvm.loop !14

155:                                              ; preds = %143
  %156 = icmp eq i64 %101, %140
  br i1 %156, label %169, label %157

157:                                              ; preds = %95, %133, %155
  %158 = phi i64 [ %98, %95 ], [ %135, %133 ], [ %141, %155 ]
  %159 = phi i64 [ %97, %95 ], [ %134, %133 ], [ %142, %155 ]
  br label %160

160:                                              ; preds = %157, %160
  %161 = phi i64 [ %163, %160 ], [ %158, %157 ]
  %162 = phi i64 [ %166, %160 ], [ %159, %157 ]
  %163 = add nsw i64 %161, -1
  %164 = getelementptr inbounds [24 x i8], ptr %1, i64 0, i64 %163
  %165 = load i8, ptr %164, align 1, !tbaa !4
  %166 = add nuw nsw i64 %162, 1
  %167 = getelementptr inbounds i8, ptr %3, i64 %162
  store i8 %165, ptr %167, align 1, !tbaa !4
  %168 = icmp eq i64 %166, %100
  br i1 %168, label %169, label %160, !llvm.loop !15

169:                                              ; preds = %160, %155, %131
  %170 = getelementptr inbounds i8, ptr %3, i64 %100
  store i8 0, ptr %170, align 1, !tbaa !4
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #4
  %171 = mul i64 %27, 31
  %172 = add i64 %92, %171
  %173 = sext i32 %99 to i64
  %174 = mul nsw i64 %173, 1000
  %175 = add i64 %172, %174
  %176 = icmp sgt i32 %99, 0
  br i1 %176, label %177, label %199

177:                                              ; preds = %169
  %178 = and i64 %100, 7
  %179 = icmp ult i32 %99, 8
  br i1 %179, label %182, label %180

180:                                              ; preds = %177
  %181 = and i64 %100, 4294967288
  br label %201

182:                                              ; preds = %201, %177
  %183 = phi i64 [ undef, %177 ], [ %251, %201 ]
  %184 = phi i64 [ 0, %177 ], [ %252, %201 ]
  %185 = phi i64 [ %175, %177 ], [ %251, %201 ]
  %186 = icmp eq i64 %178, 0
  br i1 %186, label %199, label %187

187:                                              ; preds = %182, %187
  %188 = phi i64 [ %196, %187 ], [ %184, %182 ]
  %189 = phi i64 [ %195, %187 ], [ %185, %182 ]
  %190 = phi i64 [ %197, %187 ], [ 0, %182 ]
  %191 = mul i64 %189, 7
  %192 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %188
  %193 = load i8, ptr %192, align 1, !tbaa !4
  %194 = zext i8 %193 to i64
  %195 = add i64 %191, %194
  %196 = add nuw nsw i64 %188, 1
  %197 = add i64 %190, 1
  %198 = icmp eq i64 %197, %178
  br i1 %198, label %199, label %187, !llvm.loop !16

199:                                              ; preds = %182, %187, %169
  %200 = phi i64 [ %175, %169 ], [ %183, %182 ], [ %195, %187 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #4
  br label %255

201:                                              ; preds = %201, %180
  %202 = phi i64 [ 0, %180 ], [ %252, %201 ]
  %203 = phi i64 [ %175, %180 ], [ %251, %201 ]
  %204 = phi i64 [ 0, %180 ], [ %253, %201 ]
  %205 = mul i64 %203, 7
  %206 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %202
  %207 = load i8, ptr %206, align 8, !tbaa !4
  %208 = zext i8 %207 to i64
  %209 = add i64 %205, %208
  %210 = or i64 %202, 1
  %211 = mul i64 %209, 7
  %212 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %210
  %213 = load i8, ptr %212, align 1, !tbaa !4
  %214 = zext i8 %213 to i64
  %215 = add i64 %211, %214
  %216 = or i64 %202, 2
  %217 = mul i64 %215, 7
  %218 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %216
  %219 = load i8, ptr %218, align 2, !tbaa !4
  %220 = zext i8 %219 to i64
  %221 = add i64 %217, %220
  %222 = or i64 %202, 3
  %223 = mul i64 %221, 7
  %224 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %222
  %225 = load i8, ptr %224, align 1, !tbaa !4
  %226 = zext i8 %225 to i64
  %227 = add i64 %223, %226
  %228 = or i64 %202, 4
  %229 = mul i64 %227, 7
  %230 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %228
  %231 = load i8, ptr %230, align 4, !tbaa !4
  %232 = zext i8 %231 to i64
  %233 = add i64 %229, %232
  %234 = or i64 %202, 5
  %235 = mul i64 %233, 7
  %236 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %234
  %237 = load i8, ptr %236, align 1, !tbaa !4
  %238 = zext i8 %237 to i64
  %239 = add i64 %235, %238
  %240 = or i64 %202, 6
  %241 = mul i64 %239, 7
  %242 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %240
  %243 = load i8, ptr %242, align 2, !tbaa !4
  %244 = zext i8 %243 to i64
  %245 = add i64 %241, %244
  %246 = or i64 %202, 7
  %247 = mul i64 %245, 7
  %248 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 %246
  %249 = load i8, ptr %248, align 1, !tbaa !4
  %250 = zext i8 %249 to i64
  %251 = add i64 %247, %250
  %252 = add nuw nsw i64 %202, 8
  %253 = add i64 %204, 8
  %254 = icmp eq i64 %253, %181
  br i1 %254, label %182, label %201, !llvm.loop !18

255:                                              ; preds = %35, %34, %199
  %256 = phi i32 [ %74, %199 ], [ 1, %34 ], [ 1, %35 ]
  %257 = phi i64 [ %200, %199 ], [ %27, %34 ], [ %27, %35 ]
  %258 = add nsw i32 %256, %28
  %259 = icmp slt i32 %258, %13
  br i1 %259, label %26, label %23, !llvm.loop !19

260:                                              ; preds = %440, %18, %15, %23
  %261 = phi i64 [ %257, %23 ], [ %17, %15 ], [ %21, %18 ], [ %257, %440 ]
  %262 = phi i1 [ false, %23 ], [ false, %15 ], [ false, %18 ], [ %22, %440 ]
  %263 = phi i32 [ 0, %23 ], [ 0, %15 ], [ 0, %18 ], [ %441, %440 ]
  %264 = phi i32 [ 0, %23 ], [ 0, %15 ], [ 0, %18 ], [ %442, %440 ]
  %265 = mul i64 %261, 131
  %266 = sext i32 %263 to i64
  %267 = mul nsw i64 %266, 17
  %268 = add i64 %267, %265
  %269 = sext i32 %264 to i64
  %270 = add i64 %268, %269
  %271 = mul i64 %270, 131
  %272 = load i8, ptr %2, align 16, !tbaa !4
  %273 = icmp eq i8 %272, 0
  br i1 %273, label %334, label %274

274:                                              ; preds = %260, %302
  %275 = phi i8 [ %304, %302 ], [ %272, %260 ]
  %276 = phi i64 [ %278, %302 ], [ 0, %260 ]
  %277 = icmp eq i8 %275, 112
  %278 = add nuw i64 %276, 1
  br i1 %277, label %279, label %302

279:                                              ; preds = %274
  %280 = getelementptr inbounds i8, ptr %2, i64 %278
  %281 = load i8, ptr %280, align 1, !tbaa !4
  %282 = icmp eq i8 %281, 101
  br i1 %282, label %283, label %302

283:                                              ; preds = %279
  %284 = add nuw nsw i64 %276, 2
  %285 = getelementptr inbounds i8, ptr %2, i64 %284
  %286 = load i8, ptr %285, align 1, !tbaa !4
  %287 = icmp eq i8 %286, 97
  br i1 %287, label %288, label %302

288:                                              ; preds = %283
  %289 = add nuw nsw i64 %276, 3
  %290 = getelementptr inbounds i8, ptr %2, i64 %289
  %291 = load i8, ptr %290, align 1, !tbaa !4
  %292 = icmp eq i8 %291, 114
  br i1 %292, label %293, label %302

293:                                              ; preds = %288
  %294 = add nuw nsw i64 %276, 4
  %295 = getelementptr inbounds i8, ptr %2, i64 %294
  %296 = load i8, ptr %295, align 1, !tbaa !4
  %297 = icmp eq i8 %296, 115
  br i1 %297, label %298, label %302

298:                                              ; preds = %293
  %299 = shl i64 %276, 32
  %300 = ashr exact i64 %299, 32
  %301 = mul nsw i64 %300, 3
  br label %306

302:                                              ; preds = %274, %293, %288, %283, %279
  %303 = getelementptr inbounds i8, ptr %2, i64 %278
  %304 = load i8, ptr %303, align 1, !tbaa !4
  %305 = icmp eq i8 %304, 0
  br i1 %305, label %306, label %274, !llvm.loop !20

306:                                              ; preds = %302, %298
  %307 = phi i64 [ %301, %298 ], [ -3, %302 ]
  br label %308

308:                                              ; preds = %306, %330
  %309 = phi i8 [ %332, %330 ], [ %272, %306 ]
  %310 = phi i64 [ %312, %330 ], [ 0, %306 ]
  %311 = icmp eq i8 %309, 107
  %312 = add nuw i64 %310, 1
  br i1 %311, label %313, label %330

313:                                              ; preds = %308
  %314 = getelementptr inbounds i8, ptr %2, i64 %312
  %315 = load i8, ptr %314, align 1, !tbaa !4
  %316 = icmp eq i8 %315, 105
  br i1 %316, label %317, label %330

317:                                              ; preds = %313
  %318 = add nuw nsw i64 %310, 2
  %319 = getelementptr inbounds i8, ptr %2, i64 %318
  %320 = load i8, ptr %319, align 1, !tbaa !4
  %321 = icmp eq i8 %320, 119
  br i1 %321, label %322, label %330

322:                                              ; preds = %317
  %323 = add nuw nsw i64 %310, 3
  %324 = getelementptr inbounds i8, ptr %2, i64 %323
  %325 = load i8, ptr %324, align 1, !tbaa !4
  %326 = icmp eq i8 %325, 105
  br i1 %326, label %327, label %330

327:                                              ; preds = %322
  %328 = shl i64 %310, 32
  %329 = ashr exact i64 %328, 32
  br label %334

330:                                              ; preds = %308, %322, %317, %313
  %331 = getelementptr inbounds i8, ptr %2, i64 %312
  %332 = load i8, ptr %331, align 1, !tbaa !4
  %333 = icmp eq i8 %332, 0
  br i1 %333, label %334, label %308, !llvm.loop !20

334:                                              ; preds = %330, %260, %327
  %335 = phi i64 [ %307, %327 ], [ -3, %260 ], [ %307, %330 ]
  %336 = phi i64 [ %329, %327 ], [ -1, %260 ], [ -1, %330 ]
  %337 = add i64 %335, %271
  %338 = add i64 %337, %336
  %339 = icmp sgt i32 %13, 1
  %340 = and i64 %6, 4294967295
  %341 = add nsw i64 %340, -1
  %342 = shl i64 %6, 32
  %343 = ashr exact i64 %342, 32
  %344 = tail call i64 @llvm.smax.i64(i64 %343, i64 3)
  %345 = add nsw i64 %344, -1
  %346 = udiv i64 %345, 3
  %347 = add nuw nsw i64 %346, 1
  %348 = icmp ult i64 %345, 48
  %349 = icmp ult i64 %345, 96
  %350 = and i64 %347, 31
  %351 = icmp eq i64 %350, 0
  %352 = select i1 %351, i64 32, i64 %350
  %353 = sub nsw i64 %347, %352
  %354 = mul i64 %353, 3
  %355 = icmp ult i64 %352, 17
  %356 = and i64 %347, 15
  %357 = icmp eq i64 %356, 0
  %358 = select i1 %357, i64 16, i64 %356
  %359 = sub nsw i64 %347, %358
  %360 = mul i64 %359, 3
  %361 = and i64 %6, 7
  %362 = icmp ult i64 %341, 7
  %363 = sub nsw i64 %340, %361
  %364 = icmp eq i64 %361, 0
  br label %446

365:                                              ; preds = %24, %440
  %366 = phi i32 [ %443, %440 ], [ 0, %24 ]
  %367 = phi i32 [ %442, %440 ], [ 0, %24 ]
  %368 = phi i32 [ %441, %440 ], [ 0, %24 ]
  %369 = sext i32 %366 to i64
  %370 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %369
  %371 = load i8, ptr %370, align 1, !tbaa !4
  %372 = and i8 %371, -33
  %373 = add i8 %372, -91
  %374 = icmp ult i8 %373, -26
  br i1 %374, label %438, label %375

375:                                              ; preds = %365
  %376 = icmp slt i32 %366, %13
  br i1 %376, label %377, label %389

377:                                              ; preds = %375, %384
  %378 = phi i64 [ %385, %384 ], [ %369, %375 ]
  %379 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %378
  %380 = load i8, ptr %379, align 1, !tbaa !4
  %381 = and i8 %380, -33
  %382 = add i8 %381, -91
  %383 = icmp ult i8 %382, -26
  br i1 %383, label %387, label %384

384:                                              ; preds = %377
  %385 = add nsw i64 %378, 1
  %386 = icmp eq i64 %385, %25
  br i1 %386, label %389, label %377, !llvm.loop !21

387:                                              ; preds = %377
  %388 = trunc i64 %378 to i32
  br label %389

389:                                              ; preds = %384, %387, %375
  %390 = phi i32 [ %366, %375 ], [ %388, %387 ], [ %5, %384 ]
  %391 = add nsw i32 %368, 1
  %392 = sub nsw i32 %390, %366
  %393 = icmp sgt i32 %392, 2
  br i1 %393, label %394, label %440

394:                                              ; preds = %389
  %395 = lshr i32 %392, 1
  %396 = zext i32 %395 to i64
  %397 = add i8 %371, -65
  %398 = icmp ult i8 %397, 26
  %399 = add i8 %371, 32
  %400 = select i1 %398, i8 %399, i8 %371
  %401 = add nsw i32 %392, -1
  %402 = zext i32 %401 to i64
  %403 = getelementptr inbounds i8, ptr %370, i64 %402
  %404 = load i8, ptr %403, align 1, !tbaa !4
  %405 = add i8 %404, -65
  %406 = icmp ult i8 %405, 26
  %407 = add i8 %404, 32
  %408 = select i1 %406, i8 %407, i8 %404
  %409 = icmp eq i8 %400, %408
  br i1 %409, label %410, label %434

410:                                              ; preds = %394, %414
  %411 = phi i64 [ %412, %414 ], [ 0, %394 ]
  %412 = add nuw nsw i64 %411, 1
  %413 = icmp eq i64 %412, %396
  br i1 %413, label %432, label %414, !llvm.loop !22

414:                                              ; preds = %410
  %415 = getelementptr inbounds i8, ptr %370, i64 %412
  %416 = load i8, ptr %415, align 1, !tbaa !4
  %417 = add i8 %416, -65
  %418 = icmp ult i8 %417, 26
  %419 = add i8 %416, 32
  %420 = select i1 %418, i8 %419, i8 %416
  %421 = trunc i64 %412 to i32
  %422 = xor i32 %421, -1
  %423 = add i32 %392, %422
  %424 = sext i32 %423 to i64
  %425 = getelementptr inbounds i8, ptr %370, i64 %424
  %426 = load i8, ptr %425, align 1, !tbaa !4
  %427 = add i8 %426, -65
  %428 = icmp ult i8 %427, 26
  %429 = add i8 %426, 32
  %430 = select i1 %428, i8 %429, i8 %426
  %431 = icmp eq i8 %420, %430
  br i1 %431, label %410, label %432, !llvm.loop !22

432:                                              ; preds = %410, %414
  %433 = icmp uge i64 %412, %396
  br label %434

434:                                              ; preds = %432, %394
  %435 = phi i1 [ false, %394 ], [ %433, %432 ]
  %436 = zext i1 %435 to i32
  %437 = add nsw i32 %367, %436
  br label %440

438:                                              ; preds = %365
  %439 = add nsw i32 %366, 1
  br label %440

440:                                              ; preds = %434, %389, %438
  %441 = phi i32 [ %368, %438 ], [ %391, %434 ], [ %391, %389 ]
  %442 = phi i32 [ %367, %438 ], [ %437, %434 ], [ %367, %389 ]
  %443 = phi i32 [ %439, %438 ], [ %390, %434 ], [ %390, %389 ]
  %444 = icmp slt i32 %443, %13
  br i1 %444, label %365, label %260, !llvm.loop !23

445:                                              ; preds = %662
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #4
  ret i64 %663

446:                                              ; preds = %334, %662
  %447 = phi i32 [ 0, %334 ], [ %664, %662 ]
  %448 = phi i64 [ %338, %334 ], [ %663, %662 ]
  br i1 %339, label %449, label %459

449:                                              ; preds = %446, %449
  %450 = phi i64 [ %456, %449 ], [ 0, %446 ]
  %451 = phi i64 [ %457, %449 ], [ %341, %446 ]
  %452 = getelementptr inbounds i8, ptr %2, i64 %450
  %453 = load i8, ptr %452, align 1, !tbaa !4
  %454 = getelementptr inbounds i8, ptr %2, i64 %451
  %455 = load i8, ptr %454, align 1, !tbaa !4
  store i8 %455, ptr %452, align 1, !tbaa !4
  store i8 %453, ptr %454, align 1, !tbaa !4
  %456 = add nuw nsw i64 %450, 1
  %457 = add nsw i64 %451, -1
  %458 = icmp slt i64 %456, %457
  br i1 %458, label %449, label %459, !llvm.loop !24

459:                                              ; preds = %449, %446
  br i1 %262, label %460, label %662

460:                                              ; preds = %459
  br i1 %348, label %570, label %461

461:                                              ; preds = %460
  br i1 %349, label %572, label %462

462:                                              ; preds = %461, %462
  %463 = phi i64 [ %567, %462 ], [ 0, %461 ]
  %464 = mul i64 %463, 3
  %465 = or i64 %464, 3
  %466 = or i64 %464, 6
  %467 = or i64 %464, 9
  %468 = or i64 %464, 12
  %469 = or i64 %464, 15
  %470 = or i64 %464, 18
  %471 = or i64 %464, 21
  %472 = or i64 %464, 24
  %473 = or i64 %464, 27
  %474 = or i64 %464, 30
  %475 = add i64 %464, 33
  %476 = add i64 %464, 36
  %477 = add i64 %464, 39
  %478 = add i64 %464, 42
  %479 = add i64 %464, 45
  %480 = add i64 %464, 48
  %481 = add i64 %464, 51
  %482 = add i64 %464, 54
  %483 = add i64 %464, 57
  %484 = add i64 %464, 60
  %485 = add i64 %464, 63
  %486 = add i64 %464, 66
  %487 = add i64 %464, 69
  %488 = add i64 %464, 72
  %489 = add i64 %464, 75
  %490 = add i64 %464, 78
  %491 = add i64 %464, 81
  %492 = add i64 %464, 84
  %493 = add i64 %464, 87
  %494 = add i64 %464, 90
  %495 = add i64 %464, 93
  %496 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %464
  %497 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %465
  %498 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %466
  %499 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %467
  %500 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %468
  %501 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %469
  %502 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %470
  %503 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %471
  %504 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %472
  %505 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %473
  %506 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %474
  %507 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %475
  %508 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %476
  %509 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %477
  %510 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %478
  %511 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %479
  %512 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %480
  %513 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %481
  %514 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %482
  %515 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %483
  %516 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %484
  %517 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %485
  %518 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %486
  %519 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %487
  %520 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %488
  %521 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %489
  %522 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %490
  %523 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %491
  %524 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %492
  %525 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %493
  %526 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %494
  %527 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %495
  %528 = load <96 x i8>, ptr %496, align 16, !tbaa !4
  %529 = shufflevector <96 x i8> %528, <96 x i8> poison, <32 x i32> <i32 0, i32 3, i32 6, i32 9, i32 12, i32 15, i32 18, i32 21, i32 24, i32 27, i32 30, i32 33, i32 36, i32 39, i32 42, i32 45, i32 48, i32 51, i32 54, i32 57, i32 60, i32 63, i32 66, i32 69, i32 72, i32 75, i32 78, i32 81, i32 84, i32 87, i32 90, i32 93>
  %530 = and <32 x i8> %529, <i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33>
  %531 = add <32 x i8> %530, <i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91>
  %532 = icmp ult <32 x i8> %531, <i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26>
  %533 = xor <32 x i8> %529, <i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32>
  %534 = select <32 x i1> %532, <32 x i8> %529, <32 x i8> %533
  %535 = extractelement <32 x i8> %534, i64 0
  store i8 %535, ptr %496, align 16, !tbaa !4
  %536 = extractelement <32 x i8> %534, i64 1
  store i8 %536, ptr %497, align 1, !tbaa !4
  %537 = extractelement <32 x i8> %534, i64 2
  store i8 %537, ptr %498, align 2, !tbaa !4
  %538 = extractelement <32 x i8> %534, i64 3
  store i8 %538, ptr %499, align 1, !tbaa !4
  %539 = extractelement <32 x i8> %534, i64 4
  store i8 %539, ptr %500, align 4, !tbaa !4
  %540 = extractelement <32 x i8> %534, i64 5
  store i8 %540, ptr %501, align 1, !tbaa !4
  %541 = extractelement <32 x i8> %534, i64 6
  store i8 %541, ptr %502, align 2, !tbaa !4
  %542 = extractelement <32 x i8> %534, i64 7
  store i8 %542, ptr %503, align 1, !tbaa !4
  %543 = extractelement <32 x i8> %534, i64 8
  store i8 %543, ptr %504, align 8, !tbaa !4
  %544 = extractelement <32 x i8> %534, i64 9
  store i8 %544, ptr %505, align 1, !tbaa !4
  %545 = extractelement <32 x i8> %534, i64 10
  store i8 %545, ptr %506, align 2, !tbaa !4
  %546 = extractelement <32 x i8> %534, i64 11
  store i8 %546, ptr %507, align 1, !tbaa !4
  %547 = extractelement <32 x i8> %534, i64 12
  store i8 %547, ptr %508, align 4, !tbaa !4
  %548 = extractelement <32 x i8> %534, i64 13
  store i8 %548, ptr %509, align 1, !tbaa !4
  %549 = extractelement <32 x i8> %534, i64 14
  store i8 %549, ptr %510, align 2, !tbaa !4
  %550 = extractelement <32 x i8> %534, i64 15
  store i8 %550, ptr %511, align 1, !tbaa !4
  %551 = extractelement <32 x i8> %534, i64 16
  store i8 %551, ptr %512, align 16, !tbaa !4
  %552 = extractelement <32 x i8> %534, i64 17
  store i8 %552, ptr %513, align 1, !tbaa !4
  %553 = extractelement <32 x i8> %534, i64 18
  store i8 %553, ptr %514, align 2, !tbaa !4
  %554 = extractelement <32 x i8> %534, i64 19
  store i8 %554, ptr %515, align 1, !tbaa !4
  %555 = extractelement <32 x i8> %534, i64 20
  store i8 %555, ptr %516, align 4, !tbaa !4
  %556 = extractelement <32 x i8> %534, i64 21
  store i8 %556, ptr %517, align 1, !tbaa !4
  %557 = extractelement <32 x i8> %534, i64 22
  store i8 %557, ptr %518, align 2, !tbaa !4
  %558 = extractelement <32 x i8> %534, i64 23
  store i8 %558, ptr %519, align 1, !tbaa !4
  %559 = extractelement <32 x i8> %534, i64 24
  store i8 %559, ptr %520, align 8, !tbaa !4
  %560 = extractelement <32 x i8> %534, i64 25
  store i8 %560, ptr %521, align 1, !tbaa !4
  %561 = extractelement <32 x i8> %534, i64 26
  store i8 %561, ptr %522, align 2, !tbaa !4
  %562 = extractelement <32 x i8> %534, i64 27
  store i8 %562, ptr %523, align 1, !tbaa !4
  %563 = extractelement <32 x i8> %534, i64 28
  store i8 %563, ptr %524, align 4, !tbaa !4
  %564 = extractelement <32 x i8> %534, i64 29
  store i8 %564, ptr %525, align 1, !tbaa !4
  %565 = extractelement <32 x i8> %534, i64 30
  store i8 %565, ptr %526, align 2, !tbaa !4
  %566 = extractelement <32 x i8> %534, i64 31
  store i8 %566, ptr %527, align 1, !tbaa !4
  %567 = add nuw i64 %463, 32
  %568 = icmp eq i64 %567, %353
  br i1 %568, label %569, label %462, !llvm.loop !25

569:                                              ; preds = %462
  br i1 %355, label %570, label %572

570:                                              ; preds = %574, %460, %569
  %571 = phi i64 [ 0, %460 ], [ %354, %569 ], [ %360, %574 ]
  br label %635

572:                                              ; preds = %461, %569
  %573 = phi i64 [ %353, %569 ], [ 0, %461 ]
  br label %574

574:                                              ; preds = %574, %572
  %575 = phi i64 [ %573, %572 ], [ %631, %574 ]
  %576 = mul i64 %575, 3
  %577 = add i64 %576, 3
  %578 = add i64 %576, 6
  %579 = add i64 %576, 9
  %580 = add i64 %576, 12
  %581 = add i64 %576, 15
  %582 = add i64 %576, 18
  %583 = add i64 %576, 21
  %584 = add i64 %576, 24
  %585 = add i64 %576, 27
  %586 = add i64 %576, 30
  %587 = add i64 %576, 33
  %588 = add i64 %576, 36
  %589 = add i64 %576, 39
  %590 = add i64 %576, 42
  %591 = add i64 %576, 45
  %592 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %576
  %593 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %577
  %594 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %578
  %595 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %579
  %596 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %580
  %597 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %581
  %598 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %582
  %599 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %583
  %600 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %584
  %601 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %585
  %602 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %586
  %603 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %587
  %604 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %588
  %605 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %589
  %606 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %590
  %607 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %591
  %608 = load <48 x i8>, ptr %592, align 1, !tbaa !4
  %609 = shufflevector <48 x i8> %608, <48 x i8> poison, <16 x i32> <i32 0, i32 3, i32 6, i32 9, i32 12, i32 15, i32 18, i32 21, i32 24, i32 27, i32 30, i32 33, i32 36, i32 39, i32 42, i32 45>
  %610 = and <16 x i8> %609, <i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33, i8 -33>
  %611 = add <16 x i8> %610, <i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91, i8 -91>
  %612 = icmp ult <16 x i8> %611, <i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26, i8 -26>
  %613 = xor <16 x i8> %609, <i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32>
  %614 = select <16 x i1> %612, <16 x i8> %609, <16 x i8> %613
  %615 = extractelement <16 x i8> %614, i64 0
  store i8 %615, ptr %592, align 1, !tbaa !4
  %616 = extractelement <16 x i8> %614, i64 1
  store i8 %616, ptr %593, align 1, !tbaa !4
  %617 = extractelement <16 x i8> %614, i64 2
  store i8 %617, ptr %594, align 1, !tbaa !4
  %618 = extractelement <16 x i8> %614, i64 3
  store i8 %618, ptr %595, align 1, !tbaa !4
  %619 = extractelement <16 x i8> %614, i64 4
  store i8 %619, ptr %596, align 1, !tbaa !4
  %620 = extractelement <16 x i8> %614, i64 5
  store i8 %620, ptr %597, align 1, !tbaa !4
  %621 = extractelement <16 x i8> %614, i64 6
  store i8 %621, ptr %598, align 1, !tbaa !4
  %622 = extractelement <16 x i8> %614, i64 7
  store i8 %622, ptr %599, align 1, !tbaa !4
  %623 = extractelement <16 x i8> %614, i64 8
  store i8 %623, ptr %600, align 1, !tbaa !4
  %624 = extractelement <16 x i8> %614, i64 9
  store i8 %624, ptr %601, align 1, !tbaa !4
  %625 = extractelement <16 x i8> %614, i64 10
  store i8 %625, ptr %602, align 1, !tbaa !4
  %626 = extractelement <16 x i8> %614, i64 11
  store i8 %626, ptr %603, align 1, !tbaa !4
  %627 = extractelement <16 x i8> %614, i64 12
  store i8 %627, ptr %604, align 1, !tbaa !4
  %628 = extractelement <16 x i8> %614, i64 13
  store i8 %628, ptr %605, align 1, !tbaa !4
  %629 = extractelement <16 x i8> %614, i64 14
  store i8 %629, ptr %606, align 1, !tbaa !4
  %630 = extractelement <16 x i8> %614, i64 15
  store i8 %630, ptr %607, align 1, !tbaa !4
  %631 = add nuw i64 %575, 16
  %632 = icmp eq i64 %631, %359
  br i1 %632, label %570, label %574, !llvm.loop !26

633:                                              ; preds = %635
  br i1 %262, label %634, label %662

634:                                              ; preds = %633
  br i1 %362, label %646, label %666

635:                                              ; preds = %570, %635
  %636 = phi i64 [ %644, %635 ], [ %571, %570 ]
  %637 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %636
  %638 = load i8, ptr %637, align 1, !tbaa !4
  %639 = and i8 %638, -33
  %640 = add i8 %639, -91
  %641 = icmp ult i8 %640, -26
  %642 = xor i8 %638, 32
  %643 = select i1 %641, i8 %638, i8 %642
  store i8 %643, ptr %637, align 1, !tbaa !4
  %644 = add nuw nsw i64 %636, 3
  %645 = icmp slt i64 %644, %343
  br i1 %645, label %635, label %633, !llvm.loop !27

646:                                              ; preds = %666, %634
  %647 = phi i64 [ undef, %634 ], [ %716, %666 ]
  %648 = phi i64 [ 0, %634 ], [ %717, %666 ]
  %649 = phi i64 [ %448, %634 ], [ %716, %666 ]
  br i1 %364, label %662, label %650

650:                                              ; preds = %646, %650
  %651 = phi i64 [ %659, %650 ], [ %648, %646 ]
  %652 = phi i64 [ %658, %650 ], [ %649, %646 ]
  %653 = phi i64 [ %660, %650 ], [ 0, %646 ]
  %654 = mul i64 %652, 33
  %655 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %651
  %656 = load i8, ptr %655, align 1, !tbaa !4
  %657 = zext i8 %656 to i64
  %658 = add i64 %654, %657
  %659 = add nuw nsw i64 %651, 1
  %660 = add i64 %653, 1
  %661 = icmp eq i64 %660, %361
  br i1 %661, label %662, label %650, !llvm.loop !28

662:                                              ; preds = %646, %650, %459, %633
  %663 = phi i64 [ %448, %633 ], [ %448, %459 ], [ %647, %646 ], [ %658, %650 ]
  %664 = add nuw nsw i32 %447, 1
  %665 = icmp eq i32 %664, 50
  br i1 %665, label %445, label %446, !llvm.loop !29

666:                                              ; preds = %634, %666
  %667 = phi i64 [ %717, %666 ], [ 0, %634 ]
  %668 = phi i64 [ %716, %666 ], [ %448, %634 ]
  %669 = phi i64 [ %718, %666 ], [ 0, %634 ]
  %670 = mul i64 %668, 33
  %671 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %667
  %672 = load i8, ptr %671, align 8, !tbaa !4
  %673 = zext i8 %672 to i64
  %674 = add i64 %670, %673
  %675 = or i64 %667, 1
  %676 = mul i64 %674, 33
  %677 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %675
  %678 = load i8, ptr %677, align 1, !tbaa !4
  %679 = zext i8 %678 to i64
  %680 = add i64 %676, %679
  %681 = or i64 %667, 2
  %682 = mul i64 %680, 33
  %683 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %681
  %684 = load i8, ptr %683, align 2, !tbaa !4
  %685 = zext i8 %684 to i64
  %686 = add i64 %682, %685
  %687 = or i64 %667, 3
  %688 = mul i64 %686, 33
  %689 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %687
  %690 = load i8, ptr %689, align 1, !tbaa !4
  %691 = zext i8 %690 to i64
  %692 = add i64 %688, %691
  %693 = or i64 %667, 4
  %694 = mul i64 %692, 33
  %695 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %693
  %696 = load i8, ptr %695, align 4, !tbaa !4
  %697 = zext i8 %696 to i64
  %698 = add i64 %694, %697
  %699 = or i64 %667, 5
  %700 = mul i64 %698, 33
  %701 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %699
  %702 = load i8, ptr %701, align 1, !tbaa !4
  %703 = zext i8 %702 to i64
  %704 = add i64 %700, %703
  %705 = or i64 %667, 6
  %706 = mul i64 %704, 33
  %707 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %705
  %708 = load i8, ptr %707, align 2, !tbaa !4
  %709 = zext i8 %708 to i64
  %710 = add i64 %706, %709
  %711 = or i64 %667, 7
  %712 = mul i64 %710, 33
  %713 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 %711
  %714 = load i8, ptr %713, align 1, !tbaa !4
  %715 = zext i8 %714 to i64
  %716 = add i64 %712, %715
  %717 = add nuw nsw i64 %667, 8
  %718 = add i64 %669, 8
  %719 = icmp eq i64 %718, %363
  br i1 %719, label %646, label %666, !llvm.loop !30
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !8}
!11 = distinct !{!11, !8, !12, !13}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = distinct !{!14, !8, !12, !13}
!15 = distinct !{!15, !8, !13, !12}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = distinct !{!18, !8}
!19 = distinct !{!19, !8}
!20 = distinct !{!20, !8}
!21 = distinct !{!21, !8}
!22 = distinct !{!22, !8}
!23 = distinct !{!23, !8}
!24 = distinct !{!24, !8}
!25 = distinct !{!25, !8, !12, !13}
!26 = distinct !{!26, !8, !12, !13}
!27 = distinct !{!27, !8, !13, !12}
!28 = distinct !{!28, !17}
!29 = distinct !{!29, !8}
!30 = distinct !{!30, !8}
