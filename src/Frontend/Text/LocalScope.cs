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

    public ModuleScope(Parser parser, Function function)
    {
        _parser = parser;
        _function = function;
    }

    // Numbered values (%N, N:) are found by number in _numbered (they are defined in order, so
    // %N is there once it is defined); names in _named. Forward references to numbers wait in the
    // forward tables under the key "#N" (a name cannot contain '#'), the keys coming from a table
    // shared by all parses instead of a new string per use.
    private readonly List<Value> _numbered = [];

    private static string Key(Token t) =>
        !t.IsNumbered ? t.Text : t.Number >= 0 ? NumberKey(t.Number) : "#" + t.Text;

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

    /// <summary>The value or block %N (defined so far), or null.</summary>
    private Value? Lookup(Token t) =>
        !t.IsNumbered ? _named.GetValueOrDefault(t.Text)
        : (uint)t.Number < (uint)_numbered.Count ? _numbered[t.Number] : null;

    /// <summary>Checks that <paramref name="written"/> (if any) is the next number, before anything else is checked about it.</summary>
    private void CheckNext(Token? written, string what)
    {
        if (written is { } n && n.Number != _numbered.Count)
            throw _parser.ErrorAt(n, $"{what} expected to be numbered '{(what == "label" ? "" : "%")}{_numbered.Count}'");
    }

    public void DefineArgument(Argument arg, Token? name)
    {
        if (name is null || name.Value.IsNumbered)
        {
            CheckNext(name, "argument");
            _numbered.Add(arg);
            return;
        }
        if (!_named.TryAdd(name.Value.Text, arg))
            throw _parser.ErrorAt(name.Value, $"redefinition of argument '%{name.Value.Text}'");
    }

    public override Value GetValue(Token name, IrType type)
    {
        if (Lookup(name) is { } v)
        {
            if (v is BasicBlock) throw _parser.ErrorAt(name, $"'%{name.Text}' is a label, not a value");
            if (!ReferenceEquals(v.Type, type))
                throw _parser.ErrorAt(name, $"'%{name.Text}' has type '{v.Type}', but '{type}' is expected here");
            return v;
        }
        string key = Key(name);
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
            CheckNext(name, "instruction");
            key = NumberKey(_numbered.Count);
            if (_forwardBlocks.Count > 0 && _forwardBlocks.ContainsKey(key))
                throw _parser.ErrorAt(name ?? at, $"'%{_numbered.Count}' is used as a label but defined as a value");
            _numbered.Add(inst);
        }
        else
        {
            key = name.Value.Text;
            if (_forwardBlocks.ContainsKey(key) || !_named.TryAdd(key, inst))
                throw _parser.ErrorAt(name.Value, $"redefinition of '%{key}'");
            inst.Name = key;
        }
        if (_forward.Count > 0 && _forward.Remove(key, out var f))
        {
            if (!ReferenceEquals(f.Type, inst.Type))
                throw _parser.ErrorAt(f.FirstUse, $"'%{f.FirstUse.Text}' is used with type '{f.Type}', but it is defined with type '{inst.Type}'");
            f.ReplaceAllUsesWith(inst);
        }
    }

    public override BasicBlock GetBlock(Token name)
    {
        if (Lookup(name) is { } v)
        {
            if (v is BasicBlock b) return b;
            throw _parser.ErrorAt(name, $"'%{name.Text}' is a value, not a label");
        }
        string key = Key(name);
        if (_forward.ContainsKey(key)) throw _parser.ErrorAt(name, $"'%{name.Text}' is used as a value and as a label");
        if (_forwardBlocks.TryGetValue(key, out var fb)) return fb.Block;
        var block = new BasicBlock(name.IsNumbered ? null : name.Text);
        _forwardBlocks[key] = (block, name);
        return block;
    }

    public override BasicBlock DefineBlock(Token? label, Token at)
    {
        bool numbered = label is null || label.Value.IsNumbered;
        if (numbered) CheckNext(label, "label");
        string key = numbered ? NumberKey(_numbered.Count) : label!.Value.Text;
        if (!numbered && _named.ContainsKey(key)) throw _parser.ErrorAt(label!.Value, $"redefinition of '%{key}'");
        if (_forward.TryGetValue(key, out var f))
            throw _parser.ErrorAt(f.FirstUse, $"'%{f.FirstUse.Text}' is used as a value but defined as a label");
        BasicBlock block;
        if (_forwardBlocks.Remove(key, out var fb)) block = fb.Block;
        else block = new BasicBlock(numbered ? null : key);
        if (numbered) _numbered.Add(block);
        else _named[key] = block;
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
