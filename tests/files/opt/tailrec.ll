; tailrec: a self-call whose result is returned at once becomes a branch back to "tailrecurse"
; with a phi per parameter; `ret (f(...) op x)` with integer add/mul/and/or/xor accumulates in a
; phi instead. Not transformed: floating-point accumulation, functions with allocas, notail calls,
; calls not in tail position, and recursions with no base case (they stay "stack overflow").
; RUN: pyir opt --passes=tailrec %s
; CHECK: define i32 @gcd(i32 %a, i32 %b)
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %tailrecurse
; CHECK: tailrecurse:
; CHECK-NEXT: %a.tr = phi i32 [ %a, %entry ], [ %b.tr, %more ]
; CHECK-NEXT: %b.tr = phi i32 [ %b, %entry ], [ %r, %more ]
; CHECK: more:
; CHECK-NEXT: %r = urem i32 %a.tr, %b.tr
; CHECK-NEXT: br label %tailrecurse
; CHECK: define i64 @fact(i64 %n)
; CHECK: tailrecurse:
; CHECK-NEXT: %accumulator.tr = phi i64 [ 1, %entry ], [ %p, %rec ]
; CHECK-NEXT: %n.tr = phi i64 [ %n, %entry ], [ %m, %rec ]
; CHECK: rec:
; CHECK-NEXT: %m = sub i64 %n.tr, 1
; CHECK-NEXT: %p = mul i64 %n.tr, %accumulator.tr
; CHECK-NEXT: br label %tailrecurse
; CHECK: return:
; CHECK-NEXT: %v = phi i64 [ 1, %base ]
; CHECK-NEXT: %accumulate.ret.tr = mul i64 %accumulator.tr, %v
; CHECK-NEXT: ret i64 %accumulate.ret.tr
; CHECK: define void @fill(ptr %p, i64 %n)
; CHECK: tailrecurse:
; CHECK-NEXT: %n.tr = phi i64 [ %n, %entry ], [ %m, %more ]
; CHECK: %q = getelementptr i32, ptr %p, i64 %m
; CHECK-NOT: call
; CHECK: define i32 @count(i32 %n, i32 %acc)
; CHECK-NOT: call
; CHECK: define i32 @forever(i32 %n)
; CHECK: %r = call i32 @forever(i32 %m)
; CHECK: define double @fsum(i32 %n)
; CHECK: %r = call double @fsum(i32 %m)
; CHECK: define i32 @with_alloca(i32 %n)
; CHECK: %r = call i32 @with_alloca(i32 %m)
; CHECK: define i32 @no_tail(i32 %n)
; CHECK: %r = notail call i32 @no_tail(i32 %m)
; CHECK: define i32 @not_last(i32 %n)
; CHECK: %r = call i32 @not_last(i32 %m)
; The call's value reaches the return through a block that only passes it on in a phi.
; CHECK: define i32 @chain(i32 %n)
; CHECK: tailrecurse:
; CHECK-NOT: call
; CHECK: define i32 @chain_extra(i32 %n)
; CHECK: %r = call i32 @chain_extra(i32 %m)
; RUN: pyir run -O2 %s --entry fact 20
; CHECK: 2432902008176640000
; RUN: pyir run -O2 %s --entry gcd 1071 462
; CHECK: 21
; RUN: pyir run -O2 %s --entry fsum 100
; CHECK: 5050
; RUN: pyir run -O2 %s --entry not_last 10
; CHECK: 1023
; RUN: pyir run -O2 %s --entry chain 1001
; CHECK: 1
; RUN: pyir run -O2 %s --entry chain_extra 10
; CHECK: 5
; A recursion deeper than the call-depth limit: an error without the pass, a loop with it.
; RUN: not pyir run -O0 %s --entry count 1000000 0
; CHECK: error: stack overflow
; RUN: pyir run -O2 %s --entry count 1000000 0
; CHECK: 1000000
; RUN: not pyir run -O2 %s --entry forever 1
; CHECK: error: stack overflow

define i32 @gcd(i32 %a, i32 %b) {
entry:
  %z = icmp eq i32 %b, 0
  br i1 %z, label %done, label %more
done:
  ret i32 %a
more:
  %r = urem i32 %a, %b
  %g = tail call i32 @gcd(i32 %b, i32 %r)
  ret i32 %g
}

define i64 @fact(i64 %n) {
entry:
  %c = icmp sle i64 %n, 1
  br i1 %c, label %base, label %rec
base:
  br label %return
rec:
  %m = sub i64 %n, 1
  %r = call i64 @fact(i64 %m)
  %p = mul nsw i64 %n, %r
  br label %return
return:
  %v = phi i64 [ 1, %base ], [ %p, %rec ]
  ret i64 %v
}

define void @fill(ptr %p, i64 %n) {
entry:
  %c = icmp eq i64 %n, 0
  br i1 %c, label %done, label %more
done:
  ret void
more:
  %m = sub i64 %n, 1
  %q = getelementptr i32, ptr %p, i64 %m
  store i32 1, ptr %q
  call void @fill(ptr %p, i64 %m)
  ret void
}

define i32 @count(i32 %n, i32 %acc) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %done, label %more
done:
  ret i32 %acc
more:
  %m = sub i32 %n, 1
  %a = add i32 %acc, 1
  %r = call i32 @count(i32 %m, i32 %a)
  ret i32 %r
}

define i32 @forever(i32 %n) {
entry:
  %m = add i32 %n, 1
  %r = call i32 @forever(i32 %m)
  ret i32 %r
}

define double @fsum(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %done, label %more
done:
  ret double 0.0
more:
  %m = sub i32 %n, 1
  %r = call double @fsum(i32 %m)
  %x = sitofp i32 %n to double
  %s = fadd double %r, %x
  ret double %s
}

define i32 @with_alloca(i32 %n) {
entry:
  %slot = alloca i32
  store i32 %n, ptr %slot
  %z = icmp eq i32 %n, 0
  br i1 %z, label %done, label %more
done:
  ret i32 0
more:
  %m = sub i32 %n, 1
  %r = call i32 @with_alloca(i32 %m)
  ret i32 %r
}

define i32 @no_tail(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %done, label %more
done:
  ret i32 0
more:
  %m = sub i32 %n, 1
  %r = notail call i32 @no_tail(i32 %m)
  ret i32 %r
}

; 2 * f(n-1) + 1: the multiply and the add together are not one associative operation.
define i32 @not_last(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %done, label %more
done:
  ret i32 0
more:
  %m = sub i32 %n, 1
  %r = call i32 @not_last(i32 %m)
  %d = mul i32 %r, 2
  %s = add i32 %d, 1
  ret i32 %s
}

define i32 @chain(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %out, label %test
test:
  %one = icmp eq i32 %n, 1
  br i1 %one, label %pass, label %rec
rec:
  %m = sub i32 %n, 2
  %r = call i32 @chain(i32 %m)
  br label %pass
pass:
  %p = phi i32 [ %r, %rec ], [ 1, %test ]
  br label %out
out:
  %v = phi i32 [ %p, %pass ], [ 0, %entry ]
  ret i32 %v
}

; Not a chain: the block in between computes with the value.
define i32 @chain_extra(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %out, label %test
test:
  %one = icmp eq i32 %n, 1
  br i1 %one, label %pass, label %rec
rec:
  %m = sub i32 %n, 2
  %r = call i32 @chain_extra(i32 %m)
  br label %pass
pass:
  %p = phi i32 [ %r, %rec ], [ 1, %test ]
  %q = add i32 %p, 1
  br label %out
out:
  %v = phi i32 [ %q, %pass ], [ 0, %entry ]
  ret i32 %v
}
