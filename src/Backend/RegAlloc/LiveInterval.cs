// A live interval: the positions where a virtual register holds a value, as sorted half-open
// ranges [from, to) with holes, plus the positions where it is used. Register allocation gives each
// interval one location: a physical register or the register's stack slot (SpillCode then splits a
// spilled register into short fresh intervals around its uses). Fixed intervals describe physical registers that instructions
// use directly (argument registers, call clobbers, division's rax/rdx).
namespace PyIR.Backend.RegAlloc;

public sealed class LiveInterval
{
    private readonly List<(int From, int To)> _ranges = [];
    private readonly List<int> _uses = [];

    public LiveInterval(int reg, bool isFixed)
    {
        Reg = reg;
        IsFixed = isFixed;
    }

    /// <summary>The virtual register (or, for fixed intervals, the physical one).</summary>
    public int Reg { get; }
    public bool IsFixed { get; }

    /// <summary>The physical register assigned, or -1.</summary>
    public int Assigned { get; set; } = -1;

    /// <summary>True when the register lives in its stack slot.</summary>
    public bool Spilled { get; set; }

    /// <summary>A register that would avoid a move (the source of a copy, a phi operand).</summary>
    public int Hint { get; set; } = -1;

    /// <summary>Spill cost weight (uses weighted by loop depth), set before allocation.</summary>
    public double Weight { get; set; }

    public IReadOnlyList<(int From, int To)> Ranges => _ranges;
    public IReadOnlyList<int> Uses => _uses;
    public bool IsEmpty => _ranges.Count == 0;
    public int Start => _ranges[0].From;
    public int End => _ranges[^1].To;

    /// <summary>Adds [from, to), merging with overlapping or touching ranges. Called in decreasing order mostly.</summary>
    public void AddRange(int from, int to)
    {
        if (from >= to) return;
        // Fast path: prepend or merge with the first range (intervals are built backwards).
        if (_ranges.Count == 0 || to < _ranges[0].From)
        {
            _ranges.Insert(0, (from, to));
            return;
        }
        int i = 0;
        while (i < _ranges.Count && _ranges[i].To < from) i++;
        if (i == _ranges.Count)
        {
            _ranges.Add((from, to));
            return;
        }
        if (to < _ranges[i].From)
        {
            _ranges.Insert(i, (from, to));
            return;
        }
        int newFrom = Math.Min(from, _ranges[i].From);
        int newTo = Math.Max(to, _ranges[i].To);
        int j = i + 1;
        while (j < _ranges.Count && _ranges[j].From <= newTo)
        {
            newTo = Math.Max(newTo, _ranges[j].To);
            j++;
        }
        _ranges.RemoveRange(i, j - i);
        _ranges.Insert(i, (newFrom, newTo));
    }

    /// <summary>Shortens the first range to start at a definition.</summary>
    public void SetFrom(int from)
    {
        if (_ranges.Count == 0) _ranges.Add((from, from + 1));
        else _ranges[0] = (from, Math.Max(_ranges[0].To, from + 1));
    }

    public void AddUse(int position)
    {
        int i = _uses.BinarySearch(position);
        if (i < 0) _uses.Insert(~i, position);
    }

    public bool Covers(int position)
    {
        foreach (var (from, to) in _ranges)
        {
            if (position < from) return false;
            if (position < to) return true;
        }
        return false;
    }

    /// <summary>The first position at or after <paramref name="from"/> covered by both, or int.MaxValue.</summary>
    public int NextIntersection(LiveInterval other, int from = 0)
    {
        int i = 0, j = 0;
        var a = _ranges;
        var b = other._ranges;
        while (i < a.Count && j < b.Count)
        {
            int lo = Math.Max(Math.Max(a[i].From, b[j].From), from);
            int hi = Math.Min(a[i].To, b[j].To);
            if (lo < hi) return lo;
            if (a[i].To <= b[j].To) i++; else j++;
        }
        return int.MaxValue;
    }

    public override string ToString() =>
        $"{(IsFixed ? "fixed" : "v")}{Reg} {(Spilled ? "stack" : Assigned >= 0 ? Target.X86.Name(Assigned) : "?")} " +
        string.Join(" ", _ranges.Select(r => $"[{r.From},{r.To})")) + " uses " + string.Join(",", _uses);
}
