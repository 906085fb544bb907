// CFG simplification, repeated until nothing changes:
//  - branches on constant conditions and switches on constants become unconditional branches, and a
//    conditional branch with both targets equal becomes unconditional;
//  - blocks unreachable from the entry are deleted (their edges leave the phis they fed);
//  - phis with one distinct incoming value (ignoring themselves) are replaced by it, when that value
//    is available in the phi's block;
//  - a block with a single predecessor that ends in an unconditional branch to it is merged into
//    that predecessor;
//  - an empty block holding only `br label %next` is bypassed: its predecessors branch to %next
//    directly (only when %next's phis can take the new edges without conflicting values);
//  - small diamonds and triangles (`br %c, %t, %f` where %t and %f only compute a few values and
//    meet again) are if-converted: their instructions move up before the branch and the phis where
//    the paths meet become `select %c, ...`;
//  - a block that only branches on a phi of i1 constants and values (clang -O0's `a && b`) is
//    threaded: a predecessor whose entry is a constant branches straight to the target it picks.
// Refuses: never touches the entry block's identity, never bypasses a block when a predecessor
// already branches to the same target (the phi could need two different values for one block).
// If-conversion only moves instructions that can run on both paths without a visible difference:
// no stores, calls, allocas, volatile or possibly-faulting loads, or divisions that may trap (the
// interpreter reports those), at most MaxSpeculated of them per side, and only for phis of
// integer, floating-point, pointer or vector type.
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class SimplifyCfg : IIdempotentPass
{
    public string Name => "simplifycfg";

    public bool Run(Function f)
    {
        bool any = false;
        var blocks = new List<BasicBlock>(f.Blocks.Count); // a snapshot: blocks go away while we look
        for (bool changed = true; changed;)
        {
            changed = false;
            Snapshot(f, blocks);
            foreach (var b in blocks)
                if (b.Parent is not null) changed |= FoldTerminator(b) | ThreadConstantPhiBranch(f, b);
            changed |= CfgEdit.RemoveUnreachableBlocks(f);
            changed |= RemoveTrivialPhis(f);
            Snapshot(f, blocks);
            foreach (var b in blocks)
                if (b.Parent is not null) changed |= MergeIntoPredecessor(f, b);
            Snapshot(f, blocks);
            var targetPredecessors = new TargetPredecessors();
            foreach (var b in blocks)
                if (b.Parent is not null) changed |= BypassEmptyBlock(f, b, targetPredecessors);
            Snapshot(f, blocks);
            foreach (var b in blocks)
                if (b.Parent is not null) changed |= IfConvert(b);
            any |= changed;
        }
        return any;
    }

    private static void Snapshot(Function f, List<BasicBlock> blocks)
    {
        blocks.Clear();
        var current = f.Blocks;
        for (int i = 0; i < current.Count; i++) blocks.Add(current[i]);
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
                for (var next = b.First; next is PhiInst phi;)
                {
                    next = phi.Next; // read first: the phi may be erased
                    Value? only = null;
                    bool trivial = true;
                    for (int k = 0; k < phi.IncomingCount; k++)
                    {
                        var v = phi.GetIncomingValue(k);
                        if (ReferenceEquals(v, phi)) continue;
                        if (only is null || ReferenceEquals(only, v) || (only is Constant co && v is Constant cv && co is not GlobalValue && co.Equals(cv)))
                            only ??= v;
                        else { trivial = false; break; }
                    }
                    if (!trivial) continue;
                    if (only is null) only = new PoisonValue(phi.Type);
                    if (only is Instruction def && !StrictlyDominates(def.Parent, b, f, ref dom)) continue;
                    // Removing a phi leaves the CFG, and so the dominator tree, as it was.
                    phi.ReplaceAllUsesWith(only);
                    phi.EraseFromParent();
                    changed = again = true;
                }
        }
        return changed;
    }

    /// <summary>
    /// Whether block <paramref name="a"/> strictly dominates <paramref name="b"/> (false when
    /// <paramref name="a"/> is null). Answered without the dominator tree when <paramref name="a"/> is
    /// <paramref name="b"/> or the entry block, or when <paramref name="b"/> is reached from
    /// <paramref name="a"/> through a chain of blocks that each have that one predecessor; otherwise
    /// from the tree (made on first need).
    /// </summary>
    private static bool StrictlyDominates(BasicBlock? a, BasicBlock b, Function f, ref DominatorTree? dom)
    {
        if (a is null || ReferenceEquals(a, b)) return false;
        if (ReferenceEquals(a, f.EntryBlock)) return true; // the entry dominates every block (unreachable ones by convention)
        var x = b;
        // (The entry block is entered at the start, not only from a predecessor: the walk stops there.)
        for (int steps = 0; steps < 8 && !ReferenceEquals(x, f.EntryBlock) && SinglePredecessor(x) is { } p; steps++)
        {
            // Every path into x comes from p: whatever dominates p dominates x.
            if (ReferenceEquals(p, a)) return true;
            if (ReferenceEquals(p, b)) break; // a cycle of single predecessors
            x = p;
        }
        dom ??= CfgAnalyses.Dominators(f);
        return dom.StrictlyDominates(a, b);
    }

    private static bool MergeIntoPredecessor(Function f, BasicBlock b)
    {
        if (ReferenceEquals(b, f.EntryBlock) || SinglePredecessor(b) is not { } pred) return false;
        if (ReferenceEquals(pred, b) || pred.Terminator is not BranchInst { IsConditional: false }) return false;
        while (b.First is PhiInst phi)
        {
            phi.ReplaceAllUsesWith(phi.GetIncomingValue(0));
            phi.EraseFromParent();
        }
        pred.Terminator!.EraseFromParent();
        while (b.First is { } inst)
        {
            inst.RemoveFromParent();
            pred.Append(inst);
        }
        // Phis in b's successors now receive their values from pred.
        b.ReplaceAllUsesWith(pred);
        f.RemoveBlock(b);
        return true;
    }

    private static bool BypassEmptyBlock(Function f, BasicBlock b, TargetPredecessors targetPredecessors)
    {
        if (ReferenceEquals(b, f.EntryBlock) || b.First is not BranchInst { IsConditional: false } br) return false;
        var next = br.TrueTarget;
        if (ReferenceEquals(next, b)) return false;
        var preds = b.Predecessors.ToList();
        if (preds.Count == 0) return false;
        var nextPhis = next.Phis.ToList();
        if (nextPhis.Count > 0)
        {
            var nextPreds = targetPredecessors.Of(next);
            if (preds.Any(nextPreds.Contains)) return false;
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
        targetPredecessors.Bypassed(b, next, preds);
        return true;
    }

    /// <summary>
    /// The predecessors of the block that the last empty block bypassed (or refused to bypass)
    /// branched to, kept while one sweep bypasses blocks: the empty blocks of a switch's cases all
    /// branch to one block, whose predecessors would otherwise be collected again for each of them.
    /// Bypassing a block changes only its own predecessors' targets, which the set follows.
    /// </summary>
    private sealed class TargetPredecessors
    {
        private BasicBlock? _target;
        private readonly HashSet<BasicBlock> _predecessors = new(ReferenceEqualityComparer.Instance);

        public HashSet<BasicBlock> Of(BasicBlock target)
        {
            if (!ReferenceEquals(target, _target))
            {
                _target = target;
                _predecessors.Clear();
                foreach (var p in target.Predecessors) _predecessors.Add(p);
            }
            return _predecessors;
        }

        /// <summary><paramref name="bypassed"/> is gone, and its <paramref name="predecessors"/> branch to <paramref name="next"/> instead.</summary>
        public void Bypassed(BasicBlock bypassed, BasicBlock next, List<BasicBlock> predecessors)
        {
            if (ReferenceEquals(_target, bypassed)) _target = null;
            if (!ReferenceEquals(_target, next)) return;
            _predecessors.Remove(bypassed);
            foreach (var p in predecessors) _predecessors.Add(p);
        }
    }

    /// <summary>The most instructions if-conversion moves from one side of a branch.</summary>
    public const int MaxSpeculated = 3;

    /// <summary>
    /// <c>b: br %c, %t, %f</c> where each side is either the join block itself or a block with b as
    /// its only predecessor that computes a few speculatable values and branches to the join: the
    /// side blocks' instructions move into b, the join's phis take <c>select %c</c> of the two values
    /// from b, and b branches straight to the join.
    /// </summary>
    private static bool IfConvert(BasicBlock b)
    {
        if (b.Terminator is not BranchInst { IsConditional: true } br || ReferenceEquals(br.TrueTarget, br.FalseTarget)) return false;
        var cond = br.Condition!;
        if (cond.Type is not IntegerType { Bits: 1 }) return false;
        BasicBlock? join = null;
        BasicBlock? Side(BasicBlock target)
        {
            // A side block: only b enters it, it ends in `br label %join`, and holds few speculatable instructions.
            if (ReferenceEquals(target, b) || target.First is PhiInst) return null;
            if (target.Terminator is not BranchInst { IsConditional: false } tbr) return null;
            if (target.Count - 1 > MaxSpeculated) return null;
            if (!ReferenceEquals(SinglePredecessor(target), b)) return null;
            for (var i = target.First; i is not null && !ReferenceEquals(i, tbr); i = i.Next)
                if (!IsSpeculatable(i)) return null;
            return target;
        }
        var t = Side(br.TrueTarget);
        var e = Side(br.FalseTarget);
        if (t is not null && e is not null)
        {
            join = ((BranchInst)t.Terminator!).TrueTarget;
            if (!ReferenceEquals(join, ((BranchInst)e.Terminator!).TrueTarget)) return false;
        }
        else if (t is not null && ReferenceEquals(((BranchInst)t.Terminator!).TrueTarget, br.FalseTarget)) join = br.FalseTarget;
        else if (e is not null && ReferenceEquals(((BranchInst)e.Terminator!).TrueTarget, br.TrueTarget)) join = br.TrueTarget;
        else return false;
        if (ReferenceEquals(join, b) || ReferenceEquals(join, t) || ReferenceEquals(join, e)) return false;
        // The block on each path that the join's phis name: the side block, or b when the branch goes straight there.
        var fromTrue = t ?? b;
        var fromFalse = e ?? b;
        int phis = 0;
        for (var i = join.First; i is PhiInst phi; i = i.Next)
        {
            if (++phis > MaxSpeculated) return false; // one select each
            if (!IsSelectable(phi.Type) || phi.GetValueForBlock(fromTrue) is null || phi.GetValueForBlock(fromFalse) is null) return false;
        }

        foreach (var side in new[] { t, e })
        {
            if (side is null) continue;
            foreach (var inst in side.Instructions.ToList())
            {
                if (inst.IsTerminator) break;
                inst.RemoveFromParent();
                b.InsertBefore(inst, br);
            }
        }
        foreach (var phi in join.Phis.ToList())
        {
            var vt = phi.GetValueForBlock(fromTrue)!;
            var vf = phi.GetValueForBlock(fromFalse)!;
            Value merged = vt;
            if (!ReferenceEquals(vt, vf))
            {
                var select = new SelectInst(cond, vt, vf) { Name = phi.Name, Location = phi.Location };
                b.InsertBefore(select, br);
                merged = select;
            }
            // Drop the entries of the edges that go away, then one entry from b.
            for (int i = phi.IncomingCount - 1; i >= 0; i--)
            {
                var from = phi.GetIncomingBlock(i);
                if (ReferenceEquals(from, b) || ReferenceEquals(from, t) || ReferenceEquals(from, e)) phi.RemoveIncoming(i);
            }
            phi.AddIncoming(merged, b);
        }
        var location = br.Location;
        br.EraseFromParent();
        b.Append(new BranchInst(join) { Location = location });
        foreach (var side in new[] { t, e })
            if (side is not null)
            {
                side.Terminator!.EraseFromParent();
                side.Parent!.RemoveBlock(side);
            }
        return true;
    }

    /// <summary>
    /// <c>b: %p = phi i1 [...]; br i1 %p, %t, %f</c> (nothing else in b, %p used only there): a
    /// predecessor whose entry is a constant branches straight to the target that constant picks —
    /// what clang -O0 makes of <c>a &amp;&amp; b</c> and <c>a || b</c> in a condition, where the first
    /// test alone decides one way. The target's phis take, for the predecessor, what they took from b.
    /// Skipped for a predecessor with several edges to b, or one that already branches to the target
    /// with other phi values.
    /// </summary>
    private static bool ThreadConstantPhiBranch(Function f, BasicBlock b)
    {
        if (ReferenceEquals(b, f.EntryBlock) || b.First is not PhiInst { Type: IntegerType { Bits: 1 } } phi) return false;
        if (phi.Next is not BranchInst { IsConditional: true } br || !ReferenceEquals(br.Condition, phi) || phi.UserCount != 1) return false;
        if (ReferenceEquals(br.TrueTarget, b) || ReferenceEquals(br.FalseTarget, b) || ReferenceEquals(br.TrueTarget, br.FalseTarget)) return false;
        bool changed = false;
        for (int k = phi.IncomingCount - 1; k >= 0; k--)
        {
            if (phi.GetIncomingValue(k) is not ConstantInt c) continue;
            var pred = phi.GetIncomingBlock(k);
            if (CfgEdit.EdgeCount(pred, b) != 1) continue;
            var target = c.IsZeroValue ? br.FalseTarget : br.TrueTarget;
            bool conflict = false;
            for (var i = target.First; i is PhiInst tp; i = i.Next)
                if (tp.GetValueForBlock(pred) is { } existing && !SameValue(existing, tp.GetValueForBlock(b)!)) conflict = true;
            if (conflict) continue;
            // (b holds nothing but the phi, which only the branch uses: what the target's phis take
            // from b is defined before b, in a block that dominates pred too.)
            for (var i = target.First; i is PhiInst tp; i = i.Next) tp.AddIncoming(tp.GetValueForBlock(b)!, pred);
            pred.Terminator!.ReplaceUsesOfWith(b, target);
            CfgEdit.RemovePhiEntry(b, pred);
            changed = true;
            if (b.First is not PhiInst) break; // b lost its last predecessor (its phi went with it)
        }
        return changed;
    }

    /// <summary>One value for a phi: the same value, or equal constants (RemoveTrivialPhis's rule).</summary>
    private static bool SameValue(Value a, Value b) =>
        ReferenceEquals(a, b) || (a is Constant ca && ca is not GlobalValue && b is Constant cb && ca.Equals(cb));

    /// <summary>The only block whose terminator names <paramref name="b"/>, or null when none or several do.</summary>
    public static BasicBlock? SinglePredecessor(BasicBlock b)
    {
        BasicBlock? pred = null;
        var users = b.Users;
        for (int i = 0; i < users.Count; i++)
        {
            if (users[i].AsInstruction is not { Parent: { } p } u || !u.IsTerminator) continue;
            if (pred is null) pred = p;
            else if (!ReferenceEquals(pred, p)) return null;
        }
        return pred;
    }

    private static bool IsSpeculatable(Instruction inst) =>
        inst is not (PhiInst or AllocaInst or CallInst or StoreInst) && !inst.HasSideEffects && !inst.MayWriteMemory && Dce.IsRemovable(inst);

    private static bool IsSelectable(IrType type) =>
        type is IntegerType or PointerType or VectorType || type.Kind is TypeKind.Half or TypeKind.BFloat or TypeKind.Float or TypeKind.Double;
}
