; ModuleID = 'mergesort.c'
source_filename = "mergesort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i64 -7046029254386353131, align 8
@keys = internal global [2048 x i64] zeroinitializer, align 16
@keys2 = internal global [2048 x i64] zeroinitializer, align 16
@scratch = internal global [2048 x i64] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = load i64, ptr @g_seed, align 8
  store i64 %7, ptr %1, align 8
  store i32 2048, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %8

8:                                                ; preds = %39, %0
  %9 = load i32, ptr %3, align 4
  %10 = icmp slt i32 %9, 2048
  br i1 %10, label %11, label %42

11:                                               ; preds = %8
  %12 = load i64, ptr %1, align 8
  %13 = shl i64 %12, 13
  %14 = load i64, ptr %1, align 8
  %15 = xor i64 %14, %13
  store i64 %15, ptr %1, align 8
  %16 = load i64, ptr %1, align 8
  %17 = lshr i64 %16, 7
  %18 = load i64, ptr %1, align 8
  %19 = xor i64 %18, %17
  store i64 %19, ptr %1, align 8
  %20 = load i64, ptr %1, align 8
  %21 = shl i64 %20, 17
  %22 = load i64, ptr %1, align 8
  %23 = xor i64 %22, %21
  store i64 %23, ptr %1, align 8
  %24 = load i64, ptr %1, align 8
  %25 = lshr i64 %24, 1
  %26 = load i64, ptr %1, align 8
  %27 = lshr i64 %26, 2
  %28 = mul nsw i64 %27, 2
  %29 = sub nsw i64 %25, %28
  %30 = load i32, ptr %3, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [2048 x i64], ptr @keys, i64 0, i64 %31
  store i64 %29, ptr %32, align 8
  %33 = load i64, ptr %1, align 8
  %34 = urem i64 %33, 5000
  %35 = sub nsw i64 %34, 2500
  %36 = load i32, ptr %3, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %37
  store i64 %35, ptr %38, align 8
  br label %39

39:                                               ; preds = %11
  %40 = load i32, ptr %3, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %3, align 4
  br label %8, !llvm.loop !5

42:                                               ; preds = %8
  call void @merge_sort(ptr noundef @keys, i32 noundef 0, i32 noundef 2048, ptr noundef @scratch)
  call void @merge_sort_bottom_up(ptr noundef @keys2, i32 noundef 2043, ptr noundef @scratch)
  store i64 0, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %43

43:                                               ; preds = %63, %42
  %44 = load i32, ptr %5, align 4
  %45 = icmp slt i32 %44, 2048
  br i1 %45, label %46, label %66

46:                                               ; preds = %43
  %47 = load i64, ptr %4, align 8
  %48 = mul i64 %47, 6364136223846793005
  %49 = load i32, ptr %5, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [2048 x i64], ptr @keys, i64 0, i64 %50
  %52 = load i64, ptr %51, align 8
  %53 = add i64 %48, %52
  store i64 %53, ptr %4, align 8
  %54 = load i32, ptr %5, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %55
  %57 = load i64, ptr %56, align 8
  %58 = load i64, ptr %4, align 8
  %59 = lshr i64 %58, 29
  %60 = add i64 %57, %59
  %61 = load i64, ptr %4, align 8
  %62 = xor i64 %61, %60
  store i64 %62, ptr %4, align 8
  br label %63

63:                                               ; preds = %46
  %64 = load i32, ptr %5, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %5, align 4
  br label %43, !llvm.loop !7

66:                                               ; preds = %43
  store i32 1, ptr %6, align 4
  br label %67

67:                                               ; preds = %85, %66
  %68 = load i32, ptr %6, align 4
  %69 = icmp slt i32 %68, 2043
  br i1 %69, label %70, label %88

70:                                               ; preds = %67
  %71 = load i32, ptr %6, align 4
  %72 = sub nsw i32 %71, 1
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %73
  %75 = load i64, ptr %74, align 8
  %76 = load i32, ptr %6, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [2048 x i64], ptr @keys2, i64 0, i64 %77
  %79 = load i64, ptr %78, align 8
  %80 = icmp sgt i64 %75, %79
  br i1 %80, label %81, label %84

81:                                               ; preds = %70
  %82 = load i64, ptr %4, align 8
  %83 = add i64 %82, 1
  store i64 %83, ptr %4, align 8
  br label %84

84:                                               ; preds = %81, %70
  br label %85

85:                                               ; preds = %84
  %86 = load i32, ptr %6, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %6, align 4
  br label %67, !llvm.loop !8

88:                                               ; preds = %67
  %89 = load i64, ptr %4, align 8
  ret i64 %89
}

; Function Attrs: noinline nounwind optnone
define internal void @merge_sort(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store ptr %3, ptr %8, align 8
  %10 = load i32, ptr %7, align 4
  %11 = load i32, ptr %6, align 4
  %12 = sub nsw i32 %10, %11
  %13 = icmp slt i32 %12, 2
  br i1 %13, label %14, label %15

14:                                               ; preds = %4
  br label %35

15:                                               ; preds = %4
  %16 = load i32, ptr %6, align 4
  %17 = load i32, ptr %7, align 4
  %18 = load i32, ptr %6, align 4
  %19 = sub nsw i32 %17, %18
  %20 = sdiv i32 %19, 2
  %21 = add nsw i32 %16, %20
  store i32 %21, ptr %9, align 4
  %22 = load ptr, ptr %5, align 8
  %23 = load i32, ptr %6, align 4
  %24 = load i32, ptr %9, align 4
  %25 = load ptr, ptr %8, align 8
  call void @merge_sort(ptr noundef %22, i32 noundef %23, i32 noundef %24, ptr noundef %25)
  %26 = load ptr, ptr %5, align 8
  %27 = load i32, ptr %9, align 4
  %28 = load i32, ptr %7, align 4
  %29 = load ptr, ptr %8, align 8
  call void @merge_sort(ptr noundef %26, i32 noundef %27, i32 noundef %28, ptr noundef %29)
  %30 = load ptr, ptr %5, align 8
  %31 = load i32, ptr %6, align 4
  %32 = load i32, ptr %9, align 4
  %33 = load i32, ptr %7, align 4
  %34 = load ptr, ptr %8, align 8
  call void @merge(ptr noundef %30, i32 noundef %31, i32 noundef %32, i32 noundef %33, ptr noundef %34)
  br label %35

35:                                               ; preds = %15, %14
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @merge_sort_bottom_up(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  store i32 1, ptr %7, align 4
  br label %10

10:                                               ; preds = %50, %3
  %11 = load i32, ptr %7, align 4
  %12 = load i32, ptr %5, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %53

14:                                               ; preds = %10
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %44, %14
  %16 = load i32, ptr %8, align 4
  %17 = load i32, ptr %5, align 4
  %18 = load i32, ptr %7, align 4
  %19 = sub nsw i32 %17, %18
  %20 = icmp slt i32 %16, %19
  br i1 %20, label %21, label %49

21:                                               ; preds = %15
  %22 = load i32, ptr %8, align 4
  %23 = load i32, ptr %7, align 4
  %24 = mul nsw i32 2, %23
  %25 = add nsw i32 %22, %24
  %26 = load i32, ptr %5, align 4
  %27 = icmp slt i32 %25, %26
  br i1 %27, label %28, label %33

28:                                               ; preds = %21
  %29 = load i32, ptr %8, align 4
  %30 = load i32, ptr %7, align 4
  %31 = mul nsw i32 2, %30
  %32 = add nsw i32 %29, %31
  br label %35

33:                                               ; preds = %21
  %34 = load i32, ptr %5, align 4
  br label %35

35:                                               ; preds = %33, %28
  %36 = phi i32 [ %32, %28 ], [ %34, %33 ]
  store i32 %36, ptr %9, align 4
  %37 = load ptr, ptr %4, align 8
  %38 = load i32, ptr %8, align 4
  %39 = load i32, ptr %8, align 4
  %40 = load i32, ptr %7, align 4
  %41 = add nsw i32 %39, %40
  %42 = load i32, ptr %9, align 4
  %43 = load ptr, ptr %6, align 8
  call void @merge(ptr noundef %37, i32 noundef %38, i32 noundef %41, i32 noundef %42, ptr noundef %43)
  br label %44

44:                                               ; preds = %35
  %45 = load i32, ptr %7, align 4
  %46 = mul nsw i32 2, %45
  %47 = load i32, ptr %8, align 4
  %48 = add nsw i32 %47, %46
  store i32 %48, ptr %8, align 4
  br label %15, !llvm.loop !9

49:                                               ; preds = %15
  br label %50

50:                                               ; preds = %49
  %51 = load i32, ptr %7, align 4
  %52 = mul nsw i32 %51, 2
  store i32 %52, ptr %7, align 4
  br label %10, !llvm.loop !10

53:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @merge(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store i32 %3, ptr %9, align 4
  store ptr %4, ptr %10, align 8
  %14 = load i32, ptr %7, align 4
  store i32 %14, ptr %11, align 4
  %15 = load i32, ptr %8, align 4
  store i32 %15, ptr %12, align 4
  %16 = load i32, ptr %7, align 4
  store i32 %16, ptr %13, align 4
  br label %17

17:                                               ; preds = %53, %5
  %18 = load i32, ptr %11, align 4
  %19 = load i32, ptr %8, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %25

21:                                               ; preds = %17
  %22 = load i32, ptr %12, align 4
  %23 = load i32, ptr %9, align 4
  %24 = icmp slt i32 %22, %23
  br label %25

25:                                               ; preds = %21, %17
  %26 = phi i1 [ false, %17 ], [ %24, %21 ]
  br i1 %26, label %27, label %60

27:                                               ; preds = %25
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %11, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i64, ptr %28, i64 %30
  %32 = load i64, ptr %31, align 8
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i64, ptr %33, i64 %35
  %37 = load i64, ptr %36, align 8
  %38 = icmp sle i64 %32, %37
  br i1 %38, label %39, label %46

39:                                               ; preds = %27
  %40 = load ptr, ptr %6, align 8
  %41 = load i32, ptr %11, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %11, align 4
  %43 = sext i32 %41 to i64
  %44 = getelementptr inbounds i64, ptr %40, i64 %43
  %45 = load i64, ptr %44, align 8
  br label %53

46:                                               ; preds = %27
  %47 = load ptr, ptr %6, align 8
  %48 = load i32, ptr %12, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %12, align 4
  %50 = sext i32 %48 to i64
  %51 = getelementptr inbounds i64, ptr %47, i64 %50
  %52 = load i64, ptr %51, align 8
  br label %53

53:                                               ; preds = %46, %39
  %54 = phi i64 [ %45, %39 ], [ %52, %46 ]
  %55 = load ptr, ptr %10, align 8
  %56 = load i32, ptr %13, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %13, align 4
  %58 = sext i32 %56 to i64
  %59 = getelementptr inbounds i64, ptr %55, i64 %58
  store i64 %54, ptr %59, align 8
  br label %17, !llvm.loop !11

60:                                               ; preds = %25
  br label %61

61:                                               ; preds = %65, %60
  %62 = load i32, ptr %11, align 4
  %63 = load i32, ptr %8, align 4
  %64 = icmp slt i32 %62, %63
  br i1 %64, label %65, label %77

65:                                               ; preds = %61
  %66 = load ptr, ptr %6, align 8
  %67 = load i32, ptr %11, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %11, align 4
  %69 = sext i32 %67 to i64
  %70 = getelementptr inbounds i64, ptr %66, i64 %69
  %71 = load i64, ptr %70, align 8
  %72 = load ptr, ptr %10, align 8
  %73 = load i32, ptr %13, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %13, align 4
  %75 = sext i32 %73 to i64
  %76 = getelementptr inbounds i64, ptr %72, i64 %75
  store i64 %71, ptr %76, align 8
  br label %61, !llvm.loop !12

77:                                               ; preds = %61
  br label %78

78:                                               ; preds = %82, %77
  %79 = load i32, ptr %12, align 4
  %80 = load i32, ptr %9, align 4
  %81 = icmp slt i32 %79, %80
  br i1 %81, label %82, label %94

82:                                               ; preds = %78
  %83 = load ptr, ptr %6, align 8
  %84 = load i32, ptr %12, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %12, align 4
  %86 = sext i32 %84 to i64
  %87 = getelementptr inbounds i64, ptr %83, i64 %86
  %88 = load i64, ptr %87, align 8
  %89 = load ptr, ptr %10, align 8
  %90 = load i32, ptr %13, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %13, align 4
  %92 = sext i32 %90 to i64
  %93 = getelementptr inbounds i64, ptr %89, i64 %92
  store i64 %88, ptr %93, align 8
  br label %78, !llvm.loop !13

94:                                               ; preds = %78
  %95 = load ptr, ptr %6, align 8
  %96 = load i32, ptr %7, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds i64, ptr %95, i64 %97
  %99 = load ptr, ptr %10, align 8
  %100 = load i32, ptr %7, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds i64, ptr %99, i64 %101
  %103 = load i32, ptr %9, align 4
  %104 = load i32, ptr %7, align 4
  %105 = sub nsw i32 %103, %104
  %106 = sext i32 %105 to i64
  %107 = mul i64 %106, 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %98, ptr align 8 %102, i64 %107, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

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
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
