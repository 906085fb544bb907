// The loop vectorizer's effect and cost (mode "vec"): checksum() of the loop-heavy programs' clang -O0
// IR in the JIT after -O2 without the vectorize pass vs the full -O2 (median of interleaved runs),
// how many loops it vectorized, and the time of the vectorize pass itself over the whole corpus.
using System.Diagnostics;
using PyIR.Backend.Jit;
using PyIR.Backend.Isel;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;

namespace PyIR.Bench;

public static unsafe class VectorizeBench
{
    private static readonly string[] Programs =
    [
        "dot_saxpy", "matmul", "long_loop", "nested_loops", "integration", "nbody", "mandelbrot", "crc32",
        "hashing", "fixed_point", "register_pressure", "heapsort",
    ];

    private static IReadOnlyList<string> WithoutVectorize => Pipelines.PassNames(2).Where(p => p != "vectorize").ToList();

    public static void Run(int rounds = 11)
    {
        string root = Paths.Root();
        string ll = Path.Combine(root, "tests/conformance/ll");
        Console.WriteLine($"# vectorize: checksum() of clang -O0 IR in the JIT, -O2 without vectorize vs -O2, median of {rounds} interleaved runs (ms)");
        Console.WriteLine();
        Console.WriteLine("| program | loops vectorized | -O2 w/o vectorize | -O2 | speed-up |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var name in Programs)
        {
            var path = Path.Combine(ll, $"{name}.O0.ll");
            if (!File.Exists(path)) continue;
            var text = File.ReadAllText(path);
            var plain = Parser.ParseModule(text, path);
            new PassManager(WithoutVectorize.Select(n => Pipelines.ByName[n]()).ToList()).Run(plain);
            var vec = Parser.ParseModule(text, path);
            Pipelines.Run(vec, 2);
            int loops = vec.Functions.SelectMany(f => f.Blocks).Count(b => b.Name is { } n && n.StartsWith("vec.body", StringComparison.Ordinal));
            CompiledModule a, b;
            try
            {
                a = JitCompiler.Compile(plain, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
                b = JitCompiler.Compile(vec, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
            }
            catch (JitUnsupportedException e) { Console.WriteLine($"| {name} | {loops} | JIT unsupported: {e.Message} | | |"); continue; }
            using (a) using (b)
            {
                var fa = (delegate* unmanaged<long>)a.FunctionAddresses[plain.GetFunction("checksum")!];
                var fb = (delegate* unmanaged<long>)b.FunctionAddresses[vec.GetFunction("checksum")!];
                if (fa() != fb()) { Console.WriteLine($"| {name} | {loops} | different checksums! | | |"); continue; }
                var ta = new List<double>();
                var tb = new List<double>();
                for (int r = 0; r < rounds; r++)
                {
                    ta.Add(Time(fa));
                    tb.Add(Time(fb));
                }
                Console.WriteLine($"| {name} | {loops} | {Median(ta):F3} | {Median(tb):F3} | {Median(ta) / Median(tb):F2}x |");
            }
        }
        Console.WriteLine();

        // Cost: the vectorize pass alone (after the rest of -O2), every conformance file, median of 5 runs each.
        var perFile = new List<(string File, double Us)>();
        foreach (var path in Directory.GetFiles(ll, "*.ll").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var times = new List<double>();
            for (int r = 0; r < 6; r++)
            {
                var m = Parser.ParseModule(text, path);
                new PassManager(WithoutVectorize.Select(n => Pipelines.ByName[n]()).ToList()).Run(m);
                var pm = new PassManager([Pipelines.ByName["vectorize"]()]);
                long t0 = Stopwatch.GetTimestamp();
                pm.Run(m);
                if (r > 0) times.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
            }
            perFile.Add((Path.GetFileName(path), Median(times)));
        }
        var worst = perFile.MaxBy(p => p.Us);
        Console.WriteLine($"vectorize pass cost: median {Median(perFile.Select(p => p.Us).ToList()):F0} µs per file, " +
                          $"total {perFile.Sum(p => p.Us) / 1000:F1} ms over {perFile.Count} files, max {worst.Us:F0} µs ({worst.File}).");
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
