// Reads a command-line argument as a value of a given IR type (docs/value-format.md): integers in
// decimal or 0x hex (negative allowed, taken modulo 2^N), i1 as true/false/1/0, floating point in
// decimal or nan/inf/-inf (or LLVM's 0x double-bits form), pointers as null or an address, and
// vectors/arrays/structs in LLVM constant syntax (element types optional). Everything
// ValueFormatter prints reads back to the same bits. Bad text throws IrException.
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Values;

public sealed partial class ValueParser
{
    private readonly string _text;
    private int _pos;

    private ValueParser(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/> as a value of <paramref name="type"/>.</summary>
    public static Constant Parse(string text, IrType type)
    {
        var parser = new ValueParser(text);
        var value = parser.ParseValue(type);
        parser.SkipSpace();
        if (parser._pos < text.Length)
            throw parser.Fail(type, $"unexpected '{text[parser._pos..]}' after the value");
        return value;
    }

    /// <summary>Like <see cref="Parse"/> but returns false instead of throwing.</summary>
    public static bool TryParse(string text, IrType type, out Constant? value)
    {
        try { value = Parse(text, type); return true; }
        catch (IrException) { value = null; return false; }
    }

    private IrException Fail(IrType type, string why) =>
        new($"cannot read '{_text}' as {type}: {why}");

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private bool TryConsume(string s)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _pos, s, 0, s.Length) != 0) return false;
        _pos += s.Length;
        return true;
    }

    private void Expect(string s, IrType type)
    {
        if (!TryConsume(s)) throw Fail(type, $"expected '{s}'");
    }

    // A scalar word: everything up to whitespace, a comma or a closing bracket.
    private string Word()
    {
        SkipSpace();
        int start = _pos;
        while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] is not (',' or '>' or ']' or '}'))
            _pos++;
        return _text[start.._pos];
    }

    private Constant ParseValue(IrType type)
    {
        SkipSpace();
        int save = _pos;
        var word = Word();
        switch (word)
        {
            case "undef": return new UndefValue(type);
            case "poison": return new PoisonValue(type);
            case "zeroinitializer": return Constant.NullValue(type);
        }
        switch (type)
        {
            case IntegerType i: return ParseInteger(word, i);
            case FloatingType f: return ParseFloat(word, f);
            case PointerType: return ParsePointer(word);
        }
        _pos = save;
        return type switch
        {
            VectorType v => ParseElements(type, "<", ">", Enumerable.Repeat(v.Element, v.Count).ToArray()),
            ArrayType a => ParseElements(type, "[", "]", Enumerable.Repeat(a.Element, checked((int)a.Count)).ToArray()),
            StructType { IsPacked: true } s => ParseElements(type, "<{", "}>", s.Fields.ToArray()),
            StructType s => ParseElements(type, "{", "}", s.Fields.ToArray()),
            _ => throw Fail(type, $"values of type {type} cannot be given on the command line"),
        };
    }

    private Constant ParseElements(IrType type, string open, string close, IrType[] elementTypes)
    {
        Expect(open, type);
        var elements = new List<Constant>(elementTypes.Length);
        for (int i = 0; i < elementTypes.Length; i++)
        {
            if (i > 0) Expect(",", type);
            SkipOptionalType(elementTypes[i]);
            elements.Add(ParseValue(elementTypes[i]));
        }
        if (!TryConsume(close))
            throw Fail(type, $"expected {elementTypes.Length} elements and then '{close}'");
        return new ConstantAggregate(type, elements);
    }

    // "i32 5" or just "5": skips the element's type when it is written, comparing without spaces.
    private void SkipOptionalType(IrType type)
    {
        SkipSpace();
        string spelled = type.ToString();
        int p = _pos;
        foreach (char c in spelled)
        {
            if (char.IsWhiteSpace(c)) continue;
            while (p < _text.Length && char.IsWhiteSpace(_text[p])) p++;
            if (p >= _text.Length || _text[p] != c) return;
            p++;
        }
        // The type must end at a word boundary ("i32 5", not the value "i321" read as "i32" "1").
        bool endsWithWord = char.IsLetterOrDigit(spelled[^1]);
        if (endsWithWord && p < _text.Length && (char.IsLetterOrDigit(_text[p]) || _text[p] == '.')) return;
        _pos = p;
    }

    [GeneratedRegex(@"^([+-]?)(?:0[xX]([0-9a-fA-F]+)|([0-9]+))$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")]
    private static partial Regex DecimalPattern();

    private ConstantInt ParseInteger(string word, IntegerType type)
    {
        if (type.Bits == 1)
        {
            switch (word)
            {
                case "true" or "1": return new ConstantInt(type, 1UL);
                case "false" or "0": return new ConstantInt(type, 0UL);
                default: throw Fail(type, "expected true, false, 1 or 0");
            }
        }
        if (!TryParseBigInteger(word, out var big))
            throw Fail(type, "expected a decimal or 0x hexadecimal integer");
        // Two's complement modulo 2^N, for any size of input.
        var modulus = BigInteger.One << type.Bits;
        var wrapped = ((big % modulus) + modulus) % modulus;
        return new ConstantInt(type, (ulong)wrapped);
    }

    private static bool TryParseBigInteger(string word, out BigInteger value)
    {
        value = default;
        var m = IntegerPattern().Match(word);
        if (!m.Success) return false;
        if (m.Groups[2].Success)
            value = BigInteger.Parse("0" + m.Groups[2].Value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        else
            value = BigInteger.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (m.Groups[1].Value == "-") value = -value;
        return true;
    }

    private ConstantFP ParseFloat(string word, FloatingType type)
    {
        string lower = word.ToLowerInvariant();
        bool negative = lower.StartsWith('-');
        string unsigned = lower.TrimStart('+', '-');
        if (lower.Length - unsigned.Length > 1) throw Fail(type, "expected a number");
        switch (unsigned)
        {
            case "nan":
                return new ConstantFP(type, QuietNaN(type, negative));
            case "inf" or "infinity":
                return ConstantFP.FromDouble(type, negative ? double.NegativeInfinity : double.PositiveInfinity);
        }
        // LLVM's hexadecimal forms: 0x + 16 digits of double bits, 0xH half bits, 0xR bfloat bits.
        if (!negative && unsigned.StartsWith("0x"))
            return ParseHexFloat(word, type);
        if (!DecimalPattern().IsMatch(word))
            throw Fail(type, "expected a decimal number, nan, inf or -inf");
        var inv = CultureInfo.InvariantCulture;
        const NumberStyles style = NumberStyles.Float;
        return type.Kind switch
        {
            TypeKind.Double => new ConstantFP(type, (ulong)BitConverter.DoubleToInt64Bits(double.Parse(word, style, inv))),
            TypeKind.Float => new ConstantFP(type, BitConverter.SingleToUInt32Bits(float.Parse(word, style, inv))),
            TypeKind.Half => new ConstantFP(type, BitConverter.HalfToUInt16Bits(Half.Parse(word, style, inv))),
            _ => ConstantFP.FromDouble(type, double.Parse(word, style, inv)),
        };
    }

    private ConstantFP ParseHexFloat(string word, FloatingType type)
    {
        string digits = word[2..];
        char kind = digits.Length > 0 && char.IsLetter(digits[0]) && char.ToUpperInvariant(digits[0]) is 'H' or 'R' ? char.ToUpperInvariant(digits[0]) : 'D';
        if (kind != 'D') digits = digits[1..];
        if (digits.Length == 0 || !ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong bits))
            throw Fail(type, "bad hexadecimal floating-point constant");
        if (kind == 'H' && type.Kind == TypeKind.Half || kind == 'R' && type.Kind == TypeKind.BFloat)
        {
            if (bits > 0xFFFF) throw Fail(type, "too many hexadecimal digits");
            return new ConstantFP(type, bits);
        }
        if (kind != 'D') throw Fail(type, $"0x{kind} constants are for {(kind == 'H' ? "half" : "bfloat")}");
        double d = BitConverter.Int64BitsToDouble((long)bits);
        if (double.IsNaN(d)) return new ConstantFP(type, QuietNaN(type, (long)bits < 0));
        return ConstantFP.FromDouble(type, d);
    }

    private static ulong QuietNaN(FloatingType type, bool negative) => type.Kind switch
    {
        TypeKind.Double => (negative ? 1UL << 63 : 0) | 0x7FF8000000000000UL,
        TypeKind.Float => (negative ? 1UL << 31 : 0) | 0x7FC00000UL,
        _ => (negative ? 1UL << 15 : 0) | (type.Kind == TypeKind.Half ? 0x7E00UL : 0x7FC0UL),
    };

    private Constant ParsePointer(string word)
    {
        if (word == "null") return new ConstantPointerNull();
        if (!TryParseBigInteger(word, out var big) || big.Sign < 0 || big > ulong.MaxValue)
            throw Fail(IrType.Ptr, "expected null or an address (0x... or decimal)");
        ulong address = (ulong)big;
        if (address == 0) return new ConstantPointerNull();
        return new ConstantExpr(Opcode.IntToPtr, IrType.Ptr, [new ConstantInt(IrType.I64, address)]);
    }
}
