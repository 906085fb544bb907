// Unit tests of the dominator tree (Cooper–Harvey–Kennedy) and dominance frontiers on small CFGs
// whose dominators are worked out by hand in the comments: diamonds, loops, nested loops, an
// irreducible region, unreachable blocks, and instruction-level dominance including phi uses.
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using Xunit;

namespace PyIR.Tests.Verifier;

public class DominatorTreeTests
{
    private static (Function F, DominatorTree Dt, Func<string, BasicBlock> B) Build(string text)
    {
        var m = Parser.ParseModule(text, "dom.ll");
        var f = m.Functions.First(x => !x.IsDeclaration);
        return (f, new DominatorTree(f), name => f.Blocks.Single(b => b.Name == name));
    }

    private const string Diamond = """
        define i32 @f(i1 %c) {
        entry:
          br i1 %c, label %a, label %b
        a:
          %x = add i32 1, 2
          br label %join
        b:
          %y = add i32 3, 4
          br label %join
        join:
          %p = phi i32 [ %x, %a ], [ %y, %b ]
          ret i32 %p
        }
        """;

    [Fact]
    public void DiamondIdomsAndOrder()
    {
        var (_, dt, B) = Build(Diamond);
        Assert.Null(dt.ImmediateDominator(B("entry")));
        Assert.Same(B("entry"), dt.ImmediateDominator(B("a")));
        Assert.Same(B("entry"), dt.ImmediateDominator(B("b")));
        // The join is reached from both arms, so only the entry dominates it.
        Assert.Same(B("entry"), dt.ImmediateDominator(B("join")));
        Assert.Same(B("entry"), dt.ReversePostorder[0]);
        Assert.Same(B("join"), dt.ReversePostorder[^1]);
        Assert.True(dt.Dominates(B("entry"), B("join")));
        Assert.False(dt.Dominates(B("a"), B("join")));
        Assert.True(dt.Dominates(B("a"), B("a")));
        Assert.False(dt.StrictlyDominates(B("a"), B("a")));
        Assert.Equal(3, dt.Children(B("entry")).Count);
    }

    [Fact]
    public void DiamondFrontiers()
    {
        var (_, dt, B) = Build(Diamond);
        Assert.Equal([B("join")], dt.Frontier(B("a")));
        Assert.Equal([B("join")], dt.Frontier(B("b")));
        Assert.Empty(dt.Frontier(B("entry")));
        Assert.Empty(dt.Frontier(B("join")));
    }

    [Fact]
    public void PhiUsesCountAtTheEndOfTheIncomingBlock()
    {
        var (f, dt, B) = Build(Diamond);
        var x = f.Instructions.Single(i => i.Name == "x");
        var y = f.Instructions.Single(i => i.Name == "y");
        var p = f.Instructions.Single(i => i.Name == "p");
        // %x does not dominate the phi's block, but it does dominate the end of %a, where the phi uses it.
        Assert.False(dt.Dominates(x, p));
        Assert.True(dt.DominatesPhiUse(x, B("a")));
        Assert.False(dt.DominatesPhiUse(x, B("b")));
        Assert.True(dt.DominatesPhiUse(y, B("b")));
    }

    [Fact]
    public void InstructionOrderWithinABlock()
    {
        var (f, dt, _) = Build("""
            define i32 @f(i32 %a) {
            entry:
              %x = add i32 %a, 1
              %y = mul i32 %x, 2
              ret i32 %y
            }
            """);
        var x = f.Instructions.Single(i => i.Name == "x");
        var y = f.Instructions.Single(i => i.Name == "y");
        Assert.True(dt.Dominates(x, y));
        Assert.False(dt.Dominates(y, x));
        Assert.False(dt.Dominates(x, x));
    }

    private const string NestedLoops = """
        define void @f(i32 %n) {
        entry:
          br label %outer
        outer:
          %i = phi i32 [ 0, %entry ], [ %i1, %outer.latch ]
          br label %inner
        inner:
          %j = phi i32 [ 0, %outer ], [ %j1, %inner ]
          %j1 = add i32 %j, 1
          %jc = icmp slt i32 %j1, %n
          br i1 %jc, label %inner, label %outer.latch
        outer.latch:
          %i1 = add i32 %i, 1
          %ic = icmp slt i32 %i1, %n
          br i1 %ic, label %outer, label %exit
        exit:
          ret void
        }
        """;

    [Fact]
    public void NestedLoopIdomsAndFrontiers()
    {
        var (_, dt, B) = Build(NestedLoops);
        Assert.Same(B("entry"), dt.ImmediateDominator(B("outer")));
        Assert.Same(B("outer"), dt.ImmediateDominator(B("inner")));
        Assert.Same(B("inner"), dt.ImmediateDominator(B("outer.latch")));
        Assert.Same(B("outer.latch"), dt.ImmediateDominator(B("exit")));
        // A loop header is in its own frontier (the back edge comes from a block it dominates).
        Assert.Equal(new HashSet<BasicBlock> { B("inner"), B("outer") }, dt.Frontier(B("inner")).ToHashSet());
        Assert.Equal(new HashSet<BasicBlock> { B("outer") }, dt.Frontier(B("outer.latch")).ToHashSet());
        Assert.Equal(new HashSet<BasicBlock> { B("outer") }, dt.Frontier(B("outer")).ToHashSet());
        Assert.Empty(dt.Frontier(B("exit")));
    }

    [Fact]
    public void IrreducibleRegionHasTheEntryAsIdom()
    {
        // entry -> a, entry -> b, a <-> b: neither a nor b dominates the other.
        var (_, dt, B) = Build("""
            define void @f(i1 %c) {
            entry:
              br i1 %c, label %a, label %b
            a:
              br i1 %c, label %b, label %exit
            b:
              br i1 %c, label %a, label %exit
            exit:
              ret void
            }
            """);
        Assert.Same(B("entry"), dt.ImmediateDominator(B("a")));
        Assert.Same(B("entry"), dt.ImmediateDominator(B("b")));
        Assert.Same(B("entry"), dt.ImmediateDominator(B("exit")));
        Assert.Contains(B("b"), dt.Frontier(B("a")));
        Assert.Contains(B("a"), dt.Frontier(B("b")));
    }

    [Fact]
    public void UnreachableBlocksAreOutsideTheTree()
    {
        var (_, dt, B) = Build("""
            define i32 @f() {
            entry:
              ret i32 0
            dead:
              br label %dead2
            dead2:
              ret i32 1
            }
            """);
        Assert.True(dt.IsReachable(B("entry")));
        Assert.False(dt.IsReachable(B("dead")));
        Assert.Single(dt.Reachable);
        Assert.Null(dt.ImmediateDominator(B("dead2")));
        // By convention everything dominates unreachable code, and unreachable code dominates nothing reachable.
        Assert.True(dt.Dominates(B("entry"), B("dead")));
        Assert.False(dt.Dominates(B("dead"), B("entry")));
        Assert.Empty(dt.Frontier(B("dead")));
    }

    [Fact]
    public void LongChainDoesNotOverflowTheStack()
    {
        var sb = new System.Text.StringBuilder("define void @f() {\nb0:\n");
        const int n = 20000;
        for (int i = 0; i < n; i++) sb.Append($"  br label %b{i + 1}\nb{i + 1}:\n");
        sb.Append("  ret void\n}\n");
        var (_, dt, B) = Build(sb.ToString());
        Assert.Equal(n + 1, dt.ReversePostorder.Count);
        Assert.Same(B($"b{n - 1}"), dt.ImmediateDominator(B($"b{n}")));
        Assert.True(dt.Dominates(B("b0"), B($"b{n}")));
        Assert.False(dt.Dominates(B($"b{n}"), B("b1")));
    }
}
