; ModuleID = 'transpose.c'
source_filename = "transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 77, align 4
@A = internal unnamed_addr global [45 x [37 x i32]] zeroinitializer, align 16
@S = internal unnamed_addr global [33 x [33 x float]] zeroinitializer, align 16
@AT = internal unnamed_addr global [37 x [45 x i32]] zeroinitializer, align 16
@ATB = internal unnamed_addr global [37 x [45 x i32]] zeroinitializer, align 16
@ATT = internal unnamed_addr global [45 x [37 x i32]] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_seed, align 4, !tbaa !4
  br label %2

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %45, %2 ]
  %4 = trunc i64 %3 to i32
  %5 = mul i32 %4, 131
  %6 = add i32 %5, %1
  %7 = insertelement <8 x i32> poison, i32 %6, i64 0
  %8 = shufflevector <8 x i32> %7, <8 x i32> poison, <8 x i32> zeroinitializer
  %9 = add <8 x i32> %8, <i32 0, i32 17, i32 34, i32 51, i32 68, i32 85, i32 102, i32 119>
  %10 = srem <8 x i32> %9, <i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009>
  %11 = add nsw <8 x i32> %10, <i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500>
  %12 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 0
  store <8 x i32> %11, ptr %12, align 4, !tbaa !4
  %13 = add <8 x i32> %8, <i32 136, i32 153, i32 170, i32 187, i32 204, i32 221, i32 238, i32 255>
  %14 = srem <8 x i32> %13, <i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009>
  %15 = add nsw <8 x i32> %14, <i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500>
  %16 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 8
  store <8 x i32> %15, ptr %16, align 4, !tbaa !4
  %17 = add <8 x i32> %8, <i32 272, i32 289, i32 306, i32 323, i32 340, i32 357, i32 374, i32 391>
  %18 = srem <8 x i32> %17, <i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009>
  %19 = add nsw <8 x i32> %18, <i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500>
  %20 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 16
  store <8 x i32> %19, ptr %20, align 4, !tbaa !4
  %21 = add <8 x i32> %8, <i32 408, i32 425, i32 442, i32 459, i32 476, i32 493, i32 510, i32 527>
  %22 = srem <8 x i32> %21, <i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009, i32 1009>
  %23 = add nsw <8 x i32> %22, <i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500, i32 -500>
  %24 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 24
  store <8 x i32> %23, ptr %24, align 4, !tbaa !4
  %25 = add i32 %6, 544
  %26 = srem i32 %25, 1009
  %27 = add nsw i32 %26, -500
  %28 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 32
  store i32 %27, ptr %28, align 4, !tbaa !4
  %29 = add i32 %6, 561
  %30 = srem i32 %29, 1009
  %31 = add nsw i32 %30, -500
  %32 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 33
  store i32 %31, ptr %32, align 4, !tbaa !4
  %33 = add i32 %6, 578
  %34 = srem i32 %33, 1009
  %35 = add nsw i32 %34, -500
  %36 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 34
  store i32 %35, ptr %36, align 4, !tbaa !4
  %37 = add i32 %6, 595
  %38 = srem i32 %37, 1009
  %39 = add nsw i32 %38, -500
  %40 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 35
  store i32 %39, ptr %40, align 4, !tbaa !4
  %41 = add i32 %6, 612
  %42 = srem i32 %41, 1009
  %43 = add nsw i32 %42, -500
  %44 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 36
  store i32 %43, ptr %44, align 4, !tbaa !4
  %45 = add nuw nsw i64 %3, 1
  %46 = icmp eq i64 %45, 45
  br i1 %46, label %47, label %2, !llvm.loop !8

47:                                               ; preds = %2
  %48 = sitofp i32 %1 to float
  %49 = insertelement <8 x float> poison, float %48, i64 0
  %50 = shufflevector <8 x float> %49, <8 x float> poison, <8 x i32> zeroinitializer
  br label %51

51:                                               ; preds = %51, %47
  %52 = phi i64 [ 0, %47 ], [ %85, %51 ]
  %53 = insertelement <8 x i64> poison, i64 %52, i64 0
  %54 = shufflevector <8 x i64> %53, <8 x i64> poison, <8 x i32> zeroinitializer
  %55 = trunc <8 x i64> %54 to <8 x i32>
  %56 = add <8 x i32> %55, <i32 0, i32 -1, i32 -2, i32 -3, i32 -4, i32 -5, i32 -6, i32 -7>
  %57 = sitofp <8 x i32> %56 to <8 x float>
  %58 = fmul <8 x float> %57, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %59 = fadd <8 x float> %58, %50
  %60 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %52, i64 0
  store <8 x float> %59, ptr %60, align 4, !tbaa !10
  %61 = trunc <8 x i64> %54 to <8 x i32>
  %62 = add <8 x i32> %61, <i32 -8, i32 -9, i32 -10, i32 -11, i32 -12, i32 -13, i32 -14, i32 -15>
  %63 = sitofp <8 x i32> %62 to <8 x float>
  %64 = fmul <8 x float> %63, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %65 = fadd <8 x float> %64, %50
  %66 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %52, i64 8
  store <8 x float> %65, ptr %66, align 4, !tbaa !10
  %67 = trunc <8 x i64> %54 to <8 x i32>
  %68 = add <8 x i32> %67, <i32 -16, i32 -17, i32 -18, i32 -19, i32 -20, i32 -21, i32 -22, i32 -23>
  %69 = sitofp <8 x i32> %68 to <8 x float>
  %70 = fmul <8 x float> %69, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %71 = fadd <8 x float> %70, %50
  %72 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %52, i64 16
  store <8 x float> %71, ptr %72, align 4, !tbaa !10
  %73 = trunc <8 x i64> %54 to <8 x i32>
  %74 = add <8 x i32> %73, <i32 -24, i32 -25, i32 -26, i32 -27, i32 -28, i32 -29, i32 -30, i32 -31>
  %75 = sitofp <8 x i32> %74 to <8 x float>
  %76 = fmul <8 x float> %75, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %77 = fadd <8 x float> %76, %50
  %78 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %52, i64 24
  store <8 x float> %77, ptr %78, align 4, !tbaa !10
  %79 = trunc i64 %52 to i32
  %80 = add i32 %79, -32
  %81 = sitofp i32 %80 to float
  %82 = fmul float %81, 5.000000e-01
  %83 = fadd float %82, %48
  %84 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %52, i64 32
  store float %83, ptr %84, align 4, !tbaa !10
  %85 = add nuw nsw i64 %52, 1
  %86 = icmp eq i64 %85, 33
  br i1 %86, label %87, label %51, !llvm.loop !12

87:                                               ; preds = %51, %592
  %88 = phi i64 [ %598, %592 ], [ 0, %51 ]
  %89 = phi i64 [ %597, %592 ], [ 0, %51 ]
  br label %91

90:                                               ; preds = %592
  ret i64 %597

91:                                               ; preds = %91, %87
  %92 = phi i64 [ %180, %91 ], [ 0, %87 ]
  %93 = getelementptr inbounds [37 x i32], ptr @A, i64 %92, i64 0
  %94 = load <8 x i32>, ptr %93, align 4, !tbaa !4
  %95 = getelementptr inbounds [45 x i32], ptr @AT, i64 0, i64 %92
  %96 = getelementptr inbounds [45 x i32], ptr @AT, i64 1, i64 %92
  %97 = getelementptr inbounds [45 x i32], ptr @AT, i64 2, i64 %92
  %98 = getelementptr inbounds [45 x i32], ptr @AT, i64 3, i64 %92
  %99 = getelementptr inbounds [45 x i32], ptr @AT, i64 4, i64 %92
  %100 = getelementptr inbounds [45 x i32], ptr @AT, i64 5, i64 %92
  %101 = getelementptr inbounds [45 x i32], ptr @AT, i64 6, i64 %92
  %102 = getelementptr inbounds [45 x i32], ptr @AT, i64 7, i64 %92
  %103 = extractelement <8 x i32> %94, i64 0
  store i32 %103, ptr %95, align 4, !tbaa !4
  %104 = extractelement <8 x i32> %94, i64 1
  store i32 %104, ptr %96, align 4, !tbaa !4
  %105 = extractelement <8 x i32> %94, i64 2
  store i32 %105, ptr %97, align 4, !tbaa !4
  %106 = extractelement <8 x i32> %94, i64 3
  store i32 %106, ptr %98, align 4, !tbaa !4
  %107 = extractelement <8 x i32> %94, i64 4
  store i32 %107, ptr %99, align 4, !tbaa !4
  %108 = extractelement <8 x i32> %94, i64 5
  store i32 %108, ptr %100, align 4, !tbaa !4
  %109 = extractelement <8 x i32> %94, i64 6
  store i32 %109, ptr %101, align 4, !tbaa !4
  %110 = extractelement <8 x i32> %94, i64 7
  store i32 %110, ptr %102, align 4, !tbaa !4
  %111 = getelementptr inbounds [37 x i32], ptr @A, i64 %92, i64 8
  %112 = load <8 x i32>, ptr %111, align 4, !tbaa !4
  %113 = getelementptr inbounds [45 x i32], ptr @AT, i64 8, i64 %92
  %114 = getelementptr inbounds [45 x i32], ptr @AT, i64 9, i64 %92
  %115 = getelementptr inbounds [45 x i32], ptr @AT, i64 10, i64 %92
  %116 = getelementptr inbounds [45 x i32], ptr @AT, i64 11, i64 %92
  %117 = getelementptr inbounds [45 x i32], ptr @AT, i64 12, i64 %92
  %118 = getelementptr inbounds [45 x i32], ptr @AT, i64 13, i64 %92
  %119 = getelementptr inbounds [45 x i32], ptr @AT, i64 14, i64 %92
  %120 = getelementptr inbounds [45 x i32], ptr @AT, i64 15, i64 %92
  %121 = extractelement <8 x i32> %112, i64 0
  store i32 %121, ptr %113, align 4, !tbaa !4
  %122 = extractelement <8 x i32> %112, i64 1
  store i32 %122, ptr %114, align 4, !tbaa !4
  %123 = extractelement <8 x i32> %112, i64 2
  store i32 %123, ptr %115, align 4, !tbaa !4
  %124 = extractelement <8 x i32> %112, i64 3
  store i32 %124, ptr %116, align 4, !tbaa !4
  %125 = extractelement <8 x i32> %112, i64 4
  store i32 %125, ptr %117, align 4, !tbaa !4
  %126 = extractelement <8 x i32> %112, i64 5
  store i32 %126, ptr %118, align 4, !tbaa !4
  %127 = extractelement <8 x i32> %112, i64 6
  store i32 %127, ptr %119, align 4, !tbaa !4
  %128 = extractelement <8 x i32> %112, i64 7
  store i32 %128, ptr %120, align 4, !tbaa !4
  %129 = getelementptr inbounds [37 x i32], ptr @A, i64 %92, i64 16
  %130 = load <8 x i32>, ptr %129, align 4, !tbaa !4
  %131 = getelementptr inbounds [45 x i32], ptr @AT, i64 16, i64 %92
  %132 = getelementptr inbounds [45 x i32], ptr @AT, i64 17, i64 %92
  %133 = getelementptr inbounds [45 x i32], ptr @AT, i64 18, i64 %92
  %134 = getelementptr inbounds [45 x i32], ptr @AT, i64 19, i64 %92
  %135 = getelementptr inbounds [45 x i32], ptr @AT, i64 20, i64 %92
  %136 = getelementptr inbounds [45 x i32], ptr @AT, i64 21, i64 %92
  %137 = getelementptr inbounds [45 x i32], ptr @AT, i64 22, i64 %92
  %138 = getelementptr inbounds [45 x i32], ptr @AT, i64 23, i64 %92
  %139 = extractelement <8 x i32> %130, i64 0
  store i32 %139, ptr %131, align 4, !tbaa !4
  %140 = extractelement <8 x i32> %130, i64 1
  store i32 %140, ptr %132, align 4, !tbaa !4
  %141 = extractelement <8 x i32> %130, i64 2
  store i32 %141, ptr %133, align 4, !tbaa !4
  %142 = extractelement <8 x i32> %130, i64 3
  store i32 %142, ptr %134, align 4, !tbaa !4
  %143 = extractelement <8 x i32> %130, i64 4
  store i32 %143, ptr %135, align 4, !tbaa !4
  %144 = extractelement <8 x i32> %130, i64 5
  store i32 %144, ptr %136, align 4, !tbaa !4
  %145 = extractelement <8 x i32> %130, i64 6
  store i32 %145, ptr %137, align 4, !tbaa !4
  %146 = extractelement <8 x i32> %130, i64 7
  store i32 %146, ptr %138, align 4, !tbaa !4
  %147 = getelementptr inbounds [37 x i32], ptr @A, i64 %92, i64 24
  %148 = load <8 x i32>, ptr %147, align 4, !tbaa !4
  %149 = getelementptr inbounds [45 x i32], ptr @AT, i64 24, i64 %92
  %150 = getelementptr inbounds [45 x i32], ptr @AT, i64 25, i64 %92
  %151 = getelementptr inbounds [45 x i32], ptr @AT, i64 26, i64 %92
  %152 = getelementptr inbounds [45 x i32], ptr @AT, i64 27, i64 %92
  %153 = getelementptr inbounds [45 x i32], ptr @AT, i64 28, i64 %92
  %154 = getelementptr inbounds [45 x i32], ptr @AT, i64 29, i64 %92
  %155 = getelementptr inbounds [45 x i32], ptr @AT, i64 30, i64 %92
  %156 = getelementptr inbounds [45 x i32], ptr @AT, i64 31, i64 %92
  %157 = extractelement <8 x i32> %148, i64 0
  store i32 %157, ptr %149, align 4, !tbaa !4
  %158 = extractelement <8 x i32> %148, i64 1
  store i32 %158, ptr %150, align 4, !tbaa !4
  %159 = extractelement <8 x i32> %148, i64 2
  store i32 %159, ptr %151, align 4, !tbaa !4
  %160 = extractelement <8 x i32> %148, i64 3
  store i32 %160, ptr %152, align 4, !tbaa !4
  %161 = extractelement <8 x i32> %148, i64 4
  store i32 %161, ptr %153, align 4, !tbaa !4
  %162 = extractelement <8 x i32> %148, i64 5
  store i32 %162, ptr %154, align 4, !tbaa !4
  %163 = extractelement <8 x i32> %148, i64 6
  store i32 %163, ptr %155, align 4, !tbaa !4
  %164 = extractelement <8 x i32> %148, i64 7
  store i32 %164, ptr %156, align 4, !tbaa !4
  %165 = getelementptr inbounds [37 x i32], ptr @A, i64 %92, i64 32
  %166 = load i32, ptr %165, align 4, !tbaa !4
  %167 = getelementptr inbounds [45 x i32], ptr @AT, i64 32, i64 %92
  store i32 %166, ptr %167, align 4, !tbaa !4
  %168 = getelementptr inbounds [37 x i32], ptr @A, i64 %92, i64 33
  %169 = load i32, ptr %168, align 4, !tbaa !4
  %170 = getelementptr inbounds [45 x i32], ptr @AT, i64 33, i64 %92
  store i32 %169, ptr %170, align 4, !tbaa !4
  %171 = getelementptr inbounds [37 x i32], ptr @A, i64 %92, i64 34
  %172 = load i32, ptr %171, align 4, !tbaa !4
  %173 = getelementptr inbounds [45 x i32], ptr @AT, i64 34, i64 %92
  store i32 %172, ptr %173, align 4, !tbaa !4
  %174 = getelementptr inbounds [37 x i32], ptr @A, i64 %92, i64 35
  %175 = load i32, ptr %174, align 4, !tbaa !4
  %176 = getelementptr inbounds [45 x i32], ptr @AT, i64 35, i64 %92
  store i32 %175, ptr %176, align 4, !tbaa !4
  %177 = getelementptr inbounds [37 x i32], ptr @A, i64 %92, i64 36
  %178 = load i32, ptr %177, align 4, !tbaa !4
  %179 = getelementptr inbounds [45 x i32], ptr @AT, i64 36, i64 %92
  store i32 %178, ptr %179, align 4, !tbaa !4
  %180 = add nuw nsw i64 %92, 1
  %181 = icmp eq i64 %180, 45
  br i1 %181, label %182, label %91, !llvm.loop !13

182:                                              ; preds = %91, %296
  %183 = phi i64 [ %184, %296 ], [ 0, %91 ]
  %184 = add nuw nsw i64 %183, 8
  br label %298

185:                                              ; preds = %298, %185
  %186 = phi i64 [ %211, %185 ], [ %183, %298 ]
  %187 = getelementptr inbounds [37 x i32], ptr @A, i64 %186, i64 8
  %188 = load i32, ptr %187, align 4, !tbaa !4
  %189 = getelementptr inbounds [45 x i32], ptr @ATB, i64 8, i64 %186
  store i32 %188, ptr %189, align 4, !tbaa !4
  %190 = getelementptr inbounds [37 x i32], ptr @A, i64 %186, i64 9
  %191 = load i32, ptr %190, align 4, !tbaa !4
  %192 = getelementptr inbounds [45 x i32], ptr @ATB, i64 9, i64 %186
  store i32 %191, ptr %192, align 4, !tbaa !4
  %193 = getelementptr inbounds [37 x i32], ptr @A, i64 %186, i64 10
  %194 = load i32, ptr %193, align 4, !tbaa !4
  %195 = getelementptr inbounds [45 x i32], ptr @ATB, i64 10, i64 %186
  store i32 %194, ptr %195, align 4, !tbaa !4
  %196 = getelementptr inbounds [37 x i32], ptr @A, i64 %186, i64 11
  %197 = load i32, ptr %196, align 4, !tbaa !4
  %198 = getelementptr inbounds [45 x i32], ptr @ATB, i64 11, i64 %186
  store i32 %197, ptr %198, align 4, !tbaa !4
  %199 = getelementptr inbounds [37 x i32], ptr @A, i64 %186, i64 12
  %200 = load i32, ptr %199, align 4, !tbaa !4
  %201 = getelementptr inbounds [45 x i32], ptr @ATB, i64 12, i64 %186
  store i32 %200, ptr %201, align 4, !tbaa !4
  %202 = getelementptr inbounds [37 x i32], ptr @A, i64 %186, i64 13
  %203 = load i32, ptr %202, align 4, !tbaa !4
  %204 = getelementptr inbounds [45 x i32], ptr @ATB, i64 13, i64 %186
  store i32 %203, ptr %204, align 4, !tbaa !4
  %205 = getelementptr inbounds [37 x i32], ptr @A, i64 %186, i64 14
  %206 = load i32, ptr %205, align 4, !tbaa !4
  %207 = getelementptr inbounds [45 x i32], ptr @ATB, i64 14, i64 %186
  store i32 %206, ptr %207, align 4, !tbaa !4
  %208 = getelementptr inbounds [37 x i32], ptr @A, i64 %186, i64 15
  %209 = load i32, ptr %208, align 4, !tbaa !4
  %210 = getelementptr inbounds [45 x i32], ptr @ATB, i64 15, i64 %186
  store i32 %209, ptr %210, align 4, !tbaa !4
  %211 = add nuw nsw i64 %186, 1
  %212 = icmp ult i64 %211, %184
  %213 = icmp ult i64 %186, 44
  %214 = and i1 %213, %212
  br i1 %214, label %185, label %215, !llvm.loop !14

215:                                              ; preds = %185, %215
  %216 = phi i64 [ %241, %215 ], [ %183, %185 ]
  %217 = getelementptr inbounds [37 x i32], ptr @A, i64 %216, i64 16
  %218 = load i32, ptr %217, align 4, !tbaa !4
  %219 = getelementptr inbounds [45 x i32], ptr @ATB, i64 16, i64 %216
  store i32 %218, ptr %219, align 4, !tbaa !4
  %220 = getelementptr inbounds [37 x i32], ptr @A, i64 %216, i64 17
  %221 = load i32, ptr %220, align 4, !tbaa !4
  %222 = getelementptr inbounds [45 x i32], ptr @ATB, i64 17, i64 %216
  store i32 %221, ptr %222, align 4, !tbaa !4
  %223 = getelementptr inbounds [37 x i32], ptr @A, i64 %216, i64 18
  %224 = load i32, ptr %223, align 4, !tbaa !4
  %225 = getelementptr inbounds [45 x i32], ptr @ATB, i64 18, i64 %216
  store i32 %224, ptr %225, align 4, !tbaa !4
  %226 = getelementptr inbounds [37 x i32], ptr @A, i64 %216, i64 19
  %227 = load i32, ptr %226, align 4, !tbaa !4
  %228 = getelementptr inbounds [45 x i32], ptr @ATB, i64 19, i64 %216
  store i32 %227, ptr %228, align 4, !tbaa !4
  %229 = getelementptr inbounds [37 x i32], ptr @A, i64 %216, i64 20
  %230 = load i32, ptr %229, align 4, !tbaa !4
  %231 = getelementptr inbounds [45 x i32], ptr @ATB, i64 20, i64 %216
  store i32 %230, ptr %231, align 4, !tbaa !4
  %232 = getelementptr inbounds [37 x i32], ptr @A, i64 %216, i64 21
  %233 = load i32, ptr %232, align 4, !tbaa !4
  %234 = getelementptr inbounds [45 x i32], ptr @ATB, i64 21, i64 %216
  store i32 %233, ptr %234, align 4, !tbaa !4
  %235 = getelementptr inbounds [37 x i32], ptr @A, i64 %216, i64 22
  %236 = load i32, ptr %235, align 4, !tbaa !4
  %237 = getelementptr inbounds [45 x i32], ptr @ATB, i64 22, i64 %216
  store i32 %236, ptr %237, align 4, !tbaa !4
  %238 = getelementptr inbounds [37 x i32], ptr @A, i64 %216, i64 23
  %239 = load i32, ptr %238, align 4, !tbaa !4
  %240 = getelementptr inbounds [45 x i32], ptr @ATB, i64 23, i64 %216
  store i32 %239, ptr %240, align 4, !tbaa !4
  %241 = add nuw nsw i64 %216, 1
  %242 = icmp ult i64 %241, %184
  %243 = icmp ult i64 %216, 44
  %244 = and i1 %243, %242
  br i1 %244, label %215, label %245, !llvm.loop !14

245:                                              ; preds = %215, %245
  %246 = phi i64 [ %271, %245 ], [ %183, %215 ]
  %247 = getelementptr inbounds [37 x i32], ptr @A, i64 %246, i64 24
  %248 = load i32, ptr %247, align 4, !tbaa !4
  %249 = getelementptr inbounds [45 x i32], ptr @ATB, i64 24, i64 %246
  store i32 %248, ptr %249, align 4, !tbaa !4
  %250 = getelementptr inbounds [37 x i32], ptr @A, i64 %246, i64 25
  %251 = load i32, ptr %250, align 4, !tbaa !4
  %252 = getelementptr inbounds [45 x i32], ptr @ATB, i64 25, i64 %246
  store i32 %251, ptr %252, align 4, !tbaa !4
  %253 = getelementptr inbounds [37 x i32], ptr @A, i64 %246, i64 26
  %254 = load i32, ptr %253, align 4, !tbaa !4
  %255 = getelementptr inbounds [45 x i32], ptr @ATB, i64 26, i64 %246
  store i32 %254, ptr %255, align 4, !tbaa !4
  %256 = getelementptr inbounds [37 x i32], ptr @A, i64 %246, i64 27
  %257 = load i32, ptr %256, align 4, !tbaa !4
  %258 = getelementptr inbounds [45 x i32], ptr @ATB, i64 27, i64 %246
  store i32 %257, ptr %258, align 4, !tbaa !4
  %259 = getelementptr inbounds [37 x i32], ptr @A, i64 %246, i64 28
  %260 = load i32, ptr %259, align 4, !tbaa !4
  %261 = getelementptr inbounds [45 x i32], ptr @ATB, i64 28, i64 %246
  store i32 %260, ptr %261, align 4, !tbaa !4
  %262 = getelementptr inbounds [37 x i32], ptr @A, i64 %246, i64 29
  %263 = load i32, ptr %262, align 4, !tbaa !4
  %264 = getelementptr inbounds [45 x i32], ptr @ATB, i64 29, i64 %246
  store i32 %263, ptr %264, align 4, !tbaa !4
  %265 = getelementptr inbounds [37 x i32], ptr @A, i64 %246, i64 30
  %266 = load i32, ptr %265, align 4, !tbaa !4
  %267 = getelementptr inbounds [45 x i32], ptr @ATB, i64 30, i64 %246
  store i32 %266, ptr %267, align 4, !tbaa !4
  %268 = getelementptr inbounds [37 x i32], ptr @A, i64 %246, i64 31
  %269 = load i32, ptr %268, align 4, !tbaa !4
  %270 = getelementptr inbounds [45 x i32], ptr @ATB, i64 31, i64 %246
  store i32 %269, ptr %270, align 4, !tbaa !4
  %271 = add nuw nsw i64 %246, 1
  %272 = icmp ult i64 %271, %184
  %273 = icmp ult i64 %246, 44
  %274 = and i1 %273, %272
  br i1 %274, label %245, label %275, !llvm.loop !14

275:                                              ; preds = %245, %275
  %276 = phi i64 [ %292, %275 ], [ %183, %245 ]
  %277 = getelementptr inbounds [37 x i32], ptr @A, i64 %276, i64 32
  %278 = load i32, ptr %277, align 4, !tbaa !4
  %279 = getelementptr inbounds [45 x i32], ptr @ATB, i64 32, i64 %276
  store i32 %278, ptr %279, align 4, !tbaa !4
  %280 = getelementptr inbounds [37 x i32], ptr @A, i64 %276, i64 33
  %281 = load i32, ptr %280, align 4, !tbaa !4
  %282 = getelementptr inbounds [45 x i32], ptr @ATB, i64 33, i64 %276
  store i32 %281, ptr %282, align 4, !tbaa !4
  %283 = getelementptr inbounds [37 x i32], ptr @A, i64 %276, i64 34
  %284 = load i32, ptr %283, align 4, !tbaa !4
  %285 = getelementptr inbounds [45 x i32], ptr @ATB, i64 34, i64 %276
  store i32 %284, ptr %285, align 4, !tbaa !4
  %286 = getelementptr inbounds [37 x i32], ptr @A, i64 %276, i64 35
  %287 = load i32, ptr %286, align 4, !tbaa !4
  %288 = getelementptr inbounds [45 x i32], ptr @ATB, i64 35, i64 %276
  store i32 %287, ptr %288, align 4, !tbaa !4
  %289 = getelementptr inbounds [37 x i32], ptr @A, i64 %276, i64 36
  %290 = load i32, ptr %289, align 4, !tbaa !4
  %291 = getelementptr inbounds [45 x i32], ptr @ATB, i64 36, i64 %276
  store i32 %290, ptr %291, align 4, !tbaa !4
  %292 = add nuw nsw i64 %276, 1
  %293 = icmp ult i64 %292, %184
  %294 = icmp ult i64 %276, 44
  %295 = and i1 %294, %293
  br i1 %295, label %275, label %296, !llvm.loop !14

296:                                              ; preds = %275
  %297 = icmp ult i64 %183, 37
  br i1 %297, label %182, label %328, !llvm.loop !15

298:                                              ; preds = %298, %182
  %299 = phi i64 [ %183, %182 ], [ %324, %298 ]
  %300 = getelementptr inbounds [37 x i32], ptr @A, i64 %299, i64 0
  %301 = load i32, ptr %300, align 4, !tbaa !4
  %302 = getelementptr inbounds [45 x i32], ptr @ATB, i64 0, i64 %299
  store i32 %301, ptr %302, align 4, !tbaa !4
  %303 = getelementptr inbounds [37 x i32], ptr @A, i64 %299, i64 1
  %304 = load i32, ptr %303, align 4, !tbaa !4
  %305 = getelementptr inbounds [45 x i32], ptr @ATB, i64 1, i64 %299
  store i32 %304, ptr %305, align 4, !tbaa !4
  %306 = getelementptr inbounds [37 x i32], ptr @A, i64 %299, i64 2
  %307 = load i32, ptr %306, align 4, !tbaa !4
  %308 = getelementptr inbounds [45 x i32], ptr @ATB, i64 2, i64 %299
  store i32 %307, ptr %308, align 4, !tbaa !4
  %309 = getelementptr inbounds [37 x i32], ptr @A, i64 %299, i64 3
  %310 = load i32, ptr %309, align 4, !tbaa !4
  %311 = getelementptr inbounds [45 x i32], ptr @ATB, i64 3, i64 %299
  store i32 %310, ptr %311, align 4, !tbaa !4
  %312 = getelementptr inbounds [37 x i32], ptr @A, i64 %299, i64 4
  %313 = load i32, ptr %312, align 4, !tbaa !4
  %314 = getelementptr inbounds [45 x i32], ptr @ATB, i64 4, i64 %299
  store i32 %313, ptr %314, align 4, !tbaa !4
  %315 = getelementptr inbounds [37 x i32], ptr @A, i64 %299, i64 5
  %316 = load i32, ptr %315, align 4, !tbaa !4
  %317 = getelementptr inbounds [45 x i32], ptr @ATB, i64 5, i64 %299
  store i32 %316, ptr %317, align 4, !tbaa !4
  %318 = getelementptr inbounds [37 x i32], ptr @A, i64 %299, i64 6
  %319 = load i32, ptr %318, align 4, !tbaa !4
  %320 = getelementptr inbounds [45 x i32], ptr @ATB, i64 6, i64 %299
  store i32 %319, ptr %320, align 4, !tbaa !4
  %321 = getelementptr inbounds [37 x i32], ptr @A, i64 %299, i64 7
  %322 = load i32, ptr %321, align 4, !tbaa !4
  %323 = getelementptr inbounds [45 x i32], ptr @ATB, i64 7, i64 %299
  store i32 %322, ptr %323, align 4, !tbaa !4
  %324 = add nuw nsw i64 %299, 1
  %325 = icmp ult i64 %324, %184
  %326 = icmp ult i64 %299, 44
  %327 = and i1 %326, %325
  br i1 %327, label %298, label %185, !llvm.loop !14

328:                                              ; preds = %296, %363
  %329 = phi i64 [ %379, %363 ], [ 0, %296 ]
  br label %330

330:                                              ; preds = %330, %328
  %331 = phi i64 [ 0, %328 ], [ %357, %330 ]
  %332 = or i64 %331, 1
  %333 = or i64 %331, 2
  %334 = or i64 %331, 3
  %335 = or i64 %331, 4
  %336 = or i64 %331, 5
  %337 = or i64 %331, 6
  %338 = or i64 %331, 7
  %339 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 %331
  %340 = load <8 x i32>, ptr %339, align 4, !tbaa !4
  %341 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %331, i64 %329
  %342 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %332, i64 %329
  %343 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %333, i64 %329
  %344 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %334, i64 %329
  %345 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %335, i64 %329
  %346 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %336, i64 %329
  %347 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %337, i64 %329
  %348 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %338, i64 %329
  %349 = extractelement <8 x i32> %340, i64 0
  store i32 %349, ptr %341, align 4, !tbaa !4
  %350 = extractelement <8 x i32> %340, i64 1
  store i32 %350, ptr %342, align 4, !tbaa !4
  %351 = extractelement <8 x i32> %340, i64 2
  store i32 %351, ptr %343, align 4, !tbaa !4
  %352 = extractelement <8 x i32> %340, i64 3
  store i32 %352, ptr %344, align 4, !tbaa !4
  %353 = extractelement <8 x i32> %340, i64 4
  store i32 %353, ptr %345, align 4, !tbaa !4
  %354 = extractelement <8 x i32> %340, i64 5
  store i32 %354, ptr %346, align 4, !tbaa !4
  %355 = extractelement <8 x i32> %340, i64 6
  store i32 %355, ptr %347, align 4, !tbaa !4
  %356 = extractelement <8 x i32> %340, i64 7
  store i32 %356, ptr %348, align 4, !tbaa !4
  %357 = add nuw i64 %331, 8
  %358 = icmp eq i64 %357, 40
  br i1 %358, label %363, label %330, !llvm.loop !16

359:                                              ; preds = %363
  %360 = load i32, ptr @AT, align 16, !tbaa !4
  %361 = load i32, ptr @ATB, align 16, !tbaa !4
  %362 = icmp eq i32 %360, %361
  br i1 %362, label %381, label %422

363:                                              ; preds = %330
  %364 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 40
  %365 = load i32, ptr %364, align 4, !tbaa !4
  %366 = getelementptr inbounds [37 x i32], ptr @ATT, i64 40, i64 %329
  store i32 %365, ptr %366, align 4, !tbaa !4
  %367 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 41
  %368 = load i32, ptr %367, align 4, !tbaa !4
  %369 = getelementptr inbounds [37 x i32], ptr @ATT, i64 41, i64 %329
  store i32 %368, ptr %369, align 4, !tbaa !4
  %370 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 42
  %371 = load i32, ptr %370, align 4, !tbaa !4
  %372 = getelementptr inbounds [37 x i32], ptr @ATT, i64 42, i64 %329
  store i32 %371, ptr %372, align 4, !tbaa !4
  %373 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 43
  %374 = load i32, ptr %373, align 4, !tbaa !4
  %375 = getelementptr inbounds [37 x i32], ptr @ATT, i64 43, i64 %329
  store i32 %374, ptr %375, align 4, !tbaa !4
  %376 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 44
  %377 = load i32, ptr %376, align 4, !tbaa !4
  %378 = getelementptr inbounds [37 x i32], ptr @ATT, i64 44, i64 %329
  store i32 %377, ptr %378, align 4, !tbaa !4
  %379 = add nuw nsw i64 %329, 1
  %380 = icmp eq i64 %379, 37
  br i1 %380, label %359, label %328, !llvm.loop !19

381:                                              ; preds = %359, %413
  %382 = phi i64 [ %411, %413 ], [ 0, %359 ]
  %383 = add nuw nsw i64 %382, 1
  %384 = getelementptr inbounds i32, ptr @AT, i64 %383
  %385 = load i32, ptr %384, align 4, !tbaa !4
  %386 = getelementptr inbounds i32, ptr @ATB, i64 %383
  %387 = load i32, ptr %386, align 4, !tbaa !4
  %388 = icmp eq i32 %385, %387
  br i1 %388, label %389, label %419, !llvm.loop !20

389:                                              ; preds = %381
  %390 = add nuw nsw i64 %382, 2
  %391 = getelementptr inbounds i32, ptr @AT, i64 %390
  %392 = load i32, ptr %391, align 4, !tbaa !4
  %393 = getelementptr inbounds i32, ptr @ATB, i64 %390
  %394 = load i32, ptr %393, align 4, !tbaa !4
  %395 = icmp eq i32 %392, %394
  br i1 %395, label %396, label %419, !llvm.loop !20

396:                                              ; preds = %389
  %397 = add nuw nsw i64 %382, 3
  %398 = getelementptr inbounds i32, ptr @AT, i64 %397
  %399 = load i32, ptr %398, align 4, !tbaa !4
  %400 = getelementptr inbounds i32, ptr @ATB, i64 %397
  %401 = load i32, ptr %400, align 4, !tbaa !4
  %402 = icmp eq i32 %399, %401
  br i1 %402, label %403, label %419, !llvm.loop !20

403:                                              ; preds = %396
  %404 = add nuw nsw i64 %382, 4
  %405 = getelementptr inbounds i32, ptr @AT, i64 %404
  %406 = load i32, ptr %405, align 4, !tbaa !4
  %407 = getelementptr inbounds i32, ptr @ATB, i64 %404
  %408 = load i32, ptr %407, align 4, !tbaa !4
  %409 = icmp eq i32 %406, %408
  br i1 %409, label %410, label %419, !llvm.loop !20

410:                                              ; preds = %403
  %411 = add nuw nsw i64 %382, 5
  %412 = icmp eq i64 %411, 1665
  br i1 %412, label %419, label %413, !llvm.loop !20

413:                                              ; preds = %410
  %414 = getelementptr inbounds i32, ptr @AT, i64 %411
  %415 = load i32, ptr %414, align 4, !tbaa !4
  %416 = getelementptr inbounds i32, ptr @ATB, i64 %411
  %417 = load i32, ptr %416, align 4, !tbaa !4
  %418 = icmp eq i32 %415, %417
  br i1 %418, label %381, label %419, !llvm.loop !20

419:                                              ; preds = %413, %410, %403, %396, %389, %381
  %420 = phi i64 [ %382, %381 ], [ %383, %389 ], [ %390, %396 ], [ %397, %403 ], [ %404, %410 ], [ %404, %413 ]
  %421 = icmp ult i64 %420, 1664
  br label %422

422:                                              ; preds = %419, %359
  %423 = phi i1 [ true, %359 ], [ %421, %419 ]
  %424 = zext i1 %423 to i64
  %425 = add i64 %89, %424
  %426 = load i32, ptr @ATT, align 16, !tbaa !4
  %427 = load i32, ptr @A, align 16, !tbaa !4
  %428 = icmp eq i32 %426, %427
  br i1 %428, label %429, label %470

429:                                              ; preds = %422, %461
  %430 = phi i64 [ %459, %461 ], [ 0, %422 ]
  %431 = add nuw nsw i64 %430, 1
  %432 = getelementptr inbounds i32, ptr @ATT, i64 %431
  %433 = load i32, ptr %432, align 4, !tbaa !4
  %434 = getelementptr inbounds i32, ptr @A, i64 %431
  %435 = load i32, ptr %434, align 4, !tbaa !4
  %436 = icmp eq i32 %433, %435
  br i1 %436, label %437, label %467, !llvm.loop !20

437:                                              ; preds = %429
  %438 = add nuw nsw i64 %430, 2
  %439 = getelementptr inbounds i32, ptr @ATT, i64 %438
  %440 = load i32, ptr %439, align 4, !tbaa !4
  %441 = getelementptr inbounds i32, ptr @A, i64 %438
  %442 = load i32, ptr %441, align 4, !tbaa !4
  %443 = icmp eq i32 %440, %442
  br i1 %443, label %444, label %467, !llvm.loop !20

444:                                              ; preds = %437
  %445 = add nuw nsw i64 %430, 3
  %446 = getelementptr inbounds i32, ptr @ATT, i64 %445
  %447 = load i32, ptr %446, align 4, !tbaa !4
  %448 = getelementptr inbounds i32, ptr @A, i64 %445
  %449 = load i32, ptr %448, align 4, !tbaa !4
  %450 = icmp eq i32 %447, %449
  br i1 %450, label %451, label %467, !llvm.loop !20

451:                                              ; preds = %444
  %452 = add nuw nsw i64 %430, 4
  %453 = getelementptr inbounds i32, ptr @ATT, i64 %452
  %454 = load i32, ptr %453, align 4, !tbaa !4
  %455 = getelementptr inbounds i32, ptr @A, i64 %452
  %456 = load i32, ptr %455, align 4, !tbaa !4
  %457 = icmp eq i32 %454, %456
  br i1 %457, label %458, label %467, !llvm.loop !20

458:                                              ; preds = %451
  %459 = add nuw nsw i64 %430, 5
  %460 = icmp eq i64 %459, 1665
  br i1 %460, label %467, label %461, !llvm.loop !20

461:                                              ; preds = %458
  %462 = getelementptr inbounds i32, ptr @ATT, i64 %459
  %463 = load i32, ptr %462, align 4, !tbaa !4
  %464 = getelementptr inbounds i32, ptr @A, i64 %459
  %465 = load i32, ptr %464, align 4, !tbaa !4
  %466 = icmp eq i32 %463, %465
  br i1 %466, label %429, label %467, !llvm.loop !20

467:                                              ; preds = %461, %458, %451, %444, %437, %429
  %468 = phi i64 [ %430, %429 ], [ %431, %437 ], [ %438, %444 ], [ %445, %451 ], [ %452, %458 ], [ %452, %461 ]
  %469 = icmp ult i64 %468, 1664
  br i1 %469, label %470, label %471

470:                                              ; preds = %422, %467
  br label %471

471:                                              ; preds = %467, %470
  %472 = phi i64 [ 2, %470 ], [ 0, %467 ]
  %473 = add i64 %425, %472
  br label %474

474:                                              ; preds = %471, %479
  %475 = phi i64 [ 0, %471 ], [ %477, %479 ]
  %476 = phi i64 [ %473, %471 ], [ %517, %479 ]
  %477 = add nuw nsw i64 %475, 1
  %478 = trunc i64 %477 to i32
  br label %481

479:                                              ; preds = %481
  %480 = icmp eq i64 %477, 37
  br i1 %480, label %520, label %474, !llvm.loop !21

481:                                              ; preds = %481, %474
  %482 = phi i64 [ 0, %474 ], [ %518, %481 ]
  %483 = phi i64 [ %476, %474 ], [ %517, %481 ]
  %484 = mul i64 %483, 31
  %485 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %475, i64 %482
  %486 = load i32, ptr %485, align 4, !tbaa !4
  %487 = mul i32 %486, %478
  %488 = zext i32 %487 to i64
  %489 = add i64 %484, %488
  %490 = add nuw nsw i64 %482, 1
  %491 = mul i64 %489, 31
  %492 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %475, i64 %490
  %493 = load i32, ptr %492, align 4, !tbaa !4
  %494 = mul i32 %493, %478
  %495 = zext i32 %494 to i64
  %496 = add i64 %491, %495
  %497 = add nuw nsw i64 %482, 2
  %498 = mul i64 %496, 31
  %499 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %475, i64 %497
  %500 = load i32, ptr %499, align 4, !tbaa !4
  %501 = mul i32 %500, %478
  %502 = zext i32 %501 to i64
  %503 = add i64 %498, %502
  %504 = add nuw nsw i64 %482, 3
  %505 = mul i64 %503, 31
  %506 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %475, i64 %504
  %507 = load i32, ptr %506, align 4, !tbaa !4
  %508 = mul i32 %507, %478
  %509 = zext i32 %508 to i64
  %510 = add i64 %505, %509
  %511 = add nuw nsw i64 %482, 4
  %512 = mul i64 %510, 31
  %513 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %475, i64 %511
  %514 = load i32, ptr %513, align 4, !tbaa !4
  %515 = mul i32 %514, %478
  %516 = zext i32 %515 to i64
  %517 = add i64 %512, %516
  %518 = add nuw nsw i64 %482, 5
  %519 = icmp eq i64 %518, 45
  br i1 %519, label %479, label %481, !llvm.loop !22

520:                                              ; preds = %479, %600
  %521 = phi i64 [ %641, %600 ], [ 0, %479 ]
  br label %522

522:                                              ; preds = %522, %520
  %523 = phi i64 [ 0, %520 ], [ %561, %522 ]
  %524 = or i64 %523, 1
  %525 = or i64 %523, 2
  %526 = or i64 %523, 3
  %527 = or i64 %523, 4
  %528 = or i64 %523, 5
  %529 = or i64 %523, 6
  %530 = or i64 %523, 7
  %531 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %521, i64 %523
  %532 = load <8 x i32>, ptr %531, align 4, !tbaa !4
  %533 = mul nsw <8 x i32> %532, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %534 = srem <8 x i32> %533, <i32 1000, i32 1000, i32 1000, i32 1000, i32 1000, i32 1000, i32 1000, i32 1000>
  %535 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %523, i64 %521
  %536 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %524, i64 %521
  %537 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %525, i64 %521
  %538 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %526, i64 %521
  %539 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %527, i64 %521
  %540 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %528, i64 %521
  %541 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %529, i64 %521
  %542 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %530, i64 %521
  %543 = load i32, ptr %535, align 4, !tbaa !4
  %544 = load i32, ptr %536, align 4, !tbaa !4
  %545 = load i32, ptr %537, align 4, !tbaa !4
  %546 = load i32, ptr %538, align 4, !tbaa !4
  %547 = load i32, ptr %539, align 4, !tbaa !4
  %548 = load i32, ptr %540, align 4, !tbaa !4
  %549 = load i32, ptr %541, align 4, !tbaa !4
  %550 = load i32, ptr %542, align 4, !tbaa !4
  %551 = insertelement <8 x i32> poison, i32 %543, i64 0
  %552 = insertelement <8 x i32> %551, i32 %544, i64 1
  %553 = insertelement <8 x i32> %552, i32 %545, i64 2
  %554 = insertelement <8 x i32> %553, i32 %546, i64 3
  %555 = insertelement <8 x i32> %554, i32 %547, i64 4
  %556 = insertelement <8 x i32> %555, i32 %548, i64 5
  %557 = insertelement <8 x i32> %556, i32 %549, i64 6
  %558 = insertelement <8 x i32> %557, i32 %550, i64 7
  %559 = sdiv <8 x i32> %558, <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %560 = add nsw <8 x i32> %534, %559
  store <8 x i32> %560, ptr %531, align 4, !tbaa !4
  %561 = add nuw i64 %523, 8
  %562 = icmp eq i64 %561, 32
  br i1 %562, label %600, label %522, !llvm.loop !23

563:                                              ; preds = %584, %579
  %564 = add nuw nsw i64 %581, 1
  %565 = icmp eq i64 %582, 33
  br i1 %565, label %592, label %566, !llvm.loop !24

566:                                              ; preds = %563
  %567 = add nuw nsw i64 %580, 2
  %568 = icmp ult i64 %582, 32
  br i1 %568, label %569, label %577

569:                                              ; preds = %566, %569
  %570 = phi i64 [ %575, %569 ], [ %564, %566 ]
  %571 = getelementptr inbounds [33 x float], ptr @S, i64 %582, i64 %570
  %572 = load float, ptr %571, align 4, !tbaa !10
  %573 = getelementptr inbounds [33 x float], ptr @S, i64 %570, i64 %582
  %574 = load float, ptr %573, align 4, !tbaa !10
  store float %574, ptr %571, align 4, !tbaa !10
  store float %572, ptr %573, align 4, !tbaa !10
  %575 = add nuw nsw i64 %570, 1
  %576 = icmp eq i64 %575, 33
  br i1 %576, label %577, label %569, !llvm.loop !25

577:                                              ; preds = %569, %566
  %578 = add nuw nsw i64 %581, 2
  br label %579

579:                                              ; preds = %600, %577
  %580 = phi i64 [ %567, %577 ], [ 0, %600 ]
  %581 = phi i64 [ %578, %577 ], [ 1, %600 ]
  %582 = or i64 %580, 1
  %583 = icmp ult i64 %580, 32
  br i1 %583, label %584, label %563

584:                                              ; preds = %579, %584
  %585 = phi i64 [ %590, %584 ], [ %581, %579 ]
  %586 = getelementptr inbounds [33 x float], ptr @S, i64 %580, i64 %585
  %587 = load float, ptr %586, align 4, !tbaa !10
  %588 = getelementptr inbounds [33 x float], ptr @S, i64 %585, i64 %580
  %589 = load float, ptr %588, align 4, !tbaa !10
  store float %589, ptr %586, align 4, !tbaa !10
  store float %587, ptr %588, align 4, !tbaa !10
  %590 = add nuw nsw i64 %585, 1
  %591 = icmp eq i64 %590, 33
  br i1 %591, label %563, label %584, !llvm.loop !25

592:                                              ; preds = %563
  %593 = add nuw nsw i64 %88, 5
  %594 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %88, i64 %593
  %595 = load i32, ptr %594, align 4
  %596 = zext i32 %595 to i64
  %597 = xor i64 %517, %596
  %598 = add nuw nsw i64 %88, 1
  %599 = icmp eq i64 %598, 6
  br i1 %599, label %90, label %87, !llvm.loop !26

600:                                              ; preds = %522
  %601 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %521, i64 32
  %602 = load i32, ptr %601, align 4, !tbaa !4
  %603 = mul nsw i32 %602, 3
  %604 = srem i32 %603, 1000
  %605 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 32, i64 %521
  %606 = load i32, ptr %605, align 4, !tbaa !4
  %607 = sdiv i32 %606, 7
  %608 = add nsw i32 %604, %607
  store i32 %608, ptr %601, align 4, !tbaa !4
  %609 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %521, i64 33
  %610 = load i32, ptr %609, align 4, !tbaa !4
  %611 = mul nsw i32 %610, 3
  %612 = srem i32 %611, 1000
  %613 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 33, i64 %521
  %614 = load i32, ptr %613, align 4, !tbaa !4
  %615 = sdiv i32 %614, 7
  %616 = add nsw i32 %612, %615
  store i32 %616, ptr %609, align 4, !tbaa !4
  %617 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %521, i64 34
  %618 = load i32, ptr %617, align 4, !tbaa !4
  %619 = mul nsw i32 %618, 3
  %620 = srem i32 %619, 1000
  %621 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 34, i64 %521
  %622 = load i32, ptr %621, align 4, !tbaa !4
  %623 = sdiv i32 %622, 7
  %624 = add nsw i32 %620, %623
  store i32 %624, ptr %617, align 4, !tbaa !4
  %625 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %521, i64 35
  %626 = load i32, ptr %625, align 4, !tbaa !4
  %627 = mul nsw i32 %626, 3
  %628 = srem i32 %627, 1000
  %629 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 35, i64 %521
  %630 = load i32, ptr %629, align 4, !tbaa !4
  %631 = sdiv i32 %630, 7
  %632 = add nsw i32 %628, %631
  store i32 %632, ptr %625, align 4, !tbaa !4
  %633 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %521, i64 36
  %634 = load i32, ptr %633, align 4, !tbaa !4
  %635 = mul nsw i32 %634, 3
  %636 = srem i32 %635, 1000
  %637 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 36, i64 %521
  %638 = load i32, ptr %637, align 4, !tbaa !4
  %639 = sdiv i32 %638, 7
  %640 = add nsw i32 %636, %639
  store i32 %640, ptr %633, align 4, !tbaa !4
  %641 = add nuw nsw i64 %521, 1
  %642 = icmp eq i64 %641, 45
  br i1 %642, label %579, label %520, !llvm.loop !27
}

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }

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
!10 = !{!11, !11, i64 0}
!11 = !{!"float", !6, i64 0}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9, !17, !18}
!17 = !{!"llvm.loop.isvectorized", i32 1}
!18 = !{!"llvm.loop.unroll.runtime.disable"}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9}
!23 = distinct !{!23, !9, !17, !18}
!24 = distinct !{!24, !9}
!25 = distinct !{!25, !9}
!26 = distinct !{!26, !9}
!27 = distinct !{!27, !9}
