// The `pyir` command line: builds the command tree (System.CommandLine), runs the chosen command,
// and turns every outcome into an exit code. Exit codes: 0 success, 1 bad input or a failing
// program (IrException, bad arguments), 2 usage errors (unknown option, missing file argument),
// 70 internal errors (a bug in PyIR; reported, never an unhandled crash).
// Run keeps no static state: file tests call it many times in one process.
using System.CommandLine;
using PyIR.Cli.Commands;
using PyIR.Frontend;

namespace PyIR.Cli;

public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitError = 1;
    public const int ExitUsage = 2;
    public const int ExitInternal = 70;

    /// <summary>Runs `pyir ARGS...` with the given streams and returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdin, stdout, stderr);
        try
        {
            var root = BuildRootCommand(context);
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) stderr.WriteLine("pyir: " + error.Message);
                stderr.WriteLine("Run 'pyir --help' for usage.");
                return ExitUsage;
            }
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (IrException e)
        {
            stderr.WriteLine(context.WithSourceLine(e).Format());
            return ExitError;
        }
        catch (CliException e)
        {
            stderr.WriteLine("pyir: error: " + e.Message);
            return e.ExitCode;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"pyir: internal error: {e.GetType().FullName}: {e.Message}");
            stderr.WriteLine("This is a bug in PyIR; please report it with the input that caused it.");
            stderr.WriteLine(e.StackTrace);
            return ExitInternal;
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    /// <summary>
    /// The sub-commands. To add one (e.g. `pyir asm FILE [--fn NAME]` or `pyir opt`), write a
    /// class deriving from <see cref="CliCommand"/> in Commands/ and list it here.
    /// </summary>
    private static IEnumerable<CliCommand> Commands(CliContext context) =>
    [
        new RunCommand(context),
        new VerifyCommand(context),
        new PrintCommand(context),
        new AsmCommand(context),
        new OptCommand(context),
    ];

    private static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("PyIR: parse, verify, print and run LLVM IR.");
        foreach (var command in Commands(context)) root.Add(command.Build());
        return root;
    }
}
