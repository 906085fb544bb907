// Globals: variables and functions. Both are constants of type `ptr` (their address) that, unlike
// constant data, track their users so that passes can find every reference.
namespace PyIR.Frontend.Ir;

/// <summary>Linkage as written; PyIR links one module at a time, so it only matters for printing.</summary>
public enum Linkage
{
    External, Private, Internal, AvailableExternally, LinkOnce, LinkOnceOdr, Weak, WeakOdr, Common, Appending, ExternWeak,
}

public static class LinkageInfo
{
    private static readonly Dictionary<string, Linkage> ByName = new()
    {
        ["external"] = Linkage.External, ["private"] = Linkage.Private, ["internal"] = Linkage.Internal,
        ["available_externally"] = Linkage.AvailableExternally, ["linkonce"] = Linkage.LinkOnce,
        ["linkonce_odr"] = Linkage.LinkOnceOdr, ["weak"] = Linkage.Weak, ["weak_odr"] = Linkage.WeakOdr,
        ["common"] = Linkage.Common, ["appending"] = Linkage.Appending, ["extern_weak"] = Linkage.ExternWeak,
    };

    public static bool TryParse(string word, out Linkage linkage) => ByName.TryGetValue(word, out linkage);

    public static string Spell(this Linkage linkage) => ByName.First(kv => kv.Value == linkage).Key;
}

public abstract class GlobalValue : Constant
{
    protected GlobalValue(string name) : base(IrType.Ptr) => Name = name;

    public new string Name { get => base.Name!; set => base.Name = value; }

    public Linkage Linkage { get; set; } = Linkage.External;

    public Module? Parent { get; internal set; }

    protected override bool TracksUsers => true;

    public abstract bool IsDeclaration { get; }

    // Globals are distinct objects: identity, not structure.
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    public override string ToString() => "@" + Names.Quote(Name);
}

public sealed class GlobalVariable : GlobalValue
{
    public GlobalVariable(string name, IrType valueType, bool isConstant, Constant? initializer) : base(name)
    {
        ValueType = valueType;
        IsConstant = isConstant;
        if (initializer is not null) AddOperand(initializer);
    }

    /// <summary>The type of the memory the global names (the global itself is a <c>ptr</c>).</summary>
    public IrType ValueType { get; }

    /// <summary>Declared with <c>constant</c> rather than <c>global</c>: the memory is read-only.</summary>
    public bool IsConstant { get; set; }

    public int Alignment { get; set; }

    public bool IsThreadLocal { get; set; }

    public Constant? Initializer => OperandCount > 0 ? (Constant)GetOperand(0) : null;

    public void SetInitializer(Constant? value)
    {
        if (OperandCount > 0) RemoveOperandAt(0);
        if (value is not null) AddOperand(value);
    }

    public override bool IsDeclaration => Initializer is null;
}

/// <summary>Attributes of one parameter that change meaning or the calling convention.</summary>
public sealed record ParamAttributes
{
    public static readonly ParamAttributes None = new();

    /// <summary><c>byval(T)</c>: the callee gets its own copy of the pointed-to T.</summary>
    public IrType? ByVal { get; init; }

    /// <summary><c>sret(T)</c>: the pointer is where a struct result is returned.</summary>
    public IrType? StructRet { get; init; }

    public bool NoAlias { get; init; }
    public bool SignExt { get; init; }
    public bool ZeroExt { get; init; }
    public bool NoCapture { get; init; }
    public bool ReadOnly { get; init; }
    public int Align { get; init; }

    public bool IsEmpty => this == None;
}

public sealed class Argument : Value
{
    public Argument(IrType type, Function parent, int index, string? name) : base(type)
    {
        Parent = parent;
        Index = index;
        Name = name;
    }

    public Function Parent { get; }
    public int Index { get; }
    public ParamAttributes Attributes { get; set; } = ParamAttributes.None;

    public override string ToString() => Name is null ? $"%arg{Index}" : "%" + Names.Quote(Name);
}

public sealed class Function : GlobalValue
{
    private readonly List<BasicBlock> _blocks = [];
    private readonly Argument[] _arguments;

    public Function(string name, FunctionType type, IReadOnlyList<string?>? parameterNames = null) : base(name)
    {
        FunctionType = type;
        _arguments = new Argument[type.Parameters.Count];
        for (int i = 0; i < _arguments.Length; i++)
            _arguments[i] = new Argument(type.Parameters[i], this, i, parameterNames?[i]);
        Builtin = Builtins.Resolve(name);
    }

    public FunctionType FunctionType { get; }
    public IrType ReturnType => FunctionType.ReturnType;
    public IReadOnlyList<Argument> Arguments => _arguments;
    public IReadOnlyList<BasicBlock> Blocks => _blocks;
    public BasicBlock? EntryBlock => _blocks.Count > 0 ? _blocks[0] : null;

    /// <summary>
    /// Goes up by one with every change to the body: a block added or removed, an instruction
    /// inserted or unlinked, an operand of one of its instructions set, added or removed. Equal
    /// versions mean the body (including every use-list order) is as it was; the pass manager uses
    /// this to skip a pass that would find nothing to do (see IIdempotentPass).
    /// </summary>
    public long Version { get; private set; }

    internal void MarkChanged() => Version++;

    /// <summary>
    /// Analyses of this function kept between passes by their owner (the optimizer's CfgAnalyses,
    /// which checks that they still match the body before using them). Not part of the IR: the
    /// parser, printer and verifier ignore it.
    /// </summary>
    public object? AnalysisCache { get; set; }

    /// <summary>
    /// What this function is when it has no body and its name is an intrinsic (<c>llvm.sqrt.f32</c>) or a
    /// C math routine (<c>sqrtf</c>): the built-in operation that calls to it perform.
    /// </summary>
    public Builtin Builtin { get; private set; }

    /// <summary>Function attributes that matter to passes (<c>noinline</c>, <c>alwaysinline</c>, <c>readnone</c>...).</summary>
    public HashSet<string> Attributes { get; } = [];

    /// <summary>Attributes of the return value (<c>signext</c>/<c>zeroext</c> matter to the ABI).</summary>
    public ParamAttributes ReturnAttributes { get; set; } = ParamAttributes.None;

    /// <summary>The calling convention keyword if not the default C one (<c>fastcc</c>).</summary>
    public string? CallingConvention { get; set; }

    public int Alignment { get; set; }

    public override bool IsDeclaration => _blocks.Count == 0;

    /// <summary>A declaration whose calls are handled by PyIR itself (intrinsic or libm routine).</summary>
    public bool IsBuiltin => IsDeclaration && Builtin != Builtin.None;

    public void AddBlock(BasicBlock block) => InsertBlock(_blocks.Count, block);

    public void InsertBlock(int index, BasicBlock block)
    {
        if (block.Parent is not null) throw new InvalidOperationException("block already belongs to a function");
        _blocks.Insert(index, block);
        block.Parent = this;
        Version++;
    }

    /// <summary>Takes the block out of this function; its instructions stay in it.</summary>
    public void RemoveBlock(BasicBlock block)
    {
        if (!ReferenceEquals(block.Parent, this)) throw new InvalidOperationException("block is not in this function");
        _blocks.Remove(block);
        block.Parent = null;
        Version++;
    }

    public int IndexOfBlock(BasicBlock block) => _blocks.IndexOf(block);

    /// <summary>Every instruction of every block, in layout order.</summary>
    public IEnumerable<Instruction> Instructions => _blocks.SelectMany(b => b.Instructions);

    internal void RefreshBuiltin() => Builtin = Builtins.Resolve(Name);
}
