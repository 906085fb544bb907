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

namespace PyIR.Optimizer.Passes;

public sealed class Mem2Reg : IFunctionPass
{
    public string Name => "mem2reg";

    public bool Run(Function f)
    {
        var entry = f.EntryBlock!;
        var allocas = entry.Instructions.OfType<AllocaInst>().Where(IsPromotable).ToList();
        if (allocas.Count == 0) return false;
        var dom = new DominatorTree(f);
        var index = new Dictionary<AllocaInst, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < allocas.Count; i++) index[allocas[i]] = i;

        // Phi placement on the iterated dominance frontier of the storing blocks.
        var phiOf = new Dictionary<PhiInst, int>(ReferenceEqualityComparer.Instance);
        var phisIn = new Dictionary<BasicBlock, List<PhiInst>>(ReferenceEqualityComparer.Instance);
        for (int a = 0; a < allocas.Count; a++)
        {
            var alloca = allocas[a];
            var work = new Stack<BasicBlock>(alloca.Users.OfType<StoreInst>().Select(s => s.Parent!).Where(dom.IsReachable)
                .Distinct());
            var placed = new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance);
            var queued = new HashSet<BasicBlock>(work, ReferenceEqualityComparer.Instance);
            while (work.Count > 0)
            {
                foreach (var y in dom.Frontier(work.Pop()))
                {
                    if (!placed.Add(y)) continue;
                    var phi = new PhiInst(alloca.AllocatedType) { Name = alloca.Name };
                    y.InsertBefore(phi, y.First);
                    phiOf[phi] = a;
                    if (!phisIn.TryGetValue(y, out var list)) phisIn[y] = list = [];
                    list.Add(phi);
                    if (queued.Add(y)) work.Push(y);
                }
            }
        }

        // Renaming along the dominator tree, with the current value of every alloca.
        var initial = allocas.Select(a => (Value)new UndefValue(a.AllocatedType)).ToArray();
        var stack = new Stack<(BasicBlock Block, Value[] Values)>();
        stack.Push((entry, initial));
        while (stack.Count > 0)
        {
            var (block, incoming) = stack.Pop();
            var current = (Value[])incoming.Clone();
            for (var next = block.First; next is not null;)
            {
                var inst = next;
                next = inst.Next; // read first: loads and stores of promoted allocas are erased
                switch (inst)
                {
                    case PhiInst phi when phiOf.TryGetValue(phi, out int a):
                        current[a] = phi;
                        break;
                    case LoadInst load when load.Pointer is AllocaInst al && index.TryGetValue(al, out int a):
                        load.ReplaceAllUsesWith(current[a]);
                        load.EraseFromParent();
                        break;
                    case StoreInst store when store.Pointer is AllocaInst al && index.TryGetValue(al, out int a):
                        current[a] = store.StoredValue;
                        store.EraseFromParent();
                        break;
                }
            }
            if (phisIn.Count > 0 && block.Terminator is { } t)
                for (int k = 0; k < t.OperandCount; k++)
                    if (t.GetOperand(k) is BasicBlock succ && phisIn.TryGetValue(succ, out var phis))
                        foreach (var phi in phis) phi.AddIncoming(current[phiOf[phi]], block);
            foreach (var child in dom.Children(block)) stack.Push((child, current));
        }

        // Unreachable code: its loads read undef, its stores vanish, and its edges into blocks with
        // new phis bring undef.
        foreach (var block in f.Blocks)
        {
            if (dom.IsReachable(block)) continue;
            foreach (var inst in block.Instructions)
            {
                if (inst is LoadInst load && load.Pointer is AllocaInst al && index.ContainsKey(al))
                {
                    load.ReplaceAllUsesWith(new UndefValue(load.Type));
                    load.EraseFromParent();
                }
                else if (inst is StoreInst store && store.Pointer is AllocaInst al2 && index.ContainsKey(al2))
                    store.EraseFromParent();
            }
            foreach (var succ in block.Successors)
                if (phisIn.TryGetValue(succ, out var phis))
                    foreach (var phi in phis) phi.AddIncoming(new UndefValue(phi.Type), block);
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
