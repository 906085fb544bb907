// Large functions: a user's generated code can have thousands of loops, switch cases or blocks of
// one name, and every stage must stay about linear in that size (the standard: no hang). Each test
// builds such a function, checks that the result still computes what the interpreter computes on the
// input, and bounds the time generously: the bound only catches a return of the quadratic behaviour
// these inputs once had (the vectorizer rebuilt its loop forest after every loop, 2,000 loops took
// over four minutes; liveness kept blocks x registers bit sets, 10,000 cases took 5.5 GB in `pyir
// asm`, whose listing printed a 10,000-entry phi once per case; the printer searched a duplicated
// name's suffixes from 1 for each holder; the dominator tree and edge splitting climbed or walked a
// chain of tests once per edge into its shared exit). On this machine each test takes a few seconds
// at most.
using System.Diagnostics;
using System.Text;
using PyIR.Backend.Jit;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Runtime;
using PyIR.Runtime.Jit;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Jit;

public class LargeFunctionTests
{
    /// <summary>Far above what each test takes (about a second); far below what the quadratic versions took.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>Two modules from the same text: one to run as written, one to optimize.</summary>
    private static (Module Original, Module Optimized) ParseTwice(string source, string name)
    {
        var original = Parser.ParseModule(source, name);
        IrVerifier.Verify(original);
        return (original, Parser.ParseModule(source, name));
    }

    /// <summary>
    /// <paramref name="loops"/> top-tested loops one after another, each a[i] = a[i] * k + b[i] + i
    /// for i below n (each header entered from the previous one's exit, so the vectorizer first makes
    /// a preheader), then the sum of a[0..63].
    /// </summary>
    private static string ManyLoops(int loops)
    {
        var sb = new StringBuilder();
        sb.AppendLine("@a = global [64 x i32] zeroinitializer");
        sb.AppendLine("@b = global [64 x i32] zeroinitializer");
        sb.AppendLine("define i32 @run(i32 %n) {");
        sb.AppendLine("entry:");
        sb.AppendLine("  br label %h0");
        for (int k = 0; k < loops; k++)
        {
            string from = k == 0 ? "entry" : $"h{k - 1}";
            sb.AppendLine($"h{k}:");
            sb.AppendLine($"  %i{k} = phi i32 [ 0, %{from} ], [ %i{k}.next, %body{k} ]");
            sb.AppendLine($"  %c{k} = icmp slt i32 %i{k}, %n");
            sb.AppendLine($"  br i1 %c{k}, label %body{k}, label %h{k + 1}");
            sb.AppendLine($"body{k}:");
            sb.AppendLine($"  %x{k} = sext i32 %i{k} to i64");
            sb.AppendLine($"  %pa{k} = getelementptr inbounds [64 x i32], ptr @a, i64 0, i64 %x{k}");
            sb.AppendLine($"  %va{k} = load i32, ptr %pa{k}, align 4");
            sb.AppendLine($"  %pb{k} = getelementptr inbounds [64 x i32], ptr @b, i64 0, i64 %x{k}");
            sb.AppendLine($"  %vb{k} = load i32, ptr %pb{k}, align 4");
            sb.AppendLine($"  %m{k} = mul i32 %va{k}, {k % 13 + 3}");
            sb.AppendLine($"  %s{k} = add i32 %m{k}, %vb{k}");
            sb.AppendLine($"  %t{k} = add i32 %s{k}, %i{k}");
            sb.AppendLine($"  store i32 %t{k}, ptr %pa{k}, align 4");
            sb.AppendLine($"  %i{k}.next = add nsw i32 %i{k}, 1");
            sb.AppendLine($"  br label %h{k}");
        }
        sb.AppendLine($"h{loops}:");
        sb.AppendLine($"  br label %sum");
        sb.AppendLine("sum:");
        sb.AppendLine($"  %j = phi i64 [ 0, %h{loops} ], [ %j.next, %sum ]");
        sb.AppendLine($"  %acc = phi i32 [ 0, %h{loops} ], [ %acc.next, %sum ]");
        sb.AppendLine("  %pj = getelementptr inbounds [64 x i32], ptr @a, i64 0, i64 %j");
        sb.AppendLine("  %vj = load i32, ptr %pj, align 4");
        sb.AppendLine("  %acc.next = add i32 %acc, %vj");
        sb.AppendLine("  %j.next = add i64 %j, 1");
        sb.AppendLine("  %more = icmp ult i64 %j.next, 64");
        sb.AppendLine("  br i1 %more, label %sum, label %done");
        sb.AppendLine("done:");
        sb.AppendLine("  ret i32 %acc.next");
        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public void TwoThousandLoopsAreVectorizedInOnePassOverTheLoops()
    {
        const int loops = 2000;
        var (original, optimized) = ParseTwice(ManyLoops(loops), "many-loops.ll");
        var clock = Stopwatch.StartNew();
        Pipelines.Run(optimized, 2);
        var printed = Printer.Print(optimized);
        Assert.True(clock.Elapsed < HangGuard, $"-O2 and printing took {clock.Elapsed}");
        IrVerifier.Verify(optimized);
        // Every loop, and the sum, got a vector body (the printer numbers the repeated name:
        // vec.body, vec.body.1, ...).
        int bodies = printed.Split('\n').Count(l => l.StartsWith("vec.body", StringComparison.Ordinal) && l.EndsWith(':'));
        Assert.Equal(loops + 1, bodies);
        Assert.Contains($"vec.body.{loops}:", printed);

        // Each engine runs its own module, so the globals start from zero in each.
        using var reference = Engines.Create(original, EngineKind.Interpreter);
        using var jit = JitEngine.IsSupported ? Engines.Create(optimized, EngineKind.Jit) : Engines.Create(optimized, EngineKind.Interpreter);
        foreach (int n in new[] { 0, 1, 7, 8, 37, 64 })
        {
            Constant[] args = [ConstantInt.Get(32, n)];
            var expected = Assert.IsType<ConstantInt>(reference.Invoke(original.GetFunction("run")!, args)).Bits;
            var actual = Assert.IsType<ConstantInt>(jit.Invoke(optimized.GetFunction("run")!, args)).Bits;
            Assert.True(expected == actual, $"n = {n}: expected {expected}, got {actual}");
        }
    }

    /// <summary>A switch on x with <paramref name="cases"/> cases (x = 7k) whose empty blocks give a phi a constant each.</summary>
    private static string BigSwitch(int cases)
    {
        var sb = new StringBuilder();
        sb.AppendLine("define i64 @sw(i64 %x) {");
        sb.AppendLine("entry:");
        sb.Append("  switch i64 %x, label %other [");
        for (int k = 0; k < cases; k++) sb.Append($" i64 {7 * k}, label %c{k}");
        sb.AppendLine(" ]");
        for (int k = 0; k < cases; k++) sb.AppendLine($"c{k}:\n  br label %join");
        sb.AppendLine("other:\n  br label %join");
        sb.Append("join:\n  %r = phi i64");
        for (int k = 0; k < cases; k++) sb.Append($" [ {(uint)(k * 2654435761L)}, %c{k} ],");
        sb.AppendLine(" [ 1, %other ]");
        sb.AppendLine("  ret i64 %r");
        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public void ATenThousandCaseSwitchCompilesRunsAndIsListed()
    {
        const int cases = 10_000;
        var (original, optimized) = ParseTwice(BigSwitch(cases), "switch.ll");
        var clock = Stopwatch.StartNew();
        Pipelines.Run(optimized, 2);
        using var reference = Engines.Create(original, EngineKind.Interpreter);
        using var engine = JitEngine.IsSupported ? Engines.Create(optimized, EngineKind.Jit) : Engines.Create(optimized, EngineKind.Interpreter);
        foreach (long x in new long[] { 0, 7, 3, 6993, 7 * (cases - 1), 7 * cases, -7 })
        {
            Constant[] args = [ConstantInt.Get(64, x)];
            var expected = Assert.IsType<ConstantInt>(reference.Invoke(original.GetFunction("sw")!, args)).Bits;
            Assert.Equal(expected, Assert.IsType<ConstantInt>(engine.Invoke(optimized.GetFunction("sw")!, args)).Bits);
        }
        if (JitEngine.IsSupported)
        {
            string listing = AsmListing.Compile(optimized);
            // The switch and the phi are each shown once per run of their code, cut at the limit.
            Assert.Contains(" ...", listing);
            Assert.True(listing.Length < 20_000_000, $"the listing has {listing.Length} characters");
            Assert.DoesNotContain(listing.Split('\n'), l => l.Length > AsmListing.MaxCommentLength + 20);
        }
        Assert.True(clock.Elapsed < HangGuard, $"-O2, compiling and listing took {clock.Elapsed}");
    }

    /// <summary>
    /// A chain of <paramref name="tests"/> tests of x, each with an edge to one exit block
    /// (generated error checks: `if (!ok) goto fail;`); the value returned tells which path ran.
    /// </summary>
    private static string TestChain(int tests, bool codes = false)
    {
        var sb = new StringBuilder();
        sb.AppendLine("define i64 @chain(i64 %x) {");
        sb.AppendLine("entry:\n  br label %t0");
        for (int i = 0; i < tests; i++)
        {
            sb.AppendLine($"t{i}:\n  %c{i} = icmp ult i64 %x, {tests - i}");
            if (codes) sb.AppendLine($"  %v{i} = mul i64 %x, {3 * i + 1}");
            sb.AppendLine($"  br i1 %c{i}, label %{(i + 1 < tests ? $"t{i + 1}" : "ok")}, label %fail");
        }
        if (!codes)
        {
            sb.AppendLine("ok:\n  ret i64 7");
            sb.AppendLine("fail:\n  ret i64 1\n}");
            return sb.ToString();
        }
        // With codes, the exit's phi takes a value per test, computed there (`rc = x * k; goto
        // fail`): every edge into it is critical and is split before allocation, each moving its
        // own phi entry. (A constant would be set on an edge block of its own by isel already.)
        sb.AppendLine("ok:\n  br label %fail");
        sb.Append("fail:\n  %rc = phi i64");
        for (int i = 0; i < tests; i++) sb.Append($" [ %v{i}, %t{i} ],");
        sb.AppendLine(" [ 7, %ok ]\n  ret i64 %rc\n}");
        return sb.ToString();
    }

    /// <summary>Runs @chain of the original module on the interpreter and of the optimized one on the JIT, for several x.</summary>
    private static void RunChainOnBothEngines(Module original, Module optimized, int tests)
    {
        using var reference = Engines.Create(original, EngineKind.Interpreter);
        using var engine = JitEngine.IsSupported ? Engines.Create(optimized, EngineKind.Jit) : Engines.Create(optimized, EngineKind.Interpreter);
        foreach (long x in new long[] { 0, 5, tests / 2, tests - 1, tests, tests + 1 })
        {
            Constant[] args = [ConstantInt.Get(64, x)];
            var expected = Assert.IsType<ConstantInt>(reference.Invoke(original.GetFunction("chain")!, args)).Bits;
            Assert.Equal(expected, Assert.IsType<ConstantInt>(engine.Invoke(optimized.GetFunction("chain")!, args)).Bits);
        }
    }

    [Fact]
    public void AChainOfTestsGivingTheExitPhiACodeEachRunsOnTheJitAsInTheInterpreter()
    {
        const int tests = 2000; // (the verifier, isel and the interpreter still take n^2 steps on this shape)
        var (original, optimized) = ParseTwice(TestChain(tests, codes: true), "chain-codes.ll");
        Pipelines.Run(optimized, 2);
        RunChainOnBothEngines(original, optimized, tests);
    }

    [Fact]
    public void AChainOfAHundredThousandTestsToOneExitCompilesAndRuns()
    {
        const int tests = 100_000;
        var clock = Stopwatch.StartNew(); // the verifier's dominator tree counts too
        var (original, optimized) = ParseTwice(TestChain(tests), "chain.ll");
        Pipelines.Run(optimized, 2);
        RunChainOnBothEngines(original, optimized, tests);
        // A tighter bound than HangGuard: the quadratic versions took 30-40 s here, this one about a second.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"parsing, verifying, -O2, compiling and running took {clock.Elapsed}");
    }

    [Fact]
    public void AHundredThousandBlocksOfOneNameAreNumberedInOrder()
    {
        var module = new Module("names");
        var f = new Function("chain", FunctionType.Get(IrType.Void, []));
        module.AddFunction(f);
        const int count = 100_000;
        var blocks = new BasicBlock[count];
        for (int k = 0; k < count; k++) f.AddBlock(blocks[k] = new BasicBlock("b"));
        for (int k = 0; k + 1 < count; k++) blocks[k].Append(new BranchInst(blocks[k + 1]));
        blocks[count - 1].Append(new ReturnInst(null));
        IrVerifier.Verify(module);
        var clock = Stopwatch.StartNew();
        string printed = Printer.Print(f);
        Assert.True(clock.Elapsed < HangGuard, $"printing took {clock.Elapsed}");
        // The first holder keeps the name, the others take .1, .2, ... in order, and the text parses back.
        Assert.Contains("br label %b.1\n", printed);
        Assert.Contains($"b.{count - 1}:\n  ret void", printed);
        var reparsed = Parser.ParseModule(printed, "names.ll");
        Assert.Equal(count, reparsed.GetFunction("chain")!.Blocks.Count);
    }
}
