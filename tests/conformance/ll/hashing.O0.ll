; ModuleID = 'hashing.c'
source_filename = "hashing.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local global [86 x i8] c"The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs.\00", align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca ptr, align 8
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr @g_text, ptr %1, align 8
  store i64 85, ptr %2, align 8
  store i64 0, ptr %3, align 8
  store i64 0, ptr %4, align 8
  br label %6

6:                                                ; preds = %42, %0
  %7 = load i64, ptr %4, align 8
  %8 = load i64, ptr %2, align 8
  %9 = icmp ule i64 %7, %8
  br i1 %9, label %10, label %45

10:                                               ; preds = %6
  %11 = load ptr, ptr %1, align 8
  %12 = load i64, ptr %4, align 8
  %13 = call i32 @fnv1a32(ptr noundef %11, i64 noundef %12)
  %14 = zext i32 %13 to i64
  %15 = load i64, ptr %3, align 8
  %16 = xor i64 %15, %14
  store i64 %16, ptr %3, align 8
  %17 = load i64, ptr %3, align 8
  %18 = mul i64 %17, 31
  %19 = load ptr, ptr %1, align 8
  %20 = load i64, ptr %4, align 8
  %21 = call i64 @fnv1a64(ptr noundef %19, i64 noundef %20)
  %22 = add i64 %18, %21
  store i64 %22, ptr %3, align 8
  %23 = load ptr, ptr %1, align 8
  %24 = load i64, ptr %2, align 8
  %25 = load i64, ptr %4, align 8
  %26 = sub i64 %24, %25
  %27 = getelementptr inbounds i8, ptr %23, i64 %26
  %28 = load i64, ptr %4, align 8
  %29 = call i32 @djb2(ptr noundef %27, i64 noundef %28)
  %30 = zext i32 %29 to i64
  %31 = load i64, ptr %3, align 8
  %32 = add i64 %31, %30
  store i64 %32, ptr %3, align 8
  %33 = load ptr, ptr %1, align 8
  %34 = load i64, ptr %4, align 8
  %35 = load i64, ptr %4, align 8
  %36 = trunc i64 %35 to i32
  %37 = mul i32 %36, -1756908916
  %38 = call i32 @murmur3_32(ptr noundef %33, i64 noundef %34, i32 noundef %37)
  %39 = zext i32 %38 to i64
  %40 = load i64, ptr %3, align 8
  %41 = xor i64 %40, %39
  store i64 %41, ptr %3, align 8
  br label %42

42:                                               ; preds = %10
  %43 = load i64, ptr %4, align 8
  %44 = add i64 %43, 1
  store i64 %44, ptr %4, align 8
  br label %6, !llvm.loop !5

45:                                               ; preds = %6
  store i64 0, ptr %5, align 8
  br label %46

46:                                               ; preds = %54, %45
  %47 = load i64, ptr %5, align 8
  %48 = icmp ult i64 %47, 2000
  br i1 %48, label %49, label %57

49:                                               ; preds = %46
  %50 = load i64, ptr %3, align 8
  %51 = load i64, ptr %5, align 8
  %52 = xor i64 %50, %51
  %53 = call i64 @fmix64(i64 noundef %52)
  store i64 %53, ptr %3, align 8
  br label %54

54:                                               ; preds = %49
  %55 = load i64, ptr %5, align 8
  %56 = add i64 %55, 1
  store i64 %56, ptr %5, align 8
  br label %46, !llvm.loop !7

57:                                               ; preds = %46
  %58 = load i64, ptr %3, align 8
  ret i64 %58
}

; Function Attrs: noinline nounwind optnone
define internal i32 @fnv1a32(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 -2128831035, ptr %5, align 4
  store i64 0, ptr %6, align 8
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i64, ptr %6, align 8
  %14 = getelementptr inbounds i8, ptr %12, i64 %13
  %15 = load i8, ptr %14, align 1
  %16 = zext i8 %15 to i32
  %17 = load i32, ptr %5, align 4
  %18 = xor i32 %17, %16
  store i32 %18, ptr %5, align 4
  %19 = load i32, ptr %5, align 4
  %20 = mul i32 %19, 16777619
  store i32 %20, ptr %5, align 4
  br label %21

21:                                               ; preds = %11
  %22 = load i64, ptr %6, align 8
  %23 = add i64 %22, 1
  store i64 %23, ptr %6, align 8
  br label %7, !llvm.loop !8

24:                                               ; preds = %7
  %25 = load i32, ptr %5, align 4
  ret i32 %25
}

; Function Attrs: noinline nounwind optnone
define internal i64 @fnv1a64(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i64 -3750763034362895579, ptr %5, align 8
  store i64 0, ptr %6, align 8
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i64, ptr %6, align 8
  %14 = getelementptr inbounds i8, ptr %12, i64 %13
  %15 = load i8, ptr %14, align 1
  %16 = zext i8 %15 to i64
  %17 = load i64, ptr %5, align 8
  %18 = xor i64 %17, %16
  store i64 %18, ptr %5, align 8
  %19 = load i64, ptr %5, align 8
  %20 = mul i64 %19, 1099511628211
  store i64 %20, ptr %5, align 8
  br label %21

21:                                               ; preds = %11
  %22 = load i64, ptr %6, align 8
  %23 = add i64 %22, 1
  store i64 %23, ptr %6, align 8
  br label %7, !llvm.loop !9

24:                                               ; preds = %7
  %25 = load i64, ptr %5, align 8
  ret i64 %25
}

; Function Attrs: noinline nounwind optnone
define internal i32 @djb2(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 5381, ptr %5, align 4
  store i64 0, ptr %6, align 8
  br label %7

7:                                                ; preds = %22, %2
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %11, label %25

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4
  %13 = shl i32 %12, 5
  %14 = load i32, ptr %5, align 4
  %15 = add i32 %13, %14
  %16 = load ptr, ptr %3, align 8
  %17 = load i64, ptr %6, align 8
  %18 = getelementptr inbounds i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1
  %20 = zext i8 %19 to i32
  %21 = add i32 %15, %20
  store i32 %21, ptr %5, align 4
  br label %22

22:                                               ; preds = %11
  %23 = load i64, ptr %6, align 8
  %24 = add i64 %23, 1
  store i64 %24, ptr %6, align 8
  br label %7, !llvm.loop !10

25:                                               ; preds = %7
  %26 = load i32, ptr %5, align 4
  ret i32 %26
}

; Function Attrs: noinline nounwind optnone
define internal i32 @murmur3_32(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %15 = load i32, ptr %6, align 4
  store i32 %15, ptr %7, align 4
  store i32 -862048943, ptr %8, align 4
  store i32 461845907, ptr %9, align 4
  %16 = load i64, ptr %5, align 8
  %17 = udiv i64 %16, 4
  store i64 %17, ptr %10, align 8
  store i64 0, ptr %11, align 8
  br label %18

18:                                               ; preds = %41, %3
  %19 = load i64, ptr %11, align 8
  %20 = load i64, ptr %10, align 8
  %21 = icmp ult i64 %19, %20
  br i1 %21, label %22, label %44

22:                                               ; preds = %18
  %23 = load ptr, ptr %4, align 8
  %24 = load i64, ptr %11, align 8
  %25 = mul i64 %24, 4
  %26 = getelementptr inbounds i8, ptr %23, i64 %25
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 1 %26, i64 4, i1 false)
  %27 = load i32, ptr %12, align 4
  %28 = mul i32 %27, -862048943
  store i32 %28, ptr %12, align 4
  %29 = load i32, ptr %12, align 4
  %30 = call i32 @rotl32(i32 noundef %29, i32 noundef 15)
  store i32 %30, ptr %12, align 4
  %31 = load i32, ptr %12, align 4
  %32 = mul i32 %31, 461845907
  store i32 %32, ptr %12, align 4
  %33 = load i32, ptr %12, align 4
  %34 = load i32, ptr %7, align 4
  %35 = xor i32 %34, %33
  store i32 %35, ptr %7, align 4
  %36 = load i32, ptr %7, align 4
  %37 = call i32 @rotl32(i32 noundef %36, i32 noundef 13)
  store i32 %37, ptr %7, align 4
  %38 = load i32, ptr %7, align 4
  %39 = mul i32 %38, 5
  %40 = add i32 %39, -430675100
  store i32 %40, ptr %7, align 4
  br label %41

41:                                               ; preds = %22
  %42 = load i64, ptr %11, align 8
  %43 = add i64 %42, 1
  store i64 %43, ptr %11, align 8
  br label %18, !llvm.loop !11

44:                                               ; preds = %18
  %45 = load ptr, ptr %4, align 8
  %46 = load i64, ptr %10, align 8
  %47 = mul i64 %46, 4
  %48 = getelementptr inbounds i8, ptr %45, i64 %47
  store ptr %48, ptr %13, align 8
  store i32 0, ptr %14, align 4
  %49 = load i64, ptr %5, align 8
  %50 = and i64 %49, 3
  switch i64 %50, label %83 [
    i64 3, label %51
    i64 2, label %59
    i64 1, label %67
  ]

51:                                               ; preds = %44
  %52 = load ptr, ptr %13, align 8
  %53 = getelementptr inbounds i8, ptr %52, i64 2
  %54 = load i8, ptr %53, align 1
  %55 = zext i8 %54 to i32
  %56 = shl i32 %55, 16
  %57 = load i32, ptr %14, align 4
  %58 = xor i32 %57, %56
  store i32 %58, ptr %14, align 4
  br label %59

59:                                               ; preds = %44, %51
  %60 = load ptr, ptr %13, align 8
  %61 = getelementptr inbounds i8, ptr %60, i64 1
  %62 = load i8, ptr %61, align 1
  %63 = zext i8 %62 to i32
  %64 = shl i32 %63, 8
  %65 = load i32, ptr %14, align 4
  %66 = xor i32 %65, %64
  store i32 %66, ptr %14, align 4
  br label %67

67:                                               ; preds = %44, %59
  %68 = load ptr, ptr %13, align 8
  %69 = getelementptr inbounds i8, ptr %68, i64 0
  %70 = load i8, ptr %69, align 1
  %71 = zext i8 %70 to i32
  %72 = load i32, ptr %14, align 4
  %73 = xor i32 %72, %71
  store i32 %73, ptr %14, align 4
  %74 = load i32, ptr %14, align 4
  %75 = mul i32 %74, -862048943
  store i32 %75, ptr %14, align 4
  %76 = load i32, ptr %14, align 4
  %77 = call i32 @rotl32(i32 noundef %76, i32 noundef 15)
  store i32 %77, ptr %14, align 4
  %78 = load i32, ptr %14, align 4
  %79 = mul i32 %78, 461845907
  store i32 %79, ptr %14, align 4
  %80 = load i32, ptr %14, align 4
  %81 = load i32, ptr %7, align 4
  %82 = xor i32 %81, %80
  store i32 %82, ptr %7, align 4
  br label %83

83:                                               ; preds = %67, %44
  %84 = load i64, ptr %5, align 8
  %85 = trunc i64 %84 to i32
  %86 = load i32, ptr %7, align 4
  %87 = xor i32 %86, %85
  store i32 %87, ptr %7, align 4
  %88 = load i32, ptr %7, align 4
  %89 = lshr i32 %88, 16
  %90 = load i32, ptr %7, align 4
  %91 = xor i32 %90, %89
  store i32 %91, ptr %7, align 4
  %92 = load i32, ptr %7, align 4
  %93 = mul i32 %92, -2048144789
  store i32 %93, ptr %7, align 4
  %94 = load i32, ptr %7, align 4
  %95 = lshr i32 %94, 13
  %96 = load i32, ptr %7, align 4
  %97 = xor i32 %96, %95
  store i32 %97, ptr %7, align 4
  %98 = load i32, ptr %7, align 4
  %99 = mul i32 %98, -1028477387
  store i32 %99, ptr %7, align 4
  %100 = load i32, ptr %7, align 4
  %101 = lshr i32 %100, 16
  %102 = load i32, ptr %7, align 4
  %103 = xor i32 %102, %101
  store i32 %103, ptr %7, align 4
  %104 = load i32, ptr %7, align 4
  ret i32 %104
}

; Function Attrs: noinline nounwind optnone
define internal i64 @fmix64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = lshr i64 %3, 33
  %5 = load i64, ptr %2, align 8
  %6 = xor i64 %5, %4
  store i64 %6, ptr %2, align 8
  %7 = load i64, ptr %2, align 8
  %8 = mul i64 %7, -49064778989728563
  store i64 %8, ptr %2, align 8
  %9 = load i64, ptr %2, align 8
  %10 = lshr i64 %9, 33
  %11 = load i64, ptr %2, align 8
  %12 = xor i64 %11, %10
  store i64 %12, ptr %2, align 8
  %13 = load i64, ptr %2, align 8
  %14 = mul i64 %13, -4265267296055464877
  store i64 %14, ptr %2, align 8
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 33
  %17 = load i64, ptr %2, align 8
  %18 = xor i64 %17, %16
  store i64 %18, ptr %2, align 8
  %19 = load i64, ptr %2, align 8
  ret i64 %19
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @rotl32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = shl i32 %5, %6
  %8 = load i32, ptr %3, align 4
  %9 = load i32, ptr %4, align 4
  %10 = sub nsw i32 32, %9
  %11 = lshr i32 %8, %10
  %12 = or i32 %7, %11
  ret i32 %12
}

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
