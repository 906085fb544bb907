// The small kernels of the seed README, as LLVM IR text, for the compile-latency benchmark.
namespace PyIR.Bench;

public static class Kernels
{
    public const string Add = """
        define i32 @add(i32 %a, i32 %b) {
          %r = add i32 %a, %b
          ret i32 %r
        }
        """;

    public const string MulAdd = """
        define float @muladd(float %a, float %b, float %c) {
          %t = fmul float %a, %b
          %r = fadd float %t, %c
          ret float %r
        }
        """;

    public const string Dot = """
        define float @dot(ptr %a, ptr %b, i64 %n) {
        entry:
          %empty = icmp sle i64 %n, 0
          br i1 %empty, label %exit, label %loop
        loop:
          %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
          %acc = phi float [ 0.0, %entry ], [ %acc1, %loop ]
          %pa = getelementptr inbounds float, ptr %a, i64 %i
          %pb = getelementptr inbounds float, ptr %b, i64 %i
          %x = load float, ptr %pa
          %y = load float, ptr %pb
          %acc1 = call float @llvm.fmuladd.f32(float %x, float %y, float %acc)
          %i1 = add i64 %i, 1
          %c = icmp slt i64 %i1, %n
          br i1 %c, label %loop, label %exit
        exit:
          %r = phi float [ 0.0, %entry ], [ %acc1, %loop ]
          ret float %r
        }
        declare float @llvm.fmuladd.f32(float, float, float)
        """;

    public const string Saxpy = """
        define void @saxpy(float %a, ptr %x, ptr %y, i64 %n) {
        entry:
          br label %cond
        cond:
          %i = phi i64 [ 0, %entry ], [ %i1, %body ]
          %c = icmp slt i64 %i, %n
          br i1 %c, label %body, label %exit
        body:
          %px = getelementptr inbounds float, ptr %x, i64 %i
          %py = getelementptr inbounds float, ptr %y, i64 %i
          %vx = load float, ptr %px
          %vy = load float, ptr %py
          %r = call float @llvm.fmuladd.f32(float %a, float %vx, float %vy)
          store float %r, ptr %py
          %i1 = add i64 %i, 1
          br label %cond
        exit:
          ret void
        }
        declare float @llvm.fmuladd.f32(float, float, float)
        """;

    public const string Clamp = """
        define double @clamp(double %x, double %lo, double %hi) {
          %below = fcmp olt double %x, %lo
          %a = select i1 %below, double %lo, double %x
          %above = fcmp ogt double %a, %hi
          %r = select i1 %above, double %hi, double %a
          ret double %r
        }
        """;
}
