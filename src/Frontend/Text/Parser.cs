// The recursive-descent parser for LLVM IR text. This file holds the token cursor, error reporting
// and the module level (type definitions, globals, functions, attribute groups, skipped metadata).
// Types, constants and instructions are parsed in the other Parser.*.cs files; local names are
// resolved by a scope object: ModuleScope for ordinary modules, SnippetScope for the snippet dialect.
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Text;

public sealed partial class Parser
{
    private readonly SourceText _source;
    // The token cursor: the current token and one token of lookahead, pulled from the lexer as the
    // parser advances; _first is the text's first token (for errors about the whole text).
    private readonly Lexer _lexer;
    private Token _cur, _next;
    private readonly Token _first;
    private readonly Module _module;
    private readonly bool _snippetMode;

    // Named types: defined or referenced so far, with where they were first referenced.
    private readonly Dictionary<string, StructType> _namedStructs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IrType> _typeAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _typeFirstUse = new(StringComparer.Ordinal);
    private readonly HashSet<string> _typesDefined = new(StringComparer.Ordinal);

    // Globals referenced before their definition.
    private readonly Dictionary<string, GlobalPlaceholder> _forwardGlobals = new(StringComparer.Ordinal);
    private int _nextGlobalNumber;

    // Attribute groups (#N) and the functions that refer to them, resolved at the end.
    private readonly Dictionary<string, HashSet<string>> _attributeGroups = new();
    private readonly List<(Function Function, Token Group)> _functionGroupRefs = [];

    private Parser(SourceText source, bool snippetMode, Module? into = null)
    {
        _source = source;
        _lexer = new Lexer(source);
        _first = _cur = _lexer.Next();
        _next = _cur.Kind == TokenKind.Eof ? _cur : _lexer.Next();
        _module = into ?? new Module(source.File);
        _snippetMode = snippetMode;
    }

    /// <summary>Parses a whole module. Throws <see cref="IrException"/> with a position on any error.</summary>
    public static Module ParseModule(string text, string? file = null, int lineOffset = 0)
    {
        var parser = new Parser(new SourceText(text, file) { LineOffset = lineOffset }, snippetMode: false);
        parser.ParseTopLevel();
        parser.Finish();
        return parser._module;
    }

    /// <summary>
    /// Parses a kernel body in the snippet dialect (see API.md): instructions without <c>define</c>,
    /// parameters named by the signature, names that may be assigned more than once, and the value
    /// of <see cref="SnippetSignature.ReturnName"/> returned at the end. A text that contains
    /// <c>define</c> is parsed as a whole module instead.
    /// <paramref name="prelude"/> (optional) is module text parsed first into the same module: the
    /// other kernels and globals the body calls or uses (its errors are reported in "&lt;prelude&gt;";
    /// its named types are not visible to the body).
    /// </summary>
    public static Module ParseSnippet(string body, SnippetSignature signature, string? file = null, int lineOffset = 0, string? prelude = null)
    {
        var source = new SourceText(body, file) { LineOffset = lineOffset };
        var module = new Module(file);
        if (!string.IsNullOrEmpty(prelude))
        {
            var preludeParser = new Parser(new SourceText(prelude, "<prelude>"), snippetMode: false, module);
            preludeParser.ParseTopLevel();
            preludeParser.Finish();
        }
        var parser = new Parser(source, snippetMode: !ContainsDefine(source), module);
        if (!parser._snippetMode)
        {
            parser.ParseTopLevel();
            parser.Finish();
            return parser._module;
        }
        parser.ParseSnippetBody(signature);
        parser.Finish();
        return parser._module;
    }

    /// <summary>Whether a text has the word <c>define</c> (a whole module given where a snippet may be).</summary>
    private static bool ContainsDefine(SourceText source)
    {
        var lexer = new Lexer(source);
        for (var t = lexer.Next(); t.Kind != TokenKind.Eof; t = lexer.Next())
            if (t.Is("define")) return true;
        return false;
    }

    private void ParseSnippetBody(SnippetSignature sig)
    {
        var names = sig.Parameters.Select(p => (string?)p.Name).ToArray();
        var seen = new HashSet<string>();
        foreach (var n in names)
            if (!seen.Add(n!)) throw new IrException($"parameter name '{n}' is used twice", _source.File);
        if (_module.GetSymbol(sig.FunctionName) is not null)
            throw new IrException($"the prelude already defines '@{Names.Quote(sig.FunctionName)}'", _source.File, 1 + _source.LineOffset, 1);
        var f = new Function(sig.FunctionName, FunctionType.Get(sig.ReturnType, sig.Parameters.Select(p => p.Type).ToArray()), names);
        _module.AddFunction(f);
        var scope = new SnippetScope(this, f);
        var start = Cur;
        var last = ParseBlocks(f, scope, start) ?? scope.DefineBlock(null, start);
        var end = Cur; // end of input
        if (last.Terminator is null)
        {
            if (sig.ReturnType.IsVoid) last.Append(new ReturnInst(null));
            else
            {
                if (sig.ReturnName is null)
                    throw Error(end, $"the kernel returns '{sig.ReturnType}' but names no value to return");
                var nameTok = new Token(TokenKind.LocalVar, end.Offset, 0, sig.ReturnName);
                last.Append(new ReturnInst(scope.ValueAtExit(nameTok, sig.ReturnType, last)) { Location = Locate(end) });
            }
        }
        // A branch back to the first block would give the entry block predecessors: add a fresh entry.
        if (f.EntryBlock!.Predecessors.Any())
        {
            var entry = new BasicBlock(null);
            var oldEntry = f.EntryBlock;
            f.InsertBlock(0, entry);
            entry.Append(new BranchInst(oldEntry));
        }
        scope.Finish(end);
    }

    /// <summary>Parses a type written in LLVM syntax (<c>{ float, float }</c>, <c>&lt;4 x i32&gt;</c>).</summary>
    public static IrType ParseType(string text)
    {
        var parser = new Parser(new SourceText(text, "<type>"), snippetMode: false);
        var t = parser.ParseType();
        if (parser.Cur.Kind != TokenKind.Eof) throw parser.Error(parser.Cur, $"expected the end of the type, found {parser.Cur}");
        if (parser._namedStructs.Count > 0) throw parser.Error(parser._first, "named types cannot be used here");
        return t;
    }

    /// <summary>
    /// Parses a named parameter list without parentheses, as a snippet signature gives it:
    /// <c>float %a, { float, float } %z</c> (empty text: no parameters).
    /// </summary>
    public static IReadOnlyList<(string Name, IrType Type)> ParseParameterList(string text)
    {
        var parser = new Parser(new SourceText(text, "<params>"), snippetMode: false);
        var result = new List<(string, IrType)>();
        if (parser.Cur.Kind == TokenKind.Eof) return result;
        while (true)
        {
            var typeTok = parser.Cur;
            var type = parser.ParseType();
            if (!type.IsFirstClass || type.IsLabel) throw parser.Error(typeTok, $"a parameter cannot have type '{type}'");
            var nameTok = parser.Expect(TokenKind.LocalVar, "a parameter name such as '%a'");
            result.Add((nameTok.Text, type));
            if (parser.Cur.Kind == TokenKind.Eof) break;
            parser.Expect(TokenKind.Comma, "',' between parameters");
        }
        if (parser._namedStructs.Count > 0) throw parser.Error(parser._first, "named types cannot be used here");
        return result;
    }

    // ---------------------------------------------------------------- token cursor and errors

    private Token Cur => _cur;
    private Token PeekToken() => _next;

    private Token Advance()
    {
        var t = _cur;
        if (t.Kind != TokenKind.Eof)
        {
            _cur = _next;
            if (_next.Kind != TokenKind.Eof) _next = _lexer.Next();
        }
        return t;
    }

    private bool Accept(TokenKind kind)
    {
        if (Cur.Kind != kind) return false;
        Advance();
        return true;
    }

    private bool AcceptWord(string word)
    {
        if (!Cur.Is(word)) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Cur.Kind != kind) throw Error(Cur, $"expected {what}, found {Cur}");
        return Advance();
    }

    private void ExpectWord(string word)
    {
        if (!Cur.Is(word)) throw Error(Cur, $"expected '{word}', found {Cur}");
        Advance();
    }

    private IrException Error(Token at, string message) => _source.Error(at.Offset, message);

    private SourceLocation Locate(Token t) => _source.Locate(t.Offset);

    // ---------------------------------------------------------------- module level

    private void ParseTopLevel()
    {
        while (Cur.Kind != TokenKind.Eof)
        {
            var t = Cur;
            switch (t.Kind)
            {
                case TokenKind.Word when t.Text == "define": ParseDefine(); break;
                case TokenKind.Word when t.Text == "declare": ParseDeclare(); break;
                case TokenKind.Word when t.Text == "source_filename":
                    Advance();
                    Expect(TokenKind.Equal, "'='");
                    _module.SourceFileName = Expect(TokenKind.String, "a string").Text;
                    break;
                case TokenKind.Word when t.Text == "target":
                    Advance();
                    if (AcceptWord("datalayout")) { Expect(TokenKind.Equal, "'='"); _module.DataLayoutString = Expect(TokenKind.String, "a string").Text; }
                    else if (AcceptWord("triple")) { Expect(TokenKind.Equal, "'='"); _module.TargetTriple = Expect(TokenKind.String, "a string").Text; }
                    else throw Error(Cur, $"expected 'datalayout' or 'triple' after 'target', found {Cur}");
                    break;
                case TokenKind.Word when t.Text == "attributes": ParseAttributeGroup(); break;
                case TokenKind.Word when t.Text == "module":
                    throw Error(t, "'module asm' is not supported: PyIR compiles LLVM IR, not inline assembly");
                case TokenKind.Word when t.Text is "uselistorder" or "uselistorder_bb":
                    throw Error(t, $"'{t.Text}' directives are not supported");
                case TokenKind.LocalVar: ParseTypeDefinition(); break;
                case TokenKind.GlobalVar: ParseGlobal(); break;
                case TokenKind.ComdatVar: SkipComdat(); break;
                case TokenKind.MetadataVar or TokenKind.Exclaim: SkipMetadataDefinition(); break;
                case TokenKind.Caret: throw Error(t, "module summary entries ('^') are not supported");
                default: throw Error(t, $"expected a top-level entity (define, declare, a global, a type, metadata), found {t}");
            }
        }
    }

    private void Finish()
    {
        foreach (var (name, offset) in _typeFirstUse)
            if (!_typesDefined.Contains(name))
                throw _source.Error(offset, $"use of undefined type '%{Names.Quote(name)}'");

        foreach (var (name, placeholder) in _forwardGlobals.ToArray())
        {
            var target = _module.GetSymbol(name);
            if (target is null)
            {
                bool builtin = Builtins.Resolve(name) != Builtin.None;
                if (placeholder.CalleeType is { } fnType && (builtin || _snippetMode))
                {
                    // Intrinsics and C math routines are declared implicitly, as are callees of
                    // snippets (they are linked in later from other kernels).
                    var decl = new Function(name, fnType);
                    _module.AddFunction(decl);
                    CheckBuiltinDeclaration(decl, placeholder.FirstUse);
                    target = decl;
                }
                else throw _source.Error(placeholder.FirstUse.Offset, $"use of undefined value '@{Names.Quote(name)}'");
            }
            placeholder.ReplaceAllUsesWith(target);
        }
        _forwardGlobals.Clear();

        foreach (var (function, group) in _functionGroupRefs)
        {
            if (!_attributeGroups.TryGetValue(group.Text, out var attrs))
                throw Error(group, $"use of undefined attribute group '#{group.Text}'");
            function.Attributes.UnionWith(attrs);
        }
    }

    private void CheckBuiltinDeclaration(Function f, Token at)
    {
        if (Builtins.IsIntrinsicName(f.Name) && f.Builtin == Builtin.None)
            throw Error(at, $"unsupported intrinsic '@{f.Name}'");
        if (f.Builtin != Builtin.None && Builtins.CheckSignature(f.Name, f.Builtin, f.FunctionType) is { } problem)
            throw Error(at, problem);
    }

    /// <summary><c>%name = type { ... }</c>, <c>%name = type opaque</c>.</summary>
    private void ParseTypeDefinition()
    {
        var nameTok = Advance();
        Expect(TokenKind.Equal, "'='");
        if (!Cur.Is("type")) throw Error(Cur, $"expected 'type' (only type definitions start with '%' at the top level), found {Cur}");
        Advance();
        string name = nameTok.Text;
        if (!_typesDefined.Add(name)) throw Error(nameTok, $"redefinition of type '%{Names.Quote(name)}'");
        if (AcceptWord("opaque"))
        {
            GetOrCreateNamedStruct(name, nameTok, isDefinition: true);
            return;
        }
        if (Cur.Kind is TokenKind.LBrace || (Cur.Kind == TokenKind.Less && PeekToken().Kind == TokenKind.LBrace))
        {
            var s = GetOrCreateNamedStruct(name, nameTok, isDefinition: true);
            bool packed = Cur.Kind == TokenKind.Less;
            var (fields, _) = ParseStructBody();
            s.SetBody(fields, packed);
            return;
        }
        if (_typeFirstUse.ContainsKey(name) && !_typeAliases.ContainsKey(name))
            throw Error(nameTok, $"type '%{Names.Quote(name)}' is used before its definition; only struct types may be");
        _typeAliases[name] = ParseType();
    }

    private StructType GetOrCreateNamedStruct(string name, Token at, bool isDefinition)
    {
        if (!_namedStructs.TryGetValue(name, out var s))
        {
            s = StructType.CreateNamed(name);
            _namedStructs[name] = s;
            _module.AddNamedType(s);
        }
        if (!isDefinition) _typeFirstUse.TryAdd(name, at.Offset);
        return s;
    }

    /// <summary><c>attributes #0 = { noinline nounwind "frame-pointer"="all" }</c>.</summary>
    private void ParseAttributeGroup()
    {
        Advance();
        var id = Expect(TokenKind.AttrGroup, "an attribute group such as '#0'");
        Expect(TokenKind.Equal, "'='");
        var open = Expect(TokenKind.LBrace, "'{'");
        var attrs = new HashSet<string>(StringComparer.Ordinal);
        int depth = 1;
        while (depth > 0)
        {
            var t = Advance();
            switch (t.Kind)
            {
                case TokenKind.Eof: throw Error(open, "unterminated attribute group (missing '}')");
                case TokenKind.LBrace or TokenKind.LParen: depth++; break;
                case TokenKind.RBrace or TokenKind.RParen: depth--; break;
                case TokenKind.Word when depth == 1: attrs.Add(t.Text); break;
            }
        }
        _attributeGroups[id.Text] = attrs;
    }

    private void SkipComdat()
    {
        Advance();
        Expect(TokenKind.Equal, "'='");
        ExpectWord("comdat");
        Expect(TokenKind.Word, "a comdat selection kind such as 'any'");
    }

    /// <summary>Metadata definitions (<c>!0 = !{...}</c>, <c>!llvm.ident = !{!0}</c>) carry no semantics: skipped.</summary>
    private void SkipMetadataDefinition()
    {
        var start = Advance();
        if (start.Kind == TokenKind.Exclaim) throw Error(start, "expected a metadata name after '!'");
        Expect(TokenKind.Equal, "'='");
        AcceptWord("distinct");
        SkipMetadataValue();
    }

    /// <summary>Skips one metadata value: <c>!{...}</c>, <c>!N</c>, <c>!"str"</c>, <c>!DIThing(...)</c>, or a typed constant.</summary>
    private void SkipMetadataValue()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Exclaim)
        {
            Advance();
            if (Cur.Kind == TokenKind.LBrace) { SkipBalanced(); return; }
            if (Cur.Kind == TokenKind.String) { Advance(); return; }
            throw Error(Cur, $"expected '{{' or a string after '!', found {Cur}");
        }
        if (t.Kind == TokenKind.MetadataVar)
        {
            Advance();
            if (Cur.Kind == TokenKind.LParen) SkipBalanced();
            return;
        }
        throw Error(t, $"expected metadata, found {t}");
    }

    /// <summary>Skips a bracketed group starting at the current '(' '[' '{' or '&lt;', including nested ones.</summary>
    private void SkipBalanced()
    {
        var open = Advance();
        int depth = 1;
        while (depth > 0)
        {
            var t = Advance();
            switch (t.Kind)
            {
                case TokenKind.Eof: throw Error(open, $"unterminated {open} (no matching close bracket)");
                case TokenKind.LBrace or TokenKind.LParen or TokenKind.LBracket: depth++; break;
                case TokenKind.RBrace or TokenKind.RParen or TokenKind.RBracket: depth--; break;
            }
        }
    }

    /// <summary>Skips trailing <c>, !name !N</c> metadata attachments; true if any comma was consumed.</summary>
    private void SkipMetadataAttachments()
    {
        while (Cur.Kind == TokenKind.Comma && PeekToken().Kind == TokenKind.MetadataVar)
        {
            Advance();
            Advance();
            SkipMetadataValue();
        }
    }

    // ---------------------------------------------------------------- globals

    private static readonly HashSet<string> PreemptionAndVisibility =
    [
        "dso_local", "dso_preemptable", "default", "hidden", "protected", "dllimport", "dllexport",
        "unnamed_addr", "local_unnamed_addr", "externally_initialized",
    ];

    /// <summary><c>@name = [linkage] [attributes] global|constant T [init] [, align N] ...</c></summary>
    private void ParseGlobal()
    {
        var nameTok = Advance();
        string name = GlobalName(nameTok);
        Expect(TokenKind.Equal, "'='");
        var linkage = Linkage.External;
        bool threadLocal = false, declarationOnly = false;
        while (true)
        {
            if (Cur.Kind == TokenKind.Word && LinkageInfo.TryParse(Cur.Text, out var l))
            {
                linkage = l;
                declarationOnly = Cur.Text is "external" or "extern_weak";
                Advance();
                continue;
            }
            if (Cur.Kind == TokenKind.Word && PreemptionAndVisibility.Contains(Cur.Text)) { Advance(); continue; }
            if (AcceptWord("thread_local"))
            {
                threadLocal = true;
                if (Cur.Kind == TokenKind.LParen) SkipBalanced();
                continue;
            }
            if (Cur.Is("addrspace")) { ParseAddressSpace(); continue; }
            break;
        }
        if (Cur.Is("alias") || Cur.Is("ifunc")) throw Error(Cur, $"global {Cur.Text}es are not supported");
        bool isConstant;
        if (AcceptWord("constant")) isConstant = true;
        else if (AcceptWord("global")) isConstant = false;
        else throw Error(Cur, $"expected 'global' or 'constant', found {Cur}");

        var typeTok = Cur;
        var valueType = ParseType();
        if (!valueType.IsFirstClass)
            throw Error(typeTok, $"a global cannot have type '{valueType}'");

        if (_module.GetSymbol(name) is not null) throw Error(nameTok, $"redefinition of global '@{Names.Quote(name)}'");
        var global = new GlobalVariable(name, valueType, isConstant, null) { Linkage = linkage, IsThreadLocal = threadLocal };
        _module.AddGlobal(global);
        ResolveForwardGlobal(name, global);

        if (!declarationOnly) global.SetInitializer(ParseConstant(valueType));

        while (Cur.Kind == TokenKind.Comma)
        {
            var next = PeekToken();
            if (next.Kind == TokenKind.MetadataVar) { SkipMetadataAttachments(); continue; }
            Advance();
            if (AcceptWord("align")) global.Alignment = ParseAlignValue();
            else if (AcceptWord("section") || AcceptWord("partition")) Expect(TokenKind.String, "a string");
            else if (AcceptWord("comdat")) { if (Cur.Kind == TokenKind.LParen) SkipBalanced(); }
            else if (Cur.Kind == TokenKind.Word && Cur.Text is "no_sanitize_address" or "no_sanitize_hwaddress" or "sanitize_memtag" or "sanitize_address_dyninit") Advance();
            else throw Error(Cur, $"expected 'align', 'section' or metadata after ',', found {Cur}");
        }
        while (Cur.Kind == TokenKind.AttrGroup) Advance();
    }

    private string GlobalName(Token t)
    {
        if (!t.IsNumbered) return t.Text;
        // LLVM reads @01 as @1; a number too large for an int can be no global's.
        int n = t.Number >= 0 ? t.Number : int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v) ? v : -1;
        if (n != _nextGlobalNumber) throw Error(t, $"global expected to be numbered '@{_nextGlobalNumber}'");
        _nextGlobalNumber++;
        return t.Text;
    }

    private void ResolveForwardGlobal(string name, GlobalValue definition)
    {
        if (!_forwardGlobals.Remove(name, out var placeholder)) return;
        placeholder.ReplaceAllUsesWith(definition);
    }

    /// <summary>A reference to <c>@name</c>: the global if defined, else a placeholder resolved at the end.</summary>
    private Constant GetGlobal(Token t, FunctionType? asCallee = null)
    {
        if (_module.GetSymbol(t.Text) is { } g) return g;
        if (!_forwardGlobals.TryGetValue(t.Text, out var p))
        {
            p = new GlobalPlaceholder(t.Text, t);
            _forwardGlobals[t.Text] = p;
        }
        if (asCallee is not null) p.CalleeType ??= asCallee;
        return p;
    }

    private void ParseAddressSpace()
    {
        ExpectWord("addrspace");
        Expect(TokenKind.LParen, "'('");
        var n = Expect(TokenKind.Integer, "an address space number");
        if (n.Text != "0") throw Error(n, "only address space 0 is supported");
        Expect(TokenKind.RParen, "')'");
    }

    private int ParseAlignValue()
    {
        bool paren = Accept(TokenKind.LParen);
        var t = Expect(TokenKind.Integer, "an alignment");
        if (!int.TryParse(t.Text, out int a) || a <= 0 || (a & (a - 1)) != 0 || a > (1 << 30))
            throw Error(t, $"alignment must be a power of two, got {t.Text}");
        if (paren) Expect(TokenKind.RParen, "')'");
        return a;
    }

    // ---------------------------------------------------------------- functions

    private static readonly HashSet<string> CallingConventions =
    [
        "ccc", "fastcc", "coldcc", "tailcc", "swiftcc", "swifttailcc", "preserve_mostcc", "preserve_allcc",
        "x86_64_sysvcc", "cfguard_checkcc",
    ];

    private sealed record FunctionHeader(
        Function Function, Token NameToken, List<Token?> ParamNameTokens, List<string?> ParamNames);

    private void ParseDeclare()
    {
        Advance();
        var header = ParseFunctionHeader(isDefinition: false);
        CheckBuiltinDeclaration(header.Function, header.NameToken);
    }

    private void ParseDefine()
    {
        Advance();
        var header = ParseFunctionHeader(isDefinition: true);
        var f = header.Function;
        if (Builtins.IsIntrinsicName(f.Name)) throw Error(header.NameToken, $"'@{f.Name}' is an intrinsic name and cannot be defined");
        var scope = new ModuleScope(this, f);
        for (int i = 0; i < f.Arguments.Count; i++)
            scope.DefineArgument(f.Arguments[i], header.ParamNameTokens[i]);
        ParseFunctionBody(f, scope);
    }

    /// <summary>Everything from the linkage to the attributes after the parameter list.</summary>
    private FunctionHeader ParseFunctionHeader(bool isDefinition)
    {
        var linkage = Linkage.External;
        string? cconv = null;
        while (true)
        {
            if (Cur.Kind == TokenKind.Word && LinkageInfo.TryParse(Cur.Text, out var l)) { linkage = l; Advance(); continue; }
            if (Cur.Kind == TokenKind.Word && PreemptionAndVisibility.Contains(Cur.Text)) { Advance(); continue; }
            if (Cur.Kind == TokenKind.Word && CallingConventions.Contains(Cur.Text)) { cconv = Advance().Text; continue; }
            if (Cur.Is("cc")) { Advance(); cconv = "cc " + Expect(TokenKind.Integer, "a calling convention number").Text; continue; }
            break;
        }
        var retAttrs = ParseParamAttributes(beforeType: true);
        var retTypeTok = Cur;
        var retType = ParseType();
        if (!(retType.IsFirstClass || retType.IsVoid) || retType.IsLabel)
            throw Error(retTypeTok, $"a function cannot return '{retType}'");
        var nameTok = Expect(TokenKind.GlobalVar, "a function name such as '@f'");
        string name = GlobalName(nameTok);
        Expect(TokenKind.LParen, "'('");

        var paramTypes = new List<IrType>();
        var paramAttrs = new List<ParamAttributes>();
        var paramNames = new List<string?>();
        var paramNameTokens = new List<Token?>();
        bool varArg = false;
        if (Cur.Kind != TokenKind.RParen)
        {
            while (true)
            {
                if (Cur.Kind == TokenKind.Ellipsis) { varArg = true; Advance(); break; }
                var ptTok = Cur;
                var pt = ParseType();
                if (!pt.IsFirstClass) throw Error(ptTok, $"a parameter cannot have type '{pt}'");
                paramTypes.Add(pt);
                paramAttrs.Add(ParseParamAttributes(beforeType: false));
                if (Cur.Kind == TokenKind.LocalVar)
                {
                    var pn = Advance();
                    paramNameTokens.Add(pn);
                    paramNames.Add(pn.IsNumbered ? null : pn.Text);
                }
                else
                {
                    paramNameTokens.Add(null);
                    paramNames.Add(null);
                }
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        Expect(TokenKind.RParen, "')' after the parameters");
        if (varArg) throw Error(nameTok, "variadic functions ('...') are not supported");

        var f = new Function(name, FunctionType.Get(retType, paramTypes, varArg), paramNames)
        {
            Linkage = linkage,
            CallingConvention = cconv is null or "ccc" ? null : cconv,
            ReturnAttributes = retAttrs,
        };
        for (int i = 0; i < paramAttrs.Count; i++) f.Arguments[i].Attributes = paramAttrs[i];
        ParseFunctionAttributes(f);

        if (_module.GetSymbol(name) is not null) throw Error(nameTok, $"redefinition of '@{Names.Quote(name)}'");
        _module.AddFunction(f);
        ResolveForwardGlobal(name, f);
        _ = isDefinition;
        return new FunctionHeader(f, nameTok, paramNameTokens, paramNames);
    }

    /// <summary>Attributes after the parameter list: words, #N groups, align, section, comdat, gc, personality...</summary>
    private void ParseFunctionAttributes(Function f)
    {
        while (true)
        {
            var t = Cur;
            switch (t.Kind)
            {
                case TokenKind.AttrGroup:
                    _functionGroupRefs.Add((f, Advance()));
                    continue;
                case TokenKind.String:
                    // "key"="value" string attributes
                    Advance();
                    if (Accept(TokenKind.Equal)) Expect(TokenKind.String, "a string");
                    continue;
                case TokenKind.MetadataVar when PeekToken().Kind != TokenKind.Equal:
                    Advance();
                    SkipMetadataValue();
                    continue;
                case TokenKind.Word:
                    switch (t.Text)
                    {
                        case "align": Advance(); f.Alignment = ParseAlignValue(); continue;
                        case "section" or "partition" or "gc": Advance(); Expect(TokenKind.String, "a string"); continue;
                        case "comdat": Advance(); if (Cur.Kind == TokenKind.LParen) SkipBalanced(); continue;
                        case "addrspace": ParseAddressSpace(); continue;
                        case "personality": throw Error(t, "'personality' functions (exception handling) are not supported");
                        case "prefix" or "prologue": throw Error(t, $"'{t.Text}' data is not supported");
                        case "define" or "declare" or "attributes" or "target" or "source_filename" or "module" or "uselistorder":
                            return;
                        default:
                            Advance();
                            f.Attributes.Add(t.Text);
                            if (Cur.Kind == TokenKind.LParen) SkipBalanced();
                            continue;
                    }
                default:
                    return;
            }
        }
    }

    private static readonly HashSet<string> TypeKeywords =
    [
        "void", "half", "bfloat", "float", "double", "x86_fp80", "fp128", "ppc_fp128", "label", "metadata", "ptr",
        "token", "x86_mmx", "x86_amx", "opaque", "type",
    ];

    /// <summary>
    /// Parameter or return attributes. Before a type (return attributes) any word that is not a type
    /// keyword is an attribute; after a type (parameters) every word up to the name is one.
    /// </summary>
    private ParamAttributes ParseParamAttributes(bool beforeType)
    {
        var attrs = ParamAttributes.None;
        while (Cur.Kind == TokenKind.Word && !(beforeType && TypeKeywords.Contains(Cur.Text)) && !StartsValue(Cur.Text))
        {
            var t = Advance();
            switch (t.Text)
            {
                case "byval" or "sret" or "byref" or "inalloca" or "preallocated" or "elementtype":
                {
                    if (!Accept(TokenKind.LParen)) break;
                    var ty = ParseType();
                    Expect(TokenKind.RParen, "')'");
                    if (t.Text == "byval") attrs = attrs with { ByVal = ty };
                    else if (t.Text == "sret") attrs = attrs with { StructRet = ty };
                    else if (t.Text is "inalloca" or "preallocated") throw Error(t, $"'{t.Text}' arguments are not supported");
                    break;
                }
                case "align":
                    attrs = attrs with { Align = ParseAlignValue() };
                    break;
                case "noalias": attrs = attrs with { NoAlias = true }; break;
                case "signext": attrs = attrs with { SignExt = true }; break;
                case "zeroext": attrs = attrs with { ZeroExt = true }; break;
                case "nocapture": attrs = attrs with { NoCapture = true }; break;
                case "readonly": attrs = attrs with { ReadOnly = true }; break;
                default:
                    if (Cur.Kind == TokenKind.LParen) SkipBalanced();
                    break;
            }
        }
        return attrs;
    }
}

/// <summary>The signature a snippet body is compiled with.</summary>
public sealed record SnippetSignature(
    string FunctionName, IReadOnlyList<(string Name, IrType Type)> Parameters, IrType ReturnType, string? ReturnName);

/// <summary>A reference to a global that is not defined yet; replaced when the module is complete.</summary>
internal sealed class GlobalPlaceholder : Constant
{
    public GlobalPlaceholder(string name, Token firstUse) : base(IrType.Ptr)
    {
        Name = name;
        FirstUse = firstUse;
    }

    public Token FirstUse { get; }

    /// <summary>The function type of the first call through this reference, for implicit declarations.</summary>
    public FunctionType? CalleeType { get; set; }

    protected override bool TracksUsers => true;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
