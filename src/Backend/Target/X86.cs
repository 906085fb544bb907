// The x86-64 register file as the backend sees it, and the System V AMD64 calling convention.
// Physical registers are small integers: 0..15 are the general-purpose registers in encoding order
// (rax rcx rdx rbx rsp rbp rsi rdi r8..r15), 16..31 are xmm0..xmm15 (ymm when 256 bits are used).
// Virtual registers are numbered from FirstVirtual upwards.
using Iced.Intel;

namespace PyIR.Backend.Target;

public enum RegClass : byte { Gpr, Vec }

public static class X86
{
    public const int Rax = 0, Rcx = 1, Rdx = 2, Rbx = 3, Rsp = 4, Rbp = 5, Rsi = 6, Rdi = 7;
    public const int R8 = 8, R9 = 9, R10 = 10, R11 = 11, R12 = 12, R13 = 13, R14 = 14, R15 = 15;
    public const int Xmm0 = 16;
    public const int PhysicalCount = 32;
    public const int FirstVirtual = 64;

    public static bool IsPhysical(int reg) => reg >= 0 && reg < PhysicalCount;
    public static bool IsVirtual(int reg) => reg >= FirstVirtual;
    public static RegClass ClassOf(int physical) => physical < 16 ? RegClass.Gpr : RegClass.Vec;
    public static int Xmm(int n) => Xmm0 + n;

    /// <summary>Integer argument registers in order (System V).</summary>
    public static readonly int[] IntArgs = [Rdi, Rsi, Rdx, Rcx, R8, R9];

    /// <summary>Floating-point and vector argument registers in order (System V).</summary>
    public static readonly int[] VecArgs = [Xmm(0), Xmm(1), Xmm(2), Xmm(3), Xmm(4), Xmm(5), Xmm(6), Xmm(7)];

    public static readonly int[] IntReturns = [Rax, Rdx];
    public static readonly int[] VecReturns = [Xmm(0), Xmm(1), Xmm(2), Xmm(3)];

    /// <summary>Registers a callee must preserve (System V): rbx rbp r12-r15. No xmm register is preserved.</summary>
    public static bool IsCalleeSaved(int reg) => reg is Rbx or Rbp or R12 or R13 or R14 or R15;

    /// <summary>
    /// Registers the allocator may hand out, in order of preference: caller-saved first (no save
    /// cost), then callee-saved. rsp is never allocatable; rbp is kept as the frame pointer.
    /// r11 is kept free as the scratch register for parallel moves and spill code.
    /// </summary>
    public static readonly int[] AllocatableGpr = [Rax, Rcx, Rdx, Rsi, Rdi, R8, R9, R10, Rbx, R12, R13, R14, R15];

    /// <summary>xmm15 is kept free as the vector scratch register.</summary>
    public static readonly int[] AllocatableVec =
        [Xmm(0), Xmm(1), Xmm(2), Xmm(3), Xmm(4), Xmm(5), Xmm(6), Xmm(7), Xmm(8), Xmm(9), Xmm(10), Xmm(11), Xmm(12), Xmm(13), Xmm(14)];

    public const int ScratchGpr = R11;
    public static readonly int ScratchVec = Xmm(15);

    /// <summary>Caller-saved registers: clobbered by every call.</summary>
    public static IEnumerable<int> CallerSaved() => CallerSavedRegisters;

    /// <summary>The registers a call clobbers, as one shared array (a call's implicit definitions): never modify it.</summary>
    public static readonly int[] CallerSavedRegisters =
        [Rax, Rcx, Rdx, Rsi, Rdi, R8, R9, R10, R11, .. Enumerable.Range(0, 16).Select(Xmm)];

    private static readonly Register[] Gpr64 =
    [
        Register.RAX, Register.RCX, Register.RDX, Register.RBX, Register.RSP, Register.RBP, Register.RSI, Register.RDI,
        Register.R8, Register.R9, Register.R10, Register.R11, Register.R12, Register.R13, Register.R14, Register.R15,
    ];
    private static readonly Register[] Gpr32 =
    [
        Register.EAX, Register.ECX, Register.EDX, Register.EBX, Register.ESP, Register.EBP, Register.ESI, Register.EDI,
        Register.R8D, Register.R9D, Register.R10D, Register.R11D, Register.R12D, Register.R13D, Register.R14D, Register.R15D,
    ];
    private static readonly Register[] Gpr16 =
    [
        Register.AX, Register.CX, Register.DX, Register.BX, Register.SP, Register.BP, Register.SI, Register.DI,
        Register.R8W, Register.R9W, Register.R10W, Register.R11W, Register.R12W, Register.R13W, Register.R14W, Register.R15W,
    ];
    private static readonly Register[] Gpr8 =
    [
        Register.AL, Register.CL, Register.DL, Register.BL, Register.SPL, Register.BPL, Register.SIL, Register.DIL,
        Register.R8L, Register.R9L, Register.R10L, Register.R11L, Register.R12L, Register.R13L, Register.R14L, Register.R15L,
    ];

    /// <summary>The Iced register for a physical register at a width (8/16/32/64 bits for GPRs, 128/256 for vectors).</summary>
    public static Register IcedRegister(int physical, int bits)
    {
        if (physical < 16)
        {
            return bits switch
            {
                64 => Gpr64[physical],
                32 => Gpr32[physical],
                16 => Gpr16[physical],
                8 => Gpr8[physical],
                _ => throw new ArgumentOutOfRangeException(nameof(bits)),
            };
        }
        int n = physical - Xmm0;
        return bits == 256 ? Register.YMM0 + n : Register.XMM0 + n;
    }

    public static string Name(int physical) => physical < 16 ? Gpr64[physical].ToString().ToLowerInvariant() : $"xmm{physical - Xmm0}";
}
