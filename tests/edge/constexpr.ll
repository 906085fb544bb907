; Constant expressions used as instruction operands and in initializers: GEP offsets observed as
; pointer differences (absolute addresses differ between engines, differences do not), ptrtoint
; and inttoptr round trips, null comparisons, pointers to struct fields and array elements.
; Expected values from lli-16, reviewed by hand.

@arr = internal global [8 x i32] [i32 0, i32 10, i32 20, i32 30, i32 40, i32 50, i32 60, i32 70]
@rec = internal global { i8, i64, [3 x i16] } { i8 1, i64 2, [3 x i16] [i16 3, i16 4, i16 5] }
@end_of_arr = internal constant ptr getelementptr ([8 x i32], ptr @arr, i64 1)
@fifth = internal constant ptr getelementptr inbounds ([8 x i32], ptr @arr, i64 0, i64 5)

; RUN: pyir run %s --entry t_gep_constexpr_load
; CHECK: 30
define i32 @t_gep_constexpr_load() {
  %v = load i32, ptr getelementptr inbounds ([8 x i32], ptr @arr, i64 0, i64 3)
  ret i32 %v
}

; Byte offset of rec.2[1]: { i8, i64, [3 x i16] } puts field 2 at 16, element 1 at 18.
; RUN: pyir run %s --entry t_field_offset
; CHECK: 18
define i64 @t_field_offset() {
  %a = ptrtoint ptr getelementptr inbounds ({ i8, i64, [3 x i16] }, ptr @rec, i64 0, i32 2, i64 1) to i64
  %b = ptrtoint ptr @rec to i64
  %d = sub i64 %a, %b
  ret i64 %d
}

; Size of the array computed from a one-past-the-end pointer stored in a global.
; RUN: pyir run %s --entry t_sizeof_via_end
; CHECK: 32
define i64 @t_sizeof_via_end() {
  %e = load ptr, ptr @end_of_arr
  %ei = ptrtoint ptr %e to i64
  %bi = ptrtoint ptr @arr to i64
  %d = sub i64 %ei, %bi
  ret i64 %d
}

; Walk backwards from the stored fifth-element pointer.
; RUN: pyir run %s --entry t_walk_back
; CHECK: 60
define i32 @t_walk_back() {
  %p = load ptr, ptr @fifth
  %q = getelementptr inbounds i32, ptr %p, i64 -4
  %v = load i32, ptr %q
  %w = load i32, ptr %p
  %r = add i32 %v, %w
  ret i32 %r
}

; ptrtoint / inttoptr round trip, with arithmetic in between.
; RUN: pyir run %s --entry t_int_roundtrip
; CHECK: 60
define i32 @t_int_roundtrip() {
  %i = ptrtoint ptr @arr to i64
  %j = add i64 %i, 24
  %p = inttoptr i64 %j to ptr
  %v = load i32, ptr %p
  ret i32 %v
}

; Comparisons: a global is never null; constant-expression GEPs compare by address.
; RUN: pyir run %s --entry t_not_null
; CHECK: false
define i1 @t_not_null() {
  %c = icmp eq ptr @arr, null
  ret i1 %c
}

; RUN: pyir run %s --entry t_ptr_order
; CHECK: true
define i1 @t_ptr_order() {
  %c = icmp ult ptr getelementptr inbounds ([8 x i32], ptr @arr, i64 0, i64 2), getelementptr inbounds ([8 x i32], ptr @arr, i64 0, i64 6)
  ret i1 %c
}

; RUN: pyir run %s --entry t_null_ptr
; CHECK: null
define ptr @t_null_ptr() {
  %p = inttoptr i64 0 to ptr
  ret ptr %p
}

; select between pointers, then load.
; RUN: pyir run %s --entry t_select_ptr false
; CHECK: 70
define i32 @t_select_ptr(i1 %c) {
  %p = select i1 %c, ptr getelementptr inbounds ([8 x i32], ptr @arr, i64 0, i64 1), ptr getelementptr inbounds ([8 x i32], ptr @arr, i64 0, i64 7)
  %v = load i32, ptr %p
  ret i32 %v
}

; Stores through a constant-expression GEP, read back through a computed one.
; RUN: pyir run %s --entry t_store_constexpr
; CHECK: -7
define i16 @t_store_constexpr() {
  store i16 -7, ptr getelementptr inbounds ({ i8, i64, [3 x i16] }, ptr @rec, i64 0, i32 2, i64 2)
  %p = getelementptr inbounds { i8, i64, [3 x i16] }, ptr @rec, i64 0, i32 2
  %q = getelementptr inbounds [3 x i16], ptr %p, i64 0, i64 2
  %v = load i16, ptr %q
  ret i16 %v
}

; freeze of ordinary values is the identity.
; RUN: pyir run %s --entry t_freeze
; CHECK: 42
define i32 @t_freeze() {
  %a = freeze i32 41
  %b = add i32 %a, 1
  %c = freeze i32 %b
  ret i32 %c
}

; GEP with an i32 index that is negative (sign-extended to pointer width).
; RUN: pyir run %s --entry t_gep_i32_negative
; CHECK: 10
define i32 @t_gep_i32_negative() {
  %p = getelementptr inbounds [8 x i32], ptr @arr, i64 0, i64 6
  %q = getelementptr inbounds i32, ptr %p, i32 -5
  %v = load i32, ptr %q
  ret i32 %v
}

; GEP with an i8 index of -1 (sign-extended).
; RUN: pyir run %s --entry t_gep_i8_index
; CHECK: 30
define i32 @t_gep_i8_index() {
  %p = getelementptr inbounds [8 x i32], ptr @arr, i64 0, i64 4
  %q = getelementptr inbounds i32, ptr %p, i8 -1
  %v = load i32, ptr %q
  ret i32 %v
}
