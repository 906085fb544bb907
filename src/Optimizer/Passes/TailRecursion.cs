// tailrec: tail-recursion elimination. A call of the function to itself whose result is returned
// at once (`%r = call @f(...)` then `ret %r`, or `ret void`, or a branch to a block that only
// returns the phi of that value, possibly through up to 7 blocks that only pass it on in a phi)
// becomes a branch back to the top of the function: the old entry
// block becomes the loop header "tailrecurse", with a phi per parameter that takes the call's
// operands on the back edges. The accumulator form `ret (f(...) op x)` with integer add, mul, and,
// or or xor (associative and commutative, also with wrap-around, so the result is exactly the same)
// also becomes a loop: a phi accumulates `acc op x` on the way down and every other return returns
// `acc op value`. Floating-point operations are never reassociated.
//
// Refused: vararg functions; `byval` parameters (each call has its own copy); any alloca in the
// function (each call has its own zeroed frame memory, and a loop would share one); `notail` calls;
// calls whose type differs from the function's; functions with no return that is not one of these
// recursive calls (a recursion without a base case can only end in "stack overflow", which stays an
// error instead of becoming an endless loop).
//
// A deliberate difference (docs/optimizer.md): a recursion that has a base case but is deeper than
// the engines' call-depth limit reports "stack overflow" without this pass and runs to the end (in
// constant stack) with it, as in LLVM.
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class TailRecursion : IFunctionPass
{
    public string Name => "tailrec";

    /// <summary>At most this many blocks between a tail call and the return of its value.</summary>
    private const int MaxReturnChain = 8;

    /// <summary>A recursive call in tail position: in <c>Block</c>, the call, the accumulating operation (or null).</summary>
    private sealed record Site(BasicBlock Block, CallInst Call, BinaryInst? Op, BasicBlock? ReturnBlock);

    public bool Run(Function f)
    {
        if (f.FunctionType.IsVarArg) return false;
        for (int i = 0; i < f.Arguments.Count; i++)
            if (f.Arguments[i].Attributes.ByVal is not null) return false;

        // The sites first (each looks only at the end of its block): most functions have none, and
        // then the scan for allocas below is not needed.
        var sites = new List<Site>();
        Opcode? accumulate = null;
        foreach (var b in f.Blocks)
        {
            if (FindSite(f, b) is not { } site) continue;
            if (site.Op is { } op)
            {
                if (accumulate is { } o && o != op.Opcode) continue;
                accumulate = op.Opcode;
            }
            sites.Add(site);
        }
        if (sites.Count == 0) return false;
        foreach (var b in f.Blocks)
            for (var i = b.First; i is not null; i = i.Next)
                if (i is AllocaInst) return false;
        if (!HasBaseCase(f, sites)) return false;

        // The old entry becomes the loop header behind a new entry block.
        var header = f.EntryBlock!;
        var entry = new BasicBlock(header.Name);
        header.Name = "tailrecurse";
        f.InsertBlock(0, entry);
        entry.Append(new BranchInst(header) { Location = header.First?.Location });

        var argPhis = new PhiInst?[f.Arguments.Count];
        for (int i = f.Arguments.Count - 1; i >= 0; i--)
        {
            var a = f.Arguments[i];
            // No phi when every recursive call passes the parameter on unchanged.
            if (!a.HasUsers || sites.All(s => ReferenceEquals(s.Call.GetArgument(i), a))) continue;
            var phi = new PhiInst(a.Type) { Name = (a.Name ?? "arg" + i) + ".tr" };
            header.InsertBefore(phi, header.First);
            a.ReplaceAllUsesWith(phi);
            phi.AddIncoming(a, entry);
            argPhis[i] = phi;
        }
        PhiInst? acc = null;
        if (accumulate is { } opcode)
        {
            acc = new PhiInst(f.ReturnType) { Name = "accumulator.tr" };
            header.InsertBefore(acc, header.First);
            acc.AddIncoming(Identity(opcode, (IntegerType)f.ReturnType), entry);
        }

        foreach (var s in sites)
        {
            for (int i = 0; i < argPhis.Length; i++)
                argPhis[i]?.AddIncoming(s.Call.GetArgument(i), s.Block);
            var term = s.Block.Terminator!;
            var location = term.Location ?? s.Call.Location;
            if (s.ReturnBlock is { } rb) CfgEdit.RemovePhiEntry(rb, s.Block);
            term.EraseFromParent();
            if (s.Op is { } op)
            {
                op.ReplaceUsesOfWith(s.Call, acc!);
                op.Flags = IntFlags.None;
                acc!.AddIncoming(op, s.Block);
            }
            else acc?.AddIncoming(acc, s.Block);
            s.Call.EraseFromParent();
            s.Block.Append(new BranchInst(header) { Location = location });
        }

        if (acc is not null)
            foreach (var ret in f.Instructions.OfType<ReturnInst>().ToList())
            {
                var combined = new BinaryInst(accumulate!.Value, acc, ret.ReturnValue!) { Name = "accumulate.ret.tr", Location = ret.Location };
                ret.Parent!.InsertBefore(combined, ret);
                ret.SetOperand(0, combined);
            }
        return true;
    }

    /// <summary>The tail-recursive call ending <paramref name="b"/>, if any.</summary>
    private static Site? FindSite(Function f, BasicBlock b)
    {
        // Cheap first: a self call just before the terminator, or just before the operation that
        // follows it (looking up a value in a large return phi costs a walk over its entries).
        var prev = b.Terminator?.Prev;
        if (IsSelfCall(f, prev) is null && (prev is not BinaryInst || IsSelfCall(f, prev.Prev) is null)) return null;

        // What b returns: its own `ret`, or the value it gives the phi of a block that only returns.
        Value? returned;
        BasicBlock? returnBlock = null;
        switch (b.Terminator)
        {
            case ReturnInst r:
                returned = r.ReturnValue;
                break;
            case BranchInst { IsConditional: false } br when !ReferenceEquals(br.TrueTarget, b):
            {
                // A chain of blocks that only pass the value on (one phi and a branch; none for
                // void) ending in one that only returns it (one phi and `ret` of it): what b gives
                // the first phi is what the function returns. (Inlining one function of a mutual
                // recursion into the other leaves such chains: is_odd's return after is_even's.)
                returnBlock = br.TrueTarget;
                bool isVoid = f.ReturnType.IsVoid;
                returned = null;
                PhiInst? carried = null;
                var from = b;
                var block = returnBlock;
                for (int depth = 0; ; depth++)
                {
                    if (depth == MaxReturnChain) return null;
                    var phi = block.First as PhiInst;
                    int phiCount = 0;
                    for (var i = block.First; i is PhiInst; i = i.Next) phiCount++;
                    if (phiCount != (isVoid ? 0 : 1)) return null;
                    if (phi is not null)
                    {
                        var incoming = phi.GetValueForBlock(from);
                        if (carried is null) returned = incoming;
                        else if (!ReferenceEquals(incoming, carried)) return null;
                        carried = phi;
                    }
                    if (block.FirstNonPhi is ReturnInst rr)
                    {
                        if (!ReferenceEquals(rr.ReturnValue, carried)) return null;
                        break;
                    }
                    if (block.FirstNonPhi is not BranchInst { IsConditional: false } next || ReferenceEquals(next.TrueTarget, block)) return null;
                    from = block;
                    block = next.TrueTarget;
                }
                break;
            }
            default:
                return null;
        }

        if (IsSelfCall(f, prev) is { } call)
        {
            if (f.ReturnType.IsVoid ? returned is not null || call.HasUsers : !ReferenceEquals(returned, call) || call.Users.Count != 1)
                return null;
            return new Site(b, call, null, returnBlock);
        }
        if (prev is BinaryInst { Opcode: Opcode.Add or Opcode.Mul or Opcode.And or Opcode.Or or Opcode.Xor } op
            && op.Type is IntegerType && ReferenceEquals(returned, op) && op.Users.Count == 1
            && IsSelfCall(f, op.Prev) is { } c && c.Users.Count == 1
            && (ReferenceEquals(op.Lhs, c) != ReferenceEquals(op.Rhs, c)))
            return new Site(b, c, op, returnBlock);
        return null;
    }

    private static CallInst? IsSelfCall(Function f, Instruction? inst) =>
        inst is CallInst call && ReferenceEquals(call.Callee, f) && ReferenceEquals(call.FunctionType, f.FunctionType)
        && call.TailKind != TailCallKind.NoTail && !call.Arguments.Any(a => ReferenceEquals(a, call))
        ? call : null;

    /// <summary>Some return is reached other than through the recursive sites.</summary>
    private static bool HasBaseCase(Function f, List<Site> sites)
    {
        var siteBlocks = new HashSet<BasicBlock>(sites.Select(s => s.Block), ReferenceEqualityComparer.Instance);
        foreach (var ret in f.Instructions.OfType<ReturnInst>())
        {
            var rb = ret.Parent!;
            if (siteBlocks.Contains(rb)) continue;
            if (ReferenceEquals(rb, f.EntryBlock) || rb.Predecessors.Any(p => !siteBlocks.Contains(p))) return true;
        }
        return false;
    }

    private static ConstantInt Identity(Opcode op, IntegerType type) => op switch
    {
        Opcode.Mul => new ConstantInt(type, 1L),
        Opcode.And => new ConstantInt(type, -1L),
        _ => new ConstantInt(type, 0L),
    };
}
