; A masked memory intrinsic must be declared with its shape: one mask lane per value lane, and a
; vector of pointers for gather and scatter. A positioned error names the expected type.
; RUN: not pyir verify %s
; CHECK: verify-masked-signature.ll:5:19: error: 'llvm.masked.load.v4i32.p0' must have type <N x T> (ptr, i32, <N x i1>, <N x T>), not '<4 x i32> (ptr, i32, <8 x i1>, <4 x i32>)'
declare <4 x i32> @llvm.masked.load.v4i32.p0(ptr, i32, <8 x i1>, <4 x i32>)
