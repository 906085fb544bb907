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
  br label %2

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %15, %2 ]
  %4 = phi i32 [ %1, %0 ], [ %6, %2 ]
  %5 = mul i32 %4, 1664525
  %6 = add i32 %5, 1013904223
  %7 = lshr i32 %6, 12
  %8 = add nsw i32 %7, -524288
  %9 = getelementptr inbounds [1000 x i32], ptr @src, i64 0, i64 %3
  store i32 %8, ptr %9, align 4, !tbaa !4
  %10 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %3
  %11 = trunc i64 %3 to i32
  store i32 %11, ptr %10, align 4, !tbaa !4
  %12 = lshr i32 %6, 3
  %13 = urem i32 %12, 1000
  %14 = getelementptr inbounds [1000 x i32], ptr @idx, i64 0, i64 %3
  store i32 %13, ptr %14, align 4, !tbaa !4
  %15 = add nuw nsw i64 %3, 1
  %16 = icmp eq i64 %15, 1000
  br i1 %16, label %17, label %2, !llvm.loop !8

17:                                               ; preds = %2, %71
  %18 = phi i64 [ %72, %71 ], [ 0, %2 ]
  %19 = or i64 %18, 4
  %20 = getelementptr inbounds i32, ptr @src, i64 %18
  %21 = load <4 x i32>, ptr %20, align 16, !tbaa !4
  %22 = getelementptr inbounds i32, ptr %20, i64 4
  %23 = load <4 x i32>, ptr %22, align 16, !tbaa !4
  %24 = icmp slt <4 x i32> %21, zeroinitializer
  %25 = icmp slt <4 x i32> %23, zeroinitializer
  %26 = extractelement <4 x i1> %24, i64 0
  br i1 %26, label %27, label %30

27:                                               ; preds = %17
  %28 = getelementptr inbounds i32, ptr @dst, i64 %18
  %29 = extractelement <4 x i32> %21, i64 0
  store i32 %29, ptr %28, align 16, !tbaa !4
  br label %30

30:                                               ; preds = %27, %17
  %31 = extractelement <4 x i1> %24, i64 1
  br i1 %31, label %32, label %36

32:                                               ; preds = %30
  %33 = or i64 %18, 1
  %34 = getelementptr inbounds i32, ptr @dst, i64 %33
  %35 = extractelement <4 x i32> %21, i64 1
  store i32 %35, ptr %34, align 4, !tbaa !4
  br label %36

36:                                               ; preds = %32, %30
  %37 = extractelement <4 x i1> %24, i64 2
  br i1 %37, label %38, label %42

38:                                               ; preds = %36
  %39 = or i64 %18, 2
  %40 = getelementptr inbounds i32, ptr @dst, i64 %39
  %41 = extractelement <4 x i32> %21, i64 2
  store i32 %41, ptr %40, align 8, !tbaa !4
  br label %42

42:                                               ; preds = %38, %36
  %43 = extractelement <4 x i1> %24, i64 3
  br i1 %43, label %44, label %48

44:                                               ; preds = %42
  %45 = or i64 %18, 3
  %46 = getelementptr inbounds i32, ptr @dst, i64 %45
  %47 = extractelement <4 x i32> %21, i64 3
  store i32 %47, ptr %46, align 4, !tbaa !4
  br label %48

48:                                               ; preds = %44, %42
  %49 = extractelement <4 x i1> %25, i64 0
  br i1 %49, label %50, label %53

50:                                               ; preds = %48
  %51 = getelementptr inbounds i32, ptr @dst, i64 %19
  %52 = extractelement <4 x i32> %23, i64 0
  store i32 %52, ptr %51, align 16, !tbaa !4
  br label %53

53:                                               ; preds = %50, %48
  %54 = extractelement <4 x i1> %25, i64 1
  br i1 %54, label %55, label %59

55:                                               ; preds = %53
  %56 = or i64 %18, 5
  %57 = getelementptr inbounds i32, ptr @dst, i64 %56
  %58 = extractelement <4 x i32> %23, i64 1
  store i32 %58, ptr %57, align 4, !tbaa !4
  br label %59

59:                                               ; preds = %55, %53
  %60 = extractelement <4 x i1> %25, i64 2
  br i1 %60, label %61, label %65

61:                                               ; preds = %59
  %62 = or i64 %18, 6
  %63 = getelementptr inbounds i32, ptr @dst, i64 %62
  %64 = extractelement <4 x i32> %23, i64 2
  store i32 %64, ptr %63, align 8, !tbaa !4
  br label %65

65:                                               ; preds = %61, %59
  %66 = extractelement <4 x i1> %25, i64 3
  br i1 %66, label %67, label %71

67:                                               ; preds = %65
  %68 = or i64 %18, 7
  %69 = getelementptr inbounds i32, ptr @dst, i64 %68
  %70 = extractelement <4 x i32> %23, i64 3
  store i32 %70, ptr %69, align 4, !tbaa !4
  br label %71

71:                                               ; preds = %67, %65
  %72 = add nuw i64 %18, 8
  %73 = icmp eq i64 %72, 1000
  br i1 %73, label %156, label %17, !llvm.loop !10

74:                                               ; preds = %156, %74
  %75 = phi i64 [ %96, %74 ], [ 0, %156 ]
  %76 = phi <2 x i64> [ %92, %74 ], [ zeroinitializer, %156 ]
  %77 = phi <2 x i64> [ %95, %74 ], [ zeroinitializer, %156 ]
  %78 = getelementptr inbounds i32, ptr @idx, i64 %75
  %79 = load <2 x i32>, ptr %78, align 16, !tbaa !4
  %80 = getelementptr inbounds i32, ptr %78, i64 2
  %81 = load <2 x i32>, ptr %80, align 8, !tbaa !4
  %82 = and <2 x i32> %79, <i32 1, i32 1>
  %83 = and <2 x i32> %81, <i32 1, i32 1>
  %84 = icmp eq <2 x i32> %82, zeroinitializer
  %85 = icmp eq <2 x i32> %83, zeroinitializer
  %86 = getelementptr i32, ptr @src, i64 %75
  %87 = load <2 x i32>, ptr %86, align 16, !tbaa !4
  %88 = getelementptr i32, ptr %86, i64 2
  %89 = load <2 x i32>, ptr %88, align 8, !tbaa !4
  %90 = select <2 x i1> %84, <2 x i32> zeroinitializer, <2 x i32> %87
  %91 = sext <2 x i32> %90 to <2 x i64>
  %92 = add <2 x i64> %76, %91
  %93 = select <2 x i1> %85, <2 x i32> zeroinitializer, <2 x i32> %89
  %94 = sext <2 x i32> %93 to <2 x i64>
  %95 = add <2 x i64> %77, %94
  %96 = add nuw i64 %75, 4
  %97 = icmp eq i64 %96, 1000
  br i1 %97, label %98, label %74, !llvm.loop !13

98:                                               ; preds = %74
  %99 = add <2 x i64> %95, %92
  %100 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %99)
  br label %101

101:                                              ; preds = %101, %98
  %102 = phi i64 [ 0, %98 ], [ %135, %101 ]
  %103 = phi i64 [ 0, %98 ], [ %134, %101 ]
  %104 = getelementptr inbounds i32, ptr @idx, i64 %102
  %105 = load i32, ptr %104, align 16, !tbaa !4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds i32, ptr @src, i64 %106
  %108 = load i32, ptr %107, align 4, !tbaa !4
  %109 = sext i32 %108 to i64
  %110 = add nsw i64 %103, %109
  %111 = or i64 %102, 1
  %112 = getelementptr inbounds i32, ptr @idx, i64 %111
  %113 = load i32, ptr %112, align 4, !tbaa !4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds i32, ptr @src, i64 %114
  %116 = load i32, ptr %115, align 4, !tbaa !4
  %117 = sext i32 %116 to i64
  %118 = add nsw i64 %110, %117
  %119 = or i64 %102, 2
  %120 = getelementptr inbounds i32, ptr @idx, i64 %119
  %121 = load i32, ptr %120, align 8, !tbaa !4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds i32, ptr @src, i64 %122
  %124 = load i32, ptr %123, align 4, !tbaa !4
  %125 = sext i32 %124 to i64
  %126 = add nsw i64 %118, %125
  %127 = or i64 %102, 3
  %128 = getelementptr inbounds i32, ptr @idx, i64 %127
  %129 = load i32, ptr %128, align 4, !tbaa !4
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds i32, ptr @src, i64 %130
  %132 = load i32, ptr %131, align 4, !tbaa !4
  %133 = sext i32 %132 to i64
  %134 = add nsw i64 %126, %133
  %135 = add nuw nsw i64 %102, 4
  %136 = icmp eq i64 %135, 1000
  br i1 %136, label %137, label %101, !llvm.loop !14

137:                                              ; preds = %101
  %138 = add i64 %100, %187
  br label %139

139:                                              ; preds = %139, %137
  %140 = phi i64 [ 0, %137 ], [ %153, %139 ]
  %141 = phi <2 x i64> [ <i64 0, i64 1>, %137 ], [ %154, %139 ]
  %142 = getelementptr inbounds [1000 x i32], ptr @src, i64 0, i64 %140
  %143 = load <2 x i32>, ptr %142, align 8, !tbaa !4
  %144 = srem <2 x i32> %143, <i32 1000, i32 1000>
  %145 = sitofp <2 x i32> %144 to <2 x double>
  %146 = fmul <2 x double> %145, <double 1.250000e-01, double 1.250000e-01>
  %147 = getelementptr inbounds [1000 x double], ptr @fsrc, i64 0, i64 %140
  store <2 x double> %146, ptr %147, align 16, !tbaa !15
  %148 = getelementptr inbounds [1000 x double], ptr @fdst, i64 0, i64 %140
  store <2 x double> <double -1.000000e+00, double -1.000000e+00>, ptr %148, align 16, !tbaa !15
  %149 = sext <2 x i32> %143 to <2 x i64>
  %150 = mul nsw <2 x i64> %149, <i64 3, i64 3>
  %151 = getelementptr inbounds [1000 x i64], ptr @lsrc, i64 0, i64 %140
  store <2 x i64> %150, ptr %151, align 16, !tbaa !17
  %152 = getelementptr inbounds [1000 x i64], ptr @ldst, i64 0, i64 %140
  store <2 x i64> %141, ptr %152, align 16, !tbaa !17
  %153 = add nuw i64 %140, 2
  %154 = add <2 x i64> %141, <i64 2, i64 2>
  %155 = icmp eq i64 %153, 1000
  br i1 %155, label %213, label %139, !llvm.loop !19

156:                                              ; preds = %71, %156
  %157 = phi i64 [ %188, %156 ], [ 0, %71 ]
  %158 = phi i64 [ %187, %156 ], [ 0, %71 ]
  %159 = mul i64 %158, 31
  %160 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %157
  %161 = load i32, ptr %160, align 4, !tbaa !4
  %162 = zext i32 %161 to i64
  %163 = add i64 %159, %162
  %164 = add nuw nsw i64 %157, 1
  %165 = mul i64 %163, 31
  %166 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %164
  %167 = load i32, ptr %166, align 4, !tbaa !4
  %168 = zext i32 %167 to i64
  %169 = add i64 %165, %168
  %170 = add nuw nsw i64 %157, 2
  %171 = mul i64 %169, 31
  %172 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %170
  %173 = load i32, ptr %172, align 4, !tbaa !4
  %174 = zext i32 %173 to i64
  %175 = add i64 %171, %174
  %176 = add nuw nsw i64 %157, 3
  %177 = mul i64 %175, 31
  %178 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %176
  %179 = load i32, ptr %178, align 4, !tbaa !4
  %180 = zext i32 %179 to i64
  %181 = add i64 %177, %180
  %182 = add nuw nsw i64 %157, 4
  %183 = mul i64 %181, 31
  %184 = getelementptr inbounds [1000 x i32], ptr @dst, i64 0, i64 %182
  %185 = load i32, ptr %184, align 4, !tbaa !4
  %186 = zext i32 %185 to i64
  %187 = add i64 %183, %186
  %188 = add nuw nsw i64 %157, 5
  %189 = icmp eq i64 %188, 1000
  br i1 %189, label %74, label %156, !llvm.loop !20

190:                                              ; preds = %247, %208
  %191 = phi i64 [ %209, %208 ], [ 0, %247 ]
  %192 = getelementptr inbounds i64, ptr @lsrc, i64 %191
  %193 = load i64, ptr %192, align 16, !tbaa !17
  %194 = and i64 %193, 1
  %195 = icmp eq i64 %194, 0
  br i1 %195, label %199, label %196

196:                                              ; preds = %190
  %197 = ashr i64 %193, 1
  %198 = getelementptr inbounds i64, ptr @ldst, i64 %191
  store i64 %197, ptr %198, align 16, !tbaa !17
  br label %199

199:                                              ; preds = %196, %190
  %200 = or i64 %191, 1
  %201 = getelementptr inbounds i64, ptr @lsrc, i64 %200
  %202 = load i64, ptr %201, align 8, !tbaa !17
  %203 = and i64 %202, 1
  %204 = icmp eq i64 %203, 0
  br i1 %204, label %208, label %205

205:                                              ; preds = %199
  %206 = ashr i64 %202, 1
  %207 = getelementptr inbounds i64, ptr @ldst, i64 %200
  store i64 %206, ptr %207, align 8, !tbaa !17
  br label %208

208:                                              ; preds = %205, %199
  %209 = add nuw nsw i64 %191, 2
  %210 = icmp eq i64 %209, 1000
  br i1 %210, label %211, label %190, !llvm.loop !21

211:                                              ; preds = %208
  %212 = xor i64 %134, %138
  br label %274

213:                                              ; preds = %139, %247
  %214 = phi i64 [ %248, %247 ], [ 0, %139 ]
  %215 = or i64 %214, 2
  %216 = getelementptr inbounds double, ptr @fsrc, i64 %214
  %217 = load <2 x double>, ptr %216, align 16, !tbaa !15
  %218 = getelementptr inbounds double, ptr %216, i64 2
  %219 = load <2 x double>, ptr %218, align 16, !tbaa !15
  %220 = fcmp ogt <2 x double> %217, zeroinitializer
  %221 = fcmp ogt <2 x double> %219, zeroinitializer
  %222 = extractelement <2 x i1> %220, i64 0
  br i1 %222, label %223, label %227

223:                                              ; preds = %213
  %224 = getelementptr inbounds double, ptr @fdst, i64 %214
  %225 = extractelement <2 x double> %217, i64 0
  %226 = fmul double %225, 5.000000e-01
  store double %226, ptr %224, align 16, !tbaa !15
  br label %227

227:                                              ; preds = %223, %213
  %228 = extractelement <2 x i1> %220, i64 1
  br i1 %228, label %229, label %234

229:                                              ; preds = %227
  %230 = or i64 %214, 1
  %231 = getelementptr inbounds double, ptr @fdst, i64 %230
  %232 = extractelement <2 x double> %217, i64 1
  %233 = fmul double %232, 5.000000e-01
  store double %233, ptr %231, align 8, !tbaa !15
  br label %234

234:                                              ; preds = %229, %227
  %235 = extractelement <2 x i1> %221, i64 0
  br i1 %235, label %236, label %240

236:                                              ; preds = %234
  %237 = getelementptr inbounds double, ptr @fdst, i64 %215
  %238 = extractelement <2 x double> %219, i64 0
  %239 = fmul double %238, 5.000000e-01
  store double %239, ptr %237, align 16, !tbaa !15
  br label %240

240:                                              ; preds = %236, %234
  %241 = extractelement <2 x i1> %221, i64 1
  br i1 %241, label %242, label %247

242:                                              ; preds = %240
  %243 = or i64 %214, 3
  %244 = getelementptr inbounds double, ptr @fdst, i64 %243
  %245 = extractelement <2 x double> %219, i64 1
  %246 = fmul double %245, 5.000000e-01
  store double %246, ptr %244, align 8, !tbaa !15
  br label %247

247:                                              ; preds = %242, %240
  %248 = add nuw i64 %214, 4
  %249 = icmp eq i64 %248, 1000
  br i1 %249, label %190, label %213, !llvm.loop !22

250:                                              ; preds = %274, %250
  %251 = phi i64 [ %268, %250 ], [ 0, %274 ]
  %252 = phi <2 x i64> [ %265, %250 ], [ zeroinitializer, %274 ]
  %253 = phi <2 x i64> [ %267, %250 ], [ zeroinitializer, %274 ]
  %254 = getelementptr inbounds double, ptr @fsrc, i64 %251
  %255 = load <2 x double>, ptr %254, align 16, !tbaa !15
  %256 = getelementptr inbounds double, ptr %254, i64 2
  %257 = load <2 x double>, ptr %256, align 16, !tbaa !15
  %258 = fcmp ule <2 x double> %255, zeroinitializer
  %259 = fcmp ule <2 x double> %257, zeroinitializer
  %260 = getelementptr i64, ptr @lsrc, i64 %251
  %261 = load <2 x i64>, ptr %260, align 16, !tbaa !17
  %262 = getelementptr i64, ptr %260, i64 2
  %263 = load <2 x i64>, ptr %262, align 16, !tbaa !17
  %264 = select <2 x i1> %258, <2 x i64> zeroinitializer, <2 x i64> %261
  %265 = add <2 x i64> %252, %264
  %266 = select <2 x i1> %259, <2 x i64> zeroinitializer, <2 x i64> %263
  %267 = add <2 x i64> %253, %266
  %268 = add nuw i64 %251, 4
  %269 = icmp eq i64 %268, 1000
  br i1 %269, label %270, label %250, !llvm.loop !23

270:                                              ; preds = %250
  %271 = add <2 x i64> %267, %265
  %272 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %271)
  %273 = add i64 %272, %295
  ret i64 %273

274:                                              ; preds = %274, %211
  %275 = phi i64 [ 0, %211 ], [ %296, %274 ]
  %276 = phi i64 [ %212, %211 ], [ %295, %274 ]
  %277 = mul i64 %276, 31
  %278 = getelementptr inbounds [1000 x double], ptr @fdst, i64 0, i64 %275
  %279 = load double, ptr %278, align 16, !tbaa !15
  %280 = fmul double %279, 1.600000e+01
  %281 = fptosi double %280 to i64
  %282 = getelementptr inbounds [1000 x i64], ptr @ldst, i64 0, i64 %275
  %283 = load i64, ptr %282, align 16, !tbaa !17
  %284 = add i64 %283, %277
  %285 = add i64 %284, %281
  %286 = or i64 %275, 1
  %287 = mul i64 %285, 31
  %288 = getelementptr inbounds [1000 x double], ptr @fdst, i64 0, i64 %286
  %289 = load double, ptr %288, align 8, !tbaa !15
  %290 = fmul double %289, 1.600000e+01
  %291 = fptosi double %290 to i64
  %292 = getelementptr inbounds [1000 x i64], ptr @ldst, i64 0, i64 %286
  %293 = load i64, ptr %292, align 8, !tbaa !17
  %294 = add i64 %293, %287
  %295 = add i64 %294, %291
  %296 = add nuw nsw i64 %275, 2
  %297 = icmp eq i64 %296, 1000
  br i1 %297, label %250, label %274, !llvm.loop !24
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(none) }

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
!15 = !{!16, !16, i64 0}
!16 = !{!"double", !6, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"long", !6, i64 0}
!19 = distinct !{!19, !9, !11, !12}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9, !11, !12}
!23 = distinct !{!23, !9, !11, !12}
!24 = distinct !{!24, !9}
