; ModuleID = 'bit_tricks.c'
source_filename = "bit_tricks.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i64 81985529216486895, align 8

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i64, ptr @g_seed, align 8, !tbaa !4
  br label %3

2:                                                ; preds = %57
  ret i64 %130

3:                                                ; preds = %0, %57
  %4 = phi i64 [ 0, %0 ], [ %131, %57 ]
  %5 = phi i64 [ %1, %0 ], [ %12, %57 ]
  %6 = phi i64 [ 0, %0 ], [ %130, %57 ]
  %7 = lshr i64 %5, 12
  %8 = xor i64 %7, %5
  %9 = shl i64 %8, 25
  %10 = xor i64 %9, %8
  %11 = lshr i64 %10, 27
  %12 = xor i64 %11, %10
  %13 = mul i64 %12, 2685821657736338717
  %14 = trunc i64 %13 to i32
  %15 = lshr i64 %13, 32
  %16 = trunc i64 %15 to i32
  %17 = tail call i64 @llvm.ctpop.i64(i64 %13), !range !8
  %18 = trunc i64 %17 to i32
  %19 = tail call i32 @llvm.ctpop.i32(i32 %14), !range !9
  %20 = zext i32 %19 to i64
  %21 = add i64 %17, %6
  %22 = add i64 %21, %20
  %23 = lshr i64 %13, 1
  %24 = and i64 %23, 6148914691236517205
  %25 = sub i64 %13, %24
  %26 = and i64 %25, 3689348814741910323
  %27 = lshr i64 %25, 2
  %28 = and i64 %27, 3689348814741910323
  %29 = add nuw nsw i64 %28, %26
  %30 = lshr i64 %29, 4
  %31 = add nuw nsw i64 %30, %29
  %32 = and i64 %31, 1085102592571150095
  %33 = mul i64 %32, 72340172838076673
  %34 = lshr i64 %33, 56
  %35 = trunc i64 %34 to i32
  %36 = icmp eq i32 %35, %18
  %37 = add i64 %22, 1000
  %38 = select i1 %36, i64 %22, i64 %37
  %39 = mul i64 %38, 7
  %40 = icmp eq i64 %13, 0
  %41 = tail call i64 @llvm.ctlz.i64(i64 %13, i1 false), !range !8
  %42 = add i64 %39, %41
  br i1 %40, label %57, label %43

43:                                               ; preds = %3
  %44 = trunc i64 %41 to i32
  %45 = icmp sgt i64 %13, -1
  br i1 %45, label %46, label %52

46:                                               ; preds = %43, %46
  %47 = phi i32 [ %50, %46 ], [ 0, %43 ]
  %48 = phi i64 [ %49, %46 ], [ %13, %43 ]
  %49 = shl nuw i64 %48, 1
  %50 = add nuw nsw i32 %47, 1
  %51 = icmp sgt i64 %49, -1
  br i1 %51, label %46, label %52, !llvm.loop !10

52:                                               ; preds = %46, %43
  %53 = phi i32 [ 0, %43 ], [ %50, %46 ]
  %54 = icmp eq i32 %53, %44
  %55 = add i64 %42, 2000
  %56 = select i1 %54, i64 %42, i64 %55
  br label %57

57:                                               ; preds = %52, %3
  %58 = phi i64 [ %42, %3 ], [ %56, %52 ]
  %59 = mul i64 %58, 5
  %60 = tail call i32 @llvm.cttz.i32(i32 %14, i1 false), !range !9
  %61 = zext i32 %60 to i64
  %62 = icmp eq i32 %16, 0
  %63 = tail call i64 @llvm.cttz.i64(i64 %15, i1 true), !range !8
  %64 = select i1 %62, i64 32, i64 %63
  %65 = add nuw nsw i64 %64, %61
  %66 = add i64 %65, %59
  %67 = tail call i64 @llvm.bswap.i64(i64 %13)
  %68 = tail call i32 @llvm.bswap.i32(i32 %14)
  %69 = zext i32 %68 to i64
  %70 = add i64 %67, %69
  %71 = tail call i32 @llvm.bswap.i32(i32 %16)
  %72 = zext i32 %71 to i64
  %73 = add i64 %70, %72
  %74 = xor i64 %66, %73
  %75 = trunc i64 %13 to i16
  %76 = tail call i16 @llvm.bswap.i16(i16 %75)
  %77 = zext i16 %76 to i64
  %78 = add i64 %74, %77
  %79 = tail call i64 @llvm.fshl.i64(i64 %78, i64 %78, i64 %4)
  %80 = tail call i32 @llvm.fshr.i32(i32 %14, i32 %14, i32 %16)
  %81 = zext i32 %80 to i64
  %82 = xor i64 %79, %81
  %83 = trunc i64 %15 to i8
  %84 = trunc i64 %4 to i8
  %85 = tail call i8 @llvm.fshl.i8(i8 %83, i8 %83, i8 %84)
  %86 = zext i8 %85 to i32
  %87 = lshr i32 %14, 1
  %88 = and i32 %87, 1431655765
  %89 = shl i32 %14, 1
  %90 = and i32 %89, -1431655766
  %91 = or i32 %88, %90
  %92 = lshr i32 %91, 2
  %93 = and i32 %92, 858993459
  %94 = shl i32 %91, 2
  %95 = and i32 %94, -858993460
  %96 = or i32 %93, %95
  %97 = lshr i32 %96, 4
  %98 = and i32 %97, 252645135
  %99 = shl i32 %96, 4
  %100 = and i32 %99, -252645136
  %101 = or i32 %98, %100
  %102 = tail call i32 @llvm.bswap.i32(i32 %101)
  %103 = add i32 %102, %86
  %104 = zext i32 %103 to i64
  %105 = and i32 %87, 2147483646
  %106 = lshr i32 %14, 2
  %107 = or i32 %105, %106
  %108 = lshr i32 %107, 2
  %109 = or i32 %108, %107
  %110 = lshr i32 %109, 4
  %111 = or i32 %110, %109
  %112 = lshr i32 %111, 8
  %113 = or i32 %112, %111
  %114 = lshr i32 %113, 16
  %115 = or i32 %114, %113
  %116 = add nuw i32 %115, 1
  %117 = zext i32 %116 to i64
  %118 = add nuw nsw i64 %117, %104
  %119 = add i64 %118, %82
  %120 = xor i32 %87, %14
  %121 = zext i32 %120 to i64
  %122 = xor i64 %119, %121
  %123 = sub i64 0, %13
  %124 = and i64 %13, %123
  %125 = and i64 %17, 1
  %126 = and i64 %4, 63
  %127 = ashr i64 %13, %126
  %128 = add i64 %127, %124
  %129 = add i64 %128, %125
  %130 = add i64 %129, %122
  %131 = add nuw nsw i64 %4, 1
  %132 = icmp eq i64 %131, 4000
  br i1 %132, label %2, label %3, !llvm.loop !12
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.bswap.i64(i64) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.bswap.i16(i16) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshr.i32(i32, i32, i32) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i8 @llvm.fshl.i8(i8, i8, i8) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #2

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
!8 = !{i64 0, i64 65}
!9 = !{i32 0, i32 33}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
