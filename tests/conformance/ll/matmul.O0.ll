; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_scale = dso_local global double 1.000000e-03, align 8
@A = internal global [40 x [40 x double]] zeroinitializer, align 16
@B = internal global [40 x [40 x double]] zeroinitializer, align 16
@C1 = internal global [40 x [40 x double]] zeroinitializer, align 16
@C2 = internal global [40 x [40 x double]] zeroinitializer, align 16
@M = internal global [8 x [8 x i32]] zeroinitializer, align 16
@P = internal global [8 x [8 x i32]] zeroinitializer, align 16
@T = internal global [8 x [8 x i32]] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca double, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = load double, ptr @g_scale, align 8
  store double %13, ptr %1, align 8
  store i32 0, ptr %2, align 4
  br label %14

14:                                               ; preds = %57, %0
  %15 = load i32, ptr %2, align 4
  %16 = icmp slt i32 %15, 40
  br i1 %16, label %17, label %60

17:                                               ; preds = %14
  store i32 0, ptr %3, align 4
  br label %18

18:                                               ; preds = %53, %17
  %19 = load i32, ptr %3, align 4
  %20 = icmp slt i32 %19, 40
  br i1 %20, label %21, label %56

21:                                               ; preds = %18
  %22 = load i32, ptr %2, align 4
  %23 = mul nsw i32 %22, 7
  %24 = load i32, ptr %3, align 4
  %25 = mul nsw i32 %24, 3
  %26 = add nsw i32 %23, %25
  %27 = srem i32 %26, 11
  %28 = sub nsw i32 %27, 5
  %29 = sitofp i32 %28 to double
  %30 = load double, ptr %1, align 8
  %31 = fmul double %29, %30
  %32 = load i32, ptr %2, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %33
  %35 = load i32, ptr %3, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [40 x double], ptr %34, i64 0, i64 %36
  store double %31, ptr %37, align 8
  %38 = load i32, ptr %2, align 4
  %39 = mul nsw i32 %38, 5
  %40 = load i32, ptr %3, align 4
  %41 = mul nsw i32 %40, 9
  %42 = add nsw i32 %39, %41
  %43 = srem i32 %42, 13
  %44 = sitofp i32 %43 to double
  %45 = fmul double %44, 5.000000e-01
  %46 = fsub double %45, 3.000000e+00
  %47 = load i32, ptr %2, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %48
  %50 = load i32, ptr %3, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [40 x double], ptr %49, i64 0, i64 %51
  store double %46, ptr %52, align 8
  br label %53

53:                                               ; preds = %21
  %54 = load i32, ptr %3, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %3, align 4
  br label %18, !llvm.loop !5

56:                                               ; preds = %18
  br label %57

57:                                               ; preds = %56
  %58 = load i32, ptr %2, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %2, align 4
  br label %14, !llvm.loop !7

60:                                               ; preds = %14
  call void @matmul_ijk(ptr noundef @C1, ptr noundef @A, ptr noundef @B)
  call void @matmul_ikj(ptr noundef @C2, ptr noundef @A, ptr noundef @B)
  store i64 0, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %61

61:                                               ; preds = %102, %60
  %62 = load i32, ptr %5, align 4
  %63 = icmp slt i32 %62, 40
  br i1 %63, label %64, label %105

64:                                               ; preds = %61
  store i32 0, ptr %6, align 4
  br label %65

65:                                               ; preds = %98, %64
  %66 = load i32, ptr %6, align 4
  %67 = icmp slt i32 %66, 40
  br i1 %67, label %68, label %101

68:                                               ; preds = %65
  %69 = load i32, ptr %5, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [40 x [40 x double]], ptr @C1, i64 0, i64 %70
  %72 = load i32, ptr %6, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [40 x double], ptr %71, i64 0, i64 %73
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %74, i64 8, i1 false)
  %75 = load i64, ptr %4, align 8
  %76 = mul i64 %75, 1000003
  %77 = load i64, ptr %7, align 8
  %78 = add i64 %76, %77
  store i64 %78, ptr %4, align 8
  %79 = load i32, ptr %5, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [40 x [40 x double]], ptr @C1, i64 0, i64 %80
  %82 = load i32, ptr %6, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [40 x double], ptr %81, i64 0, i64 %83
  %85 = load double, ptr %84, align 8
  %86 = load i32, ptr %5, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [40 x [40 x double]], ptr @C2, i64 0, i64 %87
  %89 = load i32, ptr %6, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [40 x double], ptr %88, i64 0, i64 %90
  %92 = load double, ptr %91, align 8
  %93 = fcmp une double %85, %92
  br i1 %93, label %94, label %97

94:                                               ; preds = %68
  %95 = load i64, ptr %4, align 8
  %96 = add i64 %95, 1
  store i64 %96, ptr %4, align 8
  br label %97

97:                                               ; preds = %94, %68
  br label %98

98:                                               ; preds = %97
  %99 = load i32, ptr %6, align 4
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %6, align 4
  br label %65, !llvm.loop !8

101:                                              ; preds = %65
  br label %102

102:                                              ; preds = %101
  %103 = load i32, ptr %5, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %5, align 4
  br label %61, !llvm.loop !9

105:                                              ; preds = %61
  store i32 0, ptr %8, align 4
  br label %106

106:                                              ; preds = %140, %105
  %107 = load i32, ptr %8, align 4
  %108 = icmp slt i32 %107, 8
  br i1 %108, label %109, label %143

109:                                              ; preds = %106
  store i32 0, ptr %9, align 4
  br label %110

110:                                              ; preds = %136, %109
  %111 = load i32, ptr %9, align 4
  %112 = icmp slt i32 %111, 8
  br i1 %112, label %113, label %139

113:                                              ; preds = %110
  %114 = load i32, ptr %8, align 4
  %115 = load i32, ptr %9, align 4
  %116 = mul nsw i32 2, %115
  %117 = add nsw i32 %114, %116
  %118 = srem i32 %117, 5
  %119 = sub nsw i32 %118, 2
  %120 = load i32, ptr %8, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [8 x [8 x i32]], ptr @M, i64 0, i64 %121
  %123 = load i32, ptr %9, align 4
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [8 x i32], ptr %122, i64 0, i64 %124
  store i32 %119, ptr %125, align 4
  %126 = load i32, ptr %8, align 4
  %127 = load i32, ptr %9, align 4
  %128 = icmp eq i32 %126, %127
  %129 = zext i1 %128 to i32
  %130 = load i32, ptr %8, align 4
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %131
  %133 = load i32, ptr %9, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [8 x i32], ptr %132, i64 0, i64 %134
  store i32 %129, ptr %135, align 4
  br label %136

136:                                              ; preds = %113
  %137 = load i32, ptr %9, align 4
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %9, align 4
  br label %110, !llvm.loop !10

139:                                              ; preds = %110
  br label %140

140:                                              ; preds = %139
  %141 = load i32, ptr %8, align 4
  %142 = add nsw i32 %141, 1
  store i32 %142, ptr %8, align 4
  br label %106, !llvm.loop !11

143:                                              ; preds = %106
  store i32 0, ptr %10, align 4
  br label %144

144:                                              ; preds = %148, %143
  %145 = load i32, ptr %10, align 4
  %146 = icmp slt i32 %145, 20
  br i1 %146, label %147, label %151

147:                                              ; preds = %144
  call void @imatmul(ptr noundef @T, ptr noundef @P, ptr noundef @M)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @P, ptr align 16 @T, i64 256, i1 false)
  br label %148

148:                                              ; preds = %147
  %149 = load i32, ptr %10, align 4
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %10, align 4
  br label %144, !llvm.loop !12

151:                                              ; preds = %144
  store i32 0, ptr %11, align 4
  br label %152

152:                                              ; preds = %175, %151
  %153 = load i32, ptr %11, align 4
  %154 = icmp slt i32 %153, 8
  br i1 %154, label %155, label %178

155:                                              ; preds = %152
  store i32 0, ptr %12, align 4
  br label %156

156:                                              ; preds = %171, %155
  %157 = load i32, ptr %12, align 4
  %158 = icmp slt i32 %157, 8
  br i1 %158, label %159, label %174

159:                                              ; preds = %156
  %160 = load i64, ptr %4, align 8
  %161 = mul i64 %160, 31
  %162 = load i32, ptr %11, align 4
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %163
  %165 = load i32, ptr %12, align 4
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [8 x i32], ptr %164, i64 0, i64 %166
  %168 = load i32, ptr %167, align 4
  %169 = zext i32 %168 to i64
  %170 = add i64 %161, %169
  store i64 %170, ptr %4, align 8
  br label %171

171:                                              ; preds = %159
  %172 = load i32, ptr %12, align 4
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %12, align 4
  br label %156, !llvm.loop !13

174:                                              ; preds = %156
  br label %175

175:                                              ; preds = %174
  %176 = load i32, ptr %11, align 4
  %177 = add nsw i32 %176, 1
  store i32 %177, ptr %11, align 4
  br label %152, !llvm.loop !14

178:                                              ; preds = %152
  %179 = load i64, ptr %4, align 8
  ret i64 %179
}

; Function Attrs: noinline nounwind optnone
define internal void @matmul_ijk(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %11

11:                                               ; preds = %58, %3
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %12, 40
  br i1 %13, label %14, label %61

14:                                               ; preds = %11
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %54, %14
  %16 = load i32, ptr %8, align 4
  %17 = icmp slt i32 %16, 40
  br i1 %17, label %18, label %57

18:                                               ; preds = %15
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %19

19:                                               ; preds = %42, %18
  %20 = load i32, ptr %10, align 4
  %21 = icmp slt i32 %20, 40
  br i1 %21, label %22, label %45

22:                                               ; preds = %19
  %23 = load ptr, ptr %5, align 8
  %24 = load i32, ptr %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [40 x double], ptr %23, i64 %25
  %27 = load i32, ptr %10, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [40 x double], ptr %26, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = load ptr, ptr %6, align 8
  %32 = load i32, ptr %10, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [40 x double], ptr %31, i64 %33
  %35 = load i32, ptr %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [40 x double], ptr %34, i64 0, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = fmul double %30, %38
  %40 = load double, ptr %9, align 8
  %41 = fadd double %40, %39
  store double %41, ptr %9, align 8
  br label %42

42:                                               ; preds = %22
  %43 = load i32, ptr %10, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %10, align 4
  br label %19, !llvm.loop !15

45:                                               ; preds = %19
  %46 = load double, ptr %9, align 8
  %47 = load ptr, ptr %4, align 8
  %48 = load i32, ptr %7, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [40 x double], ptr %47, i64 %49
  %51 = load i32, ptr %8, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [40 x double], ptr %50, i64 0, i64 %52
  store double %46, ptr %53, align 8
  br label %54

54:                                               ; preds = %45
  %55 = load i32, ptr %8, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %8, align 4
  br label %15, !llvm.loop !16

57:                                               ; preds = %15
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %7, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %7, align 4
  br label %11, !llvm.loop !17

61:                                               ; preds = %11
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @matmul_ikj(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %11 = load ptr, ptr %4, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %11, i8 0, i64 12800, i1 false)
  store i32 0, ptr %7, align 4
  br label %12

12:                                               ; preds = %59, %3
  %13 = load i32, ptr %7, align 4
  %14 = icmp slt i32 %13, 40
  br i1 %14, label %15, label %62

15:                                               ; preds = %12
  store i32 0, ptr %8, align 4
  br label %16

16:                                               ; preds = %55, %15
  %17 = load i32, ptr %8, align 4
  %18 = icmp slt i32 %17, 40
  br i1 %18, label %19, label %58

19:                                               ; preds = %16
  %20 = load ptr, ptr %5, align 8
  %21 = load i32, ptr %7, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [40 x double], ptr %20, i64 %22
  %24 = load i32, ptr %8, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [40 x double], ptr %23, i64 0, i64 %25
  %27 = load double, ptr %26, align 8
  store double %27, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %28

28:                                               ; preds = %51, %19
  %29 = load i32, ptr %10, align 4
  %30 = icmp slt i32 %29, 40
  br i1 %30, label %31, label %54

31:                                               ; preds = %28
  %32 = load double, ptr %9, align 8
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %8, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [40 x double], ptr %33, i64 %35
  %37 = load i32, ptr %10, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [40 x double], ptr %36, i64 0, i64 %38
  %40 = load double, ptr %39, align 8
  %41 = fmul double %32, %40
  %42 = load ptr, ptr %4, align 8
  %43 = load i32, ptr %7, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [40 x double], ptr %42, i64 %44
  %46 = load i32, ptr %10, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [40 x double], ptr %45, i64 0, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = fadd double %49, %41
  store double %50, ptr %48, align 8
  br label %51

51:                                               ; preds = %31
  %52 = load i32, ptr %10, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %10, align 4
  br label %28, !llvm.loop !18

54:                                               ; preds = %28
  br label %55

55:                                               ; preds = %54
  %56 = load i32, ptr %8, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %8, align 4
  br label %16, !llvm.loop !19

58:                                               ; preds = %16
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %7, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %7, align 4
  br label %12, !llvm.loop !20

62:                                               ; preds = %12
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal void @imatmul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %11

11:                                               ; preds = %59, %3
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %12, 8
  br i1 %13, label %14, label %62

14:                                               ; preds = %11
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %55, %14
  %16 = load i32, ptr %8, align 4
  %17 = icmp slt i32 %16, 8
  br i1 %17, label %18, label %58

18:                                               ; preds = %15
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %19

19:                                               ; preds = %42, %18
  %20 = load i32, ptr %10, align 4
  %21 = icmp slt i32 %20, 8
  br i1 %21, label %22, label %45

22:                                               ; preds = %19
  %23 = load ptr, ptr %5, align 8
  %24 = load i32, ptr %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [8 x i32], ptr %23, i64 %25
  %27 = load i32, ptr %10, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [8 x i32], ptr %26, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4
  %31 = load ptr, ptr %6, align 8
  %32 = load i32, ptr %10, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [8 x i32], ptr %31, i64 %33
  %35 = load i32, ptr %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [8 x i32], ptr %34, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4
  %39 = mul i32 %30, %38
  %40 = load i32, ptr %9, align 4
  %41 = add i32 %40, %39
  store i32 %41, ptr %9, align 4
  br label %42

42:                                               ; preds = %22
  %43 = load i32, ptr %10, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %10, align 4
  br label %19, !llvm.loop !21

45:                                               ; preds = %19
  %46 = load i32, ptr %9, align 4
  %47 = urem i32 %46, 1000003
  %48 = load ptr, ptr %4, align 8
  %49 = load i32, ptr %7, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [8 x i32], ptr %48, i64 %50
  %52 = load i32, ptr %8, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [8 x i32], ptr %51, i64 0, i64 %53
  store i32 %47, ptr %54, align 4
  br label %55

55:                                               ; preds = %45
  %56 = load i32, ptr %8, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %8, align 4
  br label %15, !llvm.loop !22

58:                                               ; preds = %15
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %7, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %7, align 4
  br label %11, !llvm.loop !23

62:                                               ; preds = %11
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
