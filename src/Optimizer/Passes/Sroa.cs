// sroa: scalar replacement of aggregates. A struct or array alloca that clang -O0 code only reads
// and writes field by field (through getelementptrs with constant indices), copies whole with
// memcpy, fills with memset, or loads and stores as a whole aggregate, is split into one alloca per
// partition of its bytes; mem2reg, which runs next, then makes each of those an SSA value.
//
// Partitions: the loads and stores of scalars (and vectors) cannot be split, so overlapping ones
// form one partition. When they all cover the same bytes with the same type, that is the partition's
// type; when they differ (a union: a double stored, an i64 loaded; a {float, i32} pair written field
// by field and read back as the i64 clang passes it in a register) the partition is an integer of its
// size (at most 8 bytes), read with lshr/trunc/bitcast and written with and/or/shl, and it starts out
// zero, as fresh stack memory does. Bytes that only memcpy and memset touch become integer pieces of
// at most 8 bytes. A memcpy becomes a load and a store per partition, a memset or a store of a
// constant aggregate (and a memcpy from a constant global) becomes stores of constants, an aggregate
// load used only by extractvalue becomes a load of each extracted field, and an aggregate loaded
// only to be stored is a copy of its fields' bytes (a store of an aggregate does not write the
// padding between fields, in the interpreter as in lli and the JIT).
//
// Refuses (the alloca stays as it is): volatile accesses; any use that lets the address escape or
// be compared (calls other than memcpy/memmove/memset, stores of the address, phis, selects, casts);
// getelementptrs with variable indices; accesses that are not entirely inside the alloca (they
// fault, and the fault must happen); memcpys whose other side is not certainly valid memory (another
// alloca or a defined global, at a constant offset (Analysis/ValidMemory.cs), with all the copied bytes inside it; a constant
// global is never written) and that would become more than one load or store there: split into
// pieces, it could fault on a piece with another message (a memcpy that stays one access of its
// whole length, such as `memcpy(&x, p, 4)` for an unaligned read, faults exactly as that access);
// partitions that mix types other than integers of whole bytes and floating point, or over 8 bytes
// when they mix; pointers and vectors mixed with anything; aggregates of more than 64 fields;
// allocas over 1 KiB or that would need more than 64 partitions.
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class Sroa : IFunctionPass
{
    public string Name => "sroa";

    private const long MaxAllocaSize = 1024;
    private const int MaxPartitions = 64;
    private const int MaxLeaves = 64;

    private enum AccessKind { Load, Store, CopyIn, CopyOut, SetBytes }

    /// <summary>
    /// One access of the alloca: bytes [Offset, Offset + Size) read or written. New code goes before
    /// <see cref="Position"/>.
    /// </summary>
    private sealed class Access
    {
        public AccessKind Kind;
        public long Offset, Size;
        public Instruction Position = null!;
        /// <summary>Load: the value read (a load, or an extractvalue of an aggregate load) and its type.</summary>
        public Value? Result;
        public IrType? Type;
        /// <summary>Store of a field of an aggregate (the store is Position), or load of one to build the aggregate: its indices.</summary>
        public int[]? Leaf;
        /// <summary>CopyIn/CopyOut: the memcpy's other pointer (the copied bytes start there), and where it is accessed.</summary>
        public Value? Other;
        public long OtherDelta;
        public Instruction? OtherPosition;
        /// <summary>The other side of a memcpy is not certainly valid: it must stay one access of the same length (see Partitions).</summary>
        public bool OtherMayFault;
        /// <summary>SetBytes: the bytes written.</summary>
        public byte[]? Bytes;

        public long End => Offset + Size;
        public bool IsSplittable => Kind is AccessKind.CopyIn or AccessKind.CopyOut or AccessKind.SetBytes;
    }

    private sealed class Partition
    {
        public long Start, End;
        public IrType Type = null!;
        /// <summary>An integer read and written in pieces (the accesses do not all cover it whole).</summary>
        public bool Widened;
        public AllocaInst Alloca = null!;
        /// <summary>Something reads it (a load, or a copy out of the alloca); writes to the others are dropped.</summary>
        public bool IsRead;
        public long Size => End - Start;
    }

    public bool Run(Function f)
    {
        var candidates = new List<AllocaInst>();
        for (var i = f.EntryBlock!.First; i is not null; i = i.Next)
            if (i is AllocaInst a && a.IsSingle && !Mem2Reg.IsPromotable(a)) candidates.Add(a);
        bool changed = false;
        foreach (var alloca in candidates)
            changed |= TrySplit(alloca);
        return changed;
    }

    private static bool TrySplit(AllocaInst alloca)
    {
        long size = DataLayout.AllocSize(alloca.AllocatedType);
        if (size <= 0 || size > MaxAllocaSize) return false;
        var accesses = new List<Access>();
        var dead = new List<Instruction>(); // replaced instructions, erased users first
        if (!CollectAccesses(alloca, size, accesses, dead)) return false;
        var partitions = Partitions(accesses, size);
        if (partitions is null) return false;
        Rewrite(alloca, accesses, partitions);
        // Users before what they use (the list is mostly in that order already).
        for (bool erased = true; erased;)
        {
            erased = false;
            for (int i = dead.Count - 1; i >= 0; i--)
                if (dead[i].Parent is not null && !dead[i].HasUsers)
                {
                    dead[i].EraseFromParent();
                    erased = true;
                }
        }
        alloca.EraseFromParent();
        return true;
    }

    // ---- Collecting the accesses ----

    private static bool CollectAccesses(AllocaInst alloca, long size, List<Access> accesses, List<Instruction> dead)
    {
        var work = new Stack<(Value Pointer, long Offset)>();
        work.Push((alloca, 0));
        while (work.Count > 0)
        {
            var (pointer, offset) = work.Pop();
            foreach (var user in pointer.Users)
            {
                if (user is not Instruction inst) return false;
                switch (inst)
                {
                    case GetElementPtrInst gep when ReferenceEquals(gep.BasePointer, pointer) && !gep.Type.IsVector &&
                                                    AliasAnalysis.ConstantOffset(gep.SourceElementType, gep, 1) is { } o:
                        dead.Add(gep);
                        work.Push((gep, offset + o));
                        break;
                    case LoadInst load when !load.IsVolatile:
                        dead.Add(load);
                        if (!AddLoad(load, offset, alloca, accesses, dead)) return false;
                        break;
                    case StoreInst store when !store.IsVolatile && ReferenceEquals(store.Pointer, pointer) &&
                                              !ReferenceEquals(store.StoredValue, pointer):
                        if (!AddStore(store, offset, alloca, accesses, dead)) return false;
                        dead.Add(store);
                        break;
                    case CallInst call:
                        if (!AddMemoryCall(call, pointer, offset, alloca, accesses)) return false;
                        dead.Add(call);
                        break;
                    default:
                        return false;
                }
            }
        }
        foreach (var a in accesses)
            if (a.Offset < 0 || a.Size <= 0 || a.End > size) return false;
        return true;
    }

    private static bool AddLoad(LoadInst load, long offset, AllocaInst alloca, List<Access> accesses, List<Instruction> dead)
    {
        var t = load.Type;
        if (!t.IsAggregate)
        {
            accesses.Add(new Access { Kind = AccessKind.Load, Offset = offset, Size = DataLayout.StoreSize(t), Position = load, Result = load, Type = t });
            return true;
        }
        // An aggregate loaded only to be stored is a copy of its fields' bytes.
        // The alloca is read at the load and the other memory written at the store.
        if (load.UserCount == 1 && load.Users[0] is StoreInst { IsVolatile: false } copy && ReferenceEquals(copy.StoredValue, load))
        {
            if (FieldRuns(t) is not { } runs) return false;
            dead.Add(copy);
            foreach (var (start, size) in runs)
                if (!AddCopy(load, copy, isDest: false, copy.Pointer, start, offset + start, size, alloca, accesses)) return false;
            return true;
        }
        var leaves = Leaves(t);
        if (leaves is null) return false;
        var extracted = new List<(ExtractValueInst Extract, LeafField Leaf)>();
        foreach (var u in load.Users)
            if (u is ExtractValueInst e && Find(leaves, e.Indices) is int k and >= 0) extracted.Add((e, leaves[k]));
        if (extracted.Count == load.UserCount)
        {
            foreach (var (e, leaf) in extracted)
            {
                accesses.Add(new Access { Kind = AccessKind.Load, Offset = offset + leaf.Offset, Size = DataLayout.StoreSize(leaf.Type), Position = load, Result = e, Type = leaf.Type });
                dead.Add(e);
            }
            return true;
        }
        // Every field is read, and the aggregate built from them (see Rewrite).
        foreach (var leaf in leaves)
            accesses.Add(new Access { Kind = AccessKind.Load, Offset = offset + leaf.Offset, Size = DataLayout.StoreSize(leaf.Type), Position = load, Result = load, Leaf = leaf.Path, Type = leaf.Type });
        return true;
    }

    private static bool AddStore(StoreInst store, long offset, AllocaInst alloca, List<Access> accesses, List<Instruction> dead)
    {
        var value = store.StoredValue;
        var t = value.Type;
        if (!t.IsAggregate)
        {
            accesses.Add(new Access { Kind = AccessKind.Store, Offset = offset, Size = DataLayout.StoreSize(t), Position = store, Type = t });
            return true;
        }
        // An aggregate store writes its fields' bytes, not the padding between them.
        var runs = FieldRuns(t);
        if (runs is null) return false;
        if (value is Constant c)
        {
            var image = new byte[DataLayout.StoreSize(t)];
            if (!ConstantBytes(c, image, 0)) return false;
            foreach (var (start, size) in runs)
                accesses.Add(new Access { Kind = AccessKind.SetBytes, Offset = offset + start, Size = size, Position = store, Bytes = image.AsSpan((int)start, (int)size).ToArray() });
            return true;
        }
        if (value is LoadInst { IsVolatile: false, UserCount: 1 } source)
        {
            // A copy: the other memory is read at the load, the alloca written at the store.
            dead.Add(source);
            foreach (var (start, size) in runs)
                if (!AddCopy(store, source, isDest: true, source.Pointer, start, offset + start, size, alloca, accesses)) return false;
            return true;
        }
        foreach (var leaf in Leaves(t)!)
            accesses.Add(new Access { Kind = AccessKind.Store, Offset = offset + leaf.Offset, Size = DataLayout.StoreSize(leaf.Type), Position = store, Leaf = leaf.Path, Type = leaf.Type });
        return true;
    }

    private static bool AddMemoryCall(CallInst call, Value pointer, long offset, AllocaInst alloca, List<Access> accesses)
    {
        var b = call.Builtin;
        bool libc = b is Builtin.LibcMemCpy or Builtin.LibcMemMove or Builtin.LibcMemSet;
        if (libc && call.HasUsers) return false; // the C routines return the destination: it would escape
        if (!libc && (call.ArgumentCount < 4 || call.GetArgument(3) is not ConstantInt { Bits: 0 })) return false; // volatile
        if (call.GetArgument(2) is not ConstantInt { } length || length.Bits == 0 || length.Bits > MaxAllocaSize) return false;
        long n = (long)length.Bits;
        switch (b)
        {
            case Builtin.MemSet or Builtin.LibcMemSet:
            {
                if (!ReferenceEquals(call.GetArgument(0), pointer) || ReferenceEquals(call.GetArgument(1), pointer)) return false;
                if (call.GetArgument(1) is not ConstantInt { } fill) return false;
                var bytes = new byte[n];
                Array.Fill(bytes, (byte)fill.Bits);
                accesses.Add(new Access { Kind = AccessKind.SetBytes, Offset = offset, Size = n, Position = call, Bytes = bytes });
                return true;
            }
            case Builtin.MemCpy or Builtin.MemMove or Builtin.LibcMemCpy or Builtin.LibcMemMove:
            {
                bool isDest = ReferenceEquals(call.GetArgument(0), pointer);
                if (isDest == ReferenceEquals(call.GetArgument(1), pointer)) return false; // both sides, or neither
                return AddCopy(call, call, isDest, call.GetArgument(isDest ? 1 : 0), 0, offset, n, alloca, accesses, mayFault: true);
            }
            default:
                return false;
        }
    }

    /// <summary>
    /// A copy of n bytes between the alloca at <paramref name="offset"/> and <paramref name="other"/>
    /// + <paramref name="otherDelta"/>: a memcpy (both positions are the call), or a run of fields of
    /// an aggregate load and the store of it.
    /// </summary>
    private static bool AddCopy(Instruction position, Instruction otherPosition, bool isDest, Value other, long otherDelta, long offset, long n,
                                AllocaInst alloca, List<Access> accesses, bool mayFault = false)
    {
        var (otherBase, otherOffset) = AliasAnalysis.Decompose(other);
        otherOffset += otherDelta;
        if (ReferenceEquals(otherBase, alloca)) return false;
        bool valid = ValidMemory.Covers(otherBase, otherOffset, n, write: !isDest);
        if (!valid && !mayFault) return false;
        if (valid && isDest && otherBase is GlobalVariable { IsConstant: true, Initializer: { } init } global)
        {
            var image = new byte[DataLayout.AllocSize(global.ValueType)];
            if (ConstantBytes(init, image, 0))
            {
                accesses.Add(new Access { Kind = AccessKind.SetBytes, Offset = offset, Size = n, Position = position, Bytes = image.AsSpan((int)otherOffset, (int)n).ToArray() });
                return true;
            }
        }
        accesses.Add(new Access { Kind = isDest ? AccessKind.CopyIn : AccessKind.CopyOut, Offset = offset, Size = n, Position = position, Other = other, OtherDelta = otherDelta, OtherPosition = otherPosition, OtherMayFault = !valid });
        return true;
    }

    // ---- Aggregate fields ----

    private readonly record struct LeafField(long Offset, IrType Type, int[] Path);

    /// <summary>The non-aggregate fields of an aggregate type with their offsets, or null when there are too many.</summary>
    private static List<LeafField>? Leaves(IrType t)
    {
        var leaves = new List<LeafField>();
        return AddLeaves(t, 0, [], leaves) ? leaves : null;
    }

    private static bool AddLeaves(IrType t, long offset, int[] path, List<LeafField> leaves)
    {
        switch (t)
        {
            case StructType s:
                for (int i = 0; i < s.Fields.Count; i++)
                    if (!AddLeaves(s.Fields[i], offset + DataLayout.FieldOffset(s, i), [.. path, i], leaves)) return false;
                return true;
            case ArrayType a:
                if (a.Count > MaxLeaves) return false;
                for (int i = 0; i < a.Count; i++)
                    if (!AddLeaves(a.Element, offset + i * DataLayout.AllocSize(a.Element), [.. path, i], leaves)) return false;
                return true;
            default:
                if (leaves.Count >= MaxLeaves || !t.IsFirstClass) return false;
                leaves.Add(new LeafField(offset, t, path));
                return true;
        }
    }

    private static int Find(List<LeafField> leaves, int[] path)
    {
        for (int i = 0; i < leaves.Count; i++)
            if (leaves[i].Path.AsSpan().SequenceEqual(path)) return i;
        return -1;
    }

    /// <summary>The byte ranges an aggregate's fields cover, adjacent fields merged (what a store of it writes), or null when there are too many fields.</summary>
    private static List<(long Start, long Size)>? FieldRuns(IrType t)
    {
        var leaves = Leaves(t);
        if (leaves is null) return null;
        var runs = new List<(long Start, long Size)>();
        foreach (var leaf in leaves)
        {
            long size = DataLayout.StoreSize(leaf.Type);
            if (runs.Count > 0 && runs[^1].Start + runs[^1].Size == leaf.Offset) runs[^1] = (runs[^1].Start, runs[^1].Size + size);
            else runs.Add((leaf.Offset, size));
        }
        return runs;
    }

    // ---- Partitioning ----

    private static List<Partition>? Partitions(List<Access> accesses, long size)
    {
        // Bytes inside a partition of loads and stores.
        var inPartition = new bool[size];
        var partitions = new List<Partition>();
        var scalar = accesses.Where(a => !a.IsSplittable).OrderBy(a => a.Offset).ToList();
        foreach (var a in scalar)
        {
            if (partitions.Count > 0 && a.Offset < partitions[^1].End)
                partitions[^1].End = Math.Max(partitions[^1].End, a.End);
            else
                partitions.Add(new Partition { Start = a.Offset, End = a.End });
        }
        foreach (var p in partitions)
            for (long b = p.Start; b < p.End; b++) inPartition[b] = true;
        // Bytes only memcpy and memset touch: pieces between the ends of those accesses.
        var cut = new bool[size + 1];
        var copied = new bool[size];
        foreach (var a in accesses)
        {
            if (!a.IsSplittable) continue;
            cut[a.Offset] = cut[a.End] = true;
            for (long b = a.Offset; b < a.End; b++) copied[b] = true;
        }
        for (long b = 0; b < size;)
        {
            if (inPartition[b] || !copied[b]) { b++; continue; }
            long end = b + 1;
            while (end < size && !inPartition[end] && copied[end] && !cut[end]) end++;
            while (b < end)
            {
                long piece = 8;
                while (piece > 1 && (b % piece != 0 || b + piece > end)) piece /= 2;
                partitions.Add(new Partition { Start = b, End = b + piece, Type = IntegerType.Get((int)piece * 8) });
                b += piece;
            }
        }
        if (partitions.Count > MaxPartitions) return null;
        partitions.Sort((x, y) => x.Start.CompareTo(y.Start));
        foreach (var p in partitions)
            p.IsRead = accesses.Exists(a => a.Kind is AccessKind.Load or AccessKind.CopyOut && a.Offset < p.End && a.End > p.Start);
        foreach (var p in partitions)
            if (p.Type is null && !ChooseType(p, accesses)) return null;
        // The pieces of memcpys and memsets must be readable and writable. A memcpy whose other side
        // may fault must stay one load or store of its whole length there: the interpreter reports
        // a memcpy's fault as that access's ("out-of-bounds load of 4 bytes at offset 6 of ...").
        foreach (var a in accesses)
        {
            if (!a.IsSplittable) continue;
            if (a.OtherMayFault && partitions.Count(p => p.Start < a.End && p.End > a.Offset) != 1) return null;
            foreach (var p in partitions)
            {
                long start = Math.Max(p.Start, a.Offset), end = Math.Min(p.End, a.End);
                if (start >= end) continue;
                bool whole = start == p.Start && end == p.End;
                if (!whole && !IsPieceSize(end - start)) return null;
                if (a.Kind == AccessKind.SetBytes && whole && (p.Type.IsPointer || p.Type.IsVector) &&
                    a.Bytes.AsSpan((int)(start - a.Offset), (int)(end - start)).ContainsAnyExcept((byte)0)) return null;
            }
        }
        return partitions;
    }

    private static bool IsPieceSize(long n) => n is 1 or 2 or 4 or 8;

    /// <summary>Bits of the type fill its bytes exactly (no i1 or i17, no vector of i1).</summary>
    private static bool FillsBytes(IrType t) => t.IsVector
        ? ((VectorType)t).Element.ScalarBits % 8 == 0
        : t.IsPointer || t.ScalarBits % 8 == 0;

    /// <summary>The type of a partition of loads and stores; false if its accesses cannot share one value.</summary>
    private static bool ChooseType(Partition p, List<Access> accesses)
    {
        IrType? only = null;
        bool sameType = true, exact = true, touchedBySplit = false, mixable = true;
        foreach (var a in accesses)
        {
            if (a.End <= p.Start || a.Offset >= p.End) continue;
            if (a.IsSplittable)
            {
                touchedBySplit = true;
                if (a.Offset > p.Start || a.End < p.End) exact = false;
                continue;
            }
            var t = a.Type!;
            if (a.Offset != p.Start || a.End != p.End) exact = false;
            if (only is null) only = t;
            else if (!ReferenceEquals(only, t)) sameType = false;
            if (!(t.IsInteger || t.IsFloatingPoint) || !FillsBytes(t)) mixable = false;
        }
        if (exact && sameType && only is not null && (!touchedBySplit || FillsBytes(only)))
        {
            p.Type = only;
            return true;
        }
        if (!mixable || !IsPieceSize(p.Size)) return false;
        p.Type = IntegerType.Get((int)p.Size * 8);
        p.Widened = !exact;
        return true;
    }

    // ---- Rewriting ----

    private static void Rewrite(AllocaInst alloca, List<Access> accesses, List<Partition> partitions)
    {
        for (int i = 0; i < partitions.Count; i++)
        {
            var p = partitions[i];
            p.Alloca = new AllocaInst(p.Type, ConstantInt.Get(32, 1))
            {
                Name = alloca.Name is null ? null : $"{alloca.Name}.sroa.{i}",
                Alignment = DataLayout.AbiAlignment(p.Type),
                Location = alloca.Location,
            };
            alloca.Parent!.InsertBefore(p.Alloca, alloca);
            if (p.Widened) Insert(new StoreInst(Constant.NullValue(p.Type), p.Alloca) { Alignment = p.Alloca.Alignment }, alloca);
        }
        // Whole aggregates loaded: built field by field from undef (their padding is never stored).
        var built = new Dictionary<Value, Value>();
        foreach (var a in accesses)
        {
            switch (a.Kind)
            {
                case AccessKind.Load when a.Leaf is not null:
                {
                    var field = Read(partitions, a.Offset, a.Type!, a.Position);
                    var aggregate = built.TryGetValue(a.Result!, out var partial) ? partial : new UndefValue(a.Result!.Type);
                    built[a.Result!] = Insert(new InsertValueInst(aggregate, field, a.Leaf), a.Position);
                    break;
                }
                case AccessKind.Load:
                    a.Result!.ReplaceAllUsesWith(Read(partitions, a.Offset, a.Type!, a.Position));
                    break;
                case AccessKind.Store:
                {
                    // Read the stored value only now: rewriting a load before may have replaced it.
                    var stored = ((StoreInst)a.Position).StoredValue;
                    var value = a.Leaf is null ? stored : Insert(new ExtractValueInst(stored, a.Leaf), a.Position);
                    Write(partitions, a.Offset, value, a.Position);
                    break;
                }
                default:
                    RewriteSplittable(a, partitions);
                    break;
            }
        }
        foreach (var (load, aggregate) in built) load.ReplaceAllUsesWith(aggregate);
    }

    private static void RewriteSplittable(Access a, List<Partition> partitions)
    {
        foreach (var p in partitions)
        {
            long start = Math.Max(p.Start, a.Offset), end = Math.Min(p.End, a.End);
            // Nothing reads the partition: the copy into it is dropped, unless its load may fault.
            if (start >= end || (!p.IsRead && a.Kind != AccessKind.CopyOut && !a.OtherMayFault)) continue;
            var type = start == p.Start && end == p.End ? p.Type : IntegerType.Get((int)(end - start) * 8);
            switch (a.Kind)
            {
                case AccessKind.SetBytes:
                    Write(partitions, start, FromBytes(type, a.Bytes.AsSpan((int)(start - a.Offset))), a.Position);
                    break;
                case AccessKind.CopyIn:
                {
                    var load = Insert(new LoadInst(type, OtherAt(a, start)) { Alignment = 1 }, a.OtherPosition!);
                    Write(partitions, start, load, a.Position);
                    break;
                }
                case AccessKind.CopyOut:
                {
                    var value = Read(partitions, start, type, a.Position);
                    Insert(new StoreInst(value, OtherAt(a, start)) { Alignment = 1 }, a.OtherPosition!);
                    break;
                }
            }
        }
    }

    /// <summary>The memcpy's other pointer, advanced to where byte <paramref name="offset"/> of the alloca goes.</summary>
    private static Value OtherAt(Access a, long offset)
    {
        long delta = offset - a.Offset + a.OtherDelta;
        if (delta == 0) return a.Other!;
        return Insert(new GetElementPtrInst(IrType.I8, a.Other!, [ConstantInt.Get(64, delta)]) { InBounds = true }, a.OtherPosition!);
    }

    private static Partition Containing(List<Partition> partitions, long offset)
    {
        foreach (var p in partitions)
            if (offset >= p.Start && offset < p.End) return p;
        throw new InvalidOperationException("sroa: no partition holds the access");
    }

    /// <summary>Reads a value of <paramref name="type"/> at <paramref name="offset"/>, inside one partition.</summary>
    private static Value Read(List<Partition> partitions, long offset, IrType type, Instruction before)
    {
        var p = Containing(partitions, offset);
        Value value = Insert(new LoadInst(p.Type, p.Alloca) { Alignment = p.Alloca.Alignment }, before);
        long size = DataLayout.StoreSize(type);
        if (offset == p.Start && size == p.Size) return Convert(value, type, before);
        if (offset > p.Start)
            value = Insert(new BinaryInst(Opcode.LShr, value, new ConstantInt((IntegerType)p.Type, (offset - p.Start) * 8)), before);
        value = Insert(new CastInst(Opcode.Trunc, value, IntegerType.Get((int)size * 8)), before);
        return Convert(value, type, before);
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="offset"/>, inside one partition.</summary>
    private static void Write(List<Partition> partitions, long offset, Value value, Instruction before)
    {
        var p = Containing(partitions, offset);
        if (!p.IsRead) return;
        long size = DataLayout.StoreSize(value.Type);
        if (offset == p.Start && size == p.Size)
        {
            Insert(new StoreInst(Convert(value, p.Type, before), p.Alloca) { Alignment = p.Alloca.Alignment }, before);
            return;
        }
        var whole = (IntegerType)p.Type;
        int shift = (int)(offset - p.Start) * 8;
        var piece = Convert(value, IntegerType.Get((int)size * 8), before);
        Value bits = Insert(new CastInst(Opcode.ZExt, piece, whole), before);
        if (shift > 0) bits = Insert(new BinaryInst(Opcode.Shl, bits, new ConstantInt(whole, shift)), before);
        ulong keep = ~(((size == 8 ? ulong.MaxValue : (1UL << (int)(size * 8)) - 1)) << shift) & whole.Mask;
        Value old = Insert(new LoadInst(whole, p.Alloca) { Alignment = p.Alloca.Alignment }, before);
        old = Insert(new BinaryInst(Opcode.And, old, new ConstantInt(whole, keep)), before);
        var merged = Insert(new BinaryInst(Opcode.Or, old, bits), before);
        Insert(new StoreInst(merged, p.Alloca) { Alignment = p.Alloca.Alignment }, before);
    }

    /// <summary>The same bits as another type of the same size (integer and floating point).</summary>
    private static Value Convert(Value value, IrType type, Instruction before)
    {
        if (ReferenceEquals(value.Type, type)) return value;
        if (value is Constant c && FromConstant(c, type) is { } folded) return folded;
        return Insert(new CastInst(Opcode.BitCast, value, type), before);
    }

    private static Constant? FromConstant(Constant c, IrType type)
    {
        var bytes = new byte[DataLayout.StoreSize(c.Type)];
        return ConstantBytes(c, bytes, 0) ? FromBytes(type, bytes) : null;
    }

    private static T Insert<T>(T inst, Instruction before) where T : Instruction
    {
        inst.Location = before.Location;
        before.Parent!.InsertBefore(inst, before);
        return inst;
    }

    // ---- Constants as bytes ----

    /// <summary>
    /// Writes the memory image of a constant (little-endian; undef and padding are zero bytes, as the
    /// interpreter stores them); false for pointers other than null and constant expressions.
    /// </summary>
    private static bool ConstantBytes(Constant c, byte[] bytes, long offset)
    {
        switch (c)
        {
            case ConstantInt i:
                return WriteBits(i.Bits, DataLayout.StoreSize(i.Type), bytes, offset);
            case ConstantFP fp:
                return WriteBits(fp.Bits, DataLayout.StoreSize(fp.Type), bytes, offset);
            case ConstantPointerNull or ConstantAggregateZero or UndefValue or PoisonValue:
                return offset + DataLayout.StoreSize(c.Type) <= bytes.Length;
            case ConstantString s:
                s.Bytes.CopyTo(bytes.AsSpan((int)offset));
                return true;
            case ConstantAggregate agg:
            {
                switch (agg.Type)
                {
                    case StructType st:
                        for (int k = 0; k < st.Fields.Count; k++)
                            if (!ConstantBytes(agg.GetAggregateElement(k)!, bytes, offset + DataLayout.FieldOffset(st, k))) return false;
                        return true;
                    case ArrayType at:
                        for (int k = 0; k < at.Count; k++)
                            if (!ConstantBytes(agg.GetAggregateElement(k)!, bytes, offset + k * DataLayout.AllocSize(at.Element))) return false;
                        return true;
                    case VectorType vt when vt.Element.ScalarBits % 8 == 0 && !vt.Element.IsPointer:
                        for (int k = 0; k < vt.Count; k++)
                            if (!ConstantBytes(agg.GetAggregateElement(k)!, bytes, offset + k * (vt.Element.ScalarBits / 8))) return false;
                        return true;
                }
                return false;
            }
            default:
                return false;
        }
    }

    private static bool WriteBits(ulong bits, long size, byte[] bytes, long offset)
    {
        if (size > 8 || offset + size > bytes.Length) return false;
        for (int k = 0; k < size; k++) bytes[offset + k] = (byte)(bits >> (8 * k));
        return true;
    }

    /// <summary>The constant of <paramref name="type"/> whose memory image starts the span (integers, floating point; null pointers and zero vectors).</summary>
    private static Constant FromBytes(IrType type, ReadOnlySpan<byte> bytes)
    {
        long size = DataLayout.StoreSize(type);
        ulong bits = 0;
        if (type.IsInteger || type.IsFloatingPoint)
            for (int k = 0; k < size; k++) bits |= (ulong)bytes[k] << (8 * k);
        return type switch
        {
            IntegerType i => new ConstantInt(i, bits),
            FloatingType f => new ConstantFP(f, bits),
            _ => Constant.NullValue(type), // checked to be all zero by Partitions
        };
    }
}
