; switch with dense, sparse, negative and wide case values, the default, odd widths, and several
; cases sharing a target (with a phi that must pick the right incoming value).
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_dense 0
; CHECK: 10
; RUN: pyir run %s --entry t_dense 3
; CHECK: 13
; RUN: pyir run %s --entry t_dense 4
; CHECK: -1
; RUN: pyir run %s --entry t_dense -1
; CHECK: -1
define i32 @t_dense(i32 %x) {
entry:
  switch i32 %x, label %def [
    i32 0, label %c0
    i32 1, label %c1
    i32 2, label %c2
    i32 3, label %c3
  ]
c0:
  ret i32 10
c1:
  ret i32 11
c2:
  ret i32 12
c3:
  ret i32 13
def:
  ret i32 -1
}

; RUN: pyir run %s --entry t_sparse 1
; CHECK: 1
; RUN: pyir run %s --entry t_sparse 1000
; CHECK: 2
; RUN: pyir run %s --entry t_sparse 1000000
; CHECK: 3
; RUN: pyir run %s --entry t_sparse 999
; CHECK: 0
; RUN: pyir run %s --entry t_sparse -2147483648
; CHECK: 4
; RUN: pyir run %s --entry t_sparse 2147483647
; CHECK: 5
define i32 @t_sparse(i32 %x) {
entry:
  switch i32 %x, label %def [
    i32 1, label %a
    i32 1000, label %b
    i32 1000000, label %c
    i32 -2147483648, label %d
    i32 2147483647, label %e
  ]
a:
  ret i32 1
b:
  ret i32 2
c:
  ret i32 3
d:
  ret i32 4
e:
  ret i32 5
def:
  ret i32 0
}

; RUN: pyir run %s --entry t_negative -1
; CHECK: 1
; RUN: pyir run %s --entry t_negative -2
; CHECK: 2
; RUN: pyir run %s --entry t_negative -100
; CHECK: 100
; RUN: pyir run %s --entry t_negative 255
; CHECK: 1
; RUN: pyir run %s --entry t_negative 0
; CHECK: -128
define i8 @t_negative(i8 %x) {
entry:
  switch i8 %x, label %def [
    i8 -1, label %m1
    i8 -2, label %m2
    i8 -100, label %m100
  ]
m1:
  ret i8 1
m2:
  ret i8 2
m100:
  ret i8 100
def:
  ret i8 -128
}

; Cases sharing a target; the phi distinguishes by predecessor only (all from %entry).
; RUN: pyir run %s --entry t_shared 5
; CHECK: 1
; RUN: pyir run %s --entry t_shared 7
; CHECK: 1
; RUN: pyir run %s --entry t_shared 6
; CHECK: 2
define i32 @t_shared(i32 %x) {
entry:
  switch i32 %x, label %other [
    i32 5, label %odd
    i32 7, label %odd
    i32 9, label %odd
    i32 6, label %even
  ]
odd:
  br label %join
even:
  br label %join
other:
  br label %join
join:
  %r = phi i32 [ 1, %odd ], [ 2, %even ], [ 3, %other ]
  ret i32 %r
}

; A case targeting the default block, and i64 values beyond 32 bits.
; RUN: pyir run %s --entry t_wide 4294967296
; CHECK: 1
; RUN: pyir run %s --entry t_wide 0
; CHECK: 0
; RUN: pyir run %s --entry t_wide -9223372036854775808
; CHECK: 2
; RUN: pyir run %s --entry t_wide 17
; CHECK: 17
define i64 @t_wide(i64 %x) {
entry:
  switch i64 %x, label %def [
    i64 4294967296, label %big
    i64 -9223372036854775808, label %min
    i64 17, label %def
  ]
big:
  ret i64 1
min:
  ret i64 2
def:
  ret i64 %x
}

; Odd widths: i3 with every value, i33 around 2^32.
; RUN: pyir run %s --entry t_i3 3
; CHECK: 3
; RUN: pyir run %s --entry t_i3 -4
; CHECK: -4
; RUN: pyir run %s --entry t_i3 7
; CHECK: -1
define i32 @t_i3(i3 %x) {
entry:
  switch i3 %x, label %def [
    i3 3, label %three
    i3 -4, label %minus4
    i3 -1, label %minus1
  ]
three:
  ret i32 3
minus4:
  ret i32 -4
minus1:
  ret i32 -1
def:
  ret i32 99
}

; RUN: pyir run %s --entry t_i33 4294967295
; CHECK: 1
; RUN: pyir run %s --entry t_i33 -1
; CHECK: 2
define i32 @t_i33(i33 %x) {
entry:
  switch i33 %x, label %def [
    i33 4294967295, label %a
    i33 -1, label %b
  ]
a:
  ret i32 1
b:
  ret i32 2
def:
  ret i32 0
}

; A switch with no cases, and a switch on i1.
; RUN: pyir run %s --entry t_nocase 5
; CHECK: 6
define i32 @t_nocase(i32 %x) {
entry:
  switch i32 %x, label %def []
def:
  %r = add i32 %x, 1
  ret i32 %r
}

; RUN: pyir run %s --entry t_i1 true
; CHECK: 1
; RUN: pyir run %s --entry t_i1 false
; CHECK: 0
define i32 @t_i1(i1 %x) {
entry:
  switch i1 %x, label %def [
    i1 true, label %t
  ]
t:
  ret i32 1
def:
  ret i32 0
}

; A switch in a loop: a tiny state machine that counts transitions.
; RUN: pyir run %s --entry t_state_machine 10
; CHECK: 334
define i32 @t_state_machine(i32 %n) {
entry:
  br label %loop
loop:
  %s = phi i32 [ 0, %entry ], [ %next, %latch ]
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %latch ]
  switch i32 %s, label %s_other [
    i32 0, label %s0
    i32 1, label %s1
    i32 2, label %s2
  ]
s0:
  br label %latch
s1:
  br label %latch
s2:
  br label %latch
s_other:
  br label %latch
latch:
  %next = phi i32 [ 1, %s0 ], [ 2, %s1 ], [ 0, %s2 ], [ 0, %s_other ]
  %w = phi i32 [ 1, %s0 ], [ 10, %s1 ], [ 100, %s2 ], [ 1000, %s_other ]
  %acc1 = add i32 %acc, %w
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %acc1
}
