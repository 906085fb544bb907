// The one exception type for bad input: malformed or ill-typed IR, verifier failures, and run-time
// errors a program commits (division by zero, out-of-bounds access, runaway recursion). It carries
// the position (file, line, column), the source line, and a plain message, and prints like a
// compiler diagnostic:
//
//   muladd.ll:3:21: error: 'fadd' needs floating-point operands, got i32
//     %x = fadd i32 %a, %b
//                       ^
using PyIR.Frontend.Ir;

namespace PyIR.Frontend;

public sealed class IrException : Exception
{
    public IrException(string message, string? file = null, int line = 0, int column = 0, string? sourceLine = null)
        : base(message)
    {
        File = file;
        Line = line;
        Column = column;
        SourceLine = sourceLine;
    }

    /// <summary>The plain message without position (e.g. "'fadd' needs floating-point operands, got i32").</summary>
    public string Description => base.Message;

    /// <summary>The file (or a label such as "&lt;stdin&gt;"), or null when unknown.</summary>
    public string? File { get; }

    /// <summary>1-based line, 0 when the error has no position.</summary>
    public int Line { get; }

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The text of the line the error is on, when known.</summary>
    public string? SourceLine { get; }

    public static IrException At(SourceLocation? location, string message, string? sourceLine = null) =>
        location is { } l ? new IrException(message, l.File, l.Line, l.Column, sourceLine) : new IrException(message);

    /// <summary>"file:line:col: error: message", then the source line and a caret under the column.</summary>
    public override string Message => Format();

    public string Format()
    {
        var head = Line > 0 ? $"{File ?? "<input>"}:{Line}:{Column}: error: {Description}"
            : File is not null ? $"{File}: error: {Description}" : $"error: {Description}";
        if (SourceLine is null || Line <= 0) return head;
        // Keep tabs in the caret line so the caret lines up under the column.
        var pad = new System.Text.StringBuilder();
        for (int i = 0; i < Column - 1 && i < SourceLine.Length; i++) pad.Append(SourceLine[i] == '\t' ? '\t' : ' ');
        return $"{head}\n{SourceLine}\n{pad}^";
    }

    public override string ToString() => Format();
}
