; ModuleID = 'structs_value.c'
source_filename = "structs_value.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Complex = type { double, double }
%struct.Big = type { [6 x i64], i8 }
%struct.Point = type { i32, i32 }
%struct.Mixed = type { float, i32, float }
%union.anon = type { double }
%union.anon.0 = type { float }

@g_base = dso_local global i32 11, align 4
@__const.checksum.z = private unnamed_addr constant %struct.Complex { double 5.000000e-01, double -2.500000e-01 }, align 8
@__const.checksum.c = private unnamed_addr constant %struct.Complex { double 0xBFE6666666666666, double 2.701500e-01 }, align 8
@__const.checksum.big = private unnamed_addr constant %struct.Big { [6 x i64] [i64 1, i64 2, i64 3, i64 4, i64 5, i64 6], i8 97 }, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca %struct.Point, align 4
  %2 = alloca %struct.Complex, align 8
  %3 = alloca %struct.Complex, align 8
  %4 = alloca %struct.Mixed, align 4
  %5 = alloca %struct.Big, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca %struct.Point, align 4
  %9 = alloca %struct.Point, align 4
  %10 = alloca %struct.Point, align 4
  %11 = alloca %struct.Complex, align 8
  %12 = alloca %struct.Complex, align 8
  %13 = alloca %struct.Mixed, align 4
  %14 = alloca { i64, float }, align 4
  %15 = alloca { i64, float }, align 8
  %16 = alloca %struct.Big, align 8
  %17 = alloca i32, align 4
  %18 = alloca %union.anon, align 8
  %19 = alloca %union.anon, align 8
  %20 = alloca %union.anon.0, align 4
  %21 = alloca %union.anon.0, align 4
  %22 = getelementptr inbounds %struct.Point, ptr %1, i32 0, i32 0
  %23 = load i32, ptr @g_base, align 4
  store i32 %23, ptr %22, align 4
  %24 = getelementptr inbounds %struct.Point, ptr %1, i32 0, i32 1
  %25 = load i32, ptr @g_base, align 4
  %26 = mul nsw i32 2, %25
  store i32 %26, ptr %24, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.checksum.z, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.checksum.c, i64 16, i1 false)
  %27 = getelementptr inbounds %struct.Mixed, ptr %4, i32 0, i32 0
  store float 1.000000e+00, ptr %27, align 4
  %28 = getelementptr inbounds %struct.Mixed, ptr %4, i32 0, i32 1
  %29 = load i32, ptr @g_base, align 4
  store i32 %29, ptr %28, align 4
  %30 = getelementptr inbounds %struct.Mixed, ptr %4, i32 0, i32 2
  store float 2.000000e+00, ptr %30, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 @__const.checksum.big, i64 56, i1 false)
  store i64 0, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %31

31:                                               ; preds = %126, %0
  %32 = load i32, ptr %7, align 4
  %33 = icmp slt i32 %32, 300
  br i1 %33, label %34, label %129

34:                                               ; preds = %31
  %35 = getelementptr inbounds %struct.Point, ptr %8, i32 0, i32 0
  %36 = load i32, ptr %7, align 4
  store i32 %36, ptr %35, align 4
  %37 = getelementptr inbounds %struct.Point, ptr %8, i32 0, i32 1
  %38 = load i32, ptr %7, align 4
  %39 = sub nsw i32 0, %38
  store i32 %39, ptr %37, align 4
  %40 = load i64, ptr %1, align 4
  %41 = call i64 @point_rot(i64 %40)
  store i64 %41, ptr %10, align 4
  %42 = load i64, ptr %10, align 4
  %43 = load i64, ptr %8, align 4
  %44 = call i64 @point_add(i64 %42, i64 %43)
  store i64 %44, ptr %9, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %1, ptr align 4 %9, i64 8, i1 false)
  %45 = load i64, ptr %6, align 8
  %46 = mul i64 %45, 31
  %47 = getelementptr inbounds %struct.Point, ptr %1, i32 0, i32 0
  %48 = load i32, ptr %47, align 4
  %49 = zext i32 %48 to i64
  %50 = add i64 %46, %49
  %51 = getelementptr inbounds %struct.Point, ptr %1, i32 0, i32 1
  %52 = load i32, ptr %51, align 4
  %53 = zext i32 %52 to i64
  %54 = shl i64 %53, 32
  %55 = add i64 %50, %54
  store i64 %55, ptr %6, align 8
  %56 = getelementptr inbounds { double, double }, ptr %2, i32 0, i32 0
  %57 = load double, ptr %56, align 8
  %58 = getelementptr inbounds { double, double }, ptr %2, i32 0, i32 1
  %59 = load double, ptr %58, align 8
  %60 = getelementptr inbounds { double, double }, ptr %2, i32 0, i32 0
  %61 = load double, ptr %60, align 8
  %62 = getelementptr inbounds { double, double }, ptr %2, i32 0, i32 1
  %63 = load double, ptr %62, align 8
  %64 = call { double, double } @cmul(double %57, double %59, double %61, double %63)
  %65 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 0
  %66 = extractvalue { double, double } %64, 0
  store double %66, ptr %65, align 8
  %67 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 1
  %68 = extractvalue { double, double } %64, 1
  store double %68, ptr %67, align 8
  %69 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 0
  %70 = load double, ptr %69, align 8
  %71 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 1
  %72 = load double, ptr %71, align 8
  %73 = getelementptr inbounds { double, double }, ptr %3, i32 0, i32 0
  %74 = load double, ptr %73, align 8
  %75 = getelementptr inbounds { double, double }, ptr %3, i32 0, i32 1
  %76 = load double, ptr %75, align 8
  %77 = call { double, double } @cadd(double %70, double %72, double %74, double %76)
  %78 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 0
  %79 = extractvalue { double, double } %77, 0
  store double %79, ptr %78, align 8
  %80 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 1
  %81 = extractvalue { double, double } %77, 1
  store double %81, ptr %80, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %11, i64 16, i1 false)
  %82 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 0
  %83 = load double, ptr %82, align 8
  %84 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 0
  %85 = load double, ptr %84, align 8
  %86 = fmul double %83, %85
  %87 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 1
  %88 = load double, ptr %87, align 8
  %89 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 1
  %90 = load double, ptr %89, align 8
  %91 = fmul double %88, %90
  %92 = fadd double %86, %91
  %93 = fcmp ogt double %92, 4.000000e+00
  br i1 %93, label %94, label %100

94:                                               ; preds = %34
  %95 = load i32, ptr %7, align 4
  %96 = sitofp i32 %95 to double
  %97 = fmul double 1.000000e-02, %96
  %98 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 0
  store double %97, ptr %98, align 8
  %99 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 1
  store double 0.000000e+00, ptr %99, align 8
  br label %100

100:                                              ; preds = %94, %34
  %101 = load i32, ptr %7, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %14, ptr align 4 %4, i64 12, i1 false)
  %102 = getelementptr inbounds { i64, float }, ptr %14, i32 0, i32 0
  %103 = load i64, ptr %102, align 4
  %104 = getelementptr inbounds { i64, float }, ptr %14, i32 0, i32 1
  %105 = load float, ptr %104, align 4
  %106 = call { i64, float } @mixed_step(i64 %103, float %105, i32 noundef %101)
  store { i64, float } %106, ptr %15, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %13, ptr align 8 %15, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %13, i64 12, i1 false)
  %107 = load i32, ptr %7, align 4
  %108 = sext i32 %107 to i64
  call void @big_step(ptr sret(%struct.Big) align 8 %16, ptr noundef byval(%struct.Big) align 8 %5, i64 noundef %108)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %16, i64 56, i1 false)
  store i32 0, ptr %17, align 4
  br label %109

109:                                              ; preds = %119, %100
  %110 = load i32, ptr %17, align 4
  %111 = icmp slt i32 %110, 6
  br i1 %111, label %112, label %122

112:                                              ; preds = %109
  %113 = getelementptr inbounds %struct.Big, ptr %5, i32 0, i32 0
  %114 = load i32, ptr %17, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [6 x i64], ptr %113, i64 0, i64 %115
  %117 = load i64, ptr %116, align 8
  %118 = srem i64 %117, 1000000007
  store i64 %118, ptr %116, align 8
  br label %119

119:                                              ; preds = %112
  %120 = load i32, ptr %17, align 4
  %121 = add nsw i32 %120, 1
  store i32 %121, ptr %17, align 4
  br label %109, !llvm.loop !5

122:                                              ; preds = %109
  %123 = call i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %5)
  %124 = load i64, ptr %6, align 8
  %125 = add i64 %124, %123
  store i64 %125, ptr %6, align 8
  br label %126

126:                                              ; preds = %122
  %127 = load i32, ptr %7, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %7, align 4
  br label %31, !llvm.loop !7

129:                                              ; preds = %31
  %130 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 0
  %131 = load double, ptr %130, align 8
  store double %131, ptr %18, align 8
  %132 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 1
  %133 = load double, ptr %132, align 8
  store double %133, ptr %19, align 8
  %134 = getelementptr inbounds %struct.Mixed, ptr %4, i32 0, i32 0
  %135 = load float, ptr %134, align 4
  store float %135, ptr %20, align 4
  %136 = getelementptr inbounds %struct.Mixed, ptr %4, i32 0, i32 2
  %137 = load float, ptr %136, align 4
  store float %137, ptr %21, align 4
  %138 = load i64, ptr %18, align 8
  %139 = load i64, ptr %19, align 8
  %140 = mul i64 %139, 3
  %141 = add i64 %138, %140
  %142 = load i64, ptr %6, align 8
  %143 = xor i64 %142, %141
  store i64 %143, ptr %6, align 8
  %144 = load i32, ptr %20, align 4
  %145 = zext i32 %144 to i64
  %146 = load i32, ptr %21, align 4
  %147 = zext i32 %146 to i64
  %148 = mul i64 %147, 5
  %149 = add i64 %145, %148
  %150 = getelementptr inbounds %struct.Mixed, ptr %4, i32 0, i32 1
  %151 = load i32, ptr %150, align 4
  %152 = zext i32 %151 to i64
  %153 = add i64 %149, %152
  %154 = load i64, ptr %6, align 8
  %155 = add i64 %154, %153
  store i64 %155, ptr %6, align 8
  %156 = load i64, ptr %6, align 8
  ret i64 %156
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal i64 @point_add(i64 %0, i64 %1) #0 {
  %3 = alloca %struct.Point, align 4
  %4 = alloca %struct.Point, align 4
  %5 = alloca %struct.Point, align 4
  store i64 %0, ptr %4, align 4
  store i64 %1, ptr %5, align 4
  %6 = getelementptr inbounds %struct.Point, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds %struct.Point, ptr %4, i32 0, i32 0
  %8 = load i32, ptr %7, align 4
  %9 = getelementptr inbounds %struct.Point, ptr %5, i32 0, i32 0
  %10 = load i32, ptr %9, align 4
  %11 = add nsw i32 %8, %10
  store i32 %11, ptr %6, align 4
  %12 = getelementptr inbounds %struct.Point, ptr %3, i32 0, i32 1
  %13 = getelementptr inbounds %struct.Point, ptr %4, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = getelementptr inbounds %struct.Point, ptr %5, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = add nsw i32 %14, %16
  store i32 %17, ptr %12, align 4
  %18 = load i64, ptr %3, align 4
  ret i64 %18
}

; Function Attrs: noinline nounwind optnone
define internal i64 @point_rot(i64 %0) #0 {
  %2 = alloca %struct.Point, align 4
  %3 = alloca %struct.Point, align 4
  store i64 %0, ptr %3, align 4
  %4 = getelementptr inbounds %struct.Point, ptr %2, i32 0, i32 0
  %5 = getelementptr inbounds %struct.Point, ptr %3, i32 0, i32 1
  %6 = load i32, ptr %5, align 4
  %7 = sub nsw i32 0, %6
  store i32 %7, ptr %4, align 4
  %8 = getelementptr inbounds %struct.Point, ptr %2, i32 0, i32 1
  %9 = getelementptr inbounds %struct.Point, ptr %3, i32 0, i32 0
  %10 = load i32, ptr %9, align 4
  store i32 %10, ptr %8, align 4
  %11 = load i64, ptr %2, align 4
  ret i64 %11
}

; Function Attrs: noinline nounwind optnone
define internal { double, double } @cadd(double %0, double %1, double %2, double %3) #0 {
  %5 = alloca %struct.Complex, align 8
  %6 = alloca %struct.Complex, align 8
  %7 = alloca %struct.Complex, align 8
  %8 = getelementptr inbounds { double, double }, ptr %6, i32 0, i32 0
  store double %0, ptr %8, align 8
  %9 = getelementptr inbounds { double, double }, ptr %6, i32 0, i32 1
  store double %1, ptr %9, align 8
  %10 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 0
  store double %2, ptr %10, align 8
  %11 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 1
  store double %3, ptr %11, align 8
  %12 = getelementptr inbounds %struct.Complex, ptr %5, i32 0, i32 0
  %13 = getelementptr inbounds %struct.Complex, ptr %6, i32 0, i32 0
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds %struct.Complex, ptr %7, i32 0, i32 0
  %16 = load double, ptr %15, align 8
  %17 = fadd double %14, %16
  store double %17, ptr %12, align 8
  %18 = getelementptr inbounds %struct.Complex, ptr %5, i32 0, i32 1
  %19 = getelementptr inbounds %struct.Complex, ptr %6, i32 0, i32 1
  %20 = load double, ptr %19, align 8
  %21 = getelementptr inbounds %struct.Complex, ptr %7, i32 0, i32 1
  %22 = load double, ptr %21, align 8
  %23 = fadd double %20, %22
  store double %23, ptr %18, align 8
  %24 = load { double, double }, ptr %5, align 8
  ret { double, double } %24
}

; Function Attrs: noinline nounwind optnone
define internal { double, double } @cmul(double %0, double %1, double %2, double %3) #0 {
  %5 = alloca %struct.Complex, align 8
  %6 = alloca %struct.Complex, align 8
  %7 = alloca %struct.Complex, align 8
  %8 = getelementptr inbounds { double, double }, ptr %6, i32 0, i32 0
  store double %0, ptr %8, align 8
  %9 = getelementptr inbounds { double, double }, ptr %6, i32 0, i32 1
  store double %1, ptr %9, align 8
  %10 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 0
  store double %2, ptr %10, align 8
  %11 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 1
  store double %3, ptr %11, align 8
  %12 = getelementptr inbounds %struct.Complex, ptr %5, i32 0, i32 0
  %13 = getelementptr inbounds %struct.Complex, ptr %6, i32 0, i32 0
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds %struct.Complex, ptr %7, i32 0, i32 0
  %16 = load double, ptr %15, align 8
  %17 = fmul double %14, %16
  %18 = getelementptr inbounds %struct.Complex, ptr %6, i32 0, i32 1
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds %struct.Complex, ptr %7, i32 0, i32 1
  %21 = load double, ptr %20, align 8
  %22 = fmul double %19, %21
  %23 = fsub double %17, %22
  store double %23, ptr %12, align 8
  %24 = getelementptr inbounds %struct.Complex, ptr %5, i32 0, i32 1
  %25 = getelementptr inbounds %struct.Complex, ptr %6, i32 0, i32 0
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds %struct.Complex, ptr %7, i32 0, i32 1
  %28 = load double, ptr %27, align 8
  %29 = fmul double %26, %28
  %30 = getelementptr inbounds %struct.Complex, ptr %6, i32 0, i32 1
  %31 = load double, ptr %30, align 8
  %32 = getelementptr inbounds %struct.Complex, ptr %7, i32 0, i32 0
  %33 = load double, ptr %32, align 8
  %34 = fmul double %31, %33
  %35 = fadd double %29, %34
  store double %35, ptr %24, align 8
  %36 = load { double, double }, ptr %5, align 8
  ret { double, double } %36
}

; Function Attrs: noinline nounwind optnone
define internal { i64, float } @mixed_step(i64 %0, float %1, i32 noundef %2) #0 {
  %4 = alloca %struct.Mixed, align 4
  %5 = alloca %struct.Mixed, align 4
  %6 = alloca { i64, float }, align 4
  %7 = alloca i32, align 4
  %8 = alloca { i64, float }, align 8
  %9 = getelementptr inbounds { i64, float }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %9, align 4
  %10 = getelementptr inbounds { i64, float }, ptr %6, i32 0, i32 1
  store float %1, ptr %10, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %6, i64 12, i1 false)
  store i32 %2, ptr %7, align 4
  %11 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 0
  %12 = load float, ptr %11, align 4
  %13 = fmul float %12, 5.000000e-01
  %14 = load i32, ptr %7, align 4
  %15 = sitofp i32 %14 to float
  %16 = fadd float %13, %15
  %17 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 0
  store float %16, ptr %17, align 4
  %18 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %19 = load i32, ptr %18, align 4
  %20 = load i32, ptr %7, align 4
  %21 = mul i32 %20, -1640531535
  %22 = icmp ugt i32 %21, 100
  br i1 %22, label %23, label %25

23:                                               ; preds = %3
  %24 = load i32, ptr %7, align 4
  br label %28

25:                                               ; preds = %3
  %26 = load i32, ptr %7, align 4
  %27 = sub nsw i32 0, %26
  br label %28

28:                                               ; preds = %25, %23
  %29 = phi i32 [ %24, %23 ], [ %27, %25 ]
  %30 = xor i32 %19, %29
  %31 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  store i32 %30, ptr %31, align 4
  %32 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 2
  %33 = load float, ptr %32, align 4
  %34 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 0
  %35 = load float, ptr %34, align 4
  %36 = fmul float %35, 2.500000e-01
  %37 = fsub float %33, %36
  %38 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 2
  store float %37, ptr %38, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %5, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 4 %4, i64 12, i1 false)
  %39 = load { i64, float }, ptr %8, align 8
  ret { i64, float } %39
}

; Function Attrs: noinline nounwind optnone
define internal void @big_step(ptr noalias sret(%struct.Big) align 8 %0, ptr noundef byval(%struct.Big) align 8 %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  store i64 %2, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %25, %3
  %7 = load i32, ptr %5, align 4
  %8 = icmp slt i32 %7, 6
  br i1 %8, label %9, label %28

9:                                                ; preds = %6
  %10 = getelementptr inbounds %struct.Big, ptr %1, i32 0, i32 0
  %11 = load i32, ptr %5, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [6 x i64], ptr %10, i64 0, i64 %12
  %14 = load i64, ptr %13, align 8
  %15 = mul nsw i64 %14, 3
  %16 = load i64, ptr %4, align 8
  %17 = add nsw i64 %15, %16
  %18 = load i32, ptr %5, align 4
  %19 = sext i32 %18 to i64
  %20 = add nsw i64 %17, %19
  %21 = getelementptr inbounds %struct.Big, ptr %1, i32 0, i32 0
  %22 = load i32, ptr %5, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [6 x i64], ptr %21, i64 0, i64 %23
  store i64 %20, ptr %24, align 8
  br label %25

25:                                               ; preds = %9
  %26 = load i32, ptr %5, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %5, align 4
  br label %6, !llvm.loop !8

28:                                               ; preds = %6
  %29 = getelementptr inbounds %struct.Big, ptr %1, i32 0, i32 1
  %30 = load i8, ptr %29, align 8
  %31 = sext i8 %30 to i32
  %32 = add nsw i32 %31, 1
  %33 = trunc i32 %32 to i8
  %34 = getelementptr inbounds %struct.Big, ptr %1, i32 0, i32 1
  store i8 %33, ptr %34, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 56, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 1
  %5 = load i8, ptr %4, align 8
  %6 = sext i8 %5 to i64
  store i64 %6, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %7

7:                                                ; preds = %19, %1
  %8 = load i32, ptr %3, align 4
  %9 = icmp slt i32 %8, 6
  br i1 %9, label %10, label %22

10:                                               ; preds = %7
  %11 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 0
  %12 = load i32, ptr %3, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [6 x i64], ptr %11, i64 0, i64 %13
  %15 = load i64, ptr %14, align 8
  %16 = srem i64 %15, 1000003
  %17 = load i64, ptr %2, align 8
  %18 = add nsw i64 %17, %16
  store i64 %18, ptr %2, align 8
  br label %19

19:                                               ; preds = %10
  %20 = load i32, ptr %3, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %3, align 4
  br label %7, !llvm.loop !9

22:                                               ; preds = %7
  %23 = load i64, ptr %2, align 8
  ret i64 %23
}

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
