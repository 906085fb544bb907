// The JIT lays out and encodes its code itself (CodeBuilder) instead of with Iced's BlockEncoder,
// and must produce the same bytes. Checked two ways: every conformance file (as parsed and after
// -O2) compiled with JitOptions.CheckEncodingWithIced, which re-encodes the whole module's code
// (functions, thunks, trap and recheck routines) with BlockEncoder and compares; and random
// branchy code built for the purpose, with branch distances around the short/near limits, chains
// of branches that only fit short once others shrink, branches to themselves, several labels on
// one instruction, labels at the very end, and RIP-relative references to data and to labels.
using Iced.Intel;
using PyIR.Backend.Emit;
using PyIR.Backend.Jit;
using PyIR.Frontend.Text;
using PyIR.Tests.Conformance;
using Xunit;

namespace PyIR.Tests.Jit;

public class CodeLayoutTests
{
    public static TheoryData<string, string> CorpusFiles() => Corpus.FileData();

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusCodeIsBlockEncodersCode(string name, string level)
    {
        string path = Corpus.LlPath(name, level);
        foreach (bool optimize in new[] { false, true })
        {
            var module = Parser.ParseModule(File.ReadAllText(path), path);
            if (optimize) PyIR.Optimizer.Pipelines.Run(module, 2);
            try
            {
                using var compiled = JitCompiler.Compile(module, new JitOptions
                {
                    CheckEncodingWithIced = true,
                    ResolveMathRoutine = MathRoutines.Resolve,
                });
                Assert.True(compiled.CodeBytes > 0);
            }
            catch (PyIR.Backend.Isel.JitUnsupportedException)
            {
                // Files the JIT does not compile have no code to compare.
            }
        }
    }

    [Fact]
    public void RandomBranchyCodeIsBlockEncodersCode()
    {
        for (int seed = 0; seed < 400; seed++)
            CheckRandomProgram(seed);
    }

    /// <summary>
    /// A chain of forward branches, each jumping over the next, with distances such that each
    /// fits a short jump only once the next one is short: the sizes settle one branch per pass,
    /// so a long chain runs into BlockEncoder's limit of 5 passes and keeps its first branches near.
    /// </summary>
    [Theory]
    [InlineData(Code.Jne_rel32_64)]
    [InlineData(Code.Jmp_rel32_64)]
    public void BranchChainsSettleLikeBlockEncoder(Code branch)
    {
        for (int length = 1; length <= 9; length++)
            for (int filler = 116; filler <= 130; filler++)
            {
                // B1 f B2 f [T1] B3 f [T2] B4 f [T3] ... : B(k)'s jump covers B(k+1) and `filler` bytes.
                const ulong codeAddress = 0x7f00_0000_1000;
                var code = new CodeBuilder(keepIcedInstructions: true);
                var targets = Enumerable.Range(0, length).Select(_ => code.NewLabel()).ToArray();
                int half = filler / 2;
                for (int k = 0; k < length; k++)
                {
                    code.Branch(branch, targets[k]);
                    AddFiller(code, k == 0 ? half : filler - half);
                    if (k > 0) code.Bind(targets[k - 1]);
                }
                AddFiller(code, half);
                code.Bind(targets[^1]);
                code.Add(Instruction.Create(Code.Retnq));
                var buffer = new byte[code.Finish()];
                code.Encode(buffer, codeAddress);
                code.CheckAgainstBlockEncoder(buffer, codeAddress);
            }
    }

    private static void AddFiller(CodeBuilder code, int bytes)
    {
        for (; bytes >= 10; bytes -= 10) code.Add(Instruction.Create(Code.Mov_r64_imm64, Register.RAX, 0x1122334455667788L));
        for (; bytes >= 2; bytes -= 2) code.Add(Instruction.Create(Code.Add_rm32_r32, Register.EDX, Register.ECX));
        if (bytes == 1) code.Add(Instruction.Create(Code.Nopd));
    }

    /// <summary>
    /// Alignment (CodeBuilder.AlignNext, which the JIT puts before functions and loop heads; the
    /// Iced check above runs without it): random branchy code with alignment points, decoded again
    /// with Iced. Every aligned label starts at a multiple of its boundary, the padding decodes as
    /// nops, every instruction starts where Offset says, and every branch lands on its label.
    /// </summary>
    [Fact]
    public void AlignedCodeDecodesToTheSameProgram()
    {
        const ulong codeAddress = 0x7f12_3456_0000;
        for (int seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var code = new CodeBuilder();
            int labelCount = random.Next(1, 30);
            var labels = Enumerable.Range(0, labelCount).Select(_ => code.NewLabel()).ToArray();
            var boundOf = new int[labelCount]; // the boundary a label was aligned to (1: none), 0 while unbound
            var branches = new List<(int Index, int Label)>();
            int maxFiller = random.Next(3) switch { 0 => 8, 1 => 60, _ => 400 };
            for (int step = random.Next(5, 300); step > 0; step--)
            {
                int pick = random.Next(100);
                if (pick < 20)
                {
                    int l = random.Next(labelCount);
                    if (boundOf[l] != 0) continue;
                    int boundary = random.Next(3) == 0 ? 1 : 1 << random.Next(1, 7);
                    if (boundary > 1) code.AlignNext(boundary);
                    code.Bind(labels[l]);
                    boundOf[l] = boundary;
                    code.Add(Instruction.Create(Code.Add_rm32_r32, Register.EDX, Register.ECX)); // the label marks this
                }
                else if (pick < 50)
                {
                    int l = random.Next(labelCount);
                    branches.Add((code.Count, l));
                    code.Branch(random.Next(3) switch { 0 => Code.Jmp_rel32_64, 1 => Code.Call_rel32_64, _ => Code.Jl_rel32_64 }, labels[l]);
                }
                else if (pick < 55)
                    code.Add(Instruction.Create(Code.Lea_r64_m, Register.R11, new MemoryOperand(Register.RIP, (long)(codeAddress - 4096))));
                else
                    for (int bytes = random.Next(maxFiller + 1); bytes > 0; bytes -= 10)
                        code.Add(Instruction.Create(Code.Mov_r64_imm64, Register.RAX, 0x1122334455667788L));
            }
            for (int l = 0; l < labelCount; l++)
                if (boundOf[l] == 0)
                {
                    code.AlignNext(16);
                    code.Bind(labels[l]);
                    boundOf[l] = 16;
                    code.Add(Instruction.Create(Code.Nopd));
                }
            var buffer = new byte[code.Finish() + 16];
            int length = code.Encode(buffer, codeAddress);
            for (int l = 0; l < labelCount; l++)
                Assert.True(code.LabelOffset(labels[l]) % boundOf[l] == 0, $"seed {seed}: label {l} at {code.LabelOffset(labels[l])}, not a multiple of {boundOf[l]}");
            // Decode everything: instructions start where Offset says, anything between is a nop.
            var decoder = Decoder.Create(64, new ByteArrayCodeReader(buffer.AsSpan(0, length).ToArray()), codeAddress);
            var starts = new Dictionary<int, Instruction>();
            int next = 0; // the next added instruction expected
            while (decoder.IP < codeAddress + (ulong)length)
            {
                int at = (int)(decoder.IP - codeAddress);
                var inst = decoder.Decode();
                Assert.False(inst.IsInvalid, $"seed {seed}: invalid bytes at {at}");
                if (next < code.Count && code.Offset(next) == at)
                {
                    starts[next++] = inst;
                    continue;
                }
                Assert.True(inst.Mnemonic == Mnemonic.Nop, $"seed {seed}: {inst} at {at} is neither an instruction added nor padding");
                Assert.True(next < code.Count && at + inst.Length <= code.Offset(next), $"seed {seed}: padding at {at} runs into the next instruction");
            }
            Assert.Equal(code.Count, next);
            foreach (var (index, label) in branches)
                Assert.Equal(codeAddress + (ulong)code.LabelOffset(labels[label]), starts[index].NearBranchTarget);
        }
    }

    private static void CheckRandomProgram(int seed)
    {
        var random = new Random(seed);
        const ulong codeAddress = 0x7f12_3456_0000;
        var code = new CodeBuilder(keepIcedInstructions: true);
        int labelCount = random.Next(1, 40);
        var labels = Enumerable.Range(0, labelCount).Select(_ => code.NewLabel()).ToArray();
        var bound = new bool[labelCount];
        // Mostly small gaps (short branches, shrink cascades), sometimes gaps around the 128-byte
        // and 1.9 KB limits, sometimes large.
        int maxFiller = random.Next(4) switch { 0 => 8, 1 => 40, 2 => 300, _ => 3000 };
        int steps = random.Next(5, 400);
        for (int step = 0; step < steps; step++)
        {
            int pick = random.Next(100);
            if (pick < 20)
            {
                int l = random.Next(labelCount);
                if (!bound[l])
                {
                    bound[l] = true;
                    code.Bind(labels[l]);
                }
            }
            else if (pick < 50)
            {
                var target = labels[random.Next(labelCount)];
                code.Branch(random.Next(10) switch
                {
                    0 => Code.Jmp_rel32_64,
                    1 => Code.Call_rel32_64,
                    2 => Code.Jmp_rel32_64,
                    3 => Code.Jne_rel32_64,
                    4 => Code.Jo_rel32_64,
                    5 => Code.Jg_rel32_64,
                    6 => Code.Jbe_rel32_64,
                    7 => Code.Jp_rel32_64,
                    8 => Code.Jl_rel32_64,
                    _ => Code.Je_rel32_64,
                }, target);
            }
            else if (pick < 58)
            {
                // RIP-relative data: a constant-pool entry or global somewhere before the code.
                ulong data = codeAddress - (ulong)random.Next(8, 1 << 20);
                code.Add(random.Next(3) switch
                {
                    0 => Instruction.Create(Code.Lea_r64_m, Register.R11, new MemoryOperand(Register.RIP, (long)data)),
                    1 => Instruction.Create(Code.VEX_Vmovups_ymm_ymmm256, Register.YMM3, new MemoryOperand(Register.RIP, (long)data)),
                    _ => Instruction.Create(Code.Mov_rm32_imm32, new MemoryOperand(Register.RIP, (long)data), 0x12345678),
                });
            }
            else if (pick < 61)
            {
                code.AddLabelReference(Instruction.Create(Code.Call_rm64, new MemoryOperand(Register.RIP, (long)labels[random.Next(labelCount)])),
                    labels[random.Next(labelCount)]);
            }
            else
            {
                int bytes = random.Next(maxFiller + 1);
                while (bytes > 0)
                {
                    var filler = bytes >= 10 ? Instruction.Create(Code.Mov_r64_imm64, Register.RAX, 0x1122334455667788L)
                        : bytes >= 7 ? Instruction.Create(Code.Add_rm64_imm32, Register.RCX, 0x1000)
                        : bytes >= 3 ? Instruction.Create(Code.Add_rm64_r64, Register.RDX, Register.R9)
                        : Instruction.Create(Code.Add_rm32_r32, Register.EDX, Register.ECX);
                    code.Add(filler);
                    bytes -= filler.Code switch { Code.Mov_r64_imm64 => 10, Code.Add_rm64_imm32 => 7, Code.Add_rm64_r64 => 3, _ => 2 };
                }
            }
        }
        // Every label is bound somewhere; some at the very end (which adds an int3 to carry them).
        for (int l = 0; l < labelCount; l++)
            if (!bound[l])
            {
                if (random.Next(2) == 0) code.Add(Instruction.Create(Code.Nopd));
                code.Bind(labels[l]);
            }
        var buffer = new byte[code.Finish() + 16];
        int length = code.Encode(buffer, codeAddress);
        code.CheckAgainstBlockEncoder(buffer.AsSpan(0, length), codeAddress);
    }
}
