; ModuleID = 'global_tables.c'
source_filename = "global_tables.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_counter = dso_local local_unnamed_addr global i64 0, align 8
@sine_table = internal unnamed_addr constant [32 x i16] [i16 0, i16 3212, i16 6393, i16 9512, i16 12539, i16 15446, i16 18204, i16 20787, i16 23170, i16 25329, i16 27245, i16 28898, i16 30273, i16 31356, i16 32137, i16 32609, i16 32767, i16 32609, i16 32137, i16 31356, i16 30273, i16 28898, i16 27245, i16 25329, i16 23170, i16 20787, i16 18204, i16 15446, i16 12539, i16 9512, i16 6393, i16 3212], align 16
@primes = internal unnamed_addr constant [20 x i32] [i32 2, i32 3, i32 5, i32 7, i32 11, i32 13, i32 17, i32 19, i32 23, i32 29, i32 31, i32 37, i32 41, i32 43, i32 47, i32 53, i32 59, i32 61, i32 67, i32 71], align 16
@g_history = dso_local local_unnamed_addr global [64 x i32] zeroinitializer, align 16
@g_history_len = dso_local local_unnamed_addr global i32 0, align 4
@sbox = internal unnamed_addr constant [16 x i8] c"\0C\05\06\0B\09\00\0A\0D\03\0E\0F\08\04\07\01\02", align 16

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_history_len, align 4, !tbaa !4
  %2 = load i64, ptr @g_counter, align 8, !tbaa !8
  br label %4

3:                                                ; preds = %4
  store i32 %53, ptr @g_history_len, align 4, !tbaa !4
  store i64 %55, ptr @g_counter, align 8, !tbaa !8
  br label %58

4:                                                ; preds = %0, %4
  %5 = phi i32 [ 0, %0 ], [ %56, %4 ]
  %6 = phi i16 [ 4660, %0 ], [ %39, %4 ]
  %7 = phi i32 [ %1, %0 ], [ %53, %4 ]
  %8 = phi i64 [ %2, %0 ], [ %55, %4 ]
  %9 = trunc i32 %5 to i16
  %10 = xor i16 %6, %9
  %11 = zext i16 %10 to i32
  %12 = and i32 %11, 15
  %13 = zext i32 %12 to i64
  %14 = getelementptr inbounds [16 x i8], ptr @sbox, i64 0, i64 %13
  %15 = load i8, ptr %14, align 1, !tbaa !10
  %16 = zext i8 %15 to i16
  %17 = lshr i32 %11, 4
  %18 = and i32 %17, 15
  %19 = zext i32 %18 to i64
  %20 = getelementptr inbounds [16 x i8], ptr @sbox, i64 0, i64 %19
  %21 = load i8, ptr %20, align 1, !tbaa !10
  %22 = zext i8 %21 to i16
  %23 = shl nuw nsw i16 %22, 4
  %24 = or i16 %23, %16
  %25 = lshr i32 %11, 8
  %26 = and i32 %25, 15
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds [16 x i8], ptr @sbox, i64 0, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !10
  %30 = zext i8 %29 to i16
  %31 = shl nuw i16 %30, 8
  %32 = lshr i32 %11, 12
  %33 = zext i32 %32 to i64
  %34 = getelementptr inbounds [16 x i8], ptr @sbox, i64 0, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !10
  %36 = zext i8 %35 to i16
  %37 = shl i16 %36, 12
  %38 = or i16 %31, %37
  %39 = or i16 %38, %24
  %40 = and i16 %24, 31
  %41 = zext i16 %40 to i64
  %42 = getelementptr inbounds [32 x i16], ptr @sine_table, i64 0, i64 %41
  %43 = load i16, ptr %42, align 2, !tbaa !11
  %44 = sext i16 %43 to i32
  %45 = urem i16 %9, 20
  %46 = zext i16 %45 to i64
  %47 = getelementptr inbounds [20 x i32], ptr @primes, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !4
  %49 = mul nsw i32 %48, %44
  %50 = srem i32 %7, 64
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [64 x i32], ptr @g_history, i64 0, i64 %51
  store i32 %49, ptr %52, align 4, !tbaa !4
  %53 = add nsw i32 %7, 1
  %54 = zext i32 %49 to i64
  %55 = add i64 %8, %54
  %56 = add nuw nsw i32 %5, 1
  %57 = icmp eq i32 %56, 1000
  br i1 %57, label %3, label %4, !llvm.loop !13

58:                                               ; preds = %58, %3
  %59 = phi i64 [ 0, %3 ], [ %84, %58 ]
  %60 = phi i64 [ 0, %3 ], [ %83, %58 ]
  %61 = mul i64 %60, 31
  %62 = getelementptr inbounds [64 x i32], ptr @g_history, i64 0, i64 %59
  %63 = load i32, ptr %62, align 16, !tbaa !4
  %64 = zext i32 %63 to i64
  %65 = add i64 %61, %64
  %66 = or i64 %59, 1
  %67 = mul i64 %65, 31
  %68 = getelementptr inbounds [64 x i32], ptr @g_history, i64 0, i64 %66
  %69 = load i32, ptr %68, align 4, !tbaa !4
  %70 = zext i32 %69 to i64
  %71 = add i64 %67, %70
  %72 = or i64 %59, 2
  %73 = mul i64 %71, 31
  %74 = getelementptr inbounds [64 x i32], ptr @g_history, i64 0, i64 %72
  %75 = load i32, ptr %74, align 8, !tbaa !4
  %76 = zext i32 %75 to i64
  %77 = add i64 %73, %76
  %78 = or i64 %59, 3
  %79 = mul i64 %77, 31
  %80 = getelementptr inbounds [64 x i32], ptr @g_history, i64 0, i64 %78
  %81 = load i32, ptr %80, align 4, !tbaa !4
  %82 = zext i32 %81 to i64
  %83 = add i64 %79, %82
  %84 = add nuw nsw i64 %59, 4
  %85 = icmp eq i64 %84, 64
  br i1 %85, label %86, label %58, !llvm.loop !15

86:                                               ; preds = %58
  %87 = add i64 %55, %83
  %88 = sext i32 %53 to i64
  %89 = add i64 %87, %88
  %90 = xor i64 %89, 521663
  %91 = mul i64 %90, -3976835462711982503
  %92 = add i64 %91, 8662627409971792467
  ret i64 %92
}

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!8 = !{!9, !9, i64 0}
!9 = !{!"long", !6, i64 0}
!10 = !{!6, !6, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"short", !6, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
