// Spill code. A virtual register that linear scan did not keep in a register lives in a stack slot
// of its own. Copies and phis move it to and from memory directly (they become loads, stores or
// memory-to-memory moves later), so they are left alone; every other instruction that touches it
// gets a temporary physical register for that one instruction, loaded from the slot right before
// the instruction when the instruction reads it and stored right after when it writes it.
//
// The temporaries get their registers in one forward sweep over the code after linear scan, with
// every other assignment left as it is (allocation does not run again). A temporary that is read
// needs a register free at the instruction's use position p, one that is written a register free
// at its definition position p+1 (both, for a read-write operand); free means no fixed interval, no
// allocated interval and no other temporary of the same instruction there. The register the same
// value's previous temporary got comes first (ReloadElimination then drops the reload), then the
// allocation order. When no register is free, the allocated interval occupying one there with the
// smallest spill weight (and not touched by the instruction) is evicted: it lives in its slot from
// this instruction on, so later instructions give it temporaries too, and its touches before this
// point keep its old register as their temporary (nothing else held that register where the
// interval was live) while loading and storing like any temporary, so its slot is current wherever
// a copy, a phi or a later instruction reads it. The final rewrite (RegisterAllocator) adds the
// loads and stores around those earlier touches.
using System.Runtime.CompilerServices;
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public sealed class SpillCode
{
    /// <summary>A spilled register an instruction touches, and the temporary standing for it there.</summary>
    public struct Touch
    {
        public int VReg;
        public bool Reads;
        public bool Writes;
        public int Temporary;
    }

    private readonly MFunction _f;
    private readonly Liveness _live;
    private readonly int[] _slots;
    // Per physical register: the intervals assigned to it, by start; how many have been reached;
    // those reached and not yet ended (usually one; several when lifetime holes interleave).
    private readonly List<LiveInterval>[] _byRegister = new List<LiveInterval>[X86.PhysicalCount];
    private readonly int[] _reached = new int[X86.PhysicalCount];
    private readonly List<LiveInterval>[] _inflight = new List<LiveInterval>[X86.PhysicalCount];
    // Per physical register, the last answer of Occupant and the position up to which it holds
    // (exclusive); likewise for the fixed interval (covering or not, as a bit).
    private readonly LiveInterval?[] _holder = new LiveInterval?[X86.PhysicalCount];
    private readonly int[] _holderUntil = new int[X86.PhysicalCount];
    private uint _fixedCovers;
    private readonly int[] _fixedUntil = new int[X86.PhysicalCount];
    // Scratch for AssignTemporaries: the allocated interval holding each register at an
    // instruction's use / definition position.
    private readonly LiveInterval?[] _atUse = new LiveInterval?[X86.PhysicalCount];
    private readonly LiveInterval?[] _atDef = new LiveInterval?[X86.PhysicalCount];
    // Per virtual register: whether it is spilled (so far: spill code evicts some more).
    private readonly bool[] _isSpilled;
    // The register of each spilled value's last temporary (the preferred one for its next), or -1.
    private readonly int[] _lastTemporary;

    private SpillCode(MFunction f, Liveness live)
    {
        _f = f;
        _live = live;
        _slots = new int[f.VRegs.Count];
        Array.Fill(_slots, -1);
        _lastTemporary = new int[f.VRegs.Count];
        Array.Fill(_lastTemporary, -1);
        _isSpilled = new bool[f.VRegs.Count];
    }

    /// <summary>Per virtual register (from <see cref="X86.FirstVirtual"/>): whether it lives in its stack slot.</summary>
    public bool[] IsSpilled => _isSpilled;

    /// <summary>
    /// Gives the temporaries of spilled registers their registers (evicting allocated intervals
    /// where none is free) and rewrites the instructions touching registers spilled at that point,
    /// with loads and stores around them. <paramref name="byStart"/> are the intervals as linear
    /// scan visited them. Returns the spill code for the final rewrite.
    /// </summary>
    public static SpillCode Insert(MFunction f, Liveness live, LiveInterval[] byStart)
    {
        var code = new SpillCode(f, live);
        bool anySpilled = false;
        for (int r = 0; r < X86.PhysicalCount; r++) code._live.Fixed[r].ResetCursor();
        // Each register's list is made at its final size (counted first) rather than grown.
        Span<int> assignedCount = stackalloc int[X86.PhysicalCount];
        foreach (var iv in byStart)
        {
            if (iv.Spilled)
            {
                anySpilled = true;
                code._isSpilled[iv.Reg - X86.FirstVirtual] = true;
                continue;
            }
            iv.ResetCursor();
            assignedCount[iv.Assigned]++;
        }
        if (!anySpilled) return code;
        foreach (var iv in byStart)
        {
            if (iv.Spilled) continue;
            (code._byRegister[iv.Assigned] ??= new List<LiveInterval>(assignedCount[iv.Assigned])).Add(iv);
        }
        code.Sweep();
        // Every spilled register's slot exists from here on (copies and phis of one may need it).
        foreach (var iv in byStart)
            if (iv.Spilled) code.SlotOf(iv.Reg);
        return code;
    }

    /// <summary>The stack slot of a spilled virtual register (created on first use).</summary>
    public int SlotOf(int vreg)
    {
        ref int slot = ref _slots[vreg - X86.FirstVirtual];
        if (slot >= 0) return slot;
        var (cls, bits) = _f.VRegs[vreg - X86.FirstVirtual];
        int size = cls == RegClass.Gpr ? 8 : bits / 8;
        return slot = _f.NewSlot(size, Math.Min(size, 16));
    }

    /// <summary>The stack slots made for spilled registers.</summary>
    public List<int> Slots()
    {
        var slots = new List<int>();
        foreach (int slot in _slots)
            if (slot >= 0) slots.Add(slot);
        return slots;
    }

    private void Sweep()
    {
        var touches = new List<Touch>();
        // A rewritten block's new code; it then becomes the block's list, and the block's old list
        // the one for the next block rewritten (so lists grow only for a block longer than any so far).
        var result = new List<MInst>();
        foreach (var b in _live.Order)
        {
            var list = b.Instructions;
            bool rewritten = false;
            for (int i = 0; i < list.Count; i++)
            {
                var inst = list[i];
                if (inst.Op is not (MOpcode.Copy or MOpcode.Phi or MOpcode.ImplicitDef))
                {
                    CollectTouches(inst, _isSpilled, touches);
                    if (touches.Count > 0)
                    {
                        if (!rewritten)
                        {
                            rewritten = true;
                            result.Clear();
                            // Room for the loads and stores to come, roughly.
                            result.EnsureCapacity(list.Count + list.Count / 2);
                            for (int k = 0; k < i; k++) result.Add(list[k]);
                        }
                        AssignTemporaries(inst, touches);
                        EmitWithTemporaries(inst, touches, result);
                        continue;
                    }
                }
                if (rewritten) result.Add(inst);
            }
            if (!rewritten) continue;
            b.Instructions = result;
            result = list;
        }
    }

    /// <summary>
    /// The registers of <paramref name="touches"/> (spilled registers <paramref name="inst"/>
    /// touches): free ones where possible, else evicting the cheapest allocated interval.
    /// </summary>
    private void AssignTemporaries(MInst inst, List<Touch> touches)
    {
        int p = inst.Position;
        // Registers (as bits) held at p / at p+1 by fixed intervals, by allocated intervals (which
        // are in _atUse / _atDef), by temporaries of this instruction. A register's state is looked
        // up when first needed (`known`): usually the preferred register or one of the first in
        // order is free, and the others are never asked about.
        uint known = 0, fixedAtUse = 0, fixedAtDef = 0, heldAtUse = 0, heldAtDef = 0, tempAtUse = 0, tempAtDef = 0;
        var atUse = _atUse;
        var atDef = _atDef;
        for (int t = 0; t < touches.Count; t++)
        {
            var touch = touches[t];
            var cls = _f.ClassOf(touch.VReg);
            var regs = cls == RegClass.Gpr ? X86.AllocatableGpr : X86.AllocatableVec;
            bool use = touch.Reads, def = touch.Writes;
            // Registers blocked by fixed intervals or this instruction's temporaries at the positions
            // needed, and those that allocated intervals hold too (valid for the known registers).
            uint tempBlocked = (use ? tempAtUse : 0) | (def ? tempAtDef : 0);
            int chosen = -1;
            int hint = _lastTemporary[touch.VReg - X86.FirstVirtual];
            if (hint >= 0 && !Taken(hint)) chosen = hint;
            if (chosen < 0)
                foreach (int r in regs)
                    if (!Taken(r)) { chosen = r; break; }
            if (chosen < 0)
            {
                // Every register is known by now. Evict the cheapest interval (not one the
                // instruction touches) from a register that nothing else blocks at the positions needed.
                uint blocked = tempBlocked | (use ? fixedAtUse : 0) | (def ? fixedAtDef : 0);
                double best = double.PositiveInfinity;
                foreach (int r in regs)
                {
                    if ((blocked & (1u << r)) != 0) continue;
                    var a = use ? atUse[r] : null;
                    var d = def ? atDef[r] : null;
                    if (ReferenceEquals(a, d)) d = null;
                    if ((a is not null && TouchedBy(inst, a.Reg)) || (d is not null && TouchedBy(inst, d.Reg))) continue;
                    double cost = (a?.Weight ?? 0) + (d?.Weight ?? 0);
                    if (cost < best) { best = cost; chosen = r; }
                }
                if (chosen < 0)
                    throw new InvalidOperationException($"register allocation failed: no register for a spilled operand of {inst} in {_f.Name}");
                // (An evicted interval may hold the register at both positions.)
                if (use && atUse[chosen] is { } evictedAtUse) Evict(evictedAtUse, p);
                if (def && atDef[chosen] is { Spilled: false } evictedAtDef) Evict(evictedAtDef, p);
                if (atUse[chosen] is { Spilled: true }) { atUse[chosen] = null; heldAtUse &= ~(1u << chosen); }
                if (atDef[chosen] is { Spilled: true }) { atDef[chosen] = null; heldAtDef &= ~(1u << chosen); }
                _holderUntil[chosen] = 0; // Occupant looks again
            }
            if (use) tempAtUse |= 1u << chosen;
            if (def) tempAtDef |= 1u << chosen;
            touch.Temporary = chosen;
            touches[t] = touch;
            _lastTemporary[touch.VReg - X86.FirstVirtual] = chosen;
            if (X86.IsCalleeSaved(chosen)) _f.UsedCalleeSaved.Add(chosen);

            // Whether r cannot hold this temporary (looking its state up at p and p+1 first if needed).
            bool Taken(int r)
            {
                uint bit = 1u << r;
                if ((known & bit) == 0)
                {
                    known |= bit;
                    if (FixedCovers(r, p)) fixedAtUse |= bit;
                    if (FixedCovers(r, p + 1)) fixedAtDef |= bit;
                    if ((atUse[r] = Occupant(r, p)) is not null) heldAtUse |= bit;
                    if ((atDef[r] = Occupant(r, p + 1)) is not null) heldAtDef |= bit;
                }
                return ((tempBlocked | (use ? fixedAtUse | heldAtUse : 0) | (def ? fixedAtDef | heldAtDef : 0)) & bit) != 0;
            }
        }
    }

    /// <summary>Whether the fixed interval of <paramref name="reg"/> covers <paramref name="position"/> (never decreasing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool FixedCovers(int reg, int position)
    {
        if (position >= _fixedUntil[reg]) RefreshFixed(reg, position);
        return (_fixedCovers & (1u << reg)) != 0;
    }

    private void RefreshFixed(int reg, int position)
    {
        if (_live.Fixed[reg].CoversAdvancing(position, out _fixedUntil[reg])) _fixedCovers |= 1u << reg;
        else _fixedCovers &= ~(1u << reg);
    }

    private void Evict(LiveInterval iv, int position)
    {
        iv.Spilled = true;
        iv.EvictedAt = position;
        _isSpilled[iv.Reg - X86.FirstVirtual] = true;
    }

    private static bool TouchedBy(MInst inst, int vreg)
    {
        foreach (ref var op in inst.Operands.AsSpan())
            if ((op.Kind == MOperandKind.Reg || op.Kind == MOperandKind.Mem) && (op.Reg == vreg || op.Index == vreg)) return true;
        return false;
    }

    /// <summary>
    /// The allocated interval holding <paramref name="reg"/> at <paramref name="position"/>, or
    /// null. Positions asked about never decrease.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private LiveInterval? Occupant(int reg, int position) =>
        position < _holderUntil[reg] ? _holder[reg] : FindOccupant(reg, position);

    private LiveInterval? FindOccupant(int reg, int position)
    {
        var inflight = _inflight[reg] ??= [];
        // Until the next interval of the register starts, at most (intervals on one register do not overlap).
        int until = int.MaxValue;
        if (_byRegister[reg] is { } assigned)
        {
            while (_reached[reg] < assigned.Count && assigned[_reached[reg]].Start <= position)
                inflight.Add(assigned[_reached[reg]++]);
            if (_reached[reg] < assigned.Count) until = assigned[_reached[reg]].Start;
        }
        LiveInterval? found = null;
        for (int i = inflight.Count - 1; i >= 0; i--)
        {
            var iv = inflight[i];
            if (iv.Spilled || iv.End <= position) { inflight.RemoveAt(i); continue; }
            if (iv.CoversAdvancing(position, out int change)) found = iv;
            until = Math.Min(until, change);
        }
        _holder[reg] = found;
        _holderUntil[reg] = until;
        return found;
    }

    /// <summary>
    /// The spilled registers <paramref name="inst"/> touches (by <paramref name="isSpilled"/>, per
    /// virtual register), in first-touch order, with whether it reads and writes each.
    /// </summary>
    public static void CollectTouches(MInst inst, bool[] isSpilled, List<Touch> touches)
    {
        bool IsSpilled(int reg) => reg >= X86.FirstVirtual && isSpilled[reg - X86.FirstVirtual];
        touches.Clear();
        var ops = inst.Operands;
        for (int k = 0; k < ops.Length; k++)
        {
            ref var op = ref ops[k];
            if (op.Kind == MOperandKind.Reg)
            {
                if (!IsSpilled(op.Reg)) continue;
                bool reads = op.Access != Access.Def && !Liveness.DefinesFresh(inst, op.Reg);
                Add(touches, op.Reg, reads, op.Access != Access.Use);
            }
            else if (op.Kind == MOperandKind.Mem)
            {
                if (IsSpilled(op.Reg)) Add(touches, op.Reg, true, false);
                if (IsSpilled(op.Index)) Add(touches, op.Index, true, false);
            }
        }

        static void Add(List<Touch> touches, int vreg, bool reads, bool writes)
        {
            for (int i = 0; i < touches.Count; i++)
            {
                if (touches[i].VReg != vreg) continue;
                var t = touches[i];
                t.Reads |= reads;
                t.Writes |= writes;
                touches[i] = t;
                return;
            }
            touches.Add(new Touch { VReg = vreg, Reads = reads, Writes = writes, Temporary = -1 });
        }
    }

    /// <summary>
    /// Appends <paramref name="inst"/> to <paramref name="output"/> with each touched spilled
    /// register replaced by its temporary: loads from the slots before it, stores after it.
    /// </summary>
    public void EmitWithTemporaries(MInst inst, List<Touch> touches, List<MInst> output)
    {
        var ops = inst.Operands;
        for (int k = 0; k < ops.Length; k++)
        {
            ref var op = ref ops[k];
            if (op.Kind == MOperandKind.Reg) op.Reg = TemporaryOf(touches, op.Reg);
            else if (op.Kind == MOperandKind.Mem)
            {
                if (op.Reg >= 0) op.Reg = TemporaryOf(touches, op.Reg);
                if (op.Index >= 0) op.Index = TemporaryOf(touches, op.Index);
            }
        }
        foreach (var t in touches)
            if (t.Reads) output.Add(Move(t.Temporary, t.VReg, load: true, inst));
        output.Add(inst);
        foreach (var t in touches)
            if (t.Writes) output.Add(Move(t.Temporary, t.VReg, load: false, inst));

        static int TemporaryOf(List<Touch> touches, int reg)
        {
            foreach (var t in touches)
                if (t.VReg == reg) return t.Temporary;
            return reg;
        }
    }

    /// <summary>
    /// A whole-register load of <paramref name="vreg"/>'s slot into <paramref name="reg"/>, or store
    /// of it there. A rematerializable register is computed again instead of loaded (its definition
    /// still stores it, for copies and phis, which read the slot).
    /// </summary>
    private MInst Move(int reg, int vreg, bool load, MInst origin)
    {
        var (cls, bits) = _f.VRegs[vreg - X86.FirstVirtual];
        MInst m;
        if (load && _f.Rematerializable is { } remat && remat.TryGetValue(vreg, out var address))
        {
            m = MInst.Native(Code.Lea_r64_m, MOperand.Def(reg, 64), address);
            m.Origin = origin.Origin;
            return m;
        }
        var slot = MOperand.FrameSlot(0, SlotOf(vreg));
        if (cls == RegClass.Gpr)
            m = load ? MInst.Native(Code.Mov_r64_rm64, MOperand.Def(reg, 64), slot.WithBits(64))
                     : MInst.Native(Code.Mov_rm64_r64, slot.WithBits(64), MOperand.R(reg, 64));
        else if (bits == 256)
            m = load ? MInst.Native(Code.VEX_Vmovups_ymm_ymmm256, MOperand.Def(reg, 256), slot.WithBits(256))
                     : MInst.Native(Code.VEX_Vmovups_ymmm256_ymm, slot.WithBits(256), MOperand.R(reg, 256));
        else
            m = load ? MInst.Native(Code.VEX_Vmovups_xmm_xmmm128, MOperand.Def(reg, 128), slot.WithBits(128))
                     : MInst.Native(Code.VEX_Vmovups_xmmm128_xmm, slot.WithBits(128), MOperand.R(reg, 128));
        m.Origin = origin.Origin;
        return m;
    }
}
