// A fast x86-64 encoder for the instruction forms the JIT emits most, producing exactly the bytes
// Iced's Encoder produces (Iced 1.22, default options: VEX.W = 0 where W is ignored, VEX.L = 0
// where L is ignored, the 2-byte VEX form whenever it can express the instruction). Iced's Encoder
// is general and costs about 70 ns per instruction; this one handles legacy and VEX instructions
// whose operands are registers (in ModRM.reg, ModRM.rm, VEX.vvvv, the opcode's low bits, or the
// is4 immediate), one memory operand ([base + index*scale + disp] with 64-bit registers, or
// RIP-relative) and immediates, and answers "not handled" (0) for anything else (prefixes, segment
// overrides, 32-bit addressing, EVEX, fixed-ModRM opcodes, high-byte registers ...), which the
// caller then encodes with Iced. How each Iced Code is encoded (prefixes, opcode map, opcode byte,
// W/L, which operand goes where) is read once from Iced's own OpCodeInfo table. Two front ends:
// from an Iced Instruction (CodeBuilder.Add), and from a native MIR instruction's operands
// (FunctionEmitter, through CodeBuilder.TryAddNative), which skips building the Iced Instruction.
using System.Runtime.CompilerServices;
using Iced.Intel;

namespace PyIR.Backend.Emit;

public static class X86Encoder
{
    /// <summary>The longest instruction this encoder writes (bytes); callers leave this much room.</summary>
    public const int MaxLength = 16;

    /// <summary>Where an operand of an instruction form goes.</summary>
    private enum Role : byte
    {
        Implicit,   // fixed by the opcode (cl of shifts, the constant 1): no bytes
        Reg,        // ModRM.reg (+ REX.R / VEX.R)
        Rm,         // ModRM.rm: a register, or the memory operand (+ REX.B/X, VEX.B/X)
        Vvvv,       // VEX.vvvv
        OpcodeReg,  // low 3 bits of the opcode (+ REX.B)
        Is4,        // bits 7:4 of a trailing immediate byte
        Imm1, Imm2, Imm4, Imm8,
    }

    /// <summary>How one Iced Code is encoded.</summary>
    private sealed class Form
    {
        public bool Vex;
        public bool Prefix66;       // legacy: operand-size or mandatory 0x66
        public byte MandatoryF;     // legacy: 0xF3, 0xF2 or 0
        public bool W;              // legacy REX.W / VEX.W
        public byte Map;            // 0: one-byte map, 1: 0F, 2: 0F 38, 3: 0F 3A
        public byte Pp;             // VEX: implied prefix (0 none, 1 66, 2 F3, 3 F2)
        public byte L;              // VEX.L
        public byte Opcode;
        public int Group = -1;      // ModRM.reg digit when no operand goes there
        public bool HasModRM;
        public bool SignExtendedImm8;   // imm8 sign-extended to 16/32/64 bits (Iced takes -128..127 only)
        public bool SignExtendedImm32;  // imm32 sign-extended to 64 bits (Iced takes int values only)
        public Role[] Roles = [];
        public byte[] RegKinds = [];  // per operand: the register kind it takes (see RegKind), 0 for none
    }

    // Register kinds, for checking an operand's register against its form.
    private const byte Gpr8 = 1, Gpr16 = 2, Gpr32 = 3, Gpr64 = 4, Xmm = 5, Ymm = 6, Fixed = 7;

    private static readonly Form Unsupported = new();
    private static readonly Form?[] Forms = new Form?[Enum.GetValues<Code>().Length];

    /// <summary>Whether this encoder handles <paramref name="code"/> (for operands of the kinds it takes).</summary>
    public static bool Handles(Code code) => FormOf(code) != Unsupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Form FormOf(Code code)
    {
        int c = (int)code;
        if ((uint)c >= (uint)Forms.Length) return Unsupported;
        return Forms[c] ?? (Forms[c] = Build(code));
    }

    private static Form Build(Code code)
    {
        var info = code.ToOpCode();
        if (!info.Mode64 || !info.IsInstruction || info.IsRmGroup || info.OpCodeLength != 1 || info.Fwait) return Unsupported;
        var form = new Form { Opcode = (byte)info.OpCode };
        switch (info.Encoding)
        {
            case EncodingKind.Legacy:
                switch (info.MandatoryPrefix)
                {
                    case MandatoryPrefix.None or MandatoryPrefix.PNP: break;
                    case MandatoryPrefix.P66: form.Prefix66 = true; break;
                    case MandatoryPrefix.PF3: form.MandatoryF = 0xF3; break;
                    case MandatoryPrefix.PF2: form.MandatoryF = 0xF2; break;
                    default: return Unsupported;
                }
                if (info.OperandSize == 16)
                {
                    if (form.Prefix66 || form.MandatoryF != 0) return Unsupported;
                    form.Prefix66 = true;
                }
                if (info.AddressSize != 0) return Unsupported;
                form.W = info.OperandSize == 64 && !info.DefaultOpSize64 && !info.ForceOpSize64;
                break;
            case EncodingKind.VEX:
                form.Vex = true;
                form.Pp = info.MandatoryPrefix switch
                {
                    MandatoryPrefix.None or MandatoryPrefix.PNP => 0,
                    MandatoryPrefix.P66 => 1,
                    MandatoryPrefix.PF3 => 2,
                    MandatoryPrefix.PF2 => 3,
                    _ => 0xFF,
                };
                if (form.Pp == 0xFF) return Unsupported;
                form.W = !info.IsWIG && info.W != 0;
                form.L = info.IsLIG ? (byte)0 : (byte)info.L;
                if (form.L > 1) return Unsupported;
                break;
            default:
                return Unsupported;
        }
        form.Map = info.Table switch
        {
            OpCodeTableKind.Normal => 0,
            OpCodeTableKind.T0F => 1,
            OpCodeTableKind.T0F38 => 2,
            OpCodeTableKind.T0F3A => 3,
            _ => 0xFF,
        };
        if (form.Map == 0xFF || (form.Vex && form.Map == 0)) return Unsupported;

        int count = info.OpCount;
        form.Roles = new Role[count];
        form.RegKinds = new byte[count];
        bool hasReg = false, hasRm = false;
        for (int i = 0; i < count; i++)
        {
            (Role role, byte kind) = info.GetOpKind(i) switch
            {
                OpCodeOperandKind.r8_reg => (Role.Reg, Gpr8),
                OpCodeOperandKind.r16_reg => (Role.Reg, Gpr16),
                OpCodeOperandKind.r32_reg => (Role.Reg, Gpr32),
                OpCodeOperandKind.r64_reg => (Role.Reg, Gpr64),
                OpCodeOperandKind.xmm_reg => (Role.Reg, Xmm),
                OpCodeOperandKind.ymm_reg => (Role.Reg, Ymm),
                OpCodeOperandKind.r8_or_mem => (Role.Rm, Gpr8),
                OpCodeOperandKind.r16_or_mem or OpCodeOperandKind.r16_rm => (Role.Rm, Gpr16),
                OpCodeOperandKind.r32_or_mem or OpCodeOperandKind.r32_rm => (Role.Rm, Gpr32),
                OpCodeOperandKind.r64_or_mem or OpCodeOperandKind.r64_rm => (Role.Rm, Gpr64),
                OpCodeOperandKind.xmm_or_mem or OpCodeOperandKind.xmm_rm => (Role.Rm, Xmm),
                OpCodeOperandKind.ymm_or_mem or OpCodeOperandKind.ymm_rm => (Role.Rm, Ymm),
                OpCodeOperandKind.mem => (Role.Rm, (byte)0),
                OpCodeOperandKind.r32_vvvv => (Role.Vvvv, Gpr32),
                OpCodeOperandKind.r64_vvvv => (Role.Vvvv, Gpr64),
                OpCodeOperandKind.xmm_vvvv => (Role.Vvvv, Xmm),
                OpCodeOperandKind.ymm_vvvv => (Role.Vvvv, Ymm),
                OpCodeOperandKind.r8_opcode => (Role.OpcodeReg, Gpr8),
                OpCodeOperandKind.r16_opcode => (Role.OpcodeReg, Gpr16),
                OpCodeOperandKind.r32_opcode => (Role.OpcodeReg, Gpr32),
                OpCodeOperandKind.r64_opcode => (Role.OpcodeReg, Gpr64),
                OpCodeOperandKind.xmm_is4 => (Role.Is4, Xmm),
                OpCodeOperandKind.ymm_is4 => (Role.Is4, Ymm),
                OpCodeOperandKind.imm8 or OpCodeOperandKind.imm8sex16 or OpCodeOperandKind.imm8sex32 or OpCodeOperandKind.imm8sex64 => (Role.Imm1, (byte)0),
                OpCodeOperandKind.imm16 => (Role.Imm2, (byte)0),
                OpCodeOperandKind.imm32 or OpCodeOperandKind.imm32sex64 => (Role.Imm4, (byte)0),
                OpCodeOperandKind.imm64 => (Role.Imm8, (byte)0),
                OpCodeOperandKind.imm8_const_1 => (Role.Implicit, (byte)0),
                OpCodeOperandKind.cl => (Role.Implicit, Fixed),
                _ => ((Role)0xFF, (byte)0),
            };
            if (role == (Role)0xFF) return Unsupported;
            var opKind = info.GetOpKind(i);
            if (opKind is OpCodeOperandKind.imm8sex16 or OpCodeOperandKind.imm8sex32 or OpCodeOperandKind.imm8sex64) form.SignExtendedImm8 = true;
            if (opKind == OpCodeOperandKind.imm32sex64) form.SignExtendedImm32 = true;
            if (role == Role.Reg) { if (hasReg) return Unsupported; hasReg = true; }
            if (role == Role.Rm) { if (hasRm) return Unsupported; hasRm = true; }
            if ((role == Role.Vvvv || role == Role.Is4) && !form.Vex) return Unsupported;
            if (role == Role.OpcodeReg && (form.Vex || hasRm || hasReg)) return Unsupported;
            form.Roles[i] = role;
            form.RegKinds[i] = kind;
        }
        // Immediates and is4 come last, at most one trailing immediate (or is4 byte).
        int trailing = 0;
        for (int i = 0; i < count; i++)
            if (form.Roles[i] is Role.Imm1 or Role.Imm2 or Role.Imm4 or Role.Imm8 or Role.Is4)
            {
                if (++trailing > 1 || i != count - 1) return Unsupported;
            }
        form.HasModRM = hasRm;
        if (hasRm)
        {
            // Without a register there, ModRM.reg holds the group's digit (0 when the opcode has no group, as for setcc).
            if (!hasReg)
            {
                form.Group = info.IsGroup ? info.GroupIndex : 0;
                if (form.Group < 0) return Unsupported;
            }
        }
        else if (hasReg || info.IsGroup) return Unsupported;
        return form;
    }

    /// <summary>An instruction's operands, sorted by where they go.</summary>
    private struct Fields
    {
        public int Reg, Rm, Vvvv, OpcodeReg;  // register numbers, -1 (Vvvv: 0) when absent
        public bool Rex8;                     // an spl/bpl/sil/dil operand: needs a REX prefix
        public bool Memory, Rip;
        public int Base, Index, ScaleBits;    // memory: register numbers (Index -1: none), log2 of the scale
        public long Displacement;
        public int DisplacementSize;          // as Iced's MemoryDisplSize: 0, 1, 4 or 8
        public ulong Immediate;
        public int ImmediateBytes;

        public Fields()
        {
            Reg = Rm = OpcodeReg = Index = -1;
            Vvvv = 0;
        }
    }

    /// <summary>
    /// Encodes <paramref name="instruction"/> into <paramref name="buffer"/> at <paramref name="pos"/>
    /// (at least <see cref="MaxLength"/> bytes free) and returns its length, or 0 when this encoder
    /// does not handle it (nothing written that matters then). For a RIP-relative memory operand the
    /// 32-bit displacement is left for the caller to fill in; <paramref name="displacementOffset"/>
    /// says where it starts (0 when there is none).
    /// </summary>
    public static int TryEncode(in Instruction instruction, byte[] buffer, int pos, out int displacementOffset)
    {
        displacementOffset = 0;
        var form = FormOf(instruction.Code);
        if (form == Unsupported) return 0;
        if (instruction.HasRepPrefix || instruction.HasRepnePrefix || instruction.HasLockPrefix || instruction.HasXacquirePrefix ||
            instruction.HasXreleasePrefix || instruction.SegmentPrefix != Register.None)
            return 0;
        var roles = form.Roles;
        if (instruction.OpCount != roles.Length) return 0;

        var f = new Fields();
        for (int i = 0; i < roles.Length; i++)
        {
            var role = roles[i];
            var kind = instruction.GetOpKind(i);
            switch (role)
            {
                case Role.Implicit:
                    break;
                case Role.Imm1 or Role.Imm2 or Role.Imm4 or Role.Imm8:
                    if (kind is OpKind.Register or OpKind.Memory) return 0;
                    f.Immediate = instruction.GetImmediate(i);
                    f.ImmediateBytes = role switch { Role.Imm1 => 1, Role.Imm2 => 2, Role.Imm4 => 4, _ => 8 };
                    break;
                case Role.Rm when kind == OpKind.Memory:
                    if (!SetMemory(ref f, instruction.MemoryBase, instruction.MemoryIndex, instruction.MemoryIndexScale,
                            (long)instruction.MemoryDisplacement64, instruction.MemoryDisplSize))
                        return 0;
                    break;
                default:
                {
                    if (kind != OpKind.Register) return 0;
                    int n = RegisterNumber(instruction.GetOpRegister(i), form.RegKinds[i], ref f.Rex8);
                    if (n < 0 || !SetRegister(ref f, role, n)) return 0;
                    break;
                }
            }
        }
        return Write(form, ref f, buffer, pos, out displacementOffset);
    }

    /// <summary>
    /// Like <see cref="TryEncode(in Instruction, byte[], int, out int)"/>, for a register-allocated
    /// native MIR instruction given as FunctionEmitter would build it for Iced: its operands
    /// (registers by physical number and width), its memory operand as built (if it has one), and
    /// its immediate as the value passed to Iced's Instruction.Create (if it has one).
    /// </summary>
    public static int TryEncode(Code code, PyIR.Backend.Mir.MOperand[] operands, in MemoryOperand memory, long immediate,
        byte[] buffer, int pos, out int displacementOffset)
    {
        displacementOffset = 0;
        var form = FormOf(code);
        if (form == Unsupported) return 0;
        var roles = form.Roles;
        if (operands.Length != roles.Length) return 0;
        var f = new Fields();
        for (int i = 0; i < roles.Length; i++)
        {
            ref readonly var op = ref operands[i];
            var role = roles[i];
            switch (op.Kind)
            {
                case PyIR.Backend.Mir.MOperandKind.Reg:
                {
                    if (role is Role.Implicit or Role.Imm1 or Role.Imm2 or Role.Imm4 or Role.Imm8) return 0;
                    int r = op.Reg;
                    byte kind;
                    if ((uint)r < 16)
                    {
                        kind = op.Bits switch { 64 => Gpr64, 32 => Gpr32, 16 => Gpr16, 8 => Gpr8, _ => (byte)0 };
                        if (kind == Gpr8 && r is >= 4 and <= 7) f.Rex8 = true;
                    }
                    else if ((uint)(r - 16) < 16)
                    {
                        kind = op.Bits == 256 ? Ymm : Xmm;
                        r -= 16;
                    }
                    else return 0;
                    if (kind != form.RegKinds[i] || !SetRegister(ref f, role, r)) return 0;
                    break;
                }
                case PyIR.Backend.Mir.MOperandKind.Mem:
                    if (role != Role.Rm || !SetMemory(ref f, memory.Base, memory.Index, memory.Scale, memory.Displacement, memory.DisplSize))
                        return 0;
                    break;
                case PyIR.Backend.Mir.MOperandKind.Imm:
                    switch (role)
                    {
                        case Role.Imm1:
                            // Iced takes any byte value for imm8, sign-extended ones only from -128 to 127.
                            if (immediate is < sbyte.MinValue or > byte.MaxValue) return 0;
                            if (immediate > sbyte.MaxValue && form.SignExtendedImm8) return 0;
                            f.ImmediateBytes = 1;
                            break;
                        case Role.Imm2:
                            if (immediate is < short.MinValue or > ushort.MaxValue) return 0;
                            f.ImmediateBytes = 2;
                            break;
                        case Role.Imm4:
                            if (immediate < int.MinValue || immediate > (form.SignExtendedImm32 ? int.MaxValue : uint.MaxValue)) return 0;
                            f.ImmediateBytes = 4;
                            break;
                        case Role.Imm8:
                            f.ImmediateBytes = 8;
                            break;
                        default:
                            return 0;
                    }
                    f.Immediate = (ulong)immediate;
                    break;
                default:
                    return 0;
            }
        }
        return Write(form, ref f, buffer, pos, out displacementOffset);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SetRegister(ref Fields f, Role role, int n)
    {
        switch (role)
        {
            case Role.Reg: f.Reg = n; return true;
            case Role.Rm: f.Rm = n; return true;
            case Role.Vvvv: f.Vvvv = n; return true;
            case Role.OpcodeReg: f.OpcodeReg = n; return true;
            case Role.Is4: f.Immediate = (ulong)(n << 4); f.ImmediateBytes = 1; return true;
            default: return false;
        }
    }

    private static bool SetMemory(ref Fields f, Register baseReg, Register index, int scale, long displacement, int displacementSize)
    {
        f.Memory = true;
        f.Displacement = displacement;
        f.DisplacementSize = displacementSize;
        if (baseReg == Register.RIP)
        {
            f.Rip = true;
            return index == Register.None;
        }
        f.Base = baseReg - Register.RAX;
        if ((uint)f.Base > 15) return false;   // no base, or not a 64-bit register
        if (index != Register.None)
        {
            f.Index = index - Register.RAX;
            if ((uint)f.Index > 15 || f.Index == 4) return false;
            f.ScaleBits = scale switch { 1 => 0, 2 => 1, 4 => 2, 8 => 3, _ => -1 };
            if (f.ScaleBits < 0) return false;
        }
        return true;
    }

    /// <summary>Writes the instruction; returns its length, or 0 when the operands do not fit the form.</summary>
    private static int Write(Form form, ref Fields f, byte[] buffer, int pos, out int displacementOffset)
    {
        displacementOffset = 0;
        // ModRM/SIB/displacement, and the register-extension bits.
        int rBit = 0, xBit = 0, bBit = 0;
        int modrmReg = f.Reg >= 0 ? f.Reg : form.Group;
        if (f.Reg >= 8) { rBit = 1; modrmReg -= 8; }
        int mod = 0, rmField = 0, sib = -1, dispBytes = 0;
        long disp = f.Displacement;
        if (form.HasModRM)
        {
            if (!f.Memory)
            {
                if (f.Rm < 0) return 0;
                mod = 3;
                rmField = f.Rm & 7;
                bBit = f.Rm >> 3;
            }
            else if (f.Rip)
            {
                mod = 0;
                rmField = 5;
                dispBytes = 4;
                disp = 0;
            }
            else
            {
                bBit = f.Base >> 3;
                int baseLow = f.Base & 7;
                if (f.DisplacementSize == 0)
                {
                    if (disp != 0) return 0;
                    if (baseLow == 5) { mod = 1; dispBytes = 1; }   // [rbp]/[r13] have no form without a displacement
                }
                else if (f.DisplacementSize == 1 && disp is >= sbyte.MinValue and <= sbyte.MaxValue) { mod = 1; dispBytes = 1; }
                else
                {
                    if (disp is < int.MinValue or > int.MaxValue) return 0;
                    mod = 2;
                    dispBytes = 4;
                }
                if (f.Index >= 0 || baseLow == 4)
                {
                    rmField = 4;                                    // a SIB byte follows
                    int indexLow = 4;                               // none
                    if (f.Index >= 0)
                    {
                        xBit = f.Index >> 3;
                        indexLow = f.Index & 7;
                    }
                    sib = (f.ScaleBits << 6) | (indexLow << 3) | baseLow;
                }
                else rmField = baseLow;
            }
        }
        else if (f.OpcodeReg >= 0)
        {
            bBit = f.OpcodeReg >> 3;
        }

        int p = pos;
        if (!form.Vex)
        {
            if (form.Prefix66) buffer[p++] = 0x66;
            if (form.MandatoryF != 0) buffer[p++] = form.MandatoryF;
            int rex = (form.W ? 8 : 0) | (rBit << 2) | (xBit << 1) | bBit;
            if (rex != 0 || f.Rex8) buffer[p++] = (byte)(0x40 | rex);
            if (form.Map >= 1) buffer[p++] = 0x0F;
            if (form.Map == 2) buffer[p++] = 0x38;
            else if (form.Map == 3) buffer[p++] = 0x3A;
            buffer[p++] = f.OpcodeReg >= 0 ? (byte)(form.Opcode + (f.OpcodeReg & 7)) : form.Opcode;
        }
        else
        {
            if (f.Rex8) return 0;
            int vLpp = ((~f.Vvvv & 15) << 3) | (form.L << 2) | form.Pp;
            if (xBit == 0 && bBit == 0 && !form.W && form.Map == 1)
            {
                buffer[p++] = 0xC5;
                buffer[p++] = (byte)(((rBit ^ 1) << 7) | vLpp);
            }
            else
            {
                buffer[p++] = 0xC4;
                buffer[p++] = (byte)(((rBit ^ 1) << 7) | ((xBit ^ 1) << 6) | ((bBit ^ 1) << 5) | form.Map);
                buffer[p++] = (byte)((form.W ? 0x80 : 0) | vLpp);
            }
            buffer[p++] = form.Opcode;
        }
        if (form.HasModRM)
        {
            buffer[p++] = (byte)((mod << 6) | (modrmReg << 3) | rmField);
            if (sib >= 0) buffer[p++] = (byte)sib;
            if (dispBytes == 1) buffer[p++] = (byte)disp;
            else if (dispBytes == 4)
            {
                if (f.Rip) displacementOffset = p - pos;
                Unsafe.WriteUnaligned(ref buffer[p], (int)disp);
                p += 4;
            }
        }
        switch (f.ImmediateBytes)
        {
            case 1: buffer[p++] = (byte)f.Immediate; break;
            case 2: Unsafe.WriteUnaligned(ref buffer[p], (ushort)f.Immediate); p += 2; break;
            case 4: Unsafe.WriteUnaligned(ref buffer[p], (uint)f.Immediate); p += 4; break;
            case 8: Unsafe.WriteUnaligned(ref buffer[p], f.Immediate); p += 8; break;
        }
        return p - pos;
    }

    /// <summary>The register's number (0-15) if it is of <paramref name="kind"/>, else -1; sets <paramref name="rex8"/> for spl/bpl/sil/dil.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RegisterNumber(Register r, byte kind, ref bool rex8)
    {
        int n;
        switch (kind)
        {
            case Gpr64: n = r - Register.RAX; break;
            case Gpr32: n = r - Register.EAX; break;
            case Gpr16: n = r - Register.AX; break;
            case Xmm: n = r - Register.XMM0; break;
            case Ymm: n = r - Register.YMM0; break;
            case Gpr8:
                n = r - Register.AL;
                if ((uint)n <= 3) return n;
                if (n is >= 8 and <= 11) { rex8 = true; return n - 4; }   // spl bpl sil dil
                if (n is >= 12 and <= 19) return n - 4;                   // r8l..r15l
                return -1;                                                // ah ch dh bh
            case Fixed: return 0;
            default: return -1;
        }
        return (uint)n <= 15 ? n : -1;
    }
}
