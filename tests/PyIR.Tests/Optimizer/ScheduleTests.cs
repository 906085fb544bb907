// The schedule pass on the conformance corpus: it is the last pass of -O2, a second run over its
// result changes nothing, and on the gather-heavy base64 kernel (clang -O2 -march=x86-64-v3 writes
// 32 loads, then 32 insertelements) it makes the JIT's code smaller, because fewer values are spilled.
// What the optimized code computes is checked for every file by OptimizerConformanceTests.
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Optimizer.Passes;
using PyIR.Tests.Conformance;
using Xunit;

namespace PyIR.Tests.Optimizer;

public class ScheduleTests
{
    public static TheoryData<string, string> AllFiles() => Corpus.FileData();

    private static Module Parse(string name, string level)
    {
        string path = Corpus.LlPath(name, level);
        return Parser.ParseModule(File.ReadAllText(path), path);
    }

    [Fact]
    public void ScheduleIsTheLastPassOfO2AndO3()
    {
        Assert.Equal("schedule", Pipelines.PassNames(2)[^1]);
        Assert.Equal("schedule", Pipelines.PassNames(3)[^1]);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void SecondRunChangesNothing(string name, string level)
    {
        var module = Parse(name, level);
        Pipelines.Run(module, 2);
        string before = Printer.Print(module);
        var schedule = new Schedule();
        bool changed = false;
        foreach (var f in module.Functions)
            if (!f.IsDeclaration) changed |= schedule.Run(f);
        Assert.False(changed, "a second run reported a change");
        Assert.Equal(before, Printer.Print(module));
    }

    [Fact]
    public void GatherCompilesToSmallerCode()
    {
        var all = Parse("base64", "O2-v3");
        Pipelines.Run(all, 2);
        var without = Parse("base64", "O2-v3");
        Pipelines.Run(without, string.Join(",", Pipelines.PassNames(2).Where(p => p != "schedule")));
        var options = new JitOptions { ResolveMathRoutine = MathRoutines.Resolve };
        using var scheduled = JitCompiler.Compile(all, options);
        using var plain = JitCompiler.Compile(without, options);
        // Measured: 20268 bytes without, 13350 with (far fewer spill loads and stores).
        Assert.True(scheduled.CodeBytes * 10 < plain.CodeBytes * 9,
            $"{scheduled.CodeBytes} bytes with schedule, {plain.CodeBytes} without");
    }
}
