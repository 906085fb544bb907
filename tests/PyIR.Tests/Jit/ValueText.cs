// Results of different engines compared as text: exact bits for floating point, except that every
// NaN is spelled the same (LLVM leaves NaN payloads and signs unspecified).
using PyIR.Frontend.Ir;

namespace PyIR.Tests.Jit;

internal static class ValueText
{
    public static string Canonical(Constant c) => c switch
    {
        ConstantFP f when double.IsNaN(f.Value) => $"{f.Type} nan",
        ConstantFP f => $"{f.Type} 0x{f.Bits:X16}",
        ConstantAggregate a => "{" + string.Join(", ", a.Operands.Select(o => Canonical((Constant)o))) + "}",
        _ => c.ToString(),
    };
}
