// Type syntax: iN, half/float/double, ptr (and legacy typed pointers T*), <N x T>, [N x T],
// { ... }, <{ ... }>, %named, function types T (params). Out-of-scope types get a message saying so.
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Text;

public sealed partial class Parser
{
    /// <summary>
    /// How deeply types and constants may nest ([1 x [1 x ...]], {{...}}, nested constant
    /// expressions). Parsing them recurses, so without a limit a hostile input of a few hundred
    /// kilobytes of '[' overflows the stack and kills the process instead of giving an error.
    /// </summary>
    private const int MaxNesting = 256;

    private int _nesting;

    /// <summary>Counts one more level of nesting; throws an IrException past <see cref="MaxNesting"/>. Pair with <see cref="LeaveNesting"/>.</summary>
    private void EnterNesting()
    {
        if (_nesting >= MaxNesting)
            throw Error(Cur, $"types or constants are nested too deeply (more than {MaxNesting} levels)");
        _nesting++;
    }

    private void LeaveNesting() => _nesting--;

    private IrType ParseType()
    {
        EnterNesting();
        try
        {
            return ParseTypeUnguarded();
        }
        finally
        {
            LeaveNesting();
        }
    }

    private IrType ParseTypeUnguarded()
    {
        var start = Cur;
        var t = ParseBaseType();
        while (true)
        {
            if (Cur.Kind == TokenKind.Star)
            {
                // Legacy typed pointer (i32*, %T**): PyIR reads every pointer as the opaque ptr.
                Advance();
                t = IrType.Ptr;
                continue;
            }
            if (Cur.Is("addrspace") && PeekToken().Kind == TokenKind.LParen)
            {
                ParseAddressSpace();
                Expect(TokenKind.Star, "'*' after 'addrspace(...)'");
                t = IrType.Ptr;
                continue;
            }
            if (Cur.Kind == TokenKind.LParen)
            {
                t = ParseFunctionTypeTail(t, start);
                continue;
            }
            return t;
        }
    }

    private FunctionType ParseFunctionTypeTail(IrType ret, Token at)
    {
        if (!(ret.IsFirstClass || ret.IsVoid) || ret.IsLabel) throw Error(at, $"a function cannot return '{ret}'");
        Expect(TokenKind.LParen, "'('");
        var ps = new List<IrType>();
        bool varArg = false;
        if (Cur.Kind != TokenKind.RParen)
        {
            while (true)
            {
                if (Accept(TokenKind.Ellipsis)) { varArg = true; break; }
                var pTok = Cur;
                var p = ParseType();
                if (!p.IsFirstClass) throw Error(pTok, $"a parameter cannot have type '{p}'");
                ParseParamAttributes(beforeType: false);
                ps.Add(p);
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        Expect(TokenKind.RParen, "')' after the parameter types");
        return FunctionType.Get(ret, ps, varArg);
    }

    private IrType ParseBaseType()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.IntType:
            {
                Advance();
                if (!int.TryParse(t.Text.AsSpan(1), out int bits) || bits == 0 || bits > 1 << 23)
                    throw Error(t, $"invalid integer type '{t.Text}'");
                if (bits > IntegerType.MaxBits)
                    throw Error(t, $"'{t.Text}' is not supported: integers wider than 64 bits (such as i128) are out of scope");
                return IntegerType.Get(bits);
            }
            case TokenKind.Word:
                switch (t.Text)
                {
                    case "void": Advance(); return IrType.Void;
                    case "half": Advance(); return IrType.Half;
                    case "bfloat": Advance(); return IrType.BFloat;
                    case "float": Advance(); return IrType.Float;
                    case "double": Advance(); return IrType.Double;
                    case "label": Advance(); return IrType.Label;
                    case "metadata": Advance(); return IrType.Metadata;
                    case "token": Advance(); return IrType.Token;
                    case "ptr":
                        Advance();
                        if (Cur.Is("addrspace") && PeekToken().Kind == TokenKind.LParen) ParseAddressSpace();
                        return IrType.Ptr;
                    case "x86_fp80" or "fp128" or "ppc_fp128":
                        throw Error(t, $"'{t.Text}' is not supported: long double types are out of scope");
                    case "x86_mmx" or "x86_amx":
                        throw Error(t, $"'{t.Text}' is not supported");
                    case "opaque":
                        throw Error(t, "'opaque' may only appear in a type definition ('%T = type opaque')");
                }
                throw Error(t, $"expected a type, found {t}");
            case TokenKind.Less:
            {
                if (PeekToken().Kind == TokenKind.LBrace)
                {
                    var (fields, _) = ParseStructBody();
                    return StructType.GetLiteral(fields, packed: true);
                }
                Advance();
                if (Cur.Is("vscale")) throw Error(Cur, "scalable vectors ('vscale') are not supported");
                long n = ParseCount("vector length");
                ExpectWord("x");
                var elemTok = Cur;
                var elem = ParseType();
                if (!elem.IsScalar) throw Error(elemTok, $"a vector element must be an integer, floating-point or pointer type, not '{elem}'");
                if (n < 1 || n > 1 << 16) throw Error(t, $"vector length must be between 1 and 65536, got {n}");
                Expect(TokenKind.Greater, "'>' to close the vector type");
                return VectorType.Get(elem, (int)n);
            }
            case TokenKind.LBracket:
            {
                Advance();
                long n = ParseCount("array length");
                ExpectWord("x");
                var elemTok = Cur;
                var elem = ParseType();
                if (!elem.IsFirstClass)
                    throw Error(elemTok, $"an array element cannot have type '{elem}'");
                Expect(TokenKind.RBracket, "']' to close the array type");
                return ArrayType.Get(elem, n);
            }
            case TokenKind.LBrace:
            {
                var (fields, _) = ParseStructBody();
                return StructType.GetLiteral(fields, packed: false);
            }
            case TokenKind.LocalVar:
            {
                Advance();
                if (_typeAliases.TryGetValue(t.Text, out var alias)) return alias;
                return GetOrCreateNamedStruct(t.Text, t, isDefinition: false);
            }
        }
        throw Error(t, $"expected a type, found {t}");
    }

    private long ParseCount(string what)
    {
        var t = Expect(TokenKind.Integer, "the " + what);
        if (!long.TryParse(t.Text, out long n) || n < 0 || n > uint.MaxValue)
            throw Error(t, $"{what} {t.Text} is out of range");
        return n;
    }

    /// <summary><c>{ T, T }</c> or <c>&lt;{ T, T }&gt;</c>; returns the fields and whether it was packed.</summary>
    private (List<IrType> Fields, bool Packed) ParseStructBody()
    {
        bool packed = Accept(TokenKind.Less);
        Expect(TokenKind.LBrace, "'{'");
        var fields = new List<IrType>();
        if (Cur.Kind != TokenKind.RBrace)
        {
            while (true)
            {
                var ft = Cur;
                var f = ParseType();
                if (!f.IsFirstClass) throw Error(ft, $"a struct field cannot have type '{f}'");
                fields.Add(f);
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        Expect(TokenKind.RBrace, "'}' to close the struct type");
        if (packed) Expect(TokenKind.Greater, "'>' after '}' of a packed struct");
        return (fields, packed);
    }
}
