; ModuleID = 'nested_loops.c'
source_filename = "nested_loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i32 7, align 4
@sieve = internal global [20000 x i8] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i64 0, ptr %1, align 8
  %5 = load i32, ptr @g_seed, align 4
  store i32 %5, ptr %2, align 4
  store i32 1, ptr %3, align 4
  br label %6

6:                                                ; preds = %29, %0
  %7 = load i32, ptr %3, align 4
  %8 = icmp sle i32 %7, 300
  br i1 %8, label %9, label %32

9:                                                ; preds = %6
  store i32 1, ptr %4, align 4
  br label %10

10:                                               ; preds = %25, %9
  %11 = load i32, ptr %4, align 4
  %12 = load i32, ptr %3, align 4
  %13 = icmp sle i32 %11, %12
  br i1 %13, label %14, label %28

14:                                               ; preds = %10
  %15 = load i32, ptr %3, align 4
  %16 = load i32, ptr %4, align 4
  %17 = mul nsw i32 %15, %16
  %18 = sext i32 %17 to i64
  %19 = load i32, ptr %2, align 4
  %20 = add i32 %19, 3
  %21 = zext i32 %20 to i64
  %22 = urem i64 %18, %21
  %23 = load i64, ptr %1, align 8
  %24 = add i64 %23, %22
  store i64 %24, ptr %1, align 8
  br label %25

25:                                               ; preds = %14
  %26 = load i32, ptr %4, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %4, align 4
  br label %10, !llvm.loop !5

28:                                               ; preds = %10
  br label %29

29:                                               ; preds = %28
  %30 = load i32, ptr %3, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %3, align 4
  br label %6, !llvm.loop !7

32:                                               ; preds = %6
  %33 = call i64 @count_primes(i32 noundef 20000)
  %34 = shl i64 %33, 1
  %35 = load i64, ptr %1, align 8
  %36 = xor i64 %35, %34
  store i64 %36, ptr %1, align 8
  %37 = load i32, ptr %2, align 4
  %38 = call i64 @cube_walk(i32 noundef %37)
  %39 = load i64, ptr %1, align 8
  %40 = add i64 %39, %38
  store i64 %40, ptr %1, align 8
  %41 = load i64, ptr %1, align 8
  ret i64 %41
}

; Function Attrs: noinline nounwind optnone
define internal i64 @count_primes(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i64 0, ptr %3, align 8
  store i64 0, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %9

9:                                                ; preds = %17, %1
  %10 = load i32, ptr %5, align 4
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %20

13:                                               ; preds = %9
  %14 = load i32, ptr %5, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %15
  store i8 1, ptr %16, align 1
  br label %17

17:                                               ; preds = %13
  %18 = load i32, ptr %5, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %5, align 4
  br label %9, !llvm.loop !8

20:                                               ; preds = %9
  store i8 0, ptr getelementptr inbounds ([20000 x i8], ptr @sieve, i64 0, i64 1), align 1
  store i8 0, ptr @sieve, align 16
  store i32 2, ptr %6, align 4
  br label %21

21:                                               ; preds = %51, %20
  %22 = load i32, ptr %6, align 4
  %23 = load i32, ptr %6, align 4
  %24 = mul nsw i32 %22, %23
  %25 = load i32, ptr %2, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %54

27:                                               ; preds = %21
  %28 = load i32, ptr %6, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %29
  %31 = load i8, ptr %30, align 1
  %32 = icmp ne i8 %31, 0
  br i1 %32, label %33, label %50

33:                                               ; preds = %27
  %34 = load i32, ptr %6, align 4
  %35 = load i32, ptr %6, align 4
  %36 = mul nsw i32 %34, %35
  store i32 %36, ptr %7, align 4
  br label %37

37:                                               ; preds = %45, %33
  %38 = load i32, ptr %7, align 4
  %39 = load i32, ptr %2, align 4
  %40 = icmp slt i32 %38, %39
  br i1 %40, label %41, label %49

41:                                               ; preds = %37
  %42 = load i32, ptr %7, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %43
  store i8 0, ptr %44, align 1
  br label %45

45:                                               ; preds = %41
  %46 = load i32, ptr %6, align 4
  %47 = load i32, ptr %7, align 4
  %48 = add nsw i32 %47, %46
  store i32 %48, ptr %7, align 4
  br label %37, !llvm.loop !9

49:                                               ; preds = %37
  br label %50

50:                                               ; preds = %49, %27
  br label %51

51:                                               ; preds = %50
  %52 = load i32, ptr %6, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %6, align 4
  br label %21, !llvm.loop !10

54:                                               ; preds = %21
  store i32 0, ptr %8, align 4
  br label %55

55:                                               ; preds = %73, %54
  %56 = load i32, ptr %8, align 4
  %57 = load i32, ptr %2, align 4
  %58 = icmp slt i32 %56, %57
  br i1 %58, label %59, label %76

59:                                               ; preds = %55
  %60 = load i32, ptr %8, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %61
  %63 = load i8, ptr %62, align 1
  %64 = icmp ne i8 %63, 0
  br i1 %64, label %65, label %72

65:                                               ; preds = %59
  %66 = load i64, ptr %3, align 8
  %67 = add i64 %66, 1
  store i64 %67, ptr %3, align 8
  %68 = load i32, ptr %8, align 4
  %69 = sext i32 %68 to i64
  %70 = load i64, ptr %4, align 8
  %71 = add i64 %70, %69
  store i64 %71, ptr %4, align 8
  br label %72

72:                                               ; preds = %65, %59
  br label %73

73:                                               ; preds = %72
  %74 = load i32, ptr %8, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %8, align 4
  br label %55, !llvm.loop !11

76:                                               ; preds = %55
  %77 = load i64, ptr %3, align 8
  %78 = mul i64 %77, 1000003
  %79 = load i64, ptr %4, align 8
  %80 = add i64 %78, %79
  ret i64 %80
}

; Function Attrs: noinline nounwind optnone
define internal i64 @cube_walk(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %7

7:                                                ; preds = %42, %1
  %8 = load i32, ptr %4, align 4
  %9 = icmp ult i32 %8, 24
  br i1 %9, label %10, label %45

10:                                               ; preds = %7
  store i32 0, ptr %5, align 4
  br label %11

11:                                               ; preds = %38, %10
  %12 = load i32, ptr %5, align 4
  %13 = load i32, ptr %4, align 4
  %14 = icmp ule i32 %12, %13
  br i1 %14, label %15, label %41

15:                                               ; preds = %11
  %16 = load i32, ptr %5, align 4
  store i32 %16, ptr %6, align 4
  br label %17

17:                                               ; preds = %34, %15
  %18 = load i32, ptr %6, align 4
  %19 = icmp ult i32 %18, 24
  br i1 %19, label %20, label %37

20:                                               ; preds = %17
  %21 = load i64, ptr %3, align 8
  %22 = mul i64 %21, 31
  %23 = load i32, ptr %4, align 4
  %24 = load i32, ptr %2, align 4
  %25 = mul i32 %23, %24
  %26 = load i32, ptr %5, align 4
  %27 = load i32, ptr %6, align 4
  %28 = mul i32 %27, 7
  %29 = add i32 %26, %28
  %30 = xor i32 %25, %29
  %31 = urem i32 %30, 97
  %32 = zext i32 %31 to i64
  %33 = add i64 %22, %32
  store i64 %33, ptr %3, align 8
  br label %34

34:                                               ; preds = %20
  %35 = load i32, ptr %6, align 4
  %36 = add i32 %35, 1
  store i32 %36, ptr %6, align 4
  br label %17, !llvm.loop !12

37:                                               ; preds = %17
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %5, align 4
  %40 = add i32 %39, 1
  store i32 %40, ptr %5, align 4
  br label %11, !llvm.loop !13

41:                                               ; preds = %11
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %4, align 4
  %44 = add i32 %43, 1
  store i32 %44, ptr %4, align 4
  br label %7, !llvm.loop !14

45:                                               ; preds = %7
  %46 = load i64, ptr %3, align 8
  ret i64 %46
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
