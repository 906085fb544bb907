// Constant folding of one instruction, bit-exact with the interpreter: the arithmetic is
// PyIR.Frontend.Semantics.ScalarOps, the same code the interpreter runs. Only scalar integers (up to
// 64 bits) and half/bfloat/float/double are folded; vectors, pointers, aggregates, undef and poison
// are left alone. Operations that trap in the interpreter (division by zero, signed division
// overflow) are never folded, so the error still happens at run time. Shifts by the width or more
// (poison in LLVM) fold to what the interpreter computes, which refines poison.
// The caller says which operands are known constants (the real operand for ConstantFolding and
// InstCombine, the lattice value for SCCP).
using PyIR.Frontend.Ir;
using PyIR.Frontend.Semantics;

namespace PyIR.Optimizer.Analysis;

public static class ConstantFolder
{
    /// <summary>Whether values of this type are folded: integers of 1..64 bits and the IEEE formats ScalarOps knows.</summary>
    public static bool IsFoldableType(IrType t) =>
        t is IntegerType { Bits: >= 1 and <= 64 } ||
        t.Kind is TypeKind.Half or TypeKind.BFloat or TypeKind.Float or TypeKind.Double;

    /// <summary>A scalar integer or floating constant of a foldable type, else null.</summary>
    public static Constant? AsScalar(Value v) =>
        v is ConstantInt or ConstantFP && IsFoldableType(v.Type) ? (Constant)v : null;

    /// <summary>The constant's bits as ScalarOps holds them (integers zero-extended, floats raw).</summary>
    public static ulong BitsOf(Constant c) => c switch
    {
        ConstantInt i => i.Bits,
        ConstantFP f => f.Bits,
        _ => throw new ArgumentException("not a scalar constant"),
    };

    public static Constant Make(IrType t, ulong bits) => t switch
    {
        IntegerType i => new ConstantInt(i, bits),
        FloatingType f => new ConstantFP(f, bits),
        _ => throw new ArgumentException($"cannot make a scalar constant of type {t}"),
    };

    /// <summary>
    /// The constant <paramref name="inst"/> computes when each operand for which
    /// <paramref name="known"/> returns a constant has that value; null when it cannot be folded.
    /// Select and phi are not handled here (their callers know which operand is chosen).
    /// </summary>
    public static Constant? Fold(Instruction inst, Func<Value, Constant?> known)
    {
        if (!IsFoldableType(inst.Type)) return null;
        switch (inst)
        {
            case BinaryInst b:
            {
                if (known(b.Lhs) is not { } l || known(b.Rhs) is not { } r) return null;
                return FoldBinary(b.Opcode, inst.Type, BitsOf(l), BitsOf(r));
            }
            case UnaryInst { Opcode: Opcode.FNeg } u:
                return known(u.Operand) is { } x ? Make(u.Type, ScalarOps.FNeg(ScalarInfo.Of(u.Type).Kind, BitsOf(x))) : null;
            case ICmpInst c:
            {
                if (!IsFoldableType(c.Lhs.Type) || known(c.Lhs) is not { } l || known(c.Rhs) is not { } r) return null;
                return Bool(ScalarOps.ICmp(c.Predicate, c.Lhs.Type.ScalarBits, BitsOf(l), BitsOf(r)));
            }
            case FCmpInst c:
            {
                if (!IsFoldableType(c.Lhs.Type) || known(c.Lhs) is not { } l || known(c.Rhs) is not { } r) return null;
                var k = ScalarInfo.Of(c.Lhs.Type).Kind;
                return Bool(ScalarOps.FCmp(c.Predicate, ScalarOps.ToDouble(k, BitsOf(l)), ScalarOps.ToDouble(k, BitsOf(r))));
            }
            case CastInst c:
            {
                if (c.Opcode is Opcode.PtrToInt or Opcode.IntToPtr || !IsFoldableType(c.SourceType)) return null;
                if (known(c.Operand) is not { } v) return null;
                return Make(c.Type, ScalarOps.Cast(c.Opcode, ScalarInfo.Of(c.SourceType), ScalarInfo.Of(c.Type), BitsOf(v)));
            }
            case FreezeInst f:
                // freeze of a defined constant is that constant.
                return known(f.Operand);
            default:
                return null;
        }
    }

    /// <summary>A binary operator on constant bits; null if it would trap (so it must stay).</summary>
    public static Constant? FoldBinary(Opcode op, IrType type, ulong a, ulong b)
    {
        if (op.IsFloatBinary()) return Make(type, ScalarOps.FloatBinary(op, ScalarInfo.Of(type).Kind, a, b));
        int bits = type.ScalarBits;
        if (op.IsDivRem())
        {
            if (b == 0) return null;
            if (op is Opcode.SDiv or Opcode.SRem && ScalarOps.SExt(b, bits) == -1 && ScalarOps.SExt(a, bits) == ScalarOps.MinSigned(bits))
                return null;
        }
        return Make(type, ScalarOps.IntBinary(op, bits, a, b, null));
    }

    private static ConstantInt Bool(bool v) => v ? ConstantInt.True : ConstantInt.False;
}
