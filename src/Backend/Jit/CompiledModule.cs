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

    internal CompiledModule(Module module, ExecutableMemory memory, Dictionary<Function, ulong> functions, Dictionary<Function, ulong> thunks,
        List<TrapSite> trapSites, ulong[] globalAddresses, JitTimings timings, List<ListingLine>? listing, int codeBytes)
    {
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

    public void Dispose() => _memory.Dispose();
}
