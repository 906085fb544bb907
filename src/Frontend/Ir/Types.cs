// The IR type system, shaped like LLVM's: integers of any width 1..64, half/float/double, one opaque
// pointer type, vectors, arrays, literal and named structs, function types, void, label, metadata.
// Literal types are interned (one object per distinct type), so types compare by reference.
// Named structs are not interned: each module owns its own, and identity is the object.
using System.Collections.Concurrent;
using System.Text;

namespace PyIR.Frontend.Ir;

public enum TypeKind
{
    Void, Label, Metadata, Token, Integer, Half, BFloat, Float, Double, Pointer, Vector, Array, Struct, Function,
}

public abstract class IrType
{
    public TypeKind Kind { get; }

    protected IrType(TypeKind kind) => Kind = kind;

    public static readonly VoidType Void = new();
    public static readonly SimpleType Label = new(TypeKind.Label, "label");
    public static readonly SimpleType Metadata = new(TypeKind.Metadata, "metadata");
    public static readonly SimpleType Token = new(TypeKind.Token, "token");
    public static readonly FloatingType Half = new(TypeKind.Half, "half", 16);
    public static readonly FloatingType BFloat = new(TypeKind.BFloat, "bfloat", 16);
    public static readonly FloatingType Float = new(TypeKind.Float, "float", 32);
    public static readonly FloatingType Double = new(TypeKind.Double, "double", 64);
    public static readonly PointerType Ptr = new();
    public static IntegerType I1 => IntegerType.Get(1);
    public static IntegerType I8 => IntegerType.Get(8);
    public static IntegerType I16 => IntegerType.Get(16);
    public static IntegerType I32 => IntegerType.Get(32);
    public static IntegerType I64 => IntegerType.Get(64);

    public bool IsVoid => Kind == TypeKind.Void;
    public bool IsInteger => Kind == TypeKind.Integer;
    public bool IsFloatingPoint => Kind is TypeKind.Half or TypeKind.BFloat or TypeKind.Float or TypeKind.Double;
    public bool IsPointer => Kind == TypeKind.Pointer;
    public bool IsVector => Kind == TypeKind.Vector;
    public bool IsArray => Kind == TypeKind.Array;
    public bool IsStruct => Kind == TypeKind.Struct;
    public bool IsAggregate => Kind is TypeKind.Array or TypeKind.Struct;
    public bool IsFunction => Kind == TypeKind.Function;
    public bool IsLabel => Kind == TypeKind.Label;

    /// <summary>Integers, floating point and pointers: the types a vector may hold.</summary>
    public bool IsScalar => IsInteger || IsFloatingPoint || IsPointer;

    /// <summary>A value of this type can be an SSA value (everything but void, label, function, metadata).</summary>
    public bool IsFirstClass => Kind is not (TypeKind.Void or TypeKind.Label or TypeKind.Function or TypeKind.Metadata);

    /// <summary>For a vector the element type, otherwise the type itself.</summary>
    public IrType ScalarType => this is VectorType v ? v.Element : this;

    public bool IsIntOrIntVector => ScalarType.IsInteger;
    public bool IsFpOrFpVector => ScalarType.IsFloatingPoint;
    public bool IsPtrOrPtrVector => ScalarType.IsPointer;

    /// <summary>Bit width of an integer or floating type, or of a vector's element; 64 for pointers.</summary>
    public int ScalarBits => ScalarType switch
    {
        IntegerType i => i.Bits,
        FloatingType f => f.Bits,
        PointerType => 64,
        _ => 0,
    };

    public abstract override string ToString();
}

public sealed class VoidType : IrType
{
    internal VoidType() : base(TypeKind.Void) { }
    public override string ToString() => "void";
}

/// <summary>label, metadata, token: types with no data of their own.</summary>
public sealed class SimpleType : IrType
{
    private readonly string _name;
    internal SimpleType(TypeKind kind, string name) : base(kind) => _name = name;
    public override string ToString() => _name;
}

public sealed class IntegerType : IrType
{
    public const int MaxBits = 64;
    private static readonly IntegerType[] Cache = CreateCache();

    public int Bits { get; }

    /// <summary>All-ones in the low <see cref="Bits"/> bits.</summary>
    public ulong Mask => Bits == 64 ? ulong.MaxValue : (1UL << Bits) - 1;

    private IntegerType(int bits) : base(TypeKind.Integer) => Bits = bits;

    private static IntegerType[] CreateCache()
    {
        var cache = new IntegerType[MaxBits + 1];
        for (int i = 1; i <= MaxBits; i++) cache[i] = new IntegerType(i);
        return cache;
    }

    public static IntegerType Get(int bits)
    {
        if (bits < 1 || bits > MaxBits)
            throw new ArgumentOutOfRangeException(nameof(bits), $"integer width {bits} is outside 1..{MaxBits}");
        return Cache[bits];
    }

    public override string ToString() => "i" + Bits;
}

public sealed class FloatingType : IrType
{
    private readonly string _name;
    public int Bits { get; }
    internal FloatingType(TypeKind kind, string name, int bits) : base(kind) { _name = name; Bits = bits; }
    public override string ToString() => _name;
}

/// <summary>The opaque pointer type <c>ptr</c> (address space 0). Legacy typed pointers read as this.</summary>
public sealed class PointerType : IrType
{
    internal PointerType() : base(TypeKind.Pointer) { }
    public override string ToString() => "ptr";
}

public sealed class VectorType : IrType
{
    private static readonly ConcurrentDictionary<(IrType, int), VectorType> Interned = new();

    public IrType Element { get; }
    public int Count { get; }

    private VectorType(IrType element, int count) : base(TypeKind.Vector) { Element = element; Count = count; }

    public static VectorType Get(IrType element, int count)
    {
        if (!element.IsScalar) throw new ArgumentException($"vector element type must be a scalar, got {element}");
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), "vector must have at least one element");
        return Interned.GetOrAdd((element, count), k => new VectorType(k.Item1, k.Item2));
    }

    /// <summary>A vector with the same lane count and another element type (e.g. the i1 mask of a compare).</summary>
    public VectorType WithElement(IrType element) => Get(element, Count);

    public override string ToString() => $"<{Count} x {Element}>";
}

public sealed class ArrayType : IrType
{
    private static readonly ConcurrentDictionary<(IrType, long), ArrayType> Interned = new();

    public IrType Element { get; }
    public long Count { get; }

    private ArrayType(IrType element, long count) : base(TypeKind.Array) { Element = element; Count = count; }

    public static ArrayType Get(IrType element, long count)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
        return Interned.GetOrAdd((element, count), k => new ArrayType(k.Item1, k.Item2));
    }

    public override string ToString() => $"[{Count} x {Element}]";
}

/// <summary>
/// A struct: literal (<c>{ i32, float }</c>, interned) or named (<c>%struct.P</c>, owned by a module,
/// possibly opaque until its body is set).
/// </summary>
public sealed class StructType : IrType
{
    private static readonly ConcurrentDictionary<TypeListKey, StructType> Literals = new();
    private IrType[] _fields;

    public string? Name { get; }
    public bool IsPacked { get; private set; }
    public bool IsOpaque { get; private set; }
    public IReadOnlyList<IrType> Fields => _fields;
    public bool IsLiteral => Name is null;

    private StructType(string? name, IrType[] fields, bool packed, bool opaque) : base(TypeKind.Struct)
    {
        Name = name;
        _fields = fields;
        IsPacked = packed;
        IsOpaque = opaque;
    }

    public static StructType GetLiteral(IReadOnlyList<IrType> fields, bool packed = false)
    {
        var key = new TypeListKey(fields.ToArray(), packed ? 1 : 0);
        return Literals.GetOrAdd(key, k => new StructType(null, k.Types, packed, false));
    }

    /// <summary>A new named struct, opaque until <see cref="SetBody"/> is called.</summary>
    public static StructType CreateNamed(string name) => new(name, [], false, true);

    public void SetBody(IReadOnlyList<IrType> fields, bool packed)
    {
        if (IsLiteral) throw new InvalidOperationException("literal structs are immutable");
        _fields = fields.ToArray();
        IsPacked = packed;
        IsOpaque = false;
    }

    /// <summary>The body as LLVM spells it: <c>{ i32, float }</c> or <c>&lt;{ i8, i32 }&gt;</c>.</summary>
    public string BodyToString() => IsOpaque ? "opaque" : BodyText(_fields, IsPacked);

    private static string BodyText(IReadOnlyList<IrType> fields, bool packed)
    {
        var sb = new StringBuilder();
        sb.Append(packed ? "<{" : "{");
        for (int i = 0; i < fields.Count; i++)
        {
            sb.Append(i == 0 ? " " : ", ");
            sb.Append(fields[i]);
        }
        sb.Append(fields.Count > 0 ? " " : "");
        sb.Append(packed ? "}>" : "}");
        return sb.ToString();
    }

    public override string ToString() => Name is null ? BodyText(_fields, IsPacked) : "%" + Names.Quote(Name);
}

public sealed class FunctionType : IrType
{
    private static readonly ConcurrentDictionary<TypeListKey, FunctionType> Interned = new();

    public IrType ReturnType { get; }
    public IReadOnlyList<IrType> Parameters { get; }
    public bool IsVarArg { get; }

    private FunctionType(IrType ret, IrType[] parameters, bool varArg) : base(TypeKind.Function)
    {
        ReturnType = ret;
        Parameters = parameters;
        IsVarArg = varArg;
    }

    public static FunctionType Get(IrType ret, IReadOnlyList<IrType> parameters, bool varArg = false)
    {
        var key = new TypeListKey([ret, .. parameters], varArg ? 1 : 0);
        return Interned.GetOrAdd(key, k => new FunctionType(k.Types[0], k.Types[1..], varArg));
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(ReturnType).Append(" (");
        for (int i = 0; i < Parameters.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Parameters[i]);
        }
        if (IsVarArg) sb.Append(Parameters.Count > 0 ? ", ..." : "...");
        sb.Append(')');
        return sb.ToString();
    }
}

/// <summary>
/// Key for interning types built from a list of types. Component types are compared by reference:
/// literal types are interned already and named structs are distinct objects, so this is exact.
/// </summary>
internal sealed class TypeListKey(IrType[] types, int extra) : IEquatable<TypeListKey>
{
    public IrType[] Types { get; } = types;

    public bool Equals(TypeListKey? other)
    {
        if (other is null || other.Types.Length != Types.Length || extra != other.ExtraValue) return false;
        for (int i = 0; i < Types.Length; i++)
            if (!ReferenceEquals(Types[i], other.Types[i])) return false;
        return true;
    }

    private int ExtraValue => extra;

    public override bool Equals(object? obj) => Equals(obj as TypeListKey);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(extra);
        foreach (var t in Types) h.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(t));
        return h.ToHashCode();
    }
}
