; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Header = type { i32, i32 }

@g_seed = dso_local local_unnamed_addr global i32 195936478, align 4

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [16 x %struct.Header], align 16
  %2 = load i32, ptr @g_seed, align 4, !tbaa !4
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %1) #3
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(128) %1, i8 0, i64 128, i1 false)
  br label %3

3:                                                ; preds = %0, %3
  %4 = phi i32 [ %2, %0 ], [ %12, %3 ]
  %5 = phi i32 [ 0, %0 ], [ %80, %3 ]
  %6 = phi i64 [ 0, %0 ], [ %79, %3 ]
  %7 = shl i32 %4, 13
  %8 = xor i32 %7, %4
  %9 = lshr i32 %8, 17
  %10 = xor i32 %9, %8
  %11 = shl i32 %10, 5
  %12 = xor i32 %11, %10
  %13 = and i32 %5, 15
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds [16 x %struct.Header], ptr %1, i64 0, i64 %14
  %16 = and i32 %10, 7
  %17 = load i32, ptr %15, align 8
  %18 = and i32 %17, -134217728
  %19 = and i32 %12, 248
  %20 = add i32 %12, 16384
  %21 = and i32 %20, 32512
  %22 = shl i32 %12, 4
  %23 = and i32 %22, 134184960
  %24 = add i32 %17, %23
  %25 = and i32 %24, 134184960
  %26 = or i32 %21, %18
  %27 = or i32 %26, %16
  %28 = or i32 %27, %19
  %29 = lshr i32 %12, 12
  %30 = add nuw nsw i32 %29, 524288
  %31 = getelementptr inbounds [16 x %struct.Header], ptr %1, i64 0, i64 %14, i32 1
  %32 = load i32, ptr %31, align 4
  %33 = and i32 %30, 1048575
  %34 = shl i32 %12, 20
  %35 = and i32 %32, -1048576
  %36 = xor i32 %35, %34
  %37 = or i32 %36, %33
  store i32 %37, ptr %31, align 4
  %38 = lshr exact i32 %25, 15
  %39 = lshr exact i32 %36, 20
  %40 = xor i32 %39, %38
  %41 = lshr i32 %40, 8
  %42 = lshr i32 %40, 4
  %43 = xor i32 %42, %41
  %44 = xor i32 %43, %40
  %45 = lshr i32 %44, 2
  %46 = xor i32 %45, %44
  %47 = lshr i32 %46, 1
  %48 = xor i32 %47, %46
  %49 = and i32 %48, 1
  %50 = shl nuw nsw i32 %49, 27
  %51 = and i32 %28, -268402689
  %52 = or i32 %51, %50
  %53 = or i32 %52, %25
  store i32 %53, ptr %15, align 8
  %54 = mul i64 %6, 31
  %55 = zext i32 %16 to i64
  %56 = add i64 %54, %55
  %57 = zext i32 %19 to i64
  %58 = add i64 %56, %57
  %59 = shl i32 %28, 17
  %60 = ashr i32 %59, 25
  %61 = sext i32 %60 to i64
  %62 = zext i32 %38 to i64
  %63 = add i64 %58, %62
  %64 = add i64 %63, %61
  %65 = mul i64 %64, 31
  %66 = shl i32 %30, 12
  %67 = ashr exact i32 %66, 12
  %68 = sext i32 %67 to i64
  %69 = zext i32 %39 to i64
  %70 = zext i32 %49 to i64
  %71 = add nsw i64 %69, %68
  %72 = add i64 %71, %65
  %73 = add i64 %72, %70
  %74 = icmp slt i32 %59, 0
  %75 = xor i64 %73, 21845
  %76 = select i1 %74, i64 %75, i64 %73
  %77 = icmp slt i32 %66, -4096000
  %78 = add i64 %76, 7
  %79 = select i1 %77, i64 %78, i64 %76
  %80 = add nuw nsw i32 %5, 1
  %81 = icmp eq i32 %80, 3000
  br i1 %81, label %83, label %3, !llvm.loop !8

82:                                               ; preds = %83
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %1) #3
  ret i64 %117

83:                                               ; preds = %3, %83
  %84 = phi i64 [ %118, %83 ], [ 0, %3 ]
  %85 = phi i64 [ %117, %83 ], [ %79, %3 ]
  %86 = getelementptr inbounds [16 x %struct.Header], ptr %1, i64 0, i64 %84
  %87 = load i64, ptr %86, align 8
  %88 = lshr i64 %87, 8
  %89 = lshr i64 %87, 16
  %90 = lshr i64 %87, 24
  %91 = lshr i64 %87, 32
  %92 = lshr i64 %87, 40
  %93 = lshr i64 %87, 48
  %94 = lshr i64 %87, 56
  %95 = mul i64 %85, 131
  %96 = and i64 %87, 255
  %97 = add i64 %95, %96
  %98 = mul i64 %97, 131
  %99 = and i64 %88, 255
  %100 = add i64 %98, %99
  %101 = mul i64 %100, 131
  %102 = and i64 %89, 255
  %103 = add i64 %101, %102
  %104 = mul i64 %103, 131
  %105 = and i64 %90, 255
  %106 = add i64 %104, %105
  %107 = mul i64 %106, 131
  %108 = and i64 %91, 255
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 131
  %111 = and i64 %92, 255
  %112 = add i64 %110, %111
  %113 = mul i64 %112, 131
  %114 = and i64 %93, 255
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 131
  %117 = add i64 %116, %94
  %118 = add nuw nsw i64 %84, 1
  %119 = icmp eq i64 %118, 16
  br i1 %119, label %82, label %83, !llvm.loop !10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
