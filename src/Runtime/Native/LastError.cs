// The last failure on the calling thread, as the pyir_last_error* functions return it. The strings
// are kept as NUL-terminated UTF-8 in native memory owned by the thread's state, valid until the
// next failure on that thread.
using System.Runtime.InteropServices;

namespace PyIR.Native;

internal static unsafe class LastError
{
    [ThreadStatic] private static byte* _message;
    [ThreadStatic] private static byte* _file;
    [ThreadStatic] private static int _line;
    [ThreadStatic] private static int _column;

    public static byte* Message => _message != null ? _message : NativeText.Empty;
    public static byte* File => _file != null ? _file : NativeText.Empty;
    public static int Line => _line;
    public static int Column => _column;

    public static void Set(string message, string? file, int line, int column)
    {
        NativeText.Free(_message);
        NativeText.Free(_file);
        _message = NativeText.Allocate(message);
        _file = file is null ? null : NativeText.Allocate(file);
        _line = Math.Max(line, 0);
        _column = Math.Max(column, 0);
    }
}

/// <summary>UTF-8 strings in native memory: reading the caller's, allocating the ones we hand out.</summary>
internal static unsafe class NativeText
{
    /// <summary>A NUL-terminated UTF-8 string allocated with malloc (freed by <see cref="Free"/> or pyir_free_string).</summary>
    public static byte* Allocate(string text)
    {
        int n = System.Text.Encoding.UTF8.GetByteCount(text);
        var p = (byte*)NativeMemory.Alloc((nuint)n + 1);
        System.Text.Encoding.UTF8.GetBytes(text, new Span<byte>(p, n));
        p[n] = 0;
        return p;
    }

    /// <summary>A string that lives as long as the process (never freed).</summary>
    public static byte* AllocatePermanent(string text) => Allocate(text);

    public static readonly byte* Empty = AllocatePermanent("");

    public static void Free(byte* p)
    {
        if (p != null) NativeMemory.Free(p);
    }

    /// <summary>The caller's string, or null for a NULL pointer.</summary>
    public static string? Read(byte* p) => p == null ? null : Marshal.PtrToStringUTF8((nint)p);

    /// <summary>The caller's string; NULL is an argument error naming <paramref name="what"/>.</summary>
    public static string Require(byte* p, string what) => Read(p) ?? throw NativeFailure.Argument($"{what} must not be NULL");
}
