; Seed for the parser fuzzer: syntax the random program generator does not produce
; (globals, named and packed structs, strings, constant expressions, metadata, attributes,
; quoted names, numbered values, typed pointers, comdats, fast-math flags, aggregates).
source_filename = "features.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Point = type { i32, float }
%packed = type <{ i8, i32 }>
%opaque.T = type opaque
$comdat.x = comdat any

@.str = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@counter = internal global i32 0, align 4
@table = constant [3 x %struct.Point] [%struct.Point { i32 1, float 1.5 }, %struct.Point { i32 2, float 0x400921FB60000000 }, %struct.Point zeroinitializer]
@ptrs = global [2 x ptr] [ptr @counter, ptr getelementptr inbounds ([3 x %struct.Point], ptr @table, i64 0, i64 1)]
@"quoted name" = global <4 x i32> <i32 1, i32 -2, i32 3, i32 -4>
@pk = global %packed <{ i8 1, i32 2 }>
@ext = external global i64

declare i32 @puts(ptr)
declare double @llvm.sqrt.f64(double)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

define internal fastcc i32 @helper(i32 noundef %0, ptr nocapture readonly %p) #0 {
  %2 = load i32, ptr %p, align 4, !tbaa !3
  %3 = add nsw i32 %0, %2
  %4 = icmp sgt i32 %3, 100
  br i1 %4, label %5, label %7

5:
  %6 = mul nuw i32 %3, 2
  br label %7

7:
  %8 = phi i32 [ %6, %5 ], [ %3, %1 ]
  ret i32 %8
}

define i32 @main(i32 %argc, ptr %argv) local_unnamed_addr #1 {
entry:
  %pt = alloca %struct.Point, align 8
  %arr = alloca [4 x double], i32 1, align 16
  %x = getelementptr inbounds %struct.Point, ptr %pt, i32 0, i32 1
  store float 0x3FF0000000000000, ptr %x, align 4
  %f = load float, ptr %x
  %d = fpext float %f to double
  %s = call fast double @llvm.sqrt.f64(double %d)
  %ov = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %argc, i32 2147483647)
  %sum = extractvalue { i32, i1 } %ov, 0
  %bit = extractvalue { i32, i1 } %ov, 1
  %agg = insertvalue { i32, i1 } undef, i32 %sum, 0
  %h = tail call fastcc i32 @helper(i32 %sum, ptr @counter)
  %c = call i32 @puts(ptr @.str)
  %e = getelementptr [4 x double], ptr %arr, i64 0, i64 3
  store double %s, ptr %e, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %arr, ptr @table, i64 8, i1 false)
  %v = load <4 x i32>, ptr @"quoted name"
  %w = shufflevector <4 x i32> %v, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 undef, i32 0>
  %lane = extractelement <4 x i32> %w, i64 1
  %sel = select i1 %bit, i32 %lane, i32 ptrtoint (ptr @counter to i32)
  %fr = freeze i32 %sel
  %neg = fneg double %s
  %cmp = fcmp une double %neg, 0xFFF8000000000000
  %i8p = bitcast ptr %pt to i8*
  switch i32 %fr, label %done [
    i32 0, label %zero
    i32 1, label %done
  ]

zero:
  unreachable

done:
  %r = phi i32 [ %fr, %entry ], [ %fr, %entry ]
  ret i32 %r
}

attributes #0 = { noinline nounwind "frame-pointer"="all" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"uwtable", i32 2}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C++ TBAA"}
