// `pyir asm FILE [--fn NAME]`: compiles the module with the JIT and prints the machine code it
// generated (Iced's Intel-syntax formatter), each IR instruction as a comment above its code.
using System.CommandLine;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;

namespace PyIR.Cli.Commands;

public sealed class AsmCommand(CliContext context) : CliCommand(context)
{
    public override Command Build()
    {
        var file = FileArgument();
        var fn = new Option<string?>("--fn") { Description = "Only this function.", HelpName = "NAME" };
        var command = new Command("asm", "Print the x86-64 code the JIT generates, annotated with the IR.") { file, fn };
        command.SetAction(parse =>
        {
            var module = Context.ParseAndVerify(parse.GetValue(file)!);
            var name = parse.GetValue(fn);
            var only = name is null ? null : module.GetFunction(name.TrimStart('@'));
            if (name is not null && (only is null || only.IsDeclaration))
                throw new CliException($"no function '@{name.TrimStart('@')}' with a body in {parse.GetValue(file)}", CliApp.ExitError);
            try
            {
                Context.Stdout.Write(AsmListing.Compile(module, only));
            }
            catch (JitUnsupportedException e)
            {
                throw new CliException($"the JIT cannot compile this module yet: {e.Message}", CliApp.ExitError);
            }
            return CliApp.ExitOk;
        });
        return command;
    }
}
