// Induction variables of a loop and its constant trip count, for the loop passes (indvars, unroll, a
// future vectorizer). A basic induction variable is a header phi that starts at one value from
// outside the loop and takes `add phi, C` / `sub phi, C` (C a constant integer) from every latch.
// Arithmetic wraps modulo 2^n, as the interpreter computes it: the value in iteration k (1-based) is
// start + (k-1)*step mod 2^n, whatever nsw/nuw say.
// The trip count is the number of times the header runs, found when the loop leaves from a single
// block that runs in every iteration, on `icmp pred X, C` where X is the phi or its increment and
// start, step and C are constants. It is solved exactly: equality by a linear congruence modulo
// 2^n, orderings by the crossing point while the value does not wrap (a count that would need the
// value to wrap around first is reported as unknown).
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

/// <summary>A basic induction variable: <paramref name="Phi"/> = [Start, outside], [Next, latches], Next = Phi + Step.</summary>
public sealed record InductionVariable(PhiInst Phi, Value Start, BinaryInst Next, ConstantInt Step)
{
    public IntegerType Type => (IntegerType)Phi.Type;

    /// <summary>The phi's value in iteration <paramref name="k"/> (1-based) when Start is a constant.</summary>
    public ConstantInt? PhiValueAt(long k) => Start is ConstantInt s ? new ConstantInt(Type, s.Bits + (ulong)(k - 1) * Step.Bits) : null;
}

/// <summary>
/// A constant trip count: the header runs <paramref name="Count"/> times (Count ≥ 1); the loop leaves
/// from <paramref name="Exiting"/> (which runs once per iteration) to <paramref name="Exit"/> in
/// iteration Count, and the latch branches back Count - 1 times.
/// </summary>
public sealed record TripCount(long Count, BasicBlock Exiting, BasicBlock Exit, InductionVariable Controlling);

public static class InductionVariables
{
    /// <summary>Every basic induction variable of <paramref name="loop"/>'s header.</summary>
    public static List<InductionVariable> Find(Loop loop)
    {
        var result = new List<InductionVariable>();
        for (var i = loop.Header.First; i is PhiInst phi; i = i.Next)
            if (Analyze(loop, phi) is { } iv) result.Add(iv);
        return result;
    }

    /// <summary>The induction variable <paramref name="phi"/> is, or null.</summary>
    public static InductionVariable? Analyze(Loop loop, PhiInst phi)
    {
        if (phi.Type is not IntegerType || !ReferenceEquals(phi.Parent, loop.Header)) return null;
        Value? start = null, next = null;
        for (int k = 0; k < phi.IncomingCount; k++)
        {
            var (v, b) = (phi.GetIncomingValue(k), phi.GetIncomingBlock(k));
            if (loop.Contains(b))
            {
                if (next is not null && !ReferenceEquals(next, v)) return null;
                next = v;
            }
            else
            {
                if (start is not null && !ReferenceEquals(start, v)) return null;
                start = v;
            }
        }
        if (start is null || next is not BinaryInst add || !loop.Contains(add)) return null;
        ConstantInt? step = add.Opcode switch
        {
            Opcode.Add when ReferenceEquals(add.Lhs, phi) => add.Rhs as ConstantInt,
            Opcode.Add when ReferenceEquals(add.Rhs, phi) => add.Lhs as ConstantInt,
            Opcode.Sub when ReferenceEquals(add.Lhs, phi) && add.Rhs is ConstantInt c => new ConstantInt(c.Type, 0UL - c.Bits),
            _ => null,
        };
        return step is null ? null : new InductionVariable(phi, start, add, step);
    }

    /// <summary>
    /// The constant trip count of <paramref name="loop"/> if it has one single latch, one exiting block
    /// that dominates the latch and ends in a conditional branch on an induction variable compared
    /// with a constant, and constant start; null otherwise or when the count exceeds <paramref name="max"/>.
    /// </summary>
    public static TripCount? ConstantTripCount(Loop loop, DominatorTree dominators, long max = long.MaxValue)
    {
        if (loop.SingleLatch is not { } latch) return null;
        var (exitingCount, exiting) = loop.CountExiting();
        if (exitingCount != 1 || exiting is null || !dominators.Dominates(exiting, latch)) return null;
        if (exiting.Terminator is not BranchInst { IsConditional: true } br || br.Condition is not ICmpInst cmp) return null;
        bool trueLeaves = !loop.Contains(br.TrueTarget);
        if (trueLeaves == !loop.Contains(br.FalseTarget)) return null;
        var exit = trueLeaves ? br.TrueTarget : br.FalseTarget;

        var pred = cmp.Predicate;
        Value x = cmp.Lhs;
        if (cmp.Rhs is not ConstantInt limit)
        {
            if (cmp.Lhs is not ConstantInt l2) return null;
            limit = l2;
            x = cmp.Rhs;
            pred = pred.Swapped();
        }
        InductionVariable? iv = null;
        int offset = 0; // the compared value is start + (k - 1 + offset) * step in iteration k
        if (x is PhiInst phi) iv = Analyze(loop, phi);
        else if (x is BinaryInst n)
            for (var i = loop.Header.First; i is PhiInst p; i = i.Next)
                if (Analyze(loop, p) is { } cand && ReferenceEquals(cand.Next, n)) { iv = cand; offset = 1; break; }
        if (iv is null || iv.Start is not ConstantInt start) return null;
        // Leave when (pred holds) == trueLeaves.
        long? k = FirstExit(iv.Type.Bits, start.Bits, iv.Step.Bits, limit.Bits, trueLeaves ? pred : pred.Inverse(), offset);
        return k is { } count && count <= max ? new TripCount(count, exiting, exit, iv) : null;
    }

    /// <summary>
    /// The smallest k ≥ 1 with pred(v, limit) where v = start + (k - 1 + offset)·step mod 2^bits, or
    /// null if there is none or it cannot be found without following the value around a wrap.
    /// </summary>
    public static long? FirstExit(int bits, ulong start, ulong step, ulong limit, IntPredicate pred, int offset)
    {
        ulong mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        start &= mask; step &= mask; limit &= mask;
        long c0 = offset;
        long? ToK(UInt128 c) => c > (UInt128)(long.MaxValue - 1) ? null : (long)c - offset + 1;
        ulong At(UInt128 c) => (ulong)(start + (UInt128)step * c) & mask;

        if (pred is IntPredicate.Ne)
        {
            if (At((UInt128)c0) != limit) return ToK((UInt128)c0);
            return step == 0 ? null : ToK((UInt128)c0 + 1);
        }
        if (pred is IntPredicate.Eq)
        {
            // step·c ≡ limit - start (mod 2^bits)
            ulong d = (limit - start) & mask;
            if (step == 0) return d == 0 ? ToK((UInt128)c0) : null;
            int tz = System.Numerics.BitOperations.TrailingZeroCount(step);
            if ((d & ((1UL << tz) - 1)) != 0) return null;
            int m = bits - tz;
            ulong a = step >> tz, inv = a;
            for (int i = 0; i < 6; i++) inv *= 2 - a * inv; // Newton: inverse of an odd number mod 2^64
            UInt128 period = (UInt128)1 << m;
            UInt128 c = (UInt128)((d >> tz) * inv) & (period - 1);
            if (c < (UInt128)c0) c += period;
            return ToK(c);
        }
        // Orderings: compare in the signed or unsigned domain, where the value moves monotonically
        // by the (signed) step until it leaves the domain's range.
        bool signed = pred.IsSigned();
        Int128 Dom(ulong v) => signed ? (Int128)(bits == 64 ? (long)v : (long)(v << (64 - bits)) >> (64 - bits)) : (Int128)v;
        Int128 lo = signed ? -((Int128)1 << (bits - 1)) : 0;
        Int128 hi = signed ? ((Int128)1 << (bits - 1)) - 1 : (Int128)mask;
        // From the first compared value on (c0 steps in, already wrapped as the hardware would).
        Int128 s = Dom(At((UInt128)c0)), lim = Dom(limit);
        Int128 st = bits == 64 ? (long)step : (long)(step << (64 - bits)) >> (64 - bits);
        bool Holds(Int128 v) => pred switch
        {
            IntPredicate.Ult or IntPredicate.Slt => v < lim,
            IntPredicate.Ule or IntPredicate.Sle => v <= lim,
            IntPredicate.Ugt or IntPredicate.Sgt => v > lim,
            _ => v >= lim,
        };
        Int128 V(Int128 c) => s + (c - c0) * st;
        if (Holds(V(c0))) return ToK((UInt128)c0);
        if (st == 0) return null;
        // The last c before the value leaves [lo, hi].
        Int128 cmax = c0 + (st > 0 ? (hi - s) / st : (s - lo) / -st);
        if (cmax < c0 || !Holds(V(cmax))) return null;
        Int128 low = c0, high = cmax; // !Holds(low), Holds(high)
        while (high - low > 1)
        {
            var mid = low + (high - low) / 2;
            if (Holds(V(mid))) high = mid; else low = mid;
        }
        return ToK((UInt128)high);
    }
}
