// `pyir verify FILE`: parses and verifies; prints nothing and exits 0 when the module is well formed,
// otherwise prints every problem (file:line:col: error: ...) and exits 1.
using System.CommandLine;

namespace PyIR.Cli.Commands;

public sealed class VerifyCommand(CliContext context) : CliCommand(context)
{
    public override Command Build()
    {
        var file = FileArgument();
        var command = new Command("verify", "Check that a module is well formed; print nothing if it is.") { file };
        command.SetAction(parse =>
        {
            var module = Context.Parse(parse.GetValue(file)!);
            var problems = CliContext.Check(module);
            foreach (var problem in problems) Context.Stderr.WriteLine(problem.Format());
            return problems.Count == 0 ? CliApp.ExitOk : CliApp.ExitError;
        });
        return command;
    }
}
