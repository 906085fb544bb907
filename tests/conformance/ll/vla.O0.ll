; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_rows = dso_local global i32 40, align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i64 0, ptr %1, align 8
  %9 = load i32, ptr @g_rows, align 4
  store i32 %9, ptr %2, align 4
  store i32 1, ptr %3, align 4
  br label %10

10:                                               ; preds = %87, %0
  %11 = load i32, ptr %3, align 4
  %12 = load i32, ptr %2, align 4
  %13 = icmp sle i32 %11, %12
  br i1 %13, label %14, label %90

14:                                               ; preds = %10
  %15 = load i32, ptr %3, align 4
  %16 = zext i32 %15 to i64
  %17 = load i32, ptr %3, align 4
  %18 = zext i32 %17 to i64
  %19 = call ptr @llvm.stacksave()
  store ptr %19, ptr %4, align 8
  %20 = mul nuw i64 %16, %18
  %21 = alloca i32, i64 %20, align 16
  store i64 %16, ptr %5, align 8
  store i64 %18, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %22

22:                                               ; preds = %65, %14
  %23 = load i32, ptr %7, align 4
  %24 = load i32, ptr %3, align 4
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %68

26:                                               ; preds = %22
  store i32 0, ptr %8, align 4
  br label %27

27:                                               ; preds = %61, %26
  %28 = load i32, ptr %8, align 4
  %29 = load i32, ptr %3, align 4
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %31, label %64

31:                                               ; preds = %27
  %32 = load i32, ptr %7, align 4
  %33 = mul nsw i32 %32, 31
  %34 = load i32, ptr %8, align 4
  %35 = mul nsw i32 %34, 17
  %36 = add nsw i32 %33, %35
  %37 = srem i32 %36, 23
  %38 = load i32, ptr %7, align 4
  %39 = icmp sgt i32 %38, 0
  br i1 %39, label %40, label %50

40:                                               ; preds = %31
  %41 = load i32, ptr %7, align 4
  %42 = sub nsw i32 %41, 1
  %43 = sext i32 %42 to i64
  %44 = mul nsw i64 %43, %18
  %45 = getelementptr inbounds i32, ptr %21, i64 %44
  %46 = load i32, ptr %8, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i32, ptr %45, i64 %47
  %49 = load i32, ptr %48, align 4
  br label %51

50:                                               ; preds = %31
  br label %51

51:                                               ; preds = %50, %40
  %52 = phi i32 [ %49, %40 ], [ 0, %50 ]
  %53 = add nsw i32 %37, %52
  %54 = load i32, ptr %7, align 4
  %55 = sext i32 %54 to i64
  %56 = mul nsw i64 %55, %18
  %57 = getelementptr inbounds i32, ptr %21, i64 %56
  %58 = load i32, ptr %8, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds i32, ptr %57, i64 %59
  store i32 %53, ptr %60, align 4
  br label %61

61:                                               ; preds = %51
  %62 = load i32, ptr %8, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %8, align 4
  br label %27, !llvm.loop !5

64:                                               ; preds = %27
  br label %65

65:                                               ; preds = %64
  %66 = load i32, ptr %7, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %7, align 4
  br label %22, !llvm.loop !7

68:                                               ; preds = %22
  %69 = load i64, ptr %1, align 8
  %70 = mul i64 %69, 7
  %71 = load i32, ptr %3, align 4
  %72 = sub nsw i32 %71, 1
  %73 = sext i32 %72 to i64
  %74 = mul nsw i64 %73, %18
  %75 = getelementptr inbounds i32, ptr %21, i64 %74
  %76 = load i32, ptr %3, align 4
  %77 = sub nsw i32 %76, 1
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds i32, ptr %75, i64 %78
  %80 = load i32, ptr %79, align 4
  %81 = sext i32 %80 to i64
  %82 = add i64 %70, %81
  %83 = load i32, ptr %3, align 4
  %84 = call i64 @pascal_row_sum(i32 noundef %83)
  %85 = add i64 %82, %84
  store i64 %85, ptr %1, align 8
  %86 = load ptr, ptr %4, align 8
  call void @llvm.stackrestore(ptr %86)
  br label %87

87:                                               ; preds = %68
  %88 = load i32, ptr %3, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %3, align 4
  br label %10, !llvm.loop !8

90:                                               ; preds = %10
  %91 = load i64, ptr %1, align 8
  ret i64 %91
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave() #1

; Function Attrs: noinline nounwind optnone
define internal i64 @pascal_row_sum(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %9 = load i32, ptr %2, align 4
  %10 = add nsw i32 %9, 1
  %11 = zext i32 %10 to i64
  %12 = call ptr @llvm.stacksave()
  store ptr %12, ptr %3, align 8
  %13 = alloca i64, i64 %11, align 16
  store i64 %11, ptr %4, align 8
  %14 = getelementptr inbounds i64, ptr %13, i64 0
  store i64 1, ptr %14, align 16
  store i32 1, ptr %5, align 4
  br label %15

15:                                               ; preds = %42, %1
  %16 = load i32, ptr %5, align 4
  %17 = load i32, ptr %2, align 4
  %18 = icmp sle i32 %16, %17
  br i1 %18, label %19, label %45

19:                                               ; preds = %15
  %20 = load i32, ptr %5, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i64, ptr %13, i64 %21
  store i64 0, ptr %22, align 8
  %23 = load i32, ptr %5, align 4
  store i32 %23, ptr %6, align 4
  br label %24

24:                                               ; preds = %38, %19
  %25 = load i32, ptr %6, align 4
  %26 = icmp sgt i32 %25, 0
  br i1 %26, label %27, label %41

27:                                               ; preds = %24
  %28 = load i32, ptr %6, align 4
  %29 = sub nsw i32 %28, 1
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i64, ptr %13, i64 %30
  %32 = load i64, ptr %31, align 8
  %33 = load i32, ptr %6, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i64, ptr %13, i64 %34
  %36 = load i64, ptr %35, align 8
  %37 = add i64 %36, %32
  store i64 %37, ptr %35, align 8
  br label %38

38:                                               ; preds = %27
  %39 = load i32, ptr %6, align 4
  %40 = add nsw i32 %39, -1
  store i32 %40, ptr %6, align 4
  br label %24, !llvm.loop !9

41:                                               ; preds = %24
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %5, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %5, align 4
  br label %15, !llvm.loop !10

45:                                               ; preds = %15
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %46

46:                                               ; preds = %58, %45
  %47 = load i32, ptr %8, align 4
  %48 = load i32, ptr %2, align 4
  %49 = icmp sle i32 %47, %48
  br i1 %49, label %50, label %61

50:                                               ; preds = %46
  %51 = load i64, ptr %7, align 8
  %52 = mul i64 %51, 31
  %53 = load i32, ptr %8, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i64, ptr %13, i64 %54
  %56 = load i64, ptr %55, align 8
  %57 = add i64 %52, %56
  store i64 %57, ptr %7, align 8
  br label %58

58:                                               ; preds = %50
  %59 = load i32, ptr %8, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %8, align 4
  br label %46, !llvm.loop !11

61:                                               ; preds = %46
  %62 = load i64, ptr %7, align 8
  %63 = load ptr, ptr %3, align 8
  call void @llvm.stackrestore(ptr %63)
  ret i64 %62
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore(ptr) #1

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn }

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
