// The math library's scalar routines must all compile with the JIT (they are shared stubs every
// module links against): each one through selection and allocation (listing the reason when one
// fails), and all of them together as the module the shared stubs are built from.
using PyIR.Backend.Isel;
using PyIR.Backend.MathLib;
using PyIR.Frontend.Text;
using Xunit;

namespace PyIR.Tests.Jit;

public class MathLibraryJitTests
{
    [Fact]
    public void EveryScalarRoutineCompiles()
    {
        var module = Parser.ParseModule(MathLibrary.Source, "mathlib.ll");
        var failures = new List<string>();
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration || f.FunctionType.ReturnType.IsVector) continue;
            var context = new ModuleContext(module);
            try
            {
                var mf = InstructionSelector.Select(context, f, []);
                PyIR.Backend.RegAlloc.RegisterAllocator.Run(mf);
            }
            catch (Exception e)
            {
                failures.Add($"{f.Name}: {e.GetType().Name} {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void EveryScalarRoutineIsInTheSharedStubs()
    {
        var module = Parser.ParseModule(MathLibrary.Source, "mathlib.ll");
        using var lib = PyIR.Backend.Jit.JitCompiler.Compile(module, new PyIR.Backend.Jit.JitOptions { OmitUnsupportedFunctions = true });
        var missing = module.Functions.Where(f => !f.IsDeclaration && !f.FunctionType.ReturnType.IsVector && !lib.FunctionAddresses.ContainsKey(f))
            .Select(f => f.Name).ToList();
        Assert.True(missing.Count == 0, "not compiled: " + string.Join(", ", missing));
    }
}
