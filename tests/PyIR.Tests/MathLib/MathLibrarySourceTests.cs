// Checks on the embedded math library module itself: PyIR's parser accepts it, it defines every
// routine MathLibrary names with the right signature, it calls nothing but LLVM intrinsics and its
// own functions (the JIT must not reach the C library), and RoutineName maps built-ins as documented.
using PyIR.Backend.MathLib;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using Xunit;

namespace PyIR.Tests.MathLib;

public class MathLibrarySourceTests
{
    private static readonly Lazy<Module> Parsed = new(() => MathLibrary.Parse());

    [Fact]
    public void Embedded_source_matches_the_committed_file()
    {
        var onDisk = File.ReadAllText(TestPaths.Combine("src", "Backend", "MathLib", "mathlib.ll"));
        Assert.Equal(onDisk, MathLibrary.Source);
    }

    [Fact]
    public void Source_parses_and_defines_every_routine()
    {
        var module = Parsed.Value;
        var defined = module.Functions.Where(f => !f.IsDeclaration).Select(f => f.Name).ToHashSet();
        foreach (var name in MathLibrary.RoutineNames)
            Assert.Contains(name, defined);
    }

    [Fact]
    public void Declarations_are_only_intrinsics()
    {
        var external = Parsed.Value.Functions.Where(f => f.IsDeclaration && !Builtins.IsIntrinsicName(f.Name)).Select(f => f.Name);
        Assert.Empty(external);
    }

    [Theory]
    [InlineData(Builtin.Exp, "double", "pyir_exp", 1)]
    [InlineData(Builtin.Exp, "float", "pyir_expf", 1)]
    [InlineData(Builtin.Pow, "double", "pyir_pow", 2)]
    [InlineData(Builtin.FMod, "float", "pyir_fmodf", 2)]
    [InlineData(Builtin.Atan2, "double", "pyir_atan2", 2)]
    [InlineData(Builtin.Exp, "<8 x float>", "pyir_expf_v8", 1)]
    [InlineData(Builtin.Sin, "<4 x double>", "pyir_sin_v4", 1)]
    [InlineData(Builtin.Pow, "<8 x float>", "pyir_powf_v8", 2)]
    [InlineData(Builtin.Tanh, "<4 x double>", "pyir_tanh_v4", 1)]
    public void RoutineName_gives_a_routine_of_the_right_type(Builtin builtin, string typeText, string expected, int arity)
    {
        var type = Parser.ParseType(typeText);
        Assert.Equal(expected, MathLibrary.RoutineName(builtin, type));
        var function = Parsed.Value.Functions.Single(f => f.Name == expected);
        Assert.Same(type, function.FunctionType.ReturnType);
        Assert.Equal(arity, function.FunctionType.Parameters.Count);
        Assert.All(function.FunctionType.Parameters, p => Assert.Same(type, p));
    }

    [Theory]
    [InlineData(Builtin.Sqrt, "double")]
    [InlineData(Builtin.Floor, "float")]
    [InlineData(Builtin.Exp, "i32")]
    [InlineData(Builtin.Exp, "<4 x float>")]
    [InlineData(Builtin.Cbrt, "<8 x float>")]
    public void RoutineName_is_null_without_a_routine(Builtin builtin, string typeText)
    {
        Assert.Null(MathLibrary.RoutineName(builtin, Parser.ParseType(typeText)));
    }

    [Fact]
    public void Every_scalar_math_builtin_has_float_and_double_routines()
    {
        Builtin[] math =
        [
            Builtin.Exp, Builtin.Exp2, Builtin.Exp10, Builtin.Expm1, Builtin.Log, Builtin.Log2, Builtin.Log10,
            Builtin.Log1p, Builtin.Pow, Builtin.Sin, Builtin.Cos, Builtin.Tan, Builtin.Sinh, Builtin.Cosh,
            Builtin.Tanh, Builtin.Asin, Builtin.Acos, Builtin.Atan, Builtin.Atan2, Builtin.Cbrt, Builtin.Hypot,
            Builtin.FMod,
        ];
        foreach (var b in math)
        {
            Assert.NotNull(MathLibrary.RoutineName(b, IrType.Float));
            Assert.NotNull(MathLibrary.RoutineName(b, IrType.Double));
        }
        Assert.Equal(math.Length * 2 + 8 * 2, MathLibrary.RoutineNames.Count);
    }
}
