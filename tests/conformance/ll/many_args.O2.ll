; ModuleID = 'many_args.c'
source_filename = "many_args.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Quad = type { i32, i32, i32, i32 }

@g_seed = dso_local local_unnamed_addr global i32 5, align 4

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define dso_local i64 @ints10(i64 noundef %0, i32 noundef %1, i16 noundef signext %2, i8 noundef signext %3, i64 noundef %4, i32 noundef %5, i16 noundef zeroext %6, i8 noundef zeroext %7, i64 noundef %8, i32 noundef %9) local_unnamed_addr #0 {
  %11 = mul nsw i64 %0, 3
  %12 = mul nsw i32 %1, 5
  %13 = sext i32 %12 to i64
  %14 = add nsw i64 %11, %13
  %15 = sext i16 %2 to i64
  %16 = mul nsw i64 %15, -7
  %17 = add i64 %14, %16
  %18 = sext i8 %3 to i64
  %19 = mul nsw i64 %18, 11
  %20 = add nsw i64 %17, %19
  %21 = urem i64 %4, 1000
  %22 = mul nuw nsw i64 %21, 13
  %23 = add nsw i64 %20, %22
  %24 = zext i32 %5 to i64
  %25 = mul nuw nsw i64 %24, 17
  %26 = add nsw i64 %23, %25
  %27 = zext i16 %6 to i64
  %28 = mul nsw i64 %27, -19
  %29 = add i64 %26, %28
  %30 = zext i8 %7 to i64
  %31 = mul nuw nsw i64 %30, 23
  %32 = add nsw i64 %29, %31
  %33 = mul i64 %8, -29
  %34 = add i64 %32, %33
  %35 = mul nsw i32 %9, 31
  %36 = sext i32 %35 to i64
  %37 = add nsw i64 %34, %36
  ret i64 %37
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define dso_local double @doubles12(double noundef %0, double noundef %1, double noundef %2, double noundef %3, double noundef %4, double noundef %5, double noundef %6, double noundef %7, double noundef %8, double noundef %9, double noundef %10, double noundef %11) local_unnamed_addr #0 {
  %13 = fsub double %0, %1
  %14 = fmul double %13, %2
  %15 = fadd double %14, %3
  %16 = fmul double %4, %5
  %17 = fsub double %15, %16
  %18 = fadd double %17, %6
  %19 = fmul double %18, %7
  %20 = fsub double %19, %8
  %21 = fmul double %9, %10
  %22 = fadd double %20, %21
  %23 = fsub double %22, %11
  ret double %23
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define dso_local float @mixed(i32 noundef %0, float noundef %1, i32 noundef %2, double noundef %3, i32 noundef %4, float noundef %5, i32 noundef %6, double noundef %7, i32 noundef %8, float noundef %9, i32 noundef %10, double noundef %11, i32 noundef %12, float noundef %13, i32 noundef %14, double noundef %15, i32 noundef %16, float noundef %17, i32 noundef %18, double noundef %19) local_unnamed_addr #0 {
  %21 = add nsw i32 %2, %0
  %22 = add nsw i32 %21, %4
  %23 = add nsw i32 %22, %6
  %24 = add nsw i32 %23, %8
  %25 = add nsw i32 %24, %10
  %26 = add nsw i32 %25, %12
  %27 = add nsw i32 %26, %14
  %28 = add nsw i32 %27, %16
  %29 = add nsw i32 %28, %18
  %30 = sitofp i32 %29 to float
  %31 = fmul float %30, %1
  %32 = fmul float %5, %9
  %33 = fadd float %32, %31
  %34 = fmul float %13, %17
  %35 = fsub float %33, %34
  %36 = fmul double %3, %7
  %37 = fmul double %11, %15
  %38 = fsub double %36, %37
  %39 = fadd double %38, %19
  %40 = fptrunc double %39 to float
  %41 = fadd float %35, %40
  ret float %41
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local i64 @after_regs(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i64 noundef %5, ptr nocapture noundef readonly byval(%struct.Quad) align 8 %6, i64 noundef %7) local_unnamed_addr #1 {
  %9 = sub nsw i64 %0, %1
  %10 = sub nsw i64 %2, %3
  %11 = mul nsw i64 %10, %9
  %12 = xor i64 %5, %4
  %13 = add nsw i64 %12, %11
  %14 = load i32, ptr %6, align 8, !tbaa !4
  %15 = shl nsw i32 %14, 1
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds %struct.Quad, ptr %6, i64 0, i32 1
  %18 = load i32, ptr %17, align 4, !tbaa !9
  %19 = mul nsw i32 %18, 3
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds %struct.Quad, ptr %6, i64 0, i32 2
  %22 = load i32, ptr %21, align 8, !tbaa !10
  %23 = mul nsw i32 %22, 5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds %struct.Quad, ptr %6, i64 0, i32 3
  %26 = load i32, ptr %25, align 4, !tbaa !11
  %27 = mul nsw i32 %26, 7
  %28 = sext i32 %27 to i64
  %29 = add i64 %13, %7
  %30 = add i64 %29, %16
  %31 = add i64 %30, %20
  %32 = add i64 %31, %24
  %33 = add i64 %32, %28
  ret i64 %33
}

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #2 {
  %1 = alloca %struct.Quad, align 8
  %2 = load i32, ptr @g_seed, align 4, !tbaa !12
  %3 = getelementptr inbounds %struct.Quad, ptr %1, i64 0, i32 1
  %4 = getelementptr inbounds %struct.Quad, ptr %1, i64 0, i32 2
  %5 = getelementptr inbounds %struct.Quad, ptr %1, i64 0, i32 3
  %6 = sext i32 %2 to i64
  br label %8

7:                                                ; preds = %8
  ret i64 %43

8:                                                ; preds = %0, %8
  %9 = phi i64 [ 0, %0 ], [ %44, %8 ]
  %10 = phi i64 [ 0, %0 ], [ %43, %8 ]
  %11 = trunc i64 %9 to i32
  %12 = add nsw i64 %9, %6
  %13 = add nsw i32 %2, %11
  %14 = mul i64 %10, 31
  %15 = mul nsw i64 %12, 1000
  %16 = sub nsw i32 0, %13
  %17 = trunc i64 %12 to i32
  %18 = trunc i64 %12 to i16
  %19 = mul i16 %18, 3
  %20 = trunc i64 %12 to i8
  %21 = add i8 %20, -100
  %22 = mul nsw i64 %12, 7
  %23 = shl i32 %17, 3
  %24 = mul i16 %18, 11
  %25 = add i8 %20, -56
  %26 = mul i64 %12, -100000
  %27 = tail call i64 @ints10(i64 noundef %15, i32 noundef %16, i16 noundef signext %19, i8 noundef signext %21, i64 noundef %22, i32 noundef %23, i16 noundef zeroext %24, i8 noundef zeroext %25, i64 noundef %26, i32 noundef %17)
  %28 = add i64 %27, %14
  %29 = sitofp i32 %17 to double
  %30 = fmul double %29, -2.000000e+00
  %31 = fmul double %29, 1.250000e-01
  %32 = tail call double @doubles12(double noundef %29, double noundef 5.000000e-01, double noundef 1.500000e+00, double noundef %30, double noundef 2.500000e-01, double noundef 3.000000e+00, double noundef %31, double noundef -1.000000e+00, double noundef 7.000000e+00, double noundef 5.000000e-01, double noundef %29, double noundef 1.000000e+03)
  %33 = tail call float @mixed(i32 noundef %17, float noundef 5.000000e-01, i32 noundef 2, double noundef 1.250000e+00, i32 noundef 3, float noundef -7.500000e-01, i32 noundef 4, double noundef 2.000000e+00, i32 noundef 5, float noundef 1.500000e+00, i32 noundef 6, double noundef %29, i32 noundef 7, float noundef 2.500000e-01, i32 noundef 8, double noundef 5.000000e-01, i32 noundef 9, float noundef 4.000000e+00, i32 noundef 10, double noundef -3.000000e+00)
  %34 = bitcast double %32 to i64
  %35 = bitcast float %33 to i32
  %36 = zext i32 %35 to i64
  %37 = add i64 %36, %34
  %38 = xor i64 %37, %28
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store i32 %17, ptr %1, align 8, !tbaa !4
  %39 = trunc i64 %12 to i32
  %40 = sub i32 0, %39
  store i32 %40, ptr %3, align 4, !tbaa !9
  %41 = shl nsw i32 %17, 1
  store i32 %41, ptr %4, align 8, !tbaa !10
  store i32 3, ptr %5, align 4, !tbaa !11
  %42 = tail call i64 @after_regs(i64 noundef 1, i64 noundef 2, i64 noundef 3, i64 noundef 4, i64 noundef 5, i64 noundef 6, ptr noundef nonnull byval(%struct.Quad) align 8 %1, i64 noundef %12)
  %43 = add i64 %42, %38
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %44 = add nuw nsw i64 %9, 1
  %45 = icmp eq i64 %44, 200
  br i1 %45, label %7, label %8, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !6, i64 0}
!5 = !{!"", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!5, !6, i64 4}
!10 = !{!5, !6, i64 8}
!11 = !{!5, !6, i64 12}
!12 = !{!6, !6, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
