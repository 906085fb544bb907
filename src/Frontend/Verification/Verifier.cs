// The IR verifier: checks that a module is well formed before anything interprets, optimizes or
// compiles it. The parser already rejects most type errors as it reads, but modules are also built
// and rewritten programmatically (by passes, by tests), so every rule is checked again here on the
// object model: block structure, phi placement and entries, SSA dominance, operand ownership, and
// the type rules of every instruction.
//   Verify(module) throws an IrException at the first problem (positioned at the offending
//   instruction when it has a source location); Check(module) returns every problem found.
using PyIR.Frontend.Ir;
using PyIR.Frontend.Verification;

namespace PyIR.Frontend;

public static class Verifier
{
    /// <summary>Throws an <see cref="IrException"/> describing the first problem in the module, if any.</summary>
    public static void Verify(Module module)
    {
        var problems = Check(module);
        if (problems.Count > 0) throw problems[0];
    }

    /// <summary>Throws at the first problem in one function.</summary>
    public static void Verify(Function function)
    {
        var problems = Check(function);
        if (problems.Count > 0) throw problems[0];
    }

    /// <summary>Every problem in the module, in function and instruction order (empty if it is valid).</summary>
    public static IReadOnlyList<IrException> Check(Module module)
    {
        var sink = new ProblemSink(module.Name);
        foreach (var g in module.Globals) CheckGlobal(g, sink);
        foreach (var f in module.Functions) CheckFunction(f, module, sink);
        return sink.Problems;
    }

    /// <summary>Every problem in one function.</summary>
    public static IReadOnlyList<IrException> Check(Function function)
    {
        var sink = new ProblemSink(function.Parent?.Name);
        CheckFunction(function, function.Parent, sink);
        return sink.Problems;
    }

    private static void CheckGlobal(GlobalVariable g, ProblemSink sink)
    {
        if (!TypeChecks.IsSized(g.ValueType))
            sink.Report(null, $"global '@{Names.Quote(g.Name)}' has unsized type '{g.ValueType}'");
        else if (g.Initializer is { } init && !ReferenceEquals(init.Type, g.ValueType))
            sink.Report(null, $"the initializer of '@{Names.Quote(g.Name)}' has type '{init.Type}', but the global has type '{g.ValueType}'");
    }

    private static void CheckFunction(Function f, Module? module, ProblemSink sink)
    {
        if (f.IsDeclaration)
        {
            if (Builtins.IsIntrinsicName(f.Name) && f.Builtin == Builtin.None)
                sink.Report(null, $"unsupported intrinsic '@{f.Name}'");
            else if (f.Builtin != Builtin.None && Builtins.CheckSignature(f.Name, f.Builtin, f.FunctionType) is { } problem)
                sink.Report(null, problem);
            return;
        }
        new FunctionVerifier(f, module, sink).Run();
    }
}
