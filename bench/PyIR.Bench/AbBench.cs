// `ab DIR [NAME] [N]`: this build of PyIR against another one, in one process. DIR is the other
// build's bench output directory (e.g. a worktree's bench/PyIR.Bench/bin/Release/net10.0). Both
// builds are loaded into their own AssemblyLoadContext; every conformance file (containing NAME) is
// parsed, optimized at -O2 and JIT-compiled N times by each, alternating which build goes first, and
// each phase is timed by the thread's CPU clock. Printed per file: the medians of both builds and
// the median of the paired ratios this/other; at the end the geometric mean of those ratios.
// Why: this machine's speed drifts by up to 1.5x within minutes, so two builds measured one after
// the other in separate runs differ by more than most changes do; pairs run back to back do not.
using System.Reflection;
using System.Runtime.Loader;

namespace PyIR.Bench;

public static class AbBench
{
    public static void Run(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: ab DIR [NAME] [N] — DIR: the other build's bench/PyIR.Bench/bin/Release/net10.0");
            return;
        }
        string? filter = args.Skip(1).FirstOrDefault(a => !int.TryParse(a, out _));
        int pairs = args.Skip(1).Select(a => int.TryParse(a, out int n) ? n : 0).FirstOrDefault(n => n > 0, 21);
        var other = new Build(Path.GetFullPath(args[0]));
        var self = new Build(AppContext.BaseDirectory);
        string ll = Path.Combine(Paths.Root(), "tests/conformance/ll");
        var files = Directory.GetFiles(ll, "*.ll").Order(StringComparer.Ordinal)
            .Where(p => filter is null || Path.GetFileName(p).Contains(filter, StringComparison.Ordinal))
            .Select(p => (Name: Path.GetFileName(p), Text: File.ReadAllText(p)))
            .Where(f => self.Compiles(f.Text, f.Name) && other.Compiles(f.Text, f.Name)).ToList();
        Warmup.UntilSteady(() =>
        {
            foreach (var (name, text) in files) { other.Time(text, name); self.Time(text, name); }
        }, files.Count);

        Console.WriteLine($"# this build / {args[0]}: thread CPU µs, median of {pairs} alternating pairs; ratio = median of paired this/other");
        Console.WriteLine();
        Console.WriteLine("| file | parse | ratio | -O2 | ratio | JIT | ratio | total | ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var logRatios = new double[4];
        var totals = (Self: new List<double>(), Other: new List<double>());
        foreach (var (name, text) in files)
        {
            var mine = new List<Phases>();
            var theirs = new List<Phases>();
            for (int i = 0; i < pairs; i++)
            {
                if (i % 2 == 0) { theirs.Add(other.Time(text, name)); mine.Add(self.Time(text, name)); }
                else { mine.Add(self.Time(text, name)); theirs.Add(other.Time(text, name)); }
            }
            var cells = new List<string>();
            for (int phase = 0; phase < 4; phase++)
            {
                double a = Median(theirs.Select(p => p[phase])), b = Median(mine.Select(p => p[phase]));
                double ratio = Median(mine.Zip(theirs, (m, t) => m[phase] / Math.Max(t[phase], 1e-3)));
                logRatios[phase] += Math.Log(ratio);
                cells.Add($"{a:F0} → {b:F0} | {ratio:F3}");
                if (phase == 3) { totals.Other.Add(a); totals.Self.Add(b); }
            }
            Console.WriteLine($"| {name} | {string.Join(" | ", cells)} |");
        }
        if (files.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine($"Geometric mean of the paired ratios over {files.Count} files: " +
                          string.Join(", ", new[] { "parse", "-O2", "JIT", "total" }.Select((p, k) => $"{p} {Math.Exp(logRatios[k] / files.Count):F3}")) + ".");
        Console.WriteLine($"Total per file, other → this: median {Median(totals.Other):F0} → {Median(totals.Self):F0} µs, " +
                          $"max {totals.Other.Max():F0} → {totals.Self.Max():F0} µs, over 2 ms {totals.Other.Count(t => t > 2000)} → {totals.Self.Count(t => t > 2000)}.");
    }

    private static double Median(IEnumerable<double> xs)
    {
        var s = xs.Order().ToList();
        return s[s.Count / 2];
    }

    /// <summary>Thread CPU µs of one compile: parse, -O2, JIT, and their sum.</summary>
    private readonly record struct Phases(double Parse, double Optimize, double Jit)
    {
        public double this[int phase] => phase switch { 0 => Parse, 1 => Optimize, 2 => Jit, _ => Parse + Optimize + Jit };
    }

    /// <summary>One build of PyIR, loaded from its directory into its own load context, driven by reflection.</summary>
    private sealed class Build
    {
        private readonly Func<string, string, object> _parse;
        private readonly Action<object> _optimize;
        private readonly Func<object, IDisposable> _compile;

        public Build(string dir)
        {
            var context = new DirectoryContext(dir);
            Assembly Load(string name) => context.LoadFromAssemblyPath(Path.Combine(dir, name + ".dll"));
            var frontend = Load("PyIR.Frontend");
            var optimizer = Load("PyIR.Optimizer");
            var backend = Load("PyIR.Backend");
            var moduleType = frontend.GetType("PyIR.Frontend.Ir.Module", throwOnError: true)!;
            var parse = frontend.GetType("PyIR.Frontend.Text.Parser", true)!.GetMethod("ParseModule", [typeof(string), typeof(string), typeof(int)])!;
            var run = optimizer.GetType("PyIR.Optimizer.Pipelines", true)!.GetMethod("Run", [moduleType, typeof(int)])!;
            var optionsType = backend.GetType("PyIR.Backend.Jit.JitOptions", true)!;
            var options = Activator.CreateInstance(optionsType)!;
            var resolveProperty = optionsType.GetProperty("ResolveMathRoutine")!;
            var resolve = backend.GetType("PyIR.Backend.Jit.MathRoutines", true)!.GetMethod("Resolve")!;
            resolveProperty.SetValue(options, Delegate.CreateDelegate(resolveProperty.PropertyType, resolve));
            var compile = backend.GetType("PyIR.Backend.Jit.JitCompiler", true)!.GetMethod("Compile", [moduleType, optionsType])!;
            _parse = (text, file) => Call(parse, text, file, 0);
            _optimize = module => Call(run, module, 2);
            _compile = module => (IDisposable)Call(compile, module, options);
        }

        private static object Call(MethodInfo method, params object?[] args)
        {
            try { return method.Invoke(null, args)!; }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }

        /// <summary>Whether this build compiles the file at all (the JIT refuses a few).</summary>
        public bool Compiles(string text, string name)
        {
            try { Time(text, name); return true; }
            catch (Exception e) when (e.GetType().Name == "JitUnsupportedException") { return false; }
        }

        public Phases Time(string text, string name)
        {
            long t0 = ThreadCpuNs();
            var module = _parse(text, name);
            long t1 = ThreadCpuNs();
            _optimize(module);
            long t2 = ThreadCpuNs();
            using (_compile(module)) { }
            long t3 = ThreadCpuNs();
            return new Phases((t1 - t0) / 1e3, (t2 - t1) / 1e3, (t3 - t2) / 1e3);
        }
    }

    /// <summary>Loads a build's assemblies (and its NuGet dependencies) from its directory; the framework comes from the default context.</summary>
    private sealed class DirectoryContext(string dir) : AssemblyLoadContext(dir, isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            string path = Path.Combine(dir, name.Name + ".dll");
            return File.Exists(path) && !IsFramework(name) ? LoadFromAssemblyPath(path) : null;
        }

        private static bool IsFramework(AssemblyName name) =>
            name.Name is { } n && (n.StartsWith("System.", StringComparison.Ordinal) || n.StartsWith("Microsoft.", StringComparison.Ordinal) || n is "System" or "netstandard" or "mscorlib");
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec ts);
    private struct Timespec { public long Sec, Nsec; }

    /// <summary>CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID), in ns.</summary>
    private static long ThreadCpuNs() { clock_gettime(3, out var ts); return ts.Sec * 1_000_000_000 + ts.Nsec; }
}
