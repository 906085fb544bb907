// Constants: integers, floating point (kept as raw bits, so NaN payloads survive), null, undef,
// poison, zeroinitializer, arrays/structs/vectors, byte strings, and constant expressions.
// Constant data compares structurally (two `i32 7` are Equal), and does not track its users.
namespace PyIR.Frontend.Ir;

public abstract class Constant : User
{
    protected Constant(IrType type) : base(type) { }

    protected override bool TracksUsers => false;

    /// <summary>The zero value of a type: 0, 0.0, null, or zeroinitializer for aggregates and vectors.</summary>
    public static Constant NullValue(IrType type) => type switch
    {
        IntegerType i => new ConstantInt(i, 0),
        FloatingType f => new ConstantFP(f, 0),
        PointerType => new ConstantPointerNull(),
        _ => new ConstantAggregateZero(type),
    };

    /// <summary>
    /// Element <paramref name="index"/> of an aggregate or vector constant, whatever its form
    /// (explicit elements, zeroinitializer, undef, poison, string); null if there is no such element.
    /// </summary>
    public virtual Constant? GetAggregateElement(int index) => null;

    /// <summary>True for the integer or floating zero, null, and zeroinitializer.</summary>
    public virtual bool IsZeroValue => false;

    /// <summary>
    /// The value of an integer constant given as a scalar or as a vector whose lanes are all equal
    /// (a struct field index of a vector getelementptr may be either); null for anything else.
    /// </summary>
    public static ulong? SplatInteger(Value v) => v switch
    {
        ConstantInt c => c.ZExtValue,
        ConstantAggregateZero => 0,
        ConstantAggregate agg when agg.GetAggregateElement(0) is ConstantInt first
            && agg.Elements.All(e => e is ConstantInt c && c.ZExtValue == first.ZExtValue) => first.ZExtValue,
        _ => null,
    };

    protected static IrType? ElementTypeAt(IrType aggregate, int index) => aggregate switch
    {
        ArrayType a when index >= 0 && index < a.Count => a.Element,
        VectorType v when index >= 0 && index < v.Count => v.Element,
        StructType s when index >= 0 && index < s.Fields.Count => s.Fields[index],
        _ => null,
    };
}

public sealed class ConstantInt : Constant, IEquatable<ConstantInt>
{
    /// <summary>The value's bits, zero-extended from the type's width.</summary>
    public ulong Bits { get; }

    public ConstantInt(IntegerType type, ulong bits) : base(type) => Bits = bits & type.Mask;

    public ConstantInt(IntegerType type, long value) : this(type, unchecked((ulong)value)) { }

    public static ConstantInt True => new(IrType.I1, 1UL);
    public static ConstantInt False => new(IrType.I1, 0UL);

    public static ConstantInt Get(int bits, long value) => new(IntegerType.Get(bits), value);

    public new IntegerType Type => (IntegerType)base.Type;
    public int BitWidth => Type.Bits;
    public ulong ZExtValue => Bits;

    /// <summary>The value sign-extended from the type's width to 64 bits.</summary>
    public long SExtValue => BitWidth == 64 ? unchecked((long)Bits) : unchecked((long)(Bits << (64 - BitWidth)) >> (64 - BitWidth));

    public override bool IsZeroValue => Bits == 0;
    public bool IsOne => Bits == 1;
    public bool IsAllOnes => Bits == Type.Mask;

    public bool Equals(ConstantInt? other) => other is not null && ReferenceEquals(Type, other.Type) && Bits == other.Bits;
    public override bool Equals(object? obj) => Equals(obj as ConstantInt);
    public override int GetHashCode() => HashCode.Combine(Type, Bits);
    public override string ToString() => $"{Type} {(BitWidth == 1 ? (Bits != 0 ? "true" : "false") : SExtValue.ToString())}";
}

public sealed class ConstantFP : Constant, IEquatable<ConstantFP>
{
    /// <summary>Raw IEEE bits in the type's own format (16, 32 or 64 bits).</summary>
    public ulong Bits { get; }

    public ConstantFP(FloatingType type, ulong bits) : base(type) => Bits = bits;

    public new FloatingType Type => (FloatingType)base.Type;

    public static ConstantFP FromDouble(FloatingType type, double value) => type.Kind switch
    {
        TypeKind.Double => new ConstantFP(type, (ulong)BitConverter.DoubleToInt64Bits(value)),
        TypeKind.Float => new ConstantFP(type, BitConverter.SingleToUInt32Bits((float)value)),
        TypeKind.Half => new ConstantFP(type, BitConverter.HalfToUInt16Bits((Half)value)),
        TypeKind.BFloat => new ConstantFP(type, BFloatBits((float)value)),
        _ => throw new ArgumentException($"not a floating type: {type}"),
    };

    /// <summary>The bfloat nearest a float (the top half, rounded to nearest even; a NaN becomes quiet).</summary>
    public static ulong BFloatBits(float f)
    {
        uint u = BitConverter.SingleToUInt32Bits(f);
        return float.IsNaN(f) ? (u >> 16) | 0x40 : (u + 0x7FFF + ((u >> 16) & 1)) >> 16;
    }

    /// <summary>The value widened to double (exact for half, bfloat and float).</summary>
    public double Value => Type.Kind switch
    {
        TypeKind.Double => BitConverter.Int64BitsToDouble((long)Bits),
        TypeKind.Float => BitConverter.UInt32BitsToSingle((uint)Bits),
        TypeKind.Half => (double)BitConverter.UInt16BitsToHalf((ushort)Bits),
        TypeKind.BFloat => BitConverter.UInt32BitsToSingle((uint)Bits << 16),
        _ => double.NaN,
    };

    public override bool IsZeroValue => Bits == 0;

    public bool Equals(ConstantFP? other) => other is not null && ReferenceEquals(Type, other.Type) && Bits == other.Bits;
    public override bool Equals(object? obj) => Equals(obj as ConstantFP);
    public override int GetHashCode() => HashCode.Combine(Type, Bits);
    public override string ToString() => $"{Type} {Value}";
}

public sealed class ConstantPointerNull : Constant
{
    public ConstantPointerNull() : base(IrType.Ptr) { }
    public override bool IsZeroValue => true;
    public override bool Equals(object? obj) => obj is ConstantPointerNull;
    public override int GetHashCode() => 0x6e756c6c;
    public override string ToString() => "ptr null";
}

/// <summary><c>undef</c>: an unspecified value, possibly different at each use.</summary>
public sealed class UndefValue : Constant
{
    public UndefValue(IrType type) : base(type) { }
    public override Constant? GetAggregateElement(int index) => ElementTypeAt(Type, index) is { } t ? new UndefValue(t) : null;
    public override bool Equals(object? obj) => obj is UndefValue u && ReferenceEquals(u.Type, Type);
    public override int GetHashCode() => HashCode.Combine(Type, 1);
    public override string ToString() => $"{Type} undef";
}

/// <summary><c>poison</c>: the result of an operation that broke its rules; using it is undefined.</summary>
public sealed class PoisonValue : Constant
{
    public PoisonValue(IrType type) : base(type) { }
    public override Constant? GetAggregateElement(int index) => ElementTypeAt(Type, index) is { } t ? new PoisonValue(t) : null;
    public override bool Equals(object? obj) => obj is PoisonValue u && ReferenceEquals(u.Type, Type);
    public override int GetHashCode() => HashCode.Combine(Type, 2);
    public override string ToString() => $"{Type} poison";
}

/// <summary><c>zeroinitializer</c> of an aggregate or vector type.</summary>
public sealed class ConstantAggregateZero : Constant
{
    public ConstantAggregateZero(IrType type) : base(type) { }
    public override bool IsZeroValue => true;
    public override Constant? GetAggregateElement(int index) => ElementTypeAt(Type, index) is { } t ? NullValue(t) : null;
    public override bool Equals(object? obj) => obj is ConstantAggregateZero z && ReferenceEquals(z.Type, Type);
    public override int GetHashCode() => HashCode.Combine(Type, 3);
    public override string ToString() => $"{Type} zeroinitializer";
}

/// <summary>An array, struct or vector constant with explicit elements (its operands).</summary>
public sealed class ConstantAggregate : Constant
{
    public ConstantAggregate(IrType type, IReadOnlyList<Constant> elements) : base(type)
    {
        if (!(type.IsAggregate || type.IsVector)) throw new ArgumentException($"not an aggregate or vector type: {type}");
        foreach (var e in elements) AddOperand(e);
    }

    public IEnumerable<Constant> Elements => Operands.Cast<Constant>();

    public override Constant? GetAggregateElement(int index) =>
        index >= 0 && index < OperandCount ? (Constant)GetOperand(index) : null;

    public override bool Equals(object? obj) =>
        obj is ConstantAggregate a && ReferenceEquals(a.Type, Type) && a.Operands.SequenceEqual(Operands);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Type);
        foreach (var op in Operands) h.Add(op);
        return h.ToHashCode();
    }
}

/// <summary>A <c>c"..."</c> byte string: an <c>[N x i8]</c> array given as raw bytes.</summary>
public sealed class ConstantString : Constant
{
    private readonly byte[] _bytes;

    public ConstantString(byte[] bytes) : base(ArrayType.Get(IrType.I8, bytes.Length)) => _bytes = bytes;

    public ReadOnlySpan<byte> Bytes => _bytes;

    public override Constant? GetAggregateElement(int index) =>
        index >= 0 && index < _bytes.Length ? new ConstantInt(IrType.I8, (ulong)_bytes[index]) : null;

    public override bool IsZeroValue => Array.TrueForAll(_bytes, b => b == 0);

    public override bool Equals(object? obj) => obj is ConstantString s && s._bytes.AsSpan().SequenceEqual(_bytes);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.AddBytes(_bytes);
        return h.ToHashCode();
    }
}

/// <summary>
/// A constant expression: an instruction computed at compile time from constant operands
/// (<c>getelementptr</c>, casts, binary operators, compares, <c>select</c>, vector element ops).
/// </summary>
public sealed class ConstantExpr : Constant
{
    public Opcode Opcode { get; }

    /// <summary>For <c>getelementptr</c>: the type the indices step through.</summary>
    public IrType? SourceElementType { get; init; }

    /// <summary>For <c>getelementptr</c>: the <c>inbounds</c> keyword.</summary>
    public bool InBounds { get; init; }

    public IntFlags IntFlags { get; init; }

    /// <summary>For <c>icmp</c> and <c>fcmp</c>: the predicate.</summary>
    public IntPredicate IntPredicate { get; init; }
    public FloatPredicate FloatPredicate { get; init; }

    /// <summary>For <c>shufflevector</c>: the mask, -1 for undef/poison lanes.</summary>
    public int[]? ShuffleMask { get; init; }

    public ConstantExpr(Opcode opcode, IrType type, IReadOnlyList<Constant> operands) : base(type)
    {
        Opcode = opcode;
        foreach (var op in operands) AddOperand(op);
    }

    public Constant Op(int i) => (Constant)GetOperand(i);

    public override bool Equals(object? obj) =>
        obj is ConstantExpr e && e.Opcode == Opcode && ReferenceEquals(e.Type, Type) && e.InBounds == InBounds &&
        e.IntFlags == IntFlags && e.IntPredicate == IntPredicate && e.FloatPredicate == FloatPredicate &&
        ReferenceEquals(e.SourceElementType, SourceElementType) &&
        (e.ShuffleMask ?? []).AsSpan().SequenceEqual(ShuffleMask ?? []) && e.Operands.SequenceEqual(Operands);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Opcode);
        h.Add(Type);
        foreach (var op in Operands) h.Add(op);
        return h.ToHashCode();
    }
}
