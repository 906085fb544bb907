// The conformance corpus on disk (tests/conformance): which programs exist, at which optimisation
// levels, and the checksum gcc computed for each. Shared by the conformance and round-trip tests so
// both always cover exactly the committed files.
namespace PyIR.Tests.Conformance;

public static class Corpus
{
    /// <summary>The clang-16 optimisation levels generate.sh produces, as they appear in file names.</summary>
    public static readonly string[] Levels = ["O0", "O2", "O2-v3"];

    public static string Directory => TestPaths.Combine("tests", "conformance");

    /// <summary>Program names (src/NAME.c), sorted.</summary>
    public static IReadOnlyList<string> Names => LazyNames.Value;

    /// <summary>NAME → checksum() of the native gcc build, from expected.txt.</summary>
    public static IReadOnlyDictionary<string, long> Expected => LazyExpected.Value;

    public static string LlPath(string name, string level) => Path.Combine(Directory, "ll", $"{name}.{level}.ll");

    /// <summary>Every corpus .ll file as (name, level).</summary>
    public static IEnumerable<(string Name, string Level)> Files() =>
        from name in Names from level in Levels select (name, level);

    /// <summary>Every corpus .ll file as xunit theory data (name, level).</summary>
    public static Xunit.TheoryData<string, string> FileData()
    {
        var data = new Xunit.TheoryData<string, string>();
        foreach (var (name, level) in Files()) data.Add(name, level);
        return data;
    }

    private static readonly Lazy<IReadOnlyList<string>> LazyNames = new(() =>
    {
        var names = System.IO.Directory.GetFiles(Path.Combine(Directory, "src"), "*.c")
            .Select(Path.GetFileNameWithoutExtension).Select(n => n!).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0) throw new InvalidOperationException("no programs in " + Path.Combine(Directory, "src"));
        return names;
    });

    private static readonly Lazy<IReadOnlyDictionary<string, long>> LazyExpected = new(() =>
    {
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(Directory, "expected.txt")))
        {
            if (line.Trim().Length == 0) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) throw new FormatException("bad line in expected.txt: " + line);
            map.Add(parts[0], long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        return map;
    });
}
