// A pass that needs the whole module at once (the inliner walks the call graph bottom-up and deletes
// functions that became unused). It is still an IFunctionPass, so pass lists and pipelines hold both
// kinds; the PassManager calls Run(Module) once instead of Run(Function) for every function.
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer;

public interface IModulePass : IFunctionPass
{
    /// <summary>Runs on the whole module; true if it changed anything.</summary>
    bool Run(Module module);
}
