// Integer patterns: arithmetic, shifts, division (with the checks that turn division by zero and
// signed overflow into reported errors), compares, integer casts and select.
// Ops on iN run at 32 bits for N <= 32 and at 64 bits above; upper bits beyond N are unspecified
// and are normalized only where an instruction observes them (so the first operand of a
// two-address instruction is a Copy, which the allocator removes when both share a register).
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;
using Instruction = PyIR.Frontend.Ir.Instruction;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private static bool TryImm32(Value v, int opBits, out long imm)
    {
        imm = 0;
        if (v is not ConstantInt c) return false;
        long s = c.SExtValue;
        if (opBits == 32)
        {
            imm = unchecked((int)s);
            return true;
        }
        if (s < int.MinValue || s > int.MaxValue) return false;
        imm = s;
        return true;
    }

    private void SelectBinary(BinaryInst b)
    {
        if (b.Type.IsVector) { SelectVectorBinary(b); return; }
        if (b.Type.IsFloatingPoint) { SelectFloatBinary(b); return; }
        int n = b.Type.ScalarBits;
        int w = TypeLowering.OpBits(b.Type);
        switch (b.Opcode)
        {
            case Opcode.Add: SelectAdd(b, w); break;
            case Opcode.Sub: SelectTwoAddress(b, w, w == 32 ? Code.Sub_rm32_imm32 : Code.Sub_rm64_imm32, w == 32 ? Code.Sub_r32_rm32 : Code.Sub_r64_rm64); break;
            case Opcode.And when w == 64 && b.Rhs is ConstantInt { ZExtValue: 0xFFFFFFFF }:
                // The low 32 bits (a zext of a trunc): a 32-bit mov clears the upper half, where
                // `and` would need the mask in a register (it does not fit a sign-extended imm32).
                Emit(Code.Mov_r32_rm32, MOperand.Def(DefineOne(b), 32), Use(Reg(b.Lhs), 32));
                break;
            case Opcode.And: SelectTwoAddress(b, w, w == 32 ? Code.And_rm32_imm32 : Code.And_rm64_imm32, w == 32 ? Code.And_r32_rm32 : Code.And_r64_rm64); break;
            case Opcode.Or: SelectTwoAddress(b, w, w == 32 ? Code.Or_rm32_imm32 : Code.Or_rm64_imm32, w == 32 ? Code.Or_r32_rm32 : Code.Or_r64_rm64); break;
            case Opcode.Xor:
                if (b.Rhs is ConstantInt { IsAllOnes: true })
                {
                    var d = DefineOne(b);
                    Copy(d, Reg(b.Lhs), w);
                    Emit(w == 32 ? Code.Not_rm32 : Code.Not_rm64, MOperand.UseDef(d, w));
                }
                else SelectTwoAddress(b, w, w == 32 ? Code.Xor_rm32_imm32 : Code.Xor_rm64_imm32, w == 32 ? Code.Xor_r32_rm32 : Code.Xor_r64_rm64);
                break;
            case Opcode.Mul: SelectMul(b, w); break;
            case Opcode.Shl or Opcode.LShr or Opcode.AShr: SelectShift(b, n, w); break;
            case Opcode.UDiv or Opcode.URem or Opcode.SDiv or Opcode.SRem: SelectDivRem(b, n, w); break;
            default: throw new JitUnsupportedException($"integer '{b.Opcode.Name()}'");
        }
    }

    private void SelectAdd(BinaryInst b, int w)
    {
        var (lhs, rhs) = b.Lhs is ConstantInt && b.Rhs is not ConstantInt ? (b.Rhs, b.Lhs) : (b.Lhs, b.Rhs);
        var d = DefineOne(b);
        var a = Reg(lhs);
        if (TryImm32(rhs, w, out long imm))
            Emit(w == 32 ? Code.Lea_r32_m : Code.Lea_r64_m, MOperand.Def(d, w), MOperand.Mem(64, a, -1, 1, imm));
        else
            Emit(w == 32 ? Code.Lea_r32_m : Code.Lea_r64_m, MOperand.Def(d, w), MOperand.Mem(64, a, Reg(rhs), 1, 0));
    }

    /// <summary>d = a; d op= b (register or 32-bit immediate).</summary>
    private void SelectTwoAddress(BinaryInst b, int w, Code immForm, Code regForm)
    {
        var lhs = b.Lhs;
        var rhs = b.Rhs;
        if (b.Opcode.IsCommutative() && lhs is ConstantInt && rhs is not ConstantInt) (lhs, rhs) = (rhs, lhs);
        var d = DefineOne(b);
        Copy(d, Reg(lhs), w);
        if (TryImm32(rhs, w, out long imm)) Emit(immForm, MOperand.UseDef(d, w), MOperand.I(imm));
        else Emit(regForm, MOperand.UseDef(d, w), Use(Reg(rhs), w));
    }

    private void SelectMul(BinaryInst b, int w)
    {
        var (lhs, rhs) = b.Lhs is ConstantInt && b.Rhs is not ConstantInt ? (b.Rhs, b.Lhs) : (b.Lhs, b.Rhs);
        var d = DefineOne(b);
        if (rhs is ConstantInt c && c.ZExtValue != 0 && (c.ZExtValue & (c.ZExtValue - 1)) == 0)
        {
            int shift = System.Numerics.BitOperations.TrailingZeroCount(c.ZExtValue);
            Copy(d, Reg(lhs), w);
            if (shift > 0) Emit(w == 32 ? Code.Shl_rm32_imm8 : Code.Shl_rm64_imm8, MOperand.UseDef(d, w), MOperand.I(shift));
            return;
        }
        if (TryImm32(rhs, w, out long imm))
            Emit(w == 32 ? Code.Imul_r32_rm32_imm32 : Code.Imul_r64_rm64_imm32, MOperand.Def(d, w), Use(Reg(lhs), w), MOperand.I(imm));
        else
        {
            Copy(d, Reg(lhs), w);
            Emit(w == 32 ? Code.Imul_r32_rm32 : Code.Imul_r64_rm64, MOperand.UseDef(d, w), Use(Reg(rhs), w));
        }
    }

    /// <summary>Shifts by (amount mod N), as docs/semantics.md defines shifts by N or more.</summary>
    private void SelectShift(BinaryInst b, int n, int w)
    {
        var d = DefineOne(b);
        var value = Reg(b.Lhs);
        if (b.Opcode == Opcode.LShr) value = ZeroExtend(value, n, w);
        else if (b.Opcode == Opcode.AShr) value = SignExtend(value, n, w);

        if (b.Rhs is ConstantInt c)
        {
            long amount = (long)(c.ZExtValue % (ulong)n);
            Copy(d, value, w);
            if (amount == 0) return;
            var code = (b.Opcode, w) switch
            {
                (Opcode.Shl, 32) => Code.Shl_rm32_imm8, (Opcode.Shl, _) => Code.Shl_rm64_imm8,
                (Opcode.LShr, 32) => Code.Shr_rm32_imm8, (Opcode.LShr, _) => Code.Shr_rm64_imm8,
                (_, 32) => Code.Sar_rm32_imm8, _ => Code.Sar_rm64_imm8,
            };
            Emit(code, MOperand.UseDef(d, w), MOperand.I(amount));
            return;
        }
        int amountReg = Reg(b.Rhs);
        if (n != w)
        {
            // shlx/shrx/sarx take the amount modulo 32 or 64; narrower widths need it modulo N.
            amountReg = ModuloWidth(amountReg, n);
        }
        var x = (b.Opcode, w) switch
        {
            (Opcode.Shl, 32) => Code.VEX_Shlx_r32_rm32_r32, (Opcode.Shl, _) => Code.VEX_Shlx_r64_rm64_r64,
            (Opcode.LShr, 32) => Code.VEX_Shrx_r32_rm32_r32, (Opcode.LShr, _) => Code.VEX_Shrx_r64_rm64_r64,
            (_, 32) => Code.VEX_Sarx_r32_rm32_r32, _ => Code.VEX_Sarx_r64_rm64_r64,
        };
        Emit(x, MOperand.Def(d, w), Use(value, w), Use(amountReg, w));
    }

    /// <summary>amount mod n for a shift amount of an iN value (a mask when n is a power of two).</summary>
    private int ModuloWidth(int amount, int n)
    {
        int r = NewGpr();
        if ((n & (n - 1)) == 0)
        {
            Emit(Code.Mov_r32_rm32, MOperand.Def(r, 32), Use(amount, 32));
            Emit(Code.And_rm32_imm32, MOperand.UseDef(r, 32), MOperand.I(n - 1));
            return r;
        }
        // Odd widths: the amount is an iN value; zero-extend it and take the remainder.
        var z = ZeroExtend(amount, n, n <= 32 ? 32 : 64);
        var divisor = NewGpr();
        LoadImmediate(divisor, (ulong)n);
        return UnsignedDivide(z, divisor, n <= 32 ? 32 : 64, remainder: true);
    }

    private int UnsignedDivide(int dividend, int divisor, int w, bool remainder)
    {
        Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(X86.Rax, w), Use(dividend, w));
        Emit(Code.Xor_r32_rm32, MOperand.Def(X86.Rdx, 32), Use(X86.Rdx, 32));
        var div = MInst.Native(w == 32 ? Code.Div_rm32 : Code.Div_rm64, Use(divisor, w));
        div.ImplicitUses = [X86.Rax, X86.Rdx];
        div.ImplicitDefs = [X86.Rax, X86.Rdx];
        Emit(div);
        var r = NewGpr();
        Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(r, w), Use(remainder ? X86.Rdx : X86.Rax, w));
        return r;
    }

    private void SelectDivRem(BinaryInst b, int n, int w)
    {
        bool signed = b.Opcode is Opcode.SDiv or Opcode.SRem;
        bool remainder = b.Opcode is Opcode.URem or Opcode.SRem;

        // Unsigned division by a power of two is a shift or a mask.
        if (!signed && b.Rhs is ConstantInt pc && pc.ZExtValue != 0 && (pc.ZExtValue & (pc.ZExtValue - 1)) == 0)
        {
            var d = DefineOne(b);
            var a = ZeroExtend(Reg(b.Lhs), n, w);
            Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(d, w), Use(a, w));
            if (remainder)
            {
                ulong mask = pc.ZExtValue - 1;
                if (mask <= int.MaxValue) Emit(w == 32 ? Code.And_rm32_imm32 : Code.And_rm64_imm32, MOperand.UseDef(d, w), MOperand.I((long)mask));
                else
                {
                    var m = NewGpr();
                    LoadImmediate(m, mask);
                    Emit(Code.And_r64_rm64, MOperand.UseDef(d, 64), Use(m, 64));
                }
            }
            else
            {
                int shift = System.Numerics.BitOperations.TrailingZeroCount(pc.ZExtValue);
                if (shift > 0) Emit(w == 32 ? Code.Shr_rm32_imm8 : Code.Shr_rm64_imm8, MOperand.UseDef(d, w), MOperand.I(shift));
            }
            return;
        }

        if (TrySelectDivideByConstant(b, n, w)) return;

        var dividend = signed ? SignExtend(Reg(b.Lhs), n, w) : ZeroExtend(Reg(b.Lhs), n, w);
        var divisor = signed ? SignExtend(Reg(b.Rhs), n, w) : ZeroExtend(Reg(b.Rhs), n, w);

        if (b.Rhs is not ConstantInt { IsZeroValue: false })
        {
            Emit(w == 32 ? Code.Test_rm32_r32 : Code.Test_rm64_r64, Use(divisor, w), Use(divisor, w));
            TrapIf(Cond.E, TrapKind.DivideByZero);
        }
        bool divisorMayBeMinusOne = !(b.Rhs is ConstantInt rc && !rc.IsAllOnes);
        bool dividendMayBeMin = !(b.Lhs is ConstantInt lc && lc.SExtValue != MinSigned(n));
        if (signed && divisorMayBeMinusOne && dividendMayBeMin)
        {
            // INT_MIN / -1 overflows (and faults on x86): report it.
            Emit(w == 32 ? Code.Cmp_rm32_imm8 : Code.Cmp_rm64_imm8, Use(divisor, w), MOperand.I(-1));
            var check = _mf.NewBlock(_current?.Parent);
            var cont = _mf.NewBlock(_current?.Parent);
            Emit(new MInst(MOpcode.Jcc, Code.INVALID, MOperand.C(Cond.E), MOperand.B(check), MOperand.B(cont)));
            _block = check;
            long min = MinSigned(n);
            if (min < int.MinValue)
            {
                var m = NewGpr();
                LoadImmediate(m, unchecked((ulong)min));
                Emit(Code.Cmp_rm64_r64, Use(dividend, 64), Use(m, 64));
            }
            else Emit(w == 32 ? Code.Cmp_rm32_imm32 : Code.Cmp_rm64_imm32, Use(dividend, w), MOperand.I(min));
            TrapIf(Cond.E, TrapKind.DivideOverflow);
            Emit(new MInst(MOpcode.Jmp, Code.INVALID, MOperand.B(cont)));
            _block = cont;
        }

        var result = DefineOne(b);
        Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(X86.Rax, w), Use(dividend, w));
        if (signed)
        {
            var ext = MInst.Native(w == 32 ? Code.Cdq : Code.Cqo);
            ext.ImplicitUses = [X86.Rax];
            ext.ImplicitDefs = [X86.Rdx];
            Emit(ext);
        }
        else Emit(Code.Xor_r32_rm32, MOperand.Def(X86.Rdx, 32), Use(X86.Rdx, 32));
        var div = MInst.Native(signed ? (w == 32 ? Code.Idiv_rm32 : Code.Idiv_rm64) : (w == 32 ? Code.Div_rm32 : Code.Div_rm64), Use(divisor, w));
        div.ImplicitUses = [X86.Rax, X86.Rdx];
        div.ImplicitDefs = [X86.Rax, X86.Rdx];
        Emit(div);
        Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(result, w), Use(remainder ? X86.Rdx : X86.Rax, w));
        // One div gives quotient and remainder: a later `rem` (or `div`) of the same operands in the
        // block takes the other half here instead of dividing again. Computing it this early
        // changes nothing: it traps exactly when this one does, and this one ran first.
        if (DivRemPartner(b) is { } partner)
        {
            Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(DefineOne(partner), w), Use(remainder ? X86.Rax : X86.Rdx, w));
            _info[IndexOf(partner)].Folded = true;
        }
    }

    /// <summary>The instruction after <paramref name="b"/> in its block (within 32) computing the other half of the same division, not selected yet.</summary>
    private BinaryInst? DivRemPartner(BinaryInst b)
    {
        var want = b.Opcode switch
        {
            Opcode.UDiv => Opcode.URem, Opcode.URem => Opcode.UDiv, Opcode.SDiv => Opcode.SRem, _ => Opcode.SDiv,
        };
        int steps = 0;
        for (var i = b.Next; i is not null && steps < 32; i = i.Next, steps++)
            if (i is BinaryInst o && o.Opcode == want && ReferenceEquals(o.Lhs, b.Lhs) && ReferenceEquals(o.Rhs, b.Rhs)
                && ReferenceEquals(o.Type, b.Type) && IndexOf(o) is int k and >= 0 && !_info[k].Folded && !_info[k].HasReg)
                return o;
        return null;
    }

    private static long MinSigned(int n) => n == 64 ? long.MinValue : -(1L << (n - 1));

    // ---------------------------------------------------------------- compares

    private static Cond IntCond(IntPredicate p) => p switch
    {
        IntPredicate.Eq => Cond.E, IntPredicate.Ne => Cond.NE,
        IntPredicate.Ugt => Cond.A, IntPredicate.Uge => Cond.AE, IntPredicate.Ult => Cond.B, IntPredicate.Ule => Cond.BE,
        IntPredicate.Sgt => Cond.G, IntPredicate.Sge => Cond.GE, IntPredicate.Slt => Cond.L, _ => Cond.LE,
    };

    /// <summary>
    /// Emits the compare of a scalar icmp and returns the condition under which it is true;
    /// <paramref name="at"/> is where the flags are wanted (the compare itself, or a branch that
    /// compares again).
    /// </summary>
    private Cond EmitICmpFlags(ICmpInst ic, Instruction? at = null)
    {
        var lhs = ic.Lhs;
        var rhs = ic.Rhs;
        var pred = ic.Predicate;
        if (lhs is ConstantInt && rhs is not ConstantInt)
        {
            (lhs, rhs) = (rhs, lhs);
            pred = pred.Swapped();
        }
        int n = lhs.Type.IsPointer ? 64 : lhs.Type.ScalarBits;
        if (pred is IntPredicate.Eq or IntPredicate.Ne && n is 32 or 64 && rhs is ConstantInt target && IncrementedAlready(lhs, at ?? ic) is { } inc)
        {
            // x == c  <=>  x + k == c + k (mod 2^n): comparing the loop's next induction value
            // instead of the current one ends the current one's live range at the increment,
            // so both can share a register and the back edge needs no move.
            long k = ((ConstantInt)inc.Rhs).SExtValue;
            long shifted = unchecked((long)target.ZExtValue + k);
            var moved = ConstantInt.Get(n, n == 32 ? (int)shifted : shifted);
            if (TryImm32(moved, n, out long imm))
            {
                Emit(n == 32 ? Code.Cmp_rm32_imm32 : Code.Cmp_rm64_imm32, Use(Reg(inc), n), MOperand.I(imm));
                return IntCond(pred);
            }
        }
        int a = Reg(lhs);
        if (TypeLowering.IsNativeWidth(n))
        {
            if (rhs is ConstantInt { IsZeroValue: true })
            {
                // test a, a sets the flags as cmp a, 0 does (CF and OF clear, ZF and SF from a), for every predicate.
                Emit(n switch { 8 => Code.Test_rm8_r8, 16 => Code.Test_rm16_r16, 32 => Code.Test_rm32_r32, _ => Code.Test_rm64_r64 }, Use(a, n), Use(a, n));
            }
            else if (TryImm32(rhs, n == 64 ? 64 : 32, out long imm))
            {
                Emit(n switch { 8 => Code.Cmp_rm8_imm8, 16 => Code.Cmp_rm16_imm16, 32 => Code.Cmp_rm32_imm32, _ => Code.Cmp_rm64_imm32 },
                    Use(a, n), MOperand.I(n == 8 ? (sbyte)imm : n == 16 ? (short)imm : imm));
            }
            else
                Emit(n switch { 8 => Code.Cmp_r8_rm8, 16 => Code.Cmp_r16_rm16, 32 => Code.Cmp_r32_rm32, _ => Code.Cmp_r64_rm64 }, Use(a, n), Use(Reg(rhs), n));
            return IntCond(pred);
        }
        // Odd widths: shift both operands to the top of a 32/64-bit register; order is preserved
        // for signed and unsigned compares alike, and the unspecified upper bits fall off.
        int w = n <= 32 ? 32 : 64;
        var x = ShiftToTop(a, n, w);
        var y = ShiftToTop(Reg(rhs), n, w);
        Emit(w == 32 ? Code.Cmp_r32_rm32 : Code.Cmp_r64_rm64, Use(x, w), Use(y, w));
        return IntCond(pred);
    }

    /// <summary>An already selected <c>add x, K</c> (K a constant) in the compare's block, before it.</summary>
    private BinaryInst? IncrementedAlready(Value x, Instruction at)
    {
        if (IndexOf(x) < 0) return null; // only this function's instructions and arguments have users to look at
        foreach (var u in x.Users)
            if (u is BinaryInst { Opcode: Opcode.Add, Rhs: ConstantInt } add && ReferenceEquals(add.Lhs, x) &&
                ReferenceEquals(add.Parent, at.Parent) && IsSelected(add) && IsBetween(add, at))
                return add;
        return null;
    }

    /// <summary>
    /// Whether a branch on <paramref name="ic"/>, a compare with other users (so computed as a
    /// boolean), should compare again itself instead of testing the boolean: a scalar integer
    /// compare whose operands are constants or values used in the branch's block anyway. Then the
    /// boolean need not live until the branch, and the compare and jump fuse. (GVN gives a loop's
    /// exit branch the compare a select earlier in the body made.)
    /// </summary>
    private bool RecomputeAtBranch(ICmpInst ic, Instruction branch)
    {
        if (ic.Lhs.Type is not (IntegerType { Bits: <= 64 } or PointerType)) return false;
        foreach (var v in (ReadOnlySpan<Value>)[ic.Lhs, ic.Rhs])
        {
            if (v is Constant) continue;
            if (v is not Instruction i || IsFolded(i)) return false;
            bool usedHere = false;
            foreach (var u in i.Users)
                if (!ReferenceEquals(u, ic) && u is Instruction ui && ReferenceEquals(ui.Parent, branch.Parent)) { usedHere = true; break; }
            if (!usedHere) return false;
        }
        return true;
    }

    private int ShiftToTop(int reg, int n, int w)
    {
        var r = NewGpr();
        Emit(w == 32 ? Code.Mov_r32_rm32 : Code.Mov_r64_rm64, MOperand.Def(r, w), Use(reg, w));
        Emit(w == 32 ? Code.Shl_rm32_imm8 : Code.Shl_rm64_imm8, MOperand.UseDef(r, w), MOperand.I(w - n));
        return r;
    }

    private void SelectICmpValue(ICmpInst ic)
    {
        if (ic.Lhs.Type.IsVector) { SelectVectorICmp(ic); return; }
        var cond = EmitICmpFlags(ic);
        var d = DefineOne(ic);
        Emit(SetCode(cond), MOperand.Def(d, 8));
    }

    private static Code SetCode(Cond c) => c switch
    {
        Cond.O => Code.Seto_rm8, Cond.NO => Code.Setno_rm8, Cond.B => Code.Setb_rm8, Cond.AE => Code.Setae_rm8,
        Cond.E => Code.Sete_rm8, Cond.NE => Code.Setne_rm8, Cond.BE => Code.Setbe_rm8, Cond.A => Code.Seta_rm8,
        Cond.S => Code.Sets_rm8, Cond.NS => Code.Setns_rm8, Cond.P => Code.Setp_rm8, Cond.NP => Code.Setnp_rm8,
        Cond.L => Code.Setl_rm8, Cond.GE => Code.Setge_rm8, Cond.LE => Code.Setle_rm8, _ => Code.Setg_rm8,
    };

    private static Code CmovCode(Cond c, int w) => (c, w == 64) switch
    {
        (Cond.O, false) => Code.Cmovo_r32_rm32, (Cond.O, true) => Code.Cmovo_r64_rm64,
        (Cond.NO, false) => Code.Cmovno_r32_rm32, (Cond.NO, true) => Code.Cmovno_r64_rm64,
        (Cond.B, false) => Code.Cmovb_r32_rm32, (Cond.B, true) => Code.Cmovb_r64_rm64,
        (Cond.AE, false) => Code.Cmovae_r32_rm32, (Cond.AE, true) => Code.Cmovae_r64_rm64,
        (Cond.E, false) => Code.Cmove_r32_rm32, (Cond.E, true) => Code.Cmove_r64_rm64,
        (Cond.NE, false) => Code.Cmovne_r32_rm32, (Cond.NE, true) => Code.Cmovne_r64_rm64,
        (Cond.BE, false) => Code.Cmovbe_r32_rm32, (Cond.BE, true) => Code.Cmovbe_r64_rm64,
        (Cond.A, false) => Code.Cmova_r32_rm32, (Cond.A, true) => Code.Cmova_r64_rm64,
        (Cond.S, false) => Code.Cmovs_r32_rm32, (Cond.S, true) => Code.Cmovs_r64_rm64,
        (Cond.NS, false) => Code.Cmovns_r32_rm32, (Cond.NS, true) => Code.Cmovns_r64_rm64,
        (Cond.P, false) => Code.Cmovp_r32_rm32, (Cond.P, true) => Code.Cmovp_r64_rm64,
        (Cond.NP, false) => Code.Cmovnp_r32_rm32, (Cond.NP, true) => Code.Cmovnp_r64_rm64,
        (Cond.L, false) => Code.Cmovl_r32_rm32, (Cond.L, true) => Code.Cmovl_r64_rm64,
        (Cond.GE, false) => Code.Cmovge_r32_rm32, (Cond.GE, true) => Code.Cmovge_r64_rm64,
        (Cond.LE, false) => Code.Cmovle_r32_rm32, (Cond.LE, true) => Code.Cmovle_r64_rm64,
        (_, false) => Code.Cmovg_r32_rm32, _ => Code.Cmovg_r64_rm64,
    };

    /// <summary>
    /// Emits flags for an i1 condition value and returns (primary condition, extra) where extra
    /// is how a second flag combines for the fcmp predicates oeq/une.
    /// </summary>
    private (Cond Cond, FlagExtra Extra) EmitConditionFlags(Value condition)
    {
        switch (condition)
        {
            case ICmpInst ic when IsFolded(ic):
                // A compare folded into several users stays folded: each compares again, unless
                // the select just before used it and nothing has been emitted since (its copies and
                // cmovs leave the flags alone).
                if (ic.Users.Count == 1) Unfold(ic);
                else if (ReferenceEquals(_flagsOf, ic) && ReferenceEquals(_flagsBlock, _block) && _insertAt < 0 &&
                         _block.Instructions.Count == _flagsAt)
                    return (_flagsCond, FlagExtra.None);
                return (EmitICmpFlags(ic, _current), FlagExtra.None);
            case FCmpInst fc when IsFolded(fc) && fc.Predicate is not (FloatPredicate.True or FloatPredicate.False):
                Unfold(fc);
                return EmitFCmpFlags(fc);
            case ICmpInst ic when _current is BranchInst br && RecomputeAtBranch(ic, br):
                return (EmitICmpFlags(ic, br), FlagExtra.None);
            default:
                Emit(Code.Test_rm8_imm8, Use(Reg(condition), 8), MOperand.I(1));
                return (Cond.NE, FlagExtra.None);
        }
    }

    public enum FlagExtra : byte { None, AndNotParity, OrParity }

    // ---------------------------------------------------------------- casts and select

    private void SelectCast(CastInst c)
    {
        if (c.Type.IsVector || c.Operand.Type.IsVector) { SelectVectorCast(c); return; }
        var from = c.Operand.Type;
        var to = c.Type;
        switch (c.Opcode)
        {
            case Opcode.Trunc or Opcode.PtrToInt:
                Bind(c, Reg(c.Operand));
                break;
            case Opcode.ZExt or Opcode.IntToPtr:
            {
                int n = from.ScalarBits;
                int w = to.IsPointer ? 64 : TypeLowering.OpBits(to);
                Bind(c, ZeroExtendAlways(Reg(c.Operand), n, w));
                break;
            }
            case Opcode.SExt:
                Bind(c, SignExtendAlways(Reg(c.Operand), from.ScalarBits, TypeLowering.OpBits(to)));
                break;
            case Opcode.BitCast:
                SelectScalarBitCast(c);
                break;
            default:
                SelectFloatCast(c);
                break;
        }
    }

    /// <summary>A zero extension that always produces a new register (the source may be reused with other widths).</summary>
    private int ZeroExtendAlways(int reg, int n, int w)
    {
        var r = ZeroExtend(reg, n, w);
        if (r != reg) return r;
        var copy = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(copy, 64), Use(reg, 64));
        return copy;
    }

    private int SignExtendAlways(int reg, int n, int w)
    {
        var r = SignExtend(reg, n, w);
        if (r != reg) return r;
        var copy = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(copy, 64), Use(reg, 64));
        return copy;
    }

    private void SelectScalarBitCast(CastInst c)
    {
        var from = c.Operand.Type;
        var to = c.Type;
        var src = Reg(c.Operand);
        if (from.IsInteger == to.IsInteger && from.IsFloatingPoint == to.IsFloatingPoint)
        {
            Bind(c, src);
            return;
        }
        var d = DefineOne(c);
        if (to.IsFloatingPoint)
            Emit(to.ScalarBits == 64 ? Code.VEX_Vmovq_xmm_rm64 : Code.VEX_Vmovd_xmm_rm32, MOperand.Def(d, 128), Use(src, to.ScalarBits == 64 ? 64 : 32));
        else
            Emit(from.ScalarBits == 64 ? Code.VEX_Vmovq_rm64_xmm : Code.VEX_Vmovd_rm32_xmm, MOperand.Def(d, from.ScalarBits == 64 ? 64 : 32), Use(src, 128));
    }

    private void SelectSelect(SelectInst s)
    {
        if (s.Condition.Type.IsVector) { SelectVectorSelect(s); return; }
        var parts = TypeLowering.Parts(s.Type);
        if (parts.Any(p => p.Class == RegClass.Vec))
        {
            SelectBlendSelect(s, parts);
            return;
        }
        var t = Regs(s.TrueValue);
        var f = Regs(s.FalseValue);
        var regs = Define(s);
        // The flags must be set after the values are ready (materializing constants may clobber flags).
        var (cond, extra) = EmitConditionFlags(s.Condition);
        for (int k = 0; k < regs.Length; k++)
        {
            int w = parts[k].Type.IsPointer || parts[k].Type.ScalarBits > 32 ? 64 : 32;
            // The false value goes in by a copy (the allocator may give both one register, and the
            // copy vanishes); a 32-bit cmov writes all 64 bits whatever the condition, so the copy's
            // upper half does not matter.
            Copy(regs[k], f[k], w);
            switch (extra)
            {
                case FlagExtra.None:
                    Emit(CmovCode(cond, w), MOperand.UseDef(regs[k], w), Use(t[k], w));
                    break;
                case FlagExtra.AndNotParity: // oeq: equal and ordered
                    Emit(CmovCode(Cond.E, w), MOperand.UseDef(regs[k], w), Use(t[k], w));
                    Emit(CmovCode(Cond.P, w), MOperand.UseDef(regs[k], w), Use(f[k], w));
                    break;
                case FlagExtra.OrParity: // une: not equal or unordered
                    Emit(CmovCode(Cond.NE, w), MOperand.UseDef(regs[k], w), Use(t[k], w));
                    Emit(CmovCode(Cond.P, w), MOperand.UseDef(regs[k], w), Use(t[k], w));
                    break;
            }
        }
        if (extra == FlagExtra.None && s.Condition is ICmpInst shared && shared.Users.Count > 1)
        {
            _flagsOf = shared;
            _flagsBlock = _block;
            _flagsAt = _block.Instructions.Count;
            _flagsCond = cond;
        }
    }

    // The compare whose flags the last select left (a compare folded into several selects), in
    // which machine block, the block's instruction count just after it, and the condition.
    private Value? _flagsOf;
    private MBlock? _flagsBlock;
    private int _flagsAt;
    private Cond _flagsCond;
}
