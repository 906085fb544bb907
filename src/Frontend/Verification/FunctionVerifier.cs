// Verifies one function body: block structure (one terminator, at the end), phi placement and
// entries, operands that belong to this function, SSA dominance of definitions over uses, and the
// per-instruction type rules (TypeChecks). Structural problems are reported first; dominance is only
// checked when the CFG is well formed enough to compute dominators (every block terminated).
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Verification;

internal sealed class FunctionVerifier
{
    private readonly Function _f;
    private readonly Module? _module;
    private readonly ProblemSink _sink;
    private readonly ValueNames _names;

    public FunctionVerifier(Function f, Module? module, ProblemSink sink)
    {
        _f = f;
        _module = module;
        _sink = sink;
        _names = new ValueNames(f);
    }

    private string N(Value v) => "'" + _names.Of(v) + "'";

    public void Run()
    {
        // Operands of the wrong kind (a value where a phi or branch needs a block) would make the
        // typed accessors throw, so such instructions are reported and left out of later checks.
        HashSet<Instruction>? badShape = null;
        foreach (var block in _f.Blocks)
            foreach (var inst in block.Instructions)
                if (Shape(inst) is { } shapeProblem)
                {
                    _sink.Report(inst, shapeProblem);
                    (badShape ??= new HashSet<Instruction>(ReferenceEqualityComparer.Instance)).Add(inst);
                }
        bool structureOk = CheckStructure(checkPhiEntries: badShape is null);
        foreach (var block in _f.Blocks)
            foreach (var inst in block.Instructions)
            {
                if (badShape is not null && badShape.Contains(inst)) continue;
                bool operandsOk = CheckOperandOwnership(inst);
                if (operandsOk && TypeChecks.Check(inst, _f, _names) is { } problem) _sink.Report(inst, problem);
            }
        if (structureOk && badShape is null) CheckDominance();
    }

    /// <summary>Null if the instruction's operands are of the kinds its class expects (blocks where blocks belong).</summary>
    private static string? Shape(Instruction inst)
    {
        var ops = inst.Operands;
        bool IsBlock(int i) => ops[i] is BasicBlock;
        switch (inst)
        {
            case PhiInst:
                if (ops.Count % 2 != 0) return "a phi must have [value, block] pairs of operands";
                for (int i = 0; i < ops.Count; i += 2)
                    if (IsBlock(i) || !IsBlock(i + 1)) return $"entry {i / 2 + 1} of a phi must be a value and a block";
                return null;
            case BranchInst:
                if (ops.Count == 1) return IsBlock(0) ? null : "the target of 'br' must be a block";
                if (ops.Count == 3) return !IsBlock(0) && IsBlock(1) && IsBlock(2) ? null : "a conditional 'br' needs a condition and two blocks";
                return $"'br' has {ops.Count} operands";
            case SwitchInst:
                if (ops.Count < 2 || ops.Count % 2 != 0 || IsBlock(0) || !IsBlock(1)) return "'switch' needs a value, a default block and (value, block) cases";
                for (int i = 2; i < ops.Count; i += 2)
                    if (ops[i] is not ConstantInt || !IsBlock(i + 1)) return "each case of 'switch' must be an integer constant and a block";
                return null;
            default:
                for (int i = 0; i < ops.Count; i++)
                    if (IsBlock(i)) return $"'{inst.Opcode.Name()}' cannot use the label '{(ops[i].Name ?? "unnamed")}' as a value";
                return null;
        }
    }

    // ------------------------------------------------------------------ structure

    private bool CheckStructure(bool checkPhiEntries)
    {
        bool ok = true;
        var entry = _f.EntryBlock!;
        if (PredecessorsInFunction(entry).FirstOrDefault() is { } pred)
            _sink.ReportBlock(entry, $"the entry block {N(entry)} of '@{_f.Name}' must not have predecessors (it is branched to from {N(pred)})");
        if (entry.First is PhiInst entryPhi)
            _sink.Report(entryPhi, $"the entry block {N(entry)} cannot have phi nodes");

        foreach (var block in _f.Blocks)
        {
            if (!ReferenceEquals(block.Parent, _f))
            {
                _sink.ReportBlock(block, $"block {N(block)} is listed in '@{_f.Name}' but belongs to another function");
                ok = false;
                continue;
            }
            if (block.IsEmpty)
            {
                _sink.Report(null, $"block {N(block)} is empty: it must end with a terminator (ret, br, switch, unreachable)");
                ok = false;
                continue;
            }
            bool seenNonPhi = false;
            foreach (var inst in block.Instructions)
            {
                if (!ReferenceEquals(inst.Parent, block))
                    _sink.Report(inst, $"instruction in block {N(block)} does not record that block as its parent");
                if (inst.IsTerminator && !ReferenceEquals(inst, block.Last))
                {
                    _sink.Report(inst, $"terminator '{inst.Opcode.Name()}' in the middle of block {N(block)}: a block ends at its only terminator");
                    ok = false;
                }
                if (inst is PhiInst)
                {
                    if (seenNonPhi) _sink.Report(inst, $"phi node {N(inst)} is not at the top of block {N(block)}: phis must come before all other instructions");
                }
                else seenNonPhi = true;
            }
            if (!block.Last!.IsTerminator)
            {
                _sink.Report(block.Last, $"block {N(block)} must end with a terminator (ret, br, switch, unreachable), but ends with '{block.Last.Opcode.Name()}'");
                ok = false;
            }
        }
        if (!ok) return false;
        if (!checkPhiEntries) return true;

        foreach (var block in _f.Blocks)
            foreach (var phi in block.Phis)
                CheckPhiEntries(phi, block);
        return true;
    }

    private void CheckPhiEntries(PhiInst phi, BasicBlock block)
    {
        var preds = PredecessorsInFunction(block).ToList();
        var seen = new Dictionary<BasicBlock, Value>(ReferenceEqualityComparer.Instance);
        foreach (var (value, from) in phi.Incoming)
        {
            if (!preds.Contains(from))
            {
                _sink.Report(phi, $"phi node {N(phi)} has an entry for {N(from)}, which is not a predecessor of {N(block)}");
                return;
            }
            if (seen.TryGetValue(from, out var earlier))
            {
                if (!SameValue(earlier, value))
                {
                    _sink.Report(phi, $"phi node {N(phi)} has two entries for {N(from)} with different values ({N(earlier)} and {N(value)})");
                    return;
                }
            }
            else seen[from] = value;
        }
        foreach (var p in preds)
            if (!seen.ContainsKey(p))
            {
                _sink.Report(phi, $"phi node {N(phi)} has no entry for predecessor {N(p)} of {N(block)}");
                return;
            }
    }

    /// <summary>Predecessors within this function (a stray branch from another function is reported at that branch).</summary>
    private IEnumerable<BasicBlock> PredecessorsInFunction(BasicBlock block) =>
        block.Predecessors.Where(p => ReferenceEquals(p.Parent, _f));

    private static bool SameValue(Value a, Value b) =>
        ReferenceEquals(a, b) || (a is Constant ca && b is Constant cb && !(a is GlobalValue) && ca.Equals(cb));

    // ------------------------------------------------------------------ operands

    /// <summary>Operands must be values of this function (or constants/globals of this module), never void.</summary>
    private bool CheckOperandOwnership(Instruction inst)
    {
        for (int k = 0; k < inst.OperandCount; k++)
        {
            var op = inst.GetOperand(k);
            string? problem = op switch
            {
                Instruction d when d.Parent is null =>
                    $"'{inst.Opcode.Name()}' uses {N(d)}, an instruction that is not in any block",
                Instruction d when d.Function is null =>
                    $"'{inst.Opcode.Name()}' uses {N(d)}, which is in block {N(d.Parent!)} that belongs to no function",
                Instruction d when !ReferenceEquals(d.Function, _f) =>
                    $"'{inst.Opcode.Name()}' uses {N(d)}, which is defined in another function ('@{d.Function!.Name}')",
                Argument a when !ReferenceEquals(a.Parent, _f) =>
                    $"'{inst.Opcode.Name()}' uses argument {N(a)} of another function ('@{a.Parent.Name}')",
                BasicBlock b when !ReferenceEquals(b.Parent, _f) =>
                    $"'{inst.Opcode.Name()}' refers to block {N(b)}, which is not in '@{_f.Name}'",
                GlobalValue g when _module is not null && !ReferenceEquals(g.Parent, _module) =>
                    $"'{inst.Opcode.Name()}' refers to '@{Names.Quote(g.Name)}', which is not in this module",
                _ when op.Type.IsVoid => $"'{inst.Opcode.Name()}' uses {N(op)}, which produces no value",
                _ when op is not (Instruction or Argument or Constant or BasicBlock) =>
                    $"'{inst.Opcode.Name()}' uses {N(op)}, which is not a value of this function (an unresolved reference?)",
                _ => null,
            };
            if (problem is not null)
            {
                _sink.Report(inst, problem);
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ dominance

    private void CheckDominance()
    {
        var dt = new DominatorTree(_f);
        // Positions within blocks, so a same-block check is a comparison, not a walk (long blocks
        // would otherwise make the check quadratic).
        var position = new Dictionary<Instruction, int>(ReferenceEqualityComparer.Instance);
        foreach (var block in dt.ReversePostorder)
        {
            int k = 0;
            foreach (var inst in block.Instructions) position[inst] = k++;
        }
        foreach (var block in dt.ReversePostorder)
            foreach (var inst in block.Instructions)
            {
                if (inst is PhiInst phi)
                {
                    for (int k = 0; k < phi.IncomingCount; k++)
                    {
                        if (phi.GetIncomingValue(k) is not Instruction def || !ReferenceEquals(def.Function, _f)) continue;
                        var from = phi.GetIncomingBlock(k);
                        if (!dt.IsReachable(from) || dt.DominatesPhiUse(def, from)) continue;
                        _sink.Report(phi, $"instruction does not dominate all uses: {N(def)} is defined in block {N(def.Parent!)} which does not dominate {N(from)} (where phi {N(phi)} uses it)");
                    }
                    continue;
                }
                foreach (var op in inst.Operands)
                {
                    if (op is not Instruction def || !ReferenceEquals(def.Function, _f)) continue;
                    if (ReferenceEquals(def, inst))
                    {
                        _sink.Report(inst, $"instruction does not dominate all uses: {N(def)} uses itself (only phi nodes may refer to their own value)");
                        break;
                    }
                    bool dominates = ReferenceEquals(def.Parent, block)
                        ? position[def] < position[inst]
                        : dt.Dominates(def.Parent!, block);
                    if (dominates) continue;
                    if (ReferenceEquals(def.Parent, block))
                        _sink.Report(inst, $"instruction does not dominate all uses: {N(def)} is used before it is defined in block {N(block)}");
                    else
                        _sink.Report(inst, $"instruction does not dominate all uses: {N(def)} is defined in block {N(def.Parent!)} which does not dominate {N(block)}");
                    break;
                }
            }
    }
}
