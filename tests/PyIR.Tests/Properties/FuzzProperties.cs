// Robustness of the front end against arbitrary input: the parser, and the verifier after a
// successful parse, must reject anything malformed with an IrException and nothing else (no
// NullReferenceException, IndexOutOfRange, InvalidCast, stack overflow), and must not hang.
// 100,000 inputs are checked: mutations of real IR (character and token flips, deletions,
// duplicated and swapped lines) seeded from generated modules, the .ll files of the repository and
// a hand-written feature seed; every prefix of some seeds; random bytes; and random token soup.
// A watchdog fails the test if any single input takes more than a second. Inputs that once broke
// the front end are kept in FuzzRegressions/ and replayed by a theory.
using System.Diagnostics;
using System.Text;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Tests.Generators;
using Xunit;
using Xunit.Abstractions;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Properties;

public class FuzzProperties(ITestOutputHelper output)
{
    private static readonly TimeSpan PerInputBudget = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Parses, then verifies (and, if it verifies, prints and re-parses); returns null if only
    /// IrExceptions were thrown, else a description of the unexpected exception.
    /// </summary>
    public static string? FrontEndFailure(string input)
    {
        Module module;
        try
        {
            module = Parser.ParseModule(input, "fuzz.ll");
        }
        catch (IrException)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"the parser threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
        try
        {
            var problems = IrVerifier.Check(module);
            if (problems.Count > 0)
            {
                // Verify must agree with Check and throw (only) an IrException.
                try
                {
                    IrVerifier.Verify(module);
                    return "Check found problems but Verify did not throw";
                }
                catch (IrException) { return null; }
            }
        }
        catch (Exception e)
        {
            return $"the verifier threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
        // A module that verifies must print, and the printed text must parse again.
        string printed;
        try
        {
            printed = Printer.Print(module);
        }
        catch (Exception e)
        {
            return $"the printer threw {e.GetType().Name} on a verified module: {e.Message}\n{e.StackTrace}";
        }
        try
        {
            Parser.ParseModule(printed, "printed.ll");
        }
        catch (Exception e)
        {
            return $"the printed form of a verified module does not parse ({e.GetType().Name}: {e.Message})\nprinted:\n{printed}";
        }
        return null;
    }

    // ------------------------------------------------------------------ seeds

    internal static List<string> Seeds()
    {
        var seeds = new List<string>();
        // Small generated modules (the parser's cost grows with the input; mutations of small ones are fast).
        for (int s = 0; s < 40; s++) seeds.Add(IrGenerator.Generate(1000 + s, s % 12));
        // Printed forms too (numbered values, canonical spacing).
        for (int s = 0; s < 10; s++) seeds.Add(Printer.Print(Parser.ParseModule(IrGenerator.Generate(2000 + s, 8))));
        // At most a few seeds per file, so one huge file (the math library) does not dominate.
        var features = TestPaths.Combine("tests", "PyIR.Tests", "Properties", "FuzzSeeds", "features.ll");
        seeds.Add(File.ReadAllText(features));
        foreach (var file in RepoIrFiles().Where(f => f != features)) seeds.AddRange(SplitFunctions(File.ReadAllText(file)).Take(8));
        return seeds;
    }

    /// <summary>Every .ll in the repository (test corpora, examples, the fuzz seeds), skipping build output.</summary>
    private static IEnumerable<string> RepoIrFiles() =>
        Directory.EnumerateFiles(TestPaths.RepoRoot, "*.ll", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("/.git/"))
            .Order(StringComparer.Ordinal);

    /// <summary>Large files are split into one seed per function (with the file's other lines when short enough); huge functions are left out.</summary>
    private static IEnumerable<string> SplitFunctions(string text)
    {
        const int maxSeed = 3000;
        if (text.Length <= maxSeed)
        {
            yield return text;
            yield break;
        }
        var lines = text.Split('\n');
        var header = new StringBuilder();
        var functions = new List<string>();
        StringBuilder? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("define", StringComparison.Ordinal)) current = new StringBuilder();
            if (current is not null)
            {
                current.Append(line).Append('\n');
                if (line.StartsWith('}')) { functions.Add(current.ToString()); current = null; }
            }
            else header.Append(line).Append('\n');
        }
        var head = header.ToString();
        foreach (var f in functions)
            if (head.Length + f.Length <= maxSeed) yield return head + f;
            else if (f.Length <= maxSeed) yield return f;
    }

    // ------------------------------------------------------------------ input generators

    private static readonly string[] Vocabulary =
    [
        "define", "declare", "global", "constant", "type", "opaque", "i1", "i8", "i32", "i64", "i7", "i128", "i0", "i99999999999",
        "float", "double", "half", "ptr", "void", "label", "metadata", "x", "{", "}", "[", "]", "(", ")", "<", ">", "<{", "}>",
        ",", "=", "*", ":", "...", "!", "!0", "#0", "$c", "%x", "%0", "%1", "%\"q\"", "@f", "@0", "@\"g\"", "@llvm.sqrt.f32",
        "entry:", "0:", "br", "ret", "switch", "unreachable", "phi", "add", "fadd", "sdiv", "icmp", "fcmp", "eq", "olt",
        "select", "alloca", "load", "store", "getelementptr", "inbounds", "extractvalue", "insertvalue", "extractelement",
        "insertelement", "shufflevector", "call", "tail", "trunc", "zext", "bitcast", "to", "align", "nsw", "fast",
        "true", "false", "null", "undef", "poison", "zeroinitializer", "c\"abc\\00\"", "\"str\"", "0", "-1", "1", "42",
        "2147483648", "-9223372036854775809", "99999999999999999999999", "1.5", "1e400", "0x7FF0000000000000",
        "0xK4000", "0xH3C00", "0x", "u0x10", "s0x10", "attributes", "source_filename", "target", "triple", "datalayout",
        "\n", "\n", "\n", ";", "\"", "%", "@", "#", "\\", "\0", "\u00e9", "\ud800",
    ];

    private static string TokenSoup(Random r)
    {
        var sb = new StringBuilder();
        if (r.Chance(0.5)) sb.Append("define i32 @f(i32 %x) {\nentry:\n");
        int n = r.Next(1, 120);
        for (int i = 0; i < n; i++) sb.Append(r.Pick(Vocabulary)).Append(r.Chance(0.8) ? " " : "");
        return sb.ToString();
    }

    private static string RandomBytes(Random r)
    {
        var bytes = new byte[r.Next(0, 400)];
        r.NextBytes(bytes);
        // Mostly printable ASCII (to get past the lexer), sometimes raw bytes.
        if (r.Chance(0.7))
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(32 + bytes[i] % 95);
        return Encoding.Latin1.GetString(bytes);
    }

    /// <summary>1–4 random edits of a seed: character flips, token replacements, deletions, duplicated or swapped lines.</summary>
    internal static string Mutate(string seed, Random r)
    {
        var text = seed;
        int edits = r.Next(1, 5);
        for (int e = 0; e < edits && text.Length > 0; e++)
        {
            int pos = r.Next(text.Length);
            switch (r.Next(8))
            {
                case 0: // flip one character
                    text = text[..pos] + (char)(r.Chance(0.8) ? r.Next(32, 127) : r.Next(0, 256)) + text[(pos + 1)..];
                    break;
                case 1: // replace the token at pos by a vocabulary token
                {
                    int start = pos, end = pos;
                    while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
                    while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
                    text = text[..start] + r.Pick(Vocabulary) + text[end..];
                    break;
                }
                case 2: // delete a short span
                    text = text.Remove(pos, Math.Min(text.Length - pos, r.Next(1, 20)));
                    break;
                case 3: // insert a vocabulary token
                    text = text.Insert(pos, " " + r.Pick(Vocabulary) + " ");
                    break;
                default: // line edits: delete, duplicate, swap
                {
                    var lines = text.Split('\n').ToList();
                    int a = r.Next(lines.Count), b = r.Next(lines.Count);
                    switch (r.Next(3))
                    {
                        case 0: lines.RemoveAt(a); break;
                        case 1: lines.Insert(b, lines[a]); break;
                        default: (lines[a], lines[b]) = (lines[b], lines[a]); break;
                    }
                    text = string.Join('\n', lines);
                    break;
                }
            }
        }
        return text;
    }

    /// <summary>The 100,000 inputs, lazily: mutations, prefixes, random bytes, token soup.</summary>
    private static IEnumerable<(string Kind, string Input)> Inputs(List<string> seeds, int total)
    {
        var r = new Random(12345);
        int prefixes = total * 15 / 100, bytes = total / 10, soup = total / 20;
        int mutations = total - prefixes - bytes - soup;
        for (int i = 0; i < mutations; i++) yield return ("mutation", Mutate(r.Pick(seeds), r));
        // Every prefix of some seeds, cycling through them until the share is used up.
        int produced = 0;
        for (int s = 0; produced < prefixes; s++)
        {
            var seed = seeds[s % seeds.Count];
            for (int len = 0; len <= seed.Length && produced < prefixes; len++, produced++) yield return ("prefix", seed[..len]);
        }
        for (int i = 0; i < bytes; i++) yield return ("random bytes", RandomBytes(r));
        for (int i = 0; i < soup; i++) yield return ("token soup", TokenSoup(r));
    }

    // ------------------------------------------------------------------ the properties

    [Fact]
    public void FrontEndThrowsOnlyIrExceptionsOnHundredThousandInputs()
    {
        const int total = 100_000;
        var seeds = Seeds();
        var failures = new List<string>();
        var counts = new Dictionary<string, int>();
        int parsed = 0, done = 0;
        var watch = Stopwatch.StartNew();

        // The worker publishes the input it is on; the test thread watches for one that takes too long.
        string? current = null;
        long currentStart = 0;
        var worker = new Thread(() =>
        {
            foreach (var (kind, input) in Inputs(seeds, total))
            {
                Volatile.Write(ref current, input);
                Interlocked.Exchange(ref currentStart, Stopwatch.GetTimestamp());
                var failure = FrontEndFailure(input);
                var elapsed = Stopwatch.GetElapsedTime(Interlocked.Read(ref currentStart));
                if (failure is not null && failures.Count < 5) failures.Add($"{kind} input ({failure}):\n{Show(input)}");
                if (elapsed > PerInputBudget && failures.Count < 5)
                    failures.Add($"{kind} input took {elapsed.TotalMilliseconds:F0} ms:\n{Show(input)}");
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
                if (failure is null && IsParsable(input)) parsed++;
                Interlocked.Increment(ref done);
            }
            Volatile.Write(ref current, null);
        }) { IsBackground = true, Name = "fuzz worker" };
        worker.Start();
        while (!worker.Join(100))
        {
            var started = Interlocked.Read(ref currentStart);
            var input = Volatile.Read(ref current);
            if (input is not null && started != 0 && Stopwatch.GetElapsedTime(started) > PerInputBudget * 5)
                Assert.Fail($"the front end hangs (over {PerInputBudget.TotalSeconds * 5} s) on input #{done}:\n{Show(input)}");
        }

        output.WriteLine($"{done} inputs in {watch.Elapsed.TotalSeconds:F1} s ({string.Join(", ", counts.Select(kv => $"{kv.Value} {kv.Key}"))}); {parsed} parsed; {seeds.Count} seeds");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Equal(total, done);
    }

    /// <summary>Sampled cheaply: only every 50th input is re-parsed to count successes (for the report).</summary>
    private static int _sample;

    private static bool IsParsable(string input)
    {
        if (++_sample % 50 != 0) return false;
        try
        {
            Parser.ParseModule(input);
            return true;
        }
        catch (IrException)
        {
            return false;
        }
    }

    internal static string Show(string input) => input.Length <= 2000 ? input : input[..2000] + $"... ({input.Length} chars)";

    [Fact]
    public void SeedsAreValidIr()
    {
        // Generated seeds and the feature seed must be valid, or mutations would mostly exercise the
        // first error path. (Seeds split out of large repository files may call functions left
        // behind, and some repository files are deliberately broken, so those are not required to be.)
        var seeds = Seeds();
        foreach (var seed in seeds.Take(50)) IrVerifier.Verify(Parser.ParseModule(seed, "seed.ll"));
        var features = File.ReadAllText(TestPaths.Combine("tests", "PyIR.Tests", "Properties", "FuzzSeeds", "features.ll"));
        IrVerifier.Verify(Parser.ParseModule(features, "features.ll"));
        Assert.Contains(features, seeds);
        Assert.True(seeds.Count > 50 + RepoIrFiles().Count() / 2, $"{seeds.Count} seeds for {RepoIrFiles().Count()} repository files");
    }

    [Theory]
    [InlineData("@g = global ", "[1 x ", "")]
    [InlineData("@g = global ", "{ ", "")]
    [InlineData("@g = global ", "<1 x ", "")]
    [InlineData("@g = global [1 x i8] ", "[", "")]
    [InlineData("@g = global { i8 } ", "{ ", "")]
    [InlineData("@g = global i32 ", "add (i32 ", "")]
    [InlineData("define void @f() {\n  %x = call ", "{", "")]
    [InlineData("declare void @f(", "ptr (", ")")]
    [InlineData("", "[", "")]
    [InlineData("", "{", "")]
    [InlineData("!0 = !{", "!{", "}")]
    public void DeepNestingIsRejectedWithoutStackOverflow(string prefix, string unit, string suffix)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(unit, 100_000)) + suffix;
        var watch = Stopwatch.StartNew();
        Assert.Throws<IrException>(() => Parser.ParseModule(text, "deep.ll"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void ModerateNestingIsStillAccepted()
    {
        // The nesting limit must not reject reasonable programs: an array nested 100 deep.
        string type = "i8", value = "7";
        for (int d = 0; d < 100; d++)
        {
            value = $"[{type} {value}]";
            type = $"[1 x {type}]";
        }
        var m = Parser.ParseModule($"@g = global {type} {value}\n", "nested.ll");
        Assert.Single(m.Globals);
        Assert.Null(LlvmTools.Assemble($"@g = global {type} {value}\n"));
    }

    public static IEnumerable<object[]> RegressionFiles() =>
        Directory.EnumerateFiles(TestPaths.Combine("tests", "PyIR.Tests", "Properties", "FuzzRegressions"))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(RegressionFiles))]
    public void FuzzRegressionsThrowOnlyIrExceptions(string file)
    {
        var input = File.ReadAllText(TestPaths.Combine("tests", "PyIR.Tests", "Properties", "FuzzRegressions", file));
        var watch = Stopwatch.StartNew();
        Assert.Null(FrontEndFailure(input));
        Assert.True(watch.Elapsed < PerInputBudget, $"took {watch.Elapsed.TotalMilliseconds:F0} ms");
    }
}
