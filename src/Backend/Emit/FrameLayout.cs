// Frame layout of a JIT'd function (System V, rbp-based):
//
//   [rbp + 16 ...]  incoming stack arguments
//   [rbp + 8]       return address
//   [rbp]           caller's rbp
//   [rbp - 8 ...]   callee-saved registers this function uses
//   ...             stack slots (allocas, spills), each at its alignment (at most 16)
//   [rsp ...]       outgoing stack arguments of calls (rsp is 16-byte aligned after the prologue)
//
// Dynamic allocas move rsp down and leave the outgoing area at the new bottom.
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.Emit;

public sealed class FrameLayout
{
    /// <summary>Callee-saved registers pushed after rbp, in push order.</summary>
    public required int[] SavedRegisters { get; init; }

    /// <summary>Bytes subtracted from rsp after the pushes.</summary>
    public required int StackAdjust { get; init; }

    /// <summary>Size of the outgoing-argument area at the bottom of the frame.</summary>
    public required int OutgoingBytes { get; init; }

    /// <summary>Total bytes below rbp (pushes + adjustment).</summary>
    public int BytesBelowFramePointer => SavedRegisters.Length * 8 + StackAdjust;

    public static FrameLayout Compute(MFunction f)
    {
        var saved = f.UsedCalleeSaved.Where(r => r != X86.Rbp).OrderBy(r => r).ToArray();
        int offset = saved.Length * 8;
        foreach (var slot in LargestFirst(f.Slots))
        {
            int align = Math.Clamp(slot.Alignment, 1, 16);
            offset += slot.Size;
            offset = (offset + align - 1) / align * align;
            slot.Offset = -offset;
        }
        int outgoing = (f.MaxOutgoingArgBytes + 15) / 16 * 16;
        int total = offset + outgoing;
        total = (total + 15) / 16 * 16;
        return new FrameLayout { SavedRegisters = saved, StackAdjust = total - saved.Length * 8, OutgoingBytes = outgoing };
    }

    /// <summary>
    /// The slots by alignment (counted up to 16), then size, both descending, ties in slot order:
    /// largest first keeps padding small. Sorted as one 64-bit key per slot (alignment, size, slot
    /// number), a primitive sort, instead of a stable sort with comparers: functions that spill a
    /// lot have hundreds of slots.
    /// </summary>
    private static IEnumerable<FrameSlot> LargestFirst(List<FrameSlot> slots)
    {
        const int IndexBits = 26;
        var keys = new long[slots.Count];
        for (int i = 0; i < slots.Count; i++)
        {
            int align = Math.Min(slots[i].Alignment, 16), size = slots[i].Size;
            if (align < 0 || size < 0 || slots.Count >= 1 << IndexBits)
                return slots.OrderByDescending(s => Math.Min(s.Alignment, 16)).ThenByDescending(s => s.Size);
            keys[i] = ((long)(16 - align) << (31 + IndexBits)) | ((long)(int.MaxValue - size) << IndexBits) | (long)i;
        }
        Array.Sort(keys);
        var ordered = new FrameSlot[keys.Length];
        for (int i = 0; i < keys.Length; i++) ordered[i] = slots[(int)(keys[i] & ((1L << IndexBits) - 1))];
        return ordered;
    }
}
