// The loop vectorizer against the unoptimized program: saxpy (float), daxpy (double) and an integer
// dot product, in the form clang -O0 + mem2reg gives, run over every length 0..48 with the second
// array shifted by -12..12 elements against the first (so they overlap in both directions, by one
// element, or not at all). The -O2 module must vectorize all three loops and compute the same bits
// as the unoptimized module on the interpreter, and on the JIT (which must compile it: no fallback).
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Optimizer;
using PyIR.Optimizer.Passes;
using PyIR.Runtime;
using PyIR.Runtime.Jit;
using PyIR.Tests.Conformance;
using Xunit;
using IrVerifier = PyIR.Frontend.Verifier;

namespace PyIR.Tests.Optimizer;

public class LoopVectorizeTests
{
    private const string Source = """
        define void @saxpy(float %a, ptr %x, ptr %y, i32 %n) {
        entry:
          br label %cond
        cond:
          %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
          %c = icmp slt i32 %i, %n
          br i1 %c, label %body, label %done
        body:
          %ix = sext i32 %i to i64
          %px = getelementptr inbounds float, ptr %x, i64 %ix
          %vx = load float, ptr %px, align 4
          %m = fmul float %a, %vx
          %iy = sext i32 %i to i64
          %py = getelementptr inbounds float, ptr %y, i64 %iy
          %vy = load float, ptr %py, align 4
          %s = fadd float %m, %vy
          %iy2 = sext i32 %i to i64
          %py2 = getelementptr inbounds float, ptr %y, i64 %iy2
          store float %s, ptr %py2, align 4
          %i.next = add nsw i32 %i, 1
          br label %cond
        done:
          ret void
        }

        define void @daxpy(double %a, ptr %x, ptr %y, i32 %n) {
        entry:
          br label %cond
        cond:
          %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
          %c = icmp slt i32 %i, %n
          br i1 %c, label %body, label %done
        body:
          %ix = sext i32 %i to i64
          %px = getelementptr inbounds double, ptr %x, i64 %ix
          %vx = load double, ptr %px, align 8
          %py = getelementptr inbounds double, ptr %y, i64 %ix
          %vy = load double, ptr %py, align 8
          %m = fmul double %a, %vx
          %s = fadd double %m, %vy
          store double %s, ptr %py, align 8
          %i.next = add nsw i32 %i, 1
          br label %cond
        done:
          ret void
        }

        define i32 @idot(ptr %x, ptr %y, i32 %n) {
        entry:
          br label %cond
        cond:
          %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
          %s = phi i32 [ 7, %entry ], [ %s.next, %body ]
          %c = icmp slt i32 %i, %n
          br i1 %c, label %body, label %done
        body:
          %ix = sext i32 %i to i64
          %px = getelementptr inbounds i32, ptr %x, i64 %ix
          %vx = load i32, ptr %px, align 4
          %py = getelementptr inbounds i32, ptr %y, i64 %ix
          %vy = load i32, ptr %py, align 4
          %m = mul i32 %vx, %vy
          %s.next = add i32 %s, %m
          %i.next = add nsw i32 %i, 1
          br label %cond
        done:
          ret i32 %s
        }

        define i64 @run(i32 %n, i32 %off) {
        entry:
          %F = alloca [128 x float], align 16
          %D = alloca [128 x double], align 16
          %I = alloca [128 x i32], align 16
          br label %fill
        fill:
          %k = phi i32 [ 0, %entry ], [ %k.next, %fill.body ]
          %fc = icmp slt i32 %k, 128
          br i1 %fc, label %fill.body, label %kernels
        fill.body:
          %kx = sext i32 %k to i64
          %k37 = mul i32 %k, 37
          %r = srem i32 %k37, 101
          %rf = sitofp i32 %r to float
          %f1 = fmul float %rf, 1.25e-1
          %f2 = fsub float %f1, 3.0
          %pf = getelementptr inbounds [128 x float], ptr %F, i64 0, i64 %kx
          store float %f2, ptr %pf, align 4
          %rd = sitofp i32 %r to double
          %d1 = fdiv double %rd, 7.0
          %pd = getelementptr inbounds [128 x double], ptr %D, i64 0, i64 %kx
          store double %d1, ptr %pd, align 8
          %kk = mul i32 %k, %k
          %k50 = mul i32 %k, 50
          %iv = sub i32 %kk, %k50
          %pi = getelementptr inbounds [128 x i32], ptr %I, i64 0, i64 %kx
          store i32 %iv, ptr %pi, align 4
          %k.next = add nsw i32 %k, 1
          br label %fill
        kernels:
          %o = sext i32 %off to i64
          %oy = add i64 %o, 40
          %fx = getelementptr inbounds float, ptr %F, i64 40
          %fy = getelementptr inbounds float, ptr %F, i64 %oy
          call void @saxpy(float 1.5, ptr %fx, ptr %fy, i32 %n)
          %dx = getelementptr inbounds double, ptr %D, i64 40
          %dy = getelementptr inbounds double, ptr %D, i64 %oy
          call void @daxpy(double -0.75, ptr %dx, ptr %dy, i32 %n)
          %ix0 = getelementptr inbounds i32, ptr %I, i64 40
          %iy0 = getelementptr inbounds i32, ptr %I, i64 %oy
          %dot = call i32 @idot(ptr %ix0, ptr %iy0, i32 %n)
          %dot64 = sext i32 %dot to i64
          br label %hash
        hash:
          %j = phi i64 [ 0, %kernels ], [ %j.next, %hash.body ]
          %h = phi i64 [ %dot64, %kernels ], [ %h3, %hash.body ]
          %hc = icmp ult i64 %j, 128
          br i1 %hc, label %hash.body, label %out
        hash.body:
          %qf = getelementptr inbounds float, ptr %F, i64 %j
          %bf = load i32, ptr %qf, align 4
          %qd = getelementptr inbounds double, ptr %D, i64 %j
          %bd = load i64, ptr %qd, align 8
          %qi = getelementptr inbounds i32, ptr %I, i64 %j
          %bi = load i32, ptr %qi, align 4
          %h1 = mul i64 %h, 31
          %bf64 = zext i32 %bf to i64
          %h2 = add i64 %h1, %bf64
          %h2b = xor i64 %h2, %bd
          %bi64 = sext i32 %bi to i64
          %h3 = add i64 %h2b, %bi64
          %j.next = add i64 %j, 1
          br label %hash
        out:
          ret i64 %h
        }
        """;

    private static Module Parse()
    {
        var module = Parser.ParseModule(Source, "vectorize-test.ll");
        IrVerifier.Verify(module);
        return module;
    }

    [Fact]
    public void VectorizedKernelsMatchTheScalarProgramOnBothEngines()
    {
        var original = Parse();
        var optimized = Parse();
        new PassManager(Pipelines.ForLevel(2)) { VerifyEach = true }.Run(optimized);
        string text = Printer.Print(optimized);
        Assert.Contains("load <8 x float>", text);
        Assert.Contains("store <4 x double>", text);
        Assert.Contains("@llvm.vector.reduce.add.v8i32", text);
        Assert.Contains("%vec.disjoint", text);

        using var reference = Engines.Create(original, EngineKind.Interpreter);
        using var interp = Engines.Create(optimized, EngineKind.Interpreter);
        using var jit = JitEngine.IsSupported ? Engines.Create(optimized, EngineKind.Jit) : null;
        var runRef = original.GetFunction("run")!;
        var runOpt = optimized.GetFunction("run")!;
        int compared = 0;
        for (int n = 0; n <= 48; n++)
            for (int off = -12; off <= 12; off++)
            {
                Constant[] args = [ConstantInt.Get(32, n), ConstantInt.Get(32, off)];
                var expected = Assert.IsType<ConstantInt>(reference.Invoke(runRef, args)).Bits;
                Assert.True(expected == Assert.IsType<ConstantInt>(interp.Invoke(runOpt, args)).Bits, $"interpreter, n = {n}, off = {off}");
                if (jit is not null)
                    Assert.True(expected == Assert.IsType<ConstantInt>(jit.Invoke(runOpt, args)).Bits, $"JIT, n = {n}, off = {off}");
                compared++;
            }
        Assert.Equal(49 * 25, compared);
    }

    [Fact]
    public void TheJitCompilesEveryVectorizedCorpusModule()
    {
        // A vector operation the JIT cannot compile would silently send the whole module to the
        // interpreter (Engines.Create falls back), losing far more than vectorizing gains.
        if (!JitEngine.IsSupported) return;
        int vectorized = 0;
        foreach (var (name, level) in Corpus.Files())
        {
            string path = Corpus.LlPath(name, level);
            var module = Parser.ParseModule(File.ReadAllText(path), path);
            Pipelines.Run(module, 2);
            if (!module.Functions.SelectMany(f => f.Blocks).Any(b => b.Name?.StartsWith("vec.body", StringComparison.Ordinal) == true)) continue;
            vectorized++;
            using var engine = Engines.Create(module, EngineKind.Default, null, out var reason);
            Assert.True(reason is null, $"{name}.{level}: {reason}");
        }
        Assert.True(vectorized >= 3, $"only {vectorized} corpus modules have a vectorized loop");
    }

    [Fact]
    public void FloatReductionWithoutReassocStaysScalar()
    {
        var module = Parser.ParseModule("""
            define float @dot(ptr %x, i32 %n) {
            entry:
              br label %cond
            cond:
              %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
              %s = phi float [ 0.0, %entry ], [ %s.next, %body ]
              %c = icmp slt i32 %i, %n
              br i1 %c, label %body, label %done
            body:
              %p = getelementptr inbounds float, ptr %x, i32 %i
              %v = load float, ptr %p, align 4
              %s.next = fadd nsz float %s, %v
              %i.next = add nsw i32 %i, 1
              br label %cond
            done:
              ret float %s
            }
            """, "dot.ll");
        Assert.False(new LoopVectorize().Run(module.GetFunction("dot")!));
        Assert.DoesNotContain("<8 x float>", Printer.Print(module));
    }
}
