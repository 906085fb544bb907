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

        using IExecutionEngine engine = PyIR.Runtime.Engines.Create(module, test.Kind);
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
