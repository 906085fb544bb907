; ModuleID = 'rng.c'
source_filename = "rng.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i64 -2401053089206453570, align 8
@lcg_state = internal global i32 0, align 4
@xs32_state = internal global i32 0, align 4
@s128 = internal global [2 x i64] zeroinitializer, align 16
@pcg_state = internal global i64 0, align 8
@pcg_inc = internal global i64 0, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca [10 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = load i64, ptr @g_seed, align 8
  store i64 %8, ptr %1, align 8
  %9 = call i64 @splitmix64(ptr noundef %1)
  %10 = trunc i64 %9 to i32
  store i32 %10, ptr @lcg_state, align 4
  %11 = call i64 @splitmix64(ptr noundef %1)
  %12 = trunc i64 %11 to i32
  %13 = or i32 %12, 1
  store i32 %13, ptr @xs32_state, align 4
  %14 = call i64 @splitmix64(ptr noundef %1)
  store i64 %14, ptr @s128, align 16
  %15 = call i64 @splitmix64(ptr noundef %1)
  store i64 %15, ptr getelementptr inbounds ([2 x i64], ptr @s128, i64 0, i64 1), align 8
  %16 = call i64 @splitmix64(ptr noundef %1)
  store i64 %16, ptr @pcg_state, align 8
  %17 = call i64 @splitmix64(ptr noundef %1)
  store i64 %17, ptr @pcg_inc, align 8
  store i64 0, ptr %2, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 40, i1 false)
  store i32 0, ptr %4, align 4
  br label %18

18:                                               ; preds = %40, %0
  %19 = load i32, ptr %4, align 4
  %20 = icmp slt i32 %19, 5000
  br i1 %20, label %21, label %43

21:                                               ; preds = %18
  %22 = call i32 @lcg()
  %23 = zext i32 %22 to i64
  %24 = load i64, ptr %2, align 8
  %25 = add i64 %24, %23
  store i64 %25, ptr %2, align 8
  %26 = call i32 @xorshift32()
  %27 = zext i32 %26 to i64
  %28 = shl i64 %27, 16
  %29 = load i64, ptr %2, align 8
  %30 = xor i64 %29, %28
  store i64 %30, ptr %2, align 8
  %31 = load i64, ptr %2, align 8
  %32 = mul i64 %31, 3
  %33 = call i64 @xorshift128plus()
  %34 = add i64 %32, %33
  store i64 %34, ptr %2, align 8
  %35 = call i32 @bounded(i32 noundef 10)
  %36 = zext i32 %35 to i64
  %37 = getelementptr inbounds [10 x i32], ptr %3, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4
  %39 = add i32 %38, 1
  store i32 %39, ptr %37, align 4
  br label %40

40:                                               ; preds = %21
  %41 = load i32, ptr %4, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %4, align 4
  br label %18, !llvm.loop !5

43:                                               ; preds = %18
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %44

44:                                               ; preds = %67, %43
  %45 = load i32, ptr %6, align 4
  %46 = icmp slt i32 %45, 10
  br i1 %46, label %47, label %70

47:                                               ; preds = %44
  %48 = load i32, ptr %6, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [10 x i32], ptr %3, i64 0, i64 %49
  %51 = load i32, ptr %50, align 4
  %52 = zext i32 %51 to i64
  %53 = sub nsw i64 %52, 500
  store i64 %53, ptr %7, align 8
  %54 = load i64, ptr %7, align 8
  %55 = load i64, ptr %7, align 8
  %56 = mul nsw i64 %54, %55
  %57 = load i64, ptr %5, align 8
  %58 = add i64 %57, %56
  store i64 %58, ptr %5, align 8
  %59 = load i64, ptr %2, align 8
  %60 = mul i64 %59, 31
  %61 = load i32, ptr %6, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [10 x i32], ptr %3, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4
  %65 = zext i32 %64 to i64
  %66 = add i64 %60, %65
  store i64 %66, ptr %2, align 8
  br label %67

67:                                               ; preds = %47
  %68 = load i32, ptr %6, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %6, align 4
  br label %44, !llvm.loop !7

70:                                               ; preds = %44
  %71 = load i64, ptr %2, align 8
  %72 = load i64, ptr %5, align 8
  %73 = shl i64 %72, 40
  %74 = xor i64 %71, %73
  ret i64 %74
}

; Function Attrs: noinline nounwind optnone
define internal i64 @splitmix64(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = load i64, ptr %4, align 8
  %6 = add i64 %5, -7046029254386353131
  store i64 %6, ptr %4, align 8
  store i64 %6, ptr %3, align 8
  %7 = load i64, ptr %3, align 8
  %8 = load i64, ptr %3, align 8
  %9 = lshr i64 %8, 30
  %10 = xor i64 %7, %9
  %11 = mul i64 %10, -4658895280553007687
  store i64 %11, ptr %3, align 8
  %12 = load i64, ptr %3, align 8
  %13 = load i64, ptr %3, align 8
  %14 = lshr i64 %13, 27
  %15 = xor i64 %12, %14
  %16 = mul i64 %15, -7723592293110705685
  store i64 %16, ptr %3, align 8
  %17 = load i64, ptr %3, align 8
  %18 = load i64, ptr %3, align 8
  %19 = lshr i64 %18, 31
  %20 = xor i64 %17, %19
  ret i64 %20
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @lcg() #0 {
  %1 = load i32, ptr @lcg_state, align 4
  %2 = mul i32 %1, 1664525
  %3 = add i32 %2, 1013904223
  store i32 %3, ptr @lcg_state, align 4
  %4 = load i32, ptr @lcg_state, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define internal i32 @xorshift32() #0 {
  %1 = alloca i32, align 4
  %2 = load i32, ptr @xs32_state, align 4
  store i32 %2, ptr %1, align 4
  %3 = load i32, ptr %1, align 4
  %4 = shl i32 %3, 13
  %5 = load i32, ptr %1, align 4
  %6 = xor i32 %5, %4
  store i32 %6, ptr %1, align 4
  %7 = load i32, ptr %1, align 4
  %8 = lshr i32 %7, 17
  %9 = load i32, ptr %1, align 4
  %10 = xor i32 %9, %8
  store i32 %10, ptr %1, align 4
  %11 = load i32, ptr %1, align 4
  %12 = shl i32 %11, 5
  %13 = load i32, ptr %1, align 4
  %14 = xor i32 %13, %12
  store i32 %14, ptr %1, align 4
  %15 = load i32, ptr %1, align 4
  store i32 %15, ptr @xs32_state, align 4
  ret i32 %15
}

; Function Attrs: noinline nounwind optnone
define internal i64 @xorshift128plus() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = load i64, ptr @s128, align 16
  store i64 %3, ptr %1, align 8
  %4 = load i64, ptr getelementptr inbounds ([2 x i64], ptr @s128, i64 0, i64 1), align 8
  store i64 %4, ptr %2, align 8
  %5 = load i64, ptr %2, align 8
  store i64 %5, ptr @s128, align 16
  %6 = load i64, ptr %1, align 8
  %7 = shl i64 %6, 23
  %8 = load i64, ptr %1, align 8
  %9 = xor i64 %8, %7
  store i64 %9, ptr %1, align 8
  %10 = load i64, ptr %1, align 8
  %11 = load i64, ptr %2, align 8
  %12 = xor i64 %10, %11
  %13 = load i64, ptr %1, align 8
  %14 = lshr i64 %13, 17
  %15 = xor i64 %12, %14
  %16 = load i64, ptr %2, align 8
  %17 = lshr i64 %16, 26
  %18 = xor i64 %15, %17
  store i64 %18, ptr getelementptr inbounds ([2 x i64], ptr @s128, i64 0, i64 1), align 8
  %19 = load i64, ptr getelementptr inbounds ([2 x i64], ptr @s128, i64 0, i64 1), align 8
  %20 = load i64, ptr %2, align 8
  %21 = add i64 %19, %20
  ret i64 %21
}

; Function Attrs: noinline nounwind optnone
define internal i32 @bounded(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %5 = load i32, ptr %2, align 4
  %6 = sub i32 0, %5
  %7 = load i32, ptr %2, align 4
  %8 = urem i32 %6, %7
  store i32 %8, ptr %3, align 4
  br label %9

9:                                                ; preds = %18, %1
  %10 = call i32 @pcg32()
  store i32 %10, ptr %4, align 4
  %11 = load i32, ptr %4, align 4
  %12 = load i32, ptr %3, align 4
  %13 = icmp uge i32 %11, %12
  br i1 %13, label %14, label %18

14:                                               ; preds = %9
  %15 = load i32, ptr %4, align 4
  %16 = load i32, ptr %2, align 4
  %17 = urem i32 %15, %16
  ret i32 %17

18:                                               ; preds = %9
  br label %9
}

; Function Attrs: noinline nounwind optnone
define internal i32 @pcg32() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = load i64, ptr @pcg_state, align 8
  store i64 %4, ptr %1, align 8
  %5 = load i64, ptr %1, align 8
  %6 = mul i64 %5, 6364136223846793005
  %7 = load i64, ptr @pcg_inc, align 8
  %8 = or i64 %7, 1
  %9 = add i64 %6, %8
  store i64 %9, ptr @pcg_state, align 8
  %10 = load i64, ptr %1, align 8
  %11 = lshr i64 %10, 18
  %12 = load i64, ptr %1, align 8
  %13 = xor i64 %11, %12
  %14 = lshr i64 %13, 27
  %15 = trunc i64 %14 to i32
  store i32 %15, ptr %2, align 4
  %16 = load i64, ptr %1, align 8
  %17 = lshr i64 %16, 59
  %18 = trunc i64 %17 to i32
  store i32 %18, ptr %3, align 4
  %19 = load i32, ptr %2, align 4
  %20 = load i32, ptr %3, align 4
  %21 = lshr i32 %19, %20
  %22 = load i32, ptr %2, align 4
  %23 = load i32, ptr %3, align 4
  %24 = sub i32 0, %23
  %25 = and i32 %24, 31
  %26 = shl i32 %22, %25
  %27 = or i32 %21, %26
  ret i32 %27
}

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
