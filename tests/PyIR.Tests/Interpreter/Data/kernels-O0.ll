; ModuleID = 'kernels.c'
source_filename = "kernels.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@w32 = internal global [512 x i32] zeroinitializer, align 16
@b8 = internal global [512 x i8] zeroinitializer, align 16
@s16 = internal global [512 x i16] zeroinitializer, align 16
@u8 = internal global [512 x i8] zeroinitializer, align 16
@q64 = internal global [256 x i64] zeroinitializer, align 16
@f32 = internal global [512 x float] zeroinitializer, align 16
@f64 = internal global [256 x double] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @k_int() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  call void @fill()
  store i64 0, ptr %1, align 8
  store i32 2147483647, ptr %2, align 4
  store i32 -2147483648, ptr %3, align 4
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %14

14:                                               ; preds = %54, %0
  %15 = load i32, ptr %5, align 4
  %16 = icmp slt i32 %15, 512
  br i1 %16, label %17, label %57

17:                                               ; preds = %14
  %18 = load i32, ptr %5, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = ashr i32 %21, 3
  store i32 %22, ptr %6, align 4
  %23 = load i32, ptr %6, align 4
  %24 = sext i32 %23 to i64
  %25 = load i64, ptr %1, align 8
  %26 = add nsw i64 %25, %24
  store i64 %26, ptr %1, align 8
  %27 = load i32, ptr %6, align 4
  %28 = load i32, ptr %2, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %32

30:                                               ; preds = %17
  %31 = load i32, ptr %6, align 4
  br label %34

32:                                               ; preds = %17
  %33 = load i32, ptr %2, align 4
  br label %34

34:                                               ; preds = %32, %30
  %35 = phi i32 [ %31, %30 ], [ %33, %32 ]
  store i32 %35, ptr %2, align 4
  %36 = load i32, ptr %6, align 4
  %37 = load i32, ptr %3, align 4
  %38 = icmp sgt i32 %36, %37
  br i1 %38, label %39, label %41

39:                                               ; preds = %34
  %40 = load i32, ptr %6, align 4
  br label %43

41:                                               ; preds = %34
  %42 = load i32, ptr %3, align 4
  br label %43

43:                                               ; preds = %41, %39
  %44 = phi i32 [ %40, %39 ], [ %42, %41 ]
  store i32 %44, ptr %3, align 4
  %45 = load i32, ptr %5, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4
  %49 = load i32, ptr %5, align 4
  %50 = and i32 %49, 7
  %51 = shl i32 %48, %50
  %52 = load i32, ptr %4, align 4
  %53 = xor i32 %52, %51
  store i32 %53, ptr %4, align 4
  br label %54

54:                                               ; preds = %43
  %55 = load i32, ptr %5, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %5, align 4
  br label %14, !llvm.loop !6

57:                                               ; preds = %14
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %58

58:                                               ; preds = %76, %57
  %59 = load i32, ptr %8, align 4
  %60 = icmp slt i32 %59, 512
  br i1 %60, label %61, label %79

61:                                               ; preds = %58
  %62 = load i32, ptr %8, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %63
  %65 = load i8, ptr %64, align 1
  %66 = sext i8 %65 to i32
  %67 = load i32, ptr %8, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %68
  %70 = load i16, ptr %69, align 2
  %71 = sext i16 %70 to i32
  %72 = mul nsw i32 %66, %71
  %73 = sext i32 %72 to i64
  %74 = load i64, ptr %7, align 8
  %75 = add nsw i64 %74, %73
  store i64 %75, ptr %7, align 8
  br label %76

76:                                               ; preds = %61
  %77 = load i32, ptr %8, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %8, align 4
  br label %58, !llvm.loop !8

79:                                               ; preds = %58
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %80

80:                                               ; preds = %107, %79
  %81 = load i32, ptr %10, align 4
  %82 = icmp slt i32 %81, 512
  br i1 %82, label %83, label %110

83:                                               ; preds = %80
  %84 = load i32, ptr %10, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %85
  %87 = load i8, ptr %86, align 1
  %88 = zext i8 %87 to i32
  %89 = load i32, ptr %10, align 4
  %90 = sub nsw i32 511, %89
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %91
  %93 = load i8, ptr %92, align 1
  %94 = zext i8 %93 to i32
  %95 = sub nsw i32 %88, %94
  store i32 %95, ptr %11, align 4
  %96 = load i32, ptr %11, align 4
  %97 = icmp slt i32 %96, 0
  br i1 %97, label %98, label %101

98:                                               ; preds = %83
  %99 = load i32, ptr %11, align 4
  %100 = sub nsw i32 0, %99
  br label %103

101:                                              ; preds = %83
  %102 = load i32, ptr %11, align 4
  br label %103

103:                                              ; preds = %101, %98
  %104 = phi i32 [ %100, %98 ], [ %102, %101 ]
  %105 = load i32, ptr %9, align 4
  %106 = add i32 %105, %104
  store i32 %106, ptr %9, align 4
  br label %107

107:                                              ; preds = %103
  %108 = load i32, ptr %10, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %10, align 4
  br label %80, !llvm.loop !9

110:                                              ; preds = %80
  store i64 0, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %111

111:                                              ; preds = %136, %110
  %112 = load i32, ptr %13, align 4
  %113 = icmp slt i32 %112, 256
  br i1 %113, label %114, label %139

114:                                              ; preds = %111
  %115 = load i32, ptr %13, align 4
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %116
  %118 = load i64, ptr %117, align 8
  %119 = icmp sgt i64 %118, 0
  br i1 %119, label %120, label %126

120:                                              ; preds = %114
  %121 = load i32, ptr %13, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %122
  %124 = load i64, ptr %123, align 8
  %125 = sdiv i64 %124, 7
  br label %132

126:                                              ; preds = %114
  %127 = load i32, ptr %13, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %128
  %130 = load i64, ptr %129, align 8
  %131 = sub nsw i64 0, %130
  br label %132

132:                                              ; preds = %126, %120
  %133 = phi i64 [ %125, %120 ], [ %131, %126 ]
  %134 = load i64, ptr %12, align 8
  %135 = add nsw i64 %134, %133
  store i64 %135, ptr %12, align 8
  br label %136

136:                                              ; preds = %132
  %137 = load i32, ptr %13, align 4
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %13, align 4
  br label %111, !llvm.loop !10

139:                                              ; preds = %111
  %140 = load i64, ptr %1, align 8
  %141 = load i32, ptr %2, align 4
  %142 = mul nsw i32 %141, 3
  %143 = sext i32 %142 to i64
  %144 = add nsw i64 %140, %143
  %145 = load i32, ptr %3, align 4
  %146 = mul nsw i32 %145, 5
  %147 = sext i32 %146 to i64
  %148 = add nsw i64 %144, %147
  %149 = load i32, ptr %4, align 4
  %150 = zext i32 %149 to i64
  %151 = add nsw i64 %148, %150
  %152 = load i64, ptr %7, align 8
  %153 = mul nsw i64 %152, 11
  %154 = add nsw i64 %151, %153
  %155 = load i32, ptr %9, align 4
  %156 = mul i32 %155, 13
  %157 = zext i32 %156 to i64
  %158 = add nsw i64 %154, %157
  %159 = load i64, ptr %12, align 8
  %160 = add nsw i64 %158, %159
  ret i64 %160
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fill() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 -1831433054, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %3

3:                                                ; preds = %69, %0
  %4 = load i32, ptr %2, align 4
  %5 = icmp slt i32 %4, 512
  br i1 %5, label %6, label %72

6:                                                ; preds = %3
  %7 = load i32, ptr %1, align 4
  %8 = shl i32 %7, 13
  %9 = load i32, ptr %1, align 4
  %10 = xor i32 %9, %8
  store i32 %10, ptr %1, align 4
  %11 = load i32, ptr %1, align 4
  %12 = lshr i32 %11, 17
  %13 = load i32, ptr %1, align 4
  %14 = xor i32 %13, %12
  store i32 %14, ptr %1, align 4
  %15 = load i32, ptr %1, align 4
  %16 = shl i32 %15, 5
  %17 = load i32, ptr %1, align 4
  %18 = xor i32 %17, %16
  store i32 %18, ptr %1, align 4
  %19 = load i32, ptr %1, align 4
  %20 = trunc i32 %19 to i8
  %21 = load i32, ptr %2, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %22
  store i8 %20, ptr %23, align 1
  %24 = load i32, ptr %1, align 4
  %25 = lshr i32 %24, 3
  %26 = trunc i32 %25 to i16
  %27 = load i32, ptr %2, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %28
  store i16 %26, ptr %29, align 2
  %30 = load i32, ptr %1, align 4
  %31 = mul i32 %30, 7
  %32 = load i32, ptr %2, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %33
  store i32 %31, ptr %34, align 4
  %35 = load i32, ptr %1, align 4
  %36 = lshr i32 %35, 9
  %37 = trunc i32 %36 to i8
  %38 = load i32, ptr %2, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %39
  store i8 %37, ptr %40, align 1
  %41 = load i32, ptr %1, align 4
  %42 = urem i32 %41, 20001
  %43 = sub i32 %42, 10000
  %44 = sitofp i32 %43 to float
  %45 = fdiv float %44, 6.400000e+01
  %46 = load i32, ptr %2, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %47
  store float %45, ptr %48, align 4
  %49 = load i32, ptr %2, align 4
  %50 = icmp slt i32 %49, 256
  br i1 %50, label %51, label %68

51:                                               ; preds = %6
  %52 = load i32, ptr %1, align 4
  %53 = zext i32 %52 to i64
  %54 = mul nsw i64 %53, 1000003
  %55 = load i32, ptr %2, align 4
  %56 = sext i32 %55 to i64
  %57 = mul nsw i64 %56, 99991
  %58 = sub nsw i64 %54, %57
  %59 = load i32, ptr %2, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %60
  store i64 %58, ptr %61, align 8
  %62 = load i32, ptr %1, align 4
  %63 = sitofp i32 %62 to double
  %64 = fdiv double %63, 3.000000e+00
  %65 = load i32, ptr %2, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [256 x double], ptr @f64, i64 0, i64 %66
  store double %64, ptr %67, align 8
  br label %68

68:                                               ; preds = %51, %6
  br label %69

69:                                               ; preds = %68
  %70 = load i32, ptr %2, align 4
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %2, align 4
  br label %3, !llvm.loop !11

72:                                               ; preds = %3
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @k_float() #0 {
  %1 = alloca float, align 4
  %2 = alloca float, align 4
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [512 x float], align 16
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  call void @fill()
  store float 0.000000e+00, ptr %1, align 4
  store float 0xC6293E5940000000, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %12

12:                                               ; preds = %43, %0
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %13, 512
  br i1 %14, label %15, label %46

15:                                               ; preds = %12
  %16 = load i32, ptr %3, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = load i32, ptr %3, align 4
  %21 = sub nsw i32 511, %20
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = fmul float %19, %24
  %26 = load float, ptr %1, align 4
  %27 = fadd float %26, %25
  store float %27, ptr %1, align 4
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = load float, ptr %2, align 4
  %33 = fcmp ogt float %31, %32
  br i1 %33, label %34, label %39

34:                                               ; preds = %15
  %35 = load i32, ptr %3, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %36
  %38 = load float, ptr %37, align 4
  br label %41

39:                                               ; preds = %15
  %40 = load float, ptr %2, align 4
  br label %41

41:                                               ; preds = %39, %34
  %42 = phi float [ %38, %34 ], [ %40, %39 ]
  store float %42, ptr %2, align 4
  br label %43

43:                                               ; preds = %41
  %44 = load i32, ptr %3, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %3, align 4
  br label %12, !llvm.loop !12

46:                                               ; preds = %12
  store double 0.000000e+00, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %47

47:                                               ; preds = %64, %46
  %48 = load i32, ptr %5, align 4
  %49 = icmp slt i32 %48, 256
  br i1 %49, label %50, label %67

50:                                               ; preds = %47
  %51 = load i32, ptr %5, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [256 x double], ptr @f64, i64 0, i64 %52
  %54 = load double, ptr %53, align 8
  %55 = fmul double %54, 5.000000e-01
  %56 = load i32, ptr %5, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = fpext float %59 to double
  %61 = fsub double %55, %60
  %62 = load double, ptr %4, align 8
  %63 = fadd double %62, %61
  store double %63, ptr %4, align 8
  br label %64

64:                                               ; preds = %50
  %65 = load i32, ptr %5, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %5, align 4
  br label %47, !llvm.loop !13

67:                                               ; preds = %47
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %68

68:                                               ; preds = %90, %67
  %69 = load i32, ptr %7, align 4
  %70 = icmp slt i32 %69, 512
  br i1 %70, label %71, label %93

71:                                               ; preds = %68
  %72 = load i32, ptr %7, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %73
  %75 = load float, ptr %74, align 4
  %76 = fmul float %75, 3.000000e+00
  %77 = fptosi float %76 to i32
  %78 = load i32, ptr %7, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %79
  %81 = load i8, ptr %80, align 1
  %82 = zext i8 %81 to i32
  %83 = sitofp i32 %82 to float
  %84 = fmul float %83, 5.000000e-01
  %85 = fptoui float %84 to i8
  %86 = zext i8 %85 to i32
  %87 = add nsw i32 %77, %86
  %88 = load i32, ptr %6, align 4
  %89 = add nsw i32 %88, %87
  store i32 %89, ptr %6, align 4
  br label %90

90:                                               ; preds = %71
  %91 = load i32, ptr %7, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %7, align 4
  br label %68, !llvm.loop !14

93:                                               ; preds = %68
  store i32 0, ptr %9, align 4
  br label %94

94:                                               ; preds = %120, %93
  %95 = load i32, ptr %9, align 4
  %96 = icmp slt i32 %95, 512
  br i1 %96, label %97, label %123

97:                                               ; preds = %94
  %98 = load i32, ptr %9, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = fcmp olt float %101, 0.000000e+00
  br i1 %102, label %103, label %109

103:                                              ; preds = %97
  %104 = load i32, ptr %9, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = fneg float %107
  br label %115

109:                                              ; preds = %97
  %110 = load i32, ptr %9, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %111
  %113 = load float, ptr %112, align 4
  %114 = fmul float %113, 2.000000e+00
  br label %115

115:                                              ; preds = %109, %103
  %116 = phi float [ %108, %103 ], [ %114, %109 ]
  %117 = load i32, ptr %9, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [512 x float], ptr %8, i64 0, i64 %118
  store float %116, ptr %119, align 4
  br label %120

120:                                              ; preds = %115
  %121 = load i32, ptr %9, align 4
  %122 = add nsw i32 %121, 1
  store i32 %122, ptr %9, align 4
  br label %94, !llvm.loop !15

123:                                              ; preds = %94
  store float 0.000000e+00, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %124

124:                                              ; preds = %134, %123
  %125 = load i32, ptr %11, align 4
  %126 = icmp slt i32 %125, 512
  br i1 %126, label %127, label %137

127:                                              ; preds = %124
  %128 = load i32, ptr %11, align 4
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds [512 x float], ptr %8, i64 0, i64 %129
  %131 = load float, ptr %130, align 4
  %132 = load float, ptr %10, align 4
  %133 = fadd float %132, %131
  store float %133, ptr %10, align 4
  br label %134

134:                                              ; preds = %127
  %135 = load i32, ptr %11, align 4
  %136 = add nsw i32 %135, 1
  store i32 %136, ptr %11, align 4
  br label %124, !llvm.loop !16

137:                                              ; preds = %124
  %138 = load float, ptr %1, align 4
  %139 = fmul float %138, 1.600000e+01
  %140 = fptosi float %139 to i64
  %141 = load float, ptr %2, align 4
  %142 = fmul float %141, 6.400000e+01
  %143 = fptosi float %142 to i64
  %144 = add nsw i64 %140, %143
  %145 = load double, ptr %4, align 8
  %146 = fmul double %145, 8.000000e+00
  %147 = fptosi double %146 to i64
  %148 = add nsw i64 %144, %147
  %149 = load i32, ptr %6, align 4
  %150 = sext i32 %149 to i64
  %151 = add nsw i64 %148, %150
  %152 = load float, ptr %10, align 4
  %153 = fptosi float %152 to i64
  %154 = add nsw i64 %151, %153
  ret i64 %154
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @k_bytes() #0 {
  %1 = alloca [512 x i8], align 16
  %2 = alloca i32, align 4
  %3 = alloca [512 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca [512 x i16], align 16
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  call void @fill()
  store i32 0, ptr %2, align 4
  br label %11

11:                                               ; preds = %34, %0
  %12 = load i32, ptr %2, align 4
  %13 = icmp slt i32 %12, 512
  br i1 %13, label %14, label %37

14:                                               ; preds = %11
  %15 = load i32, ptr %2, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = load i32, ptr %2, align 4
  %21 = add nsw i32 %20, 100
  %22 = and i32 %21, 511
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %23
  %25 = load i8, ptr %24, align 1
  %26 = zext i8 %25 to i32
  %27 = add nsw i32 %19, %26
  %28 = add nsw i32 %27, 1
  %29 = ashr i32 %28, 1
  %30 = trunc i32 %29 to i8
  %31 = load i32, ptr %2, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %32
  store i8 %30, ptr %33, align 1
  br label %34

34:                                               ; preds = %14
  %35 = load i32, ptr %2, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %2, align 4
  br label %11, !llvm.loop !17

37:                                               ; preds = %11
  store i32 0, ptr %4, align 4
  br label %38

38:                                               ; preds = %71, %37
  %39 = load i32, ptr %4, align 4
  %40 = icmp slt i32 %39, 512
  br i1 %40, label %41, label %74

41:                                               ; preds = %38
  %42 = load i32, ptr %4, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %43
  %45 = load i8, ptr %44, align 1
  %46 = zext i8 %45 to i32
  %47 = load i32, ptr %4, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %48
  %50 = load i8, ptr %49, align 1
  %51 = zext i8 %50 to i32
  %52 = icmp sgt i32 %46, %51
  br i1 %52, label %53, label %59

53:                                               ; preds = %41
  %54 = load i32, ptr %4, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %55
  %57 = load i8, ptr %56, align 1
  %58 = zext i8 %57 to i32
  br label %65

59:                                               ; preds = %41
  %60 = load i32, ptr %4, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %61
  %63 = load i8, ptr %62, align 1
  %64 = zext i8 %63 to i32
  br label %65

65:                                               ; preds = %59, %53
  %66 = phi i32 [ %58, %53 ], [ %64, %59 ]
  %67 = trunc i32 %66 to i8
  %68 = load i32, ptr %4, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 %69
  store i8 %67, ptr %70, align 1
  br label %71

71:                                               ; preds = %65
  %72 = load i32, ptr %4, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %4, align 4
  br label %38, !llvm.loop !18

74:                                               ; preds = %38
  store i32 0, ptr %6, align 4
  br label %75

75:                                               ; preds = %95, %74
  %76 = load i32, ptr %6, align 4
  %77 = icmp slt i32 %76, 512
  br i1 %77, label %78, label %98

78:                                               ; preds = %75
  %79 = load i32, ptr %6, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %80
  %82 = load i8, ptr %81, align 1
  %83 = sext i8 %82 to i32
  %84 = mul nsw i32 %83, 3
  %85 = load i32, ptr %6, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %86
  %88 = load i16, ptr %87, align 2
  %89 = sext i16 %88 to i32
  %90 = sub nsw i32 %84, %89
  %91 = trunc i32 %90 to i16
  %92 = load i32, ptr %6, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [512 x i16], ptr %5, i64 0, i64 %93
  store i16 %91, ptr %94, align 2
  br label %95

95:                                               ; preds = %78
  %96 = load i32, ptr %6, align 4
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %6, align 4
  br label %75, !llvm.loop !19

98:                                               ; preds = %75
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %99

99:                                               ; preds = %125, %98
  %100 = load i32, ptr %8, align 4
  %101 = icmp slt i32 %100, 512
  br i1 %101, label %102, label %128

102:                                              ; preds = %99
  %103 = load i64, ptr %7, align 8
  %104 = mul i64 %103, 33
  %105 = load i32, ptr %8, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %106
  %108 = load i8, ptr %107, align 1
  %109 = zext i8 %108 to i64
  %110 = add i64 %104, %109
  %111 = load i32, ptr %8, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 %112
  %114 = load i8, ptr %113, align 1
  %115 = zext i8 %114 to i32
  %116 = mul nsw i32 %115, 2
  %117 = sext i32 %116 to i64
  %118 = add i64 %110, %117
  %119 = load i32, ptr %8, align 4
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [512 x i16], ptr %5, i64 0, i64 %120
  %122 = load i16, ptr %121, align 2
  %123 = sext i16 %122 to i64
  %124 = add i64 %118, %123
  store i64 %124, ptr %7, align 8
  br label %125

125:                                              ; preds = %102
  %126 = load i32, ptr %8, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %8, align 4
  br label %99, !llvm.loop !20

128:                                              ; preds = %99
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %129

129:                                              ; preds = %148, %128
  %130 = load i32, ptr %10, align 4
  %131 = icmp slt i32 %130, 512
  br i1 %131, label %132, label %151

132:                                              ; preds = %129
  %133 = load i32, ptr %10, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %134
  %136 = load i32, ptr %135, align 4
  %137 = call i32 @llvm.ctpop.i32(i32 %136)
  %138 = load i32, ptr %10, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %139
  %141 = load i8, ptr %140, align 1
  %142 = sext i8 %141 to i32
  %143 = icmp eq i32 %142, 0
  %144 = zext i1 %143 to i32
  %145 = add nsw i32 %137, %144
  %146 = load i32, ptr %9, align 4
  %147 = add nsw i32 %146, %145
  store i32 %147, ptr %9, align 4
  br label %148

148:                                              ; preds = %132
  %149 = load i32, ptr %10, align 4
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %10, align 4
  br label %129, !llvm.loop !21

151:                                              ; preds = %129
  %152 = load i64, ptr %7, align 8
  %153 = load i32, ptr %9, align 4
  %154 = sext i32 %153 to i64
  %155 = add i64 %152, %154
  ret i64 %155
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
