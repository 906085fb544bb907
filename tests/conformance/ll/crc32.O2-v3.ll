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
  %3 = phi <8 x i32> [ <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %0 ], [ %46, %1 ]
  %4 = and <8 x i32> %3, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %5 = icmp eq <8 x i32> %4, zeroinitializer
  %6 = lshr <8 x i32> %3, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %7 = xor <8 x i32> %6, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %8 = select <8 x i1> %5, <8 x i32> %6, <8 x i32> %7
  %9 = and <8 x i32> %8, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %10 = icmp eq <8 x i32> %9, zeroinitializer
  %11 = lshr <8 x i32> %8, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %12 = xor <8 x i32> %11, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %13 = select <8 x i1> %10, <8 x i32> %11, <8 x i32> %12
  %14 = and <8 x i32> %13, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %15 = icmp eq <8 x i32> %14, zeroinitializer
  %16 = lshr <8 x i32> %13, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %17 = xor <8 x i32> %16, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %18 = select <8 x i1> %15, <8 x i32> %16, <8 x i32> %17
  %19 = and <8 x i32> %18, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %20 = icmp eq <8 x i32> %19, zeroinitializer
  %21 = lshr <8 x i32> %18, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %22 = xor <8 x i32> %21, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %23 = select <8 x i1> %20, <8 x i32> %21, <8 x i32> %22
  %24 = and <8 x i32> %23, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %25 = icmp eq <8 x i32> %24, zeroinitializer
  %26 = lshr <8 x i32> %23, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %27 = xor <8 x i32> %26, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %28 = select <8 x i1> %25, <8 x i32> %26, <8 x i32> %27
  %29 = and <8 x i32> %28, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %30 = icmp eq <8 x i32> %29, zeroinitializer
  %31 = lshr <8 x i32> %28, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %32 = xor <8 x i32> %31, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %33 = select <8 x i1> %30, <8 x i32> %31, <8 x i32> %32
  %34 = and <8 x i32> %33, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %35 = icmp eq <8 x i32> %34, zeroinitializer
  %36 = lshr <8 x i32> %33, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %37 = xor <8 x i32> %36, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %38 = select <8 x i1> %35, <8 x i32> %36, <8 x i32> %37
  %39 = and <8 x i32> %38, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %40 = icmp eq <8 x i32> %39, zeroinitializer
  %41 = lshr <8 x i32> %38, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %42 = xor <8 x i32> %41, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %43 = select <8 x i1> %40, <8 x i32> %41, <8 x i32> %42
  %44 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %2
  store <8 x i32> %43, ptr %44, align 16, !tbaa !4
  %45 = add nuw i64 %2, 8
  %46 = add <8 x i32> %3, <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %47 = icmp eq i64 %45, 256
  br i1 %47, label %48, label %1, !llvm.loop !8

48:                                               ; preds = %1
  %49 = load i32, ptr @g_seed, align 4, !tbaa !4
  br label %186

50:                                               ; preds = %186, %50
  %51 = phi i64 [ %92, %50 ], [ 0, %186 ]
  %52 = phi i32 [ %91, %50 ], [ -1, %186 ]
  %53 = getelementptr inbounds i8, ptr @buffer, i64 %51
  %54 = load i8, ptr %53, align 4, !tbaa !12
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
  %72 = or i64 %51, 2
  %73 = getelementptr inbounds i8, ptr @buffer, i64 %72
  %74 = load i8, ptr %73, align 2, !tbaa !12
  %75 = trunc i32 %71 to i8
  %76 = xor i8 %74, %75
  %77 = zext i8 %76 to i64
  %78 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !4
  %80 = lshr i32 %71, 8
  %81 = xor i32 %79, %80
  %82 = or i64 %51, 3
  %83 = getelementptr inbounds i8, ptr @buffer, i64 %82
  %84 = load i8, ptr %83, align 1, !tbaa !12
  %85 = trunc i32 %81 to i8
  %86 = xor i8 %84, %85
  %87 = zext i8 %86 to i64
  %88 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %87
  %89 = load i32, ptr %88, align 4, !tbaa !4
  %90 = lshr i32 %81, 8
  %91 = xor i32 %89, %90
  %92 = add nuw nsw i64 %51, 4
  %93 = icmp eq i64 %92, 4096
  br i1 %93, label %94, label %50, !llvm.loop !13

94:                                               ; preds = %50
  %95 = xor i32 %91, -1
  %96 = zext i32 %95 to i64
  br label %97

97:                                               ; preds = %97, %94
  %98 = phi i64 [ 0, %94 ], [ %137, %97 ]
  %99 = phi i16 [ -1, %94 ], [ %136, %97 ]
  %100 = getelementptr inbounds i8, ptr @buffer, i64 %98
  %101 = load i8, ptr %100, align 1, !tbaa !12
  %102 = zext i8 %101 to i16
  %103 = shl nuw i16 %102, 8
  %104 = xor i16 %103, %99
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
  %117 = shl i16 %116, 1
  %118 = xor i16 %117, 4129
  %119 = icmp slt i16 %116, 0
  %120 = select i1 %119, i16 %118, i16 %117
  %121 = shl i16 %120, 1
  %122 = xor i16 %121, 4129
  %123 = icmp slt i16 %120, 0
  %124 = select i1 %123, i16 %122, i16 %121
  %125 = shl i16 %124, 1
  %126 = xor i16 %125, 4129
  %127 = icmp slt i16 %124, 0
  %128 = select i1 %127, i16 %126, i16 %125
  %129 = shl i16 %128, 1
  %130 = xor i16 %129, 4129
  %131 = icmp slt i16 %128, 0
  %132 = select i1 %131, i16 %130, i16 %129
  %133 = shl i16 %132, 1
  %134 = xor i16 %133, 4129
  %135 = icmp slt i16 %132, 0
  %136 = select i1 %135, i16 %134, i16 %133
  %137 = add nuw nsw i64 %98, 1
  %138 = icmp eq i64 %137, 1024
  br i1 %138, label %139, label %97, !llvm.loop !14

139:                                              ; preds = %97
  %140 = shl nuw nsw i64 %96, 16
  %141 = zext i16 %136 to i64
  %142 = or i64 %140, %141
  br label %143

143:                                              ; preds = %143, %139
  %144 = phi i64 [ 0, %139 ], [ %178, %143 ]
  %145 = phi i32 [ 0, %139 ], [ %177, %143 ]
  %146 = phi i32 [ 1, %139 ], [ %175, %143 ]
  %147 = getelementptr inbounds i8, ptr @buffer, i64 %144
  %148 = load i8, ptr %147, align 4, !tbaa !12
  %149 = zext i8 %148 to i32
  %150 = add nuw nsw i32 %146, %149
  %151 = urem i32 %150, 65521
  %152 = add nuw nsw i32 %151, %145
  %153 = urem i32 %152, 65521
  %154 = or i64 %144, 1
  %155 = getelementptr inbounds i8, ptr @buffer, i64 %154
  %156 = load i8, ptr %155, align 1, !tbaa !12
  %157 = zext i8 %156 to i32
  %158 = add nuw nsw i32 %151, %157
  %159 = urem i32 %158, 65521
  %160 = add nuw nsw i32 %159, %153
  %161 = urem i32 %160, 65521
  %162 = or i64 %144, 2
  %163 = getelementptr inbounds i8, ptr @buffer, i64 %162
  %164 = load i8, ptr %163, align 2, !tbaa !12
  %165 = zext i8 %164 to i32
  %166 = add nuw nsw i32 %159, %165
  %167 = urem i32 %166, 65521
  %168 = add nuw nsw i32 %167, %161
  %169 = urem i32 %168, 65521
  %170 = or i64 %144, 3
  %171 = getelementptr inbounds i8, ptr @buffer, i64 %170
  %172 = load i8, ptr %171, align 1, !tbaa !12
  %173 = zext i8 %172 to i32
  %174 = add nuw nsw i32 %167, %173
  %175 = urem i32 %174, 65521
  %176 = add nuw nsw i32 %175, %169
  %177 = urem i32 %176, 65521
  %178 = add nuw nsw i64 %144, 4
  %179 = icmp eq i64 %178, 4096
  br i1 %179, label %180, label %143, !llvm.loop !15

180:                                              ; preds = %143
  %181 = mul i64 %142, 65599
  %182 = shl nuw i32 %177, 16
  %183 = or i32 %182, %175
  %184 = zext i32 %183 to i64
  %185 = add i64 %181, %184
  br label %300

186:                                              ; preds = %186, %48
  %187 = phi i64 [ 0, %48 ], [ %236, %186 ]
  %188 = phi i32 [ %49, %48 ], [ %232, %186 ]
  %189 = mul i32 %188, 1103515245
  %190 = add i32 %189, 12345
  %191 = lshr i32 %190, 16
  %192 = trunc i32 %191 to i8
  %193 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %187
  store i8 %192, ptr %193, align 8, !tbaa !12
  %194 = or i64 %187, 1
  %195 = mul i32 %190, 1103515245
  %196 = add i32 %195, 12345
  %197 = lshr i32 %196, 16
  %198 = trunc i32 %197 to i8
  %199 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %194
  store i8 %198, ptr %199, align 1, !tbaa !12
  %200 = or i64 %187, 2
  %201 = mul i32 %196, 1103515245
  %202 = add i32 %201, 12345
  %203 = lshr i32 %202, 16
  %204 = trunc i32 %203 to i8
  %205 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %200
  store i8 %204, ptr %205, align 2, !tbaa !12
  %206 = or i64 %187, 3
  %207 = mul i32 %202, 1103515245
  %208 = add i32 %207, 12345
  %209 = lshr i32 %208, 16
  %210 = trunc i32 %209 to i8
  %211 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %206
  store i8 %210, ptr %211, align 1, !tbaa !12
  %212 = or i64 %187, 4
  %213 = mul i32 %208, 1103515245
  %214 = add i32 %213, 12345
  %215 = lshr i32 %214, 16
  %216 = trunc i32 %215 to i8
  %217 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %212
  store i8 %216, ptr %217, align 4, !tbaa !12
  %218 = or i64 %187, 5
  %219 = mul i32 %214, 1103515245
  %220 = add i32 %219, 12345
  %221 = lshr i32 %220, 16
  %222 = trunc i32 %221 to i8
  %223 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %218
  store i8 %222, ptr %223, align 1, !tbaa !12
  %224 = or i64 %187, 6
  %225 = mul i32 %220, 1103515245
  %226 = add i32 %225, 12345
  %227 = lshr i32 %226, 16
  %228 = trunc i32 %227 to i8
  %229 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %224
  store i8 %228, ptr %229, align 2, !tbaa !12
  %230 = or i64 %187, 7
  %231 = mul i32 %226, 1103515245
  %232 = add i32 %231, 12345
  %233 = lshr i32 %232, 16
  %234 = trunc i32 %233 to i8
  %235 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %230
  store i8 %234, ptr %235, align 1, !tbaa !12
  %236 = add nuw nsw i64 %187, 8
  %237 = icmp eq i64 %236, 4096
  br i1 %237, label %50, label %186, !llvm.loop !16

238:                                              ; preds = %379
  %239 = load i32, ptr getelementptr inbounds ([256 x i32], ptr @crc_table, i64 0, i64 206), align 8, !tbaa !4
  %240 = and i32 %239, 255
  %241 = xor i32 %240, 205
  %242 = zext i32 %241 to i64
  %243 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %242
  %244 = load i32, ptr %243, align 4, !tbaa !4
  %245 = lshr i32 %239, 8
  %246 = xor i32 %245, %244
  %247 = and i32 %246, 255
  %248 = xor i32 %247, 204
  %249 = zext i32 %248 to i64
  %250 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %249
  %251 = load i32, ptr %250, align 4, !tbaa !4
  %252 = lshr i32 %246, 8
  %253 = xor i32 %252, %251
  %254 = and i32 %253, 255
  %255 = xor i32 %254, 203
  %256 = zext i32 %255 to i64
  %257 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %256
  %258 = load i32, ptr %257, align 4, !tbaa !4
  %259 = lshr i32 %253, 8
  %260 = xor i32 %258, %259
  %261 = and i32 %260, 255
  %262 = xor i32 %261, 53
  %263 = zext i32 %262 to i64
  %264 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %263
  %265 = load i32, ptr %264, align 4, !tbaa !4
  %266 = lshr i32 %260, 8
  %267 = xor i32 %265, %266
  %268 = and i32 %267, 255
  %269 = xor i32 %268, 54
  %270 = zext i32 %269 to i64
  %271 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %270
  %272 = load i32, ptr %271, align 4, !tbaa !4
  %273 = lshr i32 %267, 8
  %274 = xor i32 %272, %273
  %275 = and i32 %274, 255
  %276 = xor i32 %275, 55
  %277 = zext i32 %276 to i64
  %278 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %277
  %279 = load i32, ptr %278, align 4, !tbaa !4
  %280 = lshr i32 %274, 8
  %281 = xor i32 %279, %280
  %282 = and i32 %281, 255
  %283 = xor i32 %282, 56
  %284 = zext i32 %283 to i64
  %285 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %284
  %286 = load i32, ptr %285, align 4, !tbaa !4
  %287 = lshr i32 %281, 8
  %288 = xor i32 %286, %287
  %289 = and i32 %288, 255
  %290 = xor i32 %289, 57
  %291 = zext i32 %290 to i64
  %292 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %291
  %293 = load i32, ptr %292, align 4, !tbaa !4
  %294 = lshr i32 %288, 8
  %295 = xor i32 %293, %294
  %296 = xor i32 %295, -1
  %297 = zext i32 %296 to i64
  %298 = shl nuw nsw i64 %297, 20
  %299 = xor i64 %298, %384
  ret i64 %299

300:                                              ; preds = %180, %379
  %301 = phi i64 [ 0, %180 ], [ %387, %379 ]
  %302 = phi i64 [ 1, %180 ], [ %385, %379 ]
  %303 = phi i64 [ %185, %180 ], [ %384, %379 ]
  %304 = mul nuw nsw i64 %301, 7
  %305 = add i64 %304, 7
  %306 = add i64 %304, 6
  %307 = getelementptr inbounds i8, ptr @buffer, i64 %302
  %308 = and i64 %305, 3
  %309 = icmp ult i64 %306, 3
  br i1 %309, label %358, label %310

310:                                              ; preds = %300
  %311 = and i64 %305, -4
  br label %312

312:                                              ; preds = %312, %310
  %313 = phi i64 [ 0, %310 ], [ %355, %312 ]
  %314 = phi i32 [ -1, %310 ], [ %354, %312 ]
  %315 = phi i64 [ 0, %310 ], [ %356, %312 ]
  %316 = getelementptr inbounds i8, ptr %307, i64 %313
  %317 = load i8, ptr %316, align 1, !tbaa !12
  %318 = trunc i32 %314 to i8
  %319 = xor i8 %317, %318
  %320 = zext i8 %319 to i64
  %321 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %320
  %322 = load i32, ptr %321, align 4, !tbaa !4
  %323 = lshr i32 %314, 8
  %324 = xor i32 %322, %323
  %325 = or i64 %313, 1
  %326 = getelementptr inbounds i8, ptr %307, i64 %325
  %327 = load i8, ptr %326, align 1, !tbaa !12
  %328 = trunc i32 %324 to i8
  %329 = xor i8 %327, %328
  %330 = zext i8 %329 to i64
  %331 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %330
  %332 = load i32, ptr %331, align 4, !tbaa !4
  %333 = lshr i32 %324, 8
  %334 = xor i32 %332, %333
  %335 = or i64 %313, 2
  %336 = getelementptr inbounds i8, ptr %307, i64 %335
  %337 = load i8, ptr %336, align 1, !tbaa !12
  %338 = trunc i32 %334 to i8
  %339 = xor i8 %337, %338
  %340 = zext i8 %339 to i64
  %341 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %340
  %342 = load i32, ptr %341, align 4, !tbaa !4
  %343 = lshr i32 %334, 8
  %344 = xor i32 %342, %343
  %345 = or i64 %313, 3
  %346 = getelementptr inbounds i8, ptr %307, i64 %345
  %347 = load i8, ptr %346, align 1, !tbaa !12
  %348 = trunc i32 %344 to i8
  %349 = xor i8 %347, %348
  %350 = zext i8 %349 to i64
  %351 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %350
  %352 = load i32, ptr %351, align 4, !tbaa !4
  %353 = lshr i32 %344, 8
  %354 = xor i32 %352, %353
  %355 = add nuw nsw i64 %313, 4
  %356 = add nuw nsw i64 %315, 4
  %357 = icmp eq i64 %356, %311
  br i1 %357, label %358, label %312, !llvm.loop !13

358:                                              ; preds = %312, %300
  %359 = phi i32 [ undef, %300 ], [ %354, %312 ]
  %360 = phi i64 [ 0, %300 ], [ %355, %312 ]
  %361 = phi i32 [ -1, %300 ], [ %354, %312 ]
  %362 = icmp eq i64 %308, 0
  br i1 %362, label %379, label %363

363:                                              ; preds = %358, %363
  %364 = phi i64 [ %376, %363 ], [ %360, %358 ]
  %365 = phi i32 [ %375, %363 ], [ %361, %358 ]
  %366 = phi i64 [ %377, %363 ], [ 0, %358 ]
  %367 = getelementptr inbounds i8, ptr %307, i64 %364
  %368 = load i8, ptr %367, align 1, !tbaa !12
  %369 = trunc i32 %365 to i8
  %370 = xor i8 %368, %369
  %371 = zext i8 %370 to i64
  %372 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %371
  %373 = load i32, ptr %372, align 4, !tbaa !4
  %374 = lshr i32 %365, 8
  %375 = xor i32 %373, %374
  %376 = add nuw nsw i64 %364, 1
  %377 = add i64 %366, 1
  %378 = icmp eq i64 %377, %308
  br i1 %378, label %379, label %363, !llvm.loop !17

379:                                              ; preds = %363, %358
  %380 = phi i32 [ %359, %358 ], [ %375, %363 ]
  %381 = mul i64 %303, 3
  %382 = xor i32 %380, -1
  %383 = zext i32 %382 to i64
  %384 = add i64 %381, %383
  %385 = add nuw nsw i64 %302, 1
  %386 = icmp eq i64 %385, 64
  %387 = add i64 %301, 1
  br i1 %386, label %238, label %300, !llvm.loop !19
}

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }

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
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.unroll.disable"}
!19 = distinct !{!19, !9}
