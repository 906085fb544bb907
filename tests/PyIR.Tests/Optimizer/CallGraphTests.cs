// The call graph (components bottom-up, recursion, address-taken functions) and the inliner on
// generated programs: it must actually inline there (or the differential property would not test
// it), and the optimized programs must still compute the same (checked by the shared Compare).
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Optimizer.Analysis;
using PyIR.Tests.Generators;
using Xunit;

namespace PyIR.Tests.Optimizer;

public class CallGraphTests
{
    private const string Module = """
        @table = global ptr @leaf2

        define i32 @leaf(i32 %x) {
          ret i32 %x
        }

        define i32 @leaf2(i32 %x) {
          %y = call i32 @leaf(i32 %x)
          ret i32 %y
        }

        define i32 @even(i32 %n) {
          %c = icmp eq i32 %n, 0
          br i1 %c, label %yes, label %no
        yes:
          ret i32 1
        no:
          %m = sub i32 %n, 1
          %r = call i32 @odd(i32 %m)
          ret i32 %r
        }

        define i32 @odd(i32 %n) {
          %c = icmp eq i32 %n, 0
          br i1 %c, label %yes, label %no
        yes:
          ret i32 0
        no:
          %m = sub i32 %n, 1
          %r = call i32 @even(i32 %m)
          %l = call i32 @leaf(i32 %r)
          ret i32 %l
        }

        define i32 @self(i32 %n) {
          %r = call i32 @self(i32 %n)
          ret i32 %r
        }

        define i32 @top(i32 %n) {
          %a = call i32 @even(i32 %n)
          %b = call i32 @leaf2(i32 %a)
          %c = call i32 @self(i32 %b)
          ret i32 %c
        }
        """;

    [Fact]
    public void ComponentsComeBottomUp()
    {
        var m = Parser.ParseModule(Module, "cg.ll");
        var g = CallGraph.Build(m);
        Function F(string name) => m.GetFunction(name)!;

        Assert.Equal(5, g.Sccs.Count); // {leaf} {leaf2} {even, odd} {self} {top}
        Assert.True(g.SameScc(F("even"), F("odd")));
        Assert.False(g.SameScc(F("odd"), F("leaf")));
        // Every call goes to the same or an earlier component.
        foreach (var f in g.Functions)
            foreach (var call in g.CallSites(f))
                Assert.True(g.SccIndex(call.CalledFunction!) <= g.SccIndex(f), $"@{f.Name} calls a later component");
        Assert.True(g.SccIndex(F("leaf")) < g.SccIndex(F("leaf2")));
        Assert.True(g.SccIndex(F("even")) < g.SccIndex(F("top")));

        Assert.True(g.IsRecursive(F("even")));
        Assert.True(g.IsRecursive(F("self")));
        Assert.False(g.IsRecursive(F("leaf2")));
        Assert.False(g.IsRecursive(F("top")));

        Assert.True(CallGraph.HasIndirectUsers(F("leaf2"))); // in @table's initializer
        Assert.False(CallGraph.HasIndirectUsers(F("leaf")));
        Assert.Equal(2, CallGraph.DirectCallCount(F("leaf")));
        Assert.False(g.HasIndirectCalls);
    }

    [Fact]
    public void FunctionsTakePartInInliningWhenCalledDirectlyOrCallingADefinedFunction()
    {
        var m = Parser.ParseModule(Module + """

            @kept = global ptr @addressOnly
            @alsoKept = global ptr @pointerTarget
            declare i32 @external(i32)
            declare i32 @llvm.smax.i32(i32, i32)

            define i32 @addressOnly(i32 %x) {
              ret i32 %x
            }

            define i32 @pointerTarget(i32 %x) {
              %y = add i32 %x, 1
              ret i32 %y
            }

            define i32 @lonely(i32 %x) {
              %a = call i32 @external(i32 %x)
              %b = call i32 @llvm.smax.i32(i32 %a, i32 0)
              %c = call i32 @addressOnly(i32 %b)
              ret i32 %c
            }

            define i32 @isolated(ptr %f, i32 %x) {
              %a = call i32 @external(i32 %x)
              %b = call i32 @llvm.smax.i32(i32 %a, i32 0)
              %c = call i32 %f(i32 %b)
              ret i32 %c
            }
            """, "cg.ll");
        bool TakesPart(string name) => CallGraph.TakesPartInInlining(m.GetFunction(name)!);
        Assert.True(TakesPart("leaf"));        // called directly (and calls nothing)
        Assert.True(TakesPart("top"));         // called by nobody, calls defined functions
        Assert.True(TakesPart("self"));        // calls itself
        Assert.True(TakesPart("lonely"));      // calls @addressOnly directly
        Assert.True(TakesPart("addressOnly")); // ... so that one is called directly
        // Calls only a declaration, a built-in and a pointer, and nobody calls it.
        Assert.False(TakesPart("isolated"));
        // Its address is taken, but no call names it: the inliner cannot inline it anywhere.
        Assert.False(TakesPart("pointerTarget"));
    }

    [Fact]
    public void CallsThroughAPointerAreNoticed()
    {
        var m = Parser.ParseModule(Module + """

            define i32 @through(ptr %f) {
              %r = call i32 %f(i32 1)
              ret i32 %r
            }
            """, "cg.ll");
        Assert.True(CallGraph.Build(m).HasIndirectCalls);
    }

    [Fact]
    public void DeepCallChainsDoNotUseTheHostStack()
    {
        // 20,000 functions each calling the next: a recursive Tarjan would overflow the host stack.
        var sb = new System.Text.StringBuilder();
        const int n = 20_000;
        for (int i = 0; i < n; i++)
            sb.Append(i + 1 < n
                ? $"define i32 @f{i}(i32 %x) {{\n  %y = call i32 @f{i + 1}(i32 %x)\n  ret i32 %y\n}}\n"
                : $"define i32 @f{i}(i32 %x) {{\n  ret i32 %x\n}}\n");
        var m = Parser.ParseModule(sb.ToString(), "chain.ll");
        var g = CallGraph.Build(m);
        Assert.Equal(n, g.Sccs.Count);
        Assert.Equal("f19999", g.Sccs[0][0].Name);
        Assert.Equal("f0", g.Sccs[^1][0].Name);
    }

    [Fact]
    public void TheInlinerInlinesInGeneratedPrograms()
    {
        int programsWithCalls = 0, callsBefore = 0, callsAfter = 0;
        for (int seed = 1; seed <= 150; seed++)
        {
            var spec = new ProgramSpec(seed, 60);
            var m = Parser.ParseModule(spec.Text, "gen.ll");
            int before = DirectCalls(m);
            if (before == 0) continue;
            programsWithCalls++;
            callsBefore += before;
            Pipelines.Run(m, 2);
            callsAfter += DirectCalls(m);
            OptimizerDifferentialProperties.Compare(spec); // same results before and after -O2
        }
        Assert.True(programsWithCalls > 20, $"only {programsWithCalls} generated programs call a generated function");
        Assert.True(callsAfter < callsBefore / 2, $"-O2 kept {callsAfter} of {callsBefore} calls between generated functions");
    }

    private static int DirectCalls(Module m) =>
        m.Functions.SelectMany(f => f.Instructions).Count(i => i is CallInst { CalledFunction: { IsDeclaration: false } });
}
