// Calls to intrinsics and C library routines (the Builtin enum): floating-point math, integer bit
// tricks, overflow and saturating arithmetic, vector reductions, memcpy/memmove/memset and hints.
// Scalar forms are defined once; vector overloads apply them lane by lane.
using System.Buffers.Binary;
using System.Numerics;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using static PyIR.Frontend.Semantics.ScalarOps;

namespace PyIR.Runtime.Interpreter;

internal sealed record BuiltinCall(Builtin Builtin, FunctionType Type, int[] Args, int Dest, Instruction Inst);

internal sealed partial class Engine
{
    private Val Builtins(BuiltinCall call, Frame frame)
    {
        var b = call.Builtin;
        var args = call.Args;
        var at = call.Inst;
        var ret = call.Type.ReturnType;
        switch (b)
        {
            case Builtin.Expect:
                return frame.Get(args[0]);
            case Builtin.LifetimeStart or Builtin.LifetimeEnd or Builtin.Assume or Builtin.Dbg
                or Builtin.NoAliasScopeDecl or Builtin.Prefetch:
                return default;
            case Builtin.Trap:
                throw Fail(at, "trap");
            case Builtin.MemCpy or Builtin.MemMove or Builtin.LibcMemCpy or Builtin.LibcMemMove:
            {
                ulong dst = frame.Regs[args[0]], src = frame.Regs[args[1]], len = frame.Regs[args[2]];
                if (len > 0)
                {
                    if (len > int.MaxValue) throw Fail(at, $"memory copy of {len} bytes is too large");
                    var s = Memory.Access(src, (long)len, false, at, out int so);
                    var d = Memory.Access(dst, (long)len, true, at, out int dof);
                    Array.Copy(s, so, d, dof, (int)len);
                }
                return new Val(dst, null);
            }
            case Builtin.MemSet or Builtin.LibcMemSet:
            {
                ulong dst = frame.Regs[args[0]], value = frame.Regs[args[1]], len = frame.Regs[args[2]];
                if (len > 0)
                {
                    if (len > int.MaxValue) throw Fail(at, $"memory fill of {len} bytes is too large");
                    var d = Memory.Access(dst, (long)len, true, at, out int dof);
                    d.AsSpan(dof, (int)len).Fill((byte)value);
                }
                return new Val(dst, null);
            }
            case Builtin.StrLen:
            {
                // Byte by byte, so running off the end of the object is reported where it happens.
                ulong s = frame.Regs[args[0]], length = 0;
                while (ReadByte(s + length, at) != 0) length++;
                return new Val(length, null);
            }
            case Builtin.StrCmp:
            {
                // The sign of the first difference, as unsigned bytes (the JIT's helper gives the same).
                ulong a = frame.Regs[args[0]], c = frame.Regs[args[1]];
                for (ulong i = 0; ; i++)
                {
                    byte x = ReadByte(a + i, at), y = ReadByte(c + i, at);
                    if (x != y) return new Val(x < y ? unchecked((ulong)-1L) & ((IntegerType)ret).Mask : 1, null);
                    if (x == 0) return new Val(0, null);
                }
            }
            case Builtin.MemCmp:
            {
                ulong a = frame.Regs[args[0]], c = frame.Regs[args[1]], len = frame.Regs[args[2]];
                int sign = 0;
                if (len > 0)
                {
                    if (len > int.MaxValue) throw Fail(at, $"memory compare of {len} bytes is too large");
                    var x = Memory.Access(a, (long)len, false, at, out int xo);
                    var y = Memory.Access(c, (long)len, false, at, out int yo);
                    sign = Math.Sign(x.AsSpan(xo, (int)len).SequenceCompareTo(y.AsSpan(yo, (int)len)));
                }
                return new Val(unchecked((ulong)(long)sign) & ((IntegerType)ret).Mask, null);
            }
            case Builtin.SAddWithOverflow or Builtin.UAddWithOverflow or Builtin.SSubWithOverflow
                or Builtin.USubWithOverflow or Builtin.SMulWithOverflow or Builtin.UMulWithOverflow:
                return WithOverflow(b, (StructType)ret, frame.Get(args[0]), frame.Get(args[1]), call.Type.Parameters[0]);
            case >= Builtin.ReduceAdd and <= Builtin.ReduceFMin:
                return Reduce(b, call, frame);
        }

        // Lane-wise operations: scalar form applied to each lane of vector overloads.
        var values = new Val[args.Length];
        for (int i = 0; i < args.Length; i++) values[i] = frame.Get(args[i]);
        var parameters = call.Type.Parameters;
        if (ret is VectorType rv)
        {
            var result = new ulong[rv.Count];
            var lane = new ulong[args.Length];
            for (int l = 0; l < result.Length; l++)
            {
                for (int i = 0; i < args.Length; i++) lane[i] = parameters[i] is VectorType ? values[i].Lanes[l] : values[i].S;
                result[l] = Scalar(b, rv.Element, lane, parameters, at);
            }
            return new Val(0, result);
        }
        var scalars = new ulong[args.Length];
        for (int i = 0; i < args.Length; i++) scalars[i] = values[i].S;
        return new Val(Scalar(b, ret, scalars, parameters, at), null);
    }

    private static ulong Scalar(Builtin b, IrType type, ulong[] a, IReadOnlyList<IrType> parameters, Instruction at)
    {
        var s = ScalarInfo.Of(type);
        if (s.IsFloat) return FloatBuiltin(b, s.Kind, a, parameters);
        int n = s.Bits;
        ulong m = s.Mask;
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
                throw Fail(at, $"the interpreter does not implement this built-in for {type}");
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

    private static ulong FloatBuiltin(Builtin b, ScalarKind k, ulong[] a, IReadOnlyList<IrType> parameters)
    {
        switch (b)
        {
            case Builtin.Fabs: return a[0] & ~(1UL << (BitsOf(k) - 1));
            case Builtin.CopySign:
            {
                ulong sign = 1UL << (BitsOf(k) - 1);
                return (a[0] & ~sign) | (a[1] & sign);
            }
            case Builtin.Canonicalize: return IsNaNBits(k, a[0]) ? QuietNaN(k, a[0]) : a[0];
            case Builtin.MinNum or Builtin.MaxNum or Builtin.Minimum or Builtin.Maximum:
                return MinMax(b, k, a[0], a[1]);
            case Builtin.PowI:
            {
                int e = (int)a[1];
                if (k == ScalarKind.Double) return Bits(PowI(D(a[0]), e));
                return FromSingle(k, PowI(ToSingle(k, a[0]), e));
            }
        }
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
                _ => throw new IrException($"built-in {b} is not a floating-point operation"),
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
            _ => throw new IrException($"built-in {b} is not a floating-point operation"),
        };
        return FromSingle(k, r);
    }

    private static bool IsNaNBits(ScalarKind k, ulong v) => IsNaN(k, v);

    private static ulong QuietNaN(ScalarKind k, ulong v) => Quiet(k, v);

    /// <summary>minnum/maxnum (NaN loses) and minimum/maximum (NaN wins); −0 orders below +0 in all four.</summary>
    private static ulong MinMax(Builtin b, ScalarKind k, ulong a, ulong c)
    {
        double x = ToDouble(k, a), y = ToDouble(k, c);
        bool xn = double.IsNaN(x), yn = double.IsNaN(y);
        if (b is Builtin.MinNum or Builtin.MaxNum)
        {
            if (xn) return yn ? QuietNaN(k, a) : c;
            if (yn) return a;
        }
        else if (xn || yn) return QuietNaN(k, xn ? a : c);
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

    private static Val WithOverflow(Builtin b, StructType ret, Val x, Val y, IrType operandType)
    {
        int n = operandType.ScalarBits;
        (ulong, bool) One(ulong a, ulong c)
        {
            ulong m = Mask(n);
            switch (b)
            {
                case Builtin.SAddWithOverflow or Builtin.SSubWithOverflow or Builtin.SMulWithOverflow:
                {
                    Int128 p = SExt(a, n), q = SExt(c, n);
                    Int128 r = b == Builtin.SAddWithOverflow ? p + q : b == Builtin.SSubWithOverflow ? p - q : p * q;
                    return ((ulong)(long)(r & ulong.MaxValue) & m, r < MinSigned(n) || r > MaxSigned(n));
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
        var bytes = new byte[DataLayout.AllocSize(ret)];
        var layout = DataLayout.GetStructLayout(ret);
        if (operandType is VectorType)
        {
            var l = x.Lanes;
            var values = new ulong[l.Length];
            var flags = new ulong[l.Length];
            for (int i = 0; i < l.Length; i++)
            {
                var (v, o) = One(l[i], y.Lanes[i]);
                values[i] = v;
                flags[i] = o ? 1UL : 0UL;
            }
            Memory.Write(bytes, (int)layout.Offsets[0], ret.Fields[0], new Val(0, values));
            Memory.Write(bytes, (int)layout.Offsets[1], ret.Fields[1], new Val(0, flags));
        }
        else
        {
            var (v, o) = One(x.S, y.S);
            Memory.Write(bytes, (int)layout.Offsets[0], ret.Fields[0], new Val(v, null));
            Memory.Write(bytes, (int)layout.Offsets[1], ret.Fields[1], new Val(o ? 1UL : 0UL, null));
        }
        return new Val(0, bytes);
    }

    private static Val Reduce(Builtin b, BuiltinCall call, Frame frame)
    {
        var ret = call.Type.ReturnType;
        var s = ScalarInfo.Of(ret);
        if (b is Builtin.ReduceFAdd or Builtin.ReduceFMul)
        {
            // Sequential, in lane order, starting from the start value (no reassociation).
            ulong acc = frame.Regs[call.Args[0]];
            var op = b == Builtin.ReduceFAdd ? Opcode.FAdd : Opcode.FMul;
            foreach (ulong lane in (ulong[])frame.Objs[call.Args[1]]!) acc = FloatBinary(op, s.Kind, acc, lane);
            return new Val(acc, null);
        }
        var lanes = (ulong[])frame.Objs[call.Args[0]]!;
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
        return new Val(r, null);
    }

    private byte ReadByte(ulong pointer, Instruction at)
    {
        var bytes = Memory.Access(pointer, 1, false, at, out int offset);
        return bytes[offset];
    }
}
