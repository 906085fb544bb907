// Loop vectorizer for simple counted loops over arrays (the saxpy/dot kind). An innermost loop with
// one latch and one exit (from the header, or from the latch of a rotated loop), a canonical integer
// induction variable (start S, step +1, compared against a loop-invariant bound B with slt, ult, sle,
// ule or ne), a straight-line body of arithmetic, compares, selects, casts, pure vectorizable
// built-ins and non-volatile loads/stores at consecutive addresses (GEP index = the IV, or its
// sext/zext), and header phis that are either the IV or reductions, gets a vector loop in front:
//
//   preheader: trip count, guards, overlap checks; br ok, vec.ph, header
//   vec.ph:    splats of loop-invariant values, reduction start vectors
//   vec.body:  one iteration = VF scalar iterations (VF = 256 bits / widest lane), exits after
//              floor(count / VF) * VF iterations
//   middle:    reduces the vector accumulators, sets the IV to S + nvec; br header
//   header:    the original scalar loop runs the remaining iterations (all of them when a guard fails)
//
// Exactness (the interpreter must compute the same bits): lane-wise operations are exact; integer
// add/mul/and/or/xor/min/max reductions are exact (wrapping arithmetic is associative); floating
// add/mul reductions are vectorized only when the operation carries `reassoc` (then their order may
// change, as the flag allows). The trip count is computed from the bound in the IV's own wrapping
// arithmetic, and the vector loop runs only when the IV values it covers do not wrap in the sense
// the addresses need (signed for sext, unsigned for zext) — checked at run time, not trusted from
// nsw flags (the interpreter ignores them). Stores through one address stream must not overlap any
// other stream: a run-time check compares the address ranges of the vectorized iterations and runs
// the scalar loop when they may overlap. Vector loads touch only elements the scalar loop reads.
// Refuses: volatile accesses, calls other than the pure lane-wise built-ins (sqrt, fabs, fma,
// min/max, rounding...), divisions whose divisor is not a constant that cannot trap, other header
// phis (recurrences), other exits, loops whose header computes anything but the exit test,
// accesses whose address is not base[IV] with a loop-invariant base, pointer-typed values, loops
// whose constant start and bound leave fewer than two vector iterations (not worth the set-up).
// A memory fault inside the vectorized range still happens, but at the vector access (the message
// names the vector load or store, and the stores of the faulting chunk's earlier lanes are missing).
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class LoopVectorize : IFunctionPass
{
    public string Name => "vectorize";

    /// <summary>Width of the vectors in bits (AVX2).</summary>
    public const int VectorBits = 256;

    public bool Run(Function f)
    {
        if (!LoopForest.MayHaveLoops(f)) return false;
        bool changed = false;
        // One forest for the whole pass: only innermost loops are vectorized, and vectorizing one
        // (or giving it a preheader) changes no other innermost loop's blocks; the new blocks
        // belong to no loop of the forest, so the vector loops are not visited. The analysis reads
        // everything else (preheader, exits, phis) from the CFG as it is now. (Building the forest
        // again after each loop made the pass quadratic in the number of loops.) The loops come
        // in the order a fresh forest would give them after each change, so the result is the same.
        var forest = CfgAnalyses.Loops(f);
        foreach (var loop in forest.InnermostFirst().ToList())
        {
            if (loop.Children.Count > 0) continue;
            var plan = Analyze(loop);
            if (plan is not null && loop.Preheader is null)
            {
                // Worth vectorizing but entered from several blocks or a conditional branch: give
                // it a preheader and analyze it again on the new CFG.
                forest.EnsurePreheader(loop);
                changed = true;
                plan = Analyze(loop);
            }
            if (plan is null) continue;
            Transform(f, plan);
            changed = true;
        }
        return changed;
    }

    // ------------------------------------------------------------------ analysis

    private enum ExtKind { None64, Signed, Unsigned }

    private enum RedKind { Add, Mul, And, Or, Xor, SMin, SMax, UMin, UMax, FAdd, FMul }

    private sealed record Reduction(PhiInst Phi, Value Start, Value Update, RedKind Kind);

    /// <summary>An access base[ext(IV)]: the GEP, the cast between IV and index (or null), and the stream key.</summary>
    private sealed record Access(Instruction Inst, GetElementPtrInst Gep, CastInst? Ext, IrType Type, int Group);

    private sealed class Plan
    {
        public required Loop Loop;
        public required BasicBlock Preheader; // null only in a plan that asks for a preheader first
        public required PhiInst Iv;
        public required Value Start;
        public required Value Bound;
        public required IntPredicate Stay; // normalized: checked value <Stay> Bound keeps looping
        public required bool LatchForm;     // exit test after the body (rotated loop)
        public required bool TestsNext;     // the test reads IV+1 rather than IV
        public required List<Instruction> Body; // non-phi instructions of the loop in order, except the exit test and terminators
        public required List<Reduction> Reductions;
        public required List<Access> Accesses;
        public required int GroupCount;
        public required int VF;
        public required bool NeedSigned, NeedUnsigned;
        public required HashSet<Instruction> Widen;
    }

    /// <summary>
    /// The plan for vectorizing <paramref name="loop"/>, or null when it does not qualify. A loop without
    /// a preheader is analyzed as if it had one (its start values being the outside ones); the caller
    /// makes the preheader and analyzes again before transforming.
    /// </summary>
    private static Plan? Analyze(Loop loop)
    {
        var header = loop.Header;
        var latch = loop.SingleLatch;
        var pre = loop.Preheader;
        if (latch is null || header.Parent is null) return null;
        if (loop.CountExiting().Count != 1 || loop.ExitBlocks.Count != 1) return null;

        // Shape: header form (header tests and exits, the rest is a chain back to it) or latch form.
        bool latchForm;
        BranchInst exitBr;
        if (header.Terminator is BranchInst { IsConditional: true } hb && !ReferenceEquals(header, latch))
        {
            latchForm = false;
            exitBr = hb;
            if (latch.Terminator is not BranchInst { IsConditional: false }) return null;
        }
        else if (latch.Terminator is BranchInst { IsConditional: true } lb)
        {
            latchForm = true;
            exitBr = lb;
        }
        else return null;

        // The blocks in execution order: a chain of unconditional branches.
        var blocks = new List<BasicBlock> { header };
        var cur = header;
        if (!latchForm)
        {
            cur = loop.Contains(exitBr.TrueTarget) ? exitBr.TrueTarget : exitBr.FalseTarget;
            if (!loop.Contains(cur) || ReferenceEquals(cur, header)) return null;
            blocks.Add(cur);
        }
        while (!ReferenceEquals(cur, latch))
        {
            if (cur.Terminator is not BranchInst { IsConditional: false } ub) return null;
            cur = ub.TrueTarget;
            if (!loop.Contains(cur) || ReferenceEquals(cur, header) || blocks.Contains(cur)) return null;
            blocks.Add(cur);
        }
        if (blocks.Count != loop.Blocks.Count) return null;
        foreach (var b in blocks.Skip(1))
            if (SimplifyCfg.SinglePredecessor(b) is null || b.First is PhiInst) return null;

        // The exit test.
        if (exitBr.Condition is not ICmpInst cmp || !ReferenceEquals(cmp.Parent, exitBr.Parent) || cmp.Users.Count != 1) return null;
        bool stayOnTrue = loop.Contains(exitBr.TrueTarget);
        if (stayOnTrue == loop.Contains(exitBr.FalseTarget)) return null;

        // The induction variable: the header phi the test reads (directly or as IV+1).
        PhiInst? iv = null;
        Value? checkedValue = null, bound = null;
        IntPredicate pred = cmp.Predicate;
        foreach (var (x, other, p) in new[] { (cmp.Lhs, cmp.Rhs, cmp.Predicate), (cmp.Rhs, cmp.Lhs, cmp.Predicate.Swapped()) })
        {
            if (!loop.IsDefinedOutside(other)) continue;
            var phi = x as PhiInst ?? (IsIncrementOfPhi(x, header) is { } ph ? ph : null);
            if (phi is null || !ReferenceEquals(phi.Parent, header) || IncrementOf(phi, latch) is not { } step) continue;
            if (!ReferenceEquals(x, phi) && !ReferenceEquals(x, step)) continue;
            iv = phi;
            checkedValue = x;
            bound = other;
            pred = p;
            break;
        }
        if (iv is null || checkedValue is null || bound is null) return null;
        if (iv.Type is not IntegerType { Bits: 32 or 64 }) return null;
        var inc = IncrementOf(iv, latch)!;
        bool testsNext = !ReferenceEquals(checkedValue, iv);
        if (testsNext && !latchForm) return null; // IV+1 is not computed before the header's test
        if (!stayOnTrue) pred = pred.Inverse();
        if (pred is not (IntPredicate.Slt or IntPredicate.Ult or IntPredicate.Sle or IntPredicate.Ule or IntPredicate.Ne)) return null;
        var start = StartValue(iv, pre, loop);
        if (start is null) return null;

        // Header form: the header holds only phis and the test.
        if (!latchForm)
            for (var i = header.FirstNonPhi; i is not null; i = i.Next)
                if (!ReferenceEquals(i, cmp) && !ReferenceEquals(i, exitBr)) return null;

        // Other header phis must be reductions.
        var reductions = new List<Reduction>();
        foreach (var phi in header.Phis)
        {
            if (ReferenceEquals(phi, iv)) continue;
            var r = MatchReduction(phi, pre, latch, loop);
            if (r is null) return null;
            reductions.Add(r);
        }

        var body = new List<Instruction>();
        foreach (var b in blocks)
            for (var i = b.FirstNonPhi; i is not null; i = i.Next)
                if (!i.IsTerminator && !ReferenceEquals(i, cmp)) body.Add(i);

        // Every instruction must be something we can widen or an address.
        var accesses = new List<Access>();
        var keys = new List<(Value Base, IrType Src, Value[] Idx, ExtKind Kind)>();
        bool needSigned = false, needUnsigned = false;
        int maxBits = 0;
        bool anyStore = false;
        foreach (var inst in body)
        {
            if (ReferenceEquals(inst, inc)) continue;
            switch (inst)
            {
                case GetElementPtrInst gep:
                    foreach (var u in gep.Users)
                        if (u is not (LoadInst or StoreInst) || (u is StoreInst s && !ReferenceEquals(s.Pointer, gep)) || !loop.Contains((Instruction)u)) return null;
                    break;
                case LoadInst or StoreInst:
                {
                    var (ptr, type, vol) = inst is LoadInst l ? (l.Pointer, l.Type, l.IsVolatile) : (((StoreInst)inst).Pointer, ((StoreInst)inst).StoredValue.Type, ((StoreInst)inst).IsVolatile);
                    if (vol || !IsLaneType(type) || type is IntegerType { Bits: 1 }) return null;
                    if (ptr is not GetElementPtrInst g || !loop.Contains(g) || g.IndexCount < 1) return null;
                    if (!loop.IsDefinedOutside(g.BasePointer)) return null;
                    for (int k = 0; k < g.IndexCount - 1; k++)
                        if (!loop.IsDefinedOutside(g.GetIndex(k))) return null;
                    if (!ReferenceEquals(g.ResultElementType, type) || DataLayout.AllocSize(type) != DataLayout.StoreSize(type)) return null;
                    var last = g.GetIndex(g.IndexCount - 1);
                    ExtKind kind;
                    CastInst? ext = null;
                    if (ReferenceEquals(last, iv)) kind = ((IntegerType)iv.Type).Bits == 64 ? ExtKind.None64 : ExtKind.Signed;
                    else if (last is CastInst { Opcode: Opcode.SExt or Opcode.ZExt } c && ReferenceEquals(c.Operand, iv) && c.Type is IntegerType { Bits: 64 })
                    {
                        ext = c;
                        kind = c.Opcode == Opcode.SExt ? ExtKind.Signed : ExtKind.Unsigned;
                    }
                    else return null;
                    if (kind == ExtKind.Signed) needSigned = true;
                    if (kind == ExtKind.Unsigned) needUnsigned = true;
                    var idx = g.Indices.Take(g.IndexCount - 1).ToArray();
                    int group = keys.FindIndex(k => ReferenceEquals(k.Base, g.BasePointer) && ReferenceEquals(k.Src, g.SourceElementType) &&
                                                   k.Kind == kind && k.Idx.Length == idx.Length && k.Idx.Zip(idx).All(p => SameValue(p.First, p.Second)));
                    if (group < 0)
                    {
                        group = keys.Count;
                        keys.Add((g.BasePointer, g.SourceElementType, idx, kind));
                    }
                    accesses.Add(new Access(inst, g, ext, type, group));
                    anyStore |= inst is StoreInst;
                    maxBits = Math.Max(maxBits, type.ScalarBits);
                    break;
                }
                case BinaryInst bin:
                    if (bin.Opcode.IsDivRem() && !Dce.IsSafeDivisor(bin)) return null;
                    if (!IsLaneType(bin.Type)) return null;
                    break;
                case UnaryInst or FreezeInst:
                    if (!IsLaneType(inst.Type)) return null;
                    break;
                case ICmpInst ic:
                    if (!IsLaneType(ic.Lhs.Type)) return null;
                    break;
                case FCmpInst fc:
                    if (!IsLaneType(fc.Lhs.Type)) return null;
                    break;
                case SelectInst sel:
                    if (!IsLaneType(sel.Type)) return null;
                    break;
                case CastInst cast:
                    if (cast.Opcode is Opcode.PtrToInt or Opcode.IntToPtr || !IsLaneType(cast.Type) || !IsLaneType(cast.Operand.Type)) return null;
                    if (cast.Opcode == Opcode.BitCast && cast.Type.ScalarBits != cast.Operand.Type.ScalarBits) return null;
                    break;
                case CallInst call:
                    if (!IsVectorizableBuiltin(call.Builtin) || !IsLaneType(call.Type) || call.Type is IntegerType { Bits: 1 }) return null;
                    if (call.Arguments.Any(a => !ReferenceEquals(a.Type, call.Type))) return null;
                    break;
                default:
                    return null;
            }
        }

        // Values that the vector loop must compute: loads, stored values, reduction updates and
        // what they use inside the loop (addresses excepted).
        var widen = new HashSet<Instruction>(ReferenceEqualityComparer.Instance);
        var work = new Stack<Value>();
        foreach (var a in accesses)
        {
            if (a.Inst is LoadInst) work.Push(a.Inst);
            else work.Push(((StoreInst)a.Inst).StoredValue);
        }
        foreach (var r in reductions) work.Push(r.Update);
        while (work.Count > 0)
        {
            if (work.Pop() is not Instruction i || !loop.Contains(i) || i is PhiInst || !widen.Add(i)) continue;
            if (i is LoadInst) continue;
            if (i is GetElementPtrInst) return null; // a pointer used as data
            foreach (var op in i.Operands) work.Push(op);
        }
        if (widen.Count == 0 && reductions.Count == 0) return null;
        foreach (var i in widen)
        {
            maxBits = Math.Max(maxBits, i.Type.ScalarBits);
            foreach (var op in i.Operands) if (op.Type.IsInteger || op.Type.IsFloatingPoint) maxBits = Math.Max(maxBits, op.Type.ScalarBits);
        }
        foreach (var r in reductions) maxBits = Math.Max(maxBits, r.Phi.Type.ScalarBits);
        if (maxBits < 8) maxBits = 8;
        int vf = Math.Min(VectorBits / maxBits, 16);
        if (vf < 2) return null;
        // A constant trip count too small for two vector iterations: the set-up, the guards and the
        // scalar remainder cost more than the vector iteration saves (LLVM's vectorizer also leaves
        // loops of known small trip counts alone).
        if (start is ConstantInt startConstant && bound is ConstantInt boundConstant && boundConstant.SExtValue - startConstant.SExtValue < 2L * vf) return null;
        _ = anyStore;

        return new Plan
        {
            Loop = loop, Preheader = pre!, Iv = iv, Start = start, Bound = bound, Stay = pred, LatchForm = latchForm,
            TestsNext = testsNext, Body = body, Reductions = reductions, Accesses = accesses, GroupCount = keys.Count,
            VF = vf, NeedSigned = needSigned, NeedUnsigned = needUnsigned, Widen = widen,
        };
    }

    private static bool SameValue(Value a, Value b) => ReferenceEquals(a, b) || (a is Constant && a is not GlobalValue && a.Equals(b));

    /// <summary>Scalar types that become vector lanes: i1, i8..i64 and float/double.</summary>
    private static bool IsLaneType(IrType t) =>
        t is IntegerType { Bits: 1 or 8 or 16 or 32 or 64 } || t.Kind is TypeKind.Float or TypeKind.Double;

    private static bool IsVectorizableBuiltin(Builtin b) => b is Builtin.Sqrt or Builtin.Fabs or Builtin.Floor or Builtin.Ceil
        or Builtin.Trunc or Builtin.RoundEven or Builtin.Rint or Builtin.NearbyInt or Builtin.CopySign or Builtin.MinNum
        or Builtin.MaxNum or Builtin.Minimum or Builtin.Maximum or Builtin.Fma or Builtin.FMulAdd
        or Builtin.SMin or Builtin.SMax or Builtin.UMin or Builtin.UMax;

    private static string IntrinsicStem(Builtin b) => b switch
    {
        Builtin.Sqrt => "sqrt", Builtin.Fabs => "fabs", Builtin.Floor => "floor", Builtin.Ceil => "ceil", Builtin.Trunc => "trunc",
        Builtin.RoundEven => "roundeven", Builtin.Rint => "rint", Builtin.NearbyInt => "nearbyint", Builtin.CopySign => "copysign",
        Builtin.MinNum => "minnum", Builtin.MaxNum => "maxnum", Builtin.Minimum => "minimum", Builtin.Maximum => "maximum",
        Builtin.Fma => "fma", Builtin.FMulAdd => "fmuladd", Builtin.SMin => "smin", Builtin.SMax => "smax",
        Builtin.UMin => "umin", Builtin.UMax => "umax",
        _ => throw new ArgumentOutOfRangeException(nameof(b)),
    };

    /// <summary>The latch value of <paramref name="phi"/> if it is phi + 1.</summary>
    private static BinaryInst? IncrementOf(PhiInst phi, BasicBlock latch) =>
        phi.GetValueForBlock(latch) is BinaryInst { Opcode: Opcode.Add } add &&
        ((ReferenceEquals(add.Lhs, phi) && add.Rhs is ConstantInt { IsOne: true }) || (ReferenceEquals(add.Rhs, phi) && add.Lhs is ConstantInt { IsOne: true }))
            ? add : null;

    private static PhiInst? IsIncrementOfPhi(Value v, BasicBlock header)
    {
        if (v is not BinaryInst { Opcode: Opcode.Add } add) return null;
        foreach (var phi in header.Phis)
            foreach (var (val, _) in phi.Incoming)
                if (ReferenceEquals(val, add) && (ReferenceEquals(add.Lhs, phi) || ReferenceEquals(add.Rhs, phi))) return phi;
        return null;
    }

    /// <summary>The value a header phi has on entry: from the preheader, or (none yet) the one outside value.</summary>
    private static Value? StartValue(PhiInst phi, BasicBlock? pre, Loop loop)
    {
        if (pre is not null) return phi.IncomingCount == 2 ? phi.GetValueForBlock(pre) : null;
        Value? start = null;
        foreach (var (v, b) in phi.Incoming)
        {
            if (loop.Contains(b)) continue;
            if (start is not null && !ReferenceEquals(start, v) && !(v is Constant && v is not GlobalValue && v.Equals(start))) return phi; // several: a phi in the new preheader
            start ??= v;
        }
        return start;
    }

    private static Reduction? MatchReduction(PhiInst phi, BasicBlock? pre, BasicBlock latch, Loop loop)
    {
        var start = StartValue(phi, pre, loop);
        var update = phi.GetValueForBlock(latch) as Instruction;
        if (start is null || update is null || !loop.Contains(update)) return null;
        if (!IsLaneType(phi.Type) || phi.Type is IntegerType { Bits: 1 }) return null;
        // The phi is used inside the loop only by the update (and its compare, for min/max);
        // the update inside the loop only by the phi.
        var inLoopUsers = new List<Instruction>(); // each once, in use-list order
        for (int k = 0; k < phi.UserCount; k++)
            if (phi.GetUser(k).AsInstruction is { } u && loop.Contains(u) && inLoopUsers.IndexOf(u) < 0)
                inLoopUsers.Add(u);
        for (int k = 0; k < update.UserCount; k++)
            if (update.GetUser(k).AsInstruction is { } u && loop.Contains(u) && !ReferenceEquals(u, phi)) return null;
        RedKind kind;
        Value other;
        switch (update)
        {
            case BinaryInst b when ReferenceEquals(b.Lhs, phi) != ReferenceEquals(b.Rhs, phi):
                other = ReferenceEquals(b.Lhs, phi) ? b.Rhs : b.Lhs;
                switch (b.Opcode)
                {
                    case Opcode.Add: kind = RedKind.Add; break;
                    case Opcode.Mul: kind = RedKind.Mul; break;
                    case Opcode.And: kind = RedKind.And; break;
                    case Opcode.Or: kind = RedKind.Or; break;
                    case Opcode.Xor: kind = RedKind.Xor; break;
                    case Opcode.FAdd when b.FastMath.HasFlag(FastMathFlags.Reassoc): kind = RedKind.FAdd; break;
                    case Opcode.FMul when b.FastMath.HasFlag(FastMathFlags.Reassoc): kind = RedKind.FMul; break;
                    default: return null;
                }
                if (inLoopUsers.Count != 1) return null;
                break;
            case CallInst call when call.Builtin is Builtin.SMin or Builtin.SMax or Builtin.UMin or Builtin.UMax && call.ArgumentCount == 2 &&
                                    ReferenceEquals(call.GetArgument(0), phi) != ReferenceEquals(call.GetArgument(1), phi):
                other = ReferenceEquals(call.GetArgument(0), phi) ? call.GetArgument(1) : call.GetArgument(0);
                kind = call.Builtin switch { Builtin.SMin => RedKind.SMin, Builtin.SMax => RedKind.SMax, Builtin.UMin => RedKind.UMin, _ => RedKind.UMax };
                if (inLoopUsers.Count != 1) return null;
                break;
            case SelectInst sel when sel.Condition is ICmpInst c && ReferenceEquals(c.Parent, sel.Parent) && c.Users.Count == 1 && phi.Type.IsInteger:
            {
                bool phiTrue = ReferenceEquals(sel.TrueValue, phi);
                if (phiTrue == ReferenceEquals(sel.FalseValue, phi)) return null;
                other = phiTrue ? sel.FalseValue : sel.TrueValue;
                IntPredicate p;
                if (ReferenceEquals(c.Lhs, phi) && ReferenceEquals(c.Rhs, other)) p = c.Predicate;
                else if (ReferenceEquals(c.Rhs, phi) && ReferenceEquals(c.Lhs, other)) p = c.Predicate.Swapped();
                else return null;
                // p compares phi with other; "phi greater" picks phi on true → max.
                bool greater = p is IntPredicate.Sgt or IntPredicate.Sge or IntPredicate.Ugt or IntPredicate.Uge;
                bool less = p is IntPredicate.Slt or IntPredicate.Sle or IntPredicate.Ult or IntPredicate.Ule;
                if (!greater && !less) return null;
                bool isMax = greater == phiTrue;
                kind = p.IsSigned() ? (isMax ? RedKind.SMax : RedKind.SMin) : (isMax ? RedKind.UMax : RedKind.UMin);
                if (inLoopUsers.Count != 2 || !inLoopUsers.Contains(c) || !inLoopUsers.Contains(sel)) return null;
                break;
            }
            default:
                return null;
        }
        if (other is Instruction oi && ReferenceEquals(oi, phi)) return null;
        return new Reduction(phi, start, update, kind);
    }

    // ------------------------------------------------------------------ transformation

    private static void Transform(Function f, Plan p)
    {
        var module = f.Parent ?? throw new InvalidOperationException("function is not in a module");
        var header = p.Loop.Header;
        var pre = p.Preheader;
        var ivType = (IntegerType)p.Iv.Type;
        int vf = p.VF;
        var loc = header.FirstNonPhi?.Location;
        ConstantInt C(long v) => new(ivType, v);

        var vecPh = new BasicBlock("vec.ph");
        var vecBody = new BasicBlock("vec.body");
        var middle = new BasicBlock("vec.middle");
        int at = f.IndexOfBlock(header);
        f.InsertBlock(at, middle);
        f.InsertBlock(at, vecBody);
        f.InsertBlock(at, vecPh);

        // ---- preheader: count, guards, overlap checks.
        var oldBr = pre.Terminator!;
        T Pre<T>(T inst, string? name = null) where T : Instruction
        {
            inst.Name ??= name;
            inst.Location ??= loc;
            pre.InsertBefore(inst, oldBr);
            return inst;
        }
        Value x0 = p.TestsNext ? Pre(new BinaryInst(Opcode.Add, p.Start, C(1)), "vec.first") : p.Start;
        Value bound = p.Bound;
        var guards = new List<Value>();
        Value count;
        switch (p.Stay)
        {
            case IntPredicate.Ne:
                count = Pre(new BinaryInst(Opcode.Sub, bound, x0), "vec.count");
                break;
            default:
            {
                bool signed = p.Stay is IntPredicate.Slt or IntPredicate.Sle;
                bool inclusive = p.Stay is IntPredicate.Sle or IntPredicate.Ule;
                if (inclusive)
                {
                    long max = signed ? (ivType.Bits == 64 ? long.MaxValue : int.MaxValue) : -1L;
                    guards.Add(Pre(new ICmpInst(IntPredicate.Ne, bound, C(max)), "vec.finite"));
                }
                var inRange = Pre(new ICmpInst(inclusive ? (signed ? IntPredicate.Sle : IntPredicate.Ule) : (signed ? IntPredicate.Slt : IntPredicate.Ult), x0, bound), "vec.enter");
                Value diff = Pre(new BinaryInst(Opcode.Sub, bound, x0), "vec.diff");
                if (inclusive) diff = Pre(new BinaryInst(Opcode.Add, diff, C(1)), "vec.diff1");
                count = Pre(new SelectInst(inRange, diff, C(0)), "vec.count");
                break;
            }
        }
        var nvec = Pre(new BinaryInst(Opcode.And, count, C(-vf)), "vec.n");
        guards.Add(Pre(new ICmpInst(IntPredicate.Ne, nvec, C(0)), "vec.some"));
        var nvecM1 = Pre(new BinaryInst(Opcode.Add, nvec, C(-1)), "vec.n1");
        var lastIv = Pre(new BinaryInst(Opcode.Add, p.Start, nvecM1), "vec.last");
        if (p.NeedSigned) guards.Add(Pre(new ICmpInst(IntPredicate.Sge, lastIv, p.Start), "vec.nsw"));
        if (p.NeedUnsigned) guards.Add(Pre(new ICmpInst(IntPredicate.Uge, lastIv, p.Start), "vec.nuw"));

        // Address of an access with the IV replaced by `iv`, inserted by `put`.
        Value AddressAt(Access a, Value iv, Func<Instruction, Instruction> put)
        {
            Value idx = a.Ext is { } e ? put(new CastInst(e.Opcode, iv, e.Type) { Location = e.Location }) : iv;
            var ops = a.Gep.Indices.Take(a.Gep.IndexCount - 1).Append(idx).ToList();
            return put(new GetElementPtrInst(a.Gep.SourceElementType, a.Gep.BasePointer, ops) { InBounds = a.Gep.InBounds, Location = a.Gep.Location });
        }

        bool anyStore = p.Accesses.Any(a => a.Inst is StoreInst);
        if (anyStore && p.GroupCount > 1)
        {
            var lo = new Value[p.GroupCount];
            var hi = new Value[p.GroupCount];
            var stores = new bool[p.GroupCount];
            foreach (var a in p.Accesses)
            {
                stores[a.Group] |= a.Inst is StoreInst;
                if (lo[a.Group] is not null) continue;
                var first = AddressAt(a, p.Start, i => Pre(i));
                var lastAddr = AddressAt(a, lastIv, i => Pre(i));
                var end = Pre(new GetElementPtrInst(a.Type, lastAddr, [new ConstantInt(IrType.I64, 1L)]));
                lo[a.Group] = Pre(new CastInst(Opcode.PtrToInt, first, IrType.I64), "vec.lo");
                hi[a.Group] = Pre(new CastInst(Opcode.PtrToInt, end, IrType.I64), "vec.hi");
            }
            for (int g1 = 0; g1 < p.GroupCount; g1++)
                for (int g2 = g1 + 1; g2 < p.GroupCount; g2++)
                {
                    if (!stores[g1] && !stores[g2]) continue;
                    var before = Pre(new ICmpInst(IntPredicate.Ule, hi[g1], lo[g2]));
                    var after = Pre(new ICmpInst(IntPredicate.Ule, hi[g2], lo[g1]));
                    guards.Add(Pre(new BinaryInst(Opcode.Or, before, after), "vec.disjoint"));
                }
        }
        Value ok = guards[0];
        for (int k = 1; k < guards.Count; k++) ok = Pre(new BinaryInst(Opcode.And, ok, guards[k]));
        CfgEdit.ReplaceTerminator(pre, new BranchInst(ok, vecPh, header) { Location = oldBr.Location });
        // The header keeps its entry from the preheader (the edge still exists).

        // ---- vec.ph: splats and start vectors.
        T Ph<T>(T inst, string? name = null) where T : Instruction
        {
            inst.Name ??= name;
            inst.Location ??= loc;
            vecPh.Append(inst);
            return inst;
        }
        var splats = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        Value Splat(Value v)
        {
            if (splats.TryGetValue(v, out var s)) return s;
            var vt = VectorType.Get(v.Type, vf);
            if (v is Constant c && v is not GlobalValue && v is not ConstantExpr)
                s = c.IsZeroValue ? new ConstantAggregateZero(vt) : new ConstantAggregate(vt, Enumerable.Repeat(c, vf).ToList());
            else
            {
                var ins = Ph(new InsertElementInst(new PoisonValue(vt), v, new ConstantInt(IrType.I32, 0L)));
                s = Ph(new ShuffleVectorInst(ins, new PoisonValue(vt), new int[vf]), "vec.splat");
            }
            splats[v] = s;
            return s;
        }
        Constant Lanes(IrType t, Func<int, Constant> lane) => new ConstantAggregate(VectorType.Get(t, vf), Enumerable.Range(0, vf).Select(lane).ToList());

        var startVec = new Dictionary<PhiInst, Value>(ReferenceEqualityComparer.Instance);
        foreach (var r in p.Reductions)
        {
            var t = r.Phi.Type;
            if (r.Kind is RedKind.SMin or RedKind.SMax or RedKind.UMin or RedKind.UMax)
            {
                startVec[r.Phi] = Splat(r.Start);
                continue;
            }
            Constant id = r.Kind switch
            {
                RedKind.Add or RedKind.Or or RedKind.Xor => Constant.NullValue(t),
                RedKind.Mul => new ConstantInt((IntegerType)t, 1L),
                RedKind.And => new ConstantInt((IntegerType)t, -1L),
                RedKind.FAdd => ConstantFP.FromDouble((FloatingType)t, -0.0),
                _ => ConstantFP.FromDouble((FloatingType)t, 1.0),
            };
            // FAdd/FMul start from the identity in every lane; the start value joins in the final reduction.
            if (r.Kind is RedKind.FAdd or RedKind.FMul) startVec[r.Phi] = Lanes(t, _ => id);
            else startVec[r.Phi] = Ph(new InsertElementInst(Lanes(t, _ => id), r.Start, new ConstantInt(IrType.I32, 0L)), "vec.start");
        }
        // The counter as a vector: when a widened instruction uses it, or a store stores it (`a[i] = i`).
        bool needVecIv = p.Widen.Any(i => i.Operands.Any(o => ReferenceEquals(o, p.Iv)))
                         || p.Accesses.Any(a => a.Inst is StoreInst s && ReferenceEquals(s.StoredValue, p.Iv));
        Value? ivStart = null;
        if (needVecIv)
            ivStart = Ph(new BinaryInst(Opcode.Add, Splat(p.Start), Lanes(ivType, k => new ConstantInt(ivType, (long)k))), "vec.iv.start");

        // ---- vec.body.
        T Body<T>(T inst, string? name = null) where T : Instruction
        {
            inst.Name ??= name;
            vecBody.Append(inst);
            return inst;
        }
        var index = Body(new PhiInst(ivType), "vec.index");
        var map = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        PhiInst? vecIv = null;
        if (needVecIv)
        {
            vecIv = Body(new PhiInst(VectorType.Get(ivType, vf)), "vec.iv");
            map[p.Iv] = vecIv;
        }
        var vecPhis = new List<(Reduction R, PhiInst Phi)>();
        foreach (var r in p.Reductions)
        {
            var vp = Body(new PhiInst(VectorType.Get(r.Phi.Type, vf)) { FastMath = r.Phi.FastMath }, (r.Phi.Name ?? "red") + ".vec");
            map[r.Phi] = vp;
            vecPhis.Add((r, vp));
        }
        var iv0 = Body(new BinaryInst(Opcode.Add, p.Start, index) { Location = loc }, "vec.i");

        Value W(Value v)
        {
            if (map.TryGetValue(v, out var m)) return m;
            if (v is Instruction i && p.Loop.Contains(i)) throw new InvalidOperationException($"vectorize: {v} used before it was widened");
            return Splat(v);
        }
        var accessOf = new Dictionary<Instruction, Access>(ReferenceEqualityComparer.Instance);
        foreach (var acc in p.Accesses) accessOf[acc.Inst] = acc;
        foreach (var inst in p.Body)
        {
            if (accessOf.TryGetValue(inst, out var a))
            {
                var addr = AddressAt(a, iv0, i => Body(i));
                var vt = VectorType.Get(a.Type, vf);
                if (inst is LoadInst ld)
                    map[ld] = Body(new LoadInst(vt, addr) { Alignment = Align(ld.Alignment, a.Type), Location = ld.Location, Name = ld.Name is null ? "vec.load" : ld.Name + ".vec" });
                else
                {
                    var st = (StoreInst)inst;
                    Body(new StoreInst(W(st.StoredValue), addr) { Alignment = Align(st.Alignment, a.Type), Location = st.Location });
                }
                continue;
            }
            if (!p.Widen.Contains(inst)) continue;
            Instruction w = inst switch
            {
                BinaryInst b => new BinaryInst(b.Opcode, W(b.Lhs), W(b.Rhs)) { Flags = b.Flags, FastMath = b.FastMath },
                UnaryInst u => new UnaryInst(u.Opcode, W(u.Operand)) { FastMath = u.FastMath },
                FreezeInst fr => new FreezeInst(W(fr.Operand)),
                ICmpInst ic => new ICmpInst(ic.Predicate, W(ic.Lhs), W(ic.Rhs)),
                FCmpInst fc => new FCmpInst(fc.Predicate, W(fc.Lhs), W(fc.Rhs)) { FastMath = fc.FastMath },
                SelectInst s => new SelectInst(W(s.Condition), W(s.TrueValue), W(s.FalseValue)) { FastMath = s.FastMath },
                CastInst c => new CastInst(c.Opcode, W(c.Operand), VectorType.Get(c.Type, vf)),
                CallInst call => WidenCall(module, call, vf, call.Arguments.Select(W).ToList()),
                _ => throw new InvalidOperationException($"vectorize: cannot widen {inst}"),
            };
            w.Location = inst.Location;
            w.Name = inst.Name is null ? null : inst.Name + ".vec";
            map[inst] = Body(w);
        }
        var indexNext = Body(new BinaryInst(Opcode.Add, index, C(vf)), "vec.index.next");
        var done = Body(new ICmpInst(IntPredicate.Eq, indexNext, nvec), "vec.done");
        Body(new BranchInst(done, middle, vecBody) { Location = loc });
        index.AddIncoming(C(0), vecPh);
        index.AddIncoming(indexNext, vecBody);
        if (vecIv is not null)
        {
            var next = new BinaryInst(Opcode.Add, vecIv, Splat(C(vf))) { Name = "vec.iv.next" };
            vecBody.InsertBefore(next, indexNext);
            vecIv.AddIncoming(ivStart!, vecPh);
            vecIv.AddIncoming(next, vecBody);
        }
        foreach (var (r, vp) in vecPhis)
        {
            vp.AddIncoming(startVec[r.Phi], vecPh);
            vp.AddIncoming(map[r.Update], vecBody);
        }
        vecPh.Append(new BranchInst(vecBody) { Location = loc });

        // ---- middle: reduce, resume the scalar loop.
        var resume = new BinaryInst(Opcode.Add, p.Start, nvec) { Name = "vec.resume", Location = loc };
        middle.Append(resume);
        p.Iv.AddIncoming(resume, middle);
        foreach (var (r, vp) in vecPhis)
        {
            var reduced = ReduceCall(module, r, vp, vf);
            reduced.Location = loc;
            reduced.Name = (r.Phi.Name ?? "red") + ".sum";
            middle.Append(reduced);
            r.Phi.AddIncoming(reduced, middle);
        }
        middle.Append(new BranchInst(header) { Location = loc });
    }

    private static int Align(int written, IrType t) => written > 0 ? written : DataLayout.AbiAlignment(t);

    private static Function Declare(Module module, string name, FunctionType type) =>
        module.GetOrDeclare(name, type) ?? throw new InvalidOperationException($"vectorize: @{name} exists with another type");

    private static string Suffix(VectorType v) =>
        $"v{v.Count}{(v.Element switch { IntegerType i => "i" + i.Bits, { Kind: TypeKind.Float } => "f32", _ => "f64" })}";

    private static CallInst WidenCall(Module module, CallInst call, int vf, List<Value> args)
    {
        var vt = VectorType.Get(call.Type, vf);
        var ft = FunctionType.Get(vt, args.Select(a => a.Type).ToList());
        var fn = Declare(module, $"llvm.{IntrinsicStem(call.Builtin)}.{Suffix(vt)}", ft);
        return new CallInst(ft, fn, args) { FastMath = call.FastMath };
    }

    private static CallInst ReduceCall(Module module, Reduction r, PhiInst vec, int vf)
    {
        var t = r.Phi.Type;
        var vt = VectorType.Get(t, vf);
        Value final = vec.GetIncomingValue(1);
        string stem = r.Kind switch
        {
            RedKind.Add => "add", RedKind.Mul => "mul", RedKind.And => "and", RedKind.Or => "or", RedKind.Xor => "xor",
            RedKind.SMin => "smin", RedKind.SMax => "smax", RedKind.UMin => "umin", RedKind.UMax => "umax",
            RedKind.FAdd => "fadd", _ => "fmul",
        };
        if (r.Kind is RedKind.FAdd or RedKind.FMul)
        {
            var ft = FunctionType.Get(t, [t, vt]);
            var fn = Declare(module, $"llvm.vector.reduce.{stem}.{Suffix(vt)}", ft);
            var fm = (r.Update as BinaryInst)?.FastMath ?? FastMathFlags.Reassoc;
            return new CallInst(ft, fn, [r.Start, final]) { FastMath = fm };
        }
        var ift = FunctionType.Get(t, [vt]);
        var ifn = Declare(module, $"llvm.vector.reduce.{stem}.{Suffix(vt)}", ift);
        return new CallInst(ift, ifn, [final]);
    }
}
