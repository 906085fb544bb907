// The machine IR (MIR) between instruction selection and encoding: x86-64 instructions (Iced's
// Code values) over virtual registers, plus a few pseudo instructions (copies, phis, branches,
// calls, returns) that register allocation and emission expand. Each operand says whether the
// instruction reads it, writes it, or both (x86's two-address forms), which is all the register
// allocator needs to know about an instruction.
using Iced.Intel;
using PyIR.Backend.Target;

namespace PyIR.Backend.Mir;

public enum MOpcode : byte
{
    /// <summary>A real x86 instruction: <see cref="MInst.Code"/> says which.</summary>
    Native,
    /// <summary>dst = src (same register class); removed when both get the same register.</summary>
    Copy,
    /// <summary>dst = phi(src_i from block_i); at a block start, resolved on the edges by the allocator.</summary>
    Phi,
    /// <summary>Unconditional jump to Operands[0].Block.</summary>
    Jmp,
    /// <summary>Conditional jump: Operands[0] is the condition, [1] the taken block, [2] the fall-through block.</summary>
    Jcc,
    /// <summary>Return; implicit uses are the return registers.</summary>
    Ret,
    /// <summary>Call: Operands[0] is a function symbol or a register; implicit uses are arguments, defs are clobbers.</summary>
    Call,
    /// <summary>Jumps to a trap stub that reports Operands[0].Imm (a trap kind) and unwinds to the caller of the JIT'd code.</summary>
    Trap,
    /// <summary>Marks that a value is defined here without code (e.g. undef); keeps liveness well formed.</summary>
    ImplicitDef,
    /// <summary>
    /// Indirect jump through a table of code addresses in the constant pool: Operands[0] is the
    /// index register (64 bits, already checked to be in range), Operands[1].Imm the pool entry
    /// holding the table, Operands[2..] the target block of each table slot.
    /// </summary>
    JmpTable,
}

public enum MOperandKind : byte { None, Reg, Imm, Mem, Block, Symbol, Cond }

/// <summary>How an instruction accesses a register operand.</summary>
public enum Access : byte { Use, Def, UseDef }

/// <summary>What a memory operand is relative to.</summary>
public enum AddrBase : byte
{
    /// <summary>[base + index*scale + disp] over registers (either may be absent).</summary>
    Regs,
    /// <summary>A stack slot of the frame (<see cref="MOperand.Slot"/>) + index*scale + disp.</summary>
    Frame,
    /// <summary>A constant-pool entry (<see cref="MOperand.Slot"/>), RIP-relative.</summary>
    Constant,
    /// <summary>A global variable's data (<see cref="MOperand.Slot"/> = global index), RIP-relative.</summary>
    Global,
    /// <summary>The code of a function of the module (<see cref="MOperand.Slot"/> = function index), RIP-relative.</summary>
    Function,
}

/// <summary>Condition codes for Jcc/SETcc/CMOVcc, with their x86 encodings.</summary>
public enum Cond : byte { O = 0, NO = 1, B = 2, AE = 3, E = 4, NE = 5, BE = 6, A = 7, S = 8, NS = 9, P = 10, NP = 11, L = 12, GE = 13, LE = 14, G = 15 }

public static class CondInfo
{
    public static Cond Negate(this Cond c) => (Cond)((int)c ^ 1);
}

/// <remarks>
/// 32 bytes: the kind, access and address base share one byte, and the condition of a Cond
/// operand shares the scale's byte (only memory operands have a scale).
/// </remarks>
public struct MOperand
{
    private byte _packed; // bits 0-2 Kind, 3-4 Access, 5-7 AddrBase
    private byte _scaleOrCond;

    public MOperandKind Kind
    {
        readonly get => (MOperandKind)(_packed & 7);
        set => _packed = (byte)((_packed & ~7) | ((int)value & 7));
    }

    public Access Access
    {
        readonly get => (Access)((_packed >> 3) & 3);
        set => _packed = (byte)((_packed & ~(3 << 3)) | (((int)value & 3) << 3));
    }

    /// <summary>Width of a register access in bits (8/16/32/64 for GPRs, 128/256 for vectors), or of a memory access.</summary>
    public short Bits;
    /// <summary>Register number (physical or virtual) for Reg; base register for Mem (-1 if none).</summary>
    public int Reg;
    /// <summary>Index register for Mem (-1 if none).</summary>
    public int Index;

    public byte Scale
    {
        readonly get => _scaleOrCond;
        set => _scaleOrCond = value;
    }

    public AddrBase AddrBase
    {
        readonly get => (AddrBase)(_packed >> 5);
        set => _packed = (byte)((_packed & 31) | (((int)value & 7) << 5));
    }

    /// <summary>Frame slot, constant-pool entry or global index for Mem; function index for Symbol.</summary>
    public int Slot;
    /// <summary>Immediate value, or memory displacement.</summary>
    public long Imm;
    public MBlock? Block;

    public Cond Cond
    {
        readonly get => (Cond)_scaleOrCond;
        set => _scaleOrCond = (byte)value;
    }

    public readonly bool IsReg => Kind == MOperandKind.Reg;
    public readonly bool IsMem => Kind == MOperandKind.Mem;
    public readonly bool IsImm => Kind == MOperandKind.Imm;

    public static MOperand R(int reg, int bits, Access access = Access.Use) =>
        new() { Kind = MOperandKind.Reg, Reg = reg, Bits = (short)bits, Access = access, Index = -1 };

    public static MOperand Def(int reg, int bits) => R(reg, bits, Access.Def);
    public static MOperand UseDef(int reg, int bits) => R(reg, bits, Access.UseDef);

    public static MOperand I(long value) => new() { Kind = MOperandKind.Imm, Imm = value, Reg = -1, Index = -1 };

    public static MOperand B(MBlock block) => new() { Kind = MOperandKind.Block, Block = block, Reg = -1, Index = -1 };

    public static MOperand C(Cond cond) => new() { Kind = MOperandKind.Cond, Cond = cond, Reg = -1, Index = -1 };

    public static MOperand Func(int functionIndex) => new() { Kind = MOperandKind.Symbol, Slot = functionIndex, Reg = -1, Index = -1 };

    public static MOperand Mem(int bits, int baseReg, int index = -1, int scale = 1, long disp = 0) =>
        new() { Kind = MOperandKind.Mem, Bits = (short)bits, Reg = baseReg, Index = index, Scale = (byte)scale, Imm = disp, AddrBase = AddrBase.Regs };

    public static MOperand FrameSlot(int bits, int slot, long disp = 0, int index = -1, int scale = 1) =>
        new() { Kind = MOperandKind.Mem, Bits = (short)bits, Reg = -1, Index = index, Scale = (byte)scale, Imm = disp, AddrBase = AddrBase.Frame, Slot = slot };

    public static MOperand ConstantRef(int bits, int entry) =>
        new() { Kind = MOperandKind.Mem, Bits = (short)bits, Reg = -1, Index = -1, Scale = 1, AddrBase = AddrBase.Constant, Slot = entry };

    public static MOperand GlobalRef(int bits, int global, long disp = 0, int index = -1, int scale = 1) =>
        new() { Kind = MOperandKind.Mem, Bits = (short)bits, Reg = -1, Index = index, Scale = (byte)scale, Imm = disp, AddrBase = AddrBase.Global, Slot = global };

    /// <summary>The same memory operand with another access width.</summary>
    public readonly MOperand WithBits(int bits)
    {
        var copy = this;
        copy.Bits = (short)bits;
        return copy;
    }

    public override readonly string ToString() => Kind switch
    {
        MOperandKind.Reg => RegName(Reg) + (Access == Access.Def ? "!" : Access == Access.UseDef ? "^" : ""),
        MOperandKind.Imm => Imm.ToString(),
        MOperandKind.Mem => $"{AddrBase}[{(Reg >= 0 ? RegName(Reg) : "")}{(Index >= 0 ? "+" + RegName(Index) + "*" + Scale : "")}+{Imm}#{Slot}]:{Bits}",
        MOperandKind.Block => "bb" + Block!.Index,
        MOperandKind.Symbol => "fn" + Slot,
        MOperandKind.Cond => Cond.ToString(),
        _ => "-",
    };

    private static string RegName(int r) => X86.IsPhysical(r) ? X86.Name(r) : "v" + r;
}

public sealed class MInst
{
    public MInst(MOpcode op, Code code, params MOperand[] operands)
    {
        Op = op;
        Code = code;
        Operands = operands;
    }

    public MOpcode Op;
    private ushort _code; // every Iced Code value fits in 16 bits, which keeps the object at 56 bytes

    public Code Code
    {
        get => (Code)_code;
        set => _code = checked((ushort)value);
    }

    public MOperand[] Operands;

    /// <summary>Physical registers read without appearing as operands (call arguments, cqo's rax...).</summary>
    public int[] ImplicitUses = [];

    /// <summary>Physical registers written without appearing as operands (call clobbers, div's rdx...).</summary>
    public int[] ImplicitDefs = [];

    /// <summary>Position in the linear order, set by the register allocator (even numbers).</summary>
    public int Position;

    /// <summary>
    /// For a phi: the index of the value operand of its entry for <paramref name="pred"/> (the block
    /// operand follows it), or -1 when it has none. Entries are made one per predecessor edge in the
    /// order of the block's predecessors, so the entry of the predecessor at <paramref name="position"/>
    /// is looked at first: a walk over the entries for each predecessor is quadratic in a join of
    /// thousands of edges.
    /// </summary>
    public int PhiEntry(MBlock pred, int position)
    {
        int k = 1 + 2 * position;
        if (k + 1 < Operands.Length && ReferenceEquals(Operands[k + 1].Block, pred)) return k;
        for (k = 1; k + 1 < Operands.Length; k += 2)
            if (ReferenceEquals(Operands[k + 1].Block, pred)) return k;
        return -1;
    }

    /// <summary>The IR instruction this came from (for <c>pyir asm</c> annotations), if any.</summary>
    public PyIR.Frontend.Ir.Instruction? Origin;

    public bool IsTerminator => Op is MOpcode.Jmp or MOpcode.Jcc or MOpcode.Ret or MOpcode.Trap or MOpcode.JmpTable;

    public static MInst Native(Code code, params MOperand[] operands) => new(MOpcode.Native, code, operands);

    public override string ToString() =>
        (Op == MOpcode.Native ? Code.ToString() : Op.ToString()) + " " + string.Join(", ", Operands.Select(o => o.ToString()));
}

public sealed class MBlock
{
    public MBlock(int index, PyIR.Frontend.Ir.BasicBlock? source)
    {
        Index = index;
        Source = source;
    }

    public int Index;
    public PyIR.Frontend.Ir.BasicBlock? Source;
    /// <summary>
    /// The block's code. Passes that rewrite a block build the new code in a list of their own and
    /// then swap lists with the block (the old one becomes their scratch list for the next block),
    /// instead of copying it back.
    /// </summary>
    public List<MInst> Instructions = [];
    // Most blocks have one or two of each.
    public readonly List<MBlock> Predecessors = new(2);
    public readonly List<MBlock> Successors = new(2);

    /// <summary>Loop nesting depth (0 outside loops), used to weigh spill costs.</summary>
    public int LoopDepth;

    /// <summary>The block's number in reverse post-order (set by liveness): a loop's header comes before its body.</summary>
    public int ReversePostOrder;

    /// <summary>Scratch number for a pass that needs per-block arrays (meaningful only inside that pass).</summary>
    public int Scratch;

    public override string ToString() => "bb" + Index;
}

/// <summary>A stack slot: spill slots and allocas of fixed size.</summary>
public sealed record FrameSlot(int Size, int Alignment)
{
    /// <summary>Offset from the frame pointer (negative), set by frame layout.</summary>
    public int Offset { get; set; }
}

public sealed class MFunction
{
    public MFunction(string name) => Name = name;

    public string Name { get; }
    public readonly List<MBlock> Blocks = [];
    public readonly List<FrameSlot> Slots = [];

    /// <summary>Register class and width (64 for GPR, 128/256 for vectors) of each virtual register.</summary>
    public readonly List<(RegClass Class, short Bits)> VRegs = [];

    /// <summary>Bytes of outgoing stack arguments the largest call needs.</summary>
    public int MaxOutgoingArgBytes;

    /// <summary>Whether the function allocates stack space dynamically (alloca with a variable count).</summary>
    public bool HasDynamicAlloca;

    /// <summary>Whether the function calls anything (a function, a runtime helper, a math routine).</summary>
    public bool HasCalls;

    /// <summary>Callee-saved registers the function writes, filled in by register allocation.</summary>
    public readonly HashSet<int> UsedCalleeSaved = [];

    /// <summary>
    /// Virtual registers that can be computed again wherever they are needed, by a
    /// <c>lea reg, [address]</c> that reads no register (a global's address): each is defined once,
    /// by that instruction. Spill code then recomputes such a register instead of reloading it.
    /// </summary>
    public Dictionary<int, MOperand>? Rematerializable;

    public int NewVReg(RegClass cls, int bits)
    {
        VRegs.Add((cls, (short)bits));
        return X86.FirstVirtual + VRegs.Count - 1;
    }

    public RegClass ClassOf(int reg) => X86.IsPhysical(reg) ? X86.ClassOf(reg) : VRegs[reg - X86.FirstVirtual].Class;

    public int NewSlot(int size, int alignment)
    {
        Slots.Add(new FrameSlot(size, alignment));
        return Slots.Count - 1;
    }

    public MBlock NewBlock(PyIR.Frontend.Ir.BasicBlock? source)
    {
        var b = new MBlock(Blocks.Count, source);
        Blocks.Add(b);
        return b;
    }

    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(Name).Append(":\n");
        foreach (var b in Blocks)
        {
            sb.Append("  bb").Append(b.Index).Append(" (preds ").Append(string.Join(",", b.Predecessors.Select(p => p.Index))).Append("):\n");
            foreach (var i in b.Instructions) sb.Append("    ").Append(i.Position).Append(' ').Append(i).Append('\n');
        }
        return sb.ToString();
    }
}
