; ModuleID = 'rng.c'
source_filename = "rng.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i64 -2401053089206453570, align 8

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [10 x i32], align 16
  %2 = load i64, ptr @g_seed, align 8, !tbaa !4
  %3 = add i64 %2, -7046029254386353131
  %4 = lshr i64 %3, 30
  %5 = xor i64 %4, %3
  %6 = mul i64 %5, -4658895280553007687
  %7 = lshr i64 %6, 27
  %8 = xor i64 %7, %6
  %9 = mul i64 %8, -7723592293110705685
  %10 = lshr i64 %9, 31
  %11 = xor i64 %10, %9
  %12 = trunc i64 %11 to i32
  %13 = add i64 %2, 4354685564936845354
  %14 = lshr i64 %13, 30
  %15 = xor i64 %14, %13
  %16 = mul i64 %15, -4658895280553007687
  %17 = lshr i64 %16, 27
  %18 = xor i64 %17, %16
  %19 = mul i64 %18, -7723592293110705685
  %20 = lshr i64 %19, 31
  %21 = xor i64 %20, %19
  %22 = trunc i64 %21 to i32
  %23 = or i32 %22, 1
  %24 = add i64 %2, -2691343689449507777
  %25 = lshr i64 %24, 30
  %26 = xor i64 %25, %24
  %27 = mul i64 %26, -4658895280553007687
  %28 = lshr i64 %27, 27
  %29 = xor i64 %28, %27
  %30 = mul i64 %29, -7723592293110705685
  %31 = lshr i64 %30, 31
  %32 = xor i64 %31, %30
  %33 = add i64 %2, 8709371129873690708
  %34 = lshr i64 %33, 30
  %35 = xor i64 %34, %33
  %36 = mul i64 %35, -4658895280553007687
  %37 = lshr i64 %36, 27
  %38 = xor i64 %37, %36
  %39 = mul i64 %38, -7723592293110705685
  %40 = lshr i64 %39, 31
  %41 = xor i64 %40, %39
  %42 = add i64 %2, 1663341875487337577
  %43 = lshr i64 %42, 30
  %44 = xor i64 %43, %42
  %45 = mul i64 %44, -4658895280553007687
  %46 = lshr i64 %45, 27
  %47 = xor i64 %46, %45
  %48 = mul i64 %47, -7723592293110705685
  %49 = lshr i64 %48, 31
  %50 = xor i64 %49, %48
  %51 = add i64 %2, -5382687378899015554
  %52 = lshr i64 %51, 30
  %53 = xor i64 %52, %51
  %54 = mul i64 %53, -4658895280553007687
  %55 = lshr i64 %54, 27
  %56 = xor i64 %55, %54
  %57 = mul i64 %56, -7723592293110705685
  %58 = lshr i64 %57, 31
  %59 = xor i64 %58, %57
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %1) #4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  %60 = or i64 %59, 1
  br label %109

61:                                               ; preds = %154
  %62 = mul i64 %156, 31
  %63 = load <8 x i32>, ptr %1, align 16, !tbaa !8
  %64 = zext <8 x i32> %63 to <8 x i64>
  %65 = extractelement <8 x i64> %64, i64 0
  %66 = add i64 %62, %65
  %67 = add nsw <8 x i64> %64, <i64 -500, i64 -500, i64 -500, i64 -500, i64 -500, i64 -500, i64 -500, i64 -500>
  %68 = mul nsw <8 x i64> %67, %67
  %69 = mul i64 %66, 31
  %70 = extractelement <8 x i64> %64, i64 1
  %71 = add i64 %69, %70
  %72 = mul i64 %71, 31
  %73 = extractelement <8 x i64> %64, i64 2
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 31
  %76 = extractelement <8 x i64> %64, i64 3
  %77 = add i64 %75, %76
  %78 = mul i64 %77, 31
  %79 = extractelement <8 x i64> %64, i64 4
  %80 = add i64 %78, %79
  %81 = mul i64 %80, 31
  %82 = extractelement <8 x i64> %64, i64 5
  %83 = add i64 %81, %82
  %84 = mul i64 %83, 31
  %85 = extractelement <8 x i64> %64, i64 6
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 31
  %88 = extractelement <8 x i64> %64, i64 7
  %89 = add i64 %87, %88
  %90 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 8
  %91 = load i32, ptr %90, align 16, !tbaa !8
  %92 = zext i32 %91 to i64
  %93 = add nsw i64 %92, -500
  %94 = mul nsw i64 %93, %93
  %95 = mul i64 %89, 31
  %96 = add i64 %95, %92
  %97 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 9
  %98 = load i32, ptr %97, align 4, !tbaa !8
  %99 = zext i32 %98 to i64
  %100 = add nsw i64 %99, -500
  %101 = mul nsw i64 %100, %100
  %102 = tail call i64 @llvm.vector.reduce.add.v8i64(<8 x i64> %68)
  %103 = add i64 %102, %94
  %104 = add i64 %103, %101
  %105 = mul i64 %96, 31
  %106 = add i64 %105, %99
  %107 = shl i64 %104, 40
  %108 = xor i64 %106, %107
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %1) #4
  ret i64 %108

109:                                              ; preds = %0, %154
  %110 = phi i64 [ 0, %0 ], [ %156, %154 ]
  %111 = phi i32 [ 0, %0 ], [ %162, %154 ]
  %112 = phi i32 [ %12, %0 ], [ %118, %154 ]
  %113 = phi i32 [ %23, %0 ], [ %126, %154 ]
  %114 = phi i64 [ %32, %0 ], [ %115, %154 ]
  %115 = phi i64 [ %41, %0 ], [ %136, %154 ]
  %116 = phi i64 [ %50, %0 ], [ %141, %154 ]
  %117 = mul i32 %112, 1664525
  %118 = add i32 %117, 1013904223
  %119 = zext i32 %118 to i64
  %120 = add i64 %110, %119
  %121 = shl i32 %113, 13
  %122 = xor i32 %121, %113
  %123 = lshr i32 %122, 17
  %124 = xor i32 %123, %122
  %125 = shl i32 %124, 5
  %126 = xor i32 %125, %124
  %127 = zext i32 %126 to i64
  %128 = shl nuw nsw i64 %127, 16
  %129 = xor i64 %128, %120
  %130 = shl i64 %114, 23
  %131 = xor i64 %130, %114
  %132 = lshr i64 %131, 17
  %133 = lshr i64 %115, 26
  %134 = xor i64 %133, %132
  %135 = xor i64 %134, %115
  %136 = xor i64 %135, %131
  %137 = add i64 %136, %115
  br label %138

138:                                              ; preds = %138, %109
  %139 = phi i64 [ %141, %138 ], [ %116, %109 ]
  %140 = mul i64 %139, 6364136223846793005
  %141 = add i64 %140, %60
  %142 = lshr i64 %139, 45
  %143 = lshr i64 %139, 27
  %144 = xor i64 %142, %143
  %145 = trunc i64 %144 to i32
  %146 = lshr i64 %139, 59
  %147 = trunc i64 %146 to i32
  %148 = lshr i32 %145, %147
  %149 = sub nsw i32 0, %147
  %150 = and i32 %149, 31
  %151 = shl i32 %145, %150
  %152 = or i32 %148, %151
  %153 = icmp ult i32 %152, 6
  br i1 %153, label %138, label %154

154:                                              ; preds = %138
  %155 = mul i64 %129, 3
  %156 = add i64 %137, %155
  %157 = urem i32 %152, 10
  %158 = zext i32 %157 to i64
  %159 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 %158
  %160 = load i32, ptr %159, align 4, !tbaa !8
  %161 = add i32 %160, 1
  store i32 %161, ptr %159, align 4, !tbaa !8
  %162 = add nuw nsw i32 %111, 1
  %163 = icmp eq i32 %162, 5000
  br i1 %163, label %61, label %109, !llvm.loop !10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v8i64(<8 x i64>) #3

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"long", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !6, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
