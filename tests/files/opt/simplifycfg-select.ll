; simplifycfg if-converts small diamonds and triangles into selects. It does not when a side could
; trap or fault (a division by a possibly-zero value, a load through an argument), writes memory, or
; is too big; the results are the same either way.
; RUN: pyir opt --passes=simplifycfg %s
; CHECK: define i32 @diamond(i32 %x)
; CHECK-NEXT: entry:
; CHECK-NEXT: %neg = icmp slt i32 %x, 0
; CHECK-NEXT: %m = sub i32 0, %x
; CHECK-NEXT: %p = add i32 %x, 1
; CHECK-NEXT: %r = select i1 %neg, i32 %m, i32 %p
; CHECK-NEXT: ret i32 %r
; CHECK: define double @triangle(double %a, double %b)
; CHECK: %r = select i1 %lt, double %b, double %a
; CHECK: define i32 @loop_max(i32 %n)
; CHECK: %best.next = select i1 %gt
; CHECK: define i32 @division_stays(i32 %x, i32 %y)
; CHECK: br i1 %nz, label %div, label %join
; CHECK: define i32 @load_stays(ptr %p)
; CHECK: br i1 %ok, label %load, label %join
; CHECK: define i32 @store_stays(ptr %p, i32 %x)
; CHECK: br i1 %c, label %write, label %join
; CHECK: define i32 @too_big(i32 %x)
; CHECK: br i1 %c, label %big, label %join
; RUN: pyir run -O2 %s --entry diamond -5
; CHECK: 5
; RUN: pyir run -O2 %s --entry diamond 5
; CHECK: 6
; RUN: pyir run -O2 %s --entry triangle 1.5 2.5
; CHECK: 2.5
; RUN: pyir run -O2 %s --entry loop_max 50
; CHECK: 94
; RUN: pyir run -O2 %s --entry division_stays 7 0
; CHECK: -1
; RUN: pyir run -O2 %s --entry load_stays 0
; CHECK: -1
; RUN: pyir run -O2 %s --entry same_value_is_a_select true false 3
; CHECK: 7
; RUN: pyir run -O2 %s --entry too_big 3
; CHECK: 2

define i32 @diamond(i32 %x) {
entry:
  %neg = icmp slt i32 %x, 0
  br i1 %neg, label %minus, label %plus
minus:
  %m = sub i32 0, %x
  br label %join
plus:
  %p = add i32 %x, 1
  br label %join
join:
  %r = phi i32 [ %m, %minus ], [ %p, %plus ]
  ret i32 %r
}

define double @triangle(double %a, double %b) {
entry:
  %lt = fcmp olt double %a, %b
  br i1 %lt, label %take, label %join
take:
  br label %join
join:
  %r = phi double [ %b, %take ], [ %a, %entry ]
  ret double %r
}

; the largest (i * 37) % 97 for i < n
define i32 @loop_max(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %best = phi i32 [ 0, %entry ], [ %best.next, %latch ]
  %more = icmp slt i32 %i, %n
  br i1 %more, label %body, label %exit
body:
  %v0 = mul i32 %i, 37
  %v = urem i32 %v0, 97
  %gt = icmp sgt i32 %v, %best
  br i1 %gt, label %take, label %latch
take:
  br label %latch
latch:
  %best.next = phi i32 [ %v, %take ], [ %best, %body ]
  %i.next = add i32 %i, 1
  br label %head
exit:
  ret i32 %best
}

define i32 @division_stays(i32 %x, i32 %y) {
entry:
  %nz = icmp ne i32 %y, 0
  br i1 %nz, label %div, label %join
div:
  %q = sdiv i32 %x, %y
  br label %join
join:
  %r = phi i32 [ %q, %div ], [ -1, %entry ]
  ret i32 %r
}

define i32 @load_stays(ptr %p) {
entry:
  %ok = icmp ne ptr %p, null
  br i1 %ok, label %load, label %join
load:
  %v = load i32, ptr %p
  br label %join
join:
  %r = phi i32 [ %v, %load ], [ -1, %entry ]
  ret i32 %r
}

define i32 @store_stays(ptr %p, i32 %x) {
entry:
  %c = icmp sgt i32 %x, 0
  br i1 %c, label %write, label %join
write:
  store i32 %x, ptr %p
  br label %join
join:
  %r = phi i32 [ 1, %write ], [ 0, %entry ]
  ret i32 %r
}

define i32 @too_big(i32 %x) {
entry:
  %c = icmp sgt i32 %x, 100
  br i1 %c, label %big, label %join
big:
  %a = mul i32 %x, 3
  %b = add i32 %a, 7
  %d = xor i32 %b, 5
  %e = shl i32 %d, 1
  br label %join
join:
  %r = phi i32 [ %e, %big ], [ 2, %entry ]
  ret i32 %r
}

; Both paths bring the same value, which is itself a select: the phi takes it as it is.
define i32 @same_value_is_a_select(i1 %c, i1 %d, i32 %x) {
entry:
  %s = select i1 %d, i32 %x, i32 7
  br i1 %c, label %t, label %f
t:
  br label %join
f:
  br label %join
join:
  %r = phi i32 [ %s, %t ], [ %s, %f ]
  ret i32 %r
}
