// What the host CPU can execute, read with CPUID. The JIT's generated code needs AVX2, FMA, BMI1/2,
// LZCNT and POPCNT whatever the .NET code around it was compiled for: under NativeAOT (libpyir.so)
// `Avx2.IsSupported` and friends describe the instruction set the library itself was compiled for
// (the x86-64 baseline), not the machine, so they cannot answer this question.
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace PyIR.Backend.Target;

public static class HostCpu
{
    private static readonly (bool Avx2, bool Fma, bool Bmi1, bool Bmi2, bool Lzcnt, bool Popcnt, bool Avx512F) Features = Read();

    public static bool Avx2 => Features.Avx2;
    public static bool Fma => Features.Fma;
    public static bool Bmi2 => Features.Bmi2;
    public static bool Avx512F => Features.Avx512F;

    /// <summary>True on x86-64 hosts with every extension the JIT's code uses.</summary>
    public static bool CanRunJitCode =>
        Features.Avx2 && Features.Fma && Features.Bmi1 && Features.Bmi2 && Features.Lzcnt && Features.Popcnt;

    private static (bool, bool, bool, bool, bool, bool, bool) Read()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64 || !X86Base.IsSupported) return default;
        var (maxLeaf, _, _, _) = X86Base.CpuId(0, 0);
        var (_, _, ecx1, _) = X86Base.CpuId(1, 0);
        bool osAvx = (ecx1 & (1 << 27)) != 0 && (ecx1 & (1 << 28)) != 0; // OSXSAVE and AVX
        bool fma = osAvx && (ecx1 & (1 << 12)) != 0;
        bool popcnt = (ecx1 & (1 << 23)) != 0;
        int ebx7 = maxLeaf >= 7 ? X86Base.CpuId(7, 0).Ebx : 0;
        bool bmi1 = (ebx7 & (1 << 3)) != 0;
        bool avx2 = osAvx && (ebx7 & (1 << 5)) != 0;
        bool bmi2 = (ebx7 & (1 << 8)) != 0;
        bool avx512 = osAvx && (ebx7 & (1 << 16)) != 0;
        var (maxExt, _, _, _) = X86Base.CpuId(unchecked((int)0x80000000), 0);
        bool lzcnt = (uint)maxExt >= 0x80000001 && (X86Base.CpuId(unchecked((int)0x80000001), 0).Ecx & (1 << 5)) != 0;
        return (avx2, fma, bmi1, bmi2, lzcnt, popcnt, avx512);
    }
}
