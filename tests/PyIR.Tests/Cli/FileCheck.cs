// The file-test language (docs/file-tests.md): reads `; RUN:` and `; CHECK...:` directives from an
// .ll file and matches CHECK lines against a command's output, like a small LLVM FileCheck.
// Matching is literal substring matching on whole lines with trailing whitespace trimmed.
using System.Text;
using System.Text.RegularExpressions;

namespace PyIR.Tests.Cli;

public enum CheckKind { Check, Next, Not, Empty }

public sealed record RunDirective(int Line, string Text, bool ExpectFailure, IReadOnlyList<string> Args);

public sealed record CheckDirective(int Line, CheckKind Kind, string Pattern)
{
    public override string ToString() => Kind switch
    {
        CheckKind.Check => $"line {Line}: CHECK: {Pattern}",
        CheckKind.Next => $"line {Line}: CHECK-NEXT: {Pattern}",
        CheckKind.Not => $"line {Line}: CHECK-NOT: {Pattern}",
        _ => $"line {Line}: CHECK-EMPTY:",
    };
}

public sealed record FileTestSpec(IReadOnlyList<RunDirective> Runs, IReadOnlyList<CheckDirective> Checks);

public static partial class FileCheck
{
    [GeneratedRegex(@"^\s*;\s*(RUN|CHECK|CHECK-NEXT|CHECK-NOT|CHECK-EMPTY):(.*)$")]
    private static partial Regex DirectivePattern();

    /// <summary>Reads the directives of a test file; <paramref name="path"/> replaces %s.</summary>
    public static FileTestSpec ParseSpec(string source, string path)
    {
        var runs = new List<RunDirective>();
        var checks = new List<CheckDirective>();
        var lines = source.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var m = DirectivePattern().Match(lines[i].TrimEnd('\r'));
            if (!m.Success) continue;
            string body = m.Groups[2].Value.Trim();
            int line = i + 1;
            switch (m.Groups[1].Value)
            {
                case "RUN":
                    var words = SplitWords(body, line).Select(w => w.Replace("%s", path)).ToList();
                    bool not = words.Count > 0 && words[0] == "not";
                    if (not) words.RemoveAt(0);
                    if (words.Count == 0 || words[0] != "pyir")
                        throw new FormatException($"line {line}: a RUN line must run 'pyir' (optionally after 'not'): {body}");
                    runs.Add(new RunDirective(line, body, not, words.Skip(1).ToList()));
                    break;
                case "CHECK-EMPTY":
                    if (body.Length > 0) throw new FormatException($"line {line}: CHECK-EMPTY takes no text");
                    checks.Add(new CheckDirective(line, CheckKind.Empty, ""));
                    break;
                default:
                    if (body.Length == 0) throw new FormatException($"line {line}: {m.Groups[1].Value} needs text to look for");
                    var kind = m.Groups[1].Value switch { "CHECK" => CheckKind.Check, "CHECK-NEXT" => CheckKind.Next, _ => CheckKind.Not };
                    checks.Add(new CheckDirective(line, kind, body));
                    break;
            }
        }
        return new FileTestSpec(runs, checks);
    }

    // Shell-like words: spaces separate, '...' and "..." quote.
    private static List<string> SplitWords(string text, int line)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        foreach (char c in text)
        {
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else current.Append(c);
            }
            else if (c is '\'' or '"') { quote = c; inWord = true; }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) { words.Add(current.ToString()); current.Clear(); inWord = false; }
            }
            else { current.Append(c); inWord = true; }
        }
        if (quote != '\0') throw new FormatException($"line {line}: unterminated quote in RUN line");
        if (inWord) words.Add(current.ToString());
        return words;
    }

    /// <summary>The output as lines, trailing whitespace trimmed, without the empty piece after a final newline.</summary>
    public static List<string> Lines(string output)
    {
        var lines = output.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        if (lines.Count > 0 && output.EndsWith('\n')) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>Null when every CHECK holds, else a message naming the CHECK that failed and why.</summary>
    public static string? Match(IReadOnlyList<CheckDirective> checks, string output)
    {
        var lines = Lines(output);
        int next = 0;          // first line a CHECK may match
        int last = -1;         // line of the previous positive match
        var pendingNots = new List<CheckDirective>();

        string? CheckNots(int endExclusive)
        {
            foreach (var not in pendingNots)
                for (int i = next; i < endExclusive; i++)
                    if (lines[i].Contains(not.Pattern, StringComparison.Ordinal))
                        return $"{not} failed: output line {i + 1} contains it: {lines[i]}";
            pendingNots.Clear();
            return null;
        }

        foreach (var check in checks)
        {
            int found;
            switch (check.Kind)
            {
                case CheckKind.Not:
                    pendingNots.Add(check);
                    continue;
                case CheckKind.Check:
                    found = -1;
                    for (int i = next; i < lines.Count; i++)
                        if (lines[i].Contains(check.Pattern, StringComparison.Ordinal)) { found = i; break; }
                    if (found < 0)
                        return $"{check} failed: no line at or after output line {next + 1} contains it";
                    break;
                case CheckKind.Next:
                    found = last + 1;
                    if (found >= lines.Count)
                        return $"{check} failed: there is no line after output line {last + 1}";
                    if (!lines[found].Contains(check.Pattern, StringComparison.Ordinal))
                        return $"{check} failed: output line {found + 1} is: {lines[found]}";
                    break;
                default: // Empty
                    found = last + 1;
                    if (found >= lines.Count)
                        return $"{check} failed: there is no line after output line {last + 1}";
                    if (lines[found].Length != 0)
                        return $"{check} failed: output line {found + 1} is not empty: {lines[found]}";
                    break;
            }
            if (CheckNots(found) is { } notFailure) return notFailure;
            last = found;
            next = found + 1;
        }
        return CheckNots(lines.Count);
    }
}
