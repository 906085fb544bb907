// Picks the engine that runs a module. Callers (the CLI, tests, the C ABI) ask for a kind and get an
// IExecutionEngine; which concrete class implements each kind is decided here and nowhere else.
// Default means the JIT on hosts that can run it (x86-64 with AVX2, FMA and BMI2), falling back to
// the reference interpreter when the host cannot or the module uses something the JIT does not
// compile yet.
using PyIR.Backend.Isel;
using PyIR.Frontend.Ir;
using PyIR.Runtime.Jit;

namespace PyIR.Runtime;

public enum EngineKind
{
    /// <summary>The fastest engine available: the JIT when it can run the module, else the interpreter.</summary>
    Default,

    /// <summary>The reference interpreter: slow, but the definition of what a program means.</summary>
    Interpreter,

    /// <summary>The x86-64 JIT only (an error if the host or the module is not supported).</summary>
    Jit,
}

public static class Engines
{
    public static IExecutionEngine Create(Module module, EngineKind kind = EngineKind.Default, ExecutionLimits? limits = null) =>
        Create(module, kind, limits, out _);

    /// <summary>Creates an engine; <paramref name="fallbackReason"/> says why Default ran the interpreter instead of the JIT.</summary>
    public static IExecutionEngine Create(Module module, EngineKind kind, ExecutionLimits? limits, out string? fallbackReason)
    {
        ArgumentNullException.ThrowIfNull(module);
        fallbackReason = null;
        switch (kind)
        {
            case EngineKind.Interpreter:
                return new Interpreter.Interpreter(module, limits);
            case EngineKind.Jit:
                if (!JitEngine.IsSupported) throw new NotSupportedException("the JIT needs an x86-64 Linux host with AVX2, FMA and BMI2");
                return new JitEngine(module, limits);
            case EngineKind.Default:
                if (!JitEngine.IsSupported)
                {
                    fallbackReason = "this host lacks x86-64 AVX2/FMA/BMI2";
                    return new Interpreter.Interpreter(module, limits);
                }
                try
                {
                    return new JitEngine(module, limits);
                }
                catch (JitUnsupportedException e)
                {
                    fallbackReason = e.Message;
                    return new Interpreter.Interpreter(module, limits);
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown engine kind");
        }
    }
}
