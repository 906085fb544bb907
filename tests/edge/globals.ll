; Globals: constant lookup tables, mutable counters (state persists across calls within one run),
; arrays of structs, constant-expression GEPs in initializers (pointers to globals inside globals),
; zero-initialized globals, and strings.
; Expected values from lli-16, reviewed by hand.

@table = private unnamed_addr constant [8 x i16] [i16 1, i16 -2, i16 4, i16 -8, i16 16, i16 -32, i16 64, i16 -32768]
@squares = internal constant [5 x i32] [i32 0, i32 1, i32 4, i32 9, i32 16]
@counter = internal global i32 0
@wide = internal global i64 -1
@points = internal global [3 x { i32, float }] [{ i32, float } { i32 1, float 0.5 }, { i32, float } { i32 2, float 1.5 }, { i32, float } { i32 3, float -2.5 }]
@zeros = internal global [16 x i8] zeroinitializer
@msg = private constant [6 x i8] c"hello\00"
; A pointer to the third element of @squares, computed by a constant-expression GEP.
@third = internal constant ptr getelementptr inbounds ([5 x i32], ptr @squares, i64 0, i64 2)
; A struct of pointers into other globals, and an array of such pointers.
@links = internal constant { ptr, ptr } { ptr getelementptr inbounds ([3 x { i32, float }], ptr @points, i64 0, i64 2, i32 1), ptr @counter }
@ptrs = internal constant [2 x ptr] [ptr @squares, ptr getelementptr inbounds ([8 x i16], ptr @table, i64 0, i64 7)]
@dbl = internal global double 0x7FEFFFFFFFFFFFFF

; RUN: pyir run %s --entry t_table 3
; CHECK: -8
; RUN: pyir run %s --entry t_table 7
; CHECK: -32768
define i16 @t_table(i64 %i) {
  %p = getelementptr inbounds [8 x i16], ptr @table, i64 0, i64 %i
  %v = load i16, ptr %p
  ret i16 %v
}

; Sum of the table with a loop.
; RUN: pyir run %s --entry t_table_sum
; CHECK: -32725
define i32 @t_table_sum() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %p = getelementptr inbounds [8 x i16], ptr @table, i64 0, i64 %i
  %v = load i16, ptr %p
  %w = sext i16 %v to i32
  %s1 = add i32 %s, %w
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 8
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %s1
}

; The counter keeps its value between calls inside one execution.
; RUN: pyir run %s --entry t_counter
; CHECK: 123
define i32 @bump() {
  %v = load i32, ptr @counter
  %v1 = add i32 %v, 1
  store i32 %v1, ptr @counter
  ret i32 %v1
}
define i32 @t_counter() {
  %a = call i32 @bump()
  %b = call i32 @bump()
  %c = call i32 @bump()
  %ab = mul i32 %a, 100
  %bc = mul i32 %b, 10
  %s = add i32 %ab, %bc
  %r = add i32 %s, %c
  ret i32 %r
}

; RUN: pyir run %s --entry t_wide_global
; CHECK: 9223372036854775807
define i64 @t_wide_global() {
  %v = load i64, ptr @wide
  %v1 = lshr i64 %v, 1
  store i64 %v1, ptr @wide
  %w = load i64, ptr @wide
  ret i64 %w
}

; Array of structs: field access with two-level GEPs.
; RUN: pyir run %s --entry t_points 2
; CHECK: -7.5
define float @t_points(i64 %i) {
  %pf = getelementptr inbounds [3 x { i32, float }], ptr @points, i64 0, i64 %i, i32 1
  %pi = getelementptr inbounds [3 x { i32, float }], ptr @points, i64 0, i64 %i, i32 0
  %f = load float, ptr %pf
  %n = load i32, ptr %pi
  %nf = sitofp i32 %n to float
  %r = fmul float %f, %nf
  ret float %r
}

; Update a struct field in a global array and read it back through a byte-offset GEP.
; RUN: pyir run %s --entry t_points_update
; CHECK: 77
define i32 @t_points_update() {
  %p = getelementptr inbounds [3 x { i32, float }], ptr @points, i64 0, i64 1, i32 0
  store i32 77, ptr %p
  ; element 1 starts at byte 8
  %q = getelementptr inbounds i8, ptr @points, i64 8
  %v = load i32, ptr %q
  ret i32 %v
}

; RUN: pyir run %s --entry t_points_struct_load
; CHECK: { i32 3, float -2.5 }
define { i32, float } @t_points_struct_load() {
  %p = getelementptr inbounds [3 x { i32, float }], ptr @points, i64 0, i64 2
  %v = load { i32, float }, ptr %p
  ret { i32, float } %v
}

; Constant-expression GEP stored in a global.
; RUN: pyir run %s --entry t_third
; CHECK: 20
define i32 @t_third() {
  %p = load ptr, ptr @third
  %v = load i32, ptr %p
  %q = getelementptr inbounds i32, ptr %p, i64 2
  %w = load i32, ptr %q
  %r = add i32 %v, %w
  ret i32 %r
}

; RUN: pyir run %s --entry t_links
; CHECK: -2.5
define float @t_links() {
  %pp = getelementptr inbounds { ptr, ptr }, ptr @links, i64 0, i32 0
  %p = load ptr, ptr %pp
  %v = load float, ptr %p
  ret float %v
}

; RUN: pyir run %s --entry t_ptrs
; CHECK: -32752
define i32 @t_ptrs() {
  %pp1 = getelementptr inbounds [2 x ptr], ptr @ptrs, i64 0, i64 1
  %p1 = load ptr, ptr %pp1
  %v1 = load i16, ptr %p1
  %w1 = sext i16 %v1 to i32
  %p0 = load ptr, ptr @ptrs
  %q0 = getelementptr inbounds i32, ptr %p0, i64 4
  %v0 = load i32, ptr %q0
  %r = add i32 %w1, %v0
  ret i32 %r
}

; Pointer equality between a constant-expression GEP and a computed one.
; RUN: pyir run %s --entry t_ptr_eq
; CHECK: true
define i1 @t_ptr_eq() {
  %p = load ptr, ptr @third
  %q = getelementptr inbounds [5 x i32], ptr @squares, i64 0, i64 2
  %r = icmp eq ptr %p, %q
  ret i1 %r
}

; Zero-initialized global written and summed.
; RUN: pyir run %s --entry t_zeros
; CHECK: 255
define i32 @t_zeros() {
  %p = getelementptr inbounds [16 x i8], ptr @zeros, i64 0, i64 15
  store i8 -1, ptr %p
  %q = getelementptr inbounds [16 x i8], ptr @zeros, i64 0, i64 14
  %a = load i8, ptr %p
  %b = load i8, ptr %q
  %a32 = zext i8 %a to i32
  %b32 = zext i8 %b to i32
  %r = add i32 %a32, %b32
  ret i32 %r
}

; String bytes.
; RUN: pyir run %s --entry t_msg
; CHECK: 261238937
define i32 @t_msg() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %body ]
  %h = phi i32 [ 5381, %entry ], [ %h1, %body ]
  %p = getelementptr inbounds [6 x i8], ptr @msg, i64 0, i64 %i
  %c = load i8, ptr %p
  %z = icmp eq i8 %c, 0
  br i1 %z, label %exit, label %body
body:
  %c32 = zext i8 %c to i32
  %h33 = mul i32 %h, 33
  %h1 = add i32 %h33, %c32
  %i1 = add i64 %i, 1
  br label %loop
exit:
  ret i32 %h
}

; RUN: pyir run %s --entry t_dbl
; CHECK: inf
define double @t_dbl() {
  %v = load double, ptr @dbl
  %r = fmul double %v, 2.0
  ret double %r
}
