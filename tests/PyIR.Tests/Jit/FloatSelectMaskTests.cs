// Scalar float/double selects whose condition is an fcmp (or an and/or of fcmps), which the JIT turns
// into a vcmpsd/vcmpss mask instead of moving the i1 through a GPR: compares of the select's own type
// and of the other float type (a float compare's 32-bit mask widened for a double select, a double
// compare's mask used for a float select), folded (single-use) and shared compares, NaN operands.
// Expected values are computed in C#.
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.Jit;

public class FloatSelectMaskTests
{
    private const string Ir = """
        define double @mixed(float %f, double %x, double %a, double %b) {
          %neg = fcmp olt float %f, 0.0
          %nan = fcmp uno double %x, 0.0
          %big = fcmp ogt double %x, 1.0
          %either = or i1 %nan, %big
          %s1 = select i1 %either, double %a, double %b
          %s2 = select i1 %neg, double %s1, double %x
          %both = and i1 %big, %neg
          %s3 = select i1 %both, double %a, double %s2
          %r = fadd double %s3, %s1
          ret double %r
        }

        define float @narrow(double %x, float %a, float %b) {
          %c = fcmp ule double %x, 2.5
          %s = select i1 %c, float %a, float %b
          ret float %s
        }
        """;

    private static double Mixed(float f, double x, double a, double b)
    {
        bool neg = f < 0, nan = double.IsNaN(x), big = x > 1.0;
        double s1 = nan || big ? a : b;
        double s2 = neg ? s1 : x;
        double s3 = big && neg ? a : s2;
        return s3 + s1;
    }

    [Theory]
    [InlineData(-1.0f, 0.5, 10.0, 20.0)]
    [InlineData(1.0f, 0.5, 10.0, 20.0)]
    [InlineData(-1.0f, 3.0, 10.0, 20.0)]
    [InlineData(1.0f, 3.0, 10.0, 20.0)]
    [InlineData(-0.0f, double.NaN, 10.0, 20.0)]
    [InlineData(float.NaN, double.NaN, 10.0, 20.0)]
    [InlineData(float.NaN, -7.0, 10.0, 20.0)]
    [InlineData(-3.0f, double.NaN, 10.0, 20.0)]
    public void MixedCompareSelectsMatchCSharp(float f, double x, double a, double b)
    {
        var module = Parser.ParseModule(Ir, "test.ll");
        using var jit = new JitEngine(module);
        var r = (ConstantFP)jit.Invoke(module.GetFunction("mixed")!, [
            ConstantFP.FromDouble(FloatingType.Float, f), ConstantFP.FromDouble(FloatingType.Double, x),
            ConstantFP.FromDouble(FloatingType.Double, a), ConstantFP.FromDouble(FloatingType.Double, b)])!;
        Assert.Equal(Mixed(f, x, a, b), BitConverter.UInt64BitsToDouble(r.Bits));   // NaN equals NaN here
    }

    [Theory]
    [InlineData(2.5, 1.5f, -4.0f)]
    [InlineData(2.6, 1.5f, -4.0f)]
    [InlineData(double.NaN, 1.5f, -4.0f)]
    [InlineData(double.NegativeInfinity, 1.5f, -4.0f)]
    public void DoubleCompareSelectsAFloat(double x, float a, float b)
    {
        var module = Parser.ParseModule(Ir, "test.ll");
        using var jit = new JitEngine(module);
        var r = (ConstantFP)jit.Invoke(module.GetFunction("narrow")!, [
            ConstantFP.FromDouble(FloatingType.Double, x), ConstantFP.FromDouble(FloatingType.Float, a),
            ConstantFP.FromDouble(FloatingType.Float, b)])!;
        float expected = !(x > 2.5) ? a : b;   // ule: unordered or less-or-equal
        Assert.Equal((ulong)BitConverter.SingleToUInt32Bits(expected), r.Bits);
    }
}
