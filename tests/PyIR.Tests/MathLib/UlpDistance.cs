// Distance in ulps between two floating-point numbers, for the math library accuracy tests.
// Each value is mapped to an "ordered integer": the bit pattern for non-negative values, and the
// negated magnitude bits for negative ones, so consecutive representable numbers map to consecutive
// integers across the whole line (-0 and +0 both map to 0, the denormals sit next to zero, and the
// largest finite number is one step away from infinity). The distance is the difference of the two.
namespace PyIR.Tests.MathLib;

public static class UlpDistance
{
    public static long OrderedBits(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        return bits < 0 ? -(bits & long.MaxValue) : bits;
    }

    public static int OrderedBits(float x)
    {
        int bits = BitConverter.SingleToInt32Bits(x);
        return bits < 0 ? -(bits & int.MaxValue) : bits;
    }

    /// <summary>Ulps between a and b; 0 when both are NaN; ulong.MaxValue when only one is NaN.</summary>
    public static ulong Between(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) return double.IsNaN(a) && double.IsNaN(b) ? 0 : ulong.MaxValue;
        long x = OrderedBits(a), y = OrderedBits(b);
        return x >= y ? (ulong)x - (ulong)y : (ulong)y - (ulong)x;
    }

    /// <summary>Ulps between a and b (in float's ulps); 0 when both are NaN; uint.MaxValue when only one is.</summary>
    public static uint Between(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b)) return float.IsNaN(a) && float.IsNaN(b) ? 0 : uint.MaxValue;
        long x = OrderedBits(a), y = OrderedBits(b);
        return (uint)Math.Abs(x - y);
    }
}
