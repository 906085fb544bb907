// Constant syntax, always parsed against the type that precedes it: integers, floats (decimal and
// LLVM hex forms), true/false/null/undef/poison/zeroinitializer, c"strings", [arrays], {structs},
// <vectors>, global references, and constant expressions (getelementptr, casts, arithmetic, compares).
using System.Globalization;
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Text;

public sealed partial class Parser
{
    /// <summary>Parses a constant of the given type at the current token.</summary>
    private Constant ParseConstant(IrType type)
    {
        EnterNesting();
        try
        {
            return ParseConstantUnguarded(type);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private Constant ParseConstantUnguarded(IrType type)
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Integer:
                Advance();
                if (type is IntegerType it) return new ConstantInt(it, ParseIntegerBits(t));
                // LLVM wants a decimal point (or a hex form) in a floating-point constant.
                if (type is FloatingType) throw Error(t, $"'{t.Text}' is an integer constant, but type '{type}' needs a floating-point one (write '{t.Text}.0')");
                throw Error(t, $"an integer constant cannot have type '{type}'");
            case TokenKind.Float:
                Advance();
                if (type is FloatingType fpt) return ParseFloat(t, fpt);
                throw Error(t, $"a floating-point constant cannot have type '{type}'");
            case TokenKind.GlobalVar:
                Advance();
                if (!type.IsPointer) throw Error(t, $"'@{t.Text}' is a pointer, but type '{type}' was expected");
                return GetGlobal(t);
            case TokenKind.LocalVar:
                throw Error(t, $"'%{t.Text}' is not a constant; a constant is needed here");
            case TokenKind.CString:
            {
                Advance();
                if (type is not ArrayType { Element: IntegerType { Bits: 8 } } at)
                    throw Error(t, $"a c\"...\" string has type [N x i8], but '{type}' was expected");
                var bytes = Lexer.StringBytes(_source, t);
                if (at.Count != bytes.Length)
                    throw Error(t, $"string has {bytes.Length} bytes but type '{type}' needs {at.Count}");
                return new ConstantString(bytes);
            }
            case TokenKind.LBracket: return ParseArrayConstant(type);
            case TokenKind.LBrace: return ParseStructConstant(type, packed: false);
            case TokenKind.Less:
                if (PeekToken().Kind == TokenKind.LBrace) return ParseStructConstant(type, packed: true);
                return ParseVectorConstant(type);
            case TokenKind.Word:
                return ParseWordConstant(type);
        }
        // "insertvalue {float, float} %a, %b, 0": the element type is missing, so '%b' was read as
        // a (never defined) type name. Say that at '%b' rather than "expected a constant" at ','.
        if (type is StructType { Name: { } name, IsOpaque: true } && !_typesDefined.Contains(name) &&
            _typeFirstUse.TryGetValue(name, out int typeAt))
            throw _source.Error(typeAt, $"'%{Names.Quote(name)}' is read as a type here, but no such type is defined: is the type missing before the value '%{Names.Quote(name)}'?");
        throw Error(t, $"expected a constant of type '{type}', found {t}");
    }

    private Constant ParseWordConstant(IrType type)
    {
        var t = Cur;
        switch (t.Text)
        {
            case "true" or "false":
                Advance();
                if (type is not IntegerType { Bits: 1 }) throw Error(t, $"'{t.Text}' has type i1, but '{type}' was expected");
                return t.Text == "true" ? ConstantInt.True : ConstantInt.False;
            case "null":
                Advance();
                if (!type.IsPointer) throw Error(t, $"'null' is a pointer constant, but '{type}' was expected");
                return new ConstantPointerNull();
            case "undef":
                Advance();
                CheckValueType(t, type);
                return new UndefValue(type);
            case "poison":
                Advance();
                CheckValueType(t, type);
                return new PoisonValue(type);
            case "zeroinitializer":
                Advance();
                CheckValueType(t, type);
                return Constant.NullValue(type);
            case "none":
                Advance();
                if (type.Kind != TypeKind.Token) throw Error(t, "'none' is a token constant");
                return new UndefValue(type);
            case "blockaddress" or "dso_local_equivalent" or "no_cfi":
                throw Error(t, $"'{t.Text}' constants are not supported");
        }
        if ((t.Text.StartsWith("u0x", StringComparison.Ordinal) || t.Text.StartsWith("s0x", StringComparison.Ordinal)) && type is IntegerType hexType)
        {
            Advance();
            if (!ulong.TryParse(t.Text.AsSpan(3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong bits))
                throw Error(t, $"hexadecimal integer '{t.Text}' is out of range");
            return new ConstantInt(hexType, bits);
        }
        if (OpcodeInfo.TryParse(t.Text, out var op)) return ParseConstantExpr(op, type);
        throw Error(t, $"expected a constant of type '{type}', found {t}");
    }

    private void CheckValueType(Token at, IrType type)
    {
        if (!type.IsFirstClass || type.IsLabel) throw Error(at, $"'{at.Text}' cannot have type '{type}'");
    }

    /// <summary>Decimal integer literal, truncated to 64 bits' range like LLVM (which truncates to the type).</summary>
    private ulong ParseIntegerBits(Token t)
    {
        if (t.Text.StartsWith('-'))
        {
            if (long.TryParse(t.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v)) return unchecked((ulong)v);
        }
        else if (ulong.TryParse(t.Text.TrimStart('+'), NumberStyles.None, CultureInfo.InvariantCulture, out ulong u)) return u;
        throw Error(t, $"integer constant '{t.Text}' does not fit in 64 bits");
    }

    private ConstantFP ParseFloat(Token t, FloatingType type)
    {
        string s = t.Text;
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            char form = char.IsAsciiHexDigit(s[2]) ? 'D' : s[2];
            var digits = form == 'D' ? s.AsSpan(2) : s.AsSpan(3);
            if (!ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong bits) || digits.Length > 16)
                throw Error(t, $"hexadecimal floating-point constant '{s}' is too long");
            switch (form)
            {
                case 'D':
                    return new ConstantFP(type, NarrowExactly(t, type, bits));
                case 'H':
                    if (type.Kind != TypeKind.Half) throw Error(t, $"'{s}' is a half constant, but '{type}' was expected");
                    return new ConstantFP(type, bits & 0xFFFF);
                case 'R':
                    if (type.Kind != TypeKind.BFloat) throw Error(t, $"'{s}' is a bfloat constant, but '{type}' was expected");
                    return new ConstantFP(type, bits & 0xFFFF);
                default:
                    throw Error(t, $"'{s}' is a long double constant; long double types are out of scope");
            }
        }
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
            throw Error(t, $"malformed floating-point constant '{s}'");
        return new ConstantFP(type, NarrowExactly(t, type, BitConverter.DoubleToUInt64Bits(d)));
    }

    /// <summary>
    /// The bits of a constant written as a double (a decimal, or LLVM's hex form for every format
    /// but the long doubles) in a type that may be narrower. As in LLVM, the double must be exactly
    /// a value of the type: `float 0.1` and `half 65520.0` are errors, not roundings. A NaN keeps its
    /// sign and the top bits of its payload (a signaling NaN stays signaling), and the payload bits the
    /// type has no room for must be zero.
    /// </summary>
    private ulong NarrowExactly(Token t, FloatingType type, ulong bits)
    {
        if (type.Kind == TypeKind.Double) return bits;
        double d = BitConverter.UInt64BitsToDouble(bits);
        if (double.IsNaN(d))
        {
            int mantissa = type.Kind switch { TypeKind.Float => 23, TypeKind.Half => 10, _ => 7 };
            int exponentBits = type.Kind == TypeKind.Half ? 5 : 8, dropped = 52 - mantissa;
            if ((bits & ((1UL << dropped) - 1)) != 0)
                throw Error(t, $"'{t.Text}' is not exactly representable as a {type} (its NaN payload has bits the type cannot hold)");
            ulong payload = (bits & 0xF_FFFF_FFFF_FFFFUL) >> dropped;
            return (bits >> 63 << (exponentBits + mantissa)) | (((1UL << exponentBits) - 1) << mantissa) | payload;
        }
        // Rounded to the type and widened back (exactly): the same double, or the nearest value of
        // the type, named in the hex form LLVM prints so the fix is one copy away.
        var nearest = ConstantFP.FromDouble(type, d);
        ulong back = BitConverter.DoubleToUInt64Bits(nearest.Value);
        if (back != bits) throw Error(t, $"'{t.Text}' is not exactly representable as a {type}; the nearest {type} is 0x{back:X16}");
        return nearest.Bits;
    }

    private Constant ParseArrayConstant(IrType type)
    {
        var open = Expect(TokenKind.LBracket, "'['");
        if (type is not ArrayType at) throw Error(open, $"an array constant cannot have type '{type}'");
        var elems = ParseTypedConstantList(TokenKind.RBracket, at.Element);
        if (elems.Count != at.Count) throw Error(open, $"array constant has {elems.Count} elements but type '{type}' needs {at.Count}");
        return new ConstantAggregate(type, elems);
    }

    private Constant ParseVectorConstant(IrType type)
    {
        var open = Expect(TokenKind.Less, "'<'");
        if (type is not VectorType vt) throw Error(open, $"a vector constant cannot have type '{type}'");
        var elems = ParseTypedConstantList(TokenKind.Greater, vt.Element);
        if (elems.Count != vt.Count) throw Error(open, $"vector constant has {elems.Count} elements but type '{type}' needs {vt.Count}");
        return new ConstantAggregate(type, elems);
    }

    private Constant ParseStructConstant(IrType type, bool packed)
    {
        var open = Cur;
        if (packed) Advance();
        Expect(TokenKind.LBrace, "'{'");
        if (type is not StructType st) throw Error(open, $"a struct constant cannot have type '{type}'");
        if (st.IsPacked != packed)
            throw Error(open, packed ? $"packed struct constant '<{{...}}>' given for unpacked type '{type}'"
                                     : $"struct constant '{{...}}' given for packed type '{type}' (write '<{{...}}>')");
        var elems = new List<Constant>();
        if (Cur.Kind != TokenKind.RBrace)
        {
            while (true)
            {
                var et = Cur;
                var ty = ParseType();
                int i = elems.Count;
                if (i >= st.Fields.Count) throw Error(et, $"too many fields for struct type '{type}'");
                if (!ReferenceEquals(ty, st.Fields[i])) throw Error(et, $"field {i} of '{type}' has type '{st.Fields[i]}', not '{ty}'");
                elems.Add(ParseConstant(ty));
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        Expect(TokenKind.RBrace, "'}'");
        if (packed) Expect(TokenKind.Greater, "'>'");
        if (elems.Count != st.Fields.Count) throw Error(open, $"struct constant has {elems.Count} fields but type '{type}' has {st.Fields.Count}");
        return new ConstantAggregate(type, elems);
    }

    private List<Constant> ParseTypedConstantList(TokenKind close, IrType elementType)
    {
        var elems = new List<Constant>();
        if (Cur.Kind != close)
        {
            while (true)
            {
                var et = Cur;
                var ty = ParseType();
                if (!ReferenceEquals(ty, elementType)) throw Error(et, $"element has type '{ty}', but '{elementType}' was expected");
                elems.Add(ParseConstant(ty));
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        Expect(close, close == TokenKind.RBracket ? "']'" : "'>'");
        return elems;
    }

    /// <summary>(T value) pairs inside a constant expression's parentheses.</summary>
    private Constant ParseTypedConstant()
    {
        var ty = ParseType();
        return ParseConstant(ty);
    }

    private Constant ParseConstantExpr(Opcode op, IrType type)
    {
        var t = Advance();
        Constant result;
        if (op == Opcode.GetElementPtr)
        {
            bool inBounds = AcceptWord("inbounds");
            Expect(TokenKind.LParen, "'('");
            var srcType = ParseType();
            var operands = new List<Constant>();
            while (Accept(TokenKind.Comma))
            {
                AcceptWord("inrange");
                operands.Add(ParseTypedConstant());
            }
            Expect(TokenKind.RParen, "')'");
            if (operands.Count == 0 || !operands[0].Type.IsPtrOrPtrVector) throw Error(t, "getelementptr needs a pointer operand");
            var resultType = TypeRules.GepResult(operands[0], operands.Skip(1).ToArray());
            if (TypeRules.GepIndexedType(srcType, operands.Skip(1).ToArray()) is null)
                throw Error(t, $"invalid getelementptr indices for type '{srcType}'");
            result = new ConstantExpr(op, resultType, operands) { SourceElementType = srcType, InBounds = inBounds };
        }
        else if (op.IsCast())
        {
            Expect(TokenKind.LParen, "'('");
            var v = ParseTypedConstant();
            ExpectWord("to");
            var dest = ParseType();
            Expect(TokenKind.RParen, "')'");
            if (CastRules.Check(op, v.Type, dest) is { } problem) throw Error(t, problem);
            result = new ConstantExpr(op, dest, [v]);
        }
        else if (op.IsBinary())
        {
            var flags = IntFlags.None;
            while (true)
            {
                if (AcceptWord("nuw")) flags |= IntFlags.NoUnsignedWrap;
                else if (AcceptWord("nsw")) flags |= IntFlags.NoSignedWrap;
                else if (AcceptWord("exact")) flags |= IntFlags.Exact;
                else break;
            }
            Expect(TokenKind.LParen, "'('");
            var a = ParseTypedConstant();
            Expect(TokenKind.Comma, "','");
            var b = ParseTypedConstant();
            Expect(TokenKind.RParen, "')'");
            if (!ReferenceEquals(a.Type, b.Type)) throw Error(t, $"operands of '{op.Name()}' have different types '{a.Type}' and '{b.Type}'");
            result = new ConstantExpr(op, a.Type, [a, b]) { IntFlags = flags };
        }
        else if (op == Opcode.FNeg)
        {
            Expect(TokenKind.LParen, "'('");
            var a = ParseTypedConstant();
            Expect(TokenKind.RParen, "')'");
            result = new ConstantExpr(op, a.Type, [a]);
        }
        else if (op is Opcode.ICmp or Opcode.FCmp)
        {
            var predTok = Expect(TokenKind.Word, "a comparison predicate");
            IntPredicate ip = default;
            FloatPredicate fp = default;
            if (op == Opcode.ICmp ? !PredicateInfo.TryParse(predTok.Text, out ip) : !PredicateInfo.TryParse(predTok.Text, out fp))
                throw Error(predTok, $"'{predTok.Text}' is not an {op.Name()} predicate");
            Expect(TokenKind.LParen, "'('");
            var a = ParseTypedConstant();
            Expect(TokenKind.Comma, "','");
            var b = ParseTypedConstant();
            Expect(TokenKind.RParen, "')'");
            if (!ReferenceEquals(a.Type, b.Type)) throw Error(t, $"operands of '{op.Name()}' have different types '{a.Type}' and '{b.Type}'");
            result = new ConstantExpr(op, TypeRules.CompareResult(a.Type), [a, b]) { IntPredicate = ip, FloatPredicate = fp };
        }
        else if (op == Opcode.Select)
        {
            Expect(TokenKind.LParen, "'('");
            var c = ParseTypedConstant();
            Expect(TokenKind.Comma, "','");
            var a = ParseTypedConstant();
            Expect(TokenKind.Comma, "','");
            var b = ParseTypedConstant();
            Expect(TokenKind.RParen, "')'");
            if (!ReferenceEquals(a.Type, b.Type)) throw Error(t, "the two values of 'select' must have the same type");
            result = new ConstantExpr(op, a.Type, [c, a, b]);
        }
        else if (op == Opcode.ExtractElement)
        {
            Expect(TokenKind.LParen, "'('");
            var v = ParseTypedConstant();
            Expect(TokenKind.Comma, "','");
            var i = ParseTypedConstant();
            Expect(TokenKind.RParen, "')'");
            if (v.Type is not VectorType vt) throw Error(t, "extractelement needs a vector");
            result = new ConstantExpr(op, vt.Element, [v, i]);
        }
        else throw Error(t, $"'{op.Name()}' is not supported as a constant expression");

        if (!ReferenceEquals(result.Type, type))
            throw Error(t, $"constant expression has type '{result.Type}', but '{type}' was expected");
        return result;
    }
}
