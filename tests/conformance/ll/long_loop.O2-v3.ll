; ModuleID = 'long_loop.c'
source_filename = "long_loop.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_iterations = dso_local local_unnamed_addr global i64 1000000, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i64, ptr @g_iterations, align 8, !tbaa !4
  %2 = icmp eq i64 %1, 0
  br i1 %2, label %38, label %3

3:                                                ; preds = %0
  %4 = and i64 %1, 1
  %5 = icmp eq i64 %1, 1
  br i1 %5, label %10, label %6

6:                                                ; preds = %3
  %7 = and i64 %1, -2
  br label %40

8:                                                ; preds = %40
  %9 = add i64 %41, 29
  br label %10

10:                                               ; preds = %8, %3
  %11 = phi i64 [ undef, %3 ], [ %73, %8 ]
  %12 = phi i64 [ undef, %3 ], [ %77, %8 ]
  %13 = phi i64 [ 27, %3 ], [ %9, %8 ]
  %14 = phi i64 [ 0, %3 ], [ %73, %8 ]
  %15 = phi i64 [ 0, %3 ], [ %77, %8 ]
  %16 = phi i64 [ 27, %3 ], [ %70, %8 ]
  %17 = icmp eq i64 %4, 0
  br i1 %17, label %34, label %18

18:                                               ; preds = %10
  %19 = and i64 %16, 1
  %20 = icmp eq i64 %19, 0
  %21 = mul i64 %16, 3
  %22 = add i64 %21, 1
  %23 = lshr i64 %16, 1
  %24 = select i1 %20, i64 %23, i64 %22
  %25 = icmp eq i64 %24, 1
  %26 = select i1 %25, i64 %13, i64 %24
  %27 = icmp ugt i64 %26, 1000
  %28 = zext i1 %27 to i64
  %29 = add i64 %14, %28
  %30 = xor i64 %26, %15
  %31 = mul i64 %30, -7046029254386353131
  %32 = lshr i64 %31, 29
  %33 = xor i64 %32, %31
  br label %34

34:                                               ; preds = %10, %18
  %35 = phi i64 [ %11, %10 ], [ %29, %18 ]
  %36 = phi i64 [ %12, %10 ], [ %33, %18 ]
  %37 = add i64 %35, %36
  br label %38

38:                                               ; preds = %34, %0
  %39 = phi i64 [ %37, %34 ], [ 0, %0 ]
  ret i64 %39

40:                                               ; preds = %40, %6
  %41 = phi i64 [ 0, %6 ], [ %78, %40 ]
  %42 = phi i64 [ 0, %6 ], [ %73, %40 ]
  %43 = phi i64 [ 0, %6 ], [ %77, %40 ]
  %44 = phi i64 [ 27, %6 ], [ %70, %40 ]
  %45 = phi i64 [ 0, %6 ], [ %79, %40 ]
  %46 = and i64 %44, 1
  %47 = icmp eq i64 %46, 0
  %48 = mul i64 %44, 3
  %49 = add i64 %48, 1
  %50 = lshr i64 %44, 1
  %51 = select i1 %47, i64 %50, i64 %49
  %52 = icmp eq i64 %51, 1
  %53 = add i64 %41, 27
  %54 = select i1 %52, i64 %53, i64 %51
  %55 = icmp ugt i64 %54, 1000
  %56 = zext i1 %55 to i64
  %57 = add i64 %42, %56
  %58 = xor i64 %54, %43
  %59 = mul i64 %58, -7046029254386353131
  %60 = lshr i64 %59, 29
  %61 = xor i64 %60, %59
  %62 = and i64 %54, 1
  %63 = icmp eq i64 %62, 0
  %64 = mul i64 %54, 3
  %65 = add i64 %64, 1
  %66 = lshr i64 %54, 1
  %67 = select i1 %63, i64 %66, i64 %65
  %68 = icmp eq i64 %67, 1
  %69 = add i64 %41, 28
  %70 = select i1 %68, i64 %69, i64 %67
  %71 = icmp ugt i64 %70, 1000
  %72 = zext i1 %71 to i64
  %73 = add i64 %57, %72
  %74 = xor i64 %70, %61
  %75 = mul i64 %74, -7046029254386353131
  %76 = lshr i64 %75, 29
  %77 = xor i64 %76, %75
  %78 = add nuw i64 %41, 2
  %79 = add i64 %45, 2
  %80 = icmp eq i64 %79, %7
  br i1 %80, label %8, label %40, !llvm.loop !8
}

attributes #0 = { nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }

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
