; ModuleID = 'bit_tricks.c'
source_filename = "bit_tricks.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i64 81985529216486895, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = load i64, ptr @g_seed, align 8
  store i64 %7, ptr %1, align 8
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %8

8:                                                ; preds = %173, %0
  %9 = load i32, ptr %3, align 4
  %10 = icmp slt i32 %9, 4000
  br i1 %10, label %11, label %176

11:                                               ; preds = %8
  %12 = load i64, ptr %1, align 8
  %13 = lshr i64 %12, 12
  %14 = load i64, ptr %1, align 8
  %15 = xor i64 %14, %13
  store i64 %15, ptr %1, align 8
  %16 = load i64, ptr %1, align 8
  %17 = shl i64 %16, 25
  %18 = load i64, ptr %1, align 8
  %19 = xor i64 %18, %17
  store i64 %19, ptr %1, align 8
  %20 = load i64, ptr %1, align 8
  %21 = lshr i64 %20, 27
  %22 = load i64, ptr %1, align 8
  %23 = xor i64 %22, %21
  store i64 %23, ptr %1, align 8
  %24 = load i64, ptr %1, align 8
  %25 = mul i64 %24, 2685821657736338717
  store i64 %25, ptr %4, align 8
  %26 = load i64, ptr %4, align 8
  %27 = trunc i64 %26 to i32
  store i32 %27, ptr %5, align 4
  %28 = load i64, ptr %4, align 8
  %29 = lshr i64 %28, 32
  %30 = trunc i64 %29 to i32
  store i32 %30, ptr %6, align 4
  %31 = load i64, ptr %4, align 8
  %32 = call i64 @llvm.ctpop.i64(i64 %31)
  %33 = trunc i64 %32 to i32
  %34 = sext i32 %33 to i64
  %35 = load i32, ptr %5, align 4
  %36 = call i32 @llvm.ctpop.i32(i32 %35)
  %37 = sext i32 %36 to i64
  %38 = add i64 %34, %37
  %39 = load i64, ptr %2, align 8
  %40 = add i64 %39, %38
  store i64 %40, ptr %2, align 8
  %41 = load i64, ptr %4, align 8
  %42 = call i32 @popcount_manual(i64 noundef %41)
  %43 = load i64, ptr %4, align 8
  %44 = call i64 @llvm.ctpop.i64(i64 %43)
  %45 = trunc i64 %44 to i32
  %46 = icmp ne i32 %42, %45
  br i1 %46, label %47, label %50

47:                                               ; preds = %11
  %48 = load i64, ptr %2, align 8
  %49 = add i64 %48, 1000
  store i64 %49, ptr %2, align 8
  br label %50

50:                                               ; preds = %47, %11
  %51 = load i64, ptr %2, align 8
  %52 = mul i64 %51, 7
  %53 = load i64, ptr %4, align 8
  %54 = icmp ne i64 %53, 0
  br i1 %54, label %55, label %59

55:                                               ; preds = %50
  %56 = load i64, ptr %4, align 8
  %57 = call i64 @llvm.ctlz.i64(i64 %56, i1 true)
  %58 = trunc i64 %57 to i32
  br label %60

59:                                               ; preds = %50
  br label %60

60:                                               ; preds = %59, %55
  %61 = phi i32 [ %58, %55 ], [ 64, %59 ]
  %62 = sext i32 %61 to i64
  %63 = add i64 %52, %62
  store i64 %63, ptr %2, align 8
  %64 = load i64, ptr %4, align 8
  %65 = icmp ne i64 %64, 0
  br i1 %65, label %66, label %76

66:                                               ; preds = %60
  %67 = load i64, ptr %4, align 8
  %68 = call i32 @clz_manual(i64 noundef %67)
  %69 = load i64, ptr %4, align 8
  %70 = call i64 @llvm.ctlz.i64(i64 %69, i1 true)
  %71 = trunc i64 %70 to i32
  %72 = icmp ne i32 %68, %71
  br i1 %72, label %73, label %76

73:                                               ; preds = %66
  %74 = load i64, ptr %2, align 8
  %75 = add i64 %74, 2000
  store i64 %75, ptr %2, align 8
  br label %76

76:                                               ; preds = %73, %66, %60
  %77 = load i64, ptr %2, align 8
  %78 = mul i64 %77, 5
  %79 = load i32, ptr %5, align 4
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %81, label %84

81:                                               ; preds = %76
  %82 = load i32, ptr %5, align 4
  %83 = call i32 @llvm.cttz.i32(i32 %82, i1 true)
  br label %85

84:                                               ; preds = %76
  br label %85

85:                                               ; preds = %84, %81
  %86 = phi i32 [ %83, %81 ], [ 32, %84 ]
  %87 = sext i32 %86 to i64
  %88 = add i64 %78, %87
  %89 = load i32, ptr %6, align 4
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %91, label %96

91:                                               ; preds = %85
  %92 = load i32, ptr %6, align 4
  %93 = zext i32 %92 to i64
  %94 = call i64 @llvm.cttz.i64(i64 %93, i1 true)
  %95 = trunc i64 %94 to i32
  br label %97

96:                                               ; preds = %85
  br label %97

97:                                               ; preds = %96, %91
  %98 = phi i32 [ %95, %91 ], [ 32, %96 ]
  %99 = sext i32 %98 to i64
  %100 = add i64 %88, %99
  store i64 %100, ptr %2, align 8
  %101 = load i64, ptr %4, align 8
  %102 = call i64 @llvm.bswap.i64(i64 %101)
  %103 = load i32, ptr %5, align 4
  %104 = call i32 @llvm.bswap.i32(i32 %103)
  %105 = zext i32 %104 to i64
  %106 = add i64 %102, %105
  %107 = load i32, ptr %6, align 4
  %108 = call i32 @bswap32_manual(i32 noundef %107)
  %109 = zext i32 %108 to i64
  %110 = add i64 %106, %109
  %111 = load i64, ptr %2, align 8
  %112 = xor i64 %111, %110
  store i64 %112, ptr %2, align 8
  %113 = load i32, ptr %5, align 4
  %114 = trunc i32 %113 to i16
  %115 = call i16 @llvm.bswap.i16(i16 %114)
  %116 = zext i16 %115 to i64
  %117 = load i64, ptr %2, align 8
  %118 = add i64 %117, %116
  store i64 %118, ptr %2, align 8
  %119 = load i64, ptr %2, align 8
  %120 = load i32, ptr %3, align 4
  %121 = call i64 @rotl64(i64 noundef %119, i32 noundef %120)
  %122 = load i32, ptr %5, align 4
  %123 = load i32, ptr %6, align 4
  %124 = and i32 %123, 31
  %125 = call i32 @rotr32(i32 noundef %122, i32 noundef %124)
  %126 = zext i32 %125 to i64
  %127 = xor i64 %121, %126
  store i64 %127, ptr %2, align 8
  %128 = load i32, ptr %6, align 4
  %129 = trunc i32 %128 to i8
  %130 = load i32, ptr %3, align 4
  %131 = call zeroext i8 @rotl8(i8 noundef zeroext %129, i32 noundef %130)
  %132 = zext i8 %131 to i32
  %133 = load i32, ptr %5, align 4
  %134 = call i32 @reverse_bits32(i32 noundef %133)
  %135 = add i32 %132, %134
  %136 = zext i32 %135 to i64
  %137 = load i64, ptr %2, align 8
  %138 = add i64 %137, %136
  store i64 %138, ptr %2, align 8
  %139 = load i32, ptr %5, align 4
  %140 = lshr i32 %139, 1
  %141 = or i32 %140, 1
  %142 = call i32 @next_pow2(i32 noundef %141)
  %143 = zext i32 %142 to i64
  %144 = load i64, ptr %2, align 8
  %145 = add i64 %144, %143
  store i64 %145, ptr %2, align 8
  %146 = load i32, ptr %5, align 4
  %147 = load i32, ptr %5, align 4
  %148 = lshr i32 %147, 1
  %149 = xor i32 %146, %148
  %150 = zext i32 %149 to i64
  %151 = load i64, ptr %2, align 8
  %152 = xor i64 %151, %150
  store i64 %152, ptr %2, align 8
  %153 = load i64, ptr %4, align 8
  %154 = load i64, ptr %4, align 8
  %155 = sub i64 0, %154
  %156 = and i64 %153, %155
  %157 = load i64, ptr %2, align 8
  %158 = add i64 %157, %156
  store i64 %158, ptr %2, align 8
  %159 = load i64, ptr %4, align 8
  %160 = call i64 @llvm.ctpop.i64(i64 %159)
  %161 = and i64 %160, 1
  %162 = trunc i64 %161 to i32
  %163 = sext i32 %162 to i64
  %164 = load i64, ptr %2, align 8
  %165 = add i64 %164, %163
  store i64 %165, ptr %2, align 8
  %166 = load i64, ptr %4, align 8
  %167 = load i32, ptr %3, align 4
  %168 = and i32 %167, 63
  %169 = zext i32 %168 to i64
  %170 = ashr i64 %166, %169
  %171 = load i64, ptr %2, align 8
  %172 = add i64 %171, %170
  store i64 %172, ptr %2, align 8
  br label %173

173:                                              ; preds = %97
  %174 = load i32, ptr %3, align 4
  %175 = add nsw i32 %174, 1
  store i32 %175, ptr %3, align 4
  br label %8, !llvm.loop !5

176:                                              ; preds = %8
  %177 = load i64, ptr %2, align 8
  ret i64 %177
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @popcount_manual(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = load i64, ptr %2, align 8
  %5 = lshr i64 %4, 1
  %6 = and i64 %5, 6148914691236517205
  %7 = sub i64 %3, %6
  store i64 %7, ptr %2, align 8
  %8 = load i64, ptr %2, align 8
  %9 = and i64 %8, 3689348814741910323
  %10 = load i64, ptr %2, align 8
  %11 = lshr i64 %10, 2
  %12 = and i64 %11, 3689348814741910323
  %13 = add i64 %9, %12
  store i64 %13, ptr %2, align 8
  %14 = load i64, ptr %2, align 8
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 4
  %17 = add i64 %14, %16
  %18 = and i64 %17, 1085102592571150095
  store i64 %18, ptr %2, align 8
  %19 = load i64, ptr %2, align 8
  %20 = mul i64 %19, 72340172838076673
  %21 = lshr i64 %20, 56
  %22 = trunc i64 %21 to i32
  ret i32 %22
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @clz_manual(i64 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %1
  store i32 64, ptr %2, align 4
  br label %21

8:                                                ; preds = %1
  br label %9

9:                                                ; preds = %14, %8
  %10 = load i64, ptr %3, align 8
  %11 = and i64 %10, -9223372036854775808
  %12 = icmp ne i64 %11, 0
  %13 = xor i1 %12, true
  br i1 %13, label %14, label %19

14:                                               ; preds = %9
  %15 = load i64, ptr %3, align 8
  %16 = shl i64 %15, 1
  store i64 %16, ptr %3, align 8
  %17 = load i32, ptr %4, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %4, align 4
  br label %9, !llvm.loop !7

19:                                               ; preds = %9
  %20 = load i32, ptr %4, align 4
  store i32 %20, ptr %2, align 4
  br label %21

21:                                               ; preds = %19, %7
  %22 = load i32, ptr %2, align 4
  ret i32 %22
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.bswap.i64(i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @bswap32_manual(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = lshr i32 %3, 24
  %5 = load i32, ptr %2, align 4
  %6 = lshr i32 %5, 8
  %7 = and i32 %6, 65280
  %8 = or i32 %4, %7
  %9 = load i32, ptr %2, align 4
  %10 = shl i32 %9, 8
  %11 = and i32 %10, 16711680
  %12 = or i32 %8, %11
  %13 = load i32, ptr %2, align 4
  %14 = shl i32 %13, 24
  %15 = or i32 %12, %14
  ret i32 %15
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.bswap.i16(i16) #1

; Function Attrs: noinline nounwind optnone
define internal i64 @rotl64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = and i32 %5, 63
  store i32 %6, ptr %4, align 4
  %7 = load i32, ptr %4, align 4
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %20

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8
  %11 = load i32, ptr %4, align 4
  %12 = zext i32 %11 to i64
  %13 = shl i64 %10, %12
  %14 = load i64, ptr %3, align 8
  %15 = load i32, ptr %4, align 4
  %16 = sub i32 64, %15
  %17 = zext i32 %16 to i64
  %18 = lshr i64 %14, %17
  %19 = or i64 %13, %18
  br label %22

20:                                               ; preds = %2
  %21 = load i64, ptr %3, align 8
  br label %22

22:                                               ; preds = %20, %9
  %23 = phi i64 [ %19, %9 ], [ %21, %20 ]
  ret i64 %23
}

; Function Attrs: noinline nounwind optnone
define internal i32 @rotr32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = and i32 %5, 31
  store i32 %6, ptr %4, align 4
  %7 = load i32, ptr %3, align 4
  %8 = load i32, ptr %4, align 4
  %9 = lshr i32 %7, %8
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = sub i32 32, %11
  %13 = and i32 %12, 31
  %14 = shl i32 %10, %13
  %15 = or i32 %9, %14
  ret i32 %15
}

; Function Attrs: noinline nounwind optnone
define internal zeroext i8 @rotl8(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = and i32 %5, 7
  store i32 %6, ptr %4, align 4
  %7 = load i8, ptr %3, align 1
  %8 = zext i8 %7 to i32
  %9 = load i32, ptr %4, align 4
  %10 = shl i32 %8, %9
  %11 = load i8, ptr %3, align 1
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = sub i32 8, %13
  %15 = and i32 %14, 7
  %16 = ashr i32 %12, %15
  %17 = or i32 %10, %16
  %18 = trunc i32 %17 to i8
  ret i8 %18
}

; Function Attrs: noinline nounwind optnone
define internal i32 @reverse_bits32(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = lshr i32 %3, 1
  %5 = and i32 %4, 1431655765
  %6 = load i32, ptr %2, align 4
  %7 = and i32 %6, 1431655765
  %8 = shl i32 %7, 1
  %9 = or i32 %5, %8
  store i32 %9, ptr %2, align 4
  %10 = load i32, ptr %2, align 4
  %11 = lshr i32 %10, 2
  %12 = and i32 %11, 858993459
  %13 = load i32, ptr %2, align 4
  %14 = and i32 %13, 858993459
  %15 = shl i32 %14, 2
  %16 = or i32 %12, %15
  store i32 %16, ptr %2, align 4
  %17 = load i32, ptr %2, align 4
  %18 = lshr i32 %17, 4
  %19 = and i32 %18, 252645135
  %20 = load i32, ptr %2, align 4
  %21 = and i32 %20, 252645135
  %22 = shl i32 %21, 4
  %23 = or i32 %19, %22
  store i32 %23, ptr %2, align 4
  %24 = load i32, ptr %2, align 4
  %25 = call i32 @bswap32_manual(i32 noundef %24)
  ret i32 %25
}

; Function Attrs: noinline nounwind optnone
define internal i32 @next_pow2(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add i32 %3, -1
  store i32 %4, ptr %2, align 4
  %5 = load i32, ptr %2, align 4
  %6 = lshr i32 %5, 1
  %7 = load i32, ptr %2, align 4
  %8 = or i32 %7, %6
  store i32 %8, ptr %2, align 4
  %9 = load i32, ptr %2, align 4
  %10 = lshr i32 %9, 2
  %11 = load i32, ptr %2, align 4
  %12 = or i32 %11, %10
  store i32 %12, ptr %2, align 4
  %13 = load i32, ptr %2, align 4
  %14 = lshr i32 %13, 4
  %15 = load i32, ptr %2, align 4
  %16 = or i32 %15, %14
  store i32 %16, ptr %2, align 4
  %17 = load i32, ptr %2, align 4
  %18 = lshr i32 %17, 8
  %19 = load i32, ptr %2, align 4
  %20 = or i32 %19, %18
  store i32 %20, ptr %2, align 4
  %21 = load i32, ptr %2, align 4
  %22 = lshr i32 %21, 16
  %23 = load i32, ptr %2, align 4
  %24 = or i32 %23, %22
  store i32 %24, ptr %2, align 4
  %25 = load i32, ptr %2, align 4
  %26 = add i32 %25, 1
  ret i32 %26
}

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
!7 = distinct !{!7, !6}
