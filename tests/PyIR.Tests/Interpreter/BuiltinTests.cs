// Intrinsics and libm routines: fused multiply-add, minnum/minimum rules, rounding modes, powi's
// exact multiplication order, integer bit operations, overflow and saturating arithmetic.
using PyIR.Frontend.Ir;
using Xunit;
using static PyIR.Tests.Interpreter.Harness;

namespace PyIR.Tests.Interpreter;

public class BuiltinTests
{
    private static Constant? Call(string decl, string call, string ret, params Constant[] args)
    {
        var ps = string.Join(", ", args.Select((a, i) => $"{a.Type} %a{i}"));
        var ir = $"{decl}\ndefine {ret} @f({ps}) {{\n  %r = {call}\n  ret {ret} %r\n}}\n";
        return Run(ir, "f", args);
    }

    [Fact]
    public void FmaIsFused()
    {
        // a*b + c with a = b = 1 + 2^-30, c = -(1 + 2^-29): the product's 2^-60 bit is lost unless fused.
        double a = 1 + Math.Pow(2, -30), c = -(1 + Math.Pow(2, -29));
        double fused = Math.Pow(2, -60);
        Assert.Equal(0.0, a * a + c);
        Assert.Equal(fused, Double(Call("declare double @llvm.fma.f64(double, double, double)",
            "call double @llvm.fma.f64(double %a0, double %a1, double %a2)", "double", F64(a), F64(a), F64(c))));
        Assert.Equal(fused, Double(Call("declare double @llvm.fmuladd.f64(double, double, double)",
            "call double @llvm.fmuladd.f64(double %a0, double %a1, double %a2)", "double", F64(a), F64(a), F64(c))));
    }

    [Theory]
    [InlineData("minnum", double.NaN, 2.0, 2.0)]
    [InlineData("minnum", 2.0, double.NaN, 2.0)]
    [InlineData("maxnum", -1.0, 3.0, 3.0)]
    [InlineData("minnum", 0.0, -0.0, -0.0)]
    [InlineData("maxnum", -0.0, 0.0, 0.0)]
    [InlineData("minimum", double.NaN, 2.0, double.NaN)]
    [InlineData("maximum", 1.0, double.NaN, double.NaN)]
    [InlineData("minimum", -0.0, 0.0, -0.0)]
    [InlineData("maximum", -0.0, 0.0, 0.0)]
    public void MinMax(string op, double a, double b, double expected)
    {
        var r = Double(Call($"declare double @llvm.{op}.f64(double, double)", $"call double @llvm.{op}.f64(double %a0, double %a1)", "double", F64(a), F64(b)));
        if (double.IsNaN(expected)) Assert.True(double.IsNaN(r));
        else Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(r));
    }

    [Theory]
    [InlineData("round", 2.5, 3.0)]
    [InlineData("round", -2.5, -3.0)]
    [InlineData("roundeven", 2.5, 2.0)]
    [InlineData("rint", 3.5, 4.0)]
    [InlineData("nearbyint", -0.5, -0.0)]
    [InlineData("floor", -0.5, -1.0)]
    [InlineData("ceil", -0.5, -0.0)]
    [InlineData("trunc", -1.7, -1.0)]
    [InlineData("fabs", -3.0, 3.0)]
    [InlineData("sqrt", 2.25, 1.5)]
    public void Rounding(string op, double x, double expected)
    {
        var r = Double(Call($"declare double @llvm.{op}.f64(double)", $"call double @llvm.{op}.f64(double %a0)", "double", F64(x)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(r));
    }

    [Fact]
    public void PowIMultipliesLikeCompilerRt()
    {
        // x^5 as compiler-rt computes it: r = x (bit 0), a = x^2, a = x^4, r = x * x^4.
        double x = 1.1;
        double a2 = x * x, a4 = a2 * a2;
        double expected = x * a4;
        Assert.Equal(expected, Double(Call("declare double @llvm.powi.f64.i32(double, i32)",
            "call double @llvm.powi.f64.i32(double %a0, i32 %a1)", "double", F64(x), I32(5))));
        Assert.Equal(1 / expected, Double(Call("declare double @llvm.powi.f64.i32(double, i32)",
            "call double @llvm.powi.f64.i32(double %a0, i32 %a1)", "double", F64(x), I32(-5))));
    }

    [Fact]
    public void LibmCalls()
    {
        Assert.Equal(Math.Sin(0.5), Double(Call("declare double @sin(double)", "call double @sin(double %a0)", "double", F64(0.5))));
        Assert.Equal(MathF.Exp(1.5f), Single(Call("declare float @expf(float)", "call float @expf(float %a0)", "float", F32(1.5f))));
        Assert.Equal(Math.Pow(2, 0.5), Double(Call("declare double @pow(double, double)", "call double @pow(double %a0, double %a1)", "double", F64(2), F64(0.5))));
        Assert.Equal(-1.5, Double(Call("declare double @fmod(double, double)", "call double @fmod(double %a0, double %a1)", "double", F64(-5.5), F64(2))));
        Assert.Equal(5, Signed(Call("declare i32 @abs(i32)", "call i32 @abs(i32 %a0)", "i32", I32(-5))));
        Assert.Equal(int.MinValue, Signed(Call("declare i32 @abs(i32)", "call i32 @abs(i32 %a0)", "i32", I32(int.MinValue))));
    }

    [Fact]
    public void BitOperations()
    {
        Constant? Int1(string name, int bits, long x, string extra = "") =>
            Call($"declare i{bits} @llvm.{name}.i{bits}(i{bits}{(extra == "" ? "" : ", i1")})",
                 $"call i{bits} @llvm.{name}.i{bits}(i{bits} %a0{extra})", $"i{bits}", Int(bits, x));
        Assert.Equal(3, Signed(Int1("ctpop", 16, 0b1011)));
        Assert.Equal(16, Signed(Int1("ctlz", 16, 0, ", i1 false")));
        Assert.Equal(11, Signed(Int1("ctlz", 16, 0b10000, ", i1 false")));
        Assert.Equal(33, Signed(Int1("cttz", 33, 0, ", i1 true")));
        Assert.Equal(0x3412, Signed(Int1("bswap", 16, 0x1234)));
        Assert.Equal(0b1100_0000, (long)Bits(Int1("bitreverse", 8, 0b11)));
        Assert.Equal(int.MinValue, Signed(Int1("abs", 32, int.MinValue, ", i1 true")));
        // fshl(0x12, 0x34, 12) on i8: amount 12 mod 8 = 4 → (0x12 << 4 | 0x34 >> 4) & 0xFF = 0x23.
        Assert.Equal(0x23UL, Bits(Call("declare i8 @llvm.fshl.i8(i8, i8, i8)", "call i8 @llvm.fshl.i8(i8 %a0, i8 %a1, i8 %a2)", "i8",
            Int(8, 0x12), Int(8, 0x34), Int(8, 12))));
        // fshr(0x12, 0x34, 4) on i8: (0x1234 >> 4) & 0xFF = 0x23.
        Assert.Equal(0x23UL, Bits(Call("declare i8 @llvm.fshr.i8(i8, i8, i8)", "call i8 @llvm.fshr.i8(i8 %a0, i8 %a1, i8 %a2)", "i8",
            Int(8, 0x12), Int(8, 0x34), Int(8, 4))));
    }

    [Fact]
    public void OverflowAndSaturation()
    {
        const string ir = """
            declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
            declare { i8, i1 } @llvm.umul.with.overflow.i8(i8, i8)
            declare i8 @llvm.sadd.sat.i8(i8, i8)
            declare i8 @llvm.usub.sat.i8(i8, i8)
            define { i32, i1 } @sadd(i32 %a, i32 %b) {
              %r = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %a, i32 %b)
              ret { i32, i1 } %r
            }
            define { i8, i1 } @umul(i8 %a, i8 %b) {
              %r = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %a, i8 %b)
              ret { i8, i1 } %r
            }
            define i8 @ssat(i8 %a, i8 %b) {
              %r = call i8 @llvm.sadd.sat.i8(i8 %a, i8 %b)
              ret i8 %r
            }
            define i8 @usat(i8 %a, i8 %b) {
              %r = call i8 @llvm.usub.sat.i8(i8 %a, i8 %b)
              ret i8 %r
            }
            """;
        ulong[] Pair(Constant? c) => ((ConstantAggregate)c!).Elements.Select(Bits).ToArray();
        Assert.Equal([0x80000000UL, 1UL], Pair(Run(ir, "sadd", I32(int.MaxValue), I32(1))));
        Assert.Equal([5UL, 0UL], Pair(Run(ir, "sadd", I32(2), I32(3))));
        Assert.Equal([(ulong)(200 * 2 % 256), 1UL], Pair(Run(ir, "umul", Int(8, 200), Int(8, 2))));
        Assert.Equal(127, Signed(Run(ir, "ssat", Int(8, 100), Int(8, 100))));
        Assert.Equal(-128, Signed(Run(ir, "ssat", Int(8, -100), Int(8, -100))));
        Assert.Equal(0, Signed(Run(ir, "usat", Int(8, 3), Int(8, 5))));
    }

    [Fact]
    public void VectorOverloadsApplyPerLane()
    {
        const string ir = """
            declare <2 x double> @llvm.sqrt.v2f64(<2 x double>)
            declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>)
            define <2 x double> @sq(<2 x double> %v) {
              %r = call <2 x double> @llvm.sqrt.v2f64(<2 x double> %v)
              ret <2 x double> %r
            }
            define <4 x i32> @mx(<4 x i32> %a, <4 x i32> %b) {
              %r = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %a, <4 x i32> %b)
              ret <4 x i32> %r
            }
            """;
        var v = new ConstantAggregate(VectorType.Get(IrType.Double, 2), [F64(4), F64(2)]);
        Assert.Equal(new[] { 2.0, Math.Sqrt(2) }.Select(d => (ulong)BitConverter.DoubleToInt64Bits(d)), Lanes(Run(ir, "sq", v)));
        var a = new ConstantAggregate(VectorType.Get(IrType.I32, 4), [I32(-1), I32(5), I32(0), I32(7)]);
        var b = new ConstantAggregate(VectorType.Get(IrType.I32, 4), [I32(1), I32(-5), I32(0), I32(8)]);
        Assert.Equal([1UL, 5UL, 0UL, 8UL], Lanes(Run(ir, "mx", a, b)));
    }
}
