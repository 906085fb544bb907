// SIMD fast paths for lane-wise vector arithmetic. Vector lanes are held one per ulong (integers
// zero-extended, doubles as their bits), so integer add/sub/mul/and/or/xor of any lane width and
// double add/sub/mul/div run 4 lanes at a time with Vector256 (integers masked back to their width).
// Anything else, and any double result that is NaN (whose bits must follow ScalarOps.NaNResult),
// goes lane by lane through ScalarOps.
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Interpreter;

internal static class VectorLanes
{
    /// <summary>Computes res = l op r lane-wise if a SIMD path exists; false to fall back to scalar lanes.</summary>
    public static bool TryBinary(Opcode op, ScalarInfo s, ulong[] l, ulong[] r, ulong[] res)
    {
        if (!Vector256.IsHardwareAccelerated || l.Length < 4) return false;
        if (s.Kind == ScalarKind.Int) return TryInt(op, s.Mask, l, r, res);
        if (s.Kind == ScalarKind.Double) return TryDouble(op, l, r, res);
        return false;
    }

    private static bool TryInt(Opcode op, ulong mask, ulong[] l, ulong[] r, ulong[] res)
    {
        if (op is not (Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.And or Opcode.Or or Opcode.Xor)) return false;
        var m = Vector256.Create(mask);
        int i = 0;
        for (; i + 4 <= l.Length; i += 4)
        {
            var a = Vector256.Create(l.AsSpan(i, 4));
            var b = Vector256.Create(r.AsSpan(i, 4));
            var v = op switch
            {
                Opcode.Add => a + b,
                Opcode.Sub => a - b,
                Opcode.Mul => a * b,
                Opcode.And => a & b,
                Opcode.Or => a | b,
                _ => a ^ b,
            };
            (v & m).CopyTo(res.AsSpan(i, 4));
        }
        for (; i < l.Length; i++) res[i] = ScalarOps.IntBinary(op, 64 - System.Numerics.BitOperations.LeadingZeroCount(mask), l[i], r[i], null);
        return true;
    }

    private static bool TryDouble(Opcode op, ulong[] l, ulong[] r, ulong[] res)
    {
        if (op is not (Opcode.FAdd or Opcode.FSub or Opcode.FMul or Opcode.FDiv)) return false;
        var ls = MemoryMarshal.Cast<ulong, double>(l.AsSpan());
        var rs = MemoryMarshal.Cast<ulong, double>(r.AsSpan());
        var os = MemoryMarshal.Cast<ulong, double>(res.AsSpan());
        int i = 0;
        for (; i + 4 <= ls.Length; i += 4)
        {
            var a = Vector256.Create(ls.Slice(i, 4));
            var b = Vector256.Create(rs.Slice(i, 4));
            var v = op switch
            {
                Opcode.FAdd => a + b,
                Opcode.FSub => a - b,
                Opcode.FMul => a * b,
                _ => a / b,
            };
            v.CopyTo(os.Slice(i, 4));
        }
        for (int k = 0; k < res.Length; k++)
            if (k >= i || ScalarOps.IsNaN(ScalarKind.Double, res[k]))
                res[k] = ScalarOps.FloatBinary(op, ScalarKind.Double, l[k], r[k]);
        return true;
    }
}
