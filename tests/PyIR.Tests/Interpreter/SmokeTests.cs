// Basic end-to-end checks: arithmetic, loops with phis, recursion, and the speed of the dispatch loop.
using Xunit;
using System.Diagnostics;
using Xunit.Abstractions;
using static PyIR.Tests.Interpreter.Harness;

namespace PyIR.Tests.Interpreter;

public class SmokeTests(ITestOutputHelper output)
{
    private const string SumLoop = """
        define i64 @sum(i64 %n) {
        entry:
          br label %loop
        loop:
          %i = phi i64 [ 1, %entry ], [ %i.next, %loop ]
          %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
          %acc.next = add i64 %acc, %i
          %i.next = add i64 %i, 1
          %done = icmp ugt i64 %i.next, %n
          br i1 %done, label %exit, label %loop
        exit:
          ret i64 %acc.next
        }
        """;

    [Fact]
    public void SumLoopAddsUp()
    {
        Assert.Equal(5050, Signed(Run(SumLoop, "sum", I64(100))));
        Assert.Equal(1, Signed(Run(SumLoop, "sum", I64(1))));
    }

    [Fact]
    public void SumLoopSpeed()
    {
        const long n = 20_000_000;
        var sw = Stopwatch.StartNew();
        var r = Run(SumLoop, "sum", I64(n));
        sw.Stop();
        Assert.Equal(n * (n + 1) / 2, Signed(r));
        // 4 instructions per iteration plus the phi copies on the back edge.
        double perSecond = n * 6 / sw.Elapsed.TotalSeconds;
        output.WriteLine($"sum 1..{n}: {sw.Elapsed.TotalMilliseconds:F0} ms, {perSecond / 1e6:F0} M ops/s");
        Assert.True(sw.Elapsed.TotalSeconds < 30);
    }

    [Fact]
    public void Fibonacci()
    {
        const string ir = """
            define i32 @fib(i32 %n) {
            entry:
              %small = icmp slt i32 %n, 2
              br i1 %small, label %base, label %rec
            base:
              ret i32 %n
            rec:
              %a = sub i32 %n, 1
              %b = sub i32 %n, 2
              %fa = call i32 @fib(i32 %a)
              %fb = call i32 @fib(i32 %b)
              %s = add i32 %fa, %fb
              ret i32 %s
            }
            """;
        int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        Assert.Equal(Fib(20), Signed(Run(ir, "fib", I32(20))));
    }
}
