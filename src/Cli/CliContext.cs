// What every command shares for one `pyir` invocation: the three streams and the common steps of
// loading a module (read the file or stdin, parse, verify), each timed for --verbose.
using System.Diagnostics;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;

namespace PyIR.Cli;

public sealed class CliContext(TextReader stdin, TextWriter stdout, TextWriter stderr)
{
    public TextReader Stdin { get; } = stdin;
    public TextWriter Stdout { get; } = stdout;
    public TextWriter Stderr { get; } = stderr;

    /// <summary>Phase timings in microseconds, in the order they ran (for --verbose).</summary>
    public List<(string Phase, long Microseconds)> Timings { get; } = [];

    /// <summary>Runs <paramref name="action"/> and records how long it took under <paramref name="phase"/>.</summary>
    public T Time<T>(string phase, Func<T> action)
    {
        long start = Stopwatch.GetTimestamp();
        try { return action(); }
        finally { Timings.Add((phase, (long)Stopwatch.GetElapsedTime(start).TotalMicroseconds)); }
    }

    // The sources read so far, by label, to show the offending line of errors that lack it.
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    /// <summary>The text of FILE, or of standard input when FILE is "-".</summary>
    public (string Text, string Label) ReadSource(string file)
    {
        if (file == "-") return Remember(Stdin.ReadToEnd(), "<stdin>");
        try
        {
            return Remember(File.ReadAllText(file), file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{file}': {e.Message}");
        }
    }

    private (string, string) Remember(string text, string label)
    {
        _sources[label] = text;
        return (text, label);
    }

    /// <summary>
    /// The error with its source line filled in when it points into a file this invocation read
    /// (run-time errors carry a position but not the text).
    /// </summary>
    public IrException WithSourceLine(IrException e)
    {
        if (e.SourceLine is not null || e.Line <= 0 || e.File is null || !_sources.TryGetValue(e.File, out var text)) return e;
        var lines = text.Split('\n');
        if (e.Line > lines.Length) return e;
        return new IrException(e.Description, e.File, e.Line, e.Column, lines[e.Line - 1].TrimEnd('\r'));
    }

    /// <summary>Reads and parses FILE (throws IrException with a position on bad IR).</summary>
    public Module Parse(string file)
    {
        var (text, label) = ReadSource(file);
        return Time("parse", () => Parser.ParseModule(text, label));
    }

    /// <summary>Parses and verifies FILE; the first verifier problem is thrown as IrException.</summary>
    public Module ParseAndVerify(string file)
    {
        var module = Parse(file);
        Time("verify", () => { Verify(module); return 0; });
        return module;
    }

    /// <summary>Every verifier problem in the module (empty when it is well formed).</summary>
    public static IReadOnlyList<IrException> Check(Module module) => VerifierBridge.Check(module);

    public static void Verify(Module module)
    {
        var problems = VerifierBridge.Check(module);
        if (problems.Count > 0) throw problems[0];
    }

    /// <summary>
    /// Calls PyIR.Frontend.Verifier.Check when the verifier is built in (it is written in
    /// parallel); without it, modules are accepted as parsed.
    /// </summary>
    private static class VerifierBridge
    {
        public static IReadOnlyList<IrException> Check(Module module)
        {
            var verifier = typeof(Parser).Assembly.GetType("PyIR.Frontend.Verifier");
            var check = verifier?.GetMethod("Check", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static, [typeof(Module)]);
            if (check is null) return [];
            try
            {
                return (IReadOnlyList<IrException>)check.Invoke(null, [module])!;
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }
}
