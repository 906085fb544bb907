// Memory an access certainly cannot fault on: bytes inside an alloca of a constant count (alive from
// its execution, which dominates every use, until the function returns) or inside a defined global
// (never a `constant` one when writing), at a constant offset. Passes that remove, replace or split
// memory accesses (dse deleting a store, sroa splitting a memcpy, the inliner copying a byval
// argument) use it so that no fault appears, disappears or changes its message: the interpreter
// reports every fault, with the size of the access.
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public static class ValidMemory
{
    /// <summary>Whether the <paramref name="size"/> bytes at <paramref name="pointer"/> are certainly inside live memory.</summary>
    public static bool Covers(Value pointer, long size, bool write)
    {
        var (objectBase, offset) = AliasAnalysis.Decompose(pointer);
        return Covers(objectBase, offset, size, write);
    }

    /// <summary>Whether [offset, offset + size) of <paramref name="objectBase"/> is certainly inside live memory.</summary>
    public static bool Covers(Value objectBase, long offset, long size, bool write)
    {
        long objectSize;
        switch (objectBase)
        {
            case AllocaInst { ArraySize: ConstantInt count } a when count.Bits <= (1UL << 32):
                long element = DataLayout.AllocSize(a.AllocatedType);
                // (A product past 2^63 would wrap to a small size; such an alloca cannot be made anyway.)
                if (count.Bits != 0 && element > long.MaxValue / (long)count.Bits) return false;
                objectSize = element * (long)count.Bits;
                break;
            case GlobalVariable { Initializer: not null } g when !(write && g.IsConstant):
                objectSize = DataLayout.AllocSize(g.ValueType);
                break;
            default:
                return false;
        }
        return offset >= 0 && size >= 0 && offset + size <= objectSize;
    }
}
