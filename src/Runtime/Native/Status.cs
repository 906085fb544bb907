// The status codes of the C ABI (docs/c-abi.md) and the exception that carries one out of the code
// behind an export, so every failure is mapped in one place (Guard.Run).
namespace PyIR.Native;

internal static class Status
{
    public const int Ok = 0;
    public const int Syntax = 1;
    public const int Type = 2;
    public const int Trap = 3;
    public const int Argument = 4;
    public const int Unsupported = 5;
    public const int Internal = 6;
}

/// <summary>A failure with a known status; <see cref="Guard.Run"/> turns it into the last error.</summary>
internal sealed class NativeFailure(int status, string message, string? file = null, int line = 0, int column = 0) : Exception(message)
{
    public int Status { get; } = status;
    public string? File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;

    public static NativeFailure Argument(string message) => new(PyIR.Native.Status.Argument, message);

    /// <summary>A positioned IR error (parser, verifier, or a program that stopped) with the given status.</summary>
    public static NativeFailure From(int status, PyIR.Frontend.IrException e) => new(status, e.Format(), e.File, e.Line, e.Column);
}
