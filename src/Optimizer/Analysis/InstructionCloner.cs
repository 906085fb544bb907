// Copies one instruction with its operands passed through a mapping (for passes that duplicate code:
// loop unrolling; inlining could use it too). Every instruction kind is copied with all its
// attributes (flags, fast-math, alignment, volatility, call attributes), its name and its source
// position. The copy is not placed in a block.
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public static class InstructionCloner
{
    /// <summary>A copy of <paramref name="inst"/> whose operands are <paramref name="map"/>(operand) (blocks included).</summary>
    public static Instruction Clone(Instruction inst, Func<Value, Value> map)
    {
        Value Op(int i) => map(inst.GetOperand(i));
        Instruction copy = inst switch
        {
            BinaryInst b => new BinaryInst(b.Opcode, Op(0), Op(1)) { Flags = b.Flags, FastMath = b.FastMath },
            UnaryInst u => new UnaryInst(u.Opcode, Op(0)) { FastMath = u.FastMath },
            ICmpInst c => new ICmpInst(c.Predicate, Op(0), Op(1)),
            FCmpInst c => new FCmpInst(c.Predicate, Op(0), Op(1)) { FastMath = c.FastMath },
            CastInst c => new CastInst(c.Opcode, Op(0), c.DestType),
            SelectInst s => new SelectInst(Op(0), Op(1), Op(2)) { FastMath = s.FastMath },
            FreezeInst => new FreezeInst(Op(0)),
            PhiInst p => ClonePhi(p, map),
            AllocaInst a => new AllocaInst(a.AllocatedType, Op(0)) { Alignment = a.Alignment },
            LoadInst l => new LoadInst(l.Type, Op(0)) { Alignment = l.Alignment, IsVolatile = l.IsVolatile },
            StoreInst s => new StoreInst(Op(0), Op(1)) { Alignment = s.Alignment, IsVolatile = s.IsVolatile },
            GetElementPtrInst g => new GetElementPtrInst(g.SourceElementType, Op(0),
                Enumerable.Range(1, g.OperandCount - 1).Select(Op).ToList()) { InBounds = g.InBounds },
            ExtractValueInst e => new ExtractValueInst(Op(0), e.Indices),
            InsertValueInst e => new InsertValueInst(Op(0), Op(1), e.Indices),
            ExtractElementInst e => new ExtractElementInst(Op(0), Op(1)),
            InsertElementInst e => new InsertElementInst(Op(0), Op(1), Op(2)),
            ShuffleVectorInst s => new ShuffleVectorInst(Op(0), Op(1), s.Mask),
            CallInst c => CloneCall(c, map),
            ReturnInst r => new ReturnInst(r.ReturnValue is null ? null : Op(0)),
            BranchInst br => br.IsConditional ? new BranchInst(Op(0), (BasicBlock)Op(1), (BasicBlock)Op(2)) : new BranchInst((BasicBlock)Op(0)),
            SwitchInst sw => CloneSwitch(sw, map),
            UnreachableInst => new UnreachableInst(),
            _ => throw new InvalidOperationException($"cannot clone {inst.GetType().Name}"),
        };
        copy.Name = inst.Name;
        copy.Location = inst.Location;
        return copy;
    }

    private static PhiInst ClonePhi(PhiInst p, Func<Value, Value> map)
    {
        var copy = new PhiInst(p.Type) { FastMath = p.FastMath };
        foreach (var (v, b) in p.Incoming) copy.AddIncoming(map(v), (BasicBlock)map(b));
        return copy;
    }

    private static CallInst CloneCall(CallInst c, Func<Value, Value> map)
    {
        var copy = new CallInst(c.FunctionType, map(c.Callee), c.Arguments.Select(map).ToList())
        {
            ReturnAttributes = c.ReturnAttributes,
            TailKind = c.TailKind,
            FastMath = c.FastMath,
            CallingConvention = c.CallingConvention,
        };
        Array.Copy(c.ArgumentAttributes, copy.ArgumentAttributes, c.ArgumentAttributes.Length);
        return copy;
    }

    private static SwitchInst CloneSwitch(SwitchInst sw, Func<Value, Value> map)
    {
        var copy = new SwitchInst(map(sw.Condition), (BasicBlock)map(sw.DefaultDest));
        foreach (var (v, d) in sw.Cases) copy.AddCase(v, (BasicBlock)map(d));
        return copy;
    }
}
