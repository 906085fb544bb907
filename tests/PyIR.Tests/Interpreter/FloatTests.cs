// Floating point: fcmp's 16 predicates with NaN, frem as C fmod, and the x86 (cvtt) conversion
// rules at their boundaries, with expectations written out from the IEEE and x86 definitions.
using PyIR.Frontend.Ir;
using Xunit;
using static PyIR.Tests.Interpreter.Harness;

namespace PyIR.Tests.Interpreter;

public class FloatTests
{
    private static readonly string[] Predicates =
        ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "uno", "ueq", "ugt", "uge", "ult", "ule", "une", "true"];

    private static bool Expected(string pred, double a, double b)
    {
        bool unordered = double.IsNaN(a) || double.IsNaN(b);
        bool eq = !unordered && a == b, lt = !unordered && a < b, gt = !unordered && a > b;
        return pred switch
        {
            "false" => false, "true" => true,
            "oeq" => eq, "ogt" => gt, "oge" => gt || eq, "olt" => lt, "ole" => lt || eq, "one" => lt || gt,
            "ord" => !unordered, "uno" => unordered,
            "ueq" => unordered || eq, "ugt" => unordered || gt, "uge" => unordered || gt || eq,
            "ult" => unordered || lt, "ule" => unordered || lt || eq, _ => unordered || lt || gt,
        };
    }

    [Theory]
    [InlineData("double")]
    [InlineData("float")]
    [InlineData("half")]
    public void FCmpTableWithNaN(string type)
    {
        double[] values = [1.0, 2.0, -0.0, 0.0, double.NaN, double.PositiveInfinity];
        var ft = type switch { "double" => IrType.Double, "float" => IrType.Float, _ => IrType.Half };
        foreach (var pred in Predicates)
        {
            var ir = $"define i1 @f({type} %a, {type} %b) {{\n  %r = fcmp {pred} {type} %a, %b\n  ret i1 %r\n}}\n";
            foreach (var a in values)
            foreach (var b in values)
            {
                var r = Run(ir, "f", ConstantFP.FromDouble(ft, a), ConstantFP.FromDouble(ft, b));
                Assert.True((Expected(pred, a, b) ? 1UL : 0UL) == Bits(r), $"fcmp {pred} {type} {a}, {b}");
            }
        }
    }

    [Fact]
    public void VectorFCmpGivesMask()
    {
        const string ir = """
            define <4 x i1> @f(<4 x float> %a, <4 x float> %b) {
              %r = fcmp ult <4 x float> %a, %b
              ret <4 x i1> %r
            }
            """;
        var a = new ConstantAggregate(VectorType.Get(IrType.Float, 4), [F32(1), F32(float.NaN), F32(3), F32(0)]);
        var b = new ConstantAggregate(VectorType.Get(IrType.Float, 4), [F32(2), F32(0), F32(3), F32(-1)]);
        Assert.Equal([1UL, 1UL, 0UL, 0UL], Lanes(Run(ir, "f", a, b)));
    }

    [Fact]
    public void FRemIsCFmod()
    {
        const string ir = "define double @f(double %a, double %b) {\n  %r = frem double %a, %b\n  ret double %r\n}\n";
        // fmod keeps the sign of the dividend and truncates the quotient: fmod(5.5, 2) = 1.5, while
        // IEEE remainder would give -0.5.
        Assert.Equal(1.5, Double(Run(ir, "f", F64(5.5), F64(2))));
        Assert.Equal(-1.5, Double(Run(ir, "f", F64(-5.5), F64(2))));
        Assert.True(double.IsNaN(Double(Run(ir, "f", F64(1), F64(0)))));
    }

    private const string Conversions = """
        define i32 @d2si32(double %x) {
          %r = fptosi double %x to i32
          ret i32 %r
        }
        define i8 @d2si8(double %x) {
          %r = fptosi double %x to i8
          ret i8 %r
        }
        define i64 @f2si64(float %x) {
          %r = fptosi float %x to i64
          ret i64 %r
        }
        define i64 @d2ui64(double %x) {
          %r = fptoui double %x to i64
          ret i64 %r
        }
        define i32 @d2ui32(double %x) {
          %r = fptoui double %x to i32
          ret i32 %r
        }
        define i16 @d2ui16(double %x) {
          %r = fptoui double %x to i16
          ret i16 %r
        }
        define float @u64tof(i64 %x) {
          %r = uitofp i64 %x to float
          ret float %r
        }
        define double @u64tod(i64 %x) {
          %r = uitofp i64 %x to double
          ret double %r
        }
        define float @s32tof(i32 %x) {
          %r = sitofp i32 %x to float
          ret float %r
        }
        define half @dtoh(double %x) {
          %r = fptrunc double %x to half
          ret half %r
        }
        """;

    [Theory]
    [InlineData(1.9, 1UL)]
    [InlineData(-1.9, 0xFFFFFFFFUL)]
    [InlineData(2147483647.0, 0x7FFFFFFFUL)]
    [InlineData(2147483648.0, 0x80000000UL)]
    [InlineData(-2147483648.0, 0x80000000UL)]
    [InlineData(-2147483649.0, 0x80000000UL)]
    [InlineData(double.NaN, 0x80000000UL)]
    [InlineData(1e300, 0x80000000UL)]
    public void FpToSi32UsesCvttRules(double x, ulong expected) => Assert.Equal(expected, Bits(Run(Conversions, "d2si32", F64(x))));

    [Fact]
    public void FpToSiNarrowTruncatesTheI32Result()
    {
        // 300 → 0x12C → low byte 0x2C; 1e10 → 0x80000000 → low byte 0.
        Assert.Equal(0x2CUL, Bits(Run(Conversions, "d2si8", F64(300))));
        Assert.Equal(0UL, Bits(Run(Conversions, "d2si8", F64(1e10))));
        Assert.Equal(0x8000000000000000UL, Bits(Run(Conversions, "f2si64", F32(float.NaN))));
        Assert.Equal(unchecked((ulong)-5L), Bits(Run(Conversions, "f2si64", F32(-5.5f))));
    }

    [Theory]
    [InlineData(1.5, 1UL)]
    [InlineData(9223372036854775808.0, 0x8000000000000000UL)]
    [InlineData(18446744073709549568.0, 0xFFFFFFFFFFFFF800UL)]
    [InlineData(18446744073709551616.0, 0x8000000000000000UL)]   // 2^64: t1 = t2 = indefinite
    [InlineData(-1.0, 0xFFFFFFFFFFFFFFFFUL)]                     // t1 = -1 has the top bit set: t1 | t2
    [InlineData(double.NaN, 0x8000000000000000UL)]               // t1 = t2 = indefinite
    public void FpToUi64UsesTwoConversions(double x, ulong expected) => Assert.Equal(expected, Bits(Run(Conversions, "d2ui64", F64(x))));

    [Fact]
    public void FpToUiNarrow()
    {
        Assert.Equal(0xFFFFFFFFUL, Bits(Run(Conversions, "d2ui32", F64(4294967295.0))));
        Assert.Equal(0UL, Bits(Run(Conversions, "d2ui32", F64(4294967296.0))));      // 2^32 via i64, truncated
        Assert.Equal(0xFFFFUL, Bits(Run(Conversions, "d2ui16", F64(-1.0))));         // -1 as i32, truncated
    }

    [Fact]
    public void IntToFpIsCorrectlyRounded()
    {
        // 2^64-1 rounds to 2^64 in both formats.
        Assert.Equal(18446744073709551616.0f, Single(Run(Conversions, "u64tof", I64(-1))));
        Assert.Equal(18446744073709551616.0, Double(Run(Conversions, "u64tod", I64(-1))));
        // 2^53+1 → nearest float is 2^53 (ties impossible); a value just above a float midpoint rounds up:
        // 0x80000080_00000001 is above the midpoint between two floats, so it must round up (double
        // rounding through double would land on the midpoint and round to even, i.e. down).
        ulong v = 0x8000008000000001UL;
        float expected = BitConverter.UInt32BitsToSingle(0x5F000001);
        Assert.Equal(expected, Single(Run(Conversions, "u64tof", I64((long)v))));
        Assert.Equal(-2147483648.0f, Single(Run(Conversions, "s32tof", I32(int.MinValue))));
        Assert.Equal((ulong)BitConverter.HalfToUInt16Bits((Half)65504.0), Bits(Run(Conversions, "dtoh", F64(65504.0))));
        Assert.Equal((ulong)BitConverter.HalfToUInt16Bits(Half.PositiveInfinity), Bits(Run(Conversions, "dtoh", F64(1e6))));
    }

    [Fact]
    public void HalfArithmeticRoundsToHalf()
    {
        const string ir = "define half @f(half %a, half %b) {\n  %r = fadd half %a, %b\n  ret half %r\n}\n";
        var a = ConstantFP.FromDouble(IrType.Half, 2048);
        var b = ConstantFP.FromDouble(IrType.Half, 1);
        // 2049 is not a half; ties to even gives 2048.
        Assert.Equal((ulong)BitConverter.HalfToUInt16Bits((Half)2048), Bits(Run(ir, "f", a, b)));
    }
}
