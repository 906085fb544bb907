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
  br label %112

92:                                               ; preds = %92, %0
  %93 = phi i64 [ 0, %0 ], [ %110, %92 ]
  %94 = phi i32 [ %1, %0 ], [ %108, %92 ]
  %95 = shl i32 %94, 13
  %96 = xor i32 %95, %94
  %97 = lshr i32 %96, 17
  %98 = xor i32 %97, %96
  %99 = shl i32 %98, 5
  %100 = xor i32 %99, %98
  %101 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %93
  store i32 %100, ptr %101, align 8, !tbaa !4
  %102 = or i64 %93, 1
  %103 = shl i32 %100, 13
  %104 = xor i32 %103, %100
  %105 = lshr i32 %104, 17
  %106 = xor i32 %105, %104
  %107 = shl i32 %106, 5
  %108 = xor i32 %107, %106
  %109 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %102
  store i32 %108, ptr %109, align 4, !tbaa !4
  %110 = add nuw nsw i64 %93, 2
  %111 = icmp eq i64 %110, 2500
  br i1 %111, label %2, label %92, !llvm.loop !10

112:                                              ; preds = %130, %90
  %113 = phi i64 [ 1, %90 ], [ %143, %130 ]
  %114 = phi i64 [ %91, %90 ], [ %142, %130 ]
  %115 = mul i64 %114, 1000003
  %116 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %113
  %117 = load i32, ptr %116, align 4, !tbaa !4
  %118 = zext i32 %117 to i64
  %119 = add i64 %115, %118
  %120 = add nuw nsw i64 %113, 4294967295
  %121 = and i64 %120, 4294967295
  %122 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %121
  %123 = load i32, ptr %122, align 4, !tbaa !4
  %124 = icmp ugt i32 %123, %117
  %125 = freeze i1 %124
  %126 = select i1 %125, i64 77, i64 0
  %127 = add i64 %119, %126
  %128 = add nuw nsw i64 %113, 1
  %129 = icmp eq i64 %128, 2500
  br i1 %129, label %144, label %130, !llvm.loop !11

130:                                              ; preds = %112
  %131 = mul i64 %127, 1000003
  %132 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %128
  %133 = load i32, ptr %132, align 4, !tbaa !4
  %134 = zext i32 %133 to i64
  %135 = add i64 %131, %134
  %136 = and i64 %113, 4294967295
  %137 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %136
  %138 = load i32, ptr %137, align 4, !tbaa !4
  %139 = icmp ugt i32 %138, %133
  %140 = freeze i1 %139
  %141 = select i1 %140, i64 77, i64 0
  %142 = add i64 %135, %141
  %143 = add nuw nsw i64 %113, 2
  br label %112

144:                                              ; preds = %112, %170
  %145 = phi i64 [ %155, %170 ], [ 0, %112 ]
  %146 = trunc i64 %145 to i32
  %147 = trunc i64 %145 to i16
  %148 = mul i16 %147, 37
  %149 = urem i16 %148, 2500
  %150 = zext i16 %149 to i64
  %151 = getelementptr inbounds [2500 x i32], ptr @arr, i64 0, i64 %150
  %152 = load i32, ptr %151, align 4, !tbaa !4
  %153 = lshr i32 %152, 4
  %154 = xor i32 %153, %146
  %155 = add nuw nsw i64 %145, 1
  %156 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %145
  store i32 %154, ptr %156, align 4, !tbaa !4
  %157 = icmp eq i64 %145, 0
  br i1 %157, label %170, label %158

158:                                              ; preds = %144, %166
  %159 = phi i32 [ %161, %166 ], [ %146, %144 ]
  %160 = add nsw i32 %159, -1
  %161 = lshr i32 %160, 1
  %162 = zext i32 %161 to i64
  %163 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %162
  %164 = load i32, ptr %163, align 4, !tbaa !4
  %165 = icmp ugt i32 %164, %154
  br i1 %165, label %166, label %170

166:                                              ; preds = %158
  %167 = zext i32 %159 to i64
  %168 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %167
  store i32 %164, ptr %168, align 4, !tbaa !4
  store i32 %154, ptr %163, align 4, !tbaa !4
  %169 = icmp ult i32 %160, 2
  br i1 %169, label %170, label %158, !llvm.loop !13

170:                                              ; preds = %158, %166, %144
  %171 = icmp eq i64 %155, 500
  br i1 %171, label %172, label %144, !llvm.loop !14

172:                                              ; preds = %170, %213
  %173 = phi i64 [ %177, %213 ], [ 500, %170 ]
  %174 = phi i32 [ %176, %213 ], [ 0, %170 ]
  %175 = phi i64 [ %219, %213 ], [ %127, %170 ]
  %176 = load i32, ptr @heap, align 16, !tbaa !4
  %177 = add nsw i64 %173, -1
  %178 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %177
  %179 = load i32, ptr %178, align 4, !tbaa !4
  store i32 %179, ptr @heap, align 16, !tbaa !4
  br label %180

180:                                              ; preds = %207, %172
  %181 = phi i32 [ 0, %172 ], [ %205, %207 ]
  %182 = shl nsw i32 %181, 1
  %183 = or i32 %182, 1
  %184 = add i32 %182, 2
  %185 = sext i32 %183 to i64
  %186 = icmp sgt i64 %177, %185
  br i1 %186, label %187, label %192

187:                                              ; preds = %180
  %188 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %185
  %189 = load i32, ptr %188, align 4, !tbaa !4
  %190 = icmp ult i32 %189, %179
  %191 = select i1 %190, i32 %183, i32 %181
  br label %192

192:                                              ; preds = %187, %180
  %193 = phi i32 [ %181, %180 ], [ %191, %187 ]
  %194 = sext i32 %184 to i64
  %195 = icmp sgt i64 %177, %194
  br i1 %195, label %196, label %204

196:                                              ; preds = %192
  %197 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %194
  %198 = load i32, ptr %197, align 8, !tbaa !4
  %199 = sext i32 %193 to i64
  %200 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %199
  %201 = load i32, ptr %200, align 4, !tbaa !4
  %202 = icmp ult i32 %198, %201
  %203 = select i1 %202, i32 %184, i32 %193
  br label %204

204:                                              ; preds = %196, %192
  %205 = phi i32 [ %193, %192 ], [ %203, %196 ]
  %206 = icmp eq i32 %205, %181
  br i1 %206, label %213, label %207

207:                                              ; preds = %204
  %208 = sext i32 %181 to i64
  %209 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %208
  %210 = sext i32 %205 to i64
  %211 = getelementptr inbounds [512 x i32], ptr @heap, i64 0, i64 %210
  %212 = load i32, ptr %211, align 4, !tbaa !4
  store i32 %212, ptr %209, align 4, !tbaa !4
  store i32 %179, ptr %211, align 4, !tbaa !4
  br label %180

213:                                              ; preds = %204
  %214 = tail call i64 @llvm.fshl.i64(i64 %175, i64 %175, i64 5)
  %215 = zext i32 %176 to i64
  %216 = add i64 %214, %215
  %217 = icmp ult i32 %176, %174
  %218 = select i1 %217, i64 1000, i64 0
  %219 = add i64 %216, %218
  %220 = icmp ugt i64 %173, 1
  br i1 %220, label %172, label %221, !llvm.loop !15

221:                                              ; preds = %213
  ret i64 %219
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #1

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
