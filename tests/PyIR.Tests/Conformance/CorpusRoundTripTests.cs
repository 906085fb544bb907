// Printer/parser round trip over the conformance corpus: real clang-16 output at three
// optimisation levels. Printing must be a fixed point of parse∘print, and llvm-as-16 (the
// reference assembler) must accept what we print, so printed modules are real LLVM IR.
using System.Diagnostics;
using PyIR.Frontend.Text;
using Xunit;

namespace PyIR.Tests.Conformance;

public class CorpusRoundTripTests
{
    public static TheoryData<string, string> AllFiles() => Corpus.FileData();

    [Fact]
    public void CorpusIsComplete()
    {
        Assert.True(Corpus.Names.Count >= 32, $"only {Corpus.Names.Count} programs in the corpus");
        foreach (var (name, level) in Corpus.Files())
            Assert.True(File.Exists(Corpus.LlPath(name, level)), $"missing {Corpus.LlPath(name, level)}: run generate.sh");
        Assert.Equal(Corpus.Names.Order(StringComparer.Ordinal), Corpus.Expected.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void PrintIsAFixedPointOfParse(string name, string level)
    {
        string path = Corpus.LlPath(name, level);
        string first = Printer.Print(Parser.ParseModule(File.ReadAllText(path), path));
        string second = Printer.Print(Parser.ParseModule(first, path + " (printed)"));
        if (first != second) Assert.Fail(FirstDifference(first, second));
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void LlvmAsAcceptsPrintedModule(string name, string level)
    {
        string path = Corpus.LlPath(name, level);
        string printed = Printer.Print(Parser.ParseModule(File.ReadAllText(path), path));
        var (exitCode, stderr) = RunLlvmAs(printed);
        Assert.True(exitCode == 0, $"llvm-as-16 rejected the printed {name}.{level}.ll:\n{stderr}");
    }

    private static (int ExitCode, string Stderr) RunLlvmAs(string text)
    {
        var info = new ProcessStartInfo("llvm-as-16", "-o /dev/null -")
        {
            RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("could not start llvm-as-16");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail("llvm-as-16 is required for this test but could not be run (is LLVM 16 installed?): " + e.Message);
            throw;
        }
        using (process)
        {
            var stderrTask = process.StandardError.ReadToEndAsync();
            var stdoutTask = process.StandardOutput.ReadToEndAsync();
            process.StandardInput.Write(text);
            process.StandardInput.Close();
            process.WaitForExit();
            stdoutTask.Wait();
            return (process.ExitCode, stderrTask.Result);
        }
    }

    private static string FirstDifference(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (int i = 0; i < Math.Max(la.Length, lb.Length); i++)
        {
            string x = i < la.Length ? la[i] : "<end of text>", y = i < lb.Length ? lb[i] : "<end of text>";
            if (x != y) return $"print∘parse is not a fixed point; first difference at printed line {i + 1}:\n  first:  {x}\n  second: {y}";
        }
        return "texts differ only in line endings";
    }
}
