// The semantics of the built-in operations (docs/semantics.md): the lane-wise math, bit-counting,
// funnel-shift and saturating operations, the overflow-reporting arithmetic and the vector
// reductions, on values held as ScalarOps holds them. The interpreter runs these, and the
// optimizer's constant folding computes with them, so a folded call gives exactly the bits the
// interpreter would (it lives in Frontend, like ScalarOps, so the Optimizer need not depend on Runtime).
// The floating-point functions are .NET's Math/MathF (on Linux, glibc's libm for sin, exp, pow ...).
using System.Buffers.Binary;
using System.Numerics;
using PyIR.Frontend.Ir;
using static PyIR.Frontend.Semantics.ScalarOps;

namespace PyIR.Frontend.Semantics;

public static class BuiltinOps
{
    /// <summary>
    /// A lane-wise built-in (the math, bit and saturating operations) on one lane of type
    /// <paramref name="type"/>: the arguments' bits as ScalarOps holds them (a <c>powi</c> exponent
    /// and the <c>i1</c> flags of <c>abs</c>/<c>ctlz</c>/<c>cttz</c> included). False if
    /// <paramref name="b"/> is not such an operation on this type.
    /// </summary>
    public static bool TryLane(Builtin b, IrType type, ReadOnlySpan<ulong> a, out ulong result)
    {
        var s = ScalarInfo.Of(type);
        ulong? r = s.IsFloat ? FloatLane(b, s.Kind, a) : s.Kind == ScalarKind.Int ? IntLane(b, s.Bits, s.Mask, a) : null;
        result = r ?? 0;
        return r.HasValue;
    }

    /// <summary>
    /// A lane-wise built-in on whole values of the call's types: <paramref name="args"/>[i] holds
    /// the lanes of a vector parameter, or the one value of a scalar parameter (which every lane
    /// gets: a <c>powi</c> exponent, a <c>ctlz</c> flag). The result's lanes (one for a scalar), or
    /// null when <see cref="TryLane"/> does not know the operation or the lanes do not match the types.
    /// </summary>
    public static ulong[]? LaneWise(Builtin b, IrType ret, IReadOnlyList<IrType> parameters, IReadOnlyList<ulong[]> args)
    {
        int count = ret is VectorType v ? v.Count : 1;
        if (parameters.Count != args.Count) return null;
        for (int i = 0; i < args.Count; i++)
            if (args[i].Length != (parameters[i] is VectorType ? count : 1)) return null;
        var result = new ulong[count];
        var lane = new ulong[args.Count];
        for (int l = 0; l < count; l++)
        {
            for (int i = 0; i < args.Count; i++) lane[i] = parameters[i] is VectorType ? args[i][l] : args[i][0];
            if (!TryLane(b, ret.ScalarType, lane, out result[l])) return null;
        }
        return result;
    }

    private static ulong? IntLane(Builtin b, int n, ulong m, ReadOnlySpan<ulong> a)
    {
        int reads = b switch
        {
            Builtin.Abs or Builtin.LibcAbs or Builtin.CtPop or Builtin.Ctlz or Builtin.Cttz or Builtin.BSwap or Builtin.BitReverse => 1,
            Builtin.FShl or Builtin.FShr => 3,
            _ => 2,
        };
        if (a.Length < reads) return null;
        switch (b)
        {
            case Builtin.Abs or Builtin.LibcAbs:
            {
                long x = SExt(a[0], n);
                return (ulong)(x < 0 ? -x : x) & m;
            }
            case Builtin.SMin: return SExt(a[0], n) <= SExt(a[1], n) ? a[0] : a[1];
            case Builtin.SMax: return SExt(a[0], n) >= SExt(a[1], n) ? a[0] : a[1];
            case Builtin.UMin: return Math.Min(a[0], a[1]);
            case Builtin.UMax: return Math.Max(a[0], a[1]);
            case Builtin.CtPop: return (ulong)BitOperations.PopCount(a[0]);
            case Builtin.Ctlz: return a[0] == 0 ? (ulong)n : (ulong)(BitOperations.LeadingZeroCount(a[0]) - (64 - n));
            case Builtin.Cttz: return a[0] == 0 ? (ulong)n : (ulong)BitOperations.TrailingZeroCount(a[0]);
            case Builtin.BSwap: return BinaryPrimitives.ReverseEndianness(a[0]) >> (64 - n);
            case Builtin.BitReverse: return ReverseBits(a[0]) >> (64 - n);
            case Builtin.FShl:
            {
                int sh = (int)(a[2] % (ulong)n);
                return sh == 0 ? a[0] : ((a[0] << sh) | (a[1] >> (n - sh))) & m;
            }
            case Builtin.FShr:
            {
                int sh = (int)(a[2] % (ulong)n);
                return sh == 0 ? a[1] : ((a[0] << (n - sh)) | (a[1] >> sh)) & m;
            }
            case Builtin.SAddSat or Builtin.SSubSat:
            {
                Int128 x = SExt(a[0], n), y = SExt(a[1], n);
                Int128 r = b == Builtin.SAddSat ? x + y : x - y;
                r = Int128.Clamp(r, MinSigned(n), MaxSigned(n));
                return (ulong)(long)r & m;
            }
            case Builtin.UAddSat:
            {
                UInt128 r = (UInt128)a[0] + a[1];
                return r > m ? m : (ulong)r;
            }
            case Builtin.USubSat: return a[0] > a[1] ? a[0] - a[1] : 0;
            case Builtin.SShlSat:
            {
                // Shift amounts are taken modulo the width, as for shl (LLVM: poison).
                int sh = (int)(a[1] % (ulong)n);
                Int128 r = (Int128)SExt(a[0], n) << sh;
                r = Int128.Clamp(r, MinSigned(n), MaxSigned(n));
                return (ulong)(long)r & m;
            }
            case Builtin.UShlSat:
            {
                int sh = (int)(a[1] % (ulong)n);
                UInt128 r = (UInt128)a[0] << sh;
                return r > m ? m : (ulong)r;
            }
            default:
                return null;
        }
    }

    private static ulong ReverseBits(ulong v)
    {
        ulong r = 0;
        for (int i = 0; i < 64; i++)
        {
            r = (r << 1) | (v & 1);
            v >>= 1;
        }
        return r;
    }

    private static ulong? FloatLane(Builtin b, ScalarKind k, ReadOnlySpan<ulong> a)
    {
        if (a.Length < Arity(b)) return null;
        switch (b)
        {
            case Builtin.Fabs: return a[0] & ~(1UL << (BitsOf(k) - 1));
            case Builtin.CopySign:
            {
                ulong sign = 1UL << (BitsOf(k) - 1);
                return (a[0] & ~sign) | (a[1] & sign);
            }
            case Builtin.Canonicalize: return IsNaN(k, a[0]) ? Quiet(k, a[0]) : a[0];
            case Builtin.MinNum or Builtin.MaxNum or Builtin.Minimum or Builtin.Maximum:
                return MinMax(b, k, a[0], a[1]);
            case Builtin.PowI:
            {
                int e = (int)a[1];
                if (k == ScalarKind.Double) return Bits(PowI(D(a[0]), e));
                return FromSingle(k, PowI(ToSingle(k, a[0]), e));
            }
        }
        if (!IsFloatLane(b)) return null;
        if (k == ScalarKind.Double)
        {
            double x = D(a[0]);
            double y = a.Length > 1 ? D(a[1]) : 0;
            return Bits(b switch
            {
                Builtin.Sqrt => Math.Sqrt(x),
                Builtin.Floor => Math.Floor(x),
                Builtin.Ceil => Math.Ceiling(x),
                Builtin.Trunc => Math.Truncate(x),
                Builtin.Round => Math.Round(x, MidpointRounding.AwayFromZero),
                Builtin.RoundEven or Builtin.Rint or Builtin.NearbyInt => Math.Round(x, MidpointRounding.ToEven),
                Builtin.Exp => Math.Exp(x),
                Builtin.Exp2 => Math.Pow(2, x),
                Builtin.Exp10 => Math.Pow(10, x),
                Builtin.Expm1 => ExpM1(x),
                Builtin.Log => Math.Log(x),
                Builtin.Log2 => Math.Log2(x),
                Builtin.Log10 => Math.Log10(x),
                Builtin.Log1p => Log1P(x),
                Builtin.Sin => Math.Sin(x),
                Builtin.Cos => Math.Cos(x),
                Builtin.Tan => Math.Tan(x),
                Builtin.Sinh => Math.Sinh(x),
                Builtin.Cosh => Math.Cosh(x),
                Builtin.Tanh => Math.Tanh(x),
                Builtin.Asin => Math.Asin(x),
                Builtin.Acos => Math.Acos(x),
                Builtin.Atan => Math.Atan(x),
                Builtin.Cbrt => Math.Cbrt(x),
                Builtin.Pow => Math.Pow(x, y),
                Builtin.Atan2 => Math.Atan2(x, y),
                Builtin.Hypot => double.Hypot(x, y),
                Builtin.FMod => x % y,
                Builtin.Fma or Builtin.FMulAdd => Math.FusedMultiplyAdd(x, y, D(a[2])),
                _ => double.NaN,
            });
        }
        float fx = ToSingle(k, a[0]);
        float fy = a.Length > 1 ? ToSingle(k, a[1]) : 0;
        float r = b switch
        {
            Builtin.Sqrt => MathF.Sqrt(fx),
            Builtin.Floor => MathF.Floor(fx),
            Builtin.Ceil => MathF.Ceiling(fx),
            Builtin.Trunc => MathF.Truncate(fx),
            Builtin.Round => MathF.Round(fx, MidpointRounding.AwayFromZero),
            Builtin.RoundEven or Builtin.Rint or Builtin.NearbyInt => MathF.Round(fx, MidpointRounding.ToEven),
            Builtin.Exp => MathF.Exp(fx),
            Builtin.Exp2 => MathF.Pow(2, fx),
            Builtin.Exp10 => MathF.Pow(10, fx),
            Builtin.Expm1 => (float)ExpM1(fx),
            Builtin.Log => MathF.Log(fx),
            Builtin.Log2 => MathF.Log2(fx),
            Builtin.Log10 => MathF.Log10(fx),
            Builtin.Log1p => (float)Log1P(fx),
            Builtin.Sin => MathF.Sin(fx),
            Builtin.Cos => MathF.Cos(fx),
            Builtin.Tan => MathF.Tan(fx),
            Builtin.Sinh => MathF.Sinh(fx),
            Builtin.Cosh => MathF.Cosh(fx),
            Builtin.Tanh => MathF.Tanh(fx),
            Builtin.Asin => MathF.Asin(fx),
            Builtin.Acos => MathF.Acos(fx),
            Builtin.Atan => MathF.Atan(fx),
            Builtin.Cbrt => MathF.Cbrt(fx),
            Builtin.Pow => MathF.Pow(fx, fy),
            Builtin.Atan2 => MathF.Atan2(fx, fy),
            Builtin.Hypot => float.Hypot(fx, fy),
            Builtin.FMod => fx % fy,
            Builtin.Fma or Builtin.FMulAdd => k == ScalarKind.Float
                ? MathF.FusedMultiplyAdd(fx, fy, ToSingle(k, a[2]))
                // half: the exact product plus addend fits a double, then one rounding to half
                : (float)(double)(Half)((double)fx * fy + ToSingle(k, a[2])),
            _ => float.NaN,
        };
        return FromSingle(k, r);
    }

    /// <summary>minnum/maxnum (NaN loses) and minimum/maximum (NaN wins); −0 orders below +0 in all four.</summary>
    public static ulong MinMax(Builtin b, ScalarKind k, ulong a, ulong c)
    {
        double x = ToDouble(k, a), y = ToDouble(k, c);
        bool xn = double.IsNaN(x), yn = double.IsNaN(y);
        if (b is Builtin.MinNum or Builtin.MaxNum)
        {
            if (xn) return yn ? Quiet(k, a) : c;
            if (yn) return a;
        }
        else if (xn || yn) return Quiet(k, xn ? a : c);
        bool wantMin = b is Builtin.MinNum or Builtin.Minimum;
        if (x == y)
        {
            // Equal values: only ±0 differ; pick by sign.
            bool aNeg = (long)(a << (64 - BitsOf(k))) < 0;
            return wantMin == aNeg ? a : c;
        }
        return (x < y) == wantMin ? a : c;
    }

    /// <summary>compiler-rt's __powidf2/__powisf2: square-and-multiply over the bits of |n|, reciprocal for n &lt; 0, in T's precision.</summary>
    private static T PowI<T>(T a, int b) where T : System.Numerics.IFloatingPointIeee754<T>
    {
        bool recip = b < 0;
        T r = T.One;
        while (true)
        {
            if ((b & 1) != 0) r *= a;
            b /= 2;
            if (b == 0) break;
            a *= a;
        }
        return recip ? T.One / r : r;
    }

    private static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        if (double.IsInfinity(u)) return u;
        return um1 * x / Math.Log(u);
    }

    private static double Log1P(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0) return x;
        if (double.IsInfinity(u) || u <= 0) return Math.Log(u);
        return Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>The floating-point built-ins computed lane by lane.</summary>
    private static bool IsFloatLane(Builtin b) => b is >= Builtin.Sqrt and <= Builtin.FMulAdd;

    /// <summary>How many arguments the floating-point lane operation reads.</summary>
    private static int Arity(Builtin b) => b switch
    {
        Builtin.Fma or Builtin.FMulAdd => 3,
        Builtin.CopySign or Builtin.MinNum or Builtin.MaxNum or Builtin.Minimum or Builtin.Maximum or Builtin.Pow
            or Builtin.Atan2 or Builtin.Hypot or Builtin.FMod or Builtin.PowI => 2,
        _ => 1,
    };

    /// <summary>
    /// <c>llvm.*.with.overflow</c> on one lane of <paramref name="bits"/> bits: the wrapped result and
    /// whether the exact result did not fit.
    /// </summary>
    public static (ulong Value, bool Overflow) WithOverflow(Builtin b, int bits, ulong a, ulong c)
    {
        ulong m = Mask(bits);
        switch (b)
        {
            case Builtin.SAddWithOverflow or Builtin.SSubWithOverflow or Builtin.SMulWithOverflow:
            {
                Int128 p = SExt(a, bits), q = SExt(c, bits);
                Int128 r = b == Builtin.SAddWithOverflow ? p + q : b == Builtin.SSubWithOverflow ? p - q : p * q;
                return ((ulong)(long)(r & ulong.MaxValue) & m, r < MinSigned(bits) || r > MaxSigned(bits));
            }
            case Builtin.UAddWithOverflow:
            {
                UInt128 r = (UInt128)a + c;
                return ((ulong)r & m, r > m);
            }
            case Builtin.USubWithOverflow:
                return ((a - c) & m, a < c);
            default:
            {
                UInt128 r = (UInt128)a * c;
                return ((ulong)r & m, r > m);
            }
        }
    }

    /// <summary><see cref="WithOverflow(Builtin, int, ulong, ulong)"/> lane by lane: the results and the overflow flags (0/1).</summary>
    public static (ulong[] Values, ulong[] Flags) WithOverflow(Builtin b, int bits, ulong[] x, ulong[] y)
    {
        var values = new ulong[x.Length];
        var flags = new ulong[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            var (v, o) = WithOverflow(b, bits, x[i], y[i]);
            values[i] = v;
            flags[i] = o ? 1UL : 0UL;
        }
        return (values, flags);
    }

    /// <summary>
    /// A <c>llvm.vector.reduce.*</c> over <paramref name="lanes"/> of type <paramref name="type"/>
    /// (the element type). fadd and fmul go in lane order from <paramref name="start"/> (no
    /// reassociation); the others start from lane 0.
    /// </summary>
    public static ulong Reduce(Builtin b, IrType type, ulong start, ReadOnlySpan<ulong> lanes)
    {
        var s = ScalarInfo.Of(type);
        if (b is Builtin.ReduceFAdd or Builtin.ReduceFMul)
        {
            ulong acc = start;
            var op = b == Builtin.ReduceFAdd ? Opcode.FAdd : Opcode.FMul;
            foreach (ulong lane in lanes) acc = FloatBinary(op, s.Kind, acc, lane);
            return acc;
        }
        ulong r = lanes[0];
        int n = s.Bits;
        for (int i = 1; i < lanes.Length; i++)
        {
            ulong v = lanes[i];
            r = b switch
            {
                Builtin.ReduceAdd => (r + v) & s.Mask,
                Builtin.ReduceMul => (r * v) & s.Mask,
                Builtin.ReduceAnd => r & v,
                Builtin.ReduceOr => r | v,
                Builtin.ReduceXor => r ^ v,
                Builtin.ReduceSMax => SExt(v, n) > SExt(r, n) ? v : r,
                Builtin.ReduceSMin => SExt(v, n) < SExt(r, n) ? v : r,
                Builtin.ReduceUMax => Math.Max(r, v),
                Builtin.ReduceUMin => Math.Min(r, v),
                Builtin.ReduceFMax => MinMax(Builtin.MaxNum, s.Kind, r, v),
                _ => MinMax(Builtin.MinNum, s.Kind, r, v),
            };
        }
        return r;
    }
}
