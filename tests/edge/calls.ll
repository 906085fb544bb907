; Calls: recursion (direct and mutual, deep enough to exercise the stack), many arguments of
; mixed types (more than fit in registers), structs and vectors passed and returned by value,
; byval pointer arguments, calls through function pointers, void calls with side effects.
; Expected values from lli-16, reviewed by hand.

%pair = type { i32, double }

; RUN: pyir run %s --entry t_fact 20
; CHECK: 2432902008176640000
; RUN: pyir run %s --entry t_fact 0
; CHECK: 1
define i64 @t_fact(i64 %n) {
entry:
  %z = icmp sle i64 %n, 1
  br i1 %z, label %base, label %rec
base:
  ret i64 1
rec:
  %m = sub i64 %n, 1
  %f = call i64 @t_fact(i64 %m)
  %r = mul i64 %n, %f
  ret i64 %r
}

; Naive Fibonacci: many calls.
; RUN: pyir run %s --entry t_fib 20
; CHECK: 6765
define i32 @t_fib(i32 %n) {
entry:
  %small = icmp slt i32 %n, 2
  br i1 %small, label %base, label %rec
base:
  ret i32 %n
rec:
  %a = sub i32 %n, 1
  %b = sub i32 %n, 2
  %fa = call i32 @t_fib(i32 %a)
  %fb = call i32 @t_fib(i32 %b)
  %r = add i32 %fa, %fb
  ret i32 %r
}

; Deep recursion (10000 frames).
; RUN: pyir run %s --entry t_depth 10000
; CHECK: 50005000
define i64 @t_depth(i64 %n) {
entry:
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %rec
base:
  ret i64 0
rec:
  %m = sub i64 %n, 1
  %s = call i64 @t_depth(i64 %m)
  %r = add i64 %s, %n
  ret i64 %r
}

; Mutual recursion.
; RUN: pyir run %s --entry t_is_even 17
; CHECK: false
; RUN: pyir run %s --entry t_is_even 100
; CHECK: true
define i1 @t_is_even(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %yes, label %rec
yes:
  ret i1 true
rec:
  %m = sub i32 %n, 1
  %r = call i1 @is_odd(i32 %m)
  ret i1 %r
}
define i1 @is_odd(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %no, label %rec
no:
  ret i1 false
rec:
  %m = sub i32 %n, 1
  %r = call i1 @t_is_even(i32 %m)
  ret i1 %r
}

; Ackermann(2, 3) = 9.
; RUN: pyir run %s --entry t_ackermann 2 3
; CHECK: 9
define i32 @t_ackermann(i32 %m, i32 %n) {
entry:
  %m0 = icmp eq i32 %m, 0
  br i1 %m0, label %a, label %b
a:
  %n1 = add i32 %n, 1
  ret i32 %n1
b:
  %n0 = icmp eq i32 %n, 0
  %mm = sub i32 %m, 1
  br i1 %n0, label %c, label %d
c:
  %r1 = call i32 @t_ackermann(i32 %mm, i32 1)
  ret i32 %r1
d:
  %nm = sub i32 %n, 1
  %inner = call i32 @t_ackermann(i32 %m, i32 %nm)
  %r2 = call i32 @t_ackermann(i32 %mm, i32 %inner)
  ret i32 %r2
}

; Many arguments: 10 integers of mixed widths and 10 floating-point values; each weighted by its
; position so that any swapped pair changes the result.
define double @many(i8 %a0, i16 %a1, i32 %a2, i64 %a3, i1 %a4, i32 %a5, i64 %a6, i8 %a7, i33 %a8, i64 %a9,
                    double %f0, float %f1, double %f2, float %f3, double %f4, double %f5, double %f6,
                    double %f7, float %f8, double %f9) {
  %x0 = sext i8 %a0 to i64
  %x1 = sext i16 %a1 to i64
  %x2 = sext i32 %a2 to i64
  %x4 = zext i1 %a4 to i64
  %x5 = sext i32 %a5 to i64
  %x7 = sext i8 %a7 to i64
  %x8 = sext i33 %a8 to i64
  %w1 = mul i64 %x1, 2
  %w2 = mul i64 %x2, 3
  %w3 = mul i64 %a3, 4
  %w4 = mul i64 %x4, 5
  %w5 = mul i64 %x5, 6
  %w6 = mul i64 %a6, 7
  %w7 = mul i64 %x7, 8
  %w8 = mul i64 %x8, 9
  %w9 = mul i64 %a9, 10
  %s1 = add i64 %x0, %w1
  %s2 = add i64 %s1, %w2
  %s3 = add i64 %s2, %w3
  %s4 = add i64 %s3, %w4
  %s5 = add i64 %s4, %w5
  %s6 = add i64 %s5, %w6
  %s7 = add i64 %s6, %w7
  %s8 = add i64 %s7, %w8
  %s9 = add i64 %s8, %w9
  %si = sitofp i64 %s9 to double
  %g1 = fpext float %f1 to double
  %g3 = fpext float %f3 to double
  %g8 = fpext float %f8 to double
  %v1 = fmul double %g1, 2.0
  %v2 = fmul double %f2, 3.0
  %v3 = fmul double %g3, 4.0
  %v4 = fmul double %f4, 5.0
  %v5 = fmul double %f5, 6.0
  %v6 = fmul double %f6, 7.0
  %v7 = fmul double %f7, 8.0
  %v8 = fmul double %g8, 9.0
  %v9 = fmul double %f9, 10.0
  %t1 = fadd double %f0, %v1
  %t2 = fadd double %t1, %v2
  %t3 = fadd double %t2, %v3
  %t4 = fadd double %t3, %v4
  %t5 = fadd double %t4, %v5
  %t6 = fadd double %t5, %v6
  %t7 = fadd double %t6, %v7
  %t8 = fadd double %t7, %v8
  %t9 = fadd double %t8, %v9
  %t9k = fmul double %t9, 1000.0
  %r = fadd double %si, %t9k
  ret double %r
}
; RUN: pyir run %s --entry t_many_args
; CHECK: 357585.0
define double @t_many_args() {
  %r = call double @many(i8 -1, i16 2, i32 -3, i64 4, i1 true, i32 6, i64 -7, i8 8, i33 -9, i64 10,
                         double 0.5, float 1.5, double 2.5, float 3.5, double 4.5, double 5.5,
                         double 6.5, double 7.5, float 8.5, double 9.5)
  ret double %r
}

; Structs by value: passed, modified, returned.
define %pair @swap_scale(%pair %p, i32 %k) {
  %a = extractvalue %pair %p, 0
  %b = extractvalue %pair %p, 1
  %a2 = mul i32 %a, %k
  %kd = sitofp i32 %k to double
  %b2 = fmul double %b, %kd
  %q = insertvalue %pair %p, i32 %a2, 0
  %q2 = insertvalue %pair %q, double %b2, 1
  ret %pair %q2
}
; RUN: pyir run %s --entry t_struct_by_value
; CHECK: { i32 -42, double -1.5 }
define { i32, double } @t_struct_by_value() {
  %p = call %pair @swap_scale(%pair { i32 7, double 0.25 }, i32 -3)
  %p2 = call %pair @swap_scale(%pair %p, i32 2)
  %a = extractvalue %pair %p2, 0
  %b = extractvalue %pair %p2, 1
  %r0 = insertvalue { i32, double } undef, i32 %a, 0
  %r1 = insertvalue { i32, double } %r0, double %b, 1
  ret { i32, double } %r1
}

; A large struct by value (does not fit in registers under the C ABI).
define i64 @sum_big({ i64, i64, i64, i64, i64 } %s) {
  %a = extractvalue { i64, i64, i64, i64, i64 } %s, 0
  %b = extractvalue { i64, i64, i64, i64, i64 } %s, 1
  %c = extractvalue { i64, i64, i64, i64, i64 } %s, 2
  %d = extractvalue { i64, i64, i64, i64, i64 } %s, 3
  %e = extractvalue { i64, i64, i64, i64, i64 } %s, 4
  %b2 = mul i64 %b, 10
  %c2 = mul i64 %c, 100
  %d2 = mul i64 %d, 1000
  %e2 = mul i64 %e, 10000
  %s1 = add i64 %a, %b2
  %s2 = add i64 %s1, %c2
  %s3 = add i64 %s2, %d2
  %s4 = add i64 %s3, %e2
  ret i64 %s4
}
; RUN: pyir run %s --entry t_big_struct_arg
; CHECK: 54321
define i64 @t_big_struct_arg() {
  %r = call i64 @sum_big({ i64, i64, i64, i64, i64 } { i64 1, i64 2, i64 3, i64 4, i64 5 })
  ret i64 %r
}

; byval: the callee modifies its private copy; the caller's memory is unchanged.
define i32 @bump_byval(ptr byval(%pair) %p) {
  %f = getelementptr inbounds %pair, ptr %p, i32 0, i32 0
  %v = load i32, ptr %f
  %v1 = add i32 %v, 100
  store i32 %v1, ptr %f
  ret i32 %v1
}
; RUN: pyir run %s --entry t_byval
; CHECK: 1055
define i32 @t_byval() {
  %p = alloca %pair
  %f = getelementptr inbounds %pair, ptr %p, i32 0, i32 0
  store i32 5, ptr %f
  %r = call i32 @bump_byval(ptr byval(%pair) %p)
  %after = load i32, ptr %f
  %r10 = mul i32 %r, 10
  %s = add i32 %r10, %after
  ret i32 %s
}

; Calls through function pointers, selected at run time.
define i32 @add1(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}
define i32 @dbl(i32 %x) {
  %r = shl i32 %x, 1
  ret i32 %r
}
; RUN: pyir run %s --entry t_fnptr true
; CHECK: 22
; RUN: pyir run %s --entry t_fnptr false
; CHECK: 80
define i32 @t_fnptr(i1 %c) {
  %f = select i1 %c, ptr @add1, ptr @dbl
  %a = call i32 %f(i32 20)
  %b = call i32 %f(i32 %a)
  ret i32 %b
}

; Function pointer table in a constant global.
@ops = internal constant [2 x ptr] [ptr @add1, ptr @dbl]
; RUN: pyir run %s --entry t_fntable 5
; CHECK: 54
define i32 @t_fntable(i32 %x) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %v = phi i32 [ %x, %entry ], [ %v1, %loop ]
  %k = and i64 %i, 1
  %pp = getelementptr inbounds [2 x ptr], ptr @ops, i64 0, i64 %k
  %f = load ptr, ptr %pp
  %v1 = call i32 %f(i32 %v)
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 6
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %v1
}

; Void call that writes through a pointer.
define void @store_sq(ptr %p, i32 %x) {
  %s = mul i32 %x, %x
  store i32 %s, ptr %p
  ret void
}
; RUN: pyir run %s --entry t_void_call
; CHECK: 144
define i32 @t_void_call() {
  %p = alloca i32
  call void @store_sq(ptr %p, i32 -12)
  %v = load i32, ptr %p
  ret i32 %v
}

; Odd-width arguments and returns across a call.
define i7 @neg7(i7 %x) {
  %r = sub i7 0, %x
  ret i7 %r
}
; RUN: pyir run %s --entry t_odd_width_call
; CHECK: 59
define i7 @t_odd_width_call() {
  %a = call i7 @neg7(i7 -64)
  %b = call i7 @neg7(i7 5)
  %r = add i7 %a, %b
  ret i7 %r
}

; Tail call position and recursion on floats (sum of 1/k^2 for k = 1..100).
; RUN: pyir run %s --entry t_float_rec 100
; CHECK: 1.6349839001848923
define double @t_float_rec(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %base, label %rec
base:
  ret double 0.0
rec:
  %d = sitofp i32 %n to double
  %d2 = fmul double %d, %d
  %t = fdiv double 1.0, %d2
  %m = sub i32 %n, 1
  %rest = tail call double @t_float_rec(i32 %m)
  %r = fadd double %t, %rest
  ret double %r
}
