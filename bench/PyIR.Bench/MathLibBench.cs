// Math-library micro-benchmark: nanoseconds per call of each math built-in integration.c uses,
// to tell "the algorithm is slower than glibc's" from "PyIR's JIT compiles the routine poorly" and
// from "the call site costs". Columns: a native loop (clang -O2, MathLibBench.c) calling through a
// pointer glibc's function, clang -O2's build of mathlib.c (the flags of generate.sh) and PyIR's
// JIT'd routine (MathRoutines); then the direct loops (the built-in called by name) native against
// glibc and JIT-compiled by PyIR from clang -O2 IR after PyIR's -O2. Time is the thread's CPU time
// (clock_gettime(CLOCK_THREAD_CPUTIME_ID)), the minimum over the rounds, so other processes on a
// shared machine disturb it less than wall time.
using System.Diagnostics;
using System.Runtime.InteropServices;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;

namespace PyIR.Bench;

public static unsafe partial class MathLibBench
{
    private const int Calls = 20_000;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Sec, Nsec; }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec ts);

    private static double CpuNs()
    {
        ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts);
        return ts.Sec * 1e9 + ts.Nsec;
    }

    /// <summary>Routines timed through a pointer: (label, built-in, float?, glibc name, mathlib name).</summary>
    private static readonly (string Name, Builtin Builtin, bool Float)[] Routines =
    [
        ("sin", Builtin.Sin, false), ("cos", Builtin.Cos, false), ("exp", Builtin.Exp, false), ("log", Builtin.Log, false),
        ("tanh", Builtin.Tanh, false), ("expf", Builtin.Exp, true), ("sinf", Builtin.Sin, true), ("logf", Builtin.Log, true),
    ];

    private static readonly string[] Direct = ["sin", "cos", "exp", "log", "tanh", "pow", "floor", "sqrt", "expf", "sinf", "logf", "sqrtf"];

    public static void Run(int rounds, IReadOnlyList<string> programs)
    {
        string root = RuntimeComparison.FindRoot();
        string work = Path.Combine(Path.GetTempPath(), "pyir-mathbench-" + Environment.ProcessId);
        Directory.CreateDirectory(work);
        string loops = Path.Combine(root, "bench/PyIR.Bench/MathLibBench.c");
        string mathlib = Path.Combine(root, "src/Backend/MathLib/source/mathlib.c");
        string loopsSo = Path.Combine(work, "loops.so"), mathSo = Path.Combine(work, "mathlib.so"), ll = Path.Combine(work, "loops.ll");
        Clang("-O2", "-shared", "-fPIC", "-o", loopsSo, loops, "-lm");
        Clang("-O2", "-shared", "-fPIC", "-ffp-contract=off", "-fno-math-errno", "-fno-builtin", "-march=x86-64-v3",
              "-fno-slp-vectorize", "-fno-vectorize", "-o", mathSo, mathlib);
        Clang("-O2", "-S", "-emit-llvm", "-ffp-contract=off", "-fno-math-errno", "-fno-stack-protector", "-g0", "-o", ll, loops);

        var native = NativeLibrary.Load(loopsSo);
        var libm = NativeLibrary.Load("libm.so.6");
        var ours = NativeLibrary.Load(mathSo);
        var loopD = (delegate* unmanaged<nint, int, double>)NativeLibrary.GetExport(native, "loop_d");
        var loopF = (delegate* unmanaged<nint, int, float>)NativeLibrary.GetExport(native, "loop_f");

        var module = Parser.ParseModule(File.ReadAllText(ll), ll);
        Pipelines.Run(module, 2);
        using var jitted = JitCompiler.Compile(module, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });

        Console.WriteLine($"# Math routines: ns per call (thread CPU time, minimum of {rounds} rounds of {Calls:N0} calls)");
        Console.WriteLine();
        Console.WriteLine("| routine | glibc | mathlib.c by clang -O2 | PyIR JIT'd routine | PyIR / clang | clang / glibc |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, builtin, isFloat) in Routines)
        {
            nint glibc = NativeLibrary.GetExport(libm, name);
            nint clang = NativeLibrary.GetExport(ours, "pyir_" + name);
            nint jit = MathRoutines.Resolve(builtin, isFloat ? IrType.Float : IrType.Double);
            Func<nint, double> call = isFloat ? f => loopF(f, Calls) : f => loopD(f, Calls);
            // Same inputs, so the results must agree to the routines' accuracy (and bit for bit between ours).
            if (jit == 0 || call(jit) != call(clang)) { Console.WriteLine($"| {name} | PyIR's routine is missing or differs from clang's build |"); continue; }
            var (g, c, p) = (Time(() => call(glibc), rounds), Time(() => call(clang), rounds), Time(() => call(jit), rounds));
            Console.WriteLine($"| {name} | {g:F2} | {c:F2} | {p:F2} | {p / c:F2}x | {c / g:F2}x |");
        }

        Console.WriteLine();
        Console.WriteLine("| direct loop | native (glibc) | PyIR JIT | ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var name in Direct)
        {
            var n = (delegate* unmanaged<int, double>)NativeLibrary.GetExport(native, "direct_" + name);
            var j = (delegate* unmanaged<int, double>)(nint)jitted.FunctionAddresses[module.GetFunction("direct_" + name)!];
            var (a, b) = (Time(() => n(Calls), rounds), Time(() => j(Calls), rounds));
            Console.WriteLine($"| {name} | {a:F2} | {b:F2} | {b / a:F2}x |");
        }
        NativeLibrary.Free(native);
        NativeLibrary.Free(ours);

        // Whole programs, timed the same way (thread CPU time, minimum): steadier than the runtime
        // table's wall-clock medians when the machine is busy.
        if (programs.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine("| program (checksum) | clang -O2 (ms) | PyIR O2 IR + -O2 (ms) | ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var name in programs)
        {
            string so = Path.Combine(work, name + ".so");
            Clang("-O2", "-shared", "-fPIC", "-o", so, Path.Combine(root, "tests/conformance/src", name + ".c"), "-lm");
            var lib = NativeLibrary.Load(so);
            var nat = (delegate* unmanaged<long>)NativeLibrary.GetExport(lib, "checksum");
            var path = Path.Combine(root, "tests/conformance/ll", name + ".O2.ll");
            var m = Parser.ParseModule(File.ReadAllText(path), path);
            Pipelines.Run(m, 2);
            using var c = JitCompiler.Compile(m, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
            var jit = (delegate* unmanaged<long>)(nint)c.FunctionAddresses[m.GetFunction("checksum")!];
            if (nat() != jit()) { Console.WriteLine($"| {name} | PyIR computes another checksum |"); continue; }
            double a = TimeMs(() => nat(), rounds), b = TimeMs(() => jit(), rounds);
            Console.WriteLine($"| {name} | {a:F4} | {b:F4} | {b / a:F2}x |");
        }
    }

    private static double TimeMs(Func<long> f, int rounds)
    {
        f();
        double best = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            double t0 = CpuNs();
            for (int i = 0; i < 10; i++) f();
            best = Math.Min(best, (CpuNs() - t0) / 10 / 1e6);
        }
        return best;
    }

    private static double Time(Func<double> loop, int rounds)
    {
        loop();
        double best = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            double t0 = CpuNs();
            loop();
            best = Math.Min(best, (CpuNs() - t0) / Calls);
        }
        return best;
    }

    private static void Clang(params string[] args)
    {
        var cc = Process.Start(new ProcessStartInfo("clang-16", args) { RedirectStandardError = true })!;
        string err = cc.StandardError.ReadToEnd();
        cc.WaitForExit();
        if (cc.ExitCode != 0) throw new InvalidOperationException("clang-16 failed: " + err);
    }
}
