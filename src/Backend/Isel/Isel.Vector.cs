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
using PyIR.Backend.Emit;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private static JitUnsupportedException VectorTodo(string what) => new($"the JIT does not yet compile vector {what}");

    /// <summary>A vector type the patterns here handle: one register, lanes of 8/16/32/64 bits (pointers are 64-bit integer lanes).</summary>
    private static bool IsSimpleVector(IrType t, out VectorType v, out int laneBytes, out int regBits)
    {
        v = (t as VectorType)!;
        laneBytes = 0;
        regBits = 0;
        if (v is null) return false;
        int bits = v.Element.ScalarBits;
        if (v.Element is not (IntegerType or PointerType or FloatingType { Kind: TypeKind.Float or TypeKind.Double }) || bits is not (8 or 16 or 32 or 64))
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
        if (v.Element is not (IntegerType or PointerType or FloatingType { Kind: TypeKind.Float or TypeKind.Double }) || bits is not (8 or 16 or 32 or 64))
            return false;
        laneBytes = bits / 8;
        return true;
    }

    /// <summary>Bytes of a stack slot that holds every register part of a value (parts are stored whole).</summary>
    private static int SlotBytes(IrType t) => (int)TypeLowering.Parts(t)[^1].Offset + 32;

    /// <summary>Stores all register parts of a vector value into a fresh slot, lane i at byte i × lane size.</summary>
    private int SpillValue(Value v, int extraBytes = 0)
    {
        var parts = TypeLowering.Parts(v.Type);
        var regs = Regs(v);
        int slot = _mf.NewSlot(SlotBytes(v.Type) + extraBytes, 16);
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
        if (IsMask(b.Type, out int maskLanes)) { SelectMaskBinary(b, maskLanes); return; }
        if (IsPackedLaneVector(b.Type, out var packed)) { PackedLaneBinary(b, packed); return; }
        if (b.Type is VectorType { Element.Kind: TypeKind.Half } halves) { HalfVectorBinary(b, halves); return; }
        if (!IsLaneVector(b.Type, out var v, out int lane)) throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}");
        if (SplitBinary(b, v, lane)) return;
        bool isInt = v.Element is IntegerType;
        if (isInt && b.Opcode == Opcode.Mul && lane == 8) { Multiply64Lanes(b); return; }
        if (isInt && b.Opcode is Opcode.Mul or Opcode.Shl or Opcode.LShr or Opcode.AShr) IntegerLaneLoop(b, v, lane);
        else if (isInt && b.Opcode is Opcode.UDiv or Opcode.SDiv or Opcode.URem or Opcode.SRem)
        {
            if (!TrySelectVectorDivideByConstant(b, v, lane)) DivisionLaneLoop(b, v, lane);
        }
        else if (!isInt && b.Opcode == Opcode.FRem) FRemLanes(b, v, lane);
        else throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}");
    }

    /// <summary>
    /// mul on 64-bit lanes (AVX2 has no vpmullq): per lane, lo(a)·lo(b) + ((hi(a)·lo(b) + lo(a)·hi(b)) shl 32)
    /// with 32×32→64-bit vpmuludq, which is the product modulo 2^64, as the scalar imul gives.
    /// </summary>
    private void Multiply64Lanes(BinaryInst b)
    {
        var parts = TypeLowering.Parts(b.Type);
        var x = Regs(b.Lhs);
        var y = Regs(b.Rhs);
        var d = Define(b);
        for (int k = 0; k < parts.Length; k++)
        {
            int w = parts[k].Bits;
            bool wide = w == 256;
            var mul = wide ? Code.VEX_Vpmuludq_ymm_ymm_ymmm256 : Code.VEX_Vpmuludq_xmm_xmm_xmmm128;
            var srl = wide ? Code.VEX_Vpsrlq_ymm_ymm_imm8 : Code.VEX_Vpsrlq_xmm_xmm_imm8;
            var add = wide ? Code.VEX_Vpaddq_ymm_ymm_ymmm256 : Code.VEX_Vpaddq_xmm_xmm_xmmm128;
            // (Each step defines a fresh register: no operand is read and written by one instruction.)
            int highA = NewVec(w), highAxB = NewVec(w), highB = NewVec(w), highBxA = NewVec(w), cross = NewVec(w), shifted = NewVec(w), low = NewVec(w);
            Emit(srl, MOperand.Def(highA, w), Use(x[k], w), MOperand.I(32));
            Emit(mul, MOperand.Def(highAxB, w), Use(highA, w), Use(y[k], w));
            Emit(srl, MOperand.Def(highB, w), Use(y[k], w), MOperand.I(32));
            Emit(mul, MOperand.Def(highBxA, w), Use(highB, w), Use(x[k], w));
            Emit(add, MOperand.Def(cross, w), Use(highAxB, w), Use(highBxA, w));
            Emit(wide ? Code.VEX_Vpsllq_ymm_ymm_imm8 : Code.VEX_Vpsllq_xmm_xmm_imm8, MOperand.Def(shifted, w), Use(cross, w), MOperand.I(32));
            Emit(mul, MOperand.Def(low, w), Use(x[k], w), Use(y[k], w));
            Emit(add, MOperand.Def(d[k], w), Use(low, w), Use(shifted, w));
        }
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
        if (parts.Length == 1 && VectorConstantOperand(b, parts[0].Bits) is { } constant)
        {
            var (lhs, rhs) = constant;
            // A constant operand (a splat of a loop's step, a mask) is read from the constant pool
            // by the instruction itself: no register, no separate load in a loop.
            Emit(codes[0], MOperand.Def(DefineOne(b), parts[0].Bits), Use(Reg(lhs), parts[0].Bits), rhs);
            return true;
        }
        var x = Regs(b.Lhs);
        if (parts.Length == 1 && b.Rhs is LoadInst)
        {
            // One register: the second operand may be a folded load (Isel.LoadFolding.cs).
            var one = DefineOne(b);
            EmitWithFoldedLoad(b.Rhs, codes[0], MOperand.Def(one, parts[0].Bits), Use(x[0], parts[0].Bits), parts[0].Bits, parts[0].Bits);
            return true;
        }
        var y = Regs(b.Rhs);
        var d = Define(b);
        for (int k = 0; k < parts.Length; k++)
            Emit(codes[k], MOperand.Def(d[k], parts[k].Bits), Use(x[k], parts[k].Bits), Use(y[k], parts[k].Bits));
        return true;
    }

    /// <summary>
    /// For a lane-wise operation on one register with a non-zero constant operand: the register
    /// operand and the constant as a pool reference. An integer add/mul/and/or/xor with the constant
    /// on the left is taken in the other order (float operations keep theirs: which NaN comes out
    /// depends on it). Null otherwise (zero is one vxorps in a register).
    /// </summary>
    private (Value Lhs, MOperand Rhs)? VectorConstantOperand(BinaryInst b, int bits)
    {
        Value lhs = b.Lhs, rhs = b.Rhs;
        if (lhs is Constant && rhs is not Constant && b.Type.ScalarType is IntegerType && b.Opcode.IsCommutative()) (lhs, rhs) = (rhs, lhs);
        if (rhs is not (ConstantAggregate or ConstantAggregateZero) || lhs is Constant) return null;
        var bytes = ConstantBytes.Of((Constant)rhs, _module);
        if (bytes.Relocations.Count > 0 || bytes.Data.Length * 8 != bits || !bytes.Data.AsSpan().ContainsAnyExcept((byte)0)) return null;
        return (lhs, MOperand.ConstantRef(bits, _module.Pool.Add(bytes.Data, bits / 8)));
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
            Emit(new MInst(MOpcode.Call, Code.INVALID, routine) { ImplicitUses = [X86.Xmm(0), X86.Xmm(1)], ImplicitDefs = X86.CallerSavedRegisters });
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

    /// <summary>How many vector operands an integer intrinsic of IntegerBuiltin takes (abs/ctlz/cttz's i1 flag is not one).</summary>
    private static int IntegerBuiltinArity(Builtin op) => op switch
    {
        Builtin.Abs or Builtin.CtPop or Builtin.Ctlz or Builtin.Cttz or Builtin.BSwap or Builtin.BitReverse => 1,
        Builtin.FShl or Builtin.FShr => 3,
        Builtin.SMin or Builtin.SMax or Builtin.UMin or Builtin.UMax or Builtin.SAddSat or Builtin.UAddSat or Builtin.SSubSat
            or Builtin.USubSat or Builtin.SShlSat or Builtin.UShlSat => 2,
        _ => 0,
    };

    /// <summary>An integer intrinsic lane by lane: each lane through the scalar code (IntegerBuiltin).</summary>
    private void IntegerBuiltinLanes(CallInst call, Builtin op, Value[] args, VectorType v, int lane)
    {
        var slots = args.Take(IntegerBuiltinArity(op)).Select(a => SpillValue(a)).ToArray();
        int r = _mf.NewSlot(SlotBytes(call.Type), 16);
        for (int i = 0; i < v.Count; i++)
        {
            var lanes = slots.Select(slot => LoadLane(slot, i, lane, signed: false)).ToArray();
            StoreLane(r, i, lane, IntegerBuiltin(op, lane * 8, lanes));
        }
        ReloadValue(call, r);
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
    /// fpext/fptrunc, sitofp/uitofp and fptosi: with one whole-vector instruction where x86 has one
    /// that gives each lane the scalar result (WholeVectorConversion), else lane by lane with the
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
            Opcode.UIToFP => !fromFloat && toFloat,
            Opcode.FPToSI => fromFloat && !toFloat,
            _ => false,
        };
        if (!ok) return false;
        if (WholeVectorConversion(c.Opcode, fromFloat, fromLane, toLane, from.Count) is { } whole)
        {
            var r = DefineOne(c);
            Emit(whole, MOperand.Def(r, toW), Use(Reg(c.Operand), fromW));
            return true;
        }
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
                if (c.Opcode == Opcode.UIToFP && fromLane == 8)
                    SelectUnsigned64ToFloat(y, x, dbl: toLane == 8); // (the scalar JIT's conversion: above 2^63 too)
                else
                {
                    Emit(Code.VEX_Vxorps_xmm_xmm_xmmm128, MOperand.Def(y, 128), Use(y, 128), Use(y, 128));
                    Emit(toLane == 4 ? Code.VEX_Vcvtsi2ss_xmm_xmm_rm64 : Code.VEX_Vcvtsi2sd_xmm_xmm_rm64, MOperand.UseDef(y, 128), Use(y, 128), Use(x, 64));
                }
                Emit(toLane == 4 ? Code.VEX_Vmovss_m32_xmm : Code.VEX_Vmovsd_m64_xmm, outMem, Use(y, 128));
            }
        }
        var d = DefineOne(c);
        ReloadVector(d, dst, toW);
        return true;
    }

    /// <summary>
    /// The one instruction that converts every lane at once with each lane's scalar result, or
    /// null: i32 to double (exact) and to float (rounded as cvtsi2ss), float to double (exact, a NaN
    /// quieted as cvtss2sd does), double to float (rounded as cvtsd2ss), and float or double to i32
    /// truncating (out of range: 0x80000000, as cvtt*2si with a 32-bit result). Only forms whose
    /// result fills its register, or whose upper half the instruction zeroes.
    /// </summary>
    private static Code? WholeVectorConversion(Opcode op, bool fromFloat, int fromLane, int toLane, int count) =>
        (op, fromFloat, fromLane, toLane, count) switch
        {
            (Opcode.SIToFP, false, 4, 8, 2) => Code.VEX_Vcvtdq2pd_xmm_xmmm64,
            (Opcode.SIToFP, false, 4, 8, 4) => Code.VEX_Vcvtdq2pd_ymm_xmmm128,
            (Opcode.SIToFP, false, 4, 4, 4) => Code.VEX_Vcvtdq2ps_xmm_xmmm128,
            (Opcode.SIToFP, false, 4, 4, 8) => Code.VEX_Vcvtdq2ps_ymm_ymmm256,
            (Opcode.FPExt, true, 4, 8, 2) => Code.VEX_Vcvtps2pd_xmm_xmmm64,
            (Opcode.FPExt, true, 4, 8, 4) => Code.VEX_Vcvtps2pd_ymm_xmmm128,
            (Opcode.FPTrunc, true, 8, 4, 2) => Code.VEX_Vcvtpd2ps_xmm_xmmm128,
            (Opcode.FPTrunc, true, 8, 4, 4) => Code.VEX_Vcvtpd2ps_xmm_ymmm256,
            (Opcode.FPToSI, true, 4, 4, 4) => Code.VEX_Vcvttps2dq_xmm_xmmm128,
            (Opcode.FPToSI, true, 4, 4, 8) => Code.VEX_Vcvttps2dq_ymm_ymmm256,
            (Opcode.FPToSI, true, 8, 4, 2) => Code.VEX_Vcvttpd2dq_xmm_xmmm128,
            (Opcode.FPToSI, true, 8, 4, 4) => Code.VEX_Vcvttpd2dq_xmm_ymmm256,
            _ => null,
        };

    // ---------------------------------------------------------------- masks: <N x i1> as bytes

    private static bool IsMask(IrType t, out int count) => TypeLowering.IsMask(t, out count) && count <= 32;

    private static int MaskBits(int count) => TypeLowering.MaskBits(count);

    /// <summary>and/or/xor on masks byte by byte; on 1-bit lanes add and sub are xor, mul is and.</summary>
    private void SelectMaskBinary(BinaryInst b, int count)
    {
        bool wide = MaskBits(count) == 256;
        var code = b.Opcode switch
        {
            Opcode.And or Opcode.Mul => wide ? Code.VEX_Vpand_ymm_ymm_ymmm256 : Code.VEX_Vpand_xmm_xmm_xmmm128,
            Opcode.Or => wide ? Code.VEX_Vpor_ymm_ymm_ymmm256 : Code.VEX_Vpor_xmm_xmm_xmmm128,
            Opcode.Xor or Opcode.Add or Opcode.Sub => wide ? Code.VEX_Vpxor_ymm_ymm_ymmm256 : Code.VEX_Vpxor_xmm_xmm_xmmm128,
            _ => throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}"),
        };
        int w = MaskBits(count);
        var d = DefineOne(b);
        Emit(code, MOperand.Def(d, w), Use(Reg(b.Lhs), w), Use(Reg(b.Rhs), w));
    }

    /// <summary>
    /// Integer lanes whose width is not 8/16/32/64 bits (other than masks), such as &lt;3 x i7&gt;: the
    /// register holds the value's memory image, lane i at bits [i·w, (i+1)·w).
    /// </summary>
    private static bool IsPackedLaneVector(IrType t, out VectorType v)
    {
        v = (t as VectorType)!;
        return v is { Element: IntegerType { Bits: var bits and > 1 } } && bits is not (8 or 16 or 32 or 64);
    }

    /// <summary>add/sub/mul/and/or/xor on packed lanes, lane by lane in place (upper bits of each result dropped).</summary>
    private void PackedLaneBinary(BinaryInst b, VectorType v)
    {
        int bits = v.Element.ScalarBits;
        var code = b.Opcode switch
        {
            Opcode.Add => Code.Add_r64_rm64, Opcode.Sub => Code.Sub_r64_rm64, Opcode.Mul => Code.Imul_r64_rm64,
            Opcode.And => Code.And_r64_rm64, Opcode.Or => Code.Or_r64_rm64, Opcode.Xor => Code.Xor_r64_rm64,
            _ => (Code?)null,
        };
        if (code is null || bits > 56 || (long)bits * v.Count > 256) throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}");
        int a = SpillValue(b.Lhs, extraBytes: 8);
        int c = SpillValue(b.Rhs, extraBytes: 8);
        var keep = NewGpr();
        for (int i = 0; i < v.Count; i++)
        {
            long offset = (long)i * bits;
            long at = offset / 8;
            int shift = (int)(offset % 8);
            var x = NewGpr();
            Emit(Code.Mov_r64_rm64, MOperand.Def(x, 64), MOperand.FrameSlot(64, a, at));
            var y = NewGpr();
            Emit(Code.Mov_r64_rm64, MOperand.Def(y, 64), MOperand.FrameSlot(64, c, at));
            if (shift > 0)
            {
                Emit(Code.Shr_rm64_imm8, MOperand.UseDef(x, 64), MOperand.I(shift));
                Emit(Code.Shr_rm64_imm8, MOperand.UseDef(y, 64), MOperand.I(shift));
            }
            Emit(code.Value, MOperand.UseDef(x, 64), Use(y, 64));
            // Put the low `bits` of x into place, keeping every other bit of the word.
            ulong field = ((1UL << bits) - 1) << shift;
            LoadImmediate(keep, field);
            Emit(Code.Shl_rm64_imm8, MOperand.UseDef(x, 64), MOperand.I(shift));
            Emit(Code.And_r64_rm64, MOperand.UseDef(x, 64), Use(keep, 64));
            Emit(Code.Not_rm64, MOperand.UseDef(keep, 64));
            Emit(Code.And_r64_rm64, MOperand.UseDef(keep, 64), MOperand.FrameSlot(64, a, at));
            Emit(Code.Or_r64_rm64, MOperand.UseDef(x, 64), Use(keep, 64));
            Emit(Code.Mov_rm64_r64, MOperand.FrameSlot(64, a, at), Use(x, 64));
        }
        ReloadValue(b, a);
    }

    /// <summary>Up to 8 half lanes: widened to float lanes (exactly), computed, rounded back once.</summary>
    private void HalfVectorBinary(BinaryInst b, VectorType v)
    {
        bool wide = v.Count > 4;
        if (v.Count > 8 || LaneWiseCode(b.Opcode, isFloat: true, lane: 4, wide) is not { } code)
            throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}");
        int w = wide ? 256 : 128;
        int Widen(Value x)
        {
            var f = NewVec(w);
            Emit(wide ? Code.VEX_Vcvtph2ps_ymm_xmmm128 : Code.VEX_Vcvtph2ps_xmm_xmmm64, MOperand.Def(f, w), Use(Reg(x), 128));
            return f;
        }
        var x = Widen(b.Lhs);
        var y = Widen(b.Rhs);
        var t = NewVec(w);
        Emit(code, MOperand.Def(t, w), Use(x, w), Use(y, w));
        Emit(wide ? Code.VEX_Vcvtps2ph_xmmm128_ymm_imm8 : Code.VEX_Vcvtps2ph_xmmm64_xmm_imm8, MOperand.Def(DefineOne(b), 128), Use(t, w), MOperand.I(0));
    }

    /// <summary>The lanes of a mask register as an integer, lane i in bit i (bits above the lanes zero).</summary>
    private int MaskToBits(int mask, int count)
    {
        int w = MaskBits(count);
        var shifted = NewVec(w);
        // 0/1 bytes: shifting the 16-bit words left by 7 moves each byte's bit 0 to its top bit.
        Emit(w == 256 ? Code.VEX_Vpsllw_ymm_ymm_imm8 : Code.VEX_Vpsllw_xmm_xmm_imm8, MOperand.Def(shifted, w), Use(mask, w), MOperand.I(7));
        var bits = NewGpr();
        Emit(w == 256 ? Code.VEX_Vpmovmskb_r32_ymm : Code.VEX_Vpmovmskb_r32_xmm, MOperand.Def(bits, 32), Use(shifted, w));
        if (count < 32) Emit(Code.And_rm32_imm32, MOperand.UseDef(bits, 32), MOperand.I((1L << count) - 1));
        return bits;
    }

    /// <summary>Defines mask register <paramref name="d"/> from an integer holding lane i in bit i.</summary>
    private void BitsToMask(int d, int bits, int count)
    {
        int w = MaskBits(count);
        int slot = _mf.NewSlot(w / 8, 16);
        for (int k = 0; k < w / 64; k++)
        {
            int lanes = Math.Clamp(count - 8 * k, 0, 8);
            if (lanes == 0)
            {
                Emit(Code.Mov_rm64_imm32, MOperand.FrameSlot(64, slot, 8 * k), MOperand.I(0));
                continue;
            }
            var source = bits;
            if (k > 0)
            {
                source = NewGpr();
                Emit(Code.Mov_r32_rm32, MOperand.Def(source, 32), Use(bits, 32));
                Emit(Code.Shr_rm32_imm8, MOperand.UseDef(source, 32), MOperand.I(8 * k));
            }
            // pdep puts bit j of the source at bit 8j: one 0/1 byte per lane.
            var deposit = NewGpr();
            LoadImmediate(deposit, 0x0101010101010101UL >> (8 * (8 - lanes)));
            var spread = NewGpr();
            Emit(Code.VEX_Pdep_r64_r64_rm64, MOperand.Def(spread, 64), Use(source, 64), Use(deposit, 64));
            Emit(Code.Mov_rm64_r64, MOperand.FrameSlot(64, slot, 8 * k), Use(spread, 64));
        }
        ReloadVector(d, slot, w);
    }

    private void SelectVectorICmp(ICmpInst ic)
    {
        if (!IsLaneVector(ic.Lhs.Type, out var v, out int lane) || v.Element is not IntegerType || !IsMask(ic.Type, out _))
            throw VectorTodo($"icmp on {ic.Lhs.Type}");
        if (TrySimdICmp(ic)) return;
        bool signed = ic.Predicate is IntPredicate.Sgt or IntPredicate.Sge or IntPredicate.Slt or IntPredicate.Sle;
        int a = SpillValue(ic.Lhs);
        int c = SpillValue(ic.Rhs);
        int mw = MaskBits(v.Count);
        int r = _mf.NewSlot(mw / 8, 16);
        var cond = IntCond(ic.Predicate);
        for (int i = 0; i < v.Count; i++)
        {
            var x = LoadLane(a, i, lane, signed);
            var y = LoadLane(c, i, lane, signed);
            Emit(Code.Cmp_r64_rm64, Use(x, 64), Use(y, 64));
            Emit(SetCode(cond), MOperand.FrameSlot(8, r, i));
        }
        var d = DefineOne(ic);
        ReloadVector(d, r, mw);
    }

    /// <summary>
    /// icmp on 8/16/32/64-bit lanes in one register: vpcmpeq / vpcmpgt (unsigned predicates compare
    /// with the sign bits flipped; ne, le and ge invert the opposite compare), then one byte per lane
    /// is picked (vpshufb, the high half or-ed in for a ymm) and turned into 0/1 (vpabsb, or +1 when
    /// inverting).
    /// </summary>
    private bool TrySimdICmp(ICmpInst ic)
    {
        if (!IsSimpleVector(ic.Lhs.Type, out var v, out int lane, out int w) || v.Element is not IntegerType) return false;
        bool wide = w == 256;
        var p = ic.Predicate;
        int a = Reg(ic.Lhs), b = Reg(ic.Rhs);
        if (p is IntPredicate.Ugt or IntPredicate.Uge or IntPredicate.Ult or IntPredicate.Ule)
        {
            int sign = _module.Pool.AddSplat(1UL << (lane * 8 - 1), lane, w / 8);
            var xa = NewVec(w);
            Emit(wide ? Code.VEX_Vpxor_ymm_ymm_ymmm256 : Code.VEX_Vpxor_xmm_xmm_xmmm128, MOperand.Def(xa, w), Use(a, w), MOperand.ConstantRef(w, sign));
            var xb = NewVec(w);
            Emit(wide ? Code.VEX_Vpxor_ymm_ymm_ymmm256 : Code.VEX_Vpxor_xmm_xmm_xmmm128, MOperand.Def(xb, w), Use(b, w), MOperand.ConstantRef(w, sign));
            (a, b) = (xa, xb);
            p = p switch { IntPredicate.Ugt => IntPredicate.Sgt, IntPredicate.Uge => IntPredicate.Sge, IntPredicate.Ult => IntPredicate.Slt, _ => IntPredicate.Sle };
        }
        bool invert = p is IntPredicate.Ne or IntPredicate.Sle or IntPredicate.Sge;
        bool equality = p is IntPredicate.Eq or IntPredicate.Ne;
        // gt(a, b) for sgt/sle, gt(b, a) for slt/sge.
        if (p is IntPredicate.Slt or IntPredicate.Sge) (a, b) = (b, a);
        var code = (equality, lane, wide) switch
        {
            (true, 1, false) => Code.VEX_Vpcmpeqb_xmm_xmm_xmmm128, (true, 1, true) => Code.VEX_Vpcmpeqb_ymm_ymm_ymmm256,
            (true, 2, false) => Code.VEX_Vpcmpeqw_xmm_xmm_xmmm128, (true, 2, true) => Code.VEX_Vpcmpeqw_ymm_ymm_ymmm256,
            (true, 4, false) => Code.VEX_Vpcmpeqd_xmm_xmm_xmmm128, (true, 4, true) => Code.VEX_Vpcmpeqd_ymm_ymm_ymmm256,
            (true, _, false) => Code.VEX_Vpcmpeqq_xmm_xmm_xmmm128, (true, _, true) => Code.VEX_Vpcmpeqq_ymm_ymm_ymmm256,
            (false, 1, false) => Code.VEX_Vpcmpgtb_xmm_xmm_xmmm128, (false, 1, true) => Code.VEX_Vpcmpgtb_ymm_ymm_ymmm256,
            (false, 2, false) => Code.VEX_Vpcmpgtw_xmm_xmm_xmmm128, (false, 2, true) => Code.VEX_Vpcmpgtw_ymm_ymm_ymmm256,
            (false, 4, false) => Code.VEX_Vpcmpgtd_xmm_xmm_xmmm128, (false, 4, true) => Code.VEX_Vpcmpgtd_ymm_ymm_ymmm256,
            (false, _, false) => Code.VEX_Vpcmpgtq_xmm_xmm_xmmm128, _ => Code.VEX_Vpcmpgtq_ymm_ymm_ymmm256,
        };
        var all = NewVec(w);
        Emit(code, MOperand.Def(all, w), Use(a, w), Use(b, w));
        int mw = MaskBits(v.Count);
        int bytes = all;
        if (lane > 1)
        {
            // Byte 0 of every lane, packed to the front (lane-relative within each 128-bit half).
            int perHalf = 16 / lane;
            var control = new byte[w / 8];
            Array.Fill(control, (byte)0x80);
            for (int i = 0; i < v.Count; i++)
            {
                int half = i / perHalf;
                control[half * 16 + i] = (byte)(i % perHalf * lane);
            }
            var picked = NewVec(w);
            Emit(wide ? Code.VEX_Vpshufb_ymm_ymm_ymmm256 : Code.VEX_Vpshufb_xmm_xmm_xmmm128, MOperand.Def(picked, w), Use(all, w),
                MOperand.ConstantRef(w, _module.Pool.Add(control, w / 8)));
            bytes = picked;
            if (wide)
            {
                var high = NewVec(128);
                Emit(Code.VEX_Vextracti128_xmmm128_ymm_imm8, MOperand.Def(high, 128), Use(picked, 256), MOperand.I(1));
                var both = NewVec(128);
                Emit(Code.VEX_Vpor_xmm_xmm_xmmm128, MOperand.Def(both, 128), Use(picked, 128), Use(high, 128));
                bytes = both;
            }
        }
        var d = DefineOne(ic);
        bool maskWide = mw == 256;
        if (invert)
            Emit(maskWide ? Code.VEX_Vpaddb_ymm_ymm_ymmm256 : Code.VEX_Vpaddb_xmm_xmm_xmmm128, MOperand.Def(d, mw), Use(bytes, mw),
                MOperand.ConstantRef(mw, _module.Pool.AddSplat(1, 1, mw / 8)));
        else
            Emit(maskWide ? Code.VEX_Vpabsb_ymm_ymmm256 : Code.VEX_Vpabsb_xmm_xmmm128, MOperand.Def(d, mw), Use(bytes, mw));
        return true;
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
        int mw = MaskBits(v.Count);
        int r = _mf.NewSlot(mw / 8, 16);
        for (int i = 0; i < v.Count; i++)
        {
            var x = LoadLane(lanes, i, lane, signed: false);
            Emit(Code.And_rm32_imm8, MOperand.UseDef(x, 32), MOperand.I(1));
            StoreLane(r, i, 1, x);
        }
        var d = DefineOne(fc);
        ReloadVector(d, r, mw);
    }

    private void SelectVectorSelect(SelectInst s)
    {
        if (!IsMask(s.Condition.Type, out int n) || !IsSimpleVector(s.Type, out var v, out int lane, out int w))
        {
            if (IsMask(s.Type, out _) && IsMask(s.Condition.Type, out _)) { MaskSelect(s); return; }
            throw VectorTodo($"select on {s.Type}");
        }
        // A byte blend on the mask's lanes widened to all-ones/all-zeros.
        int laneMask = LaneMask(Reg(s.Condition), n, lane, w);
        var d = DefineOne(s);
        Emit(w == 256 ? Code.VEX_Vpblendvb_ymm_ymm_ymmm256_ymm : Code.VEX_Vpblendvb_xmm_xmm_xmmm128_xmm,
            MOperand.Def(d, w), Use(Reg(s.FalseValue), w), Use(Reg(s.TrueValue), w), Use(laneMask, w));
    }

    /// <summary>
    /// A mask of <paramref name="n"/> lanes (0/1 bytes) as lanes of <paramref name="lane"/> bytes that are
    /// all ones or all zeros, in a <paramref name="w"/>-bit register: 0 - mask, then sign-extended.
    /// </summary>
    private int LaneMask(int mask, int n, int lane, int w)
    {
        int mw = MaskBits(n);
        var zero = NewVec(mw);
        Emit(mw == 256 ? Code.VEX_Vpxor_ymm_ymm_ymmm256 : Code.VEX_Vpxor_xmm_xmm_xmmm128, MOperand.Def(zero, mw), Use(zero, mw), Use(zero, mw));
        var ones = NewVec(mw);
        Emit(mw == 256 ? Code.VEX_Vpsubb_ymm_ymm_ymmm256 : Code.VEX_Vpsubb_xmm_xmm_xmmm128, MOperand.Def(ones, mw), Use(zero, mw), Use(mask, mw));
        if (lane == 1) return ones;
        var laneMask = NewVec(w);
        var widen = (lane, w == 256) switch
        {
            (2, false) => Code.VEX_Vpmovsxbw_xmm_xmmm64, (2, true) => Code.VEX_Vpmovsxbw_ymm_xmmm128,
            (4, false) => Code.VEX_Vpmovsxbd_xmm_xmmm32, (4, true) => Code.VEX_Vpmovsxbd_ymm_xmmm64,
            (8, false) => Code.VEX_Vpmovsxbq_xmm_xmmm16, _ => Code.VEX_Vpmovsxbq_ymm_xmmm32,
        };
        Emit(widen, MOperand.Def(laneMask, w), Use(ones, 128));
        return laneMask;
    }

    /// <summary>select between two masks: per byte, (c & t) | (~c & f) with 0/1 bytes.</summary>
    private void MaskSelect(SelectInst s)
    {
        IsMask(s.Type, out int n);
        int w = MaskBits(n);
        bool wide = w == 256;
        var c = Reg(s.Condition);
        var t = NewVec(w);
        Emit(wide ? Code.VEX_Vpand_ymm_ymm_ymmm256 : Code.VEX_Vpand_xmm_xmm_xmmm128, MOperand.Def(t, w), Use(c, w), Use(Reg(s.TrueValue), w));
        var f = NewVec(w);
        Emit(wide ? Code.VEX_Vpandn_ymm_ymm_ymmm256 : Code.VEX_Vpandn_xmm_xmm_xmmm128, MOperand.Def(f, w), Use(c, w), Use(Reg(s.FalseValue), w));
        var d = DefineOne(s);
        Emit(wide ? Code.VEX_Vpor_ymm_ymm_ymmm256 : Code.VEX_Vpor_xmm_xmm_xmmm128, MOperand.Def(d, w), Use(t, w), Use(f, w));
    }

    /// <summary>
    /// zext/sext of a mask (0/1 bytes) to lanes of one register: vpmovzx widens 0/1 bytes to 0/1
    /// lanes; sext first turns them into 0/-1 bytes (0 - mask) and widens with vpmovsx.
    /// </summary>
    private bool TrySimdMaskExtend(CastInst c, int n, int lane)
    {
        if (!IsSimpleVector(c.Type, out _, out _, out int w)) return false;
        int mw = MaskBits(n);
        if (lane > 1 && mw != 128) return false;
        bool wide = w == 256;
        int src = Reg(c.Operand);
        bool zero = c.Opcode == Opcode.ZExt;
        if (!zero)
        {
            var z = NewVec(mw);
            Emit(mw == 256 ? Code.VEX_Vpxor_ymm_ymm_ymmm256 : Code.VEX_Vpxor_xmm_xmm_xmmm128, MOperand.Def(z, mw), Use(z, mw), Use(z, mw));
            var neg = NewVec(mw);
            Emit(mw == 256 ? Code.VEX_Vpsubb_ymm_ymm_ymmm256 : Code.VEX_Vpsubb_xmm_xmm_xmmm128, MOperand.Def(neg, mw), Use(z, mw), Use(src, mw));
            src = neg;
        }
        var d = DefineOne(c);
        if (lane == 1)
        {
            Copy(d, src, w);
            return true;
        }
        var code = (lane, wide) switch
        {
            (2, false) => zero ? Code.VEX_Vpmovzxbw_xmm_xmmm64 : Code.VEX_Vpmovsxbw_xmm_xmmm64,
            (2, true) => zero ? Code.VEX_Vpmovzxbw_ymm_xmmm128 : Code.VEX_Vpmovsxbw_ymm_xmmm128,
            (4, false) => zero ? Code.VEX_Vpmovzxbd_xmm_xmmm32 : Code.VEX_Vpmovsxbd_xmm_xmmm32,
            (4, true) => zero ? Code.VEX_Vpmovzxbd_ymm_xmmm64 : Code.VEX_Vpmovsxbd_ymm_xmmm64,
            (_, false) => zero ? Code.VEX_Vpmovzxbq_xmm_xmmm16 : Code.VEX_Vpmovsxbq_xmm_xmmm16,
            _ => zero ? Code.VEX_Vpmovzxbq_ymm_xmmm32 : Code.VEX_Vpmovsxbq_ymm_xmmm32,
        };
        Emit(code, MOperand.Def(d, w), Use(src, 128));
        return true;
    }

    /// <summary>zext/sext of a mask to integer lanes, trunc of integer lanes to a mask, mask to and from iN.</summary>
    private bool TryMaskCast(CastInst c)
    {
        if (IsMask(c.Operand.Type, out int n) && c.Opcode is Opcode.ZExt or Opcode.SExt &&
            IsLaneVector(c.Type, out var to, out int lane) && to.Element is IntegerType)
        {
            if (TrySimdMaskExtend(c, n, lane)) return true;
            int src = SpillVector(Reg(c.Operand), MaskBits(n));
            int dst = _mf.NewSlot(SlotBytes(c.Type), 16);
            for (int i = 0; i < n; i++)
            {
                var x = LoadLane(src, i, 1, signed: false);
                if (c.Opcode == Opcode.SExt) Emit(Code.Neg_rm64, MOperand.UseDef(x, 64));
                StoreLane(dst, i, lane, x);
            }
            ReloadValue(c, dst);
            return true;
        }
        if (IsMask(c.Type, out int m) && c.Opcode == Opcode.Trunc && IsLaneVector(c.Operand.Type, out _, out int fromLane))
        {
            int src = SpillValue(c.Operand);
            int mw = MaskBits(m);
            int dst = _mf.NewSlot(mw / 8, 16);
            for (int i = 0; i < m; i++)
            {
                var x = LoadLane(src, i, fromLane, signed: false);
                Emit(Code.And_rm32_imm8, MOperand.UseDef(x, 32), MOperand.I(1));
                StoreLane(dst, i, 1, x);
            }
            var d = DefineOne(c);
            ReloadVector(d, dst, mw);
            return true;
        }
        if (IsMask(c.Operand.Type, out int k) && c.Opcode == Opcode.BitCast && c.Type is IntegerType it && it.Bits == k)
        {
            Bind(c, MaskToBits(Reg(c.Operand), k));
            return true;
        }
        if (IsMask(c.Type, out int j) && c.Opcode == Opcode.BitCast && c.Operand.Type is IntegerType ft && ft.Bits == j)
        {
            BitsToMask(DefineOne(c), Reg(c.Operand), j);
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
    private int LoadLane(int slot, int i, int lane, bool signed) => LoadLaneFrom(MOperand.FrameSlot(lane * 8, slot, (long)i * lane), lane, signed);

    /// <summary>A lane of <paramref name="lane"/> bytes at <paramref name="mem"/> into a 64-bit GPR, zero- or sign-extended.</summary>
    private int LoadLaneFrom(MOperand mem, int lane, bool signed)
    {
        var r = NewGpr();
        Emit((lane, signed) switch
        {
            (1, false) => Code.Movzx_r32_rm8, (1, true) => Code.Movsx_r64_rm8,
            (2, false) => Code.Movzx_r32_rm16, (2, true) => Code.Movsx_r64_rm16,
            (4, false) => Code.Mov_r32_rm32, (4, true) => Code.Movsxd_r64_rm32,
            _ => Code.Mov_r64_rm64,
        }, MOperand.Def(r, (lane, signed) switch { (1, false) or (2, false) or (4, false) => 32, _ => 64 }), mem);
        return r;
    }

    private void StoreLane(int slot, int i, int lane, int reg) => StoreLaneTo(MOperand.FrameSlot(lane * 8, slot, (long)i * lane), lane, reg);

    private void StoreLaneTo(MOperand mem, int lane, int reg) =>
        Emit(lane switch { 1 => Code.Mov_rm8_r8, 2 => Code.Mov_rm16_r16, 4 => Code.Mov_rm32_r32, _ => Code.Mov_rm64_r64 }, mem, Use(reg, lane * 8));

    private void SelectExtractElement(ExtractElementInst e)
    {
        if (IsMask(e.Vector.Type, out int maskLanes) && e.Index is ConstantInt mi)
        {
            var md = DefineOne(e);
            if (mi.ZExtValue >= (ulong)maskLanes) { MaterializeZero(md, e.Type); return; }
            int ms = SpillVector(Reg(e.Vector), MaskBits(maskLanes));
            Emit(Code.Movzx_r32_rm8, MOperand.Def(md, 32), MOperand.FrameSlot(8, ms, (long)mi.ZExtValue));
            return;
        }
        if (e.Index is not ConstantInt idx)
        {
            ExtractVariableLane(e);
            return;
        }
        if (!IsLaneVector(e.Vector.Type, out var v, out int lane)) throw VectorTodo($"extractelement on {e.Vector.Type}");
        if (idx.ZExtValue >= (ulong)v.Count)
        {
            // Out of range: poison; PyIR gives zero, as the interpreter does.
            MaterializeZero(DefineOne(e), e.Type);
            return;
        }
        var (reg, local, _, _, _) = LaneRegister(e.Vector, v, lane, (int)idx.ZExtValue);
        var d = DefineOne(e);
        if (v.Element is FloatingType)
        {
            // The lane moved to lane 0, which is where a scalar float lives.
            if (local == 0) Copy(d, reg, 128);
            else if (lane == 4) Emit(Code.VEX_Vpermilps_xmm_xmmm128_imm8, MOperand.Def(d, 128), Use(reg, 128), MOperand.I(local));
            else Emit(Code.VEX_Vpermilpd_xmm_xmmm128_imm8, MOperand.Def(d, 128), Use(reg, 128), MOperand.I(1));
            return;
        }
        switch (lane)
        {
            case 1: Emit(Code.VEX_Vpextrb_r32m8_xmm_imm8, MOperand.Def(d, 32), Use(reg, 128), MOperand.I(local)); break;
            case 2: Emit(Code.VEX_Vpextrw_r32_xmm_imm8, MOperand.Def(d, 32), Use(reg, 128), MOperand.I(local)); break;
            case 4 when local == 0: Emit(Code.VEX_Vmovd_rm32_xmm, MOperand.Def(d, 32), Use(reg, 128)); break;
            case 4: Emit(Code.VEX_Vpextrd_rm32_xmm_imm8, MOperand.Def(d, 32), Use(reg, 128), MOperand.I(local)); break;
            case 8 when local == 0: Emit(Code.VEX_Vmovq_rm64_xmm, MOperand.Def(d, 64), Use(reg, 128)); break;
            default: Emit(Code.VEX_Vpextrq_rm64_xmm_imm8, MOperand.Def(d, 64), Use(reg, 128), MOperand.I(local)); break;
        }
    }

    /// <summary>
    /// Where lane <paramref name="index"/> of a vector value is: the 128-bit register holding it (the
    /// upper half of a ymm part extracted with vextracti128), its lane number there, and the part
    /// (index, register, width) it came from.
    /// </summary>
    private (int Reg, int Local, int Part, int PartReg, bool High) LaneRegister(Value vector, VectorType v, int lane, int index)
    {
        var parts = TypeLowering.Parts(vector.Type);
        int perPart = parts.Length == 1 ? v.Count : 256 / (lane * 8);
        int part = index / perPart, local = index % perPart;
        int partReg = Regs(vector)[part];
        int lanesPer128 = 16 / lane;
        if (local < lanesPer128) return (partReg, local, part, partReg, false);
        var high = NewVec(128);
        Emit(Code.VEX_Vextracti128_xmmm128_ymm_imm8, MOperand.Def(high, 128), Use(partReg, 256), MOperand.I(1));
        return (high, local - lanesPer128, part, partReg, true);
    }

    /// <summary>
    /// Spills a vector (or mask) to a slot with one spare zero lane after its last one, and returns
    /// the slot with the index register clamped so that an out-of-range index (poison in LLVM; zero
    /// for extractelement in PyIR, as the interpreter gives) selects the spare lane.
    /// </summary>
    private (int Slot, int Index, int Lane, bool IsFloat) SpillWithSpareLane(Value vector, Value index)
    {
        if (index.Type.ScalarBits > 64) throw VectorTodo("element index wider than 64 bits");
        int slot, count, lane;
        bool isFloat = false;
        if (IsMask(vector.Type, out count))
        {
            lane = 1;
            int w = MaskBits(count);
            slot = _mf.NewSlot(w / 8 + 8, 16);
            StoreVector(slot, 0, Reg(vector), w);
        }
        else if (IsLaneVector(vector.Type, out var v, out lane))
        {
            count = v.Count;
            isFloat = v.Element is FloatingType;
            slot = SpillValue(vector, extraBytes: 8);
        }
        else throw VectorTodo($"element access on {vector.Type}");
        Emit(lane switch { 1 => Code.Mov_rm8_imm8, 2 => Code.Mov_rm16_imm16, 4 => Code.Mov_rm32_imm32, _ => Code.Mov_rm64_imm32 },
            MOperand.FrameSlot(lane * 8, slot, (long)count * lane), MOperand.I(0));
        var i = ZeroExtendAlways(Reg(index), index.Type.ScalarBits, 64);
        var spare = NewGpr();
        Emit(Code.Mov_r32_imm32, MOperand.Def(spare, 32), MOperand.I(count));
        Emit(Code.Cmp_r64_rm64, Use(i, 64), Use(spare, 64));
        Emit(CmovCode(Cond.AE, 64), MOperand.UseDef(i, 64), Use(spare, 64));
        return (slot, i, lane, isFloat);
    }

    private void ExtractVariableLane(ExtractElementInst e)
    {
        var (slot, i, lane, isFloat) = SpillWithSpareLane(e.Vector, e.Index);
        var mem = MOperand.FrameSlot(lane * 8, slot, 0, i, lane);
        var d = DefineOne(e);
        if (isFloat)
            Emit(lane == 4 ? Code.VEX_Vmovss_xmm_m32 : Code.VEX_Vmovsd_xmm_m64, MOperand.Def(d, 128), mem);
        else
            Emit(lane switch { 1 => Code.Movzx_r32_rm8, 2 => Code.Movzx_r32_rm16, 4 => Code.Mov_r32_rm32, _ => Code.Mov_r64_rm64 },
                MOperand.Def(d, lane == 8 ? 64 : 32), mem);
    }

    private void InsertVariableLane(InsertElementInst ins)
    {
        var (slot, i, lane, isFloat) = SpillWithSpareLane(ins.Vector, ins.Index);
        var mem = MOperand.FrameSlot(lane * 8, slot, 0, i, lane);
        var x = Reg(ins.Element);
        if (isFloat) Emit(lane == 4 ? Code.VEX_Vmovss_m32_xmm : Code.VEX_Vmovsd_m64_xmm, mem, Use(x, 128));
        else if (IsMask(ins.Type, out int count))
        {
            var bit = NewGpr();
            Emit(Code.Mov_r32_rm32, MOperand.Def(bit, 32), Use(x, 32));
            Emit(Code.And_rm32_imm8, MOperand.UseDef(bit, 32), MOperand.I(1));
            Emit(Code.Mov_rm8_r8, mem, Use(bit, 8));
            ReloadVector(DefineOne(ins), slot, MaskBits(count));
            return;
        }
        else Emit(lane switch { 1 => Code.Mov_rm8_r8, 2 => Code.Mov_rm16_r16, 4 => Code.Mov_rm32_r32, _ => Code.Mov_rm64_r64 }, mem, Use(x, lane * 8));
        ReloadValue(ins, slot);
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
            int ms = SpillVector(Reg(ins.Vector), MaskBits(maskLanes));
            if (mi.ZExtValue < (ulong)maskLanes)
            {
                var bit = NewGpr();
                Emit(Code.Mov_r32_rm32, MOperand.Def(bit, 32), Use(Reg(ins.Element), 32));
                Emit(Code.And_rm32_imm8, MOperand.UseDef(bit, 32), MOperand.I(1));
                StoreLane(ms, (int)mi.ZExtValue, 1, bit);
            }
            var md = DefineOne(ins);
            ReloadVector(md, ms, MaskBits(maskLanes));
            return;
        }
        if (ins.Index is not ConstantInt idx)
        {
            InsertVariableLane(ins);
            return;
        }
        if (!IsLaneVector(ins.Type, out var v, out int lane)) throw VectorTodo($"insertelement on {ins.Type}");
        if (idx.ZExtValue >= (ulong)v.Count)
        {
            // Out of range: poison; PyIR leaves the vector as it was, as the interpreter does.
            Bind(ins, Regs(ins.Vector));
            return;
        }
        // Inside a chain of inserts into one half of a ymm part (see HalfCarriedOn), the half built so
        // far is in an xmm register already: no extract from the ymm, no insert back into it.
        var (reg, local, part, partReg, high) = _halfInProgress is { } carried && carried.TryGetValue(ins.Vector, out var h)
            ? (h.Half, (int)idx.ZExtValue % (16 / lane), h.Part, h.PartReg, h.High)
            : LaneRegister(ins.Vector, v, lane, (int)idx.ZExtValue);
        var x = Reg(ins.Element);
        var t = NewVec(128);
        if (v.Element is FloatingType)
        {
            if (lane == 4) Emit(Code.VEX_Vinsertps_xmm_xmm_xmmm32_imm8, MOperand.Def(t, 128), Use(reg, 128), Use(x, 128), MOperand.I(local << 4));
            else if (local == 0) Emit(Code.VEX_Vmovsd_xmm_xmm_xmm, MOperand.Def(t, 128), Use(reg, 128), Use(x, 128));
            else Emit(Code.VEX_Vunpcklpd_xmm_xmm_xmmm128, MOperand.Def(t, 128), Use(reg, 128), Use(x, 128));
        }
        else
        {
            var code = lane switch
            {
                1 => Code.VEX_Vpinsrb_xmm_xmm_r32m8_imm8, 2 => Code.VEX_Vpinsrw_xmm_xmm_r32m16_imm8,
                4 => Code.VEX_Vpinsrd_xmm_xmm_rm32_imm8, _ => Code.VEX_Vpinsrq_xmm_xmm_rm64_imm8,
            };
            Emit(code, MOperand.Def(t, 128), Use(reg, 128), Use(x, lane == 8 ? 64 : 32), MOperand.I(local));
        }
        int[] regs = [.. Regs(ins.Vector)];
        if (TypeLowering.Parts(ins.Type)[part].Bits == 256)
        {
            if (HalfCarriedOn(ins, v, lane, part, high))
            {
                // Only the next insert reads this value, and it takes the half from here.
                (_halfInProgress ??= new(ReferenceEqualityComparer.Instance))[ins] = (t, part, partReg, high);
                Bind(ins, regs);
                return;
            }
            // Put the changed 128-bit half back into its ymm part.
            regs[part] = NewVec(256);
            Emit(Code.VEX_Vinserti128_ymm_ymm_xmmm128_imm8, MOperand.Def(regs[part], 256), Use(partReg, 256), Use(t, 128), MOperand.I(high ? 1 : 0));
        }
        else regs[part] = t;
        Bind(ins, regs);
    }

    /// <summary>
    /// Whether the insert <paramref name="ins"/> into the given half of a 256-bit part can leave that
    /// half in its xmm register for the next insert: its one user is an insertelement of a constant
    /// lane into the same half of the same part, with <paramref name="ins"/> as its vector. (clang's
    /// build of a vector from 32 loaded bytes is such a chain: one extract and one vinserti128 per
    /// half instead of one of each per byte.)
    /// </summary>
    private static bool HalfCarriedOn(InsertElementInst ins, VectorType v, int lane, int part, bool high)
    {
        if (ins.UserCount != 1 || ins.GetUser(0) is not InsertElementInst next || !ReferenceEquals(next.Vector, ins)
            || ReferenceEquals(next.Element, ins) || next.Index is not ConstantInt ni || ni.ZExtValue >= (ulong)v.Count)
            return false;
        int perPart = 256 / (lane * 8), index = (int)ni.ZExtValue;
        return index / perPart == part && (index % perPart >= 16 / lane) == high;
    }

    private void SelectShuffle(ShuffleVectorInst s)
    {
        int lane;
        VectorType rv, sv;
        if (IsMask(s.Type, out _) && IsMask(s.V1.Type, out _)) (rv, sv, lane) = ((VectorType)s.Type, (VectorType)s.V1.Type, 1);
        else if (!IsLaneVector(s.Type, out rv, out lane) || !IsLaneVector(s.V1.Type, out sv, out _))
            throw VectorTodo($"shufflevector on {s.V1.Type} to {s.Type}");
        if (TryByteShuffle(s, rv, sv, lane)) return;
        var mask = s.Mask;
        bool usesRhs = ReadsSecondSource(mask, sv.Count);
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

    /// <summary>Whether a shuffle mask picks any lane of the second source (lanes from <paramref name="sourceLanes"/> on).</summary>
    private static bool ReadsSecondSource(int[] mask, int sourceLanes)
    {
        foreach (int m in mask)
            if (m >= sourceLanes) return true;
        return false;
    }

    /// <summary>
    /// shufflevector as byte shuffles: values of at most 256 bits in one <see cref="ShuffleBytes"/>;
    /// wider values (split into 256-bit parts, see <see cref="TypeLowering"/>) part by part, each
    /// result part picking bytes from any parts of either source (<see cref="ShuffleRegisters"/>).
    /// </summary>
    private bool TryByteShuffle(ShuffleVectorInst s, VectorType rv, VectorType sv, int lane)
    {
        int resultBytes = rv.Count * lane, sourceBytes = sv.Count * lane;
        (int Source, int Byte)? Pick(int j)
        {
            int m = s.Mask[j / lane];
            if (m < 0) return null;
            int source = m < sv.Count ? 0 : 1;
            return (source, (m - source * sv.Count) * lane + j % lane);
        }
        if (resultBytes <= 32 && sourceBytes <= 32)
        {
            ShuffleBytes(s, [s.V1, s.V2], resultBytes, Pick);
            return true;
        }
        if (IsMask(s.Type, out _)) return false;
        // Source registers: the parts of V1, then those of V2 (only when read), 32 bytes each but the last.
        bool usesRhs = ReadsSecondSource(s.Mask, sv.Count);
        var v1 = Regs(s.V1);
        var v2 = usesRhs ? Regs(s.V2) : [];
        var sourceParts = TypeLowering.Parts(s.V1.Type);
        var regs = new int[v1.Length + v2.Length];
        var bits = new int[regs.Length];
        for (int p = 0; p < regs.Length; p++)
        {
            regs[p] = p < v1.Length ? v1[p] : v2[p - v1.Length];
            bits[p] = sourceParts[p % v1.Length].Bits;
        }
        var resultParts = TypeLowering.Parts(s.Type);
        var result = new int[resultParts.Length];
        int v1Parts = v1.Length;
        for (int p = 0; p < resultParts.Length; p++)
        {
            int offset = (int)resultParts[p].Offset;
            int bytes = Math.Min(32, resultBytes - offset);
            result[p] = ShuffleRegisters(regs, bits, resultParts[p].Bits, bytes, j => Pick(offset + j) is { } picked
                ? (picked.Source * v1Parts + picked.Byte / 32, picked.Byte % 32)
                : null);
        }
        Bind(s, result);
        return true;
    }

    /// <summary>
    /// Defines <paramref name="result"/> (one register of at most 256 bits) byte by byte: byte j is
    /// byte <c>pick(j).Byte</c> of source <c>pick(j).Source</c>, or zero where pick gives null. For
    /// each source and each of its 128-bit halves that is read, that half is put in every 128-bit
    /// lane of the result width (vpermq; nothing for a 128-bit result reading a low half), vpshufb
    /// picks the bytes (0x80 elsewhere gives zero), and the pieces are or-ed together.
    /// </summary>
    private void ShuffleBytes(Value result, Value[] sources, int resultBytes, Func<int, (int Source, int Byte)?> pick)
    {
        int rw = TypeLowering.Parts(result.Type)[0].Bits;
        var regs = new int[sources.Length];
        var bits = new int[sources.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            // Only sources that are read are materialized (an unread poison operand costs nothing).
            bool read = false;
            for (int j = 0; j < resultBytes && !read; j++) read = pick(j) is { } p && p.Source == i;
            if (read) (regs[i], bits[i]) = (Reg(sources[i]), TypeLowering.Parts(sources[i].Type)[0].Bits);
        }
        var merged = ShuffleRegisters(regs, bits, rw, resultBytes, pick);
        var d = DefineOne(result);
        Copy(d, merged, rw);
    }

    /// <summary>
    /// A fresh register of <paramref name="rw"/> bits whose byte j (j &lt; resultBytes) is byte
    /// <c>pick(j).Byte</c> (&lt; 32) of register <c>sources[pick(j).Source]</c>, or zero where pick
    /// gives null (bytes from resultBytes on are zero too). For each source register and each of its
    /// 128-bit halves that is read, that half is put in every 128-bit lane of the result width (vpermq;
    /// skipped when a 256-bit source's half only feeds the result lane it already sits in, and for a
    /// 128-bit result reading a low half), vpshufb picks the bytes (0x80 elsewhere gives zero), and the
    /// pieces are or-ed together. A result that is one whole source register in order (undefined bytes
    /// aside) is that register itself.
    /// </summary>
    private int ShuffleRegisters(int[] sources, int[] sourceBits, int rw, int resultBytes, Func<int, (int Source, int Byte)?> pick)
    {
        // One vpshufb control per (source, 128-bit half) that is read, kept in (source, half) order
        // at index 2 * source + half; 0x80 picks zero.
        int width = rw / 8;
        var controls = new byte[sources.Length * 2 * width];
        var read = new bool[sources.Length * 2];
        var crossLane = new bool[sources.Length * 2];
        int identity = -2; // the one source register every defined byte comes from in place; -1 when none
        for (int j = 0; j < resultBytes; j++)
        {
            if (pick(j) is not { } picked) continue;
            var (source, k) = picked;
            if (k is < 0 or >= 32) throw new InvalidOperationException($"byte {k} of a register picked");
            identity = k == j && (identity == -2 || identity == source) ? source : -1;
            int key = 2 * source + k / 16;
            var control = controls.AsSpan(key * width, width);
            if (!read[key])
            {
                read[key] = true;
                control.Fill(0x80);
            }
            control[j] = (byte)(k % 16);
            if (j / 16 != k / 16) crossLane[key] = true;
        }
        if (identity >= 0 && sourceBits[identity] == rw) return sources[identity];
        bool wide = rw == 256;
        int merged = -1;
        for (int key = 0; key < read.Length; key++)
        {
            if (!read[key]) continue;
            int source = key / 2, half = key % 2;
            var control = controls.AsSpan(key * width, width);
            int reg = sources[source];
            int input = reg;
            if (wide && (crossLane[key] || sourceBits[source] < 256))
            {
                input = NewVec(256);
                Emit(Code.VEX_Vpermq_ymm_ymmm256_imm8, MOperand.Def(input, 256), Use(reg, 256), MOperand.I(half == 0 ? 0x44 : 0xEE));
            }
            else if (!wide && half == 1)
            {
                input = NewVec(128);
                Emit(Code.VEX_Vextracti128_xmmm128_ymm_imm8, MOperand.Def(input, 128), Use(reg, 256), MOperand.I(1));
            }
            var picked = NewVec(rw);
            Emit(wide ? Code.VEX_Vpshufb_ymm_ymm_ymmm256 : Code.VEX_Vpshufb_xmm_xmm_xmmm128, MOperand.Def(picked, rw), Use(input, rw),
                MOperand.ConstantRef(rw, _module.Pool.Add(control, rw / 8)));
            if (merged < 0) merged = picked;
            else
            {
                var both = NewVec(rw);
                Emit(wide ? Code.VEX_Vpor_ymm_ymm_ymmm256 : Code.VEX_Vpor_xmm_xmm_xmmm128, MOperand.Def(both, rw), Use(merged, rw), Use(picked, rw));
                merged = both;
            }
        }
        if (merged < 0)
        {
            merged = NewVec(rw);
            Emit(wide ? Code.VEX_Vpxor_ymm_ymm_ymmm256 : Code.VEX_Vpxor_xmm_xmm_xmmm128, MOperand.Def(merged, rw), Use(merged, rw), Use(merged, rw));
        }
        return merged;
    }

    /// <summary>
    /// Integer lane casts within one register each: trunc keeps the low bytes of every lane (a byte
    /// shuffle); zext/sext widen with vpmovzx/vpmovsx.
    /// </summary>
    private bool TryIntegerLaneCast(CastInst c, VectorType from, int fromLane, VectorType to, int toLane)
    {
        if (!IsSimpleVector(c.Operand.Type, out _, out _, out _) || !IsSimpleVector(c.Type, out _, out _, out int w)) return false;
        if (c.Opcode == Opcode.Trunc)
        {
            ShuffleBytes(c, [c.Operand], to.Count * toLane, j => (0, j / toLane * fromLane + j % toLane));
            return true;
        }
        bool zero = c.Opcode == Opcode.ZExt;
        bool wide = w == 256;
        Code? code = (fromLane, toLane, wide) switch
        {
            (1, 2, false) => zero ? Code.VEX_Vpmovzxbw_xmm_xmmm64 : Code.VEX_Vpmovsxbw_xmm_xmmm64,
            (1, 2, true) => zero ? Code.VEX_Vpmovzxbw_ymm_xmmm128 : Code.VEX_Vpmovsxbw_ymm_xmmm128,
            (1, 4, false) => zero ? Code.VEX_Vpmovzxbd_xmm_xmmm32 : Code.VEX_Vpmovsxbd_xmm_xmmm32,
            (1, 4, true) => zero ? Code.VEX_Vpmovzxbd_ymm_xmmm64 : Code.VEX_Vpmovsxbd_ymm_xmmm64,
            (1, 8, false) => zero ? Code.VEX_Vpmovzxbq_xmm_xmmm16 : Code.VEX_Vpmovsxbq_xmm_xmmm16,
            (1, 8, true) => zero ? Code.VEX_Vpmovzxbq_ymm_xmmm32 : Code.VEX_Vpmovsxbq_ymm_xmmm32,
            (2, 4, false) => zero ? Code.VEX_Vpmovzxwd_xmm_xmmm64 : Code.VEX_Vpmovsxwd_xmm_xmmm64,
            (2, 4, true) => zero ? Code.VEX_Vpmovzxwd_ymm_xmmm128 : Code.VEX_Vpmovsxwd_ymm_xmmm128,
            (2, 8, false) => zero ? Code.VEX_Vpmovzxwq_xmm_xmmm32 : Code.VEX_Vpmovsxwq_xmm_xmmm32,
            (2, 8, true) => zero ? Code.VEX_Vpmovzxwq_ymm_xmmm64 : Code.VEX_Vpmovsxwq_ymm_xmmm64,
            (4, 8, false) => zero ? Code.VEX_Vpmovzxdq_xmm_xmmm64 : Code.VEX_Vpmovsxdq_xmm_xmmm64,
            (4, 8, true) => zero ? Code.VEX_Vpmovzxdq_ymm_xmmm128 : Code.VEX_Vpmovsxdq_ymm_xmmm128,
            _ => null,
        };
        if (code is null) return false;
        Emit(code.Value, MOperand.Def(DefineOne(c), w), Use(Reg(c.Operand), 128));
        return true;
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
            if (c.Opcode == Opcode.BitCast)
            {
                BitCastThroughMemory(c);
                return;
            }
            throw VectorTodo($"'{c.Opcode.Name()}' from {c.Operand.Type} to {c.Type}");
        }
        if (TryIntegerLaneCast(c, from, fromLane, to, toLane)) return;
        int src = SpillValue(c.Operand);
        int dst = _mf.NewSlot(SlotBytes(c.Type), 16);
        for (int i = 0; i < from.Count; i++)
            StoreLane(dst, i, toLane, LoadLane(src, i, fromLane, signed: c.Opcode == Opcode.SExt));
        ReloadValue(c, dst);
    }

    /// <summary>Any other bitcast: store the value in its memory layout, load it back as the other type.</summary>
    private void BitCastThroughMemory(CastInst c)
    {
        long size = Math.Max(DataLayout.StoreSize(c.Type), DataLayout.StoreSize(c.Operand.Type));
        int slot = _mf.NewSlot((int)size + 32, 16);
        var addr = MOperand.FrameSlot(0, slot);
        var from = TypeLowering.Parts(c.Operand.Type);
        var src = Regs(c.Operand);
        for (int k = 0; k < from.Length; k++) StorePart(src[k], from[k], addr);
        var to = TypeLowering.Parts(c.Type);
        var d = Define(c);
        for (int k = 0; k < to.Length; k++) LoadPart(d[k], to[k], addr);
    }

    private void SelectVectorBuiltin(CallInst call, Builtin op, Value[] args)
    {
        if (op is Builtin.ReduceAnd or Builtin.ReduceOr or Builtin.ReduceXor or Builtin.ReduceUMax or Builtin.ReduceUMin
                or Builtin.ReduceSMax or Builtin.ReduceSMin or Builtin.ReduceAdd or Builtin.ReduceMul &&
            IsMask(args[0].Type, out int n))
        {
            // On 0/1 lanes: or/umax/smin are "any", and/umin/smax/mul are "all", xor/add are parity.
            int slot = SpillVector(Reg(args[0]), MaskBits(n));
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
        if (IntegerBuiltinArity(op) > 0 && IsLaneVector(call.Type, out var iv, out int ilane) && iv.Element is IntegerType)
        {
            IntegerBuiltinLanes(call, op, args, iv, ilane);
            return;
        }
        if (IsSimpleVector(call.Type, out var rt, out int rlane, out int rw))
        {
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
        if (op is Builtin.ReduceFAdd or Builtin.ReduceFMul or Builtin.ReduceFMax or Builtin.ReduceFMin)
        {
            FloatReduction(call, op, args);
            return;
        }
        throw VectorTodo($"{op}");
    }

    /// <summary>
    /// Floating-point reductions in lane order, as the interpreter does: fadd/fmul from the start
    /// value without reassociation, fmax/fmin as maxnum/minnum from lane 0.
    /// </summary>
    private void FloatReduction(CallInst call, Builtin op, Value[] args)
    {
        bool ordered = op is Builtin.ReduceFAdd or Builtin.ReduceFMul;
        var vector = ordered ? args[1] : args[0];
        if (!IsLaneVector(vector.Type, out var v, out int lane) || v.Element is not FloatingType) throw VectorTodo($"{op} on {vector.Type}");
        bool dbl = lane == 8;
        int slot = SpillValue(vector);
        int LoadFloatLane(int i)
        {
            var x = NewVec(128);
            Emit(dbl ? Code.VEX_Vmovsd_xmm_m64 : Code.VEX_Vmovss_xmm_m32, MOperand.Def(x, 128), MOperand.FrameSlot(lane * 8, slot, (long)i * lane));
            return x;
        }
        int acc = ordered ? Reg(args[0]) : LoadFloatLane(0);
        for (int i = ordered ? 0 : 1; i < v.Count; i++)
        {
            var x = LoadFloatLane(i);
            var t = NewVec(128);
            switch (op)
            {
                case Builtin.ReduceFAdd:
                    Emit(dbl ? Code.VEX_Vaddsd_xmm_xmm_xmmm64 : Code.VEX_Vaddss_xmm_xmm_xmmm32, MOperand.Def(t, 128), Use(acc, 128), Use(x, 128));
                    break;
                case Builtin.ReduceFMul:
                    Emit(dbl ? Code.VEX_Vmulsd_xmm_xmm_xmmm64 : Code.VEX_Vmulss_xmm_xmm_xmmm32, MOperand.Def(t, 128), Use(acc, 128), Use(x, 128));
                    break;
                default:
                    EmitFloatMinMax(t, op == Builtin.ReduceFMax ? Builtin.MaxNum : Builtin.MinNum, dbl, acc, x, 128, scalar: true);
                    break;
            }
            acc = t;
        }
        Bind(call, acc);
    }

    /// <summary>Loads a bit-packed mask (lane i in bit i of ceil(N/8) bytes) into its byte-per-lane register.</summary>
    private void LoadPackedBoolVector(int d, VectorType t, MOperand addr)
    {
        if (!IsMask(t, out int n))
        {
            // Other packed lanes stay in their memory layout.
            LoadOddVector(d, TypeLowering.Parts(t)[0], At(addr, 0, 0), DataLayout.StoreSize(t));
            return;
        }
        var bits = NewGpr();
        switch ((n + 7) / 8)
        {
            case 1: Emit(Code.Movzx_r32_rm8, MOperand.Def(bits, 32), At(addr, 0, 8)); break;
            case 2: Emit(Code.Movzx_r32_rm16, MOperand.Def(bits, 32), At(addr, 0, 16)); break;
            case 3:
            {
                Emit(Code.Movzx_r32_rm16, MOperand.Def(bits, 32), At(addr, 0, 16));
                var high = NewGpr();
                Emit(Code.Movzx_r32_rm8, MOperand.Def(high, 32), At(addr, 2, 8));
                Emit(Code.Shl_rm32_imm8, MOperand.UseDef(high, 32), MOperand.I(16));
                Emit(Code.Or_r32_rm32, MOperand.UseDef(bits, 32), Use(high, 32));
                break;
            }
            default: Emit(Code.Mov_r32_rm32, MOperand.Def(bits, 32), At(addr, 0, 32)); break;
        }
        BitsToMask(d, bits, n);
    }

    /// <summary>Stores a mask bit-packed: lane i in bit i, the unused bits of the last byte zero.</summary>
    private void StorePackedBoolVector(int src, VectorType t, MOperand addr)
    {
        if (!IsMask(t, out int n))
        {
            StoreOddVector(src, TypeLowering.Parts(t)[0], At(addr, 0, 0), DataLayout.StoreSize(t));
            return;
        }
        var bits = MaskToBits(src, n);
        switch ((n + 7) / 8)
        {
            case 1: Emit(Code.Mov_rm8_r8, At(addr, 0, 8), Use(bits, 8)); break;
            case 2: Emit(Code.Mov_rm16_r16, At(addr, 0, 16), Use(bits, 16)); break;
            case 3:
                Emit(Code.Mov_rm16_r16, At(addr, 0, 16), Use(bits, 16));
                Emit(Code.Shr_rm32_imm8, MOperand.UseDef(bits, 32), MOperand.I(16));
                Emit(Code.Mov_rm8_r8, At(addr, 2, 8), Use(bits, 8));
                break;
            default: Emit(Code.Mov_rm32_r32, At(addr, 0, 32), Use(bits, 32)); break;
        }
    }
    /// <summary>A vector of 2, 3, 5..7, 9..15 or 17..31 bytes: copied piece by piece into a stack slot, then loaded whole.</summary>
    private void LoadOddVector(int d, Part p, MOperand addr, long bytes)
    {
        int slot = _mf.NewSlot(p.Bits / 8, 16);
        CopyMemory(MOperand.FrameSlot(0, slot), At(addr, p.Offset, 0), bytes);
        ReloadVector(d, slot, p.Bits);
    }

    /// <summary>Stores only the vector's own bytes (not the register's padding).</summary>
    private void StoreOddVector(int src, Part p, MOperand addr, long bytes)
    {
        int slot = SpillVector(src, p.Bits);
        CopyMemory(At(addr, p.Offset, 0), MOperand.FrameSlot(0, slot), bytes);
    }
}
