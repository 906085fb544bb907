// Runs LLVM 16's command-line tools (llvm-as-16) from tests. A missing tool is a test failure with
// a message saying how to get it, never a silent skip: these tests are the cross-check of PyIR's
// printer against the real LLVM parser.
using System.Diagnostics;
using Xunit;

namespace PyIR.Tests.Properties;

internal static class LlvmTools
{
    public static string Find(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/bin").Append("/usr/lib/llvm-16/bin"))
        {
            var path = Path.Combine(dir, tool);
            if (File.Exists(path)) return path;
        }
        Assert.Fail($"'{tool}' was not found on PATH: install LLVM 16 (./test.sh installs it; on Debian/Ubuntu: apt-get install llvm-16)");
        return "";
    }

    /// <summary>Runs <c>llvm-as-16 - -o /dev/null</c> on the text; returns null if it is accepted, else the error output.</summary>
    public static string? Assemble(string text)
    {
        var (exit, _, err) = Run("llvm-as-16", text, "-", "-o", "/dev/null");
        return exit == 0 ? null : err;
    }

    /// <summary>Runs an LLVM tool with <paramref name="stdin"/> as its input; gives the exit code and both outputs.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string tool, string stdin, params string[] args)
    {
        var psi = new ProcessStartInfo(Find(tool), args)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(60_000))
        {
            p.Kill();
            Assert.Fail($"{tool} did not finish within 60 s");
        }
        return (p.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
