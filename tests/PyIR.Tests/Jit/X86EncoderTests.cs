// X86Encoder (the JIT's fast encoder for common instruction forms) must write exactly the bytes
// Iced's Encoder writes. For every Iced Code it claims to handle, instructions are built from the
// form's operand kinds with every register in each register operand (all 16 GPRs, xmm/ymm 0-15,
// 8-bit ones including spl/bpl/sil/dil), memory operands over every base register (rsp/r12 need a
// SIB byte, rbp/r13 a displacement even when it is 0), every index register and scale,
// displacements of every size (none, disp8, disp32, negative, at the disp8 limits), RIP-relative
// ones, and immediates at the limits of their sizes; each is encoded by both and compared, through
// both of X86Encoder's front ends (from an Iced instruction, and from MIR operands).
using Iced.Intel;
using PyIR.Backend.Emit;
using PyIR.Backend.Mir;
using Xunit;

namespace PyIR.Tests.Jit;

public class X86EncoderTests
{
    private static readonly long[] Displacements = [0, 1, -1, 127, -128, 128, -129, 0x7FFF_FFFF, -0x8000_0000L, 0x1234_5678, -0x100];

    /// <summary>The common forms the JIT emits, which the fast encoder must handle (so the comparison below is not vacuous).</summary>
    private static readonly Code[] MustHandle =
    [
        Code.Mov_r64_rm64, Code.Mov_rm64_r64, Code.Mov_r32_rm32, Code.Mov_rm32_r32, Code.Mov_rm8_r8, Code.Mov_rm16_r16,
        Code.Mov_r32_imm32, Code.Mov_r64_imm64, Code.Mov_rm64_imm32, Code.Mov_rm32_imm32, Code.Lea_r64_m, Code.Lea_r32_m,
        Code.Add_r64_rm64, Code.Add_rm64_imm8, Code.Add_rm64_imm32, Code.Sub_r32_rm32, Code.Sub_rm64_imm32, Code.And_rm32_imm32,
        Code.Or_rm64_imm8, Code.Xor_r32_rm32, Code.Cmp_r64_rm64, Code.Cmp_rm32_imm8, Code.Cmp_rm8_imm8, Code.Test_rm32_r32,
        Code.Test_rm8_imm8, Code.Imul_r64_rm64, Code.Imul_r64_rm64_imm32, Code.Imul_r32_rm32_imm8, Code.Imul_rm64, Code.Mul_rm64,
        Code.Shr_rm64_imm8, Code.Shl_rm32_imm8, Code.Sar_rm64_CL, Code.Shl_rm64_1, Code.Movzx_r32_rm8, Code.Movzx_r32_rm16,
        Code.Movsx_r64_rm8, Code.Movsxd_r64_rm32, Code.Push_r64, Code.Pop_r64, Code.Retnq, Code.Leaveq, Code.Cqo, Code.Cdq,
        Code.Call_rm64, Code.Jmp_rm64, Code.Sete_rm8, Code.Setb_rm8, Code.Cmovl_r64_rm64, Code.Cmovg_r32_rm32, Code.Neg_rm64,
        Code.Not_rm32, Code.Idiv_rm64, Code.Div_rm32, Code.Int3,
        Code.VEX_Vmovsd_xmm_m64, Code.VEX_Vmovsd_m64_xmm, Code.VEX_Vmovss_xmm_m32, Code.VEX_Vmovss_m32_xmm,
        Code.VEX_Vaddsd_xmm_xmm_xmmm64, Code.VEX_Vsubsd_xmm_xmm_xmmm64, Code.VEX_Vmulsd_xmm_xmm_xmmm64, Code.VEX_Vdivsd_xmm_xmm_xmmm64,
        Code.VEX_Vaddss_xmm_xmm_xmmm32, Code.VEX_Vucomisd_xmm_xmmm64, Code.VEX_Vucomiss_xmm_xmmm32,
        Code.VEX_Vcvtsi2sd_xmm_xmm_rm64, Code.VEX_Vcvtsi2ss_xmm_xmm_rm64, Code.VEX_Vcvttsd2si_r64_xmmm64, Code.VEX_Vcvtss2sd_xmm_xmm_xmmm32,
        Code.VEX_Vmovups_xmm_xmmm128, Code.VEX_Vmovups_xmmm128_xmm, Code.VEX_Vmovups_ymm_ymmm256, Code.VEX_Vmovups_ymmm256_ymm,
        Code.VEX_Vmovaps_xmm_xmmm128, Code.VEX_Vmovaps_ymm_ymmm256, Code.VEX_Vxorps_xmm_xmm_xmmm128, Code.VEX_Vxorps_ymm_ymm_ymmm256,
        Code.VEX_Vmovq_rm64_xmm, Code.VEX_Vmovq_xmm_rm64, Code.VEX_Vmovd_xmm_rm32, Code.VEX_Vpinsrb_xmm_xmm_r32m8_imm8,
        Code.VEX_Vpextrb_r32m8_xmm_imm8, Code.VEX_Vinserti128_ymm_ymm_xmmm128_imm8, Code.VEX_Vextracti128_xmmm128_ymm_imm8,
        Code.VEX_Vpshufb_ymm_ymm_ymmm256, Code.VEX_Vpermq_ymm_ymmm256_imm8, Code.VEX_Vpsrlq_xmm_xmm_imm8, Code.VEX_Vblendvps_xmm_xmm_xmmm128_xmm,
        Code.VEX_Shrx_r64_rm64_r64, Code.VEX_Shlx_r64_rm64_r64, Code.VEX_Vpaddd_xmm_xmm_xmmm128, Code.VEX_Vpmovsxdq_ymm_xmmm128,
    ];

    [Fact]
    public void CommonFormsAreHandled()
    {
        var missing = MustHandle.Where(c => !X86Encoder.Handles(c)).ToList();
        Assert.True(missing.Count == 0, "not handled: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryHandledFormEncodesLikeIced()
    {
        var failures = new List<string>();
        int compared = 0, handledCodes = 0;
        foreach (var code in Enum.GetValues<Code>())
        {
            if (!X86Encoder.Handles(code)) continue;
            handledCodes++;
            int failed = 0;
            foreach (var instruction in Instances(code))
            {
                compared++;
                string? failure = Compare(instruction);
                if (failure is not null && failed++ < 2 && failures.Count < 60) failures.Add(failure);
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count}+ mismatches:\n" + string.Join("\n", failures));
        Assert.True(handledCodes > 300, $"only {handledCodes} codes handled");
        Assert.True(compared > 100_000, $"only {compared} instructions compared");
    }

    /// <summary>
    /// The MIR front end (operands as register numbers and widths, the memory operand as built, the
    /// immediate as passed to Instruction.Create) on the same instances: the same bytes as Iced.
    /// </summary>
    [Fact]
    public void EveryHandledFormEncodesLikeIcedFromMirOperands()
    {
        var failures = new List<string>();
        int compared = 0;
        var buffer = new byte[64];
        foreach (var code in Enum.GetValues<Code>())
        {
            if (!X86Encoder.Handles(code)) continue;
            int failed = 0;
            foreach (var instruction in Instances(code))
            {
                if (!ToMir(instruction, out var ops, out var memory, out long immediate)) continue;
                compared++;
                int length = X86Encoder.TryEncode(code, ops, memory, immediate, buffer, 0, out int displacementOffset);
                var expected = IcedBytes(instruction, out var offsets);
                var actual = buffer.AsSpan(0, length).ToArray();
                if (instruction.IsIPRelativeMemoryOperand)
                {
                    expected = Mask(expected, offsets.DisplacementOffset);
                    if (length > 0) actual = Mask(actual, displacementOffset);
                    if (displacementOffset != offsets.DisplacementOffset) actual = [];
                }
                if (!actual.AsSpan().SequenceEqual(expected) && failed++ < 2 && failures.Count < 60)
                    failures.Add($"{code} {instruction}: {Convert.ToHexString(actual)} vs Iced {Convert.ToHexString(expected)}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count}+ mismatches:\n" + string.Join("\n", failures));
        Assert.True(compared > 100_000, $"only {compared} instructions compared");
    }

    /// <summary>
    /// Immediates through the MIR front end: taken exactly when Instruction.Create takes the value
    /// (imm8 any byte or sbyte, sign-extended imm8 only -128..127, imm32 any int or uint,
    /// sign-extended imm32 only int values), with Iced's bytes; declined otherwise.
    /// </summary>
    [Theory]
    [InlineData(Code.Add_rm64_imm8)]
    [InlineData(Code.Add_rm64_imm32)]
    [InlineData(Code.Mov_rm32_imm32)]
    [InlineData(Code.Mov_r32_imm32)]
    [InlineData(Code.Mov_r64_imm64)]
    [InlineData(Code.Shr_rm64_imm8)]
    [InlineData(Code.Test_rm8_imm8)]
    [InlineData(Code.Mov_rm16_imm16)]
    [InlineData(Code.Imul_r64_rm64_imm8)]
    [InlineData(Code.Imul_r32_rm32_imm32)]
    public void ImmediateLimitsMatchCreate(Code code)
    {
        long[] values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 0x7FFF, 0x8000, 0xFFFF, 0x10000, -0x8001, int.MaxValue, int.MinValue,
            (long)int.MaxValue + 1, uint.MaxValue, (long)uint.MaxValue + 1, (long)int.MinValue - 1, long.MaxValue, long.MinValue];
        var info = code.ToOpCode();
        var buffer = new byte[64];
        foreach (long value in values)
        {
            MOperand[] ops;
            if (info.OpCount == 3)
            {
                int bits = info.Op0Kind == OpCodeOperandKind.r32_reg ? 32 : 64;
                ops = [MOperand.R(2, bits), MOperand.R(9, bits), MOperand.I(value)];
            }
            else
            {
                int bits = info.Op0Kind switch
                {
                    OpCodeOperandKind.r8_or_mem => 8, OpCodeOperandKind.r16_or_mem => 16,
                    OpCodeOperandKind.r32_or_mem or OpCodeOperandKind.r32_opcode => 32, _ => 64,
                };
                ops = [MOperand.R(10, bits), MOperand.I(value)];
            }
            Instruction? created;
            try
            {
                var reg = X86Reg(ops[0]);
                created = info.OpCount == 3 ? Instruction.Create(code, reg, X86Reg(ops[1]), (int)value)
                    : code == Code.Mov_r64_imm64 ? Instruction.Create(code, reg, value)
                    : value is >= int.MinValue and <= int.MaxValue ? Instruction.Create(code, reg, (int)value)
                    : value is >= 0 and <= uint.MaxValue ? Instruction.Create(code, reg, (uint)value)
                    : Instruction.Create(code, reg, value);
            }
            catch (ArgumentException) { created = null; }
            long passed = info.OpCount == 3 ? (int)value : value;
            int length = X86Encoder.TryEncode(code, ops, default, passed, buffer, 0, out _);
            if (created is null)
            {
                Assert.True(length == 0, $"{code} {value}: Create rejects it, the fast encoder took it");
                continue;
            }
            Assert.True(length > 0, $"{code} {value}: declined, Create takes it");
            Assert.Equal(Convert.ToHexString(IcedBytes(created.Value, out _)), Convert.ToHexString(buffer, 0, length));
        }
    }

    private static Register X86Reg(MOperand op) => PyIR.Backend.Target.X86.IcedRegister(op.Reg, op.Bits);

    /// <summary>The instruction as MIR operands (false for operand kinds MIR does not have: cl, the constant 1).</summary>
    private static bool ToMir(in Instruction instruction, out MOperand[] ops, out MemoryOperand memory, out long immediate)
    {
        ops = new MOperand[instruction.OpCount];
        memory = default;
        immediate = 0;
        for (int i = 0; i < ops.Length; i++)
        {
            switch (instruction.GetOpKind(i))
            {
                case OpKind.Register:
                {
                    var r = instruction.GetOpRegister(i);
                    if (r.IsGPR())
                    {
                        int n = r.GetFullRegister() - Register.RAX;
                        if (r == Register.CL && instruction.Code.ToOpCode().GetOpKind(i) == OpCodeOperandKind.cl) return false;
                        ops[i] = MOperand.R(n, r.GetSize() * 8);
                    }
                    else if (r.IsXMM()) ops[i] = MOperand.R(16 + (r - Register.XMM0), 128);
                    else if (r.IsYMM()) ops[i] = MOperand.R(16 + (r - Register.YMM0), 256);
                    else return false;
                    break;
                }
                case OpKind.Memory:
                    ops[i] = MOperand.Mem(64, 0);
                    memory = new MemoryOperand(instruction.MemoryBase, instruction.MemoryIndex, instruction.MemoryIndexScale,
                        (long)instruction.MemoryDisplacement64, instruction.MemoryDisplSize);
                    break;
                default:
                    if (instruction.Code.ToOpCode().GetOpKind(i) == OpCodeOperandKind.imm8_const_1) return false;
                    immediate = instruction.GetImmediate(i) is var u && instruction.GetOpKind(i) switch
                    {
                        OpKind.Immediate8to16 or OpKind.Immediate8to32 or OpKind.Immediate8to64 => true,
                        _ => false,
                    } ? (sbyte)(byte)u : instruction.GetOpKind(i) == OpKind.Immediate32to64 ? (int)(uint)u : (long)u;
                    ops[i] = MOperand.I(immediate);
                    break;
            }
        }
        return true;
    }

    [Fact]
    public void ComparisonDetectsWrongBytes()
    {
        // The comparison itself: an instruction encoded differently by Iced (here: another register) is reported.
        var a = Instruction.Create(Code.Add_r64_rm64, Register.RAX, Register.R12);
        var b = Instruction.Create(Code.Add_r64_rm64, Register.RAX, Register.R13);
        Assert.NotEqual(IcedBytes(a, out _), IcedBytes(b, out _));
        Assert.Null(Compare(a));
    }

    /// <summary>Null when both encoders agree (or the fast one declines), else a description of the difference.</summary>
    private static string? Compare(Instruction instruction)
    {
        var buffer = new byte[64];
        int length = X86Encoder.TryEncode(instruction, buffer, 3, out int displacementOffset);
        byte[]? expected;
        try { expected = IcedBytes(instruction, out var offsets) is var e && offsets.HasDisplacement && instruction.IsIPRelativeMemoryOperand ? Mask(e, offsets.DisplacementOffset) : e; }
        catch (InvalidOperationException) { expected = null; }
        if (length == 0)
            return expected is null ? null : $"{instruction.Code} {instruction}: declined, though a handled form";
        if (expected is null) return $"{instruction.Code} {instruction}: Iced cannot encode it, the fast encoder did";
        var actual = buffer.AsSpan(3, length).ToArray();
        if (instruction.IsIPRelativeMemoryOperand)
        {
            IcedBytes(instruction, out var offsets);
            if (displacementOffset != offsets.DisplacementOffset)
                return $"{instruction.Code} {instruction}: displacement at {displacementOffset}, Iced's at {offsets.DisplacementOffset}";
            actual = Mask(actual, displacementOffset);
        }
        return actual.AsSpan().SequenceEqual(expected)
            ? null
            : $"{instruction.Code} {instruction}: {Convert.ToHexString(actual)} vs Iced {Convert.ToHexString(expected)}";
    }

    private static byte[] Mask(byte[] bytes, int displacementOffset)
    {
        var copy = (byte[])bytes.Clone();
        if (displacementOffset + 4 <= copy.Length) copy.AsSpan(displacementOffset, 4).Clear();
        return copy;
    }

    private sealed class Writer : CodeWriter
    {
        public readonly List<byte> Bytes = [];
        public override void WriteByte(byte value) => Bytes.Add(value);
    }

    private static byte[] IcedBytes(in Instruction instruction, out ConstantOffsets offsets)
    {
        var writer = new Writer();
        var encoder = Encoder.Create(64, writer);
        if (!encoder.TryEncode(instruction, 0x1000_0000, out _, out var error)) throw new InvalidOperationException(error);
        offsets = encoder.GetConstantOffsets();
        return writer.Bytes.ToArray();
    }

    // ------------------------------------------------------------------ instances of a form

    private static IEnumerable<Instruction> Instances(Code code)
    {
        var info = code.ToOpCode();
        int count = info.OpCount;
        var kinds = new OpCodeOperandKind[count];
        for (int i = 0; i < count; i++) kinds[i] = info.GetOpKind(i);
        int memIndex = Array.FindIndex(kinds, k => IsRmWithMemory(k));
        var regOperands = Enumerable.Range(0, count).Where(i => RegisterOf(kinds[i], 0) != Register.None).ToArray();
        var immValues = Enumerable.Range(0, count).Select(i => ImmediateValues(kinds[i])).ToArray();

        // Register operands: each one through all 16 registers with the others spread out, plus
        // every pair for two-register forms.
        var regChoices = new List<int[]>();
        if (regOperands.Length == 2)
        {
            for (int a = 0; a < 16; a++)
                for (int b = 0; b < 16; b++)
                    regChoices.Add([a, b]);
        }
        else if (regOperands.Length > 0)
        {
            for (int k = 0; k < regOperands.Length; k++)
                for (int v = 0; v < 16; v++)
                {
                    var choice = new int[regOperands.Length];
                    for (int j = 0; j < choice.Length; j++) choice[j] = j == k ? v : (v * 5 + 3 * j + 7) % 16;
                    regChoices.Add(choice);
                }
        }
        else regChoices.Add([]);

        // All register forms (the memory-capable operand as a register too), with every immediate.
        bool rmIsRegister = memIndex < 0 || RegisterOf(kinds[memIndex], 0) != Register.None;
        if (rmIsRegister)
            foreach (var choice in regChoices)
                foreach (var imm in ImmediateCombinations(immValues))
                    yield return Build(code, kinds, regOperands, choice, imm, -1, default);

        if (memIndex < 0) yield break;
        // Memory forms: the other registers through a few choices, every addressing form.
        var others = regOperands.Where(i => i != memIndex).ToArray();
        var otherChoices = new List<int[]>();
        for (int v = 0; v < 16; v += others.Length == 0 ? 16 : 5)
            otherChoices.Add(others.Select((_, j) => (v + 9 * j) % 16).ToArray());
        if (others.Length > 0) otherChoices.Add(others.Select(_ => 15).ToArray());
        var firstImm = ImmediateCombinations(immValues).ToList();
        foreach (var memory in MemoryOperands())
            foreach (var choice in otherChoices)
                foreach (var imm in memory.Index == Register.None && memory.Displacement is 0 or 0x1234_5678 ? firstImm : firstImm.Take(1))
                    yield return Build(code, kinds, others, choice, imm, memIndex, memory);
    }

    private readonly record struct Mem(Register Base, Register Index, int Scale, long Displacement, int DisplSize);

    private static IEnumerable<Mem> MemoryOperands()
    {
        for (int b = 0; b < 16; b++)
            foreach (long d in Displacements)
                yield return new Mem(Register.RAX + b, Register.None, 1, d, Operands.DisplacementSize(d));
        Register[] bases = [Register.RAX, Register.RSP, Register.RBP, Register.R12, Register.R13, Register.R15];
        foreach (var b in bases)
            for (int x = 0; x < 16; x++)
            {
                if (x == 4) continue; // rsp cannot be an index
                foreach (int scale in new[] { 1, 2, 4, 8 })
                    foreach (long d in new long[] { 0, -8, 1000 })
                        yield return new Mem(b, Register.RAX + x, scale, d, Operands.DisplacementSize(d));
            }
        // Displacement sizes given larger than needed.
        foreach (var b in bases)
            foreach (long d in new long[] { 0, 5, -5 })
                yield return new Mem(b, Register.None, 1, d, 8);
        yield return new Mem(Register.RBP, Register.None, 1, 200, 1);
        // RIP-relative (the displacement is compared by where it is, not by value).
        yield return new Mem(Register.RIP, Register.None, 1, 0x1000_2000, 8);
        yield return new Mem(Register.RIP, Register.None, 1, 0x0FFF_0000, 8);
    }

    private static IEnumerable<long[]> ImmediateCombinations(long[][] values)
    {
        int slot = Array.FindIndex(values, v => v.Length > 0);
        if (slot < 0)
        {
            yield return new long[values.Length];
            yield break;
        }
        foreach (long v in values[slot])
        {
            var imm = new long[values.Length];
            imm[slot] = v;
            yield return imm;
        }
    }

    private static Instruction Build(Code code, OpCodeOperandKind[] kinds, int[] regOperands, int[] regs, long[] imm, int memIndex, Mem mem)
    {
        var instr = new Instruction { Code = code };
        for (int i = 0; i < kinds.Length; i++)
        {
            if (i == memIndex)
            {
                instr.SetOpKind(i, OpKind.Memory);
                instr.MemoryBase = mem.Base;
                instr.MemoryIndex = mem.Index;
                instr.MemoryIndexScale = mem.Scale;
                instr.MemoryDisplacement64 = (ulong)mem.Displacement;
                instr.MemoryDisplSize = mem.DisplSize;
                continue;
            }
            int r = Array.IndexOf(regOperands, i);
            if (r >= 0)
            {
                instr.SetOpKind(i, OpKind.Register);
                instr.SetOpRegister(i, RegisterOf(kinds[i], regs[r]));
                continue;
            }
            switch (kinds[i])
            {
                case OpCodeOperandKind.cl:
                    instr.SetOpKind(i, OpKind.Register);
                    instr.SetOpRegister(i, Register.CL);
                    break;
                case OpCodeOperandKind.imm8_const_1:
                    instr.SetOpKind(i, OpKind.Immediate8);
                    instr.Immediate8 = 1;
                    break;
                default:
                    var kind = ImmediateKind(kinds[i]);
                    instr.SetOpKind(i, kind);
                    if (kind == OpKind.Immediate64) instr.Immediate64 = (ulong)imm[i];
                    else if (kind == OpKind.Immediate32to64) instr.Immediate32to64 = imm[i];
                    else if (kind == OpKind.Immediate8to64) instr.Immediate8to64 = imm[i];
                    else if (kind == OpKind.Immediate8to32) instr.Immediate8to32 = (int)imm[i];
                    else if (kind == OpKind.Immediate8to16) instr.Immediate8to16 = (short)imm[i];
                    else if (kind == OpKind.Immediate32) instr.Immediate32 = (uint)imm[i];
                    else if (kind == OpKind.Immediate16) instr.Immediate16 = (ushort)imm[i];
                    else instr.Immediate8 = (byte)imm[i];
                    break;
            }
        }
        return instr;
    }

    private static bool IsRmWithMemory(OpCodeOperandKind k) => k is OpCodeOperandKind.mem or OpCodeOperandKind.r8_or_mem or
        OpCodeOperandKind.r16_or_mem or OpCodeOperandKind.r32_or_mem or OpCodeOperandKind.r64_or_mem or
        OpCodeOperandKind.xmm_or_mem or OpCodeOperandKind.ymm_or_mem;

    private static readonly Register[] Gpr8 =
    [
        Register.AL, Register.CL, Register.DL, Register.BL, Register.SPL, Register.BPL, Register.SIL, Register.DIL,
        Register.R8L, Register.R9L, Register.R10L, Register.R11L, Register.R12L, Register.R13L, Register.R14L, Register.R15L,
    ];

    /// <summary>Register number <paramref name="n"/> of the kind an operand takes, or None when it takes no register.</summary>
    private static Register RegisterOf(OpCodeOperandKind k, int n) => k switch
    {
        OpCodeOperandKind.r8_reg or OpCodeOperandKind.r8_or_mem or OpCodeOperandKind.r8_opcode => Gpr8[n],
        OpCodeOperandKind.r16_reg or OpCodeOperandKind.r16_or_mem or OpCodeOperandKind.r16_rm or OpCodeOperandKind.r16_opcode => Register.AX + n,
        OpCodeOperandKind.r32_reg or OpCodeOperandKind.r32_or_mem or OpCodeOperandKind.r32_rm or OpCodeOperandKind.r32_opcode or
            OpCodeOperandKind.r32_vvvv => Register.EAX + n,
        OpCodeOperandKind.r64_reg or OpCodeOperandKind.r64_or_mem or OpCodeOperandKind.r64_rm or OpCodeOperandKind.r64_opcode or
            OpCodeOperandKind.r64_vvvv => Register.RAX + n,
        OpCodeOperandKind.xmm_reg or OpCodeOperandKind.xmm_or_mem or OpCodeOperandKind.xmm_rm or OpCodeOperandKind.xmm_vvvv or
            OpCodeOperandKind.xmm_is4 => Register.XMM0 + n,
        OpCodeOperandKind.ymm_reg or OpCodeOperandKind.ymm_or_mem or OpCodeOperandKind.ymm_rm or OpCodeOperandKind.ymm_vvvv or
            OpCodeOperandKind.ymm_is4 => Register.YMM0 + n,
        _ => Register.None,
    };

    private static OpKind ImmediateKind(OpCodeOperandKind k) => k switch
    {
        OpCodeOperandKind.imm8 => OpKind.Immediate8,
        OpCodeOperandKind.imm8sex16 => OpKind.Immediate8to16,
        OpCodeOperandKind.imm8sex32 => OpKind.Immediate8to32,
        OpCodeOperandKind.imm8sex64 => OpKind.Immediate8to64,
        OpCodeOperandKind.imm16 => OpKind.Immediate16,
        OpCodeOperandKind.imm32 => OpKind.Immediate32,
        OpCodeOperandKind.imm32sex64 => OpKind.Immediate32to64,
        OpCodeOperandKind.imm64 => OpKind.Immediate64,
        _ => throw new InvalidOperationException($"operand kind {k} in a handled form"),
    };

    private static long[] ImmediateValues(OpCodeOperandKind k) => k switch
    {
        OpCodeOperandKind.imm8 => [0, 1, 0x7F, 0x80, 0xFF],
        OpCodeOperandKind.imm8sex16 or OpCodeOperandKind.imm8sex32 or OpCodeOperandKind.imm8sex64 => [0, 1, 127, -128, -1],
        OpCodeOperandKind.imm16 => [0, 0x7FFF, 0x8000, 0xFFFF],
        OpCodeOperandKind.imm32 => [0, 127, 128, 0xFFFF_FFFF, 0x8000_0000, 0x1234_5678],
        OpCodeOperandKind.imm32sex64 => [0, 127, -129, int.MaxValue, int.MinValue, -1],
        OpCodeOperandKind.imm64 => [0, -1, long.MinValue, long.MaxValue, 0x1234_5678_9ABC_DEF0, 0xFFFF_FFFF],
        _ => [],
    };
}
