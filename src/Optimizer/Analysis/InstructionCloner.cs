// Copies instructions (for the inliner and loop unrolling): a clone has the same opcode, operands, flags, attributes,
// name and source location as the original, and is not in any block. Remap then replaces operands
// through a value map (arguments to call operands, old blocks and values to their copies); doing it
// in two steps lets a copy refer to values whose copies are made later (phis, blocks laid out after
// their uses).
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public static class InstructionCloner
{
    /// <summary>A copy of <paramref name="inst"/> with the same operands, not yet in a block.</summary>
    public static Instruction Clone(Instruction inst)
    {
        Instruction copy = inst switch
        {
            BinaryInst b => new BinaryInst(b.Opcode, b.Lhs, b.Rhs) { Flags = b.Flags, FastMath = b.FastMath },
            UnaryInst u => new UnaryInst(u.Opcode, u.Operand) { FastMath = u.FastMath },
            ICmpInst c => new ICmpInst(c.Predicate, c.Lhs, c.Rhs),
            FCmpInst c => new FCmpInst(c.Predicate, c.Lhs, c.Rhs) { FastMath = c.FastMath },
            CastInst c => new CastInst(c.Opcode, c.Operand, c.DestType),
            SelectInst s => new SelectInst(s.Condition, s.TrueValue, s.FalseValue) { FastMath = s.FastMath },
            FreezeInst f => new FreezeInst(f.Operand),
            PhiInst p => ClonePhi(p),
            AllocaInst a => new AllocaInst(a.AllocatedType, a.ArraySize) { Alignment = a.Alignment },
            LoadInst l => new LoadInst(l.Type, l.Pointer) { Alignment = l.Alignment, IsVolatile = l.IsVolatile },
            StoreInst s => new StoreInst(s.StoredValue, s.Pointer) { Alignment = s.Alignment, IsVolatile = s.IsVolatile },
            GetElementPtrInst g => new GetElementPtrInst(g.SourceElementType, g.BasePointer, Indices(g)) { InBounds = g.InBounds },
            ExtractValueInst e => new ExtractValueInst(e.Aggregate, (int[])e.Indices.Clone()),
            InsertValueInst i => new InsertValueInst(i.Aggregate, i.Element, (int[])i.Indices.Clone()),
            ExtractElementInst e => new ExtractElementInst(e.Vector, e.Index),
            InsertElementInst i => new InsertElementInst(i.Vector, i.Element, i.Index),
            ShuffleVectorInst s => new ShuffleVectorInst(s.V1, s.V2, (int[])s.Mask.Clone()),
            CallInst c => CloneCall(c),
            ReturnInst r => new ReturnInst(r.ReturnValue),
            BranchInst b => b.IsConditional ? new BranchInst(b.Condition!, b.TrueTarget, b.FalseTarget) : new BranchInst(b.TrueTarget),
            SwitchInst s => CloneSwitch(s),
            UnreachableInst => new UnreachableInst(),
            _ => throw new NotSupportedException($"cannot clone {inst.Opcode.Name()}"),
        };
        copy.Name = inst.Name;
        copy.Location = inst.Location;
        return copy;
    }

    /// <summary>A copy of <paramref name="inst"/> whose operands are <paramref name="map"/>(operand), blocks included.</summary>
    public static Instruction Clone(Instruction inst, Func<Value, Value> map)
    {
        var copy = Clone(inst);
        for (int i = 0; i < copy.OperandCount; i++)
        {
            var image = map(copy.GetOperand(i));
            if (!ReferenceEquals(image, copy.GetOperand(i))) copy.SetOperand(i, image);
        }
        return copy;
    }

    /// <summary>Replaces every operand found in <paramref name="map"/> by its image.</summary>
    public static void Remap(Instruction inst, IReadOnlyDictionary<Value, Value> map)
    {
        for (int i = 0; i < inst.OperandCount; i++)
            if (map.TryGetValue(inst.GetOperand(i), out var image)) inst.SetOperand(i, image);
    }

    private static Value[] Indices(GetElementPtrInst g)
    {
        var indices = new Value[g.IndexCount];
        for (int i = 0; i < indices.Length; i++) indices[i] = g.GetIndex(i);
        return indices;
    }

    private static PhiInst ClonePhi(PhiInst p)
    {
        var copy = new PhiInst(p.Type) { FastMath = p.FastMath };
        for (int i = 0; i < p.IncomingCount; i++) copy.AddIncoming(p.GetIncomingValue(i), p.GetIncomingBlock(i));
        return copy;
    }

    private static CallInst CloneCall(CallInst c)
    {
        var arguments = new Value[c.ArgumentCount];
        for (int i = 0; i < arguments.Length; i++) arguments[i] = c.GetArgument(i);
        var copy = new CallInst(c.FunctionType, c.Callee, arguments)
        {
            ReturnAttributes = c.ReturnAttributes, TailKind = c.TailKind, FastMath = c.FastMath,
            CallingConvention = c.CallingConvention,
        };
        Array.Copy(c.ArgumentAttributes, copy.ArgumentAttributes, c.ArgumentAttributes.Length);
        return copy;
    }

    private static SwitchInst CloneSwitch(SwitchInst s)
    {
        var copy = new SwitchInst(s.Condition, s.DefaultDest);
        foreach (var (value, dest) in s.Cases) copy.AddCase(value, dest);
        return copy;
    }
}
