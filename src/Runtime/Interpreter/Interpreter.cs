// The reference interpreter: the executable definition of what PyIR's IR means (docs/semantics.md).
// It runs any module the parser accepts, with LLVM's semantics plus the documented choices where
// LLVM leaves behaviour undefined, and reports every program error as an IrException at the failing
// instruction. The JIT is tested for bit-identical results against it.
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Interpreter;

public sealed class Interpreter : IExecutionEngine
{
    private readonly Engine _engine;

    /// <param name="freshStackByte">
    /// The byte every fresh alloca (and byval copy, before the copy) is filled with: 0, unless a test
    /// wants to know whether a program reads stack memory before writing it (LLVM leaves such bytes
    /// undefined and the JIT gives whatever the stack held; docs/semantics.md).
    /// </param>
    public Interpreter(Module module, ExecutionLimits? limits = null, byte freshStackByte = 0)
    {
        Module = module;
        _engine = new Engine(module, limits ?? ExecutionLimits.Default) { FreshStackByte = freshStackByte };
    }

    public string Name => "interpreter";

    public Module Module { get; }

    /// <summary>
    /// Runs <paramref name="function"/>. Globals keep their contents between calls (like a process
    /// that calls several functions). Pointer results come back as <c>inttoptr (i64 N to ptr)</c>.
    /// </summary>
    public Constant? Invoke(Function function, IReadOnlyList<Constant> arguments)
    {
        if (!ReferenceEquals(function.Parent, Module)) throw new IrException($"@{function.Name} is not a function of this module");
        var parameters = function.FunctionType.Parameters;
        if (arguments.Count != parameters.Count)
            throw new IrException($"@{function.Name} takes {parameters.Count} arguments, got {arguments.Count}");
        for (int i = 0; i < parameters.Count; i++)
            if (!ReferenceEquals(arguments[i].Type, parameters[i]) && !(parameters[i].IsPointer && arguments[i].Type.IsPointer))
                throw new IrException($"argument {i + 1} of @{function.Name} must be {parameters[i]}, got {arguments[i].Type}");
        if (function.IsDeclaration) throw new IrException($"call to undefined function @{function.Name}");
        var values = new Val[arguments.Count];
        for (int i = 0; i < values.Length; i++) values[i] = _engine.Values.Encode(arguments[i]);
        var result = _engine.Invoke(function, values);
        return function.ReturnType.IsVoid ? null : ValueCodec.Decode(result, function.ReturnType);
    }

    public void Dispose() { }
}
