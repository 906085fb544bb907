// Magic numbers for division by a constant (Granlund & Montgomery 1994; Hacker's Delight, ch. 10):
// x / d becomes a multiply-high by a precomputed constant and shifts, exact for every w-bit x
// (w = 32 or 64). Pure arithmetic, so it can be tested on its own; Isel.DivideByConstant.cs emits
// the instructions.
using System.Numerics;

namespace PyIR.Backend.Isel;

public static class DivisionMagic
{
    /// <summary>
    /// Unsigned: q = x / d for all x ≤ 2^(w - PreShift) - 1 after x >>= PreShift, as
    /// <c>t = mulhi(x, Magic)</c>, then <c>q = t >> Shift</c> when !Add, or
    /// <c>q = (((x - t) >> 1) + t) >> (Shift - 1)</c> when Add (the magic needed w+1 bits; Magic
    /// holds its low w bits). Magic &lt; 2^w; Shift ≥ 1 when Add.
    /// </summary>
    public readonly record struct Unsigned(ulong Magic, int PreShift, int Shift, bool Add);

    /// <summary>
    /// Signed: <c>t = mulhs(x, Magic)</c>; <c>t += x</c> if AddDividend, <c>t -= x</c> if
    /// SubDividend; <c>t >>= Shift</c> (arithmetic); <c>q = t + (t >>> (w - 1))</c>. Magic is a
    /// w-bit two's-complement value.
    /// </summary>
    public readonly record struct Signed(long Magic, int Shift, bool AddDividend, bool SubDividend);

    /// <summary>
    /// Magic for unsigned w-bit division by d, 2 ≤ d &lt; 2^w and d not a power of two (powers of
    /// two are shifts). Prefers a w-bit multiplier; for even d whose multiplier needs w+1 bits,
    /// shifts the dividend right first (d = d' · 2^z).
    /// </summary>
    public static Unsigned ForUnsigned(ulong d, int w)
    {
        if (w is not (32 or 64)) throw new ArgumentOutOfRangeException(nameof(w));
        if (d < 2 || (w == 32 && d > uint.MaxValue)) throw new ArgumentOutOfRangeException(nameof(d));
        var found = Find(d, w, w);
        if (found is { } m) return new Unsigned(m.Magic, 0, m.Shift, false);
        int z = BitOperations.TrailingZeroCount(d);
        if (z > 0)
        {
            var pre = Find(d >> z, w - z, w);
            if (pre is { } p) return new Unsigned(p.Magic, z, p.Shift, false);
        }
        // The w+1-bit multiplier 2^w + Magic with shift l = ceil(log2 d) always works.
        int l = CeilLog2(d);
        UInt128 big = CeilPowerOfTwo(w + l, d);
        return new Unsigned((ulong)(big - (UInt128.One << w)), 0, l, true);
    }

    /// <summary>
    /// The smallest shift s ≤ ceil(log2 d) with m = ceil(2^(w+s) / d) &lt; 2^w such that
    /// floor(x·m / 2^(w+s)) = floor(x / d) for every x &lt; 2^bits; null if none has m &lt; 2^w.
    /// (At s = ceil(log2 d), m ≥ 2^w already, so shifts up to that one minus 1 are tried: every
    /// quantity then fits in 128 bits.)
    /// </summary>
    private static (ulong Magic, int Shift)? Find(ulong d, int bits, int w)
    {
        UInt128 range = UInt128.One << bits; // maxX + 1
        // nc: the largest x ≤ maxX with x mod d = d - 1, the dividend where rounding errs first
        // (none when d > maxX + 1).
        if (range % d == range) return null;
        UInt128 nc = range - 1 - range % d;
        int l = CeilLog2(d);
        for (int s = 0; s < l; s++)
        {
            UInt128 twoP = UInt128.One << (w + s);
            UInt128 m = CeilPowerOfTwo(w + s, d);
            UInt128 e = m * d - twoP; // the rounding error of m, 0 ≤ e < d
            // Exact iff the error accumulated up to nc stays below one unit (Hacker's Delight 10-9).
            if (nc * e < twoP)
            {
                if (m < UInt128.One << w) return ((ulong)m, s);
                return null; // larger shifts only need larger multipliers
            }
        }
        return null;
    }

    /// <summary>
    /// Magic for signed w-bit division by d, 2 ≤ |d| ≤ 2^(w-1) - 1, |d| not a power of two
    /// (Hacker's Delight, figure 10-1). Every quantity stays below 2^(w+1), so 128 bits are exact.
    /// </summary>
    public static Signed ForSigned(long d, int w)
    {
        if (w is not (32 or 64)) throw new ArgumentOutOfRangeException(nameof(w));
        UInt128 ad = d < 0 ? (UInt128)(-(Int128)d) : (UInt128)d;
        UInt128 two = UInt128.One << (w - 1);
        if (ad < 2 || ad >= two) throw new ArgumentOutOfRangeException(nameof(d));
        UInt128 t = two + (d < 0 ? 1u : 0u);
        UInt128 anc = t - 1 - t % ad; // |nc|
        int p = w - 1;
        UInt128 q1 = two / anc, r1 = two - q1 * anc;
        UInt128 q2 = two / ad, r2 = two - q2 * ad;
        UInt128 delta;
        do
        {
            p++;
            q1 *= 2; r1 *= 2;
            if (r1 >= anc) { q1++; r1 -= anc; }
            q2 *= 2; r2 *= 2;
            if (r2 >= ad) { q2++; r2 -= ad; }
            delta = ad - r2;
        } while (q1 < delta || (q1 == delta && r1 == 0));
        UInt128 magic = q2 + 1; // < 2^w; as a w-bit value it may read negative
        if (d < 0) magic = UInt128.Zero - magic; // two's complement: only the low w bits are kept
        long m = w == 64 ? (long)(ulong)magic : (int)(uint)magic;
        return new Signed(m, p - w, d > 0 && m < 0, d < 0 && m > 0);
    }

    /// <summary>ceil(2^n / d) for n ≤ 128 and d ≥ 1, as ((2^n - 1) / d) + 1.</summary>
    private static UInt128 CeilPowerOfTwo(int n, ulong d)
    {
        UInt128 belowPower = n == 128 ? UInt128.MaxValue : (UInt128.One << n) - 1;
        return belowPower / d + 1;
    }

    private static int CeilLog2(ulong d) => 64 - BitOperations.LeadingZeroCount(d - 1);
}
