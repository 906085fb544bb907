// Runs the math library's scalar routines through PyIR's JIT and checks that every result is bit
// for bit the interpreter's (the JIT is tested against the interpreter everywhere). Until the JIT
// compiles vector code, the module is the library without its vector routines. Skipped silently
// (the test returns) only on hosts without AVX2/FMA/BMI2, where no JIT exists.
using System.Text.RegularExpressions;
using PyIR.Backend.MathLib;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.MathLib;

public partial class MathLibJitTests
{
    [GeneratedRegex(@"^define [^\n]*@pyir_\w+_v[48]\(.*?^}\n", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex VectorFunction();

    private static readonly Lazy<(Module Module, IExecutionEngine Jit, IExecutionEngine Interpreter)> Engines = new(() =>
    {
        var module = Parser.ParseModule(VectorFunction().Replace(MathLibrary.Source, ""), "mathlib-scalar.ll");
        return (module, PyIR.Runtime.Engines.Create(module, EngineKind.Jit), PyIR.Runtime.Engines.Create(module, EngineKind.Interpreter));
    });

    public static IEnumerable<object[]> ScalarRoutines() =>
        MathLibrary.RoutineNames.Where(n => !n.EndsWith("_v8", StringComparison.Ordinal) && !n.EndsWith("_v4", StringComparison.Ordinal))
            .Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(ScalarRoutines))]
    public void Jit_matches_interpreter(string name)
    {
        if (!JitEngine.IsSupported) return;
        var (module, jit, interpreter) = Engines.Value;
        var function = module.Functions.Single(f => f.Name == name);
        var type = (FloatingType)function.FunctionType.ReturnType;
        var random = new Random(name.Length * 131 + name[^1]);
        double[] edges = [0.0, -0.0, 1.0, -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon,
            1e-310, 1e300, -1e300, 709.9, -745.5, 1e22, 0.5, 3.0, -8.0];
        for (int i = 0; i < 300; i++)
        {
            var args = function.FunctionType.Parameters.Select(_ =>
            {
                double v = i < edges.Length * 2 ? edges[(i + random.Next(edges.Length)) % edges.Length]
                    : Math.ScaleB(random.NextDouble() * 2 - 1, random.Next(-40, 40));
                return (Constant)ConstantFP.FromDouble(type, v);
            }).ToList();
            var want = (ConstantFP)interpreter.Invoke(function, args)!;
            var got = (ConstantFP)jit.Invoke(function, args)!;
            bool same = want.Bits == got.Bits || (double.IsNaN(want.Value) && double.IsNaN(got.Value));
            Assert.True(same, $"{name}({string.Join(", ", args.Select(a => ((ConstantFP)a).Value.ToString("R")))}): jit {got.Value:R}, interpreter {want.Value:R}");
        }
    }
}
