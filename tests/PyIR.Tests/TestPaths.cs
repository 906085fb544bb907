// Where the repository's test data lives, found from the test assembly's location so tests run
// the same from `dotnet test`, an IDE, or ./test.sh.
namespace PyIR.Tests;

public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding PyIR.sln).</summary>
    public static string RepoRoot => Root.Value;

    public static string Combine(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PyIR.sln"))) return dir.FullName;
        throw new InvalidOperationException("PyIR.sln not found above " + AppContext.BaseDirectory);
    }
}
