; ModuleID = 'checked_math.c'
source_filename = "checked_math.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i64 2147483632, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = load i64, ptr @g_seed, align 8
  store i64 %6, ptr %1, align 8
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %7

7:                                                ; preds = %66, %0
  %8 = load i32, ptr %3, align 4
  %9 = icmp slt i32 %8, 2000
  br i1 %9, label %10, label %69

10:                                               ; preds = %7
  %11 = load i64, ptr %1, align 8
  %12 = mul i64 %11, 6364136223846793005
  %13 = add i64 %12, 1442695040888963407
  store i64 %13, ptr %1, align 8
  %14 = load i64, ptr %1, align 8
  %15 = trunc i64 %14 to i32
  store i32 %15, ptr %4, align 4
  %16 = load i64, ptr %1, align 8
  %17 = ashr i64 %16, 32
  %18 = trunc i64 %17 to i32
  store i32 %18, ptr %5, align 4
  %19 = load i64, ptr %2, align 8
  %20 = mul i64 %19, 31
  %21 = load i32, ptr %4, align 4
  %22 = load i32, ptr %5, align 4
  %23 = call i32 @sat_add32(i32 noundef %21, i32 noundef %22)
  %24 = zext i32 %23 to i64
  %25 = add i64 %20, %24
  store i64 %25, ptr %2, align 8
  %26 = load i64, ptr %2, align 8
  %27 = mul i64 %26, 31
  %28 = load i64, ptr %1, align 8
  %29 = load i32, ptr %3, align 4
  %30 = srem i32 %29, 40
  %31 = zext i32 %30 to i64
  %32 = ashr i64 %28, %31
  %33 = load i32, ptr %5, align 4
  %34 = sext i32 %33 to i64
  %35 = call i64 @sat_mul64(i64 noundef %32, i64 noundef %34)
  %36 = add i64 %27, %35
  store i64 %36, ptr %2, align 8
  %37 = load i64, ptr %2, align 8
  %38 = mul i64 %37, 31
  %39 = load i32, ptr %4, align 4
  %40 = trunc i32 %39 to i16
  %41 = load i32, ptr %5, align 4
  %42 = trunc i32 %41 to i16
  %43 = call zeroext i16 @sub_or_zero16(i16 noundef zeroext %40, i16 noundef zeroext %42)
  %44 = zext i16 %43 to i64
  %45 = add i64 %38, %44
  store i64 %45, ptr %2, align 8
  %46 = load i32, ptr %4, align 4
  %47 = load i32, ptr %3, align 4
  %48 = srem i32 %47, 20
  %49 = lshr i32 %46, %48
  %50 = load i32, ptr %5, align 4
  %51 = load i32, ptr %3, align 4
  %52 = srem i32 %51, 23
  %53 = lshr i32 %50, %52
  %54 = call i32 @mul_overflows_u32(i32 noundef %49, i32 noundef %53)
  %55 = sext i32 %54 to i64
  %56 = load i64, ptr %2, align 8
  %57 = add i64 %56, %55
  store i64 %57, ptr %2, align 8
  %58 = load i64, ptr %2, align 8
  %59 = mul i64 %58, 3
  %60 = load i64, ptr %1, align 8
  %61 = urem i64 %60, 12
  %62 = trunc i64 %61 to i32
  %63 = call i32 @weight(i32 noundef %62)
  %64 = sext i32 %63 to i64
  %65 = add i64 %59, %64
  store i64 %65, ptr %2, align 8
  br label %66

66:                                               ; preds = %10
  %67 = load i32, ptr %3, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %3, align 4
  br label %7, !llvm.loop !5

69:                                               ; preds = %7
  %70 = load i64, ptr %2, align 8
  ret i64 %70
}

; Function Attrs: noinline nounwind optnone
define internal i32 @sat_add32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %7 = load i32, ptr %4, align 4
  %8 = load i32, ptr %5, align 4
  %9 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %7, i32 %8)
  %10 = extractvalue { i32, i1 } %9, 1
  %11 = extractvalue { i32, i1 } %9, 0
  store i32 %11, ptr %6, align 4
  br i1 %10, label %12, label %17

12:                                               ; preds = %2
  %13 = load i32, ptr %4, align 4
  %14 = icmp sgt i32 %13, 0
  %15 = zext i1 %14 to i64
  %16 = select i1 %14, i32 2147483647, i32 -2147483648
  store i32 %16, ptr %3, align 4
  br label %19

17:                                               ; preds = %2
  %18 = load i32, ptr %6, align 4
  store i32 %18, ptr %3, align 4
  br label %19

19:                                               ; preds = %17, %12
  %20 = load i32, ptr %3, align 4
  ret i32 %20
}

; Function Attrs: noinline nounwind optnone
define internal i64 @sat_mul64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %7 = load i64, ptr %4, align 8
  %8 = load i64, ptr %5, align 8
  %9 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %7, i64 %8)
  %10 = extractvalue { i64, i1 } %9, 1
  %11 = extractvalue { i64, i1 } %9, 0
  store i64 %11, ptr %6, align 8
  br i1 %10, label %12, label %22

12:                                               ; preds = %2
  %13 = load i64, ptr %4, align 8
  %14 = icmp slt i64 %13, 0
  %15 = zext i1 %14 to i32
  %16 = load i64, ptr %5, align 8
  %17 = icmp slt i64 %16, 0
  %18 = zext i1 %17 to i32
  %19 = icmp ne i32 %15, %18
  %20 = zext i1 %19 to i64
  %21 = select i1 %19, i64 -9223372036854775808, i64 9223372036854775807
  store i64 %21, ptr %3, align 8
  br label %24

22:                                               ; preds = %2
  %23 = load i64, ptr %6, align 8
  store i64 %23, ptr %3, align 8
  br label %24

24:                                               ; preds = %22, %12
  %25 = load i64, ptr %3, align 8
  ret i64 %25
}

; Function Attrs: noinline nounwind optnone
define internal zeroext i16 @sub_or_zero16(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  %5 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %6 = load i16, ptr %3, align 2
  %7 = load i16, ptr %4, align 2
  %8 = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %6, i16 %7)
  %9 = extractvalue { i16, i1 } %8, 1
  %10 = extractvalue { i16, i1 } %8, 0
  store i16 %10, ptr %5, align 2
  br i1 %9, label %11, label %12

11:                                               ; preds = %2
  br label %15

12:                                               ; preds = %2
  %13 = load i16, ptr %5, align 2
  %14 = zext i16 %13 to i32
  br label %15

15:                                               ; preds = %12, %11
  %16 = phi i32 [ 0, %11 ], [ %14, %12 ]
  %17 = trunc i32 %16 to i16
  ret i16 %17
}

; Function Attrs: noinline nounwind optnone
define internal i32 @mul_overflows_u32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %6 = load i32, ptr %3, align 4
  %7 = load i32, ptr %4, align 4
  %8 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %6, i32 %7)
  %9 = extractvalue { i32, i1 } %8, 1
  %10 = extractvalue { i32, i1 } %8, 0
  store i32 %10, ptr %5, align 4
  %11 = zext i1 %9 to i32
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define internal i32 @weight(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %15 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 3, label %8
    i32 4, label %9
    i32 5, label %10
    i32 6, label %11
    i32 7, label %12
    i32 8, label %13
    i32 9, label %14
  ]

5:                                                ; preds = %1
  store i32 17, ptr %2, align 4
  br label %16

6:                                                ; preds = %1
  store i32 -3, ptr %2, align 4
  br label %16

7:                                                ; preds = %1
  store i32 101, ptr %2, align 4
  br label %16

8:                                                ; preds = %1
  store i32 7, ptr %2, align 4
  br label %16

9:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %16

10:                                               ; preds = %1
  store i32 55, ptr %2, align 4
  br label %16

11:                                               ; preds = %1
  store i32 -90, ptr %2, align 4
  br label %16

12:                                               ; preds = %1
  store i32 12, ptr %2, align 4
  br label %16

13:                                               ; preds = %1
  store i32 31, ptr %2, align 4
  br label %16

14:                                               ; preds = %1
  store i32 4, ptr %2, align 4
  br label %16

15:                                               ; preds = %1
  store i32 1, ptr %2, align 4
  br label %16

16:                                               ; preds = %15, %14, %13, %12, %11, %10, %9, %8, %7, %6, %5
  %17 = load i32, ptr %2, align 4
  ret i32 %17
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i16, i1 } @llvm.usub.with.overflow.i16(i16, i16) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32) #1

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
