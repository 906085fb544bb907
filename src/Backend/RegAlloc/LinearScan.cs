// Linear-scan register allocation over live intervals with holes (Poletto and Sarkar, "Linear Scan
// Register Allocation", TOPLAS 1999, with Traub et al.'s lifetime holes). Intervals are visited by
// start position (a counting sort). Each gets a register that is free for its whole lifetime
// (preferring the register its copy or phi partner has, so the copy disappears), or, when none is
// free, either the cheapest set of conflicting intervals is spilled to make room or the interval
// itself is spilled. The active and inactive lists are kept per register class, and a register's
// fixed interval is only consulted for candidate registers.
//
// A spilled interval lives in its stack slot for its whole life; SpillCode then gives every
// instruction that touches it a temporary register, in one sweep that leaves these assignments as
// they are (evicting one only where no register is free for a temporary).
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public sealed class LinearScan
{
    private readonly Liveness _live;
    // Per register class: the intervals covering the scan position, and those allocated and not
    // yet ended that are in a lifetime hole there. (A class's lists are brought up to date only
    // when an interval of that class is allocated.)
    private readonly List<LiveInterval>[] _active = [[], []];
    private readonly List<LiveInterval>[] _inactive = [[], []];
    // Per register, the summed weight of the intervals that would have to be spilled to free it.
    private readonly double[] _cost = new double[X86.PhysicalCount];

    private LinearScan(Liveness live) => _live = live;

    /// <summary>
    /// Assigns a register to every interval, or marks it spilled. Returns the intervals in the
    /// order visited (by start).
    /// </summary>
    public static LiveInterval[] Allocate(Liveness live)
    {
        var scan = new LinearScan(live);
        // By start, then register number: a counting sort on the start position (the intervals
        // come by register number).
        var startCount = new int[live.PositionCount + 1];
        int count = 0;
        foreach (var iv in live.Intervals)
            if (iv is { IsEmpty: false })
            {
                startCount[iv.Start + 1]++;
                count++;
            }
        for (int p = 1; p < startCount.Length; p++) startCount[p] += startCount[p - 1];
        var order = new LiveInterval[count];
        foreach (var iv in live.Intervals)
            if (iv is { IsEmpty: false }) order[startCount[iv.Start]++] = iv;
        foreach (var current in order) scan.AllocateOne(current);
        return order;
    }

    private static int[] Allocatable(RegClass c) => c == RegClass.Gpr ? X86.AllocatableGpr : X86.AllocatableVec;

    /// <summary>The physical register a hint currently stands for (a virtual hint means its assigned register).</summary>
    private int ResolveHint(int h)
    {
        if (h < 0) return -1;
        if (X86.IsPhysical(h)) return h;
        var other = _live.Intervals[h - X86.FirstVirtual];
        return other is null || other.Spilled ? -1 : other.Assigned;
    }

    private void AllocateOne(LiveInterval current)
    {
        int position = current.Start;
        var cls = current.Class;
        var regs = Allocatable(cls);
        var active = _active[(int)cls];
        var inactive = _inactive[(int)cls];

        // Bring the lists to the position, and note the registers that an allocated interval
        // overlapping the current one holds (as bits).
        uint busy = 0;
        int inactiveBefore = inactive.Count;
        // (Before an interval's ScanUntil, it still covers the position, or is still in its hole.)
        for (int i = active.Count - 1; i >= 0; i--)
        {
            var it = active[i];
            if (position < it.ScanUntil) busy |= 1u << it.Assigned;
            else if (it.End <= position) active.RemoveAt(i);
            else if (!it.CoversAdvancing(position, out it.ScanUntil)) { active.RemoveAt(i); inactive.Add(it); }
            else busy |= 1u << it.Assigned;
        }
        for (int i = inactiveBefore - 1; i >= 0; i--)
        {
            var it = inactive[i];
            if (position < it.ScanUntil) continue;
            if (it.End <= position) inactive.RemoveAt(i);
            else if (it.CoversAdvancing(position, out it.ScanUntil)) { inactive.RemoveAt(i); active.Add(it); busy |= 1u << it.Assigned; }
        }
        foreach (var it in inactive)
            if ((busy & (1u << it.Assigned)) == 0 && it.IntersectsAdvancing(current))
                busy |= 1u << it.Assigned;

        // A register is usable if, besides, no fixed interval overlaps (asked only of candidates).
        int chosen = -1;
        foreach (int h in (ReadOnlySpan<int>)[current.Hint, current.SecondHint])
        {
            int hint = ResolveHint(h);
            if (hint >= 0 && (AllocatableMask(cls) & (1u << hint)) != 0 && (busy & (1u << hint)) == 0 && !BlockedByFixed(hint, current))
            {
                chosen = hint;
                break;
            }
        }
        if (chosen < 0)
            foreach (int r in regs)
                if ((busy & (1u << r)) == 0 && !BlockedByFixed(r, current)) { chosen = r; break; }

        if (chosen < 0)
        {
            // No free register: free the cheapest one if that costs less than spilling this interval.
            var cost = _cost;
            Array.Clear(cost);
            foreach (var it in active) cost[it.Assigned] += it.Weight;
            foreach (var it in inactive)
                if (it.IntersectsAdvancing(current)) cost[it.Assigned] += it.Weight;
            int cheapest = -1;
            foreach (int r in regs)
                if (!BlockedByFixed(r, current) && (cheapest < 0 || cost[r] < cost[cheapest])) cheapest = r;
            if (cheapest < 0 || cost[cheapest] >= current.Weight)
            {
                current.Spilled = true;
                return;
            }
            Evict(active, cheapest, current, isActive: true);
            Evict(inactive, cheapest, current, isActive: false);
            chosen = cheapest;
        }

        current.Assigned = chosen;
        active.Add(current);
    }

    private static uint AllocatableMask(RegClass c) => c == RegClass.Gpr ? GprMask : VecMask;
    private static readonly uint GprMask = MaskOf(X86.AllocatableGpr), VecMask = MaskOf(X86.AllocatableVec);
    private static uint MaskOf(int[] regs)
    {
        uint mask = 0;
        foreach (int r in regs) mask |= 1u << r;
        return mask;
    }

    /// <summary>Whether the fixed interval of <paramref name="reg"/> overlaps <paramref name="current"/>.</summary>
    private bool BlockedByFixed(int reg, LiveInterval current)
    {
        var fx = _live.Fixed[reg];
        return !fx.IsEmpty && fx.End > current.Start && fx.IntersectsAdvancing(current);
    }

    private static void Evict(List<LiveInterval> list, int reg, LiveInterval current, bool isActive)
    {
        for (int i = list.Count - 1; i >= 0; i--)
        {
            var it = list[i];
            if (it.Assigned != reg) continue;
            if (!isActive && !it.IntersectsAdvancing(current)) continue;
            list.RemoveAt(i);
            it.Assigned = -1;
            it.Spilled = true;
        }
    }
}
