// Properties of the printer and parser on generated modules:
//  - print ∘ parse is a fixed point: printing a parsed module and parsing and printing it again
//    gives the same text (and the reparsed module still verifies);
//  - LLVM 16 accepts what PyIR prints, checked on 1,000 generated modules with llvm-as-16. To keep
//    this fast the modules are merged into a few large ones (functions renamed per module,
//    intrinsic declarations shared); a rejected batch is re-checked module by module to name the
//    culprit.
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using PyIR.Frontend.Text;
using PyIR.Tests.Generators;
using Xunit;
using Xunit.Abstractions;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Properties;

public partial class PrintParseProperties(ITestOutputHelper output)
{
    private static string PrintParse(string text) => Printer.Print(Parser.ParseModule(text, "generated.ll"));

    [Fact]
    public void PrintParseIsAFixedPoint()
    {
        var property = Prop.ForAll(IrGenerator.Arbitrary, spec =>
        {
            var once = PrintParse(spec.Text);
            var reparsed = Parser.ParseModule(once, "printed.ll");
            IrVerifier.Verify(reparsed);
            var twice = Printer.Print(reparsed);
            Assert.Equal(once, twice);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithEndSize(100), property);
    }

    [GeneratedRegex(@"@f(\d+)\b")]
    private static partial Regex FunctionName();

    [Fact]
    public void LlvmAcceptsPrintedModules()
    {
        const int modules = 1000, perBatch = 125;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int checkedModules = 0;
        for (int start = 0; start < modules; start += perBatch)
        {
            var printed = Enumerable.Range(start, perBatch)
                .Select(seed => (Seed: seed, Size: seed % 101, Text: PrintParse(IrGenerator.Generate(seed, seed % 101))))
                .ToList();
            var error = LlvmTools.Assemble(Merge(printed.Select(p => (p.Seed, p.Text))));
            if (error is not null)
            {
                foreach (var p in printed)
                    if (LlvmTools.Assemble(p.Text) is { } single)
                        Assert.Fail($"llvm-as-16 rejects the printed module for seed {p.Seed}, size {p.Size}:\n{single}\n{p.Text}");
                Assert.Fail($"llvm-as-16 rejects a batch of printed modules (each alone is accepted):\n{error}");
            }
            checkedModules += printed.Count;
        }
        Assert.Equal(modules, checkedModules);
        output.WriteLine($"llvm-as-16 accepted {checkedModules} printed modules in {watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>One module holding the functions of many: @fK of module S becomes @sS.fK; declarations are shared.</summary>
    private static string Merge(IEnumerable<(int Seed, string Text)> modules)
    {
        var sb = new StringBuilder();
        var declarations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (seed, text) in modules)
            foreach (var line in text.Split('\n'))
            {
                if (line.StartsWith("declare ", StringComparison.Ordinal)) declarations.Add(line);
                else sb.Append(FunctionName().Replace(line, m => $"@s{seed}.f{m.Groups[1].Value}")).Append('\n');
            }
        foreach (var d in declarations) sb.Append(d).Append('\n');
        return sb.ToString();
    }

    [Fact]
    public void LlvmAsRejectsBrokenText()
    {
        // The acceptance test above must be able to fail.
        Assert.NotNull(LlvmTools.Assemble("define i32 @f() {\n  ret i64 0\n}\n"));
        Assert.Null(LlvmTools.Assemble("define i32 @f() {\n  ret i32 0\n}\n"));
    }

    [Fact]
    public void GeneratedProgramsRunUnderLli()
    {
        // Until PyIR's own engines run them, LLVM's JIT checks that generated programs terminate
        // without trapping (division by zero would raise SIGFPE). 60 modules, called from one @main.
        var r = new Random(99);
        var printed = new List<(int Seed, string Text)>();
        var calls = new StringBuilder();
        for (int seed = 0; seed < 60; seed++)
        {
            int size = (seed * 37) % 101;
            var text = PrintParse(IrGenerator.Generate(seed, size));
            var module = Parser.ParseModule(text);
            var entry = module.GetFunction(IrGenerator.EntryName)!;
            var args = IrGenerator.RandomArguments(entry, r).Select(Printer.PrintTypedConstant);
            calls.Append($"  %r{seed} = call {entry.ReturnType} @s{seed}.f0({string.Join(", ", args)})\n");
            printed.Add((seed, text));
        }
        var merged = Merge(printed) + "define i32 @main() {\n" + calls + "  ret i32 0\n}\n";
        var (exit, stdout, stderr) = LlvmTools.Run("lli-16", merged, "-");
        Assert.True(exit == 0, $"lli-16 exited with {exit}:\n{stderr}\n{stdout}");
    }

    [Fact]
    public void MergedBatchesStillNameEveryFunction()
    {
        // Guards the merging above: a merged batch must define every function of every module.
        var merged = Merge([(1, PrintParse(IrGenerator.Generate(1, 60))), (2, PrintParse(IrGenerator.Generate(2, 60)))]);
        var m = Parser.ParseModule(merged, "merged.ll");
        IrVerifier.Verify(m);
        Assert.NotNull(m.GetFunction("s1.f0"));
        Assert.NotNull(m.GetFunction("s2.f0"));
        Assert.DoesNotContain(m.Functions, f => f.Name.StartsWith('f'));
    }
}
