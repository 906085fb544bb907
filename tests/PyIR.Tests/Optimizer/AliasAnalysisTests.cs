// The alias analysis on its own: MustAlias/MayAlias/NoAlias for pairs of accesses named by the
// instructions of a small function (distinct objects, arguments, noalias, escapes, offsets, selects,
// inttoptr), and whether calls and stores may read or write a location.
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer.Analysis;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Optimizer;

public class AliasAnalysisTests
{
    private const string Text = """
        @g = global i32 0
        @h = global [4 x i32] zeroinitializer
        @ro = constant i32 5
        declare void @use(ptr)
        declare ptr @get()
        declare double @llvm.sqrt.f64(double)
        declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

        define void @f(ptr %p, ptr %q, ptr noalias %n, i1 %c, i64 %i, i64 %addr) {
        entry:
          %a = alloca [4 x i32]
          %b = alloca i32
          %e = alloca i32
          call void @use(ptr %e)
          %a0 = getelementptr [4 x i32], ptr %a, i64 0, i64 0
          %a1 = getelementptr [4 x i32], ptr %a, i64 0, i64 1
          %a1b = getelementptr i8, ptr %a, i64 4
          %a2b = getelementptr i8, ptr %a, i64 2
          %a8 = getelementptr i8, ptr %a, i64 8
          %ai = getelementptr [4 x i32], ptr %a, i64 0, i64 %i
          %h1 = getelementptr [4 x i32], ptr @h, i64 0, i64 1
          %p4 = getelementptr i8, ptr %p, i64 4
          %pi = getelementptr i32, ptr %p, i64 %i
          %ld = load ptr, ptr %q
          %cr = call ptr @get()
          %sab = select i1 %c, ptr %a, ptr %b
          %sbp = select i1 %c, ptr %b, ptr %p
          %ip = inttoptr i64 %addr to ptr
          %sq = call double @llvm.sqrt.f64(double 2.0)
          call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 8, i1 false)
          store i32 1, ptr %p
          ret void
        }
        """;

    private readonly Function _f;
    private readonly AliasAnalysis _aa;

    public AliasAnalysisTests()
    {
        var m = Parser.ParseModule(Text, "alias.ll");
        IrVerifier.Verify(m);
        _f = m.GetFunction("f")!;
        _aa = new AliasAnalysis(_f);
    }

    private Value V(string name) =>
        name.StartsWith('@')
            ? _f.Parent!.GetGlobal(name[1..]) ?? throw new ArgumentException(name)
            : (Value?)_f.Arguments.FirstOrDefault(a => a.Name == name) ??
              _f.Instructions.FirstOrDefault(i => i.Name == name) ?? throw new ArgumentException(name);

    private AliasResult Alias(string x, long sx, string y, long sy) =>
        _aa.Alias(new MemoryLocation(V(x), sx), new MemoryLocation(V(y), sy));

    [Theory]
    [InlineData("a", 4, "a0", 4, AliasResult.MustAlias)]      // gep 0,0 is the base
    [InlineData("a1", 4, "a1b", 4, AliasResult.MustAlias)]    // two ways to write offset 4
    [InlineData("a0", 4, "a1", 4, AliasResult.NoAlias)]       // [0,4) and [4,8)
    [InlineData("a0", 8, "a1", 4, AliasResult.MayAlias)]      // [0,8) overlaps [4,8)
    [InlineData("a2b", 1, "a0", 4, AliasResult.MayAlias)]     // byte 2 inside [0,4)
    [InlineData("a2b", 2, "a1", 4, AliasResult.NoAlias)]      // [2,4) before [4,8)
    [InlineData("ai", 4, "a1", 4, AliasResult.MayAlias)]      // variable index into the same alloca
    [InlineData("a", 16, "b", 4, AliasResult.NoAlias)]        // distinct allocas
    [InlineData("ai", 4, "b", 4, AliasResult.NoAlias)]        // even through a variable index
    [InlineData("@g", 4, "@h", 16, AliasResult.NoAlias)]      // distinct globals
    [InlineData("h1", 4, "@g", 4, AliasResult.NoAlias)]
    [InlineData("a", 16, "@g", 4, AliasResult.NoAlias)]       // alloca vs global
    [InlineData("e", 4, "p", 4, AliasResult.NoAlias)]         // escaped alloca vs argument: still fresh
    [InlineData("e", 4, "ld", 4, AliasResult.MayAlias)]       // escaped alloca vs loaded pointer
    [InlineData("e", 4, "cr", 4, AliasResult.MayAlias)]       // escaped alloca vs call result
    [InlineData("b", 4, "ld", 4, AliasResult.NoAlias)]        // non-escaping alloca vs loaded pointer
    [InlineData("b", 4, "cr", 4, AliasResult.NoAlias)]        // ... vs call result
    [InlineData("b", 4, "ip", 4, AliasResult.MayAlias)]       // ... but inttoptr may point anywhere
    [InlineData("p", 4, "q", 4, AliasResult.MayAlias)]        // two plain arguments
    [InlineData("n", 4, "p", 4, AliasResult.NoAlias)]         // noalias argument vs another argument
    [InlineData("n", 4, "@g", 4, AliasResult.NoAlias)]        // ... vs a global
    [InlineData("n", 4, "ld", 4, AliasResult.MayAlias)]       // ... not vs a loaded pointer
    [InlineData("p", 4, "@g", 4, AliasResult.MayAlias)]       // argument vs global
    [InlineData("p", 4, "p4", 4, AliasResult.NoAlias)]        // constant offsets from an unknown base
    [InlineData("p", 8, "p4", 4, AliasResult.MayAlias)]
    [InlineData("pi", 4, "p4", 4, AliasResult.MayAlias)]
    [InlineData("sab", 4, "e", 4, AliasResult.NoAlias)]       // select of two allocas vs a third
    [InlineData("sab", 4, "b", 4, AliasResult.MayAlias)]      // ... vs one of them
    [InlineData("sbp", 4, "a", 4, AliasResult.NoAlias)]       // select of alloca/argument vs another alloca
    [InlineData("sbp", 4, "q", 4, AliasResult.MayAlias)]      // ... vs another argument
    public void Answers(string x, long sx, string y, long sy, AliasResult expected)
    {
        Assert.Equal(expected, Alias(x, sx, y, sy));
        Assert.Equal(expected, Alias(y, sy, x, sx));
    }

    [Fact]
    public void UnknownSizeReachesPastTheEndButNotBeforeTheStart()
    {
        Assert.Equal(AliasResult.MayAlias, Alias("a0", MemoryLocation.UnknownSize, "a1", 4));
        Assert.Equal(AliasResult.NoAlias, Alias("a1", MemoryLocation.UnknownSize, "a0", 4));
    }

    [Fact]
    public void EscapesFollowDerivedPointers()
    {
        Assert.True(_aa.Escapes((AllocaInst)V("e")));
        Assert.False(_aa.Escapes((AllocaInst)V("a")));   // memset does not keep the pointer; selects are followed
        Assert.False(_aa.Escapes((AllocaInst)V("b")));
    }

    private Instruction Call(string callee) =>
        _f.Instructions.OfType<CallInst>().First(c => c.CalledFunction?.Name == callee);

    [Fact]
    public void CallsTouchEscapedMemoryOnly()
    {
        var use = Call("use");
        Assert.True(_aa.MayWrite(use, new MemoryLocation(V("e"), 4)));
        Assert.True(_aa.MayRead(use, new MemoryLocation(V("@g"), 4)));
        Assert.True(_aa.MayWrite(use, new MemoryLocation(V("p"), 4)));
        Assert.False(_aa.MayWrite(use, new MemoryLocation(V("b"), 4)));
        Assert.False(_aa.MayRead(use, new MemoryLocation(V("a1"), 4)));
        Assert.False(_aa.MayWrite(use, new MemoryLocation(V("@ro"), 4)));   // a constant global cannot change
        Assert.True(_aa.MayRead(use, new MemoryLocation(V("@ro"), 4)));
    }

    [Fact]
    public void BuiltinsAndStoresTouchOnlyTheirArguments()
    {
        var sqrt = Call("llvm.sqrt.f64");
        Assert.False(_aa.MayWrite(sqrt, new MemoryLocation(V("@g"), 4)));
        Assert.False(_aa.MayRead(sqrt, new MemoryLocation(V("p"), 4)));
        var memset = Call("llvm.memset.p0.i64");
        Assert.True(_aa.MayWrite(memset, new MemoryLocation(V("a1"), 4)));
        Assert.False(_aa.MayWrite(memset, new MemoryLocation(V("b"), 4)));
        Assert.False(_aa.MayWrite(memset, new MemoryLocation(V("@g"), 4)));
        Assert.False(_aa.MayRead(memset, new MemoryLocation(V("a1"), 4)));
        var store = _f.Instructions.OfType<StoreInst>().Single();
        Assert.False(_aa.MayWrite(store, new MemoryLocation(V("p4"), 8)));   // [4,12) after the stored [0,4)
        Assert.True(_aa.MayWrite(store, new MemoryLocation(V("p"), 1)));
        Assert.False(_aa.MayRead(store, new MemoryLocation(V("p"), 4)));
    }

    [Fact]
    public void MemsetOfEightBytesLeavesTheThirdElementAlone()
    {
        var memset = Call("llvm.memset.p0.i64");
        Assert.False(_aa.MayWrite(memset, new MemoryLocation(V("a8"), 4)));
        Assert.True(_aa.MayWrite(memset, new MemoryLocation(V("ai"), 4)));
    }
}
