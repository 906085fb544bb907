// Dead-code elimination by marking: every instruction that must run (terminators, stores, calls
// that are not pure built-ins, volatile loads, and anything that may trap in a way we cannot rule
// out) is live, and so is everything it uses, transitively; the rest is deleted. Unlike deleting
// "instructions without users" one at a time, this also removes dead cycles of phis (the loop
// counters of a loop whose result is unused).
// Refuses: a division whose divisor is not a constant that rules out the trap stays, and so does a
// load, except a non-volatile load of a whole alloca or global of that very type (memory that
// certainly exists and is big enough), since the interpreter reports bad pointers as errors.
using PyIR.Frontend.Ir;
using PyIR.Optimizer.Analysis;

namespace PyIR.Optimizer.Passes;

public sealed class Dce : IIdempotentPass
{
    public string Name => "dce";

    private readonly InstructionStack _work = new(256); // the worklist, kept from function to function

    public bool Run(Function f)
    {
        // Marks in Value.Scratch: 0 not (yet) live, 1 live. Only f's instructions are marked.
        var work = _work;
        work.Clear();
        int total = 0, live = 0;
        foreach (var b in f.Blocks)
            for (var inst = b.First; inst is not null; inst = inst.Next)
            {
                total++;
                inst.Scratch = 0;
                if (IsRemovable(inst)) continue;
                inst.Scratch = 1;
                live++;
                work.Push(inst);
            }
        while (work.Count > 0)
        {
            var user = work.Pop();
            for (int k = 0; k < user.OperandCount; k++)
                if (user.GetOperand(k).AsInstruction is { Scratch: 0 } d && ReferenceEquals(d.Parent?.Parent, f))
                {
                    d.Scratch = 1;
                    live++;
                    work.Push(d);
                }
        }
        if (live == total) return false;

        var dead = new List<Instruction>(total - live);
        foreach (var b in f.Blocks)
            for (var inst = b.First; inst is not null; inst = inst.Next)
                if (inst.Scratch == 0) dead.Add(inst);
        // Drop all operands first: dead instructions may use each other in cycles.
        foreach (var inst in dead) inst.DropAllOperands();
        foreach (var inst in dead)
        {
            if (inst.HasUsers) inst.ReplaceAllUsesWith(new PoisonValue(inst.Type));
            inst.EraseFromParent();
        }
        return true;
    }

    /// <summary>Whether deleting the instruction when its result is unused keeps the program's meaning.</summary>
    public static bool IsRemovable(Instruction inst)
    {
        if (inst.HasSideEffects) return false;
        if (!inst.MayTrap) return true;
        return inst switch
        {
            BinaryInst b => !b.Opcode.IsIntBinary() || IsSafeDivisor(b),
            LoadInst load => !load.IsVolatile && load.Pointer switch
            {
                AllocaInst a => ReferenceEquals(a.AllocatedType, load.Type),
                GlobalVariable g => ReferenceEquals(g.ValueType, load.Type),
                _ => false,
            },
            _ => false,
        };
    }

    /// <summary>Whether the division or remainder cannot trap: its divisor is a constant other than 0 (and −1 when signed).</summary>
    public static bool IsSafeDivisor(BinaryInst b)
    {
        if (b.Rhs is not ConstantInt c || c.IsZeroValue) return false;
        // sdiv/srem by -1 overflows on the smallest value.
        return b.Opcode is Opcode.UDiv or Opcode.URem || !c.IsAllOnes;
    }
}
