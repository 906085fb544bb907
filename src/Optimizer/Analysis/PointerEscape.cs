// Escape analysis of a pointer (an alloca or a pointer argument): does the pointer, or any pointer
// computed from it (getelementptr, bitcast, phi, select, the result of C memcpy/memset), leave the
// function's control? It escapes if it is stored as a value, returned, converted to an integer,
// put into a vector or aggregate, compared by order (ult/sgt... — the order of stack segments
// changes when allocas move), called, or passed to a function that is not a built-in and whose
// parameter escapes in turn (analysed recursively; a cycle counts as escaping). Loads and stores
// through it, equality compares and built-ins (memcpy, memset, strlen, lifetime markers...) do not
// capture it. The inliner uses this to know that a callee's alloca is dead once the callee returns.
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Analysis;

public sealed class PointerEscape
{
    private readonly Dictionary<Argument, bool> _argumentEscapes = new(ReferenceEqualityComparer.Instance);

    /// <summary>Forgets the memoized parameter results (after a function body changed).</summary>
    public void Invalidate() => _argumentEscapes.Clear();

    /// <summary>True if <paramref name="pointer"/> may be captured (be used after the function returns).</summary>
    public bool MayEscape(Value pointer) => MayEscape(pointer, 0);

    /// <summary>How many calls deep parameters are followed; deeper counts as escaping (bounds the host stack).</summary>
    private const int MaxDepth = 8;

    private bool MayEscape(Value pointer, int depth)
    {
        var seen = new HashSet<Value>(ReferenceEqualityComparer.Instance) { pointer };
        var work = new Stack<Value>();
        work.Push(pointer);
        while (work.Count > 0)
        {
            var v = work.Pop();
            foreach (var user in v.Users)
            {
                switch (user)
                {
                    case LoadInst:
                        break;
                    case StoreInst s:
                        if (ReferenceEquals(s.StoredValue, v)) return true;
                        break;
                    case GetElementPtrInst g:
                        if (!ReferenceEquals(g.BasePointer, v)) return true;
                        if (seen.Add(g)) work.Push(g);
                        break;
                    case CastInst { Opcode: Opcode.BitCast } c when c.Type is PointerType:
                        if (seen.Add(c)) work.Push(c);
                        break;
                    case PhiInst or SelectInst:
                        if (user is SelectInst sel && ReferenceEquals(sel.Condition, v)) return true;
                        if (seen.Add(user)) work.Push(user);
                        break;
                    case ICmpInst c:
                        if (c.Predicate is not (IntPredicate.Eq or IntPredicate.Ne)) return true;
                        break;
                    case CallInst call:
                        if (CallCaptures(call, v, depth)) return true;
                        if (call.Builtin != Builtin.None && call.Type is PointerType && seen.Add(call)) work.Push(call);
                        break;
                    default:
                        return true;
                }
            }
        }
        return false;
    }

    private bool CallCaptures(CallInst call, Value v, int depth)
    {
        if (ReferenceEquals(call.Callee, v)) return true;
        if (call.Builtin != Builtin.None) return false;
        if (call.CalledFunction is not { IsDeclaration: false } callee) return true;
        if (!ReferenceEquals(callee.FunctionType, call.FunctionType)) return true;
        for (int i = 0; i < call.ArgumentCount; i++)
        {
            if (!ReferenceEquals(call.GetArgument(i), v)) continue;
            if (i >= callee.Arguments.Count || call.ArgumentAttributes[i].ByVal is not null) return true;
            if (depth >= MaxDepth || ArgumentMayEscape(callee.Arguments[i], depth + 1)) return true;
        }
        return false;
    }

    /// <summary>Whether a pointer parameter may be captured by its function (memoized; recursion counts as escaping).</summary>
    public bool ArgumentMayEscape(Argument a) => ArgumentMayEscape(a, 0);

    private bool ArgumentMayEscape(Argument a, int depth)
    {
        if (_argumentEscapes.TryGetValue(a, out bool known)) return known;
        _argumentEscapes[a] = true; // while it is being analysed: a recursive use is assumed to capture
        bool escapes = a.Attributes.ByVal is not null || MayEscape(a, depth);
        // Remembered even when cut short by the depth limit or a cycle: "escapes" is always safe.
        _argumentEscapes[a] = escapes;
        return escapes;
    }
}
