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
  br label %79

58:                                               ; preds = %105, %79
  %59 = phi double [ %97, %79 ], [ %125, %105 ]
  %60 = add nuw nsw i64 %81, 1
  %61 = icmp eq i64 %98, 5
  br i1 %61, label %62, label %79, !llvm.loop !12

62:                                               ; preds = %58
  %63 = load i32, ptr @g_steps, align 4, !tbaa !14
  %64 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1), align 8, !tbaa !16
  %65 = icmp sgt i32 %63, 0
  br i1 %65, label %66, label %142

66:                                               ; preds = %62
  %67 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 2), align 16, !tbaa !17
  %68 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4), align 16, !tbaa !11
  %69 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 2), align 8, !tbaa !17
  %70 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3), align 8, !tbaa !11
  %71 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 2), align 16, !tbaa !17
  %72 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2), align 16, !tbaa !11
  %73 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 2), align 8, !tbaa !17
  %74 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 1), align 16, !tbaa !18
  %75 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 2), align 16, !tbaa !17
  %76 = load <2 x double>, ptr @bodies, align 16, !tbaa !11
  %77 = insertelement <2 x double> poison, double %64, i64 0
  %78 = insertelement <2 x double> %77, double %74, i64 1
  br label %128

79:                                               ; preds = %58, %0
  %80 = phi i64 [ 0, %0 ], [ %98, %58 ]
  %81 = phi i64 [ 1, %0 ], [ %60, %58 ]
  %82 = phi double [ 0.000000e+00, %0 ], [ %59, %58 ]
  %83 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %80, i32 6
  %84 = load double, ptr %83, align 8, !tbaa !9
  %85 = fmul double %84, 5.000000e-01
  %86 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %80, i32 3
  %87 = load double, ptr %86, align 8, !tbaa !19
  %88 = fmul double %87, %87
  %89 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %80, i32 4
  %90 = load <2 x double>, ptr %89, align 8, !tbaa !11
  %91 = fmul <2 x double> %90, %90
  %92 = extractelement <2 x double> %91, i64 0
  %93 = fadd double %88, %92
  %94 = extractelement <2 x double> %91, i64 1
  %95 = fadd double %93, %94
  %96 = fmul double %85, %95
  %97 = fadd double %82, %96
  %98 = add nuw nsw i64 %80, 1
  %99 = icmp ult i64 %80, 4
  br i1 %99, label %100, label %58

100:                                              ; preds = %79
  %101 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %80
  %102 = load <2 x double>, ptr %101, align 8, !tbaa !11
  %103 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %80, i32 2
  %104 = load double, ptr %103, align 8, !tbaa !17
  br label %105

105:                                              ; preds = %105, %100
  %106 = phi i64 [ %81, %100 ], [ %126, %105 ]
  %107 = phi double [ %97, %100 ], [ %125, %105 ]
  %108 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %106
  %109 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %106, i32 2
  %110 = load double, ptr %109, align 8, !tbaa !17
  %111 = fsub double %104, %110
  %112 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %106, i32 6
  %113 = load double, ptr %112, align 8, !tbaa !9
  %114 = fmul double %84, %113
  %115 = load <2 x double>, ptr %108, align 8, !tbaa !11
  %116 = fsub <2 x double> %102, %115
  %117 = fmul <2 x double> %116, %116
  %118 = shufflevector <2 x double> %117, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %119 = fadd <2 x double> %117, %118
  %120 = extractelement <2 x double> %119, i64 0
  %121 = fmul double %111, %111
  %122 = fadd double %120, %121
  %123 = tail call double @llvm.sqrt.f64(double %122)
  %124 = fdiv double %114, %123
  %125 = fsub double %107, %124
  %126 = add nuw nsw i64 %106, 1
  %127 = icmp eq i64 %126, 5
  br i1 %127, label %58, label %105, !llvm.loop !20

128:                                              ; preds = %66, %267
  %129 = phi i32 [ %298, %267 ], [ 0, %66 ]
  %130 = phi double [ %273, %267 ], [ %75, %66 ]
  %131 = phi double [ %279, %267 ], [ %73, %66 ]
  %132 = phi double [ %285, %267 ], [ %71, %66 ]
  %133 = phi double [ %291, %267 ], [ %69, %66 ]
  %134 = phi double [ %297, %267 ], [ %67, %66 ]
  %135 = phi <2 x double> [ %270, %267 ], [ %76, %66 ]
  %136 = phi <2 x double> [ %276, %267 ], [ %78, %66 ]
  %137 = phi <2 x double> [ %282, %267 ], [ %72, %66 ]
  %138 = phi <2 x double> [ %288, %267 ], [ %70, %66 ]
  %139 = phi <2 x double> [ %294, %267 ], [ %68, %66 ]
  br label %208

140:                                              ; preds = %267
  %141 = extractelement <2 x double> %276, i64 0
  br label %142

142:                                              ; preds = %140, %62
  %143 = phi double [ %64, %62 ], [ %141, %140 ]
  br label %148

144:                                              ; preds = %174, %148
  %145 = phi double [ %166, %148 ], [ %194, %174 ]
  %146 = add nuw nsw i64 %150, 1
  %147 = icmp eq i64 %167, 5
  br i1 %147, label %197, label %148, !llvm.loop !12

148:                                              ; preds = %142, %144
  %149 = phi i64 [ %167, %144 ], [ 0, %142 ]
  %150 = phi i64 [ %146, %144 ], [ 1, %142 ]
  %151 = phi double [ %145, %144 ], [ 0.000000e+00, %142 ]
  %152 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %149, i32 6
  %153 = load double, ptr %152, align 8, !tbaa !9
  %154 = fmul double %153, 5.000000e-01
  %155 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %149, i32 3
  %156 = load double, ptr %155, align 8, !tbaa !19
  %157 = fmul double %156, %156
  %158 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %149, i32 4
  %159 = load <2 x double>, ptr %158, align 8, !tbaa !11
  %160 = fmul <2 x double> %159, %159
  %161 = extractelement <2 x double> %160, i64 0
  %162 = fadd double %157, %161
  %163 = extractelement <2 x double> %160, i64 1
  %164 = fadd double %162, %163
  %165 = fmul double %154, %164
  %166 = fadd double %151, %165
  %167 = add nuw nsw i64 %149, 1
  %168 = icmp ult i64 %149, 4
  br i1 %168, label %169, label %144

169:                                              ; preds = %148
  %170 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %149
  %171 = load <2 x double>, ptr %170, align 8, !tbaa !11
  %172 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %149, i32 2
  %173 = load double, ptr %172, align 8, !tbaa !17
  br label %174

174:                                              ; preds = %174, %169
  %175 = phi i64 [ %150, %169 ], [ %195, %174 ]
  %176 = phi double [ %166, %169 ], [ %194, %174 ]
  %177 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %175
  %178 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %175, i32 2
  %179 = load double, ptr %178, align 8, !tbaa !17
  %180 = fsub double %173, %179
  %181 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %175, i32 6
  %182 = load double, ptr %181, align 8, !tbaa !9
  %183 = fmul double %153, %182
  %184 = load <2 x double>, ptr %177, align 8, !tbaa !11
  %185 = fsub <2 x double> %171, %184
  %186 = fmul <2 x double> %185, %185
  %187 = shufflevector <2 x double> %186, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %188 = fadd <2 x double> %186, %187
  %189 = extractelement <2 x double> %188, i64 0
  %190 = fmul double %180, %180
  %191 = fadd double %189, %190
  %192 = tail call double @llvm.sqrt.f64(double %191)
  %193 = fdiv double %183, %192
  %194 = fsub double %176, %193
  %195 = add nuw nsw i64 %175, 1
  %196 = icmp eq i64 %195, 5
  br i1 %196, label %144, label %174, !llvm.loop !20

197:                                              ; preds = %144
  %198 = bitcast double %143 to i64
  %199 = bitcast double %59 to i64
  %200 = bitcast double %145 to i64
  %201 = mul i64 %200, 3
  %202 = xor i64 %201, %199
  %203 = mul i64 %198, 7
  %204 = xor i64 %202, %203
  ret i64 %204

205:                                              ; preds = %224, %208
  %206 = add nuw nsw i64 %210, 1
  %207 = icmp eq i64 %211, 5
  br i1 %207, label %267, label %208, !llvm.loop !21

208:                                              ; preds = %128, %205
  %209 = phi i64 [ %211, %205 ], [ 0, %128 ]
  %210 = phi i64 [ %206, %205 ], [ 1, %128 ]
  %211 = add nuw nsw i64 %209, 1
  %212 = icmp ult i64 %209, 4
  br i1 %212, label %213, label %205

213:                                              ; preds = %208
  %214 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %209
  %215 = load <2 x double>, ptr %214, align 8, !tbaa !11
  %216 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %209, i32 2
  %217 = load double, ptr %216, align 8, !tbaa !17
  %218 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %209, i32 3
  %219 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %209, i32 5
  %220 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %209, i32 6
  %221 = load double, ptr %220, align 8, !tbaa !9
  %222 = insertelement <2 x double> poison, double %221, i64 0
  %223 = shufflevector <2 x double> %222, <2 x double> poison, <2 x i32> zeroinitializer
  br label %224

224:                                              ; preds = %224, %213
  %225 = phi i64 [ %210, %213 ], [ %265, %224 ]
  %226 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %225
  %227 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %225, i32 2
  %228 = load double, ptr %227, align 8, !tbaa !17
  %229 = fsub double %217, %228
  %230 = fmul double %229, %229
  %231 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %225, i32 6
  %232 = load double, ptr %231, align 8, !tbaa !9
  %233 = fmul double %229, %232
  %234 = load double, ptr %219, align 8, !tbaa !4
  %235 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %225, i32 3
  %236 = load <2 x double>, ptr %226, align 8, !tbaa !11
  %237 = fsub <2 x double> %215, %236
  %238 = fmul <2 x double> %237, %237
  %239 = shufflevector <2 x double> %238, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %240 = fadd <2 x double> %238, %239
  %241 = extractelement <2 x double> %240, i64 0
  %242 = fadd double %241, %230
  %243 = tail call double @llvm.sqrt.f64(double %242)
  %244 = fmul double %242, %243
  %245 = fdiv double 1.000000e-02, %244
  %246 = load <2 x double>, ptr %218, align 8, !tbaa !11
  %247 = insertelement <2 x double> poison, double %232, i64 0
  %248 = shufflevector <2 x double> %247, <2 x double> poison, <2 x i32> zeroinitializer
  %249 = fmul <2 x double> %237, %248
  %250 = insertelement <2 x double> poison, double %245, i64 0
  %251 = shufflevector <2 x double> %250, <2 x double> poison, <2 x i32> zeroinitializer
  %252 = fmul <2 x double> %249, %251
  %253 = fsub <2 x double> %246, %252
  store <2 x double> %253, ptr %218, align 8, !tbaa !11
  %254 = fmul double %233, %245
  %255 = fsub double %234, %254
  store double %255, ptr %219, align 8, !tbaa !4
  %256 = fmul <2 x double> %223, %237
  %257 = fmul <2 x double> %256, %251
  %258 = load <2 x double>, ptr %235, align 8, !tbaa !11
  %259 = fadd <2 x double> %257, %258
  store <2 x double> %259, ptr %235, align 8, !tbaa !11
  %260 = fmul double %221, %229
  %261 = fmul double %260, %245
  %262 = getelementptr inbounds %struct.Body, ptr @bodies, i64 %225, i32 5
  %263 = load double, ptr %262, align 8, !tbaa !4
  %264 = fadd double %261, %263
  store double %264, ptr %262, align 8, !tbaa !4
  %265 = add nuw nsw i64 %225, 1
  %266 = icmp eq i64 %265, 5
  br i1 %266, label %205, label %224, !llvm.loop !22

267:                                              ; preds = %205
  %268 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 3), align 8, !tbaa !11
  %269 = fmul <2 x double> %268, <double 1.000000e-02, double 1.000000e-02>
  %270 = fadd <2 x double> %135, %269
  store <2 x double> %270, ptr @bodies, align 16, !tbaa !11
  %271 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 5), align 8, !tbaa !4
  %272 = fmul double %271, 1.000000e-02
  %273 = fadd double %130, %272
  store double %273, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 0, i32 2), align 16, !tbaa !17
  %274 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 3), align 16, !tbaa !11
  %275 = fmul <2 x double> %274, <double 1.000000e-02, double 1.000000e-02>
  %276 = fadd <2 x double> %136, %275
  store <2 x double> %276, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1), align 8, !tbaa !11
  %277 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 5), align 16, !tbaa !4
  %278 = fmul double %277, 1.000000e-02
  %279 = fadd double %131, %278
  store double %279, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 1, i32 2), align 8, !tbaa !17
  %280 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 3), align 8, !tbaa !11
  %281 = fmul <2 x double> %280, <double 1.000000e-02, double 1.000000e-02>
  %282 = fadd <2 x double> %137, %281
  store <2 x double> %282, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2), align 16, !tbaa !11
  %283 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 5), align 8, !tbaa !4
  %284 = fmul double %283, 1.000000e-02
  %285 = fadd double %132, %284
  store double %285, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 2, i32 2), align 16, !tbaa !17
  %286 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 3), align 16, !tbaa !11
  %287 = fmul <2 x double> %286, <double 1.000000e-02, double 1.000000e-02>
  %288 = fadd <2 x double> %138, %287
  store <2 x double> %288, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3), align 8, !tbaa !11
  %289 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 5), align 16, !tbaa !4
  %290 = fmul double %289, 1.000000e-02
  %291 = fadd double %133, %290
  store double %291, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 3, i32 2), align 8, !tbaa !17
  %292 = load <2 x double>, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 3), align 8, !tbaa !11
  %293 = fmul <2 x double> %292, <double 1.000000e-02, double 1.000000e-02>
  %294 = fadd <2 x double> %139, %293
  store <2 x double> %294, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4), align 16, !tbaa !11
  %295 = load double, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 5), align 8, !tbaa !4
  %296 = fmul double %295, 1.000000e-02
  %297 = fadd double %134, %296
  store double %297, ptr getelementptr inbounds ([5 x %struct.Body], ptr @bodies, i64 0, i64 4, i32 2), align 16, !tbaa !17
  %298 = add nuw nsw i32 %129, 1
  %299 = icmp eq i32 %298, %63
  br i1 %299, label %140, label %128, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
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
!19 = !{!5, !6, i64 24}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
!22 = distinct !{!22, !13}
!23 = distinct !{!23, !13}
