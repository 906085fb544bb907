// The result of compiling a module: its code and data in executable memory, the address of each
// function (System V ABI, callable directly), of its entry thunk (for hosts that pass arguments in a
// buffer and want traps reported) and of its native entry (the function's own signature, trap-safe:
// a trap returns to the caller and leaves site+1 in the status cell), and the table of trap sites
// the code can stop at.
using PyIR.Backend.Emit;
using PyIR.Backend.Isel;
using PyIR.Frontend;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Jit;

public sealed class CompiledModule : IDisposable
{
    private readonly ExecutableMemory _memory;
    private readonly (ulong Address, PyIR.Frontend.Ir.SourceLocation? Location)[] _origins;
    private readonly ulong _faultCell;
    private readonly bool _guarded;

    internal CompiledModule(Module module, ExecutableMemory memory, Dictionary<Function, ulong> functions, Dictionary<Function, ulong> thunks,
        Dictionary<Function, ulong> nativeEntries, ulong statusCell,
        List<TrapSite> trapSites, ulong[] globalAddresses, JitTimings timings, List<ListingLine>? listing, int codeBytes,
        (ulong Address, PyIR.Frontend.Ir.SourceLocation? Location)[] origins, ulong faultCell, bool guarded)
    {
        _origins = origins;
        _faultCell = faultCell;
        _guarded = guarded;
        Module = module;
        _memory = memory;
        FunctionAddresses = functions;
        ThunkAddresses = thunks;
        NativeEntryAddresses = nativeEntries;
        StatusCellAddress = statusCell;
        TrapSites = trapSites;
        GlobalAddresses = globalAddresses;
        Timings = timings;
        Listing = listing;
        CodeBytes = codeBytes;
    }

    public Module Module { get; }
    public IReadOnlyDictionary<Function, ulong> FunctionAddresses { get; }
    public IReadOnlyDictionary<Function, ulong> ThunkAddresses { get; }

    /// <summary>
    /// Each defined function's native entry: callable with the function's own signature (as
    /// CallLayout lowers it); a trap returns from it early with <see cref="StatusCellAddress"/> set.
    /// </summary>
    public IReadOnlyDictionary<Function, ulong> NativeEntryAddresses { get; }

    /// <summary>
    /// Address of the module's int64 status cell: zeroed by every native entry call, set to trap
    /// site + 1 by a trap (see <see cref="TrapSites"/>).
    /// </summary>
    public ulong StatusCellAddress { get; }
    public IReadOnlyList<TrapSite> TrapSites { get; }
    /// <summary>Address of each global's data, by index in <see cref="Module.Globals"/>.</summary>
    public IReadOnlyList<ulong> GlobalAddresses { get; }
    public JitTimings Timings { get; }
    public IReadOnlyList<ListingLine>? Listing { get; }
    public int CodeBytes { get; }

    /// <summary>The address of the last memory fault in this module's code (valid after a MemoryFault trap).</summary>
    public unsafe ulong LastFaultAddress => *(ulong*)_faultCell;

    /// <summary>The source position of the IR instruction whose code contains <paramref name="address"/>.</summary>
    public PyIR.Frontend.Ir.SourceLocation? LocationAt(ulong address)
    {
        int lo = 0, hi = _origins.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_origins[mid].Address <= address) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 ? _origins[found].Location : null;
    }

    /// <summary>
    /// The positioned error for a trap, from the status a thunk returned or a native entry left in
    /// the status cell (trap site + 1).
    /// </summary>
    public IrException TrapError(long status)
    {
        long site = status - 1;
        if (site < 0 || site >= TrapSites.Count) return new IrException($"generated code stopped with unknown trap {site}");
        var s = TrapSites[(int)site];
        string message = s.Kind switch
        {
            TrapKind.DivideByZero => "division by zero",
            TrapKind.DivideOverflow => "signed division overflow",
            TrapKind.Unreachable => "reached 'unreachable'",
            TrapKind.Trap => "trap",
            TrapKind.UndefinedFunction => $"call to undefined function '@{s.Detail}'",
            TrapKind.StackOverflow => $"stack overflow in '@{s.Detail}' (runaway recursion?)",
            TrapKind.MemoryFault => $"invalid memory access (the generated code faulted at 0x{LastFaultAddress:x})",
            _ => "trap",
        };
        var location = s.Kind switch
        {
            TrapKind.MemoryFault => LocationAt(LastFaultAddress),
            // The return address points just after the call that overflowed; without a caller in
            // generated code (the host called directly) the function's first instruction is used.
            TrapKind.StackOverflow => LocationAt(LastFaultAddress - 1) ?? s.Location,
            _ => s.Location,
        };
        return IrException.At(location, message);
    }

    public void Dispose()
    {
        if (_guarded) MemoryFaultHandler.Unregister(_memory.CodeAddress);
        _memory.Dispose();
    }
}
