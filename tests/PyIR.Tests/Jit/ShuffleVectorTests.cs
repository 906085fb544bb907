// shufflevector with constant masks, which the JIT lowers to byte shuffles (vpshufb, vpermq, vpor)
// instead of lane-by-lane moves through memory, including vectors wider than 256 bits (several
// registers per value: base64's <32 x i8> + <32 x i8> → <64 x i8> concatenations and its
// <64 x i8> + <64 x i8> → <128 x i8> interleave). Brute force: for each shape, many random masks
// (indices into both sources, some undef) on random source bytes; the JIT must agree with the
// interpreter on every defined lane, bit for bit. Undef lanes may hold anything.
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.Jit;

public class ShuffleVectorTests
{
    public static TheoryData<string, int, int> Shapes => new()
    {
        // element type, source lanes, result lanes
        { "i8", 32, 64 }, { "i8", 64, 128 }, { "i8", 64, 64 }, { "i8", 64, 32 }, { "i8", 64, 16 }, { "i8", 64, 8 },
        { "i8", 32, 32 }, { "i8", 32, 16 }, { "i8", 16, 32 }, { "i8", 16, 64 }, { "i8", 16, 16 }, { "i8", 40, 72 },
        { "i8", 96, 48 }, { "i16", 16, 32 }, { "i16", 32, 32 }, { "i16", 24, 20 }, { "i32", 16, 16 }, { "i32", 8, 16 },
        { "i32", 4, 24 }, { "i64", 8, 8 }, { "i64", 4, 8 }, { "i64", 16, 4 }, { "float", 16, 16 }, { "double", 8, 12 },
    };

    private const int MasksPerShape = 60;

    [Theory]
    [MemberData(nameof(Shapes))]
    public void RandomMasksAgreeWithTheInterpreter(string element, int sourceLanes, int resultLanes)
    {
        var random = new Random(HashCode.Combine(element.Length, element[0], sourceLanes, resultLanes) & 0x7fffffff);
        int laneBytes = element switch { "i8" => 1, "i16" => 2, "i32" or "float" => 4, _ => 8 };
        var masks = new List<int[]>();
        // The masks base64.O2-v3 uses (concatenation, 4-way interleave), splats, then random ones.
        masks.Add(Enumerable.Range(0, resultLanes).Select(i => i % (2 * sourceLanes)).ToArray());
        masks.Add(Enumerable.Range(0, resultLanes).Select(i => i % 4 * (sourceLanes / 2) + i / 4 % (sourceLanes / 2)).ToArray());
        masks.Add(new int[resultLanes]);
        masks.Add(Enumerable.Repeat(-1, resultLanes).ToArray());
        while (masks.Count < MasksPerShape)
        {
            int undefPercent = random.Next(3) * 20; // 0, 20 or 40 % undef
            bool oneSource = random.Next(4) == 0;
            masks.Add(Enumerable.Range(0, resultLanes).Select(_ =>
                random.Next(100) < undefPercent ? -1 : random.Next(oneSource ? sourceLanes : 2 * sourceLanes)).ToArray());
        }
        string Vector(int lanes) => $"<{lanes} x {element}>";
        string Bytes() => "[" + string.Join(", ", Enumerable.Range(0, sourceLanes * laneBytes).Select(_ => $"i8 {random.Next(256) - 128}")) + "]";
        var text = new System.Text.StringBuilder();
        // The sources are loaded from memory (random bytes), so nothing can fold the shuffles.
        text.AppendLine($"@a = global [{sourceLanes * laneBytes} x i8] {Bytes()}");
        text.AppendLine($"@b = global [{sourceLanes * laneBytes} x i8] {Bytes()}");
        for (int f = 0; f < masks.Count; f++)
        {
            string mask = "<" + string.Join(", ", masks[f].Select(m => m < 0 ? "i32 undef" : $"i32 {m}")) + ">";
            // Every fourth function shuffles with a poison second operand when the mask only reads the first.
            bool poison = f % 4 == 3 && masks[f].All(m => m < sourceLanes);
            text.AppendLine($$"""
                define {{Vector(resultLanes)}} @f{{f}}() {
                  %a = load {{Vector(sourceLanes)}}, ptr @a
                  %b = load {{Vector(sourceLanes)}}, ptr @b
                  %r = shufflevector {{Vector(sourceLanes)}} %a, {{Vector(sourceLanes)}} {{(poison ? "poison" : "%b")}}, <{{resultLanes}} x i32> {{mask}}
                  ret {{Vector(resultLanes)}} %r
                }
                """);
        }
        var module = Parser.ParseModule(text.ToString(), "shuffles.ll");
        using var jit = new JitEngine(module);
        var interpreter = new PyIR.Runtime.Interpreter.Interpreter(Parser.ParseModule(text.ToString(), "interp.ll"));
        int lanesCompared = 0;
        for (int f = 0; f < masks.Count; f++)
        {
            var expected = interpreter.Invoke(interpreter.Module.GetFunction($"f{f}")!, []);
            var actual = jit.Invoke(module.GetFunction($"f{f}")!, []);
            var expectedLanes = Lanes(expected!, resultLanes);
            var actualLanes = Lanes(actual!, resultLanes);
            for (int i = 0; i < resultLanes; i++)
            {
                if (masks[f][i] < 0) continue;
                Assert.True(expectedLanes[i] == actualLanes[i],
                    $"f{f} lane {i} (mask {masks[f][i]}): interpreter {expectedLanes[i]}, jit {actualLanes[i]}\n" +
                    $"mask: {string.Join(",", masks[f])}");
                lanesCompared++;
            }
        }
        Assert.True(lanesCompared > resultLanes * MasksPerShape / 2, $"only {lanesCompared} lanes compared");
    }

    private static string[] Lanes(Constant c, int count)
    {
        var lanes = new string[count];
        for (int i = 0; i < count; i++)
            lanes[i] = c.GetAggregateElement(i) is { } lane ? ValueText.Canonical(lane) : $"no lane {i} in {c}";
        return lanes;
    }
}
