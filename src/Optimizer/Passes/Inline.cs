// inline: replaces direct calls of small defined functions by a copy of their body. A module pass:
// it walks the call graph bottom-up (callees are finished before their callers), and afterwards
// deletes internal/private functions whose last reference it removed.
//
// Inlining a call: the call's block is split after the call (the rest goes to "<callee>.exit"), the
// callee's blocks are copied with value remapping (parameters become the call's operands, copies
// are named with a ".i" suffix and keep their source positions, so a trap in inlined code is
// reported at the callee's line), every `ret` becomes a branch to the exit block, and a phi there
// merges the returned values. The callee's allocas move to the caller's entry block; when the call
// sits in a loop, a store of zero at the start of the inlined body gives each "call" fresh zeroed
// memory, as the interpreter's new frame would. A `byval` argument becomes an alloca of the caller
// and a memcpy into it where the call was (the copy the call would have made).
//
// The cost model counts instructions (phis, unconditional branches, returns, bitcasts and allocas
// are free; a call costs one more per argument): inline when the cost is at most 5, or the callee is
// `alwaysinline`, or the cost is under the threshold (50; 100 for `inlinehint`; +5 per constant
// argument; +250 when this is the only call of an internal function, which then disappears).
//
// Refused (the call stays): recursive callees (in a cycle of the call graph, even through only
// themselves — inlining would change the depth at which a runaway recursion is reported), except
// into another function of the same cycle when the callee does not call itself directly (mutual
// recursion becomes self-recursion, which tail-recursion elimination after inlining turns into a
// loop, as LLVM does; a call of a function into itself is never inlined); vararg
// callees; calls whose type differs from the callee's; `musttail` calls and callees containing one;
// `byval` arguments over 4 KiB, whose parameter escapes, or whose memory is not certainly valid (an alloca of
// the caller or a defined global, all its bytes inside, Analysis/ValidMemory.cs: else the copy could fault,
// with another message than the call's); callees marked `noinline` (unless also `optnone`, which is how clang -O0 marks
// every function — that is "compiled without optimization", not a request); callees with an alloca
// outside the entry block, of a non-constant or non-1 count, larger than 4 KiB in total, or whose
// address escapes (the interpreter reports use of a dead frame's memory; once hoisted it would stay
// alive); allocas into a recursive caller or in a module with indirect calls (each frame of a deep
// recursion would grow); callers over 5,000 instructions (except for tiny callees).
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class Inline : IModulePass
{
    public const int DefaultThreshold = 50;
    private const int TinyCost = 5;
    private const int HintThreshold = 100;
    private const int ConstantArgumentBonus = 5;
    private const int LastCallBonus = 250;
    private const int MaxCallerSize = 5000;
    private const long MaxAllocaBytes = 4096;

    /// <summary>Callees cheaper than this are inlined (before bonuses).</summary>
    public int Threshold { get; init; } = DefaultThreshold;

    public string Name => "inline";

    private readonly Dictionary<Function, CalleeInfo> _info = new(ReferenceEqualityComparer.Instance);
    private readonly PointerEscape _escape = new();
    private bool _moduleHasIndirectCalls;

    /// <summary>Inlines the calls in one function (callees reached through its module); deletes nothing.</summary>
    public bool Run(Function function)
    {
        if (function.Parent is not { } module || function.IsDeclaration) return false;
        var graph = CallGraph.Build(module);
        _moduleHasIndirectCalls = graph.HasIndirectCalls;
        return InlineInto(function, graph, null);
    }

    public bool Run(Module module)
    {
        var graph = CallGraph.Build(module);
        _moduleHasIndirectCalls = graph.HasIndirectCalls;
        var inlinedCallees = new HashSet<Function>(ReferenceEqualityComparer.Instance);
        bool changed = false;
        foreach (var scc in graph.Sccs)
            foreach (var f in scc)
                changed |= InlineInto(f, graph, inlinedCallees);
        changed |= RemoveDeadFunctions(module, inlinedCallees);
        _info.Clear();
        _escape.Invalidate();
        return changed;
    }

    private bool InlineInto(Function caller, CallGraph graph, HashSet<Function>? inlinedCallees)
    {
        bool changed = false;
        int callerSize = -1;
        foreach (var call in graph.CallSites(caller))
        {
            if (call.Parent is null || !ReferenceEquals(call.Function, caller)) continue;
            if (call.CalledFunction is not { IsDeclaration: false } callee || !ReferenceEquals(callee.Parent, caller.Parent)) continue;
            if (callerSize < 0) callerSize = Info(caller).Size;
            if (!ShouldInline(caller, call, callee, graph, callerSize)) continue;
            var info = Info(callee);
            bool zeroAllocas = info.HasAllocas && InCycle(call.Parent);
            InlineCall(call, callee, zeroAllocas);
            callerSize += info.Size;
            inlinedCallees?.Add(callee);
            changed = true;
        }
        if (changed)
        {
            _info.Remove(caller);
            _escape.Invalidate();
        }
        return changed;
    }

    private bool ShouldInline(Function caller, CallInst call, Function callee, CallGraph graph, int callerSize)
    {
        // A recursive callee is inlined only into another function of its own cycle, and only if
        // it does not call itself (is_odd into is_even: is_even then calls itself, and the
        // tail-recursion elimination after inlining makes that a loop). Copying a recursion into
        // a caller outside it, or a function into itself, would not end a recursion.
        if (ReferenceEquals(caller, callee)) return false;
        if (graph.SameScc(caller, callee) ? Info(callee).CallsItself : graph.IsRecursive(callee)) return false;
        if (!ReferenceEquals(call.FunctionType, callee.FunctionType) || call.TailKind == TailCallKind.MustTail) return false;
        bool byval = false;
        for (int i = 0; i < call.ArgumentCount; i++)
            if (ByValType(call, callee, i) is { } t)
            {
                long bytes = DataLayout.AllocSize(t);
                // The copy stays in the caller's frame: as large a limit as for the callee's own allocas.
                if (bytes > MaxAllocaBytes || _escape.MayEscape(callee.Arguments[i]) || !ValidMemory.Covers(call.GetArgument(i), bytes, write: false)) return false;
                byval = true;
            }
        if (callee.Attributes.Contains("noinline") && !callee.Attributes.Contains("optnone")) return false;
        var info = Info(callee);
        if (!info.Inlinable) return false;
        if ((info.HasAllocas || byval) && (graph.IsRecursive(caller) || _moduleHasIndirectCalls)) return false;
        // The copy of a byval argument is made by llvm.memcpy: its name must be free or declared so.
        if (byval && caller.Parent!.GetSymbol("llvm.memcpy.p0.p0.i64") is { } memcpy
            && !(memcpy is Function { IsDeclaration: true } f && ReferenceEquals(f.FunctionType, MemCpyType))) return false;
        if (info.Size <= TinyCost || callee.Attributes.Contains("alwaysinline")) return true;
        if (callerSize > MaxCallerSize) return false;
        int threshold = callee.Attributes.Contains("inlinehint") ? Math.Max(Threshold, HintThreshold) : Threshold;
        foreach (var a in call.Arguments)
            if (a is Constant and not GlobalValue) threshold += ConstantArgumentBonus;
        if (callee.Linkage is Linkage.Internal or Linkage.Private && CallGraph.DirectCallCount(callee) == 1
            && !CallGraph.HasIndirectUsers(callee))
            threshold += LastCallBonus;
        return info.Size < threshold;
    }

    private static readonly FunctionType MemCpyType = FunctionType.Get(IrType.Void, [IrType.Ptr, IrType.Ptr, IrType.I64, IrType.I1]);

    /// <summary>The type a call copies for argument <paramref name="i"/> (byval on the call, else on the parameter, as the engines read it), or null.</summary>
    private static IrType? ByValType(CallInst call, Function callee, int i) =>
        call.ArgumentAttributes[i].ByVal ?? (i < callee.Arguments.Count ? callee.Arguments[i].Attributes.ByVal : null);

    private sealed record CalleeInfo(bool Inlinable, bool HasAllocas, int Size, bool CallsItself);

    private CalleeInfo Info(Function f)
    {
        if (_info.TryGetValue(f, out var known)) return known;
        var info = Analyze(f);
        _info[f] = info;
        return info;
    }

    private CalleeInfo Analyze(Function f)
    {
        bool inlinable = !f.FunctionType.IsVarArg;
        bool hasAllocas = false, callsItself = false;
        long allocaBytes = 0;
        int size = 0;
        foreach (var b in f.Blocks)
            foreach (var inst in b.Instructions)
            {
                size += Cost(inst);
                switch (inst)
                {
                    case AllocaInst a:
                        hasAllocas = true;
                        if (!ReferenceEquals(b, f.EntryBlock) || !a.IsSingle || a.AllocatedType is FunctionType
                            || _escape.MayEscape(a))
                            inlinable = false;
                        else allocaBytes += DataLayout.AllocSize(a.AllocatedType);
                        break;
                    case CallInst { TailKind: TailCallKind.MustTail }:
                        inlinable = false;
                        break;
                    case CallInst c when ReferenceEquals(c.CalledFunction, f):
                        callsItself = true;
                        break;
                }
            }
        if (allocaBytes > MaxAllocaBytes) inlinable = false;
        return new CalleeInfo(inlinable, hasAllocas, size, callsItself);
    }

    private static int Cost(Instruction inst) => inst switch
    {
        PhiInst or ReturnInst or AllocaInst => 0,
        BranchInst { IsConditional: false } => 0,
        CastInst { Opcode: Opcode.BitCast } => 0,
        CallInst c => c.Builtin != Builtin.None ? 1 : 1 + c.ArgumentCount,
        SwitchInst s => 1 + s.CaseCount,
        _ => 1,
    };

    /// <summary>Whether <paramref name="block"/> can be reached again from itself (it is in a loop).</summary>
    private static bool InCycle(BasicBlock block)
    {
        var seen = new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance);
        var work = new Stack<BasicBlock>();
        foreach (var s in block.Successors) if (seen.Add(s)) work.Push(s);
        while (work.Count > 0)
        {
            var b = work.Pop();
            if (ReferenceEquals(b, block)) return true;
            foreach (var s in b.Successors) if (seen.Add(s)) work.Push(s);
        }
        return false;
    }

    /// <summary>Replaces <paramref name="call"/> by a copy of <paramref name="callee"/>'s body.</summary>
    private static void InlineCall(CallInst call, Function callee, bool zeroAllocas)
    {
        var block = call.Parent!;
        var caller = block.Parent!;
        var entry = caller.EntryBlock!;
        // The map from the callee's values to their images: arguments (to the call's operands),
        // blocks and instructions (to their copies). Each is numbered in Value.Scratch, and
        // images[n] is the image of originals[n].
        int count = callee.Arguments.Count + callee.Blocks.Count;
        foreach (var b in callee.Blocks) count += b.Count;
        var originals = new Value[count];
        var images = new Value[count];
        int numbered = 0;
        void Map(Value original, Value image)
        {
            original.Scratch = numbered;
            originals[numbered] = original;
            images[numbered++] = image;
        }
        for (int i = 0; i < callee.Arguments.Count; i++)
            Map(callee.Arguments[i], ByValType(call, callee, i) is { } t ? ByValCopy(call, i, t, callee.Arguments[i]) : call.GetArgument(i));

        // Split: everything after the call moves to the exit block, and the successors' phis now
        // come from there.
        var exit = new BasicBlock(callee.Name + ".exit");
        int at = caller.IndexOfBlock(block) + 1;
        caller.InsertBlock(at, exit);
        for (var i = call.Next; i is not null;)
        {
            var next = i.Next;
            i.RemoveFromParent();
            exit.Append(i);
            i = next;
        }
        foreach (var succ in exit.Successors.Distinct())
            foreach (var phi in succ.Phis)
                for (int k = 0; k < phi.IncomingCount; k++)
                    if (ReferenceEquals(phi.GetIncomingBlock(k), block)) phi.SetIncomingBlock(k, exit);

        // Copy the blocks (between the call's block and the exit) and their instructions.
        var copies = new List<BasicBlock>(callee.Blocks.Count);
        foreach (var b in callee.Blocks)
        {
            var nb = new BasicBlock(b.Name is null ? null : b.Name + ".i");
            Map(b, nb);
            caller.InsertBlock(at + copies.Count, nb);
            copies.Add(nb);
        }
        Instruction? allocaPoint = entry.First;
        while (allocaPoint is AllocaInst) allocaPoint = allocaPoint.Next;
        var cloned = new List<Instruction>(count);
        var hoisted = new List<AllocaInst>();
        var returns = new List<ReturnInst>();
        for (int bi = 0; bi < callee.Blocks.Count; bi++)
        {
            var nb = copies[bi];
            for (var inst = callee.Blocks[bi].First; inst is not null; inst = inst.Next)
            {
                var copy = InstructionCloner.Clone(inst);
                if (copy.Name is not null) copy.Name += ".i";
                Map(inst, copy);
                cloned.Add(copy);
                if (copy is AllocaInst alloca)
                {
                    entry.InsertBefore(alloca, allocaPoint);
                    hoisted.Add(alloca);
                    continue;
                }
                nb.Append(copy);
                if (copy is CallInst { TailKind: TailCallKind.Tail } tail) tail.TailKind = TailCallKind.None;
                if (copy is ReturnInst ret) returns.Add(ret);
            }
        }
        foreach (var c in cloned)
            for (int k = 0; k < c.OperandCount; k++)
            {
                var op = c.GetOperand(k);
                int n = op.Scratch;
                if ((uint)n < (uint)numbered && ReferenceEquals(originals[n], op)) c.SetOperand(k, images[n]);
            }

        var bodyEntry = copies[0];
        if (zeroAllocas)
        {
            var first = bodyEntry.First;
            foreach (var a in hoisted)
                if (!OverwrittenFirst(a, bodyEntry))
                    bodyEntry.InsertBefore(new StoreInst(Constant.NullValue(a.AllocatedType), a)
                        { Alignment = a.Alignment, Location = call.Location }, first);
        }

        // Returns branch to the exit; the result is the returned value (a phi if several).
        Value? result = null;
        if (call.HasResult)
        {
            if (returns.Count == 0) result = new PoisonValue(call.Type);
            else if (returns.Count == 1) result = returns[0].ReturnValue!;
            else
            {
                var phi = new PhiInst(call.Type) { Name = call.Name ?? callee.Name + ".ret", Location = call.Location };
                foreach (var r in returns) phi.AddIncoming(r.ReturnValue!, r.Parent!);
                exit.InsertBefore(phi, exit.First);
                result = phi;
            }
        }
        foreach (var r in returns)
        {
            var rb = r.Parent!;
            var loc = r.Location;
            r.EraseFromParent();
            rb.Append(new BranchInst(exit) { Location = loc });
        }
        if (result is not null) call.ReplaceAllUsesWith(result);
        var callLocation = call.Location;
        call.EraseFromParent();
        block.Append(new BranchInst(bodyEntry) { Location = callLocation });
        if (returns.Count == 0) CfgEdit.RemoveUnreachableBlocks(caller);
    }

    /// <summary>
    /// The callee's own copy of a byval argument: an alloca in the caller's entry block, filled by a
    /// memcpy right before the call, as the call itself would have done.
    /// </summary>
    private static AllocaInst ByValCopy(CallInst call, int i, IrType type, Argument parameter)
    {
        var caller = call.Function!;
        var copy = new AllocaInst(type, ConstantInt.Get(32, 1))
        {
            Name = parameter.Name is null ? null : parameter.Name + ".i",
            Alignment = Math.Max(parameter.Attributes.Align, DataLayout.AbiAlignment(type)),
            Location = call.Location,
        };
        var entry = caller.EntryBlock!;
        entry.InsertBefore(copy, entry.First);
        var memcpy = caller.Parent!.GetOrDeclare("llvm.memcpy.p0.p0.i64", MemCpyType)!; // checked by ShouldInline
        call.Parent!.InsertBefore(new CallInst(MemCpyType, memcpy,
            [copy, call.GetArgument(i), ConstantInt.Get(64, DataLayout.AllocSize(type)), ConstantInt.False]) { Location = call.Location }, call);
        return copy;
    }

    /// <summary>
    /// True if the first instruction of <paramref name="block"/> that uses the alloca is a store of a
    /// whole scalar of its type to it (so zeroing it first would change nothing anyone can read).
    /// </summary>
    private static bool OverwrittenFirst(AllocaInst alloca, BasicBlock block)
    {
        foreach (var inst in block.Instructions)
        {
            if (!inst.Operands.Any(o => ReferenceEquals(o, alloca))) continue;
            return inst is StoreInst { IsVolatile: false } s && ReferenceEquals(s.Pointer, alloca)
                && !ReferenceEquals(s.StoredValue, alloca) && ReferenceEquals(s.StoredValue.Type, alloca.AllocatedType)
                && alloca.AllocatedType is IntegerType { Bits: 8 or 16 or 32 or 64 } or FloatingType or PointerType
                && DataLayout.StoreSize(alloca.AllocatedType) == DataLayout.AllocSize(alloca.AllocatedType);
        }
        return false;
    }

    /// <summary>
    /// Deletes internal and private functions that inlining left without references (and then the
    /// internal functions only they referred to). Functions that had no references to begin with stay:
    /// they may be run by name (<c>pyir run --entry</c>).
    /// </summary>
    private static bool RemoveDeadFunctions(Module module, HashSet<Function> candidates)
    {
        bool changed = false;
        var work = new Stack<Function>(candidates);
        while (work.Count > 0)
        {
            var f = work.Pop();
            if (!ReferenceEquals(f.Parent, module) || f.HasUsers || f.Linkage is not (Linkage.Internal or Linkage.Private)) continue;
            var referenced = new HashSet<Function>(ReferenceEqualityComparer.Instance);
            foreach (var b in f.Blocks)
                for (var inst = b.First; inst is not null; inst = inst.Next)
                {
                    for (int k = 0; k < inst.OperandCount; k++)
                        if (inst.GetOperand(k) is Function g && !ReferenceEquals(g, f)) referenced.Add(g);
                    inst.DropAllOperands();
                }
            module.Remove(f);
            changed = true;
            foreach (var g in referenced) work.Push(g);
        }
        return changed;
    }
}
