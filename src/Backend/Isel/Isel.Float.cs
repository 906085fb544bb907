// Scalar floating-point patterns (AVX forms, three operands, constants straight from the pool),
// fcmp as flags or masks, conversions between integers and floating point with PyIR's defined
// results for out-of-range inputs, and selects of floating-point values via blends.
//
// half (binary16) is held as its 16 bits in lane 0 of an xmm register, as the System V ABI passes
// _Float16. Arithmetic converts to float (F16C vcvtph2ps, exact), computes in float and rounds once
// back (vcvtps2ph): float has more than twice half's precision, so that is the correctly rounded
// result, as the interpreter defines it. Paths that do not handle half reject it (CheckFloatType).
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;
using Instruction = PyIR.Frontend.Ir.Instruction;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private static bool IsDouble(IrType t) => t.ScalarType.Kind == TypeKind.Double;

    private static bool IsHalf(IrType t) => t.ScalarType.Kind == TypeKind.Half;

    /// <summary>A half (16 bits in lane 0) widened to float, exactly.</summary>
    private int HalfToFloat(int h)
    {
        var f = NewVec();
        Emit(Code.VEX_Vcvtph2ps_xmm_xmmm64, MOperand.Def(f, 128), Use(h, 128));
        return f;
    }

    /// <summary>A float rounded to half (to nearest, ties to even).</summary>
    private int FloatToHalf(int f)
    {
        var h = NewVec();
        Emit(Code.VEX_Vcvtps2ph_xmmm64_xmm_imm8, MOperand.Def(h, 128), Use(f, 128), MOperand.I(0));
        return h;
    }

    /// <summary>
    /// A double rounded to half once. Rounding to float first could round twice; rounding to float
    /// "to odd" (truncate, then set the last bit if anything was lost) keeps the second rounding
    /// right, since float has more than two bits beyond half's precision.
    /// </summary>
    private int DoubleToHalf(int d)
    {
        var f = NewVec();
        Emit(Code.VEX_Vcvtsd2ss_xmm_xmm_xmmm64, MOperand.Def(f, 128), Use(d, 128), Use(d, 128));
        var back = NewVec();
        Emit(Code.VEX_Vcvtss2sd_xmm_xmm_xmmm32, MOperand.Def(back, 128), Use(f, 128), Use(f, 128));
        // Magnitudes as integers (the sign bit shifted out) say whether f rounded away from zero.
        var exact = NewGpr();
        Emit(Code.VEX_Vmovq_rm64_xmm, MOperand.Def(exact, 64), Use(d, 128));
        Emit(Code.Shl_rm64_imm8, MOperand.UseDef(exact, 64), MOperand.I(1));
        var rounded = NewGpr();
        Emit(Code.VEX_Vmovq_rm64_xmm, MOperand.Def(rounded, 64), Use(back, 128));
        Emit(Code.Shl_rm64_imm8, MOperand.UseDef(rounded, 64), MOperand.I(1));
        var bits = NewGpr();
        Emit(Code.VEX_Vmovd_rm32_xmm, MOperand.Def(bits, 32), Use(f, 128));
        var inexact = NewGpr();
        Emit(Code.Xor_r32_rm32, MOperand.Def(inexact, 32), Use(inexact, 32));
        Emit(Code.Cmp_r64_rm64, Use(exact, 64), Use(rounded, 64));
        Emit(SetCode(Cond.NE), MOperand.Def(inexact, 8));
        Emit(Code.Sbb_rm32_imm8, MOperand.UseDef(bits, 32), MOperand.I(0));   // rounded up in magnitude: step back
        Emit(Code.Or_r32_rm32, MOperand.UseDef(bits, 32), Use(inexact, 32));   // sticky bit
        var odd = NewVec();
        Emit(Code.VEX_Vmovd_xmm_rm32, MOperand.Def(odd, 128), Use(bits, 32));
        return FloatToHalf(odd);
    }

    private void CheckFloatType(IrType t)
    {
        if (t.ScalarType.Kind is TypeKind.Half or TypeKind.BFloat)
            throw new JitUnsupportedException($"the JIT does not compute with '{t.ScalarType}'");
    }

    /// <summary>An operand that may be a pool constant (memory) or a register.</summary>
    private MOperand FloatOperand(Value v)
    {
        if (v is ConstantFP c && !c.IsZeroValue)
        {
            var entry = _module.Pool.Add(BitConverter.GetBytes(c.Bits).AsSpan(0, IsDouble(c.Type) ? 8 : 4), IsDouble(c.Type) ? 8 : 4);
            return MOperand.ConstantRef(IsDouble(c.Type) ? 64 : 32, entry);
        }
        return Use(Reg(v), 128);
    }

    private void SelectFloatBinary(BinaryInst b)
    {
        if (IsHalf(b.Type) && !b.Type.IsVector)
        {
            SelectHalfBinary(b);
            return;
        }
        CheckFloatType(b.Type);
        bool dbl = IsDouble(b.Type);
        if (b.Opcode == Opcode.FRem)
        {
            SelectLibraryCall(b, Builtin.FMod, [b.Lhs, b.Rhs]);
            return;
        }
        var code = (b.Opcode, dbl) switch
        {
            (Opcode.FAdd, false) => Code.VEX_Vaddss_xmm_xmm_xmmm32, (Opcode.FAdd, true) => Code.VEX_Vaddsd_xmm_xmm_xmmm64,
            (Opcode.FSub, false) => Code.VEX_Vsubss_xmm_xmm_xmmm32, (Opcode.FSub, true) => Code.VEX_Vsubsd_xmm_xmm_xmmm64,
            (Opcode.FMul, false) => Code.VEX_Vmulss_xmm_xmm_xmmm32, (Opcode.FMul, true) => Code.VEX_Vmulsd_xmm_xmm_xmmm64,
            (Opcode.FDiv, false) => Code.VEX_Vdivss_xmm_xmm_xmmm32, _ => Code.VEX_Vdivsd_xmm_xmm_xmmm64,
        };
        var lhs = b.Lhs;
        var rhs = b.Rhs;
        if (b.Opcode.IsCommutative() && lhs is ConstantFP && rhs is not ConstantFP) (lhs, rhs) = (rhs, lhs);
        var d = DefineOne(b);
        if (rhs is LoadInst) EmitWithFoldedLoad(rhs, code, MOperand.Def(d, 128), Use(Reg(lhs), 128), 128, dbl ? 64 : 32);
        else Emit(code, MOperand.Def(d, 128), Use(Reg(lhs), 128), FloatOperand(rhs));
    }

    /// <summary>half arithmetic: in float, rounded once (see the header).</summary>
    private void SelectHalfBinary(BinaryInst b)
    {
        var code = b.Opcode switch
        {
            Opcode.FAdd => Code.VEX_Vaddss_xmm_xmm_xmmm32, Opcode.FSub => Code.VEX_Vsubss_xmm_xmm_xmmm32,
            Opcode.FMul => Code.VEX_Vmulss_xmm_xmm_xmmm32, Opcode.FDiv => Code.VEX_Vdivss_xmm_xmm_xmmm32,
            _ => throw new JitUnsupportedException($"the JIT does not compute '{b.Opcode.Name()}' on half"),
        };
        var x = HalfToFloat(Reg(b.Lhs));
        var y = HalfToFloat(Reg(b.Rhs));
        var t = NewVec();
        Emit(code, MOperand.Def(t, 128), Use(x, 128), Use(y, 128));
        Bind(b, FloatToHalf(t));
    }

    private void SelectFNeg(UnaryInst u)
    {
        if (IsHalf(u.Type) && !u.Type.IsVector)
        {
            var mask = _module.Pool.AddSplat(0x8000UL, 2, 16);
            Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(DefineOne(u), 128), Use(Reg(u.Operand), 128), MOperand.ConstantRef(128, mask));
            return;
        }
        CheckFloatType(u.Type);
        var parts = TypeLowering.Parts(u.Type);
        var src = Regs(u.Operand);
        var regs = Define(u);
        for (int k = 0; k < regs.Length; k++)
        {
            int bits = parts[k].Bits;
            bool dbl = IsDouble(u.Type);
            var mask = _module.Pool.AddSplat(dbl ? 0x8000000000000000UL : 0x80000000UL, dbl ? 8 : 4, bits / 8);
            Emit(bits == 256 ? Code.VEX_Vxorps_ymm_ymm_ymmm256 : Code.VEX_Vxorps_xmm_xmm_xmmm128,
                MOperand.Def(regs[k], bits), Use(src[k], bits), MOperand.ConstantRef(bits, mask));
        }
    }

    /// <summary>vucomis + the condition: the compare of a scalar fcmp as flags.</summary>
    private (Cond Cond, FlagExtra Extra) EmitFCmpFlags(FCmpInst fc)
    {
        bool half = IsHalf(fc.Lhs.Type);
        if (!half) CheckFloatType(fc.Lhs.Type);
        var (swap, cond, extra) = fc.Predicate switch
        {
            FloatPredicate.Oeq => (false, Cond.E, FlagExtra.AndNotParity),
            FloatPredicate.Ogt => (false, Cond.A, FlagExtra.None),
            FloatPredicate.Oge => (false, Cond.AE, FlagExtra.None),
            FloatPredicate.Olt => (true, Cond.A, FlagExtra.None),
            FloatPredicate.Ole => (true, Cond.AE, FlagExtra.None),
            FloatPredicate.One => (false, Cond.NE, FlagExtra.None),
            FloatPredicate.Ord => (false, Cond.NP, FlagExtra.None),
            FloatPredicate.Uno => (false, Cond.P, FlagExtra.None),
            FloatPredicate.Ueq => (false, Cond.E, FlagExtra.None),
            FloatPredicate.Ugt => (true, Cond.B, FlagExtra.None),
            FloatPredicate.Uge => (true, Cond.BE, FlagExtra.None),
            FloatPredicate.Ult => (false, Cond.B, FlagExtra.None),
            FloatPredicate.Ule => (false, Cond.BE, FlagExtra.None),
            FloatPredicate.Une => (false, Cond.NE, FlagExtra.OrParity),
            _ => throw new InvalidOperationException("constant fcmp predicates have no flags"),
        };
        var (a, b) = swap ? (fc.Rhs, fc.Lhs) : (fc.Lhs, fc.Rhs);
        // half compares as float (exactly).
        var ra = half ? HalfToFloat(Reg(a)) : Reg(a);
        var rb = half ? Use(HalfToFloat(Reg(b)), 128) : FloatOperand(b);
        Emit(IsDouble(fc.Lhs.Type) ? Code.VEX_Vucomisd_xmm_xmmm64 : Code.VEX_Vucomiss_xmm_xmmm32, Use(ra, 128), rb);
        return (cond, extra);
    }

    private void SelectFCmpValue(FCmpInst fc)
    {
        if (fc.Lhs.Type.IsVector) { SelectVectorFCmp(fc); return; }
        var d = DefineOne(fc);
        if (fc.Predicate is FloatPredicate.True or FloatPredicate.False)
        {
            LoadImmediate(d, fc.Predicate == FloatPredicate.True ? 1UL : 0UL);
            return;
        }
        var (cond, extra) = EmitFCmpFlags(fc);
        switch (extra)
        {
            case FlagExtra.None:
                Emit(SetCode(cond), MOperand.Def(d, 8));
                break;
            case FlagExtra.AndNotParity:
            {
                var t = NewGpr();
                Emit(SetCode(Cond.E), MOperand.Def(d, 8));
                Emit(SetCode(Cond.NP), MOperand.Def(t, 8));
                Emit(Code.And_r8_rm8, MOperand.UseDef(d, 8), Use(t, 8));
                break;
            }
            case FlagExtra.OrParity:
            {
                var t = NewGpr();
                Emit(SetCode(Cond.NE), MOperand.Def(d, 8));
                Emit(SetCode(Cond.P), MOperand.Def(t, 8));
                Emit(Code.Or_r8_rm8, MOperand.UseDef(d, 8), Use(t, 8));
                break;
            }
        }
    }

    /// <summary>The AVX compare predicate (vcmpps imm8) for an fcmp predicate, quiet forms.</summary>
    private static int AvxPredicate(FloatPredicate p) => p switch
    {
        FloatPredicate.False => 0x0B, FloatPredicate.Oeq => 0x00, FloatPredicate.Ogt => 0x1E, FloatPredicate.Oge => 0x1D,
        FloatPredicate.Olt => 0x11, FloatPredicate.Ole => 0x12, FloatPredicate.One => 0x0C, FloatPredicate.Ord => 0x07,
        FloatPredicate.Uno => 0x03, FloatPredicate.Ueq => 0x08, FloatPredicate.Ugt => 0x16, FloatPredicate.Uge => 0x15,
        FloatPredicate.Ult => 0x19, FloatPredicate.Ule => 0x1A, FloatPredicate.Une => 0x04, _ => 0x0F,
    };

    // ---------------------------------------------------------------- conversions

    private void SelectFloatCast(CastInst c)
    {
        var from = c.Operand.Type;
        var to = c.Type;
        switch (c.Opcode)
        {
            case Opcode.FPExt or Opcode.FPTrunc when IsHalf(from) || IsHalf(to):
            {
                var s = Reg(c.Operand);
                if (IsHalf(from))
                {
                    // half → float is exact; → double widens that float.
                    var f = HalfToFloat(s);
                    if (!IsDouble(to)) { Bind(c, f); break; }
                    var wide = DefineOne(c);
                    Emit(Code.VEX_Vcvtss2sd_xmm_xmm_xmmm32, MOperand.Def(wide, 128), Use(f, 128), Use(f, 128));
                    break;
                }
                CheckFloatType(from);
                Bind(c, IsDouble(from) ? DoubleToHalf(s) : FloatToHalf(s));
                break;
            }
            case Opcode.FPExt:
            case Opcode.FPTrunc:
            {
                CheckFloatType(from);
                CheckFloatType(to);
                var d = DefineOne(c);
                var s = Reg(c.Operand);
                Emit(c.Opcode == Opcode.FPExt ? Code.VEX_Vcvtss2sd_xmm_xmm_xmmm32 : Code.VEX_Vcvtsd2ss_xmm_xmm_xmmm64,
                    MOperand.Def(d, 128), Use(s, 128), Use(s, 128));
                break;
            }
            case Opcode.FPToSI:
            case Opcode.FPToUI:
            {
                if (!IsHalf(from)) CheckFloatType(from);
                int n = to.ScalarBits;
                // half converts through float, exactly.
                var s = IsHalf(from) ? HalfToFloat(Reg(c.Operand)) : Reg(c.Operand);
                bool dbl = IsDouble(from);
                var d = DefineOne(c);
                if (c.Opcode == Opcode.FPToUI && n == 64)
                {
                    // LLVM's x86-64 lowering: t1 = cvtt(x); t2 = cvtt(x - 2^63); r = t1 | (t2 & (t1 >> 63)).
                    var t1 = NewGpr();
                    Emit(dbl ? Code.VEX_Vcvttsd2si_r64_xmmm64 : Code.VEX_Vcvttss2si_r64_xmmm32, MOperand.Def(t1, 64), Use(s, 128));
                    var bias = _module.Pool.Add(dbl ? BitConverter.GetBytes(9223372036854775808.0) : BitConverter.GetBytes(9223372036854775808.0f), dbl ? 8 : 4);
                    var shifted = NewVec();
                    Emit(dbl ? Code.VEX_Vsubsd_xmm_xmm_xmmm64 : Code.VEX_Vsubss_xmm_xmm_xmmm32, MOperand.Def(shifted, 128), Use(s, 128), MOperand.ConstantRef(dbl ? 64 : 32, bias));
                    var t2 = NewGpr();
                    Emit(dbl ? Code.VEX_Vcvttsd2si_r64_xmmm64 : Code.VEX_Vcvttss2si_r64_xmmm32, MOperand.Def(t2, 64), Use(shifted, 128));
                    var mask = NewGpr();
                    Emit(Code.Mov_r64_rm64, MOperand.Def(mask, 64), Use(t1, 64));
                    Emit(Code.Sar_rm64_imm8, MOperand.UseDef(mask, 64), MOperand.I(63));
                    Emit(Code.And_r64_rm64, MOperand.UseDef(mask, 64), Use(t2, 64));
                    Emit(Code.Mov_r64_rm64, MOperand.Def(d, 64), Use(t1, 64));
                    Emit(Code.Or_r64_rm64, MOperand.UseDef(d, 64), Use(mask, 64));
                    break;
                }
                // Signed conversion to i32 for results up to 32 bits (31 for unsigned), else to i64;
                // out-of-range inputs give x86's "integer indefinite" value, then truncation.
                bool wide = c.Opcode == Opcode.FPToSI ? n > 32 : n >= 32;
                var code = (dbl, wide) switch
                {
                    (false, false) => Code.VEX_Vcvttss2si_r32_xmmm32, (false, true) => Code.VEX_Vcvttss2si_r64_xmmm32,
                    (true, false) => Code.VEX_Vcvttsd2si_r32_xmmm64, _ => Code.VEX_Vcvttsd2si_r64_xmmm64,
                };
                Emit(code, MOperand.Def(d, wide ? 64 : 32), Use(s, 128));
                break;
            }
            case Opcode.SIToFP:
            case Opcode.UIToFP:
            {
                // To half: convert to float, then round. Integers of magnitude 2^24 and more are
                // beyond half's range whatever float they become, so this rounds once in effect.
                bool toHalf = IsHalf(to);
                if (!toHalf) CheckFloatType(to);
                int n = from.ScalarBits;
                bool dbl = IsDouble(to);
                var d = toHalf ? NewVec() : DefineOne(c);
                var s = Reg(c.Operand);
                if (c.Opcode == Opcode.UIToFP && n == 64)
                {
                    SelectUnsigned64ToFloat(d, s, dbl);
                    if (toHalf) Bind(c, FloatToHalf(d));
                    break;
                }
                bool wide;
                int src;
                if (c.Opcode == Opcode.SIToFP)
                {
                    wide = n > 32;
                    src = SignExtend(s, n, wide ? 64 : 32);
                }
                else
                {
                    // Zero-extended values below 2^63 convert exactly as signed 64-bit integers.
                    wide = true;
                    src = ZeroExtend(s, n, n < 32 ? 32 : 64);
                }
                Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(d, 128), Use(d, 128), Use(d, 128));
                var code = (dbl, wide) switch
                {
                    (false, false) => Code.VEX_Vcvtsi2ss_xmm_xmm_rm32, (false, true) => Code.VEX_Vcvtsi2ss_xmm_xmm_rm64,
                    (true, false) => Code.VEX_Vcvtsi2sd_xmm_xmm_rm32, _ => Code.VEX_Vcvtsi2sd_xmm_xmm_rm64,
                };
                Emit(code, MOperand.Def(d, 128), Use(d, 128), Use(src, wide ? 64 : 32));
                if (toHalf) Bind(c, FloatToHalf(d));
                break;
            }
            default:
                throw new JitUnsupportedException($"cast '{c.Opcode.Name()}' from {from} to {to}");
        }
    }

    /// <summary>u64 → float/double: convert x (if it is below 2^63) or ((x >> 1) | (x &amp; 1)) doubled, chosen by x's sign.</summary>
    private void SelectUnsigned64ToFloat(int d, int s, bool dbl)
    {
        var cvt = dbl ? Code.VEX_Vcvtsi2sd_xmm_xmm_rm64 : Code.VEX_Vcvtsi2ss_xmm_xmm_rm64;
        var small = NewVec();
        Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(small, 128), Use(small, 128), Use(small, 128));
        Emit(cvt, MOperand.Def(small, 128), Use(small, 128), Use(s, 64));
        var half = NewGpr();
        var low = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(half, 64), Use(s, 64));
        Emit(Code.Shr_rm64_imm8, MOperand.UseDef(half, 64), MOperand.I(1));
        Emit(Code.Mov_r32_rm32, MOperand.Def(low, 32), Use(s, 32));
        Emit(Code.And_rm32_imm8, MOperand.UseDef(low, 32), MOperand.I(1));
        Emit(Code.Or_r64_rm64, MOperand.UseDef(half, 64), Use(low, 64));
        var big = NewVec();
        Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(big, 128), Use(big, 128), Use(big, 128));
        Emit(cvt, MOperand.Def(big, 128), Use(big, 128), Use(half, 64));
        Emit(dbl ? Code.VEX_Vaddsd_xmm_xmm_xmmm64 : Code.VEX_Vaddss_xmm_xmm_xmmm32, MOperand.Def(big, 128), Use(big, 128), Use(big, 128));
        // Blend on the sign of x: move x into a vector register so its sign bit lands where blendv looks.
        var mask = NewVec();
        Emit(Code.VEX_Vmovq_xmm_rm64, MOperand.Def(mask, 128), Use(s, 64));
        if (!dbl) Emit(Code.VEX_Vpshufd_xmm_xmmm128_imm8, MOperand.Def(mask, 128), Use(mask, 128), MOperand.I(0x55));
        Emit(dbl ? Code.VEX_Vblendvpd_xmm_xmm_xmmm128_xmm : Code.VEX_Vblendvps_xmm_xmm_xmmm128_xmm,
            MOperand.Def(d, 128), Use(small, 128), Use(big, 128), Use(mask, 128));
    }

    // ---------------------------------------------------------------- select of vector-register values

    /// <summary>
    /// Marks folded the float compares, and and/ors of them, whose every user is in this block and
    /// consumes them as a vector mask: a scalar float select whose condition is such a tree (which
    /// SelectBlendSelect turns into vcmpsd and vandps/vorps, see TryFloatCompareMask), or an and/or
    /// that is itself marked. Their i1 is then never computed in a general register (a compare that
    /// two selects use is emitted as a mask at each). The walk is backwards so a node's users are
    /// decided before it. (Were such a value needed after all, Regs emits it on demand, in this
    /// block, where all its users are.)
    /// </summary>
    private void MarkMaskOnlyConditions(BasicBlock b)
    {
        for (var inst = b.Last; inst is not null; inst = inst.Prev)
        {
            bool candidate = inst switch
            {
                FCmpInst fc => IsMaskTree(fc, 0),
                BinaryInst { Opcode: Opcode.Or or Opcode.And, Type: IntegerType { Bits: 1 } } => true,
                _ => false,
            };
            if (!candidate || inst.Users.Count == 0 || _info[inst.Scratch].Folded) continue;
            bool maskOnly = true;
            foreach (var user in inst.Users)
            {
                maskOnly = user is Instruction u && IsBetween(inst, u) && u switch
                {
                    SelectInst { Type: FloatingType { Kind: TypeKind.Float or TypeKind.Double } } sel =>
                        ReferenceEquals(sel.Condition, inst) && !ReferenceEquals(sel.TrueValue, inst) &&
                        !ReferenceEquals(sel.FalseValue, inst) && IsMaskTree(inst, MaskTreeDepth),
                    BinaryInst { Opcode: Opcode.Or or Opcode.And } => _info[u.Scratch].Folded,
                    _ => false,
                };
                if (!maskOnly) break;
            }
            if (maskOnly) _info[inst.Scratch].Folded = true;
        }
    }

    /// <summary>The and/or levels a float select's mask may combine (TryFloatCompareMask's depth).</summary>
    private const int MaskTreeDepth = 4;

    // Masks of and/or trees already computed in the current IR block, by i1 value and width (a float
    // compare feeding a double select is widened): later selects of the block reuse them. Cleared at
    // a new block. (A single compare is computed again: one vcmpsd, no longer than a reload if the
    // kept mask had to be spilled, as log's `x == inf` was, from the first select to the last.)
    private Dictionary<(Value Condition, bool Double), int>? _masks;
    private BasicBlock? _masksBlock;

    /// <summary>An and/or tree of float compares up to <paramref name="depth"/> levels: the shape TryFloatCompareMask accepts.</summary>
    private static bool IsMaskTree(Value v, int depth) => v switch
    {
        FCmpInst fc => fc.Lhs.Type is FloatingType { Kind: TypeKind.Float or TypeKind.Double } &&
                       fc.Predicate is not (FloatPredicate.True or FloatPredicate.False),
        BinaryInst { Opcode: Opcode.Or or Opcode.And, Type: IntegerType { Bits: 1 } } node =>
            depth > 0 && IsMaskTree(node.Lhs, depth - 1) && IsMaskTree(node.Rhs, depth - 1),
        _ => false,
    };

    /// <summary>
    /// The condition of a scalar float select as a vector mask computed from the compares themselves
    /// (vcmpsd, and vandps/vorps for and/or of compares), instead of moving the i1 from a GPR into a
    /// vector register: fcmps of float or double values, combined by and/or up to
    /// <paramref name="depth"/> levels (IsMaskTree). Null when the condition has another shape.
    /// Compares and and/ors with other users keep their own GPR values for those; the ones only
    /// selects use were marked folded (MarkMaskOnlyConditions) and exist only as these masks.
    /// </summary>
    private int? TryFloatCompareMask(Value cond, IrType type, int depth)
    {
        // Scalar selects only: a vector select needs the condition in every lane.
        if (type is not FloatingType { Kind: TypeKind.Float or TypeKind.Double }) return null;
        if (!ReferenceEquals(_masksBlock, _current?.Parent))
        {
            _masks?.Clear();
            _masksBlock = _current?.Parent;
        }
        if (cond is not BinaryInst) return ComputeFloatCompareMask(cond, type, depth);
        var key = (cond, IsDouble(type));
        if (_masks is not null && _masks.TryGetValue(key, out int known)) return known;
        int? mask = ComputeFloatCompareMask(cond, type, depth);
        if (mask is int m) (_masks ??= new())[key] = m;
        return mask;
    }

    private int? ComputeFloatCompareMask(Value cond, IrType type, int depth)
    {
        switch (cond)
        {
            // (A compare only selects use is emitted here, at each of them; one with other users
            // also has its GPR value, for those.)
            case FCmpInst fc when fc.Lhs.Type is FloatingType { Kind: TypeKind.Float or TypeKind.Double } &&
                                  fc.Predicate is not (FloatPredicate.True or FloatPredicate.False):
            {
                Unfold(fc);
                var m = NewVec();
                bool dblCmp = IsDouble(fc.Lhs.Type);
                Emit(dblCmp ? Code.VEX_Vcmpsd_xmm_xmm_xmmm64_imm8 : Code.VEX_Vcmpss_xmm_xmm_xmmm32_imm8,
                    MOperand.Def(m, 128), Use(Reg(fc.Lhs), 128), FloatOperand(fc.Rhs), MOperand.I(AvxPredicate(fc.Predicate)));
                // A float compare's mask is 32 bits; a double select needs it across the whole lane 0.
                if (!dblCmp && IsDouble(type))
                    Emit(Code.VEX_Vpshufd_xmm_xmmm128_imm8, MOperand.Def(m, 128), Use(m, 128), MOperand.I(0x00));
                return m;
            }
            case BinaryInst { Opcode: Opcode.Or or Opcode.And } b when depth > 0 && b.Type is IntegerType { Bits: 1 }:
            {
                if (TryFloatCompareMask(b.Lhs, type, depth - 1) is not int l) return null;
                if (TryFloatCompareMask(b.Rhs, type, depth - 1) is not int r) return null;
                var m = NewVec();
                Emit(b.Opcode == Opcode.Or ? Code.VEX_Vorps_xmm_xmm_xmmm128 : Code.VEX_Vandps_xmm_xmm_xmmm128,
                    MOperand.Def(m, 128), Use(l, 128), Use(r, 128));
                return m;
            }
            default:
                return null;
        }
    }

    /// <summary>select with a scalar i1 condition over values held (at least partly) in vector registers.</summary>
    private void SelectBlendSelect(SelectInst s, Part[] parts)
    {
        // A scalar float select with +0.0 on one side (all bits zero) is an and of the mask with the
        // other side: vandps for select(c, x, 0.0), vandnps for select(c, 0.0, x); no zero register, no blend.
        bool scalarFloat = parts.Length == 1 && parts[0].Class == RegClass.Vec && s.Type is FloatingType;
        bool trueZero = scalarFloat && s.TrueValue is ConstantFP { Bits: 0 };
        bool falseZero = scalarFloat && s.FalseValue is ConstantFP { Bits: 0 } && !trueZero;
        var t = trueZero ? default : Regs(s.TrueValue);
        var f = falseZero ? default : Regs(s.FalseValue);
        int vecMask;
        // (A half compare is not a vcmpss of its bits: it takes the i1 route below.)
        if (parts.Length == 1 && TryFloatCompareMask(s.Condition, s.Type, MaskTreeDepth) is int mask)
            vecMask = mask;
        else
        {
            var c = Reg(s.Condition);
            var m = NewGpr();
            Emit(Code.Mov_r32_rm32, MOperand.Def(m, 32), Use(c, 32));
            Emit(Code.And_rm32_imm8, MOperand.UseDef(m, 32), MOperand.I(1));
            Emit(Code.Neg_rm64, MOperand.UseDef(m, 64));
            vecMask = NewVec(256);
            Emit(Code.VEX_Vmovq_xmm_rm64, MOperand.Def(vecMask, 128), Use(m, 64));
            // Vector values need the mask in every lane; a scalar float or double only reads lane 0
            // (all ones or zero after the neg), whatever the upper lanes of the blend hold.
            if (parts.Any(p => p.Class == RegClass.Vec && !p.Type.IsFloatingPoint))
                Emit(Code.VEX_Vpbroadcastq_ymm_xmmm64, MOperand.Def(vecMask, 256), Use(vecMask, 128));
            // GPR parts use the flags of the condition.
            if (parts.Any(p => p.Class == RegClass.Gpr)) Emit(Code.Test_rm8_imm8, Use(c, 8), MOperand.I(1));
        }
        var regs = Define(s);
        for (int k = 0; k < regs.Length; k++)
        {
            var p = parts[k];
            if (p.Class == RegClass.Gpr)
            {
                int w = p.Type.IsPointer || p.Type.ScalarBits > 32 ? 64 : 32;
                Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(regs[k], w), Use(f[k], w));
                Emit(CmovCode(Cond.NE, w), MOperand.UseDef(regs[k], w), Use(t[k], w));
                continue;
            }
            if (falseZero) Emit(Code.VEX_Vandps_xmm_xmm_xmmm128, MOperand.Def(regs[k], 128), Use(vecMask, 128), Use(t[k], 128));
            else if (trueZero) Emit(Code.VEX_Vandnps_xmm_xmm_xmmm128, MOperand.Def(regs[k], 128), Use(vecMask, 128), Use(f[k], 128));
            else
                Emit(p.Bits == 256 ? Code.VEX_Vblendvps_ymm_ymm_ymmm256_ymm : Code.VEX_Vblendvps_xmm_xmm_xmmm128_xmm,
                    MOperand.Def(regs[k], p.Bits), Use(f[k], p.Bits), Use(t[k], p.Bits), Use(vecMask, p.Bits));
        }
    }
}
