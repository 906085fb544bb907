; vectorize: a loop that stores its own counter (`a[i] = i`) next to other work; the vector loop
; stores the vector counter <i, i+1, i+2, i+3> (the pass used to fail with "used before it was
; widened" when nothing else in the loop used the counter as data).
; RUN: pyir run -O0 %s --entry f
; RUN: pyir run %s --entry f
; RUN: pyir run --interp -O2 %s --entry f
; CHECK: 1998
; CHECK-NEXT: 1998
; CHECK-NEXT: 1998
; RUN: pyir opt --passes=vectorize %s
; CHECK: vec.iv = phi <4 x i64>
; CHECK: store <4 x i64> %vec.iv
@a = global [1000 x i64] zeroinitializer
@b = global [1000 x i64] zeroinitializer

define i64 @f() {
entry:
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  %c = icmp slt i64 %i, 1000
  br i1 %c, label %body, label %done
body:
  %p = getelementptr [1000 x i64], ptr @a, i64 0, i64 %i
  store i64 %i, ptr %p
  %q = getelementptr [1000 x i64], ptr @b, i64 0, i64 %i
  %l = load i64, ptr %q
  %m = add i64 %l, 1
  store i64 %m, ptr %q
  %i.next = add i64 %i, 1
  br label %head
done:
  %r = getelementptr [1000 x i64], ptr @a, i64 0, i64 999
  %v = load i64, ptr %r
  %s = getelementptr [1000 x i64], ptr @b, i64 0, i64 998
  %w = load i64, ptr %s
  %x = add i64 %v, %w
  %y = add i64 %x, 998
  ret i64 %y
}
