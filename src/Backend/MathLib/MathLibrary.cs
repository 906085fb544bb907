// PyIR's own math library. The JIT must not call the C library, so exp, log, sin, pow and the other
// transcendental built-ins are implemented by PyIR itself: polynomial routines written in C
// (MathLib/source/mathlib.c), compiled once by MathLib/source/generate.sh into an LLVM IR module
// (MathLib/mathlib.ll) that is embedded in this assembly. At run time PyIR parses that module with
// its own parser and compiles it with its own JIT once per process; the instruction selector then
// turns a call to a math built-in into a call to the matching routine (RoutineName gives its name).
// Because the routines are ordinary IR, the interpreter can run them as well, which is how they are
// tested in xunit; their accuracy is measured natively by MathLib/source/accuracy.sh (docs/mathlib.md).
//
// Naming: pyir_<c name> for double (pyir_exp), pyir_<c name>f for float (pyir_expf), and for the
// AVX2 vector forms pyir_<c name>f_v8 (<8 x float>) and pyir_<c name>_v4 (<4 x double>).
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;

namespace PyIR.Backend.MathLib;

public static class MathLibrary
{
    private static readonly Lazy<string> LazySource = new(LoadSource);

    /// <summary>The math library as LLVM IR text (the embedded mathlib.ll).</summary>
    public static string Source => LazySource.Value;

    /// <summary>Parses <see cref="Source"/> into a fresh module (the routines are plain IR functions).</summary>
    public static Module Parse() => Parser.ParseModule(Source, "mathlib.ll");

    /// <summary>C base names of the scalar routines, by built-in; each exists for float and double.</summary>
    private static readonly Dictionary<Builtin, string> ScalarNames = new()
    {
        [Builtin.Exp] = "exp", [Builtin.Exp2] = "exp2", [Builtin.Exp10] = "exp10", [Builtin.Expm1] = "expm1",
        [Builtin.Log] = "log", [Builtin.Log2] = "log2", [Builtin.Log10] = "log10", [Builtin.Log1p] = "log1p",
        [Builtin.Pow] = "pow", [Builtin.Sin] = "sin", [Builtin.Cos] = "cos", [Builtin.Tan] = "tan",
        [Builtin.Sinh] = "sinh", [Builtin.Cosh] = "cosh", [Builtin.Tanh] = "tanh",
        [Builtin.Asin] = "asin", [Builtin.Acos] = "acos", [Builtin.Atan] = "atan", [Builtin.Atan2] = "atan2",
        [Builtin.Cbrt] = "cbrt", [Builtin.Hypot] = "hypot", [Builtin.FMod] = "fmod",
    };

    /// <summary>Built-ins that also have &lt;8 x float&gt; and &lt;4 x double&gt; routines.</summary>
    private static readonly HashSet<Builtin> VectorBuiltins =
        [Builtin.Exp, Builtin.Exp2, Builtin.Log, Builtin.Log2, Builtin.Sin, Builtin.Cos, Builtin.Pow, Builtin.Tanh];

    /// <summary>Every routine the library defines, in a stable order.</summary>
    public static IReadOnlyList<string> RoutineNames { get; } = CreateRoutineNames();

    /// <summary>
    /// The routine implementing <paramref name="builtin"/> on values of <paramref name="type"/>
    /// (float, double, &lt;8 x float&gt; or &lt;4 x double&gt;), or null when the library has none
    /// (for example sqrt, which is a machine instruction, or vector shapes without a routine).
    /// </summary>
    public static string? RoutineName(Builtin builtin, IrType type)
    {
        if (!ScalarNames.TryGetValue(builtin, out var name)) return null;
        switch (type)
        {
            case FloatingType { Kind: TypeKind.Double }: return "pyir_" + name;
            case FloatingType { Kind: TypeKind.Float }: return "pyir_" + name + "f";
            case VectorType v when VectorBuiltins.Contains(builtin):
                if (v.Count == 8 && v.Element.Kind == TypeKind.Float) return "pyir_" + name + "f_v8";
                if (v.Count == 4 && v.Element.Kind == TypeKind.Double) return "pyir_" + name + "_v4";
                return null;
            default: return null;
        }
    }

    private static List<string> CreateRoutineNames()
    {
        var names = new List<string>();
        foreach (var (builtin, name) in ScalarNames)
        {
            names.Add("pyir_" + name);
            names.Add("pyir_" + name + "f");
            if (VectorBuiltins.Contains(builtin))
            {
                names.Add("pyir_" + name + "f_v8");
                names.Add("pyir_" + name + "_v4");
            }
        }
        return names;
    }

    private static string LoadSource()
    {
        const string resource = "PyIR.MathLib.ll";
        using var stream = typeof(MathLibrary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from {typeof(MathLibrary).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
