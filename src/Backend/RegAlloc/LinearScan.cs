// Linear-scan register allocation over live intervals with holes (Poletto and Sarkar, "Linear Scan
// Register Allocation", TOPLAS 1999, with Traub et al.'s lifetime holes). Intervals are visited by
// start position. Each gets a register that is free for its whole lifetime (preferring the register
// its copy or phi partner has, so the copy disappears), or, when none is free, either the cheapest
// set of conflicting intervals is spilled to make room or the interval itself is spilled.
//
// A spilled interval lives in its stack slot for its whole life; SpillCode then gives every
// instruction that touches it a short-lived temporary register and allocation runs again. Temporaries
// are never spilled, so the process ends (each round spills at least one ordinary interval).
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public sealed class LinearScan
{
    private readonly MFunction _f;
    private readonly Liveness _live;
    private readonly HashSet<int> _unspillable;
    private readonly IReadOnlySet<int> _alreadySpilled;
    private readonly List<LiveInterval> _active = [];
    private readonly List<LiveInterval> _inactive = [];

    private LinearScan(MFunction f, Liveness live, HashSet<int> unspillable, IReadOnlySet<int> alreadySpilled)
    {
        _f = f;
        _live = live;
        _unspillable = unspillable;
        _alreadySpilled = alreadySpilled;
    }

    /// <summary>
    /// Assigns a register to every interval, or marks it spilled. Returns the virtual registers
    /// spilled in this round. Registers spilled in earlier rounds stay in memory (their spill code
    /// already reads and writes the slot).
    /// </summary>
    public static List<int> Allocate(MFunction f, Liveness live, HashSet<int> unspillable, IReadOnlySet<int> alreadySpilled)
    {
        var scan = new LinearScan(f, live, unspillable, alreadySpilled);
        scan._unspillableFlags = new bool[f.VRegs.Count];
        foreach (int v in unspillable) scan._unspillableFlags[v - X86.FirstVirtual] = true;
        scan.SetHints();
        // By start, then register number (a sort on one 64-bit key each; registers are unique).
        int count = 0;
        foreach (var iv in live.Intervals)
            if (iv is { IsEmpty: false }) count++;
        var keys = new long[count];
        var order = new LiveInterval[count];
        count = 0;
        foreach (var iv in live.Intervals)
            if (iv is { IsEmpty: false })
            {
                keys[count] = ((long)iv.Start << 32) | (uint)iv.Reg;
                order[count++] = iv;
            }
        Array.Sort(keys, order);
        var spilled = new List<int>();
        foreach (var current in order) scan.AllocateOne(current, spilled);
        return spilled;
    }

    private static int[] Allocatable(RegClass c) => c == RegClass.Gpr ? X86.AllocatableGpr : X86.AllocatableVec;

    private RegClass ClassOf(LiveInterval iv) => _f.ClassOf(iv.Reg);

    private bool IsUnspillable(LiveInterval iv) => _unspillableFlags[iv.Reg - X86.FirstVirtual];

    // _unspillable as a flag per virtual register (it is asked about for every active interval).
    private bool[] _unspillableFlags = [];

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
                    if (X86.IsVirtual(s)) Hint(s, d);
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
        return other is null || other.Spilled ? -1 : other.Assigned;
    }

    private void AllocateOne(LiveInterval current, List<int> spilled)
    {
        int position = current.Start;
        if (_alreadySpilled.Contains(current.Reg))
        {
            current.Spilled = true;
            return;
        }
        for (int i = _active.Count - 1; i >= 0; i--)
        {
            var it = _active[i];
            if (it.End <= position) _active.RemoveAt(i);
            else if (!it.CoversAdvancing(position)) { _active.RemoveAt(i); _inactive.Add(it); }
        }
        for (int i = _inactive.Count - 1; i >= 0; i--)
        {
            var it = _inactive[i];
            if (it.End <= position) _inactive.RemoveAt(i);
            else if (it.CoversAdvancing(position)) { _inactive.RemoveAt(i); _active.Add(it); }
        }

        var cls = ClassOf(current);
        var regs = Allocatable(cls);
        // A register is usable if no fixed interval and no allocated interval of the class overlaps.
        Span<bool> blockedByFixed = stackalloc bool[X86.PhysicalCount];
        Span<double> cost = stackalloc double[X86.PhysicalCount];
        foreach (int r in regs)
            blockedByFixed[r] = _live.Fixed[r].IntersectsAdvancing(current);
        foreach (var it in _active)
            if (ClassOf(it) == cls) cost[it.Assigned] += IsUnspillable(it) ? double.PositiveInfinity : it.Weight;
        foreach (var it in _inactive)
            if (ClassOf(it) == cls && it.IntersectsAdvancing(current))
                cost[it.Assigned] += IsUnspillable(it) ? double.PositiveInfinity : it.Weight;

        int hint = ResolveHint(current);
        int chosen = -1;
        if (hint >= 0 && X86.ClassOf(hint) == cls && Array.IndexOf(regs, hint) >= 0 && !blockedByFixed[hint] && cost[hint] == 0)
            chosen = hint;
        if (chosen < 0)
            foreach (int r in regs)
                if (!blockedByFixed[r] && cost[r] == 0) { chosen = r; break; }

        if (chosen < 0)
        {
            // No free register: free the cheapest one if that costs less than spilling this interval.
            int cheapest = -1;
            foreach (int r in regs)
                if (!blockedByFixed[r] && (cheapest < 0 || cost[r] < cost[cheapest])) cheapest = r;
            bool evict = cheapest >= 0 && !double.IsPositiveInfinity(cost[cheapest]) &&
                         (IsUnspillable(current) || cost[cheapest] < current.Weight);
            if (!evict)
            {
                if (IsUnspillable(current))
                    throw new InvalidOperationException($"register allocation failed: no register for temporary v{current.Reg} at {position}");
                current.Spilled = true;
                spilled.Add(current.Reg);
                return;
            }
            Evict(_active, cheapest, current, spilled);
            Evict(_inactive, cheapest, current, spilled);
            chosen = cheapest;
        }

        current.Assigned = chosen;
        _active.Add(current);
        if (X86.IsCalleeSaved(chosen)) _f.UsedCalleeSaved.Add(chosen);
    }

    private void Evict(List<LiveInterval> list, int reg, LiveInterval current, List<int> spilled)
    {
        for (int i = list.Count - 1; i >= 0; i--)
        {
            var it = list[i];
            if (it.Assigned != reg || ClassOf(it) != ClassOf(current)) continue;
            if (!ReferenceEquals(list, _active) && !it.IntersectsAdvancing(current)) continue;
            list.RemoveAt(i);
            it.Assigned = -1;
            it.Spilled = true;
            spilled.Add(it.Reg);
        }
    }
}
