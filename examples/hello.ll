; A first PyIR program: a fused multiply-add on floats and a loop that sums 1..n.
;   ./pyir run examples/hello.ll                          -> 5050
;   ./pyir run examples/hello.ll --entry muladd 2 3 0.5   -> 6.5

define float @muladd(float %a, float %b, float %c) {
  %t = fmul float %a, %b
  %r = fadd float %t, %c
  ret float %r
}

define i64 @sum_to(i64 %n) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 1, %entry ], [ %i.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %acc.next = add i64 %acc, %i
  %i.next = add i64 %i, 1
  %done = icmp sgt i64 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  ret i64 %acc.next
}

define i64 @main() {
  %r = call i64 @sum_to(i64 100)
  ret i64 %r
}
