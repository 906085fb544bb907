// Values and users, with def-use lists as in LLVM: every Value knows the Users that have it as an
// operand (once per operand slot), so passes can walk uses and replace all uses of one value by
// another. Constants other than globals do not record their users: they are plain immutable data,
// shared freely between functions and modules.
namespace PyIR.Frontend.Ir;

public abstract class Value
{
    private List<User>? _users;

    protected Value(IrType type) => Type = type;

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

    /// <summary>Every user of this value, once per operand slot that holds it.</summary>
    public IReadOnlyList<User> Users => (IReadOnlyList<User>?)_users ?? Array.Empty<User>();

    public bool HasUsers => _users is { Count: > 0 };

    internal void AddUser(User user)
    {
        if (!TracksUsers) return;
        (_users ??= []).Add(user);
    }

    internal void RemoveUser(User user)
    {
        if (_users is null) return;
        for (int i = _users.Count - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(_users[i], user)) continue;
            _users[i] = _users[^1];
            _users.RemoveAt(_users.Count - 1);
            return;
        }
    }

    /// <summary>Makes every user of this value use <paramref name="replacement"/> instead.</summary>
    public void ReplaceAllUsesWith(Value replacement)
    {
        if (ReferenceEquals(replacement, this) || _users is not { Count: > 0 } users) return;
        if (users.Count == 1)
        {
            users[0].ReplaceUsesOfWith(this, replacement);
            return;
        }
        // A snapshot (the list shrinks as users let go). A user listed twice was fully rewritten
        // the first time, so the second call changes nothing: no need to remove duplicates.
        foreach (var user in users.ToArray())
            user.ReplaceUsesOfWith(this, replacement);
    }

    public override string ToString() => Name is null ? $"<{GetType().Name}>" : Name;
}

/// <summary>A value that has operands: instructions, constant expressions and aggregates.</summary>
public abstract class User : Value
{
    private readonly List<Value> _operands = [];

    protected User(IrType type) : base(type) { }

    public IReadOnlyList<Value> Operands => _operands;

    public int OperandCount => _operands.Count;

    public Value GetOperand(int index) => _operands[index];

    public void SetOperand(int index, Value value)
    {
        var old = _operands[index];
        if (ReferenceEquals(old, value)) return;
        old.RemoveUser(this);
        _operands[index] = value;
        value.AddUser(this);
    }

    protected void AddOperand(Value value)
    {
        _operands.Add(value);
        value.AddUser(this);
    }

    protected void InsertOperand(int index, Value value)
    {
        _operands.Insert(index, value);
        value.AddUser(this);
    }

    protected void RemoveOperandAt(int index)
    {
        _operands[index].RemoveUser(this);
        _operands.RemoveAt(index);
    }

    /// <summary>Releases every operand, so this user no longer appears in their use lists.</summary>
    public void DropAllOperands()
    {
        foreach (var op in _operands) op.RemoveUser(this);
        _operands.Clear();
    }

    public void ReplaceUsesOfWith(Value from, Value to)
    {
        for (int i = 0; i < _operands.Count; i++)
            if (ReferenceEquals(_operands[i], from)) SetOperand(i, to);
    }
}
