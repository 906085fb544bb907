; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Header = type { i32, i32 }

@g_seed = dso_local global i32 195936478, align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca [16 x %struct.Header], align 16
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca [8 x i8], align 1
  %8 = alloca i64, align 8
  %9 = load i32, ptr @g_seed, align 4
  store i32 %9, ptr %1, align 4
  store i64 0, ptr %2, align 8
  %10 = getelementptr inbounds [16 x %struct.Header], ptr %3, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 0, i64 128, i1 false)
  store i32 0, ptr %4, align 4
  br label %11

11:                                               ; preds = %181, %0
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %12, 3000
  br i1 %13, label %14, label %184

14:                                               ; preds = %11
  %15 = load i32, ptr %1, align 4
  %16 = shl i32 %15, 13
  %17 = load i32, ptr %1, align 4
  %18 = xor i32 %17, %16
  store i32 %18, ptr %1, align 4
  %19 = load i32, ptr %1, align 4
  %20 = lshr i32 %19, 17
  %21 = load i32, ptr %1, align 4
  %22 = xor i32 %21, %20
  store i32 %22, ptr %1, align 4
  %23 = load i32, ptr %1, align 4
  %24 = shl i32 %23, 5
  %25 = load i32, ptr %1, align 4
  %26 = xor i32 %25, %24
  store i32 %26, ptr %1, align 4
  %27 = load i32, ptr %4, align 4
  %28 = and i32 %27, 15
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [16 x %struct.Header], ptr %3, i64 0, i64 %29
  store ptr %30, ptr %5, align 8
  %31 = load i32, ptr %1, align 4
  %32 = and i32 %31, 7
  %33 = load ptr, ptr %5, align 8
  %34 = load i32, ptr %33, align 4
  %35 = and i32 %32, 7
  %36 = and i32 %34, -8
  %37 = or i32 %36, %35
  store i32 %37, ptr %33, align 4
  %38 = load i32, ptr %1, align 4
  %39 = lshr i32 %38, 3
  %40 = and i32 %39, 31
  %41 = load ptr, ptr %5, align 8
  %42 = load i32, ptr %41, align 4
  %43 = and i32 %40, 31
  %44 = shl i32 %43, 3
  %45 = and i32 %42, -249
  %46 = or i32 %45, %44
  store i32 %46, ptr %41, align 4
  %47 = load i32, ptr %1, align 4
  %48 = lshr i32 %47, 8
  %49 = and i32 %48, 127
  %50 = sub nsw i32 %49, 64
  %51 = load ptr, ptr %5, align 8
  %52 = load i32, ptr %51, align 4
  %53 = and i32 %50, 127
  %54 = shl i32 %53, 8
  %55 = and i32 %52, -32513
  %56 = or i32 %55, %54
  store i32 %56, ptr %51, align 4
  %57 = shl i32 %53, 25
  %58 = ashr i32 %57, 25
  %59 = load ptr, ptr %5, align 8
  %60 = load i32, ptr %59, align 4
  %61 = lshr i32 %60, 15
  %62 = and i32 %61, 4095
  %63 = load i32, ptr %1, align 4
  %64 = lshr i32 %63, 11
  %65 = add i32 %62, %64
  %66 = and i32 %65, 4095
  %67 = load ptr, ptr %5, align 8
  %68 = load i32, ptr %67, align 4
  %69 = and i32 %66, 4095
  %70 = shl i32 %69, 15
  %71 = and i32 %68, -134184961
  %72 = or i32 %71, %70
  store i32 %72, ptr %67, align 4
  %73 = load i32, ptr %1, align 4
  %74 = lshr i32 %73, 12
  %75 = and i32 %74, 1048575
  %76 = sub nsw i32 %75, 524288
  %77 = load ptr, ptr %5, align 8
  %78 = getelementptr inbounds %struct.Header, ptr %77, i32 0, i32 1
  %79 = load i32, ptr %78, align 4
  %80 = and i32 %76, 1048575
  %81 = and i32 %79, -1048576
  %82 = or i32 %81, %80
  store i32 %82, ptr %78, align 4
  %83 = shl i32 %80, 12
  %84 = ashr i32 %83, 12
  %85 = load ptr, ptr %5, align 8
  %86 = getelementptr inbounds %struct.Header, ptr %85, i32 0, i32 1
  %87 = load i32, ptr %86, align 4
  %88 = lshr i32 %87, 20
  %89 = load i32, ptr %1, align 4
  %90 = xor i32 %88, %89
  %91 = and i32 %90, 4095
  %92 = load ptr, ptr %5, align 8
  %93 = getelementptr inbounds %struct.Header, ptr %92, i32 0, i32 1
  %94 = load i32, ptr %93, align 4
  %95 = and i32 %91, 4095
  %96 = shl i32 %95, 20
  %97 = and i32 %94, 1048575
  %98 = or i32 %97, %96
  store i32 %98, ptr %93, align 4
  %99 = load ptr, ptr %5, align 8
  %100 = load i32, ptr %99, align 4
  %101 = lshr i32 %100, 15
  %102 = and i32 %101, 4095
  %103 = load ptr, ptr %5, align 8
  %104 = getelementptr inbounds %struct.Header, ptr %103, i32 0, i32 1
  %105 = load i32, ptr %104, align 4
  %106 = lshr i32 %105, 20
  %107 = xor i32 %102, %106
  %108 = call i32 @parity32(i32 noundef %107)
  %109 = load ptr, ptr %5, align 8
  %110 = load i32, ptr %109, align 4
  %111 = and i32 %108, 1
  %112 = shl i32 %111, 27
  %113 = and i32 %110, -134217729
  %114 = or i32 %113, %112
  store i32 %114, ptr %109, align 4
  %115 = load i64, ptr %2, align 8
  %116 = mul i64 %115, 31
  %117 = load ptr, ptr %5, align 8
  %118 = load i32, ptr %117, align 4
  %119 = and i32 %118, 7
  %120 = zext i32 %119 to i64
  %121 = add i64 %116, %120
  %122 = load ptr, ptr %5, align 8
  %123 = load i32, ptr %122, align 4
  %124 = lshr i32 %123, 3
  %125 = and i32 %124, 31
  %126 = mul i32 %125, 8
  %127 = zext i32 %126 to i64
  %128 = add i64 %121, %127
  %129 = load ptr, ptr %5, align 8
  %130 = load i32, ptr %129, align 4
  %131 = shl i32 %130, 17
  %132 = ashr i32 %131, 25
  %133 = sext i32 %132 to i64
  %134 = add i64 %128, %133
  %135 = load ptr, ptr %5, align 8
  %136 = load i32, ptr %135, align 4
  %137 = lshr i32 %136, 15
  %138 = and i32 %137, 4095
  %139 = zext i32 %138 to i64
  %140 = add i64 %134, %139
  store i64 %140, ptr %2, align 8
  %141 = load i64, ptr %2, align 8
  %142 = mul i64 %141, 31
  %143 = load ptr, ptr %5, align 8
  %144 = getelementptr inbounds %struct.Header, ptr %143, i32 0, i32 1
  %145 = load i32, ptr %144, align 4
  %146 = shl i32 %145, 12
  %147 = ashr i32 %146, 12
  %148 = sext i32 %147 to i64
  %149 = add i64 %142, %148
  %150 = load ptr, ptr %5, align 8
  %151 = getelementptr inbounds %struct.Header, ptr %150, i32 0, i32 1
  %152 = load i32, ptr %151, align 4
  %153 = lshr i32 %152, 20
  %154 = zext i32 %153 to i64
  %155 = add i64 %149, %154
  %156 = load ptr, ptr %5, align 8
  %157 = load i32, ptr %156, align 4
  %158 = lshr i32 %157, 27
  %159 = and i32 %158, 1
  %160 = zext i32 %159 to i64
  %161 = add i64 %155, %160
  store i64 %161, ptr %2, align 8
  %162 = load ptr, ptr %5, align 8
  %163 = load i32, ptr %162, align 4
  %164 = shl i32 %163, 17
  %165 = ashr i32 %164, 25
  %166 = icmp slt i32 %165, 0
  br i1 %166, label %167, label %170

167:                                              ; preds = %14
  %168 = load i64, ptr %2, align 8
  %169 = xor i64 %168, 21845
  store i64 %169, ptr %2, align 8
  br label %170

170:                                              ; preds = %167, %14
  %171 = load ptr, ptr %5, align 8
  %172 = getelementptr inbounds %struct.Header, ptr %171, i32 0, i32 1
  %173 = load i32, ptr %172, align 4
  %174 = shl i32 %173, 12
  %175 = ashr i32 %174, 12
  %176 = icmp slt i32 %175, -1000
  br i1 %176, label %177, label %180

177:                                              ; preds = %170
  %178 = load i64, ptr %2, align 8
  %179 = add i64 %178, 7
  store i64 %179, ptr %2, align 8
  br label %180

180:                                              ; preds = %177, %170
  br label %181

181:                                              ; preds = %180
  %182 = load i32, ptr %4, align 4
  %183 = add nsw i32 %182, 1
  store i32 %183, ptr %4, align 4
  br label %11, !llvm.loop !5

184:                                              ; preds = %11
  store i32 0, ptr %6, align 4
  br label %185

185:                                              ; preds = %208, %184
  %186 = load i32, ptr %6, align 4
  %187 = icmp slt i32 %186, 16
  br i1 %187, label %188, label %211

188:                                              ; preds = %185
  %189 = getelementptr inbounds [8 x i8], ptr %7, i64 0, i64 0
  %190 = load i32, ptr %6, align 4
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [16 x %struct.Header], ptr %3, i64 0, i64 %191
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %189, ptr align 8 %192, i64 8, i1 false)
  store i64 0, ptr %8, align 8
  br label %193

193:                                              ; preds = %204, %188
  %194 = load i64, ptr %8, align 8
  %195 = icmp ult i64 %194, 8
  br i1 %195, label %196, label %207

196:                                              ; preds = %193
  %197 = load i64, ptr %2, align 8
  %198 = mul i64 %197, 131
  %199 = load i64, ptr %8, align 8
  %200 = getelementptr inbounds [8 x i8], ptr %7, i64 0, i64 %199
  %201 = load i8, ptr %200, align 1
  %202 = zext i8 %201 to i64
  %203 = add i64 %198, %202
  store i64 %203, ptr %2, align 8
  br label %204

204:                                              ; preds = %196
  %205 = load i64, ptr %8, align 8
  %206 = add i64 %205, 1
  store i64 %206, ptr %8, align 8
  br label %193, !llvm.loop !7

207:                                              ; preds = %193
  br label %208

208:                                              ; preds = %207
  %209 = load i32, ptr %6, align 4
  %210 = add nsw i32 %209, 1
  store i32 %210, ptr %6, align 4
  br label %185, !llvm.loop !8

211:                                              ; preds = %185
  %212 = load i64, ptr %2, align 8
  ret i64 %212
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @parity32(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = lshr i32 %3, 16
  %5 = load i32, ptr %2, align 4
  %6 = xor i32 %5, %4
  store i32 %6, ptr %2, align 4
  %7 = load i32, ptr %2, align 4
  %8 = lshr i32 %7, 8
  %9 = load i32, ptr %2, align 4
  %10 = xor i32 %9, %8
  store i32 %10, ptr %2, align 4
  %11 = load i32, ptr %2, align 4
  %12 = lshr i32 %11, 4
  %13 = load i32, ptr %2, align 4
  %14 = xor i32 %13, %12
  store i32 %14, ptr %2, align 4
  %15 = load i32, ptr %2, align 4
  %16 = lshr i32 %15, 2
  %17 = load i32, ptr %2, align 4
  %18 = xor i32 %17, %16
  store i32 %18, ptr %2, align 4
  %19 = load i32, ptr %2, align 4
  %20 = lshr i32 %19, 1
  %21 = load i32, ptr %2, align 4
  %22 = xor i32 %21, %20
  store i32 %22, ptr %2, align 4
  %23 = load i32, ptr %2, align 4
  %24 = and i32 %23, 1
  ret i32 %24
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
