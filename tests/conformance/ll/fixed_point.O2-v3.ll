; ModuleID = 'fixed_point.c'
source_filename = "fixed_point.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_input = dso_local local_unnamed_addr global i32 196608, align 4

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_input, align 4, !tbaa !4
  %2 = sext i32 %1 to i64
  br label %5

3:                                                ; preds = %53
  %4 = sub nsw i32 0, %1
  br label %88

5:                                                ; preds = %0, %53
  %6 = phi i64 [ 1, %0 ], [ %85, %53 ]
  %7 = phi i64 [ 0, %0 ], [ %84, %53 ]
  %8 = mul nuw nsw i64 %6, 977
  %9 = add nsw i64 %8, %2
  %10 = mul nuw nsw i64 %6, 1311
  %11 = add nsw i64 %10, -327680
  %12 = mul nsw i64 %7, 3
  %13 = srem i64 %12, 1000000000039
  %14 = shl nsw i64 %9, 16
  %15 = mul i64 %14, %11
  %16 = ashr i64 %15, 32
  %17 = add nsw i64 %16, %13
  %18 = icmp eq i64 %11, 0
  br i1 %18, label %24, label %19

19:                                               ; preds = %5
  %20 = sdiv i64 %14, %11
  %21 = shl i64 %20, 32
  %22 = ashr exact i64 %21, 32
  %23 = add nsw i64 %22, %17
  br label %24

24:                                               ; preds = %19, %5
  %25 = phi i64 [ %23, %19 ], [ %17, %5 ]
  %26 = icmp slt i64 %9, 1
  br i1 %26, label %53, label %27

27:                                               ; preds = %24
  %28 = trunc i64 %9 to i32
  %29 = icmp ugt i32 %28, 65536
  %30 = lshr i32 %28, 1
  %31 = select i1 %29, i32 %30, i32 65536
  %32 = shl i64 %9, 16
  %33 = and i64 %32, 281474976645120
  br label %44

34:                                               ; preds = %44
  %35 = sext i32 %51 to i64
  %36 = sdiv i64 %33, %35
  %37 = trunc i64 %36 to i32
  %38 = add nsw i32 %51, %37
  %39 = sdiv i32 %38, 2
  %40 = icmp eq i32 %39, %51
  br i1 %40, label %53, label %41

41:                                               ; preds = %34
  %42 = add nuw nsw i32 %45, 2
  %43 = icmp eq i32 %42, 20
  br i1 %43, label %53, label %44, !llvm.loop !8

44:                                               ; preds = %41, %27
  %45 = phi i32 [ 0, %27 ], [ %42, %41 ]
  %46 = phi i32 [ %31, %27 ], [ %39, %41 ]
  %47 = sext i32 %46 to i64
  %48 = sdiv i64 %33, %47
  %49 = trunc i64 %48 to i32
  %50 = add nsw i32 %46, %49
  %51 = sdiv i32 %50, 2
  %52 = icmp eq i32 %51, %46
  br i1 %52, label %53, label %34

53:                                               ; preds = %44, %34, %41, %24
  %54 = phi i32 [ 0, %24 ], [ %46, %44 ], [ %51, %34 ], [ %39, %41 ]
  %55 = sext i32 %54 to i64
  %56 = add nsw i64 %25, %55
  %57 = icmp eq i64 %6, 400
  %58 = trunc i64 %6 to i32
  %59 = mul nuw nsw i32 %58, 1029
  %60 = add nsw i32 %59, -205887
  %61 = select i1 %57, i32 -205887, i32 %60
  %62 = sext i32 %61 to i64
  %63 = shl nsw i64 %62, 16
  %64 = mul nsw i64 %63, %62
  %65 = ashr i64 %64, 32
  %66 = mul nsw i64 %65, %62
  %67 = lshr i64 %66, 16
  %68 = trunc i64 %67 to i32
  %69 = sdiv i32 %68, -6
  %70 = sext i32 %69 to i64
  %71 = mul nsw i64 %65, %70
  %72 = lshr i64 %71, 16
  %73 = trunc i64 %72 to i32
  %74 = sdiv i32 %73, -20
  %75 = sext i32 %74 to i64
  %76 = mul nsw i64 %65, %75
  %77 = lshr i64 %76, 16
  %78 = trunc i64 %77 to i32
  %79 = sdiv i32 %78, -42
  %80 = add i32 %69, %61
  %81 = add i32 %80, %74
  %82 = add i32 %81, %79
  %83 = sext i32 %82 to i64
  %84 = xor i64 %56, %83
  %85 = add nuw nsw i64 %6, 1
  %86 = icmp eq i64 %85, 401
  br i1 %86, label %3, label %5, !llvm.loop !10

87:                                               ; preds = %88
  ret i64 %111

88:                                               ; preds = %88, %3
  %89 = phi i64 [ %84, %3 ], [ %111, %88 ]
  %90 = phi i32 [ 0, %3 ], [ %112, %88 ]
  %91 = phi i32 [ 0, %3 ], [ %109, %88 ]
  %92 = trunc i32 %90 to i16
  %93 = udiv i16 %92, 50
  %94 = and i16 %93, 1
  %95 = icmp eq i16 %94, 0
  %96 = select i1 %95, i32 %4, i32 %1
  %97 = sub nsw i32 %96, %91
  %98 = ashr i32 %97, 3
  %99 = add nsw i32 %98, %91
  %100 = sext i32 %99 to i64
  %101 = add nsw i64 %89, %100
  %102 = trunc i32 %90 to i16
  %103 = udiv i16 %102, 50
  %104 = and i16 %103, 1
  %105 = icmp eq i16 %104, 0
  %106 = select i1 %105, i32 %4, i32 %1
  %107 = sub nsw i32 %106, %99
  %108 = ashr i32 %107, 3
  %109 = add nsw i32 %108, %99
  %110 = sext i32 %109 to i64
  %111 = add nsw i64 %101, %110
  %112 = add nuw nsw i32 %90, 2
  %113 = icmp eq i32 %112, 2000
  br i1 %113, label %87, label %88, !llvm.loop !11
}

attributes #0 = { nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }

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
