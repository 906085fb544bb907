// Runs every file test: each *.ll under tests/files and tests/edge carries `; RUN: pyir ...` lines
// and `; CHECK:` lines (docs/file-tests.md). The RUN commands run in-process through CliApp.Run;
// their stdout and stderr, concatenated in order, must satisfy the CHECKs. Every file runs twice:
// as written (`pyir run` then uses the JIT, or the interpreter for modules the JIT cannot compile)
// and with `--interp` added to each `pyir run` that names no engine, so the reference interpreter
// passes every edge case too. The edge cases (tests/edge) run a third time with `-O0` added to each
// `pyir run` that names no level or engine: `pyir run` optimizes at -O2 by default, which folds
// their constant operands (with the interpreter's arithmetic), so this is where the JIT's own code
// for each operation meets lli's answers.
using Xunit;
using System.Text;
using PyIR.Cli;
using PyIR.Tests.Cli;

namespace PyIR.Tests;

public class FileTests
{
    private static readonly string[] Folders = ["tests/files", "tests/edge"];

    /// <summary>Every test file, as a path relative to the repository root (the test's display name).</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in FileList()) data.Add(file);
        return data;
    }

    private static IEnumerable<string> FileList()
    {
        foreach (var folder in Folders)
        {
            var dir = TestPaths.Combine(folder.Split('/'));
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.ll", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                yield return Path.GetRelativePath(TestPaths.RepoRoot, file).Replace('\\', '/');
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void RunWithInterpreter(string file)
    {
        var failure = RunFile(file, forceInterpreter: true);
        Assert.True(failure is null, failure);
    }

    /// <summary>The edge-case files (tests/edge), whose RUN lines also run unoptimized.</summary>
    public static TheoryData<string> EdgeFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in FileList().Where(f => f.StartsWith("tests/edge/", StringComparison.Ordinal))) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(EdgeFiles))]
    public void RunUnoptimized(string file)
    {
        var failure = RunFile(file, unoptimized: true);
        Assert.True(failure is null, failure);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Run(string file)
    {
        var failure = RunFile(file);
        Assert.True(failure is null, failure);
    }

    /// <summary>Runs one file test; null if it passes, otherwise a full report of what went wrong.</summary>
    public static string? RunFile(string relativePath, bool forceInterpreter = false, bool unoptimized = false)
    {
        string path = TestPaths.Combine(relativePath.Split('/'));
        var spec = FileCheck.ParseSpec(File.ReadAllText(path), path);
        if (spec.Runs.Count == 0) return $"{relativePath}: no '; RUN: pyir ...' line";
        var output = new StringBuilder();
        foreach (var run in spec.Runs)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var args = run.Args.ToList();
            if (forceInterpreter && args.Count > 0 && args[0] == "run" && !args.Contains("--interp") && !args.Contains("--jit"))
                args.Insert(1, "--interp");
            if (unoptimized && args.Count > 0 && args[0] == "run" && !args.Contains("--interp") && !args.Any(a => a is "-O0" or "-O1" or "-O2" or "-O3"))
                args.Insert(1, "-O0");
            int code = CliApp.Run(args.ToArray(), new StringReader(""), stdout, stderr);
            Append(output, stdout.ToString());
            Append(output, stderr.ToString());
            bool ok = run.ExpectFailure ? code != 0 : code == 0;
            if (!ok)
                return Report(relativePath, run, output.ToString(),
                    run.ExpectFailure ? "expected a non-zero exit code, got 0" : $"expected exit code 0, got {code}");
            if (code == CliApp.ExitInternal)
                return Report(relativePath, run, output.ToString(), "internal error (exit 70): a PyIR bug, never an expected outcome");
        }
        var mismatch = FileCheck.Match(spec.Checks, output.ToString());
        return mismatch is null ? null : Report(relativePath, null, output.ToString(), mismatch);
    }

    private static void Append(StringBuilder output, string chunk)
    {
        output.Append(chunk);
        if (chunk.Length > 0 && !chunk.EndsWith('\n')) output.Append('\n');
    }

    private static string Report(string file, RunDirective? run, string output, string problem)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{file}: {problem}");
        if (run is not null) sb.AppendLine($"RUN (line {run.Line}): {run.Text}");
        sb.AppendLine("---- output (stdout then stderr of each RUN line) ----");
        sb.Append(output);
        sb.AppendLine("---- end of output ----");
        return sb.ToString();
    }
}
