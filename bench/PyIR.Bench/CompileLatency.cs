// In-process compile latency: IR text → parsed, verified module → machine code with a callable
// address (and the memory freed again), per kernel. The target: under 100 µs median for a
// small kernel, warm.
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using PyIR.Backend.Jit;
using PyIR.Frontend.Text;

namespace PyIR.Bench;

[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MedianColumn]
public class CompileLatency
{
    [Params("add", "muladd", "dot", "saxpy", "clamp")]
    public string Kernel { get; set; } = "add";

    private string _text = "";
    private PyIR.Frontend.Ir.Module _module = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = Kernel switch
        {
            "add" => Kernels.Add, "muladd" => Kernels.MulAdd, "dot" => Kernels.Dot, "saxpy" => Kernels.Saxpy, _ => Kernels.Clamp,
        };
        _module = Parser.ParseModule(_text, "kernel.ll");
    }

    [Benchmark(Description = "parse+verify+jit")]
    public ulong TextToPointer()
    {
        var module = Parser.ParseModule(_text, "kernel.ll");
        PyIR.Frontend.Verifier.Verify(module);
        using var compiled = JitCompiler.Compile(module, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
        return compiled.FunctionAddresses.Values.First();
    }

    [Benchmark(Description = "jit only (module already parsed)")]
    public ulong JitOnly()
    {
        using var compiled = JitCompiler.Compile(_module, new JitOptions { ResolveMathRoutine = MathRoutines.Resolve });
        return compiled.FunctionAddresses.Values.First();
    }
}
