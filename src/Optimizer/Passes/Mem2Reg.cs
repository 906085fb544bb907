// mem2reg: SSA construction from allocas (Cytron et al.). An alloca in the entry block whose only
// uses are non-volatile loads and stores of exactly its allocated type (a scalar or a vector),
// through the alloca itself, becomes SSA values: phis are placed on the iterated dominance frontier
// of the blocks that store to it, then a walk of the dominator tree replaces each load by the value
// most recently stored (undef before the first store, as in LLVM; PyIR reads undef as 0, which is
// also what fresh stack memory holds) and deletes the stores and the alloca.
// Refuses (the alloca stays in memory): volatile accesses, allocas that escape (passed to a call,
// stored as a value, used by a GEP, compared, cast), loads or stores of a different type, array
// allocas, allocas outside the entry block, and aggregate-typed allocas.
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class Mem2Reg : IFunctionPass
{
    public string Name => "mem2reg";

    public bool Run(Function f)
    {
        var entry = f.EntryBlock!;
        var allocas = new List<AllocaInst>();
        for (var i = entry.First; i is not null; i = i.Next)
            if (i is AllocaInst a && IsPromotable(a)) allocas.Add(a);
        if (allocas.Count == 0) return false;
        var dom = CfgAnalyses.Dominators(f);
        // Numbers in Value.Scratch: an alloca's index in `allocas`, a new phi's index in `phis`
        // (trusted only when the list holds that very object). Blocks are indexed by RPO number.
        for (int i = 0; i < allocas.Count; i++) allocas[i].Scratch = i;
        var phis = new List<PhiInst>();
        var phiAlloca = new List<int>();
        int blocks = dom.ReversePostorder.Count;
        var phisIn = new List<PhiInst>?[blocks];

        // Phi placement on the iterated dominance frontier of the storing blocks.
        var placed = new int[blocks]; // a + 1 when alloca a has a phi there
        var queued = new int[blocks]; // a + 1 when the block was queued for alloca a
        var work = new Stack<BasicBlock>();
        for (int a = 0; a < allocas.Count; a++)
        {
            var alloca = allocas[a];
            int mark = a + 1;
            var users = alloca.Users;
            for (int u = 0; u < users.Count; u++)
                if (users[u] is StoreInst store && dom.IndexOf(store.Parent!) is int si && si >= 0 && queued[si] != mark)
                {
                    queued[si] = mark;
                    work.Push(store.Parent!);
                }
            while (work.Count > 0)
            {
                var frontier = dom.FrontierList(work.Pop());
                for (int fi = 0; fi < frontier.Count; fi++)
                {
                    var y = frontier[fi];
                    int yi = dom.IndexOf(y);
                    if (placed[yi] == mark) continue;
                    placed[yi] = mark;
                    var phi = new PhiInst(alloca.AllocatedType) { Name = alloca.Name };
                    y.InsertBefore(phi, y.First);
                    phi.Scratch = phis.Count;
                    phis.Add(phi);
                    phiAlloca.Add(a);
                    (phisIn[yi] ??= []).Add(phi);
                    if (queued[yi] != mark)
                    {
                        queued[yi] = mark;
                        work.Push(y);
                    }
                }
            }
        }
        int AllocaIndex(Value pointer) =>
            pointer is AllocaInst al && (uint)al.Scratch < (uint)allocas.Count && ReferenceEquals(allocas[al.Scratch], al) ? al.Scratch : -1;
        int PhiAlloca(PhiInst phi) =>
            (uint)phi.Scratch < (uint)phis.Count && ReferenceEquals(phis[phi.Scratch], phi) ? phiAlloca[phi.Scratch] : -1;
        List<PhiInst>? NewPhisIn(BasicBlock b) => dom.IndexOf(b) is int bi && bi >= 0 ? phisIn[bi] : null;

        // Renaming along the dominator tree, with the current value of every alloca.
        var initial = allocas.Select(a => (Value)new UndefValue(a.AllocatedType)).ToArray();
        var stack = new Stack<(BasicBlock Block, Value[] Values)>();
        stack.Push((entry, initial));
        while (stack.Count > 0)
        {
            var (block, incoming) = stack.Pop();
            // Copied on the first write only: most blocks neither store to a promoted alloca nor
            // start with one of its phis, and then share the array of their dominator.
            var current = incoming;
            bool owned = false;
            for (var next = block.First; next is not null;)
            {
                var inst = next;
                next = inst.Next; // read first: loads and stores of promoted allocas are erased
                switch (inst)
                {
                    case PhiInst phi when PhiAlloca(phi) is int a && a >= 0:
                        if (!owned) { current = (Value[])incoming.Clone(); owned = true; }
                        current[a] = phi;
                        break;
                    case LoadInst load when AllocaIndex(load.Pointer) is int a && a >= 0:
                        load.ReplaceAllUsesWith(current[a]);
                        load.EraseFromParent();
                        break;
                    case StoreInst store when AllocaIndex(store.Pointer) is int a && a >= 0:
                        if (!owned) { current = (Value[])incoming.Clone(); owned = true; }
                        current[a] = store.StoredValue;
                        store.EraseFromParent();
                        break;
                }
            }
            if (phis.Count > 0 && block.Terminator is { } t)
                for (int k = 0; k < t.OperandCount; k++)
                    if (t.GetOperand(k) is BasicBlock succ && NewPhisIn(succ) is { } here)
                        foreach (var phi in here) phi.AddIncoming(current[PhiAlloca(phi)], block);
            foreach (var child in dom.Children(block)) stack.Push((child, current));
        }

        // Unreachable code: its loads read undef, its stores vanish, and its edges into blocks with
        // new phis bring undef.
        foreach (var block in f.Blocks)
        {
            if (dom.IsReachable(block)) continue;
            foreach (var inst in block.Instructions)
            {
                if (inst is LoadInst load && AllocaIndex(load.Pointer) >= 0)
                {
                    load.ReplaceAllUsesWith(new UndefValue(load.Type));
                    load.EraseFromParent();
                }
                else if (inst is StoreInst store && AllocaIndex(store.Pointer) >= 0)
                    store.EraseFromParent();
            }
            foreach (var succ in block.Successors)
                if (NewPhisIn(succ) is { } here)
                    foreach (var phi in here) phi.AddIncoming(new UndefValue(phi.Type), block);
        }

        foreach (var alloca in allocas) alloca.EraseFromParent();
        return true;
    }

    /// <summary>Whether every use of the alloca is a plain load or store of its own type through it.</summary>
    public static bool IsPromotable(AllocaInst alloca)
    {
        var t = alloca.AllocatedType;
        if (!alloca.IsSingle || !(t.IsInteger || t.IsFloatingPoint || t.IsPointer || t.IsVector)) return false;
        foreach (var user in alloca.Users)
        {
            switch (user)
            {
                case LoadInst load when !load.IsVolatile && ReferenceEquals(load.Type, t):
                    break;
                case StoreInst store when !store.IsVolatile && !ReferenceEquals(store.StoredValue, alloca) &&
                                          ReferenceEquals(store.StoredValue.Type, t):
                    break;
                default:
                    return false;
            }
        }
        return true;
    }
}
