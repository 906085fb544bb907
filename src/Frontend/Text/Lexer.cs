// The hand-written lexer for LLVM IR text. It turns the text into tokens with offsets; the parser
// asks for positions only when it reports an error. It follows LLVM's LLLexer where it matters:
// %local, @global, !metadata, #attrgroup, $comdat, `name:` labels, c"strings", integers, decimal
// floats (which need a '.'), hexadecimal floats (0x, 0xH, 0xK, 0xL, 0xM, 0xR), and ';' comments.
using System.Text;

namespace PyIR.Frontend.Text;

public enum TokenKind : byte
{
    Eof,
    /// <summary>%name, %"quoted name" or %N.</summary>
    LocalVar,
    /// <summary>@name, @"quoted name" or @N.</summary>
    GlobalVar,
    /// <summary>!name or !N (a metadata reference). A lone '!' is <see cref="Exclaim"/>.</summary>
    MetadataVar,
    /// <summary>#N, an attribute group reference.</summary>
    AttrGroup,
    /// <summary>$name, a comdat reference.</summary>
    ComdatVar,
    /// <summary>A label definition: name: or "quoted": or N:.</summary>
    Label,
    /// <summary>A bare word: keywords, opcodes, type names other than iN.</summary>
    Word,
    /// <summary>iN.</summary>
    IntType,
    Integer,
    Float,
    /// <summary>"..." with escapes decoded (<see cref="Lexer.StringBytes"/> gives the raw bytes).</summary>
    String,
    /// <summary>c"...": an i8 array constant.</summary>
    CString,
    Equal, Comma, Star, LParen, RParen, LBracket, RBracket, LBrace, RBrace, Less, Greater, Exclaim, Colon, Bar,
    Ellipsis,
    Caret,
}

public readonly struct Token
{
    public Token(TokenKind kind, int offset, int length, string text, bool numbered = false)
    {
        Kind = kind;
        Offset = offset;
        Length = length;
        Text = text;
        IsNumbered = numbered;
        Number = numbered ? CanonicalNumber(text) : -1;
    }

    public TokenKind Kind { get; }
    public int Offset { get; }
    public int Length { get; }

    /// <summary>
    /// The token's value: the name without sigil for variables and labels, the word, the digits of a
    /// number (with sign), the decoded string for strings.
    /// </summary>
    public string Text { get; }

    /// <summary>For variables and labels: written as a number (%3, @0, 7:).</summary>
    public bool IsNumbered { get; }

    /// <summary>
    /// For a numbered token written the way LLVM numbers values (no leading zero, below 2^31): the
    /// number; otherwise -1 (such a token can name nothing that is defined).
    /// </summary>
    public int Number { get; }

    private static int CanonicalNumber(string digits)
    {
        if (digits.Length == 0 || digits.Length > 10 || (digits.Length > 1 && digits[0] == '0')) return -1;
        long n = 0;
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            n = n * 10 + (c - '0');
        }
        return n <= int.MaxValue ? (int)n : -1;
    }

    public bool Is(string word) => Kind == TokenKind.Word && Text == word;

    public override string ToString() => Kind switch
    {
        TokenKind.Eof => "end of input",
        TokenKind.LocalVar => "'%" + Text + "'",
        TokenKind.GlobalVar => "'@" + Text + "'",
        TokenKind.MetadataVar => "'!" + Text + "'",
        TokenKind.AttrGroup => "'#" + Text + "'",
        TokenKind.Label => "label '" + Text + ":'",
        TokenKind.String => "string \"" + Text + "\"",
        TokenKind.CString => "c\"" + Text + "\"",
        _ => "'" + Text + "'",
    };
}

public sealed class Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private int _pos;

    // Words, names and numbers repeat (opcodes, types, %values used many times): each distinct one is
    // allocated once per text, looked up by its characters without making a string first.
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;

    private static readonly string[] PunctText = BuildPunctText();

    public Lexer(SourceText source)
    {
        _source = source;
        _text = source.Text;
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The next token (<see cref="TokenKind.Eof"/> at the end, again on every later call). Throws
    /// <see cref="IrException"/> at a bad character. The parser pulls tokens one at a time: a list
    /// of all tokens of a large module would be a large-object-heap array per parse.
    /// </summary>
    public Token Next()
    {
        SkipTrivia();
        int start = _pos;
        if (_pos >= _text.Length) return new Token(TokenKind.Eof, start, 0, "");
        char c = _text[_pos];
        switch (c)
        {
            case '%': return Variable(TokenKind.LocalVar);
            case '@': return Variable(TokenKind.GlobalVar);
            case '$': return Variable(TokenKind.ComdatVar);
            case '!':
                if (_pos + 1 < _text.Length && (IsIdentChar(_text[_pos + 1]) || _text[_pos + 1] == '\\'))
                {
                    _pos++;
                    int s = _pos;
                    while (_pos < _text.Length && (IsIdentChar(_text[_pos]) || _text[_pos] == '\\')) _pos++;
                    return new Token(TokenKind.MetadataVar, start, _pos - start, Intern(s, _pos));
                }
                _pos++;
                return new Token(TokenKind.Exclaim, start, 1, "!");
            case '#':
                _pos++;
                {
                    int s = _pos;
                    while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
                    if (_pos == s) throw _source.Error(start, "expected a number after '#'");
                    return new Token(TokenKind.AttrGroup, start, _pos - start, Intern(s, _pos));
                }
            case '"':
            {
                var (str, _) = QuotedString();
                if (Peek() == ':')
                {
                    _pos++;
                    return new Token(TokenKind.Label, start, _pos - start, str);
                }
                return new Token(TokenKind.String, start, _pos - start, str);
            }
            case '=': return Punct(TokenKind.Equal);
            case ',': return Punct(TokenKind.Comma);
            case '*': return Punct(TokenKind.Star);
            case '(': return Punct(TokenKind.LParen);
            case ')': return Punct(TokenKind.RParen);
            case '[': return Punct(TokenKind.LBracket);
            case ']': return Punct(TokenKind.RBracket);
            case '{': return Punct(TokenKind.LBrace);
            case '}': return Punct(TokenKind.RBrace);
            case '<': return Punct(TokenKind.Less);
            case '>': return Punct(TokenKind.Greater);
            case ':': return Punct(TokenKind.Colon);
            case '|': return Punct(TokenKind.Bar);
            case '^': return Punct(TokenKind.Caret);
            case '.':
                if (_text.AsSpan(_pos).StartsWith("..."))
                {
                    _pos += 3;
                    return new Token(TokenKind.Ellipsis, start, 3, "...");
                }
                break;
        }
        if (c == 'c' && Peek(1) == '"')
        {
            _pos++;
            var (str, _) = QuotedString();
            return new Token(TokenKind.CString, start, _pos - start, str);
        }
        if (char.IsAsciiDigit(c) || ((c == '-' || c == '+') && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1])))
            return Number();
        if (IsIdentStart(c))
        {
            while (_pos < _text.Length && IsIdentChar(_text[_pos])) _pos++;
            string word = Intern(start, _pos);
            if (Peek() == ':' && !IsFollowedByColonColon())
            {
                _pos++;
                return new Token(TokenKind.Label, start, _pos - start, word);
            }
            if (word.Length > 1 && word[0] == 'i' && IsAllDigits(word.AsSpan(1)))
                return new Token(TokenKind.IntType, start, word.Length, word);
            return new Token(TokenKind.Word, start, word.Length, word);
        }
        throw _source.Error(start, c < ' ' || c > '~'
            ? $"unexpected character U+{(int)c:X4}"
            : $"unexpected character '{c}'");
    }

    private bool IsFollowedByColonColon() => Peek(1) == ':';

    /// <summary>The text of <c>_text[start..end]</c> as a string shared by every token with the same characters.</summary>
    private string Intern(int start, int end)
    {
        var span = _text.AsSpan(start, end - start);
        if (_stringLookup.TryGetValue(span, out var s)) return s;
        s = span.ToString();
        _strings.Add(s, s);
        return s;
    }

    private static string[] BuildPunctText()
    {
        var t = new string[256];
        foreach (var (kind, text) in new[]
                 {
                     (TokenKind.Equal, "="), (TokenKind.Comma, ","), (TokenKind.Star, "*"), (TokenKind.LParen, "("),
                     (TokenKind.RParen, ")"), (TokenKind.LBracket, "["), (TokenKind.RBracket, "]"), (TokenKind.LBrace, "{"),
                     (TokenKind.RBrace, "}"), (TokenKind.Less, "<"), (TokenKind.Greater, ">"), (TokenKind.Colon, ":"),
                     (TokenKind.Bar, "|"), (TokenKind.Caret, "^"),
                 })
            t[(int)kind] = text;
        return t;
    }

    /// <summary>
    /// The raw bytes of a String or CString token of <paramref name="source"/> (escapes decoded;
    /// not necessarily valid UTF-8). Decoded again from the text when asked: only c"..." constants
    /// need them, so tokens do not carry them.
    /// </summary>
    public static byte[] StringBytes(SourceText source, Token token)
    {
        var lexer = new Lexer(source) { _pos = token.Offset + (token.Kind == TokenKind.CString ? 1 : 0) };
        return lexer.QuotedString().Bytes;
    }

    private Token Punct(TokenKind kind)
    {
        _pos++;
        return new Token(kind, _pos - 1, 1, PunctText[(int)kind]);
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (Has(c, TriviaBit)) _pos++;
            else if (c == ';')
            {
                int end = _text.AsSpan(_pos).IndexOf('\n');
                _pos = end < 0 ? _text.Length : _pos + end;
            }
            else break;
        }
    }

    private Token Variable(TokenKind kind)
    {
        int start = _pos;
        _pos++; // sigil
        if (Peek() == '"')
        {
            var (name, _) = QuotedString();
            if (name.Length == 0) throw _source.Error(start, "empty quoted name");
            return new Token(kind, start, _pos - start, name);
        }
        if (char.IsAsciiDigit(Peek()))
        {
            int s = _pos;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
            if (IsIdentChar(Peek()) && !char.IsAsciiDigit(Peek()))
                throw _source.Error(start, $"a name after '{_text[start]}' must not start with a digit");
            return new Token(kind, start, _pos - start, Intern(s, _pos), numbered: true);
        }
        if (IsIdentStart(Peek()) || char.IsAsciiDigit(Peek()) || Peek() == '-')
        {
            int s = _pos;
            while (_pos < _text.Length && (IsIdentChar(_text[_pos]) || _text[_pos] == '-')) _pos++;
            return new Token(kind, start, _pos - start, Intern(s, _pos));
        }
        throw _source.Error(start, $"expected a name after '{_text[start]}'");
    }

    /// <summary>Reads "..." at the current position, decoding \\ and \XX escapes.</summary>
    private (string Text, byte[] Bytes) QuotedString()
    {
        int start = _pos;
        _pos++; // opening quote
        var bytes = new List<byte>();
        while (true)
        {
            if (_pos >= _text.Length) throw _source.Error(start, "unterminated string (missing '\"')");
            char c = _text[_pos];
            if (c == '"') { _pos++; break; }
            if (c == '\n') throw _source.Error(start, "unterminated string (missing '\"' before the end of the line)");
            if (c == '\\')
            {
                if (Peek(1) == '\\') { bytes.Add((byte)'\\'); _pos += 2; continue; }
                if (IsHex(Peek(1)) && IsHex(Peek(2)))
                {
                    bytes.Add(Convert.ToByte(_text.Substring(_pos + 1, 2), 16));
                    _pos += 3;
                    continue;
                }
                throw _source.Error(_pos, "bad escape in string: expected '\\\\' or '\\' and two hex digits");
            }
            // Non-ASCII characters are kept as their UTF-8 bytes.
            if (c < 0x80) { bytes.Add((byte)c); _pos++; }
            else
            {
                int len = char.IsHighSurrogate(c) && _pos + 1 < _text.Length ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(_text.Substring(_pos, len)));
                _pos += len;
            }
        }
        var arr = bytes.ToArray();
        return (Encoding.UTF8.GetString(arr), arr);
    }

    private Token Number()
    {
        int start = _pos;
        // Hexadecimal forms: 0x... (double bits), 0xH/0xR (half/bfloat), 0xK/0xL/0xM (long doubles),
        // u0x/s0x integers are handled as words below in LLVM; we accept them here too.
        if (_text[_pos] == '0' && (Peek(1) == 'x' || Peek(1) == 'X'))
        {
            _pos += 2;
            if (Peek() is 'H' or 'R' or 'K' or 'L' or 'M') _pos++;
            int digits = _pos;
            while (_pos < _text.Length && IsHex(_text[_pos])) _pos++;
            if (_pos == digits) throw _source.Error(start, "expected hexadecimal digits after '0x'");
            return new Token(TokenKind.Float, start, _pos - start, Intern(start, _pos));
        }
        if (_text[_pos] is '-' or '+') _pos++;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        if (Peek() == ':' && _text[start] != '-' && _text[start] != '+')
        {
            // A numbered label: "12:"
            string digits = Intern(start, _pos);
            _pos++;
            return new Token(TokenKind.Label, start, _pos - start, digits, numbered: true);
        }
        if (Peek() == '.')
        {
            _pos++;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
            if (Peek() is 'e' or 'E')
            {
                int save = _pos;
                _pos++;
                if (Peek() is '-' or '+') _pos++;
                if (!char.IsAsciiDigit(Peek())) _pos = save;
                else while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
            }
            return new Token(TokenKind.Float, start, _pos - start, Intern(start, _pos));
        }
        if (IsIdentStart(Peek()))
            throw _source.Error(start, $"malformed number '{_text[start..(_pos + 1)]}'");
        return new Token(TokenKind.Integer, start, _pos - start, Intern(start, _pos));
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    // Character classes of ASCII, one table lookup per character on the lexer's hot paths.
    private const byte IdentStartBit = 1, IdentCharBit = 2, TriviaBit = 4;

    private static ReadOnlySpan<byte> CharClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // ' ' ! " # $ % & ' ( ) * + , - . / 0-9 : ; < = > ?
        4, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        // @ A-Z [ \ ] ^ _
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 3,
        // ` a-z { | } ~ DEL
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    ];

    private static bool Has(char c, byte bit) => c < 128 && (CharClass[c] & bit) != 0;

    private static bool IsIdentStart(char c) => Has(c, IdentStartBit);

    private static bool IsIdentChar(char c) => Has(c, IdentCharBit);
}
