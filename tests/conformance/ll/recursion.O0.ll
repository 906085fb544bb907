; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_n = dso_local global i32 20, align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = load i32, ptr @g_n, align 4
  store i32 %6, ptr %1, align 4
  %7 = load i32, ptr %1, align 4
  %8 = call i64 @fib(i32 noundef %7)
  store i64 %8, ptr %2, align 8
  %9 = load i64, ptr %2, align 8
  %10 = mul i64 %9, 131
  %11 = load i32, ptr %1, align 4
  %12 = call i32 @ackermann(i32 noundef 2, i32 noundef %11)
  %13 = zext i32 %12 to i64
  %14 = add i64 %10, %13
  store i64 %14, ptr %2, align 8
  %15 = load i64, ptr %2, align 8
  %16 = mul i64 %15, 131
  %17 = call i32 @ackermann(i32 noundef 3, i32 noundef 4)
  %18 = zext i32 %17 to i64
  %19 = add i64 %16, %18
  store i64 %19, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %20

20:                                               ; preds = %33, %0
  %21 = load i32, ptr %3, align 4
  %22 = icmp ult i32 %21, 200
  br i1 %22, label %23, label %36

23:                                               ; preds = %20
  %24 = load i64, ptr %2, align 8
  %25 = mul i64 %24, 3
  %26 = load i32, ptr %3, align 4
  %27 = mul i32 %26, 7
  %28 = load i32, ptr %1, align 4
  %29 = add i32 %27, %28
  %30 = call i32 @is_even(i32 noundef %29)
  %31 = sext i32 %30 to i64
  %32 = add i64 %25, %31
  store i64 %32, ptr %2, align 8
  br label %33

33:                                               ; preds = %23
  %34 = load i32, ptr %3, align 4
  %35 = add i32 %34, 1
  store i32 %35, ptr %3, align 4
  br label %20, !llvm.loop !5

36:                                               ; preds = %20
  store i64 1, ptr %4, align 8
  br label %37

37:                                               ; preds = %52, %36
  %38 = load i64, ptr %4, align 8
  %39 = icmp ult i64 %38, 60
  br i1 %39, label %40, label %55

40:                                               ; preds = %37
  %41 = load i64, ptr %4, align 8
  %42 = mul i64 %41, 1071
  %43 = load i32, ptr %1, align 4
  %44 = sext i32 %43 to i64
  %45 = add i64 %42, %44
  %46 = load i64, ptr %4, align 8
  %47 = mul i64 %46, 462
  %48 = add i64 %47, 17
  %49 = call i64 @gcd(i64 noundef %45, i64 noundef %48)
  %50 = load i64, ptr %2, align 8
  %51 = add i64 %50, %49
  store i64 %51, ptr %2, align 8
  br label %52

52:                                               ; preds = %40
  %53 = load i64, ptr %4, align 8
  %54 = add i64 %53, 1
  store i64 %54, ptr %4, align 8
  br label %37, !llvm.loop !7

55:                                               ; preds = %37
  store i32 0, ptr %5, align 4
  %56 = call i32 @hanoi_moves(i32 noundef 12, i32 noundef 0, i32 noundef 2, i32 noundef 1, ptr noundef %5)
  %57 = sext i32 %56 to i64
  %58 = load i64, ptr %2, align 8
  %59 = add i64 %58, %57
  store i64 %59, ptr %2, align 8
  %60 = load i64, ptr %2, align 8
  %61 = load i32, ptr %5, align 4
  %62 = sext i32 %61 to i64
  %63 = xor i64 %60, %62
  ret i64 %63
}

; Function Attrs: noinline nounwind optnone
define internal i64 @fib(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp slt i32 %3, 2
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4
  %7 = sext i32 %6 to i64
  br label %16

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4
  %10 = sub nsw i32 %9, 1
  %11 = call i64 @fib(i32 noundef %10)
  %12 = load i32, ptr %2, align 4
  %13 = sub nsw i32 %12, 2
  %14 = call i64 @fib(i32 noundef %13)
  %15 = add nsw i64 %11, %14
  br label %16

16:                                               ; preds = %8, %5
  %17 = phi i64 [ %7, %5 ], [ %15, %8 ]
  ret i64 %17
}

; Function Attrs: noinline nounwind optnone
define internal i32 @ackermann(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i32, ptr %5, align 4
  %10 = add i32 %9, 1
  store i32 %10, ptr %3, align 4
  br label %26

11:                                               ; preds = %2
  %12 = load i32, ptr %5, align 4
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %18

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4
  %16 = sub i32 %15, 1
  %17 = call i32 @ackermann(i32 noundef %16, i32 noundef 1)
  store i32 %17, ptr %3, align 4
  br label %26

18:                                               ; preds = %11
  %19 = load i32, ptr %4, align 4
  %20 = sub i32 %19, 1
  %21 = load i32, ptr %4, align 4
  %22 = load i32, ptr %5, align 4
  %23 = sub i32 %22, 1
  %24 = call i32 @ackermann(i32 noundef %21, i32 noundef %23)
  %25 = call i32 @ackermann(i32 noundef %20, i32 noundef %24)
  store i32 %25, ptr %3, align 4
  br label %26

26:                                               ; preds = %18, %14, %8
  %27 = load i32, ptr %3, align 4
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone
define internal i32 @is_even(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %10

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sub i32 %7, 1
  %9 = call i32 @is_odd(i32 noundef %8)
  br label %10

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 1, %5 ], [ %9, %6 ]
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define internal i64 @gcd(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8
  br label %15

9:                                                ; preds = %2
  %10 = load i64, ptr %4, align 8
  %11 = load i64, ptr %3, align 8
  %12 = load i64, ptr %4, align 8
  %13 = urem i64 %11, %12
  %14 = call i64 @gcd(i64 noundef %10, i64 noundef %13)
  br label %15

15:                                               ; preds = %9, %7
  %16 = phi i64 [ %8, %7 ], [ %14, %9 ]
  ret i64 %16
}

; Function Attrs: noinline nounwind optnone
define internal i32 @hanoi_moves(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, ptr noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  store i32 %0, ptr %7, align 4
  store i32 %1, ptr %8, align 4
  store i32 %2, ptr %9, align 4
  store i32 %3, ptr %10, align 4
  store ptr %4, ptr %11, align 8
  %13 = load i32, ptr %7, align 4
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %16

15:                                               ; preds = %5
  store i32 0, ptr %6, align 4
  br label %46

16:                                               ; preds = %5
  %17 = load i32, ptr %7, align 4
  %18 = sub nsw i32 %17, 1
  %19 = load i32, ptr %8, align 4
  %20 = load i32, ptr %10, align 4
  %21 = load i32, ptr %9, align 4
  %22 = load ptr, ptr %11, align 8
  %23 = call i32 @hanoi_moves(i32 noundef %18, i32 noundef %19, i32 noundef %20, i32 noundef %21, ptr noundef %22)
  store i32 %23, ptr %12, align 4
  %24 = load ptr, ptr %11, align 8
  %25 = load i32, ptr %24, align 4
  %26 = mul nsw i32 %25, 3
  %27 = load i32, ptr %8, align 4
  %28 = mul nsw i32 %27, 2
  %29 = add nsw i32 %26, %28
  %30 = load i32, ptr %9, align 4
  %31 = add nsw i32 %29, %30
  %32 = load ptr, ptr %11, align 8
  store i32 %31, ptr %32, align 4
  %33 = load ptr, ptr %11, align 8
  %34 = load i32, ptr %33, align 4
  %35 = srem i32 %34, 1000003
  store i32 %35, ptr %33, align 4
  %36 = load i32, ptr %12, align 4
  %37 = add nsw i32 %36, 1
  %38 = load i32, ptr %7, align 4
  %39 = sub nsw i32 %38, 1
  %40 = load i32, ptr %10, align 4
  %41 = load i32, ptr %9, align 4
  %42 = load i32, ptr %8, align 4
  %43 = load ptr, ptr %11, align 8
  %44 = call i32 @hanoi_moves(i32 noundef %39, i32 noundef %40, i32 noundef %41, i32 noundef %42, ptr noundef %43)
  %45 = add nsw i32 %37, %44
  store i32 %45, ptr %6, align 4
  br label %46

46:                                               ; preds = %16, %15
  %47 = load i32, ptr %6, align 4
  ret i32 %47
}

; Function Attrs: noinline nounwind optnone
define internal i32 @is_odd(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %10

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sub i32 %7, 1
  %9 = call i32 @is_even(i32 noundef %8)
  br label %10

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 0, %5 ], [ %9, %6 ]
  ret i32 %11
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
