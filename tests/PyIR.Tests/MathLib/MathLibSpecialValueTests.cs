// The special values C99 (Annex F) fixes exactly, checked on the math library's routines through the
// interpreter: NaN propagation, infinities, signed zeros, overflow to +inf and underflow to 0 or
// a denormal, and pow's and atan2's full special-case tables. Expected values are written out here
// from the standard, not computed. Each case runs on the double routine and on the float one.
using Xunit;

namespace PyIR.Tests.MathLib;

public class MathLibSpecialValueTests
{
    private const double Inf = double.PositiveInfinity;
    private const double NaN = double.NaN;
    private const double Pi = 3.141592653589793;
    private const double HalfPi = 1.5707963267948966;

    public static TheoryData<string, double, double> Unary() => new()
    {
        { "exp", NaN, NaN }, { "exp", Inf, Inf }, { "exp", -Inf, 0.0 }, { "exp", 0.0, 1.0 }, { "exp", -0.0, 1.0 },
        { "exp", 1000.0, Inf }, { "exp", -1000.0, 0.0 }, { "exp", -745.0, 4.9406564584124654e-324 },
        { "exp2", -Inf, 0.0 }, { "exp2", Inf, Inf }, { "exp2", 10.0, 1024.0 }, { "exp2", -1074.0, 4.9406564584124654e-324 },
        { "exp2", 1024.0, Inf }, { "exp2", -1075.5, 0.0 }, { "exp2", NaN, NaN },
        { "exp10", -Inf, 0.0 }, { "exp10", Inf, Inf }, { "exp10", 0.0, 1.0 }, { "exp10", 400.0, Inf },
        { "expm1", 0.0, 0.0 }, { "expm1", -0.0, -0.0 }, { "expm1", -Inf, -1.0 }, { "expm1", Inf, Inf }, { "expm1", NaN, NaN },
        { "expm1", 5e-324, 5e-324 },
        { "log", 0.0, -Inf }, { "log", -0.0, -Inf }, { "log", -1.0, NaN }, { "log", -Inf, NaN }, { "log", Inf, Inf },
        { "log", 1.0, 0.0 }, { "log", NaN, NaN },
        { "log2", 0.0, -Inf }, { "log2", -2.0, NaN }, { "log2", Inf, Inf }, { "log2", 1.0, 0.0 }, { "log2", 8.0, 3.0 },
        { "log2", 4.9406564584124654e-324, -1074.0 }, { "log2", 0.5, -1.0 },
        { "log10", 0.0, -Inf }, { "log10", -0.5, NaN }, { "log10", 1.0, 0.0 }, { "log10", Inf, Inf }, { "log10", 1000.0, 3.0 },
        { "log1p", -1.0, -Inf }, { "log1p", -2.0, NaN }, { "log1p", 0.0, 0.0 }, { "log1p", -0.0, -0.0 }, { "log1p", Inf, Inf },
        { "sin", 0.0, 0.0 }, { "sin", -0.0, -0.0 }, { "sin", Inf, NaN }, { "sin", -Inf, NaN }, { "sin", NaN, NaN },
        { "sin", 5e-324, 5e-324 },
        { "cos", 0.0, 1.0 }, { "cos", -0.0, 1.0 }, { "cos", Inf, NaN }, { "cos", NaN, NaN },
        { "tan", 0.0, 0.0 }, { "tan", -0.0, -0.0 }, { "tan", -Inf, NaN },
        { "sinh", -0.0, -0.0 }, { "sinh", Inf, Inf }, { "sinh", -Inf, -Inf }, { "sinh", 1000.0, Inf }, { "sinh", -1000.0, -Inf },
        { "cosh", 0.0, 1.0 }, { "cosh", -Inf, Inf }, { "cosh", 1000.0, Inf }, { "cosh", NaN, NaN },
        { "tanh", -0.0, -0.0 }, { "tanh", Inf, 1.0 }, { "tanh", -Inf, -1.0 }, { "tanh", 100.0, 1.0 }, { "tanh", NaN, NaN },
        { "asin", -0.0, -0.0 }, { "asin", 1.0, HalfPi }, { "asin", -1.0, -HalfPi }, { "asin", 1.5, NaN }, { "asin", -Inf, NaN },
        { "acos", 1.0, 0.0 }, { "acos", -1.0, Pi }, { "acos", 0.0, HalfPi }, { "acos", 2.0, NaN },
        { "atan", -0.0, -0.0 }, { "atan", Inf, HalfPi }, { "atan", -Inf, -HalfPi }, { "atan", NaN, NaN },
        { "cbrt", -0.0, -0.0 }, { "cbrt", -Inf, -Inf }, { "cbrt", 27.0, 3.0 }, { "cbrt", -8.0, -2.0 }, { "cbrt", NaN, NaN },
    };

    public static TheoryData<string, double, double, double> Binary() => new()
    {
        // pow: C99 F.9.4.4
        { "pow", NaN, 0.0, 1.0 }, { "pow", NaN, -0.0, 1.0 }, { "pow", Inf, 0.0, 1.0 }, { "pow", 1.0, NaN, 1.0 },
        { "pow", 1.0, Inf, 1.0 }, { "pow", -1.0, Inf, 1.0 }, { "pow", -1.0, -Inf, 1.0 },
        { "pow", 2.0, NaN, NaN }, { "pow", NaN, 1.0, NaN },
        { "pow", 0.0, -3.0, Inf }, { "pow", -0.0, -3.0, -Inf }, { "pow", -0.0, -2.0, Inf }, { "pow", -0.0, -0.5, Inf },
        { "pow", 0.0, -Inf, Inf }, { "pow", -0.0, -Inf, Inf },
        { "pow", 0.0, 3.0, 0.0 }, { "pow", -0.0, 3.0, -0.0 }, { "pow", -0.0, 2.0, 0.0 }, { "pow", -0.0, 0.5, 0.0 },
        { "pow", 0.5, -Inf, Inf }, { "pow", 2.0, -Inf, 0.0 }, { "pow", 0.5, Inf, 0.0 }, { "pow", -2.0, Inf, Inf },
        { "pow", -Inf, -3.0, -0.0 }, { "pow", -Inf, -2.0, 0.0 }, { "pow", -Inf, 3.0, -Inf }, { "pow", -Inf, 2.0, Inf },
        { "pow", -Inf, 0.5, Inf }, { "pow", Inf, -1.0, 0.0 }, { "pow", Inf, 0.5, Inf },
        { "pow", -8.0, 1.0 / 3, NaN }, { "pow", -2.0, 3.0, -8.0 }, { "pow", -2.0, 2.0, 4.0 }, { "pow", -2.0, -1.0, -0.5 },
        { "pow", 2.0, 1024.0, Inf }, { "pow", -2.0, 1025.0, -Inf }, { "pow", 2.0, -1074.0, 4.9406564584124654e-324 },
        { "pow", 2.0, -1080.0, 0.0 }, { "pow", 10.0, 2.0, 100.0 }, { "pow", 4.0, 0.5, 2.0 },
        // atan2: C99 F.9.1.4
        { "atan2", 0.0, -0.0, Pi }, { "atan2", -0.0, -0.0, -Pi }, { "atan2", 0.0, 0.0, 0.0 }, { "atan2", -0.0, 0.0, -0.0 },
        { "atan2", 0.0, -1.0, Pi }, { "atan2", -0.0, -1.0, -Pi }, { "atan2", 0.0, 1.0, 0.0 }, { "atan2", -0.0, 1.0, -0.0 },
        { "atan2", -1.0, 0.0, -HalfPi }, { "atan2", 1.0, -0.0, HalfPi }, { "atan2", 1.0, -Inf, Pi }, { "atan2", -1.0, -Inf, -Pi },
        { "atan2", 1.0, Inf, 0.0 }, { "atan2", -1.0, Inf, -0.0 }, { "atan2", Inf, 5.0, HalfPi }, { "atan2", -Inf, 5.0, -HalfPi },
        { "atan2", Inf, -Inf, 2.356194490192345 }, { "atan2", -Inf, Inf, -0.7853981633974483 }, { "atan2", NaN, 1.0, NaN },
        { "atan2", 1.0, NaN, NaN },
        // hypot: F.9.4.3
        { "hypot", Inf, NaN, Inf }, { "hypot", NaN, -Inf, Inf }, { "hypot", NaN, 1.0, NaN }, { "hypot", -0.0, 0.0, 0.0 },
        { "hypot", 3.0, -4.0, 5.0 }, { "hypot", 1e308, 1e308, 1.4142135623730951e308 }, { "hypot", 3e-320, 4e-320, 5e-320 },
        // fmod: F.9.7.1
        { "fmod", 0.0, 2.0, 0.0 }, { "fmod", -0.0, 2.0, -0.0 }, { "fmod", Inf, 2.0, NaN }, { "fmod", 2.0, 0.0, NaN },
        { "fmod", 2.0, Inf, 2.0 }, { "fmod", -2.0, Inf, -2.0 }, { "fmod", NaN, 1.0, NaN }, { "fmod", 1.0, NaN, NaN },
        { "fmod", 7.5, 2.0, 1.5 }, { "fmod", -7.5, 2.0, -1.5 }, { "fmod", -8.0, 2.0, -0.0 }, { "fmod", 1.0715086071862673e301, 3.0, 1.0 }, { "fmod", 1e300, 7.0, 1.0 },
        { "fmod", 5e-324, 1e-320, 5e-324 },
    };

    private static void AssertSame(double expected, double actual, string what)
    {
        bool same = double.IsNaN(expected) ? double.IsNaN(actual) : BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual);
        Assert.True(same, $"{what} = {actual:R}, expected {expected:R}");
    }

    private static void AssertSame(float expected, float actual, string what)
    {
        bool same = float.IsNaN(expected) ? float.IsNaN(actual) : BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual);
        Assert.True(same, $"{what} = {actual:R}, expected {expected:R}");
    }

    /// <summary>Float cases: the same input and expected value converted to float, where that stays meaningful.</summary>
    private static bool FloatMeaningful(double value) => double.IsNaN(value) || double.IsInfinity(value) || value == 0
        || ((float)value == value && Math.Abs(value) >= 1e-30);

    [Theory]
    [MemberData(nameof(Unary))]
    public void Unary_special_value(string name, double x, double expected)
    {
        AssertSame(expected, MathLibInterpreterTests.CallDouble("pyir_" + name, x), $"pyir_{name}({x:R})");
        if (FloatMeaningful(x) && FloatMeaningful(expected) && Math.Abs(x) < 100)
            AssertSame((float)expected, MathLibInterpreterTests.CallFloat("pyir_" + name + "f", (float)x), $"pyir_{name}f({x:R})");
    }

    [Theory]
    [MemberData(nameof(Binary))]
    public void Binary_special_value(string name, double x, double y, double expected)
    {
        AssertSame(expected, MathLibInterpreterTests.CallDouble("pyir_" + name, x, y), $"pyir_{name}({x:R}, {y:R})");
        if (FloatMeaningful(x) && FloatMeaningful(y) && FloatMeaningful(expected) && Math.Abs(y) < 200 && Math.Abs(x) < 1e30)
            AssertSame((float)expected, MathLibInterpreterTests.CallFloat("pyir_" + name + "f", (float)x, (float)y), $"pyir_{name}f({x:R}, {y:R})");
    }
}
