// Control flow and calls: phis as parallel copies (swap, lost copy), switch, recursion, runaway
// recursion and instruction limits as errors, calls through function pointers, musttail. The cases
// that do not depend on interpreter limits run on both engines.
using PyIR.Runtime;
using Xunit;
using static PyIR.Tests.Interpreter.Harness;

namespace PyIR.Tests.Interpreter;

public class ControlTests
{
    public static TheoryData<EngineKind> BothEngines => [EngineKind.Interpreter, EngineKind.Jit];

    [Theory, MemberData(nameof(BothEngines))]
    public void PhiSwapIsParallel(EngineKind engine)
    {
        // Each iteration swaps a and b: after n iterations (a, b) = n even ? (1, 2) : (2, 1).
        const string ir = """
            define i32 @f(i32 %n) {
            entry:
              br label %loop
            loop:
              %a = phi i32 [ 1, %entry ], [ %b, %loop ]
              %b = phi i32 [ 2, %entry ], [ %a, %loop ]
              %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
              %i1 = add i32 %i, 1
              %c = icmp slt i32 %i1, %n
              br i1 %c, label %loop, label %exit
            exit:
              %r = mul i32 %a, 10
              %s = add i32 %r, %b
              ret i32 %s
            }
            """;
        // %a/%b at exit are the values of the last iteration (i1 = n): swapped n-1 times.
        Assert.Equal(12, Signed(Run(engine, ir, "f", I32(1))));
        Assert.Equal(21, Signed(Run(engine, ir, "f", I32(2))));
        Assert.Equal(12, Signed(Run(engine, ir, "f", I32(5))));
    }

    [Theory, MemberData(nameof(BothEngines))]
    public void LostCopyProblem(EngineKind engine)
    {
        // The value of %x before the increment must survive the back edge that redefines %x.
        const string ir = """
            define i32 @f(i32 %n) {
            entry:
              br label %loop
            loop:
              %x = phi i32 [ 0, %entry ], [ %y, %loop ]
              %y = add i32 %x, 1
              %c = icmp slt i32 %y, %n
              br i1 %c, label %loop, label %exit
            exit:
              ret i32 %x
            }
            """;
        Assert.Equal(9, Signed(Run(engine, ir, "f", I32(10))));
    }

    [Theory, MemberData(nameof(BothEngines))]
    public void SwitchPicksCasesAndDefault(EngineKind engine)
    {
        var cases = string.Join("\n", Enumerable.Range(0, 12).Select(i => $"    i32 {i * 7}, label %c{i}"));
        var blocks = string.Join("\n", Enumerable.Range(0, 12).Select(i => $"c{i}:\n  ret i32 {100 + i}"));
        var ir = $"define i32 @f(i32 %x) {{\nentry:\n  switch i32 %x, label %def [\n{cases}\n  ]\n{blocks}\ndef:\n  ret i32 -1\n}}\n";
        for (int x = -3; x < 90; x++)
        {
            int expected = x >= 0 && x % 7 == 0 && x / 7 < 12 ? 100 + x / 7 : -1;
            Assert.Equal(expected, Signed(Run(engine, ir, "f", I32(x))));
        }
        const string small = """
            define i8 @g(i8 %x) {
            entry:
              switch i8 %x, label %d [ i8 -1, label %a
                                       i8 3, label %b ]
            a:
              ret i8 1
            b:
              ret i8 2
            d:
              ret i8 0
            }
            """;
        Assert.Equal(1, Signed(Run(small, "g", Int(8, -1))));
        Assert.Equal(2, Signed(Run(small, "g", Int(8, 3))));
        Assert.Equal(0, Signed(Run(small, "g", Int(8, 4))));
    }

    private const string Runaway = """
        define i32 @down(i32 %n) {
          %m = add i32 %n, 1
          %r = call i32 @down(i32 %m)
          ret i32 %r
        }
        """;

    [Fact]
    public void RunawayRecursionIsAnErrorNotACrash()
    {
        var ex = Assert.Throws<PyIR.Frontend.IrException>(() => Run(Runaway, "down", new ExecutionLimits { MaxCallDepth = 50_000 }, I32(0)));
        Assert.Contains("stack overflow", ex.Description);
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void InstructionLimit()
    {
        const string ir = "define void @spin() {\nentry:\n  br label %l\nl:\n  br label %l\n}\n";
        var ex = Assert.Throws<PyIR.Frontend.IrException>(() => Run(ir, "spin", new ExecutionLimits { MaxInstructions = 1000 }));
        Assert.Contains("instruction limit exceeded", ex.Description);
    }

    [Theory, MemberData(nameof(BothEngines))]
    public void CallsThroughFunctionPointers(EngineKind engine)
    {
        const string ir = """
            define i32 @inc(i32 %x) {
              %r = add i32 %x, 1
              ret i32 %r
            }
            define i32 @dbl(i32 %x) {
              %r = shl i32 %x, 1
              ret i32 %r
            }
            @table = global [2 x ptr] [ptr @inc, ptr @dbl]
            define i32 @apply(i32 %which, i32 %x) {
              %slot = getelementptr [2 x ptr], ptr @table, i32 0, i32 %which
              %fp = load ptr, ptr %slot
              %r = call i32 %fp(i32 %x)
              ret i32 %r
            }
            define i64 @addr_roundtrip() {
              %i = ptrtoint ptr @dbl to i64
              %p = inttoptr i64 %i to ptr
              %r = call i32 %p(i32 21)
              %w = zext i32 %r to i64
              ret i64 %w
            }
            declare i32 @missing(i32)
            define i32 @undefined() {
              %r = call i32 @missing(i32 1)
              ret i32 %r
            }
            define i32 @nullcall(ptr %f) {
              %r = call i32 %f(i32 1)
              ret i32 %r
            }
            """;
        Assert.Equal(11, Signed(Run(engine, ir, "apply", I32(0), I32(10))));
        Assert.Equal(20, Signed(Run(engine, ir, "apply", I32(1), I32(10))));
        Assert.Equal(42, Signed(Run(engine, ir, "addr_roundtrip")));
        var undefined = Fails(engine, ir, "undefined").Description;
        Assert.Contains("call to undefined function", undefined);
        Assert.Contains("@missing", undefined);
        // The interpreter sees the null pointer; the JIT's call faults on address 0.
        Assert.Contains(engine == EngineKind.Interpreter ? "null" : "invalid memory access",
            Fails(engine, ir, "nullcall", new PyIR.Frontend.Ir.ConstantPointerNull()).Description);
    }

    [Fact]
    public void MustTailRecursionDoesNotGrowTheStack()
    {
        const string ir = """
            define i64 @count(i64 %n, i64 %acc) {
            entry:
              %z = icmp eq i64 %n, 0
              br i1 %z, label %done, label %more
            done:
              ret i64 %acc
            more:
              %n1 = sub i64 %n, 1
              %a1 = add i64 %acc, 2
              %r = musttail call i64 @count(i64 %n1, i64 %a1)
              ret i64 %r
            }
            """;
        var r = Run(ir, "count", new ExecutionLimits { MaxCallDepth = 100 }, I64(1_000_000), I64(0));
        Assert.Equal(2_000_000, Signed(r));
    }

    [Theory, MemberData(nameof(BothEngines))]
    public void UnreachableAndTrapAreErrors(EngineKind engine)
    {
        const string ir = """
            declare void @llvm.trap()
            define void @u() {
              unreachable
            }
            define void @t() {
              call void @llvm.trap()
              ret void
            }
            """;
        Assert.Contains("unreachable", Fails(engine, ir, "u").Description);
        Assert.Equal("trap", Fails(engine, ir, "t").Description);
    }
}
