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
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %1) #3
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  %60 = or i64 %59, 1
  br label %142

61:                                               ; preds = %187
  %62 = load i32, ptr %1, align 16, !tbaa !8
  %63 = zext i32 %62 to i64
  %64 = add nsw i64 %63, -500
  %65 = mul nsw i64 %64, %64
  %66 = mul i64 %189, 31
  %67 = add i64 %66, %63
  %68 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 1
  %69 = load i32, ptr %68, align 4, !tbaa !8
  %70 = zext i32 %69 to i64
  %71 = add nsw i64 %70, -500
  %72 = mul nsw i64 %71, %71
  %73 = add nuw i64 %72, %65
  %74 = mul i64 %67, 31
  %75 = add i64 %74, %70
  %76 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 2
  %77 = load i32, ptr %76, align 8, !tbaa !8
  %78 = zext i32 %77 to i64
  %79 = add nsw i64 %78, -500
  %80 = mul nsw i64 %79, %79
  %81 = add i64 %80, %73
  %82 = mul i64 %75, 31
  %83 = add i64 %82, %78
  %84 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 3
  %85 = load i32, ptr %84, align 4, !tbaa !8
  %86 = zext i32 %85 to i64
  %87 = add nsw i64 %86, -500
  %88 = mul nsw i64 %87, %87
  %89 = add i64 %88, %81
  %90 = mul i64 %83, 31
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 4
  %93 = load i32, ptr %92, align 16, !tbaa !8
  %94 = zext i32 %93 to i64
  %95 = add nsw i64 %94, -500
  %96 = mul nsw i64 %95, %95
  %97 = add i64 %96, %89
  %98 = mul i64 %91, 31
  %99 = add i64 %98, %94
  %100 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 5
  %101 = load i32, ptr %100, align 4, !tbaa !8
  %102 = zext i32 %101 to i64
  %103 = add nsw i64 %102, -500
  %104 = mul nsw i64 %103, %103
  %105 = add i64 %104, %97
  %106 = mul i64 %99, 31
  %107 = add i64 %106, %102
  %108 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 6
  %109 = load i32, ptr %108, align 8, !tbaa !8
  %110 = zext i32 %109 to i64
  %111 = add nsw i64 %110, -500
  %112 = mul nsw i64 %111, %111
  %113 = add i64 %112, %105
  %114 = mul i64 %107, 31
  %115 = add i64 %114, %110
  %116 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 7
  %117 = load i32, ptr %116, align 4, !tbaa !8
  %118 = zext i32 %117 to i64
  %119 = add nsw i64 %118, -500
  %120 = mul nsw i64 %119, %119
  %121 = add i64 %120, %113
  %122 = mul i64 %115, 31
  %123 = add i64 %122, %118
  %124 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 8
  %125 = load i32, ptr %124, align 16, !tbaa !8
  %126 = zext i32 %125 to i64
  %127 = add nsw i64 %126, -500
  %128 = mul nsw i64 %127, %127
  %129 = add i64 %128, %121
  %130 = mul i64 %123, 31
  %131 = add i64 %130, %126
  %132 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 9
  %133 = load i32, ptr %132, align 4, !tbaa !8
  %134 = zext i32 %133 to i64
  %135 = add nsw i64 %134, -500
  %136 = mul nsw i64 %135, %135
  %137 = add i64 %136, %129
  %138 = mul i64 %131, 31
  %139 = add i64 %138, %134
  %140 = shl i64 %137, 40
  %141 = xor i64 %139, %140
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %1) #3
  ret i64 %141

142:                                              ; preds = %0, %187
  %143 = phi i64 [ 0, %0 ], [ %189, %187 ]
  %144 = phi i32 [ 0, %0 ], [ %195, %187 ]
  %145 = phi i32 [ %12, %0 ], [ %151, %187 ]
  %146 = phi i32 [ %23, %0 ], [ %159, %187 ]
  %147 = phi i64 [ %32, %0 ], [ %148, %187 ]
  %148 = phi i64 [ %41, %0 ], [ %169, %187 ]
  %149 = phi i64 [ %50, %0 ], [ %174, %187 ]
  %150 = mul i32 %145, 1664525
  %151 = add i32 %150, 1013904223
  %152 = zext i32 %151 to i64
  %153 = add i64 %143, %152
  %154 = shl i32 %146, 13
  %155 = xor i32 %154, %146
  %156 = lshr i32 %155, 17
  %157 = xor i32 %156, %155
  %158 = shl i32 %157, 5
  %159 = xor i32 %158, %157
  %160 = zext i32 %159 to i64
  %161 = shl nuw nsw i64 %160, 16
  %162 = xor i64 %161, %153
  %163 = shl i64 %147, 23
  %164 = xor i64 %163, %147
  %165 = lshr i64 %164, 17
  %166 = lshr i64 %148, 26
  %167 = xor i64 %166, %165
  %168 = xor i64 %167, %148
  %169 = xor i64 %168, %164
  %170 = add i64 %169, %148
  br label %171

171:                                              ; preds = %171, %142
  %172 = phi i64 [ %174, %171 ], [ %149, %142 ]
  %173 = mul i64 %172, 6364136223846793005
  %174 = add i64 %173, %60
  %175 = lshr i64 %172, 45
  %176 = lshr i64 %172, 27
  %177 = xor i64 %175, %176
  %178 = trunc i64 %177 to i32
  %179 = lshr i64 %172, 59
  %180 = trunc i64 %179 to i32
  %181 = lshr i32 %178, %180
  %182 = sub nsw i32 0, %180
  %183 = and i32 %182, 31
  %184 = shl i32 %178, %183
  %185 = or i32 %181, %184
  %186 = icmp ult i32 %185, 6
  br i1 %186, label %171, label %187

187:                                              ; preds = %171
  %188 = mul i64 %162, 3
  %189 = add i64 %170, %188
  %190 = urem i32 %185, 10
  %191 = zext i32 %190 to i64
  %192 = getelementptr inbounds [10 x i32], ptr %1, i64 0, i64 %191
  %193 = load i32, ptr %192, align 4, !tbaa !8
  %194 = add i32 %193, 1
  store i32 %194, ptr %192, align 4, !tbaa !8
  %195 = add nuw nsw i32 %144, 1
  %196 = icmp eq i32 %195, 5000
  br i1 %196, label %61, label %142, !llvm.loop !10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind }

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
