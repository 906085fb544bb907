; ModuleID = 'calendar.c'
source_filename = "calendar.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_start_year = dso_local global i32 1890, align 4
@sakamoto.t = internal constant [12 x i32] [i32 0, i32 3, i32 2, i32 5, i32 0, i32 3, i32 5, i32 1, i32 4, i32 6, i32 2, i32 4], align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store i64 0, ptr %1, align 8
  store i32 0, ptr %2, align 4
  %16 = load i32, ptr @g_start_year, align 4
  store i32 %16, ptr %3, align 4
  %17 = load i32, ptr %3, align 4
  store i32 %17, ptr %4, align 4
  br label %18

18:                                               ; preds = %119, %0
  %19 = load i32, ptr %4, align 4
  %20 = load i32, ptr %3, align 4
  %21 = add nsw i32 %20, 250
  %22 = icmp slt i32 %19, %21
  br i1 %22, label %23, label %122

23:                                               ; preds = %18
  store i32 0, ptr %5, align 4
  store i32 1, ptr %6, align 4
  br label %24

24:                                               ; preds = %97, %23
  %25 = load i32, ptr %6, align 4
  %26 = icmp sle i32 %25, 12
  br i1 %26, label %27, label %100

27:                                               ; preds = %24
  %28 = load i32, ptr %4, align 4
  %29 = load i32, ptr %6, align 4
  %30 = call i32 @days_in_month(i32 noundef %28, i32 noundef %29)
  store i32 %30, ptr %7, align 4
  %31 = load i32, ptr %7, align 4
  %32 = load i32, ptr %5, align 4
  %33 = add nsw i32 %32, %31
  store i32 %33, ptr %5, align 4
  store i32 1, ptr %8, align 4
  br label %34

34:                                               ; preds = %93, %27
  %35 = load i32, ptr %8, align 4
  %36 = load i32, ptr %7, align 4
  %37 = icmp sle i32 %35, %36
  br i1 %37, label %38, label %96

38:                                               ; preds = %34
  %39 = load i32, ptr %4, align 4
  %40 = load i32, ptr %6, align 4
  %41 = load i32, ptr %8, align 4
  %42 = call i32 @zeller(i32 noundef %39, i32 noundef %40, i32 noundef %41)
  store i32 %42, ptr %9, align 4
  %43 = load i32, ptr %4, align 4
  %44 = load i32, ptr %6, align 4
  %45 = load i32, ptr %8, align 4
  %46 = call i32 @sakamoto(i32 noundef %43, i32 noundef %44, i32 noundef %45)
  store i32 %46, ptr %10, align 4
  %47 = load i32, ptr %9, align 4
  %48 = add nsw i32 %47, 6
  %49 = srem i32 %48, 7
  %50 = load i32, ptr %10, align 4
  %51 = icmp ne i32 %49, %50
  br i1 %51, label %52, label %55

52:                                               ; preds = %38
  %53 = load i32, ptr %2, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %2, align 4
  br label %55

55:                                               ; preds = %52, %38
  %56 = load i32, ptr %4, align 4
  %57 = load i32, ptr %6, align 4
  %58 = load i32, ptr %8, align 4
  %59 = call i64 @to_jdn(i32 noundef %56, i32 noundef %57, i32 noundef %58)
  store i64 %59, ptr %11, align 8
  %60 = load i64, ptr %11, align 8
  %61 = add nsw i64 %60, 1
  %62 = srem i64 %61, 7
  %63 = load i32, ptr %10, align 4
  %64 = sext i32 %63 to i64
  %65 = icmp ne i64 %62, %64
  br i1 %65, label %66, label %69

66:                                               ; preds = %55
  %67 = load i32, ptr %2, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %2, align 4
  br label %69

69:                                               ; preds = %66, %55
  %70 = load i64, ptr %11, align 8
  call void @from_jdn(i64 noundef %70, ptr noundef %12, ptr noundef %13, ptr noundef %14)
  %71 = load i32, ptr %12, align 4
  %72 = load i32, ptr %4, align 4
  %73 = icmp ne i32 %71, %72
  br i1 %73, label %82, label %74

74:                                               ; preds = %69
  %75 = load i32, ptr %13, align 4
  %76 = load i32, ptr %6, align 4
  %77 = icmp ne i32 %75, %76
  br i1 %77, label %82, label %78

78:                                               ; preds = %74
  %79 = load i32, ptr %14, align 4
  %80 = load i32, ptr %8, align 4
  %81 = icmp ne i32 %79, %80
  br i1 %81, label %82, label %85

82:                                               ; preds = %78, %74, %69
  %83 = load i32, ptr %2, align 4
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %2, align 4
  br label %85

85:                                               ; preds = %82, %78
  %86 = load i64, ptr %1, align 8
  %87 = mul i64 %86, 31
  %88 = load i64, ptr %11, align 8
  %89 = add i64 %87, %88
  %90 = load i32, ptr %10, align 4
  %91 = sext i32 %90 to i64
  %92 = add i64 %89, %91
  store i64 %92, ptr %1, align 8
  br label %93

93:                                               ; preds = %85
  %94 = load i32, ptr %8, align 4
  %95 = add nsw i32 %94, 6
  store i32 %95, ptr %8, align 4
  br label %34, !llvm.loop !5

96:                                               ; preds = %34
  br label %97

97:                                               ; preds = %96
  %98 = load i32, ptr %6, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %6, align 4
  br label %24, !llvm.loop !7

100:                                              ; preds = %24
  %101 = load i32, ptr %5, align 4
  %102 = load i32, ptr %4, align 4
  %103 = call i32 @is_leap(i32 noundef %102)
  %104 = mul nsw i32 %101, %103
  %105 = sext i32 %104 to i64
  %106 = load i64, ptr %1, align 8
  %107 = add i64 %106, %105
  store i64 %107, ptr %1, align 8
  %108 = load i64, ptr %1, align 8
  %109 = urem i64 %108, 13
  %110 = trunc i64 %109 to i32
  %111 = add nsw i32 1, %110
  store i32 %111, ptr %15, align 4
  %112 = load i64, ptr %1, align 8
  %113 = mul i64 %112, 5
  %114 = load i32, ptr %4, align 4
  %115 = load i32, ptr %15, align 4
  %116 = call i32 @days_in_month(i32 noundef %114, i32 noundef %115)
  %117 = sext i32 %116 to i64
  %118 = add i64 %113, %117
  store i64 %118, ptr %1, align 8
  br label %119

119:                                              ; preds = %100
  %120 = load i32, ptr %4, align 4
  %121 = add nsw i32 %120, 1
  store i32 %121, ptr %4, align 4
  br label %18, !llvm.loop !8

122:                                              ; preds = %18
  %123 = load i64, ptr %1, align 8
  %124 = mul i64 %123, 100
  %125 = load i32, ptr %2, align 4
  %126 = sext i32 %125 to i64
  %127 = add i64 %124, %126
  ret i64 %127
}

; Function Attrs: noinline nounwind optnone
define internal i32 @days_in_month(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = load i32, ptr %5, align 4
  switch i32 %6, label %24 [
    i32 1, label %7
    i32 2, label %8
    i32 3, label %14
    i32 4, label %15
    i32 5, label %16
    i32 6, label %17
    i32 7, label %18
    i32 8, label %19
    i32 9, label %20
    i32 10, label %21
    i32 11, label %22
    i32 12, label %23
  ]

7:                                                ; preds = %2
  store i32 31, ptr %3, align 4
  br label %25

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = call i32 @is_leap(i32 noundef %9)
  %11 = icmp ne i32 %10, 0
  %12 = zext i1 %11 to i64
  %13 = select i1 %11, i32 29, i32 28
  store i32 %13, ptr %3, align 4
  br label %25

14:                                               ; preds = %2
  store i32 31, ptr %3, align 4
  br label %25

15:                                               ; preds = %2
  store i32 30, ptr %3, align 4
  br label %25

16:                                               ; preds = %2
  store i32 31, ptr %3, align 4
  br label %25

17:                                               ; preds = %2
  store i32 30, ptr %3, align 4
  br label %25

18:                                               ; preds = %2
  store i32 31, ptr %3, align 4
  br label %25

19:                                               ; preds = %2
  store i32 31, ptr %3, align 4
  br label %25

20:                                               ; preds = %2
  store i32 30, ptr %3, align 4
  br label %25

21:                                               ; preds = %2
  store i32 31, ptr %3, align 4
  br label %25

22:                                               ; preds = %2
  store i32 30, ptr %3, align 4
  br label %25

23:                                               ; preds = %2
  store i32 31, ptr %3, align 4
  br label %25

24:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %25

25:                                               ; preds = %24, %23, %22, %21, %20, %19, %18, %17, %16, %15, %14, %8, %7
  %26 = load i32, ptr %3, align 4
  ret i32 %26
}

; Function Attrs: noinline nounwind optnone
define internal i32 @zeller(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %9 = load i32, ptr %5, align 4
  %10 = icmp slt i32 %9, 3
  br i1 %10, label %11, label %16

11:                                               ; preds = %3
  %12 = load i32, ptr %5, align 4
  %13 = add nsw i32 %12, 12
  store i32 %13, ptr %5, align 4
  %14 = load i32, ptr %4, align 4
  %15 = sub nsw i32 %14, 1
  store i32 %15, ptr %4, align 4
  br label %16

16:                                               ; preds = %11, %3
  %17 = load i32, ptr %4, align 4
  %18 = srem i32 %17, 100
  store i32 %18, ptr %7, align 4
  %19 = load i32, ptr %4, align 4
  %20 = sdiv i32 %19, 100
  store i32 %20, ptr %8, align 4
  %21 = load i32, ptr %6, align 4
  %22 = load i32, ptr %5, align 4
  %23 = add nsw i32 %22, 1
  %24 = mul nsw i32 13, %23
  %25 = sdiv i32 %24, 5
  %26 = add nsw i32 %21, %25
  %27 = load i32, ptr %7, align 4
  %28 = add nsw i32 %26, %27
  %29 = load i32, ptr %7, align 4
  %30 = sdiv i32 %29, 4
  %31 = add nsw i32 %28, %30
  %32 = load i32, ptr %8, align 4
  %33 = sdiv i32 %32, 4
  %34 = add nsw i32 %31, %33
  %35 = load i32, ptr %8, align 4
  %36 = mul nsw i32 5, %35
  %37 = add nsw i32 %34, %36
  %38 = srem i32 %37, 7
  ret i32 %38
}

; Function Attrs: noinline nounwind optnone
define internal i32 @sakamoto(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %5, align 4
  %8 = icmp slt i32 %7, 3
  br i1 %8, label %9, label %12

9:                                                ; preds = %3
  %10 = load i32, ptr %4, align 4
  %11 = sub nsw i32 %10, 1
  store i32 %11, ptr %4, align 4
  br label %12

12:                                               ; preds = %9, %3
  %13 = load i32, ptr %4, align 4
  %14 = load i32, ptr %4, align 4
  %15 = sdiv i32 %14, 4
  %16 = add nsw i32 %13, %15
  %17 = load i32, ptr %4, align 4
  %18 = sdiv i32 %17, 100
  %19 = sub nsw i32 %16, %18
  %20 = load i32, ptr %4, align 4
  %21 = sdiv i32 %20, 400
  %22 = add nsw i32 %19, %21
  %23 = load i32, ptr %5, align 4
  %24 = sub nsw i32 %23, 1
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [12 x i32], ptr @sakamoto.t, i64 0, i64 %25
  %27 = load i32, ptr %26, align 4
  %28 = add nsw i32 %22, %27
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %28, %29
  %31 = srem i32 %30, 7
  ret i32 %31
}

; Function Attrs: noinline nounwind optnone
define internal i64 @to_jdn(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %10 = load i32, ptr %5, align 4
  %11 = sub nsw i32 14, %10
  %12 = sdiv i32 %11, 12
  %13 = sext i32 %12 to i64
  store i64 %13, ptr %7, align 8
  %14 = load i32, ptr %4, align 4
  %15 = add nsw i32 %14, 4800
  %16 = sext i32 %15 to i64
  %17 = load i64, ptr %7, align 8
  %18 = sub nsw i64 %16, %17
  store i64 %18, ptr %8, align 8
  %19 = load i32, ptr %5, align 4
  %20 = sext i32 %19 to i64
  %21 = load i64, ptr %7, align 8
  %22 = mul nsw i64 12, %21
  %23 = add nsw i64 %20, %22
  %24 = sub nsw i64 %23, 3
  store i64 %24, ptr %9, align 8
  %25 = load i32, ptr %6, align 4
  %26 = sext i32 %25 to i64
  %27 = load i64, ptr %9, align 8
  %28 = mul nsw i64 153, %27
  %29 = add nsw i64 %28, 2
  %30 = sdiv i64 %29, 5
  %31 = add nsw i64 %26, %30
  %32 = load i64, ptr %8, align 8
  %33 = mul nsw i64 365, %32
  %34 = add nsw i64 %31, %33
  %35 = load i64, ptr %8, align 8
  %36 = sdiv i64 %35, 4
  %37 = add nsw i64 %34, %36
  %38 = load i64, ptr %8, align 8
  %39 = sdiv i64 %38, 100
  %40 = sub nsw i64 %37, %39
  %41 = load i64, ptr %8, align 8
  %42 = sdiv i64 %41, 400
  %43 = add nsw i64 %40, %42
  %44 = sub nsw i64 %43, 32045
  ret i64 %44
}

; Function Attrs: noinline nounwind optnone
define internal void @from_jdn(i64 noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  store i64 %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %15 = load i64, ptr %5, align 8
  %16 = add nsw i64 %15, 32044
  store i64 %16, ptr %9, align 8
  %17 = load i64, ptr %9, align 8
  %18 = mul nsw i64 4, %17
  %19 = add nsw i64 %18, 3
  %20 = sdiv i64 %19, 146097
  store i64 %20, ptr %10, align 8
  %21 = load i64, ptr %9, align 8
  %22 = load i64, ptr %10, align 8
  %23 = mul nsw i64 146097, %22
  %24 = sdiv i64 %23, 4
  %25 = sub nsw i64 %21, %24
  store i64 %25, ptr %11, align 8
  %26 = load i64, ptr %11, align 8
  %27 = mul nsw i64 4, %26
  %28 = add nsw i64 %27, 3
  %29 = sdiv i64 %28, 1461
  store i64 %29, ptr %12, align 8
  %30 = load i64, ptr %11, align 8
  %31 = load i64, ptr %12, align 8
  %32 = mul nsw i64 1461, %31
  %33 = sdiv i64 %32, 4
  %34 = sub nsw i64 %30, %33
  store i64 %34, ptr %13, align 8
  %35 = load i64, ptr %13, align 8
  %36 = mul nsw i64 5, %35
  %37 = add nsw i64 %36, 2
  %38 = sdiv i64 %37, 153
  store i64 %38, ptr %14, align 8
  %39 = load i64, ptr %13, align 8
  %40 = load i64, ptr %14, align 8
  %41 = mul nsw i64 153, %40
  %42 = add nsw i64 %41, 2
  %43 = sdiv i64 %42, 5
  %44 = sub nsw i64 %39, %43
  %45 = add nsw i64 %44, 1
  %46 = trunc i64 %45 to i32
  %47 = load ptr, ptr %8, align 8
  store i32 %46, ptr %47, align 4
  %48 = load i64, ptr %14, align 8
  %49 = add nsw i64 %48, 3
  %50 = load i64, ptr %14, align 8
  %51 = sdiv i64 %50, 10
  %52 = mul nsw i64 12, %51
  %53 = sub nsw i64 %49, %52
  %54 = trunc i64 %53 to i32
  %55 = load ptr, ptr %7, align 8
  store i32 %54, ptr %55, align 4
  %56 = load i64, ptr %10, align 8
  %57 = mul nsw i64 100, %56
  %58 = load i64, ptr %12, align 8
  %59 = add nsw i64 %57, %58
  %60 = sub nsw i64 %59, 4800
  %61 = load i64, ptr %14, align 8
  %62 = sdiv i64 %61, 10
  %63 = add nsw i64 %60, %62
  %64 = trunc i64 %63 to i32
  %65 = load ptr, ptr %6, align 8
  store i32 %64, ptr %65, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @is_leap(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = srem i32 %3, 4
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %10

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = srem i32 %7, 100
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %14, label %10

10:                                               ; preds = %6, %1
  %11 = load i32, ptr %2, align 4
  %12 = srem i32 %11, 400
  %13 = icmp eq i32 %12, 0
  br label %14

14:                                               ; preds = %10, %6
  %15 = phi i1 [ true, %6 ], [ %13, %10 ]
  %16 = zext i1 %15 to i32
  ret i32 %16
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
