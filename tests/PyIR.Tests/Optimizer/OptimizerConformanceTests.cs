// The conformance corpus after -O2: every file (clang -O0, -O2 and -O2 -mavx2 output) is optimized
// with the Verifier run after every pass, then checksum() must still give what the native gcc build
// computed, on the interpreter and on the default engine (the JIT, or the interpreter for the files
// the JIT cannot compile yet); and llvm-as-16 must accept the printed optimized module.
// PYIR_OPT_LEVEL=3 runs the same at -O3.
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Runtime;
using PyIR.Tests.Conformance;
using PyIR.Tests.Properties;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Optimizer;

public class OptimizerConformanceTests
{
    public static TheoryData<ConformanceCase> AllCases()
    {
        var data = new TheoryData<ConformanceCase>();
        foreach (var kind in new[] { EngineKind.Interpreter, EngineKind.Default })
            foreach (var (name, level) in Corpus.Files())
                data.Add(new ConformanceCase(name, level, kind));
        return data;
    }

    public static TheoryData<string, string> AllFiles() => Corpus.FileData();

    private static Module Optimized(string name, string level)
    {
        string path = Corpus.LlPath(name, level);
        var module = Parser.ParseModule(File.ReadAllText(path), path);
        IrVerifier.Verify(module);
        new PassManager(Pipelines.ForLevel(OptimizerDifferentialProperties.Level)) { VerifyEach = true }.Run(module);
        return module;
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void ChecksumAfterO2MatchesNativeBuild(ConformanceCase test)
    {
        var module = Optimized(test.Name, test.Level);
        var checksum = module.GetFunction("checksum")!;
        using var engine = Engines.Create(module, test.Kind);
        var value = Assert.IsType<ConstantInt>(engine.Invoke(checksum, []));
        Assert.Equal(Corpus.Expected[test.Name], value.SExtValue);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void LlvmAsAcceptsTheOptimizedModule(string name, string level)
    {
        string text = Printer.Print(Optimized(name, level));
        Assert.Null(LlvmTools.Assemble(text));
    }

    [Fact]
    public void O2RemovesMostAllocasOfClangO0Code()
    {
        // clang -O0 keeps every local in an alloca; mem2reg must promote the plain ones.
        int before = 0, after = 0;
        foreach (var name in Corpus.Names)
        {
            string path = Corpus.LlPath(name, "O0");
            var module = Parser.ParseModule(File.ReadAllText(path), path);
            before += module.Functions.SelectMany(f => f.Instructions).Count(i => i is AllocaInst);
            Pipelines.Run(module, 2);
            after += module.Functions.SelectMany(f => f.Instructions).Count(i => i is AllocaInst);
        }
        Assert.True(before > 500, $"only {before} allocas in the O0 corpus");
        Assert.True(after * 5 < before, $"{after} of {before} allocas are left after -O2");
    }
}
