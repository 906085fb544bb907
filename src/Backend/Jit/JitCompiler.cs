// Compiles a whole module to machine code in executable memory: instruction selection and register
// allocation per function, then every function, entry thunk, native entry and the trap and stack
// recheck routines emitted into one CodeBuilder, which lays the code out and encodes it straight
// into the mapping, right after the module's data (constant pool, globals, runtime cells) so that
// everything is reachable RIP-relatively. Global initializers and jump tables that hold code
// addresses are filled in once the code's position is known.
using System.Diagnostics;
using Iced.Intel;
using PyIR.Backend.Emit;
using PyIR.Backend.Isel;
using PyIR.Backend.Mir;
using PyIR.Backend.RegAlloc;
using PyIR.Frontend.Ir;
using Instruction = Iced.Intel.Instruction;

namespace PyIR.Backend.Jit;

public sealed record JitOptions
{
    /// <summary>Addresses of declared functions defined outside the module (0 when unknown).</summary>
    public Func<Function, nint>? ResolveExternal { get; init; }

    /// <summary>Address of the math-library routine for a built-in at a type (0 when none).</summary>
    public Func<Builtin, IrType, nint>? ResolveMathRoutine { get; init; }

    /// <summary>Stack bytes a call from the host may use before a stack-overflow trap.</summary>
    public long StackBudget { get; init; } = EntryThunk.DefaultStackBudget;

    /// <summary>Keep a listing of machine instructions with their IR origin (for <c>pyir asm</c>).</summary>
    public bool KeepListing { get; init; }

    /// <summary>
    /// Leave out functions the JIT cannot compile (and every function calling them) instead of
    /// failing the module: used for libraries where each routine stands alone.
    /// </summary>
    public bool OmitUnsupportedFunctions { get; init; }

    /// <summary>
    /// Leave out the stack check in every function's prologue. Only for code that never recurses,
    /// has small frames and is called only from checked JIT'd code (whose check keeps 64 bytes to
    /// spare and whose budget is far from the thread's real stack end): the math library.
    /// </summary>
    public bool OmitStackChecks { get; init; }

    /// <summary>
    /// Also encode the code with Iced's BlockEncoder and fail unless its bytes are the same as the
    /// JIT's own layout (CodeBuilder): slow, for tests.
    /// </summary>
    public bool CheckEncodingWithIced { get; init; }

    /// <summary>
    /// Fill every fixed-size entry-block alloca with zeros on entry, as the interpreter does, for
    /// tests that compare the engines on programs that may read stack memory before writing it (LLVM
    /// leaves those bytes undefined; normally the JIT leaves whatever the stack held). Allocas of a
    /// run-time size are not filled.
    /// </summary>
    public bool ZeroAllocas { get; init; }
}

/// <summary>Time spent in each phase of a compilation, like LLVM's -time-passes.</summary>
public sealed record JitTimings(TimeSpan InstructionSelection, TimeSpan RegisterAllocation, TimeSpan Encoding)
{
    public TimeSpan Total => InstructionSelection + RegisterAllocation + Encoding;
}

public static class JitCompiler
{
    public static CompiledModule Compile(Module module, JitOptions? options = null)
    {
        options ??= new JitOptions();
        var sw = Stopwatch.StartNew();
        var context = new ModuleContext(module, options.ResolveExternal, options.ResolveMathRoutine)
        {
            ResolveRuntimeHelper = RuntimeHelpers.Resolve, ZeroAllocas = options.ZeroAllocas,
        };
        var trapSites = new List<TrapSite>();
        var functions = new List<(Function Function, MFunction Machine, int OverflowSite)>();
        var omitted = options.OmitUnsupportedFunctions ? UnsupportedFunctions(module, context) : [];
        if (omitted.Count > 0)
            context = new ModuleContext(module, options.ResolveExternal, options.ResolveMathRoutine, omitted) { ResolveRuntimeHelper = RuntimeHelpers.Resolve, ZeroAllocas = options.ZeroAllocas };
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration || omitted.Contains(f)) continue;
            var mf = InstructionSelector.Select(context, f, trapSites);
            trapSites.Add(new TrapSite(TrapKind.StackOverflow, f.EntryBlock?.Instructions.FirstOrDefault()?.Location, f.Name));
            functions.Add((f, mf, trapSites.Count - 1));
        }
        trapSites.Add(new TrapSite(TrapKind.MemoryFault, null, null));
        int memoryFaultSite = trapSites.Count - 1;
        var iselTime = sw.Elapsed;

        sw.Restart();
        foreach (var (_, mf, _) in functions) RegisterAllocator.Run(mf);
        var raTime = sw.Elapsed;

        sw.Restart();
        // Data: [stack limit cell][fault cell][status cell][stack top cell][constant pool][globals].
        var pool = context.Pool;
        long dataSize = 32;
        var poolOffsets = new long[pool.Entries.Count];
        for (int i = 0; i < pool.Entries.Count; i++)
        {
            var (data, align) = pool.Entries[i];
            dataSize = Align(dataSize, Math.Max(align, 1));
            poolOffsets[i] = dataSize;
            dataSize += data.Length;
        }
        var globalOffsets = new long[module.Globals.Count];
        var globalImages = new ConstantBytes?[module.Globals.Count];
        for (int i = 0; i < module.Globals.Count; i++)
        {
            var g = module.Globals[i];
            long size = Math.Max(DataLayout.AllocSize(g.ValueType), 1);
            dataSize = Align(dataSize, Math.Max(Math.Max(g.Alignment, DataLayout.AbiAlignment(g.ValueType)), 16));
            globalOffsets[i] = dataSize;
            dataSize += size;
            if (g.Initializer is { } init) globalImages[i] = ConstantBytes.Of(init, context, inGlobal: true);
        }
        if (dataSize > int.MaxValue / 2) throw new JitUnsupportedException("module data larger than 1 GiB");

        // (Each block adds one more: the padding that may align it as a loop head, at most 15 bytes.)
        int instructionCount = functions.Sum(f => f.Machine.Blocks.Sum(b => b.Instructions.Count) * 2 + 64 + f.Machine.Blocks.Count
            + CallLayout.For(f.Function.FunctionType).StackBytes / 4) + functions.Count * 192 + 256;
        var memory = new ExecutableMemory((int)dataSize, instructionCount * 16);
        CodeBuilder? builder = null;
        var originIndices = _spareOriginIndices ?? [];
        _spareOriginIndices = null;
        try
        {
            var code = builder = new CodeBuilder(keepIcedInstructions: options.CheckEncodingWithIced);
            var addresses = new Addresses(memory.DataAddress, poolOffsets, globalOffsets, code, functions.Count);
            // Each MIR instruction's first Iced instruction, for the listing (only when asked for).
            var listing = options.KeepListing ? new List<(int Index, MInst Inst, Function Function)>() : null;
            // originIndices: where the code of each IR position starts, as Iced instruction indices. Lookups take the
            // last entry at or before an address, so an entry is left out when it repeats the position
            // before it, and one at the same index as the next replaces it; this keeps the table to
            // about one entry per IR instruction instead of one per machine instruction.
            void AddOrigin(int index, PyIR.Frontend.Ir.SourceLocation? location)
            {
                if (originIndices.Count > 0 && originIndices[^1].Index == index) originIndices.RemoveAt(originIndices.Count - 1);
                if (originIndices.Count > 0 && originIndices[^1].Location == location) return;
                originIndices.Add((index, location));
            }
            var thunkLabels = new ulong[functions.Count];
            var ranges = new (int Start, int End)[functions.Count];
            for (int i = 0; i < functions.Count; i++)
            {
                var (f, mf, overflowSite) = functions[i];
                ranges[i].Start = code.Count;
                FunctionEmitter.Emit(code, addresses, mf, addresses.FunctionLabel(i), overflowSite, (index, inst) =>
                {
                    if (inst.Origin is { } origin) AddOrigin(index, origin.Location);
                    listing?.Add((index, inst, f));
                }, stackCheck: !options.OmitStackChecks);
                ranges[i].End = code.Count;
            }
            for (int i = 0; i < functions.Count; i++)
            {
                thunkLabels[i] = code.NewLabel();
                EntryThunk.Emit(code, thunkLabels[i], addresses.FunctionLabel(i), functions[i].Function.FunctionType,
                    addresses.StackLimitAddress, addresses.StackTopAddress, options.StackBudget);
            }
            var nativeLabels = new ulong[functions.Count];
            for (int i = 0; i < functions.Count; i++)
            {
                nativeLabels[i] = code.NewLabel();
                EntryThunk.EmitNativeEntry(code, nativeLabels[i], addresses.FunctionLabel(i), functions[i].Function.FunctionType,
                    addresses.StackLimitAddress, addresses.StackTopAddress, addresses.StatusCellAddress, options.StackBudget);
            }
            EntryThunk.EmitTrapRoutine(code, addresses.TrapLabel, addresses.StatusCellAddress);
            EntryThunk.EmitStackRecheck(code, addresses.StackRecheckLabel, addresses.StackLimitAddress, addresses.StackTopAddress, options.StackBudget);
            code.Finish();

            // The code is encoded straight into its place in the (still writable) mapping.
            int codeLength = code.Encode(memory.Code, memory.CodeAddress);
            if (options.CheckEncodingWithIced) code.CheckAgainstBlockEncoder(memory.Code[..codeLength], memory.CodeAddress);
            ulong LabelAddress(ulong label) => memory.CodeAddress + (ulong)code.LabelOffset(label);

            var functionAddresses = new Dictionary<Function, ulong>();
            var thunkAddresses = new Dictionary<Function, ulong>();
            var nativeAddresses = new Dictionary<Function, ulong>();
            for (int i = 0; i < functions.Count; i++)
            {
                functionAddresses[functions[i].Function] = LabelAddress(addresses.FunctionLabel(i));
                thunkAddresses[functions[i].Function] = LabelAddress(thunkLabels[i]);
                nativeAddresses[functions[i].Function] = LabelAddress(nativeLabels[i]);
            }

            // Fill the data part now that code addresses are known.
            var data = memory.Data;
            BitConverter.TryWriteBytes(data[24..], ulong.MaxValue); // no entry yet: code called directly is not checked against a top
            for (int i = 0; i < pool.Entries.Count; i++) pool.Entries[i].Data.CopyTo(data[(int)poolOffsets[i]..]);
            for (int i = 0; i < module.Globals.Count; i++)
            {
                if (globalImages[i] is not { } image) continue;
                image.Data.CopyTo(data[(int)globalOffsets[i]..]);
                foreach (var (offset, (target, addend)) in image.Relocations)
                    BitConverter.TryWriteBytes(data[(int)(globalOffsets[i] + offset)..], AddressOf(target) + (ulong)addend);
                foreach (var (offset, (target, targetAddend, @base, baseAddend, size)) in image.Differences)
                {
                    ulong difference = AddressOf(target) + (ulong)targetAddend - (AddressOf(@base) + (ulong)baseAddend);
                    for (int k = 0; k < Math.Min(size, 8); k++) data[(int)(globalOffsets[i] + offset) + k] = (byte)(difference >> (8 * k));
                }
            }
            ulong AddressOf(GlobalValue target) => target switch
            {
                GlobalVariable gv => memory.DataAddress + (ulong)globalOffsets[context.GlobalIndex(gv)],
                Function fn when functionAddresses.TryGetValue(fn, out var a) => a,
                Function fn => (ulong)(options.ResolveExternal?.Invoke(fn) ?? 0),
                _ => 0,
            };
            foreach (var (entry, labels) in addresses.JumpTables)
                for (int k = 0; k < labels.Length; k++)
                    BitConverter.TryWriteBytes(data[(int)(poolOffsets[entry] + 8 * k)..], LabelAddress(labels[k]));
            memory.CommitCode(codeLength);
            var encodeTime = sw.Elapsed;

            // Where each IR instruction's code starts, for positioning memory faults. The listing is
            // in emission order, so the addresses are already sorted; the thunks after the last
            // function's code have no IR position.
            ulong endOfFunctions = LabelAddress(thunkLabels.Length > 0 ? thunkLabels[0] : addresses.TrapLabel);
            var origins = new (ulong Address, PyIR.Frontend.Ir.SourceLocation? Location)[originIndices.Count + 1];
            for (int i = 0; i < originIndices.Count; i++)
                origins[i] = (memory.CodeAddress + (ulong)code.Offset(originIndices[i].Index), originIndices[i].Location);
            origins[^1] = (endOfFunctions, null);

            List<ListingLine>? lines = null;
            var bytes = memory.Code[..codeLength];
            if (listing is not null)
            {
                lines = [];
                var byIndex = listing.GroupBy(l => l.Index).ToDictionary(g => g.Key, g => g.Last());
                for (int i = 0; i < code.Count; i++)
                {
                    int start = code.Offset(i), next = code.Offset(i + 1);
                    byIndex.TryGetValue(i, out var origin);
                    int owner = Array.FindIndex(ranges, r => i >= r.Start && i < r.End);
                    var function = owner >= 0 ? functions[owner].Function : null;
                    // The nops that align the next instruction (a loop head, a function) get a line of their own.
                    var decoder = Iced.Intel.Decoder.Create(64, new Iced.Intel.ByteArrayCodeReader(bytes[start..next].ToArray()));
                    int own = Math.Max(1, Math.Min(decoder.Decode().Length, next - start));
                    lines.Add(new ListingLine(memory.CodeAddress + (ulong)start, bytes[start..(start + own)].ToArray(), origin.Inst?.Origin, function));
                    if (start + own < next)
                        lines.Add(new ListingLine(memory.CodeAddress + (ulong)(start + own), bytes[(start + own)..next].ToArray(), null, function));
                }
            }

            ulong faultCell = memory.DataAddress + 8;
            bool guarded = MemoryFaultHandler.Register(memory.CodeAddress, memory.CodeAddress + (ulong)codeLength,
                LabelAddress(addresses.TrapLabel), faultCell, memoryFaultSite);
            return new CompiledModule(module, memory, functionAddresses, thunkAddresses, nativeAddresses, addresses.StatusCellAddress, trapSites,
                globalOffsets.Select(o => memory.DataAddress + (ulong)o).ToArray(),
                new JitTimings(iselTime, raTime, encodeTime), lines, codeLength, origins, faultCell, guarded);
        }
        catch
        {
            memory.Dispose();
            throw;
        }
        finally
        {
            builder?.Recycle();
            if (originIndices.Capacity <= MaxSpareOriginIndices)
            {
                originIndices.Clear();
                _spareOriginIndices = originIndices;
            }
        }
    }

    // The (code index, IR location) pairs of a compile are kept per thread for the next compile:
    // only the `origins` array made from them outlives it, and growing the list anew each time
    // allocated twice its final size (about one 32-byte entry per IR instruction: 130 KB for
    // base64.O2-v3, a tenth of its compile's allocation). Taken while a compile runs, so a
    // compile nested in another (on the same thread) gets a list of its own.
    [ThreadStatic] private static List<(int Index, PyIR.Frontend.Ir.SourceLocation? Location)>? _spareOriginIndices;
    private const int MaxSpareOriginIndices = 1 << 16;

    /// <summary>Functions whose selection fails, plus (transitively) the functions that call them.</summary>
    private static HashSet<Function> UnsupportedFunctions(Module module, ModuleContext context)
    {
        var bad = new HashSet<Function>();
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration) continue;
            try { InstructionSelector.Select(context, f, []); }
            catch (JitUnsupportedException) { bad.Add(f); }
        }
        bool changed = bad.Count > 0;
        while (changed)
        {
            changed = false;
            foreach (var f in module.Functions)
            {
                if (f.IsDeclaration || bad.Contains(f)) continue;
                bool callsBad = f.Blocks.SelectMany(b => b.Instructions).Any(i =>
                    i.Operands.Any(o => o is Function g && bad.Contains(g)));
                if (callsBad) { bad.Add(f); changed = true; }
            }
        }
        return bad;
    }

    private static long Align(long x, long a) => (x + a - 1) / a * a;

    private sealed class Addresses(ulong dataBase, long[] poolOffsets, long[] globalOffsets, CodeBuilder code, int functionCount) : IModuleAddresses
    {
        private readonly ulong[] _functionLabels = Enumerable.Range(0, functionCount).Select(_ => code.NewLabel()).ToArray();

        public ulong TrapLabel { get; } = code.NewLabel();
        public ulong StackLimitAddress => dataBase;
        public ulong FaultCellAddress => dataBase + 8;
        public ulong StatusCellAddress => dataBase + 16;
        public ulong StackTopAddress => dataBase + 24;
        public ulong StackRecheckLabel { get; } = code.NewLabel();
        public ulong ConstantAddress(int entry) => dataBase + (ulong)poolOffsets[entry];
        public ulong GlobalAddress(int global) => dataBase + (ulong)globalOffsets[global];
        public ulong FunctionLabel(int function) => _functionLabels[function];
        public List<(int Entry, ulong[] Labels)> JumpTables { get; } = [];
        public void AddJumpTable(int entry, ulong[] labels) => JumpTables.Add((entry, labels));
    }
}

/// <summary>One encoded instruction, with the IR instruction it came from when known.</summary>
public sealed record ListingLine(ulong Address, byte[] Bytes, PyIR.Frontend.Ir.Instruction? Origin, Function? Function);
