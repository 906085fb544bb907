// How the verifier names values and blocks in its messages: as the printer would write them
// (%name, or %N for unnamed values numbered in definition order), so a message matches the text
// the user sees after `pyir print`, even for modules built programmatically.
using System.Globalization;
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Verification;

internal sealed class ValueNames
{
    private readonly Function _f;

    // Numbered when the first message needs one: a module without problems never asks.
    private Dictionary<Value, string>? _numbers;

    public ValueNames(Function f) => _f = f;

    private Dictionary<Value, string> Numbers()
    {
        if (_numbers is not null) return _numbers;
        var numbers = new Dictionary<Value, string>(ReferenceEqualityComparer.Instance);
        int next = 0;
        foreach (var a in _f.Arguments)
            if (a.Name is null) numbers[a] = (next++).ToString(CultureInfo.InvariantCulture);
        foreach (var b in _f.Blocks)
        {
            if (b.Name is null) numbers[b] = (next++).ToString(CultureInfo.InvariantCulture);
            foreach (var i in b.Instructions)
                if (i.HasResult && i.Name is null) numbers[i] = (next++).ToString(CultureInfo.InvariantCulture);
        }
        return _numbers = numbers;
    }

    /// <summary>'%x', '%3', '@g', or a description for values outside the function.</summary>
    public string Of(Value v) => v switch
    {
        GlobalValue g => "@" + Names.Quote(g.Name),
        Constant c => c.ToString() ?? "constant",
        _ when v.Name is { } n => "%" + Names.Quote(n),
        _ when Numbers().TryGetValue(v, out var num) => "%" + num,
        Instruction i => $"<unnamed {i.Opcode.Name()}>",
        BasicBlock => "<unnamed block>",
        _ => "<unnamed value>",
    };
}
