// Generated programs against PyIR's reference interpreter: every generated module (well typed,
// terminating, free of undefined behaviour by construction) must run to completion with random
// arguments, with no IrException and no other exception, within an instruction limit. Any failure
// is either an interpreter bug or a generator bug, and is reported with the seed and size that
// reproduce it (FsCheck shrinks the size first).
using FsCheck;
using FsCheck.Fluent;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime;
using PyIR.Tests.Generators;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Properties;

public class GeneratedProgramProperties
{
    private static readonly ExecutionLimits Limits = new() { MaxInstructions = 50_000_000 };

    /// <summary>Runs @f0 of the module for a seed/size with arguments from <paramref name="argSeed"/>; returns the result.</summary>
    public static Constant? RunInInterpreter(ProgramSpec spec, int argSeed)
    {
        var module = Parser.ParseModule(spec.Text, $"gen-{spec.Seed}-{spec.Size}.ll");
        IrVerifier.Verify(module);
        using var engine = new PyIR.Runtime.Interpreter.Interpreter(module, Limits);
        var entry = module.GetFunction(IrGenerator.EntryName)!;
        var args = IrGenerator.RandomArguments(entry, new Random(argSeed));
        var result = engine.Invoke(entry, args);
        Assert.NotNull(result);
        Assert.Same(entry.ReturnType, result!.Type);
        return result;
    }

    [Fact]
    public void GeneratedProgramsRunInTheInterpreter()
    {
        var property = Prop.ForAll(IrGenerator.Arbitrary, spec =>
        {
            try
            {
                RunInInterpreter(spec, spec.Seed);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{spec}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150).WithEndSize(100), property);
    }

    [Fact]
    public void InterpreterResultsAreDeterministic()
    {
        // The same program and arguments give the same bits twice (fresh engines each time).
        for (int seed = 0; seed < 20; seed++)
        {
            var spec = new ProgramSpec(seed, 30 + seed);
            var a = RunInInterpreter(spec, 5);
            var b = RunInInterpreter(spec, 5);
            Assert.Equal(Printer.PrintTypedConstant(a!), Printer.PrintTypedConstant(b!));
        }
    }
}
