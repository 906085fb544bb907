; ModuleID = 'strings.c'
source_filename = "strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local global [87 x i8] c"  -12345 apples, +678 Oranges and 9 pears; level racecar Madam 2147483647 -2147483648 \00", align 16
@.str = private unnamed_addr constant [6 x i8] c"pears\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"kiwi\00", align 1

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca [128 x i8], align 16
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca [32 x i8], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = call i32 @my_strlen(ptr noundef @g_text)
  store i32 %18, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %19

19:                                               ; preds = %31, %0
  %20 = load i32, ptr %3, align 4
  %21 = load i32, ptr %2, align 4
  %22 = icmp sle i32 %20, %21
  br i1 %22, label %23, label %34

23:                                               ; preds = %19
  %24 = load i32, ptr %3, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [87 x i8], ptr @g_text, i64 0, i64 %25
  %27 = load i8, ptr %26, align 1
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %29
  store i8 %27, ptr %30, align 1
  br label %31

31:                                               ; preds = %23
  %32 = load i32, ptr %3, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %3, align 4
  br label %19, !llvm.loop !5

34:                                               ; preds = %19
  %35 = load i32, ptr %2, align 4
  %36 = sext i32 %35 to i64
  store i64 %36, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %37

37:                                               ; preds = %125, %34
  %38 = load i32, ptr %5, align 4
  %39 = load i32, ptr %2, align 4
  %40 = icmp slt i32 %38, %39
  br i1 %40, label %41, label %126

41:                                               ; preds = %37
  %42 = load i32, ptr %5, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %43
  %45 = load i8, ptr %44, align 1
  %46 = sext i8 %45 to i32
  %47 = icmp sge i32 %46, 48
  br i1 %47, label %48, label %55

48:                                               ; preds = %41
  %49 = load i32, ptr %5, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %50
  %52 = load i8, ptr %51, align 1
  %53 = sext i8 %52 to i32
  %54 = icmp sle i32 %53, 57
  br i1 %54, label %85, label %55

55:                                               ; preds = %48, %41
  %56 = load i32, ptr %5, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %57
  %59 = load i8, ptr %58, align 1
  %60 = sext i8 %59 to i32
  %61 = icmp eq i32 %60, 45
  br i1 %61, label %69, label %62

62:                                               ; preds = %55
  %63 = load i32, ptr %5, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %64
  %66 = load i8, ptr %65, align 1
  %67 = sext i8 %66 to i32
  %68 = icmp eq i32 %67, 43
  br i1 %68, label %69, label %122

69:                                               ; preds = %62, %55
  %70 = load i32, ptr %5, align 4
  %71 = add nsw i32 %70, 1
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %72
  %74 = load i8, ptr %73, align 1
  %75 = sext i8 %74 to i32
  %76 = icmp sge i32 %75, 48
  br i1 %76, label %77, label %122

77:                                               ; preds = %69
  %78 = load i32, ptr %5, align 4
  %79 = add nsw i32 %78, 1
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %80
  %82 = load i8, ptr %81, align 1
  %83 = sext i8 %82 to i32
  %84 = icmp sle i32 %83, 57
  br i1 %84, label %85, label %122

85:                                               ; preds = %77, %48
  %86 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 0
  %87 = load i32, ptr %5, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds i8, ptr %86, i64 %88
  %90 = call i64 @my_atoi(ptr noundef %89, ptr noundef %6)
  store i64 %90, ptr %7, align 8
  %91 = load i64, ptr %7, align 8
  %92 = getelementptr inbounds [32 x i8], ptr %8, i64 0, i64 0
  %93 = call i32 @my_itoa(i64 noundef %91, ptr noundef %92)
  store i32 %93, ptr %9, align 4
  %94 = load i64, ptr %4, align 8
  %95 = mul i64 %94, 31
  %96 = load i64, ptr %7, align 8
  %97 = add i64 %95, %96
  %98 = load i32, ptr %9, align 4
  %99 = sext i32 %98 to i64
  %100 = mul i64 %99, 1000
  %101 = add i64 %97, %100
  store i64 %101, ptr %4, align 8
  store i32 0, ptr %10, align 4
  br label %102

102:                                              ; preds = %115, %85
  %103 = load i32, ptr %10, align 4
  %104 = load i32, ptr %9, align 4
  %105 = icmp slt i32 %103, %104
  br i1 %105, label %106, label %118

106:                                              ; preds = %102
  %107 = load i64, ptr %4, align 8
  %108 = mul i64 %107, 7
  %109 = load i32, ptr %10, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [32 x i8], ptr %8, i64 0, i64 %110
  %112 = load i8, ptr %111, align 1
  %113 = zext i8 %112 to i64
  %114 = add i64 %108, %113
  store i64 %114, ptr %4, align 8
  br label %115

115:                                              ; preds = %106
  %116 = load i32, ptr %10, align 4
  %117 = add nsw i32 %116, 1
  store i32 %117, ptr %10, align 4
  br label %102, !llvm.loop !7

118:                                              ; preds = %102
  %119 = load i32, ptr %6, align 4
  %120 = load i32, ptr %5, align 4
  %121 = add nsw i32 %120, %119
  store i32 %121, ptr %5, align 4
  br label %125

122:                                              ; preds = %77, %69, %62
  %123 = load i32, ptr %5, align 4
  %124 = add nsw i32 %123, 1
  store i32 %124, ptr %5, align 4
  br label %125

125:                                              ; preds = %122, %118
  br label %37, !llvm.loop !8

126:                                              ; preds = %37
  store i32 0, ptr %11, align 4
  store i32 0, ptr %12, align 4
  store i32 0, ptr %13, align 4
  br label %127

127:                                              ; preds = %181, %126
  %128 = load i32, ptr %13, align 4
  %129 = load i32, ptr %2, align 4
  %130 = icmp slt i32 %128, %129
  br i1 %130, label %131, label %182

131:                                              ; preds = %127
  %132 = load i32, ptr %13, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %133
  %135 = load i8, ptr %134, align 1
  %136 = call i32 @is_alpha(i8 noundef signext %135)
  %137 = icmp ne i32 %136, 0
  br i1 %137, label %138, label %178

138:                                              ; preds = %131
  %139 = load i32, ptr %13, align 4
  store i32 %139, ptr %14, align 4
  br label %140

140:                                              ; preds = %153, %138
  %141 = load i32, ptr %14, align 4
  %142 = load i32, ptr %2, align 4
  %143 = icmp slt i32 %141, %142
  br i1 %143, label %144, label %151

144:                                              ; preds = %140
  %145 = load i32, ptr %14, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %146
  %148 = load i8, ptr %147, align 1
  %149 = call i32 @is_alpha(i8 noundef signext %148)
  %150 = icmp ne i32 %149, 0
  br label %151

151:                                              ; preds = %144, %140
  %152 = phi i1 [ false, %140 ], [ %150, %144 ]
  br i1 %152, label %153, label %156

153:                                              ; preds = %151
  %154 = load i32, ptr %14, align 4
  %155 = add nsw i32 %154, 1
  store i32 %155, ptr %14, align 4
  br label %140, !llvm.loop !9

156:                                              ; preds = %151
  %157 = load i32, ptr %11, align 4
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %11, align 4
  %159 = load i32, ptr %14, align 4
  %160 = load i32, ptr %13, align 4
  %161 = sub nsw i32 %159, %160
  %162 = icmp sgt i32 %161, 2
  br i1 %162, label %163, label %176

163:                                              ; preds = %156
  %164 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 0
  %165 = load i32, ptr %13, align 4
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds i8, ptr %164, i64 %166
  %168 = load i32, ptr %14, align 4
  %169 = load i32, ptr %13, align 4
  %170 = sub nsw i32 %168, %169
  %171 = call i32 @is_palindrome(ptr noundef %167, i32 noundef %170)
  %172 = icmp ne i32 %171, 0
  br i1 %172, label %173, label %176

173:                                              ; preds = %163
  %174 = load i32, ptr %12, align 4
  %175 = add nsw i32 %174, 1
  store i32 %175, ptr %12, align 4
  br label %176

176:                                              ; preds = %173, %163, %156
  %177 = load i32, ptr %14, align 4
  store i32 %177, ptr %13, align 4
  br label %181

178:                                              ; preds = %131
  %179 = load i32, ptr %13, align 4
  %180 = add nsw i32 %179, 1
  store i32 %180, ptr %13, align 4
  br label %181

181:                                              ; preds = %178, %176
  br label %127, !llvm.loop !10

182:                                              ; preds = %127
  %183 = load i64, ptr %4, align 8
  %184 = mul i64 %183, 131
  %185 = load i32, ptr %11, align 4
  %186 = sext i32 %185 to i64
  %187 = mul i64 %186, 17
  %188 = add i64 %184, %187
  %189 = load i32, ptr %12, align 4
  %190 = sext i32 %189 to i64
  %191 = add i64 %188, %190
  store i64 %191, ptr %4, align 8
  %192 = load i64, ptr %4, align 8
  %193 = mul i64 %192, 131
  %194 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 0
  %195 = call i32 @find(ptr noundef %194, ptr noundef @.str)
  %196 = sext i32 %195 to i64
  %197 = mul i64 %196, 3
  %198 = add i64 %193, %197
  %199 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 0
  %200 = call i32 @find(ptr noundef %199, ptr noundef @.str.1)
  %201 = sext i32 %200 to i64
  %202 = add i64 %198, %201
  store i64 %202, ptr %4, align 8
  store i32 0, ptr %15, align 4
  br label %203

203:                                              ; preds = %262, %182
  %204 = load i32, ptr %15, align 4
  %205 = icmp slt i32 %204, 50
  br i1 %205, label %206, label %265

206:                                              ; preds = %203
  %207 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 0
  %208 = load i32, ptr %2, align 4
  call void @my_reverse(ptr noundef %207, i32 noundef %208)
  store i32 0, ptr %16, align 4
  br label %209

209:                                              ; preds = %241, %206
  %210 = load i32, ptr %16, align 4
  %211 = load i32, ptr %2, align 4
  %212 = icmp slt i32 %210, %211
  br i1 %212, label %213, label %244

213:                                              ; preds = %209
  %214 = load i32, ptr %16, align 4
  %215 = sext i32 %214 to i64
  %216 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %215
  %217 = load i8, ptr %216, align 1
  %218 = call i32 @is_alpha(i8 noundef signext %217)
  %219 = icmp ne i32 %218, 0
  br i1 %219, label %220, label %229

220:                                              ; preds = %213
  %221 = load i32, ptr %16, align 4
  %222 = sext i32 %221 to i64
  %223 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %222
  %224 = load i8, ptr %223, align 1
  %225 = sext i8 %224 to i32
  %226 = xor i32 %225, 32
  %227 = trunc i32 %226 to i8
  %228 = sext i8 %227 to i32
  br label %235

229:                                              ; preds = %213
  %230 = load i32, ptr %16, align 4
  %231 = sext i32 %230 to i64
  %232 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %231
  %233 = load i8, ptr %232, align 1
  %234 = sext i8 %233 to i32
  br label %235

235:                                              ; preds = %229, %220
  %236 = phi i32 [ %228, %220 ], [ %234, %229 ]
  %237 = trunc i32 %236 to i8
  %238 = load i32, ptr %16, align 4
  %239 = sext i32 %238 to i64
  %240 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %239
  store i8 %237, ptr %240, align 1
  br label %241

241:                                              ; preds = %235
  %242 = load i32, ptr %16, align 4
  %243 = add nsw i32 %242, 3
  store i32 %243, ptr %16, align 4
  br label %209, !llvm.loop !11

244:                                              ; preds = %209
  store i32 0, ptr %17, align 4
  br label %245

245:                                              ; preds = %258, %244
  %246 = load i32, ptr %17, align 4
  %247 = load i32, ptr %2, align 4
  %248 = icmp slt i32 %246, %247
  br i1 %248, label %249, label %261

249:                                              ; preds = %245
  %250 = load i64, ptr %4, align 8
  %251 = mul i64 %250, 33
  %252 = load i32, ptr %17, align 4
  %253 = sext i32 %252 to i64
  %254 = getelementptr inbounds [128 x i8], ptr %1, i64 0, i64 %253
  %255 = load i8, ptr %254, align 1
  %256 = zext i8 %255 to i64
  %257 = add i64 %251, %256
  store i64 %257, ptr %4, align 8
  br label %258

258:                                              ; preds = %249
  %259 = load i32, ptr %17, align 4
  %260 = add nsw i32 %259, 1
  store i32 %260, ptr %17, align 4
  br label %245, !llvm.loop !12

261:                                              ; preds = %245
  br label %262

262:                                              ; preds = %261
  %263 = load i32, ptr %15, align 4
  %264 = add nsw i32 %263, 1
  store i32 %264, ptr %15, align 4
  br label %203, !llvm.loop !13

265:                                              ; preds = %203
  %266 = load i64, ptr %4, align 8
  ret i64 %266
}

; Function Attrs: noinline nounwind optnone
define internal i32 @my_strlen(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %11, %1
  %5 = load ptr, ptr %2, align 8
  %6 = load i32, ptr %3, align 4
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds i8, ptr %5, i64 %7
  %9 = load i8, ptr %8, align 1
  %10 = icmp ne i8 %9, 0
  br i1 %10, label %11, label %14

11:                                               ; preds = %4
  %12 = load i32, ptr %3, align 4
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %3, align 4
  br label %4, !llvm.loop !14

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4
  ret i32 %15
}

; Function Attrs: noinline nounwind optnone
define internal i64 @my_atoi(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i64 0, ptr %7, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = load i32, ptr %5, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i8, ptr %8, i64 %10
  %12 = load i8, ptr %11, align 1
  %13 = sext i8 %12 to i32
  %14 = icmp eq i32 %13, 45
  br i1 %14, label %23, label %15

15:                                               ; preds = %2
  %16 = load ptr, ptr %3, align 8
  %17 = load i32, ptr %5, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i8, ptr %16, i64 %18
  %20 = load i8, ptr %19, align 1
  %21 = sext i8 %20 to i32
  %22 = icmp eq i32 %21, 43
  br i1 %22, label %23, label %34

23:                                               ; preds = %15, %2
  %24 = load ptr, ptr %3, align 8
  %25 = load i32, ptr %5, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i8, ptr %24, i64 %26
  %28 = load i8, ptr %27, align 1
  %29 = sext i8 %28 to i32
  %30 = icmp eq i32 %29, 45
  %31 = zext i1 %30 to i32
  store i32 %31, ptr %6, align 4
  %32 = load i32, ptr %5, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %5, align 4
  br label %34

34:                                               ; preds = %23, %15
  br label %35

35:                                               ; preds = %53, %34
  %36 = load ptr, ptr %3, align 8
  %37 = load i32, ptr %5, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i8, ptr %36, i64 %38
  %40 = load i8, ptr %39, align 1
  %41 = sext i8 %40 to i32
  %42 = icmp sge i32 %41, 48
  br i1 %42, label %43, label %51

43:                                               ; preds = %35
  %44 = load ptr, ptr %3, align 8
  %45 = load i32, ptr %5, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds i8, ptr %44, i64 %46
  %48 = load i8, ptr %47, align 1
  %49 = sext i8 %48 to i32
  %50 = icmp sle i32 %49, 57
  br label %51

51:                                               ; preds = %43, %35
  %52 = phi i1 [ false, %35 ], [ %50, %43 ]
  br i1 %52, label %53, label %67

53:                                               ; preds = %51
  %54 = load i64, ptr %7, align 8
  %55 = mul nsw i64 %54, 10
  %56 = load ptr, ptr %3, align 8
  %57 = load i32, ptr %5, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i8, ptr %56, i64 %58
  %60 = load i8, ptr %59, align 1
  %61 = sext i8 %60 to i32
  %62 = sub nsw i32 %61, 48
  %63 = sext i32 %62 to i64
  %64 = add nsw i64 %55, %63
  store i64 %64, ptr %7, align 8
  %65 = load i32, ptr %5, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %5, align 4
  br label %35, !llvm.loop !15

67:                                               ; preds = %51
  %68 = load i32, ptr %5, align 4
  %69 = load ptr, ptr %4, align 8
  store i32 %68, ptr %69, align 4
  %70 = load i32, ptr %6, align 4
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %72, label %75

72:                                               ; preds = %67
  %73 = load i64, ptr %7, align 8
  %74 = sub nsw i64 0, %73
  br label %77

75:                                               ; preds = %67
  %76 = load i64, ptr %7, align 8
  br label %77

77:                                               ; preds = %75, %72
  %78 = phi i64 [ %74, %72 ], [ %76, %75 ]
  ret i64 %78
}

; Function Attrs: noinline nounwind optnone
define internal i32 @my_itoa(i64 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [24 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %6, align 4
  %10 = load i64, ptr %3, align 8
  %11 = icmp slt i64 %10, 0
  %12 = zext i1 %11 to i32
  store i32 %12, ptr %7, align 4
  %13 = load i32, ptr %7, align 4
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %15, label %18

15:                                               ; preds = %2
  %16 = load i64, ptr %3, align 8
  %17 = sub i64 0, %16
  br label %20

18:                                               ; preds = %2
  %19 = load i64, ptr %3, align 8
  br label %20

20:                                               ; preds = %18, %15
  %21 = phi i64 [ %17, %15 ], [ %19, %18 ]
  store i64 %21, ptr %8, align 8
  br label %22

22:                                               ; preds = %33, %20
  %23 = load i64, ptr %8, align 8
  %24 = urem i64 %23, 10
  %25 = add i64 48, %24
  %26 = trunc i64 %25 to i8
  %27 = load i32, ptr %6, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %6, align 4
  %29 = sext i32 %27 to i64
  %30 = getelementptr inbounds [24 x i8], ptr %5, i64 0, i64 %29
  store i8 %26, ptr %30, align 1
  %31 = load i64, ptr %8, align 8
  %32 = udiv i64 %31, 10
  store i64 %32, ptr %8, align 8
  br label %33

33:                                               ; preds = %22
  %34 = load i64, ptr %8, align 8
  %35 = icmp ne i64 %34, 0
  br i1 %35, label %22, label %36, !llvm.loop !16

36:                                               ; preds = %33
  store i32 0, ptr %9, align 4
  %37 = load i32, ptr %7, align 4
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %39, label %45

39:                                               ; preds = %36
  %40 = load ptr, ptr %4, align 8
  %41 = load i32, ptr %9, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %9, align 4
  %43 = sext i32 %41 to i64
  %44 = getelementptr inbounds i8, ptr %40, i64 %43
  store i8 45, ptr %44, align 1
  br label %45

45:                                               ; preds = %39, %36
  br label %46

46:                                               ; preds = %49, %45
  %47 = load i32, ptr %6, align 4
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %49, label %60

49:                                               ; preds = %46
  %50 = load i32, ptr %6, align 4
  %51 = add nsw i32 %50, -1
  store i32 %51, ptr %6, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [24 x i8], ptr %5, i64 0, i64 %52
  %54 = load i8, ptr %53, align 1
  %55 = load ptr, ptr %4, align 8
  %56 = load i32, ptr %9, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %9, align 4
  %58 = sext i32 %56 to i64
  %59 = getelementptr inbounds i8, ptr %55, i64 %58
  store i8 %54, ptr %59, align 1
  br label %46, !llvm.loop !17

60:                                               ; preds = %46
  %61 = load ptr, ptr %4, align 8
  %62 = load i32, ptr %9, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds i8, ptr %61, i64 %63
  store i8 0, ptr %64, align 1
  %65 = load i32, ptr %9, align 4
  ret i32 %65
}

; Function Attrs: noinline nounwind optnone
define internal i32 @is_alpha(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i32
  %5 = icmp sge i32 %4, 97
  br i1 %5, label %6, label %10

6:                                                ; preds = %1
  %7 = load i8, ptr %2, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp sle i32 %8, 122
  br i1 %9, label %20, label %10

10:                                               ; preds = %6, %1
  %11 = load i8, ptr %2, align 1
  %12 = sext i8 %11 to i32
  %13 = icmp sge i32 %12, 65
  br i1 %13, label %14, label %18

14:                                               ; preds = %10
  %15 = load i8, ptr %2, align 1
  %16 = sext i8 %15 to i32
  %17 = icmp sle i32 %16, 90
  br label %18

18:                                               ; preds = %14, %10
  %19 = phi i1 [ false, %10 ], [ %17, %14 ]
  br label %20

20:                                               ; preds = %18, %6
  %21 = phi i1 [ true, %6 ], [ %19, %18 ]
  %22 = zext i1 %21 to i32
  ret i32 %22
}

; Function Attrs: noinline nounwind optnone
define internal i32 @is_palindrome(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %33, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %5, align 4
  %10 = sdiv i32 %9, 2
  %11 = icmp slt i32 %8, %10
  br i1 %11, label %12, label %36

12:                                               ; preds = %7
  %13 = load ptr, ptr %4, align 8
  %14 = load i32, ptr %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i8, ptr %13, i64 %15
  %17 = load i8, ptr %16, align 1
  %18 = call signext i8 @to_lower(i8 noundef signext %17)
  %19 = sext i8 %18 to i32
  %20 = load ptr, ptr %4, align 8
  %21 = load i32, ptr %5, align 4
  %22 = sub nsw i32 %21, 1
  %23 = load i32, ptr %6, align 4
  %24 = sub nsw i32 %22, %23
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i8, ptr %20, i64 %25
  %27 = load i8, ptr %26, align 1
  %28 = call signext i8 @to_lower(i8 noundef signext %27)
  %29 = sext i8 %28 to i32
  %30 = icmp ne i32 %19, %29
  br i1 %30, label %31, label %32

31:                                               ; preds = %12
  store i32 0, ptr %3, align 4
  br label %37

32:                                               ; preds = %12
  br label %33

33:                                               ; preds = %32
  %34 = load i32, ptr %6, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %6, align 4
  br label %7, !llvm.loop !18

36:                                               ; preds = %7
  store i32 1, ptr %3, align 4
  br label %37

37:                                               ; preds = %36, %31
  %38 = load i32, ptr %3, align 4
  ret i32 %38
}

; Function Attrs: noinline nounwind optnone
define internal i32 @find(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %55, %2
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %6, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds i8, ptr %9, i64 %11
  %13 = load i8, ptr %12, align 1
  %14 = icmp ne i8 %13, 0
  br i1 %14, label %15, label %58

15:                                               ; preds = %8
  store i32 0, ptr %7, align 4
  br label %16

16:                                               ; preds = %42, %15
  %17 = load ptr, ptr %5, align 8
  %18 = load i32, ptr %7, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i8, ptr %17, i64 %19
  %21 = load i8, ptr %20, align 1
  %22 = sext i8 %21 to i32
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %40

24:                                               ; preds = %16
  %25 = load ptr, ptr %4, align 8
  %26 = load i32, ptr %6, align 4
  %27 = load i32, ptr %7, align 4
  %28 = add nsw i32 %26, %27
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %25, i64 %29
  %31 = load i8, ptr %30, align 1
  %32 = sext i8 %31 to i32
  %33 = load ptr, ptr %5, align 8
  %34 = load i32, ptr %7, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i8, ptr %33, i64 %35
  %37 = load i8, ptr %36, align 1
  %38 = sext i8 %37 to i32
  %39 = icmp eq i32 %32, %38
  br label %40

40:                                               ; preds = %24, %16
  %41 = phi i1 [ false, %16 ], [ %39, %24 ]
  br i1 %41, label %42, label %45

42:                                               ; preds = %40
  %43 = load i32, ptr %7, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %7, align 4
  br label %16, !llvm.loop !19

45:                                               ; preds = %40
  %46 = load ptr, ptr %5, align 8
  %47 = load i32, ptr %7, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i8, ptr %46, i64 %48
  %50 = load i8, ptr %49, align 1
  %51 = icmp ne i8 %50, 0
  br i1 %51, label %54, label %52

52:                                               ; preds = %45
  %53 = load i32, ptr %6, align 4
  store i32 %53, ptr %3, align 4
  br label %59

54:                                               ; preds = %45
  br label %55

55:                                               ; preds = %54
  %56 = load i32, ptr %6, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %6, align 4
  br label %8, !llvm.loop !20

58:                                               ; preds = %8
  store i32 -1, ptr %3, align 4
  br label %59

59:                                               ; preds = %58, %52
  %60 = load i32, ptr %3, align 4
  ret i32 %60
}

; Function Attrs: noinline nounwind optnone
define internal void @my_reverse(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  %8 = load i32, ptr %4, align 4
  %9 = sub nsw i32 %8, 1
  store i32 %9, ptr %6, align 4
  br label %10

10:                                               ; preds = %34, %2
  %11 = load i32, ptr %5, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %39

14:                                               ; preds = %10
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %5, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i8, ptr %15, i64 %17
  %19 = load i8, ptr %18, align 1
  store i8 %19, ptr %7, align 1
  %20 = load ptr, ptr %3, align 8
  %21 = load i32, ptr %6, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i8, ptr %20, i64 %22
  %24 = load i8, ptr %23, align 1
  %25 = load ptr, ptr %3, align 8
  %26 = load i32, ptr %5, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i8, ptr %25, i64 %27
  store i8 %24, ptr %28, align 1
  %29 = load i8, ptr %7, align 1
  %30 = load ptr, ptr %3, align 8
  %31 = load i32, ptr %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i8, ptr %30, i64 %32
  store i8 %29, ptr %33, align 1
  br label %34

34:                                               ; preds = %14
  %35 = load i32, ptr %5, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %5, align 4
  %37 = load i32, ptr %6, align 4
  %38 = add nsw i32 %37, -1
  store i32 %38, ptr %6, align 4
  br label %10, !llvm.loop !21

39:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal signext i8 @to_lower(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i32
  %5 = icmp sge i32 %4, 65
  br i1 %5, label %6, label %17

6:                                                ; preds = %1
  %7 = load i8, ptr %2, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp sle i32 %8, 90
  br i1 %9, label %10, label %17

10:                                               ; preds = %6
  %11 = load i8, ptr %2, align 1
  %12 = sext i8 %11 to i32
  %13 = sub nsw i32 %12, 65
  %14 = add nsw i32 %13, 97
  %15 = trunc i32 %14 to i8
  %16 = sext i8 %15 to i32
  br label %20

17:                                               ; preds = %6, %1
  %18 = load i8, ptr %2, align 1
  %19 = sext i8 %18 to i32
  br label %20

20:                                               ; preds = %17, %10
  %21 = phi i32 [ %16, %10 ], [ %19, %17 ]
  %22 = trunc i32 %21 to i8
  ret i8 %22
}

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
!17 = distinct !{!17, !6}
!18 = distinct !{!18, !6}
!19 = distinct !{!19, !6}
!20 = distinct !{!20, !6}
!21 = distinct !{!21, !6}
