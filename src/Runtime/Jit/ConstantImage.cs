// Reads an IR constant back from its in-memory image (x86-64 layout, as ConstantBytes writes it):
// how the JIT engine turns the bytes its generated code produced into the value language every
// engine speaks. Integers are masked to their width (registers may carry garbage above it).
using System.Buffers.Binary;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Jit;

public static class ConstantImage
{
    public static Constant Read(IrType type, ReadOnlySpan<byte> image)
    {
        switch (type)
        {
            case IntegerType it:
            {
                var bytes = new byte[8];
                image[..(int)Math.Min(DataLayout.StoreSize(it), 8)].CopyTo(bytes);
                return new ConstantInt(it, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            }
            case FloatingType ft:
            {
                var bytes = new byte[8];
                image[..(int)DataLayout.StoreSize(ft)].CopyTo(bytes);
                return new ConstantFP(ft, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            }
            case PointerType:
            {
                ulong address = BinaryPrimitives.ReadUInt64LittleEndian(image);
                return address == 0
                    ? new ConstantPointerNull()
                    : new ConstantExpr(Opcode.IntToPtr, IrType.Ptr, [new ConstantInt(IrType.I64, address)]);
            }
            case StructType st:
            {
                var layout = DataLayout.GetStructLayout(st);
                var fields = new Constant[st.Fields.Count];
                for (int i = 0; i < fields.Length; i++) fields[i] = Read(st.Fields[i], image[(int)layout.Offsets[i]..]);
                return new ConstantAggregate(st, fields);
            }
            case ArrayType at:
            {
                long stride = DataLayout.AllocSize(at.Element);
                var elements = new Constant[at.Count];
                for (int i = 0; i < elements.Length; i++) elements[i] = Read(at.Element, image[(int)(i * stride)..]);
                return new ConstantAggregate(at, elements);
            }
            case VectorType vt when vt.Element is IntegerType { Bits: var bits } && bits % 8 != 0:
            {
                var elements = new Constant[vt.Count];
                for (int lane = 0; lane < vt.Count; lane++)
                {
                    ulong v = 0;
                    for (int b = 0; b < bits; b++)
                    {
                        long bit = (long)lane * bits + b;
                        if ((image[(int)(bit / 8)] >> (int)(bit % 8) & 1) != 0) v |= 1UL << b;
                    }
                    elements[lane] = new ConstantInt((IntegerType)vt.Element, v);
                }
                return new ConstantAggregate(vt, elements);
            }
            case VectorType vt:
            {
                long size = DataLayout.StoreSize(vt.Element);
                var elements = new Constant[vt.Count];
                for (int i = 0; i < elements.Length; i++) elements[i] = Read(vt.Element, image[(int)(i * size)..]);
                return new ConstantAggregate(vt, elements);
            }
            default:
                throw new NotSupportedException($"cannot read a value of type {type}");
        }
    }
}
