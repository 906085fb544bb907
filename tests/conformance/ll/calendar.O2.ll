; ModuleID = 'calendar.c'
source_filename = "calendar.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_start_year = dso_local local_unnamed_addr global i32 1890, align 4
@sakamoto.t = internal unnamed_addr constant [12 x i32] [i32 0, i32 3, i32 2, i32 5, i32 0, i32 3, i32 5, i32 1, i32 4, i32 6, i32 2, i32 4], align 16

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_start_year, align 4, !tbaa !4
  %2 = sext i32 %1 to i64
  %3 = add nsw i32 %1, 249
  %4 = sext i32 %3 to i64
  br label %5

5:                                                ; preds = %0, %40
  %6 = phi i64 [ %2, %0 ], [ %43, %40 ]
  %7 = phi i64 [ 0, %0 ], [ %42, %40 ]
  %8 = phi i32 [ 0, %0 ], [ %102, %40 ]
  %9 = trunc i64 %6 to i32
  %10 = and i32 %9, 3
  %11 = icmp eq i32 %10, 0
  %12 = srem i32 %9, 100
  %13 = icmp ne i32 %12, 0
  %14 = and i1 %11, %13
  %15 = srem i32 %9, 400
  %16 = icmp eq i32 %15, 0
  %17 = add nsw i64 %6, 4800
  %18 = select i1 %14, i1 true, i1 %16
  %19 = select i1 %18, i32 29, i32 28
  br label %45

20:                                               ; preds = %40
  %21 = mul i64 %42, 100
  %22 = sext i32 %102 to i64
  %23 = add i64 %21, %22
  ret i64 %23

24:                                               ; preds = %100
  %25 = select i1 %14, i1 true, i1 %16
  %26 = zext i32 %104 to i64
  %27 = select i1 %25, i64 %26, i64 0
  %28 = add i64 %103, %27
  %29 = urem i64 %28, 13
  %30 = trunc i64 %29 to i32
  %31 = mul i64 %28, 5
  switch i32 %30, label %39 [
    i32 0, label %40
    i32 1, label %32
    i32 2, label %40
    i32 3, label %35
    i32 4, label %40
    i32 5, label %36
    i32 6, label %40
    i32 7, label %40
    i32 8, label %37
    i32 9, label %40
    i32 10, label %38
    i32 11, label %40
  ]

32:                                               ; preds = %24
  %33 = select i1 %14, i1 true, i1 %16
  %34 = select i1 %33, i64 29, i64 28
  br label %40

35:                                               ; preds = %24
  br label %40

36:                                               ; preds = %24
  br label %40

37:                                               ; preds = %24
  br label %40

38:                                               ; preds = %24
  br label %40

39:                                               ; preds = %24
  br label %40

40:                                               ; preds = %32, %24, %24, %24, %24, %24, %24, %24, %35, %36, %37, %38, %39
  %41 = phi i64 [ 0, %39 ], [ 30, %38 ], [ 30, %37 ], [ 30, %36 ], [ 30, %35 ], [ 31, %24 ], [ 31, %24 ], [ 31, %24 ], [ 31, %24 ], [ 31, %24 ], [ 31, %24 ], [ 31, %24 ], [ %34, %32 ]
  %42 = add i64 %41, %31
  %43 = add nsw i64 %6, 1
  %44 = icmp slt i64 %6, %4
  br i1 %44, label %5, label %20, !llvm.loop !8

45:                                               ; preds = %5, %100
  %46 = phi i64 [ 1, %5 ], [ %105, %100 ]
  %47 = phi i64 [ %7, %5 ], [ %103, %100 ]
  %48 = phi i32 [ %8, %5 ], [ %102, %100 ]
  %49 = phi i32 [ 0, %5 ], [ %104, %100 ]
  %50 = trunc i64 %46 to i32
  switch i32 %50, label %100 [
    i32 1, label %56
    i32 2, label %51
    i32 3, label %56
    i32 4, label %52
    i32 5, label %56
    i32 6, label %53
    i32 7, label %56
    i32 8, label %56
    i32 9, label %54
    i32 10, label %56
    i32 11, label %55
    i32 12, label %56
  ]

51:                                               ; preds = %45
  br label %56

52:                                               ; preds = %45
  br label %56

53:                                               ; preds = %45
  br label %56

54:                                               ; preds = %45
  br label %56

55:                                               ; preds = %45
  br label %56

56:                                               ; preds = %51, %55, %54, %53, %52, %45, %45, %45, %45, %45, %45, %45
  %57 = phi i32 [ 31, %45 ], [ 31, %45 ], [ 31, %45 ], [ 31, %45 ], [ 31, %45 ], [ 31, %45 ], [ 31, %45 ], [ 30, %52 ], [ 30, %53 ], [ 30, %54 ], [ 30, %55 ], [ %19, %51 ]
  %58 = icmp ult i64 %46, 3
  %59 = add nuw nsw i32 %50, 12
  %60 = select i1 %58, i32 %59, i32 %50
  %61 = sext i1 %58 to i32
  %62 = add nsw i32 %9, %61
  %63 = srem i32 %62, 100
  %64 = sdiv i32 %62, 100
  %65 = trunc i32 %60 to i16
  %66 = mul i16 %65, 13
  %67 = add i16 %66, 13
  %68 = udiv i16 %67, 5
  %69 = zext i16 %68 to i32
  %70 = trunc i32 %63 to i8
  %71 = sdiv i8 %70, 4
  %72 = sext i8 %71 to i32
  %73 = sdiv i32 %62, 400
  %74 = mul nsw i32 %64, 5
  %75 = sdiv i32 %62, 4
  %76 = sdiv i32 %62, -100
  %77 = add nsw i64 %46, -1
  %78 = getelementptr inbounds [12 x i32], ptr @sakamoto.t, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !4
  %80 = trunc i64 %46 to i32
  %81 = sub i32 14, %80
  %82 = udiv i32 %81, 12
  %83 = zext i32 %82 to i64
  %84 = sub nsw i64 %17, %83
  %85 = mul nuw nsw i64 %83, 12
  %86 = add nuw nsw i64 %85, %46
  %87 = mul nsw i64 %86, 153
  %88 = add nsw i64 %87, -457
  %89 = sdiv i64 %88, 5
  %90 = mul nsw i64 %84, 365
  %91 = sdiv i64 %84, 4
  %92 = sdiv i64 %84, -100
  %93 = sdiv i64 %84, 400
  %94 = add nsw i64 %90, -32045
  %95 = add nsw i64 %94, %91
  %96 = add i64 %95, %92
  %97 = add i64 %96, %93
  %98 = add i64 %97, %89
  %99 = zext i32 %57 to i64
  br label %107

100:                                              ; preds = %107, %45
  %101 = phi i32 [ 0, %45 ], [ %57, %107 ]
  %102 = phi i32 [ %48, %45 ], [ %178, %107 ]
  %103 = phi i64 [ %47, %45 ], [ %181, %107 ]
  %104 = add nuw nsw i32 %101, %49
  %105 = add nuw nsw i64 %46, 1
  %106 = icmp eq i64 %105, 13
  br i1 %106, label %24, label %45, !llvm.loop !10

107:                                              ; preds = %56, %107
  %108 = phi i64 [ 1, %56 ], [ %182, %107 ]
  %109 = phi i64 [ %47, %56 ], [ %181, %107 ]
  %110 = phi i32 [ %48, %56 ], [ %178, %107 ]
  %111 = trunc i64 %108 to i32
  %112 = add nsw i32 %73, %111
  %113 = add i32 %112, %63
  %114 = add i32 %113, %69
  %115 = add i32 %114, %74
  %116 = add i32 %115, %72
  %117 = freeze i32 %116
  %118 = srem i32 %117, 7
  %119 = trunc i64 %108 to i32
  %120 = add i32 %73, %119
  %121 = add i32 %120, %62
  %122 = add i32 %121, %75
  %123 = add i32 %122, %76
  %124 = add i32 %123, %79
  %125 = srem i32 %124, 7
  %126 = add nsw i32 %118, 6
  %127 = add nsw i32 %118, -1
  %128 = icmp ult i32 %126, 7
  %129 = select i1 %128, i32 %126, i32 %127
  %130 = icmp ne i32 %129, %125
  %131 = zext i1 %130 to i32
  %132 = add i64 %98, %108
  %133 = add nsw i64 %132, 1
  %134 = srem i64 %133, 7
  %135 = sext i32 %125 to i64
  %136 = icmp ne i64 %134, %135
  %137 = zext i1 %136 to i32
  %138 = add nsw i64 %132, 32044
  %139 = shl nsw i64 %138, 2
  %140 = or i64 %139, 3
  %141 = sdiv i64 %140, 146097
  %142 = mul nsw i64 %141, 146097
  %143 = sdiv i64 %142, -4
  %144 = add nsw i64 %143, %138
  %145 = shl nsw i64 %144, 2
  %146 = or i64 %145, 3
  %147 = sdiv i64 %146, 1461
  %148 = mul nsw i64 %147, 1461
  %149 = sdiv i64 %148, -4
  %150 = add nsw i64 %149, %144
  %151 = mul nsw i64 %150, 5
  %152 = add nsw i64 %151, 2
  %153 = sdiv i64 %152, 153
  %154 = mul nsw i64 %153, 153
  %155 = add nsw i64 %154, 2
  %156 = sdiv i64 %155, -5
  %157 = add nsw i64 %156, %150
  %158 = add i64 %157, 1
  %159 = add nsw i64 %153, 3
  %160 = sdiv i64 %152, 1530
  %161 = mul i64 %160, 4294967284
  %162 = add i64 %159, %161
  %163 = mul nsw i64 %141, 100
  %164 = add nsw i64 %163, 4294962496
  %165 = add nsw i64 %164, %147
  %166 = add nsw i64 %165, %160
  %167 = trunc i64 %166 to i32
  %168 = icmp ne i32 %9, %167
  %169 = and i64 %162, 4294967295
  %170 = icmp ne i64 %46, %169
  %171 = select i1 %168, i1 true, i1 %170
  %172 = and i64 %158, 4294967295
  %173 = icmp ne i64 %172, %108
  %174 = select i1 %171, i1 true, i1 %173
  %175 = zext i1 %174 to i32
  %176 = add i32 %110, %175
  %177 = add i32 %176, %131
  %178 = add i32 %177, %137
  %179 = mul i64 %109, 31
  %180 = add i64 %132, %179
  %181 = add i64 %180, %135
  %182 = add nuw nsw i64 %108, 6
  %183 = icmp ugt i64 %182, %99
  br i1 %183, label %100, label %107, !llvm.loop !11
}

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9}
