// Helpers for verifier tests: parse a module without verifying it, assert that verification fails
// with a given message at a given line, and build small functions programmatically for the rules
// the parser already enforces (so the bad IR can only be made through the object model).
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Verifier;

internal static class VerifierTestSupport
{
    public static Module Parse(string text) => Parser.ParseModule(text, "bad.ll");

    /// <summary>Verify must throw the expected message (and at <paramref name="line"/> when given); Check must agree.</summary>
    public static IrException AssertFails(Module m, string expectedMessage, int? line = null)
    {
        var ex = Assert.Throws<IrException>(() => IrVerifier.Verify(m));
        Assert.Equal(expectedMessage, ex.Description);
        if (line is { } l)
        {
            Assert.Equal(l, ex.Line);
            Assert.Equal("bad.ll", ex.File);
        }
        var all = IrVerifier.Check(m);
        Assert.NotEmpty(all);
        Assert.Equal(expectedMessage, all[0].Description);
        return ex;
    }

    public static void AssertValid(Module m)
    {
        var problems = IrVerifier.Check(m);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Message)));
        IrVerifier.Verify(m);
    }

    /// <summary>A module with one function <c>@f</c> of the given type and an entry block named <c>entry</c>.</summary>
    public static (Module M, Function F, BasicBlock Entry) NewFunction(IrType ret, params IrType[] parameters)
    {
        var m = new Module("built.ll");
        var names = parameters.Select((_, i) => (string?)("a" + i)).ToArray();
        var f = new Function("f", FunctionType.Get(ret, parameters), names);
        m.AddFunction(f);
        var entry = new BasicBlock("entry");
        f.AddBlock(entry);
        return (m, f, entry);
    }

    public static ConstantInt I32(long v) => new(IrType.I32, v);
    public static ConstantInt I64(long v) => new(IrType.I64, v);
}
