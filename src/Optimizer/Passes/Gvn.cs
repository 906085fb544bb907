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

    private LeaderTable? _table;

    // Kept from function to function, with their tables: the alias analysis (reset per run), the
    // free Memory objects and sets of the walk, and the walk's stack (empty between runs).
    private readonly AliasAnalysis _aa = new();
    private readonly WalkState _state = new();
    private readonly Stack<(BasicBlock? Block, Memory? Memory, int Mark)> _stack = new();

    /// <summary>A value known to be in memory: <see cref="Value"/> of <see cref="Type"/> at base + offset.</summary>
    private readonly record struct Available(Value Base, long Offset, IrType Type, Value Value, MemoryLocation Location);

    public bool Run(Function f)
    {
        var dom = CfgAnalyses.Dominators(f);
        var aa = _aa;
        aa.Reset(f);
        // Arguments and instructions are numbered in Value.Scratch: Expr.Hash reads operands by
        // these numbers (no object hash codes needed; the numbers do not change during the pass).
        int number = 0;
        foreach (var a in f.Arguments) a.Scratch = number++;
        foreach (var b in f.Blocks)
            for (var i = b.First; i is not null; i = i.Next) i.Scratch = number++;
        // The leaders: instructions no dominating instruction computes the same as (Expr.Equal).
        // (Kept from function to function: the walk removes every entry it adds.)
        var table = _table is { } t && t.Fits(number) ? t : _table = new LeaderTable(number);
        var state = _state;
        state.Start(aa, dom);
        bool changed = false;

        // Depth-first walk of the dominator tree; a null block pops the scope of the block below it
        // (the table entries from number Mark on).
        var stack = _stack;
        stack.Clear(); // (a run that threw may have left entries)
        stack.Push((f.EntryBlock!, state.Rent(), 0));
        while (stack.Count > 0)
        {
            var (block, memory, mark) = stack.Pop();
            if (block is null)
            {
                table.RemoveFrom(mark);
                continue;
            }
            int scope = table.Count;
            changed |= ProcessBlock(block, memory!, table, aa);
            stack.Push((null, null, scope));
            var children = dom.Children(block);
            for (int c = 0; c < children.Count; c++)
                stack.Push((children[c], EntryMemory(children[c], block, memory!, state), 0));
            state.Return(memory!);
        }
        return changed;
    }

    private static bool ProcessBlock(BasicBlock block, Memory memory, LeaderTable table, AliasAnalysis aa)
    {
        bool changed = false;
        for (Instruction? inst = block.First, next; inst is not null; inst = next)
        {
            next = inst.Next; // read first: the instruction may be erased
            switch (inst)
            {
                case LoadInst load:
                {
                    if (load.IsVolatile) break;
                    var (b, o) = AliasAnalysis.Decompose(load.Pointer);
                    var known = memory.Find(b, o, load.Type);
                    if (known is not null)
                    {
                        load.ReplaceAllUsesWith(known);
                        load.EraseFromParent();
                        changed = true;
                        break;
                    }
                    memory.Add(new Available(b, o, load.Type, load, MemoryLocation.Of(load)));
                    break;
                }
                case StoreInst store:
                {
                    var loc = MemoryLocation.Of(store);
                    memory.RemoveWhere(aa, store, loc, aliasing: true);
                    if (store.IsVolatile) break;
                    var (b, o) = AliasAnalysis.Decompose(store.Pointer);
                    memory.Add(new Available(b, o, store.StoredValue.Type, store.StoredValue, loc));
                    break;
                }
                case CallInst call when !Builtins.IsPure(call.Builtin):
                    memory.RemoveWhere(aa, call, default, aliasing: false);
                    break;
                default:
                    if (!IsNumberable(inst) || table.FindOrAdd(inst) is not { } leader) break;
                    IntersectFlags(leader, inst);
                    inst.ReplaceAllUsesWith(leader);
                    inst.EraseFromParent();
                    changed = true;
                    break;
            }
        }
        return changed;
    }

    /// <summary>
    /// The values known to be in memory at a point, oldest first: at most <see cref="MaxAvailable"/>
    /// (adding one more drops the oldest). A window into an array of up to twice that size, so
    /// dropping the oldest moves nothing most of the time. A 256-bit filter over (base, offset) has
    /// a bit set for every value in the window (and perhaps for some dropped ones): a load whose bit
    /// is clear finds nothing without a scan.
    /// </summary>
    private sealed class Memory
    {
        private Available[] _items = [];
        private int _start;
        private readonly ulong[] _filter = new ulong[4];

        public int Count { get; private set; }

        public void Clear()
        {
            _start = 0;
            Count = 0;
            Array.Clear(_filter);
        }

        public void CopyFrom(Memory other)
        {
            if (_items.Length < other.Count) _items = new Available[Math.Max(other.Count, 8)];
            Array.Copy(other._items, other._start, _items, 0, other.Count);
            _start = 0;
            Count = other.Count;
            other._filter.CopyTo(_filter, 0);
        }

        /// <summary>
        /// The filter bit of a location. Equal bases give equal bits: a constant base (compared by
        /// value) counts as 0, any other (compared by reference) by its number in Value.Scratch,
        /// which Run gives every argument and instruction and nothing changes during the walk.
        /// </summary>
        private static int FilterBit(Value b, long offset) =>
            (int)(((ulong)(b is Constant ? 0 : (uint)b.Scratch) * 0x9E3779B97F4A7C15UL + (ulong)offset * 0xC2B2AE3D27D4EB4FUL) >> 56);

        private void SetBit(int bit) => _filter[bit >> 6] |= 1UL << bit;

        private bool HasBit(int bit) => (_filter[bit >> 6] & (1UL << bit)) != 0;

        public void Add(in Available a)
        {
            SetBit(FilterBit(a.Base, a.Offset));
            if (Count >= MaxAvailable)
            {
                _start++;
                Count--;
            }
            if (_start + Count == _items.Length)
            {
                if (_items.Length < 2 * MaxAvailable)
                    Array.Resize(ref _items, Math.Min(Math.Max(8, 2 * _items.Length), 2 * MaxAvailable));
                if (_start + Count == _items.Length)
                {
                    Array.Copy(_items, _start, _items, 0, Count);
                    _start = 0;
                }
            }
            _items[_start + Count++] = a;
        }

        /// <summary>The newest value of <paramref name="type"/> at base + offset, or null.</summary>
        public Value? Find(Value b, long offset, IrType type)
        {
            if (!HasBit(FilterBit(b, offset))) return null;
            for (int i = _start + Count - 1; i >= _start; i--)
            {
                ref readonly var a = ref _items[i];
                if (a.Offset == offset && ReferenceEquals(a.Type, type) && AliasAnalysis.SameValue(a.Base, b)) return a.Value;
            }
            return null;
        }

        /// <summary>
        /// Drops the values <paramref name="inst"/> may overwrite, keeping the others in order: those whose
        /// location may alias <paramref name="loc"/> (a store's), or else those <paramref name="inst"/> may write.
        /// </summary>
        public void RemoveWhere(AliasAnalysis aa, Instruction inst, MemoryLocation loc, bool aliasing)
        {
            int kept = _start, end = _start + Count;
            Array.Clear(_filter);
            for (int i = _start; i < end; i++)
            {
                var a = _items[i];
                bool gone = aliasing ? aa.Alias(a.Base, a.Offset, a.Location.Size, loc) != AliasResult.NoAlias : aa.MayWrite(inst, a.Location);
                if (gone) continue;
                _items[kept++] = a;
                SetBit(FilterBit(a.Base, a.Offset));
            }
            Count = kept - _start;
        }
    }

    /// <summary>Objects the walk reuses: free Memory objects and the sets EntryMemory needs.</summary>
    private sealed class WalkState
    {
        private readonly Stack<Memory> _free = new();
        public AliasAnalysis Aa = null!;
        private DominatorTree _dom = null!;
        // By the dominator tree's block index: 0 not known yet, 1 no instruction may write memory,
        // 2 some may (gvn deletes only loads and pure instructions, so this holds for the whole run).
        private byte[] _writes = [];

        public void Start(AliasAnalysis aa, DominatorTree dom)
        {
            Aa = aa;
            _dom = dom;
            int n = dom.ReversePostorder.Count;
            if (_writes.Length < n) _writes = new byte[Math.Max(n, 2 * _writes.Length)];
            else Array.Clear(_writes, 0, n);
        }

        /// <summary>Whether some instruction of <paramref name="b"/> may write memory (false only when none may).</summary>
        public bool MayWrite(BasicBlock b)
        {
            int k = _dom.IndexOf(b);
            if (k >= 0 && _writes[k] != 0) return _writes[k] == 2;
            bool any = false;
            for (var i = b.First; i is not null && !any; i = i.Next) any = i.MayWriteMemory;
            if (k >= 0) _writes[k] = any ? (byte)2 : (byte)1;
            return any;
        }
        public readonly HashSet<BasicBlock> Region = new(ReferenceEqualityComparer.Instance);
        public readonly Stack<BasicBlock> Work = new();

        public Memory Rent()
        {
            if (_free.Count == 0) return new Memory();
            var m = _free.Pop();
            m.Clear();
            return m;
        }

        public void Return(Memory m) => _free.Push(m);
    }

    /// <summary>
    /// The memory values known on entry to <paramref name="block"/>, from those at the end of its
    /// immediate dominator: all of them when the dominator is the only predecessor; for a merge block,
    /// those no instruction between the two may write; none for a loop header or a large region.
    /// </summary>
    private static Memory EntryMemory(BasicBlock block, BasicBlock idom, Memory atEnd, WalkState state)
    {
        var memory = state.Rent();
        if (atEnd.Count == 0) return memory;
        // Entered only from its immediate dominator: everything known there still holds.
        if (SimplifyCfg.SinglePredecessor(block) is { } only && ReferenceEquals(only, idom))
        {
            memory.CopyFrom(atEnd);
            return memory;
        }
        var region = state.Region;
        var work = state.Work;
        region.Clear();
        work.Clear();
        foreach (var p in block.Predecessors) work.Push(p);
        while (work.Count > 0)
        {
            var b = work.Pop();
            if (ReferenceEquals(b, idom)) continue;
            // Reaching the block again means a cycle runs through it: a loop header sees its own latch.
            if (ReferenceEquals(b, block) || region.Count >= MaxRegionBlocks) return memory;
            if (!region.Add(b)) continue;
            foreach (var p in b.Predecessors) work.Push(p);
        }
        memory.CopyFrom(atEnd);
        // The available values' pointers are defined in or above the dominator, so they keep their
        // value over the whole region (nothing above the dominator runs again before the block
        // without running the dominator again): comparing at one moment is sound.
        foreach (var b in region)
        {
            if (!state.MayWrite(b)) continue;
            for (var i = b.First; i is not null && memory.Count > 0; i = i.Next)
                if (i.MayWriteMemory)
                    memory.RemoveWhere(state.Aa, i, default, aliasing: false);
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

    /// <summary>Whether <paramref name="inst"/> is a pure instruction that value numbering may merge.</summary>
    private static bool IsNumberable(Instruction inst) => inst switch
    {
        BinaryInst or ICmpInst or FCmpInst or UnaryInst or CastInst or SelectInst or FreezeInst or ExtractElementInst
            or InsertElementInst or GetElementPtrInst or ExtractValueInst or InsertValueInst or ShuffleVectorInst => inst.HasResult,
        CallInst call => Builtins.IsPure(call.Builtin) && call.HasResult,
        _ => false,
    };

    /// <summary>
    /// The leaders in scope: an open-addressing hash table (linear probing) of instructions, keyed by
    /// what they compute (<see cref="Expr"/>). Entries leave in the reverse order they came in (the
    /// scopes of the dominator-tree walk), so removing one only clears its slot: everything added
    /// after it is gone already, and nothing added before it depended on that slot being taken.
    /// </summary>
    private sealed class LeaderTable
    {
        private readonly Instruction?[] _slots;
        private readonly int[] _hashes;
        private readonly int[] _added; // slot numbers, in the order they were filled
        private readonly int _mask;

        public LeaderTable(int maxEntries)
        {
            int capacity = 16;
            while (capacity < 2 * maxEntries) capacity *= 2;
            _slots = new Instruction?[capacity];
            _hashes = new int[capacity];
            _added = new int[Math.Max(maxEntries, 1)];
            _mask = capacity - 1;
        }

        public int Count { get; private set; }

        /// <summary>Whether the table can hold <paramref name="maxEntries"/> entries as one built for that many could.</summary>
        public bool Fits(int maxEntries) => Count == 0 && _added.Length >= maxEntries && _slots.Length >= 2 * maxEntries;

        /// <summary>The leader that computes the same as <paramref name="inst"/>; null after making <paramref name="inst"/> a leader.</summary>
        public Instruction? FindOrAdd(Instruction inst)
        {
            int hash = Expr.Hash(inst);
            for (int i = hash & _mask; ; i = (i + 1) & _mask)
            {
                var leader = _slots[i];
                if (leader is null)
                {
                    _slots[i] = inst;
                    _hashes[i] = hash;
                    _added[Count++] = i;
                    return null;
                }
                if (_hashes[i] == hash && Expr.Equal(leader, inst)) return leader;
            }
        }

        /// <summary>Removes the entries added after the first <paramref name="count"/>.</summary>
        public void RemoveFrom(int count)
        {
            while (Count > count) _slots[_added[--Count]] = null;
        }
    }

    /// <summary>
    /// What a numberable instruction computes: opcode, type, operands and the extra data that
    /// matters (compare predicates, GEP source types, aggregate indices, shuffle masks). The
    /// operands are read from the instructions themselves: a leader's operands never change while it
    /// is in the table, since they dominate it and so were numbered (and replaced, if redundant)
    /// before it.
    /// </summary>
    private static class Expr
    {
        private static bool IsCommutative(Instruction i) => i is BinaryInst && i.Opcode.IsIntBinary() && i.Opcode.IsCommutative();

        /// <summary>Compares: the predicate; -1 for everything else.</summary>
        private static int Predicate(Instruction i) => i switch
        {
            ICmpInst c => (int)c.Predicate,
            FCmpInst c => (int)c.Predicate,
            _ => -1,
        };

        /// <summary>Cast types are the result type; GEPs also have a source type, aggregate operations index lists, shuffles masks.</summary>
        private static object? Extra(Instruction i) => i switch
        {
            GetElementPtrInst g => g.SourceElementType,
            ExtractValueInst ev => ev.Indices,
            InsertValueInst iv => iv.Indices,
            ShuffleVectorInst sv => sv.Mask,
            _ => null,
        };

        /// <summary>
        /// A hash consistent with <see cref="Same"/>: constants by value, anything else by the number
        /// Run gave it in Value.Scratch (fixed while the pass runs).
        /// </summary>
        private static int HashOf(Value v) => v switch
        {
            ConstantInt c => (int)c.Bits ^ (int)(c.Bits >> 32) ^ (c.BitWidth << 24), // equal constants: same type and bits
            _ when v.AsInstruction is not null => v.Scratch,
            Argument => v.Scratch,
            Constant => v.GetHashCode(),
            _ => v.Scratch,
        };

        public static int Hash(Instruction inst)
        {
            var opcode = inst.Opcode;
            int predicate = Predicate(inst);
            // Compares match their swapped form: the predicate class is {p, swapped(p)}.
            int predicateClass = opcode switch
            {
                Opcode.ICmp => Math.Min(predicate, (int)((IntPredicate)predicate).Swapped()),
                Opcode.FCmp => Math.Min(predicate, (int)((FloatPredicate)predicate).Swapped()),
                _ => predicate,
            };
            var h = new HashCode();
            h.Add(opcode);
            h.Add(TypeHash(inst.Type));
            h.Add(predicateClass);
            h.Add(ExtraHash(Extra(inst)));
            if (IsCommutative(inst) || opcode is Opcode.ICmp or Opcode.FCmp) h.Add(HashOf(inst.GetOperand(0)) + HashOf(inst.GetOperand(1)));
            else for (int i = 0; i < inst.OperandCount; i++) h.Add(HashOf(inst.GetOperand(i)));
            return h.ToHashCode();
        }

        /// <summary>A hash of a type from its shape (types compare by reference; no object hash code needed).</summary>
        private static int TypeHash(IrType t) => (int)t.Kind * 131 + t.ScalarBits;

        private static int ExtraHash(object? extra) => extra switch
        {
            IrType t => TypeHash(t),
            null => 0,
            int[] list => list.Aggregate(17, (h, x) => h * 31 + x),
            _ => extra.GetHashCode(),
        };

        public static bool Equal(Instruction a, Instruction b)
        {
            var opcode = a.Opcode;
            if (b.Opcode != opcode || !ReferenceEquals(a.Type, b.Type) || a.OperandCount != b.OperandCount ||
                a.GetType() != b.GetType() || !ExtraEquals(Extra(a), Extra(b)))
                return false;
            if (IsCommutative(a))
                return (Same(a.GetOperand(0), b.GetOperand(0)) && Same(a.GetOperand(1), b.GetOperand(1))) ||
                       (Same(a.GetOperand(0), b.GetOperand(1)) && Same(a.GetOperand(1), b.GetOperand(0)));
            int pa = Predicate(a), pb = Predicate(b);
            if (opcode is Opcode.ICmp or Opcode.FCmp)
            {
                if (pa == pb && Same(a.GetOperand(0), b.GetOperand(0)) && Same(a.GetOperand(1), b.GetOperand(1)))
                    return true;
                int swapped = opcode == Opcode.ICmp
                    ? (int)((IntPredicate)pa).Swapped()
                    : (int)((FloatPredicate)pa).Swapped();
                return swapped == pb && Same(a.GetOperand(0), b.GetOperand(1)) && Same(a.GetOperand(1), b.GetOperand(0));
            }
            if (pa != pb) return false;
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
    }
}
