; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_n = dso_local local_unnamed_addr global i32 20, align 4

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = load i32, ptr @g_n, align 4, !tbaa !4
  %3 = tail call fastcc i64 @fib(i32 noundef %2)
  %4 = mul i64 %3, 131
  %5 = tail call fastcc i32 @ackermann(i32 noundef 2, i32 noundef %2)
  %6 = zext i32 %5 to i64
  %7 = add i64 %4, %6
  %8 = mul i64 %7, 131
  %9 = tail call fastcc i32 @ackermann(i32 noundef 3, i32 noundef 4)
  %10 = zext i32 %9 to i64
  %11 = add i64 %8, %10
  br label %14

12:                                               ; preds = %35
  %13 = sext i32 %2 to i64
  br label %49

14:                                               ; preds = %35, %0
  %15 = phi i32 [ 0, %0 ], [ %38, %35 ]
  %16 = phi i64 [ %11, %0 ], [ %37, %35 ]
  %17 = mul i64 %16, 3
  %18 = mul nuw nsw i32 %15, 7
  %19 = add i32 %18, %2
  br label %20

20:                                               ; preds = %22, %14
  %21 = phi i32 [ %19, %14 ], [ %23, %22 ]
  switch i32 %21, label %22 [
    i32 0, label %24
    i32 1, label %25
  ]

22:                                               ; preds = %20
  %23 = add i32 %21, -2
  br label %20

24:                                               ; preds = %20
  br label %25

25:                                               ; preds = %20, %24
  %26 = phi i64 [ 1, %24 ], [ 0, %20 ]
  %27 = add i64 %26, %17
  %28 = mul i64 %27, 3
  %29 = mul nuw i32 %15, 7
  %30 = add nuw i32 %29, 7
  %31 = add i32 %30, %2
  br label %32

32:                                               ; preds = %40, %25
  %33 = phi i32 [ %31, %25 ], [ %41, %40 ]
  switch i32 %33, label %40 [
    i32 0, label %34
    i32 1, label %35
  ]

34:                                               ; preds = %32
  br label %35

35:                                               ; preds = %32, %34
  %36 = phi i64 [ 1, %34 ], [ 0, %32 ]
  %37 = add i64 %36, %28
  %38 = add nuw nsw i32 %15, 2
  %39 = icmp eq i32 %38, 200
  br i1 %39, label %12, label %14, !llvm.loop !8

40:                                               ; preds = %32
  %41 = add i32 %33, -2
  br label %32

42:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #4
  store i32 0, ptr %1, align 4, !tbaa !4
  %43 = call fastcc i32 @hanoi_moves(i32 noundef 12, i32 noundef 0, i32 noundef 2, i32 noundef 1, ptr noundef nonnull %1)
  %44 = sext i32 %43 to i64
  %45 = add i64 %62, %44
  %46 = load i32, ptr %1, align 4, !tbaa !4
  %47 = sext i32 %46 to i64
  %48 = xor i64 %45, %47
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #4
  ret i64 %48

49:                                               ; preds = %75, %12
  %50 = phi i64 [ 1, %12 ], [ %77, %75 ]
  %51 = phi i64 [ %37, %12 ], [ %76, %75 ]
  %52 = mul nuw nsw i64 %50, 1071
  %53 = add nsw i64 %52, %13
  %54 = mul nuw nsw i64 %50, 462
  %55 = add nuw nsw i64 %54, 17
  br label %56

56:                                               ; preds = %56, %49
  %57 = phi i64 [ %59, %56 ], [ %55, %49 ]
  %58 = phi i64 [ %57, %56 ], [ %53, %49 ]
  %59 = urem i64 %58, %57
  %60 = icmp eq i64 %59, 0
  br i1 %60, label %61, label %56

61:                                               ; preds = %56
  %62 = add i64 %57, %51
  %63 = add nuw nsw i64 %50, 1
  %64 = icmp eq i64 %63, 60
  br i1 %64, label %42, label %65, !llvm.loop !10

65:                                               ; preds = %61
  %66 = mul nuw nsw i64 %63, 1071
  %67 = add nsw i64 %66, %13
  %68 = mul nuw nsw i64 %63, 462
  %69 = add nuw nsw i64 %68, 17
  br label %70

70:                                               ; preds = %70, %65
  %71 = phi i64 [ %73, %70 ], [ %69, %65 ]
  %72 = phi i64 [ %71, %70 ], [ %67, %65 ]
  %73 = urem i64 %72, %71
  %74 = icmp eq i64 %73, 0
  br i1 %74, label %75, label %70

75:                                               ; preds = %70
  %76 = add i64 %71, %62
  %77 = add nuw nsw i64 %50, 2
  br label %49
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(none)
define internal fastcc i64 @fib(i32 noundef %0) unnamed_addr #2 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %3, label %8

3:                                                ; preds = %8, %1
  %4 = phi i64 [ 0, %1 ], [ %14, %8 ]
  %5 = phi i32 [ %0, %1 ], [ %13, %8 ]
  %6 = sext i32 %5 to i64
  %7 = add nsw i64 %4, %6
  ret i64 %7

8:                                                ; preds = %1, %8
  %9 = phi i32 [ %13, %8 ], [ %0, %1 ]
  %10 = phi i64 [ %14, %8 ], [ 0, %1 ]
  %11 = add nsw i32 %9, -1
  %12 = tail call fastcc i64 @fib(i32 noundef %11)
  %13 = add nsw i32 %9, -2
  %14 = add nsw i64 %12, %10
  %15 = icmp ult i32 %9, 4
  br i1 %15, label %3, label %8
}

; Function Attrs: nofree nosync nounwind memory(none)
define internal fastcc i32 @ackermann(i32 noundef %0, i32 noundef %1) unnamed_addr #2 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %4, label %7

4:                                                ; preds = %11, %2
  %5 = phi i32 [ %1, %2 ], [ %12, %11 ]
  %6 = add i32 %5, 1
  ret i32 %6

7:                                                ; preds = %2, %11
  %8 = phi i32 [ %12, %11 ], [ %1, %2 ]
  %9 = phi i32 [ %13, %11 ], [ %0, %2 ]
  %10 = icmp eq i32 %8, 0
  br i1 %10, label %11, label %15

11:                                               ; preds = %7, %15
  %12 = phi i32 [ %17, %15 ], [ 1, %7 ]
  %13 = add i32 %9, -1
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %4, label %7

15:                                               ; preds = %7
  %16 = add i32 %8, -1
  %17 = tail call fastcc i32 @ackermann(i32 noundef %9, i32 noundef %16)
  br label %11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite)
define internal fastcc i32 @hanoi_moves(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, ptr noundef %4) unnamed_addr #3 {
  %6 = icmp eq i32 %0, 0
  br i1 %6, label %23, label %7

7:                                                ; preds = %5, %7
  %8 = phi i32 [ %9, %7 ], [ %3, %5 ]
  %9 = phi i32 [ %8, %7 ], [ %1, %5 ]
  %10 = phi i32 [ %12, %7 ], [ %0, %5 ]
  %11 = phi i32 [ %21, %7 ], [ 0, %5 ]
  %12 = add nsw i32 %10, -1
  %13 = tail call fastcc i32 @hanoi_moves(i32 noundef %12, i32 noundef %9, i32 noundef %8, i32 noundef %2, ptr noundef %4)
  %14 = load i32, ptr %4, align 4, !tbaa !4
  %15 = mul nsw i32 %14, 3
  %16 = shl nsw i32 %9, 1
  %17 = add i32 %16, %2
  %18 = add i32 %17, %15
  %19 = srem i32 %18, 1000003
  store i32 %19, ptr %4, align 4, !tbaa !4
  %20 = add i32 %11, 1
  %21 = add i32 %20, %13
  %22 = icmp eq i32 %12, 0
  br i1 %22, label %23, label %7

23:                                               ; preds = %7, %5
  %24 = phi i32 [ 0, %5 ], [ %21, %7 ]
  ret i32 %24
}

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nosync nounwind memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
