// A module compiled through the C ABI: the IR as parsed, the IR that was compiled (after the
// optimization pipeline), the engine that runs it, and the per-function facts pyir_function_at and
// pyir_lookup hand out (names and signatures as UTF-8 owned by the module, native entry addresses),
// and the entry-thunk cell tables pyir_entry hands out (owned by the module too).
using System.Runtime.InteropServices;
using PyIR.Backend.Emit;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime;
using PyIR.Runtime.Jit;

namespace PyIR.Native;

/// <summary>pyir_options as C lays it out; fields beyond <c>Size</c> bytes take their defaults.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct NativeOptions
{
    public int Size;
    public int OptLevel;
    public int FastMath;
    public int Engine;
}

/// <summary>pyir_function_info as C lays it out.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct NativeFunctionInfo
{
    public byte* Name;
    public byte* Signature;
    public void* Address;
    public long* Status;
    public int IsDeclaration;
}

/// <summary>pyir_cell as C lays it out (a <see cref="ThunkCell"/>).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct NativeCell
{
    public int Value;
    public int Offset;
    public int Source;
    public int Size;
    public int Kind;
    public int Lanes;
}

/// <summary>pyir_entry_info as C lays it out; only the caller's <c>Size</c> bytes are written.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct NativeEntryInfo
{
    public int Size;
    public int CellBytes;
    public void* Thunk;
    public int ArgsBytes;
    public int ResultsBytes;
    public int ResultInMemory;
    public int ArgCellCount;
    public NativeCell* ArgCells;
    public int ResultCellCount;
    public NativeCell* ResultCells;
}

/// <summary>The compile options after validation.</summary>
internal sealed record CompileOptions(int OptLevel, bool FastMath, EngineKind Engine)
{
    public static readonly CompileOptions Default = new(2, false, EngineKind.Default);

    public static unsafe CompileOptions Read(NativeOptions* p)
    {
        if (p == null) return Default;
        int size = p->Size;
        if (size < sizeof(int)) throw NativeFailure.Argument($"pyir_options.size is {size}; set it to sizeof(pyir_options)");
        int opt = size >= 8 ? p->OptLevel : Default.OptLevel;
        int fast = size >= 12 ? p->FastMath : 0;
        int engine = size >= 16 ? p->Engine : 0;
        if (opt is < 0 or > 3) throw NativeFailure.Argument($"opt_level must be 0..3, got {opt}");
        if (fast is not (0 or 1)) throw NativeFailure.Argument($"fast_math must be 0 or 1, got {fast}");
        var kind = engine switch
        {
            0 => EngineKind.Default,
            1 => EngineKind.Interpreter,
            2 => EngineKind.Jit,
            _ => throw NativeFailure.Argument($"engine must be 0 (default), 1 (interpreter) or 2 (JIT), got {engine}"),
        };
        return new CompileOptions(opt, fast == 1, kind);
    }
}

internal sealed unsafe class NativeModule : IDisposable
{
    private static readonly byte* JitName = NativeText.AllocatePermanent("jit");
    private static readonly byte* InterpreterName = NativeText.AllocatePermanent("interpreter");

    private readonly NativeFunctionInfo[] _infos;
    private readonly NativeEntryInfo[] _entries;
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private int _disposed;

    private readonly Lazy<Module> _parsed;

    private NativeModule(Lazy<Module> parsed, Module compiled, IExecutionEngine engine, CompileOptions options)
    {
        _parsed = parsed;
        Compiled = compiled;
        Engine = engine;
        Options = options;
        var jit = (engine as JitEngine)?.Compiled;
        _infos = new NativeFunctionInfo[compiled.Functions.Count];
        _entries = new NativeEntryInfo[compiled.Functions.Count];
        for (int i = 0; i < _infos.Length; i++)
        {
            var f = compiled.Functions[i];
            ulong address = 0;
            if (jit is not null && jit.NativeEntryAddresses.TryGetValue(f, out var a)) address = a;
            _infos[i] = new NativeFunctionInfo
            {
                Name = NativeText.Allocate(f.Name),
                Signature = NativeText.Allocate(f.FunctionType.ToString()),
                Address = (void*)address,
                Status = address == 0 ? null : (long*)jit!.StatusCellAddress,
                IsDeclaration = f.IsDeclaration ? 1 : 0,
            };
            if (jit is not null && jit.ThunkAddresses.TryGetValue(f, out var thunk)) _entries[i] = EntryInfo(f, thunk);
            _byName[f.Name] = i;
        }
    }

    /// <summary>The thunk and its cell tables (NativeMemory, freed with the module).</summary>
    private static NativeEntryInfo EntryInfo(Function f, ulong thunk)
    {
        var cells = ThunkCells.For(f.FunctionType);
        return new NativeEntryInfo
        {
            Size = sizeof(NativeEntryInfo),
            CellBytes = EntryThunk.CellBytes,
            Thunk = (void*)thunk,
            ArgsBytes = cells.ArgumentBytes,
            ResultsBytes = cells.ResultBytes,
            ResultInMemory = cells.ReturnsInMemory ? 1 : 0,
            ArgCellCount = cells.Arguments.Length,
            ArgCells = CellTable(cells.Arguments),
            ResultCellCount = cells.Results.Length,
            ResultCells = CellTable(cells.Results),
        };
    }

    private static NativeCell* CellTable(ThunkCell[] cells)
    {
        var table = (NativeCell*)NativeMemory.AllocZeroed((nuint)Math.Max(cells.Length, 1), (nuint)sizeof(NativeCell));
        for (int i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            table[i] = new NativeCell { Value = c.Value, Offset = c.Offset, Source = c.Source, Size = c.Size, Kind = c.IsMask ? 1 : 0, Lanes = c.Lanes };
        }
        return table;
    }

    /// <summary>
    /// pyir_entry for <paramref name="name"/>: the thunk and its cells, or (thunk NULL, no cells)
    /// for a declaration or a module in the interpreter. Copies the first <paramref name="size"/>
    /// bytes of it to <paramref name="output"/>.
    /// </summary>
    public void CopyEntry(string name, NativeEntryInfo* output, int size)
    {
        var info = _entries[IndexOf(name)];
        int bytes = Math.Min(size, sizeof(NativeEntryInfo));
        info.Size = bytes;
        info.CellBytes = EntryThunk.CellBytes;
        Buffer.MemoryCopy(&info, output, bytes, bytes);
    }

    /// <summary>
    /// The module as parsed and verified (pyir_print_ir with optimized = 0). When the optimizer ran,
    /// it is parsed again from the same text on first use: nearly nobody asks for it, and a second
    /// parse on every compile cost as much as the optimizer on large files.
    /// </summary>
    public Module Parsed => _parsed.Value;

    /// <summary>The module the engine runs (after the optimization pipeline).</summary>
    public Module Compiled { get; }

    public IExecutionEngine Engine { get; }
    public CompileOptions Options { get; }
    public byte* EngineName => Engine is JitEngine ? JitName : InterpreterName;
    public int FunctionCount => _infos.Length;

    public NativeFunctionInfo InfoAt(int index) =>
        index >= 0 && index < _infos.Length ? _infos[index] : throw NativeFailure.Argument($"function index {index} is out of range 0..{_infos.Length - 1}");

    public NativeFunctionInfo Lookup(string name) => _infos[IndexOf(name)];

    public Function Function(string name) => Compiled.Functions[IndexOf(name)];

    private int IndexOf(string name)
    {
        if (name.StartsWith('@')) name = name[1..];
        return _byName.TryGetValue(name, out int i) ? i : throw NativeFailure.Argument($"the module has no function '@{name}'");
    }

    /// <summary>
    /// Parses (a syntax error is <see cref="Status.Syntax"/>), verifies (<see cref="Status.Type"/>),
    /// optimizes and compiles. The parser already rejects most ill-typed instructions while reading,
    /// so those are reported as syntax errors; the verifier's findings (SSA dominance, phi placement,
    /// block structure, ...) are the type errors.
    /// </summary>
    public static NativeModule Compile(Func<Module> parse, CompileOptions options)
    {
        Module parsed;
        try { parsed = parse(); }
        catch (IrException e) { throw NativeFailure.From(Status.Syntax, e); }
        try { Verifier.Verify(parsed); }
        catch (IrException e) { throw NativeFailure.From(Status.Type, e); }

        // The opt_level pipeline (src/Optimizer/Pipelines.cs) rewrites the module in place; positions
        // in it still point into the user's source. The as-written module is parsed again from the
        // same text only if pyir_print_ir asks for it (the parse is deterministic). fast_math changes
        // nothing yet: no pass reassociates floating point.
        var asWritten = options.OptLevel == 0 ? new Lazy<Module>(parsed) : new Lazy<Module>(parse, LazyThreadSafetyMode.ExecutionAndPublication);
        if (options.OptLevel > 0) PyIR.Optimizer.Pipelines.Run(parsed, options.OptLevel);
        IExecutionEngine engine;
        try { engine = Engines.Create(parsed, options.Engine, null, out _); }
        catch (JitUnsupportedException e) { throw new NativeFailure(Status.Unsupported, "the JIT cannot compile this module: " + e.Message); }
        catch (NotSupportedException e) { throw new NativeFailure(Status.Unsupported, e.Message); }
        return new NativeModule(asWritten, parsed, engine, options);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        Engine.Dispose();
        foreach (var info in _infos)
        {
            NativeText.Free(info.Name);
            NativeText.Free(info.Signature);
        }
        foreach (var entry in _entries)
        {
            NativeMemory.Free(entry.ArgCells);
            NativeMemory.Free(entry.ResultCells);
        }
    }
}
