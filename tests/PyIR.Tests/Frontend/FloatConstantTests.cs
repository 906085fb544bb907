// Floating-point constants as LLVM 16 reads them: a decimal or a 0x double form must be exactly a
// value of its type (`float 0.1` is an error, not a rounding), a NaN's payload bits that the type
// cannot hold must be zero, and an integer literal is not a floating-point constant. Each case is
// checked against llvm-as-16 (does it accept?) and, when accepted, against lli-16 (which bits?).
using System.Globalization;
using System.Text;
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Tests.Properties;
using Xunit;

namespace PyIR.Tests.Frontend;

public class FloatConstantTests
{
    // Exact and inexact decimals, overflow and underflow, denormals, signed zeros, NaN payloads,
    // and integer literals, in each type narrower than double and in double.
    public static readonly string[] Cases =
    [
        "float 0.5", "float 0.1", "float -0.1", "float -0.0", "float +1.5", "float 1.0e39", "float 1.0e-50",
        "float 1.0e400", "float 3.4028234663852886e38", "float 3.4028235677973366e38", "float 1.401298464324817e-45",
        "float 1.5e-45", "float 0x3FB99999A0000000", "float 0x3FB99999A0000001", "float 0x36A0000000000000",
        "float 0x36A0000000000001", "float 0x7FF8000000000000", "float 0x7FF8000000000001", "float 0x7FF0000000000001",
        "float 0x7FF0000020000000", "float 0xFFF8000020000000", "float 0x7FF0000000000000", "float 1", "float -3",
        "half 0.5", "half 0.1", "half 65504.0", "half 65520.0", "half 5.960464477539063e-8", "half 1.0e-8",
        "half 0x3FE0000000000000", "half 0x3FB99999A0000000", "half 0x7FF0040000000000", "half 0x7FF0000000000001",
        "half 0xFFF8000000000000", "half 1",
        "bfloat 0.5", "bfloat 0.1", "bfloat 1.0078125", "bfloat 1.00390625", "bfloat 0x3FB99999A0000000",
        "bfloat 0x7FF8000000000000", "bfloat 0x7FF8000000000001", "bfloat 3.3895313892515355e38", "bfloat 1",
        "double 0.1", "double 1.0e400", "double 1.0e-400", "double 0.1e-320", "double 0x7FF0000000000001", "double 1",
    ];

    private static string Function(string typed) =>
        $"define {typed.Split(' ')[0]} @f() {{\n  ret {typed}\n}}\n";

    // llvm-as-16's verdict on each case, asked once (a process per case) for both tests below.
    private static readonly Lazy<Dictionary<string, bool>> LlvmAccepts =
        new(() => Cases.ToDictionary(c => c, c => LlvmTools.Assemble(Function(c)) is null));

    [Fact]
    public void PyIrAcceptsExactlyWhatLlvmAccepts()
    {
        var disagreements = new List<string>();
        foreach (var c in Cases)
        {
            bool llvm = LlvmAccepts.Value[c];
            string? error = null;
            try { Parser.ParseModule(Function(c), "c.ll"); }
            catch (IrException e) { error = e.Message; }
            if (llvm != (error is null))
                disagreements.Add($"{c}: llvm-as-16 {(llvm ? "accepts" : "rejects")}, PyIR {(error is null ? "accepts" : "rejects: " + error)}");
        }
        Assert.Empty(disagreements);
        // Both kinds are in the table, so the comparison can fail either way.
        Assert.Contains(true, LlvmAccepts.Value.Values);
        Assert.Contains(false, LlvmAccepts.Value.Values);
    }

    [Fact]
    public void AcceptedConstantsHaveLlvmsBits()
    {
        // One module printing each accepted constant's bits with lli-16; PyIR's bits must be the same.
        var accepted = Cases.Where(c => LlvmAccepts.Value[c]).ToList();
        var text = new StringBuilder("@fmt = private constant [6 x i8] c\"%llx\\0A\\00\"\ndeclare i32 @printf(ptr, ...)\n\ndefine i32 @main() {\n");
        var expected = new List<string>();
        for (int i = 0; i < accepted.Count; i++)
        {
            string type = accepted[i].Split(' ')[0];
            string intType = type switch { "double" => "i64", "float" => "i32", _ => "i16" };
            text.Append($"  %b{i} = bitcast {accepted[i]} to {intType}\n");
            text.Append(intType == "i64" ? "" : $"  %z{i} = zext {intType} %b{i} to i64\n");
            text.Append($"  call i32 (ptr, ...) @printf(ptr @fmt, i64 {(intType == "i64" ? "%b" : "%z")}{i})\n");
            var module = Parser.ParseModule(Function(accepted[i]), "c.ll");
            var ret = module.GetFunction("f")!.Blocks[0].Terminator!;
            expected.Add(((ConstantFP)ret.GetOperand(0)).Bits.ToString("x", CultureInfo.InvariantCulture));
        }
        text.Append("  ret i32 0\n}\n");
        var (exit, stdout, stderr) = LlvmTools.Run("lli-16", text.ToString(), "-");
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(accepted.Count, lines.Length);
        for (int i = 0; i < accepted.Count; i++)
            Assert.True(lines[i] == expected[i], $"{accepted[i]}: lli-16 has bits {lines[i]}, PyIR {expected[i]}");
    }

    [Theory]
    [InlineData("float 0.1", "'0.1' is not exactly representable as a float; the nearest float is 0x3FB99999A0000000")]
    [InlineData("half 65520.0", "'65520.0' is not exactly representable as a half; the nearest half is 0x7FF0000000000000")]
    [InlineData("bfloat 0x3FB99999A0000000", "'0x3FB99999A0000000' is not exactly representable as a bfloat; the nearest bfloat is 0x3FB9A00000000000")]
    [InlineData("float 0x7FF8000000000001", "'0x7FF8000000000001' is not exactly representable as a float (its NaN payload has bits the type cannot hold)")]
    [InlineData("double 2", "'2' is an integer constant, but type 'double' needs a floating-point one (write '2.0')")]
    public void RejectionsArePositionedAndSayWhatToWrite(string typed, string message)
    {
        var e = Assert.Throws<IrException>(() => Parser.ParseModule(Function(typed), "c.ll"));
        Assert.Equal(message, e.Description);
        Assert.Equal(("c.ll", 2, 8 + typed.IndexOf(' ')), (e.File, e.Line, e.Column));
    }

    [Fact]
    public void BFloatFromDoubleRoundsToNearestEven()
    {
        // Argument values (pyir run -- 0.1) go through ConstantFP.FromDouble: bfloat is rounded, as
        // the interpreter's fptrunc does, not cut. 1.00390625 is halfway between 1.0 and 1.0078125
        // (ties to the even 1.0); 1.01171875 is halfway above 1.0078125 (to the even 1.015625).
        Assert.Equal(0x3F80UL, ConstantFP.FromDouble(IrType.BFloat, 1.00390625).Bits);
        Assert.Equal(0x3F82UL, ConstantFP.FromDouble(IrType.BFloat, 1.01171875).Bits);
        Assert.Equal(0x3DCDUL, ConstantFP.FromDouble(IrType.BFloat, 0.1).Bits);
    }
}
