// Result types of instructions, derived from operand types as LangRef defines them.
namespace PyIR.Frontend.Ir;

public static class TypeRules
{
    /// <summary><c>i1</c> for scalar operands, <c>&lt;N x i1&gt;</c> for vectors of N lanes.</summary>
    public static IrType CompareResult(IrType operand) =>
        operand is VectorType v ? VectorType.Get(IrType.I1, v.Count) : IrType.I1;

    /// <summary><c>ptr</c>, or a vector of pointers when the base or any index is a vector.</summary>
    public static IrType GepResult(Value basePointer, IReadOnlyList<Value> indices)
    {
        if (basePointer.Type is VectorType bv) return VectorType.Get(IrType.Ptr, bv.Count);
        foreach (var i in indices)
            if (i.Type is VectorType iv) return VectorType.Get(IrType.Ptr, iv.Count);
        return IrType.Ptr;
    }

    /// <summary>
    /// The type reached by a GEP's indices after the first (the first steps over whole source elements).
    /// Null when an index does not fit the type (a non-constant struct index, or indexing a scalar).
    /// </summary>
    public static IrType? GepIndexedType(IrType sourceElement, IReadOnlyList<Value> indices)
    {
        var t = sourceElement;
        for (int k = 1; k < indices.Count; k++)
        {
            switch (t)
            {
                case StructType s:
                    var c = indices[k] as ConstantInt ?? (indices[k] as Constant)?.GetAggregateElement(0) as ConstantInt;
                    if (c is null || c.ZExtValue >= (ulong)s.Fields.Count) return null;
                    t = s.Fields[(int)c.ZExtValue];
                    break;
                case ArrayType a: t = a.Element; break;
                case VectorType v: t = v.Element; break;
                default: return null;
            }
        }
        return t;
    }

    /// <summary>The member of an aggregate that <c>extractvalue</c>/<c>insertvalue</c> indices select, or null.</summary>
    public static IrType? AggregateElement(IrType aggregate, IReadOnlyList<int> indices)
    {
        var t = aggregate;
        foreach (int i in indices)
        {
            switch (t)
            {
                case StructType s when i >= 0 && i < s.Fields.Count: t = s.Fields[i]; break;
                case ArrayType a when i >= 0 && i < a.Count: t = a.Element; break;
                default: return null;
            }
        }
        return t;
    }
}
