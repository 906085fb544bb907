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

    // A value kept in an alloca (as clang -O0 writes it) and an internal helper called once.
    private const string Slots =
        "define internal i32 @twice(i32 %x) {\n  %r = shl i32 %x, 1\n  ret i32 %r\n}\n\n" +
        "define i32 @main(i32 %n) {\n  %p = alloca i32\n  store i32 %n, ptr %p\n  %v = load i32, ptr %p\n" +
        "  %t = call i32 @twice(i32 %v)\n  ret i32 %t\n}\n";

    [Fact]
    public void AsmShowsTheCodeOfTheDefaultLevelUnlessAskedForAnother()
    {
        // -O2 (as `run --jit`): mem2reg took the alloca, the call was inlined, @twice is gone.
        var o2 = Pyir(Slots, "asm", "-");
        Assert.Equal(0, o2.Code);
        Assert.Contains("main:", o2.Out);
        Assert.DoesNotContain("store i32", o2.Out);
        Assert.DoesNotContain("call i32 @twice", o2.Out);
        Assert.Contains("shl i32 %n, 1", o2.Out);
        Assert.DoesNotContain("twice:", o2.Out);
        // -O0: the module as written.
        var o0 = Pyir(Slots, "asm", "-", "-O0");
        Assert.Equal(0, o0.Code);
        Assert.Contains("store i32 %n, ptr %p", o0.Out);
        Assert.Contains("call i32 @twice", o0.Out);
        Assert.Contains("twice:", o0.Out);
    }

    [Fact]
    public void AsmExplainsAFunctionThatTheOptimizerRemoved()
    {
        var r = Pyir(Slots, "asm", "-", "--fn", "twice");
        Assert.Equal(1, r.Code);
        Assert.Contains("'@twice' was inlined into its callers and removed by -O2", r.Err);
        Assert.Equal(0, Pyir(Slots, "asm", "-", "--fn", "twice", "-O0").Code);
        var missing = Pyir(Slots, "asm", "-", "--fn", "nope");
        Assert.Equal(1, missing.Code);
        Assert.Contains("no function '@nope' with a body", missing.Err);
        Assert.Equal(2, Pyir(Slots, "asm", "-", "-O1", "-O2").Code);
    }

    [Fact]
    public void AsmLabelsAPhisIncomingConstantWithThePhi()
    {
        // The constant a phi receives from the entry block is loaded there; the listing says it is
        // the phi's (it used to carry the last instruction selected, here the ret).
        const string loop = "define i64 @count(i64 %n) {\nentry:\n  br label %loop\nloop:\n" +
            "  %i = phi i64 [ 7, %entry ], [ %i.next, %loop ]\n  %i.next = add i64 %i, 1\n" +
            "  %done = icmp sgt i64 %i.next, %n\n  br i1 %done, label %exit, label %loop\nexit:\n  ret i64 %i.next\n}\n";
        var r = Pyir(loop, "asm", "-", "-O0");
        Assert.Equal(0, r.Code);
        var lines = r.Out.Split('\n');
        int phi = Array.FindIndex(lines, l => l.Contains("; %i = phi i64 [ 7, %entry ]"));
        Assert.True(phi >= 0, r.Out);
        Assert.Contains("mov", lines[phi + 1]);
        Assert.Contains(",7", lines[phi + 1].Replace(" ", ""));
        Assert.Single(lines, l => l.Contains("; ret i64"));
    }
}
