// The JIT's native entries: each defined function callable through a plain function pointer with
// its own signature (as CallLayout lowers it), returning normally, and, when the code traps, returning
// early with the module's status cell set to trap site + 1 so the host process survives.
using System.Runtime.InteropServices;
using PyIR.Frontend.Text;
using PyIR.Runtime.Jit;
using Xunit;

namespace PyIR.Tests.Jit;

public unsafe class NativeEntryTests
{
    private const string Ir = """
        define i32 @add(i32 %a, i32 %b) {
          %s = add i32 %a, %b
          ret i32 %s
        }
        define float @fma3(float %a, float %b, float %c) {
          %m = fmul float %a, %b
          %r = fadd float %m, %c
          ret float %r
        }
        define double @half(double %x) {
          %r = fmul double %x, 0.5
          ret double %r
        }
        define { float, float } @cmul({ float, float } %x, { float, float } %y) {
          %a = extractvalue { float, float } %x, 0
          %b = extractvalue { float, float } %x, 1
          %c = extractvalue { float, float } %y, 0
          %d = extractvalue { float, float } %y, 1
          %ac = fmul float %a, %c
          %bd = fmul float %b, %d
          %ad = fmul float %a, %d
          %bc = fmul float %b, %c
          %re = fsub float %ac, %bd
          %im = fadd float %ad, %bc
          %r0 = insertvalue { float, float } undef, float %re, 0
          %r1 = insertvalue { float, float } %r0, float %im, 1
          ret { float, float } %r1
        }
        define { double, double } @swap({ double, double } %p) {
          %a = extractvalue { double, double } %p, 0
          %b = extractvalue { double, double } %p, 1
          %r0 = insertvalue { double, double } undef, double %b, 0
          %r1 = insertvalue { double, double } %r0, double %a, 1
          ret { double, double } %r1
        }
        define i64 @ints(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i) {
          %1 = add i64 %a, %b
          %2 = add i64 %1, %c
          %3 = add i64 %2, %d
          %4 = add i64 %3, %e
          %5 = add i64 %4, %f
          %6 = mul i64 %g, 100
          %7 = mul i64 %h, 10000
          %8 = mul i64 %i, 1000000
          %9 = add i64 %5, %6
          %10 = add i64 %9, %7
          %11 = add i64 %10, %8
          ret i64 %11
        }
        define double @mixed(double %a, double %b, double %c, double %d, double %e, double %f, double %g, double %h,
                             double %i, i32 %n, double %j) {
          %1 = fadd double %a, %b
          %2 = fadd double %1, %c
          %3 = fadd double %2, %d
          %4 = fadd double %3, %e
          %5 = fadd double %4, %f
          %6 = fadd double %5, %g
          %7 = fadd double %6, %h
          %8 = fmul double %i, 100.0
          %9 = fmul double %j, 10000.0
          %nf = sitofp i32 %n to double
          %10 = fmul double %nf, 1000000.0
          %11 = fadd double %7, %8
          %12 = fadd double %11, %9
          %13 = fadd double %12, %10
          ret double %13
        }
        define i32 @div(i32 %a, i32 %b) {
          %q = sdiv i32 %a, %b
          ret i32 %q
        }
        define void @never() {
          unreachable
        }
        define i64 @deep(i64 %n) {
          %m = add i64 %n, 1
          %r = call i64 @deep(i64 %m)
          ret i64 %r
        }
        define i64 @load(i64 %p) {
          %q = inttoptr i64 %p to ptr
          %v = load i64, ptr %q
          ret i64 %v
        }
        """;

    [StructLayout(LayoutKind.Sequential)]
    private struct TwoDoubles
    {
        public double A, B;
    }

    private static JitEngine Compile() => new(Parser.ParseModule(Ir, "native.ll"));

    private static nint Entry(JitEngine jit, string name) => (nint)jit.Compiled.NativeEntryAddresses[jit.Module.GetFunction(name)!];

    private static long Status(JitEngine jit) => *(long*)jit.Compiled.StatusCellAddress;

    [Fact]
    public void ScalarsComeBackInTheirRegisters()
    {
        using var jit = Compile();
        var add = (delegate* unmanaged<int, int, int>)Entry(jit, "add");
        var fma3 = (delegate* unmanaged<float, float, float, float>)Entry(jit, "fma3");
        var half = (delegate* unmanaged<double, double>)Entry(jit, "half");
        Assert.Equal(-7, add(5, -12));
        Assert.Equal(2.5f * 4f + 1f, fma3(2.5f, 4f, 1f));
        Assert.Equal(21.25, half(42.5));
        Assert.Equal(0, Status(jit));
    }

    [Fact]
    public void StructFieldsTravelInSeparateRegisters()
    {
        using var jit = Compile();
        // { double, double } is classified SSE, SSE by the C ABI too: xmm0 and xmm1 either way.
        var swap = (delegate* unmanaged<double, double, TwoDoubles>)Entry(jit, "swap");
        var s = swap(1.5, -2.25);
        Assert.Equal((-2.25, 1.5), (s.A, s.B));
        // { float, float } (LLVM's lowering, unlike C's packed struct): each field in lane 0 of its own
        // xmm register. Read back through a two-double return, whose xmm0 and xmm1 hold the floats.
        var cmul = (delegate* unmanaged<float, float, float, float, TwoDoubles>)Entry(jit, "cmul");
        var r = cmul(1f, 2f, 3f, 4f);
        float re = BitConverter.Int32BitsToSingle((int)BitConverter.DoubleToInt64Bits(r.A));
        float im = BitConverter.Int32BitsToSingle((int)BitConverter.DoubleToInt64Bits(r.B));
        Assert.Equal((1f * 3f - 2f * 4f, 1f * 4f + 2f * 3f), (re, im));
    }

    [Fact]
    public void StackPassedArgumentsReachTheFunction()
    {
        using var jit = Compile();
        var ints = (delegate* unmanaged<long, long, long, long, long, long, long, long, long, long>)Entry(jit, "ints");
        Assert.Equal(1 + 2 + 3 + 4 + 5 + 6 + 7 * 100 + 8 * 10000 + 9 * 1000000L, ints(1, 2, 3, 4, 5, 6, 7, 8, 9));
        var mixed = (delegate* unmanaged<double, double, double, double, double, double, double, double, double, int, double, double>)Entry(jit, "mixed");
        Assert.Equal(36 + 9 * 100 + 10 * 10000 + 7 * 1000000.0, mixed(1, 2, 3, 4, 5, 6, 7, 8, 9, 7, 10));
    }

    [Fact]
    public void TrapsReturnWithTheStatusSetAndLaterCallsWork()
    {
        using var jit = Compile();
        var div = (delegate* unmanaged<int, int, int>)Entry(jit, "div");
        var never = (delegate* unmanaged<void>)Entry(jit, "never");
        var deep = (delegate* unmanaged<long, long>)Entry(jit, "deep");
        var load = (delegate* unmanaged<long, long>)Entry(jit, "load");

        Assert.Equal(3, div(7, 2));
        Assert.Equal(0, Status(jit));
        div(7, 0);
        long status = Status(jit);
        Assert.NotEqual(0, status);
        var e = jit.Compiled.TrapError(status);
        Assert.Contains("division by zero", e.Message);
        Assert.Equal(("native.ll", 69), (e.File, e.Line));
        Assert.Equal(-4, div(-9, 2)); // the entry zeroes the status again
        Assert.Equal(0, Status(jit));

        never();
        Assert.Contains("unreachable", jit.Compiled.TrapError(Status(jit)).Message);

        for (int round = 0; round < 3; round++)
        {
            deep(0);
            Assert.Contains("stack overflow in '@deep'", jit.Compiled.TrapError(Status(jit)).Message);
            load(unchecked((long)0x8000_0000_0000_0000UL));
            var fault = jit.Compiled.TrapError(Status(jit));
            Assert.Contains("invalid memory access", fault.Message);
            Assert.Equal(82, fault.Line);
        }
        long cell = 0x1234_5678_9abc;
        Assert.Equal(cell, load((long)&cell));
        Assert.Equal(0, Status(jit));
    }

    [Fact]
    public void EveryDefinedFunctionHasANativeEntry()
    {
        using var jit = Compile();
        var defined = jit.Module.Functions.Where(f => !f.IsDeclaration).ToHashSet();
        Assert.Equal(defined, jit.Compiled.NativeEntryAddresses.Keys.ToHashSet());
        Assert.All(jit.Compiled.NativeEntryAddresses.Values, a => Assert.NotEqual(0UL, a));
        Assert.DoesNotContain(jit.Compiled.StatusCellAddress, jit.Compiled.NativeEntryAddresses.Values);
    }
}
