// The compact form a function is translated into once, before it first runs: a flat array of small
// instruction records whose operands are slot numbers in the frame's register file (ulong[] for
// scalars, a parallel object[] for vectors and aggregates). Constants live in slots too, filled from
// a template when a frame is made. Phis become parallel copies on the edges that need them.
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Interpreter;

internal enum OpKind : ushort
{
    Nop, Copy, Jump, Branch, Switch, Ret, RetVoid, Unreachable,
    // Integer arithmetic on slots; M is the result mask, W the width.
    Add, Sub, Mul, And, Or, Xor, Shl, LShr, AShr, UDiv, SDiv, URem, SRem,
    ICmpEq, ICmpNe, ICmpUlt, ICmpUle, ICmpUgt, ICmpUge, ICmpSlt, ICmpSle, ICmpSgt, ICmpSge,
    // float (32-bit) and double arithmetic.
    FAddF, FSubF, FMulF, FDivF, FAddD, FSubD, FMulD, FDivD,
    FCmpF, FCmpD,
    Select, SelectObj,
    Trunc, SExt, SIToFPD, FPToSID,
    Load1, Load2, Load4, Load8, Store1, Store2, Store4, Store8,
    Gep, GepConst, Alloca,
    Call, Builtin,
    /// <summary>Anything else: <see cref="Op.X"/> is a <see cref="SlowOp"/> that does the work.</summary>
    Slow,
}

/// <summary>A rarely used operation, compiled to a closure over its slots.</summary>
internal delegate void SlowOp(Engine engine, Frame frame);

/// <summary>One instruction of the compact form.</summary>
internal struct Op
{
    public OpKind Kind;
    public int D, A, B, C;
    public int W;
    public ulong M;
    public object? X;
    /// <summary>The IR instruction, for error positions.</summary>
    public Instruction? I;
}

internal sealed class CompiledFunction
{
    public required Function Function { get; init; }
    public required Op[] Code { get; init; }
    public required ulong[] RegTemplate { get; init; }
    public required object?[] ObjTemplate { get; init; }
    /// <summary>Whether any slot holds a vector or aggregate (else frames get no object array).</summary>
    public required bool HasObjects { get; init; }
    public int SlotCount => RegTemplate.Length;
}

/// <summary>An activation: registers, where to resume, and the stack memory it owns.</summary>
internal sealed class Frame
{
    public Frame(CompiledFunction function, Frame? caller)
    {
        Function = function;
        Caller = caller;
        Regs = (ulong[])function.RegTemplate.Clone();
        Objs = function.HasObjects ? (object?[])function.ObjTemplate.Clone() : [];
        Depth = caller is null ? 1 : caller.Depth + 1;
    }

    public readonly CompiledFunction Function;
    public Frame? Caller;
    public readonly ulong[] Regs;
    public readonly object?[] Objs;
    public int Pc;
    public int Depth;
    /// <summary>The caller's slot that receives this frame's result.</summary>
    public int ResultSlot = -1;
    /// <summary>Segments of this frame's allocas and byval copies, freed when it returns.</summary>
    public List<int>? Segments;
    public long StackBytes;

    public Val Get(int slot) => new(Regs[slot], Objs.Length > 0 ? Objs[slot] : null);

    public void Set(int slot, Val v)
    {
        Regs[slot] = v.S;
        if (Objs.Length > 0) Objs[slot] = v.O;
    }
}

internal sealed class CallInfo
{
    public Function? Direct;
    public CompiledFunction? Compiled;
    public int CalleeSlot = -1;
    public required int[] Args;
    /// <summary>For each argument, the pointee type of a byval parameter, else null.</summary>
    public required IrType?[] ByVal;
    public bool MustTail;
    public required FunctionType Type;
}

internal sealed class GepInfo
{
    public long Offset;
    public required int[] IndexSlots;
    public required long[] Scales;
    public required int[] IndexBits;
}
