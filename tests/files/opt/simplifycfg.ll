; simplifycfg: constant branches fold, unreachable blocks go (and leave the phis they fed), straight
; lines of blocks merge, empty forwarding blocks are bypassed, and trivial phis disappear.
; RUN: pyir opt --passes=simplifycfg %s
; CHECK: define i32 @fold(i32 %a)
; CHECK-NEXT: entry:
; CHECK-NEXT: %x = add i32 %a, 1
; CHECK-NEXT: %y = mul i32 %x, 2
; CHECK-NEXT: ret i32 %y
; CHECK: define i32 @forward(i1 %c, i32 %a)
; CHECK-NEXT: entry:
; CHECK-NEXT: br i1 %c, label %join, label %other
; CHECK: other:
; CHECK: join:
; CHECK-NEXT: %p = phi i32 [ %b, %other ], [ %a, %entry ]
; CHECK: define i32 @same_targets(i1 %c, i32 %a)
; CHECK-NEXT: entry:
; CHECK-NEXT: ret i32 %a
; RUN: pyir run -O2 %s --entry forward true 5
; RUN: pyir run -O2 %s --entry forward false 5
; CHECK: 5
; CHECK-NEXT: 20

define i32 @fold(i32 %a) {
entry:
  br i1 true, label %live, label %dead
dead:
  br label %join
live:
  %x = add i32 %a, 1
  br label %join
join:
  %p = phi i32 [ %x, %live ], [ 0, %dead ]
  %y = mul i32 %p, 2
  ret i32 %y
}

define i32 @forward(i1 %c, i32 %a) {
entry:
  br i1 %c, label %empty, label %other
empty:
  br label %join
other:
  %b = sdiv i32 100, %a ; may trap, so this is not if-converted and the bypass shows
  br label %join
join:
  %p = phi i32 [ %a, %empty ], [ %b, %other ]
  ret i32 %p
}

define i32 @same_targets(i1 %c, i32 %a) {
entry:
  br i1 %c, label %next, label %next
next:
  %p = phi i32 [ %a, %entry ], [ %a, %entry ]
  ret i32 %p
}
