// Vector division and remainder by a constant vector without div: i32 lanes by a splat divisor
// all at once (AVX2 multiply-high through vpmuludq/vpmuldq on even and odd lanes, the same magic
// numbers as the scalar code, DivisionMagic.cs); any other constant divisor (other lane widths,
// different divisors per lane) lane by lane through the scalar sequences of
// Isel.DivideByConstant.cs. Divisors with a 0 lane, or a -1 lane for signed ops, keep the lane
// loop with div and its traps.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private bool TrySelectVectorDivideByConstant(BinaryInst b, VectorType v, int lane)
    {
        if (b.Rhs is not ConstantAggregate divisor) return false;
        var lanes = new ConstantInt[v.Count];
        for (int i = 0; i < v.Count; i++)
        {
            if (divisor.GetAggregateElement(i) is not ConstantInt c || !DividesWithoutDiv(b.Opcode, c)) return false;
            lanes[i] = c;
        }
        if (lane == 4 && IsSimpleVector(b.Type, out _, out _, out int w) && lanes.All(c => c.Bits == lanes[0].Bits))
        {
            SplatI32Division(b, lanes[0], w);
            return true;
        }
        bool signed = b.Opcode is Opcode.SDiv or Opcode.SRem;
        int a = SpillValue(b.Lhs);
        int r = _mf.NewSlot(SlotBytes(b.Type), 16);
        for (int i = 0; i < v.Count; i++)
        {
            var x = LoadLane(a, i, lane, signed); // extended to 64 bits, so also to 32
            var q = NewGpr();
            EmitDivideByConstant(q, x, lanes[i], b.Opcode, lane == 8 ? 64 : 32);
            StoreLane(r, i, lane, q);
        }
        ReloadValue(b, r);
        return true;
    }

    /// <summary>Every i32 lane of one xmm/ymm register divided by the same constant.</summary>
    private void SplatI32Division(BinaryInst b, ConstantInt c, int w)
    {
        bool wide = w == 256;
        bool remainder = b.Opcode is Opcode.URem or Opcode.SRem;
        int x = Reg(b.Lhs);
        int result = DefineOne(b);
        int q = remainder ? NewVec(w) : result;
        Code Pick(Code xmm, Code ymm) => wide ? ymm : xmm;
        int Op(Code xmm, Code ymm, int l, MOperand r)
        {
            var d = NewVec(w);
            Emit(Pick(xmm, ymm), MOperand.Def(d, w), Use(l, w), r);
            return d;
        }
        int Splat(ulong value) => _module.Pool.AddSplat(value, 4, w / 8);
        MOperand Const(ulong value) => MOperand.ConstantRef(w, Splat(value));
        int Srl(int l, int k) => k == 0 ? l : Op(Code.VEX_Vpsrld_xmm_xmm_imm8, Code.VEX_Vpsrld_ymm_ymm_imm8, l, MOperand.I(k));
        int Sra(int l, int k) => k == 0 ? l : Op(Code.VEX_Vpsrad_xmm_xmm_imm8, Code.VEX_Vpsrad_ymm_ymm_imm8, l, MOperand.I(k));
        int Add(int l, int r) => Op(Code.VEX_Vpaddd_xmm_xmm_xmmm128, Code.VEX_Vpaddd_ymm_ymm_ymmm256, l, Use(r, w));
        int Sub(int l, int r) => Op(Code.VEX_Vpsubd_xmm_xmm_xmmm128, Code.VEX_Vpsubd_ymm_ymm_ymmm256, l, Use(r, w));
        void Move(int d, int s) => Copy(d, s, w);
        // The high 32 bits of each lane's 64-bit product with m (signed or unsigned).
        int MulHigh(int l, ulong m, bool signed)
        {
            var mul = signed ? (Code.VEX_Vpmuldq_xmm_xmm_xmmm128, Code.VEX_Vpmuldq_ymm_ymm_ymmm256) : (Code.VEX_Vpmuludq_xmm_xmm_xmmm128, Code.VEX_Vpmuludq_ymm_ymm_ymmm256);
            var even = Op(mul.Item1, mul.Item2, l, Const(m));
            even = Op(Code.VEX_Vpsrlq_xmm_xmm_imm8, Code.VEX_Vpsrlq_ymm_ymm_imm8, even, MOperand.I(32));
            var odd = Op(Code.VEX_Vpsrlq_xmm_xmm_imm8, Code.VEX_Vpsrlq_ymm_ymm_imm8, l, MOperand.I(32));
            odd = Op(mul.Item1, mul.Item2, odd, Const(m));
            var d = NewVec(w);
            Emit(Pick(Code.VEX_Vpblendd_xmm_xmm_xmmm128_imm8, Code.VEX_Vpblendd_ymm_ymm_ymmm256_imm8), MOperand.Def(d, w), Use(even, w), Use(odd, w), MOperand.I(0xAA));
            return d;
        }

        ulong divisor = c.Bits & uint.MaxValue;
        if (b.Opcode is Opcode.SDiv or Opcode.SRem)
        {
            long sd = c.SExtValue;
            ulong abs = sd < 0 ? (ulong)-sd : (ulong)sd;
            if (abs == 1) Move(q, x);
            else if ((abs & (abs - 1)) == 0)
            {
                int k = System.Numerics.BitOperations.TrailingZeroCount(abs);
                var biased = Add(x, Srl(Sra(x, k - 1), 32 - k)); // x + (x < 0 ? 2^k - 1 : 0)
                if (remainder)
                {
                    // r = x - (biased & -2^k), whatever the sign of d
                    var rounded = Op(Code.VEX_Vpand_xmm_xmm_xmmm128, Code.VEX_Vpand_ymm_ymm_ymmm256, biased, Const(unchecked((uint)-(1 << k))));
                    Emit(Pick(Code.VEX_Vpsubd_xmm_xmm_xmmm128, Code.VEX_Vpsubd_ymm_ymm_ymmm256), MOperand.Def(result, w), Use(x, w), Use(rounded, w));
                    return;
                }
                var shifted = Sra(biased, k);
                if (sd > 0) Move(q, shifted);
                else
                {
                    var zero = NewVec(w);
                    Emit(Pick(Code.VEX_Vpxor_xmm_xmm_xmmm128, Code.VEX_Vpxor_ymm_ymm_ymmm256), MOperand.Def(zero, w), Use(zero, w), Use(zero, w));
                    Emit(Pick(Code.VEX_Vpsubd_xmm_xmm_xmmm128, Code.VEX_Vpsubd_ymm_ymm_ymmm256), MOperand.Def(q, w), Use(zero, w), Use(shifted, w));
                }
            }
            else
            {
                var magic = DivisionMagic.ForSigned(sd, 32);
                var t = MulHigh(x, (ulong)magic.Magic & uint.MaxValue, signed: true);
                if (magic.AddDividend) t = Add(t, x);
                if (magic.SubDividend) t = Sub(t, x);
                t = Sra(t, magic.Shift);
                Emit(Pick(Code.VEX_Vpaddd_xmm_xmm_xmmm128, Code.VEX_Vpaddd_ymm_ymm_ymmm256), MOperand.Def(q, w), Use(t, w), Use(Srl(t, 31), w));
            }
        }
        else if ((divisor & (divisor - 1)) == 0)
        {
            if (remainder)
            {
                Emit(Pick(Code.VEX_Vpand_xmm_xmm_xmmm128, Code.VEX_Vpand_ymm_ymm_ymmm256), MOperand.Def(result, w), Use(x, w), Const(divisor - 1));
                return;
            }
            Move(q, Srl(x, System.Numerics.BitOperations.TrailingZeroCount(divisor)));
        }
        else if (divisor > int.MaxValue)
        {
            // The quotient is 0 or 1: all ones where max(x, d) = x, i.e. x >= d.
            var max = Op(Code.VEX_Vpmaxud_xmm_xmm_xmmm128, Code.VEX_Vpmaxud_ymm_ymm_ymmm256, x, Const(divisor));
            var ge = Op(Code.VEX_Vpcmpeqd_xmm_xmm_xmmm128, Code.VEX_Vpcmpeqd_ymm_ymm_ymmm256, max, Use(x, w));
            if (remainder)
            {
                var taken = Op(Code.VEX_Vpand_xmm_xmm_xmmm128, Code.VEX_Vpand_ymm_ymm_ymmm256, ge, Const(divisor));
                Emit(Pick(Code.VEX_Vpsubd_xmm_xmm_xmmm128, Code.VEX_Vpsubd_ymm_ymm_ymmm256), MOperand.Def(result, w), Use(x, w), Use(taken, w));
                return;
            }
            Move(q, Srl(ge, 31));
        }
        else
        {
            var magic = DivisionMagic.ForUnsigned(divisor, 32);
            var t = MulHigh(Srl(x, magic.PreShift), magic.Magic, signed: false);
            if (magic.Add) t = Add(Srl(Sub(x, t), 1), t);
            Move(q, Srl(t, magic.Add ? magic.Shift - 1 : magic.Shift));
        }
        if (!remainder) return;
        var product = Op(Code.VEX_Vpmulld_xmm_xmm_xmmm128, Code.VEX_Vpmulld_ymm_ymm_ymmm256, q, Const(divisor));
        Emit(Pick(Code.VEX_Vpsubd_xmm_xmm_xmmm128, Code.VEX_Vpsubd_ymm_ymm_ymmm256), MOperand.Def(result, w), Use(x, w), Use(product, w));
    }
}
