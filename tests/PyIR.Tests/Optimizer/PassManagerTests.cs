// The pass manager's bookkeeping: a scoped pass (the -O2 clean-up before inlining) runs only on the
// functions in its scope, and a function it skipped still gets the same pass later in the pipeline.
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using Xunit;

namespace PyIR.Tests.Optimizer;

public class PassManagerTests
{
    /// <summary>Records the functions it runs on; changes nothing.</summary>
    private sealed class Probe(List<string> log) : IFunctionPass
    {
        public string Name => "probe";

        public bool Run(Function function)
        {
            log.Add(function.Name);
            return false;
        }
    }

    private const string TwoFunctions = """
        define i32 @a(i32 %x) {
          ret i32 %x
        }

        define i32 @b(i32 %x) {
          ret i32 %x
        }
        """;

    [Fact]
    public void AScopedPassRunsOnlyInItsScopeAndTheSamePassRunsLaterOnTheOthers()
    {
        var log = new List<string>();
        var m = Parser.ParseModule(TwoFunctions, "two.ll");
        new PassManager([new ScopedPass(new Probe(log), f => f.Name == "a"), new Probe(log)]).Run(m);
        // The scoped run saw only @a; the plain run skips @a (unchanged since probe ran there) and
        // must not take @b for done: the scoped pass never ran on it.
        Assert.Equal(["a", "b"], log);
    }

    [Fact]
    public void AFunctionOutsideTheCleanUpBeforeInliningIsStillOptimizedAtO2()
    {
        // @kernel is called by nobody and calls no defined function: the clean-up before inlining
        // skips it, and the same passes after inlining must still promote its allocas.
        var m = Parser.ParseModule("""
            define internal i32 @helper(i32 %x) {
              %p = alloca i32
              store i32 %x, ptr %p
              %v = load i32, ptr %p
              ret i32 %v
            }

            define i32 @caller(i32 %x) {
              %r = call i32 @helper(i32 %x)
              ret i32 %r
            }

            define i32 @kernel(i32 %n) {
            entry:
              %i = alloca i32
              %sum = alloca i32
              store i32 0, ptr %i
              store i32 0, ptr %sum
              br label %loop
            loop:
              %iv = load i32, ptr %i
              %s = load i32, ptr %sum
              %s2 = add i32 %s, %iv
              store i32 %s2, ptr %sum
              %next = add i32 %iv, 1
              store i32 %next, ptr %i
              %c = icmp slt i32 %next, %n
              br i1 %c, label %loop, label %exit
            exit:
              %r = load i32, ptr %sum
              ret i32 %r
            }
            """, "scope.ll");
        var participants = Pipelines.ForLevel(2).Take(6).Cast<ScopedPass>().ToList();
        Assert.Equal(["sroa", "mem2reg", "sccp", "instcombine", "simplifycfg", "dce"], participants.Select(p => p.Name));
        Assert.True(participants[0].AppliesTo(m.GetFunction("helper")!));
        Assert.True(participants[0].AppliesTo(m.GetFunction("caller")!));
        Assert.False(participants[0].AppliesTo(m.GetFunction("kernel")!));

        new PassManager(Pipelines.ForLevel(2)) { VerifyEach = true }.Run(m);
        // (A loop: only mem2reg removes these loads and stores; GVN does not look across loop headers.)
        var kernel = m.GetFunction("kernel")!;
        Assert.DoesNotContain(kernel.Instructions, i => i.Opcode is Opcode.Alloca or Opcode.Load or Opcode.Store);
        // @helper was inlined into @caller and deleted (internal, no references left).
        Assert.Null(m.GetFunction("helper"));
    }

    [Fact]
    public void OnlyTheInliningLevelsScopeTheirFirstCleanUp()
    {
        Assert.DoesNotContain(Pipelines.ForLevel(1), p => p is ScopedPass);
        Assert.Equal(6, Pipelines.ForLevel(2).Count(p => p is ScopedPass));
        Assert.Equal(6, Pipelines.ForLevel(3).Count(p => p is ScopedPass));
        Assert.DoesNotContain(Pipelines.Parse(string.Join(",", Pipelines.PassNames(2))), p => p is ScopedPass);
    }
}
