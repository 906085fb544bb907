// Values and users, with def-use lists as in LLVM: every Value knows the Users that have it as an
// operand (once per operand slot), so passes can walk uses and replace all uses of one value by
// another. Constants other than globals do not record their users: they are plain immutable data,
// shared freely between functions and modules.
// Both lists are plain arrays held by the value itself (no List objects): the optimizer and the
// backend walk operands and users of every instruction many times, and each object less per
// instruction is memory the processor does not have to fetch. `Operands` and `Users` are live
// read-only views (structs implementing IReadOnlyList) over those arrays. The arrays hold small
// structs around the references: storing a reference into a User[] or Value[] costs a run-time type
// check (arrays are covariant), storing it into a struct does not.
using System.Collections;
using System.Runtime.CompilerServices;

namespace PyIR.Frontend.Ir;

public abstract class Value
{
    private Slot<User>[]? _users;
    private int _userCount;
    private readonly bool _isInstruction;

    protected Value(IrType type) => Type = type;

    private protected Value(IrType type, bool isInstruction)
    {
        Type = type;
        _isInstruction = isInstruction;
    }

    /// <summary>
    /// This value as an <see cref="Instruction"/>, or null: the same as <c>value as Instruction</c>,
    /// answered from a field instead of a type test (the optimizer asks it for every operand it walks).
    /// </summary>
    public Instruction? AsInstruction => _isInstruction ? Unsafe.As<Instruction>(this) : null;

    public IrType Type { get; protected set; }

    /// <summary>The name without its sigil (<c>x</c> for <c>%x</c>), or null when unnamed (printed as %N).</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Scratch space for the pass or analysis that is running: an index into its own tables, or a
    /// mark. It means nothing between passes; code that reads it must have set it itself, during the
    /// same run, on every value it reads it from (new instructions start at 0).
    /// </summary>
    public int Scratch { get; set; }

    /// <summary>Whether this value keeps a list of its users. False for constant data.</summary>
    protected virtual bool TracksUsers => true;

    /// <summary>Every user of this value, once per operand slot that holds it (a live view).</summary>
    public UserList Users => new(this);

    public bool HasUsers => _userCount > 0;

    /// <summary>The number of entries in <see cref="Users"/>.</summary>
    public int UserCount => _userCount;

    /// <summary>Entry <paramref name="index"/> of <see cref="Users"/>.</summary>
    public User GetUser(int index)
    {
        if ((uint)index >= (uint)_userCount) throw new ArgumentOutOfRangeException(nameof(index));
        return _users![index].Item;
    }

    internal void AddUser(User user)
    {
        if (!TracksUsers) return;
        var users = _users;
        if (users is null) _users = users = new Slot<User>[2];
        else if (_userCount == users.Length) Array.Resize(ref _users, users.Length * 2);
        _users![_userCount++].Item = user;
    }

    internal void RemoveUser(User user)
    {
        var users = _users;
        if (users is null) return;
        for (int i = _userCount - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(users[i].Item, user)) continue;
            users[i] = users[--_userCount];
            users[_userCount].Item = null!;
            return;
        }
    }

    /// <summary>Makes every user of this value use <paramref name="replacement"/> instead.</summary>
    public void ReplaceAllUsesWith(Value replacement)
    {
        if (ReferenceEquals(replacement, this) || _userCount == 0) return;
        // Every slot that holds this value is rewritten, so the list ends up empty: empty it first
        // and walk the old entries in order (a user listed twice is fully rewritten the first time).
        // The replacement gains its users in the same order as one SetOperand after another would
        // give it.
        var users = _users!;
        int count = _userCount;
        _userCount = 0;
        for (int k = 0; k < count; k++)
        {
            users[k].Item.ReplaceOperandSlots(this, replacement);
            users[k].Item = null!;
        }
    }

    public override string ToString() => Name is null ? $"<{GetType().Name}>" : Name;

    /// <summary>A live read-only view of a value's users.</summary>
    public readonly struct UserList : IReadOnlyList<User>
    {
        private readonly Value _value;

        internal UserList(Value value) => _value = value;

        public int Count => _value._userCount;

        public User this[int index] => _value.GetUser(index);

        public Enumerator GetEnumerator() => new(_value);

        IEnumerator<User> IEnumerable<User>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public User[] ToArray()
        {
            var result = new User[_value._userCount];
            for (int i = 0; i < result.Length; i++) result[i] = _value._users![i].Item;
            return result;
        }

        public struct Enumerator : IEnumerator<User>
        {
            private readonly Value _value;
            private int _index;

            internal Enumerator(Value value)
            {
                _value = value;
                _index = -1;
            }

            public readonly User Current => _value._users![_index].Item;

            readonly object IEnumerator.Current => Current;

            public bool MoveNext() => ++_index < _value._userCount;

            public void Reset() => _index = -1;

            public readonly void Dispose() { }
        }
    }
}

/// <summary>A value that has operands: instructions, constant expressions and aggregates.</summary>
public abstract class User : Value
{
    private Slot<Value>[] _operands = [];
    private int _operandCount;

    protected User(IrType type) : base(type) { }

    private protected User(IrType type, bool isInstruction) : base(type, isInstruction) { }

    /// <summary>The operands in order (a live view).</summary>
    public OperandList Operands => new(this);

    public int OperandCount => _operandCount;

    public Value GetOperand(int index)
    {
        if ((uint)index >= (uint)_operandCount) throw new ArgumentOutOfRangeException(nameof(index));
        return _operands[index].Item;
    }

    public void SetOperand(int index, Value value)
    {
        var old = GetOperand(index);
        if (ReferenceEquals(old, value)) return;
        old.RemoveUser(this);
        _operands[index].Item = value;
        value.AddUser(this);
        MarkChanged();
    }

    /// <summary>Counts a change of an instruction's operands as a change of its function's body (Function.Version).</summary>
    private void MarkChanged() => AsInstruction?.Parent?.Parent?.MarkChanged();

    /// <summary>Makes room for <paramref name="count"/> operands in all (a constructor that knows how many it adds calls this first).</summary>
    protected void ReserveOperands(int count)
    {
        if (_operands.Length < count) Array.Resize(ref _operands, count);
    }

    protected void AddOperand(Value value) => InsertOperand(_operandCount, value);

    protected void InsertOperand(int index, Value value)
    {
        if ((uint)index > (uint)_operandCount) throw new ArgumentOutOfRangeException(nameof(index));
        if (_operandCount == _operands.Length) Array.Resize(ref _operands, Math.Max(2, _operands.Length * 2));
        if (index < _operandCount) Array.Copy(_operands, index, _operands, index + 1, _operandCount - index);
        _operands[index].Item = value;
        _operandCount++;
        value.AddUser(this);
        MarkChanged();
    }

    protected void RemoveOperandAt(int index)
    {
        GetOperand(index).RemoveUser(this);
        _operandCount--;
        if (index < _operandCount) Array.Copy(_operands, index + 1, _operands, index, _operandCount - index);
        _operands[_operandCount].Item = null!;
        MarkChanged();
    }

    /// <summary>Releases every operand, so this user no longer appears in their use lists.</summary>
    public void DropAllOperands()
    {
        for (int i = 0; i < _operandCount; i++)
        {
            _operands[i].Item.RemoveUser(this);
            _operands[i].Item = null!;
        }
        _operandCount = 0;
        MarkChanged();
    }

    public void ReplaceUsesOfWith(Value from, Value to)
    {
        for (int i = 0; i < _operandCount; i++)
            if (ReferenceEquals(_operands[i].Item, from)) SetOperand(i, to);
    }

    /// <summary>
    /// For <see cref="Value.ReplaceAllUsesWith"/>, which has already emptied <paramref name="from"/>'s
    /// use list: every slot holding <paramref name="from"/> gets <paramref name="to"/>.
    /// </summary>
    internal void ReplaceOperandSlots(Value from, Value to)
    {
        for (int i = 0; i < _operandCount; i++)
            if (ReferenceEquals(_operands[i].Item, from))
            {
                _operands[i].Item = to;
                to.AddUser(this);
                MarkChanged();
            }
    }

    /// <summary>A live read-only view of a user's operands.</summary>
    public readonly struct OperandList : IReadOnlyList<Value>
    {
        private readonly User _user;

        internal OperandList(User user) => _user = user;

        public int Count => _user._operandCount;

        public Value this[int index] => _user.GetOperand(index);

        public Enumerator GetEnumerator() => new(_user);

        IEnumerator<Value> IEnumerable<Value>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public Value[] ToArray()
        {
            var result = new Value[_user._operandCount];
            for (int i = 0; i < result.Length; i++) result[i] = _user._operands[i].Item;
            return result;
        }

        public struct Enumerator : IEnumerator<Value>
        {
            private readonly User _user;
            private int _index;

            internal Enumerator(User user)
            {
                _user = user;
                _index = -1;
            }

            public readonly Value Current => _user._operands[_index].Item;

            readonly object IEnumerator.Current => Current;

            public bool MoveNext() => ++_index < _user._operandCount;

            public void Reset() => _index = -1;

            public readonly void Dispose() { }
        }
    }
}

/// <summary>An array element holding one reference (see the file comment: no type check on stores).</summary>
internal struct Slot<T> where T : class
{
    public T Item;
}
