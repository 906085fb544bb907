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
        // Marks in Value.Scratch, per loop of n instructions: base + p for the instruction at
        // position p (loop blocks in order, then instructions in order), base + n + p once it is
        // picked for hoisting. Every other instruction has 0 or an earlier loop's (smaller) mark.
        foreach (var b in f.Blocks)
            for (var i = b.First; i is not null; i = i.Next) i.Scratch = 0;
        bool changed = false;
        int stamp = 1;
        foreach (var loop in forest.InnermostFirst())
            changed |= HoistFrom(forest, loop, ref stamp);
        return changed;
    }

    private static bool HoistFrom(LoopForest forest, Loop loop, ref int stamp)
    {
        int n = 0;
        foreach (var b in loop.Blocks) n += b.Count;
        var insts = new InstructionAt[n];
        bool writes = false;
        n = 0;
        foreach (var b in loop.Blocks)
            for (var i = b.First; i is not null; i = i.Next)
            {
                insts[n++].Inst = i;
                writes |= i.MayWriteMemory;
            }
        var marks = new Marks(stamp, n);
        stamp += 2 * n;
        for (int p = 0; p < n; p++) insts[p].Inst.Scratch = marks.InLoop + p;
        var mustRun = writes ? null : MustRunPrefix(loop);
        // Loads on the must-run path, by position: whether one may hoist depends on what before it may trap.
        bool[]? onPath = null;
        List<int>? loadsOnPath = null;
        if (mustRun is not null)
        {
            onPath = new bool[n];
            loadsOnPath = [];
            foreach (var i in mustRun)
                if (marks.Position(i) is int q and >= 0)
                {
                    onPath[q] = true;
                    if (i is LoadInst) loadsOnPath.Add(q);
                }
        }

        // Pick in an order where every operand is outside or picked earlier, going over the
        // instructions in order again until a round picks nothing (the blocks are in function order,
        // which need not be dominance order). A round after the first looks only at instructions
        // whose inputs changed since they were last looked at: the users of an instruction picked
        // after them, and (when an instruction on the must-run path that may trap was picked) the
        // loads on that path; any other would be refused again. So the picks and their order are those of full rounds.
        var order = new List<Instruction>();
        var now = new bool[n];
        var next = new bool[n];
        Array.Fill(now, true);
        for (bool again = true; again;)
        {
            again = false;
            for (int p = 0; p < n; p++)
            {
                if (!now[p]) continue;
                now[p] = false;
                var inst = insts[p].Inst;
                if (marks.IsPicked(inst) || !OperandsOutside(inst, marks)) continue;
                if (!CanHoist(inst, writes, mustRun, marks)) continue;
                inst.Scratch = marks.Picked + p;
                order.Add(inst);
                for (int k = 0; k < inst.UserCount; k++)
                    if (marks.Position(inst.GetUser(k)) is int q and >= 0) Look(q);
                if (onPath is not null && onPath[p] && inst.MayTrap && !Dce.IsRemovable(inst))
                    foreach (int q in loadsOnPath!)
                        if (!marks.IsPicked(insts[q].Inst)) Look(q);

                void Look(int q)
                {
                    if (q > p) now[q] = true; // later in this round
                    else
                    {
                        next[q] = true;
                        again = true;
                    }
                }
            }
            (now, next) = (next, now);
        }
        if (order.Count == 0) return false;
        var pre = forest.EnsurePreheader(loop);
        var end = pre.Terminator!;
        foreach (var inst in order) inst.MoveBefore(end);
        return true;
    }

    /// <summary>An array element holding an instruction (no covariant-array type check when stored).</summary>
    private struct InstructionAt
    {
        public Instruction Inst;
    }

    /// <summary>The Scratch marks of one loop's instructions (see Run).</summary>
    private readonly record struct Marks(int InLoop, int Count)
    {
        public int Picked => InLoop + Count;

        /// <summary>The position of an instruction of the loop not picked yet, or -1.</summary>
        public int Position(Value v) => v.AsInstruction is { Scratch: var s } && s >= InLoop && s < InLoop + Count ? s - InLoop : -1;

        public bool IsPicked(Instruction i) => i.Scratch >= Picked && i.Scratch < Picked + Count;
    }

    /// <summary>Whether every operand is computed outside the loop or already picked for hoisting.</summary>
    private static bool OperandsOutside(Instruction inst, Marks marks)
    {
        for (int k = 0; k < inst.OperandCount; k++)
            if (marks.Position(inst.GetOperand(k)) >= 0) return false;
        return true;
    }

    private static bool CanHoist(Instruction inst, bool loopWrites, List<Instruction>? mustRun, Marks marks)
    {
        if (inst is PhiInst or AllocaInst || inst.IsTerminator) return false;
        if (inst is LoadInst load)
        {
            if (loopWrites || load.IsVolatile || mustRun is null) return false;
            if (Dce.IsRemovable(load)) return true; // a whole alloca or global: cannot fault
            // On the always-executed path, with nothing before it that may trap and stays behind.
            return !TrapsBefore(load, mustRun, marks);
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
            for (var i = b.First; i is not null; i = i.Next) result.Add(i);
            if (b.Terminator is not BranchInst { IsConditional: false } br) break;
            var next = br.TrueTarget;
            if (!loop.Contains(next) || ReferenceEquals(next, loop.Header) || SimplifyCfg.SinglePredecessor(next) is null) break;
            b = next;
        }
        return result;
    }

    /// <summary>
    /// True unless <paramref name="load"/> is on the must-run path with nothing before it there that
    /// may trap and stays in the loop.
    /// </summary>
    private static bool TrapsBefore(LoadInst load, List<Instruction> mustRun, Marks marks)
    {
        foreach (var i in mustRun)
        {
            if (ReferenceEquals(i, load)) return false;
            if (i.MayTrap && !Dce.IsRemovable(i) && !marks.IsPicked(i)) return true;
        }
        return true; // not on the path
    }
}
