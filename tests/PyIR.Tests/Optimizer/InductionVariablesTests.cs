// The induction-variable analysis: the exact exit iteration of a counter modulo 2^n is checked
// against simply running the counter (i8 and i3, every predicate, random starts, steps and limits),
// and trip counts of parsed loops (header-tested, latch-tested, wrapping, unknown).
using PyIR.Frontend.Analysis;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer.Analysis;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Optimizer;

public class InductionVariablesTests
{
    private static bool Holds(IntPredicate p, ulong v, ulong lim, int bits)
    {
        long S(ulong x) => (long)(x << (64 - bits)) >> (64 - bits);
        return p switch
        {
            IntPredicate.Eq => v == lim,
            IntPredicate.Ne => v != lim,
            IntPredicate.Ult => v < lim,
            IntPredicate.Ule => v <= lim,
            IntPredicate.Ugt => v > lim,
            IntPredicate.Uge => v >= lim,
            IntPredicate.Slt => S(v) < S(lim),
            IntPredicate.Sle => S(v) <= S(lim),
            IntPredicate.Sgt => S(v) > S(lim),
            _ => S(v) >= S(lim),
        };
    }

    [Theory]
    [InlineData(8)]
    [InlineData(3)]
    public void FirstExitAgreesWithRunningTheCounter(int bits)
    {
        var rng = new Random(1234 + bits);
        ulong mask = (1UL << bits) - 1;
        int found = 0, exact = 0;
        for (int n = 0; n < 20_000; n++)
        {
            ulong start = (ulong)rng.Next() & mask, step = (ulong)rng.Next() & mask, lim = (ulong)rng.Next() & mask;
            if (rng.Next(3) == 0) step = rng.Next(2) == 0 ? 1 : mask; // +1 and -1 are the common steps
            var pred = (IntPredicate)rng.Next(10);
            int offset = rng.Next(2);
            long? expected = null;
            for (long k = 1; k <= 4L << bits; k++)
                if (Holds(pred, (start + (ulong)(k - 1 + offset) * step) & mask, lim, bits)) { expected = k; break; }
            long? got = InductionVariables.FirstExit(bits, start, step, lim, pred, offset);
            if (got is not null)
            {
                Assert.True(expected == got, $"{pred} start {start} step {step} limit {lim} offset {offset}: {got} instead of {expected}");
                exact++;
            }
            // Equality is solved exactly; an ordering may give up only when the counter has to wrap.
            if (pred is IntPredicate.Eq or IntPredicate.Ne) Assert.Equal(expected, got);
            if (expected is not null) found++;
        }
        Assert.True(exact > found * 3 / 4, $"only {exact} of {found} exits were found");
    }

    private const string Loops = """
        define i32 @header_tested(ptr %p) {
        entry:
          br label %head
        head:
          %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
          %c = icmp slt i32 %i, 10
          br i1 %c, label %body, label %exit
        body:
          %i.next = add nsw i32 %i, 3
          br label %head
        exit:
          ret i32 %i
        }
        define i8 @latch_tested_wraps() {
        entry:
          br label %loop
        loop:
          %i = phi i8 [ 250, %entry ], [ %i.next, %loop ]
          %i.next = add i8 %i, 1
          %c = icmp ne i8 %i.next, 2
          br i1 %c, label %loop, label %exit
        exit:
          ret i8 %i
        }
        define i32 @down(i32 %n) {
        entry:
          br label %loop
        loop:
          %i = phi i32 [ 20, %entry ], [ %i.next, %loop ]
          %i.next = sub i32 %i, 4
          %c = icmp sgt i32 %i.next, 0
          br i1 %c, label %loop, label %exit
        exit:
          ret i32 %i
        }
        define i32 @unknown(i32 %n) {
        entry:
          br label %loop
        loop:
          %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
          %i.next = add i32 %i, 1
          %c = icmp slt i32 %i.next, %n
          br i1 %c, label %loop, label %exit
        exit:
          ret i32 %i
        }
        """;

    [Theory]
    [InlineData("header_tested", 5L)]      // i = 0, 3, 6, 9, 12
    [InlineData("latch_tested_wraps", 8L)] // 250 ... 255, 0, 1
    [InlineData("down", 5L)]               // 20, 16, 12, 8, 4
    [InlineData("unknown", null)]
    public void TripCountOfParsedLoops(string name, long? count)
    {
        var m = Parser.ParseModule(Loops, "loops.ll");
        IrVerifier.Verify(m);
        var f = m.GetFunction(name)!;
        var dom = new DominatorTree(f);
        var loop = Assert.Single(new LoopForest(f, dom).TopLevel);
        var iv = Assert.Single(InductionVariables.Find(loop));
        Assert.Equal("i", iv.Phi.Name);
        Assert.Equal(count, InductionVariables.ConstantTripCount(loop, dom)?.Count);
        if (count is { } c) Assert.Null(InductionVariables.ConstantTripCount(loop, dom, max: c - 1));
    }
}
