// `pyir asm FILE [--fn NAME] [-O0..-O3]`: optimizes the module as `pyir run --jit` does (-O2 unless
// another level is given), compiles it with the JIT and prints the machine code it generated
// (Iced's Intel-syntax formatter), each IR instruction as a comment above its code.
using System.CommandLine;
using PyIR.Backend.Isel;
using PyIR.Backend.Jit;
using PyIR.Runtime;

namespace PyIR.Cli.Commands;

public sealed class AsmCommand(CliContext context) : CliCommand(context)
{
    public override Command Build()
    {
        var file = FileArgument();
        var fn = new Option<string?>("--fn") { Description = "Only this function.", HelpName = "NAME" };
        var levels = OptLevel.Options();
        var command = new Command("asm", "Print the x86-64 code the JIT generates (after -O2 unless another level is given), annotated with the IR.") { file, fn };
        foreach (var o in levels) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var module = Context.ParseAndVerify(parse.GetValue(file)!);
            var name = parse.GetValue(fn)?.TrimStart('@');
            if (name is not null && module.GetFunction(name) is not { IsDeclaration: false })
                throw new CliException($"no function '@{name}' with a body in {parse.GetValue(file)}", CliApp.ExitError);
            int level = OptLevel.Read(parse, levels) ?? RunCommand.DefaultOptLevel(EngineKind.Jit);
            OptLevel.Apply(Context, module, level);
            var only = name is null ? null : module.GetFunction(name);
            if (name is not null && only is null)
                throw new CliException($"'@{name}' was inlined into its callers and removed by -O{level}; -O0 shows its own code", CliApp.ExitError);
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
