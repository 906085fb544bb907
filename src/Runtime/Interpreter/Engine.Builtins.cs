// Calls to intrinsics and C library routines (the Builtin enum): floating-point math, integer bit
// tricks, overflow and saturating arithmetic, vector reductions, memcpy/memmove/memset and hints.
// Scalar forms are defined once; vector overloads apply them lane by lane.
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Semantics;
using static PyIR.Frontend.Semantics.ScalarOps;

namespace PyIR.Runtime.Interpreter;

internal sealed record BuiltinCall(Builtin Builtin, FunctionType Type, int[] Args, int Dest, Instruction Inst);

internal sealed partial class Engine
{
    private Val Builtins(BuiltinCall call, Frame frame)
    {
        var b = call.Builtin;
        var args = call.Args;
        var at = call.Inst;
        var ret = call.Type.ReturnType;
        switch (b)
        {
            case Builtin.Expect:
                return frame.Get(args[0]);
            case Builtin.LifetimeStart or Builtin.LifetimeEnd or Builtin.Assume or Builtin.Dbg
                or Builtin.NoAliasScopeDecl or Builtin.Prefetch:
                return default;
            case Builtin.Trap:
                throw Fail(at, "trap");
            case Builtin.MemCpy or Builtin.MemMove or Builtin.LibcMemCpy or Builtin.LibcMemMove:
            {
                ulong dst = frame.Regs[args[0]], src = frame.Regs[args[1]], len = frame.Regs[args[2]];
                if (len > 0)
                {
                    if (len > int.MaxValue) throw Fail(at, $"memory copy of {len} bytes is too large");
                    var s = Memory.Access(src, (long)len, false, at, out int so);
                    var d = Memory.Access(dst, (long)len, true, at, out int dof);
                    Array.Copy(s, so, d, dof, (int)len);
                }
                return new Val(dst, null);
            }
            case Builtin.MemSet or Builtin.LibcMemSet:
            {
                ulong dst = frame.Regs[args[0]], value = frame.Regs[args[1]], len = frame.Regs[args[2]];
                if (len > 0)
                {
                    if (len > int.MaxValue) throw Fail(at, $"memory fill of {len} bytes is too large");
                    var d = Memory.Access(dst, (long)len, true, at, out int dof);
                    d.AsSpan(dof, (int)len).Fill((byte)value);
                }
                return new Val(dst, null);
            }
            case Builtin.StrLen:
            {
                // Byte by byte, so running off the end of the object is reported where it happens.
                ulong s = frame.Regs[args[0]], length = 0;
                while (ReadByte(s + length, at) != 0) length++;
                return new Val(length, null);
            }
            case Builtin.StrCmp:
            {
                // The sign of the first difference, as unsigned bytes (the JIT's helper gives the same).
                ulong a = frame.Regs[args[0]], c = frame.Regs[args[1]];
                for (ulong i = 0; ; i++)
                {
                    byte x = ReadByte(a + i, at), y = ReadByte(c + i, at);
                    if (x != y) return new Val(x < y ? unchecked((ulong)-1L) & ((IntegerType)ret).Mask : 1, null);
                    if (x == 0) return new Val(0, null);
                }
            }
            case Builtin.MemCmp:
            {
                ulong a = frame.Regs[args[0]], c = frame.Regs[args[1]], len = frame.Regs[args[2]];
                int sign = 0;
                if (len > 0)
                {
                    if (len > int.MaxValue) throw Fail(at, $"memory compare of {len} bytes is too large");
                    var x = Memory.Access(a, (long)len, false, at, out int xo);
                    var y = Memory.Access(c, (long)len, false, at, out int yo);
                    sign = Math.Sign(x.AsSpan(xo, (int)len).SequenceCompareTo(y.AsSpan(yo, (int)len)));
                }
                return new Val(unchecked((ulong)(long)sign) & ((IntegerType)ret).Mask, null);
            }
            case Builtin.SAddWithOverflow or Builtin.UAddWithOverflow or Builtin.SSubWithOverflow
                or Builtin.USubWithOverflow or Builtin.SMulWithOverflow or Builtin.UMulWithOverflow:
                return WithOverflow(b, (StructType)ret, frame.Get(args[0]), frame.Get(args[1]), call.Type.Parameters[0]);
            case >= Builtin.ReduceAdd and <= Builtin.ReduceFMin:
                return Reduce(b, call, frame);
            case Builtin.MaskedLoad or Builtin.MaskedGather:
                return MaskedLoad(call, frame);
            case Builtin.MaskedStore or Builtin.MaskedScatter:
                MaskedStore(call, frame);
                return default;
            case Builtin.LoadRelative:
                return new Val(LoadRelative(frame.Regs[args[0]], frame.Regs[args[1]], at), null);
            case Builtin.StackSave:
                return new Val(StackMark(frame), null);
            case Builtin.StackRestore:
                RestoreStack(frame, frame.Regs[args[0]], at);
                return default;
        }

        // Lane-wise operations: scalar form applied to each lane of vector overloads.
        var values = new Val[args.Length];
        for (int i = 0; i < args.Length; i++) values[i] = frame.Get(args[i]);
        var parameters = call.Type.Parameters;
        if (ret is VectorType)
        {
            var lanes = new ulong[args.Length][];
            for (int i = 0; i < args.Length; i++) lanes[i] = parameters[i] is VectorType ? values[i].Lanes : [values[i].S];
            return new Val(0, BuiltinOps.LaneWise(b, ret, parameters, lanes)
                              ?? throw Fail(at, $"the interpreter does not implement this built-in for {ret}"));
        }
        var scalars = new ulong[args.Length];
        for (int i = 0; i < args.Length; i++) scalars[i] = values[i].S;
        return new Val(Scalar(b, ret, scalars, at), null);
    }

    private static ulong Scalar(Builtin b, IrType type, ulong[] a, Instruction at) =>
        BuiltinOps.TryLane(b, type, a, out ulong r) ? r : throw Fail(at, $"the interpreter does not implement this built-in for {type}");

    private static Val WithOverflow(Builtin b, StructType ret, Val x, Val y, IrType operandType)
    {
        bool vector = operandType is VectorType;
        var (values, flags) = BuiltinOps.WithOverflow(b, operandType.ScalarBits, vector ? x.Lanes : [x.S], vector ? y.Lanes : [y.S]);
        var bytes = new byte[DataLayout.AllocSize(ret)];
        var layout = DataLayout.GetStructLayout(ret);
        Memory.Write(bytes, (int)layout.Offsets[0], ret.Fields[0], vector ? new Val(0, values) : new Val(values[0], null));
        Memory.Write(bytes, (int)layout.Offsets[1], ret.Fields[1], vector ? new Val(0, flags) : new Val(flags[0], null));
        return new Val(0, bytes);
    }

    private static Val Reduce(Builtin b, BuiltinCall call, Frame frame)
    {
        var ret = call.Type.ReturnType;
        if (b is Builtin.ReduceFAdd or Builtin.ReduceFMul)
            return new Val(BuiltinOps.Reduce(b, ret, frame.Regs[call.Args[0]], (ulong[])frame.Objs[call.Args[1]]!), null);
        return new Val(BuiltinOps.Reduce(b, ret, 0, (ulong[])frame.Objs[call.Args[0]]!), null);
    }

    /// <summary>
    /// masked.load/gather: lane i comes from memory when its mask bit is set (at pointer + i × lane size,
    /// or at lane i of the pointer vector), else from the pass-through vector. Masked-off lanes are not accessed.
    /// </summary>
    private Val MaskedLoad(BuiltinCall call, Frame frame)
    {
        var args = call.Args;
        var vt = (VectorType)call.Type.ReturnType;
        bool gather = call.Builtin == Builtin.MaskedGather;
        var mask = frame.Get(args[2]).Lanes;
        var lanes = (ulong[])frame.Get(args[3]).Lanes.Clone();
        var s = LaneAccess(vt, call.Inst, out long step);
        var addresses = gather ? frame.Get(args[0]).Lanes : null;
        ulong start = frame.Regs[args[0]];
        for (int i = 0; i < lanes.Length; i++)
        {
            if (mask[i] == 0) continue;
            ulong p = addresses?[i] ?? start + (ulong)(i * step);
            var bytes = Memory.Access(p, step, write: false, call.Inst, out int offset);
            lanes[i] = Memory.ReadScalar(bytes, offset, s);
        }
        return new Val(0, lanes);
    }

    /// <summary>masked.store/scatter: writes lane i only when its mask bit is set (addresses as for <see cref="MaskedLoad"/>).</summary>
    private void MaskedStore(BuiltinCall call, Frame frame)
    {
        var args = call.Args;
        var vt = (VectorType)call.Type.Parameters[0];
        bool scatter = call.Builtin == Builtin.MaskedScatter;
        var values = frame.Get(args[0]).Lanes;
        var mask = frame.Get(args[3]).Lanes;
        var s = LaneAccess(vt, call.Inst, out long step);
        var addresses = scatter ? frame.Get(args[1]).Lanes : null;
        ulong start = frame.Regs[args[1]];
        for (int i = 0; i < values.Length; i++)
        {
            if (mask[i] == 0) continue;
            ulong p = addresses?[i] ?? start + (ulong)(i * step);
            var bytes = Memory.Access(p, step, write: true, call.Inst, out int offset);
            Memory.WriteScalar(bytes, offset, s, values[i]);
        }
    }

    /// <summary>
    /// llvm.load.relative(p, off): p + the sign-extended i32 at p + off. clang fills such tables with
    /// <c>trunc (sub (ptrtoint @target, ptrtoint @table))</c>; the interpreter's addresses of two objects
    /// differ in their segment bits, which the truncation drops, so an entry of a constant table that
    /// is written that way is read from the initializer, untruncated (the same value for a program
    /// whose objects lie within 2 GiB of each other, as they do in a real process).
    /// </summary>
    private ulong LoadRelative(ulong p, ulong offset, Instruction at)
    {
        ulong entry = p + offset;
        long byteOffset = (long)(entry & Memory.OffsetMask);
        if (_globalsBySegment.TryGetValue(Memory.SegmentOf(entry), out var g) && g.IsConstant
            && g.Initializer is { Type: ArrayType { Element: IntegerType { Bits: 32 } } arrayType } table && byteOffset >= 0)
        {
            if (byteOffset % 4 == 0 && byteOffset / 4 < arrayType.Count
                && AddressDifference(table.GetAggregateElement((int)(byteOffset / 4))) is { } difference)
                return p + Values.Encode(difference).S;
            // Four bytes across two entries, at least one an address difference: in a process the
            // result depends on where the objects lie, which the interpreter cannot know.
            if (byteOffset % 4 != 0)
                for (long e = byteOffset / 4; e <= (byteOffset + 3) / 4 && e < arrayType.Count; e++)
                    if (AddressDifference(table.GetAggregateElement((int)e)) is not null)
                        throw Fail(at, $"llvm.load.relative reads @{g.Name} at byte offset {byteOffset}, which is not the start of an entry: " +
                                       "the entry there is the difference of two addresses, and the 4 bytes read depend on where the objects lie in memory");
        }
        var bytes = Memory.Access(entry, 4, write: false, at, out int off);
        return p + (ulong)(long)(int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(off));
    }

    /// <summary>The 64-bit difference of a relative table entry written as <c>trunc (sub (...))</c>, or null.</summary>
    private static ConstantExpr? AddressDifference(Constant? element) =>
        element is ConstantExpr { Opcode: Opcode.Trunc } truncated && truncated.Op(0) is ConstantExpr { Opcode: Opcode.Sub, Type: IntegerType { Bits: 64 } } difference
            ? difference : null;

    /// <summary>The lane layout of a masked access: whole bytes per lane (bit-packed lanes have no address of their own).</summary>
    private static ScalarInfo LaneAccess(VectorType vt, Instruction at, out long step)
    {
        if (vt.Element.ScalarBits % 8 != 0) throw Fail(at, $"masked memory access of {vt}: lanes of {vt.Element.ScalarBits} bits have no byte address");
        step = vt.Element.ScalarBits / 8;
        return ScalarInfo.Of(vt.Element);
    }

    private byte ReadByte(ulong pointer, Instruction at)
    {
        var bytes = Memory.Access(pointer, 1, false, at, out int offset);
        return bytes[offset];
    }
}
