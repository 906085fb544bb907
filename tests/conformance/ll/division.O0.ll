; ModuleID = 'division.c'
source_filename = "division.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_values = dso_local global [21 x i64] [i64 -1000000007, i64 -65536, i64 -255, i64 -17, i64 -9, i64 -8, i64 -7, i64 -2, i64 -1, i64 1, i64 2, i64 3, i64 7, i64 8, i64 9, i64 17, i64 255, i64 65536, i64 1000000007, i64 9223372036854775807, i64 -9223372036854775807], align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i16, align 2
  %10 = alloca i16, align 2
  %11 = alloca i8, align 1
  %12 = alloca i8, align 1
  %13 = alloca i8, align 1
  %14 = alloca i8, align 1
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  store i32 21, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %18

18:                                               ; preds = %180, %0
  %19 = load i32, ptr %3, align 4
  %20 = icmp slt i32 %19, 21
  br i1 %20, label %21, label %183

21:                                               ; preds = %18
  store i32 0, ptr %4, align 4
  br label %22

22:                                               ; preds = %176, %21
  %23 = load i32, ptr %4, align 4
  %24 = icmp slt i32 %23, 21
  br i1 %24, label %25, label %179

25:                                               ; preds = %22
  %26 = load i32, ptr %3, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [21 x i64], ptr @g_values, i64 0, i64 %27
  %29 = load i64, ptr %28, align 8
  store i64 %29, ptr %5, align 8
  %30 = load i32, ptr %4, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [21 x i64], ptr @g_values, i64 0, i64 %31
  %33 = load i64, ptr %32, align 8
  store i64 %33, ptr %6, align 8
  %34 = load i64, ptr %2, align 8
  %35 = mul i64 %34, 31
  %36 = load i64, ptr %5, align 8
  %37 = load i64, ptr %6, align 8
  %38 = sdiv i64 %36, %37
  %39 = add i64 %35, %38
  %40 = load i64, ptr %5, align 8
  %41 = load i64, ptr %6, align 8
  %42 = srem i64 %40, %41
  %43 = add i64 %39, %42
  store i64 %43, ptr %2, align 8
  %44 = load i64, ptr %2, align 8
  %45 = mul i64 %44, 31
  %46 = load i64, ptr %5, align 8
  %47 = load i64, ptr %6, align 8
  %48 = udiv i64 %46, %47
  %49 = add i64 %45, %48
  %50 = load i64, ptr %5, align 8
  %51 = load i64, ptr %6, align 8
  %52 = urem i64 %50, %51
  %53 = add i64 %49, %52
  store i64 %53, ptr %2, align 8
  %54 = load i64, ptr %5, align 8
  %55 = trunc i64 %54 to i32
  store i32 %55, ptr %7, align 4
  %56 = load i64, ptr %6, align 8
  %57 = trunc i64 %56 to i32
  store i32 %57, ptr %8, align 4
  %58 = load i32, ptr %8, align 4
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %60, label %79

60:                                               ; preds = %25
  %61 = load i32, ptr %7, align 4
  %62 = icmp eq i32 %61, -2147483648
  br i1 %62, label %63, label %66

63:                                               ; preds = %60
  %64 = load i32, ptr %8, align 4
  %65 = icmp eq i32 %64, -1
  br i1 %65, label %79, label %66

66:                                               ; preds = %63, %60
  %67 = load i64, ptr %2, align 8
  %68 = mul i64 %67, 31
  %69 = load i32, ptr %7, align 4
  %70 = load i32, ptr %8, align 4
  %71 = sdiv i32 %69, %70
  %72 = sext i32 %71 to i64
  %73 = add i64 %68, %72
  %74 = load i32, ptr %7, align 4
  %75 = load i32, ptr %8, align 4
  %76 = srem i32 %74, %75
  %77 = sext i32 %76 to i64
  %78 = add i64 %73, %77
  store i64 %78, ptr %2, align 8
  br label %79

79:                                               ; preds = %66, %63, %25
  %80 = load i64, ptr %6, align 8
  %81 = trunc i64 %80 to i32
  %82 = icmp ne i32 %81, 0
  br i1 %82, label %83, label %100

83:                                               ; preds = %79
  %84 = load i64, ptr %2, align 8
  %85 = mul i64 %84, 31
  %86 = load i64, ptr %5, align 8
  %87 = trunc i64 %86 to i32
  %88 = load i64, ptr %6, align 8
  %89 = trunc i64 %88 to i32
  %90 = udiv i32 %87, %89
  %91 = zext i32 %90 to i64
  %92 = add i64 %85, %91
  %93 = load i64, ptr %5, align 8
  %94 = trunc i64 %93 to i32
  %95 = load i64, ptr %6, align 8
  %96 = trunc i64 %95 to i32
  %97 = urem i32 %94, %96
  %98 = zext i32 %97 to i64
  %99 = add i64 %92, %98
  store i64 %99, ptr %2, align 8
  br label %100

100:                                              ; preds = %83, %79
  %101 = load i64, ptr %5, align 8
  %102 = trunc i64 %101 to i16
  store i16 %102, ptr %9, align 2
  %103 = load i64, ptr %6, align 8
  %104 = trunc i64 %103 to i16
  store i16 %104, ptr %10, align 2
  %105 = load i16, ptr %10, align 2
  %106 = sext i16 %105 to i32
  %107 = icmp ne i32 %106, 0
  br i1 %107, label %108, label %125

108:                                              ; preds = %100
  %109 = load i64, ptr %2, align 8
  %110 = mul i64 %109, 31
  %111 = load i16, ptr %9, align 2
  %112 = sext i16 %111 to i32
  %113 = load i16, ptr %10, align 2
  %114 = sext i16 %113 to i32
  %115 = sdiv i32 %112, %114
  %116 = sext i32 %115 to i64
  %117 = add i64 %110, %116
  %118 = load i16, ptr %9, align 2
  %119 = sext i16 %118 to i32
  %120 = load i16, ptr %10, align 2
  %121 = sext i16 %120 to i32
  %122 = srem i32 %119, %121
  %123 = sext i32 %122 to i64
  %124 = add i64 %117, %123
  store i64 %124, ptr %2, align 8
  br label %125

125:                                              ; preds = %108, %100
  %126 = load i64, ptr %5, align 8
  %127 = trunc i64 %126 to i8
  store i8 %127, ptr %11, align 1
  %128 = load i64, ptr %6, align 8
  %129 = trunc i64 %128 to i8
  store i8 %129, ptr %12, align 1
  %130 = load i8, ptr %12, align 1
  %131 = sext i8 %130 to i32
  %132 = icmp ne i32 %131, 0
  br i1 %132, label %133, label %150

133:                                              ; preds = %125
  %134 = load i64, ptr %2, align 8
  %135 = mul i64 %134, 31
  %136 = load i8, ptr %11, align 1
  %137 = sext i8 %136 to i32
  %138 = load i8, ptr %12, align 1
  %139 = sext i8 %138 to i32
  %140 = sdiv i32 %137, %139
  %141 = sext i32 %140 to i64
  %142 = add i64 %135, %141
  %143 = load i8, ptr %11, align 1
  %144 = sext i8 %143 to i32
  %145 = load i8, ptr %12, align 1
  %146 = sext i8 %145 to i32
  %147 = srem i32 %144, %146
  %148 = sext i32 %147 to i64
  %149 = add i64 %142, %148
  store i64 %149, ptr %2, align 8
  br label %150

150:                                              ; preds = %133, %125
  %151 = load i64, ptr %5, align 8
  %152 = trunc i64 %151 to i8
  store i8 %152, ptr %13, align 1
  %153 = load i64, ptr %6, align 8
  %154 = trunc i64 %153 to i8
  store i8 %154, ptr %14, align 1
  %155 = load i8, ptr %14, align 1
  %156 = zext i8 %155 to i32
  %157 = icmp ne i32 %156, 0
  br i1 %157, label %158, label %175

158:                                              ; preds = %150
  %159 = load i64, ptr %2, align 8
  %160 = mul i64 %159, 31
  %161 = load i8, ptr %13, align 1
  %162 = zext i8 %161 to i32
  %163 = load i8, ptr %14, align 1
  %164 = zext i8 %163 to i32
  %165 = sdiv i32 %162, %164
  %166 = sext i32 %165 to i64
  %167 = add i64 %160, %166
  %168 = load i8, ptr %13, align 1
  %169 = zext i8 %168 to i32
  %170 = load i8, ptr %14, align 1
  %171 = zext i8 %170 to i32
  %172 = srem i32 %169, %171
  %173 = sext i32 %172 to i64
  %174 = add i64 %167, %173
  store i64 %174, ptr %2, align 8
  br label %175

175:                                              ; preds = %158, %150
  br label %176

176:                                              ; preds = %175
  %177 = load i32, ptr %4, align 4
  %178 = add nsw i32 %177, 1
  store i32 %178, ptr %4, align 4
  br label %22, !llvm.loop !5

179:                                              ; preds = %22
  br label %180

180:                                              ; preds = %179
  %181 = load i32, ptr %3, align 4
  %182 = add nsw i32 %181, 1
  store i32 %182, ptr %3, align 4
  br label %18, !llvm.loop !7

183:                                              ; preds = %18
  store i32 0, ptr %15, align 4
  br label %184

184:                                              ; preds = %259, %183
  %185 = load i32, ptr %15, align 4
  %186 = icmp slt i32 %185, 21
  br i1 %186, label %187, label %262

187:                                              ; preds = %184
  %188 = load i32, ptr %15, align 4
  %189 = sext i32 %188 to i64
  %190 = getelementptr inbounds [21 x i64], ptr @g_values, i64 0, i64 %189
  %191 = load i64, ptr %190, align 8
  store i64 %191, ptr %16, align 8
  %192 = load i64, ptr %2, align 8
  %193 = mul i64 %192, 17
  %194 = load i64, ptr %16, align 8
  %195 = sdiv i64 %194, 3
  %196 = add i64 %193, %195
  %197 = load i64, ptr %16, align 8
  %198 = srem i64 %197, 3
  %199 = add i64 %196, %198
  %200 = load i64, ptr %16, align 8
  %201 = sdiv i64 %200, 8
  %202 = add i64 %199, %201
  %203 = load i64, ptr %16, align 8
  %204 = srem i64 %203, 8
  %205 = add i64 %202, %204
  store i64 %205, ptr %2, align 8
  %206 = load i64, ptr %2, align 8
  %207 = mul i64 %206, 17
  %208 = load i64, ptr %16, align 8
  %209 = sdiv i64 %208, -7
  %210 = add i64 %207, %209
  %211 = load i64, ptr %16, align 8
  %212 = srem i64 %211, -7
  %213 = add i64 %210, %212
  %214 = load i64, ptr %16, align 8
  %215 = sdiv i64 %214, 1000
  %216 = add i64 %213, %215
  %217 = load i64, ptr %16, align 8
  %218 = srem i64 %217, 1000
  %219 = add i64 %216, %218
  store i64 %219, ptr %2, align 8
  %220 = load i64, ptr %2, align 8
  %221 = mul i64 %220, 17
  %222 = load i64, ptr %16, align 8
  %223 = udiv i64 %222, 10
  %224 = add i64 %221, %223
  %225 = load i64, ptr %16, align 8
  %226 = urem i64 %225, 10
  %227 = add i64 %224, %226
  %228 = load i64, ptr %16, align 8
  %229 = udiv i64 %228, 16
  %230 = add i64 %227, %229
  store i64 %230, ptr %2, align 8
  %231 = load i64, ptr %16, align 8
  %232 = trunc i64 %231 to i32
  store i32 %232, ptr %17, align 4
  %233 = load i64, ptr %2, align 8
  %234 = mul i64 %233, 17
  %235 = load i32, ptr %17, align 4
  %236 = sdiv i32 %235, 5
  %237 = sext i32 %236 to i64
  %238 = add i64 %234, %237
  %239 = load i32, ptr %17, align 4
  %240 = srem i32 %239, 64
  %241 = sext i32 %240 to i64
  %242 = add i64 %238, %241
  %243 = load i32, ptr %17, align 4
  %244 = udiv i32 %243, 7
  %245 = zext i32 %244 to i64
  %246 = add i64 %242, %245
  store i64 %246, ptr %2, align 8
  %247 = load i32, ptr %17, align 4
  %248 = srem i32 %247, 1000
  %249 = call i32 @abs(i32 noundef %248) #2
  %250 = sext i32 %249 to i64
  %251 = load i64, ptr %16, align 8
  %252 = srem i64 %251, 77
  %253 = trunc i64 %252 to i32
  %254 = call i32 @abs(i32 noundef %253) #2
  %255 = sext i32 %254 to i64
  %256 = add i64 %250, %255
  %257 = load i64, ptr %2, align 8
  %258 = add i64 %257, %256
  store i64 %258, ptr %2, align 8
  br label %259

259:                                              ; preds = %187
  %260 = load i32, ptr %15, align 4
  %261 = add nsw i32 %260, 1
  store i32 %261, ptr %15, align 4
  br label %184, !llvm.loop !8

262:                                              ; preds = %184
  %263 = load i64, ptr %2, align 8
  ret i64 %263
}

; Function Attrs: nounwind willreturn memory(none)
declare i32 @abs(i32 noundef) #1

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
