// Tests for the UlpDistance helper used by the math library accuracy tests.
using Xunit;

namespace PyIR.Tests.MathLib;

public class UlpDistanceTests
{
    [Fact]
    public void Neighbours_are_one_ulp_apart()
    {
        Assert.Equal(1UL, UlpDistance.Between(1.0, Math.BitIncrement(1.0)));
        Assert.Equal(1UL, UlpDistance.Between(1.0, Math.BitDecrement(1.0)));
        Assert.Equal(1U, UlpDistance.Between(1.0f, MathF.BitIncrement(1.0f)));
        Assert.Equal(1UL, UlpDistance.Between(-3.5, Math.BitDecrement(-3.5)));
    }

    [Fact]
    public void Zeros_are_equal_and_denormals_follow_zero()
    {
        Assert.Equal(0UL, UlpDistance.Between(0.0, -0.0));
        Assert.Equal(1UL, UlpDistance.Between(0.0, double.Epsilon));
        Assert.Equal(2UL, UlpDistance.Between(-double.Epsilon, double.Epsilon));
        Assert.Equal(2U, UlpDistance.Between(-float.Epsilon, float.Epsilon));
    }

    [Fact]
    public void Infinity_is_one_ulp_after_the_largest_finite_value()
    {
        Assert.Equal(1UL, UlpDistance.Between(double.MaxValue, double.PositiveInfinity));
        Assert.Equal(1U, UlpDistance.Between(float.MinValue, float.NegativeInfinity));
    }

    [Fact]
    public void Distance_across_a_power_of_two_counts_representable_values()
    {
        // below 2 the spacing is 2^-52, above it 2^-51: 2 - 2^-52 .. 2 + 2^-51 is two steps
        Assert.Equal(2UL, UlpDistance.Between(Math.BitDecrement(2.0), Math.BitIncrement(2.0)));
        Assert.Equal(1UL << 52, UlpDistance.Between(1.0, 2.0));
    }

    [Fact]
    public void NaN_matches_only_NaN()
    {
        Assert.Equal(0UL, UlpDistance.Between(double.NaN, -double.NaN));
        Assert.Equal(ulong.MaxValue, UlpDistance.Between(double.NaN, 1.0));
        Assert.Equal(uint.MaxValue, UlpDistance.Between(2.0f, float.NaN));
    }

    [Fact]
    public void Whole_line_distance_does_not_overflow()
    {
        Assert.Equal(2 * 0x7FF0000000000000UL, UlpDistance.Between(double.NegativeInfinity, double.PositiveInfinity));
    }
}
