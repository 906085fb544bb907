// A live interval: the positions where a virtual register holds a value, as sorted half-open
// ranges [from, to) with holes. Register allocation gives each interval one location: a physical
// register or the register's stack slot (SpillCode then gives each instruction touching a spilled
// register a temporary register for that instruction). Fixed intervals describe physical registers that instructions use
// directly (argument registers, call clobbers, division's rax/rdx).
// Liveness builds intervals backwards, so every addition lands at the low end: while building, the
// ranges are kept in descending order (an addition is an append, not an insertion at the front) and
// Finish() turns them around. Most intervals have one range: that one is kept in a field of the
// interval, and only an interval with two or more has an array (a bare one) holding them all
// (one-range arrays were half of the objects liveness allocated for a large function).
// Linear scan asks about positions in increasing order, so each interval keeps a cursor at its first
// range not yet behind the scan (spill code's sweep resets it and scans again).
// (Reusing interval objects across compilations through a per-thread pool was tried and measured
// slower in a whole compile: the pooled objects live in the oldest generation, and every young
// collection then scans them — `ab` bench, JIT 1.06x slower over the corpus, 1.19x on the largest files.)
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public sealed class LiveInterval
{
    // Ascending once finished; descending while Liveness builds the interval. _count are in use, in
    // Storage: _first while there is at most one, else _more.
    private (int From, int To) _first;
    private (int From, int To)[]? _more;
    private int _count;
    private bool _building = true;
    // The first and last position + 1, once finished.
    private int _start, _end;
    // Index of the first range that ends after the last position the scan asked about.
    private int _cursor;

    public LiveInterval(int reg, RegClass cls, bool isFixed)
    {
        Reg = reg;
        Class = cls;
        IsFixed = isFixed;
    }

    /// <summary>Starts a new scan over the interval's positions (from its start again).</summary>
    public void ResetCursor() => _cursor = 0;

    /// <summary>The virtual register (or, for fixed intervals, the physical one).</summary>
    public int Reg { get; }
    public RegClass Class { get; }
    public bool IsFixed { get; }

    /// <summary>
    /// The physical register assigned, or -1. An interval evicted by spill code keeps its register
    /// for its touches before <see cref="EvictedAt"/>.
    /// </summary>
    public int Assigned { get; set; } = -1;

    /// <summary>True when the register lives in its stack slot.</summary>
    public bool Spilled { get; set; }

    /// <summary>
    /// For an interval that spill code evicted (spilled after linear scan allocated it): the
    /// position from which its value lives in the stack slot only.
    /// </summary>
    public int EvictedAt { get; set; } = -1;

    /// <summary>
    /// A register that would avoid a move (the source of a copy, a phi operand). Liveness walks
    /// backwards, so the partner found earliest in the code is the one set last; the one it
    /// replaced is kept as <see cref="SecondHint"/>, for when the first is taken.
    /// </summary>
    public int Hint
    {
        get => _hint;
        set
        {
            if (value == _hint) return;
            SecondHint = _hint;
            _hint = value;
        }
    }
    private int _hint = -1;

    /// <summary>The hint <see cref="Hint"/> replaced, or -1.</summary>
    public int SecondHint { get; private set; } = -1;

    /// <summary>
    /// For linear scan: a position up to which (exclusive) the interval's covering of the scan
    /// position, as last found by <see cref="CoversAdvancing(int, out int)"/>, cannot change (0: ask again).
    /// </summary>
    public int ScanUntil;

    /// <summary>Spill cost weight (uses weighted by loop depth), set before allocation.</summary>
    public double Weight { get; set; }

    public ReadOnlySpan<(int From, int To)> Ranges => Finished();
    public bool IsEmpty => _count == 0;

    /// <summary>The first position (once finished).</summary>
    public int Start => _start;

    /// <summary>The last position + 1 (once finished).</summary>
    public int End => _end;

    /// <summary>The first position while Liveness builds the interval (not empty).</summary>
    public int BuildingStart => Storage[_count - 1].From;

    /// <summary>Room for the ranges (the ranges in use are the first <see cref="_count"/>).</summary>
    private Span<(int From, int To)> Storage => _more is null ? new Span<(int From, int To)>(ref _first) : _more;

    private ReadOnlySpan<(int From, int To)> Finished()
    {
        System.Diagnostics.Debug.Assert(!_building, "live interval still being built");
        return Storage[.._count];
    }

    /// <summary>Ends the building phase: ranges in ascending order from here on.</summary>
    public void Finish()
    {
        if (!_building) return;
        _building = false;
        Storage[.._count].Reverse();
        SetBounds();
    }

    private void SetBounds()
    {
        _start = _count > 0 ? Storage[0].From : 0;
        _end = _count > 0 ? Storage[_count - 1].To : 0;
    }

    /// <summary>Adds [from, to), merging with overlapping or touching ranges. While building, additions are at the low end mostly.</summary>
    public void AddRange(int from, int to)
    {
        if (from >= to) return;
        if (!_building)
        {
            // Rare after building: do it on the descending form.
            Storage[.._count].Reverse();
            AddRangeDescending(from, to);
            Storage[.._count].Reverse();
            _cursor = 0;
            SetBounds();
            return;
        }
        AddRangeDescending(from, to);
    }

    private void AddRangeDescending(int from, int to)
    {
        int n = _count;
        var ranges = Storage;
        // Already covered by the lowest range (the usual case: another read in the block, further
        // up): nothing changes, as long as the next range does not touch it (merging would be due).
        if (n > 0)
        {
            var (lowFrom, lowTo) = ranges[n - 1];
            if (lowFrom <= from && to <= lowTo && (n == 1 || ranges[n - 2].From > lowTo)) return;
        }
        // Fast path: below the lowest range (intervals are built backwards).
        if (n == 0 || to < ranges[n - 1].From)
        {
            Insert(n, (from, to));
            return;
        }
        // The lowest range that does not end before `from`.
        int j = n - 1;
        while (j >= 0 && ranges[j].To < from) j--;
        if (j < 0)
        {
            Insert(0, (from, to));
            return;
        }
        if (to < ranges[j].From)
        {
            Insert(j + 1, (from, to));
            return;
        }
        int newFrom = Math.Min(from, ranges[j].From);
        int newTo = Math.Max(to, ranges[j].To);
        int k = j - 1;
        while (k >= 0 && ranges[k].From <= newTo)
        {
            newTo = Math.Max(newTo, ranges[k].To);
            k--;
        }
        // Ranges k+1 .. j become one, at k+1.
        int removed = j - k - 1;
        if (removed > 0)
        {
            ranges[j..n].CopyTo(ranges[(k + 1)..]);
            _count -= removed;
        }
        ranges[k + 1] = (newFrom, newTo);
    }

    private void Insert(int at, (int, int) range)
    {
        var ranges = Storage;
        if (_count == ranges.Length)
        {
            var more = new (int From, int To)[Math.Max(2, _count * 2)];
            ranges[.._count].CopyTo(more);
            _more = more;
            ranges = more;
        }
        if (at < _count) ranges[at.._count].CopyTo(ranges[(at + 1)..]);
        ranges[at] = range;
        _count++;
    }

    /// <summary>Shortens the first range to start at a definition.</summary>
    public void SetFrom(int from)
    {
        if (_count == 0) Insert(0, (from, from + 1));
        else
        {
            int first = _building ? _count - 1 : 0;
            var ranges = Storage;
            ranges[first] = (from, Math.Max(ranges[first].To, from + 1));
        }
        if (!_building) SetBounds();
    }

    public bool Covers(int position)
    {
        foreach (var (from, to) in Finished())
        {
            if (position < from) return false;
            if (position < to) return true;
        }
        return false;
    }

    /// <summary>
    /// <see cref="Covers"/> for a scan that asks about non-decreasing positions: ranges that end at
    /// or before <paramref name="position"/> are skipped once and for all.
    /// </summary>
    public bool CoversAdvancing(int position)
    {
        var r = Finished();
        int c = _cursor;
        while (c < r.Length && r[c].To <= position) c++;
        _cursor = c;
        return c < r.Length && r[c].From <= position;
    }

    /// <summary>
    /// <see cref="CoversAdvancing(int)"/>, also telling the first position after
    /// <paramref name="position"/> where the answer can change (int.MaxValue if never).
    /// </summary>
    public bool CoversAdvancing(int position, out int until)
    {
        var r = Finished();
        while (_cursor < r.Length && r[_cursor].To <= position) _cursor++;
        if (_cursor == r.Length)
        {
            until = int.MaxValue;
            return false;
        }
        var (from, to) = r[_cursor];
        until = from <= position ? to : from;
        return from <= position;
    }

    /// <summary>
    /// Whether this interval and <paramref name="current"/> share a position, for a scan at
    /// <paramref name="current"/>'s start (non-decreasing from call to call): this interval's
    /// ranges that end before it are skipped once and for all.
    /// </summary>
    public bool IntersectsAdvancing(LiveInterval current)
    {
        var a = Finished();
        var b = current.Finished();
        int start = b[0].From;
        while (_cursor < a.Length && a[_cursor].To <= start) _cursor++;
        int i = _cursor, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (Math.Max(a[i].From, b[j].From) < Math.Min(a[i].To, b[j].To)) return true;
            if (a[i].To <= b[j].To) i++; else j++;
        }
        return false;
    }

    /// <summary>The first position at or after <paramref name="from"/> covered by both, or int.MaxValue.</summary>
    public int NextIntersection(LiveInterval other, int from = 0)
    {
        int i = 0, j = 0;
        var a = Finished();
        var b = other.Finished();
        while (i < a.Length && j < b.Length)
        {
            int lo = Math.Max(Math.Max(a[i].From, b[j].From), from);
            int hi = Math.Min(a[i].To, b[j].To);
            if (lo < hi) return lo;
            if (a[i].To <= b[j].To) i++; else j++;
        }
        return int.MaxValue;
    }

    public override string ToString()
    {
        var ranges = Storage[.._count].ToArray();
        if (_building) Array.Reverse(ranges);
        return $"{(IsFixed ? "fixed" : "v")}{Reg} {(Spilled ? "stack" : Assigned >= 0 ? Target.X86.Name(Assigned) : "?")} " +
               string.Join(" ", ranges.Select(r => $"[{r.From},{r.To})"));
    }
}
