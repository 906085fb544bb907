// A simple alias analysis for one function: may two memory accesses (pointer, size in bytes) touch
// the same bytes, and may an instruction read or write a given access's bytes.
// Answers:
//   - MustAlias: same start address (the same base pointer plus the same constant offset).
//   - NoAlias: constant offsets from one base with disjoint byte ranges; different underlying objects
//     where one of: two distinct allocas, globals or functions (separate memory segments, see
//     docs/semantics.md); an alloca against an argument (the alloca is created after the arguments
//     were computed); an alloca whose address never escapes against any pointer not derived from it
//     (arguments, loaded pointers, call results, globals); a `noalias` argument against other
//     arguments and globals.
//   - MayAlias otherwise.
// Underlying objects are found through getelementptr (any indices), pointer bitcasts, phi and select.
// Assumptions, LLVM's rules that the interpreter cannot observe in practice: a pointer computed from
// one object by getelementptr never reaches another object (it would need an offset of 2^40 bytes,
// the segment size; a constant offset of 2^32 or more makes the base unknown here), and no code
// guesses the address of memory whose address it was never given (a call cannot reach a
// non-escaping alloca). `inttoptr` results are unknown and may alias anything, even a
// non-escaping alloca.
// Built-in calls: pure ones (math intrinsics...) touch no memory; memset/memcpy/memmove write their
// destination (and memcpy/memmove read their source); strlen/memcmp/strcmp only read their arguments;
// any other call may read and write everything except non-escaping allocas (and never writes a
// `constant` global, which would fault).
// Two accesses are compared at one moment: constant offsets from the same base SSA value are only
// compared across time (`sameTime: false`, e.g. with a loop in between) when the base is
// loop-invariant (an argument, a constant or global, or an entry-block instruction).
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public enum AliasResult { NoAlias, MayAlias, MustAlias }

/// <summary>The bytes an access touches: from <see cref="Pointer"/>, <see cref="Size"/> bytes (-1 = unknown).</summary>
public readonly record struct MemoryLocation(Value Pointer, long Size)
{
    public const long UnknownSize = -1;

    public static MemoryLocation Of(LoadInst load) => new(load.Pointer, DataLayout.StoreSize(load.Type));

    public static MemoryLocation Of(StoreInst store) => new(store.Pointer, DataLayout.StoreSize(store.StoredValue.Type));
}

public sealed class AliasAnalysis
{
    private const int MaxObjects = 8;
    private const int MaxDepth = 16;
    private const long MaxOffset = 1L << 32;

    private Function _function;
    private readonly Dictionary<AllocaInst, bool> _escapes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Value, List<Value>?> _objects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Value, (Value, long)> _decomposed = new(ReferenceEqualityComparer.Instance);
    // The object search's sets, reused from search to search.
    private readonly HashSet<Value> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<(Value, int)> _work = new();

    public AliasAnalysis(Function function) => _function = function;

    /// <summary>An analysis of no function yet, for a pass that keeps one and calls <see cref="Reset"/> at each run.</summary>
    public AliasAnalysis() => _function = null!;

    /// <summary>
    /// Forgets everything cached and answers for <paramref name="function"/> from now on, as a new
    /// instance would (a pass keeps one instance and its tables from run to run).
    /// </summary>
    public void Reset(Function function)
    {
        _function = function;
        if (_escapes.Count > 0) _escapes.Clear();
        if (_objects.Count > 0) _objects.Clear();
        if (_decomposed.Count > 0) _decomposed.Clear();
        Array.Clear(_lastDecomposed);
        Array.Clear(_lastDecomposition);
        Array.Clear(_lastObjectsOf);
        Array.Clear(_lastObjects);
    }

    // ---- Pointer decomposition ----

    /// <summary>
    /// Strips getelementptrs with constant indices and pointer bitcasts: <paramref name="pointer"/> is
    /// <c>base + offset</c> bytes. Always succeeds (at worst base = pointer, offset 0).
    /// </summary>
    public static (Value Base, long Offset) Decompose(Value pointer)
    {
        long offset = 0;
        for (int depth = 0; depth < MaxDepth; depth++)
        {
            switch (pointer)
            {
                case GetElementPtrInst gep when !gep.Type.IsVector && ConstantOffset(gep.SourceElementType, gep, 1) is { } o:
                    if (!TryAdd(ref offset, o)) return (pointer, 0);
                    pointer = gep.BasePointer;
                    continue;
                case ConstantExpr { Opcode: Opcode.GetElementPtr } ce when !ce.Type.IsVector &&
                                                                           ConstantOffset(ce.SourceElementType!, ce, 1) is { } o2:
                    if (!TryAdd(ref offset, o2)) return (pointer, 0);
                    pointer = ce.Op(0);
                    continue;
                case CastInst { Opcode: Opcode.BitCast } c when c.Operand.Type.IsPointer:
                    pointer = c.Operand;
                    continue;
                case ConstantExpr { Opcode: Opcode.BitCast } ce2 when ce2.Op(0).Type.IsPointer:
                    pointer = ce2.Op(0);
                    continue;
            }
            break;
        }
        return (pointer, offset);
    }

    // Per side of an Alias query (0: the first location, 1: the second; 2: the location asked about
    // in the questions on calls), the last pointer decomposed and the last pointer whose objects were
    // looked up: passes ask about one access against many others in a row (DSE scans the
    // instructions after a store, GVN drops what a store may overwrite).
    private readonly Value?[] _lastDecomposed = new Value?[2];
    private readonly (Value Base, long Offset)[] _lastDecomposition = new (Value, long)[2];
    private readonly Value?[] _lastObjectsOf = new Value?[3];
    private readonly List<Value>?[] _lastObjects = new List<Value>?[3];

    private (Value Base, long Offset) DecomposeCached(Value pointer, int side)
    {
        if (pointer is AllocaInst or Argument or GlobalValue) return (pointer, 0);
        if (ReferenceEquals(pointer, _lastDecomposed[side])) return _lastDecomposition[side];
        if (!_decomposed.TryGetValue(pointer, out var known)) _decomposed[pointer] = known = Decompose(pointer);
        _lastDecomposed[side] = pointer;
        _lastDecomposition[side] = known;
        return known;
    }

    private static bool TryAdd(ref long offset, long add)
    {
        long sum = offset + add;
        if (Math.Abs(sum) >= MaxOffset) return false;
        offset = sum;
        return true;
    }

    /// <summary>The byte offset of a getelementptr whose indices are all constant, or null.</summary>
    /// <param name="gep">The instruction or constant expression; its operands from <paramref name="firstIndex"/> on are the indices.</param>
    public static long? ConstantOffset(IrType source, User gep, int firstIndex)
    {
        long offset = 0;
        var t = source;
        bool first = true;
        for (int k = firstIndex; k < gep.OperandCount; k++)
        {
            var index = gep.GetOperand(k);
            long idx;
            if (index is ConstantInt ci) idx = ci.SExtValue;
            else if (index is Constant { IsZeroValue: true } && !index.Type.IsVector) idx = 0;
            else return null;
            long step;
            if (first)
            {
                step = DataLayout.AllocSize(t);
                first = false;
            }
            else if (t is StructType s)
            {
                if (idx < 0 || idx >= s.Fields.Count) return null;
                offset += DataLayout.FieldOffset(s, (int)idx);
                t = s.Fields[(int)idx];
                continue;
            }
            else if (t is ArrayType a)
            {
                t = a.Element;
                step = DataLayout.AllocSize(t);
            }
            else return null; // vectors: the engines disagree on the lane step; stay out of it
            // (Not Math.Abs: idx may be long.MinValue, whose absolute value throws. A product that
            // wraps past 2^63 has a magnitude of at least 2^33 and fails the check below.)
            if (idx <= -MaxOffset || idx >= MaxOffset || step >= MaxOffset) return null;
            offset += idx * step;
            if (offset <= -MaxOffset || offset >= MaxOffset) return null;
        }
        return offset;
    }

    /// <summary>
    /// The objects <paramref name="pointer"/> may point into, through getelementptr, pointer bitcasts,
    /// phi and select; false if there are too many or the search is too deep (then: unknown).
    /// </summary>
    public static bool TryGetUnderlyingObjects(Value pointer, List<Value> objects) =>
        TryGetUnderlyingObjects(pointer, objects, new HashSet<Value>(ReferenceEqualityComparer.Instance), new Stack<(Value, int)>());

    private static bool TryGetUnderlyingObjects(Value pointer, List<Value> objects, HashSet<Value> seen, Stack<(Value, int)> work)
    {
        objects.Clear();
        // The usual case first: a chain of getelementptrs and casts down to one object, no phi or
        // select on the way and no longer than the limit; anything else takes the general search
        // (which finds the same for such a chain).
        var v0 = pointer;
        for (int depth = 0; depth <= MaxDepth; depth++)
        {
            switch (v0)
            {
                case GetElementPtrInst gep:
                    v0 = gep.BasePointer;
                    continue;
                case ConstantExpr { Opcode: Opcode.GetElementPtr or Opcode.BitCast } ce:
                    v0 = ce.Op(0);
                    continue;
                case CastInst { Opcode: Opcode.BitCast } c when c.Operand.Type.IsPointer:
                    v0 = c.Operand;
                    continue;
                case PhiInst or SelectInst:
                    break;
                default:
                    objects.Add(v0);
                    return true;
            }
            break;
        }
        seen.Clear();
        work.Clear();
        work.Push((pointer, 0));
        while (work.Count > 0)
        {
            var (v, depth) = work.Pop();
            if (depth > MaxDepth) return false;
            if (!seen.Add(v)) continue;
            switch (v)
            {
                case GetElementPtrInst gep:
                    work.Push((gep.BasePointer, depth + 1));
                    break;
                case ConstantExpr { Opcode: Opcode.GetElementPtr or Opcode.BitCast } ce:
                    work.Push((ce.Op(0), depth + 1));
                    break;
                case CastInst { Opcode: Opcode.BitCast } c when c.Operand.Type.IsPointer:
                    work.Push((c.Operand, depth + 1));
                    break;
                case PhiInst phi:
                    for (int i = 0; i < phi.IncomingCount; i++) work.Push((phi.GetIncomingValue(i), depth + 1));
                    break;
                case SelectInst sel:
                    work.Push((sel.TrueValue, depth + 1));
                    work.Push((sel.FalseValue, depth + 1));
                    break;
                default:
                    if (objects.Count >= MaxObjects) return false;
                    objects.Add(v);
                    break;
            }
        }
        return true;
    }

    /// <summary>Allocas, globals and functions: memory segments that are certainly distinct from each other.</summary>
    public static bool IsIdentifiedObject(Value v) => v is AllocaInst or GlobalVariable or Function;

    // ---- Escapes ----

    /// <summary>
    /// Whether the alloca's address may become known to anyone else: stored as a value, passed to a call
    /// (other than the memory built-ins, which do not keep it), returned, converted to an integer, put in
    /// an aggregate or vector... Derived pointers (getelementptr, bitcast, phi, select) are followed.
    /// </summary>
    public bool Escapes(AllocaInst alloca)
    {
        if (_escapes.TryGetValue(alloca, out bool known)) return known;
        bool result = ComputeEscapes(alloca);
        _escapes[alloca] = result;
        return result;
    }

    private static bool ComputeEscapes(AllocaInst alloca)
    {
        var seen = new HashSet<Value>(ReferenceEqualityComparer.Instance) { alloca };
        var work = new Stack<Value>();
        work.Push(alloca);
        while (work.Count > 0)
        {
            var v = work.Pop();
            foreach (var user in v.Users)
            {
                switch (user)
                {
                    case LoadInst:
                        break;
                    case StoreInst s when !ReferenceEquals(s.StoredValue, v):
                        break;
                    case ICmpInst:
                        break;
                    case GetElementPtrInst gep when ReferenceEquals(gep.BasePointer, v):
                    case CastInst { Opcode: Opcode.BitCast } c when c.Type.IsPointer:
                    case PhiInst:
                    case SelectInst sel when !ReferenceEquals(sel.Condition, v):
                        if (seen.Add(user)) work.Push(user);
                        break;
                    case CallInst call when IsNonCapturing(call, v):
                        break;
                    default:
                        return true;
                }
            }
        }
        return false;
    }

    /// <summary>Memory built-ins read or write through their pointer arguments but keep no copy of them.</summary>
    private static bool IsNonCapturing(CallInst call, Value v)
    {
        if (ReferenceEquals(call.Callee, v)) return false;
        return call.Builtin switch
        {
            Builtin.MemCpy or Builtin.MemMove or Builtin.MemSet or Builtin.StrLen or Builtin.MemCmp or Builtin.StrCmp => true,
            // The C versions return their destination: only a call whose result is unused keeps nothing.
            Builtin.LibcMemCpy or Builtin.LibcMemMove or Builtin.LibcMemSet => !call.HasUsers,
            _ => false,
        };
    }

    // ---- Alias queries ----

    public AliasResult Alias(MemoryLocation a, MemoryLocation b, bool sameTime = true)
    {
        var (baseA, offA) = DecomposeCached(a.Pointer, 0);
        return Alias(baseA, offA, a.Size, b, sameTime);
    }

    /// <summary>
    /// <see cref="Alias(MemoryLocation, MemoryLocation, bool)"/> for a first location already
    /// decomposed (<see cref="Decompose"/>: base and constant offset) by the caller, who keeps many.
    /// </summary>
    public AliasResult Alias(Value baseA, long offA, long sizeA, MemoryLocation b, bool sameTime = true)
    {
        var (baseB, offB) = DecomposeCached(b.Pointer, 1);
        if (SameValue(baseA, baseB) && (sameTime || IsLoopInvariant(baseA)))
        {
            if (offA == offB) return AliasResult.MustAlias;
            if (sizeA >= 0 && offA + sizeA <= offB) return AliasResult.NoAlias;
            if (b.Size >= 0 && offB + b.Size <= offA) return AliasResult.NoAlias;
            return AliasResult.MayAlias;
        }
        if (Objects(baseA, 0) is not { } objectsA || Objects(baseB, 1) is not { } objectsB) return AliasResult.MayAlias;
        foreach (var x in objectsA)
            foreach (var y in objectsB)
                if (!DistinctObjects(x, y)) return AliasResult.MayAlias;
        return AliasResult.NoAlias;
    }

    /// <summary>The underlying objects of a pointer (cached per function), or null when unknown.</summary>
    private List<Value>? Objects(Value pointer, int side)
    {
        if (ReferenceEquals(pointer, _lastObjectsOf[side])) return _lastObjects[side];
        var result = Objects(pointer);
        _lastObjectsOf[side] = pointer;
        _lastObjects[side] = result;
        return result;
    }

    private List<Value>? Objects(Value pointer)
    {
        if (_objects.TryGetValue(pointer, out var known)) return known;
        if (IsIdentifiedObject(pointer) || pointer is Argument) return _objects[pointer] = [pointer];
        var list = new List<Value>();
        var result = TryGetUnderlyingObjects(pointer, list, _seen, _work) ? list : null;
        _objects[pointer] = result;
        return result;
    }

    public static bool SameValue(Value a, Value b) => ReferenceEquals(a, b) || (a is Constant && a.Equals(b));

    /// <summary>Values that are the same at every moment of one execution of the function.</summary>
    private bool IsLoopInvariant(Value v) =>
        v is Argument or Constant || (v is Instruction i && ReferenceEquals(i.Parent, _function.EntryBlock));

    /// <summary>Whether no pointer into object <paramref name="x"/> can point into object <paramref name="y"/>.</summary>
    private bool DistinctObjects(Value x, Value y)
    {
        if (SameValue(x, y)) return false;
        if (IsIdentifiedObject(x) && IsIdentifiedObject(y)) return true;
        return OneWayDistinct(x, y) || OneWayDistinct(y, x);
    }

    private bool OneWayDistinct(Value x, Value y)
    {
        switch (x)
        {
            case AllocaInst when y is Argument:
                return true;
            case AllocaInst a when !IsIntToPtr(y) && !Escapes(a):
                // y is not derived from a (the object search would have reached a), and a's address
                // was never given away, so y cannot hold it.
                return true;
            case Argument { Attributes.NoAlias: true } when y is Argument or GlobalVariable or Function:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Pointers made from integers (or constant expressions that may hide such a conversion): they may point anywhere.</summary>
    private static bool IsIntToPtr(Value v) => v is CastInst { Opcode: Opcode.IntToPtr } or ConstantExpr || v is not (Instruction or Argument or Constant);

    /// <summary>Whether every object the location may be in is an alloca of this function that does not escape.</summary>
    public bool IsNonEscapingLocal(MemoryLocation loc)
    {
        if (Objects(loc.Pointer, 2) is not { Count: > 0 } objects) return false;
        foreach (var o in objects)
            if (o is not AllocaInst a || Escapes(a)) return false;
        return true;
    }

    /// <summary>Whether every object the location may be in is an alloca of this function (memory nobody sees after the function ends).</summary>
    public bool IsFunctionLocal(MemoryLocation loc) =>
        Objects(loc.Pointer, 2) is { Count: > 0 } objects && objects.TrueForAll(o => o is AllocaInst);

    private bool IsReadOnlyGlobal(MemoryLocation loc) =>
        Objects(loc.Pointer, 2) is { Count: > 0 } objects && objects.TrueForAll(o => o is GlobalVariable { IsConstant: true });

    // ---- Effects of instructions ----

    /// <summary>Whether executing <paramref name="inst"/> may change any byte of <paramref name="loc"/>.</summary>
    public bool MayWrite(Instruction inst, MemoryLocation loc, bool sameTime = true)
    {
        switch (inst)
        {
            case StoreInst store:
                return Alias(MemoryLocation.Of(store), loc, sameTime) != AliasResult.NoAlias;
            case CallInst call:
                if (Builtins.IsPure(call.Builtin)) return false;
                switch (call.Builtin)
                {
                    case Builtin.MemCpy or Builtin.MemMove or Builtin.MemSet or Builtin.LibcMemCpy or Builtin.LibcMemMove or Builtin.LibcMemSet:
                        return call.ArgumentCount < 3 || Alias(new MemoryLocation(call.GetArgument(0), LengthOf(call)), loc, sameTime) != AliasResult.NoAlias;
                    case Builtin.StrLen or Builtin.MemCmp or Builtin.StrCmp:
                        return false;
                }
                return !IsNonEscapingLocal(loc) && !IsReadOnlyGlobal(loc);
            default:
                return inst.MayWriteMemory;
        }
    }

    /// <summary>Whether executing <paramref name="inst"/> may read any byte of <paramref name="loc"/>.</summary>
    public bool MayRead(Instruction inst, MemoryLocation loc, bool sameTime = true)
    {
        switch (inst)
        {
            case LoadInst load:
                return Alias(MemoryLocation.Of(load), loc, sameTime) != AliasResult.NoAlias;
            case StoreInst:
                return false;
            case CallInst call:
                if (Builtins.IsPure(call.Builtin)) return false;
                switch (call.Builtin)
                {
                    case Builtin.MemSet or Builtin.LibcMemSet:
                        return false;
                    case Builtin.MemCpy or Builtin.MemMove or Builtin.LibcMemCpy or Builtin.LibcMemMove:
                        return call.ArgumentCount < 3 || Alias(new MemoryLocation(call.GetArgument(1), LengthOf(call)), loc, sameTime) != AliasResult.NoAlias;
                    case Builtin.StrLen or Builtin.MemCmp or Builtin.StrCmp:
                        foreach (var arg in call.Arguments)
                            if (arg.Type.IsPointer && Alias(new MemoryLocation(arg, MemoryLocation.UnknownSize), loc, sameTime) != AliasResult.NoAlias)
                                return true;
                        return false;
                }
                return !IsNonEscapingLocal(loc);
            default:
                return inst.MayReadMemory;
        }
    }

    /// <summary>The byte count of a memset/memcpy/memmove call when it is a constant, else unknown.</summary>
    private static long LengthOf(CallInst call) =>
        call.GetArgument(2) is ConstantInt { } c && c.Bits < (ulong)MaxOffset ? (long)c.Bits : MemoryLocation.UnknownSize;
}
