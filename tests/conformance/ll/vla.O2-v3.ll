; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_rows = dso_local local_unnamed_addr global i32 40, align 4

; Function Attrs: nofree nosync nounwind
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_rows, align 4, !tbaa !4
  %2 = icmp slt i32 %1, 1
  br i1 %2, label %6, label %3

3:                                                ; preds = %0
  %4 = add nuw i32 %1, 1
  %5 = zext i32 %4 to i64
  br label %8

6:                                                ; preds = %80, %0
  %7 = phi i64 [ 0, %0 ], [ %91, %80 ]
  ret i64 %7

8:                                                ; preds = %3, %80
  %9 = phi i64 [ 0, %3 ], [ %94, %80 ]
  %10 = phi i64 [ 1, %3 ], [ %92, %80 ]
  %11 = phi i64 [ 0, %3 ], [ %91, %80 ]
  %12 = shl nuw nsw i64 %9, 2
  %13 = add i64 %12, 4
  %14 = tail call ptr @llvm.stacksave()
  %15 = mul nuw nsw i64 %10, %10
  %16 = alloca i32, i64 %15, align 16
  %17 = ptrtoint ptr %16 to i64
  %18 = icmp ult i64 %10, 8
  %19 = and i64 %10, 9223372036854775800
  %20 = icmp eq i64 %10, %19
  %21 = and i64 %10, 1
  %22 = icmp eq i64 %21, 0
  br label %23

23:                                               ; preds = %8, %95
  %24 = phi i64 [ 0, %8 ], [ %96, %95 ]
  %25 = trunc i64 %24 to i32
  %26 = mul nsw i32 %25, 31
  %27 = icmp ne i64 %24, 0
  %28 = mul nuw nsw i64 %24, %10
  %29 = getelementptr inbounds i32, ptr %16, i64 %28
  %30 = add nuw i64 %24, 4294967295
  %31 = and i64 %30, 4294967295
  %32 = mul nuw nsw i64 %31, %10
  %33 = getelementptr inbounds i32, ptr %16, i64 %32
  br i1 %18, label %62, label %34

34:                                               ; preds = %23
  %35 = add nuw i64 %24, 4294967295
  %36 = and i64 %35, 4294967295
  %37 = mul i64 %13, %36
  %38 = add i64 %37, %17
  %39 = mul i64 %13, %24
  %40 = add i64 %39, %17
  %41 = sub i64 %40, %38
  %42 = icmp ult i64 %41, 32
  br i1 %42, label %62, label %43

43:                                               ; preds = %34
  %44 = insertelement <8 x i32> poison, i32 %26, i64 0
  %45 = shufflevector <8 x i32> %44, <8 x i32> poison, <8 x i32> zeroinitializer
  %46 = insertelement <8 x i1> poison, i1 %27, i64 0
  %47 = shufflevector <8 x i1> %46, <8 x i1> poison, <8 x i32> zeroinitializer
  br label %48

48:                                               ; preds = %48, %43
  %49 = phi i64 [ 0, %43 ], [ %58, %48 ]
  %50 = phi <8 x i32> [ <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %43 ], [ %59, %48 ]
  %51 = mul nsw <8 x i32> %50, <i32 17, i32 17, i32 17, i32 17, i32 17, i32 17, i32 17, i32 17>
  %52 = add nuw nsw <8 x i32> %51, %45
  %53 = urem <8 x i32> %52, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %54 = getelementptr i32, ptr %33, i64 %49
  %55 = call <8 x i32> @llvm.masked.load.v8i32.p0(ptr %54, i32 4, <8 x i1> %47, <8 x i32> zeroinitializer), !tbaa !4
  %56 = add nsw <8 x i32> %55, %53
  %57 = getelementptr inbounds i32, ptr %29, i64 %49
  store <8 x i32> %56, ptr %57, align 4, !tbaa !4
  %58 = add nuw i64 %49, 8
  %59 = add <8 x i32> %50, <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %60 = icmp eq i64 %58, %19
  br i1 %60, label %61, label %48, !llvm.loop !8

61:                                               ; preds = %48
  br i1 %20, label %95, label %62

62:                                               ; preds = %34, %23, %61
  %63 = phi i64 [ 0, %34 ], [ 0, %23 ], [ %19, %61 ]
  br i1 %22, label %77, label %64

64:                                               ; preds = %62
  %65 = trunc i64 %63 to i32
  %66 = mul nsw i32 %65, 17
  %67 = add nuw nsw i32 %66, %26
  %68 = urem i32 %67, 23
  br i1 %27, label %69, label %72

69:                                               ; preds = %64
  %70 = getelementptr inbounds i32, ptr %33, i64 %63
  %71 = load i32, ptr %70, align 4, !tbaa !4
  br label %72

72:                                               ; preds = %69, %64
  %73 = phi i32 [ %71, %69 ], [ 0, %64 ]
  %74 = add nsw i32 %73, %68
  %75 = getelementptr inbounds i32, ptr %29, i64 %63
  store i32 %74, ptr %75, align 4, !tbaa !4
  %76 = or i64 %63, 1
  br label %77

77:                                               ; preds = %72, %62
  %78 = phi i64 [ %63, %62 ], [ %76, %72 ]
  %79 = icmp eq i64 %9, %63
  br i1 %79, label %95, label %98

80:                                               ; preds = %95
  %81 = mul i64 %11, 7
  %82 = add nsw i64 %10, -1
  %83 = mul nsw i64 %82, %10
  %84 = getelementptr inbounds i32, ptr %16, i64 %83
  %85 = getelementptr inbounds i32, ptr %84, i64 %82
  %86 = load i32, ptr %85, align 4, !tbaa !4
  %87 = sext i32 %86 to i64
  %88 = add i64 %81, %87
  %89 = trunc i64 %10 to i32
  %90 = tail call fastcc i64 @pascal_row_sum(i32 noundef %89)
  %91 = add i64 %88, %90
  tail call void @llvm.stackrestore(ptr %14)
  %92 = add nuw nsw i64 %10, 1
  %93 = icmp eq i64 %92, %5
  %94 = add i64 %9, 1
  br i1 %93, label %6, label %8, !llvm.loop !12

95:                                               ; preds = %77, %119, %61
  %96 = add nuw nsw i64 %24, 1
  %97 = icmp eq i64 %96, %10
  br i1 %97, label %80, label %23, !llvm.loop !13

98:                                               ; preds = %77, %119
  %99 = phi i64 [ %123, %119 ], [ %78, %77 ]
  %100 = trunc i64 %99 to i32
  %101 = mul nsw i32 %100, 17
  %102 = add nuw nsw i32 %101, %26
  %103 = urem i32 %102, 23
  br i1 %27, label %104, label %107

104:                                              ; preds = %98
  %105 = getelementptr inbounds i32, ptr %33, i64 %99
  %106 = load i32, ptr %105, align 4, !tbaa !4
  br label %107

107:                                              ; preds = %98, %104
  %108 = phi i32 [ %106, %104 ], [ 0, %98 ]
  %109 = add nsw i32 %108, %103
  %110 = getelementptr inbounds i32, ptr %29, i64 %99
  store i32 %109, ptr %110, align 4, !tbaa !4
  %111 = add nuw nsw i64 %99, 1
  %112 = trunc i64 %111 to i32
  %113 = mul nsw i32 %112, 17
  %114 = add nuw nsw i32 %113, %26
  %115 = urem i32 %114, 23
  br i1 %27, label %116, label %119

116:                                              ; preds = %107
  %117 = getelementptr inbounds i32, ptr %33, i64 %111
  %118 = load i32, ptr %117, align 4, !tbaa !4
  br label %119

119:                                              ; preds = %116, %107
  %120 = phi i32 [ %118, %116 ], [ 0, %107 ]
  %121 = add nsw i32 %120, %115
  %122 = getelementptr inbounds i32, ptr %29, i64 %111
  store i32 %121, ptr %122, align 4, !tbaa !4
  %123 = add nuw nsw i64 %99, 2
  %124 = icmp eq i64 %123, %10
  br i1 %124, label %95, label %98, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave() #1

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define internal fastcc i64 @pascal_row_sum(i32 noundef %0) unnamed_addr #2 {
  %2 = add i32 %0, 1
  %3 = zext i32 %2 to i64
  %4 = alloca i64, i64 %3, align 16
  store i64 1, ptr %4, align 16, !tbaa !15
  %5 = icmp slt i32 %0, 1
  br i1 %5, label %6, label %14

6:                                                ; preds = %36, %1
  %7 = icmp slt i32 %0, 0
  br i1 %7, label %87, label %8

8:                                                ; preds = %6
  %9 = add nsw i64 %3, -1
  %10 = and i64 %3, 7
  %11 = icmp ult i64 %9, 7
  br i1 %11, label %71, label %12

12:                                               ; preds = %8
  %13 = and i64 %3, 4294967288
  br label %89

14:                                               ; preds = %1, %36
  %15 = phi i64 [ %39, %36 ], [ 0, %1 ]
  %16 = phi i64 [ %37, %36 ], [ 1, %1 ]
  %17 = add i64 %15, 1
  %18 = getelementptr inbounds i64, ptr %4, i64 %16
  store i64 0, ptr %18, align 8, !tbaa !15
  %19 = and i64 %17, 3
  %20 = icmp eq i64 %19, 0
  br i1 %20, label %33, label %21

21:                                               ; preds = %14, %21
  %22 = phi i64 [ %24, %21 ], [ %16, %14 ]
  %23 = phi i64 [ %31, %21 ], [ 0, %14 ]
  %24 = add nsw i64 %22, -1
  %25 = and i64 %24, 4294967295
  %26 = getelementptr inbounds i64, ptr %4, i64 %25
  %27 = load i64, ptr %26, align 8, !tbaa !15
  %28 = getelementptr inbounds i64, ptr %4, i64 %22
  %29 = load i64, ptr %28, align 8, !tbaa !15
  %30 = add i64 %29, %27
  store i64 %30, ptr %28, align 8, !tbaa !15
  %31 = add i64 %23, 1
  %32 = icmp eq i64 %31, %19
  br i1 %32, label %33, label %21, !llvm.loop !17

33:                                               ; preds = %21, %14
  %34 = phi i64 [ %16, %14 ], [ %24, %21 ]
  %35 = icmp ult i64 %15, 3
  br i1 %35, label %36, label %40

36:                                               ; preds = %40, %33
  %37 = add nuw nsw i64 %16, 1
  %38 = icmp eq i64 %37, %3
  %39 = add i64 %15, 1
  br i1 %38, label %6, label %14, !llvm.loop !19

40:                                               ; preds = %33, %40
  %41 = phi i64 [ %63, %40 ], [ %34, %33 ]
  %42 = add nsw i64 %41, -1
  %43 = and i64 %42, 4294967295
  %44 = getelementptr inbounds i64, ptr %4, i64 %43
  %45 = load i64, ptr %44, align 8, !tbaa !15
  %46 = getelementptr inbounds i64, ptr %4, i64 %41
  %47 = load i64, ptr %46, align 8, !tbaa !15
  %48 = add i64 %47, %45
  store i64 %48, ptr %46, align 8, !tbaa !15
  %49 = add nsw i64 %41, -2
  %50 = and i64 %49, 4294967295
  %51 = getelementptr inbounds i64, ptr %4, i64 %50
  %52 = load i64, ptr %51, align 8, !tbaa !15
  %53 = getelementptr inbounds i64, ptr %4, i64 %42
  %54 = load i64, ptr %53, align 8, !tbaa !15
  %55 = add i64 %54, %52
  store i64 %55, ptr %53, align 8, !tbaa !15
  %56 = add nsw i64 %41, -3
  %57 = and i64 %56, 4294967295
  %58 = getelementptr inbounds i64, ptr %4, i64 %57
  %59 = load i64, ptr %58, align 8, !tbaa !15
  %60 = getelementptr inbounds i64, ptr %4, i64 %49
  %61 = load i64, ptr %60, align 8, !tbaa !15
  %62 = add i64 %61, %59
  store i64 %62, ptr %60, align 8, !tbaa !15
  %63 = add nsw i64 %41, -4
  %64 = and i64 %63, 4294967295
  %65 = getelementptr inbounds i64, ptr %4, i64 %64
  %66 = load i64, ptr %65, align 8, !tbaa !15
  %67 = getelementptr inbounds i64, ptr %4, i64 %56
  %68 = load i64, ptr %67, align 8, !tbaa !15
  %69 = add i64 %68, %66
  store i64 %69, ptr %67, align 8, !tbaa !15
  %70 = icmp sgt i64 %41, 4
  br i1 %70, label %40, label %36, !llvm.loop !20

71:                                               ; preds = %89, %8
  %72 = phi i64 [ undef, %8 ], [ %131, %89 ]
  %73 = phi i64 [ 0, %8 ], [ %132, %89 ]
  %74 = phi i64 [ 0, %8 ], [ %131, %89 ]
  %75 = icmp eq i64 %10, 0
  br i1 %75, label %87, label %76

76:                                               ; preds = %71, %76
  %77 = phi i64 [ %84, %76 ], [ %73, %71 ]
  %78 = phi i64 [ %83, %76 ], [ %74, %71 ]
  %79 = phi i64 [ %85, %76 ], [ 0, %71 ]
  %80 = mul i64 %78, 31
  %81 = getelementptr inbounds i64, ptr %4, i64 %77
  %82 = load i64, ptr %81, align 8, !tbaa !15
  %83 = add i64 %82, %80
  %84 = add nuw nsw i64 %77, 1
  %85 = add i64 %79, 1
  %86 = icmp eq i64 %85, %10
  br i1 %86, label %87, label %76, !llvm.loop !21

87:                                               ; preds = %71, %76, %6
  %88 = phi i64 [ 0, %6 ], [ %72, %71 ], [ %83, %76 ]
  ret i64 %88

89:                                               ; preds = %89, %12
  %90 = phi i64 [ 0, %12 ], [ %132, %89 ]
  %91 = phi i64 [ 0, %12 ], [ %131, %89 ]
  %92 = phi i64 [ 0, %12 ], [ %133, %89 ]
  %93 = mul i64 %91, 31
  %94 = getelementptr inbounds i64, ptr %4, i64 %90
  %95 = load i64, ptr %94, align 16, !tbaa !15
  %96 = add i64 %95, %93
  %97 = or i64 %90, 1
  %98 = mul i64 %96, 31
  %99 = getelementptr inbounds i64, ptr %4, i64 %97
  %100 = load i64, ptr %99, align 8, !tbaa !15
  %101 = add i64 %100, %98
  %102 = or i64 %90, 2
  %103 = mul i64 %101, 31
  %104 = getelementptr inbounds i64, ptr %4, i64 %102
  %105 = load i64, ptr %104, align 16, !tbaa !15
  %106 = add i64 %105, %103
  %107 = or i64 %90, 3
  %108 = mul i64 %106, 31
  %109 = getelementptr inbounds i64, ptr %4, i64 %107
  %110 = load i64, ptr %109, align 8, !tbaa !15
  %111 = add i64 %110, %108
  %112 = or i64 %90, 4
  %113 = mul i64 %111, 31
  %114 = getelementptr inbounds i64, ptr %4, i64 %112
  %115 = load i64, ptr %114, align 16, !tbaa !15
  %116 = add i64 %115, %113
  %117 = or i64 %90, 5
  %118 = mul i64 %116, 31
  %119 = getelementptr inbounds i64, ptr %4, i64 %117
  %120 = load i64, ptr %119, align 8, !tbaa !15
  %121 = add i64 %120, %118
  %122 = or i64 %90, 6
  %123 = mul i64 %121, 31
  %124 = getelementptr inbounds i64, ptr %4, i64 %122
  %125 = load i64, ptr %124, align 16, !tbaa !15
  %126 = add i64 %125, %123
  %127 = or i64 %90, 7
  %128 = mul i64 %126, 31
  %129 = getelementptr inbounds i64, ptr %4, i64 %127
  %130 = load i64, ptr %129, align 8, !tbaa !15
  %131 = add i64 %130, %128
  %132 = add nuw nsw i64 %90, 8
  %133 = add i64 %92, 8
  %134 = icmp eq i64 %133, %13
  br i1 %134, label %71, label %89, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore(ptr) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <8 x i32> @llvm.masked.load.v8i32.p0(ptr nocapture, i32 immarg, <8 x i1>, <8 x i32>) #3

attributes #0 = { nofree nosync nounwind "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #2 = { nofree norecurse nosync nounwind memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9, !10}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !6, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.unroll.disable"}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !18}
!22 = distinct !{!22, !9}
