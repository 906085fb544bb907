; ModuleID = 'nested_loops.c'
source_filename = "nested_loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 7, align 4
@sieve = internal unnamed_addr global [20000 x i8] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_seed, align 4, !tbaa !4
  %2 = add i32 %1, 3
  br label %3

3:                                                ; preds = %0, %193
  %4 = phi i32 [ 0, %0 ], [ %198, %193 ]
  %5 = phi i32 [ 2, %0 ], [ %196, %193 ]
  %6 = phi i32 [ 1, %0 ], [ %195, %193 ]
  %7 = phi i64 [ 0, %0 ], [ %194, %193 ]
  %8 = add i32 %4, 1
  %9 = and i32 %8, 3
  %10 = icmp ult i32 %4, 3
  br i1 %10, label %177, label %11

11:                                               ; preds = %3
  %12 = and i32 %8, -4
  br label %199

13:                                               ; preds = %193
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(20000) @sieve, i8 1, i64 20000, i1 false), !tbaa !8
  store i8 0, ptr getelementptr inbounds ([20000 x i8], ptr @sieve, i64 0, i64 1), align 1, !tbaa !8
  store i8 0, ptr @sieve, align 16, !tbaa !8
  br label %14

14:                                               ; preds = %45, %13
  %15 = phi i64 [ 2, %13 ], [ %46, %45 ]
  %16 = phi i32 [ 4, %13 ], [ %48, %45 ]
  %17 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %15
  %18 = load i8, ptr %17, align 2, !tbaa !8
  %19 = icmp ne i8 %18, 0
  %20 = icmp ult i32 %16, 20000
  %21 = select i1 %19, i1 %20, i1 false
  br i1 %21, label %22, label %29

22:                                               ; preds = %14
  %23 = zext i32 %16 to i64
  br label %24

24:                                               ; preds = %24, %22
  %25 = phi i64 [ %23, %22 ], [ %27, %24 ]
  %26 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %25
  store i8 0, ptr %26, align 1, !tbaa !8
  %27 = add nuw nsw i64 %25, %15
  %28 = icmp ult i64 %27, 20000
  br i1 %28, label %24, label %29, !llvm.loop !9

29:                                               ; preds = %24, %14
  %30 = or i64 %15, 1
  %31 = trunc i64 %30 to i32
  %32 = mul nsw i32 %31, %31
  %33 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %30
  %34 = load i8, ptr %33, align 1, !tbaa !8
  %35 = icmp ne i8 %34, 0
  %36 = icmp ult i32 %32, 20000
  %37 = select i1 %35, i1 %36, i1 false
  br i1 %37, label %38, label %45

38:                                               ; preds = %29
  %39 = zext i32 %32 to i64
  br label %40

40:                                               ; preds = %40, %38
  %41 = phi i64 [ %39, %38 ], [ %43, %40 ]
  %42 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %41
  store i8 0, ptr %42, align 1, !tbaa !8
  %43 = add nuw nsw i64 %41, %30
  %44 = icmp ult i64 %43, 20000
  br i1 %44, label %40, label %45, !llvm.loop !9

45:                                               ; preds = %40, %29
  %46 = add nuw nsw i64 %15, 2
  %47 = trunc i64 %46 to i32
  %48 = mul nsw i32 %47, %47
  %49 = icmp eq i64 %46, 142
  br i1 %49, label %50, label %14, !llvm.loop !11

50:                                               ; preds = %45, %50
  %51 = phi i64 [ %89, %50 ], [ 0, %45 ]
  %52 = phi <4 x i64> [ %90, %50 ], [ <i64 0, i64 1, i64 2, i64 3>, %45 ]
  %53 = phi <4 x i64> [ %87, %50 ], [ zeroinitializer, %45 ]
  %54 = phi <4 x i64> [ %88, %50 ], [ zeroinitializer, %45 ]
  %55 = phi <4 x i64> [ %83, %50 ], [ zeroinitializer, %45 ]
  %56 = phi <4 x i64> [ %84, %50 ], [ zeroinitializer, %45 ]
  %57 = add <4 x i64> %52, <i64 4, i64 4, i64 4, i64 4>
  %58 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %51
  %59 = load <4 x i8>, ptr %58, align 16, !tbaa !8
  %60 = getelementptr inbounds i8, ptr %58, i64 4
  %61 = load <4 x i8>, ptr %60, align 4, !tbaa !8
  %62 = icmp ne <4 x i8> %59, zeroinitializer
  %63 = icmp ne <4 x i8> %61, zeroinitializer
  %64 = zext <4 x i1> %62 to <4 x i64>
  %65 = zext <4 x i1> %63 to <4 x i64>
  %66 = add <4 x i64> %55, %64
  %67 = add <4 x i64> %56, %65
  %68 = select <4 x i1> %62, <4 x i64> %52, <4 x i64> zeroinitializer
  %69 = select <4 x i1> %63, <4 x i64> %57, <4 x i64> zeroinitializer
  %70 = add <4 x i64> %68, %53
  %71 = add <4 x i64> %69, %54
  %72 = or i64 %51, 8
  %73 = add <4 x i64> %52, <i64 8, i64 8, i64 8, i64 8>
  %74 = add <4 x i64> %52, <i64 12, i64 12, i64 12, i64 12>
  %75 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %72
  %76 = load <4 x i8>, ptr %75, align 8, !tbaa !8
  %77 = getelementptr inbounds i8, ptr %75, i64 4
  %78 = load <4 x i8>, ptr %77, align 4, !tbaa !8
  %79 = icmp ne <4 x i8> %76, zeroinitializer
  %80 = icmp ne <4 x i8> %78, zeroinitializer
  %81 = zext <4 x i1> %79 to <4 x i64>
  %82 = zext <4 x i1> %80 to <4 x i64>
  %83 = add <4 x i64> %66, %81
  %84 = add <4 x i64> %67, %82
  %85 = select <4 x i1> %79, <4 x i64> %73, <4 x i64> zeroinitializer
  %86 = select <4 x i1> %80, <4 x i64> %74, <4 x i64> zeroinitializer
  %87 = add <4 x i64> %85, %70
  %88 = add <4 x i64> %86, %71
  %89 = add nuw nsw i64 %51, 16
  %90 = add <4 x i64> %52, <i64 16, i64 16, i64 16, i64 16>
  %91 = icmp eq i64 %89, 20000
  br i1 %91, label %92, label %50, !llvm.loop !12

92:                                               ; preds = %50, %123
  %93 = phi i32 [ %125, %123 ], [ 1, %50 ]
  %94 = phi i32 [ %124, %123 ], [ 0, %50 ]
  %95 = phi i64 [ %128, %123 ], [ 0, %50 ]
  %96 = mul i32 %94, %1
  br label %97

97:                                               ; preds = %127, %92
  %98 = phi i32 [ 0, %92 ], [ %129, %127 ]
  %99 = phi i64 [ %95, %92 ], [ %128, %127 ]
  %100 = sub nsw i32 0, %98
  %101 = and i32 %100, 3
  %102 = icmp eq i32 %101, 0
  br i1 %102, label %117, label %103

103:                                              ; preds = %97, %103
  %104 = phi i32 [ %114, %103 ], [ %98, %97 ]
  %105 = phi i64 [ %113, %103 ], [ %99, %97 ]
  %106 = phi i32 [ %115, %103 ], [ 0, %97 ]
  %107 = mul i64 %105, 31
  %108 = mul nuw nsw i32 %104, 7
  %109 = add nuw nsw i32 %108, %98
  %110 = xor i32 %109, %96
  %111 = urem i32 %110, 97
  %112 = zext i32 %111 to i64
  %113 = add i64 %107, %112
  %114 = add nuw nsw i32 %104, 1
  %115 = add i32 %106, 1
  %116 = icmp eq i32 %115, %101
  br i1 %116, label %117, label %103, !llvm.loop !15

117:                                              ; preds = %103, %97
  %118 = phi i64 [ undef, %97 ], [ %113, %103 ]
  %119 = phi i32 [ %98, %97 ], [ %114, %103 ]
  %120 = phi i64 [ %99, %97 ], [ %113, %103 ]
  %121 = add nsw i32 %98, -21
  %122 = icmp ult i32 %121, 3
  br i1 %122, label %127, label %131

123:                                              ; preds = %127
  %124 = add nuw nsw i32 %94, 1
  %125 = add nuw nsw i32 %93, 1
  %126 = icmp eq i32 %124, 24
  br i1 %126, label %167, label %92, !llvm.loop !17

127:                                              ; preds = %131, %117
  %128 = phi i64 [ %118, %117 ], [ %164, %131 ]
  %129 = add nuw nsw i32 %98, 1
  %130 = icmp eq i32 %129, %93
  br i1 %130, label %123, label %97, !llvm.loop !18

131:                                              ; preds = %117, %131
  %132 = phi i32 [ %165, %131 ], [ %119, %117 ]
  %133 = phi i64 [ %164, %131 ], [ %120, %117 ]
  %134 = mul i64 %133, 31
  %135 = mul nuw nsw i32 %132, 7
  %136 = add nuw nsw i32 %135, %98
  %137 = xor i32 %136, %96
  %138 = urem i32 %137, 97
  %139 = zext i32 %138 to i64
  %140 = add i64 %134, %139
  %141 = mul i64 %140, 31
  %142 = mul nuw i32 %132, 7
  %143 = add nuw i32 %142, 7
  %144 = add nuw nsw i32 %143, %98
  %145 = xor i32 %144, %96
  %146 = urem i32 %145, 97
  %147 = zext i32 %146 to i64
  %148 = add i64 %141, %147
  %149 = mul i64 %148, 31
  %150 = mul nuw i32 %132, 7
  %151 = add nuw i32 %150, 14
  %152 = add nuw nsw i32 %151, %98
  %153 = xor i32 %152, %96
  %154 = urem i32 %153, 97
  %155 = zext i32 %154 to i64
  %156 = add i64 %149, %155
  %157 = mul i64 %156, 31
  %158 = mul nuw i32 %132, 7
  %159 = add nuw i32 %158, 21
  %160 = add nuw nsw i32 %159, %98
  %161 = xor i32 %160, %96
  %162 = urem i32 %161, 97
  %163 = zext i32 %162 to i64
  %164 = add i64 %157, %163
  %165 = add nuw nsw i32 %132, 4
  %166 = icmp eq i32 %165, 24
  br i1 %166, label %127, label %131, !llvm.loop !19

167:                                              ; preds = %123
  %168 = add <4 x i64> %88, %87
  %169 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %168)
  %170 = add <4 x i64> %84, %83
  %171 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %170)
  %172 = mul i64 %171, 1000003
  %173 = add i64 %172, %169
  %174 = shl i64 %173, 1
  %175 = xor i64 %174, %194
  %176 = add i64 %128, %175
  ret i64 %176

177:                                              ; preds = %199, %3
  %178 = phi i64 [ undef, %3 ], [ %221, %199 ]
  %179 = phi i32 [ 1, %3 ], [ %222, %199 ]
  %180 = phi i64 [ %7, %3 ], [ %221, %199 ]
  %181 = icmp eq i32 %9, 0
  br i1 %181, label %193, label %182

182:                                              ; preds = %177, %182
  %183 = phi i32 [ %190, %182 ], [ %179, %177 ]
  %184 = phi i64 [ %189, %182 ], [ %180, %177 ]
  %185 = phi i32 [ %191, %182 ], [ 0, %177 ]
  %186 = mul nuw nsw i32 %183, %6
  %187 = urem i32 %186, %2
  %188 = zext i32 %187 to i64
  %189 = add i64 %184, %188
  %190 = add nuw nsw i32 %183, 1
  %191 = add i32 %185, 1
  %192 = icmp eq i32 %191, %9
  br i1 %192, label %193, label %182, !llvm.loop !20

193:                                              ; preds = %182, %177
  %194 = phi i64 [ %178, %177 ], [ %189, %182 ]
  %195 = add nuw nsw i32 %6, 1
  %196 = add nuw nsw i32 %5, 1
  %197 = icmp eq i32 %196, 302
  %198 = add i32 %4, 1
  br i1 %197, label %13, label %3, !llvm.loop !21

199:                                              ; preds = %199, %11
  %200 = phi i32 [ 1, %11 ], [ %222, %199 ]
  %201 = phi i64 [ %7, %11 ], [ %221, %199 ]
  %202 = phi i32 [ 0, %11 ], [ %223, %199 ]
  %203 = mul nuw nsw i32 %200, %6
  %204 = urem i32 %203, %2
  %205 = zext i32 %204 to i64
  %206 = add i64 %201, %205
  %207 = add nuw nsw i32 %200, 1
  %208 = mul nuw nsw i32 %207, %6
  %209 = urem i32 %208, %2
  %210 = zext i32 %209 to i64
  %211 = add i64 %206, %210
  %212 = add nuw nsw i32 %200, 2
  %213 = mul nuw nsw i32 %212, %6
  %214 = urem i32 %213, %2
  %215 = zext i32 %214 to i64
  %216 = add i64 %211, %215
  %217 = add nuw nsw i32 %200, 3
  %218 = mul nuw nsw i32 %217, %6
  %219 = urem i32 %218, %2
  %220 = zext i32 %219 to i64
  %221 = add i64 %216, %220
  %222 = add nuw nsw i32 %200, 4
  %223 = add i32 %202, 4
  %224 = icmp eq i32 %223, %12
  br i1 %224, label %177, label %199, !llvm.loop !22
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #2

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(none) }

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
!8 = !{!6, !6, i64 0}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10, !13, !14}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.unroll.disable"}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !10}
!22 = distinct !{!22, !10}
