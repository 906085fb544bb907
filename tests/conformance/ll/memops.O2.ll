; ModuleID = 'memops.c'
source_filename = "memops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Record = type { i32, double, [5 x i16] }

@g_fill = dso_local local_unnamed_addr global i8 -91, align 1
@buf = internal unnamed_addr global [1024 x i8] zeroinitializer, align 16
@other = internal unnamed_addr global [1024 x i8] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [8 x %struct.Record], align 16
  br label %2

2:                                                ; preds = %2, %0
  %3 = phi i64 [ 0, %0 ], [ %12, %2 ]
  %4 = phi <16 x i8> [ <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15>, %0 ], [ %13, %2 ]
  %5 = mul <16 x i8> %4, <i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7>
  %6 = add <16 x i8> %5, <i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3>
  %7 = getelementptr inbounds [1024 x i8], ptr @buf, i64 0, i64 %3
  store <16 x i8> %6, ptr %7, align 16, !tbaa !4
  %8 = or i64 %3, 16
  %9 = mul <16 x i8> %4, <i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7>
  %10 = add <16 x i8> %9, <i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115>
  %11 = getelementptr inbounds [1024 x i8], ptr @buf, i64 0, i64 %8
  store <16 x i8> %10, ptr %11, align 16, !tbaa !4
  %12 = add nuw nsw i64 %3, 32
  %13 = add <16 x i8> %4, <i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32>
  %14 = icmp eq i64 %12, 1024
  br i1 %14, label %15, label %2, !llvm.loop !7

15:                                               ; preds = %2
  %16 = load i8, ptr @g_fill, align 1, !tbaa !4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1024) @other, i8 %16, i64 1024, i1 false)
  br label %17

17:                                               ; preds = %17, %15
  %18 = phi i64 [ 0, %15 ], [ %43, %17 ]
  %19 = phi i64 [ -3750763034362895579, %15 ], [ %42, %17 ]
  %20 = getelementptr inbounds i8, ptr @other, i64 %18
  %21 = load i8, ptr %20, align 4, !tbaa !4
  %22 = zext i8 %21 to i64
  %23 = xor i64 %19, %22
  %24 = mul i64 %23, 1099511628211
  %25 = or i64 %18, 1
  %26 = getelementptr inbounds i8, ptr @other, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !4
  %28 = zext i8 %27 to i64
  %29 = xor i64 %24, %28
  %30 = mul i64 %29, 1099511628211
  %31 = or i64 %18, 2
  %32 = getelementptr inbounds i8, ptr @other, i64 %31
  %33 = load i8, ptr %32, align 2, !tbaa !4
  %34 = zext i8 %33 to i64
  %35 = xor i64 %30, %34
  %36 = mul i64 %35, 1099511628211
  %37 = or i64 %18, 3
  %38 = getelementptr inbounds i8, ptr @other, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !4
  %40 = zext i8 %39 to i64
  %41 = xor i64 %36, %40
  %42 = mul i64 %41, 1099511628211
  %43 = add nuw nsw i64 %18, 4
  %44 = icmp eq i64 %43, 1024
  br i1 %44, label %91, label %17, !llvm.loop !11

45:                                               ; preds = %157
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #4
  %46 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 7
  store i32 0, ptr %46, align 16
  %47 = getelementptr inbounds i8, ptr %1, i64 228
  store i32 0, ptr %47, align 4
  %48 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 7, i32 1
  store double -1.000000e+00, ptr %48, align 8
  %49 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 7, i32 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %49, i8 0, i64 16, i1 false)
  %50 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6
  store i32 16843009, ptr %50, align 16
  %51 = getelementptr inbounds i8, ptr %1, i64 196
  store i32 0, ptr %51, align 4
  %52 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6, i32 1
  store double -5.000000e-01, ptr %52, align 8
  %53 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6, i32 2
  store <4 x i16> <i16 0, i16 257, i16 514, i16 771>, ptr %53, align 16
  %54 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6, i32 2, i64 4
  store i16 1028, ptr %54, align 8
  %55 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %55, i8 0, i64 6, i1 false)
  %56 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5
  store i32 33686018, ptr %56, align 16
  %57 = getelementptr inbounds i8, ptr %1, i64 164
  store i32 0, ptr %57, align 4
  %58 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5, i32 1
  store double 0.000000e+00, ptr %58, align 8
  %59 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5, i32 2
  store <4 x i16> <i16 0, i16 514, i16 1028, i16 1542>, ptr %59, align 16
  %60 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5, i32 2, i64 4
  store i16 2056, ptr %60, align 8
  %61 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %61, i8 0, i64 6, i1 false)
  %62 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4
  store i32 50529027, ptr %62, align 16
  %63 = getelementptr inbounds i8, ptr %1, i64 132
  store i32 0, ptr %63, align 4
  %64 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4, i32 1
  store double 5.000000e-01, ptr %64, align 8
  %65 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4, i32 2
  store <4 x i16> <i16 0, i16 771, i16 1542, i16 2313>, ptr %65, align 16
  %66 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4, i32 2, i64 4
  store i16 3084, ptr %66, align 8
  %67 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %67, i8 0, i64 6, i1 false)
  %68 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3
  store i32 67372036, ptr %68, align 16
  %69 = getelementptr inbounds i8, ptr %1, i64 100
  store i32 0, ptr %69, align 4
  %70 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3, i32 1
  store double 1.000000e+00, ptr %70, align 8
  %71 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3, i32 2
  store <4 x i16> <i16 0, i16 1028, i16 2056, i16 3084>, ptr %71, align 16
  %72 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3, i32 2, i64 4
  store i16 4112, ptr %72, align 8
  %73 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %73, i8 0, i64 6, i1 false)
  %74 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2
  store i32 84215045, ptr %74, align 16
  %75 = getelementptr inbounds i8, ptr %1, i64 68
  store i32 0, ptr %75, align 4
  %76 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2, i32 1
  store double 1.500000e+00, ptr %76, align 8
  %77 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2, i32 2
  store <4 x i16> <i16 0, i16 1285, i16 2570, i16 3855>, ptr %77, align 16
  %78 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2, i32 2, i64 4
  store i16 5140, ptr %78, align 8
  %79 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %79, i8 0, i64 6, i1 false)
  %80 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1
  store i32 101058054, ptr %80, align 16
  %81 = getelementptr inbounds i8, ptr %1, i64 36
  store i32 0, ptr %81, align 4
  %82 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1, i32 1
  store double 2.000000e+00, ptr %82, align 8
  %83 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1, i32 2
  store <4 x i16> <i16 0, i16 1542, i16 3084, i16 4626>, ptr %83, align 16
  %84 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1, i32 2, i64 4
  store i16 6168, ptr %84, align 8
  %85 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %85, i8 0, i64 6, i1 false)
  store i32 117901063, ptr %1, align 16
  %86 = getelementptr inbounds i8, ptr %1, i64 4
  store i32 0, ptr %86, align 4
  %87 = getelementptr inbounds i8, ptr %1, i64 8
  store double 2.500000e+00, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %1, i64 16
  store <4 x i16> <i16 0, i16 1799, i16 3598, i16 5397>, ptr %88, align 16
  %89 = getelementptr inbounds i8, ptr %1, i64 24
  store i16 7196, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %1, i64 26
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %90, i8 0, i64 6, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(192) %80, ptr noundef nonnull align 16 dereferenceable(192) %1, i64 192, i1 false)
  br label %162

91:                                               ; preds = %17, %157
  %92 = phi i64 [ %159, %157 ], [ %42, %17 ]
  %93 = phi i64 [ %160, %157 ], [ 1, %17 ]
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(1) getelementptr inbounds ([1024 x i8], ptr @buf, i64 0, i64 3), ptr noundef nonnull align 16 dereferenceable(1) @buf, i64 %93, i1 false)
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) getelementptr inbounds ([1024 x i8], ptr @buf, i64 0, i64 500), ptr noundef nonnull align 1 dereferenceable(1) getelementptr inbounds ([1024 x i8], ptr @buf, i64 0, i64 507), i64 %93, i1 false)
  %94 = getelementptr inbounds i8, ptr @other, i64 %93
  %95 = shl nuw nsw i64 %93, 1
  %96 = getelementptr inbounds i8, ptr @buf, i64 %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(1) %94, ptr noundef nonnull align 2 dereferenceable(1) %96, i64 %93, i1 false)
  %97 = trunc i64 %93 to i8
  %98 = lshr i64 %93, 1
  tail call void @llvm.memset.p0.i64(ptr nonnull align 4 getelementptr inbounds ([1024 x i8], ptr @buf, i64 0, i64 900), i8 %97, i64 %98, i1 false)
  br label %99

99:                                               ; preds = %99, %91
  %100 = phi i64 [ 0, %91 ], [ %125, %99 ]
  %101 = phi i64 [ -3750763034362895579, %91 ], [ %124, %99 ]
  %102 = getelementptr inbounds i8, ptr @buf, i64 %100
  %103 = load i8, ptr %102, align 4, !tbaa !4
  %104 = zext i8 %103 to i64
  %105 = xor i64 %101, %104
  %106 = mul i64 %105, 1099511628211
  %107 = or i64 %100, 1
  %108 = getelementptr inbounds i8, ptr @buf, i64 %107
  %109 = load i8, ptr %108, align 1, !tbaa !4
  %110 = zext i8 %109 to i64
  %111 = xor i64 %106, %110
  %112 = mul i64 %111, 1099511628211
  %113 = or i64 %100, 2
  %114 = getelementptr inbounds i8, ptr @buf, i64 %113
  %115 = load i8, ptr %114, align 2, !tbaa !4
  %116 = zext i8 %115 to i64
  %117 = xor i64 %112, %116
  %118 = mul i64 %117, 1099511628211
  %119 = or i64 %100, 3
  %120 = getelementptr inbounds i8, ptr @buf, i64 %119
  %121 = load i8, ptr %120, align 1, !tbaa !4
  %122 = zext i8 %121 to i64
  %123 = xor i64 %118, %122
  %124 = mul i64 %123, 1099511628211
  %125 = add nuw nsw i64 %100, 4
  %126 = icmp eq i64 %125, 1024
  br i1 %126, label %127, label %99, !llvm.loop !11

127:                                              ; preds = %99
  %128 = mul i64 %92, 31
  br label %129

129:                                              ; preds = %129, %127
  %130 = phi i64 [ 0, %127 ], [ %155, %129 ]
  %131 = phi i64 [ -3750763034362895579, %127 ], [ %154, %129 ]
  %132 = getelementptr inbounds i8, ptr @other, i64 %130
  %133 = load i8, ptr %132, align 4, !tbaa !4
  %134 = zext i8 %133 to i64
  %135 = xor i64 %131, %134
  %136 = mul i64 %135, 1099511628211
  %137 = or i64 %130, 1
  %138 = getelementptr inbounds i8, ptr @other, i64 %137
  %139 = load i8, ptr %138, align 1, !tbaa !4
  %140 = zext i8 %139 to i64
  %141 = xor i64 %136, %140
  %142 = mul i64 %141, 1099511628211
  %143 = or i64 %130, 2
  %144 = getelementptr inbounds i8, ptr @other, i64 %143
  %145 = load i8, ptr %144, align 2, !tbaa !4
  %146 = zext i8 %145 to i64
  %147 = xor i64 %142, %146
  %148 = mul i64 %147, 1099511628211
  %149 = or i64 %130, 3
  %150 = getelementptr inbounds i8, ptr @other, i64 %149
  %151 = load i8, ptr %150, align 1, !tbaa !4
  %152 = zext i8 %151 to i64
  %153 = xor i64 %148, %152
  %154 = mul i64 %153, 1099511628211
  %155 = add nuw nsw i64 %130, 4
  %156 = icmp eq i64 %155, 1024
  br i1 %156, label %157, label %129, !llvm.loop !11

157:                                              ; preds = %129
  %158 = add i64 %124, %128
  %159 = xor i64 %154, %158
  %160 = add nuw nsw i64 %93, 13
  %161 = icmp ult i64 %93, 187
  br i1 %161, label %91, label %45, !llvm.loop !12

162:                                              ; preds = %162, %45
  %163 = phi i64 [ 0, %45 ], [ %188, %162 ]
  %164 = phi i64 [ -3750763034362895579, %45 ], [ %187, %162 ]
  %165 = getelementptr inbounds i8, ptr %1, i64 %163
  %166 = load i8, ptr %165, align 4, !tbaa !4
  %167 = zext i8 %166 to i64
  %168 = xor i64 %164, %167
  %169 = mul i64 %168, 1099511628211
  %170 = or i64 %163, 1
  %171 = getelementptr inbounds i8, ptr %1, i64 %170
  %172 = load i8, ptr %171, align 1, !tbaa !4
  %173 = zext i8 %172 to i64
  %174 = xor i64 %169, %173
  %175 = mul i64 %174, 1099511628211
  %176 = or i64 %163, 2
  %177 = getelementptr inbounds i8, ptr %1, i64 %176
  %178 = load i8, ptr %177, align 2, !tbaa !4
  %179 = zext i8 %178 to i64
  %180 = xor i64 %175, %179
  %181 = mul i64 %180, 1099511628211
  %182 = or i64 %163, 3
  %183 = getelementptr inbounds i8, ptr %1, i64 %182
  %184 = load i8, ptr %183, align 1, !tbaa !4
  %185 = zext i8 %184 to i64
  %186 = xor i64 %181, %185
  %187 = mul i64 %186, 1099511628211
  %188 = add nuw nsw i64 %163, 4
  %189 = icmp eq i64 %188, 256
  br i1 %189, label %190, label %162, !llvm.loop !11

190:                                              ; preds = %162
  %191 = mul i64 %159, 31
  %192 = add i64 %187, %191
  %193 = mul i64 %192, 31
  %194 = add i64 %193, 4742405407109804946
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #4
  ret i64 %194
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8, !9, !10}
!8 = !{!"llvm.loop.mustprogress"}
!9 = !{!"llvm.loop.isvectorized", i32 1}
!10 = !{!"llvm.loop.unroll.runtime.disable"}
!11 = distinct !{!11, !8}
!12 = distinct !{!12, !8}
