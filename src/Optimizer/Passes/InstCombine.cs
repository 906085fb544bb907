// Instruction combining. Each instruction is folded to a constant when its operands are constants
// (ConstantFolder, bit-exact with the interpreter), or replaced by a simpler existing value (the
// identities: x+0, x-0, x*1, x*0, x&x, x&0, x&-1, x|x, x|0, x|-1, x^0, x^x, x-x, shifts by 0, shifts
// of 0, udiv/sdiv by 1, urem by 1, icmp of a value with itself, select on a constant condition or
// between equal values, bitcast to the same type, fneg of fneg), or rewritten into cheaper new
// instructions (Combine): booleans through zext/sext compared with 0 or 1, `xor (cmp), true` as the
// inverse compare, selects between true and false, chains of casts, multiplication and unsigned
// division/remainder by powers of two as shifts and masks, `sub x, C` as `add x, -C`, chains of
// the same operator with constants (`(x + 1) + 2` is `x + 3`, shifts summed), equality compares
// of `x + C1` with C2 as compares of x with C2 - C1, and rotates written with two shifts as
// llvm.fshl (declared in the module when needed).
// Every rewrite is exact in two's-complement arithmetic, which is what the interpreter computes
// (nsw/nuw change nothing there; new instructions carry no wrap flags). Shift amounts are taken
// modulo the width by the interpreter, so summed shifts that reach the width become 0 (or the sign).
// Constants of commutative integer operators are moved to the right so the rules see them there.
// Folding covers vectors lane by lane, vector element operations and pure built-in calls
// (ConstantFolder); llvm.expect(x, c) becomes x; a masked load or gather whose mask is all false
// becomes its pass-through value, and a masked load whose mask is all true a plain load.
// Floating point: x / 2^k becomes x * 2^-k (the same bits for every x), and the identities and
// reassociations an instruction's fast-math flags allow (CombineFloat).
// Refuses: floating-point identities without the flags that allow them (x+0.0 is not x for
// x = -0.0; x*1.0 quiets a signalling NaN; the interpreter's NaN bits must stay the same),
// anything involving undef or poison operands (x^x with undef x is folded to 0, which LLVM allows,
// but nothing is ever *made* from undef), identities and rewrites on vectors (they are only folded
// when constant), divisions that may trap, and signed division by powers of two (not a plain
// shift); instructions in blocks the entry cannot reach (they may use themselves).
using PyIR.Frontend.Ir;
using PyIR.Frontend.Semantics;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class InstCombine : IFunctionPass
{
    public string Name => "instcombine";

    private readonly InstructionStack _work = new(256); // the worklist, kept from function to function

    public bool Run(Function f)
    {
        // A worklist, first in program order: when an instruction is rewritten, its users (which may
        // fold now), the new instruction and the old operands (which may be dead or single-use now)
        // are looked at again, instead of sweeping the whole function until nothing changes.
        // Value.Scratch is 1 while an instruction is in the worklist (new instructions start at 0).
        // Blocks the entry cannot reach are left alone: their instructions may use themselves or
        // each other in a cycle (the verifier allows that only there), which the rules do not
        // expect; simplifycfg deletes such blocks. (AllReachable leaves block Scratch 1 on the
        // reachable ones, and nothing here changes a block's Scratch.)
        CfgEdit.AllReachable(f);
        bool any = false;
        var work = _work;
        work.Clear();
        for (int bi = f.Blocks.Count - 1; bi >= 0; bi--)
        {
            if (f.Blocks[bi].Scratch != 1) continue;
            for (var i = f.Blocks[bi].Last; i is not null; i = i.Prev)
            {
                i.Scratch = 1;
                work.Push(i);
            }
        }
        void Push(Value v)
        {
            if (v.AsInstruction is { Parent.Scratch: 1, Scratch: 0 } i)
            {
                i.Scratch = 1;
                work.Push(i);
            }
        }
        while (work.Count > 0)
        {
            var inst = work.Pop();
            inst.Scratch = 0;
            // (A masked load is a call, so it counts as having side effects; it only reads.)
            if (inst.Parent is null || !inst.HasResult || (inst.HasSideEffects && inst is not CallInst { Builtin: Builtin.MaskedLoad or Builtin.MaskedGather })) continue;
            if (!inst.HasUsers && Dce.IsRemovable(inst))
            {
                // Dead now (often because of an earlier rewrite): delete it, so the values it
                // used may have a single user again for the rules that want that.
                var operands = inst.Operands.ToArray();
                inst.EraseFromParent();
                any = true;
                foreach (var op in operands) Push(op);
                continue;
            }
            if (!HasRules(inst)) continue;
            Canonicalize(inst);
            var replacement = Simplify(inst) ?? Combine(inst);
            if (replacement is null) continue;
            // Every rule that fires proves the instruction cannot trap (a folded division has a
            // safe divisor; the identities divide by 1), so it can always go.
            var users = inst.Users.ToArray();
            var used = inst.Operands.ToArray();
            inst.ReplaceAllUsesWith(replacement);
            inst.EraseFromParent();
            any = true;
            Push(replacement);
            foreach (var u in users) Push(u);
            foreach (var op in used) Push(op);
        }
        return any;
    }

    /// <summary>Whether any rule here (folding, canonical order, simplification, combining) looks at this kind of instruction.</summary>
    private static bool HasRules(Instruction inst) =>
        inst is BinaryInst or ICmpInst or FCmpInst or CastInst or SelectInst or UnaryInst or FreezeInst
            or ExtractElementInst or InsertElementInst or ShuffleVectorInst or ExtractValueInst
            || inst is CallInst { Builtin: not Builtin.None };

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
        if (ConstantFolder.Fold(inst, ConstantFolder.AsConstant) is { } folded) return folded;
        switch (inst)
        {
            case CallInst { Builtin: Builtin.Expect, ArgumentCount: 2 } expect when ReferenceEquals(expect.GetArgument(0).Type, expect.Type):
                return expect.GetArgument(0); // llvm.expect(x, c) is x: only a hint
            case CallInst { Builtin: Builtin.MaskedLoad or Builtin.MaskedGather, ArgumentCount: 4 } load when IsConstantMask(load.GetArgument(2), false):
                return load.GetArgument(3); // no lane is read: the pass-through value

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
            case CastInst { Opcode: Opcode.BitCast, Operand: CastInst { Opcode: Opcode.BitCast } inner } cast
                when ReferenceEquals(inner.SourceType, cast.Type):
                return inner.Operand; // the same bits back
            case ExtractValueInst e when e.Aggregate is InsertValueInst:
                return InsertedValue(e);
            case UnaryInst { Opcode: Opcode.FNeg, Operand: UnaryInst { Opcode: Opcode.FNeg } inner }:
                return inner.Operand; // fneg flips the sign bit, NaN or not
            default:
                return null;
        }
    }

    /// <summary>
    /// A cheaper value for <paramref name="inst"/> built from new instructions inserted before it,
    /// or an existing value that takes a look through its operands; null if no rule applies.
    /// </summary>
    private static Value? Combine(Instruction inst)
    {
        if (inst is CallInst { Builtin: Builtin.MaskedLoad, ArgumentCount: 4, Type: VectorType { Element.ScalarBits: var bits } } masked
            && bits % 8 == 0 && IsConstantMask(masked.GetArgument(2), true) && masked.GetArgument(1) is ConstantInt align)
        {
            // Every lane is read (the pass-through, maybe undef, is not used): a plain vector load.
            return Insert(masked, new LoadInst(masked.Type, masked.GetArgument(0)) { Alignment = (int)align.ZExtValue });
        }
        for (int i = 0; i < inst.OperandCount; i++)
            if (inst.GetOperand(i) is UndefValue or PoisonValue) return null;
        return inst switch
        {
            ICmpInst c => CombineICmp(c),
            BinaryInst { Type: IntegerType { Bits: <= 64 } t } b => CombineInt(b, t),
            SelectInst { Type: IntegerType { Bits: 1 }, TrueValue: ConstantInt tv, FalseValue: ConstantInt fv } s =>
                tv.IsOne && fv.IsZeroValue ? s.Condition
                : tv.IsZeroValue && fv.IsOne && s.Condition.Type is IntegerType ? Insert(s, new BinaryInst(Opcode.Xor, s.Condition, ConstantInt.True))
                : null,
            CastInst c => CombineCast(c),
            BinaryInst { Type: FloatingType { Kind: TypeKind.Float or TypeKind.Double } } b => CombineFloat(b),
            _ => null,
        };
    }

    /// <summary>
    /// Floating point: what gives the same bits for every input (x / 2^k is x * 2^-k: both round
    /// the same exact value, and a NaN comes out of both the same), and what the instruction's
    /// fast-math flags allow: with nnan, x * 1.0, x / 1.0, x + -0.0 and x - 0.0 are x and x * -1.0 is
    /// -x (only a signalling NaN would have come out different); with nnan and nsz also x + 0.0 and
    /// x - -0.0; with nnan and ninf, x - x is 0.0; with arcp, x / C is x * (1/C); with reassoc and nsz
    /// on both, (x + C1) + C2 is x + (C1 + C2) and (x * C1) * C2 is x * (C1 * C2).
    /// </summary>
    private static Value? CombineFloat(BinaryInst b)
    {
        var fm = b.FastMath;
        bool nnan = fm.HasFlag(FastMathFlags.NoNaNs), ninf = fm.HasFlag(FastMathFlags.NoInfs), nsz = fm.HasFlag(FastMathFlags.NoSignedZeros);
        var type = (FloatingType)b.Type;
        var kind = ScalarInfo.Of(type).Kind;
        if (b.Opcode == Opcode.FSub && ReferenceEquals(b.Lhs, b.Rhs) && nnan && ninf) return new ConstantFP(type, 0);
        if (b.Rhs is not ConstantFP k) return null;
        double c = ScalarOps.ToDouble(kind, k.Bits);
        bool posZero = k.Bits == 0, negZero = k.Bits == 1UL << (ScalarOps.BitsOf(kind) - 1);
        switch (b.Opcode)
        {
            case Opcode.FDiv:
                if (c == 1.0 && nnan) return b.Lhs;
                if (ExactReciprocal(kind, k.Bits) is { } exact)
                    return Insert(b, new BinaryInst(Opcode.FMul, b.Lhs, new ConstantFP(type, exact)) { FastMath = fm });
                if (fm.HasFlag(FastMathFlags.AllowReciprocal) && double.IsFinite(c) && c != 0)
                {
                    ulong r = ScalarOps.FloatBinary(Opcode.FDiv, kind, ScalarOps.FromDouble(kind, 1.0), k.Bits);
                    double rv = ScalarOps.ToDouble(kind, r);
                    if (double.IsFinite(rv) && rv != 0) return Insert(b, new BinaryInst(Opcode.FMul, b.Lhs, new ConstantFP(type, r)) { FastMath = fm });
                }
                return null;
            case Opcode.FMul:
                if (c == 1.0 && nnan) return b.Lhs;
                if (c == -1.0 && nnan) return Insert(b, new UnaryInst(Opcode.FNeg, b.Lhs) { FastMath = fm });
                return Reassociate(b, kind, type);
            case Opcode.FAdd:
                if ((negZero && nnan) || (posZero && nnan && nsz)) return b.Lhs;
                return Reassociate(b, kind, type);
            case Opcode.FSub:
                if ((posZero && nnan) || (negZero && nnan && nsz)) return b.Lhs;
                return null;
            default:
                return null;
        }
    }

    /// <summary>(x op C1) op C2 as x op (C1 op C2) for fadd/fmul when both carry reassoc and nsz.</summary>
    private static Value? Reassociate(BinaryInst b, ScalarKind kind, FloatingType type)
    {
        const FastMathFlags needed = FastMathFlags.Reassoc | FastMathFlags.NoSignedZeros;
        if ((b.FastMath & needed) != needed || b.Rhs is not ConstantFP c2) return null;
        if (b.Lhs is not BinaryInst { Rhs: ConstantFP c1 } inner || inner.Opcode != b.Opcode || (inner.FastMath & needed) != needed) return null;
        var folded = new ConstantFP(type, ScalarOps.FloatBinary(b.Opcode, kind, c1.Bits, c2.Bits));
        return Insert(b, new BinaryInst(b.Opcode, inner.Lhs, folded) { FastMath = b.FastMath & inner.FastMath });
    }

    /// <summary>
    /// For a divisor ±2^k whose reciprocal ±2^-k is a normal number: the reciprocal's bits (then
    /// x / C and x * (1/C) are the same for every x); else null.
    /// </summary>
    private static ulong? ExactReciprocal(ScalarKind kind, ulong bits)
    {
        int fraction = kind == ScalarKind.Double ? 52 : 23;
        int maxExponent = kind == ScalarKind.Double ? 2047 : 255;
        ulong sign = bits & (1UL << (ScalarOps.BitsOf(kind) - 1));
        int exponent = (int)((bits >> fraction) & (ulong)maxExponent);
        if ((bits & ((1UL << fraction) - 1)) != 0 || exponent < 1 || exponent > maxExponent - 2) return null;
        // 2^(e - bias) has the reciprocal 2^(bias - e): biased exponent 2·bias - e = (maxExponent - 1) - e.
        return sign | ((ulong)(maxExponent - 1 - exponent) << fraction);
    }

    private static Value? CombineICmp(ICmpInst c)
    {
        if (c.Lhs.Type is not IntegerType t || c.Rhs is not ConstantInt k) return null;
        bool eq = c.Predicate == IntPredicate.Eq, ne = c.Predicate == IntPredicate.Ne;
        if (!eq && !ne) return null;
        // A boolean widened and compared with 0 or with its "true" value (1 for zext, -1 for sext).
        if (c.Lhs is CastInst { Opcode: Opcode.ZExt or Opcode.SExt, Operand: { Type: IntegerType { Bits: 1 } } flag } ext)
        {
            ulong trueBits = ext.Opcode == Opcode.ZExt ? 1UL : t.Mask;
            bool isTrue = k.Bits == trueBits, isFalse = k.IsZeroValue;
            if (!isTrue && !isFalse) return eq ? ConstantInt.False : ConstantInt.True; // never equal
            bool same = eq == isTrue; // (flag == true) or (flag != false)
            return same ? flag : Insert(c, new BinaryInst(Opcode.Xor, flag, ConstantInt.True));
        }
        // x + C1 == C2  is  x == C2 - C1 (exact modulo 2^n).
        if (c.Lhs is BinaryInst { Opcode: Opcode.Add, Rhs: ConstantInt c1 } add)
            return Insert(c, new ICmpInst(c.Predicate, add.Lhs, new ConstantInt(t, k.Bits - c1.Bits)));
        return null;
    }

    /// <summary>
    /// A rotate written with shifts, <c>(x shl C) | (x lshr (W - C))</c> (the two parts have no bit
    /// in common, so <c>^</c> and <c>+</c> are the same), as <c>llvm.fshl(x, x, C)</c>, which the
    /// JIT emits as one rotate instruction; the same bits for every x. 8/16/32/64-bit integers.
    /// </summary>
    private static Value? Rotate(BinaryInst b, IntegerType t)
    {
        if (b.Lhs is not BinaryInst { Rhs: ConstantInt c1 } l || b.Rhs is not BinaryInst { Rhs: ConstantInt c2 } r) return null;
        if (t.Bits is not (8 or 16 or 32 or 64) || b.Parent?.Parent?.Parent is not { } module) return null;
        var (shl, lshr, left, right) = l.Opcode == Opcode.Shl && r.Opcode == Opcode.LShr ? (l, r, c1, c2)
            : l.Opcode == Opcode.LShr && r.Opcode == Opcode.Shl ? (r, l, c2, c1) : default;
        if (shl is null || !ReferenceEquals(shl.Lhs, lshr.Lhs) || left.Bits == 0 || left.Bits >= (ulong)t.Bits || left.Bits + right.Bits != (ulong)t.Bits)
            return null;
        var type = FunctionType.Get(t, [t, t, t]);
        if (module.GetOrDeclare($"llvm.fshl.i{t.Bits}", type) is not { } fshl) return null;
        return Insert(b, new CallInst(type, fshl, [shl.Lhs, shl.Lhs, left]));
    }

    private static Value? CombineInt(BinaryInst b, IntegerType t)
    {
        if (CombineBits(b, t) is { } simpler) return simpler;
        var k = b.Rhs as ConstantInt;
        switch (b.Opcode)
        {
            case Opcode.Xor when k is { IsAllOnes: true } && t.Bits == 1 && b.Lhs is ICmpInst { Users.Count: 1 } ic:
                return Insert(b, new ICmpInst(ic.Predicate.Inverse(), ic.Lhs, ic.Rhs));
            case Opcode.Xor when k is { IsAllOnes: true } && t.Bits == 1 && b.Lhs is FCmpInst { Users.Count: 1 } fc:
                return Insert(b, new FCmpInst(fc.Predicate.Inverse(), fc.Lhs, fc.Rhs) { FastMath = fc.FastMath });
            case Opcode.Mul when k is not null && Log2(k) is int m and > 0:
                return Insert(b, new BinaryInst(Opcode.Shl, b.Lhs, new ConstantInt(t, (ulong)m)));
            case Opcode.UDiv when k is not null && Log2(k) is int d and > 0:
                return Insert(b, new BinaryInst(Opcode.LShr, b.Lhs, new ConstantInt(t, (ulong)d)));
            case Opcode.URem when k is not null && Log2(k) is > 0:
                return Insert(b, new BinaryInst(Opcode.And, b.Lhs, new ConstantInt(t, k.Bits - 1)));
            case Opcode.Sub when k is not null && !k.IsZeroValue:
                return Insert(b, new BinaryInst(Opcode.Add, b.Lhs, new ConstantInt(t, 0UL - k.Bits)));
            case Opcode.Or or Opcode.Xor or Opcode.Add when Rotate(b, t) is { } rotate:
                return rotate;
        }
        // (x op C1) op C2 with the same associative operator, or shifts of shifts the same way.
        if (k is null || b.Lhs is not BinaryInst { Rhs: ConstantInt c1 } inner || inner.Opcode != b.Opcode) return null;
        ulong mask = t.Mask;
        switch (b.Opcode)
        {
            case Opcode.Add: return Insert(b, new BinaryInst(Opcode.Add, inner.Lhs, new ConstantInt(t, (c1.Bits + k.Bits) & mask)));
            case Opcode.Mul: return Insert(b, new BinaryInst(Opcode.Mul, inner.Lhs, new ConstantInt(t, (c1.Bits * k.Bits) & mask)));
            case Opcode.And: return Insert(b, new BinaryInst(Opcode.And, inner.Lhs, new ConstantInt(t, c1.Bits & k.Bits)));
            case Opcode.Or: return Insert(b, new BinaryInst(Opcode.Or, inner.Lhs, new ConstantInt(t, c1.Bits | k.Bits)));
            case Opcode.Xor: return Insert(b, new BinaryInst(Opcode.Xor, inner.Lhs, new ConstantInt(t, c1.Bits ^ k.Bits)));
            case Opcode.Shl or Opcode.LShr or Opcode.AShr:
            {
                // Each amount is taken modulo the width by itself.
                ulong total = (c1.Bits % (ulong)t.Bits) + (k.Bits % (ulong)t.Bits);
                if (total < (ulong)t.Bits)
                    return Insert(b, new BinaryInst(b.Opcode, inner.Lhs, new ConstantInt(t, total)));
                return b.Opcode == Opcode.AShr
                    ? Insert(b, new BinaryInst(Opcode.AShr, inner.Lhs, new ConstantInt(t, (ulong)(t.Bits - 1))))
                    : new ConstantInt(t, 0UL);
            }
            default: return null;
        }
    }

    /// <summary>
    /// Masks and shifts that known-zero bits make pointless (<see cref="KnownBits"/>): <c>x &amp; C</c>
    /// is x when C keeps every bit x may have; <c>(a | b) &amp; C</c> is <c>b &amp; C</c> when a has no bit
    /// in C (also with ^); <c>(a | b) >> s</c> is <c>b >> s</c>
    /// when a has no bit at s or above; <c>x >> s</c> is 0 when x has none; <c>(x &lt;&lt; s) >> s</c>
    /// is <c>x &amp; (-1 >> s)</c>. All exact for every input.
    /// </summary>
    private static Value? CombineBits(BinaryInst b, IntegerType t)
    {
        ulong mask = t.Mask;
        switch (b.Opcode)
        {
            case Opcode.And when b.Rhs is ConstantInt c:
            {
                ulong maybe = ~KnownBits.Zero(b.Lhs) & mask;
                if ((maybe & ~c.Bits) == 0) return b.Lhs;
                if ((maybe & c.Bits) == 0) return new ConstantInt(t, 0UL);
                if (b.Lhs is BinaryInst { Opcode: Opcode.Or or Opcode.Xor } or)
                {
                    if ((c.Bits & ~KnownBits.Zero(or.Lhs)) == 0) return Insert(b, new BinaryInst(Opcode.And, or.Rhs, c));
                    if ((c.Bits & ~KnownBits.Zero(or.Rhs)) == 0) return Insert(b, new BinaryInst(Opcode.And, or.Lhs, c));
                }
                return null;
            }
            case Opcode.LShr when b.Rhs is ConstantInt s && s.Bits > 0 && s.Bits < (ulong)t.Bits:
            {
                ulong high = mask & ~((1UL << (int)s.Bits) - 1); // the bits that stay
                if ((high & ~KnownBits.Zero(b.Lhs)) == 0) return new ConstantInt(t, 0UL);
                if (b.Lhs is BinaryInst { Opcode: Opcode.Or or Opcode.Xor } or)
                {
                    if ((high & ~KnownBits.Zero(or.Lhs)) == 0) return Insert(b, new BinaryInst(Opcode.LShr, or.Rhs, s));
                    if ((high & ~KnownBits.Zero(or.Rhs)) == 0) return Insert(b, new BinaryInst(Opcode.LShr, or.Lhs, s));
                }
                if (b.Lhs is BinaryInst { Opcode: Opcode.Shl, Rhs: ConstantInt s2 } shl && s2.Bits == s.Bits)
                    return Insert(b, new BinaryInst(Opcode.And, shl.Lhs, new ConstantInt(t, mask >> (int)s.Bits)));
                return null;
            }
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>trunc</c> keeps only the low bits: of <c>a | b</c> (or ^) when a has none of them, it is
    /// the trunc of b; of <c>x &amp; C</c> when C keeps them all, the trunc of x; of <c>x &lt;&lt; s</c>
    /// with s at least the new width, 0.
    /// </summary>
    private static Value? CombineTrunc(CastInst c, IntegerType to)
    {
        if (c.Operand is not BinaryInst b || b.Type is not IntegerType) return null;
        ulong low = to.Mask;
        switch (b.Opcode)
        {
            case Opcode.Or or Opcode.Xor:
                if ((low & ~KnownBits.Zero(b.Lhs)) == 0) return Insert(c, new CastInst(Opcode.Trunc, b.Rhs, to));
                if ((low & ~KnownBits.Zero(b.Rhs)) == 0) return Insert(c, new CastInst(Opcode.Trunc, b.Lhs, to));
                return null;
            case Opcode.And when b.Rhs is ConstantInt k && (k.Bits & low) == low:
                return Insert(c, new CastInst(Opcode.Trunc, b.Lhs, to));
            case Opcode.Shl when b.Rhs is ConstantInt s && s.Bits >= (ulong)to.Bits && s.Bits < (ulong)((IntegerType)b.Type).Bits:
                return new ConstantInt(to, 0UL);
            default:
                return null;
        }
    }

    private static Value? CombineCast(CastInst c)
    {
        if (c.Opcode == Opcode.Trunc && c.Type is IntegerType truncTo && CombineTrunc(c, truncTo) is { } truncated) return truncated;
        if (c.Operand is not CastInst inner || c.Type is not IntegerType to || inner.SourceType is not IntegerType from) return null;
        int fromBits = from.Bits, toBits = to.Bits;
        switch (c.Opcode, inner.Opcode)
        {
            case (Opcode.ZExt, Opcode.ZExt):
            case (Opcode.SExt, Opcode.SExt):
            case (Opcode.SExt, Opcode.ZExt): // the zext made the sign bit 0
                return Insert(c, new CastInst(inner.Opcode, inner.Operand, to));
            case (Opcode.Trunc, Opcode.Trunc):
                return Insert(c, new CastInst(Opcode.Trunc, inner.Operand, to));
            case (Opcode.Trunc, Opcode.ZExt or Opcode.SExt):
                if (toBits == fromBits) return inner.Operand;
                return Insert(c, toBits < fromBits ? new CastInst(Opcode.Trunc, inner.Operand, to) : new CastInst(inner.Opcode, inner.Operand, to));
            default:
                return null;
        }
    }

    /// <summary>
    /// The value an extractvalue reads out of a chain of insertvalues: the element inserted at the
    /// same indices (inserts at other indices are looked through), or null when an insert overlaps
    /// only in part or the chain ends in something that is not an insertvalue.
    /// </summary>
    private static Value? InsertedValue(ExtractValueInst e)
    {
        var aggregate = e.Aggregate;
        for (int depth = 0; depth < 64 && aggregate is InsertValueInst insert; depth++)
        {
            int common = Math.Min(insert.Indices.Length, e.Indices.Length);
            if (!insert.Indices.AsSpan(0, common).SequenceEqual(e.Indices.AsSpan(0, common)))
            {
                aggregate = insert.Aggregate; // another element: look further down
                continue;
            }
            return insert.Indices.Length == e.Indices.Length ? insert.Element : null;
        }
        return null;
    }

    private static int? Log2(ConstantInt k) => k.Bits != 0 && (k.Bits & (k.Bits - 1)) == 0 ? System.Numerics.BitOperations.Log2(k.Bits) : null;

    /// <summary>Puts a new instruction before <paramref name="at"/>, named and positioned like it.</summary>
    /// <summary>Whether a mask is a constant whose lanes are all <paramref name="set"/>.</summary>
    private static bool IsConstantMask(Value mask, bool set) => mask switch
    {
        ConstantAggregateZero => !set,
        ConstantAggregate c => c.Elements.All(e => e is ConstantInt bit && bit.IsOne == set),
        _ => false,
    };

    private static Instruction Insert(Instruction at, Instruction inst)
    {
        inst.Name = at.Name;
        inst.Location = at.Location;
        at.Parent!.InsertBefore(inst, at);
        return inst;
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
