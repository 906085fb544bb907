// Property: whatever ValueFormatter prints, ValueParser reads back to the same bits (any NaN for NaN),
// for random integers of every width and random float/double/half bit patterns.
using Xunit;
using FsCheck;
using FsCheck.Xunit;
using PyIR.Frontend.Ir;
using PyIR.Runtime.Values;

namespace PyIR.Tests.Values;

public class RoundTripProperties
{
    private static ulong RoundTrip(Constant value, out Constant back)
    {
        back = ValueParser.Parse(ValueFormatter.Format(value), value.Type);
        return back switch { ConstantInt i => i.Bits, ConstantFP f => f.Bits, _ => throw new InvalidOperationException() };
    }

    [Property(MaxTest = 2000)]
    public bool IntegersRoundTrip(DoNotSize<ulong> bits, byte widthSeed)
    {
        var type = IntegerType.Get(widthSeed % 64 + 1);
        var value = new ConstantInt(type, bits.Item);
        return RoundTrip(value, out _) == value.Bits;
    }

    [Property(MaxTest = 2000)]
    public bool DoubleBitPatternsRoundTrip(DoNotSize<ulong> bits)
    {
        var value = new ConstantFP(IrType.Double, bits.Item);
        ulong back = RoundTrip(value, out var c);
        return double.IsNaN(value.Value) ? double.IsNaN(((ConstantFP)c).Value) : back == bits.Item;
    }

    [Property(MaxTest = 2000)]
    public bool DoublesRoundTrip(double d)
    {
        var value = ConstantFP.FromDouble(IrType.Double, d);
        ulong back = RoundTrip(value, out var c);
        return double.IsNaN(d) ? double.IsNaN(((ConstantFP)c).Value) : back == value.Bits;
    }

    [Property(MaxTest = 2000)]
    public bool FloatBitPatternsRoundTrip(DoNotSize<uint> bits)
    {
        var value = new ConstantFP(IrType.Float, bits.Item);
        ulong back = RoundTrip(value, out var c);
        return float.IsNaN(BitConverter.UInt32BitsToSingle(bits.Item)) ? double.IsNaN(((ConstantFP)c).Value) : back == bits.Item;
    }

    [Property(MaxTest = 2000)]
    public bool FloatsRoundTrip(float f)
    {
        var value = new ConstantFP(IrType.Float, BitConverter.SingleToUInt32Bits(f));
        ulong back = RoundTrip(value, out var c);
        return float.IsNaN(f) ? double.IsNaN(((ConstantFP)c).Value) : back == value.Bits;
    }

    [Theory]
    [InlineData("half")]
    [InlineData("bfloat")]
    public void EverySixteenBitFloatRoundTrips(string typeName)
    {
        var type = (FloatingType)PyIR.Frontend.Text.Parser.ParseType(typeName);
        for (uint bits = 0; bits <= 0xFFFF; bits++)
        {
            var value = new ConstantFP(type, bits);
            ulong back = RoundTrip(value, out var c);
            if (double.IsNaN(value.Value)) Assert.True(double.IsNaN(((ConstantFP)c).Value));
            else Assert.Equal(bits, back);
        }
    }

    [Property(MaxTest = 500)]
    public bool VectorsRoundTrip(DoNotSize<uint> a, DoNotSize<uint> b, int c)
    {
        var floats = new ConstantAggregate(VectorType.Get(IrType.Float, 2),
            [new ConstantFP(IrType.Float, a.Item), new ConstantFP(IrType.Float, b.Item)]);
        var mixed = new ConstantAggregate(StructType.GetLiteral([IrType.I32, floats.Type]), [new ConstantInt(IrType.I32, (long)c), floats]);
        string text = ValueFormatter.Format(mixed);
        return ValueFormatter.Format(ValueParser.Parse(text, mixed.Type)) == text;
    }
}
