; ModuleID = 'bigint.c'
source_filename = "bigint.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Big = type { [40 x i32] }

@g_n = dso_local global i32 100, align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca %struct.Big, align 8
  %2 = alloca %struct.Big, align 8
  %3 = alloca %struct.Big, align 4
  %4 = alloca %struct.Big, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca %struct.Big, align 4
  %9 = alloca i32, align 4
  call void @big_set(ptr noundef %1, i32 noundef 1)
  store i32 2, ptr %5, align 4
  br label %10

10:                                               ; preds = %16, %0
  %11 = load i32, ptr %5, align 4
  %12 = load i32, ptr @g_n, align 4
  %13 = icmp ule i32 %11, %12
  br i1 %13, label %14, label %19

14:                                               ; preds = %10
  %15 = load i32, ptr %5, align 4
  call void @big_mul_small(ptr noundef %1, i32 noundef %15)
  br label %16

16:                                               ; preds = %14
  %17 = load i32, ptr %5, align 4
  %18 = add i32 %17, 1
  store i32 %18, ptr %5, align 4
  br label %10, !llvm.loop !5

19:                                               ; preds = %10
  %20 = call i64 @digit_hash(ptr noundef byval(%struct.Big) align 8 %1)
  store i64 %20, ptr %6, align 8
  call void @big_set(ptr noundef %2, i32 noundef 0)
  call void @big_set(ptr noundef %3, i32 noundef 1)
  store i32 0, ptr %7, align 4
  br label %21

21:                                               ; preds = %25, %19
  %22 = load i32, ptr %7, align 4
  %23 = icmp slt i32 %22, 500
  br i1 %23, label %24, label %28

24:                                               ; preds = %21
  call void @big_add(ptr noundef %4, ptr noundef %2, ptr noundef %3)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %3, i64 160, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %4, i64 160, i1 false)
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %7, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %7, align 4
  br label %21, !llvm.loop !7

28:                                               ; preds = %21
  %29 = load i64, ptr %6, align 8
  %30 = mul i64 %29, 31
  %31 = call i64 @digit_hash(ptr noundef byval(%struct.Big) align 8 %2)
  %32 = add i64 %30, %31
  store i64 %32, ptr %6, align 8
  call void @big_mul(ptr noundef %8, ptr noundef %2, ptr noundef %2)
  store i32 0, ptr %9, align 4
  br label %33

33:                                               ; preds = %46, %28
  %34 = load i32, ptr %9, align 4
  %35 = icmp slt i32 %34, 40
  br i1 %35, label %36, label %49

36:                                               ; preds = %33
  %37 = load i64, ptr %6, align 8
  %38 = mul i64 %37, 1000003
  %39 = getelementptr inbounds %struct.Big, ptr %8, i32 0, i32 0
  %40 = load i32, ptr %9, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [40 x i32], ptr %39, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4
  %44 = zext i32 %43 to i64
  %45 = add i64 %38, %44
  store i64 %45, ptr %6, align 8
  br label %46

46:                                               ; preds = %36
  %47 = load i32, ptr %9, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %9, align 4
  br label %33, !llvm.loop !8

49:                                               ; preds = %33
  %50 = load i64, ptr %6, align 8
  ret i64 %50
}

; Function Attrs: noinline nounwind optnone
define internal void @big_set(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 160, i1 false)
  %6 = load i32, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 0
  %9 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 0
  store i32 %6, ptr %9, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @big_mul_small(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %33, %2
  %9 = load i32, ptr %6, align 4
  %10 = icmp slt i32 %9, 40
  br i1 %10, label %11, label %36

11:                                               ; preds = %8
  %12 = load ptr, ptr %3, align 8
  %13 = getelementptr inbounds %struct.Big, ptr %12, i32 0, i32 0
  %14 = load i32, ptr %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [40 x i32], ptr %13, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = zext i32 %17 to i64
  %19 = load i32, ptr %4, align 4
  %20 = zext i32 %19 to i64
  %21 = mul i64 %18, %20
  %22 = load i64, ptr %5, align 8
  %23 = add i64 %21, %22
  store i64 %23, ptr %7, align 8
  %24 = load i64, ptr %7, align 8
  %25 = trunc i64 %24 to i32
  %26 = load ptr, ptr %3, align 8
  %27 = getelementptr inbounds %struct.Big, ptr %26, i32 0, i32 0
  %28 = load i32, ptr %6, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [40 x i32], ptr %27, i64 0, i64 %29
  store i32 %25, ptr %30, align 4
  %31 = load i64, ptr %7, align 8
  %32 = lshr i64 %31, 32
  store i64 %32, ptr %5, align 8
  br label %33

33:                                               ; preds = %11
  %34 = load i32, ptr %6, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %6, align 4
  br label %8, !llvm.loop !9

36:                                               ; preds = %8
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i64 @digit_hash(ptr noundef byval(%struct.Big) align 8 %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %8, %1
  %5 = call i32 @big_is_zero(ptr noundef %0)
  %6 = icmp ne i32 %5, 0
  %7 = xor i1 %6, true
  br i1 %7, label %8, label %20

8:                                                ; preds = %4
  %9 = load i64, ptr %2, align 8
  %10 = mul i64 %9, 10
  %11 = call i32 @big_div_small(ptr noundef %0, i32 noundef 10)
  %12 = zext i32 %11 to i64
  %13 = add i64 %10, %12
  store i64 %13, ptr %2, align 8
  %14 = load i32, ptr %3, align 4
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %3, align 4
  %16 = load i64, ptr %2, align 8
  %17 = lshr i64 %16, 31
  %18 = load i64, ptr %2, align 8
  %19 = xor i64 %18, %17
  store i64 %19, ptr %2, align 8
  br label %4, !llvm.loop !10

20:                                               ; preds = %4
  %21 = load i64, ptr %2, align 8
  %22 = mul i64 %21, 1000
  %23 = load i32, ptr %3, align 4
  %24 = sext i32 %23 to i64
  %25 = add i64 %22, %24
  ret i64 %25
}

; Function Attrs: noinline nounwind optnone
define internal void @big_add(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %10

10:                                               ; preds = %40, %3
  %11 = load i32, ptr %8, align 4
  %12 = icmp slt i32 %11, 40
  br i1 %12, label %13, label %43

13:                                               ; preds = %10
  %14 = load ptr, ptr %5, align 8
  %15 = getelementptr inbounds %struct.Big, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %8, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [40 x i32], ptr %15, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = zext i32 %19 to i64
  %21 = load ptr, ptr %6, align 8
  %22 = getelementptr inbounds %struct.Big, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %8, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [40 x i32], ptr %22, i64 0, i64 %24
  %26 = load i32, ptr %25, align 4
  %27 = zext i32 %26 to i64
  %28 = add i64 %20, %27
  %29 = load i64, ptr %7, align 8
  %30 = add i64 %28, %29
  store i64 %30, ptr %9, align 8
  %31 = load i64, ptr %9, align 8
  %32 = trunc i64 %31 to i32
  %33 = load ptr, ptr %4, align 8
  %34 = getelementptr inbounds %struct.Big, ptr %33, i32 0, i32 0
  %35 = load i32, ptr %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [40 x i32], ptr %34, i64 0, i64 %36
  store i32 %32, ptr %37, align 4
  %38 = load i64, ptr %9, align 8
  %39 = lshr i64 %38, 32
  store i64 %39, ptr %7, align 8
  br label %40

40:                                               ; preds = %13
  %41 = load i32, ptr %8, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %8, align 4
  br label %10, !llvm.loop !11

43:                                               ; preds = %10
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal void @big_mul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [40 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %12 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %12, i8 0, i64 160, i1 false)
  store i32 0, ptr %8, align 4
  br label %13

13:                                               ; preds = %70, %3
  %14 = load i32, ptr %8, align 4
  %15 = icmp slt i32 %14, 40
  br i1 %15, label %16, label %73

16:                                               ; preds = %13
  store i64 0, ptr %9, align 8
  %17 = load ptr, ptr %5, align 8
  %18 = getelementptr inbounds %struct.Big, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %8, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [40 x i32], ptr %18, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %24, label %25

24:                                               ; preds = %16
  br label %70

25:                                               ; preds = %16
  store i32 0, ptr %10, align 4
  br label %26

26:                                               ; preds = %66, %25
  %27 = load i32, ptr %8, align 4
  %28 = load i32, ptr %10, align 4
  %29 = add nsw i32 %27, %28
  %30 = icmp slt i32 %29, 40
  br i1 %30, label %31, label %69

31:                                               ; preds = %26
  %32 = load ptr, ptr %5, align 8
  %33 = getelementptr inbounds %struct.Big, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %8, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [40 x i32], ptr %33, i64 0, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = zext i32 %37 to i64
  %39 = load ptr, ptr %6, align 8
  %40 = getelementptr inbounds %struct.Big, ptr %39, i32 0, i32 0
  %41 = load i32, ptr %10, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [40 x i32], ptr %40, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4
  %45 = zext i32 %44 to i64
  %46 = mul i64 %38, %45
  %47 = load i32, ptr %8, align 4
  %48 = load i32, ptr %10, align 4
  %49 = add nsw i32 %47, %48
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4
  %53 = zext i32 %52 to i64
  %54 = add i64 %46, %53
  %55 = load i64, ptr %9, align 8
  %56 = add i64 %54, %55
  store i64 %56, ptr %11, align 8
  %57 = load i64, ptr %11, align 8
  %58 = trunc i64 %57 to i32
  %59 = load i32, ptr %8, align 4
  %60 = load i32, ptr %10, align 4
  %61 = add nsw i32 %59, %60
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 %62
  store i32 %58, ptr %63, align 4
  %64 = load i64, ptr %11, align 8
  %65 = lshr i64 %64, 32
  store i64 %65, ptr %9, align 8
  br label %66

66:                                               ; preds = %31
  %67 = load i32, ptr %10, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %10, align 4
  br label %26, !llvm.loop !12

69:                                               ; preds = %26
  br label %70

70:                                               ; preds = %69, %24
  %71 = load i32, ptr %8, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %8, align 4
  br label %13, !llvm.loop !13

73:                                               ; preds = %13
  %74 = load ptr, ptr %4, align 8
  %75 = getelementptr inbounds %struct.Big, ptr %74, i32 0, i32 0
  %76 = getelementptr inbounds [40 x i32], ptr %75, i64 0, i64 0
  %77 = getelementptr inbounds [40 x i32], ptr %7, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %76, ptr align 16 %77, i64 160, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @big_is_zero(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %18, %1
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 40
  br i1 %7, label %8, label %21

8:                                                ; preds = %5
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds %struct.Big, ptr %9, i32 0, i32 0
  %11 = load i32, ptr %4, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [40 x i32], ptr %10, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %8
  store i32 0, ptr %2, align 4
  br label %22

17:                                               ; preds = %8
  br label %18

18:                                               ; preds = %17
  %19 = load i32, ptr %4, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %4, align 4
  br label %5, !llvm.loop !14

21:                                               ; preds = %5
  store i32 1, ptr %2, align 4
  br label %22

22:                                               ; preds = %21, %16
  %23 = load i32, ptr %2, align 4
  ret i32 %23
}

; Function Attrs: noinline nounwind optnone
define internal i32 @big_div_small(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  store i32 39, ptr %6, align 4
  br label %8

8:                                                ; preds = %36, %2
  %9 = load i32, ptr %6, align 4
  %10 = icmp sge i32 %9, 0
  br i1 %10, label %11, label %39

11:                                               ; preds = %8
  %12 = load i64, ptr %5, align 8
  %13 = shl i64 %12, 32
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds %struct.Big, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %6, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [40 x i32], ptr %15, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = zext i32 %19 to i64
  %21 = or i64 %13, %20
  store i64 %21, ptr %7, align 8
  %22 = load i64, ptr %7, align 8
  %23 = load i32, ptr %4, align 4
  %24 = zext i32 %23 to i64
  %25 = udiv i64 %22, %24
  %26 = trunc i64 %25 to i32
  %27 = load ptr, ptr %3, align 8
  %28 = getelementptr inbounds %struct.Big, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %6, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [40 x i32], ptr %28, i64 0, i64 %30
  store i32 %26, ptr %31, align 4
  %32 = load i64, ptr %7, align 8
  %33 = load i32, ptr %4, align 4
  %34 = zext i32 %33 to i64
  %35 = urem i64 %32, %34
  store i64 %35, ptr %5, align 8
  br label %36

36:                                               ; preds = %11
  %37 = load i32, ptr %6, align 4
  %38 = add nsw i32 %37, -1
  store i32 %38, ptr %6, align 4
  br label %8, !llvm.loop !15

39:                                               ; preds = %8
  %40 = load i64, ptr %5, align 8
  %41 = trunc i64 %40 to i32
  ret i32 %41
}

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
