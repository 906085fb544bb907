; ModuleID = 'memops.c'
source_filename = "memops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Record = type { i32, double, [5 x i16] }

@g_fill = dso_local global i8 -91, align 1
@buf = internal global [1024 x i8] zeroinitializer, align 16
@other = internal global [1024 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [8 x i8] c"abcdefg\00", align 1

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca [8 x %struct.Record], align 16
  %5 = alloca i32, align 4
  %6 = alloca %struct.Record, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca i64, align 8
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = alloca [7 x i8], align 1
  store i32 0, ptr %1, align 4
  br label %13

13:                                               ; preds = %24, %0
  %14 = load i32, ptr %1, align 4
  %15 = icmp slt i32 %14, 1024
  br i1 %15, label %16, label %27

16:                                               ; preds = %13
  %17 = load i32, ptr %1, align 4
  %18 = mul nsw i32 %17, 7
  %19 = add nsw i32 %18, 3
  %20 = trunc i32 %19 to i8
  %21 = load i32, ptr %1, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [1024 x i8], ptr @buf, i64 0, i64 %22
  store i8 %20, ptr %23, align 1
  br label %24

24:                                               ; preds = %16
  %25 = load i32, ptr %1, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %1, align 4
  br label %13, !llvm.loop !5

27:                                               ; preds = %13
  %28 = load i8, ptr @g_fill, align 1
  %29 = zext i8 %28 to i32
  %30 = trunc i32 %29 to i8
  call void @llvm.memset.p0.i64(ptr align 16 @other, i8 %30, i64 1024, i1 false)
  %31 = call i64 @hash_bytes(ptr noundef @other, i64 noundef 1024)
  store i64 %31, ptr %2, align 8
  store i64 1, ptr %3, align 8
  br label %32

32:                                               ; preds = %56, %27
  %33 = load i64, ptr %3, align 8
  %34 = icmp ult i64 %33, 200
  br i1 %34, label %35, label %59

35:                                               ; preds = %32
  %36 = load i64, ptr %3, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 1 getelementptr inbounds (i8, ptr @buf, i64 3), ptr align 16 @buf, i64 %36, i1 false)
  %37 = load i64, ptr %3, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 1 getelementptr inbounds (i8, ptr @buf, i64 500), ptr align 1 getelementptr inbounds (i8, ptr @buf, i64 507), i64 %37, i1 false)
  %38 = load i64, ptr %3, align 8
  %39 = getelementptr inbounds i8, ptr @other, i64 %38
  %40 = load i64, ptr %3, align 8
  %41 = mul i64 2, %40
  %42 = getelementptr inbounds i8, ptr @buf, i64 %41
  %43 = load i64, ptr %3, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %39, ptr align 1 %42, i64 %43, i1 false)
  %44 = load i64, ptr %3, align 8
  %45 = trunc i64 %44 to i32
  %46 = trunc i32 %45 to i8
  %47 = load i64, ptr %3, align 8
  %48 = udiv i64 %47, 2
  call void @llvm.memset.p0.i64(ptr align 1 getelementptr inbounds (i8, ptr @buf, i64 900), i8 %46, i64 %48, i1 false)
  %49 = load i64, ptr %2, align 8
  %50 = mul i64 %49, 31
  %51 = call i64 @hash_bytes(ptr noundef @buf, i64 noundef 1024)
  %52 = add i64 %50, %51
  store i64 %52, ptr %2, align 8
  %53 = call i64 @hash_bytes(ptr noundef @other, i64 noundef 1024)
  %54 = load i64, ptr %2, align 8
  %55 = xor i64 %54, %53
  store i64 %55, ptr %2, align 8
  br label %56

56:                                               ; preds = %35
  %57 = load i64, ptr %3, align 8
  %58 = add i64 %57, 13
  store i64 %58, ptr %3, align 8
  br label %32, !llvm.loop !7

59:                                               ; preds = %32
  %60 = getelementptr inbounds [8 x %struct.Record], ptr %4, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %60, i8 0, i64 256, i1 false)
  store i32 0, ptr %5, align 4
  br label %61

61:                                               ; preds = %94, %59
  %62 = load i32, ptr %5, align 4
  %63 = icmp slt i32 %62, 8
  br i1 %63, label %64, label %97

64:                                               ; preds = %61
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 32, i1 false)
  %65 = load i32, ptr %5, align 4
  %66 = mul i32 %65, 16843009
  %67 = getelementptr inbounds %struct.Record, ptr %6, i32 0, i32 0
  store i32 %66, ptr %67, align 8
  %68 = load i32, ptr %5, align 4
  %69 = sitofp i32 %68 to double
  %70 = fmul double %69, 5.000000e-01
  %71 = fsub double %70, 1.000000e+00
  %72 = getelementptr inbounds %struct.Record, ptr %6, i32 0, i32 1
  store double %71, ptr %72, align 8
  store i32 0, ptr %7, align 4
  br label %73

73:                                               ; preds = %86, %64
  %74 = load i32, ptr %7, align 4
  %75 = icmp slt i32 %74, 5
  br i1 %75, label %76, label %89

76:                                               ; preds = %73
  %77 = load i32, ptr %5, align 4
  %78 = load i32, ptr %7, align 4
  %79 = mul nsw i32 %77, %78
  %80 = mul nsw i32 %79, 257
  %81 = trunc i32 %80 to i16
  %82 = getelementptr inbounds %struct.Record, ptr %6, i32 0, i32 2
  %83 = load i32, ptr %7, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [5 x i16], ptr %82, i64 0, i64 %84
  store i16 %81, ptr %85, align 2
  br label %86

86:                                               ; preds = %76
  %87 = load i32, ptr %7, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %7, align 4
  br label %73, !llvm.loop !8

89:                                               ; preds = %73
  %90 = load i32, ptr %5, align 4
  %91 = sub nsw i32 7, %90
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [8 x %struct.Record], ptr %4, i64 0, i64 %92
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %93, ptr align 8 %6, i64 32, i1 false)
  br label %94

94:                                               ; preds = %89
  %95 = load i32, ptr %5, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %5, align 4
  br label %61, !llvm.loop !9

97:                                               ; preds = %61
  %98 = getelementptr inbounds [8 x %struct.Record], ptr %4, i64 0, i64 1
  %99 = getelementptr inbounds [8 x %struct.Record], ptr %4, i64 0, i64 0
  call void @llvm.memmove.p0.p0.i64(ptr align 16 %98, ptr align 16 %99, i64 192, i1 false)
  %100 = load i64, ptr %2, align 8
  %101 = mul i64 %100, 31
  %102 = getelementptr inbounds [8 x %struct.Record], ptr %4, i64 0, i64 0
  %103 = call i64 @hash_bytes(ptr noundef %102, i64 noundef 256)
  %104 = add i64 %101, %103
  store i64 %104, ptr %2, align 8
  store double 3.000000e+10, ptr %8, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %8, i64 8, i1 false)
  store i32 1078530011, ptr %11, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %10, ptr align 4 %11, i64 4, i1 false)
  %105 = load i64, ptr %9, align 8
  %106 = load float, ptr %10, align 4
  %107 = fmul float %106, 1.000000e+03
  %108 = fptosi float %107 to i64
  %109 = add i64 %105, %108
  %110 = load i64, ptr %2, align 8
  %111 = add i64 %110, %109
  store i64 %111, ptr %2, align 8
  %112 = getelementptr inbounds [7 x i8], ptr %12, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %112, ptr align 1 @.str, i64 7, i1 false)
  %113 = load i64, ptr %2, align 8
  %114 = mul i64 %113, 31
  %115 = getelementptr inbounds [7 x i8], ptr %12, i64 0, i64 0
  %116 = call i64 @hash_bytes(ptr noundef %115, i64 noundef 7)
  %117 = add i64 %114, %116
  store i64 %117, ptr %2, align 8
  %118 = load i64, ptr %2, align 8
  ret i64 %118
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal i64 @hash_bytes(ptr noundef %0, i64 noundef %1) #0 {
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
  br label %7, !llvm.loop !10

24:                                               ; preds = %7
  %25 = load i64, ptr %5, align 8
  ret i64 %25
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
