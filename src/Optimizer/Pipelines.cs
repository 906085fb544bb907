// The named passes and the standard pipelines. -O0 runs nothing; -O1 promotes allocas and cleans up
// (mem2reg, instcombine, simplifycfg, dce); -O2 adds SCCP and a second round of clean-up; -O3 is -O2
// for now (the passes that would make it differ — inlining, unrolling, vectorization — are not written
// yet). A pass list ("mem2reg,sccp,dce") runs exactly those passes in that order.
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Passes;

namespace PyIR.Optimizer;

public static class Pipelines
{
    /// <summary>Every pass by name, in the order docs/optimizer.md describes them.</summary>
    public static readonly IReadOnlyDictionary<string, Func<IFunctionPass>> ByName = new Dictionary<string, Func<IFunctionPass>>
    {
        ["mem2reg"] = () => new Mem2Reg(),
        ["constfold"] = () => new ConstantFolding(),
        ["sccp"] = () => new Sccp(),
        ["instcombine"] = () => new InstCombine(),
        ["simplifycfg"] = () => new SimplifyCfg(),
        ["dce"] = () => new Dce(),
        ["vectorize"] = () => new LoopVectorize(),
    };

    /// <summary>The pass names of an optimization level 0..3.</summary>
    public static IReadOnlyList<string> PassNames(int level) => level switch
    {
        0 => [],
        1 => ["mem2reg", "instcombine", "simplifycfg", "dce"],
        2 or 3 => ["mem2reg", "sccp", "instcombine", "simplifycfg", "dce", "sccp", "instcombine", "simplifycfg", "dce",
                   "vectorize", "instcombine", "simplifycfg", "dce"],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "optimization levels are 0 to 3"),
    };

    /// <summary>The passes of a comma-separated list; an unknown name is an IrException listing the known ones.</summary>
    public static IReadOnlyList<IFunctionPass> Parse(string list)
    {
        var passes = new List<IFunctionPass>();
        foreach (var raw in list.Split(','))
        {
            var name = raw.Trim();
            if (name.Length == 0) continue;
            if (!ByName.TryGetValue(name, out var make))
                throw new IrException($"unknown pass '{name}' (known passes: {string.Join(", ", ByName.Keys)})");
            passes.Add(make());
        }
        return passes;
    }

    public static IReadOnlyList<IFunctionPass> ForLevel(int level) => PassNames(level).Select(n => ByName[n]()).ToList();

    /// <summary>Optimizes <paramref name="module"/> in place at level 0..3; true if anything changed.</summary>
    public static bool Run(Module module, int level) => new PassManager(ForLevel(level)).Run(module);

    /// <summary>Runs an explicit pass list ("mem2reg,sccp,dce") on <paramref name="module"/>.</summary>
    public static bool Run(Module module, string passList) => new PassManager(Parse(passList)).Run(module);
}
