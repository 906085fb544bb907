// Instruction order within each block, for register pressure: the JIT gives registers to values in
// the order the IR computes them, so a block that first computes 32 values and only then uses them
// (clang's vectorizers write gathers that way: 32 address computations, 32 loads, 32 insertelements)
// needs 32 registers at once, spills most of them, and then spends its time and code on the spills.
// The pass moves only "free" instructions within their block — no memory access, no side effect,
// cannot trap (arithmetic, casts, compares, getelementptr, select, vector element operations, pure
// built-in calls) — so loads, stores, calls, divisions and the terminator keep their order exactly,
// and every memory access and trap happens where and as it did. Two phases per block:
//   1. Sinking: a free instruction with one use, by a later non-phi instruction of the block, and at
//      most one non-constant operand, moves to just before that user, and its operand chain follows
//      it: the address of a load is computed just before the load, a compare just before its branch.
//   2. Hoisting: a free instruction that ends the life of an operand that stays where it is (a load,
//      say) moves up to just after the last of its operands: an insertelement follows its load,
//      instead of 32 loads waiting for 32 insertelements.
// Neither phase raises the number of values live at any point (see Sink and Hoist), and what moves
// depends only on operands and users, so a second run changes nothing.
// Refuses: anything that is not free; moves across blocks; a user that is a phi; sinking an
// instruction with two or more non-constant operands (see Sink).
using PyIR.Frontend.Ir;

namespace PyIR.Optimizer.Passes;

public sealed class Schedule : IFunctionPass
{
    public string Name => "schedule";

    // Per block, indexed by Scratch (the instruction's index in the block, set by the numbering
    // walk): its position, and the last instruction phase 2 put just after it. Kept from block to block.
    private long[] _position = new long[64];
    private Instruction?[] _lastHoistedAfter = new Instruction?[64];
    private Role[] _role = new Role[64];
    // The instruction numbered so far at each index: an operand from the block counts only if it is
    // one of these, before the instruction using it (in unreachable blocks an instruction may use a
    // later one, or itself, and its Scratch may still hold another pass's number).
    private Instruction?[] _at = new Instruction?[64];
    // Phase 1: the root of a sinking instruction's tree, and per root the first instruction moved in front of it.
    private Instruction?[] _rootOf = new Instruction?[64];
    private Instruction?[] _groupStart = new Instruction?[64];
    // Positions are the index shifted by this many bits, leaving room to halve gaps that often.
    private const int Spacing = 40;
    // Blocks shorter than this are left as they are: they rarely have enough values of their own to
    // run out of registers, and most blocks are that short, so the pass costs little where it cannot
    // help. (On the conformance corpus, limits of 0, 16 and 32 leave the same number of spills.)
    private const int SmallBlock = 32;

    private enum Role : byte { Stays, Sinks, Hoists }

    public bool Run(Function f)
    {
        bool changed = false;
        foreach (var b in f.Blocks)
        {
            // (Positions are the index shifted by Spacing bits: blocks of 2^22 instructions or more,
            // whose positions would not fit, are left alone too.)
            if (b.Count < SmallBlock || b.Count >= 1 << 22) continue;
            if (_position.Length < b.Count)
            {
                _position = new long[Math.Max(b.Count, _position.Length * 2)];
                _lastHoistedAfter = new Instruction?[_position.Length];
                _role = new Role[_position.Length];
                _at = new Instruction?[_position.Length];
                _rootOf = new Instruction?[_position.Length];
                _groupStart = new Instruction?[_position.Length];
            }
            changed |= ScheduleBlock(b);
        }
        return changed;
    }

    /// <summary>No memory access, side effect or trap: moving it within its block cannot change what happens.</summary>
    private static bool IsFree(Instruction inst) =>
        inst.HasResult && inst is not (PhiInst or AllocaInst) && !inst.HasSideEffects && !inst.MayReadMemory &&
        !inst.MayWriteMemory && !inst.MayTrap;

    /// <summary>The user of <paramref name="inst"/> (which has exactly one use) if it is a non-phi instruction in the same block.</summary>
    private static Instruction? OnlyUserInBlock(Instruction inst) =>
        inst.GetUser(0).AsInstruction is { } u && u is not PhiInst && ReferenceEquals(u.Parent, inst.Parent) ? u : null;

    /// <summary>Whether every use of <paramref name="d"/> is by <paramref name="user"/>, so its life ends there.</summary>
    private static bool DiesAt(Instruction d, Instruction user)
    {
        int n = d.UserCount;
        if (n > 4) return false;
        for (int u = 0; u < n; u++)
            if (!ReferenceEquals(d.GetUser(u), user)) return false;
        return true;
    }

    /// <summary>Whether <paramref name="d"/> is an instruction of the block numbered before <paramref name="inst"/> (during the numbering walk).</summary>
    private bool IsNumberedBefore(Instruction d, Instruction inst) =>
        (uint)d.Scratch < (uint)inst.Scratch && ReferenceEquals(_at[d.Scratch], d);

    /// <summary>An operand of <paramref name="inst"/> from its block (not a phi) whose life ends at it, that does not sink; else null.</summary>
    private Instruction? KilledStayingOperand(Instruction inst)
    {
        for (int k = 0; k < inst.OperandCount; k++)
            if (inst.GetOperand(k).AsInstruction is { } d && d is not PhiInst && IsNumberedBefore(d, inst) &&
                _role[d.Scratch] != Role.Sinks && DiesAt(d, inst))
                return d;
        return null;
    }

    /// <summary>
    /// A top-down walk numbers the block (Scratch: the index, and a position: the index times 2^40)
    /// and decides what moves. Phase 1 sinks a free instruction with one use, by a later non-phi
    /// instruction of the block, with at most one non-constant operand (a repeated one counted once),
    /// that is not the last user of an operand that stays. The operand limit keeps sinking from
    /// raising register pressure: moving an instruction down lengthens the lives of the operands
    /// that die at it and shortens its own, which with one operand is at worst even; with two (a
    /// running sum `s = s + x*x` sunk to its end) it would keep every addend live where the original
    /// order kept one sum. An instruction that ends the life of an operand that stays (a load, a
    /// call, a wider expression) does not sink either: phase 2 hoists it (see Hoist). The decisions
    /// depend only on operands and users, not on the order, so a second run makes the same ones.
    /// Blocks where nothing would move are left after this one walk.
    /// Phase 1's bottom-up walk then moves each sinking instruction in front of its tree's root (the
    /// first user that does not sink), before what it moved there already, so each chain is computed
    /// in one piece where it is needed, in its original order. A moved instruction takes a position
    /// halfway between its new neighbours (which the walk has passed).
    /// </summary>
    private bool ScheduleBlock(BasicBlock b)
    {
        int index = 0, sinking = 0, hoisting = 0;
        var loopBlock = IsOwnSuccessor(b) ? b : null;
        for (var inst = b.First; inst is not null; inst = inst.Next, index++)
        {
            inst.Scratch = index;
            _at[index] = inst;
            _position[index] = (long)index << Spacing;
            _lastHoistedAfter[index] = null;
            _groupStart[index] = null;
            var role = Role.Stays;
            if (IsFree(inst))
            {
                if (KilledStayingOperand(inst) is not null) role = Role.Hoists;
                else if (inst.UserCount == 1 && OnlyUserInBlock(inst) is not null && HasAtMostOneVariableOperand(inst, loopBlock)) role = Role.Sinks;
            }
            _role[index] = role;
            if (role == Role.Sinks) sinking++;
            else if (role == Role.Hoists) hoisting++;
        }
        bool changed = sinking > 0 && Sink(b);
        if (hoisting > 0) changed |= Hoist(b);
        return changed;
    }

    /// <summary>
    /// The bottom-up walk of phase 1 (positions as numbered; moved instructions get new ones, and
    /// everything after the walk's place keeps growing along the list).
    /// </summary>
    private bool Sink(BasicBlock b)
    {
        bool changed = false;
        for (var inst = b.Last; inst is not null;)
        {
            var prev = inst.Prev;
            int index = inst.Scratch;
            if (_role[index] == Role.Sinks)
            {
                // The tree's root (its first non-sinking user, which the walk has passed) and the
                // first instruction already moved in front of it: inst goes just before that, so the
                // tree keeps its original order. If the user is not after inst (unreachable code) or
                // there is no room between positions, inst stays and becomes a root itself.
                var user = OnlyUserInBlock(inst)!;
                bool sinks = user.Scratch > index && ReferenceEquals(_at[user.Scratch], user);
                var root = user;
                if (sinks)
                {
                    if (_role[user.Scratch] == Role.Sinks) root = _rootOf[user.Scratch]!;
                    var before = _groupStart[root.Scratch] ?? root;
                    if (!ReferenceEquals(inst.Next, before))
                    {
                        // before.Prev is after inst, so the walk has given it a position.
                        long lo = _position[before.Prev!.Scratch], hi = _position[before.Scratch];
                        sinks = hi - lo >= 2;
                        if (sinks)
                        {
                            inst.MoveBefore(before);
                            _position[index] = lo + (hi - lo) / 2;
                            changed = true;
                        }
                    }
                }
                if (sinks)
                {
                    _rootOf[index] = root;
                    _groupStart[root.Scratch] = inst;
                }
                else _role[index] = Role.Stays;
            }
            inst = prev;
        }
        return changed;
    }

    /// <summary>
    /// Whether <paramref name="inst"/> has at most one operand whose life sinking it could lengthen
    /// (a repeated one counted once). Constants have no life to lengthen; neither does, in a block
    /// that branches back to itself (<paramref name="loopBlock"/>), an argument or an instruction of
    /// another block: the back edge brings the block's uses of it around again, so it is live at the
    /// block's end anyway (a gather's base pointer, used by each of 32 address computations).
    /// </summary>
    private static bool HasAtMostOneVariableOperand(Instruction inst, BasicBlock? loopBlock)
    {
        Value? seen = null;
        for (int k = 0; k < inst.OperandCount; k++)
        {
            var v = inst.GetOperand(k);
            if (v is Constant || ReferenceEquals(v, seen)) continue;
            if (loopBlock is not null && (v is Argument || (v is Instruction { Parent: { } p } && !ReferenceEquals(p, loopBlock)))) continue;
            if (seen is not null) return false;
            seen = v;
        }
        return true;
    }

    /// <summary>Whether a branch of <paramref name="b"/>'s terminator goes back to <paramref name="b"/>.</summary>
    private static bool IsOwnSuccessor(BasicBlock b)
    {
        if (b.Terminator is not { } t) return false;
        for (int k = 0; k < t.OperandCount; k++)
            if (ReferenceEquals(t.GetOperand(k), b)) return true;
        return false;
    }

    /// <summary>
    /// Phase 2, top-down (positions from phase 1): a free instruction that does not sink and ends
    /// the life of an operand that stays moves up to just after the last of its operands from the
    /// block. Between its old and new place that operand is no longer live and it is, so the number
    /// of live values there does not grow (and shrinks when it ends two, as an insertelement into
    /// the vector its predecessor built does).
    /// </summary>
    private bool Hoist(BasicBlock b)
    {
        bool changed = false;
        for (var inst = b.First; inst is not null;)
        {
            var next = inst.Next;
            if (_role[inst.Scratch] == Role.Hoists && LatestOperand(inst) is { } latest)
            {
                // Just after that operand (never a phi: the killed operand is not one, and phis come
                // first), after what was hoisted there before, in the order met; it takes a position
                // halfway to the next instruction (when the gap is used up, it stays where it is).
                var anchor = latest;
                var after = _lastHoistedAfter[anchor.Scratch] ?? anchor;
                if (ReferenceEquals(inst.Prev, after)) _lastHoistedAfter[anchor.Scratch] = inst;
                else
                {
                    long lo = _position[after.Scratch], hi = _position[after.Next!.Scratch];
                    if (hi - lo >= 2)
                    {
                        inst.RemoveFromParent();
                        b.InsertAfter(inst, after);
                        _position[inst.Scratch] = lo + (hi - lo) / 2;
                        _lastHoistedAfter[anchor.Scratch] = inst;
                        changed = true;
                    }
                }
            }
            inst = next;
        }
        return changed;
    }

    /// <summary>The operand defined last in the block before <paramref name="inst"/> (by position).</summary>
    private Instruction? LatestOperand(Instruction inst)
    {
        Instruction? latest = null;
        for (int k = 0; k < inst.OperandCount; k++)
            if (inst.GetOperand(k).AsInstruction is { } d && ReferenceEquals(d.Parent, inst.Parent) &&
                _position[d.Scratch] < _position[inst.Scratch] &&
                (latest is null || _position[d.Scratch] > _position[latest.Scratch]))
                latest = d;
        return latest;
    }
}
