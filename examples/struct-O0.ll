; clang-16 -O0 output (attributes and metadata removed) for a loop over a small struct passed
; by value, which clang passes as one i64. -O2 splits the struct allocas (sroa) and promotes them:
; no memory is left, the point travels in one i64 register. Source:
;   typedef struct { int x, y; } Point;
;
;   static Point add(Point a, Point b) {
;       Point r = {a.x + b.x, a.y + b.y};
;       return r;
;   }
;
;   int walk(int n) {
;       Point p = {0, 0};
;       for (int i = 0; i < n; i++) {
;           Point step = {i, 1};
;           p = add(p, step);
;       }
;       return p.x * 1000 + p.y;
;   }

%struct.Point = type { i32, i32 }

define dso_local i32 @walk(i32 noundef %n) {
entry:
  %n.addr = alloca i32, align 4
  %p = alloca %struct.Point, align 4
  %i = alloca i32, align 4
  %step = alloca %struct.Point, align 4
  %tmp = alloca %struct.Point, align 4
  store i32 %n, ptr %n.addr, align 4
  call void @llvm.memset.p0.i64(ptr align 4 %p, i8 0, i64 8, i1 false)
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %x = getelementptr inbounds %struct.Point, ptr %step, i32 0, i32 0
  %2 = load i32, ptr %i, align 4
  store i32 %2, ptr %x, align 4
  %y = getelementptr inbounds %struct.Point, ptr %step, i32 0, i32 1
  store i32 1, ptr %y, align 4
  %3 = load i64, ptr %p, align 4
  %4 = load i64, ptr %step, align 4
  %call = call i64 @add(i64 %3, i64 %4)
  store i64 %call, ptr %tmp, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %p, ptr align 4 %tmp, i64 8, i1 false)
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %5 = load i32, ptr %i, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %x1 = getelementptr inbounds %struct.Point, ptr %p, i32 0, i32 0
  %6 = load i32, ptr %x1, align 4
  %mul = mul nsw i32 %6, 1000
  %y2 = getelementptr inbounds %struct.Point, ptr %p, i32 0, i32 1
  %7 = load i32, ptr %y2, align 4
  %add = add nsw i32 %mul, %7
  ret i32 %add
}

declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg)

define internal i64 @add(i64 %a.coerce, i64 %b.coerce) {
entry:
  %retval = alloca %struct.Point, align 4
  %a = alloca %struct.Point, align 4
  %b = alloca %struct.Point, align 4
  store i64 %a.coerce, ptr %a, align 4
  store i64 %b.coerce, ptr %b, align 4
  %x = getelementptr inbounds %struct.Point, ptr %retval, i32 0, i32 0
  %x1 = getelementptr inbounds %struct.Point, ptr %a, i32 0, i32 0
  %0 = load i32, ptr %x1, align 4
  %x2 = getelementptr inbounds %struct.Point, ptr %b, i32 0, i32 0
  %1 = load i32, ptr %x2, align 4
  %add = add nsw i32 %0, %1
  store i32 %add, ptr %x, align 4
  %y = getelementptr inbounds %struct.Point, ptr %retval, i32 0, i32 1
  %y3 = getelementptr inbounds %struct.Point, ptr %a, i32 0, i32 1
  %2 = load i32, ptr %y3, align 4
  %y4 = getelementptr inbounds %struct.Point, ptr %b, i32 0, i32 1
  %3 = load i32, ptr %y4, align 4
  %add5 = add nsw i32 %2, %3
  store i32 %add5, ptr %y, align 4
  %4 = load i64, ptr %retval, align 4
  ret i64 %4
}

declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg)

