; sroa: struct, array and union allocas that are only accessed at constant offsets are split into
; one alloca per partition, which mem2reg then promotes: fields stored and loaded (@point), a union
; read as another type of the same size (@pun), fields packed into the i64 clang passes a small
; struct in (@pair, @unpair: the partition is an i64 written with and/shl/or and read with
; lshr/trunc), memcpy between two structs (@copy_struct), memcpy from a constant global (@from_const,
; folded to constants), memset (@memset_fill), an aggregate load used by extractvalue (@agg_load)
; an aggregate loaded in one block and stored in another (@agg_copy_across_blocks, a copy of the
; fields' bytes: the alloca is read at the load, the other memory written at the store; the padding
; of the destination keeps its bytes, @copy_keeps_padding), and a struct loaded whole and returned
; (@whole_load: built with insertvalue), and a 4-byte memcpy from any pointer into an i32
; (@unaligned_read: it stays one load of 4 bytes there, which faults as the memcpy did).
; Refused, the alloca stays: a variable index, an address passed to a call, an access past the end
; (it must still fault), a memcpy of two fields from a pointer argument (its two loads could fault
; with another message than the memcpy's), a volatile access,
; and an i1 under a memcpy (a stored i1 is not a byte; the other alloca of that memcpy is split).
; RUN: pyir opt --passes=sroa %s
; CHECK: define i64 @pair(float %f, i32 %k)
; CHECK-NEXT: entry:
; CHECK-NEXT: %m.sroa.0 = alloca i64, align 8
; CHECK-NEXT: store i64 0, ptr %m.sroa.0, align 8
; CHECK: = and i64 %2, -4294967296
; CHECK: = shl i64 %5, 32
; CHECK: define i32 @copy_struct(i32 %a)
; CHECK-NEXT: entry:
; CHECK-NEXT: %s.sroa.0 = alloca i32, align 4
; CHECK-NEXT: %s.sroa.1 = alloca i32, align 4
; CHECK-NEXT: %t.sroa.0 = alloca i32, align 4
; CHECK-NEXT: %t.sroa.1 = alloca i32, align 4
; RUN: pyir opt --passes=sroa,mem2reg,instcombine,dce %s
; CHECK: define i32 @point(i32 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: %r = mul i32 %a, %b
; CHECK-NEXT: ret i32 %r
; CHECK: define i64 @pun(double %d)
; CHECK-NEXT: entry:
; CHECK-NEXT: bitcast double %d to i64
; CHECK: define i64 @pair(float %f, i32 %k)
; CHECK-NEXT: entry:
; CHECK-NEXT: %0 = bitcast float %f to i32
; CHECK-NEXT: %1 = zext i32 %0 to i64
; CHECK-NEXT: %2 = zext i32 %k to i64
; CHECK-NEXT: %3 = shl i64 %2, 32
; CHECK-NEXT: %4 = or i64 %1, %3
; CHECK-NEXT: ret i64 %4
; CHECK: define float @unpair(i64 %packed)
; CHECK-NEXT: entry:
; CHECK-NEXT: %0 = trunc i64 %packed to i32
; CHECK-NEXT: %1 = bitcast i32 %0 to float
; CHECK-NEXT: %2 = lshr i64 %packed, 32
; CHECK-NEXT: %3 = trunc i64 %2 to i32
; CHECK: define i32 @copy_struct(i32 %a)
; CHECK-NEXT: entry:
; CHECK-NEXT: %r = add i32 %a, -3
; CHECK: define double @from_const()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret double 12.5
; CHECK: define i32 @memset_fill()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 16843009
; CHECK: define double @agg_load(double %re, double %im)
; CHECK-NEXT: entry:
; CHECK-NEXT: %r = fsub double %re, %im
; CHECK: define i32 @agg_copy_across_blocks(i32 %a, i1 %c)
; CHECK-NOT: alloca
; CHECK: ret i32 %a
; CHECK: define i32 @variable_index(i32 %i)
; CHECK-NEXT: entry:
; CHECK-NEXT: %arr = alloca [4 x i32]
; CHECK: define i32 @escapes()
; CHECK-NEXT: entry:
; CHECK-NEXT: %p = alloca %struct.Point
; CHECK: define i64 @out_of_bounds()
; CHECK-NEXT: entry:
; CHECK-NEXT: %p = alloca %struct.Point
; CHECK: define i32 @copy_from_arg(ptr %q)
; CHECK-NEXT: entry:
; CHECK-NEXT: %p = alloca %struct.Point
; CHECK: define i32 @volatile_field()
; CHECK-NEXT: entry:
; CHECK-NEXT: %p = alloca %struct.Point
; CHECK: define %struct.Pad @whole_load(i32 %a)
; CHECK-NEXT: entry:
; CHECK-NEXT: %0 = insertvalue %struct.Pad undef, i8 7, 0
; CHECK-NEXT: %1 = insertvalue %struct.Pad %0, i32 %a, 1
; CHECK-NEXT: ret %struct.Pad %1
; CHECK: define i8 @bool_under_memcpy()
; CHECK-NEXT: entry:
; CHECK-NEXT: %s = alloca [2 x i1]
; CHECK-NEXT: store i1 true, ptr %s
; CHECK-NEXT: %0 = load i8, ptr %s, align 1
; CHECK-NEXT: ret i8 %0
; CHECK: define i64 @copy_keeps_padding()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i64 72340172854919681
; CHECK: define i32 @unaligned_read(ptr %q, i64 %i)
; CHECK-NEXT: entry:
; CHECK-NEXT: %p = getelementptr inbounds i8, ptr %q, i64 %i
; CHECK-NEXT: %0 = load i32, ptr %p, align 1
; CHECK-NEXT: ret i32 %0
; The optimized functions compute what the unoptimized ones compute.
; RUN: pyir run -O0 %s --entry pair 1.5 -3
; RUN: pyir run -O2 %s --entry pair 1.5 -3
; CHECK: -11815354368
; CHECK-NEXT: -11815354368
; RUN: pyir run -O0 %s --entry unpair 4611686019501129728
; RUN: pyir run -O2 %s --entry unpair 4611686019501129728
; CHECK: 1073741800.0
; CHECK-NEXT: 1073741800.0
; RUN: pyir run -O0 %s --entry pun 1.5
; RUN: pyir run -O2 %s --entry pun 1.5
; CHECK: 4609434218613702656
; CHECK-NEXT: 4609434218613702656
; RUN: pyir run -O0 %s --entry copy_struct 10
; RUN: pyir run -O2 %s --entry copy_struct 10
; CHECK: 7
; CHECK-NEXT: 7
; RUN: pyir run -O0 %s --entry agg_copy_across_blocks 77 false
; RUN: pyir run -O2 %s --entry agg_copy_across_blocks 77 true
; CHECK: 77
; CHECK-NEXT: 77
; RUN: pyir run -O0 %s --entry variable_index 2
; RUN: pyir run -O2 %s --entry variable_index 0
; CHECK: 0
; CHECK-NEXT: 9
; RUN: pyir run -O0 %s --entry bool_under_memcpy
; RUN: pyir run -O2 %s --entry bool_under_memcpy
; CHECK: 1
; CHECK-NEXT: 1
; RUN: pyir run -O0 %s --entry whole_load 5
; RUN: pyir run -O2 %s --entry whole_load 5
; CHECK: { i8 7, i32 5 }
; CHECK-NEXT: { i8 7, i32 5 }
; RUN: pyir run -O0 %s --entry unaligned_read_fault 4
; RUN: pyir run -O2 %s --entry unaligned_read_fault 4
; CHECK: 16843009
; CHECK-NEXT: 16843009
; RUN: not pyir run --interp -O2 %s --entry unaligned_read_fault 6
; CHECK: error: out-of-bounds load of 4 bytes at offset 6 of a 8-byte alloca
; RUN: not pyir run --interp -O2 %s --entry out_of_bounds
; CHECK: error: out-of-bounds load of 8 bytes at offset 4 of a 8-byte alloca

%struct.Point = type { i32, i32 }
%struct.Mixed = type { float, i32, float }
%struct.Rec = type { i32, i32, double }
%struct.Pad = type { i8, i32 }

@table = private unnamed_addr constant %struct.Rec { i32 7, i32 -2, double 2.5 }
@counter = global i32 5

declare void @sink(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define i32 @point(i32 %a, i32 %b) {
entry:
  %p = alloca %struct.Point
  %x = getelementptr inbounds %struct.Point, ptr %p, i32 0, i32 0
  store i32 %a, ptr %x
  %y = getelementptr inbounds %struct.Point, ptr %p, i32 0, i32 1
  store i32 %b, ptr %y
  %x1 = load i32, ptr %x
  %y1 = load i32, ptr %y
  %r = mul i32 %x1, %y1
  ret i32 %r
}

define i64 @pun(double %d) {
entry:
  %u = alloca double
  store double %d, ptr %u
  %bits = load i64, ptr %u
  ret i64 %bits
}

define i64 @pair(float %f, i32 %k) {
entry:
  %m = alloca %struct.Mixed
  %a = getelementptr inbounds %struct.Mixed, ptr %m, i32 0, i32 0
  store float %f, ptr %a
  %b = getelementptr inbounds %struct.Mixed, ptr %m, i32 0, i32 1
  store i32 %k, ptr %b
  %lo = load i64, ptr %m
  ret i64 %lo
}

define float @unpair(i64 %packed) {
entry:
  %m = alloca %struct.Mixed
  store i64 %packed, ptr %m
  %a = getelementptr inbounds %struct.Mixed, ptr %m, i32 0, i32 0
  %f = load float, ptr %a
  %b = getelementptr inbounds %struct.Mixed, ptr %m, i32 0, i32 1
  %k = load i32, ptr %b
  %kf = sitofp i32 %k to float
  %r = fadd float %f, %kf
  ret float %r
}

define i32 @copy_struct(i32 %a) {
entry:
  %s = alloca %struct.Point
  %t = alloca %struct.Point
  %x = getelementptr inbounds %struct.Point, ptr %s, i32 0, i32 0
  store i32 %a, ptr %x
  %y = getelementptr inbounds %struct.Point, ptr %s, i32 0, i32 1
  store i32 3, ptr %y
  call void @llvm.memcpy.p0.p0.i64(ptr %t, ptr %s, i64 8, i1 false)
  %ty = getelementptr inbounds %struct.Point, ptr %t, i32 0, i32 1
  %v = load i32, ptr %ty
  %tx = load i32, ptr %t
  %r = sub i32 %tx, %v
  ret i32 %r
}

define double @from_const() {
entry:
  %r = alloca %struct.Rec
  call void @llvm.memcpy.p0.p0.i64(ptr %r, ptr @table, i64 16, i1 false)
  %a = load i32, ptr %r
  %bp = getelementptr inbounds %struct.Rec, ptr %r, i32 0, i32 1
  %b = load i32, ptr %bp
  %cp = getelementptr inbounds %struct.Rec, ptr %r, i32 0, i32 2
  %c = load double, ptr %cp
  %ab = add i32 %a, %b
  %abf = sitofp i32 %ab to double
  %s = fmul double %abf, %c
  ret double %s
}

define i32 @memset_fill() {
entry:
  %buf = alloca [4 x i8]
  call void @llvm.memset.p0.i64(ptr %buf, i8 1, i64 4, i1 false)
  %v = load i32, ptr %buf
  ret i32 %v
}

define double @agg_load(double %re, double %im) {
entry:
  %z = alloca { double, double }
  %p0 = getelementptr inbounds { double, double }, ptr %z, i32 0, i32 0
  store double %re, ptr %p0
  %p1 = getelementptr inbounds { double, double }, ptr %z, i32 0, i32 1
  store double %im, ptr %p1
  %v = load { double, double }, ptr %z
  %a = extractvalue { double, double } %v, 0
  %b = extractvalue { double, double } %v, 1
  %r = fsub double %a, %b
  ret double %r
}

define i32 @agg_copy_across_blocks(i32 %a, i1 %c) {
entry:
  %s = alloca %struct.Pad
  %t = alloca %struct.Pad
  %x = getelementptr inbounds %struct.Pad, ptr %s, i32 0, i32 1
  store i32 %a, ptr %x
  %v = load %struct.Pad, ptr %s
  store i32 0, ptr %x
  br i1 %c, label %then, label %join
then:
  br label %join
join:
  store %struct.Pad %v, ptr %t
  %tx = getelementptr inbounds %struct.Pad, ptr %t, i32 0, i32 1
  %r = load i32, ptr %tx
  ret i32 %r
}

define i32 @variable_index(i32 %i) {
entry:
  %arr = alloca [4 x i32]
  call void @llvm.memset.p0.i64(ptr %arr, i8 0, i64 16, i1 false)
  %e = getelementptr inbounds [4 x i32], ptr %arr, i32 0, i32 %i
  store i32 9, ptr %e
  %v = load i32, ptr %arr
  ret i32 %v
}

define i32 @escapes() {
entry:
  %p = alloca %struct.Point
  store i32 1, ptr %p
  call void @sink(ptr %p)
  %v = load i32, ptr %p
  ret i32 %v
}

define i64 @out_of_bounds() {
entry:
  %p = alloca %struct.Point
  store i32 1, ptr %p
  %y = getelementptr inbounds %struct.Point, ptr %p, i32 0, i32 1
  %v = load i64, ptr %y
  ret i64 %v
}

define i32 @copy_from_arg(ptr %q) {
entry:
  %p = alloca %struct.Point
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %q, i64 8, i1 false)
  %v = load i32, ptr %p
  ret i32 %v
}

define i32 @volatile_field() {
entry:
  %p = alloca %struct.Point
  store i32 4, ptr %p
  %v = load volatile i32, ptr %p
  ret i32 %v
}

define %struct.Pad @whole_load(i32 %a) {
entry:
  %p = alloca %struct.Pad
  store i8 7, ptr %p
  %x = getelementptr inbounds %struct.Pad, ptr %p, i32 0, i32 1
  store i32 %a, ptr %x
  %v = load %struct.Pad, ptr %p
  ret %struct.Pad %v
}

define i8 @bool_under_memcpy() {
entry:
  %s = alloca [2 x i1]
  %t = alloca [2 x i1]
  store i1 true, ptr %s
  call void @llvm.memcpy.p0.p0.i64(ptr %t, ptr %s, i64 2, i1 false)
  %v = load i8, ptr %t
  ret i8 %v
}

define i64 @copy_keeps_padding() {
entry:
  %s = alloca %struct.Pad
  %t = alloca %struct.Pad
  call void @llvm.memset.p0.i64(ptr %s, i8 1, i64 8, i1 false)
  call void @llvm.memset.p0.i64(ptr %t, i8 2, i64 8, i1 false)
  %v = load %struct.Pad, ptr %s
  store %struct.Pad %v, ptr %t
  %a = load i64, ptr %t
  ret i64 %a
}

; memcpy(&x, p, 4) from any pointer: one load of 4 bytes there, which faults exactly as the memcpy.
define i32 @unaligned_read(ptr %q, i64 %i) {
entry:
  %x = alloca i32
  %p = getelementptr inbounds i8, ptr %q, i64 %i
  call void @llvm.memcpy.p0.p0.i64(ptr %x, ptr %p, i64 4, i1 false)
  %v = load i32, ptr %x
  ret i32 %v
}

define i32 @unaligned_read_fault(i64 %i) {
entry:
  %buf = alloca [8 x i8]
  call void @llvm.memset.p0.i64(ptr %buf, i8 1, i64 8, i1 false)
  %x = alloca i32
  %p = getelementptr inbounds i8, ptr %buf, i64 %i
  call void @llvm.memcpy.p0.p0.i64(ptr %x, ptr %p, i64 4, i1 false)
  %v = load i32, ptr %x
  ret i32 %v
}
