; ModuleID = 'bitset_alloc.c'
source_filename = "bitset_alloc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i32 1234567, align 4
@bitmap = internal global [16 x i64] zeroinitializer, align 16
@ring_tail = internal global i32 0, align 4
@ring_head = internal global i32 0, align 4
@ring = internal global [64 x i32] zeroinitializer, align 16
@keys = internal global [256 x i32] zeroinitializer, align 16
@vals = internal global [256 x i32] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca [32 x i32], align 16
  %4 = alloca [32 x i32], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = load i32, ptr @g_seed, align 4
  store i32 %15, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 0, ptr %5, align 4
  call void @llvm.memset.p0.i64(ptr align 16 @bitmap, i8 0, i64 128, i1 false)
  store i32 0, ptr %6, align 4
  br label %16

16:                                               ; preds = %156, %0
  %17 = load i32, ptr %6, align 4
  %18 = icmp slt i32 %17, 1500
  br i1 %18, label %19, label %159

19:                                               ; preds = %16
  %20 = load i32, ptr %1, align 4
  %21 = shl i32 %20, 13
  %22 = load i32, ptr %1, align 4
  %23 = xor i32 %22, %21
  store i32 %23, ptr %1, align 4
  %24 = load i32, ptr %1, align 4
  %25 = lshr i32 %24, 17
  %26 = load i32, ptr %1, align 4
  %27 = xor i32 %26, %25
  store i32 %27, ptr %1, align 4
  %28 = load i32, ptr %1, align 4
  %29 = shl i32 %28, 5
  %30 = load i32, ptr %1, align 4
  %31 = xor i32 %30, %29
  store i32 %31, ptr %1, align 4
  %32 = load i32, ptr %5, align 4
  %33 = icmp slt i32 %32, 32
  br i1 %33, label %34, label %64

34:                                               ; preds = %19
  %35 = load i32, ptr %1, align 4
  %36 = and i32 %35, 3
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %38, label %64

38:                                               ; preds = %34
  %39 = load i32, ptr %1, align 4
  %40 = lshr i32 %39, 8
  %41 = srem i32 %40, 40
  %42 = add nsw i32 1, %41
  store i32 %42, ptr %7, align 4
  %43 = load i32, ptr %7, align 4
  %44 = call i32 @alloc_run(i32 noundef %43)
  store i32 %44, ptr %8, align 4
  %45 = load i64, ptr %2, align 8
  %46 = mul i64 %45, 31
  %47 = load i32, ptr %8, align 4
  %48 = sext i32 %47 to i64
  %49 = add i64 %46, %48
  store i64 %49, ptr %2, align 8
  %50 = load i32, ptr %8, align 4
  %51 = icmp sge i32 %50, 0
  br i1 %51, label %52, label %63

52:                                               ; preds = %38
  %53 = load i32, ptr %8, align 4
  %54 = load i32, ptr %5, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [32 x i32], ptr %3, i64 0, i64 %55
  store i32 %53, ptr %56, align 4
  %57 = load i32, ptr %7, align 4
  %58 = load i32, ptr %5, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [32 x i32], ptr %4, i64 0, i64 %59
  store i32 %57, ptr %60, align 4
  %61 = load i32, ptr %5, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %5, align 4
  br label %63

63:                                               ; preds = %52, %38
  br label %99

64:                                               ; preds = %34, %19
  %65 = load i32, ptr %5, align 4
  %66 = icmp sgt i32 %65, 0
  br i1 %66, label %67, label %98

67:                                               ; preds = %64
  %68 = load i32, ptr %1, align 4
  %69 = lshr i32 %68, 4
  %70 = load i32, ptr %5, align 4
  %71 = srem i32 %69, %70
  store i32 %71, ptr %9, align 4
  %72 = load i32, ptr %9, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [32 x i32], ptr %3, i64 0, i64 %73
  %75 = load i32, ptr %74, align 4
  %76 = load i32, ptr %9, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [32 x i32], ptr %4, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4
  call void @free_run(i32 noundef %75, i32 noundef %79)
  %80 = load i32, ptr %5, align 4
  %81 = sub nsw i32 %80, 1
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [32 x i32], ptr %3, i64 0, i64 %82
  %84 = load i32, ptr %83, align 4
  %85 = load i32, ptr %9, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [32 x i32], ptr %3, i64 0, i64 %86
  store i32 %84, ptr %87, align 4
  %88 = load i32, ptr %5, align 4
  %89 = sub nsw i32 %88, 1
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [32 x i32], ptr %4, i64 0, i64 %90
  %92 = load i32, ptr %91, align 4
  %93 = load i32, ptr %9, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [32 x i32], ptr %4, i64 0, i64 %94
  store i32 %92, ptr %95, align 4
  %96 = load i32, ptr %5, align 4
  %97 = add nsw i32 %96, -1
  store i32 %97, ptr %5, align 4
  br label %98

98:                                               ; preds = %67, %64
  br label %99

99:                                               ; preds = %98, %63
  %100 = call i32 @first_free()
  %101 = sext i32 %100 to i64
  %102 = load i64, ptr %2, align 8
  %103 = add i64 %102, %101
  store i64 %103, ptr %2, align 8
  %104 = load i32, ptr %1, align 4
  %105 = call i32 @ring_push(i32 noundef %104)
  %106 = icmp ne i32 %105, 0
  br i1 %106, label %115, label %107

107:                                              ; preds = %99
  store i32 0, ptr %10, align 4
  %108 = call i32 @ring_pop(ptr noundef %10)
  %109 = load i32, ptr %10, align 4
  %110 = zext i32 %109 to i64
  %111 = load i64, ptr %2, align 8
  %112 = xor i64 %111, %110
  store i64 %112, ptr %2, align 8
  %113 = load i32, ptr %1, align 4
  %114 = call i32 @ring_push(i32 noundef %113)
  br label %115

115:                                              ; preds = %107, %99
  %116 = load i32, ptr %6, align 4
  %117 = srem i32 %116, 3
  %118 = icmp eq i32 %117, 0
  br i1 %118, label %119, label %129

119:                                              ; preds = %115
  store i32 0, ptr %11, align 4
  %120 = call i32 @ring_pop(ptr noundef %11)
  %121 = icmp ne i32 %120, 0
  br i1 %121, label %122, label %128

122:                                              ; preds = %119
  %123 = load i32, ptr %11, align 4
  %124 = lshr i32 %123, 3
  %125 = zext i32 %124 to i64
  %126 = load i64, ptr %2, align 8
  %127 = add i64 %126, %125
  store i64 %127, ptr %2, align 8
  br label %128

128:                                              ; preds = %122, %119
  br label %129

129:                                              ; preds = %128, %115
  %130 = load i32, ptr %1, align 4
  %131 = lshr i32 %130, 20
  %132 = urem i32 %131, 400
  %133 = add i32 2, %132
  store i32 %133, ptr %12, align 4
  %134 = load i32, ptr %1, align 4
  %135 = and i32 %134, 256
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %137, label %140

137:                                              ; preds = %129
  %138 = load i32, ptr %12, align 4
  %139 = load i32, ptr %1, align 4
  call void @ht_put(i32 noundef %138, i32 noundef %139)
  br label %142

140:                                              ; preds = %129
  %141 = load i32, ptr %12, align 4
  call void @ht_del(i32 noundef %141)
  br label %142

142:                                              ; preds = %140, %137
  store i32 0, ptr %13, align 4
  %143 = load i32, ptr %1, align 4
  %144 = lshr i32 %143, 11
  %145 = urem i32 %144, 400
  %146 = add i32 2, %145
  %147 = call i32 @ht_get(i32 noundef %146, ptr noundef %13)
  %148 = icmp ne i32 %147, 0
  br i1 %148, label %149, label %155

149:                                              ; preds = %142
  %150 = load i64, ptr %2, align 8
  %151 = mul i64 %150, 3
  %152 = load i32, ptr %13, align 4
  %153 = zext i32 %152 to i64
  %154 = add i64 %151, %153
  store i64 %154, ptr %2, align 8
  br label %155

155:                                              ; preds = %149, %142
  br label %156

156:                                              ; preds = %155
  %157 = load i32, ptr %6, align 4
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %6, align 4
  br label %16, !llvm.loop !5

159:                                              ; preds = %16
  store i32 0, ptr %14, align 4
  br label %160

160:                                              ; preds = %171, %159
  %161 = load i32, ptr %14, align 4
  %162 = icmp slt i32 %161, 16
  br i1 %162, label %163, label %174

163:                                              ; preds = %160
  %164 = load i64, ptr %2, align 8
  %165 = mul i64 %164, 1000003
  %166 = load i32, ptr %14, align 4
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %167
  %169 = load i64, ptr %168, align 8
  %170 = add i64 %165, %169
  store i64 %170, ptr %2, align 8
  br label %171

171:                                              ; preds = %163
  %172 = load i32, ptr %14, align 4
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %14, align 4
  br label %160, !llvm.loop !7

174:                                              ; preds = %160
  %175 = load i64, ptr %2, align 8
  ret i64 %175
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @alloc_run(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %11

11:                                               ; preds = %75, %1
  %12 = load i32, ptr %5, align 4
  %13 = icmp slt i32 %12, 16
  br i1 %13, label %14, label %78

14:                                               ; preds = %11
  %15 = load i32, ptr %5, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %16
  %18 = load i64, ptr %17, align 8
  store i64 %18, ptr %6, align 8
  %19 = load i64, ptr %6, align 8
  %20 = icmp eq i64 %19, -1
  br i1 %20, label %21, label %22

21:                                               ; preds = %14
  store i32 0, ptr %4, align 4
  br label %75

22:                                               ; preds = %14
  store i32 0, ptr %7, align 4
  br label %23

23:                                               ; preds = %71, %22
  %24 = load i32, ptr %7, align 4
  %25 = icmp slt i32 %24, 64
  br i1 %25, label %26, label %74

26:                                               ; preds = %23
  %27 = load i64, ptr %6, align 8
  %28 = load i32, ptr %7, align 4
  %29 = zext i32 %28 to i64
  %30 = lshr i64 %27, %29
  %31 = and i64 %30, 1
  %32 = icmp ne i64 %31, 0
  br i1 %32, label %33, label %34

33:                                               ; preds = %26
  store i32 0, ptr %4, align 4
  br label %70

34:                                               ; preds = %26
  %35 = load i32, ptr %4, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %4, align 4
  %37 = load i32, ptr %3, align 4
  %38 = icmp eq i32 %36, %37
  br i1 %38, label %39, label %69

39:                                               ; preds = %34
  %40 = load i32, ptr %5, align 4
  %41 = mul nsw i32 %40, 64
  %42 = load i32, ptr %7, align 4
  %43 = add nsw i32 %41, %42
  store i32 %43, ptr %8, align 4
  %44 = load i32, ptr %8, align 4
  %45 = load i32, ptr %3, align 4
  %46 = sub nsw i32 %44, %45
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %9, align 4
  %48 = load i32, ptr %9, align 4
  store i32 %48, ptr %10, align 4
  br label %49

49:                                               ; preds = %64, %39
  %50 = load i32, ptr %10, align 4
  %51 = load i32, ptr %8, align 4
  %52 = icmp sle i32 %50, %51
  br i1 %52, label %53, label %67

53:                                               ; preds = %49
  %54 = load i32, ptr %10, align 4
  %55 = srem i32 %54, 64
  %56 = zext i32 %55 to i64
  %57 = shl i64 1, %56
  %58 = load i32, ptr %10, align 4
  %59 = sdiv i32 %58, 64
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %60
  %62 = load i64, ptr %61, align 8
  %63 = or i64 %62, %57
  store i64 %63, ptr %61, align 8
  br label %64

64:                                               ; preds = %53
  %65 = load i32, ptr %10, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %10, align 4
  br label %49, !llvm.loop !8

67:                                               ; preds = %49
  %68 = load i32, ptr %9, align 4
  store i32 %68, ptr %2, align 4
  br label %79

69:                                               ; preds = %34
  br label %70

70:                                               ; preds = %69, %33
  br label %71

71:                                               ; preds = %70
  %72 = load i32, ptr %7, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %7, align 4
  br label %23, !llvm.loop !9

74:                                               ; preds = %23
  br label %75

75:                                               ; preds = %74, %21
  %76 = load i32, ptr %5, align 4
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %5, align 4
  br label %11, !llvm.loop !10

78:                                               ; preds = %11
  store i32 -1, ptr %2, align 4
  br label %79

79:                                               ; preds = %78, %67
  %80 = load i32, ptr %2, align 4
  ret i32 %80
}

; Function Attrs: noinline nounwind optnone
define internal void @free_run(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %6 = load i32, ptr %3, align 4
  store i32 %6, ptr %5, align 4
  br label %7

7:                                                ; preds = %25, %2
  %8 = load i32, ptr %5, align 4
  %9 = load i32, ptr %3, align 4
  %10 = load i32, ptr %4, align 4
  %11 = add nsw i32 %9, %10
  %12 = icmp slt i32 %8, %11
  br i1 %12, label %13, label %28

13:                                               ; preds = %7
  %14 = load i32, ptr %5, align 4
  %15 = srem i32 %14, 64
  %16 = zext i32 %15 to i64
  %17 = shl i64 1, %16
  %18 = xor i64 %17, -1
  %19 = load i32, ptr %5, align 4
  %20 = sdiv i32 %19, 64
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %21
  %23 = load i64, ptr %22, align 8
  %24 = and i64 %23, %18
  store i64 %24, ptr %22, align 8
  br label %25

25:                                               ; preds = %13
  %26 = load i32, ptr %5, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %5, align 4
  br label %7, !llvm.loop !11

28:                                               ; preds = %7
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @first_free() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 0, ptr %2, align 4
  br label %3

3:                                                ; preds = %25, %0
  %4 = load i32, ptr %2, align 4
  %5 = icmp slt i32 %4, 16
  br i1 %5, label %6, label %28

6:                                                ; preds = %3
  %7 = load i32, ptr %2, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %8
  %10 = load i64, ptr %9, align 8
  %11 = xor i64 %10, -1
  %12 = icmp ne i64 %11, 0
  br i1 %12, label %13, label %24

13:                                               ; preds = %6
  %14 = load i32, ptr %2, align 4
  %15 = mul nsw i32 %14, 64
  %16 = load i32, ptr %2, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [16 x i64], ptr @bitmap, i64 0, i64 %17
  %19 = load i64, ptr %18, align 8
  %20 = xor i64 %19, -1
  %21 = call i64 @llvm.cttz.i64(i64 %20, i1 true)
  %22 = trunc i64 %21 to i32
  %23 = add nsw i32 %15, %22
  store i32 %23, ptr %1, align 4
  br label %29

24:                                               ; preds = %6
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %2, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %2, align 4
  br label %3, !llvm.loop !12

28:                                               ; preds = %3
  store i32 -1, ptr %1, align 4
  br label %29

29:                                               ; preds = %28, %13
  %30 = load i32, ptr %1, align 4
  ret i32 %30
}

; Function Attrs: noinline nounwind optnone
define internal i32 @ring_push(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr @ring_tail, align 4
  %5 = load i32, ptr @ring_head, align 4
  %6 = sub i32 %4, %5
  %7 = icmp eq i32 %6, 64
  br i1 %7, label %8, label %9

8:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %16

9:                                                ; preds = %1
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr @ring_tail, align 4
  %12 = add i32 %11, 1
  store i32 %12, ptr @ring_tail, align 4
  %13 = and i32 %11, 63
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds [64 x i32], ptr @ring, i64 0, i64 %14
  store i32 %10, ptr %15, align 4
  store i32 1, ptr %2, align 4
  br label %16

16:                                               ; preds = %9, %8
  %17 = load i32, ptr %2, align 4
  ret i32 %17
}

; Function Attrs: noinline nounwind optnone
define internal i32 @ring_pop(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load i32, ptr @ring_tail, align 4
  %5 = load i32, ptr @ring_head, align 4
  %6 = icmp eq i32 %4, %5
  br i1 %6, label %7, label %8

7:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %16

8:                                                ; preds = %1
  %9 = load i32, ptr @ring_head, align 4
  %10 = add i32 %9, 1
  store i32 %10, ptr @ring_head, align 4
  %11 = and i32 %9, 63
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds [64 x i32], ptr @ring, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4
  %15 = load ptr, ptr %3, align 8
  store i32 %14, ptr %15, align 4
  store i32 1, ptr %2, align 4
  br label %16

16:                                               ; preds = %8, %7
  %17 = load i32, ptr %2, align 4
  ret i32 %17
}

; Function Attrs: noinline nounwind optnone
define internal void @ht_put(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %8 = load i32, ptr %3, align 4
  %9 = call i32 @slot_of(i32 noundef %8)
  store i32 %9, ptr %5, align 4
  store i32 256, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %10

10:                                               ; preds = %57, %2
  %11 = load i32, ptr %7, align 4
  %12 = icmp ult i32 %11, 256
  br i1 %12, label %13, label %63

13:                                               ; preds = %10
  %14 = load i32, ptr %5, align 4
  %15 = zext i32 %14 to i64
  %16 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = load i32, ptr %3, align 4
  %19 = icmp eq i32 %17, %18
  br i1 %19, label %20, label %25

20:                                               ; preds = %13
  %21 = load i32, ptr %4, align 4
  %22 = load i32, ptr %5, align 4
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds [256 x i32], ptr @vals, i64 0, i64 %23
  store i32 %21, ptr %24, align 4
  br label %75

25:                                               ; preds = %13
  %26 = load i32, ptr %5, align 4
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4
  %30 = icmp eq i32 %29, 1
  br i1 %30, label %31, label %36

31:                                               ; preds = %25
  %32 = load i32, ptr %6, align 4
  %33 = icmp eq i32 %32, 256
  br i1 %33, label %34, label %36

34:                                               ; preds = %31
  %35 = load i32, ptr %5, align 4
  store i32 %35, ptr %6, align 4
  br label %36

36:                                               ; preds = %34, %31, %25
  %37 = load i32, ptr %5, align 4
  %38 = zext i32 %37 to i64
  %39 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %38
  %40 = load i32, ptr %39, align 4
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %56

42:                                               ; preds = %36
  %43 = load i32, ptr %6, align 4
  %44 = icmp ne i32 %43, 256
  br i1 %44, label %45, label %47

45:                                               ; preds = %42
  %46 = load i32, ptr %6, align 4
  store i32 %46, ptr %5, align 4
  br label %47

47:                                               ; preds = %45, %42
  %48 = load i32, ptr %3, align 4
  %49 = load i32, ptr %5, align 4
  %50 = zext i32 %49 to i64
  %51 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %50
  store i32 %48, ptr %51, align 4
  %52 = load i32, ptr %4, align 4
  %53 = load i32, ptr %5, align 4
  %54 = zext i32 %53 to i64
  %55 = getelementptr inbounds [256 x i32], ptr @vals, i64 0, i64 %54
  store i32 %52, ptr %55, align 4
  br label %75

56:                                               ; preds = %36
  br label %57

57:                                               ; preds = %56
  %58 = load i32, ptr %7, align 4
  %59 = add i32 %58, 1
  store i32 %59, ptr %7, align 4
  %60 = load i32, ptr %5, align 4
  %61 = add i32 %60, 1
  %62 = and i32 %61, 255
  store i32 %62, ptr %5, align 4
  br label %10, !llvm.loop !13

63:                                               ; preds = %10
  %64 = load i32, ptr %6, align 4
  %65 = icmp ne i32 %64, 256
  br i1 %65, label %66, label %75

66:                                               ; preds = %63
  %67 = load i32, ptr %3, align 4
  %68 = load i32, ptr %6, align 4
  %69 = zext i32 %68 to i64
  %70 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %69
  store i32 %67, ptr %70, align 4
  %71 = load i32, ptr %4, align 4
  %72 = load i32, ptr %6, align 4
  %73 = zext i32 %72 to i64
  %74 = getelementptr inbounds [256 x i32], ptr @vals, i64 0, i64 %73
  store i32 %71, ptr %74, align 4
  br label %75

75:                                               ; preds = %20, %47, %66, %63
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @ht_del(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %5 = load i32, ptr %2, align 4
  %6 = call i32 @slot_of(i32 noundef %5)
  store i32 %6, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %7

7:                                                ; preds = %30, %1
  %8 = load i32, ptr %4, align 4
  %9 = icmp ult i32 %8, 256
  br i1 %9, label %10, label %16

10:                                               ; preds = %7
  %11 = load i32, ptr %3, align 4
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4
  %15 = icmp ne i32 %14, 0
  br label %16

16:                                               ; preds = %10, %7
  %17 = phi i1 [ false, %7 ], [ %15, %10 ]
  br i1 %17, label %18, label %36

18:                                               ; preds = %16
  %19 = load i32, ptr %3, align 4
  %20 = zext i32 %19 to i64
  %21 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  %23 = load i32, ptr %2, align 4
  %24 = icmp eq i32 %22, %23
  br i1 %24, label %25, label %29

25:                                               ; preds = %18
  %26 = load i32, ptr %3, align 4
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %27
  store i32 1, ptr %28, align 4
  br label %36

29:                                               ; preds = %18
  br label %30

30:                                               ; preds = %29
  %31 = load i32, ptr %4, align 4
  %32 = add i32 %31, 1
  store i32 %32, ptr %4, align 4
  %33 = load i32, ptr %3, align 4
  %34 = add i32 %33, 1
  %35 = and i32 %34, 255
  store i32 %35, ptr %3, align 4
  br label %7, !llvm.loop !14

36:                                               ; preds = %25, %16
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @ht_get(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %8 = load i32, ptr %4, align 4
  %9 = call i32 @slot_of(i32 noundef %8)
  store i32 %9, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %10

10:                                               ; preds = %35, %2
  %11 = load i32, ptr %7, align 4
  %12 = icmp ult i32 %11, 256
  br i1 %12, label %13, label %19

13:                                               ; preds = %10
  %14 = load i32, ptr %6, align 4
  %15 = zext i32 %14 to i64
  %16 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = icmp ne i32 %17, 0
  br label %19

19:                                               ; preds = %13, %10
  %20 = phi i1 [ false, %10 ], [ %18, %13 ]
  br i1 %20, label %21, label %41

21:                                               ; preds = %19
  %22 = load i32, ptr %6, align 4
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds [256 x i32], ptr @keys, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = load i32, ptr %4, align 4
  %27 = icmp eq i32 %25, %26
  br i1 %27, label %28, label %34

28:                                               ; preds = %21
  %29 = load i32, ptr %6, align 4
  %30 = zext i32 %29 to i64
  %31 = getelementptr inbounds [256 x i32], ptr @vals, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4
  %33 = load ptr, ptr %5, align 8
  store i32 %32, ptr %33, align 4
  store i32 1, ptr %3, align 4
  br label %42

34:                                               ; preds = %21
  br label %35

35:                                               ; preds = %34
  %36 = load i32, ptr %7, align 4
  %37 = add i32 %36, 1
  store i32 %37, ptr %7, align 4
  %38 = load i32, ptr %6, align 4
  %39 = add i32 %38, 1
  %40 = and i32 %39, 255
  store i32 %40, ptr %6, align 4
  br label %10, !llvm.loop !15

41:                                               ; preds = %19
  store i32 0, ptr %3, align 4
  br label %42

42:                                               ; preds = %41, %28
  %43 = load i32, ptr %3, align 4
  ret i32 %43
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @slot_of(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = lshr i32 %3, 16
  %5 = load i32, ptr %2, align 4
  %6 = xor i32 %5, %4
  store i32 %6, ptr %2, align 4
  %7 = load i32, ptr %2, align 4
  %8 = mul i32 %7, 2146121005
  store i32 %8, ptr %2, align 4
  %9 = load i32, ptr %2, align 4
  %10 = lshr i32 %9, 15
  %11 = load i32, ptr %2, align 4
  %12 = xor i32 %11, %10
  store i32 %12, ptr %2, align 4
  %13 = load i32, ptr %2, align 4
  %14 = and i32 %13, 255
  ret i32 %14
}

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
