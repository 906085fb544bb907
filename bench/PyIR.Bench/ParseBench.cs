// The parser alone over the conformance corpus: every file parsed per round, after warm-up; the
// median and best round, ns per byte of text, and per round the allocation and gen0 collections
// (parsing is about a third of IR text to machine code; see PipelineBench).
// Usage: parse [ROUNDS] [NAME]
using System.Diagnostics;
using PyIR.Frontend.Text;

namespace PyIR.Bench;

public static class ParseBench
{
    public static void Run(string? filter, int n)
    {
        string ll = Path.Combine(Paths.Root(), "tests/conformance/ll");
        var texts = Directory.GetFiles(ll, "*.ll").Order(StringComparer.Ordinal)
            .Where(p => filter is null || p.Contains(filter)).Select(p => (p, File.ReadAllText(p))).ToList();
        Warmup.UntilSteady(() => { foreach (var (p, t) in texts) Parser.ParseModule(t, p); }, texts.Count);
        var times = new List<double>();
        long bytes = texts.Sum(x => (long)x.Item2.Length);
        for (int r = 0; r < n; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            foreach (var (p, t) in texts) Parser.ParseModule(t, p);
            times.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
        }
        // Collections and allocation in separate rounds, so that counting does not disturb the timing.
        int g0 = GC.CollectionCount(0), g2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        long allocated = GC.GetTotalAllocatedBytes(true);
        for (int r = 0; r < n; r++) foreach (var (p, t) in texts) Parser.ParseModule(t, p);
        var s = times.Order().ToList();
        Console.WriteLine($"parse {texts.Count} files ({bytes / 1024} KB of text), {n} rounds: median {s[s.Count / 2] / 1000:F1} ms, " +
                          $"best {s[0] / 1000:F1} ms ({s[0] * 1000 / bytes:F1} ns per byte)");
        Console.WriteLine($"per round: {(GC.GetTotalAllocatedBytes(true) - allocated) / n / 1e6:F1} MB allocated, " +
                          $"{(GC.CollectionCount(0) - g0) / (double)n:F2} gen0 and {(GC.CollectionCount(2) - g2) / (double)n:F2} gen2 collections, " +
                          $"GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / n:F2} ms");
    }
}
