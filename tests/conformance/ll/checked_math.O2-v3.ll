; ModuleID = 'checked_math.c'
source_filename = "checked_math.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i64 2147483632, align 8
@switch.table.checksum = private unnamed_addr constant [10 x i64] [i64 17, i64 -3, i64 101, i64 7, i64 0, i64 55, i64 -90, i64 12, i64 31, i64 4], align 8

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i64, ptr @g_seed, align 8, !tbaa !4
  br label %3

2:                                                ; preds = %56
  ret i64 %58

3:                                                ; preds = %0, %56
  %4 = phi i64 [ %1, %0 ], [ %8, %56 ]
  %5 = phi i64 [ 0, %0 ], [ %58, %56 ]
  %6 = phi i32 [ 0, %0 ], [ %59, %56 ]
  %7 = mul i64 %4, 6364136223846793005
  %8 = add i64 %7, 1442695040888963407
  %9 = trunc i64 %8 to i32
  %10 = lshr i64 %8, 32
  %11 = trunc i64 %10 to i32
  %12 = mul i64 %5, 31
  %13 = tail call i32 @llvm.sadd.sat.i32(i32 %9, i32 %11)
  %14 = zext i32 %13 to i64
  %15 = add i64 %12, %14
  %16 = mul i64 %15, 31
  %17 = trunc i32 %6 to i16
  %18 = urem i16 %17, 40
  %19 = zext i16 %18 to i64
  %20 = ashr i64 %8, %19
  %21 = ashr i64 %8, 32
  %22 = tail call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %20, i64 %21)
  %23 = extractvalue { i64, i1 } %22, 1
  %24 = lshr i64 %20, 63
  %25 = trunc i64 %24 to i32
  %26 = lshr i64 %21, 63
  %27 = trunc i64 %26 to i32
  %28 = icmp eq i32 %25, %27
  %29 = select i1 %28, i64 9223372036854775807, i64 -9223372036854775808
  %30 = extractvalue { i64, i1 } %22, 0
  %31 = select i1 %23, i64 %29, i64 %30
  %32 = add i64 %16, %31
  %33 = mul i64 %32, 31
  %34 = trunc i64 %8 to i16
  %35 = trunc i64 %10 to i16
  %36 = tail call i16 @llvm.usub.sat.i16(i16 %34, i16 %35)
  %37 = zext i16 %36 to i64
  %38 = urem i16 %17, 20
  %39 = zext i16 %38 to i32
  %40 = lshr i32 %9, %39
  %41 = urem i16 %17, 23
  %42 = zext i16 %41 to i32
  %43 = lshr i32 %11, %42
  %44 = tail call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %40, i32 %43)
  %45 = extractvalue { i32, i1 } %44, 1
  %46 = zext i1 %45 to i64
  %47 = add nuw nsw i64 %46, %37
  %48 = add i64 %47, %33
  %49 = mul i64 %48, 3
  %50 = urem i64 %8, 12
  %51 = trunc i64 %50 to i32
  %52 = icmp ult i32 %51, 10
  br i1 %52, label %53, label %56

53:                                               ; preds = %3
  %54 = getelementptr inbounds [10 x i64], ptr @switch.table.checksum, i64 0, i64 %50
  %55 = load i64, ptr %54, align 8
  br label %56

56:                                               ; preds = %3, %53
  %57 = phi i64 [ %55, %53 ], [ 1, %3 ]
  %58 = add i64 %57, %49
  %59 = add nuw nsw i32 %6, 1
  %60 = icmp eq i32 %59, 2000
  br i1 %60, label %2, label %3, !llvm.loop !8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.usub.sat.i16(i16, i16) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.sadd.sat.i32(i32, i32) #2

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
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
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
