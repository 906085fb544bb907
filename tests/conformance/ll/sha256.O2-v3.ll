; ModuleID = 'sha256.c'
source_filename = "sha256.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_salt = dso_local local_unnamed_addr global i8 90, align 1
@checksum.buf = internal global [300 x i8] zeroinitializer, align 32
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
  %15 = insertelement <32 x i8> poison, i8 %14, i64 0
  %16 = shufflevector <32 x i8> %15, <32 x i8> poison, <32 x i32> zeroinitializer
  %17 = add <32 x i8> %16, <i8 0, i8 31, i8 62, i8 93, i8 124, i8 -101, i8 -70, i8 -39, i8 -8, i8 23, i8 54, i8 85, i8 116, i8 -109, i8 -78, i8 -47, i8 -16, i8 15, i8 46, i8 77, i8 108, i8 -117, i8 -86, i8 -55, i8 -24, i8 7, i8 38, i8 69, i8 100, i8 -125, i8 -94, i8 -63>
  store <32 x i8> %17, ptr @checksum.buf, align 32, !tbaa !4
  %18 = add <32 x i8> %16, <i8 -32, i8 -1, i8 30, i8 61, i8 92, i8 123, i8 -102, i8 -71, i8 -40, i8 -9, i8 22, i8 53, i8 84, i8 115, i8 -110, i8 -79, i8 -48, i8 -17, i8 14, i8 45, i8 76, i8 107, i8 -118, i8 -87, i8 -56, i8 -25, i8 6, i8 37, i8 68, i8 99, i8 -126, i8 -95>
  store <32 x i8> %18, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 32), align 32, !tbaa !4
  %19 = add <32 x i8> %16, <i8 -64, i8 -33, i8 -2, i8 29, i8 60, i8 91, i8 122, i8 -103, i8 -72, i8 -41, i8 -10, i8 21, i8 52, i8 83, i8 114, i8 -111, i8 -80, i8 -49, i8 -18, i8 13, i8 44, i8 75, i8 106, i8 -119, i8 -88, i8 -57, i8 -26, i8 5, i8 36, i8 67, i8 98, i8 -127>
  store <32 x i8> %19, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 64), align 32, !tbaa !4
  %20 = add <32 x i8> %16, <i8 -96, i8 -65, i8 -34, i8 -3, i8 28, i8 59, i8 90, i8 121, i8 -104, i8 -73, i8 -42, i8 -11, i8 20, i8 51, i8 82, i8 113, i8 -112, i8 -81, i8 -50, i8 -19, i8 12, i8 43, i8 74, i8 105, i8 -120, i8 -89, i8 -58, i8 -27, i8 4, i8 35, i8 66, i8 97>
  store <32 x i8> %20, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 96), align 32, !tbaa !4
  %21 = add <32 x i8> %16, <i8 -128, i8 -97, i8 -66, i8 -35, i8 -4, i8 27, i8 58, i8 89, i8 120, i8 -105, i8 -74, i8 -43, i8 -12, i8 19, i8 50, i8 81, i8 112, i8 -113, i8 -82, i8 -51, i8 -20, i8 11, i8 42, i8 73, i8 104, i8 -121, i8 -90, i8 -59, i8 -28, i8 3, i8 34, i8 65>
  store <32 x i8> %21, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 128), align 32, !tbaa !4
  %22 = add <32 x i8> %16, <i8 96, i8 127, i8 -98, i8 -67, i8 -36, i8 -5, i8 26, i8 57, i8 88, i8 119, i8 -106, i8 -75, i8 -44, i8 -13, i8 18, i8 49, i8 80, i8 111, i8 -114, i8 -83, i8 -52, i8 -21, i8 10, i8 41, i8 72, i8 103, i8 -122, i8 -91, i8 -60, i8 -29, i8 2, i8 33>
  store <32 x i8> %22, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 160), align 32, !tbaa !4
  %23 = add <32 x i8> %16, <i8 64, i8 95, i8 126, i8 -99, i8 -68, i8 -37, i8 -6, i8 25, i8 56, i8 87, i8 118, i8 -107, i8 -76, i8 -45, i8 -14, i8 17, i8 48, i8 79, i8 110, i8 -115, i8 -84, i8 -53, i8 -22, i8 9, i8 40, i8 71, i8 102, i8 -123, i8 -92, i8 -61, i8 -30, i8 1>
  store <32 x i8> %23, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 192), align 32, !tbaa !4
  %24 = add <32 x i8> %16, <i8 32, i8 63, i8 94, i8 125, i8 -100, i8 -69, i8 -38, i8 -7, i8 24, i8 55, i8 86, i8 117, i8 -108, i8 -77, i8 -46, i8 -15, i8 16, i8 47, i8 78, i8 109, i8 -116, i8 -85, i8 -54, i8 -23, i8 8, i8 39, i8 70, i8 101, i8 -124, i8 -93, i8 -62, i8 -31>
  store <32 x i8> %24, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 224), align 32, !tbaa !4
  %25 = add <32 x i8> %16, <i8 0, i8 31, i8 62, i8 93, i8 124, i8 -101, i8 -70, i8 -39, i8 -8, i8 23, i8 54, i8 85, i8 116, i8 -109, i8 -78, i8 -47, i8 -16, i8 15, i8 46, i8 77, i8 108, i8 -117, i8 -86, i8 -55, i8 -24, i8 7, i8 38, i8 69, i8 100, i8 -125, i8 -94, i8 -63>
  store <32 x i8> %25, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 256), align 32, !tbaa !4
  %26 = add i8 %14, -32
  store i8 %26, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 288), align 32, !tbaa !4
  %27 = add i8 %14, -1
  store i8 %27, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 289), align 1, !tbaa !4
  %28 = add i8 %14, 30
  store i8 %28, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 290), align 2, !tbaa !4
  %29 = add i8 %14, 61
  store i8 %29, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 291), align 1, !tbaa !4
  %30 = add i8 %14, 92
  store i8 %30, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 292), align 4, !tbaa !4
  %31 = add i8 %14, 123
  store i8 %31, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 293), align 1, !tbaa !4
  %32 = add i8 %14, -102
  store i8 %32, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 294), align 2, !tbaa !4
  %33 = add i8 %14, -71
  store i8 %33, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 295), align 1, !tbaa !4
  %34 = add i8 %14, -40
  store i8 %34, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 296), align 8, !tbaa !4
  %35 = add i8 %14, -9
  store i8 %35, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 297), align 1, !tbaa !4
  %36 = add i8 %14, 22
  store i8 %36, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 298), align 2, !tbaa !4
  %37 = add i8 %14, 53
  store i8 %37, ptr getelementptr inbounds ([300 x i8], ptr @checksum.buf, i64 0, i64 299), align 1, !tbaa !4
  %38 = shl nuw i64 %12, 32
  %39 = or i64 %38, %13
  %40 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 63
  %41 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 62
  %42 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 61
  %43 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 60
  %44 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 59
  %45 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 58
  %46 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 57
  %47 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 56
  %48 = getelementptr inbounds i8, ptr %1, i64 4
  %49 = getelementptr inbounds i8, ptr %1, i64 8
  %50 = getelementptr inbounds i8, ptr %1, i64 12
  %51 = getelementptr inbounds i8, ptr %1, i64 16
  %52 = getelementptr inbounds i8, ptr %1, i64 20
  %53 = getelementptr inbounds i8, ptr %1, i64 24
  %54 = getelementptr inbounds i8, ptr %1, i64 28
  br label %56

55:                                               ; preds = %81
  ret i64 %124

56:                                               ; preds = %0, %81
  %57 = phi i64 [ 0, %0 ], [ %125, %81 ]
  %58 = phi i64 [ %39, %0 ], [ %124, %81 ]
  %59 = getelementptr inbounds [11 x i32], ptr @checksum.lengths, i64 0, i64 %57
  %60 = load i32, ptr %59, align 4, !tbaa !7
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %1, ptr noundef nonnull align 16 dereferenceable(32) @__const.sha256.state, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #6
  %61 = icmp ult i64 %57, 5
  br i1 %61, label %69, label %62

62:                                               ; preds = %56, %62
  %63 = phi i32 [ %67, %62 ], [ 64, %56 ]
  %64 = phi i32 [ %63, %62 ], [ 0, %56 ]
  %65 = zext i32 %64 to i64
  %66 = getelementptr inbounds i8, ptr @checksum.buf, i64 %65
  call fastcc void @compress(ptr noundef nonnull %1, ptr noundef nonnull %66)
  %67 = add i32 %63, 64
  %68 = icmp ugt i32 %67, %60
  br i1 %68, label %69, label %62, !llvm.loop !9

69:                                               ; preds = %62, %56
  %70 = phi i32 [ 0, %56 ], [ %63, %62 ]
  %71 = sub i32 %60, %70
  %72 = zext i32 %70 to i64
  %73 = getelementptr inbounds i8, ptr @checksum.buf, i64 %72
  %74 = zext i32 %71 to i64
  %75 = icmp ugt i32 %71, 63
  %76 = sub nsw i64 64, %74
  %77 = select i1 %75, i64 0, i64 %76
  %78 = getelementptr i8, ptr %2, i64 %74
  call void @llvm.memset.p0.i64(ptr align 1 %78, i8 0, i64 %77, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %2, ptr nonnull align 32 %73, i64 %74, i1 false)
  store i8 -128, ptr %78, align 1, !tbaa !4
  %79 = icmp ugt i32 %71, 55
  br i1 %79, label %80, label %81

80:                                               ; preds = %69
  call fastcc void @compress(ptr noundef nonnull %1, ptr noundef nonnull %2)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %2, i8 0, i64 64, i1 false)
  br label %81

81:                                               ; preds = %69, %80
  %82 = zext i32 %60 to i64
  %83 = trunc i32 %60 to i8
  %84 = shl i8 %83, 3
  store i8 %84, ptr %40, align 1, !tbaa !4
  %85 = lshr i64 %82, 5
  %86 = trunc i64 %85 to i8
  store i8 %86, ptr %41, align 2, !tbaa !4
  %87 = lshr i64 %82, 13
  %88 = trunc i64 %87 to i8
  store i8 %88, ptr %42, align 1, !tbaa !4
  %89 = lshr i64 %82, 21
  %90 = trunc i64 %89 to i8
  store i8 %90, ptr %43, align 4, !tbaa !4
  %91 = lshr i64 %82, 29
  %92 = trunc i64 %91 to i8
  store i8 %92, ptr %44, align 1, !tbaa !4
  store i8 0, ptr %45, align 2, !tbaa !4
  store i8 0, ptr %46, align 1, !tbaa !4
  store i8 0, ptr %47, align 8, !tbaa !4
  call fastcc void @compress(ptr noundef nonnull %1, ptr noundef nonnull %2)
  %93 = load i32, ptr %1, align 16
  %94 = load i32, ptr %48, align 4
  %95 = load i32, ptr %49, align 8
  %96 = load i32, ptr %50, align 4
  %97 = load i32, ptr %51, align 16
  %98 = load i32, ptr %52, align 4
  %99 = load i32, ptr %53, align 8
  %100 = load i32, ptr %54, align 4
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #6
  %101 = mul i64 %58, 1000003
  %102 = zext i32 %93 to i64
  %103 = add i64 %101, %102
  %104 = mul i64 %103, 1000003
  %105 = zext i32 %94 to i64
  %106 = add i64 %104, %105
  %107 = mul i64 %106, 1000003
  %108 = zext i32 %95 to i64
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 1000003
  %111 = zext i32 %96 to i64
  %112 = add i64 %110, %111
  %113 = mul i64 %112, 1000003
  %114 = zext i32 %97 to i64
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 1000003
  %117 = zext i32 %98 to i64
  %118 = add i64 %116, %117
  %119 = mul i64 %118, 1000003
  %120 = zext i32 %99 to i64
  %121 = add i64 %119, %120
  %122 = mul i64 %121, 1000003
  %123 = zext i32 %100 to i64
  %124 = add i64 %122, %123
  %125 = add nuw nsw i64 %57, 1
  %126 = icmp eq i64 %125, 11
  br i1 %126, label %55, label %56, !llvm.loop !11
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
  %4 = load <32 x i8>, ptr %1, align 1, !tbaa !4
  %5 = shufflevector <32 x i8> %4, <32 x i8> poison, <8 x i32> <i32 0, i32 4, i32 8, i32 12, i32 16, i32 20, i32 24, i32 28>
  %6 = shufflevector <32 x i8> %4, <32 x i8> poison, <8 x i32> <i32 1, i32 5, i32 9, i32 13, i32 17, i32 21, i32 25, i32 29>
  %7 = shufflevector <32 x i8> %4, <32 x i8> poison, <8 x i32> <i32 2, i32 6, i32 10, i32 14, i32 18, i32 22, i32 26, i32 30>
  %8 = shufflevector <32 x i8> %4, <32 x i8> poison, <8 x i32> <i32 3, i32 7, i32 11, i32 15, i32 19, i32 23, i32 27, i32 31>
  %9 = zext <8 x i8> %5 to <8 x i32>
  %10 = shl nuw <8 x i32> %9, <i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24>
  %11 = zext <8 x i8> %6 to <8 x i32>
  %12 = shl nuw nsw <8 x i32> %11, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %13 = or <8 x i32> %12, %10
  %14 = zext <8 x i8> %7 to <8 x i32>
  %15 = shl nuw nsw <8 x i32> %14, <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %16 = or <8 x i32> %13, %15
  %17 = zext <8 x i8> %8 to <8 x i32>
  %18 = or <8 x i32> %16, %17
  store <8 x i32> %18, ptr %3, align 16, !tbaa !7
  %19 = getelementptr inbounds i8, ptr %1, i64 32
  %20 = load <32 x i8>, ptr %19, align 1, !tbaa !4
  %21 = shufflevector <32 x i8> %20, <32 x i8> poison, <8 x i32> <i32 0, i32 4, i32 8, i32 12, i32 16, i32 20, i32 24, i32 28>
  %22 = shufflevector <32 x i8> %20, <32 x i8> poison, <8 x i32> <i32 1, i32 5, i32 9, i32 13, i32 17, i32 21, i32 25, i32 29>
  %23 = shufflevector <32 x i8> %20, <32 x i8> poison, <8 x i32> <i32 2, i32 6, i32 10, i32 14, i32 18, i32 22, i32 26, i32 30>
  %24 = shufflevector <32 x i8> %20, <32 x i8> poison, <8 x i32> <i32 3, i32 7, i32 11, i32 15, i32 19, i32 23, i32 27, i32 31>
  %25 = zext <8 x i8> %21 to <8 x i32>
  %26 = shl nuw <8 x i32> %25, <i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24>
  %27 = zext <8 x i8> %22 to <8 x i32>
  %28 = shl nuw nsw <8 x i32> %27, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %29 = or <8 x i32> %28, %26
  %30 = zext <8 x i8> %23 to <8 x i32>
  %31 = shl nuw nsw <8 x i32> %30, <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %32 = or <8 x i32> %29, %31
  %33 = zext <8 x i8> %24 to <8 x i32>
  %34 = or <8 x i32> %32, %33
  %35 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 8
  store <8 x i32> %34, ptr %35, align 16, !tbaa !7
  %36 = load i32, ptr %3, align 16, !tbaa !7
  br label %49

37:                                               ; preds = %49
  %38 = load <4 x i32>, ptr %0, align 4, !tbaa !7
  %39 = getelementptr inbounds i32, ptr %0, i64 4
  %40 = load <4 x i32>, ptr %39, align 4, !tbaa !7
  %41 = extractelement <4 x i32> %38, i64 0
  %42 = extractelement <4 x i32> %38, i64 1
  %43 = extractelement <4 x i32> %38, i64 2
  %44 = extractelement <4 x i32> %38, i64 3
  %45 = extractelement <4 x i32> %40, i64 0
  %46 = extractelement <4 x i32> %40, i64 1
  %47 = extractelement <4 x i32> %40, i64 2
  %48 = extractelement <4 x i32> %40, i64 3
  br label %112

49:                                               ; preds = %49, %2
  %50 = phi i32 [ %36, %2 ], [ %78, %49 ]
  %51 = phi i64 [ 16, %2 ], [ %99, %49 ]
  %52 = add nsw i64 %51, -15
  %53 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !7
  %55 = tail call i32 @llvm.fshl.i32(i32 %54, i32 %54, i32 25)
  %56 = tail call i32 @llvm.fshl.i32(i32 %54, i32 %54, i32 14)
  %57 = xor i32 %55, %56
  %58 = lshr i32 %54, 3
  %59 = xor i32 %57, %58
  %60 = add nsw i64 %51, -2
  %61 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %60
  %62 = load i32, ptr %61, align 8, !tbaa !7
  %63 = tail call i32 @llvm.fshl.i32(i32 %62, i32 %62, i32 15)
  %64 = tail call i32 @llvm.fshl.i32(i32 %62, i32 %62, i32 13)
  %65 = xor i32 %63, %64
  %66 = lshr i32 %62, 10
  %67 = xor i32 %65, %66
  %68 = add i32 %59, %50
  %69 = add nsw i64 %51, -7
  %70 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %69
  %71 = load i32, ptr %70, align 4, !tbaa !7
  %72 = add i32 %68, %71
  %73 = add i32 %72, %67
  %74 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %51
  store i32 %73, ptr %74, align 8, !tbaa !7
  %75 = or i64 %51, 1
  %76 = add nsw i64 %51, -14
  %77 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %76
  %78 = load i32, ptr %77, align 8, !tbaa !7
  %79 = tail call i32 @llvm.fshl.i32(i32 %78, i32 %78, i32 25)
  %80 = tail call i32 @llvm.fshl.i32(i32 %78, i32 %78, i32 14)
  %81 = xor i32 %79, %80
  %82 = lshr i32 %78, 3
  %83 = xor i32 %81, %82
  %84 = add nsw i64 %51, -1
  %85 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !7
  %87 = tail call i32 @llvm.fshl.i32(i32 %86, i32 %86, i32 15)
  %88 = tail call i32 @llvm.fshl.i32(i32 %86, i32 %86, i32 13)
  %89 = xor i32 %87, %88
  %90 = lshr i32 %86, 10
  %91 = xor i32 %89, %90
  %92 = add i32 %83, %54
  %93 = add nsw i64 %51, -6
  %94 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %93
  %95 = load i32, ptr %94, align 8, !tbaa !7
  %96 = add i32 %92, %95
  %97 = add i32 %96, %91
  %98 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %75
  store i32 %97, ptr %98, align 4, !tbaa !7
  %99 = add nuw nsw i64 %51, 2
  %100 = icmp eq i64 %99, 64
  br i1 %100, label %37, label %49, !llvm.loop !12

101:                                              ; preds = %112
  %102 = insertelement <4 x i32> poison, i32 %150, i64 0
  %103 = insertelement <4 x i32> %102, i32 %114, i64 1
  %104 = insertelement <4 x i32> %103, i32 %115, i64 2
  %105 = insertelement <4 x i32> %104, i32 %116, i64 3
  %106 = add <4 x i32> %105, %38
  store <4 x i32> %106, ptr %0, align 4, !tbaa !7
  %107 = insertelement <4 x i32> poison, i32 %149, i64 0
  %108 = insertelement <4 x i32> %107, i32 %121, i64 1
  %109 = insertelement <4 x i32> %108, i32 %120, i64 2
  %110 = insertelement <4 x i32> %109, i32 %119, i64 3
  %111 = add <4 x i32> %110, %40
  store <4 x i32> %111, ptr %39, align 4, !tbaa !7
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #6
  ret void

112:                                              ; preds = %37, %112
  %113 = phi i64 [ 0, %37 ], [ %151, %112 ]
  %114 = phi i32 [ %41, %37 ], [ %150, %112 ]
  %115 = phi i32 [ %42, %37 ], [ %114, %112 ]
  %116 = phi i32 [ %43, %37 ], [ %115, %112 ]
  %117 = phi i32 [ %44, %37 ], [ %116, %112 ]
  %118 = phi i32 [ %48, %37 ], [ %119, %112 ]
  %119 = phi i32 [ %47, %37 ], [ %120, %112 ]
  %120 = phi i32 [ %46, %37 ], [ %121, %112 ]
  %121 = phi i32 [ %45, %37 ], [ %149, %112 ]
  %122 = tail call i32 @llvm.fshl.i32(i32 %121, i32 %121, i32 26)
  %123 = tail call i32 @llvm.fshl.i32(i32 %121, i32 %121, i32 21)
  %124 = xor i32 %122, %123
  %125 = tail call i32 @llvm.fshl.i32(i32 %121, i32 %121, i32 7)
  %126 = xor i32 %124, %125
  %127 = and i32 %120, %121
  %128 = xor i32 %121, -1
  %129 = and i32 %119, %128
  %130 = getelementptr inbounds [64 x i32], ptr @K, i64 0, i64 %113
  %131 = load i32, ptr %130, align 4, !tbaa !7
  %132 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %113
  %133 = load i32, ptr %132, align 4, !tbaa !7
  %134 = add i32 %126, %127
  %135 = add i32 %134, %118
  %136 = add i32 %135, %129
  %137 = add i32 %136, %131
  %138 = add i32 %137, %133
  %139 = tail call i32 @llvm.fshl.i32(i32 %114, i32 %114, i32 30)
  %140 = tail call i32 @llvm.fshl.i32(i32 %114, i32 %114, i32 19)
  %141 = xor i32 %139, %140
  %142 = tail call i32 @llvm.fshl.i32(i32 %114, i32 %114, i32 10)
  %143 = xor i32 %141, %142
  %144 = xor i32 %115, %116
  %145 = and i32 %114, %144
  %146 = and i32 %115, %116
  %147 = xor i32 %145, %146
  %148 = add i32 %143, %147
  %149 = add i32 %138, %117
  %150 = add i32 %148, %138
  %151 = add nuw nsw i64 %113, 1
  %152 = icmp eq i64 %151, 64
  br i1 %152, label %101, label %112, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #5

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nosync nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
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
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !5, i64 0}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
