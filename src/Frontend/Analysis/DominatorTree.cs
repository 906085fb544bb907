// Dominators of a function's control-flow graph, computed with the Cooper–Harvey–Kennedy iterative
// algorithm ("A Simple, Fast Dominance Algorithm"): number the reachable blocks in reverse
// postorder, then repeatedly intersect the dominators of each block's processed predecessors until
// nothing changes. Also gives dominance frontiers (for SSA construction in the optimizer) and the
// instruction-level question the verifier asks: does this definition dominate that use?
// Blocks unreachable from the entry are not in the tree: they dominate nothing and, by the usual
// convention, every block dominates them (so uses inside dead code never fail a dominance check).
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Analysis;

public sealed class DominatorTree
{
    // A block's RPO index is kept in its Value.Scratch (checked against _rpo before it is trusted:
    // another analysis may have reused the field since); the dictionary is made on the first miss.
    // Predecessors and children are stored compactly (all lists in one array, with offsets per
    // block): a pass may build this tree several times per function.
    private Dictionary<BasicBlock, int>? _rpoIndex;
    private readonly BasicBlock[] _rpo;
    private readonly int[] _idom;
    private readonly int[] _predStart, _preds; // reachable predecessors by RPO index, each once: _preds[_predStart[b].._predStart[b + 1]]
    private readonly BasicBlock[]?[] _children; // by RPO index, in RPO order; null when none
    private List<BasicBlock>?[]? _frontiers; // by RPO index, each in RPO order; null is an empty frontier
    private static readonly HashSet<BasicBlock> NoFrontier = new(ReferenceEqualityComparer.Instance);
    // Pre/post numbering of the dominator tree makes Dominates(a, b) O(1).
    private readonly int[] _pre;
    private readonly int[] _post;

    public DominatorTree(Function function)
    {
        Function = function;
        var entry = function.EntryBlock ?? throw new ArgumentException($"'@{function.Name}' has no body");
        _rpo = ComputeReversePostorder(entry);
        int n = _rpo.Length;

        // Predecessor lists: count, then fill (in RPO order of the predecessor, each once).
        var start = _predStart = new int[n + 1];
        var lastFrom = new int[n];
        Array.Fill(lastFrom, -1);
        int edges = 0;
        for (int i = 0; i < n; i++)
        {
            if (_rpo[i].Terminator is not { } t) continue;
            for (int k = 0; k < t.OperandCount; k++)
                if (t.GetOperand(k) is BasicBlock s && IndexOf(s) is int si && si >= 0 && lastFrom[si] != i)
                {
                    lastFrom[si] = i;
                    start[si + 1]++;
                    edges++;
                }
        }
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        var preds = _preds = new int[edges];
        var fill = (int[])start.Clone();
        Array.Fill(lastFrom, -1);
        for (int i = 0; i < n; i++)
        {
            if (_rpo[i].Terminator is not { } t) continue;
            for (int k = 0; k < t.OperandCount; k++)
                if (t.GetOperand(k) is BasicBlock s && IndexOf(s) is int si && si >= 0 && lastFrom[si] != i)
                {
                    lastFrom[si] = i;
                    preds[fill[si]++] = i;
                }
        }

        _idom = new int[n];
        Array.Fill(_idom, -1);
        _idom[0] = 0;
        for (bool changed = true; changed;)
        {
            changed = false;
            for (int b = 1; b < n; b++)
            {
                int newIdom = -1;
                // Predecessors latest in RPO first: the intersection then only climbs from the
                // deepest one. (Earliest first, a block joining a chain of n tests, each with an
                // edge to it, climbed the chain again for each: n^2 steps, 3 s at n = 50,000.)
                for (int k = start[b + 1] - 1; k >= start[b]; k--)
                {
                    int p = preds[k];
                    if (_idom[p] < 0) continue;
                    newIdom = newIdom < 0 ? p : Intersect(p, newIdom);
                }
                if (newIdom != _idom[b])
                {
                    _idom[b] = newIdom;
                    changed = true;
                }
            }
        }

        // Children in RPO order: count, then fill.
        var childCount = new int[n];
        for (int b = 1; b < n; b++) childCount[_idom[b]]++;
        _children = new BasicBlock[]?[n];
        for (int b = 0; b < n; b++)
            if (childCount[b] > 0) _children[b] = new BasicBlock[childCount[b]];
        Array.Clear(childCount);
        for (int b = 1; b < n; b++) _children[_idom[b]]![childCount[_idom[b]]++] = _rpo[b];

        _pre = new int[n];
        _post = new int[n];
        NumberTree();
    }

    public Function Function { get; }

    /// <summary>Reachable blocks in reverse postorder (the entry first; a block before its successors except along back edges).</summary>
    public IReadOnlyList<BasicBlock> ReversePostorder => _rpo;

    public bool IsReachable(BasicBlock block) => IndexOf(block) >= 0;

    /// <summary>Writes the RPO numbers into the blocks' Scratch again (when the tree is reused after other code used the field).</summary>
    public void Renumber()
    {
        for (int i = 0; i < _rpo.Length; i++) _rpo[i].Scratch = i;
    }

    /// <summary>The block's position in <see cref="ReversePostorder"/>, or -1 when it is unreachable (or not in the function).</summary>
    public int IndexOf(BasicBlock block)
    {
        int s = block.Scratch;
        if ((uint)s < (uint)_rpo.Length && ReferenceEquals(_rpo[s], block)) return s;
        if (_rpoIndex is null)
        {
            _rpoIndex = new Dictionary<BasicBlock, int>(_rpo.Length, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < _rpo.Length; i++) _rpoIndex[_rpo[i]] = i;
        }
        return _rpoIndex.TryGetValue(block, out int k) ? k : -1;
    }

    /// <summary>The blocks reachable from the entry block.</summary>
    public IEnumerable<BasicBlock> Reachable => _rpo;

    /// <summary>The immediate dominator, or null for the entry block and unreachable blocks.</summary>
    public BasicBlock? ImmediateDominator(BasicBlock block) =>
        IndexOf(block) is int i && i > 0 ? _rpo[_idom[i]] : null;

    /// <summary>Blocks whose immediate dominator is <paramref name="block"/>.</summary>
    public IReadOnlyList<BasicBlock> Children(BasicBlock block) =>
        IndexOf(block) is int i && i >= 0 && _children[i] is { } c ? c : [];

    /// <summary>
    /// Whether every path from the entry to <paramref name="b"/> passes through <paramref name="a"/>
    /// (a block dominates itself). An unreachable <paramref name="b"/> is dominated by everything.
    /// </summary>
    public bool Dominates(BasicBlock a, BasicBlock b)
    {
        int bi = IndexOf(b);
        if (bi < 0) return true;
        int ai = IndexOf(a);
        if (ai < 0) return false;
        return _pre[ai] <= _pre[bi] && _post[bi] <= _post[ai];
    }

    public bool StrictlyDominates(BasicBlock a, BasicBlock b) => !ReferenceEquals(a, b) && Dominates(a, b);

    /// <summary>
    /// Whether the value <paramref name="def"/> is available at every execution of <paramref name="user"/>.
    /// A phi uses its incoming value at the end of the incoming block, so for phis use
    /// <see cref="DominatesPhiUse"/>, which knows the edge; here a phi user is treated like any other
    /// instruction. An instruction does not dominate itself.
    /// </summary>
    public bool Dominates(Instruction def, Instruction user)
    {
        var db = def.Parent ?? throw new ArgumentException("the definition is not in a block");
        var ub = user.Parent ?? throw new ArgumentException("the user is not in a block");
        if (!ReferenceEquals(db, ub)) return Dominates(db, ub);
        if (!IsReachable(ub)) return true;
        if (ReferenceEquals(def, user)) return false;
        for (var i = def.Next; i is not null; i = i.Next)
            if (ReferenceEquals(i, user)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="def"/> is available at the end of <paramref name="incoming"/> (a phi's use site).</summary>
    public bool DominatesPhiUse(Instruction def, BasicBlock incoming)
    {
        var db = def.Parent ?? throw new ArgumentException("the definition is not in a block");
        // def is in the incoming block itself: it is defined before the block's end (the terminator
        // produces no value that a phi could use).
        return Dominates(db, incoming);
    }

    /// <summary>
    /// The dominance frontier of <paramref name="block"/>: blocks where its dominance ends (a
    /// successor of a dominated block that the block does not strictly dominate).
    /// </summary>
    public IReadOnlySet<BasicBlock> Frontier(BasicBlock block) =>
        IndexOf(block) is int i && i >= 0 && FrontierLists()[i] is { } f ? new HashSet<BasicBlock>(f, ReferenceEqualityComparer.Instance) : NoFrontier;

    /// <summary>The dominance frontier of <paramref name="block"/> as a list, in reverse postorder (what <see cref="Frontier"/> holds, in its order).</summary>
    public IReadOnlyList<BasicBlock> FrontierList(BasicBlock block) =>
        IndexOf(block) is int i && i >= 0 && FrontierLists()[i] is { } f ? f : [];

    private List<BasicBlock>?[] FrontierLists() => _frontiers ??= ComputeFrontiers();

    private List<BasicBlock>?[] ComputeFrontiers()
    {
        var result = new List<BasicBlock>?[_rpo.Length];
        // Cooper–Harvey–Kennedy: for a join point b, walk up from each predecessor to idom(b). Each
        // list is filled in reverse postorder of its members (b rises), so a repeat of b is always
        // its last entry.
        for (int bi = 0; bi < _rpo.Length; bi++)
        {
            int from = _predStart[bi], to = _predStart[bi + 1];
            if (to - from < 2) continue;
            var b = _rpo[bi];
            int idomB = _idom[bi];
            for (int k = from; k < to; k++)
            {
                int runner = _preds[k];
                while (runner != idomB)
                {
                    var list = result[runner] ??= [];
                    if (list.Count == 0 || !ReferenceEquals(list[^1], b)) list.Add(b);
                    if (runner == 0) break;
                    runner = _idom[runner];
                }
            }
        }
        return result;
    }

    private int Intersect(int a, int b)
    {
        while (a != b)
        {
            while (a > b) a = _idom[a];
            while (b > a) b = _idom[b];
        }
        return a;
    }

    private BasicBlock[] ComputeReversePostorder(BasicBlock entry)
    {
        // Iterative DFS (deep CFGs must not overflow the stack), successors in operand order. While
        // it runs, Scratch is -1 for the function's blocks not visited yet.
        var blocks = Function.Blocks;
        foreach (var b in blocks) b.Scratch = -1;
        entry.Scratch = -2;
        int capacity = blocks.Count + 1;
        var postorder = new BasicBlock[capacity];
        int done = 0;
        var stackBlock = new BasicBlock[capacity];
        var stackNext = new int[capacity];
        int sp = 0;
        stackBlock[sp] = entry;
        stackNext[sp++] = 0;
        while (sp > 0)
        {
            var block = stackBlock[--sp];
            int next = stackNext[sp];
            var t = block.Terminator;
            int count = t?.OperandCount ?? 0;
            while (next < count && t!.GetOperand(next) is not BasicBlock) next++;
            if (next < count)
            {
                var s = (BasicBlock)t!.GetOperand(next);
                stackNext[sp++] = next + 1; // block stays where it was
                if (ReferenceEquals(s.Parent, Function) && s.Scratch == -1)
                {
                    s.Scratch = -2;
                    if (sp == stackBlock.Length)
                    {
                        Array.Resize(ref stackBlock, sp * 2);
                        Array.Resize(ref stackNext, sp * 2);
                    }
                    stackBlock[sp] = s;
                    stackNext[sp++] = 0;
                }
            }
            else
            {
                if (done == postorder.Length) Array.Resize(ref postorder, done * 2);
                postorder[done++] = block;
            }
        }
        var rpo = new BasicBlock[done];
        for (int i = 0; i < done; i++)
        {
            rpo[i] = postorder[done - 1 - i];
            rpo[i].Scratch = i;
        }
        return rpo;
    }

    private void NumberTree()
    {
        int counter = 0;
        int n = _rpo.Length;
        var stackNode = new int[n];
        var stackChild = new int[n];
        int sp = 0;
        stackNode[sp] = 0;
        stackChild[sp++] = 0;
        _pre[0] = counter++;
        while (sp > 0)
        {
            int node = stackNode[--sp], child = stackChild[sp];
            var children = _children[node];
            if (children is not null && child < children.Length)
            {
                stackChild[sp++] = child + 1; // node stays where it was
                int c = IndexOf(children[child]);
                _pre[c] = counter++;
                stackNode[sp] = c;
                stackChild[sp++] = 0;
            }
            else _post[node] = counter++;
        }
    }
}
