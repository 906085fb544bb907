; ModuleID = 'func_pointers.c'
source_filename = "func_pointers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.ShapeVtbl = type { ptr, ptr }
%struct.Shape = type { ptr, i32, i32 }

@g_seed = dso_local global i32 31337, align 4
@table = internal global [6 x ptr] [ptr @op_add, ptr @op_sub, ptr @op_mul, ptr @op_xor, ptr @op_max, ptr @op_min], align 16
@checksum.cmps = internal constant [3 x ptr] [ptr @cmp_asc, ptr @cmp_desc, ptr @cmp_abs], align 16
@rect_vt = internal constant %struct.ShapeVtbl { ptr @rect_area, ptr @rect_perim }, align 8
@tri_vt = internal constant %struct.ShapeVtbl { ptr @tri_area, ptr @tri_perim }, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca [200 x i32], align 16
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [10 x %struct.Shape], align 16
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = load i32, ptr @g_seed, align 4
  store i32 %13, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %14

14:                                               ; preds = %27, %0
  %15 = load i32, ptr %3, align 4
  %16 = icmp slt i32 %15, 200
  br i1 %16, label %17, label %30

17:                                               ; preds = %14
  %18 = load i32, ptr %2, align 4
  %19 = mul i32 %18, 1103515245
  %20 = add i32 %19, 12345
  store i32 %20, ptr %2, align 4
  %21 = load i32, ptr %2, align 4
  %22 = lshr i32 %21, 12
  %23 = sub nsw i32 %22, 524288
  %24 = load i32, ptr %3, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %25
  store i32 %23, ptr %26, align 4
  br label %27

27:                                               ; preds = %17
  %28 = load i32, ptr %3, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %3, align 4
  br label %14, !llvm.loop !5

30:                                               ; preds = %14
  store i64 0, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %31

31:                                               ; preds = %46, %30
  %32 = load i32, ptr %5, align 4
  %33 = icmp slt i32 %32, 6
  br i1 %33, label %34, label %49

34:                                               ; preds = %31
  %35 = load i64, ptr %4, align 8
  %36 = mul i64 %35, 1000003
  %37 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 0
  %38 = load i32, ptr %5, align 4
  %39 = sext i32 %38 to i64
  %40 = load i32, ptr %5, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [6 x ptr], ptr @table, i64 0, i64 %41
  %43 = load ptr, ptr %42, align 8
  %44 = call i64 @fold(ptr noundef %37, i32 noundef 200, i64 noundef %39, ptr noundef %43)
  %45 = add i64 %36, %44
  store i64 %45, ptr %4, align 8
  br label %46

46:                                               ; preds = %34
  %47 = load i32, ptr %5, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %5, align 4
  br label %31, !llvm.loop !7

49:                                               ; preds = %31
  store i32 0, ptr %6, align 4
  br label %50

50:                                               ; preds = %79, %49
  %51 = load i32, ptr %6, align 4
  %52 = icmp slt i32 %51, 600
  br i1 %52, label %53, label %82

53:                                               ; preds = %50
  %54 = load i32, ptr %6, align 4
  %55 = srem i32 %54, 200
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %56
  %58 = load i32, ptr %57, align 4
  %59 = load i32, ptr %6, align 4
  %60 = add nsw i32 %58, %59
  %61 = urem i32 %60, 6
  %62 = zext i32 %61 to i64
  %63 = getelementptr inbounds [6 x ptr], ptr @table, i64 0, i64 %62
  %64 = load ptr, ptr %63, align 8
  store ptr %64, ptr %7, align 8
  %65 = load i64, ptr %4, align 8
  %66 = mul i64 %65, 7
  %67 = load ptr, ptr %7, align 8
  %68 = load i64, ptr %4, align 8
  %69 = srem i64 %68, 100000
  %70 = load i32, ptr %6, align 4
  %71 = mul nsw i32 %70, 13
  %72 = srem i32 %71, 200
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %73
  %75 = load i32, ptr %74, align 4
  %76 = sext i32 %75 to i64
  %77 = call i64 %67(i64 noundef %69, i64 noundef %76)
  %78 = add i64 %66, %77
  store i64 %78, ptr %4, align 8
  br label %79

79:                                               ; preds = %53
  %80 = load i32, ptr %6, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %6, align 4
  br label %50, !llvm.loop !8

82:                                               ; preds = %50
  store i32 0, ptr %8, align 4
  br label %83

83:                                               ; preds = %108, %82
  %84 = load i32, ptr %8, align 4
  %85 = icmp slt i32 %84, 3
  br i1 %85, label %86, label %111

86:                                               ; preds = %83
  %87 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 0
  %88 = load i32, ptr %8, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [3 x ptr], ptr @checksum.cmps, i64 0, i64 %89
  %91 = load ptr, ptr %90, align 8
  call void @sort_with(ptr noundef %87, i32 noundef 200, ptr noundef %91)
  store i32 0, ptr %9, align 4
  br label %92

92:                                               ; preds = %104, %86
  %93 = load i32, ptr %9, align 4
  %94 = icmp slt i32 %93, 200
  br i1 %94, label %95, label %107

95:                                               ; preds = %92
  %96 = load i64, ptr %4, align 8
  %97 = mul i64 %96, 31
  %98 = load i32, ptr %9, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %99
  %101 = load i32, ptr %100, align 4
  %102 = zext i32 %101 to i64
  %103 = add i64 %97, %102
  store i64 %103, ptr %4, align 8
  br label %104

104:                                              ; preds = %95
  %105 = load i32, ptr %9, align 4
  %106 = add nsw i32 %105, 7
  store i32 %106, ptr %9, align 4
  br label %92, !llvm.loop !9

107:                                              ; preds = %92
  br label %108

108:                                              ; preds = %107
  %109 = load i32, ptr %8, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %8, align 4
  br label %83, !llvm.loop !10

111:                                              ; preds = %83
  store i32 0, ptr %11, align 4
  br label %112

112:                                              ; preds = %138, %111
  %113 = load i32, ptr %11, align 4
  %114 = icmp slt i32 %113, 10
  br i1 %114, label %115, label %141

115:                                              ; preds = %112
  %116 = load i32, ptr %11, align 4
  %117 = srem i32 %116, 3
  %118 = icmp ne i32 %117, 0
  %119 = zext i1 %118 to i64
  %120 = select i1 %118, ptr @rect_vt, ptr @tri_vt
  %121 = load i32, ptr %11, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [10 x %struct.Shape], ptr %10, i64 0, i64 %122
  %124 = getelementptr inbounds %struct.Shape, ptr %123, i32 0, i32 0
  store ptr %120, ptr %124, align 16
  %125 = load i32, ptr %11, align 4
  %126 = add nsw i32 %125, 3
  %127 = load i32, ptr %11, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [10 x %struct.Shape], ptr %10, i64 0, i64 %128
  %130 = getelementptr inbounds %struct.Shape, ptr %129, i32 0, i32 1
  store i32 %126, ptr %130, align 8
  %131 = load i32, ptr %11, align 4
  %132 = mul nsw i32 2, %131
  %133 = add nsw i32 %132, 1
  %134 = load i32, ptr %11, align 4
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds [10 x %struct.Shape], ptr %10, i64 0, i64 %135
  %137 = getelementptr inbounds %struct.Shape, ptr %136, i32 0, i32 2
  store i32 %133, ptr %137, align 4
  br label %138

138:                                              ; preds = %115
  %139 = load i32, ptr %11, align 4
  %140 = add nsw i32 %139, 1
  store i32 %140, ptr %11, align 4
  br label %112, !llvm.loop !11

141:                                              ; preds = %112
  store i32 0, ptr %12, align 4
  br label %142

142:                                              ; preds = %173, %141
  %143 = load i32, ptr %12, align 4
  %144 = icmp slt i32 %143, 10
  br i1 %144, label %145, label %176

145:                                              ; preds = %142
  %146 = load i64, ptr %4, align 8
  %147 = mul i64 %146, 13
  %148 = load i32, ptr %12, align 4
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [10 x %struct.Shape], ptr %10, i64 0, i64 %149
  %151 = getelementptr inbounds %struct.Shape, ptr %150, i32 0, i32 0
  %152 = load ptr, ptr %151, align 16
  %153 = getelementptr inbounds %struct.ShapeVtbl, ptr %152, i32 0, i32 0
  %154 = load ptr, ptr %153, align 8
  %155 = load i32, ptr %12, align 4
  %156 = sext i32 %155 to i64
  %157 = getelementptr inbounds [10 x %struct.Shape], ptr %10, i64 0, i64 %156
  %158 = call i64 %154(ptr noundef %157)
  %159 = mul nsw i64 %158, 100
  %160 = load i32, ptr %12, align 4
  %161 = sext i32 %160 to i64
  %162 = getelementptr inbounds [10 x %struct.Shape], ptr %10, i64 0, i64 %161
  %163 = getelementptr inbounds %struct.Shape, ptr %162, i32 0, i32 0
  %164 = load ptr, ptr %163, align 16
  %165 = getelementptr inbounds %struct.ShapeVtbl, ptr %164, i32 0, i32 1
  %166 = load ptr, ptr %165, align 8
  %167 = load i32, ptr %12, align 4
  %168 = sext i32 %167 to i64
  %169 = getelementptr inbounds [10 x %struct.Shape], ptr %10, i64 0, i64 %168
  %170 = call i64 %166(ptr noundef %169)
  %171 = add nsw i64 %159, %170
  %172 = add i64 %147, %171
  store i64 %172, ptr %4, align 8
  br label %173

173:                                              ; preds = %145
  %174 = load i32, ptr %12, align 4
  %175 = add nsw i32 %174, 1
  store i32 %175, ptr %12, align 4
  br label %142, !llvm.loop !12

176:                                              ; preds = %142
  %177 = load i64, ptr %4, align 8
  ret i64 %177
}

; Function Attrs: noinline nounwind optnone
define internal i64 @fold(ptr noundef %0, i32 noundef %1, i64 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i64 %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %24, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %27

14:                                               ; preds = %10
  %15 = load ptr, ptr %8, align 8
  %16 = load i64, ptr %7, align 8
  %17 = load ptr, ptr %5, align 8
  %18 = load i32, ptr %9, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i32, ptr %17, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = sext i32 %21 to i64
  %23 = call i64 %15(i64 noundef %16, i64 noundef %22)
  store i64 %23, ptr %7, align 8
  br label %24

24:                                               ; preds = %14
  %25 = load i32, ptr %9, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %9, align 4
  br label %10, !llvm.loop !13

27:                                               ; preds = %10
  %28 = load i64, ptr %7, align 8
  ret i64 %28
}

; Function Attrs: noinline nounwind optnone
define internal i32 @cmp_asc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %5, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %9, align 4
  store i32 %10, ptr %6, align 4
  %11 = load i32, ptr %5, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp sgt i32 %11, %12
  %14 = zext i1 %13 to i32
  %15 = load i32, ptr %5, align 4
  %16 = load i32, ptr %6, align 4
  %17 = icmp slt i32 %15, %16
  %18 = zext i1 %17 to i32
  %19 = sub nsw i32 %14, %18
  ret i32 %19
}

; Function Attrs: noinline nounwind optnone
define internal i32 @cmp_desc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = call i32 @cmp_asc(ptr noundef %5, ptr noundef %6)
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone
define internal i32 @cmp_abs(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %5, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %9, align 4
  store i32 %10, ptr %6, align 4
  %11 = load i32, ptr %5, align 4
  %12 = icmp slt i32 %11, 0
  br i1 %12, label %13, label %16

13:                                               ; preds = %2
  %14 = load i32, ptr %5, align 4
  %15 = sub nsw i32 0, %14
  br label %18

16:                                               ; preds = %2
  %17 = load i32, ptr %5, align 4
  br label %18

18:                                               ; preds = %16, %13
  %19 = phi i32 [ %15, %13 ], [ %17, %16 ]
  store i32 %19, ptr %5, align 4
  %20 = load i32, ptr %6, align 4
  %21 = icmp slt i32 %20, 0
  br i1 %21, label %22, label %25

22:                                               ; preds = %18
  %23 = load i32, ptr %6, align 4
  %24 = sub nsw i32 0, %23
  br label %27

25:                                               ; preds = %18
  %26 = load i32, ptr %6, align 4
  br label %27

27:                                               ; preds = %25, %22
  %28 = phi i32 [ %24, %22 ], [ %26, %25 ]
  store i32 %28, ptr %6, align 4
  %29 = load i32, ptr %5, align 4
  %30 = load i32, ptr %6, align 4
  %31 = icmp sgt i32 %29, %30
  %32 = zext i1 %31 to i32
  %33 = load i32, ptr %5, align 4
  %34 = load i32, ptr %6, align 4
  %35 = icmp slt i32 %33, %34
  %36 = zext i1 %35 to i32
  %37 = sub nsw i32 %32, %36
  ret i32 %37
}

; Function Attrs: noinline nounwind optnone
define internal void @sort_with(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  store i32 1, ptr %7, align 4
  br label %10

10:                                               ; preds = %60, %3
  %11 = load i32, ptr %7, align 4
  %12 = load i32, ptr %5, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %63

14:                                               ; preds = %10
  %15 = load i32, ptr %7, align 4
  store i32 %15, ptr %8, align 4
  br label %16

16:                                               ; preds = %56, %14
  %17 = load i32, ptr %8, align 4
  %18 = icmp sgt i32 %17, 0
  br i1 %18, label %19, label %32

19:                                               ; preds = %16
  %20 = load ptr, ptr %6, align 8
  %21 = load ptr, ptr %4, align 8
  %22 = load i32, ptr %8, align 4
  %23 = sub nsw i32 %22, 1
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i32, ptr %21, i64 %24
  %26 = load ptr, ptr %4, align 8
  %27 = load i32, ptr %8, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i32, ptr %26, i64 %28
  %30 = call i32 %20(ptr noundef %25, ptr noundef %29)
  %31 = icmp sgt i32 %30, 0
  br label %32

32:                                               ; preds = %19, %16
  %33 = phi i1 [ false, %16 ], [ %31, %19 ]
  br i1 %33, label %34, label %59

34:                                               ; preds = %32
  %35 = load ptr, ptr %4, align 8
  %36 = load i32, ptr %8, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i32, ptr %35, i64 %37
  %39 = load i32, ptr %38, align 4
  store i32 %39, ptr %9, align 4
  %40 = load ptr, ptr %4, align 8
  %41 = load i32, ptr %8, align 4
  %42 = sub nsw i32 %41, 1
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i32, ptr %40, i64 %43
  %45 = load i32, ptr %44, align 4
  %46 = load ptr, ptr %4, align 8
  %47 = load i32, ptr %8, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i32, ptr %46, i64 %48
  store i32 %45, ptr %49, align 4
  %50 = load i32, ptr %9, align 4
  %51 = load ptr, ptr %4, align 8
  %52 = load i32, ptr %8, align 4
  %53 = sub nsw i32 %52, 1
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i32, ptr %51, i64 %54
  store i32 %50, ptr %55, align 4
  br label %56

56:                                               ; preds = %34
  %57 = load i32, ptr %8, align 4
  %58 = add nsw i32 %57, -1
  store i32 %58, ptr %8, align 4
  br label %16, !llvm.loop !14

59:                                               ; preds = %32
  br label %60

60:                                               ; preds = %59
  %61 = load i32, ptr %7, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %7, align 4
  br label %10, !llvm.loop !15

63:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i64 @op_add(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = add nsw i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone
define internal i64 @op_sub(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = sub nsw i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone
define internal i64 @op_mul(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = mul i64 %5, %6
  %8 = urem i64 %7, 1000000007
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone
define internal i64 @op_xor(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = xor i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone
define internal i64 @op_max(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = icmp sgt i64 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i64, ptr %3, align 8
  br label %12

10:                                               ; preds = %2
  %11 = load i64, ptr %4, align 8
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i64 [ %9, %8 ], [ %11, %10 ]
  ret i64 %13
}

; Function Attrs: noinline nounwind optnone
define internal i64 @op_min(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = icmp slt i64 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i64, ptr %3, align 8
  br label %12

10:                                               ; preds = %2
  %11 = load i64, ptr %4, align 8
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i64 [ %9, %8 ], [ %11, %10 ]
  ret i64 %13
}

; Function Attrs: noinline nounwind optnone
define internal i64 @rect_area(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 8
  %6 = sext i32 %5 to i64
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds %struct.Shape, ptr %7, i32 0, i32 2
  %9 = load i32, ptr %8, align 4
  %10 = sext i32 %9 to i64
  %11 = mul nsw i64 %6, %10
  ret i64 %11
}

; Function Attrs: noinline nounwind optnone
define internal i64 @rect_perim(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 8
  %6 = sext i32 %5 to i64
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds %struct.Shape, ptr %7, i32 0, i32 2
  %9 = load i32, ptr %8, align 4
  %10 = sext i32 %9 to i64
  %11 = add nsw i64 %6, %10
  %12 = mul nsw i64 2, %11
  ret i64 %12
}

; Function Attrs: noinline nounwind optnone
define internal i64 @tri_area(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 8
  %6 = sext i32 %5 to i64
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds %struct.Shape, ptr %7, i32 0, i32 2
  %9 = load i32, ptr %8, align 4
  %10 = sext i32 %9 to i64
  %11 = mul nsw i64 %6, %10
  %12 = sdiv i64 %11, 2
  ret i64 %12
}

; Function Attrs: noinline nounwind optnone
define internal i64 @tri_perim(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Shape, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 8
  %6 = sext i32 %5 to i64
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds %struct.Shape, ptr %7, i32 0, i32 2
  %9 = load i32, ptr %8, align 4
  %10 = sext i32 %9 to i64
  %11 = add nsw i64 %6, %10
  %12 = load ptr, ptr %2, align 8
  %13 = getelementptr inbounds %struct.Shape, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 8
  %15 = load ptr, ptr %2, align 8
  %16 = getelementptr inbounds %struct.Shape, ptr %15, i32 0, i32 2
  %17 = load i32, ptr %16, align 4
  %18 = icmp sgt i32 %14, %17
  br i1 %18, label %19, label %23

19:                                               ; preds = %1
  %20 = load ptr, ptr %2, align 8
  %21 = getelementptr inbounds %struct.Shape, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %21, align 8
  br label %27

23:                                               ; preds = %1
  %24 = load ptr, ptr %2, align 8
  %25 = getelementptr inbounds %struct.Shape, ptr %24, i32 0, i32 2
  %26 = load i32, ptr %25, align 4
  br label %27

27:                                               ; preds = %23, %19
  %28 = phi i32 [ %22, %19 ], [ %26, %23 ]
  %29 = sext i32 %28 to i64
  %30 = add nsw i64 %11, %29
  ret i64 %30
}

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
