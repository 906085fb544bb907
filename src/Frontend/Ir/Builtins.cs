// Built-in operations: the LLVM intrinsics PyIR implements (llvm.sqrt.*, llvm.ctpop.*, ...) and the
// C library routines it treats as the same operations (sqrtf, expf, fmod, memcpy...). A call to a
// *declared* function with one of these names performs the built-in; every engine implements them.
namespace PyIR.Frontend.Ir;

public enum Builtin
{
    None,
    // Floating point: unary
    Sqrt, Fabs, Floor, Ceil, Trunc, Round, RoundEven, Rint, NearbyInt, Canonicalize,
    Exp, Exp2, Exp10, Expm1, Log, Log2, Log10, Log1p, Sin, Cos, Tan, Sinh, Cosh, Tanh, Asin, Acos, Atan, Cbrt,
    // Floating point: binary and ternary
    CopySign, MinNum, MaxNum, Minimum, Maximum, Pow, Atan2, Hypot, FMod, PowI, Fma, FMulAdd,
    // Integer
    Abs, SMin, SMax, UMin, UMax, CtPop, Ctlz, Cttz, BSwap, BitReverse, FShl, FShr,
    SAddWithOverflow, UAddWithOverflow, SSubWithOverflow, USubWithOverflow, SMulWithOverflow, UMulWithOverflow,
    SAddSat, UAddSat, SSubSat, USubSat, SShlSat, UShlSat,
    /// <summary>C <c>abs</c>/<c>labs</c>/<c>llabs</c>: like llvm.abs with INT_MIN wrapping.</summary>
    LibcAbs,
    // Vector reductions
    ReduceAdd, ReduceMul, ReduceAnd, ReduceOr, ReduceXor, ReduceSMax, ReduceSMin, ReduceUMax, ReduceUMin,
    ReduceFAdd, ReduceFMul, ReduceFMax, ReduceFMin,
    // Memory
    MemCpy, MemMove, MemSet,
    /// <summary>C <c>memcpy</c>/<c>memmove</c>/<c>memset</c>: as the intrinsics, but they return the destination.</summary>
    LibcMemCpy, LibcMemMove, LibcMemSet,
    /// <summary>C string and memory comparisons: <c>strlen</c>, <c>memcmp</c> (and <c>bcmp</c>), <c>strcmp</c>.</summary>
    StrLen, MemCmp, StrCmp,
    /// <summary>
    /// <c>llvm.masked.load</c>/<c>store</c> (one address, lane i at i × lane size) and <c>llvm.masked.gather</c>/<c>scatter</c>
    /// (a vector of addresses): only lanes whose mask bit is set touch memory; masked-off lanes of a load take the pass-through value.
    /// </summary>
    MaskedLoad, MaskedStore, MaskedGather, MaskedScatter,
    /// <summary><c>llvm.stacksave</c>/<c>llvm.stackrestore</c>: frees the stack memory of allocas run since the save (C variable-length arrays).</summary>
    StackSave, StackRestore,
    /// <summary><c>llvm.load.relative</c>(p, off): p + the i32 at p + off, sign-extended (clang's relative lookup tables).</summary>
    LoadRelative,
    // Hints and no-ops
    Expect, LifetimeStart, LifetimeEnd, Assume, Dbg, NoAliasScopeDecl, Prefetch,
    // Traps
    Trap,
}

public static class Builtins
{
    private static readonly Dictionary<string, Builtin> Intrinsics = new()
    {
        ["sqrt"] = Builtin.Sqrt, ["fabs"] = Builtin.Fabs, ["floor"] = Builtin.Floor, ["ceil"] = Builtin.Ceil,
        ["trunc"] = Builtin.Trunc, ["round"] = Builtin.Round, ["roundeven"] = Builtin.RoundEven,
        ["rint"] = Builtin.Rint, ["nearbyint"] = Builtin.NearbyInt, ["canonicalize"] = Builtin.Canonicalize,
        ["exp"] = Builtin.Exp, ["exp2"] = Builtin.Exp2, ["exp10"] = Builtin.Exp10, ["log"] = Builtin.Log,
        ["log2"] = Builtin.Log2, ["log10"] = Builtin.Log10, ["sin"] = Builtin.Sin, ["cos"] = Builtin.Cos,
        ["copysign"] = Builtin.CopySign, ["minnum"] = Builtin.MinNum, ["maxnum"] = Builtin.MaxNum,
        ["minimum"] = Builtin.Minimum, ["maximum"] = Builtin.Maximum, ["pow"] = Builtin.Pow,
        ["powi"] = Builtin.PowI, ["fma"] = Builtin.Fma, ["fmuladd"] = Builtin.FMulAdd,
        ["abs"] = Builtin.Abs, ["smin"] = Builtin.SMin, ["smax"] = Builtin.SMax, ["umin"] = Builtin.UMin,
        ["umax"] = Builtin.UMax, ["ctpop"] = Builtin.CtPop, ["ctlz"] = Builtin.Ctlz, ["cttz"] = Builtin.Cttz,
        ["bswap"] = Builtin.BSwap, ["bitreverse"] = Builtin.BitReverse, ["fshl"] = Builtin.FShl, ["fshr"] = Builtin.FShr,
        ["sadd.with.overflow"] = Builtin.SAddWithOverflow, ["uadd.with.overflow"] = Builtin.UAddWithOverflow,
        ["ssub.with.overflow"] = Builtin.SSubWithOverflow, ["usub.with.overflow"] = Builtin.USubWithOverflow,
        ["smul.with.overflow"] = Builtin.SMulWithOverflow, ["umul.with.overflow"] = Builtin.UMulWithOverflow,
        ["sadd.sat"] = Builtin.SAddSat, ["uadd.sat"] = Builtin.UAddSat, ["ssub.sat"] = Builtin.SSubSat,
        ["usub.sat"] = Builtin.USubSat, ["sshl.sat"] = Builtin.SShlSat, ["ushl.sat"] = Builtin.UShlSat,
        ["vector.reduce.add"] = Builtin.ReduceAdd, ["vector.reduce.mul"] = Builtin.ReduceMul,
        ["vector.reduce.and"] = Builtin.ReduceAnd, ["vector.reduce.or"] = Builtin.ReduceOr,
        ["vector.reduce.xor"] = Builtin.ReduceXor, ["vector.reduce.smax"] = Builtin.ReduceSMax,
        ["vector.reduce.smin"] = Builtin.ReduceSMin, ["vector.reduce.umax"] = Builtin.ReduceUMax,
        ["vector.reduce.umin"] = Builtin.ReduceUMin, ["vector.reduce.fadd"] = Builtin.ReduceFAdd,
        ["vector.reduce.fmul"] = Builtin.ReduceFMul, ["vector.reduce.fmax"] = Builtin.ReduceFMax,
        ["vector.reduce.fmin"] = Builtin.ReduceFMin,
        ["memcpy"] = Builtin.MemCpy, ["memcpy.inline"] = Builtin.MemCpy, ["memmove"] = Builtin.MemMove,
        ["memset"] = Builtin.MemSet, ["memset.inline"] = Builtin.MemSet,
        ["masked.load"] = Builtin.MaskedLoad, ["masked.store"] = Builtin.MaskedStore,
        ["masked.gather"] = Builtin.MaskedGather, ["masked.scatter"] = Builtin.MaskedScatter,
        ["stacksave"] = Builtin.StackSave, ["stackrestore"] = Builtin.StackRestore, ["load.relative"] = Builtin.LoadRelative,
        ["expect"] = Builtin.Expect, ["lifetime.start"] = Builtin.LifetimeStart, ["lifetime.end"] = Builtin.LifetimeEnd,
        ["assume"] = Builtin.Assume, ["dbg"] = Builtin.Dbg,
        ["experimental.noalias.scope.decl"] = Builtin.NoAliasScopeDecl, ["prefetch"] = Builtin.Prefetch,
        ["trap"] = Builtin.Trap, ["debugtrap"] = Builtin.Trap, ["ubsantrap"] = Builtin.Trap,
    };

    /// <summary>C library names: the built-in and, for math routines, the floating type they take.</summary>
    private static readonly Dictionary<string, (Builtin Op, TypeKind Fp)> Libc = CreateLibc();

    private static Dictionary<string, (Builtin, TypeKind)> CreateLibc()
    {
        var map = new Dictionary<string, (Builtin, TypeKind)>();
        void Math(string name, Builtin b)
        {
            map[name] = (b, TypeKind.Double);
            map[name + "f"] = (b, TypeKind.Float);
        }
        Math("sqrt", Builtin.Sqrt); Math("fabs", Builtin.Fabs); Math("floor", Builtin.Floor); Math("ceil", Builtin.Ceil);
        Math("trunc", Builtin.Trunc); Math("round", Builtin.Round); Math("roundeven", Builtin.RoundEven);
        Math("rint", Builtin.Rint); Math("nearbyint", Builtin.NearbyInt);
        Math("exp", Builtin.Exp); Math("exp2", Builtin.Exp2); Math("exp10", Builtin.Exp10); Math("expm1", Builtin.Expm1);
        Math("log", Builtin.Log); Math("log2", Builtin.Log2); Math("log10", Builtin.Log10); Math("log1p", Builtin.Log1p);
        Math("sin", Builtin.Sin); Math("cos", Builtin.Cos); Math("tan", Builtin.Tan);
        Math("sinh", Builtin.Sinh); Math("cosh", Builtin.Cosh); Math("tanh", Builtin.Tanh);
        Math("asin", Builtin.Asin); Math("acos", Builtin.Acos); Math("atan", Builtin.Atan); Math("cbrt", Builtin.Cbrt);
        Math("copysign", Builtin.CopySign); Math("fmin", Builtin.MinNum); Math("fmax", Builtin.MaxNum);
        Math("pow", Builtin.Pow); Math("atan2", Builtin.Atan2); Math("hypot", Builtin.Hypot); Math("fmod", Builtin.FMod);
        Math("fma", Builtin.Fma);
        map["abs"] = (Builtin.LibcAbs, TypeKind.Integer);
        map["labs"] = (Builtin.LibcAbs, TypeKind.Integer);
        map["llabs"] = (Builtin.LibcAbs, TypeKind.Integer);
        map["memcpy"] = (Builtin.LibcMemCpy, TypeKind.Pointer);
        map["memmove"] = (Builtin.LibcMemMove, TypeKind.Pointer);
        map["memset"] = (Builtin.LibcMemSet, TypeKind.Pointer);
        map["abort"] = (Builtin.Trap, TypeKind.Void);
        map["strlen"] = (Builtin.StrLen, TypeKind.Integer);
        map["memcmp"] = (Builtin.MemCmp, TypeKind.Integer);
        map["bcmp"] = (Builtin.MemCmp, TypeKind.Integer);
        map["strcmp"] = (Builtin.StrCmp, TypeKind.Integer);
        return map;
    }

    /// <summary>The built-in a function name stands for, or None.</summary>
    public static Builtin Resolve(string name)
    {
        if (name.StartsWith("llvm.", StringComparison.Ordinal))
        {
            // Intrinsic names carry type suffixes (llvm.sqrt.v4f32, llvm.sadd.with.overflow.i32):
            // try the longest dotted prefix first.
            var rest = name.AsSpan(5);
            while (true)
            {
                if (Intrinsics.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(rest, out var b)) return b;
                int dot = rest.LastIndexOf('.');
                if (dot < 0) return Builtin.None;
                rest = rest[..dot];
            }
        }
        return Libc.TryGetValue(name, out var libc) ? libc.Op : Builtin.None;
    }

    public static bool IsIntrinsicName(string name) => name.StartsWith("llvm.", StringComparison.Ordinal);

    /// <summary>Built-ins that are removed when parsed: they carry only hints (debug info, lifetimes, assumptions).</summary>
    public static bool IsDroppedHint(Builtin b) =>
        b is Builtin.Dbg or Builtin.LifetimeStart or Builtin.LifetimeEnd or Builtin.Assume or Builtin.NoAliasScopeDecl;

    /// <summary>No side effects and no memory access: a call may be removed, hoisted or folded.</summary>
    public static bool IsPure(Builtin b) =>
        b != Builtin.None && b is not (Builtin.MemCpy or Builtin.MemMove or Builtin.MemSet or Builtin.LibcMemCpy
            or Builtin.LibcMemMove or Builtin.LibcMemSet or Builtin.Trap or Builtin.Assume or Builtin.Prefetch
            or Builtin.StrLen or Builtin.MemCmp or Builtin.StrCmp or Builtin.MaskedLoad or Builtin.MaskedStore
            or Builtin.MaskedGather or Builtin.MaskedScatter or Builtin.StackSave or Builtin.StackRestore or Builtin.LoadRelative);

    /// <summary>
    /// Checks that a built-in is declared (or called) with a type it supports.
    /// Returns null when it is fine, else a message such as "llvm.sqrt needs floating-point operands".
    /// </summary>
    public static string? CheckSignature(string name, Builtin b, FunctionType t)
    {
        var p = t.Parameters;
        var r = t.ReturnType;
        string? Expect(bool ok, string what) => ok ? null : $"'{name}' must have type {what}, not '{t}'";
        bool SameAll(int n) => p.Count == n && p.All(x => ReferenceEquals(x, r));
        bool IsFp(IrType x) => x.IsFpOrFpVector && x.ScalarType.Kind is TypeKind.Float or TypeKind.Double or TypeKind.Half;
        bool IsInt(IrType x) => x.IsIntOrIntVector;

        if (t.IsVarArg) return $"'{name}' cannot be variadic";
        if (!IsIntrinsicName(name) && Libc.TryGetValue(name, out var libc) && libc.Fp is TypeKind.Float or TypeKind.Double)
        {
            var fp = libc.Fp == TypeKind.Float ? (IrType)IrType.Float : IrType.Double;
            int arity = Arity(b);
            bool ok = ReferenceEquals(r, fp) && p.Count == arity && p.All(x => ReferenceEquals(x, fp));
            return Expect(ok, $"{fp} ({string.Join(", ", Enumerable.Repeat(fp.ToString(), arity))})");
        }

        switch (b)
        {
            case Builtin.LibcAbs:
                return Expect(r.IsInteger && SameAll(1), "iN (iN)");
            case Builtin.LibcMemCpy or Builtin.LibcMemMove:
                return Expect(r.IsPointer && p.Count == 3 && p[0].IsPointer && p[1].IsPointer && p[2].IsInteger, "ptr (ptr, ptr, iN)");
            case Builtin.LibcMemSet:
                return Expect(r.IsPointer && p.Count == 3 && p[0].IsPointer && p[1].IsInteger && p[2].IsInteger, "ptr (ptr, i32, iN)");
            case Builtin.StrLen:
                return Expect(r.IsInteger && p.Count == 1 && p[0].IsPointer, "iN (ptr)");
            case Builtin.MemCmp:
                return Expect(ReferenceEquals(r, IrType.I32) && p.Count == 3 && p[0].IsPointer && p[1].IsPointer && p[2].IsInteger, "i32 (ptr, ptr, iN)");
            case Builtin.StrCmp:
                return Expect(ReferenceEquals(r, IrType.I32) && p.Count == 2 && p[0].IsPointer && p[1].IsPointer, "i32 (ptr, ptr)");
            case Builtin.PowI:
                return Expect(IsFp(r) && p.Count == 2 && ReferenceEquals(p[0], r) && p[1].IsInteger, "T (T, i32) for floating-point T");
            case Builtin.Fma or Builtin.FMulAdd:
                return Expect(IsFp(r) && SameAll(3), "T (T, T, T) for floating-point T");
            case Builtin.Abs or Builtin.Ctlz or Builtin.Cttz:
                return Expect(IsInt(r) && p.Count == 2 && ReferenceEquals(p[0], r) && ReferenceEquals(p[1], IrType.I1), "T (T, i1) for integer T");
            case Builtin.CtPop or Builtin.BSwap or Builtin.BitReverse:
                if (b == Builtin.BSwap && r.ScalarBits % 16 != 0) return $"'{name}' needs a width that is a multiple of 16, not '{r}'";
                return Expect(IsInt(r) && SameAll(1), "T (T) for integer T");
            case Builtin.SMin or Builtin.SMax or Builtin.UMin or Builtin.UMax or Builtin.SAddSat or Builtin.UAddSat
                or Builtin.SSubSat or Builtin.USubSat or Builtin.SShlSat or Builtin.UShlSat:
                return Expect(IsInt(r) && SameAll(2), "T (T, T) for integer T");
            case Builtin.FShl or Builtin.FShr:
                return Expect(IsInt(r) && SameAll(3), "T (T, T, T) for integer T");
            case Builtin.SAddWithOverflow or Builtin.UAddWithOverflow or Builtin.SSubWithOverflow
                or Builtin.USubWithOverflow or Builtin.SMulWithOverflow or Builtin.UMulWithOverflow:
            {
                bool ok = r is StructType { Fields.Count: 2 } s && IsInt(s.Fields[0]) &&
                          ReferenceEquals(s.Fields[1], TypeRules.CompareResult(s.Fields[0])) &&
                          p.Count == 2 && ReferenceEquals(p[0], s.Fields[0]) && ReferenceEquals(p[1], s.Fields[0]);
                return Expect(ok, "{ T, i1 } (T, T) for integer T");
            }
            case Builtin.ReduceAdd or Builtin.ReduceMul or Builtin.ReduceAnd or Builtin.ReduceOr or Builtin.ReduceXor
                or Builtin.ReduceSMax or Builtin.ReduceSMin or Builtin.ReduceUMax or Builtin.ReduceUMin:
                return Expect(p.Count == 1 && p[0] is VectorType { Element: IntegerType } v && ReferenceEquals(v.Element, r), "T (<N x T>) for integer T");
            case Builtin.ReduceFMax or Builtin.ReduceFMin:
                return Expect(p.Count == 1 && p[0] is VectorType v2 && IsFp(r) && ReferenceEquals(v2.Element, r), "T (<N x T>) for floating-point T");
            case Builtin.ReduceFAdd or Builtin.ReduceFMul:
                return Expect(p.Count == 2 && IsFp(r) && ReferenceEquals(p[0], r) && p[1] is VectorType v3 && ReferenceEquals(v3.Element, r), "T (T, <N x T>) for floating-point T");
            case Builtin.MemCpy or Builtin.MemMove:
                return Expect(r.IsVoid && p.Count == 4 && p[0].IsPointer && p[1].IsPointer && p[2].IsInteger && ReferenceEquals(p[3], IrType.I1), "void (ptr, ptr, iN, i1)");
            case Builtin.MemSet:
                return Expect(r.IsVoid && p.Count == 4 && p[0].IsPointer && ReferenceEquals(p[1], IrType.I8) && p[2].IsInteger && ReferenceEquals(p[3], IrType.I1), "void (ptr, i8, iN, i1)");
            case Builtin.Expect:
                return Expect(IsInt(r) && SameAll(2), "T (T, T) for integer T");
            case Builtin.Prefetch:
                return Expect(r.IsVoid && p.Count == 4 && p[0].IsPointer, "void (ptr, i32, i32, i32)");
            case Builtin.Trap:
                return Expect(r.IsVoid && p.Count == 0, "void ()");
            case Builtin.StackSave:
                return Expect(r.IsPointer && p.Count == 0, "ptr ()");
            case Builtin.StackRestore:
                return Expect(r.IsVoid && p.Count == 1 && p[0].IsPointer, "void (ptr)");
            case Builtin.LoadRelative:
                return Expect(r.IsPointer && p.Count == 2 && p[0].IsPointer && p[1].IsInteger, "ptr (ptr, iN)");
            case Builtin.MaskedLoad or Builtin.MaskedGather:
            {
                bool ok = r is VectorType rv && p.Count == 4 && (b == Builtin.MaskedLoad ? p[0].IsPointer : IsPointerVector(p[0], rv.Count))
                          && ReferenceEquals(p[1], IrType.I32) && IsMaskOf(p[2], rv.Count) && ReferenceEquals(p[3], r);
                return Expect(ok, b == Builtin.MaskedLoad ? "<N x T> (ptr, i32, <N x i1>, <N x T>)" : "<N x T> (<N x ptr>, i32, <N x i1>, <N x T>)");
            }
            case Builtin.MaskedStore or Builtin.MaskedScatter:
            {
                bool ok = r.IsVoid && p.Count == 4 && p[0] is VectorType sv
                          && (b == Builtin.MaskedStore ? p[1].IsPointer : IsPointerVector(p[1], sv.Count))
                          && ReferenceEquals(p[2], IrType.I32) && IsMaskOf(p[3], sv.Count);
                return Expect(ok, b == Builtin.MaskedStore ? "void (<N x T>, ptr, i32, <N x i1>)" : "void (<N x T>, <N x ptr>, i32, <N x i1>)");
            }
            case Builtin.LifetimeStart or Builtin.LifetimeEnd or Builtin.Assume or Builtin.Dbg or Builtin.NoAliasScopeDecl:
                return null;
            case Builtin.None:
                return null;
            default:
                int n = Arity(b);
                return Expect(IsFp(r) && SameAll(n), $"T ({string.Join(", ", Enumerable.Repeat("T", n))}) for floating-point T");
        }
    }

    private static bool IsMaskOf(IrType t, int lanes) => t is VectorType { Element: IntegerType { Bits: 1 } } m && m.Count == lanes;

    private static bool IsPointerVector(IrType t, int lanes) => t is VectorType { Element: PointerType } v && v.Count == lanes;

    /// <summary>The operand of a masked memory built-in that must be a constant alignment (a power of two), or -1.</summary>
    public static int AlignmentOperand(Builtin b) => b switch
    {
        Builtin.MaskedLoad or Builtin.MaskedGather => 1,
        Builtin.MaskedStore or Builtin.MaskedScatter => 2,
        _ => -1,
    };

    /// <summary>Operand count of a floating-point built-in.</summary>
    public static int Arity(Builtin b) => b switch
    {
        Builtin.CopySign or Builtin.MinNum or Builtin.MaxNum or Builtin.Minimum or Builtin.Maximum or Builtin.Pow
            or Builtin.Atan2 or Builtin.Hypot or Builtin.FMod or Builtin.PowI => 2,
        Builtin.Fma or Builtin.FMulAdd => 3,
        _ => 1,
    };
}
