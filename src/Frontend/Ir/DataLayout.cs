// Sizes, alignments and struct field offsets for x86-64 (System V), the only layout PyIR targets.
// The rules are LLVM's default x86-64 datalayout:
//   - iN: store size ceil(N/8) bytes; ABI alignment of the smallest of i8/i16/i32/i64 that holds it.
//   - float 4, double 8, half 2, ptr 8 (each aligned to its size).
//   - vectors: store size ceil(N*bits/8); alignment = size rounded up to a power of two.
//   - arrays: element alloc size * count, aligned as the element.
//   - structs: fields at their alignment (1 for packed), size rounded up to the struct's alignment.
// "Alloc size" (the step between array elements, what alloca reserves) is the store size rounded up
// to the alignment.
using System.Collections.Concurrent;

namespace PyIR.Frontend.Ir;

public sealed class StructLayout
{
    public StructLayout(long size, int alignment, long[] offsets)
    {
        Size = size;
        Alignment = alignment;
        Offsets = offsets;
    }

    public long Size { get; }
    public int Alignment { get; }
    public long[] Offsets { get; }
}

public static class DataLayout
{
    public const string X86_64 = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";
    public const string Triple = "x86_64-unknown-linux-gnu";

    private static readonly ConditionalWeakTableCache Layouts = new();

    /// <summary>Bytes a load or store of the type touches.</summary>
    public static long StoreSize(IrType t) => t switch
    {
        IntegerType i => (i.Bits + 7) / 8,
        FloatingType f => f.Bits / 8,
        PointerType => 8,
        VectorType v => ((long)v.Count * v.Element.ScalarBits + 7) / 8,
        ArrayType or StructType => AllocSize(t),
        _ => 0,
    };

    /// <summary>Bytes between consecutive elements of an array of the type (store size rounded up to alignment).</summary>
    public static long AllocSize(IrType t) => t switch
    {
        ArrayType a => AllocSize(a.Element) * a.Count,
        StructType s => GetStructLayout(s).Size,
        _ => RoundUp(StoreSize(t), AbiAlignment(t)),
    };

    public static int AbiAlignment(IrType t) => t switch
    {
        IntegerType i => i.Bits <= 8 ? 1 : i.Bits <= 16 ? 2 : i.Bits <= 32 ? 4 : 8,
        FloatingType f => f.Bits / 8,
        PointerType => 8,
        VectorType v => (int)Math.Min(NextPowerOfTwo(StoreSize(v)), 1L << 30),
        ArrayType a => AbiAlignment(a.Element),
        StructType s => GetStructLayout(s).Alignment,
        _ => 1,
    };

    public static StructLayout GetStructLayout(StructType s) => Layouts.Get(s);

    /// <summary>Byte offset of field <paramref name="index"/> in the struct.</summary>
    public static long FieldOffset(StructType s, int index) => GetStructLayout(s).Offsets[index];

    /// <summary>
    /// Splits the indices of a getelementptr into a constant byte offset and the indices known only at
    /// run time, each with the bytes one step of it moves (scalar or vector indices alike). Struct
    /// field indices must be constants (a splat vector is allowed). Returns null, or a message when an
    /// index cannot be followed.
    /// </summary>
    public static string? DecomposeGep(GetElementPtrInst gep, List<(Value Index, long Scale)> variable, out long offset)
    {
        offset = 0;
        IrType current = gep.SourceElementType;
        for (int n = 0; n < gep.IndexCount; n++)
        {
            var index = gep.GetIndex(n);
            if (n > 0 && current is StructType st)
            {
                if (Constant.SplatInteger(index) is not { } field || field >= (ulong)st.Fields.Count)
                    return $"getelementptr into {st} needs a constant field index";
                offset += FieldOffset(st, (int)field);
                current = st.Fields[(int)field];
                continue;
            }
            if (n > 0)
            {
                if (current is not (ArrayType or VectorType)) return $"getelementptr cannot index into {current}";
                current = current is ArrayType at ? at.Element : ((VectorType)current).Element;
            }
            long scale = AllocSize(current);
            if (index is ConstantInt c) offset += c.SExtValue * scale;
            else if (index is not Constant { IsZeroValue: true }) variable.Add((index, scale));
        }
        return null;
    }

    public static long RoundUp(long value, long alignment) => alignment <= 1 ? value : (value + alignment - 1) / alignment * alignment;

    private static long NextPowerOfTwo(long v)
    {
        long p = 1;
        while (p < v) p <<= 1;
        return p;
    }

    private static StructLayout Compute(StructType s)
    {
        long offset = 0;
        int align = 1;
        var offsets = new long[s.Fields.Count];
        for (int i = 0; i < s.Fields.Count; i++)
        {
            var f = s.Fields[i];
            int fa = s.IsPacked ? 1 : AbiAlignment(f);
            offset = RoundUp(offset, fa);
            offsets[i] = offset;
            offset += AllocSize(f);
            align = Math.Max(align, fa);
        }
        return new StructLayout(RoundUp(offset, align), align, offsets);
    }

    /// <summary>
    /// Caches layouts per struct object. Named structs may change body while a module is being
    /// parsed, so layouts of structs that are still opaque are never cached.
    /// </summary>
    private sealed class ConditionalWeakTableCache
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<StructType, StructLayout> _table = new();

        public StructLayout Get(StructType s)
        {
            if (s.IsOpaque) return new StructLayout(0, 1, []);
            return _table.GetValue(s, Compute);
        }
    }
}
