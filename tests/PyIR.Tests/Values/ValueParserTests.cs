// Reading command-line arguments by parameter type (docs/value-format.md, "Arguments").
using Xunit;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Values;

namespace PyIR.Tests.Values;

public class ValueParserTests
{
    [Theory]
    [InlineData("i32", "5", 5UL)]
    [InlineData("i32", "-1", 0xFFFFFFFFUL)]
    [InlineData("i32", "0x10", 16UL)]
    [InlineData("i32", "-0x10", 0xFFFFFFF0UL)]
    [InlineData("i32", "4294967296", 0UL)]          // modulo 2^32
    [InlineData("i32", "4294967297", 1UL)]
    [InlineData("i8", "255", 255UL)]
    [InlineData("i8", "-128", 128UL)]
    [InlineData("i8", "300", 44UL)]
    [InlineData("i64", "18446744073709551615", ulong.MaxValue)]
    [InlineData("i64", "-9223372036854775808", 0x8000000000000000UL)]
    [InlineData("i64", "0xFFFFFFFFFFFFFFFF", ulong.MaxValue)]
    [InlineData("i1", "true", 1UL)]
    [InlineData("i1", "false", 0UL)]
    [InlineData("i1", "1", 1UL)]
    [InlineData("i1", "0", 0UL)]
    [InlineData("i17", "+70000", 70000UL)]
    public void Integers(string type, string text, ulong bits)
    {
        var value = Assert.IsType<ConstantInt>(ValueParser.Parse(text, Parser.ParseType(type)));
        Assert.Equal(bits & ((IntegerType)Parser.ParseType(type)).Mask, value.Bits);
    }

    [Theory]
    [InlineData("i32", "")]
    [InlineData("i32", "five")]
    [InlineData("i32", "1.5")]
    [InlineData("i32", "0x")]
    [InlineData("i32", "--1")]
    [InlineData("i32", "1 2")]
    [InlineData("i1", "2")]
    [InlineData("i1", "yes")]
    [InlineData("float", "1.0f")]
    [InlineData("float", "abc")]
    [InlineData("double", "1e")]
    [InlineData("<2 x i32>", "<i32 1>")]
    [InlineData("<2 x i32>", "<i32 1, i32 2, i32 3>")]
    [InlineData("<2 x i32>", "1, 2")]
    [InlineData("{ i32, float }", "{ i32 1, float x }")]
    [InlineData("ptr", "-1")]
    public void BadTextIsAnIrException(string type, string text)
    {
        var e = Assert.Throws<IrException>(() => ValueParser.Parse(text, Parser.ParseType(type)));
        Assert.StartsWith("cannot read", e.Description);
    }

    [Theory]
    [InlineData("double", "0.1", 0x3FB999999999999AUL)]
    [InlineData("double", "-0.0", 0x8000000000000000UL)]
    [InlineData("double", "inf", 0x7FF0000000000000UL)]
    [InlineData("double", "-inf", 0xFFF0000000000000UL)]
    [InlineData("double", "1e+16", 0x4341C37937E08000UL)]
    [InlineData("double", "5", 0x4014000000000000UL)]
    [InlineData("double", "0x3FF0000000000000", 0x3FF0000000000000UL)]
    [InlineData("float", "0.1", 0x3DCCCCCDUL)]           // rounded once, straight to float
    [InlineData("float", "3.4028235e+38", 0x7F7FFFFFUL)]
    [InlineData("float", "1e-45", 1UL)]
    [InlineData("float", "-inf", 0xFF800000UL)]
    [InlineData("float", "1.00000005960464477539062500001", 0x3F800001UL)] // just above the halfway point
    [InlineData("half", "0.1", 0x2E66UL)]
    [InlineData("half", "65504", 0x7BFFUL)]
    public void Floats(string type, string text, ulong bits) =>
        Assert.Equal(bits, Assert.IsType<ConstantFP>(ValueParser.Parse(text, Parser.ParseType(type))).Bits);

    [Theory]
    [InlineData("double")]
    [InlineData("float")]
    [InlineData("half")]
    public void NanIsNan(string type)
    {
        var value = Assert.IsType<ConstantFP>(ValueParser.Parse("nan", Parser.ParseType(type)));
        Assert.True(double.IsNaN(value.Value));
    }

    [Fact]
    public void Pointers()
    {
        Assert.IsType<ConstantPointerNull>(ValueParser.Parse("null", IrType.Ptr));
        var address = Assert.IsType<ConstantExpr>(ValueParser.Parse("0x1000", IrType.Ptr));
        Assert.Equal(Opcode.IntToPtr, address.Opcode);
        Assert.Equal(0x1000UL, Assert.IsType<ConstantInt>(address.Op(0)).Bits);
    }

    [Theory]
    [InlineData("<2 x i32>", "<i32 1, i32 -2>", "<i32 1, i32 -2>")]
    [InlineData("<2 x i32>", "<1, -2>", "<i32 1, i32 -2>")]
    [InlineData("<4 x float>", "< float 1.5 ,float 0.1,float nan, float -inf >", "<float 1.5, float 0.1, float nan, float -inf>")]
    [InlineData("<2 x i1>", "<i1 true, i1 0>", "<i1 true, i1 false>")]
    [InlineData("[3 x i8]", "[i8 1, i8 2, i8 255]", "[i8 1, i8 2, i8 -1]")]
    [InlineData("[2 x i32]", "zeroinitializer", "[i32 0, i32 0]")]
    [InlineData("{ float, i32 }", "{ float 1.0, i32 3 }", "{ float 1.0, i32 3 }")]
    [InlineData("<{ i8, i64 }>", "<{ i8 -1, i64 7 }>", "<{ i8 -1, i64 7 }>")]
    [InlineData("{ [2 x i16], <2 x double> }", "{ [2 x i16] [i16 1, i16 2], <2 x double> <double 0.5, double 2.0> }",
        "{ [2 x i16] [i16 1, i16 2], <2 x double> <double 0.5, double 2.0> }")]
    public void Aggregates(string type, string text, string printed) =>
        Assert.Equal(printed, ValueFormatter.Format(ValueParser.Parse(text, Parser.ParseType(type))));
}
