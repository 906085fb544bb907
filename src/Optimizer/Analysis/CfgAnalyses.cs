// The dominator tree and loop forest of a function, kept between passes while its control-flow
// graph stays the same. Both depend only on the CFG: the blocks in layout order and each block's
// terminator targets in operand order. Each cached entry keeps that shape, and a request compares
// the function's current shape with it (a walk over blocks and edges, no allocation) before reusing
// the analyses; any difference builds them again. A loop forest that made a preheader
// (LoopForest.EnsurePreheader changes its loops) is never reused, even if the CFG later returns to
// the old shape. Passes that change the CFG while they hold these objects must ask again afterwards
// (as they would have built new ones). The entry lives in Function.AnalysisCache (a field, not a
// weak table: looking it up is one load).
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public static class CfgAnalyses
{
    private sealed class Entry(BasicBlock?[] shape, DominatorTree dominators)
    {
        public readonly BasicBlock?[] Shape = shape;
        public readonly DominatorTree Dominators = dominators;
        public LoopForest? Loops;
    }

    /// <summary>The dominator tree of <paramref name="f"/>'s current CFG.</summary>
    public static DominatorTree Dominators(Function f) => Get(f).Dominators;

    /// <summary>The loop forest of <paramref name="f"/>'s current CFG (its <see cref="LoopForest.Dominators"/> is <see cref="Dominators"/>).</summary>
    public static LoopForest Loops(Function f)
    {
        var e = Get(f);
        return e.Loops ??= new LoopForest(f, e.Dominators);
    }

    private static Entry Get(Function f)
    {
        if (f.AnalysisCache is Entry e && e.Loops is not { Modified: true } && SameShape(f, e.Shape))
        {
            e.Dominators.Renumber(); // other passes reuse Value.Scratch
            return e;
        }
        var fresh = new Entry(Shape(f), new DominatorTree(f));
        f.AnalysisCache = fresh;
        return fresh;
    }

    /// <summary>Each block followed by its terminator's block operands, then null (a missing terminator adds nothing).</summary>
    private static BasicBlock?[] Shape(Function f)
    {
        var blocks = f.Blocks;
        int length = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            length += 2;
            if (blocks[b].Terminator is { } t)
                for (int i = 0; i < t.OperandCount; i++)
                    if (t.GetOperand(i) is BasicBlock) length++;
        }
        var shape = new BasicBlock?[length];
        int k = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            shape[k++] = blocks[b];
            if (blocks[b].Terminator is { } t)
                for (int i = 0; i < t.OperandCount; i++)
                    if (t.GetOperand(i) is BasicBlock s) shape[k++] = s;
            k++; // null
        }
        return shape;
    }

    private static bool SameShape(Function f, BasicBlock?[] shape)
    {
        int k = 0;
        foreach (var b in f.Blocks)
        {
            if (k >= shape.Length || !ReferenceEquals(shape[k++], b)) return false;
            if (b.Terminator is { } t)
                for (int i = 0; i < t.OperandCount; i++)
                    if (t.GetOperand(i) is BasicBlock s && (k >= shape.Length || !ReferenceEquals(shape[k++], s))) return false;
            if (k >= shape.Length || shape[k++] is not null) return false;
        }
        return k == shape.Length;
    }
}
