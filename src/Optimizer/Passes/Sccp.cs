// Sparse conditional constant propagation (Wegman & Zadeck): values start "unknown", become a
// constant, or "overdefined"; blocks and CFG edges start non-executable and become executable as
// branches are evaluated, so a constant that only holds because a branch is never taken is found.
// Afterwards every instruction with a constant value is replaced by it, and branches and switches on
// constant conditions become unconditional (the dead blocks are left to SimplifyCfg).
// Refuses: undef and poison operands are overdefined (never "any value we like"), only scalar
// integers/floats are tracked (ConstantFolder's rules, bit-exact with the interpreter, pure built-in
// calls included), divisions that would trap stay, and loads, other calls and other instructions
// with memory effects are overdefined.
// Idempotent: the rewritten function has the same solution, and every value found constant was
// replaced (and every branch on one folded), so a second run finds nothing.
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class Sccp : IIdempotentPass
{
    public string Name => "sccp";

    private enum State : byte { Unknown, Const, Over }

    private readonly record struct Lattice(State State, Constant? Value)
    {
        public static readonly Lattice Unknown = new(State.Unknown, null);
        public static readonly Lattice Over = new(State.Over, null);
        public static Lattice Of(Constant c) => new(State.Const, c);
    }

    // One solver per pass instance, its tables reused (and grown) from function to function.
    private Solver? _solver;

    public bool Run(Function f)
    {
        if (!MayFindConstant(f)) return false;
        return (_solver ??= new Solver()).Run(f);
    }

    /// <summary>
    /// False when the solver cannot find any constant, so running it would change nothing. Values
    /// start unknown and arguments, loads, calls and non-scalar constants are overdefined, so the
    /// first value the solver ever finds constant has a scalar constant operand of its own: a phi
    /// or select with one among its operands, or a foldable instruction whose operands all are.
    /// Every later constant (and every branch folded on one) descends from such a first one.
    /// Without any, no value becomes constant and no branch is folded.
    /// </summary>
    private static bool MayFindConstant(Function f)
    {
        foreach (var b in f.Blocks)
            for (var i = b.First; i is not null; i = i.Next)
                switch (i)
                {
                    case PhiInst or SelectInst:
                        for (int k = 0; k < i.OperandCount; k++)
                            if (ConstantFolder.AsScalar(i.GetOperand(k)) is not null) return true;
                        break;
                    case BranchInst { IsConditional: true } br:
                        if (ConstantFolder.AsScalar(br.Condition!) is not null) return true;
                        break;
                    case SwitchInst sw:
                        if (ConstantFolder.AsScalar(sw.Condition) is not null) return true;
                        break;
                    case BinaryInst or UnaryInst or ICmpInst or FCmpInst or CastInst or FreezeInst:
                    case CallInst { Builtin: not Builtin.None, HasSideEffects: false, HasResult: true }:
                    {
                        bool all = true;
                        int operands = i is CallInst call ? call.ArgumentCount : i.OperandCount; // (not the callee)
                        for (int k = 0; k < operands && all; k++)
                            all = ConstantFolder.AsScalar(i.GetOperand(k)) is not null;
                        if (all) return true;
                        break;
                    }
                }
        return false;
    }

    private struct Slot<T> where T : class
    {
        public T Item;
    }

    private sealed class Solver
    {
        // Blocks and instructions are numbered (Value.Scratch) to index these tables; a number is
        // trusted only when it is below the count and the table at that index holds the same object.
        // The tables are kept for the next function (only the first counts entries are used).
        private Function f = null!;
        private int _blockCount, _instCount;
        private Slot<BasicBlock>[] _blockOf = []; // (struct slots: a store needs no array type check)
        private bool[] _executable = [];
        private Slot<Instruction>[] _instOf = [];
        private Lattice[] _values = [];
        private readonly HashSet<long> _edges = []; // from * blocks + to
        private readonly Func<Value, Constant?> _known;
        private readonly InstructionStack _work = new();
        private int[] _blocks = []; // executable blocks not visited yet (indices), a stack
        private int _blockTop;
        private readonly List<Instruction> _constants = []; // every instruction whose value became a constant
        // Blocks whose instructions were visited in order already (by block index); the block being
        // visited, and the number of the current instruction. A user in a block not visited yet, or
        // further down the block being visited, need not be queued: the visit in order gets to it.
        private bool[] _scanned = [];
        private BasicBlock? _scanning;
        private int _scanAt;

        public Solver() => _known = v => Get(v).Value;

        private void Reset(Function function)
        {
            f = function;
            var blocks = f.Blocks;
            _blockCount = blocks.Count;
            if (_blockOf.Length < _blockCount)
            {
                int size = Math.Max(_blockCount, _blockOf.Length * 2);
                _blockOf = new Slot<BasicBlock>[size];
                _blocks = new int[size];
                _executable = new bool[size];
                _scanned = new bool[size];
            }
            else
            {
                Array.Clear(_executable, 0, _blockCount);
                Array.Clear(_scanned, 0, _blockCount);
            }
            int n = 0;
            for (int b = 0; b < blocks.Count; b++)
            {
                _blockOf[b].Item = blocks[b];
                blocks[b].Scratch = b;
                n += blocks[b].Count;
            }
            _instCount = n;
            if (_instOf.Length < n)
            {
                int size = Math.Max(n, _instOf.Length * 2);
                _instOf = new Slot<Instruction>[size];
                _values = new Lattice[size]; // default: Unknown
            }
            else Array.Clear(_values, 0, n);
            int k = 0;
            foreach (var b in blocks)
                for (var i = b.First; i is not null; i = i.Next)
                {
                    i.Scratch = k;
                    _instOf[k++].Item = i;
                }
            _edges.Clear();
            _constants.Clear();
        }

        private int BlockIndex(BasicBlock b) =>
            (uint)b.Scratch < (uint)_blockCount && ReferenceEquals(_blockOf[b.Scratch].Item, b) ? b.Scratch : -1;

        private int InstIndex(Instruction i) =>
            (uint)i.Scratch < (uint)_instCount && ReferenceEquals(_instOf[i.Scratch].Item, i) ? i.Scratch : -1;

        private bool IsExecutable(BasicBlock b) => BlockIndex(b) is int k && k >= 0 && _executable[k];

        public bool Run(Function function)
        {
            Reset(function);
            MarkBlock(f.EntryBlock!);
            while (_work.Count > 0 || _blockTop > 0)
            {
                while (_work.Count > 0)
                {
                    var i = _work.Pop();
                    if (i.Parent is { } b && IsExecutable(b)) Visit(i);
                }
                if (_blockTop > 0)
                {
                    int bi = _blocks[--_blockTop];
                    _scanning = _blockOf[bi].Item;
                    _scanned[bi] = true;
                    for (var i = _scanning.First; i is not null; i = i.Next)
                    {
                        _scanAt = i.Scratch;
                        Visit(i);
                    }
                    _scanning = null;
                }
            }
            return Rewrite();
        }

        private Lattice Get(Value v)
        {
            if (v.AsInstruction is { } i) return InstIndex(i) is int k && k >= 0 ? _values[k] : Lattice.Unknown;
            return ConstantFolder.AsScalar(v) is { } c ? Lattice.Of(c) : Lattice.Over;
        }

        private void Set(Instruction i, Lattice v)
        {
            var old = Get(i);
            if (v.State == State.Unknown) return;
            if (old.State == v.State && (v.State != State.Const || old.Value!.Equals(v.Value))) return;
            // A value only moves down the lattice; a second, different constant means overdefined.
            if (old.State == State.Const && v.State == State.Const) v = Lattice.Over;
            if (old.State == State.Over) return;
            _values[InstIndex(i)] = v; // visited instructions are f's, so numbered
            if (v.State == State.Const) _constants.Add(i);
            // Users to look at again; one that is overdefined already stays so (Visit would return
            // at once), unless it has no value (a branch is evaluated every time). A user in a block
            // of f is one of f's instructions, numbered since the start: its Scratch is its number.
            for (int k = 0; k < i.UserCount; k++)
            {
                if (i.GetUser(k).AsInstruction is not { Parent: { } ub } ui) continue;
                int bi = BlockIndex(ub);
                if (bi < 0) continue; // not in f's blocks: never visited
                int u = ui.Scratch;
                if (ReferenceEquals(ub, _scanning) ? u > _scanAt : !_scanned[bi]) continue;
                if (ui.HasResult && _values[u].State == State.Over) continue;
                _work.Push(ui);
            }
        }

        private void MarkBlock(BasicBlock b)
        {
            int k = BlockIndex(b);
            if (k < 0 || _executable[k]) return;
            _executable[k] = true;
            _blocks[_blockTop++] = k;
        }

        private long EdgeKey(BasicBlock from, BasicBlock to) => (long)BlockIndex(from) * _blockCount + BlockIndex(to);

        private void MarkEdge(BasicBlock from, BasicBlock to)
        {
            if (!_edges.Add(EdgeKey(from, to))) return;
            if (IsExecutable(to))
                for (var i = to.First; i is PhiInst phi; i = i.Next) _work.Push(phi);
            else MarkBlock(to);
        }

        private static Lattice Meet(Lattice a, Lattice b)
        {
            if (a.State == State.Unknown) return b;
            if (b.State == State.Unknown) return a;
            if (a.State == State.Over || b.State == State.Over) return Lattice.Over;
            return a.Value!.Equals(b.Value) ? a : Lattice.Over;
        }

        private void Visit(Instruction inst)
        {
            // An overdefined value stays overdefined (Set ignores anything else), so there is nothing
            // to recompute; terminators have no result and are always evaluated.
            if (inst.HasResult && InstIndex(inst) is int self && self >= 0 && _values[self].State == State.Over) return;
            switch (inst)
            {
                case PhiInst phi:
                {
                    if (!ConstantFolder.IsFoldableType(phi.Type)) { Set(phi, Lattice.Over); return; }
                    var v = Lattice.Unknown;
                    for (int k = 0; k < phi.IncomingCount; k++)
                        if (_edges.Contains(EdgeKey(phi.GetIncomingBlock(k), phi.Parent!))) v = Meet(v, Get(phi.GetIncomingValue(k)));
                    Set(phi, v);
                    return;
                }
                case BranchInst br:
                {
                    if (!br.IsConditional) { MarkEdge(br.Parent!, br.TrueTarget); return; }
                    var c = Get(br.Condition!);
                    if (c.State == State.Unknown) return;
                    if (c.State == State.Const)
                        MarkEdge(br.Parent!, ((ConstantInt)c.Value!).IsZeroValue ? br.FalseTarget : br.TrueTarget);
                    else
                    {
                        MarkEdge(br.Parent!, br.TrueTarget);
                        MarkEdge(br.Parent!, br.FalseTarget);
                    }
                    return;
                }
                case SwitchInst sw:
                {
                    var c = Get(sw.Condition);
                    if (c.State == State.Unknown) return;
                    if (c.State == State.Const)
                    {
                        MarkEdge(sw.Parent!, Target(sw, (ConstantInt)c.Value!));
                        return;
                    }
                    MarkEdge(sw.Parent!, sw.DefaultDest);
                    foreach (var (_, dest) in sw.Cases) MarkEdge(sw.Parent!, dest);
                    return;
                }
                case SelectInst sel:
                {
                    if (!ConstantFolder.IsFoldableType(sel.Type) || sel.Condition.Type is not IntegerType) { Set(sel, Lattice.Over); return; }
                    var c = Get(sel.Condition);
                    if (c.State == State.Unknown) return;
                    if (c.State == State.Const)
                        Set(sel, Get(((ConstantInt)c.Value!).IsZeroValue ? sel.FalseValue : sel.TrueValue));
                    else
                    {
                        var m = Meet(Get(sel.TrueValue), Get(sel.FalseValue));
                        if (m.State != State.Unknown) Set(sel, m);
                    }
                    return;
                }
                case BinaryInst or UnaryInst or ICmpInst or FCmpInst or CastInst or FreezeInst:
                case CallInst { Builtin: not Builtin.None, HasSideEffects: false, HasResult: true }:
                {
                    bool unknown = false;
                    int operands = inst is CallInst call ? call.ArgumentCount : inst.OperandCount; // (not the callee)
                    for (int k = 0; k < operands; k++)
                    {
                        var l = Get(inst.GetOperand(k));
                        if (l.State == State.Over) { Set(inst, Lattice.Over); return; }
                        if (l.State == State.Unknown) unknown = true;
                    }
                    if (unknown) return;
                    // (The lattice holds scalars: a vector or struct result is overdefined.)
                    var folded = ConstantFolder.Fold(inst, _known);
                    Set(inst, folded is null || ConstantFolder.AsScalar(folded) is null ? Lattice.Over : Lattice.Of(folded));
                    return;
                }
                default:
                    if (inst.HasResult) Set(inst, Lattice.Over);
                    return;
            }
        }

        private static BasicBlock Target(SwitchInst sw, ConstantInt value)
        {
            foreach (var (v, dest) in sw.Cases)
                if (v.Bits == value.Bits) return dest;
            return sw.DefaultDest;
        }

        private bool Rewrite()
        {
            // The instructions found constant, in layout order (their numbers follow the layout):
            // in each executable block, they are replaced in order, then its terminator folded.
            var constants = new List<Instruction>(_constants.Count);
            foreach (var c in _constants)
                if (_values[c.Scratch].State == State.Const) constants.Add(c);
            constants.Sort((a, b) => a.Scratch.CompareTo(b.Scratch));
            int next = 0;
            bool changed = false;
            foreach (var b in f.Blocks)
            {
                if (!IsExecutable(b)) continue;
                // (Only instructions of executable blocks were visited, so every constant is in one.)
                for (; next < constants.Count && ReferenceEquals(constants[next].Parent, b); next++)
                {
                    var inst = constants[next];
                    inst.ReplaceAllUsesWith(_values[inst.Scratch].Value!);
                    if (!inst.HasSideEffects) inst.EraseFromParent();
                    changed = true;
                }
                if (b.Terminator is { } t) changed |= FoldTerminator(b, t);
            }
            return changed;
        }

        private bool FoldTerminator(BasicBlock b, Instruction t)
        {
            Value? cond = t switch { BranchInst { IsConditional: true } br => br.Condition, SwitchInst sw => sw.Condition, _ => null };
            if (cond is null || Get(cond) is not { State: State.Const, Value: ConstantInt c }) return false;
            var target = t is SwitchInst s ? Target(s, c) : c.IsZeroValue ? ((BranchInst)t).FalseTarget : ((BranchInst)t).TrueTarget;
            CfgEdit.ReplaceTerminator(b, new BranchInst(target));
            return true;
        }
    }
}
