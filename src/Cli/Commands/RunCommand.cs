// `pyir run FILE [--entry NAME] [ARG...]`: parses and verifies FILE, calls the entry function
// (default `main`) with the arguments read by parameter type (docs/value-format.md), and prints
// the result. --exit-code makes the result the exit code instead (like lli); --interp / --jit
// force an engine (default: the JIT, falling back to the interpreter for modules it cannot
// compile); -O0..-O3 choose how much the module is optimized first (default -O2 for the JIT, -O0
// with --interp, which runs the IR as written: it is the reference); --verbose reports the engine
// and phase timings on stderr.
using System.CommandLine;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Runtime;
using PyIR.Runtime.Values;

namespace PyIR.Cli.Commands;

public sealed class RunCommand(CliContext context) : CliCommand(context)
{
    public override Command Build()
    {
        var file = FileArgument();
        var arguments = new Argument<string[]>("ARG")
        {
            Description = "Arguments for the entry function, one per parameter, read by its type.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var entry = new Option<string>("--entry", "-e")
        {
            Description = "The function to run.",
            DefaultValueFactory = _ => "main",
            HelpName = "NAME",
        };
        var exitCode = new Option<bool>("--exit-code")
        {
            Description = "Exit with the entry function's integer result (like lli) and print nothing.",
        };
        var interp = new Option<bool>("--interp") { Description = "Use the reference interpreter." };
        var jit = new Option<bool>("--jit") { Description = "Use the x86-64 JIT (an error if it cannot compile the module)." };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Print the engine used and the time of each phase (microseconds) on stderr.",
        };
        var levels = OptLevel.Options();
        var command = new Command("run", "Run a function of a module and print its result.")
        {
            file, arguments, entry, exitCode, interp, jit, verbose,
        };
        foreach (var o in levels) command.Add(o);
        command.SetAction(parse =>
        {
            if (parse.GetValue(interp) && parse.GetValue(jit))
                throw new CliException("--interp and --jit cannot be used together", CliApp.ExitUsage);
            var kind = parse.GetValue(interp) ? EngineKind.Interpreter : parse.GetValue(jit) ? EngineKind.Jit : EngineKind.Default;
            return Execute(parse.GetValue(file)!, parse.GetValue(entry) ?? "main", parse.GetValue(arguments) ?? [],
                parse.GetValue(exitCode), kind, parse.GetValue(verbose), OptLevel.Read(parse, levels) ?? DefaultOptLevel(kind));
        });
        return command;
    }

    /// <summary>
    /// The optimization level when no -O option is given: -O2 for the JIT (the default engine), -O0
    /// for the interpreter, which is the reference for what the IR means and runs it as written.
    /// </summary>
    public static int DefaultOptLevel(EngineKind kind) => kind == EngineKind.Interpreter ? 0 : 2;

    private int Execute(string file, string entryName, string[] args, bool exitCode, EngineKind kind, bool verbose, int optLevel)
    {
        // Negative numbers are arguments, but "--something" is a misspelt option.
        var unknown = args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal));
        if (unknown is not null) throw new CliException($"unknown option '{unknown}' for 'pyir run'", CliApp.ExitUsage);
        try
        {
            var module = Context.ParseAndVerify(file);
            var function = FindEntry(module, entryName);
            // The entry is called from outside, so the optimizer must keep it even when it is
            // internal and every call inside the module was inlined.
            if (function.Linkage is Linkage.Internal or Linkage.Private) function.Linkage = Linkage.External;
            OptLevel.Apply(Context, module, optLevel);
            var values = ReadArguments(function, args);
            string? fallback = null;
            using var engine = Context.Time("compile", () => CreateEngine(module, kind, out fallback));
            if (verbose)
            {
                Context.Stderr.WriteLine($"engine: {engine.Name}" + (fallback is null ? "" : $" (instead of the JIT: {fallback})"));
                if (engine is PyIR.Runtime.Jit.JitEngine jit)
                {
                    var t = jit.Timings;
                    Context.Stderr.WriteLine($"  jit instruction selection: {(long)t.InstructionSelection.TotalMicroseconds} us");
                    Context.Stderr.WriteLine($"  jit register allocation: {(long)t.RegisterAllocation.TotalMicroseconds} us");
                    Context.Stderr.WriteLine($"  jit encoding and loading: {(long)t.Encoding.TotalMicroseconds} us");
                    Context.Stderr.WriteLine($"  jit code size: {jit.Compiled.CodeBytes} bytes");
                }
            }
            var result = Context.Time("run", () => engine.Invoke(function, values));
            if (exitCode) return ExitCodeOf(result, function);
            if (result is not null) Context.Stdout.WriteLine(ValueFormatter.Format(result));
            return CliApp.ExitOk;
        }
        finally
        {
            if (verbose)
                foreach (var (phase, us) in Context.Timings)
                    Context.Stderr.WriteLine($"{phase}: {us} us");
        }
    }

    private static IExecutionEngine CreateEngine(Module module, EngineKind kind, out string? fallback)
    {
        try
        {
            return Engines.Create(module, kind, null, out fallback);
        }
        catch (Exception e) when (kind == EngineKind.Jit && e is NotSupportedException or PyIR.Backend.Isel.JitUnsupportedException)
        {
            // Only with --jit: the default engine falls back to the interpreter by itself.
            throw new CliException("the JIT cannot run this: " + e.Message);
        }
    }

    private static Function FindEntry(Module module, string name)
    {
        var function = module.GetFunction(name);
        if (function is null)
        {
            var defined = module.Functions.Where(f => !f.IsDeclaration).Select(f => "@" + f.Name).ToList();
            throw new CliException($"no function @{name} in the module" +
                (defined.Count > 0 ? $" (it defines {string.Join(", ", defined)})" : " (it defines no functions)"));
        }
        if (function.IsDeclaration)
            throw new CliException($"@{name} is only declared, not defined, so it cannot be run");
        return function;
    }

    private static List<Constant> ReadArguments(Function function, string[] args)
    {
        var parameters = function.FunctionType.Parameters;
        if (args.Length != parameters.Count)
        {
            string signature = string.Join(", ", parameters);
            throw new CliException($"@{function.Name}({signature}) takes {parameters.Count} argument" +
                $"{(parameters.Count == 1 ? "" : "s")}, but {args.Length} {(args.Length == 1 ? "was" : "were")} given");
        }
        var values = new List<Constant>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            try
            {
                values.Add(ValueParser.Parse(args[i], parameters[i]));
            }
            catch (IrException e)
            {
                throw new CliException($"argument {i + 1} of @{function.Name}: {e.Description}");
            }
        }
        return values;
    }

    private static int ExitCodeOf(Constant? result, Function function) => result switch
    {
        null => CliApp.ExitOk,
        ConstantInt i => (int)(i.ZExtValue & 0xFF),
        _ => throw new CliException($"--exit-code needs an integer result, but @{function.Name} returns {function.ReturnType}"),
    };
}
