// Division and remainder by a constant without a div instruction: multiply-high by a magic
// number and shifts (DivisionMagic.cs), shifts with a sign fix-up for signed powers of two, and a
// compare for unsigned divisors of 2^(w-1) or more. Exact for every dividend; none of these can
// trap, so only divisors where the div path could (0, and -1 for signed ops) stay on it.
// Works at the operation width w (32 or 64) on the dividend zero- or sign-extended from N bits.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    /// <summary>Selects b (udiv/sdiv/urem/srem by a constant) without div; false if the divisor needs the div path.</summary>
    private bool TrySelectDivideByConstant(BinaryInst b, int n, int w)
    {
        if (b.Rhs is not ConstantInt c || !DividesWithoutDiv(b.Opcode, c) || n > 64) return false;
        bool signed = b.Opcode is Opcode.SDiv or Opcode.SRem;
        var x = signed ? SignExtend(Reg(b.Lhs), n, w) : ZeroExtend(Reg(b.Lhs), n, w);
        EmitDivideByConstant(DefineOne(b), x, c, b.Opcode, w);
        return true;
    }

    /// <summary>Whether a division by c can be done without div: c is not 0, and not -1 for signed ops (INT_MIN / -1 must still be reported).</summary>
    private static bool DividesWithoutDiv(Opcode op, ConstantInt c) =>
        !c.IsZeroValue && !(op is Opcode.SDiv or Opcode.SRem && c.IsAllOnes);

    /// <summary>
    /// result = x op c at width w, x already zero- (unsigned ops) or sign-extended (signed ops) to
    /// w bits from c's width N; c passes <see cref="DividesWithoutDiv"/>.
    /// </summary>
    private void EmitDivideByConstant(int result, int x, ConstantInt c, Opcode op, int w)
    {
        bool remainder = op is Opcode.URem or Opcode.SRem;
        if (op is Opcode.SDiv or Opcode.SRem)
        {
            long d = c.SExtValue;
            ulong abs = d < 0 ? unchecked((ulong)-d) : (ulong)d; // 2^63 for i64 INT_MIN
            if ((abs & (abs - 1)) == 0) SignedByPowerOfTwo(result, x, d, abs, w, remainder);
            else SignedByMagic(result, x, d, w, remainder);
        }
        else
        {
            ulong d = c.ZExtValue;
            if ((d & (d - 1)) == 0) UnsignedByPowerOfTwo(result, x, d, w, remainder);
            else if (d > (w == 32 ? (ulong)int.MaxValue : long.MaxValue)) UnsignedByLargeDivisor(result, x, d, w, remainder);
            else UnsignedByMagic(result, x, d, w, remainder);
        }
    }

    /// <summary>x / 2^k is a shift, x % 2^k a mask.</summary>
    private void UnsignedByPowerOfTwo(int result, int x, ulong d, int w, bool remainder)
    {
        Copy(result, x, w);
        if (remainder)
        {
            ulong mask = d - 1;
            if (mask <= int.MaxValue) Emit(w == 32 ? Code.And_rm32_imm32 : Code.And_rm64_imm32, MOperand.UseDef(result, w), MOperand.I((long)mask));
            else
            {
                var m = NewGpr();
                LoadImmediate(m, mask);
                Emit(Code.And_r64_rm64, MOperand.UseDef(result, 64), Use(m, 64));
            }
            return;
        }
        int shift = System.Numerics.BitOperations.TrailingZeroCount(d);
        if (shift > 0) Emit(w == 32 ? Code.Shr_rm32_imm8 : Code.Shr_rm64_imm8, MOperand.UseDef(result, w), MOperand.I(shift));
    }

    private static Code MovCode(int w) => w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64;

    /// <summary>x / d for d ≥ 2^(w-1): the quotient is 0 or 1.</summary>
    private void UnsignedByLargeDivisor(int result, int x, ulong d, int w, bool remainder)
    {
        var dr = NewGpr();
        LoadImmediate(dr, d);
        if (remainder)
        {
            // r = x - d, or x when that borrowed.
            Copy(result, x, w);
            Emit(w == 32 ? Code.Sub_r32_rm32 : Code.Sub_r64_rm64, MOperand.UseDef(result, w), Use(dr, w));
            Emit(CmovCode(Cond.B, w), MOperand.UseDef(result, w), Use(x, w));
            return;
        }
        Emit(w == 32 ? Code.Cmp_r32_rm32 : Code.Cmp_r64_rm64, Use(x, w), Use(dr, w));
        var flag = NewGpr();
        Emit(Code.Setae_rm8, MOperand.Def(flag, 8));
        Emit(Code.Movzx_r32_rm8, MOperand.Def(result, 32), Use(flag, 8));
    }

    private void UnsignedByMagic(int result, int x, ulong d, int w, bool remainder)
    {
        var magic = DivisionMagic.ForUnsigned(d, w);
        int q = remainder ? NewGpr() : result;
        // x, shifted right first for even divisors; for w = 32 zero-extended to 64 bits.
        var xs = NewGpr();
        Emit(MovCode(w), MOperand.Def(xs, w), Use(x, w));
        if (magic.PreShift > 0) Emit(w == 32 ? Code.Shr_rm32_imm8 : Code.Shr_rm64_imm8, MOperand.UseDef(xs, w), MOperand.I(magic.PreShift));
        int t; // mulhi(xs, magic)
        if (w == 32)
        {
            // The 64-bit product of two 32-bit values; its high half is the multiply-high.
            var p = magic.Add ? NewGpr() : q;
            if (magic.Magic <= int.MaxValue)
                Emit(Code.Imul_r64_rm64_imm32, MOperand.Def(p, 64), Use(xs, 64), MOperand.I((long)magic.Magic));
            else
            {
                var m = NewGpr();
                LoadImmediate(m, magic.Magic);
                Emit(Code.Mov_r64_rm64, MOperand.Def(p, 64), Use(xs, 64));
                Emit(Code.Imul_r64_rm64, MOperand.UseDef(p, 64), Use(m, 64));
            }
            if (!magic.Add)
            {
                Emit(Code.Shr_rm64_imm8, MOperand.UseDef(p, 64), MOperand.I(32 + magic.Shift));
                if (remainder) SubtractMultiple(result, x, q, d, w);
                return;
            }
            Emit(Code.Shr_rm64_imm8, MOperand.UseDef(p, 64), MOperand.I(32));
            t = p;
        }
        else
        {
            var m = NewGpr();
            LoadImmediate(m, magic.Magic);
            Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rax, 64), Use(xs, 64));
            var mul = MInst.Native(Code.Mul_rm64, Use(m, 64));
            mul.ImplicitUses = [X86.Rax];
            mul.ImplicitDefs = [X86.Rax, X86.Rdx];
            Emit(mul);
            var hi = magic.Add ? NewGpr() : q;
            Emit(Code.Mov_r64_rm64, MOperand.Def(hi, 64), Use(X86.Rdx, 64));
            if (!magic.Add)
            {
                if (magic.Shift > 0) Emit(Code.Shr_rm64_imm8, MOperand.UseDef(hi, 64), MOperand.I(magic.Shift));
                if (remainder) SubtractMultiple(result, x, q, d, w);
                return;
            }
            t = hi;
        }
        // q = (((x - t) >> 1) + t) >> (shift - 1); PreShift is 0 here.
        Copy(q, x, w);
        Emit(w == 32 ? Code.Sub_r32_rm32 : Code.Sub_r64_rm64, MOperand.UseDef(q, w), Use(t, w));
        Emit(w == 32 ? Code.Shr_rm32_imm8 : Code.Shr_rm64_imm8, MOperand.UseDef(q, w), MOperand.I(1));
        Emit(w == 32 ? Code.Add_r32_rm32 : Code.Add_r64_rm64, MOperand.UseDef(q, w), Use(t, w));
        if (magic.Shift > 1) Emit(w == 32 ? Code.Shr_rm32_imm8 : Code.Shr_rm64_imm8, MOperand.UseDef(q, w), MOperand.I(magic.Shift - 1));
        if (remainder) SubtractMultiple(result, x, q, d, w);
    }

    /// <summary>x / d for |d| = 2^k: add 2^k - 1 to negative dividends so the shift rounds toward zero.</summary>
    private void SignedByPowerOfTwo(int result, int x, long d, ulong abs, int w, bool remainder)
    {
        int k = System.Numerics.BitOperations.TrailingZeroCount(abs);
        if (k == 0)
        {
            // d = 1
            if (remainder) LoadImmediate(result, 0);
            else Copy(result, x, w);
            return;
        }
        var sar = w == 32 ? Code.Sar_rm32_imm8 : Code.Sar_rm64_imm8;
        var shr = w == 32 ? Code.Shr_rm32_imm8 : Code.Shr_rm64_imm8;
        // bias = (x < 0 ? 2^k - 1 : 0), as (x >> (k - 1)) >>> (w - k)
        var t = remainder ? NewGpr() : result;
        Copy(t, x, w);
        if (k > 1) Emit(sar, MOperand.UseDef(t, w), MOperand.I(k - 1));
        Emit(shr, MOperand.UseDef(t, w), MOperand.I(w - k));
        Emit(w == 32 ? Code.Add_r32_rm32 : Code.Add_r64_rm64, MOperand.UseDef(t, w), Use(x, w));
        if (!remainder)
        {
            Emit(sar, MOperand.UseDef(t, w), MOperand.I(k));
            if (d < 0) Emit(w == 32 ? Code.Neg_rm32 : Code.Neg_rm64, MOperand.UseDef(t, w));
            return;
        }
        // r = x - ((x + bias) & -2^k); the sign of d does not matter.
        if (k <= 31) Emit(w == 32 ? Code.And_rm32_imm32 : Code.And_rm64_imm32, MOperand.UseDef(t, w), MOperand.I(-(1L << k)));
        else
        {
            var m = NewGpr();
            LoadImmediate(m, unchecked((ulong)-(1L << k)));
            Emit(Code.And_r64_rm64, MOperand.UseDef(t, 64), Use(m, 64));
        }
        Copy(result, x, w);
        Emit(w == 32 ? Code.Sub_r32_rm32 : Code.Sub_r64_rm64, MOperand.UseDef(result, w), Use(t, w));
    }

    private void SignedByMagic(int result, int x, long d, int w, bool remainder)
    {
        var magic = DivisionMagic.ForSigned(d, w);
        int q = remainder ? NewGpr() : result;
        bool adjust = magic.AddDividend || magic.SubDividend;
        if (w == 32)
        {
            // The 64-bit product of the sign-extended dividend and the 32-bit magic.
            var x64 = NewGpr();
            Emit(Code.Movsxd_r64_rm32, MOperand.Def(x64, 64), Use(x, 32));
            var p = NewGpr();
            Emit(Code.Imul_r64_rm64_imm32, MOperand.Def(p, 64), Use(x64, 64), MOperand.I(magic.Magic));
            var sign = NewGpr();
            if (!adjust)
            {
                // q = (p >> (32 + shift)) + (p >>> 63): the quotient's sign is the product's.
                Emit(Code.Mov_r64_rm64, MOperand.Def(sign, 64), Use(p, 64));
                Emit(Code.Shr_rm64_imm8, MOperand.UseDef(sign, 64), MOperand.I(63));
                Emit(Code.Mov_r64_rm64, MOperand.Def(q, 64), Use(p, 64));
                Emit(Code.Sar_rm64_imm8, MOperand.UseDef(q, 64), MOperand.I(32 + magic.Shift));
                Emit(Code.Add_r32_rm32, MOperand.UseDef(q, 32), Use(sign, 32));
            }
            else
            {
                Emit(Code.Mov_r64_rm64, MOperand.Def(q, 64), Use(p, 64));
                Emit(Code.Shr_rm64_imm8, MOperand.UseDef(q, 64), MOperand.I(32));
                Emit(magic.AddDividend ? Code.Add_r32_rm32 : Code.Sub_r32_rm32, MOperand.UseDef(q, 32), Use(x, 32));
                if (magic.Shift > 0) Emit(Code.Sar_rm32_imm8, MOperand.UseDef(q, 32), MOperand.I(magic.Shift));
                Emit(Code.Mov_r32_rm32, MOperand.Def(sign, 32), Use(q, 32));
                Emit(Code.Shr_rm32_imm8, MOperand.UseDef(sign, 32), MOperand.I(31));
                Emit(Code.Add_r32_rm32, MOperand.UseDef(q, 32), Use(sign, 32));
            }
        }
        else
        {
            var m = NewGpr();
            LoadImmediate(m, unchecked((ulong)magic.Magic));
            Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rax, 64), Use(x, 64));
            var mul = MInst.Native(Code.Imul_rm64, Use(m, 64));
            mul.ImplicitUses = [X86.Rax];
            mul.ImplicitDefs = [X86.Rax, X86.Rdx];
            Emit(mul);
            Emit(Code.Mov_r64_rm64, MOperand.Def(q, 64), Use(X86.Rdx, 64));
            if (magic.AddDividend) Emit(Code.Add_r64_rm64, MOperand.UseDef(q, 64), Use(x, 64));
            if (magic.SubDividend) Emit(Code.Sub_r64_rm64, MOperand.UseDef(q, 64), Use(x, 64));
            if (magic.Shift > 0) Emit(Code.Sar_rm64_imm8, MOperand.UseDef(q, 64), MOperand.I(magic.Shift));
            var sign = NewGpr();
            Emit(Code.Mov_r64_rm64, MOperand.Def(sign, 64), Use(q, 64));
            Emit(Code.Shr_rm64_imm8, MOperand.UseDef(sign, 64), MOperand.I(63));
            Emit(Code.Add_r64_rm64, MOperand.UseDef(q, 64), Use(sign, 64));
        }
        if (remainder) SubtractMultiple(result, x, q, unchecked((ulong)d), w);
    }

    /// <summary>result = x - q·d (w bits).</summary>
    private void SubtractMultiple(int result, int x, int q, ulong d, int w)
    {
        var product = NewGpr();
        long sd = unchecked((long)d);
        if (w == 32 || (sd >= int.MinValue && sd <= int.MaxValue))
            Emit(w == 32 ? Code.Imul_r32_rm32_imm32 : Code.Imul_r64_rm64_imm32, MOperand.Def(product, w), Use(q, w), MOperand.I(w == 32 ? unchecked((int)d) : sd));
        else
        {
            LoadImmediate(product, d);
            Emit(Code.Imul_r64_rm64, MOperand.UseDef(product, 64), Use(q, 64));
        }
        Copy(result, x, w);
        Emit(w == 32 ? Code.Sub_r32_rm32 : Code.Sub_r64_rm64, MOperand.UseDef(result, w), Use(product, w));
    }
}
