// Sequentializes a parallel copy — all destinations receive the old values of their sources at
// once — into ordinary moves. This is where SSA destruction gets the classic "swap" and "lost copy"
// problems right: a move is emitted only when no pending move still reads its destination, and a
// cycle is broken by saving one destination's old value first: in the scratch register (r11 /
// xmm15) when no pending memory-to-memory move needs it, else in a scratch stack slot.
// Locations are physical registers or stack slots; r11 / xmm15 carry memory-to-memory moves.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

/// <summary>Where a value lives after allocation: a physical register or a frame slot.</summary>
public readonly record struct Location(bool IsRegister, int Value)
{
    public static Location Register(int reg) => new(true, reg);
    public static Location Stack(int slot) => new(false, slot);
    public override string ToString() => IsRegister ? X86.Name(Value) : "slot" + Value;
}

public static class ParallelMoves
{
    /// <summary>
    /// Machine moves implementing <paramref name="moves"/> (destination, source, class, bits) in
    /// parallel. <paramref name="swapSlot"/> supplies a scratch stack slot for a class when a cycle
    /// needs one.
    /// </summary>
    public static List<MInst> Sequentialize(List<(Location Dst, Location Src, RegClass Class, int Bits)> moves, Func<RegClass, int> swapSlot)
    {
        var pending = new List<(Location Dst, Location Src, RegClass Class, int Bits)>(moves.Count);
        foreach (var m in moves)
            if (m.Dst != m.Src) pending.Add(m);
        var result = new List<MInst>();
        while (pending.Count > 0)
        {
            int ready = FirstReady(pending);
            if (ready >= 0)
            {
                var m = pending[ready];
                pending.RemoveAt(ready);
                Emit(result, m.Dst, m.Src, m.Class, m.Bits);
                continue;
            }
            // Every destination is still read by another move: a cycle. Save one destination's
            // old value and redirect its readers to the saved copy.
            var first = pending[0];
            // The class's scratch register holds the saved value unless a memory-to-memory move of
            // that class, which passes through the scratch register, is still pending.
            int scratch = first.Class == RegClass.Gpr ? X86.ScratchGpr : X86.ScratchVec;
            bool scratchFree = true;
            foreach (var m in pending)
                if (m.Class == first.Class && !m.Dst.IsRegister && !m.Src.IsRegister) scratchFree = false;
            var saved = scratchFree ? Location.Register(scratch) : Location.Stack(swapSlot(first.Class));
            // Save as many bits as its readers need (an xmm and a ymm value can share a cycle; in a
            // cycle, some move reads first's destination).
            int bits = int.MinValue;
            foreach (var m in pending)
                if (m.Src == first.Dst) bits = Math.Max(bits, m.Bits);
            if (bits == int.MinValue) throw new InvalidOperationException("parallel move cycle without a reader");
            Emit(result, saved, first.Dst, first.Class, bits);
            for (int i = 0; i < pending.Count; i++)
                if (pending[i].Src == first.Dst) pending[i] = pending[i] with { Src = saved };
        }
        return result;
    }

    /// <summary>The first pending move whose destination no pending move reads, or -1.</summary>
    private static int FirstReady(List<(Location Dst, Location Src, RegClass Class, int Bits)> pending)
    {
        for (int i = 0; i < pending.Count; i++)
        {
            var dst = pending[i].Dst;
            bool read = false;
            foreach (var o in pending)
                if (o.Src == dst) { read = true; break; }
            if (!read) return i;
        }
        return -1;
    }

    /// <summary>
    /// One move between locations (through the scratch register when both are in memory).
    /// <paramref name="reuse"/>, when given, is an instruction with two operands and no implicit
    /// registers that is not needed any more (the copy being lowered): the first move is made of
    /// it instead of a new instruction.
    /// </summary>
    public static void Emit(List<MInst> output, Location dst, Location src, RegClass cls, int bits, MInst? reuse = null)
    {
        if (dst == src) return;
        if (reuse is not null && (reuse.Operands.Length != 2 || reuse.ImplicitUses.Length != 0 || reuse.ImplicitDefs.Length != 0)) reuse = null;
        if (cls == RegClass.Gpr)
        {
            if (dst.IsRegister && src.IsRegister)
                Add(output, ref reuse, Code.Mov_r64_rm64, MOperand.Def(dst.Value, 64), MOperand.R(src.Value, 64));
            else if (dst.IsRegister)
                Add(output, ref reuse, Code.Mov_r64_rm64, MOperand.Def(dst.Value, 64), MOperand.FrameSlot(64, src.Value));
            else if (src.IsRegister)
                Add(output, ref reuse, Code.Mov_rm64_r64, MOperand.FrameSlot(64, dst.Value), MOperand.R(src.Value, 64));
            else
            {
                Add(output, ref reuse, Code.Mov_r64_rm64, MOperand.Def(X86.ScratchGpr, 64), MOperand.FrameSlot(64, src.Value));
                Add(output, ref reuse, Code.Mov_rm64_r64, MOperand.FrameSlot(64, dst.Value), MOperand.R(X86.ScratchGpr, 64));
            }
            return;
        }
        bool wide = bits == 256;
        var regMove = wide ? Code.VEX_Vmovaps_ymm_ymmm256 : Code.VEX_Vmovaps_xmm_xmmm128;
        var load = wide ? Code.VEX_Vmovups_ymm_ymmm256 : Code.VEX_Vmovups_xmm_xmmm128;
        var store = wide ? Code.VEX_Vmovups_ymmm256_ymm : Code.VEX_Vmovups_xmmm128_xmm;
        int w = wide ? 256 : 128;
        if (dst.IsRegister && src.IsRegister)
            Add(output, ref reuse, regMove, MOperand.Def(dst.Value, w), MOperand.R(src.Value, w));
        else if (dst.IsRegister)
            Add(output, ref reuse, load, MOperand.Def(dst.Value, w), MOperand.FrameSlot(w, src.Value));
        else if (src.IsRegister)
            Add(output, ref reuse, store, MOperand.FrameSlot(w, dst.Value), MOperand.R(src.Value, w));
        else
        {
            Add(output, ref reuse, load, MOperand.Def(X86.ScratchVec, w), MOperand.FrameSlot(w, src.Value));
            Add(output, ref reuse, store, MOperand.FrameSlot(w, dst.Value), MOperand.R(X86.ScratchVec, w));
        }
    }

    /// <summary>Appends a two-operand native instruction, made of <paramref name="reuse"/> (then cleared) if there is one.</summary>
    private static void Add(List<MInst> output, ref MInst? reuse, Code code, MOperand op0, MOperand op1)
    {
        if (reuse is null)
        {
            output.Add(MInst.Native(code, op0, op1));
            return;
        }
        var m = reuse;
        reuse = null;
        m.Op = MOpcode.Native;
        m.Code = code;
        m.Operands[0] = op0;
        m.Operands[1] = op1;
        m.Position = 0;
        output.Add(m);
    }
}
