; ModuleID = 'integration.c'
source_filename = "integration.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_intervals = dso_local local_unnamed_addr global i32 400, align 4
@checksum.fns = internal unnamed_addr constant [5 x ptr] [ptr @f_sin, ptr @f_gauss, ptr @f_log, ptr @f_atan_deriv, ptr @f_tanh], align 16

; Function Attrs: nounwind
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_intervals, align 4, !tbaa !4
  %2 = sitofp i32 %1 to double
  %3 = fdiv double 2.000000e+00, %2
  %4 = icmp sgt i32 %1, 1
  br label %170

5:                                                ; preds = %216
  %6 = fdiv double 1.000000e+00, %2
  br i1 %4, label %7, label %79

7:                                                ; preds = %5
  %8 = add i32 %1, -1
  %9 = add i32 %1, -2
  %10 = and i32 %8, 3
  %11 = icmp ult i32 %9, 3
  br i1 %11, label %56, label %12

12:                                               ; preds = %7
  %13 = and i32 %8, -4
  br label %14

14:                                               ; preds = %14, %12
  %15 = phi i32 [ 1, %12 ], [ %53, %14 ]
  %16 = phi double [ 1.500000e+00, %12 ], [ %52, %14 ]
  %17 = phi i32 [ 0, %12 ], [ %54, %14 ]
  %18 = sitofp i32 %15 to double
  %19 = fmul double %6, %18
  %20 = fadd double %19, 0.000000e+00
  %21 = fmul double %20, %20
  %22 = fadd double %21, 1.000000e+00
  %23 = fdiv double 1.000000e+00, %22
  %24 = fmul double %23, 4.000000e+00
  %25 = fadd double %16, %24
  %26 = add nuw nsw i32 %15, 1
  %27 = sitofp i32 %26 to double
  %28 = fmul double %6, %27
  %29 = fadd double %28, 0.000000e+00
  %30 = fmul double %29, %29
  %31 = fadd double %30, 1.000000e+00
  %32 = fdiv double 1.000000e+00, %31
  %33 = fmul double %32, 2.000000e+00
  %34 = fadd double %25, %33
  %35 = add nuw nsw i32 %15, 2
  %36 = sitofp i32 %35 to double
  %37 = fmul double %6, %36
  %38 = fadd double %37, 0.000000e+00
  %39 = fmul double %38, %38
  %40 = fadd double %39, 1.000000e+00
  %41 = fdiv double 1.000000e+00, %40
  %42 = fmul double %41, 4.000000e+00
  %43 = fadd double %34, %42
  %44 = add nuw nsw i32 %15, 3
  %45 = sitofp i32 %44 to double
  %46 = fmul double %6, %45
  %47 = fadd double %46, 0.000000e+00
  %48 = fmul double %47, %47
  %49 = fadd double %48, 1.000000e+00
  %50 = fdiv double 1.000000e+00, %49
  %51 = fmul double %50, 2.000000e+00
  %52 = fadd double %43, %51
  %53 = add nuw nsw i32 %15, 4
  %54 = add i32 %17, 4
  %55 = icmp eq i32 %54, %13
  br i1 %55, label %56, label %14, !llvm.loop !8

56:                                               ; preds = %14, %7
  %57 = phi double [ undef, %7 ], [ %52, %14 ]
  %58 = phi i32 [ 1, %7 ], [ %53, %14 ]
  %59 = phi double [ 1.500000e+00, %7 ], [ %52, %14 ]
  %60 = icmp eq i32 %10, 0
  br i1 %60, label %79, label %61

61:                                               ; preds = %56, %61
  %62 = phi i32 [ %76, %61 ], [ %58, %56 ]
  %63 = phi double [ %75, %61 ], [ %59, %56 ]
  %64 = phi i32 [ %77, %61 ], [ 0, %56 ]
  %65 = sitofp i32 %62 to double
  %66 = fmul double %6, %65
  %67 = fadd double %66, 0.000000e+00
  %68 = fmul double %67, %67
  %69 = fadd double %68, 1.000000e+00
  %70 = fdiv double 1.000000e+00, %69
  %71 = and i32 %62, 1
  %72 = icmp eq i32 %71, 0
  %73 = select i1 %72, double 2.000000e+00, double 4.000000e+00
  %74 = fmul double %73, %70
  %75 = fadd double %63, %74
  %76 = add nuw nsw i32 %62, 1
  %77 = add i32 %64, 1
  %78 = icmp eq i32 %77, %10
  br i1 %78, label %79, label %61, !llvm.loop !10

79:                                               ; preds = %56, %61, %5
  %80 = phi double [ 1.500000e+00, %5 ], [ %57, %56 ], [ %75, %61 ]
  %81 = sitofp i32 %1 to float
  %82 = fdiv float 3.000000e+00, %81
  %83 = icmp sgt i32 %1, 0
  br i1 %83, label %84, label %149

84:                                               ; preds = %79
  %85 = and i32 %1, 1
  %86 = icmp eq i32 %1, 1
  br i1 %86, label %130, label %87

87:                                               ; preds = %84
  %88 = and i32 %1, -2
  br label %89

89:                                               ; preds = %89, %87
  %90 = phi float [ 0.000000e+00, %87 ], [ %123, %89 ]
  %91 = phi i32 [ 0, %87 ], [ %124, %89 ]
  %92 = phi i32 [ 0, %87 ], [ %125, %89 ]
  %93 = sitofp i32 %91 to float
  %94 = fadd float %93, 5.000000e-01
  %95 = fmul float %82, %94
  %96 = fadd float %95, 0.000000e+00
  %97 = fneg float %96
  %98 = tail call float @llvm.exp.f32(float %97)
  %99 = fmul float %96, 3.000000e+00
  %100 = tail call float @llvm.sin.f32(float %99)
  %101 = fmul float %98, %100
  %102 = fadd float %96, 1.000000e+00
  %103 = tail call float @llvm.log.f32(float %102)
  %104 = fadd float %103, %101
  %105 = tail call float @llvm.sqrt.f32(float %96)
  %106 = fsub float %104, %105
  %107 = fadd float %90, %106
  %108 = or i32 %91, 1
  %109 = sitofp i32 %108 to float
  %110 = fadd float %109, 5.000000e-01
  %111 = fmul float %82, %110
  %112 = fadd float %111, 0.000000e+00
  %113 = fneg float %112
  %114 = tail call float @llvm.exp.f32(float %113)
  %115 = fmul float %112, 3.000000e+00
  %116 = tail call float @llvm.sin.f32(float %115)
  %117 = fmul float %114, %116
  %118 = fadd float %112, 1.000000e+00
  %119 = tail call float @llvm.log.f32(float %118)
  %120 = fadd float %119, %117
  %121 = tail call float @llvm.sqrt.f32(float %112)
  %122 = fsub float %120, %121
  %123 = fadd float %107, %122
  %124 = add nuw nsw i32 %91, 2
  %125 = add i32 %92, 2
  %126 = icmp eq i32 %125, %88
  br i1 %126, label %127, label %89, !llvm.loop !12

127:                                              ; preds = %89
  %128 = sitofp i32 %124 to float
  %129 = fadd float %128, 5.000000e-01
  br label %130

130:                                              ; preds = %127, %84
  %131 = phi float [ undef, %84 ], [ %123, %127 ]
  %132 = phi float [ 0.000000e+00, %84 ], [ %123, %127 ]
  %133 = phi float [ 5.000000e-01, %84 ], [ %129, %127 ]
  %134 = icmp eq i32 %85, 0
  br i1 %134, label %149, label %135

135:                                              ; preds = %130
  %136 = fmul float %82, %133
  %137 = fadd float %136, 0.000000e+00
  %138 = fneg float %137
  %139 = tail call float @llvm.exp.f32(float %138)
  %140 = fmul float %137, 3.000000e+00
  %141 = tail call float @llvm.sin.f32(float %140)
  %142 = fmul float %139, %141
  %143 = fadd float %137, 1.000000e+00
  %144 = tail call float @llvm.log.f32(float %143)
  %145 = fadd float %144, %142
  %146 = tail call float @llvm.sqrt.f32(float %137)
  %147 = fsub float %145, %146
  %148 = fadd float %132, %147
  br label %149

149:                                              ; preds = %135, %130, %79
  %150 = phi float [ 0.000000e+00, %79 ], [ %131, %130 ], [ %148, %135 ]
  %151 = mul i64 %224, 31
  %152 = fmul double %6, %80
  %153 = fdiv double %152, 3.000000e+00
  %154 = fmul double %153, 4.000000e+00
  %155 = fmul double %154, 1.000000e+04
  %156 = fadd double %155, 5.000000e-01
  %157 = tail call double @llvm.floor.f64(double %156)
  %158 = fptosi double %157 to i64
  %159 = add i64 %151, %158
  %160 = mul i64 %159, 31
  %161 = fmul float %82, %150
  %162 = fpext float %161 to double
  %163 = fmul double %162, 1.000000e+02
  %164 = fadd double %163, 5.000000e-01
  %165 = tail call double @llvm.floor.f64(double %164)
  %166 = fptosi double %165 to i64
  %167 = add i64 %160, %166
  %168 = mul i64 %167, 31
  %169 = add i64 %168, 203545
  ret i64 %169

170:                                              ; preds = %0, %216
  %171 = phi i64 [ 0, %0 ], [ %225, %216 ]
  %172 = phi i64 [ 0, %0 ], [ %224, %216 ]
  %173 = mul i64 %172, 1000003
  %174 = getelementptr inbounds [5 x ptr], ptr @checksum.fns, i64 0, i64 %171
  %175 = load ptr, ptr %174, align 8, !tbaa !13
  %176 = tail call double %175(double noundef 0.000000e+00) #5
  %177 = tail call double %175(double noundef 2.000000e+00) #5
  %178 = fadd double %176, %177
  %179 = fmul double %178, 5.000000e-01
  br i1 %4, label %180, label %190

180:                                              ; preds = %170, %180
  %181 = phi i32 [ %188, %180 ], [ 1, %170 ]
  %182 = phi double [ %187, %180 ], [ %179, %170 ]
  %183 = sitofp i32 %181 to double
  %184 = fmul double %3, %183
  %185 = fadd double %184, 0.000000e+00
  %186 = tail call double %175(double noundef %185) #5
  %187 = fadd double %182, %186
  %188 = add nuw nsw i32 %181, 1
  %189 = icmp eq i32 %188, %1
  br i1 %189, label %190, label %180, !llvm.loop !15

190:                                              ; preds = %180, %170
  %191 = phi double [ %179, %170 ], [ %187, %180 ]
  %192 = fmul double %3, %191
  %193 = fmul double %192, 1.000000e+04
  %194 = fadd double %193, 5.000000e-01
  %195 = tail call double @llvm.floor.f64(double %194)
  %196 = fptosi double %195 to i64
  %197 = add i64 %173, %196
  %198 = mul i64 %197, 1000003
  %199 = tail call double %175(double noundef 0.000000e+00) #5
  %200 = tail call double %175(double noundef 2.000000e+00) #5
  %201 = fadd double %199, %200
  br i1 %4, label %202, label %216

202:                                              ; preds = %190, %202
  %203 = phi i32 [ %214, %202 ], [ 1, %190 ]
  %204 = phi double [ %213, %202 ], [ %201, %190 ]
  %205 = sitofp i32 %203 to double
  %206 = fmul double %3, %205
  %207 = fadd double %206, 0.000000e+00
  %208 = tail call double %175(double noundef %207) #5
  %209 = and i32 %203, 1
  %210 = icmp eq i32 %209, 0
  %211 = select i1 %210, double 2.000000e+00, double 4.000000e+00
  %212 = fmul double %208, %211
  %213 = fadd double %204, %212
  %214 = add nuw nsw i32 %203, 1
  %215 = icmp eq i32 %214, %1
  br i1 %215, label %216, label %202, !llvm.loop !8

216:                                              ; preds = %202, %190
  %217 = phi double [ %201, %190 ], [ %213, %202 ]
  %218 = fmul double %3, %217
  %219 = fdiv double %218, 3.000000e+00
  %220 = fmul double %219, 1.000000e+04
  %221 = fadd double %220, 5.000000e-01
  %222 = tail call double @llvm.floor.f64(double %221)
  %223 = fptosi double %222 to i64
  %224 = add i64 %198, %223
  %225 = add nuw nsw i64 %171, 1
  %226 = icmp eq i64 %225, 5
  br i1 %226, label %5, label %170, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal double @f_sin(double noundef %0) #1 {
  %2 = tail call double @llvm.sin.f64(double %0)
  ret double %2
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal double @f_gauss(double noundef %0) #1 {
  %2 = fneg double %0
  %3 = fmul double %2, %0
  %4 = tail call double @llvm.exp.f64(double %3)
  ret double %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal double @f_log(double noundef %0) #1 {
  %2 = fadd double %0, 1.000000e+00
  %3 = tail call double @llvm.log.f64(double %2)
  ret double %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal double @f_atan_deriv(double noundef %0) #2 {
  %2 = fmul double %0, %0
  %3 = fadd double %2, 1.000000e+00
  %4 = fdiv double 1.000000e+00, %3
  ret double %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define internal double @f_tanh(double noundef %0) #1 {
  %2 = tail call double @tanh(double noundef %0) #6
  %3 = tail call double @llvm.cos.f64(double %0)
  %4 = fmul double %3, %2
  ret double %4
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #3

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare double @tanh(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #3

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nofree nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

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
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !9}
!13 = !{!14, !14, i64 0}
!14 = !{!"any pointer", !6, i64 0}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
