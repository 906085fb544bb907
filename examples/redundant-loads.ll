; gvn and dse on memory: the second load of %p reads what the first read (the store in between
; writes a local array that %p cannot point into), the first store to %tmp is overwritten before
; anyone reads it, and %scratch is never read at all.
;   ./pyir opt --passes=gvn,dse,dce examples/redundant-loads.ll
;   ./pyir run -O2 examples/redundant-loads.ll --entry twice 21
define i32 @scale(ptr %p, i32 %k) {
entry:
  %scratch = alloca [4 x i32]
  %tmp = alloca i32
  %a = load i32, ptr %p
  %slot = getelementptr [4 x i32], ptr %scratch, i64 0, i64 1
  store i32 %a, ptr %slot
  store i32 %k, ptr %tmp
  store i32 %a, ptr %tmp
  %b = load i32, ptr %p
  %t = load i32, ptr %tmp
  %m = mul i32 %b, %k
  %r = add i32 %m, %t
  ret i32 %r
}

define i32 @twice(i32 %x) {
entry:
  %cell = alloca i32
  store i32 %x, ptr %cell
  %r = call i32 @scale(ptr %cell, i32 2)
  ret i32 %r
}
