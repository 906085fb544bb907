// Runs every conformance file through the JIT alone and reports, per file, whether it compiled,
// fell back (unsupported construct), or computed the expected checksum. The full engine-vs-engine
// conformance theory lives in Conformance/; this probe keeps the JIT's own status visible.
using PyIR.Backend.Isel;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;
using Xunit;
using Xunit.Abstractions;

namespace PyIR.Tests.Jit;

public class JitCorpusProbe(ITestOutputHelper output)
{
    [Fact]
    public void EveryCompiledCorpusFileComputesTheExpectedChecksum()
    {
        var expected = File.ReadAllLines(TestPaths.Combine("tests", "conformance", "expected.txt"))
            .Where(l => l.Trim().Length > 0).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => long.Parse(p[1]));
        var failures = new List<string>();
        int passed = 0, unsupported = 0;
        foreach (var path in Directory.GetFiles(TestPaths.Combine("tests", "conformance", "ll"), "*.ll").OrderBy(p => p))
        {
            var name = Path.GetFileName(path);
            var program = name[..name.IndexOf('.')];
            var module = Parser.ParseModule(File.ReadAllText(path), path);
            try
            {
                using var jit = new JitEngine(module);
                var r = (ConstantInt)jit.Invoke(module.GetFunction("checksum")!, [])!;
                if (r.SExtValue == expected[program]) passed++;
                else failures.Add($"{name}: got {r.SExtValue}, expected {expected[program]}");
            }
            catch (JitUnsupportedException e)
            {
                unsupported++;
                output.WriteLine($"{name}: unsupported: {e.Message}");
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            }
        }
        output.WriteLine($"{passed} passed, {unsupported} unsupported, {failures.Count} failed");
        foreach (var f in failures) output.WriteLine(f);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
