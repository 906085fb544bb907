// Removes reloads of spilled values whose register copy is still intact. Spill code gives every
// instruction that touches a spilled value its own short temporary, so a value defined and stored
// by one instruction is often loaded right back by the next (`mov [slot], r12; mov r12, [slot]`).
// After allocation, walking each block forward, this remembers which register last stored or
// loaded each spill slot; a later whole-register load of that slot becomes nothing (same register)
// or a register move, as long as neither the register nor the slot was written in between.
// A store to a slot that is stored again later in the block, with no read of the slot in between,
// is dropped too (a two-address instruction on a spilled value stores every intermediate result).
// Only the allocator's own slots (spill and swap slots) are tracked: nothing else addresses them.
// Knowledge does not cross block boundaries (a block can be entered from several places, and a
// slot stored at the end of a block may be read in a successor).
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public static class ReloadElimination
{
    public static void Run(MFunction f, IReadOnlySet<int> allocatorSlots)
    {
        if (allocatorSlots.Count == 0) return;
        // slot -> (register holding its value, width of the access that put it there)
        var held = new Dictionary<int, (int Reg, int Bits)>();
        // slot -> index in the result of a store not read since
        var unreadStore = new Dictionary<int, int>();
        foreach (var b in f.Blocks)
        {
            held.Clear();
            unreadStore.Clear();
            var result = new List<MInst?>(b.Instructions.Count);
            foreach (var inst in b.Instructions)
            {
                if (IsSlotMove(inst, allocatorSlots, out bool load, out int slot, out int reg, out int bits))
                {
                    if (load)
                    {
                        if (held.TryGetValue(slot, out var h) && h.Bits == bits)
                        {
                            if (h.Reg == reg) continue; // the register already holds the slot's value
                            var move = RegisterMove(reg, h.Reg, bits);
                            move.Origin = inst.Origin;
                            result.Add(move);
                            Forget(held, reg);
                            held[slot] = (reg, bits);
                            continue;
                        }
                        result.Add(inst);
                        unreadStore.Remove(slot);
                        Forget(held, reg);
                        held[slot] = (reg, bits);
                    }
                    else
                    {
                        if (unreadStore.TryGetValue(slot, out int dead)) result[dead] = null;
                        unreadStore[slot] = result.Count;
                        result.Add(inst);
                        held[slot] = (reg, bits);
                    }
                    continue;
                }
                result.Add(inst);
                if (inst.Op == MOpcode.Call)
                {
                    held.Clear();
                    continue;
                }
                // Anything else: registers it writes lose what they held; slots it touches are forgotten.
                foreach (var op in inst.Operands)
                {
                    if (op.Kind == MOperandKind.Reg && op.Access != Access.Use) Forget(held, op.Reg);
                    else if (op.Kind == MOperandKind.Mem && op.AddrBase == AddrBase.Frame && allocatorSlots.Contains(op.Slot))
                    {
                        held.Remove(op.Slot);
                        unreadStore.Remove(op.Slot);
                    }
                }
                foreach (int r in inst.ImplicitDefs) Forget(held, r);
            }
            b.Instructions.Clear();
            foreach (var i in result)
                if (i is not null) b.Instructions.Add(i);
        }
    }

    /// <summary>Whether the instruction is a whole-register load from or store to an allocator slot (as SpillCode and ParallelMoves emit them).</summary>
    private static bool IsSlotMove(MInst inst, IReadOnlySet<int> slots, out bool load, out int slot, out int reg, out int bits)
    {
        load = false;
        slot = -1;
        reg = -1;
        bits = 0;
        if (inst.Op != MOpcode.Native || inst.Operands.Length != 2 || inst.ImplicitDefs.Length != 0) return false;
        (load, bits) = inst.Code switch
        {
            Code.Mov_r64_rm64 => (true, 64),
            Code.Mov_rm64_r64 => (false, 64),
            Code.VEX_Vmovups_xmm_xmmm128 => (true, 128),
            Code.VEX_Vmovups_xmmm128_xmm => (false, 128),
            Code.VEX_Vmovups_ymm_ymmm256 => (true, 256),
            Code.VEX_Vmovups_ymmm256_ymm => (false, 256),
            _ => (false, 0),
        };
        if (bits == 0) return false;
        var (r, m) = load ? (inst.Operands[0], inst.Operands[1]) : (inst.Operands[1], inst.Operands[0]);
        if (r.Kind != MOperandKind.Reg || !X86.IsPhysical(r.Reg) || m.Kind != MOperandKind.Mem) return false;
        if (m.AddrBase != AddrBase.Frame || m.Index >= 0 || m.Reg >= 0 || m.Imm != 0 || !slots.Contains(m.Slot)) return false;
        slot = m.Slot;
        reg = r.Reg;
        return true;
    }

    private static MInst RegisterMove(int dst, int src, int bits) => bits switch
    {
        64 => MInst.Native(Code.Mov_r64_rm64, MOperand.Def(dst, 64), MOperand.R(src, 64)),
        128 => MInst.Native(Code.VEX_Vmovaps_xmm_xmmm128, MOperand.Def(dst, 128), MOperand.R(src, 128)),
        _ => MInst.Native(Code.VEX_Vmovaps_ymm_ymmm256, MOperand.Def(dst, 256), MOperand.R(src, 256)),
    };

    private static void Forget(Dictionary<int, (int Reg, int Bits)> held, int reg)
    {
        List<int>? gone = null;
        foreach (var (slot, h) in held)
            if (h.Reg == reg) (gone ??= []).Add(slot);
        if (gone is not null) foreach (int s in gone) held.Remove(s);
    }
}
