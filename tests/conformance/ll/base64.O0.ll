; ModuleID = 'base64.c'
source_filename = "base64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i8 3, align 1
@reverse = internal global [256 x i8] zeroinitializer, align 16
@alphabet = internal constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [80 x i8], align 16
  %4 = alloca [80 x i8], align 16
  %5 = alloca [120 x i8], align 16
  %6 = alloca i8, align 1
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  br label %14

14:                                               ; preds = %21, %0
  %15 = load i32, ptr %1, align 4
  %16 = icmp slt i32 %15, 256
  br i1 %16, label %17, label %24

17:                                               ; preds = %14
  %18 = load i32, ptr %1, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %19
  store i8 -1, ptr %20, align 1
  br label %21

21:                                               ; preds = %17
  %22 = load i32, ptr %1, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %1, align 4
  br label %14, !llvm.loop !5

24:                                               ; preds = %14
  store i32 0, ptr %2, align 4
  br label %25

25:                                               ; preds = %37, %24
  %26 = load i32, ptr %2, align 4
  %27 = icmp slt i32 %26, 64
  br i1 %27, label %28, label %40

28:                                               ; preds = %25
  %29 = load i32, ptr %2, align 4
  %30 = trunc i32 %29 to i8
  %31 = load i32, ptr %2, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %32
  %34 = load i8, ptr %33, align 1
  %35 = zext i8 %34 to i64
  %36 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %35
  store i8 %30, ptr %36, align 1
  br label %37

37:                                               ; preds = %28
  %38 = load i32, ptr %2, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %2, align 4
  br label %25, !llvm.loop !7

40:                                               ; preds = %25
  %41 = load i8, ptr @g_seed, align 1
  store i8 %41, ptr %6, align 1
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %42

42:                                               ; preds = %128, %40
  %43 = load i32, ptr %8, align 4
  %44 = icmp sle i32 %43, 80
  br i1 %44, label %45, label %131

45:                                               ; preds = %42
  store i32 0, ptr %9, align 4
  br label %46

46:                                               ; preds = %60, %45
  %47 = load i32, ptr %9, align 4
  %48 = load i32, ptr %8, align 4
  %49 = icmp slt i32 %47, %48
  br i1 %49, label %50, label %63

50:                                               ; preds = %46
  %51 = load i8, ptr %6, align 1
  %52 = zext i8 %51 to i32
  %53 = mul nsw i32 %52, 29
  %54 = add nsw i32 %53, 71
  %55 = trunc i32 %54 to i8
  store i8 %55, ptr %6, align 1
  %56 = load i8, ptr %6, align 1
  %57 = load i32, ptr %9, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [80 x i8], ptr %3, i64 0, i64 %58
  store i8 %56, ptr %59, align 1
  br label %60

60:                                               ; preds = %50
  %61 = load i32, ptr %9, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %9, align 4
  br label %46, !llvm.loop !8

63:                                               ; preds = %46
  %64 = getelementptr inbounds [80 x i8], ptr %3, i64 0, i64 0
  %65 = load i32, ptr %8, align 4
  %66 = getelementptr inbounds [120 x i8], ptr %5, i64 0, i64 0
  %67 = call i32 @encode(ptr noundef %64, i32 noundef %65, ptr noundef %66)
  store i32 %67, ptr %10, align 4
  %68 = getelementptr inbounds [120 x i8], ptr %5, i64 0, i64 0
  %69 = load i32, ptr %10, align 4
  %70 = getelementptr inbounds [80 x i8], ptr %4, i64 0, i64 0
  %71 = call i32 @decode(ptr noundef %68, i32 noundef %69, ptr noundef %70)
  store i32 %71, ptr %11, align 4
  %72 = load i64, ptr %7, align 8
  %73 = mul i64 %72, 31
  %74 = load i32, ptr %10, align 4
  %75 = sext i32 %74 to i64
  %76 = mul i64 %75, 1000
  %77 = add i64 %73, %76
  %78 = load i32, ptr %11, align 4
  %79 = sext i32 %78 to i64
  %80 = add i64 %77, %79
  store i64 %80, ptr %7, align 8
  store i32 0, ptr %12, align 4
  br label %81

81:                                               ; preds = %94, %63
  %82 = load i32, ptr %12, align 4
  %83 = load i32, ptr %10, align 4
  %84 = icmp slt i32 %82, %83
  br i1 %84, label %85, label %97

85:                                               ; preds = %81
  %86 = load i64, ptr %7, align 8
  %87 = mul i64 %86, 131
  %88 = load i32, ptr %12, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [120 x i8], ptr %5, i64 0, i64 %89
  %91 = load i8, ptr %90, align 1
  %92 = zext i8 %91 to i64
  %93 = add i64 %87, %92
  store i64 %93, ptr %7, align 8
  br label %94

94:                                               ; preds = %85
  %95 = load i32, ptr %12, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %12, align 4
  br label %81, !llvm.loop !9

97:                                               ; preds = %81
  store i32 0, ptr %13, align 4
  br label %98

98:                                               ; preds = %124, %97
  %99 = load i32, ptr %13, align 4
  %100 = load i32, ptr %11, align 4
  %101 = icmp slt i32 %99, %100
  br i1 %101, label %102, label %106

102:                                              ; preds = %98
  %103 = load i32, ptr %13, align 4
  %104 = load i32, ptr %8, align 4
  %105 = icmp slt i32 %103, %104
  br label %106

106:                                              ; preds = %102, %98
  %107 = phi i1 [ false, %98 ], [ %105, %102 ]
  br i1 %107, label %108, label %127

108:                                              ; preds = %106
  %109 = load i32, ptr %13, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [80 x i8], ptr %4, i64 0, i64 %110
  %112 = load i8, ptr %111, align 1
  %113 = zext i8 %112 to i32
  %114 = load i32, ptr %13, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [80 x i8], ptr %3, i64 0, i64 %115
  %117 = load i8, ptr %116, align 1
  %118 = zext i8 %117 to i32
  %119 = icmp ne i32 %113, %118
  br i1 %119, label %120, label %123

120:                                              ; preds = %108
  %121 = load i64, ptr %7, align 8
  %122 = add i64 %121, 1000000
  store i64 %122, ptr %7, align 8
  br label %123

123:                                              ; preds = %120, %108
  br label %124

124:                                              ; preds = %123
  %125 = load i32, ptr %13, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %13, align 4
  br label %98, !llvm.loop !10

127:                                              ; preds = %106
  br label %128

128:                                              ; preds = %127
  %129 = load i32, ptr %8, align 4
  %130 = add nsw i32 %129, 1
  store i32 %130, ptr %8, align 4
  br label %42, !llvm.loop !11

131:                                              ; preds = %42
  %132 = load i64, ptr %7, align 8
  ret i64 %132
}

; Function Attrs: noinline nounwind optnone
define internal i32 @encode(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %12

12:                                               ; preds = %84, %3
  %13 = load i32, ptr %8, align 4
  %14 = add nsw i32 %13, 2
  %15 = load i32, ptr %5, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %87

17:                                               ; preds = %12
  %18 = load ptr, ptr %4, align 8
  %19 = load i32, ptr %8, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i8, ptr %18, i64 %20
  %22 = load i8, ptr %21, align 1
  %23 = zext i8 %22 to i32
  %24 = shl i32 %23, 16
  %25 = load ptr, ptr %4, align 8
  %26 = load i32, ptr %8, align 4
  %27 = add nsw i32 %26, 1
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %25, i64 %28
  %30 = load i8, ptr %29, align 1
  %31 = zext i8 %30 to i32
  %32 = shl i32 %31, 8
  %33 = or i32 %24, %32
  %34 = load ptr, ptr %4, align 8
  %35 = load i32, ptr %8, align 4
  %36 = add nsw i32 %35, 2
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i8, ptr %34, i64 %37
  %39 = load i8, ptr %38, align 1
  %40 = zext i8 %39 to i32
  %41 = or i32 %33, %40
  store i32 %41, ptr %9, align 4
  %42 = load i32, ptr %9, align 4
  %43 = lshr i32 %42, 18
  %44 = zext i32 %43 to i64
  %45 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %44
  %46 = load i8, ptr %45, align 1
  %47 = load ptr, ptr %6, align 8
  %48 = load i32, ptr %7, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %7, align 4
  %50 = sext i32 %48 to i64
  %51 = getelementptr inbounds i8, ptr %47, i64 %50
  store i8 %46, ptr %51, align 1
  %52 = load i32, ptr %9, align 4
  %53 = lshr i32 %52, 12
  %54 = and i32 %53, 63
  %55 = zext i32 %54 to i64
  %56 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %55
  %57 = load i8, ptr %56, align 1
  %58 = load ptr, ptr %6, align 8
  %59 = load i32, ptr %7, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %7, align 4
  %61 = sext i32 %59 to i64
  %62 = getelementptr inbounds i8, ptr %58, i64 %61
  store i8 %57, ptr %62, align 1
  %63 = load i32, ptr %9, align 4
  %64 = lshr i32 %63, 6
  %65 = and i32 %64, 63
  %66 = zext i32 %65 to i64
  %67 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %66
  %68 = load i8, ptr %67, align 1
  %69 = load ptr, ptr %6, align 8
  %70 = load i32, ptr %7, align 4
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %7, align 4
  %72 = sext i32 %70 to i64
  %73 = getelementptr inbounds i8, ptr %69, i64 %72
  store i8 %68, ptr %73, align 1
  %74 = load i32, ptr %9, align 4
  %75 = and i32 %74, 63
  %76 = zext i32 %75 to i64
  %77 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %76
  %78 = load i8, ptr %77, align 1
  %79 = load ptr, ptr %6, align 8
  %80 = load i32, ptr %7, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %7, align 4
  %82 = sext i32 %80 to i64
  %83 = getelementptr inbounds i8, ptr %79, i64 %82
  store i8 %78, ptr %83, align 1
  br label %84

84:                                               ; preds = %17
  %85 = load i32, ptr %8, align 4
  %86 = add nsw i32 %85, 3
  store i32 %86, ptr %8, align 4
  br label %12, !llvm.loop !12

87:                                               ; preds = %12
  %88 = load i32, ptr %5, align 4
  %89 = load i32, ptr %8, align 4
  %90 = sub nsw i32 %88, %89
  %91 = icmp eq i32 %90, 1
  br i1 %91, label %92, label %131

92:                                               ; preds = %87
  %93 = load ptr, ptr %4, align 8
  %94 = load i32, ptr %8, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds i8, ptr %93, i64 %95
  %97 = load i8, ptr %96, align 1
  %98 = zext i8 %97 to i32
  %99 = shl i32 %98, 16
  store i32 %99, ptr %10, align 4
  %100 = load i32, ptr %10, align 4
  %101 = lshr i32 %100, 18
  %102 = zext i32 %101 to i64
  %103 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %102
  %104 = load i8, ptr %103, align 1
  %105 = load ptr, ptr %6, align 8
  %106 = load i32, ptr %7, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %7, align 4
  %108 = sext i32 %106 to i64
  %109 = getelementptr inbounds i8, ptr %105, i64 %108
  store i8 %104, ptr %109, align 1
  %110 = load i32, ptr %10, align 4
  %111 = lshr i32 %110, 12
  %112 = and i32 %111, 63
  %113 = zext i32 %112 to i64
  %114 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %113
  %115 = load i8, ptr %114, align 1
  %116 = load ptr, ptr %6, align 8
  %117 = load i32, ptr %7, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %7, align 4
  %119 = sext i32 %117 to i64
  %120 = getelementptr inbounds i8, ptr %116, i64 %119
  store i8 %115, ptr %120, align 1
  %121 = load ptr, ptr %6, align 8
  %122 = load i32, ptr %7, align 4
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %7, align 4
  %124 = sext i32 %122 to i64
  %125 = getelementptr inbounds i8, ptr %121, i64 %124
  store i8 61, ptr %125, align 1
  %126 = load ptr, ptr %6, align 8
  %127 = load i32, ptr %7, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %7, align 4
  %129 = sext i32 %127 to i64
  %130 = getelementptr inbounds i8, ptr %126, i64 %129
  store i8 61, ptr %130, align 1
  br label %191

131:                                              ; preds = %87
  %132 = load i32, ptr %5, align 4
  %133 = load i32, ptr %8, align 4
  %134 = sub nsw i32 %132, %133
  %135 = icmp eq i32 %134, 2
  br i1 %135, label %136, label %190

136:                                              ; preds = %131
  %137 = load ptr, ptr %4, align 8
  %138 = load i32, ptr %8, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds i8, ptr %137, i64 %139
  %141 = load i8, ptr %140, align 1
  %142 = zext i8 %141 to i32
  %143 = shl i32 %142, 16
  %144 = load ptr, ptr %4, align 8
  %145 = load i32, ptr %8, align 4
  %146 = add nsw i32 %145, 1
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds i8, ptr %144, i64 %147
  %149 = load i8, ptr %148, align 1
  %150 = zext i8 %149 to i32
  %151 = shl i32 %150, 8
  %152 = or i32 %143, %151
  store i32 %152, ptr %11, align 4
  %153 = load i32, ptr %11, align 4
  %154 = lshr i32 %153, 18
  %155 = zext i32 %154 to i64
  %156 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %155
  %157 = load i8, ptr %156, align 1
  %158 = load ptr, ptr %6, align 8
  %159 = load i32, ptr %7, align 4
  %160 = add nsw i32 %159, 1
  store i32 %160, ptr %7, align 4
  %161 = sext i32 %159 to i64
  %162 = getelementptr inbounds i8, ptr %158, i64 %161
  store i8 %157, ptr %162, align 1
  %163 = load i32, ptr %11, align 4
  %164 = lshr i32 %163, 12
  %165 = and i32 %164, 63
  %166 = zext i32 %165 to i64
  %167 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %166
  %168 = load i8, ptr %167, align 1
  %169 = load ptr, ptr %6, align 8
  %170 = load i32, ptr %7, align 4
  %171 = add nsw i32 %170, 1
  store i32 %171, ptr %7, align 4
  %172 = sext i32 %170 to i64
  %173 = getelementptr inbounds i8, ptr %169, i64 %172
  store i8 %168, ptr %173, align 1
  %174 = load i32, ptr %11, align 4
  %175 = lshr i32 %174, 6
  %176 = and i32 %175, 63
  %177 = zext i32 %176 to i64
  %178 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %177
  %179 = load i8, ptr %178, align 1
  %180 = load ptr, ptr %6, align 8
  %181 = load i32, ptr %7, align 4
  %182 = add nsw i32 %181, 1
  store i32 %182, ptr %7, align 4
  %183 = sext i32 %181 to i64
  %184 = getelementptr inbounds i8, ptr %180, i64 %183
  store i8 %179, ptr %184, align 1
  %185 = load ptr, ptr %6, align 8
  %186 = load i32, ptr %7, align 4
  %187 = add nsw i32 %186, 1
  store i32 %187, ptr %7, align 4
  %188 = sext i32 %186 to i64
  %189 = getelementptr inbounds i8, ptr %185, i64 %188
  store i8 61, ptr %189, align 1
  br label %190

190:                                              ; preds = %136, %131
  br label %191

191:                                              ; preds = %190, %92
  %192 = load i32, ptr %7, align 4
  ret i32 %192
}

; Function Attrs: noinline nounwind optnone
define internal i32 @decode(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  %14 = alloca i8, align 1
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store ptr %2, ptr %7, align 8
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %15

15:                                               ; preds = %91, %3
  %16 = load i32, ptr %9, align 4
  %17 = add nsw i32 %16, 3
  %18 = load i32, ptr %6, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %94

20:                                               ; preds = %15
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  store i32 0, ptr %12, align 4
  br label %21

21:                                               ; preds = %56, %20
  %22 = load i32, ptr %12, align 4
  %23 = icmp slt i32 %22, 4
  br i1 %23, label %24, label %59

24:                                               ; preds = %21
  %25 = load ptr, ptr %5, align 8
  %26 = load i32, ptr %9, align 4
  %27 = load i32, ptr %12, align 4
  %28 = add nsw i32 %26, %27
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %25, i64 %29
  %31 = load i8, ptr %30, align 1
  store i8 %31, ptr %13, align 1
  %32 = load i8, ptr %13, align 1
  %33 = sext i8 %32 to i32
  %34 = icmp eq i32 %33, 61
  br i1 %34, label %35, label %40

35:                                               ; preds = %24
  %36 = load i32, ptr %11, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %11, align 4
  %38 = load i32, ptr %10, align 4
  %39 = shl i32 %38, 6
  store i32 %39, ptr %10, align 4
  br label %55

40:                                               ; preds = %24
  %41 = load i8, ptr %13, align 1
  %42 = zext i8 %41 to i64
  %43 = getelementptr inbounds [256 x i8], ptr @reverse, i64 0, i64 %42
  %44 = load i8, ptr %43, align 1
  store i8 %44, ptr %14, align 1
  %45 = load i8, ptr %14, align 1
  %46 = sext i8 %45 to i32
  %47 = icmp slt i32 %46, 0
  br i1 %47, label %48, label %49

48:                                               ; preds = %40
  store i32 -1, ptr %4, align 4
  br label %96

49:                                               ; preds = %40
  %50 = load i32, ptr %10, align 4
  %51 = shl i32 %50, 6
  %52 = load i8, ptr %14, align 1
  %53 = sext i8 %52 to i32
  %54 = or i32 %51, %53
  store i32 %54, ptr %10, align 4
  br label %55

55:                                               ; preds = %49, %35
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %12, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %12, align 4
  br label %21, !llvm.loop !13

59:                                               ; preds = %21
  %60 = load i32, ptr %10, align 4
  %61 = lshr i32 %60, 16
  %62 = trunc i32 %61 to i8
  %63 = load ptr, ptr %7, align 8
  %64 = load i32, ptr %8, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %8, align 4
  %66 = sext i32 %64 to i64
  %67 = getelementptr inbounds i8, ptr %63, i64 %66
  store i8 %62, ptr %67, align 1
  %68 = load i32, ptr %11, align 4
  %69 = icmp slt i32 %68, 2
  br i1 %69, label %70, label %79

70:                                               ; preds = %59
  %71 = load i32, ptr %10, align 4
  %72 = lshr i32 %71, 8
  %73 = trunc i32 %72 to i8
  %74 = load ptr, ptr %7, align 8
  %75 = load i32, ptr %8, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %8, align 4
  %77 = sext i32 %75 to i64
  %78 = getelementptr inbounds i8, ptr %74, i64 %77
  store i8 %73, ptr %78, align 1
  br label %79

79:                                               ; preds = %70, %59
  %80 = load i32, ptr %11, align 4
  %81 = icmp slt i32 %80, 1
  br i1 %81, label %82, label %90

82:                                               ; preds = %79
  %83 = load i32, ptr %10, align 4
  %84 = trunc i32 %83 to i8
  %85 = load ptr, ptr %7, align 8
  %86 = load i32, ptr %8, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %8, align 4
  %88 = sext i32 %86 to i64
  %89 = getelementptr inbounds i8, ptr %85, i64 %88
  store i8 %84, ptr %89, align 1
  br label %90

90:                                               ; preds = %82, %79
  br label %91

91:                                               ; preds = %90
  %92 = load i32, ptr %9, align 4
  %93 = add nsw i32 %92, 4
  store i32 %93, ptr %9, align 4
  br label %15, !llvm.loop !14

94:                                               ; preds = %15
  %95 = load i32, ptr %8, align 4
  store i32 %95, ptr %4, align 4
  br label %96

96:                                               ; preds = %94, %48
  %97 = load i32, ptr %4, align 4
  ret i32 %97
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
