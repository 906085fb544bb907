// How IR types map onto machine registers. Every first-class IR value becomes one or more "parts":
//   - iN and ptr: one general-purpose register (upper bits beyond N are unspecified, see below);
//   - float, double: one vector register (lane 0);
//   - vectors: one xmm (up to 128 bits) or ymm (up to 256 bits); wider vectors are split into
//     256-bit parts;
//   - masks <N x i1>: one byte per lane (0 or 1) in an xmm (N <= 16) or a ymm (N <= 32). In memory
//     LLVM packs them one bit per lane, so loads, stores, constants and the host boundary convert;
//   - structs and arrays: the parts of their fields/elements in order, each with its byte offset.
// Integer values narrower than their register keep unspecified upper bits; instructions that
// observe them (division, right shifts, compares of odd widths, extensions, conversions) normalize
// first. This is LLVM's "promote integers" with lazy extension, and keeps add/sub/and/... free.
using System.Collections.Concurrent;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

/// <summary>One register-sized piece of a value.</summary>
public readonly record struct Part(RegClass Class, int Bits, IrType Type, long Offset);

public static class TypeLowering
{
    // Parts of scalar and vector types, computed once: these types are interned and immutable.
    // (Structs are not cached: a named struct's body is set after the type is created.)
    private static readonly Part[]?[] IntegerParts = new Part[]?[IntegerType.MaxBits + 1];
    private static readonly Part[] PointerParts = [new Part(RegClass.Gpr, 64, IrType.Ptr, 0)];
    private static readonly ConcurrentDictionary<IrType, Part[]> OtherParts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The parts of a value of type <paramref name="t"/>, in memory order. The array may be shared: never modify it.</summary>
    public static Part[] Parts(IrType t)
    {
        switch (t)
        {
            case IntegerType i:
                return IntegerParts[i.Bits] ??= [new Part(RegClass.Gpr, 64, t, 0)];
            case PointerType when ReferenceEquals(t, IrType.Ptr):
                return PointerParts;
            case FloatingType or VectorType:
                if (OtherParts.TryGetValue(t, out var cached)) return cached;
                return OtherParts.GetOrAdd(t, Compute(t));
            default:
                return Compute(t);
        }
    }

    private static Part[] Compute(IrType t)
    {
        if (t is IntegerType or PointerType) return [new Part(RegClass.Gpr, 64, t, 0)];
        if (t is FloatingType) return [new Part(RegClass.Vec, 128, t, 0)];
        var parts = new List<Part>();
        Collect(t, 0, parts);
        return parts.ToArray();
    }

    public static int PartCount(IrType t) => t switch
    {
        StructType s => s.Fields.Sum(PartCount),
        ArrayType a => (int)(a.Count * PartCount(a.Element)),
        VectorType v when VectorBits(v) > 256 => (int)((VectorBits(v) + 255) / 256),
        _ => 1,
    };

    private static void Collect(IrType t, long offset, List<Part> parts)
    {
        switch (t)
        {
            case IntegerType or PointerType:
                parts.Add(new Part(RegClass.Gpr, 64, t, offset));
                break;
            case FloatingType:
                parts.Add(new Part(RegClass.Vec, 128, t, offset));
                break;
            case VectorType { Element: IntegerType { Bits: 1 } } mask:
                if (mask.Count > 32) throw new JitUnsupportedException($"the JIT does not yet hold masks of more than 32 lanes ({t})");
                parts.Add(new Part(RegClass.Vec, MaskBits(mask.Count), t, offset));
                break;
            case VectorType v when v.Element.ScalarBits % 8 != 0 && VectorBits(v) > 256:
                throw new JitUnsupportedException($"the JIT does not yet hold bit-packed vectors wider than 256 bits ({t})");
            case VectorType v:
            {
                long bits = VectorBits(v);
                if (bits <= 256)
                {
                    parts.Add(new Part(RegClass.Vec, bits <= 128 ? 128 : 256, t, offset));
                    break;
                }
                // Split into 256-bit pieces of the same element type.
                int perPart = (int)(256 / v.Element.ScalarBits);
                for (int i = 0; i < v.Count; i += perPart)
                {
                    int n = Math.Min(perPart, v.Count - i);
                    var pt = VectorType.Get(v.Element, n);
                    parts.Add(new Part(RegClass.Vec, VectorBits(pt) <= 128 ? 128 : 256, pt, offset + DataLayout.StoreSize(v.Element) * i));
                }
                break;
            }
            case StructType s:
            {
                var layout = DataLayout.GetStructLayout(s);
                for (int i = 0; i < s.Fields.Count; i++) Collect(s.Fields[i], offset + layout.Offsets[i], parts);
                break;
            }
            case ArrayType a:
            {
                long step = DataLayout.AllocSize(a.Element);
                for (long i = 0; i < a.Count; i++) Collect(a.Element, offset + step * i, parts);
                break;
            }
            default:
                throw new NotSupportedException($"the JIT cannot hold a value of type '{t}' in registers");
        }
    }

    public static long VectorBits(VectorType v) => (long)v.Count * v.Element.ScalarBits;

    /// <summary>Whether <paramref name="t"/> is a mask <c>&lt;N x i1&gt;</c> (held as one byte per lane).</summary>
    public static bool IsMask(IrType t, out int lanes)
    {
        lanes = t is VectorType { Element: IntegerType { Bits: 1 } } v ? v.Count : 0;
        return lanes > 0;
    }

    /// <summary>The register width of a mask of <paramref name="lanes"/> lanes: 128 up to 16 lanes, else 256.</summary>
    public static int MaskBits(int lanes) => lanes <= 16 ? 128 : 256;

    /// <summary>The width an integer operation on iN runs at: 32 bits up to i32, else 64.</summary>
    public static int OpBits(IrType t) => t.ScalarBits <= 32 ? 32 : 64;

    /// <summary>Whether iN is a width x86 has native 8/16/32/64-bit forms for.</summary>
    public static bool IsNativeWidth(int bits) => bits is 8 or 16 or 32 or 64;

    /// <summary>The index of the first part of the struct field or array element an aggregate index path selects.</summary>
    public static int PartIndex(IrType aggregate, IReadOnlyList<int> indices, out IrType selected)
    {
        int index = 0;
        var t = aggregate;
        foreach (int i in indices)
        {
            switch (t)
            {
                case StructType s:
                    for (int k = 0; k < i; k++) index += PartCount(s.Fields[k]);
                    t = s.Fields[i];
                    break;
                case ArrayType a:
                    index += i * PartCount(a.Element);
                    t = a.Element;
                    break;
                default:
                    throw new InvalidOperationException($"cannot index into {t}");
            }
        }
        selected = t;
        return index;
    }
}
