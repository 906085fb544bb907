; ModuleID = 'sha256.c'
source_filename = "sha256.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_salt = dso_local global i8 90, align 1
@checksum.buf = internal global [300 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@checksum.lengths = internal constant [11 x i32] [i32 0, i32 1, i32 55, i32 56, i32 63, i32 64, i32 65, i32 119, i32 128, i32 200, i32 300], align 16
@__const.sha256.state = private unnamed_addr constant [8 x i32] [i32 1779033703, i32 -1150833019, i32 1013904242, i32 -1521486534, i32 1359893119, i32 -1694144372, i32 528734635, i32 1541459225], align 16
@K = internal constant [64 x i32] [i32 1116352408, i32 1899447441, i32 -1245643825, i32 -373957723, i32 961987163, i32 1508970993, i32 -1841331548, i32 -1424204075, i32 -670586216, i32 310598401, i32 607225278, i32 1426881987, i32 1925078388, i32 -2132889090, i32 -1680079193, i32 -1046744716, i32 -459576895, i32 -272742522, i32 264347078, i32 604807628, i32 770255983, i32 1249150122, i32 1555081692, i32 1996064986, i32 -1740746414, i32 -1473132947, i32 -1341970488, i32 -1084653625, i32 -958395405, i32 -710438585, i32 113926993, i32 338241895, i32 666307205, i32 773529912, i32 1294757372, i32 1396182291, i32 1695183700, i32 1986661051, i32 -2117940946, i32 -1838011259, i32 -1564481375, i32 -1474664885, i32 -1035236496, i32 -949202525, i32 -778901479, i32 -694614492, i32 -200395387, i32 275423344, i32 430227734, i32 506948616, i32 659060556, i32 883997877, i32 958139571, i32 1322822218, i32 1537002063, i32 1747873779, i32 1955562222, i32 2024104815, i32 -2067236844, i32 -1933114872, i32 -1866530822, i32 -1538233109, i32 -1090935817, i32 -965641998], align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca [8 x i32], align 16
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = getelementptr inbounds [8 x i32], ptr %1, i64 0, i64 0
  call void @sha256(ptr noundef @.str, i32 noundef 3, ptr noundef %6)
  %7 = getelementptr inbounds [8 x i32], ptr %1, i64 0, i64 0
  %8 = load i32, ptr %7, align 16
  %9 = zext i32 %8 to i64
  %10 = shl i64 %9, 32
  %11 = getelementptr inbounds [8 x i32], ptr %1, i64 0, i64 7
  %12 = load i32, ptr %11, align 4
  %13 = zext i32 %12 to i64
  %14 = or i64 %10, %13
  store i64 %14, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %15

15:                                               ; preds = %28, %0
  %16 = load i32, ptr %3, align 4
  %17 = icmp slt i32 %16, 300
  br i1 %17, label %18, label %31

18:                                               ; preds = %15
  %19 = load i32, ptr %3, align 4
  %20 = mul nsw i32 %19, 31
  %21 = load i8, ptr @g_salt, align 1
  %22 = zext i8 %21 to i32
  %23 = add nsw i32 %20, %22
  %24 = trunc i32 %23 to i8
  %25 = load i32, ptr %3, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [300 x i8], ptr @checksum.buf, i64 0, i64 %26
  store i8 %24, ptr %27, align 1
  br label %28

28:                                               ; preds = %18
  %29 = load i32, ptr %3, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %3, align 4
  br label %15, !llvm.loop !5

31:                                               ; preds = %15
  store i32 0, ptr %4, align 4
  br label %32

32:                                               ; preds = %57, %31
  %33 = load i32, ptr %4, align 4
  %34 = icmp slt i32 %33, 11
  br i1 %34, label %35, label %60

35:                                               ; preds = %32
  %36 = load i32, ptr %4, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [11 x i32], ptr @checksum.lengths, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4
  %40 = getelementptr inbounds [8 x i32], ptr %1, i64 0, i64 0
  call void @sha256(ptr noundef @checksum.buf, i32 noundef %39, ptr noundef %40)
  store i32 0, ptr %5, align 4
  br label %41

41:                                               ; preds = %53, %35
  %42 = load i32, ptr %5, align 4
  %43 = icmp slt i32 %42, 8
  br i1 %43, label %44, label %56

44:                                               ; preds = %41
  %45 = load i64, ptr %2, align 8
  %46 = mul i64 %45, 1000003
  %47 = load i32, ptr %5, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [8 x i32], ptr %1, i64 0, i64 %48
  %50 = load i32, ptr %49, align 4
  %51 = zext i32 %50 to i64
  %52 = add i64 %46, %51
  store i64 %52, ptr %2, align 8
  br label %53

53:                                               ; preds = %44
  %54 = load i32, ptr %5, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %5, align 4
  br label %41, !llvm.loop !7

56:                                               ; preds = %41
  br label %57

57:                                               ; preds = %56
  %58 = load i32, ptr %4, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %4, align 4
  br label %32, !llvm.loop !8

60:                                               ; preds = %32
  %61 = load i64, ptr %2, align 8
  ret i64 %61
}

; Function Attrs: noinline nounwind optnone
define internal void @sha256(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca [8 x i32], align 16
  %8 = alloca [64 x i8], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.sha256.state, i64 32, i1 false)
  store i32 0, ptr %9, align 4
  br label %13

13:                                               ; preds = %24, %3
  %14 = load i32, ptr %9, align 4
  %15 = add i32 %14, 64
  %16 = load i32, ptr %5, align 4
  %17 = icmp ule i32 %15, %16
  br i1 %17, label %18, label %27

18:                                               ; preds = %13
  %19 = getelementptr inbounds [8 x i32], ptr %7, i64 0, i64 0
  %20 = load ptr, ptr %4, align 8
  %21 = load i32, ptr %9, align 4
  %22 = zext i32 %21 to i64
  %23 = getelementptr inbounds i8, ptr %20, i64 %22
  call void @compress(ptr noundef %19, ptr noundef %23)
  br label %24

24:                                               ; preds = %18
  %25 = load i32, ptr %9, align 4
  %26 = add i32 %25, 64
  store i32 %26, ptr %9, align 4
  br label %13, !llvm.loop !9

27:                                               ; preds = %13
  %28 = load i32, ptr %5, align 4
  %29 = load i32, ptr %9, align 4
  %30 = sub i32 %28, %29
  store i32 %30, ptr %10, align 4
  %31 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %31, i8 0, i64 64, i1 false)
  %32 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  %33 = load ptr, ptr %4, align 8
  %34 = load i32, ptr %9, align 4
  %35 = zext i32 %34 to i64
  %36 = getelementptr inbounds i8, ptr %33, i64 %35
  %37 = load i32, ptr %10, align 4
  %38 = zext i32 %37 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %32, ptr align 1 %36, i64 %38, i1 false)
  %39 = load i32, ptr %10, align 4
  %40 = zext i32 %39 to i64
  %41 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 %40
  store i8 -128, ptr %41, align 1
  %42 = load i32, ptr %10, align 4
  %43 = icmp uge i32 %42, 56
  br i1 %43, label %44, label %48

44:                                               ; preds = %27
  %45 = getelementptr inbounds [8 x i32], ptr %7, i64 0, i64 0
  %46 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  call void @compress(ptr noundef %45, ptr noundef %46)
  %47 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %47, i8 0, i64 64, i1 false)
  br label %48

48:                                               ; preds = %44, %27
  %49 = load i32, ptr %5, align 4
  %50 = zext i32 %49 to i64
  %51 = mul i64 %50, 8
  store i64 %51, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %52

52:                                               ; preds = %66, %48
  %53 = load i32, ptr %12, align 4
  %54 = icmp slt i32 %53, 8
  br i1 %54, label %55, label %69

55:                                               ; preds = %52
  %56 = load i64, ptr %11, align 8
  %57 = load i32, ptr %12, align 4
  %58 = mul nsw i32 8, %57
  %59 = zext i32 %58 to i64
  %60 = lshr i64 %56, %59
  %61 = trunc i64 %60 to i8
  %62 = load i32, ptr %12, align 4
  %63 = sub nsw i32 63, %62
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 %64
  store i8 %61, ptr %65, align 1
  br label %66

66:                                               ; preds = %55
  %67 = load i32, ptr %12, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %12, align 4
  br label %52, !llvm.loop !10

69:                                               ; preds = %52
  %70 = getelementptr inbounds [8 x i32], ptr %7, i64 0, i64 0
  %71 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  call void @compress(ptr noundef %70, ptr noundef %71)
  %72 = load ptr, ptr %6, align 8
  %73 = getelementptr inbounds [8 x i32], ptr %7, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %72, ptr align 16 %73, i64 32, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal void @compress(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [64 x i32], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %6, align 4
  br label %25

25:                                               ; preds = %69, %2
  %26 = load i32, ptr %6, align 4
  %27 = icmp slt i32 %26, 16
  br i1 %27, label %28, label %72

28:                                               ; preds = %25
  %29 = load ptr, ptr %4, align 8
  %30 = load i32, ptr %6, align 4
  %31 = mul nsw i32 4, %30
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i8, ptr %29, i64 %32
  %34 = load i8, ptr %33, align 1
  %35 = zext i8 %34 to i32
  %36 = shl i32 %35, 24
  %37 = load ptr, ptr %4, align 8
  %38 = load i32, ptr %6, align 4
  %39 = mul nsw i32 4, %38
  %40 = add nsw i32 %39, 1
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds i8, ptr %37, i64 %41
  %43 = load i8, ptr %42, align 1
  %44 = zext i8 %43 to i32
  %45 = shl i32 %44, 16
  %46 = or i32 %36, %45
  %47 = load ptr, ptr %4, align 8
  %48 = load i32, ptr %6, align 4
  %49 = mul nsw i32 4, %48
  %50 = add nsw i32 %49, 2
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds i8, ptr %47, i64 %51
  %53 = load i8, ptr %52, align 1
  %54 = zext i8 %53 to i32
  %55 = shl i32 %54, 8
  %56 = or i32 %46, %55
  %57 = load ptr, ptr %4, align 8
  %58 = load i32, ptr %6, align 4
  %59 = mul nsw i32 4, %58
  %60 = add nsw i32 %59, 3
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i8, ptr %57, i64 %61
  %63 = load i8, ptr %62, align 1
  %64 = zext i8 %63 to i32
  %65 = or i32 %56, %64
  %66 = load i32, ptr %6, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %67
  store i32 %65, ptr %68, align 4
  br label %69

69:                                               ; preds = %28
  %70 = load i32, ptr %6, align 4
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %6, align 4
  br label %25, !llvm.loop !11

72:                                               ; preds = %25
  store i32 16, ptr %7, align 4
  br label %73

73:                                               ; preds = %163, %72
  %74 = load i32, ptr %7, align 4
  %75 = icmp slt i32 %74, 64
  br i1 %75, label %76, label %166

76:                                               ; preds = %73
  %77 = load i32, ptr %7, align 4
  %78 = sub nsw i32 %77, 15
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %79
  %81 = load i32, ptr %80, align 4
  %82 = lshr i32 %81, 7
  %83 = load i32, ptr %7, align 4
  %84 = sub nsw i32 %83, 15
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %85
  %87 = load i32, ptr %86, align 4
  %88 = shl i32 %87, 25
  %89 = or i32 %82, %88
  %90 = load i32, ptr %7, align 4
  %91 = sub nsw i32 %90, 15
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %92
  %94 = load i32, ptr %93, align 4
  %95 = lshr i32 %94, 18
  %96 = load i32, ptr %7, align 4
  %97 = sub nsw i32 %96, 15
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4
  %101 = shl i32 %100, 14
  %102 = or i32 %95, %101
  %103 = xor i32 %89, %102
  %104 = load i32, ptr %7, align 4
  %105 = sub nsw i32 %104, 15
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %106
  %108 = load i32, ptr %107, align 4
  %109 = lshr i32 %108, 3
  %110 = xor i32 %103, %109
  store i32 %110, ptr %8, align 4
  %111 = load i32, ptr %7, align 4
  %112 = sub nsw i32 %111, 2
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %113
  %115 = load i32, ptr %114, align 4
  %116 = lshr i32 %115, 17
  %117 = load i32, ptr %7, align 4
  %118 = sub nsw i32 %117, 2
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %119
  %121 = load i32, ptr %120, align 4
  %122 = shl i32 %121, 15
  %123 = or i32 %116, %122
  %124 = load i32, ptr %7, align 4
  %125 = sub nsw i32 %124, 2
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %126
  %128 = load i32, ptr %127, align 4
  %129 = lshr i32 %128, 19
  %130 = load i32, ptr %7, align 4
  %131 = sub nsw i32 %130, 2
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %132
  %134 = load i32, ptr %133, align 4
  %135 = shl i32 %134, 13
  %136 = or i32 %129, %135
  %137 = xor i32 %123, %136
  %138 = load i32, ptr %7, align 4
  %139 = sub nsw i32 %138, 2
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %140
  %142 = load i32, ptr %141, align 4
  %143 = lshr i32 %142, 10
  %144 = xor i32 %137, %143
  store i32 %144, ptr %9, align 4
  %145 = load i32, ptr %7, align 4
  %146 = sub nsw i32 %145, 16
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %147
  %149 = load i32, ptr %148, align 4
  %150 = load i32, ptr %8, align 4
  %151 = add i32 %149, %150
  %152 = load i32, ptr %7, align 4
  %153 = sub nsw i32 %152, 7
  %154 = sext i32 %153 to i64
  %155 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %154
  %156 = load i32, ptr %155, align 4
  %157 = add i32 %151, %156
  %158 = load i32, ptr %9, align 4
  %159 = add i32 %157, %158
  %160 = load i32, ptr %7, align 4
  %161 = sext i32 %160 to i64
  %162 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %161
  store i32 %159, ptr %162, align 4
  br label %163

163:                                              ; preds = %76
  %164 = load i32, ptr %7, align 4
  %165 = add nsw i32 %164, 1
  store i32 %165, ptr %7, align 4
  br label %73, !llvm.loop !12

166:                                              ; preds = %73
  %167 = load ptr, ptr %3, align 8
  %168 = getelementptr inbounds i32, ptr %167, i64 0
  %169 = load i32, ptr %168, align 4
  store i32 %169, ptr %10, align 4
  %170 = load ptr, ptr %3, align 8
  %171 = getelementptr inbounds i32, ptr %170, i64 1
  %172 = load i32, ptr %171, align 4
  store i32 %172, ptr %11, align 4
  %173 = load ptr, ptr %3, align 8
  %174 = getelementptr inbounds i32, ptr %173, i64 2
  %175 = load i32, ptr %174, align 4
  store i32 %175, ptr %12, align 4
  %176 = load ptr, ptr %3, align 8
  %177 = getelementptr inbounds i32, ptr %176, i64 3
  %178 = load i32, ptr %177, align 4
  store i32 %178, ptr %13, align 4
  %179 = load ptr, ptr %3, align 8
  %180 = getelementptr inbounds i32, ptr %179, i64 4
  %181 = load i32, ptr %180, align 4
  store i32 %181, ptr %14, align 4
  %182 = load ptr, ptr %3, align 8
  %183 = getelementptr inbounds i32, ptr %182, i64 5
  %184 = load i32, ptr %183, align 4
  store i32 %184, ptr %15, align 4
  %185 = load ptr, ptr %3, align 8
  %186 = getelementptr inbounds i32, ptr %185, i64 6
  %187 = load i32, ptr %186, align 4
  store i32 %187, ptr %16, align 4
  %188 = load ptr, ptr %3, align 8
  %189 = getelementptr inbounds i32, ptr %188, i64 7
  %190 = load i32, ptr %189, align 4
  store i32 %190, ptr %17, align 4
  store i32 0, ptr %18, align 4
  br label %191

191:                                              ; preds = %278, %166
  %192 = load i32, ptr %18, align 4
  %193 = icmp slt i32 %192, 64
  br i1 %193, label %194, label %281

194:                                              ; preds = %191
  %195 = load i32, ptr %14, align 4
  %196 = lshr i32 %195, 6
  %197 = load i32, ptr %14, align 4
  %198 = shl i32 %197, 26
  %199 = or i32 %196, %198
  %200 = load i32, ptr %14, align 4
  %201 = lshr i32 %200, 11
  %202 = load i32, ptr %14, align 4
  %203 = shl i32 %202, 21
  %204 = or i32 %201, %203
  %205 = xor i32 %199, %204
  %206 = load i32, ptr %14, align 4
  %207 = lshr i32 %206, 25
  %208 = load i32, ptr %14, align 4
  %209 = shl i32 %208, 7
  %210 = or i32 %207, %209
  %211 = xor i32 %205, %210
  store i32 %211, ptr %19, align 4
  %212 = load i32, ptr %14, align 4
  %213 = load i32, ptr %15, align 4
  %214 = and i32 %212, %213
  %215 = load i32, ptr %14, align 4
  %216 = xor i32 %215, -1
  %217 = load i32, ptr %16, align 4
  %218 = and i32 %216, %217
  %219 = xor i32 %214, %218
  store i32 %219, ptr %20, align 4
  %220 = load i32, ptr %17, align 4
  %221 = load i32, ptr %19, align 4
  %222 = add i32 %220, %221
  %223 = load i32, ptr %20, align 4
  %224 = add i32 %222, %223
  %225 = load i32, ptr %18, align 4
  %226 = sext i32 %225 to i64
  %227 = getelementptr inbounds [64 x i32], ptr @K, i64 0, i64 %226
  %228 = load i32, ptr %227, align 4
  %229 = add i32 %224, %228
  %230 = load i32, ptr %18, align 4
  %231 = sext i32 %230 to i64
  %232 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %231
  %233 = load i32, ptr %232, align 4
  %234 = add i32 %229, %233
  store i32 %234, ptr %21, align 4
  %235 = load i32, ptr %10, align 4
  %236 = lshr i32 %235, 2
  %237 = load i32, ptr %10, align 4
  %238 = shl i32 %237, 30
  %239 = or i32 %236, %238
  %240 = load i32, ptr %10, align 4
  %241 = lshr i32 %240, 13
  %242 = load i32, ptr %10, align 4
  %243 = shl i32 %242, 19
  %244 = or i32 %241, %243
  %245 = xor i32 %239, %244
  %246 = load i32, ptr %10, align 4
  %247 = lshr i32 %246, 22
  %248 = load i32, ptr %10, align 4
  %249 = shl i32 %248, 10
  %250 = or i32 %247, %249
  %251 = xor i32 %245, %250
  store i32 %251, ptr %22, align 4
  %252 = load i32, ptr %10, align 4
  %253 = load i32, ptr %11, align 4
  %254 = and i32 %252, %253
  %255 = load i32, ptr %10, align 4
  %256 = load i32, ptr %12, align 4
  %257 = and i32 %255, %256
  %258 = xor i32 %254, %257
  %259 = load i32, ptr %11, align 4
  %260 = load i32, ptr %12, align 4
  %261 = and i32 %259, %260
  %262 = xor i32 %258, %261
  store i32 %262, ptr %23, align 4
  %263 = load i32, ptr %22, align 4
  %264 = load i32, ptr %23, align 4
  %265 = add i32 %263, %264
  store i32 %265, ptr %24, align 4
  %266 = load i32, ptr %16, align 4
  store i32 %266, ptr %17, align 4
  %267 = load i32, ptr %15, align 4
  store i32 %267, ptr %16, align 4
  %268 = load i32, ptr %14, align 4
  store i32 %268, ptr %15, align 4
  %269 = load i32, ptr %13, align 4
  %270 = load i32, ptr %21, align 4
  %271 = add i32 %269, %270
  store i32 %271, ptr %14, align 4
  %272 = load i32, ptr %12, align 4
  store i32 %272, ptr %13, align 4
  %273 = load i32, ptr %11, align 4
  store i32 %273, ptr %12, align 4
  %274 = load i32, ptr %10, align 4
  store i32 %274, ptr %11, align 4
  %275 = load i32, ptr %21, align 4
  %276 = load i32, ptr %24, align 4
  %277 = add i32 %275, %276
  store i32 %277, ptr %10, align 4
  br label %278

278:                                              ; preds = %194
  %279 = load i32, ptr %18, align 4
  %280 = add nsw i32 %279, 1
  store i32 %280, ptr %18, align 4
  br label %191, !llvm.loop !13

281:                                              ; preds = %191
  %282 = load i32, ptr %10, align 4
  %283 = load ptr, ptr %3, align 8
  %284 = getelementptr inbounds i32, ptr %283, i64 0
  %285 = load i32, ptr %284, align 4
  %286 = add i32 %285, %282
  store i32 %286, ptr %284, align 4
  %287 = load i32, ptr %11, align 4
  %288 = load ptr, ptr %3, align 8
  %289 = getelementptr inbounds i32, ptr %288, i64 1
  %290 = load i32, ptr %289, align 4
  %291 = add i32 %290, %287
  store i32 %291, ptr %289, align 4
  %292 = load i32, ptr %12, align 4
  %293 = load ptr, ptr %3, align 8
  %294 = getelementptr inbounds i32, ptr %293, i64 2
  %295 = load i32, ptr %294, align 4
  %296 = add i32 %295, %292
  store i32 %296, ptr %294, align 4
  %297 = load i32, ptr %13, align 4
  %298 = load ptr, ptr %3, align 8
  %299 = getelementptr inbounds i32, ptr %298, i64 3
  %300 = load i32, ptr %299, align 4
  %301 = add i32 %300, %297
  store i32 %301, ptr %299, align 4
  %302 = load i32, ptr %14, align 4
  %303 = load ptr, ptr %3, align 8
  %304 = getelementptr inbounds i32, ptr %303, i64 4
  %305 = load i32, ptr %304, align 4
  %306 = add i32 %305, %302
  store i32 %306, ptr %304, align 4
  %307 = load i32, ptr %15, align 4
  %308 = load ptr, ptr %3, align 8
  %309 = getelementptr inbounds i32, ptr %308, i64 5
  %310 = load i32, ptr %309, align 4
  %311 = add i32 %310, %307
  store i32 %311, ptr %309, align 4
  %312 = load i32, ptr %16, align 4
  %313 = load ptr, ptr %3, align 8
  %314 = getelementptr inbounds i32, ptr %313, i64 6
  %315 = load i32, ptr %314, align 4
  %316 = add i32 %315, %312
  store i32 %316, ptr %314, align 4
  %317 = load i32, ptr %17, align 4
  %318 = load ptr, ptr %3, align 8
  %319 = getelementptr inbounds i32, ptr %318, i64 7
  %320 = load i32, ptr %319, align 4
  %321 = add i32 %320, %317
  store i32 %321, ptr %319, align 4
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
