// The optimizer's cost and effect on the conformance corpus, in one process:
//   cost   — the -O2 pipeline's time per file (a fresh parse each run, only the passes timed), and
//            -O2 plus JIT compilation, medians; the target is under 2 ms per file, warm.
//   passes — for the slowest file (or every file matching a filter: `opt base64`), the median time of
//            each pass, to see which pass to make cheaper.
// The run-time effect of -O2 is in RuntimeComparison (clang -O0/-O2 IR with and without our -O2).
// OptimizeLatency is the BenchmarkDotNet version of the cost for a few files.
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
    public static void Run(string? filter = null, int runs = 21)
    {
        string root = Paths.Root();
        string ll = Path.Combine(root, "tests/conformance/ll");
        Console.WriteLine($"# Optimizer cost: -O2 per conformance file, median of {runs} runs after warm-up (µs)");
        Console.WriteLine();
        Console.WriteLine("| file | lines | -O2 | -O2 + JIT | JIT alone |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var optTimes = new List<double>();
        var fileTimes = new Dictionary<string, double>();
        var totalTimes = new List<double>();
        var passTimes = new Dictionary<string, Dictionary<string, List<double>>>();
        var files = Directory.GetFiles(ll, "*.ll").Order(StringComparer.Ordinal).ToList();
        // Warm-up over every file first, as timed below (-O2, JIT, JIT of the plain module), until
        // .NET has stopped recompiling our methods (see Warmup).
        Warmup.UntilSteady(() =>
        {
            foreach (var path in files)
            {
                string text = File.ReadAllText(path);
                var module = Parser.ParseModule(text, path);
                Pipelines.Run(module, 2);
                try
                {
                    using (JitCompiler.Compile(module, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve })) { }
                    using (JitCompiler.Compile(Parser.ParseModule(text, path), new JitOptions { ResolveMathRoutine = MathRoutines.Resolve })) { }
                }
                catch (JitUnsupportedException) { }
            }
        }, files.Count);
        foreach (var path in files)
        {
            if (filter is not null && !Path.GetFileName(path).Contains(filter, StringComparison.Ordinal)) continue;
            string text = File.ReadAllText(path);
            var perPass = passTimes[Path.GetFileName(path)] = [];
            var opt = new List<double>();
            var both = new List<double>();
            var jitOnly = new List<double>();
            bool jitOk = true;
            for (int r = 0; r < runs + 3; r++)
            {
                var module = Parser.ParseModule(text, path);
                var plain = Parser.ParseModule(text, path);
                var pm = new PassManager(Pipelines.ForLevel(2));
                // The parse leaves garbage and young objects; collect it here so a collection the
                // parse made necessary is not charged to the optimizer.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                long t0 = Stopwatch.GetTimestamp();
                pm.Run(module);
                double o = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                if (r >= 3)
                    foreach (var (pass, time) in pm.Timings)
                        (perPass.TryGetValue(pass, out var l) ? l : perPass[pass] = []).Add(time.TotalMicroseconds);
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
            fileTimes[Path.GetFileName(path)] = mo;
            if (jitOk) totalTimes.Add(Median(both));
            Console.WriteLine($"| {Path.GetFileName(path)} | {text.Count(c => c == '\n')} | {mo:F0} | " +
                              (jitOk ? $"{Median(both):F0} | {Median(jitOnly):F0}" : "JIT unsupported | –") + " |");
        }
        Console.WriteLine();
        Console.WriteLine($"-O2 alone: median {Median(optTimes):F0} µs, max {optTimes.Max():F0} µs over {optTimes.Count} files; " +
                          $"-O2 + JIT: median {Median(totalTimes):F0} µs, max {totalTimes.Max():F0} µs over {totalTimes.Count} files.");
        var slowest = filter is not null ? passTimes.Keys.ToList() : [fileTimes.MaxBy(kv => kv.Value).Key];
        foreach (var file in slowest)
        {
            Console.WriteLine();
            Console.WriteLine($"Per pass on {file} (median µs, a pass that runs twice is summed): " +
                              string.Join(", ", passTimes[file].Select(kv => $"{kv.Key} {Median(kv.Value):F0}")));
        }
    }

    /// <summary>
    /// For profiling the optimizer (`perf record` on `optloop NAME N`): parses the first matching file
    /// and runs -O2 on a fresh parse N times, then prints the median; the parse stays in the profile
    /// (filter it out by stack, e.g. on PassManager.Run).
    /// </summary>
    public static void Loop(string filter, int iterations)
    {
        string ll = Path.Combine(Paths.Root(), "tests/conformance/ll");
        string path = Directory.GetFiles(ll, "*.ll").Order(StringComparer.Ordinal).First(p => Path.GetFileName(p).Contains(filter, StringComparison.Ordinal));
        string text = File.ReadAllText(path);
        var times = new List<double>();
        long allocated = 0;
        for (int i = 0; i < iterations; i++)
        {
            var module = Parser.ParseModule(text, path);
            var pm = new PassManager(Pipelines.ForLevel(2));
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            long t0 = Stopwatch.GetTimestamp();
            pm.Run(module);
            times.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - a0;
        }
        Console.WriteLine($"{Path.GetFileName(path)}: -O2 median {Median(times.Skip(iterations / 2).ToList()):F0} µs over the second half of {iterations} runs, " +
                          $"{allocated / 1024} KB allocated per run");
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
