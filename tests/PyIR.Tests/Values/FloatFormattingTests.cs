// Float printing checked against Python itself: every expected string below was produced once by
// /usr/bin/python3 (repr() for double, str(np.float32(x)) for float, str(np.float16(x)) for half)
// from the raw bits on the left, so these tests compare PyIR with Python, not with itself.
using Xunit;
using PyIR.Frontend.Ir;
using PyIR.Runtime.Values;

namespace PyIR.Tests.Values;

public class FloatFormattingTests
{
    [Theory]
    [InlineData(0UL, "0.0")]
    [InlineData(9223372036854775808UL, "-0.0")]
    [InlineData(4607182418800017408UL, "1.0")]
    [InlineData(4617315517961601024UL, "5.0")]
    [InlineData(4591870180066957722UL, "0.1")]
    [InlineData(13836183955189006336UL, "-2.5")]
    [InlineData(4846369599423283200UL, "1e+16")]
    [InlineData(4831355200913801216UL, "1000000000000000.0")]
    [InlineData(4862596447618666293UL, "1.2345678901234568e+17")]
    [InlineData(4534972062662729065UL, "1.5e-05")]
    [InlineData(4547007122018943789UL, "0.0001")]
    [InlineData(4548686525128629352UL, "0.00012345")]
    [InlineData(4532020583610935537UL, "1e-05")]
    [InlineData(1UL, "5e-324")]
    [InlineData(9218868437227405311UL, "1.7976931348623157e+308")]
    [InlineData(3UL, "1.5e-323")]
    [InlineData(4599676419421066581UL, "0.3333333333333333")]
    [InlineData(4604180019048437077UL, "0.6666666666666666")]
    [InlineData(4636737291354636288UL, "100.0")]
    [InlineData(4936209963552724370UL, "1e+22")]
    [InlineData(4845873199050653696UL, "9007199254740992.0")]
    [InlineData(4599075939470750515UL, "0.3")]
    [InlineData(13725520251343122248UL, "-1e-07")]
    [InlineData(4638387860618067575UL, "123.456")]
    [InlineData(9094988921128908188UL, "1e+300")]
    [InlineData(4503599627370496UL, "2.2250738585072014e-308")]
    [InlineData(4846369599423283199UL, "9999999999999998.0")]
    public void DoubleMatchesPythonRepr(ulong bits, string python) =>
        Assert.Equal(python, ValueFormatter.Format(new ConstantFP(IrType.Double, bits)));

    [Theory]
    [InlineData(1036831949u, "0.1")]
    [InlineData(1065353216u, "1.0")]
    [InlineData(2139095039u, "3.4028235e+38")]
    [InlineData(1u, "1e-45")]
    [InlineData(8388608u, "1.1754944e-38")]
    [InlineData(1045220557u, "0.2")]
    [InlineData(1051372203u, "0.33333334")]
    [InlineData(1266679808u, "16777216.0")]
    [InlineData(1510874058u, "1e+16")]
    [InlineData(1482907561u, "1000000000000000.0")]
    [InlineData(930850946u, "1.5e-05")]
    [InlineData(953267991u, "1e-04")]
    [InlineData(2147483648u, "-0.0")]
    [InlineData(1078530011u, "3.1415927")]
    [InlineData(1120403456u, "100.0")]
    [InlineData(1199562752u, "65504.0")]
    [InlineData(1050253722u, "0.3")]
    [InlineData(1343554297u, "10000000000.0")]
    [InlineData(1206984805u, "123456.79")]
    public void FloatMatchesNumPyFloat32Str(uint bits, string numpy) =>
        Assert.Equal(numpy, ValueFormatter.Format(new ConstantFP(IrType.Float, bits)));

    [Theory]
    [InlineData(11878, "0.1")]
    [InlineData(15360, "1.0")]
    [InlineData(31743, "65500.0")]
    [InlineData(1, "6e-08")]
    [InlineData(13652, "0.333")]
    [InlineData(26624, "2048.0")]
    [InlineData(1678, "0.0001")]
    [InlineData(32768, "-0.0")]
    [InlineData(14336, "0.5")]
    [InlineData(16968, "3.14")]
    public void HalfMatchesNumPyFloat16Str(int bits, string numpy) =>
        Assert.Equal(numpy, ValueFormatter.Format(new ConstantFP(IrType.Half, (ulong)bits)));

    [Theory]
    [InlineData(0x7FF8000000000000UL, "nan")]
    [InlineData(0xFFF8000000000001UL, "nan")]
    [InlineData(0x7FF0000000000000UL, "inf")]
    [InlineData(0xFFF0000000000000UL, "-inf")]
    public void DoubleSpecials(ulong bits, string expected) =>
        Assert.Equal(expected, ValueFormatter.Format(new ConstantFP(IrType.Double, bits)));

    [Theory]
    [InlineData(0x7FC00000u, "nan")]
    [InlineData(0xFF800001u, "nan")]
    [InlineData(0x7F800000u, "inf")]
    [InlineData(0xFF800000u, "-inf")]
    public void FloatSpecials(uint bits, string expected) =>
        Assert.Equal(expected, ValueFormatter.Format(new ConstantFP(IrType.Float, bits)));
}
