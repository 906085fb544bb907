// The math library as shared JIT'd stubs: PyIR's own routines (MathLib/mathlib.ll, compiled from
// C by the project's script) are compiled once per process by this same JIT, and generated code
// calls them by address. Routines the JIT cannot compile yet are left out; built-ins that need
// them then make the calling module fall back to the interpreter.
using PyIR.Backend.MathLib;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;

namespace PyIR.Backend.Jit;

public static class MathRoutines
{
    private static readonly Lazy<CompiledModule?> Compiled = new(CompileLibrary, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The address of the routine implementing <paramref name="builtin"/> at <paramref name="type"/>, or 0.</summary>
    public static nint Resolve(Builtin builtin, IrType type)
    {
        var name = MathLibrary.RoutineName(builtin, type);
        if (name is null || Compiled.Value is not { } lib) return 0;
        var f = lib.Module.GetFunction(name);
        return f is not null && lib.FunctionAddresses.TryGetValue(f, out var address) ? (nint)address : 0;
    }

    private static CompiledModule? CompileLibrary()
    {
        var module = Parser.ParseModule(MathLibrary.Source, "mathlib.ll");
        // The routines never recurse (call depth at most 3), have small frames and are called from JIT'd
        // code that checked its own frame: their prologues need no stack check of their own.
        return JitCompiler.Compile(module, new JitOptions { OmitUnsupportedFunctions = true, OmitStackChecks = true });
    }
}
