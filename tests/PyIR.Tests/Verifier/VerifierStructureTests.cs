// Verifier tests for block structure, phi nodes and SSA dominance. Each test parses (or builds) IR
// that breaks exactly one rule and checks the exact message and, for parsed IR, the line it points at.
using PyIR.Frontend.Ir;
using Xunit;
using static PyIR.Tests.Verifier.VerifierTestSupport;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Verifier;

public class VerifierStructureTests
{
    [Fact]
    public void ValidModuleHasNoProblems()
    {
        AssertValid(Parse("""
            define i32 @f(i1 %c, i32 %n) {
            entry:
              br i1 %c, label %a, label %b
            a:
              %x = add i32 %n, 1
              br label %join
            b:
              switch i32 %n, label %join [ i32 1, label %c1
                                           i32 2, label %c1 ]
            c1:
              br label %join
            join:
              %p = phi i32 [ %x, %a ], [ 0, %b ], [ 7, %c1 ]
              ret i32 %p
            dead:
              %d = add i32 %later, 1
              %later = add i32 %d, 1
              ret i32 %later
            }
            """));
    }

    [Fact]
    public void DuplicateEntriesForOnePredecessorWithTheSameValueAreFine()
    {
        AssertValid(Parse("""
            define i32 @f(i32 %n) {
            entry:
              switch i32 %n, label %exit [ i32 1, label %join
                                           i32 2, label %join ]
            join:
              %p = phi i32 [ %n, %entry ], [ %n, %entry ]
              ret i32 %p
            exit:
              ret i32 0
            }
            """));
    }

    [Fact]
    public void DefinitionMustDominateUseInAnotherBlock()
    {
        var m = Parse("""
            define i32 @f(i1 %c) {
            entry:
              br i1 %c, label %a, label %b
            a:
              %x = add i32 1, 2
              br label %b
            b:
              %y = add i32 %x, 1
              ret i32 %y
            }
            """);
        var ex = AssertFails(m, "instruction does not dominate all uses: '%x' is defined in block '%a' which does not dominate '%b'", 8);
        Assert.Equal(8, ex.Column);
    }

    [Fact]
    public void UseBeforeDefinitionInTheSameBlock()
    {
        var m = Parse("""
            define i32 @f(i32 %a) {
            entry:
              %y = add i32 %x, 1
              %x = add i32 %a, 1
              ret i32 %y
            }
            """);
        AssertFails(m, "instruction does not dominate all uses: '%x' is used before it is defined in block '%entry'", 3);
    }

    [Fact]
    public void OnlyPhisMayUseThemselves()
    {
        var m = Parse("""
            define i32 @f(i32 %a) {
            entry:
              %x = add i32 %x, 1
              ret i32 %x
            }
            """);
        AssertFails(m, "instruction does not dominate all uses: '%x' uses itself (only phi nodes may refer to their own value)", 3);
    }

    [Fact]
    public void UnnamedValuesAreNamedByNumberInMessages()
    {
        var m = Parse("""
            define i32 @f(i1 %c) {
              br i1 %c, label %1, label %3
            1:
              %2 = add i32 1, 2
              br label %3
            3:
              %4 = add i32 %2, 1
              ret i32 %4
            }
            """);
        AssertFails(m, "instruction does not dominate all uses: '%2' is defined in block '%1' which does not dominate '%3'", 7);
    }

    [Fact]
    public void PhiIncomingValueMustDominateTheEndOfItsBlock()
    {
        var m = Parse("""
            define i32 @f(i1 %c) {
            entry:
              br i1 %c, label %a, label %b
            a:
              %x = add i32 1, 2
              br label %join
            b:
              br label %join
            join:
              %p = phi i32 [ %x, %a ], [ %x, %b ]
              ret i32 %p
            }
            """);
        AssertFails(m, "instruction does not dominate all uses: '%x' is defined in block '%a' which does not dominate '%b' (where phi '%p' uses it)", 10);
    }

    [Fact]
    public void PhiMustHaveAnEntryForEveryPredecessor()
    {
        var m = Parse("""
            define i32 @f(i1 %c) {
            entry:
              br i1 %c, label %a, label %join
            a:
              br label %join
            join:
              %p = phi i32 [ 1, %a ]
              ret i32 %p
            }
            """);
        AssertFails(m, "phi node '%p' has no entry for predecessor '%entry' of '%join'", 7);
    }

    [Fact]
    public void PhiMustNotHaveEntriesForNonPredecessors()
    {
        var m = Parse("""
            define i32 @f(i1 %c) {
            entry:
              br label %join
            other:
              ret i32 5
            join:
              %p = phi i32 [ 1, %entry ], [ 2, %other ]
              ret i32 %p
            }
            """);
        AssertFails(m, "phi node '%p' has an entry for '%other', which is not a predecessor of '%join'", 7);
    }

    [Fact]
    public void DuplicatePhiEntriesMustAgree()
    {
        var m = Parse("""
            define i32 @f(i32 %n) {
            entry:
              switch i32 %n, label %exit [ i32 1, label %join
                                           i32 2, label %join ]
            join:
              %p = phi i32 [ 1, %entry ], [ 2, %entry ]
              ret i32 %p
            exit:
              ret i32 0
            }
            """);
        AssertFails(m, "phi node '%p' has two entries for '%entry' with different values ('i32 1' and 'i32 2')", 6);
    }

    [Fact]
    public void PhisMustBeAtTheTopOfTheBlock()
    {
        var m = Parse("""
            define i32 @f(i1 %c) {
            entry:
              br label %next
            next:
              %x = add i32 1, 2
              %p = phi i32 [ 1, %entry ]
              ret i32 %p
            }
            """);
        AssertFails(m, "phi node '%p' is not at the top of block '%next': phis must come before all other instructions", 6);
    }

    [Fact]
    public void EntryBlockMustNotHavePredecessors()
    {
        var m = Parse("""
            define void @f(i1 %c) {
            entry:
              br i1 %c, label %entry, label %exit
            exit:
              ret void
            }
            """);
        AssertFails(m, "the entry block '%entry' of '@f' must not have predecessors (it is branched to from '%entry')", 3);
    }

    [Fact]
    public void EntryBlockMustNotHavePhis()
    {
        var (m, f, entry) = NewFunction(IrType.I32);
        var phi = new PhiInst(IrType.I32);
        entry.Append(phi);
        entry.Append(new ReturnInst(phi));
        var ex = AssertFails(m, "the entry block '%entry' cannot have phi nodes");
        Assert.Equal("built.ll", ex.File);
        Assert.Equal(0, ex.Line);
    }

    [Fact]
    public void BlockMustEndWithATerminator()
    {
        var (m, f, entry) = NewFunction(IrType.I32, IrType.I32);
        entry.Append(new BinaryInst(Opcode.Add, f.Arguments[0], I32(1)) { Location = new("built.ll", 4, 3) });
        var ex = AssertFails(m, "block '%entry' must end with a terminator (ret, br, switch, unreachable), but ends with 'add'");
        Assert.Equal(4, ex.Line);
    }

    [Fact]
    public void TerminatorMustNotAppearBeforeTheEnd()
    {
        var (m, f, entry) = NewFunction(IrType.I32, IrType.I32);
        entry.Append(new ReturnInst(f.Arguments[0]));
        entry.Append(new ReturnInst(I32(3)));
        AssertFails(m, "terminator 'ret' in the middle of block '%entry': a block ends at its only terminator");
    }

    [Fact]
    public void BlocksMustNotBeEmpty()
    {
        var (m, f, entry) = NewFunction(IrType.Void);
        var next = new BasicBlock(null);
        f.AddBlock(next);
        entry.Append(new BranchInst(next));
        AssertFails(m, "block '%0' is empty: it must end with a terminator (ret, br, switch, unreachable)");
    }

    [Fact]
    public void PhiIncomingBlocksMustBeBlocks()
    {
        var m = Parse("""
            define i32 @f(i32 %a) {
            entry:
              br label %next
            next:
              %p = phi i32 [ %a, %entry ]
              ret i32 %p
            }
            """);
        var phi = (PhiInst)m.GetFunction("f")!.Blocks[1].First!;
        phi.SetOperand(1, m.GetFunction("f")!.Arguments[0]);
        AssertFails(m, "entry 1 of a phi must be a value and a block", 5);
    }

    [Fact]
    public void InstructionsInDetachedBlocksCannotBeUsed()
    {
        var m = Parse("""
            define i32 @f(i32 %a) {
            entry:
              br label %next
            next:
              %x = add i32 %a, 1
              ret i32 %x
            other:
              %y = add i32 %a, 2
              ret i32 %y
            }
            """);
        var f = m.GetFunction("f")!;
        var other = f.Blocks[2];
        f.Blocks[1].First!.SetOperand(0, other.First!);
        f.RemoveBlock(other);
        AssertFails(m, "'add' uses '%y', which is in block '%other' that belongs to no function", 5);
    }

    [Fact]
    public void UsesInUnreachableBlocksAreNotCheckedForDominance()
    {
        AssertValid(Parse("""
            define i32 @f(i1 %c) {
            entry:
              br i1 %c, label %a, label %b
            a:
              %x = add i32 1, 2
              ret i32 %x
            b:
              ret i32 0
            dead:
              %y = add i32 %x, 1
              ret i32 %y
            }
            """));
    }

    [Fact]
    public void CheckReportsEveryProblem()
    {
        var m = Parse("""
            define i32 @f(i1 %c) {
            entry:
              %y = add i32 %x, 1
              %x = add i32 1, 2
              br label %join
            join:
              %p = phi i32 [ 1, %entry ], [ 2, %nowhere ]
              ret i32 %p
            nowhere:
              ret i32 0
            }
            """);
        var problems = IrVerifier.Check(m);
        Assert.Equal(2, problems.Count);
        Assert.Equal([7, 3], problems.Select(p => p.Line));
    }
}
