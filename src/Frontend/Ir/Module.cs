// A module: the unit PyIR parses, verifies, optimizes and compiles. It owns its globals, functions
// and named struct types, in the order they were defined (the printer keeps that order).
namespace PyIR.Frontend.Ir;

public sealed class Module
{
    private readonly List<GlobalVariable> _globals = [];
    private readonly List<Function> _functions = [];
    private readonly Dictionary<string, GlobalValue> _symbols = new(StringComparer.Ordinal);
    private readonly List<StructType> _namedTypes = [];

    public Module(string? name = null) => Name = name;

    /// <summary>Where the module came from (a file path), used in messages.</summary>
    public string? Name { get; set; }

    public string? SourceFileName { get; set; }
    public string? DataLayoutString { get; set; }
    public string? TargetTriple { get; set; }

    public IReadOnlyList<GlobalVariable> Globals => _globals;
    public IReadOnlyList<Function> Functions => _functions;
    public IReadOnlyList<StructType> NamedTypes => _namedTypes;

    public GlobalValue? GetSymbol(string name) => _symbols.GetValueOrDefault(name);
    public Function? GetFunction(string name) => _symbols.GetValueOrDefault(name) as Function;
    public GlobalVariable? GetGlobal(string name) => _symbols.GetValueOrDefault(name) as GlobalVariable;
    public StructType? GetNamedType(string name) => _namedTypes.Find(t => t.Name == name);

    public void AddGlobal(GlobalVariable global)
    {
        Register(global);
        _globals.Add(global);
    }

    public void AddFunction(Function function)
    {
        Register(function);
        _functions.Add(function);
    }

    public void AddNamedType(StructType type)
    {
        if (type.IsLiteral) throw new ArgumentException("only named structs belong to a module");
        if (GetNamedType(type.Name!) is not null) throw new InvalidOperationException($"type %{type.Name} is already defined");
        _namedTypes.Add(type);
    }

    /// <summary>
    /// The declaration of <paramref name="name"/> with <paramref name="type"/>, added if the module
    /// has none (how passes reach intrinsics such as <c>llvm.fshl.i32</c>); null if the name is
    /// taken by something else (a global, a definition, another type).
    /// </summary>
    public Function? GetOrDeclare(string name, FunctionType type)
    {
        if (GetSymbol(name) is { } existing)
            return existing is Function { IsDeclaration: true } f && ReferenceEquals(f.FunctionType, type) ? f : null;
        var declared = new Function(name, type);
        AddFunction(declared);
        return declared;
    }

    /// <summary>Removes a function or global that nothing refers to any more.</summary>
    public void Remove(GlobalValue value)
    {
        if (!ReferenceEquals(value.Parent, this)) throw new InvalidOperationException("not in this module");
        _symbols.Remove(value.Name);
        if (value is Function f) _functions.Remove(f); else _globals.Remove((GlobalVariable)value);
        value.Parent = null;
    }

    /// <summary>A name not yet used by any global or function, starting from <paramref name="stem"/>.</summary>
    public string UniqueName(string stem)
    {
        if (!_symbols.ContainsKey(stem)) return stem;
        for (int i = 1; ; i++)
        {
            var candidate = $"{stem}.{i}";
            if (!_symbols.ContainsKey(candidate)) return candidate;
        }
    }

    private void Register(GlobalValue value)
    {
        if (value.Parent is not null) throw new InvalidOperationException($"@{value.Name} already belongs to a module");
        if (!_symbols.TryAdd(value.Name, value)) throw new InvalidOperationException($"@{value.Name} is already defined");
        value.Parent = this;
    }
}
