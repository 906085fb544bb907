// Induction-variable simplification (InductionVariables finds the basic IVs and trip counts):
//  - exit values: when a loop's trip count T is a known constant, uses after the loop of a basic
//    IV's phi or increment become the closed form start + (T-1)·step or start + T·step — a constant
//    when the start is, else one `add` in the preheader — so nothing after the loop waits for it;
//  - strength reduction: `mul iv, C` inside the loop (C a constant) becomes a new IV that starts at
//    start·C and adds step·C per iteration. Arithmetic wraps modulo 2^n, so the new IV equals
//    iv·C in every iteration bit for bit; the new instructions carry no nsw/nuw (they would claim
//    more than the original did);
//  - widening: an i32 counter used only through `sext`/`zext` to i64 (clang -O0's array index), in
//    a loop tested at the top in a way that rules out a wrap (`i < X` counting up by 1, `i > X`
//    counting down; unsigned alike), becomes an i64 counter, and the test compares it with the
//    extended X — without trusting nsw, which the engines ignore (see Widen).
// Refuses: IVs whose step is not a constant, loops with several latches (strength reduction), exit
// values when the trip count is unknown or when no preheader exists for a non-constant start, and
// multiplications by non-constants; widening of counters with other uses (two counters would be
// kept), steps other than ±1, tests that could let the counter wrap (`i <= n` with n not a constant,
// `!=`), and loops tested at the bottom (the first test is not in the loop). GEP indexing by iv·C is left alone (an address mode already
// scales the index).
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class IndVarSimplify : IFunctionPass
{
    public string Name => "indvars";

    public bool Run(Function f)
    {
        if (!LoopForest.MayHaveLoops(f)) return false;
        var forest = CfgAnalyses.Loops(f);
        var dom = forest.Dominators;
        bool changed = false;
        var loops = forest.InnermostFirst();
        // Exit values first: they need the dominator tree, which preheader creation would outdate.
        foreach (var loop in loops)
            if (InductionVariables.ConstantTripCount(loop, dom) is { } tc)
                changed |= ReplaceExitValues(loop, tc);
        foreach (var loop in loops)
            changed |= StrengthReduce(forest, loop);
        foreach (var loop in loops)
            changed |= Widen(forest, loop);
        return changed;
    }

    /// <summary>
    /// Widening: in a loop tested at the top by <c>i &lt; X</c> (signed, X invariant) that counts up by
    /// 1 — or by <c>i &gt; X</c> counting down, or the unsigned forms — the counter never wraps: the
    /// latch runs only after the test passed, so i + 1 ≤ MAX there. Then <c>sext i to i64</c> (zext for
    /// the unsigned forms) is the value of a 64-bit counter that starts at the extended start and
    /// steps alike, in every iteration and on the exit. The extensions of i and of its increment in
    /// the loop become that counter (clang -O0 extends an int index for every array access), and the
    /// test compares it with the extended X when the test has no other use, so the 32-bit counter
    /// usually dies.
    /// </summary>
    private static bool Widen(LoopForest forest, Loop loop)
    {
        var header = loop.Header;
        if (header.Terminator is not BranchInst { IsConditional: true } br
            || br.Condition is not ICmpInst { Parent: { } cb } cmp || !ReferenceEquals(cb, header)) return false;
        bool trueStays = loop.Contains(br.TrueTarget);
        if (trueStays == loop.Contains(br.FalseTarget)) return false;
        foreach (var iv in InductionVariables.Find(loop))
        {
            if (iv.Type.Bits != 32 || ReferenceEquals(iv.Next.Parent, header)) continue;
            bool up = iv.Step.Bits == 1, down = (iv.Step.Bits & iv.Type.Mask) == iv.Type.Mask;
            if (!up && !down) continue;
            // The test, as `iv pred x` that holds while the loop goes on.
            IntPredicate pred;
            Value x;
            if (ReferenceEquals(cmp.Lhs, iv.Phi)) (pred, x) = (cmp.Predicate, cmp.Rhs);
            else if (ReferenceEquals(cmp.Rhs, iv.Phi)) (pred, x) = (cmp.Predicate.Swapped(), cmp.Lhs);
            else continue;
            if (!trueStays) pred = pred.Inverse();
            if (!loop.IsDefinedOutside(x) || x.Type is not IntegerType { Bits: 32 }) continue;
            ulong limit = x is ConstantInt ci ? ci.Bits & 0xFFFF_FFFF : 0;
            bool constant = x is ConstantInt;
            Opcode? ext = (pred, up) switch
            {
                (IntPredicate.Slt, true) or (IntPredicate.Sgt, false) => Opcode.SExt,
                (IntPredicate.Sle, true) when constant && limit != 0x7FFF_FFFF => Opcode.SExt,
                (IntPredicate.Sge, false) when constant && limit != 0x8000_0000 => Opcode.SExt,
                (IntPredicate.Ult, true) or (IntPredicate.Ugt, false) => Opcode.ZExt,
                (IntPredicate.Ule, true) when constant && limit != 0xFFFF_FFFF => Opcode.ZExt,
                (IntPredicate.Uge, false) when constant && limit != 0 => Opcode.ZExt,
                _ => null,
            };
            if (ext is not { } extend) continue;
            var extensions = new List<(CastInst Cast, bool OfNext)>();
            foreach (var (v, ofNext) in new[] { ((Instruction)iv.Phi, false), (iv.Next, true) })
                for (int k = 0; k < v.UserCount; k++)
                    if (v.GetUser(k) is CastInst c && c.Opcode == extend && c.Type is IntegerType { Bits: 64 } && loop.Contains(c)
                        && !extensions.Exists(e => ReferenceEquals(e.Cast, c)))
                        extensions.Add((c, ofNext));
            if (extensions.Count == 0 || cmp.UserCount != 1) continue;
            // Only when the 32-bit counter dies: used by nothing but its increment, the test and the
            // extensions (one counter per loop, the shape clang -O2 gives and the vectorizer takes).
            if (!OnlyUsedBy(iv.Phi, iv.Next, cmp, extensions) || !OnlyUsedBy(iv.Next, iv.Phi, null, extensions)) continue;

            var pre = forest.EnsurePreheader(loop);
            Value Extended(Value v)
            {
                if (v is ConstantInt c) return new ConstantInt(IrType.I64, extend == Opcode.SExt ? (ulong)(long)(int)(uint)c.Bits : c.Bits & 0xFFFF_FFFF);
                // The same extension already in the preheader (an outer loop's index, often) serves.
                for (int k = 0; k < v.UserCount; k++)
                    if (v.GetUser(k) is CastInst same && same.Opcode == extend && same.Type is IntegerType { Bits: 64 } && ReferenceEquals(same.Parent, pre))
                        return same;
                var e = new CastInst(extend, v, IrType.I64) { Name = v.Name is null ? null : v.Name + ".wide" };
                pre.InsertBefore(e, pre.Terminator);
                return e;
            }
            var wide = new PhiInst(IrType.I64) { Name = (iv.Phi.Name ?? "iv") + ".wide", Location = iv.Phi.Location };
            header.InsertBefore(wide, header.First);
            var next = new BinaryInst(Opcode.Add, wide, new ConstantInt(IrType.I64, up ? 1UL : ulong.MaxValue))
            {
                Name = wide.Name + ".next",
                Location = iv.Next.Location,
            };
            iv.Next.Parent!.InsertBefore(next, iv.Next.Next);
            var start = Extended(iv.Start);
            for (int k = 0; k < iv.Phi.IncomingCount; k++)
                wide.AddIncoming(loop.Contains(iv.Phi.GetIncomingBlock(k)) ? next : start, iv.Phi.GetIncomingBlock(k));
            foreach (var (c, ofNext) in extensions)
            {
                c.ReplaceAllUsesWith(ofNext ? next : wide);
                c.EraseFromParent();
            }
            // The test on the wide counter (the same answer: extension keeps the order it compares by).
            var xWide = Extended(x);
            bool phiLeft = ReferenceEquals(cmp.Lhs, iv.Phi);
            var wideCmp = new ICmpInst(cmp.Predicate, phiLeft ? wide : xWide, phiLeft ? xWide : wide) { Name = cmp.Name, Location = cmp.Location };
            header.InsertBefore(wideCmp, cmp);
            cmp.ReplaceAllUsesWith(wideCmp);
            cmp.EraseFromParent();
            // The 32-bit counter and its increment now only feed each other (dce removes them). The
            // test is this counter's now: no other counter of the loop can be widened.
            return true;
        }
        return false;
    }

    private static bool ReplaceExitValues(Loop loop, TripCount tc)
    {
        bool changed = false;
        foreach (var iv in InductionVariables.Find(loop))
        {
            changed |= ReplaceOutsideUses(loop, iv, iv.Phi, (ulong)(tc.Count - 1));
            changed |= ReplaceOutsideUses(loop, iv, iv.Next, (ulong)tc.Count);
        }
        return changed;
    }

    /// <summary>Uses of <paramref name="v"/> outside the loop see start + times·step (v ran in the last iteration: it dominates those uses).</summary>
    private static bool ReplaceOutsideUses(Loop loop, InductionVariable iv, Instruction v, ulong times)
    {
        List<Instruction>? users = null; // each once, in use-list order
        for (int k = 0; k < v.UserCount; k++)
            if (v.GetUser(k).AsInstruction is { Parent: { } b } u && !loop.Contains(b) && !ContainsReference(users, u))
                (users ??= []).Add(u);
        if (users is null) return false;
        ulong delta = times * iv.Step.Bits;
        Value closed;
        if (iv.Start is ConstantInt s) closed = new ConstantInt(iv.Type, s.Bits + delta);
        else if ((delta & iv.Type.Mask) == 0) closed = iv.Start;
        else if (loop.Preheader is { } pre)
        {
            var add = new BinaryInst(Opcode.Add, iv.Start, new ConstantInt(iv.Type, delta)) { Name = v.Name is null ? null : v.Name + ".exit" };
            pre.InsertBefore(add, pre.Terminator);
            closed = add;
        }
        else return false;
        foreach (var u in users) u.ReplaceUsesOfWith(v, closed);
        return true;
    }

    private static bool ContainsReference(List<Instruction>? list, Instruction inst)
    {
        if (list is null) return false;
        foreach (var x in list)
            if (ReferenceEquals(x, inst)) return true;
        return false;
    }

    /// <summary>Whether every user of <paramref name="v"/> is <paramref name="a"/>, <paramref name="b"/> or one of the extensions.</summary>
    private static bool OnlyUsedBy(Instruction v, Instruction a, Instruction? b, List<(CastInst Cast, bool OfNext)> extensions)
    {
        for (int k = 0; k < v.UserCount; k++)
        {
            var u = v.GetUser(k);
            if (ReferenceEquals(u, a) || ReferenceEquals(u, b)) continue;
            if (!extensions.Exists(e => ReferenceEquals(e.Cast, u))) return false;
        }
        return true;
    }

    private static bool StrengthReduce(LoopForest forest, Loop loop)
    {
        if (loop.SingleLatch is not { } latch) return false;
        bool changed = false;
        foreach (var iv in InductionVariables.Find(loop))
        {
            List<Instruction>? muls = null; // each once, in use-list order
            for (int k = 0; k < iv.Phi.UserCount; k++)
                if (iv.Phi.GetUser(k) is BinaryInst m && m.Opcode == Opcode.Mul && loop.Contains(m) && !ReferenceEquals(m, iv.Next)
                    && (ReferenceEquals(m.Lhs, iv.Phi) ? m.Rhs : m.Lhs) is ConstantInt && !ContainsReference(muls, m))
                    (muls ??= []).Add(m);
            if (muls is null) continue;
            foreach (BinaryInst mul in muls)
            {
                var c = (ConstantInt)(ReferenceEquals(mul.Lhs, iv.Phi) ? mul.Rhs : mul.Lhs);
                if (ReferenceEquals(mul.Lhs, mul.Rhs)) continue;
                var pre = forest.EnsurePreheader(loop);
                Value init;
                if (iv.Start is ConstantInt s) init = new ConstantInt(iv.Type, s.Bits * c.Bits);
                else
                {
                    var m0 = new BinaryInst(Opcode.Mul, iv.Start, c) { Name = mul.Name is null ? null : mul.Name + ".init" };
                    pre.InsertBefore(m0, pre.Terminator);
                    init = m0;
                }
                var q = new PhiInst(iv.Type) { Name = mul.Name ?? "iv.sr", Location = mul.Location };
                loop.Header.InsertBefore(q, loop.Header.First);
                var next = new BinaryInst(Opcode.Add, q, new ConstantInt(iv.Type, iv.Step.Bits * c.Bits))
                {
                    Name = (mul.Name ?? "iv.sr") + ".next",
                    Location = mul.Location,
                };
                latch.InsertBefore(next, latch.Terminator);
                foreach (var (_, b) in iv.Phi.Incoming.ToList())
                    q.AddIncoming(loop.Contains(b) ? next : init, b);
                mul.ReplaceAllUsesWith(q);
                mul.EraseFromParent();
                changed = true;
            }
        }
        return changed;
    }
}
