// The loops of a function: natural loops found from back edges (an edge latch → header where the
// header dominates the latch), loops with the same header merged, nested by containment. Loop passes
// (LICM, induction variables, unrolling, the vectorizer) ask it for a loop's blocks, latches, exits
// and preheader, and make a preheader when there is none (EnsurePreheader). Irreducible cycles (no
// single header dominating the cycle) are not loops here, so loop passes leave them alone.
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public sealed class Loop
{
    private readonly LoopForest _forest;
    private readonly ulong[] _members; // bit i: the block at reverse-postorder index i is in the loop
    private HashSet<BasicBlock>? _added; // blocks that joined later (preheaders of inner loops)
    private readonly List<BasicBlock> _blockList = [];

    internal Loop(LoopForest forest, BasicBlock header, int blockCount)
    {
        _forest = forest;
        Header = header;
        _members = new ulong[(blockCount + 63) >> 6];
    }

    /// <summary>The block every iteration starts in; it dominates every block of the loop.</summary>
    public BasicBlock Header { get; }

    /// <summary>The enclosing loop, or null for an outermost loop.</summary>
    public Loop? Parent { get; internal set; }

    public List<Loop> Children { get; } = [];

    /// <summary>1 for an outermost loop, 2 for a loop inside it, and so on.</summary>
    public int Depth => Parent is null ? 1 : Parent.Depth + 1;

    /// <summary>The blocks of the loop (nested loops' blocks included), the header first, then in function order.</summary>
    public IReadOnlyList<BasicBlock> Blocks => _blockList;

    /// <summary>Blocks inside the loop that branch back to the header.</summary>
    public List<BasicBlock> Latches { get; } = [];

    public bool Contains(BasicBlock block)
    {
        int i = _forest.IndexOf(block);
        if (i >= 0) return (_members[i >> 6] & (1UL << i)) != 0;
        return _added is not null && _added.Contains(block);
    }

    public bool Contains(Instruction inst) => inst.Parent is { } b && Contains(b);

    /// <summary>True if <paramref name="value"/> is the same on every iteration because it is not computed inside the loop.</summary>
    public bool IsDefinedOutside(Value value) => value is not Instruction i || !Contains(i);

    /// <summary>The single latch, or null when several blocks branch back.</summary>
    public BasicBlock? SingleLatch => Latches.Count == 1 ? Latches[0] : null;

    /// <summary>
    /// The block outside the loop that is the header's only predecessor from outside and whose only
    /// successor is the header, or null when there is none (<see cref="LoopForest.EnsurePreheader"/> makes one).
    /// </summary>
    public BasicBlock? Preheader
    {
        get
        {
            BasicBlock? outside = null;
            foreach (var p in Header.Predecessors)
            {
                if (Contains(p)) continue;
                if (outside is not null && !ReferenceEquals(outside, p)) return null;
                outside = p;
            }
            if (outside?.Terminator is not BranchInst { IsConditional: false }) return null;
            return outside;
        }
    }

    /// <summary>Blocks inside the loop with a successor outside it.</summary>
    public IEnumerable<BasicBlock> ExitingBlocks => _blockList.Where(IsExiting);

    /// <summary>The number of <see cref="ExitingBlocks"/>, and the first of them (null when none).</summary>
    public (int Count, BasicBlock? First) CountExiting()
    {
        int count = 0;
        BasicBlock? first = null;
        foreach (var b in _blockList)
            if (IsExiting(b))
            {
                first ??= b;
                count++;
            }
        return (count, first);
    }

    private bool IsExiting(BasicBlock b)
    {
        if (b.Terminator is not { } t) return false;
        for (int i = 0; i < t.OperandCount; i++)
            if (t.GetOperand(i) is BasicBlock s && !Contains(s)) return true;
        return false;
    }

    /// <summary>Blocks outside the loop that a block inside branches to (each once).</summary>
    public IReadOnlyList<BasicBlock> ExitBlocks
    {
        get
        {
            var seen = new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance);
            var result = new List<BasicBlock>();
            foreach (var b in _blockList)
                foreach (var s in b.Successors)
                    if (!Contains(s) && seen.Add(s)) result.Add(s);
            return result;
        }
    }

    /// <summary>This loop and every loop nested in it, innermost first.</summary>
    public IEnumerable<Loop> InnermostFirst()
    {
        var result = new List<Loop>();
        AddInnermostFirst(result);
        return result;
    }

    internal void AddInnermostFirst(List<Loop> result)
    {
        foreach (var c in Children) c.AddInnermostFirst(result);
        result.Add(this);
    }

    /// <summary>Puts the block at reverse-postorder index <paramref name="index"/> in the loop (while the forest is built); false if it was in already.</summary>
    internal bool Mark(int index)
    {
        ref ulong word = ref _members[index >> 6];
        ulong bit = 1UL << index;
        if ((word & bit) != 0) return false;
        word |= bit;
        return true;
    }

    /// <summary>Appends to <see cref="Blocks"/> (while the forest is built, in the final order).</summary>
    internal void AddBlock(BasicBlock block) => _blockList.Add(block);

    /// <summary>Adds a block made after the forest was built (a preheader).</summary>
    internal void AddNew(BasicBlock block)
    {
        if ((_added ??= new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance)).Add(block)) _blockList.Add(block);
    }

    public override string ToString() => $"loop at {Header} ({_blockList.Count} blocks, depth {Depth})";
}

public sealed class LoopForest
{
    // Blocks are identified by their index in the dominator tree's reverse postorder (read from
    // Value.Scratch, checked against the list, as DominatorTree.IndexOf does); blocks made later
    // (preheaders) are in _newBlocks and have no index.
    private readonly BasicBlock[] _rpo;
    private readonly Loop?[] _innermostByIndex;
    private Dictionary<BasicBlock, Loop>? _innermostNew;
    private HashSet<BasicBlock>? _newBlocks;
    private readonly List<Loop> _topLevel = [];
    private readonly List<Loop> _innermostFirst = [];

    public LoopForest(Function function) : this(function, new DominatorTree(function)) { }

    public LoopForest(Function function, DominatorTree dominators)
    {
        Function = function;
        Dominators = dominators;
        dominators.Renumber(); // Scratch holds the RPO index of every reachable block from here on
        _rpo = [.. dominators.ReversePostorder];
        int n = _rpo.Length;
        _innermostByIndex = new Loop?[n];
        // One loop per header: the blocks that reach a latch without passing the header. Loops are
        // listed in the order their first back edge is found (blocks in RPO, successors in order).
        var loops = new List<Loop>();
        int[]? loopOfHeader = null; // loop number + 1 by header index
        for (int bi = 0; bi < n; bi++)
        {
            var b = _rpo[bi];
            if (b.Terminator is not { } t) continue;
            for (int k = 0; k < t.OperandCount; k++)
            {
                if (t.GetOperand(k) is not BasicBlock s) continue;
                int si = IndexOf(s);
                if (si < 0 || !dominators.Dominates(s, b)) continue;
                loopOfHeader ??= new int[n];
                Loop loop;
                if (loopOfHeader[si] == 0)
                {
                    loop = new Loop(this, s, n);
                    loop.Mark(si);
                    loop.AddBlock(s);
                    loops.Add(loop);
                    loopOfHeader[si] = loops.Count;
                }
                else loop = loops[loopOfHeader[si] - 1];
                if (!loop.Latches.Contains(b)) loop.Latches.Add(b);
            }
        }
        if (loops.Count == 0) return;
        var work = new Stack<BasicBlock>();
        var members = new List<int>[loops.Count]; // each loop's blocks other than the header, by RPO index
        for (int li = 0; li < loops.Count; li++)
        {
            var loop = loops[li];
            var found = members[li] = [];
            foreach (var latch in loop.Latches) work.Push(latch);
            while (work.Count > 0)
            {
                var b = work.Pop();
                // The header was marked first, so the walk stops there.
                int bi = IndexOf(b);
                if (!loop.Mark(bi)) continue;
                found.Add(bi);
                // Predecessors: the blocks of terminators that name b (unreachable ones have no index).
                for (int u = 0; u < b.UserCount; u++)
                    if (b.GetUser(u).AsInstruction is { Parent: { } p } user && user.IsTerminator && IndexOf(p) >= 0) work.Push(p);
            }
        }
        // Each loop's block list: the header, then its other blocks in function order (each loop's
        // own blocks sorted, not every block asked of every loop: thousands of loops in one
        // function made that loops x blocks).
        var layoutOf = new int[n]; // function order by RPO index
        var blocks = function.Blocks;
        for (int i = 0; i < blocks.Count; i++)
            if (IndexOf(blocks[i]) is int bi and >= 0) layoutOf[bi] = i;
        for (int li = 0; li < loops.Count; li++)
        {
            var positions = members[li];
            for (int k = 0; k < positions.Count; k++) positions[k] = layoutOf[positions[k]];
            positions.Sort();
            foreach (int position in positions) loops[li].AddBlock(blocks[position]);
        }

        // Nest: the parent of a loop is the smallest other loop containing its header. Loops are
        // visited largest first so the innermost loop of a block is the last one recorded. Every
        // loop containing a header other than its own contains that loop strictly (natural loops
        // with different headers are nested or disjoint), so it is larger and was visited before:
        // the loop recorded for the header at that point is the parent.
        var bySize = loops.ToArray();
        var sizeKeys = new long[bySize.Length]; // larger first, then by header position: distinct keys
        for (int i = 0; i < bySize.Length; i++)
            sizeKeys[i] = (long)(n - bySize[i].Blocks.Count) * (blocks.Count + 1) + layoutOf[IndexOf(bySize[i].Header)];
        Array.Sort(sizeKeys, bySize);
        foreach (var loop in bySize)
        {
            var parent = _innermostByIndex[IndexOf(loop.Header)];
            loop.Parent = parent;
            if (parent is null) _topLevel.Add(loop);
            else parent.Children.Add(loop);
            foreach (var b in loop.Blocks) _innermostByIndex[IndexOf(b)] = loop; // later (smaller) loops overwrite
        }
        _topLevel.Sort((a, b) => layoutOf[IndexOf(a.Header)].CompareTo(layoutOf[IndexOf(b.Header)]));
        foreach (var l in loops) l.Children.Sort((a, b) => layoutOf[IndexOf(a.Header)].CompareTo(layoutOf[IndexOf(b.Header)]));
        foreach (var l in _topLevel) l.AddInnermostFirst(_innermostFirst);
    }

    /// <summary>The block's reverse-postorder index, or -1 for unreachable blocks and blocks made after the forest.</summary>
    internal int IndexOf(BasicBlock block)
    {
        int s = block.Scratch;
        if ((uint)s < (uint)_rpo.Length && ReferenceEquals(_rpo[s], block)) return s;
        // Another analysis may have reused Scratch since: ask the dominator tree (it keeps a map then).
        if (_newBlocks is not null && _newBlocks.Contains(block)) return -1;
        return Dominators.IndexOf(block);
    }

    public Function Function { get; }

    public DominatorTree Dominators { get; }

    /// <summary>True once <see cref="EnsurePreheader"/> made a block (the loops and the CFG have changed).</summary>
    public bool Modified { get; private set; }

    /// <summary>
    /// False when no branch goes to its own block or to an earlier one in layout order: then the CFG
    /// has no cycle and so no loops (a cheap check before building the dominator tree and the forest).
    /// </summary>
    public static bool MayHaveLoops(Function f)
    {
        // Layout positions in Value.Scratch (the caller has not numbered anything yet; the forest
        // and the dominator tree check Scratch before trusting it).
        var blocks = f.Blocks;
        for (int i = 0; i < blocks.Count; i++) blocks[i].Scratch = i;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Terminator is not { } t) continue;
            for (int k = 0; k < t.OperandCount; k++)
                if (t.GetOperand(k) is BasicBlock s && ReferenceEquals(s.Parent, f) && s.Scratch <= i) return true;
        }
        return false;
    }

    /// <summary>The outermost loops, in function order.</summary>
    public IReadOnlyList<Loop> TopLevel => _topLevel;

    /// <summary>Every loop, inner loops before the loops containing them (the order loop passes work in).</summary>
    public IEnumerable<Loop> InnermostFirst() => _innermostFirst;

    /// <summary>The innermost loop containing <paramref name="block"/>, or null.</summary>
    public Loop? LoopFor(BasicBlock block)
    {
        int i = IndexOf(block);
        if (i >= 0) return _innermostByIndex[i];
        return _innermostNew?.GetValueOrDefault(block);
    }

    /// <summary>
    /// Puts a new, empty block on the edge <paramref name="from"/> → <paramref name="to"/> (which must
    /// be <paramref name="from"/>'s only edge to it): <paramref name="from"/> branches to the new block,
    /// the new block to <paramref name="to"/>, and <paramref name="to"/>'s phis take their entry for
    /// <paramref name="from"/> from it. The new block joins the loops that contain both ends. The
    /// dominator tree is not updated.
    /// </summary>
    public BasicBlock SplitEdge(BasicBlock from, BasicBlock to)
    {
        Modified = true;
        var block = new BasicBlock((from.Name ?? "loop") + ".exit");
        Function.InsertBlock(Function.IndexOfBlock(to), block);
        var t = from.Terminator!;
        for (int i = 0; i < t.OperandCount; i++)
            if (ReferenceEquals(t.GetOperand(i), to)) t.SetOperand(i, block);
        foreach (var phi in to.Phis)
            for (int i = 0; i < phi.IncomingCount; i++)
                if (ReferenceEquals(phi.GetIncomingBlock(i), from)) phi.SetIncomingBlock(i, block);
        block.Append(new BranchInst(to) { Location = t.Location });
        (_newBlocks ??= new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance)).Add(block);
        Loop? innermost = null;
        for (var l = LoopFor(from); l is not null; l = l.Parent)
            if (l.Contains(to))
            {
                l.AddNew(block);
                innermost ??= l;
            }
        if (innermost is not null) (_innermostNew ??= new Dictionary<BasicBlock, Loop>(ReferenceEqualityComparer.Instance))[block] = innermost;
        return block;
    }

    /// <summary>
    /// Returns the loop's preheader, first making one if needed: a new block before the header that
    /// every entry into the loop goes through. The header's phis take one entry from it; if several
    /// outside edges entered, a phi in the new block merges their values. The new block joins the
    /// enclosing loops. The dominator tree is not updated (rebuild the analyses after changing the CFG).
    /// </summary>
    public BasicBlock EnsurePreheader(Loop loop)
    {
        if (loop.Preheader is { } existing) return existing;
        var header = loop.Header;
        var outsideEdges = new List<BasicBlock>(); // one entry per edge, as phis count them
        foreach (var p in header.Predecessors)
            if (!loop.Contains(p))
                foreach (var s in p.Successors)
                    if (ReferenceEquals(s, header)) outsideEdges.Add(p);
        if (outsideEdges.Count == 0)
            throw new InvalidOperationException($"{loop} is entered only from inside (the entry block cannot be a loop header)");
        var distinctOutside = outsideEdges.Distinct(ReferenceEqualityComparer.Instance).Cast<BasicBlock>().ToList();

        Modified = true;
        var pre = new BasicBlock((header.Name ?? "loop") + ".preheader");
        Function.InsertBlock(Function.IndexOfBlock(header), pre);
        foreach (var phi in header.Phis.ToList())
        {
            var entries = new List<(Value Value, BasicBlock Block)>();
            for (int i = phi.IncomingCount - 1; i >= 0; i--)
                if (!loop.Contains(phi.GetIncomingBlock(i)))
                {
                    entries.Insert(0, (phi.GetIncomingValue(i), phi.GetIncomingBlock(i)));
                    phi.RemoveIncoming(i);
                }
            Value merged;
            if (entries.Count > 0 && entries.All(e => ReferenceEquals(e.Value, entries[0].Value))) merged = entries[0].Value;
            else
            {
                var inPre = new PhiInst(phi.Type) { Name = phi.Name is null ? null : phi.Name + ".ph", Location = phi.Location };
                foreach (var (v, b) in entries) inPre.AddIncoming(v, b);
                pre.Append(inPre);
                merged = inPre;
            }
            phi.AddIncoming(merged, pre);
        }
        pre.Append(new BranchInst(header) { Location = header.FirstNonPhi?.Location });
        foreach (var p in distinctOutside)
        {
            var t = p.Terminator!;
            for (int i = 0; i < t.OperandCount; i++)
                if (ReferenceEquals(t.GetOperand(i), header)) t.SetOperand(i, pre);
        }
        (_newBlocks ??= new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance)).Add(pre);
        for (var l = loop.Parent; l is not null; l = l.Parent) l.AddNew(pre);
        if (loop.Parent is { } parent) (_innermostNew ??= new Dictionary<BasicBlock, Loop>(ReferenceEqualityComparer.Instance))[pre] = parent;
        return pre;
    }
}
