// Prints run-time values (the constants an engine returns) the one way docs/value-format.md defines:
// i1 as true/false, integers as signed decimal, floating point as the shortest decimal that reads
// back to the same value at the type's own precision in Python `repr` style, pointers as null or
// hex, and vectors/arrays/structs in LLVM constant syntax. `pyir run`, file tests and the lli
// oracle all compare these strings, so a value has exactly one spelling everywhere.
using System.Globalization;
using System.Text;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Values;

public static class ValueFormatter
{
    /// <summary>The value alone, without its type: <c>5</c>, <c>0.1</c>, <c>&lt;i32 1, i32 -2&gt;</c>.</summary>
    public static string Format(Constant value)
    {
        var sb = new StringBuilder();
        AppendValue(sb, value);
        return sb.ToString();
    }

    /// <summary>The value with its type in front, as an element of an aggregate: <c>i32 5</c>.</summary>
    public static string FormatTyped(Constant value)
    {
        var sb = new StringBuilder();
        AppendTyped(sb, value);
        return sb.ToString();
    }

    private static void AppendTyped(StringBuilder sb, Constant value)
    {
        sb.Append(value.Type).Append(' ');
        AppendValue(sb, value);
    }

    private static void AppendValue(StringBuilder sb, Constant value)
    {
        switch (value)
        {
            case ConstantInt i:
                sb.Append(FormatInteger(i));
                return;
            case ConstantFP f:
                sb.Append(FormatFloat(f));
                return;
            case ConstantPointerNull:
                sb.Append("null");
                return;
            case UndefValue:
                sb.Append("undef");
                return;
            case PoisonValue:
                sb.Append("poison");
                return;
            case ConstantExpr { Opcode: Opcode.IntToPtr } e when e.Op(0) is ConstantInt address:
                sb.Append(FormatAddress(address.ZExtValue));
                return;
            case GlobalValue g:
                sb.Append(g);
                return;
        }

        switch (value.Type)
        {
            case VectorType v:
                AppendElements(sb, value, v.Count, "<", ">");
                return;
            case ArrayType a:
                AppendElements(sb, value, checked((int)a.Count), "[", "]");
                return;
            case StructType s:
                if (s.Fields.Count == 0) { sb.Append(s.IsPacked ? "<{}>" : "{}"); return; }
                AppendElements(sb, value, s.Fields.Count, s.IsPacked ? "<{ " : "{ ", s.IsPacked ? " }>" : " }");
                return;
        }
        throw new ArgumentException($"cannot print a value of type {value.Type} ({value.GetType().Name})");
    }

    private static void AppendElements(StringBuilder sb, Constant aggregate, int count, string open, string close)
    {
        sb.Append(open);
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(", ");
            var element = aggregate.GetAggregateElement(i)
                ?? throw new ArgumentException($"cannot read element {i} of a {aggregate.GetType().Name} of type {aggregate.Type}");
            AppendTyped(sb, element);
        }
        sb.Append(close);
    }

    /// <summary><c>true</c>/<c>false</c> for i1, otherwise the signed decimal value.</summary>
    public static string FormatInteger(ConstantInt value) =>
        value.BitWidth == 1 ? (value.Bits != 0 ? "true" : "false") : value.SExtValue.ToString(CultureInfo.InvariantCulture);

    /// <summary>A pointer that is not null: lower-case hexadecimal with <c>0x</c>.</summary>
    public static string FormatAddress(ulong address) =>
        address == 0 ? "null" : "0x" + address.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>Shortest round-trip digits at the type's precision, Python repr layout.</summary>
    public static string FormatFloat(ConstantFP value)
    {
        double d = value.Value;
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        string shortest = value.Type.Kind switch
        {
            TypeKind.Double => d.ToString("R", CultureInfo.InvariantCulture),
            TypeKind.Float => ((float)d).ToString("R", CultureInfo.InvariantCulture),
            TypeKind.Half => ((Half)d).ToString(CultureInfo.InvariantCulture),
            _ => ShortestByProbing(d, value.Type),
        };
        // Like NumPy (and Python, whose doubles never round across the bounds), the layout is
        // decided by the exact value, not by the rounded digits: float 1e-4 is just below 1e-4.
        double magnitude = Math.Abs(d);
        bool scientific = magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e16);
        return PythonRepr(shortest, scientific);
    }

    /// <summary>Float printed as Python's <c>repr</c> would (for a double).</summary>
    public static string FormatDouble(double d) => FormatFloat(new ConstantFP(IrType.Double, (ulong)BitConverter.DoubleToInt64Bits(d)));

    /// <summary>Float printed as NumPy's <c>str(np.float32(x))</c> would.</summary>
    public static string FormatSingle(float f) => FormatFloat(new ConstantFP(IrType.Float, BitConverter.SingleToUInt32Bits(f)));

    // For types .NET cannot print (bfloat): the fewest significant digits that read back exactly.
    private static string ShortestByProbing(double d, FloatingType type)
    {
        var target = ConstantFP.FromDouble(type, d).Bits;
        for (int digits = 1; digits < 17; digits++)
        {
            string s = d.ToString("E" + (digits - 1), CultureInfo.InvariantCulture);
            double back = double.Parse(s, CultureInfo.InvariantCulture);
            if (ConstantFP.FromDouble(type, back).Bits == target) return s;
        }
        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Re-lays out a .NET number string ("1E+16", "-0.0001", "123.45") in Python repr style:
    /// positional (always with a '.') or d.ddde±XX with at least two exponent digits.
    /// </summary>
    internal static string PythonRepr(string dotnet, bool scientific)
    {
        bool negative = dotnet.StartsWith('-');
        string body = negative ? dotnet[1..] : dotnet;
        int exponent = 0;
        int e = body.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }
        int dot = body.IndexOf('.');
        string intPart = dot >= 0 ? body[..dot] : body;
        string digits = intPart + (dot >= 0 ? body[(dot + 1)..] : "");
        // Value = 0.DIGITS x 10^decimalPoint.
        int decimalPoint = intPart.Length + exponent;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..];
        decimalPoint -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) return negative ? "-0.0" : "0.0";

        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (!scientific)
        {
            if (decimalPoint <= 0)
                sb.Append("0.").Append('0', -decimalPoint).Append(digits);
            else if (decimalPoint >= digits.Length)
                sb.Append(digits).Append('0', decimalPoint - digits.Length).Append(".0");
            else
                sb.Append(digits, 0, decimalPoint).Append('.').Append(digits, decimalPoint, digits.Length - decimalPoint);
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int exp = decimalPoint - 1;
            sb.Append(exp < 0 ? "e-" : "e+").Append(Math.Abs(exp).ToString("D2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
