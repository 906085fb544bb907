// Vector patterns (AVX2 over xmm/ymm registers), for vectors that fit one register (≤ 256 bits)
// with lanes of 8, 16, 32 or 64 bits.
//   - Lane-wise arithmetic with a direct AVX instruction (float add/sub/mul/div; integer add, sub,
//     and, or, xor; i16/i32 mul) is one instruction.
//   - Everything else goes through a stack slot, lane by lane, with scalar instructions: inserting
//     and extracting lanes, shuffles, integer casts between lane widths, the integer reductions, and
//     lane-wise operations without a direct instruction (i8/i64 mul, shifts). Correct first; faster
//     patterns (broadcasts, permutes, packs) can replace these one at a time.
//   - <N x i1> masks (N ≤ 16) live in an xmm register as N bytes, lane i in byte i, each 0 or 1:
//     compares write them (vcmpps/pd for floats, scalar compares per lane for integers), selects,
//     extensions, reductions and bitcasts to iN read them lane by lane.
// What is not handled yet (float casts and intrinsics on vectors, variable lane indices, masks in
// memory, wider vectors) raises JitUnsupportedException, and the engine then runs the module in
// the interpreter.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private static JitUnsupportedException VectorTodo(string what) => new($"the JIT does not yet compile vector {what}");

    /// <summary>A vector type the patterns here handle: one register, lanes of 8/16/32/64 bits.</summary>
    private static bool IsSimpleVector(IrType t, out VectorType v, out int laneBytes, out int regBits)
    {
        v = (t as VectorType)!;
        laneBytes = 0;
        regBits = 0;
        if (v is null) return false;
        int bits = v.Element.ScalarBits;
        if (v.Element is not (IntegerType or FloatingType { Kind: TypeKind.Float or TypeKind.Double }) || bits is not (8 or 16 or 32 or 64))
            return false;
        long total = (long)bits * v.Count;
        if (total > 256) return false;
        laneBytes = bits / 8;
        regBits = total <= 128 ? 128 : 256;
        return true;
    }

    /// <summary>Any vector of 8/16/32/64-bit lanes, including ones split over several registers.</summary>
    private static bool IsLaneVector(IrType t, out VectorType v, out int laneBytes)
    {
        v = (t as VectorType)!;
        laneBytes = 0;
        if (v is null) return false;
        int bits = v.Element.ScalarBits;
        if (v.Element is not (IntegerType or FloatingType { Kind: TypeKind.Float or TypeKind.Double }) || bits is not (8 or 16 or 32 or 64))
            return false;
        laneBytes = bits / 8;
        return true;
    }

    /// <summary>Bytes of a stack slot that holds every register part of a value (parts are stored whole).</summary>
    private static int SlotBytes(IrType t) => (int)TypeLowering.Parts(t)[^1].Offset + 32;

    /// <summary>Stores all register parts of a vector value into a fresh slot, lane i at byte i × lane size.</summary>
    private int SpillValue(Value v)
    {
        var parts = TypeLowering.Parts(v.Type);
        var regs = Regs(v);
        int slot = _mf.NewSlot(SlotBytes(v.Type), 16);
        for (int k = 0; k < parts.Length; k++) StoreVector(slot, parts[k].Offset, regs[k], parts[k].Bits);
        return slot;
    }

    /// <summary>Defines <paramref name="result"/> from a slot laid out as <see cref="SpillValue"/> does.</summary>
    private void ReloadValue(Value result, int slot)
    {
        var parts = TypeLowering.Parts(result.Type);
        var regs = Define(result);
        for (int k = 0; k < parts.Length; k++) LoadVector(regs[k], slot, parts[k].Offset, parts[k].Bits);
    }

    private void RequireSimple(IrType t, string what)
    {
        if (!IsSimpleVector(t, out _, out _, out _)) throw VectorTodo($"{what} on {t}");
    }

    // ---------------------------------------------------------------- lane-wise arithmetic

    private void SelectVectorBinary(BinaryInst b)
    {
        if (!IsLaneVector(b.Type, out var v, out int lane)) throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}");
        if (SplitBinary(b, v, lane)) return;
        bool isInt = v.Element is IntegerType;
        if (isInt && b.Opcode is Opcode.Mul or Opcode.Shl or Opcode.LShr or Opcode.AShr) IntegerLaneLoop(b, v, lane);
        else if (isInt && b.Opcode is Opcode.UDiv or Opcode.SDiv or Opcode.URem or Opcode.SRem) DivisionLaneLoop(b, v, lane);
        else if (!isInt && b.Opcode == Opcode.FRem) FRemLanes(b, v, lane);
        else throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}");
    }

    /// <summary>The AVX instruction doing a lane-wise operation on one xmm/ymm register, if there is one.</summary>
    private static Code? LaneWiseCode(Opcode op, bool isFloat, int lane, bool wide) => isFloat
        ? (op, lane == 8, wide) switch
        {
            (Opcode.FAdd, false, false) => Code.VEX_Vaddps_xmm_xmm_xmmm128, (Opcode.FAdd, false, true) => Code.VEX_Vaddps_ymm_ymm_ymmm256,
            (Opcode.FAdd, true, false) => Code.VEX_Vaddpd_xmm_xmm_xmmm128, (Opcode.FAdd, true, true) => Code.VEX_Vaddpd_ymm_ymm_ymmm256,
            (Opcode.FSub, false, false) => Code.VEX_Vsubps_xmm_xmm_xmmm128, (Opcode.FSub, false, true) => Code.VEX_Vsubps_ymm_ymm_ymmm256,
            (Opcode.FSub, true, false) => Code.VEX_Vsubpd_xmm_xmm_xmmm128, (Opcode.FSub, true, true) => Code.VEX_Vsubpd_ymm_ymm_ymmm256,
            (Opcode.FMul, false, false) => Code.VEX_Vmulps_xmm_xmm_xmmm128, (Opcode.FMul, false, true) => Code.VEX_Vmulps_ymm_ymm_ymmm256,
            (Opcode.FMul, true, false) => Code.VEX_Vmulpd_xmm_xmm_xmmm128, (Opcode.FMul, true, true) => Code.VEX_Vmulpd_ymm_ymm_ymmm256,
            (Opcode.FDiv, false, false) => Code.VEX_Vdivps_xmm_xmm_xmmm128, (Opcode.FDiv, false, true) => Code.VEX_Vdivps_ymm_ymm_ymmm256,
            (Opcode.FDiv, true, false) => Code.VEX_Vdivpd_xmm_xmm_xmmm128, (Opcode.FDiv, true, true) => Code.VEX_Vdivpd_ymm_ymm_ymmm256,
            _ => null,
        }
        : (op, lane, wide) switch
        {
            (Opcode.Add, 1, false) => Code.VEX_Vpaddb_xmm_xmm_xmmm128, (Opcode.Add, 1, true) => Code.VEX_Vpaddb_ymm_ymm_ymmm256,
            (Opcode.Add, 2, false) => Code.VEX_Vpaddw_xmm_xmm_xmmm128, (Opcode.Add, 2, true) => Code.VEX_Vpaddw_ymm_ymm_ymmm256,
            (Opcode.Add, 4, false) => Code.VEX_Vpaddd_xmm_xmm_xmmm128, (Opcode.Add, 4, true) => Code.VEX_Vpaddd_ymm_ymm_ymmm256,
            (Opcode.Add, 8, false) => Code.VEX_Vpaddq_xmm_xmm_xmmm128, (Opcode.Add, 8, true) => Code.VEX_Vpaddq_ymm_ymm_ymmm256,
            (Opcode.Sub, 1, false) => Code.VEX_Vpsubb_xmm_xmm_xmmm128, (Opcode.Sub, 1, true) => Code.VEX_Vpsubb_ymm_ymm_ymmm256,
            (Opcode.Sub, 2, false) => Code.VEX_Vpsubw_xmm_xmm_xmmm128, (Opcode.Sub, 2, true) => Code.VEX_Vpsubw_ymm_ymm_ymmm256,
            (Opcode.Sub, 4, false) => Code.VEX_Vpsubd_xmm_xmm_xmmm128, (Opcode.Sub, 4, true) => Code.VEX_Vpsubd_ymm_ymm_ymmm256,
            (Opcode.Sub, 8, false) => Code.VEX_Vpsubq_xmm_xmm_xmmm128, (Opcode.Sub, 8, true) => Code.VEX_Vpsubq_ymm_ymm_ymmm256,
            (Opcode.Mul, 2, false) => Code.VEX_Vpmullw_xmm_xmm_xmmm128, (Opcode.Mul, 2, true) => Code.VEX_Vpmullw_ymm_ymm_ymmm256,
            (Opcode.Mul, 4, false) => Code.VEX_Vpmulld_xmm_xmm_xmmm128, (Opcode.Mul, 4, true) => Code.VEX_Vpmulld_ymm_ymm_ymmm256,
            (Opcode.And, _, false) => Code.VEX_Vpand_xmm_xmm_xmmm128, (Opcode.And, _, true) => Code.VEX_Vpand_ymm_ymm_ymmm256,
            (Opcode.Or, _, false) => Code.VEX_Vpor_xmm_xmm_xmmm128, (Opcode.Or, _, true) => Code.VEX_Vpor_ymm_ymm_ymmm256,
            (Opcode.Xor, _, false) => Code.VEX_Vpxor_xmm_xmm_xmmm128, (Opcode.Xor, _, true) => Code.VEX_Vpxor_ymm_ymm_ymmm256,
            _ => null,
        };

    /// <summary>A lane-wise operation with a direct AVX instruction, register part by register part (one part for vectors up to 256 bits).</summary>
    private bool SplitBinary(BinaryInst b, VectorType v, int lane)
    {
        var parts = TypeLowering.Parts(b.Type);
        var codes = new Code[parts.Length];
        for (int k = 0; k < parts.Length; k++)
        {
            if (LaneWiseCode(b.Opcode, v.Element is FloatingType, lane, parts[k].Bits == 256) is not { } code) return false;
            codes[k] = code;
        }
        var x = Regs(b.Lhs);
        var y = Regs(b.Rhs);
        var d = Define(b);
        for (int k = 0; k < parts.Length; k++)
            Emit(codes[k], MOperand.Def(d[k], parts[k].Bits), Use(x[k], parts[k].Bits), Use(y[k], parts[k].Bits));
        return true;
    }

    /// <summary>Integer mul and shifts lane by lane through the stack (shift amounts modulo the lane width).</summary>
    private void IntegerLaneLoop(BinaryInst b, VectorType v, int lane)
    {
        int a = SpillValue(b.Lhs);
        int c = SpillValue(b.Rhs);
        int r = _mf.NewSlot(SlotBytes(b.Type), 16);
        int bits = lane * 8;
        for (int i = 0; i < v.Count; i++)
        {
            var x = LoadLane(a, i, lane, signed: b.Opcode == Opcode.AShr);
            var y = LoadLane(c, i, lane, signed: false);
            switch (b.Opcode)
            {
                case Opcode.Mul:
                    Emit(Code.Imul_r64_rm64, MOperand.UseDef(x, 64), Use(y, 64));
                    break;
                default:
                {
                    Emit(Code.And_rm32_imm32, MOperand.UseDef(y, 32), MOperand.I(bits - 1));
                    var code = b.Opcode switch
                    {
                        Opcode.Shl => Code.VEX_Shlx_r64_rm64_r64, Opcode.LShr => Code.VEX_Shrx_r64_rm64_r64, _ => Code.VEX_Sarx_r64_rm64_r64,
                    };
                    var t = NewGpr();
                    Emit(code, MOperand.Def(t, 64), Use(x, 64), Use(y, 64));
                    x = t;
                    break;
                }
            }
            StoreLane(r, i, lane, x);
        }
        ReloadValue(b, r);
    }

    /// <summary>frem lane by lane through the math library's fmod (exact, like C fmod).</summary>
    private void FRemLanes(BinaryInst b, VectorType v, int lane)
    {
        var routine = MathLibraryRoutine(Builtin.FMod, v.Element);
        int a = SpillValue(b.Lhs);
        int c = SpillValue(b.Rhs);
        int r = _mf.NewSlot(SlotBytes(b.Type), 16);
        var load = lane == 4 ? Code.VEX_Vmovss_xmm_m32 : Code.VEX_Vmovsd_xmm_m64;
        var store = lane == 4 ? Code.VEX_Vmovss_m32_xmm : Code.VEX_Vmovsd_m64_xmm;
        for (int i = 0; i < v.Count; i++)
        {
            var x = NewVec();
            var y = NewVec();
            Emit(load, MOperand.Def(x, 128), MOperand.FrameSlot(lane * 8, a, (long)i * lane));
            Emit(load, MOperand.Def(y, 128), MOperand.FrameSlot(lane * 8, c, (long)i * lane));
            Copy(X86.Xmm(0), x, 128);
            Copy(X86.Xmm(1), y, 128);
            Emit(new MInst(MOpcode.Call, Code.INVALID, routine) { ImplicitUses = [X86.Xmm(0), X86.Xmm(1)], ImplicitDefs = X86.CallerSaved().ToArray() });
            var q = NewVec();
            Copy(q, X86.Xmm(0), 128);
            Emit(store, MOperand.FrameSlot(lane * 8, r, (long)i * lane), Use(q, 128));
        }
        ReloadValue(b, r);
    }

    /// <summary>Division lane by lane, with the scalar traps (division by zero, signed overflow at the lane width).</summary>
    private void DivisionLaneLoop(BinaryInst b, VectorType v, int lane)
    {
        bool signed = b.Opcode is Opcode.SDiv or Opcode.SRem;
        bool remainder = b.Opcode is Opcode.URem or Opcode.SRem;
        int a = SpillValue(b.Lhs);
        int c = SpillValue(b.Rhs);
        int r = _mf.NewSlot(SlotBytes(b.Type), 16);
        for (int i = 0; i < v.Count; i++)
        {
            var x = LoadLane(a, i, lane, signed);
            var y = LoadLane(c, i, lane, signed);
            Emit(Code.Test_rm64_r64, Use(y, 64), Use(y, 64));
            TrapIf(Cond.E, TrapKind.DivideByZero);
            if (signed)
            {
                var isMinusOne = NewGpr();
                var isMin = NewGpr();
                var min = NewGpr();
                LoadImmediate(min, unchecked((ulong)MinSigned(lane * 8)));
                Emit(Code.Cmp_rm64_imm8, Use(y, 64), MOperand.I(-1));
                Emit(SetCode(Cond.E), MOperand.Def(isMinusOne, 8));
                Emit(Code.Cmp_r64_rm64, Use(x, 64), Use(min, 64));
                Emit(SetCode(Cond.E), MOperand.Def(isMin, 8));
                Emit(Code.Test_rm8_r8, Use(isMin, 8), Use(isMinusOne, 8));
                TrapIf(Cond.NE, TrapKind.DivideOverflow);
            }
            Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rax, 64), Use(x, 64));
            if (signed)
            {
                var ext = MInst.Native(Code.Cqo);
                ext.ImplicitUses = [X86.Rax];
                ext.ImplicitDefs = [X86.Rdx];
                Emit(ext);
            }
            else Emit(Code.Xor_r32_rm32, MOperand.Def(X86.Rdx, 32), Use(X86.Rdx, 32));
            var div = MInst.Native(signed ? Code.Idiv_rm64 : Code.Div_rm64, Use(y, 64));
            div.ImplicitUses = [X86.Rax, X86.Rdx];
            div.ImplicitDefs = [X86.Rax, X86.Rdx];
            Emit(div);
            var q = NewGpr();
            Emit(Code.Mov_r64_rm64, MOperand.Def(q, 64), Use(remainder ? X86.Rdx : X86.Rax, 64));
            StoreLane(r, i, lane, q);
        }
        ReloadValue(b, r);
    }

    /// <summary>abs, ctpop, smin/smax/umin/umax lane by lane (abs wraps at INT_MIN, as in the scalar JIT).</summary>
    private void IntegerIntrinsicLanes(CallInst call, Builtin op, Value[] args, VectorType v, int lane, int w)
    {
        bool signed = op is Builtin.Abs or Builtin.SMin or Builtin.SMax;
        int a = SpillVector(Reg(args[0]), w);
        int b = op is Builtin.SMin or Builtin.SMax or Builtin.UMin or Builtin.UMax ? SpillVector(Reg(args[1]), w) : -1;
        int r = _mf.NewSlot(w / 8, 16);
        for (int i = 0; i < v.Count; i++)
        {
            var x = LoadLane(a, i, lane, signed);
            int result;
            switch (op)
            {
                case Builtin.Abs:
                    result = NewGpr();
                    Emit(Code.Mov_r64_rm64, MOperand.Def(result, 64), Use(x, 64));
                    Emit(Code.Neg_rm64, MOperand.UseDef(result, 64));
                    Emit(CmovCode(Cond.S, 64), MOperand.UseDef(result, 64), Use(x, 64));
                    break;
                case Builtin.CtPop:
                    result = NewGpr();
                    Emit(Code.Popcnt_r64_rm64, MOperand.Def(result, 64), Use(x, 64));
                    break;
                default:
                {
                    var y = LoadLane(b, i, lane, signed);
                    Emit(Code.Cmp_r64_rm64, Use(x, 64), Use(y, 64));
                    var takeY = op switch { Builtin.SMin => Cond.G, Builtin.SMax => Cond.L, Builtin.UMin => Cond.A, _ => Cond.B };
                    Emit(CmovCode(takeY, 64), MOperand.UseDef(x, 64), Use(y, 64));
                    result = x;
                    break;
                }
            }
            StoreLane(r, i, lane, result);
        }
        var d = DefineOne(call);
        ReloadVector(d, r, w);
    }

    /// <summary>fma/fmuladd (fused), fabs, copysign, sqrt on whole float/double vectors.</summary>
    private void FloatIntrinsicLanes(CallInst call, Builtin op, Value[] args, bool dbl, int w)
    {
        bool wide = w == 256;
        var d = DefineOne(call);
        ulong sign = dbl ? 0x8000000000000000UL : 0x80000000UL;
        int size = dbl ? 8 : 4;
        switch (op)
        {
            case Builtin.Fma or Builtin.FMulAdd:
                Emit(wide ? Code.VEX_Vmovaps_ymm_ymmm256 : Code.VEX_Vmovaps_xmm_xmmm128, MOperand.Def(d, w), Use(Reg(args[0]), w));
                Emit((dbl, wide) switch
                {
                    (false, false) => Code.VEX_Vfmadd213ps_xmm_xmm_xmmm128, (false, true) => Code.VEX_Vfmadd213ps_ymm_ymm_ymmm256,
                    (true, false) => Code.VEX_Vfmadd213pd_xmm_xmm_xmmm128, _ => Code.VEX_Vfmadd213pd_ymm_ymm_ymmm256,
                }, MOperand.UseDef(d, w), Use(Reg(args[1]), w), Use(Reg(args[2]), w));
                break;
            case Builtin.Sqrt:
                Emit((dbl, wide) switch
                {
                    (false, false) => Code.VEX_Vsqrtps_xmm_xmmm128, (false, true) => Code.VEX_Vsqrtps_ymm_ymmm256,
                    (true, false) => Code.VEX_Vsqrtpd_xmm_xmmm128, _ => Code.VEX_Vsqrtpd_ymm_ymmm256,
                }, MOperand.Def(d, w), Use(Reg(args[0]), w));
                break;
            case Builtin.Fabs:
            {
                var mask = _module.Pool.AddSplat(~sign & (dbl ? ulong.MaxValue : 0xFFFFFFFFUL), size, w / 8);
                Emit(wide ? Code.VEX_Vandps_ymm_ymm_ymmm256 : Code.VEX_Vandps_xmm_xmm_xmmm128, MOperand.Def(d, w), Use(Reg(args[0]), w), MOperand.ConstantRef(w, mask));
                break;
            }
            default: // copysign: (a & ~sign) | (b & sign)
            {
                var magnitude = _module.Pool.AddSplat(~sign & (dbl ? ulong.MaxValue : 0xFFFFFFFFUL), size, w / 8);
                var signs = _module.Pool.AddSplat(sign, size, w / 8);
                var m = NewVec(w);
                Emit(wide ? Code.VEX_Vandps_ymm_ymm_ymmm256 : Code.VEX_Vandps_xmm_xmm_xmmm128, MOperand.Def(m, w), Use(Reg(args[0]), w), MOperand.ConstantRef(w, magnitude));
                var sgn = NewVec(w);
                Emit(wide ? Code.VEX_Vandps_ymm_ymm_ymmm256 : Code.VEX_Vandps_xmm_xmm_xmmm128, MOperand.Def(sgn, w), Use(Reg(args[1]), w), MOperand.ConstantRef(w, signs));
                Emit(wide ? Code.VEX_Vorps_ymm_ymm_ymmm256 : Code.VEX_Vorps_xmm_xmm_xmmm128, MOperand.Def(d, w), Use(m, w), Use(sgn, w));
                break;
            }
        }
    }

    /// <summary>
    /// fpext/fptrunc, sitofp/uitofp (lanes up to 32 bits unsigned) and fptosi lane by lane with the
    /// scalar instructions, so every lane gets exactly the scalar JIT's (and interpreter's) result.
    /// </summary>
    private bool TryFloatLaneCast(CastInst c)
    {
        if (!IsSimpleVector(c.Operand.Type, out var from, out int fromLane, out int fromW) ||
            !IsSimpleVector(c.Type, out var to, out int toLane, out int toW) || from.Count != to.Count)
            return false;
        bool fromFloat = from.Element is FloatingType, toFloat = to.Element is FloatingType;
        bool ok = c.Opcode switch
        {
            Opcode.FPExt or Opcode.FPTrunc => fromFloat && toFloat,
            Opcode.SIToFP => !fromFloat && toFloat,
            Opcode.UIToFP => !fromFloat && toFloat && fromLane <= 4,
            Opcode.FPToSI => fromFloat && !toFloat,
            _ => false,
        };
        if (!ok) return false;
        int src = SpillVector(Reg(c.Operand), fromW);
        int dst = _mf.NewSlot(toW / 8, 16);
        for (int i = 0; i < from.Count; i++)
        {
            var inMem = MOperand.FrameSlot(fromLane * 8, src, (long)i * fromLane);
            var outMem = MOperand.FrameSlot(toLane * 8, dst, (long)i * toLane);
            if (fromFloat)
            {
                var x = NewVec();
                Emit(fromLane == 4 ? Code.VEX_Vmovss_xmm_m32 : Code.VEX_Vmovsd_xmm_m64, MOperand.Def(x, 128), inMem);
                if (toFloat)
                {
                    var y = NewVec();
                    Emit(fromLane == 4 ? Code.VEX_Vcvtss2sd_xmm_xmm_xmmm32 : Code.VEX_Vcvtsd2ss_xmm_xmm_xmmm64, MOperand.Def(y, 128), Use(x, 128), Use(x, 128));
                    Emit(toLane == 4 ? Code.VEX_Vmovss_m32_xmm : Code.VEX_Vmovsd_m64_xmm, outMem, Use(y, 128));
                }
                else
                {
                    // fptosi: 32-bit conversion for lanes up to 32 bits, 64-bit above (x86's "integer indefinite" out of range).
                    bool wide = toLane == 8;
                    var r = NewGpr();
                    var code = (fromLane == 8, wide) switch
                    {
                        (false, false) => Code.VEX_Vcvttss2si_r32_xmmm32, (false, true) => Code.VEX_Vcvttss2si_r64_xmmm32,
                        (true, false) => Code.VEX_Vcvttsd2si_r32_xmmm64, _ => Code.VEX_Vcvttsd2si_r64_xmmm64,
                    };
                    Emit(code, MOperand.Def(r, wide ? 64 : 32), Use(x, 128));
                    StoreLane(dst, i, toLane, r);
                }
            }
            else
            {
                var x = LoadLane(src, i, fromLane, signed: c.Opcode == Opcode.SIToFP);
                var y = NewVec();
                Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(y, 128), Use(y, 128), Use(y, 128));
                Emit(toLane == 4 ? Code.VEX_Vcvtsi2ss_xmm_xmm_rm64 : Code.VEX_Vcvtsi2sd_xmm_xmm_rm64, MOperand.UseDef(y, 128), Use(y, 128), Use(x, 64));
                Emit(toLane == 4 ? Code.VEX_Vmovss_m32_xmm : Code.VEX_Vmovsd_m64_xmm, outMem, Use(y, 128));
            }
        }
        var d = DefineOne(c);
        ReloadVector(d, dst, toW);
        return true;
    }

    // ---------------------------------------------------------------- masks: <N x i1> as bytes

    private static bool IsMask(IrType t, out int count)
    {
        count = t is VectorType { Element: IntegerType { Bits: 1 } } v ? v.Count : 0;
        return count is > 0 and <= 16;
    }

    private void SelectVectorICmp(ICmpInst ic)
    {
        if (!IsLaneVector(ic.Lhs.Type, out var v, out int lane) || v.Element is not IntegerType || !IsMask(ic.Type, out _))
            throw VectorTodo($"icmp on {ic.Lhs.Type}");
        bool signed = ic.Predicate is IntPredicate.Sgt or IntPredicate.Sge or IntPredicate.Slt or IntPredicate.Sle;
        int a = SpillValue(ic.Lhs);
        int c = SpillValue(ic.Rhs);
        int r = _mf.NewSlot(16, 16);
        var cond = IntCond(ic.Predicate);
        for (int i = 0; i < v.Count; i++)
        {
            var x = LoadLane(a, i, lane, signed);
            var y = LoadLane(c, i, lane, signed);
            Emit(Code.Cmp_r64_rm64, Use(x, 64), Use(y, 64));
            Emit(SetCode(cond), MOperand.FrameSlot(8, r, i));
        }
        var d = DefineOne(ic);
        ReloadVector(d, r, 128);
    }

    private void SelectVectorFCmp(FCmpInst fc)
    {
        if (!IsSimpleVector(fc.Lhs.Type, out var v, out int lane, out int w) || v.Element is not FloatingType || !IsMask(fc.Type, out _))
            throw VectorTodo($"fcmp on {fc.Lhs.Type}");
        bool dbl = lane == 8;
        var code = (dbl, w == 256) switch
        {
            (false, false) => Code.VEX_Vcmpps_xmm_xmm_xmmm128_imm8, (false, true) => Code.VEX_Vcmpps_ymm_ymm_ymmm256_imm8,
            (true, false) => Code.VEX_Vcmppd_xmm_xmm_xmmm128_imm8, _ => Code.VEX_Vcmppd_ymm_ymm_ymmm256_imm8,
        };
        var all = NewVec(w);
        Emit(code, MOperand.Def(all, w), Use(Reg(fc.Lhs), w), Use(Reg(fc.Rhs), w), MOperand.I(AvxPredicate(fc.Predicate)));
        int lanes = SpillVector(all, w);
        int r = _mf.NewSlot(16, 16);
        for (int i = 0; i < v.Count; i++)
        {
            var x = LoadLane(lanes, i, lane, signed: false);
            Emit(Code.And_rm32_imm8, MOperand.UseDef(x, 32), MOperand.I(1));
            StoreLane(r, i, 1, x);
        }
        var d = DefineOne(fc);
        ReloadVector(d, r, 128);
    }

    private void SelectVectorSelect(SelectInst s)
    {
        if (!IsMask(s.Condition.Type, out _) || !IsSimpleVector(s.Type, out var v, out int lane, out int w))
        {
            if (IsMask(s.Type, out _) && IsMask(s.Condition.Type, out _)) { MaskSelect(s); return; }
            throw VectorTodo($"select on {s.Type}");
        }
        int cond = SpillVector(Reg(s.Condition), 128);
        int a = SpillVector(Reg(s.TrueValue), w);
        int b = SpillVector(Reg(s.FalseValue), w);
        int r = _mf.NewSlot(w / 8, 16);
        for (int i = 0; i < v.Count; i++)
        {
            var c = LoadLane(cond, i, 1, signed: false);
            var x = LoadLane(a, i, lane, signed: false);
            var y = LoadLane(b, i, lane, signed: false);
            Emit(Code.Test_rm8_r8, Use(c, 8), Use(c, 8));
            Emit(CmovCode(Cond.E, 64), MOperand.UseDef(x, 64), Use(y, 64));
            StoreLane(r, i, lane, x);
        }
        var d = DefineOne(s);
        ReloadVector(d, r, w);
    }

    /// <summary>select between two masks: per byte, (c & t) | (~c & f) with 0/1 bytes.</summary>
    private void MaskSelect(SelectInst s)
    {
        var c = Reg(s.Condition);
        var t = NewVec(128);
        Emit(Code.VEX_Vpand_xmm_xmm_xmmm128, MOperand.Def(t, 128), Use(c, 128), Use(Reg(s.TrueValue), 128));
        var f = NewVec(128);
        Emit(Code.VEX_Vpandn_xmm_xmm_xmmm128, MOperand.Def(f, 128), Use(c, 128), Use(Reg(s.FalseValue), 128));
        var d = DefineOne(s);
        Emit(Code.VEX_Vpor_xmm_xmm_xmmm128, MOperand.Def(d, 128), Use(t, 128), Use(f, 128));
    }

    /// <summary>zext/sext of a mask to integer lanes, trunc of integer lanes to a mask.</summary>
    private bool TryMaskCast(CastInst c)
    {
        if (IsMask(c.Operand.Type, out int n) && c.Opcode is Opcode.ZExt or Opcode.SExt &&
            IsSimpleVector(c.Type, out var to, out int lane, out int w) && to.Element is IntegerType)
        {
            int src = SpillVector(Reg(c.Operand), 128);
            int dst = _mf.NewSlot(w / 8, 16);
            for (int i = 0; i < n; i++)
            {
                var x = LoadLane(src, i, 1, signed: false);
                if (c.Opcode == Opcode.SExt) Emit(Code.Neg_rm64, MOperand.UseDef(x, 64));
                StoreLane(dst, i, lane, x);
            }
            var d = DefineOne(c);
            ReloadVector(d, dst, w);
            return true;
        }
        if (IsMask(c.Type, out int m) && c.Opcode == Opcode.Trunc && IsSimpleVector(c.Operand.Type, out _, out int fromLane, out int fromW))
        {
            int src = SpillVector(Reg(c.Operand), fromW);
            int dst = _mf.NewSlot(16, 16);
            for (int i = 0; i < m; i++)
            {
                var x = LoadLane(src, i, fromLane, signed: false);
                Emit(Code.And_rm32_imm8, MOperand.UseDef(x, 32), MOperand.I(1));
                StoreLane(dst, i, 1, x);
            }
            var d = DefineOne(c);
            ReloadVector(d, dst, 128);
            return true;
        }
        if (IsMask(c.Operand.Type, out int k) && c.Opcode == Opcode.BitCast && c.Type is IntegerType it && it.Bits == k)
        {
            // <N x i1> to iN: lane i becomes bit i.
            int src = SpillVector(Reg(c.Operand), 128);
            var acc = NewGpr();
            Emit(Code.Xor_r32_rm32, MOperand.Def(acc, 32), Use(acc, 32));
            for (int i = 0; i < k; i++)
            {
                var x = LoadLane(src, i, 1, signed: false);
                if (i > 0) Emit(Code.Shl_rm32_imm8, MOperand.UseDef(x, 32), MOperand.I(i));
                Emit(Code.Or_r32_rm32, MOperand.UseDef(acc, 32), Use(x, 32));
            }
            Bind(c, acc);
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- lanes through the stack

    /// <summary>Stores a vector register into a fresh stack slot and returns the slot.</summary>
    private int SpillVector(int reg, int w)
    {
        int slot = _mf.NewSlot(w / 8, 16);
        StoreVector(slot, 0, reg, w);
        return slot;
    }

    private void ReloadVector(int d, int slot, int w) => LoadVector(d, slot, 0, w);

    /// <summary>Stores a 128- or 256-bit register at byte <paramref name="offset"/> of a stack slot.</summary>
    private void StoreVector(int slot, long offset, int reg, int w) =>
        Emit(w == 256 ? Code.VEX_Vmovups_ymmm256_ymm : Code.VEX_Vmovups_xmmm128_xmm, MOperand.FrameSlot(w, slot, offset), Use(reg, w));

    /// <summary>Defines a 128- or 256-bit register from byte <paramref name="offset"/> of a stack slot.</summary>
    private void LoadVector(int d, int slot, long offset, int w) =>
        Emit(w == 256 ? Code.VEX_Vmovups_ymm_ymmm256 : Code.VEX_Vmovups_xmm_xmmm128, MOperand.Def(d, w), MOperand.FrameSlot(w, slot, offset));

    /// <summary>Lane <paramref name="i"/> of a spilled vector into a 64-bit GPR, zero- or sign-extended.</summary>
    private int LoadLane(int slot, int i, int lane, bool signed)
    {
        var r = NewGpr();
        var mem = MOperand.FrameSlot(lane * 8, slot, (long)i * lane);
        Emit((lane, signed) switch
        {
            (1, false) => Code.Movzx_r32_rm8, (1, true) => Code.Movsx_r64_rm8,
            (2, false) => Code.Movzx_r32_rm16, (2, true) => Code.Movsx_r64_rm16,
            (4, false) => Code.Mov_r32_rm32, (4, true) => Code.Movsxd_r64_rm32,
            _ => Code.Mov_r64_rm64,
        }, MOperand.Def(r, (lane, signed) switch { (1, false) or (2, false) or (4, false) => 32, _ => 64 }), mem);
        return r;
    }

    private void StoreLane(int slot, int i, int lane, int reg) =>
        Emit(lane switch { 1 => Code.Mov_rm8_r8, 2 => Code.Mov_rm16_r16, 4 => Code.Mov_rm32_r32, _ => Code.Mov_rm64_r64 },
            MOperand.FrameSlot(lane * 8, slot, (long)i * lane), Use(reg, lane * 8));

    private void SelectExtractElement(ExtractElementInst e)
    {
        if (IsMask(e.Vector.Type, out int maskLanes) && e.Index is ConstantInt mi)
        {
            var md = DefineOne(e);
            if (mi.ZExtValue >= (ulong)maskLanes) { MaterializeZero(md, e.Type); return; }
            int ms = SpillVector(Reg(e.Vector), 128);
            Emit(Code.Movzx_r32_rm8, MOperand.Def(md, 32), MOperand.FrameSlot(8, ms, (long)mi.ZExtValue));
            return;
        }
        if (!IsLaneVector(e.Vector.Type, out var v, out int lane)) throw VectorTodo($"extractelement on {e.Vector.Type}");
        if (e.Index is not ConstantInt idx) throw VectorTodo("extractelement with a variable index");
        if (idx.ZExtValue >= (ulong)v.Count)
        {
            // Out of range: poison; PyIR gives zero, as the interpreter does.
            MaterializeZero(DefineOne(e), e.Type);
            return;
        }
        int slot = SpillValue(e.Vector);
        var d = DefineOne(e);
        var mem = MOperand.FrameSlot(lane * 8, slot, (long)idx.ZExtValue * lane);
        if (v.Element is FloatingType)
            Emit(lane == 4 ? Code.VEX_Vmovss_xmm_m32 : Code.VEX_Vmovsd_xmm_m64, MOperand.Def(d, 128), mem);
        else
            Emit(lane switch { 1 => Code.Movzx_r32_rm8, 2 => Code.Movzx_r32_rm16, 4 => Code.Mov_r32_rm32, _ => Code.Mov_r64_rm64 },
                MOperand.Def(d, lane == 8 ? 64 : 32), mem);
    }

    private void MaterializeZero(int d, IrType t)
    {
        if (t is FloatingType) Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(d, 128), Use(d, 128), Use(d, 128));
        else Emit(Code.Xor_r32_rm32, MOperand.Def(d, 32), Use(d, 32));
    }

    private void SelectInsertElement(InsertElementInst ins)
    {
        if (IsMask(ins.Type, out int maskLanes) && ins.Index is ConstantInt mi)
        {
            int ms = SpillVector(Reg(ins.Vector), 128);
            if (mi.ZExtValue < (ulong)maskLanes)
            {
                var bit = NewGpr();
                Emit(Code.Mov_r32_rm32, MOperand.Def(bit, 32), Use(Reg(ins.Element), 32));
                Emit(Code.And_rm32_imm8, MOperand.UseDef(bit, 32), MOperand.I(1));
                StoreLane(ms, (int)mi.ZExtValue, 1, bit);
            }
            var md = DefineOne(ins);
            ReloadVector(md, ms, 128);
            return;
        }
        if (!IsLaneVector(ins.Type, out var v, out int lane)) throw VectorTodo($"insertelement on {ins.Type}");
        if (ins.Index is not ConstantInt idx) throw VectorTodo("insertelement with a variable index");
        int slot = SpillValue(ins.Vector);
        if (idx.ZExtValue < (ulong)v.Count)
        {
            var mem = MOperand.FrameSlot(lane * 8, slot, (long)idx.ZExtValue * lane);
            var x = Reg(ins.Element);
            if (v.Element is FloatingType) Emit(lane == 4 ? Code.VEX_Vmovss_m32_xmm : Code.VEX_Vmovsd_m64_xmm, mem, Use(x, 128));
            else StoreLane(slot, (int)idx.ZExtValue, lane, x);
        }
        ReloadValue(ins, slot);
    }

    private void SelectShuffle(ShuffleVectorInst s)
    {
        if (!IsLaneVector(s.Type, out var rv, out int lane) || !IsLaneVector(s.V1.Type, out var sv, out _))
            throw VectorTodo($"shufflevector on {s.V1.Type} to {s.Type}");
        var mask = s.Mask;
        bool usesRhs = mask.Any(m => m >= sv.Count);
        int a = SpillValue(s.V1);
        int b = usesRhs ? SpillValue(s.V2) : -1;
        int r = _mf.NewSlot(SlotBytes(s.Type), 16);
        var zero = -1;
        for (int i = 0; i < rv.Count; i++)
        {
            int m = mask[i];
            int x;
            if (m < 0)
            {
                if (zero < 0)
                {
                    zero = NewGpr();
                    Emit(Code.Xor_r32_rm32, MOperand.Def(zero, 32), Use(zero, 32));
                }
                x = zero;
            }
            else x = m < sv.Count ? LoadLane(a, m, lane, signed: false) : LoadLane(b, m - sv.Count, lane, signed: false);
            StoreLane(r, i, lane, x);
        }
        ReloadValue(s, r);
    }

    // ---------------------------------------------------------------- casts and reductions

    private void SelectVectorCast(CastInst c)
    {
        if (TryMaskCast(c)) return;
        if (TryFloatLaneCast(c)) return;
        if (c.Opcode is not (Opcode.Trunc or Opcode.ZExt or Opcode.SExt) ||
            !IsLaneVector(c.Operand.Type, out var from, out int fromLane) ||
            !IsLaneVector(c.Type, out var to, out int toLane) ||
            from.Element is not IntegerType || to.Element is not IntegerType)
        {
            if (c.Opcode == Opcode.BitCast && IsSimpleVector(c.Type, out _, out _, out int bw) && IsSimpleVector(c.Operand.Type, out _, out _, out int aw) && bw == aw)
            {
                // Same register, other lane view.
                Bind(c, Regs(c.Operand));
                return;
            }
            throw VectorTodo($"'{c.Opcode.Name()}' from {c.Operand.Type} to {c.Type}");
        }
        int src = SpillValue(c.Operand);
        int dst = _mf.NewSlot(SlotBytes(c.Type), 16);
        for (int i = 0; i < from.Count; i++)
            StoreLane(dst, i, toLane, LoadLane(src, i, fromLane, signed: c.Opcode == Opcode.SExt));
        ReloadValue(c, dst);
    }

    private void SelectVectorBuiltin(CallInst call, Builtin op, Value[] args)
    {
        if (op is Builtin.ReduceAnd or Builtin.ReduceOr or Builtin.ReduceXor or Builtin.ReduceUMax or Builtin.ReduceUMin
                or Builtin.ReduceSMax or Builtin.ReduceSMin or Builtin.ReduceAdd or Builtin.ReduceMul &&
            IsMask(args[0].Type, out int n))
        {
            // On 0/1 lanes: or/umax/smin are "any", and/umin/smax/mul are "all", xor/add are parity.
            int slot = SpillVector(Reg(args[0]), 128);
            var acc = LoadLane(slot, 0, 1, signed: false);
            var code = op switch
            {
                Builtin.ReduceOr or Builtin.ReduceUMax or Builtin.ReduceSMin => Code.Or_r32_rm32,
                Builtin.ReduceAnd or Builtin.ReduceUMin or Builtin.ReduceSMax or Builtin.ReduceMul => Code.And_r32_rm32,
                _ => Code.Xor_r32_rm32,
            };
            for (int i = 1; i < n; i++) Emit(code, MOperand.UseDef(acc, 32), Use(LoadLane(slot, i, 1, signed: false), 32));
            Bind(call, acc);
            return;
        }
        if (IsSimpleVector(call.Type, out var rt, out int rlane, out int rw))
        {
            if (rt.Element is IntegerType && op is Builtin.Abs or Builtin.CtPop or Builtin.SMin or Builtin.SMax or Builtin.UMin or Builtin.UMax)
            {
                IntegerIntrinsicLanes(call, op, args, rt, rlane, rw);
                return;
            }
            if (rt.Element is FloatingType && op is Builtin.MinNum or Builtin.MaxNum or Builtin.Minimum or Builtin.Maximum)
            {
                var md = DefineOne(call);
                EmitFloatMinMax(md, op, rlane == 8, Reg(args[0]), Reg(args[1]), rw, scalar: false);
                return;
            }
            if (rt.Element is FloatingType && op is Builtin.Floor or Builtin.Ceil or Builtin.Trunc or Builtin.RoundEven or Builtin.Rint or Builtin.NearbyInt)
            {
                int imm = op switch { Builtin.Floor => 0x9, Builtin.Ceil => 0xA, Builtin.Trunc => 0xB, _ => 0x8 };
                var rd = DefineOne(call);
                Emit((rlane == 8, rw == 256) switch
                {
                    (false, false) => Code.VEX_Vroundps_xmm_xmmm128_imm8, (false, true) => Code.VEX_Vroundps_ymm_ymmm256_imm8,
                    (true, false) => Code.VEX_Vroundpd_xmm_xmmm128_imm8, _ => Code.VEX_Vroundpd_ymm_ymmm256_imm8,
                }, MOperand.Def(rd, rw), Use(Reg(args[0]), rw), MOperand.I(imm));
                return;
            }
            if (rt.Element is FloatingType && op is Builtin.Fma or Builtin.FMulAdd or Builtin.Fabs or Builtin.CopySign or Builtin.Sqrt)
            {
                FloatIntrinsicLanes(call, op, args, rlane == 8, rw);
                return;
            }
        }
        if (op is Builtin.ReduceSMax or Builtin.ReduceSMin or Builtin.ReduceUMax or Builtin.ReduceUMin &&
            IsLaneVector(args[0].Type, out var mv, out int mlane) && mv.Element is IntegerType)
        {
            bool signed = op is Builtin.ReduceSMax or Builtin.ReduceSMin;
            int slot = SpillValue(args[0]);
            var acc = LoadLane(slot, 0, mlane, signed);
            var takeNew = op switch { Builtin.ReduceSMax => Cond.L, Builtin.ReduceSMin => Cond.G, Builtin.ReduceUMax => Cond.B, _ => Cond.A };
            for (int i = 1; i < mv.Count; i++)
            {
                var x = LoadLane(slot, i, mlane, signed);
                Emit(Code.Cmp_r64_rm64, Use(acc, 64), Use(x, 64));
                Emit(CmovCode(takeNew, 64), MOperand.UseDef(acc, 64), Use(x, 64));
            }
            Bind(call, acc);
            return;
        }
        if (op is Builtin.ReduceAdd or Builtin.ReduceMul or Builtin.ReduceAnd or Builtin.ReduceOr or Builtin.ReduceXor &&
            IsLaneVector(args[0].Type, out var v, out int lane) && v.Element is IntegerType)
        {
            int slot = SpillValue(args[0]);
            var acc = LoadLane(slot, 0, lane, signed: false);
            var code = op switch
            {
                Builtin.ReduceAdd => Code.Add_r64_rm64, Builtin.ReduceMul => Code.Imul_r64_rm64, Builtin.ReduceAnd => Code.And_r64_rm64,
                Builtin.ReduceOr => Code.Or_r64_rm64, _ => Code.Xor_r64_rm64,
            };
            for (int i = 1; i < v.Count; i++)
            {
                var x = LoadLane(slot, i, lane, signed: false);
                Emit(code, MOperand.UseDef(acc, 64), Use(x, 64));
            }
            Bind(call, acc);
            return;
        }
        throw VectorTodo($"{op}");
    }

    private void LoadPackedBoolVector(int d, VectorType t, MOperand addr) => throw VectorTodo($"loads of {t}");
    private void StorePackedBoolVector(int src, VectorType t, MOperand addr) => throw VectorTodo($"stores of {t}");
    /// <summary>A vector of 2, 3, 5..7, 9..15 or 17..31 bytes: copied piece by piece into a stack slot, then loaded whole.</summary>
    private void LoadOddVector(int d, Part p, MOperand addr, long bytes)
    {
        int slot = _mf.NewSlot(p.Bits / 8, 16);
        CopyPieces(MOperand.FrameSlot(0, slot), At(addr, p.Offset, 0), bytes);
        ReloadVector(d, slot, p.Bits);
    }

    /// <summary>Stores only the vector's own bytes (not the register's padding).</summary>
    private void StoreOddVector(int src, Part p, MOperand addr, long bytes)
    {
        int slot = SpillVector(src, p.Bits);
        CopyPieces(At(addr, p.Offset, 0), MOperand.FrameSlot(0, slot), bytes);
    }

    private void CopyPieces(MOperand dst, MOperand src, long bytes)
    {
        long off = 0;
        foreach (int chunk in new[] { 8, 4, 2, 1 })
        {
            while (bytes - off >= chunk)
            {
                var t = NewGpr();
                Emit(chunk switch { 8 => Code.Mov_r64_rm64, 4 => Code.Mov_r32_rm32, 2 => Code.Movzx_r32_rm16, _ => Code.Movzx_r32_rm8 },
                    MOperand.Def(t, chunk == 8 ? 64 : 32), At(src, off, chunk * 8));
                Emit(chunk switch { 8 => Code.Mov_rm64_r64, 4 => Code.Mov_rm32_r32, 2 => Code.Mov_rm16_r16, _ => Code.Mov_rm8_r8 },
                    At(dst, off, chunk * 8), Use(t, chunk * 8));
                off += chunk;
            }
        }
    }
}
