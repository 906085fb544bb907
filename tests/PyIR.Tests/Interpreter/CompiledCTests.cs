// End-to-end runs of C compiled by clang-16 at -O0 and -O2 (Data/programs-O*.ll), compared with the
// same C built by gcc. To regenerate (from tests/PyIR.Tests/Interpreter/Data):
//   clang-16 -S -emit-llvm -O0 -ffp-contract=off programs.c -o programs-O0.ll
//   clang-16 -S -emit-llvm -O2 -ffp-contract=off programs.c -o programs-O2.ll
//   gcc -O0 programs.c driver.c -lm -o prog && ./prog      # prints the expected values below
// -ffp-contract=off keeps clang from fusing a*b+c (llvm.fmuladd is fused in PyIR; gcc -O0 is not).
using PyIR.Frontend.Text;
using Xunit;
using static PyIR.Tests.Interpreter.Harness;

namespace PyIR.Tests.Interpreter;

public class CompiledCTests
{
    public static IEnumerable<object[]> Cases()
    {
        (string Name, long Expected)[] expected =
        [
            ("run_sort", 3679157048845122968), ("run_queens", 40004), ("run_math", 1171845263),
            ("run_strings", -2786812505929480132), ("run_vector", 218375290), ("run_ints", 574510619),
        ];
        foreach (var level in new[] { "O0", "O2" })
            foreach (var (name, value) in expected)
                yield return [level, name, value];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesGcc(string level, string function, long expected)
    {
        var path = TestPaths.Combine("tests", "PyIR.Tests", "Interpreter", "Data", $"programs-{level}.ll");
        var module = Parser.ParseModule(File.ReadAllText(path), path);
        using var interp = new PyIR.Runtime.Interpreter.Interpreter(module);
        Assert.Equal(expected, Signed(interp.Invoke(module.GetFunction(function)!, [])));
    }
}
