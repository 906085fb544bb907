// Constant folding: every instruction whose operands are all constants is replaced by the constant
// it computes (ConstantFolder: integers, floats and vectors of them, vector element operations and
// pure built-in calls, bit-exact with the interpreter). One forward walk in block order, so chains
// of constants fold in one run.
// Refuses: what ConstantFolder refuses (trapping divisions, pointers, aggregates other than
// with.overflow results, undef/poison).
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class ConstantFolding : IFunctionPass
{
    public string Name => "constfold";

    public bool Run(Function f)
    {
        bool changed = false;
        foreach (var inst in f.Instructions.ToList())
        {
            if (!inst.HasResult || inst.HasSideEffects) continue;
            if (ConstantFolder.Fold(inst, ConstantFolder.AsConstant) is not { } c) continue;
            inst.ReplaceAllUsesWith(c);
            inst.EraseFromParent();
            changed = true;
        }
        return changed;
    }
}
