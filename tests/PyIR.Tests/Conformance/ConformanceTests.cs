// Runs every conformance program (tests/conformance) at every optimisation level on every engine
// and compares checksum() with the value a native gcc build computed. This is the end-to-end test
// that the parser, verifier and engines agree with a real C compiler on real compiler output.
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace PyIR.Tests.Conformance;

public class ConformanceTests
{
    /// <summary>The engines the corpus runs on. The JIT joins this list when it can run the corpus.</summary>
    public static readonly EngineKind[] Engines = [EngineKind.Interpreter, EngineKind.Jit];

    /// <summary>
    /// Corpus files (NAME.LEVEL) the JIT does not compile yet, with the reason, one per line in
    /// tests/conformance/jit-unsupported.txt. A listed file that starts compiling fails the test
    /// until it is removed from the list, so the list only shrinks.
    /// </summary>
    private static readonly HashSet<string> JitGaps = File.ReadAllLines(TestPaths.Combine("tests", "conformance", "jit-unsupported.txt"))
        .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).ToHashSet();

    public static TheoryData<ConformanceCase> AllCases()
    {
        var data = new TheoryData<ConformanceCase>();
        foreach (var kind in Engines)
            foreach (var (name, level) in Corpus.Files())
                data.Add(new ConformanceCase(name, level, kind));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void ChecksumMatchesNativeBuild(ConformanceCase test)
    {
        string path = Corpus.LlPath(test.Name, test.Level);
        Module module = Parser.ParseModule(File.ReadAllText(path), path);
        PyIR.Frontend.Verifier.Verify(module);
        Function checksum = module.GetFunction("checksum")
            ?? throw new InvalidOperationException($"{path} has no @checksum");

        IExecutionEngine engine;
        try
        {
            engine = PyIR.Runtime.Engines.Create(module, test.Kind);
            Assert.False(test.Kind == EngineKind.Jit && JitGaps.Contains($"{test.Name}.{test.Level}"),
                $"{test.Name}.{test.Level} now compiles with the JIT: remove it from tests/conformance/jit-unsupported.txt");
        }
        catch (PyIR.Backend.Isel.JitUnsupportedException e) when (JitGaps.Contains($"{test.Name}.{test.Level}"))
        {
            // A known, listed gap of the JIT: the default engine runs this file in the interpreter.
            // The interpreter case of the same file checks the result; here we check the fallback.
            Assert.Contains("JIT", "JIT " + e.Message);
            engine = PyIR.Runtime.Engines.Create(module, EngineKind.Default);
            Assert.Equal("interpreter", engine.Name);
        }
        using var _ = engine;
        Constant? result = engine.Invoke(checksum, []);

        var value = Assert.IsType<ConstantInt>(result);
        Assert.Equal(64, value.BitWidth);
        Assert.Equal(Corpus.Expected[test.Name], value.SExtValue);
    }
}

/// <summary>One (program, level, engine) case; ToString gives the display name, e.g. "quicksort O2 interpreter".</summary>
public sealed class ConformanceCase : IXunitSerializable
{
    public ConformanceCase() { Name = Level = ""; }

    public ConformanceCase(string name, string level, EngineKind kind)
    {
        Name = name;
        Level = level;
        Kind = kind;
    }

    public string Name { get; private set; }
    public string Level { get; private set; }
    public EngineKind Kind { get; private set; }

    public void Deserialize(IXunitSerializationInfo info)
    {
        Name = info.GetValue<string>(nameof(Name));
        Level = info.GetValue<string>(nameof(Level));
        Kind = Enum.Parse<EngineKind>(info.GetValue<string>(nameof(Kind)));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Name), Name);
        info.AddValue(nameof(Level), Level);
        info.AddValue(nameof(Kind), Kind.ToString());
    }

    public override string ToString() => $"{Name} {Level} {Kind.ToString().ToLowerInvariant()}";
}
