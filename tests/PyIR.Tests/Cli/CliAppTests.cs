// The `pyir` command run in-process: exit codes, where output goes, and error messages.
using Xunit;
using PyIR.Cli;

namespace PyIR.Tests.Cli;

public class CliAppTests
{
    private sealed record Result(int Code, string Out, string Err);

    private static Result Pyir(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, new StringReader(stdin), stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    private const string Good = "define i32 @main() {\n  ret i32 7\n}\n\ndefine i32 @add(i32 %a, i32 %b) {\n  %r = add i32 %a, %b\n  ret i32 %r\n}\n";

    [Fact]
    public void PrintReadsStdinAndPrintsCanonicalText()
    {
        var r = Pyir("define i32 @main() {\n ret   i32 7 }", "print", "-");
        Assert.Equal(0, r.Code);
        Assert.Equal("define i32 @main() {\n  ret i32 7\n}\n", r.Out.Replace("\r\n", "\n").TrimEnd() + "\n");
        Assert.Equal("", r.Err);
    }

    [Fact]
    public void VerifyPrintsNothingOnSuccess()
    {
        var r = Pyir(Good, "verify", "-");
        Assert.Equal(0, r.Code);
        Assert.Equal("", r.Out + r.Err);
    }

    [Fact]
    public void ParseErrorsArePositionedAndExitOne()
    {
        var r = Pyir("define i32 @main() {\n  %x = add i32 1\n  ret i32 %x\n}\n", "print", "-");
        Assert.Equal(1, r.Code);
        Assert.StartsWith("<stdin>:3:", r.Err);
        Assert.Contains(": error: ", r.Err);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void MissingFileIsAnErrorNotACrash()
    {
        var r = Pyir("", "verify", "/nonexistent/dir/x.ll");
        Assert.Equal(1, r.Code);
        Assert.Contains("cannot read '/nonexistent/dir/x.ll'", r.Err);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("run")]
    [InlineData("verify a.ll b.ll")]
    [InlineData("run - --entry")]
    [InlineData("run - --misspelt-option")]
    [InlineData("run - --interp --jit")]
    public void UsageErrorsExitTwo(string commandLine)
    {
        var r = Pyir(Good, commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, r.Code);
        Assert.NotEqual("", r.Err);
    }

    [Fact]
    public void HelpGoesToStdout()
    {
        var r = Pyir("", "--help");
        Assert.Equal(0, r.Code);
        Assert.Contains("run", r.Out);
        Assert.Contains("verify", r.Out);
    }

    [Fact]
    public void UnknownEntryNamesTheDefinedFunctions()
    {
        var r = Pyir(Good, "run", "-", "--entry", "nope");
        Assert.Equal(1, r.Code);
        Assert.Contains("no function @nope", r.Err);
        Assert.Contains("@add", r.Err);
    }

    [Fact]
    public void WrongArgumentCountIsExplained()
    {
        var r = Pyir(Good, "run", "-", "--entry", "add", "1");
        Assert.Equal(1, r.Code);
        Assert.Contains("takes 2 arguments, but 1 was given", r.Err);
    }

    [Fact]
    public void UnparsableArgumentIsExplained()
    {
        var r = Pyir(Good, "run", "-", "--entry", "add", "1", "two");
        Assert.Equal(1, r.Code);
        Assert.Contains("argument 2 of @add", r.Err);
        Assert.Contains("'two'", r.Err);
    }

    [Fact]
    public void RunIsReentrant()
    {
        // Two interleaved invocations share nothing: each sees only its own input and output.
        var a = Pyir("define i32 @main() {\n  ret i32 1\n}\n", "print", "-");
        var b = Pyir("define i32 @main() {\n  ret i32 2\n}\n", "print", "-");
        Assert.Contains("ret i32 1", a.Out);
        Assert.DoesNotContain("ret i32 2", a.Out);
        Assert.Contains("ret i32 2", b.Out);
    }
}
