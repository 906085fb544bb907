// Constant folding of one instruction, bit-exact with the interpreter: the arithmetic is
// PyIR.Frontend.Semantics.ScalarOps and the built-in calls BuiltinOps, the same code the interpreter
// runs. Integers (up to 64 bits), half/bfloat/float/double and vectors of them are folded: vector
// operations lane by lane (a bitcast that changes the lane count through the bytes, for byte-sized
// lanes), extractelement/insertelement at a constant index inside the vector,
// shufflevector whose mask picks only constant lanes, extractvalue of a constant aggregate, and
// calls to pure built-ins (llvm.smax, llvm.ctpop, llvm.sqrt, sin, llvm.vector.reduce.add,
// llvm.sadd.with.overflow, ...). Pointers, undef and poison (also as vector lanes) are left alone.
// Operations that trap in the interpreter (division by zero, signed division overflow, in any lane)
// are never folded, so the error still happens at run time. Shifts by the width or more (poison in
// LLVM) fold to what the interpreter computes, which refines poison.
// The caller says which operands are known constants (AsConstant for ConstantFolding and
// InstCombine, the lattice value for SCCP, which tracks scalars only).
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

    /// <summary>A constant that folding computes with: a scalar (<see cref="AsScalar"/>) or a vector of them, else null.</summary>
    public static Constant? AsConstant(Value v) =>
        v is ConstantInt or ConstantFP ? AsScalar(v)
        : v is ConstantAggregate or ConstantAggregateZero && v.Type is VectorType && IsFoldableOrVector(v.Type) && Lanes((Constant)v) is not null ? (Constant)v
        : null;

    private static int LaneCount(IrType t) => t is VectorType v ? v.Count : 1;

    /// <summary>Whether folding computes values of this type: a foldable scalar, or a vector of them.</summary>
    private static bool IsFoldableOrVector(IrType t) => IsFoldableType(t.ScalarType);

    /// <summary>
    /// The lanes of a constant as ScalarOps holds them: one for a scalar, one per element for a
    /// vector; null if any lane is not an integer or floating constant (undef, poison, an expression).
    /// </summary>
    private static ulong[]? Lanes(Constant c)
    {
        switch (c)
        {
            case ConstantInt or ConstantFP:
                return [BitsOf(c)];
            case ConstantAggregateZero when c.Type is VectorType zv:
                return new ulong[zv.Count];
            case ConstantAggregate when c.Type is VectorType v:
            {
                var lanes = new ulong[v.Count];
                for (int i = 0; i < lanes.Length; i++)
                {
                    var e = c.GetAggregateElement(i);
                    if (e is not (ConstantInt or ConstantFP)) return null;
                    lanes[i] = BitsOf(e);
                }
                return lanes;
            }
            default:
                return null;
        }
    }

    /// <summary>The constant of type <paramref name="t"/> (a scalar or a vector) with these lanes.</summary>
    private static Constant FromLanes(IrType t, ulong[] lanes)
    {
        if (t is not VectorType v) return Make(t, lanes[0]);
        if (Array.TrueForAll(lanes, x => x == 0)) return new ConstantAggregateZero(v);
        var elements = new Constant[lanes.Length];
        for (int i = 0; i < lanes.Length; i++) elements[i] = Make(v.Element, lanes[i]);
        return new ConstantAggregate(v, elements);
    }

    /// <summary>
    /// The elements of a constant vector for the element operations, which move lanes without
    /// computing with them: integer and floating constants, and undef or poison lanes (which stay
    /// what they are); null if <paramref name="v"/> is not such a constant.
    /// </summary>
    private static Constant[]? Elements(Value v, Func<Value, Constant?> known)
    {
        var c = known(v) ?? v as Constant;
        if (c?.Type is not VectorType vt) return null;
        var elements = new Constant[vt.Count];
        for (int i = 0; i < elements.Length; i++)
        {
            var e = c.GetAggregateElement(i);
            if (e is not (ConstantInt or ConstantFP or UndefValue or PoisonValue)) return null;
            elements[i] = e;
        }
        return elements;
    }

    /// <summary>A vector constant of these elements (zeroinitializer or lanes when all are defined).</summary>
    private static Constant FromElements(VectorType t, Constant[] elements)
    {
        if (Array.TrueForAll(elements, e => e is ConstantInt or ConstantFP))
            return FromLanes(t, Array.ConvertAll(elements, BitsOf));
        return new ConstantAggregate(t, elements);
    }

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
    /// Select and phi are not handled here (their callers know which operand is chosen). Vector
    /// operations go lane by lane with the interpreter's rule for each lane.
    /// </summary>
    public static Constant? Fold(Instruction inst, Func<Value, Constant?> known)
    {
        // A scalar is one lane: the same code folds scalars and vectors.
        ulong[]? Known(Value v) => known(v) is { } c ? Lanes(c) : null;
        switch (inst)
        {
            case BinaryInst b when IsFoldableOrVector(b.Type):
            {
                if (Known(b.Lhs) is not { } l || Known(b.Rhs) is not { } r) return null;
                var res = new ulong[l.Length];
                for (int i = 0; i < res.Length; i++)
                {
                    if (FoldBinary(b.Opcode, b.Type.ScalarType, l[i], r[i]) is not { } lane) return null;
                    res[i] = lane;
                }
                return FromLanes(b.Type, res);
            }
            case UnaryInst { Opcode: Opcode.FNeg } u when IsFoldableOrVector(u.Type):
            {
                if (Known(u.Operand) is not { } x) return null;
                var k = ScalarInfo.Of(u.Type).Kind;
                return FromLanes(u.Type, Array.ConvertAll(x, v => ScalarOps.FNeg(k, v)));
            }
            case ICmpInst c when IsFoldableOrVector(c.Lhs.Type):
            {
                if (Known(c.Lhs) is not { } l || Known(c.Rhs) is not { } r) return null;
                int bits = c.Lhs.Type.ScalarBits;
                var res = new ulong[l.Length];
                for (int i = 0; i < res.Length; i++) res[i] = ScalarOps.ICmp(c.Predicate, bits, l[i], r[i]) ? 1UL : 0UL;
                return FromLanes(c.Type, res);
            }
            case FCmpInst c when IsFoldableOrVector(c.Lhs.Type):
            {
                if (Known(c.Lhs) is not { } l || Known(c.Rhs) is not { } r) return null;
                var k = ScalarInfo.Of(c.Lhs.Type).Kind;
                var res = new ulong[l.Length];
                for (int i = 0; i < res.Length; i++)
                    res[i] = ScalarOps.FCmp(c.Predicate, ScalarOps.ToDouble(k, l[i]), ScalarOps.ToDouble(k, r[i])) ? 1UL : 0UL;
                return FromLanes(c.Type, res);
            }
            case CastInst { Opcode: Opcode.BitCast } c when IsFoldableOrVector(c.SourceType) && IsFoldableOrVector(c.Type)
                                                         && LaneCount(c.SourceType) != LaneCount(c.Type):
            {
                // The lanes' bytes in memory order, read back as the other lanes (what the
                // interpreter does: a store and a load); byte-sized lanes only.
                if (c.SourceType.ScalarBits % 8 != 0 || c.Type.ScalarBits % 8 != 0 || Known(c.Operand) is not { } x) return null;
                int fromBytes = c.SourceType.ScalarBits / 8, toBytes = c.Type.ScalarBits / 8;
                var bytes = new byte[x.Length * fromBytes];
                for (int i = 0; i < x.Length; i++)
                    for (int k = 0; k < fromBytes; k++) bytes[i * fromBytes + k] = (byte)(x[i] >> (8 * k));
                var res = new ulong[bytes.Length / toBytes];
                for (int i = 0; i < res.Length; i++)
                    for (int k = 0; k < toBytes; k++) res[i] |= (ulong)bytes[i * toBytes + k] << (8 * k);
                return FromLanes(c.Type, res);
            }
            case CastInst c when LaneCount(c.SourceType) == LaneCount(c.Type) && IsFoldableOrVector(c.SourceType)
                                 && IsFoldableOrVector(c.Type) && c.Opcode is not (Opcode.PtrToInt or Opcode.IntToPtr):
            {
                if (Known(c.Operand) is not { } x) return null;
                ScalarInfo from = ScalarInfo.Of(c.SourceType), to = ScalarInfo.Of(c.Type);
                return FromLanes(c.Type, Array.ConvertAll(x, v => ScalarOps.Cast(c.Opcode, from, to, v)));
            }
            case FreezeInst f when IsFoldableOrVector(f.Type):
                // freeze of a defined constant is that constant.
                return known(f.Operand) is { } fc && Lanes(fc) is not null ? fc : null;
            case ExtractElementInst e when IsFoldableType(e.Type):
            {
                if (known(e.Index) is not ConstantInt index || Elements(e.Vector, known) is not { } v || index.Bits >= (ulong)v.Length) return null;
                return AsScalar(v[index.Bits]) is { } lane ? lane : null; // (never made from an undefined lane)
            }
            case InsertElementInst e when IsFoldableOrVector(e.Type):
            {
                // (The cheap questions first: most insertelements insert a computed value.)
                if (known(e.Element) is not { } x || AsScalar(x) is null || known(e.Index) is not ConstantInt index
                    || Elements(e.Vector, known) is not { } v || index.Bits >= (ulong)v.Length) return null;
                v[index.Bits] = x;
                return FromElements((VectorType)e.Type, v);
            }
            case ShuffleVectorInst s when IsFoldableOrVector(s.Type):
            {
                // Only the vectors the mask picks from need be constant (the other is often poison).
                if ((known(s.V1) ?? s.V1 as Constant) is null && (known(s.V2) ?? s.V2 as Constant) is null) return null;
                int n = ((VectorType)s.V1.Type).Count;
                Constant[]? l = null, r = null;
                var res = new Constant[s.Mask.Length];
                for (int i = 0; i < res.Length; i++)
                {
                    int m = s.Mask[i];
                    if (m < 0) return null;
                    var lanes = m < n ? (l ??= Elements(s.V1, known)) : (r ??= Elements(s.V2, known));
                    if (lanes is null) return null;
                    res[i] = lanes[m < n ? m : m - n];
                }
                return FromElements((VectorType)s.Type, res);
            }
            case ExtractValueInst e:
            {
                // (Aggregates are never lattice values: only a constant operand is looked into.)
                Constant? c = e.Aggregate as Constant;
                foreach (int i in e.Indices) c = c?.GetAggregateElement(i);
                return c is not null && AsConstant(c) is { } folded ? folded : null;
            }
            case CallInst call:
                return FoldBuiltin(call, known);
            default:
                return null;
        }
    }

    /// <summary>
    /// A call to a pure built-in whose arguments are all constants: lane-wise operations, the
    /// overflow-reporting arithmetic (a struct constant) and vector reductions.
    /// </summary>
    private static Constant? FoldBuiltin(CallInst call, Func<Value, Constant?> known)
    {
        var b = call.Builtin;
        if (b == Builtin.None || !Builtins.IsPure(b) || !call.HasResult) return null;
        var parameters = call.FunctionType.Parameters;
        if (parameters.Count != call.ArgumentCount) return null;
        // (Most calls instcombine looks at have a computed argument: nothing is allocated for them.)
        for (int i = 0; i < parameters.Count; i++)
            if (known(call.GetArgument(i)) is null) return null;
        var args = new ulong[parameters.Count][];
        for (int i = 0; i < args.Length; i++)
        {
            if (Lanes(known(call.GetArgument(i))!) is not { } lanes) return null;
            args[i] = lanes;
        }
        var ret = call.Type;
        switch (b)
        {
            case Builtin.Expect:
                return IsFoldableOrVector(ret) && args.Length > 0 ? FromLanes(ret, args[0]) : null;
            case >= Builtin.SAddWithOverflow and <= Builtin.UMulWithOverflow:
            {
                if (ret is not StructType { Fields.Count: 2 } st || args.Length != 2 || !IsFoldableOrVector(parameters[0])
                    || args[0].Length != args[1].Length) return null;
                var (values, flags) = BuiltinOps.WithOverflow(b, parameters[0].ScalarBits, args[0], args[1]);
                return new ConstantAggregate(st, [FromLanes(st.Fields[0], values), FromLanes(st.Fields[1], flags)]);
            }
            case >= Builtin.ReduceAdd and <= Builtin.ReduceFMin:
            {
                if (!IsFoldableType(ret)) return null;
                bool ordered = b is Builtin.ReduceFAdd or Builtin.ReduceFMul;
                if (args.Length != (ordered ? 2 : 1) || parameters[ordered ? 1 : 0] is not VectorType || args[ordered ? 1 : 0].Length == 0) return null;
                return Make(ret, BuiltinOps.Reduce(b, ret, ordered ? args[0][0] : 0, args[ordered ? 1 : 0]));
            }
        }
        if (!IsFoldableOrVector(ret) || BuiltinOps.LaneWise(b, ret, parameters, args) is not { } res) return null;
        return FromLanes(ret, res);
    }

    /// <summary>A binary operator on one lane's bits; null if it would trap (so it must stay).</summary>
    private static ulong? FoldBinary(Opcode op, IrType laneType, ulong a, ulong b)
    {
        if (op.IsFloatBinary()) return ScalarOps.FloatBinary(op, ScalarInfo.Of(laneType).Kind, a, b);
        int bits = laneType.ScalarBits;
        if (op.IsDivRem())
        {
            if (b == 0) return null;
            if (op is Opcode.SDiv or Opcode.SRem && ScalarOps.SExt(b, bits) == -1 && ScalarOps.SExt(a, bits) == ScalarOps.MinSigned(bits))
                return null;
        }
        return ScalarOps.IntBinary(op, bits, a, b, null);
    }
}
