; ModuleID = 'int_widths.c'
source_filename = "int_widths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i32 -123456789, align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca i16, align 2
  %5 = alloca i16, align 2
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = load i32, ptr @g_seed, align 4
  store i32 %12, ptr %1, align 4
  %13 = load i32, ptr %1, align 4
  %14 = trunc i32 %13 to i8
  store i8 %14, ptr %2, align 1
  %15 = load i32, ptr %1, align 4
  %16 = trunc i32 %15 to i8
  store i8 %16, ptr %3, align 1
  %17 = load i32, ptr %1, align 4
  %18 = trunc i32 %17 to i16
  store i16 %18, ptr %4, align 2
  %19 = load i32, ptr %1, align 4
  %20 = trunc i32 %19 to i16
  store i16 %20, ptr %5, align 2
  %21 = load i32, ptr %1, align 4
  store i32 %21, ptr %6, align 4
  %22 = load i32, ptr %1, align 4
  store i32 %22, ptr %7, align 4
  %23 = load i32, ptr %1, align 4
  %24 = sext i32 %23 to i64
  store i64 %24, ptr %8, align 8
  %25 = load i32, ptr %1, align 4
  %26 = sext i32 %25 to i64
  store i64 %26, ptr %9, align 8
  store i64 0, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %27

27:                                               ; preds = %193, %0
  %28 = load i32, ptr %11, align 4
  %29 = icmp slt i32 %28, 3000
  br i1 %29, label %30, label %196

30:                                               ; preds = %27
  %31 = load i8, ptr %2, align 1
  %32 = zext i8 %31 to i32
  %33 = mul i32 %32, 37
  %34 = add i32 %33, 11
  %35 = trunc i32 %34 to i8
  store i8 %35, ptr %2, align 1
  %36 = load i8, ptr %3, align 1
  %37 = sext i8 %36 to i32
  %38 = add nsw i32 %37, 100
  %39 = trunc i32 %38 to i8
  store i8 %39, ptr %3, align 1
  %40 = load i16, ptr %4, align 2
  %41 = zext i16 %40 to i32
  %42 = mul i32 %41, 40503
  %43 = load i32, ptr %11, align 4
  %44 = trunc i32 %43 to i16
  %45 = zext i16 %44 to i32
  %46 = add i32 %42, %45
  %47 = trunc i32 %46 to i16
  store i16 %47, ptr %4, align 2
  %48 = load i16, ptr %5, align 2
  %49 = sext i16 %48 to i32
  %50 = mul nsw i32 %49, 3
  %51 = sub nsw i32 %50, 7
  %52 = trunc i32 %51 to i16
  store i16 %52, ptr %5, align 2
  %53 = load i32, ptr %6, align 4
  %54 = mul i32 %53, -1640531535
  %55 = load i8, ptr %3, align 1
  %56 = sext i8 %55 to i32
  %57 = add i32 %54, %56
  store i32 %57, ptr %6, align 4
  %58 = load i32, ptr %7, align 4
  %59 = mul i32 %58, 69069
  %60 = add i32 %59, 1
  store i32 %60, ptr %7, align 4
  %61 = load i64, ptr %8, align 8
  %62 = mul i64 %61, 6364136223846793005
  %63 = add i64 %62, 1442695040888963407
  store i64 %63, ptr %8, align 8
  %64 = load i64, ptr %9, align 8
  %65 = load i64, ptr %8, align 8
  %66 = lshr i64 %65, 3
  %67 = xor i64 %64, %66
  %68 = sdiv i64 %67, 3
  store i64 %68, ptr %9, align 8
  %69 = load i8, ptr %2, align 1
  %70 = zext i8 %69 to i64
  %71 = load i64, ptr %10, align 8
  %72 = add i64 %71, %70
  store i64 %72, ptr %10, align 8
  %73 = load i8, ptr %3, align 1
  %74 = sext i8 %73 to i64
  %75 = load i64, ptr %10, align 8
  %76 = add i64 %75, %74
  store i64 %76, ptr %10, align 8
  %77 = load i16, ptr %4, align 2
  %78 = zext i16 %77 to i64
  %79 = load i64, ptr %10, align 8
  %80 = add i64 %79, %78
  store i64 %80, ptr %10, align 8
  %81 = load i16, ptr %5, align 2
  %82 = sext i16 %81 to i64
  %83 = load i64, ptr %10, align 8
  %84 = add i64 %83, %82
  store i64 %84, ptr %10, align 8
  %85 = load i32, ptr %6, align 4
  %86 = zext i32 %85 to i64
  %87 = load i64, ptr %10, align 8
  %88 = xor i64 %87, %86
  store i64 %88, ptr %10, align 8
  %89 = load i32, ptr %7, align 4
  %90 = sext i32 %89 to i64
  %91 = load i64, ptr %10, align 8
  %92 = add i64 %91, %90
  store i64 %92, ptr %10, align 8
  %93 = load i64, ptr %8, align 8
  %94 = lshr i64 %93, 7
  %95 = load i64, ptr %10, align 8
  %96 = add i64 %95, %94
  store i64 %96, ptr %10, align 8
  %97 = load i64, ptr %9, align 8
  %98 = load i64, ptr %10, align 8
  %99 = add i64 %98, %97
  store i64 %99, ptr %10, align 8
  %100 = load i8, ptr %3, align 1
  %101 = sext i8 %100 to i32
  %102 = icmp slt i32 %101, 0
  %103 = zext i1 %102 to i32
  %104 = load i16, ptr %5, align 2
  %105 = sext i16 %104 to i32
  %106 = load i8, ptr %3, align 1
  %107 = sext i8 %106 to i32
  %108 = icmp slt i32 %105, %107
  %109 = zext i1 %108 to i32
  %110 = mul nsw i32 %109, 2
  %111 = add nsw i32 %103, %110
  %112 = load i8, ptr %2, align 1
  %113 = zext i8 %112 to i32
  %114 = load i8, ptr %3, align 1
  %115 = zext i8 %114 to i32
  %116 = icmp sgt i32 %113, %115
  %117 = zext i1 %116 to i32
  %118 = mul nsw i32 %117, 4
  %119 = add nsw i32 %111, %118
  %120 = load i32, ptr %7, align 4
  %121 = sext i32 %120 to i64
  %122 = load i64, ptr %9, align 8
  %123 = icmp slt i64 %121, %122
  %124 = zext i1 %123 to i32
  %125 = mul nsw i32 %124, 8
  %126 = add nsw i32 %119, %125
  %127 = sext i32 %126 to i64
  %128 = load i64, ptr %10, align 8
  %129 = add i64 %128, %127
  store i64 %129, ptr %10, align 8
  %130 = load i32, ptr %6, align 4
  %131 = load i16, ptr %4, align 2
  %132 = zext i16 %131 to i32
  %133 = icmp ugt i32 %130, %132
  %134 = zext i1 %133 to i32
  %135 = mul nsw i32 %134, 16
  %136 = load i32, ptr %6, align 4
  %137 = zext i32 %136 to i64
  %138 = load i64, ptr %8, align 8
  %139 = icmp ult i64 %137, %138
  %140 = zext i1 %139 to i32
  %141 = mul nsw i32 %140, 32
  %142 = add nsw i32 %135, %141
  %143 = sext i32 %142 to i64
  %144 = load i64, ptr %10, align 8
  %145 = add i64 %144, %143
  store i64 %145, ptr %10, align 8
  %146 = load i8, ptr %3, align 1
  %147 = sext i8 %146 to i32
  %148 = ashr i32 %147, 2
  %149 = sext i32 %148 to i64
  %150 = load i8, ptr %2, align 1
  %151 = zext i8 %150 to i32
  %152 = ashr i32 %151, 3
  %153 = sext i32 %152 to i64
  %154 = add i64 %149, %153
  %155 = load i16, ptr %5, align 2
  %156 = sext i16 %155 to i32
  %157 = ashr i32 %156, 5
  %158 = sext i32 %157 to i64
  %159 = add i64 %154, %158
  %160 = load i16, ptr %4, align 2
  %161 = zext i16 %160 to i32
  %162 = ashr i32 %161, 9
  %163 = sext i32 %162 to i64
  %164 = add i64 %159, %163
  %165 = load i64, ptr %10, align 8
  %166 = add i64 %165, %164
  store i64 %166, ptr %10, align 8
  %167 = load i32, ptr %7, align 4
  %168 = ashr i32 %167, 13
  %169 = sext i32 %168 to i64
  %170 = load i32, ptr %6, align 4
  %171 = lshr i32 %170, 13
  %172 = zext i32 %171 to i64
  %173 = add i64 %169, %172
  %174 = load i64, ptr %9, align 8
  %175 = ashr i64 %174, 40
  %176 = add i64 %173, %175
  %177 = load i64, ptr %10, align 8
  %178 = add i64 %177, %176
  store i64 %178, ptr %10, align 8
  %179 = load i32, ptr %6, align 4
  %180 = trunc i32 %179 to i16
  %181 = sext i16 %180 to i64
  %182 = load i64, ptr %9, align 8
  %183 = trunc i64 %182 to i8
  %184 = zext i8 %183 to i64
  %185 = add i64 %181, %184
  %186 = load i64, ptr %10, align 8
  %187 = add i64 %186, %185
  store i64 %187, ptr %10, align 8
  %188 = load i64, ptr %10, align 8
  %189 = shl i64 %188, 1
  %190 = load i64, ptr %10, align 8
  %191 = lshr i64 %190, 63
  %192 = or i64 %189, %191
  store i64 %192, ptr %10, align 8
  br label %193

193:                                              ; preds = %30
  %194 = load i32, ptr %11, align 4
  %195 = add nsw i32 %194, 1
  store i32 %195, ptr %11, align 4
  br label %27, !llvm.loop !5

196:                                              ; preds = %27
  %197 = load i64, ptr %10, align 8
  ret i64 %197
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
