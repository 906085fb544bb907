; Mutual recursion at -O2: the inliner copies one function of a cycle into another (never a function
; into itself, never a recursion into a caller outside it), which leaves a self-recursion that
; tail-recursion elimination after inlining turns into a loop, as LLVM does. Here @is_even is
; inlined into @is_odd: @is_odd becomes a loop that steps by 2, @is_even calls it once, and @parity
; (outside the cycle) keeps its call. A recursion deeper than the call-depth limit is an error at
; -O0 and finishes at -O2 (docs/optimizer.md, "Deliberate differences").
; RUN: pyir opt -O2 %s
; CHECK: define internal i32 @is_even(i32 %n)
; CHECK: %r = call i32 @is_odd(i32 %m)
; CHECK: define internal i32 @is_odd(i32 %n)
; CHECK: tailrecurse:
; CHECK-NOT: call
; CHECK: define i32 @parity(i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: %e = call i32 @is_even(i32 %n)
; RUN: pyir run -O2 %s --entry parity 2001
; CHECK: 0
; RUN: pyir run --interp %s --entry parity 2001
; CHECK: 0
; RUN: pyir run -O2 %s --entry parity 2000
; CHECK: 1
; RUN: pyir run --interp %s --entry parity 2000
; CHECK: 1
; RUN: not pyir run --interp %s --entry parity 1000000
; CHECK: error: stack overflow
; RUN: pyir run -O2 %s --entry parity 1000000
; CHECK: 1

define internal i32 @is_even(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %yes, label %more
yes:
  ret i32 1
more:
  %m = sub i32 %n, 1
  %r = call i32 @is_odd(i32 %m)
  ret i32 %r
}

define internal i32 @is_odd(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %no, label %more
no:
  ret i32 0
more:
  %m = sub i32 %n, 1
  %r = call i32 @is_even(i32 %m)
  ret i32 %r
}

define i32 @parity(i32 %n) {
entry:
  %e = call i32 @is_even(i32 %n)
  ret i32 %e
}
