// Loop rotation: a loop tested at the top (the header computes the exit condition and branches out
// or into the body; the latch jumps back to the header) becomes a loop tested at the bottom. The
// header's test is copied to the end of the preheader (a guard: enter the loop or go straight to
// the exit) and to the end of the latch (go round again or leave), and the header branches straight
// into the body. Each iteration then runs one conditional branch instead of a conditional branch
// and a jump, and simplifycfg merges the header with the body. clang -O0 writes every `for` and
// `while` loop tested at the top; LLVM's loop-rotate does the same.
// The copies run exactly where the header's test ran before — on entry and after every iteration —
// so a load in the test reads the same memory and faults at the same point. The header's other
// instructions now run only when the test passes, so they must not trap or have effects (a
// computation the last, leaving, test skips is unobservable). Values of the header used after the
// loop are merged from the two copies by a phi in the exit block; a copied value that the body also
// uses becomes a phi of the two copies in the header (still computed once per iteration).
// Refuses: headers that branch on a switch or do not leave the loop, loops with several latches or
// a latch that leaves the loop itself, headers with a store, a call, a volatile load, an alloca or an
// instruction that may trap outside the test, and tests of more than MaxCopied instructions. Header
// values used after the loop must be used where the exit dominates the use (a merge with another way
// out of the loop would need a new phi there). An exit with other ways in gets a block of its own on
// the edge from the header, which merges the copies; if a way in comes from outside the loop, only
// the exit's phis may use header values (the exit is usually the next loop's header, which has a
// preheader once that loop is rotated: the loop is tried again then).
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class LoopRotate : IFunctionPass
{
    /// <summary>The most header instructions copied into the preheader and the latch (each).</summary>
    public const int MaxCopied = 8;

    public string Name => "rotate";

    public bool Run(Function f)
    {
        if (!MayHaveTopTestedLoop(f)) return false;
        bool changed = false;
        // Each rotation changes only its own header, preheader, latch and exit block, and adds the
        // preheader of its loop; an enclosing loop still sees the same blocks. A loop whose exit is
        // the header of the next loop (no preheader yet) is tried again once that loop has been
        // rotated and given one, on fresh analyses.
        HashSet<BasicBlock>? retry = null; // headers of the loops to try again in the second round
        for (int round = 0; round < 2; round++)
        {
            var forest = CfgAnalyses.Loops(f);
            bool rotated = false;
            List<(BasicBlock Header, BasicBlock Exit)>? again = null;
            foreach (var loop in forest.InnermostFirst().ToList())
            {
                if (retry is not null && !retry.Contains(loop.Header)) continue;
                switch (TryRotate(forest, loop, out var exit))
                {
                    case Outcome.Rotated: rotated = true; break;
                    case Outcome.RetryWithFreshAnalyses: (again ??= []).Add((loop.Header, exit!)); break;
                }
            }
            changed |= rotated;
            if (!rotated || again is null) break;
            // Worth a second round (and fresh analyses) only for a loop whose header now branches
            // elsewhere than to that exit: the next loop was rotated and put its preheader there.
            retry = new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance);
            foreach (var (header, exit) in again)
                if (!BranchesTo(header, exit)) retry.Add(header);
            if (retry.Count == 0) break;
        }
        return changed;
    }

    /// <summary>
    /// False when no block jumps unconditionally back to an earlier block (or itself) that ends in a
    /// conditional branch: then no loop is tested at the top (a cheap check before the analyses; clang
    /// -O2 loops are tested at the bottom already).
    /// </summary>
    private static bool MayHaveTopTestedLoop(Function f)
    {
        var blocks = f.Blocks;
        for (int i = 0; i < blocks.Count; i++) blocks[i].Scratch = i;
        for (int i = 0; i < blocks.Count; i++)
            if (blocks[i].Terminator is BranchInst { IsConditional: false } br && br.TrueTarget is var h
                && ReferenceEquals(h.Parent, f) && h.Scratch <= i && h.Terminator is BranchInst { IsConditional: true })
                return true;
        return false;
    }

    private static bool BranchesTo(BasicBlock from, BasicBlock to)
    {
        if (from.Terminator is not { } t) return false;
        for (int i = 0; i < t.OperandCount; i++)
            if (ReferenceEquals(t.GetOperand(i), to)) return true;
        return false;
    }

    private enum Outcome { Rotated, Refused, RetryWithFreshAnalyses }

    private static Outcome TryRotate(LoopForest forest, Loop loop, out BasicBlock? exitBlock)
    {
        exitBlock = null;
        var header = loop.Header;
        if (header.Terminator is not BranchInst { IsConditional: true } test) return Outcome.Refused;
        bool trueStays = loop.Contains(test.TrueTarget);
        if (trueStays == loop.Contains(test.FalseTarget)) return Outcome.Refused; // both stay, or both leave
        var body = trueStays ? test.TrueTarget : test.FalseTarget;
        var exit = exitBlock = trueStays ? test.FalseTarget : test.TrueTarget;
        if (loop.SingleLatch is not { } latch || ReferenceEquals(latch, header)
            || latch.Terminator is not BranchInst { IsConditional: false } back || !ReferenceEquals(back.TrueTarget, header))
            return Outcome.Refused; // (an inner loop's rotation may have moved the back edge to a block on its exit edge)
        // An exit with other ways in gets a block of its own on the edge from the header. When those
        // other ways all come from inside the loop (a `break`, or the second test of `a && b`), the
        // header's values are still known on them, and a phi in the exit merges them with the copies'.
        bool split = !HasOnlyPredecessor(exit, header);
        bool mergeable = !split || exit.Predecessors.All(p => ReferenceEquals(p, header) || loop.Contains(p));

        if (CopiedInstructions(loop, test, out bool usedAfter) is not { } ordered) return Outcome.Refused;

        List<(Instruction Value, Instruction User, BasicBlock Block)>? replaced = null;
        if (usedAfter && UsesAfter(forest.Dominators, loop, test, exit, mergeable, out replaced) is { } refusal) return refusal;

        var pre = forest.EnsurePreheader(loop);
        var inPre = new HeaderValues(header, ordered, pre);
        var inLatch = new HeaderValues(header, ordered, latch);

        // The exit's phis: the header's entry becomes one entry per copy. With a block on the exit
        // edge, that block merges the copies of each header value the exit's phis take.
        var original = exit;
        var mergedOnEdge = new Dictionary<Instruction, PhiInst>(ReferenceEqualityComparer.Instance);
        PhiInst OnEdge(Instruction v) => mergedOnEdge.TryGetValue(v, out var m) ? m : mergedOnEdge[v] = Merge(v, exit);
        if (split)
        {
            exit = forest.SplitEdge(header, original);
            foreach (var phi in original.Phis)
                for (int k = 0; k < phi.IncomingCount; k++)
                    if (ReferenceEquals(phi.GetIncomingBlock(k), exit) && phi.GetIncomingValue(k) is Instruction { Parent: { } vb } v
                        && ReferenceEquals(vb, header))
                        phi.SetIncomingValue(k, OnEdge(v));
        }
        else
            foreach (var phi in exit.Phis)
                for (int k = 0; k < phi.IncomingCount; k++)
                    if (ReferenceEquals(phi.GetIncomingBlock(k), header))
                    {
                        var v = phi.GetIncomingValue(k);
                        phi.AddIncoming(inPre[v], pre);
                        phi.AddIncoming(inLatch[v], latch);
                        break;
                    }
        // Other uses after the loop, which the exit dominates: a phi of the copies in the exit (with a
        // block on the exit edge, a phi in the exit of that block's merge and the value itself,
        // which the exit's other predecessors, inside the loop, still see).
        if (replaced is not null)
        {
            var merged = new Dictionary<Instruction, PhiInst>(ReferenceEqualityComparer.Instance);
            foreach (var (v, user, block) in replaced)
            {
                if (!merged.TryGetValue(v, out var phi)) merged[v] = phi = split ? MergeInExit(v) : Merge(v, exit);
                ReplaceUse(user, block, v, phi);
            }
        }
        PhiInst MergeInExit(Instruction v)
        {
            var phi = new PhiInst(v.Type) { Name = v.Name is null ? null : v.Name + ".exit", Location = v.Location };
            foreach (var p in original.Predecessors.Distinct())
            {
                Value value = ReferenceEquals(p, exit) ? OnEdge(v) : v;
                for (int n = CfgEdit.EdgeCount(p, original); n > 0; n--) phi.AddIncoming(value, p);
            }
            original.InsertBefore(phi, original.First);
            return phi;
        }
        PhiInst Merge(Instruction v, BasicBlock at)
        {
            var phi = new PhiInst(v.Type) { Name = v.Name is null ? null : v.Name + ".lcssa", Location = v.Location };
            phi.AddIncoming(inPre[v], pre);
            phi.AddIncoming(inLatch[v], latch);
            at.InsertBefore(phi, at.First);
            return phi;
        }

        BranchInst Rotated(Value condition) => trueStays ? new BranchInst(condition, header, exit) : new BranchInst(condition, exit, header);
        // The preheader and the latch keep their edge to the header and gain one to the exit (whose
        // phis have their entries already); the header loses its edge to the exit.
        var cond = test.Condition!;
        ReplaceBranch(pre, Rotated(inPre[cond]));
        ReplaceBranch(latch, Rotated(inLatch[cond]));
        ReplaceBranch(header, new BranchInst(body));
        if (!split) CfgEdit.RemovePhiEntry(exit, header);
        // A copied value the loop also uses is the copies' value, passed in by a phi: it is computed
        // once per iteration, as before (a load too: it still runs once).
        // (Last first: a copied instruction that only copied ones use goes with them.)
        for (int k = ordered.Count - 1; k >= 0; k--)
        {
            var i = ordered[k];
            if (i.HasUsers)
            {
                var phi = new PhiInst(i.Type) { Name = i.Name, Location = i.Location };
                phi.AddIncoming(inPre[i], pre);
                phi.AddIncoming(inLatch[i], latch);
                header.InsertBefore(phi, header.First);
                i.ReplaceAllUsesWith(phi);
            }
            i.EraseFromParent();
        }
        return Outcome.Rotated;
    }

    private static void ReplaceBranch(BasicBlock block, BranchInst replacement)
    {
        var old = block.Terminator!;
        replacement.Location = old.Location;
        old.EraseFromParent();
        block.Append(replacement);
    }

    /// <summary>
    /// The header instructions to copy, in header order: the condition and what it is computed from
    /// in the header, and header values used after the loop (merged from the copies in the exit).
    /// Null when they are too many or one cannot be copied, or when an instruction that stays in the
    /// header (it will no longer run on the last, failing test) may trap or has effects.
    /// <paramref name="usedAfter"/>: some header value (a phi too) is used after the loop.
    /// </summary>
    private static List<Instruction>? CopiedInstructions(Loop loop, BranchInst test, out bool usedAfter)
    {
        var header = loop.Header;
        var copied = new HashSet<Instruction>(ReferenceEqualityComparer.Instance);
        var work = new Stack<Instruction>();
        if (test.Condition is Instruction c && ReferenceEquals(c.Parent, header) && c is not PhiInst) work.Push(c);
        usedAfter = false;
        for (var i = header.First; i is not null && !ReferenceEquals(i, test); i = i.Next)
            if (UsedOutside(loop, i))
            {
                usedAfter = true;
                if (i is not PhiInst) work.Push(i);
            }
        while (work.Count > 0)
        {
            var i = work.Pop();
            if (!copied.Add(i)) continue;
            if (copied.Count > MaxCopied || !CanCopy(i)) return null;
            for (int k = 0; k < i.OperandCount; k++)
                if (i.GetOperand(k) is Instruction op && ReferenceEquals(op.Parent, header) && op is not PhiInst) work.Push(op);
        }
        var ordered = new List<Instruction>(copied.Count);
        for (var i = header.First; i is not null && !ReferenceEquals(i, test); i = i.Next)
        {
            if (i is PhiInst) continue;
            if (copied.Contains(i)) ordered.Add(i);
            else if (i.HasSideEffects || i.MayTrap || i is AllocaInst) return null;
        }
        return ordered;
    }

    /// <summary>
    /// The uses of header values after the loop that a phi in the exit must take over (in
    /// <paramref name="replaced"/>), or why the loop cannot be rotated. The exit's phis take the
    /// copies' values directly; any other use must be dominated by the exit, or not be reachable from
    /// the exit without passing the header (then the header still dominates it). The dominator tree
    /// may predate rotations of other loops in this round: those only took dominance away from their
    /// own headers, and a header is never this loop's exit here (its preheader is in between); blocks
    /// made since are unknown to it, and refused.
    /// </summary>
    private static Outcome? UsesAfter(DominatorTree dom, Loop loop, BranchInst test, BasicBlock exit, bool mergeable,
        out List<(Instruction Value, Instruction User, BasicBlock Block)>? replaced)
    {
        replaced = null;
        HashSet<BasicBlock>? fromExit = null;
        for (var i = loop.Header.First; i is not null && !ReferenceEquals(i, test); i = i.Next)
            foreach (var (user, block) in OutsideUses(loop, i))
            {
                if (ReferenceEquals(block, loop.Header) && ReferenceEquals(user.Parent, exit)) continue; // an exit phi's entry
                if (dom.IndexOf(block) >= 0 && dom.Dominates(exit, block))
                {
                    // (An exit entered from outside the loop too is usually the next loop's
                    // header, which gets a preheader of its own when that loop is rotated.)
                    if (!mergeable) return Outcome.RetryWithFreshAnalyses;
                    (replaced ??= []).Add((i, user, block));
                    continue;
                }
                fromExit ??= ReachableAvoiding(exit, loop.Header);
                if (fromExit.Contains(block)) return mergeable ? Outcome.Refused : Outcome.RetryWithFreshAnalyses;
            }
        return null;
    }

    /// <summary>Whether <paramref name="exit"/> is entered only from <paramref name="header"/>, by one edge.</summary>
    private static bool HasOnlyPredecessor(BasicBlock exit, BasicBlock header)
    {
        foreach (var p in exit.Predecessors)
            if (!ReferenceEquals(p, header)) return false;
        return true;
    }

    /// <summary>Instructions the copies may contain: no effects, no fresh memory, no phis (the header's phis are replaced by their incoming values).</summary>
    private static bool CanCopy(Instruction i) =>
        i is not (PhiInst or AllocaInst or CallInst) && !i.HasSideEffects && !i.IsTerminator;

    private static bool UsedOutside(Loop loop, Instruction i)
    {
        for (int k = 0; k < i.UserCount; k++)
            if (i.GetUser(k).AsInstruction is { Parent: { } b } && !loop.Contains(b)) return true;
        return false;
    }

    /// <summary>Each use of <paramref name="i"/> outside the loop, with the block it happens in (a phi uses a value at the end of the incoming block).</summary>
    private static IEnumerable<(Instruction User, BasicBlock Block)> OutsideUses(Loop loop, Instruction i)
    {
        for (int k = 0; k < i.UserCount; k++)
        {
            if (i.GetUser(k).AsInstruction is not { Parent: { } b } user || loop.Contains(b)) continue;
            if (user is PhiInst phi)
            {
                for (int e = 0; e < phi.IncomingCount; e++)
                    if (ReferenceEquals(phi.GetIncomingValue(e), i)) yield return (user, phi.GetIncomingBlock(e));
            }
            else yield return (user, b);
        }
    }

    /// <summary>Replaces <paramref name="from"/> by <paramref name="to"/> in <paramref name="user"/> (for a phi, only in the entry of <paramref name="block"/>).</summary>
    private static void ReplaceUse(Instruction user, BasicBlock block, Value from, Value to)
    {
        if (user is PhiInst phi)
        {
            for (int e = 0; e < phi.IncomingCount; e++)
                if (ReferenceEquals(phi.GetIncomingBlock(e), block) && ReferenceEquals(phi.GetIncomingValue(e), from))
                    phi.SetIncomingValue(e, to);
        }
        else user.ReplaceUsesOfWith(from, to);
    }

    /// <summary>The blocks reachable from <paramref name="start"/> without passing through <paramref name="avoid"/>.</summary>
    private static HashSet<BasicBlock> ReachableAvoiding(BasicBlock start, BasicBlock avoid)
    {
        var seen = new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance) { start };
        var work = new Stack<BasicBlock>();
        work.Push(start);
        while (work.Count > 0)
            foreach (var s in work.Pop().Successors)
                if (!ReferenceEquals(s, avoid) && seen.Add(s)) work.Push(s);
        return seen;
    }

    /// <summary>
    /// The header's values as seen at the end of one block that branches to it (the preheader or the
    /// latch): each phi's entry for that block, and the copies of the copied instructions made there.
    /// A few entries at most, searched in order.
    /// </summary>
    private sealed class HeaderValues
    {
        private readonly Instruction[] _from;
        private readonly Value[] _to;

        /// <summary>
        /// Copies <paramref name="copied"/> (header instructions, in header order) to the end of
        /// <paramref name="into"/> (before its terminator), reading each header phi's entry for
        /// <paramref name="into"/>.
        /// </summary>
        public HeaderValues(BasicBlock header, List<Instruction> copied, BasicBlock into)
        {
            int phis = 0;
            for (var i = header.First; i is PhiInst; i = i.Next) phis++;
            _from = new Instruction[phis + copied.Count];
            _to = new Value[_from.Length];
            int n = 0;
            for (var i = header.First; i is PhiInst phi; i = i.Next)
            {
                _from[n] = phi;
                _to[n++] = phi.GetValueForBlock(into)!;
            }
            var end = into.Terminator!;
            foreach (var i in copied)
            {
                var c = InstructionCloner.Clone(i);
                for (int k = 0; k < c.OperandCount; k++)
                {
                    var op = c.GetOperand(k);
                    var image = this[op, n];
                    if (!ReferenceEquals(image, op)) c.SetOperand(k, image);
                }
                into.InsertBefore(c, end);
                _from[n] = i;
                _to[n++] = c;
            }
        }

        /// <summary>What <paramref name="v"/> is at the end of the block (v itself when it is not the header's).</summary>
        public Value this[Value v] => this[v, _from.Length];

        private Value this[Value v, int count]
        {
            get
            {
                for (int k = 0; k < count; k++)
                    if (ReferenceEquals(_from[k], v)) return _to[k];
                return v;
            }
        }
    }
}
