; rotate: a loop tested at the top becomes one tested at the bottom. The header's test is copied
; into the preheader (a guard: enter or go to the exit) and into the latch (go round again or
; leave), and the header branches straight into the body. Header values used after the loop are
; merged from the two copies in the exit block (`.lcssa`); a copied value the body also uses (here
; a load) becomes a header phi of the copies, so it still runs once per iteration. An exit with
; other predecessors gets a block on the exit edge. Refused: a header instruction that may trap
; outside the test (the last test would skip it), a store in the header, two latches.
; RUN: pyir run -O0 %s --entry sum 5
; RUN: pyir run %s --entry sum 5
; RUN: pyir run %s --entry sum 0
; RUN: pyir run -O0 %s --entry exit_phi 3
; RUN: pyir run %s --entry exit_phi 3
; RUN: pyir run %s --entry exit_phi 0
; RUN: pyir run -O0 %s --entry shared_exit 7 0
; RUN: pyir run %s --entry shared_exit 7 0
; RUN: pyir run %s --entry shared_exit 7 1
; RUN: pyir run -O0 %s --entry load_test
; RUN: pyir run %s --entry load_test
; RUN: pyir run -O0 %s --entry nested 3 4
; RUN: pyir run %s --entry nested 3 4
; RUN: pyir run %s --entry nested 3 0
; RUN: pyir run %s --entry trap_in_header 5 2
; RUN: pyir run -O0 %s --entry search_sorted 5 4
; RUN: pyir run %s --entry search_sorted 5 4
; RUN: pyir run %s --entry search_sorted 5 0
; RUN: pyir run %s --entry search_sorted 5 10
; RUN: pyir run %s --entry search_sorted 0 10
; CHECK: 30
; CHECK-NEXT: 30
; CHECK-NEXT: 0
; CHECK-NEXT: 3024
; CHECK-NEXT: 3024
; CHECK-NEXT: 2
; CHECK-NEXT: 12
; CHECK-NEXT: 12
; CHECK-NEXT: -1
; CHECK-NEXT: 26
; CHECK-NEXT: 26
; CHECK-NEXT: 18
; CHECK-NEXT: 18
; CHECK-NEXT: 0
; CHECK-NEXT: 50
; CHECK-NEXT: 2
; CHECK-NEXT: 2
; CHECK-NEXT: 0
; CHECK-NEXT: 5
; CHECK-NEXT: 0
; the header's division still traps when the loop runs zero times
; RUN: not pyir run %s --entry trap_in_header 0 0
; CHECK: error: division by zero
; RUN: pyir opt --passes=rotate %s
; CHECK: define i32 @sum(i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: %c = icmp slt i32 0, %n
; CHECK-NEXT: br i1 %c, label %head, label %done
; CHECK: head:
; CHECK-NEXT: %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
; CHECK-NEXT: %s = phi i32 [ 0, %entry ], [ %s.next, %latch ]
; CHECK-NEXT: br label %body
; CHECK: latch:
; CHECK-NEXT: %s.next = add i32 %s, %t
; CHECK-NEXT: %i.next = add i32 %i, 1
; CHECK-NEXT: %c.1 = icmp slt i32 %i.next, %n
; CHECK-NEXT: br i1 %c.1, label %head, label %done
; CHECK: done:
; CHECK-NEXT: %s.lcssa = phi i32 [ 0, %entry ], [ %s.next, %latch ]
; CHECK-NEXT: ret i32 %s.lcssa
; the test leaves on true: the copies keep the branch's sense
; CHECK: define i32 @exit_phi(i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: %h = shl i32 1, 1
; CHECK-NEXT: %c = icmp sge i32 0, %n
; CHECK-NEXT: br i1 %c, label %done, label %head
; CHECK: head:
; CHECK-NEXT: %h.1 = phi i32 [ %h, %entry ], [ %h.2, %body ]
; CHECK: %h.2 = shl i32 %s.next, 1
; CHECK-NEXT: %c.1 = icmp sge i32 %i.next, %n
; CHECK-NEXT: br i1 %c.1, label %done, label %head
; CHECK: done:
; CHECK-NEXT: %h.lcssa = phi i32 [ %h, %entry ], [ %h.2, %body ]
; CHECK-NEXT: %r = phi i32 [ 0, %entry ], [ %i.next, %body ]
; CHECK: define i32 @shared_exit(i32 %n, i1 %skip)
; CHECK: head.preheader:
; CHECK-NEXT: %c = icmp ult i32 0, %n
; CHECK-NEXT: br i1 %c, label %head, label %head.exit
; CHECK: br i1 %c.1, label %head, label %head.exit
; CHECK: head.exit:
; CHECK-NEXT: %s.lcssa = phi i32 [ 0, %head.preheader ], [ %s.next, %head.body ]
; CHECK-NEXT: br label %done
; CHECK: done:
; CHECK-NEXT: %r = phi i32 [ -1, %entry ], [ %s.lcssa, %head.exit ]
; CHECK: define i32 @load_test()
; CHECK-NEXT: entry:
; CHECK-NEXT: %p = getelementptr [6 x i32], ptr @table, i64 0, i64 0
; CHECK-NEXT: %v = load i32, ptr %p
; CHECK: head:
; CHECK-NEXT: %v.1 = phi i32 [ %v, %entry ], [ %v.2, %body ]
; CHECK-NOT: load
; CHECK: body:
; CHECK: %v.2 = load i32, ptr %p.1
; CHECK-NOT: load
; CHECK: define i32 @nested(i32 %n, i32 %m)
; CHECK: inner.preheader:
; CHECK-NEXT: %cj = icmp slt i32 0, %m
; CHECK-NEXT: br i1 %cj, label %inner, label %outer.latch
; CHECK: br i1 %cj.1, label %inner, label %outer.latch
; CHECK: outer.latch:
; CHECK-NEXT: %s.inner.lcssa = phi i32 [ %s, %inner.preheader ], [ %s.next, %inner.body ]
; CHECK: br i1 %ci.1, label %outer, label %done
; refused loops keep their header test
; CHECK: define i32 @trap_in_header(i32 %n, i32 %d)
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %head
; CHECK: br i1 %c, label %body, label %done
; CHECK: define i32 @store_in_header(ptr %p, i32 %n)
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %head
; CHECK: br i1 %c, label %body, label %done
; CHECK: define i32 @two_latches(i32 %n, i1 %odd)
; CHECK-NEXT: entry:
; CHECK-NEXT: br label %head
; CHECK: br i1 %c, label %body, label %done
; an exit also entered from the body
; CHECK: define i32 @search(ptr %a, i32 %n, i32 %key)
; CHECK: br i1 %c, label %head, label %head.exit
; CHECK: br i1 %gt, label %body, label %done
; CHECK: br i1 %c.1, label %head, label %head.exit
; CHECK: head.exit:
; CHECK-NEXT: %j.lcssa = phi i32 [ %start, %entry ], [ %j.next, %body ]
; CHECK-NEXT: br label %done
; CHECK: done:
; CHECK-NEXT: %j.exit = phi i32 [ %j, %test ], [ %j.lcssa, %head.exit ]
; CHECK-NEXT: %r = add i32 %j.exit, 1

@table = global [6 x i32] [i32 5, i32 7, i32 1, i32 9, i32 4, i32 0]

; for (i = 0; i < n; i++) s += i * 3;  return s  (the header's phi is used after the loop)
define i32 @sum(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %latch ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %t = mul i32 %i, 3
  br label %latch
latch:
  %s.next = add i32 %s, %t
  %i.next = add i32 %i, 1
  br label %head
done:
  ret i32 %s
}

; the test branches out on true; a header value (%h) is used in the body and after the loop; the
; exit takes the counter in a phi
define i32 @exit_phi(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 1, %entry ], [ %s.next, %body ]
  %h = shl i32 %s, 1
  %c = icmp sge i32 %i, %n
  br i1 %c, label %done, label %body
body:
  %s.next = add i32 %h, %i
  %i.next = add i32 %i, 1
  br label %head
done:
  %r = phi i32 [ %i, %head ]
  %x = mul i32 %r, 1000
  %y = add i32 %x, %h
  ret i32 %y
}

; the exit also has another way in: a block on the exit edge merges the values its phi takes
define i32 @shared_exit(i32 %n, i1 %skip) {
entry:
  br i1 %skip, label %done, label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %head.body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %head.body ]
  %c = icmp ult i32 %i, %n
  br i1 %c, label %head.body, label %done
head.body:
  %s.next = add i32 %s, %i
  %i.next = add i32 %i, 2
  br label %head
done:
  %r = phi i32 [ -1, %entry ], [ %s, %head ]
  ret i32 %r
}

; while (table[i] != 0) i++: the load of the test is copied, and the body's use of it reads a phi
define i32 @load_test() {
entry:
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
  %p = getelementptr [6 x i32], ptr @table, i64 0, i64 %i
  %v = load i32, ptr %p
  %c = icmp ne i32 %v, 0
  br i1 %c, label %body, label %done
body:
  %s.next = add i32 %s, %v
  %i.next = add i64 %i, 1
  br label %head
done:
  ret i32 %s
}

; nested loops: both are rotated (the inner loop's exit is the outer loop's latch)
define i32 @nested(i32 %n, i32 %m) {
entry:
  br label %outer
outer:
  %i = phi i32 [ 0, %entry ], [ %i.next, %outer.latch ]
  %s = phi i32 [ 0, %entry ], [ %s.inner, %outer.latch ]
  %ci = icmp slt i32 %i, %n
  br i1 %ci, label %inner, label %done
inner:
  %j = phi i32 [ 0, %outer ], [ %j.next, %inner.body ]
  %s.inner = phi i32 [ %s, %outer ], [ %s.next, %inner.body ]
  %cj = icmp slt i32 %j, %m
  br i1 %cj, label %inner.body, label %outer.latch
inner.body:
  %ij = mul i32 %i, %j
  %s.next = add i32 %s.inner, %ij
  %j.next = add i32 %j, 1
  br label %inner
outer.latch:
  %i.next = add i32 %i, 1
  br label %outer
done:
  ret i32 %s
}

; refused: a division by a value that may be 0 in the header runs only when the test passes after
; rotation, so a loop whose last test fails would no longer trap
define i32 @trap_in_header(i32 %n, i32 %d) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %q = sdiv i32 100, %d
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %i.next = add i32 %i, %q
  br label %head
done:
  ret i32 %i
}

; refused: a store in the header
define i32 @store_in_header(ptr %p, i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  store i32 %i, ptr %p
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  %i.next = add i32 %i, 1
  br label %head
done:
  ret i32 %i
}

; refused: two latches
define i32 @two_latches(i32 %n, i1 %odd) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %a, %one ], [ %b, %two ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %body, label %done
body:
  br i1 %odd, label %one, label %two
one:
  %a = add i32 %i, 1
  br label %head
two:
  %b = add i32 %i, 2
  br label %head
done:
  ret i32 %i
}

; while (j >= 0 && a[j] > key) j--; return j + 1: the loop leaves from the header and from the
; body to the same block; a block on the header's exit edge merges the copies, and a phi in the exit
; merges that with the counter the body's exit sees
define i32 @search(ptr %a, i32 %n, i32 %key) {
entry:
  %start = add i32 %n, -1
  br label %head
head:
  %j = phi i32 [ %start, %entry ], [ %j.next, %body ]
  %c = icmp sge i32 %j, 0
  br i1 %c, label %test, label %done
test:
  %j64 = sext i32 %j to i64
  %p = getelementptr i32, ptr %a, i64 %j64
  %v = load i32, ptr %p
  %gt = icmp sgt i32 %v, %key
  br i1 %gt, label %body, label %done
body:
  %j.next = add i32 %j, -1
  br label %head
done:
  %r = add i32 %j, 1
  ret i32 %r
}

@sorted = global [5 x i32] [i32 1, i32 3, i32 5, i32 7, i32 9]

define i32 @search_sorted(i32 %n, i32 %key) {
  %r = call i32 @search(ptr @sorted, i32 %n, i32 %key)
  ret i32 %r
}
