// CFG simplification, repeated until nothing changes:
//  - branches on constant conditions and switches on constants become unconditional branches, and a
//    conditional branch with both targets equal becomes unconditional;
//  - blocks unreachable from the entry are deleted (their edges leave the phis they fed);
//  - phis with one distinct incoming value (ignoring themselves) are replaced by it, when that value
//    is available in the phi's block;
//  - a block with a single predecessor that ends in an unconditional branch to it is merged into
//    that predecessor;
//  - an empty block holding only `br label %next` is bypassed: its predecessors branch to %next
//    directly (only when %next's phis can take the new edges without conflicting values).
// Refuses: never touches the entry block's identity, never bypasses a block when a predecessor
// already branches to the same target (the phi could need two different values for one block).
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class SimplifyCfg : IFunctionPass
{
    public string Name => "simplifycfg";

    public bool Run(Function f)
    {
        bool any = false;
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (var b in f.Blocks.ToList())
                if (b.Parent is not null) changed |= FoldTerminator(b);
            changed |= CfgEdit.RemoveUnreachableBlocks(f);
            changed |= RemoveTrivialPhis(f);
            foreach (var b in f.Blocks.ToList())
                if (b.Parent is not null) changed |= MergeIntoPredecessor(f, b);
            foreach (var b in f.Blocks.ToList())
                if (b.Parent is not null) changed |= BypassEmptyBlock(f, b);
            any |= changed;
        }
        return any;
    }

    private static bool FoldTerminator(BasicBlock b)
    {
        switch (b.Terminator)
        {
            case BranchInst { IsConditional: true } br:
                if (br.Condition is ConstantInt c)
                {
                    CfgEdit.ReplaceTerminator(b, new BranchInst(c.IsZeroValue ? br.FalseTarget : br.TrueTarget));
                    return true;
                }
                if (ReferenceEquals(br.TrueTarget, br.FalseTarget))
                {
                    CfgEdit.ReplaceTerminator(b, new BranchInst(br.TrueTarget));
                    return true;
                }
                return false;
            case SwitchInst { Condition: ConstantInt v } sw:
            {
                var target = sw.DefaultDest;
                foreach (var (cv, dest) in sw.Cases)
                    if (cv.Bits == v.Bits) { target = dest; break; }
                CfgEdit.ReplaceTerminator(b, new BranchInst(target));
                return true;
            }
            default:
                return false;
        }
    }

    /// <summary>Replaces phis whose incoming values are all one value (or the phi itself).</summary>
    public static bool RemoveTrivialPhis(Function f)
    {
        bool changed = false;
        DominatorTree? dom = null;
        for (bool again = true; again;)
        {
            again = false;
            foreach (var b in f.Blocks)
                foreach (var phi in b.Phis.ToList())
                {
                    Value? only = null;
                    bool trivial = true;
                    foreach (var (v, _) in phi.Incoming)
                    {
                        if (ReferenceEquals(v, phi)) continue;
                        if (only is null || ReferenceEquals(only, v) || (only is Constant co && v is Constant cv && co is not GlobalValue && co.Equals(cv)))
                            only ??= v;
                        else { trivial = false; break; }
                    }
                    if (!trivial) continue;
                    if (only is null) only = new PoisonValue(phi.Type);
                    if (only is Instruction def)
                    {
                        dom ??= new DominatorTree(f);
                        if (def.Parent is null || !dom.StrictlyDominates(def.Parent, b)) continue;
                    }
                    // Removing a phi leaves the CFG, and so the dominator tree, as it was.
                    phi.ReplaceAllUsesWith(only);
                    phi.EraseFromParent();
                    changed = again = true;
                }
        }
        return changed;
    }

    private static bool MergeIntoPredecessor(Function f, BasicBlock b)
    {
        if (ReferenceEquals(b, f.EntryBlock)) return false;
        var preds = b.Predecessors.ToList();
        if (preds.Count != 1) return false;
        var pred = preds[0];
        if (ReferenceEquals(pred, b) || pred.Terminator is not BranchInst { IsConditional: false }) return false;
        foreach (var phi in b.Phis.ToList())
        {
            phi.ReplaceAllUsesWith(phi.GetIncomingValue(0));
            phi.EraseFromParent();
        }
        pred.Terminator!.EraseFromParent();
        foreach (var inst in b.Instructions.ToList())
        {
            inst.RemoveFromParent();
            pred.Append(inst);
        }
        // Phis in b's successors now receive their values from pred.
        b.ReplaceAllUsesWith(pred);
        f.RemoveBlock(b);
        return true;
    }

    private static bool BypassEmptyBlock(Function f, BasicBlock b)
    {
        if (ReferenceEquals(b, f.EntryBlock) || b.First is not BranchInst { IsConditional: false } br) return false;
        var next = br.TrueTarget;
        if (ReferenceEquals(next, b)) return false;
        var preds = b.Predecessors.ToList();
        if (preds.Count == 0) return false;
        var nextPhis = next.Phis.ToList();
        if (nextPhis.Count > 0)
        {
            var nextPreds = next.Predecessors.ToHashSet(ReferenceEqualityComparer.Instance);
            if (preds.Any(p => nextPreds.Contains(p))) return false;
        }
        foreach (var p in preds)
        {
            int edges = CfgEdit.EdgeCount(p, b);
            foreach (var phi in nextPhis)
            {
                var v = phi.GetValueForBlock(b)!;
                for (int i = 0; i < edges; i++) phi.AddIncoming(v, p);
            }
            p.Terminator!.ReplaceUsesOfWith(b, next);
        }
        CfgEdit.RemovePhiEntry(next, b);
        br.EraseFromParent();
        f.RemoveBlock(b);
        return true;
    }
}
