; ModuleID = 'hashing.c'
source_filename = "hashing.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local local_unnamed_addr global [86 x i8] c"The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs.\00", align 16

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %264
  %2 = phi i64 [ 0, %0 ], [ %279, %264 ]
  %3 = phi i64 [ 0, %0 ], [ %278, %264 ]
  %4 = lshr i64 %2, 2
  %5 = icmp eq i64 %2, 0
  br i1 %5, label %153, label %6

6:                                                ; preds = %1
  %7 = and i64 %2, 3
  %8 = icmp ult i64 %2, 4
  br i1 %8, label %41, label %9

9:                                                ; preds = %6
  %10 = and i64 %2, 9223372036854775804
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %38, %11 ]
  %13 = phi i32 [ -2128831035, %9 ], [ %37, %11 ]
  %14 = phi i64 [ 0, %9 ], [ %39, %11 ]
  %15 = getelementptr inbounds i8, ptr @g_text, i64 %12
  %16 = load i8, ptr %15, align 4, !tbaa !4
  %17 = zext i8 %16 to i32
  %18 = xor i32 %13, %17
  %19 = mul i32 %18, 16777619
  %20 = or i64 %12, 1
  %21 = getelementptr inbounds i8, ptr @g_text, i64 %20
  %22 = load i8, ptr %21, align 1, !tbaa !4
  %23 = zext i8 %22 to i32
  %24 = xor i32 %19, %23
  %25 = mul i32 %24, 16777619
  %26 = or i64 %12, 2
  %27 = getelementptr inbounds i8, ptr @g_text, i64 %26
  %28 = load i8, ptr %27, align 2, !tbaa !4
  %29 = zext i8 %28 to i32
  %30 = xor i32 %25, %29
  %31 = mul i32 %30, 16777619
  %32 = or i64 %12, 3
  %33 = getelementptr inbounds i8, ptr @g_text, i64 %32
  %34 = load i8, ptr %33, align 1, !tbaa !4
  %35 = zext i8 %34 to i32
  %36 = xor i32 %31, %35
  %37 = mul i32 %36, 16777619
  %38 = add nuw nsw i64 %12, 4
  %39 = add i64 %14, 4
  %40 = icmp eq i64 %39, %10
  br i1 %40, label %41, label %11, !llvm.loop !7

41:                                               ; preds = %11, %6
  %42 = phi i32 [ undef, %6 ], [ %37, %11 ]
  %43 = phi i64 [ 0, %6 ], [ %38, %11 ]
  %44 = phi i32 [ -2128831035, %6 ], [ %37, %11 ]
  %45 = icmp eq i64 %7, 0
  br i1 %45, label %58, label %46

46:                                               ; preds = %41, %46
  %47 = phi i64 [ %55, %46 ], [ %43, %41 ]
  %48 = phi i32 [ %54, %46 ], [ %44, %41 ]
  %49 = phi i64 [ %56, %46 ], [ 0, %41 ]
  %50 = getelementptr inbounds i8, ptr @g_text, i64 %47
  %51 = load i8, ptr %50, align 1, !tbaa !4
  %52 = zext i8 %51 to i32
  %53 = xor i32 %48, %52
  %54 = mul i32 %53, 16777619
  %55 = add nuw nsw i64 %47, 1
  %56 = add i64 %49, 1
  %57 = icmp eq i64 %56, %7
  br i1 %57, label %58, label %46, !llvm.loop !9

58:                                               ; preds = %46, %41
  %59 = phi i32 [ %42, %41 ], [ %54, %46 ]
  %60 = zext i32 %59 to i64
  %61 = xor i64 %3, %60
  %62 = mul i64 %61, 31
  %63 = and i64 %2, 3
  %64 = icmp ult i64 %2, 4
  br i1 %64, label %97, label %65

65:                                               ; preds = %58
  %66 = and i64 %2, 9223372036854775804
  br label %67

67:                                               ; preds = %67, %65
  %68 = phi i64 [ 0, %65 ], [ %94, %67 ]
  %69 = phi i64 [ -3750763034362895579, %65 ], [ %93, %67 ]
  %70 = phi i64 [ 0, %65 ], [ %95, %67 ]
  %71 = getelementptr inbounds i8, ptr @g_text, i64 %68
  %72 = load i8, ptr %71, align 4, !tbaa !4
  %73 = zext i8 %72 to i64
  %74 = xor i64 %69, %73
  %75 = mul i64 %74, 1099511628211
  %76 = or i64 %68, 1
  %77 = getelementptr inbounds i8, ptr @g_text, i64 %76
  %78 = load i8, ptr %77, align 1, !tbaa !4
  %79 = zext i8 %78 to i64
  %80 = xor i64 %75, %79
  %81 = mul i64 %80, 1099511628211
  %82 = or i64 %68, 2
  %83 = getelementptr inbounds i8, ptr @g_text, i64 %82
  %84 = load i8, ptr %83, align 2, !tbaa !4
  %85 = zext i8 %84 to i64
  %86 = xor i64 %81, %85
  %87 = mul i64 %86, 1099511628211
  %88 = or i64 %68, 3
  %89 = getelementptr inbounds i8, ptr @g_text, i64 %88
  %90 = load i8, ptr %89, align 1, !tbaa !4
  %91 = zext i8 %90 to i64
  %92 = xor i64 %87, %91
  %93 = mul i64 %92, 1099511628211
  %94 = add nuw nsw i64 %68, 4
  %95 = add i64 %70, 4
  %96 = icmp eq i64 %95, %66
  br i1 %96, label %97, label %67, !llvm.loop !11

97:                                               ; preds = %67, %58
  %98 = phi i64 [ undef, %58 ], [ %93, %67 ]
  %99 = phi i64 [ 0, %58 ], [ %94, %67 ]
  %100 = phi i64 [ -3750763034362895579, %58 ], [ %93, %67 ]
  %101 = icmp eq i64 %63, 0
  br i1 %101, label %114, label %102

102:                                              ; preds = %97, %102
  %103 = phi i64 [ %111, %102 ], [ %99, %97 ]
  %104 = phi i64 [ %110, %102 ], [ %100, %97 ]
  %105 = phi i64 [ %112, %102 ], [ 0, %97 ]
  %106 = getelementptr inbounds i8, ptr @g_text, i64 %103
  %107 = load i8, ptr %106, align 1, !tbaa !4
  %108 = zext i8 %107 to i64
  %109 = xor i64 %104, %108
  %110 = mul i64 %109, 1099511628211
  %111 = add nuw nsw i64 %103, 1
  %112 = add i64 %105, 1
  %113 = icmp eq i64 %112, %63
  br i1 %113, label %114, label %102, !llvm.loop !12

114:                                              ; preds = %102, %97
  %115 = phi i64 [ %98, %97 ], [ %110, %102 ]
  %116 = add i64 %115, %62
  %117 = sub nuw nsw i64 85, %2
  %118 = getelementptr inbounds i8, ptr @g_text, i64 %117
  %119 = and i64 %2, 3
  %120 = icmp ult i64 %2, 4
  br i1 %120, label %157, label %121

121:                                              ; preds = %114
  %122 = and i64 %2, 9223372036854775804
  br label %123

123:                                              ; preds = %123, %121
  %124 = phi i64 [ 0, %121 ], [ %150, %123 ]
  %125 = phi i32 [ 5381, %121 ], [ %149, %123 ]
  %126 = phi i64 [ 0, %121 ], [ %151, %123 ]
  %127 = mul i32 %125, 33
  %128 = getelementptr inbounds i8, ptr %118, i64 %124
  %129 = load i8, ptr %128, align 1, !tbaa !4
  %130 = zext i8 %129 to i32
  %131 = add i32 %127, %130
  %132 = or i64 %124, 1
  %133 = mul i32 %131, 33
  %134 = getelementptr inbounds i8, ptr %118, i64 %132
  %135 = load i8, ptr %134, align 1, !tbaa !4
  %136 = zext i8 %135 to i32
  %137 = add i32 %133, %136
  %138 = or i64 %124, 2
  %139 = mul i32 %137, 33
  %140 = getelementptr inbounds i8, ptr %118, i64 %138
  %141 = load i8, ptr %140, align 1, !tbaa !4
  %142 = zext i8 %141 to i32
  %143 = add i32 %139, %142
  %144 = or i64 %124, 3
  %145 = mul i32 %143, 33
  %146 = getelementptr inbounds i8, ptr %118, i64 %144
  %147 = load i8, ptr %146, align 1, !tbaa !4
  %148 = zext i8 %147 to i32
  %149 = add i32 %145, %148
  %150 = add nuw nsw i64 %124, 4
  %151 = add i64 %126, 4
  %152 = icmp eq i64 %151, %122
  br i1 %152, label %157, label %123, !llvm.loop !13

153:                                              ; preds = %1
  %154 = xor i64 %3, 2166136261
  %155 = mul i64 %154, 31
  %156 = add i64 %155, -3750763034362890198
  br label %264

157:                                              ; preds = %123, %114
  %158 = phi i32 [ undef, %114 ], [ %149, %123 ]
  %159 = phi i64 [ 0, %114 ], [ %150, %123 ]
  %160 = phi i32 [ 5381, %114 ], [ %149, %123 ]
  %161 = icmp eq i64 %119, 0
  br i1 %161, label %174, label %162

162:                                              ; preds = %157, %162
  %163 = phi i64 [ %171, %162 ], [ %159, %157 ]
  %164 = phi i32 [ %170, %162 ], [ %160, %157 ]
  %165 = phi i64 [ %172, %162 ], [ 0, %157 ]
  %166 = mul i32 %164, 33
  %167 = getelementptr inbounds i8, ptr %118, i64 %163
  %168 = load i8, ptr %167, align 1, !tbaa !4
  %169 = zext i8 %168 to i32
  %170 = add i32 %166, %169
  %171 = add nuw nsw i64 %163, 1
  %172 = add i64 %165, 1
  %173 = icmp eq i64 %172, %119
  br i1 %173, label %174, label %162, !llvm.loop !14

174:                                              ; preds = %162, %157
  %175 = phi i32 [ %158, %157 ], [ %170, %162 ]
  %176 = zext i32 %175 to i64
  %177 = add i64 %116, %176
  %178 = trunc i64 %2 to i32
  %179 = mul i32 %178, -1756908916
  %180 = icmp ult i64 %2, 4
  br i1 %180, label %204, label %181

181:                                              ; preds = %174
  %182 = icmp eq i64 %4, 1
  br i1 %182, label %185, label %183

183:                                              ; preds = %181
  %184 = and i64 %4, 2305843009213693950
  br label %209

185:                                              ; preds = %209, %181
  %186 = phi i32 [ undef, %181 ], [ %237, %209 ]
  %187 = phi i32 [ %179, %181 ], [ %237, %209 ]
  %188 = phi i64 [ 0, %181 ], [ %238, %209 ]
  %189 = and i64 %2, 4
  %190 = icmp eq i64 %189, 0
  br i1 %190, label %204, label %191

191:                                              ; preds = %185
  %192 = shl i64 %188, 2
  %193 = getelementptr inbounds i8, ptr @g_text, i64 %192
  %194 = load i32, ptr %193, align 4
  %195 = mul i32 %194, -862048943
  %196 = mul i32 %194, 380141568
  %197 = lshr i32 %195, 17
  %198 = or i32 %197, %196
  %199 = mul i32 %198, 461845907
  %200 = xor i32 %199, %187
  %201 = tail call i32 @llvm.fshl.i32(i32 %200, i32 %200, i32 13)
  %202 = mul i32 %201, 5
  %203 = add i32 %202, -430675100
  br label %204

204:                                              ; preds = %191, %185, %174
  %205 = phi i32 [ %179, %174 ], [ %186, %185 ], [ %203, %191 ]
  %206 = and i64 %2, 124
  %207 = getelementptr inbounds i8, ptr @g_text, i64 %206
  %208 = and i64 %2, 3
  switch i64 %208, label %264 [
    i64 3, label %241
    i64 2, label %246
    i64 1, label %253
  ]

209:                                              ; preds = %209, %183
  %210 = phi i32 [ %179, %183 ], [ %237, %209 ]
  %211 = phi i64 [ 0, %183 ], [ %238, %209 ]
  %212 = phi i64 [ 0, %183 ], [ %239, %209 ]
  %213 = shl i64 %211, 2
  %214 = getelementptr inbounds i8, ptr @g_text, i64 %213
  %215 = load i32, ptr %214, align 8
  %216 = mul i32 %215, -862048943
  %217 = mul i32 %215, 380141568
  %218 = lshr i32 %216, 17
  %219 = or i32 %218, %217
  %220 = mul i32 %219, 461845907
  %221 = xor i32 %220, %210
  %222 = tail call i32 @llvm.fshl.i32(i32 %221, i32 %221, i32 13)
  %223 = mul i32 %222, 5
  %224 = add i32 %223, -430675100
  %225 = shl i64 %211, 2
  %226 = or i64 %225, 4
  %227 = getelementptr inbounds i8, ptr @g_text, i64 %226
  %228 = load i32, ptr %227, align 4
  %229 = mul i32 %228, -862048943
  %230 = mul i32 %228, 380141568
  %231 = lshr i32 %229, 17
  %232 = or i32 %231, %230
  %233 = mul i32 %232, 461845907
  %234 = xor i32 %233, %224
  %235 = tail call i32 @llvm.fshl.i32(i32 %234, i32 %234, i32 13)
  %236 = mul i32 %235, 5
  %237 = add i32 %236, -430675100
  %238 = add nuw nsw i64 %211, 2
  %239 = add i64 %212, 2
  %240 = icmp eq i64 %239, %184
  br i1 %240, label %185, label %209, !llvm.loop !15

241:                                              ; preds = %204
  %242 = getelementptr inbounds i8, ptr %207, i64 2
  %243 = load i8, ptr %242, align 2, !tbaa !4
  %244 = zext i8 %243 to i32
  %245 = shl nuw nsw i32 %244, 16
  br label %246

246:                                              ; preds = %241, %204
  %247 = phi i32 [ 0, %204 ], [ %245, %241 ]
  %248 = getelementptr inbounds i8, ptr %207, i64 1
  %249 = load i8, ptr %248, align 1, !tbaa !4
  %250 = zext i8 %249 to i32
  %251 = shl nuw nsw i32 %250, 8
  %252 = or i32 %251, %247
  br label %253

253:                                              ; preds = %246, %204
  %254 = phi i32 [ 0, %204 ], [ %252, %246 ]
  %255 = load i8, ptr %207, align 4, !tbaa !4
  %256 = zext i8 %255 to i32
  %257 = xor i32 %254, %256
  %258 = mul i32 %257, -862048943
  %259 = mul i32 %257, 380141568
  %260 = lshr i32 %258, 17
  %261 = or i32 %260, %259
  %262 = mul i32 %261, 461845907
  %263 = xor i32 %262, %205
  br label %264

264:                                              ; preds = %153, %204, %253
  %265 = phi i64 [ %177, %204 ], [ %177, %253 ], [ %156, %153 ]
  %266 = phi i32 [ %178, %204 ], [ %178, %253 ], [ 0, %153 ]
  %267 = phi i32 [ %205, %204 ], [ %263, %253 ], [ 0, %153 ]
  %268 = xor i32 %267, %266
  %269 = lshr i32 %268, 16
  %270 = xor i32 %269, %268
  %271 = mul i32 %270, -2048144789
  %272 = lshr i32 %271, 13
  %273 = xor i32 %272, %271
  %274 = mul i32 %273, -1028477387
  %275 = lshr i32 %274, 16
  %276 = xor i32 %275, %274
  %277 = zext i32 %276 to i64
  %278 = xor i64 %265, %277
  %279 = add nuw nsw i64 %2, 1
  %280 = icmp eq i64 %279, 86
  br i1 %280, label %282, label %1, !llvm.loop !16

281:                                              ; preds = %282
  ret i64 %303

282:                                              ; preds = %264, %282
  %283 = phi i64 [ %304, %282 ], [ 0, %264 ]
  %284 = phi i64 [ %303, %282 ], [ %278, %264 ]
  %285 = xor i64 %283, %284
  %286 = lshr i64 %285, 33
  %287 = xor i64 %286, %285
  %288 = mul i64 %287, -49064778989728563
  %289 = lshr i64 %288, 33
  %290 = xor i64 %289, %288
  %291 = mul i64 %290, -4265267296055464877
  %292 = lshr i64 %291, 33
  %293 = or i64 %283, 1
  %294 = xor i64 %292, %293
  %295 = xor i64 %294, %291
  %296 = lshr i64 %295, 33
  %297 = xor i64 %296, %295
  %298 = mul i64 %297, -49064778989728563
  %299 = lshr i64 %298, 33
  %300 = xor i64 %299, %298
  %301 = mul i64 %300, -4265267296055464877
  %302 = lshr i64 %301, 33
  %303 = xor i64 %302, %301
  %304 = add nuw nsw i64 %283, 2
  %305 = icmp eq i64 %304, 2000
  br i1 %305, label %281, label %282, !llvm.loop !17
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #1

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
