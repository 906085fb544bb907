; ModuleID = 'division.c'
source_filename = "division.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_values = dso_local local_unnamed_addr global [21 x i64] [i64 -1000000007, i64 -65536, i64 -255, i64 -17, i64 -9, i64 -8, i64 -7, i64 -2, i64 -1, i64 1, i64 2, i64 3, i64 7, i64 8, i64 9, i64 17, i64 255, i64 65536, i64 1000000007, i64 9223372036854775807, i64 -9223372036854775807], align 16

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %14
  %2 = phi i64 [ 0, %0 ], [ %15, %14 ]
  %3 = phi i64 [ 0, %0 ], [ %91, %14 ]
  %4 = getelementptr inbounds [21 x i64], ptr @g_values, i64 0, i64 %2
  %5 = load i64, ptr %4, align 8, !tbaa !4
  %6 = trunc i64 %5 to i32
  %7 = icmp eq i32 %6, -2147483648
  %8 = shl i32 %6, 16
  %9 = ashr exact i32 %8, 16
  %10 = shl i32 %6, 24
  %11 = ashr exact i32 %10, 24
  %12 = trunc i32 %11 to i16
  %13 = trunc i64 %5 to i8
  br label %17

14:                                               ; preds = %90
  %15 = add nuw nsw i64 %2, 1
  %16 = icmp eq i64 %15, 21
  br i1 %16, label %95, label %1, !llvm.loop !8

17:                                               ; preds = %1, %90
  %18 = phi i64 [ 0, %1 ], [ %92, %90 ]
  %19 = phi i64 [ %3, %1 ], [ %91, %90 ]
  %20 = getelementptr inbounds [21 x i64], ptr @g_values, i64 0, i64 %18
  %21 = load i64, ptr %20, align 8, !tbaa !4
  %22 = mul i64 %19, 31
  %23 = sdiv i64 %5, %21
  %24 = add i64 %23, %22
  %25 = srem i64 %5, %21
  %26 = add i64 %24, %25
  %27 = mul i64 %26, 31
  %28 = udiv i64 %5, %21
  %29 = add i64 %27, %28
  %30 = urem i64 %5, %21
  %31 = add i64 %29, %30
  %32 = trunc i64 %21 to i32
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %65, label %34

34:                                               ; preds = %17
  %35 = icmp eq i32 %32, -1
  %36 = select i1 %7, i1 %35, i1 false
  br i1 %36, label %45, label %37

37:                                               ; preds = %34
  %38 = mul i64 %31, 31
  %39 = sdiv i32 %6, %32
  %40 = sext i32 %39 to i64
  %41 = add i64 %38, %40
  %42 = srem i32 %6, %32
  %43 = sext i32 %42 to i64
  %44 = add i64 %41, %43
  br label %45

45:                                               ; preds = %37, %34
  %46 = phi i64 [ %44, %37 ], [ %31, %34 ]
  %47 = mul i64 %46, 31
  %48 = udiv i32 %6, %32
  %49 = zext i32 %48 to i64
  %50 = add i64 %47, %49
  %51 = urem i32 %6, %32
  %52 = zext i32 %51 to i64
  %53 = add i64 %50, %52
  %54 = shl i32 %32, 16
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %65, label %56

56:                                               ; preds = %45
  %57 = ashr exact i32 %54, 16
  %58 = mul i64 %53, 31
  %59 = sdiv i32 %9, %57
  %60 = sext i32 %59 to i64
  %61 = add i64 %58, %60
  %62 = srem i32 %9, %57
  %63 = sext i32 %62 to i64
  %64 = add i64 %61, %63
  br label %65

65:                                               ; preds = %17, %56, %45
  %66 = phi i64 [ %64, %56 ], [ %53, %45 ], [ %31, %17 ]
  %67 = trunc i64 %21 to i8
  %68 = icmp eq i8 %67, 0
  br i1 %68, label %78, label %69

69:                                               ; preds = %65
  %70 = mul i64 %66, 31
  %71 = sext i8 %67 to i16
  %72 = sdiv i16 %12, %71
  %73 = sext i16 %72 to i64
  %74 = add i64 %70, %73
  %75 = srem i16 %12, %71
  %76 = sext i16 %75 to i64
  %77 = add i64 %74, %76
  br label %78

78:                                               ; preds = %69, %65
  %79 = phi i64 [ %77, %69 ], [ %66, %65 ]
  %80 = and i32 %32, 255
  %81 = icmp eq i32 %80, 0
  br i1 %81, label %90, label %82

82:                                               ; preds = %78
  %83 = mul i64 %79, 31
  %84 = udiv i8 %13, %67
  %85 = zext i8 %84 to i64
  %86 = add i64 %83, %85
  %87 = urem i8 %13, %67
  %88 = zext i8 %87 to i64
  %89 = add i64 %86, %88
  br label %90

90:                                               ; preds = %82, %78
  %91 = phi i64 [ %89, %82 ], [ %79, %78 ]
  %92 = add nuw nsw i64 %18, 1
  %93 = icmp eq i64 %92, 21
  br i1 %93, label %14, label %17, !llvm.loop !10

94:                                               ; preds = %95
  ret i64 %142

95:                                               ; preds = %14, %95
  %96 = phi i64 [ %143, %95 ], [ 0, %14 ]
  %97 = phi i64 [ %142, %95 ], [ %91, %14 ]
  %98 = getelementptr inbounds [21 x i64], ptr @g_values, i64 0, i64 %96
  %99 = load i64, ptr %98, align 8, !tbaa !4
  %100 = mul i64 %97, 17
  %101 = sdiv i64 %99, 3
  %102 = add i64 %101, %100
  %103 = srem i64 %99, 3
  %104 = add i64 %102, %103
  %105 = sdiv i64 %99, 8
  %106 = add i64 %104, %105
  %107 = srem i64 %99, 8
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 17
  %110 = sdiv i64 %99, -7
  %111 = srem i64 %99, 7
  %112 = sdiv i64 %99, 1000
  %113 = srem i64 %99, 1000
  %114 = add nsw i64 %111, %110
  %115 = add nsw i64 %114, %112
  %116 = add nsw i64 %115, %113
  %117 = add i64 %116, %109
  %118 = mul i64 %117, 17
  %119 = udiv i64 %99, 10
  %120 = urem i64 %99, 10
  %121 = lshr i64 %99, 4
  %122 = add nuw nsw i64 %120, %119
  %123 = add nuw nsw i64 %122, %121
  %124 = add i64 %123, %118
  %125 = trunc i64 %99 to i32
  %126 = mul i64 %124, 17
  %127 = sdiv i32 %125, 5
  %128 = srem i32 %125, 64
  %129 = udiv i32 %125, 7
  %130 = zext i32 %129 to i64
  %131 = srem i32 %125, 1000
  %132 = tail call i32 @llvm.abs.i32(i32 %131, i1 true)
  %133 = srem i64 %99, 77
  %134 = trunc i64 %133 to i32
  %135 = tail call i32 @llvm.abs.i32(i32 %134, i1 true)
  %136 = add nuw nsw i32 %132, %135
  %137 = zext i32 %136 to i64
  %138 = add nsw i32 %128, %127
  %139 = sext i32 %138 to i64
  %140 = add nsw i64 %139, %130
  %141 = add nsw i64 %140, %137
  %142 = add i64 %141, %126
  %143 = add nuw nsw i64 %96, 1
  %144 = icmp eq i64 %143, 21
  br i1 %144, label %94, label %95, !llvm.loop !11
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #1

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"long", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9}
