// Picks the engine that runs a module. Callers (the CLI, tests, the C ABI) ask for a kind and get an
// IExecutionEngine; which concrete class implements each kind is decided here and nowhere else.
// Until the JIT lands, every kind is served by the reference interpreter.
using PyIR.Frontend.Ir;

namespace PyIR.Runtime;

public enum EngineKind
{
    /// <summary>The fastest engine available (the JIT once it exists).</summary>
    Default,

    /// <summary>The reference interpreter: slow, but the definition of what a program means.</summary>
    Interpreter,

    /// <summary>The x86-64 JIT.</summary>
    Jit,
}

public static class Engines
{
    public static IExecutionEngine Create(Module module, EngineKind kind = EngineKind.Default, ExecutionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        _ = kind;
        return new Interpreter.Interpreter(module, limits);
    }
}
