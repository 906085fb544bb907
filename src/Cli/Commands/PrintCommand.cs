// `pyir print FILE`: parses, verifies and prints the module in PyIR's canonical text form
// (which llvm-as-16 accepts).
using System.CommandLine;
using PyIR.Frontend.Text;

namespace PyIR.Cli.Commands;

public sealed class PrintCommand(CliContext context) : CliCommand(context)
{
    public override Command Build()
    {
        var file = FileArgument();
        var command = new Command("print", "Print a module in canonical LLVM IR text.") { file };
        command.SetAction(parse =>
        {
            var module = Context.ParseAndVerify(parse.GetValue(file)!);
            string text = Printer.Print(module);
            Context.Stdout.Write(text.EndsWith('\n') ? text : text + "\n");
            return CliApp.ExitOk;
        });
        return command;
    }
}
