; ModuleID = 'state_machine.c'
source_filename = "state_machine.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_source = dso_local global [170 x i8] c"x1 = 12 + 34 * 5 # comment with * and 99\0Atotal = x1 - 7 * 3 + 1000\0Arate = 42 * 42 - 17 + abc_def * 2\0A# full line comment\0Ay = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 - 10 * 11\0A\00", align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i8, align 1
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  store ptr @g_source, ptr %2, align 8
  store i64 0, ptr %3, align 8
  store i64 1, ptr %4, align 8
  store i64 0, ptr %5, align 8
  store i32 43, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i64 0, ptr %8, align 8
  store i64 0, ptr %9, align 8
  store i64 0, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %15

15:                                               ; preds = %199, %0
  %16 = load i32, ptr %11, align 4
  %17 = icmp slt i32 %16, 40
  br i1 %17, label %18, label %202

18:                                               ; preds = %15
  store ptr @g_source, ptr %2, align 8
  store i32 0, ptr %1, align 4
  br label %19

19:                                               ; preds = %193, %72, %18
  %20 = load i32, ptr %1, align 4
  %21 = icmp ne i32 %20, 4
  br i1 %21, label %22, label %194

22:                                               ; preds = %19
  %23 = load ptr, ptr %2, align 8
  %24 = load i8, ptr %23, align 1
  store i8 %24, ptr %12, align 1
  %25 = load i8, ptr %12, align 1
  %26 = call i32 @char_class(i8 noundef signext %25)
  store i32 %26, ptr %13, align 4
  %27 = load i32, ptr %1, align 4
  switch i32 %27, label %193 [
    i32 0, label %28
    i32 1, label %121
    i32 2, label %148
    i32 3, label %181
    i32 4, label %192
  ]

28:                                               ; preds = %22
  %29 = load i32, ptr %13, align 4
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %31, label %36

31:                                               ; preds = %28
  %32 = load i8, ptr %12, align 1
  %33 = sext i8 %32 to i32
  %34 = sub nsw i32 %33, 48
  %35 = sext i32 %34 to i64
  store i64 %35, ptr %5, align 8
  store i32 1, ptr %1, align 4
  br label %118

36:                                               ; preds = %28
  %37 = load i32, ptr %13, align 4
  %38 = icmp eq i32 %37, 1
  br i1 %38, label %39, label %42

39:                                               ; preds = %36
  %40 = load i8, ptr %12, align 1
  %41 = sext i8 %40 to i64
  store i64 %41, ptr %10, align 8
  store i32 2, ptr %1, align 4
  br label %117

42:                                               ; preds = %36
  %43 = load i32, ptr %13, align 4
  %44 = icmp eq i32 %43, 2
  br i1 %44, label %45, label %46

45:                                               ; preds = %42
  store i32 3, ptr %1, align 4
  br label %116

46:                                               ; preds = %42
  %47 = load i32, ptr %13, align 4
  %48 = icmp eq i32 %47, 3
  br i1 %48, label %52, label %49

49:                                               ; preds = %46
  %50 = load i32, ptr %13, align 4
  %51 = icmp eq i32 %50, 4
  br i1 %51, label %52, label %74

52:                                               ; preds = %49, %46
  %53 = load i32, ptr %6, align 4
  %54 = icmp eq i32 %53, 45
  br i1 %54, label %55, label %58

55:                                               ; preds = %52
  %56 = load i64, ptr %4, align 8
  %57 = sub nsw i64 0, %56
  br label %60

58:                                               ; preds = %52
  %59 = load i64, ptr %4, align 8
  br label %60

60:                                               ; preds = %58, %55
  %61 = phi i64 [ %57, %55 ], [ %59, %58 ]
  %62 = load i64, ptr %3, align 8
  %63 = add nsw i64 %62, %61
  store i64 %63, ptr %3, align 8
  %64 = load i64, ptr %8, align 8
  %65 = mul i64 %64, 1000003
  %66 = load i64, ptr %3, align 8
  %67 = add i64 %65, %66
  store i64 %67, ptr %8, align 8
  %68 = load i64, ptr %9, align 8
  %69 = add i64 %68, 1
  store i64 %69, ptr %9, align 8
  store i64 0, ptr %3, align 8
  store i64 1, ptr %4, align 8
  store i32 43, ptr %6, align 4
  store i32 0, ptr %7, align 4
  %70 = load i32, ptr %13, align 4
  %71 = icmp eq i32 %70, 4
  br i1 %71, label %72, label %73

72:                                               ; preds = %60
  store i32 4, ptr %1, align 4
  br label %19, !llvm.loop !5

73:                                               ; preds = %60
  br label %115

74:                                               ; preds = %49
  %75 = load i8, ptr %12, align 1
  %76 = sext i8 %75 to i32
  %77 = icmp eq i32 %76, 43
  br i1 %77, label %82, label %78

78:                                               ; preds = %74
  %79 = load i8, ptr %12, align 1
  %80 = sext i8 %79 to i32
  %81 = icmp eq i32 %80, 45
  br i1 %81, label %82, label %98

82:                                               ; preds = %78, %74
  %83 = load i32, ptr %6, align 4
  %84 = icmp eq i32 %83, 45
  br i1 %84, label %85, label %88

85:                                               ; preds = %82
  %86 = load i64, ptr %4, align 8
  %87 = sub nsw i64 0, %86
  br label %90

88:                                               ; preds = %82
  %89 = load i64, ptr %4, align 8
  br label %90

90:                                               ; preds = %88, %85
  %91 = phi i64 [ %87, %85 ], [ %89, %88 ]
  %92 = load i64, ptr %3, align 8
  %93 = add nsw i64 %92, %91
  store i64 %93, ptr %3, align 8
  store i64 1, ptr %4, align 8
  %94 = load i8, ptr %12, align 1
  %95 = sext i8 %94 to i32
  store i32 %95, ptr %6, align 4
  store i32 0, ptr %7, align 4
  %96 = load i64, ptr %9, align 8
  %97 = add i64 %96, 1
  store i64 %97, ptr %9, align 8
  br label %114

98:                                               ; preds = %78
  %99 = load i8, ptr %12, align 1
  %100 = sext i8 %99 to i32
  %101 = icmp eq i32 %100, 42
  br i1 %101, label %102, label %105

102:                                              ; preds = %98
  store i32 1, ptr %7, align 4
  %103 = load i64, ptr %9, align 8
  %104 = add i64 %103, 1
  store i64 %104, ptr %9, align 8
  br label %113

105:                                              ; preds = %98
  %106 = load i8, ptr %12, align 1
  %107 = sext i8 %106 to i32
  %108 = icmp eq i32 %107, 61
  br i1 %108, label %109, label %112

109:                                              ; preds = %105
  store i64 0, ptr %3, align 8
  store i64 1, ptr %4, align 8
  store i32 43, ptr %6, align 4
  %110 = load i64, ptr %9, align 8
  %111 = add i64 %110, 1
  store i64 %111, ptr %9, align 8
  br label %112

112:                                              ; preds = %109, %105
  br label %113

113:                                              ; preds = %112, %102
  br label %114

114:                                              ; preds = %113, %90
  br label %115

115:                                              ; preds = %114, %73
  br label %116

116:                                              ; preds = %115, %45
  br label %117

117:                                              ; preds = %116, %39
  br label %118

118:                                              ; preds = %117, %31
  %119 = load ptr, ptr %2, align 8
  %120 = getelementptr inbounds i8, ptr %119, i32 1
  store ptr %120, ptr %2, align 8
  br label %193

121:                                              ; preds = %22
  %122 = load i32, ptr %13, align 4
  %123 = icmp eq i32 %122, 0
  br i1 %123, label %124, label %134

124:                                              ; preds = %121
  %125 = load i64, ptr %5, align 8
  %126 = mul nsw i64 %125, 10
  %127 = load i8, ptr %12, align 1
  %128 = sext i8 %127 to i32
  %129 = sub nsw i32 %128, 48
  %130 = sext i32 %129 to i64
  %131 = add nsw i64 %126, %130
  store i64 %131, ptr %5, align 8
  %132 = load ptr, ptr %2, align 8
  %133 = getelementptr inbounds i8, ptr %132, i32 1
  store ptr %133, ptr %2, align 8
  br label %147

134:                                              ; preds = %121
  %135 = load i32, ptr %7, align 4
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %137, label %141

137:                                              ; preds = %134
  %138 = load i64, ptr %4, align 8
  %139 = load i64, ptr %5, align 8
  %140 = mul nsw i64 %138, %139
  br label %143

141:                                              ; preds = %134
  %142 = load i64, ptr %5, align 8
  br label %143

143:                                              ; preds = %141, %137
  %144 = phi i64 [ %140, %137 ], [ %142, %141 ]
  store i64 %144, ptr %4, align 8
  store i32 0, ptr %7, align 4
  %145 = load i64, ptr %9, align 8
  %146 = add i64 %145, 1
  store i64 %146, ptr %9, align 8
  store i32 0, ptr %1, align 4
  br label %147

147:                                              ; preds = %143, %124
  br label %193

148:                                              ; preds = %22
  %149 = load i32, ptr %13, align 4
  %150 = icmp eq i32 %149, 0
  br i1 %150, label %154, label %151

151:                                              ; preds = %148
  %152 = load i32, ptr %13, align 4
  %153 = icmp eq i32 %152, 1
  br i1 %153, label %154, label %162

154:                                              ; preds = %151, %148
  %155 = load i64, ptr %10, align 8
  %156 = mul nsw i64 %155, 31
  %157 = load i8, ptr %12, align 1
  %158 = sext i8 %157 to i64
  %159 = add nsw i64 %156, %158
  store i64 %159, ptr %10, align 8
  %160 = load ptr, ptr %2, align 8
  %161 = getelementptr inbounds i8, ptr %160, i32 1
  store ptr %161, ptr %2, align 8
  br label %180

162:                                              ; preds = %151
  %163 = load i64, ptr %10, align 8
  %164 = srem i64 %163, 100
  store i64 %164, ptr %14, align 8
  %165 = load i32, ptr %7, align 4
  %166 = icmp ne i32 %165, 0
  br i1 %166, label %167, label %171

167:                                              ; preds = %162
  %168 = load i64, ptr %4, align 8
  %169 = load i64, ptr %14, align 8
  %170 = mul nsw i64 %168, %169
  br label %173

171:                                              ; preds = %162
  %172 = load i64, ptr %14, align 8
  br label %173

173:                                              ; preds = %171, %167
  %174 = phi i64 [ %170, %167 ], [ %172, %171 ]
  store i64 %174, ptr %4, align 8
  store i32 0, ptr %7, align 4
  %175 = load i64, ptr %9, align 8
  %176 = add i64 %175, 1
  store i64 %176, ptr %9, align 8
  %177 = load i64, ptr %10, align 8
  %178 = load i64, ptr %8, align 8
  %179 = add i64 %178, %177
  store i64 %179, ptr %8, align 8
  store i32 0, ptr %1, align 4
  br label %180

180:                                              ; preds = %173, %154
  br label %193

181:                                              ; preds = %22
  %182 = load i32, ptr %13, align 4
  %183 = icmp eq i32 %182, 3
  br i1 %183, label %187, label %184

184:                                              ; preds = %181
  %185 = load i32, ptr %13, align 4
  %186 = icmp eq i32 %185, 4
  br i1 %186, label %187, label %188

187:                                              ; preds = %184, %181
  store i32 0, ptr %1, align 4
  br label %191

188:                                              ; preds = %184
  %189 = load ptr, ptr %2, align 8
  %190 = getelementptr inbounds i8, ptr %189, i32 1
  store ptr %190, ptr %2, align 8
  br label %191

191:                                              ; preds = %188, %187
  br label %193

192:                                              ; preds = %22
  br label %193

193:                                              ; preds = %22, %192, %191, %180, %147, %118
  br label %19, !llvm.loop !5

194:                                              ; preds = %19
  %195 = load i64, ptr %8, align 8
  %196 = mul i64 %195, 7
  %197 = load i64, ptr %9, align 8
  %198 = add i64 %196, %197
  store i64 %198, ptr %8, align 8
  br label %199

199:                                              ; preds = %194
  %200 = load i32, ptr %11, align 4
  %201 = add nsw i32 %200, 1
  store i32 %201, ptr %11, align 4
  br label %15, !llvm.loop !7

202:                                              ; preds = %15
  %203 = load i64, ptr %8, align 8
  ret i64 %203
}

; Function Attrs: noinline nounwind optnone
define internal i32 @char_class(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  %4 = load i8, ptr %3, align 1
  %5 = sext i8 %4 to i32
  %6 = icmp sge i32 %5, 48
  br i1 %6, label %7, label %12

7:                                                ; preds = %1
  %8 = load i8, ptr %3, align 1
  %9 = sext i8 %8 to i32
  %10 = icmp sle i32 %9, 57
  br i1 %10, label %11, label %12

11:                                               ; preds = %7
  store i32 0, ptr %2, align 4
  br label %49

12:                                               ; preds = %7, %1
  %13 = load i8, ptr %3, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp sge i32 %14, 97
  br i1 %15, label %16, label %20

16:                                               ; preds = %12
  %17 = load i8, ptr %3, align 1
  %18 = sext i8 %17 to i32
  %19 = icmp sle i32 %18, 122
  br i1 %19, label %32, label %20

20:                                               ; preds = %16, %12
  %21 = load i8, ptr %3, align 1
  %22 = sext i8 %21 to i32
  %23 = icmp sge i32 %22, 65
  br i1 %23, label %24, label %28

24:                                               ; preds = %20
  %25 = load i8, ptr %3, align 1
  %26 = sext i8 %25 to i32
  %27 = icmp sle i32 %26, 90
  br i1 %27, label %32, label %28

28:                                               ; preds = %24, %20
  %29 = load i8, ptr %3, align 1
  %30 = sext i8 %29 to i32
  %31 = icmp eq i32 %30, 95
  br i1 %31, label %32, label %33

32:                                               ; preds = %28, %24, %16
  store i32 1, ptr %2, align 4
  br label %49

33:                                               ; preds = %28
  %34 = load i8, ptr %3, align 1
  %35 = sext i8 %34 to i32
  %36 = icmp eq i32 %35, 35
  br i1 %36, label %37, label %38

37:                                               ; preds = %33
  store i32 2, ptr %2, align 4
  br label %49

38:                                               ; preds = %33
  %39 = load i8, ptr %3, align 1
  %40 = sext i8 %39 to i32
  %41 = icmp eq i32 %40, 10
  br i1 %41, label %42, label %43

42:                                               ; preds = %38
  store i32 3, ptr %2, align 4
  br label %49

43:                                               ; preds = %38
  %44 = load i8, ptr %3, align 1
  %45 = sext i8 %44 to i32
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %47, label %48

47:                                               ; preds = %43
  store i32 4, ptr %2, align 4
  br label %49

48:                                               ; preds = %43
  store i32 5, ptr %2, align 4
  br label %49

49:                                               ; preds = %48, %47, %42, %37, %32, %11
  %50 = load i32, ptr %2, align 4
  ret i32 %50
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
