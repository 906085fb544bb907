; ModuleID = 'horner_poly.c'
source_filename = "horner_poly.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_step = dso_local local_unnamed_addr global double 1.000000e-02, align 8

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load double, ptr @g_step, align 8, !tbaa !4
  br label %3

2:                                                ; preds = %3
  ret i64 %95

3:                                                ; preds = %0, %3
  %4 = phi i64 [ 0, %0 ], [ %95, %3 ]
  %5 = phi i32 [ -200, %0 ], [ %96, %3 ]
  %6 = sitofp i32 %5 to double
  %7 = fmul double %1, %6
  %8 = fmul double %7, 0x3EC71DE3A556C734
  %9 = fadd double %8, 0x3EFA01A01A01A01A
  %10 = fmul double %7, %9
  %11 = fadd double %10, 0x3F2A01A01A01A01A
  %12 = fmul double %7, %11
  %13 = fadd double %12, 0x3F56C16C16C16C17
  %14 = fmul double %7, %13
  %15 = fadd double %14, 0x3F81111111111111
  %16 = fmul double %7, %15
  %17 = fadd double %16, 0x3FA5555555555555
  %18 = fmul double %7, %17
  %19 = fadd double %18, 0x3FC5555555555555
  %20 = fmul double %7, %19
  %21 = fadd double %20, 5.000000e-01
  %22 = fmul double %7, %21
  %23 = fadd double %22, 1.000000e+00
  %24 = fmul double %7, %23
  %25 = fadd double %24, 1.000000e+00
  %26 = fmul double %7, %7
  %27 = fmul double %26, %26
  %28 = fadd double %7, 1.000000e+00
  %29 = fmul double %7, 0x3FC5555555555555
  %30 = fadd double %29, 5.000000e-01
  %31 = fmul double %7, 0x3F81111111111111
  %32 = fadd double %31, 0x3FA5555555555555
  %33 = fmul double %7, 0x3F2A01A01A01A01A
  %34 = fadd double %33, 0x3F56C16C16C16C17
  %35 = fmul double %26, %30
  %36 = fadd double %28, %35
  %37 = fmul double %26, %34
  %38 = fadd double %32, %37
  %39 = fmul double %27, %38
  %40 = fadd double %36, %39
  %41 = bitcast double %25 to i64
  %42 = bitcast double %40 to i64
  %43 = mul i64 %4, 31
  %44 = mul i64 %42, 3
  %45 = tail call double @llvm.exp.f64(double %7)
  %46 = fsub double %45, %25
  %47 = fmul double %46, 1.000000e+04
  %48 = fadd double %47, 5.000000e-01
  %49 = tail call double @llvm.floor.f64(double %48)
  %50 = fptosi double %49 to i64
  %51 = fptrunc double %7 to float
  %52 = tail call float @llvm.exp.f32(float %51)
  %53 = fmul float %52, 1.000000e+01
  %54 = fpext float %53 to double
  %55 = fmul double %54, 1.000000e+04
  %56 = fadd double %55, 5.000000e-01
  %57 = tail call double @llvm.floor.f64(double %56)
  %58 = fptosi double %57 to i64
  %59 = add i64 %44, %43
  %60 = add i64 %59, %58
  %61 = add i64 %60, %41
  %62 = add i64 %61, %50
  %63 = fmul float %51, 0x3F2A01A020000000
  %64 = fsub float 0.000000e+00, %63
  %65 = fmul float %64, %51
  %66 = fadd float %65, 0x3F81111120000000
  %67 = fmul float %66, %51
  %68 = fadd float %67, 0.000000e+00
  %69 = fmul float %68, %51
  %70 = fadd float %69, 0xBFC5555560000000
  %71 = fmul float %70, %51
  %72 = fadd float %71, 0.000000e+00
  %73 = fmul float %72, %51
  %74 = fadd float %73, 1.000000e+00
  %75 = fmul float %74, %51
  %76 = fadd float %75, 0.000000e+00
  %77 = bitcast float %76 to i32
  %78 = zext i32 %77 to i64
  %79 = xor i64 %62, %78
  %80 = tail call float @llvm.sin.f32(float %51)
  %81 = fsub float %80, %76
  %82 = fmul float %81, 1.000000e+03
  %83 = fpext float %82 to double
  %84 = fmul double %83, 1.000000e+04
  %85 = fadd double %84, 5.000000e-01
  %86 = tail call double @llvm.floor.f64(double %85)
  %87 = fptosi double %86 to i64
  %88 = tail call double @llvm.cos.f64(double %7)
  %89 = fmul double %88, 7.000000e+00
  %90 = fmul double %89, 1.000000e+04
  %91 = fadd double %90, 5.000000e-01
  %92 = tail call double @llvm.floor.f64(double %91)
  %93 = fptosi double %92 to i64
  %94 = add i64 %87, %93
  %95 = add i64 %94, %79
  %96 = add nsw i32 %5, 1
  %97 = icmp eq i32 %96, 201
  br i1 %97, label %2, label %3, !llvm.loop !8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sin.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.cos.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #1

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
