// Translates one IR function into the interpreter's compact form (CompiledCode.cs): assigns every
// argument, constant and instruction result a slot, emits one record per instruction (hot scalar
// operations get their own OpKind, everything else a closure), lays blocks out in order and turns
// phis into parallel copies on the edges that enter their block.
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Interpreter;

internal sealed partial class FunctionCompiler
{
    private readonly Engine _engine;
    private readonly Function _function;
    private readonly Dictionary<Value, int> _valueSlots = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Constant, int> _constantSlots = new();
    private readonly List<ulong> _regs = [];
    private readonly List<object?> _objs = [];
    private bool _hasObjects;
    private readonly List<Op> _code = [];
    private readonly Dictionary<BasicBlock, int> _blockStart = new(ReferenceEqualityComparer.Instance);
    private readonly List<(Action<int> Patch, BasicBlock From, BasicBlock To)> _fixups = [];

    private FunctionCompiler(Engine engine, Function function)
    {
        _engine = engine;
        _function = function;
    }

    public static CompiledFunction Compile(Engine engine, Function function) => new FunctionCompiler(engine, function).Run();

    private CompiledFunction Run()
    {
        foreach (var arg in _function.Arguments) NewSlot(arg);
        foreach (var block in _function.Blocks)
        {
            _blockStart[block] = _code.Count;
            for (var inst = block.FirstNonPhi; inst is not null; inst = inst.Next) EmitInstruction(inst);
        }
        EmitEdges();
        return new CompiledFunction
        {
            Function = _function,
            Code = _code.ToArray(),
            RegTemplate = _regs.ToArray(),
            ObjTemplate = _objs.ToArray(),
            HasObjects = _hasObjects,
        };
    }

    // ---- slots ----

    private static bool IsObjectType(IrType t) => t.IsVector || t.IsAggregate;

    private int NewSlot(Value v)
    {
        int slot = _regs.Count;
        _regs.Add(0);
        _objs.Add(null);
        if (IsObjectType(v.Type)) _hasObjects = true;
        _valueSlots[v] = slot;
        return slot;
    }

    private int TempSlot()
    {
        _regs.Add(0);
        _objs.Add(null);
        return _regs.Count - 1;
    }

    /// <summary>The slot holding an operand (constants get a slot filled from the template).</summary>
    private int Slot(Value v)
    {
        if (v is Constant c)
        {
            if (_constantSlots.TryGetValue(c, out int cs)) return cs;
            var value = _engine.Values.Encode(c);
            int slot = _regs.Count;
            _regs.Add(value.S);
            _objs.Add(value.O);
            if (value.O is not null) _hasObjects = true;
            _constantSlots[c] = slot;
            return slot;
        }
        return _valueSlots.TryGetValue(v, out int s) ? s : NewSlot(v);
    }

    private int Result(Instruction inst) => Slot(inst);

    // ---- emission helpers ----

    private int Emit(Op op)
    {
        _code.Add(op);
        return _code.Count - 1;
    }

    private void EmitSlow(Instruction inst, SlowOp op) => Emit(new Op { Kind = OpKind.Slow, X = op, I = inst });

    private void EmitError(Instruction inst, string message) =>
        EmitSlow(inst, (_, _) => throw IrException.At(inst.Location, message));

    /// <summary>Records that a branch field must point at the code for edge from → to.</summary>
    private void Target(BasicBlock from, BasicBlock to, Action<int> patch) => _fixups.Add((patch, from, to));

    private void PatchField(int index, char field, int value)
    {
        var op = _code[index];
        switch (field)
        {
            case 'A': op.A = value; break;
            case 'B': op.B = value; break;
            default: op.C = value; break;
        }
        _code[index] = op;
    }

    /// <summary>
    /// Emits, for every edge into a block with phis, a stub doing the phi copies (in parallel: through
    /// temporaries when one copy would overwrite a source of another) followed by a jump.
    /// </summary>
    private void EmitEdges()
    {
        var stubs = new Dictionary<(BasicBlock, BasicBlock), int>();
        foreach (var (patch, from, to) in _fixups)
        {
            if (!to.Phis.Any())
            {
                patch(_blockStart[to]);
                continue;
            }
            if (!stubs.TryGetValue((from, to), out int stub))
            {
                stub = _code.Count;
                stubs[(from, to)] = stub;
                var moves = new List<(int Dest, int Src, Instruction Phi)>();
                foreach (var phi in to.Phis)
                {
                    var incoming = phi.GetValueForBlock(from);
                    int dest = Slot(phi);
                    int src = incoming is null ? Slot(Constant.NullValue(phi.Type)) : Slot(incoming);
                    if (src != dest) moves.Add((dest, src, phi));
                }
                var dests = moves.Select(m => m.Dest).ToHashSet();
                bool conflict = moves.Any(m => dests.Contains(m.Src));
                if (conflict)
                {
                    var temps = new int[moves.Count];
                    for (int i = 0; i < moves.Count; i++)
                    {
                        temps[i] = TempSlot();
                        Emit(new Op { Kind = OpKind.Copy, D = temps[i], A = moves[i].Src, I = moves[i].Phi });
                    }
                    for (int i = 0; i < moves.Count; i++)
                        Emit(new Op { Kind = OpKind.Copy, D = moves[i].Dest, A = temps[i], I = moves[i].Phi });
                }
                else
                {
                    foreach (var m in moves) Emit(new Op { Kind = OpKind.Copy, D = m.Dest, A = m.Src, I = m.Phi });
                }
                Emit(new Op { Kind = OpKind.Jump, A = _blockStart[to] });
            }
            patch(stub);
        }
    }

    // ---- instructions ----

    private void EmitInstruction(Instruction inst)
    {
        switch (inst)
        {
            case BinaryInst b: EmitBinary(b); break;
            case UnaryInst u: EmitFNeg(u); break;
            case ICmpInst c: EmitICmp(c); break;
            case FCmpInst c: EmitFCmp(c); break;
            case CastInst c: EmitCast(c); break;
            case SelectInst s: EmitSelect(s); break;
            case FreezeInst f: Emit(new Op { Kind = OpKind.Copy, D = Result(f), A = Slot(f.Operand), I = f }); break;
            case AllocaInst a: EmitAlloca(a); break;
            case LoadInst l: EmitLoad(l); break;
            case StoreInst s: EmitStore(s); break;
            case GetElementPtrInst g: EmitGep(g); break;
            case ExtractValueInst e: EmitExtractValue(e); break;
            case InsertValueInst e: EmitInsertValue(e); break;
            case ExtractElementInst e: EmitExtractElement(e); break;
            case InsertElementInst e: EmitInsertElement(e); break;
            case ShuffleVectorInst s: EmitShuffle(s); break;
            case CallInst c: EmitCall(c); break;
            case ReturnInst r:
                Emit(r.ReturnValue is { } rv
                    ? new Op { Kind = OpKind.Ret, A = Slot(rv), I = r }
                    : new Op { Kind = OpKind.RetVoid, I = r });
                break;
            case BranchInst br: EmitBranch(br); break;
            case SwitchInst sw: EmitSwitch(sw); break;
            case UnreachableInst u: Emit(new Op { Kind = OpKind.Unreachable, I = u }); break;
            default: EmitError(inst, $"the interpreter does not support '{inst.Opcode.Name()}'"); break;
        }
    }

    private void EmitBranch(BranchInst br)
    {
        var from = br.Parent!;
        if (!br.IsConditional)
        {
            int i = Emit(new Op { Kind = OpKind.Jump, I = br });
            Target(from, br.TrueTarget, t => PatchField(i, 'A', t));
            return;
        }
        int j = Emit(new Op { Kind = OpKind.Branch, A = Slot(br.Condition!), I = br });
        Target(from, br.TrueTarget, t => PatchField(j, 'B', t));
        Target(from, br.FalseTarget, t => PatchField(j, 'C', t));
    }

    private void EmitSwitch(SwitchInst sw)
    {
        var table = new SwitchTable { Values = new ulong[sw.CaseCount], Targets = new int[sw.CaseCount] };
        for (int k = 0; k < sw.CaseCount; k++) table.Values[k] = sw.GetCaseValue(k).Bits;
        int i = Emit(new Op { Kind = OpKind.Switch, A = Slot(sw.Condition), X = table, I = sw });
        var from = sw.Parent!;
        Target(from, sw.DefaultDest, t => table.Default = t);
        for (int k = 0; k < sw.CaseCount; k++)
        {
            int index = k;
            Target(from, sw.GetCaseDest(k), t => table.Targets[index] = t);
        }
        _ = i;
    }
}

/// <summary>The cases of a switch: values and their code targets, with a hash map for big switches.</summary>
internal sealed class SwitchTable
{
    public required ulong[] Values;
    public required int[] Targets;
    public int Default;
    private Dictionary<ulong, int>? _map;

    public int Find(ulong value)
    {
        if (Values.Length <= 8)
        {
            for (int i = 0; i < Values.Length; i++)
                if (Values[i] == value) return Targets[i];
            return Default;
        }
        if (_map is null)
        {
            _map = new Dictionary<ulong, int>();
            for (int i = Values.Length - 1; i >= 0; i--) _map[Values[i]] = Targets[i];
        }
        return _map.TryGetValue(value, out int t) ? t : Default;
    }
}
