// Linear-scan register allocation with interval splitting, after Wimmer and Franz ("Linear Scan
// Register Allocation on SSA Form", CGO 2010; and Wimmer and Mössenböck, VEE 2005). Intervals are
// visited by start position; each gets a free register for as long as one is free (split where it
// stops being free), or evicts the interval whose next use is farthest away, or is spilled up to
// its next use. Hints steer copies and phis into the same register so most copies vanish.
//
// Positions: instruction i uses its operands at 2i and defines its results at 2i+1 (see Liveness).
// Split children that start at an even position get a move before that instruction; children that
// start at an odd position either are defined there or were evicted to the stack (a store before
// the instruction, which still reads the original register).
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public sealed class LinearScan
{
    private readonly MFunction _f;
    private readonly Liveness _live;
    private readonly PriorityQueue<LiveInterval, (int, int)> _unhandled = new();
    private readonly List<LiveInterval> _active = [];
    private readonly List<LiveInterval> _inactive = [];
    private readonly HashSet<int> _noUseHere = [];
    private int _sequence;

    private LinearScan(MFunction f, Liveness live)
    {
        _f = f;
        _live = live;
    }

    /// <summary>Allocates every interval of <paramref name="live"/> (setting Assigned/Spilled and creating split children).</summary>
    public static void Allocate(MFunction f, Liveness live)
    {
        var scan = new LinearScan(f, live);
        scan.SetHints();
        foreach (var iv in live.Intervals)
            if (iv is { IsEmpty: false }) scan.Enqueue(iv);
        scan.Run();
    }

    private void Enqueue(LiveInterval iv) => _unhandled.Enqueue(iv, (iv.Start, _sequence++));

    private int[] Allocatable(RegClass c) => c == RegClass.Gpr ? X86.AllocatableGpr : X86.AllocatableVec;

    private RegClass ClassOf(LiveInterval iv) => _f.ClassOf(iv.Reg);

    /// <summary>Copies prefer to put source and destination in one register; phis prefer their operands' registers.</summary>
    private void SetHints()
    {
        foreach (var b in _live.Order)
        {
            foreach (var i in b.Instructions)
            {
                if (i.Op == MOpcode.Copy)
                {
                    int d = i.Operands[0].Reg, s = i.Operands[1].Reg;
                    if (X86.IsVirtual(d)) Hint(d, s);
                    if (X86.IsVirtual(s) && X86.IsPhysical(d)) Hint(s, d);
                }
                else if (i.Op == MOpcode.Phi)
                {
                    int d = i.Operands[0].Reg;
                    for (int k = 1; k < i.Operands.Length; k += 2)
                    {
                        int s = i.Operands[k].Reg;
                        if (X86.IsVirtual(s)) Hint(s, d);
                        Hint(d, s);
                    }
                }
            }
        }
    }

    private void Hint(int vreg, int other)
    {
        var iv = _live.Intervals[vreg - X86.FirstVirtual];
        if (iv is not null && iv.Hint < 0) iv.Hint = other;
    }

    /// <summary>The physical register a hint currently stands for (a virtual hint means its assigned register).</summary>
    private int ResolveHint(LiveInterval current)
    {
        int h = current.Hint;
        if (h < 0) return -1;
        if (X86.IsPhysical(h)) return h;
        var other = _live.Intervals[h - X86.FirstVirtual];
        if (other is null) return -1;
        // The piece of the hinted register that ends where this one starts (copy source), or any assigned piece.
        var piece = other.PieceAt(current.Start - 1) ?? other.PieceAt(current.Start) ?? other;
        return piece.Spilled ? -1 : piece.Assigned;
    }

    private void Run()
    {
        while (_unhandled.Count > 0)
        {
            var current = _unhandled.Dequeue();
            int position = current.Start;

            for (int i = _active.Count - 1; i >= 0; i--)
            {
                var it = _active[i];
                if (it.End <= position) _active.RemoveAt(i);
                else if (!it.Covers(position)) { _active.RemoveAt(i); _inactive.Add(it); }
            }
            for (int i = _inactive.Count - 1; i >= 0; i--)
            {
                var it = _inactive[i];
                if (it.End <= position) _inactive.RemoveAt(i);
                else if (it.Covers(position)) { _inactive.RemoveAt(i); _active.Add(it); }
            }

            if (!TryAllocateFree(current)) AllocateBlocked(current);
            if (!current.Spilled && current.Assigned >= 0)
            {
                _active.Add(current);
                if (X86.IsCalleeSaved(current.Assigned)) _f.UsedCalleeSaved.Add(current.Assigned);
            }
        }
    }

    private bool TryAllocateFree(LiveInterval current)
    {
        var cls = ClassOf(current);
        var regs = Allocatable(cls);
        Span<int> freeUntil = stackalloc int[X86.PhysicalCount];
        foreach (int r in regs) freeUntil[r] = int.MaxValue;
        foreach (var it in _active)
            if (ClassOf(it) == cls) freeUntil[it.Assigned] = 0;
        foreach (var it in _inactive)
        {
            if (ClassOf(it) != cls || freeUntil[it.Assigned] == 0) continue;
            int x = it.NextIntersection(current, current.Start);
            if (x < freeUntil[it.Assigned]) freeUntil[it.Assigned] = x;
        }
        foreach (int r in regs)
        {
            int x = _live.Fixed[r].NextIntersection(current, current.Start);
            if (x < freeUntil[r]) freeUntil[r] = x;
        }

        int hint = ResolveHint(current);
        int reg = -1;
        if (hint >= 0 && X86.ClassOf(hint) == cls && Array.IndexOf(regs, hint) >= 0 && freeUntil[hint] >= current.End) reg = hint;
        else
        {
            int best = -1;
            foreach (int r in regs)
            {
                if (freeUntil[r] > best || (freeUntil[r] == best && freeUntil[r] >= current.End && !X86.IsCalleeSaved(r) && reg >= 0 && X86.IsCalleeSaved(reg)))
                {
                    best = freeUntil[r];
                    reg = r;
                }
            }
            // Among registers free for the whole interval, prefer caller-saved ones (no save cost),
            // which come first in the allocation order.
            if (best >= current.End)
                foreach (int r in regs)
                    if (freeUntil[r] >= current.End) { reg = r; break; }
        }
        int until = freeUntil[reg];
        if (until <= current.Start) return false;
        if (until < current.End)
        {
            int split = until & ~1;
            if (split <= current.Start) return false;
            Enqueue(current.SplitAt(split));
        }
        current.Assigned = reg;
        return true;
    }

    private void AllocateBlocked(LiveInterval current)
    {
        var cls = ClassOf(current);
        var regs = Allocatable(cls);
        Span<int> nextUse = stackalloc int[X86.PhysicalCount];
        Span<int> blockPos = stackalloc int[X86.PhysicalCount];
        foreach (int r in regs) { nextUse[r] = int.MaxValue; blockPos[r] = int.MaxValue; }
        int start = current.Start;
        foreach (var it in _active)
        {
            if (ClassOf(it) != cls) continue;
            int u = it.NextUseAfter(start - (start & 1));
            if (u < nextUse[it.Assigned]) nextUse[it.Assigned] = u;
        }
        foreach (var it in _inactive)
        {
            if (ClassOf(it) != cls || it.NextIntersection(current, start) == int.MaxValue) continue;
            int u = it.NextUseAfter(start);
            if (u < nextUse[it.Assigned]) nextUse[it.Assigned] = u;
        }
        foreach (int r in regs)
        {
            int x = _live.Fixed[r].NextIntersection(current, start);
            if (x < blockPos[r]) blockPos[r] = x;
            if (x < nextUse[r]) nextUse[r] = x;
        }

        int reg = regs[0];
        foreach (int r in regs)
            if (nextUse[r] > nextUse[reg]) reg = r;

        int firstUse = current.NextUseAfter(start);
        if (firstUse > nextUse[reg] || nextUse[reg] <= start)
        {
            // Everything else is needed sooner: this interval goes to the stack until its first use.
            if (firstUse <= start)
                throw new InvalidOperationException($"register allocation failed for v{current.Reg} at {start}: no register available");
            current.Spilled = true;
            if (firstUse != int.MaxValue)
            {
                int split = SplitBefore(current, firstUse);
                if (split > start) Enqueue(current.SplitAt(split));
            }
            return;
        }

        if (blockPos[reg] < current.End)
        {
            int split = blockPos[reg] & ~1;
            if (split <= start) throw new InvalidOperationException($"register allocation failed for v{current.Reg}: fixed register conflict at {start}");
            Enqueue(current.SplitAt(split));
        }
        current.Assigned = reg;

        // Evict whatever holds the register where it intersects the current interval.
        for (int i = _active.Count - 1; i >= 0; i--)
        {
            var it = _active[i];
            if (it.Assigned != reg) continue;
            _active.RemoveAt(i);
            SpillFrom(it, start);
        }
        for (int i = _inactive.Count - 1; i >= 0; i--)
        {
            var it = _inactive[i];
            if (it.Assigned != reg || it.NextIntersection(current, start) == int.MaxValue) continue;
            _inactive.RemoveAt(i);
            var child = it.SplitAt(start);
            if (!child.IsEmpty) Enqueue(child);
        }
    }

    /// <summary>Where to split so a reload lands before the use at <paramref name="use"/>.</summary>
    private static int SplitBefore(LiveInterval iv, int use) => (use & 1) == 0 ? use : use;

    /// <summary>Moves the part of <paramref name="it"/> from <paramref name="position"/> on to the stack, reloading before its next use.</summary>
    private void SpillFrom(LiveInterval it, int position)
    {
        if (position <= it.Start)
        {
            // Nothing before: the whole interval is (re)handled from here.
            it.Assigned = -1;
            it.Spilled = true;
            int u = it.NextUseAfter(it.Start);
            if (u != int.MaxValue && u > it.Start) Enqueue(it.SplitAt(SplitBefore(it, u)));
            return;
        }
        var child = it.SplitAt(position);
        if (child.IsEmpty) return;
        child.Assigned = -1;
        child.Spilled = true;
        int next = child.NextUseAfter(child.Start);
        if (next != int.MaxValue)
        {
            int split = SplitBefore(child, next);
            if (split > child.Start) Enqueue(child.SplitAt(split));
            else
            {
                child.Spilled = false;
                Enqueue(child);
            }
        }
    }
}
