// Run time of the conformance programs (all 43 by default): clang-16 -O2 native code against PyIR's JIT on the
// same program's IR (from clang -O0, -O2 and -O2 -march=x86-64-v3), as written and after PyIR's own
// -O2 optimizer, in one process, interleaved. All are called the same way: through a function
// pointer to checksum(). Issue #4's targets: clang -O0 IR after our -O2 within 1.5x of clang -O2
// (geometric mean), clang -O2 IR after our -O2 within 1.25x.
using System.Diagnostics;
using System.Runtime.InteropServices;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend.Text;
using PyIR.Optimizer;

namespace PyIR.Bench;

public static unsafe class RuntimeComparison
{
    // The loop-heavy programs the table showed until 2026-12-03 (run time well above call overhead);
    // `runtime loops` measures just these.
    private static readonly string[] LoopHeavy =
    [
        "matmul", "nbody", "mandelbrot", "quicksort", "heapsort", "mergesort", "crc32", "hashing", "sha256",
        "nested_loops", "integration", "fixed_point", "long_loop", "dot_saxpy", "stack_vm", "register_pressure",
    ];

    /// <summary>Each column: the clang IR level it starts from and the PyIR optimization level applied.</summary>
    private static readonly (string Label, string Ir, int Opt)[] Variants =
    [
        ("O0 IR", "O0", 0), ("O0 IR + -O2", "O0", 2), ("O2 IR", "O2", 0), ("O2 IR + -O2", "O2", 2), ("O2-v3 IR + -O2", "O2-v3", 2),
    ];

    /// <summary>The columns whose ratio to clang -O2 is printed and averaged.</summary>
    private static readonly string[] Rated = ["O0 IR + -O2", "O2 IR", "O2 IR + -O2", "O2-v3 IR + -O2"];

    /// <summary>Runs every program (or only <paramref name="only"/>), <paramref name="rounds"/> interleaved runs each.</summary>
    public static void Run(int rounds = 11, IReadOnlyCollection<string>? only = null)
    {
        string root = FindRoot();
        string work = Path.Combine(Path.GetTempPath(), "pyir-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(work);
        var expected = File.ReadAllLines(Path.Combine(root, "tests/conformance/expected.txt"))
            .Where(l => l.Trim().Length > 0).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => long.Parse(p[1]));

        Console.WriteLine($"# Run time: clang-16 -O2 native vs PyIR JIT, median of {rounds} interleaved batches of about 5 ms (ms per call)");
        Console.WriteLine();
        Console.WriteLine("| program | clang -O2 | " + string.Join(" | ", Variants.Select(v => "PyIR " + v.Label)) + " | " + string.Join(" | ", Rated.Select(r => "ratio " + r)) + " |");
        Console.WriteLine("| --- | ---: |" + string.Concat(Enumerable.Repeat(" ---: |", Variants.Length + Rated.Length)));
        var ratios = Rated.ToDictionary(r => r, _ => new List<double>());
        // Every conformance program (issue #4 asks about "the conformance kernels"), or the named
        // ones, or the loop-heavy set.
        var all = Directory.GetFiles(Path.Combine(root, "tests/conformance/src"), "*.c")
            .Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal).ToList();
        var programs = only is null || only.Count == 0 ? all : only.SelectMany(n => n == "loops" ? LoopHeavy : [n]).ToList();
        foreach (var name in programs)
        {
            string so = Path.Combine(work, name + ".so");
            var cc = Process.Start(new ProcessStartInfo("clang-16", ["-O2", "-shared", "-fPIC", "-o", so, Path.Combine(root, "tests/conformance/src", name + ".c"), "-lm"])
                { RedirectStandardError = true })!;
            cc.WaitForExit();
            if (cc.ExitCode != 0) { Console.WriteLine($"| {name} | clang-16 failed: {cc.StandardError.ReadToEnd().Split('\n')[0]} |"); continue; }
            var lib = NativeLibrary.Load(so);
            var native = (delegate* unmanaged<long>)NativeLibrary.GetExport(lib, "checksum");

            var jitted = new Dictionary<string, (CompiledModule? Module, nint Fn, string? Why)>();
            foreach (var (level, ir, opt) in Variants)
            {
                var path = Path.Combine(root, "tests/conformance/ll", $"{name}.{ir}.ll");
                var module = Parser.ParseModule(File.ReadAllText(path), path);
                if (opt > 0) Pipelines.Run(module, opt);
                try
                {
                    var compiled = JitCompiler.Compile(module, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
                    var address = compiled.FunctionAddresses[module.GetFunction("checksum")!];
                    jitted[level] = (compiled, (nint)address, null);
                }
                catch (JitUnsupportedException e) { jitted[level] = (null, 0, e.Message); }
            }

            // Check before timing: every engine must compute the expected value.
            bool ok = native() == expected[name];
            foreach (var (level, j) in jitted)
                if (j.Module is not null && ((delegate* unmanaged<long>)j.Fn)() != expected[name]) { ok = false; Console.WriteLine($"| {name} | PyIR {level} computes a wrong checksum |"); }
            if (!ok) continue;

            var times = new Dictionary<string, List<double>> { ["native"] = [] };
            foreach (var v in Variants) times[v.Label] = [];
            for (int r = 0; r < rounds; r++)
            {
                times["native"].Add(Time(native));
                foreach (var (level, _, _) in Variants)
                    if (jitted[level].Module is not null) times[level].Add(Time((delegate* unmanaged<long>)jitted[level].Fn));
            }
            double nat = Median(times["native"]);
            string Cell(string level) => jitted[level].Module is null ? "unsupported" : $"{Median(times[level]):F3}";
            string Ratio(string level)
            {
                if (jitted[level].Module is null) return "–";
                double ratio = Median(times[level]) / nat;
                ratios[level].Add(ratio);
                return $"{ratio:F2}x";
            }
            Console.WriteLine($"| {name} | {nat:F3} | " + string.Join(" | ", Variants.Select(v => Cell(v.Label))) + " | " + string.Join(" | ", Rated.Select(Ratio)) + " |");
            foreach (var j in jitted.Values)
            {
                j.Module?.Dispose();
                // The next program's code may land at this address: its batch size is its own.
                BatchSizes.Remove(j.Fn);
            }
        }
        Console.WriteLine();
        Console.WriteLine("Geometric mean of PyIR/clang -O2 ratios (lower is better; 1.0 = clang -O2): " +
                          string.Join(", ", Rated.Select(r => $"{r} {GeoMean(ratios[r]):F2}x ({ratios[r].Count} programs)")) + ".");
        Console.WriteLine("Targets (issue #4): O0 IR + -O2 within 1.5x, O2 IR + -O2 within 1.25x.");
    }

    /// <summary>
    /// Milliseconds per call: calls in a batch long enough (about 5 ms) that timer resolution and
    /// the machine's jitter matter little; the batch size is found once per function.
    /// </summary>
    private static double Time(delegate* unmanaged<long> fn)
    {
        if (!BatchSizes.TryGetValue((nint)fn, out int batch))
        {
            var probe = Stopwatch.StartNew();
            fn();
            double once = Math.Max(probe.Elapsed.TotalMilliseconds, 1e-4);
            BatchSizes[(nint)fn] = batch = Math.Clamp((int)(5.0 / once), 1, 100_000);
        }
        long r = 0;
        if (ThreadClock)
        {
            // CPU time of this thread: time while other processes hold the core does not count.
            long start = ThreadCpuNanoseconds();
            for (int i = 0; i < batch; i++) r += fn();
            GC.KeepAlive(r);
            return (ThreadCpuNanoseconds() - start) / 1e6 / batch;
        }
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < batch; i++) r += fn();
        double ms = sw.Elapsed.TotalMilliseconds / batch;
        GC.KeepAlive(r);
        return ms;
    }

    /// <summary>PYIR_BENCH_CLOCK=thread: time batches by the thread's CPU time instead of the wall clock (for loaded machines).</summary>
    private static readonly bool ThreadClock = Environment.GetEnvironmentVariable("PYIR_BENCH_CLOCK") == "thread";

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec ts);

    private struct Timespec { public long Seconds; public long Nanoseconds; }

    private static long ThreadCpuNanoseconds()
    {
        const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID on Linux
        ClockGetTime(ClockThreadCpuTime, out var ts);
        return ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
    }

    private static readonly Dictionary<nint, int> BatchSizes = [];

    private static double Median(List<double> xs)
    {
        var s = xs.OrderBy(x => x).ToList();
        return s.Count == 0 ? double.NaN : s[s.Count / 2];
    }

    private static double GeoMean(List<double> xs) => xs.Count == 0 ? double.NaN : Math.Exp(xs.Average(Math.Log));

    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PyIR.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
