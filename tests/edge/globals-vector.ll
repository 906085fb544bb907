; A mutable global of vector type <4 x i1>, loaded, modified and returned (only through its own
; type, so the in-memory bit layout is not observed).
; Expected values from lli-16, reviewed by hand.

@flags = internal global <4 x i1> <i1 true, i1 false, i1 true, i1 true>

; RUN: pyir run %s --entry t_flags
; CHECK: <i1 false, i1 true, i1 false, i1 false>
define <4 x i1> @t_flags() {
  %v = load <4 x i1>, ptr @flags
  %r = xor <4 x i1> %v, <i1 true, i1 true, i1 true, i1 true>
  ret <4 x i1> %r
}
