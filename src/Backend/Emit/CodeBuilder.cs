// A list of Iced instructions with labels, ready for Iced's BlockEncoder. A label is an id placed
// in the IP field of the instruction it marks (as Iced's own Assembler does); branches and
// RIP-relative operands that target a label carry the id, and BlockEncoder turns ids into real
// displacements once it knows where everything lands. Several labels can mark one instruction:
// the later ones become aliases of the first, resolved when the list is finished.
using Iced.Intel;

namespace PyIR.Backend.Emit;

public sealed class CodeBuilder
{
    // The instruction list of a large module is big enough for the large-object heap, whose
    // allocations make the GC run full collections; a thread keeps one list for its next module.
    [ThreadStatic] private static List<Instruction>? _spare;
    private const int MaxSpareCapacity = 1 << 20;

    private List<Instruction> _instructions = TakeSpare();
    private readonly Dictionary<ulong, ulong> _alias = [];
    private readonly List<(int Index, ulong Label, bool Memory)> _fixups = [];
    private readonly List<ulong> _pending = [];
    private ulong _nextLabel = 1;

    public IReadOnlyList<Instruction> Instructions => _instructions;

    public ulong NewLabel() => _nextLabel++;

    /// <summary>Marks the next instruction added with <paramref name="label"/>.</summary>
    public void Bind(ulong label) => _pending.Add(label);

    public void Add(Instruction instruction)
    {
        if (_pending.Count > 0)
        {
            instruction.IP = _pending[0];
            for (int i = 1; i < _pending.Count; i++) _alias[_pending[i]] = _pending[0];
            _pending.Clear();
        }
        else instruction.IP = 0;
        _instructions.Add(instruction);
    }

    public void Add(Instruction instruction, out int index)
    {
        Add(instruction);
        index = _instructions.Count - 1;
    }

    /// <summary>A jmp/jcc/call to a label.</summary>
    public void Branch(Code code, ulong label)
    {
        Add(Instruction.CreateBranch(code, label));
        _fixups.Add((_instructions.Count - 1, label, false));
    }

    /// <summary>An instruction whose RIP-relative memory operand points at a label (patched at the end).</summary>
    public void AddLabelReference(Instruction instruction, ulong label)
    {
        Add(instruction);
        _fixups.Add((_instructions.Count - 1, label, true));
    }

    /// <summary>Resolves aliases and returns the instructions to encode.</summary>
    public List<Instruction> Finish()
    {
        if (_pending.Count > 0) Add(Instruction.Create(Code.Int3));
        foreach (var (index, label, memory) in _fixups)
        {
            var instr = _instructions[index];
            ulong target = Resolve(label);
            if (memory) instr.MemoryDisplacement64 = target;
            else instr.NearBranch64 = target;
            _instructions[index] = instr;
        }
        return _instructions;
    }

    private static List<Instruction> TakeSpare()
    {
        var list = _spare ?? [];
        _spare = null;
        list.Clear();
        return list;
    }

    /// <summary>Hands the instruction list to the next builder on this thread; this builder is unusable after.</summary>
    public void Recycle()
    {
        if (_instructions.Capacity <= MaxSpareCapacity) _spare = _instructions;
        _instructions = null!;
    }

    public ulong Resolve(ulong label)
    {
        while (_alias.TryGetValue(label, out var next)) label = next;
        return label;
    }
}
