// Entry thunks and the trap routine: how the host calls JIT'd code and how generated code stops
// with an error without taking the host down.
//
// A thunk has the C signature `long thunk(void* args, void* results)`. It saves the callee-saved
// registers, marks its frame with a magic value at [rbp-8], sets the module's stack limit, loads
// every argument part from `args` (32 bytes per part, in CallLayout order) into its register or
// stack slot, calls the function, stores the result parts into `results` (32 bytes per part; a
// memory-returned value is written there directly by the callee), and returns 0.
//
// A native entry has the function's own signature (its arguments in the registers and stack slots
// CallLayout gives them, its results in the result registers) so a host calls it like a plain C
// function. It builds the same marked frame and stack limit as a thunk, zeroes the module's status
// cell, copies its stack-passed arguments into its own outgoing area, calls the function and returns
// with the result registers untouched.
//
// Every entry sets the module's stack limit (its rsp minus the stack budget, also kept at [rbp-64]
// of its frame) and stack top (its rsp); prologues check their frame against both. Threads that
// call into one module at once overwrite each other's cells, so a failed check goes to the recheck
// routine, which walks the rbp chain to the calling thread's own entry frame, compares with the
// limit saved there and, when the frame fits, puts that thread's limit and top back.
//
// A trap (division by zero, unreachable, stack overflow, ...) jumps to the trap routine with the
// trap site number in esi. The routine stores site+1 in the module's status cell, walks the rbp
// chain up to the frame with the magic value, restores that entry's registers and stack, and returns
// site+1 in rax (a thunk's result; a native entry's caller reads the status cell instead).
using Iced.Intel;
using PyIR.Backend.Isel;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;
using Instruction = Iced.Intel.Instruction;

namespace PyIR.Backend.Emit;

public static class EntryThunk
{
    public const ulong FrameMagic = 0x5059_4952_5448_4E4B; // "PYIRTHNK"
    public const int CellBytes = 32;

    private static readonly Register[] Saved = [Register.RBX, Register.R12, Register.R13, Register.R14, Register.R15];

    /// <summary>Bytes of stack below the thunk's rsp that JIT'd code may use before a stack-overflow trap.</summary>
    public const long DefaultStackBudget = 512 * 1024;

    public static void Emit(CodeBuilder code, ulong label, ulong functionLabel, FunctionType type, ulong stackLimitAddress, ulong stackTopAddress,
        long stackBudget)
    {
        var layout = CallLayout.For(type);
        EmitEntryFrame(code, label, layout, Register.RSI, stackLimitAddress, stackTopAddress, stackBudget); // [rbp-56] results

        code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.R11, Register.RDI));
        int cell = 0;
        for (int i = 0; i < layout.Arguments.Length; i++)
        {
            for (int k = 0; k < layout.Arguments[i].Length; k++, cell++)
            {
                var loc = layout.Arguments[i][k];
                var part = layout.ArgumentParts[i][k];
                var src = Operands.At(Register.R11, cell * CellBytes);
                if (loc.InRegister)
                {
                    if (part.Class == RegClass.Gpr) code.Add(Instruction.Create(Code.Mov_r64_rm64, X86.IcedRegister(loc.Register, 64), src));
                    else code.Add(Instruction.Create(Code.VEX_Vmovups_ymm_ymmm256, X86.IcedRegister(loc.Register, 256), src));
                }
                else
                {
                    var dst = Operands.At(Register.RSP, loc.StackOffset);
                    if (part.Class == RegClass.Gpr)
                    {
                        code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RAX, src));
                        code.Add(Instruction.Create(Code.Mov_rm64_r64, dst, Register.RAX));
                    }
                    else if (part.Bits == 256)
                    {
                        code.Add(Instruction.Create(Code.VEX_Vmovups_ymm_ymmm256, Register.YMM15, src));
                        code.Add(Instruction.Create(Code.VEX_Vmovups_ymmm256_ymm, dst, Register.YMM15));
                    }
                    else
                    {
                        code.Add(Instruction.Create(Code.VEX_Vmovups_xmm_xmmm128, Register.XMM15, src));
                        code.Add(Instruction.Create(Code.VEX_Vmovups_xmmm128_xmm, dst, Register.XMM15));
                    }
                }
            }
        }
        if (layout.ReturnsInMemory) code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RDI, Operands.At(Register.RBP, -56)));
        code.Branch(Code.Call_rel32_64, functionLabel);

        if (!layout.ReturnsInMemory && layout.ResultRegisters.Length > 0)
        {
            code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.R11, Operands.At(Register.RBP, -56)));
            for (int k = 0; k < layout.ResultRegisters.Length; k++)
            {
                var dst = Operands.At(Register.R11, k * CellBytes);
                int reg = layout.ResultRegisters[k];
                if (X86.ClassOf(reg) == RegClass.Gpr) code.Add(Instruction.Create(Code.Mov_rm64_r64, dst, X86.IcedRegister(reg, 64)));
                else code.Add(Instruction.Create(Code.VEX_Vmovups_ymmm256_ymm, dst, X86.IcedRegister(reg, 256)));
            }
        }
        code.Add(Instruction.Create(Code.Xor_r32_rm32, Register.EAX, Register.EAX));
        EmitThunkExit(code);
    }

    /// <summary>
    /// Emits the native entry of a function: its own calling convention (CallLayout), trap-safe.
    /// Zeroes the status cell at <paramref name="statusCellAddress"/>, which a trap sets to site+1.
    /// </summary>
    public static void EmitNativeEntry(CodeBuilder code, ulong label, ulong functionLabel, FunctionType type, ulong stackLimitAddress,
        ulong stackTopAddress, ulong statusCellAddress, long stackBudget)
    {
        var layout = CallLayout.For(type);
        EmitEntryFrame(code, label, layout, Register.RDI, stackLimitAddress, stackTopAddress, stackBudget); // [rbp-56] padding
        code.Add(Instruction.Create(Code.Xor_r32_rm32, Register.EAX, Register.EAX));
        code.Add(Instruction.Create(Code.Mov_rm64_r64, new MemoryOperand(Register.RIP, (long)statusCellAddress), Register.RAX));
        // The caller's stack arguments start at [rbp+16]; the callee expects them at [rsp].
        for (int offset = 0; offset < layout.StackBytes; offset += 8)
        {
            code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RAX, Operands.At(Register.RBP, 16 + offset)));
            code.Add(Instruction.Create(Code.Mov_rm64_r64, Operands.At(Register.RSP, offset), Register.RAX));
        }
        code.Branch(Code.Call_rel32_64, functionLabel);
        // vzeroupper would clear the upper halves of 256-bit results.
        bool wideResult = layout.ResultParts.Any(p => p.Class == RegClass.Vec && p.Bits > 128);
        EmitThunkExit(code, vzeroupper: !wideResult);
    }

    /// <summary>
    /// The frame every entry builds: rbp chain, the magic value the trap routine looks for, the
    /// callee-saved registers, one more register at [rbp-56], this thread's stack limit at [rbp-64],
    /// an aligned outgoing-argument area, and the module's stack limit and top for the prologue
    /// checks of the code this call runs.
    /// </summary>
    private static void EmitEntryFrame(CodeBuilder code, ulong label, CallLayout layout, Register slot56, ulong stackLimitAddress,
        ulong stackTopAddress, long stackBudget)
    {
        code.Bind(label);
        code.Add(Instruction.Create(Code.Push_r64, Register.RBP));
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RBP, Register.RSP));
        code.Add(Instruction.Create(Code.Mov_r64_imm64, Register.R11, FrameMagic));
        code.Add(Instruction.Create(Code.Push_r64, Register.R11));                     // [rbp-8]
        foreach (var r in Saved) code.Add(Instruction.Create(Code.Push_r64, r));       // [rbp-16 .. rbp-48]
        code.Add(Instruction.Create(Code.Push_r64, slot56));                           // [rbp-56]
        int outgoing = (layout.StackBytes + 15) / 16 * 16;
        code.Add(Instruction.Create(Code.Sub_rm64_imm32, Register.RSP, 8 + outgoing)); // 64 + outgoing below rbp: aligned
        code.Add(Instruction.Create(Code.Lea_r64_m, Register.RAX, Operands.At(Register.RSP, -stackBudget)));
        code.Add(Instruction.Create(Code.Mov_rm64_r64, new MemoryOperand(Register.RIP, (long)stackLimitAddress), Register.RAX));
        code.Add(Instruction.Create(Code.Mov_rm64_r64, Operands.At(Register.RBP, -64), Register.RAX));
        code.Add(Instruction.Create(Code.Mov_rm64_r64, new MemoryOperand(Register.RIP, (long)stackTopAddress), Register.RSP));
    }

    /// <summary>
    /// The shared stack recheck routine, called from a prologue whose check failed with the
    /// needed stack address in r11. Returns with CF set when the frame does not fit this thread's
    /// own limit (or no entry frame is found), else with CF clear after putting the thread's limit
    /// and top back into the cells. Changes only rax and the flags.
    /// </summary>
    public static void EmitStackRecheck(CodeBuilder code, ulong label, ulong stackLimitAddress, ulong stackTopAddress, long stackBudget)
    {
        var loop = code.NewLabel();
        var found = code.NewLabel();
        var missing = code.NewLabel();
        var done = code.NewLabel();
        code.Bind(label);
        code.Add(Instruction.Create(Code.Push_r64, Register.RCX));
        code.Add(Instruction.Create(Code.Mov_r64_imm64, Register.RCX, FrameMagic));
        // Start at the caller's frame: the checking function has not written its own [rbp-8] yet.
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RAX, new MemoryOperand(Register.RBP)));
        code.Bind(loop);
        code.Add(Instruction.Create(Code.Test_rm64_r64, Register.RAX, Register.RAX));
        code.Branch(Code.Je_rel32_64, missing);
        code.Add(Instruction.Create(Code.Cmp_rm64_r64, Operands.At(Register.RAX, -8), Register.RCX));
        code.Branch(Code.Je_rel32_64, found);
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RAX, new MemoryOperand(Register.RAX)));
        code.Branch(Code.Jmp_rel32_64, loop);
        code.Bind(missing);
        code.Add(Instruction.Create(Code.Pop_r64, Register.RCX));
        code.Add(Instruction.Create(Code.Stc));
        code.Add(Instruction.Create(Code.Retnq));
        code.Bind(found);
        code.Add(Instruction.Create(Code.Pop_r64, Register.RCX));
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RAX, Operands.At(Register.RAX, -64)));
        code.Add(Instruction.Create(Code.Cmp_r64_rm64, Register.R11, Register.RAX));
        code.Branch(Code.Jb_rel32_64, done);
        code.Add(Instruction.Create(Code.Mov_rm64_r64, new MemoryOperand(Register.RIP, (long)stackLimitAddress), Register.RAX));
        code.Add(Instruction.Create(Code.Lea_r64_m, Register.RAX, Operands.At(Register.RAX, stackBudget)));
        code.Add(Instruction.Create(Code.Mov_rm64_r64, new MemoryOperand(Register.RIP, (long)stackTopAddress), Register.RAX));
        code.Bind(done);
        code.Add(Instruction.Create(Code.Retnq));
    }

    private static void EmitThunkExit(CodeBuilder code, bool vzeroupper = true)
    {
        if (vzeroupper) code.Add(Instruction.Create(Code.VEX_Vzeroupper));
        code.Add(Instruction.Create(Code.Lea_r64_m, Register.RSP, Operands.At(Register.RBP, -48)));
        for (int i = Saved.Length - 1; i >= 0; i--) code.Add(Instruction.Create(Code.Pop_r64, Saved[i]));
        code.Add(Instruction.Create(Code.Leaveq));
        code.Add(Instruction.Create(Code.Retnq));
    }

    /// <summary>The shared trap routine: entered by jmp with the trap site number in esi; sets the status cell to site+1.</summary>
    public static void EmitTrapRoutine(CodeBuilder code, ulong label, ulong statusCellAddress)
    {
        var loop = code.NewLabel();
        var found = code.NewLabel();
        code.Bind(label);
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RAX, Register.RBP));
        code.Add(Instruction.Create(Code.Mov_r64_imm64, Register.R11, FrameMagic));
        code.Bind(loop);
        code.Add(Instruction.Create(Code.Cmp_rm64_r64, Operands.At(Register.RAX, -8), Register.R11));
        code.Branch(Code.Je_rel32_64, found);
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RAX, new MemoryOperand(Register.RAX)));
        code.Branch(Code.Jmp_rel32_64, loop);
        code.Bind(found);
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Register.RBP, Register.RAX));
        code.Add(Instruction.Create(Code.Lea_r64_m, Register.RAX, Operands.At(Register.RSI, 1)));
        code.Add(Instruction.Create(Code.Mov_rm64_r64, new MemoryOperand(Register.RIP, (long)statusCellAddress), Register.RAX));
        EmitThunkExit(code);
    }
}
