// Scalar semantics shared by the interpreter's fast paths, its vector lanes and the optimizer's
// constant folding (it lives in Frontend so the Optimizer can use it without depending on Runtime):
// how integers of any width 1..64 and half/bfloat/float/double values are held in a 64-bit
// register (integers zero-extended, floats as raw IEEE bits), and what each arithmetic, compare and
// conversion does on them. docs/semantics.md describes the rules; this file is where they live.
using System.Numerics;
using System.Runtime.CompilerServices;
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Semantics;

/// <summary>The kind of a scalar lane: an integer of some width, a pointer, or a floating format.</summary>
public enum ScalarKind : byte { Int, Ptr, Half, BFloat, Float, Double }

/// <summary>A scalar type reduced to what the arithmetic needs: kind and bit width.</summary>
public readonly record struct ScalarInfo(ScalarKind Kind, int Bits)
{
    public ulong Mask => Bits >= 64 ? ulong.MaxValue : (1UL << Bits) - 1;

    public bool IsFloat => Kind >= ScalarKind.Half;

    public static ScalarInfo Of(IrType type) => type.ScalarType switch
    {
        IntegerType i => new(ScalarKind.Int, i.Bits),
        PointerType => new(ScalarKind.Ptr, 64),
        { Kind: TypeKind.Half } => new(ScalarKind.Half, 16),
        { Kind: TypeKind.BFloat } => new(ScalarKind.BFloat, 16),
        { Kind: TypeKind.Float } => new(ScalarKind.Float, 32),
        { Kind: TypeKind.Double } => new(ScalarKind.Double, 64),
        var t => throw new InvalidOperationException($"not a scalar type: {t}"),
    };
}

public static class ScalarOps
{
    /// <summary>Sign-extends the low <paramref name="bits"/> bits of <paramref name="v"/> to 64 bits.</summary>
    public static long SExt(ulong v, int bits) => bits >= 64 ? (long)v : (long)(v << (64 - bits)) >> (64 - bits);

    public static ulong Mask(int bits) => bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;

    // ---- floating-point encoding ----

    public static float F(ulong bits) => BitConverter.UInt32BitsToSingle((uint)bits);
    public static double D(ulong bits) => BitConverter.Int64BitsToDouble((long)bits);
    public static ulong Bits(float f) => BitConverter.SingleToUInt32Bits(f);
    public static ulong Bits(double d) => (ulong)BitConverter.DoubleToInt64Bits(d);

    /// <summary>The value of a float lane widened to double (exact for every format).</summary>
    public static double ToDouble(ScalarKind k, ulong bits) => k switch
    {
        ScalarKind.Double => D(bits),
        ScalarKind.Float => F(bits),
        ScalarKind.Half => (double)BitConverter.UInt16BitsToHalf((ushort)bits),
        ScalarKind.BFloat => F(bits << 16),
        _ => throw new InvalidOperationException("not a float"),
    };

    /// <summary>The value of a float lane as float (exact for half, bfloat and float).</summary>
    public static float ToSingle(ScalarKind k, ulong bits) => k switch
    {
        ScalarKind.Float => F(bits),
        ScalarKind.Half => (float)BitConverter.UInt16BitsToHalf((ushort)bits),
        ScalarKind.BFloat => F(bits << 16),
        _ => (float)D(bits),
    };

    /// <summary>Rounds a double to the format (round to nearest even) and returns its bits.</summary>
    public static ulong FromDouble(ScalarKind k, double d) => k switch
    {
        ScalarKind.Double => Bits(d),
        ScalarKind.Float => Bits((float)d),
        ScalarKind.Half => BitConverter.HalfToUInt16Bits((Half)d),
        ScalarKind.BFloat => ConstantFP.BFloatBits((float)d),
        _ => throw new InvalidOperationException("not a float"),
    };

    /// <summary>Rounds a float to the format and returns its bits (one rounding for half and bfloat).</summary>
    public static ulong FromSingle(ScalarKind k, float f) => k switch
    {
        ScalarKind.Float => Bits(f),
        ScalarKind.Half => BitConverter.HalfToUInt16Bits((Half)f),
        ScalarKind.BFloat => ConstantFP.BFloatBits(f),
        _ => Bits((double)f),
    };

    // ---- integer arithmetic ----

    /// <summary>An integer binary operator on values of width <paramref name="bits"/>; errors name <paramref name="at"/>.</summary>
    public static ulong IntBinary(Opcode op, int bits, ulong a, ulong b, Instruction? at)
    {
        ulong m = Mask(bits);
        switch (op)
        {
            case Opcode.Add: return (a + b) & m;
            case Opcode.Sub: return (a - b) & m;
            case Opcode.Mul: return (a * b) & m;
            case Opcode.And: return a & b;
            case Opcode.Or: return a | b;
            case Opcode.Xor: return a ^ b;
            case Opcode.Shl: return (a << (int)(b % (ulong)bits)) & m;
            case Opcode.LShr: return a >> (int)(b % (ulong)bits);
            case Opcode.AShr: return (ulong)(SExt(a, bits) >> (int)(b % (ulong)bits)) & m;
            case Opcode.UDiv:
                if (b == 0) throw Error(at, "division by zero");
                return a / b;
            case Opcode.URem:
                if (b == 0) throw Error(at, "division by zero");
                return a % b;
            case Opcode.SDiv or Opcode.SRem:
            {
                long x = SExt(a, bits), y = SExt(b, bits);
                if (y == 0) throw Error(at, "division by zero");
                if (y == -1 && x == MinSigned(bits)) throw Error(at, "signed division overflow");
                return (ulong)(op == Opcode.SDiv ? x / y : x % y) & m;
            }
            default: throw new InvalidOperationException($"{op} is not an integer operator");
        }
    }

    public static long MinSigned(int bits) => bits >= 64 ? long.MinValue : -(1L << (bits - 1));
    public static long MaxSigned(int bits) => bits >= 64 ? long.MaxValue : (1L << (bits - 1)) - 1;

    public static bool ICmp(IntPredicate p, int bits, ulong a, ulong b) => p switch
    {
        IntPredicate.Eq => a == b,
        IntPredicate.Ne => a != b,
        IntPredicate.Ugt => a > b,
        IntPredicate.Uge => a >= b,
        IntPredicate.Ult => a < b,
        IntPredicate.Ule => a <= b,
        IntPredicate.Sgt => SExt(a, bits) > SExt(b, bits),
        IntPredicate.Sge => SExt(a, bits) >= SExt(b, bits),
        IntPredicate.Slt => SExt(a, bits) < SExt(b, bits),
        _ => SExt(a, bits) <= SExt(b, bits),
    };

    // ---- floating-point arithmetic ----

    // ---- NaN results, fixed to what x86 SSE produces ----

    /// <summary>
    /// The NaN an x86 SSE arithmetic instruction returns: the first operand quieted if it is a NaN,
    /// else the second quieted, else (a NaN made from numbers, like 0/0) the "default NaN", negative
    /// and quiet. Fixed here rather than left to the host compiler, which may swap the operands of
    /// commutative operations.
    /// </summary>
    public static ulong NaNResult(ScalarKind k, ulong a, ulong b)
    {
        if (IsNaN(k, a)) return Quiet(k, a);
        if (IsNaN(k, b)) return Quiet(k, b);
        return k switch
        {
            ScalarKind.Double => 0xFFF8000000000000UL,
            ScalarKind.Float => 0xFFC00000UL,
            ScalarKind.Half => 0xFE00UL,
            _ => 0xFFC0UL,
        };
    }

    public static bool IsNaN(ScalarKind k, ulong v) => k switch
    {
        ScalarKind.Double => (v & 0x7FFFFFFFFFFFFFFFUL) > 0x7FF0000000000000UL,
        ScalarKind.Float => (v & 0x7FFFFFFFUL) > 0x7F800000UL,
        ScalarKind.Half => (v & 0x7FFFUL) > 0x7C00UL,
        _ => (v & 0x7FFFUL) > 0x7F80UL,
    };

    public static ulong Quiet(ScalarKind k, ulong v) => k switch
    {
        ScalarKind.Double => v | 0x0008000000000000UL,
        ScalarKind.Float => v | 0x00400000UL,
        ScalarKind.Half => v | 0x0200UL,
        _ => v | 0x40UL,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong DoubleResult(double r, ulong a, ulong b) => !double.IsNaN(r) ? Bits(r) : NaNResult(ScalarKind.Double, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SingleResult(float r, ulong a, ulong b) => !float.IsNaN(r) ? Bits(r) : NaNResult(ScalarKind.Float, a, b);

    public static ulong FloatBinary(Opcode op, ScalarKind k, ulong a, ulong b)
    {
        ulong r = FloatBinaryRaw(op, k, a, b);
        return IsNaN(k, r) ? NaNResult(k, a, b) : r;
    }

    private static ulong FloatBinaryRaw(Opcode op, ScalarKind k, ulong a, ulong b)
    {
        if (k == ScalarKind.Double)
        {
            double x = D(a), y = D(b);
            return Bits(op switch
            {
                Opcode.FAdd => x + y,
                Opcode.FSub => x - y,
                Opcode.FMul => x * y,
                Opcode.FDiv => x / y,
                _ => x % y,
            });
        }
        // half and bfloat are computed in float and rounded once: float has more than twice their
        // precision, so the result is the correctly rounded one.
        float fx = ToSingle(k, a), fy = ToSingle(k, b);
        float r = op switch
        {
            Opcode.FAdd => fx + fy,
            Opcode.FSub => fx - fy,
            Opcode.FMul => fx * fy,
            Opcode.FDiv => fx / fy,
            _ => fx % fy,
        };
        return FromSingle(k, r);
    }

    public static ulong FNeg(ScalarKind k, ulong a) => a ^ (1UL << (BitsOf(k) - 1));

    public static int BitsOf(ScalarKind k) => k switch
    {
        ScalarKind.Double => 64,
        ScalarKind.Float => 32,
        ScalarKind.Half or ScalarKind.BFloat => 16,
        _ => 64,
    };

    /// <summary>fcmp: bit 0 of the predicate is "equal", bit 1 "greater", bit 2 "less", bit 3 "unordered".</summary>
    public static bool FCmp(FloatPredicate p, double a, double b)
    {
        int relation = double.IsNaN(a) || double.IsNaN(b) ? 8 : a == b ? 1 : a > b ? 2 : 4;
        return ((int)p & relation) != 0;
    }

    // ---- conversions ----

    /// <summary>x86 cvttsd2si with a 32-bit result: NaN and out-of-range give 0x80000000.</summary>
    public static uint Cvtt32(double x)
    {
        double t = Math.Truncate(x);
        return t >= -2147483648.0 && t <= 2147483647.0 ? (uint)(int)t : 0x80000000u;
    }

    /// <summary>x86 cvttsd2si with a 64-bit result: NaN and out-of-range give 0x8000000000000000.</summary>
    public static ulong Cvtt64(double x)
    {
        double t = Math.Truncate(x);
        return t >= -9223372036854775808.0 && t < 9223372036854775808.0 ? (ulong)(long)t : 0x8000000000000000UL;
    }

    public static ulong FpToSi(ScalarKind from, ulong v, int bits)
    {
        double x = ToDouble(from, v);
        return bits <= 32 ? Cvtt32(x) & Mask(bits) : Cvtt64(x) & Mask(bits);
    }

    public static ulong FpToUi(ScalarKind from, ulong v, int bits)
    {
        double x = ToDouble(from, v);
        if (bits < 32) return Cvtt32(x) & Mask(bits);
        if (bits < 64) return Cvtt64(x) & Mask(bits);
        ulong t1 = Cvtt64(x);
        // x - 2^63 is computed in the source type, as the JIT's SSE code does.
        double shifted = from == ScalarKind.Double ? x - 9223372036854775808.0 : (double)((float)x - 9223372036854775808.0f);
        ulong t2 = Cvtt64(shifted);
        return t1 | (t2 & (ulong)((long)t1 >> 63));
    }

    public static ulong IntToFp(ScalarKind to, ulong v, int bits, bool signed)
    {
        if (signed)
        {
            long s = SExt(v, bits);
            if (to == ScalarKind.Double) return Bits((double)s);
            if (to == ScalarKind.Float) return Bits(Int64ToSingle(s));
            return FromDouble(to, s >= -(1L << 53) && s <= (1L << 53) ? s : (double)Int64ToSingle(s));
        }
        if (to == ScalarKind.Double) return Bits((double)v);
        if (to == ScalarKind.Float) return Bits(UInt64ToSingle(v));
        return FromDouble(to, v <= (1UL << 53) ? v : (double)UInt64ToSingle(v));
    }

    /// <summary>Correctly rounded u64 → float (no double rounding through double).</summary>
    public static float UInt64ToSingle(ulong v)
    {
        if (v < (1UL << 53)) return (float)(double)v;
        int shift = 64 - BitOperations.LeadingZeroCount(v) - 53;
        ulong sticky = (v & ((1UL << shift) - 1)) != 0 ? 1UL : 0UL;
        ulong kept = (v >> shift) | sticky;
        return (float)Math.ScaleB((double)kept, shift);
    }

    public static float Int64ToSingle(long v)
    {
        if (v >= 0) return UInt64ToSingle((ulong)v);
        return v == long.MinValue ? -9223372036854775808.0f : -UInt64ToSingle((ulong)-v);
    }

    /// <summary>Every scalar cast except bitcast between different shapes.</summary>
    public static ulong Cast(Opcode op, ScalarInfo from, ScalarInfo to, ulong v) => op switch
    {
        Opcode.Trunc or Opcode.PtrToInt => v & to.Mask,
        Opcode.ZExt or Opcode.IntToPtr or Opcode.BitCast => v & to.Mask,
        Opcode.SExt => (ulong)SExt(v, from.Bits) & to.Mask,
        Opcode.FPTrunc or Opcode.FPExt => ConvertFloat(from.Kind, to.Kind, v),
        Opcode.FPToSI => FpToSi(from.Kind, v, to.Bits),
        Opcode.FPToUI => FpToUi(from.Kind, v, to.Bits),
        Opcode.SIToFP => IntToFp(to.Kind, v, from.Bits, signed: true),
        Opcode.UIToFP => IntToFp(to.Kind, v, from.Bits, signed: false),
        _ => throw new InvalidOperationException($"{op} is not a cast"),
    };

    public static ulong ConvertFloat(ScalarKind from, ScalarKind to, ulong v)
    {
        if (from == to) return v;
        if (from == ScalarKind.Double) return FromDouble(to, D(v));
        if (to == ScalarKind.Double) return Bits(ToDouble(from, v));
        return FromSingle(to, ToSingle(from, v));
    }

    public static IrException Error(Instruction? at, string message) => IrException.At(at?.Location, message);
}
