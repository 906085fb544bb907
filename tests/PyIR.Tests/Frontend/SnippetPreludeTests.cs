// The snippet parser's signature texts and prelude: parameter lists parsed from text such as
// "float %a, { float, float } %z", and module text parsed into the snippet's module first so the
// body's calls bind to the other kernels it names (as the C ABI's pyir_compile_snippet uses it).
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime;
using Xunit;

namespace PyIR.Tests.Frontend;

public class SnippetPreludeTests
{
    private const string Relu = """
        define float @relu(float %x) {
          %c = fcmp ogt float %x, 0.0
          %r = select i1 %c, float %x, float 0.0
          ret float %r
        }
        """;

    private static SnippetSignature FloatPair(string name = "f") =>
        new(name, Parser.ParseParameterList("float %a, float %b"), IrType.Float, "t");

    private static float Run(Module module, string name, float a, float b)
    {
        global::PyIR.Frontend.Verifier.Verify(module);
        using var engine = Engines.Create(module, EngineKind.Interpreter);
        var r = engine.Invoke(module.GetFunction(name)!, [ConstantFP.FromDouble(IrType.Float, a), ConstantFP.FromDouble(IrType.Float, b)]);
        return (float)((ConstantFP)r!).Value;
    }

    [Fact]
    public void ParameterListsKeepNamesAndTypes()
    {
        var ps = Parser.ParseParameterList("float %a, { float, float } %z, <4 x i32> %v, ptr %p");
        Assert.Equal(["a", "z", "v", "p"], ps.Select(p => p.Name));
        Assert.Equal("{ float, float }", ps[1].Type.ToString());
        Assert.Equal("<4 x i32>", ps[2].Type.ToString());
        Assert.Empty(Parser.ParseParameterList(""));
        var e = Assert.Throws<IrException>(() => Parser.ParseParameterList("float %a, flot %b"));
        Assert.Equal(11, e.Column);
        Assert.Throws<IrException>(() => Parser.ParseParameterList("float %a float %b"));
        Assert.Throws<IrException>(() => Parser.ParseParameterList("float"));
    }

    [Fact]
    public void BodyCallsAFunctionOfThePrelude()
    {
        var module = Parser.ParseSnippet("%t = fadd float %a, %b\n%t = call float @relu(float %t)\n", FloatPair(), "k.py", 20, Relu);
        var relu = module.GetFunction("relu")!;
        Assert.False(relu.IsDeclaration); // bound to the prelude's definition, not declared implicitly
        Assert.Equal(0f, Run(module, "f", 1.5f, -4f));
        Assert.Equal(2.5f, Run(module, "f", 1.5f, 1f));
    }

    [Fact]
    public void WithoutThePreludeTheCalleeIsOnlyDeclared()
    {
        var module = Parser.ParseSnippet("%t = call float @relu(float %a)\n", FloatPair(), "k.py");
        Assert.True(module.GetFunction("relu")!.IsDeclaration);
    }

    [Fact]
    public void ErrorsPointIntoTheirOwnText()
    {
        var e = Assert.Throws<IrException>(() =>
            Parser.ParseSnippet("%t = fadd float %a, %b\n%u = fadd i32 %t, 1\n", FloatPair(), "k.py", 20, Relu));
        Assert.Equal(("k.py", 22), (e.File, e.Line));
        var p = Assert.Throws<IrException>(() =>
            Parser.ParseSnippet("%t = fadd float %a, %b\n", FloatPair(), "k.py", 20, "define float @g() {\n  ret i32 0\n}\n"));
        Assert.Equal(("<prelude>", 2), (p.File, p.Line));
        var twice = Assert.Throws<IrException>(() => Parser.ParseSnippet("%t = fadd float %a, %b\n", FloatPair("relu"), "k.py", 0, Relu));
        Assert.Contains("prelude already defines '@relu'", twice.Message);
    }

    [Fact]
    public void AWholeModuleBodyAlsoSeesThePrelude()
    {
        const string body = "define float @f(float %a, float %b) {\n  %s = fsub float %a, %b\n  %r = call float @relu(float %s)\n  ret float %r\n}\n";
        var module = Parser.ParseSnippet(body, FloatPair(), "k.py", 0, Relu);
        Assert.Equal(3f, Run(module, "f", 5f, 2f));
        Assert.Equal(0f, Run(module, "f", 2f, 5f));
    }
}
