; ModuleID = 'programs.c'
source_filename = "programs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Item = type { i32, double, [6 x i8] }

@names = internal global [5 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str = private unnamed_addr constant [5 x i8] c"item\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"beta\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"gamma\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"delta\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"epsilon\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @run_sort() #0 {
  %1 = alloca [40 x %struct.Item], align 16
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.Item, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store i32 12345, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %7

7:                                                ; preds = %21, %0
  %8 = load i32, ptr %3, align 4
  %9 = icmp slt i32 %8, 40
  br i1 %9, label %10, label %24

10:                                               ; preds = %7
  %11 = load i32, ptr %2, align 4
  %12 = mul i32 %11, 1103515245
  %13 = add i32 %12, 12345
  store i32 %13, ptr %2, align 4
  %14 = load i32, ptr %3, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [40 x %struct.Item], ptr %1, i64 0, i64 %15
  %17 = load i32, ptr %2, align 4
  %18 = lshr i32 %17, 16
  %19 = srem i32 %18, 1000
  %20 = sub nsw i32 %19, 500
  call void @make(ptr sret(%struct.Item) align 8 %4, i32 noundef %20)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 8 %4, i64 24, i1 false)
  br label %21

21:                                               ; preds = %10
  %22 = load i32, ptr %3, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %3, align 4
  br label %7, !llvm.loop !6

24:                                               ; preds = %7
  %25 = getelementptr inbounds [40 x %struct.Item], ptr %1, i64 0, i64 0
  call void @sort_items(ptr noundef %25, i32 noundef 40, ptr noundef @cmp_items)
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %26

26:                                               ; preds = %55, %24
  %27 = load i32, ptr %6, align 4
  %28 = icmp slt i32 %27, 40
  br i1 %28, label %29, label %58

29:                                               ; preds = %26
  %30 = load i64, ptr %5, align 8
  %31 = mul nsw i64 %30, 31
  %32 = load i32, ptr %6, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [40 x %struct.Item], ptr %1, i64 0, i64 %33
  %35 = getelementptr inbounds %struct.Item, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %35, align 8
  %37 = sext i32 %36 to i64
  %38 = add nsw i64 %31, %37
  %39 = load i32, ptr %6, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [40 x %struct.Item], ptr %1, i64 0, i64 %40
  %42 = getelementptr inbounds %struct.Item, ptr %41, i32 0, i32 1
  %43 = load double, ptr %42, align 8
  %44 = fmul double %43, 4.000000e+00
  %45 = fptosi double %44 to i64
  %46 = add nsw i64 %38, %45
  %47 = load i32, ptr %6, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [40 x %struct.Item], ptr %1, i64 0, i64 %48
  %50 = getelementptr inbounds %struct.Item, ptr %49, i32 0, i32 2
  %51 = getelementptr inbounds [6 x i8], ptr %50, i64 0, i64 4
  %52 = load i8, ptr %51, align 4
  %53 = sext i8 %52 to i64
  %54 = add nsw i64 %46, %53
  store i64 %54, ptr %5, align 8
  br label %55

55:                                               ; preds = %29
  %56 = load i32, ptr %6, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %6, align 4
  br label %26, !llvm.loop !8

58:                                               ; preds = %26
  %59 = load i64, ptr %5, align 8
  ret i64 %59
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @make(ptr noalias sret(%struct.Item) align 8 %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  store i32 %1, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  %5 = getelementptr inbounds %struct.Item, ptr %0, i32 0, i32 0
  store i32 %4, ptr %5, align 8
  %6 = load i32, ptr %3, align 4
  %7 = sitofp i32 %6 to double
  %8 = fmul double %7, 5.000000e-01
  %9 = getelementptr inbounds %struct.Item, ptr %0, i32 0, i32 1
  store double %8, ptr %9, align 8
  %10 = getelementptr inbounds %struct.Item, ptr %0, i32 0, i32 2
  %11 = getelementptr inbounds [6 x i8], ptr %10, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 1 @.str, i64 5, i1 false)
  %12 = load i32, ptr %3, align 4
  %13 = and i32 %12, 7
  %14 = add nsw i32 97, %13
  %15 = trunc i32 %14 to i8
  %16 = getelementptr inbounds %struct.Item, ptr %0, i32 0, i32 2
  %17 = getelementptr inbounds [6 x i8], ptr %16, i64 0, i64 4
  store i8 %15, ptr %17, align 4
  %18 = getelementptr inbounds %struct.Item, ptr %0, i32 0, i32 2
  %19 = getelementptr inbounds [6 x i8], ptr %18, i64 0, i64 5
  store i8 0, ptr %19, align 1
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sort_items(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca %struct.Item, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  store i32 1, ptr %7, align 4
  br label %10

10:                                               ; preds = %52, %3
  %11 = load i32, ptr %7, align 4
  %12 = load i32, ptr %5, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %55

14:                                               ; preds = %10
  %15 = load ptr, ptr %4, align 8
  %16 = load i32, ptr %7, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds %struct.Item, ptr %15, i64 %17
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %18, i64 24, i1 false)
  %19 = load i32, ptr %7, align 4
  %20 = sub nsw i32 %19, 1
  store i32 %20, ptr %9, align 4
  br label %21

21:                                               ; preds = %34, %14
  %22 = load i32, ptr %9, align 4
  %23 = icmp sge i32 %22, 0
  br i1 %23, label %24, label %32

24:                                               ; preds = %21
  %25 = load ptr, ptr %6, align 8
  %26 = load ptr, ptr %4, align 8
  %27 = load i32, ptr %9, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds %struct.Item, ptr %26, i64 %28
  %30 = call i32 %25(ptr noundef %29, ptr noundef %8)
  %31 = icmp sgt i32 %30, 0
  br label %32

32:                                               ; preds = %24, %21
  %33 = phi i1 [ false, %21 ], [ %31, %24 ]
  br i1 %33, label %34, label %46

34:                                               ; preds = %32
  %35 = load ptr, ptr %4, align 8
  %36 = load i32, ptr %9, align 4
  %37 = add nsw i32 %36, 1
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds %struct.Item, ptr %35, i64 %38
  %40 = load ptr, ptr %4, align 8
  %41 = load i32, ptr %9, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds %struct.Item, ptr %40, i64 %42
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %39, ptr align 8 %43, i64 24, i1 false)
  %44 = load i32, ptr %9, align 4
  %45 = add nsw i32 %44, -1
  store i32 %45, ptr %9, align 4
  br label %21, !llvm.loop !9

46:                                               ; preds = %32
  %47 = load ptr, ptr %4, align 8
  %48 = load i32, ptr %9, align 4
  %49 = add nsw i32 %48, 1
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds %struct.Item, ptr %47, i64 %50
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %51, ptr align 8 %8, i64 24, i1 false)
  br label %52

52:                                               ; preds = %46
  %53 = load i32, ptr %7, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4
  br label %10, !llvm.loop !10

55:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_items(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.Item, ptr %5, i32 0, i32 0
  %7 = load i32, ptr %6, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = getelementptr inbounds %struct.Item, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %9, align 8
  %11 = sub nsw i32 %7, %10
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @run_queens() #0 {
  %1 = call i32 @queens(i32 noundef 7, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %2 = mul nsw i32 %1, 1000
  %3 = call i32 @queens(i32 noundef 6, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %4 = add nsw i32 %2, %3
  %5 = sext i32 %4 to i64
  ret i64 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @queens(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 %0, ptr %7, align 4
  store i32 %1, ptr %8, align 4
  store i32 %2, ptr %9, align 4
  store i32 %3, ptr %10, align 4
  store i32 %4, ptr %11, align 4
  %14 = load i32, ptr %8, align 4
  %15 = load i32, ptr %7, align 4
  %16 = icmp eq i32 %14, %15
  br i1 %16, label %17, label %18

17:                                               ; preds = %5
  store i32 1, ptr %6, align 4
  br label %78

18:                                               ; preds = %5
  store i32 0, ptr %12, align 4
  store i32 0, ptr %13, align 4
  br label %19

19:                                               ; preds = %73, %18
  %20 = load i32, ptr %13, align 4
  %21 = load i32, ptr %7, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %76

23:                                               ; preds = %19
  %24 = load i32, ptr %9, align 4
  %25 = load i32, ptr %13, align 4
  %26 = lshr i32 %24, %25
  %27 = and i32 %26, 1
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %47, label %29

29:                                               ; preds = %23
  %30 = load i32, ptr %10, align 4
  %31 = load i32, ptr %8, align 4
  %32 = load i32, ptr %13, align 4
  %33 = add nsw i32 %31, %32
  %34 = lshr i32 %30, %33
  %35 = and i32 %34, 1
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %47, label %37

37:                                               ; preds = %29
  %38 = load i32, ptr %11, align 4
  %39 = load i32, ptr %8, align 4
  %40 = load i32, ptr %13, align 4
  %41 = sub nsw i32 %39, %40
  %42 = load i32, ptr %7, align 4
  %43 = add nsw i32 %41, %42
  %44 = lshr i32 %38, %43
  %45 = and i32 %44, 1
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %47, label %48

47:                                               ; preds = %37, %29, %23
  br label %73

48:                                               ; preds = %37
  %49 = load i32, ptr %7, align 4
  %50 = load i32, ptr %8, align 4
  %51 = add nsw i32 %50, 1
  %52 = load i32, ptr %9, align 4
  %53 = load i32, ptr %13, align 4
  %54 = shl i32 1, %53
  %55 = or i32 %52, %54
  %56 = load i32, ptr %10, align 4
  %57 = load i32, ptr %8, align 4
  %58 = load i32, ptr %13, align 4
  %59 = add nsw i32 %57, %58
  %60 = shl i32 1, %59
  %61 = or i32 %56, %60
  %62 = load i32, ptr %11, align 4
  %63 = load i32, ptr %8, align 4
  %64 = load i32, ptr %13, align 4
  %65 = sub nsw i32 %63, %64
  %66 = load i32, ptr %7, align 4
  %67 = add nsw i32 %65, %66
  %68 = shl i32 1, %67
  %69 = or i32 %62, %68
  %70 = call i32 @queens(i32 noundef %49, i32 noundef %51, i32 noundef %55, i32 noundef %61, i32 noundef %69)
  %71 = load i32, ptr %12, align 4
  %72 = add nsw i32 %71, %70
  store i32 %72, ptr %12, align 4
  br label %73

73:                                               ; preds = %48, %47
  %74 = load i32, ptr %13, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %13, align 4
  br label %19, !llvm.loop !11

76:                                               ; preds = %19
  %77 = load i32, ptr %12, align 4
  store i32 %77, ptr %6, align 4
  br label %78

78:                                               ; preds = %76, %17
  %79 = load i32, ptr %6, align 4
  ret i32 %79
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @run_math() #0 {
  %1 = alloca double, align 8
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  store double 0.000000e+00, ptr %1, align 8
  store i32 1, ptr %2, align 4
  br label %4

4:                                                ; preds = %36, %0
  %5 = load i32, ptr %2, align 4
  %6 = icmp sle i32 %5, 200
  br i1 %6, label %7, label %39

7:                                                ; preds = %4
  %8 = load i32, ptr %2, align 4
  %9 = sitofp i32 %8 to double
  %10 = fmul double %9, 1.000000e-02
  store double %10, ptr %3, align 8
  %11 = load double, ptr %3, align 8
  %12 = call double @sqrt(double noundef %11) #5
  %13 = fmul double %12, 3.000000e+00
  %14 = load double, ptr %3, align 8
  %15 = fsub double %14, 1.000000e+00
  %16 = call double @llvm.fabs.f64(double %15)
  %17 = fadd double %13, %16
  %18 = load double, ptr %3, align 8
  %19 = fmul double %18, 7.300000e+00
  %20 = call double @llvm.floor.f64(double %19)
  %21 = fadd double %17, %20
  %22 = load double, ptr %3, align 8
  %23 = fmul double %22, 1.370000e+01
  %24 = fptosi double %23 to i32
  %25 = sitofp i32 %24 to double
  %26 = fdiv double %25, 3.000000e+00
  %27 = fsub double %21, %26
  %28 = load double, ptr %1, align 8
  %29 = fadd double %28, %27
  store double %29, ptr %1, align 8
  %30 = load double, ptr %3, align 8
  %31 = fptrunc double %30 to float
  %32 = fmul float %31, 0x3FB99999A0000000
  %33 = fpext float %32 to double
  %34 = load double, ptr %1, align 8
  %35 = fadd double %34, %33
  store double %35, ptr %1, align 8
  br label %36

36:                                               ; preds = %7
  %37 = load i32, ptr %2, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %2, align 4
  br label %4, !llvm.loop !12

39:                                               ; preds = %4
  %40 = load double, ptr %1, align 8
  %41 = fmul double %40, 1.000000e+06
  %42 = fptosi double %41 to i64
  ret i64 %42
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @run_strings() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [32 x i8], align 16
  %7 = alloca i32, align 4
  store i64 0, ptr %1, align 8
  store i32 0, ptr %2, align 4
  br label %8

8:                                                ; preds = %54, %0
  %9 = load i32, ptr %2, align 4
  %10 = icmp slt i32 %9, 5
  br i1 %10, label %11, label %57

11:                                               ; preds = %8
  %12 = load i32, ptr %2, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [5 x ptr], ptr @names, i64 0, i64 %13
  %15 = load ptr, ptr %14, align 8
  store ptr %15, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %16

16:                                               ; preds = %23, %11
  %17 = load ptr, ptr %3, align 8
  %18 = load i32, ptr %4, align 4
  %19 = zext i32 %18 to i64
  %20 = getelementptr inbounds i8, ptr %17, i64 %19
  %21 = load i8, ptr %20, align 1
  %22 = icmp ne i8 %21, 0
  br i1 %22, label %23, label %26

23:                                               ; preds = %16
  %24 = load i32, ptr %4, align 4
  %25 = add i32 %24, 1
  store i32 %25, ptr %4, align 4
  br label %16, !llvm.loop !13

26:                                               ; preds = %16
  store i32 0, ptr %5, align 4
  br label %27

27:                                               ; preds = %50, %26
  %28 = load i32, ptr %5, align 4
  %29 = load i32, ptr %4, align 4
  %30 = icmp ult i32 %28, %29
  br i1 %30, label %31, label %53

31:                                               ; preds = %27
  %32 = load i64, ptr %1, align 8
  %33 = mul nsw i64 %32, 7
  %34 = load ptr, ptr %3, align 8
  %35 = load i32, ptr %5, align 4
  %36 = zext i32 %35 to i64
  %37 = getelementptr inbounds i8, ptr %34, i64 %36
  %38 = load i8, ptr %37, align 1
  %39 = sext i8 %38 to i32
  %40 = call i32 @classify(i32 noundef %39)
  %41 = sext i32 %40 to i64
  %42 = add nsw i64 %33, %41
  %43 = load ptr, ptr %3, align 8
  %44 = load i32, ptr %5, align 4
  %45 = zext i32 %44 to i64
  %46 = getelementptr inbounds i8, ptr %43, i64 %45
  %47 = load i8, ptr %46, align 1
  %48 = zext i8 %47 to i64
  %49 = add nsw i64 %42, %48
  store i64 %49, ptr %1, align 8
  br label %50

50:                                               ; preds = %31
  %51 = load i32, ptr %5, align 4
  %52 = add i32 %51, 1
  store i32 %52, ptr %5, align 4
  br label %27, !llvm.loop !14

53:                                               ; preds = %27
  br label %54

54:                                               ; preds = %53
  %55 = load i32, ptr %2, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %2, align 4
  br label %8, !llvm.loop !15

57:                                               ; preds = %8
  %58 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %58, i8 120, i64 32, i1 false)
  %59 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %60 = getelementptr inbounds i8, ptr %59, i64 3
  %61 = load ptr, ptr getelementptr inbounds ([5 x ptr], ptr @names, i64 0, i64 4), align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %60, ptr align 1 %61, i64 8, i1 false)
  store i32 0, ptr %7, align 4
  br label %62

62:                                               ; preds = %74, %57
  %63 = load i32, ptr %7, align 4
  %64 = icmp slt i32 %63, 32
  br i1 %64, label %65, label %77

65:                                               ; preds = %62
  %66 = load i64, ptr %1, align 8
  %67 = mul nsw i64 %66, 3
  %68 = load i32, ptr %7, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 %69
  %71 = load i8, ptr %70, align 1
  %72 = sext i8 %71 to i64
  %73 = add nsw i64 %67, %72
  store i64 %73, ptr %1, align 8
  br label %74

74:                                               ; preds = %65
  %75 = load i32, ptr %7, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %7, align 4
  br label %62, !llvm.loop !16

77:                                               ; preds = %62
  %78 = load i64, ptr %1, align 8
  ret i64 %78
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @classify(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %8 [
    i32 97, label %5
    i32 101, label %5
    i32 105, label %5
    i32 111, label %5
    i32 117, label %5
    i32 121, label %6
    i32 32, label %7
  ]

5:                                                ; preds = %1, %1, %1, %1, %1
  store i32 1, ptr %2, align 4
  br label %18

6:                                                ; preds = %1
  store i32 2, ptr %2, align 4
  br label %18

7:                                                ; preds = %1
  store i32 3, ptr %2, align 4
  br label %18

8:                                                ; preds = %1
  %9 = load i32, ptr %3, align 4
  %10 = icmp sge i32 %9, 97
  br i1 %10, label %11, label %14

11:                                               ; preds = %8
  %12 = load i32, ptr %3, align 4
  %13 = icmp sle i32 %12, 122
  br label %14

14:                                               ; preds = %11, %8
  %15 = phi i1 [ false, %8 ], [ %13, %11 ]
  %16 = zext i1 %15 to i64
  %17 = select i1 %15, i32 4, i32 0
  store i32 %17, ptr %2, align 4
  br label %18

18:                                               ; preds = %14, %7, %6, %5
  %19 = load i32, ptr %2, align 4
  ret i32 %19
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @run_vector() #0 {
  %1 = alloca [256 x i32], align 16
  %2 = alloca [256 x float], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca [256 x i8], align 16
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  br label %12

12:                                               ; preds = %29, %0
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %13, 256
  br i1 %14, label %15, label %32

15:                                               ; preds = %12
  %16 = load i32, ptr %3, align 4
  %17 = mul nsw i32 %16, 37
  %18 = srem i32 %17, 101
  %19 = sub nsw i32 %18, 50
  %20 = load i32, ptr %3, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [256 x i32], ptr %1, i64 0, i64 %21
  store i32 %19, ptr %22, align 4
  %23 = load i32, ptr %3, align 4
  %24 = sitofp i32 %23 to float
  %25 = fdiv float %24, 7.000000e+00
  %26 = load i32, ptr %3, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [256 x float], ptr %2, i64 0, i64 %27
  store float %25, ptr %28, align 4
  br label %29

29:                                               ; preds = %15
  %30 = load i32, ptr %3, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %3, align 4
  br label %12, !llvm.loop !17

32:                                               ; preds = %12
  store i64 0, ptr %4, align 8
  store i32 -1000, ptr %5, align 4
  store i32 0, ptr %7, align 4
  br label %33

33:                                               ; preds = %70, %32
  %34 = load i32, ptr %7, align 4
  %35 = icmp slt i32 %34, 256
  br i1 %35, label %36, label %73

36:                                               ; preds = %33
  %37 = load i32, ptr %7, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [256 x i32], ptr %1, i64 0, i64 %38
  %40 = load i32, ptr %39, align 4
  %41 = load i32, ptr %7, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [256 x i32], ptr %1, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4
  %45 = mul nsw i32 %40, %44
  %46 = sext i32 %45 to i64
  %47 = load i64, ptr %4, align 8
  %48 = add nsw i64 %47, %46
  store i64 %48, ptr %4, align 8
  %49 = load i32, ptr %7, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [256 x i32], ptr %1, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4
  %53 = load i32, ptr %5, align 4
  %54 = icmp sgt i32 %52, %53
  br i1 %54, label %55, label %60

55:                                               ; preds = %36
  %56 = load i32, ptr %7, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [256 x i32], ptr %1, i64 0, i64 %57
  %59 = load i32, ptr %58, align 4
  store i32 %59, ptr %5, align 4
  br label %60

60:                                               ; preds = %55, %36
  %61 = load i32, ptr %7, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [256 x i32], ptr %1, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4
  %65 = mul nsw i32 %64, 3
  %66 = trunc i32 %65 to i8
  %67 = load i32, ptr %7, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %68
  store i8 %66, ptr %69, align 1
  br label %70

70:                                               ; preds = %60
  %71 = load i32, ptr %7, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %7, align 4
  br label %33, !llvm.loop !18

73:                                               ; preds = %33
  store float 0.000000e+00, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %74

74:                                               ; preds = %85, %73
  %75 = load i32, ptr %9, align 4
  %76 = icmp slt i32 %75, 256
  br i1 %76, label %77, label %88

77:                                               ; preds = %74
  %78 = load i32, ptr %9, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [256 x float], ptr %2, i64 0, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = fmul float %81, 2.000000e+00
  %83 = load float, ptr %8, align 4
  %84 = fadd float %83, %82
  store float %84, ptr %8, align 4
  br label %85

85:                                               ; preds = %77
  %86 = load i32, ptr %9, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %9, align 4
  br label %74, !llvm.loop !19

88:                                               ; preds = %74
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %89

89:                                               ; preds = %100, %88
  %90 = load i32, ptr %11, align 4
  %91 = icmp slt i32 %90, 256
  br i1 %91, label %92, label %103

92:                                               ; preds = %89
  %93 = load i32, ptr %11, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %94
  %96 = load i8, ptr %95, align 1
  %97 = zext i8 %96 to i32
  %98 = load i32, ptr %10, align 4
  %99 = add i32 %98, %97
  store i32 %99, ptr %10, align 4
  br label %100

100:                                              ; preds = %92
  %101 = load i32, ptr %11, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %11, align 4
  br label %89, !llvm.loop !20

103:                                              ; preds = %89
  %104 = load i64, ptr %4, align 8
  %105 = mul nsw i64 %104, 1000
  %106 = load i32, ptr %5, align 4
  %107 = mul nsw i32 %106, 7
  %108 = sext i32 %107 to i64
  %109 = add nsw i64 %105, %108
  %110 = load float, ptr %8, align 4
  %111 = fptosi float %110 to i64
  %112 = add nsw i64 %109, %111
  %113 = load i32, ptr %10, align 4
  %114 = zext i32 %113 to i64
  %115 = add nsw i64 %112, %114
  ret i64 %115
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @run_ints() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  store i64 0, ptr %1, align 8
  store i32 1, ptr %2, align 4
  br label %3

3:                                                ; preds = %27, %0
  %4 = load i32, ptr %2, align 4
  %5 = icmp slt i32 %4, 300
  br i1 %5, label %6, label %30

6:                                                ; preds = %3
  %7 = load i32, ptr %2, align 4
  %8 = sext i32 %7 to i64
  %9 = mul nsw i64 %8, 1000003
  %10 = sub nsw i64 %9, 7777777
  %11 = load i32, ptr %2, align 4
  %12 = srem i32 %11, 17
  %13 = sub nsw i32 %12, 8
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %16

15:                                               ; preds = %6
  br label %20

16:                                               ; preds = %6
  %17 = load i32, ptr %2, align 4
  %18 = srem i32 %17, 17
  %19 = sub nsw i32 %18, 8
  br label %20

20:                                               ; preds = %16, %15
  %21 = phi i32 [ 3, %15 ], [ %19, %16 ]
  %22 = load i32, ptr %2, align 4
  %23 = mul i32 %22, -1640531535
  %24 = call i64 @div_mix(i64 noundef %10, i32 noundef %21, i32 noundef %23)
  %25 = load i64, ptr %1, align 8
  %26 = xor i64 %25, %24
  store i64 %26, ptr %1, align 8
  br label %27

27:                                               ; preds = %20
  %28 = load i32, ptr %2, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %2, align 4
  br label %3, !llvm.loop !21

30:                                               ; preds = %3
  %31 = load i64, ptr %1, align 8
  ret i64 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @div_mix(i64 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i64 %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i64, ptr %4, align 8
  %8 = load i32, ptr %5, align 4
  %9 = sext i32 %8 to i64
  %10 = sdiv i64 %7, %9
  %11 = load i64, ptr %4, align 8
  %12 = load i32, ptr %5, align 4
  %13 = sext i32 %12 to i64
  %14 = srem i64 %11, %13
  %15 = add nsw i64 %10, %14
  %16 = load i32, ptr %6, align 4
  %17 = lshr i32 %16, 3
  %18 = zext i32 %17 to i64
  %19 = add nsw i64 %15, %18
  %20 = load i64, ptr %4, align 8
  %21 = trunc i64 %20 to i16
  %22 = sext i16 %21 to i64
  %23 = add nsw i64 %19, %22
  %24 = load i64, ptr %4, align 8
  %25 = ashr i64 %24, 5
  %26 = trunc i64 %25 to i8
  %27 = zext i8 %26 to i64
  %28 = add nsw i64 %23, %27
  %29 = load i64, ptr %4, align 8
  %30 = shl i64 %29, 3
  %31 = sdiv i64 %30, 3
  %32 = add nsw i64 %28, %31
  ret i64 %32
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

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
