// Edits of the control-flow graph that keep phis consistent, shared by the passes that change
// branches (SCCP, SimplifyCfg): replacing a terminator removes one phi entry per edge that went
// away (LLVM wants one entry per incoming edge, duplicates included), and deleting unreachable
// blocks detaches them from the phis of the blocks they branched to.
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public static class CfgEdit
{
    /// <summary>
    /// Replaces <paramref name="block"/>'s terminator by <paramref name="replacement"/> (not yet in a
    /// block). Successors that lose edges lose as many phi entries for <paramref name="block"/>.
    /// </summary>
    public static void ReplaceTerminator(BasicBlock block, Instruction replacement)
    {
        var old = block.Terminator ?? throw new InvalidOperationException("block has no terminator");
        var lost = EdgeCounts(old.Operands.OfType<BasicBlock>());
        foreach (var s in replacement.Operands.OfType<BasicBlock>())
            if (lost.TryGetValue(s, out int n)) lost[s] = n - 1;
        replacement.Location ??= old.Location;
        old.EraseFromParent();
        block.Append(replacement);
        foreach (var (succ, n) in lost)
            for (int i = 0; i < n; i++) RemovePhiEntry(succ, block);
    }

    /// <summary>
    /// Removes one entry for <paramref name="pred"/> from every phi of <paramref name="block"/>. A phi
    /// left with no entry (its block has lost its last predecessor: sccp folding the branches into a
    /// dead loop exit) is replaced by poison, which only dead code can use, and deleted: a phi needs
    /// an entry (the verifier's rule, and LLVM's syntax).
    /// </summary>
    public static void RemovePhiEntry(BasicBlock block, BasicBlock pred)
    {
        for (var inst = block.First; inst is PhiInst phi;)
        {
            var next = inst.Next;
            for (int i = 0; i < phi.IncomingCount; i++)
                if (ReferenceEquals(phi.GetIncomingBlock(i), pred))
                {
                    phi.RemoveIncoming(i);
                    break;
                }
            if (phi.IncomingCount == 0)
            {
                phi.ReplaceAllUsesWith(new PoisonValue(phi.Type));
                phi.EraseFromParent();
            }
            inst = next;
        }
    }

    /// <summary>
    /// Deletes blocks that cannot be reached from the entry. Their values are replaced by poison (only
    /// other dead code can use them) and their edges leave the phis of live successors. True if any.
    /// </summary>
    public static bool RemoveUnreachableBlocks(Function f)
    {
        if (AllReachable(f)) return false;
        var reachable = Reachable(f);
        var dead = f.Blocks.Where(b => !reachable.Contains(b)).ToList();
        foreach (var b in dead)
            if (b.Terminator is { } t)
                foreach (var s in t.Operands.OfType<BasicBlock>())
                    if (reachable.Contains(s)) RemovePhiEntry(s, b);
        foreach (var b in dead)
            foreach (var inst in b.Instructions)
                if (inst.HasResult && inst.HasUsers) inst.ReplaceAllUsesWith(new PoisonValue(inst.Type));
        foreach (var b in dead)
        {
            foreach (var inst in b.Instructions.ToList()) inst.EraseFromParent();
            f.RemoveBlock(b);
        }
        return true;
    }

    /// <summary>
    /// Whether every block of <paramref name="f"/> is reachable from the entry. For a function with a
    /// body, leaves each block's Value.Scratch at 1 if it is reachable and 0 if not (instcombine relies
    /// on these marks).
    /// </summary>
    public static bool AllReachable(Function f)
    {
        var blocks = f.Blocks;
        if (f.EntryBlock is not { } entry) return true;
        foreach (var b in blocks) b.Scratch = 0;
        var stack = new Stack<BasicBlock>();
        entry.Scratch = 1;
        stack.Push(entry);
        int seen = 1;
        while (stack.Count > 0)
        {
            if (stack.Pop().Terminator is not { } t) continue;
            for (int i = 0; i < t.OperandCount; i++)
                if (t.GetOperand(i) is BasicBlock { Scratch: 0 } s && ReferenceEquals(s.Parent, f))
                {
                    s.Scratch = 1;
                    seen++;
                    stack.Push(s);
                }
        }
        return seen == blocks.Count;
    }

    /// <summary>Blocks reachable from the entry (following terminators).</summary>
    public static HashSet<BasicBlock> Reachable(Function f)
    {
        var seen = new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance);
        if (f.EntryBlock is not { } entry) return seen;
        var stack = new Stack<BasicBlock>();
        stack.Push(entry);
        seen.Add(entry);
        while (stack.Count > 0)
        {
            if (stack.Pop().Terminator is not { } t) continue;
            for (int i = 0; i < t.OperandCount; i++)
                if (t.GetOperand(i) is BasicBlock s && ReferenceEquals(s.Parent, f) && seen.Add(s)) stack.Push(s);
        }
        return seen;
    }

    /// <summary>Number of edges to each block in a list of successors.</summary>
    public static Dictionary<BasicBlock, int> EdgeCounts(IEnumerable<BasicBlock> successors)
    {
        var counts = new Dictionary<BasicBlock, int>(ReferenceEqualityComparer.Instance);
        foreach (var s in successors) counts[s] = counts.GetValueOrDefault(s) + 1;
        return counts;
    }

    /// <summary>Number of edges from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int EdgeCount(BasicBlock from, BasicBlock to) => from.Successors.Count(s => ReferenceEquals(s, to));
}
