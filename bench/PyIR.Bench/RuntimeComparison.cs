// Run time of loop-heavy conformance programs: clang-16 -O2 native code against PyIR's JIT on the
// same program's IR (from clang -O0, -O2 and -O2 -march=x86-64-v3), in one process, interleaved.
// Both are called the same way: through a function pointer to checksum().
using System.Diagnostics;
using System.Runtime.InteropServices;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend.Text;

namespace PyIR.Bench;

public static unsafe class RuntimeComparison
{
    private static readonly string[] Programs =
    [
        "matmul", "nbody", "mandelbrot", "quicksort", "heapsort", "mergesort", "crc32", "hashing", "sha256",
        "nested_loops", "integration", "fixed_point", "long_loop", "dot_saxpy", "stack_vm", "register_pressure",
    ];

    private static readonly string[] Levels = ["O0", "O2", "O2-v3"];

    /// <summary>Runs every program (or only <paramref name="only"/>), <paramref name="rounds"/> interleaved runs each.</summary>
    public static void Run(int rounds = 11, IReadOnlyCollection<string>? only = null)
    {
        string root = FindRoot();
        string work = Path.Combine(Path.GetTempPath(), "pyir-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(work);
        var expected = File.ReadAllLines(Path.Combine(root, "tests/conformance/expected.txt"))
            .Where(l => l.Trim().Length > 0).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => long.Parse(p[1]));

        Console.WriteLine($"# Run time: clang-16 -O2 native vs PyIR JIT, median of {rounds} interleaved runs (ms)");
        Console.WriteLine();
        Console.WriteLine("| program | clang -O2 | PyIR (O0 IR) | PyIR (O2 IR) | PyIR (O2-v3 IR) | ratio O2 IR | ratio O2-v3 IR |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var ratiosO2 = new List<double>();
        var ratiosV3 = new List<double>();
        foreach (var name in Programs.Where(p => only is null || only.Count == 0 || only.Contains(p)))
        {
            string so = Path.Combine(work, name + ".so");
            var cc = Process.Start(new ProcessStartInfo("clang-16", ["-O2", "-shared", "-fPIC", "-o", so, Path.Combine(root, "tests/conformance/src", name + ".c"), "-lm"])
                { RedirectStandardError = true })!;
            cc.WaitForExit();
            if (cc.ExitCode != 0) { Console.WriteLine($"| {name} | clang-16 failed: {cc.StandardError.ReadToEnd().Split('\n')[0]} |"); continue; }
            var lib = NativeLibrary.Load(so);
            var native = (delegate* unmanaged<long>)NativeLibrary.GetExport(lib, "checksum");

            var jitted = new Dictionary<string, (CompiledModule? Module, nint Fn, string? Why)>();
            foreach (var level in Levels)
            {
                var path = Path.Combine(root, "tests/conformance/ll", $"{name}.{level}.ll");
                var module = Parser.ParseModule(File.ReadAllText(path), path);
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
            foreach (var level in Levels) times[level] = [];
            for (int r = 0; r < rounds; r++)
            {
                times["native"].Add(Time(native));
                foreach (var level in Levels)
                    if (jitted[level].Module is not null) times[level].Add(Time((delegate* unmanaged<long>)jitted[level].Fn));
            }
            double nat = Median(times["native"]);
            string Cell(string level) => jitted[level].Module is null ? "unsupported" : $"{Median(times[level]):F2}";
            string Ratio(string level, List<double> sink)
            {
                if (jitted[level].Module is null) return "–";
                double ratio = Median(times[level]) / nat;
                sink.Add(ratio);
                return $"{ratio:F2}x";
            }
            Console.WriteLine($"| {name} | {nat:F2} | {Cell("O0")} | {Cell("O2")} | {Cell("O2-v3")} | {Ratio("O2", ratiosO2)} | {Ratio("O2-v3", ratiosV3)} |");
            foreach (var j in jitted.Values) j.Module?.Dispose();
        }
        Console.WriteLine();
        Console.WriteLine($"Geometric mean of PyIR/clang ratios: O2 IR {GeoMean(ratiosO2):F2}x over {ratiosO2.Count} programs, " +
                          $"O2-v3 IR {GeoMean(ratiosV3):F2}x over {ratiosV3.Count} programs (lower is better; 1.0 = clang -O2).");
        Console.WriteLine("Programs marked unsupported use vector code the JIT does not compile yet; they are not in the means.");
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

    private static double GeoMean(List<double> xs) => xs.Count == 0 ? double.NaN : Math.Exp(xs.Average(Math.Log));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PyIR.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
