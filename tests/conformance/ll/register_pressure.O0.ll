; ModuleID = 'register_pressure.c'
source_filename = "register_pressure.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_seed = dso_local global i64 17, align 8

; Function Attrs: noinline nounwind optnone
define dso_local i64 @int_pressure(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i64, align 8
  %20 = alloca i64, align 8
  %21 = alloca i64, align 8
  %22 = alloca i64, align 8
  %23 = alloca i64, align 8
  %24 = alloca i64, align 8
  %25 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %26 = load i64, ptr %3, align 8
  store i64 %26, ptr %5, align 8
  %27 = load i64, ptr %3, align 8
  %28 = mul i64 %27, 3
  store i64 %28, ptr %6, align 8
  %29 = load i64, ptr %3, align 8
  %30 = mul i64 %29, 5
  store i64 %30, ptr %7, align 8
  %31 = load i64, ptr %3, align 8
  %32 = mul i64 %31, 7
  store i64 %32, ptr %8, align 8
  %33 = load i64, ptr %3, align 8
  %34 = mul i64 %33, 11
  store i64 %34, ptr %9, align 8
  %35 = load i64, ptr %3, align 8
  %36 = mul i64 %35, 13
  store i64 %36, ptr %10, align 8
  %37 = load i64, ptr %3, align 8
  %38 = mul i64 %37, 17
  store i64 %38, ptr %11, align 8
  %39 = load i64, ptr %3, align 8
  %40 = mul i64 %39, 19
  store i64 %40, ptr %12, align 8
  %41 = load i64, ptr %3, align 8
  %42 = mul i64 %41, 23
  store i64 %42, ptr %13, align 8
  %43 = load i64, ptr %3, align 8
  %44 = mul i64 %43, 29
  store i64 %44, ptr %14, align 8
  %45 = load i64, ptr %3, align 8
  %46 = mul i64 %45, 31
  store i64 %46, ptr %15, align 8
  %47 = load i64, ptr %3, align 8
  %48 = mul i64 %47, 37
  store i64 %48, ptr %16, align 8
  %49 = load i64, ptr %3, align 8
  %50 = mul i64 %49, 41
  store i64 %50, ptr %17, align 8
  %51 = load i64, ptr %3, align 8
  %52 = mul i64 %51, 43
  store i64 %52, ptr %18, align 8
  %53 = load i64, ptr %3, align 8
  %54 = mul i64 %53, 47
  store i64 %54, ptr %19, align 8
  %55 = load i64, ptr %3, align 8
  %56 = mul i64 %55, 53
  store i64 %56, ptr %20, align 8
  %57 = load i64, ptr %3, align 8
  %58 = mul i64 %57, 59
  store i64 %58, ptr %21, align 8
  %59 = load i64, ptr %3, align 8
  %60 = mul i64 %59, 61
  store i64 %60, ptr %22, align 8
  %61 = load i64, ptr %3, align 8
  %62 = mul i64 %61, 67
  store i64 %62, ptr %23, align 8
  %63 = load i64, ptr %3, align 8
  %64 = mul i64 %63, 71
  store i64 %64, ptr %24, align 8
  store i32 0, ptr %25, align 4
  br label %65

65:                                               ; preds = %160, %2
  %66 = load i32, ptr %25, align 4
  %67 = load i32, ptr %4, align 4
  %68 = icmp slt i32 %66, %67
  br i1 %68, label %69, label %163

69:                                               ; preds = %65
  %70 = load i64, ptr %24, align 8
  %71 = load i64, ptr %6, align 8
  %72 = xor i64 %70, %71
  %73 = load i64, ptr %5, align 8
  %74 = add i64 %73, %72
  store i64 %74, ptr %5, align 8
  %75 = load i64, ptr %5, align 8
  %76 = lshr i64 %75, 3
  %77 = load i64, ptr %6, align 8
  %78 = add i64 %77, %76
  store i64 %78, ptr %6, align 8
  %79 = load i64, ptr %6, align 8
  %80 = load i64, ptr %8, align 8
  %81 = add i64 %79, %80
  %82 = load i64, ptr %7, align 8
  %83 = xor i64 %82, %81
  store i64 %83, ptr %7, align 8
  %84 = load i64, ptr %7, align 8
  %85 = mul i64 %84, 3
  %86 = load i64, ptr %8, align 8
  %87 = add i64 %86, %85
  store i64 %87, ptr %8, align 8
  %88 = load i64, ptr %8, align 8
  %89 = load i64, ptr %10, align 8
  %90 = xor i64 %88, %89
  %91 = load i64, ptr %9, align 8
  %92 = sub i64 %91, %90
  store i64 %92, ptr %9, align 8
  %93 = load i64, ptr %9, align 8
  %94 = shl i64 %93, 2
  %95 = load i64, ptr %10, align 8
  %96 = add i64 %95, %94
  store i64 %96, ptr %10, align 8
  %97 = load i64, ptr %10, align 8
  %98 = load i64, ptr %12, align 8
  %99 = add i64 %97, %98
  %100 = load i64, ptr %11, align 8
  %101 = xor i64 %100, %99
  store i64 %101, ptr %11, align 8
  %102 = load i64, ptr %11, align 8
  %103 = lshr i64 %102, 5
  %104 = load i64, ptr %12, align 8
  %105 = add i64 %104, %103
  store i64 %105, ptr %12, align 8
  %106 = load i64, ptr %12, align 8
  %107 = load i64, ptr %14, align 8
  %108 = xor i64 %106, %107
  %109 = load i64, ptr %13, align 8
  %110 = sub i64 %109, %108
  store i64 %110, ptr %13, align 8
  %111 = load i64, ptr %13, align 8
  %112 = mul i64 %111, 5
  %113 = load i64, ptr %14, align 8
  %114 = add i64 %113, %112
  store i64 %114, ptr %14, align 8
  %115 = load i64, ptr %14, align 8
  %116 = load i64, ptr %16, align 8
  %117 = add i64 %115, %116
  %118 = load i64, ptr %15, align 8
  %119 = xor i64 %118, %117
  store i64 %119, ptr %15, align 8
  %120 = load i64, ptr %15, align 8
  %121 = lshr i64 %120, 7
  %122 = load i64, ptr %16, align 8
  %123 = add i64 %122, %121
  store i64 %123, ptr %16, align 8
  %124 = load i64, ptr %16, align 8
  %125 = load i64, ptr %18, align 8
  %126 = xor i64 %124, %125
  %127 = load i64, ptr %17, align 8
  %128 = sub i64 %127, %126
  store i64 %128, ptr %17, align 8
  %129 = load i64, ptr %17, align 8
  %130 = mul i64 %129, 9
  %131 = load i64, ptr %18, align 8
  %132 = add i64 %131, %130
  store i64 %132, ptr %18, align 8
  %133 = load i64, ptr %18, align 8
  %134 = load i64, ptr %20, align 8
  %135 = add i64 %133, %134
  %136 = load i64, ptr %19, align 8
  %137 = xor i64 %136, %135
  store i64 %137, ptr %19, align 8
  %138 = load i64, ptr %19, align 8
  %139 = lshr i64 %138, 11
  %140 = load i64, ptr %20, align 8
  %141 = add i64 %140, %139
  store i64 %141, ptr %20, align 8
  %142 = load i64, ptr %20, align 8
  %143 = load i64, ptr %22, align 8
  %144 = xor i64 %142, %143
  %145 = load i64, ptr %21, align 8
  %146 = sub i64 %145, %144
  store i64 %146, ptr %21, align 8
  %147 = load i64, ptr %21, align 8
  %148 = mul i64 %147, 7
  %149 = load i64, ptr %22, align 8
  %150 = add i64 %149, %148
  store i64 %150, ptr %22, align 8
  %151 = load i64, ptr %22, align 8
  %152 = load i64, ptr %24, align 8
  %153 = add i64 %151, %152
  %154 = load i64, ptr %23, align 8
  %155 = xor i64 %154, %153
  store i64 %155, ptr %23, align 8
  %156 = load i64, ptr %23, align 8
  %157 = lshr i64 %156, 13
  %158 = load i64, ptr %24, align 8
  %159 = add i64 %158, %157
  store i64 %159, ptr %24, align 8
  br label %160

160:                                              ; preds = %69
  %161 = load i32, ptr %25, align 4
  %162 = add nsw i32 %161, 1
  store i32 %162, ptr %25, align 4
  br label %65, !llvm.loop !5

163:                                              ; preds = %65
  %164 = load i64, ptr %5, align 8
  %165 = load i64, ptr %6, align 8
  %166 = mul i64 %165, 2
  %167 = add i64 %164, %166
  %168 = load i64, ptr %7, align 8
  %169 = mul i64 %168, 3
  %170 = add i64 %167, %169
  %171 = load i64, ptr %8, align 8
  %172 = mul i64 %171, 4
  %173 = add i64 %170, %172
  %174 = load i64, ptr %9, align 8
  %175 = mul i64 %174, 5
  %176 = add i64 %173, %175
  %177 = load i64, ptr %10, align 8
  %178 = mul i64 %177, 6
  %179 = add i64 %176, %178
  %180 = load i64, ptr %11, align 8
  %181 = mul i64 %180, 7
  %182 = add i64 %179, %181
  %183 = load i64, ptr %12, align 8
  %184 = mul i64 %183, 8
  %185 = add i64 %182, %184
  %186 = load i64, ptr %13, align 8
  %187 = mul i64 %186, 9
  %188 = add i64 %185, %187
  %189 = load i64, ptr %14, align 8
  %190 = mul i64 %189, 10
  %191 = add i64 %188, %190
  %192 = load i64, ptr %15, align 8
  %193 = mul i64 %192, 11
  %194 = add i64 %191, %193
  %195 = load i64, ptr %16, align 8
  %196 = mul i64 %195, 12
  %197 = add i64 %194, %196
  %198 = load i64, ptr %17, align 8
  %199 = mul i64 %198, 13
  %200 = add i64 %197, %199
  %201 = load i64, ptr %18, align 8
  %202 = mul i64 %201, 14
  %203 = add i64 %200, %202
  %204 = load i64, ptr %19, align 8
  %205 = mul i64 %204, 15
  %206 = add i64 %203, %205
  %207 = load i64, ptr %20, align 8
  %208 = mul i64 %207, 16
  %209 = add i64 %206, %208
  %210 = load i64, ptr %21, align 8
  %211 = mul i64 %210, 17
  %212 = add i64 %209, %211
  %213 = load i64, ptr %22, align 8
  %214 = mul i64 %213, 18
  %215 = add i64 %212, %214
  %216 = load i64, ptr %23, align 8
  %217 = mul i64 %216, 19
  %218 = add i64 %215, %217
  %219 = load i64, ptr %24, align 8
  %220 = mul i64 %219, 20
  %221 = add i64 %218, %220
  ret i64 %221
}

; Function Attrs: noinline nounwind optnone
define dso_local double @fp_pressure(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  %18 = alloca double, align 8
  %19 = alloca double, align 8
  %20 = alloca double, align 8
  %21 = alloca double, align 8
  %22 = alloca double, align 8
  %23 = alloca double, align 8
  %24 = alloca double, align 8
  %25 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %26 = load double, ptr %3, align 8
  store double %26, ptr %5, align 8
  %27 = load double, ptr %3, align 8
  %28 = fmul double %27, 5.000000e-01
  store double %28, ptr %6, align 8
  %29 = load double, ptr %3, align 8
  %30 = fmul double %29, 2.500000e-01
  store double %30, ptr %7, align 8
  %31 = load double, ptr %3, align 8
  %32 = fadd double %31, 1.000000e+00
  store double %32, ptr %8, align 8
  %33 = load double, ptr %3, align 8
  %34 = fadd double %33, 2.000000e+00
  store double %34, ptr %9, align 8
  %35 = load double, ptr %3, align 8
  %36 = fsub double %35, 1.000000e+00
  store double %36, ptr %10, align 8
  %37 = load double, ptr %3, align 8
  %38 = fsub double %37, 2.000000e+00
  store double %38, ptr %11, align 8
  %39 = load double, ptr %3, align 8
  %40 = fmul double %39, 1.500000e+00
  store double %40, ptr %12, align 8
  %41 = load double, ptr %3, align 8
  %42 = fmul double %41, 7.500000e-01
  store double %42, ptr %13, align 8
  %43 = load double, ptr %3, align 8
  %44 = fadd double %43, 5.000000e-01
  store double %44, ptr %14, align 8
  %45 = load double, ptr %3, align 8
  %46 = fsub double %45, 5.000000e-01
  store double %46, ptr %15, align 8
  %47 = load double, ptr %3, align 8
  %48 = fmul double %47, 1.250000e-01
  store double %48, ptr %16, align 8
  %49 = load double, ptr %3, align 8
  %50 = fadd double %49, 3.000000e+00
  store double %50, ptr %17, align 8
  %51 = load double, ptr %3, align 8
  %52 = fsub double %51, 3.000000e+00
  store double %52, ptr %18, align 8
  %53 = load double, ptr %3, align 8
  %54 = fmul double %53, 2.000000e+00
  store double %54, ptr %19, align 8
  %55 = load double, ptr %3, align 8
  %56 = fmul double %55, 3.000000e+00
  store double %56, ptr %20, align 8
  %57 = load double, ptr %3, align 8
  %58 = fadd double %57, 2.500000e-01
  store double %58, ptr %21, align 8
  %59 = load double, ptr %3, align 8
  %60 = fsub double %59, 2.500000e-01
  store double %60, ptr %22, align 8
  %61 = load double, ptr %3, align 8
  %62 = fmul double %61, 9.000000e-01
  store double %62, ptr %23, align 8
  %63 = load double, ptr %3, align 8
  %64 = fmul double %63, 1.100000e+00
  store double %64, ptr %24, align 8
  store i32 0, ptr %25, align 4
  br label %65

65:                                               ; preds = %171, %2
  %66 = load i32, ptr %25, align 4
  %67 = load i32, ptr %4, align 4
  %68 = icmp slt i32 %66, %67
  br i1 %68, label %69, label %174

69:                                               ; preds = %65
  %70 = load double, ptr %5, align 8
  %71 = fmul double %70, 5.000000e-01
  %72 = load double, ptr %24, align 8
  %73 = fmul double %72, 2.500000e-01
  %74 = fadd double %71, %73
  store double %74, ptr %5, align 8
  %75 = load double, ptr %6, align 8
  %76 = fmul double %75, 5.000000e-01
  %77 = load double, ptr %5, align 8
  %78 = fmul double %77, 2.500000e-01
  %79 = fadd double %76, %78
  store double %79, ptr %6, align 8
  %80 = load double, ptr %7, align 8
  %81 = fmul double %80, 5.000000e-01
  %82 = load double, ptr %6, align 8
  %83 = fmul double %82, 2.500000e-01
  %84 = fadd double %81, %83
  store double %84, ptr %7, align 8
  %85 = load double, ptr %8, align 8
  %86 = fmul double %85, 5.000000e-01
  %87 = load double, ptr %7, align 8
  %88 = fmul double %87, 2.500000e-01
  %89 = fadd double %86, %88
  store double %89, ptr %8, align 8
  %90 = load double, ptr %9, align 8
  %91 = fmul double %90, 5.000000e-01
  %92 = load double, ptr %8, align 8
  %93 = fmul double %92, 2.500000e-01
  %94 = fadd double %91, %93
  store double %94, ptr %9, align 8
  %95 = load double, ptr %10, align 8
  %96 = fmul double %95, 5.000000e-01
  %97 = load double, ptr %9, align 8
  %98 = fmul double %97, 2.500000e-01
  %99 = fadd double %96, %98
  store double %99, ptr %10, align 8
  %100 = load double, ptr %11, align 8
  %101 = fmul double %100, 5.000000e-01
  %102 = load double, ptr %10, align 8
  %103 = fmul double %102, 2.500000e-01
  %104 = fadd double %101, %103
  store double %104, ptr %11, align 8
  %105 = load double, ptr %12, align 8
  %106 = fmul double %105, 5.000000e-01
  %107 = load double, ptr %11, align 8
  %108 = fmul double %107, 2.500000e-01
  %109 = fadd double %106, %108
  store double %109, ptr %12, align 8
  %110 = load double, ptr %13, align 8
  %111 = fmul double %110, 5.000000e-01
  %112 = load double, ptr %12, align 8
  %113 = fmul double %112, 2.500000e-01
  %114 = fadd double %111, %113
  store double %114, ptr %13, align 8
  %115 = load double, ptr %14, align 8
  %116 = fmul double %115, 5.000000e-01
  %117 = load double, ptr %13, align 8
  %118 = fmul double %117, 2.500000e-01
  %119 = fadd double %116, %118
  store double %119, ptr %14, align 8
  %120 = load double, ptr %15, align 8
  %121 = fmul double %120, 5.000000e-01
  %122 = load double, ptr %14, align 8
  %123 = fmul double %122, 2.500000e-01
  %124 = fadd double %121, %123
  store double %124, ptr %15, align 8
  %125 = load double, ptr %16, align 8
  %126 = fmul double %125, 5.000000e-01
  %127 = load double, ptr %15, align 8
  %128 = fmul double %127, 2.500000e-01
  %129 = fadd double %126, %128
  store double %129, ptr %16, align 8
  %130 = load double, ptr %17, align 8
  %131 = fmul double %130, 5.000000e-01
  %132 = load double, ptr %16, align 8
  %133 = fmul double %132, 2.500000e-01
  %134 = fadd double %131, %133
  store double %134, ptr %17, align 8
  %135 = load double, ptr %18, align 8
  %136 = fmul double %135, 5.000000e-01
  %137 = load double, ptr %17, align 8
  %138 = fmul double %137, 2.500000e-01
  %139 = fadd double %136, %138
  store double %139, ptr %18, align 8
  %140 = load double, ptr %19, align 8
  %141 = fmul double %140, 5.000000e-01
  %142 = load double, ptr %18, align 8
  %143 = fmul double %142, 2.500000e-01
  %144 = fadd double %141, %143
  store double %144, ptr %19, align 8
  %145 = load double, ptr %20, align 8
  %146 = fmul double %145, 5.000000e-01
  %147 = load double, ptr %19, align 8
  %148 = fmul double %147, 2.500000e-01
  %149 = fadd double %146, %148
  store double %149, ptr %20, align 8
  %150 = load double, ptr %21, align 8
  %151 = fmul double %150, 5.000000e-01
  %152 = load double, ptr %20, align 8
  %153 = fmul double %152, 2.500000e-01
  %154 = fadd double %151, %153
  store double %154, ptr %21, align 8
  %155 = load double, ptr %22, align 8
  %156 = fmul double %155, 5.000000e-01
  %157 = load double, ptr %21, align 8
  %158 = fmul double %157, 2.500000e-01
  %159 = fadd double %156, %158
  store double %159, ptr %22, align 8
  %160 = load double, ptr %23, align 8
  %161 = fmul double %160, 5.000000e-01
  %162 = load double, ptr %22, align 8
  %163 = fmul double %162, 2.500000e-01
  %164 = fadd double %161, %163
  store double %164, ptr %23, align 8
  %165 = load double, ptr %24, align 8
  %166 = fmul double %165, 5.000000e-01
  %167 = load double, ptr %23, align 8
  %168 = fmul double %167, 2.500000e-01
  %169 = fadd double %166, %168
  %170 = fadd double %169, 1.000000e+00
  store double %170, ptr %24, align 8
  br label %171

171:                                              ; preds = %69
  %172 = load i32, ptr %25, align 4
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %25, align 4
  br label %65, !llvm.loop !7

174:                                              ; preds = %65
  %175 = load double, ptr %5, align 8
  %176 = load double, ptr %6, align 8
  %177 = fsub double %175, %176
  %178 = load double, ptr %7, align 8
  %179 = fadd double %177, %178
  %180 = load double, ptr %8, align 8
  %181 = fsub double %179, %180
  %182 = load double, ptr %9, align 8
  %183 = fadd double %181, %182
  %184 = load double, ptr %10, align 8
  %185 = fsub double %183, %184
  %186 = load double, ptr %11, align 8
  %187 = fadd double %185, %186
  %188 = load double, ptr %12, align 8
  %189 = fsub double %187, %188
  %190 = load double, ptr %13, align 8
  %191 = fadd double %189, %190
  %192 = load double, ptr %14, align 8
  %193 = fsub double %191, %192
  %194 = load double, ptr %15, align 8
  %195 = fadd double %193, %194
  %196 = load double, ptr %16, align 8
  %197 = fsub double %195, %196
  %198 = load double, ptr %17, align 8
  %199 = fadd double %197, %198
  %200 = load double, ptr %18, align 8
  %201 = fsub double %199, %200
  %202 = load double, ptr %19, align 8
  %203 = fadd double %201, %202
  %204 = load double, ptr %20, align 8
  %205 = fsub double %203, %204
  %206 = load double, ptr %21, align 8
  %207 = fadd double %205, %206
  %208 = load double, ptr %22, align 8
  %209 = fsub double %207, %208
  %210 = load double, ptr %23, align 8
  %211 = fadd double %209, %210
  %212 = load double, ptr %24, align 8
  %213 = fsub double %211, %212
  %214 = load double, ptr %5, align 8
  %215 = load double, ptr %24, align 8
  %216 = fmul double %214, %215
  %217 = fadd double %213, %216
  %218 = load double, ptr %6, align 8
  %219 = load double, ptr %23, align 8
  %220 = fmul double %218, %219
  %221 = fadd double %217, %220
  %222 = load double, ptr %7, align 8
  %223 = load double, ptr %22, align 8
  %224 = fmul double %222, %223
  %225 = fadd double %221, %224
  %226 = load double, ptr %8, align 8
  %227 = load double, ptr %21, align 8
  %228 = fmul double %226, %227
  %229 = fadd double %225, %228
  ret double %229
}

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca i64, align 8
  store i64 0, ptr %1, align 8
  store i32 0, ptr %2, align 4
  br label %5

5:                                                ; preds = %31, %0
  %6 = load i32, ptr %2, align 4
  %7 = icmp slt i32 %6, 20
  br i1 %7, label %8, label %34

8:                                                ; preds = %5
  %9 = load i64, ptr %1, align 8
  %10 = mul i64 %9, 31
  %11 = load i64, ptr @g_seed, align 8
  %12 = load i32, ptr %2, align 4
  %13 = sext i32 %12 to i64
  %14 = add i64 %11, %13
  %15 = load i32, ptr %2, align 4
  %16 = add nsw i32 100, %15
  %17 = call i64 @int_pressure(i64 noundef %14, i32 noundef %16)
  %18 = add i64 %10, %17
  store i64 %18, ptr %1, align 8
  %19 = load i64, ptr @g_seed, align 8
  %20 = uitofp i64 %19 to double
  %21 = fmul double %20, 1.000000e-01
  %22 = load i32, ptr %2, align 4
  %23 = sitofp i32 %22 to double
  %24 = fadd double %21, %23
  %25 = load i32, ptr %2, align 4
  %26 = add nsw i32 50, %25
  %27 = call double @fp_pressure(double noundef %24, i32 noundef %26)
  store double %27, ptr %3, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %3, i64 8, i1 false)
  %28 = load i64, ptr %4, align 8
  %29 = load i64, ptr %1, align 8
  %30 = xor i64 %29, %28
  store i64 %30, ptr %1, align 8
  br label %31

31:                                               ; preds = %8
  %32 = load i32, ptr %2, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %2, align 4
  br label %5, !llvm.loop !8

34:                                               ; preds = %5
  %35 = load i64, ptr %1, align 8
  ret i64 %35
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
