// Tests of the file-test checker itself: CHECKs that should pass do, and CHECKs that should fail do.
using Xunit;
namespace PyIR.Tests.Cli;

public class FileCheckTests
{
    private static string? Check(string directives, string output) =>
        FileCheck.Match(FileCheck.ParseSpec(directives, "/x/t.ll").Checks, output);

    [Fact]
    public void ParsesRunLinesWithNotAndPath()
    {
        var spec = FileCheck.ParseSpec("; RUN: pyir run %s --entry f 'a b'\n; RUN: not pyir verify %s\ndefine void @f() {\n ret void\n}\n", "/x/t.ll");
        Assert.Equal(2, spec.Runs.Count);
        Assert.Equal(["run", "/x/t.ll", "--entry", "f", "a b"], spec.Runs[0].Args);
        Assert.False(spec.Runs[0].ExpectFailure);
        Assert.True(spec.Runs[1].ExpectFailure);
        Assert.Equal(2, spec.Runs[1].Line);
    }

    [Fact]
    public void RunLinesMustRunPyir() =>
        Assert.Throws<FormatException>(() => FileCheck.ParseSpec("; RUN: rm -rf %s\n", "/x/t.ll"));

    [Fact]
    public void CheckFindsLaterLines() => Assert.Null(Check("; CHECK: b\n; CHECK: d\n", "a\nb\nc\nd\n"));

    [Fact]
    public void CheckIsOrdered() => Assert.NotNull(Check("; CHECK: d\n; CHECK: b\n", "a\nb\nc\nd\n"));

    [Fact]
    public void MissingTextFailsAndNamesTheCheck()
    {
        var failure = Check("; CHECK: a\n; CHECK: zebra\n", "a\nb\n");
        Assert.NotNull(failure);
        Assert.Contains("line 2: CHECK: zebra", failure);
    }

    [Fact]
    public void CheckNextNeedsTheVeryNextLine()
    {
        Assert.Null(Check("; CHECK: a\n; CHECK-NEXT: b\n", "a\nb\n"));
        Assert.NotNull(Check("; CHECK: a\n; CHECK-NEXT: c\n", "a\nb\nc\n"));
        Assert.NotNull(Check("; CHECK: b\n; CHECK-NEXT: c\n", "a\nb\n"));
    }

    [Fact]
    public void CheckNotLooksBetweenMatches()
    {
        Assert.Null(Check("; CHECK: a\n; CHECK-NOT: bad\n; CHECK: c\n", "a\nb\nc\nbad\n"));
        Assert.NotNull(Check("; CHECK: a\n; CHECK-NOT: bad\n; CHECK: c\n", "a\nbad\nc\n"));
        // A trailing CHECK-NOT covers the rest of the output.
        Assert.NotNull(Check("; CHECK: a\n; CHECK-NOT: bad\n", "a\nb\nbad\n"));
        Assert.Null(Check("; CHECK-NOT: error\n", "5\n"));
        Assert.NotNull(Check("; CHECK-NOT: error\n", "x: error: y\n"));
    }

    [Fact]
    public void CheckEmptyNeedsAnEmptyNextLine()
    {
        Assert.Null(Check("; CHECK: a\n; CHECK-EMPTY:\n; CHECK-NEXT: b\n", "a\n\nb\n"));
        Assert.NotNull(Check("; CHECK: a\n; CHECK-EMPTY:\n", "a\nb\n"));
        Assert.NotNull(Check("; CHECK: a\n; CHECK-EMPTY:\n", "a\n"));
    }

    [Fact]
    public void MatchingIsSubstringOnTrimmedLines()
    {
        Assert.Null(Check("; CHECK: error: bad\n", "t.ll:1:2: error: bad thing   \n"));
        Assert.NotNull(Check("; CHECK: thing \n; CHECK-NEXT: x\n", "thing\ny\n"));
    }

    [Fact]
    public void EmptyPatternsAreRejected() =>
        Assert.Throws<FormatException>(() => FileCheck.ParseSpec("; CHECK:\n", "/x/t.ll"));
}
