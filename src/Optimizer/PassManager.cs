// Runs a list of passes over every function with a body in a module, in order (each pass over all
// functions before the next pass; a module pass (IModulePass) runs once on the whole module). Options: print the module after every pass (LLVM's
// --print-after-all, "; *** IR Dump After NAME ***"), time each pass (--time-passes), and verify the
// module after every pass (tests do: a pass that breaks the IR is reported by name). A function pass
// is not run on a function whose body (Function.Version) is the same as when that pass last ran
// there and changed nothing: it would find nothing to do again (a function pass reads only its
// function's body, see IFunctionPass). An idempotent pass (IIdempotentPass) is also skipped on a body
// it produced itself. A ScopedPass runs only on the functions in its scope.
using System.Diagnostics;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;

namespace PyIR.Optimizer;

public sealed class PassManager
{
    private readonly List<IFunctionPass> _passes = [];

    public PassManager(IEnumerable<IFunctionPass> passes) => _passes.AddRange(passes);

    public IReadOnlyList<IFunctionPass> Passes => _passes;

    /// <summary>Where to print the module after each pass, or null.</summary>
    public TextWriter? PrintAfterEach { get; init; }

    /// <summary>Run the Verifier after each pass and throw naming the pass if the module became invalid.</summary>
    public bool VerifyEach { get; init; }

    /// <summary>Time spent in each pass (summed over functions and repeated runs), in pipeline order.</summary>
    public List<(string Pass, TimeSpan Time)> Timings { get; } = [];

    /// <summary>Runs every pass; true if any changed the module.</summary>
    public bool Run(Module module)
    {
        bool changed = false;
        // For each function pass (by name), the version of each function on which the pass would find
        // nothing to do: where it last ran and changed nothing, or (idempotent) the body it left.
        var doneAt = new Dictionary<string, Dictionary<Function, long>>();
        var functions = new List<Function>();
        foreach (var pass in _passes)
        {
            long start = Stopwatch.GetTimestamp();
            if (pass is IModulePass modulePass) changed |= modulePass.Run(module);
            else
            {
                if (!doneAt.TryGetValue(pass.Name, out var versions))
                    doneAt[pass.Name] = versions = new(ReferenceEqualityComparer.Instance);
                // A scoped pass outside its scope neither runs nor is recorded (the same pass runs
                // there later in the pipeline).
                var scope = pass as ScopedPass;
                var runner = scope?.Inner ?? pass;
                bool idempotent = runner is IIdempotentPass;
                // A snapshot: passes may declare functions (the vectorizer's vector intrinsics).
                functions.Clear();
                functions.AddRange(module.Functions);
                foreach (var f in functions)
                {
                    if (f.IsDeclaration) continue;
                    long before = f.Version;
                    if (versions.TryGetValue(f, out long seen) && seen == before) continue;
                    if (scope is not null && !scope.AppliesTo(f)) continue;
                    bool did = runner.Run(f);
                    changed |= did;
                    if (idempotent || (!did && f.Version == before)) versions[f] = f.Version;
                }
            }
            Record(pass.Name, Stopwatch.GetElapsedTime(start));
            if (VerifyEach && Verifier.Check(module) is { Count: > 0 } problems)
                throw new InvalidOperationException($"the IR is invalid after pass '{pass.Name}': {problems[0].Message}\n{Printer.Print(module)}");
            if (PrintAfterEach is { } w)
            {
                w.WriteLine($"; *** IR Dump After {pass.Name} ***");
                w.Write(Printer.Print(module));
            }
        }
        return changed;
    }

    private void Record(string pass, TimeSpan time)
    {
        int i = Timings.FindIndex(t => t.Pass == pass);
        if (i < 0) Timings.Add((pass, time));
        else Timings[i] = (pass, Timings[i].Time + time);
    }

    /// <summary>The --time-passes report: one line per pass, then the total.</summary>
    public string FormatTimings()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("===== pass execution timing report =====");
        var total = TimeSpan.Zero;
        foreach (var (pass, time) in Timings)
        {
            sb.AppendLine($"{time.TotalMicroseconds,12:F1} us  {pass}");
            total += time;
        }
        sb.AppendLine($"{total.TotalMicroseconds,12:F1} us  total");
        return sb.ToString();
    }
}
