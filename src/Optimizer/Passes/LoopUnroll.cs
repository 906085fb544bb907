// Full unrolling of small innermost loops with a constant trip count (InductionVariables): the loop's
// blocks are copied once per iteration, each copy's back edge goes to the next copy's header (whose
// phis become the previous copy's latch values), the exit test runs only in the last copy, and the
// first copy's header phis become their start values. Uses of loop values after the loop take the
// last copy's values. SCCP, instcombine and simplifycfg then fold the now-constant counters and merge
// the straight-line blocks.
// Refuses: loops with inner loops, several latches or several exiting blocks, an exiting block that
// does not run in every iteration, a trip count that is not a known constant, more than MaxTrip
// iterations, or more than MaxSize instructions after unrolling (code growth).
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class LoopUnroll : IFunctionPass
{
    /// <summary>The most iterations a loop may have to be fully unrolled.</summary>
    public const int MaxTrip = 8;

    /// <summary>The most instructions (phis excluded) the unrolled copies may have together.</summary>
    public const int MaxSize = 64;

    public string Name => "unroll";

    public bool Run(Function f)
    {
        var dom = new DominatorTree(f);
        var forest = new LoopForest(f, dom);
        // Innermost loops do not share blocks, so every one can be decided on the same analyses.
        var work = new List<(Loop, TripCount)>();
        foreach (var loop in forest.InnermostFirst())
        {
            if (loop.Children.Count > 0) continue;
            if (InductionVariables.ConstantTripCount(loop, dom, MaxTrip) is not { } tc) continue;
            int size = loop.Blocks.Sum(b => b.Count - b.Phis.Count());
            if (tc.Count > 1 && size * tc.Count > MaxSize) continue;
            work.Add((loop, tc));
        }
        foreach (var (loop, tc) in work) Unroll(f, forest, loop, tc);
        if (work.Count > 0) CfgEdit.RemoveUnreachableBlocks(f);
        return work.Count > 0;
    }

    private static void Unroll(Function f, LoopForest forest, Loop loop, TripCount tc)
    {
        forest.EnsurePreheader(loop);
        int count = (int)tc.Count;
        var header = loop.Header;
        var latch = loop.SingleLatch!;
        var exiting = tc.Exiting;
        var exit = tc.Exit;
        var exitBr = (BranchInst)exiting.Terminator!;
        var stay = loop.Contains(exitBr.TrueTarget) ? exitBr.TrueTarget : exitBr.FalseTarget;

        var phis = header.Phis.ToList();
        var startOf = new Dictionary<PhiInst, Value>(ReferenceEqualityComparer.Instance);
        var latchOf = new Dictionary<PhiInst, Value>(ReferenceEqualityComparer.Instance);
        foreach (var p in phis)
            foreach (var (v, b) in p.Incoming)
                if (loop.Contains(b)) latchOf[p] = v; else startOf[p] = v;
        var exitEntries = new List<(PhiInst Phi, Value Value)>();
        foreach (var p in exit.Phis)
            foreach (var (v, b) in p.Incoming)
                if (ReferenceEquals(b, exiting)) exitEntries.Add((p, v));
        var loopBlocks = loop.Blocks.ToList();
        // Values leave the loop only through the exiting block: in its exit's phis (the entries for
        // the exiting block are redone below, after the first copy's exit edge is gone) and in
        // instructions the exit dominates, phis of later blocks included.
        var outsideUsers = new List<(Instruction Value, Instruction User)>();
        foreach (var v in loopBlocks.SelectMany(b => b.Instructions))
            foreach (var u in v.Users)
                if (u is Instruction { Parent: { } ub } ui && !loop.Contains(ub))
                    outsideUsers.Add((v, ui));

        // Blocks of every copy (copy 0 is the original loop), laid out after the previous copy.
        var blocks = new Dictionary<BasicBlock, BasicBlock>[count];
        blocks[0] = loopBlocks.ToDictionary(b => b, b => b, ReferenceEqualityComparer.Instance as IEqualityComparer<BasicBlock>);
        int at = loopBlocks.Max(f.IndexOfBlock) + 1;
        for (int k = 1; k < count; k++)
        {
            blocks[k] = new Dictionary<BasicBlock, BasicBlock>(ReferenceEqualityComparer.Instance);
            foreach (var b in loopBlocks)
            {
                var nb = new BasicBlock(b.Name);
                f.InsertBlock(at++, nb);
                blocks[k][b] = nb;
            }
        }
        BasicBlock NextHeader(int k) => k + 1 < count ? blocks[k + 1][header] : header;

        var values = new Dictionary<Value, Value>[count];
        values[0] = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        Value In(int k, Value v) => values[k].TryGetValue(v, out var m) ? m : v;
        for (int k = 1; k < count; k++)
        {
            var map = values[k] = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
            foreach (var p in phis) map[p] = In(k - 1, latchOf[p]);
            var clones = new List<Instruction>();
            foreach (var b in loopBlocks)
                foreach (var inst in b.Instructions)
                {
                    if (inst is PhiInst && ReferenceEquals(b, header)) continue;
                    // Operands are remapped once every value of this copy exists (phis may refer ahead).
                    // Only the latch's terminator branches to the header: to the next copy's header.
                    var c = InstructionCloner.Clone(inst, v => v is not BasicBlock bb ? v
                        : inst.IsTerminator && ReferenceEquals(bb, header) ? NextHeader(k) : blocks[k].GetValueOrDefault(bb, bb));
                    blocks[k][b].Append(c);
                    if (inst.HasResult) map[inst] = c;
                    clones.Add(c);
                }
            foreach (var c in clones)
                for (int i = 0; i < c.OperandCount; i++)
                    if (c.GetOperand(i) is not BasicBlock && map.TryGetValue(c.GetOperand(i), out var m)) c.SetOperand(i, m);
        }

        // The exit test decides only in the last copy; the other copies go on to the next iteration.
        for (int k = 0; k < count; k++)
        {
            var e = blocks[k][exiting];
            BasicBlock target = k == count - 1 ? exit : ReferenceEquals(stay, header) ? NextHeader(k) : blocks[k][stay];
            CfgEdit.ReplaceTerminator(e, new BranchInst(target));
            if (ReferenceEquals(latch, exiting)) continue;
            var l = blocks[k][latch];
            if (k == count - 1) CfgEdit.ReplaceTerminator(l, new UnreachableInst());
            else if (k == 0)
            {
                var t = InstructionCloner.Clone(l.Terminator!, v => ReferenceEquals(v, header) ? NextHeader(0) : v);
                CfgEdit.ReplaceTerminator(l, t);
            }
        }
        if (count > 1)
        {
            var last = values[count - 1];
            // Slot by slot, all at once: a header phi's last value may be another loop value that
            // itself gets replaced (acc = phi [.., x] maps to x, x maps to x.last).
            foreach (var u in outsideUsers.Select(t => t.User).Distinct())
                for (int i = 0; i < u.OperandCount; i++)
                    if (u.GetOperand(i) is Instruction op && loop.Contains(op) && last.TryGetValue(op, out var nv))
                        u.SetOperand(i, nv);
            var lastExiting = blocks[count - 1][exiting];
            foreach (var (p, v) in exitEntries) p.AddIncoming(In(count - 1, v), lastExiting);
        }
        foreach (var p in phis)
        {
            p.ReplaceAllUsesWith(startOf[p]);
            p.EraseFromParent();
        }
    }
}
