// The concrete instruction classes, one per family in LLVM's LangRef. Constructors compute the
// result type from the operands; they do not validate (the Verifier does, with positions).
namespace PyIR.Frontend.Ir;

/// <summary>Integer and floating-point binary operators: <c>add</c> ... <c>xor</c>, <c>fadd</c> ... <c>frem</c>.</summary>
public sealed class BinaryInst : Instruction
{
    public BinaryInst(Opcode opcode, Value lhs, Value rhs) : base(opcode, lhs.Type)
    {
        if (!opcode.IsBinary()) throw new ArgumentException($"{opcode} is not a binary operator");
        AddOperand(lhs);
        AddOperand(rhs);
    }

    public Value Lhs => GetOperand(0);
    public Value Rhs => GetOperand(1);
    public IntFlags Flags { get; set; }
    public FastMathFlags FastMath { get; set; }

    public override bool MayTrap => Opcode.IsDivRem();
}

/// <summary><c>fneg</c>.</summary>
public sealed class UnaryInst : Instruction
{
    public UnaryInst(Opcode opcode, Value operand) : base(opcode, operand.Type) => AddOperand(operand);

    public Value Operand => GetOperand(0);
    public FastMathFlags FastMath { get; set; }
}

public sealed class ICmpInst : Instruction
{
    public ICmpInst(IntPredicate predicate, Value lhs, Value rhs) : base(Opcode.ICmp, TypeRules.CompareResult(lhs.Type))
    {
        Predicate = predicate;
        AddOperand(lhs);
        AddOperand(rhs);
    }

    public IntPredicate Predicate { get; set; }
    public Value Lhs => GetOperand(0);
    public Value Rhs => GetOperand(1);
}

public sealed class FCmpInst : Instruction
{
    public FCmpInst(FloatPredicate predicate, Value lhs, Value rhs) : base(Opcode.FCmp, TypeRules.CompareResult(lhs.Type))
    {
        Predicate = predicate;
        AddOperand(lhs);
        AddOperand(rhs);
    }

    public FloatPredicate Predicate { get; set; }
    public FastMathFlags FastMath { get; set; }
    public Value Lhs => GetOperand(0);
    public Value Rhs => GetOperand(1);
}

/// <summary>Conversions: <c>trunc zext sext fptrunc fpext fptoui fptosi uitofp sitofp ptrtoint inttoptr bitcast</c>.</summary>
public sealed class CastInst : Instruction
{
    public CastInst(Opcode opcode, Value operand, IrType destType) : base(opcode, destType)
    {
        if (!opcode.IsCast()) throw new ArgumentException($"{opcode} is not a cast");
        AddOperand(operand);
    }

    public Value Operand => GetOperand(0);
    public IrType SourceType => Operand.Type;
    public IrType DestType => Type;
}

public sealed class SelectInst : Instruction
{
    public SelectInst(Value condition, Value ifTrue, Value ifFalse) : base(Opcode.Select, ifTrue.Type)
    {
        ReserveOperands(3);
        AddOperand(condition);
        AddOperand(ifTrue);
        AddOperand(ifFalse);
    }

    public Value Condition => GetOperand(0);
    public Value TrueValue => GetOperand(1);
    public Value FalseValue => GetOperand(2);
    public FastMathFlags FastMath { get; set; }
}

public sealed class FreezeInst : Instruction
{
    public FreezeInst(Value operand) : base(Opcode.Freeze, operand.Type) => AddOperand(operand);

    public Value Operand => GetOperand(0);
}

/// <summary>
/// A phi node. Operands alternate value and incoming block: [v0, bb0, v1, bb1, ...], so the blocks
/// are users of the phi too and predecessor edits can find it.
/// </summary>
public sealed class PhiInst : Instruction
{
    public PhiInst(IrType type) : base(Opcode.Phi, type) { }

    public int IncomingCount => OperandCount / 2;
    public Value GetIncomingValue(int i) => GetOperand(2 * i);
    public BasicBlock GetIncomingBlock(int i) => (BasicBlock)GetOperand(2 * i + 1);
    public void SetIncomingValue(int i, Value v) => SetOperand(2 * i, v);
    public void SetIncomingBlock(int i, BasicBlock b) => SetOperand(2 * i + 1, b);
    public FastMathFlags FastMath { get; set; }

    public void AddIncoming(Value value, BasicBlock block)
    {
        AddOperand(value);
        AddOperand(block);
    }

    public void RemoveIncoming(int i)
    {
        RemoveOperandAt(2 * i + 1);
        RemoveOperandAt(2 * i);
    }

    /// <summary>The value coming from <paramref name="block"/> (the first entry for it), or null.</summary>
    public Value? GetValueForBlock(BasicBlock block)
    {
        for (int i = 0; i < IncomingCount; i++)
            if (ReferenceEquals(GetIncomingBlock(i), block)) return GetIncomingValue(i);
        return null;
    }

    public IEnumerable<(Value Value, BasicBlock Block)> Incoming
    {
        get
        {
            for (int i = 0; i < IncomingCount; i++) yield return (GetIncomingValue(i), GetIncomingBlock(i));
        }
    }
}

public sealed class AllocaInst : Instruction
{
    public AllocaInst(IrType allocatedType, Value count) : base(Opcode.Alloca, IrType.Ptr)
    {
        AllocatedType = allocatedType;
        AddOperand(count);
    }

    public IrType AllocatedType { get; }

    /// <summary>Number of elements to allocate (<c>i32 1</c> when not written).</summary>
    public Value ArraySize => GetOperand(0);

    public int Alignment { get; set; }

    /// <summary>Allocates one element (no array size, or the constant 1).</summary>
    public bool IsSingle => ArraySize is ConstantInt { Bits: 1 };

    public override bool HasSideEffects => ArraySize is not ConstantInt;
}

public sealed class LoadInst : Instruction
{
    public LoadInst(IrType type, Value pointer) : base(Opcode.Load, type) => AddOperand(pointer);

    public Value Pointer => GetOperand(0);
    public int Alignment { get; set; }
    public bool IsVolatile { get; set; }

    public override bool MayReadMemory => true;
    public override bool MayTrap => true;
    public override bool HasSideEffects => IsVolatile;
}

public sealed class StoreInst : Instruction
{
    public StoreInst(Value value, Value pointer) : base(Opcode.Store, IrType.Void)
    {
        AddOperand(value);
        AddOperand(pointer);
    }

    public Value StoredValue => GetOperand(0);
    public Value Pointer => GetOperand(1);
    public int Alignment { get; set; }
    public bool IsVolatile { get; set; }

    public override bool MayWriteMemory => true;
    public override bool MayTrap => true;
    public override bool HasSideEffects => true;
}

public sealed class GetElementPtrInst : Instruction
{
    public GetElementPtrInst(IrType sourceElementType, Value basePointer, IReadOnlyList<Value> indices)
        : base(Opcode.GetElementPtr, TypeRules.GepResult(basePointer, indices))
    {
        SourceElementType = sourceElementType;
        ReserveOperands(1 + indices.Count);
        AddOperand(basePointer);
        foreach (var i in indices) AddOperand(i);
    }

    public IrType SourceElementType { get; }
    public bool InBounds { get; set; }
    public Value BasePointer => GetOperand(0);
    public int IndexCount => OperandCount - 1;
    public Value GetIndex(int i) => GetOperand(i + 1);
    public IEnumerable<Value> Indices => Operands.Skip(1);

    /// <summary>The type the last index selects (the type of the memory the result points to).</summary>
    public IrType? ResultElementType => TypeRules.GepIndexedType(SourceElementType, Indices.ToArray());
}

public sealed class ExtractValueInst : Instruction
{
    public ExtractValueInst(Value aggregate, int[] indices)
        : base(Opcode.ExtractValue, TypeRules.AggregateElement(aggregate.Type, indices) ?? IrType.Void)
    {
        Indices = indices;
        AddOperand(aggregate);
    }

    public Value Aggregate => GetOperand(0);
    public int[] Indices { get; }
}

public sealed class InsertValueInst : Instruction
{
    public InsertValueInst(Value aggregate, Value element, int[] indices) : base(Opcode.InsertValue, aggregate.Type)
    {
        Indices = indices;
        AddOperand(aggregate);
        AddOperand(element);
    }

    public Value Aggregate => GetOperand(0);
    public Value Element => GetOperand(1);
    public int[] Indices { get; }
}

public sealed class ExtractElementInst : Instruction
{
    public ExtractElementInst(Value vector, Value index) : base(Opcode.ExtractElement, vector.Type.ScalarType)
    {
        AddOperand(vector);
        AddOperand(index);
    }

    public Value Vector => GetOperand(0);
    public Value Index => GetOperand(1);
}

public sealed class InsertElementInst : Instruction
{
    public InsertElementInst(Value vector, Value element, Value index) : base(Opcode.InsertElement, vector.Type)
    {
        ReserveOperands(3);
        AddOperand(vector);
        AddOperand(element);
        AddOperand(index);
    }

    public Value Vector => GetOperand(0);
    public Value Element => GetOperand(1);
    public Value Index => GetOperand(2);
}

public sealed class ShuffleVectorInst : Instruction
{
    public ShuffleVectorInst(Value v1, Value v2, int[] mask)
        : base(Opcode.ShuffleVector, VectorType.Get(v1.Type.ScalarType, Math.Max(mask.Length, 1)))
    {
        Mask = mask;
        AddOperand(v1);
        AddOperand(v2);
    }

    public Value V1 => GetOperand(0);
    public Value V2 => GetOperand(1);

    /// <summary>Lane selectors: 0..n-1 pick from V1, n..2n-1 from V2, -1 is an undefined (poison) lane.</summary>
    public int[] Mask { get; }
}

public enum TailCallKind : byte { None, Tail, MustTail, NoTail }

public sealed class CallInst : Instruction
{
    public CallInst(FunctionType functionType, Value callee, IReadOnlyList<Value> arguments)
        : base(Opcode.Call, functionType.ReturnType)
    {
        FunctionType = functionType;
        ReserveOperands(arguments.Count + 1);
        foreach (var a in arguments) AddOperand(a);
        AddOperand(callee);
        ArgumentAttributes = new ParamAttributes[arguments.Count];
        Array.Fill(ArgumentAttributes, ParamAttributes.None);
    }

    public FunctionType FunctionType { get; }

    /// <summary>The called value: a Function for direct calls, any pointer for indirect ones.</summary>
    public Value Callee => GetOperand(OperandCount - 1);

    /// <summary>The callee if the call is direct.</summary>
    public Function? CalledFunction => Callee as Function;

    public int ArgumentCount => OperandCount - 1;
    public Value GetArgument(int i) => GetOperand(i);
    public void SetArgument(int i, Value v) => SetOperand(i, v);
    public IEnumerable<Value> Arguments => Operands.Take(OperandCount - 1);

    public ParamAttributes[] ArgumentAttributes { get; }
    public ParamAttributes ReturnAttributes { get; set; } = ParamAttributes.None;
    public TailCallKind TailKind { get; set; }
    public FastMathFlags FastMath { get; set; }
    public string? CallingConvention { get; set; }

    /// <summary>The built-in operation performed, when the callee is an intrinsic or libm declaration.</summary>
    public Builtin Builtin => CalledFunction is { IsBuiltin: true } f ? f.Builtin : Builtin.None;

    public override bool HasSideEffects => !Builtins.IsPure(Builtin);
    public override bool MayReadMemory => !Builtins.IsPure(Builtin);
    public override bool MayWriteMemory => !Builtins.IsPure(Builtin);
    public override bool MayTrap => !Builtins.IsPure(Builtin);
}

public sealed class ReturnInst : Instruction
{
    public ReturnInst(Value? value) : base(Opcode.Ret, IrType.Void)
    {
        if (value is not null) AddOperand(value);
    }

    public Value? ReturnValue => OperandCount > 0 ? GetOperand(0) : null;
}

/// <summary><c>br label %dest</c> (operands [dest]) or <c>br i1 %c, label %t, label %f</c> (operands [c, t, f]).</summary>
public sealed class BranchInst : Instruction
{
    public BranchInst(BasicBlock dest) : base(Opcode.Br, IrType.Void) => AddOperand(dest);

    public BranchInst(Value condition, BasicBlock ifTrue, BasicBlock ifFalse) : base(Opcode.Br, IrType.Void)
    {
        ReserveOperands(3);
        AddOperand(condition);
        AddOperand(ifTrue);
        AddOperand(ifFalse);
    }

    public bool IsConditional => OperandCount == 3;
    public Value? Condition => IsConditional ? GetOperand(0) : null;
    public BasicBlock TrueTarget => (BasicBlock)GetOperand(IsConditional ? 1 : 0);
    public BasicBlock FalseTarget => (BasicBlock)GetOperand(IsConditional ? 2 : 0);
}

/// <summary><c>switch</c>: operands [value, default, case0 value, case0 dest, case1 value, case1 dest, ...].</summary>
public sealed class SwitchInst : Instruction
{
    public SwitchInst(Value condition, BasicBlock defaultDest) : base(Opcode.Switch, IrType.Void)
    {
        AddOperand(condition);
        AddOperand(defaultDest);
    }

    public Value Condition => GetOperand(0);
    public BasicBlock DefaultDest => (BasicBlock)GetOperand(1);
    public int CaseCount => (OperandCount - 2) / 2;
    public ConstantInt GetCaseValue(int i) => (ConstantInt)GetOperand(2 + 2 * i);
    public BasicBlock GetCaseDest(int i) => (BasicBlock)GetOperand(3 + 2 * i);

    public void AddCase(ConstantInt value, BasicBlock dest)
    {
        AddOperand(value);
        AddOperand(dest);
    }

    public void RemoveCase(int i)
    {
        RemoveOperandAt(3 + 2 * i);
        RemoveOperandAt(2 + 2 * i);
    }

    public IEnumerable<(ConstantInt Value, BasicBlock Dest)> Cases
    {
        get
        {
            for (int i = 0; i < CaseCount; i++) yield return (GetCaseValue(i), GetCaseDest(i));
        }
    }
}

public sealed class UnreachableInst : Instruction
{
    public UnreachableInst() : base(Opcode.Unreachable, IrType.Void) { }
}
