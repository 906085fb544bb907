; ModuleID = 'int_widths.c'
source_filename = "int_widths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 -123456789, align 4

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_seed, align 4, !tbaa !4
  %2 = sext i32 %1 to i64
  br label %4

3:                                                ; preds = %4
  ret i64 %106

4:                                                ; preds = %0, %4
  %5 = phi i32 [ 0, %0 ], [ %107, %4 ]
  %6 = phi i64 [ 0, %0 ], [ %106, %4 ]
  %7 = phi i64 [ %2, %0 ], [ %40, %4 ]
  %8 = phi i64 [ %2, %0 ], [ %37, %4 ]
  %9 = phi i32 [ %1, %0 ], [ %35, %4 ]
  %10 = phi i32 [ %1, %0 ], [ %33, %4 ]
  %11 = phi i32 [ %1, %0 ], [ %28, %4 ]
  %12 = phi i32 [ %1, %0 ], [ %24, %4 ]
  %13 = phi i32 [ %1, %0 ], [ %20, %4 ]
  %14 = phi i32 [ %1, %0 ], [ %17, %4 ]
  %15 = and i32 %14, 255
  %16 = mul nuw nsw i32 %15, 37
  %17 = add nuw nsw i32 %16, 11
  %18 = shl i32 %13, 24
  %19 = ashr exact i32 %18, 24
  %20 = add nsw i32 %19, 100
  %21 = zext i32 %20 to i64
  %22 = and i32 %12, 65535
  %23 = mul nuw i32 %22, 40503
  %24 = add nuw i32 %5, %23
  %25 = shl i32 %11, 16
  %26 = ashr exact i32 %25, 16
  %27 = mul nsw i32 %26, 3
  %28 = add nsw i32 %27, -7
  %29 = zext i32 %28 to i64
  %30 = mul i32 %10, -1640531535
  %31 = shl i32 %20, 24
  %32 = ashr exact i32 %31, 24
  %33 = add i32 %32, %30
  %34 = mul i32 %9, 69069
  %35 = add i32 %34, 1
  %36 = mul i64 %8, 6364136223846793005
  %37 = add i64 %36, 1442695040888963407
  %38 = lshr i64 %37, 3
  %39 = xor i64 %38, %7
  %40 = sdiv i64 %39, 3
  %41 = and i32 %17, 255
  %42 = zext i32 %41 to i64
  %43 = shl i64 %21, 56
  %44 = ashr exact i64 %43, 56
  %45 = and i32 %24, 65535
  %46 = zext i32 %45 to i64
  %47 = shl i64 %29, 48
  %48 = ashr exact i64 %47, 48
  %49 = add nsw i64 %44, %42
  %50 = add i64 %49, %6
  %51 = add i64 %50, %48
  %52 = add i64 %51, %46
  %53 = zext i32 %33 to i64
  %54 = xor i64 %52, %53
  %55 = sext i32 %35 to i64
  %56 = lshr i64 %37, 7
  %57 = lshr i32 %31, 31
  %58 = shl i32 %28, 16
  %59 = ashr exact i32 %58, 16
  %60 = icmp slt i32 %59, %32
  %61 = select i1 %60, i32 2, i32 0
  %62 = and i32 %20, 255
  %63 = icmp ugt i32 %41, %62
  %64 = select i1 %63, i32 4, i32 0
  %65 = icmp sgt i64 %40, %55
  %66 = select i1 %65, i32 8, i32 0
  %67 = or i32 %64, %57
  %68 = or i32 %67, %61
  %69 = or i32 %68, %66
  %70 = zext i32 %69 to i64
  %71 = icmp ugt i32 %33, %45
  %72 = select i1 %71, i64 16, i64 0
  %73 = icmp ugt i64 %37, %53
  %74 = select i1 %73, i64 32, i64 0
  %75 = ashr i32 %31, 26
  %76 = sext i32 %75 to i64
  %77 = lshr i32 %41, 3
  %78 = zext i32 %77 to i64
  %79 = ashr i32 %58, 21
  %80 = sext i32 %79 to i64
  %81 = lshr i32 %45, 9
  %82 = zext i32 %81 to i64
  %83 = ashr i32 %35, 13
  %84 = sext i32 %83 to i64
  %85 = lshr i32 %33, 13
  %86 = zext i32 %85 to i64
  %87 = ashr i64 %40, 40
  %88 = shl i64 %53, 48
  %89 = ashr exact i64 %88, 48
  %90 = and i64 %40, 255
  %91 = add nsw i64 %76, %78
  %92 = add nsw i64 %91, %55
  %93 = add nsw i64 %92, %86
  %94 = add nsw i64 %93, %84
  %95 = add nsw i64 %94, %56
  %96 = add nsw i64 %95, %89
  %97 = add nsw i64 %96, %80
  %98 = add nsw i64 %97, %74
  %99 = add nsw i64 %98, %40
  %100 = add nsw i64 %99, %90
  %101 = add nsw i64 %100, %87
  %102 = add nsw i64 %101, %82
  %103 = add nsw i64 %102, %72
  %104 = add i64 %103, %54
  %105 = add i64 %104, %70
  %106 = tail call i64 @llvm.fshl.i64(i64 %105, i64 %105, i64 1)
  %107 = add nuw nsw i32 %5, 1
  %108 = icmp eq i32 %107, 3000
  br i1 %108, label %3, label %4, !llvm.loop !8
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #1

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
