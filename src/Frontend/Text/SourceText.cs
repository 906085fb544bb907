// A source text with its file name, mapping offsets to lines and columns for diagnostics.
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Text;

public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string? file = null)
    {
        Text = text;
        File = file;
        var span = text.AsSpan();
        _lineStarts = new int[span.Count('\n') + 1];
        for (int line = 1, at = span.IndexOf('\n'); at >= 0; line++)
        {
            _lineStarts[line] = at + 1;
            int next = span[(at + 1)..].IndexOf('\n');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    public string Text { get; }
    public string? File { get; }

    /// <summary>Added to every line number reported (snippets embedded in a larger file).</summary>
    public int LineOffset { get; init; }

    // The line of the last offset located: the parser asks in text order, so the next answer is
    // usually on that line or the next one.
    private int _lastLine;

    public SourceLocation Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = _lastLine;
        if (offset < _lineStarts[line] || (line + 1 < _lineStarts.Length && offset >= _lineStarts[line + 1]))
        {
            if (line + 2 < _lineStarts.Length && offset >= _lineStarts[line + 1] && offset < _lineStarts[line + 2]) line++;
            else
            {
                line = Array.BinarySearch(_lineStarts, offset);
                if (line < 0) line = ~line - 1;
            }
            _lastLine = line;
        }
        return new SourceLocation(File, line + 1 + LineOffset, offset - _lineStarts[line] + 1);
    }

    /// <summary>The text of a 1-based line (as reported by <see cref="Locate"/>), without its newline.</summary>
    public string LineText(int reportedLine)
    {
        int line = reportedLine - 1 - LineOffset;
        if (line < 0 || line >= _lineStarts.Length) return "";
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r') end--;
        return Text[start..end];
    }

    public IrException Error(int offset, string message)
    {
        var loc = Locate(offset);
        return new IrException(message, loc.File, loc.Line, loc.Column, LineText(loc.Line));
    }
}
