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

2:                                                ; preds = %0, %197
  %3 = phi i64 [ 0, %0 ], [ %198, %197 ]
  %4 = phi i32 [ 0, %0 ], [ %199, %197 ]
  %5 = and i32 %4, 1
  br label %7

6:                                                ; preds = %197
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #3
  ret i64 %198

7:                                                ; preds = %2, %152
  %8 = phi i64 [ %3, %2 ], [ %158, %152 ]
  %9 = phi i32 [ 0, %2 ], [ %157, %152 ]
  %10 = phi i32 [ 0, %2 ], [ %156, %152 ]
  %11 = phi i32 [ 0, %2 ], [ %155, %152 ]
  %12 = phi i32 [ 0, %2 ], [ %159, %152 ]
  %13 = phi i32 [ 0, %2 ], [ %153, %152 ]
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
  br label %145

32:                                               ; preds = %27, %24, %21
  %33 = phi i32 [ 31, %21 ], [ 15, %24 ], [ 7, %27 ]
  %34 = phi i1 [ false, %21 ], [ true, %24 ], [ false, %27 ]
  %35 = phi i32 [ 2, %21 ], [ 3, %24 ], [ 4, %27 ]
  %36 = phi i32 [ 128, %21 ], [ 2048, %24 ], [ 65536, %27 ]
  %37 = add nsw i32 %35, %13
  %38 = icmp sgt i32 %37, 73
  br i1 %38, label %145, label %39

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
  br label %145

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
  br i1 %84, label %145, label %85

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
  br label %140

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
  br label %140

108:                                              ; preds = %98
  %109 = icmp ult i32 %92, 65536
  %110 = getelementptr inbounds i8, ptr %94, i64 1
  br i1 %109, label %111, label %123

111:                                              ; preds = %108
  %112 = lshr i32 %87, 12
  %113 = trunc i32 %112 to i8
  %114 = or i8 %113, -32
  store i8 %114, ptr %94, align 1, !tbaa !4
  %115 = lshr i32 %87, 6
  %116 = trunc i32 %115 to i8
  %117 = and i8 %116, 63
  %118 = or i8 %117, -128
  store i8 %118, ptr %110, align 1, !tbaa !4
  %119 = trunc i32 %92 to i8
  %120 = and i8 %119, 63
  %121 = or i8 %120, -128
  %122 = getelementptr inbounds i8, ptr %94, i64 2
  store i8 %121, ptr %122, align 1, !tbaa !4
  br label %140

123:                                              ; preds = %108
  %124 = lshr i32 %87, 18
  %125 = trunc i32 %124 to i8
  %126 = or i8 %125, -16
  store i8 %126, ptr %94, align 1, !tbaa !4
  %127 = lshr i32 %87, 12
  %128 = trunc i32 %127 to i8
  %129 = and i8 %128, 63
  %130 = or i8 %129, -128
  store i8 %130, ptr %110, align 1, !tbaa !4
  %131 = lshr i32 %87, 6
  %132 = trunc i32 %131 to i8
  %133 = and i8 %132, 63
  %134 = or i8 %133, -128
  %135 = getelementptr inbounds i8, ptr %94, i64 2
  store i8 %134, ptr %135, align 1, !tbaa !4
  %136 = trunc i32 %92 to i8
  %137 = and i8 %136, 63
  %138 = or i8 %137, -128
  %139 = getelementptr inbounds i8, ptr %94, i64 3
  store i8 %138, ptr %139, align 1, !tbaa !4
  br label %140

140:                                              ; preds = %96, %100, %111, %123
  %141 = phi i32 [ 1, %96 ], [ 2, %100 ], [ 3, %111 ], [ 4, %123 ]
  %142 = mul i64 %8, 31
  %143 = zext i32 %92 to i64
  %144 = add i64 %142, %143
  br label %152

145:                                              ; preds = %47, %30, %76, %32
  %146 = phi i32 [ 73, %32 ], [ %31, %30 ], [ %49, %47 ], [ %37, %76 ]
  %147 = add nsw i32 %10, 1
  %148 = sext i32 %12 to i64
  %149 = getelementptr inbounds i8, ptr %1, i64 %148
  %150 = getelementptr inbounds i8, ptr %149, i64 1
  store i8 -17, ptr %149, align 1, !tbaa !4
  store i8 -65, ptr %150, align 1, !tbaa !4
  %151 = getelementptr inbounds i8, ptr %149, i64 2
  store i8 -67, ptr %151, align 1, !tbaa !4
  br label %152

152:                                              ; preds = %145, %140
  %153 = phi i32 [ %86, %140 ], [ %146, %145 ]
  %154 = phi i32 [ %141, %140 ], [ 3, %145 ]
  %155 = phi i32 [ %88, %140 ], [ %11, %145 ]
  %156 = phi i32 [ %10, %140 ], [ %147, %145 ]
  %157 = phi i32 [ %89, %140 ], [ %9, %145 ]
  %158 = phi i64 [ %144, %140 ], [ %8, %145 ]
  %159 = add nsw i32 %154, %12
  %160 = icmp slt i32 %153, 73
  br i1 %160, label %7, label %161, !llvm.loop !9

161:                                              ; preds = %152
  %162 = mul i64 %158, 1000003
  %163 = sext i32 %155 to i64
  %164 = mul nsw i64 %163, 1000
  %165 = sext i32 %156 to i64
  %166 = mul nsw i64 %165, 10
  %167 = sext i32 %159 to i64
  %168 = add nsw i64 %164, %167
  %169 = add nsw i64 %168, %166
  %170 = add i64 %169, %162
  %171 = zext i32 %157 to i64
  %172 = xor i64 %170, %171
  %173 = icmp sgt i32 %159, 0
  br i1 %173, label %174, label %197

174:                                              ; preds = %161
  %175 = zext i32 %159 to i64
  %176 = and i64 %175, 3
  %177 = icmp ult i32 %159, 4
  br i1 %177, label %180, label %178

178:                                              ; preds = %174
  %179 = and i64 %175, 4294967292
  br label %201

180:                                              ; preds = %201, %174
  %181 = phi i64 [ undef, %174 ], [ %227, %201 ]
  %182 = phi i64 [ 0, %174 ], [ %228, %201 ]
  %183 = phi i64 [ %172, %174 ], [ %227, %201 ]
  %184 = icmp eq i64 %176, 0
  br i1 %184, label %197, label %185

185:                                              ; preds = %180, %185
  %186 = phi i64 [ %194, %185 ], [ %182, %180 ]
  %187 = phi i64 [ %193, %185 ], [ %183, %180 ]
  %188 = phi i64 [ %195, %185 ], [ 0, %180 ]
  %189 = mul i64 %187, 131
  %190 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %186
  %191 = load i8, ptr %190, align 1, !tbaa !4
  %192 = zext i8 %191 to i64
  %193 = add i64 %189, %192
  %194 = add nuw nsw i64 %186, 1
  %195 = add i64 %188, 1
  %196 = icmp eq i64 %195, %176
  br i1 %196, label %197, label %185, !llvm.loop !10

197:                                              ; preds = %180, %185, %161
  %198 = phi i64 [ %172, %161 ], [ %181, %180 ], [ %193, %185 ]
  %199 = add nuw nsw i32 %4, 1
  %200 = icmp eq i32 %199, 30
  br i1 %200, label %6, label %2, !llvm.loop !12

201:                                              ; preds = %201, %178
  %202 = phi i64 [ 0, %178 ], [ %228, %201 ]
  %203 = phi i64 [ %172, %178 ], [ %227, %201 ]
  %204 = phi i64 [ 0, %178 ], [ %229, %201 ]
  %205 = mul i64 %203, 131
  %206 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %202
  %207 = load i8, ptr %206, align 4, !tbaa !4
  %208 = zext i8 %207 to i64
  %209 = add i64 %205, %208
  %210 = or i64 %202, 1
  %211 = mul i64 %209, 131
  %212 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %210
  %213 = load i8, ptr %212, align 1, !tbaa !4
  %214 = zext i8 %213 to i64
  %215 = add i64 %211, %214
  %216 = or i64 %202, 2
  %217 = mul i64 %215, 131
  %218 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %216
  %219 = load i8, ptr %218, align 2, !tbaa !4
  %220 = zext i8 %219 to i64
  %221 = add i64 %217, %220
  %222 = or i64 %202, 3
  %223 = mul i64 %221, 131
  %224 = getelementptr inbounds [256 x i8], ptr %1, i64 0, i64 %222
  %225 = load i8, ptr %224, align 1, !tbaa !4
  %226 = zext i8 %225 to i64
  %227 = add i64 %223, %226
  %228 = add nuw nsw i64 %202, 4
  %229 = add i64 %204, 4
  %230 = icmp eq i64 %229, %179
  br i1 %230, label %180, label %201, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #2

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
