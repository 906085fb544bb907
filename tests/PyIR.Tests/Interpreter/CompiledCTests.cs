// End-to-end runs of C compiled by clang-16 at -O0 and -O2 (Data/programs-O*.ll), compared with the
// same C built by gcc. To regenerate (from tests/PyIR.Tests/Interpreter/Data):
//   clang-16 -S -emit-llvm -O0 -ffp-contract=off programs.c -o programs-O0.ll
//   clang-16 -S -emit-llvm -O2 -ffp-contract=off programs.c -o programs-O2.ll
//   gcc -O0 programs.c driver.c -lm -o prog && ./prog      # prints the expected values below
// Vector kernels (Data/kernels*.ll) likewise, also with -mavx2 for 256-bit vectors:
//   clang-16 -S -emit-llvm -O2 -mavx2 -ffp-contract=off kernels.c -o kernels-O2-avx2.ll   (and -O0, -O2)
//   gcc -O0 kernels.c kdriver.c -o kprog && ./kprog
// The C avoids undefined behaviour (hashes are unsigned). Note: clang-16 -O2 miscompiles a loop
// reading u8[(i * 3) % 512] (interleaved-access vectorization), so kernels.c avoids that pattern.
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

    public static IEnumerable<object[]> KernelCases()
    {
        (string Name, long Expected)[] expected =
            [("k_int", 77808416106918134), ("k_float", 16103842824), ("k_bytes", -3917767537879137064)];
        foreach (var variant in new[] { "O0", "O2", "O2-avx2" })
            foreach (var (name, value) in expected)
                yield return [variant, name, value];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesGcc(string level, string function, long expected) => Check($"programs-{level}.ll", function, expected);

    [Theory]
    [MemberData(nameof(KernelCases))]
    public void VectorKernelsMatchGcc(string variant, string function, long expected) => Check($"kernels-{variant}.ll", function, expected);

    private static void Check(string file, string function, long expected)
    {
        var path = TestPaths.Combine("tests", "PyIR.Tests", "Interpreter", "Data", file);
        var module = Parser.ParseModule(File.ReadAllText(path), path);
        using var interp = new PyIR.Runtime.Interpreter.Interpreter(module);
        Assert.Equal(expected, Signed(interp.Invoke(module.GetFunction(function)!, [])));
    }
}
