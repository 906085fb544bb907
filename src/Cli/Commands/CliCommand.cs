// The base of every `pyir` sub-command: it builds its System.CommandLine Command (options,
// arguments, action) around the shared CliContext. New commands derive from this and are listed
// in CliApp.Commands.
using System.CommandLine;

namespace PyIR.Cli.Commands;

public abstract class CliCommand(CliContext context)
{
    protected CliContext Context { get; } = context;

    public abstract Command Build();

    /// <summary>The FILE argument most commands take ("-" reads standard input).</summary>
    protected static Argument<string> FileArgument() => new("FILE")
    {
        Description = "An LLVM IR file (.ll), or - for standard input.",
    };
}
