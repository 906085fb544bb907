// What runs a module: the reference interpreter or the JIT. Arguments and results cross this
// boundary as IR constants (ConstantInt, ConstantFP, ConstantAggregate, ...), so every engine and
// every front end (CLI, tests, C ABI) speaks the same value language.
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime;

public interface IExecutionEngine : IDisposable
{
    /// <summary>"interpreter" or "jit", for messages and <c>--verbose</c>.</summary>
    string Name { get; }

    Module Module { get; }

    /// <summary>
    /// Calls a function of the module with constant arguments (one per parameter, of the parameter's
    /// type) and returns its result, or null for void. Errors in the program (division by zero,
    /// out-of-bounds access, runaway recursion, calling an undefined external function) throw
    /// <see cref="IrException"/> with the position of the instruction that failed.
    /// </summary>
    Constant? Invoke(Function function, IReadOnlyList<Constant> arguments);
}

/// <summary>Limits that keep a buggy or hostile program from taking the host process down.</summary>
public sealed record ExecutionLimits
{
    public static readonly ExecutionLimits Default = new();

    /// <summary>Deepest call nesting before "stack overflow" is reported.</summary>
    public int MaxCallDepth { get; init; } = 100_000;

    /// <summary>Bytes of stack memory (allocas and byval copies) a call tree may hold at once.</summary>
    public long MaxStackBytes { get; init; } = 256L << 20;

    /// <summary>Instructions one Invoke may execute; 0 means no limit.</summary>
    public long MaxInstructions { get; init; }
}
