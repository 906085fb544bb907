; ModuleID = 'crc32.c'
source_filename = "crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 12648430, align 4
@buffer = internal unnamed_addr global [4096 x i8] zeroinitializer, align 16
@crc_table = internal unnamed_addr global [256 x i32] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %45, %1 ]
  %3 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %46, %1 ]
  %4 = and <4 x i32> %3, <i32 1, i32 1, i32 1, i32 1>
  %5 = icmp eq <4 x i32> %4, zeroinitializer
  %6 = lshr <4 x i32> %3, <i32 1, i32 1, i32 1, i32 1>
  %7 = xor <4 x i32> %6, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %8 = select <4 x i1> %5, <4 x i32> %6, <4 x i32> %7
  %9 = and <4 x i32> %8, <i32 1, i32 1, i32 1, i32 1>
  %10 = icmp eq <4 x i32> %9, zeroinitializer
  %11 = lshr <4 x i32> %8, <i32 1, i32 1, i32 1, i32 1>
  %12 = xor <4 x i32> %11, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %13 = select <4 x i1> %10, <4 x i32> %11, <4 x i32> %12
  %14 = and <4 x i32> %13, <i32 1, i32 1, i32 1, i32 1>
  %15 = icmp eq <4 x i32> %14, zeroinitializer
  %16 = lshr <4 x i32> %13, <i32 1, i32 1, i32 1, i32 1>
  %17 = xor <4 x i32> %16, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %18 = select <4 x i1> %15, <4 x i32> %16, <4 x i32> %17
  %19 = and <4 x i32> %18, <i32 1, i32 1, i32 1, i32 1>
  %20 = icmp eq <4 x i32> %19, zeroinitializer
  %21 = lshr <4 x i32> %18, <i32 1, i32 1, i32 1, i32 1>
  %22 = xor <4 x i32> %21, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %23 = select <4 x i1> %20, <4 x i32> %21, <4 x i32> %22
  %24 = and <4 x i32> %23, <i32 1, i32 1, i32 1, i32 1>
  %25 = icmp eq <4 x i32> %24, zeroinitializer
  %26 = lshr <4 x i32> %23, <i32 1, i32 1, i32 1, i32 1>
  %27 = xor <4 x i32> %26, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %28 = select <4 x i1> %25, <4 x i32> %26, <4 x i32> %27
  %29 = and <4 x i32> %28, <i32 1, i32 1, i32 1, i32 1>
  %30 = icmp eq <4 x i32> %29, zeroinitializer
  %31 = lshr <4 x i32> %28, <i32 1, i32 1, i32 1, i32 1>
  %32 = xor <4 x i32> %31, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %33 = select <4 x i1> %30, <4 x i32> %31, <4 x i32> %32
  %34 = and <4 x i32> %33, <i32 1, i32 1, i32 1, i32 1>
  %35 = icmp eq <4 x i32> %34, zeroinitializer
  %36 = lshr <4 x i32> %33, <i32 1, i32 1, i32 1, i32 1>
  %37 = xor <4 x i32> %36, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %38 = select <4 x i1> %35, <4 x i32> %36, <4 x i32> %37
  %39 = and <4 x i32> %38, <i32 1, i32 1, i32 1, i32 1>
  %40 = icmp eq <4 x i32> %39, zeroinitializer
  %41 = lshr <4 x i32> %38, <i32 1, i32 1, i32 1, i32 1>
  %42 = xor <4 x i32> %41, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %43 = select <4 x i1> %40, <4 x i32> %41, <4 x i32> %42
  %44 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %2
  store <4 x i32> %43, ptr %44, align 16, !tbaa !4
  %45 = add nuw i64 %2, 4
  %46 = add <4 x i32> %3, <i32 4, i32 4, i32 4, i32 4>
  %47 = icmp eq i64 %45, 256
  br i1 %47, label %48, label %1, !llvm.loop !8

48:                                               ; preds = %1
  %49 = load i32, ptr @g_seed, align 4, !tbaa !4
  br label %150

50:                                               ; preds = %150, %50
  %51 = phi i64 [ %72, %50 ], [ 0, %150 ]
  %52 = phi i32 [ %71, %50 ], [ -1, %150 ]
  %53 = getelementptr inbounds i8, ptr @buffer, i64 %51
  %54 = load i8, ptr %53, align 2, !tbaa !12
  %55 = trunc i32 %52 to i8
  %56 = xor i8 %54, %55
  %57 = zext i8 %56 to i64
  %58 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !4
  %60 = lshr i32 %52, 8
  %61 = xor i32 %59, %60
  %62 = or i64 %51, 1
  %63 = getelementptr inbounds i8, ptr @buffer, i64 %62
  %64 = load i8, ptr %63, align 1, !tbaa !12
  %65 = trunc i32 %61 to i8
  %66 = xor i8 %64, %65
  %67 = zext i8 %66 to i64
  %68 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !4
  %70 = lshr i32 %61, 8
  %71 = xor i32 %69, %70
  %72 = add nuw nsw i64 %51, 2
  %73 = icmp eq i64 %72, 4096
  br i1 %73, label %74, label %50, !llvm.loop !13

74:                                               ; preds = %50
  %75 = xor i32 %71, -1
  %76 = zext i32 %75 to i64
  br label %77

77:                                               ; preds = %77, %74
  %78 = phi i64 [ 0, %74 ], [ %117, %77 ]
  %79 = phi i16 [ -1, %74 ], [ %116, %77 ]
  %80 = getelementptr inbounds i8, ptr @buffer, i64 %78
  %81 = load i8, ptr %80, align 1, !tbaa !12
  %82 = zext i8 %81 to i16
  %83 = shl nuw i16 %82, 8
  %84 = xor i16 %83, %79
  %85 = shl i16 %84, 1
  %86 = xor i16 %85, 4129
  %87 = icmp slt i16 %84, 0
  %88 = select i1 %87, i16 %86, i16 %85
  %89 = shl i16 %88, 1
  %90 = xor i16 %89, 4129
  %91 = icmp slt i16 %88, 0
  %92 = select i1 %91, i16 %90, i16 %89
  %93 = shl i16 %92, 1
  %94 = xor i16 %93, 4129
  %95 = icmp slt i16 %92, 0
  %96 = select i1 %95, i16 %94, i16 %93
  %97 = shl i16 %96, 1
  %98 = xor i16 %97, 4129
  %99 = icmp slt i16 %96, 0
  %100 = select i1 %99, i16 %98, i16 %97
  %101 = shl i16 %100, 1
  %102 = xor i16 %101, 4129
  %103 = icmp slt i16 %100, 0
  %104 = select i1 %103, i16 %102, i16 %101
  %105 = shl i16 %104, 1
  %106 = xor i16 %105, 4129
  %107 = icmp slt i16 %104, 0
  %108 = select i1 %107, i16 %106, i16 %105
  %109 = shl i16 %108, 1
  %110 = xor i16 %109, 4129
  %111 = icmp slt i16 %108, 0
  %112 = select i1 %111, i16 %110, i16 %109
  %113 = shl i16 %112, 1
  %114 = xor i16 %113, 4129
  %115 = icmp slt i16 %112, 0
  %116 = select i1 %115, i16 %114, i16 %113
  %117 = add nuw nsw i64 %78, 1
  %118 = icmp eq i64 %117, 1024
  br i1 %118, label %119, label %77, !llvm.loop !14

119:                                              ; preds = %77
  %120 = shl nuw nsw i64 %76, 16
  %121 = zext i16 %116 to i64
  %122 = or i64 %120, %121
  br label %123

123:                                              ; preds = %123, %119
  %124 = phi i64 [ 0, %119 ], [ %142, %123 ]
  %125 = phi i32 [ 0, %119 ], [ %141, %123 ]
  %126 = phi i32 [ 1, %119 ], [ %139, %123 ]
  %127 = getelementptr inbounds i8, ptr @buffer, i64 %124
  %128 = load i8, ptr %127, align 2, !tbaa !12
  %129 = zext i8 %128 to i32
  %130 = add nuw nsw i32 %126, %129
  %131 = urem i32 %130, 65521
  %132 = add nuw nsw i32 %131, %125
  %133 = urem i32 %132, 65521
  %134 = or i64 %124, 1
  %135 = getelementptr inbounds i8, ptr @buffer, i64 %134
  %136 = load i8, ptr %135, align 1, !tbaa !12
  %137 = zext i8 %136 to i32
  %138 = add nuw nsw i32 %131, %137
  %139 = urem i32 %138, 65521
  %140 = add nuw nsw i32 %139, %133
  %141 = urem i32 %140, 65521
  %142 = add nuw nsw i64 %124, 2
  %143 = icmp eq i64 %142, 4096
  br i1 %143, label %144, label %123, !llvm.loop !15

144:                                              ; preds = %123
  %145 = mul i64 %122, 65599
  %146 = shl nuw i32 %141, 16
  %147 = or i32 %146, %139
  %148 = zext i32 %147 to i64
  %149 = add i64 %145, %148
  br label %240

150:                                              ; preds = %150, %48
  %151 = phi i64 [ 0, %48 ], [ %176, %150 ]
  %152 = phi i32 [ %49, %48 ], [ %172, %150 ]
  %153 = mul i32 %152, 1103515245
  %154 = add i32 %153, 12345
  %155 = lshr i32 %154, 16
  %156 = trunc i32 %155 to i8
  %157 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %151
  store i8 %156, ptr %157, align 4, !tbaa !12
  %158 = or i64 %151, 1
  %159 = mul i32 %154, 1103515245
  %160 = add i32 %159, 12345
  %161 = lshr i32 %160, 16
  %162 = trunc i32 %161 to i8
  %163 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %158
  store i8 %162, ptr %163, align 1, !tbaa !12
  %164 = or i64 %151, 2
  %165 = mul i32 %160, 1103515245
  %166 = add i32 %165, 12345
  %167 = lshr i32 %166, 16
  %168 = trunc i32 %167 to i8
  %169 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %164
  store i8 %168, ptr %169, align 2, !tbaa !12
  %170 = or i64 %151, 3
  %171 = mul i32 %166, 1103515245
  %172 = add i32 %171, 12345
  %173 = lshr i32 %172, 16
  %174 = trunc i32 %173 to i8
  %175 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %170
  store i8 %174, ptr %175, align 1, !tbaa !12
  %176 = add nuw nsw i64 %151, 4
  %177 = icmp eq i64 %176, 4096
  br i1 %177, label %50, label %150, !llvm.loop !16

178:                                              ; preds = %287
  %179 = load i32, ptr getelementptr inbounds ([256 x i32], ptr @crc_table, i64 0, i64 206), align 8, !tbaa !4
  %180 = and i32 %179, 255
  %181 = xor i32 %180, 205
  %182 = zext i32 %181 to i64
  %183 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %182
  %184 = load i32, ptr %183, align 4, !tbaa !4
  %185 = lshr i32 %179, 8
  %186 = xor i32 %185, %184
  %187 = and i32 %186, 255
  %188 = xor i32 %187, 204
  %189 = zext i32 %188 to i64
  %190 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %189
  %191 = load i32, ptr %190, align 4, !tbaa !4
  %192 = lshr i32 %186, 8
  %193 = xor i32 %192, %191
  %194 = and i32 %193, 255
  %195 = xor i32 %194, 203
  %196 = zext i32 %195 to i64
  %197 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %196
  %198 = load i32, ptr %197, align 4, !tbaa !4
  %199 = lshr i32 %193, 8
  %200 = xor i32 %198, %199
  %201 = and i32 %200, 255
  %202 = xor i32 %201, 53
  %203 = zext i32 %202 to i64
  %204 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %203
  %205 = load i32, ptr %204, align 4, !tbaa !4
  %206 = lshr i32 %200, 8
  %207 = xor i32 %205, %206
  %208 = and i32 %207, 255
  %209 = xor i32 %208, 54
  %210 = zext i32 %209 to i64
  %211 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %210
  %212 = load i32, ptr %211, align 4, !tbaa !4
  %213 = lshr i32 %207, 8
  %214 = xor i32 %212, %213
  %215 = and i32 %214, 255
  %216 = xor i32 %215, 55
  %217 = zext i32 %216 to i64
  %218 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %217
  %219 = load i32, ptr %218, align 4, !tbaa !4
  %220 = lshr i32 %214, 8
  %221 = xor i32 %219, %220
  %222 = and i32 %221, 255
  %223 = xor i32 %222, 56
  %224 = zext i32 %223 to i64
  %225 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %224
  %226 = load i32, ptr %225, align 4, !tbaa !4
  %227 = lshr i32 %221, 8
  %228 = xor i32 %226, %227
  %229 = and i32 %228, 255
  %230 = xor i32 %229, 57
  %231 = zext i32 %230 to i64
  %232 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %231
  %233 = load i32, ptr %232, align 4, !tbaa !4
  %234 = lshr i32 %228, 8
  %235 = xor i32 %233, %234
  %236 = xor i32 %235, -1
  %237 = zext i32 %236 to i64
  %238 = shl nuw nsw i64 %237, 20
  %239 = xor i64 %238, %292
  ret i64 %239

240:                                              ; preds = %144, %287
  %241 = phi i64 [ 0, %144 ], [ %295, %287 ]
  %242 = phi i64 [ 1, %144 ], [ %293, %287 ]
  %243 = phi i64 [ %149, %144 ], [ %292, %287 ]
  %244 = mul nuw nsw i64 %241, 7
  %245 = add i64 %244, 7
  %246 = getelementptr inbounds i8, ptr @buffer, i64 %242
  %247 = and i64 %245, 1
  %248 = and i64 %245, -2
  br label %249

249:                                              ; preds = %249, %240
  %250 = phi i64 [ 0, %240 ], [ %272, %249 ]
  %251 = phi i32 [ -1, %240 ], [ %271, %249 ]
  %252 = phi i64 [ 0, %240 ], [ %273, %249 ]
  %253 = getelementptr inbounds i8, ptr %246, i64 %250
  %254 = load i8, ptr %253, align 1, !tbaa !12
  %255 = trunc i32 %251 to i8
  %256 = xor i8 %254, %255
  %257 = zext i8 %256 to i64
  %258 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %257
  %259 = load i32, ptr %258, align 4, !tbaa !4
  %260 = lshr i32 %251, 8
  %261 = xor i32 %259, %260
  %262 = or i64 %250, 1
  %263 = getelementptr inbounds i8, ptr %246, i64 %262
  %264 = load i8, ptr %263, align 1, !tbaa !12
  %265 = trunc i32 %261 to i8
  %266 = xor i8 %264, %265
  %267 = zext i8 %266 to i64
  %268 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %267
  %269 = load i32, ptr %268, align 4, !tbaa !4
  %270 = lshr i32 %261, 8
  %271 = xor i32 %269, %270
  %272 = add nuw nsw i64 %250, 2
  %273 = add nuw nsw i64 %252, 2
  %274 = icmp eq i64 %273, %248
  br i1 %274, label %275, label %249, !llvm.loop !13

275:                                              ; preds = %249
  %276 = icmp eq i64 %247, 0
  br i1 %276, label %287, label %277

277:                                              ; preds = %275
  %278 = getelementptr inbounds i8, ptr %246, i64 %272
  %279 = load i8, ptr %278, align 1, !tbaa !12
  %280 = trunc i32 %271 to i8
  %281 = xor i8 %279, %280
  %282 = zext i8 %281 to i64
  %283 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %282
  %284 = load i32, ptr %283, align 4, !tbaa !4
  %285 = lshr i32 %271, 8
  %286 = xor i32 %284, %285
  br label %287

287:                                              ; preds = %275, %277
  %288 = phi i32 [ %271, %275 ], [ %286, %277 ]
  %289 = mul i64 %243, 3
  %290 = xor i32 %288, -1
  %291 = zext i32 %290 to i64
  %292 = add i64 %289, %291
  %293 = add nuw nsw i64 %242, 1
  %294 = icmp eq i64 %293, 64
  %295 = add i64 %241, 1
  br i1 %294, label %178, label %240, !llvm.loop !17
}

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = !{!6, !6, i64 0}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
