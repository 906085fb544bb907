// Vector patterns (SSE/AVX2 over xmm/ymm registers). This file starts with the entry points the
// scalar selector dispatches to; vector types not handled yet raise JitUnsupportedException, and
// the engine then runs the module in the interpreter.
using PyIR.Backend.Mir;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private static JitUnsupportedException VectorTodo(string what) => new($"the JIT does not yet compile vector {what}");

    private void SelectVectorBinary(BinaryInst b) => throw VectorTodo($"'{b.Opcode.Name()}' on {b.Type}");
    private void SelectVectorICmp(ICmpInst ic) => throw VectorTodo($"icmp on {ic.Lhs.Type}");
    private void SelectVectorFCmp(FCmpInst fc) => throw VectorTodo($"fcmp on {fc.Lhs.Type}");
    private void SelectVectorCast(CastInst c) => throw VectorTodo($"'{c.Opcode.Name()}' from {c.Operand.Type} to {c.Type}");
    private void SelectVectorSelect(SelectInst s) => throw VectorTodo($"select on {s.Type}");
    private void SelectExtractElement(ExtractElementInst e) => throw VectorTodo("extractelement");
    private void SelectInsertElement(InsertElementInst i) => throw VectorTodo("insertelement");
    private void SelectShuffle(ShuffleVectorInst s) => throw VectorTodo("shufflevector");
    private void SelectVectorBuiltin(CallInst call, Builtin op, Value[] args) => throw VectorTodo($"{op}");
    private void LoadPackedBoolVector(int d, VectorType t, MOperand addr) => throw VectorTodo($"loads of {t}");
    private void StorePackedBoolVector(int src, VectorType t, MOperand addr) => throw VectorTodo($"stores of {t}");
    private void LoadOddVector(int d, Part p, MOperand addr, long bytes) => throw VectorTodo($"loads of {p.Type}");
    private void StoreOddVector(int src, Part p, MOperand addr, long bytes) => throw VectorTodo($"stores of {p.Type}");
}
