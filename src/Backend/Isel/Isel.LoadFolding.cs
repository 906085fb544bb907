// Loads folded into the floating-point instruction that uses them (`vmulsd xmm1, xmm1, [rax]`
// instead of a load into a register first): a load whose only user is a scalar float/double
// fadd/fsub/fmul/fdiv, or a lane-wise vector float operation on exactly one xmm/ymm register, in
// the same block, as that user's second operand, with nothing between them that may write
// memory. The folded instruction carries the load as its origin, so a memory fault is still
// reported at the load.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Frontend.Ir;
using Instruction = PyIR.Frontend.Ir.Instruction;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private bool IsFoldableLoad(Instruction inst)
    {
        if (inst is not LoadInst load || load.IsVolatile) return false;
        if (load.Users.Count != 1 || load.Users[0] is not BinaryInst user || !ReferenceEquals(user.Parent, load.Parent)) return false;
        if (user.Opcode is not (Opcode.FAdd or Opcode.FSub or Opcode.FMul or Opcode.FDiv)) return false;
        if (!ReferenceEquals(user.Rhs, load) || ReferenceEquals(user.Lhs, load)) return false;
        var t = load.Type;
        if (t.IsVector)
        {
            // The memory operand reads the whole register: only vectors that fill it exactly.
            if (!IsSimpleVector(t, out var v, out _, out int regBits) || v.Element is not FloatingType ||
                (long)v.Element.ScalarBits * v.Count != regBits) return false;
        }
        else if (t.Kind is not (TypeKind.Float or TypeKind.Double)) return false;
        for (var i = load.Next; i is not null; i = i.Next)
        {
            if (ReferenceEquals(i, user)) return true;
            if (i is not (LoadInst { IsVolatile: false } or BinaryInst or CastInst or GetElementPtrInst or ICmpInst or FCmpInst
                or SelectInst or ExtractElementInst or InsertElementInst or ShuffleVectorInst or ExtractValueInst or FreezeInst))
                return false;
        }
        return false;
    }

    /// <summary>The memory operand of a folded load (<see cref="IsFoldableLoad"/>), or null if v is not one.</summary>
    private MOperand? FoldedLoadOperand(Value v, int bits)
    {
        if (v is not LoadInst load || !IsFolded(load)) return null;
        Unfold(load);
        return Address(load.Pointer).WithBits(bits);
    }

    /// <summary>Emits an instruction whose last operand may be a folded load, with the load as its origin.</summary>
    private void EmitWithFoldedLoad(Value operand, Code code, MOperand def, MOperand first, int registerBits, int memoryBits)
    {
        var saved = _current;
        var mem = FoldedLoadOperand(operand, memoryBits);
        if (mem is { } m)
        {
            _current = (LoadInst)operand;
            Emit(code, def, first, m);
            _current = saved;
        }
        else Emit(code, def, first, Use(Reg(operand), registerBits));
    }
}
