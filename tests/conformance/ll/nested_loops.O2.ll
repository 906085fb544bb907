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

3:                                                ; preds = %0, %130
  %4 = phi i32 [ 0, %0 ], [ %135, %130 ]
  %5 = phi i32 [ 2, %0 ], [ %133, %130 ]
  %6 = phi i32 [ 1, %0 ], [ %132, %130 ]
  %7 = phi i64 [ 0, %0 ], [ %131, %130 ]
  %8 = add i32 %4, 1
  %9 = and i32 %8, 1
  %10 = icmp eq i32 %4, 0
  br i1 %10, label %120, label %11

11:                                               ; preds = %3
  %12 = and i32 %8, -2
  br label %136

13:                                               ; preds = %130
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(20000) @sieve, i8 1, i64 20000, i1 false), !tbaa !8
  store i8 0, ptr getelementptr inbounds ([20000 x i8], ptr @sieve, i64 0, i64 1), align 1, !tbaa !8
  store i8 0, ptr @sieve, align 16, !tbaa !8
  br label %14

14:                                               ; preds = %29, %13
  %15 = phi i64 [ 2, %13 ], [ %30, %29 ]
  %16 = phi i32 [ 4, %13 ], [ %32, %29 ]
  %17 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %15
  %18 = load i8, ptr %17, align 1, !tbaa !8
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
  %30 = add nuw nsw i64 %15, 1
  %31 = trunc i64 %30 to i32
  %32 = mul nsw i32 %31, %31
  %33 = icmp eq i64 %30, 142
  br i1 %33, label %34, label %14, !llvm.loop !11

34:                                               ; preds = %29, %34
  %35 = phi i64 [ %56, %34 ], [ 0, %29 ]
  %36 = phi <2 x i64> [ %57, %34 ], [ <i64 0, i64 1>, %29 ]
  %37 = phi <2 x i64> [ %54, %34 ], [ zeroinitializer, %29 ]
  %38 = phi <2 x i64> [ %55, %34 ], [ zeroinitializer, %29 ]
  %39 = phi <2 x i64> [ %50, %34 ], [ zeroinitializer, %29 ]
  %40 = phi <2 x i64> [ %51, %34 ], [ zeroinitializer, %29 ]
  %41 = add <2 x i64> %36, <i64 2, i64 2>
  %42 = getelementptr inbounds [20000 x i8], ptr @sieve, i64 0, i64 %35
  %43 = load <2 x i8>, ptr %42, align 4, !tbaa !8
  %44 = getelementptr inbounds i8, ptr %42, i64 2
  %45 = load <2 x i8>, ptr %44, align 2, !tbaa !8
  %46 = icmp ne <2 x i8> %43, zeroinitializer
  %47 = icmp ne <2 x i8> %45, zeroinitializer
  %48 = zext <2 x i1> %46 to <2 x i64>
  %49 = zext <2 x i1> %47 to <2 x i64>
  %50 = add <2 x i64> %39, %48
  %51 = add <2 x i64> %40, %49
  %52 = select <2 x i1> %46, <2 x i64> %36, <2 x i64> zeroinitializer
  %53 = select <2 x i1> %47, <2 x i64> %41, <2 x i64> zeroinitializer
  %54 = add <2 x i64> %52, %37
  %55 = add <2 x i64> %53, %38
  %56 = add nuw i64 %35, 4
  %57 = add <2 x i64> %36, <i64 4, i64 4>
  %58 = icmp eq i64 %56, 20000
  br i1 %58, label %59, label %34, !llvm.loop !12

59:                                               ; preds = %34, %82
  %60 = phi i32 [ %84, %82 ], [ 1, %34 ]
  %61 = phi i32 [ %83, %82 ], [ 0, %34 ]
  %62 = phi i64 [ %87, %82 ], [ 0, %34 ]
  %63 = mul i32 %61, %1
  br label %64

64:                                               ; preds = %86, %59
  %65 = phi i32 [ 0, %59 ], [ %88, %86 ]
  %66 = phi i64 [ %62, %59 ], [ %87, %86 ]
  %67 = and i32 %65, 1
  %68 = icmp eq i32 %67, 0
  br i1 %68, label %77, label %69

69:                                               ; preds = %64
  %70 = mul i64 %66, 31
  %71 = shl nuw nsw i32 %65, 3
  %72 = xor i32 %71, %63
  %73 = urem i32 %72, 97
  %74 = zext i32 %73 to i64
  %75 = add i64 %70, %74
  %76 = add nuw nsw i32 %65, 1
  br label %77

77:                                               ; preds = %69, %64
  %78 = phi i64 [ undef, %64 ], [ %75, %69 ]
  %79 = phi i32 [ %65, %64 ], [ %76, %69 ]
  %80 = phi i64 [ %66, %64 ], [ %75, %69 ]
  %81 = icmp eq i32 %65, 23
  br i1 %81, label %86, label %90

82:                                               ; preds = %86
  %83 = add nuw nsw i32 %61, 1
  %84 = add nuw nsw i32 %60, 1
  %85 = icmp eq i32 %83, 24
  br i1 %85, label %110, label %59, !llvm.loop !15

86:                                               ; preds = %90, %77
  %87 = phi i64 [ %78, %77 ], [ %107, %90 ]
  %88 = add nuw nsw i32 %65, 1
  %89 = icmp eq i32 %88, %60
  br i1 %89, label %82, label %64, !llvm.loop !16

90:                                               ; preds = %77, %90
  %91 = phi i32 [ %108, %90 ], [ %79, %77 ]
  %92 = phi i64 [ %107, %90 ], [ %80, %77 ]
  %93 = mul i64 %92, 31
  %94 = mul nuw nsw i32 %91, 7
  %95 = add nuw nsw i32 %94, %65
  %96 = xor i32 %95, %63
  %97 = urem i32 %96, 97
  %98 = zext i32 %97 to i64
  %99 = add i64 %93, %98
  %100 = mul i64 %99, 31
  %101 = mul nuw i32 %91, 7
  %102 = add nuw i32 %101, 7
  %103 = add nuw nsw i32 %102, %65
  %104 = xor i32 %103, %63
  %105 = urem i32 %104, 97
  %106 = zext i32 %105 to i64
  %107 = add i64 %100, %106
  %108 = add nuw nsw i32 %91, 2
  %109 = icmp eq i32 %108, 24
  br i1 %109, label %86, label %90, !llvm.loop !17

110:                                              ; preds = %82
  %111 = add <2 x i64> %55, %54
  %112 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %111)
  %113 = add <2 x i64> %51, %50
  %114 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %113)
  %115 = mul i64 %114, 1000003
  %116 = add i64 %115, %112
  %117 = shl i64 %116, 1
  %118 = xor i64 %117, %131
  %119 = add i64 %87, %118
  ret i64 %119

120:                                              ; preds = %136, %3
  %121 = phi i64 [ undef, %3 ], [ %148, %136 ]
  %122 = phi i32 [ 1, %3 ], [ %149, %136 ]
  %123 = phi i64 [ %7, %3 ], [ %148, %136 ]
  %124 = icmp eq i32 %9, 0
  br i1 %124, label %130, label %125

125:                                              ; preds = %120
  %126 = mul nuw nsw i32 %122, %6
  %127 = urem i32 %126, %2
  %128 = zext i32 %127 to i64
  %129 = add i64 %123, %128
  br label %130

130:                                              ; preds = %120, %125
  %131 = phi i64 [ %121, %120 ], [ %129, %125 ]
  %132 = add nuw nsw i32 %6, 1
  %133 = add nuw nsw i32 %5, 1
  %134 = icmp eq i32 %133, 302
  %135 = add i32 %4, 1
  br i1 %134, label %13, label %3, !llvm.loop !18

136:                                              ; preds = %136, %11
  %137 = phi i32 [ 1, %11 ], [ %149, %136 ]
  %138 = phi i64 [ %7, %11 ], [ %148, %136 ]
  %139 = phi i32 [ 0, %11 ], [ %150, %136 ]
  %140 = mul nuw nsw i32 %137, %6
  %141 = urem i32 %140, %2
  %142 = zext i32 %141 to i64
  %143 = add i64 %138, %142
  %144 = add nuw nsw i32 %137, 1
  %145 = mul nuw nsw i32 %144, %6
  %146 = urem i32 %145, %2
  %147 = zext i32 %146 to i64
  %148 = add i64 %143, %147
  %149 = add nuw nsw i32 %137, 2
  %150 = add i32 %139, 2
  %151 = icmp eq i32 %150, %12
  br i1 %151, label %120, label %136, !llvm.loop !19
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #2

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
