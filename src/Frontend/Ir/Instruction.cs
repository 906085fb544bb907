// The instruction base class: an opcode, operands, a place in a basic block and, when it came from
// text, the source position (so run-time errors can point at the instruction that failed).
namespace PyIR.Frontend.Ir;

/// <summary>A position in a source text: file (may be null), 1-based line and column.</summary>
public readonly record struct SourceLocation(string? File, int Line, int Column)
{
    public override string ToString() => $"{File ?? "<input>"}:{Line}:{Column}";
}

public abstract class Instruction : User
{
    protected Instruction(Opcode opcode, IrType type) : base(type, isInstruction: true) => Opcode = opcode;

    public Opcode Opcode { get; }

    public BasicBlock? Parent { get; internal set; }
    public Instruction? Prev { get; internal set; }
    public Instruction? Next { get; internal set; }

    /// <summary>Where the instruction was written, if it was parsed from text.</summary>
    public SourceLocation? Location { get; set; }

    public Function? Function => Parent?.Parent;

    public bool IsTerminator => Opcode.IsTerminator();

    /// <summary>Whether the instruction produces a value (its type is not void).</summary>
    public bool HasResult => !Type.IsVoid;

    /// <summary>Unlinks the instruction from its block and drops its operands.</summary>
    public void EraseFromParent()
    {
        Parent?.Unlink(this);
        DropAllOperands();
    }

    /// <summary>Unlinks the instruction from its block, keeping its operands (to reinsert elsewhere).</summary>
    public void RemoveFromParent() => Parent?.Unlink(this);

    public void MoveBefore(Instruction before)
    {
        RemoveFromParent();
        before.Parent!.InsertBefore(this, before);
    }

    /// <summary>Stores, calls that may write memory, and anything else that must not be deleted when unused.</summary>
    public virtual bool HasSideEffects => IsTerminator;

    public virtual bool MayReadMemory => false;

    public virtual bool MayWriteMemory => false;

    /// <summary>Can trap or have undefined behaviour depending on operand values (division, loads...).</summary>
    public virtual bool MayTrap => false;

    public override string ToString() => Name is null ? $"<{Opcode.Name()}>" : "%" + Names.Quote(Name);
}
