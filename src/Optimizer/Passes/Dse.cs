// dse: dead store elimination.
// 1. A store overwritten later in the same block by a store of the same size to the same address
//    (AliasAnalysis MustAlias), with nothing in between that may read those bytes, is deleted. The
//    later store faults exactly when the earlier one would (same bytes), and it certainly runs:
//    nothing in between may trap or call, unless the first store is certainly inside an alloca of
//    this function (it cannot fault, and nobody looks at the alloca after a trap ends the run).
// 2. Stores into an alloca that nothing ever reads (every use of it and of pointers derived from it
//    is a store to it, a memset of it or an address comparison) are deleted, when they are certainly
//    inside the alloca (constant offsets): such stores cannot fault, and nobody sees what they wrote.
// Refuses: volatile stores are never deleted; an overwrite by a store of another size stays (if the
// two faulted, the error would name another size); a store followed by an instruction that may trap
// or a call stays unless the memory is function-local; stores through variable indices into an
// unread alloca stay (they may be out of bounds, and the fault must happen).
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class Dse : IFunctionPass
{
    /// <summary>How many instructions after a store are examined for an overwrite.</summary>
    private const int MaxScan = 128;

    public string Name => "dse";

    private readonly AliasAnalysis _aa = new(); // reset per run, its tables kept

    public bool Run(Function f)
    {
        var aa = _aa;
        aa.Reset(f);
        bool changed = false;
        foreach (var block in f.Blocks)
            for (Instruction? inst = block.First, next; inst is not null; inst = next)
            {
                next = inst.Next; // read first: the store may be erased
                if (inst is StoreInst { IsVolatile: false } store && IsOverwritten(store, aa))
                {
                    store.EraseFromParent();
                    changed = true;
                }
            }

        var allocas = new List<AllocaInst>();
        foreach (var block in f.Blocks)
            for (var i = block.First; i is not null; i = i.Next)
                if (i is AllocaInst a) allocas.Add(a);
        foreach (var alloca in allocas)
        {
            if (!TryGetWrites(alloca, out var writes)) continue;
            foreach (var w in writes)
            {
                if (!IsCertainlyInside(alloca, w)) continue;
                w.EraseFromParent();
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>Whether a later store in the block certainly rewrites the same bytes before anything reads them.</summary>
    private static bool IsOverwritten(StoreInst store, AliasAnalysis aa)
    {
        var loc = MemoryLocation.Of(store);
        // Only a later store of the same size to the same address can overwrite it: find the first
        // such store in the window before asking, instruction by instruction, what may read the
        // bytes or stop the run (those questions can only turn the answer into false).
        int window = 0;
        for (var i = store.Next; ; i = i.Next, window++)
        {
            if (i is null || i.IsTerminator || window >= MaxScan) return false;
            if (i is StoreInst later && DataLayout.StoreSize(later.StoredValue.Type) == loc.Size &&
                aa.Alias(MemoryLocation.Of(later), loc) == AliasResult.MustAlias)
                break;
        }
        // A store certainly inside an alloca of this function cannot fault, and nobody sees the
        // alloca after a trap ends the run: then whatever comes between may trap.
        bool local = AliasAnalysis.Decompose(store.Pointer).Base is AllocaInst a && IsCertainlyInside(a, store);
        int n = 0;
        for (var i = store.Next!; n < window; i = i.Next!, n++)
        {
            if (aa.MayRead(i, loc)) return false;
            // If i stopped the run, the first store's bytes would stay visible (a global, memory
            // behind an argument), or the first store's fault would have come first.
            if (!local && (i.MayTrap || i.HasSideEffects)) return false;
        }
        return true; // the instruction at the window's end is the overwriting store
    }

    /// <summary>
    /// The stores and memsets into <paramref name="alloca"/>, if those (and address comparisons) are all
    /// its uses, through any derived pointer; false if anything may read it or its address escapes.
    /// </summary>
    private static bool TryGetWrites(AllocaInst alloca, out List<Instruction> writes)
    {
        writes = [];
        var seen = new HashSet<Value>(ReferenceEqualityComparer.Instance) { alloca };
        var work = new Stack<Value>();
        work.Push(alloca);
        while (work.Count > 0)
        {
            var v = work.Pop();
            foreach (var user in v.Users)
            {
                switch (user)
                {
                    case StoreInst s when !ReferenceEquals(s.StoredValue, v):
                        if (!s.IsVolatile) writes.Add(s);
                        break;
                    case CallInst { Builtin: Builtin.MemSet } call when call.ArgumentCount == 4 && ReferenceEquals(call.GetArgument(0), v) &&
                                                                        !ReferenceEquals(call.GetArgument(1), v):
                        if (call.GetArgument(3) is ConstantInt { IsZeroValue: true }) writes.Add(call); // not volatile
                        break;
                    case ICmpInst:
                        break;
                    case GetElementPtrInst gep when ReferenceEquals(gep.BasePointer, v):
                    case CastInst { Opcode: Opcode.BitCast } c when c.Type.IsPointer:
                    case PhiInst:
                    case SelectInst sel when !ReferenceEquals(sel.Condition, v):
                        if (seen.Add(user)) work.Push(user);
                        break;
                    default:
                        return false;
                }
            }
        }
        return true;
    }

    /// <summary>Whether the store or memset writes only bytes inside the alloca (so it cannot fault).</summary>
    private static bool IsCertainlyInside(AllocaInst alloca, Instruction write)
    {
        Value pointer;
        long length;
        switch (write)
        {
            case StoreInst s:
                pointer = s.Pointer;
                length = DataLayout.StoreSize(s.StoredValue.Type);
                break;
            case CallInst c when c.GetArgument(2) is ConstantInt { } n && n.Bits < (1UL << 32):
                pointer = c.GetArgument(0);
                length = (long)n.Bits;
                break;
            default:
                return false;
        }
        var (b, offset) = AliasAnalysis.Decompose(pointer);
        return ReferenceEquals(b, alloca) && ValidMemory.Covers(alloca, offset, length, write: true);
    }
}
