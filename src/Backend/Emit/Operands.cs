// Iced memory operands with the displacement size chosen from the value (Iced wants 0, 1 for
// values fitting a signed byte, or 8 for 32-bit displacements in 64-bit code).
using Iced.Intel;

namespace PyIR.Backend.Emit;

public static class Operands
{
    public static int DisplacementSize(long disp) => disp == 0 ? 0 : disp is >= sbyte.MinValue and <= sbyte.MaxValue ? 1 : 8;

    /// <summary>[base + disp].</summary>
    public static MemoryOperand At(Register baseReg, long disp) => new(baseReg, disp, DisplacementSize(disp));

    /// <summary>[base + index*scale + disp].</summary>
    public static MemoryOperand At(Register baseReg, Register index, int scale, long disp) =>
        new(baseReg, index, scale, disp, DisplacementSize(disp));
}
