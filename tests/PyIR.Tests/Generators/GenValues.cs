// Types and constants for the random IR generator: the type palette (integers of ordinary and odd
// widths, float, double, the common SIMD vectors), random constants of each type as IR text and as
// Constant objects (for calling generated functions), and intrinsic name mangling (v4f32, i33).
using System.Globalization;
using PyIR.Frontend.Ir;

namespace PyIR.Tests.Generators;

public static class GenValues
{
    public static readonly IrType[] IntTypes =
        [IrType.I1, IrType.I8, IrType.I16, IrType.I32, IrType.I64, IntegerType.Get(7), IntegerType.Get(33)];

    public static readonly IrType[] FloatTypes = [IrType.Float, IrType.Double];

    public static readonly IrType[] VectorTypes =
    [
        VectorType.Get(IrType.Float, 4), VectorType.Get(IrType.Float, 8), VectorType.Get(IrType.Double, 2),
        VectorType.Get(IrType.Double, 4), VectorType.Get(IrType.I32, 4), VectorType.Get(IrType.I32, 8),
        VectorType.Get(IrType.I64, 2), VectorType.Get(IrType.I8, 16), VectorType.Get(IrType.I16, 8),
    ];

    public static readonly IrType[] AllTypes = [.. IntTypes, .. FloatTypes, .. VectorTypes];

    public static readonly IrType[] ScalarTypes = [.. IntTypes, .. FloatTypes];

    public static T Pick<T>(this Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    public static bool Chance(this Random r, double p) => r.NextDouble() < p;

    /// <summary>Integer bits biased toward interesting values: small numbers, 0, -1, the extremes.</summary>
    public static ulong IntBits(Random r, int bits)
    {
        ulong mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        ulong v = r.Next(6) switch
        {
            0 => (ulong)r.Next(0, 4),
            1 => unchecked((ulong)(long)-r.Next(1, 4)),
            2 => 1UL << (bits - 1),                 // INT_MIN
            3 => (1UL << (bits - 1)) - 1,          // INT_MAX
            _ => (ulong)r.NextInt64() ^ ((ulong)r.NextInt64() << 1),
        };
        return v & mask;
    }

    /// <summary>A double that is exactly representable in the type (float values are rounded to float).</summary>
    public static double FloatValue(Random r, IrType type)
    {
        double d = r.Next(7) switch
        {
            0 => 0.0,
            1 => -0.0,
            2 => r.Next(-4, 5),
            3 => (r.NextDouble() - 0.5) * 2000,
            4 => (r.NextDouble() - 0.5) * Math.Pow(2, r.Next(-60, 60)),
            5 => r.Chance(0.5) ? double.PositiveInfinity : double.NegativeInfinity,
            _ => r.NextDouble(),
        };
        return type.Kind == TypeKind.Float ? (float)d : d;
    }

    /// <summary>A constant as it follows its type in an operand: <c>-3</c>, <c>true</c>, <c>0x3FF0000000000000</c>, <c>&lt;i32 1, i32 2&gt;</c>.</summary>
    public static string ConstantText(Random r, IrType t)
    {
        switch (t)
        {
            case IntegerType i:
                return IntText(i, IntBits(r, i.Bits));
            case FloatingType f:
                return FloatText(FloatValue(r, f));
            case VectorType v:
                if (r.Chance(0.1)) return "zeroinitializer";
                return "<" + string.Join(", ", Enumerable.Range(0, v.Count).Select(_ => $"{v.Element} {ConstantText(r, v.Element)}")) + ">";
            default:
                throw new ArgumentException($"no constants of type {t}");
        }
    }

    public static string IntText(IntegerType t, ulong bits)
    {
        var c = new ConstantInt(t, bits);
        return t.Bits == 1 ? (c.Bits != 0 ? "true" : "false") : c.SExtValue.ToString(CultureInfo.InvariantCulture);
    }

    public static string FloatText(double d) => "0x" + BitConverter.DoubleToInt64Bits(d).ToString("X16", CultureInfo.InvariantCulture);

    /// <summary>A constant vector with every lane equal to <paramref name="lane"/> (text after the type).</summary>
    public static string Splat(IrType t, string lane) =>
        t is VectorType v ? "<" + string.Join(", ", Enumerable.Repeat($"{v.Element} {lane}", v.Count)) + ">" : lane;

    /// <summary>A random argument value of a parameter type, as a Constant (for engines' Invoke).</summary>
    public static Constant RandomArgument(IrType t, Random r) => t switch
    {
        IntegerType i => new ConstantInt(i, IntBits(r, i.Bits)),
        FloatingType f => ConstantFP.FromDouble(f, FloatValue(r, f)),
        VectorType v => new ConstantAggregate(v, Enumerable.Range(0, v.Count).Select(_ => RandomArgument(v.Element, r)).ToArray()),
        _ => throw new ArgumentException($"no random arguments of type {t}"),
    };

    /// <summary>The type suffix of an overloaded intrinsic: i32, i7, f32, f64, v4f32, v16i8.</summary>
    public static string Mangle(IrType t) => t switch
    {
        IntegerType i => "i" + i.Bits,
        FloatingType { Kind: TypeKind.Float } => "f32",
        FloatingType { Kind: TypeKind.Double } => "f64",
        VectorType v => $"v{v.Count}{Mangle(v.Element)}",
        PointerType => "p0",
        _ => throw new ArgumentException($"cannot mangle {t}"),
    };

    /// <summary>Bits of the whole value (for bitcasts between same-size types).</summary>
    public static int TotalBits(IrType t) => t is VectorType v ? v.Count * v.Element.ScalarBits : t.ScalarBits;

    /// <summary>Integers whose width is a whole number of bytes can be read back from memset memory.</summary>
    public static bool IsByteSized(IrType t) => t.ScalarType is not IntegerType i || i.Bits % 8 == 0;

    public static int Lanes(IrType t) => t is VectorType v ? v.Count : 1;
}
