// Memory for one compiled module: a data part (constant pool, globals, runtime cells) followed by
// a code part, mapped together so RIP-relative addressing reaches everything. The whole mapping
// starts read-write; once the code is written its pages become read-execute (W^X: never both).
// Disposing unmaps it.
using System.Runtime.InteropServices;

namespace PyIR.Backend.Emit;

public sealed unsafe partial class ExecutableMemory : IDisposable
{
    private const int ProtRead = 1, ProtWrite = 2, ProtExec = 4;
    private const int MapPrivate = 0x02, MapAnonymous = 0x20;
    public const int PageSize = 4096;

    private nint _base;
    private readonly nuint _size;

    public ExecutableMemory(int dataBytes, int codeBytes)
    {
        DataSize = RoundUp(Math.Max(dataBytes, 1));
        CodeCapacity = RoundUp(Math.Max(codeBytes, 1));
        _size = (nuint)(DataSize + CodeCapacity);
        _base = mmap(0, _size, ProtRead | ProtWrite, MapPrivate | MapAnonymous, -1, 0);
        if (_base == -1 || _base == 0) throw new OutOfMemoryException($"mmap of {_size} bytes failed (errno {Marshal.GetLastPInvokeError()})");
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
    }

    /// <summary>Copies the code in and makes its pages read-execute.</summary>
    public void CommitCode(ReadOnlySpan<byte> code)
    {
        if (code.Length > CodeCapacity) throw new InvalidOperationException("code larger than reserved");
        code.CopyTo(new Span<byte>((void*)(_base + DataSize), CodeCapacity));
        if (mprotect(_base + DataSize, (nuint)CodeCapacity, ProtRead | ProtExec) != 0)
            throw new InvalidOperationException($"mprotect failed (errno {Marshal.GetLastPInvokeError()})");
    }

    private static int RoundUp(int n) => (n + PageSize - 1) / PageSize * PageSize;

    public void Dispose()
    {
        if (_base != 0)
        {
            munmap(_base, _size);
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
