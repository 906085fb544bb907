; ModuleID = 'stack_vm.c'
source_filename = "stack_vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_limit = dso_local global i32 1500, align 4
@primes_program = internal constant [79 x i32] [i32 1, i32 2, i32 15, i32 0, i32 14, i32 0, i32 14, i32 3, i32 10, i32 13, i32 55, i32 1, i32 2, i32 15, i32 1, i32 14, i32 1, i32 3, i32 7, i32 14, i32 0, i32 4, i32 10, i32 13, i32 27, i32 12, i32 43, i32 14, i32 0, i32 14, i32 1, i32 9, i32 13, i32 46, i32 14, i32 1, i32 1, i32 1, i32 5, i32 15, i32 1, i32 12, i32 15, i32 14, i32 0, i32 18, i32 14, i32 0, i32 1, i32 1, i32 5, i32 15, i32 0, i32 12, i32 4, i32 1, i32 12, i32 16, i32 61, i32 18, i32 0, i32 3, i32 1, i32 2, i32 10, i32 13, i32 71, i32 2, i32 1, i32 1, i32 17, i32 3, i32 1, i32 1, i32 6, i32 16, i32 61, i32 7, i32 17], align 16
@bits_program = internal constant [50 x i32] [i32 1, i32 0, i32 15, i32 0, i32 1, i32 0, i32 15, i32 1, i32 14, i32 0, i32 1, i32 500, i32 11, i32 13, i32 17, i32 12, i32 46, i32 14, i32 1, i32 14, i32 0, i32 1, i32 3, i32 21, i32 1, i32 255, i32 20, i32 5, i32 14, i32 0, i32 1, i32 3, i32 8, i32 19, i32 6, i32 15, i32 1, i32 14, i32 0, i32 1, i32 1, i32 5, i32 15, i32 0, i32 12, i32 8, i32 14, i32 1, i32 18, i32 0], align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = load i32, ptr @g_limit, align 4
  %3 = call i64 @run(ptr noundef @primes_program, i32 noundef %2)
  store i64 %3, ptr %1, align 8
  %4 = load i64, ptr %1, align 8
  %5 = mul i64 %4, 1099511628211
  %6 = call i64 @run(ptr noundef @bits_program, i32 noundef 0)
  %7 = xor i64 %5, %6
  store i64 %7, ptr %1, align 8
  %8 = load i64, ptr %1, align 8
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone
define internal i64 @run(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca [256 x i64], align 16
  %7 = alloca [64 x i32], align 16
  %8 = alloca [8 x i64], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %8, i8 0, i64 64, i1 false)
  %17 = getelementptr inbounds [8 x i64], ptr %8, i64 0, i64 0
  %18 = getelementptr inbounds i64, ptr %17, i64 1
  %19 = getelementptr inbounds i64, ptr %18, i64 1
  %20 = getelementptr inbounds i64, ptr %19, i64 1
  %21 = load i32, ptr %5, align 4
  %22 = sext i32 %21 to i64
  store i64 %22, ptr %20, align 8
  %23 = getelementptr inbounds i64, ptr %20, i64 1
  %24 = getelementptr inbounds i64, ptr %23, i64 1
  %25 = getelementptr inbounds i64, ptr %24, i64 1
  %26 = getelementptr inbounds i64, ptr %25, i64 1
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  store i64 0, ptr %12, align 8
  store i64 0, ptr %13, align 8
  br label %27

27:                                               ; preds = %306, %2
  %28 = load i64, ptr %13, align 8
  %29 = add i64 %28, 1
  store i64 %29, ptr %13, align 8
  %30 = load ptr, ptr %4, align 8
  %31 = load i32, ptr %11, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %11, align 4
  %33 = sext i32 %31 to i64
  %34 = getelementptr inbounds i32, ptr %30, i64 %33
  %35 = load i32, ptr %34, align 4
  store i32 %35, ptr %14, align 4
  %36 = load i32, ptr %14, align 4
  switch i32 %36, label %305 [
    i32 0, label %37
    i32 1, label %42
    i32 2, label %54
    i32 3, label %57
    i32 4, label %68
    i32 5, label %88
    i32 6, label %101
    i32 7, label %114
    i32 8, label %127
    i32 9, label %140
    i32 10, label %153
    i32 11, label %172
    i32 12, label %191
    i32 13, label %197
    i32 14, label %213
    i32 15, label %227
    i32 16, label %241
    i32 17, label %253
    i32 18, label %259
    i32 19, label %268
    i32 20, label %279
    i32 21, label %292
  ]

37:                                               ; preds = %27
  %38 = load i64, ptr %12, align 8
  %39 = mul i64 %38, 31
  %40 = load i64, ptr %13, align 8
  %41 = add i64 %39, %40
  store i64 %41, ptr %3, align 8
  br label %307

42:                                               ; preds = %27
  %43 = load ptr, ptr %4, align 8
  %44 = load i32, ptr %11, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %11, align 4
  %46 = sext i32 %44 to i64
  %47 = getelementptr inbounds i32, ptr %43, i64 %46
  %48 = load i32, ptr %47, align 4
  %49 = sext i32 %48 to i64
  %50 = load i32, ptr %9, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %9, align 4
  %52 = sext i32 %50 to i64
  %53 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %52
  store i64 %49, ptr %53, align 8
  br label %306

54:                                               ; preds = %27
  %55 = load i32, ptr %9, align 4
  %56 = add nsw i32 %55, -1
  store i32 %56, ptr %9, align 4
  br label %306

57:                                               ; preds = %27
  %58 = load i32, ptr %9, align 4
  %59 = sub nsw i32 %58, 1
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %60
  %62 = load i64, ptr %61, align 8
  %63 = load i32, ptr %9, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %64
  store i64 %62, ptr %65, align 8
  %66 = load i32, ptr %9, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %9, align 4
  br label %306

68:                                               ; preds = %27
  %69 = load i32, ptr %9, align 4
  %70 = sub nsw i32 %69, 1
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %71
  %73 = load i64, ptr %72, align 8
  store i64 %73, ptr %15, align 8
  %74 = load i32, ptr %9, align 4
  %75 = sub nsw i32 %74, 2
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %76
  %78 = load i64, ptr %77, align 8
  %79 = load i32, ptr %9, align 4
  %80 = sub nsw i32 %79, 1
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %81
  store i64 %78, ptr %82, align 8
  %83 = load i64, ptr %15, align 8
  %84 = load i32, ptr %9, align 4
  %85 = sub nsw i32 %84, 2
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %86
  store i64 %83, ptr %87, align 8
  br label %306

88:                                               ; preds = %27
  %89 = load i32, ptr %9, align 4
  %90 = add nsw i32 %89, -1
  store i32 %90, ptr %9, align 4
  %91 = load i32, ptr %9, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %92
  %94 = load i64, ptr %93, align 8
  %95 = load i32, ptr %9, align 4
  %96 = sub nsw i32 %95, 1
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %97
  %99 = load i64, ptr %98, align 8
  %100 = add nsw i64 %99, %94
  store i64 %100, ptr %98, align 8
  br label %306

101:                                              ; preds = %27
  %102 = load i32, ptr %9, align 4
  %103 = add nsw i32 %102, -1
  store i32 %103, ptr %9, align 4
  %104 = load i32, ptr %9, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %105
  %107 = load i64, ptr %106, align 8
  %108 = load i32, ptr %9, align 4
  %109 = sub nsw i32 %108, 1
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %110
  %112 = load i64, ptr %111, align 8
  %113 = sub nsw i64 %112, %107
  store i64 %113, ptr %111, align 8
  br label %306

114:                                              ; preds = %27
  %115 = load i32, ptr %9, align 4
  %116 = add nsw i32 %115, -1
  store i32 %116, ptr %9, align 4
  %117 = load i32, ptr %9, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %118
  %120 = load i64, ptr %119, align 8
  %121 = load i32, ptr %9, align 4
  %122 = sub nsw i32 %121, 1
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %123
  %125 = load i64, ptr %124, align 8
  %126 = mul nsw i64 %125, %120
  store i64 %126, ptr %124, align 8
  br label %306

127:                                              ; preds = %27
  %128 = load i32, ptr %9, align 4
  %129 = add nsw i32 %128, -1
  store i32 %129, ptr %9, align 4
  %130 = load i32, ptr %9, align 4
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %131
  %133 = load i64, ptr %132, align 8
  %134 = load i32, ptr %9, align 4
  %135 = sub nsw i32 %134, 1
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %136
  %138 = load i64, ptr %137, align 8
  %139 = sdiv i64 %138, %133
  store i64 %139, ptr %137, align 8
  br label %306

140:                                              ; preds = %27
  %141 = load i32, ptr %9, align 4
  %142 = add nsw i32 %141, -1
  store i32 %142, ptr %9, align 4
  %143 = load i32, ptr %9, align 4
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %144
  %146 = load i64, ptr %145, align 8
  %147 = load i32, ptr %9, align 4
  %148 = sub nsw i32 %147, 1
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %149
  %151 = load i64, ptr %150, align 8
  %152 = srem i64 %151, %146
  store i64 %152, ptr %150, align 8
  br label %306

153:                                              ; preds = %27
  %154 = load i32, ptr %9, align 4
  %155 = add nsw i32 %154, -1
  store i32 %155, ptr %9, align 4
  %156 = load i32, ptr %9, align 4
  %157 = sub nsw i32 %156, 1
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %158
  %160 = load i64, ptr %159, align 8
  %161 = load i32, ptr %9, align 4
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %162
  %164 = load i64, ptr %163, align 8
  %165 = icmp slt i64 %160, %164
  %166 = zext i1 %165 to i32
  %167 = sext i32 %166 to i64
  %168 = load i32, ptr %9, align 4
  %169 = sub nsw i32 %168, 1
  %170 = sext i32 %169 to i64
  %171 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %170
  store i64 %167, ptr %171, align 8
  br label %306

172:                                              ; preds = %27
  %173 = load i32, ptr %9, align 4
  %174 = add nsw i32 %173, -1
  store i32 %174, ptr %9, align 4
  %175 = load i32, ptr %9, align 4
  %176 = sub nsw i32 %175, 1
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %177
  %179 = load i64, ptr %178, align 8
  %180 = load i32, ptr %9, align 4
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %181
  %183 = load i64, ptr %182, align 8
  %184 = icmp eq i64 %179, %183
  %185 = zext i1 %184 to i32
  %186 = sext i32 %185 to i64
  %187 = load i32, ptr %9, align 4
  %188 = sub nsw i32 %187, 1
  %189 = sext i32 %188 to i64
  %190 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %189
  store i64 %186, ptr %190, align 8
  br label %306

191:                                              ; preds = %27
  %192 = load ptr, ptr %4, align 8
  %193 = load i32, ptr %11, align 4
  %194 = sext i32 %193 to i64
  %195 = getelementptr inbounds i32, ptr %192, i64 %194
  %196 = load i32, ptr %195, align 4
  store i32 %196, ptr %11, align 4
  br label %306

197:                                              ; preds = %27
  %198 = load ptr, ptr %4, align 8
  %199 = load i32, ptr %11, align 4
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %11, align 4
  %201 = sext i32 %199 to i64
  %202 = getelementptr inbounds i32, ptr %198, i64 %201
  %203 = load i32, ptr %202, align 4
  store i32 %203, ptr %16, align 4
  %204 = load i32, ptr %9, align 4
  %205 = add nsw i32 %204, -1
  store i32 %205, ptr %9, align 4
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %206
  %208 = load i64, ptr %207, align 8
  %209 = icmp eq i64 %208, 0
  br i1 %209, label %210, label %212

210:                                              ; preds = %197
  %211 = load i32, ptr %16, align 4
  store i32 %211, ptr %11, align 4
  br label %212

212:                                              ; preds = %210, %197
  br label %306

213:                                              ; preds = %27
  %214 = load ptr, ptr %4, align 8
  %215 = load i32, ptr %11, align 4
  %216 = add nsw i32 %215, 1
  store i32 %216, ptr %11, align 4
  %217 = sext i32 %215 to i64
  %218 = getelementptr inbounds i32, ptr %214, i64 %217
  %219 = load i32, ptr %218, align 4
  %220 = sext i32 %219 to i64
  %221 = getelementptr inbounds [8 x i64], ptr %8, i64 0, i64 %220
  %222 = load i64, ptr %221, align 8
  %223 = load i32, ptr %9, align 4
  %224 = add nsw i32 %223, 1
  store i32 %224, ptr %9, align 4
  %225 = sext i32 %223 to i64
  %226 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %225
  store i64 %222, ptr %226, align 8
  br label %306

227:                                              ; preds = %27
  %228 = load i32, ptr %9, align 4
  %229 = add nsw i32 %228, -1
  store i32 %229, ptr %9, align 4
  %230 = sext i32 %229 to i64
  %231 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %230
  %232 = load i64, ptr %231, align 8
  %233 = load ptr, ptr %4, align 8
  %234 = load i32, ptr %11, align 4
  %235 = add nsw i32 %234, 1
  store i32 %235, ptr %11, align 4
  %236 = sext i32 %234 to i64
  %237 = getelementptr inbounds i32, ptr %233, i64 %236
  %238 = load i32, ptr %237, align 4
  %239 = sext i32 %238 to i64
  %240 = getelementptr inbounds [8 x i64], ptr %8, i64 0, i64 %239
  store i64 %232, ptr %240, align 8
  br label %306

241:                                              ; preds = %27
  %242 = load i32, ptr %11, align 4
  %243 = add nsw i32 %242, 1
  %244 = load i32, ptr %10, align 4
  %245 = add nsw i32 %244, 1
  store i32 %245, ptr %10, align 4
  %246 = sext i32 %244 to i64
  %247 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 %246
  store i32 %243, ptr %247, align 4
  %248 = load ptr, ptr %4, align 8
  %249 = load i32, ptr %11, align 4
  %250 = sext i32 %249 to i64
  %251 = getelementptr inbounds i32, ptr %248, i64 %250
  %252 = load i32, ptr %251, align 4
  store i32 %252, ptr %11, align 4
  br label %306

253:                                              ; preds = %27
  %254 = load i32, ptr %10, align 4
  %255 = add nsw i32 %254, -1
  store i32 %255, ptr %10, align 4
  %256 = sext i32 %255 to i64
  %257 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 %256
  %258 = load i32, ptr %257, align 4
  store i32 %258, ptr %11, align 4
  br label %306

259:                                              ; preds = %27
  %260 = load i64, ptr %12, align 8
  %261 = mul i64 %260, 1000003
  %262 = load i32, ptr %9, align 4
  %263 = add nsw i32 %262, -1
  store i32 %263, ptr %9, align 4
  %264 = sext i32 %263 to i64
  %265 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %264
  %266 = load i64, ptr %265, align 8
  %267 = add i64 %261, %266
  store i64 %267, ptr %12, align 8
  br label %306

268:                                              ; preds = %27
  %269 = load i32, ptr %9, align 4
  %270 = sub nsw i32 %269, 1
  %271 = sext i32 %270 to i64
  %272 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %271
  %273 = load i64, ptr %272, align 8
  %274 = sub nsw i64 0, %273
  %275 = load i32, ptr %9, align 4
  %276 = sub nsw i32 %275, 1
  %277 = sext i32 %276 to i64
  %278 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %277
  store i64 %274, ptr %278, align 8
  br label %306

279:                                              ; preds = %27
  %280 = load i32, ptr %9, align 4
  %281 = add nsw i32 %280, -1
  store i32 %281, ptr %9, align 4
  %282 = load i32, ptr %9, align 4
  %283 = sext i32 %282 to i64
  %284 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %283
  %285 = load i64, ptr %284, align 8
  %286 = load i32, ptr %9, align 4
  %287 = sub nsw i32 %286, 1
  %288 = sext i32 %287 to i64
  %289 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %288
  %290 = load i64, ptr %289, align 8
  %291 = and i64 %290, %285
  store i64 %291, ptr %289, align 8
  br label %306

292:                                              ; preds = %27
  %293 = load i32, ptr %9, align 4
  %294 = add nsw i32 %293, -1
  store i32 %294, ptr %9, align 4
  %295 = load i32, ptr %9, align 4
  %296 = sext i32 %295 to i64
  %297 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %296
  %298 = load i64, ptr %297, align 8
  %299 = load i32, ptr %9, align 4
  %300 = sub nsw i32 %299, 1
  %301 = sext i32 %300 to i64
  %302 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %301
  %303 = load i64, ptr %302, align 8
  %304 = shl i64 %303, %298
  store i64 %304, ptr %302, align 8
  br label %306

305:                                              ; preds = %27
  store i64 57005, ptr %3, align 8
  br label %307

306:                                              ; preds = %292, %279, %268, %259, %253, %241, %227, %213, %212, %191, %172, %153, %140, %127, %114, %101, %88, %68, %57, %54, %42
  br label %27

307:                                              ; preds = %305, %37
  %308 = load i64, ptr %3, align 8
  ret i64 %308
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
