; ModuleID = 'kernels.c'
source_filename = "kernels.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@w32 = internal unnamed_addr global [512 x i32] zeroinitializer, align 16
@b8 = internal unnamed_addr global [512 x i8] zeroinitializer, align 16
@s16 = internal unnamed_addr global [512 x i16] zeroinitializer, align 16
@u8 = internal unnamed_addr global [512 x i8] zeroinitializer, align 16
@q64 = internal unnamed_addr global [256 x i64] zeroinitializer, align 16
@f32 = internal unnamed_addr global [512 x float] zeroinitializer, align 16
@f64 = internal unnamed_addr global [256 x double] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local i64 @k_int() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %35, %0
  %2 = phi i64 [ 0, %0 ], [ %36, %35 ]
  %3 = phi i32 [ -1831433054, %0 ], [ %9, %35 ]
  %4 = shl i32 %3, 13
  %5 = xor i32 %4, %3
  %6 = lshr i32 %5, 17
  %7 = xor i32 %6, %5
  %8 = shl i32 %7, 5
  %9 = xor i32 %8, %7
  %10 = trunc i32 %9 to i8
  %11 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %2
  store i8 %10, ptr %11, align 1, !tbaa !5
  %12 = lshr i32 %9, 3
  %13 = trunc i32 %12 to i16
  %14 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %2
  store i16 %13, ptr %14, align 2, !tbaa !8
  %15 = mul i32 %9, 7
  %16 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %2
  store i32 %15, ptr %16, align 4, !tbaa !10
  %17 = lshr i32 %9, 9
  %18 = trunc i32 %17 to i8
  %19 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %2
  store i8 %18, ptr %19, align 1, !tbaa !5
  %20 = urem i32 %9, 20001
  %21 = add nsw i32 %20, -10000
  %22 = sitofp i32 %21 to float
  %23 = fmul float %22, 1.562500e-02
  %24 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %2
  store float %23, ptr %24, align 4, !tbaa !12
  %25 = icmp ult i64 %2, 256
  br i1 %25, label %26, label %35

26:                                               ; preds = %1
  %27 = zext i32 %9 to i64
  %28 = mul nuw nsw i64 %27, 1000003
  %29 = mul nsw i64 %2, -99991
  %30 = add nsw i64 %28, %29
  %31 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %2
  store i64 %30, ptr %31, align 8, !tbaa !14
  %32 = sitofp i32 %9 to double
  %33 = fdiv double %32, 3.000000e+00
  %34 = getelementptr inbounds [256 x double], ptr @f64, i64 0, i64 %2
  store double %33, ptr %34, align 8, !tbaa !16
  br label %35

35:                                               ; preds = %26, %1
  %36 = add nuw nsw i64 %2, 1
  %37 = icmp eq i64 %36, 512
  br i1 %37, label %38, label %1, !llvm.loop !18

38:                                               ; preds = %35, %38
  %39 = phi i64 [ %67, %38 ], [ 0, %35 ]
  %40 = phi i64 [ %60, %38 ], [ 0, %35 ]
  %41 = phi i32 [ %61, %38 ], [ 2147483647, %35 ]
  %42 = phi i32 [ %66, %38 ], [ 0, %35 ]
  %43 = phi i32 [ %62, %38 ], [ -2147483648, %35 ]
  %44 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %39
  %45 = load i32, ptr %44, align 8, !tbaa !10
  %46 = ashr i32 %45, 3
  %47 = sext i32 %46 to i64
  %48 = add nsw i64 %40, %47
  %49 = tail call i32 @llvm.smin.i32(i32 %46, i32 %41)
  %50 = tail call i32 @llvm.smax.i32(i32 %46, i32 %43)
  %51 = trunc i64 %39 to i32
  %52 = and i32 %51, 6
  %53 = shl i32 %45, %52
  %54 = xor i32 %53, %42
  %55 = or i64 %39, 1
  %56 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !10
  %58 = ashr i32 %57, 3
  %59 = sext i32 %58 to i64
  %60 = add nsw i64 %48, %59
  %61 = tail call i32 @llvm.smin.i32(i32 %58, i32 %49)
  %62 = tail call i32 @llvm.smax.i32(i32 %58, i32 %50)
  %63 = trunc i64 %55 to i32
  %64 = and i32 %63, 7
  %65 = shl i32 %57, %64
  %66 = xor i32 %65, %54
  %67 = add nuw nsw i64 %39, 2
  %68 = icmp eq i64 %67, 512
  br i1 %68, label %97, label %38, !llvm.loop !20

69:                                               ; preds = %97, %69
  %70 = phi i64 [ %95, %69 ], [ 0, %97 ]
  %71 = phi <4 x i32> [ %93, %69 ], [ zeroinitializer, %97 ]
  %72 = phi <4 x i32> [ %94, %69 ], [ zeroinitializer, %97 ]
  %73 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %70
  %74 = load <4 x i8>, ptr %73, align 8, !tbaa !5
  %75 = getelementptr inbounds i8, ptr %73, i64 4
  %76 = load <4 x i8>, ptr %75, align 4, !tbaa !5
  %77 = zext <4 x i8> %74 to <4 x i32>
  %78 = zext <4 x i8> %76 to <4 x i32>
  %79 = sub nuw nsw i64 511, %70
  %80 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %79
  %81 = getelementptr inbounds i8, ptr %80, i64 -3
  %82 = load <4 x i8>, ptr %81, align 4, !tbaa !5
  %83 = shufflevector <4 x i8> %82, <4 x i8> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  %84 = getelementptr inbounds i8, ptr %80, i64 -7
  %85 = load <4 x i8>, ptr %84, align 8, !tbaa !5
  %86 = shufflevector <4 x i8> %85, <4 x i8> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  %87 = zext <4 x i8> %83 to <4 x i32>
  %88 = zext <4 x i8> %86 to <4 x i32>
  %89 = sub nsw <4 x i32> %77, %87
  %90 = sub nsw <4 x i32> %78, %88
  %91 = tail call <4 x i32> @llvm.abs.v4i32(<4 x i32> %89, i1 true)
  %92 = tail call <4 x i32> @llvm.abs.v4i32(<4 x i32> %90, i1 true)
  %93 = add <4 x i32> %91, %71
  %94 = add <4 x i32> %92, %72
  %95 = add nuw i64 %70, 8
  %96 = icmp eq i64 %95, 512
  br i1 %96, label %154, label %69, !llvm.loop !21

97:                                               ; preds = %38, %97
  %98 = phi i64 [ %135, %97 ], [ 0, %38 ]
  %99 = phi i64 [ %134, %97 ], [ 0, %38 ]
  %100 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %98
  %101 = load i8, ptr %100, align 4, !tbaa !5
  %102 = sext i8 %101 to i64
  %103 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %98
  %104 = load i16, ptr %103, align 8, !tbaa !8
  %105 = sext i16 %104 to i64
  %106 = mul nsw i64 %105, %102
  %107 = add nsw i64 %106, %99
  %108 = or i64 %98, 1
  %109 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %108
  %110 = load i8, ptr %109, align 1, !tbaa !5
  %111 = sext i8 %110 to i64
  %112 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %108
  %113 = load i16, ptr %112, align 2, !tbaa !8
  %114 = sext i16 %113 to i64
  %115 = mul nsw i64 %114, %111
  %116 = add nsw i64 %115, %107
  %117 = or i64 %98, 2
  %118 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %117
  %119 = load i8, ptr %118, align 2, !tbaa !5
  %120 = sext i8 %119 to i64
  %121 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %117
  %122 = load i16, ptr %121, align 4, !tbaa !8
  %123 = sext i16 %122 to i64
  %124 = mul nsw i64 %123, %120
  %125 = add nsw i64 %124, %116
  %126 = or i64 %98, 3
  %127 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %126
  %128 = load i8, ptr %127, align 1, !tbaa !5
  %129 = sext i8 %128 to i64
  %130 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %126
  %131 = load i16, ptr %130, align 2, !tbaa !8
  %132 = sext i16 %131 to i64
  %133 = mul nsw i64 %132, %129
  %134 = add nsw i64 %133, %125
  %135 = add nuw nsw i64 %98, 4
  %136 = icmp eq i64 %135, 512
  br i1 %136, label %69, label %97, !llvm.loop !24

137:                                              ; preds = %175
  %138 = add <4 x i32> %94, %93
  %139 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %138)
  %140 = mul nsw i32 %61, 3
  %141 = sext i32 %140 to i64
  %142 = mul nsw i32 %62, 5
  %143 = sext i32 %142 to i64
  %144 = zext i32 %66 to i64
  %145 = mul nsw i64 %134, 11
  %146 = mul i32 %139, 13
  %147 = zext i32 %146 to i64
  %148 = add nsw i64 %144, %143
  %149 = add i64 %148, %60
  %150 = add i64 %149, %141
  %151 = add i64 %150, %145
  %152 = add i64 %151, %147
  %153 = add i64 %152, %177
  ret i64 %153

154:                                              ; preds = %69, %175
  %155 = phi i64 [ %178, %175 ], [ 0, %69 ]
  %156 = phi i64 [ %177, %175 ], [ 0, %69 ]
  %157 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %155
  %158 = load i64, ptr %157, align 16, !tbaa !14
  %159 = icmp sgt i64 %158, 0
  br i1 %159, label %160, label %162

160:                                              ; preds = %154
  %161 = udiv i64 %158, 7
  br label %164

162:                                              ; preds = %154
  %163 = sub nsw i64 0, %158
  br label %164

164:                                              ; preds = %162, %160
  %165 = phi i64 [ %161, %160 ], [ %163, %162 ]
  %166 = add nsw i64 %165, %156
  %167 = or i64 %155, 1
  %168 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %167
  %169 = load i64, ptr %168, align 8, !tbaa !14
  %170 = icmp sgt i64 %169, 0
  br i1 %170, label %173, label %171

171:                                              ; preds = %164
  %172 = sub nsw i64 0, %169
  br label %175

173:                                              ; preds = %164
  %174 = udiv i64 %169, 7
  br label %175

175:                                              ; preds = %173, %171
  %176 = phi i64 [ %174, %173 ], [ %172, %171 ]
  %177 = add nsw i64 %176, %166
  %178 = add nuw nsw i64 %155, 2
  %179 = icmp eq i64 %178, 256
  br i1 %179, label %137, label %154, !llvm.loop !25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local i64 @k_float() local_unnamed_addr #0 {
  %1 = alloca [512 x float], align 16
  br label %2

2:                                                ; preds = %36, %0
  %3 = phi i64 [ 0, %0 ], [ %37, %36 ]
  %4 = phi i32 [ -1831433054, %0 ], [ %10, %36 ]
  %5 = shl i32 %4, 13
  %6 = xor i32 %5, %4
  %7 = lshr i32 %6, 17
  %8 = xor i32 %7, %6
  %9 = shl i32 %8, 5
  %10 = xor i32 %9, %8
  %11 = trunc i32 %10 to i8
  %12 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %3
  store i8 %11, ptr %12, align 1, !tbaa !5
  %13 = lshr i32 %10, 3
  %14 = trunc i32 %13 to i16
  %15 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %3
  store i16 %14, ptr %15, align 2, !tbaa !8
  %16 = mul i32 %10, 7
  %17 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %3
  store i32 %16, ptr %17, align 4, !tbaa !10
  %18 = lshr i32 %10, 9
  %19 = trunc i32 %18 to i8
  %20 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %3
  store i8 %19, ptr %20, align 1, !tbaa !5
  %21 = urem i32 %10, 20001
  %22 = add nsw i32 %21, -10000
  %23 = sitofp i32 %22 to float
  %24 = fmul float %23, 1.562500e-02
  %25 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %3
  store float %24, ptr %25, align 4, !tbaa !12
  %26 = icmp ult i64 %3, 256
  br i1 %26, label %27, label %36

27:                                               ; preds = %2
  %28 = zext i32 %10 to i64
  %29 = mul nuw nsw i64 %28, 1000003
  %30 = mul nsw i64 %3, -99991
  %31 = add nsw i64 %29, %30
  %32 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %3
  store i64 %31, ptr %32, align 8, !tbaa !14
  %33 = sitofp i32 %10 to double
  %34 = fdiv double %33, 3.000000e+00
  %35 = getelementptr inbounds [256 x double], ptr @f64, i64 0, i64 %3
  store double %34, ptr %35, align 8, !tbaa !16
  br label %36

36:                                               ; preds = %27, %2
  %37 = add nuw nsw i64 %3, 1
  %38 = icmp eq i64 %37, 512
  br i1 %38, label %39, label %2, !llvm.loop !18

39:                                               ; preds = %36, %39
  %40 = phi i64 [ %62, %39 ], [ 0, %36 ]
  %41 = phi float [ %61, %39 ], [ 0xC6293E5940000000, %36 ]
  %42 = phi float [ %59, %39 ], [ 0.000000e+00, %36 ]
  %43 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %40
  %44 = load float, ptr %43, align 8, !tbaa !12
  %45 = sub nuw nsw i64 511, %40
  %46 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %45
  %47 = load float, ptr %46, align 4, !tbaa !12
  %48 = fmul float %44, %47
  %49 = fadd float %42, %48
  %50 = fcmp ogt float %44, %41
  %51 = select i1 %50, float %44, float %41
  %52 = or i64 %40, 1
  %53 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %52
  %54 = load float, ptr %53, align 4, !tbaa !12
  %55 = sub nsw i64 510, %40
  %56 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %55
  %57 = load float, ptr %56, align 8, !tbaa !12
  %58 = fmul float %54, %57
  %59 = fadd float %49, %58
  %60 = fcmp ogt float %54, %51
  %61 = select i1 %60, float %54, float %51
  %62 = add nuw nsw i64 %40, 2
  %63 = icmp eq i64 %62, 512
  br i1 %63, label %95, label %39, !llvm.loop !26

64:                                               ; preds = %95, %64
  %65 = phi i64 [ %92, %64 ], [ 0, %95 ]
  %66 = phi <4 x i32> [ %90, %64 ], [ zeroinitializer, %95 ]
  %67 = phi <4 x i32> [ %91, %64 ], [ zeroinitializer, %95 ]
  %68 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %65
  %69 = load <4 x float>, ptr %68, align 16, !tbaa !12
  %70 = getelementptr inbounds float, ptr %68, i64 4
  %71 = load <4 x float>, ptr %70, align 16, !tbaa !12
  %72 = fmul <4 x float> %69, <float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00>
  %73 = fmul <4 x float> %71, <float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00>
  %74 = fptosi <4 x float> %72 to <4 x i32>
  %75 = fptosi <4 x float> %73 to <4 x i32>
  %76 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %65
  %77 = load <4 x i8>, ptr %76, align 8, !tbaa !5
  %78 = getelementptr inbounds i8, ptr %76, i64 4
  %79 = load <4 x i8>, ptr %78, align 4, !tbaa !5
  %80 = uitofp <4 x i8> %77 to <4 x float>
  %81 = uitofp <4 x i8> %79 to <4 x float>
  %82 = fmul <4 x float> %80, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %83 = fmul <4 x float> %81, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %84 = fptoui <4 x float> %82 to <4 x i8>
  %85 = fptoui <4 x float> %83 to <4 x i8>
  %86 = zext <4 x i8> %84 to <4 x i32>
  %87 = zext <4 x i8> %85 to <4 x i32>
  %88 = add <4 x i32> %66, %74
  %89 = add <4 x i32> %67, %75
  %90 = add <4 x i32> %88, %86
  %91 = add <4 x i32> %89, %87
  %92 = add nuw i64 %65, 8
  %93 = icmp eq i64 %92, 512
  br i1 %93, label %94, label %64, !llvm.loop !27

94:                                               ; preds = %64
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %1) #4
  br label %117

95:                                               ; preds = %39, %95
  %96 = phi i64 [ %115, %95 ], [ 0, %39 ]
  %97 = phi double [ %114, %95 ], [ 0.000000e+00, %39 ]
  %98 = getelementptr inbounds [256 x double], ptr @f64, i64 0, i64 %96
  %99 = load double, ptr %98, align 16, !tbaa !16
  %100 = fmul double %99, 5.000000e-01
  %101 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %96
  %102 = load float, ptr %101, align 8, !tbaa !12
  %103 = fpext float %102 to double
  %104 = fsub double %100, %103
  %105 = fadd double %97, %104
  %106 = or i64 %96, 1
  %107 = getelementptr inbounds [256 x double], ptr @f64, i64 0, i64 %106
  %108 = load double, ptr %107, align 8, !tbaa !16
  %109 = fmul double %108, 5.000000e-01
  %110 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %106
  %111 = load float, ptr %110, align 4, !tbaa !12
  %112 = fpext float %111 to double
  %113 = fsub double %109, %112
  %114 = fadd double %105, %113
  %115 = add nuw nsw i64 %96, 2
  %116 = icmp eq i64 %115, 256
  br i1 %116, label %64, label %95, !llvm.loop !28

117:                                              ; preds = %117, %94
  %118 = phi i64 [ 0, %94 ], [ %133, %117 ]
  %119 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %118
  %120 = load <4 x float>, ptr %119, align 16, !tbaa !12
  %121 = getelementptr inbounds float, ptr %119, i64 4
  %122 = load <4 x float>, ptr %121, align 16, !tbaa !12
  %123 = fcmp olt <4 x float> %120, zeroinitializer
  %124 = fcmp olt <4 x float> %122, zeroinitializer
  %125 = fneg <4 x float> %120
  %126 = fneg <4 x float> %122
  %127 = fmul <4 x float> %120, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %128 = fmul <4 x float> %122, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %129 = select <4 x i1> %123, <4 x float> %125, <4 x float> %127
  %130 = select <4 x i1> %124, <4 x float> %126, <4 x float> %128
  %131 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %118
  store <4 x float> %129, ptr %131, align 16, !tbaa !12
  %132 = getelementptr inbounds float, ptr %131, i64 4
  store <4 x float> %130, ptr %132, align 16, !tbaa !12
  %133 = add nuw i64 %118, 8
  %134 = icmp eq i64 %133, 512
  br i1 %134, label %150, label %117, !llvm.loop !29

135:                                              ; preds = %150
  %136 = add <4 x i32> %91, %90
  %137 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %136)
  %138 = fmul float %59, 1.600000e+01
  %139 = fptosi float %138 to i64
  %140 = fmul float %61, 6.400000e+01
  %141 = fptosi float %140 to i64
  %142 = add nsw i64 %141, %139
  %143 = fmul double %114, 8.000000e+00
  %144 = fptosi double %143 to i64
  %145 = add nsw i64 %142, %144
  %146 = sext i32 %137 to i64
  %147 = add nsw i64 %145, %146
  %148 = fptosi float %183 to i64
  %149 = add nsw i64 %147, %148
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %1) #4
  ret i64 %149

150:                                              ; preds = %117, %150
  %151 = phi i64 [ %184, %150 ], [ 0, %117 ]
  %152 = phi float [ %183, %150 ], [ 0.000000e+00, %117 ]
  %153 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %151
  %154 = load float, ptr %153, align 16, !tbaa !12
  %155 = fadd float %152, %154
  %156 = or i64 %151, 1
  %157 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %156
  %158 = load float, ptr %157, align 4, !tbaa !12
  %159 = fadd float %155, %158
  %160 = or i64 %151, 2
  %161 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %160
  %162 = load float, ptr %161, align 8, !tbaa !12
  %163 = fadd float %159, %162
  %164 = or i64 %151, 3
  %165 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %164
  %166 = load float, ptr %165, align 4, !tbaa !12
  %167 = fadd float %163, %166
  %168 = or i64 %151, 4
  %169 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %168
  %170 = load float, ptr %169, align 16, !tbaa !12
  %171 = fadd float %167, %170
  %172 = or i64 %151, 5
  %173 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %172
  %174 = load float, ptr %173, align 4, !tbaa !12
  %175 = fadd float %171, %174
  %176 = or i64 %151, 6
  %177 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %176
  %178 = load float, ptr %177, align 8, !tbaa !12
  %179 = fadd float %175, %178
  %180 = or i64 %151, 7
  %181 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %180
  %182 = load float, ptr %181, align 4, !tbaa !12
  %183 = fadd float %179, %182
  %184 = add nuw nsw i64 %151, 8
  %185 = icmp eq i64 %184, 512
  br i1 %185, label %135, label %150, !llvm.loop !30
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local i64 @k_bytes() local_unnamed_addr #0 {
  %1 = alloca [512 x i8], align 16
  %2 = alloca [512 x i8], align 16
  %3 = alloca [512 x i16], align 16
  br label %4

4:                                                ; preds = %38, %0
  %5 = phi i64 [ 0, %0 ], [ %39, %38 ]
  %6 = phi i32 [ -1831433054, %0 ], [ %12, %38 ]
  %7 = shl i32 %6, 13
  %8 = xor i32 %7, %6
  %9 = lshr i32 %8, 17
  %10 = xor i32 %9, %8
  %11 = shl i32 %10, 5
  %12 = xor i32 %11, %10
  %13 = trunc i32 %12 to i8
  %14 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %5
  store i8 %13, ptr %14, align 1, !tbaa !5
  %15 = lshr i32 %12, 3
  %16 = trunc i32 %15 to i16
  %17 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %5
  store i16 %16, ptr %17, align 2, !tbaa !8
  %18 = mul i32 %12, 7
  %19 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %5
  store i32 %18, ptr %19, align 4, !tbaa !10
  %20 = lshr i32 %12, 9
  %21 = trunc i32 %20 to i8
  %22 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %5
  store i8 %21, ptr %22, align 1, !tbaa !5
  %23 = urem i32 %12, 20001
  %24 = add nsw i32 %23, -10000
  %25 = sitofp i32 %24 to float
  %26 = fmul float %25, 1.562500e-02
  %27 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %5
  store float %26, ptr %27, align 4, !tbaa !12
  %28 = icmp ult i64 %5, 256
  br i1 %28, label %29, label %38

29:                                               ; preds = %4
  %30 = zext i32 %12 to i64
  %31 = mul nuw nsw i64 %30, 1000003
  %32 = mul nsw i64 %5, -99991
  %33 = add nsw i64 %31, %32
  %34 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %5
  store i64 %33, ptr %34, align 8, !tbaa !14
  %35 = sitofp i32 %12 to double
  %36 = fdiv double %35, 3.000000e+00
  %37 = getelementptr inbounds [256 x double], ptr @f64, i64 0, i64 %5
  store double %36, ptr %37, align 8, !tbaa !16
  br label %38

38:                                               ; preds = %29, %4
  %39 = add nuw nsw i64 %5, 1
  %40 = icmp eq i64 %39, 512
  br i1 %40, label %41, label %4, !llvm.loop !18

41:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #4
  br label %72

42:                                               ; preds = %72
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %2) #4
  br label %43

43:                                               ; preds = %43, %42
  %44 = phi i64 [ 0, %42 ], [ %70, %43 ]
  %45 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %44
  %46 = load <16 x i8>, ptr %45, align 16, !tbaa !5
  %47 = getelementptr inbounds i8, ptr %45, i64 16
  %48 = load <16 x i8>, ptr %47, align 16, !tbaa !5
  %49 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %44
  %50 = load <16 x i8>, ptr %49, align 16, !tbaa !5
  %51 = getelementptr inbounds i8, ptr %49, i64 16
  %52 = load <16 x i8>, ptr %51, align 16, !tbaa !5
  %53 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %46, <16 x i8> %50)
  %54 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %48, <16 x i8> %52)
  %55 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 %44
  store <16 x i8> %53, ptr %55, align 16, !tbaa !5
  %56 = getelementptr inbounds i8, ptr %55, i64 16
  store <16 x i8> %54, ptr %56, align 16, !tbaa !5
  %57 = or i64 %44, 32
  %58 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %57
  %59 = load <16 x i8>, ptr %58, align 16, !tbaa !5
  %60 = getelementptr inbounds i8, ptr %58, i64 16
  %61 = load <16 x i8>, ptr %60, align 16, !tbaa !5
  %62 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %57
  %63 = load <16 x i8>, ptr %62, align 16, !tbaa !5
  %64 = getelementptr inbounds i8, ptr %62, i64 16
  %65 = load <16 x i8>, ptr %64, align 16, !tbaa !5
  %66 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %59, <16 x i8> %63)
  %67 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %61, <16 x i8> %65)
  %68 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 %57
  store <16 x i8> %66, ptr %68, align 16, !tbaa !5
  %69 = getelementptr inbounds i8, ptr %68, i64 16
  store <16 x i8> %67, ptr %69, align 16, !tbaa !5
  %70 = add nuw nsw i64 %44, 64
  %71 = icmp eq i64 %70, 512
  br i1 %71, label %103, label %43, !llvm.loop !31

72:                                               ; preds = %72, %41
  %73 = phi i64 [ 0, %41 ], [ %101, %72 ]
  %74 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %73
  %75 = load i8, ptr %74, align 2, !tbaa !5
  %76 = zext i8 %75 to i16
  %77 = add nuw nsw i64 %73, 100
  %78 = and i64 %77, 510
  %79 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %78
  %80 = load i8, ptr %79, align 2, !tbaa !5
  %81 = zext i8 %80 to i16
  %82 = add nuw nsw i16 %76, 1
  %83 = add nuw nsw i16 %82, %81
  %84 = lshr i16 %83, 1
  %85 = trunc i16 %84 to i8
  %86 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %73
  store i8 %85, ptr %86, align 2, !tbaa !5
  %87 = or i64 %73, 1
  %88 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %87
  %89 = load i8, ptr %88, align 1, !tbaa !5
  %90 = zext i8 %89 to i16
  %91 = add nuw nsw i64 %73, 101
  %92 = and i64 %91, 511
  %93 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %92
  %94 = load i8, ptr %93, align 1, !tbaa !5
  %95 = zext i8 %94 to i16
  %96 = add nuw nsw i16 %90, 1
  %97 = add nuw nsw i16 %96, %95
  %98 = lshr i16 %97, 1
  %99 = trunc i16 %98 to i8
  %100 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %87
  store i8 %99, ptr %100, align 1, !tbaa !5
  %101 = add nuw nsw i64 %73, 2
  %102 = icmp eq i64 %101, 512
  br i1 %102, label %42, label %72, !llvm.loop !32

103:                                              ; preds = %43
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %3) #4
  br label %104

104:                                              ; preds = %104, %103
  %105 = phi i64 [ 0, %103 ], [ %122, %104 ]
  %106 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %105
  %107 = load <8 x i8>, ptr %106, align 16, !tbaa !5
  %108 = getelementptr inbounds i8, ptr %106, i64 8
  %109 = load <8 x i8>, ptr %108, align 8, !tbaa !5
  %110 = sext <8 x i8> %107 to <8 x i16>
  %111 = sext <8 x i8> %109 to <8 x i16>
  %112 = mul nsw <8 x i16> %110, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  %113 = mul nsw <8 x i16> %111, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  %114 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %105
  %115 = load <8 x i16>, ptr %114, align 16, !tbaa !8
  %116 = getelementptr inbounds i16, ptr %114, i64 8
  %117 = load <8 x i16>, ptr %116, align 16, !tbaa !8
  %118 = sub <8 x i16> %112, %115
  %119 = sub <8 x i16> %113, %117
  %120 = getelementptr inbounds [512 x i16], ptr %3, i64 0, i64 %105
  store <8 x i16> %118, ptr %120, align 16, !tbaa !8
  %121 = getelementptr inbounds i16, ptr %120, i64 8
  store <8 x i16> %119, ptr %121, align 16, !tbaa !8
  %122 = add nuw i64 %105, 16
  %123 = icmp eq i64 %122, 512
  br i1 %123, label %153, label %104, !llvm.loop !33

124:                                              ; preds = %153, %124
  %125 = phi i64 [ %146, %124 ], [ 0, %153 ]
  %126 = phi <4 x i32> [ %144, %124 ], [ zeroinitializer, %153 ]
  %127 = phi <4 x i32> [ %145, %124 ], [ zeroinitializer, %153 ]
  %128 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %125
  %129 = load <4 x i32>, ptr %128, align 16, !tbaa !10
  %130 = getelementptr inbounds i32, ptr %128, i64 4
  %131 = load <4 x i32>, ptr %130, align 16, !tbaa !10
  %132 = tail call <4 x i32> @llvm.ctpop.v4i32(<4 x i32> %129)
  %133 = tail call <4 x i32> @llvm.ctpop.v4i32(<4 x i32> %131)
  %134 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %125
  %135 = load <4 x i8>, ptr %134, align 8, !tbaa !5
  %136 = getelementptr inbounds i8, ptr %134, i64 4
  %137 = load <4 x i8>, ptr %136, align 4, !tbaa !5
  %138 = icmp eq <4 x i8> %135, zeroinitializer
  %139 = icmp eq <4 x i8> %137, zeroinitializer
  %140 = zext <4 x i1> %138 to <4 x i32>
  %141 = zext <4 x i1> %139 to <4 x i32>
  %142 = add <4 x i32> %132, %126
  %143 = add <4 x i32> %133, %127
  %144 = add <4 x i32> %142, %140
  %145 = add <4 x i32> %143, %141
  %146 = add nuw i64 %125, 8
  %147 = icmp eq i64 %146, 512
  br i1 %147, label %148, label %124, !llvm.loop !34

148:                                              ; preds = %124
  %149 = add <4 x i32> %145, %144
  %150 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %149)
  %151 = zext i32 %150 to i64
  %152 = add i64 %184, %151
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %3) #4
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #4
  ret i64 %152

153:                                              ; preds = %104, %153
  %154 = phi i64 [ %185, %153 ], [ 0, %104 ]
  %155 = phi i64 [ %184, %153 ], [ 0, %104 ]
  %156 = mul i64 %155, 33
  %157 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %154
  %158 = load i8, ptr %157, align 2, !tbaa !5
  %159 = zext i8 %158 to i64
  %160 = add i64 %156, %159
  %161 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 %154
  %162 = load i8, ptr %161, align 2, !tbaa !5
  %163 = zext i8 %162 to i64
  %164 = shl nuw nsw i64 %163, 1
  %165 = add i64 %160, %164
  %166 = getelementptr inbounds [512 x i16], ptr %3, i64 0, i64 %154
  %167 = load i16, ptr %166, align 4, !tbaa !8
  %168 = sext i16 %167 to i64
  %169 = add i64 %165, %168
  %170 = or i64 %154, 1
  %171 = mul i64 %169, 33
  %172 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %170
  %173 = load i8, ptr %172, align 1, !tbaa !5
  %174 = zext i8 %173 to i64
  %175 = add i64 %171, %174
  %176 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 %170
  %177 = load i8, ptr %176, align 1, !tbaa !5
  %178 = zext i8 %177 to i64
  %179 = shl nuw nsw i64 %178, 1
  %180 = add i64 %175, %179
  %181 = getelementptr inbounds [512 x i16], ptr %3, i64 0, i64 %170
  %182 = load i16, ptr %181, align 2, !tbaa !8
  %183 = sext i16 %182 to i64
  %184 = add i64 %180, %183
  %185 = add nuw nsw i64 %154, 2
  %186 = icmp eq i64 %185, 512
  br i1 %186, label %124, label %153, !llvm.loop !35
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.abs.v4i32(<4 x i32>, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i8> @llvm.umax.v16i8(<16 x i8>, <16 x i8>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.ctpop.v4i32(<4 x i32>) #2

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"short", !6, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !6, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"float", !6, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !6, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"double", !6, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = distinct !{!20, !19}
!21 = distinct !{!21, !19, !22, !23}
!22 = !{!"llvm.loop.isvectorized", i32 1}
!23 = !{!"llvm.loop.unroll.runtime.disable"}
!24 = distinct !{!24, !19}
!25 = distinct !{!25, !19}
!26 = distinct !{!26, !19}
!27 = distinct !{!27, !19, !22, !23}
!28 = distinct !{!28, !19}
!29 = distinct !{!29, !19, !22, !23}
!30 = distinct !{!30, !19}
!31 = distinct !{!31, !19, !22, !23}
!32 = distinct !{!32, !19, !22}
!33 = distinct !{!33, !19, !22, !23}
!34 = distinct !{!34, !19, !22, !23}
!35 = distinct !{!35, !19}
