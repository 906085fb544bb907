; ModuleID = 'ieee_specials.c'
source_filename = "ieee_specials.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_big = dso_local global double 1.000000e+308, align 8
@g_tiny = dso_local global float 0x380B38FB80000000, align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca double, align 8
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca float, align 4
  %6 = alloca i64, align 8
  %7 = alloca [12 x double], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca float, align 4
  %14 = alloca float, align 4
  %15 = load double, ptr @g_big, align 8
  store double %15, ptr %1, align 8
  %16 = load double, ptr %1, align 8
  %17 = fmul double %16, 1.000000e+01
  store double %17, ptr %2, align 8
  %18 = load double, ptr %2, align 8
  %19 = fneg double %18
  store double %19, ptr %3, align 8
  %20 = load double, ptr %2, align 8
  %21 = load double, ptr %2, align 8
  %22 = fsub double %20, %21
  store double %22, ptr %4, align 8
  %23 = load float, ptr @g_tiny, align 4
  store float %23, ptr %5, align 4
  store i64 0, ptr %6, align 8
  %24 = getelementptr inbounds [12 x double], ptr %7, i64 0, i64 0
  store double 0.000000e+00, ptr %24, align 8
  %25 = getelementptr inbounds double, ptr %24, i64 1
  store double -0.000000e+00, ptr %25, align 8
  %26 = getelementptr inbounds double, ptr %25, i64 1
  store double 1.000000e+00, ptr %26, align 8
  %27 = getelementptr inbounds double, ptr %26, i64 1
  store double -1.500000e+00, ptr %27, align 8
  %28 = getelementptr inbounds double, ptr %27, i64 1
  %29 = load double, ptr %1, align 8
  store double %29, ptr %28, align 8
  %30 = getelementptr inbounds double, ptr %28, i64 1
  %31 = load double, ptr %2, align 8
  store double %31, ptr %30, align 8
  %32 = getelementptr inbounds double, ptr %30, i64 1
  %33 = load double, ptr %3, align 8
  store double %33, ptr %32, align 8
  %34 = getelementptr inbounds double, ptr %32, i64 1
  %35 = load double, ptr %4, align 8
  store double %35, ptr %34, align 8
  %36 = getelementptr inbounds double, ptr %34, i64 1
  store double 4.940660e-324, ptr %36, align 8
  %37 = getelementptr inbounds double, ptr %36, i64 1
  store double 0x10000000000000, ptr %37, align 8
  %38 = getelementptr inbounds double, ptr %37, i64 1
  store double 1.000000e-01, ptr %38, align 8
  %39 = getelementptr inbounds double, ptr %38, i64 1
  store double 3.000000e+00, ptr %39, align 8
  store i32 12, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %40

40:                                               ; preds = %183, %0
  %41 = load i32, ptr %9, align 4
  %42 = icmp slt i32 %41, 12
  br i1 %42, label %43, label %186

43:                                               ; preds = %40
  store i32 0, ptr %10, align 4
  br label %44

44:                                               ; preds = %179, %43
  %45 = load i32, ptr %10, align 4
  %46 = icmp slt i32 %45, 12
  br i1 %46, label %47, label %182

47:                                               ; preds = %44
  %48 = load i32, ptr %9, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [12 x double], ptr %7, i64 0, i64 %49
  %51 = load double, ptr %50, align 8
  store double %51, ptr %11, align 8
  %52 = load i32, ptr %10, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [12 x double], ptr %7, i64 0, i64 %53
  %55 = load double, ptr %54, align 8
  store double %55, ptr %12, align 8
  %56 = load i64, ptr %6, align 8
  %57 = mul i64 %56, 3
  %58 = load double, ptr %11, align 8
  %59 = load double, ptr %12, align 8
  %60 = fcmp olt double %58, %59
  %61 = zext i1 %60 to i32
  %62 = sext i32 %61 to i64
  %63 = add i64 %57, %62
  %64 = load double, ptr %11, align 8
  %65 = load double, ptr %12, align 8
  %66 = fcmp ole double %64, %65
  %67 = zext i1 %66 to i32
  %68 = mul i32 2, %67
  %69 = zext i32 %68 to i64
  %70 = add i64 %63, %69
  %71 = load double, ptr %11, align 8
  %72 = load double, ptr %12, align 8
  %73 = fcmp oeq double %71, %72
  %74 = zext i1 %73 to i32
  %75 = mul i32 4, %74
  %76 = zext i32 %75 to i64
  %77 = add i64 %70, %76
  %78 = load double, ptr %11, align 8
  %79 = load double, ptr %12, align 8
  %80 = fcmp une double %78, %79
  %81 = zext i1 %80 to i32
  %82 = mul i32 8, %81
  %83 = zext i32 %82 to i64
  %84 = add i64 %77, %83
  %85 = load double, ptr %11, align 8
  %86 = load double, ptr %12, align 8
  %87 = fcmp ogt double %85, %86
  %88 = zext i1 %87 to i32
  %89 = mul i32 16, %88
  %90 = zext i32 %89 to i64
  %91 = add i64 %84, %90
  %92 = load double, ptr %11, align 8
  %93 = load double, ptr %12, align 8
  %94 = fcmp oge double %92, %93
  %95 = zext i1 %94 to i32
  %96 = mul i32 32, %95
  %97 = zext i32 %96 to i64
  %98 = add i64 %91, %97
  store i64 %98, ptr %6, align 8
  %99 = load i64, ptr %6, align 8
  %100 = mul i64 %99, 5
  %101 = load double, ptr %11, align 8
  %102 = load double, ptr %11, align 8
  %103 = fcmp une double %101, %102
  %104 = zext i1 %103 to i32
  %105 = sext i32 %104 to i64
  %106 = add i64 %100, %105
  %107 = load double, ptr %11, align 8
  %108 = load double, ptr %12, align 8
  %109 = fcmp olt double %107, %108
  br i1 %109, label %115, label %110

110:                                              ; preds = %47
  %111 = load double, ptr %11, align 8
  %112 = load double, ptr %12, align 8
  %113 = fcmp oge double %111, %112
  %114 = xor i1 %113, true
  br label %115

115:                                              ; preds = %110, %47
  %116 = phi i1 [ false, %47 ], [ %114, %110 ]
  %117 = zext i1 %116 to i32
  %118 = mul i32 2, %117
  %119 = zext i32 %118 to i64
  %120 = add i64 %106, %119
  store i64 %120, ptr %6, align 8
  %121 = load double, ptr %11, align 8
  %122 = load double, ptr %12, align 8
  %123 = fadd double %121, %122
  %124 = call i64 @bits(double noundef %123)
  %125 = load double, ptr %11, align 8
  %126 = load double, ptr %12, align 8
  %127 = fmul double %125, %126
  %128 = call i64 @bits(double noundef %127)
  %129 = mul i64 %128, 3
  %130 = add i64 %124, %129
  %131 = load double, ptr %11, align 8
  %132 = load double, ptr %12, align 8
  %133 = fsub double %131, %132
  %134 = call i64 @bits(double noundef %133)
  %135 = mul i64 %134, 7
  %136 = add i64 %130, %135
  %137 = load i64, ptr %6, align 8
  %138 = xor i64 %137, %136
  store i64 %138, ptr %6, align 8
  %139 = load double, ptr %12, align 8
  %140 = fcmp une double %139, 0.000000e+00
  br i1 %140, label %141, label %148

141:                                              ; preds = %115
  %142 = load double, ptr %11, align 8
  %143 = load double, ptr %12, align 8
  %144 = fdiv double %142, %143
  %145 = call i64 @bits(double noundef %144)
  %146 = load i64, ptr %6, align 8
  %147 = add i64 %146, %145
  store i64 %147, ptr %6, align 8
  br label %148

148:                                              ; preds = %141, %115
  %149 = load double, ptr %11, align 8
  %150 = load double, ptr %12, align 8
  %151 = call double @llvm.minnum.f64(double %149, double %150)
  %152 = call i64 @bits(double noundef %151)
  %153 = load double, ptr %11, align 8
  %154 = load double, ptr %12, align 8
  %155 = call double @llvm.maxnum.f64(double %153, double %154)
  %156 = call i64 @bits(double noundef %155)
  %157 = mul i64 %156, 5
  %158 = add i64 %152, %157
  %159 = load i64, ptr %6, align 8
  %160 = add i64 %159, %158
  store i64 %160, ptr %6, align 8
  %161 = load double, ptr %11, align 8
  %162 = call double @llvm.fabs.f64(double %161)
  %163 = call i64 @bits(double noundef %162)
  %164 = load double, ptr %11, align 8
  %165 = bitcast double %164 to i64
  %166 = icmp slt i64 %165, 0
  %167 = zext i1 %166 to i32
  %168 = icmp ne i32 %167, 0
  %169 = zext i1 %168 to i32
  %170 = sext i32 %169 to i64
  %171 = add i64 %163, %170
  %172 = load double, ptr %11, align 8
  %173 = call double @llvm.fabs.f64(double %172)
  %174 = call double @llvm.sqrt.f64(double %173)
  %175 = call i64 @bits(double noundef %174)
  %176 = add i64 %171, %175
  %177 = load i64, ptr %6, align 8
  %178 = add i64 %177, %176
  store i64 %178, ptr %6, align 8
  br label %179

179:                                              ; preds = %148
  %180 = load i32, ptr %10, align 4
  %181 = add nsw i32 %180, 1
  store i32 %181, ptr %10, align 4
  br label %44, !llvm.loop !5

182:                                              ; preds = %44
  br label %183

183:                                              ; preds = %182
  %184 = load i32, ptr %9, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %9, align 4
  br label %40, !llvm.loop !7

186:                                              ; preds = %40
  %187 = load float, ptr %5, align 4
  %188 = fdiv float %187, 1.024000e+03
  store float %188, ptr %13, align 4
  %189 = load float, ptr %5, align 4
  %190 = fmul float %189, 0x47D2CED320000000
  %191 = fmul float 0x47EC363CC0000000, %190
  %192 = fmul float %191, 2.000000e+00
  store float %192, ptr %14, align 4
  %193 = load i64, ptr %6, align 8
  %194 = mul i64 %193, 31
  %195 = load float, ptr %13, align 4
  %196 = call i32 @bitsf(float noundef %195)
  %197 = zext i32 %196 to i64
  %198 = add i64 %194, %197
  %199 = load float, ptr %14, align 4
  %200 = call i32 @bitsf(float noundef %199)
  %201 = zext i32 %200 to i64
  %202 = add i64 %198, %201
  %203 = load float, ptr %13, align 4
  %204 = fneg float %203
  %205 = fmul float %204, 5.000000e-01
  %206 = call i32 @bitsf(float noundef %205)
  %207 = zext i32 %206 to i64
  %208 = add i64 %202, %207
  store i64 %208, ptr %6, align 8
  %209 = load i64, ptr %6, align 8
  %210 = mul i64 %209, 31
  %211 = call i32 @bitsf(float noundef 0x4170000000000000)
  %212 = zext i32 %211 to i64
  %213 = add i64 %210, %212
  %214 = call i32 @bitsf(float noundef 0x4170000040000000)
  %215 = zext i32 %214 to i64
  %216 = add i64 %213, %215
  %217 = call i32 @bitsf(float noundef 0x3FB99999A0000000)
  %218 = zext i32 %217 to i64
  %219 = add i64 %216, %218
  store i64 %219, ptr %6, align 8
  %220 = load i64, ptr %6, align 8
  %221 = mul i64 %220, 31
  %222 = load double, ptr %4, align 8
  %223 = fptrunc double %222 to float
  %224 = fpext float %223 to double
  %225 = load double, ptr %4, align 8
  %226 = fptrunc double %225 to float
  %227 = fpext float %226 to double
  %228 = fcmp une double %224, %227
  %229 = zext i1 %228 to i32
  %230 = sitofp i32 %229 to double
  %231 = call i64 @bits(double noundef %230)
  %232 = add i64 %221, %231
  %233 = load double, ptr %2, align 8
  %234 = fptrunc double %233 to float
  %235 = call i32 @bitsf(float noundef %234)
  %236 = zext i32 %235 to i64
  %237 = add i64 %232, %236
  store i64 %237, ptr %6, align 8
  %238 = load i64, ptr %6, align 8
  %239 = mul i64 %238, 31
  %240 = call double @llvm.floor.f64(double -5.000000e-01)
  %241 = call i64 @bits(double noundef %240)
  %242 = add i64 %239, %241
  %243 = call double @llvm.ceil.f64(double -5.000000e-01)
  %244 = call i64 @bits(double noundef %243)
  %245 = add i64 %242, %244
  %246 = load double, ptr %4, align 8
  %247 = call double @llvm.floor.f64(double %246)
  %248 = load double, ptr %4, align 8
  %249 = call double @llvm.floor.f64(double %248)
  %250 = fcmp une double %247, %249
  %251 = zext i1 %250 to i32
  %252 = sitofp i32 %251 to double
  %253 = call i64 @bits(double noundef %252)
  %254 = add i64 %245, %253
  store i64 %254, ptr %6, align 8
  %255 = load i64, ptr %6, align 8
  ret i64 %255
}

; Function Attrs: noinline nounwind optnone
define internal i64 @bits(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca i64, align 8
  store double %0, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %2, i64 8, i1 false)
  %4 = load i64, ptr %3, align 8
  ret i64 %4
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @bitsf(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca i32, align 4
  store float %0, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %2, i64 4, i1 false)
  %4 = load i32, ptr %3, align 4
  ret i32 %4
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
