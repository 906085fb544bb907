; ModuleID = 'utf8.c'
source_filename = "utf8.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_text = dso_local local_unnamed_addr global [74 x i8] c"Gr\C3\BC\C3\9F Gott! \CE\BA\CE\B1\CE\BB\CE\B7\CE\BC\CE\AD\CF\81\CE\B1 \E6\97\A5\E6\9C\AC\E8\AA\9E \F0\9F\98\80\F0\9F\9A\80 bad: \C0\AF \ED\A0\80 \E2\82 \FF end \E2\82\AC\00", align 16

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [256 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #3
  br label %2

2:                                                ; preds = %0, %196
  %3 = phi i64 [ 0, %0 ], [ %197, %196 ]
  %4 = phi i32 [ 0, %0 ], [ %198, %196 ]
  %5 = and i32 %4, 1
  br label %7

6:                                                ; preds = %196
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #3
  ret i64 %197

7:                                                ; preds = %2, %151
  %8 = phi i64 [ %3, %2 ], [ %157, %151 ]
  %9 = phi i32 [ 0, %2 ], [ %156, %151 ]
  %10 = phi i32 [ 0, %2 ], [ %155, %151 ]
  %11 = phi i32 [ 0, %2 ], [ %154, %151 ]
  %12 = phi i32 [ 0, %2 ], [ %158, %151 ]
  %13 = phi i32 [ 0, %2 ], [ %152, %151 ]
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr @g_text, i64 %14
  %16 = load i8, ptr %15, align 1, !tbaa !4
  %17 = zext i8 %16 to i32
  %18 = icmp sgt i8 %16, -1
  br i1 %18, label %19, label %21

19:                                               ; preds = %7
  %20 = add nsw i32 %13, 1
  br label %85

21:                                               ; preds = %7
  %22 = and i32 %17, 224
  %23 = icmp eq i32 %22, 192
  br i1 %23, label %32, label %24

24:                                               ; preds = %21
  %25 = and i32 %17, 240
  %26 = icmp eq i32 %25, 224
  br i1 %26, label %32, label %27

27:                                               ; preds = %24
  %28 = and i32 %17, 248
  %29 = icmp eq i32 %28, 240
  br i1 %29, label %32, label %30

30:                                               ; preds = %27
  %31 = add nsw i32 %13, 1
  br label %144

32:                                               ; preds = %27, %24, %21
  %33 = phi i32 [ 31, %21 ], [ 15, %24 ], [ 7, %27 ]
  %34 = phi i1 [ false, %21 ], [ true, %24 ], [ false, %27 ]
  %35 = phi i32 [ 2, %21 ], [ 3, %24 ], [ 4, %27 ]
  %36 = phi i32 [ 128, %21 ], [ 2048, %24 ], [ 65536, %27 ]
  %37 = add nsw i32 %35, %13
  %38 = icmp sgt i32 %37, 73
  br i1 %38, label %144, label %39

39:                                               ; preds = %32
  %40 = and i32 %33, %17
  %41 = add nsw i64 %14, 1
  %42 = getelementptr inbounds i8, ptr @g_text, i64 %41
  %43 = load i8, ptr %42, align 1, !tbaa !4
  %44 = zext i8 %43 to i32
  %45 = and i32 %44, 192
  %46 = icmp eq i32 %45, 128
  br i1 %46, label %50, label %47

47:                                               ; preds = %65, %54, %39
  %48 = phi i64 [ %41, %39 ], [ %55, %54 ], [ %66, %65 ]
  %49 = trunc i64 %48 to i32
  br label %144

50:                                               ; preds = %39
  %51 = shl nuw nsw i32 %40, 6
  %52 = and i32 %44, 63
  %53 = or i32 %52, %51
  br i1 %23, label %76, label %54, !llvm.loop !7

54:                                               ; preds = %50
  %55 = add nsw i64 %14, 2
  %56 = getelementptr inbounds i8, ptr @g_text, i64 %55
  %57 = load i8, ptr %56, align 1, !tbaa !4
  %58 = zext i8 %57 to i32
  %59 = and i32 %58, 192
  %60 = icmp eq i32 %59, 128
  br i1 %60, label %61, label %47

61:                                               ; preds = %54
  %62 = shl nuw nsw i32 %53, 6
  %63 = and i32 %58, 63
  %64 = or i32 %63, %62
  br i1 %34, label %76, label %65, !llvm.loop !7

65:                                               ; preds = %61
  %66 = add nsw i64 %14, 3
  %67 = getelementptr inbounds i8, ptr @g_text, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !4
  %69 = zext i8 %68 to i32
  %70 = and i32 %69, 192
  %71 = icmp eq i32 %70, 128
  br i1 %71, label %72, label %47

72:                                               ; preds = %65
  %73 = shl nuw nsw i32 %64, 6
  %74 = and i32 %69, 63
  %75 = or i32 %74, %73
  br label %76

76:                                               ; preds = %72, %61, %50
  %77 = phi i32 [ %53, %50 ], [ %64, %61 ], [ %75, %72 ]
  %78 = phi i32 [ %40, %50 ], [ %53, %61 ], [ %64, %72 ]
  %79 = icmp ult i32 %77, %36
  %80 = icmp ugt i32 %77, 1114111
  %81 = or i1 %79, %80
  %82 = and i32 %78, 67108832
  %83 = icmp eq i32 %82, 864
  %84 = or i1 %83, %81
  br i1 %84, label %144, label %85

85:                                               ; preds = %76, %19
  %86 = phi i32 [ %20, %19 ], [ %37, %76 ]
  %87 = phi i32 [ %17, %19 ], [ %77, %76 ]
  %88 = add nsw i32 %11, 1
  %89 = tail call i32 @llvm.umax.i32(i32 %87, i32 %9)
  %90 = icmp ult i32 %87, 128
  %91 = select i1 %90, i32 %5, i32 0
  %92 = xor i32 %91, %87
  %93 = sext i32 %12 to i64
  %94 = getelementptr inbounds i8, ptr %1, i64 %93
  %95 = icmp ult i32 %92, 128
  br i1 %95, label %96, label %98

96:                                               ; preds = %85
  %97 = trunc i32 %92 to i8
  store i8 %97, ptr %94, align 1, !tbaa !4
  br label %139

98:                                               ; preds = %85
  %99 = icmp ult i32 %92, 2048
  br i1 %99, label %100, label %108

100:                                              ; preds = %98
  %101 = lshr i32 %87, 6
  %102 = trunc i32 %101 to i8
  %103 = or i8 %102, -64
  store i8 %103, ptr %94, align 1, !tbaa !4
  %104 = trunc i32 %92 to i8
  %105 = and i8 %104, 63
  %106 = or i8 %105, -128
  %107 = getelementptr inbounds i8, ptr %94, i64 1
  store i8 %106, ptr %107, align 1, !tbaa !4
  br label %139

108:                                              ; preds = %98
  %109 = icmp ult i32 %92, 65536
  br i1 %109, label %110, label %123

110:                                              ; preds = %108
  %111 = getelementptr inbounds i8, ptr %94, i64 1
  %112 = lshr i32 %87, 12
  %113 = trunc i32 %112 to i8
  %114 = or i8 %113, -32
  store i8 %114, ptr %94, align 1, !tbaa !4
  %115 = lshr i32 %87, 6
  %116 = trunc i32 %115 to i8
  %117 = and i8 %116, 63
  %118 = or i8 %117, -128
  store i8 %118, ptr %111, align 1, !tbaa !4
  %119 = trunc i32 %92 to i8
  %120 = and i8 %119, 63
  %121 = or i8 %120, -128
  %122 = getelementptr inbounds i8, ptr %94, i64 2
  store i8 %121, ptr %122, align 1, !tbaa !4
  br label %139

123:                                              ; preds = %108
  %124 = lshr i32 %87, 18
  %125 = trunc i32 %124 to i8
  %126 = lshr i32 %87, 12
  %127 = trunc i32 %126 to i8
  %128 = and i8 %127, 63
  %129 = lshr i32 %87, 6
  %130 = trunc i32 %129 to i8
  %131 = and i8 %130, 63
  %132 = trunc i32 %92 to i8
  %133 = and i8 %132, 63
  %134 = insertelement <4 x i8> poison, i8 %125, i64 0
  %135 = insertelement <4 x i8> %134, i8 %128, i64 1
  %136 = insertelement <4 x i8> %135, i8 %131, i64 2
  %137 = insertelement <4 x i8> %136, i8 %133, i64 3
  %138 = or <4 x i8> %137, <i8 -16, i8 -128, i8 -128, i8 -128>
  store <4 x i8> %138, ptr %94, align 1, !tbaa !4
  br label %139

139:                                              ; preds = %96, %100, %110, %123
  %140 = phi i32 [ 1, %96 ], [ 2, %100 ], [ 3, %110 ], [ 4, %123 ]
  %141 = mul i64 %8, 31
  %142 = zext i32 %92 to i64
  %143 = add i64 %141, %142
  br label %151

144:                                              ; preds = %47, %30, %76, %32
  %145 = phi i32 [ 73, %32 ], [ %31, %30 ], [ %49, %47 ], [ %37, %76 ]
  %146 = add nsw i32 %10, 1
  %147 = sext i32 %12 to i64
  %148 = getelementptr inbounds i8, ptr %1, i64 %147
  %149 = getelementptr inbounds i8, ptr %148, i64 1
  store i8 -17, ptr %148, align 1, !tbaa !4
  store i8 -65, ptr %149, align 1, !tbaa !4
  %150 = getelementptr inbounds i8, ptr %148, i64 2
  store i8 -67, ptr %150, align 1, !tbaa !4
  br label %151

151:                                              ; preds = %144, %139
  %152 = phi i32 [ %86, %139 ], [ %145, %144 ]
  %153 = phi i32 [ %140, %139 ], [ 3, %144 ]
  %154 = phi i32 [ %88, %139 ], [ %11, %144 ]
  %155 = phi i32 [ %10, %139 ], [ %146, %144 ]
  %156 = phi i32 [ %89, %139 ], [ %9, %144 ]
  %157 = phi i64 [ %143, %139 ], [ %8, %144 ]
  %158 = add nsw i32 %153, %12
  %159 = icmp slt i32 %152, 73
  br i1 %159, label %7, label %160, !llvm.loop !9

160:                                              ; preds = %151
  %161 = mul i64 %157, 1000003
  %162 = sext i32 %154 to i64
  %163 = mul nsw i64 %162, 1000
  %164 = sext i32 %155 to i64
  %165 = mul nsw i64 %164, 10
  %166 = sext i32 %158 to i64
  %167 = add nsw i64 %163, %166
  %168 = add nsw i64 %167, %165
  %169 = add i64 %168, %161
  %170 = zext i32 %156 to i64
  %171 = xor i64 %169, %170
  %172 = icmp sgt i32 %158, 0
  br i1 %172, label %173, label %196

173:                                              ; preds = %160
  %174 = zext i32 %158 to i64
  %175 = and i64 %174, 7
  %176 = icmp ult i32 %158, 8
  br i1 %176, label %179, label %177

177:                                              ; preds = %173
  %178 = and i64 %174, 4294967288
  br label %200

179:                                              ; preds = %200, %173
  %180 = phi i64 [ undef, %173 ], [ %250, %200 ]
  %181 = phi i64 [ 0, %173 ], [ %251, %200 ]
  %182 = phi i64 [ %171, %173 ], [ %250, %200 ]
  %183 = icmp eq i64 %175, 0
  br i1 %183, label %196, label %184

184:                                              ; preds = %179, %184
  %185 = phi i64 [ %193, %184 ], [ %181, %179 ]
  %186 = phi i64 [ %192, %184 ], [ %182, %179 ]
  %187 = phi i64 [ %194, %184 ], [ 0, %179 ]
  %188 = mul i64 %186, 131
  %189 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %185
  %190 = load i8, ptr %189, align 1, !tbaa !4
  %191 = zext i8 %190 to i64
  %192 = add i64 %188, %191
  %193 = add nuw nsw i64 %185, 1
  %194 = add i64 %187, 1
  %195 = icmp eq i64 %194, %175
  br i1 %195, label %196, label %184, !llvm.loop !10

196:                                              ; preds = %179, %184, %160
  %197 = phi i64 [ %171, %160 ], [ %180, %179 ], [ %192, %184 ]
  %198 = add nuw nsw i32 %4, 1
  %199 = icmp eq i32 %198, 30
  br i1 %199, label %6, label %2, !llvm.loop !12

200:                                              ; preds = %200, %177
  %201 = phi i64 [ 0, %177 ], [ %251, %200 ]
  %202 = phi i64 [ %171, %177 ], [ %250, %200 ]
  %203 = phi i64 [ 0, %177 ], [ %252, %200 ]
  %204 = mul i64 %202, 131
  %205 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %201
  %206 = load i8, ptr %205, align 8, !tbaa !4
  %207 = zext i8 %206 to i64
  %208 = add i64 %204, %207
  %209 = or i64 %201, 1
  %210 = mul i64 %208, 131
  %211 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %209
  %212 = load i8, ptr %211, align 1, !tbaa !4
  %213 = zext i8 %212 to i64
  %214 = add i64 %210, %213
  %215 = or i64 %201, 2
  %216 = mul i64 %214, 131
  %217 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %215
  %218 = load i8, ptr %217, align 2, !tbaa !4
  %219 = zext i8 %218 to i64
  %220 = add i64 %216, %219
  %221 = or i64 %201, 3
  %222 = mul i64 %220, 131
  %223 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %221
  %224 = load i8, ptr %223, align 1, !tbaa !4
  %225 = zext i8 %224 to i64
  %226 = add i64 %222, %225
  %227 = or i64 %201, 4
  %228 = mul i64 %226, 131
  %229 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %227
  %230 = load i8, ptr %229, align 4, !tbaa !4
  %231 = zext i8 %230 to i64
  %232 = add i64 %228, %231
  %233 = or i64 %201, 5
  %234 = mul i64 %232, 131
  %235 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %233
  %236 = load i8, ptr %235, align 1, !tbaa !4
  %237 = zext i8 %236 to i64
  %238 = add i64 %234, %237
  %239 = or i64 %201, 6
  %240 = mul i64 %238, 131
  %241 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %239
  %242 = load i8, ptr %241, align 2, !tbaa !4
  %243 = zext i8 %242 to i64
  %244 = add i64 %240, %243
  %245 = or i64 %201, 7
  %246 = mul i64 %244, 131
  %247 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %245
  %248 = load i8, ptr %247, align 1, !tbaa !4
  %249 = zext i8 %248 to i64
  %250 = add i64 %246, %249
  %251 = add nuw nsw i64 %201, 8
  %252 = add i64 %203, 8
  %253 = icmp eq i64 %252, %178
  br i1 %253, label %179, label %200, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #2

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !8}
!13 = distinct !{!13, !8}
