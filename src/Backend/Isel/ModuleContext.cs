// What instruction selection needs to know about the whole module: the number of each function
// and global (code and data are laid out later, so references are symbolic), the constant pool,
// and the routines that live outside the module (math library, runtime helpers) by address.
using PyIR.Backend.Emit;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

public sealed class ModuleContext
{
    private readonly Dictionary<Function, int> _functions = [];
    private readonly Dictionary<GlobalVariable, int> _globals = [];

    public ModuleContext(Module module, Func<Function, nint>? resolveExternal = null, Func<Builtin, IrType, nint>? resolveMathRoutine = null,
        IReadOnlySet<Function>? omitted = null)
    {
        ResolveMathRoutine = resolveMathRoutine;
        Module = module;
        foreach (var f in module.Functions)
            if (!f.IsDeclaration && omitted?.Contains(f) != true) _functions[f] = _functions.Count;
        foreach (var g in module.Globals) _globals[g] = _globals.Count;
        ResolveExternal = resolveExternal;
    }

    public Module Module { get; }
    public ConstantPool Pool { get; } = new();

    /// <summary>Addresses of declared functions implemented outside the module (math routines), or 0.</summary>
    public Func<Function, nint>? ResolveExternal { get; }

    /// <summary>Address of a runtime helper routine ("memmove"), or 0.</summary>
    public Func<string, nint>? ResolveRuntimeHelper { get; init; }

    /// <summary>Zero fixed-size entry-block allocas on entry (<c>JitOptions.ZeroAllocas</c>, for tests).</summary>
    public bool ZeroAllocas { get; init; }

    /// <summary>Address of the math-library routine implementing a built-in for a type, or 0.</summary>
    public Func<Builtin, IrType, nint>? ResolveMathRoutine { get; }

    public IReadOnlyDictionary<Function, int> FunctionIndices => _functions;
    public IReadOnlyDictionary<GlobalVariable, int> GlobalIndices => _globals;

    public int FunctionIndex(Function f) => _functions[f];
    public int GlobalIndex(GlobalVariable g) => _globals[g];
    public bool IsDefined(Function f) => _functions.ContainsKey(f);
}
