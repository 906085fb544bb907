// Memory for one compiled module: a data part (constant pool, globals, runtime cells) followed by
// a code part, mapped together so RIP-relative addressing reaches everything. The whole mapping
// starts read-write; once the code is written its pages become read-execute (W^X: never both).
// Disposing returns the mapping, made read-write again, to a small pool that the next module of a
// similar size reuses (its data part zeroed, its code part filled with int3), so a program that
// compiles many modules does not pay mmap, munmap and a page fault per touched page each time;
// what does not fit the pool is unmapped.
using System.Runtime.InteropServices;

namespace PyIR.Backend.Emit;

public sealed unsafe partial class ExecutableMemory : IDisposable
{
    private const int ProtRead = 1, ProtWrite = 2, ProtExec = 4;
    private const int MapPrivate = 0x02, MapAnonymous = 0x20;
    public const int PageSize = 4096;

    private nint _base;
    private readonly nuint _size;
    private bool _codeCommitted;

    // Freed mappings (read-write), reused by size: at most PoolCount of them and PoolBytes in all.
    private const int PoolCount = 16;
    private const long PoolBytes = 32L << 20;
    private static readonly List<(nint Base, nuint Size)> Pool = [];
    private static long _poolBytes;

    public ExecutableMemory(int dataBytes, int codeBytes)
    {
        DataSize = RoundUp(Math.Max(dataBytes, 1));
        CodeCapacity = RoundUp(Math.Max(codeBytes, 1));
        nuint size = (nuint)(DataSize + CodeCapacity);
        if (TakeFromPool(size) is { } reused)
        {
            (_base, _size) = reused;
            new Span<byte>((void*)_base, DataSize).Clear();
            new Span<byte>((void*)(_base + DataSize), CodeCapacity).Fill(0xCC);
            return;
        }
        _size = size;
        _base = mmap(0, _size, ProtRead | ProtWrite, MapPrivate | MapAnonymous, -1, 0);
        if (_base == -1 || _base == 0) throw new OutOfMemoryException($"mmap of {_size} bytes failed (errno {Marshal.GetLastPInvokeError()})");
    }

    /// <summary>The smallest pooled mapping of at least <paramref name="size"/> bytes and at most twice that, removed from the pool.</summary>
    private static (nint, nuint)? TakeFromPool(nuint size)
    {
        lock (Pool)
        {
            int best = -1;
            for (int i = 0; i < Pool.Count; i++)
                if (Pool[i].Size >= size && Pool[i].Size <= 2 * size && (best < 0 || Pool[i].Size < Pool[best].Size)) best = i;
            if (best < 0) return null;
            var entry = Pool[best];
            Pool.RemoveAt(best);
            _poolBytes -= (long)entry.Size;
            return entry;
        }
    }

    /// <summary>Keeps a read-write mapping for reuse if the pool has room; false if the caller must unmap it.</summary>
    private static bool ReturnToPool(nint address, nuint size)
    {
        lock (Pool)
        {
            if (Pool.Count >= PoolCount || _poolBytes + (long)size > PoolBytes) return false;
            Pool.Add((address, size));
            _poolBytes += (long)size;
            return true;
        }
    }

    public int DataSize { get; }
    public int CodeCapacity { get; }
    public ulong DataAddress => (ulong)_base;
    public ulong CodeAddress => (ulong)_base + (ulong)DataSize;

    public Span<byte> Data => new((void*)_base, DataSize);

    /// <summary>The code part: writable until <see cref="CommitCode(int)"/>, read-only (and executable) after.</summary>
    public Span<byte> Code => new((void*)(_base + DataSize), CodeCapacity);

    /// <summary>Makes the code pages read-execute, once <paramref name="length"/> bytes of code were written into <see cref="Code"/>.</summary>
    public void CommitCode(int length)
    {
        if (length > CodeCapacity) throw new InvalidOperationException("code larger than reserved");
        if (mprotect(_base + DataSize, (nuint)CodeCapacity, ProtRead | ProtExec) != 0)
            throw new InvalidOperationException($"mprotect failed (errno {Marshal.GetLastPInvokeError()})");
        _codeCommitted = true;
    }

    /// <summary>Copies the code in and makes its pages read-execute.</summary>
    public void CommitCode(ReadOnlySpan<byte> code)
    {
        if (code.Length > CodeCapacity) throw new InvalidOperationException("code larger than reserved");
        code.CopyTo(new Span<byte>((void*)(_base + DataSize), CodeCapacity));
        if (mprotect(_base + DataSize, (nuint)CodeCapacity, ProtRead | ProtExec) != 0)
            throw new InvalidOperationException($"mprotect failed (errno {Marshal.GetLastPInvokeError()})");
        _codeCommitted = true;
    }

    private static int RoundUp(int n) => (n + PageSize - 1) / PageSize * PageSize;

    public void Dispose()
    {
        if (_base != 0)
        {
            // Back to read-write before pooling (W^X holds: the code is never writable and
            // executable at once); a mapping whose protection cannot be restored is unmapped.
            bool writable = !_codeCommitted || mprotect(_base + DataSize, (nuint)CodeCapacity, ProtRead | ProtWrite) == 0;
            if (!writable || !ReturnToPool(_base, _size)) munmap(_base, _size);
            _base = 0;
        }
        GC.SuppressFinalize(this);
    }

    ~ExecutableMemory() => Dispose();

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint mmap(nint addr, nuint length, int prot, int flags, int fd, nint offset);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int mprotect(nint addr, nuint len, int prot);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int munmap(nint addr, nuint length);
}
