// The dispatch loop: one switch over the compact instruction records of the current frame. Hot
// scalar operations are handled inline; calls and returns swap the frame without host recursion.
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Interpreter;

internal sealed partial class Engine
{
    private Val Run(Frame frame)
    {
        try
        {
            return Loop(frame);
        }
        catch (Exception ex) when (ex is not (IrException or OutOfMemoryException))
        {
            // A bug in the interpreter, not in the program: still report it as an error, never crash.
            var where = _current?.Function.Function.Name ?? "?";
            throw new IrException($"internal interpreter error in @{where}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private Val Loop(Frame frame)
    {
        _current = frame;
        var code = frame.Function.Code;
        var r = frame.Regs;
        int pc = 0;
        long budget = _budget;
        var memory = Memory;
        while (true)
        {
            ref Op op = ref code[pc];
            if (--budget < 0)
            {
                throw Fail(op.I, $"instruction limit exceeded ({Limits.MaxInstructions} instructions)");
            }
            {
                switch (op.Kind)
                {
                    case OpKind.Nop: pc++; break;
                    case OpKind.Copy:
                        r[op.D] = r[op.A];
                        if (frame.Objs.Length > 0) frame.Objs[op.D] = frame.Objs[op.A];
                        pc++;
                        break;
                    case OpKind.Jump: pc = op.A; break;
                    case OpKind.Branch: pc = r[op.A] != 0 ? op.B : op.C; break;
                    case OpKind.Switch: pc = ((SwitchTable)op.X!).Find(r[op.A]); break;

                    case OpKind.Add: r[op.D] = (r[op.A] + r[op.B]) & op.M; pc++; break;
                    case OpKind.Sub: r[op.D] = (r[op.A] - r[op.B]) & op.M; pc++; break;
                    case OpKind.Mul: r[op.D] = (r[op.A] * r[op.B]) & op.M; pc++; break;
                    case OpKind.And: r[op.D] = r[op.A] & r[op.B]; pc++; break;
                    case OpKind.Or: r[op.D] = r[op.A] | r[op.B]; pc++; break;
                    case OpKind.Xor: r[op.D] = r[op.A] ^ r[op.B]; pc++; break;
                    case OpKind.Shl: r[op.D] = (r[op.A] << (int)(r[op.B] % (ulong)op.W)) & op.M; pc++; break;
                    case OpKind.LShr: r[op.D] = r[op.A] >> (int)(r[op.B] % (ulong)op.W); pc++; break;
                    case OpKind.AShr:
                        r[op.D] = (ulong)(ScalarOps.SExt(r[op.A], op.W) >> (int)(r[op.B] % (ulong)op.W)) & op.M;
                        pc++;
                        break;
                    case OpKind.UDiv:
                    {
                        ulong y = r[op.B];
                        if (y == 0) throw Fail(op.I, "division by zero");
                        r[op.D] = r[op.A] / y;
                        pc++;
                        break;
                    }
                    case OpKind.URem:
                    {
                        ulong y = r[op.B];
                        if (y == 0) throw Fail(op.I, "division by zero");
                        r[op.D] = r[op.A] % y;
                        pc++;
                        break;
                    }
                    case OpKind.SDiv:
                    case OpKind.SRem:
                        r[op.D] = ScalarOps.IntBinary(op.Kind == OpKind.SDiv ? Opcode.SDiv : Opcode.SRem, op.W, r[op.A], r[op.B], op.I);
                        pc++;
                        break;

                    case OpKind.ICmpEq: r[op.D] = r[op.A] == r[op.B] ? 1UL : 0UL; pc++; break;
                    case OpKind.ICmpNe: r[op.D] = r[op.A] != r[op.B] ? 1UL : 0UL; pc++; break;
                    case OpKind.ICmpUlt: r[op.D] = r[op.A] < r[op.B] ? 1UL : 0UL; pc++; break;
                    case OpKind.ICmpUle: r[op.D] = r[op.A] <= r[op.B] ? 1UL : 0UL; pc++; break;
                    case OpKind.ICmpUgt: r[op.D] = r[op.A] > r[op.B] ? 1UL : 0UL; pc++; break;
                    case OpKind.ICmpUge: r[op.D] = r[op.A] >= r[op.B] ? 1UL : 0UL; pc++; break;
                    case OpKind.ICmpSlt: r[op.D] = (long)(r[op.A] << op.W) < (long)(r[op.B] << op.W) ? 1UL : 0UL; pc++; break;
                    case OpKind.ICmpSle: r[op.D] = (long)(r[op.A] << op.W) <= (long)(r[op.B] << op.W) ? 1UL : 0UL; pc++; break;
                    case OpKind.ICmpSgt: r[op.D] = (long)(r[op.A] << op.W) > (long)(r[op.B] << op.W) ? 1UL : 0UL; pc++; break;
                    case OpKind.ICmpSge: r[op.D] = (long)(r[op.A] << op.W) >= (long)(r[op.B] << op.W) ? 1UL : 0UL; pc++; break;

                    case OpKind.FAddF: r[op.D] = ScalarOps.Bits(ScalarOps.F(r[op.A]) + ScalarOps.F(r[op.B])); pc++; break;
                    case OpKind.FSubF: r[op.D] = ScalarOps.Bits(ScalarOps.F(r[op.A]) - ScalarOps.F(r[op.B])); pc++; break;
                    case OpKind.FMulF: r[op.D] = ScalarOps.Bits(ScalarOps.F(r[op.A]) * ScalarOps.F(r[op.B])); pc++; break;
                    case OpKind.FDivF: r[op.D] = ScalarOps.Bits(ScalarOps.F(r[op.A]) / ScalarOps.F(r[op.B])); pc++; break;
                    case OpKind.FAddD: r[op.D] = ScalarOps.Bits(ScalarOps.D(r[op.A]) + ScalarOps.D(r[op.B])); pc++; break;
                    case OpKind.FSubD: r[op.D] = ScalarOps.Bits(ScalarOps.D(r[op.A]) - ScalarOps.D(r[op.B])); pc++; break;
                    case OpKind.FMulD: r[op.D] = ScalarOps.Bits(ScalarOps.D(r[op.A]) * ScalarOps.D(r[op.B])); pc++; break;
                    case OpKind.FDivD: r[op.D] = ScalarOps.Bits(ScalarOps.D(r[op.A]) / ScalarOps.D(r[op.B])); pc++; break;
                    case OpKind.FCmpF:
                        r[op.D] = ScalarOps.FCmp((FloatPredicate)op.C, ScalarOps.F(r[op.A]), ScalarOps.F(r[op.B])) ? 1UL : 0UL;
                        pc++;
                        break;
                    case OpKind.FCmpD:
                        r[op.D] = ScalarOps.FCmp((FloatPredicate)op.C, ScalarOps.D(r[op.A]), ScalarOps.D(r[op.B])) ? 1UL : 0UL;
                        pc++;
                        break;

                    case OpKind.Select: r[op.D] = r[op.A] != 0 ? r[op.B] : r[op.C]; pc++; break;
                    case OpKind.SelectObj:
                    {
                        int src = r[op.A] != 0 ? op.B : op.C;
                        r[op.D] = r[src];
                        frame.Objs[op.D] = frame.Objs[src];
                        pc++;
                        break;
                    }
                    case OpKind.Trunc: r[op.D] = r[op.A] & op.M; pc++; break;
                    case OpKind.SExt: r[op.D] = (ulong)((long)(r[op.A] << op.W) >> op.W) & op.M; pc++; break;
                    case OpKind.SIToFPD: r[op.D] = ScalarOps.Bits((double)((long)(r[op.A] << op.W) >> op.W)); pc++; break;
                    case OpKind.FPToSID: r[op.D] = ScalarOps.Cvtt32(ScalarOps.D(r[op.A])) & op.M; pc++; break;

                    case OpKind.Load1:
                    {
                        var data = memory.Access(r[op.A], 1, false, op.I, out int off);
                        r[op.D] = data[off] & op.M;
                        pc++;
                        break;
                    }
                    case OpKind.Load2:
                    {
                        var data = memory.Access(r[op.A], 2, false, op.I, out int off);
                        r[op.D] = Unsafe.ReadUnaligned<ushort>(ref data[off]) & op.M;
                        pc++;
                        break;
                    }
                    case OpKind.Load4:
                    {
                        var data = memory.Access(r[op.A], 4, false, op.I, out int off);
                        r[op.D] = Unsafe.ReadUnaligned<uint>(ref data[off]) & op.M;
                        pc++;
                        break;
                    }
                    case OpKind.Load8:
                    {
                        var data = memory.Access(r[op.A], 8, false, op.I, out int off);
                        r[op.D] = Unsafe.ReadUnaligned<ulong>(ref data[off]) & op.M;
                        pc++;
                        break;
                    }
                    case OpKind.Store1:
                    {
                        var data = memory.Access(r[op.A], 1, true, op.I, out int off);
                        data[off] = (byte)r[op.B];
                        pc++;
                        break;
                    }
                    case OpKind.Store2:
                    {
                        var data = memory.Access(r[op.A], 2, true, op.I, out int off);
                        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(off), (ushort)r[op.B]);
                        pc++;
                        break;
                    }
                    case OpKind.Store4:
                    {
                        var data = memory.Access(r[op.A], 4, true, op.I, out int off);
                        Unsafe.WriteUnaligned(ref data[off], (uint)r[op.B]);
                        pc++;
                        break;
                    }
                    case OpKind.Store8:
                    {
                        var data = memory.Access(r[op.A], 8, true, op.I, out int off);
                        Unsafe.WriteUnaligned(ref data[off], r[op.B]);
                        pc++;
                        break;
                    }
                    case OpKind.GepConst: r[op.D] = r[op.A] + op.M; pc++; break;
                    case OpKind.Gep:
                    {
                        var g = (GepInfo)op.X!;
                        ulong p = r[op.A] + (ulong)g.Offset;
                        for (int i = 0; i < g.IndexSlots.Length; i++)
                            p += (ulong)(ScalarOps.SExt(r[g.IndexSlots[i]], g.IndexBits[i]) * g.Scales[i]);
                        r[op.D] = p;
                        pc++;
                        break;
                    }
                    case OpKind.Alloca:
                    {
                        var info = (AllocaInfo)op.X!;
                        long count = ScalarOps.SExt(r[op.A], op.W);
                        long size = count * info.ElementSize;
                        if (count < 0 || (info.ElementSize != 0 && size / info.ElementSize != count))
                            throw Fail(op.I, $"alloca of {count} elements of {info.Type}");
                        r[op.D] = StackAllocate(frame, size, "alloca", op.I);
                        pc++;
                        break;
                    }
                    case OpKind.Builtin:
                    {
                        var call = (BuiltinCall)op.X!;
                        var result = Builtins(call, frame);
                        if (op.D >= 0) frame.Set(op.D, result);
                        pc++;
                        break;
                    }
                    case OpKind.Slow:
                        ((SlowOp)op.X!)(this, frame);
                        pc++;
                        break;

                    case OpKind.Call:
                    {
                        frame.Pc = pc + 1;
                        var callee = EnterCall(frame, ref op);
                        if (callee is null)
                        {
                            pc++;
                            break;
                        }
                        frame = callee;
                        _current = frame;
                        code = frame.Function.Code;
                        r = frame.Regs;
                        pc = 0;
                        break;
                    }
                    case OpKind.Ret:
                    case OpKind.RetVoid:
                    {
                        var result = op.Kind == OpKind.Ret ? frame.Get(op.A) : default;
                        ReleaseFrame(frame);
                        var caller = frame.Caller;
                        int slot = frame.ResultSlot;
                        if (caller is null)
                        {
                            _current = null;
                            return result;
                        }
                        frame = caller;
                        _current = frame;
                        if (slot >= 0) frame.Set(slot, result);
                        code = frame.Function.Code;
                        r = frame.Regs;
                        pc = frame.Pc;
                        break;
                    }
                    case OpKind.Unreachable:
                        throw Fail(op.I, "'unreachable' executed");
                    default:
                        throw Fail(op.I, $"internal error: unknown operation {op.Kind}");
                }
            }
        }
    }
}
