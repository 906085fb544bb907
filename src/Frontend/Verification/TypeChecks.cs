// The type rules of each instruction, re-checked on the object model (the parser checks the same
// rules while reading, with the same wording where possible). Each check returns null when the
// instruction is well typed, else a plain message naming the instruction and the types involved.
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Verification;

internal static class TypeChecks
{
    /// <summary>Types with a size in memory: what alloca, load and store accept.</summary>
    public static bool IsSized(IrType t) => t switch
    {
        IntegerType or FloatingType or PointerType or VectorType => true,
        ArrayType a => IsSized(a.Element),
        StructType s => !s.IsOpaque && s.Fields.All(IsSized),
        _ => false,
    };

    public static string? Check(Instruction inst, Function f, ValueNames names)
    {
        string name = inst.Opcode.Name();
        return inst switch
        {
            BinaryInst b => Binary(b, name),
            UnaryInst u => u.Operand.Type.IsFpOrFpVector && Same(u.Type, u.Operand.Type) ? null
                : $"'{name}' needs a floating-point operand, got '{u.Operand.Type}'",
            ICmpInst c => Compare(c, c.Lhs, c.Rhs, name, t => t.IsIntOrIntVector || t.IsPtrOrPtrVector, "integer or pointer"),
            FCmpInst c => Compare(c, c.Lhs, c.Rhs, name, t => t.IsFpOrFpVector, "floating-point"),
            CastInst c => CastRules.Check(c.Opcode, c.SourceType, c.DestType),
            SelectInst s => Select(s),
            FreezeInst z => Same(z.Type, z.Operand.Type) && z.Type.IsFirstClass ? null : $"'freeze' of a '{z.Operand.Type}' must give a '{z.Operand.Type}', not '{z.Type}'",
            PhiInst p => Phi(p, names),
            AllocaInst a => Alloca(a),
            LoadInst l => Load(l),
            StoreInst s => Store(s),
            GetElementPtrInst g => Gep(g),
            ExtractValueInst e => ExtractValue(e),
            InsertValueInst i => InsertValue(i),
            ExtractElementInst e => ExtractElement(e),
            InsertElementInst i => InsertElement(i),
            ShuffleVectorInst s => Shuffle(s),
            CallInst c => Call(c, names),
            ReturnInst r => Return(r, f),
            BranchInst b => Branch(b),
            SwitchInst s => Switch(s),
            UnreachableInst => null,
            _ => $"unknown instruction '{name}'",
        };
    }

    private static bool Same(IrType a, IrType b) => ReferenceEquals(a, b);

    private static string? Binary(BinaryInst b, string name)
    {
        var t = b.Lhs.Type;
        if (!Same(t, b.Rhs.Type)) return $"both operands of '{name}' must have the same type: '{t}' and '{b.Rhs.Type}'";
        if (!Same(b.Type, t)) return $"'{name}' of '{t}' values must give a '{t}', not '{b.Type}'";
        if (b.Opcode.IsIntBinary() && !t.IsIntOrIntVector) return $"'{name}' needs integer operands, got '{t}'";
        if (b.Opcode.IsFloatBinary() && !t.IsFpOrFpVector) return $"'{name}' needs floating-point operands, got '{t}'";
        bool wrapOk = b.Opcode is Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.Shl;
        bool exactOk = b.Opcode is Opcode.UDiv or Opcode.SDiv or Opcode.LShr or Opcode.AShr;
        if ((b.Flags & (IntFlags.NoSignedWrap | IntFlags.NoUnsignedWrap)) != 0 && !wrapOk) return $"'nuw'/'nsw' are not allowed on '{name}'";
        if ((b.Flags & IntFlags.Exact) != 0 && !exactOk) return $"'exact' is not allowed on '{name}'";
        if (b.FastMath != FastMathFlags.None && !b.Opcode.IsFloatBinary()) return $"fast-math flags are not allowed on '{name}'";
        return null;
    }

    private static string? Compare(Instruction c, Value lhs, Value rhs, string name, Func<IrType, bool> ok, string what)
    {
        var t = lhs.Type;
        if (!Same(t, rhs.Type)) return $"both operands of '{name}' must have the same type: '{t}' and '{rhs.Type}'";
        if (!ok(t)) return $"'{name}' needs {what} operands, got '{t}'";
        var expected = TypeRules.CompareResult(t);
        return Same(c.Type, expected) ? null : $"'{name}' of '{t}' values gives '{expected}', not '{c.Type}'";
    }

    private static string? Select(SelectInst s)
    {
        var ty = s.TrueValue.Type;
        if (!Same(ty, s.FalseValue.Type)) return $"both values of 'select' must have the same type: '{ty}' and '{s.FalseValue.Type}'";
        if (!Same(s.Type, ty)) return $"'select' of '{ty}' values must give a '{ty}', not '{s.Type}'";
        var ct = s.Condition.Type;
        bool condOk = Same(ct, IrType.I1) || (ct is VectorType cv && Same(cv.Element, IrType.I1) && ty is VectorType tv && tv.Count == cv.Count);
        if (!condOk) return $"the condition of 'select' must be i1 (or <N x i1> for N-lane vectors), got '{ct}'";
        return ty.IsFirstClass ? null : $"cannot select values of type '{ty}'";
    }

    private static string? Phi(PhiInst p, ValueNames names)
    {
        if (!p.Type.IsFirstClass || p.Type.IsLabel) return $"a phi cannot have type '{p.Type}'";
        if (p.OperandCount % 2 != 0 || p.IncomingCount == 0) return $"phi node '{names.Of(p)}' must have at least one [value, block] entry";
        for (int i = 0; i < p.IncomingCount; i++)
        {
            if (p.GetOperand(2 * i + 1) is not BasicBlock) return $"entry {i + 1} of phi node '{names.Of(p)}' does not name a block";
            var v = p.GetIncomingValue(i);
            if (!Same(v.Type, p.Type))
                return $"phi node '{names.Of(p)}' has type '{p.Type}', but its value '{names.Of(v)}' from '{names.Of(p.GetIncomingBlock(i))}' has type '{v.Type}'";
        }
        return null;
    }

    private static string? Alloca(AllocaInst a)
    {
        if (!IsSized(a.AllocatedType)) return $"cannot allocate a value of unsized type '{a.AllocatedType}'";
        if (!a.ArraySize.Type.IsInteger) return $"the element count of 'alloca' must be an integer, got '{a.ArraySize.Type}'";
        return Same(a.Type, IrType.Ptr) ? null : $"'alloca' gives a 'ptr', not '{a.Type}'";
    }

    private static string? Load(LoadInst l)
    {
        if (!l.Pointer.Type.IsPointer) return $"'load' needs a pointer operand, got '{l.Pointer.Type}'";
        return IsSized(l.Type) ? null : $"cannot load a value of unsized type '{l.Type}'";
    }

    private static string? Store(StoreInst s)
    {
        if (!s.Pointer.Type.IsPointer) return $"'store' needs a pointer operand, got '{s.Pointer.Type}'";
        return IsSized(s.StoredValue.Type) ? null : $"cannot store a value of unsized type '{s.StoredValue.Type}'";
    }

    private static string? Gep(GetElementPtrInst g)
    {
        if (!IsSized(g.SourceElementType)) return $"getelementptr cannot index into unsized type '{g.SourceElementType}'";
        var bt = g.BasePointer.Type;
        if (!bt.IsPtrOrPtrVector) return $"getelementptr needs a pointer (or vector of pointers) base, got '{bt}'";
        if (g.IndexCount == 0) return "getelementptr needs at least one index";
        int? lanes = bt is VectorType bv ? bv.Count : null;
        var indexed = g.SourceElementType;
        for (int k = 0; k < g.IndexCount; k++)
        {
            var idx = g.GetIndex(k);
            var it = idx.Type;
            if (!it.IsIntOrIntVector) return $"getelementptr indices must be integers, got '{it}'";
            if (it is VectorType iv)
            {
                if (lanes is { } n && n != iv.Count) return "all vector operands of getelementptr must have the same length";
                lanes = iv.Count;
            }
            if (k == 0) continue;
            switch (indexed)
            {
                case StructType s:
                    var c = idx as ConstantInt ?? (idx as Constant)?.GetAggregateElement(0) as ConstantInt;
                    if (c is null || !Same(c.Type, IrType.I32)) return "a struct index in getelementptr must be an i32 constant";
                    if (c.ZExtValue >= (ulong)s.Fields.Count)
                        return $"struct index {c.ZExtValue} is out of range for '{s}' ({s.Fields.Count} fields)";
                    indexed = s.Fields[(int)c.ZExtValue];
                    break;
                case ArrayType a: indexed = a.Element; break;
                case VectorType v: indexed = v.Element; break;
                default: return $"getelementptr cannot index into '{indexed}'";
            }
        }
        var expected = TypeRules.GepResult(g.BasePointer, g.Indices.ToArray());
        return Same(g.Type, expected) ? null : $"getelementptr gives '{expected}', not '{g.Type}'";
    }

    private static string? ExtractValue(ExtractValueInst e)
    {
        var ty = e.Aggregate.Type;
        if (!ty.IsAggregate) return $"'extractvalue' needs a struct or array operand, got '{ty}'";
        if (e.Indices.Length == 0) return "'extractvalue' needs at least one index";
        var member = TypeRules.AggregateElement(ty, e.Indices);
        if (member is null) return $"indices {string.Join(", ", e.Indices)} are out of range for '{ty}'";
        return Same(member, e.Type) ? null : $"'extractvalue' selects a '{member}', not '{e.Type}'";
    }

    private static string? InsertValue(InsertValueInst i)
    {
        var ty = i.Aggregate.Type;
        if (!ty.IsAggregate) return $"'insertvalue' needs a struct or array operand, got '{ty}'";
        if (i.Indices.Length == 0) return "'insertvalue' needs at least one index";
        var member = TypeRules.AggregateElement(ty, i.Indices);
        if (member is null) return $"indices {string.Join(", ", i.Indices)} are out of range for '{ty}'";
        if (!Same(member, i.Element.Type)) return $"'insertvalue' puts a '{i.Element.Type}' where '{ty}' has a '{member}'";
        return Same(i.Type, ty) ? null : $"'insertvalue' into '{ty}' gives '{ty}', not '{i.Type}'";
    }

    private static string? ExtractElement(ExtractElementInst e)
    {
        if (e.Vector.Type is not VectorType vt) return $"'extractelement' needs a vector, got '{e.Vector.Type}'";
        if (!e.Index.Type.IsInteger) return $"the index of 'extractelement' must be an integer, got '{e.Index.Type}'";
        return Same(e.Type, vt.Element) ? null : $"'extractelement' from '{vt}' gives '{vt.Element}', not '{e.Type}'";
    }

    private static string? InsertElement(InsertElementInst i)
    {
        if (i.Vector.Type is not VectorType vt) return $"'insertelement' needs a vector, got '{i.Vector.Type}'";
        if (!Same(i.Element.Type, vt.Element)) return $"'insertelement' puts a '{i.Element.Type}' into a vector of '{vt.Element}'";
        if (!i.Index.Type.IsInteger) return $"the index of 'insertelement' must be an integer, got '{i.Index.Type}'";
        return Same(i.Type, vt) ? null : $"'insertelement' into '{vt}' gives '{vt}', not '{i.Type}'";
    }

    private static string? Shuffle(ShuffleVectorInst s)
    {
        if (s.V1.Type is not VectorType vt) return $"'shufflevector' needs vectors, got '{s.V1.Type}'";
        if (!Same(s.V2.Type, vt)) return $"both vectors of 'shufflevector' must have the same type: '{vt}' and '{s.V2.Type}'";
        if (s.Mask.Length == 0) return "the mask of 'shufflevector' must have at least one element";
        foreach (int m in s.Mask)
            if (m < -1 || m >= 2 * vt.Count) return $"shuffle mask element {m} is out of range (0..{2 * vt.Count - 1})";
        var expected = VectorType.Get(vt.Element, s.Mask.Length);
        return Same(s.Type, expected) ? null : $"'shufflevector' gives '{expected}', not '{s.Type}'";
    }

    private static string? Call(CallInst c, ValueNames names)
    {
        var ft = c.FunctionType;
        if (ft.IsVarArg) return "calls to variadic functions are not supported";
        if (!c.Callee.Type.IsPointer) return $"the callee of 'call' must be a pointer, got '{c.Callee.Type}'";
        if (c.Callee is GlobalVariable gv) return $"'@{Names.Quote(gv.Name)}' is a global variable, not a function";
        if (c.ArgumentCount != ft.Parameters.Count)
            return $"the call gives {c.ArgumentCount} arguments, but its type '{ft}' takes {ft.Parameters.Count}";
        for (int i = 0; i < c.ArgumentCount; i++)
        {
            var a = c.GetArgument(i);
            if (!Same(a.Type, ft.Parameters[i]))
                return $"argument {i + 1} ('{names.Of(a)}') has type '{a.Type}', but '{ft.Parameters[i]}' is expected";
        }
        if (!Same(c.Type, ft.ReturnType)) return $"'call' of type '{ft}' gives '{ft.ReturnType}', not '{c.Type}'";
        if (c.Callee is Function fn)
        {
            if (!Same(fn.FunctionType, ft)) return $"'@{Names.Quote(fn.Name)}' has type '{fn.FunctionType}', but is called as '{ft}'";
            if (fn.IsDeclaration && Builtins.IsIntrinsicName(fn.Name) && fn.Builtin == Builtin.None)
                return $"unsupported intrinsic '@{fn.Name}'";
            // The built-in's signature is checked once, at its declaration (the call's type equals it).
            int align = Builtins.AlignmentOperand(fn.Builtin);
            if (align >= 0 && !(c.GetArgument(align) is ConstantInt { Bits: > 0 and var a } && (a & (a - 1)) == 0))
                return $"the alignment of '@{fn.Name}' (argument {align + 1}) must be a constant power of two, got '{names.Of(c.GetArgument(align))}'";
        }
        return null;
    }

    private static string? Return(ReturnInst r, Function f)
    {
        if (r.ReturnValue is not { } v)
            return f.ReturnType.IsVoid ? null : $"'@{f.Name}' returns '{f.ReturnType}', so 'ret' needs a value";
        if (f.ReturnType.IsVoid) return $"'@{f.Name}' returns void, so 'ret' cannot give a value";
        return Same(v.Type, f.ReturnType) ? null : $"'@{f.Name}' returns '{f.ReturnType}', but 'ret' gives '{v.Type}'";
    }

    private static string? Branch(BranchInst b)
    {
        if (b.IsConditional && !Same(b.Condition!.Type, IrType.I1)) return $"the condition of 'br' must be i1, got '{b.Condition.Type}'";
        foreach (var t in b.IsConditional ? b.Operands.Skip(1) : b.Operands)
            if (t is not BasicBlock) return "the targets of 'br' must be blocks";
        return null;
    }

    private static string? Switch(SwitchInst s)
    {
        var ty = s.Condition.Type;
        if (!ty.IsInteger) return $"'switch' needs an integer value, got '{ty}'";
        if (s.GetOperand(1) is not BasicBlock) return "the default target of 'switch' must be a block";
        var seen = new HashSet<ulong>();
        for (int i = 0; i < s.CaseCount; i++)
        {
            if (s.GetOperand(2 + 2 * i) is not ConstantInt c) return "a case value must be an integer constant";
            if (!Same(c.Type, ty)) return $"case value has type '{c.Type}', but the switch is on '{ty}'";
            if (!seen.Add(c.ZExtValue)) return $"duplicate case value {c.SExtValue}";
            if (s.GetOperand(3 + 2 * i) is not BasicBlock) return "the targets of 'switch' must be blocks";
        }
        return null;
    }
}
