; Aggregates: insertvalue/extractvalue on nested structs and arrays, structs and arrays returned
; by value, packed structs, structs holding vectors, aggregates through phi and select.
; Expected values from lli-16, reviewed by hand.

; RUN: pyir run %s --entry t_struct_ret
; CHECK: { i32 -7, float 0.5 }
define { i32, float } @t_struct_ret() {
  %a = insertvalue { i32, float } undef, i32 -7, 0
  %b = insertvalue { i32, float } %a, float 0.5, 1
  ret { i32, float } %b
}

; RUN: pyir run %s --entry t_nested_ret
; CHECK: { i8 -1, { i16, double } { i16 300, double -2.25 }, [2 x i32] [i32 0, i32 9] }
define { i8, { i16, double }, [2 x i32] } @t_nested_ret() {
  %a = insertvalue { i8, { i16, double }, [2 x i32] } zeroinitializer, i8 -1, 0
  %b = insertvalue { i8, { i16, double }, [2 x i32] } %a, i16 300, 1, 0
  %c = insertvalue { i8, { i16, double }, [2 x i32] } %b, double -2.25, 1, 1
  %d = insertvalue { i8, { i16, double }, [2 x i32] } %c, i32 9, 2, 1
  ret { i8, { i16, double }, [2 x i32] } %d
}

; RUN: pyir run %s --entry t_extract_nested
; CHECK: 3.5
define double @t_extract_nested() {
  %v = extractvalue { i8, { i16, double } } { i8 1, { i16, double } { i16 2, double 3.5 } }, 1, 1
  ret double %v
}

; RUN: pyir run %s --entry t_array_ret
; CHECK: [i16 1, i16 -1, i16 3]
define [3 x i16] @t_array_ret() {
  %a = insertvalue [3 x i16] [i16 1, i16 2, i16 3], i16 -1, 1
  ret [3 x i16] %a
}

; RUN: pyir run %s --entry t_array_of_structs
; CHECK: 30
define i32 @t_array_of_structs() {
  %arr = insertvalue [2 x { i32, i32 }] zeroinitializer, i32 5, 1, 0
  %arr2 = insertvalue [2 x { i32, i32 }] %arr, i32 6, 1, 1
  %x = extractvalue [2 x { i32, i32 }] %arr2, 1, 0
  %y = extractvalue [2 x { i32, i32 }] %arr2, 1, 1
  %z = extractvalue [2 x { i32, i32 }] %arr2, 0, 1
  %m = mul i32 %x, %y
  %r = add i32 %m, %z
  ret i32 %r
}

; RUN: pyir run %s --entry t_packed
; CHECK: <{ i8 7, i32 -100000 }>
define <{ i8, i32 }> @t_packed() {
  %a = insertvalue <{ i8, i32 }> undef, i8 7, 0
  %b = insertvalue <{ i8, i32 }> %a, i32 -100000, 1
  ret <{ i8, i32 }> %b
}


; RUN: pyir run %s --entry t_struct_phi true
; CHECK: { i64 -9223372036854775808, i1 false }
; RUN: pyir run %s --entry t_struct_phi false
; CHECK: { i64 0, i1 true }
define { i64, i1 } @t_struct_phi(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %x = insertvalue { i64, i1 } { i64 0, i1 false }, i64 -9223372036854775808, 0
  br label %join
b:
  %y = insertvalue { i64, i1 } { i64 0, i1 false }, i1 true, 1
  br label %join
join:
  %p = phi { i64, i1 } [ %x, %a ], [ %y, %b ]
  ret { i64, i1 } %p
}

; RUN: pyir run %s --entry t_struct_select false
; CHECK: { float 3.0, float 4.0 }
define { float, float } @t_struct_select(i1 %c) {
  %r = select i1 %c, { float, float } { float 1.0, float 2.0 }, { float, float } { float 3.0, float 4.0 }
  ret { float, float } %r
}

; Overwrite the same field twice; the last write wins.
; RUN: pyir run %s --entry t_overwrite
; CHECK: 21
define i32 @t_overwrite() {
  %a = insertvalue { i32, i32 } zeroinitializer, i32 1, 0
  %b = insertvalue { i32, i32 } %a, i32 2, 0
  %c = extractvalue { i32, i32 } %b, 0
  %d = extractvalue { i32, i32 } %a, 0
  %e = mul i32 %c, 10
  %r = add i32 %e, %d
  ret i32 %r
}

; A struct built in a loop, field by field (accumulate min and max).
; RUN: pyir run %s --entry t_minmax_loop
; CHECK: { i32 -20, i32 29 }
define { i32, i32 } @t_minmax_loop() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi { i32, i32 } [ { i32 2147483647, i32 -2147483648 }, %entry ], [ %s2, %loop ]
  %sq = mul i32 %i, %i
  %v = sub i32 %sq, 20
  %lo = extractvalue { i32, i32 } %s, 0
  %hi = extractvalue { i32, i32 } %s, 1
  %lt = icmp slt i32 %v, %lo
  %gt = icmp sgt i32 %v, %hi
  %lo1 = select i1 %lt, i32 %v, i32 %lo
  %hi1 = select i1 %gt, i32 %v, i32 %hi
  %s1 = insertvalue { i32, i32 } %s, i32 %lo1, 0
  %s2 = insertvalue { i32, i32 } %s1, i32 %hi1, 1
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, 8
  br i1 %c, label %loop, label %exit
exit:
  ret { i32, i32 } %s2
}

; Empty-ish and single-element aggregates.
; RUN: pyir run %s --entry t_single
; CHECK: { [1 x double] [double 1e-05] }
define { [1 x double] } @t_single() {
  %a = insertvalue { [1 x double] } undef, double 1.0e-5, 0, 0
  ret { [1 x double] } %a
}

; RUN: pyir run %s --entry t_struct_i1_i7
; CHECK: { i1 false, i7 -64, i33 -4294967296 }
define { i1, i7, i33 } @t_struct_i1_i7() {
  %a = insertvalue { i1, i7, i33 } undef, i1 false, 0
  %b = insertvalue { i1, i7, i33 } %a, i7 -64, 1
  %c = insertvalue { i1, i7, i33 } %b, i33 -4294967296, 2
  ret { i1, i7, i33 } %c
}

; RUN: pyir run %s --entry t_array_of_float
; CHECK: [float inf, float -0.0, float 0.0, float 0.1]
define [4 x float] @t_array_of_float() {
  %a = insertvalue [4 x float] zeroinitializer, float 0x7FF0000000000000, 0
  %b = insertvalue [4 x float] %a, float -0.0, 1
  %c = insertvalue [4 x float] %b, float 0x3FB99999A0000000, 3
  ret [4 x float] %c
}

; A store of a struct writes its fields' bytes; the padding between them keeps what it held.
; RUN: pyir run %s --entry t_store_copy_keeps_padding
; CHECK: 72340172854919681
define i64 @t_store_copy_keeps_padding() {
  %s = alloca { i8, i32 }
  %t = alloca { i8, i32 }
  call void @llvm.memset.p0.i64(ptr %s, i8 1, i64 8, i1 false)
  call void @llvm.memset.p0.i64(ptr %t, i8 2, i64 8, i1 false)
  %v = load { i8, i32 }, ptr %s
  store { i8, i32 } %v, ptr %t
  %a = load i64, ptr %t
  ret i64 %a
}

; RUN: pyir run %s --entry t_store_zero_keeps_padding
; CHECK: 16843008
define i64 @t_store_zero_keeps_padding() {
  %s = alloca { i8, i32 }
  call void @llvm.memset.p0.i64(ptr %s, i8 1, i64 8, i1 false)
  store { i8, i32 } zeroinitializer, ptr %s
  %b = load i64, ptr %s
  ret i64 %b
}

; RUN: pyir run %s --entry t_store_array_of_padded
; CHECK: 3027544863089491969
define i64 @t_store_array_of_padded() {
  %s = alloca [2 x { i16, i8 }]
  call void @llvm.memset.p0.i64(ptr %s, i8 42, i64 8, i1 false)
  store [2 x { i16, i8 }] [{ i16, i8 } { i16 1, i8 2 }, { i16, i8 } { i16 3, i8 4 }], ptr %s
  %b = load i64, ptr %s
  ret i64 %b
}

declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
