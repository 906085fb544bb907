// Turns a memory fault in JIT'd code (a load or store through a bad pointer) into a trap, so the
// host process survives it and the caller gets a positioned error, like the interpreter gives.
//
// A SIGSEGV/SIGBUS handler written in machine code (signal handlers must not run managed code) is
// installed once per process. On a fault it looks the faulting instruction pointer up in a table of
// JIT code ranges (or, when the fault is the fetch of a call's bad target, the calling instruction,
// found from the return address on the stack); when the fault is in one, it records the address in that module's fault cell and
// rewrites the saved context so that, when the handler returns, execution continues in the
// module's trap routine with the "memory fault" trap site (which unwinds to the entry thunk). Any
// other fault is passed on to the handler that was installed before (the .NET runtime's).
using System.Runtime.InteropServices;
using Iced.Intel;
using PyIR.Backend.Emit;
using Instruction = Iced.Intel.Instruction;

namespace PyIR.Backend.Jit;

public static unsafe partial class MemoryFaultHandler
{
    private const int SigSegv = 11, SigBus = 7;
    private const int SaSigInfo = 4, SaOnStack = 0x08000000;
    private const int SigactionSize = 152;
    // ucontext_t on x86-64 Linux: uc_mcontext.gregs starts at byte 40; REG_RSI = 9, REG_RSP = 15, REG_RIP = 16.
    private const int SavedRsi = 40 + 9 * 8, SavedRsp = 40 + 15 * 8, SavedRip = 40 + 16 * 8;
    // siginfo_t: si_addr at byte 16.
    private const int SigInfoAddress = 16;

    // Data page layout: old SIGSEGV action, old SIGBUS action, entry count, entries.
    private const int OldSegv = 0, OldBus = 160, CountOffset = 320, EntriesOffset = 328, EntrySize = 40, MaxEntries = 1024;

    private static readonly object Lock = new();
    private static ExecutableMemory? _memory;

    /// <summary>Adds a range of JIT code: faults in [start, end) go to <paramref name="trapRoutine"/> with trap site <paramref name="site"/>.</summary>
    public static bool Register(ulong start, ulong end, ulong trapRoutine, ulong faultCell, int site)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64) return false;
        lock (Lock)
        {
            if (!EnsureInstalled()) return false;
            byte* data = (byte*)_memory!.DataAddress;
            long count = *(long*)(data + CountOffset);
            if (count >= MaxEntries) return false;
            ulong* e = (ulong*)(data + EntriesOffset + count * EntrySize);
            e[0] = start; e[1] = end; e[2] = trapRoutine; e[3] = faultCell; e[4] = (ulong)site;
            Thread.MemoryBarrier();
            *(long*)(data + CountOffset) = count + 1;
            return true;
        }
    }

    /// <summary>Removes the range starting at <paramref name="start"/> (when its module is freed).</summary>
    public static void Unregister(ulong start)
    {
        lock (Lock)
        {
            if (_memory is null) return;
            byte* data = (byte*)_memory.DataAddress;
            long count = *(long*)(data + CountOffset);
            for (long i = 0; i < count; i++)
            {
                ulong* e = (ulong*)(data + EntriesOffset + i * EntrySize);
                if (e[0] != start) continue;
                // Shrink first, then move the last entry into the hole.
                *(long*)(data + CountOffset) = count - 1;
                Thread.MemoryBarrier();
                if (i != count - 1) Buffer.MemoryCopy(data + EntriesOffset + (count - 1) * EntrySize, e, EntrySize, EntrySize);
                return;
            }
        }
    }

    private static bool EnsureInstalled()
    {
        if (_memory is not null) return true;
        var memory = new ExecutableMemory(EntriesOffset + MaxEntries * EntrySize, 4096);
        ulong data = memory.DataAddress;
        var code = new CodeBuilder();
        var loop = code.NewLabel();
        var next = code.NewLabel();
        var chain = code.NewLabel();
        var have = code.NewLabel();
        var crash = code.NewLabel();
        var search = code.NewLabel();
        var notOurs = code.NewLabel();
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Iced.Intel.Register.RAX, Operands.At(Iced.Intel.Register.RDX, SavedRip)));
        code.Add(Instruction.Create(Code.Xor_r32_rm32, Iced.Intel.Register.R11D, Iced.Intel.Register.R11D)); // first search: the faulting pc
        code.Bind(search);
        code.Add(Instruction.Create(Code.Lea_r64_m, Iced.Intel.Register.RCX, new MemoryOperand(Iced.Intel.Register.RIP, (long)(data + CountOffset))));
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Iced.Intel.Register.R8, new MemoryOperand(Iced.Intel.Register.RCX)));
        code.Add(Instruction.Create(Code.Lea_r64_m, Iced.Intel.Register.R9, Operands.At(Iced.Intel.Register.RCX, 8)));
        code.Bind(loop);
        code.Add(Instruction.Create(Code.Test_rm64_r64, Iced.Intel.Register.R8, Iced.Intel.Register.R8));
        code.Branch(Code.Je_rel32_64, chain);
        code.Add(Instruction.Create(Code.Cmp_r64_rm64, Iced.Intel.Register.RAX, new MemoryOperand(Iced.Intel.Register.R9)));
        code.Branch(Code.Jb_rel32_64, next);
        code.Add(Instruction.Create(Code.Cmp_r64_rm64, Iced.Intel.Register.RAX, Operands.At(Iced.Intel.Register.R9, 8)));
        code.Branch(Code.Jae_rel32_64, next);
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Iced.Intel.Register.R10, Operands.At(Iced.Intel.Register.R9, 24)));
        code.Add(Instruction.Create(Code.Mov_rm64_r64, new MemoryOperand(Iced.Intel.Register.R10), Iced.Intel.Register.RAX));
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Iced.Intel.Register.R10, Operands.At(Iced.Intel.Register.R9, 16)));
        code.Add(Instruction.Create(Code.Mov_rm64_r64, Operands.At(Iced.Intel.Register.RDX, SavedRip), Iced.Intel.Register.R10));
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Iced.Intel.Register.R10, Operands.At(Iced.Intel.Register.R9, 32)));
        code.Add(Instruction.Create(Code.Mov_rm64_r64, Operands.At(Iced.Intel.Register.RDX, SavedRsi), Iced.Intel.Register.R10));
        code.Add(Instruction.Create(Code.Retnq));
        code.Bind(next);
        code.Add(Instruction.Create(Code.Add_rm64_imm8, Iced.Intel.Register.R9, EntrySize));
        code.Add(Instruction.Create(Code.Dec_rm64, Iced.Intel.Register.R8));
        code.Branch(Code.Jmp_rel32_64, loop);
        // Not in JIT code. A call through a bad function pointer faults on fetching its target
        // (si_addr == pc) with the return address on top of the stack: search again with the call
        // instruction (return address - 1), once.
        code.Bind(chain);
        code.Add(Instruction.Create(Code.Test_rm64_r64, Iced.Intel.Register.R11, Iced.Intel.Register.R11));
        code.Branch(Code.Jne_rel32_64, notOurs);
        code.Add(Instruction.Create(Code.Cmp_r64_rm64, Iced.Intel.Register.RAX, Operands.At(Iced.Intel.Register.RSI, SigInfoAddress)));
        code.Branch(Code.Jne_rel32_64, notOurs);
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Iced.Intel.Register.R10, Operands.At(Iced.Intel.Register.RDX, SavedRsp)));
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Iced.Intel.Register.RAX, new MemoryOperand(Iced.Intel.Register.R10)));
        code.Add(Instruction.Create(Code.Dec_rm64, Iced.Intel.Register.RAX));
        code.Add(Instruction.Create(Code.Mov_r32_imm32, Iced.Intel.Register.R11D, 1));
        code.Branch(Code.Jmp_rel32_64, search);
        // Not ours: hand the signal to the previous handler with the same arguments.
        code.Bind(notOurs);
        code.Add(Instruction.Create(Code.Lea_r64_m, Iced.Intel.Register.RCX, new MemoryOperand(Iced.Intel.Register.RIP, (long)(data + OldSegv))));
        code.Add(Instruction.Create(Code.Cmp_rm32_imm8, Iced.Intel.Register.EDI, SigSegv));
        code.Branch(Code.Je_rel32_64, have);
        code.Add(Instruction.Create(Code.Lea_r64_m, Iced.Intel.Register.RCX, new MemoryOperand(Iced.Intel.Register.RIP, (long)(data + OldBus))));
        code.Bind(have);
        code.Add(Instruction.Create(Code.Mov_r64_rm64, Iced.Intel.Register.RAX, new MemoryOperand(Iced.Intel.Register.RCX)));
        code.Add(Instruction.Create(Code.Cmp_rm64_imm8, Iced.Intel.Register.RAX, 1));
        code.Branch(Code.Jbe_rel32_64, crash); // SIG_DFL (0) or SIG_IGN (1): nothing to chain to
        code.Add(Instruction.Create(Code.Jmp_rm64, Iced.Intel.Register.RAX));
        code.Bind(crash);
        code.Add(Instruction.Create(Code.Ud2));

        try { memory.CommitCode(code.Encode(memory.Code, memory.CodeAddress)); }
        catch
        {
            memory.Dispose();
            throw;
        }

        var action = stackalloc byte[SigactionSize];
        new Span<byte>(action, SigactionSize).Clear();
        *(ulong*)action = memory.CodeAddress;
        *(int*)(action + 136) = SaSigInfo | SaOnStack;
        byte* d = (byte*)data;
        if (sigaction(SigSegv, action, d + OldSegv) != 0 || sigaction(SigBus, action, d + OldBus) != 0)
        {
            memory.Dispose();
            return false;
        }
        _memory = memory; // kept for the life of the process
        return true;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sigaction(int signal, byte* action, byte* oldAction);
}
