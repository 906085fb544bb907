; ModuleID = 'insertion_sort.c'
source_filename = "insertion_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i16 4242, align 2
@a3 = internal global [600 x i16] zeroinitializer, align 16
@a2 = internal global [600 x i16] zeroinitializer, align 16
@a1 = internal global [600 x i16] zeroinitializer, align 16
@comparisons = internal global i64 0, align 8
@shell_sort.gaps = internal constant [8 x i32] [i32 701, i32 301, i32 132, i32 57, i32 23, i32 10, i32 4, i32 1], align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i16, align 2
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = load i16, ptr @g_seed, align 2
  store i16 %5, ptr %1, align 2
  store i32 0, ptr %2, align 4
  br label %6

6:                                                ; preds = %25, %0
  %7 = load i32, ptr %2, align 4
  %8 = icmp slt i32 %7, 600
  br i1 %8, label %9, label %28

9:                                                ; preds = %6
  %10 = load i16, ptr %1, align 2
  %11 = zext i16 %10 to i32
  %12 = mul i32 %11, 25173
  %13 = add i32 %12, 13849
  %14 = trunc i32 %13 to i16
  store i16 %14, ptr %1, align 2
  %15 = load i16, ptr %1, align 2
  %16 = load i32, ptr %2, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %17
  store i16 %15, ptr %18, align 2
  %19 = load i32, ptr %2, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %20
  store i16 %15, ptr %21, align 2
  %22 = load i32, ptr %2, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %23
  store i16 %15, ptr %24, align 2
  br label %25

25:                                               ; preds = %9
  %26 = load i32, ptr %2, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %2, align 4
  br label %6, !llvm.loop !5

28:                                               ; preds = %6
  store i64 0, ptr @comparisons, align 8
  call void @insertion_sort(ptr noundef @a1, i32 noundef 600)
  call void @binary_insertion_sort(ptr noundef @a2, i32 noundef 600)
  call void @shell_sort(ptr noundef @a3, i32 noundef 600)
  %29 = load i64, ptr @comparisons, align 8
  store i64 %29, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %30

30:                                               ; preds = %71, %28
  %31 = load i32, ptr %4, align 4
  %32 = icmp slt i32 %31, 600
  br i1 %32, label %33, label %74

33:                                               ; preds = %30
  %34 = load i64, ptr %3, align 8
  %35 = mul nsw i64 %34, 33
  %36 = load i32, ptr %4, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %37
  %39 = load i16, ptr %38, align 2
  %40 = sext i16 %39 to i64
  %41 = add nsw i64 %35, %40
  store i64 %41, ptr %3, align 8
  %42 = load i32, ptr %4, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [600 x i16], ptr @a1, i64 0, i64 %43
  %45 = load i16, ptr %44, align 2
  %46 = sext i16 %45 to i32
  %47 = load i32, ptr %4, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %48
  %50 = load i16, ptr %49, align 2
  %51 = sext i16 %50 to i32
  %52 = icmp ne i32 %46, %51
  br i1 %52, label %65, label %53

53:                                               ; preds = %33
  %54 = load i32, ptr %4, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [600 x i16], ptr @a2, i64 0, i64 %55
  %57 = load i16, ptr %56, align 2
  %58 = sext i16 %57 to i32
  %59 = load i32, ptr %4, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [600 x i16], ptr @a3, i64 0, i64 %60
  %62 = load i16, ptr %61, align 2
  %63 = sext i16 %62 to i32
  %64 = icmp ne i32 %58, %63
  br i1 %64, label %65, label %68

65:                                               ; preds = %53, %33
  %66 = load i64, ptr %3, align 8
  %67 = add nsw i64 %66, 1000000007
  store i64 %67, ptr %3, align 8
  br label %68

68:                                               ; preds = %65, %53
  %69 = load i64, ptr %3, align 8
  %70 = srem i64 %69, 1000000000039
  store i64 %70, ptr %3, align 8
  br label %71

71:                                               ; preds = %68
  %72 = load i32, ptr %4, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %4, align 4
  br label %30, !llvm.loop !7

74:                                               ; preds = %30
  %75 = load i64, ptr %3, align 8
  ret i64 %75
}

; Function Attrs: noinline nounwind optnone
define internal void @insertion_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i16, align 2
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 1, ptr %5, align 4
  br label %8

8:                                                ; preds = %57, %2
  %9 = load i32, ptr %5, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %60

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %5, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i16, ptr %13, i64 %15
  %17 = load i16, ptr %16, align 2
  store i16 %17, ptr %6, align 2
  %18 = load i32, ptr %5, align 4
  %19 = sub nsw i32 %18, 1
  store i32 %19, ptr %7, align 4
  br label %20

20:                                               ; preds = %37, %12
  %21 = load i32, ptr %7, align 4
  %22 = icmp sge i32 %21, 0
  br i1 %22, label %23, label %35

23:                                               ; preds = %20
  %24 = load i64, ptr @comparisons, align 8
  %25 = add i64 %24, 1
  store i64 %25, ptr @comparisons, align 8
  %26 = load ptr, ptr %3, align 8
  %27 = load i32, ptr %7, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i16, ptr %26, i64 %28
  %30 = load i16, ptr %29, align 2
  %31 = sext i16 %30 to i32
  %32 = load i16, ptr %6, align 2
  %33 = sext i16 %32 to i32
  %34 = icmp sgt i32 %31, %33
  br label %35

35:                                               ; preds = %23, %20
  %36 = phi i1 [ false, %20 ], [ %34, %23 ]
  br i1 %36, label %37, label %50

37:                                               ; preds = %35
  %38 = load ptr, ptr %3, align 8
  %39 = load i32, ptr %7, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i16, ptr %38, i64 %40
  %42 = load i16, ptr %41, align 2
  %43 = load ptr, ptr %3, align 8
  %44 = load i32, ptr %7, align 4
  %45 = add nsw i32 %44, 1
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds i16, ptr %43, i64 %46
  store i16 %42, ptr %47, align 2
  %48 = load i32, ptr %7, align 4
  %49 = add nsw i32 %48, -1
  store i32 %49, ptr %7, align 4
  br label %20, !llvm.loop !8

50:                                               ; preds = %35
  %51 = load i16, ptr %6, align 2
  %52 = load ptr, ptr %3, align 8
  %53 = load i32, ptr %7, align 4
  %54 = add nsw i32 %53, 1
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i16, ptr %52, i64 %55
  store i16 %51, ptr %56, align 2
  br label %57

57:                                               ; preds = %50
  %58 = load i32, ptr %5, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %5, align 4
  br label %8, !llvm.loop !9

60:                                               ; preds = %8
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @binary_insertion_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i16, align 2
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 1, ptr %5, align 4
  br label %11

11:                                               ; preds = %74, %2
  %12 = load i32, ptr %5, align 4
  %13 = load i32, ptr %4, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %77

15:                                               ; preds = %11
  %16 = load ptr, ptr %3, align 8
  %17 = load i32, ptr %5, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i16, ptr %16, i64 %18
  %20 = load i16, ptr %19, align 2
  store i16 %20, ptr %6, align 2
  store i32 0, ptr %7, align 4
  %21 = load i32, ptr %5, align 4
  store i32 %21, ptr %8, align 4
  br label %22

22:                                               ; preds = %47, %15
  %23 = load i32, ptr %7, align 4
  %24 = load i32, ptr %8, align 4
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %48

26:                                               ; preds = %22
  %27 = load i32, ptr %7, align 4
  %28 = load i32, ptr %8, align 4
  %29 = add nsw i32 %27, %28
  %30 = ashr i32 %29, 1
  store i32 %30, ptr %9, align 4
  %31 = load i64, ptr @comparisons, align 8
  %32 = add i64 %31, 1
  store i64 %32, ptr @comparisons, align 8
  %33 = load ptr, ptr %3, align 8
  %34 = load i32, ptr %9, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i16, ptr %33, i64 %35
  %37 = load i16, ptr %36, align 2
  %38 = sext i16 %37 to i32
  %39 = load i16, ptr %6, align 2
  %40 = sext i16 %39 to i32
  %41 = icmp sle i32 %38, %40
  br i1 %41, label %42, label %45

42:                                               ; preds = %26
  %43 = load i32, ptr %9, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %7, align 4
  br label %47

45:                                               ; preds = %26
  %46 = load i32, ptr %9, align 4
  store i32 %46, ptr %8, align 4
  br label %47

47:                                               ; preds = %45, %42
  br label %22, !llvm.loop !10

48:                                               ; preds = %22
  %49 = load i32, ptr %5, align 4
  store i32 %49, ptr %10, align 4
  br label %50

50:                                               ; preds = %65, %48
  %51 = load i32, ptr %10, align 4
  %52 = load i32, ptr %7, align 4
  %53 = icmp sgt i32 %51, %52
  br i1 %53, label %54, label %68

54:                                               ; preds = %50
  %55 = load ptr, ptr %3, align 8
  %56 = load i32, ptr %10, align 4
  %57 = sub nsw i32 %56, 1
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i16, ptr %55, i64 %58
  %60 = load i16, ptr %59, align 2
  %61 = load ptr, ptr %3, align 8
  %62 = load i32, ptr %10, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds i16, ptr %61, i64 %63
  store i16 %60, ptr %64, align 2
  br label %65

65:                                               ; preds = %54
  %66 = load i32, ptr %10, align 4
  %67 = add nsw i32 %66, -1
  store i32 %67, ptr %10, align 4
  br label %50, !llvm.loop !11

68:                                               ; preds = %50
  %69 = load i16, ptr %6, align 2
  %70 = load ptr, ptr %3, align 8
  %71 = load i32, ptr %7, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds i16, ptr %70, i64 %72
  store i16 %69, ptr %73, align 2
  br label %74

74:                                               ; preds = %68
  %75 = load i32, ptr %5, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %5, align 4
  br label %11, !llvm.loop !12

77:                                               ; preds = %11
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @shell_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i16, align 2
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %10

10:                                               ; preds = %76, %2
  %11 = load i32, ptr %5, align 4
  %12 = icmp slt i32 %11, 8
  br i1 %12, label %13, label %79

13:                                               ; preds = %10
  %14 = load i32, ptr %5, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [8 x i32], ptr @shell_sort.gaps, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4
  store i32 %17, ptr %6, align 4
  %18 = load i32, ptr %6, align 4
  store i32 %18, ptr %7, align 4
  br label %19

19:                                               ; preds = %72, %13
  %20 = load i32, ptr %7, align 4
  %21 = load i32, ptr %4, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %75

23:                                               ; preds = %19
  %24 = load ptr, ptr %3, align 8
  %25 = load i32, ptr %7, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i16, ptr %24, i64 %26
  %28 = load i16, ptr %27, align 2
  store i16 %28, ptr %8, align 2
  %29 = load i32, ptr %7, align 4
  store i32 %29, ptr %9, align 4
  br label %30

30:                                               ; preds = %62, %23
  %31 = load i32, ptr %9, align 4
  %32 = load i32, ptr %6, align 4
  %33 = icmp sge i32 %31, %32
  br i1 %33, label %34, label %48

34:                                               ; preds = %30
  %35 = load i64, ptr @comparisons, align 8
  %36 = add i64 %35, 1
  store i64 %36, ptr @comparisons, align 8
  %37 = load ptr, ptr %3, align 8
  %38 = load i32, ptr %9, align 4
  %39 = load i32, ptr %6, align 4
  %40 = sub nsw i32 %38, %39
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds i16, ptr %37, i64 %41
  %43 = load i16, ptr %42, align 2
  %44 = sext i16 %43 to i32
  %45 = load i16, ptr %8, align 2
  %46 = sext i16 %45 to i32
  %47 = icmp sgt i32 %44, %46
  br label %48

48:                                               ; preds = %34, %30
  %49 = phi i1 [ false, %30 ], [ %47, %34 ]
  br i1 %49, label %50, label %66

50:                                               ; preds = %48
  %51 = load ptr, ptr %3, align 8
  %52 = load i32, ptr %9, align 4
  %53 = load i32, ptr %6, align 4
  %54 = sub nsw i32 %52, %53
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i16, ptr %51, i64 %55
  %57 = load i16, ptr %56, align 2
  %58 = load ptr, ptr %3, align 8
  %59 = load i32, ptr %9, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i16, ptr %58, i64 %60
  store i16 %57, ptr %61, align 2
  br label %62

62:                                               ; preds = %50
  %63 = load i32, ptr %6, align 4
  %64 = load i32, ptr %9, align 4
  %65 = sub nsw i32 %64, %63
  store i32 %65, ptr %9, align 4
  br label %30, !llvm.loop !13

66:                                               ; preds = %48
  %67 = load i16, ptr %8, align 2
  %68 = load ptr, ptr %3, align 8
  %69 = load i32, ptr %9, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds i16, ptr %68, i64 %70
  store i16 %67, ptr %71, align 2
  br label %72

72:                                               ; preds = %66
  %73 = load i32, ptr %7, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %7, align 4
  br label %19, !llvm.loop !14

75:                                               ; preds = %19
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %5, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %5, align 4
  br label %10, !llvm.loop !15

79:                                               ; preds = %10
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
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
