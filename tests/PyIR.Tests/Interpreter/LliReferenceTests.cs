// Edge cases of built-ins, half precision, conversions and vector memory layout whose results were
// recorded from lli-16 (an independent implementation of the same semantics). To regenerate:
//   cd tests/PyIR.Tests/Interpreter/Data && sh run-lli.sh > lli-cases.expected
using Xunit;
using static PyIR.Tests.Interpreter.Harness;

namespace PyIR.Tests.Interpreter;

public class LliReferenceTests
{
    public static IEnumerable<object[]> Cases() =>
        File.ReadAllLines(TestPaths.Combine("tests", "PyIR.Tests", "Interpreter", "Data", "lli-cases.expected"))
            .Where(l => l.Length > 0)
            .Select(l => l.Split(' '))
            .Select(p => new object[] { p[0], long.Parse(p[1]) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesLli(string function, long expected)
    {
        var path = TestPaths.Combine("tests", "PyIR.Tests", "Interpreter", "Data", "lli-cases.ll");
        var module = PyIR.Frontend.Text.Parser.ParseModule(File.ReadAllText(path), path);
        using var interp = new PyIR.Runtime.Interpreter.Interpreter(module);
        Assert.Equal(expected, Signed(interp.Invoke(module.GetFunction(function)!, [])));
    }
}
