// Vector patterns (AVX2 over xmm/ymm registers), for vectors that fit one register (≤ 256 bits)
// with lanes of 8, 16, 32 or 64 bits.
//   - Lane-wise arithmetic with a direct AVX instruction (float add/sub/mul/div; integer add, sub,
//     and, or, xor; i16/i32 mul) is one instruction.
//   - Everything else goes through a stack slot, lane by lane, with scalar instructions: inserting
//     and extracting lanes, shuffles, integer casts between lane widths, the integer reductions, and
//     lane-wise operations without a direct instruction (i8/i64 mul, shifts). Correct first; faster
//     patterns (broadcasts, permutes, packs) can replace these one at a time.
// What is not handled yet (vector compares and selects, i1 vectors, float casts and intrinsics,
// divisions, variable lane indices) raises JitUnsupportedException, and the engine then runs the
// module in the interpreter.
using Iced.Intel;
using PyIR.Backend.Mir;
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

    private void RequireSimple(IrType t, string what)
    {
        if (!IsSimpleVector(t, out _, out _, out _)) throw VectorTodo($"{what} on {t}");
    }

    // ---------------------------------------------------------------- lane-wise arithmetic

    private void SelectVectorBinary(BinaryInst b)
    {
        if (!IsSimpleVector(b.Type, out var v, out int lane, out int w)) throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}");
        bool wide = w == 256;
        Code? code = null;
        if (v.Element is FloatingType)
        {
            bool dbl = lane == 8;
            code = (b.Opcode, dbl, wide) switch
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
            };
        }
        else
        {
            code = (b.Opcode, lane, wide) switch
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
            if (code is null && b.Opcode is Opcode.Mul or Opcode.Shl or Opcode.LShr or Opcode.AShr)
            {
                IntegerLaneLoop(b, v, lane, w);
                return;
            }
        }
        if (code is null) throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}");
        var d = DefineOne(b);
        Emit(code.Value, MOperand.Def(d, w), Use(Reg(b.Lhs), w), Use(Reg(b.Rhs), w));
    }

    /// <summary>Integer mul and shifts lane by lane through the stack (shift amounts modulo the lane width).</summary>
    private void IntegerLaneLoop(BinaryInst b, VectorType v, int lane, int w)
    {
        int a = SpillVector(Reg(b.Lhs), w);
        int c = SpillVector(Reg(b.Rhs), w);
        int r = _mf.NewSlot(w / 8, 16);
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
        var d = DefineOne(b);
        ReloadVector(d, r, w);
    }

    // ---------------------------------------------------------------- lanes through the stack

    /// <summary>Stores a vector register into a fresh stack slot and returns the slot.</summary>
    private int SpillVector(int reg, int w)
    {
        int slot = _mf.NewSlot(w / 8, 16);
        Emit(w == 256 ? Code.VEX_Vmovups_ymmm256_ymm : Code.VEX_Vmovups_xmmm128_xmm, MOperand.FrameSlot(w, slot), Use(reg, w));
        return slot;
    }

    private void ReloadVector(int d, int slot, int w) =>
        Emit(w == 256 ? Code.VEX_Vmovups_ymm_ymmm256 : Code.VEX_Vmovups_xmm_xmmm128, MOperand.Def(d, w), MOperand.FrameSlot(w, slot));

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
        if (!IsSimpleVector(e.Vector.Type, out var v, out int lane, out int w)) throw VectorTodo($"extractelement on {e.Vector.Type}");
        if (e.Index is not ConstantInt idx) throw VectorTodo("extractelement with a variable index");
        var d = DefineOne(e);
        if (idx.ZExtValue >= (ulong)v.Count)
        {
            // Out of range: poison; PyIR gives zero, as the interpreter does.
            MaterializeZero(d, e.Type);
            return;
        }
        int slot = SpillVector(Reg(e.Vector), w);
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
        if (!IsSimpleVector(ins.Type, out var v, out int lane, out int w)) throw VectorTodo($"insertelement on {ins.Type}");
        if (ins.Index is not ConstantInt idx) throw VectorTodo("insertelement with a variable index");
        int slot = SpillVector(Reg(ins.Vector), w);
        if (idx.ZExtValue < (ulong)v.Count)
        {
            var mem = MOperand.FrameSlot(lane * 8, slot, (long)idx.ZExtValue * lane);
            var x = Reg(ins.Element);
            if (v.Element is FloatingType) Emit(lane == 4 ? Code.VEX_Vmovss_m32_xmm : Code.VEX_Vmovsd_m64_xmm, mem, Use(x, 128));
            else StoreLane(slot, (int)idx.ZExtValue, lane, x);
        }
        var d = DefineOne(ins);
        ReloadVector(d, slot, w);
    }

    private void SelectShuffle(ShuffleVectorInst s)
    {
        if (!IsSimpleVector(s.Type, out var rv, out int lane, out int w) ||
            !IsSimpleVector(s.V1.Type, out var sv, out _, out int sw))
            throw VectorTodo($"shufflevector on {s.V1.Type} to {s.Type}");
        var mask = s.Mask;
        bool usesRhs = mask.Any(m => m >= sv.Count);
        int a = SpillVector(Reg(s.V1), sw);
        int b = usesRhs ? SpillVector(Reg(s.V2), sw) : -1;
        int r = _mf.NewSlot(w / 8, 16);
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
        var d = DefineOne(s);
        if (w == 256 || rv.Count * lane == 16) ReloadVector(d, r, w);
        else
        {
            // A result narrower than 16 bytes: the unused upper bytes of the slot are don't-care.
            ReloadVector(d, r, 128);
        }
    }

    // ---------------------------------------------------------------- casts and reductions

    private void SelectVectorCast(CastInst c)
    {
        if (c.Opcode is not (Opcode.Trunc or Opcode.ZExt or Opcode.SExt) ||
            !IsSimpleVector(c.Operand.Type, out var from, out int fromLane, out int fromW) ||
            !IsSimpleVector(c.Type, out var to, out int toLane, out int toW) ||
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
        int src = SpillVector(Reg(c.Operand), fromW);
        int dst = _mf.NewSlot(toW / 8, 16);
        for (int i = 0; i < from.Count; i++)
            StoreLane(dst, i, toLane, LoadLane(src, i, fromLane, signed: c.Opcode == Opcode.SExt));
        var d = DefineOne(c);
        ReloadVector(d, dst, toW);
    }

    private void SelectVectorBuiltin(CallInst call, Builtin op, Value[] args)
    {
        if (op is Builtin.ReduceAdd or Builtin.ReduceMul or Builtin.ReduceAnd or Builtin.ReduceOr or Builtin.ReduceXor &&
            IsSimpleVector(args[0].Type, out var v, out int lane, out int w) && v.Element is IntegerType)
        {
            int slot = SpillVector(Reg(args[0]), w);
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

    private void SelectVectorICmp(ICmpInst ic) => throw VectorTodo($"icmp on {ic.Lhs.Type}");
    private void SelectVectorFCmp(FCmpInst fc) => throw VectorTodo($"fcmp on {fc.Lhs.Type}");
    private void SelectVectorSelect(SelectInst s) => throw VectorTodo($"select on {s.Type}");
    private void LoadPackedBoolVector(int d, VectorType t, MOperand addr) => throw VectorTodo($"loads of {t}");
    private void StorePackedBoolVector(int src, VectorType t, MOperand addr) => throw VectorTodo($"stores of {t}");
    private void LoadOddVector(int d, Part p, MOperand addr, long bytes) => throw VectorTodo($"loads of {p.Type}");
    private void StoreOddVector(int src, Part p, MOperand addr, long bytes) => throw VectorTodo($"stores of {p.Type}");
}
