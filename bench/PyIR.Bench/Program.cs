// PyIR's backend benchmarks.
//   compile  — BenchmarkDotNet: IR text to a callable pointer (parse + verify + JIT), per kernel.
//   runtime  — side by side in one process: each loop-heavy conformance program's checksum() built
//              natively by clang-16 -O2 (a shared library) and JIT-compiled by PyIR from clang's
//              -O0, -O2 and -O2 -march=x86-64-v3 IR, as written and after PyIR's -O2; medians of
//              repeated runs and their ratios.
//   opt      — the optimizer: -O2 time per conformance file (with and without JIT compilation) and
//              per pass for the slowest file (OptimizerBench); `opt NAME` only files containing NAME.
//   vec      — the loop vectorizer: -O2 without vectorize vs -O2 on clang -O0 IR in the JIT, and the
//              pass's own time over the corpus (VectorizeBench).
//   jit      — the JIT's compile time per phase for conformance files after -O2 (JitBench); `jit NAME N [--plain]`.
//   pipeline — what a user waits for: IR text to machine code per conformance file (parse, verify,
//              -O2, JIT), no forced GC (PipelineBench); `pipeline [NAME] [N]`.
//   parse    — the parser alone over the corpus: ms per round, ns/byte, allocation (ParseBench); `parse [ROUNDS] [NAME]`.
//   ab       — this build against another build's bench directory in one process, alternating pairs
//              per file (parse, -O2, JIT by thread CPU time; AbBench); `ab DIR [NAME] [N]`.
//   jitdump  — every conformance file's machine code bytes into a directory, to diff two builds (JitDump).
//   mathlib  — the math routines alone: ns per call of glibc, clang's build of mathlib.c and PyIR's
//              JIT'd routine, direct loops native vs JIT, and whole programs by CPU time (MathLibBench);
//              `mathlib [ROUNDS] [PROGRAM...]`.
//   optbdn   — BenchmarkDotNet: the -O2 pipeline on a few conformance files (OptimizeLatency).
// Usage: dotnet run -c Release --project bench/PyIR.Bench -- compile|runtime [ROUNDS] [PROGRAM...]|opt [NAME]|jit [NAME] [N] [--plain]|pipeline [NAME] [N]|parse [ROUNDS] [NAME]|ab DIR [NAME] [N]|jitdump [DIR]|vec|mathlib [ROUNDS] [PROGRAM...]|optbdn|all
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace PyIR.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "all";
        if (mode is "compile" or "all")
            BenchmarkRunner.Run<CompileLatency>(DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator), args.Skip(1).ToArray());
        if (mode is "runtime" or "all")
        {
            // runtime [ROUNDS] [PROGRAM...|loops]: more rounds steady the medians on a busy machine.
            var rest = mode == "runtime" ? args.Skip(1).ToList() : [];
            int rounds = rest.Count > 0 && int.TryParse(rest[0], out int n) && n > 0 ? n : 11;
            RuntimeComparison.Run(rounds, rest.Where(a => !int.TryParse(a, out _)).ToList());
        }
        if (mode is "opt" or "all")
            OptimizerBench.Run(args.Length > 1 ? args[1] : null);
        if (mode is "optloop")
            OptimizerBench.Loop(args.Length > 1 ? args[1] : "base64.O2-v3", args.Length > 2 && int.TryParse(args[2], out int lr) && lr > 0 ? lr : 2000);
        if (mode is "jit")
            JitBench.Run(args.Skip(1).ToList());
        if (mode is "pipeline")
            PipelineBench.Run(args.Skip(1).ToList());
        if (mode is "parse")
            ParseBench.Run(args.Length > 2 ? args[2] : null, args.Length > 1 && int.TryParse(args[1], out int pr) && pr > 0 ? pr : 21);
        if (mode is "ab")
            AbBench.Run(args.Skip(1).ToList());
        if (mode is "jitdump")
            JitDump.Run(args.Length > 1 ? args[1] : "jitdump");
        if (mode is "vec")
            VectorizeBench.Run();
        if (mode is "mathlib")
            MathLibBench.Run(args.Length > 1 && int.TryParse(args[1], out int r) && r > 0 ? r : 21,
                args.Skip(1).Where(a => !int.TryParse(a, out _)).ToList());
        if (mode is "optbdn")
            BenchmarkRunner.Run<OptimizeLatency>(DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator), args.Skip(1).ToArray());
        return 0;
    }
}
