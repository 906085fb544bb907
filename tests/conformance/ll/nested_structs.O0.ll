; ModuleID = 'nested_structs.c'
source_filename = "nested_structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.World = type { [64 x %struct.Particle], [16 x %struct.Item], i32, i32 }
%struct.Particle = type { %struct.Vec3s, %struct.Vec3s, i8 }
%struct.Vec3s = type { i16, i16, i16 }
%struct.Item = type { [12 x i8], i32, %struct.anon }
%struct.anon = type { i16, i16 }

@g_seed = dso_local global i32 2024, align 4
@world = internal global %struct.World zeroinitializer, align 4

; Function Attrs: noinline nounwind optnone
define dso_local i64 @checksum() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.Particle, align 2
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca %struct.Item, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = load i32, ptr @g_seed, align 4
  store i32 %13, ptr %1, align 4
  store i32 64, ptr getelementptr inbounds (%struct.World, ptr @world, i32 0, i32 2), align 4
  store i32 0, ptr %2, align 4
  br label %14

14:                                               ; preds = %68, %0
  %15 = load i32, ptr %2, align 4
  %16 = icmp slt i32 %15, 64
  br i1 %16, label %17, label %71

17:                                               ; preds = %14
  %18 = load i32, ptr %1, align 4
  %19 = mul i32 %18, 1664525
  %20 = add i32 %19, 1013904223
  store i32 %20, ptr %1, align 4
  %21 = getelementptr inbounds %struct.Particle, ptr %3, i32 0, i32 0
  %22 = getelementptr inbounds %struct.Vec3s, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %1, align 4
  %24 = urem i32 %23, 2000
  %25 = trunc i32 %24 to i16
  %26 = sext i16 %25 to i32
  %27 = sub nsw i32 %26, 1000
  %28 = trunc i32 %27 to i16
  store i16 %28, ptr %22, align 2
  %29 = getelementptr inbounds %struct.Vec3s, ptr %21, i32 0, i32 1
  %30 = load i32, ptr %1, align 4
  %31 = lshr i32 %30, 11
  %32 = urem i32 %31, 2000
  %33 = trunc i32 %32 to i16
  %34 = sext i16 %33 to i32
  %35 = sub nsw i32 %34, 1000
  %36 = trunc i32 %35 to i16
  store i16 %36, ptr %29, align 2
  %37 = getelementptr inbounds %struct.Vec3s, ptr %21, i32 0, i32 2
  %38 = load i32, ptr %1, align 4
  %39 = lshr i32 %38, 3
  %40 = urem i32 %39, 500
  %41 = trunc i32 %40 to i16
  store i16 %41, ptr %37, align 2
  %42 = getelementptr inbounds %struct.Particle, ptr %3, i32 0, i32 1
  %43 = getelementptr inbounds %struct.Vec3s, ptr %42, i32 0, i32 0
  %44 = load i32, ptr %1, align 4
  %45 = lshr i32 %44, 5
  %46 = urem i32 %45, 21
  %47 = trunc i32 %46 to i16
  %48 = sext i16 %47 to i32
  %49 = sub nsw i32 %48, 10
  %50 = trunc i32 %49 to i16
  store i16 %50, ptr %43, align 2
  %51 = getelementptr inbounds %struct.Vec3s, ptr %42, i32 0, i32 1
  %52 = load i32, ptr %1, align 4
  %53 = lshr i32 %52, 9
  %54 = urem i32 %53, 21
  %55 = trunc i32 %54 to i16
  %56 = sext i16 %55 to i32
  %57 = sub nsw i32 %56, 10
  %58 = trunc i32 %57 to i16
  store i16 %58, ptr %51, align 2
  %59 = getelementptr inbounds %struct.Vec3s, ptr %42, i32 0, i32 2
  %60 = load i32, ptr %1, align 4
  %61 = lshr i32 %60, 13
  %62 = urem i32 %61, 7
  %63 = trunc i32 %62 to i16
  store i16 %63, ptr %59, align 2
  %64 = getelementptr inbounds %struct.Particle, ptr %3, i32 0, i32 2
  store i8 0, ptr %64, align 2
  %65 = load i32, ptr %2, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %66
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %67, ptr align 2 %3, i64 14, i1 false)
  br label %68

68:                                               ; preds = %17
  %69 = load i32, ptr %2, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %2, align 4
  br label %14, !llvm.loop !5

71:                                               ; preds = %14
  store i32 16, ptr getelementptr inbounds (%struct.World, ptr @world, i32 0, i32 3), align 4
  store i32 0, ptr %4, align 4
  br label %72

72:                                               ; preds = %127, %71
  %73 = load i32, ptr %4, align 4
  %74 = icmp slt i32 %73, 16
  br i1 %74, label %75, label %130

75:                                               ; preds = %72
  %76 = load i32, ptr %4, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [16 x %struct.Item], ptr getelementptr inbounds (%struct.World, ptr @world, i32 0, i32 1), i64 0, i64 %77
  store ptr %78, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %79

79:                                               ; preds = %96, %75
  %80 = load i32, ptr %6, align 4
  %81 = icmp slt i32 %80, 11
  br i1 %81, label %82, label %99

82:                                               ; preds = %79
  %83 = load i32, ptr %4, align 4
  %84 = mul nsw i32 %83, 7
  %85 = load i32, ptr %6, align 4
  %86 = mul nsw i32 %85, 3
  %87 = add nsw i32 %84, %86
  %88 = srem i32 %87, 26
  %89 = add nsw i32 97, %88
  %90 = trunc i32 %89 to i8
  %91 = load ptr, ptr %5, align 8
  %92 = getelementptr inbounds %struct.Item, ptr %91, i32 0, i32 0
  %93 = load i32, ptr %6, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [12 x i8], ptr %92, i64 0, i64 %94
  store i8 %90, ptr %95, align 1
  br label %96

96:                                               ; preds = %82
  %97 = load i32, ptr %6, align 4
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %6, align 4
  br label %79, !llvm.loop !7

99:                                               ; preds = %79
  %100 = load ptr, ptr %5, align 8
  %101 = getelementptr inbounds %struct.Item, ptr %100, i32 0, i32 0
  %102 = getelementptr inbounds [12 x i8], ptr %101, i64 0, i64 11
  store i8 0, ptr %102, align 1
  %103 = load ptr, ptr %5, align 8
  %104 = getelementptr inbounds %struct.Item, ptr %103, i32 0, i32 0
  %105 = load i32, ptr %4, align 4
  %106 = srem i32 %105, 10
  %107 = add nsw i32 %106, 1
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [12 x i8], ptr %104, i64 0, i64 %108
  store i8 0, ptr %109, align 1
  %110 = load i32, ptr %4, align 4
  %111 = mul i32 %110, 3
  %112 = load ptr, ptr %5, align 8
  %113 = getelementptr inbounds %struct.Item, ptr %112, i32 0, i32 1
  store i32 %111, ptr %113, align 4
  %114 = load i32, ptr %4, align 4
  %115 = mul nsw i32 %114, 100
  %116 = trunc i32 %115 to i16
  %117 = load ptr, ptr %5, align 8
  %118 = getelementptr inbounds %struct.Item, ptr %117, i32 0, i32 2
  %119 = getelementptr inbounds %struct.anon, ptr %118, i32 0, i32 0
  store i16 %116, ptr %119, align 4
  %120 = load i32, ptr %4, align 4
  %121 = mul nsw i32 %120, 100
  %122 = add nsw i32 %121, 99
  %123 = trunc i32 %122 to i16
  %124 = load ptr, ptr %5, align 8
  %125 = getelementptr inbounds %struct.Item, ptr %124, i32 0, i32 2
  %126 = getelementptr inbounds %struct.anon, ptr %125, i32 0, i32 1
  store i16 %123, ptr %126, align 2
  br label %127

127:                                              ; preds = %99
  %128 = load i32, ptr %4, align 4
  %129 = add nsw i32 %128, 1
  store i32 %129, ptr %4, align 4
  br label %72, !llvm.loop !8

130:                                              ; preds = %72
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %131

131:                                              ; preds = %148, %130
  %132 = load i32, ptr %8, align 4
  %133 = icmp slt i32 %132, 200
  br i1 %133, label %134, label %151

134:                                              ; preds = %131
  call void @step(ptr noundef @world)
  %135 = load i32, ptr %8, align 4
  %136 = srem i32 %135, 16
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds [16 x %struct.Item], ptr getelementptr inbounds (%struct.World, ptr @world, i32 0, i32 1), i64 0, i64 %137
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %9, ptr align 4 %138, i64 20, i1 false)
  %139 = load i32, ptr %8, align 4
  %140 = getelementptr inbounds %struct.Item, ptr %9, i32 0, i32 1
  %141 = load i32, ptr %140, align 4
  %142 = add i32 %141, %139
  store i32 %142, ptr %140, align 4
  %143 = load i32, ptr %8, align 4
  %144 = mul nsw i32 %143, 5
  %145 = srem i32 %144, 16
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [16 x %struct.Item], ptr getelementptr inbounds (%struct.World, ptr @world, i32 0, i32 1), i64 0, i64 %146
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %147, ptr align 4 %9, i64 20, i1 false)
  br label %148

148:                                              ; preds = %134
  %149 = load i32, ptr %8, align 4
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %8, align 4
  br label %131, !llvm.loop !9

151:                                              ; preds = %131
  store i32 0, ptr %10, align 4
  br label %152

152:                                              ; preds = %193, %151
  %153 = load i32, ptr %10, align 4
  %154 = icmp slt i32 %153, 64
  br i1 %154, label %155, label %196

155:                                              ; preds = %152
  %156 = load i32, ptr %10, align 4
  %157 = sext i32 %156 to i64
  %158 = getelementptr inbounds [64 x %struct.Particle], ptr @world, i64 0, i64 %157
  store ptr %158, ptr %11, align 8
  %159 = load i64, ptr %7, align 8
  %160 = mul i64 %159, 1000003
  %161 = load ptr, ptr %11, align 8
  %162 = getelementptr inbounds %struct.Particle, ptr %161, i32 0, i32 0
  %163 = getelementptr inbounds %struct.Vec3s, ptr %162, i32 0, i32 0
  %164 = load i16, ptr %163, align 2
  %165 = zext i16 %164 to i64
  %166 = add i64 %160, %165
  %167 = load ptr, ptr %11, align 8
  %168 = getelementptr inbounds %struct.Particle, ptr %167, i32 0, i32 0
  %169 = getelementptr inbounds %struct.Vec3s, ptr %168, i32 0, i32 1
  %170 = load i16, ptr %169, align 2
  %171 = zext i16 %170 to i64
  %172 = shl i64 %171, 16
  %173 = add i64 %166, %172
  %174 = load ptr, ptr %11, align 8
  %175 = getelementptr inbounds %struct.Particle, ptr %174, i32 0, i32 0
  %176 = getelementptr inbounds %struct.Vec3s, ptr %175, i32 0, i32 2
  %177 = load i16, ptr %176, align 2
  %178 = zext i16 %177 to i64
  %179 = shl i64 %178, 32
  %180 = add i64 %173, %179
  store i64 %180, ptr %7, align 8
  %181 = load ptr, ptr %11, align 8
  %182 = getelementptr inbounds %struct.Particle, ptr %181, i32 0, i32 2
  %183 = load i8, ptr %182, align 2
  %184 = zext i8 %183 to i64
  %185 = load ptr, ptr %11, align 8
  %186 = getelementptr inbounds %struct.Particle, ptr %185, i32 0, i32 1
  %187 = getelementptr inbounds %struct.Vec3s, ptr %186, i32 0, i32 2
  %188 = load i16, ptr %187, align 2
  %189 = zext i16 %188 to i64
  %190 = add i64 %184, %189
  %191 = load i64, ptr %7, align 8
  %192 = add i64 %191, %190
  store i64 %192, ptr %7, align 8
  br label %193

193:                                              ; preds = %155
  %194 = load i32, ptr %10, align 4
  %195 = add nsw i32 %194, 1
  store i32 %195, ptr %10, align 4
  br label %152, !llvm.loop !10

196:                                              ; preds = %152
  store i32 0, ptr %12, align 4
  br label %197

197:                                              ; preds = %208, %196
  %198 = load i32, ptr %12, align 4
  %199 = icmp slt i32 %198, 16
  br i1 %199, label %200, label %211

200:                                              ; preds = %197
  %201 = load i64, ptr %7, align 8
  %202 = mul i64 %201, 31
  %203 = load i32, ptr %12, align 4
  %204 = sext i32 %203 to i64
  %205 = getelementptr inbounds [16 x %struct.Item], ptr getelementptr inbounds (%struct.World, ptr @world, i32 0, i32 1), i64 0, i64 %204
  %206 = call i64 @hash_item(ptr noundef %205)
  %207 = add i64 %202, %206
  store i64 %207, ptr %7, align 8
  br label %208

208:                                              ; preds = %200
  %209 = load i32, ptr %12, align 4
  %210 = add nsw i32 %209, 1
  store i32 %210, ptr %12, align 4
  br label %197, !llvm.loop !11

211:                                              ; preds = %197
  %212 = load i64, ptr %7, align 8
  ret i64 %212
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal void @step(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %162, %1
  %6 = load i32, ptr %3, align 4
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds %struct.World, ptr %7, i32 0, i32 2
  %9 = load i32, ptr %8, align 4
  %10 = icmp slt i32 %6, %9
  br i1 %10, label %11, label %165

11:                                               ; preds = %5
  %12 = load ptr, ptr %2, align 8
  %13 = getelementptr inbounds %struct.World, ptr %12, i32 0, i32 0
  %14 = load i32, ptr %3, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [64 x %struct.Particle], ptr %13, i64 0, i64 %15
  store ptr %16, ptr %4, align 8
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds %struct.Particle, ptr %17, i32 0, i32 0
  %19 = getelementptr inbounds %struct.Vec3s, ptr %18, i32 0, i32 0
  %20 = load i16, ptr %19, align 2
  %21 = sext i16 %20 to i32
  %22 = load ptr, ptr %4, align 8
  %23 = getelementptr inbounds %struct.Particle, ptr %22, i32 0, i32 1
  %24 = getelementptr inbounds %struct.Vec3s, ptr %23, i32 0, i32 0
  %25 = load i16, ptr %24, align 2
  %26 = sext i16 %25 to i32
  %27 = add nsw i32 %21, %26
  %28 = trunc i32 %27 to i16
  %29 = load ptr, ptr %4, align 8
  %30 = getelementptr inbounds %struct.Particle, ptr %29, i32 0, i32 0
  %31 = getelementptr inbounds %struct.Vec3s, ptr %30, i32 0, i32 0
  store i16 %28, ptr %31, align 2
  %32 = load ptr, ptr %4, align 8
  %33 = getelementptr inbounds %struct.Particle, ptr %32, i32 0, i32 0
  %34 = getelementptr inbounds %struct.Vec3s, ptr %33, i32 0, i32 1
  %35 = load i16, ptr %34, align 2
  %36 = sext i16 %35 to i32
  %37 = load ptr, ptr %4, align 8
  %38 = getelementptr inbounds %struct.Particle, ptr %37, i32 0, i32 1
  %39 = getelementptr inbounds %struct.Vec3s, ptr %38, i32 0, i32 1
  %40 = load i16, ptr %39, align 2
  %41 = sext i16 %40 to i32
  %42 = add nsw i32 %36, %41
  %43 = trunc i32 %42 to i16
  %44 = load ptr, ptr %4, align 8
  %45 = getelementptr inbounds %struct.Particle, ptr %44, i32 0, i32 0
  %46 = getelementptr inbounds %struct.Vec3s, ptr %45, i32 0, i32 1
  store i16 %43, ptr %46, align 2
  %47 = load ptr, ptr %4, align 8
  %48 = getelementptr inbounds %struct.Particle, ptr %47, i32 0, i32 0
  %49 = getelementptr inbounds %struct.Vec3s, ptr %48, i32 0, i32 2
  %50 = load i16, ptr %49, align 2
  %51 = sext i16 %50 to i32
  %52 = load ptr, ptr %4, align 8
  %53 = getelementptr inbounds %struct.Particle, ptr %52, i32 0, i32 1
  %54 = getelementptr inbounds %struct.Vec3s, ptr %53, i32 0, i32 2
  %55 = load i16, ptr %54, align 2
  %56 = sext i16 %55 to i32
  %57 = add nsw i32 %51, %56
  %58 = trunc i32 %57 to i16
  %59 = load ptr, ptr %4, align 8
  %60 = getelementptr inbounds %struct.Particle, ptr %59, i32 0, i32 0
  %61 = getelementptr inbounds %struct.Vec3s, ptr %60, i32 0, i32 2
  store i16 %58, ptr %61, align 2
  %62 = load ptr, ptr %4, align 8
  %63 = getelementptr inbounds %struct.Particle, ptr %62, i32 0, i32 0
  %64 = getelementptr inbounds %struct.Vec3s, ptr %63, i32 0, i32 0
  %65 = load i16, ptr %64, align 2
  %66 = sext i16 %65 to i32
  %67 = icmp slt i32 %66, -1000
  br i1 %67, label %75, label %68

68:                                               ; preds = %11
  %69 = load ptr, ptr %4, align 8
  %70 = getelementptr inbounds %struct.Particle, ptr %69, i32 0, i32 0
  %71 = getelementptr inbounds %struct.Vec3s, ptr %70, i32 0, i32 0
  %72 = load i16, ptr %71, align 2
  %73 = sext i16 %72 to i32
  %74 = icmp sgt i32 %73, 1000
  br i1 %74, label %75, label %92

75:                                               ; preds = %68, %11
  %76 = load ptr, ptr %4, align 8
  %77 = getelementptr inbounds %struct.Particle, ptr %76, i32 0, i32 1
  %78 = getelementptr inbounds %struct.Vec3s, ptr %77, i32 0, i32 0
  %79 = load i16, ptr %78, align 2
  %80 = sext i16 %79 to i32
  %81 = sub nsw i32 0, %80
  %82 = trunc i32 %81 to i16
  %83 = load ptr, ptr %4, align 8
  %84 = getelementptr inbounds %struct.Particle, ptr %83, i32 0, i32 1
  %85 = getelementptr inbounds %struct.Vec3s, ptr %84, i32 0, i32 0
  store i16 %82, ptr %85, align 2
  %86 = load ptr, ptr %4, align 8
  %87 = getelementptr inbounds %struct.Particle, ptr %86, i32 0, i32 2
  %88 = load i8, ptr %87, align 2
  %89 = zext i8 %88 to i32
  %90 = or i32 %89, 1
  %91 = trunc i32 %90 to i8
  store i8 %91, ptr %87, align 2
  br label %92

92:                                               ; preds = %75, %68
  %93 = load ptr, ptr %4, align 8
  %94 = getelementptr inbounds %struct.Particle, ptr %93, i32 0, i32 0
  %95 = getelementptr inbounds %struct.Vec3s, ptr %94, i32 0, i32 1
  %96 = load i16, ptr %95, align 2
  %97 = sext i16 %96 to i32
  %98 = icmp slt i32 %97, -1000
  br i1 %98, label %106, label %99

99:                                               ; preds = %92
  %100 = load ptr, ptr %4, align 8
  %101 = getelementptr inbounds %struct.Particle, ptr %100, i32 0, i32 0
  %102 = getelementptr inbounds %struct.Vec3s, ptr %101, i32 0, i32 1
  %103 = load i16, ptr %102, align 2
  %104 = sext i16 %103 to i32
  %105 = icmp sgt i32 %104, 1000
  br i1 %105, label %106, label %123

106:                                              ; preds = %99, %92
  %107 = load ptr, ptr %4, align 8
  %108 = getelementptr inbounds %struct.Particle, ptr %107, i32 0, i32 1
  %109 = getelementptr inbounds %struct.Vec3s, ptr %108, i32 0, i32 1
  %110 = load i16, ptr %109, align 2
  %111 = sext i16 %110 to i32
  %112 = sub nsw i32 0, %111
  %113 = trunc i32 %112 to i16
  %114 = load ptr, ptr %4, align 8
  %115 = getelementptr inbounds %struct.Particle, ptr %114, i32 0, i32 1
  %116 = getelementptr inbounds %struct.Vec3s, ptr %115, i32 0, i32 1
  store i16 %113, ptr %116, align 2
  %117 = load ptr, ptr %4, align 8
  %118 = getelementptr inbounds %struct.Particle, ptr %117, i32 0, i32 2
  %119 = load i8, ptr %118, align 2
  %120 = zext i8 %119 to i32
  %121 = or i32 %120, 2
  %122 = trunc i32 %121 to i8
  store i8 %122, ptr %118, align 2
  br label %123

123:                                              ; preds = %106, %99
  %124 = load ptr, ptr %4, align 8
  %125 = getelementptr inbounds %struct.Particle, ptr %124, i32 0, i32 0
  %126 = getelementptr inbounds %struct.Vec3s, ptr %125, i32 0, i32 2
  %127 = load i16, ptr %126, align 2
  %128 = sext i16 %127 to i32
  %129 = icmp slt i32 %128, 0
  br i1 %129, label %130, label %151

130:                                              ; preds = %123
  %131 = load ptr, ptr %4, align 8
  %132 = getelementptr inbounds %struct.Particle, ptr %131, i32 0, i32 0
  %133 = getelementptr inbounds %struct.Vec3s, ptr %132, i32 0, i32 2
  store i16 0, ptr %133, align 2
  %134 = load ptr, ptr %4, align 8
  %135 = getelementptr inbounds %struct.Particle, ptr %134, i32 0, i32 1
  %136 = getelementptr inbounds %struct.Vec3s, ptr %135, i32 0, i32 2
  %137 = load i16, ptr %136, align 2
  %138 = sext i16 %137 to i32
  %139 = sub nsw i32 0, %138
  %140 = sdiv i32 %139, 2
  %141 = trunc i32 %140 to i16
  %142 = load ptr, ptr %4, align 8
  %143 = getelementptr inbounds %struct.Particle, ptr %142, i32 0, i32 1
  %144 = getelementptr inbounds %struct.Vec3s, ptr %143, i32 0, i32 2
  store i16 %141, ptr %144, align 2
  %145 = load ptr, ptr %4, align 8
  %146 = getelementptr inbounds %struct.Particle, ptr %145, i32 0, i32 2
  %147 = load i8, ptr %146, align 2
  %148 = zext i8 %147 to i32
  %149 = or i32 %148, 4
  %150 = trunc i32 %149 to i8
  store i8 %150, ptr %146, align 2
  br label %151

151:                                              ; preds = %130, %123
  %152 = load ptr, ptr %4, align 8
  %153 = getelementptr inbounds %struct.Particle, ptr %152, i32 0, i32 1
  %154 = getelementptr inbounds %struct.Vec3s, ptr %153, i32 0, i32 2
  %155 = load i16, ptr %154, align 2
  %156 = sext i16 %155 to i32
  %157 = sub nsw i32 %156, 1
  %158 = trunc i32 %157 to i16
  %159 = load ptr, ptr %4, align 8
  %160 = getelementptr inbounds %struct.Particle, ptr %159, i32 0, i32 1
  %161 = getelementptr inbounds %struct.Vec3s, ptr %160, i32 0, i32 2
  store i16 %158, ptr %161, align 2
  br label %162

162:                                              ; preds = %151
  %163 = load i32, ptr %3, align 4
  %164 = add nsw i32 %163, 1
  store i32 %164, ptr %3, align 4
  br label %5, !llvm.loop !12

165:                                              ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i64 @hash_item(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds %struct.Item, ptr %5, i32 0, i32 1
  %7 = load i32, ptr %6, align 4
  %8 = zext i32 %7 to i64
  store i64 %8, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %9

9:                                                ; preds = %34, %1
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %10, 12
  br i1 %11, label %12, label %21

12:                                               ; preds = %9
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds %struct.Item, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %4, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [12 x i8], ptr %14, i64 0, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = sext i8 %18 to i32
  %20 = icmp ne i32 %19, 0
  br label %21

21:                                               ; preds = %12, %9
  %22 = phi i1 [ false, %9 ], [ %20, %12 ]
  br i1 %22, label %23, label %37

23:                                               ; preds = %21
  %24 = load i64, ptr %3, align 8
  %25 = mul i64 %24, 131
  %26 = load ptr, ptr %2, align 8
  %27 = getelementptr inbounds %struct.Item, ptr %26, i32 0, i32 0
  %28 = load i32, ptr %4, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [12 x i8], ptr %27, i64 0, i64 %29
  %31 = load i8, ptr %30, align 1
  %32 = zext i8 %31 to i64
  %33 = add i64 %25, %32
  store i64 %33, ptr %3, align 8
  br label %34

34:                                               ; preds = %23
  %35 = load i32, ptr %4, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %4, align 4
  br label %9, !llvm.loop !13

37:                                               ; preds = %21
  %38 = load i64, ptr %3, align 8
  %39 = load ptr, ptr %2, align 8
  %40 = getelementptr inbounds %struct.Item, ptr %39, i32 0, i32 2
  %41 = getelementptr inbounds %struct.anon, ptr %40, i32 0, i32 0
  %42 = load i16, ptr %41, align 4
  %43 = zext i16 %42 to i64
  %44 = shl i64 %43, 16
  %45 = xor i64 %38, %44
  %46 = load ptr, ptr %2, align 8
  %47 = getelementptr inbounds %struct.Item, ptr %46, i32 0, i32 2
  %48 = getelementptr inbounds %struct.anon, ptr %47, i32 0, i32 1
  %49 = load i16, ptr %48, align 2
  %50 = zext i16 %49 to i64
  %51 = xor i64 %45, %50
  ret i64 %51
}

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
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
