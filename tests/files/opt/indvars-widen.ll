; indvars widens a 32-bit counter that is only extended to i64 (clang -O0's int array index) when the
; loop is tested at the top in a way that rules out a wrap: `i < n` counting up by 1 (the latch runs
; only after the test passed, so i + 1 <= INT_MAX), `i > n` counting down, or the unsigned forms. A
; 64-bit counter replaces the extensions and the test compares it with the extended bound; the
; 32-bit counter dies. Refused: `i <= n` with n not a constant (n may be INT_MAX: i + 1 would wrap),
; a counter used as a 32-bit value too, a step of 2.
; RUN: pyir opt --passes=indvars %s
; CHECK: define i64 @sum_up(ptr %a, i32 %n)
; CHECK: %n.wide = sext i32 %n to i64
; CHECK: head:
; CHECK-NEXT: %i.wide = phi i64 [ 0, %entry ], [ %i.wide.next, %body ]
; CHECK-NEXT: %i = phi i32
; CHECK-NEXT: %s = phi i64
; CHECK-NEXT: %c = icmp slt i64 %i.wide, %n.wide
; CHECK: %p = getelementptr i64, ptr %a, i64 %i.wide
; CHECK: %i.wide.next = add i64 %i.wide, 1
; CHECK: define i64 @sum_down(ptr %a, i32 %n)
; CHECK: %start.wide = zext i32 %start to i64
; CHECK: %i.wide = phi i64 [ %start.wide, %entry ], [ %i.wide.next, %body ]
; CHECK: %c = icmp ugt i64 %i.wide, 0
; CHECK: %i.wide.next = add i64 %i.wide, -1
; the preheader extends the start already (an outer loop's index): that extension starts the wide counter
; CHECK: define i64 @start_extended(ptr %a, i32 %k, i32 %n)
; CHECK: entry:
; CHECK-NEXT: %k64 = sext i32 %k to i64
; CHECK-NEXT: %first = getelementptr i64, ptr %a, i64 %k64
; CHECK-NEXT: %f = load i64, ptr %first
; CHECK-NEXT: %n.wide = sext i32 %n to i64
; CHECK-NEXT: br label %head
; CHECK: %i.wide = phi i64 [ %k64, %entry ], [ %i.wide.next, %body ]
; CHECK: define i64 @up_to_variable(ptr %a, i32 %n)
; CHECK-NOT: .wide
; CHECK: define i64 @used_narrow(ptr %a, i32 %n)
; CHECK-NOT: .wide
; CHECK: define i64 @step_two(ptr %a, i32 %n)
; CHECK-NOT: .wide
; CHECK: ret i64
; RUN: pyir run -O0 %s --entry t_sum_up
; RUN: pyir run %s --entry t_sum_up
; RUN: pyir run %s --entry t_sum_down
; RUN: pyir run %s --entry t_up_to_variable
; RUN: pyir run %s --entry t_zero_trips
; RUN: pyir run %s --entry t_start_extended
; CHECK: 15
; CHECK-NEXT: 15
; CHECK-NEXT: 14
; CHECK-NEXT: 15
; CHECK-NEXT: 0
; CHECK-NEXT: 15

@data = global [5 x i64] [i64 1, i64 2, i64 3, i64 4, i64 5]

define i64 @sum_up(ptr %a, i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i64 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = sext i32 %i to i64
  %p = getelementptr i64, ptr %a, i64 %ix
  %v = load i64, ptr %p
  %s.next = add i64 %s, %v
  %i.next = add i32 %i, 1
  br label %head
done:
  ret i64 %s
}

; counting down, unsigned: i > 0 (a[i - 1] through the extension of the decrement)
define i64 @sum_down(ptr %a, i32 %n) {
entry:
  %start = add i32 %n, 0
  br label %head
head:
  %i = phi i32 [ %start, %entry ], [ %i.next, %body ]
  %s = phi i64 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp ugt i32 %i, 0
  br i1 %c, label %body, label %done
body:
  %i.next = add i32 %i, -1
  %ix = zext i32 %i.next to i64
  %p = getelementptr i64, ptr %a, i64 %ix
  %v = load i64, ptr %p
  %s.next = add i64 %s, %v
  br label %head
done:
  ret i64 %s
}

define i64 @start_extended(ptr %a, i32 %k, i32 %n) {
entry:
  %k64 = sext i32 %k to i64
  %first = getelementptr i64, ptr %a, i64 %k64
  %f = load i64, ptr %first
  br label %head
head:
  %i = phi i32 [ %k, %entry ], [ %i.next, %body ]
  %s = phi i64 [ %f, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = sext i32 %i to i64
  %p = getelementptr i64, ptr %a, i64 %ix
  %v = load i64, ptr %p
  %s.next = add i64 %s, %v
  %i.next = add i32 %i, 1
  br label %head
done:
  ret i64 %s
}

define i64 @t_start_extended() {
  %r = call i64 @start_extended(ptr @data, i32 2, i32 5)
  ret i64 %r
}

define i64 @up_to_variable(ptr %a, i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i64 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp sle i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = sext i32 %i to i64
  %p = getelementptr i64, ptr %a, i64 %ix
  %v = load i64, ptr %p
  %s.next = add i64 %s, %v
  %i.next = add i32 %i, 1
  br label %head
done:
  ret i64 %s
}

define i64 @used_narrow(ptr %a, i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i64 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = sext i32 %i to i64
  %p = getelementptr i64, ptr %a, i64 %ix
  %v = load i64, ptr %p
  %i3 = xor i32 %i, 3
  %w = sext i32 %i3 to i64
  %t = add i64 %v, %w
  %s.next = add i64 %s, %t
  %i.next = add i32 %i, 1
  br label %head
done:
  ret i64 %s
}

define i64 @step_two(ptr %a, i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i64 [ 0, %entry ], [ %s.next, %body ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %ix = sext i32 %i to i64
  %p = getelementptr i64, ptr %a, i64 %ix
  %v = load i64, ptr %p
  %s.next = add i64 %s, %v
  %i.next = add i32 %i, 2
  br label %head
done:
  ret i64 %s
}

define i64 @t_sum_up() {
  %r = call i64 @sum_up(ptr @data, i32 5)
  ret i64 %r
}

define i64 @t_sum_down() {
  %r = call i64 @sum_down(ptr @data, i32 4)
  %r2 = call i64 @sum_down(ptr @data, i32 0)
  %x = add i64 %r, %r2
  %y = add i64 %x, 4
  ret i64 %y
}

define i64 @t_up_to_variable() {
  %r = call i64 @up_to_variable(ptr @data, i32 4)
  ret i64 %r
}

define i64 @t_zero_trips() {
  %r = call i64 @sum_up(ptr @data, i32 -3)
  ret i64 %r
}
