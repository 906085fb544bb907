// A command-line mistake that is not about the IR itself: an unknown entry function, the wrong
// number of arguments, an unreadable file. Printed as "pyir: error: ..." with its exit code.
namespace PyIR.Cli;

public sealed class CliException(string message, int exitCode = CliApp.ExitError) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
