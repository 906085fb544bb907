// Small routines generated code calls by address for work not worth inlining: memmove with a
// variable size, and the C string routines strlen, strcmp and memcmp. They are plain C-ABI functions ([UnmanagedCallersOnly]), so calling them needs no
// managed transition bookkeeping beyond what the runtime does for such entry points.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyIR.Backend.Jit;

public static unsafe class RuntimeHelpers
{
    public static nint Resolve(string name) => name switch
    {
        "memmove" => (nint)(delegate* unmanaged[Cdecl]<byte*, byte*, long, void>)&MemMove,
        "strlen" => (nint)(delegate* unmanaged[Cdecl]<byte*, long>)&StrLen,
        "strcmp" => (nint)(delegate* unmanaged[Cdecl]<byte*, byte*, int>)&StrCmp,
        "memcmp" => (nint)(delegate* unmanaged[Cdecl]<byte*, byte*, long, int>)&MemCmp,
        _ => 0,
    };

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static long StrLen(byte* s)
    {
        for (long length = 0; ; length += int.MaxValue)
        {
            int at = new ReadOnlySpan<byte>(s + length, int.MaxValue).IndexOf((byte)0);
            if (at >= 0) return length + at;
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int StrCmp(byte* a, byte* b)
    {
        for (long i = 0; ; i++)
        {
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            if (a[i] == 0) return 0;
        }
    }

    /// <summary>memcmp (and bcmp): the sign of the first differing byte, compared unsigned.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int MemCmp(byte* a, byte* b, long n)
    {
        // n is a size_t: compare in spans of at most int.MaxValue bytes.
        for (ulong left = (ulong)n; left > 0;)
        {
            int chunk = (int)Math.Min(left, int.MaxValue);
            int c = new ReadOnlySpan<byte>(a, chunk).SequenceCompareTo(new ReadOnlySpan<byte>(b, chunk));
            if (c != 0) return Math.Sign(c);
            a += chunk;
            b += chunk;
            left -= (ulong)chunk;
        }
        return 0;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void MemMove(byte* destination, byte* source, long count)
    {
        if (count > 0) Buffer.MemoryCopy(source, destination, count, count);
    }
}
