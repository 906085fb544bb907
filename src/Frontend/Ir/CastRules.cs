// Which conversions are valid between which types (LangRef's rules for each cast opcode).
namespace PyIR.Frontend.Ir;

public static class CastRules
{
    /// <summary>Null if <paramref name="op"/> may convert <paramref name="from"/> to <paramref name="to"/>, else why not.</summary>
    public static string? Check(Opcode op, IrType from, IrType to)
    {
        string Bad(string why) => $"invalid cast: '{op.Name()}' from '{from}' to '{to}' ({why})";

        if (from is VectorType fv != to is VectorType && op != Opcode.BitCast)
            return Bad("both types must be vectors or both scalars");
        if (from is VectorType a && to is VectorType b && a.Count != b.Count && op != Opcode.BitCast)
            return Bad("vectors must have the same number of elements");
        var fs = from.ScalarType;
        var ts = to.ScalarType;
        int fb = from.ScalarBits, tb = to.ScalarBits;
        switch (op)
        {
            case Opcode.Trunc:
                return fs.IsInteger && ts.IsInteger ? fb > tb ? null : Bad("the result must be narrower") : Bad("needs integer types");
            case Opcode.ZExt or Opcode.SExt:
                return fs.IsInteger && ts.IsInteger ? fb < tb ? null : Bad("the result must be wider") : Bad("needs integer types");
            case Opcode.FPTrunc:
                return fs.IsFloatingPoint && ts.IsFloatingPoint ? fb > tb ? null : Bad("the result must be narrower") : Bad("needs floating-point types");
            case Opcode.FPExt:
                return fs.IsFloatingPoint && ts.IsFloatingPoint ? fb < tb ? null : Bad("the result must be wider") : Bad("needs floating-point types");
            case Opcode.FPToUI or Opcode.FPToSI:
                return fs.IsFloatingPoint && ts.IsInteger ? null : Bad("needs a floating-point source and an integer result");
            case Opcode.UIToFP or Opcode.SIToFP:
                return fs.IsInteger && ts.IsFloatingPoint ? null : Bad("needs an integer source and a floating-point result");
            case Opcode.PtrToInt:
                return fs.IsPointer && ts.IsInteger ? null : Bad("needs a pointer source and an integer result");
            case Opcode.IntToPtr:
                return fs.IsInteger && ts.IsPointer ? null : Bad("needs an integer source and a pointer result");
            case Opcode.BitCast:
                if (!from.IsFirstClass || !to.IsFirstClass || from.IsAggregate || to.IsAggregate)
                    return Bad("bitcast needs non-aggregate types");
                if (fs.IsPointer != ts.IsPointer) return Bad("use ptrtoint/inttoptr to convert between pointers and integers");
                return BitSize(from) == BitSize(to) ? null : Bad("the types must have the same size in bits");
            default:
                return $"'{op.Name()}' is not a cast";
        }
    }

    /// <summary>Total bits of a scalar or vector type.</summary>
    public static long BitSize(IrType t) => t is VectorType v ? (long)v.Count * v.Element.ScalarBits : t.ScalarBits;
}
