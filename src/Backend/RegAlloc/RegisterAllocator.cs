// The register allocation driver: liveness, one linear scan, spill code (temporaries for the
// instructions touching spilled values, given registers in one sweep without allocating again);
// then SSA destruction (phis become parallel moves on their incoming edges), copies become moves
// (or vanish when both sides got one register), every virtual register in the code is replaced by
// its physical register (with loads and stores around the touches of an interval that spill code
// evicted, before the eviction point), and in each block so rewritten, reloads of spilled values
// still intact in a register are dropped (ReloadElimination); last, the moves of a loop's back
// edge go before its conditional branch where the other path allows (BackEdgeMoves).
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public static class RegisterAllocator
{
    public static void Run(MFunction f)
    {
        f.UsedCalleeSaved.Clear();
        var live = Liveness.Analyze(f);
        var byStart = LinearScan.Allocate(live);
        var spills = SpillCode.Insert(f, live, byStart);
        // The register of each virtual register, -1 for spilled ones. Callee-saved registers
        // written: those of allocated intervals (evicted ones included, for their touches before
        // the eviction) and of temporaries (added by spill code).
        var registerOf = new int[f.VRegs.Count];
        for (int x = 0; x < registerOf.Length; x++)
        {
            var iv = live.Intervals[x];
            if (iv is null || iv.IsEmpty)
                // Never live (a dead definition without an interval): any register of its class will do.
                registerOf[x] = f.VRegs[x].Class == RegClass.Gpr ? X86.ScratchGpr : X86.ScratchVec;
            else
            {
                registerOf[x] = iv.Spilled ? -1 : iv.Assigned;
                if (iv.Assigned >= 0 && X86.IsCalleeSaved(iv.Assigned)) f.UsedCalleeSaved.Add(iv.Assigned);
            }
        }

        Location LocationOf(int reg)
        {
            if (X86.IsPhysical(reg)) return Location.Register(reg);
            int r = registerOf[reg - X86.FirstVirtual];
            return r >= 0 ? Location.Register(r) : Location.Stack(spills.SlotOf(reg));
        }

        int gprSwap = -1, vecSwap = -1;
        int SwapSlot(RegClass c) => c == RegClass.Gpr
            ? (gprSwap >= 0 ? gprSwap : gprSwap = f.NewSlot(8, 8))
            : (vecSwap >= 0 ? vecSwap : vecSwap = f.NewSlot(32, 16));

        ResolvePhis(f, LocationOf, SwapSlot);

        // Reload elimination takes each block as rewritten (all slots exist by now).
        var allocatorSlots = spills.Slots();
        if (gprSwap >= 0) allocatorSlots.Add(gprSwap);
        if (vecSwap >= 0) allocatorSlots.Add(vecSwap);
        var reloads = allocatorSlots.Count > 0 ? new ReloadElimination(f.Slots.Count, allocatorSlots) : null;

        var touches = new List<SpillCode.Touch>();
        // A block's code as rewritten, and (with reload elimination) as it comes out of that; the
        // list holding the final code is swapped with the block's, whose old list is reused for the
        // next block (so lists grow only for a block longer than any so far).
        var result = new List<MInst>();
        var final = reloads is null ? null : new List<MInst>();
        foreach (var b in f.Blocks)
        {
            result.Clear();
            result.EnsureCapacity(b.Instructions.Count + b.Instructions.Count / 4);
            foreach (var inst in b.Instructions)
            {
                switch (inst.Op)
                {
                    case MOpcode.ImplicitDef:
                        continue;
                    case MOpcode.Copy:
                    {
                        var d = inst.Operands[0];
                        var s = inst.Operands[1];
                        var cls = f.ClassOf(d.Reg);
                        int bits = cls == RegClass.Gpr ? 64 : Math.Max(Math.Max((int)d.Bits, s.Bits), 128);
                        int first = result.Count;
                        ParallelMoves.Emit(result, LocationOf(d.Reg), LocationOf(s.Reg), cls, bits, reuse: inst);
                        for (int m = first; m < result.Count; m++) result[m].Origin = inst.Origin;
                        continue;
                    }
                }
                // Virtual registers with a register of their own become that register.
                var ops = inst.Operands;
                bool spilledLeft = false;
                for (int k = 0; k < ops.Length; k++)
                {
                    ref var op = ref ops[k];
                    if (op.Kind == MOperandKind.Reg) op.Reg = Rewrite(op.Reg);
                    else if (op.Kind == MOperandKind.Mem)
                    {
                        op.Reg = Rewrite(op.Reg);
                        op.Index = Rewrite(op.Index);
                    }
                }
                if (!spilledLeft)
                {
                    result.Add(inst);
                    continue;
                }
                // Spilled registers still in the code: intervals that spill code evicted, touched
                // before the eviction; their temporary there is their old register.
                SpillCode.CollectTouches(inst, spills.IsSpilled, touches);
                for (int t = 0; t < touches.Count; t++)
                {
                    var touch = touches[t];
                    var iv = live.Intervals[touch.VReg - X86.FirstVirtual]!;
                    if (iv.Assigned < 0 || inst.Position >= iv.EvictedAt)
                        throw new InvalidOperationException($"v{touch.VReg} is spilled but used directly by an instruction in {f.Name}");
                    touch.Temporary = iv.Assigned;
                    touches[t] = touch;
                }
                spills.EmitWithTemporaries(inst, touches, result);

                int Rewrite(int reg)
                {
                    if (reg < X86.FirstVirtual) return reg;
                    int r = registerOf[reg - X86.FirstVirtual];
                    if (r >= 0) return r;
                    spilledLeft = true;
                    return reg;
                }
            }
            var old = b.Instructions;
            if (reloads is null)
            {
                b.Instructions = result;
                result = old;
            }
            else
            {
                final!.Clear();
                final.EnsureCapacity(result.Count);
                reloads.Run(result, final);
                b.Instructions = final;
                final = old;
            }
        }
        BackEdgeMoves.Hoist(f, live.Order);
    }

    /// <summary>
    /// Replaces phis by parallel moves on each incoming edge: at the end of the predecessor when it
    /// has one successor, else at the start of the phi's block (which then has one predecessor,
    /// since critical edges were split).
    /// </summary>
    private static void ResolvePhis(MFunction f, Func<int, Location> locationOf, Func<RegClass, int> swapSlot)
    {
        foreach (var b in f.Blocks)
        {
            int phiCount = 0;
            while (phiCount < b.Instructions.Count && b.Instructions[phiCount].Op == MOpcode.Phi) phiCount++;
            if (phiCount == 0) continue;
            var phis = b.Instructions.GetRange(0, phiCount);
            b.Instructions.RemoveRange(0, phiCount);
            for (int j = 0; j < b.Predecessors.Count; j++)
            {
                var pred = b.Predecessors[j];
                var moves = new List<(Location, Location, RegClass, int)>();
                foreach (var phi in phis)
                {
                    var d = phi.Operands[0];
                    int k = phi.PhiEntry(pred, j);
                    if (k < 0) continue;
                    var cls = f.ClassOf(d.Reg);
                    int bits = cls == RegClass.Gpr ? 64 : Math.Max((int)d.Bits, 128);
                    moves.Add((locationOf(d.Reg), locationOf(phi.Operands[k].Reg), cls, bits));
                }
                var code = ParallelMoves.Sequentialize(moves, swapSlot);
                foreach (var m in code) m.Origin = phis[0].Origin;
                if (pred.Successors.Count == 1)
                {
                    int at = pred.Instructions.Count;
                    while (at > 0 && pred.Instructions[at - 1].IsTerminator) at--;
                    pred.Instructions.InsertRange(at, code);
                }
                else
                {
                    if (b.Predecessors.Count != 1) throw new InvalidOperationException($"critical edge into bb{b.Index} was not split");
                    b.Instructions.InsertRange(0, code);
                }
            }
        }
    }
}
