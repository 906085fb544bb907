// Prints a module as canonical LLVM IR text that LLVM 16's llvm-as accepts, and that PyIR's own
// parser reads back to an identical module (printing is a fixed point of print ∘ parse).
// Unnamed values and blocks get sequential numbers, as LLVM requires; duplicate names (which
// transforms may create) are made unique while printing.
using System.Globalization;
using System.Text;
using PyIR.Frontend.Ir;

namespace PyIR.Frontend.Text;

public static class Printer
{
    public static string Print(Module module)
    {
        var sb = new StringBuilder();
        if (module.SourceFileName is { } src) sb.Append("source_filename = ").Append(QuoteString(src)).Append('\n');
        if (module.DataLayoutString is { } dl) sb.Append("target datalayout = ").Append(QuoteString(dl)).Append('\n');
        if (module.TargetTriple is { } tt) sb.Append("target triple = ").Append(QuoteString(tt)).Append('\n');
        if (sb.Length > 0) sb.Append('\n');

        if (module.NamedTypes.Count > 0)
        {
            foreach (var t in module.NamedTypes)
                sb.Append('%').Append(Names.Quote(t.Name!)).Append(" = type ").Append(t.BodyToString()).Append('\n');
            sb.Append('\n');
        }

        if (module.Globals.Count > 0)
        {
            foreach (var g in module.Globals) PrintGlobal(sb, g);
            sb.Append('\n');
        }

        bool first = true;
        foreach (var f in module.Functions)
        {
            if (!first) sb.Append('\n');
            first = false;
            PrintFunction(sb, f);
        }
        return sb.ToString();
    }

    public static string Print(Function function)
    {
        var sb = new StringBuilder();
        PrintFunction(sb, function);
        return sb.ToString();
    }

    /// <summary>One instruction as it would appear in its function (names numbered within the function).</summary>
    public static string Print(Instruction inst) => Instructions(inst.Function)(inst);

    /// <summary>
    /// Prints instructions of <paramref name="function"/> as <see cref="Print(Instruction)"/> does,
    /// numbering the function's names once for all of them (printing many instructions one by one
    /// would number them again for each). The function must not change while the result is used.
    /// </summary>
    public static Func<Instruction, string> Instructions(Function? function)
    {
        var slots = new SlotTracker(function);
        var sb = new StringBuilder();
        return inst =>
        {
            sb.Clear();
            PrintInstruction(sb, inst, slots);
            return sb.ToString();
        };
    }

    /// <summary>A constant with its type, as in an operand list: <c>i32 5</c>, <c>&lt;2 x float&gt; &lt;float 1.0, float 2.0&gt;</c>.</summary>
    public static string PrintTypedConstant(Constant c)
    {
        var sb = new StringBuilder();
        sb.Append(c.Type).Append(' ');
        PrintConstant(sb, c, new SlotTracker(null));
        return sb.ToString();
    }

    // ---------------------------------------------------------------- globals and functions

    private static void PrintGlobal(StringBuilder sb, GlobalVariable g)
    {
        sb.Append('@').Append(Names.Quote(g.Name)).Append(" = ");
        if (g.IsDeclaration) sb.Append(g.Linkage == Linkage.ExternWeak ? "extern_weak " : "external ");
        else if (g.Linkage != Linkage.External) sb.Append(g.Linkage.Spell()).Append(' ');
        if (g.IsThreadLocal) sb.Append("thread_local ");
        sb.Append(g.IsConstant ? "constant " : "global ").Append(g.ValueType);
        if (g.Initializer is { } init)
        {
            sb.Append(' ');
            PrintConstant(sb, init, new SlotTracker(null));
        }
        if (g.Alignment > 0) sb.Append(", align ").Append(g.Alignment);
        sb.Append('\n');
    }

    private static readonly string[] PrintedFunctionAttributes =
    [
        "noinline", "alwaysinline", "inlinehint", "cold", "hot", "noreturn", "nounwind", "norecurse", "willreturn",
        "nosync", "nofree", "mustprogress", "optsize", "minsize",
    ];

    private static void PrintFunction(StringBuilder sb, Function f)
    {
        var slots = new SlotTracker(f);
        sb.Append(f.IsDeclaration ? "declare " : "define ");
        if (f.Linkage != Linkage.External && !f.IsDeclaration) sb.Append(f.Linkage.Spell()).Append(' ');
        if (f.CallingConvention is { } cc) sb.Append(cc).Append(' ');
        AppendParamAttributes(sb, f.ReturnAttributes, isReturn: true);
        sb.Append(f.ReturnType).Append(" @").Append(Names.Quote(f.Name)).Append('(');
        for (int i = 0; i < f.Arguments.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            var a = f.Arguments[i];
            sb.Append(a.Type);
            AppendParamAttributes(sb, a.Attributes, isReturn: false);
            if (!f.IsDeclaration) sb.Append(' ').Append(slots.Ref(a));
        }
        sb.Append(')');
        foreach (var attr in PrintedFunctionAttributes)
            if (f.Attributes.Contains(attr)) sb.Append(' ').Append(attr);
        if (f.Alignment > 0) sb.Append(" align ").Append(f.Alignment);
        if (f.IsDeclaration)
        {
            sb.Append('\n');
            return;
        }
        sb.Append(" {\n");
        bool firstBlock = true;
        foreach (var b in f.Blocks)
        {
            if (!firstBlock) sb.Append('\n');
            if (!firstBlock || b.Name is not null) sb.Append(slots.Label(b)).Append(":\n");
            firstBlock = false;
            foreach (var inst in b.Instructions)
            {
                sb.Append("  ");
                PrintInstruction(sb, inst, slots);
                sb.Append('\n');
            }
        }
        sb.Append("}\n");
    }

    private static void AppendParamAttributes(StringBuilder sb, ParamAttributes a, bool isReturn)
    {
        if (a.IsEmpty) return;
        void Word(string w)
        {
            if (isReturn) sb.Append(w).Append(' ');
            else sb.Append(' ').Append(w);
        }
        if (a.ZeroExt) Word("zeroext");
        if (a.SignExt) Word("signext");
        if (a.NoAlias) Word("noalias");
        if (isReturn) return;
        if (a.NoCapture) Word("nocapture");
        if (a.ReadOnly) Word("readonly");
        if (a.StructRet is { } sret) Word($"sret({sret})");
        if (a.ByVal is { } byval) Word($"byval({byval})");
        if (a.Align > 0) Word($"align {a.Align}");
    }

    // ---------------------------------------------------------------- instructions

    private static void PrintInstruction(StringBuilder sb, Instruction inst, SlotTracker slots)
    {
        if (inst.HasResult) sb.Append(slots.Ref(inst)).Append(" = ");
        switch (inst)
        {
            case BinaryInst b:
                sb.Append(b.Opcode.Name());
                AppendFlags(sb, b.Flags.Spell());
                AppendFlags(sb, b.FastMath.Spell());
                sb.Append(' ').Append(b.Type).Append(' ');
                Operand(sb, b.Lhs, slots);
                sb.Append(", ");
                Operand(sb, b.Rhs, slots);
                break;
            case UnaryInst u:
                sb.Append(u.Opcode.Name());
                AppendFlags(sb, u.FastMath.Spell());
                sb.Append(' ');
                TypedOperand(sb, u.Operand, slots);
                break;
            case ICmpInst ic:
                sb.Append("icmp ").Append(ic.Predicate.Name()).Append(' ');
                TypedOperand(sb, ic.Lhs, slots);
                sb.Append(", ");
                Operand(sb, ic.Rhs, slots);
                break;
            case FCmpInst fc:
                sb.Append("fcmp");
                AppendFlags(sb, fc.FastMath.Spell());
                sb.Append(' ').Append(fc.Predicate.Name()).Append(' ');
                TypedOperand(sb, fc.Lhs, slots);
                sb.Append(", ");
                Operand(sb, fc.Rhs, slots);
                break;
            case CastInst c:
                sb.Append(c.Opcode.Name()).Append(' ');
                TypedOperand(sb, c.Operand, slots);
                sb.Append(" to ").Append(c.DestType);
                break;
            case SelectInst s:
                sb.Append("select");
                AppendFlags(sb, s.FastMath.Spell());
                sb.Append(' ');
                TypedOperand(sb, s.Condition, slots);
                sb.Append(", ");
                TypedOperand(sb, s.TrueValue, slots);
                sb.Append(", ");
                TypedOperand(sb, s.FalseValue, slots);
                break;
            case PhiInst phi:
                sb.Append("phi");
                AppendFlags(sb, phi.FastMath.Spell());
                sb.Append(' ').Append(phi.Type).Append(' ');
                for (int i = 0; i < phi.IncomingCount; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append("[ ");
                    Operand(sb, phi.GetIncomingValue(i), slots);
                    sb.Append(", ").Append(slots.Ref(phi.GetIncomingBlock(i))).Append(" ]");
                }
                break;
            case FreezeInst fr:
                sb.Append("freeze ");
                TypedOperand(sb, fr.Operand, slots);
                break;
            case AllocaInst al:
                sb.Append("alloca ").Append(al.AllocatedType);
                if (!(al.ArraySize is ConstantInt { Bits: 1 } one && ReferenceEquals(one.Type, IrType.I32)))
                {
                    sb.Append(", ");
                    TypedOperand(sb, al.ArraySize, slots);
                }
                if (al.Alignment > 0) sb.Append(", align ").Append(al.Alignment);
                break;
            case LoadInst ld:
                sb.Append("load ");
                if (ld.IsVolatile) sb.Append("volatile ");
                sb.Append(ld.Type).Append(", ");
                TypedOperand(sb, ld.Pointer, slots);
                if (ld.Alignment > 0) sb.Append(", align ").Append(ld.Alignment);
                break;
            case StoreInst st:
                sb.Append("store ");
                if (st.IsVolatile) sb.Append("volatile ");
                TypedOperand(sb, st.StoredValue, slots);
                sb.Append(", ");
                TypedOperand(sb, st.Pointer, slots);
                if (st.Alignment > 0) sb.Append(", align ").Append(st.Alignment);
                break;
            case GetElementPtrInst gep:
                sb.Append("getelementptr ");
                if (gep.InBounds) sb.Append("inbounds ");
                sb.Append(gep.SourceElementType);
                foreach (var op in gep.Operands)
                {
                    sb.Append(", ");
                    TypedOperand(sb, op, slots);
                }
                break;
            case ExtractValueInst ev:
                sb.Append("extractvalue ");
                TypedOperand(sb, ev.Aggregate, slots);
                foreach (int i in ev.Indices) sb.Append(", ").Append(i);
                break;
            case InsertValueInst iv:
                sb.Append("insertvalue ");
                TypedOperand(sb, iv.Aggregate, slots);
                sb.Append(", ");
                TypedOperand(sb, iv.Element, slots);
                foreach (int i in iv.Indices) sb.Append(", ").Append(i);
                break;
            case ExtractElementInst ee:
                sb.Append("extractelement ");
                TypedOperand(sb, ee.Vector, slots);
                sb.Append(", ");
                TypedOperand(sb, ee.Index, slots);
                break;
            case InsertElementInst ie:
                sb.Append("insertelement ");
                TypedOperand(sb, ie.Vector, slots);
                sb.Append(", ");
                TypedOperand(sb, ie.Element, slots);
                sb.Append(", ");
                TypedOperand(sb, ie.Index, slots);
                break;
            case ShuffleVectorInst sv:
                sb.Append("shufflevector ");
                TypedOperand(sb, sv.V1, slots);
                sb.Append(", ");
                TypedOperand(sb, sv.V2, slots);
                sb.Append(", <").Append(sv.Mask.Length).Append(" x i32> <");
                for (int i = 0; i < sv.Mask.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append("i32 ").Append(sv.Mask[i] < 0 ? "poison" : sv.Mask[i].ToString(CultureInfo.InvariantCulture));
                }
                sb.Append('>');
                break;
            case CallInst call:
                PrintCall(sb, call, slots);
                break;
            case ReturnInst ret:
                sb.Append("ret ");
                if (ret.ReturnValue is { } rv) TypedOperand(sb, rv, slots);
                else sb.Append("void");
                break;
            case BranchInst br:
                sb.Append("br ");
                if (br.IsConditional)
                {
                    TypedOperand(sb, br.Condition!, slots);
                    sb.Append(", label ").Append(slots.Ref(br.TrueTarget)).Append(", label ").Append(slots.Ref(br.FalseTarget));
                }
                else sb.Append("label ").Append(slots.Ref(br.TrueTarget));
                break;
            case SwitchInst sw:
                sb.Append("switch ");
                TypedOperand(sb, sw.Condition, slots);
                sb.Append(", label ").Append(slots.Ref(sw.DefaultDest)).Append(" [");
                foreach (var (value, dest) in sw.Cases)
                {
                    sb.Append("\n    ");
                    TypedOperand(sb, value, slots);
                    sb.Append(", label ").Append(slots.Ref(dest));
                }
                sb.Append("\n  ]");
                break;
            case UnreachableInst:
                sb.Append("unreachable");
                break;
            default:
                throw new InvalidOperationException($"cannot print {inst.GetType().Name}");
        }
    }

    private static void PrintCall(StringBuilder sb, CallInst call, SlotTracker slots)
    {
        switch (call.TailKind)
        {
            case TailCallKind.Tail: sb.Append("tail "); break;
            case TailCallKind.MustTail: sb.Append("musttail "); break;
            case TailCallKind.NoTail: sb.Append("notail "); break;
        }
        sb.Append("call");
        AppendFlags(sb, call.FastMath.Spell());
        if (call.CallingConvention is { } cc) sb.Append(' ').Append(cc);
        sb.Append(' ');
        AppendParamAttributes(sb, call.ReturnAttributes, isReturn: true);
        sb.Append(call.FunctionType.IsVarArg ? call.FunctionType.ToString() : call.FunctionType.ReturnType.ToString());
        sb.Append(' ');
        Operand(sb, call.Callee, slots);
        sb.Append('(');
        for (int i = 0; i < call.ArgumentCount; i++)
        {
            if (i > 0) sb.Append(", ");
            var a = call.GetArgument(i);
            sb.Append(a.Type);
            AppendParamAttributes(sb, call.ArgumentAttributes[i], isReturn: false);
            sb.Append(' ');
            Operand(sb, a, slots);
        }
        sb.Append(')');
    }

    private static void AppendFlags(StringBuilder sb, string flags)
    {
        if (flags.Length > 0) sb.Append(' ').Append(flags);
    }

    private static void TypedOperand(StringBuilder sb, Value v, SlotTracker slots)
    {
        sb.Append(v.Type).Append(' ');
        Operand(sb, v, slots);
    }

    private static void Operand(StringBuilder sb, Value v, SlotTracker slots)
    {
        if (v is Constant c and not GlobalValue) PrintConstant(sb, c, slots);
        else sb.Append(slots.Ref(v));
    }

    // ---------------------------------------------------------------- constants

    private static void PrintConstant(StringBuilder sb, Constant c, SlotTracker slots)
    {
        switch (c)
        {
            case GlobalValue g:
                sb.Append('@').Append(Names.Quote(g.Name));
                break;
            case ConstantInt i:
                sb.Append(i.BitWidth == 1 ? (i.Bits != 0 ? "true" : "false") : i.SExtValue.ToString(CultureInfo.InvariantCulture));
                break;
            case ConstantFP f:
                sb.Append(FormatFloat(f));
                break;
            case ConstantPointerNull:
                sb.Append("null");
                break;
            case UndefValue:
                sb.Append(c.Type.Kind == TypeKind.Token ? "none" : "undef");
                break;
            case PoisonValue:
                sb.Append("poison");
                break;
            case ConstantAggregateZero:
                sb.Append("zeroinitializer");
                break;
            case ConstantString s:
                sb.Append("c\"");
                foreach (byte b in s.Bytes)
                {
                    if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\') sb.Append((char)b);
                    else sb.Append('\\').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
                sb.Append('"');
                break;
            case ConstantAggregate a:
            {
                var (open, close) = a.Type switch
                {
                    ArrayType => ("[", "]"),
                    VectorType => ("<", ">"),
                    StructType { IsPacked: true } => ("<{ ", " }>"),
                    _ => ("{ ", " }"),
                };
                sb.Append(open);
                for (int i = 0; i < a.OperandCount; i++)
                {
                    if (i > 0) sb.Append(", ");
                    var e = (Constant)a.GetOperand(i);
                    sb.Append(e.Type).Append(' ');
                    PrintConstant(sb, e, slots);
                }
                sb.Append(close);
                break;
            }
            case ConstantExpr e:
                PrintConstantExpr(sb, e, slots);
                break;
            default:
                throw new InvalidOperationException($"cannot print constant {c.GetType().Name}");
        }
    }

    private static void PrintConstantExpr(StringBuilder sb, ConstantExpr e, SlotTracker slots)
    {
        void TypedConst(Constant c)
        {
            sb.Append(c.Type).Append(' ');
            PrintConstant(sb, c, slots);
        }

        sb.Append(e.Opcode.Name());
        switch (e.Opcode)
        {
            case Opcode.GetElementPtr:
                if (e.InBounds) sb.Append(" inbounds");
                sb.Append(" (").Append(e.SourceElementType);
                for (int i = 0; i < e.OperandCount; i++)
                {
                    sb.Append(", ");
                    TypedConst(e.Op(i));
                }
                sb.Append(')');
                return;
            case Opcode.ICmp:
                sb.Append(' ').Append(e.IntPredicate.Name());
                break;
            case Opcode.FCmp:
                sb.Append(' ').Append(e.FloatPredicate.Name());
                break;
        }
        if (e.Opcode.IsBinary()) AppendFlags(sb, e.IntFlags.Spell());
        sb.Append(" (");
        for (int i = 0; i < e.OperandCount; i++)
        {
            if (i > 0) sb.Append(", ");
            TypedConst(e.Op(i));
        }
        if (e.Opcode.IsCast()) sb.Append(" to ").Append(e.Type);
        sb.Append(')');
    }

    /// <summary>
    /// A floating-point constant in a form llvm-as reads back exactly: short decimals when they are
    /// exact (1.0, 0.5, 1.5e+20), else LLVM's hexadecimal form (the double's bits; 0xH for half).
    /// </summary>
    public static string FormatFloat(ConstantFP f)
    {
        switch (f.Type.Kind)
        {
            case TypeKind.Half: return "0xH" + f.Bits.ToString("X4", CultureInfo.InvariantCulture);
            case TypeKind.BFloat: return "0xR" + f.Bits.ToString("X4", CultureInfo.InvariantCulture);
        }
        double d = f.Value;
        ulong doubleBits;
        if (f.Type.Kind == TypeKind.Float && float.IsNaN(BitConverter.UInt32BitsToSingle((uint)f.Bits)))
        {
            // Keep the float's NaN payload: the double has the same sign and the payload in its top bits.
            ulong fb = f.Bits;
            doubleBits = ((fb >> 31) << 63) | 0x7FF0000000000000UL | ((fb & 0x7FFFFF) << 29);
        }
        else doubleBits = (ulong)BitConverter.DoubleToInt64Bits(d);

        if (double.IsFinite(d))
        {
            string r = d.ToString("R", CultureInfo.InvariantCulture);
            // Only short decimals: long ones (e.g. float 0.1 as a double) are clearer as hex, like LLVM.
            int digits = r.Split('E')[0].TrimStart('-').Replace(".", "").TrimStart('0').Length;
            if (digits <= 9)
            {
                string mantissa = r, exponent = "";
                int e = r.IndexOf('E');
                if (e >= 0)
                {
                    mantissa = r[..e];
                    int exp = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
                    exponent = (exp < 0 ? "e-" : "e+") + Math.Abs(exp).ToString("D2", CultureInfo.InvariantCulture);
                }
                if (!mantissa.Contains('.')) mantissa += ".0";
                string text = mantissa + exponent;
                if (double.Parse(text, CultureInfo.InvariantCulture) == d && (d != 0 || double.IsNegative(d) == text.StartsWith('-')))
                    return text;
            }
        }
        return "0x" + doubleBits.ToString("X16", CultureInfo.InvariantCulture);
    }

    private static string QuoteString(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\') sb.Append((char)b);
            else sb.Append('\\').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }

    /// <summary>
    /// The printed names of a function's local values: names as given (made unique), unnamed values
    /// and blocks numbered in order (arguments, then each block and its instructions).
    /// </summary>
    private sealed class SlotTracker
    {
        private readonly Dictionary<Value, string> _names = new(ReferenceEqualityComparer.Instance);

        public SlotTracker(Function? f)
        {
            if (f is null) return;
            var all = new List<Value>();
            all.AddRange(f.Arguments);
            foreach (var b in f.Blocks)
            {
                all.Add(b);
                foreach (var i in b.Instructions)
                    if (i.HasResult) all.Add(i);
            }
            // Names as given first (the first holder of a name keeps it), then numbers in
            // definition order for unnamed values, then unique suffixes for duplicate names.
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var v in all)
                if (v.Name is not null && used.Add(v.Name)) _names[v] = v.Name;
            int next = 0;
            // The smallest free suffix of a name only grows (names are only added to `used`), so
            // the search for the next duplicate starts after the last one found: a name held by
            // thousands of values (a vectorizer's blocks) is not searched from 1 each time.
            Dictionary<string, int>? nextSuffix = null;
            foreach (var v in all)
            {
                if (v.Name is null) _names[v] = (next++).ToString(CultureInfo.InvariantCulture);
                else if (!_names.ContainsKey(v))
                {
                    nextSuffix ??= new(StringComparer.Ordinal);
                    int k = nextSuffix.GetValueOrDefault(v.Name, 1);
                    while (!used.Add($"{v.Name}.{k}")) k++;
                    _names[v] = $"{v.Name}.{k}";
                    nextSuffix[v.Name] = k + 1;
                }
            }
        }

        private static bool IsNumbered(Value v) => v.Name is null;

        public string Ref(Value v)
        {
            if (v is GlobalValue g) return "@" + Names.Quote(g.Name);
            if (_names.TryGetValue(v, out var n)) return "%" + (IsNumbered(v) ? n : Names.Quote(n));
            return "%<unknown:" + (v.Name ?? v.GetType().Name) + ">";
        }

        public string Label(BasicBlock b)
        {
            var r = Ref(b);
            return r[1..];
        }
    }
}
