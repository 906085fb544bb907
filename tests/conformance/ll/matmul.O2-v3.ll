; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_scale = dso_local local_unnamed_addr global double 1.000000e-03, align 8
@A = internal unnamed_addr global [40 x [40 x double]] zeroinitializer, align 16
@B = internal unnamed_addr global [40 x [40 x double]] zeroinitializer, align 16
@C1 = internal unnamed_addr global [40 x [40 x double]] zeroinitializer, align 16
@C2 = internal unnamed_addr global [40 x [40 x double]] zeroinitializer, align 16
@M = internal unnamed_addr global [8 x [8 x i32]] zeroinitializer, align 256
@P = internal unnamed_addr global [8 x [8 x i32]] zeroinitializer, align 256
@T = internal unnamed_addr global [8 x [8 x i32]] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load double, ptr @g_scale, align 8, !tbaa !4
  %2 = insertelement <4 x double> poison, double %1, i64 0
  %3 = shufflevector <4 x double> %2, <4 x double> poison, <4 x i32> zeroinitializer
  br label %4

4:                                                ; preds = %4, %0
  %5 = phi i64 [ 0, %0 ], [ %152, %4 ]
  %6 = mul nuw nsw i64 %5, 5
  %7 = insertelement <4 x i64> poison, i64 %6, i64 0
  %8 = shufflevector <4 x i64> %7, <4 x i64> poison, <4 x i32> zeroinitializer
  %9 = mul nuw nsw i64 %5, 7
  %10 = insertelement <4 x i64> poison, i64 %9, i64 0
  %11 = shufflevector <4 x i64> %10, <4 x i64> poison, <4 x i32> zeroinitializer
  %12 = trunc <4 x i64> %11 to <4 x i32>
  %13 = add <4 x i32> %12, <i32 0, i32 3, i32 6, i32 9>
  %14 = urem <4 x i32> %13, <i32 11, i32 11, i32 11, i32 11>
  %15 = add nsw <4 x i32> %14, <i32 -5, i32 -5, i32 -5, i32 -5>
  %16 = sitofp <4 x i32> %15 to <4 x double>
  %17 = fmul <4 x double> %3, %16
  %18 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 0
  store <4 x double> %17, ptr %18, align 16, !tbaa !4
  %19 = trunc <4 x i64> %8 to <4 x i32>
  %20 = add <4 x i32> %19, <i32 0, i32 9, i32 18, i32 27>
  %21 = urem <4 x i32> %20, <i32 13, i32 13, i32 13, i32 13>
  %22 = sitofp <4 x i32> %21 to <4 x double>
  %23 = fmul <4 x double> %22, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %24 = fadd <4 x double> %23, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %25 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 0
  store <4 x double> %24, ptr %25, align 16, !tbaa !4
  %26 = trunc <4 x i64> %11 to <4 x i32>
  %27 = add <4 x i32> %26, <i32 12, i32 15, i32 18, i32 21>
  %28 = urem <4 x i32> %27, <i32 11, i32 11, i32 11, i32 11>
  %29 = add nsw <4 x i32> %28, <i32 -5, i32 -5, i32 -5, i32 -5>
  %30 = sitofp <4 x i32> %29 to <4 x double>
  %31 = fmul <4 x double> %3, %30
  %32 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 4
  store <4 x double> %31, ptr %32, align 16, !tbaa !4
  %33 = trunc <4 x i64> %8 to <4 x i32>
  %34 = add <4 x i32> %33, <i32 36, i32 45, i32 54, i32 63>
  %35 = urem <4 x i32> %34, <i32 13, i32 13, i32 13, i32 13>
  %36 = sitofp <4 x i32> %35 to <4 x double>
  %37 = fmul <4 x double> %36, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %38 = fadd <4 x double> %37, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %39 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 4
  store <4 x double> %38, ptr %39, align 16, !tbaa !4
  %40 = trunc <4 x i64> %11 to <4 x i32>
  %41 = add <4 x i32> %40, <i32 24, i32 27, i32 30, i32 33>
  %42 = urem <4 x i32> %41, <i32 11, i32 11, i32 11, i32 11>
  %43 = add nsw <4 x i32> %42, <i32 -5, i32 -5, i32 -5, i32 -5>
  %44 = sitofp <4 x i32> %43 to <4 x double>
  %45 = fmul <4 x double> %3, %44
  %46 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 8
  store <4 x double> %45, ptr %46, align 16, !tbaa !4
  %47 = trunc <4 x i64> %8 to <4 x i32>
  %48 = add <4 x i32> %47, <i32 72, i32 81, i32 90, i32 99>
  %49 = urem <4 x i32> %48, <i32 13, i32 13, i32 13, i32 13>
  %50 = sitofp <4 x i32> %49 to <4 x double>
  %51 = fmul <4 x double> %50, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %52 = fadd <4 x double> %51, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %53 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 8
  store <4 x double> %52, ptr %53, align 16, !tbaa !4
  %54 = trunc <4 x i64> %11 to <4 x i32>
  %55 = add <4 x i32> %54, <i32 36, i32 39, i32 42, i32 45>
  %56 = urem <4 x i32> %55, <i32 11, i32 11, i32 11, i32 11>
  %57 = add nsw <4 x i32> %56, <i32 -5, i32 -5, i32 -5, i32 -5>
  %58 = sitofp <4 x i32> %57 to <4 x double>
  %59 = fmul <4 x double> %3, %58
  %60 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 12
  store <4 x double> %59, ptr %60, align 16, !tbaa !4
  %61 = trunc <4 x i64> %8 to <4 x i32>
  %62 = add <4 x i32> %61, <i32 108, i32 117, i32 126, i32 135>
  %63 = urem <4 x i32> %62, <i32 13, i32 13, i32 13, i32 13>
  %64 = sitofp <4 x i32> %63 to <4 x double>
  %65 = fmul <4 x double> %64, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %66 = fadd <4 x double> %65, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %67 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 12
  store <4 x double> %66, ptr %67, align 16, !tbaa !4
  %68 = trunc <4 x i64> %11 to <4 x i32>
  %69 = add <4 x i32> %68, <i32 48, i32 51, i32 54, i32 57>
  %70 = urem <4 x i32> %69, <i32 11, i32 11, i32 11, i32 11>
  %71 = add nsw <4 x i32> %70, <i32 -5, i32 -5, i32 -5, i32 -5>
  %72 = sitofp <4 x i32> %71 to <4 x double>
  %73 = fmul <4 x double> %3, %72
  %74 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 16
  store <4 x double> %73, ptr %74, align 16, !tbaa !4
  %75 = trunc <4 x i64> %8 to <4 x i32>
  %76 = add <4 x i32> %75, <i32 144, i32 153, i32 162, i32 171>
  %77 = urem <4 x i32> %76, <i32 13, i32 13, i32 13, i32 13>
  %78 = sitofp <4 x i32> %77 to <4 x double>
  %79 = fmul <4 x double> %78, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %80 = fadd <4 x double> %79, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %81 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 16
  store <4 x double> %80, ptr %81, align 16, !tbaa !4
  %82 = trunc <4 x i64> %11 to <4 x i32>
  %83 = add <4 x i32> %82, <i32 60, i32 63, i32 66, i32 69>
  %84 = urem <4 x i32> %83, <i32 11, i32 11, i32 11, i32 11>
  %85 = add nsw <4 x i32> %84, <i32 -5, i32 -5, i32 -5, i32 -5>
  %86 = sitofp <4 x i32> %85 to <4 x double>
  %87 = fmul <4 x double> %3, %86
  %88 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 20
  store <4 x double> %87, ptr %88, align 16, !tbaa !4
  %89 = trunc <4 x i64> %8 to <4 x i32>
  %90 = add <4 x i32> %89, <i32 180, i32 189, i32 198, i32 207>
  %91 = urem <4 x i32> %90, <i32 13, i32 13, i32 13, i32 13>
  %92 = sitofp <4 x i32> %91 to <4 x double>
  %93 = fmul <4 x double> %92, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %94 = fadd <4 x double> %93, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %95 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 20
  store <4 x double> %94, ptr %95, align 16, !tbaa !4
  %96 = trunc <4 x i64> %11 to <4 x i32>
  %97 = add <4 x i32> %96, <i32 72, i32 75, i32 78, i32 81>
  %98 = urem <4 x i32> %97, <i32 11, i32 11, i32 11, i32 11>
  %99 = add nsw <4 x i32> %98, <i32 -5, i32 -5, i32 -5, i32 -5>
  %100 = sitofp <4 x i32> %99 to <4 x double>
  %101 = fmul <4 x double> %3, %100
  %102 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 24
  store <4 x double> %101, ptr %102, align 16, !tbaa !4
  %103 = trunc <4 x i64> %8 to <4 x i32>
  %104 = add <4 x i32> %103, <i32 216, i32 225, i32 234, i32 243>
  %105 = urem <4 x i32> %104, <i32 13, i32 13, i32 13, i32 13>
  %106 = sitofp <4 x i32> %105 to <4 x double>
  %107 = fmul <4 x double> %106, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %108 = fadd <4 x double> %107, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %109 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 24
  store <4 x double> %108, ptr %109, align 16, !tbaa !4
  %110 = trunc <4 x i64> %11 to <4 x i32>
  %111 = add <4 x i32> %110, <i32 84, i32 87, i32 90, i32 93>
  %112 = urem <4 x i32> %111, <i32 11, i32 11, i32 11, i32 11>
  %113 = add nsw <4 x i32> %112, <i32 -5, i32 -5, i32 -5, i32 -5>
  %114 = sitofp <4 x i32> %113 to <4 x double>
  %115 = fmul <4 x double> %3, %114
  %116 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 28
  store <4 x double> %115, ptr %116, align 16, !tbaa !4
  %117 = trunc <4 x i64> %8 to <4 x i32>
  %118 = add <4 x i32> %117, <i32 252, i32 261, i32 270, i32 279>
  %119 = urem <4 x i32> %118, <i32 13, i32 13, i32 13, i32 13>
  %120 = sitofp <4 x i32> %119 to <4 x double>
  %121 = fmul <4 x double> %120, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %122 = fadd <4 x double> %121, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %123 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 28
  store <4 x double> %122, ptr %123, align 16, !tbaa !4
  %124 = trunc <4 x i64> %11 to <4 x i32>
  %125 = add <4 x i32> %124, <i32 96, i32 99, i32 102, i32 105>
  %126 = urem <4 x i32> %125, <i32 11, i32 11, i32 11, i32 11>
  %127 = add nsw <4 x i32> %126, <i32 -5, i32 -5, i32 -5, i32 -5>
  %128 = sitofp <4 x i32> %127 to <4 x double>
  %129 = fmul <4 x double> %3, %128
  %130 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 32
  store <4 x double> %129, ptr %130, align 16, !tbaa !4
  %131 = trunc <4 x i64> %8 to <4 x i32>
  %132 = add <4 x i32> %131, <i32 288, i32 297, i32 306, i32 315>
  %133 = urem <4 x i32> %132, <i32 13, i32 13, i32 13, i32 13>
  %134 = sitofp <4 x i32> %133 to <4 x double>
  %135 = fmul <4 x double> %134, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %136 = fadd <4 x double> %135, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %137 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 32
  store <4 x double> %136, ptr %137, align 16, !tbaa !4
  %138 = trunc <4 x i64> %11 to <4 x i32>
  %139 = add <4 x i32> %138, <i32 108, i32 111, i32 114, i32 117>
  %140 = urem <4 x i32> %139, <i32 11, i32 11, i32 11, i32 11>
  %141 = add nsw <4 x i32> %140, <i32 -5, i32 -5, i32 -5, i32 -5>
  %142 = sitofp <4 x i32> %141 to <4 x double>
  %143 = fmul <4 x double> %3, %142
  %144 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 36
  store <4 x double> %143, ptr %144, align 16, !tbaa !4
  %145 = trunc <4 x i64> %8 to <4 x i32>
  %146 = add <4 x i32> %145, <i32 324, i32 333, i32 342, i32 351>
  %147 = urem <4 x i32> %146, <i32 13, i32 13, i32 13, i32 13>
  %148 = sitofp <4 x i32> %147 to <4 x double>
  %149 = fmul <4 x double> %148, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %150 = fadd <4 x double> %149, <double -3.000000e+00, double -3.000000e+00, double -3.000000e+00, double -3.000000e+00>
  %151 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 36
  store <4 x double> %150, ptr %151, align 16, !tbaa !4
  %152 = add nuw nsw i64 %5, 1
  %153 = icmp eq i64 %152, 40
  br i1 %153, label %154, label %4, !llvm.loop !8

154:                                              ; preds = %4, %158
  %155 = phi i64 [ %159, %158 ], [ 0, %4 ]
  br label %156

156:                                              ; preds = %161, %154
  %157 = phi i64 [ 0, %154 ], [ %163, %161 ]
  br label %165

158:                                              ; preds = %161
  %159 = add nuw nsw i64 %155, 1
  %160 = icmp eq i64 %159, 40
  br i1 %160, label %204, label %154, !llvm.loop !10

161:                                              ; preds = %165
  %162 = getelementptr inbounds [40 x double], ptr @C1, i64 %155, i64 %157
  store double %201, ptr %162, align 8, !tbaa !4
  %163 = add nuw nsw i64 %157, 1
  %164 = icmp eq i64 %163, 40
  br i1 %164, label %158, label %156, !llvm.loop !11

165:                                              ; preds = %165, %156
  %166 = phi i64 [ 0, %156 ], [ %202, %165 ]
  %167 = phi double [ 0.000000e+00, %156 ], [ %201, %165 ]
  %168 = getelementptr inbounds [40 x double], ptr @A, i64 %155, i64 %166
  %169 = load double, ptr %168, align 8, !tbaa !4
  %170 = getelementptr inbounds [40 x double], ptr @B, i64 %166, i64 %157
  %171 = load double, ptr %170, align 8, !tbaa !4
  %172 = fmul double %169, %171
  %173 = fadd double %167, %172
  %174 = add nuw nsw i64 %166, 1
  %175 = getelementptr inbounds [40 x double], ptr @A, i64 %155, i64 %174
  %176 = load double, ptr %175, align 8, !tbaa !4
  %177 = getelementptr inbounds [40 x double], ptr @B, i64 %174, i64 %157
  %178 = load double, ptr %177, align 8, !tbaa !4
  %179 = fmul double %176, %178
  %180 = fadd double %173, %179
  %181 = add nuw nsw i64 %166, 2
  %182 = getelementptr inbounds [40 x double], ptr @A, i64 %155, i64 %181
  %183 = load double, ptr %182, align 8, !tbaa !4
  %184 = getelementptr inbounds [40 x double], ptr @B, i64 %181, i64 %157
  %185 = load double, ptr %184, align 8, !tbaa !4
  %186 = fmul double %183, %185
  %187 = fadd double %180, %186
  %188 = add nuw nsw i64 %166, 3
  %189 = getelementptr inbounds [40 x double], ptr @A, i64 %155, i64 %188
  %190 = load double, ptr %189, align 8, !tbaa !4
  %191 = getelementptr inbounds [40 x double], ptr @B, i64 %188, i64 %157
  %192 = load double, ptr %191, align 8, !tbaa !4
  %193 = fmul double %190, %192
  %194 = fadd double %187, %193
  %195 = add nuw nsw i64 %166, 4
  %196 = getelementptr inbounds [40 x double], ptr @A, i64 %155, i64 %195
  %197 = load double, ptr %196, align 8, !tbaa !4
  %198 = getelementptr inbounds [40 x double], ptr @B, i64 %195, i64 %157
  %199 = load double, ptr %198, align 8, !tbaa !4
  %200 = fmul double %197, %199
  %201 = fadd double %194, %200
  %202 = add nuw nsw i64 %166, 5
  %203 = icmp eq i64 %202, 40
  br i1 %203, label %161, label %165, !llvm.loop !12

204:                                              ; preds = %158
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(12800) @C2, i8 0, i64 12800, i1 false)
  br label %205

205:                                              ; preds = %227, %204
  %206 = phi i64 [ 0, %204 ], [ %228, %227 ]
  %207 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 0
  %208 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 4
  %209 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 8
  %210 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 12
  %211 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 16
  %212 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 20
  %213 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 24
  %214 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 28
  %215 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 32
  %216 = getelementptr inbounds [40 x double], ptr @C2, i64 %206, i64 36
  %217 = load <4 x double>, ptr %207, align 16, !tbaa !4
  %218 = load <4 x double>, ptr %208, align 16, !tbaa !4
  %219 = load <4 x double>, ptr %209, align 16, !tbaa !4
  %220 = load <4 x double>, ptr %210, align 16, !tbaa !4
  %221 = load <4 x double>, ptr %211, align 16, !tbaa !4
  %222 = load <4 x double>, ptr %212, align 16, !tbaa !4
  %223 = load <4 x double>, ptr %213, align 16, !tbaa !4
  %224 = load <4 x double>, ptr %214, align 16, !tbaa !4
  %225 = load <4 x double>, ptr %215, align 16, !tbaa !4
  %226 = load <4 x double>, ptr %216, align 16, !tbaa !4
  br label %230

227:                                              ; preds = %230
  store <4 x double> %249, ptr %207, align 16, !tbaa !4
  store <4 x double> %253, ptr %208, align 16, !tbaa !4
  store <4 x double> %257, ptr %209, align 16, !tbaa !4
  store <4 x double> %261, ptr %210, align 16, !tbaa !4
  store <4 x double> %265, ptr %211, align 16, !tbaa !4
  store <4 x double> %269, ptr %212, align 16, !tbaa !4
  store <4 x double> %273, ptr %213, align 16, !tbaa !4
  store <4 x double> %277, ptr %214, align 16, !tbaa !4
  store <4 x double> %281, ptr %215, align 16, !tbaa !4
  store <4 x double> %285, ptr %216, align 16, !tbaa !4
  %228 = add nuw nsw i64 %206, 1
  %229 = icmp eq i64 %228, 40
  br i1 %229, label %288, label %205, !llvm.loop !13

230:                                              ; preds = %205, %230
  %231 = phi <4 x double> [ %226, %205 ], [ %285, %230 ]
  %232 = phi <4 x double> [ %225, %205 ], [ %281, %230 ]
  %233 = phi <4 x double> [ %224, %205 ], [ %277, %230 ]
  %234 = phi <4 x double> [ %223, %205 ], [ %273, %230 ]
  %235 = phi <4 x double> [ %222, %205 ], [ %269, %230 ]
  %236 = phi <4 x double> [ %221, %205 ], [ %265, %230 ]
  %237 = phi <4 x double> [ %220, %205 ], [ %261, %230 ]
  %238 = phi <4 x double> [ %219, %205 ], [ %257, %230 ]
  %239 = phi <4 x double> [ %218, %205 ], [ %253, %230 ]
  %240 = phi <4 x double> [ %217, %205 ], [ %249, %230 ]
  %241 = phi i64 [ 0, %205 ], [ %286, %230 ]
  %242 = getelementptr inbounds [40 x double], ptr @A, i64 %206, i64 %241
  %243 = load double, ptr %242, align 8, !tbaa !4
  %244 = insertelement <4 x double> poison, double %243, i64 0
  %245 = shufflevector <4 x double> %244, <4 x double> poison, <4 x i32> zeroinitializer
  %246 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 0
  %247 = load <4 x double>, ptr %246, align 16, !tbaa !4
  %248 = fmul <4 x double> %245, %247
  %249 = fadd <4 x double> %240, %248
  %250 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 4
  %251 = load <4 x double>, ptr %250, align 16, !tbaa !4
  %252 = fmul <4 x double> %245, %251
  %253 = fadd <4 x double> %239, %252
  %254 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 8
  %255 = load <4 x double>, ptr %254, align 16, !tbaa !4
  %256 = fmul <4 x double> %245, %255
  %257 = fadd <4 x double> %238, %256
  %258 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 12
  %259 = load <4 x double>, ptr %258, align 16, !tbaa !4
  %260 = fmul <4 x double> %245, %259
  %261 = fadd <4 x double> %237, %260
  %262 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 16
  %263 = load <4 x double>, ptr %262, align 16, !tbaa !4
  %264 = fmul <4 x double> %245, %263
  %265 = fadd <4 x double> %236, %264
  %266 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 20
  %267 = load <4 x double>, ptr %266, align 16, !tbaa !4
  %268 = fmul <4 x double> %245, %267
  %269 = fadd <4 x double> %235, %268
  %270 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 24
  %271 = load <4 x double>, ptr %270, align 16, !tbaa !4
  %272 = fmul <4 x double> %245, %271
  %273 = fadd <4 x double> %234, %272
  %274 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 28
  %275 = load <4 x double>, ptr %274, align 16, !tbaa !4
  %276 = fmul <4 x double> %245, %275
  %277 = fadd <4 x double> %233, %276
  %278 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 32
  %279 = load <4 x double>, ptr %278, align 16, !tbaa !4
  %280 = fmul <4 x double> %245, %279
  %281 = fadd <4 x double> %232, %280
  %282 = getelementptr inbounds [40 x double], ptr @B, i64 %241, i64 36
  %283 = load <4 x double>, ptr %282, align 16, !tbaa !4
  %284 = fmul <4 x double> %245, %283
  %285 = fadd <4 x double> %231, %284
  %286 = add nuw nsw i64 %241, 1
  %287 = icmp eq i64 %286, 40
  br i1 %287, label %227, label %230, !llvm.loop !14

288:                                              ; preds = %227, %300
  %289 = phi i64 [ %301, %300 ], [ 0, %227 ]
  %290 = phi i64 [ %348, %300 ], [ 0, %227 ]
  br label %303

291:                                              ; preds = %300
  store <64 x i32> <i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1, i32 1, i32 -2, i32 0, i32 2, i32 -1>, ptr @M, align 256, !tbaa !15
  store <64 x i32> <i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1>, ptr @P, align 256, !tbaa !15
  %292 = load <8 x i32>, ptr @M, align 256, !tbaa !15
  %293 = load <8 x i32>, ptr getelementptr inbounds ([8 x [8 x i32]], ptr @M, i64 0, i64 1, i64 0), align 32, !tbaa !15
  %294 = load <8 x i32>, ptr getelementptr inbounds ([8 x [8 x i32]], ptr @M, i64 0, i64 2, i64 0), align 64, !tbaa !15
  %295 = load <8 x i32>, ptr getelementptr inbounds ([8 x [8 x i32]], ptr @M, i64 0, i64 3, i64 0), align 32, !tbaa !15
  %296 = load <8 x i32>, ptr getelementptr inbounds ([8 x [8 x i32]], ptr @M, i64 0, i64 4, i64 0), align 128, !tbaa !15
  %297 = load <8 x i32>, ptr getelementptr inbounds ([8 x [8 x i32]], ptr @M, i64 0, i64 5, i64 0), align 32, !tbaa !15
  %298 = load <8 x i32>, ptr getelementptr inbounds ([8 x [8 x i32]], ptr @M, i64 0, i64 6, i64 0), align 64, !tbaa !15
  %299 = load <8 x i32>, ptr getelementptr inbounds ([8 x [8 x i32]], ptr @M, i64 0, i64 7, i64 0), align 32, !tbaa !15
  br label %351

300:                                              ; preds = %303
  %301 = add nuw nsw i64 %289, 1
  %302 = icmp eq i64 %301, 40
  br i1 %302, label %291, label %288, !llvm.loop !17

303:                                              ; preds = %303, %288
  %304 = phi i64 [ 0, %288 ], [ %349, %303 ]
  %305 = phi i64 [ %290, %288 ], [ %348, %303 ]
  %306 = getelementptr inbounds [40 x [40 x double]], ptr @C1, i64 0, i64 %289, i64 %304
  %307 = load i64, ptr %306, align 16
  %308 = mul i64 %305, 1000003
  %309 = add i64 %307, %308
  %310 = bitcast i64 %307 to double
  %311 = getelementptr inbounds [40 x [40 x double]], ptr @C2, i64 0, i64 %289, i64 %304
  %312 = load double, ptr %311, align 16, !tbaa !4
  %313 = fcmp une double %312, %310
  %314 = zext i1 %313 to i64
  %315 = add i64 %309, %314
  %316 = or i64 %304, 1
  %317 = getelementptr inbounds [40 x [40 x double]], ptr @C1, i64 0, i64 %289, i64 %316
  %318 = load i64, ptr %317, align 8
  %319 = mul i64 %315, 1000003
  %320 = add i64 %318, %319
  %321 = bitcast i64 %318 to double
  %322 = getelementptr inbounds [40 x [40 x double]], ptr @C2, i64 0, i64 %289, i64 %316
  %323 = load double, ptr %322, align 8, !tbaa !4
  %324 = fcmp une double %323, %321
  %325 = zext i1 %324 to i64
  %326 = add i64 %320, %325
  %327 = or i64 %304, 2
  %328 = getelementptr inbounds [40 x [40 x double]], ptr @C1, i64 0, i64 %289, i64 %327
  %329 = load i64, ptr %328, align 16
  %330 = mul i64 %326, 1000003
  %331 = add i64 %329, %330
  %332 = bitcast i64 %329 to double
  %333 = getelementptr inbounds [40 x [40 x double]], ptr @C2, i64 0, i64 %289, i64 %327
  %334 = load double, ptr %333, align 16, !tbaa !4
  %335 = fcmp une double %334, %332
  %336 = zext i1 %335 to i64
  %337 = add i64 %331, %336
  %338 = or i64 %304, 3
  %339 = getelementptr inbounds [40 x [40 x double]], ptr @C1, i64 0, i64 %289, i64 %338
  %340 = load i64, ptr %339, align 8
  %341 = mul i64 %337, 1000003
  %342 = add i64 %340, %341
  %343 = bitcast i64 %340 to double
  %344 = getelementptr inbounds [40 x [40 x double]], ptr @C2, i64 0, i64 %289, i64 %338
  %345 = load double, ptr %344, align 8, !tbaa !4
  %346 = fcmp une double %345, %343
  %347 = zext i1 %346 to i64
  %348 = add i64 %342, %347
  %349 = add nuw nsw i64 %304, 4
  %350 = icmp eq i64 %349, 40
  br i1 %350, label %300, label %303, !llvm.loop !18

351:                                              ; preds = %291, %406
  %352 = phi i32 [ %407, %406 ], [ 0, %291 ]
  br label %353

353:                                              ; preds = %353, %351
  %354 = phi i64 [ %404, %353 ], [ 0, %351 ]
  %355 = getelementptr inbounds [8 x i32], ptr @P, i64 %354, i64 7
  %356 = load i32, ptr %355, align 4, !tbaa !15
  %357 = getelementptr inbounds [8 x i32], ptr @P, i64 %354, i64 6
  %358 = load i32, ptr %357, align 8, !tbaa !15
  %359 = getelementptr inbounds [8 x i32], ptr @P, i64 %354, i64 5
  %360 = load i32, ptr %359, align 4, !tbaa !15
  %361 = getelementptr inbounds [8 x i32], ptr @P, i64 %354, i64 4
  %362 = load i32, ptr %361, align 16, !tbaa !15
  %363 = getelementptr inbounds [8 x i32], ptr @P, i64 %354, i64 3
  %364 = load i32, ptr %363, align 4, !tbaa !15
  %365 = getelementptr inbounds [8 x i32], ptr @P, i64 %354, i64 2
  %366 = load i32, ptr %365, align 8, !tbaa !15
  %367 = getelementptr inbounds [8 x i32], ptr @P, i64 %354, i64 1
  %368 = load i32, ptr %367, align 4, !tbaa !15
  %369 = getelementptr inbounds [8 x i32], ptr @P, i64 %354, i64 0
  %370 = load i32, ptr %369, align 32, !tbaa !15
  %371 = insertelement <8 x i32> poison, i32 %370, i64 0
  %372 = shufflevector <8 x i32> %371, <8 x i32> poison, <8 x i32> zeroinitializer
  %373 = insertelement <8 x i32> poison, i32 %368, i64 0
  %374 = shufflevector <8 x i32> %373, <8 x i32> poison, <8 x i32> zeroinitializer
  %375 = insertelement <8 x i32> poison, i32 %366, i64 0
  %376 = shufflevector <8 x i32> %375, <8 x i32> poison, <8 x i32> zeroinitializer
  %377 = insertelement <8 x i32> poison, i32 %364, i64 0
  %378 = shufflevector <8 x i32> %377, <8 x i32> poison, <8 x i32> zeroinitializer
  %379 = insertelement <8 x i32> poison, i32 %362, i64 0
  %380 = shufflevector <8 x i32> %379, <8 x i32> poison, <8 x i32> zeroinitializer
  %381 = insertelement <8 x i32> poison, i32 %360, i64 0
  %382 = shufflevector <8 x i32> %381, <8 x i32> poison, <8 x i32> zeroinitializer
  %383 = insertelement <8 x i32> poison, i32 %358, i64 0
  %384 = shufflevector <8 x i32> %383, <8 x i32> poison, <8 x i32> zeroinitializer
  %385 = insertelement <8 x i32> poison, i32 %356, i64 0
  %386 = shufflevector <8 x i32> %385, <8 x i32> poison, <8 x i32> zeroinitializer
  %387 = mul <8 x i32> %292, %372
  %388 = mul <8 x i32> %293, %374
  %389 = add <8 x i32> %388, %387
  %390 = mul <8 x i32> %294, %376
  %391 = add <8 x i32> %389, %390
  %392 = mul <8 x i32> %295, %378
  %393 = add <8 x i32> %391, %392
  %394 = mul <8 x i32> %296, %380
  %395 = add <8 x i32> %393, %394
  %396 = mul <8 x i32> %297, %382
  %397 = add <8 x i32> %395, %396
  %398 = mul <8 x i32> %298, %384
  %399 = add <8 x i32> %397, %398
  %400 = mul <8 x i32> %299, %386
  %401 = add <8 x i32> %399, %400
  %402 = urem <8 x i32> %401, <i32 1000003, i32 1000003, i32 1000003, i32 1000003, i32 1000003, i32 1000003, i32 1000003, i32 1000003>
  %403 = getelementptr inbounds [8 x i32], ptr @T, i64 %354, i64 0
  store <8 x i32> %402, ptr %403, align 16, !tbaa !15
  %404 = add nuw nsw i64 %354, 1
  %405 = icmp eq i64 %404, 8
  br i1 %405, label %406, label %353, !llvm.loop !19

406:                                              ; preds = %353
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 256 dereferenceable(256) @P, ptr noundef nonnull align 16 dereferenceable(256) @T, i64 256, i1 false)
  %407 = add nuw nsw i32 %352, 1
  %408 = icmp eq i32 %407, 20
  br i1 %408, label %409, label %351, !llvm.loop !20

409:                                              ; preds = %406, %409
  %410 = phi i64 [ %452, %409 ], [ 0, %406 ]
  %411 = phi i64 [ %451, %409 ], [ %348, %406 ]
  %412 = mul i64 %411, 31
  %413 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %410, i64 0
  %414 = load i32, ptr %413, align 32, !tbaa !15
  %415 = zext i32 %414 to i64
  %416 = add i64 %412, %415
  %417 = mul i64 %416, 31
  %418 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %410, i64 1
  %419 = load i32, ptr %418, align 4, !tbaa !15
  %420 = zext i32 %419 to i64
  %421 = add i64 %417, %420
  %422 = mul i64 %421, 31
  %423 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %410, i64 2
  %424 = load i32, ptr %423, align 8, !tbaa !15
  %425 = zext i32 %424 to i64
  %426 = add i64 %422, %425
  %427 = mul i64 %426, 31
  %428 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %410, i64 3
  %429 = load i32, ptr %428, align 4, !tbaa !15
  %430 = zext i32 %429 to i64
  %431 = add i64 %427, %430
  %432 = mul i64 %431, 31
  %433 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %410, i64 4
  %434 = load i32, ptr %433, align 16, !tbaa !15
  %435 = zext i32 %434 to i64
  %436 = add i64 %432, %435
  %437 = mul i64 %436, 31
  %438 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %410, i64 5
  %439 = load i32, ptr %438, align 4, !tbaa !15
  %440 = zext i32 %439 to i64
  %441 = add i64 %437, %440
  %442 = mul i64 %441, 31
  %443 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %410, i64 6
  %444 = load i32, ptr %443, align 8, !tbaa !15
  %445 = zext i32 %444 to i64
  %446 = add i64 %442, %445
  %447 = mul i64 %446, 31
  %448 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %410, i64 7
  %449 = load i32, ptr %448, align 4, !tbaa !15
  %450 = zext i32 %449 to i64
  %451 = add i64 %447, %450
  %452 = add nuw nsw i64 %410, 1
  %453 = icmp eq i64 %452, 8
  br i1 %453, label %454, label %409, !llvm.loop !21

454:                                              ; preds = %409
  ret i64 %451
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"double", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = !{!16, !16, i64 0}
!16 = !{!"int", !6, i64 0}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
