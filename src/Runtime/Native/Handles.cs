// Opaque module handles: each pyir_module* is a number from a table of live modules, never a real
// pointer, so a NULL or freed handle is recognised (ids are never reused) instead of crashing.
using System.Collections.Concurrent;

namespace PyIR.Native;

internal static class Handles
{
    private static readonly ConcurrentDictionary<nint, NativeModule> Live = new();
    private static long _next = 0x1000;

    public static nint Add(NativeModule module)
    {
        nint id = (nint)Interlocked.Add(ref _next, 16);
        Live[id] = module;
        return id;
    }

    /// <summary>The module behind a handle; an argument error for NULL or a freed/unknown handle.</summary>
    public static NativeModule Get(nint handle)
    {
        if (handle == 0) throw NativeFailure.Argument("the module handle is NULL");
        return Live.TryGetValue(handle, out var m) ? m : throw NativeFailure.Argument($"0x{handle:x} is not a live module handle (freed?)");
    }

    public static bool TryRemove(nint handle, out NativeModule? module) => Live.TryRemove(handle, out module);
}
