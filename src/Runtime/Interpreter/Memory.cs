// The interpreter's memory: a set of separately allocated, bounds-checked segments (one per global,
// per alloca, per byval copy; functions get an empty segment so they have an address). A pointer is
// a 64-bit integer: the segment id in the high 24 bits and the byte offset in the low 40 bits, so
// ptrtoint/inttoptr and pointer arithmetic round-trip, and null (0) is segment 0, which never exists.
// Every access checks that the segment is alive and the bytes are inside it, and otherwise reports
// an error that says what was accessed ("out-of-bounds load of 4 bytes at offset 16 of a 12-byte
// alloca").
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Interpreter;

internal sealed class Memory
{
    public const int OffsetBits = 40;
    public const ulong OffsetMask = (1UL << OffsetBits) - 1;
    private const int MaxSegments = 1 << 24;

    /// <summary>Bytes of each live segment, indexed by segment id; null when dead or never allocated.</summary>
    public byte[]?[] Data = new byte[]?[256];

    /// <summary>Segments that may not be written (<c>constant</c> globals and functions).</summary>
    public bool[] ReadOnly = new bool[256];

    private string?[] _what = new string?[256];
    private int _next = 1;

    // Freed ids are reused first-in first-out and only once many are waiting, so a dangling pointer to
    // a recently freed alloca is still reported as such.
    private readonly Queue<int> _free = new();
    private const int ReuseThreshold = 4096;

    public int Allocate(byte[] data, string what, bool readOnly = false)
    {
        int id;
        if (_free.Count > ReuseThreshold) id = _free.Dequeue();
        else
        {
            if (_next >= MaxSegments) throw new IrException("too many live memory segments");
            id = _next++;
            if (id >= Data.Length)
            {
                Array.Resize(ref Data, Data.Length * 2);
                Array.Resize(ref ReadOnly, Data.Length);
                Array.Resize(ref _what, Data.Length);
            }
        }
        Data[id] = data;
        ReadOnly[id] = readOnly;
        _what[id] = what;
        return id;
    }

    public void Free(int id)
    {
        Data[id] = null;
        _what[id] = "dead " + _what[id];
        _free.Enqueue(id);
    }

    public static ulong PointerTo(int segment, long offset = 0) => ((ulong)segment << OffsetBits) + (ulong)offset;

    public static int SegmentOf(ulong pointer) => (int)(pointer >> OffsetBits);

    /// <summary>
    /// The bytes that <paramref name="size"/> bytes at <paramref name="pointer"/> live in, and the
    /// offset of the first; throws a positioned error if the access is not entirely inside a live segment.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte[] Access(ulong pointer, long size, bool write, Instruction? at, out int offset)
    {
        ulong seg = pointer >> OffsetBits;
        ulong off = pointer & OffsetMask;
        if (seg < (ulong)Data.Length && Data[seg] is { } data && off + (ulong)size <= (ulong)data.Length
            && !(write && ReadOnly[seg]))
        {
            offset = (int)off;
            return data;
        }
        throw Fault(pointer, size, write, at);
    }

    public IrException Fault(ulong pointer, long size, bool write, Instruction? at)
    {
        string verb = write ? "store" : "load";
        string bytes = size == 1 ? "1 byte" : $"{size} bytes";
        ulong seg = pointer >> OffsetBits;
        long off = (long)(pointer & OffsetMask);
        if (off >= 1L << (OffsetBits - 1) && seg + 1 < (ulong)_next)
        {
            // A pointer moved below the start of its segment borrows from the segment id: report it
            // as a negative offset into the segment it came from.
            seg++;
            off -= 1L << OffsetBits;
        }
        string message;
        if (pointer == 0) message = $"{verb} of {bytes} through a null pointer";
        else if (seg == 0 || seg >= (ulong)_next || _what[seg] is null) message = $"{verb} of {bytes} through an invalid pointer 0x{pointer:x}";
        else if (Data[seg] is null) message = $"{verb} of {bytes} at offset {off} of a {_what[seg]}";
        else if (write && ReadOnly[seg]) message = $"{verb} of {bytes} into read-only {_what[seg]}";
        else message = $"out-of-bounds {verb} of {bytes} at offset {off} of a {Data[seg]!.Length}-byte {_what[seg]}";
        return IrException.At(at?.Location, message);
    }

    // ---- typed access to byte buffers (memory, and aggregates held in registers) ----

    /// <summary>Reads a scalar of the given kind and width stored in ceil(bits/8) little-endian bytes.</summary>
    public static ulong ReadScalar(byte[] data, int offset, ScalarInfo s)
    {
        var span = data.AsSpan(offset);
        switch ((s.Bits + 7) >> 3)
        {
            case 1: return span[0] & s.Mask;
            case 2: return BinaryPrimitives.ReadUInt16LittleEndian(span) & s.Mask;
            case 4: return BinaryPrimitives.ReadUInt32LittleEndian(span) & s.Mask;
            case 8: return BinaryPrimitives.ReadUInt64LittleEndian(span) & s.Mask;
            default:
            {
                int n = (s.Bits + 7) >> 3;
                ulong v = 0;
                for (int i = n - 1; i >= 0; i--) v = (v << 8) | span[i];
                return v & s.Mask;
            }
        }
    }

    public static void WriteScalar(byte[] data, int offset, ScalarInfo s, ulong v)
    {
        var span = data.AsSpan(offset);
        switch ((s.Bits + 7) >> 3)
        {
            case 1: span[0] = (byte)v; break;
            case 2: BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)v); break;
            case 4: BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)v); break;
            case 8: BinaryPrimitives.WriteUInt64LittleEndian(span, v); break;
            default:
            {
                int n = (s.Bits + 7) >> 3;
                for (int i = 0; i < n; i++) span[i] = (byte)(v >> (8 * i));
                break;
            }
        }
    }

    /// <summary>
    /// Reads a value of any first-class type: scalars into <see cref="Val.S"/>, vectors as lane arrays,
    /// aggregates as a copy of their bytes.
    /// </summary>
    public static Val Read(byte[] data, int offset, IrType type)
    {
        switch (type)
        {
            case VectorType v:
            {
                var s = ScalarInfo.Of(v.Element);
                var lanes = new ulong[v.Count];
                if (s.Bits % 8 == 0)
                {
                    int step = s.Bits / 8;
                    for (int i = 0; i < lanes.Length; i++) lanes[i] = ReadScalar(data, offset + i * step, s);
                }
                else
                {
                    // Lanes narrower than a byte multiple are packed bit after bit (lane 0 in bit 0).
                    for (int i = 0; i < lanes.Length; i++)
                    {
                        ulong lane = 0;
                        for (int b = 0; b < s.Bits; b++)
                        {
                            long bit = (long)i * s.Bits + b;
                            lane |= (ulong)((data[offset + (int)(bit >> 3)] >> (int)(bit & 7)) & 1) << b;
                        }
                        lanes[i] = lane;
                    }
                }
                return new Val(0, lanes);
            }
            case ArrayType or StructType:
            {
                var copy = new byte[DataLayout.AllocSize(type)];
                Array.Copy(data, offset, copy, 0, copy.Length);
                return new Val(0, copy);
            }
            default:
                return new Val(ReadScalar(data, offset, ScalarInfo.Of(type)), null);
        }
    }

    public static void Write(byte[] data, int offset, IrType type, Val value)
    {
        switch (type)
        {
            case VectorType v:
            {
                var s = ScalarInfo.Of(v.Element);
                var lanes = (ulong[])value.O!;
                if (s.Bits % 8 == 0)
                {
                    int step = s.Bits / 8;
                    for (int i = 0; i < lanes.Length; i++) WriteScalar(data, offset + i * step, s, lanes[i]);
                }
                else
                {
                    int total = (int)DataLayout.StoreSize(v);
                    Array.Clear(data, offset, total);
                    for (int i = 0; i < lanes.Length; i++)
                        for (int b = 0; b < s.Bits; b++)
                        {
                            if (((lanes[i] >> b) & 1) == 0) continue;
                            long bit = (long)i * s.Bits + b;
                            data[offset + (int)(bit >> 3)] |= (byte)(1 << (int)(bit & 7));
                        }
                }
                break;
            }
            case ArrayType or StructType:
                // The fields' bytes only: padding keeps what it held, as in lli and the JIT.
                WriteFields(data, offset, type, (byte[])value.O!, 0);
                break;
            default:
                WriteScalar(data, offset, ScalarInfo.Of(type), value.S);
                break;
        }
    }

    /// <summary>Copies the bytes of the fields of an aggregate (recursively), not its padding.</summary>
    private static void WriteFields(byte[] data, int offset, IrType type, byte[] bytes, int at)
    {
        switch (type)
        {
            case StructType st:
            {
                var layout = DataLayout.GetStructLayout(st);
                for (int i = 0; i < st.Fields.Count; i++)
                    WriteFields(data, offset + (int)layout.Offsets[i], st.Fields[i], bytes, at + (int)layout.Offsets[i]);
                break;
            }
            case ArrayType at2:
            {
                int step = (int)DataLayout.AllocSize(at2.Element);
                if (at2.Element is not (StructType or ArrayType) && step == DataLayout.StoreSize(at2.Element))
                {
                    Array.Copy(bytes, at, data, offset, step * (int)at2.Count); // no padding between elements
                    break;
                }
                for (int i = 0; i < at2.Count; i++) WriteFields(data, offset + i * step, at2.Element, bytes, at + i * step);
                break;
            }
            default:
                Array.Copy(bytes, at, data, offset, (int)DataLayout.StoreSize(type));
                break;
        }
    }
}

/// <summary>
/// A value outside the fast paths: a scalar in <see cref="S"/>, or a vector (ulong[] lanes) or an
/// aggregate (byte[] in memory layout) in <see cref="O"/>. Vector and aggregate objects are never
/// changed after they are made, so copying a Val shares them safely.
/// </summary>
internal readonly record struct Val(ulong S, object? O)
{
    public ulong[] Lanes => (ulong[])O!;
    public byte[] Bytes => (byte[])O!;
}
