; ModuleID = 'heapsort.c'
source_filename = "heapsort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i32 99, align 4
@arr = internal global [2500 x i32] zeroinitializer, align 16
@heap_size = internal global i32 0, align 4
@heap = internal global [512 x i32] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = load i32, ptr @g_seed, align 4
  store i32 %8, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %9

9:                                                ; preds = %29, %0
  %10 = load i32, ptr %2, align 4
  %11 = icmp slt i32 %10, 2500
  br i1 %11, label %12, label %32

12:                                               ; preds = %9
  %13 = load i32, ptr %1, align 4
  %14 = shl i32 %13, 13
  %15 = load i32, ptr %1, align 4
  %16 = xor i32 %15, %14
  store i32 %16, ptr %1, align 4
  %17 = load i32, ptr %1, align 4
  %18 = lshr i32 %17, 17
  %19 = load i32, ptr %1, align 4
  %20 = xor i32 %19, %18
  store i32 %20, ptr %1, align 4
  %21 = load i32, ptr %1, align 4
  %22 = shl i32 %21, 5
  %23 = load i32, ptr %1, align 4
  %24 = xor i32 %23, %22
  store i32 %24, ptr %1, align 4
  %25 = load i32, ptr %1, align 4
  %26 = load i32, ptr %2, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %27
  store i32 %25, ptr %28, align 4
  br label %29

29:                                               ; preds = %12
  %30 = load i32, ptr %2, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %2, align 4
  br label %9, !llvm.loop !5

32:                                               ; preds = %9
  call void @heap_sort(ptr noundef @arr, i32 noundef 2500)
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %33

33:                                               ; preds = %64, %32
  %34 = load i32, ptr %4, align 4
  %35 = icmp slt i32 %34, 2500
  br i1 %35, label %36, label %67

36:                                               ; preds = %33
  %37 = load i64, ptr %3, align 8
  %38 = mul i64 %37, 1000003
  %39 = load i32, ptr %4, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %40
  %42 = load i32, ptr %41, align 4
  %43 = zext i32 %42 to i64
  %44 = add i64 %38, %43
  %45 = load i32, ptr %4, align 4
  %46 = icmp sgt i32 %45, 0
  br i1 %46, label %47, label %58

47:                                               ; preds = %36
  %48 = load i32, ptr %4, align 4
  %49 = sub nsw i32 %48, 1
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4
  %53 = load i32, ptr %4, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %54
  %56 = load i32, ptr %55, align 4
  %57 = icmp ugt i32 %52, %56
  br label %58

58:                                               ; preds = %47, %36
  %59 = phi i1 [ false, %36 ], [ %57, %47 ]
  %60 = zext i1 %59 to i64
  %61 = select i1 %59, i32 77, i32 0
  %62 = zext i32 %61 to i64
  %63 = add i64 %44, %62
  store i64 %63, ptr %3, align 8
  br label %64

64:                                               ; preds = %58
  %65 = load i32, ptr %4, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %4, align 4
  br label %33, !llvm.loop !7

67:                                               ; preds = %33
  store i32 0, ptr @heap_size, align 4
  store i32 0, ptr %5, align 4
  br label %68

68:                                               ; preds = %81, %67
  %69 = load i32, ptr %5, align 4
  %70 = icmp slt i32 %69, 500
  br i1 %70, label %71, label %84

71:                                               ; preds = %68
  %72 = load i32, ptr %5, align 4
  %73 = mul nsw i32 %72, 37
  %74 = srem i32 %73, 2500
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4
  %78 = lshr i32 %77, 4
  %79 = load i32, ptr %5, align 4
  %80 = xor i32 %78, %79
  call void @pq_push(i32 noundef %80)
  br label %81

81:                                               ; preds = %71
  %82 = load i32, ptr %5, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %5, align 4
  br label %68, !llvm.loop !8

84:                                               ; preds = %68
  store i32 0, ptr %6, align 4
  br label %85

85:                                               ; preds = %88, %84
  %86 = load i32, ptr @heap_size, align 4
  %87 = icmp sgt i32 %86, 0
  br i1 %87, label %88, label %106

88:                                               ; preds = %85
  %89 = call i32 @pq_pop()
  store i32 %89, ptr %7, align 4
  %90 = load i64, ptr %3, align 8
  %91 = shl i64 %90, 5
  %92 = load i64, ptr %3, align 8
  %93 = lshr i64 %92, 59
  %94 = add i64 %91, %93
  %95 = load i32, ptr %7, align 4
  %96 = zext i32 %95 to i64
  %97 = add i64 %94, %96
  %98 = load i32, ptr %7, align 4
  %99 = load i32, ptr %6, align 4
  %100 = icmp ult i32 %98, %99
  %101 = zext i1 %100 to i64
  %102 = select i1 %100, i32 1000, i32 0
  %103 = zext i32 %102 to i64
  %104 = add i64 %97, %103
  store i64 %104, ptr %3, align 8
  %105 = load i32, ptr %7, align 4
  store i32 %105, ptr %6, align 4
  br label %85, !llvm.loop !9

106:                                              ; preds = %85
  %107 = load i64, ptr %3, align 8
  ret i64 %107
}

; Function Attrs: noinline nounwind optnone
define internal void @heap_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %8 = load i32, ptr %4, align 4
  %9 = sub nsw i32 %8, 2
  %10 = sdiv i32 %9, 2
  store i32 %10, ptr %5, align 4
  br label %11

11:                                               ; preds = %19, %2
  %12 = load i32, ptr %5, align 4
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %22

14:                                               ; preds = %11
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %5, align 4
  %17 = load i32, ptr %4, align 4
  %18 = sub nsw i32 %17, 1
  call void @sift_down(ptr noundef %15, i32 noundef %16, i32 noundef %18)
  br label %19

19:                                               ; preds = %14
  %20 = load i32, ptr %5, align 4
  %21 = add nsw i32 %20, -1
  store i32 %21, ptr %5, align 4
  br label %11, !llvm.loop !10

22:                                               ; preds = %11
  %23 = load i32, ptr %4, align 4
  %24 = sub nsw i32 %23, 1
  store i32 %24, ptr %6, align 4
  br label %25

25:                                               ; preds = %47, %22
  %26 = load i32, ptr %6, align 4
  %27 = icmp sgt i32 %26, 0
  br i1 %27, label %28, label %50

28:                                               ; preds = %25
  %29 = load ptr, ptr %3, align 8
  %30 = load i32, ptr %6, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i32, ptr %29, i64 %31
  %33 = load i32, ptr %32, align 4
  store i32 %33, ptr %7, align 4
  %34 = load ptr, ptr %3, align 8
  %35 = getelementptr inbounds i32, ptr %34, i64 0
  %36 = load i32, ptr %35, align 4
  %37 = load ptr, ptr %3, align 8
  %38 = load i32, ptr %6, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i32, ptr %37, i64 %39
  store i32 %36, ptr %40, align 4
  %41 = load i32, ptr %7, align 4
  %42 = load ptr, ptr %3, align 8
  %43 = getelementptr inbounds i32, ptr %42, i64 0
  store i32 %41, ptr %43, align 4
  %44 = load ptr, ptr %3, align 8
  %45 = load i32, ptr %6, align 4
  %46 = sub nsw i32 %45, 1
  call void @sift_down(ptr noundef %44, i32 noundef 0, i32 noundef %46)
  br label %47

47:                                               ; preds = %28
  %48 = load i32, ptr %6, align 4
  %49 = add nsw i32 %48, -1
  store i32 %49, ptr %6, align 4
  br label %25, !llvm.loop !11

50:                                               ; preds = %25
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @pq_push(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %5 = load i32, ptr @heap_size, align 4
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr @heap_size, align 4
  store i32 %5, ptr %3, align 4
  %7 = load i32, ptr %2, align 4
  %8 = load i32, ptr %3, align 4
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %9
  store i32 %7, ptr %10, align 4
  br label %11

11:                                               ; preds = %28, %1
  %12 = load i32, ptr %3, align 4
  %13 = icmp sgt i32 %12, 0
  br i1 %13, label %14, label %26

14:                                               ; preds = %11
  %15 = load i32, ptr %3, align 4
  %16 = sub nsw i32 %15, 1
  %17 = sdiv i32 %16, 2
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4
  %21 = load i32, ptr %3, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = icmp ugt i32 %20, %24
  br label %26

26:                                               ; preds = %14, %11
  %27 = phi i1 [ false, %11 ], [ %25, %14 ]
  br i1 %27, label %28, label %51

28:                                               ; preds = %26
  %29 = load i32, ptr %3, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4
  store i32 %32, ptr %4, align 4
  %33 = load i32, ptr %3, align 4
  %34 = sub nsw i32 %33, 1
  %35 = sdiv i32 %34, 2
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4
  %39 = load i32, ptr %3, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %40
  store i32 %38, ptr %41, align 4
  %42 = load i32, ptr %4, align 4
  %43 = load i32, ptr %3, align 4
  %44 = sub nsw i32 %43, 1
  %45 = sdiv i32 %44, 2
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %46
  store i32 %42, ptr %47, align 4
  %48 = load i32, ptr %3, align 4
  %49 = sub nsw i32 %48, 1
  %50 = sdiv i32 %49, 2
  store i32 %50, ptr %3, align 4
  br label %11, !llvm.loop !12

51:                                               ; preds = %26
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @pq_pop() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = load i32, ptr @heap, align 16
  store i32 %7, ptr %1, align 4
  %8 = load i32, ptr @heap_size, align 4
  %9 = add nsw i32 %8, -1
  store i32 %9, ptr @heap_size, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %10
  %12 = load i32, ptr %11, align 4
  store i32 %12, ptr @heap, align 16
  store i32 0, ptr %2, align 4
  br label %13

13:                                               ; preds = %56, %0
  %14 = load i32, ptr %2, align 4
  %15 = mul nsw i32 2, %14
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %3, align 4
  %17 = load i32, ptr %3, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %4, align 4
  %19 = load i32, ptr %2, align 4
  store i32 %19, ptr %5, align 4
  %20 = load i32, ptr %3, align 4
  %21 = load i32, ptr @heap_size, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %35

23:                                               ; preds = %13
  %24 = load i32, ptr %3, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %25
  %27 = load i32, ptr %26, align 4
  %28 = load i32, ptr %5, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = icmp ult i32 %27, %31
  br i1 %32, label %33, label %35

33:                                               ; preds = %23
  %34 = load i32, ptr %3, align 4
  store i32 %34, ptr %5, align 4
  br label %35

35:                                               ; preds = %33, %23, %13
  %36 = load i32, ptr %4, align 4
  %37 = load i32, ptr @heap_size, align 4
  %38 = icmp slt i32 %36, %37
  br i1 %38, label %39, label %51

39:                                               ; preds = %35
  %40 = load i32, ptr %4, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4
  %44 = load i32, ptr %5, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4
  %48 = icmp ult i32 %43, %47
  br i1 %48, label %49, label %51

49:                                               ; preds = %39
  %50 = load i32, ptr %4, align 4
  store i32 %50, ptr %5, align 4
  br label %51

51:                                               ; preds = %49, %39, %35
  %52 = load i32, ptr %5, align 4
  %53 = load i32, ptr %2, align 4
  %54 = icmp eq i32 %52, %53
  br i1 %54, label %55, label %56

55:                                               ; preds = %51
  br label %73

56:                                               ; preds = %51
  %57 = load i32, ptr %2, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %58
  %60 = load i32, ptr %59, align 4
  store i32 %60, ptr %6, align 4
  %61 = load i32, ptr %5, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4
  %65 = load i32, ptr %2, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %66
  store i32 %64, ptr %67, align 4
  %68 = load i32, ptr %6, align 4
  %69 = load i32, ptr %5, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %70
  store i32 %68, ptr %71, align 4
  %72 = load i32, ptr %5, align 4
  store i32 %72, ptr %2, align 4
  br label %13

73:                                               ; preds = %55
  %74 = load i32, ptr %1, align 4
  ret i32 %74
}

; Function Attrs: noinline nounwind optnone
define internal void @sift_down(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %11 = load i32, ptr %5, align 4
  store i32 %11, ptr %7, align 4
  br label %12

12:                                               ; preds = %62, %3
  %13 = load i32, ptr %7, align 4
  %14 = mul nsw i32 2, %13
  %15 = add nsw i32 %14, 1
  %16 = load i32, ptr %6, align 4
  %17 = icmp sle i32 %15, %16
  br i1 %17, label %18, label %83

18:                                               ; preds = %12
  %19 = load i32, ptr %7, align 4
  %20 = mul nsw i32 2, %19
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %8, align 4
  %22 = load i32, ptr %7, align 4
  store i32 %22, ptr %9, align 4
  %23 = load ptr, ptr %4, align 8
  %24 = load i32, ptr %9, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i32, ptr %23, i64 %25
  %27 = load i32, ptr %26, align 4
  %28 = load ptr, ptr %4, align 8
  %29 = load i32, ptr %8, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i32, ptr %28, i64 %30
  %32 = load i32, ptr %31, align 4
  %33 = icmp ult i32 %27, %32
  br i1 %33, label %34, label %36

34:                                               ; preds = %18
  %35 = load i32, ptr %8, align 4
  store i32 %35, ptr %9, align 4
  br label %36

36:                                               ; preds = %34, %18
  %37 = load i32, ptr %8, align 4
  %38 = add nsw i32 %37, 1
  %39 = load i32, ptr %6, align 4
  %40 = icmp sle i32 %38, %39
  br i1 %40, label %41, label %57

41:                                               ; preds = %36
  %42 = load ptr, ptr %4, align 8
  %43 = load i32, ptr %9, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i32, ptr %42, i64 %44
  %46 = load i32, ptr %45, align 4
  %47 = load ptr, ptr %4, align 8
  %48 = load i32, ptr %8, align 4
  %49 = add nsw i32 %48, 1
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i32, ptr %47, i64 %50
  %52 = load i32, ptr %51, align 4
  %53 = icmp ult i32 %46, %52
  br i1 %53, label %54, label %57

54:                                               ; preds = %41
  %55 = load i32, ptr %8, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %9, align 4
  br label %57

57:                                               ; preds = %54, %41, %36
  %58 = load i32, ptr %9, align 4
  %59 = load i32, ptr %7, align 4
  %60 = icmp eq i32 %58, %59
  br i1 %60, label %61, label %62

61:                                               ; preds = %57
  br label %83

62:                                               ; preds = %57
  %63 = load ptr, ptr %4, align 8
  %64 = load i32, ptr %7, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i32, ptr %63, i64 %65
  %67 = load i32, ptr %66, align 4
  store i32 %67, ptr %10, align 4
  %68 = load ptr, ptr %4, align 8
  %69 = load i32, ptr %9, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds i32, ptr %68, i64 %70
  %72 = load i32, ptr %71, align 4
  %73 = load ptr, ptr %4, align 8
  %74 = load i32, ptr %7, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i32, ptr %73, i64 %75
  store i32 %72, ptr %76, align 4
  %77 = load i32, ptr %10, align 4
  %78 = load ptr, ptr %4, align 8
  %79 = load i32, ptr %9, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds i32, ptr %78, i64 %80
  store i32 %77, ptr %81, align 4
  %82 = load i32, ptr %9, align 4
  store i32 %82, ptr %7, align 4
  br label %12, !llvm.loop !13

83:                                               ; preds = %61, %12
  ret void
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
