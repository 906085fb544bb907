// Every module among the file tests (tests/files, tests/edge) that parses and verifies compiles
// with the JIT, so that `pyir run` never falls back to the interpreter for them silently. The file
// tests themselves only see results, which the fallback keeps right; this sees which engine ran.
// Modules that do not parse or verify are the bad-input tests and have no code to compile.
using PyIR.Frontend;
using PyIR.Frontend.Text;
using PyIR.Runtime;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.Jit;

public class JitCoverageTests
{
    [Theory]
    [MemberData(nameof(FileTests.Files), MemberType = typeof(FileTests))]
    public void FileTestModuleCompiles(string file)
    {
        if (!JitEngine.IsSupported) return;
        PyIR.Frontend.Ir.Module module;
        try
        {
            module = Parser.ParseModule(File.ReadAllText(TestPaths.Combine(file.Split('/'))), file);
            PyIR.Frontend.Verifier.Verify(module);
        }
        catch (IrException)
        {
            return; // a bad-input test
        }
        using var engine = Engines.Create(module, EngineKind.Default, null, out var fallbackReason);
        Assert.True(fallbackReason is null, $"{file} runs in the interpreter: {fallbackReason}");
        Assert.Equal("jit", engine.Name);
    }
}
