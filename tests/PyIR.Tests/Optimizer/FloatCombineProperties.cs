// instcombine's flag-free floating-point rule, x / ±2^k as x * ±2^-k, must give the same bits for
// every x: for random divisors across the whole exponent range (those whose reciprocal is not a
// normal number must stay divisions) and dividends among zeros, subnormals, the largest values,
// infinities and NaNs with payloads, the interpreter on the module as written, the interpreter after
// -O2 and the JIT after -O2 agree bit for bit. The seed is random per run and printed with a failure.
using System.Globalization;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.Optimizer;

public class FloatCombineProperties
{
    [Theory]
    [InlineData("double")]
    [InlineData("float")]
    public void DivisionByAPowerOfTwoIsTheSameMultiplication(string type)
    {
        bool dbl = type == "double";
        int seed = Random.Shared.Next();
        var random = new Random(seed);
        int fraction = dbl ? 52 : 23, maxExponent = dbl ? 2047 : 255;
        int rewritten = 0;
        for (int trial = 0; trial < 60; trial++)
        {
            // A power of two (or, now and then, not), of either sign, anywhere in the exponent range.
            // (Half the time one of the edges: the subnormal range, the smallest and largest
            // normal exponents, the last ones whose reciprocal is normal.)
            int[] edges = [0, 1, 2, maxExponent / 2, maxExponent - 3, maxExponent - 2, maxExponent - 1];
            int exponent = random.Next(2) == 0 ? edges[random.Next(edges.Length)] : random.Next(0, maxExponent);
            ulong divisor = ((ulong)exponent << fraction) | (random.Next(4) == 0 ? (ulong)random.NextInt64(1, 1L << 20) : 0);
            if (random.Next(2) == 0) divisor |= 1UL << (dbl ? 63 : 31);
            double d = dbl ? BitConverter.UInt64BitsToDouble(divisor) : BitConverter.UInt32BitsToSingle((uint)divisor);
            string text = $"define {type} @f({type} %x) {{\n  %r = fdiv {type} %x, 0x{BitConverter.DoubleToInt64Bits(d):X16}\n  ret {type} %r\n}}\n";
            var original = Parser.ParseModule(text, "original.ll");
            var optimized = Parser.ParseModule(text, "optimized.ll");
            new PassManager(Pipelines.ForLevel(2)) { VerifyEach = true }.Run(optimized);
            string printed = Printer.Print(optimized);
            bool isPower = (divisor & ((1UL << fraction) - 1)) == 0 && exponent >= 1 && exponent <= maxExponent - 2;
            Assert.True(printed.Contains("fmul") == isPower, $"divisor {d:R} (seed {seed}): expected {(isPower ? "a multiplication" : "the division to stay")}\n{printed}");
            if (isPower) rewritten++;
            using var before = new PyIR.Runtime.Interpreter.Interpreter(original);
            using var after = new PyIR.Runtime.Interpreter.Interpreter(optimized);
            using var jit = new JitEngine(optimized);
            for (int k = 0; k < 40; k++)
            {
                var x = Dividend(random, dbl);
                string expected = Printer.PrintTypedConstant(before.Invoke(original.GetFunction("f")!, [x])!);
                string interpreted = Printer.PrintTypedConstant(after.Invoke(optimized.GetFunction("f")!, [x])!);
                string compiled = Printer.PrintTypedConstant(jit.Invoke(optimized.GetFunction("f")!, [x])!);
                Assert.True(expected == interpreted && expected == compiled,
                    $"{Printer.PrintTypedConstant(x)} / {d:R} (seed {seed}): as written {expected}, after -O2 {interpreted}, JIT {compiled}\n{printed}");
            }
        }
        Assert.True(rewritten > 10, $"only {rewritten} of 60 divisions were rewritten (seed {seed})");
    }

    private static ConstantFP Dividend(Random r, bool dbl)
    {
        var type = dbl ? IrType.Double : IrType.Float;
        int bits = dbl ? 64 : 32;
        ulong sign = r.Next(2) == 0 ? 0 : 1UL << (bits - 1);
        ulong exponentMask = dbl ? 0x7FF0000000000000UL : 0x7F800000UL, fractionMask = dbl ? 0xFFFFFFFFFFFFFUL : 0x7FFFFFUL;
        ulong value = r.Next(7) switch
        {
            0 => 0,                                                         // zero
            1 => (ulong)r.NextInt64(1, (long)fractionMask),                 // subnormal
            2 => exponentMask - (fractionMask + 1) | fractionMask,          // the largest finite value
            3 => exponentMask,                                              // infinity
            4 => exponentMask | (ulong)r.NextInt64(1, (long)fractionMask),  // NaN, quiet or signalling, with a payload
            _ => (ulong)r.NextInt64() & (exponentMask | fractionMask),      // anything
        };
        return new ConstantFP((FloatingType)type, sign | value);
    }
}
