; ModuleID = 'crc32.c'
source_filename = "crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i32 12648430, align 4
@buffer = internal global [4096 x i8] zeroinitializer, align 16
@checksum.check = internal constant [10 x i8] c"123456789\00", align 1
@crc_table = internal global [256 x i32] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  call void @make_table()
  %5 = load i32, ptr @g_seed, align 4
  store i32 %5, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %6

6:                                                ; preds = %19, %0
  %7 = load i32, ptr %2, align 4
  %8 = icmp slt i32 %7, 4096
  br i1 %8, label %9, label %22

9:                                                ; preds = %6
  %10 = load i32, ptr %1, align 4
  %11 = mul i32 %10, 1103515245
  %12 = add i32 %11, 12345
  store i32 %12, ptr %1, align 4
  %13 = load i32, ptr %1, align 4
  %14 = lshr i32 %13, 16
  %15 = trunc i32 %14 to i8
  %16 = load i32, ptr %2, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [4096 x i8], ptr @buffer, i64 0, i64 %17
  store i8 %15, ptr %18, align 1
  br label %19

19:                                               ; preds = %9
  %20 = load i32, ptr %2, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %2, align 4
  br label %6, !llvm.loop !5

22:                                               ; preds = %6
  %23 = call i32 @crc32(ptr noundef @buffer, i32 noundef 4096)
  %24 = zext i32 %23 to i64
  store i64 %24, ptr %3, align 8
  %25 = load i64, ptr %3, align 8
  %26 = shl i64 %25, 16
  %27 = call zeroext i16 @crc16_ccitt(ptr noundef @buffer, i32 noundef 1024)
  %28 = zext i16 %27 to i64
  %29 = xor i64 %26, %28
  store i64 %29, ptr %3, align 8
  %30 = load i64, ptr %3, align 8
  %31 = mul i64 %30, 65599
  %32 = call i32 @adler32(ptr noundef @buffer, i32 noundef 4096)
  %33 = zext i32 %32 to i64
  %34 = add i64 %31, %33
  store i64 %34, ptr %3, align 8
  store i32 1, ptr %4, align 4
  br label %35

35:                                               ; preds = %49, %22
  %36 = load i32, ptr %4, align 4
  %37 = icmp slt i32 %36, 64
  br i1 %37, label %38, label %52

38:                                               ; preds = %35
  %39 = load i64, ptr %3, align 8
  %40 = mul i64 %39, 3
  %41 = load i32, ptr %4, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds i8, ptr @buffer, i64 %42
  %44 = load i32, ptr %4, align 4
  %45 = mul nsw i32 %44, 7
  %46 = call i32 @crc32(ptr noundef %43, i32 noundef %45)
  %47 = zext i32 %46 to i64
  %48 = add i64 %40, %47
  store i64 %48, ptr %3, align 8
  br label %49

49:                                               ; preds = %38
  %50 = load i32, ptr %4, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %4, align 4
  br label %35, !llvm.loop !7

52:                                               ; preds = %35
  %53 = call i32 @crc32(ptr noundef @checksum.check, i32 noundef 9)
  %54 = zext i32 %53 to i64
  %55 = shl i64 %54, 20
  %56 = load i64, ptr %3, align 8
  %57 = xor i64 %56, %55
  store i64 %57, ptr %3, align 8
  %58 = load i64, ptr %3, align 8
  ret i64 %58
}

; Function Attrs: noinline nounwind optnone
define internal void @make_table() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  br label %4

4:                                                ; preds = %33, %0
  %5 = load i32, ptr %1, align 4
  %6 = icmp ult i32 %5, 256
  br i1 %6, label %7, label %36

7:                                                ; preds = %4
  %8 = load i32, ptr %1, align 4
  store i32 %8, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %9

9:                                                ; preds = %25, %7
  %10 = load i32, ptr %3, align 4
  %11 = icmp slt i32 %10, 8
  br i1 %11, label %12, label %28

12:                                               ; preds = %9
  %13 = load i32, ptr %2, align 4
  %14 = and i32 %13, 1
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %20

16:                                               ; preds = %12
  %17 = load i32, ptr %2, align 4
  %18 = lshr i32 %17, 1
  %19 = xor i32 -306674912, %18
  br label %23

20:                                               ; preds = %12
  %21 = load i32, ptr %2, align 4
  %22 = lshr i32 %21, 1
  br label %23

23:                                               ; preds = %20, %16
  %24 = phi i32 [ %19, %16 ], [ %22, %20 ]
  store i32 %24, ptr %2, align 4
  br label %25

25:                                               ; preds = %23
  %26 = load i32, ptr %3, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %3, align 4
  br label %9, !llvm.loop !8

28:                                               ; preds = %9
  %29 = load i32, ptr %2, align 4
  %30 = load i32, ptr %1, align 4
  %31 = zext i32 %30 to i64
  %32 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %31
  store i32 %29, ptr %32, align 4
  br label %33

33:                                               ; preds = %28
  %34 = load i32, ptr %1, align 4
  %35 = add i32 %34, 1
  store i32 %35, ptr %1, align 4
  br label %4, !llvm.loop !9

36:                                               ; preds = %4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @crc32(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 -1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %27, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %30

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i8, ptr %13, i64 %15
  %17 = load i8, ptr %16, align 1
  %18 = zext i8 %17 to i32
  %19 = xor i32 %12, %18
  %20 = and i32 %19, 255
  %21 = zext i32 %20 to i64
  %22 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = load i32, ptr %5, align 4
  %25 = lshr i32 %24, 8
  %26 = xor i32 %23, %25
  store i32 %26, ptr %5, align 4
  br label %27

27:                                               ; preds = %11
  %28 = load i32, ptr %6, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %6, align 4
  br label %7, !llvm.loop !10

30:                                               ; preds = %7
  %31 = load i32, ptr %5, align 4
  %32 = xor i32 %31, -1
  ret i32 %32
}

; Function Attrs: noinline nounwind optnone
define internal zeroext i16 @crc16_ccitt(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i16 -1, ptr %5, align 2
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %54, %2
  %9 = load i32, ptr %6, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %57

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i8, ptr %13, i64 %15
  %17 = load i8, ptr %16, align 1
  %18 = zext i8 %17 to i32
  %19 = shl i32 %18, 8
  %20 = trunc i32 %19 to i16
  %21 = zext i16 %20 to i32
  %22 = load i16, ptr %5, align 2
  %23 = zext i16 %22 to i32
  %24 = xor i32 %23, %21
  %25 = trunc i32 %24 to i16
  store i16 %25, ptr %5, align 2
  store i32 0, ptr %7, align 4
  br label %26

26:                                               ; preds = %50, %12
  %27 = load i32, ptr %7, align 4
  %28 = icmp slt i32 %27, 8
  br i1 %28, label %29, label %53

29:                                               ; preds = %26
  %30 = load i16, ptr %5, align 2
  %31 = zext i16 %30 to i32
  %32 = and i32 %31, 32768
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %34, label %41

34:                                               ; preds = %29
  %35 = load i16, ptr %5, align 2
  %36 = zext i16 %35 to i32
  %37 = shl i32 %36, 1
  %38 = xor i32 %37, 4129
  %39 = trunc i32 %38 to i16
  %40 = zext i16 %39 to i32
  br label %47

41:                                               ; preds = %29
  %42 = load i16, ptr %5, align 2
  %43 = zext i16 %42 to i32
  %44 = shl i32 %43, 1
  %45 = trunc i32 %44 to i16
  %46 = zext i16 %45 to i32
  br label %47

47:                                               ; preds = %41, %34
  %48 = phi i32 [ %40, %34 ], [ %46, %41 ]
  %49 = trunc i32 %48 to i16
  store i16 %49, ptr %5, align 2
  br label %50

50:                                               ; preds = %47
  %51 = load i32, ptr %7, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %7, align 4
  br label %26, !llvm.loop !11

53:                                               ; preds = %26
  br label %54

54:                                               ; preds = %53
  %55 = load i32, ptr %6, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %6, align 4
  br label %8, !llvm.loop !12

57:                                               ; preds = %8
  %58 = load i16, ptr %5, align 2
  ret i16 %58
}

; Function Attrs: noinline nounwind optnone
define internal i32 @adler32(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %8

8:                                                ; preds = %26, %2
  %9 = load i32, ptr %7, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %29

12:                                               ; preds = %8
  %13 = load i32, ptr %5, align 4
  %14 = load ptr, ptr %3, align 8
  %15 = load i32, ptr %7, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %14, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = add i32 %13, %19
  %21 = urem i32 %20, 65521
  store i32 %21, ptr %5, align 4
  %22 = load i32, ptr %6, align 4
  %23 = load i32, ptr %5, align 4
  %24 = add i32 %22, %23
  %25 = urem i32 %24, 65521
  store i32 %25, ptr %6, align 4
  br label %26

26:                                               ; preds = %12
  %27 = load i32, ptr %7, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %7, align 4
  br label %8, !llvm.loop !13

29:                                               ; preds = %8
  %30 = load i32, ptr %6, align 4
  %31 = shl i32 %30, 16
  %32 = load i32, ptr %5, align 4
  %33 = or i32 %31, %32
  ret i32 %33
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
