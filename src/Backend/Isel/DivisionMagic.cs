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
        if (found is { } m) return new Unsigned((ulong)m.Magic, 0, m.Shift, false);
        int z = BitOperations.TrailingZeroCount(d);
        if (z > 0)
        {
            var pre = Find(d >> z, w - z, w);
            if (pre is { } p) return new Unsigned((ulong)p.Magic, z, p.Shift, false);
        }
        // The w+1-bit multiplier 2^w + Magic with shift l = ceil(log2 d) always works.
        int l = CeilLog2(d);
        BigInteger big = Ceil(BigInteger.One << (w + l), d);
        return new Unsigned((ulong)(big - (BigInteger.One << w)), 0, l, true);
    }

    /// <summary>
    /// The smallest shift s ≤ ceil(log2 d) with m = ceil(2^(w+s) / d) &lt; 2^w such that
    /// floor(x·m / 2^(w+s)) = floor(x / d) for every x &lt; 2^bits; null if none has m &lt; 2^w.
    /// </summary>
    private static (BigInteger Magic, int Shift)? Find(ulong d, int bits, int w)
    {
        BigInteger maxX = (BigInteger.One << bits) - 1;
        // nc: the largest x ≤ maxX with x mod d = d - 1, the dividend where rounding errs first.
        BigInteger nc = maxX - (maxX + 1) % d;
        int l = CeilLog2(d);
        for (int s = 0; s <= l; s++)
        {
            BigInteger twoP = BigInteger.One << (w + s);
            BigInteger m = Ceil(twoP, d);
            BigInteger e = m * d - twoP; // the rounding error of m, 0 ≤ e < d
            // Exact iff the error accumulated up to nc stays below one unit (Hacker's Delight 10-9).
            if (nc * e < twoP && nc >= 0)
            {
                if (m < BigInteger.One << w) return (m, s);
                return null; // larger shifts only need larger multipliers
            }
        }
        return null;
    }

    /// <summary>
    /// Magic for signed w-bit division by d, 2 ≤ |d| ≤ 2^(w-1) - 1, |d| not a power of two
    /// (Hacker's Delight, figure 10-1).
    /// </summary>
    public static Signed ForSigned(long d, int w)
    {
        if (w is not (32 or 64)) throw new ArgumentOutOfRangeException(nameof(w));
        BigInteger ad = BigInteger.Abs(d);
        BigInteger two = BigInteger.One << (w - 1);
        if (ad < 2 || ad >= two) throw new ArgumentOutOfRangeException(nameof(d));
        BigInteger t = two + (d < 0 ? 1 : 0);
        BigInteger anc = t - 1 - t % ad; // |nc|
        int p = w - 1;
        BigInteger q1 = two / anc, r1 = two - q1 * anc;
        BigInteger q2 = two / ad, r2 = two - q2 * ad;
        BigInteger delta;
        do
        {
            p++;
            q1 *= 2; r1 *= 2;
            if (r1 >= anc) { q1++; r1 -= anc; }
            q2 *= 2; r2 *= 2;
            if (r2 >= ad) { q2++; r2 -= ad; }
            delta = ad - r2;
        } while (q1 < delta || (q1 == delta && r1 == 0));
        BigInteger magic = q2 + 1; // < 2^w; as a w-bit value it may read negative
        if (d < 0) magic = -magic;
        long m = w == 64 ? (long)(ulong)(magic & ulong.MaxValue) : (int)(uint)(magic & uint.MaxValue);
        return new Signed(m, p - w, d > 0 && m < 0, d < 0 && m > 0);
    }

    private static BigInteger Ceil(BigInteger a, BigInteger b) => (a + b - 1) / b;

    private static int CeilLog2(ulong d) => 64 - BitOperations.LeadingZeroCount(d - 1);
}
