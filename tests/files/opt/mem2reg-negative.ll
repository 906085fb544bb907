; mem2reg must leave an alloca in memory when promoting it could change the program: a volatile
; access, an address that escapes to a call or into memory, a GEP into it, a load of another type,
; an array alloca, and an alloca outside the entry block. @promotable's alloca goes away.
; RUN: pyir opt --passes=mem2reg %s
; CHECK: define i32 @volatile_load()
; CHECK-NEXT: entry:
; CHECK-NEXT: %x = alloca i32
; CHECK: load volatile i32, ptr %x
; CHECK: define i32 @escapes_to_call()
; CHECK-NEXT: entry:
; CHECK-NEXT: %x = alloca i32
; CHECK: call void @sink(ptr %x)
; %p itself is promotable (only loaded and stored), %x is not: its address was stored.
; CHECK: define ptr @stored_as_value()
; CHECK-NEXT: entry:
; CHECK-NEXT: %x = alloca i32
; CHECK-NEXT: store i32 3, ptr %x
; CHECK: define i32 @gep_use()
; CHECK-NEXT: entry:
; CHECK-NEXT: %x = alloca [2 x i32]
; CHECK: define i8 @mismatched_type()
; CHECK-NEXT: entry:
; CHECK-NEXT: %x = alloca i32
; CHECK: load i8, ptr %x
; CHECK: define i32 @array_alloca()
; CHECK-NEXT: entry:
; CHECK-NEXT: %x = alloca i32, i32 2
; CHECK: define i32 @not_in_entry()
; CHECK: %x = alloca i32
; CHECK: define i32 @promotable()
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 7
; RUN: pyir run -O2 %s --entry mismatched_type
; CHECK: 42

declare void @sink(ptr)

define i32 @volatile_load() {
entry:
  %x = alloca i32
  store i32 1, ptr %x
  %v = load volatile i32, ptr %x
  ret i32 %v
}

define i32 @escapes_to_call() {
entry:
  %x = alloca i32
  store i32 1, ptr %x
  call void @sink(ptr %x)
  %v = load i32, ptr %x
  ret i32 %v
}

define ptr @stored_as_value() {
entry:
  %x = alloca i32
  %p = alloca ptr
  store ptr %x, ptr %p
  %v = load ptr, ptr %p
  store i32 3, ptr %v
  ret ptr null
}

define i32 @gep_use() {
entry:
  %x = alloca [2 x i32]
  %e = getelementptr [2 x i32], ptr %x, i64 0, i64 1
  store i32 5, ptr %e
  %v = load i32, ptr %e
  ret i32 %v
}

define i8 @mismatched_type() {
entry:
  %x = alloca i32
  store i32 298, ptr %x
  %v = load i8, ptr %x
  ret i8 %v
}

define i32 @array_alloca() {
entry:
  %x = alloca i32, i32 2
  store i32 4, ptr %x
  %v = load i32, ptr %x
  ret i32 %v
}

define i32 @not_in_entry() {
entry:
  br label %next
next:
  %x = alloca i32
  store i32 9, ptr %x
  %v = load i32, ptr %x
  ret i32 %v
}

define i32 @promotable() {
entry:
  %x = alloca i32
  store i32 7, ptr %x
  %v = load i32, ptr %x
  ret i32 %v
}
