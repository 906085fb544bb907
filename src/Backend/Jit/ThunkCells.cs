// Where an entry thunk (EntryThunk.Emit: `long thunk(void* args, void* results)`) reads each
// argument and writes each result, in terms of the values' memory images (x86-64 data layout):
// one 32-byte cell per register part, in CallLayout order. A cell holds `Size` bytes of the value's
// image starting at `Source`, at the cell's start; a mask part (<N x i1>, bit-packed in memory) holds
// one 0/1 byte per lane instead. JitEngine.InvokeImages copies through this table and the C ABI
// (pyir_entry) hands it to hosts that fill the cells themselves, so the two cannot disagree.
using PyIR.Backend.Emit;
using PyIR.Backend.Isel;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Jit;

/// <summary>
/// One cell: <see cref="Value"/> is the parameter index (-1 for the result), <see cref="Offset"/>
/// the cell's byte offset in the args or results buffer, <see cref="Source"/> and <see cref="Size"/>
/// the bytes of the value's memory image it holds; <see cref="Lanes"/> > 0 marks a mask part:
/// the image bits from byte <see cref="Source"/> on, one byte (0 or 1) per lane in the cell.
/// </summary>
public readonly record struct ThunkCell(int Value, int Offset, int Source, int Size, int Lanes)
{
    public bool IsMask => Lanes > 0;
}

public sealed class ThunkCells
{
    public required ThunkCell[] Arguments { get; init; }

    /// <summary>The result's cells (empty for void or when it is returned in memory).</summary>
    public required ThunkCell[] Results { get; init; }

    /// <summary>The callee writes the result's whole memory image at the start of the results buffer.</summary>
    public required bool ReturnsInMemory { get; init; }

    /// <summary>Bytes the args buffer needs (at least one cell).</summary>
    public required int ArgumentBytes { get; init; }

    /// <summary>Bytes the results buffer needs (at least one cell).</summary>
    public required int ResultBytes { get; init; }

    /// <summary>Alloc size of the return type (0 for void).</summary>
    public required int ReturnBytes { get; init; }

    private static readonly Dictionary<FunctionType, ThunkCells> Cache = [];

    public static ThunkCells For(FunctionType type)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(type, out var cached)) return cached;
        }
        var cells = Compute(type);
        lock (Cache) Cache[type] = cells;
        return cells;
    }

    private static ThunkCells Compute(FunctionType type)
    {
        var layout = CallLayout.For(type);
        var args = new List<ThunkCell>();
        for (int i = 0; i < layout.ArgumentParts.Length; i++)
        {
            long argBytes = DataLayout.AllocSize(type.Parameters[i]);
            foreach (var part in layout.ArgumentParts[i])
            {
                int size = (int)Math.Min(PartBytes(part), argBytes - part.Offset);
                TypeLowering.IsMask(part.Type, out int lanes);
                args.Add(new ThunkCell(i, args.Count * EntryThunk.CellBytes, (int)part.Offset, size, lanes));
            }
        }
        var returnType = type.ReturnType;
        int returnBytes = returnType.IsVoid ? 0 : (int)DataLayout.AllocSize(returnType);
        var results = new List<ThunkCell>();
        if (!layout.ReturnsInMemory)
        {
            for (int k = 0; k < layout.ResultParts.Length; k++)
            {
                var part = layout.ResultParts[k];
                int size = TypeLowering.IsMask(part.Type, out int lanes)
                    ? (lanes + 7) / 8
                    : (int)Math.Min(PartBytes(part), returnBytes - part.Offset);
                results.Add(new ThunkCell(-1, k * EntryThunk.CellBytes, (int)part.Offset, size, lanes));
            }
        }
        return new ThunkCells
        {
            Arguments = args.ToArray(),
            Results = results.ToArray(),
            ReturnsInMemory = layout.ReturnsInMemory,
            ArgumentBytes = Math.Max(args.Count, 1) * EntryThunk.CellBytes,
            ResultBytes = Math.Max(Math.Max(layout.ResultRegisters.Length * EntryThunk.CellBytes, returnBytes), EntryThunk.CellBytes),
            ReturnBytes = returnBytes,
        };
    }

    /// <summary>Bytes of a part's register image that belong to the value.</summary>
    private static int PartBytes(Part part) => part.Class == RegClass.Gpr
        ? (int)Math.Min(8, Math.Max(1, DataLayout.StoreSize(part.Type)))
        : part.Type.IsFloatingPoint ? (int)DataLayout.StoreSize(part.Type) : part.Bits / 8;
}
