; instcombine: a masked load or gather whose mask is all false is its pass-through value (nothing is
; read, so even a null address is fine); a masked load whose mask is all true is a plain vector load
; with its alignment (the pass-through, here undef, is not used). A mask with one lane off, or one
; only known at run time, stays.
; RUN: pyir opt --passes=instcombine %s
; CHECK: define <4 x i32> @none(ptr %p)
; CHECK-NEXT: ret <4 x i32> <i32 1, i32 2, i32 3, i32 4>
; CHECK: define <4 x double> @gather_none(<4 x ptr> %ps, <4 x double> %x)
; CHECK-NEXT: ret <4 x double> %x
; CHECK: define <4 x i32> @all(ptr %p)
; CHECK-NEXT: %l = load <4 x i32>, ptr %p, align 4
; CHECK-NEXT: ret <4 x i32> %l
; CHECK: define <4 x i32> @some(ptr %p)
; CHECK-NEXT: %l = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %p, i32 4, <4 x i1> <i1 true, i1 true, i1 false, i1 true>
; CHECK: define <4 x i32> @variable(ptr %p, <4 x i1> %m)
; CHECK-NEXT: %l = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %p, i32 4, <4 x i1> %m
; The results, as written (interpreter) and after -O2 (JIT):
; RUN: pyir run --interp %s --entry sum
; RUN: pyir run -O2 %s --entry sum
; CHECK: 13
; CHECK-NEXT: 13

@g = global [4 x i32] [i32 1, i32 2, i32 3, i32 4]

declare <4 x i32> @llvm.masked.load.v4i32.p0(ptr, i32, <4 x i1>, <4 x i32>)
declare <4 x double> @llvm.masked.gather.v4f64.v4p0(<4 x ptr>, i32, <4 x i1>, <4 x double>)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)

define <4 x i32> @none(ptr %p) {
  %l = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %p, i32 4, <4 x i1> zeroinitializer, <4 x i32> <i32 1, i32 2, i32 3, i32 4>)
  ret <4 x i32> %l
}

define <4 x double> @gather_none(<4 x ptr> %ps, <4 x double> %x) {
  %l = call <4 x double> @llvm.masked.gather.v4f64.v4p0(<4 x ptr> %ps, i32 8, <4 x i1> <i1 false, i1 false, i1 false, i1 false>, <4 x double> %x)
  ret <4 x double> %l
}

define <4 x i32> @all(ptr %p) {
  %l = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %p, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <4 x i32> undef)
  ret <4 x i32> %l
}

define <4 x i32> @some(ptr %p) {
  %l = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %p, i32 4, <4 x i1> <i1 true, i1 true, i1 false, i1 true>, <4 x i32> zeroinitializer)
  ret <4 x i32> %l
}

define <4 x i32> @variable(ptr %p, <4 x i1> %m) {
  %l = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %p, i32 4, <4 x i1> %m, <4 x i32> zeroinitializer)
  ret <4 x i32> %l
}

define i32 @sum() {
  %a = call <4 x i32> @none(ptr null)
  %b = call <4 x i32> @all(ptr @g)
  %c = call <4 x i32> @some(ptr @g)
  %ab = add <4 x i32> %a, %b
  %abc = sub <4 x i32> %ab, %c
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %abc)
  ret i32 %r
}
