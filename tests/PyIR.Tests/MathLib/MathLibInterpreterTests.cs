// Runs the math library's IR through PyIR's interpreter: every scalar routine on about 2,000
// deterministic inputs (edge values plus random ones per input range) against the platform libm
// with the documented ulp bounds, float routines against the double reference rounded to float,
// and the vector routines lane by lane against the scalar ones.
using PyIR.Backend.MathLib;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using Xunit;

namespace PyIR.Tests.MathLib;

public class MathLibInterpreterTests
{
    private const int InputsPerRoutine = 2000;

    private static readonly Lazy<(Module Module, global::PyIR.Runtime.Interpreter.Interpreter Engine)> Library = new(() =>
    {
        var module = MathLibrary.Parse();
        return (module, new global::PyIR.Runtime.Interpreter.Interpreter(module));
    });

    private static readonly double[] EdgeValues =
    [
        0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 10.0, -10.0, double.Epsilon, -double.Epsilon,
        2.2250738585072014e-308, 1e-300, -1e-300, 1e-20, double.MaxValue, -double.MaxValue, 1e300, 709.78,
        -745.1, 88.7, -103.9, 1e22, 1.0715086071862673e301, 1e9, Math.PI, Math.PI / 2, Math.PI / 4, 0.9999999999999999,
        1.0000000000000002, 0.7071067811865476, 1.4142135623730951, 22.0, 0.34657359027997264,
    ];

    public static IEnumerable<object[]> UnaryNames() => MathRoutineCatalog.Unary.Select(u => new object[] { u.Name });
    public static IEnumerable<object[]> BinaryNames() => MathRoutineCatalog.Binary.Select(b => new object[] { b.Name });

    public static double CallDouble(string routine, params double[] args)
    {
        var (module, engine) = Library.Value;
        var function = module.Functions.Single(f => f.Name == routine);
        var result = (ConstantFP)engine.Invoke(function, args.Select(a => (Constant)new ConstantFP(IrType.Double, BitConverter.DoubleToUInt64Bits(a))).ToList())!;
        return BitConverter.UInt64BitsToDouble(result.Bits);
    }

    public static float CallFloat(string routine, params float[] args)
    {
        var (module, engine) = Library.Value;
        var function = module.Functions.Single(f => f.Name == routine);
        var result = (ConstantFP)engine.Invoke(function, args.Select(a => (Constant)FloatConstant(a)).ToList())!;
        return BitConverter.UInt32BitsToSingle((uint)result.Bits);
    }

    private static ConstantFP FloatConstant(float f) => new(IrType.Float, BitConverter.SingleToUInt32Bits(f));

    private static List<double> Inputs(Func<Random, double>[] ranges, int seed)
    {
        var random = new Random(seed);
        var inputs = new List<double>(EdgeValues);
        int perRange = (InputsPerRoutine - inputs.Count) / ranges.Length;
        foreach (var range in ranges)
            for (int i = 0; i < perRange; i++) inputs.Add(range(random));
        return inputs;
    }

    [Theory]
    [MemberData(nameof(UnaryNames))]
    public void Double_routine_is_within_bound(string name)
    {
        var routine = MathRoutineCatalog.Unary.Single(u => u.Name == name);
        var failures = new List<string>();
        foreach (var x in Inputs(routine.Inputs, name.Length * 7919 + name[0] * 31 + name[^1]))
        {
            double got = CallDouble("pyir_" + name, x), want = routine.Reference(x);
            if (UlpDistance.Between(got, want) > (ulong)routine.UlpBound)
                failures.Add($"{name}({x:R}) = {got:R}, libm {want:R}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [MemberData(nameof(UnaryNames))]
    public void Float_routine_is_within_bound(string name)
    {
        var routine = MathRoutineCatalog.Unary.Single(u => u.Name == name);
        int bound = MathRoutineCatalog.FloatBound(name);
        var failures = new List<string>();
        foreach (var xd in Inputs(routine.Inputs, 1000 + name.Length * 7919 + name[0] * 31 + name[^1]))
        {
            float x = (float)xd;
            float got = CallFloat("pyir_" + name + "f", x), want = (float)routine.Reference(x);
            if (UlpDistance.Between(got, want) > (uint)bound)
                failures.Add($"{name}f({x:R}) = {got:R}, libm {want:R}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [MemberData(nameof(BinaryNames))]
    public void Double_and_float_binary_routines_are_within_bound(string name)
    {
        var routine = MathRoutineCatalog.Binary.Single(b => b.Name == name);
        var random = new Random(4242 + name.Length);
        var failures = new List<string>();
        int perRange = InputsPerRoutine / routine.Inputs.Length;
        foreach (var range in routine.Inputs)
            for (int i = 0; i < perRange; i++)
            {
                var (x, y) = range(random);
                double got = CallDouble("pyir_" + name, x, y), want = routine.Reference(x, y);
                if (UlpDistance.Between(got, want) > (ulong)routine.UlpBound)
                    failures.Add($"{name}({x:R}, {y:R}) = {got:R}, libm {want:R}");
                float xf = (float)x, yf = (float)y;
                if (name == "pow" && i % 2 == 0) (xf, yf) = ((float)(0.5 + 1.5 * random.NextDouble()), (float)(200 * random.NextDouble() - 100));
                float gotF = CallFloat("pyir_" + name + "f", xf, yf), wantF = (float)routine.Reference(xf, yf);
                if (UlpDistance.Between(gotF, wantF) > (uint)routine.UlpBound)
                    failures.Add($"{name}f({xf:R}, {yf:R}) = {gotF:R}, libm {wantF:R}");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    public static IEnumerable<object[]> VectorRoutines() =>
        MathLibrary.RoutineNames.Where(n => n.EndsWith("_v8", StringComparison.Ordinal) || n.EndsWith("_v4", StringComparison.Ordinal))
            .Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(VectorRoutines))]
    public void Vector_routine_equals_scalar_lane_by_lane(string name)
    {
        var (module, engine) = Library.Value;
        var function = module.Functions.Single(f => f.Name == name);
        bool isFloat = name.EndsWith("_v8", StringComparison.Ordinal);
        string scalar = name[..^3];   // pyir_expf_v8 -> pyir_expf, pyir_exp_v4 -> pyir_exp
        int lanes = isFloat ? 8 : 4;
        var vectorType = function.FunctionType.ReturnType;
        var random = new Random(77);
        double[] pool = [.. EdgeValues, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -8.0, 1.0 / 3];
        for (int round = 0; round < 24; round++)
        {
            var args = new List<double[]>();
            foreach (var _ in function.FunctionType.Parameters)
            {
                var lanesValues = new double[lanes];
                for (int i = 0; i < lanes; i++)
                    lanesValues[i] = random.Next(3) == 0 ? pool[random.Next(pool.Length)] : 40 * random.NextDouble() - 20;
                args.Add(lanesValues);
            }
            var vectorArgs = args.Select(a => (Constant)new ConstantAggregate(vectorType, a.Select(v => isFloat
                ? (Constant)FloatConstant((float)v) : new ConstantFP(IrType.Double, BitConverter.DoubleToUInt64Bits(v))).ToList())).ToList();
            var result = engine.Invoke(function, vectorArgs)!;
            for (int lane = 0; lane < lanes; lane++)
            {
                var element = (ConstantFP)result.GetAggregateElement(lane)!;
                if (isFloat)
                {
                    float want = CallFloat(scalar, args.Select(a => (float)a[lane]).ToArray());
                    Assert.Equal(BitConverter.SingleToUInt32Bits(want), (uint)element.Bits);
                }
                else
                {
                    double want = CallDouble(scalar, args.Select(a => a[lane]).ToArray());
                    Assert.Equal(BitConverter.DoubleToUInt64Bits(want), element.Bits);
                }
            }
        }
    }
}
