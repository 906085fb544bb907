; ModuleID = 'kernels.c'
source_filename = "kernels.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@w32 = internal unnamed_addr global [512 x i32] zeroinitializer, align 16
@b8 = internal unnamed_addr global [512 x i8] zeroinitializer, align 16
@s16 = internal unnamed_addr global [512 x i16] zeroinitializer, align 16
@u8 = internal unnamed_addr global [512 x i8] zeroinitializer, align 32
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
  %39 = phi i64 [ %70, %38 ], [ 0, %35 ]
  %40 = phi <4 x i64> [ %58, %38 ], [ zeroinitializer, %35 ]
  %41 = phi <4 x i64> [ %59, %38 ], [ zeroinitializer, %35 ]
  %42 = phi <4 x i32> [ %60, %38 ], [ <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, %35 ]
  %43 = phi <4 x i32> [ %61, %38 ], [ <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, %35 ]
  %44 = phi <4 x i32> [ %68, %38 ], [ zeroinitializer, %35 ]
  %45 = phi <4 x i32> [ %69, %38 ], [ zeroinitializer, %35 ]
  %46 = phi <4 x i32> [ %62, %38 ], [ <i32 -2147483648, i32 -2147483648, i32 -2147483648, i32 -2147483648>, %35 ]
  %47 = phi <4 x i32> [ %63, %38 ], [ <i32 -2147483648, i32 -2147483648, i32 -2147483648, i32 -2147483648>, %35 ]
  %48 = phi <4 x i32> [ %71, %38 ], [ <i32 0, i32 1, i32 2, i32 3>, %35 ]
  %49 = add <4 x i32> %48, <i32 4, i32 4, i32 4, i32 4>
  %50 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %39
  %51 = load <4 x i32>, ptr %50, align 16, !tbaa !10
  %52 = getelementptr inbounds i32, ptr %50, i64 4
  %53 = load <4 x i32>, ptr %52, align 16, !tbaa !10
  %54 = ashr <4 x i32> %51, <i32 3, i32 3, i32 3, i32 3>
  %55 = ashr <4 x i32> %53, <i32 3, i32 3, i32 3, i32 3>
  %56 = sext <4 x i32> %54 to <4 x i64>
  %57 = sext <4 x i32> %55 to <4 x i64>
  %58 = add <4 x i64> %40, %56
  %59 = add <4 x i64> %41, %57
  %60 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %54, <4 x i32> %42)
  %61 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %55, <4 x i32> %43)
  %62 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %54, <4 x i32> %46)
  %63 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %55, <4 x i32> %47)
  %64 = and <4 x i32> %48, <i32 7, i32 7, i32 7, i32 7>
  %65 = and <4 x i32> %49, <i32 7, i32 7, i32 7, i32 7>
  %66 = shl <4 x i32> %51, %64
  %67 = shl <4 x i32> %53, %65
  %68 = xor <4 x i32> %66, %44
  %69 = xor <4 x i32> %67, %45
  %70 = add nuw i64 %39, 8
  %71 = add <4 x i32> %48, <i32 8, i32 8, i32 8, i32 8>
  %72 = icmp eq i64 %70, 512
  br i1 %72, label %73, label %38, !llvm.loop !20

73:                                               ; preds = %38, %73
  %74 = phi i64 [ %111, %73 ], [ 0, %38 ]
  %75 = phi <4 x i64> [ %107, %73 ], [ zeroinitializer, %38 ]
  %76 = phi <4 x i64> [ %108, %73 ], [ zeroinitializer, %38 ]
  %77 = phi <4 x i64> [ %109, %73 ], [ zeroinitializer, %38 ]
  %78 = phi <4 x i64> [ %110, %73 ], [ zeroinitializer, %38 ]
  %79 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %74
  %80 = load <4 x i8>, ptr %79, align 16, !tbaa !5
  %81 = getelementptr inbounds i8, ptr %79, i64 4
  %82 = load <4 x i8>, ptr %81, align 4, !tbaa !5
  %83 = getelementptr inbounds i8, ptr %79, i64 8
  %84 = load <4 x i8>, ptr %83, align 8, !tbaa !5
  %85 = getelementptr inbounds i8, ptr %79, i64 12
  %86 = load <4 x i8>, ptr %85, align 4, !tbaa !5
  %87 = sext <4 x i8> %80 to <4 x i64>
  %88 = sext <4 x i8> %82 to <4 x i64>
  %89 = sext <4 x i8> %84 to <4 x i64>
  %90 = sext <4 x i8> %86 to <4 x i64>
  %91 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %74
  %92 = load <4 x i16>, ptr %91, align 16, !tbaa !8
  %93 = getelementptr inbounds i16, ptr %91, i64 4
  %94 = load <4 x i16>, ptr %93, align 8, !tbaa !8
  %95 = getelementptr inbounds i16, ptr %91, i64 8
  %96 = load <4 x i16>, ptr %95, align 16, !tbaa !8
  %97 = getelementptr inbounds i16, ptr %91, i64 12
  %98 = load <4 x i16>, ptr %97, align 8, !tbaa !8
  %99 = sext <4 x i16> %92 to <4 x i64>
  %100 = sext <4 x i16> %94 to <4 x i64>
  %101 = sext <4 x i16> %96 to <4 x i64>
  %102 = sext <4 x i16> %98 to <4 x i64>
  %103 = mul nsw <4 x i64> %99, %87
  %104 = mul nsw <4 x i64> %100, %88
  %105 = mul nsw <4 x i64> %101, %89
  %106 = mul nsw <4 x i64> %102, %90
  %107 = add <4 x i64> %103, %75
  %108 = add <4 x i64> %104, %76
  %109 = add <4 x i64> %105, %77
  %110 = add <4 x i64> %106, %78
  %111 = add nuw i64 %74, 16
  %112 = icmp eq i64 %111, 512
  br i1 %112, label %113, label %73, !llvm.loop !23

113:                                              ; preds = %73, %113
  %114 = phi i64 [ %161, %113 ], [ 0, %73 ]
  %115 = phi <8 x i32> [ %157, %113 ], [ zeroinitializer, %73 ]
  %116 = phi <8 x i32> [ %158, %113 ], [ zeroinitializer, %73 ]
  %117 = phi <8 x i32> [ %159, %113 ], [ zeroinitializer, %73 ]
  %118 = phi <8 x i32> [ %160, %113 ], [ zeroinitializer, %73 ]
  %119 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %114
  %120 = load <8 x i8>, ptr %119, align 16, !tbaa !5
  %121 = getelementptr inbounds i8, ptr %119, i64 8
  %122 = load <8 x i8>, ptr %121, align 8, !tbaa !5
  %123 = getelementptr inbounds i8, ptr %119, i64 16
  %124 = load <8 x i8>, ptr %123, align 16, !tbaa !5
  %125 = getelementptr inbounds i8, ptr %119, i64 24
  %126 = load <8 x i8>, ptr %125, align 8, !tbaa !5
  %127 = zext <8 x i8> %120 to <8 x i32>
  %128 = zext <8 x i8> %122 to <8 x i32>
  %129 = zext <8 x i8> %124 to <8 x i32>
  %130 = zext <8 x i8> %126 to <8 x i32>
  %131 = sub nuw nsw i64 511, %114
  %132 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %131
  %133 = getelementptr inbounds i8, ptr %132, i64 -7
  %134 = load <8 x i8>, ptr %133, align 8, !tbaa !5
  %135 = shufflevector <8 x i8> %134, <8 x i8> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %136 = getelementptr inbounds i8, ptr %132, i64 -15
  %137 = load <8 x i8>, ptr %136, align 16, !tbaa !5
  %138 = shufflevector <8 x i8> %137, <8 x i8> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %139 = getelementptr inbounds i8, ptr %132, i64 -23
  %140 = load <8 x i8>, ptr %139, align 8, !tbaa !5
  %141 = shufflevector <8 x i8> %140, <8 x i8> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %142 = getelementptr inbounds i8, ptr %132, i64 -31
  %143 = load <8 x i8>, ptr %142, align 16, !tbaa !5
  %144 = shufflevector <8 x i8> %143, <8 x i8> poison, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %145 = zext <8 x i8> %135 to <8 x i32>
  %146 = zext <8 x i8> %138 to <8 x i32>
  %147 = zext <8 x i8> %141 to <8 x i32>
  %148 = zext <8 x i8> %144 to <8 x i32>
  %149 = sub nsw <8 x i32> %127, %145
  %150 = sub nsw <8 x i32> %128, %146
  %151 = sub nsw <8 x i32> %129, %147
  %152 = sub nsw <8 x i32> %130, %148
  %153 = tail call <8 x i32> @llvm.abs.v8i32(<8 x i32> %149, i1 true)
  %154 = tail call <8 x i32> @llvm.abs.v8i32(<8 x i32> %150, i1 true)
  %155 = tail call <8 x i32> @llvm.abs.v8i32(<8 x i32> %151, i1 true)
  %156 = tail call <8 x i32> @llvm.abs.v8i32(<8 x i32> %152, i1 true)
  %157 = add <8 x i32> %153, %115
  %158 = add <8 x i32> %154, %116
  %159 = add <8 x i32> %155, %117
  %160 = add <8 x i32> %156, %118
  %161 = add nuw i64 %114, 32
  %162 = icmp eq i64 %161, 512
  br i1 %162, label %194, label %113, !llvm.loop !24

163:                                              ; preds = %215
  %164 = add <8 x i32> %158, %157
  %165 = add <8 x i32> %159, %164
  %166 = add <8 x i32> %160, %165
  %167 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %166)
  %168 = add <4 x i64> %108, %107
  %169 = add <4 x i64> %109, %168
  %170 = add <4 x i64> %110, %169
  %171 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %170)
  %172 = add <4 x i64> %59, %58
  %173 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %172)
  %174 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %60, <4 x i32> %61)
  %175 = tail call i32 @llvm.vector.reduce.smin.v4i32(<4 x i32> %174)
  %176 = xor <4 x i32> %69, %68
  %177 = tail call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %176)
  %178 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %62, <4 x i32> %63)
  %179 = tail call i32 @llvm.vector.reduce.smax.v4i32(<4 x i32> %178)
  %180 = mul nsw i32 %175, 3
  %181 = sext i32 %180 to i64
  %182 = mul nsw i32 %179, 5
  %183 = sext i32 %182 to i64
  %184 = zext i32 %177 to i64
  %185 = mul nsw i64 %171, 11
  %186 = mul i32 %167, 13
  %187 = zext i32 %186 to i64
  %188 = add nsw i64 %184, %183
  %189 = add i64 %188, %173
  %190 = add i64 %189, %181
  %191 = add i64 %190, %185
  %192 = add i64 %191, %187
  %193 = add i64 %192, %217
  ret i64 %193

194:                                              ; preds = %113, %215
  %195 = phi i64 [ %218, %215 ], [ 0, %113 ]
  %196 = phi i64 [ %217, %215 ], [ 0, %113 ]
  %197 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %195
  %198 = load i64, ptr %197, align 16, !tbaa !14
  %199 = icmp sgt i64 %198, 0
  br i1 %199, label %200, label %202

200:                                              ; preds = %194
  %201 = udiv i64 %198, 7
  br label %204

202:                                              ; preds = %194
  %203 = sub nsw i64 0, %198
  br label %204

204:                                              ; preds = %202, %200
  %205 = phi i64 [ %201, %200 ], [ %203, %202 ]
  %206 = add nsw i64 %205, %196
  %207 = or i64 %195, 1
  %208 = getelementptr inbounds [256 x i64], ptr @q64, i64 0, i64 %207
  %209 = load i64, ptr %208, align 8, !tbaa !14
  %210 = icmp sgt i64 %209, 0
  br i1 %210, label %213, label %211

211:                                              ; preds = %204
  %212 = sub nsw i64 0, %209
  br label %215

213:                                              ; preds = %204
  %214 = udiv i64 %209, 7
  br label %215

215:                                              ; preds = %213, %211
  %216 = phi i64 [ %214, %213 ], [ %212, %211 ]
  %217 = add nsw i64 %216, %206
  %218 = add nuw nsw i64 %195, 2
  %219 = icmp eq i64 %218, 256
  br i1 %219, label %163, label %194, !llvm.loop !25
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
  br i1 %63, label %121, label %39, !llvm.loop !26

64:                                               ; preds = %121, %64
  %65 = phi i64 [ %118, %64 ], [ 0, %121 ]
  %66 = phi <8 x i32> [ %114, %64 ], [ zeroinitializer, %121 ]
  %67 = phi <8 x i32> [ %115, %64 ], [ zeroinitializer, %121 ]
  %68 = phi <8 x i32> [ %116, %64 ], [ zeroinitializer, %121 ]
  %69 = phi <8 x i32> [ %117, %64 ], [ zeroinitializer, %121 ]
  %70 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %65
  %71 = load <8 x float>, ptr %70, align 16, !tbaa !12
  %72 = getelementptr inbounds float, ptr %70, i64 8
  %73 = load <8 x float>, ptr %72, align 16, !tbaa !12
  %74 = getelementptr inbounds float, ptr %70, i64 16
  %75 = load <8 x float>, ptr %74, align 16, !tbaa !12
  %76 = getelementptr inbounds float, ptr %70, i64 24
  %77 = load <8 x float>, ptr %76, align 16, !tbaa !12
  %78 = fmul <8 x float> %71, <float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00>
  %79 = fmul <8 x float> %73, <float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00>
  %80 = fmul <8 x float> %75, <float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00>
  %81 = fmul <8 x float> %77, <float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00>
  %82 = fptosi <8 x float> %78 to <8 x i32>
  %83 = fptosi <8 x float> %79 to <8 x i32>
  %84 = fptosi <8 x float> %80 to <8 x i32>
  %85 = fptosi <8 x float> %81 to <8 x i32>
  %86 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %65
  %87 = load <8 x i8>, ptr %86, align 16, !tbaa !5
  %88 = getelementptr inbounds i8, ptr %86, i64 8
  %89 = load <8 x i8>, ptr %88, align 8, !tbaa !5
  %90 = getelementptr inbounds i8, ptr %86, i64 16
  %91 = load <8 x i8>, ptr %90, align 16, !tbaa !5
  %92 = getelementptr inbounds i8, ptr %86, i64 24
  %93 = load <8 x i8>, ptr %92, align 8, !tbaa !5
  %94 = uitofp <8 x i8> %87 to <8 x float>
  %95 = uitofp <8 x i8> %89 to <8 x float>
  %96 = uitofp <8 x i8> %91 to <8 x float>
  %97 = uitofp <8 x i8> %93 to <8 x float>
  %98 = fmul <8 x float> %94, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %99 = fmul <8 x float> %95, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %100 = fmul <8 x float> %96, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %101 = fmul <8 x float> %97, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %102 = fptoui <8 x float> %98 to <8 x i8>
  %103 = fptoui <8 x float> %99 to <8 x i8>
  %104 = fptoui <8 x float> %100 to <8 x i8>
  %105 = fptoui <8 x float> %101 to <8 x i8>
  %106 = zext <8 x i8> %102 to <8 x i32>
  %107 = zext <8 x i8> %103 to <8 x i32>
  %108 = zext <8 x i8> %104 to <8 x i32>
  %109 = zext <8 x i8> %105 to <8 x i32>
  %110 = add <8 x i32> %66, %82
  %111 = add <8 x i32> %67, %83
  %112 = add <8 x i32> %68, %84
  %113 = add <8 x i32> %69, %85
  %114 = add <8 x i32> %110, %106
  %115 = add <8 x i32> %111, %107
  %116 = add <8 x i32> %112, %108
  %117 = add <8 x i32> %113, %109
  %118 = add nuw i64 %65, 32
  %119 = icmp eq i64 %118, 512
  br i1 %119, label %120, label %64, !llvm.loop !27

120:                                              ; preds = %64
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %1) #4
  br label %143

121:                                              ; preds = %39, %121
  %122 = phi i64 [ %141, %121 ], [ 0, %39 ]
  %123 = phi double [ %140, %121 ], [ 0.000000e+00, %39 ]
  %124 = getelementptr inbounds [256 x double], ptr @f64, i64 0, i64 %122
  %125 = load double, ptr %124, align 16, !tbaa !16
  %126 = fmul double %125, 5.000000e-01
  %127 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %122
  %128 = load float, ptr %127, align 8, !tbaa !12
  %129 = fpext float %128 to double
  %130 = fsub double %126, %129
  %131 = fadd double %123, %130
  %132 = or i64 %122, 1
  %133 = getelementptr inbounds [256 x double], ptr @f64, i64 0, i64 %132
  %134 = load double, ptr %133, align 8, !tbaa !16
  %135 = fmul double %134, 5.000000e-01
  %136 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %132
  %137 = load float, ptr %136, align 4, !tbaa !12
  %138 = fpext float %137 to double
  %139 = fsub double %135, %138
  %140 = fadd double %131, %139
  %141 = add nuw nsw i64 %122, 2
  %142 = icmp eq i64 %141, 256
  br i1 %142, label %64, label %121, !llvm.loop !28

143:                                              ; preds = %143, %120
  %144 = phi i64 [ 0, %120 ], [ %173, %143 ]
  %145 = getelementptr inbounds [512 x float], ptr @f32, i64 0, i64 %144
  %146 = load <8 x float>, ptr %145, align 16, !tbaa !12
  %147 = getelementptr inbounds float, ptr %145, i64 8
  %148 = load <8 x float>, ptr %147, align 16, !tbaa !12
  %149 = getelementptr inbounds float, ptr %145, i64 16
  %150 = load <8 x float>, ptr %149, align 16, !tbaa !12
  %151 = getelementptr inbounds float, ptr %145, i64 24
  %152 = load <8 x float>, ptr %151, align 16, !tbaa !12
  %153 = fcmp olt <8 x float> %146, zeroinitializer
  %154 = fcmp olt <8 x float> %148, zeroinitializer
  %155 = fcmp olt <8 x float> %150, zeroinitializer
  %156 = fcmp olt <8 x float> %152, zeroinitializer
  %157 = fneg <8 x float> %146
  %158 = fneg <8 x float> %148
  %159 = fneg <8 x float> %150
  %160 = fneg <8 x float> %152
  %161 = fmul <8 x float> %146, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %162 = fmul <8 x float> %148, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %163 = fmul <8 x float> %150, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %164 = fmul <8 x float> %152, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %165 = select <8 x i1> %153, <8 x float> %157, <8 x float> %161
  %166 = select <8 x i1> %154, <8 x float> %158, <8 x float> %162
  %167 = select <8 x i1> %155, <8 x float> %159, <8 x float> %163
  %168 = select <8 x i1> %156, <8 x float> %160, <8 x float> %164
  %169 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %144
  store <8 x float> %165, ptr %169, align 16, !tbaa !12
  %170 = getelementptr inbounds float, ptr %169, i64 8
  store <8 x float> %166, ptr %170, align 16, !tbaa !12
  %171 = getelementptr inbounds float, ptr %169, i64 16
  store <8 x float> %167, ptr %171, align 16, !tbaa !12
  %172 = getelementptr inbounds float, ptr %169, i64 24
  store <8 x float> %168, ptr %172, align 16, !tbaa !12
  %173 = add nuw i64 %144, 32
  %174 = icmp eq i64 %173, 512
  br i1 %174, label %192, label %143, !llvm.loop !29

175:                                              ; preds = %192
  %176 = add <8 x i32> %115, %114
  %177 = add <8 x i32> %116, %176
  %178 = add <8 x i32> %117, %177
  %179 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %178)
  %180 = fmul float %59, 1.600000e+01
  %181 = fptosi float %180 to i64
  %182 = fmul float %61, 6.400000e+01
  %183 = fptosi float %182 to i64
  %184 = add nsw i64 %183, %181
  %185 = fmul double %140, 8.000000e+00
  %186 = fptosi double %185 to i64
  %187 = add nsw i64 %184, %186
  %188 = sext i32 %179 to i64
  %189 = add nsw i64 %187, %188
  %190 = fptosi float %225 to i64
  %191 = add nsw i64 %189, %190
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %1) #4
  ret i64 %191

192:                                              ; preds = %143, %192
  %193 = phi i64 [ %226, %192 ], [ 0, %143 ]
  %194 = phi float [ %225, %192 ], [ 0.000000e+00, %143 ]
  %195 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %193
  %196 = load float, ptr %195, align 16, !tbaa !12
  %197 = fadd float %194, %196
  %198 = or i64 %193, 1
  %199 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %198
  %200 = load float, ptr %199, align 4, !tbaa !12
  %201 = fadd float %197, %200
  %202 = or i64 %193, 2
  %203 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %202
  %204 = load float, ptr %203, align 8, !tbaa !12
  %205 = fadd float %201, %204
  %206 = or i64 %193, 3
  %207 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %206
  %208 = load float, ptr %207, align 4, !tbaa !12
  %209 = fadd float %205, %208
  %210 = or i64 %193, 4
  %211 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %210
  %212 = load float, ptr %211, align 16, !tbaa !12
  %213 = fadd float %209, %212
  %214 = or i64 %193, 5
  %215 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %214
  %216 = load float, ptr %215, align 4, !tbaa !12
  %217 = fadd float %213, %216
  %218 = or i64 %193, 6
  %219 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %218
  %220 = load float, ptr %219, align 8, !tbaa !12
  %221 = fadd float %217, %220
  %222 = or i64 %193, 7
  %223 = getelementptr inbounds [512 x float], ptr %1, i64 0, i64 %222
  %224 = load float, ptr %223, align 4, !tbaa !12
  %225 = fadd float %221, %224
  %226 = add nuw nsw i64 %193, 8
  %227 = icmp eq i64 %226, 512
  br i1 %227, label %175, label %192, !llvm.loop !30
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
  br label %121

42:                                               ; preds = %121
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %2) #4
  %43 = load <32 x i8>, ptr @u8, align 32, !tbaa !5
  %44 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 32), align 32, !tbaa !5
  %45 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 64), align 32, !tbaa !5
  %46 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 96), align 32, !tbaa !5
  %47 = load <32 x i8>, ptr %1, align 16, !tbaa !5
  %48 = getelementptr inbounds i8, ptr %1, i64 32
  %49 = load <32 x i8>, ptr %48, align 16, !tbaa !5
  %50 = getelementptr inbounds i8, ptr %1, i64 64
  %51 = load <32 x i8>, ptr %50, align 16, !tbaa !5
  %52 = getelementptr inbounds i8, ptr %1, i64 96
  %53 = load <32 x i8>, ptr %52, align 16, !tbaa !5
  %54 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %43, <32 x i8> %47)
  %55 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %44, <32 x i8> %49)
  %56 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %45, <32 x i8> %51)
  %57 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %46, <32 x i8> %53)
  store <32 x i8> %54, ptr %2, align 16, !tbaa !5
  %58 = getelementptr inbounds i8, ptr %2, i64 32
  store <32 x i8> %55, ptr %58, align 16, !tbaa !5
  %59 = getelementptr inbounds i8, ptr %2, i64 64
  store <32 x i8> %56, ptr %59, align 16, !tbaa !5
  %60 = getelementptr inbounds i8, ptr %2, i64 96
  store <32 x i8> %57, ptr %60, align 16, !tbaa !5
  %61 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 128), align 32, !tbaa !5
  %62 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 160), align 32, !tbaa !5
  %63 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 192), align 32, !tbaa !5
  %64 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 224), align 32, !tbaa !5
  %65 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 128
  %66 = load <32 x i8>, ptr %65, align 16, !tbaa !5
  %67 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 160
  %68 = load <32 x i8>, ptr %67, align 16, !tbaa !5
  %69 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 192
  %70 = load <32 x i8>, ptr %69, align 16, !tbaa !5
  %71 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 224
  %72 = load <32 x i8>, ptr %71, align 16, !tbaa !5
  %73 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %61, <32 x i8> %66)
  %74 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %62, <32 x i8> %68)
  %75 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %63, <32 x i8> %70)
  %76 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %64, <32 x i8> %72)
  %77 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 128
  store <32 x i8> %73, ptr %77, align 16, !tbaa !5
  %78 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 160
  store <32 x i8> %74, ptr %78, align 16, !tbaa !5
  %79 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 192
  store <32 x i8> %75, ptr %79, align 16, !tbaa !5
  %80 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 224
  store <32 x i8> %76, ptr %80, align 16, !tbaa !5
  %81 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 256), align 32, !tbaa !5
  %82 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 288), align 32, !tbaa !5
  %83 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 320), align 32, !tbaa !5
  %84 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 352), align 32, !tbaa !5
  %85 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 256
  %86 = load <32 x i8>, ptr %85, align 16, !tbaa !5
  %87 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 288
  %88 = load <32 x i8>, ptr %87, align 16, !tbaa !5
  %89 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 320
  %90 = load <32 x i8>, ptr %89, align 16, !tbaa !5
  %91 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 352
  %92 = load <32 x i8>, ptr %91, align 16, !tbaa !5
  %93 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %81, <32 x i8> %86)
  %94 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %82, <32 x i8> %88)
  %95 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %83, <32 x i8> %90)
  %96 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %84, <32 x i8> %92)
  %97 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 256
  store <32 x i8> %93, ptr %97, align 16, !tbaa !5
  %98 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 288
  store <32 x i8> %94, ptr %98, align 16, !tbaa !5
  %99 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 320
  store <32 x i8> %95, ptr %99, align 16, !tbaa !5
  %100 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 352
  store <32 x i8> %96, ptr %100, align 16, !tbaa !5
  %101 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 384), align 32, !tbaa !5
  %102 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 416), align 32, !tbaa !5
  %103 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 448), align 32, !tbaa !5
  %104 = load <32 x i8>, ptr getelementptr inbounds ([512 x i8], ptr @u8, i64 0, i64 480), align 32, !tbaa !5
  %105 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 384
  %106 = load <32 x i8>, ptr %105, align 16, !tbaa !5
  %107 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 416
  %108 = load <32 x i8>, ptr %107, align 16, !tbaa !5
  %109 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 448
  %110 = load <32 x i8>, ptr %109, align 16, !tbaa !5
  %111 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 480
  %112 = load <32 x i8>, ptr %111, align 16, !tbaa !5
  %113 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %101, <32 x i8> %106)
  %114 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %102, <32 x i8> %108)
  %115 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %103, <32 x i8> %110)
  %116 = tail call <32 x i8> @llvm.umax.v32i8(<32 x i8> %104, <32 x i8> %112)
  %117 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 384
  store <32 x i8> %113, ptr %117, align 16, !tbaa !5
  %118 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 416
  store <32 x i8> %114, ptr %118, align 16, !tbaa !5
  %119 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 448
  store <32 x i8> %115, ptr %119, align 16, !tbaa !5
  %120 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 480
  store <32 x i8> %116, ptr %120, align 16, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %3) #4
  br label %152

121:                                              ; preds = %121, %41
  %122 = phi i64 [ 0, %41 ], [ %150, %121 ]
  %123 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %122
  %124 = load i8, ptr %123, align 2, !tbaa !5
  %125 = zext i8 %124 to i16
  %126 = add nuw nsw i64 %122, 100
  %127 = and i64 %126, 510
  %128 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %127
  %129 = load i8, ptr %128, align 2, !tbaa !5
  %130 = zext i8 %129 to i16
  %131 = add nuw nsw i16 %125, 1
  %132 = add nuw nsw i16 %131, %130
  %133 = lshr i16 %132, 1
  %134 = trunc i16 %133 to i8
  %135 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %122
  store i8 %134, ptr %135, align 2, !tbaa !5
  %136 = or i64 %122, 1
  %137 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %136
  %138 = load i8, ptr %137, align 1, !tbaa !5
  %139 = zext i8 %138 to i16
  %140 = add nuw nsw i64 %122, 101
  %141 = and i64 %140, 511
  %142 = getelementptr inbounds [512 x i8], ptr @u8, i64 0, i64 %141
  %143 = load i8, ptr %142, align 1, !tbaa !5
  %144 = zext i8 %143 to i16
  %145 = add nuw nsw i16 %139, 1
  %146 = add nuw nsw i16 %145, %144
  %147 = lshr i16 %146, 1
  %148 = trunc i16 %147 to i8
  %149 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %136
  store i8 %148, ptr %149, align 1, !tbaa !5
  %150 = add nuw nsw i64 %122, 2
  %151 = icmp eq i64 %150, 512
  br i1 %151, label %42, label %121, !llvm.loop !31

152:                                              ; preds = %152, %42
  %153 = phi i64 [ 0, %42 ], [ %186, %152 ]
  %154 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %153
  %155 = load <16 x i8>, ptr %154, align 16, !tbaa !5
  %156 = getelementptr inbounds i8, ptr %154, i64 16
  %157 = load <16 x i8>, ptr %156, align 16, !tbaa !5
  %158 = getelementptr inbounds i8, ptr %154, i64 32
  %159 = load <16 x i8>, ptr %158, align 16, !tbaa !5
  %160 = getelementptr inbounds i8, ptr %154, i64 48
  %161 = load <16 x i8>, ptr %160, align 16, !tbaa !5
  %162 = sext <16 x i8> %155 to <16 x i16>
  %163 = sext <16 x i8> %157 to <16 x i16>
  %164 = sext <16 x i8> %159 to <16 x i16>
  %165 = sext <16 x i8> %161 to <16 x i16>
  %166 = mul nsw <16 x i16> %162, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  %167 = mul nsw <16 x i16> %163, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  %168 = mul nsw <16 x i16> %164, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  %169 = mul nsw <16 x i16> %165, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  %170 = getelementptr inbounds [512 x i16], ptr @s16, i64 0, i64 %153
  %171 = load <16 x i16>, ptr %170, align 16, !tbaa !8
  %172 = getelementptr inbounds i16, ptr %170, i64 16
  %173 = load <16 x i16>, ptr %172, align 16, !tbaa !8
  %174 = getelementptr inbounds i16, ptr %170, i64 32
  %175 = load <16 x i16>, ptr %174, align 16, !tbaa !8
  %176 = getelementptr inbounds i16, ptr %170, i64 48
  %177 = load <16 x i16>, ptr %176, align 16, !tbaa !8
  %178 = sub <16 x i16> %166, %171
  %179 = sub <16 x i16> %167, %173
  %180 = sub <16 x i16> %168, %175
  %181 = sub <16 x i16> %169, %177
  %182 = getelementptr inbounds [512 x i16], ptr %3, i64 0, i64 %153
  store <16 x i16> %178, ptr %182, align 16, !tbaa !8
  %183 = getelementptr inbounds i16, ptr %182, i64 16
  store <16 x i16> %179, ptr %183, align 16, !tbaa !8
  %184 = getelementptr inbounds i16, ptr %182, i64 32
  store <16 x i16> %180, ptr %184, align 16, !tbaa !8
  %185 = getelementptr inbounds i16, ptr %182, i64 48
  store <16 x i16> %181, ptr %185, align 16, !tbaa !8
  %186 = add nuw i64 %153, 64
  %187 = icmp eq i64 %186, 512
  br i1 %187, label %239, label %152, !llvm.loop !32

188:                                              ; preds = %239, %188
  %189 = phi i64 [ %230, %188 ], [ 0, %239 ]
  %190 = phi <8 x i32> [ %226, %188 ], [ zeroinitializer, %239 ]
  %191 = phi <8 x i32> [ %227, %188 ], [ zeroinitializer, %239 ]
  %192 = phi <8 x i32> [ %228, %188 ], [ zeroinitializer, %239 ]
  %193 = phi <8 x i32> [ %229, %188 ], [ zeroinitializer, %239 ]
  %194 = getelementptr inbounds [512 x i32], ptr @w32, i64 0, i64 %189
  %195 = load <8 x i32>, ptr %194, align 16, !tbaa !10
  %196 = getelementptr inbounds i32, ptr %194, i64 8
  %197 = load <8 x i32>, ptr %196, align 16, !tbaa !10
  %198 = getelementptr inbounds i32, ptr %194, i64 16
  %199 = load <8 x i32>, ptr %198, align 16, !tbaa !10
  %200 = getelementptr inbounds i32, ptr %194, i64 24
  %201 = load <8 x i32>, ptr %200, align 16, !tbaa !10
  %202 = tail call <8 x i32> @llvm.ctpop.v8i32(<8 x i32> %195)
  %203 = tail call <8 x i32> @llvm.ctpop.v8i32(<8 x i32> %197)
  %204 = tail call <8 x i32> @llvm.ctpop.v8i32(<8 x i32> %199)
  %205 = tail call <8 x i32> @llvm.ctpop.v8i32(<8 x i32> %201)
  %206 = getelementptr inbounds [512 x i8], ptr @b8, i64 0, i64 %189
  %207 = load <8 x i8>, ptr %206, align 16, !tbaa !5
  %208 = getelementptr inbounds i8, ptr %206, i64 8
  %209 = load <8 x i8>, ptr %208, align 8, !tbaa !5
  %210 = getelementptr inbounds i8, ptr %206, i64 16
  %211 = load <8 x i8>, ptr %210, align 16, !tbaa !5
  %212 = getelementptr inbounds i8, ptr %206, i64 24
  %213 = load <8 x i8>, ptr %212, align 8, !tbaa !5
  %214 = icmp eq <8 x i8> %207, zeroinitializer
  %215 = icmp eq <8 x i8> %209, zeroinitializer
  %216 = icmp eq <8 x i8> %211, zeroinitializer
  %217 = icmp eq <8 x i8> %213, zeroinitializer
  %218 = zext <8 x i1> %214 to <8 x i32>
  %219 = zext <8 x i1> %215 to <8 x i32>
  %220 = zext <8 x i1> %216 to <8 x i32>
  %221 = zext <8 x i1> %217 to <8 x i32>
  %222 = add <8 x i32> %202, %190
  %223 = add <8 x i32> %203, %191
  %224 = add <8 x i32> %204, %192
  %225 = add <8 x i32> %205, %193
  %226 = add <8 x i32> %222, %218
  %227 = add <8 x i32> %223, %219
  %228 = add <8 x i32> %224, %220
  %229 = add <8 x i32> %225, %221
  %230 = add nuw i64 %189, 32
  %231 = icmp eq i64 %230, 512
  br i1 %231, label %232, label %188, !llvm.loop !33

232:                                              ; preds = %188
  %233 = add <8 x i32> %227, %226
  %234 = add <8 x i32> %228, %233
  %235 = add <8 x i32> %229, %234
  %236 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %235)
  %237 = zext i32 %236 to i64
  %238 = add i64 %270, %237
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %3) #4
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #4
  ret i64 %238

239:                                              ; preds = %152, %239
  %240 = phi i64 [ %271, %239 ], [ 0, %152 ]
  %241 = phi i64 [ %270, %239 ], [ 0, %152 ]
  %242 = mul i64 %241, 33
  %243 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %240
  %244 = load i8, ptr %243, align 2, !tbaa !5
  %245 = zext i8 %244 to i64
  %246 = add i64 %242, %245
  %247 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 %240
  %248 = load i8, ptr %247, align 2, !tbaa !5
  %249 = zext i8 %248 to i64
  %250 = shl nuw nsw i64 %249, 1
  %251 = add i64 %246, %250
  %252 = getelementptr inbounds [512 x i16], ptr %3, i64 0, i64 %240
  %253 = load i16, ptr %252, align 4, !tbaa !8
  %254 = sext i16 %253 to i64
  %255 = add i64 %251, %254
  %256 = or i64 %240, 1
  %257 = mul i64 %255, 33
  %258 = getelementptr inbounds [512 x i8], ptr %1, i64 0, i64 %256
  %259 = load i8, ptr %258, align 1, !tbaa !5
  %260 = zext i8 %259 to i64
  %261 = add i64 %257, %260
  %262 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 %256
  %263 = load i8, ptr %262, align 1, !tbaa !5
  %264 = zext i8 %263 to i64
  %265 = shl nuw nsw i64 %264, 1
  %266 = add i64 %261, %265
  %267 = getelementptr inbounds [512 x i16], ptr %3, i64 0, i64 %256
  %268 = load i16, ptr %267, align 2, !tbaa !8
  %269 = sext i16 %268 to i64
  %270 = add i64 %266, %269
  %271 = add nuw nsw i64 %240, 2
  %272 = icmp eq i64 %271, 512
  br i1 %272, label %188, label %239, !llvm.loop !34
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smin.v4i32(<4 x i32>, <4 x i32>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.smin.v4i32(<4 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.smax.v4i32(<4 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x i32> @llvm.abs.v8i32(<8 x i32>, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <32 x i8> @llvm.umax.v32i8(<32 x i8>, <32 x i8>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x i32> @llvm.ctpop.v8i32(<8 x i32>) #2

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+avx,+avx2,+crc32,+cx8,+fxsr,+mmx,+popcnt,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" "tune-cpu"="generic" }
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
!20 = distinct !{!20, !19, !21, !22}
!21 = !{!"llvm.loop.isvectorized", i32 1}
!22 = !{!"llvm.loop.unroll.runtime.disable"}
!23 = distinct !{!23, !19, !21, !22}
!24 = distinct !{!24, !19, !21, !22}
!25 = distinct !{!25, !19}
!26 = distinct !{!26, !19}
!27 = distinct !{!27, !19, !21, !22}
!28 = distinct !{!28, !19}
!29 = distinct !{!29, !19, !21, !22}
!30 = distinct !{!30, !19}
!31 = distinct !{!31, !19, !21}
!32 = distinct !{!32, !19, !21, !22}
!33 = distinct !{!33, !19, !21, !22}
!34 = distinct !{!34, !19}
