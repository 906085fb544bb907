; Constant GEP offsets near ±2^31 on an alloca and on a global: folded into an address, the frame
; slot's offset (or the distance to the global) still adds to them, so the instruction selector
; moves any offset beyond 2^29 into a register. A GEP index of -2^31 into an alloca used to stop
; the JIT with "displacement -2147483824 does not fit in 32 bits" (found by MutatedProgramProperties).
; The accesses themselves land back inside the objects.
; RUN: pyir run %s --entry f 0
; CHECK: 16
; RUN: pyir run -O0 %s --entry f 0
; CHECK: 16
; RUN: pyir run %s --entry h 0
; CHECK: 5
; RUN: pyir run -O0 %s --entry h 0
; CHECK: 5
@g = global [16 x i8] zeroinitializer, align 16

define i64 @f(i64 %i) {
  %a = alloca [16 x i8], align 16
  %p = getelementptr inbounds [16 x i8], ptr %a, i64 0, i64 -2147483648
  %q = getelementptr inbounds i8, ptr %p, i64 2147483650
  store i8 7, ptr %q
  %g1 = getelementptr inbounds [16 x i8], ptr @g, i64 0, i64 2147483647
  %g2 = getelementptr inbounds i8, ptr %g1, i64 -2147483645
  store i8 9, ptr %g2
  %c = load i8, ptr getelementptr inbounds (i8, ptr getelementptr inbounds ([16 x i8], ptr @g, i64 0, i64 2147483647), i64 -2147483645)
  %v = load i8, ptr %q
  %s = add i8 %v, %c
  %r = zext i8 %s to i64
  ret i64 %r
}

; The shape of the program that found it: a store through an index of -2^31 that a branch keeps
; from running, next to one that runs.
define i64 @h(i32 %x) {
  %a = alloca [128 x i8], align 16
  %ok = getelementptr inbounds [128 x i8], ptr %a, i64 0, i64 3
  store i8 5, ptr %ok
  %c = icmp eq i32 %x, 1
  br i1 %c, label %far, label %done
far:
  %bad = getelementptr inbounds [128 x i8], ptr %a, i64 0, i64 -2147483648
  store i8 1, ptr %bad
  br label %done
done:
  %v = load i8, ptr %ok
  %r = zext i8 %v to i64
  ret i64 %r
}
