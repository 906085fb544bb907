; The alignment operand of a masked memory intrinsic must be a constant power of two (LLVM's
; `immarg`): a positioned error otherwise. (The declared type's shape: verify-masked-signature.ll.)
; RUN: not pyir verify %s
; CHECK: verify-masked-memory.ll:9:3: error: the alignment of '@llvm.masked.store.v4i32.p0' (argument 3) must be a constant power of two, got '%a'
; CHECK: verify-masked-memory.ll:10:3: error: the alignment of '@llvm.masked.store.v4i32.p0' (argument 3) must be a constant power of two, got 'i32 3'
declare void @llvm.masked.store.v4i32.p0(<4 x i32>, ptr, i32, <4 x i1>)

define void @f(ptr %p, i32 %a, <4 x i32> %v, <4 x i1> %m) {
  call void @llvm.masked.store.v4i32.p0(<4 x i32> %v, ptr %p, i32 %a, <4 x i1> %m)
  call void @llvm.masked.store.v4i32.p0(<4 x i32> %v, ptr %p, i32 3, <4 x i1> %m)
  ret void
}
