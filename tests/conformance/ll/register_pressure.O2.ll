; ModuleID = 'register_pressure.c'
source_filename = "register_pressure.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i64 17, align 8

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define dso_local i64 @int_pressure(i64 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = mul i64 %0, 3
  %4 = mul i64 %0, 7
  %5 = mul i64 %0, 11
  %6 = mul i64 %0, 13
  %7 = mul i64 %0, 17
  %8 = mul i64 %0, 19
  %9 = mul i64 %0, 23
  %10 = mul i64 %0, 29
  %11 = mul i64 %0, 31
  %12 = mul i64 %0, 37
  %13 = mul i64 %0, 41
  %14 = mul i64 %0, 43
  %15 = mul i64 %0, 47
  %16 = mul i64 %0, 53
  %17 = mul i64 %0, 59
  %18 = mul i64 %0, 61
  %19 = mul i64 %0, 67
  %20 = mul i64 %0, 71
  %21 = icmp sgt i32 %1, 0
  br i1 %21, label %24, label %22

22:                                               ; preds = %2
  %23 = mul i64 %0, 15
  br label %26

24:                                               ; preds = %2
  %25 = mul i64 %0, 5
  br label %84

26:                                               ; preds = %84, %22
  %27 = phi i64 [ %23, %22 ], [ %112, %84 ]
  %28 = phi i64 [ %0, %22 ], [ %107, %84 ]
  %29 = phi i64 [ %3, %22 ], [ %109, %84 ]
  %30 = phi i64 [ %4, %22 ], [ %113, %84 ]
  %31 = phi i64 [ %5, %22 ], [ %115, %84 ]
  %32 = phi i64 [ %6, %22 ], [ %117, %84 ]
  %33 = phi i64 [ %7, %22 ], [ %119, %84 ]
  %34 = phi i64 [ %8, %22 ], [ %121, %84 ]
  %35 = phi i64 [ %9, %22 ], [ %123, %84 ]
  %36 = phi i64 [ %10, %22 ], [ %125, %84 ]
  %37 = phi i64 [ %11, %22 ], [ %127, %84 ]
  %38 = phi i64 [ %12, %22 ], [ %129, %84 ]
  %39 = phi i64 [ %13, %22 ], [ %131, %84 ]
  %40 = phi i64 [ %14, %22 ], [ %133, %84 ]
  %41 = phi i64 [ %15, %22 ], [ %135, %84 ]
  %42 = phi i64 [ %16, %22 ], [ %137, %84 ]
  %43 = phi i64 [ %17, %22 ], [ %139, %84 ]
  %44 = phi i64 [ %18, %22 ], [ %141, %84 ]
  %45 = phi i64 [ %19, %22 ], [ %143, %84 ]
  %46 = phi i64 [ %20, %22 ], [ %145, %84 ]
  %47 = shl i64 %29, 1
  %48 = add i64 %47, %28
  %49 = add i64 %48, %27
  %50 = shl i64 %30, 2
  %51 = add i64 %49, %50
  %52 = mul i64 %31, 5
  %53 = add i64 %51, %52
  %54 = mul i64 %32, 6
  %55 = add i64 %53, %54
  %56 = mul i64 %33, 7
  %57 = add i64 %55, %56
  %58 = shl i64 %34, 3
  %59 = add i64 %57, %58
  %60 = mul i64 %35, 9
  %61 = add i64 %59, %60
  %62 = mul i64 %36, 10
  %63 = add i64 %61, %62
  %64 = mul i64 %37, 11
  %65 = add i64 %63, %64
  %66 = mul i64 %38, 12
  %67 = add i64 %65, %66
  %68 = mul i64 %39, 13
  %69 = add i64 %67, %68
  %70 = mul i64 %40, 14
  %71 = add i64 %69, %70
  %72 = mul i64 %41, 15
  %73 = add i64 %71, %72
  %74 = shl i64 %42, 4
  %75 = add i64 %73, %74
  %76 = mul i64 %43, 17
  %77 = add i64 %75, %76
  %78 = mul i64 %44, 18
  %79 = add i64 %77, %78
  %80 = mul i64 %45, 19
  %81 = add i64 %79, %80
  %82 = mul i64 %46, 20
  %83 = add i64 %81, %82
  ret i64 %83

84:                                               ; preds = %24, %84
  %85 = phi i32 [ %146, %84 ], [ 0, %24 ]
  %86 = phi i64 [ %145, %84 ], [ %20, %24 ]
  %87 = phi i64 [ %143, %84 ], [ %19, %24 ]
  %88 = phi i64 [ %141, %84 ], [ %18, %24 ]
  %89 = phi i64 [ %139, %84 ], [ %17, %24 ]
  %90 = phi i64 [ %137, %84 ], [ %16, %24 ]
  %91 = phi i64 [ %135, %84 ], [ %15, %24 ]
  %92 = phi i64 [ %133, %84 ], [ %14, %24 ]
  %93 = phi i64 [ %131, %84 ], [ %13, %24 ]
  %94 = phi i64 [ %129, %84 ], [ %12, %24 ]
  %95 = phi i64 [ %127, %84 ], [ %11, %24 ]
  %96 = phi i64 [ %125, %84 ], [ %10, %24 ]
  %97 = phi i64 [ %123, %84 ], [ %9, %24 ]
  %98 = phi i64 [ %121, %84 ], [ %8, %24 ]
  %99 = phi i64 [ %119, %84 ], [ %7, %24 ]
  %100 = phi i64 [ %117, %84 ], [ %6, %24 ]
  %101 = phi i64 [ %115, %84 ], [ %5, %24 ]
  %102 = phi i64 [ %113, %84 ], [ %4, %24 ]
  %103 = phi i64 [ %111, %84 ], [ %25, %24 ]
  %104 = phi i64 [ %109, %84 ], [ %3, %24 ]
  %105 = phi i64 [ %107, %84 ], [ %0, %24 ]
  %106 = xor i64 %86, %104
  %107 = add i64 %106, %105
  %108 = lshr i64 %107, 3
  %109 = add i64 %108, %104
  %110 = add i64 %109, %102
  %111 = xor i64 %110, %103
  %112 = mul i64 %111, 3
  %113 = add i64 %112, %102
  %114 = xor i64 %113, %100
  %115 = sub i64 %101, %114
  %116 = shl i64 %115, 2
  %117 = add i64 %116, %100
  %118 = add i64 %117, %98
  %119 = xor i64 %118, %99
  %120 = lshr i64 %119, 5
  %121 = add i64 %120, %98
  %122 = xor i64 %121, %96
  %123 = sub i64 %97, %122
  %124 = mul i64 %123, 5
  %125 = add i64 %124, %96
  %126 = add i64 %125, %94
  %127 = xor i64 %126, %95
  %128 = lshr i64 %127, 7
  %129 = add i64 %128, %94
  %130 = xor i64 %129, %92
  %131 = sub i64 %93, %130
  %132 = mul i64 %131, 9
  %133 = add i64 %132, %92
  %134 = add i64 %133, %90
  %135 = xor i64 %134, %91
  %136 = lshr i64 %135, 11
  %137 = add i64 %136, %90
  %138 = xor i64 %137, %88
  %139 = sub i64 %89, %138
  %140 = mul i64 %139, 7
  %141 = add i64 %140, %88
  %142 = add i64 %141, %86
  %143 = xor i64 %142, %87
  %144 = lshr i64 %143, 13
  %145 = add i64 %144, %86
  %146 = add nuw nsw i32 %85, 1
  %147 = icmp eq i32 %146, %1
  br i1 %147, label %26, label %84, !llvm.loop !4
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define dso_local double @fp_pressure(double noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = fmul double %0, 5.000000e-01
  %4 = fmul double %0, 2.500000e-01
  %5 = fadd double %0, 1.000000e+00
  %6 = fadd double %0, 2.000000e+00
  %7 = fadd double %0, -1.000000e+00
  %8 = fadd double %0, -2.000000e+00
  %9 = fmul double %0, 1.500000e+00
  %10 = fmul double %0, 7.500000e-01
  %11 = fadd double %0, 5.000000e-01
  %12 = fadd double %0, -5.000000e-01
  %13 = fmul double %0, 1.250000e-01
  %14 = fadd double %0, 3.000000e+00
  %15 = fadd double %0, -3.000000e+00
  %16 = fmul double %0, 2.000000e+00
  %17 = fmul double %0, 3.000000e+00
  %18 = fadd double %0, 2.500000e-01
  %19 = fadd double %0, -2.500000e-01
  %20 = fmul double %0, 9.000000e-01
  %21 = fmul double %0, 1.100000e+00
  %22 = icmp sgt i32 %1, 0
  br i1 %22, label %71, label %23

23:                                               ; preds = %71, %2
  %24 = phi double [ %0, %2 ], [ %95, %71 ]
  %25 = phi double [ %3, %2 ], [ %98, %71 ]
  %26 = phi double [ %4, %2 ], [ %101, %71 ]
  %27 = phi double [ %5, %2 ], [ %104, %71 ]
  %28 = phi double [ %6, %2 ], [ %107, %71 ]
  %29 = phi double [ %7, %2 ], [ %110, %71 ]
  %30 = phi double [ %8, %2 ], [ %113, %71 ]
  %31 = phi double [ %9, %2 ], [ %116, %71 ]
  %32 = phi double [ %10, %2 ], [ %119, %71 ]
  %33 = phi double [ %11, %2 ], [ %122, %71 ]
  %34 = phi double [ %12, %2 ], [ %125, %71 ]
  %35 = phi double [ %13, %2 ], [ %128, %71 ]
  %36 = phi double [ %14, %2 ], [ %131, %71 ]
  %37 = phi double [ %15, %2 ], [ %134, %71 ]
  %38 = phi double [ %16, %2 ], [ %137, %71 ]
  %39 = phi double [ %17, %2 ], [ %140, %71 ]
  %40 = phi double [ %18, %2 ], [ %143, %71 ]
  %41 = phi double [ %19, %2 ], [ %146, %71 ]
  %42 = phi double [ %20, %2 ], [ %149, %71 ]
  %43 = phi double [ %21, %2 ], [ %153, %71 ]
  %44 = fsub double %24, %25
  %45 = fadd double %44, %26
  %46 = fsub double %45, %27
  %47 = fadd double %46, %28
  %48 = fsub double %47, %29
  %49 = fadd double %48, %30
  %50 = fsub double %49, %31
  %51 = fadd double %50, %32
  %52 = fsub double %51, %33
  %53 = fadd double %52, %34
  %54 = fsub double %53, %35
  %55 = fadd double %54, %36
  %56 = fsub double %55, %37
  %57 = fadd double %56, %38
  %58 = fsub double %57, %39
  %59 = fadd double %58, %40
  %60 = fsub double %59, %41
  %61 = fadd double %60, %42
  %62 = fsub double %61, %43
  %63 = fmul double %24, %43
  %64 = fadd double %62, %63
  %65 = fmul double %25, %42
  %66 = fadd double %65, %64
  %67 = fmul double %26, %41
  %68 = fadd double %67, %66
  %69 = fmul double %27, %40
  %70 = fadd double %69, %68
  ret double %70

71:                                               ; preds = %2, %71
  %72 = phi i32 [ %154, %71 ], [ 0, %2 ]
  %73 = phi double [ %153, %71 ], [ %21, %2 ]
  %74 = phi double [ %149, %71 ], [ %20, %2 ]
  %75 = phi double [ %146, %71 ], [ %19, %2 ]
  %76 = phi double [ %143, %71 ], [ %18, %2 ]
  %77 = phi double [ %140, %71 ], [ %17, %2 ]
  %78 = phi double [ %137, %71 ], [ %16, %2 ]
  %79 = phi double [ %134, %71 ], [ %15, %2 ]
  %80 = phi double [ %131, %71 ], [ %14, %2 ]
  %81 = phi double [ %128, %71 ], [ %13, %2 ]
  %82 = phi double [ %125, %71 ], [ %12, %2 ]
  %83 = phi double [ %122, %71 ], [ %11, %2 ]
  %84 = phi double [ %119, %71 ], [ %10, %2 ]
  %85 = phi double [ %116, %71 ], [ %9, %2 ]
  %86 = phi double [ %113, %71 ], [ %8, %2 ]
  %87 = phi double [ %110, %71 ], [ %7, %2 ]
  %88 = phi double [ %107, %71 ], [ %6, %2 ]
  %89 = phi double [ %104, %71 ], [ %5, %2 ]
  %90 = phi double [ %101, %71 ], [ %4, %2 ]
  %91 = phi double [ %98, %71 ], [ %3, %2 ]
  %92 = phi double [ %95, %71 ], [ %0, %2 ]
  %93 = fmul double %92, 5.000000e-01
  %94 = fmul double %73, 2.500000e-01
  %95 = fadd double %93, %94
  %96 = fmul double %91, 5.000000e-01
  %97 = fmul double %95, 2.500000e-01
  %98 = fadd double %96, %97
  %99 = fmul double %90, 5.000000e-01
  %100 = fmul double %98, 2.500000e-01
  %101 = fadd double %99, %100
  %102 = fmul double %89, 5.000000e-01
  %103 = fmul double %101, 2.500000e-01
  %104 = fadd double %102, %103
  %105 = fmul double %88, 5.000000e-01
  %106 = fmul double %104, 2.500000e-01
  %107 = fadd double %105, %106
  %108 = fmul double %87, 5.000000e-01
  %109 = fmul double %107, 2.500000e-01
  %110 = fadd double %108, %109
  %111 = fmul double %86, 5.000000e-01
  %112 = fmul double %110, 2.500000e-01
  %113 = fadd double %111, %112
  %114 = fmul double %85, 5.000000e-01
  %115 = fmul double %113, 2.500000e-01
  %116 = fadd double %114, %115
  %117 = fmul double %84, 5.000000e-01
  %118 = fmul double %116, 2.500000e-01
  %119 = fadd double %117, %118
  %120 = fmul double %83, 5.000000e-01
  %121 = fmul double %119, 2.500000e-01
  %122 = fadd double %120, %121
  %123 = fmul double %82, 5.000000e-01
  %124 = fmul double %122, 2.500000e-01
  %125 = fadd double %123, %124
  %126 = fmul double %81, 5.000000e-01
  %127 = fmul double %125, 2.500000e-01
  %128 = fadd double %126, %127
  %129 = fmul double %80, 5.000000e-01
  %130 = fmul double %128, 2.500000e-01
  %131 = fadd double %129, %130
  %132 = fmul double %79, 5.000000e-01
  %133 = fmul double %131, 2.500000e-01
  %134 = fadd double %132, %133
  %135 = fmul double %78, 5.000000e-01
  %136 = fmul double %134, 2.500000e-01
  %137 = fadd double %135, %136
  %138 = fmul double %77, 5.000000e-01
  %139 = fmul double %137, 2.500000e-01
  %140 = fadd double %138, %139
  %141 = fmul double %76, 5.000000e-01
  %142 = fmul double %140, 2.500000e-01
  %143 = fadd double %141, %142
  %144 = fmul double %75, 5.000000e-01
  %145 = fmul double %143, 2.500000e-01
  %146 = fadd double %144, %145
  %147 = fmul double %74, 5.000000e-01
  %148 = fmul double %146, 2.500000e-01
  %149 = fadd double %147, %148
  %150 = fmul double %73, 5.000000e-01
  %151 = fmul double %149, 2.500000e-01
  %152 = fadd double %150, %151
  %153 = fadd double %152, 1.000000e+00
  %154 = add nuw nsw i32 %72, 1
  %155 = icmp eq i32 %154, %1
  br i1 %155, label %23, label %71, !llvm.loop !6
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #1 {
  %1 = load i64, ptr @g_seed, align 8, !tbaa !7
  %2 = uitofp i64 %1 to double
  %3 = fmul double %2, 1.000000e-01
  br label %5

4:                                                ; preds = %5
  ret i64 %21

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %22, %5 ]
  %7 = phi i64 [ 0, %0 ], [ %21, %5 ]
  %8 = mul i64 %7, 31
  %9 = add i64 %1, %6
  %10 = trunc i64 %6 to i32
  %11 = add i32 %10, 100
  %12 = tail call i64 @int_pressure(i64 noundef %9, i32 noundef %11)
  %13 = add i64 %12, %8
  %14 = trunc i64 %6 to i32
  %15 = sitofp i32 %14 to double
  %16 = fadd double %3, %15
  %17 = trunc i64 %6 to i32
  %18 = add i32 %17, 50
  %19 = tail call double @fp_pressure(double noundef %16, i32 noundef %18)
  %20 = bitcast double %19 to i64
  %21 = xor i64 %13, %20
  %22 = add nuw nsw i64 %6, 1
  %23 = icmp eq i64 %22, 20
  br i1 %23, label %4, label %5, !llvm.loop !11
}

attributes #0 = { nofree noinline norecurse nosync nounwind memory(none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = distinct !{!6, !5}
!7 = !{!8, !8, i64 0}
!8 = !{!"long", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !5}
