// Loop-invariant code motion: in every loop, innermost first, instructions whose operands are all
// computed outside the loop (or were just hoisted) move to the loop's preheader (made when missing),
// so they run once instead of once per iteration. An inner loop's hoisted code lands in its
// preheader, which is inside the outer loop, and moves on out when the outer loop's turn comes.
// What may move: instructions that cannot trap and have no effects (arithmetic, compares, casts,
// selects, GEPs — a GEP does not touch memory —, pure built-in calls such as llvm.sqrt), and
// divisions only by a constant that rules out the trap (not 0, not -1 for signed). These may move
// out of code that runs only sometimes, or never: computing them has no observable effect.
// Loads move only when nothing in the loop (nested loops included) may write memory — no store,
// no call other than a pure built-in — and the load could not fault where it now runs: either it
// reads a whole alloca or global of its own type (memory that is certainly there), or it is on the
// path every entry into the loop executes (the header, then blocks reached from it by unconditional
// branches with no other way in) with nothing before it there that may trap, so hoisting only moves
// the load (and a fault it makes) a few instructions earlier, not onto a path that never ran it.
// Refuses: volatile loads, stores, calls with effects, allocas (each iteration gets fresh memory),
// phis, divisions by values that may be 0 or -1 (a loop that runs zero times must not trap before
// it), and irreducible cycles (the loop forest does not see them as loops).
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class Licm : IFunctionPass
{
    public string Name => "licm";

    public bool Run(Function f)
    {
        if (!LoopForest.MayHaveLoops(f)) return false;
        var forest = CfgAnalyses.Loops(f);
        // Marks in Value.Scratch, per loop: `stamp` for the loop's instructions, `stamp + 1` once
        // picked for hoisting; every other instruction has 0 or an earlier loop's (smaller) stamp.
        foreach (var b in f.Blocks)
            for (var i = b.First; i is not null; i = i.Next) i.Scratch = 0;
        bool changed = false;
        int stamp = 0;
        foreach (var loop in forest.InnermostFirst().ToList())
        {
            stamp += 2;
            changed |= HoistFrom(forest, loop, stamp);
        }
        return changed;
    }

    private static bool HoistFrom(LoopForest forest, Loop loop, int stamp)
    {
        int inLoop = stamp, picked = stamp + 1;
        bool writes = false;
        foreach (var b in loop.Blocks)
            for (var i = b.First; i is not null; i = i.Next)
            {
                i.Scratch = inLoop;
                writes |= i.MayWriteMemory;
            }
        var mustRun = writes ? null : MustRunPrefix(loop);

        // Pick in an order where every operand is outside or picked earlier (repeat until stable:
        // the blocks are in function order, which need not be dominance order).
        var order = new List<Instruction>();
        for (bool again = true; again;)
        {
            again = false;
            foreach (var b in loop.Blocks)
                for (var inst = b.First; inst is not null; inst = inst.Next)
                {
                    if (inst.Scratch == picked || !OperandsOutside(inst, inLoop)) continue;
                    if (!CanHoist(inst, writes, mustRun, picked)) continue;
                    inst.Scratch = picked;
                    order.Add(inst);
                    again = true;
                }
        }
        if (order.Count == 0) return false;
        var pre = forest.EnsurePreheader(loop);
        var end = pre.Terminator!;
        foreach (var inst in order) inst.MoveBefore(end);
        return true;
    }

    /// <summary>Whether every operand is computed outside the loop or already picked for hoisting (marked <paramref name="inLoop"/> + 1).</summary>
    private static bool OperandsOutside(Instruction inst, int inLoop)
    {
        for (int k = 0; k < inst.OperandCount; k++)
            if (inst.GetOperand(k).AsInstruction is { Scratch: var mark } && mark == inLoop) return false;
        return true;
    }

    private static bool CanHoist(Instruction inst, bool loopWrites, List<Instruction>? mustRun, int picked)
    {
        if (inst is PhiInst or AllocaInst || inst.IsTerminator) return false;
        if (inst is LoadInst load)
        {
            if (loopWrites || load.IsVolatile || mustRun is null) return false;
            if (Dce.IsRemovable(load)) return true; // a whole alloca or global: cannot fault
            // On the always-executed path, with nothing before it that may trap and stays behind.
            return !TrapsBefore(load, mustRun, picked);
        }
        return Dce.IsRemovable(inst);
    }

    /// <summary>
    /// The instructions every entry into the loop runs, in order, before anything can branch away:
    /// the header's, then those of each block the previous one reaches by an unconditional branch
    /// when it has no other predecessor.
    /// </summary>
    private static List<Instruction> MustRunPrefix(Loop loop)
    {
        var result = new List<Instruction>();
        var b = loop.Header;
        var seen = new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance);
        while (seen.Add(b))
        {
            result.AddRange(b.Instructions);
            if (b.Terminator is not BranchInst { IsConditional: false } br) break;
            var next = br.TrueTarget;
            if (!loop.Contains(next) || ReferenceEquals(next, loop.Header) || next.Predecessors.Count() != 1) break;
            b = next;
        }
        return result;
    }

    /// <summary>
    /// True unless <paramref name="load"/> is on the must-run path with nothing before it there that
    /// may trap and stays in the loop.
    /// </summary>
    private static bool TrapsBefore(LoadInst load, List<Instruction> mustRun, int picked)
    {
        foreach (var i in mustRun)
        {
            if (ReferenceEquals(i, load)) return false;
            if (i.MayTrap && !Dce.IsRemovable(i) && i.Scratch != picked) return true;
        }
        return true; // not on the path
    }
}
