// Resolution of local names (%x, %3, labels) inside one function body. ModuleScope implements
// LLVM's rules: each name defined once, unnamed values numbered in order, forward references
// allowed and checked at the end of the function. SnippetScope implements the snippet dialect.
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Text;

internal abstract class LocalScope
{
    /// <summary>The block instructions are being added to.</summary>
    public BasicBlock? Current { get; protected set; }

    /// <summary>A use of %name with the type the syntax gives it.</summary>
    public abstract Value GetValue(Token name, IrType type);

    /// <summary>The incoming value of a phi; <see cref="BindPhiIncoming"/> tells later which block it comes from.</summary>
    public virtual Value GetPhiIncoming(Token name, IrType type) => GetValue(name, type);

    public virtual void BindPhiIncoming(Value value, BasicBlock block) { }

    /// <summary>Gives <paramref name="inst"/> its name (or number) and resolves forward references to it.</summary>
    public abstract void DefineValue(Token? name, Instruction inst, Token at);

    /// <summary>A reference to a label (<c>label %bb</c>, or a phi's incoming block).</summary>
    public abstract BasicBlock GetBlock(Token name);

    /// <summary>Starts a new block: labelled, or implicit (after a terminator, or the entry block).</summary>
    public abstract BasicBlock DefineBlock(Token? label, Token at);

    /// <summary>Called at the closing brace: resolves or reports what is left.</summary>
    public abstract void Finish(Token closingBrace);
}

/// <summary>A use of a local value that is defined further down.</summary>
internal sealed class ForwardRef : Value
{
    public ForwardRef(IrType type, Token firstUse) : base(type) => FirstUse = firstUse;
    public Token FirstUse { get; }
}

internal sealed class ModuleScope : LocalScope
{
    private readonly Parser _parser;
    private readonly Function _function;
    private readonly Dictionary<string, Value> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ForwardRef> _forward = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (BasicBlock Block, Token FirstUse)> _forwardBlocks = new(StringComparer.Ordinal);
    private int _nextNumber;

    public ModuleScope(Parser parser, Function function)
    {
        _parser = parser;
        _function = function;
    }

    // Numbered values live in the same dictionary under the key "#N" (names cannot contain '#').
    // clang's output numbers nearly every value, so the keys come from a table shared by all
    // parses instead of a new "#" + text string per use.
    private static string Key(Token t) =>
        !t.IsNumbered ? t.Text : Canonical(t.Text, out int n) ? NumberKey(n) : "#" + t.Text;

    private static string[] s_numberKeys = [];

    private static string NumberKey(int n)
    {
        var keys = s_numberKeys;
        if ((uint)n < (uint)keys.Length) return keys[n];
        if (n >= 1 << 20) return "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Grown by copying: a thread that still reads the old table gets equal strings.
        var grown = new string[Math.Max(n + 1, Math.Max(64, keys.Length * 2))];
        keys.CopyTo(grown, 0);
        for (int i = keys.Length; i < grown.Length; i++) grown[i] = "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        s_numberKeys = grown;
        return grown[n];
    }

    /// <summary>Digits written the way <c>int.ToString</c> writes them (no leading zero), as a number.</summary>
    private static bool Canonical(string digits, out int n)
    {
        n = 0;
        if (digits.Length == 0 || (digits.Length > 1 && digits[0] == '0')) return false;
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n);
    }

    /// <summary>Whether the numbered token <paramref name="t"/> is %N for N = <paramref name="expected"/>.</summary>
    private static bool IsNumber(Token t, int expected) => Canonical(t.Text, out int n) && n == expected;

    public void DefineArgument(Argument arg, Token? name)
    {
        if (name is null || name.Value.IsNumbered)
        {
            if (name is { } n && !IsNumber(n, _nextNumber))
                throw _parser.ErrorAt(n, $"argument expected to be numbered '%{_nextNumber}'");
            _named[NumberKey(_nextNumber++)] = arg;
            return;
        }
        if (!_named.TryAdd(name.Value.Text, arg))
            throw _parser.ErrorAt(name.Value, $"redefinition of argument '%{name.Value.Text}'");
    }

    public override Value GetValue(Token name, IrType type)
    {
        string key = Key(name);
        if (_named.TryGetValue(key, out var v))
        {
            if (v is BasicBlock) throw _parser.ErrorAt(name, $"'%{name.Text}' is a label, not a value");
            if (!ReferenceEquals(v.Type, type))
                throw _parser.ErrorAt(name, $"'%{name.Text}' has type '{v.Type}', but '{type}' is expected here");
            return v;
        }
        if (_forwardBlocks.ContainsKey(key)) throw _parser.ErrorAt(name, $"'%{name.Text}' is a label, not a value");
        if (_forward.TryGetValue(key, out var f))
        {
            if (!ReferenceEquals(f.Type, type))
                throw _parser.ErrorAt(name, $"'%{name.Text}' is used with type '{type}' here but with type '{f.Type}' earlier");
            return f;
        }
        if (type.IsVoid || type.IsLabel) throw _parser.ErrorAt(name, $"a value cannot have type '{type}'");
        f = new ForwardRef(type, name);
        _forward[key] = f;
        return f;
    }

    public override void DefineValue(Token? name, Instruction inst, Token at)
    {
        if (!inst.HasResult)
        {
            if (name is { } n) throw _parser.ErrorAt(n, $"'{inst.Opcode.Name()}' produces no value, so it cannot be named '%{n.Text}'");
            return;
        }
        string key;
        if (name is null || name.Value.IsNumbered)
        {
            if (name is { } n && !IsNumber(n, _nextNumber))
                throw _parser.ErrorAt(n, $"instruction expected to be numbered '%{_nextNumber}'");
            key = NumberKey(_nextNumber++);
        }
        else
        {
            key = name.Value.Text;
            inst.Name = key;
        }
        if (_named.ContainsKey(key) || _forwardBlocks.ContainsKey(key))
            throw _parser.ErrorAt(name ?? at, $"redefinition of '%{name?.Text}'");
        _named[key] = inst;
        if (_forward.Remove(key, out var f))
        {
            if (!ReferenceEquals(f.Type, inst.Type))
                throw _parser.ErrorAt(f.FirstUse, $"'%{f.FirstUse.Text}' is used with type '{f.Type}', but it is defined with type '{inst.Type}'");
            f.ReplaceAllUsesWith(inst);
        }
    }

    public override BasicBlock GetBlock(Token name)
    {
        string key = Key(name);
        if (_named.TryGetValue(key, out var v))
        {
            if (v is BasicBlock b) return b;
            throw _parser.ErrorAt(name, $"'%{name.Text}' is a value, not a label");
        }
        if (_forward.ContainsKey(key)) throw _parser.ErrorAt(name, $"'%{name.Text}' is used as a value and as a label");
        if (_forwardBlocks.TryGetValue(key, out var fb)) return fb.Block;
        var block = new BasicBlock(name.IsNumbered ? null : name.Text);
        _forwardBlocks[key] = (block, name);
        return block;
    }

    public override BasicBlock DefineBlock(Token? label, Token at)
    {
        string key;
        if (label is null || label.Value.IsNumbered)
        {
            if (label is { } l && !IsNumber(l, _nextNumber))
                throw _parser.ErrorAt(l, $"label expected to be numbered '{_nextNumber}'");
            key = NumberKey(_nextNumber++);
        }
        else key = label.Value.Text;
        if (_named.ContainsKey(key)) throw _parser.ErrorAt(label ?? at, $"redefinition of '%{label?.Text}'");
        if (_forward.TryGetValue(key, out var f))
            throw _parser.ErrorAt(f.FirstUse, $"'%{f.FirstUse.Text}' is used as a value but defined as a label");
        BasicBlock block;
        if (_forwardBlocks.Remove(key, out var fb)) block = fb.Block;
        else block = new BasicBlock(label is { IsNumbered: false } n ? n.Text : null);
        _named[key] = block;
        _function.AddBlock(block);
        Current = block;
        return block;
    }

    public override void Finish(Token closingBrace)
    {
        foreach (var f in _forward.Values)
            throw _parser.ErrorAt(f.FirstUse, $"use of undefined value '%{f.FirstUse.Text}'");
        foreach (var (block, use) in _forwardBlocks.Values)
            throw _parser.ErrorAt(use, $"use of undefined label '%{use.Text}'");
    }
}
