; ModuleID = 'utf8.c'
source_filename = "utf8.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local global [74 x i8] c"Gr\C3\BC\C3\9F Gott! \CE\BA\CE\B1\CE\BB\CE\B7\CE\BC\CE\AD\CF\81\CE\B1 \E6\97\A5\E6\9C\AC\E8\AA\9E \F0\9F\98\80\F0\9F\9A\80 bad: \C0\AF \ED\A0\80 \E2\82 \FF end \E2\82\AC\00", align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x i8], align 16
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 73, ptr %1, align 4
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %13

13:                                               ; preds = %104, %0
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %14, 30
  br i1 %15, label %16, label %107

16:                                               ; preds = %13
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %17

17:                                               ; preds = %68, %16
  %18 = load i32, ptr %5, align 4
  %19 = load i32, ptr %1, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %69

21:                                               ; preds = %17
  %22 = load i32, ptr %1, align 4
  %23 = call i32 @decode(ptr noundef @g_text, i32 noundef %22, ptr noundef %5, ptr noundef %10)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %25, label %58

25:                                               ; preds = %21
  %26 = load i32, ptr %7, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %7, align 4
  %28 = load i32, ptr %10, align 4
  %29 = load i32, ptr %9, align 4
  %30 = icmp ugt i32 %28, %29
  br i1 %30, label %31, label %33

31:                                               ; preds = %25
  %32 = load i32, ptr %10, align 4
  store i32 %32, ptr %9, align 4
  br label %33

33:                                               ; preds = %31, %25
  %34 = load i32, ptr %10, align 4
  %35 = icmp ult i32 %34, 128
  br i1 %35, label %36, label %41

36:                                               ; preds = %33
  %37 = load i32, ptr %10, align 4
  %38 = load i32, ptr %4, align 4
  %39 = and i32 %38, 1
  %40 = xor i32 %37, %39
  br label %43

41:                                               ; preds = %33
  %42 = load i32, ptr %10, align 4
  br label %43

43:                                               ; preds = %41, %36
  %44 = phi i32 [ %40, %36 ], [ %42, %41 ]
  store i32 %44, ptr %11, align 4
  %45 = load i32, ptr %11, align 4
  %46 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %47 = load i32, ptr %6, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i8, ptr %46, i64 %48
  %50 = call i32 @encode(i32 noundef %45, ptr noundef %49)
  %51 = load i32, ptr %6, align 4
  %52 = add nsw i32 %51, %50
  store i32 %52, ptr %6, align 4
  %53 = load i64, ptr %3, align 8
  %54 = mul i64 %53, 31
  %55 = load i32, ptr %11, align 4
  %56 = zext i32 %55 to i64
  %57 = add i64 %54, %56
  store i64 %57, ptr %3, align 8
  br label %68

58:                                               ; preds = %21
  %59 = load i32, ptr %8, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %8, align 4
  %61 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %62 = load i32, ptr %6, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds i8, ptr %61, i64 %63
  %65 = call i32 @encode(i32 noundef 65533, ptr noundef %64)
  %66 = load i32, ptr %6, align 4
  %67 = add nsw i32 %66, %65
  store i32 %67, ptr %6, align 4
  br label %68

68:                                               ; preds = %58, %43
  br label %17, !llvm.loop !5

69:                                               ; preds = %17
  %70 = load i64, ptr %3, align 8
  %71 = mul i64 %70, 1000003
  %72 = load i32, ptr %7, align 4
  %73 = sext i32 %72 to i64
  %74 = mul i64 %73, 1000
  %75 = add i64 %71, %74
  %76 = load i32, ptr %8, align 4
  %77 = sext i32 %76 to i64
  %78 = mul i64 %77, 10
  %79 = add i64 %75, %78
  %80 = load i32, ptr %6, align 4
  %81 = sext i32 %80 to i64
  %82 = add i64 %79, %81
  store i64 %82, ptr %3, align 8
  %83 = load i32, ptr %9, align 4
  %84 = zext i32 %83 to i64
  %85 = load i64, ptr %3, align 8
  %86 = xor i64 %85, %84
  store i64 %86, ptr %3, align 8
  store i32 0, ptr %12, align 4
  br label %87

87:                                               ; preds = %100, %69
  %88 = load i32, ptr %12, align 4
  %89 = load i32, ptr %6, align 4
  %90 = icmp slt i32 %88, %89
  br i1 %90, label %91, label %103

91:                                               ; preds = %87
  %92 = load i64, ptr %3, align 8
  %93 = mul i64 %92, 131
  %94 = load i32, ptr %12, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 %95
  %97 = load i8, ptr %96, align 1
  %98 = zext i8 %97 to i64
  %99 = add i64 %93, %98
  store i64 %99, ptr %3, align 8
  br label %100

100:                                              ; preds = %91
  %101 = load i32, ptr %12, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %12, align 4
  br label %87, !llvm.loop !7

103:                                              ; preds = %87
  br label %104

104:                                              ; preds = %103
  %105 = load i32, ptr %4, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %4, align 4
  br label %13, !llvm.loop !8

107:                                              ; preds = %13
  %108 = load i64, ptr %3, align 8
  ret i64 %108
}

; Function Attrs: noinline nounwind optnone
define internal i32 @decode(ptr noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i8, align 1
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  %16 = load ptr, ptr %8, align 8
  %17 = load i32, ptr %16, align 4
  store i32 %17, ptr %10, align 4
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %10, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i8, ptr %18, i64 %20
  %22 = load i8, ptr %21, align 1
  store i8 %22, ptr %11, align 1
  %23 = load i8, ptr %11, align 1
  %24 = zext i8 %23 to i32
  %25 = icmp slt i32 %24, 128
  br i1 %25, label %26, label %33

26:                                               ; preds = %4
  %27 = load i8, ptr %11, align 1
  %28 = zext i8 %27 to i32
  %29 = load ptr, ptr %9, align 8
  store i32 %28, ptr %29, align 4
  %30 = load i32, ptr %10, align 4
  %31 = add nsw i32 %30, 1
  %32 = load ptr, ptr %8, align 8
  store i32 %31, ptr %32, align 4
  store i32 1, ptr %5, align 4
  br label %134

33:                                               ; preds = %4
  %34 = load i8, ptr %11, align 1
  %35 = zext i8 %34 to i32
  %36 = and i32 %35, 224
  %37 = icmp eq i32 %36, 192
  br i1 %37, label %38, label %42

38:                                               ; preds = %33
  store i32 2, ptr %12, align 4
  %39 = load i8, ptr %11, align 1
  %40 = zext i8 %39 to i32
  %41 = and i32 %40, 31
  store i32 %41, ptr %13, align 4
  store i32 128, ptr %14, align 4
  br label %66

42:                                               ; preds = %33
  %43 = load i8, ptr %11, align 1
  %44 = zext i8 %43 to i32
  %45 = and i32 %44, 240
  %46 = icmp eq i32 %45, 224
  br i1 %46, label %47, label %51

47:                                               ; preds = %42
  store i32 3, ptr %12, align 4
  %48 = load i8, ptr %11, align 1
  %49 = zext i8 %48 to i32
  %50 = and i32 %49, 15
  store i32 %50, ptr %13, align 4
  store i32 2048, ptr %14, align 4
  br label %65

51:                                               ; preds = %42
  %52 = load i8, ptr %11, align 1
  %53 = zext i8 %52 to i32
  %54 = and i32 %53, 248
  %55 = icmp eq i32 %54, 240
  br i1 %55, label %56, label %60

56:                                               ; preds = %51
  store i32 4, ptr %12, align 4
  %57 = load i8, ptr %11, align 1
  %58 = zext i8 %57 to i32
  %59 = and i32 %58, 7
  store i32 %59, ptr %13, align 4
  store i32 65536, ptr %14, align 4
  br label %64

60:                                               ; preds = %51
  %61 = load i32, ptr %10, align 4
  %62 = add nsw i32 %61, 1
  %63 = load ptr, ptr %8, align 8
  store i32 %62, ptr %63, align 4
  store i32 0, ptr %5, align 4
  br label %134

64:                                               ; preds = %56
  br label %65

65:                                               ; preds = %64, %47
  br label %66

66:                                               ; preds = %65, %38
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %10, align 4
  %69 = load i32, ptr %12, align 4
  %70 = add nsw i32 %68, %69
  %71 = load i32, ptr %7, align 4
  %72 = icmp sgt i32 %70, %71
  br i1 %72, label %73, label %76

73:                                               ; preds = %67
  %74 = load i32, ptr %7, align 4
  %75 = load ptr, ptr %8, align 8
  store i32 %74, ptr %75, align 4
  store i32 0, ptr %5, align 4
  br label %134

76:                                               ; preds = %67
  store i32 1, ptr %15, align 4
  br label %77

77:                                               ; preds = %110, %76
  %78 = load i32, ptr %15, align 4
  %79 = load i32, ptr %12, align 4
  %80 = icmp slt i32 %78, %79
  br i1 %80, label %81, label %113

81:                                               ; preds = %77
  %82 = load ptr, ptr %6, align 8
  %83 = load i32, ptr %10, align 4
  %84 = load i32, ptr %15, align 4
  %85 = add nsw i32 %83, %84
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds i8, ptr %82, i64 %86
  %88 = load i8, ptr %87, align 1
  %89 = zext i8 %88 to i32
  %90 = and i32 %89, 192
  %91 = icmp ne i32 %90, 128
  br i1 %91, label %92, label %97

92:                                               ; preds = %81
  %93 = load i32, ptr %10, align 4
  %94 = load i32, ptr %15, align 4
  %95 = add nsw i32 %93, %94
  %96 = load ptr, ptr %8, align 8
  store i32 %95, ptr %96, align 4
  store i32 0, ptr %5, align 4
  br label %134

97:                                               ; preds = %81
  %98 = load i32, ptr %13, align 4
  %99 = shl i32 %98, 6
  %100 = load ptr, ptr %6, align 8
  %101 = load i32, ptr %10, align 4
  %102 = load i32, ptr %15, align 4
  %103 = add nsw i32 %101, %102
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds i8, ptr %100, i64 %104
  %106 = load i8, ptr %105, align 1
  %107 = zext i8 %106 to i32
  %108 = and i32 %107, 63
  %109 = or i32 %99, %108
  store i32 %109, ptr %13, align 4
  br label %110

110:                                              ; preds = %97
  %111 = load i32, ptr %15, align 4
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %15, align 4
  br label %77, !llvm.loop !9

113:                                              ; preds = %77
  %114 = load i32, ptr %10, align 4
  %115 = load i32, ptr %12, align 4
  %116 = add nsw i32 %114, %115
  %117 = load ptr, ptr %8, align 8
  store i32 %116, ptr %117, align 4
  %118 = load i32, ptr %13, align 4
  %119 = load i32, ptr %14, align 4
  %120 = icmp ult i32 %118, %119
  br i1 %120, label %130, label %121

121:                                              ; preds = %113
  %122 = load i32, ptr %13, align 4
  %123 = icmp ugt i32 %122, 1114111
  br i1 %123, label %130, label %124

124:                                              ; preds = %121
  %125 = load i32, ptr %13, align 4
  %126 = icmp uge i32 %125, 55296
  br i1 %126, label %127, label %131

127:                                              ; preds = %124
  %128 = load i32, ptr %13, align 4
  %129 = icmp ule i32 %128, 57343
  br i1 %129, label %130, label %131

130:                                              ; preds = %127, %121, %113
  store i32 0, ptr %5, align 4
  br label %134

131:                                              ; preds = %127, %124
  %132 = load i32, ptr %13, align 4
  %133 = load ptr, ptr %9, align 8
  store i32 %132, ptr %133, align 4
  store i32 1, ptr %5, align 4
  br label %134

134:                                              ; preds = %131, %130, %92, %73, %60, %26
  %135 = load i32, ptr %5, align 4
  ret i32 %135
}

; Function Attrs: noinline nounwind optnone
define internal i32 @encode(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %6 = load i32, ptr %4, align 4
  %7 = icmp ult i32 %6, 128
  br i1 %7, label %8, label %13

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = trunc i32 %9 to i8
  %11 = load ptr, ptr %5, align 8
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  store i8 %10, ptr %12, align 1
  store i32 1, ptr %3, align 4
  br label %79

13:                                               ; preds = %2
  %14 = load i32, ptr %4, align 4
  %15 = icmp ult i32 %14, 2048
  br i1 %15, label %16, label %29

16:                                               ; preds = %13
  %17 = load i32, ptr %4, align 4
  %18 = lshr i32 %17, 6
  %19 = or i32 192, %18
  %20 = trunc i32 %19 to i8
  %21 = load ptr, ptr %5, align 8
  %22 = getelementptr inbounds i8, ptr %21, i64 0
  store i8 %20, ptr %22, align 1
  %23 = load i32, ptr %4, align 4
  %24 = and i32 %23, 63
  %25 = or i32 128, %24
  %26 = trunc i32 %25 to i8
  %27 = load ptr, ptr %5, align 8
  %28 = getelementptr inbounds i8, ptr %27, i64 1
  store i8 %26, ptr %28, align 1
  store i32 2, ptr %3, align 4
  br label %79

29:                                               ; preds = %13
  %30 = load i32, ptr %4, align 4
  %31 = icmp ult i32 %30, 65536
  br i1 %31, label %32, label %52

32:                                               ; preds = %29
  %33 = load i32, ptr %4, align 4
  %34 = lshr i32 %33, 12
  %35 = or i32 224, %34
  %36 = trunc i32 %35 to i8
  %37 = load ptr, ptr %5, align 8
  %38 = getelementptr inbounds i8, ptr %37, i64 0
  store i8 %36, ptr %38, align 1
  %39 = load i32, ptr %4, align 4
  %40 = lshr i32 %39, 6
  %41 = and i32 %40, 63
  %42 = or i32 128, %41
  %43 = trunc i32 %42 to i8
  %44 = load ptr, ptr %5, align 8
  %45 = getelementptr inbounds i8, ptr %44, i64 1
  store i8 %43, ptr %45, align 1
  %46 = load i32, ptr %4, align 4
  %47 = and i32 %46, 63
  %48 = or i32 128, %47
  %49 = trunc i32 %48 to i8
  %50 = load ptr, ptr %5, align 8
  %51 = getelementptr inbounds i8, ptr %50, i64 2
  store i8 %49, ptr %51, align 1
  store i32 3, ptr %3, align 4
  br label %79

52:                                               ; preds = %29
  %53 = load i32, ptr %4, align 4
  %54 = lshr i32 %53, 18
  %55 = or i32 240, %54
  %56 = trunc i32 %55 to i8
  %57 = load ptr, ptr %5, align 8
  %58 = getelementptr inbounds i8, ptr %57, i64 0
  store i8 %56, ptr %58, align 1
  %59 = load i32, ptr %4, align 4
  %60 = lshr i32 %59, 12
  %61 = and i32 %60, 63
  %62 = or i32 128, %61
  %63 = trunc i32 %62 to i8
  %64 = load ptr, ptr %5, align 8
  %65 = getelementptr inbounds i8, ptr %64, i64 1
  store i8 %63, ptr %65, align 1
  %66 = load i32, ptr %4, align 4
  %67 = lshr i32 %66, 6
  %68 = and i32 %67, 63
  %69 = or i32 128, %68
  %70 = trunc i32 %69 to i8
  %71 = load ptr, ptr %5, align 8
  %72 = getelementptr inbounds i8, ptr %71, i64 2
  store i8 %70, ptr %72, align 1
  %73 = load i32, ptr %4, align 4
  %74 = and i32 %73, 63
  %75 = or i32 128, %74
  %76 = trunc i32 %75 to i8
  %77 = load ptr, ptr %5, align 8
  %78 = getelementptr inbounds i8, ptr %77, i64 3
  store i8 %76, ptr %78, align 1
  store i32 4, ptr %3, align 4
  br label %79

79:                                               ; preds = %52, %32, %16, %8
  %80 = load i32, ptr %3, align 4
  ret i32 %80
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
