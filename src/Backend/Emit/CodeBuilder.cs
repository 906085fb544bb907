// Collects a module's machine code and lays it out, in place of Iced's BlockEncoder (and with the
// same result, byte for byte).
//
// Each Iced instruction is encoded as soon as it is added (by X86Encoder when it handles the form,
// else by Iced's Encoder; the bytes are the same): its bytes do not depend on where it lands. The
// exceptions are kept as patches: branches to labels (jcc/jmp, short or near, and call), whose size
// and displacement are chosen once the layout is known, and instructions with a RIP-relative
// memory operand, whose displacement (a constant-pool entry, a global, a function's label) is
// filled in then. A label marks the next instruction added; several labels can mark one.
//
// Finish picks the branch sizes by BlockEncoder's rule (Iced 1.22, BlockEncoderInternal): every
// jcc starts at 8 bytes, jmp and call at 6, a RIP-relative instruction 1 byte longer than its real
// size; then up to 5 passes go through the code in order, each turning every branch whose target
// is within a signed byte (forward distances measured with the previous pass's addresses, less the
// bytes already saved in this pass) short for good and the rest near, calls and RIP-relative
// instructions to their real size, and stop after a pass that shrank nothing. A near branch stays
// open to become short in a later pass unless its target is more than about 1.9 KB away. Encode
// then writes the code at its final address: the pre-encoded bytes copied, branches written out
// (0x70+cc rel8, 0F 80+cc rel32, EB rel8, E9 rel32, E8 rel32), displacements patched.
using System.Buffers.Binary;
using Iced.Intel;

namespace PyIR.Backend.Emit;

public sealed class CodeBuilder
{
    private enum PatchKind : byte { Jcc, Jmp, Call, RipAbsolute, RipLabel, Align }

    /// <summary>An instruction whose bytes depend on where things land.</summary>
    private struct Patch
    {
        public int Instruction;          // its index
        public int BytePos;              // where its bytes are (RIP-relative) or would be (branches) in the pre-encoded bytes
        public byte EncodedLength;       // bytes there: the RIP-relative instruction's, 0 for a branch
        public byte DisplacementOffset;  // RIP-relative: where the 32-bit displacement starts in it
        public PatchKind Kind;
        public byte Condition;           // jcc: the condition's number (the low 4 bits of the opcode)
        public int Label;                // branch and RipLabel: the target
        public ulong Address;            // RipAbsolute: the target
        // Layout: the size chosen so far, whether it is final, and Shift: where the patch ends in
        // the laid-out code minus where its pre-encoded bytes end (so, how far the code after it moves).
        public byte Size;
        public bool Done;
        public int Shift;
    }

    /// <summary>Buffers kept per thread for the next builder: a large module's would otherwise land on the large-object heap each time.</summary>
    private sealed class Buffers
    {
        public readonly ByteWriter Writer = new();
        public readonly Encoder Encoder;
        public int[] Starts = new int[1024];
        public Patch[] Patches = new Patch[256];
        public int[] LabelInstruction = new int[256];
        public int[] LabelPatches = new int[256];
        public Buffers() => Encoder = Encoder.Create(64, Writer);
    }

    [ThreadStatic] private static Buffers? _spare;
    private const int MaxSpareBytes = 16 << 20;

    private Buffers _buffers;
    private int _count;                  // instructions
    private int _patchCount;
    private int _nextLabel = 1;
    private readonly List<int> _pending = [];
    private bool _finished;
    private int _length = -1;
    private bool _encoded;

    // Kept only when asked for (tests): the same code as Iced instructions for BlockEncoder, each
    // with IP = its index + 1, branches and label references pointing at those IPs.
    private readonly List<Instruction>? _recorded;
    private readonly List<(int Index, int Label, bool Memory)>? _recordedFixups;

    public CodeBuilder(bool keepIcedInstructions = false)
    {
        _buffers = _spare ?? new Buffers();
        _spare = null;
        _buffers.Writer.Length = 0;
        if (keepIcedInstructions)
        {
            _recorded = [];
            _recordedFixups = [];
        }
    }

    /// <summary>The number of instructions added so far (the index of the next one).</summary>
    public int Count => _count;

    private bool _hasAlign; // an AlignNext patch exists: Finish computes the padding

    public ulong NewLabel()
    {
        int label = _nextLabel++;
        if (label >= _buffers.LabelInstruction.Length)
        {
            Array.Resize(ref _buffers.LabelInstruction, _buffers.LabelInstruction.Length * 2);
            Array.Resize(ref _buffers.LabelPatches, _buffers.LabelPatches.Length * 2);
        }
        _buffers.LabelInstruction[label] = -1;
        return (ulong)label;
    }

    /// <summary>Marks the next instruction added with <paramref name="label"/>.</summary>
    public void Bind(ulong label) => _pending.Add(checked((int)label));

    /// <summary>
    /// Pads with multi-byte nops so that the next instruction starts at a multiple of
    /// <paramref name="boundary"/> (a power of two up to 64) from the start of the code, which
    /// must be placed at an address aligned at least as much. Labels bound to the next instruction
    /// mark it, after the padding. Nothing when the builder keeps Iced instructions (BlockEncoder,
    /// which checks those, does not pad).
    /// </summary>
    public void AlignNext(int boundary)
    {
        if (_finished) throw new InvalidOperationException("code already finished");
        if (_recorded is not null || boundary <= 1) return;
        if (boundary > 64 || (boundary & (boundary - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(boundary));
        // Belongs to the instruction before (index - 1): starts after the padding are shifted by it.
        ref var p = ref NewPatch(_count - 1, PatchKind.Align, _buffers.Writer.Length);
        p.Condition = (byte)(boundary - 1); // the mask
        _hasAlign = true;
    }

    public void Add(in Instruction instruction)
    {
        if (instruction.Op0Kind is OpKind.NearBranch16 or OpKind.NearBranch32 or OpKind.NearBranch64)
            throw new ArgumentException("branches to labels go through Branch", nameof(instruction));
        int index = Start();
        var writer = _buffers.Writer;
        writer.Reserve(X86Encoder.MaxLength);
        int length = X86Encoder.TryEncode(instruction, writer.Buffer, writer.Length, out int displacementOffset);
        if (length > 0)
        {
            writer.Length += length;
            if (instruction.IsIPRelativeMemoryOperand)
            {
                ref var p = ref NewPatch(index, PatchKind.RipAbsolute);
                p.EncodedLength = (byte)length;
                p.DisplacementOffset = (byte)displacementOffset;
                p.Address = instruction.MemoryDisplacement64;
            }
            Record(instruction, index);
            return;
        }
        var encoder = _buffers.Encoder;
        if (instruction.IsIPRelativeMemoryOperand)
        {
            // Encoded with a displacement that fits; the real one is patched in by Encode.
            var copy = instruction;
            copy.MemoryDisplacement64 = 0;
            if (!encoder.TryEncode(copy, 0, out _, out var error))
                throw new InvalidOperationException($"encoding failed: {error} : {instruction}");
            ref var p = ref NewPatch(index, PatchKind.RipAbsolute);
            p.EncodedLength = (byte)(_buffers.Writer.Length - p.BytePos);
            p.DisplacementOffset = (byte)encoder.GetConstantOffsets().DisplacementOffset;
            p.Address = instruction.MemoryDisplacement64;
        }
        else if (!encoder.TryEncode(instruction, 0, out _, out var error))
            throw new InvalidOperationException($"encoding failed: {error} : {instruction}");
        Record(instruction, index);
    }

    /// <summary>Whether the builder keeps Iced instructions (then every instruction added must have one, see <see cref="RecordLast"/>).</summary>
    public bool KeepsIcedInstructions => _recorded is not null;

    /// <summary>
    /// Adds a register-allocated native MIR instruction when X86Encoder handles it (see
    /// X86Encoder.TryEncode for the arguments; <paramref name="label"/>: the function label a
    /// RIP-relative memory operand points at) and returns true; returns false, adding nothing,
    /// otherwise. A builder that keeps Iced instructions must get the instruction's through
    /// <see cref="RecordLast"/> right after.
    /// </summary>
    public bool TryAddNative(Code code, PyIR.Backend.Mir.MOperand[] operands, in MemoryOperand memory, long immediate, ulong? label)
    {
        if (_finished) throw new InvalidOperationException("code already finished");
        var writer = _buffers.Writer;
        writer.Reserve(X86Encoder.MaxLength);
        int length = X86Encoder.TryEncode(code, operands, memory, immediate, writer.Buffer, writer.Length, out int displacementOffset);
        if (length == 0) return false;
        int index = Start();
        writer.Length += length;
        if (displacementOffset > 0)
        {
            ref var p = ref NewPatch(index, label is null ? PatchKind.RipAbsolute : PatchKind.RipLabel);
            p.EncodedLength = (byte)length;
            p.DisplacementOffset = (byte)displacementOffset;
            if (label is { } l) p.Label = checked((int)l);
            else p.Address = (ulong)memory.Displacement;
        }
        else if (label is not null) throw new ArgumentException("a label without a RIP-relative operand", nameof(label));
        return true;
    }

    /// <summary>Keeps <paramref name="instruction"/> as the Iced form of the instruction added last by <see cref="TryAddNative"/>.</summary>
    public void RecordLast(in Instruction instruction)
    {
        if (_recorded is null) return;
        Record(instruction, _count - 1);
        if (_patchCount > 0 && _buffers.Patches[_patchCount - 1] is { Kind: PatchKind.RipLabel } p && p.Instruction == _count - 1)
            _recordedFixups!.Add((_recorded.Count - 1, p.Label, true));
    }

    /// <summary>A jmp/jcc/call (the rel32 form's code) to a label.</summary>
    public void Branch(Code code, ulong label)
    {
        int index = Start();
        var (kind, condition) = code switch
        {
            Code.Jmp_rel32_64 => (PatchKind.Jmp, 0),
            Code.Call_rel32_64 => (PatchKind.Call, 0),
            Code.Jo_rel32_64 => (PatchKind.Jcc, 0x0), Code.Jno_rel32_64 => (PatchKind.Jcc, 0x1),
            Code.Jb_rel32_64 => (PatchKind.Jcc, 0x2), Code.Jae_rel32_64 => (PatchKind.Jcc, 0x3),
            Code.Je_rel32_64 => (PatchKind.Jcc, 0x4), Code.Jne_rel32_64 => (PatchKind.Jcc, 0x5),
            Code.Jbe_rel32_64 => (PatchKind.Jcc, 0x6), Code.Ja_rel32_64 => (PatchKind.Jcc, 0x7),
            Code.Js_rel32_64 => (PatchKind.Jcc, 0x8), Code.Jns_rel32_64 => (PatchKind.Jcc, 0x9),
            Code.Jp_rel32_64 => (PatchKind.Jcc, 0xA), Code.Jnp_rel32_64 => (PatchKind.Jcc, 0xB),
            Code.Jl_rel32_64 => (PatchKind.Jcc, 0xC), Code.Jge_rel32_64 => (PatchKind.Jcc, 0xD),
            Code.Jle_rel32_64 => (PatchKind.Jcc, 0xE), Code.Jg_rel32_64 => (PatchKind.Jcc, 0xF),
            _ => throw new ArgumentException($"not a rel32 branch: {code}", nameof(code)),
        };
        ref var p = ref NewPatch(index, kind);
        p.Condition = (byte)condition;
        p.Label = checked((int)label);
        if (_recorded is not null)
        {
            _recordedFixups!.Add((_recorded.Count, p.Label, false));
            Record(Instruction.CreateBranch(code, 0), index);
        }
    }

    /// <summary>An instruction whose RIP-relative memory operand points at a label.</summary>
    public void AddLabelReference(in Instruction instruction, ulong label)
    {
        if (!instruction.IsIPRelativeMemoryOperand) throw new ArgumentException("no RIP-relative operand", nameof(instruction));
        Add(instruction);
        ref var p = ref _buffers.Patches[_patchCount - 1];
        p.Kind = PatchKind.RipLabel;
        p.Label = checked((int)label);
        _recordedFixups?.Add((_recorded!.Count - 1, p.Label, true));
    }

    /// <summary>Starts the next instruction: binds the pending labels to it and notes where its bytes go.</summary>
    private int Start()
    {
        if (_finished) throw new InvalidOperationException("code already finished");
        int index = _count++;
        if (index == _buffers.Starts.Length) Array.Resize(ref _buffers.Starts, index * 2);
        _buffers.Starts[index] = _buffers.Writer.Length;
        if (_pending.Count > 0)
        {
            foreach (int label in _pending)
            {
                _buffers.LabelInstruction[label] = index;
                _buffers.LabelPatches[label] = _patchCount; // patches before it
            }
            _pending.Clear();
        }
        return index;
    }

    private ref Patch NewPatch(int index, PatchKind kind) => ref NewPatch(index, kind, _buffers.Starts[index]);

    private ref Patch NewPatch(int index, PatchKind kind, int bytePos)
    {
        if (_patchCount == _buffers.Patches.Length) Array.Resize(ref _buffers.Patches, _patchCount * 2);
        ref var p = ref _buffers.Patches[_patchCount++];
        p = default;
        p.Instruction = index;
        p.BytePos = bytePos;
        p.Kind = kind;
        return ref p;
    }

    private void Record(Instruction instruction, int index)
    {
        if (_recorded is null) return;
        instruction.IP = (ulong)index + 1;
        _recorded.Add(instruction);
    }

    /// <summary>
    /// Ends the code (an int3 carries labels bound after the last instruction) and chooses every
    /// branch's size; returns the code's length in bytes.
    /// </summary>
    public int Finish()
    {
        if (_finished) return _length;
        if (_pending.Count > 0) Add(Instruction.Create(Code.Int3));
        _finished = true;
        var patches = _buffers.Patches.AsSpan(0, _patchCount);
        var starts = _buffers.Starts;
        foreach (ref var p in patches)
        {
            if (p.Kind is PatchKind.Jcc or PatchKind.Jmp or PatchKind.Call or PatchKind.RipLabel && LabelInstruction(p.Label) < 0)
                throw new InvalidOperationException($"label {p.Label} is never bound");
        }

        // BlockEncoder's starting sizes; Shift is where each patch ends minus where its pre-encoded bytes end.
        int shift = 0;
        foreach (ref var p in patches)
        {
            p.Size = p.Kind switch
            {
                PatchKind.Jcc => 8,
                PatchKind.Jmp or PatchKind.Call => 6,
                PatchKind.Align => p.Condition, // the most padding it can need, while branches are sized
                _ => (byte)(p.EncodedLength + 1), // the EIP-relative form BlockEncoder starts from has a 0x67 prefix
            };
            if (p.Kind == PatchKind.Align) p.Done = true;
            shift += p.Size - p.EncodedLength;
            p.Shift = shift;
        }

        for (int pass = 0; pass < 5; pass++)
        {
            bool shrank = false;
            long gained = 0;
            shift = 0;
            for (int j = 0; j < patches.Length; j++)
            {
                ref var p = ref patches[j];
                long ip = p.BytePos + shift;
                if (!p.Done)
                {
                    int old = p.Size;
                    switch (p.Kind)
                    {
                        case PatchKind.Call:
                            p.Size = 5;
                            p.Done = true;
                            break;
                        case PatchKind.RipAbsolute or PatchKind.RipLabel:
                            p.Size = p.EncodedLength;
                            p.Done = true;
                            break;
                        default:
                        {
                            long diff = LabelPosition(p.Label, patches, starts) - (ip + 2);
                            if (diff >= 0) diff -= gained;
                            if (diff is >= -128 and <= 127)
                            {
                                p.Size = 2;
                                p.Done = true;
                            }
                            else
                            {
                                p.Size = (byte)(p.Kind == PatchKind.Jcc ? 6 : 5);
                                if (diff is < -1920 or > 1905) p.Done = true;
                            }
                            break;
                        }
                    }
                    if (p.Size < old)
                    {
                        gained += old - p.Size;
                        shrank = true;
                    }
                }
                shift = (int)(ip + p.Size - (p.BytePos + p.EncodedLength));
                p.Shift = shift;
            }
            if (!shrank) break;
        }
        // The padding, now that every branch has its size: branches were sized with the most
        // padding each alignment could need, so the real distances are no longer and still fit.
        if (_hasAlign)
        {
            shift = 0;
            foreach (ref var p in patches)
            {
                long ip = p.BytePos + shift;
                if (p.Kind == PatchKind.Align) p.Size = (byte)(-ip & p.Condition);
                shift = (int)(ip + p.Size - (p.BytePos + p.EncodedLength));
                p.Shift = shift;
            }
        }
        _length = _buffers.Writer.Length + (patches.Length > 0 ? patches[^1].Shift : 0);
        return _length;
    }

    private int LabelInstruction(int label) =>
        label > 0 && label < _nextLabel ? _buffers.LabelInstruction[label] : throw new InvalidOperationException($"unknown label {label}");

    /// <summary>Where a label's instruction is, by the patch sizes as they stand.</summary>
    private long LabelPosition(int label, Span<Patch> patches, int[] starts)
    {
        int index = LabelInstruction(label);
        int before = _buffers.LabelPatches[label];
        return starts[index] + (before == 0 ? 0 : patches[before - 1].Shift);
    }

    /// <summary>
    /// Writes the code into <paramref name="destination"/>, which will run at <paramref name="address"/>;
    /// returns its length. After this, <see cref="Offset"/> and <see cref="LabelOffset"/> give final positions.
    /// </summary>
    public int Encode(Span<byte> destination, ulong address)
    {
        if (_encoded) throw new InvalidOperationException("code already encoded");
        int length = Finish();
        if (length > destination.Length) throw new InvalidOperationException("code larger than reserved");
        var bytes = _buffers.Writer.Buffer.AsSpan(0, _buffers.Writer.Length);
        var patches = _buffers.Patches.AsSpan(0, _patchCount);
        var starts = _buffers.Starts;
        int from = 0, to = 0;
        foreach (ref var p in patches)
        {
            int run = p.BytePos - from;
            bytes.Slice(from, run).CopyTo(destination[to..]);
            to += run;
            var code = destination[to..];
            switch (p.Kind)
            {
                case PatchKind.Align:
                    WriteNops(code[..p.Size]);
                    break;
                case PatchKind.RipAbsolute or PatchKind.RipLabel:
                {
                    bytes.Slice(p.BytePos, p.EncodedLength).CopyTo(code);
                    long target = p.Kind == PatchKind.RipLabel ? (long)address + LabelPosition(p.Label, patches, starts) : (long)p.Address;
                    long disp = target - ((long)address + to + p.EncodedLength);
                    if (disp is < int.MinValue or > int.MaxValue) throw new InvalidOperationException("RIP-relative target out of reach");
                    BinaryPrimitives.WriteInt32LittleEndian(code[p.DisplacementOffset..], (int)disp);
                    break;
                }
                default:
                {
                    long rel = LabelPosition(p.Label, patches, starts) - (to + p.Size);
                    if (p.Size == 2)
                    {
                        code[0] = p.Kind == PatchKind.Jmp ? (byte)0xEB : (byte)(0x70 | p.Condition);
                        code[1] = (byte)checked((sbyte)rel);
                    }
                    else
                    {
                        int at = 1;
                        if (p.Kind == PatchKind.Jcc)
                        {
                            code[0] = 0x0F;
                            code[1] = (byte)(0x80 | p.Condition);
                            at = 2;
                        }
                        else code[0] = p.Kind == PatchKind.Jmp ? (byte)0xE9 : (byte)0xE8;
                        BinaryPrimitives.WriteInt32LittleEndian(code[at..], checked((int)rel));
                    }
                    break;
                }
            }
            to += p.Size;
            from = p.BytePos + p.EncodedLength;
        }
        bytes[from..].CopyTo(destination[to..]);

        // Instruction starts become final positions.
        int next = 0, shift = 0;
        for (int i = 0; i < _count; i++)
        {
            while (next < patches.Length && patches[next].Instruction < i) shift = patches[next++].Shift;
            starts[i] += shift;
        }
        _encoded = true;
        return length;
    }

    // The recommended nops of 1 to 9 bytes (Intel SDM, NOP; AMD's optimization guide lists the same).
    private static readonly byte[][] Nops =
    [
        [],
        [0x90],
        [0x66, 0x90],
        [0x0F, 0x1F, 0x00],
        [0x0F, 0x1F, 0x40, 0x00],
        [0x0F, 0x1F, 0x44, 0x00, 0x00],
        [0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00],
        [0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00],
        [0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        [0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    ];

    /// <summary>Fills <paramref name="code"/> with as few nops as possible.</summary>
    private static void WriteNops(Span<byte> code)
    {
        while (code.Length > 0)
        {
            var nop = Nops[Math.Min(code.Length, Nops.Length - 1)];
            nop.CopyTo(code);
            code = code[nop.Length..];
        }
    }

    /// <summary>Where instruction <paramref name="index"/> starts in the encoded code (index = Count: the end).</summary>
    public int Offset(int index)
    {
        if (!_encoded) throw new InvalidOperationException("not encoded yet");
        return index == _count ? _length : _buffers.Starts[index];
    }

    /// <summary>Where the instruction a label marks starts in the encoded code.</summary>
    public int LabelOffset(ulong label) => Offset(LabelInstruction(checked((int)label)));

    /// <summary>
    /// Encodes the code again with Iced's BlockEncoder (the builder must have been made with
    /// keepIcedInstructions) and throws if its bytes or instruction offsets differ from
    /// <paramref name="encoded"/>, this builder's own encoding at <paramref name="address"/>. For tests.
    /// </summary>
    public void CheckAgainstBlockEncoder(ReadOnlySpan<byte> encoded, ulong address)
    {
        if (_recorded is null) throw new InvalidOperationException("the builder does not keep Iced instructions");
        if (!_encoded) throw new InvalidOperationException("not encoded yet");
        // Each instruction's IP is its index + 1; branches and label references point at those IPs.
        var instructions = new List<Instruction>(_recorded);
        foreach (var (index, label, memory) in _recordedFixups!)
        {
            var instr = instructions[index];
            ulong target = (ulong)LabelInstruction(label) + 1;
            if (memory) instr.MemoryDisplacement64 = target;
            else instr.NearBranch64 = target;
            instructions[index] = instr;
        }
        var writer = new ByteWriter();
        var block = new InstructionBlock(writer, instructions, address);
        if (!BlockEncoder.TryEncode(64, block, out var error, out var result, BlockEncoderOptions.ReturnNewInstructionOffsets))
            throw new InvalidOperationException("BlockEncoder failed: " + error);
        for (int i = 0; i < _count; i++)
            if (result.NewInstructionOffsets[i] != (uint)Offset(i))
                throw new InvalidOperationException($"instruction {i} ({instructions[i]}) is at {Offset(i)}, BlockEncoder puts it at {result.NewInstructionOffsets[i]}");
        var expected = writer.Buffer.AsSpan(0, writer.Length);
        if (!expected.SequenceEqual(encoded))
        {
            int at = 0;
            while (at < Math.Min(expected.Length, encoded.Length) && expected[at] == encoded[at]) at++;
            throw new InvalidOperationException($"the code differs from BlockEncoder's at byte {at} (lengths {encoded.Length} and {expected.Length})");
        }
    }

    /// <summary>Hands the buffers to the next builder on this thread; this builder is unusable after.</summary>
    public void Recycle()
    {
        if (_buffers is null) return;
        if (_buffers.Writer.Buffer.Length <= MaxSpareBytes && _buffers.Starts.Length <= MaxSpareBytes / 4) _spare = _buffers;
        _buffers = null!;
    }

    /// <summary>The pre-encoded bytes, in a buffer that grows.</summary>
    private sealed class ByteWriter : CodeWriter
    {
        public byte[] Buffer = new byte[4096];
        public int Length;

        /// <summary>Makes room for <paramref name="bytes"/> more bytes.</summary>
        public void Reserve(int bytes)
        {
            if (Length + bytes > Buffer.Length) Array.Resize(ref Buffer, Math.Max(Buffer.Length * 2, Length + bytes));
        }

        public override void WriteByte(byte value)
        {
            if (Length == Buffer.Length) Array.Resize(ref Buffer, Buffer.Length * 2);
            Buffer[Length++] = value;
        }
    }
}
