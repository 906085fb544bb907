// The interface of an optimization pass: it rewrites one function body in place and says whether it
// changed anything. Passes keep the function valid for the Verifier and never change what it
// computes (docs/optimizer.md lists what each refuses to do). A pass reads only the body of the
// function it runs on (and what no pass changes: declarations, global variables), and does the same
// on the same body, so the pass manager skips it on a body it already ran on without changing it.
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer;

public interface IFunctionPass
{
    /// <summary>The name used in pass lists (<c>--passes=mem2reg,sccp</c>) and reports.</summary>
    string Name { get; }

    /// <summary>Runs on a function with a body; true if it changed the function.</summary>
    bool Run(Function function);
}
