// What a user waits for: IR text to machine code, per conformance file, in one process after warm-up —
// parse, verify, -O2, JIT, each phase timed, no garbage collection forced between runs (a collection
// a compile makes necessary is charged to it, as it would be in a user's process). `opt` times the
// optimizer and the JIT on a parsed module after a forced collection; this is the whole trip.
// Usage: pipeline [NAME] [N]
using System.Diagnostics;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend;
using PyIR.Frontend.Text;
using PyIR.Optimizer;

namespace PyIR.Bench;

public static class PipelineBench
{
    public static void Run(IReadOnlyList<string> args)
    {
        string? filter = args.FirstOrDefault(a => !int.TryParse(a, out _));
        int runs = args.Select(a => int.TryParse(a, out int n) ? n : 0).FirstOrDefault(n => n > 0, 21);
        string ll = Path.Combine(Paths.Root(), "tests/conformance/ll");
        var files = Directory.GetFiles(ll, "*.ll").Order(StringComparer.Ordinal)
            .Where(p => filter is null || Path.GetFileName(p).Contains(filter, StringComparison.Ordinal))
            .Select(p => (Name: Path.GetFileName(p), Text: File.ReadAllText(p))).ToList();
        var options = new JitOptions { ResolveMathRoutine = MathRoutines.Resolve };
        // Warm-up over every file until .NET has stopped recompiling our methods (see Warmup).
        Warmup.UntilSteady(() => { foreach (var (name, text) in files) Once(name, text, options, out _, out _); }, files.Count);
        Console.WriteLine($"# IR text to machine code per conformance file, median of {runs} runs after warm-up (µs), no forced GC");
        Console.WriteLine();
        Console.WriteLine("| file | KB | parse | verify | -O2 | JIT | total | GCs per run | KB allocated: parse | verify | -O2 | JIT |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var totals = new List<double>();
        var phaseSums = new double[4];
        foreach (var (name, text) in files)
        {
            var phases = new List<double>[4];
            for (int k = 0; k < 4; k++) phases[k] = [];
            var total = new List<double>();
            int gc0 = GC.CollectionCount(0);
            for (int r = 0; r < runs; r++)
            {
                if (!Once(name, text, options, out var t, out _)) break;
                for (int k = 0; k < 4; k++) phases[k].Add(t[k]);
                total.Add(t.Sum());
            }
            if (total.Count == 0) { Console.WriteLine($"| {name} | {text.Length / 1024} | JIT unsupported | | | | | |"); continue; }
            double gcs = (GC.CollectionCount(0) - gc0) / (double)runs;
            var m = phases.Select(Median).ToArray();
            Once(name, text, options, out _, out var kb);
            for (int k = 0; k < 4; k++) phaseSums[k] += m[k];
            totals.Add(Median(total));
            Console.WriteLine($"| {name} | {text.Length / 1024} | {m[0]:F0} | {m[1]:F0} | {m[2]:F0} | {m[3]:F0} | {Median(total):F0} | {gcs:F2} | {kb[0]:F0} | {kb[1]:F0} | {kb[2]:F0} | {kb[3]:F0} |");
        }
        if (totals.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine($"Text to code: median {Median(totals):F0} µs, max {totals.Max():F0} µs, {totals.Count(t => t > 2000)} of {totals.Count} files over 2 ms. " +
                          $"Sum of per-file medians: parse {phaseSums[0] / 1000:F1} ms, verify {phaseSums[1] / 1000:F1} ms, -O2 {phaseSums[2] / 1000:F1} ms, JIT {phaseSums[3] / 1000:F1} ms.");
    }

    /// <summary>
    /// One trip; <paramref name="t"/> gets parse, verify, -O2 and JIT times in µs, <paramref name="kb"/>
    /// the KB each phase allocated. False if the JIT cannot compile the file.
    /// </summary>
    private static bool Once(string name, string text, JitOptions options, out double[] t, out double[] kb)
    {
        t = new double[4];
        kb = new double[4];
        long a0 = GC.GetAllocatedBytesForCurrentThread();
        long t0 = Stopwatch.GetTimestamp();
        var module = Parser.ParseModule(text, name);
        long t1 = Stopwatch.GetTimestamp();
        long a1 = GC.GetAllocatedBytesForCurrentThread();
        Verifier.Verify(module);
        long t2 = Stopwatch.GetTimestamp();
        long a2 = GC.GetAllocatedBytesForCurrentThread();
        Pipelines.Run(module, 2);
        long t3 = Stopwatch.GetTimestamp();
        long a3 = GC.GetAllocatedBytesForCurrentThread();
        try { using (JitCompiler.Compile(module, options)) { } }
        catch (JitUnsupportedException) { return false; }
        long t4 = Stopwatch.GetTimestamp();
        long a4 = GC.GetAllocatedBytesForCurrentThread();
        kb[0] = (a1 - a0) / 1024.0;
        kb[1] = (a2 - a1) / 1024.0;
        kb[2] = (a3 - a2) / 1024.0;
        kb[3] = (a4 - a3) / 1024.0;
        t[0] = Stopwatch.GetElapsedTime(t0, t1).TotalMicroseconds;
        t[1] = Stopwatch.GetElapsedTime(t1, t2).TotalMicroseconds;
        t[2] = Stopwatch.GetElapsedTime(t2, t3).TotalMicroseconds;
        t[3] = Stopwatch.GetElapsedTime(t3, t4).TotalMicroseconds;
        return true;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.OrderBy(x => x).ToList();
        return s[s.Count / 2];
    }
}
