; ModuleID = 'string_switch_table.c'
source_filename = "string_switch_table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i32 77, align 4
@.str = private unnamed_addr constant [4 x i8] c"Jan\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"Feb\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"Mar\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"Apr\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"May\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"Jun\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"Jul\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"Aug\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"Sep\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"Oct\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"Nov\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"Dec\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"???\00", align 1

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = load i32, ptr @g_seed, align 4
  %5 = zext i32 %4 to i64
  store i64 %5, ptr %1, align 8
  store i32 0, ptr %2, align 4
  br label %6

6:                                                ; preds = %36, %0
  %7 = load i32, ptr %2, align 4
  %8 = icmp slt i32 %7, 500
  br i1 %8, label %9, label %39

9:                                                ; preds = %6
  %10 = load i64, ptr %1, align 8
  %11 = urem i64 %10, 13
  %12 = trunc i64 %11 to i32
  %13 = add nsw i32 1, %12
  %14 = call ptr @month_abbrev(i32 noundef %13)
  store ptr %14, ptr %3, align 8
  %15 = load i64, ptr %1, align 8
  %16 = mul i64 %15, 31
  %17 = load ptr, ptr %3, align 8
  %18 = getelementptr inbounds i8, ptr %17, i64 0
  %19 = load i8, ptr %18, align 1
  %20 = zext i8 %19 to i32
  %21 = mul i32 %20, 7
  %22 = zext i32 %21 to i64
  %23 = add i64 %16, %22
  %24 = load ptr, ptr %3, align 8
  %25 = getelementptr inbounds i8, ptr %24, i64 1
  %26 = load i8, ptr %25, align 1
  %27 = zext i8 %26 to i32
  %28 = mul i32 %27, 3
  %29 = zext i32 %28 to i64
  %30 = add i64 %23, %29
  %31 = load ptr, ptr %3, align 8
  %32 = getelementptr inbounds i8, ptr %31, i64 2
  %33 = load i8, ptr %32, align 1
  %34 = zext i8 %33 to i64
  %35 = add i64 %30, %34
  store i64 %35, ptr %1, align 8
  br label %36

36:                                               ; preds = %9
  %37 = load i32, ptr %2, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %2, align 4
  br label %6, !llvm.loop !5

39:                                               ; preds = %6
  %40 = load i64, ptr %1, align 8
  ret i64 %40
}

; Function Attrs: noinline nounwind optnone
define internal ptr @month_abbrev(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %17 [
    i32 1, label %5
    i32 2, label %6
    i32 3, label %7
    i32 4, label %8
    i32 5, label %9
    i32 6, label %10
    i32 7, label %11
    i32 8, label %12
    i32 9, label %13
    i32 10, label %14
    i32 11, label %15
    i32 12, label %16
  ]

5:                                                ; preds = %1
  store ptr @.str, ptr %2, align 8
  br label %18

6:                                                ; preds = %1
  store ptr @.str.1, ptr %2, align 8
  br label %18

7:                                                ; preds = %1
  store ptr @.str.2, ptr %2, align 8
  br label %18

8:                                                ; preds = %1
  store ptr @.str.3, ptr %2, align 8
  br label %18

9:                                                ; preds = %1
  store ptr @.str.4, ptr %2, align 8
  br label %18

10:                                               ; preds = %1
  store ptr @.str.5, ptr %2, align 8
  br label %18

11:                                               ; preds = %1
  store ptr @.str.6, ptr %2, align 8
  br label %18

12:                                               ; preds = %1
  store ptr @.str.7, ptr %2, align 8
  br label %18

13:                                               ; preds = %1
  store ptr @.str.8, ptr %2, align 8
  br label %18

14:                                               ; preds = %1
  store ptr @.str.9, ptr %2, align 8
  br label %18

15:                                               ; preds = %1
  store ptr @.str.10, ptr %2, align 8
  br label %18

16:                                               ; preds = %1
  store ptr @.str.11, ptr %2, align 8
  br label %18

17:                                               ; preds = %1
  store ptr @.str.12, ptr %2, align 8
  br label %18

18:                                               ; preds = %17, %16, %15, %14, %13, %12, %11, %10, %9, %8, %7, %6, %5
  %19 = load ptr, ptr %2, align 8
  ret ptr %19
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
