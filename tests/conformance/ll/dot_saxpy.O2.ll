; ModuleID = 'dot_saxpy.c'
source_filename = "dot_saxpy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_alpha = dso_local local_unnamed_addr global float 1.250000e+00, align 4
@xs = internal unnamed_addr global [1024 x float] zeroinitializer, align 16
@ys = internal unnamed_addr global [1024 x float] zeroinitializer, align 16
@xd = internal unnamed_addr global [1024 x double] zeroinitializer, align 16
@yd = internal unnamed_addr global [1024 x double] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  br label %3

1:                                                ; preds = %3
  %2 = load float, ptr @g_alpha, align 4, !tbaa !4
  br label %28

3:                                                ; preds = %0, %3
  %4 = phi i64 [ 0, %0 ], [ %22, %3 ]
  %5 = phi i32 [ 1, %0 ], [ %7, %3 ]
  %6 = mul i32 %5, 1664525
  %7 = add i32 %6, 1013904223
  %8 = lshr i32 %7, 8
  %9 = uitofp i32 %8 to float
  %10 = fmul float %9, 0x3E70000000000000
  %11 = fadd float %10, -5.000000e-01
  %12 = getelementptr inbounds [1024 x float], ptr @xs, i64 0, i64 %4
  store float %11, ptr %12, align 4, !tbaa !4
  %13 = trunc i64 %4 to i16
  %14 = urem i16 %13, 17
  %15 = uitofp i16 %14 to float
  %16 = fmul float %15, 1.250000e-01
  %17 = fadd float %16, -1.000000e+00
  %18 = getelementptr inbounds [1024 x float], ptr @ys, i64 0, i64 %4
  store float %17, ptr %18, align 4, !tbaa !4
  %19 = sitofp i32 %7 to double
  %20 = fmul double %19, 0x3E00000000000000
  %21 = getelementptr inbounds [1024 x double], ptr @xd, i64 0, i64 %4
  store double %20, ptr %21, align 8, !tbaa !8
  %22 = add nuw nsw i64 %4, 1
  %23 = trunc i64 %22 to i32
  %24 = sitofp i32 %23 to double
  %25 = fdiv double 1.000000e+00, %24
  %26 = getelementptr inbounds [1024 x double], ptr @yd, i64 0, i64 %4
  store double %25, ptr %26, align 8, !tbaa !8
  %27 = icmp eq i64 %22, 1024
  br i1 %27, label %1, label %3, !llvm.loop !10

28:                                               ; preds = %191, %1
  %29 = phi i32 [ 0, %1 ], [ %200, %191 ]
  %30 = phi float [ %2, %1 ], [ %199, %191 ]
  %31 = phi i64 [ 0, %1 ], [ %198, %191 ]
  %32 = insertelement <4 x float> poison, float %30, i64 0
  %33 = shufflevector <4 x float> %32, <4 x float> poison, <4 x i32> zeroinitializer
  %34 = insertelement <4 x float> poison, float %30, i64 0
  %35 = shufflevector <4 x float> %34, <4 x float> poison, <4 x i32> zeroinitializer
  br label %36

36:                                               ; preds = %36, %28
  %37 = phi i64 [ 0, %28 ], [ %50, %36 ]
  %38 = getelementptr inbounds float, ptr @xs, i64 %37
  %39 = load <4 x float>, ptr %38, align 16, !tbaa !4
  %40 = getelementptr inbounds float, ptr %38, i64 4
  %41 = load <4 x float>, ptr %40, align 16, !tbaa !4
  %42 = fmul <4 x float> %33, %39
  %43 = fmul <4 x float> %35, %41
  %44 = getelementptr inbounds float, ptr @ys, i64 %37
  %45 = load <4 x float>, ptr %44, align 16, !tbaa !4
  %46 = getelementptr inbounds float, ptr %44, i64 4
  %47 = load <4 x float>, ptr %46, align 16, !tbaa !4
  %48 = fadd <4 x float> %42, %45
  %49 = fadd <4 x float> %43, %47
  store <4 x float> %48, ptr %44, align 16, !tbaa !4
  store <4 x float> %49, ptr %46, align 16, !tbaa !4
  %50 = add nuw i64 %37, 8
  %51 = icmp eq i64 %50, 1024
  br i1 %51, label %74, label %36, !llvm.loop !12

52:                                               ; preds = %191, %52
  %53 = phi i64 [ %69, %52 ], [ 0, %191 ]
  %54 = phi double [ %66, %52 ], [ 0.000000e+00, %191 ]
  %55 = phi double [ %68, %52 ], [ 0.000000e+00, %191 ]
  %56 = getelementptr inbounds double, ptr @yd, i64 %53
  %57 = load double, ptr %56, align 16, !tbaa !8
  %58 = fsub double %57, %55
  %59 = fadd double %54, %58
  %60 = fsub double %59, %54
  %61 = fsub double %60, %58
  %62 = or i64 %53, 1
  %63 = getelementptr inbounds double, ptr @yd, i64 %62
  %64 = load double, ptr %63, align 8, !tbaa !8
  %65 = fsub double %64, %61
  %66 = fadd double %59, %65
  %67 = fsub double %66, %59
  %68 = fsub double %67, %65
  %69 = add nuw nsw i64 %53, 2
  %70 = icmp eq i64 %69, 1024
  br i1 %70, label %71, label %52, !llvm.loop !15

71:                                               ; preds = %52
  %72 = bitcast double %66 to i64
  %73 = add i64 %198, %72
  ret i64 %73

74:                                               ; preds = %36, %74
  %75 = phi i64 [ %90, %74 ], [ 0, %36 ]
  %76 = phi float [ %89, %74 ], [ 0.000000e+00, %36 ]
  %77 = getelementptr inbounds float, ptr @xs, i64 %75
  %78 = load float, ptr %77, align 8, !tbaa !4
  %79 = getelementptr inbounds float, ptr @ys, i64 %75
  %80 = load float, ptr %79, align 8, !tbaa !4
  %81 = fmul float %78, %80
  %82 = fadd float %76, %81
  %83 = or i64 %75, 1
  %84 = getelementptr inbounds float, ptr @xs, i64 %83
  %85 = load float, ptr %84, align 4, !tbaa !4
  %86 = getelementptr inbounds float, ptr @ys, i64 %83
  %87 = load float, ptr %86, align 4, !tbaa !4
  %88 = fmul float %85, %87
  %89 = fadd float %82, %88
  %90 = add nuw nsw i64 %75, 2
  %91 = icmp eq i64 %90, 1024
  br i1 %91, label %92, label %74, !llvm.loop !16

92:                                               ; preds = %74
  %93 = bitcast float %89 to i32
  %94 = zext i32 %93 to i64
  %95 = fpext float %30 to double
  %96 = fmul double %95, 5.000000e-01
  %97 = insertelement <2 x double> poison, double %96, i64 0
  %98 = shufflevector <2 x double> %97, <2 x double> poison, <2 x i32> zeroinitializer
  %99 = insertelement <2 x double> poison, double %96, i64 0
  %100 = shufflevector <2 x double> %99, <2 x double> poison, <2 x i32> zeroinitializer
  br label %101

101:                                              ; preds = %101, %92
  %102 = phi i64 [ 0, %92 ], [ %115, %101 ]
  %103 = getelementptr inbounds double, ptr @xd, i64 %102
  %104 = load <2 x double>, ptr %103, align 16, !tbaa !8
  %105 = getelementptr inbounds double, ptr %103, i64 2
  %106 = load <2 x double>, ptr %105, align 16, !tbaa !8
  %107 = fmul <2 x double> %98, %104
  %108 = fmul <2 x double> %100, %106
  %109 = getelementptr inbounds double, ptr @yd, i64 %102
  %110 = load <2 x double>, ptr %109, align 16, !tbaa !8
  %111 = getelementptr inbounds double, ptr %109, i64 2
  %112 = load <2 x double>, ptr %111, align 16, !tbaa !8
  %113 = fadd <2 x double> %110, %107
  %114 = fadd <2 x double> %112, %108
  store <2 x double> %113, ptr %109, align 16, !tbaa !8
  store <2 x double> %114, ptr %111, align 16, !tbaa !8
  %115 = add nuw i64 %102, 4
  %116 = icmp eq i64 %115, 1024
  br i1 %116, label %117, label %101, !llvm.loop !17

117:                                              ; preds = %101
  %118 = mul i64 %31, 31
  %119 = add i64 %118, %94
  br label %120

120:                                              ; preds = %120, %117
  %121 = phi i64 [ 0, %117 ], [ %136, %120 ]
  %122 = phi double [ 0.000000e+00, %117 ], [ %135, %120 ]
  %123 = getelementptr inbounds double, ptr @xd, i64 %121
  %124 = load double, ptr %123, align 16, !tbaa !8
  %125 = getelementptr inbounds double, ptr @yd, i64 %121
  %126 = load double, ptr %125, align 16, !tbaa !8
  %127 = fmul double %124, %126
  %128 = fadd double %122, %127
  %129 = or i64 %121, 1
  %130 = getelementptr inbounds double, ptr @xd, i64 %129
  %131 = load double, ptr %130, align 8, !tbaa !8
  %132 = getelementptr inbounds double, ptr @yd, i64 %129
  %133 = load double, ptr %132, align 8, !tbaa !8
  %134 = fmul double %131, %133
  %135 = fadd double %128, %134
  %136 = add nuw nsw i64 %121, 2
  %137 = icmp eq i64 %136, 1024
  br i1 %137, label %138, label %120, !llvm.loop !18

138:                                              ; preds = %120
  %139 = bitcast double %135 to i64
  br label %140

140:                                              ; preds = %140, %138
  %141 = phi i64 [ 0, %138 ], [ %162, %140 ]
  %142 = phi double [ 0.000000e+00, %138 ], [ %161, %140 ]
  %143 = getelementptr inbounds double, ptr @yd, i64 %141
  %144 = load double, ptr %143, align 16, !tbaa !8
  %145 = fmul double %144, %144
  %146 = fadd double %142, %145
  %147 = or i64 %141, 1
  %148 = getelementptr inbounds double, ptr @yd, i64 %147
  %149 = load double, ptr %148, align 8, !tbaa !8
  %150 = fmul double %149, %149
  %151 = fadd double %146, %150
  %152 = or i64 %141, 2
  %153 = getelementptr inbounds double, ptr @yd, i64 %152
  %154 = load double, ptr %153, align 16, !tbaa !8
  %155 = fmul double %154, %154
  %156 = fadd double %151, %155
  %157 = or i64 %141, 3
  %158 = getelementptr inbounds double, ptr @yd, i64 %157
  %159 = load double, ptr %158, align 8, !tbaa !8
  %160 = fmul double %159, %159
  %161 = fadd double %156, %160
  %162 = add nuw nsw i64 %141, 4
  %163 = icmp eq i64 %162, 1024
  br i1 %163, label %164, label %140, !llvm.loop !18

164:                                              ; preds = %140
  %165 = mul i64 %119, 31
  %166 = tail call double @llvm.sqrt.f64(double %161)
  br label %167

167:                                              ; preds = %167, %164
  %168 = phi i64 [ 0, %164 ], [ %189, %167 ]
  %169 = phi float [ 0.000000e+00, %164 ], [ %188, %167 ]
  %170 = getelementptr inbounds float, ptr @ys, i64 %168
  %171 = load float, ptr %170, align 16, !tbaa !4
  %172 = fmul float %171, %171
  %173 = fadd float %169, %172
  %174 = or i64 %168, 1
  %175 = getelementptr inbounds float, ptr @ys, i64 %174
  %176 = load float, ptr %175, align 4, !tbaa !4
  %177 = fmul float %176, %176
  %178 = fadd float %173, %177
  %179 = or i64 %168, 2
  %180 = getelementptr inbounds float, ptr @ys, i64 %179
  %181 = load float, ptr %180, align 8, !tbaa !4
  %182 = fmul float %181, %181
  %183 = fadd float %178, %182
  %184 = or i64 %168, 3
  %185 = getelementptr inbounds float, ptr @ys, i64 %184
  %186 = load float, ptr %185, align 4, !tbaa !4
  %187 = fmul float %186, %186
  %188 = fadd float %183, %187
  %189 = add nuw nsw i64 %168, 4
  %190 = icmp eq i64 %189, 1024
  br i1 %190, label %191, label %167, !llvm.loop !16

191:                                              ; preds = %167
  %192 = add i64 %165, %139
  %193 = bitcast double %166 to i64
  %194 = tail call float @llvm.sqrt.f32(float %188)
  %195 = bitcast float %194 to i32
  %196 = zext i32 %195 to i64
  %197 = add i64 %196, %193
  %198 = xor i64 %197, %192
  %199 = fmul float %30, -7.500000e-01
  %200 = add nuw nsw i32 %29, 1
  %201 = icmp eq i32 %200, 10
  br i1 %201, label %52, label %28, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"float", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"double", !6, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11, !13, !14}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !11}
!16 = distinct !{!16, !11}
!17 = distinct !{!17, !11, !13, !14}
!18 = distinct !{!18, !11}
!19 = distinct !{!19, !11}
