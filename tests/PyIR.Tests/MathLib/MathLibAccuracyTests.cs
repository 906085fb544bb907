// The math library's accuracy over millions of inputs, as users reach it: a JIT'd loop calls the
// libm name (`@exp`, `@expf`, ...) over an array of inputs, and every result is compared with the
// platform libm (MathRoutineCatalog's references and ulp bounds; float results against the double
// reference rounded to float). 200,000 inputs per routine and precision, about 9 million in all;
// PYIR_MATH_INPUTS sets another count for longer runs. Needs the JIT (x86-64 with AVX2/FMA/BMI2).
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.MathLib;

public class MathLibAccuracyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly int Count =
        int.TryParse(Environment.GetEnvironmentVariable("PYIR_MATH_INPUTS"), out int n) && n > 0 ? n : 200_000;

    public static IEnumerable<object[]> UnaryNames() => MathRoutineCatalog.Unary.Select(u => new object[] { u.Name });
    public static IEnumerable<object[]> BinaryNames() => MathRoutineCatalog.Binary.Select(b => new object[] { b.Name });

    /// <summary>IR of `void map(ptr in0, [ptr in1,] ptr out, i64 n)` applying @<paramref name="libm"/> elementwise.</summary>
    private static string MapKernel(string libm, string type, int arity)
    {
        string parameters = string.Join(", ", Enumerable.Range(0, arity).Select(a => $"ptr %in{a}"));
        string loads = string.Concat(Enumerable.Range(0, arity).Select(a =>
            $"  %p{a} = getelementptr {type}, ptr %in{a}, i64 %i\n  %x{a} = load {type}, ptr %p{a}\n"));
        string args = string.Join(", ", Enumerable.Range(0, arity).Select(a => $"{type} %x{a}"));
        return $$"""
            declare {{type}} @{{libm}}({{string.Join(", ", Enumerable.Repeat(type, arity))}})
            define void @map({{parameters}}, ptr %out, i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
            {{loads}}  %r = call {{type}} @{{libm}}({{args}})
              %q = getelementptr {{type}}, ptr %out, i64 %i
              store {{type}} %r, ptr %q
              %i1 = add i64 %i, 1
              %c = icmp ult i64 %i1, %n
              br i1 %c, label %loop, label %exit
            exit:
              ret void
            }
            """;
    }

    /// <summary>Compiles the map kernel and runs it over the inputs (one array per argument).</summary>
    private static unsafe T[] Map<T>(string libm, string type, params T[][] inputs) where T : unmanaged
    {
        var module = Parser.ParseModule(MapKernel(libm, type, inputs.Length), libm + "-map.ll");
        using var jit = new JitEngine(module);
        nint map = (nint)jit.Compiled.FunctionAddresses[module.GetFunction("map")!];
        int n = inputs[0].Length;
        var output = new T[n];
        fixed (T* a = inputs[0])
        fixed (T* b = inputs.Length > 1 ? inputs[1] : inputs[0])
        fixed (T* o = output)
        {
            if (inputs.Length == 1) ((delegate* unmanaged<T*, T*, long, void>)map)(a, o, n);
            else ((delegate* unmanaged<T*, T*, T*, long, void>)map)(a, b, o, n);
        }
        return output;
    }

    /// <summary>A fixed seed per routine (string hash codes change from run to run).</summary>
    private static int Seed(string name) => name.Aggregate(17, (h, c) => h * 31 + c);

    private static double[] Inputs(Func<Random, double>[] ranges, Random random) =>
        Enumerable.Range(0, Count).Select(i => ranges[i % ranges.Length](random)).ToArray();

    [Theory]
    [MemberData(nameof(UnaryNames))]
    public void Unary_routine_is_within_bound_on_millions_of_inputs(string name)
    {
        if (!JitEngine.IsSupported) return;
        var routine = MathRoutineCatalog.Unary.Single(u => u.Name == name);
        var random = new Random(Seed(name) ^ 0x5eed);
        var failures = new List<string>();

        var x = Inputs(routine.Inputs, random);
        var y = Map(name, "double", x);
        ulong worst = 0;
        for (int i = 0; i < x.Length; i++)
        {
            ulong d = UlpDistance.Between(y[i], routine.Reference(x[i]));
            if (d > (ulong)routine.UlpBound) failures.Add($"{name}({x[i]:R}) = {y[i]:R}, libm {routine.Reference(x[i]):R}");
            else worst = Math.Max(worst, d);
        }

        var xf = Inputs(routine.Inputs, random).Select(v => (float)v).ToArray();
        var yf = Map(name + "f", "float", xf);
        uint bound = (uint)MathRoutineCatalog.FloatBound(name);
        uint worstF = 0;
        for (int i = 0; i < xf.Length; i++)
        {
            uint d = UlpDistance.Between(yf[i], (float)routine.Reference(xf[i]));
            if (d > bound) failures.Add($"{name}f({xf[i]:R}) = {yf[i]:R}, libm {(float)routine.Reference(xf[i]):R}");
            else worstF = Math.Max(worstF, d);
        }
        output.WriteLine($"{name}: worst {worst} ulp (double), {worstF} ulp (float) within the bound over {Count} inputs each");

        Assert.True(failures.Count == 0, $"{failures.Count} of {2 * Count} outside the bound:\n" + string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [MemberData(nameof(BinaryNames))]
    public void Binary_routine_is_within_bound_on_millions_of_inputs(string name)
    {
        if (!JitEngine.IsSupported) return;
        var routine = MathRoutineCatalog.Binary.Single(b => b.Name == name);
        var random = new Random(Seed(name) ^ 0xb1a7);
        var pairs = Enumerable.Range(0, Count).Select(i => routine.Inputs[i % routine.Inputs.Length](random)).ToArray();
        var failures = new List<string>();

        double[] a = pairs.Select(p => p.Item1).ToArray(), b = pairs.Select(p => p.Item2).ToArray();
        var r = Map(name, "double", a, b);
        for (int i = 0; i < a.Length; i++)
            if (UlpDistance.Between(r[i], routine.Reference(a[i], b[i])) > (ulong)routine.UlpBound)
                failures.Add($"{name}({a[i]:R}, {b[i]:R}) = {r[i]:R}, libm {routine.Reference(a[i], b[i]):R}");

        // Float pow over the double ranges mostly overflows; half of its inputs stay where results are finite.
        float[] af = a.Select((v, i) => name == "pow" && i % 2 == 0 ? (float)(0.5 + 1.5 * random.NextDouble()) : (float)v).ToArray();
        float[] bf = b.Select((v, i) => name == "pow" && i % 2 == 0 ? (float)(200 * random.NextDouble() - 100) : (float)v).ToArray();
        var rf = Map(name + "f", "float", af, bf);
        for (int i = 0; i < af.Length; i++)
            if (UlpDistance.Between(rf[i], (float)routine.Reference(af[i], bf[i])) > (uint)routine.UlpBound)
                failures.Add($"{name}f({af[i]:R}, {bf[i]:R}) = {rf[i]:R}, libm {(float)routine.Reference(af[i], bf[i]):R}");

        Assert.True(failures.Count == 0, $"{failures.Count} of {2 * Count} outside the bound:\n" + string.Join("\n", failures.Take(20)));
    }
}
