; ModuleID = 'state_machine.c'
source_filename = "state_machine.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_source = dso_local local_unnamed_addr global [170 x i8] c"x1 = 12 + 34 * 5 # comment with * and 99\0Atotal = x1 - 7 * 3 + 1000\0Arate = 42 * 42 - 17 + abc_def * 2\0A# full line comment\0Ay = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 - 10 * 11\0A\00", align 16

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %125
  %2 = phi i64 [ 0, %0 ], [ %126, %125 ]
  %3 = phi i32 [ 0, %0 ], [ %136, %125 ]
  %4 = phi i64 [ 0, %0 ], [ %127, %125 ]
  %5 = phi i64 [ 0, %0 ], [ %128, %125 ]
  %6 = phi i64 [ 0, %0 ], [ %135, %125 ]
  %7 = phi i32 [ 0, %0 ], [ %130, %125 ]
  %8 = phi i32 [ 43, %0 ], [ %131, %125 ]
  %9 = phi i64 [ 0, %0 ], [ %132, %125 ]
  %10 = phi i64 [ 1, %0 ], [ %133, %125 ]
  br label %12

11:                                               ; preds = %125
  ret i64 %135

12:                                               ; preds = %1, %113
  %13 = phi i32 [ 0, %1 ], [ %123, %113 ]
  %14 = phi ptr [ @g_source, %1 ], [ %122, %113 ]
  %15 = phi i64 [ %2, %1 ], [ %121, %113 ]
  %16 = phi i64 [ %4, %1 ], [ %120, %113 ]
  %17 = phi i64 [ %5, %1 ], [ %119, %113 ]
  %18 = phi i64 [ %6, %1 ], [ %118, %113 ]
  %19 = phi i32 [ %7, %1 ], [ %117, %113 ]
  %20 = phi i32 [ %8, %1 ], [ %116, %113 ]
  %21 = phi i64 [ %9, %1 ], [ %115, %113 ]
  %22 = phi i64 [ %10, %1 ], [ %114, %113 ]
  %23 = load i8, ptr %14, align 1, !tbaa !4
  %24 = add i8 %23, -48
  %25 = icmp ult i8 %24, 10
  br i1 %25, label %38, label %26

26:                                               ; preds = %12
  %27 = add i8 %23, -97
  %28 = icmp ult i8 %27, 26
  br i1 %28, label %38, label %29

29:                                               ; preds = %26
  %30 = add i8 %23, -65
  %31 = icmp ult i8 %30, 26
  %32 = icmp eq i8 %23, 95
  %33 = or i1 %32, %31
  br i1 %33, label %38, label %34

34:                                               ; preds = %29
  switch i8 %23, label %37 [
    i8 35, label %38
    i8 10, label %35
    i8 0, label %36
  ]

35:                                               ; preds = %34
  br label %38

36:                                               ; preds = %34
  br label %38

37:                                               ; preds = %34
  br label %38

38:                                               ; preds = %12, %26, %29, %34, %35, %36, %37
  %39 = phi i1 [ true, %12 ], [ true, %26 ], [ true, %29 ], [ false, %34 ], [ false, %35 ], [ false, %36 ], [ false, %37 ]
  %40 = phi i1 [ false, %12 ], [ false, %26 ], [ false, %29 ], [ false, %34 ], [ false, %35 ], [ true, %36 ], [ false, %37 ]
  %41 = phi i32 [ 0, %12 ], [ 1, %26 ], [ 1, %29 ], [ 2, %34 ], [ 3, %35 ], [ 4, %36 ], [ 5, %37 ]
  switch i32 %13, label %113 [
    i32 0, label %42
    i32 1, label %82
    i32 2, label %94
    i32 3, label %107
  ]

42:                                               ; preds = %38
  switch i32 %41, label %48 [
    i32 0, label %43
    i32 1, label %46
    i32 2, label %71
  ]

43:                                               ; preds = %42
  %44 = sext i8 %23 to i64
  %45 = add nsw i64 %44, -48
  br label %71

46:                                               ; preds = %42
  %47 = sext i8 %23 to i64
  br label %71

48:                                               ; preds = %42
  %49 = add nsw i32 %41, -3
  %50 = icmp ult i32 %49, 2
  br i1 %50, label %51, label %59

51:                                               ; preds = %48
  %52 = icmp eq i32 %20, 45
  %53 = sub nsw i64 0, %22
  %54 = select i1 %52, i64 %53, i64 %22
  %55 = mul i64 %18, 1000003
  %56 = add i64 %55, %54
  %57 = add i64 %56, %15
  %58 = add i64 %17, 1
  br i1 %40, label %125, label %71, !llvm.loop !7

59:                                               ; preds = %48
  switch i8 %23, label %71 [
    i8 45, label %60
    i8 43, label %60
    i8 42, label %67
    i8 61, label %69
  ]

60:                                               ; preds = %59, %59
  %61 = zext i8 %23 to i32
  %62 = icmp eq i32 %20, 45
  %63 = sub nsw i64 0, %22
  %64 = select i1 %62, i64 %63, i64 %22
  %65 = add nsw i64 %15, %64
  %66 = add i64 %17, 1
  br label %71

67:                                               ; preds = %59
  %68 = add i64 %17, 1
  br label %71

69:                                               ; preds = %59
  %70 = add i64 %17, 1
  br label %71

71:                                               ; preds = %59, %42, %46, %51, %67, %69, %60, %43
  %72 = phi i64 [ %22, %43 ], [ %22, %46 ], [ 1, %51 ], [ 1, %60 ], [ %22, %67 ], [ 1, %69 ], [ %22, %42 ], [ %22, %59 ]
  %73 = phi i64 [ %45, %43 ], [ %21, %46 ], [ %21, %51 ], [ %21, %60 ], [ %21, %67 ], [ %21, %69 ], [ %21, %42 ], [ %21, %59 ]
  %74 = phi i32 [ %20, %43 ], [ %20, %46 ], [ 43, %51 ], [ %61, %60 ], [ %20, %67 ], [ 43, %69 ], [ %20, %42 ], [ %20, %59 ]
  %75 = phi i32 [ %19, %43 ], [ %19, %46 ], [ 0, %51 ], [ 0, %60 ], [ 1, %67 ], [ %19, %69 ], [ %19, %42 ], [ %19, %59 ]
  %76 = phi i64 [ %18, %43 ], [ %18, %46 ], [ %57, %51 ], [ %18, %60 ], [ %18, %67 ], [ %18, %69 ], [ %18, %42 ], [ %18, %59 ]
  %77 = phi i64 [ %17, %43 ], [ %17, %46 ], [ %58, %51 ], [ %66, %60 ], [ %68, %67 ], [ %70, %69 ], [ %17, %42 ], [ %17, %59 ]
  %78 = phi i64 [ %16, %43 ], [ %47, %46 ], [ %16, %51 ], [ %16, %60 ], [ %16, %67 ], [ %16, %69 ], [ %16, %42 ], [ %16, %59 ]
  %79 = phi i64 [ %15, %43 ], [ %15, %46 ], [ 0, %51 ], [ %65, %60 ], [ %15, %67 ], [ 0, %69 ], [ %15, %42 ], [ %15, %59 ]
  %80 = phi i32 [ 1, %43 ], [ 2, %46 ], [ 0, %51 ], [ 0, %60 ], [ 0, %67 ], [ 0, %69 ], [ 3, %42 ], [ 0, %59 ]
  %81 = getelementptr inbounds i8, ptr %14, i64 1
  br label %113

82:                                               ; preds = %38
  br i1 %25, label %83, label %89

83:                                               ; preds = %82
  %84 = mul nsw i64 %21, 10
  %85 = zext i8 %23 to i64
  %86 = add i64 %84, -48
  %87 = add i64 %86, %85
  %88 = getelementptr inbounds i8, ptr %14, i64 1
  br label %113

89:                                               ; preds = %82
  %90 = icmp eq i32 %19, 0
  %91 = select i1 %90, i64 1, i64 %22
  %92 = mul nsw i64 %91, %21
  %93 = add i64 %17, 1
  br label %113

94:                                               ; preds = %38
  br i1 %39, label %95, label %100

95:                                               ; preds = %94
  %96 = mul nsw i64 %16, 31
  %97 = sext i8 %23 to i64
  %98 = add nsw i64 %96, %97
  %99 = getelementptr inbounds i8, ptr %14, i64 1
  br label %113

100:                                              ; preds = %94
  %101 = srem i64 %16, 100
  %102 = icmp eq i32 %19, 0
  %103 = select i1 %102, i64 1, i64 %22
  %104 = mul nsw i64 %101, %103
  %105 = add i64 %17, 1
  %106 = add i64 %16, %18
  br label %113

107:                                              ; preds = %38
  %108 = add nsw i32 %41, -5
  %109 = icmp ult i32 %108, -2
  %110 = zext i1 %109 to i64
  %111 = getelementptr i8, ptr %14, i64 %110
  %112 = select i1 %109, i32 3, i32 0
  br label %113

113:                                              ; preds = %107, %71, %38, %89, %83, %100, %95
  %114 = phi i64 [ %22, %38 ], [ %22, %95 ], [ %104, %100 ], [ %22, %83 ], [ %92, %89 ], [ %72, %71 ], [ %22, %107 ]
  %115 = phi i64 [ %21, %38 ], [ %21, %95 ], [ %21, %100 ], [ %87, %83 ], [ %21, %89 ], [ %73, %71 ], [ %21, %107 ]
  %116 = phi i32 [ %20, %38 ], [ %20, %95 ], [ %20, %100 ], [ %20, %83 ], [ %20, %89 ], [ %74, %71 ], [ %20, %107 ]
  %117 = phi i32 [ %19, %38 ], [ %19, %95 ], [ 0, %100 ], [ %19, %83 ], [ 0, %89 ], [ %75, %71 ], [ %19, %107 ]
  %118 = phi i64 [ %18, %38 ], [ %18, %95 ], [ %106, %100 ], [ %18, %83 ], [ %18, %89 ], [ %76, %71 ], [ %18, %107 ]
  %119 = phi i64 [ %17, %38 ], [ %17, %95 ], [ %105, %100 ], [ %17, %83 ], [ %93, %89 ], [ %77, %71 ], [ %17, %107 ]
  %120 = phi i64 [ %16, %38 ], [ %98, %95 ], [ %16, %100 ], [ %16, %83 ], [ %16, %89 ], [ %78, %71 ], [ %16, %107 ]
  %121 = phi i64 [ %15, %38 ], [ %15, %95 ], [ %15, %100 ], [ %15, %83 ], [ %15, %89 ], [ %79, %71 ], [ %15, %107 ]
  %122 = phi ptr [ %14, %38 ], [ %99, %95 ], [ %14, %100 ], [ %88, %83 ], [ %14, %89 ], [ %81, %71 ], [ %111, %107 ]
  %123 = phi i32 [ %13, %38 ], [ 2, %95 ], [ 0, %100 ], [ 1, %83 ], [ 0, %89 ], [ %80, %71 ], [ %112, %107 ]
  %124 = icmp eq i32 %123, 4
  br i1 %124, label %125, label %12

125:                                              ; preds = %51, %113
  %126 = phi i64 [ %121, %113 ], [ 0, %51 ]
  %127 = phi i64 [ %120, %113 ], [ %16, %51 ]
  %128 = phi i64 [ %119, %113 ], [ %58, %51 ]
  %129 = phi i64 [ %118, %113 ], [ %57, %51 ]
  %130 = phi i32 [ %117, %113 ], [ 0, %51 ]
  %131 = phi i32 [ %116, %113 ], [ 43, %51 ]
  %132 = phi i64 [ %115, %113 ], [ %21, %51 ]
  %133 = phi i64 [ %114, %113 ], [ 1, %51 ]
  %134 = mul i64 %129, 7
  %135 = add i64 %134, %128
  %136 = add nuw nsw i32 %3, 1
  %137 = icmp eq i32 %136, 40
  br i1 %137, label %11, label %1, !llvm.loop !9
}

attributes #0 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
