; llvm.masked.gather takes a vector of pointers: declared with one pointer, it is a positioned error
; that names the expected type.
; RUN: not pyir verify %s
; CHECK: verify-masked-gather-signature.ll:5:19: error: 'llvm.masked.gather.v2i64.v2p0' must have type <N x T> (<N x ptr>, i32, <N x i1>, <N x T>), not '<2 x i64> (ptr, i32, <2 x i1>, <2 x i64>)'
declare <2 x i64> @llvm.masked.gather.v2i64.v2p0(ptr, i32, <2 x i1>, <2 x i64>)
