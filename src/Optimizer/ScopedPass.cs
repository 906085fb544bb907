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
    /// <see cref="Analysis.CallGraph.TakesPartInInlining"/>, asked once per function: the passes of
    /// one scope ask about the same functions in turn, and the clean-up does not add calls (a
    /// function it made stop calling keeps its answer, which only means one more clean-up).
    /// </summary>
    public static Func<Function, bool> InliningParticipants()
    {
        var known = new ConditionalWeakTable<Function, StrongBox<bool>>();
        return f => known.GetValue(f, g => new StrongBox<bool>(Analysis.CallGraph.TakesPartInInlining(g))).Value;
    }
}
