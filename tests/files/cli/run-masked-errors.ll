; Masked memory in the interpreter: a lane whose mask bit is set is checked like any access (here
; lane 3 runs one element past the end of @g, a positioned out-of-bounds error; lanes 1 and 2 are
; off and not checked). Lanes narrower than a byte: MemoryTests.
; RUN: not pyir run --interp %s --entry past_end
; CHECK: run-masked-errors.ll:12:3: error: out-of-bounds store of 4 bytes at offset 12 of a 12-byte global @g
; CHECK-NOT: internal error
@g = global [3 x i32] zeroinitializer

declare void @llvm.masked.store.v4i32.p0(<4 x i32>, ptr, i32, <4 x i1>)

define void @past_end() {
  call void @llvm.masked.store.v4i32.p0(<4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr @g, i32 4, <4 x i1> <i1 true, i1 false, i1 false, i1 true>)
  ret void
}
