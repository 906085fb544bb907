// Control flow and calls: incoming arguments, return, conditional branches on fused compares,
// switch as a jump table when its cases are dense (else a balanced tree of compares), and calls
// following CallLayout (arguments copied into their registers right before the call, which
// clobbers every caller-saved register).
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;
using Instruction = PyIR.Frontend.Ir.Instruction;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private MBlock NewBlockHere()
    {
        var b = _mf.NewBlock(_current?.Parent);
        return b;
    }

    /// <summary>Where the function being selected receives its arguments and returns its result.</summary>
    private CallLayout _ownLayout = null!;

    private void LowerArguments()
    {
        var layout = _ownLayout = CallLayout.For(_function.FunctionType);
        if (layout.ReturnsInMemory)
        {
            _sretPointer = NewGpr();
            Copy(_sretPointer, X86.Rdi, 64);
        }
        for (int i = 0; i < _function.Arguments.Count; i++)
        {
            var arg = _function.Arguments[i];
            var parts = layout.ArgumentParts[i];
            var regs = Define(arg);
            for (int k = 0; k < parts.Length; k++)
            {
                var loc = layout.Arguments[i][k];
                int bits = parts[k].Class == RegClass.Gpr ? 64 : parts[k].Bits;
                if (loc.InRegister) Copy(regs[k], loc.Register, bits);
                else
                {
                    // Incoming stack arguments sit above the return address and saved rbp.
                    var mem = MOperand.Mem(parts[k].Class == RegClass.Gpr ? 64 : bits, X86.Rbp, -1, 1, 16 + loc.StackOffset);
                    if (parts[k].Class == RegClass.Gpr) Emit(Code.Mov_r64_rm64, MOperand.Def(regs[k], 64), mem);
                    else LoadPart(regs[k], parts[k] with { Offset = 0 }, mem.WithBits(0));
                }
            }
        }
    }

    private void SelectReturn(ReturnInst r)
    {
        var layout = _ownLayout;
        var uses = new List<int>();
        if (r.ReturnValue is { } value)
        {
            var regs = Regs(value);
            var parts = TypeLowering.Parts(value.Type);
            if (layout.ReturnsInMemory)
            {
                var addr = MOperand.Mem(0, _sretPointer);
                for (int k = 0; k < parts.Length; k++) StorePart(regs[k], parts[k], addr);
                Copy(X86.Rax, _sretPointer, 64);
                uses.Add(X86.Rax);
            }
            else
            {
                for (int k = 0; k < parts.Length; k++)
                {
                    int bits = parts[k].Class == RegClass.Gpr ? 64 : parts[k].Bits;
                    Copy(layout.ResultRegisters[k], regs[k], bits);
                    uses.Add(layout.ResultRegisters[k]);
                }
            }
        }
        Emit(new MInst(MOpcode.Ret, Code.INVALID) { ImplicitUses = uses.ToArray() });
    }

    private void Jump(MBlock target) => Emit(new MInst(MOpcode.Jmp, Code.INVALID, MOperand.B(target)));

    private void Branch(Cond cond, MBlock taken, MBlock notTaken) =>
        Emit(new MInst(MOpcode.Jcc, Code.INVALID, MOperand.C(cond), MOperand.B(taken), MOperand.B(notTaken)));

    private void SelectBranch(BranchInst br)
    {
        if (!br.IsConditional)
        {
            Jump(EntryOf(br.TrueTarget));
            return;
        }
        var t = EntryOf(br.TrueTarget);
        var f = EntryOf(br.FalseTarget);
        if (br.Condition is ConstantInt c)
        {
            Jump(c.IsZeroValue ? f : t);
            return;
        }
        if (br.Condition is FCmpInst { Predicate: FloatPredicate.True or FloatPredicate.False } fc && IsFolded(fc))
        {
            Unfold(fc);
            Jump(fc.Predicate == FloatPredicate.True ? t : f);
            return;
        }
        var (cond, extra) = EmitConditionFlags(br.Condition!);
        switch (extra)
        {
            case FlagExtra.None:
                Branch(cond, t, f);
                break;
            case FlagExtra.AndNotParity: // oeq: unordered goes to false, then equal goes to true
            {
                var mid = NewBlockHere();
                Branch(Cond.P, f, mid);
                _block = mid;
                Branch(Cond.E, t, f);
                break;
            }
            case FlagExtra.OrParity: // une: unordered goes to true, then not-equal goes to true
            {
                var mid = NewBlockHere();
                Branch(Cond.P, t, mid);
                _block = mid;
                Branch(Cond.NE, t, f);
                break;
            }
        }
    }

    private void SelectSwitch(SwitchInst sw)
    {
        int n = sw.Condition.Type.ScalarBits;
        int w = n <= 32 ? 32 : 64;
        var value = ZeroExtend(Reg(sw.Condition), n, w);
        var cases = sw.Cases.Select(c => (Value: c.Value.ZExtValue, Dest: EntryOf(c.Dest))).OrderBy(c => c.Value).ToList();
        var defaultBlock = EntryOf(sw.DefaultDest);
        if (cases.Count == 0)
        {
            Jump(defaultBlock);
            return;
        }
        if (TryJumpTable(value, w, cases, defaultBlock)) return;
        SwitchTree(value, w, cases, 0, cases.Count, defaultBlock);
    }

    /// <summary>
    /// A dense switch (at least 4 cases, case values spanning at most 4 slots per case and 4096 in
    /// all) becomes a range check and an indirect jump through a table of block addresses.
    /// </summary>
    private bool TryJumpTable(int value, int w, List<(ulong Value, MBlock Dest)> cases, MBlock defaultBlock)
    {
        if (cases.Count < 4) return false;
        ulong min = cases[0].Value, max = cases[^1].Value;
        ulong span = max - min;
        if (span >= 4096 || span + 1 > 4 * (ulong)cases.Count || min > int.MaxValue) return false;
        int slots = (int)span + 1;
        var index = NewGpr();
        // A 32-bit move or subtraction also clears the upper half, so the index is a clean 64-bit value.
        Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(index, w), Use(value, w));
        if (min != 0) Emit(w == 32 ? Code.Sub_rm32_imm32 : Code.Sub_rm64_imm32, MOperand.UseDef(index, w), MOperand.I((long)min));
        CompareWith(index, w, (ulong)slots);
        var table = NewBlockHere();
        Branch(Cond.AE, defaultBlock, table);
        _block = table;
        var targets = new MBlock[slots];
        Array.Fill(targets, defaultBlock);
        foreach (var (v, dest) in cases) targets[(int)(v - min)] = dest;
        var ops = new MOperand[2 + slots];
        ops[0] = Use(index, 64);
        ops[1] = MOperand.I(_module.Pool.AddUnique(8 * slots, 8));
        for (int i = 0; i < slots; i++) ops[2 + i] = MOperand.B(targets[i]);
        Emit(new MInst(MOpcode.JmpTable, Code.INVALID, ops));
        return true;
    }

    /// <summary>Binary search over sorted case values; small ranges become a chain of equality tests.</summary>
    private void SwitchTree(int value, int w, List<(ulong Value, MBlock Dest)> cases, int lo, int hi, MBlock defaultBlock)
    {
        if (hi - lo <= 3)
        {
            for (int i = lo; i < hi; i++)
            {
                CompareWith(value, w, cases[i].Value);
                if (i == hi - 1) Branch(Cond.E, cases[i].Dest, defaultBlock);
                else
                {
                    var next = NewBlockHere();
                    Branch(Cond.E, cases[i].Dest, next);
                    _block = next;
                }
            }
            return;
        }
        int mid = (lo + hi) / 2;
        CompareWith(value, w, cases[mid].Value);
        var right = NewBlockHere();
        var left = NewBlockHere();
        // Unsigned order: values are zero-extended.
        Branch(Cond.AE, right, left);
        _block = left;
        SwitchTree(value, w, cases, lo, mid, defaultBlock);
        _block = right;
        SwitchTree(value, w, cases, mid, hi, defaultBlock);
    }

    private void CompareWith(int reg, int w, ulong constant)
    {
        if (w == 32 || constant <= int.MaxValue)
            Emit(w == 32 ? Code.Cmp_rm32_imm32 : Code.Cmp_rm64_imm32, Use(reg, w), MOperand.I(w == 32 ? unchecked((int)(uint)constant) : (long)constant));
        else
        {
            var c = NewGpr();
            LoadImmediate(c, constant);
            Emit(Code.Cmp_r64_rm64, Use(reg, 64), Use(c, 64));
        }
    }

    // ---------------------------------------------------------------- calls

    private void SelectCall(CallInst call)
    {
        if (call.Builtin != Builtin.None)
        {
            SelectBuiltin(call);
            return;
        }
        MOperand target;
        if (call.CalledFunction is { } f)
        {
            if (_module.IsDefined(f)) target = MOperand.Func(_module.FunctionIndex(f));
            else
            {
                var address = _module.ResolveExternal?.Invoke(f) ?? 0;
                if (address == 0)
                {
                    // Like the interpreter: calling an undefined function is an error when it happens.
                    EmitTrap(TrapKind.UndefinedFunction, f.Name);
                    var after = NewBlockHere();
                    _block = after;
                    if (!call.Type.IsVoid) Define(call);
                    if (IsSelected(call))
                        foreach (var r in Regs(call)) Emit(new MInst(MOpcode.ImplicitDef, Code.INVALID, MOperand.Def(r, _mf.ClassOf(r) == RegClass.Gpr ? 64 : 128)));
                    return;
                }
                target = MOperand.ConstantRef(64, _module.Pool.AddUInt64((ulong)address));
            }
        }
        else target = Use(Reg(call.Callee), 64);
        EmitCall(call, target, ArgumentsOf(call), call.ArgumentAttributes);
    }

    private static Value[] ArgumentsOf(CallInst call)
    {
        var args = new Value[call.ArgumentCount];
        for (int i = 0; i < args.Length; i++) args[i] = call.GetArgument(i);
        return args;
    }

    /// <summary>Calls a routine of the math library (or any function by address) with IR values.</summary>
    private void SelectLibraryCall(Instruction inst, Builtin op, IReadOnlyList<Value> args)
    {
        var routine = MathLibraryRoutine(op, inst.Type);
        EmitCall(inst, routine, args, null);
    }

    private void EmitCall(Instruction result, MOperand target, IReadOnlyList<Value> args, ParamAttributes[]? attrs)
    {
        var layout = CallLayout.For(CallType(result, args));
        _mf.MaxOutgoingArgBytes = Math.Max(_mf.MaxOutgoingArgBytes, layout.StackBytes);

        var argRegs = new List<(int Phys, int VReg, int Bits)>();
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            ReadOnlySpan<int> regs;
            if (attrs is not null && attrs[i].ByVal is { } byvalType)
            {
                // The callee gets its own copy: make it here and pass its address.
                long size = DataLayout.AllocSize(byvalType);
                int slot = _mf.NewSlot((int)Math.Max(size, 1), Math.Max(16, DataLayout.AbiAlignment(byvalType)));
                CopyMemory(MOperand.FrameSlot(0, slot), Address(arg), size);
                var p = NewGpr();
                Emit(Code.Lea_r64_m, MOperand.Def(p, 64), MOperand.FrameSlot(64, slot));
                regs = new[] { p };
            }
            else regs = Regs(arg);
            var parts = layout.ArgumentParts[i];
            for (int k = 0; k < parts.Length; k++)
            {
                var loc = layout.Arguments[i][k];
                int bits = parts[k].Class == RegClass.Gpr ? 64 : parts[k].Bits;
                if (loc.InRegister) argRegs.Add((loc.Register, regs[k], bits));
                else
                {
                    var mem = MOperand.Mem(0, X86.Rsp, -1, 1, loc.StackOffset);
                    if (parts[k].Class == RegClass.Gpr) Emit(Code.Mov_rm64_r64, mem.WithBits(64), Use(regs[k], 64));
                    else StorePart(regs[k], parts[k] with { Offset = 0 }, mem);
                }
            }
        }
        int resultSlot = -1;
        if (layout.ReturnsInMemory)
        {
            long size = DataLayout.AllocSize(result.Type);
            resultSlot = _mf.NewSlot((int)size, 32);
            var p = NewGpr();
            Emit(Code.Lea_r64_m, MOperand.Def(p, 64), MOperand.FrameSlot(64, resultSlot));
            argRegs.Add((X86.Rdi, p, 64));
        }
        // Copy arguments into their registers last, so nothing in between can clobber them.
        foreach (var (phys, vreg, bits) in argRegs) Copy(phys, vreg, bits);

        var uses = new int[argRegs.Count];
        for (int i = 0; i < uses.Length; i++) uses[i] = argRegs[i].Phys;
        var callInst = new MInst(MOpcode.Call, Code.INVALID, target)
        {
            ImplicitUses = uses,
            ImplicitDefs = X86.CallerSavedRegisters,
        };
        Emit(callInst);

        if (result.Type.IsVoid) return;
        var resultRegs = Define(result);
        var resultParts = TypeLowering.Parts(result.Type);
        if (layout.ReturnsInMemory)
        {
            for (int k = 0; k < resultParts.Length; k++) LoadPart(resultRegs[k], resultParts[k], MOperand.FrameSlot(0, resultSlot));
            return;
        }
        for (int k = 0; k < resultParts.Length; k++)
            Copy(resultRegs[k], layout.ResultRegisters[k], resultParts[k].Class == RegClass.Gpr ? 64 : resultParts[k].Bits);
    }

    /// <summary>
    /// The (non-variadic) function type of a call with these arguments and result: the call's own
    /// type when it matches (function types are interned, so that is the same object), else looked up.
    /// </summary>
    private static FunctionType CallType(Instruction result, IReadOnlyList<Value> args)
    {
        if (result is CallInst { FunctionType: { IsVarArg: false } declared } && ReferenceEquals(declared.ReturnType, result.Type) &&
            declared.Parameters.Count == args.Count)
        {
            bool same = true;
            for (int i = 0; i < args.Count && same; i++) same = ReferenceEquals(declared.Parameters[i], args[i].Type);
            if (same) return declared;
        }
        var types = new IrType[args.Count];
        for (int i = 0; i < types.Length; i++) types[i] = args[i].Type;
        return FunctionType.Get(result.Type, types);
    }

    /// <summary>The address of the library routine implementing a built-in for a type, as a pool reference.</summary>
    private MOperand MathLibraryRoutine(Builtin op, IrType type)
    {
        var address = _module.ResolveMathRoutine?.Invoke(op, type) ?? 0;
        if (address == 0) throw new JitUnsupportedException($"no library routine for {op} on {type}");
        return MOperand.ConstantRef(64, _module.Pool.AddUInt64((ulong)address));
    }
}
