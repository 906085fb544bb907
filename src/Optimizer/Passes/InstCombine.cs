// Instruction combining, the basic integer identities: each instruction is folded to a constant
// when its operands are constants (ConstantFolder, bit-exact with the interpreter), or replaced by a
// simpler existing value: x+0, x-0, x*1, x*0, x&x, x&0, x&-1, x|x, x|0, x|-1, x^0, x^x, x-x, shifts by
// 0, shifts of 0, udiv/sdiv by 1, urem by 1, icmp of a value with itself, select on a constant
// condition or between equal values, and casts that do nothing (bitcast to the same type).
// Constants of commutative integer operators are moved to the right so the rules see them there.
// Refuses: floating-point identities (x+0.0 is not x for x = -0.0; x*1.0 quiets a signalling NaN; the
// interpreter's NaN bits must stay the same), anything involving undef or poison operands (x^x with
// undef x is folded to 0, which LLVM allows, but nothing is ever *made* from undef), vectors, and
// divisions that may trap.
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class InstCombine : IFunctionPass
{
    public string Name => "instcombine";

    public bool Run(Function f)
    {
        bool any = false;
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (var inst in f.Instructions.ToList())
            {
                if (inst.Parent is null || !inst.HasResult || inst.HasSideEffects) continue;
                Canonicalize(inst);
                var replacement = Simplify(inst);
                if (replacement is null) continue;
                // Every rule that fires proves the instruction cannot trap (a folded division has a
                // safe divisor; the identities divide by 1), so it can always go.
                inst.ReplaceAllUsesWith(replacement);
                inst.EraseFromParent();
                changed = any = true;
            }
        }
        return any;
    }

    private static void Canonicalize(Instruction inst)
    {
        if (inst is BinaryInst b && b.Opcode.IsIntBinary() && b.Opcode.IsCommutative() && b.Lhs is Constant && b.Rhs is not Constant)
        {
            var (l, r) = (b.Lhs, b.Rhs);
            b.SetOperand(0, r);
            b.SetOperand(1, l);
        }
        else if (inst is ICmpInst c && c.Lhs is Constant && c.Rhs is not Constant)
        {
            var (l, r) = (c.Lhs, c.Rhs);
            c.SetOperand(0, r);
            c.SetOperand(1, l);
            c.Predicate = c.Predicate.Swapped();
        }
    }

    /// <summary>A value equal to what <paramref name="inst"/> computes, or null if no rule applies.</summary>
    public static Value? Simplify(Instruction inst)
    {
        if (ConstantFolder.Fold(inst, ConstantFolder.AsScalar) is { } folded) return folded;
        switch (inst)
        {
            case BinaryInst b when b.Type is IntegerType t && t.Bits <= 64:
                return SimplifyInt(b, t);
            case ICmpInst c when ReferenceEquals(c.Lhs, c.Rhs) && c.Lhs is not (UndefValue or PoisonValue) && c.Type is IntegerType:
                return c.Predicate is IntPredicate.Eq or IntPredicate.Uge or IntPredicate.Ule or IntPredicate.Sge or IntPredicate.Sle
                    ? ConstantInt.True : ConstantInt.False;
            case SelectInst s:
                if (s.Condition is ConstantInt sc) return sc.IsZeroValue ? s.FalseValue : s.TrueValue;
                if (ReferenceEquals(s.TrueValue, s.FalseValue)) return s.TrueValue;
                return null;
            case CastInst { Opcode: Opcode.BitCast } cast when ReferenceEquals(cast.SourceType, cast.Type):
                return cast.Operand;
            default:
                return null;
        }
    }

    private static Value? SimplifyInt(BinaryInst b, IntegerType t)
    {
        Value x = b.Lhs, y = b.Rhs;
        if (x is UndefValue or PoisonValue || y is UndefValue or PoisonValue) return null;
        var k = y as ConstantInt;
        bool same = ReferenceEquals(x, y);
        Constant Zero() => new ConstantInt(t, 0UL);
        switch (b.Opcode)
        {
            case Opcode.Add or Opcode.Or or Opcode.Xor when k is { IsZeroValue: true }:
            case Opcode.Sub when k is { IsZeroValue: true }:
            case Opcode.Shl or Opcode.LShr or Opcode.AShr when k is { IsZeroValue: true }:
            case Opcode.Mul or Opcode.UDiv when k is { IsOne: true }:
            case Opcode.SDiv when k is { IsOne: true } && t.Bits > 1: // in i1, 1 is -1: sdiv may overflow
            case Opcode.And when k is { IsAllOnes: true }:
            case Opcode.And or Opcode.Or when same:
                return x;
            case Opcode.Mul or Opcode.And when k is { IsZeroValue: true }:
            case Opcode.Sub or Opcode.Xor when same:
            case Opcode.URem when k is { IsOne: true }:
                return Zero();
            case Opcode.Or when k is { IsAllOnes: true }:
                return k;
            case Opcode.Shl or Opcode.LShr or Opcode.AShr when x is ConstantInt { IsZeroValue: true }:
                return x;
            default:
                return null;
        }
    }
}
