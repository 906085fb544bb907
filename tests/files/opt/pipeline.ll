; The pass manager and the command line: -O2 on clang -O0 style code, --print-after-all dumps after
; each pass, --time-passes reports, unknown passes and conflicting options are clear errors.
; RUN: pyir opt -O2 %s
; CHECK: define i32 @square_sum(i32 %n)
; CHECK-NOT: alloca
; CHECK: ret i32
; RUN: pyir opt --passes=mem2reg,dce --print-after-all %s
; CHECK: ; *** IR Dump After mem2reg ***
; CHECK: ; *** IR Dump After dce ***
; RUN: pyir opt --passes=dce --time-passes %s
; CHECK: ===== pass execution timing report =====
; CHECK: us  dce
; CHECK: us  total
; RUN: not pyir opt --passes=mem2reg,bogus %s
; CHECK: error: unknown pass 'bogus' (known passes: sroa, mem2reg, constfold, sccp,
; RUN: not pyir opt -O1 --passes=dce %s
; CHECK: error: give either -O<n> or --passes, not both
; RUN: not pyir opt -O1 -O2 %s
; CHECK: error: give only one optimization level
; RUN: pyir run -O0 %s --entry square_sum 10
; RUN: pyir run -O1 %s --entry square_sum 10
; RUN: pyir run -O2 %s --entry square_sum 10
; RUN: pyir run -O3 %s --entry square_sum 10
; CHECK: 285
; CHECK-NEXT: 285
; CHECK-NEXT: 285
; CHECK-NEXT: 285
; RUN: pyir run -O2 --verbose %s --entry square_sum 3
; CHECK: 5
; CHECK: verify:
; CHECK-NEXT: optimize:
; CHECK-NEXT: compile:

define i32 @square_sum(i32 %n) {
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
