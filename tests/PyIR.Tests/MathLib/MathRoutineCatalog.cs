// The math library routines under test: for each C function, the reference it is measured against,
// the ulp bound it must meet, and where its interesting inputs are. References are the platform
// libm (through .NET Math, or called directly where .NET computes the function itself, such as
// expm1 = exp(x) - 1), so double results may differ from an exact answer by the reference's own
// error too; float results are measured against the double reference rounded to float.
using System.Runtime.InteropServices;

namespace PyIR.Tests.MathLib;

public sealed record UnaryRoutine(string Name, Func<double, double> Reference, int UlpBound, Func<Random, double>[] Inputs);

public sealed record BinaryRoutine(string Name, Func<double, double, double> Reference, int UlpBound, Func<Random, (double, double)>[] Inputs);

public static partial class MathRoutineCatalog
{
    [LibraryImport("libm.so.6", EntryPoint = "exp2")] private static partial double LibmExp2(double x);
    [LibraryImport("libm.so.6", EntryPoint = "exp10")] private static partial double LibmExp10(double x);
    [LibraryImport("libm.so.6", EntryPoint = "expm1")] private static partial double LibmExpm1(double x);
    [LibraryImport("libm.so.6", EntryPoint = "log1p")] private static partial double LibmLog1p(double x);
    [LibraryImport("libm.so.6", EntryPoint = "hypot")] private static partial double LibmHypot(double x, double y);

    private static Func<Random, double> Uniform(double lo, double hi) => r => lo + (hi - lo) * r.NextDouble();

    /// <summary>|x| log-uniform in [2^e1, 2^e2) with all 52 mantissa bits random; random sign if signed.</summary>
    private static Func<Random, double> LogUniform(int e1, int e2, bool signed) => r =>
    {
        int e = r.Next(e1, e2);
        double v = Math.ScaleB(1.0 + r.NextDouble(), e);
        return signed && r.Next(2) == 0 ? -v : v;
    };

    /// <summary>k pi/2 rounded to double for random k below 2^30, moved by up to 4 ulps: the hardest inputs for sin/cos/tan.</summary>
    private static double NearPio2Multiple(Random r) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits((r.NextInt64(1L << 30) + 1) * (Math.PI / 2)) + r.Next(-4, 5));

    /// <summary>The ulp bound of the float version: 1 for exp, exp2, log, log2, otherwise 4.</summary>
    public static int FloatBound(string name) => name is "exp" or "exp2" or "log" or "log2" ? 1 : 4;

    public static readonly UnaryRoutine[] Unary =
    [
        new("exp", Math.Exp, 4, [Uniform(-745.2, 709.8), Uniform(-1, 1), LogUniform(-60, 0, true)]),
        new("exp2", LibmExp2, 4, [Uniform(-1075, 1024), Uniform(-1, 1), LogUniform(-60, 0, true)]),
        new("exp10", LibmExp10, 4, [Uniform(-324, 308.3), Uniform(-1, 1), LogUniform(-60, 0, true)]),
        new("expm1", LibmExpm1, 4, [Uniform(-40, 709.7), Uniform(-1, 1), LogUniform(-80, 0, true)]),
        new("log", Math.Log, 4, [LogUniform(-1074, 1024, false), Uniform(0.5, 2), Uniform(0.99, 1.01)]),
        new("log2", Math.Log2, 4, [LogUniform(-1074, 1024, false), Uniform(0.5, 2), Uniform(0.99, 1.01)]),
        new("log10", Math.Log10, 4, [LogUniform(-1074, 1024, false), Uniform(0.5, 2), Uniform(0.99, 1.01)]),
        new("log1p", LibmLog1p, 4, [LogUniform(-1074, 1024, false), Uniform(-1, 1), LogUniform(-60, -1, true)]),
        new("sin", Math.Sin, 4, [Uniform(-10, 10), LogUniform(-30, 19, true), LogUniform(19, 1024, true), Uniform(-1e6, 1e6), NearPio2Multiple]),
        new("cos", Math.Cos, 4, [Uniform(-10, 10), LogUniform(-30, 19, true), LogUniform(19, 1024, true), Uniform(-1e6, 1e6), NearPio2Multiple]),
        new("tan", Math.Tan, 4, [Uniform(-10, 10), LogUniform(-30, 19, true), LogUniform(19, 1024, true), Uniform(-1e6, 1e6), NearPio2Multiple]),
        new("sinh", Math.Sinh, 4, [Uniform(-710, 710), Uniform(-2, 2), LogUniform(-60, 0, true)]),
        new("cosh", Math.Cosh, 4, [Uniform(-710, 710), Uniform(-2, 2), LogUniform(-60, 0, true)]),
        new("tanh", Math.Tanh, 4, [Uniform(-25, 25), Uniform(-2, 2), LogUniform(-60, 0, true)]),
        new("asin", Math.Asin, 4, [Uniform(-1, 1), LogUniform(-60, 0, true), Uniform(0.99, 1)]),
        new("acos", Math.Acos, 4, [Uniform(-1, 1), LogUniform(-60, 0, true), Uniform(0.99, 1)]),
        new("atan", Math.Atan, 4, [Uniform(-10, 10), LogUniform(-1074, 1024, true), Uniform(-1, 1)]),
        new("cbrt", Math.Cbrt, 4, [LogUniform(-1074, 1024, true), Uniform(-10, 10)]),
    ];

    private static Func<Random, (double, double)> PowInputs(int kind) => r => kind switch
    {
        0 => PowAt(Math.ScaleB(1.0 + r.NextDouble(), r.Next(-1074, 1024)), Uniform(-700, 700)(r)),
        1 => (Uniform(0.5, 2)(r), Uniform(-2000, 2000)(r)),
        2 => (-LogUniform(-20, 20, false)(r), r.Next(-40, 41)),
        _ => (LogUniform(-30, 30, false)(r), Uniform(-20, 20)(r)),
    };

    private static (double, double) PowAt(double x, double logResult) => (x, logResult / Math.Log(x));

    private static Func<Random, (double, double)> Pair(Func<Random, double> a, Func<Random, double> b) => r => (a(r), b(r));

    public static readonly BinaryRoutine[] Binary =
    [
        new("pow", Math.Pow, 4, [PowInputs(0), PowInputs(1), PowInputs(2), PowInputs(3)]),
        new("atan2", Math.Atan2, 4, [Pair(LogUniform(-60, 60, true), LogUniform(-60, 60, true)), Pair(Uniform(-2, 2), Uniform(-2, 2))]),
        new("hypot", LibmHypot, 4, [Pair(LogUniform(-1074, 1024, true), LogUniform(-1074, 1024, true)), Pair(Uniform(-2, 2), Uniform(-2, 2))]),
        // fmod is exact; exponent gaps are kept moderate because the routine loops once per bit
        new("fmod", (x, y) => x % y, 0, [Pair(LogUniform(-100, 100, true), LogUniform(-100, 100, true)), Pair(Uniform(-50, 50), Uniform(-3, 3))]),
    ];
}
