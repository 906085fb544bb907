// The vectorizer's trip count and wrap guards at the edges of the IV's range: loops over i32 and
// i64 IVs with every stay predicate (slt, ult, sle, ule, ne), header-tested and rotated, addressed
// through sext, zext or the IV itself, started near 0, the signed and the unsigned wrap points, with
// trip lengths around the vector width, and bounds at MAX. Each loop adds the IV to a 64-element
// array and sums it; the array is addressed as base - start + iv, so every in-range run touches
// the same elements. The optimized module (which must have vectorized the loop) must give the same
// result on the interpreter, or fail the same way (a fault or the instruction limit).
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Runtime;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Optimizer;

public class LoopVectorizeBoundaryTests
{
    private static readonly ExecutionLimits Limits = new() { MaxInstructions = 20_000 };

    private static string Kernel(int bits, string ext, string pred, bool rotated)
    {
        string t = $"i{bits}";
        string Widen(string v, string name) => ext switch
        {
            "sext" or "zext" => $"  %{name} = {ext} {t} {v} to i64\n",
            _ => "",
        };
        string wide = ext is "sext" or "zext" ? "i64" : t;
        string startIdx = ext is "sext" or "zext" ? "%s0" : "%S";
        string idx = ext is "sext" or "zext" ? "%ix" : "%i";
        string body =
            Widen("%i", "ix") +
            $"  %p = getelementptr i32, ptr %base, {wide} {idx}\n" +
            "  %v = load i32, ptr %p, align 4\n" +
            (bits == 32 ? "  %t = xor i32 %i, 5\n" : $"  %t = trunc {t} %i to i32\n") +
            "  %w = add i32 %v, %t\n" +
            "  store i32 %w, ptr %p, align 4\n" +
            "  %s.next = add i32 %s, %w\n" +
            $"  %i.next = add {t} %i, 1\n";
        string head =
            $"define i32 @k(ptr %arr, {t} %S, {t} %B) {{\nentry:\n" +
            Widen("%S", "s0") +
            $"  %neg = sub {wide} 0, {startIdx}\n" +
            $"  %base = getelementptr i32, ptr %arr, {wide} %neg\n";
        string loop = rotated
            ? "  br label %loop\nloop:\n" +
              $"  %i = phi {t} [ %S, %entry ], [ %i.next, %loop ]\n" +
              "  %s = phi i32 [ 0, %entry ], [ %s.next, %loop ]\n" + body +
              $"  %c = icmp {pred} {t} %i.next, %B\n  br i1 %c, label %loop, label %done\n" +
              "done:\n  ret i32 %s.next\n}\n"
            : "  br label %cond\ncond:\n" +
              $"  %i = phi {t} [ %S, %entry ], [ %i.next, %body ]\n" +
              "  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]\n" +
              $"  %c = icmp {pred} {t} %i, %B\n  br i1 %c, label %body, label %done\n" +
              "body:\n" + body + "  br label %cond\n" +
              "done:\n  ret i32 %s\n}\n";
        string drive =
            $"define i64 @drive({t} %S, {t} %B) {{\nentry:\n" +
            "  %a = alloca [64 x i32], align 16\n  br label %fill\nfill:\n" +
            "  %q = phi i64 [ 0, %entry ], [ %q.next, %fill ]\n" +
            "  %pq = getelementptr i32, ptr %a, i64 %q\n  %qq = trunc i64 %q to i32\n  %q3 = mul i32 %qq, 3\n" +
            "  store i32 %q3, ptr %pq, align 4\n  %q.next = add i64 %q, 1\n  %qm = icmp ult i64 %q.next, 64\n" +
            "  br i1 %qm, label %fill, label %run\nrun:\n" +
            $"  %r = call i32 @k(ptr %a, {t} %S, {t} %B)\n  %r64 = sext i32 %r to i64\n  br label %hash\nhash:\n" +
            "  %j = phi i64 [ 0, %run ], [ %j.next, %hash ]\n" +
            "  %h = phi i64 [ %r64, %run ], [ %h2, %hash ]\n" +
            "  %pj = getelementptr i32, ptr %a, i64 %j\n  %vj = load i32, ptr %pj, align 4\n  %vj64 = zext i32 %vj to i64\n" +
            "  %h1 = mul i64 %h, 31\n  %h2 = add i64 %h1, %vj64\n  %j.next = add i64 %j, 1\n  %jm = icmp ult i64 %j.next, 64\n" +
            "  br i1 %jm, label %hash, label %out\nout:\n  ret i64 %h2\n}\n";
        return head + loop + drive;
    }

    private static string Outcome(Func<Constant?> run)
    {
        try { return run() is { } c ? Printer.PrintTypedConstant(c) : "void"; }
        catch (IrException e) { return e.Description.StartsWith("out-of-bounds", StringComparison.Ordinal) ? "fault" : "error: " + e.Description; }
    }

    public static TheoryData<int, string, string, bool> Shapes()
    {
        var data = new TheoryData<int, string, string, bool>();
        foreach (var pred in new[] { "slt", "ult", "sle", "ule", "ne" })
            foreach (bool rotated in new[] { false, true })
            {
                foreach (var ext in new[] { "sext", "zext", "none" }) data.Add(32, ext, pred, rotated);
                data.Add(64, "none", pred, rotated);
            }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TripCountsAndWrapGuardsAreExact(int bits, string ext, string pred, bool rotated)
    {
        string text = Kernel(bits, ext, pred, rotated);
        var original = Parser.ParseModule(text, "k.ll");
        IrVerifier.Verify(original);
        var optimized = Parser.ParseModule(text, "k.ll");
        new PassManager(Pipelines.ForLevel(2)) { VerifyEach = true }.Run(optimized);
        string printed = Printer.Print(optimized);
        Assert.Contains("vec.body", printed);

        var type = IntegerType.Get(bits);
        long smax = bits == 64 ? long.MaxValue : int.MaxValue;
        long smin = bits == 64 ? long.MinValue : int.MinValue;
        long[] starts = [0, 5, -3, smax - 3, smax - 20, smin, -20 /* unsigned max - 19 */, (long)(type.Mask >> 1) - 40];
        long[] lengths = [0, 1, 3, 7, 8, 9, 16, 17, 33, 63, 64, 65];
        using var before = new PyIR.Runtime.Interpreter.Interpreter(original, Limits);
        using var after = new PyIR.Runtime.Interpreter.Interpreter(optimized, Limits);
        var fb = original.GetFunction("drive")!;
        var fa = optimized.GetFunction("drive")!;
        int compared = 0;
        void Compare(long s, long b)
        {
            Constant[] args = [new ConstantInt(type, s), new ConstantInt(type, b)];
            string expected = Outcome(() => before.Invoke(fb, args));
            string actual = Outcome(() => after.Invoke(fa, args));
            Assert.True(expected == actual, $"{bits} {ext} {pred} rotated={rotated} S={s} B={b}: {expected} vs {actual}\n{printed}");
            compared++;
        }
        foreach (long s in starts)
        {
            foreach (long d in lengths) Compare(s, unchecked(s + d));
            Compare(s, smax);
            Compare(s, -1); // unsigned max
            Compare(s, unchecked(s - 1));
        }
        Assert.Equal(starts.Length * (lengths.Length + 3), compared);
    }
}
