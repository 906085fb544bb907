// `pyir opt FILE [-O0..-O3] [--passes=LIST] [--print-after-all] [--time-passes] [-o OUT]`: parses
// and verifies FILE, runs the optimizer (a level's pipeline, or the listed passes in order), verifies
// the result, and prints it as LLVM IR (to OUT with -o). --print-after-all and --time-passes report
// on stderr. OptLevel also gives `pyir run` its -O0..-O3 options.
using System.CommandLine;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;

namespace PyIR.Cli.Commands;

public sealed class OptCommand(CliContext context) : CliCommand(context)
{
    public override Command Build()
    {
        var file = FileArgument();
        var levels = OptLevel.Options();
        var passes = new Option<string?>("--passes")
        {
            Description = $"Run exactly these passes, in order, comma-separated ({string.Join(", ", Pipelines.ByName.Keys)}).",
            HelpName = "LIST",
        };
        var printAfterAll = new Option<bool>("--print-after-all") { Description = "Print the module after every pass on stderr." };
        var timePasses = new Option<bool>("--time-passes") { Description = "Print the time each pass took on stderr." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the module to OUT instead of stdout.", HelpName = "OUT" };
        var command = new Command("opt", "Optimize a module and print it as LLVM IR.")
        {
            file, passes, printAfterAll, timePasses, output,
        };
        foreach (var o in levels) command.Add(o);
        command.SetAction(parse =>
        {
            var module = Context.ParseAndVerify(parse.GetValue(file)!);
            int? level = OptLevel.Read(parse, levels);
            var list = parse.GetValue(passes);
            if (level is not null && list is not null)
                throw new CliException("give either -O<n> or --passes, not both", CliApp.ExitUsage);
            var manager = new PassManager(list is not null ? ParseList(list) : Pipelines.ForLevel(level ?? 2))
            {
                PrintAfterEach = parse.GetValue(printAfterAll) ? Context.Stderr : null,
            };
            Context.Time("optimize", () => manager.Run(module));
            if (Verifier.Check(module) is { Count: > 0 } problems)
                throw new InvalidOperationException("the optimizer produced invalid IR: " + problems[0].Message);
            if (parse.GetValue(timePasses)) Context.Stderr.Write(manager.FormatTimings());
            string text = Printer.Print(module);
            if (!text.EndsWith('\n')) text += "\n";
            if (parse.GetValue(output) is { } path)
            {
                try { File.WriteAllText(path, text); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException($"cannot write '{path}': {e.Message}");
                }
            }
            else Context.Stdout.Write(text);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static IReadOnlyList<IFunctionPass> ParseList(string list)
    {
        try { return Pipelines.Parse(list); }
        catch (IrException e) { throw new CliException(e.Description, CliApp.ExitUsage); }
    }
}

/// <summary>The -O0 ... -O3 options shared by `pyir opt` and `pyir run`.</summary>
public static class OptLevel
{
    public static Option<bool>[] Options() =>
        Enumerable.Range(0, 4).Select(n => new Option<bool>($"-O{n}") { Description = $"Optimization level {n}." }).ToArray();

    /// <summary>The level given, or null; two different levels are a usage error.</summary>
    public static int? Read(ParseResult parse, Option<bool>[] options)
    {
        var given = Enumerable.Range(0, options.Length).Where(n => parse.GetValue(options[n])).ToList();
        if (given.Count > 1) throw new CliException("give only one optimization level", CliApp.ExitUsage);
        return given.Count == 1 ? given[0] : null;
    }

    /// <summary>Optimizes the module in place at <paramref name="level"/> (nothing for 0).</summary>
    public static void Apply(CliContext context, Module module, int level)
    {
        if (level == 0) return;
        context.Time("optimize", () => Pipelines.Run(module, level));
    }
}
