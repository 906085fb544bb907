// Turns one register-allocated machine function into Iced instructions: prologue (frame pointer,
// stack-limit check, callee-saved pushes, frame), blocks in layout order with branches to the next
// block dropped, epilogues at returns, trap stubs, and each native instruction converted operand
// by operand (registers at their width, frame slots relative to rbp, constants and globals
// RIP-relative); native instructions of the common forms go to CodeBuilder as MIR operands,
// which X86Encoder turns into bytes without an Iced instruction.
using Iced.Intel;
using PyIR.Backend.Isel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.Emit;

/// <summary>Where module-level things are, as the emitter needs them.</summary>
public interface IModuleAddresses
{
    ulong ConstantAddress(int entry);
    ulong GlobalAddress(int global);
    /// <summary>The label of a defined function's entry.</summary>
    ulong FunctionLabel(int function);
    /// <summary>The label of the shared trap routine (entered with the trap site number in esi).</summary>
    ulong TrapLabel { get; }
    /// <summary>Address of the cell holding the lowest rsp allowed (checked in every prologue).</summary>
    ulong StackLimitAddress { get; }
    /// <summary>Address of the cell holding the highest rsp of the entry that set the limit (all ones: no entry).</summary>
    ulong StackTopAddress { get; }
    /// <summary>The label of the shared routine that re-checks a failed stack check against the calling thread's own entry frame.</summary>
    ulong StackRecheckLabel { get; }
    /// <summary>Address of the cell where traps record a code address (the faulting instruction, or the caller of an overflowing function).</summary>
    ulong FaultCellAddress { get; }
    /// <summary>Asks for constant-pool entry <paramref name="entry"/> to hold the addresses of these labels once the code is placed.</summary>
    void AddJumpTable(int entry, ulong[] labels);
}

public sealed class FunctionEmitter
{
    private readonly CodeBuilder _code;
    private readonly IModuleAddresses _addresses;
    private readonly MFunction _f;
    private readonly FrameLayout _frame;
    // Per block, by Id: its label, where a branch to it really goes (Final), and the blocks its
    // terminator branches to (Targets), the last two computed when first needed.
    private readonly ulong[] _labels;
    private readonly MBlock?[] _final;
    private readonly MBlock[]?[] _targets;
    // Per block, by Id: whether its code has been started (blocks before the current one in layout, and it).
    private readonly bool[] _emitted;
    /// <summary>Block numbers when the blocks' own indices are not distinct (else the index is the number).</summary>
    private readonly Dictionary<MBlock, int>? _ids;

    private FunctionEmitter(CodeBuilder code, IModuleAddresses addresses, MFunction f)
    {
        _code = code;
        _addresses = addresses;
        _f = f;
        _frame = FrameLayout.Compute(f);
        int count = f.Blocks.Count, max = -1;
        foreach (var b in f.Blocks) max = Math.Max(max, b.Index);
        bool distinct = max < 2 * count + 64 && f.Blocks.TrueForAll(b => b.Index >= 0);
        if (distinct)
        {
            var seen = new bool[max + 1];
            foreach (var b in f.Blocks)
            {
                if (seen[b.Index]) { distinct = false; break; }
                seen[b.Index] = true;
            }
        }
        if (!distinct)
        {
            _ids = new Dictionary<MBlock, int>(count);
            for (int i = 0; i < count; i++) _ids[f.Blocks[i]] = i;
            max = count - 1;
        }
        _labels = new ulong[max + 1];
        _final = new MBlock?[max + 1];
        _targets = new MBlock[]?[max + 1];
        _emitted = new bool[max + 1];
    }

    /// <summary>The block's number in the per-block arrays.</summary>
    private int Id(MBlock b) => _ids is null ? b.Index : _ids[b];

    private ulong Label(MBlock b) => _labels[Id(b)];

    /// <summary>
    /// Emits <paramref name="f"/> at <paramref name="entryLabel"/>; <paramref name="stackOverflowSite"/> is the trap site of its
    /// stack check, which <paramref name="stackCheck"/> = false leaves out (JitOptions.OmitStackChecks).
    /// </summary>
    public static void Emit(CodeBuilder code, IModuleAddresses addresses, MFunction f, ulong entryLabel, int stackOverflowSite,
        Action<int, MInst>? onInstruction = null, bool stackCheck = true)
    {
        var e = new FunctionEmitter(code, addresses, f);
        e.Run(entryLabel, stackOverflowSite, onInstruction, stackCheck);
    }

    private void Run(ulong entryLabel, int stackOverflowSite, Action<int, MInst>? onInstruction, bool stackCheck)
    {
        foreach (var b in _f.Blocks) _labels[Id(b)] = _code.NewLabel();
        _code.AlignNext(LoopAlignment);
        _code.Bind(entryLabel);
        _code.Add(Instruction.Create(Code.Push_r64, Register.RBP));
        _code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RBP, Register.RSP));
        // Stack check: the frame, and LeafReserve bytes below it, must end between the limit and
        // the top the entry set. The cells hold the values of the thread that entered the module
        // last; when they are another thread's, the check fails and the recheck routine compares
        // with this thread's own. A leaf function with a small frame (no calls, no dynamic
        // alloca) has no check: its caller's check (or the entry's budget) left room for it.
        var overflow = _code.NewLabel();
        var fits = _code.NewLabel();
        if (stackCheck && IsSmallLeaf(_f, _frame)) stackCheck = false;
        if (stackCheck)
        {
            _code.Add(Instruction.Create(Code.Lea_r64_m, Register.R11, Operands.At(Register.RSP, -(_frame.BytesBelowFramePointer + 64 + LeafReserve))));
            _code.Add(Instruction.Create(Code.Cmp_r64_rm64, Register.R11, new MemoryOperand(Register.RIP, (long)_addresses.StackLimitAddress)));
            _code.Branch(Code.Jb_rel32_64, overflow);
            _code.Add(Instruction.Create(Code.Cmp_r64_rm64, Register.R11, new MemoryOperand(Register.RIP, (long)_addresses.StackTopAddress)));
            _code.Branch(Code.Ja_rel32_64, overflow);
        }
        _code.Bind(fits);
        foreach (int r in _frame.SavedRegisters) _code.Add(Instruction.Create(Code.Push_r64, X86.IcedRegister(r, 64)));
        if (_frame.StackAdjust > 0) _code.Add(Instruction.Create(Code.Sub_rm64_imm32, Register.RSP, _frame.StackAdjust));

        var layout = Layout();
        var loopHeads = LoopHeads(layout);
        for (int bi = 0; bi < layout.Count; bi++)
        {
            var b = layout[bi];
            var next = bi + 1 < layout.Count ? layout[bi + 1] : null;
            if (loopHeads is not null && loopHeads[Id(b)]) _code.AlignNext(LoopAlignment);
            _code.Bind(Label(b));
            _emitted[Id(b)] = true;
            foreach (var inst in b.Instructions)
            {
                int before = _code.Count;
                EmitInstruction(inst, next);
                onInstruction?.Invoke(before, inst);
            }
        }

        if (!stackCheck) return;
        _code.Bind(overflow);
        _code.Branch(Code.Call_rel32_64, _addresses.StackRecheckLabel);
        _code.Branch(Code.Jae_rel32_64, fits);
        // Record the return address, so the error points at the call that overflowed.
        _code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.R11, Operands.At(Register.RBP, 8)));
        _code.Add(Instruction.Create(Code.Mov_rm64_r64, new MemoryOperand(Register.RIP, (long)_addresses.FaultCellAddress), Register.R11));
        _code.Add(Instruction.Create(Code.Mov_r32_imm32, Register.ESI, (uint)stackOverflowSite));
        _code.Branch(Code.Jmp_rel32_64, _addresses.TrapLabel);
    }

    /// <summary>
    /// Whether of two targets of a branch, neither placed next, <paramref name="a"/> is the likelier
    /// to stay in a loop than <paramref name="b"/>: deeper in loops (by liveness's approximate depth);
    /// at equal depth, a jump back (already placed) rather than forward; when both go back, the one
    /// first in reverse post-order (a loop's header comes before the blocks of its loop, which an
    /// exit path placed earlier in the layout is not).
    /// </summary>
    private bool StaysInLoop(MBlock a, MBlock b)
    {
        if (a.LoopDepth != b.LoopDepth) return a.LoopDepth > b.LoopDepth;
        bool aBack = _emitted[Id(a)], bBack = _emitted[Id(b)];
        if (aBack != bBack) return aBack;
        return aBack && a.ReversePostOrder < b.ReversePostOrder;
    }

    /// <summary>
    /// Bytes of stack below a checked frame (beyond the 64 the check always keeps) that a leaf
    /// function called from it may take without a check of its own: its return address, saved rbp,
    /// saved registers and slots.
    /// </summary>
    public const int LeafReserve = 256;

    /// <summary>Whether <paramref name="f"/> calls nothing, allocates no stack dynamically, and its whole frame fits in <see cref="LeafReserve"/>.</summary>
    private static bool IsSmallLeaf(MFunction f, FrameLayout frame) =>
        !f.HasCalls && !f.HasDynamicAlloca && frame.BytesBelowFramePointer + 16 <= LeafReserve;

    private void EmitInstruction(MInst inst, MBlock? next)
    {
        switch (inst.Op)
        {
            case MOpcode.Native:
                EmitNative(inst);
                break;
            case MOpcode.Jmp:
            {
                var target = Final(inst.Operands[0].Block!);
                if (!ReferenceEquals(target, next)) _code.Branch(Code.Jmp_rel32_64, Label(target));
                break;
            }
            case MOpcode.Jcc:
            {
                var cond = inst.Operands[0].Cond;
                var taken = Final(inst.Operands[1].Block!);
                var fall = Final(inst.Operands[2].Block!);
                if (ReferenceEquals(taken, fall))
                {
                    if (!ReferenceEquals(taken, next)) _code.Branch(Code.Jmp_rel32_64, Label(taken));
                }
                else if (ReferenceEquals(fall, next)) _code.Branch(JccCode(cond), Label(taken));
                else if (ReferenceEquals(taken, next)) _code.Branch(JccCode(cond.Negate()), Label(fall));
                else if (StaysInLoop(fall, taken))
                {
                    // The path that stays in a loop is the conditional jump, so the loop runs one
                    // jump per iteration, not two.
                    _code.Branch(JccCode(cond.Negate()), Label(fall));
                    _code.Branch(Code.Jmp_rel32_64, Label(taken));
                }
                else
                {
                    _code.Branch(JccCode(cond), Label(taken));
                    _code.Branch(Code.Jmp_rel32_64, Label(fall));
                }
                break;
            }
            case MOpcode.JmpTable:
            {
                // lea r11, [table]; jmp [r11 + index*8] (r11 is the scratch register, free here).
                int entry = (int)inst.Operands[1].Imm;
                var labels = new ulong[inst.Operands.Length - 2];
                for (int k = 0; k < labels.Length; k++) labels[k] = Label(Final(inst.Operands[2 + k].Block!));
                _addresses.AddJumpTable(entry, labels);
                _code.Add(Instruction.Create(Code.Lea_r64_m, Register.R11, new MemoryOperand(Register.RIP, (long)_addresses.ConstantAddress(entry))));
                _code.Add(Instruction.Create(Code.Jmp_rm64,
                    new MemoryOperand(Register.R11, X86.IcedRegister(inst.Operands[0].Reg, 64), 8, 0, 0)));
                break;
            }
            case MOpcode.Ret:
                EmitEpilogue();
                _code.Add(Instruction.Create(Code.Retnq));
                break;
            case MOpcode.Call:
            {
                var target = inst.Operands[0];
                if (target.Kind == MOperandKind.Symbol) _code.Branch(Code.Call_rel32_64, _addresses.FunctionLabel(target.Slot));
                else if (target.Kind == MOperandKind.Reg) _code.Add(Instruction.Create(Code.Call_rm64, X86.IcedRegister(target.Reg, 64)));
                else
                {
                    var m = MemoryFor(target, out var label);
                    AddWithMemory(Instruction.Create(Code.Call_rm64, m), target, label);
                }
                break;
            }
            case MOpcode.Trap:
                _code.Add(Instruction.Create(Code.Mov_r32_imm32, Register.ESI, (uint)inst.Operands[0].Imm));
                _code.Branch(Code.Jmp_rel32_64, _addresses.TrapLabel);
                break;
            case MOpcode.ImplicitDef:
                break;
            default:
                throw new InvalidOperationException($"unexpected {inst.Op} after register allocation");
        }
    }

    /// <summary>
    /// The order blocks are placed in: the function's order, except that blocks holding only a jump
    /// are left out (branches skip them) and a block whose only predecessor is the block just placed
    /// follows it directly when the next block in order is not a target of that predecessor anyway
    /// (so a branch falls through into it instead of jumping there). Edge blocks holding phi moves,
    /// which critical-edge splitting appends at the end, land next to their branch this way.
    /// </summary>
    private List<MBlock> Layout()
    {
        var blocks = _f.Blocks;
        // A block that ends without a terminator falls into the next one: keep the order as it is.
        foreach (var b in blocks)
            if (b.Instructions.Count == 0 || !b.Instructions[^1].IsTerminator) return blocks;
        var placed = new bool[_labels.Length];
        var layout = new List<MBlock>(blocks.Count);
        int cursor = 0;
        MBlock? NextInOrder()
        {
            while (cursor < blocks.Count && (placed[Id(blocks[cursor])] || Skipped(blocks[cursor]))) cursor++;
            return cursor < blocks.Count ? blocks[cursor] : null;
        }
        for (var b = NextInOrder(); b is not null; b = NextInOrder())
        {
            var current = b;
            while (current is not null)
            {
                placed[Id(current)] = true;
                layout.Add(current);
                var targets = Targets(current);
                var next = NextInOrder();
                MBlock? pulled = null;
                if (next is null || Array.IndexOf(targets, next) < 0)
                    foreach (var t in targets)
                        if (!placed[Id(t)] && !Skipped(t) && SinglePredecessor(t, current)) { pulled = t; break; }
                current = pulled;
            }
        }
        return layout;
    }

    /// <summary>
    /// Functions and loop heads start at a multiple of this many bytes (nops pad the way in, run
    /// once per entry): where a loop's bytes fall relative to the front end's fetch and decode
    /// windows otherwise moves its speed by up to half between otherwise identical builds
    /// (docs/backend.md). LLVM aligns loops the same way on x86.
    /// </summary>
    public const int LoopAlignment = 16;

    /// <summary>By block Id: whether a block at or after it in <paramref name="layout"/> branches to it (null when none does).</summary>
    private bool[]? LoopHeads(List<MBlock> layout)
    {
        var position = new int[_labels.Length];
        Array.Fill(position, -1);
        for (int i = 0; i < layout.Count; i++) position[Id(layout[i])] = i;
        bool[]? heads = null;
        for (int i = 0; i < layout.Count; i++)
            foreach (var t in Targets(layout[i]))
                if (position[Id(t)] is int p && p >= 0 && p <= i) (heads ??= new bool[_labels.Length])[Id(t)] = true;
        return heads;
    }

    /// <summary>Whether branches skip <paramref name="b"/>: a block holding only a jump (other than the entry).</summary>
    private bool Skipped(MBlock b) => !ReferenceEquals(b, _f.Blocks[0]) && b.Instructions is [{ Op: MOpcode.Jmp }] && !ReferenceEquals(Final(b), b);

    /// <summary>The blocks a block's terminator branches to (after skipping jump-only blocks), fall-through target first.</summary>
    private MBlock[] Targets(MBlock b) => _targets[Id(b)] ??= ComputeTargets(b);

    private MBlock[] ComputeTargets(MBlock b)
    {
        if (b.Instructions.Count == 0) return [];
        var term = b.Instructions[^1];
        if (term.Op == MOpcode.Jmp) return [Final(term.Operands[0].Block!)];
        if (term.Op == MOpcode.Jcc)
        {
            var fall = Final(term.Operands[2].Block!);
            var taken = Final(term.Operands[1].Block!);
            return ReferenceEquals(fall, taken) ? [fall] : [fall, taken];
        }
        if (term.Op == MOpcode.JmpTable)
        {
            // Nothing falls through an indirect jump; the targets still count as branch sources.
            var result = new List<MBlock>(term.Operands.Length - 2);
            for (int k = 2; k < term.Operands.Length; k++)
            {
                var t = Final(term.Operands[k].Block!);
                if (!result.Contains(t)) result.Add(t);
            }
            return result.ToArray();
        }
        return [];
    }

    /// <summary>Whether every branch into <paramref name="t"/> (through jump-only blocks) comes from <paramref name="from"/>.</summary>
    private bool SinglePredecessor(MBlock t, MBlock from)
    {
        if (_branchSourceCount is null) ComputeBranchSources();
        int id = Id(t);
        return _branchSourceCount![id] == 1 && ReferenceEquals(_branchSource![id], from);
    }

    // Per block (by Id): how many blocks branch to it, and the last one found.
    private int[]? _branchSourceCount;
    private MBlock?[]? _branchSource;

    private void ComputeBranchSources()
    {
        _branchSourceCount = new int[_labels.Length];
        _branchSource = new MBlock?[_labels.Length];
        foreach (var b in _f.Blocks)
        {
            if (Skipped(b)) continue;
            foreach (var t in Targets(b))
            {
                int id = Id(t);
                _branchSourceCount[id]++;   // Targets lists each block once
                _branchSource[id] = b;
            }
        }
    }

    /// <summary>Where a branch to <paramref name="b"/> really goes: blocks holding only a jump are skipped.</summary>
    private MBlock Final(MBlock b)
    {
        int id = Id(b);
        return _final[id] ??= ComputeFinal(b);
    }

    private MBlock ComputeFinal(MBlock b)
    {
        // A chain of jump-only blocks ends within as many steps as there are blocks unless it
        // loops; only then is the set of blocks seen needed (to stop where the loop closes).
        var start = b;
        for (int steps = 0; steps <= _f.Blocks.Count; steps++)
        {
            if (b.Instructions is not [{ Op: MOpcode.Jmp } jmp]) return b;
            b = jmp.Operands[0].Block!;
        }
        b = start;
        var seen = new HashSet<MBlock>();
        while (b.Instructions is [{ Op: MOpcode.Jmp } jmp] && seen.Add(b)) b = jmp.Operands[0].Block!;
        return b;
    }

    private void EmitEpilogue()
    {
        int saved = _frame.SavedRegisters.Length;
        if (saved > 0)
        {
            _code.Add(Instruction.Create(Code.Lea_r64_m, Register.RSP, Operands.At(Register.RBP, -saved * 8)));
            for (int i = saved - 1; i >= 0; i--) _code.Add(Instruction.Create(Code.Pop_r64, X86.IcedRegister(_frame.SavedRegisters[i], 64)));
            _code.Add(Instruction.Create(Code.Pop_r64, Register.RBP));
        }
        else _code.Add(Instruction.Create(Code.Leaveq));
    }

    private static Code JccCode(Cond c) => c switch
    {
        Cond.O => Code.Jo_rel32_64, Cond.NO => Code.Jno_rel32_64, Cond.B => Code.Jb_rel32_64, Cond.AE => Code.Jae_rel32_64,
        Cond.E => Code.Je_rel32_64, Cond.NE => Code.Jne_rel32_64, Cond.BE => Code.Jbe_rel32_64, Cond.A => Code.Ja_rel32_64,
        Cond.S => Code.Js_rel32_64, Cond.NS => Code.Jns_rel32_64, Cond.P => Code.Jp_rel32_64, Cond.NP => Code.Jnp_rel32_64,
        Cond.L => Code.Jl_rel32_64, Cond.GE => Code.Jge_rel32_64, Cond.LE => Code.Jle_rel32_64, _ => Code.Jg_rel32_64,
    };

    // ---------------------------------------------------------------- native instructions

    private void EmitNative(MInst inst)
    {
        if (inst.Operands.Length == 1 && inst.Operands[0].IsImm && inst.Code is Code.Movsb_m8_m8 or Code.Stosb_m8_AL)
        {
            _code.Add(inst.Code == Code.Movsb_m8_m8
                ? Instruction.CreateMovsb(64, Register.None, RepPrefixKind.Repe)
                : Instruction.CreateStosb(64, RepPrefixKind.Repe));
            return;
        }
        var ops = inst.Operands;
        if (ops.Length > 0 && ops[^1].IsImm && ShortImmediateForms.TryGetValue(inst.Code, out var shortForm))
        {
            // An immediate from -128 to 127 takes the sign-extended imm8 form: 3 bytes shorter.
            var (code8, bits) = shortForm;
            long value = bits switch { 16 => (short)ops[^1].Imm, 32 => (int)ops[^1].Imm, _ => ops[^1].Imm };
            if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
            {
                inst.Code = code8;
                ops[^1].Imm = value;
            }
        }
        // A 64-bit (or whole-ymm) move of a register onto itself does nothing: the allocator gave
        // both sides one register. (A 32-bit one zero-extends and an xmm one clears the upper
        // half, so those stay.)
        if (inst.Code is Code.Mov_r64_rm64 or Code.VEX_Vmovaps_ymm_ymmm256 or Code.VEX_Vmovups_ymm_ymmm256 && ops.Length == 2 &&
            ops[0].IsReg && ops[1].IsReg && ops[0].Reg == ops[1].Reg && ops[0].Bits == ops[1].Bits)
            return;
        int memIndex = -1;
        for (int k = 0; k < ops.Length; k++)
            if (ops[k].IsMem) { memIndex = k; break; }
        MemoryOperand m = default;
        ulong? label = null;
        if (memIndex >= 0)
        {
            m = MemoryFor(ops[memIndex], out label);
            if (label is not null && ops[memIndex].Imm != 0) throw new InvalidOperationException("function address with an offset");
        }
        // Common forms go straight to bytes (X86Encoder), without an Iced instruction (unless the
        // builder keeps them); only shapes Create handles, so that both ways take the same instructions.
        if (ops.Length <= 3 || (ops.Length == 4 && memIndex is < 0 or >= 2))
        {
            long immediate = ops.Length > 0 && ops[^1].IsImm ? ImmediateAsCreated(inst.Code, ops) : 0;
            if (_code.TryAddNative(inst.Code, ops, m, immediate, label))
            {
                if (_code.KeepsIcedInstructions) _code.RecordLast(Create(inst.Code, ops, m));
                return;
            }
        }
        if (memIndex < 0)
        {
            _code.Add(Create(inst.Code, ops, default));
            return;
        }
        AddWithMemory(Create(inst.Code, ops, m), ops[memIndex], label);
    }

    /// <summary>
    /// The integer instructions with an immediate of 16 or 32 bits that have a form with a
    /// sign-extended 8-bit one (add, or, adc, sbb, and, sub, xor, cmp, imul): that form, and the
    /// operation's width.
    /// </summary>
    private static readonly Dictionary<Code, (Code Short, int Bits)> ShortImmediateForms = CreateShortImmediateForms();

    private static Dictionary<Code, (Code, int)> CreateShortImmediateForms()
    {
        var forms = new Dictionary<Code, (Code, int)>();
        foreach (var op in new[] { "Add", "Or", "Adc", "Sbb", "And", "Sub", "Xor", "Cmp" })
            foreach (int bits in new[] { 16, 32, 64 })
                Add($"{op}_rm{bits}_imm{Math.Min(bits, 32)}", $"{op}_rm{bits}_imm8", bits);
        foreach (int bits in new[] { 16, 32, 64 })
            Add($"Imul_r{bits}_rm{bits}_imm{Math.Min(bits, 32)}", $"Imul_r{bits}_rm{bits}_imm8", bits);
        return forms;

        void Add(string wide, string narrow, int bits) =>
            forms.Add(Enum.Parse<Code>(wide), (Enum.Parse<Code>(narrow), bits));
    }

    /// <summary>The value <see cref="Create"/> passes to Iced for an instruction's last operand, an immediate.</summary>
    private static long ImmediateAsCreated(Code code, MOperand[] ops)
    {
        long imm = ops[^1].Imm;
        if (ops.Length == 2 && ops[0].IsReg) return imm;                    // CreateRegImm: the value itself, in one overload or another
        if (ops.Length == 2 && ops[0].IsMem) return imm is >= int.MinValue and <= int.MaxValue ? imm : (uint)imm;
        return (int)imm;
    }

    /// <summary>
    /// Builds the Iced memory operand for <paramref name="mem"/> (first loading a global's address into
    /// r11 when it needs an index register); <paramref name="functionLabel"/> is set when it points at a
    /// function's code, which is only known after encoding.
    /// </summary>
    private MemoryOperand MemoryFor(in MOperand mem, out ulong? functionLabel)
    {
        functionLabel = null;
        MemoryOperand m;
        switch (mem.AddrBase)
        {
            case AddrBase.Regs:
            {
                long disp = mem.Imm;
                if (mem.Slot == InstructionSelector.OutgoingAreaMarker) disp += _frame.OutgoingBytes;
                m = Memory(mem.Reg >= 0 ? X86.IcedRegister(mem.Reg, 64) : Register.None, mem.Index, mem.Scale, disp);
                break;
            }
            case AddrBase.Frame:
                m = Memory(Register.RBP, mem.Index, mem.Scale, _f.Slots[mem.Slot].Offset + mem.Imm);
                break;
            case AddrBase.Constant:
                m = new MemoryOperand(Register.RIP, (long)_addresses.ConstantAddress(mem.Slot) + mem.Imm);
                break;
            case AddrBase.Global:
            {
                ulong address = _addresses.GlobalAddress(mem.Slot);
                if (mem.Index >= 0)
                {
                    _code.Add(Instruction.Create(Code.Lea_r64_m, Register.R11, new MemoryOperand(Register.RIP, (long)address)));
                    m = Memory(Register.R11, mem.Index, mem.Scale, mem.Imm);
                }
                else m = new MemoryOperand(Register.RIP, (long)(address + (ulong)mem.Imm));
                break;
            }
            case AddrBase.Function:
                functionLabel = _addresses.FunctionLabel(mem.Slot);
                m = new MemoryOperand(Register.RIP, (long)functionLabel.Value);
                break;
            default:
                throw new InvalidOperationException($"memory operand {mem}");
        }
        return m;
    }

    /// <summary>Adds an instruction whose memory operand came from <see cref="MemoryFor"/>.</summary>
    private void AddWithMemory(in Instruction instr, in MOperand mem, ulong? functionLabel)
    {
        if (functionLabel is { } label)
        {
            if (mem.Imm != 0)
                throw new InvalidOperationException("function address with an offset");
            _code.AddLabelReference(instr, label);
        }
        else _code.Add(instr);
    }

    private static MemoryOperand Memory(Register baseReg, int index, int scale, long disp)
    {
        var indexReg = index >= 0 ? X86.IcedRegister(index, 64) : Register.None;
        if (disp is < int.MinValue or > int.MaxValue) throw new InvalidOperationException($"displacement {disp} does not fit in 32 bits");
        return Operands.At(baseReg, indexReg, indexReg == Register.None ? 1 : Math.Max(1, (int)scale), disp);
    }

    private static Register Reg(in MOperand op) => X86.IcedRegister(op.Reg, op.Bits);

    /// <summary>
    /// The operand kinds of an instruction as a number, one base-4 digit per operand (first operand
    /// lowest): 1 register, 2 memory, 3 immediate.
    /// </summary>
    private static int Shape(MOperand[] ops, Code code)
    {
        int shape = 0;
        for (int k = ops.Length - 1; k >= 0; k--)
            shape = shape * 4 + ops[k].Kind switch
            {
                MOperandKind.Reg => 1, MOperandKind.Mem => 2, MOperandKind.Imm => 3,
                _ => throw new InvalidOperationException($"operand {ops[k]} in native {code}"),
            };
        return shape;
    }

    // Shapes written out: R, M, I for one operand; RM = register then memory, and so on.
    private const int R = 1, M = 2, I = 3;
    private const int RR = R + 4 * R, RM = R + 4 * M, MR = M + 4 * R, RI = R + 4 * I, MI = M + 4 * I;
    private const int RRR = RR + 16 * R, RRM = RR + 16 * M, RMR = RM + 16 * R, MRR = MR + 16 * R, RRI = RR + 16 * I, RMI = RM + 16 * I, MRI = MR + 16 * I;
    private const int RRRR = RRR + 64 * R, RRMR = RRM + 64 * R, RRRI = RRR + 64 * I, RRMI = RRM + 64 * I, RRRM = RRR + 64 * M;

    /// <summary>Calls the Instruction.Create overload matching the operand kinds.</summary>
    private static Instruction Create(Code code, MOperand[] ops, in MemoryOperand mem)
    {
        if (ops.Length > 8) throw new InvalidOperationException($"{ops.Length} operands in native {code}");
        switch (Shape(ops, code))
        {
            case 0: return Instruction.Create(code);
            case R: return Instruction.Create(code, Reg(ops[0]));
            case M: return Instruction.Create(code, mem);
            case I: return Instruction.Create(code, (int)ops[0].Imm);
            case RR: return Instruction.Create(code, Reg(ops[0]), Reg(ops[1]));
            case RM: return Instruction.Create(code, Reg(ops[0]), mem);
            case MR: return Instruction.Create(code, mem, Reg(ops[1]));
            case RI: return CreateRegImm(code, Reg(ops[0]), ops[1].Imm);
            case MI: return ops[1].Imm is >= int.MinValue and <= int.MaxValue
                ? Instruction.Create(code, mem, (int)ops[1].Imm) : Instruction.Create(code, mem, (uint)ops[1].Imm);
            case RRR: return Instruction.Create(code, Reg(ops[0]), Reg(ops[1]), Reg(ops[2]));
            case RRM: return Instruction.Create(code, Reg(ops[0]), Reg(ops[1]), mem);
            case RMR: return Instruction.Create(code, Reg(ops[0]), mem, Reg(ops[2]));
            case MRR: return Instruction.Create(code, mem, Reg(ops[1]), Reg(ops[2]));
            case RRI: return Instruction.Create(code, Reg(ops[0]), Reg(ops[1]), (int)ops[2].Imm);
            case RMI: return Instruction.Create(code, Reg(ops[0]), mem, (int)ops[2].Imm);
            case MRI: return Instruction.Create(code, mem, Reg(ops[1]), (int)ops[2].Imm);
            case RRRR: return Instruction.Create(code, Reg(ops[0]), Reg(ops[1]), Reg(ops[2]), Reg(ops[3]));
            case RRMR: return Instruction.Create(code, Reg(ops[0]), Reg(ops[1]), mem, Reg(ops[3]));
            case RRRI: return Instruction.Create(code, Reg(ops[0]), Reg(ops[1]), Reg(ops[2]), (int)ops[3].Imm);
            case RRMI: return Instruction.Create(code, Reg(ops[0]), Reg(ops[1]), mem, (int)ops[3].Imm);
            case RRRM: return Instruction.Create(code, Reg(ops[0]), Reg(ops[1]), Reg(ops[2]), mem);
            default:
                var shape = string.Concat(ops.Select(o => o.Kind switch { MOperandKind.Reg => 'r', MOperandKind.Mem => 'm', _ => 'i' }));
                throw new InvalidOperationException($"no encoding shape '{shape}' for {code}");
        }
    }

    private static Instruction CreateRegImm(Code code, Register reg, long imm)
    {
        if (code is Code.Mov_r64_imm64) return Instruction.Create(code, reg, imm);
        if (imm is >= int.MinValue and <= int.MaxValue) return Instruction.Create(code, reg, (int)imm);
        if (imm is >= 0 and <= uint.MaxValue) return Instruction.Create(code, reg, (uint)imm);
        return Instruction.Create(code, reg, imm);
    }
}
