// Generates the body of one random function as LLVM IR text. The body is built from structured
// pieces (straight-line values, if/else diamonds and triangles, counted loops with accumulators tested at the top or the bottom,
// switches, memory traffic through allocas, calls, a register-pressure burst), so every value is
// defined before the code that can see it and the result is always valid SSA. Each piece is
// chosen so that the program is free of undefined behaviour and poison: no wrap flags, shift
// amounts reduced modulo the width, divisors OR-ed with 1 (and signed dividends halved first, so
// INT_MIN / -1 cannot happen), constant in-range vector lanes and array indices, memory that is
// initialized before it is read, and loops with small bounded trip counts.
using System.Text;
using PyIR.Frontend.Ir;

namespace PyIR.Tests.Generators;

/// <summary>The signature of a generated function, known before any body is generated (for calls).</summary>
internal sealed record GenSignature(string Name, IrType Return, IrType[] Parameters)
{
    /// <summary>Estimated instructions executed by one call (loops and callees included).</summary>
    public long Cost { get; set; }
}

internal sealed class FunctionGenerator
{
    private sealed class Block(string label)
    {
        public string Label { get; } = label;
        public List<string> Lines { get; } = [];
    }

    private sealed record Val(string Name, IrType Type);

    private sealed record Memory(string Name, IrType Type);

    private const long CostBudget = 6000;

    private readonly Random _r;
    private readonly bool _llvmComparable;
    private readonly int _size;
    private readonly GenSignature _sig;
    private readonly IReadOnlyList<GenSignature> _callees;
    private readonly ModuleContext _module;
    private readonly List<Block> _blocks = [];
    private readonly List<Val> _env = [];
    private readonly List<Memory> _memory = [];
    private readonly IrType[] _palette;
    private Block _cur;
    private int _next;
    private long _multiplier = 1;
    private long _cost;
    private int _statementsLeft;

    public FunctionGenerator(Random r, int size, GenSignature sig, IReadOnlyList<GenSignature> callees, ModuleContext module)
    {
        _llvmComparable = module.LlvmComparable;
        _r = r;
        _size = size;
        _sig = sig;
        _callees = callees;
        _module = module;
        _cur = NewBlock("entry");
        // A few types per function, so values of one type meet often enough to be combined.
        var palette = new List<IrType>(sig.Parameters) { sig.Return, IrType.I1, IrType.I32 };
        for (int i = 0; i < 2 + size / 30; i++) palette.Add(r.Pick(module.ScalarOnly ? GenValues.ScalarTypes : GenValues.AllTypes));
        _palette = palette.Distinct().ToArray();
        _statementsLeft = 3 + size;
    }

    public string Generate()
    {
        for (int i = 0; i < _sig.Parameters.Length; i++) _env.Add(new Val($"%a{i}", _sig.Parameters[i]));
        CreateMemory();
        bool pressure = _size >= 12 && _r.Chance(0.6);
        int pressureAt = pressure ? _r.Next(0, 3) : -1;
        int top = 0;
        while (_statementsLeft > 0)
        {
            if (top++ == pressureAt) RegisterPressure();
            else Statement(depth: 0);
        }
        if (pressure && top <= pressureAt) RegisterPressure();
        Return();
        _sig.Cost = _cost;

        var sb = new StringBuilder();
        sb.Append("define ").Append(_sig.Return).Append(" @").Append(_sig.Name).Append('(');
        sb.Append(string.Join(", ", _sig.Parameters.Select((t, i) => $"{t} %a{i}")));
        sb.Append(") {\n");
        foreach (var b in _blocks)
        {
            sb.Append(b.Label).Append(":\n");
            foreach (var l in b.Lines) sb.Append("  ").Append(l).Append('\n');
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    // ------------------------------------------------------------------ plumbing

    private Block NewBlock(string? label = null)
    {
        var b = new Block(label ?? $"bb{_next++}");
        _blocks.Add(b);
        return b;
    }

    private void Emit(string line)
    {
        _cur.Lines.Add(line);
        _cost += _multiplier;
    }

    /// <summary>Emits <c>%vN = rhs</c>, makes it available, and returns its name.</summary>
    private string Def(IrType t, string rhs, bool available = true)
    {
        var name = $"%v{_next++}";
        Emit($"{name} = {rhs}");
        if (available) _env.Add(new Val(name, t));
        return name;
    }

    private string Fresh(string stem) => $"%{stem}{_next++}";

    private IrType PickType() => _r.Pick(_palette);

    /// <summary>An operand of type <paramref name="t"/>: usually an available value (recent ones preferred), else a constant.</summary>
    private string Operand(IrType t)
    {
        if (_r.Chance(0.8))
        {
            for (int i = _env.Count - 1; i >= 0; i--)
                if (ReferenceEquals(_env[i].Type, t) && _r.Chance(0.4)) return _env[i].Name;
            var all = _env.Where(v => ReferenceEquals(v.Type, t)).ToList();
            if (all.Count > 0) return _r.Pick(all).Name;
        }
        return GenValues.ConstantText(_r, t);
    }

    private Val? Available(Func<IrType, bool> filter)
    {
        var list = _env.Where(v => filter(v.Type)).ToList();
        return list.Count == 0 ? null : _r.Pick(list);
    }

    private string Declare(string name, IrType ret, params IrType[] parameters)
    {
        _module.Declarations[name] = $"declare {ret} @{name}({string.Join(", ", parameters.Select(p => p.ToString()))})";
        return name;
    }

    // ------------------------------------------------------------------ statements

    private void Statement(int depth)
    {
        _statementsLeft--;
        int maxDepth = Math.Min(3, 1 + _size / 25);
        int roll = _r.Next(100);
        if (depth < maxDepth && _statementsLeft > 2)
        {
            if (roll < 10) { IfElse(depth); return; }
            if (roll < 17) { Loop(depth); return; }
            if (roll < 22) { Switch(depth); return; }
        }
        if (roll < 32 && _memory.Count > 0)
        {
            if (_r.Chance(0.2)) MemoryTraffic();
            else Store();
            return;
        }
        if (roll < 40 && TryCall()) return;
        NewValue(PickType());
    }

    private void Body(int depth, int statements)
    {
        for (int i = 0; i < statements && _statementsLeft > 0; i++) Statement(depth);
    }

    private int BodyLength() => _r.Next(0, 2 + _size / 10);

    private void IfElse(int depth)
    {
        var cond = Condition();
        var phiTypes = Enumerable.Range(0, _r.Next(1, 4)).Select(_ => PickType()).ToArray();
        bool triangle = _r.Chance(0.3);
        var thenB = NewBlock();
        var elseB = triangle ? null : NewBlock();
        var join = NewBlock();
        var before = _cur;
        var beforeValues = triangle ? phiTypes.Select(Operand).ToArray() : null;
        Emit($"br i1 {cond}, label %{thenB.Label}, label %{(elseB ?? join).Label}");

        var arms = new List<(string[] Values, Block End)>();
        foreach (var armBlock in triangle ? new[] { thenB } : new[] { thenB, elseB! })
        {
            _cur = armBlock;
            int mark = _env.Count;
            Body(depth + 1, BodyLength());
            arms.Add((phiTypes.Select(Operand).ToArray(), _cur));
            Emit($"br label %{join.Label}");
            _env.RemoveRange(mark, _env.Count - mark);
        }
        if (triangle) arms.Add((beforeValues!, before));

        _cur = join;
        for (int k = 0; k < phiTypes.Length; k++)
        {
            var entries = arms.Select(a => $"[ {a.Values[k]}, %{a.End.Label} ]");
            Def(phiTypes[k], $"phi {phiTypes[k]} {string.Join(", ", entries)}");
        }
    }

    private void Loop(int depth)
    {
        // Tested at the bottom (clang -O2's shape: the body runs at least once), or at the top
        // (clang -O0's `for`: the header tests, and the body may not run at all).
        bool topTested = _r.Chance(0.5);
        // Trip count: a constant 1..4 (0..4 tested at the top), or 1 + (x & 3) (or x & 3) computed before the loop.
        string trip;
        if (_r.Chance(0.5)) trip = _r.Next(topTested ? 0 : 1, 5).ToString();
        else
        {
            var xt = PickType();
            var x = Coerce(Operand(xt), xt, IrType.I32);
            var masked = Def(IrType.I32, $"and i32 {x}, 3", available: false);
            trip = topTested && _r.Chance(0.5) ? masked : Def(IrType.I32, $"add i32 {masked}, 1", available: false);
        }
        var accTypes = Enumerable.Range(0, _r.Next(1, 4)).Select(_ => PickType()).ToArray();
        var inits = accTypes.Select(Operand).ToArray();
        if (topTested)
        {
            TopTestedLoop(depth, trip, accTypes, inits);
            return;
        }
        var pre = _cur;
        var header = NewBlock();
        Emit($"br label %{header.Label}");

        _cur = header;
        var i = Fresh("i");
        var accs = accTypes.Select(_ => Fresh("acc")).ToArray();
        for (int k = 0; k < accs.Length; k++) _env.Add(new Val(accs[k], accTypes[k]));
        long savedMultiplier = _multiplier;
        _multiplier *= 4;
        Body(depth + 1, BodyLength() + 1);
        var nexts = new string[accs.Length];
        for (int k = 0; k < accs.Length; k++) nexts[k] = Combine(accTypes[k], accs[k], Operand(accTypes[k]));
        var iNext = Fresh("inext");
        Emit($"{iNext} = add i32 {i}, 1");
        var c = Fresh("c");
        Emit($"{c} = icmp slt i32 {iNext}, {trip}");
        var latch = _cur;
        var exit = NewBlock();
        Emit($"br i1 {c}, label %{header.Label}, label %{exit.Label}");
        _multiplier = savedMultiplier;

        AddCounterPhis(header, pre, latch, i, iNext, accs, accTypes, inits, nexts);
        // Everything still available at the end of the body dominates the latch, hence the exit.
        _cur = exit;
    }

    /// <summary>
    /// A loop whose header tests `i < trip` before each iteration: the header may also compute a
    /// value from an accumulator (used in the body and after the loop), and the test may branch out
    /// on true or on false. After the loop, the header's values are available, the body's are not.
    /// </summary>
    private void TopTestedLoop(int depth, string trip, IrType[] accTypes, string[] inits)
    {
        var pre = _cur;
        var header = NewBlock();
        Emit($"br label %{header.Label}");
        _cur = header;
        long savedMultiplier = _multiplier;
        _multiplier *= 5; // the header runs once more than the body
        var i = Fresh("i");
        var accs = accTypes.Select(_ => Fresh("acc")).ToArray();
        for (int k = 0; k < accs.Length; k++) _env.Add(new Val(accs[k], accTypes[k]));
        if (_r.Chance(0.5)) Combine(accTypes[0], accs[0], Operand(accTypes[0]));
        var c = Fresh("c");
        var body = NewBlock();
        var exit = NewBlock();
        bool unsigned = _r.Chance(0.3);
        if (_r.Chance(0.5))
        {
            Emit($"{c} = icmp {(unsigned ? "ult" : "slt")} i32 {i}, {trip}");
            Emit($"br i1 {c}, label %{body.Label}, label %{exit.Label}");
        }
        else
        {
            Emit($"{c} = icmp {(unsigned ? "uge" : "sge")} i32 {i}, {trip}");
            Emit($"br i1 {c}, label %{exit.Label}, label %{body.Label}");
        }

        _cur = body;
        // The counter as a value: as it is (also after the loop), or only widened to i64 as clang
        // -O0 does for an array index (what indvars turns into a 64-bit counter).
        int roll = _r.Next(3);
        if (roll == 0) _env.Add(new Val(i, IrType.I32));
        int mark = _env.Count;
        if (roll == 1) Def(IrType.I64, $"{(unsigned ? "zext" : "sext")} i32 {i} to i64");
        Body(depth + 1, BodyLength() + 1);
        var nexts = new string[accs.Length];
        for (int k = 0; k < accs.Length; k++) nexts[k] = Combine(accTypes[k], accs[k], Operand(accTypes[k]));
        var iNext = Fresh("inext");
        Emit($"{iNext} = add i32 {i}, 1");
        Emit($"br label %{header.Label}");
        var latch = _cur;
        _env.RemoveRange(mark, _env.Count - mark);
        _multiplier = savedMultiplier;

        AddCounterPhis(header, pre, latch, i, iNext, accs, accTypes, inits, nexts);
        _cur = exit;
    }

    /// <summary>A loop header's phis: the counter (from 0) and the accumulators, entered from <paramref name="pre"/> and <paramref name="latch"/>.</summary>
    private static void AddCounterPhis(Block header, Block pre, Block latch, string i, string iNext,
        string[] accs, IrType[] accTypes, string[] inits, string[] nexts)
    {
        var phis = new List<string> { $"{i} = phi i32 [ 0, %{pre.Label} ], [ {iNext}, %{latch.Label} ]" };
        for (int k = 0; k < accs.Length; k++)
            phis.Add($"{accs[k]} = phi {accTypes[k]} [ {inits[k]}, %{pre.Label} ], [ {nexts[k]}, %{latch.Label} ]");
        header.Lines.InsertRange(0, phis);
    }

    private void Switch(int depth)
    {
        var ints = _palette.Where(t => t is IntegerType).ToArray();
        var t = (IntegerType)_r.Pick(ints);
        var x = Operand(t);
        var sel = t.Bits == 1 ? x : Def(t, $"and {t} {x}, 3", available: false);
        int maxValue = t.Bits == 1 ? 1 : 3;
        var values = Enumerable.Range(0, maxValue + 1).OrderBy(_ => _r.Next()).Take(_r.Next(1, maxValue + 1)).ToArray();
        var phiTypes = Enumerable.Range(0, _r.Next(1, 3)).Select(_ => PickType()).ToArray();
        var def = NewBlock();
        var cases = values.Select(_ => NewBlock()).ToArray();
        var join = NewBlock();
        var caseText = string.Join(" ", values.Select((v, k) => $"{t} {GenValues.IntText(t, (ulong)v)}, label %{cases[k].Label}"));
        Emit($"switch {t} {sel}, label %{def.Label} [ {caseText} ]");

        var arms = new List<(string[] Values, Block End)>();
        foreach (var armBlock in cases.Prepend(def))
        {
            _cur = armBlock;
            int mark = _env.Count;
            Body(depth + 1, BodyLength() / 2);
            arms.Add((phiTypes.Select(Operand).ToArray(), _cur));
            Emit($"br label %{join.Label}");
            _env.RemoveRange(mark, _env.Count - mark);
        }
        _cur = join;
        for (int k = 0; k < phiTypes.Length; k++)
            Def(phiTypes[k], $"phi {phiTypes[k]} {string.Join(", ", arms.Select(a => $"[ {a.Values[k]}, %{a.End.Label} ]"))}");
    }

    private bool TryCall()
    {
        var options = _callees.Where(c => _cost + c.Cost * _multiplier + _multiplier < CostBudget).ToList();
        if (options.Count == 0) return false;
        var callee = _r.Pick(options);
        var args = string.Join(", ", callee.Parameters.Select(p => $"{p} {Operand(p)}"));
        _cost += callee.Cost * _multiplier;
        Def(callee.Return, $"call {callee.Return} @{callee.Name}({args})");
        return true;
    }

    private string Condition()
    {
        if (_r.Chance(0.3) && Available(t => ReferenceEquals(t, IrType.I1)) is { } b) return b.Name;
        return NewCompare(scalar: true);
    }

    // ------------------------------------------------------------------ memory

    private static readonly StructType Record = StructType.GetLiteral(
        [IrType.I32, IrType.Double, ArrayType.Get(IrType.I16, 4), VectorType.Get(IrType.Float, 4), IrType.I8]);

    private static readonly StructType ScalarRecord = StructType.GetLiteral(
        [IrType.I32, IrType.Double, ArrayType.Get(IrType.I16, 4), ArrayType.Get(IrType.Float, 4), IrType.I8]);

    private void CreateMemory()
    {
        int count = _r.Next(0, 2 + _size / 30);
        for (int k = 0; k < count; k++)
        {
            IrType type;
            if (_r.Chance(0.25)) type = _module.ScalarOnly ? ScalarRecord : Record;
            else
            {
                var element = _r.Pick(_palette);
                type = ArrayType.Get(element, 1 << _r.Next(1, 4));
            }
            var name = Fresh("mem");
            Emit($"{name} = alloca {type}");
            if (type is ArrayType { Element: var e } at && !GenValues.IsByteSized(e))
            {
                // Loading iN with N not a multiple of 8 is only defined after a store of that type.
                for (int i = 0; i < at.Count; i++)
                {
                    var p = Def(IrType.Ptr, $"getelementptr inbounds {type}, ptr {name}, i64 0, i64 {i}", available: false);
                    Emit($"store {e} {GenValues.ConstantText(_r, e)}, ptr {p}");
                }
            }
            else
            {
                Declare("llvm.memset.p0.i64", IrType.Void, IrType.Ptr, IrType.I8, IrType.I64, IrType.I1);
                Emit($"call void @llvm.memset.p0.i64(ptr {name}, i8 {_r.Next(-128, 128)}, i64 {DataLayout.AllocSize(type)}, i1 false)");
            }
            _memory.Add(new Memory(name, type));
        }
    }

    /// <summary>A pointer to a random scalar or vector slot of a memory object, and the slot's type.</summary>
    private (string Pointer, IrType Type) Slot(Memory m)
    {
        if (m.Type is ArrayType a)
        {
            string index;
            if (_r.Chance(0.5)) index = _r.Next((int)a.Count).ToString();
            else
            {
                var xt = _r.Pick(_palette.Where(p => p is IntegerType).ToArray());
                var x = Coerce(Operand(xt), xt, IrType.I64);
                index = Def(IrType.I64, $"and i64 {x}, {a.Count - 1}", available: false);
            }
            return (Def(IrType.Ptr, $"getelementptr inbounds {a}, ptr {m.Name}, i64 0, i64 {index}", available: false), a.Element);
        }
        var s = (StructType)m.Type;
        int field = _r.Next(s.Fields.Count);
        if (s.Fields[field] is ArrayType fa)
        {
            int k = _r.Next((int)fa.Count);
            return (Def(IrType.Ptr, $"getelementptr inbounds {s}, ptr {m.Name}, i64 0, i32 {field}, i64 {k}", available: false), fa.Element);
        }
        return (Def(IrType.Ptr, $"getelementptr inbounds {s}, ptr {m.Name}, i32 0, i32 {field}", available: false), s.Fields[field]);
    }

    /// <summary>Bytes of memory read or copied as something else than what was stored: the traffic of clang -O0 struct code.</summary>
    private void MemoryTraffic()
    {
        // Objects whose every byte is defined: memset at creation, or stored by whole bytes since.
        var byteSized = _memory.Where(m => m.Type is not ArrayType { Element: var e } || GenValues.IsByteSized(e)).ToList();
        if (byteSized.Count == 0) return;
        var a = _r.Pick(byteSized);
        var b = _r.Pick(byteSized);
        long sizeA = DataLayout.AllocSize(a.Type), sizeB = DataLayout.AllocSize(b.Type);
        switch (_r.Next(3))
        {
            case 0 when !ReferenceEquals(a, b):
            {
                // memcpy of a byte range between two objects (whole, or a piece at some offsets).
                long n = _r.Chance(0.5) ? Math.Min(sizeA, sizeB) : _r.Next(1, (int)Math.Min(sizeA, sizeB) + 1);
                var src = BytePointer(a.Name, _r.Next((int)(sizeA - n + 1)));
                var dst = BytePointer(b.Name, _r.Next((int)(sizeB - n + 1)));
                Declare("llvm.memcpy.p0.p0.i64", IrType.Void, IrType.Ptr, IrType.Ptr, IrType.I64, IrType.I1);
                Emit($"call void @llvm.memcpy.p0.p0.i64(ptr {dst}, ptr {src}, i64 {n}, i1 false)");
                return;
            }
            case 1 when !ReferenceEquals(a, b) && ReferenceEquals(a.Type, b.Type):
            {
                // A whole aggregate loaded and stored (padding bytes go along).
                var v = Def(a.Type, $"load {a.Type}, ptr {a.Name}", available: false);
                Emit($"store {a.Type} {v}, ptr {b.Name}");
                return;
            }
            default:
            {
                // A scalar read at any offset: a union's other member, two fields read as one integer.
                var t = _r.Pick(new IrType[] { IrType.I8, IrType.I16, IrType.I32, IrType.I64, IrType.Float, IrType.Double });
                long size = DataLayout.StoreSize(t);
                if (size > sizeA) return;
                var p = BytePointer(a.Name, _r.Next((int)(sizeA - size + 1)));
                Def(t, $"load {t}, ptr {p}", available: true);
                return;
            }
        }
    }

    private string BytePointer(string name, int offset) =>
        offset == 0 ? name : Def(IrType.Ptr, $"getelementptr inbounds i8, ptr {name}, i64 {offset}", available: false);

    private void Store()
    {
        var (p, t) = Slot(_r.Pick(_memory));
        Emit($"store {t} {Operand(t)}, ptr {p}");
    }

    // ------------------------------------------------------------------ values

    /// <summary>Defines a new value of type <paramref name="t"/> by a random operation that is valid for it.</summary>
    private string NewValue(IrType t)
    {
        var options = new List<Func<string?>>();
        if (t.IsIntOrIntVector) options.AddRange([() => IntBinary(t), () => IntBinary(t), () => Shift(t), () => Division(t), () => IntIntrinsic(t), () => IntCast(t)]);
        if (t.IsFpOrFpVector) options.AddRange([() => FloatBinary(t), () => FloatBinary(t), () => FloatIntrinsic(t), () => FloatCast(t), () => Def(t, $"fneg {t} {Operand(t)}")]);
        if (ReferenceEquals(t, IrType.I1)) options.Add(() => NewCompare(scalar: true));
        if (t is VectorType) options.AddRange([() => InsertElement(t), () => Shuffle(t)]);
        else options.Add(() => ExtractElement(t));
        options.AddRange([() => Select(t), () => Load(t), () => Bitcast(t)]);
        for (int attempt = 0; attempt < 8; attempt++)
            if (_r.Pick(options)() is { } name) return name;
        return t.IsIntOrIntVector ? IntBinary(t) : FloatBinary(t);
    }

    private string IntBinary(IrType t) =>
        Def(t, $"{_r.Pick(new[] { "add", "sub", "mul", "and", "or", "xor" })} {t} {Operand(t)}, {Operand(t)}");

    private string FloatBinary(IrType t) =>
        Def(t, $"{_r.Pick(new[] { "fadd", "fsub", "fmul", "fdiv", "frem" })} {t} {Operand(t)}, {Operand(t)}");

    private string Shift(IrType t)
    {
        int bits = t.ScalarBits;
        var amount = Def(t, $"urem {t} {Operand(t)}, {GenValues.Splat(t, bits == 1 ? "true" : bits.ToString())}", available: false);
        return Def(t, $"{_r.Pick(new[] { "shl", "lshr", "ashr" })} {t} {Operand(t)}, {amount}");
    }

    private string Division(IrType t)
    {
        string one = GenValues.Splat(t, t.ScalarBits == 1 ? "true" : "1");
        var divisor = Def(t, $"or {t} {Operand(t)}, {one}", available: false);
        if (t.ScalarBits > 1 && _r.Chance(0.5))
        {
            // Halving makes the dividend non-negative, so INT_MIN / -1 cannot occur.
            var dividend = Def(t, $"lshr {t} {Operand(t)}, {one}", available: false);
            return Def(t, $"{_r.Pick(new[] { "sdiv", "srem" })} {t} {dividend}, {divisor}");
        }
        return Def(t, $"{_r.Pick(new[] { "udiv", "urem" })} {t} {Operand(t)}, {divisor}");
    }

    private string? IntIntrinsic(IrType t)
    {
        var m = GenValues.Mangle(t);
        switch (_r.Next(3))
        {
            case 0:
                var op = _r.Pick(new[] { "smin", "smax", "umin", "umax" });
                return Def(t, $"call {t} @{Declare($"llvm.{op}.{m}", t, t, t)}({t} {Operand(t)}, {t} {Operand(t)})");
            case 1:
                return Def(t, $"call {t} @{Declare($"llvm.ctpop.{m}", t, t)}({t} {Operand(t)})");
            default:
                return Def(t, $"call {t} @{Declare($"llvm.abs.{m}", t, t, IrType.I1)}({t} {Operand(t)}, i1 false)");
        }
    }

    private string? FloatIntrinsic(IrType t)
    {
        var m = GenValues.Mangle(t);
        switch (_r.Next(4))
        {
            case 0:
                var unary = _r.Pick(new[] { "fabs", "sqrt", "floor", "ceil" });
                return Def(t, $"call {t} @{Declare($"llvm.{unary}.{m}", t, t)}({t} {Operand(t)})");
            case 1:
                // minnum/maxnum may return either zero for (-0, +0), so LLVM-comparable programs avoid them.
                var binary = _llvmComparable ? "copysign" : _r.Pick(new[] { "minnum", "maxnum", "copysign" });
                return Def(t, $"call {t} @{Declare($"llvm.{binary}.{m}", t, t, t)}({t} {Operand(t)}, {t} {Operand(t)})");
            default:
                // fmuladd may be fused or not, so LLVM-comparable programs use fma (always fused).
                var ternary = _llvmComparable ? "fma" : _r.Pick(new[] { "fma", "fmuladd" });
                return Def(t, $"call {t} @{Declare($"llvm.{ternary}.{m}", t, t, t, t)}({t} {Operand(t)}, {t} {Operand(t)}, {t} {Operand(t)})");
        }
    }

    private string? IntCast(IrType t)
    {
        int lanes = GenValues.Lanes(t);
        var src = Available(s => s.IsIntOrIntVector && GenValues.Lanes(s) == lanes && s.ScalarBits != t.ScalarBits && (s is VectorType) == (t is VectorType));
        if (src is null) return null;
        if (src.Type.ScalarBits > t.ScalarBits) return Def(t, $"trunc {src.Type} {src.Name} to {t}");
        return Def(t, $"{(_r.Chance(0.5) ? "zext" : "sext")} {src.Type} {src.Name} to {t}");
    }

    private string? FloatCast(IrType t)
    {
        int lanes = GenValues.Lanes(t);
        bool vector = t is VectorType;
        var src = Available(s => GenValues.Lanes(s) == lanes && (s is VectorType) == vector && !ReferenceEquals(s, t)
                                 && (s.IsIntOrIntVector || s.IsFpOrFpVector));
        if (src is null) return null;
        if (src.Type.IsIntOrIntVector) return Def(t, $"{(_r.Chance(0.5) ? "sitofp" : "uitofp")} {src.Type} {src.Name} to {t}");
        return Def(t, $"{(src.Type.ScalarBits > t.ScalarBits ? "fptrunc" : "fpext")} {src.Type} {src.Name} to {t}");
    }

    private string? Bitcast(IrType t)
    {
        int bits = GenValues.TotalBits(t);
        if (bits % 8 != 0) return null;
        var src = Available(s => !ReferenceEquals(s, t) && GenValues.TotalBits(s) == bits && (s.IsIntOrIntVector || s.IsFpOrFpVector) && GenValues.IsByteSized(s));
        if (src is null) return null;
        // NaN payloads are not preserved uniformly by arithmetic, so floating values are made NaN-free first.
        var value = src.Type.IsFpOrFpVector ? NoNaN(src.Type, src.Name) : src.Name;
        return Def(t, $"bitcast {src.Type} {value} to {t}");
    }

    private string Select(IrType t)
    {
        string cond;
        if (t is VectorType v && _r.Chance(0.6))
        {
            var cmpType = _palette.FirstOrDefault(p => p is VectorType pv && pv.Count == v.Count) ?? t;
            // A constant mask a third of the time (masks are bit-packed constants, byte-per-lane registers).
            cond = _r.Chance(0.33)
                ? "<" + string.Join(", ", Enumerable.Range(0, v.Count).Select(_ => _r.Chance(0.5) ? "i1 true" : "i1 false")) + ">"
                : Compare(cmpType, available: false);
            return Def(t, $"select {VectorType.Get(IrType.I1, v.Count)} {cond}, {t} {Operand(t)}, {t} {Operand(t)}");
        }
        cond = Condition();
        return Def(t, $"select i1 {cond}, {t} {Operand(t)}, {t} {Operand(t)}");
    }

    private string? Load(IrType t)
    {
        var candidates = _memory.Where(m => m.Type is ArrayType a ? ReferenceEquals(a.Element, t) : m.Type is StructType).ToList();
        if (candidates.Count == 0) return null;
        var (p, slotType) = Slot(_r.Pick(candidates));
        return Def(slotType, $"load {slotType}, ptr {p}", available: true);
    }

    private string? ExtractElement(IrType t)
    {
        var src = Available(s => s is VectorType v && ReferenceEquals(v.Element, t));
        if (src is null) return null;
        return Def(t, $"extractelement {src.Type} {src.Name}, i32 {_r.Next(((VectorType)src.Type).Count)}");
    }

    private string InsertElement(IrType t)
    {
        var v = (VectorType)t;
        return Def(t, $"insertelement {t} {Operand(t)}, {v.Element} {Operand(v.Element)}, i32 {_r.Next(v.Count)}");
    }

    private string? Shuffle(IrType t)
    {
        var v = (VectorType)t;
        var src = Available(s => s is VectorType sv && ReferenceEquals(sv.Element, v.Element));
        var srcType = (VectorType)(src?.Type ?? t);
        var a = src?.Name ?? Operand(t);
        var b = Operand(srcType);
        var mask = string.Join(", ", Enumerable.Range(0, v.Count).Select(_ => $"i32 {_r.Next(2 * srcType.Count)}"));
        return Def(t, $"shufflevector {srcType} {a}, {srcType} {b}, <{v.Count} x i32> <{mask}>");
    }

    /// <summary>An i1 from comparing two values of a random scalar type.</summary>
    private string NewCompare(bool scalar)
    {
        var types = _palette.Where(p => !scalar || p is not VectorType).ToArray();
        return Compare(_r.Pick(types), available: true);
    }

    private string Compare(IrType t, bool available)
    {
        var resultType = TypeRules.CompareResult(t);
        if (t.IsFpOrFpVector)
        {
            var p = _r.Pick(Enum.GetValues<FloatPredicate>()).Name();
            return Def(resultType, $"fcmp {p} {t} {Operand(t)}, {Operand(t)}", available && resultType == IrType.I1);
        }
        var ip = _r.Pick(Enum.GetValues<IntPredicate>()).Name();
        return Def(resultType, $"icmp {ip} {t} {Operand(t)}, {Operand(t)}", available && resultType == IrType.I1);
    }

    /// <summary><c>select (fcmp uno x, x), 0, x</c>: the value with NaNs replaced by zero.</summary>
    private string NoNaN(IrType t, string x)
    {
        var isNan = Def(TypeRules.CompareResult(t), $"fcmp uno {t} {x}, {x}", available: false);
        var zero = t is VectorType ? "zeroinitializer" : "0.0";
        return Def(t, $"select {TypeRules.CompareResult(t)} {isNan}, {t} {zero}, {t} {x}", available: false);
    }

    /// <summary>A random arithmetic combination of two values of one type.</summary>
    private string Combine(IrType t, string a, string b)
    {
        if (t.IsFpOrFpVector) return Def(t, $"{_r.Pick(new[] { "fadd", "fsub", "fmul" })} {t} {a}, {b}");
        return Def(t, $"{_r.Pick(new[] { "add", "xor", "sub", "mul" })} {t} {a}, {b}");
    }

    /// <summary>Converts a value of any generated type to any other, without undefined behaviour.</summary>
    private string Coerce(string value, IrType from, IrType to)
    {
        if (ReferenceEquals(from, to)) return value;
        if (from is VectorType fv)
        {
            var lane = Def(fv.Element, $"extractelement {from} {value}, i32 {_r.Next(fv.Count)}", available: false);
            return Coerce(lane, fv.Element, to);
        }
        if (to is VectorType tv)
        {
            var lane = Coerce(value, from, tv.Element);
            return Def(to, $"insertelement {to} {GenValues.ConstantText(_r, to)}, {tv.Element} {lane}, i32 {_r.Next(tv.Count)}", available: false);
        }
        if (from.IsFloatingPoint && to.IsFloatingPoint)
            return Def(to, $"{(from.ScalarBits > to.ScalarBits ? "fptrunc" : "fpext")} {from} {value} to {to}", available: false);
        if (from.IsFloatingPoint)
        {
            var bitsType = IntegerType.Get(from.ScalarBits);
            var asInt = Def(bitsType, $"bitcast {from} {NoNaN(from, value)} to {bitsType}", available: false);
            return Coerce(asInt, bitsType, to);
        }
        if (to.IsFloatingPoint) return Def(to, $"{(_r.Chance(0.5) ? "sitofp" : "uitofp")} {from} {value} to {to}", available: false);
        if (from.ScalarBits > to.ScalarBits) return Def(to, $"trunc {from} {value} to {to}", available: false);
        return Def(to, $"{(_r.Chance(0.5) ? "zext" : "sext")} {from} {value} to {to}", available: false);
    }

    /// <summary>Many integer and floating values live at once, then all folded together.</summary>
    private void RegisterPressure()
    {
        var intType = _r.Pick(new IrType[] { IrType.I32, IrType.I64 });
        var fpType = _r.Pick(GenValues.FloatTypes);
        int n = 17 + _r.Next(8);
        var ints = new List<string>();
        var fps = new List<string>();
        for (int k = 0; k < n; k++)
        {
            ints.Add(Def(intType, $"{_r.Pick(new[] { "add", "mul", "xor", "sub" })} {intType} {Operand(intType)}, {GenValues.ConstantText(_r, intType)}", available: false));
            fps.Add(Def(fpType, $"{_r.Pick(new[] { "fadd", "fmul", "fsub" })} {fpType} {Operand(fpType)}, {GenValues.ConstantText(_r, fpType)}", available: false));
        }
        // Fold in an order unrelated to definition order, so all stay live until the end.
        var intAcc = ints[^1];
        foreach (var v in ints.Take(n - 1).OrderBy(_ => _r.Next())) intAcc = Def(intType, $"add {intType} {intAcc}, {v}", available: false);
        var fpAcc = fps[^1];
        foreach (var v in fps.Take(n - 1).OrderBy(_ => _r.Next())) fpAcc = Def(fpType, $"fadd {fpType} {fpAcc}, {v}", available: false);
        _env.Add(new Val(intAcc, intType));
        _env.Add(new Val(fpAcc, fpType));
    }

    /// <summary>Returns a value of the return type that depends on many of the values computed.</summary>
    private void Return()
    {
        var t = _sig.Return;
        var acc = Operand(t);
        var sources = _env.OrderBy(_ => _r.Next()).Take(2 + _r.Next(6)).ToList();
        foreach (var s in sources)
        {
            var c = Coerce(s.Name, s.Type, t);
            acc = t.IsFpOrFpVector ? Def(t, $"fadd {t} {acc}, {c}", available: false) : Def(t, $"xor {t} {acc}, {c}", available: false);
        }
        if (t.IsFpOrFpVector) acc = NoNaN(t, acc);
        Emit($"ret {t} {acc}");
    }
}

/// <summary>What generated functions share: the intrinsic declarations they need.</summary>
internal sealed class ModuleContext
{
    /// <summary>Avoid operations whose result LLVM leaves unspecified (fmuladd fusion, minnum of ±0).</summary>
    public bool LlvmComparable { get; init; }

    /// <summary>Generate no vector values at all.</summary>
    public bool ScalarOnly { get; init; }

    public SortedDictionary<string, string> Declarations { get; } = new(StringComparer.Ordinal);
}
