// Known-zero bits of integer values: the bits of a value that are 0 whatever its inputs are, from
// constants, zext, and, or, xor and shifts by constants. instcombine uses it to see through the
// masking and shifting that field-by-field access to a packed integer leaves behind (sroa writes a
// field into an i64 with and/shl/or and reads it back with lshr/trunc).
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public static class KnownBits
{
    private const int MaxDepth = 6;

    /// <summary>A mask of the bits of <paramref name="v"/> known to be 0 (0 for anything but scalar integers up to 64 bits).</summary>
    public static ulong Zero(Value v) => Zero(v, 0);

    private static ulong Zero(Value v, int depth)
    {
        if (v.Type is not IntegerType t) return 0;
        ulong mask = t.Mask;
        switch (v)
        {
            case ConstantInt c:
                return ~c.Bits & mask;
            case CastInst { Opcode: Opcode.ZExt } z when z.Operand.Type is IntegerType from:
                return (mask & ~from.Mask) | (depth < MaxDepth ? Zero(z.Operand, depth + 1) : 0);
            case BinaryInst b when depth < MaxDepth:
                switch (b.Opcode)
                {
                    case Opcode.And:
                        return Zero(b.Lhs, depth + 1) | Zero(b.Rhs, depth + 1);
                    case Opcode.Or or Opcode.Xor:
                        return Zero(b.Lhs, depth + 1) & Zero(b.Rhs, depth + 1);
                    case Opcode.Shl when b.Rhs is ConstantInt s && s.Bits < (ulong)t.Bits:
                        return ((Zero(b.Lhs, depth + 1) << (int)s.Bits) | ((1UL << (int)s.Bits) - 1)) & mask;
                    case Opcode.LShr when b.Rhs is ConstantInt s && s.Bits < (ulong)t.Bits:
                        return ((Zero(b.Lhs, depth + 1) >> (int)s.Bits) | ~(mask >> (int)s.Bits)) & mask;
                }
                return 0;
            default:
                return 0;
        }
    }
}
