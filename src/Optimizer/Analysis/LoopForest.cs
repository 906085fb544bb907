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
    private readonly HashSet<BasicBlock> _blocks = new(ReferenceEqualityComparer.Instance);
    private readonly List<BasicBlock> _blockList = [];

    internal Loop(BasicBlock header) => Header = header;

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

    public bool Contains(BasicBlock block) => _blocks.Contains(block);

    public bool Contains(Instruction inst) => inst.Parent is { } b && _blocks.Contains(b);

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
    public IEnumerable<BasicBlock> ExitingBlocks => _blockList.Where(b => b.Successors.Any(s => !Contains(s)));

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
        foreach (var c in Children)
            foreach (var l in c.InnermostFirst()) yield return l;
        yield return this;
    }

    internal void Add(BasicBlock block)
    {
        if (_blocks.Add(block)) _blockList.Add(block);
    }

    internal void SortBlocks(Dictionary<BasicBlock, int> order)
    {
        // The header first, then by position (the keys are distinct, so the order is fully determined).
        var keys = new int[_blockList.Count];
        var blocks = _blockList.ToArray();
        for (int i = 0; i < blocks.Length; i++) keys[i] = ReferenceEquals(blocks[i], Header) ? -1 : order[blocks[i]];
        Array.Sort(keys, blocks);
        _blockList.Clear();
        _blockList.AddRange(blocks);
    }

    public override string ToString() => $"loop at {Header} ({_blockList.Count} blocks, depth {Depth})";
}

public sealed class LoopForest
{
    private readonly Dictionary<BasicBlock, Loop> _innermost = new(ReferenceEqualityComparer.Instance);
    private readonly List<Loop> _topLevel = [];

    public LoopForest(Function function) : this(function, new DominatorTree(function)) { }

    public LoopForest(Function function, DominatorTree dominators)
    {
        Function = function;
        Dominators = dominators;
        // One loop per header: the blocks that reach a latch without passing the header.
        var byHeader = new Dictionary<BasicBlock, Loop>(ReferenceEqualityComparer.Instance);
        var headers = new List<BasicBlock>();
        foreach (var b in dominators.ReversePostorder)
            foreach (var s in b.Successors)
                if (dominators.Dominates(s, b))
                {
                    if (!byHeader.TryGetValue(s, out var loop))
                    {
                        byHeader[s] = loop = new Loop(s);
                        loop.Add(s);
                        headers.Add(s);
                    }
                    if (!loop.Latches.Contains(b)) loop.Latches.Add(b);
                }
        if (byHeader.Count == 0) return;
        foreach (var loop in byHeader.Values)
        {
            var work = new Stack<BasicBlock>(loop.Latches);
            while (work.Count > 0)
            {
                var b = work.Pop();
                if (loop.Contains(b)) continue;
                loop.Add(b);
                foreach (var p in b.Predecessors)
                    if (dominators.IsReachable(p)) work.Push(p);
            }
            // The header was added first, so the walk stops there.
        }
        var order = new Dictionary<BasicBlock, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < function.Blocks.Count; i++) order[function.Blocks[i]] = i;
        foreach (var loop in byHeader.Values) loop.SortBlocks(order);

        // Nest: the parent of a loop is the smallest other loop containing its header. Loops are
        // visited largest first so the innermost loop of a block is the last one recorded.
        var bySize = byHeader.Values.OrderByDescending(l => l.Blocks.Count).ThenBy(l => order[l.Header]).ToList();
        foreach (var loop in bySize)
        {
            Loop? parent = null;
            foreach (var other in bySize)
            {
                // Another natural loop holding this header strictly contains this loop.
                if (ReferenceEquals(other, loop) || !other.Contains(loop.Header)) continue;
                if (parent is null || other.Blocks.Count < parent.Blocks.Count) parent = other;
            }
            loop.Parent = parent;
            if (parent is null) _topLevel.Add(loop);
            else parent.Children.Add(loop);
            foreach (var b in loop.Blocks) _innermost[b] = loop; // later (smaller) loops overwrite
        }
        _topLevel.Sort((a, b) => order[a.Header].CompareTo(order[b.Header]));
        foreach (var l in byHeader.Values) l.Children.Sort((a, b) => order[a.Header].CompareTo(order[b.Header]));
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
        var blocks = f.Blocks;
        var order = new Dictionary<BasicBlock, int>(blocks.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < blocks.Count; i++) order[blocks[i]] = i;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Terminator is not { } t) continue;
            for (int k = 0; k < t.OperandCount; k++)
                if (t.GetOperand(k) is BasicBlock s && order.TryGetValue(s, out int j) && j <= i) return true;
        }
        return false;
    }

    /// <summary>The outermost loops, in function order.</summary>
    public IReadOnlyList<Loop> TopLevel => _topLevel;

    /// <summary>Every loop, inner loops before the loops containing them (the order loop passes work in).</summary>
    public IEnumerable<Loop> InnermostFirst() => _topLevel.SelectMany(l => l.InnermostFirst());

    /// <summary>The innermost loop containing <paramref name="block"/>, or null.</summary>
    public Loop? LoopFor(BasicBlock block) => _innermost.GetValueOrDefault(block);

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
        for (var l = loop.Parent; l is not null; l = l.Parent) l.Add(pre);
        if (loop.Parent is { } parent) _innermost[pre] = parent;
        return pre;
    }
}
