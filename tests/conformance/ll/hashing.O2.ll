; ModuleID = 'hashing.c'
source_filename = "hashing.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local global [86 x i8] c"The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs.\00", align 16

; Function Attrs: nofree nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) @g_text) #3
  br label %2

2:                                                ; preds = %0, %265
  %3 = phi i64 [ 0, %0 ], [ %280, %265 ]
  %4 = phi i64 [ 0, %0 ], [ %279, %265 ]
  %5 = lshr i64 %3, 2
  %6 = icmp eq i64 %3, 0
  br i1 %6, label %154, label %7

7:                                                ; preds = %2
  %8 = and i64 %3, 3
  %9 = icmp ult i64 %3, 4
  br i1 %9, label %42, label %10

10:                                               ; preds = %7
  %11 = and i64 %3, -4
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ 0, %10 ], [ %39, %12 ]
  %14 = phi i32 [ -2128831035, %10 ], [ %38, %12 ]
  %15 = phi i64 [ 0, %10 ], [ %40, %12 ]
  %16 = getelementptr inbounds i8, ptr @g_text, i64 %13
  %17 = load i8, ptr %16, align 4, !tbaa !4
  %18 = zext i8 %17 to i32
  %19 = xor i32 %14, %18
  %20 = mul i32 %19, 16777619
  %21 = or i64 %13, 1
  %22 = getelementptr inbounds i8, ptr @g_text, i64 %21
  %23 = load i8, ptr %22, align 1, !tbaa !4
  %24 = zext i8 %23 to i32
  %25 = xor i32 %20, %24
  %26 = mul i32 %25, 16777619
  %27 = or i64 %13, 2
  %28 = getelementptr inbounds i8, ptr @g_text, i64 %27
  %29 = load i8, ptr %28, align 2, !tbaa !4
  %30 = zext i8 %29 to i32
  %31 = xor i32 %26, %30
  %32 = mul i32 %31, 16777619
  %33 = or i64 %13, 3
  %34 = getelementptr inbounds i8, ptr @g_text, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !4
  %36 = zext i8 %35 to i32
  %37 = xor i32 %32, %36
  %38 = mul i32 %37, 16777619
  %39 = add nuw i64 %13, 4
  %40 = add i64 %15, 4
  %41 = icmp eq i64 %40, %11
  br i1 %41, label %42, label %12, !llvm.loop !7

42:                                               ; preds = %12, %7
  %43 = phi i32 [ undef, %7 ], [ %38, %12 ]
  %44 = phi i64 [ 0, %7 ], [ %39, %12 ]
  %45 = phi i32 [ -2128831035, %7 ], [ %38, %12 ]
  %46 = icmp eq i64 %8, 0
  br i1 %46, label %59, label %47

47:                                               ; preds = %42, %47
  %48 = phi i64 [ %56, %47 ], [ %44, %42 ]
  %49 = phi i32 [ %55, %47 ], [ %45, %42 ]
  %50 = phi i64 [ %57, %47 ], [ 0, %42 ]
  %51 = getelementptr inbounds i8, ptr @g_text, i64 %48
  %52 = load i8, ptr %51, align 1, !tbaa !4
  %53 = zext i8 %52 to i32
  %54 = xor i32 %49, %53
  %55 = mul i32 %54, 16777619
  %56 = add nuw i64 %48, 1
  %57 = add i64 %50, 1
  %58 = icmp eq i64 %57, %8
  br i1 %58, label %59, label %47, !llvm.loop !9

59:                                               ; preds = %47, %42
  %60 = phi i32 [ %43, %42 ], [ %55, %47 ]
  %61 = zext i32 %60 to i64
  %62 = xor i64 %4, %61
  %63 = mul i64 %62, 31
  %64 = and i64 %3, 3
  %65 = icmp ult i64 %3, 4
  br i1 %65, label %98, label %66

66:                                               ; preds = %59
  %67 = and i64 %3, -4
  br label %68

68:                                               ; preds = %68, %66
  %69 = phi i64 [ 0, %66 ], [ %95, %68 ]
  %70 = phi i64 [ -3750763034362895579, %66 ], [ %94, %68 ]
  %71 = phi i64 [ 0, %66 ], [ %96, %68 ]
  %72 = getelementptr inbounds i8, ptr @g_text, i64 %69
  %73 = load i8, ptr %72, align 4, !tbaa !4
  %74 = zext i8 %73 to i64
  %75 = xor i64 %70, %74
  %76 = mul i64 %75, 1099511628211
  %77 = or i64 %69, 1
  %78 = getelementptr inbounds i8, ptr @g_text, i64 %77
  %79 = load i8, ptr %78, align 1, !tbaa !4
  %80 = zext i8 %79 to i64
  %81 = xor i64 %76, %80
  %82 = mul i64 %81, 1099511628211
  %83 = or i64 %69, 2
  %84 = getelementptr inbounds i8, ptr @g_text, i64 %83
  %85 = load i8, ptr %84, align 2, !tbaa !4
  %86 = zext i8 %85 to i64
  %87 = xor i64 %82, %86
  %88 = mul i64 %87, 1099511628211
  %89 = or i64 %69, 3
  %90 = getelementptr inbounds i8, ptr @g_text, i64 %89
  %91 = load i8, ptr %90, align 1, !tbaa !4
  %92 = zext i8 %91 to i64
  %93 = xor i64 %88, %92
  %94 = mul i64 %93, 1099511628211
  %95 = add nuw i64 %69, 4
  %96 = add i64 %71, 4
  %97 = icmp eq i64 %96, %67
  br i1 %97, label %98, label %68, !llvm.loop !11

98:                                               ; preds = %68, %59
  %99 = phi i64 [ undef, %59 ], [ %94, %68 ]
  %100 = phi i64 [ 0, %59 ], [ %95, %68 ]
  %101 = phi i64 [ -3750763034362895579, %59 ], [ %94, %68 ]
  %102 = icmp eq i64 %64, 0
  br i1 %102, label %115, label %103

103:                                              ; preds = %98, %103
  %104 = phi i64 [ %112, %103 ], [ %100, %98 ]
  %105 = phi i64 [ %111, %103 ], [ %101, %98 ]
  %106 = phi i64 [ %113, %103 ], [ 0, %98 ]
  %107 = getelementptr inbounds i8, ptr @g_text, i64 %104
  %108 = load i8, ptr %107, align 1, !tbaa !4
  %109 = zext i8 %108 to i64
  %110 = xor i64 %105, %109
  %111 = mul i64 %110, 1099511628211
  %112 = add nuw i64 %104, 1
  %113 = add i64 %106, 1
  %114 = icmp eq i64 %113, %64
  br i1 %114, label %115, label %103, !llvm.loop !12

115:                                              ; preds = %103, %98
  %116 = phi i64 [ %99, %98 ], [ %111, %103 ]
  %117 = add i64 %116, %63
  %118 = sub i64 %1, %3
  %119 = getelementptr inbounds i8, ptr @g_text, i64 %118
  %120 = and i64 %3, 3
  %121 = icmp ult i64 %3, 4
  br i1 %121, label %158, label %122

122:                                              ; preds = %115
  %123 = and i64 %3, -4
  br label %124

124:                                              ; preds = %124, %122
  %125 = phi i64 [ 0, %122 ], [ %151, %124 ]
  %126 = phi i32 [ 5381, %122 ], [ %150, %124 ]
  %127 = phi i64 [ 0, %122 ], [ %152, %124 ]
  %128 = mul i32 %126, 33
  %129 = getelementptr inbounds i8, ptr %119, i64 %125
  %130 = load i8, ptr %129, align 1, !tbaa !4
  %131 = zext i8 %130 to i32
  %132 = add i32 %128, %131
  %133 = or i64 %125, 1
  %134 = mul i32 %132, 33
  %135 = getelementptr inbounds i8, ptr %119, i64 %133
  %136 = load i8, ptr %135, align 1, !tbaa !4
  %137 = zext i8 %136 to i32
  %138 = add i32 %134, %137
  %139 = or i64 %125, 2
  %140 = mul i32 %138, 33
  %141 = getelementptr inbounds i8, ptr %119, i64 %139
  %142 = load i8, ptr %141, align 1, !tbaa !4
  %143 = zext i8 %142 to i32
  %144 = add i32 %140, %143
  %145 = or i64 %125, 3
  %146 = mul i32 %144, 33
  %147 = getelementptr inbounds i8, ptr %119, i64 %145
  %148 = load i8, ptr %147, align 1, !tbaa !4
  %149 = zext i8 %148 to i32
  %150 = add i32 %146, %149
  %151 = add nuw i64 %125, 4
  %152 = add i64 %127, 4
  %153 = icmp eq i64 %152, %123
  br i1 %153, label %158, label %124, !llvm.loop !13

154:                                              ; preds = %2
  %155 = xor i64 %4, 2166136261
  %156 = mul i64 %155, 31
  %157 = add i64 %156, -3750763034362890198
  br label %265

158:                                              ; preds = %124, %115
  %159 = phi i32 [ undef, %115 ], [ %150, %124 ]
  %160 = phi i64 [ 0, %115 ], [ %151, %124 ]
  %161 = phi i32 [ 5381, %115 ], [ %150, %124 ]
  %162 = icmp eq i64 %120, 0
  br i1 %162, label %175, label %163

163:                                              ; preds = %158, %163
  %164 = phi i64 [ %172, %163 ], [ %160, %158 ]
  %165 = phi i32 [ %171, %163 ], [ %161, %158 ]
  %166 = phi i64 [ %173, %163 ], [ 0, %158 ]
  %167 = mul i32 %165, 33
  %168 = getelementptr inbounds i8, ptr %119, i64 %164
  %169 = load i8, ptr %168, align 1, !tbaa !4
  %170 = zext i8 %169 to i32
  %171 = add i32 %167, %170
  %172 = add nuw i64 %164, 1
  %173 = add i64 %166, 1
  %174 = icmp eq i64 %173, %120
  br i1 %174, label %175, label %163, !llvm.loop !14

175:                                              ; preds = %163, %158
  %176 = phi i32 [ %159, %158 ], [ %171, %163 ]
  %177 = zext i32 %176 to i64
  %178 = add i64 %117, %177
  %179 = trunc i64 %3 to i32
  %180 = mul i32 %179, -1756908916
  %181 = icmp ult i64 %3, 4
  br i1 %181, label %205, label %182

182:                                              ; preds = %175
  %183 = icmp eq i64 %5, 1
  br i1 %183, label %186, label %184

184:                                              ; preds = %182
  %185 = and i64 %5, 4611686018427387902
  br label %210

186:                                              ; preds = %210, %182
  %187 = phi i32 [ undef, %182 ], [ %238, %210 ]
  %188 = phi i32 [ %180, %182 ], [ %238, %210 ]
  %189 = phi i64 [ 0, %182 ], [ %239, %210 ]
  %190 = and i64 %3, 4
  %191 = icmp eq i64 %190, 0
  br i1 %191, label %205, label %192

192:                                              ; preds = %186
  %193 = shl i64 %189, 2
  %194 = getelementptr inbounds i8, ptr @g_text, i64 %193
  %195 = load i32, ptr %194, align 4
  %196 = mul i32 %195, -862048943
  %197 = mul i32 %195, 380141568
  %198 = lshr i32 %196, 17
  %199 = or i32 %198, %197
  %200 = mul i32 %199, 461845907
  %201 = xor i32 %200, %188
  %202 = tail call i32 @llvm.fshl.i32(i32 %201, i32 %201, i32 13)
  %203 = mul i32 %202, 5
  %204 = add i32 %203, -430675100
  br label %205

205:                                              ; preds = %192, %186, %175
  %206 = phi i32 [ %180, %175 ], [ %187, %186 ], [ %204, %192 ]
  %207 = and i64 %3, -4
  %208 = getelementptr inbounds i8, ptr @g_text, i64 %207
  %209 = and i64 %3, 3
  switch i64 %209, label %265 [
    i64 3, label %242
    i64 2, label %247
    i64 1, label %254
  ]

210:                                              ; preds = %210, %184
  %211 = phi i32 [ %180, %184 ], [ %238, %210 ]
  %212 = phi i64 [ 0, %184 ], [ %239, %210 ]
  %213 = phi i64 [ 0, %184 ], [ %240, %210 ]
  %214 = shl i64 %212, 2
  %215 = getelementptr inbounds i8, ptr @g_text, i64 %214
  %216 = load i32, ptr %215, align 8
  %217 = mul i32 %216, -862048943
  %218 = mul i32 %216, 380141568
  %219 = lshr i32 %217, 17
  %220 = or i32 %219, %218
  %221 = mul i32 %220, 461845907
  %222 = xor i32 %221, %211
  %223 = tail call i32 @llvm.fshl.i32(i32 %222, i32 %222, i32 13)
  %224 = mul i32 %223, 5
  %225 = add i32 %224, -430675100
  %226 = shl i64 %212, 2
  %227 = or i64 %226, 4
  %228 = getelementptr inbounds i8, ptr @g_text, i64 %227
  %229 = load i32, ptr %228, align 4
  %230 = mul i32 %229, -862048943
  %231 = mul i32 %229, 380141568
  %232 = lshr i32 %230, 17
  %233 = or i32 %232, %231
  %234 = mul i32 %233, 461845907
  %235 = xor i32 %234, %225
  %236 = tail call i32 @llvm.fshl.i32(i32 %235, i32 %235, i32 13)
  %237 = mul i32 %236, 5
  %238 = add i32 %237, -430675100
  %239 = add nuw nsw i64 %212, 2
  %240 = add i64 %213, 2
  %241 = icmp eq i64 %240, %185
  br i1 %241, label %186, label %210, !llvm.loop !15

242:                                              ; preds = %205
  %243 = getelementptr inbounds i8, ptr %208, i64 2
  %244 = load i8, ptr %243, align 2, !tbaa !4
  %245 = zext i8 %244 to i32
  %246 = shl nuw nsw i32 %245, 16
  br label %247

247:                                              ; preds = %242, %205
  %248 = phi i32 [ 0, %205 ], [ %246, %242 ]
  %249 = getelementptr inbounds i8, ptr %208, i64 1
  %250 = load i8, ptr %249, align 1, !tbaa !4
  %251 = zext i8 %250 to i32
  %252 = shl nuw nsw i32 %251, 8
  %253 = or i32 %252, %248
  br label %254

254:                                              ; preds = %247, %205
  %255 = phi i32 [ 0, %205 ], [ %253, %247 ]
  %256 = load i8, ptr %208, align 4, !tbaa !4
  %257 = zext i8 %256 to i32
  %258 = xor i32 %255, %257
  %259 = mul i32 %258, -862048943
  %260 = mul i32 %258, 380141568
  %261 = lshr i32 %259, 17
  %262 = or i32 %261, %260
  %263 = mul i32 %262, 461845907
  %264 = xor i32 %263, %206
  br label %265

265:                                              ; preds = %154, %205, %254
  %266 = phi i64 [ %178, %205 ], [ %178, %254 ], [ %157, %154 ]
  %267 = phi i32 [ %179, %205 ], [ %179, %254 ], [ 0, %154 ]
  %268 = phi i32 [ %206, %205 ], [ %264, %254 ], [ 0, %154 ]
  %269 = xor i32 %268, %267
  %270 = lshr i32 %269, 16
  %271 = xor i32 %270, %269
  %272 = mul i32 %271, -2048144789
  %273 = lshr i32 %272, 13
  %274 = xor i32 %273, %272
  %275 = mul i32 %274, -1028477387
  %276 = lshr i32 %275, 16
  %277 = xor i32 %276, %275
  %278 = zext i32 %277 to i64
  %279 = xor i64 %266, %278
  %280 = add nuw i64 %3, 1
  %281 = icmp eq i64 %1, %3
  br i1 %281, label %283, label %2, !llvm.loop !16

282:                                              ; preds = %283
  ret i64 %304

283:                                              ; preds = %265, %283
  %284 = phi i64 [ %305, %283 ], [ 0, %265 ]
  %285 = phi i64 [ %304, %283 ], [ %279, %265 ]
  %286 = xor i64 %284, %285
  %287 = lshr i64 %286, 33
  %288 = xor i64 %287, %286
  %289 = mul i64 %288, -49064778989728563
  %290 = lshr i64 %289, 33
  %291 = xor i64 %290, %289
  %292 = mul i64 %291, -4265267296055464877
  %293 = lshr i64 %292, 33
  %294 = or i64 %284, 1
  %295 = xor i64 %293, %294
  %296 = xor i64 %295, %292
  %297 = lshr i64 %296, 33
  %298 = xor i64 %297, %296
  %299 = mul i64 %298, -49064778989728563
  %300 = lshr i64 %299, 33
  %301 = xor i64 %300, %299
  %302 = mul i64 %301, -4265267296055464877
  %303 = lshr i64 %302, 33
  %304 = xor i64 %303, %302
  %305 = add nuw nsw i64 %284, 2
  %306 = icmp eq i64 %305, 2000
  br i1 %306, label %282, label %283, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #2

attributes #0 = { nofree nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind willreturn memory(read) }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !8}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !8}
!16 = distinct !{!16, !8}
!17 = distinct !{!17, !8}
