// The JIT's own compile time, per phase, for conformance files: each matching file is parsed (and,
// unless `--plain`, optimized at -O2) once, then JIT-compiled repeatedly; prints the median total
// and the medians of the phases JitCompiler times (instruction selection, register allocation,
// encoding). Meant for profiling the JIT (`perf record` on `dotnet PyIR.Bench.dll jit NAME 2000`)
// without the optimizer's or the parser's time in the picture.
// PYIR_GC_STATS=1 also prints the garbage collections per compile. Thread CPU time is steadier than
// wall time on a busy machine; "KB allocated" is one compile's allocation.
// Usage: jit [NAME] [ITERATIONS] [--plain]
using System.Diagnostics;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend.Text;
using PyIR.Optimizer;

namespace PyIR.Bench;

public static class JitBench
{
    public static void Run(IReadOnlyList<string> args)
    {
        bool plain = args.Contains("--plain");
        var rest = args.Where(a => a != "--plain").ToList();
        string? filter = rest.FirstOrDefault(a => !int.TryParse(a, out _));
        int iterations = rest.Select(a => int.TryParse(a, out int n) ? n : 0).FirstOrDefault(n => n > 0, 51);
        string ll = Path.Combine(Paths.Root(), "tests/conformance/ll");
        var files = Directory.GetFiles(ll, "*.ll").Order(StringComparer.Ordinal)
            .Where(p => filter is null || Path.GetFileName(p).Contains(filter, StringComparison.Ordinal)).ToList();
        var options = new JitOptions { ResolveMathRoutine = MathRoutines.Resolve };
        var modules = new List<(string Name, PyIR.Frontend.Ir.Module Module)>();
        foreach (var path in files)
        {
            var module = Parser.ParseModule(File.ReadAllText(path), path);
            if (!plain) Pipelines.Run(module, 2);
            try { using (JitCompiler.Compile(module, options)) { } }
            catch (JitUnsupportedException) { continue; }
            modules.Add((Path.GetFileName(path), module));
        }
        // Warm-up until .NET has stopped recompiling the JIT's own methods (see Warmup).
        Warmup.UntilSteady(() =>
        {
            foreach (var (_, module) in modules)
                using (JitCompiler.Compile(module, options)) { }
        }, modules.Count);
        Console.WriteLine($"# JIT compile time ({(plain ? "as parsed" : "after -O2")}), median of {iterations} (µs)");
        Console.WriteLine();
        Console.WriteLine("| file | total | isel | regalloc | encode | KB allocated | thread CPU |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var totals = new List<double>();
        foreach (var (name, module) in modules)
        {
            var t = new List<double>();
            var cpu = new List<double>();
            var isel = new List<double>();
            var ra = new List<double>();
            var enc = new List<double>();
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            var pause = GC.GetTotalPauseDuration();
            for (int i = 0; i < iterations; i++)
            {
                long c0 = ThreadCpuNs();
                long t0 = Stopwatch.GetTimestamp();
                using var compiled = JitCompiler.Compile(module, options);
                t.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
                cpu.Add((ThreadCpuNs() - c0) / 1e3);
                isel.Add(compiled.Timings.InstructionSelection.TotalMicroseconds);
                ra.Add(compiled.Timings.RegisterAllocation.TotalMicroseconds);
                enc.Add(compiled.Timings.Encoding.TotalMicroseconds);
            }
            if (Environment.GetEnvironmentVariable("PYIR_GC_STATS") is not null)
                Console.WriteLine($"   GCs per compile: gen0 {(GC.CollectionCount(0) - g0) / (double)iterations:F2} gen1 {(GC.CollectionCount(1) - g1) / (double)iterations:F2} " +
                                  $"gen2 {(GC.CollectionCount(2) - g2) / (double)iterations:F2}, pause {(GC.GetTotalPauseDuration() - pause).TotalMicroseconds / iterations:F0} µs");
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            using (JitCompiler.Compile(module, options)) { }
            long allocated = GC.GetAllocatedBytesForCurrentThread() - a0;
            totals.Add(Median(t));
            Console.WriteLine($"| {name} | {Median(t):F0} | {Median(isel):F0} | {Median(ra):F0} | {Median(enc):F0} | {allocated / 1024} | {Median(cpu):F0} |");
        }
        if (totals.Count > 0)
            Console.WriteLine($"\nmedian {Median(totals):F0} µs, max {totals.Max():F0} µs over {totals.Count} files");
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec ts);
    private struct Timespec { public long Sec, Nsec; }

    /// <summary>CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID), in ns: steadier than wall time on a busy machine.</summary>
    private static long ThreadCpuNs() { clock_gettime(3, out var ts); return ts.Sec * 1_000_000_000 + ts.Nsec; }

    private static double Median(List<double> xs)
    {
        var s = xs.OrderBy(x => x).ToList();
        return s[s.Count / 2];
    }
}

/// <summary>
/// `jitdump DIR`: writes each conformance file's machine code (plain and after -O2) as the bytes of
/// every instruction with the IR it came from, so that two builds of the JIT can be diffed for
/// changes in the code they emit (addresses are left out; RIP-relative and branch displacements are
/// relative, so the bytes do not depend on where the code lands).
/// </summary>
public static class JitDump
{
    public static void Run(string dir)
    {
        Directory.CreateDirectory(dir);
        string ll = Path.Combine(Paths.Root(), "tests/conformance/ll");
        foreach (var path in Directory.GetFiles(ll, "*.ll").Order(StringComparer.Ordinal))
        {
            foreach (bool optimize in new[] { false, true })
            {
                var module = Parser.ParseModule(File.ReadAllText(path), path);
                if (optimize) Pipelines.Run(module, 2);
                string text;
                try { text = AsmListing.Compile(module); }
                catch (JitUnsupportedException e) { text = "unsupported: " + e.Message; }
                var lines = text.Split('\n').Select(l => l.Length > 8 && l.StartsWith("  ") && !l.StartsWith("        ;") ? l[8..].Split(' ', 2)[0] : l);
                File.WriteAllLines(Path.Combine(dir, Path.GetFileName(path) + (optimize ? ".O2.txt" : ".txt")), lines);
            }
        }
    }
}
