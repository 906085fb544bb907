// The named passes and the standard pipelines. -O0 runs nothing; -O1 promotes allocas and cleans up
// (sroa, mem2reg, instcombine, simplifycfg, dce); -O2 adds SCCP, then tail-recursion elimination and
// inlining (callees simplified first, as LLVM does; a function the inliner neither copies nor inlines
// into skips that first clean-up, which the second round repeats), a second round of clean-up with GVN and DSE, the
// loop passes licm and indvars, the loop vectorizer, loop rotation (the exit test moves from the
// header to the latch), clean-ups, and last the scheduling of each
// block for register pressure; -O3 also fully unrolls small constant loops (then folds the
// counters, so that arrays indexed by them have constant indices for sroa). A pass list
// ("mem2reg,sccp,dce") runs exactly those passes in that order.
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Passes;

namespace PyIR.Optimizer;

public static class Pipelines
{
    /// <summary>Every pass by name, in the order docs/optimizer.md describes them.</summary>
    public static readonly IReadOnlyDictionary<string, Func<IFunctionPass>> ByName = new Dictionary<string, Func<IFunctionPass>>
    {
        ["sroa"] = () => new Sroa(),
        ["mem2reg"] = () => new Mem2Reg(),
        ["constfold"] = () => new ConstantFolding(),
        ["sccp"] = () => new Sccp(),
        ["instcombine"] = () => new InstCombine(),
        ["simplifycfg"] = () => new SimplifyCfg(),
        ["dce"] = () => new Dce(),
        ["tailrec"] = () => new TailRecursion(),
        ["inline"] = () => new Inline(),
        ["gvn"] = () => new Gvn(),
        ["dse"] = () => new Dse(),
        ["licm"] = () => new Licm(),
        ["indvars"] = () => new IndVarSimplify(),
        ["unroll"] = () => new LoopUnroll(),
        ["vectorize"] = () => new LoopVectorize(),
        ["rotate"] = () => new LoopRotate(),
        ["schedule"] = () => new Schedule(),
    };

    // Each function that takes part in inlining cleaned up on its own (so the inliner measures and
    // copies SSA code, not clang -O0 loads and stores); the others are cleaned up once, by Scalar.
    private static readonly string[] Simplify = ["sroa", "mem2reg", "sccp", "instcombine", "simplifycfg", "dce"];

    // After inlining: fold what it exposed, turn the self-recursion that inlining a mutual recursion
    // made into loops, then remove redundant computations, loads and stores.
    private static readonly string[] Scalar = ["sroa", "mem2reg", "sccp", "instcombine", "simplifycfg", "tailrec", "gvn", "dse", "dce"];

    // Loop passes (after GVN, so LICM sees one copy of each computation), a clean-up, then the
    // vectorizer on the clean loops, rotation (the passes before it look for clang -O0's exit test in
    // the header), and a last clean-up of what they leave.
    private static string[] Loops(bool unroll) =>
    [
        "licm", "indvars", .. (unroll ? new[] { "unroll", "sccp", "sroa", "mem2reg" } : []), "instcombine", "simplifycfg", "dce",
        "vectorize", "rotate", "instcombine", "simplifycfg", "dce", "schedule",
    ];

    /// <summary>The pass names of an optimization level 0..3.</summary>
    public static IReadOnlyList<string> PassNames(int level) => level switch
    {
        0 => [],
        1 => ["sroa", "mem2reg", "instcombine", "simplifycfg", "dce"],
        2 => [.. Simplify, "tailrec", "inline", .. Scalar, .. Loops(unroll: false)],
        3 => [.. Simplify, "tailrec", "inline", .. Scalar, .. Loops(unroll: true)],
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

    /// <summary>
    /// The passes of an optimization level 0..3. At -O2 and -O3 the clean-up before inlining is
    /// scoped to the functions that take part in inlining (<see cref="ScopedPass"/>).
    /// </summary>
    public static IReadOnlyList<IFunctionPass> ForLevel(int level)
    {
        var passes = PassNames(level).Select(n => ByName[n]()).ToList();
        if (level >= 2)
        {
            var participants = ScopedPass.InliningParticipants();
            for (int i = 0; i < Simplify.Length; i++) passes[i] = new ScopedPass(passes[i], participants);
        }
        return passes;
    }

    /// <summary>Optimizes <paramref name="module"/> in place at level 0..3; true if anything changed.</summary>
    public static bool Run(Module module, int level) => new PassManager(ForLevel(level)).Run(module);

    /// <summary>Runs an explicit pass list ("mem2reg,sccp,dce") on <paramref name="module"/>.</summary>
    public static bool Run(Module module, string passList) => new PassManager(Parse(passList)).Run(module);
}
