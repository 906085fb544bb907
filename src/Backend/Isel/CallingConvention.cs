// Where arguments and results of a call live, System V AMD64 style: integer and pointer parts in
// rdi rsi rdx rcx r8 r9, floating-point and vector parts in xmm0-7 (ymm for 256-bit vectors), the
// rest on the stack in 8-byte (or, for vectors, 16/32-byte aligned) slots. Results: up to two
// integer parts in rax/rdx and four vector parts in xmm0-3; anything larger is returned through a
// hidden pointer passed as the first integer argument. Struct-typed IR values are passed field by
// field, as LLVM does for first-class aggregates (clang lowers C structs before they reach IR).
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

/// <summary>Where one part lives: a register, or a stack offset from the first stack argument.</summary>
public readonly record struct PartLocation(int Register, int StackOffset)
{
    public bool InRegister => Register >= 0;
}

public sealed class CallLayout
{
    /// <summary>Per parameter, per part.</summary>
    public required PartLocation[][] Arguments { get; init; }
    public required Part[][] ArgumentParts { get; init; }

    /// <summary>Result parts in registers (empty for void or when returned through memory).</summary>
    public required int[] ResultRegisters { get; init; }
    public required Part[] ResultParts { get; init; }

    /// <summary>The result is written to memory at a hidden pointer passed in rdi.</summary>
    public bool ReturnsInMemory { get; init; }

    /// <summary>Bytes of stack arguments (a multiple of 16).</summary>
    public int StackBytes { get; init; }

    private static readonly Dictionary<FunctionType, CallLayout> Cache = [];

    public static CallLayout For(FunctionType type)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(type, out var cached)) return cached;
        }
        var layout = Compute(type);
        lock (Cache) Cache[type] = layout;
        return layout;
    }

    private static CallLayout Compute(FunctionType type)
    {
        var resultParts = type.ReturnType.IsVoid ? [] : TypeLowering.Parts(type.ReturnType);
        int gprResults = resultParts.Count(p => p.Class == RegClass.Gpr);
        int vecResults = resultParts.Length - gprResults;
        bool inMemory = gprResults > X86.IntReturns.Length || vecResults > X86.VecReturns.Length;
        var resultRegs = new List<int>();
        if (!inMemory)
        {
            int g = 0, v = 0;
            foreach (var p in resultParts) resultRegs.Add(p.Class == RegClass.Gpr ? X86.IntReturns[g++] : X86.VecReturns[v++]);
        }

        int nextInt = inMemory ? 1 : 0, nextVec = 0, stack = 0;
        var args = new PartLocation[type.Parameters.Count][];
        var argParts = new Part[type.Parameters.Count][];
        for (int i = 0; i < type.Parameters.Count; i++)
        {
            var parts = TypeLowering.Parts(type.Parameters[i]);
            argParts[i] = parts;
            args[i] = new PartLocation[parts.Length];
            for (int k = 0; k < parts.Length; k++)
            {
                var p = parts[k];
                if (p.Class == RegClass.Gpr && nextInt < X86.IntArgs.Length)
                    args[i][k] = new PartLocation(X86.IntArgs[nextInt++], -1);
                else if (p.Class == RegClass.Vec && nextVec < X86.VecArgs.Length)
                    args[i][k] = new PartLocation(X86.VecArgs[nextVec++], -1);
                else
                {
                    int size = p.Class == RegClass.Gpr ? 8 : p.Bits / 8;
                    if (p.Class == RegClass.Vec && p.Type.IsFloatingPoint) size = 8;
                    stack = (stack + size - 1) / size * size;
                    args[i][k] = new PartLocation(-1, stack);
                    stack += size;
                }
            }
        }
        return new CallLayout
        {
            Arguments = args,
            ArgumentParts = argParts,
            ResultRegisters = resultRegs.ToArray(),
            ResultParts = resultParts,
            ReturnsInMemory = inMemory,
            StackBytes = (stack + 15) / 16 * 16,
        };
    }
}
