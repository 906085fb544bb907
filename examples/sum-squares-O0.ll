; The sum of i*i for i < n, as clang -O0 writes it: every local lives in an alloca and every use is a
; load. `pyir opt -O2` turns it into SSA with phis (README.md, docs/optimizer.md).
define i32 @sum_squares(i32 %n) {
entry:
  %n.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %2, %3
  %4 = load i32, ptr %s, align 4
  %add = add nsw i32 %4, %mul
  store i32 %add, ptr %s, align 4
  br label %for.inc

for.inc:
  %5 = load i32, ptr %i, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond

for.end:
  %6 = load i32, ptr %s, align 4
  ret i32 %6
}
