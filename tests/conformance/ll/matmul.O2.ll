; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_scale = dso_local local_unnamed_addr global double 1.000000e-03, align 8
@A = internal unnamed_addr global [40 x [40 x double]] zeroinitializer, align 16
@B = internal unnamed_addr global [40 x [40 x double]] zeroinitializer, align 16
@C1 = internal unnamed_addr global [40 x [40 x double]] zeroinitializer, align 16
@C2 = internal unnamed_addr global [40 x [40 x double]] zeroinitializer, align 16
@M = internal unnamed_addr global [8 x [8 x i32]] zeroinitializer, align 16
@P = internal unnamed_addr global [8 x [8 x i32]] zeroinitializer, align 16
@T = internal unnamed_addr global [8 x [8 x i32]] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load double, ptr @g_scale, align 8, !tbaa !4
  %2 = insertelement <2 x double> poison, double %1, i64 0
  %3 = shufflevector <2 x double> %2, <2 x double> poison, <2 x i32> zeroinitializer
  br label %4

4:                                                ; preds = %95, %0
  %5 = phi i64 [ 0, %0 ], [ %96, %95 ]
  %6 = mul nuw nsw i64 %5, 5
  %7 = mul nuw nsw i64 %5, 7
  %8 = insertelement <2 x i64> poison, i64 %7, i64 0
  %9 = shufflevector <2 x i64> %8, <2 x i64> poison, <2 x i32> zeroinitializer
  %10 = insertelement <2 x i64> poison, i64 %6, i64 0
  %11 = shufflevector <2 x i64> %10, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %12

12:                                               ; preds = %12, %4
  %13 = phi i64 [ 0, %4 ], [ %31, %12 ]
  %14 = phi <2 x i64> [ <i64 0, i64 1>, %4 ], [ %32, %12 ]
  %15 = mul nuw nsw <2 x i64> %14, <i64 3, i64 3>
  %16 = add nuw nsw <2 x i64> %15, %9
  %17 = trunc <2 x i64> %16 to <2 x i32>
  %18 = urem <2 x i32> %17, <i32 11, i32 11>
  %19 = add nsw <2 x i32> %18, <i32 -5, i32 -5>
  %20 = sitofp <2 x i32> %19 to <2 x double>
  %21 = fmul <2 x double> %3, %20
  %22 = getelementptr inbounds [40 x [40 x double]], ptr @A, i64 0, i64 %5, i64 %13
  store <2 x double> %21, ptr %22, align 16, !tbaa !4
  %23 = mul nuw nsw <2 x i64> %14, <i64 9, i64 9>
  %24 = add nuw nsw <2 x i64> %23, %11
  %25 = trunc <2 x i64> %24 to <2 x i32>
  %26 = urem <2 x i32> %25, <i32 13, i32 13>
  %27 = sitofp <2 x i32> %26 to <2 x double>
  %28 = fmul <2 x double> %27, <double 5.000000e-01, double 5.000000e-01>
  %29 = fadd <2 x double> %28, <double -3.000000e+00, double -3.000000e+00>
  %30 = getelementptr inbounds [40 x [40 x double]], ptr @B, i64 0, i64 %5, i64 %13
  store <2 x double> %29, ptr %30, align 16, !tbaa !4
  %31 = add nuw i64 %13, 2
  %32 = add <2 x i64> %14, <i64 2, i64 2>
  %33 = icmp eq i64 %31, 40
  br i1 %33, label %95, label %12, !llvm.loop !8

34:                                               ; preds = %95, %38
  %35 = phi i64 [ %39, %38 ], [ 0, %95 ]
  br label %36

36:                                               ; preds = %41, %34
  %37 = phi i64 [ 0, %34 ], [ %43, %41 ]
  br label %45

38:                                               ; preds = %41
  %39 = add nuw nsw i64 %35, 1
  %40 = icmp eq i64 %39, 40
  br i1 %40, label %63, label %34, !llvm.loop !12

41:                                               ; preds = %45
  %42 = getelementptr inbounds [40 x double], ptr @C1, i64 %35, i64 %37
  store double %60, ptr %42, align 8, !tbaa !4
  %43 = add nuw nsw i64 %37, 1
  %44 = icmp eq i64 %43, 40
  br i1 %44, label %38, label %36, !llvm.loop !13

45:                                               ; preds = %45, %36
  %46 = phi i64 [ 0, %36 ], [ %61, %45 ]
  %47 = phi double [ 0.000000e+00, %36 ], [ %60, %45 ]
  %48 = getelementptr inbounds [40 x double], ptr @A, i64 %35, i64 %46
  %49 = load double, ptr %48, align 16, !tbaa !4
  %50 = getelementptr inbounds [40 x double], ptr @B, i64 %46, i64 %37
  %51 = load double, ptr %50, align 8, !tbaa !4
  %52 = fmul double %49, %51
  %53 = fadd double %47, %52
  %54 = or i64 %46, 1
  %55 = getelementptr inbounds [40 x double], ptr @A, i64 %35, i64 %54
  %56 = load double, ptr %55, align 8, !tbaa !4
  %57 = getelementptr inbounds [40 x double], ptr @B, i64 %54, i64 %37
  %58 = load double, ptr %57, align 8, !tbaa !4
  %59 = fmul double %56, %58
  %60 = fadd double %53, %59
  %61 = add nuw nsw i64 %46, 2
  %62 = icmp eq i64 %61, 40
  br i1 %62, label %41, label %45, !llvm.loop !14

63:                                               ; preds = %38
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(12800) @C2, i8 0, i64 12800, i1 false)
  br label %64

64:                                               ; preds = %66, %63
  %65 = phi i64 [ 0, %63 ], [ %67, %66 ]
  br label %69

66:                                               ; preds = %92
  %67 = add nuw nsw i64 %65, 1
  %68 = icmp eq i64 %67, 40
  br i1 %68, label %98, label %64, !llvm.loop !15

69:                                               ; preds = %64, %92
  %70 = phi i64 [ 0, %64 ], [ %93, %92 ]
  %71 = getelementptr inbounds [40 x double], ptr @A, i64 %65, i64 %70
  %72 = load double, ptr %71, align 8, !tbaa !4
  %73 = insertelement <2 x double> poison, double %72, i64 0
  %74 = shufflevector <2 x double> %73, <2 x double> poison, <2 x i32> zeroinitializer
  br label %75

75:                                               ; preds = %75, %69
  %76 = phi i64 [ 0, %69 ], [ %90, %75 ]
  %77 = getelementptr inbounds [40 x double], ptr @B, i64 %70, i64 %76
  %78 = load <2 x double>, ptr %77, align 16, !tbaa !4
  %79 = fmul <2 x double> %74, %78
  %80 = getelementptr inbounds [40 x double], ptr @C2, i64 %65, i64 %76
  %81 = load <2 x double>, ptr %80, align 16, !tbaa !4
  %82 = fadd <2 x double> %81, %79
  store <2 x double> %82, ptr %80, align 16, !tbaa !4
  %83 = or i64 %76, 2
  %84 = getelementptr inbounds [40 x double], ptr @B, i64 %70, i64 %83
  %85 = load <2 x double>, ptr %84, align 16, !tbaa !4
  %86 = fmul <2 x double> %74, %85
  %87 = getelementptr inbounds [40 x double], ptr @C2, i64 %65, i64 %83
  %88 = load <2 x double>, ptr %87, align 16, !tbaa !4
  %89 = fadd <2 x double> %88, %86
  store <2 x double> %89, ptr %87, align 16, !tbaa !4
  %90 = add nuw nsw i64 %76, 4
  %91 = icmp eq i64 %90, 40
  br i1 %91, label %92, label %75, !llvm.loop !16

92:                                               ; preds = %75
  %93 = add nuw nsw i64 %70, 1
  %94 = icmp eq i64 %93, 40
  br i1 %94, label %66, label %69, !llvm.loop !17

95:                                               ; preds = %12
  %96 = add nuw nsw i64 %5, 1
  %97 = icmp eq i64 %96, 40
  br i1 %97, label %34, label %4, !llvm.loop !18

98:                                               ; preds = %66, %101
  %99 = phi i64 [ %102, %101 ], [ 0, %66 ]
  %100 = phi i64 [ %127, %101 ], [ 0, %66 ]
  br label %104

101:                                              ; preds = %104
  %102 = add nuw nsw i64 %99, 1
  %103 = icmp eq i64 %102, 40
  br i1 %103, label %130, label %98, !llvm.loop !19

104:                                              ; preds = %104, %98
  %105 = phi i64 [ 0, %98 ], [ %128, %104 ]
  %106 = phi i64 [ %100, %98 ], [ %127, %104 ]
  %107 = getelementptr inbounds [40 x [40 x double]], ptr @C1, i64 0, i64 %99, i64 %105
  %108 = load i64, ptr %107, align 16
  %109 = mul i64 %106, 1000003
  %110 = add i64 %108, %109
  %111 = bitcast i64 %108 to double
  %112 = getelementptr inbounds [40 x [40 x double]], ptr @C2, i64 0, i64 %99, i64 %105
  %113 = load double, ptr %112, align 16, !tbaa !4
  %114 = fcmp une double %113, %111
  %115 = zext i1 %114 to i64
  %116 = add i64 %110, %115
  %117 = or i64 %105, 1
  %118 = getelementptr inbounds [40 x [40 x double]], ptr @C1, i64 0, i64 %99, i64 %117
  %119 = load i64, ptr %118, align 8
  %120 = mul i64 %116, 1000003
  %121 = add i64 %119, %120
  %122 = bitcast i64 %119 to double
  %123 = getelementptr inbounds [40 x [40 x double]], ptr @C2, i64 0, i64 %99, i64 %117
  %124 = load double, ptr %123, align 8, !tbaa !4
  %125 = fcmp une double %124, %122
  %126 = zext i1 %125 to i64
  %127 = add i64 %121, %126
  %128 = add nuw nsw i64 %105, 2
  %129 = icmp eq i64 %128, 40
  br i1 %129, label %101, label %104, !llvm.loop !20

130:                                              ; preds = %101, %130
  %131 = phi i64 [ %159, %130 ], [ 0, %101 ]
  %132 = trunc i64 %131 to i32
  %133 = getelementptr inbounds [8 x [8 x i32]], ptr @M, i64 0, i64 %131, i64 0
  %134 = insertelement <4 x i64> poison, i64 %131, i64 0
  %135 = shufflevector <4 x i64> %134, <4 x i64> poison, <4 x i32> zeroinitializer
  %136 = icmp eq <4 x i64> %135, <i64 0, i64 1, i64 2, i64 3>
  %137 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %131, i64 0
  %138 = trunc i64 %131 to i32
  %139 = add i32 %138, 2
  %140 = trunc i64 %131 to i32
  %141 = insertelement <2 x i32> undef, i32 %140, i64 0
  %142 = shufflevector <2 x i32> %141, <2 x i32> poison, <2 x i32> zeroinitializer
  %143 = add <2 x i32> %142, <i32 4, i32 6>
  %144 = insertelement <4 x i32> poison, i32 %132, i64 0
  %145 = insertelement <4 x i32> %144, i32 %139, i64 1
  %146 = shufflevector <2 x i32> %143, <2 x i32> poison, <4 x i32> <i32 0, i32 1, i32 undef, i32 undef>
  %147 = shufflevector <4 x i32> %145, <4 x i32> %146, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %148 = urem <4 x i32> %147, <i32 5, i32 5, i32 5, i32 5>
  %149 = add nsw <4 x i32> %148, <i32 -2, i32 -2, i32 -2, i32 -2>
  store <4 x i32> %149, ptr %133, align 16, !tbaa !21
  %150 = zext <4 x i1> %136 to <4 x i32>
  store <4 x i32> %150, ptr %137, align 16, !tbaa !21
  %151 = trunc <4 x i64> %135 to <4 x i32>
  %152 = getelementptr inbounds [8 x [8 x i32]], ptr @M, i64 0, i64 %131, i64 4
  %153 = icmp eq <4 x i64> %135, <i64 4, i64 5, i64 6, i64 7>
  %154 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %131, i64 4
  %155 = add <4 x i32> %151, <i32 8, i32 10, i32 12, i32 14>
  %156 = urem <4 x i32> %155, <i32 5, i32 5, i32 5, i32 5>
  %157 = add nsw <4 x i32> %156, <i32 -2, i32 -2, i32 -2, i32 -2>
  store <4 x i32> %157, ptr %152, align 16, !tbaa !21
  %158 = zext <4 x i1> %153 to <4 x i32>
  store <4 x i32> %158, ptr %154, align 16, !tbaa !21
  %159 = add nuw nsw i64 %131, 1
  %160 = icmp eq i64 %159, 8
  br i1 %160, label %161, label %130, !llvm.loop !23

161:                                              ; preds = %130, %237
  %162 = phi i32 [ %238, %237 ], [ 0, %130 ]
  br label %163

163:                                              ; preds = %234, %161
  %164 = phi i64 [ %235, %234 ], [ 0, %161 ]
  %165 = getelementptr inbounds [8 x i32], ptr @P, i64 %164, i64 7
  %166 = load i32, ptr %165, align 4, !tbaa !21
  %167 = getelementptr inbounds [8 x i32], ptr @P, i64 %164, i64 6
  %168 = load i32, ptr %167, align 8, !tbaa !21
  %169 = getelementptr inbounds [8 x i32], ptr @P, i64 %164, i64 5
  %170 = load i32, ptr %169, align 4, !tbaa !21
  %171 = getelementptr inbounds [8 x i32], ptr @P, i64 %164, i64 4
  %172 = load i32, ptr %171, align 16, !tbaa !21
  %173 = getelementptr inbounds [8 x i32], ptr @P, i64 %164, i64 3
  %174 = load i32, ptr %173, align 4, !tbaa !21
  %175 = getelementptr inbounds [8 x i32], ptr @P, i64 %164, i64 2
  %176 = load i32, ptr %175, align 8, !tbaa !21
  %177 = getelementptr inbounds [8 x i32], ptr @P, i64 %164, i64 1
  %178 = load i32, ptr %177, align 4, !tbaa !21
  %179 = getelementptr inbounds [8 x i32], ptr @P, i64 %164, i64 0
  %180 = load i32, ptr %179, align 16, !tbaa !21
  %181 = insertelement <4 x i32> poison, i32 %180, i64 0
  %182 = shufflevector <4 x i32> %181, <4 x i32> poison, <4 x i32> zeroinitializer
  %183 = insertelement <4 x i32> poison, i32 %178, i64 0
  %184 = shufflevector <4 x i32> %183, <4 x i32> poison, <4 x i32> zeroinitializer
  %185 = insertelement <4 x i32> poison, i32 %176, i64 0
  %186 = shufflevector <4 x i32> %185, <4 x i32> poison, <4 x i32> zeroinitializer
  %187 = insertelement <4 x i32> poison, i32 %174, i64 0
  %188 = shufflevector <4 x i32> %187, <4 x i32> poison, <4 x i32> zeroinitializer
  %189 = insertelement <4 x i32> poison, i32 %172, i64 0
  %190 = shufflevector <4 x i32> %189, <4 x i32> poison, <4 x i32> zeroinitializer
  %191 = insertelement <4 x i32> poison, i32 %170, i64 0
  %192 = shufflevector <4 x i32> %191, <4 x i32> poison, <4 x i32> zeroinitializer
  %193 = insertelement <4 x i32> poison, i32 %168, i64 0
  %194 = shufflevector <4 x i32> %193, <4 x i32> poison, <4 x i32> zeroinitializer
  %195 = insertelement <4 x i32> poison, i32 %166, i64 0
  %196 = shufflevector <4 x i32> %195, <4 x i32> poison, <4 x i32> zeroinitializer
  br label %197

197:                                              ; preds = %197, %163
  %198 = phi i64 [ 0, %163 ], [ %232, %197 ]
  %199 = getelementptr inbounds [8 x i32], ptr @M, i64 0, i64 %198
  %200 = load <4 x i32>, ptr %199, align 16, !tbaa !21
  %201 = mul <4 x i32> %200, %182
  %202 = getelementptr inbounds [8 x i32], ptr @M, i64 1, i64 %198
  %203 = load <4 x i32>, ptr %202, align 16, !tbaa !21
  %204 = mul <4 x i32> %203, %184
  %205 = add <4 x i32> %204, %201
  %206 = getelementptr inbounds [8 x i32], ptr @M, i64 2, i64 %198
  %207 = load <4 x i32>, ptr %206, align 16, !tbaa !21
  %208 = mul <4 x i32> %207, %186
  %209 = add <4 x i32> %205, %208
  %210 = getelementptr inbounds [8 x i32], ptr @M, i64 3, i64 %198
  %211 = load <4 x i32>, ptr %210, align 16, !tbaa !21
  %212 = mul <4 x i32> %211, %188
  %213 = add <4 x i32> %209, %212
  %214 = getelementptr inbounds [8 x i32], ptr @M, i64 4, i64 %198
  %215 = load <4 x i32>, ptr %214, align 16, !tbaa !21
  %216 = mul <4 x i32> %215, %190
  %217 = add <4 x i32> %213, %216
  %218 = getelementptr inbounds [8 x i32], ptr @M, i64 5, i64 %198
  %219 = load <4 x i32>, ptr %218, align 16, !tbaa !21
  %220 = mul <4 x i32> %219, %192
  %221 = add <4 x i32> %217, %220
  %222 = getelementptr inbounds [8 x i32], ptr @M, i64 6, i64 %198
  %223 = load <4 x i32>, ptr %222, align 16, !tbaa !21
  %224 = mul <4 x i32> %223, %194
  %225 = add <4 x i32> %221, %224
  %226 = getelementptr inbounds [8 x i32], ptr @M, i64 7, i64 %198
  %227 = load <4 x i32>, ptr %226, align 16, !tbaa !21
  %228 = mul <4 x i32> %227, %196
  %229 = add <4 x i32> %225, %228
  %230 = urem <4 x i32> %229, <i32 1000003, i32 1000003, i32 1000003, i32 1000003>
  %231 = getelementptr inbounds [8 x i32], ptr @T, i64 %164, i64 %198
  store <4 x i32> %230, ptr %231, align 16, !tbaa !21
  %232 = add nuw i64 %198, 4
  %233 = icmp eq i64 %232, 8
  br i1 %233, label %234, label %197, !llvm.loop !24

234:                                              ; preds = %197
  %235 = add nuw nsw i64 %164, 1
  %236 = icmp eq i64 %235, 8
  br i1 %236, label %237, label %163, !llvm.loop !25

237:                                              ; preds = %234
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) @P, ptr noundef nonnull align 16 dereferenceable(256) @T, i64 256, i1 false)
  %238 = add nuw nsw i32 %162, 1
  %239 = icmp eq i32 %238, 20
  br i1 %239, label %240, label %161, !llvm.loop !26

240:                                              ; preds = %237, %240
  %241 = phi i64 [ %283, %240 ], [ 0, %237 ]
  %242 = phi i64 [ %282, %240 ], [ %127, %237 ]
  %243 = mul i64 %242, 31
  %244 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %241, i64 0
  %245 = load i32, ptr %244, align 16, !tbaa !21
  %246 = zext i32 %245 to i64
  %247 = add i64 %243, %246
  %248 = mul i64 %247, 31
  %249 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %241, i64 1
  %250 = load i32, ptr %249, align 4, !tbaa !21
  %251 = zext i32 %250 to i64
  %252 = add i64 %248, %251
  %253 = mul i64 %252, 31
  %254 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %241, i64 2
  %255 = load i32, ptr %254, align 8, !tbaa !21
  %256 = zext i32 %255 to i64
  %257 = add i64 %253, %256
  %258 = mul i64 %257, 31
  %259 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %241, i64 3
  %260 = load i32, ptr %259, align 4, !tbaa !21
  %261 = zext i32 %260 to i64
  %262 = add i64 %258, %261
  %263 = mul i64 %262, 31
  %264 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %241, i64 4
  %265 = load i32, ptr %264, align 16, !tbaa !21
  %266 = zext i32 %265 to i64
  %267 = add i64 %263, %266
  %268 = mul i64 %267, 31
  %269 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %241, i64 5
  %270 = load i32, ptr %269, align 4, !tbaa !21
  %271 = zext i32 %270 to i64
  %272 = add i64 %268, %271
  %273 = mul i64 %272, 31
  %274 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %241, i64 6
  %275 = load i32, ptr %274, align 8, !tbaa !21
  %276 = zext i32 %275 to i64
  %277 = add i64 %273, %276
  %278 = mul i64 %277, 31
  %279 = getelementptr inbounds [8 x [8 x i32]], ptr @P, i64 0, i64 %241, i64 7
  %280 = load i32, ptr %279, align 4, !tbaa !21
  %281 = zext i32 %280 to i64
  %282 = add i64 %278, %281
  %283 = add nuw nsw i64 %241, 1
  %284 = icmp eq i64 %283, 8
  br i1 %284, label %285, label %240, !llvm.loop !27

285:                                              ; preds = %240
  ret i64 %282
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9, !10, !11}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = !{!22, !22, i64 0}
!22 = !{!"int", !6, i64 0}
!23 = distinct !{!23, !9}
!24 = distinct !{!24, !9, !10, !11}
!25 = distinct !{!25, !9}
!26 = distinct !{!26, !9}
!27 = distinct !{!27, !9}
