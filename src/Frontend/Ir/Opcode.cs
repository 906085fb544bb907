// Instruction opcodes, named as in LLVM's LangRef, and the predicate and flag enums that go with them.
namespace PyIR.Frontend.Ir;

public enum Opcode
{
    // Terminators
    Ret, Br, Switch, Unreachable,
    // Integer binary operators
    Add, Sub, Mul, UDiv, SDiv, URem, SRem, Shl, LShr, AShr, And, Or, Xor,
    // Floating-point operators
    FAdd, FSub, FMul, FDiv, FRem, FNeg,
    // Comparisons and value selection
    ICmp, FCmp, Select, Phi, Freeze,
    // Conversions
    Trunc, ZExt, SExt, FPTrunc, FPExt, FPToUI, FPToSI, UIToFP, SIToFP, PtrToInt, IntToPtr, BitCast,
    // Memory
    Alloca, Load, Store, GetElementPtr,
    // Aggregates and vectors
    ExtractValue, InsertValue, ExtractElement, InsertElement, ShuffleVector,
    // Calls
    Call,
}

public static class OpcodeInfo
{
    // The spellings once, in opcode order: Name() is asked for every instruction the printer writes
    // and the verifier checks, and Enum.ToString + ToLowerInvariant allocated two strings each time.
    private static readonly string[] Names = Enum.GetValues<Opcode>().Select(o => o.ToString().ToLowerInvariant()).ToArray();

    private static readonly Dictionary<string, Opcode> ByName =
        Enum.GetValues<Opcode>().ToDictionary(o => o.ToString().ToLowerInvariant());

    /// <summary>The LLVM spelling: <c>getelementptr</c>, <c>fptosi</c>, <c>icmp</c>.</summary>
    public static string Name(this Opcode op) => (uint)op < (uint)Names.Length ? Names[(int)op] : op.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out Opcode op) => ByName.TryGetValue(name, out op);

    public static bool IsTerminator(this Opcode op) => op is Opcode.Ret or Opcode.Br or Opcode.Switch or Opcode.Unreachable;

    public static bool IsIntBinary(this Opcode op) => op >= Opcode.Add && op <= Opcode.Xor;

    public static bool IsFloatBinary(this Opcode op) => op >= Opcode.FAdd && op <= Opcode.FRem;

    public static bool IsBinary(this Opcode op) => op.IsIntBinary() || op.IsFloatBinary();

    public static bool IsCast(this Opcode op) => op >= Opcode.Trunc && op <= Opcode.BitCast;

    public static bool IsShift(this Opcode op) => op is Opcode.Shl or Opcode.LShr or Opcode.AShr;

    public static bool IsDivRem(this Opcode op) => op is Opcode.UDiv or Opcode.SDiv or Opcode.URem or Opcode.SRem;

    /// <summary>Commutative binary operators (operands may be swapped freely).</summary>
    public static bool IsCommutative(this Opcode op) =>
        op is Opcode.Add or Opcode.Mul or Opcode.And or Opcode.Or or Opcode.Xor or Opcode.FAdd or Opcode.FMul;
}

/// <summary>Integer comparison predicates of <c>icmp</c>.</summary>
public enum IntPredicate { Eq, Ne, Ugt, Uge, Ult, Ule, Sgt, Sge, Slt, Sle }

/// <summary>
/// Floating-point predicates of <c>fcmp</c>, numbered as LLVM numbers them: bit 0 is "equal", bit 1
/// "greater", bit 2 "less", bit 3 "unordered", so a predicate is true exactly when the bit of the
/// actual relation is set.
/// </summary>
public enum FloatPredicate { False, Oeq, Ogt, Oge, Olt, Ole, One, Ord, Uno, Ueq, Ugt, Uge, Ult, Ule, Une, True }

public static class PredicateInfo
{
    public static string Name(this IntPredicate p) => p.ToString().ToLowerInvariant();

    public static string Name(this FloatPredicate p) => p.ToString().ToLowerInvariant();

    public static bool IsSigned(this IntPredicate p) => p is IntPredicate.Sgt or IntPredicate.Sge or IntPredicate.Slt or IntPredicate.Sle;

    /// <summary>The predicate that holds when the operands are swapped (<c>slt</c> becomes <c>sgt</c>).</summary>
    public static IntPredicate Swapped(this IntPredicate p) => p switch
    {
        IntPredicate.Ugt => IntPredicate.Ult, IntPredicate.Ult => IntPredicate.Ugt,
        IntPredicate.Uge => IntPredicate.Ule, IntPredicate.Ule => IntPredicate.Uge,
        IntPredicate.Sgt => IntPredicate.Slt, IntPredicate.Slt => IntPredicate.Sgt,
        IntPredicate.Sge => IntPredicate.Sle, IntPredicate.Sle => IntPredicate.Sge,
        _ => p,
    };

    /// <summary>The predicate that holds exactly when this one does not (<c>slt</c> becomes <c>sge</c>).</summary>
    public static IntPredicate Inverse(this IntPredicate p) => p switch
    {
        IntPredicate.Eq => IntPredicate.Ne, IntPredicate.Ne => IntPredicate.Eq,
        IntPredicate.Ugt => IntPredicate.Ule, IntPredicate.Ule => IntPredicate.Ugt,
        IntPredicate.Uge => IntPredicate.Ult, IntPredicate.Ult => IntPredicate.Uge,
        IntPredicate.Sgt => IntPredicate.Sle, IntPredicate.Sle => IntPredicate.Sgt,
        IntPredicate.Sge => IntPredicate.Slt, IntPredicate.Slt => IntPredicate.Sge,
        _ => p,
    };

    public static FloatPredicate Swapped(this FloatPredicate p)
    {
        // Swapping operands exchanges the "greater" and "less" bits.
        int bits = (int)p;
        int g = (bits >> 1) & 1, l = (bits >> 2) & 1;
        return (FloatPredicate)((bits & 0b1001) | (l << 1) | (g << 2));
    }

    public static FloatPredicate Inverse(this FloatPredicate p) => (FloatPredicate)(~(int)p & 0xF);

    private static readonly Dictionary<string, IntPredicate> IntByName =
        Enum.GetValues<IntPredicate>().ToDictionary(p => p.Name());

    private static readonly Dictionary<string, FloatPredicate> FloatByName =
        Enum.GetValues<FloatPredicate>().ToDictionary(p => p.Name());

    public static bool TryParse(string name, out IntPredicate p) => IntByName.TryGetValue(name, out p);

    public static bool TryParse(string name, out FloatPredicate p) => FloatByName.TryGetValue(name, out p);
}

/// <summary>Flags of integer arithmetic: <c>nuw</c>, <c>nsw</c>, <c>exact</c>.</summary>
[Flags]
public enum IntFlags : byte { None = 0, NoUnsignedWrap = 1, NoSignedWrap = 2, Exact = 4 }

/// <summary>Fast-math flags; <c>fast</c> is all of them.</summary>
[Flags]
public enum FastMathFlags : byte
{
    None = 0,
    Reassoc = 1, NoNaNs = 2, NoInfs = 4, NoSignedZeros = 8, AllowReciprocal = 16, AllowContract = 32, ApproxFunc = 64,
    Fast = Reassoc | NoNaNs | NoInfs | NoSignedZeros | AllowReciprocal | AllowContract | ApproxFunc,
}

public static class FlagInfo
{
    public static string Spell(this IntFlags f)
    {
        var parts = new List<string>();
        if (f.HasFlag(IntFlags.NoUnsignedWrap)) parts.Add("nuw");
        if (f.HasFlag(IntFlags.NoSignedWrap)) parts.Add("nsw");
        if (f.HasFlag(IntFlags.Exact)) parts.Add("exact");
        return string.Join(' ', parts);
    }

    public static string Spell(this FastMathFlags f)
    {
        if (f == FastMathFlags.Fast) return "fast";
        var parts = new List<string>();
        if (f.HasFlag(FastMathFlags.Reassoc)) parts.Add("reassoc");
        if (f.HasFlag(FastMathFlags.NoNaNs)) parts.Add("nnan");
        if (f.HasFlag(FastMathFlags.NoInfs)) parts.Add("ninf");
        if (f.HasFlag(FastMathFlags.NoSignedZeros)) parts.Add("nsz");
        if (f.HasFlag(FastMathFlags.AllowReciprocal)) parts.Add("arcp");
        if (f.HasFlag(FastMathFlags.AllowContract)) parts.Add("contract");
        if (f.HasFlag(FastMathFlags.ApproxFunc)) parts.Add("afn");
        return string.Join(' ', parts);
    }

    public static bool TryParseFastMath(string word, out FastMathFlags flag)
    {
        flag = word switch
        {
            "fast" => FastMathFlags.Fast,
            "reassoc" => FastMathFlags.Reassoc,
            "nnan" => FastMathFlags.NoNaNs,
            "ninf" => FastMathFlags.NoInfs,
            "nsz" => FastMathFlags.NoSignedZeros,
            "arcp" => FastMathFlags.AllowReciprocal,
            "contract" => FastMathFlags.AllowContract,
            "afn" => FastMathFlags.ApproxFunc,
            _ => FastMathFlags.None,
        };
        return flag != FastMathFlags.None;
    }
}
