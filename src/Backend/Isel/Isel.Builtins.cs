// Built-in operations (LLVM intrinsics and the libm/libc names that mean the same): most become a
// few instructions inline (sqrt, rounding, min/max with IEEE rules, bit counting, overflow and
// saturating arithmetic, small memcpy/memset); transcendental functions call the math library.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;
using Instruction = PyIR.Frontend.Ir.Instruction;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private void SelectBuiltin(CallInst call)
    {
        var op = call.Builtin;
        var args = ArgumentsOf(call);
        var type = call.Type;
        if (IsLibraryRoutine(op))
        {
            SelectLibraryCall(call, op, args);
            return;
        }
        switch (op)
        {
            case Builtin.MaskedLoad or Builtin.MaskedStore or Builtin.MaskedGather or Builtin.MaskedScatter:
                SelectMaskedMemory(call, op, args); // Isel.MaskedMemory.cs
                return;
            case Builtin.StackSave:
                SelectStackSave(call);
                return;
            case Builtin.StackRestore:
                SelectStackRestore(args[0]);
                return;
            case Builtin.LoadRelative:
            {
                // p + sext(i32 [p + off])
                var p = Reg(args[0]);
                var off = SignExtend(Reg(args[1]), args[1].Type.ScalarBits, 64);
                var delta = NewGpr();
                Emit(Code.Movsxd_r64_rm32, MOperand.Def(delta, 64), MOperand.Mem(32, p, off));
                Emit(Code.Lea_r64_m, MOperand.Def(DefineOne(call), 64), MOperand.Mem(64, p, delta));
                return;
            }
        }
        bool vector = type.IsVector;
        foreach (var a in args) vector |= a.Type.IsVector;
        if (vector && op is not (Builtin.MemCpy or Builtin.MemMove or Builtin.MemSet))
        {
            SelectVectorBuiltin(call, op, args);
            return;
        }
        switch (op)
        {
            case Builtin.StrLen:
                CallRuntimeHelper("strlen", call, Reg(args[0]));
                return;
            case Builtin.StrCmp:
                CallRuntimeHelper("strcmp", call, Reg(args[0]), Reg(args[1]));
                return;
            case Builtin.MemCmp:
                CallRuntimeHelper("memcmp", call, Reg(args[0]), Reg(args[1]), ZeroExtend(Reg(args[2]), args[2].Type.ScalarBits, 64));
                return;
            case Builtin.Sqrt: FloatUnary(call, args[0], IsDouble(type) ? Code.VEX_Vsqrtsd_xmm_xmm_xmmm64 : Code.VEX_Vsqrtss_xmm_xmm_xmmm32); break;
            case Builtin.Fabs: FloatMask(call, args[0], and: true); break;
            case Builtin.Canonicalize: Bind(call, Regs(args[0])); break;
            case Builtin.Floor: FloatRound(call, args[0], 0x9); break;
            case Builtin.Ceil: FloatRound(call, args[0], 0xA); break;
            case Builtin.Trunc: FloatRound(call, args[0], 0xB); break;
            case Builtin.RoundEven or Builtin.Rint or Builtin.NearbyInt: FloatRound(call, args[0], 0x8); break;
            case Builtin.Round: FloatRoundHalfAway(call, args[0]); break;
            case Builtin.CopySign: FloatCopySign(call, args[0], args[1]); break;
            case Builtin.MinNum or Builtin.MaxNum or Builtin.Minimum or Builtin.Maximum: FloatMinMax(call, op, args[0], args[1]); break;
            case Builtin.Fma or Builtin.FMulAdd: FloatFma(call, args[0], args[1], args[2]); break;
            case Builtin.PowI: FloatPowI(call, args[0], args[1]); break;
            case Builtin.SMin or Builtin.SMax or Builtin.UMin or Builtin.UMax or Builtin.Abs or Builtin.LibcAbs or Builtin.CtPop
                or Builtin.Ctlz or Builtin.Cttz or Builtin.BSwap or Builtin.BitReverse or Builtin.SAddSat or Builtin.UAddSat
                or Builtin.SSubSat or Builtin.USubSat or Builtin.SShlSat or Builtin.UShlSat:
            {
                var regs = new int[args.Length];
                for (int i = 0; i < regs.Length; i++) regs[i] = Reg(args[i]);
                Bind(call, IntegerBuiltin(op, type.ScalarBits, regs));
                break;
            }
            case Builtin.FShl or Builtin.FShr:
                Bind(call, args[2] is ConstantInt amount
                    ? IntFunnelShiftByConstant(op == Builtin.FShl, type.ScalarBits, Reg(args[0]), Reg(args[1]), amount.ZExtValue)
                    : IntFunnelShift(op == Builtin.FShl, type.ScalarBits, Reg(args[0]), Reg(args[1]), Reg(args[2])));
                break;
            case Builtin.SAddWithOverflow or Builtin.UAddWithOverflow or Builtin.SSubWithOverflow or Builtin.USubWithOverflow
                or Builtin.SMulWithOverflow or Builtin.UMulWithOverflow:
                IntOverflow(call, op, args[0], args[1]);
                break;
            case Builtin.MemCpy or Builtin.LibcMemCpy: MemoryCopy(call, args[0], args[1], args[2], overlapping: false); break;
            case Builtin.MemMove or Builtin.LibcMemMove: MemoryCopy(call, args[0], args[1], args[2], overlapping: true); break;
            case Builtin.MemSet or Builtin.LibcMemSet: MemorySet(call, args[0], args[1], args[2]); break;
            case Builtin.Expect: Bind(call, Regs(args[0])); break;
            case Builtin.Prefetch: break;
            case Builtin.Trap:
                EmitTrap(TrapKind.Trap);
                _block = NewBlockHere();
                break;
            default:
                if (Builtins.IsDroppedHint(op)) break;
                throw new JitUnsupportedException($"the JIT does not implement '{call.CalledFunction?.Name}'");
        }
    }

    private static bool IsLibraryRoutine(Builtin op) => op is Builtin.Exp or Builtin.Exp2 or Builtin.Exp10 or Builtin.Expm1
        or Builtin.Log or Builtin.Log2 or Builtin.Log10 or Builtin.Log1p or Builtin.Sin or Builtin.Cos or Builtin.Tan
        or Builtin.Sinh or Builtin.Cosh or Builtin.Tanh or Builtin.Asin or Builtin.Acos or Builtin.Atan or Builtin.Cbrt
        or Builtin.Pow or Builtin.Atan2 or Builtin.Hypot or Builtin.FMod;

    // ---------------------------------------------------------------- floating point

    private void FloatUnary(Instruction result, Value x, Code code)
    {
        CheckFloatType(x.Type);
        var d = DefineOne(result);
        var s = Reg(x);
        Emit(code, MOperand.Def(d, 128), Use(s, 128), Use(s, 128));
    }

    private int SignMask(IrType t, int bits) =>
        _module.Pool.AddSplat(IsDouble(t) ? 0x8000000000000000UL : 0x80000000UL, IsDouble(t) ? 8 : 4, bits / 8);

    private int AbsMask(IrType t, int bits) =>
        _module.Pool.AddSplat(IsDouble(t) ? 0x7FFFFFFFFFFFFFFFUL : 0x7FFFFFFFUL, IsDouble(t) ? 8 : 4, bits / 8);

    private void FloatMask(Instruction result, Value x, bool and)
    {
        CheckFloatType(x.Type);
        var d = DefineOne(result);
        Emit(and ? Code.VEX_Vandps_xmm_xmm_xmmm128 : Code.VEX_Vxorps_xmm_xmm_xmmm128,
            MOperand.Def(d, 128), Use(Reg(x), 128), MOperand.ConstantRef(128, and ? AbsMask(x.Type, 128) : SignMask(x.Type, 128)));
    }

    private void FloatRound(Instruction result, Value x, int mode)
    {
        CheckFloatType(x.Type);
        var d = DefineOne(result);
        var s = Reg(x);
        Emit(IsDouble(x.Type) ? Code.VEX_Vroundsd_xmm_xmm_xmmm64_imm8 : Code.VEX_Vroundss_xmm_xmm_xmmm32_imm8,
            MOperand.Def(d, 128), Use(s, 128), Use(s, 128), MOperand.I(mode));
    }

    /// <summary>round(): trunc(x + copysign(largest value below 0.5, x)), exact for every input.</summary>
    private void FloatRoundHalfAway(Instruction result, Value x)
    {
        CheckFloatType(x.Type);
        bool dbl = IsDouble(x.Type);
        var s = Reg(x);
        var half = dbl ? BitConverter.DoubleToUInt64Bits(Math.BitDecrement(0.5)) : BitConverter.SingleToUInt32Bits(MathF.BitDecrement(0.5f));
        var sign = NewVec();
        Emit(Code.VEX_Vandps_xmm_xmm_xmmm128, MOperand.Def(sign, 128), Use(s, 128), MOperand.ConstantRef(128, SignMask(x.Type, 128)));
        Emit(Code.VEX_Vorps_xmm_xmm_xmmm128, MOperand.Def(sign, 128), Use(sign, 128),
            MOperand.ConstantRef(128, _module.Pool.AddSplat(half, dbl ? 8 : 4, 16)));
        var sum = NewVec();
        Emit(dbl ? Code.VEX_Vaddsd_xmm_xmm_xmmm64 : Code.VEX_Vaddss_xmm_xmm_xmmm32, MOperand.Def(sum, 128), Use(s, 128), Use(sign, 128));
        var d = DefineOne(result);
        Emit(dbl ? Code.VEX_Vroundsd_xmm_xmm_xmmm64_imm8 : Code.VEX_Vroundss_xmm_xmm_xmmm32_imm8,
            MOperand.Def(d, 128), Use(sum, 128), Use(sum, 128), MOperand.I(0xB));
    }

    private void FloatCopySign(Instruction result, Value magnitude, Value sign)
    {
        CheckFloatType(magnitude.Type);
        var m = NewVec();
        Emit(Code.VEX_Vandps_xmm_xmm_xmmm128, MOperand.Def(m, 128), Use(Reg(magnitude), 128), MOperand.ConstantRef(128, AbsMask(magnitude.Type, 128)));
        var s = NewVec();
        Emit(Code.VEX_Vandps_xmm_xmm_xmmm128, MOperand.Def(s, 128), Use(Reg(sign), 128), MOperand.ConstantRef(128, SignMask(magnitude.Type, 128)));
        var d = DefineOne(result);
        Emit(Code.VEX_Vorps_xmm_xmm_xmmm128, MOperand.Def(d, 128), Use(m, 128), Use(s, 128));
    }

    /// <summary>
    /// minnum/maxnum (NaN operands ignored) and minimum/maximum (NaN wins), with -0 &lt; +0.
    /// x86 min/max return the second operand on ties and NaNs, so compute both orders and merge:
    /// OR for min (a -0 wins), AND for max (a +0 wins); then patch NaN cases with blends.
    /// </summary>
    private void FloatMinMax(Instruction result, Builtin op, Value a, Value b)
    {
        CheckFloatType(a.Type);
        var d = DefineOne(result);
        EmitFloatMinMax(d, op, IsDouble(a.Type), Reg(a), Reg(b), 128, scalar: true);
    }

    /// <summary>Shared by scalar and vector min/max: d = op(a, b) lane-wise.</summary>
    private void EmitFloatMinMax(int d, Builtin op, bool dbl, int a, int b, int bits, bool scalar)
    {
        bool isMin = op is Builtin.MinNum or Builtin.Minimum;
        bool y = bits == 256;
        Code mm = (isMin, dbl, scalar, y) switch
        {
            (true, false, true, _) => Code.VEX_Vminss_xmm_xmm_xmmm32, (true, true, true, _) => Code.VEX_Vminsd_xmm_xmm_xmmm64,
            (false, false, true, _) => Code.VEX_Vmaxss_xmm_xmm_xmmm32, (false, true, true, _) => Code.VEX_Vmaxsd_xmm_xmm_xmmm64,
            (true, false, false, false) => Code.VEX_Vminps_xmm_xmm_xmmm128, (true, false, false, true) => Code.VEX_Vminps_ymm_ymm_ymmm256,
            (true, true, false, false) => Code.VEX_Vminpd_xmm_xmm_xmmm128, (true, true, false, true) => Code.VEX_Vminpd_ymm_ymm_ymmm256,
            (false, false, false, false) => Code.VEX_Vmaxps_xmm_xmm_xmmm128, (false, false, false, true) => Code.VEX_Vmaxps_ymm_ymm_ymmm256,
            (false, true, false, false) => Code.VEX_Vmaxpd_xmm_xmm_xmmm128, _ => Code.VEX_Vmaxpd_ymm_ymm_ymmm256,
        };
        Code merge = (isMin, y) switch
        {
            (true, false) => Code.VEX_Vorps_xmm_xmm_xmmm128, (true, true) => Code.VEX_Vorps_ymm_ymm_ymmm256,
            (false, false) => Code.VEX_Vandps_xmm_xmm_xmmm128, _ => Code.VEX_Vandps_ymm_ymm_ymmm256,
        };
        Code cmp = (dbl, y) switch
        {
            (false, false) => Code.VEX_Vcmpps_xmm_xmm_xmmm128_imm8, (false, true) => Code.VEX_Vcmpps_ymm_ymm_ymmm256_imm8,
            (true, false) => Code.VEX_Vcmppd_xmm_xmm_xmmm128_imm8, _ => Code.VEX_Vcmppd_ymm_ymm_ymmm256_imm8,
        };
        Code blend = y ? Code.VEX_Vblendvps_ymm_ymm_ymmm256_ymm : Code.VEX_Vblendvps_xmm_xmm_xmmm128_xmm;
        var t1 = NewVec(bits);
        var t2 = NewVec(bits);
        Emit(mm, MOperand.Def(t1, bits), Use(a, bits), Use(b, bits));
        Emit(mm, MOperand.Def(t2, bits), Use(b, bits), Use(a, bits));
        var r = NewVec(bits);
        Emit(merge, MOperand.Def(r, bits), Use(t1, bits), Use(t2, bits));
        var nanA = NewVec(bits);
        var nanB = NewVec(bits);
        Emit(cmp, MOperand.Def(nanA, bits), Use(a, bits), Use(a, bits), MOperand.I(3));
        Emit(cmp, MOperand.Def(nanB, bits), Use(b, bits), Use(b, bits), MOperand.I(3));
        if (op is Builtin.MinNum or Builtin.MaxNum)
        {
            // A NaN operand is ignored: take the other one (NaN only if both are).
            var r2 = NewVec(bits);
            Emit(blend, MOperand.Def(r2, bits), Use(r, bits), Use(b, bits), Use(nanA, bits));
            Emit(blend, MOperand.Def(d, bits), Use(r2, bits), Use(a, bits), Use(nanB, bits));
        }
        else
        {
            // Any NaN operand gives a NaN: a + b propagates one.
            var sum = NewVec(bits);
            Emit((dbl, y) switch
            {
                (false, false) => Code.VEX_Vaddps_xmm_xmm_xmmm128, (false, true) => Code.VEX_Vaddps_ymm_ymm_ymmm256,
                (true, false) => Code.VEX_Vaddpd_xmm_xmm_xmmm128, _ => Code.VEX_Vaddpd_ymm_ymm_ymmm256,
            }, MOperand.Def(sum, bits), Use(a, bits), Use(b, bits));
            var anyNan = NewVec(bits);
            Emit(y ? Code.VEX_Vorps_ymm_ymm_ymmm256 : Code.VEX_Vorps_xmm_xmm_xmmm128, MOperand.Def(anyNan, bits), Use(nanA, bits), Use(nanB, bits));
            Emit(blend, MOperand.Def(d, bits), Use(r, bits), Use(sum, bits), Use(anyNan, bits));
        }
    }

    private void FloatFma(Instruction result, Value a, Value b, Value c)
    {
        CheckFloatType(a.Type);
        var d = DefineOne(result);
        // fma(x, C, c) with a constant C that is not a NaN is computed as fma(C, x, c): the constant
        // is loaded straight into d, where x would have been copied (x usually lives on, as r in a
        // polynomial's fma(r, C1, C2) terms). The product is the same; so is the NaN that comes out,
        // since only x or c can be one and x still comes before c in the instruction.
        if (b is ConstantFP cb && !double.IsNaN(cb.Value) && a is not Constant) (a, b) = (b, a);
        // A copy (not a vmovaps) so that the allocator can give d the register of a when a dies here:
        // in a Horner chain q = fma(q, r, c) that leaves no move between the FMAs.
        Copy(d, Reg(a), 128);
        Emit(IsDouble(a.Type) ? Code.VEX_Vfmadd213sd_xmm_xmm_xmmm64 : Code.VEX_Vfmadd213ss_xmm_xmm_xmmm32,
            MOperand.UseDef(d, 128), Use(Reg(b), 128), FloatOperand(c));
    }

    /// <summary>
    /// llvm.powi: compiler-rt's __powisf2/__powidf2 loop in the operand's precision:
    /// r = 1; loop { if (n &amp; 1) r *= x; n /= 2; if (n == 0) break; x *= x; } return n0 &lt; 0 ? 1/r : r.
    /// </summary>
    private void FloatPowI(Instruction result, Value x, Value exponent)
    {
        CheckFloatType(x.Type);
        bool dbl = IsDouble(x.Type);
        var mul = dbl ? Code.VEX_Vmulsd_xmm_xmm_xmmm64 : Code.VEX_Vmulss_xmm_xmm_xmmm32;
        var one = _module.Pool.Add(dbl ? BitConverter.GetBytes(1.0) : BitConverter.GetBytes(1.0f), dbl ? 8 : 4);
        var n0 = SignExtend(Reg(exponent), exponent.Type.ScalarBits, 32);
        var n = NewGpr();
        var r = NewVec();
        var a = NewVec();
        Emit(Code.Mov_r32_rm32, MOperand.Def(n, 32), Use(n0, 32));
        Emit(dbl ? Code.VEX_Vmovsd_xmm_m64 : Code.VEX_Vmovss_xmm_m32, MOperand.Def(r, 128), MOperand.ConstantRef(dbl ? 64 : 32, one));
        Emit(Code.VEX_Vmovaps_xmm_xmmm128, MOperand.Def(a, 128), Use(Reg(x), 128));
        var loop = NewBlockHere();
        var odd = NewBlockHere();
        var even = NewBlockHere();
        var square = NewBlockHere();
        var done = NewBlockHere();
        Jump(loop);
        _block = loop;
        Emit(Code.Test_rm32_imm32, Use(n, 32), MOperand.I(1));
        Branch(Cond.NE, odd, even);
        _block = odd;
        Emit(mul, MOperand.Def(r, 128), Use(r, 128), Use(a, 128));
        Jump(even);
        _block = even;
        // n /= 2 rounding toward zero: add the sign bit before the arithmetic shift.
        var t = NewGpr();
        Emit(Code.Mov_r32_rm32, MOperand.Def(t, 32), Use(n, 32));
        Emit(Code.Shr_rm32_imm8, MOperand.UseDef(t, 32), MOperand.I(31));
        Emit(Code.Add_r32_rm32, MOperand.UseDef(n, 32), Use(t, 32));
        Emit(Code.Sar_rm32_imm8, MOperand.UseDef(n, 32), MOperand.I(1));
        Branch(Cond.E, done, square);
        _block = square;
        Emit(mul, MOperand.Def(a, 128), Use(a, 128), Use(a, 128));
        Jump(loop);
        _block = done;
        var d = DefineOne(result);
        var recip = NewVec();
        Emit(dbl ? Code.VEX_Vmovsd_xmm_m64 : Code.VEX_Vmovss_xmm_m32, MOperand.Def(recip, 128), MOperand.ConstantRef(dbl ? 64 : 32, one));
        Emit(dbl ? Code.VEX_Vdivsd_xmm_xmm_xmmm64 : Code.VEX_Vdivss_xmm_xmm_xmmm32, MOperand.Def(recip, 128), Use(recip, 128), Use(r, 128));
        // Choose 1/r when the original exponent was negative (its sign moved into a vector mask).
        var m = NewVec();
        Emit(Code.VEX_Vmovd_xmm_rm32, MOperand.Def(m, 128), Use(n0, 32));
        if (dbl) Emit(Code.VEX_Vpshufd_xmm_xmmm128_imm8, MOperand.Def(m, 128), Use(m, 128), MOperand.I(0x00));
        Emit(Code.VEX_Vblendvps_xmm_xmm_xmmm128_xmm, MOperand.Def(d, 128), Use(r, 128), Use(recip, 128), Use(m, 128));
    }

    // ---------------------------------------------------------------- integers

    /// <summary>
    /// The integer intrinsics that act on one N-bit value at a time, on registers: the scalar
    /// selection and the vector lane loops (lanes loaded into GPRs) share these. Operand registers
    /// may carry garbage above bit N; the result is a fresh register whose low N bits are the result.
    /// </summary>
    private int IntegerBuiltin(Builtin op, int n, int[] x) => op switch
    {
        Builtin.SMin or Builtin.SMax or Builtin.UMin or Builtin.UMax => IntMinMax(op, n, x[0], x[1]),
        Builtin.Abs or Builtin.LibcAbs => IntAbs(n, x[0]),
        Builtin.CtPop => IntCtPop(n, x[0]),
        Builtin.Ctlz => IntCtlz(n, x[0]),
        Builtin.Cttz => IntCttz(n, x[0]),
        Builtin.BSwap => IntBSwap(n, x[0]),
        Builtin.BitReverse => IntBitReverse(n, x[0]),
        Builtin.FShl or Builtin.FShr => IntFunnelShift(op == Builtin.FShl, n, x[0], x[1], x[2]),
        Builtin.SAddSat or Builtin.UAddSat or Builtin.SSubSat or Builtin.USubSat => IntSaturating(op, n, x[0], x[1]),
        Builtin.SShlSat or Builtin.UShlSat => IntShiftSaturating(op == Builtin.SShlSat, n, x[0], x[1]),
        _ => throw new JitUnsupportedException($"the JIT does not compile '{op}' on integers"),
    };

    private static int OpBits(int n) => n <= 32 ? 32 : 64;

    private int IntMinMax(Builtin op, int n, int a, int b)
    {
        int w = OpBits(n);
        bool signed = op is Builtin.SMin or Builtin.SMax;
        var x = signed ? SignExtend(a, n, w) : ZeroExtend(a, n, w);
        var y = signed ? SignExtend(b, n, w) : ZeroExtend(b, n, w);
        var d = NewGpr();
        Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(d, w), Use(x, w));
        Emit(w == 32 ? Code.Cmp_r32_rm32 : Code.Cmp_r64_rm64, Use(x, w), Use(y, w));
        var cond = op switch { Builtin.SMin => Cond.G, Builtin.SMax => Cond.L, Builtin.UMin => Cond.A, _ => Cond.B };
        Emit(CmovCode(cond, w), MOperand.UseDef(d, w), Use(y, w));
        return d;
    }

    private int IntAbs(int n, int a)
    {
        int w = OpBits(n);
        var x = SignExtend(a, n, w);
        var d = NewGpr();
        Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(d, w), Use(x, w));
        Emit(w == 32 ? Code.Neg_rm32 : Code.Neg_rm64, MOperand.UseDef(d, w));
        Emit(CmovCode(Cond.S, w), MOperand.UseDef(d, w), Use(x, w));
        return d;
    }

    private int IntCtPop(int n, int a)
    {
        int w = OpBits(n);
        var x = ZeroExtend(a, n, w);
        var d = NewGpr();
        Emit(w == 32 ? Code.Popcnt_r32_rm32 : Code.Popcnt_r64_rm64, MOperand.Def(d, w), Use(x, w));
        return d;
    }

    private int IntCtlz(int n, int a)
    {
        int w = OpBits(n);
        var x = ZeroExtend(a, n, w);
        var d = NewGpr();
        Emit(w == 32 ? Code.Lzcnt_r32_rm32 : Code.Lzcnt_r64_rm64, MOperand.Def(d, w), Use(x, w));
        if (w != n) Emit(w == 32 ? Code.Sub_rm32_imm32 : Code.Sub_rm64_imm32, MOperand.UseDef(d, w), MOperand.I(w - n));
        return d;
    }

    private int IntCttz(int n, int a)
    {
        int w = OpBits(n);
        var x = a;
        if (n != w)
        {
            // Set bit N so that a zero input counts N (and garbage above N is ignored).
            var t = NewGpr();
            Emit(Code.Mov_r64_rm64, MOperand.Def(t, 64), Use(x, 64));
            var bit = NewGpr();
            LoadImmediate(bit, 1UL << n);
            Emit(Code.Or_r64_rm64, MOperand.UseDef(t, 64), Use(bit, 64));
            x = t;
        }
        var d = NewGpr();
        Emit(w == 32 ? Code.Tzcnt_r32_rm32 : Code.Tzcnt_r64_rm64, MOperand.Def(d, w), Use(x, w));
        return d;
    }

    private int IntBSwap(int n, int x)
    {
        var d = NewGpr();
        if (n == 16)
        {
            Emit(Code.Mov_r32_rm32, MOperand.Def(d, 32), Use(x, 32));
            Emit(Code.Rol_rm16_imm8, MOperand.UseDef(d, 16), MOperand.I(8));
            return d;
        }
        int w = OpBits(n);
        Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(d, w), Use(x, w));
        Emit(w == 32 ? Code.Bswap_r32 : Code.Bswap_r64, MOperand.UseDef(d, w));
        if (n != w) Emit(w == 32 ? Code.Shr_rm32_imm8 : Code.Shr_rm64_imm8, MOperand.UseDef(d, w), MOperand.I(w - n));
        return d;
    }

    /// <summary>Bit reversal by swapping ever larger groups (1, 2, 4 bits, then bytes with bswap).</summary>
    private int IntBitReverse(int n, int a)
    {
        var x = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(x, 64), Use(a, 64));
        Emit(Code.Bswap_r64, MOperand.UseDef(x, 64));
        foreach (var (shift, mask) in new[] { (4, 0x0F0F0F0F0F0F0F0FUL), (2, 0x3333333333333333UL), (1, 0x5555555555555555UL) })
        {
            var m = NewGpr();
            LoadImmediate(m, mask);
            var lo = NewGpr();
            var hi = NewGpr();
            Emit(Code.Mov_r64_rm64, MOperand.Def(lo, 64), Use(x, 64));
            Emit(Code.And_r64_rm64, MOperand.UseDef(lo, 64), Use(m, 64));
            Emit(Code.Shl_rm64_imm8, MOperand.UseDef(lo, 64), MOperand.I(shift));
            Emit(Code.Mov_r64_rm64, MOperand.Def(hi, 64), Use(x, 64));
            Emit(Code.Shr_rm64_imm8, MOperand.UseDef(hi, 64), MOperand.I(shift));
            Emit(Code.And_r64_rm64, MOperand.UseDef(hi, 64), Use(m, 64));
            var next = NewGpr();
            Emit(Code.Mov_r64_rm64, MOperand.Def(next, 64), Use(lo, 64));
            Emit(Code.Or_r64_rm64, MOperand.UseDef(next, 64), Use(hi, 64));
            x = next;
        }
        var d = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(d, 64), Use(x, 64));
        if (n != 64) Emit(Code.Shr_rm64_imm8, MOperand.UseDef(d, 64), MOperand.I(64 - n));
        return d;
    }

    /// <summary>
    /// fshl(a, b, s) = (a &lt;&lt; s) | (b >> (N - s)) and fshr(a, b, s) = (b >> s) | (a &lt;&lt; (N - s)),
    /// s = amount mod N. For N &lt; 64 this is computed at 64 bits with b zero-extended, which makes
    /// s = 0 come out right; i64 uses shld/shrd, whose count is taken mod 64 by the hardware.
    /// </summary>
    private int IntFunnelShift(bool left, int n, int a, int b, int amount)
    {
        var d = NewGpr();
        if (n == 64)
        {
            Emit(Code.Mov_r64_rm64, MOperand.Def(d, 64), Use(left ? a : b, 64));
            Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rcx, 64), Use(amount, 64));
            Emit(left ? Code.Shld_rm64_r64_CL : Code.Shrd_rm64_r64_CL, MOperand.UseDef(d, 64), Use(left ? b : a, 64), Use(X86.Rcx, 8));
            return d;
        }
        var s = ModuloWidth(amount, n);
        var zb = ZeroExtend(b, n, 64);
        var other = NewGpr();
        LoadImmediate(other, (ulong)n);
        Emit(Code.Sub_r64_rm64, MOperand.UseDef(other, 64), Use(s, 64));
        // left: a << s, zb >> (n - s); right: a << (n - s), zb >> s. With s = 0 a right shift moves a
        // by N, above the result's bits.
        var hiPart = NewGpr();
        var loPart = NewGpr();
        Emit(Code.VEX_Shlx_r64_rm64_r64, MOperand.Def(hiPart, 64), Use(a, 64), Use(left ? s : other, 64));
        Emit(Code.VEX_Shrx_r64_rm64_r64, MOperand.Def(loPart, 64), Use(zb, 64), Use(left ? other : s, 64));
        Emit(Code.Mov_r64_rm64, MOperand.Def(d, 64), Use(hiPart, 64));
        Emit(Code.Or_r64_rm64, MOperand.UseDef(d, 64), Use(loPart, 64));
        return d;
    }

    /// <summary>A funnel shift by a constant amount: two immediate shifts.</summary>
    private int IntFunnelShiftByConstant(bool left, int n, int a, int b, ulong amount)
    {
        long k = (long)(amount % (ulong)n);
        if (n == 64 && k == 0) return ZeroExtendAlways(left ? a : b, 64, 64);
        if (n is 32 or 64 && k != 0)
        {
            // Native widths: a rotate (both inputs one value) is one rorx; otherwise shld/shrd by an
            // immediate. fshl(a, b, k) = shld a, b, k; fshr(a, b, k) = shrd b, a, k.
            var r = NewGpr();
            if (a == b)
            {
                Emit(n == 32 ? Code.VEX_Rorx_r32_rm32_imm8 : Code.VEX_Rorx_r64_rm64_imm8, MOperand.Def(r, n), Use(a, n),
                    MOperand.I(left ? n - k : k));
                return r;
            }
            Emit(n == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(r, n), Use(left ? a : b, n));
            var code = (left, n) switch
            {
                (true, 32) => Code.Shld_rm32_r32_imm8, (true, _) => Code.Shld_rm64_r64_imm8,
                (false, 32) => Code.Shrd_rm32_r32_imm8, _ => Code.Shrd_rm64_r64_imm8,
            };
            Emit(code, MOperand.UseDef(r, n), Use(left ? b : a, n), MOperand.I(k));
            return r;
        }
        var zb = ZeroExtend(b, n, 64);
        var shiftA = left ? k : n - k;
        var shiftB = left ? n - k : k;
        var hiPart = NewGpr();
        var loPart = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(hiPart, 64), Use(a, 64));
        if (shiftA is > 0 and < 64) Emit(Code.Shl_rm64_imm8, MOperand.UseDef(hiPart, 64), MOperand.I(shiftA));
        else if (shiftA >= 64) Emit(Code.Xor_r32_rm32, MOperand.Def(hiPart, 32), Use(hiPart, 32));
        Emit(Code.Mov_r64_rm64, MOperand.Def(loPart, 64), Use(zb, 64));
        if (shiftB is > 0 and < 64) Emit(Code.Shr_rm64_imm8, MOperand.UseDef(loPart, 64), MOperand.I(shiftB));
        else if (shiftB >= 64) Emit(Code.Xor_r32_rm32, MOperand.Def(loPart, 32), Use(loPart, 32));
        var d = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(d, 64), Use(hiPart, 64));
        Emit(Code.Or_r64_rm64, MOperand.UseDef(d, 64), Use(loPart, 64));
        return d;
    }

    private void IntOverflow(CallInst call, Builtin op, Value a, Value b)
    {
        int n = a.Type.ScalarBits;
        var regs = Define(call);
        var (value, flag) = (regs[0], regs[1]);
        bool signed = op is Builtin.SAddWithOverflow or Builtin.SSubWithOverflow or Builtin.SMulWithOverflow;
        if (n is 16 or 32 or 64 || (n == 8 && op is not (Builtin.SMulWithOverflow or Builtin.UMulWithOverflow)))
        {
            // Native width: the flags say it.
            int w = n < 32 ? 32 : n;
            if (op == Builtin.UMulWithOverflow)
            {
                Emit(n == 64 ? Code.Mov_r64_rm64 : Code.Mov_r32_rm32, MOperand.Def(X86.Rax, n == 64 ? 64 : 32), Use(Reg(a), n == 64 ? 64 : 32));
                var mul = MInst.Native(n switch { 16 => Code.Mul_rm16, 32 => Code.Mul_rm32, _ => Code.Mul_rm64 }, Use(Reg(b), n));
                mul.ImplicitUses = [X86.Rax];
                mul.ImplicitDefs = [X86.Rax, X86.Rdx];
                Emit(mul);
                Emit(SetCode(Cond.O), MOperand.Def(flag, 8));
                Emit(n == 64 ? Code.Mov_r64_rm64 : Code.Mov_r32_rm32, MOperand.Def(value, n == 64 ? 64 : 32), Use(X86.Rax, n == 64 ? 64 : 32));
                return;
            }
            Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(value, w), Use(Reg(a), w));
            var code = (op, n) switch
            {
                (Builtin.SAddWithOverflow or Builtin.UAddWithOverflow, 8) => Code.Add_r8_rm8,
                (Builtin.SAddWithOverflow or Builtin.UAddWithOverflow, 16) => Code.Add_r16_rm16,
                (Builtin.SAddWithOverflow or Builtin.UAddWithOverflow, 32) => Code.Add_r32_rm32,
                (Builtin.SAddWithOverflow or Builtin.UAddWithOverflow, _) => Code.Add_r64_rm64,
                (Builtin.SSubWithOverflow or Builtin.USubWithOverflow, 8) => Code.Sub_r8_rm8,
                (Builtin.SSubWithOverflow or Builtin.USubWithOverflow, 16) => Code.Sub_r16_rm16,
                (Builtin.SSubWithOverflow or Builtin.USubWithOverflow, 32) => Code.Sub_r32_rm32,
                (Builtin.SSubWithOverflow or Builtin.USubWithOverflow, _) => Code.Sub_r64_rm64,
                (_, 16) => Code.Imul_r16_rm16,
                (_, 32) => Code.Imul_r32_rm32,
                _ => Code.Imul_r64_rm64,
            };
            Emit(code, MOperand.UseDef(value, n), Use(Reg(b), n));
            Emit(SetCode(signed ? Cond.O : Cond.B), MOperand.Def(flag, 8));
            return;
        }
        // Odd widths (and i8 multiplication): compute exactly at 64 bits, then check the range of N bits.
        var x = signed ? SignExtend(Reg(a), n, 64) : ZeroExtend(Reg(a), n, 64);
        var y = signed ? SignExtend(Reg(b), n, 64) : ZeroExtend(Reg(b), n, 64);
        Emit(Code.Mov_r64_rm64, MOperand.Def(value, 64), Use(x, 64));
        var flag64 = NewGpr();
        Emit(Code.Xor_r32_rm32, MOperand.Def(flag64, 32), Use(flag64, 32));
        switch (op)
        {
            case Builtin.SAddWithOverflow or Builtin.UAddWithOverflow: Emit(Code.Add_r64_rm64, MOperand.UseDef(value, 64), Use(y, 64)); break;
            case Builtin.SSubWithOverflow or Builtin.USubWithOverflow: Emit(Code.Sub_r64_rm64, MOperand.UseDef(value, 64), Use(y, 64)); break;
            case Builtin.SMulWithOverflow:
                Emit(Code.Imul_r64_rm64, MOperand.UseDef(value, 64), Use(y, 64));
                Emit(SetCode(Cond.O), MOperand.Def(flag64, 8));
                break;
            default:
                Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rax, 64), Use(x, 64));
                var mul = MInst.Native(Code.Mul_rm64, Use(y, 64));
                mul.ImplicitUses = [X86.Rax];
                mul.ImplicitDefs = [X86.Rax, X86.Rdx];
                Emit(mul);
                Emit(SetCode(Cond.O), MOperand.Def(flag64, 8));
                Emit(Code.Mov_r64_rm64, MOperand.Def(value, 64), Use(X86.Rax, 64));
                break;
        }
        // Out of N-bit range if re-extending the low N bits changes the value.
        var check = signed ? SignExtend(value, n, 64) : ZeroExtend(value, n, 64);
        Emit(Code.Cmp_r64_rm64, Use(check, 64), Use(value, 64));
        Emit(SetCode(Cond.NE), MOperand.Def(flag, 8));
        Emit(Code.Or_r8_rm8, MOperand.UseDef(flag, 8), Use(flag64, 8));
    }

    /// <summary>
    /// sshl.sat / ushl.sat: the value is moved to the top of a 64-bit register, shifted, and shifted
    /// back; if that does not give the original, the shift overflowed and the result saturates.
    /// Amounts are taken modulo the width, as for shl.
    /// </summary>
    private int IntShiftSaturating(bool signed, int n, int a, int b)
    {
        var d = NewGpr();
        var amount = b;
        if (n != 64) amount = ModuloWidth(amount, n);
        var t = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(t, 64), Use(a, 64));
        if (n < 64) Emit(Code.Shl_rm64_imm8, MOperand.UseDef(t, 64), MOperand.I(64 - n));
        var shifted = NewGpr();
        Emit(Code.VEX_Shlx_r64_rm64_r64, MOperand.Def(shifted, 64), Use(t, 64), Use(amount, 64));
        var back = NewGpr();
        Emit(signed ? Code.VEX_Sarx_r64_rm64_r64 : Code.VEX_Shrx_r64_rm64_r64, MOperand.Def(back, 64), Use(shifted, 64), Use(amount, 64));
        var sat = signed ? SaturationTowardSign(t) : NewGpr();
        if (!signed) LoadImmediate(sat, ulong.MaxValue);
        Emit(Code.Cmp_r64_rm64, Use(back, 64), Use(t, 64));
        Emit(CmovCode(Cond.NE, 64), MOperand.UseDef(shifted, 64), Use(sat, 64));
        Emit(Code.Mov_r64_rm64, MOperand.Def(d, 64), Use(shifted, 64));
        if (n < 64) Emit(signed ? Code.Sar_rm64_imm8 : Code.Shr_rm64_imm8, MOperand.UseDef(d, 64), MOperand.I(64 - n));
        return d;
    }

    /// <summary>
    /// The value a signed overflow of <paramref name="w"/> bits (32 or 64) saturates to, toward the
    /// sign of <paramref name="x"/>: (x >> (w-1)) ^ INT_MAX.
    /// </summary>
    private int SaturationTowardSign(int x, int w = 64)
    {
        var sat = NewGpr();
        Copy(sat, x, 64);
        if (w == 32)
        {
            Emit(Code.Sar_rm32_imm8, MOperand.UseDef(sat, 32), MOperand.I(31));
            Emit(Code.Xor_rm32_imm32, MOperand.UseDef(sat, 32), MOperand.I(int.MaxValue));
            return sat;
        }
        Emit(Code.Sar_rm64_imm8, MOperand.UseDef(sat, 64), MOperand.I(63));
        var maxv = NewGpr();
        LoadImmediate(maxv, long.MaxValue);
        Emit(Code.Xor_r64_rm64, MOperand.UseDef(sat, 64), Use(maxv, 64));
        return sat;
    }

    /// <summary>
    /// sadd/uadd/ssub/usub.sat: the operation at 32 or 64 bits sets the overflow (signed) or carry
    /// (unsigned) flag, and a cmov puts in the saturated value. An N-bit value of another width is
    /// first moved to the top of a 32- or 64-bit register (the low bits zero), where the flags of
    /// the wide operation are those of the N-bit one; the result is shifted back down.
    /// </summary>
    private int IntSaturating(Builtin op, int n, int ra, int rb)
    {
        bool signed = op is Builtin.SAddSat or Builtin.SSubSat;
        bool add = op is Builtin.SAddSat or Builtin.UAddSat;
        int w = OpBits(n), shift = w - n;
        int x = ra, y = rb;
        if (shift > 0)
        {
            x = NewGpr();
            Copy(x, ra, 64);
            Emit(w == 32 ? Code.Shl_rm32_imm8 : Code.Shl_rm64_imm8, MOperand.UseDef(x, w), MOperand.I(shift));
            y = NewGpr();
            Copy(y, rb, 64);
            Emit(w == 32 ? Code.Shl_rm32_imm8 : Code.Shl_rm64_imm8, MOperand.UseDef(y, w), MOperand.I(shift));
        }
        // Signed: both overflows go toward the sign of x. Unsigned: all ones (add) or 0 (sub).
        int sat;
        if (signed) sat = SaturationTowardSign(x, w);
        else LoadImmediate(sat = NewGpr(), add ? (w == 32 ? uint.MaxValue : ulong.MaxValue) : 0);
        // A copy (not a mov) so that d takes x's register when x dies here.
        var d = NewGpr();
        Copy(d, x, 64);
        Emit(add ? (w == 32 ? Code.Add_r32_rm32 : Code.Add_r64_rm64) : (w == 32 ? Code.Sub_r32_rm32 : Code.Sub_r64_rm64),
            MOperand.UseDef(d, w), Use(y, w));
        Emit(CmovCode(signed ? Cond.O : Cond.B, w), MOperand.UseDef(d, w), Use(sat, w));
        if (shift > 0) Emit(w == 32 ? Code.Shr_rm32_imm8 : Code.Shr_rm64_imm8, MOperand.UseDef(d, w), MOperand.I(shift));
        return d;
    }

    // ---------------------------------------------------------------- memory built-ins

    /// <summary>Calls a runtime helper with integer/pointer arguments (already normalized) and an integer result.</summary>
    private void CallRuntimeHelper(string name, CallInst call, params int[] args)
    {
        var helper = _module.ResolveRuntimeHelper?.Invoke(name) ?? 0;
        if (helper == 0) throw new JitUnsupportedException($"no runtime helper for '{name}'");
        var target = MOperand.ConstantRef(64, _module.Pool.AddUInt64((ulong)helper));
        for (int i = 0; i < args.Length; i++) Copy(X86.IntArgs[i], args[i], 64);
        Emit(new MInst(MOpcode.Call, Code.INVALID, target) { ImplicitUses = X86.IntArgs[..args.Length], ImplicitDefs = X86.CallerSavedRegisters });
        if (!call.Type.IsVoid) Copy(DefineOne(call), X86.Rax, 64);
    }

    private void MemoryCopy(CallInst call, Value dst, Value src, Value size, bool overlapping)
    {
        if (size is ConstantInt c && c.ZExtValue <= 256)
        {
            // Load everything first, then store: correct for overlapping ranges too.
            CopyMemory(Address(dst), Address(src), (long)c.ZExtValue);
        }
        else if (!overlapping) CopyVariableSize(dst, src, size); // Isel.MemoryCopy.cs
        else
        {
            var helper = _module.ResolveRuntimeHelper?.Invoke("memmove") ?? 0;
            if (helper == 0) throw new JitUnsupportedException("memmove of a variable size needs the runtime helper");
            var target = MOperand.ConstantRef(64, _module.Pool.AddUInt64((ulong)helper));
            var helperCall = FunctionType.Get(IrType.Void, [IrType.Ptr, IrType.Ptr, IrType.I64]);
            var n = ZeroExtend(Reg(size), size.Type.ScalarBits, 64);
            var d = Reg(dst);
            var s = Reg(src);
            Copy(X86.Rdi, d, 64);
            Copy(X86.Rsi, s, 64);
            Copy(X86.Rdx, n, 64);
            Emit(new MInst(MOpcode.Call, Code.INVALID, target) { ImplicitUses = [X86.Rdi, X86.Rsi, X86.Rdx], ImplicitDefs = X86.CallerSavedRegisters });
            _ = helperCall;
        }
        if (!call.Type.IsVoid) Bind(call, Regs(dst)); // C memcpy/memmove return the destination
    }

    private void MemorySet(CallInst call, Value dst, Value value, Value size)
    {
        if (size is ConstantInt c && c.ZExtValue <= 256)
        {
            var addr = Address(dst);
            long n = (long)c.ZExtValue;
            // Splat the byte over 8 bytes with a multiply.
            var b = ZeroExtend(Reg(value), 8, 32);
            var splat = NewGpr();
            var k = NewGpr();
            LoadImmediate(k, 0x0101010101010101UL);
            Emit(Code.Mov_r64_rm64, MOperand.Def(splat, 64), Use(b, 64));
            Emit(Code.Imul_r64_rm64, MOperand.UseDef(splat, 64), Use(k, 64));
            long off = 0;
            foreach (int chunk in new[] { 8, 4, 2, 1 })
            {
                while (n - off >= chunk)
                {
                    var code = chunk switch { 8 => Code.Mov_rm64_r64, 4 => Code.Mov_rm32_r32, 2 => Code.Mov_rm16_r16, _ => Code.Mov_rm8_r8 };
                    Emit(code, At(addr, off, chunk * 8), Use(splat, chunk * 8));
                    off += chunk;
                }
            }
        }
        else
        {
            Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rdi, 64), Use(Reg(dst), 64));
            Emit(Code.Movzx_r32_rm8, MOperand.Def(X86.Rax, 32), Use(Reg(value), 8));
            Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rcx, 64), Use(ZeroExtend(Reg(size), size.Type.ScalarBits, 64), 64));
            var rep = MInst.Native(Code.Stosb_m8_AL);
            rep.ImplicitUses = [X86.Rdi, X86.Rax, X86.Rcx];
            rep.ImplicitDefs = [X86.Rdi, X86.Rcx];
            rep.Operands = [MOperand.I(1)];
            Emit(rep);
        }
        if (!call.Type.IsVoid) Bind(call, Regs(dst));
    }

    /// <summary>Copies a constant number of bytes: all loads first (in vector and integer registers), then all stores.</summary>
    private void CopyMemory(MOperand dst, MOperand src, long size)
    {
        var pieces = new List<(long Offset, int Bytes, int Reg)>();
        long off = 0;
        foreach (int chunk in new[] { 32, 16, 8, 4, 2, 1 })
        {
            while (size - off >= chunk)
            {
                int r = chunk >= 16 ? NewVec(chunk * 8) : NewGpr();
                var code = chunk switch
                {
                    32 => Code.VEX_Vmovups_ymm_ymmm256, 16 => Code.VEX_Vmovups_xmm_xmmm128, 8 => Code.Mov_r64_rm64,
                    4 => Code.Mov_r32_rm32, 2 => Code.Movzx_r32_rm16, _ => Code.Movzx_r32_rm8,
                };
                Emit(code, MOperand.Def(r, chunk >= 16 ? chunk * 8 : chunk == 8 ? 64 : 32), At(src, off, chunk * 8));
                pieces.Add((off, chunk, r));
                off += chunk;
            }
        }
        foreach (var (o, chunk, r) in pieces)
        {
            var code = chunk switch
            {
                32 => Code.VEX_Vmovups_ymmm256_ymm, 16 => Code.VEX_Vmovups_xmmm128_xmm, 8 => Code.Mov_rm64_r64,
                4 => Code.Mov_rm32_r32, 2 => Code.Mov_rm16_r16, _ => Code.Mov_rm8_r8,
            };
            Emit(code, At(dst, o, chunk * 8), Use(r, chunk >= 16 ? chunk * 8 : chunk * 8));
        }
    }
}
