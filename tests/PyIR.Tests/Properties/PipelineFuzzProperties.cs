// Robustness of the optimizer and the JIT against valid but unusual IR: mutations of real IR (the
// front-end fuzzer's seeds and edits) that still parse and verify go through -O2 (verified after
// every pass), through the JIT before and after -O2, and through each pass alone (verified). Only
// IrException (a positioned complaint) and JitUnsupportedException (the engine then falls back to
// the interpreter) may come out; any other exception, an invalid module after a pass, or an input
// taking over 5 s fails. Nothing is run: a
// mutated program may loop forever or write anywhere. PYIR_PIPELINE_FUZZ_COUNT sets the number of
// mutations tried (default 20,000).
using System.Diagnostics;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Tests.Generators;
using Xunit;
using Xunit.Abstractions;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Properties;

public class PipelineFuzzProperties(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    /// <summary>Null if the input is rejected with an IrException or goes through; else what went wrong.</summary>
    public static string? PipelineFailure(string input)
    {
        Module module;
        try
        {
            module = Parser.ParseModule(input, "fuzz.ll");
            IrVerifier.Verify(module);
        }
        catch (IrException)
        {
            return null;
        }
        var options = new JitOptions { ResolveMathRoutine = MathRoutines.Resolve };
        string stage = "JIT of the module as written";
        try
        {
            try { using (JitCompiler.Compile(module, options)) { } }
            catch (JitUnsupportedException) { }
            stage = "-O2";
            new PassManager(Pipelines.ForLevel(2)) { VerifyEach = true }.Run(module);
            stage = "JIT after -O2";
            try { using (JitCompiler.Compile(module, options)) { } }
            catch (JitUnsupportedException) { }
            // Each pass alone too (`pyir opt --passes=NAME`): in the pipeline, a pass sees only what
            // the passes before it leave.
            foreach (var (name, make) in Pipelines.ByName)
            {
                stage = $"--passes={name}";
                new PassManager([make()]) { VerifyEach = true }.Run(Parser.ParseModule(input, "fuzz.ll"));
            }
            return null;
        }
        catch (IrException)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"{stage}: {e.GetType().Name}: {e.Message.Split('\n')[0]}\n{e.StackTrace?.Split('\n').Take(6).Aggregate((a, b) => a + "\n" + b)}";
        }
    }

    [Fact]
    public void OptimizerAndJitThrowOnlyExpectedExceptionsOnMutatedModules()
    {
        int total = int.TryParse(Environment.GetEnvironmentVariable("PYIR_PIPELINE_FUZZ_COUNT"), out int n) && n > 0 ? n : 20_000;
        var seeds = FuzzProperties.Seeds();
        var failures = new List<string>();
        int valid = 0, done = 0;
        var watch = Stopwatch.StartNew();
        string? current = null;
        long currentStart = 0;
        var worker = new Thread(() =>
        {
            var r = new Random(4242);
            for (int i = 0; i < total; i++)
            {
                var input = FuzzProperties.Mutate(r.Pick(seeds), r);
                Volatile.Write(ref current, input);
                Interlocked.Exchange(ref currentStart, Stopwatch.GetTimestamp());
                if (ParsesAndVerifies(input))
                {
                    valid++;
                    var failure = PipelineFailure(input);
                    if (failure is not null && failures.Count < 5) failures.Add($"{failure}\n--- input:\n{FuzzProperties.Show(input)}");
                }
                Interlocked.Increment(ref done);
            }
            Volatile.Write(ref current, null);
        }, 64 << 20) { IsBackground = true, Name = "pipeline fuzz worker" };
        worker.Start();
        while (!worker.Join(100))
        {
            var started = Interlocked.Read(ref currentStart);
            var input = Volatile.Read(ref current);
            if (input is not null && started != 0 && Stopwatch.GetElapsedTime(started) > Budget)
                Assert.Fail($"the optimizer or the JIT hangs (over {Budget.TotalSeconds} s) on input #{done}:\n{FuzzProperties.Show(input)}");
        }
        output.WriteLine($"{done} mutations in {watch.Elapsed.TotalSeconds:F1} s; {valid} parsed and verified and went through -O2, the JIT and each pass alone");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Equal(total, done);
        // Most mutations break the IR; enough must survive for this to test anything.
        Assert.True(valid > total / 20, $"only {valid} of {total} mutations were valid IR");
    }

    private static bool ParsesAndVerifies(string input)
    {
        try
        {
            IrVerifier.Verify(Parser.ParseModule(input, "fuzz.ll"));
            return true;
        }
        catch (IrException)
        {
            return false;
        }
    }
}
