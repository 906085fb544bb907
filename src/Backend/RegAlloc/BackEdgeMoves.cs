// After register allocation: the moves that resolve a loop header's phis on a back edge leaving a
// conditional branch go before that branch, when the other way out of the branch does not need
// the registers they write. The back edge's block then holds only a jump, which branches skip, so
// the loop closes with one conditional jump instead of a conditional jump over the moves and a
// jump back:
//     cmp ebx, ecx ; jge exit ; mov rdi, rbx ; jmp top    becomes    cmp ebx, ecx ; mov rdi, rbx ; jl top
// Moves leave the flags alone, so they can sit between the compare and the jump. On the other
// path they write registers nothing there reads before writing them itself (register liveness
// on the code as allocated, see MayRead), so that path computes what it did.
using Iced.Intel;
using PyIR.Backend.Mir;
using PyIR.Backend.Target;

namespace PyIR.Backend.RegAlloc;

public static class BackEdgeMoves
{
    /// <summary>
    /// Hoists the moves in <paramref name="f"/>, whose blocks are <paramref name="order"/> in reverse
    /// post-order (Liveness.Order; each block's <see cref="MBlock.ReversePostOrder"/> is its index there).
    /// </summary>
    public static void Hoist(MFunction f, List<MBlock> order)
    {
        int n = order.Count;
        if (n < 2 || n != f.Blocks.Count) return;
        for (int i = 0; i < n; i++)
        {
            var insts = order[i].Instructions;
            // A block that falls into the next one has no terminator naming its successor.
            if (insts.Count == 0 || !insts[^1].IsTerminator) return;
        }

        // Candidates first: most functions have none, and then nothing else is computed.
        List<(MBlock Branch, MBlock Edge, MBlock Other)>? candidates = null;
        foreach (var p in order)
        {
            var term = p.Instructions[^1];
            if (term.Op != MOpcode.Jcc) continue;
            var taken = term.Operands[1].Block!;
            var fall = term.Operands[2].Block!;
            if (ReferenceEquals(taken, fall)) continue;
            foreach (var (edge, other) in (ReadOnlySpan<(MBlock, MBlock)>)[(taken, fall), (fall, taken)])
                if (edge.Predecessors.Count == 1 && IsMovesThenJump(edge))
                    (candidates ??= []).Add((p, edge, other));
        }
        if (candidates is null) return;

        var stamp = new int[n];
        var explored = new uint[n];
        var work = new Stack<(MBlock Block, uint Regs)>();
        int query = 0;
        MBlock? done = null;
        foreach (var (p, edge, other) in candidates)
        {
            if (ReferenceEquals(done, p)) continue; // one edge per branch
            var header = edge.Instructions[^1].Operands[0].Block!;
            // A back edge: to a block no later than the branch in reverse post-order.
            if (header.ReversePostOrder > p.ReversePostOrder) continue;
            uint written = 0;
            for (int k = 0; k < edge.Instructions.Count - 1; k++) written |= 1u << edge.Instructions[k].Operands[0].Reg;
            if (MayRead(other, written, stamp, explored, ++query, work)) continue;
            var moves = edge.Instructions.GetRange(0, edge.Instructions.Count - 1);
            edge.Instructions.RemoveRange(0, moves.Count);
            p.Instructions.InsertRange(p.Instructions.Count - 1, moves);
            done = p;
        }
    }

    /// <summary>Whether <paramref name="b"/> is register moves (to a register, leaving the flags alone) and then a jump.</summary>
    private static bool IsMovesThenJump(MBlock b)
    {
        var insts = b.Instructions;
        if (insts.Count < 2 || insts[^1].Op != MOpcode.Jmp) return false;
        for (int k = 0; k < insts.Count - 1; k++)
        {
            var m = insts[k];
            if (m.Op != MOpcode.Native || m.ImplicitDefs.Length != 0 || m.Operands.Length != 2) return false;
            if (m.Code is not (Code.Mov_r64_rm64 or Code.VEX_Vmovaps_xmm_xmmm128 or Code.VEX_Vmovaps_ymm_ymmm256
                or Code.VEX_Vmovups_xmm_xmmm128 or Code.VEX_Vmovups_ymm_ymmm256)) return false;
            var d = m.Operands[0];
            if (d.Kind != MOperandKind.Reg || d.Access != Access.Def || !X86.IsPhysical(d.Reg)) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether code from the start of <paramref name="start"/> on may read one of the registers in
    /// <paramref name="regs"/> (bit r for register r) before writing it: the paths from there are
    /// followed until each register is written or read (a write starts a new value, in the
    /// allocator's view: a definition's register holds nothing anyone reads before it). Per block,
    /// <paramref name="explored"/> holds the registers already followed from its start in this
    /// query (valid where <paramref name="stamp"/> is <paramref name="query"/>); a block is walked
    /// again only for others, so the walk ends. Virtual registers count as read. <paramref name="work"/>
    /// is the walk's stack, shared by the queries of one function.
    /// </summary>
    private static bool MayRead(MBlock start, uint regs, int[] stamp, uint[] explored, int query, Stack<(MBlock Block, uint Regs)> work)
    {
        work.Clear();
        work.Push((start, regs));
        while (work.Count > 0)
        {
            var (b, open) = work.Pop();
            if (stamp[b.ReversePostOrder] != query)
            {
                stamp[b.ReversePostOrder] = query;
                explored[b.ReversePostOrder] = 0;
            }
            open &= ~explored[b.ReversePostOrder];
            if (open == 0) continue;
            explored[b.ReversePostOrder] |= open;
            foreach (var inst in b.Instructions)
            {
                uint use = 0, def = 0;
                foreach (ref readonly var op in inst.Operands.AsSpan())
                {
                    if (op.Kind == MOperandKind.Reg)
                    {
                        if (!X86.IsPhysical(op.Reg)) return true;
                        if (op.Access != Access.Def) use |= 1u << op.Reg;
                        if (op.Access != Access.Use) def |= 1u << op.Reg;
                    }
                    else if (op.Kind == MOperandKind.Mem)
                    {
                        foreach (int r in (ReadOnlySpan<int>)[op.Reg, op.Index])
                        {
                            if (r < 0) continue;
                            if (!X86.IsPhysical(r)) return true;
                            use |= 1u << r;
                        }
                    }
                }
                foreach (int r in inst.ImplicitUses) use |= 1u << r;
                foreach (int r in inst.ImplicitDefs) def |= 1u << r;
                if ((use & open) != 0) return true;
                open &= ~def;
                if (open == 0) break;
            }
            if (open == 0) continue;
            foreach (var op in b.Instructions[^1].Operands)
                if (op.Kind == MOperandKind.Block) work.Push((op.Block!, open));
        }
        return false;
    }
}
