// First end-to-end checks of the JIT: small functions compiled to machine code and called through
// their thunks, with expected values computed independently in C#.
using PyIR.Frontend;
using PyIR.Frontend.Ir;
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.Jit;

public class JitSmokeTests
{
    private static Constant? Run(string ir, string entry, params Constant[] args)
    {
        var module = Parser.ParseModule(ir, "test.ll");
        using var jit = new JitEngine(module);
        return jit.Invoke(module.GetFunction(entry)!, args);
    }

    private static ConstantInt I32(int v) => new(IrType.I32, (long)v);
    private static ConstantInt I64(long v) => new(IrType.I64, v);

    [Fact]
    public void AddsTwoIntegers()
    {
        var r = Run("define i32 @f(i32 %a, i32 %b) {\n  %s = add i32 %a, %b\n  ret i32 %s\n}\n", "f", I32(40), I32(2));
        Assert.Equal(42L, ((ConstantInt)r!).SExtValue);
    }

    [Fact]
    public void LoopSumsWithPhis()
    {
        const string ir = """
            define i64 @sum(i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
              %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
              %acc1 = add i64 %acc, %i
              %i1 = add i64 %i, 1
              %c = icmp slt i64 %i1, %n
              br i1 %c, label %loop, label %exit
            exit:
              ret i64 %acc1
            }
            """;
        long n = 1000, expected = 0;
        for (long i = 0; i < n; i++) expected += i;
        Assert.Equal(expected, ((ConstantInt)Run(ir, "sum", I64(n))!).SExtValue);
    }

    [Fact]
    public void RecursiveFibonacci()
    {
        const string ir = """
            define i32 @fib(i32 %n) {
              %c = icmp slt i32 %n, 2
              br i1 %c, label %base, label %rec
            base:
              ret i32 %n
            rec:
              %n1 = sub i32 %n, 1
              %f1 = call i32 @fib(i32 %n1)
              %n2 = sub i32 %n, 2
              %f2 = call i32 @fib(i32 %n2)
              %s = add i32 %f1, %f2
              ret i32 %s
            }
            """;
        static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        Assert.Equal((long)Fib(20), ((ConstantInt)Run(ir, "fib", I32(20))!).SExtValue);
    }

    [Fact]
    public void DivisionByZeroTrapsWithPosition()
    {
        const string ir = "define i32 @d(i32 %a, i32 %b) {\n  %q = sdiv i32 %a, %b\n  ret i32 %q\n}\n";
        Assert.Equal(-3L, ((ConstantInt)Run(ir, "d", I32(-7), I32(2))!).SExtValue);
        var e = Assert.Throws<IrException>(() => Run(ir, "d", I32(1), I32(0)));
        Assert.Contains("division by zero", e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void RunawayRecursionIsAnErrorNotACrash()
    {
        const string ir = "define i32 @r(i32 %a) {\n  %x = call i32 @r(i32 %a)\n  %y = add i32 %x, 1\n  ret i32 %y\n}\n";
        var e = Assert.Throws<IrException>(() => Run(ir, "r", I32(1)));
        Assert.Contains("stack overflow", e.Message);
    }

    [Fact]
    public void DoublesAndManyArguments()
    {
        const string ir = """
            define double @poly(double %x, double %a, double %b, double %c, double %d, double %e, double %f, double %g, double %h, double %k) {
              %t1 = fmul double %x, %a
              %t2 = fadd double %t1, %b
              %t3 = fmul double %t2, %c
              %t4 = fadd double %t3, %d
              %t5 = fmul double %t4, %e
              %t6 = fadd double %t5, %f
              %t7 = fmul double %t6, %g
              %t8 = fadd double %t7, %h
              %t9 = fdiv double %t8, %k
              ret double %t9
            }
            """;
        double[] v = [1.5, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        double expected = (((((((v[0] * v[1]) + v[2]) * v[3] + v[4]) * v[5] + v[6]) * v[7]) + v[8]) / v[9]);
        var args = v.Select(d => (Constant)ConstantFP.FromDouble(FloatingType.Double, d)).ToArray();
        var r = (ConstantFP)Run(ir, "poly", args)!;
        Assert.Equal(BitConverter.DoubleToUInt64Bits(expected), r.Bits);
    }
}

public class JitMemoryFaultTests
{
    [Fact]
    public void LoadThroughAWildPointerIsAnErrorNotACrash()
    {
        const string ir = "define i32 @wild(i64 %a) {\n  %p = inttoptr i64 %a to ptr\n  %v = load i32, ptr %p\n  ret i32 %v\n}\n";
        var module = PyIR.Frontend.Text.Parser.ParseModule(ir, "wild.ll");
        using var jit = new PyIR.Runtime.Jit.JitEngine(module);
        var f = module.GetFunction("wild")!;
        var e = Assert.Throws<PyIR.Frontend.IrException>(() => jit.Invoke(f, [new PyIR.Frontend.Ir.ConstantInt(PyIR.Frontend.Ir.IrType.I64, 16L)]));
        Assert.Contains("invalid memory access", e.Message);
        Assert.Equal(3, e.Line);
        // The engine still works after the fault.
        var e2 = Assert.Throws<PyIR.Frontend.IrException>(() => jit.Invoke(f, [new PyIR.Frontend.Ir.ConstantInt(PyIR.Frontend.Ir.IrType.I64, unchecked((long)0xdead_0000_0000_0000UL))]));
        Assert.Contains("invalid memory access", e2.Message);
    }

    [Fact]
    public void NullReferenceInManagedCodeStillWorksAfterTheHandlerIsInstalled()
    {
        const string ir = "define i32 @ok() {\n  ret i32 1\n}\n";
        using (var jit = new PyIR.Runtime.Jit.JitEngine(PyIR.Frontend.Text.Parser.ParseModule(ir, "ok.ll"))) { }
        string? s = Environment.GetEnvironmentVariable("PYIR_DEFINITELY_NOT_SET_" + Guid.NewGuid());
        Assert.Throws<NullReferenceException>(() => s!.Length);
    }
}
