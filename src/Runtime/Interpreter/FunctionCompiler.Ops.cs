// Emission of the value-computing instructions: scalar arithmetic, compares and casts get fast
// OpKinds; vector forms, half precision, aggregates and shuffles become closures that apply the
// shared scalar rules (ScalarOps) lane by lane.
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Interpreter;

internal sealed partial class FunctionCompiler
{
    private void EmitBinary(BinaryInst b)
    {
        int d = Result(b), x = Slot(b.Lhs), y = Slot(b.Rhs);
        var type = b.Type;
        var s = ScalarInfo.Of(type);
        if (type is VectorType)
        {
            var op = b.Opcode;
            EmitSlow(b, (_, f) =>
            {
                var l = (ulong[])f.Objs[x]!;
                var r = (ulong[])f.Objs[y]!;
                var res = new ulong[l.Length];
                if (VectorLanes.TryBinary(op, s, l, r, res)) { }
                else if (s.IsFloat)
                    for (int i = 0; i < res.Length; i++) res[i] = ScalarOps.FloatBinary(op, s.Kind, l[i], r[i]);
                else
                    for (int i = 0; i < res.Length; i++) res[i] = ScalarOps.IntBinary(op, s.Bits, l[i], r[i], b);
                f.Objs[d] = res;
            });
            return;
        }
        if (!s.IsFloat)
        {
            var kind = b.Opcode switch
            {
                Opcode.Add => OpKind.Add, Opcode.Sub => OpKind.Sub, Opcode.Mul => OpKind.Mul,
                Opcode.And => OpKind.And, Opcode.Or => OpKind.Or, Opcode.Xor => OpKind.Xor,
                Opcode.Shl => OpKind.Shl, Opcode.LShr => OpKind.LShr, Opcode.AShr => OpKind.AShr,
                Opcode.UDiv => OpKind.UDiv, Opcode.SDiv => OpKind.SDiv, Opcode.URem => OpKind.URem,
                _ => OpKind.SRem,
            };
            Emit(new Op { Kind = kind, D = d, A = x, B = y, W = s.Bits, M = s.Mask, I = b });
            return;
        }
        OpKind? fast = (s.Kind, b.Opcode) switch
        {
            (ScalarKind.Float, Opcode.FAdd) => OpKind.FAddF, (ScalarKind.Float, Opcode.FSub) => OpKind.FSubF,
            (ScalarKind.Float, Opcode.FMul) => OpKind.FMulF, (ScalarKind.Float, Opcode.FDiv) => OpKind.FDivF,
            (ScalarKind.Double, Opcode.FAdd) => OpKind.FAddD, (ScalarKind.Double, Opcode.FSub) => OpKind.FSubD,
            (ScalarKind.Double, Opcode.FMul) => OpKind.FMulD, (ScalarKind.Double, Opcode.FDiv) => OpKind.FDivD,
            _ => null,
        };
        if (fast is { } k)
        {
            Emit(new Op { Kind = k, D = d, A = x, B = y, I = b });
            return;
        }
        var opcode = b.Opcode;
        EmitSlow(b, (_, f) => f.Regs[d] = ScalarOps.FloatBinary(opcode, s.Kind, f.Regs[x], f.Regs[y]));
    }

    private void EmitFNeg(UnaryInst u)
    {
        int d = Result(u), x = Slot(u.Operand);
        var s = ScalarInfo.Of(u.Type);
        if (u.Type is VectorType)
            EmitSlow(u, (_, f) => f.Objs[d] = Array.ConvertAll((ulong[])f.Objs[x]!, v => ScalarOps.FNeg(s.Kind, v)));
        else if (s.Kind is ScalarKind.Float or ScalarKind.Double)
            Emit(new Op { Kind = s.Kind == ScalarKind.Float ? OpKind.FNegF : OpKind.FNegD, D = d, A = x, I = u });
        else
            EmitSlow(u, (_, f) => f.Regs[d] = ScalarOps.FNeg(s.Kind, f.Regs[x]));
    }

    private void EmitICmp(ICmpInst c)
    {
        int d = Result(c), x = Slot(c.Lhs), y = Slot(c.Rhs);
        int bits = ScalarInfo.Of(c.Lhs.Type).Bits;
        var pred = c.Predicate;
        if (c.Lhs.Type is VectorType)
        {
            EmitSlow(c, (_, f) =>
            {
                var l = (ulong[])f.Objs[x]!;
                var r = (ulong[])f.Objs[y]!;
                var res = new ulong[l.Length];
                for (int i = 0; i < res.Length; i++) res[i] = ScalarOps.ICmp(pred, bits, l[i], r[i]) ? 1UL : 0UL;
                f.Objs[d] = res;
            });
            return;
        }
        var kind = pred switch
        {
            IntPredicate.Eq => OpKind.ICmpEq, IntPredicate.Ne => OpKind.ICmpNe,
            IntPredicate.Ult => OpKind.ICmpUlt, IntPredicate.Ule => OpKind.ICmpUle,
            IntPredicate.Ugt => OpKind.ICmpUgt, IntPredicate.Uge => OpKind.ICmpUge,
            IntPredicate.Slt => OpKind.ICmpSlt, IntPredicate.Sle => OpKind.ICmpSle,
            IntPredicate.Sgt => OpKind.ICmpSgt, _ => OpKind.ICmpSge,
        };
        Emit(new Op { Kind = kind, D = d, A = x, B = y, W = 64 - bits, I = c });
    }

    private void EmitFCmp(FCmpInst c)
    {
        int d = Result(c), x = Slot(c.Lhs), y = Slot(c.Rhs);
        var s = ScalarInfo.Of(c.Lhs.Type);
        var pred = c.Predicate;
        if (c.Lhs.Type is VectorType)
        {
            EmitSlow(c, (_, f) =>
            {
                var l = (ulong[])f.Objs[x]!;
                var r = (ulong[])f.Objs[y]!;
                var res = new ulong[l.Length];
                for (int i = 0; i < res.Length; i++)
                    res[i] = ScalarOps.FCmp(pred, ScalarOps.ToDouble(s.Kind, l[i]), ScalarOps.ToDouble(s.Kind, r[i])) ? 1UL : 0UL;
                f.Objs[d] = res;
            });
            return;
        }
        if (s.Kind is ScalarKind.Float or ScalarKind.Double)
        {
            Emit(new Op { Kind = s.Kind == ScalarKind.Float ? OpKind.FCmpF : OpKind.FCmpD, D = d, A = x, B = y, C = (int)pred, I = c });
            return;
        }
        EmitSlow(c, (_, f) => f.Regs[d] =
            ScalarOps.FCmp(pred, ScalarOps.ToDouble(s.Kind, f.Regs[x]), ScalarOps.ToDouble(s.Kind, f.Regs[y])) ? 1UL : 0UL);
    }

    private void EmitCast(CastInst c)
    {
        int d = Result(c), x = Slot(c.Operand);
        var from = c.SourceType;
        var to = c.DestType;
        var op = c.Opcode;
        if (op == Opcode.BitCast && (from is VectorType || to is VectorType))
        {
            // Reinterpret through the in-memory bytes: exactly what a store and a load would do.
            int size = (int)DataLayout.StoreSize(from);
            EmitSlow(c, (_, f) =>
            {
                var buf = new byte[Math.Max(size, (int)DataLayout.StoreSize(to)) + 8];
                Memory.Write(buf, 0, from, f.Get(x));
                f.Set(d, Memory.Read(buf, 0, to));
            });
            return;
        }
        var fs = ScalarInfo.Of(from);
        var ts = ScalarInfo.Of(to);
        if (from is VectorType)
        {
            EmitSlow(c, (_, f) => f.Objs[d] = Array.ConvertAll((ulong[])f.Objs[x]!, v => ScalarOps.Cast(op, fs, ts, v)));
            return;
        }
        switch (op)
        {
            case Opcode.Trunc or Opcode.ZExt or Opcode.PtrToInt or Opcode.IntToPtr or Opcode.BitCast:
                Emit(new Op { Kind = OpKind.Trunc, D = d, A = x, M = ts.Mask, I = c });
                return;
            case Opcode.SExt:
                Emit(new Op { Kind = OpKind.SExt, D = d, A = x, W = 64 - fs.Bits, M = ts.Mask, I = c });
                return;
            case Opcode.SIToFP when ts.Kind == ScalarKind.Double:
                Emit(new Op { Kind = OpKind.SIToFPD, D = d, A = x, W = 64 - fs.Bits, I = c });
                return;
            case Opcode.FPExt when fs.Kind == ScalarKind.Float && ts.Kind == ScalarKind.Double:
                Emit(new Op { Kind = OpKind.FPExtFD, D = d, A = x, I = c });
                return;
            case Opcode.FPTrunc when fs.Kind == ScalarKind.Double && ts.Kind == ScalarKind.Float:
                Emit(new Op { Kind = OpKind.FPTruncDF, D = d, A = x, I = c });
                return;
            case Opcode.FPToSI when fs.Kind == ScalarKind.Double && ts.Bits <= 32:
                Emit(new Op { Kind = OpKind.FPToSID, D = d, A = x, M = ts.Mask, I = c });
                return;
        }
        EmitSlow(c, (_, f) => f.Regs[d] = ScalarOps.Cast(op, fs, ts, f.Regs[x]));
    }

    private void EmitSelect(SelectInst s)
    {
        int d = Result(s), cond = Slot(s.Condition), t = Slot(s.TrueValue), e = Slot(s.FalseValue);
        if (s.Condition.Type is VectorType)
        {
            EmitSlow(s, (_, f) =>
            {
                var c = (ulong[])f.Objs[cond]!;
                var a = (ulong[])f.Objs[t]!;
                var b = (ulong[])f.Objs[e]!;
                var res = new ulong[c.Length];
                for (int i = 0; i < res.Length; i++) res[i] = c[i] != 0 ? a[i] : b[i];
                f.Objs[d] = res;
            });
            return;
        }
        Emit(new Op { Kind = IsObjectType(s.Type) ? OpKind.SelectObj : OpKind.Select, D = d, A = cond, B = t, C = e, I = s });
    }

    private void EmitAlloca(AllocaInst a)
    {
        var info = new AllocaInfo { ElementSize = DataLayout.AllocSize(a.AllocatedType), Type = a.AllocatedType };
        Emit(new Op { Kind = OpKind.Alloca, D = Result(a), A = Slot(a.ArraySize), W = a.ArraySize.Type.ScalarBits, X = info, I = a });
    }

    private static OpKind? FastAccess(IrType type, bool load)
    {
        if (type is not (IntegerType or FloatingType or PointerType)) return null;
        return DataLayout.StoreSize(type) switch
        {
            1 => load ? OpKind.Load1 : OpKind.Store1,
            2 => load ? OpKind.Load2 : OpKind.Store2,
            4 => load ? OpKind.Load4 : OpKind.Store4,
            8 => load ? OpKind.Load8 : OpKind.Store8,
            _ => null,
        };
    }

    private void EmitLoad(LoadInst l)
    {
        int d = Result(l), p = Slot(l.Pointer);
        var type = l.Type;
        if (FastAccess(type, load: true) is { } k)
        {
            Emit(new Op { Kind = k, D = d, A = p, M = ScalarInfo.Of(type).Mask, I = l });
            return;
        }
        long size = DataLayout.StoreSize(type);
        EmitSlow(l, (e, f) =>
        {
            var data = e.Memory.Access(f.Regs[p], size, write: false, l, out int off);
            f.Set(d, Memory.Read(data, off, type));
        });
    }

    private void EmitStore(StoreInst s)
    {
        int v = Slot(s.StoredValue), p = Slot(s.Pointer);
        var type = s.StoredValue.Type;
        if (FastAccess(type, load: false) is { } k)
        {
            Emit(new Op { Kind = k, A = p, B = v, I = s });
            return;
        }
        long size = DataLayout.StoreSize(type);
        EmitSlow(s, (e, f) =>
        {
            var data = e.Memory.Access(f.Regs[p], size, write: true, s, out int off);
            Memory.Write(data, off, type, f.Get(v));
        });
    }

    /// <summary>
    /// A getelementptr with a vector of pointers as result: lane i applies each index's lane i (or
    /// the scalar index) to lane i of the base (or the scalar base). Struct fields are constants.
    /// </summary>
    private void EmitVectorGep(GetElementPtrInst g, VectorType rv)
    {
        int d = Result(g), b = Slot(g.BasePointer);
        bool vectorBase = g.BasePointer.Type is VectorType;
        var variable = new List<(Value Index, long Scale)>();
        if (DataLayout.DecomposeGep(g, variable, out long offset) is { } problem)
        {
            EmitError(g, problem);
            return;
        }
        var steps = variable.Select(v => (Slot: Slot(v.Index), Vector: v.Index.Type is VectorType, v.Scale, Bits: v.Index.Type.ScalarBits)).ToArray();
        int count = rv.Count;
        EmitSlow(g, (_, f) =>
        {
            var lanes = new ulong[count];
            for (int i = 0; i < count; i++)
            {
                ulong p = (vectorBase ? f.Get(b).Lanes[i] : f.Regs[b]) + (ulong)offset;
                foreach (var (slot, vector, scale, bits) in steps)
                    p += (ulong)(ScalarOps.SExt(vector ? f.Get(slot).Lanes[i] : f.Regs[slot], bits) * scale);
                lanes[i] = p;
            }
            f.Set(d, new Val(0, lanes));
        });
    }

    private void EmitGep(GetElementPtrInst g)
    {
        if (g.Type is VectorType rv)
        {
            EmitVectorGep(g, rv);
            return;
        }
        int d = Result(g), b = Slot(g.BasePointer);
        var variable = new List<(Value Index, long Scale)>();
        if (DataLayout.DecomposeGep(g, variable, out long offset) is { } problem)
        {
            EmitError(g, problem);
            return;
        }
        if (variable.Count == 0)
        {
            Emit(new Op { Kind = OpKind.GepConst, D = d, A = b, M = (ulong)offset, I = g });
            return;
        }
        var info = new GepInfo
        {
            Offset = offset,
            IndexSlots = variable.Select(v => Slot(v.Index)).ToArray(),
            Scales = variable.Select(v => v.Scale).ToArray(),
            IndexBits = variable.Select(v => v.Index.Type.ScalarBits).ToArray(),
        };
        Emit(new Op { Kind = OpKind.Gep, D = d, A = b, X = info, I = g });
    }

    /// <summary>Byte offset and type of the element an extractvalue/insertvalue index path selects.</summary>
    private static (int Offset, IrType Type) AggregatePath(IrType type, int[] indices)
    {
        long offset = 0;
        foreach (int i in indices)
        {
            if (type is StructType st)
            {
                offset += DataLayout.FieldOffset(st, i);
                type = st.Fields[i];
            }
            else
            {
                var at = (ArrayType)type;
                offset += DataLayout.AllocSize(at.Element) * i;
                type = at.Element;
            }
        }
        return ((int)offset, type);
    }

    private void EmitExtractValue(ExtractValueInst e)
    {
        int d = Result(e), a = Slot(e.Aggregate);
        var (offset, type) = AggregatePath(e.Aggregate.Type, e.Indices);
        EmitSlow(e, (_, f) => f.Set(d, Memory.Read((byte[])f.Objs[a]!, offset, type)));
    }

    private void EmitInsertValue(InsertValueInst e)
    {
        int d = Result(e), a = Slot(e.Aggregate), v = Slot(e.Element);
        var (offset, type) = AggregatePath(e.Aggregate.Type, e.Indices);
        EmitSlow(e, (_, f) =>
        {
            var copy = (byte[])((byte[])f.Objs[a]!).Clone();
            Memory.Write(copy, offset, type, f.Get(v));
            f.Objs[d] = copy;
        });
    }

    private void EmitExtractElement(ExtractElementInst e)
    {
        int d = Result(e), v = Slot(e.Vector), i = Slot(e.Index);
        EmitSlow(e, (_, f) =>
        {
            var lanes = (ulong[])f.Objs[v]!;
            ulong index = f.Regs[i];
            f.Regs[d] = index < (ulong)lanes.Length ? lanes[index] : 0;
        });
    }

    private void EmitInsertElement(InsertElementInst e)
    {
        int d = Result(e), v = Slot(e.Vector), x = Slot(e.Element), i = Slot(e.Index);
        EmitSlow(e, (_, f) =>
        {
            var lanes = (ulong[])((ulong[])f.Objs[v]!).Clone();
            ulong index = f.Regs[i];
            if (index < (ulong)lanes.Length) lanes[index] = f.Regs[x];
            f.Objs[d] = lanes;
        });
    }

    private void EmitShuffle(ShuffleVectorInst s)
    {
        int d = Result(s), a = Slot(s.V1), b = Slot(s.V2);
        var mask = s.Mask;
        EmitSlow(s, (_, f) =>
        {
            var l = (ulong[])f.Objs[a]!;
            var r = (ulong[])f.Objs[b]!;
            var res = new ulong[mask.Length];
            for (int i = 0; i < mask.Length; i++)
            {
                int m = mask[i];
                res[i] = m < 0 ? 0 : m < l.Length ? l[m] : m - l.Length < r.Length ? r[m - l.Length] : 0;
            }
            f.Objs[d] = res;
        });
    }

    private void EmitCall(CallInst c)
    {
        var args = new int[c.ArgumentCount];
        for (int i = 0; i < args.Length; i++) args[i] = Slot(c.GetArgument(i));
        int d = c.Type.IsVoid ? -1 : Result(c);
        if (c.Builtin != Builtin.None)
        {
            var builtin = new BuiltinCall(c.Builtin, c.FunctionType, args, d, c);
            Emit(new Op { Kind = OpKind.Builtin, D = d, X = builtin, I = c });
            return;
        }
        var direct = c.CalledFunction;
        var byval = new IrType?[args.Length];
        for (int i = 0; i < args.Length; i++)
            byval[i] = c.ArgumentAttributes[i].ByVal
                       ?? (direct is not null && i < direct.Arguments.Count ? direct.Arguments[i].Attributes.ByVal : null);
        var info = new CallInfo
        {
            Direct = direct,
            CalleeSlot = direct is null ? Slot(c.Callee) : -1,
            Args = args,
            ByVal = byval,
            MustTail = c.TailKind == TailCallKind.MustTail,
            Type = c.FunctionType,
        };
        Emit(new Op { Kind = OpKind.Call, D = d, X = info, I = c });
    }
}

internal sealed class AllocaInfo
{
    public long ElementSize;
    public required IrType Type;
}
