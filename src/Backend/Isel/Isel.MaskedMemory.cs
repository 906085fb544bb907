// Masked memory built-ins (llvm.masked.load/store/gather/scatter): only the lanes whose mask bit is
// set touch memory, so a masked-off lane past the end of an array must not fault.
//   - masked.load/store of 32- or 64-bit lanes in one register (clang's AVX2 loops: <8 x i32>,
//     <4 x double>, ...) become vpmaskmovd/q, which never fault on masked-off lanes. The mask's 0/1
//     bytes become 0/-1 lanes (0 - mask, sign-extended); a load whose pass-through is not zero or
//     undefined blends it back in with vpblendvb.
//   - Every other shape (8/16-bit lanes, vectors over 256 bits, gathers and scatters) goes lane by
//     lane: the mask, the pass-through or stored value and any vector of addresses are spilled to
//     the frame, and each lane tests its mask byte and branches around one scalar access.
// Vectors of addresses come from vector getelementptrs, also computed lane by lane through the frame.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Frontend.Ir;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private void SelectMaskedMemory(CallInst call, Builtin op, Value[] args)
    {
        bool load = op is Builtin.MaskedLoad or Builtin.MaskedGather;
        var vt = (VectorType)(load ? call.Type : args[0].Type);
        var mask = load ? args[2] : args[3];
        if (!IsMask(mask.Type, out int n)) throw VectorTodo($"masked memory access with a mask of {mask.Type}");
        if (op is Builtin.MaskedLoad or Builtin.MaskedStore && IsSimpleVector(vt, out _, out int lane, out int w) && lane >= 4)
        {
            var laneMask = LaneMask(Reg(mask), n, lane, w);
            bool q = lane == 8, wide = w == 256;
            if (load)
            {
                var loaded = NewVec(w);
                Emit((q, wide) switch
                {
                    (false, false) => Code.VEX_Vpmaskmovd_xmm_xmm_m128, (false, true) => Code.VEX_Vpmaskmovd_ymm_ymm_m256,
                    (true, false) => Code.VEX_Vpmaskmovq_xmm_xmm_m128, _ => Code.VEX_Vpmaskmovq_ymm_ymm_m256,
                }, MOperand.Def(loaded, w), Use(laneMask, w), Address(args[0]).WithBits(w));
                var passThrough = args[3];
                if (passThrough is UndefValue or PoisonValue || passThrough is Constant { IsZeroValue: true })
                {
                    Bind(call, loaded); // vpmaskmov zeroes the masked-off lanes
                    return;
                }
                var d = DefineOne(call);
                Emit(wide ? Code.VEX_Vpblendvb_ymm_ymm_ymmm256_ymm : Code.VEX_Vpblendvb_xmm_xmm_xmmm128_xmm,
                    MOperand.Def(d, w), Use(Reg(passThrough), w), Use(loaded, w), Use(laneMask, w));
                return;
            }
            Emit((q, wide) switch
            {
                (false, false) => Code.VEX_Vpmaskmovd_m128_xmm_xmm, (false, true) => Code.VEX_Vpmaskmovd_m256_ymm_ymm,
                (true, false) => Code.VEX_Vpmaskmovq_m128_xmm_xmm, _ => Code.VEX_Vpmaskmovq_m256_ymm_ymm,
            }, Address(args[1]).WithBits(w), Use(laneMask, w), Use(Reg(args[0]), w));
            return;
        }
        MaskedLanes(call, op, args, vt, mask, n);
    }

    /// <summary>One scalar access per lane, each behind a test of its mask byte.</summary>
    private void MaskedLanes(CallInst call, Builtin op, Value[] args, VectorType vt, Value mask, int n)
    {
        bool load = op is Builtin.MaskedLoad or Builtin.MaskedGather;
        bool addressVector = op is Builtin.MaskedGather or Builtin.MaskedScatter;
        int bits = vt.Element.ScalarBits;
        if (bits is not (8 or 16 or 32 or 64)) throw VectorTodo($"masked memory access of {vt}");
        int lane = bits / 8;
        var pointers = load ? args[0] : args[1];
        int maskSlot = SpillVector(Reg(mask), MaskBits(n));
        int valueSlot = SpillValue(load ? args[3] : args[0]);
        int addressSlot = addressVector ? SpillValue(pointers) : -1;
        for (int i = 0; i < n; i++)
        {
            var access = NewBlockHere();
            var next = NewBlockHere();
            Emit(Code.Cmp_rm8_imm8, MOperand.FrameSlot(8, maskSlot, i), MOperand.I(0));
            Branch(Cond.E, next, access);
            _block = access;
            var memory = addressVector ? MOperand.Mem(bits, LoadLane(addressSlot, i, 8, signed: false)) : Address(pointers, (long)i * lane).WithBits(bits);
            if (load) StoreLane(valueSlot, i, lane, LoadLaneFrom(memory, lane, signed: false));
            else StoreLaneTo(memory, lane, LoadLane(valueSlot, i, lane, signed: false));
            Jump(next);
            _block = next;
        }
        if (load) ReloadValue(call, valueSlot);
    }

    /// <summary>A getelementptr whose result is a vector of pointers: each lane's address in a GPR, stored to a frame slot.</summary>
    private void SelectVectorGep(GetElementPtrInst gep, VectorType rv)
    {
        var variable = new List<(Value Index, long Scale)>();
        if (DataLayout.DecomposeGep(gep, variable, out long offset) is { } problem) throw VectorTodo(problem);
        var steps = new List<(int Reg, int Slot, int LaneBytes, long Scale)>();
        foreach (var (index, scale) in variable)
        {
            if (scale > int.MaxValue) throw VectorTodo($"getelementptr with {scale}-byte elements");
            int bits = index.Type.ScalarBits;
            if (index.Type is VectorType)
            {
                if (bits is not (8 or 16 or 32 or 64)) throw VectorTodo($"getelementptr with {index.Type} indices");
                steps.Add((-1, SpillValue(index), bits / 8, scale));
            }
            else steps.Add((SignExtend(Reg(index), bits, 64), -1, 0, scale));
        }
        if (offset is > int.MaxValue or < int.MinValue) throw VectorTodo("getelementptr with an offset beyond 32 bits");
        bool vectorBase = gep.BasePointer.Type is VectorType;
        int baseSlot = vectorBase ? SpillValue(gep.BasePointer) : -1;
        int scalarBase = vectorBase ? -1 : Reg(gep.BasePointer);
        int result = _mf.NewSlot(SlotBytes(rv), 16);
        for (int i = 0; i < rv.Count; i++)
        {
            int p;
            if (vectorBase) p = LoadLane(baseSlot, i, 8, signed: false);
            else
            {
                p = NewGpr();
                Copy(p, scalarBase, 64);
            }
            if (offset != 0) Emit(Code.Add_rm64_imm32, MOperand.UseDef(p, 64), MOperand.I(offset));
            foreach (var (reg, slot, laneBytes, scale) in steps)
            {
                int index = reg >= 0 ? reg : LoadLane(slot, i, laneBytes, signed: true);
                var scaled = NewGpr();
                Emit(Code.Imul_r64_rm64_imm32, MOperand.Def(scaled, 64), Use(index, 64), MOperand.I(scale));
                Emit(Code.Add_r64_rm64, MOperand.UseDef(p, 64), Use(scaled, 64));
            }
            StoreLane(result, i, 8, p);
        }
        ReloadValue(gep, result);
    }
}
