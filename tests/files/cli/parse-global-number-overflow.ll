; A global number too large for any module is an out-of-order number, not a crash.
; RUN: not pyir verify %s
; CHECK: parse-global-number-overflow.ll:5:1: error: global expected to be numbered '@0'
; CHECK-NOT: internal error
@99999999999 = global i32 0
