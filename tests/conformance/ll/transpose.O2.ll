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
  %3 = phi i64 [ 0, %0 ], [ %49, %2 ]
  %4 = trunc i64 %3 to i32
  %5 = mul i32 %4, 131
  %6 = add i32 %5, %1
  %7 = insertelement <4 x i32> poison, i32 %6, i64 0
  %8 = shufflevector <4 x i32> %7, <4 x i32> poison, <4 x i32> zeroinitializer
  %9 = add <4 x i32> %8, <i32 0, i32 17, i32 34, i32 51>
  %10 = srem <4 x i32> %9, <i32 1009, i32 1009, i32 1009, i32 1009>
  %11 = add nsw <4 x i32> %10, <i32 -500, i32 -500, i32 -500, i32 -500>
  %12 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 0
  store <4 x i32> %11, ptr %12, align 4, !tbaa !4
  %13 = add <4 x i32> %8, <i32 68, i32 85, i32 102, i32 119>
  %14 = srem <4 x i32> %13, <i32 1009, i32 1009, i32 1009, i32 1009>
  %15 = add nsw <4 x i32> %14, <i32 -500, i32 -500, i32 -500, i32 -500>
  %16 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 4
  store <4 x i32> %15, ptr %16, align 4, !tbaa !4
  %17 = add <4 x i32> %8, <i32 136, i32 153, i32 170, i32 187>
  %18 = srem <4 x i32> %17, <i32 1009, i32 1009, i32 1009, i32 1009>
  %19 = add nsw <4 x i32> %18, <i32 -500, i32 -500, i32 -500, i32 -500>
  %20 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 8
  store <4 x i32> %19, ptr %20, align 4, !tbaa !4
  %21 = add <4 x i32> %8, <i32 204, i32 221, i32 238, i32 255>
  %22 = srem <4 x i32> %21, <i32 1009, i32 1009, i32 1009, i32 1009>
  %23 = add nsw <4 x i32> %22, <i32 -500, i32 -500, i32 -500, i32 -500>
  %24 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 12
  store <4 x i32> %23, ptr %24, align 4, !tbaa !4
  %25 = add <4 x i32> %8, <i32 272, i32 289, i32 306, i32 323>
  %26 = srem <4 x i32> %25, <i32 1009, i32 1009, i32 1009, i32 1009>
  %27 = add nsw <4 x i32> %26, <i32 -500, i32 -500, i32 -500, i32 -500>
  %28 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 16
  store <4 x i32> %27, ptr %28, align 4, !tbaa !4
  %29 = add <4 x i32> %8, <i32 340, i32 357, i32 374, i32 391>
  %30 = srem <4 x i32> %29, <i32 1009, i32 1009, i32 1009, i32 1009>
  %31 = add nsw <4 x i32> %30, <i32 -500, i32 -500, i32 -500, i32 -500>
  %32 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 20
  store <4 x i32> %31, ptr %32, align 4, !tbaa !4
  %33 = add <4 x i32> %8, <i32 408, i32 425, i32 442, i32 459>
  %34 = srem <4 x i32> %33, <i32 1009, i32 1009, i32 1009, i32 1009>
  %35 = add nsw <4 x i32> %34, <i32 -500, i32 -500, i32 -500, i32 -500>
  %36 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 24
  store <4 x i32> %35, ptr %36, align 4, !tbaa !4
  %37 = add <4 x i32> %8, <i32 476, i32 493, i32 510, i32 527>
  %38 = srem <4 x i32> %37, <i32 1009, i32 1009, i32 1009, i32 1009>
  %39 = add nsw <4 x i32> %38, <i32 -500, i32 -500, i32 -500, i32 -500>
  %40 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 28
  store <4 x i32> %39, ptr %40, align 4, !tbaa !4
  %41 = add <4 x i32> %8, <i32 544, i32 561, i32 578, i32 595>
  %42 = srem <4 x i32> %41, <i32 1009, i32 1009, i32 1009, i32 1009>
  %43 = add nsw <4 x i32> %42, <i32 -500, i32 -500, i32 -500, i32 -500>
  %44 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 32
  store <4 x i32> %43, ptr %44, align 4, !tbaa !4
  %45 = add i32 %6, 612
  %46 = srem i32 %45, 1009
  %47 = add nsw i32 %46, -500
  %48 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %3, i64 36
  store i32 %47, ptr %48, align 4, !tbaa !4
  %49 = add nuw nsw i64 %3, 1
  %50 = icmp eq i64 %49, 45
  br i1 %50, label %51, label %2, !llvm.loop !8

51:                                               ; preds = %2
  %52 = sitofp i32 %1 to float
  %53 = insertelement <4 x float> poison, float %52, i64 0
  %54 = shufflevector <4 x float> %53, <4 x float> poison, <4 x i32> zeroinitializer
  br label %55

55:                                               ; preds = %55, %51
  %56 = phi i64 [ 0, %51 ], [ %113, %55 ]
  %57 = insertelement <4 x i64> poison, i64 %56, i64 0
  %58 = shufflevector <4 x i64> %57, <4 x i64> poison, <4 x i32> zeroinitializer
  %59 = trunc <4 x i64> %58 to <4 x i32>
  %60 = add <4 x i32> %59, <i32 0, i32 -1, i32 -2, i32 -3>
  %61 = sitofp <4 x i32> %60 to <4 x float>
  %62 = fmul <4 x float> %61, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %63 = fadd <4 x float> %62, %54
  %64 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %56, i64 0
  store <4 x float> %63, ptr %64, align 4, !tbaa !10
  %65 = trunc <4 x i64> %58 to <4 x i32>
  %66 = add <4 x i32> %65, <i32 -4, i32 -5, i32 -6, i32 -7>
  %67 = sitofp <4 x i32> %66 to <4 x float>
  %68 = fmul <4 x float> %67, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %69 = fadd <4 x float> %68, %54
  %70 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %56, i64 4
  store <4 x float> %69, ptr %70, align 4, !tbaa !10
  %71 = trunc <4 x i64> %58 to <4 x i32>
  %72 = add <4 x i32> %71, <i32 -8, i32 -9, i32 -10, i32 -11>
  %73 = sitofp <4 x i32> %72 to <4 x float>
  %74 = fmul <4 x float> %73, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %75 = fadd <4 x float> %74, %54
  %76 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %56, i64 8
  store <4 x float> %75, ptr %76, align 4, !tbaa !10
  %77 = trunc <4 x i64> %58 to <4 x i32>
  %78 = add <4 x i32> %77, <i32 -12, i32 -13, i32 -14, i32 -15>
  %79 = sitofp <4 x i32> %78 to <4 x float>
  %80 = fmul <4 x float> %79, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %81 = fadd <4 x float> %80, %54
  %82 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %56, i64 12
  store <4 x float> %81, ptr %82, align 4, !tbaa !10
  %83 = trunc <4 x i64> %58 to <4 x i32>
  %84 = add <4 x i32> %83, <i32 -16, i32 -17, i32 -18, i32 -19>
  %85 = sitofp <4 x i32> %84 to <4 x float>
  %86 = fmul <4 x float> %85, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %87 = fadd <4 x float> %86, %54
  %88 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %56, i64 16
  store <4 x float> %87, ptr %88, align 4, !tbaa !10
  %89 = trunc <4 x i64> %58 to <4 x i32>
  %90 = add <4 x i32> %89, <i32 -20, i32 -21, i32 -22, i32 -23>
  %91 = sitofp <4 x i32> %90 to <4 x float>
  %92 = fmul <4 x float> %91, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %93 = fadd <4 x float> %92, %54
  %94 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %56, i64 20
  store <4 x float> %93, ptr %94, align 4, !tbaa !10
  %95 = trunc <4 x i64> %58 to <4 x i32>
  %96 = add <4 x i32> %95, <i32 -24, i32 -25, i32 -26, i32 -27>
  %97 = sitofp <4 x i32> %96 to <4 x float>
  %98 = fmul <4 x float> %97, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %99 = fadd <4 x float> %98, %54
  %100 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %56, i64 24
  store <4 x float> %99, ptr %100, align 4, !tbaa !10
  %101 = trunc <4 x i64> %58 to <4 x i32>
  %102 = add <4 x i32> %101, <i32 -28, i32 -29, i32 -30, i32 -31>
  %103 = sitofp <4 x i32> %102 to <4 x float>
  %104 = fmul <4 x float> %103, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %105 = fadd <4 x float> %104, %54
  %106 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %56, i64 28
  store <4 x float> %105, ptr %106, align 4, !tbaa !10
  %107 = trunc i64 %56 to i32
  %108 = add i32 %107, -32
  %109 = sitofp i32 %108 to float
  %110 = fmul float %109, 5.000000e-01
  %111 = fadd float %110, %52
  %112 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %56, i64 32
  store float %111, ptr %112, align 4, !tbaa !10
  %113 = add nuw nsw i64 %56, 1
  %114 = icmp eq i64 %113, 33
  br i1 %114, label %115, label %55, !llvm.loop !12

115:                                              ; preds = %55, %454
  %116 = phi i64 [ %460, %454 ], [ 0, %55 ]
  %117 = phi i64 [ %459, %454 ], [ 0, %55 ]
  br label %119

118:                                              ; preds = %454
  ret i64 %459

119:                                              ; preds = %115, %121
  %120 = phi i64 [ %122, %121 ], [ 0, %115 ]
  br label %124

121:                                              ; preds = %124
  %122 = add nuw nsw i64 %120, 1
  %123 = icmp eq i64 %122, 45
  br i1 %123, label %144, label %119, !llvm.loop !13

124:                                              ; preds = %131, %119
  %125 = phi i64 [ 0, %119 ], [ %143, %131 ]
  %126 = getelementptr inbounds [37 x i32], ptr @A, i64 %120, i64 %125
  %127 = load i32, ptr %126, align 4, !tbaa !4
  %128 = getelementptr inbounds [45 x i32], ptr @AT, i64 %125, i64 %120
  store i32 %127, ptr %128, align 4, !tbaa !4
  %129 = or i64 %125, 1
  %130 = icmp eq i64 %129, 37
  br i1 %130, label %121, label %131, !llvm.loop !14

131:                                              ; preds = %124
  %132 = getelementptr inbounds [37 x i32], ptr @A, i64 %120, i64 %129
  %133 = load i32, ptr %132, align 4, !tbaa !4
  %134 = getelementptr inbounds [45 x i32], ptr @AT, i64 %129, i64 %120
  store i32 %133, ptr %134, align 4, !tbaa !4
  %135 = or i64 %125, 2
  %136 = getelementptr inbounds [37 x i32], ptr @A, i64 %120, i64 %135
  %137 = load i32, ptr %136, align 4, !tbaa !4
  %138 = getelementptr inbounds [45 x i32], ptr @AT, i64 %135, i64 %120
  store i32 %137, ptr %138, align 4, !tbaa !4
  %139 = or i64 %125, 3
  %140 = getelementptr inbounds [37 x i32], ptr @A, i64 %120, i64 %139
  %141 = load i32, ptr %140, align 4, !tbaa !4
  %142 = getelementptr inbounds [45 x i32], ptr @AT, i64 %139, i64 %120
  store i32 %141, ptr %142, align 4, !tbaa !4
  %143 = add nuw nsw i64 %125, 4
  br label %124

144:                                              ; preds = %121, %258
  %145 = phi i64 [ %146, %258 ], [ 0, %121 ]
  %146 = add nuw nsw i64 %145, 8
  br label %260

147:                                              ; preds = %260, %147
  %148 = phi i64 [ %173, %147 ], [ %145, %260 ]
  %149 = getelementptr inbounds [37 x i32], ptr @A, i64 %148, i64 8
  %150 = load i32, ptr %149, align 4, !tbaa !4
  %151 = getelementptr inbounds [45 x i32], ptr @ATB, i64 8, i64 %148
  store i32 %150, ptr %151, align 4, !tbaa !4
  %152 = getelementptr inbounds [37 x i32], ptr @A, i64 %148, i64 9
  %153 = load i32, ptr %152, align 4, !tbaa !4
  %154 = getelementptr inbounds [45 x i32], ptr @ATB, i64 9, i64 %148
  store i32 %153, ptr %154, align 4, !tbaa !4
  %155 = getelementptr inbounds [37 x i32], ptr @A, i64 %148, i64 10
  %156 = load i32, ptr %155, align 4, !tbaa !4
  %157 = getelementptr inbounds [45 x i32], ptr @ATB, i64 10, i64 %148
  store i32 %156, ptr %157, align 4, !tbaa !4
  %158 = getelementptr inbounds [37 x i32], ptr @A, i64 %148, i64 11
  %159 = load i32, ptr %158, align 4, !tbaa !4
  %160 = getelementptr inbounds [45 x i32], ptr @ATB, i64 11, i64 %148
  store i32 %159, ptr %160, align 4, !tbaa !4
  %161 = getelementptr inbounds [37 x i32], ptr @A, i64 %148, i64 12
  %162 = load i32, ptr %161, align 4, !tbaa !4
  %163 = getelementptr inbounds [45 x i32], ptr @ATB, i64 12, i64 %148
  store i32 %162, ptr %163, align 4, !tbaa !4
  %164 = getelementptr inbounds [37 x i32], ptr @A, i64 %148, i64 13
  %165 = load i32, ptr %164, align 4, !tbaa !4
  %166 = getelementptr inbounds [45 x i32], ptr @ATB, i64 13, i64 %148
  store i32 %165, ptr %166, align 4, !tbaa !4
  %167 = getelementptr inbounds [37 x i32], ptr @A, i64 %148, i64 14
  %168 = load i32, ptr %167, align 4, !tbaa !4
  %169 = getelementptr inbounds [45 x i32], ptr @ATB, i64 14, i64 %148
  store i32 %168, ptr %169, align 4, !tbaa !4
  %170 = getelementptr inbounds [37 x i32], ptr @A, i64 %148, i64 15
  %171 = load i32, ptr %170, align 4, !tbaa !4
  %172 = getelementptr inbounds [45 x i32], ptr @ATB, i64 15, i64 %148
  store i32 %171, ptr %172, align 4, !tbaa !4
  %173 = add nuw nsw i64 %148, 1
  %174 = icmp ult i64 %173, %146
  %175 = icmp ult i64 %148, 44
  %176 = and i1 %175, %174
  br i1 %176, label %147, label %177, !llvm.loop !15

177:                                              ; preds = %147, %177
  %178 = phi i64 [ %203, %177 ], [ %145, %147 ]
  %179 = getelementptr inbounds [37 x i32], ptr @A, i64 %178, i64 16
  %180 = load i32, ptr %179, align 4, !tbaa !4
  %181 = getelementptr inbounds [45 x i32], ptr @ATB, i64 16, i64 %178
  store i32 %180, ptr %181, align 4, !tbaa !4
  %182 = getelementptr inbounds [37 x i32], ptr @A, i64 %178, i64 17
  %183 = load i32, ptr %182, align 4, !tbaa !4
  %184 = getelementptr inbounds [45 x i32], ptr @ATB, i64 17, i64 %178
  store i32 %183, ptr %184, align 4, !tbaa !4
  %185 = getelementptr inbounds [37 x i32], ptr @A, i64 %178, i64 18
  %186 = load i32, ptr %185, align 4, !tbaa !4
  %187 = getelementptr inbounds [45 x i32], ptr @ATB, i64 18, i64 %178
  store i32 %186, ptr %187, align 4, !tbaa !4
  %188 = getelementptr inbounds [37 x i32], ptr @A, i64 %178, i64 19
  %189 = load i32, ptr %188, align 4, !tbaa !4
  %190 = getelementptr inbounds [45 x i32], ptr @ATB, i64 19, i64 %178
  store i32 %189, ptr %190, align 4, !tbaa !4
  %191 = getelementptr inbounds [37 x i32], ptr @A, i64 %178, i64 20
  %192 = load i32, ptr %191, align 4, !tbaa !4
  %193 = getelementptr inbounds [45 x i32], ptr @ATB, i64 20, i64 %178
  store i32 %192, ptr %193, align 4, !tbaa !4
  %194 = getelementptr inbounds [37 x i32], ptr @A, i64 %178, i64 21
  %195 = load i32, ptr %194, align 4, !tbaa !4
  %196 = getelementptr inbounds [45 x i32], ptr @ATB, i64 21, i64 %178
  store i32 %195, ptr %196, align 4, !tbaa !4
  %197 = getelementptr inbounds [37 x i32], ptr @A, i64 %178, i64 22
  %198 = load i32, ptr %197, align 4, !tbaa !4
  %199 = getelementptr inbounds [45 x i32], ptr @ATB, i64 22, i64 %178
  store i32 %198, ptr %199, align 4, !tbaa !4
  %200 = getelementptr inbounds [37 x i32], ptr @A, i64 %178, i64 23
  %201 = load i32, ptr %200, align 4, !tbaa !4
  %202 = getelementptr inbounds [45 x i32], ptr @ATB, i64 23, i64 %178
  store i32 %201, ptr %202, align 4, !tbaa !4
  %203 = add nuw nsw i64 %178, 1
  %204 = icmp ult i64 %203, %146
  %205 = icmp ult i64 %178, 44
  %206 = and i1 %205, %204
  br i1 %206, label %177, label %207, !llvm.loop !15

207:                                              ; preds = %177, %207
  %208 = phi i64 [ %233, %207 ], [ %145, %177 ]
  %209 = getelementptr inbounds [37 x i32], ptr @A, i64 %208, i64 24
  %210 = load i32, ptr %209, align 4, !tbaa !4
  %211 = getelementptr inbounds [45 x i32], ptr @ATB, i64 24, i64 %208
  store i32 %210, ptr %211, align 4, !tbaa !4
  %212 = getelementptr inbounds [37 x i32], ptr @A, i64 %208, i64 25
  %213 = load i32, ptr %212, align 4, !tbaa !4
  %214 = getelementptr inbounds [45 x i32], ptr @ATB, i64 25, i64 %208
  store i32 %213, ptr %214, align 4, !tbaa !4
  %215 = getelementptr inbounds [37 x i32], ptr @A, i64 %208, i64 26
  %216 = load i32, ptr %215, align 4, !tbaa !4
  %217 = getelementptr inbounds [45 x i32], ptr @ATB, i64 26, i64 %208
  store i32 %216, ptr %217, align 4, !tbaa !4
  %218 = getelementptr inbounds [37 x i32], ptr @A, i64 %208, i64 27
  %219 = load i32, ptr %218, align 4, !tbaa !4
  %220 = getelementptr inbounds [45 x i32], ptr @ATB, i64 27, i64 %208
  store i32 %219, ptr %220, align 4, !tbaa !4
  %221 = getelementptr inbounds [37 x i32], ptr @A, i64 %208, i64 28
  %222 = load i32, ptr %221, align 4, !tbaa !4
  %223 = getelementptr inbounds [45 x i32], ptr @ATB, i64 28, i64 %208
  store i32 %222, ptr %223, align 4, !tbaa !4
  %224 = getelementptr inbounds [37 x i32], ptr @A, i64 %208, i64 29
  %225 = load i32, ptr %224, align 4, !tbaa !4
  %226 = getelementptr inbounds [45 x i32], ptr @ATB, i64 29, i64 %208
  store i32 %225, ptr %226, align 4, !tbaa !4
  %227 = getelementptr inbounds [37 x i32], ptr @A, i64 %208, i64 30
  %228 = load i32, ptr %227, align 4, !tbaa !4
  %229 = getelementptr inbounds [45 x i32], ptr @ATB, i64 30, i64 %208
  store i32 %228, ptr %229, align 4, !tbaa !4
  %230 = getelementptr inbounds [37 x i32], ptr @A, i64 %208, i64 31
  %231 = load i32, ptr %230, align 4, !tbaa !4
  %232 = getelementptr inbounds [45 x i32], ptr @ATB, i64 31, i64 %208
  store i32 %231, ptr %232, align 4, !tbaa !4
  %233 = add nuw nsw i64 %208, 1
  %234 = icmp ult i64 %233, %146
  %235 = icmp ult i64 %208, 44
  %236 = and i1 %235, %234
  br i1 %236, label %207, label %237, !llvm.loop !15

237:                                              ; preds = %207, %237
  %238 = phi i64 [ %254, %237 ], [ %145, %207 ]
  %239 = getelementptr inbounds [37 x i32], ptr @A, i64 %238, i64 32
  %240 = load i32, ptr %239, align 4, !tbaa !4
  %241 = getelementptr inbounds [45 x i32], ptr @ATB, i64 32, i64 %238
  store i32 %240, ptr %241, align 4, !tbaa !4
  %242 = getelementptr inbounds [37 x i32], ptr @A, i64 %238, i64 33
  %243 = load i32, ptr %242, align 4, !tbaa !4
  %244 = getelementptr inbounds [45 x i32], ptr @ATB, i64 33, i64 %238
  store i32 %243, ptr %244, align 4, !tbaa !4
  %245 = getelementptr inbounds [37 x i32], ptr @A, i64 %238, i64 34
  %246 = load i32, ptr %245, align 4, !tbaa !4
  %247 = getelementptr inbounds [45 x i32], ptr @ATB, i64 34, i64 %238
  store i32 %246, ptr %247, align 4, !tbaa !4
  %248 = getelementptr inbounds [37 x i32], ptr @A, i64 %238, i64 35
  %249 = load i32, ptr %248, align 4, !tbaa !4
  %250 = getelementptr inbounds [45 x i32], ptr @ATB, i64 35, i64 %238
  store i32 %249, ptr %250, align 4, !tbaa !4
  %251 = getelementptr inbounds [37 x i32], ptr @A, i64 %238, i64 36
  %252 = load i32, ptr %251, align 4, !tbaa !4
  %253 = getelementptr inbounds [45 x i32], ptr @ATB, i64 36, i64 %238
  store i32 %252, ptr %253, align 4, !tbaa !4
  %254 = add nuw nsw i64 %238, 1
  %255 = icmp ult i64 %254, %146
  %256 = icmp ult i64 %238, 44
  %257 = and i1 %256, %255
  br i1 %257, label %237, label %258, !llvm.loop !15

258:                                              ; preds = %237
  %259 = icmp ult i64 %145, 37
  br i1 %259, label %144, label %290, !llvm.loop !16

260:                                              ; preds = %260, %144
  %261 = phi i64 [ %145, %144 ], [ %286, %260 ]
  %262 = getelementptr inbounds [37 x i32], ptr @A, i64 %261, i64 0
  %263 = load i32, ptr %262, align 4, !tbaa !4
  %264 = getelementptr inbounds [45 x i32], ptr @ATB, i64 0, i64 %261
  store i32 %263, ptr %264, align 4, !tbaa !4
  %265 = getelementptr inbounds [37 x i32], ptr @A, i64 %261, i64 1
  %266 = load i32, ptr %265, align 4, !tbaa !4
  %267 = getelementptr inbounds [45 x i32], ptr @ATB, i64 1, i64 %261
  store i32 %266, ptr %267, align 4, !tbaa !4
  %268 = getelementptr inbounds [37 x i32], ptr @A, i64 %261, i64 2
  %269 = load i32, ptr %268, align 4, !tbaa !4
  %270 = getelementptr inbounds [45 x i32], ptr @ATB, i64 2, i64 %261
  store i32 %269, ptr %270, align 4, !tbaa !4
  %271 = getelementptr inbounds [37 x i32], ptr @A, i64 %261, i64 3
  %272 = load i32, ptr %271, align 4, !tbaa !4
  %273 = getelementptr inbounds [45 x i32], ptr @ATB, i64 3, i64 %261
  store i32 %272, ptr %273, align 4, !tbaa !4
  %274 = getelementptr inbounds [37 x i32], ptr @A, i64 %261, i64 4
  %275 = load i32, ptr %274, align 4, !tbaa !4
  %276 = getelementptr inbounds [45 x i32], ptr @ATB, i64 4, i64 %261
  store i32 %275, ptr %276, align 4, !tbaa !4
  %277 = getelementptr inbounds [37 x i32], ptr @A, i64 %261, i64 5
  %278 = load i32, ptr %277, align 4, !tbaa !4
  %279 = getelementptr inbounds [45 x i32], ptr @ATB, i64 5, i64 %261
  store i32 %278, ptr %279, align 4, !tbaa !4
  %280 = getelementptr inbounds [37 x i32], ptr @A, i64 %261, i64 6
  %281 = load i32, ptr %280, align 4, !tbaa !4
  %282 = getelementptr inbounds [45 x i32], ptr @ATB, i64 6, i64 %261
  store i32 %281, ptr %282, align 4, !tbaa !4
  %283 = getelementptr inbounds [37 x i32], ptr @A, i64 %261, i64 7
  %284 = load i32, ptr %283, align 4, !tbaa !4
  %285 = getelementptr inbounds [45 x i32], ptr @ATB, i64 7, i64 %261
  store i32 %284, ptr %285, align 4, !tbaa !4
  %286 = add nuw nsw i64 %261, 1
  %287 = icmp ult i64 %286, %146
  %288 = icmp ult i64 %261, 44
  %289 = and i1 %288, %287
  br i1 %289, label %260, label %147, !llvm.loop !15

290:                                              ; preds = %258, %292
  %291 = phi i64 [ %293, %292 ], [ 0, %258 ]
  br label %299

292:                                              ; preds = %299
  %293 = add nuw nsw i64 %291, 1
  %294 = icmp eq i64 %293, 37
  br i1 %294, label %295, label %290, !llvm.loop !17

295:                                              ; preds = %292
  %296 = load i32, ptr @AT, align 16, !tbaa !4
  %297 = load i32, ptr @ATB, align 16, !tbaa !4
  %298 = icmp eq i32 %296, %297
  br i1 %298, label %314, label %341

299:                                              ; preds = %299, %290
  %300 = phi i64 [ 0, %290 ], [ %312, %299 ]
  %301 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %291, i64 %300
  %302 = load i32, ptr %301, align 4, !tbaa !4
  %303 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %300, i64 %291
  store i32 %302, ptr %303, align 4, !tbaa !4
  %304 = add nuw nsw i64 %300, 1
  %305 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %291, i64 %304
  %306 = load i32, ptr %305, align 4, !tbaa !4
  %307 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %304, i64 %291
  store i32 %306, ptr %307, align 4, !tbaa !4
  %308 = add nuw nsw i64 %300, 2
  %309 = getelementptr inbounds [45 x i32], ptr @ATB, i64 %291, i64 %308
  %310 = load i32, ptr %309, align 4, !tbaa !4
  %311 = getelementptr inbounds [37 x i32], ptr @ATT, i64 %308, i64 %291
  store i32 %310, ptr %311, align 4, !tbaa !4
  %312 = add nuw nsw i64 %300, 3
  %313 = icmp eq i64 %312, 45
  br i1 %313, label %292, label %299, !llvm.loop !18

314:                                              ; preds = %295, %332
  %315 = phi i64 [ %330, %332 ], [ 0, %295 ]
  %316 = add nuw nsw i64 %315, 1
  %317 = getelementptr inbounds i32, ptr @AT, i64 %316
  %318 = load i32, ptr %317, align 4, !tbaa !4
  %319 = getelementptr inbounds i32, ptr @ATB, i64 %316
  %320 = load i32, ptr %319, align 4, !tbaa !4
  %321 = icmp eq i32 %318, %320
  br i1 %321, label %322, label %338, !llvm.loop !19

322:                                              ; preds = %314
  %323 = add nuw nsw i64 %315, 2
  %324 = getelementptr inbounds i32, ptr @AT, i64 %323
  %325 = load i32, ptr %324, align 4, !tbaa !4
  %326 = getelementptr inbounds i32, ptr @ATB, i64 %323
  %327 = load i32, ptr %326, align 4, !tbaa !4
  %328 = icmp eq i32 %325, %327
  br i1 %328, label %329, label %338, !llvm.loop !19

329:                                              ; preds = %322
  %330 = add nuw nsw i64 %315, 3
  %331 = icmp eq i64 %330, 1665
  br i1 %331, label %338, label %332, !llvm.loop !19

332:                                              ; preds = %329
  %333 = getelementptr inbounds i32, ptr @AT, i64 %330
  %334 = load i32, ptr %333, align 4, !tbaa !4
  %335 = getelementptr inbounds i32, ptr @ATB, i64 %330
  %336 = load i32, ptr %335, align 4, !tbaa !4
  %337 = icmp eq i32 %334, %336
  br i1 %337, label %314, label %338, !llvm.loop !19

338:                                              ; preds = %332, %329, %322, %314
  %339 = phi i64 [ %315, %314 ], [ %316, %322 ], [ %323, %329 ], [ %323, %332 ]
  %340 = icmp ult i64 %339, 1664
  br label %341

341:                                              ; preds = %338, %295
  %342 = phi i1 [ true, %295 ], [ %340, %338 ]
  %343 = zext i1 %342 to i64
  %344 = add i64 %117, %343
  %345 = load i32, ptr @ATT, align 16, !tbaa !4
  %346 = load i32, ptr @A, align 16, !tbaa !4
  %347 = icmp eq i32 %345, %346
  br i1 %347, label %348, label %375

348:                                              ; preds = %341, %366
  %349 = phi i64 [ %364, %366 ], [ 0, %341 ]
  %350 = add nuw nsw i64 %349, 1
  %351 = getelementptr inbounds i32, ptr @ATT, i64 %350
  %352 = load i32, ptr %351, align 4, !tbaa !4
  %353 = getelementptr inbounds i32, ptr @A, i64 %350
  %354 = load i32, ptr %353, align 4, !tbaa !4
  %355 = icmp eq i32 %352, %354
  br i1 %355, label %356, label %372, !llvm.loop !19

356:                                              ; preds = %348
  %357 = add nuw nsw i64 %349, 2
  %358 = getelementptr inbounds i32, ptr @ATT, i64 %357
  %359 = load i32, ptr %358, align 4, !tbaa !4
  %360 = getelementptr inbounds i32, ptr @A, i64 %357
  %361 = load i32, ptr %360, align 4, !tbaa !4
  %362 = icmp eq i32 %359, %361
  br i1 %362, label %363, label %372, !llvm.loop !19

363:                                              ; preds = %356
  %364 = add nuw nsw i64 %349, 3
  %365 = icmp eq i64 %364, 1665
  br i1 %365, label %372, label %366, !llvm.loop !19

366:                                              ; preds = %363
  %367 = getelementptr inbounds i32, ptr @ATT, i64 %364
  %368 = load i32, ptr %367, align 4, !tbaa !4
  %369 = getelementptr inbounds i32, ptr @A, i64 %364
  %370 = load i32, ptr %369, align 4, !tbaa !4
  %371 = icmp eq i32 %368, %370
  br i1 %371, label %348, label %372, !llvm.loop !19

372:                                              ; preds = %366, %363, %356, %348
  %373 = phi i64 [ %349, %348 ], [ %350, %356 ], [ %357, %363 ], [ %357, %366 ]
  %374 = icmp ult i64 %373, 1664
  br i1 %374, label %375, label %376

375:                                              ; preds = %341, %372
  br label %376

376:                                              ; preds = %372, %375
  %377 = phi i64 [ 2, %375 ], [ 0, %372 ]
  %378 = add i64 %344, %377
  br label %379

379:                                              ; preds = %376, %384
  %380 = phi i64 [ 0, %376 ], [ %382, %384 ]
  %381 = phi i64 [ %378, %376 ], [ %408, %384 ]
  %382 = add nuw nsw i64 %380, 1
  %383 = trunc i64 %382 to i32
  br label %386

384:                                              ; preds = %386
  %385 = icmp eq i64 %382, 37
  br i1 %385, label %411, label %379, !llvm.loop !20

386:                                              ; preds = %386, %379
  %387 = phi i64 [ 0, %379 ], [ %409, %386 ]
  %388 = phi i64 [ %381, %379 ], [ %408, %386 ]
  %389 = mul i64 %388, 31
  %390 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %380, i64 %387
  %391 = load i32, ptr %390, align 4, !tbaa !4
  %392 = mul i32 %391, %383
  %393 = zext i32 %392 to i64
  %394 = add i64 %389, %393
  %395 = add nuw nsw i64 %387, 1
  %396 = mul i64 %394, 31
  %397 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %380, i64 %395
  %398 = load i32, ptr %397, align 4, !tbaa !4
  %399 = mul i32 %398, %383
  %400 = zext i32 %399 to i64
  %401 = add i64 %396, %400
  %402 = add nuw nsw i64 %387, 2
  %403 = mul i64 %401, 31
  %404 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %380, i64 %402
  %405 = load i32, ptr %404, align 4, !tbaa !4
  %406 = mul i32 %405, %383
  %407 = zext i32 %406 to i64
  %408 = add i64 %403, %407
  %409 = add nuw nsw i64 %387, 3
  %410 = icmp eq i64 %409, 45
  br i1 %410, label %384, label %386, !llvm.loop !21

411:                                              ; preds = %384, %462
  %412 = phi i64 [ %471, %462 ], [ 0, %384 ]
  br label %413

413:                                              ; preds = %413, %411
  %414 = phi i64 [ 0, %411 ], [ %436, %413 ]
  %415 = or i64 %414, 1
  %416 = or i64 %414, 2
  %417 = or i64 %414, 3
  %418 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %412, i64 %414
  %419 = load <4 x i32>, ptr %418, align 4, !tbaa !4
  %420 = mul nsw <4 x i32> %419, <i32 3, i32 3, i32 3, i32 3>
  %421 = srem <4 x i32> %420, <i32 1000, i32 1000, i32 1000, i32 1000>
  %422 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %414, i64 %412
  %423 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %415, i64 %412
  %424 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %416, i64 %412
  %425 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 %417, i64 %412
  %426 = load i32, ptr %422, align 4, !tbaa !4
  %427 = load i32, ptr %423, align 4, !tbaa !4
  %428 = load i32, ptr %424, align 4, !tbaa !4
  %429 = load i32, ptr %425, align 4, !tbaa !4
  %430 = insertelement <4 x i32> poison, i32 %426, i64 0
  %431 = insertelement <4 x i32> %430, i32 %427, i64 1
  %432 = insertelement <4 x i32> %431, i32 %428, i64 2
  %433 = insertelement <4 x i32> %432, i32 %429, i64 3
  %434 = sdiv <4 x i32> %433, <i32 7, i32 7, i32 7, i32 7>
  %435 = add nsw <4 x i32> %421, %434
  store <4 x i32> %435, ptr %418, align 4, !tbaa !4
  %436 = add nuw i64 %414, 4
  %437 = icmp eq i64 %436, 36
  br i1 %437, label %462, label %413, !llvm.loop !22

438:                                              ; preds = %446, %441
  %439 = add nuw nsw i64 %443, 1
  %440 = icmp eq i64 %444, 33
  br i1 %440, label %454, label %441, !llvm.loop !25

441:                                              ; preds = %462, %438
  %442 = phi i64 [ %444, %438 ], [ 0, %462 ]
  %443 = phi i64 [ %439, %438 ], [ 1, %462 ]
  %444 = add nuw nsw i64 %442, 1
  %445 = icmp ult i64 %442, 32
  br i1 %445, label %446, label %438

446:                                              ; preds = %441, %446
  %447 = phi i64 [ %452, %446 ], [ %443, %441 ]
  %448 = getelementptr inbounds [33 x float], ptr @S, i64 %442, i64 %447
  %449 = load float, ptr %448, align 4, !tbaa !10
  %450 = getelementptr inbounds [33 x float], ptr @S, i64 %447, i64 %442
  %451 = load float, ptr %450, align 4, !tbaa !10
  store float %451, ptr %448, align 4, !tbaa !10
  store float %449, ptr %450, align 4, !tbaa !10
  %452 = add nuw nsw i64 %447, 1
  %453 = icmp eq i64 %452, 33
  br i1 %453, label %438, label %446, !llvm.loop !26

454:                                              ; preds = %438
  %455 = add nuw nsw i64 %116, 5
  %456 = getelementptr inbounds [33 x [33 x float]], ptr @S, i64 0, i64 %116, i64 %455
  %457 = load i32, ptr %456, align 4
  %458 = zext i32 %457 to i64
  %459 = xor i64 %408, %458
  %460 = add nuw nsw i64 %116, 1
  %461 = icmp eq i64 %460, 6
  br i1 %461, label %118, label %115, !llvm.loop !27

462:                                              ; preds = %413
  %463 = getelementptr inbounds [45 x [37 x i32]], ptr @A, i64 0, i64 %412, i64 36
  %464 = load i32, ptr %463, align 4, !tbaa !4
  %465 = mul nsw i32 %464, 3
  %466 = srem i32 %465, 1000
  %467 = getelementptr inbounds [37 x [45 x i32]], ptr @AT, i64 0, i64 36, i64 %412
  %468 = load i32, ptr %467, align 4, !tbaa !4
  %469 = sdiv i32 %468, 7
  %470 = add nsw i32 %466, %469
  store i32 %470, ptr %463, align 4, !tbaa !4
  %471 = add nuw nsw i64 %412, 1
  %472 = icmp eq i64 %471, 45
  br i1 %472, label %441, label %411, !llvm.loop !28
}

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9, !23, !24}
!23 = !{!"llvm.loop.isvectorized", i32 1}
!24 = !{!"llvm.loop.unroll.runtime.disable"}
!25 = distinct !{!25, !9}
!26 = distinct !{!26, !9}
!27 = distinct !{!27, !9}
!28 = distinct !{!28, !9}
