// Induction-variable simplification (InductionVariables finds the basic IVs and trip counts):
//  - exit values: when a loop's trip count T is a known constant, uses after the loop of a basic
//    IV's phi or increment become the closed form start + (T-1)·step or start + T·step — a constant
//    when the start is, else one `add` in the preheader — so nothing after the loop waits for it;
//  - strength reduction: `mul iv, C` inside the loop (C a constant) becomes a new IV that starts at
//    start·C and adds step·C per iteration. Arithmetic wraps modulo 2^n, so the new IV equals
//    iv·C in every iteration bit for bit; the new instructions carry no nsw/nuw (they would claim
//    more than the original did).
// Refuses: IVs whose step is not a constant, loops with several latches (strength reduction), exit
// values when the trip count is unknown or when no preheader exists for a non-constant start, and
// multiplications by non-constants. GEP indexing by iv·C is left alone (an address mode already
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
        return changed;
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
