// memcpy of a size known only at run time: small copies (the common case, e.g. merge sort's runs)
// go through an inline loop of 16-, 8- and 1-byte moves, because `rep movsb` pays a start-up cost
// of tens of cycles; copies above SmallCopyLimit bytes still use `rep movsb`. Only for
// non-overlapping ranges (memcpy); memmove keeps the runtime helper.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private const int SmallCopyLimit = 256;

    private void CopyVariableSize(Value dst, Value src, Value size)
    {
        var n = ZeroExtend(Reg(size), size.Type.ScalarBits, 64);
        var d = NewGpr();
        var s = NewGpr();
        var c = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(d, 64), Use(Reg(dst), 64));
        Emit(Code.Mov_r64_rm64, MOperand.Def(s, 64), Use(Reg(src), 64));
        Emit(Code.Mov_r64_rm64, MOperand.Def(c, 64), Use(n, 64));
        var small = NewBlockHere();
        var loop16 = NewBlockHere();
        var after16 = NewBlockHere();
        var step8 = NewBlockHere();
        var tail = NewBlockHere();
        var loop1 = NewBlockHere();
        var big = NewBlockHere();
        var done = NewBlockHere();
        Emit(Code.Cmp_rm64_imm32, Use(c, 64), MOperand.I(SmallCopyLimit));
        Branch(Cond.A, big, small);

        _block = small;
        Emit(Code.Cmp_rm64_imm8, Use(c, 64), MOperand.I(16));
        Branch(Cond.B, after16, loop16);

        _block = loop16; // 16 bytes at a time while at least 16 remain
        var v = NewVec();
        Emit(Code.VEX_Vmovups_xmm_xmmm128, MOperand.Def(v, 128), MOperand.Mem(128, s));
        Emit(Code.VEX_Vmovups_xmmm128_xmm, MOperand.Mem(128, d), Use(v, 128));
        AdvanceCopy(s, d, c, 16);
        Emit(Code.Cmp_rm64_imm8, Use(c, 64), MOperand.I(16));
        Branch(Cond.AE, loop16, after16);

        _block = after16; // then one 8-byte move if 8 or more remain
        Emit(Code.Cmp_rm64_imm8, Use(c, 64), MOperand.I(8));
        Branch(Cond.B, tail, step8);

        _block = step8;
        var q = NewGpr();
        Emit(Code.Mov_r64_rm64, MOperand.Def(q, 64), MOperand.Mem(64, s));
        Emit(Code.Mov_rm64_r64, MOperand.Mem(64, d), Use(q, 64));
        AdvanceCopy(s, d, c, 8);
        Jump(tail);

        _block = tail; // the last 0..7 bytes one at a time
        Emit(Code.Test_rm64_r64, Use(c, 64), Use(c, 64));
        Branch(Cond.E, done, loop1);

        _block = loop1;
        var b = NewGpr();
        Emit(Code.Movzx_r32_rm8, MOperand.Def(b, 32), MOperand.Mem(8, s));
        Emit(Code.Mov_rm8_r8, MOperand.Mem(8, d), Use(b, 8));
        AdvanceCopy(s, d, c, 1);
        Branch(Cond.NE, loop1, done);

        _block = big;
        Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rdi, 64), Use(d, 64));
        Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rsi, 64), Use(s, 64));
        Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rcx, 64), Use(c, 64));
        var rep = MInst.Native(Code.Movsb_m8_m8);
        rep.ImplicitUses = [X86.Rdi, X86.Rsi, X86.Rcx];
        rep.ImplicitDefs = [X86.Rdi, X86.Rsi, X86.Rcx];
        rep.Operands = [MOperand.I(1)]; // marks the rep prefix for the emitter
        Emit(rep);
        Jump(done);

        _block = done;
    }

    /// <summary>Moves the source and destination pointers on by <paramref name="bytes"/> and counts them off the remaining size (the sub sets the flags a following branch reads).</summary>
    private void AdvanceCopy(int s, int d, int c, int bytes)
    {
        Emit(Code.Add_rm64_imm8, MOperand.UseDef(s, 64), MOperand.I(bytes));
        Emit(Code.Add_rm64_imm8, MOperand.UseDef(d, 64), MOperand.I(bytes));
        Emit(Code.Sub_rm64_imm8, MOperand.UseDef(c, 64), MOperand.I(bytes));
    }
}
