// Instruction selection: SSA IR to machine IR over virtual registers, one function at a time.
// This file holds the driver (blocks, phis, the value-to-register map) and the helpers every
// pattern uses (materializing constants, normalizing narrow integers). The patterns themselves
// are in Isel.*.cs by area. Instructions whose result is folded into a user (a compare feeding a
// branch, an address feeding a load) are skipped here and emitted at the user.
using Iced.Intel;
using PyIR.Backend.Emit;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using Instruction = PyIR.Frontend.Ir.Instruction;

namespace PyIR.Backend.Isel;

public enum TrapKind { DivideByZero = 1, DivideOverflow = 2, Unreachable = 3, Trap = 4, UndefinedFunction = 5, StackOverflow = 6, MemoryFault = 7 }

/// <summary>A place where generated code may stop with an error, and what to report.</summary>
public readonly record struct TrapSite(TrapKind Kind, SourceLocation? Location, string? Detail);

public sealed partial class InstructionSelector
{
    private readonly ModuleContext _module;
    private readonly Function _function;
    private readonly MFunction _mf;
    private readonly Dictionary<Value, int[]> _regs = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BasicBlock, MBlock> _entryBlocks = [];
    private readonly Dictionary<BasicBlock, MBlock> _exitBlocks = [];
    private readonly Dictionary<AllocaInst, int> _staticAllocas = [];
    private readonly HashSet<Instruction> _folded = new(ReferenceEqualityComparer.Instance);
    private readonly List<(PhiInst Phi, MInst[] Machine)> _phis = [];
    private readonly List<TrapSite> _trapSites;
    private MBlock _block = null!;
    private Instruction? _current;
    private int _sretPointer = -1;

    private InstructionSelector(ModuleContext module, Function function, List<TrapSite> trapSites)
    {
        _module = module;
        _function = function;
        _trapSites = trapSites;
        _mf = new MFunction(function.Name);
    }

    /// <summary>Selects machine instructions for one defined function.</summary>
    public static MFunction Select(ModuleContext module, Function function, List<TrapSite> trapSites)
    {
        var isel = new InstructionSelector(module, function, trapSites);
        isel.Run();
        return isel._mf;
    }

    private void Run()
    {
        foreach (var b in _function.Blocks) _entryBlocks[b] = _mf.NewBlock(b);
        FindFoldableInstructions();
        _block = _entryBlocks[_function.EntryBlock!];
        LowerArguments();
        AllocateStaticAllocas();
        // Reverse post-order: every definition is selected before its uses (phis are filled last),
        // and unreachable blocks are never selected.
        foreach (var b in ReversePostOrder(_function))
        {
            _block = _entryBlocks[b];
            foreach (var inst in b.Instructions)
            {
                _current = inst;
                if (inst is PhiInst phi) { SelectPhi(phi); continue; }
                if (_folded.Contains(inst)) continue;
                Select(inst);
            }
            _exitBlocks[b] = _block;
        }
        ComputeEdges();
        FillPhis();
    }

    private static List<BasicBlock> ReversePostOrder(Function f)
    {
        var post = new List<BasicBlock>();
        var visited = new HashSet<BasicBlock>();
        var stack = new Stack<(BasicBlock Block, IEnumerator<BasicBlock> Next)>();
        visited.Add(f.EntryBlock!);
        stack.Push((f.EntryBlock!, f.EntryBlock!.Successors.GetEnumerator()));
        while (stack.Count > 0)
        {
            var (b, next) = stack.Peek();
            if (next.MoveNext())
            {
                if (visited.Add(next.Current)) stack.Push((next.Current, next.Current.Successors.GetEnumerator()));
            }
            else
            {
                stack.Pop();
                post.Add(b);
            }
        }
        post.Reverse();
        return post;
    }

    // ---------------------------------------------------------------- values and registers

    private void Emit(MInst inst)
    {
        inst.Origin = _current;
        _block.Instructions.Add(inst);
    }

    private void Emit(Code code, params MOperand[] ops) => Emit(MInst.Native(code, ops));

    private int NewGpr() => _mf.NewVReg(RegClass.Gpr, 64);
    private int NewVec(int bits = 128) => _mf.NewVReg(RegClass.Vec, bits);

    private int NewReg(Part p) => _mf.NewVReg(p.Class, p.Class == RegClass.Gpr ? 64 : p.Bits);

    /// <summary>Fresh registers for the parts of an instruction's result.</summary>
    private int[] Define(Value v)
    {
        var parts = TypeLowering.Parts(v.Type);
        var regs = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++) regs[i] = NewReg(parts[i]);
        _regs[v] = regs;
        return regs;
    }

    private int DefineOne(Value v)
    {
        var regs = Define(v);
        if (regs.Length != 1) throw new InvalidOperationException($"{v.Type} is not a single register");
        return regs[0];
    }

    private void Bind(Value v, params int[] regs) => _regs[v] = regs;

    /// <summary>The registers holding a value's parts (materializing constants into fresh registers).</summary>
    private int[] Regs(Value v)
    {
        if (_regs.TryGetValue(v, out var r)) return r;
        if (v is Constant c) return MaterializeConstant(c);
        if (v is AllocaInst a && _staticAllocas.TryGetValue(a, out int slot))
        {
            // A fixed stack slot's address: recomputed at each use (one lea), never kept live.
            var address = NewGpr();
            Emit(Code.Lea_r64_m, MOperand.Def(address, 64), MOperand.FrameSlot(64, slot));
            return [address];
        }
        if (v is Instruction i && _folded.Contains(i))
        {
            // A folded instruction whose value is needed after all: emit it now.
            _folded.Remove(i);
            var saved = _current;
            _current = i;
            Select(i);
            _current = saved;
            return _regs[v];
        }
        throw new InvalidOperationException($"value {v} used before it was selected");
    }

    private int Reg(Value v)
    {
        var r = Regs(v);
        if (r.Length != 1) throw new InvalidOperationException($"{v.Type} is not a single register");
        return r[0];
    }

    private static MOperand Use(int reg, int bits) => MOperand.R(reg, bits);

    private int[] MaterializeConstant(Constant c)
    {
        var parts = TypeLowering.Parts(c.Type);
        var regs = new int[parts.Length];
        var bytes = ConstantBytes.Of(c, _module);
        for (int i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            var reg = NewReg(p);
            regs[i] = reg;
            if (p.Class == RegClass.Gpr)
            {
                if (p.Type.IsPointer && bytes.Relocations.TryGetValue(p.Offset, out var target))
                    LoadAddressOf(reg, target.Global, target.Addend);
                else
                    LoadImmediate(reg, BitConverter.ToUInt64(Pad(bytes.Data, p.Offset, 8)));
            }
            else
            {
                // Scalars load 4 or 8 bytes (half is padded to 4), vectors their whole register.
                int size = p.Type.IsFloatingPoint ? Math.Max(4, (int)DataLayout.StoreSize(p.Type)) : p.Bits / 8;
                var data = Pad(bytes.Data, p.Offset, size);
                if (TypeLowering.IsMask(p.Type, out int lanes)) MaskLayout.Unpack(bytes.Data.AsSpan((int)p.Offset), lanes, data);
                if (data.All(b => b == 0))
                    Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(reg, 128), Use(reg, 128), Use(reg, 128));
                else
                {
                    var entry = _module.Pool.Add(data, Math.Min(size, 32));
                    Emit(p.Bits == 256 ? Code.VEX_Vmovups_ymm_ymmm256 : size == 4 ? Code.VEX_Vmovss_xmm_m32 : size == 8 ? Code.VEX_Vmovsd_xmm_m64 : Code.VEX_Vmovups_xmm_xmmm128,
                        MOperand.Def(reg, p.Bits), MOperand.ConstantRef(size * 8, entry));
                }
            }
        }
        return regs;
    }

    private static byte[] Pad(byte[] data, long offset, int size)
    {
        var result = new byte[size];
        for (int i = 0; i < size && offset + i < data.Length; i++) result[i] = data[offset + i];
        return result;
    }

    /// <summary>Set while code is inserted between a compare and its branch: constants must not touch the flags.</summary>
    private bool _preserveFlags;

    private void LoadImmediate(int reg, ulong value)
    {
        if (value == 0 && !_preserveFlags)
            Emit(Code.Xor_r32_rm32, MOperand.Def(reg, 32), Use(reg, 32));
        else if (value <= uint.MaxValue)
            Emit(Code.Mov_r32_imm32, MOperand.Def(reg, 32), MOperand.I((long)value));
        else if ((long)value >= int.MinValue && (long)value < 0)
            Emit(Code.Mov_rm64_imm32, MOperand.Def(reg, 64), MOperand.I((long)value));
        else
            Emit(Code.Mov_r64_imm64, MOperand.Def(reg, 64), MOperand.I((long)value));
    }

    private void LoadAddressOf(int reg, GlobalValue target, long addend)
    {
        switch (target)
        {
            case GlobalVariable g:
                Emit(Code.Lea_r64_m, MOperand.Def(reg, 64), MOperand.GlobalRef(64, _module.GlobalIndex(g), addend));
                break;
            case Function f when _module.IsDefined(f):
                Emit(Code.Lea_r64_m, MOperand.Def(reg, 64), new MOperand
                {
                    Kind = MOperandKind.Mem, AddrBase = AddrBase.Function, Slot = _module.FunctionIndex(f), Reg = -1, Index = -1, Scale = 1, Imm = addend, Bits = 64,
                });
                break;
            case Function f:
            {
                var address = ExternalAddress(f);
                var entry = _module.Pool.AddUInt64((ulong)address + (ulong)addend);
                Emit(Code.Mov_r64_rm64, MOperand.Def(reg, 64), MOperand.ConstantRef(64, entry));
                break;
            }
            default:
                throw new InvalidOperationException($"cannot take the address of {target}");
        }
    }

    private nint ExternalAddress(Function f)
    {
        var address = _module.ResolveExternal?.Invoke(f) ?? 0;
        if (address == 0)
            throw new JitUnsupportedException($"call to '@{f.Name}', which is declared but not defined");
        return address;
    }

    /// <summary>Makes sure the low <paramref name="bits"/> of <paramref name="reg"/> are zero-extended to the op width.</summary>
    private int ZeroExtend(int reg, int bits, int toBits)
    {
        if (bits >= toBits) return reg;
        var r = NewGpr();
        switch (bits)
        {
            case 8: Emit(Code.Movzx_r32_rm8, MOperand.Def(r, 32), Use(reg, 8)); break;
            case 16: Emit(Code.Movzx_r32_rm16, MOperand.Def(r, 32), Use(reg, 16)); break;
            case 32: Emit(Code.Mov_r32_rm32, MOperand.Def(r, 32), Use(reg, 32)); break;
            default:
                if (bits < 32)
                {
                    Emit(Code.Mov_r32_rm32, MOperand.Def(r, 32), Use(reg, 32));
                    Emit(Code.And_rm32_imm32, MOperand.UseDef(r, 32), MOperand.I((1L << bits) - 1));
                }
                else
                {
                    // bzhi would need the count in a register; two shifts are as cheap.
                    Emit(Code.Mov_r64_rm64, MOperand.Def(r, 64), Use(reg, 64));
                    Emit(Code.Shl_rm64_imm8, MOperand.UseDef(r, 64), MOperand.I(64 - bits));
                    Emit(Code.Shr_rm64_imm8, MOperand.UseDef(r, 64), MOperand.I(64 - bits));
                }
                break;
        }
        return r;
    }

    /// <summary>Makes sure the low <paramref name="bits"/> of <paramref name="reg"/> are sign-extended to the op width.</summary>
    private int SignExtend(int reg, int bits, int toBits)
    {
        if (bits >= toBits) return reg;
        var r = NewGpr();
        switch (bits)
        {
            case 8: Emit(toBits == 64 ? Code.Movsx_r64_rm8 : Code.Movsx_r32_rm8, MOperand.Def(r, toBits), Use(reg, 8)); break;
            case 16: Emit(toBits == 64 ? Code.Movsx_r64_rm16 : Code.Movsx_r32_rm16, MOperand.Def(r, toBits), Use(reg, 16)); break;
            case 32: Emit(Code.Movsxd_r64_rm32, MOperand.Def(r, 64), Use(reg, 32)); break;
            default:
                if (toBits == 32)
                {
                    Emit(Code.Mov_r32_rm32, MOperand.Def(r, 32), Use(reg, 32));
                    Emit(Code.Shl_rm32_imm8, MOperand.UseDef(r, 32), MOperand.I(32 - bits));
                    Emit(Code.Sar_rm32_imm8, MOperand.UseDef(r, 32), MOperand.I(32 - bits));
                }
                else
                {
                    Emit(Code.Mov_r64_rm64, MOperand.Def(r, 64), Use(reg, 64));
                    Emit(Code.Shl_rm64_imm8, MOperand.UseDef(r, 64), MOperand.I(64 - bits));
                    Emit(Code.Sar_rm64_imm8, MOperand.UseDef(r, 64), MOperand.I(64 - bits));
                }
                break;
        }
        return r;
    }

    private void Copy(int dst, int src, int bits) =>
        Emit(new MInst(MOpcode.Copy, Code.INVALID, MOperand.Def(dst, bits), Use(src, bits)));

    // ---------------------------------------------------------------- blocks and phis

    private void SelectPhi(PhiInst phi)
    {
        var regs = Define(phi);
        var parts = TypeLowering.Parts(phi.Type);
        var machine = new MInst[regs.Length];
        for (int k = 0; k < regs.Length; k++)
        {
            var ops = new MOperand[] { MOperand.Def(regs[k], parts[k].Class == RegClass.Gpr ? 64 : parts[k].Bits) };
            machine[k] = new MInst(MOpcode.Phi, Code.INVALID, ops) { Origin = phi };
            _block.Instructions.Add(machine[k]);
        }
        _phis.Add((phi, machine));
    }

    /// <summary>
    /// Phi operands are filled in last, one per machine predecessor: incoming values may be defined
    /// later in layout order, and one IR edge may have become several machine edges (a switch tree,
    /// an fcmp needing two branches). Each machine block knows the IR block it was selected for.
    /// </summary>
    private void FillPhis()
    {
        foreach (var (phi, machine) in _phis)
        {
            var parts = TypeLowering.Parts(phi.Type);
            var target = _entryBlocks[phi.Parent!];
            foreach (var pred in target.Predecessors)
            {
                var incoming = phi.GetValueForBlock(pred.Source!)
                    ?? throw new InvalidOperationException($"phi in {phi.Parent} has no entry for {pred.Source}");
                int[] regs;
                if ((incoming is Constant c && !_regs.ContainsKey(c)) || (incoming is AllocaInst a && _staticAllocas.ContainsKey(a)))
                {
                    // Materialize constants (and stack-slot addresses) at the end of the predecessor, before its terminator.
                    var saved = _block;
                    _block = pred;
                    _preserveFlags = true;
                    int before = pred.Instructions.Count;
                    regs = Regs(incoming);
                    _preserveFlags = false;
                    var added = pred.Instructions.GetRange(before, pred.Instructions.Count - before);
                    pred.Instructions.RemoveRange(before, added.Count);
                    int insertAt = pred.Instructions.FindIndex(m => m.IsTerminator);
                    pred.Instructions.InsertRange(insertAt < 0 ? pred.Instructions.Count : insertAt, added);
                    _block = saved;
                }
                else regs = Regs(incoming);
                for (int k = 0; k < machine.Length; k++)
                {
                    int bits = parts[k].Class == RegClass.Gpr ? 64 : parts[k].Bits;
                    var ops = machine[k].Operands;
                    Array.Resize(ref ops, ops.Length + 2);
                    ops[^2] = Use(regs[k], bits);
                    ops[^1] = MOperand.B(pred);
                    machine[k].Operands = ops;
                }
            }
        }
    }

    private void ComputeEdges()
    {
        foreach (var b in _mf.Blocks)
        {
            b.Successors.Clear();
            b.Predecessors.Clear();
        }
        foreach (var b in _mf.Blocks)
        {
            foreach (var inst in b.Instructions)
            {
                if (!inst.IsTerminator) continue;
                foreach (var op in inst.Operands)
                    if (op.Kind == MOperandKind.Block && !b.Successors.Contains(op.Block!))
                        b.Successors.Add(op.Block!);
            }
            foreach (var s in b.Successors) s.Predecessors.Add(b);
        }
    }

    /// <summary>Ends the current machine block with a conditional branch to a trap and continues in a new block.</summary>
    private void TrapIf(Cond cond, TrapKind kind, string? detail = null)
    {
        var trap = _mf.NewBlock(_current?.Parent);
        var cont = _mf.NewBlock(_current?.Parent);
        Emit(new MInst(MOpcode.Jcc, Code.INVALID, MOperand.C(cond), MOperand.B(trap), MOperand.B(cont)));
        _trapSites.Add(new TrapSite(kind, _current?.Location, detail));
        trap.Instructions.Add(new MInst(MOpcode.Trap, Code.INVALID, MOperand.I(_trapSites.Count - 1)) { Origin = _current });
        _block = cont;
    }

    private void EmitTrap(TrapKind kind, string? detail = null)
    {
        _trapSites.Add(new TrapSite(kind, _current?.Location, detail));
        Emit(new MInst(MOpcode.Trap, Code.INVALID, MOperand.I(_trapSites.Count - 1)));
    }

    // ---------------------------------------------------------------- dispatch

    private void Select(Instruction inst)
    {
        switch (inst)
        {
            case BinaryInst b: SelectBinary(b); break;
            case UnaryInst u: SelectFNeg(u); break;
            case ICmpInst ic: SelectICmpValue(ic); break;
            case FCmpInst fc: SelectFCmpValue(fc); break;
            case CastInst c: SelectCast(c); break;
            case SelectInst s: SelectSelect(s); break;
            case FreezeInst f: Bind(f, Regs(f.Operand)); break;
            case AllocaInst a: SelectAlloca(a); break;
            case LoadInst l: SelectLoad(l); break;
            case StoreInst s: SelectStore(s); break;
            case GetElementPtrInst g: SelectGep(g); break;
            case ExtractValueInst ev: SelectExtractValue(ev); break;
            case InsertValueInst iv: SelectInsertValue(iv); break;
            case ExtractElementInst ee: SelectExtractElement(ee); break;
            case InsertElementInst ie: SelectInsertElement(ie); break;
            case ShuffleVectorInst sv: SelectShuffle(sv); break;
            case CallInst call: SelectCall(call); break;
            case ReturnInst r: SelectReturn(r); break;
            case BranchInst br: SelectBranch(br); break;
            case SwitchInst sw: SelectSwitch(sw); break;
            case UnreachableInst: EmitTrap(TrapKind.Unreachable); break;
            default: throw new JitUnsupportedException($"the JIT does not support '{inst.Opcode.Name()}'");
        }
    }

    /// <summary>
    /// Marks instructions that are emitted as part of their single user: compares feeding a branch
    /// or select in the same block, address computations feeding loads and stores, loads feeding
    /// floating-point arithmetic.
    /// </summary>
    private void FindFoldableInstructions()
    {
        foreach (var b in _function.Blocks)
        {
            foreach (var inst in b.Instructions)
            {
                if (inst is ICmpInst or FCmpInst && inst.Users.Count == 1 && inst.Users[0] is Instruction user &&
                    ReferenceEquals(user.Parent, b) && !inst.Type.IsVector &&
                    (user is BranchInst || (user is SelectInst sel && ReferenceEquals(sel.Condition, inst) && !sel.Type.IsVector)) &&
                    IsBetween(inst, user))
                    _folded.Add(inst);
                else if (inst is GetElementPtrInst gep && !gep.Type.IsVector && gep.Users.Count > 0 &&
                         gep.Users.All(u => u is LoadInst || (u is StoreInst s && ReferenceEquals(s.Pointer, gep) && !ReferenceEquals(s.StoredValue, gep))) &&
                         gep.Users.All(u => ReferenceEquals(((Instruction)u).Parent, b)))
                    _folded.Add(inst);
                else if (IsFoldableLoad(inst)) _folded.Add(inst); // Isel.LoadFolding.cs
            }
        }
    }

    /// <summary>
    /// True if nothing between the compare and its user changes the flags' inputs in a way that
    /// matters: the compare's operands are SSA values, so only position matters — the user must
    /// come after the compare in the same block (always true for a single-use compare in SSA).
    /// </summary>
    private static bool IsBetween(Instruction def, Instruction user)
    {
        for (var i = def.Next; i is not null; i = i.Next)
            if (ReferenceEquals(i, user)) return true;
        return false;
    }
}

/// <summary>Raised when a module uses something the JIT cannot compile; the engine then falls back to the interpreter.</summary>
public sealed class JitUnsupportedException(string message) : Exception(message);
