// Spill code: a spilled virtual register lives in a stack slot of its own. Copies and phis can move
// it to and from memory directly (they become loads, stores or memory-to-memory moves later), so
// they are left alone; every other instruction that reads it gets a fresh temporary loaded right
// before it, and every instruction that writes it gets a temporary stored right after it. The
// temporaries live for one instruction, so the next allocation round always finds them a register.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public static class SpillCode
{
    /// <summary>The stack slot of each spilled virtual register (created on first spill).</summary>
    public static int SlotOf(MFunction f, Dictionary<int, int> slots, int vreg)
    {
        if (slots.TryGetValue(vreg, out int slot)) return slot;
        var (cls, bits) = f.VRegs[vreg - X86.FirstVirtual];
        int size = cls == RegClass.Gpr ? 8 : bits / 8;
        slot = f.NewSlot(size, Math.Min(size, 16));
        slots[vreg] = slot;
        return slot;
    }

    /// <summary>Rewrites the uses and definitions of <paramref name="spilled"/> registers through temporaries.</summary>
    public static void Insert(MFunction f, IReadOnlyCollection<int> spilled, Dictionary<int, int> slots, HashSet<int> temporaries)
    {
        // Spilled registers as flags (temporaries made below are never among them).
        var isSpilled = new bool[f.VRegs.Count];
        foreach (int v in spilled) isSpilled[v - X86.FirstVirtual] = true;
        bool In(int reg) => reg >= X86.FirstVirtual && reg - X86.FirstVirtual < isSpilled.Length && isSpilled[reg - X86.FirstVirtual];

        var result = new List<MInst>();
        // Per instruction: the temporary of each spilled register it touches, and the registers it
        // reads and writes, in first-touch order (which fixes the numbering and the load/store order).
        var tempKeys = new List<int>();
        var tempValues = new List<int>();
        var reads = new List<int>();
        var writes = new List<int>();
        int Temp(int vreg)
        {
            int at = tempKeys.IndexOf(vreg);
            if (at >= 0) return tempValues[at];
            var (cls, bits) = f.VRegs[vreg - X86.FirstVirtual];
            int t = f.NewVReg(cls, bits);
            temporaries.Add(t);
            tempKeys.Add(vreg);
            tempValues.Add(t);
            return t;
        }
        static void AddOnce(List<int> list, int v)
        {
            if (!list.Contains(v)) list.Add(v);
        }

        foreach (var b in f.Blocks)
        {
            bool any = false;
            foreach (var inst in b.Instructions)
                if (inst.Op is not (MOpcode.Copy or MOpcode.Phi) && Touches(inst, isSpilled)) { any = true; break; }
            if (!any) continue;
            result.Clear();
            foreach (var inst in b.Instructions)
            {
                if (inst.Op is MOpcode.Copy or MOpcode.Phi || !Touches(inst, isSpilled))
                {
                    result.Add(inst);
                    continue;
                }
                tempKeys.Clear();
                tempValues.Clear();
                reads.Clear();
                writes.Clear();
                var ops = inst.Operands;
                for (int k = 0; k < ops.Length; k++)
                {
                    ref var op = ref ops[k];
                    if (op.Kind == MOperandKind.Reg && In(op.Reg))
                    {
                        int v = op.Reg;
                        if (op.Access != Access.Def && !Liveness.DefinesFresh(inst, v)) AddOnce(reads, v);
                        if (op.Access != Access.Use) AddOnce(writes, v);
                        op.Reg = Temp(v);
                    }
                    else if (op.Kind == MOperandKind.Mem)
                    {
                        if (op.Reg >= 0 && In(op.Reg)) { AddOnce(reads, op.Reg); op.Reg = Temp(op.Reg); }
                        if (op.Index >= 0 && In(op.Index)) { AddOnce(reads, op.Index); op.Index = Temp(op.Index); }
                    }
                }
                foreach (int v in reads) result.Add(Move(f, tempValues[tempKeys.IndexOf(v)], MOperand.FrameSlot(0, SlotOf(f, slots, v)), load: true, inst));
                result.Add(inst);
                foreach (int v in writes) result.Add(Move(f, tempValues[tempKeys.IndexOf(v)], MOperand.FrameSlot(0, SlotOf(f, slots, v)), load: false, inst));
            }
            b.Instructions.Clear();
            b.Instructions.AddRange(result);
        }
    }

    private static bool Touches(MInst inst, bool[] isSpilled)
    {
        bool In(int reg) => reg >= X86.FirstVirtual && reg - X86.FirstVirtual < isSpilled.Length && isSpilled[reg - X86.FirstVirtual];
        foreach (ref var op in inst.Operands.AsSpan())
        {
            if (op.Kind == MOperandKind.Reg && In(op.Reg)) return true;
            if (op.Kind == MOperandKind.Mem && (In(op.Reg) || In(op.Index))) return true;
        }
        return false;
    }

    /// <summary>A whole-register load from or store to a stack slot.</summary>
    public static MInst Move(MFunction f, int reg, MOperand slot, bool load, MInst? origin)
    {
        var cls = f.ClassOf(reg);
        int bits = cls == RegClass.Gpr ? 64 : X86.IsPhysical(reg) ? 256 : f.VRegs[reg - X86.FirstVirtual].Bits;
        MInst m;
        if (cls == RegClass.Gpr)
            m = load ? MInst.Native(Code.Mov_r64_rm64, MOperand.Def(reg, 64), slot.WithBits(64))
                     : MInst.Native(Code.Mov_rm64_r64, slot.WithBits(64), MOperand.R(reg, 64));
        else if (bits == 256)
            m = load ? MInst.Native(Code.VEX_Vmovups_ymm_ymmm256, MOperand.Def(reg, 256), slot.WithBits(256))
                     : MInst.Native(Code.VEX_Vmovups_ymmm256_ymm, slot.WithBits(256), MOperand.R(reg, 256));
        else
            m = load ? MInst.Native(Code.VEX_Vmovups_xmm_xmmm128, MOperand.Def(reg, 128), slot.WithBits(128))
                     : MInst.Native(Code.VEX_Vmovups_xmmm128_xmm, slot.WithBits(128), MOperand.R(reg, 128));
        m.Origin = origin?.Origin;
        return m;
    }
}
