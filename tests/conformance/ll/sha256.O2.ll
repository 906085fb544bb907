; ModuleID = 'sha256.c'
source_filename = "sha256.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_salt = dso_local local_unnamed_addr global i8 90, align 1
@checksum.buf = internal global [300 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@checksum.lengths = internal unnamed_addr constant [11 x i32] [i32 0, i32 1, i32 55, i32 56, i32 63, i32 64, i32 65, i32 119, i32 128, i32 200, i32 300], align 16
@__const.sha256.state = private unnamed_addr constant [8 x i32] [i32 1779033703, i32 -1150833019, i32 1013904242, i32 -1521486534, i32 1359893119, i32 -1694144372, i32 528734635, i32 1541459225], align 16
@K = internal unnamed_addr constant [64 x i32] [i32 1116352408, i32 1899447441, i32 -1245643825, i32 -373957723, i32 961987163, i32 1508970993, i32 -1841331548, i32 -1424204075, i32 -670586216, i32 310598401, i32 607225278, i32 1426881987, i32 1925078388, i32 -2132889090, i32 -1680079193, i32 -1046744716, i32 -459576895, i32 -272742522, i32 264347078, i32 604807628, i32 770255983, i32 1249150122, i32 1555081692, i32 1996064986, i32 -1740746414, i32 -1473132947, i32 -1341970488, i32 -1084653625, i32 -958395405, i32 -710438585, i32 113926993, i32 338241895, i32 666307205, i32 773529912, i32 1294757372, i32 1396182291, i32 1695183700, i32 1986661051, i32 -2117940946, i32 -1838011259, i32 -1564481375, i32 -1474664885, i32 -1035236496, i32 -949202525, i32 -778901479, i32 -694614492, i32 -200395387, i32 275423344, i32 430227734, i32 506948616, i32 659060556, i32 883997877, i32 958139571, i32 1322822218, i32 1537002063, i32 1747873779, i32 1955562222, i32 2024104815, i32 -2067236844, i32 -1933114872, i32 -1866530822, i32 -1538233109, i32 -1090935817, i32 -965641998], align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [8 x i32], align 16
  %2 = alloca [64 x i8], align 16
  %3 = alloca [8 x i32], align 16
  %4 = alloca [64 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %3, ptr noundef nonnull align 16 dereferenceable(32) @__const.sha256.state, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %4) #6
  %5 = getelementptr inbounds i8, ptr %4, i64 3
  %6 = getelementptr inbounds i8, ptr %4, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(61) %6, i8 0, i64 52, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(3) %4, ptr noundef nonnull align 1 dereferenceable(3) @.str, i64 3, i1 false)
  store i8 -128, ptr %5, align 1, !tbaa !4
  %7 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 63
  store i8 24, ptr %7, align 1, !tbaa !4
  %8 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 56
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(7) %8, i8 0, i64 7, i1 false)
  call fastcc void @compress(ptr noundef nonnull %3, ptr noundef nonnull %4)
  %9 = load i32, ptr %3, align 16
  %10 = getelementptr inbounds i8, ptr %3, i64 28
  %11 = load i32, ptr %10, align 4
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #6
  %12 = zext i32 %9 to i64
  %13 = zext i32 %11 to i64
  %14 = load i8, ptr @g_salt, align 1, !tbaa !4
  %15 = insertelement <16 x i8> poison, i8 %14, i64 0
  %16 = shufflevector <16 x i8> %15, <16 x i8> poison, <16 x i32> zeroinitializer
  br label %17

17:                                               ; preds = %17, %0
  %18 = phi i64 [ 0, %0 ], [ %28, %17 ]
  %19 = phi <16 x i8> [ <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15>, %0 ], [ %29, %17 ]
  %20 = mul <16 x i8> %19, <i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31>
  %21 = add <16 x i8> %16, %20
  %22 = getelementptr inbounds [300 x i8], ptr @checksum.buf, i64 0, i64 %18
  store <16 x i8> %21, ptr %22, align 16, !tbaa !4
  %23 = or i64 %18, 16
  %24 = mul <16 x i8> %19, <i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31, i8 31>
  %25 = add <16 x i8> %24, <i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16, i8 -16>
  %26 = add <16 x i8> %16, %25
  %27 = getelementptr inbounds [300 x i8], ptr @checksum.buf, i64 0, i64 %23
  store <16 x i8> %26, ptr %27, align 16, !tbaa !4
  %28 = add nuw nsw i64 %18, 32
  %29 = add <16 x i8> %19, <i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32>
  %30 = icmp eq i64 %28, 288
  br i1 %30, label %31, label %17, !llvm.loop !7

31:                                               ; preds = %17
  %32 = insertelement <8 x i8> poison, i8 %14, i64 0
  %33 = shufflevector <8 x i8> %32, <8 x i8> poison, <8 x i32> zeroinitializer
  %34 = add <8 x i8> %33, <i8 -32, i8 -1, i8 30, i8 61, i8 92, i8 123, i8 -102, i8 -71>
  store <8 x i8> %34, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 288), align 16, !tbaa !4
  %35 = add i8 %14, -40
  store i8 %35, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 296), align 8, !tbaa !4
  %36 = add i8 %14, -9
  store i8 %36, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 297), align 1, !tbaa !4
  %37 = add i8 %14, 22
  store i8 %37, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 298), align 2, !tbaa !4
  %38 = add i8 %14, 53
  store i8 %38, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 299), align 1, !tbaa !4
  %39 = shl nuw i64 %12, 32
  %40 = or i64 %39, %13
  %41 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 63
  %42 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 62
  %43 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 61
  %44 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 60
  %45 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 59
  %46 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 58
  %47 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 57
  %48 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 56
  %49 = getelementptr inbounds i8, ptr %1, i64 4
  %50 = getelementptr inbounds i8, ptr %1, i64 8
  %51 = getelementptr inbounds i8, ptr %1, i64 12
  %52 = getelementptr inbounds i8, ptr %1, i64 16
  %53 = getelementptr inbounds i8, ptr %1, i64 20
  %54 = getelementptr inbounds i8, ptr %1, i64 24
  %55 = getelementptr inbounds i8, ptr %1, i64 28
  br label %57

56:                                               ; preds = %82
  ret i64 %125

57:                                               ; preds = %31, %82
  %58 = phi i64 [ 0, %31 ], [ %126, %82 ]
  %59 = phi i64 [ %40, %31 ], [ %125, %82 ]
  %60 = getelementptr inbounds [11 x i32], ptr @checksum.lengths, i64 0, i64 %58
  %61 = load i32, ptr %60, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %1, ptr noundef nonnull align 16 dereferenceable(32) @__const.sha256.state, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #6
  %62 = icmp ult i64 %58, 5
  br i1 %62, label %70, label %63

63:                                               ; preds = %57, %63
  %64 = phi i32 [ %68, %63 ], [ 64, %57 ]
  %65 = phi i32 [ %64, %63 ], [ 0, %57 ]
  %66 = zext i32 %65 to i64
  %67 = getelementptr inbounds i8, ptr @checksum.buf, i64 %66
  call fastcc void @compress(ptr noundef nonnull %1, ptr noundef nonnull %67)
  %68 = add i32 %64, 64
  %69 = icmp ugt i32 %68, %61
  br i1 %69, label %70, label %63, !llvm.loop !13

70:                                               ; preds = %63, %57
  %71 = phi i32 [ 0, %57 ], [ %64, %63 ]
  %72 = sub i32 %61, %71
  %73 = zext i32 %71 to i64
  %74 = getelementptr inbounds i8, ptr @checksum.buf, i64 %73
  %75 = zext i32 %72 to i64
  %76 = icmp ugt i32 %72, 63
  %77 = sub nsw i64 64, %75
  %78 = select i1 %76, i64 0, i64 %77
  %79 = getelementptr i8, ptr %2, i64 %75
  call void @llvm.memset.p0.i64(ptr align 1 %79, i8 0, i64 %78, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %2, ptr nonnull align 16 %74, i64 %75, i1 false)
  store i8 -128, ptr %79, align 1, !tbaa !4
  %80 = icmp ugt i32 %72, 55
  br i1 %80, label %81, label %82

81:                                               ; preds = %70
  call fastcc void @compress(ptr noundef nonnull %1, ptr noundef nonnull %2)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %2, i8 0, i64 64, i1 false)
  br label %82

82:                                               ; preds = %70, %81
  %83 = zext i32 %61 to i64
  %84 = trunc i32 %61 to i8
  %85 = shl i8 %84, 3
  store i8 %85, ptr %41, align 1, !tbaa !4
  %86 = lshr i64 %83, 5
  %87 = trunc i64 %86 to i8
  store i8 %87, ptr %42, align 2, !tbaa !4
  %88 = lshr i64 %83, 13
  %89 = trunc i64 %88 to i8
  store i8 %89, ptr %43, align 1, !tbaa !4
  %90 = lshr i64 %83, 21
  %91 = trunc i64 %90 to i8
  store i8 %91, ptr %44, align 4, !tbaa !4
  %92 = lshr i64 %83, 29
  %93 = trunc i64 %92 to i8
  store i8 %93, ptr %45, align 1, !tbaa !4
  store i8 0, ptr %46, align 2, !tbaa !4
  store i8 0, ptr %47, align 1, !tbaa !4
  store i8 0, ptr %48, align 8, !tbaa !4
  call fastcc void @compress(ptr noundef nonnull %1, ptr noundef nonnull %2)
  %94 = load i32, ptr %1, align 16
  %95 = load i32, ptr %49, align 4
  %96 = load i32, ptr %50, align 8
  %97 = load i32, ptr %51, align 4
  %98 = load i32, ptr %52, align 16
  %99 = load i32, ptr %53, align 4
  %100 = load i32, ptr %54, align 8
  %101 = load i32, ptr %55, align 4
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #6
  %102 = mul i64 %59, 1000003
  %103 = zext i32 %94 to i64
  %104 = add i64 %102, %103
  %105 = mul i64 %104, 1000003
  %106 = zext i32 %95 to i64
  %107 = add i64 %105, %106
  %108 = mul i64 %107, 1000003
  %109 = zext i32 %96 to i64
  %110 = add i64 %108, %109
  %111 = mul i64 %110, 1000003
  %112 = zext i32 %97 to i64
  %113 = add i64 %111, %112
  %114 = mul i64 %113, 1000003
  %115 = zext i32 %98 to i64
  %116 = add i64 %114, %115
  %117 = mul i64 %116, 1000003
  %118 = zext i32 %99 to i64
  %119 = add i64 %117, %118
  %120 = mul i64 %119, 1000003
  %121 = zext i32 %100 to i64
  %122 = add i64 %120, %121
  %123 = mul i64 %122, 1000003
  %124 = zext i32 %101 to i64
  %125 = add i64 %123, %124
  %126 = add nuw nsw i64 %58, 1
  %127 = icmp eq i64 %126, 11
  br i1 %127, label %56, label %57, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite)
define internal fastcc void @compress(ptr nocapture noundef %0, ptr nocapture noundef readonly %1) unnamed_addr #3 {
  %3 = alloca [64 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #6
  br label %4

4:                                                ; preds = %2, %4
  %5 = phi i64 [ 0, %2 ], [ %29, %4 ]
  %6 = shl nuw nsw i64 %5, 2
  %7 = getelementptr inbounds i8, ptr %1, i64 %6
  %8 = load i8, ptr %7, align 1, !tbaa !4
  %9 = zext i8 %8 to i32
  %10 = shl nuw i32 %9, 24
  %11 = or i64 %6, 1
  %12 = getelementptr inbounds i8, ptr %1, i64 %11
  %13 = load i8, ptr %12, align 1, !tbaa !4
  %14 = zext i8 %13 to i32
  %15 = shl nuw nsw i32 %14, 16
  %16 = or i32 %15, %10
  %17 = or i64 %6, 2
  %18 = getelementptr inbounds i8, ptr %1, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !4
  %20 = zext i8 %19 to i32
  %21 = shl nuw nsw i32 %20, 8
  %22 = or i32 %16, %21
  %23 = or i64 %6, 3
  %24 = getelementptr inbounds i8, ptr %1, i64 %23
  %25 = load i8, ptr %24, align 1, !tbaa !4
  %26 = zext i8 %25 to i32
  %27 = or i32 %22, %26
  %28 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %5
  store i32 %27, ptr %28, align 4, !tbaa !11
  %29 = add nuw nsw i64 %5, 1
  %30 = icmp eq i64 %29, 16
  br i1 %30, label %31, label %4, !llvm.loop !15

31:                                               ; preds = %4
  %32 = load i32, ptr %3, align 16, !tbaa !11
  br label %49

33:                                               ; preds = %49
  %34 = load i32, ptr %0, align 4, !tbaa !11
  %35 = getelementptr inbounds i32, ptr %0, i64 1
  %36 = load i32, ptr %35, align 4, !tbaa !11
  %37 = getelementptr inbounds i32, ptr %0, i64 2
  %38 = load i32, ptr %37, align 4, !tbaa !11
  %39 = getelementptr inbounds i32, ptr %0, i64 3
  %40 = load i32, ptr %39, align 4, !tbaa !11
  %41 = getelementptr inbounds i32, ptr %0, i64 4
  %42 = load i32, ptr %41, align 4, !tbaa !11
  %43 = getelementptr inbounds i32, ptr %0, i64 5
  %44 = load i32, ptr %43, align 4, !tbaa !11
  %45 = getelementptr inbounds i32, ptr %0, i64 6
  %46 = load i32, ptr %45, align 4, !tbaa !11
  %47 = getelementptr inbounds i32, ptr %0, i64 7
  %48 = load i32, ptr %47, align 4, !tbaa !11
  br label %86

49:                                               ; preds = %31, %49
  %50 = phi i32 [ %32, %31 ], [ %54, %49 ]
  %51 = phi i64 [ 16, %31 ], [ %75, %49 ]
  %52 = add nsw i64 %51, -15
  %53 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !11
  %55 = tail call i32 @llvm.fshl.i32(i32 %54, i32 %54, i32 25)
  %56 = tail call i32 @llvm.fshl.i32(i32 %54, i32 %54, i32 14)
  %57 = xor i32 %55, %56
  %58 = lshr i32 %54, 3
  %59 = xor i32 %57, %58
  %60 = add nsw i64 %51, -2
  %61 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !11
  %63 = tail call i32 @llvm.fshl.i32(i32 %62, i32 %62, i32 15)
  %64 = tail call i32 @llvm.fshl.i32(i32 %62, i32 %62, i32 13)
  %65 = xor i32 %63, %64
  %66 = lshr i32 %62, 10
  %67 = xor i32 %65, %66
  %68 = add i32 %59, %50
  %69 = add nsw i64 %51, -7
  %70 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %69
  %71 = load i32, ptr %70, align 4, !tbaa !11
  %72 = add i32 %68, %71
  %73 = add i32 %72, %67
  %74 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %51
  store i32 %73, ptr %74, align 4, !tbaa !11
  %75 = add nuw nsw i64 %51, 1
  %76 = icmp eq i64 %75, 64
  br i1 %76, label %33, label %49, !llvm.loop !16

77:                                               ; preds = %86
  %78 = add i32 %124, %34
  store i32 %78, ptr %0, align 4, !tbaa !11
  %79 = add i32 %88, %36
  store i32 %79, ptr %35, align 4, !tbaa !11
  %80 = add i32 %89, %38
  store i32 %80, ptr %37, align 4, !tbaa !11
  %81 = add i32 %90, %40
  store i32 %81, ptr %39, align 4, !tbaa !11
  %82 = add i32 %123, %42
  store i32 %82, ptr %41, align 4, !tbaa !11
  %83 = add i32 %95, %44
  store i32 %83, ptr %43, align 4, !tbaa !11
  %84 = add i32 %94, %46
  store i32 %84, ptr %45, align 4, !tbaa !11
  %85 = add i32 %93, %48
  store i32 %85, ptr %47, align 4, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #6
  ret void

86:                                               ; preds = %33, %86
  %87 = phi i64 [ 0, %33 ], [ %125, %86 ]
  %88 = phi i32 [ %34, %33 ], [ %124, %86 ]
  %89 = phi i32 [ %36, %33 ], [ %88, %86 ]
  %90 = phi i32 [ %38, %33 ], [ %89, %86 ]
  %91 = phi i32 [ %40, %33 ], [ %90, %86 ]
  %92 = phi i32 [ %48, %33 ], [ %93, %86 ]
  %93 = phi i32 [ %46, %33 ], [ %94, %86 ]
  %94 = phi i32 [ %44, %33 ], [ %95, %86 ]
  %95 = phi i32 [ %42, %33 ], [ %123, %86 ]
  %96 = tail call i32 @llvm.fshl.i32(i32 %95, i32 %95, i32 26)
  %97 = tail call i32 @llvm.fshl.i32(i32 %95, i32 %95, i32 21)
  %98 = xor i32 %96, %97
  %99 = tail call i32 @llvm.fshl.i32(i32 %95, i32 %95, i32 7)
  %100 = xor i32 %98, %99
  %101 = and i32 %94, %95
  %102 = xor i32 %95, -1
  %103 = and i32 %93, %102
  %104 = getelementptr inbounds [64 x i32], ptr @K, i64 0, i64 %87
  %105 = load i32, ptr %104, align 4, !tbaa !11
  %106 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %87
  %107 = load i32, ptr %106, align 4, !tbaa !11
  %108 = add i32 %100, %101
  %109 = add i32 %108, %92
  %110 = add i32 %109, %103
  %111 = add i32 %110, %105
  %112 = add i32 %111, %107
  %113 = tail call i32 @llvm.fshl.i32(i32 %88, i32 %88, i32 30)
  %114 = tail call i32 @llvm.fshl.i32(i32 %88, i32 %88, i32 19)
  %115 = xor i32 %113, %114
  %116 = tail call i32 @llvm.fshl.i32(i32 %88, i32 %88, i32 10)
  %117 = xor i32 %115, %116
  %118 = xor i32 %89, %90
  %119 = and i32 %88, %118
  %120 = and i32 %89, %90
  %121 = xor i32 %119, %120
  %122 = add i32 %117, %121
  %123 = add i32 %112, %91
  %124 = add i32 %122, %112
  %125 = add nuw nsw i64 %87, 1
  %126 = icmp eq i64 %125, 64
  br i1 %126, label %77, label %86, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #5

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nosync nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

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
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !5, i64 0}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !8}
!15 = distinct !{!15, !8}
!16 = distinct !{!16, !8}
!17 = distinct !{!17, !8}
