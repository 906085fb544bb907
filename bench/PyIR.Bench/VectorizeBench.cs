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
        Kernels(rounds);
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

    // Kernels the pass is for, written as clang -O0 + mem2reg gives them: 4096 elements, 200 calls each.
    private const string KernelSource = """
        define void @saxpy(float %a, ptr %x, ptr %y, i32 %n) {
        entry:
          br label %cond
        cond:
          %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
          %c = icmp slt i32 %i, %n
          br i1 %c, label %body, label %done
        body:
          %ix = sext i32 %i to i64
          %px = getelementptr inbounds float, ptr %x, i64 %ix
          %vx = load float, ptr %px, align 4
          %m = fmul float %a, %vx
          %py = getelementptr inbounds float, ptr %y, i64 %ix
          %vy = load float, ptr %py, align 4
          %s = fadd float %m, %vy
          store float %s, ptr %py, align 4
          %i.next = add nsw i32 %i, 1
          br label %cond
        done:
          ret void
        }
        define i32 @isum(ptr %x, i32 %n) {
        entry:
          br label %cond
        cond:
          %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
          %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
          %c = icmp slt i32 %i, %n
          br i1 %c, label %body, label %done
        body:
          %ix = sext i32 %i to i64
          %px = getelementptr inbounds i32, ptr %x, i64 %ix
          %v = load i32, ptr %px, align 4
          %s.next = add nsw i32 %s, %v
          %i.next = add nsw i32 %i, 1
          br label %cond
        done:
          ret i32 %s
        }
        define i64 @KERNEL() {
        entry:
          %X = alloca [4096 x float], align 16
          %Y = alloca [4096 x float], align 16
          br label %fill
        fill:
          %k = phi i32 [ 0, %entry ], [ %k.next, %fill ]
          %kx = sext i32 %k to i64
          %px = getelementptr inbounds float, ptr %X, i64 %kx
          %py = getelementptr inbounds float, ptr %Y, i64 %kx
          %kf = sitofp i32 %k to float
          store float %kf, ptr %px, align 4
          store float 1.0, ptr %py, align 4
          %k.next = add i32 %k, 1
          %more = icmp slt i32 %k.next, 4096
          br i1 %more, label %fill, label %rep
        rep:
          %r = phi i32 [ 0, %fill ], [ %r.next, %rep ]
          %acc = phi i64 [ 0, %fill ], [ %acc.next, %rep ]
          CALL
          %r.next = add i32 %r, 1
          %again = icmp slt i32 %r.next, 200
          br i1 %again, label %rep, label %out
        out:
          ret i64 %acc.next
        }
        """;

    private static void Kernels(int rounds)
    {
        Console.WriteLine($"# vectorize on kernels: 200 calls over 4096 elements in the JIT, -O2 without vectorize vs -O2, median of {rounds} (ms)");
        Console.WriteLine();
        Console.WriteLine("| kernel | -O2 w/o vectorize | -O2 | speed-up |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        var calls = new (string Name, string Call)[]
        {
            ("saxpy (float)", "call void @saxpy(float 0.5, ptr %X, ptr %Y, i32 4096)\n  %acc.next = add i64 %acc, 1"),
            ("integer sum", "%s = call i32 @isum(ptr %X, i32 4096)\n  %s64 = sext i32 %s to i64\n  %acc.next = add i64 %acc, %s64"),
        };
        foreach (var (name, call) in calls)
        {
            string text = KernelSource.Replace("CALL", call).Replace("KERNEL", "checksum");
            var plain = Parser.ParseModule(text, name);
            new PassManager(WithoutVectorize.Select(n => Pipelines.ByName[n]()).ToList()).Run(plain);
            var vec = Parser.ParseModule(text, name);
            Pipelines.Run(vec, 2);
            using var a = JitCompiler.Compile(plain, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
            using var b = JitCompiler.Compile(vec, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
            var fa = (delegate* unmanaged<long>)a.FunctionAddresses[plain.GetFunction("checksum")!];
            var fb = (delegate* unmanaged<long>)b.FunctionAddresses[vec.GetFunction("checksum")!];
            if (fa() != fb()) { Console.WriteLine($"| {name} | different results! | | |"); continue; }
            var ta = new List<double>();
            var tb = new List<double>();
            for (int r = 0; r < rounds; r++)
            {
                ta.Add(Time(fa));
                tb.Add(Time(fb));
            }
            Console.WriteLine($"| {name} | {Median(ta):F3} | {Median(tb):F3} | {Median(ta) / Median(tb):F2}x |");
        }
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
