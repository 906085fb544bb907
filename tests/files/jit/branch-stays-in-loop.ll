; Branches whose two targets both come earlier in the layout: the conditional jump goes to the
; target that stays in the loop, so the loop runs one jump per iteration (a jump back, and a jmp
; only on the way out), not a jump out and a jmp back. In @scan the inner loop's header is deeper
; in loops than the block after the inner loop (placed before it, as in clang's merged loops); in
; @sort8 both targets have the same approximate depth, and the header comes first in reverse
; post-order. (In @sort8 the branch's comment line comes twice, around the phi move.)
; RUN: pyir run -O0 %s --entry scan -- 5
; RUN: pyir run --interp %s --entry scan -- 5
; CHECK: 24750
; CHECK-NEXT: 24750
; RUN: pyir run -O0 %s --entry sort8 -- 2
; RUN: pyir run --interp %s --entry sort8 -- 2
; CHECK: 258145234934998
; CHECK-NEXT: 258145234934998
; RUN: pyir asm -O0 %s --fn scan
; CHECK: ; br i1 %last, label %next_round, label %inner
; CHECK-NEXT: cmp
; CHECK-NEXT: jne
; CHECK-NEXT: jmp
; RUN: pyir asm -O0 %s --fn sort8
; CHECK: ; br i1 %i.more, label %inner, label %next
; CHECK: ; br i1 %i.more, label %inner, label %next
; CHECK-NEXT: ja
; CHECK-NEXT: jmp

; rounds * (0 + 1 + ... + 99), counted one element at a time.
define i64 @scan(i64 %rounds) {
entry:
  br label %inner

next_round:
  %r.next = add i64 %r, 1
  %done = icmp eq i64 %r.next, %rounds
  br i1 %done, label %end, label %inner

inner:
  %i = phi i64 [ 0, %entry ], [ %i.next, %inner ], [ 0, %next_round ]
  %r = phi i64 [ 0, %entry ], [ %r, %inner ], [ %r.next, %next_round ]
  %s = phi i64 [ 0, %entry ], [ %s.next, %inner ], [ %s.next, %next_round ]
  %s.next = add i64 %s, %i
  %i.next = add i64 %i, 1
  %last = icmp eq i64 %i.next, 100
  br i1 %last, label %next_round, label %inner

end:
  ret i64 %s.next
}

; Insertion sort of 8 values in a stack array, with the swap block last (as clang places it): the
; swap's branch goes back to the inner loop's header or on to the outer loop's latch, both placed
; before it and at the same approximate depth. The jump that stays in the inner loop is the
; conditional one: the header comes first in reverse post-order.
define i64 @sort8(i64 %seed) {
entry:
  %a = alloca [8 x i64]
  br label %fill

fill:
  %f = phi i64 [ 0, %entry ], [ %f.next, %fill ]
  %x = phi i64 [ %seed, %entry ], [ %x.next, %fill ]
  %x.m = mul i64 %x, 6364136223846793005
  %x.next = add i64 %x.m, 1442695040888963407
  %v = lshr i64 %x.next, 40
  %fp = getelementptr [8 x i64], ptr %a, i64 0, i64 %f
  store i64 %v, ptr %fp
  %f.next = add i64 %f, 1
  %f.more = icmp ult i64 %f.next, 8
  br i1 %f.more, label %fill, label %outer

outer:
  %j = phi i64 [ 1, %fill ], [ %j.next, %next ]
  br label %inner

inner:
  %i = phi i64 [ %j, %outer ], [ %i.prev, %swap ]
  %i.prev = sub i64 %i, 1
  %pl = getelementptr [8 x i64], ptr %a, i64 0, i64 %i.prev
  %pr = getelementptr [8 x i64], ptr %a, i64 0, i64 %i
  %l = load i64, ptr %pl
  %r = load i64, ptr %pr
  %out.of.order = icmp ugt i64 %l, %r
  br i1 %out.of.order, label %swap, label %next

next:
  %j.next = add i64 %j, 1
  %j.more = icmp ult i64 %j.next, 8
  br i1 %j.more, label %outer, label %end

end:
  %p0 = getelementptr [8 x i64], ptr %a, i64 0, i64 0
  %p7 = getelementptr [8 x i64], ptr %a, i64 0, i64 7
  %min = load i64, ptr %p0
  %max = load i64, ptr %p7
  %hi = shl i64 %max, 24
  %res = or i64 %hi, %min
  ret i64 %res

swap:
  store i64 %r, ptr %pl
  store i64 %l, ptr %pr
  %i.more = icmp ugt i64 %i.prev, 0
  br i1 %i.more, label %inner, label %next
}
