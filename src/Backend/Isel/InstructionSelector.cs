// Instruction selection: SSA IR to machine IR over virtual registers, one function at a time.
// This file holds the driver (blocks, phis, the value-to-register map) and the helpers every
// pattern uses (materializing constants, normalizing narrow integers). The patterns themselves
// are in Isel.*.cs by area. Instructions whose result is folded into a user (a compare feeding a
// branch, an address feeding a load) are skipped here and emitted at the user.
// Per-value state lives in one array indexed by a dense number the driver writes into each
// instruction's and argument's Value.Scratch (so two threads must not select the same function
// at once, as with any pass); machine block i is where IR block i starts.
using Iced.Intel;
using PyIR.Backend.Emit;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using Instruction = PyIR.Frontend.Ir.Instruction;

namespace PyIR.Backend.Isel;

public enum TrapKind { DivideByZero = 1, DivideOverflow = 2, Unreachable = 3, Trap = 4, UndefinedFunction = 5, StackOverflow = 6, MemoryFault = 7 }

/// <summary>A place where generated code may stop with an error, and what to report.</summary>
public readonly record struct TrapSite(TrapKind Kind, SourceLocation? Location, string? Detail);

public sealed partial class InstructionSelector
{
    private readonly ModuleContext _module;
    private readonly Function _function;
    private readonly MFunction _mf;

    /// <summary>What selection knows about one of the function's instructions or arguments (24 bytes).</summary>
    private struct ValueInfo
    {
        /// <summary>The value with this number (a Scratch number is trusted only if it maps back).</summary>
        public Value Value;
        /// <summary>The registers holding the parts of a selected value not held in <see cref="Reg"/> (else null).</summary>
        public int[]? Regs;
        /// <summary>The register of a value held in one register (valid when <see cref="HasReg"/>).</summary>
        public int Reg;
        private int _flags; // bit 0 HasReg, bit 1 Folded, bits 2.. StaticSlotPlusOne

        public bool HasReg
        {
            readonly get => (_flags & 1) != 0;
            set => _flags = value ? _flags | 1 : _flags & ~1;
        }

        /// <summary>
        /// Not selected in place: emitted at its user (see MarkFoldable), or already computed with
        /// another instruction (a remainder by the division of the same operands, see SelectDivRem).
        /// </summary>
        public bool Folded
        {
            readonly get => (_flags & 2) != 0;
            set => _flags = value ? _flags | 2 : _flags & ~2;
        }

        /// <summary>Frame slot + 1 of a fixed-size entry-block alloca (0 for every other value).</summary>
        public int StaticSlotPlusOne
        {
            readonly get => _flags >> 2;
            set => _flags = (_flags & 3) | (value << 2);
        }
    }

    /// <summary>Indexed by the dense number Number() keeps in each value's Scratch field.</summary>
    private ValueInfo[] _info = [];
    /// <summary>Registers of values that are not numbered (nothing binds such values today).</summary>
    private Dictionary<Value, int[]>? _otherRegs;
    /// <summary>
    /// Inserts whose only user is the next insert into the same half of a ymm part: the xmm register
    /// holding that half as built so far, and where it goes back (SelectInsertElement).
    /// </summary>
    private Dictionary<Value, (int Half, int Part, int PartReg, bool High)>? _halfInProgress;
    private readonly List<(PhiInst Phi, MInst[] Machine)> _phis = [];
    private readonly List<TrapSite> _trapSites;
    private MBlock _block = null!;
    private Instruction? _current;
    private int _sretPointer = -1;

    private InstructionSelector(ModuleContext module, Function function, List<TrapSite> trapSites)
    {
        _module = module;
        _function = function;
        _trapSites = trapSites;
        _mf = new MFunction(function.Name);
    }

    /// <summary>Selects machine instructions for one defined function.</summary>
    public static MFunction Select(ModuleContext module, Function function, List<TrapSite> trapSites)
    {
        var isel = new InstructionSelector(module, function, trapSites);
        isel.Run();
        return isel._mf;
    }

    private void Run()
    {
        NumberAndMarkFoldable();
        // Machine block i is the entry of IR block i (blocks are numbered in layout order). Lists are
        // sized for the usual yield (about 1.25 machine instructions and 1 register per IR instruction).
        _mf.Blocks.Capacity = _function.Blocks.Count + _function.Blocks.Count / 4 + 4;
        foreach (var b in _function.Blocks) _mf.NewBlock(b).Instructions.Capacity = b.Count + b.Count / 2 + 1;
        _mf.VRegs.Capacity = _info.Length + _info.Length / 4 + 8;
        _block = _mf.Blocks[0];
        LowerArguments();
        AllocateStaticAllocas();
        // Reverse post-order: every definition is selected before its uses (phis are filled last),
        // and unreachable blocks are never selected.
        var rpo = ReversePostOrder();
        _rpoNumber = new int[_function.Blocks.Count];
        for (int k = 0; k < rpo.Count; k++) _rpoNumber[rpo[k].Scratch] = k;
        MarkLoopBlocks(rpo);
        foreach (var b in rpo)
        {
            _block = EntryOf(b);
            for (var inst = b.First; inst is not null; inst = inst.Next)
            {
                _current = inst;
                if (inst is PhiInst phi) { SelectPhi(phi); continue; }
                if (_info[inst.Scratch].Folded) continue;
                Select(inst);
            }
        }
        ComputePredecessors();
        SplitEdgesOfPhiConstants();
        FillPhis();
    }

    /// <summary>
    /// Numbers the function's instructions (in layout order, so within a block a later instruction
    /// has a larger number), then its arguments, in their Scratch fields; blocks get their index.
    /// Each block's foldable instructions are marked as soon as the block is numbered (one walk
    /// over the IR while it is in cache).
    /// </summary>
    private void NumberAndMarkFoldable()
    {
        var blocks = _function.Blocks;
        int count = _function.Arguments.Count;
        for (int k = 0; k < blocks.Count; k++)
        {
            blocks[k].Scratch = k;
            count += blocks[k].Count;
        }
        _info = new ValueInfo[count];
        int n = 0, phis = 0;
        for (int k = 0; k < blocks.Count; k++)
        {
            var b = blocks[k];
            for (var i = b.First; i is not null; i = i.Next)
            {
                i.Scratch = n;
                _info[n++].Value = i;
                if (i.Opcode == Opcode.Phi) phis++;
            }
            MarkFoldable(b);
        }
        _phis.Capacity = phis;
        foreach (var a in _function.Arguments)
        {
            a.Scratch = n;
            _info[n++].Value = a;
        }
    }

    /// <summary>The dense number of <paramref name="v"/>, or -1 if it is not one of this function's instructions or arguments.</summary>
    private int IndexOf(Value v)
    {
        int s = v.Scratch;
        return (uint)s < (uint)_info.Length && ReferenceEquals(_info[s].Value, v) ? s : -1;
    }

    /// <summary>The machine block where the code of IR block <paramref name="b"/> starts.</summary>
    private MBlock EntryOf(BasicBlock b)
    {
        int s = b.Scratch;
        if ((uint)s < (uint)_mf.Blocks.Count && ReferenceEquals(_mf.Blocks[s].Source, b)) return _mf.Blocks[s];
        throw new InvalidOperationException($"block {b} is not in {_function.Name}");
    }

    private bool IsFolded(Instruction i)
    {
        int k = IndexOf(i);
        return k >= 0 && _info[k].Folded;
    }

    private void Unfold(Instruction i)
    {
        int k = IndexOf(i);
        if (k >= 0) _info[k].Folded = false;
    }

    private bool TryStaticSlot(AllocaInst a, out int slot)
    {
        int k = IndexOf(a);
        slot = k >= 0 ? _info[k].StaticSlotPlusOne - 1 : -1;
        return slot >= 0;
    }

    private bool IsStaticAlloca(AllocaInst a) => TryStaticSlot(a, out _);

    /// <summary>Whether <paramref name="v"/> already has registers (it was selected, or bound).</summary>
    private bool IsSelected(Value v)
    {
        int k = IndexOf(v);
        if (k >= 0) return _info[k].HasReg || _info[k].Regs is not null;
        return _otherRegs is not null && _otherRegs.ContainsKey(v);
    }

    private void SetRegs(Value v, int[] regs)
    {
        int k = IndexOf(v);
        if (k >= 0)
        {
            _info[k].Regs = regs;
            _info[k].HasReg = false;
        }
        else (_otherRegs ??= new(ReferenceEqualityComparer.Instance))[v] = regs;
    }

    private void SetReg(Value v, int reg)
    {
        int k = IndexOf(v);
        if (k < 0)
        {
            SetRegs(v, [reg]);
            return;
        }
        _info[k].Reg = reg;
        _info[k].HasReg = true;
        _info[k].Regs = null;
    }

    /// <summary>Depth-first search over terminator operands (successors in operand order, duplicates skipped).</summary>
    private List<BasicBlock> ReversePostOrder()
    {
        var blocks = _function.Blocks;
        var post = new List<BasicBlock>(blocks.Count);
        var visited = new bool[blocks.Count];
        var stack = new (BasicBlock Block, int NextOperand)[blocks.Count];
        int depth = 0;
        var entry = blocks[0];
        visited[0] = true;
        stack[depth++] = (entry, 0);
        while (depth > 0)
        {
            ref var top = ref stack[depth - 1];
            var t = top.Block.Terminator;
            BasicBlock? next = null;
            if (t is not null)
                while (top.NextOperand < t.OperandCount)
                    if (t.GetOperand(top.NextOperand++) is BasicBlock s) { next = s; break; }
            if (next is not null)
            {
                int k = EntryOf(next).Index;
                if (!visited[k])
                {
                    visited[k] = true;
                    stack[depth++] = (next, 0);
                }
            }
            else
            {
                post.Add(top.Block);
                depth--;
            }
        }
        post.Reverse();
        return post;
    }

    // ---------------------------------------------------------------- values and registers

    private void Emit(MInst inst)
    {
        if (inst.Op == MOpcode.Call) _mf.HasCalls = true;
        inst.Origin = _current;
        if (_insertAt >= 0) _block.Instructions.Insert(_insertAt++, inst); // never a terminator (FillPhis)
        else Append(_block, inst);
    }

    /// <summary>Each IR block's number in reverse post-order, by its Scratch index (unreachable blocks, never selected, are 0).</summary>
    private int[] _rpoNumber = [];

    /// <summary>By IR block Scratch index: whether the block lies in a loop (see MarkLoopBlocks).</summary>
    private bool[] _inLoop = [];

    /// <summary>
    /// Marks the blocks between a back edge's target and its source in reverse post-order (the
    /// register allocator's approximation of loop bodies, which may take in a few blocks more).
    /// </summary>
    private void MarkLoopBlocks(List<BasicBlock> rpo)
    {
        _inLoop = new bool[_function.Blocks.Count];
        for (int k = 0; k < rpo.Count; k++)
            foreach (var s in rpo[k].Successors)
            {
                int target = _rpoNumber[s.Scratch];
                if (target <= k)
                    for (int j = target; j <= k; j++) _inLoop[rpo[j].Scratch] = true;
            }
    }

    /// <summary>Where Emit inserts in the current block instead of appending (-1: append), while FillPhis materializes values.</summary>
    private int _insertAt = -1;

    /// <summary>Adds an instruction at the end of a block; a terminator's targets become the block's successors.</summary>
    private static void Append(MBlock block, MInst inst)
    {
        block.Instructions.Add(inst);
        if (!inst.IsTerminator) return;
        foreach (var op in inst.Operands)
            if (op.Kind == MOperandKind.Block && !block.Successors.Contains(op.Block!))
                block.Successors.Add(op.Block!);
    }

    private void Emit(Code code, params MOperand[] ops) => Emit(MInst.Native(code, ops));

    private int NewGpr() => _mf.NewVReg(RegClass.Gpr, 64);
    private int NewVec(int bits = 128) => _mf.NewVReg(RegClass.Vec, bits);

    private int NewReg(Part p) => _mf.NewVReg(p.Class, p.Class == RegClass.Gpr ? 64 : p.Bits);

    /// <summary>Fresh registers for the parts of an instruction's result.</summary>
    private ReadOnlySpan<int> Define(Value v)
    {
        var parts = TypeLowering.Parts(v.Type);
        int k = IndexOf(v);
        if (parts.Length == 1 && k >= 0)
        {
            ref var info = ref _info[k];
            info.Reg = NewReg(parts[0]);
            info.HasReg = true;
            info.Regs = null;
            return new ReadOnlySpan<int>(in info.Reg);
        }
        var regs = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++) regs[i] = NewReg(parts[i]);
        SetRegs(v, regs);
        return regs;
    }

    private int DefineOne(Value v)
    {
        var regs = Define(v);
        if (regs.Length != 1) throw new InvalidOperationException($"{v.Type} is not a single register");
        return regs[0];
    }

    private void Bind(Value v, int reg) => SetReg(v, reg);

    private void Bind(Value v, int[] regs) => SetRegs(v, regs);

    private void Bind(Value v, ReadOnlySpan<int> regs)
    {
        if (regs.Length == 1) SetReg(v, regs[0]);
        else SetRegs(v, regs.ToArray());
    }

    /// <summary>
    /// The registers holding a value's parts (materializing constants into fresh registers). A
    /// value in one register is returned as a view of that register's entry in the value table.
    /// </summary>
    private ReadOnlySpan<int> Regs(Value v)
    {
        int k = IndexOf(v);
        if (k >= 0)
        {
            ref var info = ref _info[k];
            if (info.HasReg) return new ReadOnlySpan<int>(in info.Reg);
            if (info.Regs is { } r) return r;
        }
        else if (_otherRegs is not null && _otherRegs.TryGetValue(v, out var other)) return other;
        if (TryMaterializeScalar(v, out int reg)) return new[] { reg };
        if (v is Constant c) return MaterializeConstant(c);
        if (v is AllocaInst a && TryStaticSlot(a, out int slot)) return new[] { StackSlotAddress(slot) };
        if (v is Instruction i && IsFolded(i))
        {
            // A folded instruction whose value is needed after all: emit it now.
            Unfold(i);
            var saved = _current;
            _current = i;
            Select(i);
            _current = saved;
            return Regs(v);
        }
        throw new InvalidOperationException($"value {v} used before it was selected");
    }

    private int Reg(Value v)
    {
        int k = IndexOf(v);
        if (k >= 0 && _info[k].HasReg) return _info[k].Reg;
        if (k < 0 && TryMaterializeScalar(v, out int reg)) return reg;
        var r = Regs(v);
        if (r.Length != 1) throw new InvalidOperationException($"{v.Type} is not a single register");
        return r[0];
    }

    /// <summary>A fixed stack slot's address: recomputed at each use (one lea), never kept live.</summary>
    private int StackSlotAddress(int slot)
    {
        var address = NewGpr();
        Emit(Code.Lea_r64_m, MOperand.Def(address, 64), MOperand.FrameSlot(64, slot));
        return address;
    }

    private static MOperand Use(int reg, int bits) => MOperand.R(reg, bits);

    /// <summary>Integer, pointer and float constants straight from their bits into a fresh register.</summary>
    private bool TryMaterializeScalar(Value v, out int reg)
    {
        switch (v)
        {
            case ConstantInt i:
                reg = NewGpr();
                LoadImmediate(reg, i.Bits);
                return true;
            case ConstantPointerNull or UndefValue or PoisonValue when v.Type is IntegerType or PointerType:
                reg = NewGpr();
                LoadImmediate(reg, 0);
                return true;
            case ConstantFP f:
                reg = MaterializeFloat(f);
                return true;
            default:
                reg = -1;
                return false;
        }
    }

    /// <summary>Any other constant from its memory image, part by part.</summary>
    private int[] MaterializeConstant(Constant c)
    {
        var parts = TypeLowering.Parts(c.Type);
        var regs = new int[parts.Length];
        var bytes = ConstantBytes.Of(c, _module);
        Span<byte> buffer = stackalloc byte[32]; // a register's worth of bytes (parts are at most 256 bits)
        for (int i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            var reg = NewReg(p);
            regs[i] = reg;
            if (p.Class == RegClass.Gpr)
            {
                if (p.Type.IsPointer && bytes.Relocations.TryGetValue(p.Offset, out var target))
                    LoadAddressOf(reg, target.Global, target.Addend);
                else
                {
                    CopyPadded(bytes.Data, p.Offset, buffer[..8]);
                    LoadImmediate(reg, BitConverter.ToUInt64(buffer));
                }
            }
            else
            {
                // Scalars load 4 or 8 bytes (half is padded to 4), vectors their whole register.
                int size = p.Type.IsFloatingPoint ? Math.Max(4, (int)DataLayout.StoreSize(p.Type)) : p.Bits / 8;
                var data = buffer[..size];
                CopyPadded(bytes.Data, p.Offset, data);
                if (TypeLowering.IsMask(p.Type, out int lanes)) MaskLayout.Unpack(bytes.Data.AsSpan((int)p.Offset), lanes, data);
                if (!data.ContainsAnyExcept((byte)0))
                    Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(reg, 128), Use(reg, 128), Use(reg, 128));
                else
                {
                    var entry = _module.Pool.Add(data, Math.Min(size, 32));
                    Emit(p.Bits == 256 ? Code.VEX_Vmovups_ymm_ymmm256 : size == 4 ? Code.VEX_Vmovss_xmm_m32 : size == 8 ? Code.VEX_Vmovsd_xmm_m64 : Code.VEX_Vmovups_xmm_xmmm128,
                        MOperand.Def(reg, p.Bits), MOperand.ConstantRef(size * 8, entry));
                }
            }
        }
        return regs;
    }

    /// <summary>A float constant in lane 0 (half padded to 4 bytes), as the general path would load it.</summary>
    private int MaterializeFloat(ConstantFP f)
    {
        var reg = NewVec();
        int stored = (int)DataLayout.StoreSize(f.Type);
        ulong bits = stored >= 8 ? f.Bits : f.Bits & ((1UL << (stored * 8)) - 1);
        if (bits == 0)
        {
            Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(reg, 128), Use(reg, 128), Use(reg, 128));
            return reg;
        }
        int size = Math.Max(4, stored);
        Span<byte> data = stackalloc byte[size];
        for (int b = 0; b < size; b++) data[b] = (byte)(bits >> (8 * b));
        var entry = _module.Pool.Add(data, size);
        Emit(size == 4 ? Code.VEX_Vmovss_xmm_m32 : Code.VEX_Vmovsd_xmm_m64, MOperand.Def(reg, 128), MOperand.ConstantRef(size * 8, entry));
        return reg;
    }

    /// <summary>Fills <paramref name="into"/> from <paramref name="data"/> at <paramref name="offset"/>, with zeros past its end.</summary>
    private static void CopyPadded(byte[] data, long offset, Span<byte> into)
    {
        for (int i = 0; i < into.Length; i++) into[i] = offset + i < data.Length ? data[offset + i] : (byte)0;
    }

    /// <summary>Set while code is inserted between a compare and its branch: constants must not touch the flags.</summary>
    private bool _preserveFlags;

    private void LoadImmediate(int reg, ulong value)
    {
        if (value == 0 && !_preserveFlags)
            Emit(Code.Xor_r32_rm32, MOperand.Def(reg, 32), Use(reg, 32));
        else if (value <= uint.MaxValue)
            Emit(Code.Mov_r32_imm32, MOperand.Def(reg, 32), MOperand.I((long)value));
        else if ((long)value >= int.MinValue && (long)value < 0)
            Emit(Code.Mov_rm64_imm32, MOperand.Def(reg, 64), MOperand.I((long)value));
        else
            Emit(Code.Mov_r64_imm64, MOperand.Def(reg, 64), MOperand.I((long)value));
    }

    private void LoadAddressOf(int reg, GlobalValue target, long addend)
    {
        switch (target)
        {
            case GlobalVariable g:
                Emit(Code.Lea_r64_m, MOperand.Def(reg, 64), MOperand.GlobalRef(64, _module.GlobalIndex(g), addend));
                break;
            case Function f when _module.IsDefined(f):
                Emit(Code.Lea_r64_m, MOperand.Def(reg, 64), new MOperand
                {
                    Kind = MOperandKind.Mem, AddrBase = AddrBase.Function, Slot = _module.FunctionIndex(f), Reg = -1, Index = -1, Scale = 1, Imm = addend, Bits = 64,
                });
                break;
            case Function f:
            {
                var address = ExternalAddress(f);
                var entry = _module.Pool.AddUInt64((ulong)address + (ulong)addend);
                Emit(Code.Mov_r64_rm64, MOperand.Def(reg, 64), MOperand.ConstantRef(64, entry));
                break;
            }
            default:
                throw new InvalidOperationException($"cannot take the address of {target}");
        }
    }

    private nint ExternalAddress(Function f)
    {
        var address = _module.ResolveExternal?.Invoke(f) ?? 0;
        if (address == 0)
            throw new JitUnsupportedException($"call to '@{f.Name}', which is declared but not defined");
        return address;
    }

    /// <summary>Makes sure the low <paramref name="bits"/> of <paramref name="reg"/> are zero-extended to the op width.</summary>
    private int ZeroExtend(int reg, int bits, int toBits)
    {
        if (bits >= toBits) return reg;
        var r = NewGpr();
        switch (bits)
        {
            case 8: Emit(Code.Movzx_r32_rm8, MOperand.Def(r, 32), Use(reg, 8)); break;
            case 16: Emit(Code.Movzx_r32_rm16, MOperand.Def(r, 32), Use(reg, 16)); break;
            case 32: Emit(Code.Mov_r32_rm32, MOperand.Def(r, 32), Use(reg, 32)); break;
            default:
                // A copy first (it vanishes when r gets reg's register, reg dying here): the 32-bit
                // and / shift that follows defines every bit of r.
                Copy(r, reg, 64);
                if (bits < 32) Emit(Code.And_rm32_imm32, MOperand.UseDef(r, 32), MOperand.I((1L << bits) - 1));
                else
                {
                    // bzhi would need the count in a register; two shifts are as cheap.
                    Emit(Code.Shl_rm64_imm8, MOperand.UseDef(r, 64), MOperand.I(64 - bits));
                    Emit(Code.Shr_rm64_imm8, MOperand.UseDef(r, 64), MOperand.I(64 - bits));
                }
                break;
        }
        return r;
    }

    /// <summary>Makes sure the low <paramref name="bits"/> of <paramref name="reg"/> are sign-extended to the op width.</summary>
    private int SignExtend(int reg, int bits, int toBits)
    {
        if (bits >= toBits) return reg;
        var r = NewGpr();
        switch (bits)
        {
            case 8: Emit(toBits == 64 ? Code.Movsx_r64_rm8 : Code.Movsx_r32_rm8, MOperand.Def(r, toBits), Use(reg, 8)); break;
            case 16: Emit(toBits == 64 ? Code.Movsx_r64_rm16 : Code.Movsx_r32_rm16, MOperand.Def(r, toBits), Use(reg, 16)); break;
            case 32: Emit(Code.Movsxd_r64_rm32, MOperand.Def(r, 64), Use(reg, 32)); break;
            default:
                Copy(r, reg, 64); // (as in ZeroExtend)
                if (toBits == 32)
                {
                    Emit(Code.Shl_rm32_imm8, MOperand.UseDef(r, 32), MOperand.I(32 - bits));
                    Emit(Code.Sar_rm32_imm8, MOperand.UseDef(r, 32), MOperand.I(32 - bits));
                }
                else
                {
                    Emit(Code.Shl_rm64_imm8, MOperand.UseDef(r, 64), MOperand.I(64 - bits));
                    Emit(Code.Sar_rm64_imm8, MOperand.UseDef(r, 64), MOperand.I(64 - bits));
                }
                break;
        }
        return r;
    }

    private void Copy(int dst, int src, int bits) =>
        Emit(new MInst(MOpcode.Copy, Code.INVALID, MOperand.Def(dst, bits), Use(src, bits)));

    // ---------------------------------------------------------------- blocks and phis

    private void SelectPhi(PhiInst phi)
    {
        var regs = Define(phi);
        var parts = TypeLowering.Parts(phi.Type);
        var machine = new MInst[regs.Length];
        for (int k = 0; k < regs.Length; k++)
        {
            var ops = new MOperand[] { MOperand.Def(regs[k], parts[k].Class == RegClass.Gpr ? 64 : parts[k].Bits) };
            machine[k] = new MInst(MOpcode.Phi, Code.INVALID, ops) { Origin = phi };
            Append(_block, machine[k]);
        }
        _phis.Add((phi, machine));
    }

    /// <summary>
    /// A phi's constant (or stack-slot address) is materialized at the end of the predecessor it
    /// comes from. When that predecessor is a loop latch, whose other successor is the loop's
    /// header, and the phi's block has other predecessors (a loop exit), the edge gets a block of
    /// its own first: the constant is then computed only on the way out, and holds no register
    /// across the branch, which stays free for the moves of the back edge (see BackEdgeMoves).
    /// Elsewhere the constant stays before the branch: one move on every path costs less than a
    /// jump to an edge block that cannot be placed after its branch. The new block stands for the
    /// same IR predecessor, so phis find their incoming value by it.
    /// </summary>
    private void SplitEdgesOfPhiConstants()
    {
        // A successor of pred that a back edge leads to: the entry of an IR block no later than
        // pred's in reverse post-order (a loop header, pred then being a latch).
        bool BranchesBack(MBlock pred, MBlock block)
        {
            foreach (var s in pred.Successors)
                if (!ReferenceEquals(s, block) && s.Source is { } sb && ReferenceEquals(EntryOf(sb), s) &&
                    _rpoNumber[sb.Scratch] <= _rpoNumber[pred.Source!.Scratch])
                    return true;
            return false;
        }

        foreach (var (phi, _) in _phis)
        {
            var block = EntryOf(phi.Parent!);
            var predecessors = block.Predecessors;
            if (predecessors.Count < 2) continue;
            for (int j = 0; j < predecessors.Count; j++)
            {
                var pred = predecessors[j];
                if (pred.Successors.Count < 2 || phi.GetValueForBlock(pred.Source!) is not { } incoming ||
                    !NeedsMaterializing(incoming) || !BranchesBack(pred, block)) continue;
                var mid = _mf.NewBlock(pred.Source);
                mid.Instructions.Add(new MInst(MOpcode.Jmp, Code.INVALID, MOperand.B(block)));
                mid.Successors.Add(block);
                mid.Predecessors.Add(pred);
                foreach (var inst in pred.Instructions)
                    for (int k = 0; k < inst.Operands.Length; k++)
                        if (ReferenceEquals(inst.Operands[k].Block, block)) inst.Operands[k].Block = mid;
                pred.Successors[pred.Successors.IndexOf(block)] = mid;
                predecessors[j] = mid;
            }
        }
    }

    /// <summary>Whether a phi's incoming value is computed at the end of its predecessor (see FillPhis).</summary>
    private bool NeedsMaterializing(Value incoming) =>
        (IndexOf(incoming) < 0 && incoming is Constant c && !IsSelected(c)) || (incoming is AllocaInst a && IsStaticAlloca(a));

    /// <summary>
    /// Phi operands are filled in last, one per machine predecessor: incoming values may be defined
    /// later in layout order, and one IR edge may have become several machine edges (a switch tree,
    /// an fcmp needing two branches). Each machine block knows the IR block it was selected for.
    /// </summary>
    private void FillPhis()
    {
        foreach (var (phi, machine) in _phis)
        {
            var parts = TypeLowering.Parts(phi.Type);
            var predecessors = EntryOf(phi.Parent!).Predecessors;
            // Operands: the definition, then (value, block) per machine predecessor.
            var operands = new MOperand[machine.Length][];
            for (int k = 0; k < machine.Length; k++)
            {
                operands[k] = new MOperand[1 + 2 * predecessors.Count];
                operands[k][0] = machine[k].Operands[0];
            }
            // A phi with many entries (a switch's join) is looked up through a map, not a walk per predecessor.
            Dictionary<BasicBlock, Value>? byBlock = null;
            if (predecessors.Count > 8)
            {
                byBlock = new(ReferenceEqualityComparer.Instance);
                for (int i = phi.IncomingCount - 1; i >= 0; i--) byBlock[phi.GetIncomingBlock(i)] = phi.GetIncomingValue(i); // the first entry wins
            }
            for (int j = 0; j < predecessors.Count; j++)
            {
                var pred = predecessors[j];
                var incoming = (byBlock is null ? phi.GetValueForBlock(pred.Source!) : byBlock.GetValueOrDefault(pred.Source!))
                    ?? throw new InvalidOperationException($"phi in {phi.Parent} has no entry for {pred.Source}");
                ReadOnlySpan<int> regs;
                if (NeedsMaterializing(incoming))
                {
                    // Materialize constants (and stack-slot addresses) at the end of the predecessor,
                    // before its terminator; the code is the phi's (for `pyir asm`, not the last
                    // instruction selected).
                    var saved = _block;
                    var savedCurrent = _current;
                    _block = pred;
                    _current = phi;
                    _preserveFlags = true;
                    int insertAt = pred.Instructions.FindIndex(m => m.IsTerminator);
                    _insertAt = insertAt < 0 ? pred.Instructions.Count : insertAt;
                    regs = Regs(incoming);
                    _insertAt = -1;
                    _preserveFlags = false;
                    _block = saved;
                    _current = savedCurrent;
                }
                else regs = Regs(incoming);
                for (int k = 0; k < machine.Length; k++)
                {
                    int bits = parts[k].Class == RegClass.Gpr ? 64 : parts[k].Bits;
                    operands[k][1 + 2 * j] = Use(regs[k], bits);
                    operands[k][2 + 2 * j] = MOperand.B(pred);
                }
            }
            for (int k = 0; k < machine.Length; k++) machine[k].Operands = operands[k];
        }
    }

    /// <summary>Each block's predecessors, in block order (successors are noted as terminators are appended).</summary>
    private void ComputePredecessors()
    {
        foreach (var b in _mf.Blocks)
            foreach (var s in b.Successors)
                s.Predecessors.Add(b);
    }

    /// <summary>Ends the current machine block with a conditional branch to a trap and continues in a new block.</summary>
    private void TrapIf(Cond cond, TrapKind kind, string? detail = null)
    {
        var trap = _mf.NewBlock(_current?.Parent);
        var cont = _mf.NewBlock(_current?.Parent);
        Emit(new MInst(MOpcode.Jcc, Code.INVALID, MOperand.C(cond), MOperand.B(trap), MOperand.B(cont)));
        _trapSites.Add(new TrapSite(kind, _current?.Location, detail));
        Append(trap, new MInst(MOpcode.Trap, Code.INVALID, MOperand.I(_trapSites.Count - 1)) { Origin = _current });
        _block = cont;
    }

    private void EmitTrap(TrapKind kind, string? detail = null)
    {
        _trapSites.Add(new TrapSite(kind, _current?.Location, detail));
        Emit(new MInst(MOpcode.Trap, Code.INVALID, MOperand.I(_trapSites.Count - 1)));
    }

    // ---------------------------------------------------------------- dispatch

    private void Select(Instruction inst)
    {
        switch (inst)
        {
            case BinaryInst b: SelectBinary(b); break;
            case UnaryInst u: SelectFNeg(u); break;
            case ICmpInst ic: SelectICmpValue(ic); break;
            case FCmpInst fc: SelectFCmpValue(fc); break;
            case CastInst c: SelectCast(c); break;
            case SelectInst s: SelectSelect(s); break;
            case FreezeInst f: Bind(f, Regs(f.Operand)); break;
            case AllocaInst a: SelectAlloca(a); break;
            case LoadInst l: SelectLoad(l); break;
            case StoreInst s: SelectStore(s); break;
            case GetElementPtrInst g: SelectGep(g); break;
            case ExtractValueInst ev: SelectExtractValue(ev); break;
            case InsertValueInst iv: SelectInsertValue(iv); break;
            case ExtractElementInst ee: SelectExtractElement(ee); break;
            case InsertElementInst ie: SelectInsertElement(ie); break;
            case ShuffleVectorInst sv: SelectShuffle(sv); break;
            case CallInst call: SelectCall(call); break;
            case ReturnInst r: SelectReturn(r); break;
            case BranchInst br: SelectBranch(br); break;
            case SwitchInst sw: SelectSwitch(sw); break;
            case UnreachableInst: EmitTrap(TrapKind.Unreachable); break;
            default: throw new JitUnsupportedException($"the JIT does not support '{inst.Opcode.Name()}'");
        }
    }

    /// <summary>
    /// Marks instructions that are emitted as part of their single user: compares feeding a branch
    /// or select in the same block, address computations feeding loads and stores, loads feeding
    /// floating-point arithmetic.
    /// </summary>
    private void MarkFoldable(BasicBlock b)
    {
        for (var inst = b.First; inst is not null; inst = inst.Next)
        {
            bool fold = inst.Opcode switch
            {
                Opcode.ICmp or Opcode.FCmp => IsFoldableCompare(inst, b),
                Opcode.GetElementPtr => IsFoldableAddress((GetElementPtrInst)inst, b),
                Opcode.Load => IsFoldableLoad(inst), // Isel.LoadFolding.cs
                _ => false,
            };
            if (fold) _info[inst.Scratch].Folded = true;
        }
        MarkMaskOnlyConditions(b); // Isel.Float.cs
    }

    /// <summary>
    /// A scalar compare used only as the condition of later branches and scalar selects in the same
    /// block. Each of them sets the flags itself (a compare with several users compares again at
    /// each, which is cheaper than keeping a boolean and testing it: cmp + cmov instead of setcc,
    /// test + cmov).
    /// </summary>
    private static bool IsFoldableCompare(Instruction compare, BasicBlock b)
    {
        var users = compare.Users;
        if (users.Count == 0 || compare.Type.IsVector) return false;
        if (users.Count > 1 && compare is not ICmpInst) return false;
        foreach (var u in users)
        {
            if (u is SelectInst sel)
            {
                if (!ReferenceEquals(sel.Condition, compare) || sel.Type.IsVector ||
                    ReferenceEquals(sel.TrueValue, compare) || ReferenceEquals(sel.FalseValue, compare)) return false;
            }
            else if (u is not BranchInst) return false;
            var user = (Instruction)u;
            if (!ReferenceEquals(user.Parent, b) || user.Scratch <= compare.Scratch) return false;
        }
        return true;
    }

    /// <summary>A scalar getelementptr used only as the address of loads and stores in the same block.</summary>
    private static bool IsFoldableAddress(GetElementPtrInst gep, BasicBlock b)
    {
        if (gep.Type.IsVector) return false;
        var users = gep.Users;
        if (users.Count == 0) return false;
        bool sameBlock = true;
        for (int k = 0; k < users.Count; k++)
        {
            switch (users[k])
            {
                case LoadInst load:
                    sameBlock &= ReferenceEquals(load.Parent, b);
                    break;
                case StoreInst s when ReferenceEquals(s.Pointer, gep) && !ReferenceEquals(s.StoredValue, gep):
                    sameBlock &= ReferenceEquals(s.Parent, b);
                    break;
                default:
                    return false;
            }
        }
        return sameBlock;
    }

    /// <summary>
    /// True if <paramref name="user"/> comes after <paramref name="def"/> in the same block. Both
    /// are instructions of this function, so their numbers give their order.
    /// </summary>
    private static bool IsBetween(Instruction def, Instruction user) =>
        ReferenceEquals(def.Parent, user.Parent) && user.Scratch > def.Scratch;
}

/// <summary>Raised when a module uses something the JIT cannot compile; the engine then falls back to the interpreter.</summary>
public sealed class JitUnsupportedException(string message) : Exception(message);
