// The optimizer's cost and effect on the conformance corpus, in one process:
//   cost   — the -O2 pipeline's time per file (a fresh parse each run, only the passes timed), and
//            -O2 plus JIT compilation, medians; the target is under 2 ms per file, warm.
//   effect — checksum() of the loop-heavy programs' clang -O0 IR, JIT-compiled as written and after
//            our -O2, median run times side by side.
// OptimizeLatency is the BenchmarkDotNet version of the cost for a few files.
// PYIR_BENCH_PIPELINE chooses what "-O2" means here: a level (1..3) or a pass list (to compare
// pipelines: the effect column is a ratio to the unoptimized run of the same process).
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;

namespace PyIR.Bench;

public static unsafe class OptimizerBench
{
    private static readonly string[] Programs =
    [
        "matmul", "nbody", "mandelbrot", "quicksort", "heapsort", "mergesort", "crc32", "hashing", "sha256",
        "nested_loops", "integration", "fixed_point", "long_loop", "dot_saxpy", "stack_vm", "register_pressure",
    ];

    /// <summary>PYIR_BENCH_PIPELINE: a level 1..3 or a pass list; -O2 when unset.</summary>
    private static readonly string Pipeline = Environment.GetEnvironmentVariable("PYIR_BENCH_PIPELINE") is { Length: > 0 } p ? p : "2";

    private static void Optimize(Module module)
    {
        if (int.TryParse(Pipeline, out int level)) Pipelines.Run(module, level);
        else Pipelines.Run(module, Pipeline);
    }

    public static void EffectOnly() => Effect(Paths.Root());

    public static void Run(int runs = 21)
    {
        if (Pipeline != "2") Console.WriteLine($"(PYIR_BENCH_PIPELINE={Pipeline} instead of -O2)");
        string root = Paths.Root();
        string ll = Path.Combine(root, "tests/conformance/ll");
        Console.WriteLine($"# Optimizer cost: -O2 per conformance file, median of {runs} runs after warm-up (µs)");
        Console.WriteLine();
        Console.WriteLine("| file | lines | -O2 | -O2 + JIT | JIT alone |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var optTimes = new List<double>();
        var totalTimes = new List<double>();
        foreach (var path in Directory.GetFiles(ll, "*.ll").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(path);
            var opt = new List<double>();
            var both = new List<double>();
            var jitOnly = new List<double>();
            bool jitOk = true;
            for (int r = 0; r < runs + 3; r++)
            {
                var module = Parser.ParseModule(text, path);
                var plain = Parser.ParseModule(text, path);
                long t0 = Stopwatch.GetTimestamp();
                Optimize(module);
                double o = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                double j = 0, j0 = 0;
                if (jitOk)
                {
                    try
                    {
                        long t1 = Stopwatch.GetTimestamp();
                        using (JitCompiler.Compile(module, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve })) { }
                        j = Stopwatch.GetElapsedTime(t1).TotalMicroseconds;
                        long t2 = Stopwatch.GetTimestamp();
                        using (JitCompiler.Compile(plain, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve })) { }
                        j0 = Stopwatch.GetElapsedTime(t2).TotalMicroseconds;
                    }
                    catch (JitUnsupportedException) { jitOk = false; }
                }
                if (r < 3) continue;
                opt.Add(o);
                both.Add(o + j);
                jitOnly.Add(j0);
            }
            double mo = Median(opt);
            optTimes.Add(mo);
            if (jitOk) totalTimes.Add(Median(both));
            Console.WriteLine($"| {Path.GetFileName(path)} | {text.Count(c => c == '\n')} | {mo:F0} | " +
                              (jitOk ? $"{Median(both):F0} | {Median(jitOnly):F0}" : "JIT unsupported | –") + " |");
        }
        Console.WriteLine();
        Console.WriteLine($"-O2 alone: median {Median(optTimes):F0} µs, max {optTimes.Max():F0} µs over {optTimes.Count} files; " +
                          $"-O2 + JIT: median {Median(totalTimes):F0} µs, max {totalTimes.Max():F0} µs over {totalTimes.Count} files.");
        Console.WriteLine();
        Effect(root);
    }

    private static void Effect(string root, int rounds = 11)
    {
        Console.WriteLine($"# Effect: checksum() of clang -O0 IR in the JIT, as written vs after PyIR -O2, median of {rounds} interleaved runs (ms)");
        Console.WriteLine();
        Console.WriteLine("| program | O0 IR | O0 IR + PyIR -O2 | speed-up |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        var speedups = new List<double>();
        foreach (var name in Programs)
        {
            var path = Path.Combine(root, "tests/conformance/ll", $"{name}.O0.ll");
            var text = File.ReadAllText(path);
            var plain = Parser.ParseModule(text, path);
            var optimized = Parser.ParseModule(text, path);
            Optimize(optimized);
            CompiledModule a, b;
            try
            {
                a = JitCompiler.Compile(plain, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
                b = JitCompiler.Compile(optimized, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
            }
            catch (JitUnsupportedException e) { Console.WriteLine($"| {name} | JIT unsupported: {e.Message} | | |"); continue; }
            using (a) using (b)
            {
                var fa = (delegate* unmanaged<long>)a.FunctionAddresses[plain.GetFunction("checksum")!];
                var fb = (delegate* unmanaged<long>)b.FunctionAddresses[optimized.GetFunction("checksum")!];
                if (fa() != fb()) { Console.WriteLine($"| {name} | different checksums! | | |"); continue; }
                var ta = new List<double>();
                var tb = new List<double>();
                for (int r = 0; r < rounds; r++)
                {
                    ta.Add(Time(fa));
                    tb.Add(Time(fb));
                }
                double s = Median(ta) / Median(tb);
                speedups.Add(s);
                Console.WriteLine($"| {name} | {Median(ta):F2} | {Median(tb):F2} | {s:F2}x |");
            }
        }
        Console.WriteLine();
        Console.WriteLine($"Geometric mean speed-up of PyIR -O2 on clang -O0 IR: {Math.Exp(speedups.Average(Math.Log)):F2}x over {speedups.Count} programs.");
    }

    private static double Time(delegate* unmanaged<long> fn)
    {
        var sw = Stopwatch.StartNew();
        long r = fn();
        double ms = sw.Elapsed.TotalMilliseconds;
        GC.KeepAlive(r);
        return ms;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.OrderBy(x => x).ToList();
        return s.Count == 0 ? double.NaN : s[s.Count / 2];
    }
}

/// <summary>BenchmarkDotNet: the -O2 pipeline on a few clang -O0 conformance files (a fresh parse per iteration is not timed).</summary>
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MedianColumn]
public class OptimizeLatency
{
    [Params("matmul.O0", "sha256.O0", "graph_paths.O0", "base64.O2-v3")]
    public string File { get; set; } = "matmul.O0";

    private string _text = "";
    private Module _module = null!;

    [GlobalSetup]
    public void Setup() => _text = System.IO.File.ReadAllText(Path.Combine(Paths.Root(), "tests/conformance/ll", File + ".ll"));

    [IterationSetup]
    public void Parse() => _module = Parser.ParseModule(_text, File);

    [Benchmark(Description = "-O2 pipeline")]
    public bool O2() => Pipelines.Run(_module, 2);
}

internal static class Paths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "PyIR.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir != null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "PyIR.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
