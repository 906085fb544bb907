; ModuleID = 'fixed_point.c'
source_filename = "fixed_point.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_input = dso_local global i32 196608, align 4
@fix_sin.divisors = internal constant [3 x i32] [i32 6, i32 20, i32 42], align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = load i32, ptr @g_input, align 4
  store i32 %10, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 1, ptr %3, align 4
  br label %11

11:                                               ; preds = %53, %0
  %12 = load i32, ptr %3, align 4
  %13 = icmp sle i32 %12, 400
  br i1 %13, label %14, label %56

14:                                               ; preds = %11
  %15 = load i32, ptr %1, align 4
  %16 = load i32, ptr %3, align 4
  %17 = mul nsw i32 %16, 977
  %18 = add nsw i32 %15, %17
  store i32 %18, ptr %4, align 4
  %19 = load i32, ptr %3, align 4
  %20 = mul nsw i32 %19, 1311
  %21 = sub nsw i32 %20, 327680
  store i32 %21, ptr %5, align 4
  %22 = load i64, ptr %2, align 8
  %23 = mul nsw i64 %22, 3
  %24 = srem i64 %23, 1000000000039
  %25 = load i32, ptr %4, align 4
  %26 = load i32, ptr %5, align 4
  %27 = call i32 @fix_mul(i32 noundef %25, i32 noundef %26)
  %28 = sext i32 %27 to i64
  %29 = add nsw i64 %24, %28
  store i64 %29, ptr %2, align 8
  %30 = load i32, ptr %5, align 4
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %32, label %39

32:                                               ; preds = %14
  %33 = load i32, ptr %4, align 4
  %34 = load i32, ptr %5, align 4
  %35 = call i32 @fix_div(i32 noundef %33, i32 noundef %34)
  %36 = sext i32 %35 to i64
  %37 = load i64, ptr %2, align 8
  %38 = add nsw i64 %37, %36
  store i64 %38, ptr %2, align 8
  br label %39

39:                                               ; preds = %32, %14
  %40 = load i32, ptr %4, align 4
  %41 = call i32 @fix_sqrt(i32 noundef %40)
  %42 = sext i32 %41 to i64
  %43 = load i64, ptr %2, align 8
  %44 = add nsw i64 %43, %42
  store i64 %44, ptr %2, align 8
  %45 = load i32, ptr %3, align 4
  %46 = srem i32 %45, 400
  %47 = mul nsw i32 %46, 1029
  %48 = sub nsw i32 %47, 205887
  %49 = call i32 @fix_sin(i32 noundef %48)
  %50 = sext i32 %49 to i64
  %51 = load i64, ptr %2, align 8
  %52 = xor i64 %51, %50
  store i64 %52, ptr %2, align 8
  br label %53

53:                                               ; preds = %39
  %54 = load i32, ptr %3, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %3, align 4
  br label %11, !llvm.loop !5

56:                                               ; preds = %11
  store i32 0, ptr %6, align 4
  store i32 8192, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %57

57:                                               ; preds = %83, %56
  %58 = load i32, ptr %8, align 4
  %59 = icmp slt i32 %58, 2000
  br i1 %59, label %60, label %86

60:                                               ; preds = %57
  %61 = load i32, ptr %8, align 4
  %62 = sdiv i32 %61, 50
  %63 = srem i32 %62, 2
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %65, label %67

65:                                               ; preds = %60
  %66 = load i32, ptr %1, align 4
  br label %70

67:                                               ; preds = %60
  %68 = load i32, ptr %1, align 4
  %69 = sub nsw i32 0, %68
  br label %70

70:                                               ; preds = %67, %65
  %71 = phi i32 [ %66, %65 ], [ %69, %67 ]
  store i32 %71, ptr %9, align 4
  %72 = load i32, ptr %7, align 4
  %73 = load i32, ptr %9, align 4
  %74 = load i32, ptr %6, align 4
  %75 = sub nsw i32 %73, %74
  %76 = call i32 @fix_mul(i32 noundef %72, i32 noundef %75)
  %77 = load i32, ptr %6, align 4
  %78 = add nsw i32 %77, %76
  store i32 %78, ptr %6, align 4
  %79 = load i32, ptr %6, align 4
  %80 = sext i32 %79 to i64
  %81 = load i64, ptr %2, align 8
  %82 = add nsw i64 %81, %80
  store i64 %82, ptr %2, align 8
  br label %83

83:                                               ; preds = %70
  %84 = load i32, ptr %8, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %8, align 4
  br label %57, !llvm.loop !7

86:                                               ; preds = %57
  %87 = load i64, ptr %2, align 8
  ret i64 %87
}

; Function Attrs: noinline nounwind optnone
define internal i32 @fix_mul(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = sext i32 %5 to i64
  %7 = load i32, ptr %4, align 4
  %8 = sext i32 %7 to i64
  %9 = mul nsw i64 %6, %8
  %10 = ashr i64 %9, 16
  %11 = trunc i64 %10 to i32
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define internal i32 @fix_div(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = sext i32 %5 to i64
  %7 = mul nsw i64 %6, 65536
  %8 = load i32, ptr %4, align 4
  %9 = sext i32 %8 to i64
  %10 = sdiv i64 %7, %9
  %11 = trunc i64 %10 to i32
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define internal i32 @fix_sqrt(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %7 = load i32, ptr %3, align 4
  %8 = icmp sle i32 %7, 0
  br i1 %8, label %9, label %10

9:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %40

10:                                               ; preds = %1
  %11 = load i32, ptr %3, align 4
  %12 = icmp sgt i32 %11, 65536
  br i1 %12, label %13, label %16

13:                                               ; preds = %10
  %14 = load i32, ptr %3, align 4
  %15 = sdiv i32 %14, 2
  br label %17

16:                                               ; preds = %10
  br label %17

17:                                               ; preds = %16, %13
  %18 = phi i32 [ %15, %13 ], [ 65536, %16 ]
  store i32 %18, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %19

19:                                               ; preds = %35, %17
  %20 = load i32, ptr %5, align 4
  %21 = icmp slt i32 %20, 20
  br i1 %21, label %22, label %38

22:                                               ; preds = %19
  %23 = load i32, ptr %4, align 4
  %24 = load i32, ptr %3, align 4
  %25 = load i32, ptr %4, align 4
  %26 = call i32 @fix_div(i32 noundef %24, i32 noundef %25)
  %27 = add nsw i32 %23, %26
  %28 = sdiv i32 %27, 2
  store i32 %28, ptr %6, align 4
  %29 = load i32, ptr %6, align 4
  %30 = load i32, ptr %4, align 4
  %31 = icmp eq i32 %29, %30
  br i1 %31, label %32, label %33

32:                                               ; preds = %22
  br label %38

33:                                               ; preds = %22
  %34 = load i32, ptr %6, align 4
  store i32 %34, ptr %4, align 4
  br label %35

35:                                               ; preds = %33
  %36 = load i32, ptr %5, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %5, align 4
  br label %19, !llvm.loop !8

38:                                               ; preds = %32, %19
  %39 = load i32, ptr %4, align 4
  store i32 %39, ptr %2, align 4
  br label %40

40:                                               ; preds = %38, %9
  %41 = load i32, ptr %2, align 4
  ret i32 %41
}

; Function Attrs: noinline nounwind optnone
define internal i32 @fix_sin(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %7 = load i32, ptr %2, align 4
  %8 = load i32, ptr %2, align 4
  %9 = call i32 @fix_mul(i32 noundef %7, i32 noundef %8)
  store i32 %9, ptr %3, align 4
  %10 = load i32, ptr %2, align 4
  store i32 %10, ptr %4, align 4
  %11 = load i32, ptr %2, align 4
  store i32 %11, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %12

12:                                               ; preds = %28, %1
  %13 = load i32, ptr %6, align 4
  %14 = icmp slt i32 %13, 3
  br i1 %14, label %15, label %31

15:                                               ; preds = %12
  %16 = load i32, ptr %4, align 4
  %17 = load i32, ptr %3, align 4
  %18 = call i32 @fix_mul(i32 noundef %16, i32 noundef %17)
  %19 = sub nsw i32 0, %18
  %20 = load i32, ptr %6, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [3 x i32], ptr @fix_sin.divisors, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = sdiv i32 %19, %23
  store i32 %24, ptr %4, align 4
  %25 = load i32, ptr %4, align 4
  %26 = load i32, ptr %5, align 4
  %27 = add nsw i32 %26, %25
  store i32 %27, ptr %5, align 4
  br label %28

28:                                               ; preds = %15
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4
  br label %12, !llvm.loop !9

31:                                               ; preds = %12
  %32 = load i32, ptr %5, align 4
  ret i32 %32
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
