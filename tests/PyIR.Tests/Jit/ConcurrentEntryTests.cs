// Threads inside one JIT'd module at once: each entry sets the module's stack limit and top for
// its own thread, and a prologue whose check fails on another thread's values rechecks against the
// calling thread's entry frame. No call may trap with a spurious stack overflow, and runaway
// recursion must still be caught in every thread while others run.
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.Jit;

public class ConcurrentEntryTests
{
    private const string Ir = """
        define i64 @step(i64 %x) {
          %r = add i64 %x, 1
          ret i64 %r
        }
        define i64 @count(i64 %n) {
        entry:
          br label %loop
        loop:
          %i = phi i64 [0, %entry], [%j, %loop]
          %j = call i64 @step(i64 %i)
          %c = icmp slt i64 %j, %n
          br i1 %c, label %loop, label %done
        done:
          ret i64 %j
        }
        define i64 @forever(i64 %n) {
          %m = add i64 %n, 1
          %r = call i64 @forever(i64 %m)
          ret i64 %r
        }
        """;

    private static ConstantInt I64(long v) => new(IrType.I64, v);

    /// <summary>Runs <paramref name="work"/> on <paramref name="threads"/> threads with 8 MiB stacks (and on this one).</summary>
    private static void OnThreads(int threads, Action<int> work)
    {
        var list = Enumerable.Range(0, threads).Select(k => new Thread(() => work(k), 8 << 20)).ToList();
        list.ForEach(t => t.Start());
        work(threads);
        list.ForEach(t => t.Join());
    }

    [Fact]
    public void ThreadsDoNotTrapOnEachOthersStackLimit()
    {
        if (!JitEngine.IsSupported) return;
        using var jit = new JitEngine(Parser.ParseModule(Ir, "concurrent.ll"));
        var count = jit.Module.GetFunction("count")!;
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        OnThreads(3, k =>
        {
            try
            {
                for (int i = 0; i < 200; i++)
                    if (jit.Invoke(count, [I64(5000 + k)]) is not ConstantInt { SExtValue: var v } || v != 5000 + k)
                        errors.Add($"thread {k}: wrong result");
            }
            catch (IrException e)
            {
                errors.Add($"thread {k}: {e.Message}");
            }
        });
        Assert.Empty(errors);
    }

    [Fact]
    public void RunawayRecursionIsCaughtWhileOtherThreadsRun()
    {
        if (!JitEngine.IsSupported) return;
        using var jit = new JitEngine(Parser.ParseModule(Ir, "concurrent.ll"));
        var count = jit.Module.GetFunction("count")!;
        var forever = jit.Module.GetFunction("forever")!;
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        int overflows = 0;
        OnThreads(3, k =>
        {
            for (int i = 0; i < 20; i++)
            {
                try
                {
                    if (k % 2 == 0)
                    {
                        jit.Invoke(forever, [I64(0)]);
                        errors.Add($"thread {k}: the runaway recursion returned");
                    }
                    else if (jit.Invoke(count, [I64(20000)]) is not ConstantInt { SExtValue: 20000 })
                    {
                        errors.Add($"thread {k}: wrong result");
                    }
                }
                catch (IrException e) when (k % 2 == 0 && e.Message.Contains("stack overflow"))
                {
                    Interlocked.Increment(ref overflows);
                }
                catch (IrException e)
                {
                    errors.Add($"thread {k}: {e.Message}");
                }
            }
        });
        Assert.Empty(errors);
        Assert.Equal(2 * 20, overflows);
    }
}
