; ModuleID = 'global_tables.c'
source_filename = "global_tables.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_counter = dso_local global i64 0, align 8
@sine_table = internal constant [32 x i16] [i16 0, i16 3212, i16 6393, i16 9512, i16 12539, i16 15446, i16 18204, i16 20787, i16 23170, i16 25329, i16 27245, i16 28898, i16 30273, i16 31356, i16 32137, i16 32609, i16 32767, i16 32609, i16 32137, i16 31356, i16 30273, i16 28898, i16 27245, i16 25329, i16 23170, i16 20787, i16 18204, i16 15446, i16 12539, i16 9512, i16 6393, i16 3212], align 16
@primes = internal constant [20 x i32] [i32 2, i32 3, i32 5, i32 7, i32 11, i32 13, i32 17, i32 19, i32 23, i32 29, i32 31, i32 37, i32 41, i32 43, i32 47, i32 53, i32 59, i32 61, i32 67, i32 71], align 16
@g_history = dso_local global [64 x i32] zeroinitializer, align 16
@g_history_len = dso_local global i32 0, align 4
@weights = internal constant [4 x [3 x double]] [[3 x double] [double 5.000000e-01, double 2.500000e-01, double 1.250000e-01], [3 x double] [double 1.000000e+00, double -1.000000e+00, double 2.000000e+00], [3 x double] [double 3.500000e+00, double 0.000000e+00, double -5.000000e-01], [3 x double] [double 7.500000e-01, double 7.500000e-01, double 7.500000e-01]], align 16
@words = internal constant [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
@sbox = internal constant [16 x i8] c"\0C\05\06\0B\09\00\0A\0D\03\0E\0F\08\04\07\01\02", align 16
@.str = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"beta\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"gamma\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"delta\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"epsilon\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"zeta\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"eta\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"theta\00", align 1

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i16, align 2
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store i64 0, ptr %1, align 8
  store i16 4660, ptr %2, align 2
  store i32 0, ptr %3, align 4
  br label %10

10:                                               ; preds = %33, %0
  %11 = load i32, ptr %3, align 4
  %12 = icmp slt i32 %11, 1000
  br i1 %12, label %13, label %36

13:                                               ; preds = %10
  %14 = load i16, ptr %2, align 2
  %15 = zext i16 %14 to i32
  %16 = load i32, ptr %3, align 4
  %17 = xor i32 %15, %16
  %18 = trunc i32 %17 to i16
  %19 = call zeroext i16 @present_layer(i16 noundef zeroext %18)
  store i16 %19, ptr %2, align 2
  %20 = load i16, ptr %2, align 2
  %21 = zext i16 %20 to i32
  %22 = and i32 %21, 31
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [32 x i16], ptr @sine_table, i64 0, i64 %23
  %25 = load i16, ptr %24, align 2
  %26 = sext i16 %25 to i32
  %27 = load i32, ptr %3, align 4
  %28 = srem i32 %27, 20
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [20 x i32], ptr @primes, i64 0, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = mul nsw i32 %26, %31
  call void @record(i32 noundef %32)
  br label %33

33:                                               ; preds = %13
  %34 = load i32, ptr %3, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %3, align 4
  br label %10, !llvm.loop !5

36:                                               ; preds = %10
  store i32 0, ptr %4, align 4
  br label %37

37:                                               ; preds = %49, %36
  %38 = load i32, ptr %4, align 4
  %39 = icmp slt i32 %38, 64
  br i1 %39, label %40, label %52

40:                                               ; preds = %37
  %41 = load i64, ptr %1, align 8
  %42 = mul i64 %41, 31
  %43 = load i32, ptr %4, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [64 x i32], ptr @g_history, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4
  %47 = zext i32 %46 to i64
  %48 = add i64 %42, %47
  store i64 %48, ptr %1, align 8
  br label %49

49:                                               ; preds = %40
  %50 = load i32, ptr %4, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %4, align 4
  br label %37, !llvm.loop !7

52:                                               ; preds = %37
  %53 = load i64, ptr @g_counter, align 8
  %54 = load i32, ptr @g_history_len, align 4
  %55 = sext i32 %54 to i64
  %56 = add i64 %53, %55
  %57 = load i64, ptr %1, align 8
  %58 = add i64 %57, %56
  store i64 %58, ptr %1, align 8
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %59

59:                                               ; preds = %89, %52
  %60 = load i32, ptr %6, align 4
  %61 = icmp slt i32 %60, 4
  br i1 %61, label %62, label %92

62:                                               ; preds = %59
  store i32 0, ptr %7, align 4
  br label %63

63:                                               ; preds = %85, %62
  %64 = load i32, ptr %7, align 4
  %65 = icmp slt i32 %64, 3
  br i1 %65, label %66, label %88

66:                                               ; preds = %63
  %67 = load double, ptr %5, align 8
  %68 = fmul double %67, 1.500000e+00
  %69 = load i32, ptr %6, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [4 x [3 x double]], ptr @weights, i64 0, i64 %70
  %72 = load i32, ptr %7, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [3 x double], ptr %71, i64 0, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = load i32, ptr %6, align 4
  %77 = add nsw i32 %76, 1
  %78 = sitofp i32 %77 to double
  %79 = fmul double %75, %78
  %80 = load i32, ptr %7, align 4
  %81 = add nsw i32 %80, 2
  %82 = sitofp i32 %81 to double
  %83 = fmul double %79, %82
  %84 = fadd double %68, %83
  store double %84, ptr %5, align 8
  br label %85

85:                                               ; preds = %66
  %86 = load i32, ptr %7, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %7, align 4
  br label %63, !llvm.loop !8

88:                                               ; preds = %63
  br label %89

89:                                               ; preds = %88
  %90 = load i32, ptr %6, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %6, align 4
  br label %59, !llvm.loop !9

92:                                               ; preds = %59
  %93 = load double, ptr %5, align 8
  %94 = fmul double %93, 1.024000e+03
  %95 = fptosi double %94 to i64
  %96 = load i64, ptr %1, align 8
  %97 = xor i64 %96, %95
  store i64 %97, ptr %1, align 8
  store i32 0, ptr %8, align 4
  br label %98

98:                                               ; preds = %124, %92
  %99 = load i32, ptr %8, align 4
  %100 = icmp slt i32 %99, 8
  br i1 %100, label %101, label %127

101:                                              ; preds = %98
  %102 = load i32, ptr %8, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [8 x ptr], ptr @words, i64 0, i64 %103
  %105 = load ptr, ptr %104, align 8
  store ptr %105, ptr %9, align 8
  br label %106

106:                                              ; preds = %120, %101
  %107 = load ptr, ptr %9, align 8
  %108 = load i8, ptr %107, align 1
  %109 = icmp ne i8 %108, 0
  br i1 %109, label %110, label %123

110:                                              ; preds = %106
  %111 = load i64, ptr %1, align 8
  %112 = mul i64 %111, 131
  %113 = load ptr, ptr %9, align 8
  %114 = load i8, ptr %113, align 1
  %115 = zext i8 %114 to i64
  %116 = add i64 %112, %115
  %117 = load i32, ptr %8, align 4
  %118 = sext i32 %117 to i64
  %119 = add i64 %116, %118
  store i64 %119, ptr %1, align 8
  br label %120

120:                                              ; preds = %110
  %121 = load ptr, ptr %9, align 8
  %122 = getelementptr inbounds i8, ptr %121, i32 1
  store ptr %122, ptr %9, align 8
  br label %106, !llvm.loop !10

123:                                              ; preds = %106
  br label %124

124:                                              ; preds = %123
  %125 = load i32, ptr %8, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %8, align 4
  br label %98, !llvm.loop !11

127:                                              ; preds = %98
  %128 = load i64, ptr %1, align 8
  ret i64 %128
}

; Function Attrs: noinline nounwind optnone
define internal zeroext i16 @present_layer(i16 noundef zeroext %0) #0 {
  %2 = alloca i16, align 2
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %2, align 2
  store i16 0, ptr %3, align 2
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %28, %1
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 4
  br i1 %7, label %8, label %31

8:                                                ; preds = %5
  %9 = load i16, ptr %2, align 2
  %10 = zext i16 %9 to i32
  %11 = load i32, ptr %4, align 4
  %12 = mul nsw i32 4, %11
  %13 = ashr i32 %10, %12
  %14 = and i32 %13, 15
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [16 x i8], ptr @sbox, i64 0, i64 %15
  %17 = load i8, ptr %16, align 1
  %18 = zext i8 %17 to i32
  %19 = load i32, ptr %4, align 4
  %20 = mul nsw i32 4, %19
  %21 = shl i32 %18, %20
  %22 = trunc i32 %21 to i16
  %23 = zext i16 %22 to i32
  %24 = load i16, ptr %3, align 2
  %25 = zext i16 %24 to i32
  %26 = or i32 %25, %23
  %27 = trunc i32 %26 to i16
  store i16 %27, ptr %3, align 2
  br label %28

28:                                               ; preds = %8
  %29 = load i32, ptr %4, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %4, align 4
  br label %5, !llvm.loop !12

31:                                               ; preds = %5
  %32 = load i16, ptr %3, align 2
  ret i16 %32
}

; Function Attrs: noinline nounwind optnone
define internal void @record(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = load i32, ptr @g_history_len, align 4
  %5 = srem i32 %4, 64
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds [64 x i32], ptr @g_history, i64 0, i64 %6
  store i32 %3, ptr %7, align 4
  %8 = load i32, ptr @g_history_len, align 4
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr @g_history_len, align 4
  %10 = load i32, ptr %2, align 4
  %11 = zext i32 %10 to i64
  %12 = load i64, ptr @g_counter, align 8
  %13 = add i64 %12, %11
  store i64 %13, ptr @g_counter, align 8
  ret void
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
