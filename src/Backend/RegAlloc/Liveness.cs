// Prepares a machine function for register allocation: splits critical edges (so moves for an edge
// have a block of their own), orders blocks in reverse post-order, numbers instructions (uses at
// even positions, definitions one after), computes which virtual registers are live into and out
// of each block (phi operands count as live out of their predecessor), and builds live intervals
// with their spill weights and hints (the partner of a copy or phi, whose register would make the
// move vanish).
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public sealed class Liveness
{
    public required List<MBlock> Order { get; init; }
    public required LiveInterval?[] Intervals { get; init; }
    public required LiveInterval[] Fixed { get; init; }
    /// <summary>The number of positions (every position is below it).</summary>
    public required int PositionCount { get; init; }

    // 10^depth for loop depths 0..6 (the weights' sums stay exact in a double).
    private static readonly double[] LoopWeight = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

    public static Liveness Analyze(MFunction f)
    {
        SplitCriticalEdges(f);
        var order = ReversePostOrder(f);
        ComputeLoopDepths(order);

        int instructionCount = 0;
        foreach (var b in order) instructionCount += b.Instructions.Count;
        int vregCount = f.VRegs.Count;

        // Only registers read in a block before any definition there (and phi operands) can be live
        // at a block boundary; the sets below number just those ("global" registers), densely.
        var globalNumber = new int[vregCount];
        Array.Fill(globalNumber, -1);
        var globals = new List<int>();
        int Global(int v)
        {
            ref int g = ref globalNumber[v];
            if (g < 0)
            {
                g = globals.Count;
                globals.Add(v);
            }
            return g;
        }

        // Upward-exposed uses per block (global numbers, repeats allowed) and the virtual registers
        // each block defines, both in flat lists (block bi's entries run from genStart[bi] /
        // defStart[bi] to the next block's start); lastKill stamps the block that last defined a register.
        var genFlat = new List<int>(instructionCount);
        var defFlat = new List<int>(instructionCount);
        var genStart = new int[order.Count + 1];
        var defStart = new int[order.Count + 1];
        var lastKill = new int[vregCount];
        Array.Fill(lastKill, -1);
        // Numbering, on the way: each block starts at an even position (where its phis are
        // defined); each instruction takes two positions.
        var blockFrom = new int[order.Count];
        var blockTo = new int[order.Count];
        int pos = 0;
        for (int bi = 0; bi < order.Count; bi++)
        {
            genStart[bi] = genFlat.Count;
            defStart[bi] = defFlat.Count;
            blockFrom[bi] = pos;
            pos += 2;
            foreach (var i in order[bi].Instructions)
            {
                if (i.Op == MOpcode.Phi)
                {
                    i.Position = blockFrom[bi];
                    int d = i.Operands[0].Reg - X86.FirstVirtual;
                    lastKill[d] = bi;
                    defFlat.Add(d);
                    continue;
                }
                i.Position = pos;
                pos += 2;
                foreach (ref readonly var op in i.Operands.AsSpan())
                {
                    if (op.Kind == MOperandKind.Reg)
                    {
                        if (op.Access != Access.Def) Gen(i, op.Reg, bi);
                    }
                    else if (op.Kind == MOperandKind.Mem)
                    {
                        Gen(i, op.Reg, bi);
                        Gen(i, op.Index, bi);
                    }
                }
                foreach (ref readonly var op in i.Operands.AsSpan())
                    if (op.Kind == MOperandKind.Reg && op.Access != Access.Use && X86.IsVirtual(op.Reg))
                    {
                        lastKill[op.Reg - X86.FirstVirtual] = bi;
                        defFlat.Add(op.Reg - X86.FirstVirtual);
                    }
            }
            blockTo[bi] = pos;
        }
        genStart[order.Count] = genFlat.Count;
        defStart[order.Count] = defFlat.Count;

        // A read of r by instruction i in block bi: upward exposed unless the block defined r before.
        void Gen(MInst i, int r, int bi)
        {
            if (X86.IsVirtual(r) && lastKill[r - X86.FirstVirtual] != bi && !DefinesFresh(i, r)) genFlat.Add(Global(r - X86.FirstVirtual));
        }

        // Phi operands are live out of the predecessor they come from: (block, global) pairs. Each
        // phi's entries are walked once (asking each predecessor for its entry would be quadratic
        // in a switch's join).
        var phiOuts = new List<(int Global, int Block)>();
        foreach (var s in order)
            foreach (var phi in s.Instructions)
            {
                if (phi.Op != MOpcode.Phi) break;
                for (int k = 1; k + 1 < phi.Operands.Length; k += 2)
                {
                    int r = phi.Operands[k].Reg;
                    var from = phi.Operands[k + 1].Block!;
                    int bi = from.Scratch; // the RPO number (blocks not in the order have none)
                    if (X86.IsVirtual(r) && (uint)bi < (uint)order.Count && ReferenceEquals(order[bi], from))
                        phiOuts.Add((Global(r - X86.FirstVirtual), bi));
                }
            }

        // Where each global register is live across a block boundary, one register at a time: from
        // the blocks that read it before defining it, and from the blocks its phi operands leave,
        // backwards over predecessors through the blocks that do not define it (the least solution
        // of live-out = phi operands | live-in of the successors, live-in = reads first |
        // (live-out - definitions)). The work is proportional to the (block, register) pairs found,
        // where sets of blocks x globals bits grow with the square of a large function.
        int globalCount = globals.Count, blocks = order.Count;
        var (readStart, readBlocks) = BlocksByGlobal(genFlat, genStart, null, globalCount);
        // Definitions of global registers (the others cannot be live across a block boundary).
        var (defineStart, defineBlocks) = BlocksByGlobal(defFlat, defStart, globalNumber, globalCount);
        var (phiOutStart, phiOutBlocks) = GroupByKey(phiOuts, globalCount);
        var predecessorStart = new int[blocks + 1];
        for (int bi = 0; bi < blocks; bi++) predecessorStart[bi + 1] = predecessorStart[bi] + order[bi].Predecessors.Count;
        var predecessors = new int[predecessorStart[blocks]];
        for (int bi = 0; bi < blocks; bi++)
        {
            var preds = order[bi].Predecessors;
            for (int k = 0; k < preds.Count; k++) predecessors[predecessorStart[bi] + k] = preds[k].Scratch; // all reachable
        }
        // Stamps (global number + 1) instead of cleared sets: defined in, live into, live out of the block.
        var definedStamp = new int[blocks];
        var liveInStamp = new int[blocks];
        var liveOutStamp = new int[blocks];
        var pending = new int[blocks]; // blocks whose live-in is new, to take to their predecessors
        var liveOuts = new List<(int Block, int Global)>();
        for (int g = 0; g < globalCount; g++)
        {
            int stamp = g + 1, count = 0;
            for (int x = defineStart[g]; x < defineStart[g + 1]; x++) definedStamp[defineBlocks[x]] = stamp;
            for (int x = readStart[g]; x < readStart[g + 1]; x++) LiveIn(readBlocks[x]);
            for (int x = phiOutStart[g]; x < phiOutStart[g + 1]; x++) LiveOut(phiOutBlocks[x]);
            while (count > 0)
            {
                int b = pending[--count];
                for (int k = predecessorStart[b]; k < predecessorStart[b + 1]; k++) LiveOut(predecessors[k]);
            }

            void LiveIn(int b)
            {
                if (liveInStamp[b] == stamp) return;
                liveInStamp[b] = stamp;
                pending[count++] = b;
            }

            void LiveOut(int b)
            {
                if (liveOutStamp[b] == stamp) return;
                liveOutStamp[b] = stamp;
                liveOuts.Add((b, g));
                if (definedStamp[b] != stamp) LiveIn(b);
            }
        }
        var (liveOutStart, liveOutGlobals) = GroupByKey(liveOuts, blocks);

        var intervals = new LiveInterval?[vregCount];
        var fixedIntervals = new LiveInterval[X86.PhysicalCount];
        for (int r = 0; r < X86.PhysicalCount; r++) fixedIntervals[r] = new LiveInterval(r, X86.ClassOf(r), true);
        LiveInterval Get(int v) => intervals[v - X86.FirstVirtual] ??= new LiveInterval(v, f.VRegs[v - X86.FirstVirtual].Class, false);

        var physLiveUntil = new int[X86.PhysicalCount];
        for (int bi = order.Count - 1; bi >= 0; bi--)
        {
            var b = order[bi];
            int from = blockFrom[bi], to = blockTo[bi];
            // Spill weight of each register mention here: ten times heavier per loop level. (The
            // sums are of powers of ten, exact in a double whatever the order.)
            double w = LoopWeight[Math.Min(b.LoopDepth, 6)];
            for (int x = liveOutStart[bi]; x < liveOutStart[bi + 1]; x++)
                Get(globals[liveOutGlobals[x]] + X86.FirstVirtual).AddRange(from, to);
            Array.Fill(physLiveUntil, -1);
            for (int ii = b.Instructions.Count - 1; ii >= 0; ii--)
            {
                var inst = b.Instructions[ii];
                int p = inst.Position;
                if (inst.Op == MOpcode.Phi)
                {
                    var d = Get(inst.Operands[0].Reg);
                    d.Weight += w;
                    foreach (ref readonly var op in inst.Operands.AsSpan(1))
                        if (op.Kind == MOperandKind.Reg && X86.IsVirtual(op.Reg)) Get(op.Reg).Weight += w;
                    // Hints (the first phi operand wins for the destination, as the walk is backwards).
                    for (int k = inst.Operands.Length - 2; k >= 1; k -= 2)
                    {
                        int s = inst.Operands[k].Reg;
                        d.Hint = s;
                        if (X86.IsVirtual(s)) Get(s).Hint = inst.Operands[0].Reg;
                    }
                    d.SetFrom(from);
                    if (d.IsEmpty) d.AddRange(from, from + 1);
                    continue;
                }
                // One walk over the operands. Virtual registers: a definition starts the value just
                // after the instruction, a read makes it live from the block start to the instruction
                // (the walk is backwards, so an earlier definition cuts that back); every mention adds
                // to the weight. Physical registers: definitions here, reads after them (a register
                // both written and read, like division's rax, is live into the instruction).
                var ops = inst.Operands;
                bool physicalReads = false;
                for (int k = 0; k < ops.Length; k++)
                {
                    ref readonly var op = ref ops[k];
                    if (op.Kind == MOperandKind.Reg)
                    {
                        int r = op.Reg;
                        if (X86.IsVirtual(r))
                        {
                            var iv = Get(r);
                            iv.Weight += w;
                            if (op.Access == Access.Def)
                            {
                                if (iv.IsEmpty || iv.BuildingStart > p + 1) iv.AddRange(p + 1, p + 2);
                                else iv.SetFrom(p + 1);
                            }
                            else if (!DefinesFresh(inst, r)) iv.AddRange(from, p + 1); // (xor v, v reads nothing)
                        }
                        else
                        {
                            if (op.Access != Access.Use) PhysDef(r, p);
                            if (op.Access != Access.Def) physicalReads = true;
                        }
                    }
                    else if (op.Kind == MOperandKind.Mem)
                    {
                        physicalReads |= MemoryUse(inst, op.Reg, from, w) | MemoryUse(inst, op.Index, from, w);
                    }
                }
                foreach (int r in inst.ImplicitDefs) PhysDef(r, p);
                if (physicalReads)
                    foreach (ref readonly var op in ops.AsSpan())
                    {
                        if (op.Kind == MOperandKind.Reg)
                        {
                            if (op.Access != Access.Def && X86.IsPhysical(op.Reg)) PhysUse(op.Reg, p);
                        }
                        else if (op.Kind == MOperandKind.Mem)
                        {
                            if (op.Reg >= 0 && X86.IsPhysical(op.Reg)) PhysUse(op.Reg, p);
                            if (op.Index >= 0 && X86.IsPhysical(op.Index)) PhysUse(op.Index, p);
                        }
                    }
                if (inst.Op == MOpcode.Copy)
                {
                    int d = inst.Operands[0].Reg, s = inst.Operands[1].Reg;
                    if (X86.IsVirtual(s)) Get(s).Hint = d;
                    if (X86.IsVirtual(d)) Get(d).Hint = s;
                }
                foreach (int r in inst.ImplicitUses) PhysUse(r, p);
            }
            // Physical registers live at the block start (the entry block's arguments).
            for (int r = 0; r < X86.PhysicalCount; r++)
                if (physLiveUntil[r] >= 0) fixedIntervals[r].AddRange(from, physLiveUntil[r]);
        }
        foreach (var iv in intervals) iv?.Finish();
        foreach (var iv in fixedIntervals) iv.Finish();

        void PhysDef(int r, int p)
        {
            if (r == X86.Rsp || r == X86.Rbp) return;
            int until = physLiveUntil[r] >= 0 ? physLiveUntil[r] : p + 2;
            fixedIntervals[r].AddRange(p + 1, until);
            physLiveUntil[r] = -1;
        }

        // A register of a memory operand of inst (in the block starting at from), read: true if it
        // is a physical register (read after the instruction's definitions, by the caller).
        bool MemoryUse(MInst inst, int r, int from, double w)
        {
            if (r < 0) return false;
            if (!X86.IsVirtual(r)) return true;
            var iv = Get(r);
            iv.Weight += w;
            if (!DefinesFresh(inst, r)) iv.AddRange(from, inst.Position + 1);
            return false;
        }

        void PhysUse(int r, int p)
        {
            if (r == X86.Rsp || r == X86.Rbp) return;
            if (physLiveUntil[r] < 0) physLiveUntil[r] = p + 1;
        }

        // Spill weights: uses and definitions (summed above) per unit of length (a long interval
        // with few uses is the cheapest to keep in memory).
        foreach (var iv in intervals)
            if (iv is { IsEmpty: false }) iv.Weight /= Math.Max(1, (iv.End - iv.Start) / 2);
        // A register that spill code computes again (a lea of a global's address, no memory access)
        // costs about a quarter of a reload per use when it does not keep a register.
        if (f.Rematerializable is { } remat)
            foreach (int v in remat.Keys)
                if (intervals[v - X86.FirstVirtual] is { } iv) iv.Weight *= 0.25;

        return new Liveness
        {
            Order = order, Intervals = intervals, Fixed = fixedIntervals, PositionCount = pos,
        };
    }

    /// <summary>
    /// The blocks of per-block register lists (block bi's entries are flat[start[bi]..start[bi + 1]])
    /// grouped by global number (an entry's own, or globalOf of it; entries without one, -1, are
    /// left out): global g's blocks are Blocks[Start[g]..Start[g + 1]], in block order, repeats kept.
    /// </summary>
    private static (int[] Start, int[] Blocks) BlocksByGlobal(List<int> flat, int[] start, int[]? globalOf, int globals)
    {
        var byGlobal = new int[globals + 1];
        foreach (int r in flat)
            if ((globalOf is null ? r : globalOf[r]) is int g and >= 0) byGlobal[g + 1]++;
        for (int g = 0; g < globals; g++) byGlobal[g + 1] += byGlobal[g];
        var blocks = new int[byGlobal[globals]];
        var fill = byGlobal[..globals];
        for (int bi = 0; bi + 1 < start.Length; bi++)
            for (int x = start[bi]; x < start[bi + 1]; x++)
                if ((globalOf is null ? flat[x] : globalOf[flat[x]]) is int g and >= 0) blocks[fill[g]++] = bi;
        return (byGlobal, blocks);
    }

    /// <summary>
    /// The values of (key, value) pairs grouped by key (keys 0 to <paramref name="keys"/> - 1, each
    /// group in the pairs' order): key k's values are Values[Start[k]..Start[k + 1]].
    /// </summary>
    private static (int[] Start, int[] Values) GroupByKey(List<(int Key, int Value)> pairs, int keys)
    {
        var start = new int[keys + 1];
        foreach (var (key, _) in pairs) start[key + 1]++;
        for (int k = 0; k < keys; k++) start[k + 1] += start[k];
        var values = new int[pairs.Count];
        var fill = start[..keys];
        foreach (var (key, value) in pairs) values[fill[key]++] = value;
        return (start, values);
    }

    /// <summary>
    /// True if the instruction writes <paramref name="vreg"/> as a pure definition: any read of it
    /// in the same instruction (the zeroing idiom <c>xor v, v</c>) does not depend on an old value.
    /// </summary>
    public static bool DefinesFresh(MInst inst, int vreg)
    {
        foreach (ref readonly var op in inst.Operands.AsSpan())
            if (op.Kind == MOperandKind.Reg && op.Access == Access.Def && op.Reg == vreg) return true;
        return false;
    }

    /// <summary>Puts an empty block on every edge from a block with several successors to one with several predecessors.</summary>
    private static void SplitCriticalEdges(MFunction f)
    {
        // A target with many predecessors (the join of a chain of thousands of tests) finds a
        // predecessor's position, and its phis' entry for it, through a map made once: a walk along
        // the list for each edge was quadratic. Map entries: the first position of each
        // predecessor and how many edges it has to the target.
        Dictionary<MBlock, Dictionary<MBlock, (int First, int Edges)>>? maps = null;
        (int Position, bool Single) PositionOf(MBlock target, MBlock pred)
        {
            var preds = target.Predecessors;
            if (preds.Count <= 16) return (preds.IndexOf(pred), false);
            maps ??= new(ReferenceEqualityComparer.Instance);
            if (!maps.TryGetValue(target, out var map))
            {
                map = new(ReferenceEqualityComparer.Instance);
                for (int i = preds.Count - 1; i >= 0; i--)
                    map[preds[i]] = (i, map.TryGetValue(preds[i], out var known) ? known.Edges + 1 : 1);
                maps[target] = map;
            }
            if (map.Remove(pred, out var entry) && ReferenceEquals(preds[entry.First], pred)) return (entry.First, entry.Edges == 1);
            return (preds.IndexOf(pred), false); // a second edge from pred: its first position is taken
        }

        // The blocks added here have one successor each: only the blocks there at the start are looked at.
        int blockCount = f.Blocks.Count;
        for (int bi = 0; bi < blockCount; bi++)
        {
            var b = f.Blocks[bi];
            if (b.Successors.Count < 2) continue;
            // Each successor in turn (an edge's successor entry becomes its new block in place).
            for (int si = 0; si < b.Successors.Count; si++)
            {
                var s = b.Successors[si];
                if (s.Predecessors.Count < 2) continue;
                var (position, single) = PositionOf(s, b);
                var mid = f.NewBlock(s.Source);
                mid.Instructions.Add(new MInst(MOpcode.Jmp, Iced.Intel.Code.INVALID, MOperand.B(s)));
                var term = b.Instructions[^1];
                for (int k = 0; k < term.Operands.Length; k++)
                    if (ReferenceEquals(term.Operands[k].Block, s)) term.Operands[k].Block = mid;
                foreach (var phi in s.Instructions)
                {
                    if (phi.Op != MOpcode.Phi) break;
                    // A predecessor with one edge has one entry; with several, every entry naming it moves.
                    if (single && phi.PhiEntry(b, position) is int at and >= 0)
                    {
                        phi.Operands[at + 1].Block = mid;
                        continue;
                    }
                    for (int k = 2; k < phi.Operands.Length; k += 2)
                        if (ReferenceEquals(phi.Operands[k].Block, b)) phi.Operands[k].Block = mid;
                }
                b.Successors[si] = mid; // (si is the first position of s: an earlier one was split already)
                s.Predecessors[position] = mid;
                mid.Predecessors.Add(b);
                mid.Successors.Add(s);
            }
        }
    }

    /// <summary>
    /// The reachable blocks in reverse post-order; each block's <see cref="MBlock.Scratch"/> becomes
    /// its number in that order (unreachable blocks are dropped from the function).
    /// </summary>
    private static List<MBlock> ReversePostOrder(MFunction f)
    {
        var blocks = f.Blocks;
        // Scratch is first the position in f.Blocks; visited marks those positions.
        for (int i = 0; i < blocks.Count; i++) blocks[i].Scratch = i;
        var visited = new bool[blocks.Count];
        var post = new List<MBlock>(blocks.Count);
        var stack = new Stack<(MBlock Block, int Next)>();
        stack.Push((blocks[0], 0));
        visited[0] = true;
        while (stack.Count > 0)
        {
            var (b, next) = stack.Pop();
            if (next < b.Successors.Count)
            {
                stack.Push((b, next + 1));
                var s = b.Successors[next];
                if (!visited[s.Scratch])
                {
                    visited[s.Scratch] = true;
                    stack.Push((s, 0));
                }
            }
            else post.Add(b);
        }
        post.Reverse();
        // Unreachable blocks are dropped from the function: nothing can run them.
        if (post.Count < blocks.Count)
        {
            blocks.RemoveAll(b => !visited[b.Scratch]);
            foreach (var b in blocks)
                foreach (var pred in b.Predecessors)
                    if (!visited[pred.Scratch])
                    {
                        b.Predecessors.RemoveAll(p => !visited[p.Scratch]);
                        break;
                    }
        }
        for (int i = 0; i < post.Count; i++) post[i].Scratch = post[i].ReversePostOrder = i;
        return post;
    }

    /// <summary>Approximate loop depth: blocks between a back edge's target and source in RPO are inside the loop.</summary>
    private static void ComputeLoopDepths(List<MBlock> order)
    {
        foreach (var b in order) b.LoopDepth = 0;
        for (int bi = 0; bi < order.Count; bi++)
            foreach (var s in order[bi].Successors)
            {
                int si = s.Scratch;
                if (si <= bi)
                    for (int i = si; i <= bi; i++) order[i].LoopDepth++;
            }
    }
}
