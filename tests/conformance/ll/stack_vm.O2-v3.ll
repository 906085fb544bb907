; ModuleID = 'stack_vm.c'
source_filename = "stack_vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_limit = dso_local local_unnamed_addr global i32 1500, align 4
@primes_program = internal constant [79 x i32] [i32 1, i32 2, i32 15, i32 0, i32 14, i32 0, i32 14, i32 3, i32 10, i32 13, i32 55, i32 1, i32 2, i32 15, i32 1, i32 14, i32 1, i32 3, i32 7, i32 14, i32 0, i32 4, i32 10, i32 13, i32 27, i32 12, i32 43, i32 14, i32 0, i32 14, i32 1, i32 9, i32 13, i32 46, i32 14, i32 1, i32 1, i32 1, i32 5, i32 15, i32 1, i32 12, i32 15, i32 14, i32 0, i32 18, i32 14, i32 0, i32 1, i32 1, i32 5, i32 15, i32 0, i32 12, i32 4, i32 1, i32 12, i32 16, i32 61, i32 18, i32 0, i32 3, i32 1, i32 2, i32 10, i32 13, i32 71, i32 2, i32 1, i32 1, i32 17, i32 3, i32 1, i32 1, i32 6, i32 16, i32 61, i32 7, i32 17], align 16
@bits_program = internal constant [50 x i32] [i32 1, i32 0, i32 15, i32 0, i32 1, i32 0, i32 15, i32 1, i32 14, i32 0, i32 1, i32 500, i32 11, i32 13, i32 17, i32 12, i32 46, i32 14, i32 1, i32 14, i32 0, i32 1, i32 3, i32 21, i32 1, i32 255, i32 20, i32 5, i32 14, i32 0, i32 1, i32 3, i32 8, i32 19, i32 6, i32 15, i32 1, i32 14, i32 0, i32 1, i32 1, i32 5, i32 15, i32 0, i32 12, i32 8, i32 14, i32 1, i32 18, i32 0], align 16

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = load i32, ptr @g_limit, align 4, !tbaa !4
  %2 = tail call fastcc i64 @run(ptr noundef nonnull @primes_program, i32 noundef %1)
  %3 = mul i64 %2, 1099511628211
  %4 = tail call fastcc i64 @run(ptr noundef nonnull @bits_program, i32 noundef 0)
  %5 = xor i64 %3, %4
  ret i64 %5
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(argmem: read)
define internal fastcc i64 @run(ptr nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #2 {
  %3 = alloca [256 x i64], align 16
  %4 = alloca [64 x i32], align 16
  %5 = alloca [8 x i64], align 16
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %3) #4
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %4) #4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %5) #4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %5, i8 0, i64 64, i1 false)
  %6 = getelementptr inbounds i64, ptr %5, i64 3
  %7 = sext i32 %1 to i64
  store i64 %7, ptr %6, align 8, !tbaa !8
  br label %8

8:                                                ; preds = %31, %2
  %9 = phi i32 [ 0, %2 ], [ %32, %31 ]
  %10 = phi i64 [ 0, %2 ], [ %33, %31 ]
  %11 = phi i64 [ 0, %2 ], [ %14, %31 ]
  %12 = phi i32 [ 0, %2 ], [ %34, %31 ]
  %13 = phi i32 [ 0, %2 ], [ %35, %31 ]
  %14 = add i64 %11, 1
  %15 = add nsw i32 %9, 1
  %16 = sext i32 %9 to i64
  %17 = getelementptr inbounds i32, ptr %0, i64 %16
  %18 = load i32, ptr %17, align 4, !tbaa !4
  switch i32 %18, label %210 [
    i32 0, label %19
    i32 1, label %22
    i32 2, label %36
    i32 3, label %38
    i32 4, label %46
    i32 5, label %55
    i32 6, label %65
    i32 7, label %75
    i32 8, label %85
    i32 9, label %95
    i32 10, label %105
    i32 11, label %116
    i32 12, label %127
    i32 13, label %131
    i32 14, label %142
    i32 15, label %153
    i32 16, label %164
    i32 17, label %172
    i32 18, label %177
    i32 19, label %184
    i32 20, label %190
    i32 21, label %200
  ]

19:                                               ; preds = %8
  %20 = mul i64 %10, 31
  %21 = add i64 %14, %20
  br label %210

22:                                               ; preds = %8
  %23 = add nsw i32 %9, 2
  %24 = sext i32 %15 to i64
  %25 = getelementptr inbounds i32, ptr %0, i64 %24
  %26 = load i32, ptr %25, align 4, !tbaa !4
  %27 = sext i32 %26 to i64
  %28 = add nsw i32 %13, 1
  %29 = sext i32 %13 to i64
  %30 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %29
  store i64 %27, ptr %30, align 8, !tbaa !8
  br label %31

31:                                               ; preds = %22, %36, %38, %46, %55, %65, %75, %85, %95, %105, %116, %127, %142, %153, %164, %172, %177, %184, %190, %200, %138, %131
  %32 = phi i32 [ %15, %200 ], [ %15, %190 ], [ %15, %184 ], [ %15, %177 ], [ %176, %172 ], [ %171, %164 ], [ %158, %153 ], [ %143, %142 ], [ %130, %127 ], [ %15, %116 ], [ %15, %105 ], [ %15, %95 ], [ %15, %85 ], [ %15, %75 ], [ %15, %65 ], [ %15, %55 ], [ %15, %46 ], [ %15, %38 ], [ %15, %36 ], [ %23, %22 ], [ %141, %138 ], [ %132, %131 ]
  %33 = phi i64 [ %10, %200 ], [ %10, %190 ], [ %10, %184 ], [ %183, %177 ], [ %10, %172 ], [ %10, %164 ], [ %10, %153 ], [ %10, %142 ], [ %10, %127 ], [ %10, %116 ], [ %10, %105 ], [ %10, %95 ], [ %10, %85 ], [ %10, %75 ], [ %10, %65 ], [ %10, %55 ], [ %10, %46 ], [ %10, %38 ], [ %10, %36 ], [ %10, %22 ], [ %10, %138 ], [ %10, %131 ]
  %34 = phi i32 [ %12, %200 ], [ %12, %190 ], [ %12, %184 ], [ %12, %177 ], [ %173, %172 ], [ %166, %164 ], [ %12, %153 ], [ %12, %142 ], [ %12, %127 ], [ %12, %116 ], [ %12, %105 ], [ %12, %95 ], [ %12, %85 ], [ %12, %75 ], [ %12, %65 ], [ %12, %55 ], [ %12, %46 ], [ %12, %38 ], [ %12, %36 ], [ %12, %22 ], [ %12, %138 ], [ %12, %131 ]
  %35 = phi i32 [ %201, %200 ], [ %191, %190 ], [ %13, %184 ], [ %179, %177 ], [ %13, %172 ], [ %13, %164 ], [ %154, %153 ], [ %150, %142 ], [ %13, %127 ], [ %117, %116 ], [ %106, %105 ], [ %96, %95 ], [ %86, %85 ], [ %76, %75 ], [ %66, %65 ], [ %56, %55 ], [ %13, %46 ], [ %45, %38 ], [ %37, %36 ], [ %28, %22 ], [ %133, %138 ], [ %133, %131 ]
  br label %8

36:                                               ; preds = %8
  %37 = add nsw i32 %13, -1
  br label %31

38:                                               ; preds = %8
  %39 = add nsw i32 %13, -1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %40
  %42 = load i64, ptr %41, align 8, !tbaa !8
  %43 = sext i32 %13 to i64
  %44 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %43
  store i64 %42, ptr %44, align 8, !tbaa !8
  %45 = add nsw i32 %13, 1
  br label %31

46:                                               ; preds = %8
  %47 = add nsw i32 %13, -1
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %48
  %50 = load i64, ptr %49, align 8, !tbaa !8
  %51 = add nsw i32 %13, -2
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %52
  %54 = load i64, ptr %53, align 8, !tbaa !8
  store i64 %54, ptr %49, align 8, !tbaa !8
  store i64 %50, ptr %53, align 8, !tbaa !8
  br label %31

55:                                               ; preds = %8
  %56 = add nsw i32 %13, -1
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %57
  %59 = load i64, ptr %58, align 8, !tbaa !8
  %60 = add nsw i32 %13, -2
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %61
  %63 = load i64, ptr %62, align 8, !tbaa !8
  %64 = add nsw i64 %63, %59
  store i64 %64, ptr %62, align 8, !tbaa !8
  br label %31

65:                                               ; preds = %8
  %66 = add nsw i32 %13, -1
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %67
  %69 = load i64, ptr %68, align 8, !tbaa !8
  %70 = add nsw i32 %13, -2
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %71
  %73 = load i64, ptr %72, align 8, !tbaa !8
  %74 = sub nsw i64 %73, %69
  store i64 %74, ptr %72, align 8, !tbaa !8
  br label %31

75:                                               ; preds = %8
  %76 = add nsw i32 %13, -1
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %77
  %79 = load i64, ptr %78, align 8, !tbaa !8
  %80 = add nsw i32 %13, -2
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %81
  %83 = load i64, ptr %82, align 8, !tbaa !8
  %84 = mul nsw i64 %83, %79
  store i64 %84, ptr %82, align 8, !tbaa !8
  br label %31

85:                                               ; preds = %8
  %86 = add nsw i32 %13, -1
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %87
  %89 = load i64, ptr %88, align 8, !tbaa !8
  %90 = add nsw i32 %13, -2
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %91
  %93 = load i64, ptr %92, align 8, !tbaa !8
  %94 = sdiv i64 %93, %89
  store i64 %94, ptr %92, align 8, !tbaa !8
  br label %31

95:                                               ; preds = %8
  %96 = add nsw i32 %13, -1
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %97
  %99 = load i64, ptr %98, align 8, !tbaa !8
  %100 = add nsw i32 %13, -2
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %101
  %103 = load i64, ptr %102, align 8, !tbaa !8
  %104 = srem i64 %103, %99
  store i64 %104, ptr %102, align 8, !tbaa !8
  br label %31

105:                                              ; preds = %8
  %106 = add nsw i32 %13, -1
  %107 = add nsw i32 %13, -2
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %108
  %110 = load i64, ptr %109, align 8, !tbaa !8
  %111 = sext i32 %106 to i64
  %112 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %111
  %113 = load i64, ptr %112, align 8, !tbaa !8
  %114 = icmp slt i64 %110, %113
  %115 = zext i1 %114 to i64
  store i64 %115, ptr %109, align 8, !tbaa !8
  br label %31

116:                                              ; preds = %8
  %117 = add nsw i32 %13, -1
  %118 = add nsw i32 %13, -2
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %119
  %121 = load i64, ptr %120, align 8, !tbaa !8
  %122 = sext i32 %117 to i64
  %123 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %122
  %124 = load i64, ptr %123, align 8, !tbaa !8
  %125 = icmp eq i64 %121, %124
  %126 = zext i1 %125 to i64
  store i64 %126, ptr %120, align 8, !tbaa !8
  br label %31

127:                                              ; preds = %8
  %128 = sext i32 %15 to i64
  %129 = getelementptr inbounds i32, ptr %0, i64 %128
  %130 = load i32, ptr %129, align 4, !tbaa !4
  br label %31

131:                                              ; preds = %8
  %132 = add nsw i32 %9, 2
  %133 = add nsw i32 %13, -1
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %134
  %136 = load i64, ptr %135, align 8, !tbaa !8
  %137 = icmp eq i64 %136, 0
  br i1 %137, label %138, label %31

138:                                              ; preds = %131
  %139 = sext i32 %15 to i64
  %140 = getelementptr inbounds i32, ptr %0, i64 %139
  %141 = load i32, ptr %140, align 4, !tbaa !4
  br label %31

142:                                              ; preds = %8
  %143 = add nsw i32 %9, 2
  %144 = sext i32 %15 to i64
  %145 = getelementptr inbounds i32, ptr %0, i64 %144
  %146 = load i32, ptr %145, align 4, !tbaa !4
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 %147
  %149 = load i64, ptr %148, align 8, !tbaa !8
  %150 = add nsw i32 %13, 1
  %151 = sext i32 %13 to i64
  %152 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %151
  store i64 %149, ptr %152, align 8, !tbaa !8
  br label %31

153:                                              ; preds = %8
  %154 = add nsw i32 %13, -1
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %155
  %157 = load i64, ptr %156, align 8, !tbaa !8
  %158 = add nsw i32 %9, 2
  %159 = sext i32 %15 to i64
  %160 = getelementptr inbounds i32, ptr %0, i64 %159
  %161 = load i32, ptr %160, align 4, !tbaa !4
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 %162
  store i64 %157, ptr %163, align 8, !tbaa !8
  br label %31

164:                                              ; preds = %8
  %165 = add nsw i32 %9, 2
  %166 = add nsw i32 %12, 1
  %167 = sext i32 %12 to i64
  %168 = getelementptr inbounds [64 x i32], ptr %4, i64 0, i64 %167
  store i32 %165, ptr %168, align 4, !tbaa !4
  %169 = sext i32 %15 to i64
  %170 = getelementptr inbounds i32, ptr %0, i64 %169
  %171 = load i32, ptr %170, align 4, !tbaa !4
  br label %31

172:                                              ; preds = %8
  %173 = add nsw i32 %12, -1
  %174 = sext i32 %173 to i64
  %175 = getelementptr inbounds [64 x i32], ptr %4, i64 0, i64 %174
  %176 = load i32, ptr %175, align 4, !tbaa !4
  br label %31

177:                                              ; preds = %8
  %178 = mul i64 %10, 1000003
  %179 = add nsw i32 %13, -1
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %180
  %182 = load i64, ptr %181, align 8, !tbaa !8
  %183 = add i64 %182, %178
  br label %31

184:                                              ; preds = %8
  %185 = add nsw i32 %13, -1
  %186 = sext i32 %185 to i64
  %187 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %186
  %188 = load i64, ptr %187, align 8, !tbaa !8
  %189 = sub nsw i64 0, %188
  store i64 %189, ptr %187, align 8, !tbaa !8
  br label %31

190:                                              ; preds = %8
  %191 = add nsw i32 %13, -1
  %192 = sext i32 %191 to i64
  %193 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %192
  %194 = load i64, ptr %193, align 8, !tbaa !8
  %195 = add nsw i32 %13, -2
  %196 = sext i32 %195 to i64
  %197 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %196
  %198 = load i64, ptr %197, align 8, !tbaa !8
  %199 = and i64 %198, %194
  store i64 %199, ptr %197, align 8, !tbaa !8
  br label %31

200:                                              ; preds = %8
  %201 = add nsw i32 %13, -1
  %202 = sext i32 %201 to i64
  %203 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %202
  %204 = load i64, ptr %203, align 8, !tbaa !8
  %205 = add nsw i32 %13, -2
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds [256 x i64], ptr %3, i64 0, i64 %206
  %208 = load i64, ptr %207, align 8, !tbaa !8
  %209 = shl i64 %208, %204
  store i64 %209, ptr %207, align 8, !tbaa !8
  br label %31

210:                                              ; preds = %8, %19
  %211 = phi i64 [ %21, %19 ], [ 57005, %8 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %5) #4
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %4) #4
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %3) #4
  ret i64 %211
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nosync nounwind memory(argmem: read) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind }

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
!8 = !{!9, !9, i64 0}
!9 = !{!"long", !6, i64 0}
