; strlen, strcmp and memcmp on both engines (the file tests run every RUN line on the JIT and on the
; interpreter): lengths, the sign of the first difference as unsigned bytes, and a strlen that runs
; off the end of its object, which the interpreter reports.
; RUN: pyir run %s --entry lengths
; CHECK: 5
; RUN: pyir run %s --entry compares
; CHECK: 1111
; RUN: not pyir run --interp %s --entry unterminated
; CHECK: error:
@hello = global [6 x i8] c"hello\00"
@help = global [5 x i8] c"help\00"
@high = global [3 x i8] c"\FF\01\00"
@bad = global [3 x i8] c"abc"

declare i64 @strlen(ptr)
declare i32 @strcmp(ptr, ptr)
declare i32 @memcmp(ptr, ptr, i64)

define i64 @lengths() {
  %n = call i64 @strlen(ptr @hello)
  ret i64 %n
}

; 1000 * (strcmp(hello, help) < 0) + 100 * (strcmp(high, hello) > 0) + 10 * (memcmp(hello, help, 3) == 0) + (memcmp(hello, help, 4) < 0)
define i32 @compares() {
  %a = call i32 @strcmp(ptr @hello, ptr @help)
  %a.neg = icmp slt i32 %a, 0
  %b = call i32 @strcmp(ptr @high, ptr @hello)
  %b.pos = icmp sgt i32 %b, 0
  %c = call i32 @memcmp(ptr @hello, ptr @help, i64 3)
  %c.eq = icmp eq i32 %c, 0
  %d = call i32 @memcmp(ptr @hello, ptr @help, i64 4)
  %d.neg = icmp slt i32 %d, 0
  %a1 = select i1 %a.neg, i32 1000, i32 0
  %b1 = select i1 %b.pos, i32 100, i32 0
  %c1 = select i1 %c.eq, i32 10, i32 0
  %d1 = select i1 %d.neg, i32 1, i32 0
  %s1 = add i32 %a1, %b1
  %s2 = add i32 %s1, %c1
  %s3 = add i32 %s2, %d1
  ret i32 %s3
}

define i64 @unterminated() {
  %n = call i64 @strlen(ptr @bad)
  ret i64 %n
}
