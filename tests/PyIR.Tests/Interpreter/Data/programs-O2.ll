; ModuleID = 'programs.c'
source_filename = "programs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Item = type { i32, double, [6 x i8] }

; Function Attrs: nofree nosync nounwind memory(inaccessiblemem: readwrite) uwtable
define dso_local i64 @run_sort() local_unnamed_addr #0 {
  %1 = alloca [20 x i8], align 4
  %2 = alloca [40 x %struct.Item], align 16
  call void @llvm.lifetime.start.p0(i64 960, ptr nonnull %2) #11
  br label %26

3:                                                ; preds = %26, %18
  %4 = phi i64 [ %24, %18 ], [ 1, %26 ]
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %1)
  %5 = getelementptr inbounds %struct.Item, ptr %2, i64 %4
  %6 = load i32, ptr %5, align 8, !tbaa.struct !5
  %7 = getelementptr inbounds i8, ptr %5, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %1, ptr noundef nonnull align 4 dereferenceable(20) %7, i64 20, i1 false), !tbaa.struct !13
  br label %8

8:                                                ; preds = %15, %3
  %9 = phi i64 [ %4, %3 ], [ %10, %15 ]
  %10 = add nsw i64 %9, -1
  %11 = and i64 %10, 4294967295
  %12 = getelementptr inbounds %struct.Item, ptr %2, i64 %11
  %13 = load i32, ptr %12, align 8, !tbaa !14
  %14 = icmp sgt i32 %13, %6
  br i1 %14, label %15, label %18

15:                                               ; preds = %8
  %16 = getelementptr inbounds %struct.Item, ptr %2, i64 %9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %16, ptr noundef nonnull align 8 dereferenceable(24) %12, i64 24, i1 false), !tbaa.struct !5
  %17 = icmp sgt i64 %9, 1
  br i1 %17, label %8, label %18, !llvm.loop !16

18:                                               ; preds = %15, %8
  %19 = phi i64 [ 0, %15 ], [ %9, %8 ]
  %20 = shl i64 %19, 32
  %21 = ashr exact i64 %20, 32
  %22 = getelementptr inbounds %struct.Item, ptr %2, i64 %21
  store i32 %6, ptr %22, align 8, !tbaa.struct !5
  %23 = getelementptr inbounds i8, ptr %22, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %23, ptr noundef nonnull align 4 dereferenceable(20) %1, i64 20, i1 false), !tbaa.struct !13
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %1)
  %24 = add nuw nsw i64 %4, 1
  %25 = icmp eq i64 %24, 40
  br i1 %25, label %49, label %3, !llvm.loop !18

26:                                               ; preds = %0, %26
  %27 = phi i64 [ 0, %0 ], [ %46, %26 ]
  %28 = phi i32 [ 12345, %0 ], [ %30, %26 ]
  %29 = mul i32 %28, 1103515245
  %30 = add i32 %29, 12345
  %31 = getelementptr inbounds [40 x %struct.Item], ptr %2, i64 0, i64 %27
  %32 = lshr i32 %30, 16
  %33 = trunc i32 %32 to i16
  %34 = urem i16 %33, 1000
  %35 = zext i16 %34 to i32
  %36 = add nsw i32 %35, -500
  %37 = sitofp i32 %36 to double
  %38 = fmul double %37, 5.000000e-01
  %39 = trunc i32 %36 to i8
  %40 = and i8 %39, 7
  %41 = add nuw nsw i8 %40, 97
  store i32 %36, ptr %31, align 8, !tbaa.struct !5
  %42 = getelementptr inbounds i8, ptr %31, i64 8
  store double %38, ptr %42, align 8, !tbaa.struct !19
  %43 = getelementptr inbounds i8, ptr %31, i64 16
  store i32 1835365481, ptr %43, align 8, !tbaa.struct !20
  %44 = getelementptr inbounds i8, ptr %31, i64 20
  store i8 %41, ptr %44, align 4, !tbaa.struct !21
  %45 = getelementptr inbounds i8, ptr %31, i64 21
  store i8 0, ptr %45, align 1, !tbaa.struct !22
  %46 = add nuw nsw i64 %27, 1
  %47 = icmp eq i64 %46, 40
  br i1 %47, label %3, label %26, !llvm.loop !23

48:                                               ; preds = %49
  call void @llvm.lifetime.end.p0(i64 960, ptr nonnull %2) #11
  ret i64 %80

49:                                               ; preds = %18, %49
  %50 = phi i64 [ %81, %49 ], [ 0, %18 ]
  %51 = phi i64 [ %80, %49 ], [ 0, %18 ]
  %52 = mul nsw i64 %51, 31
  %53 = getelementptr inbounds [40 x %struct.Item], ptr %2, i64 0, i64 %50
  %54 = load i32, ptr %53, align 16, !tbaa !14
  %55 = sext i32 %54 to i64
  %56 = add nsw i64 %52, %55
  %57 = getelementptr inbounds [40 x %struct.Item], ptr %2, i64 0, i64 %50, i32 1
  %58 = load double, ptr %57, align 8, !tbaa !24
  %59 = fmul double %58, 4.000000e+00
  %60 = fptosi double %59 to i64
  %61 = add nsw i64 %56, %60
  %62 = getelementptr inbounds [40 x %struct.Item], ptr %2, i64 0, i64 %50, i32 2, i64 4
  %63 = load i8, ptr %62, align 4, !tbaa !12
  %64 = sext i8 %63 to i64
  %65 = add nsw i64 %61, %64
  %66 = or i64 %50, 1
  %67 = mul nsw i64 %65, 31
  %68 = getelementptr inbounds [40 x %struct.Item], ptr %2, i64 0, i64 %66
  %69 = load i32, ptr %68, align 8, !tbaa !14
  %70 = sext i32 %69 to i64
  %71 = add nsw i64 %67, %70
  %72 = getelementptr inbounds [40 x %struct.Item], ptr %2, i64 0, i64 %66, i32 1
  %73 = load double, ptr %72, align 16, !tbaa !24
  %74 = fmul double %73, 4.000000e+00
  %75 = fptosi double %74 to i64
  %76 = add nsw i64 %71, %75
  %77 = getelementptr inbounds [40 x %struct.Item], ptr %2, i64 0, i64 %66, i32 2, i64 4
  %78 = load i8, ptr %77, align 4, !tbaa !12
  %79 = sext i8 %78 to i64
  %80 = add nsw i64 %76, %79
  %81 = add nuw nsw i64 %50, 2
  %82 = icmp eq i64 %81, 40
  br i1 %82, label %48, label %49, !llvm.loop !25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define dso_local i64 @run_queens() local_unnamed_addr #3 {
  %1 = tail call fastcc i32 @queens(i32 noundef 7, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %2 = mul nsw i32 %1, 1000
  %3 = tail call fastcc i32 @queens(i32 noundef 6, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %4 = add nsw i32 %2, %3
  %5 = sext i32 %4 to i64
  ret i64 %5
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i32 @queens(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) unnamed_addr #3 {
  %6 = icmp eq i32 %1, %0
  br i1 %6, label %38, label %7

7:                                                ; preds = %5
  %8 = icmp sgt i32 %0, 0
  br i1 %8, label %9, label %38

9:                                                ; preds = %7
  %10 = add i32 %1, %0
  %11 = add nsw i32 %1, 1
  br label %12

12:                                               ; preds = %9, %34
  %13 = phi i32 [ 0, %9 ], [ %36, %34 ]
  %14 = phi i32 [ 0, %9 ], [ %35, %34 ]
  %15 = shl nuw i32 1, %13
  %16 = and i32 %15, %2
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %34

18:                                               ; preds = %12
  %19 = add nsw i32 %13, %1
  %20 = shl nuw i32 1, %19
  %21 = and i32 %20, %3
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %23, label %34

23:                                               ; preds = %18
  %24 = sub i32 %10, %13
  %25 = shl nuw i32 1, %24
  %26 = and i32 %25, %4
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %28, label %34

28:                                               ; preds = %23
  %29 = or i32 %15, %2
  %30 = or i32 %20, %3
  %31 = or i32 %25, %4
  %32 = tail call fastcc i32 @queens(i32 noundef %0, i32 noundef %11, i32 noundef %29, i32 noundef %30, i32 noundef %31)
  %33 = add nsw i32 %32, %14
  br label %34

34:                                               ; preds = %12, %18, %23, %28
  %35 = phi i32 [ %14, %12 ], [ %14, %18 ], [ %14, %23 ], [ %33, %28 ]
  %36 = add nuw nsw i32 %13, 1
  %37 = icmp eq i32 %36, %0
  br i1 %37, label %38, label %12, !llvm.loop !26

38:                                               ; preds = %34, %7, %5
  %39 = phi i32 [ 1, %5 ], [ 0, %7 ], [ %35, %34 ]
  ret i32 %39
}

; Function Attrs: nofree nounwind memory(write) uwtable
define dso_local i64 @run_math() local_unnamed_addr #4 {
  br label %4

1:                                                ; preds = %4
  %2 = fmul double %26, 1.000000e+06
  %3 = fptosi double %2 to i64
  ret i64 %3

4:                                                ; preds = %0, %4
  %5 = phi double [ 0.000000e+00, %0 ], [ %26, %4 ]
  %6 = phi i32 [ 1, %0 ], [ %27, %4 ]
  %7 = sitofp i32 %6 to double
  %8 = fmul double %7, 1.000000e-02
  %9 = tail call double @sqrt(double noundef %8) #11
  %10 = fmul double %9, 3.000000e+00
  %11 = fadd double %8, -1.000000e+00
  %12 = tail call double @llvm.fabs.f64(double %11)
  %13 = fadd double %12, %10
  %14 = fmul double %8, 7.300000e+00
  %15 = tail call double @llvm.floor.f64(double %14)
  %16 = fadd double %15, %13
  %17 = fmul double %8, 1.370000e+01
  %18 = fptosi double %17 to i32
  %19 = sitofp i32 %18 to double
  %20 = fdiv double %19, 3.000000e+00
  %21 = fsub double %16, %20
  %22 = fadd double %5, %21
  %23 = fptrunc double %8 to float
  %24 = fmul float %23, 0x3FB99999A0000000
  %25 = fpext float %24 to double
  %26 = fadd double %22, %25
  %27 = add nuw nsw i32 %6, 1
  %28 = icmp eq i32 %27, 201
  br i1 %28, label %1, label %4, !llvm.loop !27
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sqrt(double noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #6

; Function Attrs: nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable
define dso_local i64 @run_strings() local_unnamed_addr #7 {
  ret i64 -2786812505929480132
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define dso_local i64 @run_vector() local_unnamed_addr #3 {
  %1 = alloca [256 x i32], align 16
  %2 = alloca [256 x float], align 16
  %3 = alloca [256 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %1) #11
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %2) #11
  br label %4

4:                                                ; preds = %4, %0
  %5 = phi i64 [ 0, %0 ], [ %16, %4 ]
  %6 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %17, %4 ]
  %7 = phi <4 x i16> [ <i16 0, i16 1, i16 2, i16 3>, %0 ], [ %18, %4 ]
  %8 = mul <4 x i16> %7, <i16 37, i16 37, i16 37, i16 37>
  %9 = urem <4 x i16> %8, <i16 101, i16 101, i16 101, i16 101>
  %10 = zext <4 x i16> %9 to <4 x i32>
  %11 = add nsw <4 x i32> %10, <i32 -50, i32 -50, i32 -50, i32 -50>
  %12 = getelementptr inbounds [256 x i32], ptr %1, i64 0, i64 %5
  store <4 x i32> %11, ptr %12, align 16, !tbaa !6
  %13 = sitofp <4 x i32> %6 to <4 x float>
  %14 = fdiv <4 x float> %13, <float 7.000000e+00, float 7.000000e+00, float 7.000000e+00, float 7.000000e+00>
  %15 = getelementptr inbounds [256 x float], ptr %2, i64 0, i64 %5
  store <4 x float> %14, ptr %15, align 16, !tbaa !28
  %16 = add nuw i64 %5, 4
  %17 = add <4 x i32> %6, <i32 4, i32 4, i32 4, i32 4>
  %18 = add <4 x i16> %7, <i16 4, i16 4, i16 4, i16 4>
  %19 = icmp eq i64 %16, 256
  br i1 %19, label %20, label %4, !llvm.loop !30

20:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #11
  br label %21

21:                                               ; preds = %21, %20
  %22 = phi i64 [ 0, %20 ], [ %44, %21 ]
  %23 = phi i32 [ -1000, %20 ], [ %40, %21 ]
  %24 = phi i64 [ 0, %20 ], [ %39, %21 ]
  %25 = getelementptr inbounds [256 x i32], ptr %1, i64 0, i64 %22
  %26 = load i32, ptr %25, align 8, !tbaa !6
  %27 = mul nsw i32 %26, %26
  %28 = zext i32 %27 to i64
  %29 = add nuw nsw i64 %24, %28
  %30 = tail call i32 @llvm.smax.i32(i32 %26, i32 %23)
  %31 = trunc i32 %26 to i8
  %32 = mul i8 %31, 3
  %33 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 %22
  store i8 %32, ptr %33, align 2, !tbaa !12
  %34 = or i64 %22, 1
  %35 = getelementptr inbounds [256 x i32], ptr %1, i64 0, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !6
  %37 = mul nsw i32 %36, %36
  %38 = zext i32 %37 to i64
  %39 = add nuw nsw i64 %29, %38
  %40 = tail call i32 @llvm.smax.i32(i32 %36, i32 %30)
  %41 = trunc i32 %36 to i8
  %42 = mul i8 %41, 3
  %43 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 %34
  store i8 %42, ptr %43, align 1, !tbaa !12
  %44 = add nuw nsw i64 %22, 2
  %45 = icmp eq i64 %44, 256
  br i1 %45, label %80, label %21, !llvm.loop !33

46:                                               ; preds = %80, %46
  %47 = phi i64 [ %67, %46 ], [ 0, %80 ]
  %48 = phi <4 x i32> [ %65, %46 ], [ zeroinitializer, %80 ]
  %49 = phi <4 x i32> [ %66, %46 ], [ zeroinitializer, %80 ]
  %50 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 %47
  %51 = load <4 x i8>, ptr %50, align 16, !tbaa !12
  %52 = getelementptr inbounds i8, ptr %50, i64 4
  %53 = load <4 x i8>, ptr %52, align 4, !tbaa !12
  %54 = zext <4 x i8> %51 to <4 x i32>
  %55 = zext <4 x i8> %53 to <4 x i32>
  %56 = add <4 x i32> %48, %54
  %57 = add <4 x i32> %49, %55
  %58 = or i64 %47, 8
  %59 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 %58
  %60 = load <4 x i8>, ptr %59, align 8, !tbaa !12
  %61 = getelementptr inbounds i8, ptr %59, i64 4
  %62 = load <4 x i8>, ptr %61, align 4, !tbaa !12
  %63 = zext <4 x i8> %60 to <4 x i32>
  %64 = zext <4 x i8> %62 to <4 x i32>
  %65 = add <4 x i32> %56, %63
  %66 = add <4 x i32> %57, %64
  %67 = add nuw nsw i64 %47, 16
  %68 = icmp eq i64 %67, 256
  br i1 %68, label %69, label %46, !llvm.loop !34

69:                                               ; preds = %46
  %70 = add <4 x i32> %66, %65
  %71 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %70)
  %72 = mul nsw i64 %39, 1000
  %73 = mul nsw i32 %40, 7
  %74 = sext i32 %73 to i64
  %75 = add nsw i64 %72, %74
  %76 = fptosi float %101 to i64
  %77 = add nsw i64 %75, %76
  %78 = zext i32 %71 to i64
  %79 = add nsw i64 %77, %78
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #11
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %2) #11
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %1) #11
  ret i64 %79

80:                                               ; preds = %21, %80
  %81 = phi i64 [ %102, %80 ], [ 0, %21 ]
  %82 = phi float [ %101, %80 ], [ 0.000000e+00, %21 ]
  %83 = getelementptr inbounds [256 x float], ptr %2, i64 0, i64 %81
  %84 = load float, ptr %83, align 16, !tbaa !28
  %85 = fmul float %84, 2.000000e+00
  %86 = fadd float %82, %85
  %87 = or i64 %81, 1
  %88 = getelementptr inbounds [256 x float], ptr %2, i64 0, i64 %87
  %89 = load float, ptr %88, align 4, !tbaa !28
  %90 = fmul float %89, 2.000000e+00
  %91 = fadd float %86, %90
  %92 = or i64 %81, 2
  %93 = getelementptr inbounds [256 x float], ptr %2, i64 0, i64 %92
  %94 = load float, ptr %93, align 8, !tbaa !28
  %95 = fmul float %94, 2.000000e+00
  %96 = fadd float %91, %95
  %97 = or i64 %81, 3
  %98 = getelementptr inbounds [256 x float], ptr %2, i64 0, i64 %97
  %99 = load float, ptr %98, align 4, !tbaa !28
  %100 = fmul float %99, 2.000000e+00
  %101 = fadd float %96, %100
  %102 = add nuw nsw i64 %81, 4
  %103 = icmp eq i64 %102, 256
  br i1 %103, label %46, label %80, !llvm.loop !35
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i64 @run_ints() local_unnamed_addr #8 {
  br label %2

1:                                                ; preds = %2
  ret i64 %32

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 1, %0 ], [ %33, %2 ]
  %4 = phi i64 [ 0, %0 ], [ %32, %2 ]
  %5 = mul nuw nsw i64 %3, 1000003
  %6 = add nsw i64 %5, -7777777
  %7 = trunc i64 %3 to i16
  %8 = urem i16 %7, 17
  %9 = zext i16 %8 to i32
  %10 = add nsw i32 %9, -8
  %11 = icmp eq i32 %10, 0
  %12 = select i1 %11, i32 3, i32 %10
  %13 = mul i64 %3, 2654435761
  %14 = trunc i64 %6 to i32
  %15 = sdiv i32 %14, %12
  %16 = sext i32 %15 to i64
  %17 = srem i32 %14, %12
  %18 = sext i32 %17 to i64
  %19 = lshr i64 %13, 3
  %20 = and i64 %19, 536870911
  %21 = shl i64 %6, 48
  %22 = ashr exact i64 %21, 48
  %23 = lshr i64 %6, 5
  %24 = and i64 %23, 255
  %25 = shl nsw i64 %6, 3
  %26 = sdiv i64 %25, 3
  %27 = add nsw i64 %22, %20
  %28 = add nsw i64 %27, %24
  %29 = add nsw i64 %28, %26
  %30 = add nsw i64 %29, %16
  %31 = add nsw i64 %30, %18
  %32 = xor i64 %31, %4
  %33 = add nuw nsw i64 %3, 1
  %34 = icmp eq i64 %33, 300
  br i1 %34, label %1, label %2, !llvm.loop !36
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #10

attributes #0 = { nofree nosync nounwind memory(inaccessiblemem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind memory(write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #11 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = !{i64 0, i64 4, !6, i64 8, i64 8, !10, i64 16, i64 6, !12}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"double", !8, i64 0}
!12 = !{!8, !8, i64 0}
!13 = !{i64 4, i64 8, !10, i64 12, i64 6, !12}
!14 = !{!15, !7, i64 0}
!15 = !{!"", !7, i64 0, !11, i64 8, !8, i64 16}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = distinct !{!18, !17}
!19 = !{i64 0, i64 8, !10, i64 8, i64 6, !12}
!20 = !{i64 0, i64 6, !12}
!21 = !{i64 0, i64 2, !12}
!22 = !{i64 0, i64 1, !12}
!23 = distinct !{!23, !17}
!24 = !{!15, !11, i64 8}
!25 = distinct !{!25, !17}
!26 = distinct !{!26, !17}
!27 = distinct !{!27, !17}
!28 = !{!29, !29, i64 0}
!29 = !{!"float", !8, i64 0}
!30 = distinct !{!30, !17, !31, !32}
!31 = !{!"llvm.loop.isvectorized", i32 1}
!32 = !{!"llvm.loop.unroll.runtime.disable"}
!33 = distinct !{!33, !17}
!34 = distinct !{!34, !17, !31, !32}
!35 = distinct !{!35, !17}
!36 = distinct !{!36, !17}
