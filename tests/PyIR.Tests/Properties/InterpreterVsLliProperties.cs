// Differential test of PyIR's reference interpreter against LLVM's own JIT (lli-16): generated
// programs (in their LLVM-comparable form, without operations whose result LLVM leaves open) are
// run by both with the same arguments, and every lane of every result must have the same bits.
// All programs of a batch run in one lli process: their printed text is merged, and a @main calls
// each entry function and prints the result lanes as hex with printf.
using System.Globalization;
using System.Text;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Tests.Generators;
using Xunit;
using Xunit.Abstractions;

namespace PyIR.Tests.Properties;

public class InterpreterVsLliProperties(ITestOutputHelper output)
{
    /// <summary>The bits of each lane of a result, as printf's %llx prints them.</summary>
    private static IEnumerable<string> Lanes(Constant c)
    {
        if (c.Type is VectorType v)
        {
            for (int i = 0; i < v.Count; i++)
                foreach (var lane in Lanes(c.GetAggregateElement(i) ?? throw new InvalidOperationException($"no lane {i} in {c}")))
                    yield return lane;
            yield break;
        }
        ulong bits = c switch
        {
            ConstantInt ci => ci.Bits,
            ConstantFP cf => cf.Bits,
            _ => throw new InvalidOperationException($"unexpected result constant {c.GetType().Name}"),
        };
        yield return bits.ToString("x", CultureInfo.InvariantCulture);
    }

    /// <summary>IR that prints every lane of <paramref name="value"/> (of type <paramref name="t"/>) on its own line.</summary>
    private static void EmitPrint(StringBuilder sb, string value, IrType t, ref int next)
    {
        var lanes = new List<(string Name, IrType Type)>();
        if (t is VectorType v)
            for (int i = 0; i < v.Count; i++)
            {
                var e = $"%t{next++}";
                sb.Append($"  {e} = extractelement {t} {value}, i32 {i}\n");
                lanes.Add((e, v.Element));
            }
        else lanes.Add((value, t));
        foreach (var (name, type) in lanes)
        {
            string asInt = name;
            IrType intType = type;
            if (type.IsFloatingPoint)
            {
                intType = IntegerType.Get(type.ScalarBits);
                asInt = $"%t{next++}";
                sb.Append($"  {asInt} = bitcast {type} {name} to {intType}\n");
            }
            string wide = asInt;
            if (intType.ScalarBits < 64)
            {
                wide = $"%t{next++}";
                sb.Append($"  {wide} = zext {intType} {asInt} to i64\n");
            }
            sb.Append($"  call i32 (ptr, ...) @printf(ptr @fmt, i64 {wide})\n");
        }
    }

    [Fact]
    public void InterpreterAgreesWithLli()
    {
        const int programs = 80;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var printed = new List<(int Seed, string Text)>();
        var expected = new List<(int Seed, int Size, string[] Lanes)>();
        var main = new StringBuilder("define i32 @main() {\n");
        int next = 0;
        for (int seed = 0; seed < programs; seed++)
        {
            int size = (seed * 53) % 90 + 5;
            var text = Printer.Print(Parser.ParseModule(IrGenerator.Generate(seed, size, llvmComparable: true)));
            var module = Parser.ParseModule(text, $"gen-{seed}-{size}.ll");
            var entry = module.GetFunction(IrGenerator.EntryName)!;
            var args = IrGenerator.RandomArguments(entry, new Random(seed));
            using var engine = new PyIR.Runtime.Interpreter.Interpreter(module);
            var result = engine.Invoke(entry, args)!;
            expected.Add((seed, size, Lanes(result).ToArray()));
            printed.Add((seed, text));
            var r = $"%r{seed}";
            main.Append($"  {r} = call {entry.ReturnType} @s{seed}.f0({string.Join(", ", args.Select(Printer.PrintTypedConstant))})\n");
            EmitPrint(main, r, entry.ReturnType, ref next);
        }
        main.Append("  ret i32 0\n}\n");
        var merged = PrintParseProperties.Merge(printed) +
                     "@fmt = private constant [6 x i8] c\"%llx\\0A\\00\"\ndeclare i32 @printf(ptr, ...)\n" + main;

        var (exit, stdout, stderr) = LlvmTools.Run("lli-16", merged, "-");
        Assert.True(exit == 0, $"lli-16 exited with {exit}:\n{stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int at = 0, lanesCompared = 0;
        foreach (var (seed, size, lanes) in expected)
        {
            var actual = lines.Skip(at).Take(lanes.Length).ToArray();
            at += lanes.Length;
            Assert.True(lanes.SequenceEqual(actual),
                $"seed {seed}, size {size} (IrGenerator.Generate({seed}, {size}, llvmComparable: true)): " +
                $"interpreter gives [{string.Join(", ", lanes)}], lli-16 gives [{string.Join(", ", actual)}]");
            lanesCompared += lanes.Length;
        }
        Assert.Equal(lines.Length, at);
        output.WriteLine($"{programs} programs, {lanesCompared} result lanes equal in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
