; instcombine leaves blocks the entry cannot reach alone: there an instruction may use itself or
; another in a cycle (the verifier allows that only in unreachable code). Rewriting
; `%self = add %self, 1` as `(x + 1) + 1` used to leave a deleted instruction in use, and the cycle
; crashed the pass (internal errors); -O2 runs instcombine before simplifycfg deletes such blocks.
; RUN: pyir opt --passes=instcombine %s
; CHECK: dead:
; CHECK-NEXT: %self = add i32 %self, 1
; CHECK-NEXT: br label %cycle
; CHECK: cycle:
; CHECK-NEXT: %x = add i32 %y, 1
; CHECK-NEXT: %y = add i32 %x, 1
; CHECK-NEXT: ret i32 %y
; RUN: pyir run -O2 %s --entry f 7
; RUN: pyir run -O1 %s --entry f 7
; CHECK: 8
; CHECK-NEXT: 8

define i32 @f(i32 %a) {
entry:
  %live = add i32 %a, 0
  %r = add i32 %live, 1
  ret i32 %r
dead:
  %self = add i32 %self, 1
  br label %cycle
cycle:
  %x = add i32 %y, 1
  %y = add i32 %x, 1
  ret i32 %y
}
