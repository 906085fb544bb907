; mem2reg: allocas that are only loaded and stored become SSA values, with phis where stores from
; different paths meet (a diamond and a loop). The optimized function must compute the same.
; RUN: pyir opt --passes=mem2reg %s
; CHECK: define i32 @diamond(i1 %c)
; CHECK-NOT: alloca
; CHECK-NOT: load
; CHECK-NOT: store
; CHECK: %x = phi i32 [ 10, %then ], [ 20, %else ]
; CHECK: ret i32 %x
; CHECK: define i32 @loop(i32 %n)
; CHECK-NOT: alloca
; CHECK: %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
; CHECK: define i32 @uninit()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 undef
; RUN: pyir run -O0 %s --entry loop 10
; RUN: pyir run -O2 %s --entry loop 10
; CHECK: 45
; CHECK-NEXT: 45
; RUN: pyir run -O2 %s --entry diamond true
; RUN: pyir run -O2 %s --entry diamond false
; CHECK: 10
; CHECK-NEXT: 20

define i32 @diamond(i1 %c) {
entry:
  %x = alloca i32
  br i1 %c, label %then, label %else
then:
  store i32 10, ptr %x
  br label %join
else:
  store i32 20, ptr %x
  br label %join
join:
  %v = load i32, ptr %x
  ret i32 %v
}

define i32 @loop(i32 %n) {
entry:
  %i = alloca i32
  %s = alloca i32
  store i32 0, ptr %i
  store i32 0, ptr %s
  br label %head
head:
  %iv = load i32, ptr %i
  %c = icmp slt i32 %iv, %n
  br i1 %c, label %body, label %exit
body:
  %sv = load i32, ptr %s
  %s.next = add i32 %sv, %iv
  store i32 %s.next, ptr %s
  %i.next = add i32 %iv, 1
  store i32 %i.next, ptr %i
  br label %head
exit:
  %r = load i32, ptr %s
  ret i32 %r
}

define i32 @uninit() {
entry:
  %x = alloca i32
  %v = load i32, ptr %x
  ret i32 %v
}
