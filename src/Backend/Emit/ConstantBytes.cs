// The in-memory image of a constant: its bytes in x86-64 layout, plus relocations where it holds
// the address of a global or function (which is known only when the module is placed in memory).
// Used for global initializers and for materializing aggregate constants in registers.
using PyIR.Backend.Isel;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Emit;

public sealed class ConstantBytes
{
    public ConstantBytes(int size) => Data = new byte[size];

    public byte[] Data { get; }

    /// <summary>Offset in <see cref="Data"/> → the global whose address (plus addend) goes there (8 bytes).</summary>
    public Dictionary<long, (GlobalValue Global, long Addend)> Relocations { get; } = [];

    /// <summary>
    /// Offset in <see cref="Data"/> → the difference of two addresses (each plus an addend) that goes
    /// there in <c>Size</c> bytes: clang's relative lookup tables hold
    /// <c>trunc (sub (ptrtoint @target, ptrtoint @table))</c>. Only global initializers may hold one
    /// (<see cref="Of"/> with <c>inGlobal</c>): every global lies in one block, so the difference fits.
    /// </summary>
    public Dictionary<long, (GlobalValue Target, long TargetAddend, GlobalValue Base, long BaseAddend, int Size)> Differences { get; } = [];

    private bool _inGlobal;

    public static ConstantBytes Of(Constant c, ModuleContext? module, bool inGlobal = false)
    {
        var result = new ConstantBytes((int)Math.Max(DataLayout.AllocSize(c.Type), DataLayout.StoreSize(c.Type))) { _inGlobal = inGlobal };
        Write(c, result, 0, module);
        return result;
    }

    /// <summary>An integer constant <c>A - B</c> (perhaps truncated to 32 bits or more) of two global addresses, or null.</summary>
    private static (GlobalValue, long, GlobalValue, long)? AddressDifference(ConstantExpr e)
    {
        var sub = e is { Opcode: Opcode.Trunc, Type: IntegerType { Bits: >= 32 } } && e.Op(0) is ConstantExpr inner ? inner : e;
        if (sub is not { Opcode: Opcode.Sub, Type: IntegerType { Bits: 64 } }) return null;
        var a = Evaluate(sub.Op(0)); // (what Evaluate cannot read, it reports, as it would for the whole expression)
        var b = Evaluate(sub.Op(1));
        return a.Global is not null && b.Global is not null ? (a.Global, a.Addend, b.Global, b.Addend) : null;
    }

    private static void Write(Constant c, ConstantBytes into, long offset, ModuleContext? module)
    {
        switch (c)
        {
            case ConstantInt i:
                WriteInteger(into.Data, offset, i.Bits, (int)DataLayout.StoreSize(i.Type));
                break;
            case ConstantFP f:
                WriteInteger(into.Data, offset, f.Bits, (int)DataLayout.StoreSize(f.Type));
                break;
            case ConstantPointerNull or UndefValue or PoisonValue or ConstantAggregateZero:
                break; // zeros
            case ConstantString s:
                s.Bytes.CopyTo(into.Data.AsSpan((int)offset));
                break;
            case GlobalValue g:
                into.Relocations[offset] = (g, 0);
                break;
            case ConstantAggregate a when a.Type is VectorType { Element: IntegerType { Bits: var bits } } v && bits % 8 != 0:
                // Vectors of sub-byte-sized integers are bit-packed, lane 0 in the lowest bit.
                for (int lane = 0; lane < v.Count; lane++)
                {
                    ulong laneBits = ((ConstantInt)a.GetOperand(lane)).Bits;
                    for (int b = 0; b < bits; b++)
                    {
                        if ((laneBits >> b & 1) == 0) continue;
                        long bit = (long)lane * bits + b;
                        into.Data[offset + bit / 8] |= (byte)(1 << (int)(bit % 8));
                    }
                }
                break;
            case ConstantAggregate a:
                for (int k = 0; k < a.OperandCount; k++)
                    Write((Constant)a.GetOperand(k), into, offset + ElementOffset(a.Type, k), module);
                break;
            case ConstantExpr e when into._inGlobal && AddressDifference(e) is var (target, targetAddend, @base, baseAddend):
                into.Differences[offset] = (target, targetAddend, @base, baseAddend, (int)DataLayout.StoreSize(e.Type));
                break;
            case ConstantExpr e:
                var (global, addend, value) = Evaluate(e);
                if (global is not null) into.Relocations[offset] = (global, addend);
                else WriteInteger(into.Data, offset, value, (int)DataLayout.StoreSize(e.Type));
                break;
            default:
                throw new JitUnsupportedException($"cannot lay out constant {c.GetType().Name}");
        }
    }

    private static long ElementOffset(IrType t, int index) => t switch
    {
        StructType s => DataLayout.FieldOffset(s, index),
        ArrayType a => DataLayout.AllocSize(a.Element) * index,
        VectorType v => DataLayout.StoreSize(v.Element) * index,
        _ => 0,
    };

    private static void WriteInteger(byte[] data, long offset, ulong bits, int size)
    {
        for (int b = 0; b < size && b < 8; b++) data[offset + b] = (byte)(bits >> (8 * b));
    }

    /// <summary>
    /// Evaluates a constant expression to either an address (global + addend) or a plain integer.
    /// Handles what appears in real initializers: constant GEPs, pointer casts, integer arithmetic.
    /// </summary>
    public static (GlobalValue? Global, long Addend, ulong Value) Evaluate(Constant c)
    {
        switch (c)
        {
            case GlobalValue g: return (g, 0, 0);
            case ConstantInt i: return (null, 0, i.Bits);
            case ConstantPointerNull or ConstantAggregateZero or UndefValue or PoisonValue: return (null, 0, 0);
            case ConstantExpr e:
                switch (e.Opcode)
                {
                    case Opcode.BitCast or Opcode.PtrToInt or Opcode.IntToPtr:
                    {
                        var inner = Evaluate(e.Op(0));
                        if (inner.Global is null) return (null, 0, Truncate(inner.Value, e.Type));
                        if (e.Type.ScalarBits < 64) break;
                        return inner;
                    }
                    case Opcode.GetElementPtr:
                    {
                        var baseValue = Evaluate(e.Op(0));
                        long offset = GepOffset(e.SourceElementType!, e.Operands.Skip(1).Cast<Constant>().ToArray());
                        return baseValue.Global is null
                            ? (null, 0, baseValue.Value + (ulong)offset)
                            : (baseValue.Global, baseValue.Addend + offset, 0);
                    }
                    case Opcode.Add or Opcode.Sub:
                    {
                        var a = Evaluate(e.Op(0));
                        var b = Evaluate(e.Op(1));
                        if (b.Global is null && a.Global is not null)
                            return (a.Global, e.Opcode == Opcode.Add ? a.Addend + (long)b.Value : a.Addend - (long)b.Value, 0);
                        if (a.Global is null && b.Global is null)
                            return (null, 0, Truncate(e.Opcode == Opcode.Add ? a.Value + b.Value : a.Value - b.Value, e.Type));
                        break;
                    }
                    case Opcode.Mul or Opcode.And or Opcode.Or or Opcode.Xor or Opcode.Shl or Opcode.LShr:
                    {
                        var a = Evaluate(e.Op(0));
                        var b = Evaluate(e.Op(1));
                        if (a.Global is not null || b.Global is not null) break;
                        ulong r = e.Opcode switch
                        {
                            Opcode.Mul => a.Value * b.Value,
                            Opcode.And => a.Value & b.Value,
                            Opcode.Or => a.Value | b.Value,
                            Opcode.Xor => a.Value ^ b.Value,
                            Opcode.Shl => b.Value < 64 ? a.Value << (int)b.Value : 0,
                            _ => b.Value < 64 ? a.Value >> (int)b.Value : 0,
                        };
                        return (null, 0, Truncate(r, e.Type));
                    }
                }
                break;
        }
        throw new JitUnsupportedException($"the JIT cannot evaluate the constant expression '{c}'");
    }

    private static ulong Truncate(ulong v, IrType t) => t is IntegerType i ? v & i.Mask : v;

    /// <summary>Byte offset a GEP with constant indices adds to its base.</summary>
    public static long GepOffset(IrType source, IReadOnlyList<Constant> indices)
    {
        long offset = 0;
        var t = source;
        for (int k = 0; k < indices.Count; k++)
        {
            long idx = indices[k] switch
            {
                ConstantInt ci => ci.SExtValue,
                ConstantAggregateZero or ConstantPointerNull => 0,
                _ => throw new JitUnsupportedException("non-integer constant GEP index"),
            };
            if (k == 0)
            {
                offset += idx * DataLayout.AllocSize(t);
                continue;
            }
            switch (t)
            {
                case StructType s:
                    offset += DataLayout.FieldOffset(s, (int)idx);
                    t = s.Fields[(int)idx];
                    break;
                case ArrayType a:
                    offset += idx * DataLayout.AllocSize(a.Element);
                    t = a.Element;
                    break;
                case VectorType v:
                    offset += idx * DataLayout.StoreSize(v.Element);
                    t = v.Element;
                    break;
                default:
                    throw new JitUnsupportedException($"cannot index into {t}");
            }
        }
        return offset;
    }
}
