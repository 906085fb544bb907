// Helpers for the interpreter tests: parse a module, run one function with C# values, and read the
// result back as C# values, so each test states its expectation in plain C#.
using Xunit;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime;
using PyIR.Runtime.Interpreter;

namespace PyIR.Tests.Interpreter;

internal static class Harness
{
    public static Constant? Run(string ir, string function, params Constant[] args) =>
        Run(ir, function, null, args);

    public static Constant? Run(string ir, string function, ExecutionLimits? limits, params Constant[] args)
    {
        var module = Parser.ParseModule(ir, "test.ll");
        using var interp = new PyIR.Runtime.Interpreter.Interpreter(module, limits);
        return interp.Invoke(module.GetFunction(function)!, args);
    }

    public static IrException Fails(string ir, string function, params Constant[] args) =>
        Assert.Throws<IrException>(() => Run(ir, function, args));

    /// <summary>Runs on the given engine (the JIT is required to compile the module, no fallback).</summary>
    public static Constant? Run(EngineKind engine, string ir, string function, params Constant[] args)
    {
        var module = Parser.ParseModule(ir, "test.ll");
        using var e = Engines.Create(module, engine);
        return e.Invoke(module.GetFunction(function)!, args);
    }

    public static IrException Fails(EngineKind engine, string ir, string function, params Constant[] args) =>
        Assert.Throws<IrException>(() => Run(engine, ir, function, args));

    public static ConstantInt Int(int bits, long value) => ConstantInt.Get(bits, value);
    public static ConstantInt I32(int value) => ConstantInt.Get(32, value);
    public static ConstantInt I64(long value) => ConstantInt.Get(64, value);
    public static ConstantFP F64(double value) => ConstantFP.FromDouble(IrType.Double, value);
    public static ConstantFP F32(float value) => ConstantFP.FromDouble(IrType.Float, value);

    public static ulong Bits(Constant? c) => c switch
    {
        ConstantInt i => i.Bits,
        ConstantFP f => f.Bits,
        _ => throw new Xunit.Sdk.XunitException($"expected a scalar constant, got {c}"),
    };

    public static long Signed(Constant? c) => ((ConstantInt)c!).SExtValue;
    public static double Double(Constant? c) => BitConverter.Int64BitsToDouble((long)((ConstantFP)c!).Bits);
    public static float Single(Constant? c) => BitConverter.UInt32BitsToSingle((uint)((ConstantFP)c!).Bits);

    public static ulong[] Lanes(Constant? c) =>
        ((ConstantAggregate)c!).Elements.Select(Bits).ToArray();
}
