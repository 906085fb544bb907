// Collects verifier problems as positioned IrExceptions. Instructions parsed from text carry a
// SourceLocation; for ones built programmatically the error names only the module.
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Verification;

internal sealed class ProblemSink(string? moduleName)
{
    private readonly List<IrException> _problems = [];

    public IReadOnlyList<IrException> Problems => _problems;

    public void Report(Instruction? at, string message)
    {
        var location = at?.Location;
        _problems.Add(location is { } l ? IrException.At(l, message) : new IrException(message, moduleName));
    }

    /// <summary>Reports at the block's first instruction with a location (blocks have no position of their own).</summary>
    public void ReportBlock(BasicBlock block, string message) =>
        Report(block.Instructions.FirstOrDefault(i => i.Location is not null) ?? block.First, message);
}
