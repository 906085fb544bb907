// Integer arithmetic at widths 1, 8, 16, 32, 33 and 64, checked against a BigInteger model of
// two's-complement wraparound written here independently of the interpreter.
using System.Numerics;
using PyIR.Frontend.Ir;
using Xunit;
using static PyIR.Tests.Interpreter.Harness;

namespace PyIR.Tests.Interpreter;

public class IntegerTests
{
    private static readonly int[] Widths = [1, 8, 16, 32, 33, 64];

    private static readonly string[] Ops = ["add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr", "udiv", "sdiv", "urem", "srem"];

    /// <summary>Interesting operand values for a width, as unsigned bit patterns.</summary>
    private static IEnumerable<BigInteger> Samples(int bits)
    {
        var mod = BigInteger.One << bits;
        BigInteger[] raw = [0, 1, 2, 3, 5, 7, -1, -2, -3, -7, 100, -100, 12345678901, (BigInteger.One << (bits - 1)), (BigInteger.One << (bits - 1)) - 1];
        return raw.Select(v => ((v % mod) + mod) % mod).Distinct();
    }

    private static BigInteger ToSigned(BigInteger u, int bits) => u >= (BigInteger.One << (bits - 1)) ? u - (BigInteger.One << bits) : u;

    private static BigInteger Wrap(BigInteger v, int bits)
    {
        var mod = BigInteger.One << bits;
        return ((v % mod) + mod) % mod;
    }

    /// <summary>The model: null means the operation must fail (division by zero or overflow).</summary>
    private static BigInteger? Model(string op, int bits, BigInteger a, BigInteger b)
    {
        BigInteger sa = ToSigned(a, bits), sb = ToSigned(b, bits);
        int amount = (int)(b % bits);
        switch (op)
        {
            case "add": return Wrap(a + b, bits);
            case "sub": return Wrap(a - b, bits);
            case "mul": return Wrap(a * b, bits);
            case "and": return a & b;
            case "or": return a | b;
            case "xor": return a ^ b;
            case "shl": return Wrap(a << amount, bits);
            case "lshr": return a >> amount;
            case "ashr": return Wrap(sa >> amount, bits);
            case "udiv": return b.IsZero ? null : a / b;
            case "urem": return b.IsZero ? null : a % b;
            case "sdiv":
            case "srem":
                if (sb.IsZero) return null;
                if (sb == -1 && sa == -(BigInteger.One << (bits - 1))) return null;
                // BigInteger division truncates toward zero, like LLVM's sdiv/srem.
                return Wrap(op == "sdiv" ? BigInteger.Divide(sa, sb) : BigInteger.Remainder(sa, sb), bits);
        }
        throw new ArgumentException(op);
    }

    public static IEnumerable<object[]> OpsAndWidths() =>
        from op in Ops from w in Widths select new object[] { op, w };

    [Theory]
    [MemberData(nameof(OpsAndWidths))]
    public void BinaryOperatorMatchesModel(string op, int bits)
    {
        var ir = $"define i{bits} @f(i{bits} %a, i{bits} %b) {{\n  %r = {op} i{bits} %a, %b\n  ret i{bits} %r\n}}\n";
        var module = PyIR.Frontend.Text.Parser.ParseModule(ir, "int.ll");
        using var interp = new PyIR.Runtime.Interpreter.Interpreter(module);
        var f = module.GetFunction("f")!;
        var type = IntegerType.Get(bits);
        foreach (var a in Samples(bits))
        foreach (var b in Samples(bits))
        {
            var args = new[] { new ConstantInt(type, (ulong)a), new ConstantInt(type, (ulong)b) };
            var expected = Model(op, bits, a, b);
            if (expected is null)
            {
                var ex = Assert.Throws<PyIR.Frontend.IrException>(() => interp.Invoke(f, args));
                Assert.Equal(2, ex.Line);
                continue;
            }
            var r = interp.Invoke(f, args);
            Assert.True((ulong)expected.Value == Bits(r), $"{op} i{bits} {a}, {b}: expected {expected}, got {Bits(r)}");
        }
    }

    [Theory]
    [InlineData("eq"), InlineData("ne"), InlineData("ult"), InlineData("ule"), InlineData("ugt"), InlineData("uge"),
     InlineData("slt"), InlineData("sle"), InlineData("sgt"), InlineData("sge")]
    public void CompareMatchesModel(string pred)
    {
        foreach (int bits in Widths)
        {
            var ir = $"define i1 @f(i{bits} %a, i{bits} %b) {{\n  %r = icmp {pred} i{bits} %a, %b\n  ret i1 %r\n}}\n";
            var module = PyIR.Frontend.Text.Parser.ParseModule(ir, "cmp.ll");
            using var interp = new PyIR.Runtime.Interpreter.Interpreter(module);
            var type = IntegerType.Get(bits);
            foreach (var a in Samples(bits))
            foreach (var b in Samples(bits))
            {
                BigInteger sa = ToSigned(a, bits), sb = ToSigned(b, bits);
                bool expected = pred switch
                {
                    "eq" => a == b, "ne" => a != b, "ult" => a < b, "ule" => a <= b, "ugt" => a > b, "uge" => a >= b,
                    "slt" => sa < sb, "sle" => sa <= sb, "sgt" => sa > sb, _ => sa >= sb,
                };
                var r = interp.Invoke(module.GetFunction("f")!, [new ConstantInt(type, (ulong)a), new ConstantInt(type, (ulong)b)]);
                Assert.True((expected ? 1UL : 0UL) == Bits(r), $"icmp {pred} i{bits} {a}, {b}");
            }
        }
    }

    [Fact]
    public void DivisionByZeroIsPositioned()
    {
        const string ir = "define i32 @f(i32 %a, i32 %b) {\n  %r = udiv i32 %a, %b\n  ret i32 %r\n}\n";
        var ex = Fails(ir, "f", I32(7), I32(0));
        Assert.Contains("division by zero", ex.Description);
        // Instructions are positioned at their opcode.
        Assert.Equal((2, 8), (ex.Line, ex.Column));
    }

    [Fact]
    public void SignedDivisionOverflowIsAnError()
    {
        const string ir = "define i32 @f(i32 %a, i32 %b) {\n  %r = sdiv i32 %a, %b\n  ret i32 %r\n}\n";
        var ex = Fails(ir, "f", I32(int.MinValue), I32(-1));
        Assert.Contains("signed division overflow", ex.Description);
        const string rem = "define i8 @f(i8 %a, i8 %b) {\n  %r = srem i8 %a, %b\n  ret i8 %r\n}\n";
        Assert.Contains("signed division overflow", Fails(rem, "f", Int(8, -128), Int(8, -1)).Description);
    }

    [Fact]
    public void CastsBetweenWidths()
    {
        const string ir = """
            define i64 @sext(i33 %a) {
              %r = sext i33 %a to i64
              ret i64 %r
            }
            define i16 @trunc(i64 %a) {
              %r = trunc i64 %a to i16
              ret i16 %r
            }
            define i64 @zext(i1 %a) {
              %r = zext i1 %a to i64
              ret i64 %r
            }
            define i8 @sext1(i1 %a) {
              %r = sext i1 %a to i8
              ret i8 %r
            }
            """;
        Assert.Equal(-1L, Signed(Run(ir, "sext", Int(33, -1))));
        Assert.Equal((1L << 32) - 1, Signed(Run(ir, "sext", Int(33, (1L << 32) - 1))));
        Assert.Equal(-(1L << 32), Signed(Run(ir, "sext", Int(33, 1L << 32))));
        Assert.Equal(0x5678UL, Bits(Run(ir, "trunc", I64(0x12345678))));
        Assert.Equal(1UL, Bits(Run(ir, "zext", Int(1, 1))));
        Assert.Equal(0xFFUL, Bits(Run(ir, "sext1", Int(1, 1))));
    }
}
