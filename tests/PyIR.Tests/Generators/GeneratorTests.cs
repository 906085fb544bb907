// Checks of the random IR generator itself: its modules parse and verify, they are deterministic in
// (seed, size), they grow with the size, they contain the constructs the generator promises, and
// RandomArguments matches every parameter type.
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Generators;

public class GeneratorTests
{
    [Fact]
    public void GeneratedModulesParseAndVerify()
    {
        for (int seed = 0; seed < 200; seed++)
        {
            int size = seed % 101;
            var text = IrGenerator.Generate(seed, size);
            try
            {
                var m = Parser.ParseModule(text, $"gen-{seed}-{size}.ll");
                IrVerifier.Verify(m);
                Assert.NotNull(m.GetFunction(IrGenerator.EntryName));
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed} size {size}: {e.Message}\n{text}");
            }
        }
    }

    [Fact]
    public void GenerationIsDeterministic()
    {
        Assert.Equal(IrGenerator.Generate(42, 60), IrGenerator.Generate(42, 60));
        Assert.NotEqual(IrGenerator.Generate(42, 60), IrGenerator.Generate(43, 60));
    }

    [Fact]
    public void ProgramsGrowWithSize()
    {
        double Average(int size) => Enumerable.Range(0, 30).Average(s => IrGenerator.Generate(s, size).Split('\n').Length);
        Assert.True(Average(5) * 3 < Average(100), $"size 5: {Average(5)} lines, size 100: {Average(100)} lines");
    }

    [Fact]
    public void LargeProgramsUseEveryKindOfConstruct()
    {
        var all = string.Concat(Enumerable.Range(0, 60).Select(s => IrGenerator.Generate(s, 100)));
        string[] expected =
        [
            " phi ", " switch ", " br i1 ", " alloca ", " getelementptr inbounds ", " load ", " store ",
            " call ", "@llvm.memset", "@llvm.smin", "@llvm.ctpop", "@llvm.fabs", "@llvm.sqrt", "@llvm.fmuladd",
            " extractelement ", " insertelement ", " shufflevector ", " select ", " icmp ", " fcmp ",
            " udiv ", " sdiv ", " urem ", " srem ", " shl ", " lshr ", " ashr ", " sitofp ", " uitofp ", " fptrunc ",
            " fpext ", " trunc ", " zext ", " sext ", " bitcast ", " fneg ", " frem ", " i7 ", " i33 ", "<16 x i8>",
            "<4 x double>", "<8 x i16>", "call i32 @f", "call ",
        ];
        foreach (var e in expected) Assert.Contains(e, all);
    }

    [Fact]
    public void SomeFunctionsKeepMoreThanSixteenValuesOfEachClassLive()
    {
        // The register-pressure burst defines 17+ integer and 17+ floating values before folding them.
        var text = Enumerable.Range(0, 50).Select(s => IrGenerator.Generate(s, 80)).First(t => t.Split('\n').Length > 200);
        var m = Parser.ParseModule(text);
        int best = 0;
        foreach (var f in m.Functions.Where(f => !f.IsDeclaration))
            foreach (var b in f.Blocks)
                best = Math.Max(best, MaxLiveInBlock(b, t => t.IsInteger) is var ints && MaxLiveInBlock(b, t => t.IsFloatingPoint) is var fps ? Math.Min(ints, fps) : 0);
        Assert.True(best > 16, $"at most {best} values of each class live at once");
    }

    /// <summary>Values defined in the block and still used later in it, at the worst point.</summary>
    private static int MaxLiveInBlock(BasicBlock b, Func<IrType, bool> cls)
    {
        var insts = b.Instructions.ToList();
        var lastUse = new Dictionary<Instruction, int>();
        for (int k = 0; k < insts.Count; k++)
            foreach (var op in insts[k].Operands)
                if (op is Instruction d && d.Parent == b) lastUse[d] = k;
        int best = 0;
        for (int k = 0; k < insts.Count; k++)
            best = Math.Max(best, lastUse.Count(kv => cls(kv.Key.Type) && insts.IndexOf(kv.Key) <= k && kv.Value > k));
        return best;
    }

    [Fact]
    public void RandomArgumentsMatchTheParameters()
    {
        var r = new Random(7);
        for (int seed = 0; seed < 50; seed++)
        {
            var m = Parser.ParseModule(IrGenerator.Generate(seed, 50));
            var f = m.GetFunction(IrGenerator.EntryName)!;
            var args = IrGenerator.RandomArguments(f, r);
            Assert.Equal(f.Arguments.Count, args.Length);
            for (int i = 0; i < args.Length; i++) Assert.Same(f.Arguments[i].Type, args[i].Type);
        }
    }
}
