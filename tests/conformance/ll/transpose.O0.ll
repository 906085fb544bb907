; ModuleID = 'transpose.c'
source_filename = "transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i32 77, align 4
@A = internal global [45 x [37 x i32]] zeroinitializer, align 16
@S = internal global [33 x [33 x float]] zeroinitializer, align 16
@AT = internal global [37 x [45 x i32]] zeroinitializer, align 16
@ATB = internal global [37 x [45 x i32]] zeroinitializer, align 16
@ATT = internal global [45 x [37 x i32]] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = load i32, ptr @g_seed, align 4
  store i32 %13, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %14

14:                                               ; preds = %41, %0
  %15 = load i32, ptr %2, align 4
  %16 = icmp slt i32 %15, 45
  br i1 %16, label %17, label %44

17:                                               ; preds = %14
  store i32 0, ptr %3, align 4
  br label %18

18:                                               ; preds = %37, %17
  %19 = load i32, ptr %3, align 4
  %20 = icmp slt i32 %19, 37
  br i1 %20, label %21, label %40

21:                                               ; preds = %18
  %22 = load i32, ptr %2, align 4
  %23 = mul nsw i32 %22, 131
  %24 = load i32, ptr %3, align 4
  %25 = mul nsw i32 %24, 17
  %26 = add nsw i32 %23, %25
  %27 = load i32, ptr %1, align 4
  %28 = add nsw i32 %26, %27
  %29 = srem i32 %28, 1009
  %30 = sub nsw i32 %29, 500
  %31 = load i32, ptr %2, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %32
  %34 = load i32, ptr %3, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [37 x i32], ptr %33, i64 0, i64 %35
  store i32 %30, ptr %36, align 4
  br label %37

37:                                               ; preds = %21
  %38 = load i32, ptr %3, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %3, align 4
  br label %18, !llvm.loop !5

40:                                               ; preds = %18
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr %2, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %2, align 4
  br label %14, !llvm.loop !7

44:                                               ; preds = %14
  store i32 0, ptr %4, align 4
  br label %45

45:                                               ; preds = %71, %44
  %46 = load i32, ptr %4, align 4
  %47 = icmp slt i32 %46, 33
  br i1 %47, label %48, label %74

48:                                               ; preds = %45
  store i32 0, ptr %5, align 4
  br label %49

49:                                               ; preds = %67, %48
  %50 = load i32, ptr %5, align 4
  %51 = icmp slt i32 %50, 33
  br i1 %51, label %52, label %70

52:                                               ; preds = %49
  %53 = load i32, ptr %4, align 4
  %54 = load i32, ptr %5, align 4
  %55 = sub nsw i32 %53, %54
  %56 = sitofp i32 %55 to float
  %57 = fmul float %56, 5.000000e-01
  %58 = load i32, ptr %1, align 4
  %59 = sitofp i32 %58 to float
  %60 = fadd float %57, %59
  %61 = load i32, ptr %4, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %62
  %64 = load i32, ptr %5, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [33 x float], ptr %63, i64 0, i64 %65
  store float %60, ptr %66, align 4
  br label %67

67:                                               ; preds = %52
  %68 = load i32, ptr %5, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %5, align 4
  br label %49, !llvm.loop !8

70:                                               ; preds = %49
  br label %71

71:                                               ; preds = %70
  %72 = load i32, ptr %4, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %4, align 4
  br label %45, !llvm.loop !9

74:                                               ; preds = %45
  store i64 0, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %75

75:                                               ; preds = %169, %74
  %76 = load i32, ptr %7, align 4
  %77 = icmp slt i32 %76, 6
  br i1 %77, label %78, label %172

78:                                               ; preds = %75
  call void @transpose_naive(ptr noundef @AT, ptr noundef @A)
  call void @transpose_blocked(ptr noundef @ATB, ptr noundef @A)
  call void @transpose_back(ptr noundef @ATT, ptr noundef @ATB)
  %79 = call i32 @differ(ptr noundef @AT, ptr noundef @ATB, i32 noundef 1665)
  %80 = sext i32 %79 to i64
  %81 = load i64, ptr %6, align 8
  %82 = add i64 %81, %80
  store i64 %82, ptr %6, align 8
  %83 = call i32 @differ(ptr noundef @ATT, ptr noundef @A, i32 noundef 1665)
  %84 = sext i32 %83 to i64
  %85 = mul i64 %84, 2
  %86 = load i64, ptr %6, align 8
  %87 = add i64 %86, %85
  store i64 %87, ptr %6, align 8
  store i32 0, ptr %8, align 4
  br label %88

88:                                               ; preds = %114, %78
  %89 = load i32, ptr %8, align 4
  %90 = icmp slt i32 %89, 37
  br i1 %90, label %91, label %117

91:                                               ; preds = %88
  store i32 0, ptr %9, align 4
  br label %92

92:                                               ; preds = %110, %91
  %93 = load i32, ptr %9, align 4
  %94 = icmp slt i32 %93, 45
  br i1 %94, label %95, label %113

95:                                               ; preds = %92
  %96 = load i64, ptr %6, align 8
  %97 = mul i64 %96, 31
  %98 = load i32, ptr %8, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %99
  %101 = load i32, ptr %9, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [45 x i32], ptr %100, i64 0, i64 %102
  %104 = load i32, ptr %103, align 4
  %105 = load i32, ptr %8, align 4
  %106 = add nsw i32 %105, 1
  %107 = mul i32 %104, %106
  %108 = zext i32 %107 to i64
  %109 = add i64 %97, %108
  store i64 %109, ptr %6, align 8
  br label %110

110:                                              ; preds = %95
  %111 = load i32, ptr %9, align 4
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %9, align 4
  br label %92, !llvm.loop !10

113:                                              ; preds = %92
  br label %114

114:                                              ; preds = %113
  %115 = load i32, ptr %8, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %8, align 4
  br label %88, !llvm.loop !11

117:                                              ; preds = %88
  store i32 0, ptr %10, align 4
  br label %118

118:                                              ; preds = %154, %117
  %119 = load i32, ptr %10, align 4
  %120 = icmp slt i32 %119, 45
  br i1 %120, label %121, label %157

121:                                              ; preds = %118
  store i32 0, ptr %11, align 4
  br label %122

122:                                              ; preds = %150, %121
  %123 = load i32, ptr %11, align 4
  %124 = icmp slt i32 %123, 37
  br i1 %124, label %125, label %153

125:                                              ; preds = %122
  %126 = load i32, ptr %10, align 4
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %127
  %129 = load i32, ptr %11, align 4
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [37 x i32], ptr %128, i64 0, i64 %130
  %132 = load i32, ptr %131, align 4
  %133 = mul nsw i32 %132, 3
  %134 = srem i32 %133, 1000
  %135 = load i32, ptr %11, align 4
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %136
  %138 = load i32, ptr %10, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [45 x i32], ptr %137, i64 0, i64 %139
  %141 = load i32, ptr %140, align 4
  %142 = sdiv i32 %141, 7
  %143 = add nsw i32 %134, %142
  %144 = load i32, ptr %10, align 4
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %145
  %147 = load i32, ptr %11, align 4
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds [37 x i32], ptr %146, i64 0, i64 %148
  store i32 %143, ptr %149, align 4
  br label %150

150:                                              ; preds = %125
  %151 = load i32, ptr %11, align 4
  %152 = add nsw i32 %151, 1
  store i32 %152, ptr %11, align 4
  br label %122, !llvm.loop !12

153:                                              ; preds = %122
  br label %154

154:                                              ; preds = %153
  %155 = load i32, ptr %10, align 4
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %10, align 4
  br label %118, !llvm.loop !13

157:                                              ; preds = %118
  call void @transpose_inplace(ptr noundef @S)
  %158 = load i32, ptr %7, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %159
  %161 = load i32, ptr %7, align 4
  %162 = add nsw i32 %161, 5
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [33 x float], ptr %160, i64 0, i64 %163
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 4 %164, i64 4, i1 false)
  %165 = load i32, ptr %12, align 4
  %166 = zext i32 %165 to i64
  %167 = load i64, ptr %6, align 8
  %168 = xor i64 %167, %166
  store i64 %168, ptr %6, align 8
  br label %169

169:                                              ; preds = %157
  %170 = load i32, ptr %7, align 4
  %171 = add nsw i32 %170, 1
  store i32 %171, ptr %7, align 4
  br label %75, !llvm.loop !14

172:                                              ; preds = %75
  %173 = load i64, ptr %6, align 8
  ret i64 %173
}

; Function Attrs: noinline nounwind optnone
define internal void @transpose_naive(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %34, %2
  %8 = load i32, ptr %5, align 4
  %9 = icmp slt i32 %8, 45
  br i1 %9, label %10, label %37

10:                                               ; preds = %7
  store i32 0, ptr %6, align 4
  br label %11

11:                                               ; preds = %30, %10
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %12, 37
  br i1 %13, label %14, label %33

14:                                               ; preds = %11
  %15 = load ptr, ptr %4, align 8
  %16 = load i32, ptr %5, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [37 x i32], ptr %15, i64 %17
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [37 x i32], ptr %18, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [45 x i32], ptr %23, i64 %25
  %27 = load i32, ptr %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [45 x i32], ptr %26, i64 0, i64 %28
  store i32 %22, ptr %29, align 4
  br label %30

30:                                               ; preds = %14
  %31 = load i32, ptr %6, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4
  br label %11, !llvm.loop !15

33:                                               ; preds = %11
  br label %34

34:                                               ; preds = %33
  %35 = load i32, ptr %5, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %5, align 4
  br label %7, !llvm.loop !16

37:                                               ; preds = %7
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @transpose_blocked(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %9

9:                                                ; preds = %68, %2
  %10 = load i32, ptr %5, align 4
  %11 = icmp slt i32 %10, 45
  br i1 %11, label %12, label %71

12:                                               ; preds = %9
  store i32 0, ptr %6, align 4
  br label %13

13:                                               ; preds = %64, %12
  %14 = load i32, ptr %6, align 4
  %15 = icmp slt i32 %14, 37
  br i1 %15, label %16, label %67

16:                                               ; preds = %13
  %17 = load i32, ptr %5, align 4
  store i32 %17, ptr %7, align 4
  br label %18

18:                                               ; preds = %60, %16
  %19 = load i32, ptr %7, align 4
  %20 = load i32, ptr %5, align 4
  %21 = add nsw i32 %20, 8
  %22 = icmp slt i32 %19, %21
  br i1 %22, label %23, label %26

23:                                               ; preds = %18
  %24 = load i32, ptr %7, align 4
  %25 = icmp slt i32 %24, 45
  br label %26

26:                                               ; preds = %23, %18
  %27 = phi i1 [ false, %18 ], [ %25, %23 ]
  br i1 %27, label %28, label %63

28:                                               ; preds = %26
  %29 = load i32, ptr %6, align 4
  store i32 %29, ptr %8, align 4
  br label %30

30:                                               ; preds = %56, %28
  %31 = load i32, ptr %8, align 4
  %32 = load i32, ptr %6, align 4
  %33 = add nsw i32 %32, 8
  %34 = icmp slt i32 %31, %33
  br i1 %34, label %35, label %38

35:                                               ; preds = %30
  %36 = load i32, ptr %8, align 4
  %37 = icmp slt i32 %36, 37
  br label %38

38:                                               ; preds = %35, %30
  %39 = phi i1 [ false, %30 ], [ %37, %35 ]
  br i1 %39, label %40, label %59

40:                                               ; preds = %38
  %41 = load ptr, ptr %4, align 8
  %42 = load i32, ptr %7, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [37 x i32], ptr %41, i64 %43
  %45 = load i32, ptr %8, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [37 x i32], ptr %44, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4
  %49 = load ptr, ptr %3, align 8
  %50 = load i32, ptr %8, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [45 x i32], ptr %49, i64 %51
  %53 = load i32, ptr %7, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [45 x i32], ptr %52, i64 0, i64 %54
  store i32 %48, ptr %55, align 4
  br label %56

56:                                               ; preds = %40
  %57 = load i32, ptr %8, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %8, align 4
  br label %30, !llvm.loop !17

59:                                               ; preds = %38
  br label %60

60:                                               ; preds = %59
  %61 = load i32, ptr %7, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %7, align 4
  br label %18, !llvm.loop !18

63:                                               ; preds = %26
  br label %64

64:                                               ; preds = %63
  %65 = load i32, ptr %6, align 4
  %66 = add nsw i32 %65, 8
  store i32 %66, ptr %6, align 4
  br label %13, !llvm.loop !19

67:                                               ; preds = %13
  br label %68

68:                                               ; preds = %67
  %69 = load i32, ptr %5, align 4
  %70 = add nsw i32 %69, 8
  store i32 %70, ptr %5, align 4
  br label %9, !llvm.loop !20

71:                                               ; preds = %9
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @transpose_back(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %34, %2
  %8 = load i32, ptr %5, align 4
  %9 = icmp slt i32 %8, 37
  br i1 %9, label %10, label %37

10:                                               ; preds = %7
  store i32 0, ptr %6, align 4
  br label %11

11:                                               ; preds = %30, %10
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %12, 45
  br i1 %13, label %14, label %33

14:                                               ; preds = %11
  %15 = load ptr, ptr %4, align 8
  %16 = load i32, ptr %5, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [45 x i32], ptr %15, i64 %17
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [45 x i32], ptr %18, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [37 x i32], ptr %23, i64 %25
  %27 = load i32, ptr %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [37 x i32], ptr %26, i64 0, i64 %28
  store i32 %22, ptr %29, align 4
  br label %30

30:                                               ; preds = %14
  %31 = load i32, ptr %6, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4
  br label %11, !llvm.loop !21

33:                                               ; preds = %11
  br label %34

34:                                               ; preds = %33
  %35 = load i32, ptr %5, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %5, align 4
  br label %7, !llvm.loop !22

37:                                               ; preds = %7
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @differ(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %27, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %7, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %30

13:                                               ; preds = %9
  %14 = load ptr, ptr %5, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i32, ptr %14, i64 %16
  %18 = load i32, ptr %17, align 4
  %19 = load ptr, ptr %6, align 8
  %20 = load i32, ptr %8, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i32, ptr %19, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = icmp ne i32 %18, %23
  br i1 %24, label %25, label %26

25:                                               ; preds = %13
  store i32 1, ptr %4, align 4
  br label %31

26:                                               ; preds = %13
  br label %27

27:                                               ; preds = %26
  %28 = load i32, ptr %8, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %8, align 4
  br label %9, !llvm.loop !23

30:                                               ; preds = %9
  store i32 0, ptr %4, align 4
  br label %31

31:                                               ; preds = %30, %25
  %32 = load i32, ptr %4, align 4
  ret i32 %32
}

; Function Attrs: noinline nounwind optnone
define internal void @transpose_inplace(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %6

6:                                                ; preds = %51, %1
  %7 = load i32, ptr %3, align 4
  %8 = icmp slt i32 %7, 33
  br i1 %8, label %9, label %54

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %4, align 4
  br label %12

12:                                               ; preds = %47, %9
  %13 = load i32, ptr %4, align 4
  %14 = icmp slt i32 %13, 33
  br i1 %14, label %15, label %50

15:                                               ; preds = %12
  %16 = load ptr, ptr %2, align 8
  %17 = load i32, ptr %3, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [33 x float], ptr %16, i64 %18
  %20 = load i32, ptr %4, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [33 x float], ptr %19, i64 0, i64 %21
  %23 = load float, ptr %22, align 4
  store float %23, ptr %5, align 4
  %24 = load ptr, ptr %2, align 8
  %25 = load i32, ptr %4, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [33 x float], ptr %24, i64 %26
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [33 x float], ptr %27, i64 0, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = load ptr, ptr %2, align 8
  %33 = load i32, ptr %3, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [33 x float], ptr %32, i64 %34
  %36 = load i32, ptr %4, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [33 x float], ptr %35, i64 0, i64 %37
  store float %31, ptr %38, align 4
  %39 = load float, ptr %5, align 4
  %40 = load ptr, ptr %2, align 8
  %41 = load i32, ptr %4, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [33 x float], ptr %40, i64 %42
  %44 = load i32, ptr %3, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [33 x float], ptr %43, i64 0, i64 %45
  store float %39, ptr %46, align 4
  br label %47

47:                                               ; preds = %15
  %48 = load i32, ptr %4, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %4, align 4
  br label %12, !llvm.loop !24

50:                                               ; preds = %12
  br label %51

51:                                               ; preds = %50
  %52 = load i32, ptr %3, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %3, align 4
  br label %6, !llvm.loop !25

54:                                               ; preds = %6
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
!22 = distinct !{!22, !6}
!23 = distinct !{!23, !6}
!24 = distinct !{!24, !6}
!25 = distinct !{!25, !6}
