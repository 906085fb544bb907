// How the verifier names values and blocks in its messages: as the printer would write them
// (%name, or %N for unnamed values numbered in definition order), so a message matches the text
// the user sees after `pyir print`, even for modules built programmatically.
using System.Globalization;
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Verification;

internal sealed class ValueNames
{
    private readonly Dictionary<Value, string> _numbers = new(ReferenceEqualityComparer.Instance);

    public ValueNames(Function f)
    {
        int next = 0;
        foreach (var a in f.Arguments)
            if (a.Name is null) _numbers[a] = (next++).ToString(CultureInfo.InvariantCulture);
        foreach (var b in f.Blocks)
        {
            if (b.Name is null) _numbers[b] = (next++).ToString(CultureInfo.InvariantCulture);
            foreach (var i in b.Instructions)
                if (i.HasResult && i.Name is null) _numbers[i] = (next++).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>'%x', '%3', '@g', or a description for values outside the function.</summary>
    public string Of(Value v) => v switch
    {
        GlobalValue g => "@" + Names.Quote(g.Name),
        Constant c => c.ToString() ?? "constant",
        _ when v.Name is { } n => "%" + Names.Quote(n),
        _ when _numbers.TryGetValue(v, out var num) => "%" + num,
        Instruction i => $"<unnamed {i.Opcode.Name()}>",
        BasicBlock => "<unnamed block>",
        _ => "<unnamed value>",
    };
}
