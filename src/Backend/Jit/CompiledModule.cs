// The result of compiling a module: its code and data in executable memory, the address of each
// function (System V ABI, callable directly) and of its entry thunk (for hosts that pass
// arguments in a buffer and want traps reported), and the table of trap sites the code can stop at.
using PyIR.Backend.Emit;
using PyIR.Backend.Isel;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Jit;

public sealed class CompiledModule : IDisposable
{
    private readonly ExecutableMemory _memory;
    private readonly (ulong Address, PyIR.Frontend.Ir.SourceLocation? Location)[] _origins;
    private readonly ulong _faultCell;
    private readonly bool _guarded;

    internal CompiledModule(Module module, ExecutableMemory memory, Dictionary<Function, ulong> functions, Dictionary<Function, ulong> thunks,
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
        TrapSites = trapSites;
        GlobalAddresses = globalAddresses;
        Timings = timings;
        Listing = listing;
        CodeBytes = codeBytes;
    }

    public Module Module { get; }
    public IReadOnlyDictionary<Function, ulong> FunctionAddresses { get; }
    public IReadOnlyDictionary<Function, ulong> ThunkAddresses { get; }
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

    public void Dispose()
    {
        if (_guarded) MemoryFaultHandler.Unregister(_memory.CodeAddress);
        _memory.Dispose();
    }
}
