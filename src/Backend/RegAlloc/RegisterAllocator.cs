// The register allocation driver: liveness, linear scan, spill code, repeated until every value
// that instructions touch directly has a register; then SSA destruction (phis become parallel moves
// on their incoming edges), copies become moves (or vanish when both sides got one register), and
// every virtual register in the code is replaced by its physical register; finally reloads of
// spilled values still intact in a register are dropped (ReloadElimination).
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public static class RegisterAllocator
{
    public static void Run(MFunction f)
    {
        var temporaries = new HashSet<int>();
        var spilledForever = new HashSet<int>();
        var slots = new Dictionary<int, int>();
        Liveness live = null!;
        for (int round = 0; ; round++)
        {
            if (round > 64) throw new InvalidOperationException($"register allocation of {f.Name} did not converge");
            f.UsedCalleeSaved.Clear();
            live = Liveness.Analyze(f, round > 0 ? live : null);
            var spilled = LinearScan.Allocate(f, live, temporaries, spilledForever);
            foreach (int v in spilled) spilledForever.Add(v);
            if (spilled.Count == 0) break;
            int before = temporaries.Count;
            SpillCode.Insert(f, spilled, slots, temporaries);
            if (temporaries.Count == before) break; // only copies and phis touch them: no new temporaries needed
        }

        Location LocationOf(int reg)
        {
            if (X86.IsPhysical(reg)) return Location.Register(reg);
            if (spilledForever.Contains(reg)) return Location.Stack(SpillCode.SlotOf(f, slots, reg));
            var iv = live.Intervals[reg - X86.FirstVirtual];
            if (iv is null || iv.IsEmpty)
                // Never live (a dead definition without an interval): any register of its class will do.
                return Location.Register(f.ClassOf(reg) == RegClass.Gpr ? X86.ScratchGpr : X86.ScratchVec);
            return Location.Register(iv.Assigned);
        }

        int gprSwap = -1, vecSwap = -1;
        int SwapSlot(RegClass c) => c == RegClass.Gpr
            ? (gprSwap >= 0 ? gprSwap : gprSwap = f.NewSlot(8, 8))
            : (vecSwap >= 0 ? vecSwap : vecSwap = f.NewSlot(32, 16));

        ResolvePhis(f, LocationOf, SwapSlot);

        var result = new List<MInst>();
        foreach (var b in f.Blocks)
        {
            result.Clear();
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
                        ParallelMoves.Emit(result, LocationOf(d.Reg), LocationOf(s.Reg), cls, bits);
                        for (int m = first; m < result.Count; m++) result[m].Origin = inst.Origin;
                        continue;
                    }
                }
                var ops = inst.Operands;
                for (int k = 0; k < ops.Length; k++)
                {
                    ref var op = ref ops[k];
                    if (op.Kind == MOperandKind.Reg && X86.IsVirtual(op.Reg)) op.Reg = Physical(op.Reg);
                    else if (op.Kind == MOperandKind.Mem)
                    {
                        if (X86.IsVirtual(op.Reg)) op.Reg = Physical(op.Reg);
                        if (X86.IsVirtual(op.Index)) op.Index = Physical(op.Index);
                    }
                }
                result.Add(inst);
            }
            b.Instructions.Clear();
            b.Instructions.AddRange(result);
        }

        var allocatorSlots = new HashSet<int>(slots.Values);
        if (gprSwap >= 0) allocatorSlots.Add(gprSwap);
        if (vecSwap >= 0) allocatorSlots.Add(vecSwap);
        ReloadElimination.Run(f, allocatorSlots);

        int Physical(int vreg)
        {
            var loc = LocationOf(vreg);
            if (!loc.IsRegister) throw new InvalidOperationException($"v{vreg} is spilled but used directly by an instruction in {f.Name}");
            return loc.Value;
        }
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
            var phis = b.Instructions.TakeWhile(i => i.Op == MOpcode.Phi).ToList();
            if (phis.Count == 0) continue;
            b.Instructions.RemoveRange(0, phis.Count);
            foreach (var pred in b.Predecessors)
            {
                var moves = new List<(Location, Location, RegClass, int)>();
                foreach (var phi in phis)
                {
                    var d = phi.Operands[0];
                    for (int k = 1; k + 1 < phi.Operands.Length; k += 2)
                    {
                        if (!ReferenceEquals(phi.Operands[k + 1].Block, pred)) continue;
                        var cls = f.ClassOf(d.Reg);
                        int bits = cls == RegClass.Gpr ? 64 : Math.Max((int)d.Bits, 128);
                        moves.Add((locationOf(d.Reg), locationOf(phi.Operands[k].Reg), cls, bits));
                        break;
                    }
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
