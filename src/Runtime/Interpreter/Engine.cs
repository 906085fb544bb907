// The interpreter's machine: memory, the compiled functions, and the dispatch loop. Calls do not
// recurse on the host stack: each IR call pushes a heap-allocated Frame and the loop continues in
// the callee, so deep or runaway recursion ends in a "stack overflow" IrException, never a host crash.
using System.Runtime.CompilerServices;
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Runtime.Interpreter;

internal sealed partial class Engine
{
    private readonly Dictionary<Function, CompiledFunction> _compiled = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, Function> _functionsBySegment = [];
    private readonly Dictionary<int, GlobalVariable> _globalsBySegment = [];

    public Engine(Module module, ExecutionLimits limits)
    {
        Module = module;
        Limits = limits;
        Memory = new Memory();
        Values = new ValueCodec(this);
        LayOutGlobals();
    }

    public Module Module { get; }
    public ExecutionLimits Limits { get; }
    public Memory Memory { get; }
    public ValueCodec Values { get; }

    /// <summary>Address of each global variable and function.</summary>
    public Dictionary<GlobalValue, ulong> Addresses { get; } = new(ReferenceEqualityComparer.Instance);

    private long _budget;

    private void LayOutGlobals()
    {
        foreach (var f in Module.Functions)
        {
            int seg = Memory.Allocate([], $"function @{f.Name}", readOnly: true);
            _functionsBySegment[seg] = f;
            Addresses[f] = Memory.PointerTo(seg);
        }
        var buffers = new List<(GlobalVariable, byte[])>();
        foreach (var g in Module.Globals)
        {
            long size = DataLayout.AllocSize(g.ValueType);
            if (size > int.MaxValue / 2) throw new IrException($"global @{g.Name} is too large ({size} bytes)");
            var bytes = new byte[size];
            int seg = Memory.Allocate(bytes, $"global @{g.Name}", readOnly: g.IsConstant);
            Addresses[g] = Memory.PointerTo(seg);
            _globalsBySegment[seg] = g;
            buffers.Add((g, bytes));
        }
        // Initializers may refer to any global's address, so they are written once all have one.
        foreach (var (g, bytes) in buffers)
            if (g.Initializer is { } init) Values.WriteConstant(bytes, 0, init);
    }

    public CompiledFunction GetCompiled(Function f)
    {
        if (!_compiled.TryGetValue(f, out var cf))
        {
            cf = FunctionCompiler.Compile(this, f);
            _compiled[f] = cf;
        }
        return cf;
    }

    public Function? FunctionAt(ulong pointer) =>
        (pointer & Memory.OffsetMask) == 0 && _functionsBySegment.TryGetValue(Memory.SegmentOf(pointer), out var f) ? f : null;

    /// <summary>Runs <paramref name="function"/> with already encoded arguments and returns its result.</summary>
    public Val Invoke(Function function, Val[] arguments)
    {
        _budget = Limits.MaxInstructions > 0 ? Limits.MaxInstructions : long.MaxValue;
        var frame = new Frame(GetCompiled(function), null);
        for (int i = 0; i < arguments.Length; i++) frame.Set(i, arguments[i]);
        try
        {
            return Run(frame);
        }
        finally
        {
            // An error leaves frames behind: release their stack memory.
            for (var f = _current; f is not null; f = f.Caller) ReleaseFrame(f);
            _current = null;
        }
    }

    private Frame? _current;

    private void ReleaseFrame(Frame f)
    {
        if (f.Segments is { } segs)
        {
            foreach (int s in segs) Memory.Free(s);
            segs.Clear();
        }
        _stackBytes -= f.StackBytes;
        f.StackBytes = 0;
    }

    private long _stackBytes;

    /// <summary>The byte fresh stack memory is filled with (0 unless a test asks otherwise).</summary>
    public byte FreshStackByte { get; init; }

    /// <summary>Allocates <paramref name="size"/> bytes of stack memory owned by <paramref name="f"/>.</summary>
    public ulong StackAllocate(Frame f, long size, string what, Instruction? at)
    {
        if (size < 0 || _stackBytes + size > Limits.MaxStackBytes || size > int.MaxValue / 2)
            throw IrException.At(at?.Location, $"stack overflow: {what} of {size} bytes exceeds the {Limits.MaxStackBytes}-byte stack limit");
        var bytes = new byte[size];
        if (FreshStackByte != 0) bytes.AsSpan().Fill(FreshStackByte);
        int seg = Memory.Allocate(bytes, what);
        (f.Segments ??= []).Add(seg);
        f.StackBytes += size;
        _stackBytes += size;
        return Memory.PointerTo(seg);
    }

    /// <summary>
    /// llvm.stacksave: a token naming the frame (its depth) and how many stack segments it holds now.
    /// It is not an address: only <see cref="RestoreStack"/> reads it.
    /// </summary>
    private static ulong StackMark(Frame f) => ((ulong)(uint)f.Depth << 32) | (uint)(f.Segments?.Count ?? 0);

    /// <summary>llvm.stackrestore: frees the frame's allocas made since <paramref name="mark"/> was taken.</summary>
    private void RestoreStack(Frame f, ulong mark, Instruction at)
    {
        int depth = (int)(mark >> 32), count = (int)(uint)mark;
        int held = f.Segments?.Count ?? 0;
        if (depth != f.Depth || count > held)
            throw Fail(at, $"llvm.stackrestore of 0x{mark:x}, which is not a value llvm.stacksave returned in this call of @{f.Function.Function.Name} while its allocas were alive");
        for (int i = held - 1; i >= count; i--)
        {
            int seg = f.Segments![i];
            long size = Memory.Data[seg]!.Length;
            Memory.Free(seg);
            f.Segments.RemoveAt(i);
            f.StackBytes -= size;
            _stackBytes -= size;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IrException Fail(Instruction? at, string message) => IrException.At(at?.Location, message);

    /// <summary>Sets up the frame of a call; returns null when the callee was a built-in (already done).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Frame? EnterCall(Frame caller, ref Op op)
    {
        var info = (CallInfo)op.X!;
        var target = info.Direct;
        if (target is null)
        {
            ulong p = caller.Regs[info.CalleeSlot];
            target = FunctionAt(p) ?? throw Fail(op.I, p == 0 ? "call through a null function pointer" : $"call through a pointer that is not a function (0x{p:x})");
            if (target.FunctionType.Parameters.Count != info.Args.Length && !target.FunctionType.IsVarArg)
                throw Fail(op.I, $"call through a pointer to @{target.Name} with {info.Args.Length} arguments; it takes {target.FunctionType.Parameters.Count}");
            if (target.IsBuiltin)
            {
                var call = new BuiltinCall(target.Builtin, target.FunctionType, info.Args, op.D, op.I!);
                var r = Builtins(call, caller);
                if (op.D >= 0) caller.Set(op.D, r);
                return null;
            }
        }
        if (target.IsDeclaration) throw Fail(op.I, $"call to undefined function @{target.Name}");
        var cf = info.Compiled is { } c && ReferenceEquals(c.Function, target) ? c : GetCompiled(target);
        if (info.Direct is not null) info.Compiled = cf;
        if (caller.Depth >= Limits.MaxCallDepth) throw Fail(op.I, $"stack overflow: call depth exceeds {Limits.MaxCallDepth}");
        var callee = new Frame(cf, caller);
        int n = Math.Min(info.Args.Length, cf.Function.Arguments.Count);
        for (int i = 0; i < n; i++)
        {
            int slot = info.Args[i];
            if (info.ByVal[i] is { } byvalType)
            {
                long size = DataLayout.AllocSize(byvalType);
                var src = Memory.Access(caller.Regs[slot], size, write: false, op.I, out int off);
                ulong copy = StackAllocate(callee, size, "byval copy", op.I);
                var dst = Memory.Access(copy, size, write: true, op.I, out int doff);
                Array.Copy(src, off, dst, doff, size);
                callee.Regs[i] = copy;
            }
            else callee.Set(i, caller.Get(slot));
        }
        callee.ResultSlot = op.D;
        if (info.MustTail)
        {
            // The callee replaces the caller: same return slot, same depth, caller's stack memory freed.
            callee.Caller = caller.Caller;
            callee.Depth = caller.Depth;
            callee.ResultSlot = caller.ResultSlot;
            ReleaseFrame(caller);
        }
        return callee;
    }
}
