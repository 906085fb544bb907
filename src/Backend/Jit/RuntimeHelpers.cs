// Small routines generated code calls by address for work not worth inlining: memmove with a
// variable size. They are plain C-ABI functions ([UnmanagedCallersOnly]), so calling them needs no
// managed transition bookkeeping beyond what the runtime does for such entry points.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyIR.Backend.Jit;

public static unsafe class RuntimeHelpers
{
    public static nint Resolve(string name) => name switch
    {
        "memmove" => (nint)(delegate* unmanaged[Cdecl]<byte*, byte*, long, void>)&MemMove,
        _ => 0,
    };

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void MemMove(byte* destination, byte* source, long count)
    {
        if (count > 0) Buffer.MemoryCopy(source, destination, count, count);
    }
}
