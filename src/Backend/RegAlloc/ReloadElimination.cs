// Removes reloads of spilled values whose register copy is still intact. Spill code gives every
// instruction that touches a spilled value its own temporary, so a value defined and stored by one
// instruction is often loaded right back by the next (`mov [slot], r12; mov r12, [slot]`).
// Walking each block forward as the allocator's final rewrite hands it over (physical registers
// only by then), this remembers which register last stored or
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

public sealed class ReloadElimination
{
    private readonly bool[] _isAllocatorSlot;
    private readonly HeldSlots _held;
    // slot -> index in the result of a store not read since (valid when stamped with the block)
    private readonly int[] _unreadStore;
    private readonly int[] _unreadStamp;
    private int _block;
    private readonly List<MInst?> _result = [];

    /// <param name="slotCount">The frame slots of the function.</param>
    /// <param name="allocatorSlots">The allocator's own slots (spill and swap slots).</param>
    public ReloadElimination(int slotCount, IEnumerable<int> allocatorSlots)
    {
        _isAllocatorSlot = new bool[slotCount];
        foreach (int slot in allocatorSlots) _isAllocatorSlot[slot] = true;
        _held = new HeldSlots(slotCount);
        _unreadStore = new int[slotCount];
        _unreadStamp = new int[slotCount];
    }

    /// <summary>Appends a block's final instructions (<paramref name="block"/>) to <paramref name="output"/>, without the redundant reloads and stores.</summary>
    public void Run(List<MInst> block, List<MInst> output)
    {
        var isAllocatorSlot = _isAllocatorSlot;
        var held = _held;
        var unreadStore = _unreadStore;
        var unreadStamp = _unreadStamp;
        var result = _result;
        held.Clear();
        int blockStamp = ++_block;
        result.Clear();
        result.EnsureCapacity(block.Count);
        foreach (var inst in block)
        {
            if (IsSlotMove(inst, isAllocatorSlot, out bool load, out int slot, out int reg, out int bits))
            {
                if (load)
                {
                    if (held.TryGet(slot, out int hReg, out int hBits) && hBits == bits)
                    {
                        if (hReg == reg) continue; // the register already holds the slot's value
                        result.Add(IntoRegisterMove(inst, reg, hReg, bits));
                        held.Forget(reg);
                        held.Set(slot, reg, bits);
                        continue;
                    }
                    result.Add(inst);
                    unreadStamp[slot] = 0;
                    held.Forget(reg);
                    held.Set(slot, reg, bits);
                }
                else
                {
                    if (unreadStamp[slot] == blockStamp) result[unreadStore[slot]] = null;
                    unreadStamp[slot] = blockStamp;
                    unreadStore[slot] = result.Count;
                    result.Add(inst);
                    held.Set(slot, reg, bits);
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
            foreach (ref var op in inst.Operands.AsSpan())
            {
                if (op.Kind == MOperandKind.Reg && op.Access != Access.Use) held.Forget(op.Reg);
                else if (op.Kind == MOperandKind.Mem && op.AddrBase == AddrBase.Frame && isAllocatorSlot[op.Slot])
                {
                    held.Remove(op.Slot);
                    unreadStamp[op.Slot] = 0;
                }
            }
            foreach (int r in inst.ImplicitDefs) held.Forget(r);
        }
        foreach (var i in result)
            if (i is not null) output.Add(i);
    }

    /// <summary>
    /// Which register holds each slot's value (and the width of the access that put it there), with
    /// the slots each register holds, so that forgetting a register does not look at every slot.
    /// </summary>
    private sealed class HeldSlots(int slotCount)
    {
        private readonly int[] _reg = new int[slotCount];
        private readonly int[] _bits = new int[slotCount];
        // An entry is valid while its stamp is the current one; Clear starts a new stamp.
        private readonly int[] _stamp = new int[slotCount];
        private int _current = 1;
        // Slots each physical register was last recorded for (entries may be stale; checked on use).
        private readonly List<int>[] _slotsOf = new List<int>[X86.PhysicalCount];

        public void Clear() => _current++;

        public bool TryGet(int slot, out int reg, out int bits)
        {
            reg = _reg[slot];
            bits = _bits[slot];
            return _stamp[slot] == _current;
        }

        public void Set(int slot, int reg, int bits)
        {
            _reg[slot] = reg;
            _bits[slot] = bits;
            _stamp[slot] = _current;
            (_slotsOf[reg] ??= []).Add(slot);
        }

        public void Remove(int slot) => _stamp[slot] = 0;

        /// <summary>Forgets every slot <paramref name="reg"/> holds.</summary>
        public void Forget(int reg)
        {
            if (reg < 0 || reg >= _slotsOf.Length || _slotsOf[reg] is not { } slots) return;
            foreach (int slot in slots)
                if (_stamp[slot] == _current && _reg[slot] == reg) _stamp[slot] = 0;
            slots.Clear();
        }
    }

    /// <summary>Whether the instruction is a whole-register load from or store to an allocator slot (as SpillCode and ParallelMoves emit them).</summary>
    private static bool IsSlotMove(MInst inst, bool[] isAllocatorSlot, out bool load, out int slot, out int reg, out int bits)
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
        if (m.AddrBase != AddrBase.Frame || m.Index >= 0 || m.Reg >= 0 || m.Imm != 0 || !isAllocatorSlot[m.Slot]) return false;
        slot = m.Slot;
        reg = r.Reg;
        return true;
    }

    /// <summary>Turns the reload <paramref name="load"/> (not needed any more) into a move from register <paramref name="src"/>.</summary>
    private static MInst IntoRegisterMove(MInst load, int dst, int src, int bits)
    {
        load.Code = bits switch
        {
            64 => Code.Mov_r64_rm64,
            128 => Code.VEX_Vmovaps_xmm_xmmm128,
            _ => Code.VEX_Vmovaps_ymm_ymmm256,
        };
        load.Operands[0] = MOperand.Def(dst, bits);
        load.Operands[1] = MOperand.R(src, bits);
        load.Position = 0;
        return load;
    }
}
