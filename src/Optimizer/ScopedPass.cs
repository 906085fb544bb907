// A pass that runs only on some functions: the pipelines' clean-up before inlining runs on the
// functions that take part in inlining (CallGraph.TakesPartInInlining), since its purpose is to let
// the inliner measure and copy simplified bodies; a function the inliner neither copies nor inlines
// into is cleaned up once, by the same passes after inlining. The pass manager neither runs nor
// records a scoped pass on a function outside its scope, so the same pass later in the pipeline
// still runs there.
using System.Runtime.CompilerServices;
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer;

public sealed class ScopedPass : IFunctionPass
{
    private readonly Func<Function, bool> _appliesTo;

    public ScopedPass(IFunctionPass inner, Func<Function, bool> appliesTo)
    {
        if (inner is IModulePass) throw new ArgumentException("a module pass runs on the whole module, it cannot be scoped", nameof(inner));
        Inner = inner;
        _appliesTo = appliesTo;
    }

    public IFunctionPass Inner { get; }

    public string Name => Inner.Name;

    public bool AppliesTo(Function function) => _appliesTo(function);

    public bool Run(Function function) => AppliesTo(function) && Inner.Run(function);

    /// <summary>
    /// <see cref="Analysis.CallGraph.TakesPartInInlining"/>, remembered per function body version:
    /// the passes of one scope ask about the same functions in turn, and a function outside the
    /// scope is not changed by them, so each is scanned once.
    /// </summary>
    public static Func<Function, bool> InliningParticipants()
    {
        var known = new ConditionalWeakTable<Function, StrongBox<(long Version, bool TakesPart)>>();
        return f =>
        {
            if (known.TryGetValue(f, out var box) && box.Value.Version == f.Version) return box.Value.TakesPart;
            bool takesPart = Analysis.CallGraph.TakesPartInInlining(f);
            known.AddOrUpdate(f, new StrongBox<(long, bool)>((f.Version, takesPart)));
            return takesPart;
        };
    }
}
