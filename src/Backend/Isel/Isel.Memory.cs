// Memory patterns: allocas (fixed ones become frame slots addressed off the frame pointer, dynamic
// ones move the stack pointer), addresses (getelementptr folded into x86 address modes, globals
// RIP-relative), loads and stores of every type part by part, and aggregate values, which live in
// registers field by field so extractvalue/insertvalue cost nothing.
using Iced.Intel;
using PyIR.Backend.Emit;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;
using PyIR.Frontend.Ir;
using Instruction = PyIR.Frontend.Ir.Instruction;

namespace PyIR.Backend.Isel;

public sealed partial class InstructionSelector
{
    private void AllocateStaticAllocas()
    {
        for (var inst = _function.EntryBlock!.First; inst is not null; inst = inst.Next)
        {
            if (inst is not AllocaInst { ArraySize: ConstantInt count } a) continue;
            long size = DataLayout.AllocSize(a.AllocatedType) * (long)count.ZExtValue;
            if (size > int.MaxValue / 2) throw new JitUnsupportedException($"alloca of {size} bytes is too large for the stack");
            int align = Math.Max(a.Alignment, DataLayout.AbiAlignment(a.AllocatedType));
            _info[a.Scratch].StaticSlotPlusOne = _mf.NewSlot((int)Math.Max(size, 1), Math.Min(align, 64)) + 1;
            if (_module.ZeroAllocas)
            {
                // (Tests only: 8 bytes at a time, then the last few one by one.)
                long k = 0;
                for (; k + 8 <= size; k += 8) Emit(Code.Mov_rm64_imm32, Address(a, k).WithBits(64), MOperand.I(0));
                for (; k < size; k++) Emit(Code.Mov_rm8_imm8, Address(a, k).WithBits(8), MOperand.I(0));
            }
        }
    }

    private void SelectAlloca(AllocaInst a)
    {
        if (IsStaticAlloca(a)) return; // addressed directly as a frame slot
        _mf.HasDynamicAlloca = true;
        // size = count * element size, rounded up to 16 so rsp stays aligned.
        long elem = DataLayout.AllocSize(a.AllocatedType);
        var count = ZeroExtend(Reg(a.ArraySize), a.ArraySize.Type.ScalarBits, 64);
        var size = NewGpr();
        Emit(Code.Imul_r64_rm64_imm32, MOperand.Def(size, 64), Use(count, 64), MOperand.I(elem));
        Emit(Code.Add_rm64_imm8, MOperand.UseDef(size, 64), MOperand.I(15));
        Emit(Code.And_rm64_imm8, MOperand.UseDef(size, 64), MOperand.I(-16));
        Emit(Code.Sub_r64_rm64, MOperand.UseDef(X86.Rsp, 64), Use(size, 64));
        if (a.Alignment > 16) Emit(Code.And_rm64_imm32, MOperand.UseDef(X86.Rsp, 64), MOperand.I(-a.Alignment));
        var d = DefineOne(a);
        // The new memory sits above the outgoing-argument area at the bottom of the frame.
        Emit(Code.Lea_r64_m, MOperand.Def(d, 64), new MOperand
        {
            Kind = MOperandKind.Mem, AddrBase = AddrBase.Regs, Reg = X86.Rsp, Index = -1, Scale = 1, Bits = 64, Slot = OutgoingAreaMarker,
        });
    }

    /// <summary>llvm.stacksave: the stack pointer (the function then keeps a frame pointer, as with a dynamic alloca).</summary>
    private void SelectStackSave(CallInst call)
    {
        _mf.HasDynamicAlloca = true;
        Emit(Code.Mov_r64_rm64, MOperand.Def(DefineOne(call), 64), Use(X86.Rsp, 64));
    }

    /// <summary>llvm.stackrestore: the stack pointer goes back, which frees the dynamic allocas made since the save.</summary>
    private void SelectStackRestore(Value saved)
    {
        _mf.HasDynamicAlloca = true;
        Emit(Code.Mov_r64_rm64, MOperand.Def(X86.Rsp, 64), Use(Reg(saved), 64));
    }

    /// <summary>Marks a displacement to be increased by the outgoing-argument area size at frame layout.</summary>
    public const int OutgoingAreaMarker = -77;

    /// <summary>The address a pointer value denotes, as a memory operand (width unset).</summary>
    private MOperand Address(Value pointer, long extra = 0)
    {
        switch (pointer)
        {
            case AllocaInst a when TryStaticSlot(a, out int slot):
                return MOperand.FrameSlot(0, slot, extra);
            case GlobalVariable g:
                return MOperand.GlobalRef(0, _module.GlobalIndex(g), extra);
            case GetElementPtrInst gep when IsFolded(gep):
                return GepAddress(gep, extra);
            case ConstantExpr { Opcode: Opcode.GetElementPtr } ce when ce.GetOperand(0) is GlobalVariable gv:
            {
                // The common case (a field or element of a global) without the general evaluator.
                var indices = new Constant[ce.OperandCount - 1];
                for (int k = 0; k < indices.Length; k++) indices[k] = ce.Op(k + 1);
                return MOperand.GlobalRef(0, _module.GlobalIndex(gv), ConstantBytes.GepOffset(ce.SourceElementType!, indices) + extra);
            }
            case ConstantExpr { Opcode: Opcode.GetElementPtr } ce:
            {
                var (global, addend, value) = ConstantBytes.Evaluate(ce);
                if (global is GlobalVariable gv) return MOperand.GlobalRef(0, _module.GlobalIndex(gv), addend + extra);
                if (global is null) return AbsoluteAddress((long)value + extra);
                break;
            }
            case ConstantPointerNull:
                return AbsoluteAddress(extra);
        }
        return MOperand.Mem(0, Reg(pointer), -1, 1, extra);
    }

    private MOperand AbsoluteAddress(long address)
    {
        var r = NewGpr();
        LoadImmediate(r, (ulong)address);
        return MOperand.Mem(0, r);
    }

    /// <summary>
    /// base + sum(index * stride) as one address mode: the constant parts go into the
    /// displacement, the last variable index with a stride of 1, 2, 4 or 8 becomes the scaled index,
    /// and the base plus any other variable terms is computed into a register once per machine
    /// block (loads and stores of the same row, a[i][k] and a[i][k+1], share it).
    /// </summary>
    private MOperand GepAddress(GetElementPtrInst gep, long extra)
    {
        var basePointer = gep.BasePointer;
        long offset = extra;
        // The variable terms (index, stride); a list kept for reuse unless a nested call holds it.
        var terms = _gepTerms ?? [];
        _gepTerms = null;
        terms.Clear();
        var t = gep.SourceElementType;
        for (int k = 0; k < gep.OperandCount - 1; k++)
        {
            var idx = gep.GetOperand(k + 1);
            long stride;
            if (k == 0) stride = DataLayout.AllocSize(t);
            else
            {
                switch (t)
                {
                    case StructType s:
                    {
                        int field = (int)((ConstantInt)idx).ZExtValue;
                        offset += DataLayout.FieldOffset(s, field);
                        t = s.Fields[field];
                        continue;
                    }
                    case ArrayType at: t = at.Element; break;
                    case VectorType vt: t = vt.Element; break;
                    default: throw new JitUnsupportedException($"getelementptr into {t}");
                }
                stride = DataLayout.AllocSize(t);
            }
            if (idx is ConstantInt c) offset += c.SExtValue * stride;
            else if (stride != 0) terms.Add((idx, stride));
        }
        int scaled = terms.Count - 1;
        while (scaled >= 0 && terms[scaled].Stride is not (1 or 2 or 4 or 8)) scaled--;
        int restCount = terms.Count - (scaled >= 0 ? 1 : 0);
        MOperand addr;
        if (restCount == 0)
        {
            addr = Address(basePointer, offset);
            if (scaled < 0)
            {
                _gepTerms = terms;
                return FitDisplacement(addr);
            }
            if (addr.Index >= 0 || addr.AddrBase is not (AddrBase.Regs or AddrBase.Frame))
            {
                // RIP-relative bases take no index register: the base address goes into one.
                addr.Imm -= offset;
                addr = MOperand.Mem(0, PartialAddress(basePointer, addr, terms, scaled), -1, 1, offset);
            }
        }
        else addr = MOperand.Mem(0, PartialAddress(basePointer, Address(basePointer), terms, scaled), -1, 1, offset);
        if (scaled >= 0)
        {
            var (idx, stride) = terms[scaled];
            addr.Index = SignExtend(Reg(idx), idx.Type.ScalarBits, 64); // GEP indices are sign-extended
            addr.Scale = (byte)stride;
        }
        _gepTerms = terms;
        return FitDisplacement(addr);
    }

    private List<(Value Index, long Stride)>? _gepTerms = [];
    private readonly List<(Value Base, (Value Index, long Stride)[] Terms, int Reg)> _partialAddresses = [];
    private MBlock? _partialAddressBlock;

    /// <summary>
    /// A register holding the address of <paramref name="basePointer"/> (<paramref name="baseAddress"/>)
    /// plus sum(index * stride) over <paramref name="terms"/> but the one at <paramref name="skip"/>,
    /// reused within the current machine block (where every earlier definition dominates the later
    /// uses; IR values never change).
    /// </summary>
    private int PartialAddress(Value basePointer, MOperand baseAddress, List<(Value Index, long Stride)> terms, int skip)
    {
        if (!ReferenceEquals(_partialAddressBlock, _block))
        {
            _partialAddresses.Clear();
            _partialAddressBlock = _block;
        }
        int count = terms.Count - (skip >= 0 ? 1 : 0);
        if (count == 0 && baseAddress is { AddrBase: AddrBase.Global, Index: < 0 } && _current?.Parent is { } irBlock && _inLoop[irBlock.Scratch])
            return GlobalBase(baseAddress);
        foreach (var (b, ts, r) in _partialAddresses)
            if (ReferenceEquals(b, basePointer) && ts.Length == count && SameTerms(ts, terms, skip))
                return r;
        int reg;
        if (baseAddress is { AddrBase: AddrBase.Regs, Index: < 0, Imm: 0, Reg: >= 0 }) reg = baseAddress.Reg;
        else
        {
            reg = NewGpr();
            Emit(Code.Lea_r64_m, MOperand.Def(reg, 64), FitDisplacement(baseAddress).WithBits(64));
        }
        var kept = count == 0 ? [] : new (Value Index, long Stride)[count];
        int n = 0;
        for (int k = 0; k < terms.Count; k++)
        {
            if (k == skip) continue;
            var (idx, stride) = terms[k];
            kept[n++] = (idx, stride);
            var index = SignExtend(Reg(idx), idx.Type.ScalarBits, 64);
            var scaled = index;
            int scale = (int)stride;
            if (stride is not (1 or 2 or 4 or 8))
            {
                scaled = NewGpr();
                scale = 1;
                if (stride >= int.MinValue && stride <= int.MaxValue)
                    Emit(Code.Imul_r64_rm64_imm32, MOperand.Def(scaled, 64), Use(index, 64), MOperand.I(stride));
                else
                {
                    LoadImmediate(scaled, (ulong)stride);
                    Emit(Code.Imul_r64_rm64, MOperand.UseDef(scaled, 64), Use(index, 64));
                }
            }
            var sum = NewGpr();
            Emit(Code.Lea_r64_m, MOperand.Def(sum, 64), MOperand.Mem(64, reg, scaled, scale, 0));
            reg = sum;
        }
        _partialAddresses.Add((basePointer, kept, reg));
        return reg;
    }

    private Dictionary<(int Global, long Offset), int>? _globalBases;

    /// <summary>
    /// A register holding a global's address (plus a constant) for indexed accesses in loops: one
    /// `lea` at the end of the entry block serves the whole function, instead of one in every block
    /// of the loop that indexes the global (x86 has no RIP-relative address with an index). The
    /// allocator spills it like any value when registers run short.
    /// </summary>
    private int GlobalBase(MOperand address)
    {
        _globalBases ??= [];
        if (_globalBases.TryGetValue((address.Slot, address.Imm), out int known)) return known;
        int reg = NewGpr();
        var entry = _mf.Blocks[0];
        var (savedBlock, savedCurrent, savedInsert) = (_block, _current, _insertAt);
        if (!ReferenceEquals(entry, _block))
        {
            // The entry block is complete: before its terminator (a lea leaves the flags alone).
            _block = entry;
            int at = entry.Instructions.Count;
            while (at > 0 && entry.Instructions[at - 1].IsTerminator) at--;
            _insertAt = at;
        }
        _current = null;
        var fitted = FitDisplacement(address).WithBits(64);
        Emit(Code.Lea_r64_m, MOperand.Def(reg, 64), fitted);
        // Spill code computes the address again instead of reloading it (when it reads no register).
        if (fitted.Reg < 0 && fitted.Index < 0) (_mf.Rematerializable ??= [])[reg] = fitted;
        (_block, _current, _insertAt) = (savedBlock, savedCurrent, savedInsert);
        _globalBases[(address.Slot, address.Imm)] = reg;
        return reg;
    }

    /// <summary>Whether <paramref name="kept"/> equals <paramref name="terms"/> without the one at <paramref name="skip"/>.</summary>
    private static bool SameTerms((Value Index, long Stride)[] kept, List<(Value Index, long Stride)> terms, int skip)
    {
        int n = 0;
        for (int k = 0; k < terms.Count; k++)
        {
            if (k == skip) continue;
            if (!ReferenceEquals(kept[n].Index, terms[k].Index) || kept[n].Stride != terms[k].Stride) return false;
            n++;
        }
        return true;
    }

    /// <summary>
    /// Keeps displacements within 32 bits (x86 addressing) by moving the excess into a register. The
    /// limit is 2^29, not 2^31: the emitter still adds a frame slot's offset (or the distance to a
    /// global, for RIP-relative bases) and the parts of an aggregate access add their own offsets, and
    /// a GEP index of -2^31 into an alloca left -2^31 - 176 for the encoder.
    /// </summary>
    private MOperand FitDisplacement(MOperand addr)
    {
        const long limit = 1L << 29;
        if (addr.Imm >= -limit && addr.Imm <= limit) return addr;
        var excess = NewGpr();
        LoadImmediate(excess, (ulong)addr.Imm);
        addr.Imm = 0;
        var r = NewGpr();
        Emit(Code.Lea_r64_m, MOperand.Def(r, 64), addr.WithBits(64));
        Emit(Code.Add_r64_rm64, MOperand.UseDef(r, 64), Use(excess, 64));
        return MOperand.Mem(0, r);
    }

    private void SelectGep(GetElementPtrInst gep)
    {
        if (gep.Type is VectorType rv)
        {
            SelectVectorGep(gep, rv); // Isel.MaskedMemory.cs
            return;
        }
        var addr = GepAddress(gep, 0);
        var d = DefineOne(gep);
        // The base itself (all offsets zero, as in `getelementptr [N x T], ptr %p, i64 0, i64 0`):
        // a copy, which disappears when both get one register, rather than `lea d, [base]`.
        if (addr.AddrBase == AddrBase.Regs && addr.Index < 0 && addr.Imm == 0 && addr.Reg >= 0) Copy(d, addr.Reg, 64);
        else Emit(Code.Lea_r64_m, MOperand.Def(d, 64), addr.WithBits(64));
    }

    private static MOperand At(MOperand addr, long offset, int bits)
    {
        var m = addr.WithBits(bits);
        m.Imm += offset;
        return m;
    }

    private void SelectLoad(LoadInst load)
    {
        var addr = Address(load.Pointer);
        var parts = TypeLowering.Parts(load.Type);
        var regs = Define(load);
        for (int k = 0; k < parts.Length; k++) LoadPart(regs[k], parts[k], addr);
    }

    private void LoadPart(int d, Part p, MOperand addr)
    {
        if (p.Class == RegClass.Gpr)
        {
            long size = DataLayout.StoreSize(p.Type);
            switch (size)
            {
                case 1: Emit(Code.Movzx_r32_rm8, MOperand.Def(d, 32), At(addr, p.Offset, 8)); break;
                case 2: Emit(Code.Movzx_r32_rm16, MOperand.Def(d, 32), At(addr, p.Offset, 16)); break;
                case 4: Emit(Code.Mov_r32_rm32, MOperand.Def(d, 32), At(addr, p.Offset, 32)); break;
                case 8: Emit(Code.Mov_r64_rm64, MOperand.Def(d, 64), At(addr, p.Offset, 64)); break;
                default:
                {
                    // 3, 5, 6, 7 bytes: load the pieces and shift them into place.
                    long done = 0;
                    foreach (int piece in size switch { 3 => new[] { 2, 1 }, 5 => new[] { 4, 1 }, 6 => new[] { 4, 2 }, _ => new[] { 4, 2, 1 } })
                    {
                        var r = done == 0 ? d : NewGpr();
                        Emit(piece switch { 1 => Code.Movzx_r32_rm8, 2 => Code.Movzx_r32_rm16, _ => Code.Mov_r32_rm32 },
                            MOperand.Def(r, 32), At(addr, p.Offset + done, piece * 8));
                        if (done > 0)
                        {
                            Emit(Code.Shl_rm64_imm8, MOperand.UseDef(r, 64), MOperand.I(done * 8));
                            Emit(Code.Or_r64_rm64, MOperand.UseDef(d, 64), Use(r, 64));
                        }
                        done += piece;
                    }
                    break;
                }
            }
            return;
        }
        if (p.Type is VectorType vt && vt.Element.ScalarBits % 8 != 0)
        {
            LoadPackedBoolVector(d, vt, At(addr, p.Offset, 0));
            return;
        }
        long bytes = DataLayout.StoreSize(p.Type);
        switch (bytes)
        {
            case 2 when p.Type.IsFloatingPoint:
            {
                // half: 16 bits into lane 0.
                var t = NewGpr();
                Emit(Code.Movzx_r32_rm16, MOperand.Def(t, 32), At(addr, p.Offset, 16));
                Emit(Code.VEX_Vmovd_xmm_rm32, MOperand.Def(d, 128), Use(t, 32));
                break;
            }
            case 4: Emit(Code.VEX_Vmovss_xmm_m32, MOperand.Def(d, 128), At(addr, p.Offset, 32)); break;
            case 8: Emit(Code.VEX_Vmovsd_xmm_m64, MOperand.Def(d, 128), At(addr, p.Offset, 64)); break;
            case 16: Emit(Code.VEX_Vmovups_xmm_xmmm128, MOperand.Def(d, 128), At(addr, p.Offset, 128)); break;
            case 32: Emit(Code.VEX_Vmovups_ymm_ymmm256, MOperand.Def(d, 256), At(addr, p.Offset, 256)); break;
            default: LoadOddVector(d, p, addr, bytes); break;
        }
    }

    private void SelectStore(StoreInst store)
    {
        var value = store.StoredValue;
        var addr = Address(store.Pointer);
        var parts = TypeLowering.Parts(value.Type);
        // Integer constants are stored as immediates.
        if (parts.Length == 1 && parts[0].Class == RegClass.Gpr && value is ConstantInt c && DataLayout.StoreSize(c.Type) is 1 or 2 or 4 or 8 &&
            (DataLayout.StoreSize(c.Type) < 8 || (c.SExtValue >= int.MinValue && c.SExtValue <= int.MaxValue)))
        {
            long size = DataLayout.StoreSize(c.Type);
            var code = size switch { 1 => Code.Mov_rm8_imm8, 2 => Code.Mov_rm16_imm16, 4 => Code.Mov_rm32_imm32, _ => Code.Mov_rm64_imm32 };
            Emit(code, At(addr, 0, (int)size * 8), MOperand.I(size switch { 1 => (sbyte)c.Bits, 2 => (short)c.Bits, 4 => (int)c.Bits, _ => c.SExtValue }));
            return;
        }
        var regs = Regs(value);
        for (int k = 0; k < parts.Length; k++) StorePart(regs[k], parts[k], addr);
    }

    private void StorePart(int src, Part p, MOperand addr)
    {
        if (p.Class == RegClass.Gpr)
        {
            long size = DataLayout.StoreSize(p.Type);
            switch (size)
            {
                case 1: Emit(Code.Mov_rm8_r8, At(addr, p.Offset, 8), Use(src, 8)); break;
                case 2: Emit(Code.Mov_rm16_r16, At(addr, p.Offset, 16), Use(src, 16)); break;
                case 4: Emit(Code.Mov_rm32_r32, At(addr, p.Offset, 32), Use(src, 32)); break;
                case 8: Emit(Code.Mov_rm64_r64, At(addr, p.Offset, 64), Use(src, 64)); break;
                default:
                {
                    // 3, 5, 6, 7 bytes: store the pieces, shifting the value down.
                    var t = NewGpr();
                    Emit(Code.Mov_r64_rm64, MOperand.Def(t, 64), Use(src, 64));
                    long done = 0;
                    foreach (int piece in size switch { 3 => new[] { 2, 1 }, 5 => new[] { 4, 1 }, 6 => new[] { 4, 2 }, _ => new[] { 4, 2, 1 } })
                    {
                        Emit(piece switch { 1 => Code.Mov_rm8_r8, 2 => Code.Mov_rm16_r16, _ => Code.Mov_rm32_r32 },
                            At(addr, p.Offset + done, piece * 8), Use(t, piece * 8));
                        done += piece;
                        if (done < size) Emit(Code.Shr_rm64_imm8, MOperand.UseDef(t, 64), MOperand.I(piece * 8));
                    }
                    break;
                }
            }
            return;
        }
        if (p.Type is VectorType vt && vt.Element.ScalarBits % 8 != 0)
        {
            StorePackedBoolVector(src, vt, At(addr, p.Offset, 0));
            return;
        }
        long bytes = DataLayout.StoreSize(p.Type);
        switch (bytes)
        {
            case 2 when p.Type.IsFloatingPoint: Emit(Code.VEX_Vpextrw_r32m16_xmm_imm8, At(addr, p.Offset, 16), Use(src, 128), MOperand.I(0)); break;
            case 4: Emit(Code.VEX_Vmovss_m32_xmm, At(addr, p.Offset, 32), Use(src, 128)); break;
            case 8: Emit(Code.VEX_Vmovsd_m64_xmm, At(addr, p.Offset, 64), Use(src, 128)); break;
            case 16: Emit(Code.VEX_Vmovups_xmmm128_xmm, At(addr, p.Offset, 128), Use(src, 128)); break;
            case 32: Emit(Code.VEX_Vmovups_ymmm256_ymm, At(addr, p.Offset, 256), Use(src, 256)); break;
            default: StoreOddVector(src, p, addr, bytes); break;
        }
    }

    // ---------------------------------------------------------------- aggregates as values

    private void SelectExtractValue(ExtractValueInst ev)
    {
        var regs = Regs(ev.Aggregate);
        int first = TypeLowering.PartIndex(ev.Aggregate.Type, ev.Indices, out var selected);
        Bind(ev, regs.Slice(first, TypeLowering.PartCount(selected)));
    }

    private void SelectInsertValue(InsertValueInst iv)
    {
        int[] regs = [.. Regs(iv.Aggregate)];
        int first = TypeLowering.PartIndex(iv.Aggregate.Type, iv.Indices, out _);
        var element = Regs(iv.Element);
        element.CopyTo(regs.AsSpan(first));
        Bind(iv, regs);
    }
}
