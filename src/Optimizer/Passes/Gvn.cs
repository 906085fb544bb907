// gvn: value numbering over the dominator tree, and redundant load elimination.
// 1. Pure instructions (binary operators, compares, casts, getelementptr, select, fneg, freeze,
//    extract/insert element/value, shufflevector, calls of pure built-ins) that compute the same
//    thing as an instruction that dominates them are replaced by it. Operands of commutative integer
//    operators are unordered, and a compare matches the swapped compare (`icmp slt a, b` is
//    `icmp sgt b, a`). Flags follow LLVM's rule: the kept instruction loses the nuw/nsw/exact,
//    inbounds and fast-math flags the replaced one lacked. A division may be replaced too: the
//    dominating one already ran (and did not trap) on the same operands.
// 2. A non-volatile load of type T whose address was already read by a load of T, or written by a
//    store of a T value, with nothing in between that may write those bytes (AliasAnalysis), reads
//    that value: the load is replaced by it. Available values flow along the dominator tree: within a
//    block, into a child block whose only predecessor is its parent, and into a merge block when no
//    loop runs through it and no instruction on any path from its immediate dominator may write the
//    location.
// Refuses: floating-point operators are not commutative here (the NaN a NaN-NaN operation returns
// depends on the operand order); volatile loads are never removed nor used as a source, and loads
// of a different type than the store or load before them stay (that would reinterpret bytes); no
// load is ever added; phis, allocas, loads through the expression table, and calls other than pure
// built-ins are never merged.
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class Gvn : IFunctionPass
{
    /// <summary>At most this many available memory values are tracked at once (oldest dropped first).</summary>
    private const int MaxAvailable = 64;

    /// <summary>A merge block inherits memory values only if at most this many blocks lie between it and its immediate dominator.</summary>
    private const int MaxRegionBlocks = 32;

    public string Name => "gvn";

    /// <summary>A value known to be in memory: <see cref="Value"/> of <see cref="Type"/> at base + offset.</summary>
    private readonly record struct Available(Value Base, long Offset, IrType Type, Value Value, MemoryLocation Location);

    public bool Run(Function f)
    {
        var dom = CfgAnalyses.Dominators(f);
        var aa = new AliasAnalysis(f);
        var table = new Dictionary<ExprKey, Instruction>();
        bool changed = false;

        // Depth-first walk of the dominator tree; a null block pops the scope of the block below it.
        var stack = new Stack<(BasicBlock? Block, List<Available>? Memory, List<ExprKey>? Scope)>();
        stack.Push((f.EntryBlock!, [], null));
        while (stack.Count > 0)
        {
            var (block, memory, scope) = stack.Pop();
            if (block is null)
            {
                foreach (var key in scope!) table.Remove(key);
                continue;
            }
            var inserted = new List<ExprKey>();
            changed |= ProcessBlock(block, memory!, table, inserted, aa);
            stack.Push((null, null, inserted));
            foreach (var child in dom.Children(block))
                stack.Push((child, EntryMemory(child, block, memory!, aa), null));
        }
        return changed;
    }

    private static bool ProcessBlock(BasicBlock block, List<Available> memory, Dictionary<ExprKey, Instruction> table,
        List<ExprKey> inserted, AliasAnalysis aa)
    {
        bool changed = false;
        foreach (var inst in block.Instructions)
        {
            switch (inst)
            {
                case LoadInst load:
                {
                    if (load.IsVolatile) break;
                    var (b, o) = AliasAnalysis.Decompose(load.Pointer);
                    var known = Find(memory, b, o, load.Type);
                    if (known is not null)
                    {
                        load.ReplaceAllUsesWith(known);
                        load.EraseFromParent();
                        changed = true;
                        break;
                    }
                    Add(memory, new Available(b, o, load.Type, load, MemoryLocation.Of(load)));
                    break;
                }
                case StoreInst store:
                {
                    var loc = MemoryLocation.Of(store);
                    RemoveWhere(memory, aa, store, loc, aliasing: true);
                    if (store.IsVolatile) break;
                    var (b, o) = AliasAnalysis.Decompose(store.Pointer);
                    Add(memory, new Available(b, o, store.StoredValue.Type, store.StoredValue, loc));
                    break;
                }
                case CallInst call when !Builtins.IsPure(call.Builtin):
                    RemoveWhere(memory, aa, call, default, aliasing: false);
                    break;
                default:
                    if (ExprKey.For(inst) is not { } key) break;
                    if (table.TryGetValue(key, out var leader))
                    {
                        IntersectFlags(leader, inst);
                        inst.ReplaceAllUsesWith(leader);
                        inst.EraseFromParent();
                        changed = true;
                    }
                    else
                    {
                        table[key] = inst;
                        inserted.Add(key);
                    }
                    break;
            }
        }
        return changed;
    }

    /// <summary>
    /// Drops the values <paramref name="inst"/> may overwrite, keeping the others in order: those whose
    /// location may alias <paramref name="loc"/> (a store's), or else those <paramref name="inst"/> may write.
    /// </summary>
    private static void RemoveWhere(List<Available> memory, AliasAnalysis aa, Instruction inst, MemoryLocation loc, bool aliasing)
    {
        int kept = 0;
        for (int i = 0; i < memory.Count; i++)
        {
            var a = memory[i];
            bool gone = aliasing ? aa.Alias(a.Location, loc) != AliasResult.NoAlias : aa.MayWrite(inst, a.Location);
            if (!gone) memory[kept++] = a;
        }
        memory.RemoveRange(kept, memory.Count - kept);
    }

    private static Value? Find(List<Available> memory, Value b, long offset, IrType type)
    {
        for (int i = memory.Count - 1; i >= 0; i--)
        {
            var a = memory[i];
            if (a.Offset == offset && ReferenceEquals(a.Type, type) && AliasAnalysis.SameValue(a.Base, b)) return a.Value;
        }
        return null;
    }

    private static void Add(List<Available> memory, Available a)
    {
        if (memory.Count >= MaxAvailable) memory.RemoveAt(0);
        memory.Add(a);
    }

    /// <summary>
    /// The memory values known on entry to <paramref name="block"/>, from those at the end of its
    /// immediate dominator: all of them when the dominator is the only predecessor; for a merge block,
    /// those no instruction between the two may write; none for a loop header or a large region.
    /// </summary>
    private static List<Available> EntryMemory(BasicBlock block, BasicBlock idom, List<Available> atEnd, AliasAnalysis aa)
    {
        if (atEnd.Count == 0) return [];
        // Entered only from its immediate dominator: everything known there still holds.
        if (SimplifyCfg.SinglePredecessor(block) is { } only && ReferenceEquals(only, idom)) return new List<Available>(atEnd);
        var region = new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance);
        var work = new Stack<BasicBlock>();
        foreach (var p in block.Predecessors) work.Push(p);
        while (work.Count > 0)
        {
            var b = work.Pop();
            if (ReferenceEquals(b, idom)) continue;
            // Reaching the block again means a cycle runs through it: a loop header sees its own latch.
            if (ReferenceEquals(b, block) || region.Count >= MaxRegionBlocks) return [];
            if (!region.Add(b)) continue;
            foreach (var p in b.Predecessors) work.Push(p);
        }
        var memory = new List<Available>(atEnd);
        // The available values' pointers are defined in or above the dominator, so they keep their
        // value over the whole region (nothing above the dominator runs again before the block
        // without running the dominator again): comparing at one moment is sound.
        foreach (var b in region)
        {
            for (var i = b.First; i is not null && memory.Count > 0; i = i.Next)
                if (i.MayWriteMemory)
                    RemoveWhere(memory, aa, i, default, aliasing: false);
            if (memory.Count == 0) break;
        }
        return memory;
    }

    /// <summary>LLVM's rule when one instruction replaces an equal one: keep only the flags both have.</summary>
    private static void IntersectFlags(Instruction keep, Instruction gone)
    {
        switch (keep, gone)
        {
            case (BinaryInst k, BinaryInst g):
                k.Flags &= g.Flags;
                k.FastMath &= g.FastMath;
                break;
            case (UnaryInst k, UnaryInst g):
                k.FastMath &= g.FastMath;
                break;
            case (FCmpInst k, FCmpInst g):
                k.FastMath &= g.FastMath;
                break;
            case (SelectInst k, SelectInst g):
                k.FastMath &= g.FastMath;
                break;
            case (GetElementPtrInst k, GetElementPtrInst g):
                k.InBounds &= g.InBounds;
                break;
            case (CallInst k, CallInst g):
                k.FastMath &= g.FastMath;
                break;
        }
    }

    /// <summary>What a pure instruction computes: opcode, type, operands and the extra data that matters.</summary>
    /// <remarks>
    /// The operands are read from the instruction itself (no copy): a leader's operands never change
    /// while it is in the table, since they dominate it and so were numbered (and replaced, if
    /// redundant) before it.
    /// </remarks>
    private readonly struct ExprKey : IEquatable<ExprKey>
    {
        private readonly Opcode _opcode;
        private readonly IrType _type;
        private readonly int _predicate;   // compares: the predicate; -1 otherwise
        private readonly object? _extra;   // cast/GEP types, index lists, shuffle masks
        private readonly Instruction _operands;
        private readonly bool _commutative;
        private readonly int _hash;

        private ExprKey(Opcode opcode, IrType type, int predicate, object? extra, Instruction operands, bool commutative)
        {
            _opcode = opcode;
            _type = type;
            _predicate = predicate;
            _extra = extra;
            _operands = operands;
            _commutative = commutative;
            var h = new HashCode();
            h.Add(opcode);
            h.Add(type);
            h.Add(PredicateClass());
            h.Add(ExtraHash(extra));
            if (commutative || opcode is Opcode.ICmp or Opcode.FCmp) h.Add(operands.GetOperand(0).GetHashCode() + operands.GetOperand(1).GetHashCode());
            else for (int i = 0; i < operands.OperandCount; i++) h.Add(operands.GetOperand(i));
            _hash = h.ToHashCode();
        }

        /// <summary>The key of a value-numberable instruction, or null for anything else.</summary>
        public static ExprKey? For(Instruction inst)
        {
            if (inst is PhiInst or AllocaInst or LoadInst or StoreInst || inst.IsTerminator || !inst.HasResult) return null;
            var ops = inst;
            switch (inst)
            {
                case BinaryInst b:
                    return new ExprKey(b.Opcode, b.Type, -1, null, ops, b.Opcode.IsIntBinary() && b.Opcode.IsCommutative());
                case ICmpInst c:
                    // Compares match their swapped form: the predicate class is {p, swapped(p)}.
                    return new ExprKey(c.Opcode, c.Type, (int)c.Predicate, null, ops, false);
                case FCmpInst c:
                    return new ExprKey(c.Opcode, c.Type, (int)c.Predicate, null, ops, false);
                case UnaryInst or CastInst or SelectInst or FreezeInst or ExtractElementInst or InsertElementInst:
                    return new ExprKey(inst.Opcode, inst.Type, -1, null, ops, false);
                case GetElementPtrInst g:
                    return new ExprKey(g.Opcode, g.Type, -1, g.SourceElementType, ops, false);
                case ExtractValueInst ev:
                    return new ExprKey(ev.Opcode, ev.Type, -1, ev.Indices, ops, false);
                case InsertValueInst iv:
                    return new ExprKey(iv.Opcode, iv.Type, -1, iv.Indices, ops, false);
                case ShuffleVectorInst sv:
                    return new ExprKey(sv.Opcode, sv.Type, -1, sv.Mask, ops, false);
                case CallInst call when Builtins.IsPure(call.Builtin) && call.HasResult:
                    return new ExprKey(call.Opcode, call.Type, -1, null, ops, false);
                default:
                    return null;
            }
        }

        private static int ExtraHash(object? extra) => extra switch
        {
            null => 0,
            int[] list => list.Aggregate(17, (h, x) => h * 31 + x),
            _ => extra.GetHashCode(),
        };

        private int PredicateClass() => _opcode switch
        {
            Opcode.ICmp => Math.Min(_predicate, (int)((IntPredicate)_predicate).Swapped()),
            Opcode.FCmp => Math.Min(_predicate, (int)((FloatPredicate)_predicate).Swapped()),
            _ => _predicate,
        };

        public bool Equals(ExprKey other)
        {
            if (other._hash != _hash || other._opcode != _opcode || !Equals(other._type, _type) ||
                other._operands.OperandCount != _operands.OperandCount || !ExtraEquals(_extra, other._extra))
                return false;
            var a = _operands;
            var b = other._operands;
            if (_commutative)
                return (Same(a.GetOperand(0), b.GetOperand(0)) && Same(a.GetOperand(1), b.GetOperand(1))) ||
                       (Same(a.GetOperand(0), b.GetOperand(1)) && Same(a.GetOperand(1), b.GetOperand(0)));
            if (_opcode is Opcode.ICmp or Opcode.FCmp)
            {
                if (_predicate == other._predicate && Same(a.GetOperand(0), b.GetOperand(0)) && Same(a.GetOperand(1), b.GetOperand(1)))
                    return true;
                int swapped = _opcode == Opcode.ICmp
                    ? (int)((IntPredicate)_predicate).Swapped()
                    : (int)((FloatPredicate)_predicate).Swapped();
                return swapped == other._predicate && Same(a.GetOperand(0), b.GetOperand(1)) && Same(a.GetOperand(1), b.GetOperand(0));
            }
            if (_predicate != other._predicate) return false;
            for (int i = 0; i < a.OperandCount; i++)
                if (!Same(a.GetOperand(i), b.GetOperand(i))) return false;
            return true;
        }

        private static bool Same(Value a, Value b) => ReferenceEquals(a, b) || (a is Constant && a.Equals(b));

        private static bool ExtraEquals(object? a, object? b) => (a, b) switch
        {
            (null, null) => true,
            (int[] x, int[] y) => x.AsSpan().SequenceEqual(y),
            _ => Equals(a, b),
        };

        public override bool Equals(object? obj) => obj is ExprKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
