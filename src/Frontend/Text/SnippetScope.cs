// The snippet dialect's name resolution: a name may be assigned more than once, and a use sees the
// assignment that reaches it. Each assignment becomes a new SSA value (renamed x, x.1, x.2 ...).
// Uses inside the block of an earlier assignment bind directly; every other use is resolved when
// the whole body is known, with the on-the-fly SSA construction of Braun et al. ("Simple and
// Efficient Construction of Static Single Assignment Form", CC 2013): the value of a name at the
// entry of a block is the value at the exit of its single predecessor, or a phi over all of them,
// and phis that turn out to merge one value are removed again.
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Text;

internal sealed class SnippetScope : LocalScope
{
    private readonly Parser _parser;
    private readonly Function _function;
    private readonly Dictionary<(BasicBlock, string), Value> _lastDef = [];
    private readonly Dictionary<string, Argument> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BasicBlock> _blocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Token> _blockFirstUse = new(StringComparer.Ordinal);
    private readonly HashSet<string> _definedBlocks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly List<SnippetUse> _pending = [];

    // Resolution state
    private Dictionary<BasicBlock, List<BasicBlock>>? _preds;
    private readonly Dictionary<(BasicBlock, string), Value> _entryValue = [];

    public SnippetScope(Parser parser, Function function)
    {
        _parser = parser;
        _function = function;
        foreach (var a in function.Arguments)
        {
            if (a.Name is null) continue;
            _parameters[a.Name] = a;
            _usedNames.Add(a.Name);
        }
    }

    public override Value GetValue(Token name, IrType type)
    {
        if (_blocks.ContainsKey(name.Text) && !_lastDef.Keys.Any(k => k.Item2 == name.Text) && !_parameters.ContainsKey(name.Text))
            throw _parser.ErrorAt(name, $"'%{name.Text}' is a label, not a value");
        if (Current is not null && _lastDef.TryGetValue((Current, name.Text), out var v))
        {
            CheckType(name, v, type);
            return v;
        }
        var use = new SnippetUse(name, type, Current, atExit: false);
        _pending.Add(use);
        return use;
    }

    public override Value GetPhiIncoming(Token name, IrType type)
    {
        var use = new SnippetUse(name, type, null, atExit: true);
        _pending.Add(use);
        return use;
    }

    public override void BindPhiIncoming(Value value, BasicBlock block)
    {
        if (value is SnippetUse { Block: null } use) use.Block = block;
    }

    public override void DefineValue(Token? name, Instruction inst, Token at)
    {
        if (!inst.HasResult)
        {
            if (name is { } n) throw _parser.ErrorAt(n, $"'{inst.Opcode.Name()}' produces no value, so it cannot be named '%{n.Text}'");
            return;
        }
        if (name is null) return; // an unnamed value nobody can refer to
        string text = name.Value.Text;
        if (_blocks.ContainsKey(text)) throw _parser.ErrorAt(name.Value, $"'%{text}' is already a label");
        inst.Name = UniqueName(text);
        _lastDef[(Current!, text)] = inst;
    }

    private string UniqueName(string stem)
    {
        if (_usedNames.Add(stem)) return stem;
        for (int i = 1; ; i++)
        {
            var candidate = $"{stem}.{i}";
            if (_usedNames.Add(candidate)) return candidate;
        }
    }

    public override BasicBlock GetBlock(Token name)
    {
        if (!_blocks.TryGetValue(name.Text, out var b))
        {
            b = new BasicBlock(name.Text);
            _blocks[name.Text] = b;
            _blockFirstUse[name.Text] = name;
        }
        return b;
    }

    public override BasicBlock DefineBlock(Token? label, Token at)
    {
        BasicBlock block;
        if (label is { } l)
        {
            if (!_definedBlocks.Add(l.Text)) throw _parser.ErrorAt(l, $"label '{l.Text}' is defined twice");
            if (_lastDef.Keys.Any(k => k.Item2 == l.Text)) throw _parser.ErrorAt(l, $"'%{l.Text}' is already a value");
            block = GetBlock(l);
            block.Name = UniqueName(l.Text);
        }
        else block = new BasicBlock(_function.Blocks.Count == 0 ? UniqueName("entry") : null);
        _function.AddBlock(block);
        Current = block;
        return block;
    }

    /// <summary>The value <paramref name="name"/> has at the end of <paramref name="block"/>, for the snippet's return.</summary>
    public Value ValueAtExit(Token name, IrType type, BasicBlock block)
    {
        var use = new SnippetUse(name, type, block, atExit: true);
        _pending.Add(use);
        return use;
    }

    public override void Finish(Token closingBrace)
    {
        foreach (var (name, use) in _blockFirstUse)
            if (!_definedBlocks.Contains(name)) throw _parser.ErrorAt(use, $"use of undefined label '%{name}'");

        _preds = _function.Blocks.ToDictionary(b => b, _ => new List<BasicBlock>());
        foreach (var b in _function.Blocks)
            foreach (var s in b.Successors.Distinct())
                _preds[s].Add(b);

        foreach (var use in _pending)
        {
            var value = use.AtExit ? ReadAtExit(use.Block!, use) : ReadAtEntry(use.Block!, use);
            CheckType(use.Token, value, use.Type);
            use.ReplaceAllUsesWith(value);
        }
        _pending.Clear();
    }

    private void CheckType(Token name, Value v, IrType type)
    {
        if (!ReferenceEquals(v.Type, type))
            throw _parser.ErrorAt(name, $"'%{name.Text}' holds a value of type '{v.Type}' here, but '{type}' is expected");
    }

    private Value ReadAtExit(BasicBlock block, SnippetUse use) =>
        _lastDef.TryGetValue((block, use.Token.Text), out var v) ? v : ReadAtEntry(block, use);

    private Value ReadAtEntry(BasicBlock block, SnippetUse use)
    {
        string name = use.Token.Text;
        if (_entryValue.TryGetValue((block, name), out var known)) return known;
        var preds = _preds![block];
        Value result;
        if (ReferenceEquals(block, _function.EntryBlock))
        {
            if (_parameters.TryGetValue(name, out var p)) result = p;
            else throw _parser.ErrorAt(use.Token, $"'%{name}' is used before it is assigned");
        }
        else if (preds.Count == 0)
        {
            result = new UndefValue(use.Type); // unreachable block
        }
        else if (preds.Count == 1)
        {
            result = ReadAtExit(preds[0], use);
        }
        else
        {
            // Break cycles with a phi first, then fill it in.
            var phi = new PhiInst(use.Type) { Name = UniqueName(name) };
            block.InsertBefore(phi, block.First);
            _entryValue[(block, name)] = phi;
            foreach (var pred in preds)
            {
                var incoming = ReadAtExit(pred, use);
                CheckType(use.Token, incoming, use.Type);
                phi.AddIncoming(incoming, pred);
            }
            result = RemoveTrivialPhi(phi);
        }
        _entryValue[(block, name)] = result;
        return result;
    }

    /// <summary>A phi whose incoming values are all one value (or itself) is that value.</summary>
    private Value RemoveTrivialPhi(PhiInst phi)
    {
        Value? same = null;
        foreach (var (v, _) in phi.Incoming)
        {
            if (ReferenceEquals(v, same) || ReferenceEquals(v, phi)) continue;
            if (same is not null) return phi;
            same = v;
        }
        if (same is null) return phi; // only self-references: unreachable cycle, keep as is
        var users = phi.Users.Where(u => !ReferenceEquals(u, phi)).OfType<PhiInst>().Distinct().ToList();
        phi.ReplaceAllUsesWith(same);
        foreach (var key in _entryValue.Where(kv => ReferenceEquals(kv.Value, phi)).Select(kv => kv.Key).ToList())
            _entryValue[key] = same;
        phi.EraseFromParent();
        foreach (var u in users)
            if (u.Parent is not null) RemoveTrivialPhi(u);
        return same;
    }
}

/// <summary>A use whose value is decided after the whole snippet is parsed.</summary>
internal sealed class SnippetUse : Value
{
    public SnippetUse(Token token, IrType type, BasicBlock? block, bool atExit) : base(type)
    {
        Token = token;
        Block = block;
        AtExit = atExit;
    }

    public Token Token { get; }

    /// <summary>The block whose entry (or exit, for phi incomings) the value is read at.</summary>
    public BasicBlock? Block { get; set; }
    public bool AtExit { get; }
}
