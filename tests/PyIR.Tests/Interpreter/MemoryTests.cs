// Memory: globals with initializers (including constant expressions), allocas, GEP over structs and
// arrays, loads and stores of odd widths and vectors, and bounds-checked errors with positions.
using PyIR.Frontend.Ir;
using Xunit;
using static PyIR.Tests.Interpreter.Harness;

namespace PyIR.Tests.Interpreter;

public class MemoryTests
{
    [Fact]
    public void GlobalsAndStructGep()
    {
        const string ir = """
            %struct.P = type { i8, i32, [3 x i16], double }
            @p = global %struct.P { i8 1, i32 2, [3 x i16] [i16 3, i16 4, i16 5], double 6.5 }
            @s = constant [6 x i8] c"hello\00"
            @ptrs = global [2 x ptr] [ptr @p, ptr getelementptr (i8, ptr @s, i64 4)]
            define i32 @field(i64 %i) {
              %q = getelementptr %struct.P, ptr @p, i32 0, i32 2, i64 %i
              %v = load i16, ptr %q
              %w = zext i16 %v to i32
              ret i32 %w
            }
            define double @dbl() {
              %q = getelementptr inbounds %struct.P, ptr @p, i64 0, i32 3
              %v = load double, ptr %q
              ret double %v
            }
            define i8 @via_ptr() {
              %slot = getelementptr [2 x ptr], ptr @ptrs, i64 0, i64 1
              %p = load ptr, ptr %slot
              %c = load i8, ptr %p
              ret i8 %c
            }
            define i32 @i32_at(i64 %off) {
              %q = getelementptr i8, ptr @p, i64 %off
              %v = load i32, ptr %q
              ret i32 %v
            }
            """;
        Assert.Equal(3, Signed(Run(ir, "field", I64(0))));
        Assert.Equal(5, Signed(Run(ir, "field", I64(2))));
        Assert.Equal(6.5, Double(Run(ir, "dbl")));
        Assert.Equal('o', Signed(Run(ir, "via_ptr")));
        // Layout: i8 at 0, i32 at 4, [3 x i16] at 8..14, double at 16; size 24.
        Assert.Equal(2, Signed(Run(ir, "i32_at", I64(4))));
        var ex = Fails(ir, "i32_at", I64(22));
        Assert.Equal("out-of-bounds load of 4 bytes at offset 22 of a 24-byte global @p", ex.Description);
        Assert.Equal(24, ex.Line);
    }

    [Fact]
    public void AllocaOutOfBoundsIsPositioned()
    {
        const string ir = """
            define i32 @f(i64 %i) {
              %a = alloca [3 x i32]
              %q = getelementptr [3 x i32], ptr %a, i64 0, i64 %i
              store i32 7, ptr %q
              %v = load i32, ptr %q
              ret i32 %v
            }
            """;
        Assert.Equal(7, Signed(Run(ir, "f", I64(2))));
        var ex = Fails(ir, "f", I64(4));
        Assert.Equal("out-of-bounds store of 4 bytes at offset 16 of a 12-byte alloca", ex.Description);
        Assert.Equal((4, 3), (ex.Line, ex.Column));
        Assert.Equal("out-of-bounds store of 4 bytes at offset -4 of a 12-byte alloca", Fails(ir, "f", I64(-1)).Description);
    }

    [Fact]
    public void NullDeadAndReadOnlyAccessesAreErrors()
    {
        const string ir = """
            @c = constant i32 5
            define ptr @escape() {
              %a = alloca i32
              ret ptr %a
            }
            define i32 @dangling() {
              %p = call ptr @escape()
              %v = load i32, ptr %p
              ret i32 %v
            }
            define i32 @null() {
              %v = load i32, ptr null
              ret i32 %v
            }
            define void @ro() {
              store i32 1, ptr @c
              ret void
            }
            """;
        Assert.Equal("load of 4 bytes through a null pointer", Fails(ir, "null").Description);
        Assert.Contains("dead alloca", Fails(ir, "dangling").Description);
        Assert.Contains("read-only global @c", Fails(ir, "ro").Description);
    }

    [Fact]
    public void OddWidthsAndVectorsInMemory()
    {
        const string ir = """
            define i64 @i24(i32 %x) {
              %a = alloca i64
              store i64 -1, ptr %a
              %t = trunc i32 %x to i24
              store i24 %t, ptr %a
              %v = load i64, ptr %a
              ret i64 %v
            }
            define i8 @mask(<8 x i1> %m) {
              %a = alloca i8
              store <8 x i1> %m, ptr %a
              %v = load i8, ptr %a
              ret i8 %v
            }
            define <4 x i16> @vec() {
              %a = alloca i64
              store i64 u0x0004000300020001, ptr %a
              %v = load <4 x i16>, ptr %a
              ret <4 x i16> %v
            }
            """;
        // 3 bytes of 0x123456 replace the low bytes; the top 5 bytes stay 0xFF.
        Assert.Equal(unchecked((long)0xFFFFFFFFFF123456UL), Signed(Run(ir, "i24", I32(0x7F123456))));
        var m = new ConstantAggregate(VectorType.Get(IrType.I1, 8),
            new[] { 1, 0, 1, 1, 0, 0, 0, 1 }.Select(b => (Constant)Int(1, b)).ToArray());
        Assert.Equal(0b1000_1101UL, Bits(Run(ir, "mask", m)));
        Assert.Equal([1UL, 2UL, 3UL, 4UL], Lanes(Run(ir, "vec")));
    }

    [Fact]
    public void MemcpyMemsetAndByval()
    {
        const string ir = """
            %pair = type { i32, i32 }
            declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
            declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
            define i32 @sum(ptr byval(%pair) %p) {
              %a = load i32, ptr %p
              store i32 100, ptr %p
              %q = getelementptr %pair, ptr %p, i32 0, i32 1
              %b = load i32, ptr %q
              %s = add i32 %a, %b
              ret i32 %s
            }
            define i32 @f() {
              %x = alloca %pair
              %y = alloca %pair
              call void @llvm.memset.p0.i64(ptr %x, i8 1, i64 8, i1 false)
              call void @llvm.memcpy.p0.p0.i64(ptr %y, ptr %x, i64 8, i1 false)
              %s = call i32 @sum(ptr byval(%pair) %y)
              %after = load i32, ptr %y
              %r = add i32 %s, %after
              ret i32 %r
            }
            """;
        // Both fields are 0x01010101; the callee's store goes to its own copy.
        Assert.Equal(3 * 0x01010101, Signed(Run(ir, "f")));
    }

    [Fact]
    public void MaskedAccessOfLanesNarrowerThanAByteIsAPositionedError()
    {
        // Lanes of 1 bit have no byte address: the interpreter says so at the call (the JIT leaves
        // such a module to the interpreter).
        const string ir = """
            @g = global [4 x i8] zeroinitializer
            declare <8 x i1> @llvm.masked.load.v8i1.p0(ptr, i32, <8 x i1>, <8 x i1>)
            define i1 @bits() {
              %l = call <8 x i1> @llvm.masked.load.v8i1.p0(ptr @g, i32 1, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <8 x i1> zeroinitializer)
              %b = extractelement <8 x i1> %l, i32 0
              ret i1 %b
            }
            """;
        var e = Fails(ir, "bits");
        Assert.Equal("masked memory access of <8 x i1>: lanes of 1 bits have no byte address", e.Description);
        Assert.Equal(4, e.Line);
    }
}
