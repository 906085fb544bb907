; instcombine: a rotate written with two shifts of one value whose amounts add up to the width
; becomes llvm.fshl(x, x, C) (one rotate instruction in the JIT), whether the parts are joined with
; or, xor or add (they share no bit). What stays: amounts that do not add up to the width, shifts of
; two different values, widths other than 8/16/32/64.
; RUN: pyir opt --passes=instcombine,dce %s
; CHECK: define i32 @rotl(i32 %x)
; CHECK-NEXT: %r = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 7)
; CHECK: define i64 @rotr_xor(i64 %x)
; CHECK-NEXT: %r = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 51)
; CHECK: define i8 @rot_add(i8 %x)
; CHECK-NEXT: %r = call i8 @llvm.fshl.i8(i8 %x, i8 %x, i8 3)
; CHECK: define i32 @not_width(i32 %x)
; CHECK-NEXT: %a = shl i32 %x, 7
; CHECK: define i32 @two_values(i32 %x, i32 %y)
; CHECK-NEXT: %a = shl i32 %x, 7
; CHECK: define i7 @odd_width(i7 %x)
; CHECK-NEXT: %a = shl i7 %x, 3
; RUN: pyir run -O2 %s --entry rotl -2023406815
; RUN: pyir run --interp %s --entry rotl -2023406815
; RUN: pyir run -O2 %s --entry rotr_xor 81985529216486895
; RUN: pyir run --interp %s --entry rotr_xor 81985529216486895
; RUN: pyir run -O2 %s --entry rot_add -93
; RUN: pyir run --interp %s --entry rot_add -93
; CHECK: -1298034493
; CHECK-NEXT: -1298034493
; CHECK-NEXT: 8032179943414451550
; CHECK-NEXT: 8032179943414451550
; CHECK-NEXT: 29
; CHECK-NEXT: 29

define i32 @rotl(i32 %x) {
  %a = shl i32 %x, 7
  %b = lshr i32 %x, 25
  %r = or i32 %a, %b
  ret i32 %r
}

define i64 @rotr_xor(i64 %x) {
  %a = lshr i64 %x, 13
  %b = shl i64 %x, 51
  %r = xor i64 %a, %b
  ret i64 %r
}

define i8 @rot_add(i8 %x) {
  %a = shl i8 %x, 3
  %b = lshr i8 %x, 5
  %r = add i8 %a, %b
  ret i8 %r
}

define i32 @not_width(i32 %x) {
  %a = shl i32 %x, 7
  %b = lshr i32 %x, 24
  %r = or i32 %a, %b
  ret i32 %r
}

define i32 @two_values(i32 %x, i32 %y) {
  %a = shl i32 %x, 7
  %b = lshr i32 %y, 25
  %r = or i32 %a, %b
  ret i32 %r
}

define i7 @odd_width(i7 %x) {
  %a = shl i7 %x, 3
  %b = lshr i7 %x, 4
  %r = or i7 %a, %b
  ret i7 %r
}
