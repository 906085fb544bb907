// Printing of integers, pointers, vectors, arrays and structs (docs/value-format.md).
using Xunit;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Values;

namespace PyIR.Tests.Values;

public class ValueFormatterTests
{
    [Theory]
    [InlineData(1, 1UL, "true")]
    [InlineData(1, 0UL, "false")]
    [InlineData(8, 255UL, "-1")]
    [InlineData(8, 127UL, "127")]
    [InlineData(16, 0x8000UL, "-32768")]
    [InlineData(32, 0xFFFFFFFEUL, "-2")]
    [InlineData(32, 255UL, "255")]
    [InlineData(64, 0x8000000000000000UL, "-9223372036854775808")]
    [InlineData(64, 0x7FFFFFFFFFFFFFFFUL, "9223372036854775807")]
    [InlineData(3, 4UL, "-4")]
    [InlineData(33, 0x1FFFFFFFFUL, "-1")]
    public void IntegersAreSignedDecimal(int width, ulong bits, string expected) =>
        Assert.Equal(expected, ValueFormatter.Format(new ConstantInt(IntegerType.Get(width), bits)));

    [Fact]
    public void NullPointer() => Assert.Equal("null", ValueFormatter.Format(new ConstantPointerNull()));

    [Fact]
    public void AddressIsHex() =>
        Assert.Equal("0x10000000000", ValueFormatter.Format(
            new ConstantExpr(Opcode.IntToPtr, IrType.Ptr, [new ConstantInt(IrType.I64, 0x10000000000UL)])));

    // Aggregates are written in LLVM syntax; parse them from IR text so the inputs are independent
    // of the formatter.
    private static Constant Initializer(string typeAndValue)
    {
        var module = Parser.ParseModule($"@g = global {typeAndValue}\n", "t.ll");
        return module.GetGlobal("g")!.Initializer!;
    }

    [Theory]
    [InlineData("<2 x i32> <i32 1, i32 -2>", "<i32 1, i32 -2>")]
    [InlineData("<2 x float> <float 1.0, float 0.5>", "<float 1.0, float 0.5>")]
    [InlineData("<2 x i1> <i1 true, i1 false>", "<i1 true, i1 false>")]
    [InlineData("<4 x i32> zeroinitializer", "<i32 0, i32 0, i32 0, i32 0>")]
    [InlineData("[2 x i32] [i32 1, i32 2]", "[i32 1, i32 2]")]
    [InlineData("{ float, i32 } { float 1.0, i32 3 }", "{ float 1.0, i32 3 }")]
    [InlineData("<{ i8, i64 }> <{ i8 -1, i64 7 }>", "<{ i8 -1, i64 7 }>")]
    [InlineData("{ [2 x i8], <2 x double> } { [2 x i8] c\"AB\", <2 x double> <double 0.1, double -0.0> }",
        "{ [2 x i8] [i8 65, i8 66], <2 x double> <double 0.1, double -0.0> }")]
    [InlineData("{} {}", "{}")]
    [InlineData("{ ptr } { ptr null }", "{ ptr null }")]
    public void AggregatesUseLlvmSyntax(string constant, string expected) =>
        Assert.Equal(expected, ValueFormatter.Format(Initializer(constant)));

    [Fact]
    public void FloatElementsUseTheirOwnPrecision() =>
        // 0.1 as a float is 0.100000001490116...; printed at float precision it is 0.1.
        Assert.Equal("{ float 0.1, double 0.10000000149011612 }",
            ValueFormatter.Format(Initializer("{ float, double } { float 0x3FB99999A0000000, double 0x3FB99999A0000000 }")));
}
