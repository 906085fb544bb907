// Converts between IR constants and interpreter values: constants (including constant expressions
// and global addresses) become register values or bytes in memory, and results become constants
// again. Pointers that leave the interpreter are returned as `inttoptr (i64 N to ptr)` constant
// expressions (or `ptr null`), since the IR has no other way to spell an address.
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Interpreter;

internal sealed class ValueCodec(Engine engine)
{
    /// <summary>The interpreter value of a constant: scalar bits, vector lanes or aggregate bytes.</summary>
    public Val Encode(Constant c)
    {
        var type = c.Type;
        switch (c)
        {
            case ConstantInt ci: return new Val(ci.Bits, null);
            case ConstantFP fp: return new Val(fp.Bits, null);
            case ConstantPointerNull: return new Val(0, null);
            case GlobalValue g:
                return new Val(engine.Addresses.TryGetValue(g, out var a) ? a : throw new IrException($"@{g.Name} is not in this module"), null);
            case ConstantExpr e: return Evaluate(e);
        }
        switch (type)
        {
            case VectorType v:
            {
                var lanes = new ulong[v.Count];
                for (int i = 0; i < lanes.Length; i++)
                    if (c.GetAggregateElement(i) is { } e) lanes[i] = Encode(e).S;
                return new Val(0, lanes);
            }
            case ArrayType or StructType:
            {
                var bytes = new byte[DataLayout.AllocSize(type)];
                WriteConstant(bytes, 0, c);
                return new Val(0, bytes);
            }
            default:
                return new Val(0, null); // undef and poison read as zero
        }
    }

    /// <summary>Writes a constant into a zero-filled buffer at its in-memory layout.</summary>
    public void WriteConstant(byte[] data, int offset, Constant c)
    {
        var type = c.Type;
        if (c.IsZeroValue && c is not ConstantExpr) return;
        switch (c)
        {
            case UndefValue or PoisonValue or ConstantAggregateZero:
                return;
            case ConstantString s:
                s.Bytes.CopyTo(data.AsSpan(offset));
                return;
            case ConstantAggregate when type is StructType st:
            {
                var layout = DataLayout.GetStructLayout(st);
                for (int i = 0; i < st.Fields.Count; i++)
                    WriteConstant(data, offset + (int)layout.Offsets[i], c.GetAggregateElement(i)!);
                return;
            }
            case ConstantAggregate when type is ArrayType at:
            {
                int step = (int)DataLayout.AllocSize(at.Element);
                for (int i = 0; i < at.Count; i++) WriteConstant(data, offset + i * step, c.GetAggregateElement(i)!);
                return;
            }
            default:
                Memory.Write(data, offset, type, Encode(c));
                return;
        }
    }

    /// <summary>The constant for a value of <paramref name="type"/> (the inverse of <see cref="Encode"/>).</summary>
    public static Constant Decode(Val v, IrType type)
    {
        switch (type)
        {
            case IntegerType i: return new ConstantInt(i, v.S);
            case FloatingType f: return new ConstantFP(f, v.S);
            case PointerType:
                return v.S == 0 ? new ConstantPointerNull()
                    : new ConstantExpr(Opcode.IntToPtr, IrType.Ptr, [new ConstantInt(IrType.I64, v.S)]);
            case VectorType vt:
            {
                var lanes = v.Lanes;
                var elements = new Constant[vt.Count];
                for (int k = 0; k < elements.Length; k++) elements[k] = Decode(new Val(lanes[k], null), vt.Element);
                return new ConstantAggregate(vt, elements);
            }
            case StructType st:
            {
                var layout = DataLayout.GetStructLayout(st);
                var elements = new Constant[st.Fields.Count];
                for (int k = 0; k < elements.Length; k++)
                    elements[k] = Decode(Memory.Read(v.Bytes, (int)layout.Offsets[k], st.Fields[k]), st.Fields[k]);
                return new ConstantAggregate(st, elements);
            }
            case ArrayType at:
            {
                int step = (int)DataLayout.AllocSize(at.Element);
                var elements = new Constant[at.Count];
                for (int k = 0; k < elements.Length; k++)
                    elements[k] = Decode(Memory.Read(v.Bytes, k * step, at.Element), at.Element);
                return new ConstantAggregate(at, elements);
            }
            default:
                throw new IrException($"cannot return a value of type {type}");
        }
    }

    /// <summary>Folds a constant expression to its value.</summary>
    private Val Evaluate(ConstantExpr e)
    {
        var op = e.Opcode;
        if (op == Opcode.GetElementPtr)
        {
            ulong p = Encode(e.Op(0)).S;
            IrType current = e.SourceElementType!;
            for (int n = 1; n < e.OperandCount; n++)
            {
                var index = (ConstantInt)e.Op(n);
                if (n == 1) p += (ulong)(index.SExtValue * DataLayout.AllocSize(current));
                else if (current is StructType st)
                {
                    p += (ulong)DataLayout.FieldOffset(st, (int)index.ZExtValue);
                    current = st.Fields[(int)index.ZExtValue];
                }
                else
                {
                    current = current is ArrayType at ? at.Element : ((VectorType)current).Element;
                    p += (ulong)(index.SExtValue * DataLayout.AllocSize(current));
                }
            }
            return new Val(p, null);
        }
        if (e.Type is VectorType || e.Type.IsAggregate)
            throw new IrException($"constant expression '{op.Name()}' of type {e.Type} is not supported by the interpreter");
        if (op.IsCast())
        {
            var from = e.Op(0).Type;
            if (from is VectorType) throw new IrException($"constant '{op.Name()}' from a vector is not supported by the interpreter");
            return new Val(ScalarOps.Cast(op, ScalarInfo.Of(from), ScalarInfo.Of(e.Type), Encode(e.Op(0)).S), null);
        }
        if (op.IsIntBinary())
            return new Val(ScalarOps.IntBinary(op, e.Type.ScalarBits, Encode(e.Op(0)).S, Encode(e.Op(1)).S, null), null);
        if (op.IsFloatBinary())
            return new Val(ScalarOps.FloatBinary(op, ScalarInfo.Of(e.Type).Kind, Encode(e.Op(0)).S, Encode(e.Op(1)).S), null);
        switch (op)
        {
            case Opcode.ICmp:
                return new Val(ScalarOps.ICmp(e.IntPredicate, e.Op(0).Type.ScalarBits, Encode(e.Op(0)).S, Encode(e.Op(1)).S) ? 1UL : 0UL, null);
            case Opcode.FCmp:
            {
                var k = ScalarInfo.Of(e.Op(0).Type).Kind;
                return new Val(ScalarOps.FCmp(e.FloatPredicate, ScalarOps.ToDouble(k, Encode(e.Op(0)).S),
                    ScalarOps.ToDouble(k, Encode(e.Op(1)).S)) ? 1UL : 0UL, null);
            }
            case Opcode.Select:
                return Encode(e.Op(0)).S != 0 ? Encode(e.Op(1)) : Encode(e.Op(2));
            case Opcode.FNeg:
                return new Val(ScalarOps.FNeg(ScalarInfo.Of(e.Type).Kind, Encode(e.Op(0)).S), null);
            case Opcode.ExtractElement:
            {
                var lanes = Encode(e.Op(0)).Lanes;
                ulong i = Encode(e.Op(1)).S;
                return new Val(i < (ulong)lanes.Length ? lanes[i] : 0, null);
            }
            default:
                throw new IrException($"constant expression '{op.Name()}' is not supported by the interpreter");
        }
    }
}
