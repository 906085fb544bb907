; Dense switches, which the JIT lowers to a range check and a jump table: gaps that go to the
; default, a non-zero smallest case, i8/i64 conditions, phis fed by several cases (and by the
; default twice), a switch in a loop, and a sparse switch that stays a compare tree.
; Expected values from lli-16 (tests/tools/lli_oracle.py --fill).

define i32 @dense(i32 %x) {
entry:
  switch i32 %x, label %def [ i32 0, label %a
                              i32 1, label %b
                              i32 2, label %c
                              i32 4, label %d
                              i32 5, label %a
                              i32 7, label %b ]
a:
  br label %join
b:
  br label %join
c:
  br label %join
d:
  br label %join
def:
  br label %join
join:
  %r = phi i32 [ 10, %a ], [ 20, %b ], [ 30, %c ], [ 40, %d ], [ -1, %def ]
  ret i32 %r
}

; RUN: pyir run %s --entry t_dense 0
; CHECK: 10
; RUN: pyir run %s --entry t_dense 3
; CHECK: -1
; RUN: pyir run %s --entry t_dense 7
; CHECK: 20
; RUN: pyir run %s --entry t_dense 8
; CHECK: -1
; RUN: pyir run %s --entry t_dense -1
; CHECK: -1
define i32 @t_dense(i32 %x) {
  %r = call i32 @dense(i32 %x)
  ret i32 %r
}

; Sum of dense(i) for i in -3..12: every slot, the gaps, both sides out of range.
; RUN: pyir run %s --entry t_dense_all
; CHECK: 377
define i32 @t_dense_all() {
entry:
  br label %loop
loop:
  %i = phi i32 [ -3, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %v = call i32 @dense(i32 %i)
  %m = mul i32 %v, %i
  %s1 = add i32 %s, %m
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, 13
  br i1 %c, label %loop, label %done
done:
  ret i32 %s1
}

; Cases 100..105 (the index is x - 100), an i8 condition with the value in the high bits of a
; register, and values computed in the arms.
; RUN: pyir run %s --entry t_offset 103 7
; CHECK: 112
; RUN: pyir run %s --entry t_offset 99 7
; CHECK: 99
; RUN: pyir run %s --entry t_offset 106 7
; CHECK: 106
; RUN: pyir run %s --entry t_offset 100 -7
; CHECK: -6
define i64 @t_offset(i64 %x, i64 %y) {
entry:
  switch i64 %x, label %def [ i64 100, label %a
                              i64 101, label %b
                              i64 102, label %c
                              i64 103, label %d
                              i64 105, label %a ]
a:
  %ra = add i64 %y, 1
  br label %join
b:
  %rb = mul i64 %y, 3
  br label %join
c:
  %rc = sub i64 0, %y
  br label %join
d:
  %rd = shl i64 %y, 4
  br label %join
def:
  br label %join
join:
  %r = phi i64 [ %ra, %a ], [ %rb, %b ], [ %rc, %c ], [ %rd, %d ], [ %x, %def ]
  ret i64 %r
}

; RUN: pyir run %s --entry t_i8 3
; CHECK: 3
; RUN: pyir run %s --entry t_i8 -126
; CHECK: 4
; RUN: pyir run %s --entry t_i8 -1
; CHECK: 4
; RUN: pyir run %s --entry t_i8 5
; CHECK: 3
define i32 @t_i8(i8 %x) {
entry:
  switch i8 %x, label %def [ i8 0, label %a
                             i8 1, label %b
                             i8 2, label %a
                             i8 3, label %c
                             i8 5, label %c ]
a:
  br label %join
b:
  br label %join
c:
  br label %join
def:
  br label %join
join:
  %r = phi i32 [ 1, %a ], [ 2, %b ], [ 3, %c ], [ 4, %def ]
  ret i32 %r
}

; A bytecode-style loop: the switch's arms update two phis of the loop header.
; RUN: pyir run %s --entry t_vm 1000
; CHECK: 3442743112389934319
define i64 @t_vm(i32 %n) {
entry:
  br label %head
head:
  %pc = phi i32 [ 0, %entry ], [ %pc1, %next ]
  %acc = phi i64 [ 1, %entry ], [ %acc1, %next ]
  %op = urem i32 %pc, 6
  switch i32 %op, label %next [ i32 0, label %o0
                                i32 1, label %o1
                                i32 2, label %o2
                                i32 3, label %o3
                                i32 4, label %o4 ]
o0:
  %a0 = add i64 %acc, 7
  br label %next
o1:
  %a1 = mul i64 %acc, 3
  br label %next
o2:
  %a2 = xor i64 %acc, 12345
  br label %next
o3:
  %a3 = lshr i64 %acc, 1
  br label %next
o4:
  %a4 = sub i64 %acc, 11
  br label %next
next:
  %acc1 = phi i64 [ %acc, %head ], [ %a0, %o0 ], [ %a1, %o1 ], [ %a2, %o2 ], [ %a3, %o3 ], [ %a4, %o4 ]
  %pc1 = add i32 %pc, 1
  %c = icmp ult i32 %pc1, %n
  br i1 %c, label %head, label %done
done:
  ret i64 %acc1
}

; Sparse cases stay a compare tree.
; RUN: pyir run %s --entry t_sparse 1000
; CHECK: 2
; RUN: pyir run %s --entry t_sparse 5
; CHECK: 3
define i32 @t_sparse(i32 %x) {
entry:
  switch i32 %x, label %def [ i32 1, label %a
                              i32 10, label %b
                              i32 100, label %a
                              i32 1000, label %b ]
a:
  br label %join
b:
  br label %join
def:
  br label %join
join:
  %r = phi i32 [ 1, %a ], [ 2, %b ], [ 3, %def ]
  ret i32 %r
}
