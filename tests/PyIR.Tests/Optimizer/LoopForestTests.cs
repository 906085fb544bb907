// The loop analysis: nesting, latches, exits, and preheader creation that keeps phis right (checked
// by the Verifier and by running the function before and after).
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer.Analysis;
using PyIR.Runtime;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Optimizer;

public class LoopForestTests
{
    private const string Nested = """
        define i32 @f(i32 %n, i1 %c) {
        entry:
          br i1 %c, label %outer, label %side
        side:
          br label %outer
        outer:
          %i = phi i32 [ 0, %entry ], [ 7, %side ], [ %i.next, %outer.latch ]
          %s = phi i32 [ 0, %entry ], [ 0, %side ], [ %s.inner, %outer.latch ]
          br label %inner
        inner:
          %j = phi i32 [ 0, %outer ], [ %j.next, %inner ]
          %t = phi i32 [ %s, %outer ], [ %t.next, %inner ]
          %t.next = add i32 %t, %j
          %j.next = add i32 %j, 1
          %more = icmp slt i32 %j.next, %i
          br i1 %more, label %inner, label %outer.latch
        outer.latch:
          %s.inner = phi i32 [ %t.next, %inner ]
          %i.next = add i32 %i, 1
          %again = icmp slt i32 %i.next, %n
          br i1 %again, label %outer, label %exit
        exit:
          ret i32 %s.inner
        }
        """;

    private static Module Parse(string text)
    {
        var m = Parser.ParseModule(text, "loops.ll");
        IrVerifier.Verify(m);
        return m;
    }

    [Fact]
    public void FindsNestedLoopsWithLatchesAndExits()
    {
        var f = Parse(Nested).GetFunction("f")!;
        var forest = new LoopForest(f);
        var outer = Assert.Single(forest.TopLevel);
        Assert.Equal("outer", outer.Header.Name);
        var inner = Assert.Single(outer.Children);
        Assert.Equal("inner", inner.Header.Name);
        Assert.Same(outer, inner.Parent);
        Assert.Equal(2, inner.Depth);
        Assert.Equal(["outer", "inner", "outer.latch"], outer.Blocks.Select(b => b.Name));
        Assert.Equal("outer.latch", Assert.Single(outer.Latches).Name);
        Assert.Equal("exit", Assert.Single(outer.ExitBlocks).Name);
        Assert.Same(inner, forest.LoopFor(inner.Header));
        Assert.Same(outer, forest.LoopFor(f.Blocks.First(b => b.Name == "outer.latch")));
        Assert.Null(forest.LoopFor(f.EntryBlock!));
        Assert.Equal([inner, outer], forest.InnermostFirst());
        Assert.Equal("outer", inner.Preheader!.Name); // outer branches only to inner
        Assert.Null(outer.Preheader);                 // entered from entry and side
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(5, false)]
    [InlineData(1, false)]
    public void EnsurePreheaderMergesEntriesAndKeepsTheResult(int n, bool c)
    {
        var before = Parse(Nested);
        var after = Parse(Nested);
        var f = after.GetFunction("f")!;
        var forest = new LoopForest(f);
        var outer = forest.TopLevel[0];
        var pre = forest.EnsurePreheader(outer);
        Assert.Same(pre, outer.Preheader);
        Assert.Same(pre, forest.EnsurePreheader(outer)); // idempotent
        Assert.Empty(IrVerifier.Check(after));
        var iPhi = outer.Header.Phis.First(p => p.Name == "i");
        Assert.Equal(2, iPhi.IncomingCount); // one from the preheader, one from the latch
        Assert.Contains("outer.preheader:", Printer.Print(after));

        Constant[] args = [ConstantInt.Get(32, n), ConstantInt.Get(1, c ? 1 : 0)];
        using var e1 = Engines.Create(before, EngineKind.Interpreter);
        using var e2 = Engines.Create(after, EngineKind.Interpreter);
        Assert.Equal(Assert.IsType<ConstantInt>(e1.Invoke(before.GetFunction("f")!, args)).SExtValue,
                     Assert.IsType<ConstantInt>(e2.Invoke(f, args)).SExtValue);
        // a fresh analysis sees the same loops, now with a preheader
        Assert.NotNull(new LoopForest(f).TopLevel[0].Preheader);
    }
}
