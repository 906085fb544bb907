// A basic block: a straight-line list of instructions ending in one terminator. Blocks are values of
// type `label`; their users are the branches and phis that name them, which is how predecessors are
// found. Instructions are kept in an intrusive doubly linked list, so inserting and removing is O(1).
namespace PyIR.Frontend.Ir;

public sealed class BasicBlock : Value
{
    public BasicBlock(string? name = null) : base(IrType.Label) => Name = name;

    public Function? Parent { get; internal set; }

    public Instruction? First { get; private set; }
    public Instruction? Last { get; private set; }
    public int Count { get; private set; }

    public bool IsEmpty => First is null;

    /// <summary>The last instruction if it is a terminator, else null (while the block is being built).</summary>
    public Instruction? Terminator => Last is { } last && last.Opcode.IsTerminator() ? last : null;

    /// <summary>
    /// The instructions in order. The loop reads the next instruction before handing out the current
    /// one, so the caller may remove the current instruction. A struct: <c>foreach</c> over it
    /// allocates nothing (every pass walks every block this way).
    /// </summary>
    public InstructionList Instructions => new(this);

    /// <summary>The leading phi nodes (a struct, like <see cref="Instructions"/>).</summary>
    public PhiList Phis => new(this);

    public readonly struct InstructionList(BasicBlock block) : IEnumerable<Instruction>
    {
        public Enumerator GetEnumerator() => new(block);
        IEnumerator<Instruction> IEnumerable<Instruction>.GetEnumerator() => GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator(BasicBlock block) : IEnumerator<Instruction>
        {
            private Instruction? _next;
            private bool _started;

            public Instruction Current { get; private set; } = null!;
            object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext()
            {
                var i = _started ? _next : block.First;
                _started = true;
                if (i is null) return false;
                Current = i;
                _next = i.Next;
                return true;
            }

            public void Reset() => (_started, _next) = (false, null);
            public readonly void Dispose() { }
        }
    }

    public readonly struct PhiList(BasicBlock block) : IEnumerable<PhiInst>
    {
        public Enumerator GetEnumerator() => new(block);
        IEnumerator<PhiInst> IEnumerable<PhiInst>.GetEnumerator() => GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator(BasicBlock block) : IEnumerator<PhiInst>
        {
            private bool _started;

            public PhiInst Current { get; private set; } = null!;
            object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext()
            {
                var i = _started ? Current.Next : block.First;
                _started = true;
                if (i is not PhiInst phi) return false;
                Current = phi;
                return true;
            }

            public void Reset() => _started = false;
            public readonly void Dispose() { }
        }
    }

    /// <summary>The first instruction that is not a phi, or null.</summary>
    public Instruction? FirstNonPhi
    {
        get
        {
            var i = First;
            while (i is PhiInst) i = i.Next;
            return i;
        }
    }

    /// <summary>Blocks this block's terminator can branch to, in operand order (duplicates kept).</summary>
    public IEnumerable<BasicBlock> Successors => Terminator is { } t ? SuccessorsOf(t) : [];

    private static IEnumerable<BasicBlock> SuccessorsOf(Instruction terminator)
    {
        for (int i = 0; i < terminator.OperandCount; i++)
            if (terminator.GetOperand(i) is BasicBlock b) yield return b;
    }

    /// <summary>Blocks whose terminator names this block, once per such block (in the order of the use list).</summary>
    public IEnumerable<BasicBlock> Predecessors => PredecessorsIn(Users);

    private static IEnumerable<BasicBlock> PredecessorsIn(UserList users)
    {
        // Duplicates are found by scanning the earlier users, or with a set when there are many.
        var seen = users.Count > 16 ? new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance) : null;
        for (int i = 0; i < users.Count; i++)
        {
            if (users[i].AsInstruction is not { Parent: { } p } u || !u.Opcode.IsTerminator()) continue;
            if (seen is not null ? !seen.Add(p) : IsPredecessorBefore(users, i, p)) continue;
            yield return p;
        }
    }

    private static bool IsPredecessorBefore(UserList users, int end, BasicBlock p)
    {
        for (int j = 0; j < end; j++)
            if (users[j].AsInstruction is { Parent: { } q } u && ReferenceEquals(q, p) && u.Opcode.IsTerminator()) return true;
        return false;
    }

    public void Append(Instruction inst) => InsertBefore(inst, null);

    /// <summary>Inserts <paramref name="inst"/> before <paramref name="before"/> (at the end when null).</summary>
    public void InsertBefore(Instruction inst, Instruction? before)
    {
        if (inst.Parent is not null) throw new InvalidOperationException("instruction already belongs to a block");
        if (before is not null && !ReferenceEquals(before.Parent, this))
            throw new InvalidOperationException("insertion point is not in this block");
        inst.Parent = this;
        inst.Next = before;
        inst.Prev = before is null ? Last : before.Prev;
        if (inst.Prev is null) First = inst; else inst.Prev.Next = inst;
        if (before is null) Last = inst; else before.Prev = inst;
        Count++;
        Parent?.MarkChanged();
    }

    public void InsertAfter(Instruction inst, Instruction after) => InsertBefore(inst, after.Next);

    /// <summary>Unlinks the instruction from this block; it keeps its operands.</summary>
    internal void Unlink(Instruction inst)
    {
        if (!ReferenceEquals(inst.Parent, this)) throw new InvalidOperationException("instruction is not in this block");
        if (inst.Prev is null) First = inst.Next; else inst.Prev.Next = inst.Next;
        if (inst.Next is null) Last = inst.Prev; else inst.Next.Prev = inst.Prev;
        inst.Prev = inst.Next = null;
        inst.Parent = null;
        Count--;
        Parent?.MarkChanged();
    }

    public override string ToString() => Name is null ? "%<bb>" : "%" + Names.Quote(Name);
}
