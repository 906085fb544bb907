// The call graph of a module: direct call edges between defined functions, the strongly connected
// components (Tarjan's algorithm, iterative so deep call chains do not use the host stack) in
// bottom-up order (every component comes after the components it calls), and which functions have
// their address taken (any use other than as the callee of a direct call: stored, passed, compared,
// in a global initializer or constant expression). Indirect calls are not edges: a function whose
// address is taken may also be reached through a pointer, which HasIndirectUsers reports.
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public sealed class CallGraph
{
    private readonly Dictionary<Function, List<CallInst>> _callSites = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Function, int> _sccOf = new(ReferenceEqualityComparer.Instance);
    private readonly List<IReadOnlyList<Function>> _sccs = [];
    private readonly HashSet<Function> _selfRecursive = new(ReferenceEqualityComparer.Instance);

    private CallGraph() { }

    /// <summary>Whether some call in the module goes through a pointer (its callee is not a function).</summary>
    public bool HasIndirectCalls { get; private set; }

    /// <summary>The defined functions (with a body), in module order.</summary>
    public IReadOnlyList<Function> Functions { get; private set; } = [];

    /// <summary>The components, callees before callers (a component's members call only earlier components or each other).</summary>
    public IReadOnlyList<IReadOnlyList<Function>> Sccs => _sccs;

    /// <summary>Direct calls in <paramref name="caller"/> to defined functions, in layout order, as built.</summary>
    public IReadOnlyList<CallInst> CallSites(Function caller) => _callSites.GetValueOrDefault(caller) ?? [];

    /// <summary>Index of the component of <paramref name="f"/> in <see cref="Sccs"/>, or -1 for a declaration.</summary>
    public int SccIndex(Function f) => _sccOf.GetValueOrDefault(f, -1);

    /// <summary>True if the functions are in one component (they may call each other, directly or through others).</summary>
    public bool SameScc(Function a, Function b) => SccIndex(a) >= 0 && SccIndex(a) == SccIndex(b);

    /// <summary>Calls itself directly, or is in a component with other functions.</summary>
    public bool IsRecursive(Function f) =>
        _selfRecursive.Contains(f) || (SccIndex(f) is int i && i >= 0 && _sccs[i].Count > 1);

    /// <summary>
    /// True if some use of <paramref name="f"/> is not the callee operand of a direct call: its address
    /// is taken, so it may be called indirectly or compared, and must be kept.
    /// </summary>
    public static bool HasIndirectUsers(Function f)
    {
        foreach (var u in f.Users)
        {
            if (u is not CallInst call || !ReferenceEquals(call.Callee, f)) return true;
            for (int i = 0; i < call.ArgumentCount; i++)
                if (ReferenceEquals(call.GetArgument(i), f)) return true;
        }
        return false;
    }

    /// <summary>Number of direct calls to <paramref name="f"/> anywhere (in functions that are in a module).</summary>
    public static int DirectCallCount(Function f)
    {
        int n = 0;
        foreach (var u in f.Users)
            if (u is CallInst call && ReferenceEquals(call.Callee, f) && call.Parent is not null) n++;
        return n;
    }

    /// <summary>
    /// Whether the inliner may copy <paramref name="f"/> (something calls it directly) or inline into
    /// it (it calls a function defined in its module directly). Other functions are untouched by it.
    /// </summary>
    public static bool TakesPartInInlining(Function f)
    {
        if (DirectCallCount(f) > 0) return true;
        foreach (var b in f.Blocks)
            for (var inst = b.First; inst is not null; inst = inst.Next)
                if (inst is CallInst { CalledFunction: { IsDeclaration: false } callee } && ReferenceEquals(callee.Parent, f.Parent))
                    return true;
        return false;
    }

    public static CallGraph Build(Module module)
    {
        var g = new CallGraph();
        var functions = module.Functions.Where(f => !f.IsDeclaration).ToList();
        g.Functions = functions;
        foreach (var f in functions)
        {
            var sites = new List<CallInst>();
            foreach (var b in f.Blocks)
                for (var inst = b.First; inst is not null; inst = inst.Next)
                {
                    if (inst is not CallInst call) continue;
                    if (call.Callee is not Function) g.HasIndirectCalls = true;
                    else if (call.CalledFunction is { IsDeclaration: false } callee && ReferenceEquals(callee.Parent, module))
                    {
                        sites.Add(call);
                        if (ReferenceEquals(callee, f)) g._selfRecursive.Add(f);
                    }
                }
            g._callSites[f] = sites;
        }
        g.ComputeSccs(functions);
        return g;
    }

    /// <summary>Tarjan's algorithm with an explicit stack of (function, next edge index) frames.</summary>
    private void ComputeSccs(List<Function> functions)
    {
        var index = new Dictionary<Function, int>(ReferenceEqualityComparer.Instance);
        var low = new Dictionary<Function, int>(ReferenceEqualityComparer.Instance);
        var onStack = new HashSet<Function>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Function>();
        var work = new Stack<(Function F, int Edge)>();
        int next = 0;

        foreach (var root in functions)
        {
            if (index.ContainsKey(root)) continue;
            work.Push((root, 0));
            index[root] = low[root] = next++;
            stack.Push(root);
            onStack.Add(root);
            while (work.Count > 0)
            {
                var (v, edge) = work.Pop();
                var sites = _callSites[v];
                bool descended = false;
                while (edge < sites.Count)
                {
                    var w = sites[edge++].CalledFunction!;
                    if (!index.ContainsKey(w))
                    {
                        work.Push((v, edge));
                        work.Push((w, 0));
                        index[w] = low[w] = next++;
                        stack.Push(w);
                        onStack.Add(w);
                        descended = true;
                        break;
                    }
                    if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
                }
                if (descended) continue;
                if (low[v] == index[v])
                {
                    var scc = new List<Function>();
                    Function x;
                    do
                    {
                        x = stack.Pop();
                        onStack.Remove(x);
                        _sccOf[x] = _sccs.Count;
                        scc.Add(x);
                    } while (!ReferenceEquals(x, v));
                    _sccs.Add(scc);
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().F;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }
    }
}
