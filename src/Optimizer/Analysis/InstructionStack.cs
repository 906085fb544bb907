// A stack of instructions for worklists (dce, instcombine, sccp). Storing a reference into an
// Instruction[] costs a run-time type check (arrays are covariant: the array could be a
// BinaryInst[]); storing it into an array of a struct that holds it does not.
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public sealed class InstructionStack(int capacity = 16)
{
    private struct Slot
    {
        public Instruction Item;
    }

    private Slot[] _slots = new Slot[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public void Push(Instruction inst)
    {
        if (Count == _slots.Length) Array.Resize(ref _slots, _slots.Length * 2);
        _slots[Count++].Item = inst;
    }

    /// <summary>Empties the stack (a pass that keeps one between functions starts with this).</summary>
    public void Clear()
    {
        Array.Clear(_slots, 0, Count);
        Count = 0;
    }

    public Instruction Pop()
    {
        ref var slot = ref _slots[--Count];
        var inst = slot.Item;
        slot.Item = null!;
        return inst;
    }
}
