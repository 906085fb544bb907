; ModuleID = 'memops.c'
source_filename = "memops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Record = type { i32, double, [5 x i16] }

@g_fill = dso_local local_unnamed_addr global i8 -91, align 1
@buf = internal unnamed_addr global [1024 x i8] zeroinitializer, align 16
@other = internal unnamed_addr global [1024 x i8] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define dso_local i64 @checksum() local_unnamed_addr #0 {
  %1 = alloca [8 x %struct.Record], align 16
  br label %2

2:                                                ; preds = %2, %0
  %3 = phi i64 [ 0, %0 ], [ %20, %2 ]
  %4 = phi <32 x i8> [ <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 16, i8 17, i8 18, i8 19, i8 20, i8 21, i8 22, i8 23, i8 24, i8 25, i8 26, i8 27, i8 28, i8 29, i8 30, i8 31>, %0 ], [ %21, %2 ]
  %5 = mul <32 x i8> %4, <i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7>
  %6 = add <32 x i8> %5, <i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3>
  %7 = getelementptr inbounds [1024 x i8], ptr @buf, i64 0, i64 %3
  store <32 x i8> %6, ptr %7, align 16, !tbaa !4
  %8 = or i64 %3, 32
  %9 = mul <32 x i8> %4, <i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7>
  %10 = add <32 x i8> %9, <i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29, i8 -29>
  %11 = getelementptr inbounds [1024 x i8], ptr @buf, i64 0, i64 %8
  store <32 x i8> %10, ptr %11, align 16, !tbaa !4
  %12 = or i64 %3, 64
  %13 = mul <32 x i8> %4, <i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7>
  %14 = add <32 x i8> %13, <i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61, i8 -61>
  %15 = getelementptr inbounds [1024 x i8], ptr @buf, i64 0, i64 %12
  store <32 x i8> %14, ptr %15, align 16, !tbaa !4
  %16 = or i64 %3, 96
  %17 = mul <32 x i8> %4, <i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7>
  %18 = add <32 x i8> %17, <i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93, i8 -93>
  %19 = getelementptr inbounds [1024 x i8], ptr @buf, i64 0, i64 %16
  store <32 x i8> %18, ptr %19, align 16, !tbaa !4
  %20 = add nuw nsw i64 %3, 128
  %21 = xor <32 x i8> %4, <i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128, i8 -128>
  %22 = icmp eq i64 %20, 1024
  br i1 %22, label %23, label %2, !llvm.loop !7

23:                                               ; preds = %2
  %24 = load i8, ptr @g_fill, align 1, !tbaa !4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1024) @other, i8 %24, i64 1024, i1 false)
  br label %25

25:                                               ; preds = %25, %23
  %26 = phi i64 [ 0, %23 ], [ %75, %25 ]
  %27 = phi i64 [ -3750763034362895579, %23 ], [ %74, %25 ]
  %28 = getelementptr inbounds i8, ptr @other, i64 %26
  %29 = load i8, ptr %28, align 8, !tbaa !4
  %30 = zext i8 %29 to i64
  %31 = xor i64 %27, %30
  %32 = mul i64 %31, 1099511628211
  %33 = or i64 %26, 1
  %34 = getelementptr inbounds i8, ptr @other, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !4
  %36 = zext i8 %35 to i64
  %37 = xor i64 %32, %36
  %38 = mul i64 %37, 1099511628211
  %39 = or i64 %26, 2
  %40 = getelementptr inbounds i8, ptr @other, i64 %39
  %41 = load i8, ptr %40, align 2, !tbaa !4
  %42 = zext i8 %41 to i64
  %43 = xor i64 %38, %42
  %44 = mul i64 %43, 1099511628211
  %45 = or i64 %26, 3
  %46 = getelementptr inbounds i8, ptr @other, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !4
  %48 = zext i8 %47 to i64
  %49 = xor i64 %44, %48
  %50 = mul i64 %49, 1099511628211
  %51 = or i64 %26, 4
  %52 = getelementptr inbounds i8, ptr @other, i64 %51
  %53 = load i8, ptr %52, align 4, !tbaa !4
  %54 = zext i8 %53 to i64
  %55 = xor i64 %50, %54
  %56 = mul i64 %55, 1099511628211
  %57 = or i64 %26, 5
  %58 = getelementptr inbounds i8, ptr @other, i64 %57
  %59 = load i8, ptr %58, align 1, !tbaa !4
  %60 = zext i8 %59 to i64
  %61 = xor i64 %56, %60
  %62 = mul i64 %61, 1099511628211
  %63 = or i64 %26, 6
  %64 = getelementptr inbounds i8, ptr @other, i64 %63
  %65 = load i8, ptr %64, align 2, !tbaa !4
  %66 = zext i8 %65 to i64
  %67 = xor i64 %62, %66
  %68 = mul i64 %67, 1099511628211
  %69 = or i64 %26, 7
  %70 = getelementptr inbounds i8, ptr @other, i64 %69
  %71 = load i8, ptr %70, align 1, !tbaa !4
  %72 = zext i8 %71 to i64
  %73 = xor i64 %68, %72
  %74 = mul i64 %73, 1099511628211
  %75 = add nuw nsw i64 %26, 8
  %76 = icmp eq i64 %75, 1024
  br i1 %76, label %123, label %25, !llvm.loop !11

77:                                               ; preds = %237
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #4
  %78 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 7
  store i32 0, ptr %78, align 16
  %79 = getelementptr inbounds i8, ptr %1, i64 228
  store i32 0, ptr %79, align 4
  %80 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 7, i32 1
  store double -1.000000e+00, ptr %80, align 8
  %81 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 7, i32 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %81, i8 0, i64 16, i1 false)
  %82 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6
  store i32 16843009, ptr %82, align 16
  %83 = getelementptr inbounds i8, ptr %1, i64 196
  store i32 0, ptr %83, align 4
  %84 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6, i32 1
  store double -5.000000e-01, ptr %84, align 8
  %85 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6, i32 2
  store <4 x i16> <i16 0, i16 257, i16 514, i16 771>, ptr %85, align 16
  %86 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6, i32 2, i64 4
  store i16 1028, ptr %86, align 8
  %87 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 6, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %87, i8 0, i64 6, i1 false)
  %88 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5
  store i32 33686018, ptr %88, align 16
  %89 = getelementptr inbounds i8, ptr %1, i64 164
  store i32 0, ptr %89, align 4
  %90 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5, i32 1
  store double 0.000000e+00, ptr %90, align 8
  %91 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5, i32 2
  store <4 x i16> <i16 0, i16 514, i16 1028, i16 1542>, ptr %91, align 16
  %92 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5, i32 2, i64 4
  store i16 2056, ptr %92, align 8
  %93 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 5, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %93, i8 0, i64 6, i1 false)
  %94 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4
  store i32 50529027, ptr %94, align 16
  %95 = getelementptr inbounds i8, ptr %1, i64 132
  store i32 0, ptr %95, align 4
  %96 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4, i32 1
  store double 5.000000e-01, ptr %96, align 8
  %97 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4, i32 2
  store <4 x i16> <i16 0, i16 771, i16 1542, i16 2313>, ptr %97, align 16
  %98 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4, i32 2, i64 4
  store i16 3084, ptr %98, align 8
  %99 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 4, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %99, i8 0, i64 6, i1 false)
  %100 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3
  store i32 67372036, ptr %100, align 16
  %101 = getelementptr inbounds i8, ptr %1, i64 100
  store i32 0, ptr %101, align 4
  %102 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3, i32 1
  store double 1.000000e+00, ptr %102, align 8
  %103 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3, i32 2
  store <4 x i16> <i16 0, i16 1028, i16 2056, i16 3084>, ptr %103, align 16
  %104 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3, i32 2, i64 4
  store i16 4112, ptr %104, align 8
  %105 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 3, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %105, i8 0, i64 6, i1 false)
  %106 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2
  store i32 84215045, ptr %106, align 16
  %107 = getelementptr inbounds i8, ptr %1, i64 68
  store i32 0, ptr %107, align 4
  %108 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2, i32 1
  store double 1.500000e+00, ptr %108, align 8
  %109 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2, i32 2
  store <4 x i16> <i16 0, i16 1285, i16 2570, i16 3855>, ptr %109, align 16
  %110 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2, i32 2, i64 4
  store i16 5140, ptr %110, align 8
  %111 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 2, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %111, i8 0, i64 6, i1 false)
  %112 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1
  store i32 101058054, ptr %112, align 16
  %113 = getelementptr inbounds i8, ptr %1, i64 36
  store i32 0, ptr %113, align 4
  %114 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1, i32 1
  store double 2.000000e+00, ptr %114, align 8
  %115 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1, i32 2
  store <4 x i16> <i16 0, i16 1542, i16 3084, i16 4626>, ptr %115, align 16
  %116 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1, i32 2, i64 4
  store i16 6168, ptr %116, align 8
  %117 = getelementptr inbounds [8 x %struct.Record], ptr %1, i64 0, i64 1, i32 2, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %117, i8 0, i64 6, i1 false)
  store i32 117901063, ptr %1, align 16
  %118 = getelementptr inbounds i8, ptr %1, i64 4
  store i32 0, ptr %118, align 4
  %119 = getelementptr inbounds i8, ptr %1, i64 8
  store double 2.500000e+00, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %1, i64 16
  store <4 x i16> <i16 0, i16 1799, i16 3598, i16 5397>, ptr %120, align 16
  %121 = getelementptr inbounds i8, ptr %1, i64 24
  store i16 7196, ptr %121, align 8
  %122 = getelementptr inbounds i8, ptr %1, i64 26
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %122, i8 0, i64 6, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(192) %112, ptr noundef nonnull align 16 dereferenceable(192) %1, i64 192, i1 false)
  br label %242

123:                                              ; preds = %25, %237
  %124 = phi i64 [ %239, %237 ], [ %74, %25 ]
  %125 = phi i64 [ %240, %237 ], [ 1, %25 ]
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(1) getelementptr inbounds ([1024 x i8], ptr @buf, i64 0, i64 3), ptr noundef nonnull align 16 dereferenceable(1) @buf, i64 %125, i1 false)
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) getelementptr inbounds ([1024 x i8], ptr @buf, i64 0, i64 500), ptr noundef nonnull align 1 dereferenceable(1) getelementptr inbounds ([1024 x i8], ptr @buf, i64 0, i64 507), i64 %125, i1 false)
  %126 = getelementptr inbounds i8, ptr @other, i64 %125
  %127 = shl nuw nsw i64 %125, 1
  %128 = getelementptr inbounds i8, ptr @buf, i64 %127
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(1) %126, ptr noundef nonnull align 2 dereferenceable(1) %128, i64 %125, i1 false)
  %129 = trunc i64 %125 to i8
  %130 = lshr i64 %125, 1
  tail call void @llvm.memset.p0.i64(ptr nonnull align 4 getelementptr inbounds ([1024 x i8], ptr @buf, i64 0, i64 900), i8 %129, i64 %130, i1 false)
  br label %131

131:                                              ; preds = %131, %123
  %132 = phi i64 [ 0, %123 ], [ %181, %131 ]
  %133 = phi i64 [ -3750763034362895579, %123 ], [ %180, %131 ]
  %134 = getelementptr inbounds i8, ptr @buf, i64 %132
  %135 = load i8, ptr %134, align 8, !tbaa !4
  %136 = zext i8 %135 to i64
  %137 = xor i64 %133, %136
  %138 = mul i64 %137, 1099511628211
  %139 = or i64 %132, 1
  %140 = getelementptr inbounds i8, ptr @buf, i64 %139
  %141 = load i8, ptr %140, align 1, !tbaa !4
  %142 = zext i8 %141 to i64
  %143 = xor i64 %138, %142
  %144 = mul i64 %143, 1099511628211
  %145 = or i64 %132, 2
  %146 = getelementptr inbounds i8, ptr @buf, i64 %145
  %147 = load i8, ptr %146, align 2, !tbaa !4
  %148 = zext i8 %147 to i64
  %149 = xor i64 %144, %148
  %150 = mul i64 %149, 1099511628211
  %151 = or i64 %132, 3
  %152 = getelementptr inbounds i8, ptr @buf, i64 %151
  %153 = load i8, ptr %152, align 1, !tbaa !4
  %154 = zext i8 %153 to i64
  %155 = xor i64 %150, %154
  %156 = mul i64 %155, 1099511628211
  %157 = or i64 %132, 4
  %158 = getelementptr inbounds i8, ptr @buf, i64 %157
  %159 = load i8, ptr %158, align 4, !tbaa !4
  %160 = zext i8 %159 to i64
  %161 = xor i64 %156, %160
  %162 = mul i64 %161, 1099511628211
  %163 = or i64 %132, 5
  %164 = getelementptr inbounds i8, ptr @buf, i64 %163
  %165 = load i8, ptr %164, align 1, !tbaa !4
  %166 = zext i8 %165 to i64
  %167 = xor i64 %162, %166
  %168 = mul i64 %167, 1099511628211
  %169 = or i64 %132, 6
  %170 = getelementptr inbounds i8, ptr @buf, i64 %169
  %171 = load i8, ptr %170, align 2, !tbaa !4
  %172 = zext i8 %171 to i64
  %173 = xor i64 %168, %172
  %174 = mul i64 %173, 1099511628211
  %175 = or i64 %132, 7
  %176 = getelementptr inbounds i8, ptr @buf, i64 %175
  %177 = load i8, ptr %176, align 1, !tbaa !4
  %178 = zext i8 %177 to i64
  %179 = xor i64 %174, %178
  %180 = mul i64 %179, 1099511628211
  %181 = add nuw nsw i64 %132, 8
  %182 = icmp eq i64 %181, 1024
  br i1 %182, label %183, label %131, !llvm.loop !11

183:                                              ; preds = %131
  %184 = mul i64 %124, 31
  br label %185

185:                                              ; preds = %185, %183
  %186 = phi i64 [ 0, %183 ], [ %235, %185 ]
  %187 = phi i64 [ -3750763034362895579, %183 ], [ %234, %185 ]
  %188 = getelementptr inbounds i8, ptr @other, i64 %186
  %189 = load i8, ptr %188, align 8, !tbaa !4
  %190 = zext i8 %189 to i64
  %191 = xor i64 %187, %190
  %192 = mul i64 %191, 1099511628211
  %193 = or i64 %186, 1
  %194 = getelementptr inbounds i8, ptr @other, i64 %193
  %195 = load i8, ptr %194, align 1, !tbaa !4
  %196 = zext i8 %195 to i64
  %197 = xor i64 %192, %196
  %198 = mul i64 %197, 1099511628211
  %199 = or i64 %186, 2
  %200 = getelementptr inbounds i8, ptr @other, i64 %199
  %201 = load i8, ptr %200, align 2, !tbaa !4
  %202 = zext i8 %201 to i64
  %203 = xor i64 %198, %202
  %204 = mul i64 %203, 1099511628211
  %205 = or i64 %186, 3
  %206 = getelementptr inbounds i8, ptr @other, i64 %205
  %207 = load i8, ptr %206, align 1, !tbaa !4
  %208 = zext i8 %207 to i64
  %209 = xor i64 %204, %208
  %210 = mul i64 %209, 1099511628211
  %211 = or i64 %186, 4
  %212 = getelementptr inbounds i8, ptr @other, i64 %211
  %213 = load i8, ptr %212, align 4, !tbaa !4
  %214 = zext i8 %213 to i64
  %215 = xor i64 %210, %214
  %216 = mul i64 %215, 1099511628211
  %217 = or i64 %186, 5
  %218 = getelementptr inbounds i8, ptr @other, i64 %217
  %219 = load i8, ptr %218, align 1, !tbaa !4
  %220 = zext i8 %219 to i64
  %221 = xor i64 %216, %220
  %222 = mul i64 %221, 1099511628211
  %223 = or i64 %186, 6
  %224 = getelementptr inbounds i8, ptr @other, i64 %223
  %225 = load i8, ptr %224, align 2, !tbaa !4
  %226 = zext i8 %225 to i64
  %227 = xor i64 %222, %226
  %228 = mul i64 %227, 1099511628211
  %229 = or i64 %186, 7
  %230 = getelementptr inbounds i8, ptr @other, i64 %229
  %231 = load i8, ptr %230, align 1, !tbaa !4
  %232 = zext i8 %231 to i64
  %233 = xor i64 %228, %232
  %234 = mul i64 %233, 1099511628211
  %235 = add nuw nsw i64 %186, 8
  %236 = icmp eq i64 %235, 1024
  br i1 %236, label %237, label %185, !llvm.loop !11

237:                                              ; preds = %185
  %238 = add i64 %180, %184
  %239 = xor i64 %234, %238
  %240 = add nuw nsw i64 %125, 13
  %241 = icmp ult i64 %125, 187
  br i1 %241, label %123, label %77, !llvm.loop !12

242:                                              ; preds = %242, %77
  %243 = phi i64 [ 0, %77 ], [ %292, %242 ]
  %244 = phi i64 [ -3750763034362895579, %77 ], [ %291, %242 ]
  %245 = getelementptr inbounds i8, ptr %1, i64 %243
  %246 = load i8, ptr %245, align 8, !tbaa !4
  %247 = zext i8 %246 to i64
  %248 = xor i64 %244, %247
  %249 = mul i64 %248, 1099511628211
  %250 = or i64 %243, 1
  %251 = getelementptr inbounds i8, ptr %1, i64 %250
  %252 = load i8, ptr %251, align 1, !tbaa !4
  %253 = zext i8 %252 to i64
  %254 = xor i64 %249, %253
  %255 = mul i64 %254, 1099511628211
  %256 = or i64 %243, 2
  %257 = getelementptr inbounds i8, ptr %1, i64 %256
  %258 = load i8, ptr %257, align 2, !tbaa !4
  %259 = zext i8 %258 to i64
  %260 = xor i64 %255, %259
  %261 = mul i64 %260, 1099511628211
  %262 = or i64 %243, 3
  %263 = getelementptr inbounds i8, ptr %1, i64 %262
  %264 = load i8, ptr %263, align 1, !tbaa !4
  %265 = zext i8 %264 to i64
  %266 = xor i64 %261, %265
  %267 = mul i64 %266, 1099511628211
  %268 = or i64 %243, 4
  %269 = getelementptr inbounds i8, ptr %1, i64 %268
  %270 = load i8, ptr %269, align 4, !tbaa !4
  %271 = zext i8 %270 to i64
  %272 = xor i64 %267, %271
  %273 = mul i64 %272, 1099511628211
  %274 = or i64 %243, 5
  %275 = getelementptr inbounds i8, ptr %1, i64 %274
  %276 = load i8, ptr %275, align 1, !tbaa !4
  %277 = zext i8 %276 to i64
  %278 = xor i64 %273, %277
  %279 = mul i64 %278, 1099511628211
  %280 = or i64 %243, 6
  %281 = getelementptr inbounds i8, ptr %1, i64 %280
  %282 = load i8, ptr %281, align 2, !tbaa !4
  %283 = zext i8 %282 to i64
  %284 = xor i64 %279, %283
  %285 = mul i64 %284, 1099511628211
  %286 = or i64 %243, 7
  %287 = getelementptr inbounds i8, ptr %1, i64 %286
  %288 = load i8, ptr %287, align 1, !tbaa !4
  %289 = zext i8 %288 to i64
  %290 = xor i64 %285, %289
  %291 = mul i64 %290, 1099511628211
  %292 = add nuw nsw i64 %243, 8
  %293 = icmp eq i64 %292, 256
  br i1 %293, label %294, label %242, !llvm.loop !11

294:                                              ; preds = %242
  %295 = mul i64 %239, 31
  %296 = add i64 %291, %295
  %297 = mul i64 %296, 31
  %298 = add i64 %297, 4742405407109804946
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #4
  ret i64 %298
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }

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
!11 = distinct !{!11, !8}
!12 = distinct !{!12, !8}
