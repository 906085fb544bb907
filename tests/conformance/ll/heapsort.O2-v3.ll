; ModuleID = 'heapsort.c'
source_filename = "heapsort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local local_unnamed_addr global i32 99, align 4
@arr = internal unnamed_addr global [2500 x i32] zeroinitializer, align 16
@heap = internal unnamed_addr global [512 x i32] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_seed, align 4, !tbaa !4
  br label %92

2:                                                ; preds = %92, %41
  %3 = phi i64 [ %42, %41 ], [ 1249, %92 ]
  %4 = getelementptr inbounds i32, ptr @arr, i64 %3
  %5 = load i32, ptr %4, align 4, !tbaa !4
  %6 = trunc i64 %3 to i32
  %7 = shl i32 %6, 1
  %8 = or i32 %7, 1
  br label %9

9:                                                ; preds = %34, %2
  %10 = phi i32 [ %39, %34 ], [ %8, %2 ]
  %11 = phi i32 [ %38, %34 ], [ %7, %2 ]
  %12 = phi i32 [ %32, %34 ], [ %6, %2 ]
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds i32, ptr @arr, i64 %13
  %15 = sext i32 %10 to i64
  %16 = getelementptr inbounds i32, ptr @arr, i64 %15
  %17 = load i32, ptr %16, align 4, !tbaa !4
  %18 = icmp ult i32 %5, %17
  %19 = select i1 %18, i32 %10, i32 %12
  %20 = add i32 %11, 2
  %21 = icmp sgt i32 %20, 2499
  br i1 %21, label %31, label %22

22:                                               ; preds = %9
  %23 = sext i32 %19 to i64
  %24 = getelementptr inbounds i32, ptr @arr, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !4
  %26 = sext i32 %20 to i64
  %27 = getelementptr inbounds i32, ptr @arr, i64 %26
  %28 = load i32, ptr %27, align 8, !tbaa !4
  %29 = icmp ult i32 %25, %28
  %30 = select i1 %29, i32 %20, i32 %19
  br label %31

31:                                               ; preds = %22, %9
  %32 = phi i32 [ %19, %9 ], [ %30, %22 ]
  %33 = icmp eq i32 %32, %12
  br i1 %33, label %41, label %34

34:                                               ; preds = %31
  %35 = sext i32 %32 to i64
  %36 = getelementptr inbounds i32, ptr @arr, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !4
  store i32 %37, ptr %14, align 4, !tbaa !4
  store i32 %5, ptr %36, align 4, !tbaa !4
  %38 = shl nsw i32 %32, 1
  %39 = or i32 %38, 1
  %40 = icmp sgt i32 %39, 2499
  br i1 %40, label %41, label %9

41:                                               ; preds = %34, %31
  %42 = add nsw i64 %3, -1
  %43 = icmp eq i64 %3, 0
  br i1 %43, label %44, label %2, !llvm.loop !8

44:                                               ; preds = %41
  %45 = load i32, ptr getelementptr inbounds ([2500 x i32], ptr @arr, i64 0, i64 2499), align 4, !tbaa !4
  %46 = load i32, ptr @arr, align 16, !tbaa !4
  store i32 %46, ptr getelementptr inbounds ([2500 x i32], ptr @arr, i64 0, i64 2499), align 4, !tbaa !4
  store i32 %45, ptr @arr, align 16, !tbaa !4
  br label %47

47:                                               ; preds = %44, %84
  %48 = phi i64 [ 2498, %44 ], [ %88, %84 ]
  %49 = phi i32 [ %45, %44 ], [ %86, %84 ]
  %50 = phi i64 [ 2499, %44 ], [ %48, %84 ]
  br label %51

51:                                               ; preds = %47, %76
  %52 = phi i32 [ %81, %76 ], [ 1, %47 ]
  %53 = phi i32 [ %80, %76 ], [ 0, %47 ]
  %54 = phi i32 [ %74, %76 ], [ 0, %47 ]
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i32, ptr @arr, i64 %55
  %57 = sext i32 %52 to i64
  %58 = getelementptr inbounds i32, ptr @arr, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !4
  %60 = icmp ult i32 %49, %59
  %61 = select i1 %60, i32 %52, i32 %54
  %62 = add i32 %53, 2
  %63 = sext i32 %62 to i64
  %64 = icmp sgt i64 %50, %63
  br i1 %64, label %65, label %73

65:                                               ; preds = %51
  %66 = sext i32 %61 to i64
  %67 = getelementptr inbounds i32, ptr @arr, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !4
  %69 = getelementptr inbounds i32, ptr @arr, i64 %63
  %70 = load i32, ptr %69, align 8, !tbaa !4
  %71 = icmp ult i32 %68, %70
  %72 = select i1 %71, i32 %62, i32 %61
  br label %73

73:                                               ; preds = %65, %51
  %74 = phi i32 [ %61, %51 ], [ %72, %65 ]
  %75 = icmp eq i32 %74, %54
  br i1 %75, label %84, label %76

76:                                               ; preds = %73
  %77 = sext i32 %74 to i64
  %78 = getelementptr inbounds i32, ptr @arr, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !4
  store i32 %79, ptr %56, align 4, !tbaa !4
  store i32 %49, ptr %78, align 4, !tbaa !4
  %80 = shl nsw i32 %74, 1
  %81 = or i32 %80, 1
  %82 = sext i32 %81 to i64
  %83 = icmp sgt i64 %50, %82
  br i1 %83, label %51, label %84

84:                                               ; preds = %76, %73
  %85 = getelementptr inbounds i32, ptr @arr, i64 %48
  %86 = load i32, ptr %85, align 4, !tbaa !4
  %87 = load i32, ptr @arr, align 16, !tbaa !4
  store i32 %87, ptr %85, align 4, !tbaa !4
  store i32 %86, ptr @arr, align 16, !tbaa !4
  %88 = add nsw i64 %48, -1
  %89 = icmp eq i64 %88, 0
  br i1 %89, label %90, label %47

90:                                               ; preds = %84
  %91 = zext i32 %86 to i64
  br label %128

92:                                               ; preds = %92, %0
  %93 = phi i64 [ 0, %0 ], [ %126, %92 ]
  %94 = phi i32 [ %1, %0 ], [ %124, %92 ]
  %95 = shl i32 %94, 13
  %96 = xor i32 %95, %94
  %97 = lshr i32 %96, 17
  %98 = xor i32 %97, %96
  %99 = shl i32 %98, 5
  %100 = xor i32 %99, %98
  %101 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %93
  store i32 %100, ptr %101, align 16, !tbaa !4
  %102 = or i64 %93, 1
  %103 = shl i32 %100, 13
  %104 = xor i32 %103, %100
  %105 = lshr i32 %104, 17
  %106 = xor i32 %105, %104
  %107 = shl i32 %106, 5
  %108 = xor i32 %107, %106
  %109 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %102
  store i32 %108, ptr %109, align 4, !tbaa !4
  %110 = or i64 %93, 2
  %111 = shl i32 %108, 13
  %112 = xor i32 %111, %108
  %113 = lshr i32 %112, 17
  %114 = xor i32 %113, %112
  %115 = shl i32 %114, 5
  %116 = xor i32 %115, %114
  %117 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %110
  store i32 %116, ptr %117, align 8, !tbaa !4
  %118 = or i64 %93, 3
  %119 = shl i32 %116, 13
  %120 = xor i32 %119, %116
  %121 = lshr i32 %120, 17
  %122 = xor i32 %121, %120
  %123 = shl i32 %122, 5
  %124 = xor i32 %123, %122
  %125 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %118
  store i32 %124, ptr %125, align 4, !tbaa !4
  %126 = add nuw nsw i64 %93, 4
  %127 = icmp eq i64 %126, 2500
  br i1 %127, label %2, label %92, !llvm.loop !10

128:                                              ; preds = %128, %90
  %129 = phi i64 [ 1, %90 ], [ %171, %128 ]
  %130 = phi i64 [ %91, %90 ], [ %170, %128 ]
  %131 = mul i64 %130, 1000003
  %132 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %129
  %133 = load i32, ptr %132, align 4, !tbaa !4
  %134 = zext i32 %133 to i64
  %135 = add i64 %131, %134
  %136 = add nuw nsw i64 %129, 4294967295
  %137 = and i64 %136, 4294967295
  %138 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %137
  %139 = load i32, ptr %138, align 4, !tbaa !4
  %140 = icmp ugt i32 %139, %133
  %141 = freeze i1 %140
  %142 = select i1 %141, i64 77, i64 0
  %143 = add i64 %135, %142
  %144 = add nuw nsw i64 %129, 1
  %145 = mul i64 %143, 1000003
  %146 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %144
  %147 = load i32, ptr %146, align 4, !tbaa !4
  %148 = zext i32 %147 to i64
  %149 = add i64 %145, %148
  %150 = and i64 %129, 4294967295
  %151 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %150
  %152 = load i32, ptr %151, align 4, !tbaa !4
  %153 = icmp ugt i32 %152, %147
  %154 = freeze i1 %153
  %155 = select i1 %154, i64 77, i64 0
  %156 = add i64 %149, %155
  %157 = add nuw nsw i64 %129, 2
  %158 = mul i64 %156, 1000003
  %159 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %157
  %160 = load i32, ptr %159, align 4, !tbaa !4
  %161 = zext i32 %160 to i64
  %162 = add i64 %158, %161
  %163 = add nuw i64 %129, 1
  %164 = and i64 %163, 4294967295
  %165 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %164
  %166 = load i32, ptr %165, align 4, !tbaa !4
  %167 = icmp ugt i32 %166, %160
  %168 = freeze i1 %167
  %169 = select i1 %168, i64 77, i64 0
  %170 = add i64 %162, %169
  %171 = add nuw nsw i64 %129, 3
  %172 = icmp eq i64 %171, 2500
  br i1 %172, label %173, label %128, !llvm.loop !11

173:                                              ; preds = %128, %199
  %174 = phi i64 [ %184, %199 ], [ 0, %128 ]
  %175 = trunc i64 %174 to i32
  %176 = trunc i64 %174 to i16
  %177 = mul i16 %176, 37
  %178 = urem i16 %177, 2500
  %179 = zext i16 %178 to i64
  %180 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %179
  %181 = load i32, ptr %180, align 4, !tbaa !4
  %182 = lshr i32 %181, 4
  %183 = xor i32 %182, %175
  %184 = add nuw nsw i64 %174, 1
  %185 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %174
  store i32 %183, ptr %185, align 4, !tbaa !4
  %186 = icmp eq i64 %174, 0
  br i1 %186, label %199, label %187

187:                                              ; preds = %173, %195
  %188 = phi i32 [ %190, %195 ], [ %175, %173 ]
  %189 = add nsw i32 %188, -1
  %190 = lshr i32 %189, 1
  %191 = zext i32 %190 to i64
  %192 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %191
  %193 = load i32, ptr %192, align 4, !tbaa !4
  %194 = icmp ugt i32 %193, %183
  br i1 %194, label %195, label %199

195:                                              ; preds = %187
  %196 = zext i32 %188 to i64
  %197 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %196
  store i32 %193, ptr %197, align 4, !tbaa !4
  store i32 %183, ptr %192, align 4, !tbaa !4
  %198 = icmp ult i32 %189, 2
  br i1 %198, label %199, label %187, !llvm.loop !13

199:                                              ; preds = %187, %195, %173
  %200 = icmp eq i64 %184, 500
  br i1 %200, label %201, label %173, !llvm.loop !14

201:                                              ; preds = %199, %242
  %202 = phi i64 [ %206, %242 ], [ 500, %199 ]
  %203 = phi i32 [ %205, %242 ], [ 0, %199 ]
  %204 = phi i64 [ %248, %242 ], [ %170, %199 ]
  %205 = load i32, ptr @heap, align 16, !tbaa !4
  %206 = add nsw i64 %202, -1
  %207 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %206
  %208 = load i32, ptr %207, align 4, !tbaa !4
  store i32 %208, ptr @heap, align 16, !tbaa !4
  br label %209

209:                                              ; preds = %236, %201
  %210 = phi i32 [ 0, %201 ], [ %234, %236 ]
  %211 = shl nsw i32 %210, 1
  %212 = or i32 %211, 1
  %213 = add i32 %211, 2
  %214 = sext i32 %212 to i64
  %215 = icmp sgt i64 %206, %214
  br i1 %215, label %216, label %221

216:                                              ; preds = %209
  %217 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %214
  %218 = load i32, ptr %217, align 4, !tbaa !4
  %219 = icmp ult i32 %218, %208
  %220 = select i1 %219, i32 %212, i32 %210
  br label %221

221:                                              ; preds = %216, %209
  %222 = phi i32 [ %210, %209 ], [ %220, %216 ]
  %223 = sext i32 %213 to i64
  %224 = icmp sgt i64 %206, %223
  br i1 %224, label %225, label %233

225:                                              ; preds = %221
  %226 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %223
  %227 = load i32, ptr %226, align 8, !tbaa !4
  %228 = sext i32 %222 to i64
  %229 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %228
  %230 = load i32, ptr %229, align 4, !tbaa !4
  %231 = icmp ult i32 %227, %230
  %232 = select i1 %231, i32 %213, i32 %222
  br label %233

233:                                              ; preds = %225, %221
  %234 = phi i32 [ %222, %221 ], [ %232, %225 ]
  %235 = icmp eq i32 %234, %210
  br i1 %235, label %242, label %236

236:                                              ; preds = %233
  %237 = sext i32 %210 to i64
  %238 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %237
  %239 = sext i32 %234 to i64
  %240 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %239
  %241 = load i32, ptr %240, align 4, !tbaa !4
  store i32 %241, ptr %238, align 4, !tbaa !4
  store i32 %208, ptr %240, align 4, !tbaa !4
  br label %209

242:                                              ; preds = %233
  %243 = tail call i64 @llvm.fshl.i64(i64 %204, i64 %204, i64 5)
  %244 = zext i32 %205 to i64
  %245 = add i64 %243, %244
  %246 = icmp ult i32 %205, %203
  %247 = select i1 %246, i64 1000, i64 0
  %248 = add i64 %245, %247
  %249 = icmp ugt i64 %202, 1
  br i1 %249, label %201, label %250, !llvm.loop !15

250:                                              ; preds = %242
  ret i64 %248
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9, !12}
!12 = !{!"llvm.loop.peeled.count", i32 1}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
