; ModuleID = 'long_loop.c'
source_filename = "long_loop.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_iterations = dso_local global i64 1000000, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = load i64, ptr @g_iterations, align 8
  store i64 %6, ptr %1, align 8
  store i64 27, ptr %2, align 8
  store i64 0, ptr %3, align 8
  store i64 0, ptr %4, align 8
  store i64 0, ptr %5, align 8
  br label %7

7:                                                ; preds = %44, %0
  %8 = load i64, ptr %5, align 8
  %9 = load i64, ptr %1, align 8
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %11, label %47

11:                                               ; preds = %7
  %12 = load i64, ptr %2, align 8
  %13 = and i64 %12, 1
  %14 = icmp ne i64 %13, 0
  br i1 %14, label %15, label %19

15:                                               ; preds = %11
  %16 = load i64, ptr %2, align 8
  %17 = mul i64 3, %16
  %18 = add i64 %17, 1
  br label %22

19:                                               ; preds = %11
  %20 = load i64, ptr %2, align 8
  %21 = lshr i64 %20, 1
  br label %22

22:                                               ; preds = %19, %15
  %23 = phi i64 [ %18, %15 ], [ %21, %19 ]
  store i64 %23, ptr %2, align 8
  %24 = load i64, ptr %2, align 8
  %25 = icmp eq i64 %24, 1
  br i1 %25, label %26, label %29

26:                                               ; preds = %22
  %27 = load i64, ptr %5, align 8
  %28 = add i64 %27, 27
  store i64 %28, ptr %2, align 8
  br label %29

29:                                               ; preds = %26, %22
  %30 = load i64, ptr %2, align 8
  %31 = icmp ugt i64 %30, 1000
  %32 = zext i1 %31 to i32
  %33 = sext i32 %32 to i64
  %34 = load i64, ptr %4, align 8
  %35 = add i64 %34, %33
  store i64 %35, ptr %4, align 8
  %36 = load i64, ptr %3, align 8
  %37 = load i64, ptr %2, align 8
  %38 = xor i64 %36, %37
  %39 = mul i64 %38, -7046029254386353131
  store i64 %39, ptr %3, align 8
  %40 = load i64, ptr %3, align 8
  %41 = lshr i64 %40, 29
  %42 = load i64, ptr %3, align 8
  %43 = xor i64 %42, %41
  store i64 %43, ptr %3, align 8
  br label %44

44:                                               ; preds = %29
  %45 = load i64, ptr %5, align 8
  %46 = add i64 %45, 1
  store i64 %46, ptr %5, align 8
  br label %7, !llvm.loop !5

47:                                               ; preds = %7
  %48 = load i64, ptr %3, align 8
  %49 = load i64, ptr %4, align 8
  %50 = add i64 %48, %49
  ret i64 %50
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
