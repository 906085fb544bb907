; ModuleID = 'nbody.c'
source_filename = "nbody.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Body = type { double, double, double, double, double, double, double }

@g_steps = dso_local local_unnamed_addr global i32 300, align 4
@bodies = internal unnamed_addr global [5 x %struct.Body] [%struct.Body { double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0x4043BD3CC9BE45DE }, %struct.Body { double 0x40135DA0343CD92C, double 0xBFF290ABC01FDB7C, double 0xBFBA86F96C25EBF0, double 0x3FE367069B93CCBC, double 0x40067EF2F57D949B, double 0xBF99D2D79A5A0715, double 0x3FA34C95D9AB33D8 }, %struct.Body { double 0x4020AFCDC332CA67, double 0x40107FCB31DE01B0, double 0xBFD9D353E1EB467C, double 0xBFF02C21B8879442, double 0x3FFD35E9BF1F8F13, double 0x3F813C485F1123B4, double 0x3F871D490D07C637 }, %struct.Body { double 0x4029C9EACEA7D9CF, double 0xC02E38E8D626667E, double 0xBFCC9557BE257DA0, double 0x3FF1531CA9911BEF, double 0x3FEBCC7F3E54BBC5, double 0xBF862F6BFAF23E7C, double 0x3F5C3DD29CF41EB3 }, %struct.Body { double 0x402EC267A905572A, double 0xC039EB5833C8A220, double 0x3FC6F1F393ABE540, double 0x3FEF54B61659BC4A, double 0x3FE307C631C4FBA3, double 0xBFA1CB88587665F6, double 0x3F60A8F3531799AC }], align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 5), align 8, !tbaa !4
  %2 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 5), align 16, !tbaa !4
  %3 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 5), align 8, !tbaa !4
  %4 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 5), align 16, !tbaa !4
  %5 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 5), align 8, !tbaa !4
  %6 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 3), align 8
  %7 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 6), align 16, !tbaa !9
  %8 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 4), align 16, !tbaa !10
  %9 = insertelement <2 x double> %6, double %7, i64 1
  %10 = insertelement <2 x double> poison, double %7, i64 0
  %11 = insertelement <2 x double> %10, double %8, i64 1
  %12 = fmul <2 x double> %9, %11
  %13 = fadd <2 x double> %12, zeroinitializer
  %14 = fmul double %7, %1
  %15 = fadd double %14, 0.000000e+00
  %16 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 3), align 16
  %17 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 6), align 8, !tbaa !9
  %18 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 4), align 8, !tbaa !10
  %19 = insertelement <2 x double> %16, double %17, i64 1
  %20 = insertelement <2 x double> poison, double %17, i64 0
  %21 = insertelement <2 x double> %20, double %18, i64 1
  %22 = fmul <2 x double> %19, %21
  %23 = fadd <2 x double> %13, %22
  %24 = fmul double %17, %2
  %25 = fadd double %15, %24
  %26 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 3), align 8
  %27 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 6), align 16, !tbaa !9
  %28 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 4), align 16, !tbaa !10
  %29 = insertelement <2 x double> %26, double %27, i64 1
  %30 = insertelement <2 x double> poison, double %27, i64 0
  %31 = insertelement <2 x double> %30, double %28, i64 1
  %32 = fmul <2 x double> %29, %31
  %33 = fadd <2 x double> %23, %32
  %34 = fmul double %27, %3
  %35 = fadd double %25, %34
  %36 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 3), align 16
  %37 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 6), align 8, !tbaa !9
  %38 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 4), align 8, !tbaa !10
  %39 = insertelement <2 x double> %36, double %37, i64 1
  %40 = insertelement <2 x double> poison, double %37, i64 0
  %41 = insertelement <2 x double> %40, double %38, i64 1
  %42 = fmul <2 x double> %39, %41
  %43 = fadd <2 x double> %33, %42
  %44 = fmul double %37, %4
  %45 = fadd double %35, %44
  %46 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 3), align 8
  %47 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 6), align 16, !tbaa !9
  %48 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 4), align 16, !tbaa !10
  %49 = insertelement <2 x double> %46, double %47, i64 1
  %50 = insertelement <2 x double> poison, double %47, i64 0
  %51 = insertelement <2 x double> %50, double %48, i64 1
  %52 = fmul <2 x double> %49, %51
  %53 = fadd <2 x double> %43, %52
  %54 = fmul double %47, %5
  %55 = fadd double %45, %54
  %56 = fdiv <2 x double> %53, <double 0xC043BD3CC9BE45DE, double 0xC043BD3CC9BE45DE>
  store <2 x double> %56, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 3), align 8, !tbaa !11
  %57 = fdiv double %55, 0xC043BD3CC9BE45DE
  store double %57, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 5), align 8, !tbaa !4
  br label %83

58:                                               ; preds = %113, %83
  %59 = phi double [ %100, %83 ], [ %137, %113 ]
  %60 = add nuw nsw i64 %85, 1
  %61 = icmp eq i64 %101, 5
  br i1 %61, label %62, label %83, !llvm.loop !12

62:                                               ; preds = %58
  %63 = load i32, ptr @g_steps, align 4, !tbaa !14
  %64 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1), align 8, !tbaa !16
  %65 = icmp sgt i32 %63, 0
  br i1 %65, label %66, label %151

66:                                               ; preds = %62
  %67 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 2), align 16, !tbaa !17
  %68 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4), align 16, !tbaa !11
  %69 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3), align 8, !tbaa !11
  %70 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2), align 16, !tbaa !11
  %71 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 1), align 16, !tbaa !18
  %72 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 2), align 8, !tbaa !17
  %73 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 2), align 16, !tbaa !17
  %74 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 2), align 8, !tbaa !17
  %75 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 2), align 16
  %76 = shufflevector <2 x double> %75, <2 x double> poison, <4 x i32> <i32 0, i32 undef, i32 undef, i32 undef>
  %77 = load <2 x double>, ptr @bodies, align 16, !tbaa !11
  %78 = insertelement <2 x double> poison, double %64, i64 0
  %79 = insertelement <2 x double> %78, double %71, i64 1
  %80 = insertelement <4 x double> %76, double %74, i64 1
  %81 = insertelement <4 x double> %80, double %73, i64 2
  %82 = insertelement <4 x double> %81, double %72, i64 3
  br label %140

83:                                               ; preds = %58, %0
  %84 = phi i64 [ 0, %0 ], [ %101, %58 ]
  %85 = phi i64 [ 1, %0 ], [ %60, %58 ]
  %86 = phi double [ 0.000000e+00, %0 ], [ %59, %58 ]
  %87 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %84, i32 3
  %88 = load <2 x double>, ptr %87, align 8, !tbaa !11
  %89 = fmul <2 x double> %88, %88
  %90 = shufflevector <2 x double> %89, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %91 = fadd <2 x double> %89, %90
  %92 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %84, i32 5
  %93 = load <2 x double>, ptr %92, align 8, !tbaa !11
  %94 = insertelement <2 x double> %93, double 5.000000e-01, i64 1
  %95 = fmul <2 x double> %93, %94
  %96 = fadd <2 x double> %91, %95
  %97 = shufflevector <2 x double> %95, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %98 = fmul <2 x double> %97, %96
  %99 = extractelement <2 x double> %98, i64 0
  %100 = fadd double %86, %99
  %101 = add nuw nsw i64 %84, 1
  %102 = icmp ult i64 %84, 4
  br i1 %102, label %103, label %58

103:                                              ; preds = %83
  %104 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %84
  %105 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %84, i32 1
  %106 = load double, ptr %105, align 8, !tbaa !18
  %107 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %84, i32 2
  %108 = load double, ptr %104, align 8, !tbaa !16
  %109 = load double, ptr %107, align 8, !tbaa !17
  %110 = extractelement <2 x double> %93, i64 1
  %111 = insertelement <2 x double> poison, double %108, i64 0
  %112 = insertelement <2 x double> %111, double %109, i64 1
  br label %113

113:                                              ; preds = %113, %103
  %114 = phi i64 [ %85, %103 ], [ %138, %113 ]
  %115 = phi double [ %100, %103 ], [ %137, %113 ]
  %116 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %114
  %117 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %114, i32 1
  %118 = load double, ptr %117, align 8, !tbaa !18
  %119 = fsub double %106, %118
  %120 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %114, i32 2
  %121 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %114, i32 6
  %122 = load double, ptr %121, align 8, !tbaa !9
  %123 = fmul double %110, %122
  %124 = fmul double %119, %119
  %125 = load double, ptr %116, align 8, !tbaa !16
  %126 = load double, ptr %120, align 8, !tbaa !17
  %127 = insertelement <2 x double> poison, double %125, i64 0
  %128 = insertelement <2 x double> %127, double %126, i64 1
  %129 = fsub <2 x double> %112, %128
  %130 = fmul <2 x double> %129, %129
  %131 = extractelement <2 x double> %130, i64 0
  %132 = fadd double %131, %124
  %133 = extractelement <2 x double> %130, i64 1
  %134 = fadd double %132, %133
  %135 = tail call double @llvm.sqrt.f64(double %134)
  %136 = fdiv double %123, %135
  %137 = fsub double %115, %136
  %138 = add nuw nsw i64 %114, 1
  %139 = icmp eq i64 %138, 5
  br i1 %139, label %58, label %113, !llvm.loop !19

140:                                              ; preds = %66, %284
  %141 = phi i32 [ %317, %284 ], [ 0, %66 ]
  %142 = phi double [ %316, %284 ], [ %67, %66 ]
  %143 = phi <2 x double> [ %287, %284 ], [ %77, %66 ]
  %144 = phi <2 x double> [ %290, %284 ], [ %79, %66 ]
  %145 = phi <2 x double> [ %293, %284 ], [ %70, %66 ]
  %146 = phi <2 x double> [ %296, %284 ], [ %69, %66 ]
  %147 = phi <2 x double> [ %313, %284 ], [ %68, %66 ]
  %148 = phi <4 x double> [ %306, %284 ], [ %82, %66 ]
  br label %225

149:                                              ; preds = %284
  %150 = extractelement <2 x double> %290, i64 0
  br label %151

151:                                              ; preds = %149, %62
  %152 = phi double [ %64, %62 ], [ %150, %149 ]
  br label %157

153:                                              ; preds = %187, %157
  %154 = phi double [ %174, %157 ], [ %211, %187 ]
  %155 = add nuw nsw i64 %159, 1
  %156 = icmp eq i64 %175, 5
  br i1 %156, label %214, label %157, !llvm.loop !12

157:                                              ; preds = %151, %153
  %158 = phi i64 [ %175, %153 ], [ 0, %151 ]
  %159 = phi i64 [ %155, %153 ], [ 1, %151 ]
  %160 = phi double [ %154, %153 ], [ 0.000000e+00, %151 ]
  %161 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %158, i32 3
  %162 = load <2 x double>, ptr %161, align 8, !tbaa !11
  %163 = fmul <2 x double> %162, %162
  %164 = shufflevector <2 x double> %163, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %165 = fadd <2 x double> %163, %164
  %166 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %158, i32 5
  %167 = load <2 x double>, ptr %166, align 8, !tbaa !11
  %168 = insertelement <2 x double> %167, double 5.000000e-01, i64 1
  %169 = fmul <2 x double> %167, %168
  %170 = fadd <2 x double> %165, %169
  %171 = shufflevector <2 x double> %169, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %172 = fmul <2 x double> %171, %170
  %173 = extractelement <2 x double> %172, i64 0
  %174 = fadd double %160, %173
  %175 = add nuw nsw i64 %158, 1
  %176 = icmp ult i64 %158, 4
  br i1 %176, label %177, label %153

177:                                              ; preds = %157
  %178 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %158
  %179 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %158, i32 1
  %180 = load double, ptr %179, align 8, !tbaa !18
  %181 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %158, i32 2
  %182 = load double, ptr %178, align 8, !tbaa !16
  %183 = load double, ptr %181, align 8, !tbaa !17
  %184 = extractelement <2 x double> %167, i64 1
  %185 = insertelement <2 x double> poison, double %182, i64 0
  %186 = insertelement <2 x double> %185, double %183, i64 1
  br label %187

187:                                              ; preds = %187, %177
  %188 = phi i64 [ %159, %177 ], [ %212, %187 ]
  %189 = phi double [ %174, %177 ], [ %211, %187 ]
  %190 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %188
  %191 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %188, i32 1
  %192 = load double, ptr %191, align 8, !tbaa !18
  %193 = fsub double %180, %192
  %194 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %188, i32 2
  %195 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %188, i32 6
  %196 = load double, ptr %195, align 8, !tbaa !9
  %197 = fmul double %184, %196
  %198 = fmul double %193, %193
  %199 = load double, ptr %190, align 8, !tbaa !16
  %200 = load double, ptr %194, align 8, !tbaa !17
  %201 = insertelement <2 x double> poison, double %199, i64 0
  %202 = insertelement <2 x double> %201, double %200, i64 1
  %203 = fsub <2 x double> %186, %202
  %204 = fmul <2 x double> %203, %203
  %205 = extractelement <2 x double> %204, i64 0
  %206 = fadd double %205, %198
  %207 = extractelement <2 x double> %204, i64 1
  %208 = fadd double %206, %207
  %209 = tail call double @llvm.sqrt.f64(double %208)
  %210 = fdiv double %197, %209
  %211 = fsub double %189, %210
  %212 = add nuw nsw i64 %188, 1
  %213 = icmp eq i64 %212, 5
  br i1 %213, label %153, label %187, !llvm.loop !19

214:                                              ; preds = %153
  %215 = bitcast double %152 to i64
  %216 = bitcast double %59 to i64
  %217 = bitcast double %154 to i64
  %218 = mul i64 %217, 3
  %219 = xor i64 %218, %216
  %220 = mul i64 %215, 7
  %221 = xor i64 %219, %220
  ret i64 %221

222:                                              ; preds = %241, %225
  %223 = add nuw nsw i64 %227, 1
  %224 = icmp eq i64 %228, 5
  br i1 %224, label %284, label %225, !llvm.loop !20

225:                                              ; preds = %140, %222
  %226 = phi i64 [ %228, %222 ], [ 0, %140 ]
  %227 = phi i64 [ %223, %222 ], [ 1, %140 ]
  %228 = add nuw nsw i64 %226, 1
  %229 = icmp ult i64 %226, 4
  br i1 %229, label %230, label %222

230:                                              ; preds = %225
  %231 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %226
  %232 = load <2 x double>, ptr %231, align 8, !tbaa !11
  %233 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %226, i32 2
  %234 = load double, ptr %233, align 8, !tbaa !17
  %235 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %226, i32 3
  %236 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %226, i32 5
  %237 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %226, i32 6
  %238 = load double, ptr %237, align 8, !tbaa !9
  %239 = insertelement <2 x double> poison, double %238, i64 0
  %240 = shufflevector <2 x double> %239, <2 x double> poison, <2 x i32> zeroinitializer
  br label %241

241:                                              ; preds = %241, %230
  %242 = phi i64 [ %227, %230 ], [ %282, %241 ]
  %243 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %242
  %244 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %242, i32 2
  %245 = load double, ptr %244, align 8, !tbaa !17
  %246 = fsub double %234, %245
  %247 = fmul double %246, %246
  %248 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %242, i32 6
  %249 = load double, ptr %248, align 8, !tbaa !9
  %250 = fmul double %246, %249
  %251 = load double, ptr %236, align 8, !tbaa !4
  %252 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %242, i32 3
  %253 = load <2 x double>, ptr %243, align 8, !tbaa !11
  %254 = fsub <2 x double> %232, %253
  %255 = fmul <2 x double> %254, %254
  %256 = shufflevector <2 x double> %255, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %257 = fadd <2 x double> %255, %256
  %258 = extractelement <2 x double> %257, i64 0
  %259 = fadd double %258, %247
  %260 = tail call double @llvm.sqrt.f64(double %259)
  %261 = fmul double %259, %260
  %262 = fdiv double 1.000000e-02, %261
  %263 = load <2 x double>, ptr %235, align 8, !tbaa !11
  %264 = insertelement <2 x double> poison, double %249, i64 0
  %265 = shufflevector <2 x double> %264, <2 x double> poison, <2 x i32> zeroinitializer
  %266 = fmul <2 x double> %254, %265
  %267 = insertelement <2 x double> poison, double %262, i64 0
  %268 = shufflevector <2 x double> %267, <2 x double> poison, <2 x i32> zeroinitializer
  %269 = fmul <2 x double> %266, %268
  %270 = fsub <2 x double> %263, %269
  store <2 x double> %270, ptr %235, align 8, !tbaa !11
  %271 = fmul double %250, %262
  %272 = fsub double %251, %271
  store double %272, ptr %236, align 8, !tbaa !4
  %273 = fmul <2 x double> %240, %254
  %274 = fmul <2 x double> %273, %268
  %275 = load <2 x double>, ptr %252, align 8, !tbaa !11
  %276 = fadd <2 x double> %274, %275
  store <2 x double> %276, ptr %252, align 8, !tbaa !11
  %277 = fmul double %238, %246
  %278 = fmul double %277, %262
  %279 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %242, i32 5
  %280 = load double, ptr %279, align 8, !tbaa !4
  %281 = fadd double %278, %280
  store double %281, ptr %279, align 8, !tbaa !4
  %282 = add nuw nsw i64 %242, 1
  %283 = icmp eq i64 %282, 5
  br i1 %283, label %222, label %241, !llvm.loop !21

284:                                              ; preds = %222
  %285 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 3), align 8, !tbaa !11
  %286 = fmul <2 x double> %285, <double 1.000000e-02, double 1.000000e-02>
  %287 = fadd <2 x double> %143, %286
  store <2 x double> %287, ptr @bodies, align 16, !tbaa !11
  %288 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 3), align 16, !tbaa !11
  %289 = fmul <2 x double> %288, <double 1.000000e-02, double 1.000000e-02>
  %290 = fadd <2 x double> %144, %289
  store <2 x double> %290, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1), align 8, !tbaa !11
  %291 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 3), align 8, !tbaa !11
  %292 = fmul <2 x double> %291, <double 1.000000e-02, double 1.000000e-02>
  %293 = fadd <2 x double> %145, %292
  store <2 x double> %293, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2), align 16, !tbaa !11
  %294 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 3), align 16, !tbaa !11
  %295 = fmul <2 x double> %294, <double 1.000000e-02, double 1.000000e-02>
  %296 = fadd <2 x double> %146, %295
  store <2 x double> %296, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3), align 8, !tbaa !11
  %297 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 5), align 8
  %298 = shufflevector <2 x double> %297, <2 x double> poison, <4 x i32> <i32 0, i32 undef, i32 undef, i32 undef>
  %299 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 5), align 16, !tbaa !4
  %300 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 5), align 8, !tbaa !4
  %301 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 5), align 16, !tbaa !4
  %302 = insertelement <4 x double> %298, double %299, i64 1
  %303 = insertelement <4 x double> %302, double %300, i64 2
  %304 = insertelement <4 x double> %303, double %301, i64 3
  %305 = fmul <4 x double> %304, <double 1.000000e-02, double 1.000000e-02, double 1.000000e-02, double 1.000000e-02>
  %306 = fadd <4 x double> %148, %305
  %307 = extractelement <4 x double> %306, i64 0
  store double %307, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 2), align 16, !tbaa !17
  %308 = extractelement <4 x double> %306, i64 1
  store double %308, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 2), align 8, !tbaa !17
  %309 = extractelement <4 x double> %306, i64 2
  store double %309, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 2), align 16, !tbaa !17
  %310 = extractelement <4 x double> %306, i64 3
  store double %310, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 2), align 8, !tbaa !17
  %311 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 3), align 8, !tbaa !11
  %312 = fmul <2 x double> %311, <double 1.000000e-02, double 1.000000e-02>
  %313 = fadd <2 x double> %147, %312
  store <2 x double> %313, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4), align 16, !tbaa !11
  %314 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 5), align 8, !tbaa !4
  %315 = fmul double %314, 1.000000e-02
  %316 = fadd double %142, %315
  store double %316, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 2), align 16, !tbaa !17
  %317 = add nuw nsw i32 %141, 1
  %318 = icmp eq i32 %317, %63
  br i1 %318, label %149, label %140, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !6, i64 40}
!5 = !{!"", !6, i64 0, !6, i64 8, !6, i64 16, !6, i64 24, !6, i64 32, !6, i64 40, !6, i64 48}
!6 = !{!"double", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!5, !6, i64 48}
!10 = !{!5, !6, i64 32}
!11 = !{!6, !6, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15, !15, i64 0}
!15 = !{!"int", !7, i64 0}
!16 = !{!5, !6, i64 0}
!17 = !{!5, !6, i64 16}
!18 = !{!5, !6, i64 8}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
!22 = distinct !{!22, !13}
