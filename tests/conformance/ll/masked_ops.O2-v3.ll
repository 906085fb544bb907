; ModuleID = 'masked_ops.c'
source_filename = "masked_ops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 9, align 4
@src = internal unnamed_addr global [1000 x i32] zeroinitializer, align 16
@dst = internal unnamed_addr global [1000 x i32] zeroinitializer, align 16
@idx = internal unnamed_addr global [1000 x i32] zeroinitializer, align 16
@fsrc = internal unnamed_addr global [1000 x double] zeroinitializer, align 16
@fdst = internal unnamed_addr global [1000 x double] zeroinitializer, align 16
@lsrc = internal unnamed_addr global [1000 x i64] zeroinitializer, align 16
@ldst = internal unnamed_addr global [1000 x i64] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_seed, align 4, !tbaa !4
  br label %32

2:                                                ; preds = %78
  store i32 %79, ptr getelementptr inbounds ([1000 x i32], ptr @dst, i64 0, i64 992), align 16, !tbaa !4
  br label %3

3:                                                ; preds = %2, %78
  %4 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 993), align 4, !tbaa !4
  %5 = icmp slt i32 %4, 0
  br i1 %5, label %6, label %7

6:                                                ; preds = %3
  store i32 %4, ptr getelementptr inbounds ([1000 x i32], ptr @dst, i64 0, i64 993), align 4, !tbaa !4
  br label %7

7:                                                ; preds = %6, %3
  %8 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 994), align 8, !tbaa !4
  %9 = icmp slt i32 %8, 0
  br i1 %9, label %10, label %11

10:                                               ; preds = %7
  store i32 %8, ptr getelementptr inbounds ([1000 x i32], ptr @dst, i64 0, i64 994), align 8, !tbaa !4
  br label %11

11:                                               ; preds = %10, %7
  %12 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 995), align 4, !tbaa !4
  %13 = icmp slt i32 %12, 0
  br i1 %13, label %14, label %15

14:                                               ; preds = %11
  store i32 %12, ptr getelementptr inbounds ([1000 x i32], ptr @dst, i64 0, i64 995), align 4, !tbaa !4
  br label %15

15:                                               ; preds = %14, %11
  %16 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 996), align 16, !tbaa !4
  %17 = icmp slt i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %15
  store i32 %16, ptr getelementptr inbounds ([1000 x i32], ptr @dst, i64 0, i64 996), align 16, !tbaa !4
  br label %19

19:                                               ; preds = %18, %15
  %20 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 997), align 4, !tbaa !4
  %21 = icmp slt i32 %20, 0
  br i1 %21, label %22, label %23

22:                                               ; preds = %19
  store i32 %20, ptr getelementptr inbounds ([1000 x i32], ptr @dst, i64 0, i64 997), align 4, !tbaa !4
  br label %23

23:                                               ; preds = %22, %19
  %24 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 998), align 8, !tbaa !4
  %25 = icmp slt i32 %24, 0
  br i1 %25, label %26, label %27

26:                                               ; preds = %23
  store i32 %24, ptr getelementptr inbounds ([1000 x i32], ptr @dst, i64 0, i64 998), align 8, !tbaa !4
  br label %27

27:                                               ; preds = %26, %23
  %28 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 999), align 4, !tbaa !4
  %29 = icmp slt i32 %28, 0
  br i1 %29, label %30, label %31

30:                                               ; preds = %27
  store i32 %28, ptr getelementptr inbounds ([1000 x i32], ptr @dst, i64 0, i64 999), align 4, !tbaa !4
  br label %31

31:                                               ; preds = %30, %27
  br label %384

32:                                               ; preds = %32, %0
  %33 = phi i64 [ 0, %0 ], [ %56, %32 ]
  %34 = phi i32 [ %1, %0 ], [ %47, %32 ]
  %35 = mul i32 %34, 1664525
  %36 = add i32 %35, 1013904223
  %37 = lshr i32 %36, 12
  %38 = add nsw i32 %37, -524288
  %39 = getelementptr inbounds [1000 x i32], ptr @src, i64 0, i64 %33
  store i32 %38, ptr %39, align 8, !tbaa !4
  %40 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %33
  %41 = trunc i64 %33 to i32
  store i32 %41, ptr %40, align 8, !tbaa !4
  %42 = lshr i32 %36, 3
  %43 = urem i32 %42, 1000
  %44 = getelementptr inbounds [1000 x i32], ptr @idx, i64 0, i64 %33
  store i32 %43, ptr %44, align 8, !tbaa !4
  %45 = or i64 %33, 1
  %46 = mul i32 %36, 1664525
  %47 = add i32 %46, 1013904223
  %48 = lshr i32 %47, 12
  %49 = add nsw i32 %48, -524288
  %50 = getelementptr inbounds [1000 x i32], ptr @src, i64 0, i64 %45
  store i32 %49, ptr %50, align 4, !tbaa !4
  %51 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %45
  %52 = trunc i64 %45 to i32
  store i32 %52, ptr %51, align 4, !tbaa !4
  %53 = lshr i32 %47, 3
  %54 = urem i32 %53, 1000
  %55 = getelementptr inbounds [1000 x i32], ptr @idx, i64 0, i64 %45
  store i32 %54, ptr %55, align 4, !tbaa !4
  %56 = add nuw nsw i64 %33, 2
  %57 = icmp eq i64 %56, 1000
  br i1 %57, label %58, label %32, !llvm.loop !8

58:                                               ; preds = %32, %58
  %59 = phi i64 [ %76, %58 ], [ 0, %32 ]
  %60 = getelementptr inbounds i32, ptr @src, i64 %59
  %61 = load <8 x i32>, ptr %60, align 16, !tbaa !4
  %62 = getelementptr inbounds i32, ptr %60, i64 8
  %63 = load <8 x i32>, ptr %62, align 16, !tbaa !4
  %64 = getelementptr inbounds i32, ptr %60, i64 16
  %65 = load <8 x i32>, ptr %64, align 16, !tbaa !4
  %66 = getelementptr inbounds i32, ptr %60, i64 24
  %67 = load <8 x i32>, ptr %66, align 16, !tbaa !4
  %68 = icmp slt <8 x i32> %61, zeroinitializer
  %69 = icmp slt <8 x i32> %63, zeroinitializer
  %70 = icmp slt <8 x i32> %65, zeroinitializer
  %71 = icmp slt <8 x i32> %67, zeroinitializer
  %72 = getelementptr i32, ptr @dst, i64 %59
  tail call void @llvm.masked.store.v8i32.p0(<8 x i32> %61, ptr %72, i32 4, <8 x i1> %68), !tbaa !4
  %73 = getelementptr i32, ptr %72, i64 8
  tail call void @llvm.masked.store.v8i32.p0(<8 x i32> %63, ptr %73, i32 4, <8 x i1> %69), !tbaa !4
  %74 = getelementptr i32, ptr %72, i64 16
  tail call void @llvm.masked.store.v8i32.p0(<8 x i32> %65, ptr %74, i32 4, <8 x i1> %70), !tbaa !4
  %75 = getelementptr i32, ptr %72, i64 24
  tail call void @llvm.masked.store.v8i32.p0(<8 x i32> %67, ptr %75, i32 4, <8 x i1> %71), !tbaa !4
  %76 = add nuw i64 %59, 32
  %77 = icmp eq i64 %76, 992
  br i1 %77, label %78, label %58, !llvm.loop !10

78:                                               ; preds = %58
  %79 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 992), align 16, !tbaa !4
  %80 = icmp slt i32 %79, 0
  br i1 %80, label %2, label %3

81:                                               ; preds = %384, %81
  %82 = phi i64 [ %123, %81 ], [ 0, %384 ]
  %83 = phi <4 x i64> [ %113, %81 ], [ zeroinitializer, %384 ]
  %84 = phi <4 x i64> [ %116, %81 ], [ zeroinitializer, %384 ]
  %85 = phi <4 x i64> [ %119, %81 ], [ zeroinitializer, %384 ]
  %86 = phi <4 x i64> [ %122, %81 ], [ zeroinitializer, %384 ]
  %87 = getelementptr inbounds i32, ptr @idx, i64 %82
  %88 = load <4 x i32>, ptr %87, align 16, !tbaa !4
  %89 = getelementptr inbounds i32, ptr %87, i64 4
  %90 = load <4 x i32>, ptr %89, align 16, !tbaa !4
  %91 = getelementptr inbounds i32, ptr %87, i64 8
  %92 = load <4 x i32>, ptr %91, align 16, !tbaa !4
  %93 = getelementptr inbounds i32, ptr %87, i64 12
  %94 = load <4 x i32>, ptr %93, align 16, !tbaa !4
  %95 = and <4 x i32> %88, <i32 1, i32 1, i32 1, i32 1>
  %96 = and <4 x i32> %90, <i32 1, i32 1, i32 1, i32 1>
  %97 = and <4 x i32> %92, <i32 1, i32 1, i32 1, i32 1>
  %98 = and <4 x i32> %94, <i32 1, i32 1, i32 1, i32 1>
  %99 = icmp eq <4 x i32> %95, zeroinitializer
  %100 = icmp eq <4 x i32> %96, zeroinitializer
  %101 = icmp eq <4 x i32> %97, zeroinitializer
  %102 = icmp eq <4 x i32> %98, zeroinitializer
  %103 = getelementptr i32, ptr @src, i64 %82
  %104 = load <4 x i32>, ptr %103, align 16, !tbaa !4
  %105 = getelementptr i32, ptr %103, i64 4
  %106 = load <4 x i32>, ptr %105, align 16, !tbaa !4
  %107 = getelementptr i32, ptr %103, i64 8
  %108 = load <4 x i32>, ptr %107, align 16, !tbaa !4
  %109 = getelementptr i32, ptr %103, i64 12
  %110 = load <4 x i32>, ptr %109, align 16, !tbaa !4
  %111 = select <4 x i1> %99, <4 x i32> zeroinitializer, <4 x i32> %104
  %112 = sext <4 x i32> %111 to <4 x i64>
  %113 = add <4 x i64> %83, %112
  %114 = select <4 x i1> %100, <4 x i32> zeroinitializer, <4 x i32> %106
  %115 = sext <4 x i32> %114 to <4 x i64>
  %116 = add <4 x i64> %84, %115
  %117 = select <4 x i1> %101, <4 x i32> zeroinitializer, <4 x i32> %108
  %118 = sext <4 x i32> %117 to <4 x i64>
  %119 = add <4 x i64> %85, %118
  %120 = select <4 x i1> %102, <4 x i32> zeroinitializer, <4 x i32> %110
  %121 = sext <4 x i32> %120 to <4 x i64>
  %122 = add <4 x i64> %86, %121
  %123 = add nuw i64 %82, 16
  %124 = icmp eq i64 %123, 992
  br i1 %124, label %125, label %81, !llvm.loop !13

125:                                              ; preds = %81
  %126 = add <4 x i64> %116, %113
  %127 = add <4 x i64> %119, %126
  %128 = add <4 x i64> %122, %127
  %129 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %128)
  %130 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 992), align 16, !tbaa !4
  %131 = and i32 %130, 1
  %132 = icmp eq i32 %131, 0
  %133 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 992), align 16
  %134 = sext i32 %133 to i64
  %135 = add nsw i64 %129, %134
  %136 = select i1 %132, i64 %129, i64 %135
  %137 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 993), align 4, !tbaa !4
  %138 = and i32 %137, 1
  %139 = icmp eq i32 %138, 0
  %140 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 993), align 4
  %141 = sext i32 %140 to i64
  %142 = add nsw i64 %136, %141
  %143 = select i1 %139, i64 %136, i64 %142
  %144 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 994), align 8, !tbaa !4
  %145 = and i32 %144, 1
  %146 = icmp eq i32 %145, 0
  %147 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 994), align 8
  %148 = sext i32 %147 to i64
  %149 = add nsw i64 %143, %148
  %150 = select i1 %146, i64 %143, i64 %149
  %151 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 995), align 4, !tbaa !4
  %152 = and i32 %151, 1
  %153 = icmp eq i32 %152, 0
  %154 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 995), align 4
  %155 = sext i32 %154 to i64
  %156 = add nsw i64 %150, %155
  %157 = select i1 %153, i64 %150, i64 %156
  %158 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 996), align 16, !tbaa !4
  %159 = and i32 %158, 1
  %160 = icmp eq i32 %159, 0
  %161 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 996), align 16
  %162 = sext i32 %161 to i64
  %163 = add nsw i64 %157, %162
  %164 = select i1 %160, i64 %157, i64 %163
  %165 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 997), align 4, !tbaa !4
  %166 = and i32 %165, 1
  %167 = icmp eq i32 %166, 0
  %168 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 997), align 4
  %169 = sext i32 %168 to i64
  %170 = add nsw i64 %164, %169
  %171 = select i1 %167, i64 %164, i64 %170
  %172 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 998), align 8, !tbaa !4
  %173 = and i32 %172, 1
  %174 = icmp eq i32 %173, 0
  %175 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 998), align 8
  %176 = sext i32 %175 to i64
  %177 = add nsw i64 %171, %176
  %178 = select i1 %174, i64 %171, i64 %177
  %179 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 999), align 4, !tbaa !4
  %180 = and i32 %179, 1
  %181 = icmp eq i32 %180, 0
  %182 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @src, i64 0, i64 999), align 4
  %183 = sext i32 %182 to i64
  %184 = add nsw i64 %178, %183
  %185 = select i1 %181, i64 %178, i64 %184
  br label %186

186:                                              ; preds = %125, %186
  %187 = phi i64 [ %311, %186 ], [ 0, %125 ]
  %188 = phi <4 x i64> [ %307, %186 ], [ zeroinitializer, %125 ]
  %189 = phi <4 x i64> [ %308, %186 ], [ zeroinitializer, %125 ]
  %190 = phi <4 x i64> [ %309, %186 ], [ zeroinitializer, %125 ]
  %191 = phi <4 x i64> [ %310, %186 ], [ zeroinitializer, %125 ]
  %192 = or i64 %187, 1
  %193 = or i64 %187, 2
  %194 = or i64 %187, 3
  %195 = or i64 %187, 4
  %196 = or i64 %187, 5
  %197 = or i64 %187, 6
  %198 = or i64 %187, 7
  %199 = or i64 %187, 8
  %200 = or i64 %187, 9
  %201 = or i64 %187, 10
  %202 = or i64 %187, 11
  %203 = or i64 %187, 12
  %204 = or i64 %187, 13
  %205 = or i64 %187, 14
  %206 = or i64 %187, 15
  %207 = getelementptr inbounds i32, ptr @idx, i64 %187
  %208 = getelementptr inbounds i32, ptr @idx, i64 %192
  %209 = getelementptr inbounds i32, ptr @idx, i64 %193
  %210 = getelementptr inbounds i32, ptr @idx, i64 %194
  %211 = getelementptr inbounds i32, ptr @idx, i64 %195
  %212 = getelementptr inbounds i32, ptr @idx, i64 %196
  %213 = getelementptr inbounds i32, ptr @idx, i64 %197
  %214 = getelementptr inbounds i32, ptr @idx, i64 %198
  %215 = getelementptr inbounds i32, ptr @idx, i64 %199
  %216 = getelementptr inbounds i32, ptr @idx, i64 %200
  %217 = getelementptr inbounds i32, ptr @idx, i64 %201
  %218 = getelementptr inbounds i32, ptr @idx, i64 %202
  %219 = getelementptr inbounds i32, ptr @idx, i64 %203
  %220 = getelementptr inbounds i32, ptr @idx, i64 %204
  %221 = getelementptr inbounds i32, ptr @idx, i64 %205
  %222 = getelementptr inbounds i32, ptr @idx, i64 %206
  %223 = load i32, ptr %207, align 16, !tbaa !4
  %224 = load i32, ptr %208, align 4, !tbaa !4
  %225 = load i32, ptr %209, align 8, !tbaa !4
  %226 = load i32, ptr %210, align 4, !tbaa !4
  %227 = load i32, ptr %211, align 16, !tbaa !4
  %228 = load i32, ptr %212, align 4, !tbaa !4
  %229 = load i32, ptr %213, align 8, !tbaa !4
  %230 = load i32, ptr %214, align 4, !tbaa !4
  %231 = load i32, ptr %215, align 16, !tbaa !4
  %232 = load i32, ptr %216, align 4, !tbaa !4
  %233 = load i32, ptr %217, align 8, !tbaa !4
  %234 = load i32, ptr %218, align 4, !tbaa !4
  %235 = load i32, ptr %219, align 16, !tbaa !4
  %236 = load i32, ptr %220, align 4, !tbaa !4
  %237 = load i32, ptr %221, align 8, !tbaa !4
  %238 = load i32, ptr %222, align 4, !tbaa !4
  %239 = sext i32 %223 to i64
  %240 = sext i32 %224 to i64
  %241 = sext i32 %225 to i64
  %242 = sext i32 %226 to i64
  %243 = sext i32 %227 to i64
  %244 = sext i32 %228 to i64
  %245 = sext i32 %229 to i64
  %246 = sext i32 %230 to i64
  %247 = sext i32 %231 to i64
  %248 = sext i32 %232 to i64
  %249 = sext i32 %233 to i64
  %250 = sext i32 %234 to i64
  %251 = sext i32 %235 to i64
  %252 = sext i32 %236 to i64
  %253 = sext i32 %237 to i64
  %254 = sext i32 %238 to i64
  %255 = getelementptr inbounds i32, ptr @src, i64 %239
  %256 = getelementptr inbounds i32, ptr @src, i64 %240
  %257 = getelementptr inbounds i32, ptr @src, i64 %241
  %258 = getelementptr inbounds i32, ptr @src, i64 %242
  %259 = getelementptr inbounds i32, ptr @src, i64 %243
  %260 = getelementptr inbounds i32, ptr @src, i64 %244
  %261 = getelementptr inbounds i32, ptr @src, i64 %245
  %262 = getelementptr inbounds i32, ptr @src, i64 %246
  %263 = getelementptr inbounds i32, ptr @src, i64 %247
  %264 = getelementptr inbounds i32, ptr @src, i64 %248
  %265 = getelementptr inbounds i32, ptr @src, i64 %249
  %266 = getelementptr inbounds i32, ptr @src, i64 %250
  %267 = getelementptr inbounds i32, ptr @src, i64 %251
  %268 = getelementptr inbounds i32, ptr @src, i64 %252
  %269 = getelementptr inbounds i32, ptr @src, i64 %253
  %270 = getelementptr inbounds i32, ptr @src, i64 %254
  %271 = load i32, ptr %255, align 4, !tbaa !4
  %272 = load i32, ptr %256, align 4, !tbaa !4
  %273 = load i32, ptr %257, align 4, !tbaa !4
  %274 = load i32, ptr %258, align 4, !tbaa !4
  %275 = insertelement <4 x i32> poison, i32 %271, i64 0
  %276 = insertelement <4 x i32> %275, i32 %272, i64 1
  %277 = insertelement <4 x i32> %276, i32 %273, i64 2
  %278 = insertelement <4 x i32> %277, i32 %274, i64 3
  %279 = load i32, ptr %259, align 4, !tbaa !4
  %280 = load i32, ptr %260, align 4, !tbaa !4
  %281 = load i32, ptr %261, align 4, !tbaa !4
  %282 = load i32, ptr %262, align 4, !tbaa !4
  %283 = insertelement <4 x i32> poison, i32 %279, i64 0
  %284 = insertelement <4 x i32> %283, i32 %280, i64 1
  %285 = insertelement <4 x i32> %284, i32 %281, i64 2
  %286 = insertelement <4 x i32> %285, i32 %282, i64 3
  %287 = load i32, ptr %263, align 4, !tbaa !4
  %288 = load i32, ptr %264, align 4, !tbaa !4
  %289 = load i32, ptr %265, align 4, !tbaa !4
  %290 = load i32, ptr %266, align 4, !tbaa !4
  %291 = insertelement <4 x i32> poison, i32 %287, i64 0
  %292 = insertelement <4 x i32> %291, i32 %288, i64 1
  %293 = insertelement <4 x i32> %292, i32 %289, i64 2
  %294 = insertelement <4 x i32> %293, i32 %290, i64 3
  %295 = load i32, ptr %267, align 4, !tbaa !4
  %296 = load i32, ptr %268, align 4, !tbaa !4
  %297 = load i32, ptr %269, align 4, !tbaa !4
  %298 = load i32, ptr %270, align 4, !tbaa !4
  %299 = insertelement <4 x i32> poison, i32 %295, i64 0
  %300 = insertelement <4 x i32> %299, i32 %296, i64 1
  %301 = insertelement <4 x i32> %300, i32 %297, i64 2
  %302 = insertelement <4 x i32> %301, i32 %298, i64 3
  %303 = sext <4 x i32> %278 to <4 x i64>
  %304 = sext <4 x i32> %286 to <4 x i64>
  %305 = sext <4 x i32> %294 to <4 x i64>
  %306 = sext <4 x i32> %302 to <4 x i64>
  %307 = add <4 x i64> %188, %303
  %308 = add <4 x i64> %189, %304
  %309 = add <4 x i64> %190, %305
  %310 = add <4 x i64> %191, %306
  %311 = add nuw i64 %187, 16
  %312 = icmp eq i64 %311, 992
  br i1 %312, label %313, label %186, !llvm.loop !14

313:                                              ; preds = %186
  %314 = add <4 x i64> %308, %307
  %315 = add <4 x i64> %309, %314
  %316 = add <4 x i64> %310, %315
  %317 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %316)
  %318 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 992), align 16, !tbaa !4
  %319 = sext i32 %318 to i64
  %320 = getelementptr inbounds i32, ptr @src, i64 %319
  %321 = load i32, ptr %320, align 4, !tbaa !4
  %322 = sext i32 %321 to i64
  %323 = add nsw i64 %317, %322
  %324 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 993), align 4, !tbaa !4
  %325 = sext i32 %324 to i64
  %326 = getelementptr inbounds i32, ptr @src, i64 %325
  %327 = load i32, ptr %326, align 4, !tbaa !4
  %328 = sext i32 %327 to i64
  %329 = add nsw i64 %323, %328
  %330 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 994), align 8, !tbaa !4
  %331 = sext i32 %330 to i64
  %332 = getelementptr inbounds i32, ptr @src, i64 %331
  %333 = load i32, ptr %332, align 4, !tbaa !4
  %334 = sext i32 %333 to i64
  %335 = add nsw i64 %329, %334
  %336 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 995), align 4, !tbaa !4
  %337 = sext i32 %336 to i64
  %338 = getelementptr inbounds i32, ptr @src, i64 %337
  %339 = load i32, ptr %338, align 4, !tbaa !4
  %340 = sext i32 %339 to i64
  %341 = add nsw i64 %335, %340
  %342 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 996), align 16, !tbaa !4
  %343 = sext i32 %342 to i64
  %344 = getelementptr inbounds i32, ptr @src, i64 %343
  %345 = load i32, ptr %344, align 4, !tbaa !4
  %346 = sext i32 %345 to i64
  %347 = add nsw i64 %341, %346
  %348 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 997), align 4, !tbaa !4
  %349 = sext i32 %348 to i64
  %350 = getelementptr inbounds i32, ptr @src, i64 %349
  %351 = load i32, ptr %350, align 4, !tbaa !4
  %352 = sext i32 %351 to i64
  %353 = add nsw i64 %347, %352
  %354 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 998), align 8, !tbaa !4
  %355 = sext i32 %354 to i64
  %356 = getelementptr inbounds i32, ptr @src, i64 %355
  %357 = load i32, ptr %356, align 4, !tbaa !4
  %358 = sext i32 %357 to i64
  %359 = add nsw i64 %353, %358
  %360 = load i32, ptr getelementptr inbounds ([1000 x i32], ptr @idx, i64 0, i64 999), align 4, !tbaa !4
  %361 = sext i32 %360 to i64
  %362 = getelementptr inbounds i32, ptr @src, i64 %361
  %363 = load i32, ptr %362, align 4, !tbaa !4
  %364 = sext i32 %363 to i64
  %365 = add nsw i64 %359, %364
  %366 = add i64 %185, %433
  br label %367

367:                                              ; preds = %367, %313
  %368 = phi i64 [ 0, %313 ], [ %381, %367 ]
  %369 = phi <4 x i64> [ <i64 0, i64 1, i64 2, i64 3>, %313 ], [ %382, %367 ]
  %370 = getelementptr inbounds [1000 x i32], ptr @src, i64 0, i64 %368
  %371 = load <4 x i32>, ptr %370, align 16, !tbaa !4
  %372 = srem <4 x i32> %371, <i32 1000, i32 1000, i32 1000, i32 1000>
  %373 = sitofp <4 x i32> %372 to <4 x double>
  %374 = fmul <4 x double> %373, <double 1.250000e-01, double 1.250000e-01, double 1.250000e-01, double 1.250000e-01>
  %375 = getelementptr inbounds [1000 x double], ptr @fsrc, i64 0, i64 %368
  store <4 x double> %374, ptr %375, align 16, !tbaa !15
  %376 = getelementptr inbounds [1000 x double], ptr @fdst, i64 0, i64 %368
  store <4 x double> <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>, ptr %376, align 16, !tbaa !15
  %377 = sext <4 x i32> %371 to <4 x i64>
  %378 = mul nsw <4 x i64> %377, <i64 3, i64 3, i64 3, i64 3>
  %379 = getelementptr inbounds [1000 x i64], ptr @lsrc, i64 0, i64 %368
  store <4 x i64> %378, ptr %379, align 16, !tbaa !17
  %380 = getelementptr inbounds [1000 x i64], ptr @ldst, i64 0, i64 %368
  store <4 x i64> %369, ptr %380, align 16, !tbaa !17
  %381 = add nuw i64 %368, 4
  %382 = add <4 x i64> %369, <i64 4, i64 4, i64 4, i64 4>
  %383 = icmp eq i64 %381, 1000
  br i1 %383, label %548, label %367, !llvm.loop !19

384:                                              ; preds = %384, %31
  %385 = phi i64 [ 0, %31 ], [ %434, %384 ]
  %386 = phi i64 [ 0, %31 ], [ %433, %384 ]
  %387 = mul i64 %386, 31
  %388 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %385
  %389 = load i32, ptr %388, align 16, !tbaa !4
  %390 = zext i32 %389 to i64
  %391 = add i64 %387, %390
  %392 = or i64 %385, 1
  %393 = mul i64 %391, 31
  %394 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %392
  %395 = load i32, ptr %394, align 4, !tbaa !4
  %396 = zext i32 %395 to i64
  %397 = add i64 %393, %396
  %398 = or i64 %385, 2
  %399 = mul i64 %397, 31
  %400 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %398
  %401 = load i32, ptr %400, align 8, !tbaa !4
  %402 = zext i32 %401 to i64
  %403 = add i64 %399, %402
  %404 = or i64 %385, 3
  %405 = mul i64 %403, 31
  %406 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %404
  %407 = load i32, ptr %406, align 4, !tbaa !4
  %408 = zext i32 %407 to i64
  %409 = add i64 %405, %408
  %410 = or i64 %385, 4
  %411 = mul i64 %409, 31
  %412 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %410
  %413 = load i32, ptr %412, align 16, !tbaa !4
  %414 = zext i32 %413 to i64
  %415 = add i64 %411, %414
  %416 = or i64 %385, 5
  %417 = mul i64 %415, 31
  %418 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %416
  %419 = load i32, ptr %418, align 4, !tbaa !4
  %420 = zext i32 %419 to i64
  %421 = add i64 %417, %420
  %422 = or i64 %385, 6
  %423 = mul i64 %421, 31
  %424 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %422
  %425 = load i32, ptr %424, align 8, !tbaa !4
  %426 = zext i32 %425 to i64
  %427 = add i64 %423, %426
  %428 = or i64 %385, 7
  %429 = mul i64 %427, 31
  %430 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %428
  %431 = load i32, ptr %430, align 4, !tbaa !4
  %432 = zext i32 %431 to i64
  %433 = add i64 %429, %432
  %434 = add nuw nsw i64 %385, 8
  %435 = icmp eq i64 %434, 1000
  br i1 %435, label %81, label %384, !llvm.loop !20

436:                                              ; preds = %572
  %437 = fmul double %573, 5.000000e-01
  store double %437, ptr getelementptr inbounds ([1000 x double], ptr @fdst, i64 0, i64 992), align 16, !tbaa !15
  br label %438

438:                                              ; preds = %436, %572
  %439 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 993), align 8, !tbaa !15
  %440 = fcmp ogt double %439, 0.000000e+00
  br i1 %440, label %441, label %443

441:                                              ; preds = %438
  %442 = fmul double %439, 5.000000e-01
  store double %442, ptr getelementptr inbounds ([1000 x double], ptr @fdst, i64 0, i64 993), align 8, !tbaa !15
  br label %443

443:                                              ; preds = %441, %438
  %444 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 994), align 16, !tbaa !15
  %445 = fcmp ogt double %444, 0.000000e+00
  br i1 %445, label %446, label %448

446:                                              ; preds = %443
  %447 = fmul double %444, 5.000000e-01
  store double %447, ptr getelementptr inbounds ([1000 x double], ptr @fdst, i64 0, i64 994), align 16, !tbaa !15
  br label %448

448:                                              ; preds = %446, %443
  %449 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 995), align 8, !tbaa !15
  %450 = fcmp ogt double %449, 0.000000e+00
  br i1 %450, label %451, label %453

451:                                              ; preds = %448
  %452 = fmul double %449, 5.000000e-01
  store double %452, ptr getelementptr inbounds ([1000 x double], ptr @fdst, i64 0, i64 995), align 8, !tbaa !15
  br label %453

453:                                              ; preds = %451, %448
  %454 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 996), align 16, !tbaa !15
  %455 = fcmp ogt double %454, 0.000000e+00
  br i1 %455, label %456, label %458

456:                                              ; preds = %453
  %457 = fmul double %454, 5.000000e-01
  store double %457, ptr getelementptr inbounds ([1000 x double], ptr @fdst, i64 0, i64 996), align 16, !tbaa !15
  br label %458

458:                                              ; preds = %456, %453
  %459 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 997), align 8, !tbaa !15
  %460 = fcmp ogt double %459, 0.000000e+00
  br i1 %460, label %461, label %463

461:                                              ; preds = %458
  %462 = fmul double %459, 5.000000e-01
  store double %462, ptr getelementptr inbounds ([1000 x double], ptr @fdst, i64 0, i64 997), align 8, !tbaa !15
  br label %463

463:                                              ; preds = %461, %458
  %464 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 998), align 16, !tbaa !15
  %465 = fcmp ogt double %464, 0.000000e+00
  br i1 %465, label %466, label %468

466:                                              ; preds = %463
  %467 = fmul double %464, 5.000000e-01
  store double %467, ptr getelementptr inbounds ([1000 x double], ptr @fdst, i64 0, i64 998), align 16, !tbaa !15
  br label %468

468:                                              ; preds = %466, %463
  %469 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 999), align 8, !tbaa !15
  %470 = fcmp ogt double %469, 0.000000e+00
  br i1 %470, label %471, label %473

471:                                              ; preds = %468
  %472 = fmul double %469, 5.000000e-01
  store double %472, ptr getelementptr inbounds ([1000 x double], ptr @fdst, i64 0, i64 999), align 8, !tbaa !15
  br label %473

473:                                              ; preds = %471, %468
  br label %474

474:                                              ; preds = %473, %474
  %475 = phi i64 [ %496, %474 ], [ 0, %473 ]
  %476 = getelementptr inbounds i64, ptr @lsrc, i64 %475
  %477 = load <4 x i64>, ptr %476, align 16, !tbaa !17
  %478 = getelementptr inbounds i64, ptr %476, i64 4
  %479 = load <4 x i64>, ptr %478, align 16, !tbaa !17
  %480 = getelementptr inbounds i64, ptr %476, i64 8
  %481 = load <4 x i64>, ptr %480, align 16, !tbaa !17
  %482 = getelementptr inbounds i64, ptr %476, i64 12
  %483 = load <4 x i64>, ptr %482, align 16, !tbaa !17
  %484 = trunc <4 x i64> %477 to <4 x i1>
  %485 = trunc <4 x i64> %479 to <4 x i1>
  %486 = trunc <4 x i64> %481 to <4 x i1>
  %487 = trunc <4 x i64> %483 to <4 x i1>
  %488 = ashr <4 x i64> %477, <i64 1, i64 1, i64 1, i64 1>
  %489 = ashr <4 x i64> %479, <i64 1, i64 1, i64 1, i64 1>
  %490 = ashr <4 x i64> %481, <i64 1, i64 1, i64 1, i64 1>
  %491 = ashr <4 x i64> %483, <i64 1, i64 1, i64 1, i64 1>
  %492 = getelementptr i64, ptr @ldst, i64 %475
  tail call void @llvm.masked.store.v4i64.p0(<4 x i64> %488, ptr %492, i32 8, <4 x i1> %484), !tbaa !17
  %493 = getelementptr i64, ptr %492, i64 4
  tail call void @llvm.masked.store.v4i64.p0(<4 x i64> %489, ptr %493, i32 8, <4 x i1> %485), !tbaa !17
  %494 = getelementptr i64, ptr %492, i64 8
  tail call void @llvm.masked.store.v4i64.p0(<4 x i64> %490, ptr %494, i32 8, <4 x i1> %486), !tbaa !17
  %495 = getelementptr i64, ptr %492, i64 12
  tail call void @llvm.masked.store.v4i64.p0(<4 x i64> %491, ptr %495, i32 8, <4 x i1> %487), !tbaa !17
  %496 = add nuw i64 %475, 16
  %497 = icmp eq i64 %496, 992
  br i1 %497, label %498, label %474, !llvm.loop !21

498:                                              ; preds = %474
  %499 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 992), align 16, !tbaa !17
  %500 = and i64 %499, 1
  %501 = icmp eq i64 %500, 0
  br i1 %501, label %504, label %502

502:                                              ; preds = %498
  %503 = ashr i64 %499, 1
  store i64 %503, ptr getelementptr inbounds ([1000 x i64], ptr @ldst, i64 0, i64 992), align 16, !tbaa !17
  br label %504

504:                                              ; preds = %502, %498
  %505 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 993), align 8, !tbaa !17
  %506 = and i64 %505, 1
  %507 = icmp eq i64 %506, 0
  br i1 %507, label %510, label %508

508:                                              ; preds = %504
  %509 = ashr i64 %505, 1
  store i64 %509, ptr getelementptr inbounds ([1000 x i64], ptr @ldst, i64 0, i64 993), align 8, !tbaa !17
  br label %510

510:                                              ; preds = %508, %504
  %511 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 994), align 16, !tbaa !17
  %512 = and i64 %511, 1
  %513 = icmp eq i64 %512, 0
  br i1 %513, label %516, label %514

514:                                              ; preds = %510
  %515 = ashr i64 %511, 1
  store i64 %515, ptr getelementptr inbounds ([1000 x i64], ptr @ldst, i64 0, i64 994), align 16, !tbaa !17
  br label %516

516:                                              ; preds = %514, %510
  %517 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 995), align 8, !tbaa !17
  %518 = and i64 %517, 1
  %519 = icmp eq i64 %518, 0
  br i1 %519, label %522, label %520

520:                                              ; preds = %516
  %521 = ashr i64 %517, 1
  store i64 %521, ptr getelementptr inbounds ([1000 x i64], ptr @ldst, i64 0, i64 995), align 8, !tbaa !17
  br label %522

522:                                              ; preds = %520, %516
  %523 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 996), align 16, !tbaa !17
  %524 = and i64 %523, 1
  %525 = icmp eq i64 %524, 0
  br i1 %525, label %528, label %526

526:                                              ; preds = %522
  %527 = ashr i64 %523, 1
  store i64 %527, ptr getelementptr inbounds ([1000 x i64], ptr @ldst, i64 0, i64 996), align 16, !tbaa !17
  br label %528

528:                                              ; preds = %526, %522
  %529 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 997), align 8, !tbaa !17
  %530 = and i64 %529, 1
  %531 = icmp eq i64 %530, 0
  br i1 %531, label %534, label %532

532:                                              ; preds = %528
  %533 = ashr i64 %529, 1
  store i64 %533, ptr getelementptr inbounds ([1000 x i64], ptr @ldst, i64 0, i64 997), align 8, !tbaa !17
  br label %534

534:                                              ; preds = %532, %528
  %535 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 998), align 16, !tbaa !17
  %536 = and i64 %535, 1
  %537 = icmp eq i64 %536, 0
  br i1 %537, label %540, label %538

538:                                              ; preds = %534
  %539 = ashr i64 %535, 1
  store i64 %539, ptr getelementptr inbounds ([1000 x i64], ptr @ldst, i64 0, i64 998), align 16, !tbaa !17
  br label %540

540:                                              ; preds = %538, %534
  %541 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 999), align 8, !tbaa !17
  %542 = and i64 %541, 1
  %543 = icmp eq i64 %542, 0
  br i1 %543, label %546, label %544

544:                                              ; preds = %540
  %545 = ashr i64 %541, 1
  store i64 %545, ptr getelementptr inbounds ([1000 x i64], ptr @ldst, i64 0, i64 999), align 8, !tbaa !17
  br label %546

546:                                              ; preds = %544, %540
  %547 = xor i64 %365, %366
  br label %686

548:                                              ; preds = %367, %548
  %549 = phi i64 [ %570, %548 ], [ 0, %367 ]
  %550 = getelementptr inbounds double, ptr @fsrc, i64 %549
  %551 = load <4 x double>, ptr %550, align 16, !tbaa !15
  %552 = getelementptr inbounds double, ptr %550, i64 4
  %553 = load <4 x double>, ptr %552, align 16, !tbaa !15
  %554 = getelementptr inbounds double, ptr %550, i64 8
  %555 = load <4 x double>, ptr %554, align 16, !tbaa !15
  %556 = getelementptr inbounds double, ptr %550, i64 12
  %557 = load <4 x double>, ptr %556, align 16, !tbaa !15
  %558 = fcmp ogt <4 x double> %551, zeroinitializer
  %559 = fcmp ogt <4 x double> %553, zeroinitializer
  %560 = fcmp ogt <4 x double> %555, zeroinitializer
  %561 = fcmp ogt <4 x double> %557, zeroinitializer
  %562 = fmul <4 x double> %551, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %563 = fmul <4 x double> %553, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %564 = fmul <4 x double> %555, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %565 = fmul <4 x double> %557, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %566 = getelementptr double, ptr @fdst, i64 %549
  tail call void @llvm.masked.store.v4f64.p0(<4 x double> %562, ptr %566, i32 8, <4 x i1> %558), !tbaa !15
  %567 = getelementptr double, ptr %566, i64 4
  tail call void @llvm.masked.store.v4f64.p0(<4 x double> %563, ptr %567, i32 8, <4 x i1> %559), !tbaa !15
  %568 = getelementptr double, ptr %566, i64 8
  tail call void @llvm.masked.store.v4f64.p0(<4 x double> %564, ptr %568, i32 8, <4 x i1> %560), !tbaa !15
  %569 = getelementptr double, ptr %566, i64 12
  tail call void @llvm.masked.store.v4f64.p0(<4 x double> %565, ptr %569, i32 8, <4 x i1> %561), !tbaa !15
  %570 = add nuw i64 %549, 16
  %571 = icmp eq i64 %570, 992
  br i1 %571, label %572, label %548, !llvm.loop !22

572:                                              ; preds = %548
  %573 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 992), align 16, !tbaa !15
  %574 = fcmp ogt double %573, 0.000000e+00
  br i1 %574, label %436, label %438

575:                                              ; preds = %686, %575
  %576 = phi i64 [ %638, %575 ], [ 0, %686 ]
  %577 = phi <4 x i64> [ %631, %575 ], [ zeroinitializer, %686 ]
  %578 = phi <4 x i64> [ %633, %575 ], [ zeroinitializer, %686 ]
  %579 = phi <4 x i64> [ %635, %575 ], [ zeroinitializer, %686 ]
  %580 = phi <4 x i64> [ %637, %575 ], [ zeroinitializer, %686 ]
  %581 = getelementptr inbounds double, ptr @fsrc, i64 %576
  %582 = load <4 x double>, ptr %581, align 16, !tbaa !15
  %583 = getelementptr inbounds double, ptr %581, i64 4
  %584 = load <4 x double>, ptr %583, align 16, !tbaa !15
  %585 = getelementptr inbounds double, ptr %581, i64 8
  %586 = load <4 x double>, ptr %585, align 16, !tbaa !15
  %587 = getelementptr inbounds double, ptr %581, i64 12
  %588 = load <4 x double>, ptr %587, align 16, !tbaa !15
  %589 = fcmp ule <4 x double> %582, zeroinitializer
  %590 = fcmp ule <4 x double> %584, zeroinitializer
  %591 = fcmp ule <4 x double> %586, zeroinitializer
  %592 = fcmp ule <4 x double> %588, zeroinitializer
  %593 = getelementptr i64, ptr @lsrc, i64 %576
  %594 = load <4 x i64>, ptr %593, align 16, !tbaa !17
  %595 = getelementptr i64, ptr %593, i64 4
  %596 = load <4 x i64>, ptr %595, align 16, !tbaa !17
  %597 = getelementptr i64, ptr %593, i64 8
  %598 = load <4 x i64>, ptr %597, align 16, !tbaa !17
  %599 = getelementptr i64, ptr %593, i64 12
  %600 = load <4 x i64>, ptr %599, align 16, !tbaa !17
  %601 = select <4 x i1> %589, <4 x i64> zeroinitializer, <4 x i64> %594
  %602 = add <4 x i64> %577, %601
  %603 = select <4 x i1> %590, <4 x i64> zeroinitializer, <4 x i64> %596
  %604 = add <4 x i64> %578, %603
  %605 = select <4 x i1> %591, <4 x i64> zeroinitializer, <4 x i64> %598
  %606 = add <4 x i64> %579, %605
  %607 = select <4 x i1> %592, <4 x i64> zeroinitializer, <4 x i64> %600
  %608 = add <4 x i64> %580, %607
  %609 = or i64 %576, 16
  %610 = getelementptr inbounds double, ptr @fsrc, i64 %609
  %611 = load <4 x double>, ptr %610, align 16, !tbaa !15
  %612 = getelementptr inbounds double, ptr %610, i64 4
  %613 = load <4 x double>, ptr %612, align 16, !tbaa !15
  %614 = getelementptr inbounds double, ptr %610, i64 8
  %615 = load <4 x double>, ptr %614, align 16, !tbaa !15
  %616 = getelementptr inbounds double, ptr %610, i64 12
  %617 = load <4 x double>, ptr %616, align 16, !tbaa !15
  %618 = fcmp ule <4 x double> %611, zeroinitializer
  %619 = fcmp ule <4 x double> %613, zeroinitializer
  %620 = fcmp ule <4 x double> %615, zeroinitializer
  %621 = fcmp ule <4 x double> %617, zeroinitializer
  %622 = getelementptr i64, ptr @lsrc, i64 %609
  %623 = load <4 x i64>, ptr %622, align 16, !tbaa !17
  %624 = getelementptr i64, ptr %622, i64 4
  %625 = load <4 x i64>, ptr %624, align 16, !tbaa !17
  %626 = getelementptr i64, ptr %622, i64 8
  %627 = load <4 x i64>, ptr %626, align 16, !tbaa !17
  %628 = getelementptr i64, ptr %622, i64 12
  %629 = load <4 x i64>, ptr %628, align 16, !tbaa !17
  %630 = select <4 x i1> %618, <4 x i64> zeroinitializer, <4 x i64> %623
  %631 = add <4 x i64> %602, %630
  %632 = select <4 x i1> %619, <4 x i64> zeroinitializer, <4 x i64> %625
  %633 = add <4 x i64> %604, %632
  %634 = select <4 x i1> %620, <4 x i64> zeroinitializer, <4 x i64> %627
  %635 = add <4 x i64> %606, %634
  %636 = select <4 x i1> %621, <4 x i64> zeroinitializer, <4 x i64> %629
  %637 = add <4 x i64> %608, %636
  %638 = add nuw nsw i64 %576, 32
  %639 = icmp eq i64 %638, 992
  br i1 %639, label %640, label %575, !llvm.loop !23

640:                                              ; preds = %575
  %641 = add <4 x i64> %633, %631
  %642 = add <4 x i64> %635, %641
  %643 = add <4 x i64> %637, %642
  %644 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %643)
  %645 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 992), align 16, !tbaa !15
  %646 = fcmp ogt double %645, 0.000000e+00
  %647 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 992), align 16
  %648 = add nsw i64 %647, %644
  %649 = select i1 %646, i64 %648, i64 %644
  %650 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 993), align 8, !tbaa !15
  %651 = fcmp ogt double %650, 0.000000e+00
  %652 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 993), align 8
  %653 = add nsw i64 %652, %649
  %654 = select i1 %651, i64 %653, i64 %649
  %655 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 994), align 16, !tbaa !15
  %656 = fcmp ogt double %655, 0.000000e+00
  %657 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 994), align 16
  %658 = add nsw i64 %657, %654
  %659 = select i1 %656, i64 %658, i64 %654
  %660 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 995), align 8, !tbaa !15
  %661 = fcmp ogt double %660, 0.000000e+00
  %662 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 995), align 8
  %663 = add nsw i64 %662, %659
  %664 = select i1 %661, i64 %663, i64 %659
  %665 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 996), align 16, !tbaa !15
  %666 = fcmp ogt double %665, 0.000000e+00
  %667 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 996), align 16
  %668 = add nsw i64 %667, %664
  %669 = select i1 %666, i64 %668, i64 %664
  %670 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 997), align 8, !tbaa !15
  %671 = fcmp ogt double %670, 0.000000e+00
  %672 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 997), align 8
  %673 = add nsw i64 %672, %669
  %674 = select i1 %671, i64 %673, i64 %669
  %675 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 998), align 16, !tbaa !15
  %676 = fcmp ogt double %675, 0.000000e+00
  %677 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 998), align 16
  %678 = add nsw i64 %677, %674
  %679 = select i1 %676, i64 %678, i64 %674
  %680 = load double, ptr getelementptr inbounds ([1000 x double], ptr @fsrc, i64 0, i64 999), align 8, !tbaa !15
  %681 = fcmp ogt double %680, 0.000000e+00
  %682 = load i64, ptr getelementptr inbounds ([1000 x i64], ptr @lsrc, i64 0, i64 999), align 8
  %683 = add nsw i64 %682, %679
  %684 = select i1 %681, i64 %683, i64 %679
  %685 = add i64 %684, %727
  ret i64 %685

686:                                              ; preds = %686, %546
  %687 = phi i64 [ 0, %546 ], [ %728, %686 ]
  %688 = phi i64 [ %547, %546 ], [ %727, %686 ]
  %689 = mul i64 %688, 31
  %690 = getelementptr inbounds [1000 x double], ptr @fdst, i64 0, i64 %687
  %691 = load double, ptr %690, align 16, !tbaa !15
  %692 = fmul double %691, 1.600000e+01
  %693 = fptosi double %692 to i64
  %694 = getelementptr inbounds [1000 x i64], ptr @ldst, i64 0, i64 %687
  %695 = load i64, ptr %694, align 16, !tbaa !17
  %696 = add i64 %695, %689
  %697 = add i64 %696, %693
  %698 = or i64 %687, 1
  %699 = mul i64 %697, 31
  %700 = getelementptr inbounds [1000 x double], ptr @fdst, i64 0, i64 %698
  %701 = load double, ptr %700, align 8, !tbaa !15
  %702 = fmul double %701, 1.600000e+01
  %703 = fptosi double %702 to i64
  %704 = getelementptr inbounds [1000 x i64], ptr @ldst, i64 0, i64 %698
  %705 = load i64, ptr %704, align 8, !tbaa !17
  %706 = add i64 %705, %699
  %707 = add i64 %706, %703
  %708 = or i64 %687, 2
  %709 = mul i64 %707, 31
  %710 = getelementptr inbounds [1000 x double], ptr @fdst, i64 0, i64 %708
  %711 = load double, ptr %710, align 16, !tbaa !15
  %712 = fmul double %711, 1.600000e+01
  %713 = fptosi double %712 to i64
  %714 = getelementptr inbounds [1000 x i64], ptr @ldst, i64 0, i64 %708
  %715 = load i64, ptr %714, align 16, !tbaa !17
  %716 = add i64 %715, %709
  %717 = add i64 %716, %713
  %718 = or i64 %687, 3
  %719 = mul i64 %717, 31
  %720 = getelementptr inbounds [1000 x double], ptr @fdst, i64 0, i64 %718
  %721 = load double, ptr %720, align 8, !tbaa !15
  %722 = fmul double %721, 1.600000e+01
  %723 = fptosi double %722 to i64
  %724 = getelementptr inbounds [1000 x i64], ptr @ldst, i64 0, i64 %718
  %725 = load i64, ptr %724, align 8, !tbaa !17
  %726 = add i64 %725, %719
  %727 = add i64 %726, %723
  %728 = add nuw nsw i64 %687, 4
  %729 = icmp eq i64 %728, 1000
  br i1 %729, label %575, label %686, !llvm.loop !24
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v8i32.p0(<8 x i32>, ptr nocapture, i32 immarg, <8 x i1>) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v4f64.p0(<4 x double>, ptr nocapture, i32 immarg, <4 x i1>) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v4i64.p0(<4 x i64>, ptr nocapture, i32 immarg, <4 x i1>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(none) }

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
!14 = distinct !{!14, !9, !11, !12}
!15 = !{!16, !16, i64 0}
!16 = !{!"double", !6, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"long", !6, i64 0}
!19 = distinct !{!19, !9, !11, !12}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9, !11, !12}
!22 = distinct !{!22, !9, !11, !12}
!23 = distinct !{!23, !9, !11, !12}
!24 = distinct !{!24, !9}
