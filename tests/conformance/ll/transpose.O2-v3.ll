; ModuleID = 'transpose.c'
source_filename = "transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 77, align 4
@A = internal global [45 x [37 x i32]] zeroinitializer, align 16
@S = internal unnamed_addr global [33 x [33 x float]] zeroinitializer, align 16
@AT = internal global [37 x [45 x i32]] zeroinitializer, align 16
@ATB = internal global [37 x [45 x i32]] zeroinitializer, align 16
@ATT = internal global [45 x [37 x i32]] zeroinitializer, align 16

; Function Attrs: nofree nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
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

87:                                               ; preds = %51, %504
  %88 = phi i64 [ %510, %504 ], [ 0, %51 ]
  %89 = phi i64 [ %509, %504 ], [ 0, %51 ]
  br label %91

90:                                               ; preds = %504
  ret i64 %509

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

328:                                              ; preds = %296, %359
  %329 = phi i64 [ %375, %359 ], [ 0, %296 ]
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
  br i1 %358, label %359, label %330, !llvm.loop !16

359:                                              ; preds = %330
  %360 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 40
  %361 = load i32, ptr %360, align 4, !tbaa !4
  %362 = getelementptr inbounds [37 x i32], ptr @ATT, i64 40, i64 %329
  store i32 %361, ptr %362, align 4, !tbaa !4
  %363 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 41
  %364 = load i32, ptr %363, align 4, !tbaa !4
  %365 = getelementptr inbounds [37 x i32], ptr @ATT, i64 41, i64 %329
  store i32 %364, ptr %365, align 4, !tbaa !4
  %366 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 42
  %367 = load i32, ptr %366, align 4, !tbaa !4
  %368 = getelementptr inbounds [37 x i32], ptr @ATT, i64 42, i64 %329
  store i32 %367, ptr %368, align 4, !tbaa !4
  %369 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 43
  %370 = load i32, ptr %369, align 4, !tbaa !4
  %371 = getelementptr inbounds [37 x i32], ptr @ATT, i64 43, i64 %329
  store i32 %370, ptr %371, align 4, !tbaa !4
  %372 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %329, i64 44
  %373 = load i32, ptr %372, align 4, !tbaa !4
  %374 = getelementptr inbounds [37 x i32], ptr @ATT, i64 44, i64 %329
  store i32 %373, ptr %374, align 4, !tbaa !4
  %375 = add nuw nsw i64 %329, 1
  %376 = icmp eq i64 %375, 37
  br i1 %376, label %377, label %328, !llvm.loop !19

377:                                              ; preds = %359
  %378 = tail call i32 @bcmp(ptr noundef nonnull dereferenceable(6660) @AT, ptr noundef nonnull dereferenceable(6660) @ATB, i64 6660)
  %379 = icmp ne i32 %378, 0
  %380 = zext i1 %379 to i64
  %381 = add i64 %89, %380
  %382 = tail call i32 @bcmp(ptr noundef nonnull dereferenceable(6660) @ATT, ptr noundef nonnull dereferenceable(6660) @A, i64 6660)
  %383 = icmp eq i32 %382, 0
  %384 = select i1 %383, i64 0, i64 2
  %385 = add i64 %381, %384
  br label %386

386:                                              ; preds = %377, %391
  %387 = phi i64 [ 0, %377 ], [ %389, %391 ]
  %388 = phi i64 [ %385, %377 ], [ %429, %391 ]
  %389 = add nuw nsw i64 %387, 1
  %390 = trunc i64 %389 to i32
  br label %393

391:                                              ; preds = %393
  %392 = icmp eq i64 %389, 37
  br i1 %392, label %432, label %386, !llvm.loop !20

393:                                              ; preds = %393, %386
  %394 = phi i64 [ 0, %386 ], [ %430, %393 ]
  %395 = phi i64 [ %388, %386 ], [ %429, %393 ]
  %396 = mul i64 %395, 31
  %397 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %387, i64 %394
  %398 = load i32, ptr %397, align 4, !tbaa !4
  %399 = mul i32 %398, %390
  %400 = zext i32 %399 to i64
  %401 = add i64 %396, %400
  %402 = add nuw nsw i64 %394, 1
  %403 = mul i64 %401, 31
  %404 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %387, i64 %402
  %405 = load i32, ptr %404, align 4, !tbaa !4
  %406 = mul i32 %405, %390
  %407 = zext i32 %406 to i64
  %408 = add i64 %403, %407
  %409 = add nuw nsw i64 %394, 2
  %410 = mul i64 %408, 31
  %411 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %387, i64 %409
  %412 = load i32, ptr %411, align 4, !tbaa !4
  %413 = mul i32 %412, %390
  %414 = zext i32 %413 to i64
  %415 = add i64 %410, %414
  %416 = add nuw nsw i64 %394, 3
  %417 = mul i64 %415, 31
  %418 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %387, i64 %416
  %419 = load i32, ptr %418, align 4, !tbaa !4
  %420 = mul i32 %419, %390
  %421 = zext i32 %420 to i64
  %422 = add i64 %417, %421
  %423 = add nuw nsw i64 %394, 4
  %424 = mul i64 %422, 31
  %425 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %387, i64 %423
  %426 = load i32, ptr %425, align 4, !tbaa !4
  %427 = mul i32 %426, %390
  %428 = zext i32 %427 to i64
  %429 = add i64 %424, %428
  %430 = add nuw nsw i64 %394, 5
  %431 = icmp eq i64 %430, 45
  br i1 %431, label %391, label %393, !llvm.loop !21

432:                                              ; preds = %391, %512
  %433 = phi i64 [ %553, %512 ], [ 0, %391 ]
  br label %434

434:                                              ; preds = %434, %432
  %435 = phi i64 [ 0, %432 ], [ %473, %434 ]
  %436 = or i64 %435, 1
  %437 = or i64 %435, 2
  %438 = or i64 %435, 3
  %439 = or i64 %435, 4
  %440 = or i64 %435, 5
  %441 = or i64 %435, 6
  %442 = or i64 %435, 7
  %443 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %433, i64 %435
  %444 = load <8 x i32>, ptr %443, align 4, !tbaa !4
  %445 = mul nsw <8 x i32> %444, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %446 = srem <8 x i32> %445, <i32 1000, i32 1000, i32 1000, i32 1000, i32 1000, i32 1000, i32 1000, i32 1000>
  %447 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %435, i64 %433
  %448 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %436, i64 %433
  %449 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %437, i64 %433
  %450 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %438, i64 %433
  %451 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %439, i64 %433
  %452 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %440, i64 %433
  %453 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %441, i64 %433
  %454 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %442, i64 %433
  %455 = load i32, ptr %447, align 4, !tbaa !4
  %456 = load i32, ptr %448, align 4, !tbaa !4
  %457 = load i32, ptr %449, align 4, !tbaa !4
  %458 = load i32, ptr %450, align 4, !tbaa !4
  %459 = load i32, ptr %451, align 4, !tbaa !4
  %460 = load i32, ptr %452, align 4, !tbaa !4
  %461 = load i32, ptr %453, align 4, !tbaa !4
  %462 = load i32, ptr %454, align 4, !tbaa !4
  %463 = insertelement <8 x i32> poison, i32 %455, i64 0
  %464 = insertelement <8 x i32> %463, i32 %456, i64 1
  %465 = insertelement <8 x i32> %464, i32 %457, i64 2
  %466 = insertelement <8 x i32> %465, i32 %458, i64 3
  %467 = insertelement <8 x i32> %466, i32 %459, i64 4
  %468 = insertelement <8 x i32> %467, i32 %460, i64 5
  %469 = insertelement <8 x i32> %468, i32 %461, i64 6
  %470 = insertelement <8 x i32> %469, i32 %462, i64 7
  %471 = sdiv <8 x i32> %470, <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %472 = add nsw <8 x i32> %446, %471
  store <8 x i32> %472, ptr %443, align 4, !tbaa !4
  %473 = add nuw i64 %435, 8
  %474 = icmp eq i64 %473, 32
  br i1 %474, label %512, label %434, !llvm.loop !22

475:                                              ; preds = %496, %491
  %476 = add nuw nsw i64 %493, 1
  %477 = icmp eq i64 %494, 33
  br i1 %477, label %504, label %478, !llvm.loop !23

478:                                              ; preds = %475
  %479 = add nuw nsw i64 %492, 2
  %480 = icmp ult i64 %494, 32
  br i1 %480, label %481, label %489

481:                                              ; preds = %478, %481
  %482 = phi i64 [ %487, %481 ], [ %476, %478 ]
  %483 = getelementptr inbounds [33 x float], ptr @S, i64 %494, i64 %482
  %484 = load float, ptr %483, align 4, !tbaa !10
  %485 = getelementptr inbounds [33 x float], ptr @S, i64 %482, i64 %494
  %486 = load float, ptr %485, align 4, !tbaa !10
  store float %486, ptr %483, align 4, !tbaa !10
  store float %484, ptr %485, align 4, !tbaa !10
  %487 = add nuw nsw i64 %482, 1
  %488 = icmp eq i64 %487, 33
  br i1 %488, label %489, label %481, !llvm.loop !24

489:                                              ; preds = %481, %478
  %490 = add nuw nsw i64 %493, 2
  br label %491

491:                                              ; preds = %512, %489
  %492 = phi i64 [ %479, %489 ], [ 0, %512 ]
  %493 = phi i64 [ %490, %489 ], [ 1, %512 ]
  %494 = or i64 %492, 1
  %495 = icmp ult i64 %492, 32
  br i1 %495, label %496, label %475

496:                                              ; preds = %491, %496
  %497 = phi i64 [ %502, %496 ], [ %493, %491 ]
  %498 = getelementptr inbounds [33 x float], ptr @S, i64 %492, i64 %497
  %499 = load float, ptr %498, align 4, !tbaa !10
  %500 = getelementptr inbounds [33 x float], ptr @S, i64 %497, i64 %492
  %501 = load float, ptr %500, align 4, !tbaa !10
  store float %501, ptr %498, align 4, !tbaa !10
  store float %499, ptr %500, align 4, !tbaa !10
  %502 = add nuw nsw i64 %497, 1
  %503 = icmp eq i64 %502, 33
  br i1 %503, label %475, label %496, !llvm.loop !24

504:                                              ; preds = %475
  %505 = add nuw nsw i64 %88, 5
  %506 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %88, i64 %505
  %507 = load i32, ptr %506, align 4
  %508 = zext i32 %507 to i64
  %509 = xor i64 %429, %508
  %510 = add nuw nsw i64 %88, 1
  %511 = icmp eq i64 %510, 6
  br i1 %511, label %90, label %87, !llvm.loop !25

512:                                              ; preds = %434
  %513 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %433, i64 32
  %514 = load i32, ptr %513, align 4, !tbaa !4
  %515 = mul nsw i32 %514, 3
  %516 = srem i32 %515, 1000
  %517 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 32, i64 %433
  %518 = load i32, ptr %517, align 4, !tbaa !4
  %519 = sdiv i32 %518, 7
  %520 = add nsw i32 %516, %519
  store i32 %520, ptr %513, align 4, !tbaa !4
  %521 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %433, i64 33
  %522 = load i32, ptr %521, align 4, !tbaa !4
  %523 = mul nsw i32 %522, 3
  %524 = srem i32 %523, 1000
  %525 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 33, i64 %433
  %526 = load i32, ptr %525, align 4, !tbaa !4
  %527 = sdiv i32 %526, 7
  %528 = add nsw i32 %524, %527
  store i32 %528, ptr %521, align 4, !tbaa !4
  %529 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %433, i64 34
  %530 = load i32, ptr %529, align 4, !tbaa !4
  %531 = mul nsw i32 %530, 3
  %532 = srem i32 %531, 1000
  %533 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 34, i64 %433
  %534 = load i32, ptr %533, align 4, !tbaa !4
  %535 = sdiv i32 %534, 7
  %536 = add nsw i32 %532, %535
  store i32 %536, ptr %529, align 4, !tbaa !4
  %537 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %433, i64 35
  %538 = load i32, ptr %537, align 4, !tbaa !4
  %539 = mul nsw i32 %538, 3
  %540 = srem i32 %539, 1000
  %541 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 35, i64 %433
  %542 = load i32, ptr %541, align 4, !tbaa !4
  %543 = sdiv i32 %542, 7
  %544 = add nsw i32 %540, %543
  store i32 %544, ptr %537, align 4, !tbaa !4
  %545 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %433, i64 36
  %546 = load i32, ptr %545, align 4, !tbaa !4
  %547 = mul nsw i32 %546, 3
  %548 = srem i32 %547, 1000
  %549 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 36, i64 %433
  %550 = load i32, ptr %549, align 4, !tbaa !4
  %551 = sdiv i32 %550, 7
  %552 = add nsw i32 %548, %551
  store i32 %552, ptr %545, align 4, !tbaa !4
  %553 = add nuw nsw i64 %433, 1
  %554 = icmp eq i64 %553, 45
  br i1 %554, label %491, label %432, !llvm.loop !26
}

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #1

attributes #0 = { nofree nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nofree nounwind willreturn memory(argmem: read) }

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
!22 = distinct !{!22, !9, !17, !18}
!23 = distinct !{!23, !9}
!24 = distinct !{!24, !9}
!25 = distinct !{!25, !9}
!26 = distinct !{!26, !9}
